/*
 * document.h: one Markdown file, read: its front matter, what that says
 * the document is, and what the rules read from its body (links,
 * suppression comments, tables, headings, plain text).
 *
 * Parsing never fails: whatever is wrong with a file is recorded in the
 * document, for a rule to report as a finding with a line number.
 */
#ifndef CL_DOCUMENT_H
#define CL_DOCUMENT_H

#include "parse/yaml.h"

/* What the history says of a document's content, and one approval
 * (history/history.h). */
typedef struct cl_doc_history cl_doc_history;
struct cl_approval;

typedef enum {
	CL_TYPE_NONE = 0, /* no `type`: not governed (unless a requirement note) */
	CL_TYPE_POLICY,
	CL_TYPE_PROCEDURE,
	CL_TYPE_STANDARD,
	CL_TYPE_STATEMENT,
	CL_TYPE_ROLES,
	CL_TYPE_REVIEW,
	CL_TYPE_RESOURCE_APPROVAL,
	CL_TYPE_ACKNOWLEDGEMENT,
	CL_TYPE_TRAINING,
	CL_TYPE_RECORD,
	CL_TYPE_REQUIREMENT, /* an Obsidian-style requirement note */
	CL_TYPE_UNKNOWN      /* a `type` value clauselint doesn't know */
} cl_doc_type;

/* "policy", ... ; "requirement" for notes; NULL for NONE/UNKNOWN. */
const char *cl_doc_type_name(cl_doc_type type);
/* The type named `name`, or CL_TYPE_UNKNOWN. */
cl_doc_type cl_doc_type_parse(const char *name);
/* The type `name` misspells (case, a plural, a separator, one letter
 * off): "Policy", "procedures", "resource_approval", "polcy". NULL when
 * it is no near miss of ours: another tool's type ("post", "Bug"). */
const char *cl_doc_type_suggest(const char *name);

typedef enum { CL_STATUS_ACTIVE, CL_STATUS_DRAFT, CL_STATUS_RETIRED } cl_doc_status;

typedef enum { CL_LINK_MARKDOWN, CL_LINK_WIKI } cl_link_kind;

/* A link whose target is in the repository: relative Markdown links and
 * images, and [[wikilinks]]. */
typedef struct {
	cl_link_kind kind;
	char *target; /* as written, without fragment and alias */
	int line, column;
} cl_link;

/* A suppression comment, as markdownlint has them (docs/rules.md). */
typedef enum {
	CL_SUPPRESS_DISABLE,
	CL_SUPPRESS_ENABLE,
	CL_SUPPRESS_DISABLE_NEXT_LINE,
	CL_SUPPRESS_DISABLE_LINE,
	CL_SUPPRESS_DISABLE_FILE
} cl_suppress_kind;

typedef struct {
	cl_suppress_kind kind;
	int line;
	cl_strvec rules; /* empty: all rules */
} cl_suppression;

/* A row of a rendered key/value HTML table (a Dataview export). */
typedef struct {
	char *key;
	char *value;
	int line;
} cl_kv_row;

/* A GFM table: the header cells and the body rows, as plain text. */
typedef struct {
	int line;
	size_t columns;
	char **header; /* [columns] */
	size_t rows;
	char ***cells;  /* [rows][columns]; a short row is padded with one shared "" */
	int *row_lines; /* [rows] */
} cl_table;

/* A template placeholder left in the body (cl_find_placeholder). */
typedef struct {
	char *text;
	int line, column;
} cl_placeholder;

/* At most this many are kept per document: the first say enough. */
#define CL_MAX_PLACEHOLDERS 16

typedef struct cl_document {
	char *path; /* repository-relative */

	/* Reading. `unreadable` holds a reason when the file can't be read as
	 * UTF-8 Markdown (binary, too large, I/O); nothing else is then set. */
	char *unreadable;
	int unreadable_line, unreadable_column;

	/* Front matter. */
	int has_front_matter;
	char *front_matter_error; /* front-matter-invalid: what is wrong */
	int front_matter_error_line, front_matter_error_column;
	cl_yaml_node *front_matter; /* the mapping, or NULL */

	/* Derived from the front matter. */
	cl_doc_type type;
	cl_doc_status status;
	int governed;            /* typed, or a requirement note */
	int under_governed_glob; /* must have front matter (config `governed`) */
	/* Why the file isn't governed; CL_SKIP_NONE when it is, or when it is
	 * reported as broken (unreadable, invalid front matter). A skipped
	 * file's body is not parsed. */
	cl_skip_reason skipped;

	/* From git: the blob id of the linted content, whether --staged is
	 * committing a change to it, and what the history says of it (NULL
	 * when the history wasn't read: shallow, or not a governed
	 * document). */
	char blob[CL_OID_HEX];
	int staged_change;
	const cl_doc_history *history;
	/* The history was read only because repository-level rules weigh
	 * this document's approval (a statement, a resource approval) while
	 * it isn't reported itself: the approval rules leave it alone. */
	int history_evidence_only;
	const char *id; /* borrowed from front_matter, or NULL */
	/* The version approved before the current content (the history's
	 * `earlier`), front matter only: what approving a change of it
	 * requires, and whether it was in force. NULL when there is none or
	 * it wasn't read. Owned. */
	struct cl_document *prior;
	char prior_commit[CL_OID_HEX]; /* the approval that brought it into force */
	cl_date prior_date;            /* and its date */
	/* A later approval of other content of the same document under
	 * another path (its id carried on: engine/lifecycle.c), which
	 * supersedes the approvals of this content; NULL when none. */
	const struct cl_approval *superseded_by;
	/* That document's version in force, when this one has a version in
	 * force of its own already (else it is `prior`): its requirements
	 * stand too. Owned; front matter only. */
	struct cl_document *carried;
	char carried_commit[CL_OID_HEX];

	/* Derived from the body. */
	int body_parsed;
	cl_link *links;
	size_t link_count;
	/* The file-wide comments first, then the others in line order. */
	cl_suppression *suppressions;
	size_t suppression_count;
	size_t file_suppression_count;
	cl_kv_row *kv_rows;
	size_t kv_row_count;
	/* Only for the types whose rules read tables (cl_document_keeps_tables). */
	cl_table *tables;
	size_t table_count;
	/* Headings as plain text with their lines, for content rules. */
	cl_strvec headings;
	int *heading_lines;
	/* The body as plain text with normalised whitespace, lower-cased,
	 * for phrase searches by content rules (cl_document_mentions); NULL
	 * once cl_document_keep_phrases has searched it. */
	char *plain_text;
	/* Then: the phrases searched for that it holds. */
	cl_strvec phrases_found;
	int phrases_searched;
	cl_placeholder *placeholders;
	size_t placeholder_count;
} cl_document;

