/*
 * clauselint.h: the clauselint library.
 *
 * One header in sections, in data-flow order: utilities, YAML, globs,
 * configuration and people, the framework catalogue, documents, the
 * repository, findings and rules, the lint run, and the report emitters.
 *
 * Conventions (see STYLE.md): functions that can fail return 0 on success
 * and -1 on failure, with a one-line reason in a caller-supplied cl_error;
 * an output parameter comes first and is called `out`; every object has a
 * _free that accepts NULL; the library never prints and never exits,
 * except cl_oom() when memory runs out (there is nothing sensible left to
 * do then, as in git's xmalloc).
 */
#ifndef CLAUSELINT_H
#define CLAUSELINT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#define CL_VERSION "0.1.0"
#define CL_DEFAULT_FRAMEWORK "ISO27001:2022"
/* A git object id in hex, with its NUL. */
#define CL_OID_HEX 41

/* ------------------------------------------------------------------ */
/* Utilities (util.c)                                                 */
/* ------------------------------------------------------------------ */

/* A one-line reason for a failure; `message` is always NUL-terminated. */
typedef struct {
	char message[512];
} cl_error;

void cl_error_set(cl_error *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Allocation that never returns NULL: on failure prints one line and
 * exits with status 2 (see the header comment). */
void cl_oom(void);
void *cl_malloc(size_t size);
void *cl_calloc(size_t count, size_t size);
void *cl_realloc(void *ptr, size_t size);
char *cl_strdup(const char *s);
char *cl_strndup(const char *s, size_t n);
char *cl_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Grows `*items` (of `*cap` elements of `size` bytes) to hold `need`. */
void cl_grow(void **items, size_t *cap, size_t need, size_t size);

/* A growable byte buffer, always NUL-terminated once anything is put. */
typedef struct {
	char *ptr;
	size_t len;
	size_t cap;
} cl_buf;

#define CL_BUF_INIT                                                                                          \
	{                                                                                                    \
		NULL, 0, 0                                                                                   \
	}

void cl_buf_put(cl_buf *buf, const char *data, size_t len);
void cl_buf_puts(cl_buf *buf, const char *s);
void cl_buf_putc(cl_buf *buf, char c);
void cl_buf_printf(cl_buf *buf, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cl_buf_vprintf(cl_buf *buf, const char *fmt, va_list ap);
/* Hands the string over to the caller (who frees it); the buffer is
 * empty afterwards. Never NULL. */
char *cl_buf_detach(cl_buf *buf);
void cl_buf_free(cl_buf *buf);

/* A growable list of owned strings. */
typedef struct {
	char **items;
	size_t count;
	size_t cap;
} cl_strvec;

#define CL_STRVEC_INIT                                                                                       \
	{                                                                                                    \
		NULL, 0, 0                                                                                   \
	}

/* Takes ownership of `s`. */
void cl_strvec_push_owned(cl_strvec *vec, char *s);
void cl_strvec_push(cl_strvec *vec, const char *s);
void cl_strvec_sort(cl_strvec *vec);
/* Binary search in a sorted vector. */
int cl_strvec_contains_sorted(const cl_strvec *vec, const char *s);
void cl_strvec_free(cl_strvec *vec);

/* A hash table from byte-string keys (copied) to borrowed values. */
typedef struct {
	struct cl_map_slot *slots;
	size_t cap;
	size_t count;
} cl_map;

#define CL_MAP_INIT                                                                                          \
	{                                                                                                    \
		NULL, 0, 0                                                                                   \
	}

/* Sets `key` to `value`, replacing any earlier value. */
void cl_map_put(cl_map *map, const void *key, size_t len, void *value);
/* The value of `key`, or NULL. */
void *cl_map_get(const cl_map *map, const void *key, size_t len);
void cl_map_free(cl_map *map);
/* Iterates over the entries in no particular order: start with *cursor
 * at 0; returns 0 when there are no more. Keys are NUL-terminated. */
int cl_map_next(const cl_map *map, size_t *cursor, const char **key, void **value);
/* Convenience for NUL-terminated keys. */
void cl_map_puts(cl_map *map, const char *key, void *value);
void *cl_map_gets(const cl_map *map, const char *key);

/* Lower-cases ASCII letters in place. */
void cl_lowercase(char *s);
/* Text folded for comparison: ASCII lower case, runs of white space as
 * one space, none leading or trailing. The caller frees it. */
char *cl_fold(const char *text);

/* Case-insensitive ASCII comparison. */
int cl_strcaseeq(const char *a, const char *b);

/* A calendar date, proleptic Gregorian, no time zone. */
typedef struct {
	int year, month, day;
} cl_date;

/* Parses exactly `YYYY-MM-DD` naming a real day. 0 or -1. */
int cl_date_parse(cl_date *out, const char *s);
/* Days since 1970-01-01 (negative before). */
long cl_date_days(cl_date d);
cl_date cl_date_from_days(long days);
/* `YYYY-MM-DD` into buf (at least 11 bytes). */
void cl_date_format(char *buf, cl_date d);
cl_date cl_date_today_utc(void);

/* A review interval: `12 months`, `1 year`, `90 days`, `6 weeks`. */
typedef enum { CL_UNIT_DAYS, CL_UNIT_WEEKS, CL_UNIT_MONTHS, CL_UNIT_YEARS } cl_unit;

typedef struct {
	int count;
	cl_unit unit;
} cl_interval;

/* Parses `N unit` (unit singular or plural, N from 1 to 100000).
 * 0 or -1. */
int cl_interval_parse(cl_interval *out, const char *s);
/* The date `interval` after `d`; months clamp to the month's last day. */
cl_date cl_date_add(cl_date d, cl_interval interval);

/* The length of the well-formed UTF-8 sequence at s (of `len` bytes
 * left, len >= 1), or when it is ill-formed the negated length of its
 * maximal subpart (Unicode's "substitution of maximal subparts": each
 * broken sequence is one replacement character). RFC 3629: no overlongs,
 * no surrogates, nothing above U+10FFFF. */
int cl_utf8_step(const char *s, size_t len);
/* Whether `s` (of `len` bytes) is valid UTF-8; when it isn't and
 * `bad_offset` is not NULL, the offset of the first bad byte. */
int cl_utf8_valid(const char *s, size_t len, size_t *bad_offset);

/* ------------------------------------------------------------------ */
/* YAML (yaml.c): a small, safe tree over libyaml                      */
/* ------------------------------------------------------------------ */

/*
 * Front matter and configuration files are read into this tree, never
 * into libyaml's document model: it keeps the 1-based line and column of
 * every node, treats every scalar as text (so `version: 1.10` stays
 * "1.10"), and refuses what a policy document never needs and an attacker
 * could abuse: aliases (`&a [*a]` contains itself), nesting deeper than
 * CL_YAML_MAX_DEPTH, non-scalar mapping keys, duplicate keys, several
 * documents, and input over CL_YAML_MAX_BYTES.
 */
#define CL_YAML_MAX_DEPTH 32
#define CL_YAML_MAX_BYTES (256 * 1024)

typedef enum { CL_YAML_SCALAR, CL_YAML_SEQUENCE, CL_YAML_MAPPING } cl_yaml_kind;

typedef struct cl_yaml_node cl_yaml_node;

struct cl_yaml_node {
	cl_yaml_kind kind;
	int line;   /* 1-based, plus the caller's line offset */
	int column; /* 1-based */
	/* CL_YAML_SCALAR: the text (NUL-terminated, never NULL) and whether
	 * it was written plain (unquoted, not a block scalar). */
	char *scalar;
	size_t scalar_len;
	int plain;
	/* CL_YAML_SEQUENCE: items[0..count). CL_YAML_MAPPING: keys[i] (always
	 * scalars) map to values[i], i in [0..count), in document order. */
	size_t count;
	cl_yaml_node **items;
	cl_yaml_node **keys;
	cl_yaml_node **values;
};

/*
 * Parses `len` bytes of YAML text. Line numbers in the tree and in `err`
 * are offset by `line_offset` (pass 1 when the text starts on the second
 * line of a file). An empty document gives *out == NULL and returns 0.
 * On failure returns -1, sets *err_line and *err_column (1-based, offset like
 * the tree) and a message such as "duplicate key 'id' (first at line 3)".
 * The caller owns *out and frees it with cl_yaml_free.
 */
int cl_yaml_parse(cl_yaml_node **out, const char *text, size_t len, int line_offset, int *err_line,
                  int *err_column, cl_error *err);
void cl_yaml_free(cl_yaml_node *node);

/* The value of `key` in a mapping (exact, case-sensitive), or NULL; also
 * NULL when `map` is NULL or not a mapping. Borrowed. */
const cl_yaml_node *cl_yaml_get(const cl_yaml_node *map, const char *key);
/* The key node for `key`, for its line; or NULL. Borrowed. */
const cl_yaml_node *cl_yaml_get_key(const cl_yaml_node *map, const char *key);
/* Whether a node is YAML's null: a plain scalar "", "~", "null", "Null"
 * or "NULL". */
int cl_yaml_is_null(const cl_yaml_node *node);
/* The text of a non-null scalar, else NULL. Borrowed. */
const char *cl_yaml_text(const cl_yaml_node *node);

/* ------------------------------------------------------------------ */
/* Globs (glob.c)                                                     */
/* ------------------------------------------------------------------ */

/*
 * Matches a repository-relative path ('/'-separated, no leading '/')
 * against a glob in the gitignore dialect: `*` and `?` and `[...]` never
 * match '/', a `**` component matches any run of directories (alone,
 * leading, trailing or in the middle of a pattern), a pattern
 * without '/' matches the last path component at any depth, a leading '/'
 * anchors at the root, a trailing '/' matches a directory and everything
 * under it. Returns 1 on a match, else 0.
 */
int cl_glob_match(const char *pattern, const char *path);
/* 1 when any of the patterns matches. */
int cl_glob_match_any(const cl_strvec *patterns, const char *path);
/* 0 when `pattern` is well formed, else -1 with a reason in err
 * (an unclosed '[', an empty pattern). */
int cl_glob_check(const char *pattern, cl_error *err);

/* ------------------------------------------------------------------ */
/* Severities                                                          */
/* ------------------------------------------------------------------ */

typedef enum { CL_SEV_OFF = 0, CL_SEV_NOTE = 1, CL_SEV_WARNING = 2, CL_SEV_ERROR = 3 } cl_severity;

/* "off", "note", "warning", "error". */
const char *cl_severity_name(cl_severity sev);
/* 0 and *out set, or -1 for an unknown name. */
int cl_severity_parse(cl_severity *out, const char *name);

/* ------------------------------------------------------------------ */
/* Rules (rules/registry.c)                                           */
/* ------------------------------------------------------------------ */

typedef struct cl_lint cl_lint;

typedef struct {
	const char *name; /* kebab-case, stable */
	cl_severity default_severity;
	const char *clause;  /* "5.2", "A.5.4", or NULL */
	const char *summary; /* one line: fires when ... */
	const char *explain; /* what, why the clause asks it, how to fix */
} cl_rule;

/* Every rule clauselint implements, in `clauselint rules` order. */
extern const cl_rule *const cl_rules[];
extern const size_t cl_rules_count;
/* The rule named `name`, or NULL. */
const cl_rule *cl_rule_find(const char *name);
/* Whether rules about content apply to a document: governed, readable,
 * not retired. (Defined with the rules, used by the run too.) */
typedef struct cl_document cl_document;
int cl_rule_applies(const cl_document *doc);

/* ------------------------------------------------------------------ */
/* SSH signatures (signature.c)                                       */
/* ------------------------------------------------------------------ */

/*
 * What a commit's signature says, checked in-process (no ssh-keygen or
 * gpg at run time). Only ssh-ed25519 keys can be VALID; other SSH key
 * types, OpenPGP and X.509 signatures are UNSUPPORTED by name.
 */
typedef enum {
	CL_SIG_UNSIGNED = 0, /* no signature */
	CL_SIG_VALID,        /* verifies; `key` is the signer's */
	CL_SIG_INVALID,      /* well-formed, but the bytes signed aren't these */
	CL_SIG_UNSUPPORTED,  /* `detail` names it: "ssh-rsa", "OpenPGP", ... */
	CL_SIG_MALFORMED     /* `detail` says why */
} cl_sig_state;

#define CL_SIG_KEY_MAX 64

typedef struct {
	cl_sig_state state;
	/* CL_SIG_VALID: the public key blob (SSH wire format, as in the
	 * base64 of a .pub file). */
	unsigned char key[CL_SIG_KEY_MAX];
	size_t key_len;
	char detail[160];
} cl_signature;

/*
 * Verifies git's SSH signature (the gpgsig header, armored, `sig_len`
 * bytes; NULL when the commit is unsigned) over `data`, the bytes that
 * were signed (git_commit_extract_signature gives both). Any input gives
 * a state: nothing here fails.
 */
void cl_signature_verify(cl_signature *out, const char *sig, size_t sig_len, const char *data,
                         size_t data_len);
/* "unsigned", "valid", "invalid", "unsupported", "malformed". */
const char *cl_sig_state_name(cl_sig_state state);

/* A public key as a .pub file or authorized_keys line has it. */
typedef struct {
	char *type;          /* "ssh-ed25519", "ssh-rsa", ... */
	unsigned char *blob; /* the decoded base64 */
	size_t blob_len;
} cl_ssh_key;

/* Parses "TYPE BASE64 [comment]": -1 with a reason when the base64
 * can't be read or holds a key of another type than TYPE. The caller
 * frees `out` with cl_ssh_key_free (also safe after a failure). */
int cl_ssh_key_parse(cl_ssh_key *out, const char *line, cl_error *err);
void cl_ssh_key_free(cl_ssh_key *key);

/* ------------------------------------------------------------------ */
/* Configuration and people (config.c, people.c)                      */
/* ------------------------------------------------------------------ */

typedef struct {
	char *name;
	cl_strvec emails; /* lower-cased */
	cl_strvec roles;
	int has_since, has_until;
	cl_date since, until;
	cl_strvec signing_keys;
	cl_ssh_key *keys; /* [signing_keys.count]: the same keys, decoded */
	int line;
} cl_person;

typedef struct {
	char *path; /* repository-relative, or NULL when absent */
	cl_person *items;
	size_t count;
} cl_people;

void cl_people_free(cl_people *people);
/* The person whose e-mail is `email` (case-insensitive), or NULL. */
const cl_person *cl_people_find_email(const cl_people *people, const char *email);
/* The person one of whose signing_keys is the key `blob`, or NULL. */
const cl_person *cl_people_find_key(const cl_people *people, const unsigned char *blob, size_t len);
/* Whether anyone in the registry holds `role` (case-insensitive). */
int cl_people_role_held(const cl_people *people, const char *role);

/* Parses a people registry; `path` is only used in messages. -1 with
 * "path:line: reason" in err on an unreadable value. */
int cl_people_parse(cl_people *out, const char *text, size_t len, const char *path, cl_error *err);

typedef struct {
	char *path;         /* as given or found; NULL: defaults only */
	char *display_path; /* repository-relative when inside it */
	char *framework;
	char *people_path; /* repository-relative */
	int people_path_explicit;
	cl_strvec include;
	cl_strvec exclude;
	cl_strvec governed;
	cl_interval review_interval;
	cl_interval due_soon;
	cl_strvec top_management_roles;
	char *approval_trailer;
	int require_signature;
	/* What the content rules look for (SPEC §3), folded (cl_fold). In the
	 * policy, any phrase of a list is enough: 5.2 c, 5.2 d, and 5.2 b as
	 * a phrase or a heading that contains one of its words. In a RACI
	 * row's activity, every word of one entry: 5.3 a and 5.3 b. */
	cl_strvec requirements_phrases;
	cl_strvec improvement_phrases;
	cl_strvec objectives_phrases;
	cl_strvec objectives_headings;
	cl_strvec conformance_activities;
	cl_strvec performance_activities;
	/* Per rule, by index in cl_rules: the configured severity, or -1
	 * when the configuration leaves the default. */
	int *rule_severity;
} cl_config;

/* Fills `out` with the defaults of SPEC §1. */
void cl_config_defaults(cl_config *out);
/* Parses configuration text over the defaults already in `out`.
 * `path` is used in messages: "path:line: unknown key 'x' (expected one
 * of ...)". -1 on any unknown key or wrong value. */
int cl_config_parse(cl_config *out, const char *text, size_t len, const char *path, cl_error *err);
void cl_config_free(cl_config *config);
/* The effective severity of a rule. */
cl_severity cl_config_severity(const cl_config *config, const cl_rule *rule);

/* ------------------------------------------------------------------ */
/* Framework catalogue (catalogue.c, rules/iso27001-2022.tsv)         */
/* ------------------------------------------------------------------ */

typedef struct {
	const char *code;  /* "5.2", "A.5.4" */
	const char *title; /* official title */
} cl_control;

/* The catalogue entry of `code` in `framework`, or NULL. */
const cl_control *cl_catalogue_find(const char *framework, const char *code);
/* Whether clauselint knows the framework (compared after dropping
 * spaces, "/IEC" and case: "ISO/IEC 27001:2022" is ISO27001:2022). */
int cl_framework_known(const char *framework);
/* Catalogue size, for tests and `rules`. */
size_t cl_catalogue_count(void);
const cl_control *cl_catalogue_at(size_t index);

/* ------------------------------------------------------------------ */
/* Documents (document.c, frontmatter.c, markdown.c)                  */
/* ------------------------------------------------------------------ */

typedef struct cl_doc_history cl_doc_history;

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

typedef enum { CL_STATUS_ACTIVE, CL_STATUS_DRAFT, CL_STATUS_RETIRED } cl_doc_status;

typedef enum { CL_LINK_MARKDOWN, CL_LINK_WIKI } cl_link_kind;

/* A link whose target is in the repository: relative Markdown links and
 * images, and [[wikilinks]]. */
typedef struct {
	cl_link_kind kind;
	char *target; /* as written, without fragment and alias */
	int line, column;
} cl_link;

/* A suppression comment, see SPEC §3. */
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
	char ***cells;  /* [rows][columns]; a short row is padded with "" */
	int *row_lines; /* [rows] */
} cl_table;

struct cl_document {
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
	cl_table *tables;
	size_t table_count;
	/* Headings as plain text with their lines, for content rules. */
	cl_strvec headings;
	int *heading_lines;
	/* The body as plain text with normalised whitespace, lower-cased,
	 * for phrase searches by content rules. */
	char *plain_text;
};

/* The largest Markdown file clauselint reads. cmark needs up to ~220
 * bytes of memory per byte of hostile Markdown (measured: 1 MiB of '['
 * or table rows, 190 to 230 MB); real policies are kilobytes, and with
 * this cap no input takes clauselint past 150 MB. */
#define CL_MAX_FILE_BYTES (512 * 1024)

/*
 * Parses one Markdown file's bytes into a document: front matter (BOM and
 * CRLF accepted), then the body with cmark-gfm (tables) with the front
 * matter blanked so line numbers stay true. Never fails: problems are
 * recorded in the document for the rules to report. The caller owns the
 * result (cl_document_free); `path` is copied.
 */
cl_document *cl_document_parse(const char *path, const char *data, size_t len);
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

/* ------------------------------------------------------------------ */
/* Repository (repo.c)                                                */
/* ------------------------------------------------------------------ */

typedef struct cl_repo cl_repo;

/* What is linted: the working tree (default), the index (--staged), or
 * the tree of a revision (--rev). */
typedef enum { CL_SOURCE_WORKTREE, CL_SOURCE_INDEX, CL_SOURCE_REV } cl_source;

/*
 * Discovers the repository from `dir` as git does (worktrees and .git
 * files included); bare repositories open too (only --rev can lint them).
 * The caller frees *out with cl_repo_free.
 */
int cl_repo_open(cl_repo **out, const char *dir, cl_error *err);
void cl_repo_free(cl_repo *repo);
/* Opens the same repository again, with the same source selected: libgit2
 * objects must not be shared between threads, so each has its own. */
int cl_repo_reopen(cl_repo **out, const cl_repo *repo, const char *rev, cl_error *err);
/* Chooses the source; `rev` names the revision for CL_SOURCE_REV. Fails
 * for an unknown revision, or a worktree or index source in a bare
 * repository. History is then read from REV, or from HEAD. */
int cl_repo_select(cl_repo *repo, cl_source source, const char *rev, cl_error *err);
cl_source cl_repo_source(const cl_repo *repo);
/* The working tree's root, with a trailing '/', or NULL when bare. */
const char *cl_repo_workdir(const cl_repo *repo);
int cl_repo_is_shallow(const cl_repo *repo);

/*
 * Lists the files of the source, sorted, repository-relative: for the
 * working tree what git tracks or would track (untracked files that
 * aren't ignored). Symbolic links, submodules and files deleted from the
 * working tree are left out: clauselint lints content in the repository,
 * never a link's target.
 */
int cl_repo_list_files(cl_strvec *out, cl_repo *repo, cl_error *err);

typedef enum {
	CL_READ_OK = 0,
	CL_READ_MISSING,
	CL_READ_NOT_REGULAR,
	CL_READ_TOO_LARGE,
	CL_READ_ERROR
} cl_read_result;

/* Reads a file of the source (a working-tree file is never read through
 * a symbolic link), refusing
 * files over `limit` bytes. On CL_READ_OK the caller frees *out (which is
 * NUL-terminated; *len excludes the NUL); on CL_READ_TOO_LARGE *len is
 * the file's size. */
cl_read_result cl_repo_read(char **out, size_t *len, cl_repo *repo, const char *path, size_t limit);
/* The git blob id of the linted content of `path`, whose bytes (as
 * cl_repo_read gave them) are `data`, or NULL when they weren't read.
 * 0 or -1. */
int cl_repo_blob_id(char out[CL_OID_HEX], cl_repo *repo, const char *path, const char *data, size_t len);
/* The blob id of `path` in the linted revision's tree (HEAD, or REV);
 * -1 when it has none. */
int cl_repo_head_blob_id(char out[CL_OID_HEX], cl_repo *repo, const char *path);
/* Sets the base of --changed-since: the merge base of `rev` and the
 * linted revision. */
int cl_repo_set_base(cl_repo *repo, const char *rev, cl_error *err);
/* Whether `path` holds `blob` at the base: 0 means added or changed. */
int cl_repo_same_at_base(cl_repo *repo, const char *path, const char *blob);

/* ------------------------------------------------------------------ */
/* History (history.c): approvals and changes from git                */
/* ------------------------------------------------------------------ */

/* A person as git names them, after .mailmap. */
typedef struct {
	char *name;
	char *email;             /* lower-cased; "" when none was given */
	const cl_person *person; /* the registry's entry, or NULL */
} cl_identity;

/* Whether an approval is signed by its approver (cl_history_verify). */
typedef enum {
	CL_VERIFY_UNCHECKED = 0, /* signatures weren't asked for */
	CL_VERIFY_VERIFIED,      /* a valid signature by a key of an approver,
	                          * made while they were in the organisation */
	CL_VERIFY_UNSIGNED,
	CL_VERIFY_INVALID,     /* the signed bytes changed */
	CL_VERIFY_UNSUPPORTED, /* signature_detail names the key type */
	CL_VERIFY_MALFORMED,   /* signature_detail says why */
	CL_VERIFY_UNKNOWN_KEY, /* valid, by a key in nobody's signing_keys */
	CL_VERIFY_WRONG_KEY,   /* valid, by a key of `signer`, who isn't an approver */
	CL_VERIFY_NOT_PRESENT  /* valid, by the approver, outside their since/until */
} cl_verification;

/* A commit with Approved-by trailers. */
typedef struct {
	char commit[CL_OID_HEX];
	cl_date date;           /* committer date, in the committer's zone */
	long long time;         /* committer time, seconds since the epoch */
	cl_identity *approvers; /* the trailers' identities */
	size_t approver_count;
	cl_identity author; /* the approval commit's author */
	char *subject;
	cl_verification verification;
	/* Whose signing_keys hold the signing key (VERIFIED, WRONG_KEY,
	 * NOT_PRESENT), or NULL. */
	const cl_person *signer;
	char *signature_detail; /* "" or the key type / the reason; never NULL once checked */
	size_t approver_alloc;  /* identities in `approvers`, >= approver_count */
} cl_approval;

/* The commit that brought a document's current content. */
typedef struct {
	char commit[CL_OID_HEX]; /* "" when uncommitted */
	cl_identity author;
	cl_date date;
	char *subject;
} cl_change;

/* What the history says of one document's current content. */
struct cl_doc_history {
	char blob[CL_OID_HEX];
	/* Approvals of exactly this content, newest first. */
	const cl_approval **approvals;
	size_t approval_count;
	/* With approvals.require_signature: the approvals of this content
	 * that cl_history_verify set aside from `approvals` because they
	 * aren't verified, newest first. */
	const cl_approval **unverified;
	size_t unverified_count;
	/* The newest approval of other content at this path: the version the
	 * document has drifted from. NULL when there is none. */
	const cl_approval *earlier;
	/* Who brought the current content: a commit, or (uncommitted) the
	 * index or the working tree. has_change is 0 only when the history
	 * could not be read far enough. */
	int has_change;
	int uncommitted;
	cl_change change;
};

typedef struct cl_history cl_history;

/* A document's path and the blob id of its linted content. */
typedef struct {
	const char *path;
	const char *blob;
} cl_content_id;

/*
 * Walks the history of the linted revision once for the documents given.
 * The caller frees *out with cl_history_free, also after a failure. The
 * repository must not be shallow: its walk would end at the graft
 * without a word (LIBRARIES.md). Thread-safe for a `repo` of the
 * caller's thread (see cl_repo_reopen).
 */
int cl_history_read(cl_history **out, cl_repo *repo, const cl_config *config, const cl_people *people,
                    const cl_content_id *docs, size_t count, cl_error *err);
/*
 * Checks the signature of every approval the documents' histories hold
 * (their approvals and `earlier`), setting each one's verification.
 * With `require` (approvals.require_signature), only verified approvals
 * stay in `approvals`, the others go to `unverified`, and a verified
 * approval's approvers are narrowed to its signer: the other trailers
 * name people who signed nothing. Reads commits from `repo`, which must
 * be the one cl_history_read read. -1 only when the repository fails.
 */
int cl_history_verify(cl_history *history, cl_repo *repo, const cl_people *people, int require,
                      cl_error *err);
/* The history of the index-th document given to cl_history_read. */
const cl_doc_history *cl_history_at(const cl_history *history, size_t index);
void cl_history_free(cl_history *history);

/* ------------------------------------------------------------------ */
/* Findings (finding.c)                                               */
/* ------------------------------------------------------------------ */

/* A finding's fingerprint: 16 hex digits and the NUL. */
#define CL_FINGERPRINT_HEX 17

typedef struct {
	const cl_rule *rule;
	cl_severity severity; /* effective, never OFF */
	char *path;           /* NULL: repository-level with no file */
	int line, column;     /* 1-based */
	char *message;
	/* Set by cl_findings_sort: the same finding in another run of another
	 * revision has the same one (see finding.c); "" until sorted. */
	char fingerprint[CL_FINGERPRINT_HEX];
} cl_finding;

typedef struct {
	cl_finding *items;
	size_t count;
	size_t cap;
} cl_findings;

#define CL_FINDINGS_INIT                                                                                     \
	{                                                                                                    \
		NULL, 0, 0                                                                                   \
	}

/* Appends a finding; `path` and `message` are copied. */
void cl_findings_add(cl_findings *list, const cl_rule *rule, cl_severity sev, const char *path, int line,
                     int column, const char *message);
/* Sorts by path (no path first), line, column, rule name, message, then
 * sets every finding's fingerprint (which depends on that order). */
void cl_findings_sort(cl_findings *list);
/* Stable partition: errors, then warnings, then notes, each keeping the
 * sorted order (GitHub shows only the first 10 of each kind). */
void cl_findings_sort_by_severity(cl_findings *list);
void cl_findings_free(cl_findings *list);

typedef struct {
	size_t documents;
	size_t errors, warnings, notes;
	/* --baseline: whether one was given, and how many findings it held
	 * back (they are in none of the counts above). */
	int has_baseline;
	size_t baselined;
} cl_summary;

/* Counts the list; no baseline. */
void cl_summary_count(cl_summary *out, const cl_findings *list, size_t documents);
/* The closing line "1 error, 2 warnings, 0 notes in 3 documents\n", the
 * same in every report that has one; with findings held back by a
 * baseline it ends "... in 3 documents (4 more in the baseline)". */
void cl_summary_format(cl_buf *out, const cl_summary *s);

/* ------------------------------------------------------------------ */
/* Baselines (baseline.c)                                             */
/* ------------------------------------------------------------------ */

/* The largest baseline clauselint reads: a json report of some 100,000
 * findings; the file is read whole before it is parsed. */
#define CL_BASELINE_MAX_BYTES (32 * 1024 * 1024)

typedef struct cl_baseline cl_baseline;

/*
 * Reads a json report of clauselint (SPEC §5, version 1) as a baseline;
 * `path` is used in messages. -1 with a one-line reason when the text is
 * not JSON, not such a report, of another version, or has a finding
 * without rule, path or fingerprint. The caller frees *out with
 * cl_baseline_free.
 */
int cl_baseline_parse(cl_baseline **out, const char *text, size_t len, const char *path, cl_error *err);
/* How many findings the baseline holds. */
size_t cl_baseline_count(const cl_baseline *baseline);
/* Whether the baseline has a finding of f's rule, path and fingerprint. */
int cl_baseline_contains(const cl_baseline *baseline, const cl_finding *f);
/* Removes (and frees) the findings the baseline has from a fingerprinted
 * list, keeping the order of the rest; returns how many it removed. */
size_t cl_baseline_filter(const cl_baseline *baseline, cl_findings *list);
void cl_baseline_free(cl_baseline *baseline);

/* ------------------------------------------------------------------ */
/* The lint run (lint.c)                                              */
/* ------------------------------------------------------------------ */

struct cl_lint {
	const cl_config *config;
	const cl_people *people;
	cl_document **documents; /* every Markdown file read, sorted by path */
	size_t document_count;
	const cl_strvec *files; /* every file in the repository, sorted */
	cl_date today;
	cl_findings *findings;
	int shallow;      /* history couldn't be read: history-shallow */
	int history_read; /* documents' history is set */
	int staged;       /* --staged: approval state of staged changes is a note */
};

/*
 * Reports a finding of rule `name` (which must exist) at doc's path, or at
 * the configuration file when `doc` is NULL (a repository-level finding).
 * The configured severity applies; rules that are off report nothing.
 */
void cl_report(cl_lint *lint, const char *name, const cl_document *doc, int line, int column, const char *fmt,
               ...) __attribute__((format(printf, 6, 7)));

/* The same, at `severity` when that is graver than the rule's and the
 * configuration doesn't set the rule's severity itself (a rule whose
 * finding is graver in some cases). */
void cl_report_escalated(cl_lint *lint, const char *name, cl_severity severity, const cl_document *doc,
                         int line, int column, const char *fmt, ...) __attribute__((format(printf, 7, 8)));

/* The governed document with id `id`, active or draft, or NULL. */
const cl_document *cl_lint_find_id(const cl_lint *lint, const char *id);

/* Runs every rule over the documents, then applies the documents'
 * suppression comments. */
void cl_lint_run(cl_lint *lint);

/* Whether a finding of `rule` at `line` is switched off by a comment of
 * `doc` (SPEC §3, markdownlint's semantics). */
int cl_suppressed(const cl_document *doc, const char *rule, int line);

/* ------------------------------------------------------------------ */
/* A whole run: repository, configuration, documents, rules (run.c)   */
/* ------------------------------------------------------------------ */

typedef struct {
	const char *config_file;   /* -c, relative to the current directory */
	cl_source source;          /* working tree, --staged or --rev */
	const char *rev;           /* --rev REV */
	const char *changed_since; /* --changed-since REV, or NULL */
	cl_date today;
	char *const *paths; /* PATH arguments, relative to the current directory */
	size_t path_count;
	int want_status;           /* fill the status rows too */
	int want_requirements;     /* fill the requirement rows too */
	const char *baseline_file; /* --baseline, relative to the current directory */
} cl_run_options;

/* One row of `clauselint status`. Dates are "" when there is none. */
typedef struct {
	char *id;
	char *path;
	char *type;
	char *version;
	const char *state; /* approved, wrong approver, overdue, stale, never approved, draft,
	                    * unverified (require_signature: only unverified
	                    * approvals), record (needs no approval), unknown
	                    * (shallow) */
	char approved_on[11];
	char *approved_by;     /* names, comma-separated; "" when none */
	char *approval_commit; /* short id, or "" */
	char *signature;       /* of that approval: verified, unsigned, invalid,
	                        * unsupported: TYPE, malformed: WHY, unknown key,
	                        * wrong key, outside since/until; "" when none */
	char last_change[11];
	char *last_change_by;
	char *last_change_commit; /* short id; "" when uncommitted or unknown */
	char review_due[11];
} cl_status_row;

/* One row of `clauselint status --requirements`: a requirement note and
 * the active governed documents whose `clauses` claim its code (the same
 * documents requirement-uncovered counts). */
typedef struct {
	char *code; /* the catalogue code, "A.5.4"; NULL when the note has no
	             * usable Code and Section */
	char *name; /* the note's Name; "" when none */
	char *path;
	cl_strvec documents; /* their ids (a path for one without), in natural
	                      * order; empty: the requirement is uncovered */
} cl_requirement_row;

typedef struct {
	cl_findings findings; /* sorted */
	cl_summary summary;
	/* The reported documents' paths, sorted: what summary.documents
	 * counts, and the test cases of the junit report. */
	cl_strvec documents;
	/* The working tree's root, absolute, with a trailing '/'; NULL in a
	 * bare repository. */
	char *root;
	char *framework;
	cl_status_row *rows; /* with want_status: one per governed document */
	size_t row_count;
	/* With want_requirements: one per requirement note, in the natural
	 * order of their codes (cl_code_compare). */
	cl_requirement_row *requirements;
	size_t requirement_count;
} cl_run_result;

/*
 * Lints the repository containing the current directory. Returns -1 with
 * a one-line reason on a usage, configuration or repository error (the
 * caller exits 2); findings are not errors. The caller frees *out with
 * cl_run_result_free, also after a failure.
 */
int cl_run(cl_run_result *out, const cl_run_options *opts, cl_error *err);
void cl_run_result_free(cl_run_result *result);

/* Rule groups (rules/...): each checks its rules over the whole run. */
void cl_check_front_matter(cl_lint *lint);
void cl_check_duplicate_id(cl_lint *lint);
void cl_check_unknown_clause(cl_lint *lint);
void cl_check_broken_link(cl_lint *lint);
void cl_check_requirement_notes(cl_lint *lint);
void cl_check_history_shallow(cl_lint *lint);
void cl_check_approval(cl_lint *lint);
void cl_check_approval_unverified(cl_lint *lint);
void cl_check_approvers(cl_lint *lint);
void cl_check_review(cl_lint *lint);
void cl_check_policy(cl_lint *lint);
void cl_check_roles(cl_lint *lint);
void cl_check_management(cl_lint *lint);

/* Fills result->rows from a lint that has run (status.c). */
void cl_status_collect(cl_run_result *result, const cl_lint *lint);
void cl_status_rows_free(cl_run_result *result);
void cl_status_row_clear(cl_status_row *row);
/* The status table as aligned text, or as JSON. */
void cl_status_text(cl_buf *out, const cl_run_result *result);
void cl_status_json(cl_buf *out, const cl_run_result *result);

/* A cell of the status tables as a terminal may show it: quoted like a
 * path (cl_quote_path), and the C1 controls a path keeps (U+0080..U+009F,
 * which some terminals obey like ESC [) turned into spaces. The caller
 * frees it. */
char *cl_table_cell(const char *text);

/* Fills result->requirements from a lint that has run (requirements.c). */
void cl_requirements_collect(cl_run_result *result, const cl_lint *lint);
void cl_requirements_free(cl_run_result *result);
void cl_requirement_row_clear(cl_requirement_row *row);
/* The requirements table as aligned text (with a closing count, or one
 * line saying there are no requirement notes), or as JSON. */
void cl_requirements_text(cl_buf *out, const cl_run_result *result);
void cl_requirements_json(cl_buf *out, const cl_run_result *result);
/* Compares clause and control codes in their natural order, like strcmp:
 * runs of digits by value, clauses before Annex A controls, so
 * 5.1 < 5.2 < 5.10 < A.5.1 < A.5.4 < A.5.10. */
int cl_code_compare(const char *a, const char *b);

/* ------------------------------------------------------------------ */
/* Reports (output_*.c)                                               */
/* ------------------------------------------------------------------ */

typedef enum {
	CL_FORMAT_TEXT,
	CL_FORMAT_GITHUB,
	CL_FORMAT_JSON,
	CL_FORMAT_SARIF,
	CL_FORMAT_JUNIT,
	CL_FORMAT_CODEQUALITY
} cl_format;

/* 0 and *out, or -1 for an unknown name. */
int cl_format_parse(cl_format *out, const char *name);
/* "text, github, json, sarif, junit or codequality", for messages. */
const char *cl_format_names(void);

typedef struct {
	int color; /* text: ANSI colours */
	int quiet; /* errors only */
	const char *framework;
	/* junit: the reported documents, sorted (cl_run_result.documents);
	 * NULL: only the files that have findings. */
	const cl_strvec *documents;
	/* sarif: the working tree's root (cl_run_result.root), or NULL. */
	const char *root;
} cl_report_options;

/*
 * The file a report that can't do without one attaches a finding to: its
 * path, or for a repository-level finding with no file the configuration
 * file it would have been attached to (SPEC §3), .clauselint.yml: that is
 * where such a rule is switched off or given another severity, and GitHub
 * code scanning and GitLab drop a result that names no file.
 */
const char *cl_finding_file(const cl_finding *f);

/* Writes the report of `format` (one of the emitters below). */
void cl_report_write(cl_buf *out, cl_format format, const cl_findings *findings, const cl_summary *summary,
                     const cl_report_options *opts);

/*
 * Writes the whole report into `out` (so that nothing is half-written
 * when the caller fails to save it). `findings` must be sorted with
 * cl_findings_sort; the github emitter reorders a copy itself.
 */
void cl_report_text(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                    const cl_report_options *opts);
void cl_report_github(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                      const cl_report_options *opts);
void cl_report_json(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                    const cl_report_options *opts);
/* SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
void cl_report_sarif(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                     const cl_report_options *opts);
/* JUnit XML: a test case per document, a failure per error. */
void cl_report_junit(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                     const cl_report_options *opts);
/* The GitLab Code Quality report (a Code Climate JSON array). */
void cl_report_codequality(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                           const cl_report_options *opts);
/* The Markdown job summary for $GITHUB_STEP_SUMMARY. */
void cl_report_github_summary(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                              const cl_report_options *opts);

/* Escaping, exposed for tests. */
/* Workflow command data: % CR LF. */
void cl_escape_github_data(cl_buf *out, const char *s);
/* Workflow command property: % CR LF : , */
void cl_escape_github_property(cl_buf *out, const char *s);
/* A JSON string with its quotes; invalid UTF-8 becomes U+FFFD. */
void cl_escape_json(cl_buf *out, const char *s);
/* XML character data, or with `attribute` an attribute value (without
 * its quotes): the five special characters as entities, CR (and in an
 * attribute tab and LF) as character references so that parsers keep
 * them, characters XML 1.0 forbids and invalid UTF-8 as U+FFFD. */
void cl_escape_xml(cl_buf *out, const char *s, int attribute);
/* A repository-relative path as a relative URI reference: every byte but
 * ASCII letters, digits, '-', '.', '_', '~' and '/' percent-encoded. */
void cl_escape_uri_path(cl_buf *out, const char *path);
/* A path for one-line text output: as is when it has no control
 * character, '"' or '\', else C-quoted in double quotes as git does. */
void cl_quote_path(cl_buf *out, const char *path);

/* ------------------------------------------------------------------ */
/* Starting a repository: clauselint init (init.c)                    */
/* ------------------------------------------------------------------ */

/* A file `clauselint init` writes, compiled in from templates/init/ by
 * scripts/templates-to-c.awk. `name` is its path under templates/init/. */
typedef struct {
	const char *name;
	const char *text;
} cl_template;

/* The template named `name`, or NULL. Static data. */
const cl_template *cl_template_find(const char *name);

/* Who the starter documents name. When one person is both the CEO and
 * the ISMS Lead, `one_person` is set and the lead's fields repeat the
 * CEO's. All owned by the struct. */
typedef struct {
	char *ceo_name, *ceo_email;
	char *lead_name, *lead_email;
	int one_person;
} cl_init_people;

typedef struct {
	/* The CEO (see cl_init_parse_person), or both NULL: the git user is
	 * the CEO too. */
	const char *ceo_name, *ceo_email;
	cl_date today; /* the date of the starter records */
} cl_init_options;

typedef struct {
	char *root; /* the working tree written into, with a trailing '/' */
	cl_init_people people;
	cl_strvec written; /* repository-relative paths, in the order written */
	cl_strvec approve; /* what top management approves: policy, roles, statement, resources */
} cl_init_result;

/*
 * Writes the starter ISMS (SPEC §4, `init`) at the root of the working
 * tree that contains `dir`: .clauselint.yml, people.yml, the policy, the
 * roles, the management statement and four records. The CEO is the one in `opts`; the ISMS Lead is the
 * git user (user.name and user.email of the git configuration), who is
 * the CEO too when `opts` names none. With no git user the CEO in `opts`
 * is the ISMS Lead too.
 *
 * Never overwrites and never half-writes: every target is checked first,
 * and if any exists (or something not a folder stands where a folder
 * goes) nothing is written; files are created with O_EXCL, and a failure
 * while writing removes what this call wrote. -1 with a one-line reason
 * when the directory is in no working tree (or a bare repository), when
 * there is no usable identity, or when anything is in the way. The
 * caller frees *out with cl_init_result_free, also after a failure.
 */
int cl_init(cl_init_result *out, const char *dir, const cl_init_options *opts, cl_error *err);
void cl_init_result_free(cl_init_result *result);

/* Parses "Name <email>" into *name and *email (the caller frees both);
 * -1 with a reason, and both NULL, when it isn't one. */
int cl_init_parse_person(char **name, char **email, const char *s, cl_error *err);

/*
 * Renders the template `text` for `people` on `date` into `out`.
 * Placeholders: {{date}}; {{ceo_name}}, {{ceo_email}}, {{lead_name}},
 * {{lead_email}}; {{attendees}} (the people, comma-separated);
 * {{people_roles}} (prose: each person with their roles);
 * {{people_rows}} (one `| Name | date |` table row per person). Values
 * are written for where they stand: as YAML scalars (quoted when they
 * need it) in YAML and in Markdown front matter, Markdown-escaped in a
 * Markdown body, as they are in anything else. `name` says which (by its
 * extension) and is used in messages. -1 on an unknown placeholder.
 */
int cl_init_render(cl_buf *out, const char *name, const char *text, const cl_init_people *people,
                   cl_date date, cl_error *err);
void cl_init_people_free(cl_init_people *people);

#endif
