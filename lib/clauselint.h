/*
 * clauselint.h: what the command line (cmd/) uses of the library, and
 * nothing else. The stages of a run have headers of their own beside
 * their code (a header in each folder of lib/); each includes this one, as cmark's
 * node.h includes cmark.h. docs/architecture.md draws the whole.
 *
 * Conventions (docs/architecture.md): functions that can fail return 0
 * on success and -1 on failure, with a one-line reason in a
 * caller-supplied cl_error; an output parameter comes first and is
 * called `out`; every _free and _clear accepts NULL; the library never
 * prints and never exits, except cl_oom() when memory runs out (there is
 * nothing sensible left to do then, as in git's xmalloc).
 */
#ifndef CLAUSELINT_H
#define CLAUSELINT_H

#include <stdarg.h>
#include <stddef.h>

/* CL_VERSION: generated from the file VERSION by the Makefile. */
#include "version.h"
/* The framework a repository is judged against unless it names one. */
#define CL_DEFAULT_FRAMEWORK "ISO27001:2022"

/* ------------------------------------------------------------------ */
/* Errors and memory (util/util.c)                                    */
/* ------------------------------------------------------------------ */

/* A one-line reason for a failure; `message` is always NUL-terminated. */
typedef struct {
	char message[512];
} cl_error;