/* The largest Markdown file clauselint reads. cmark needs up to ~220
 * bytes of memory per byte of hostile Markdown (measured: 1 MiB of '['
 * or table rows, 190 to 230 MB); real policies are kilobytes. With this
 * cap, and the table limits of parse/budget.h checked before cmark-gfm
 * sees a body, no file takes clauselint past 150 MB (docs/limits.md). */
#define CL_MAX_FILE_BYTES (512 * 1024)

/*
 * Parses one Markdown file's bytes into a document: front matter (BOM and
 * CRLF accepted), then the body with cmark-gfm (tables) with the front
 * matter blanked so line numbers stay true. Never fails: problems are
 * recorded in the document for the rules to report. The caller owns the
 * result (cl_document_free); `path` is copied.
 */
cl_document *cl_document_parse(const char *path, const char *data, size_t len);
/* Whether a document of this type keeps its body's tables: the RACI
 * (roles) and the records read by person and date (training,
 * acknowledgement). Other types' tables are parsed past, not kept. */
int cl_document_keeps_tables(cl_doc_type type);
/* The same for a file under a `governed` glob (`must_govern`): there a
 * file that isn't a governed document is reported, never skipped. */
cl_document *cl_document_parse_in(const char *path, const char *data, size_t len, int must_govern);

/* How the run reads a file: the configuration's forms and mapping
 * (parse/reading.h; NULL: our front matter only), the type its path
 * gives (`mapping.types`; NULL: none), and whether it is under a
 * `governed` glob. */
struct cl_reading;
typedef struct {
	const struct cl_reading *reading;
	const char *path_type;
	int must_govern;
} cl_read_as;
cl_document *cl_document_read(const char *path, const char *data, size_t len, const cl_read_as *as);
/* The same for a document whose own findings the run doesn't report
 * (PATHs, --changed-since): its body is parsed only when a rule that
 * judges the whole repository reads it (its type's tables, the security
 * policy's text, a suppression comment); else body_parsed stays 0. */
cl_document *cl_document_read_unreported(const char *path, const char *data, size_t len,
                                         const cl_read_as *as);
/* cl_document_parse_front_matter, read as `as` says. */
cl_document *cl_document_read_front_matter(const char *path, const char *data, size_t len,
                                           const cl_read_as *as);
/* For a file over CL_MAX_FILE_BYTES, from its first bytes: a document
 * that is too large when its metadata says it is one of ours (or it must
 * be governed), else one skipped as too large. */
cl_document *cl_document_too_large(const char *path, const char *head, size_t head_len, size_t size,
                                   const cl_read_as *as);
/* The same, reading only the front matter: what a version of a document
 * said of itself (its type, status, approver), without the cost of its
 * body. */
cl_document *cl_document_parse_front_matter(const char *path, const char *data, size_t len);
/* A document for a file that could not be read at all. */
cl_document *cl_document_unreadable(const char *path, const char *reason);
void cl_document_free(cl_document *doc);

/* The document at `path` in `docs`, which are sorted by path (as they
 * are read), or NULL. */
const cl_document *cl_documents_find(cl_document *const *docs, size_t count, const char *path);
/* The front matter value / key node of `key`, or NULL. Borrowed. */
const cl_yaml_node *cl_document_field(const cl_document *doc, const char *key);
/* The line of `key` in the front matter, or 1 when absent. */
int cl_document_field_line(const cl_document *doc, const char *key);
/* Whether the document's `clauses` list names `code` exactly. */
int cl_document_claims(const cl_document *doc, const char *code);
/* Searches the plain text for each of `phrases` (those the content
 * rules may look for), keeps the ones it holds and lets the text go: a
 * run holds every document at once, and the text is as large as the
 * body. */
void cl_document_keep_phrases(cl_document *doc, const cl_strvec *phrases);
/* Whether the body's plain text holds `phrase` (lower-case): from the
 * text, or from what cl_document_keep_phrases kept of it. */
int cl_document_mentions(const cl_document *doc, const char *phrase);
/* Whether rules about content apply to the document: governed,
 * readable, not retired. */
int cl_document_in_scope(const cl_document *doc);

#endif