void cl_error_set(cl_error *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Allocation that never returns NULL: on failure prints one line and
 * exits with status 2 (see the header comment). Strings returned are the
 * caller's to free. */
void cl_oom(void);
void *cl_malloc(size_t size);
void *cl_calloc(size_t count, size_t size);
void *cl_realloc(void *ptr, size_t size);
char *cl_strdup(const char *s);
char *cl_strndup(const char *s, size_t n);
char *cl_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ------------------------------------------------------------------ */
/* Buffers and lists of strings (util/util.c)                         */
/* ------------------------------------------------------------------ */

/* A growable byte buffer, always NUL-terminated once anything is put. */
typedef struct {
	char *ptr;
	size_t len;
	size_t cap;
} cl_buf;

/* clang-format 14 and 19 lay this out differently (docs/platforms.md). */
/* clang-format off */
#define CL_BUF_INIT {NULL, 0, 0}
/* clang-format on */

void cl_buf_put(cl_buf *buf, const char *data, size_t len);
void cl_buf_puts(cl_buf *buf, const char *s);
void cl_buf_putc(cl_buf *buf, char c);
/* Room for `extra` more bytes and the terminator without another
 * allocation. */
void cl_buf_reserve(cl_buf *buf, size_t extra);
void cl_buf_printf(cl_buf *buf, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cl_buf_vprintf(cl_buf *buf, const char *fmt, va_list ap);
/* Hands the string over to the caller (who frees it); the buffer is
 * empty afterwards. Never NULL. */
char *cl_buf_detach(cl_buf *buf);
/* The same, its allocation cut to the content: for a buffer kept for the
 * rest of the run, whose doubling would otherwise waste up to half. */
char *cl_buf_detach_exact(cl_buf *buf);
void cl_buf_free(cl_buf *buf);

/* One "library: version" line per library the binary runs with
 * (util/versions.c). */
void cl_dependency_versions(cl_buf *out);

/* A growable list of owned strings. */
typedef struct {
	char **items;
	size_t count;
	size_t cap;
} cl_strvec;

/* clang-format 14 and 19 lay this out differently (docs/platforms.md). */
/* clang-format off */
#define CL_STRVEC_INIT {NULL, 0, 0}
/* clang-format on */

/* Takes ownership of `s`. */
void cl_strvec_push_owned(cl_strvec *vec, char *s);
/* Copies `s`. */
void cl_strvec_push(cl_strvec *vec, const char *s);
void cl_strvec_free(cl_strvec *vec);

/* ------------------------------------------------------------------ */
/* Dates (util/util.c)                                                */
/* ------------------------------------------------------------------ */

/* A calendar date, proleptic Gregorian, no time zone. */
typedef struct {
	int year, month, day;
} cl_date;

/* Parses exactly `YYYY-MM-DD` naming a real day. 0 or -1. */
int cl_date_parse(cl_date *out, const char *s);
/* `YYYY-MM-DD` into buf (at least 11 bytes). */
void cl_date_format(char *buf, cl_date d);
cl_date cl_date_today_utc(void);

/* ------------------------------------------------------------------ */
/* Rules and findings (findings/)                                     */
/* ------------------------------------------------------------------ */

typedef enum { CL_SEV_OFF = 0, CL_SEV_NOTE = 1, CL_SEV_WARNING = 2, CL_SEV_ERROR = 3 } cl_severity;

/* "off", "note", "warning", "error". */
const char *cl_severity_name(cl_severity sev);
/* 0 and *out set, or -1 for an unknown name. */
int cl_severity_parse(cl_severity *out, const char *name);

/*
 * What a rule is tagged with: how the engine treats its findings, and
 * what `clauselint rules --format json` says of it. Tag queries replace
 * lists of rule names kept by hand (docs/architecture.md).
 */
typedef enum {
	/* May report with no document: something missing from the
	 * repository, attached to the configuration file. */
	CL_TAG_REPOSITORY = 1u << 0,
	/* Judges whether content is approved: a change being committed under
	 * --staged can't be yet, so its findings on staged documents are
	 * notes there. */
	CL_TAG_APPROVAL_STATE = 1u << 1,
	/* Evidence that falls due with time (reviews, training, approvals of
	 * records): no commit is what is wrong, so under --staged its
	 * repository-level findings are notes; the pipeline still fails. */
	CL_TAG_EVIDENCE_DUE = 1u << 2,
	/* Judges the ISMS as a whole (clause 5 and A.5.4 content and
	 * records): fires in a repository that lacks most of an ISMS. */
	CL_TAG_ISMS = 1u << 3,
	/* Judges whether an approval counts (approval, approver, signature,
	 * lifecycle and trust rules): no suppression comment and no
	 * baseline hides its findings, and only a configuration in force
	 * sets its severity; what it judges can't silence it. */
	CL_TAG_APPROVAL = 1u << 4,
} cl_rule_tag;

/* How many tags there are; tag i is 1u << i. */
#define CL_TAG_COUNT 5

/* "repository", "approval-state", "evidence-due", "isms", "approval";
 * NULL for a value that is not one tag. */
const char *cl_rule_tag_name(unsigned tag);

/* A rule, as `clauselint rules` and `explain` show it. */
typedef struct {
	const char *name; /* kebab-case, stable */
	cl_severity default_severity;
	const char *clause;  /* "5.2", "A.5.4", or NULL */
	const char *summary; /* one line: fires when ... */
	const char *explain; /* what, why the clause asks it, how to fix */
	unsigned tags;       /* cl_rule_tag bits */
} cl_rule;

/* A table of rules, as a run is handed it: the built-in one is
 * rules/registry.c's, and its order is the order of `clauselint rules`.
 * Opaque here; lib/findings/ruleset.h says what it is made of. */
typedef struct cl_ruleset cl_ruleset;

/* How many rules the table holds, the index-th of them (NULL past the
 * end), and the one named `name` (or NULL). */
size_t cl_ruleset_count(const cl_ruleset *set);
const cl_rule *cl_ruleset_at(const cl_ruleset *set, size_t index);
const cl_rule *cl_ruleset_find(const cl_ruleset *set, const char *name);
/* The rule name `name` likely misspells, for "did you mean"; or NULL. */
const char *cl_ruleset_closest(const cl_ruleset *set, const char *name);

/* A finding's fingerprint: 16 hex digits and the NUL. */
#define CL_FINGERPRINT_HEX 17

typedef struct {
	const cl_rule *rule;
	cl_severity severity; /* effective, never OFF */
	char *path;           /* NULL: repository-level with no file */
	int line, column;     /* 1-based */
	char *message;
	/* A finding about the repository as a whole placed on the document
	 * that should hold the evidence (the training record, the review):
	 * reported whatever PATHs or --changed-since narrow the report to,
	 * and no comment in that document can silence it. */
	int repository_level;
	/* Set by cl_findings_sort: the same finding in another run of another
	 * revision has the same one (see findings/finding.c); "" until
	 * sorted. */
	char fingerprint[CL_FINGERPRINT_HEX];
} cl_finding;

typedef struct {
	cl_finding *items;
	size_t count;
	size_t cap;
} cl_findings;

/* clang-format 14 and 19 lay this out differently (docs/platforms.md). */
/* clang-format off */
#define CL_FINDINGS_INIT {NULL, 0, 0}
/* clang-format on */

void cl_findings_free(cl_findings *list);

/* Why a Markdown file (within `include`) is not a governed document: the
 * summary counts each reason, and `clauselint files` names it. */
typedef enum {
	CL_SKIP_NONE = 0,        /* governed, or reported as a broken one */
	CL_SKIP_NO_FRONT_MATTER, /* no front matter */
	CL_SKIP_UNCLOSED,        /* a first line '---' that is never closed */
	CL_SKIP_NO_TYPE,         /* front matter without a `type` */
	CL_SKIP_OTHER_TYPE,      /* a `type` of another tool's */
	CL_SKIP_BINARY,          /* a NUL byte */
	CL_SKIP_UTF16,           /* UTF-16 text */
	CL_SKIP_NOT_UTF8,        /* front matter that isn't UTF-8 */
	CL_SKIP_TOO_LARGE,       /* over CL_MAX_FILE_BYTES */
	CL_SKIP_EXCLUDED,        /* matched by the configuration's `exclude` */
	CL_SKIP_BUILT_IN,        /* in a folder clauselint never reads */
	CL_SKIP_REASONS
} cl_skip_reason;

/* "without front matter", ...: how the summary and `files` put it; and
 * "no-front-matter", ...: how the JSON report names it. */
const char *cl_skip_reason_text(cl_skip_reason reason);
const char *cl_skip_reason_id(cl_skip_reason reason);

typedef struct {
	size_t documents;
	/* Markdown files within `include` that are no governed document, by
	 * reason ([CL_SKIP_NONE] unused), and those the summary counts in
	 * `documents` were all of it. */
	size_t skipped[CL_SKIP_REASONS];
	size_t errors, warnings, notes;
	/* --baseline: whether one was given, and how many findings it held
	 * back (they are in none of the counts above). */
	int has_baseline;
	size_t baselined;
} cl_summary;

/* The Markdown files the summary counts as not governed. */
size_t cl_summary_skipped(const cl_summary *s);

/* ------------------------------------------------------------------ */
/* A lint run (engine/)                                               */
/* ------------------------------------------------------------------ */

/* What is linted: the working tree (default), the index (--staged), or
 * the tree of a revision (--rev). */
typedef enum { CL_SOURCE_WORKTREE, CL_SOURCE_INDEX, CL_SOURCE_REV } cl_source;

/* How far a run has got, for a progress line (cmd/progress.c): counters
 * the run raises as it goes, read from another thread while it runs. */
typedef struct {
	_Atomic size_t documents_total; /* Markdown files to parse, once known */
	_Atomic size_t documents_parsed;
	_Atomic size_t commits_walked;
} cl_progress;

typedef struct {
	const cl_ruleset *rules;   /* what is checked */
	const char *config_file;   /* -c, relative to the current directory */
	cl_source source;          /* working tree, --staged or --rev */
	const char *rev;           /* --rev REV */
	const char *changed_since; /* --changed-since REV, or NULL */
	cl_date today;
	char *const *paths; /* PATH arguments, relative to the current directory */
	size_t path_count;
	int want_status;           /* fill the status rows too */
	int want_requirements;     /* fill the requirement rows too */
	int want_files;            /* fill the file rows too */
	const char *baseline_file; /* --baseline, relative to the current directory */
	/* --trust-anchor FILE (allowed_signers), relative to the current
	 * directory: the approval that starts the chain of trust must be
	 * signed by one of its keys (docs/approvals.md). */
	const char *trust_anchor;
	cl_progress *progress; /* raised as the run goes; NULL: not counted */
	/* Where what each commit changed is kept between runs
	 * (docs/cache.md); NULL or "": no cache (--no-cache). */
	const char *cache_dir;
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

/* One row of `clauselint files`: a Markdown file (within `include`) and
 * what clauselint makes of it. */
typedef struct {
	char *path;
	const char *state;  /* governed, reported (a file meant to be one that
	                     * can't be read), skipped, excluded */
	cl_skip_reason why; /* for skipped and excluded */
	char *detail;       /* what decided it: "type: policy", "a requirement
	                     * note (Code)", "under governed: policies/",
	                     * "exclude: templates/ (.clauselint.yml)",
	                     * "type: post", ...; "" when nothing more */
} cl_file_row;

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
	 * order of their codes. */
	cl_requirement_row *requirements;
	size_t requirement_count;
	/* With want_files: one per Markdown file, sorted by path. */
	cl_file_row *files;
	size_t file_count;
} cl_run_result;

/*
 * Lints the repository containing the current directory. Returns -1 with
 * a one-line reason on a usage, configuration or repository error (the
 * caller exits 2); findings are not errors. The caller frees *out with
 * cl_run_result_free, also after a failure.
 */
int cl_run(cl_run_result *out, const cl_run_options *opts, cl_error *err);
void cl_run_result_free(cl_run_result *result);

/* ------------------------------------------------------------------ */
/* Reports (output/)                                                  */
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
	/* sarif: the rules to describe, every one of them (not only those
	 * that fired); NULL: none. */
	const cl_ruleset *rules;
} cl_report_options;

/*
 * Writes the whole report of `format` into `out` (so that nothing is
 * half-written when the caller fails to save it). `findings` must be
 * sorted, as cl_run leaves them.
 */
void cl_report_write(cl_buf *out, cl_format format, const cl_findings *findings, const cl_summary *summary,
                     const cl_report_options *opts);
/* The Markdown job summary for $GITHUB_STEP_SUMMARY. */
void cl_report_github_summary(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                              const cl_report_options *opts);

/* The status table (cl_run_result.rows) as aligned text, or as JSON. */
void cl_status_text(cl_buf *out, const cl_run_result *result);
void cl_status_json(cl_buf *out, const cl_run_result *result);
/* The file rows as aligned text, or as JSON. */
void cl_files_text(cl_buf *out, const cl_run_result *result);
void cl_files_json(cl_buf *out, const cl_run_result *result);
/* The requirements table as aligned text (with a closing count, or one
 * line saying there are no requirement notes), or as JSON. */
void cl_requirements_text(cl_buf *out, const cl_run_result *result);
void cl_requirements_json(cl_buf *out, const cl_run_result *result);

/* A message for standard error, or any one line a terminal or a CI log
 * shows: newline, tab and the other C0 controls, DEL and the C1
 * controls written as \n, \t, \xNN and \u00NN, ill-formed UTF-8 byte
 * by byte as \xNN. What a configuration key or a file name holds can't
 * end the line, start a workflow command or drive a terminal. */
void cl_escape_line(cl_buf *out, const char *s);

/* Every rule of the table, for `clauselint rules`: aligned text, or
 * JSON with tags; as Markdown, the rules reference (docs/rules.md) with
 * each rule's explanation. */
void cl_rules_text(cl_buf *out, const cl_ruleset *rules);
void cl_rules_json(cl_buf *out, const cl_ruleset *rules);
void cl_rules_markdown(cl_buf *out, const cl_ruleset *rules);
/* `clauselint explain RULE`: the heading, the summary wrapped at 80
 * columns, and the explanation. */
void cl_rule_explain(cl_buf *out, const cl_rule *rule);

/* ------------------------------------------------------------------ */
/* Starting a repository: clauselint init (init/)                     */
/* ------------------------------------------------------------------ */

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
	cl_strvec approve; /* what top management approves: every file written */
} cl_init_result;

/*
 * Writes the starter ISMS at the root of the working tree that contains
 * `dir`: .clauselint.yml, people.yml, the policy, the roles, the
 * management statement and four records. The CEO is the one in `opts`;
 * the ISMS Lead is the git user (user.name and user.email of the git
 * configuration), who is the CEO too when `opts` names none. With no git
 * user the CEO in `opts` is the ISMS Lead too.
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

/* What `clauselint init --adopt` found and wrote. */
typedef struct {
	char *root; /* the working tree, with a trailing '/' */
	cl_init_people people;
	cl_strvec written; /* .clauselint.yml, and people.yml when there was none */
	int people_existed;
	/* What top management approves to bring the ISMS under approval: the
	 * configuration, the registry, and every document it now governs. */
	cl_strvec approve;
	size_t markdown, governed; /* Markdown files read; documents governed now */
	/* Files in each form: our front matter with a type, comply's header,
	 * a document-control table or blockquote, Dataview fields. */
	size_t ours, comply, control, dataview;
} cl_adopt_result;

/*
 * Adopts the repository containing `dir` as it is: finds the metadata
 * forms and keys its Markdown uses, writes the .clauselint.yml that reads
 * them, and a people.yml to review when there is none; never a starter
 * document, and never over anything (-1 with a one-line reason when a
 * configuration exists, or as cl_init fails). The caller frees *out with
 * cl_adopt_result_free, also after a failure.
 */
int cl_init_adopt(cl_adopt_result *out, const char *dir, const cl_init_options *opts, cl_error *err);
void cl_adopt_result_free(cl_adopt_result *result);

/* Parses "Name <email>" into *name and *email (the caller frees both);
 * -1 with a reason, and both NULL, when it isn't one. */
int cl_init_parse_person(char **name, char **email, const char *s, cl_error *err);

#endif
