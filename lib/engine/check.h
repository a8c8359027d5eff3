/*
 * check.h: the seam between the engine and the rules. A rule file
 * (rules/) exports a cl_rule_group whose check is handed a cl_lint: the
 * documents read, the configuration and people in force, today's date;
 * it fires findings through the rule descriptors it owns. The engine
 * runs the groups of the table it is handed and knows no rule file.
 */
#ifndef CL_CHECK_H
#define CL_CHECK_H

#include "config/config.h"
#include "config/people.h"
#include "findings/findings.h"
#include "findings/ruleset.h"
#include "model/lifecycle.h"
#include "model/trust.h"
#include "parse/document.h"

typedef struct cl_lint cl_lint;

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
	/* The trust inputs: the linted versions against those in force;
	 * NULL in a test of other rules. */
	const cl_trust_state *trust;
	/* The documents that left what is in force (model/lifecycle.h). */
	const cl_lost_document *lost;
	size_t lost_count;
	/* The commits refused as approvals, too large to read (history.h). */
	const cl_refused_approval *refused;
	size_t refused_count;
	/* Governed, not retired documents by id (cl_lint_index_ids): a link
	 * by id is looked up per link, and a scan each made 10,000
	 * documents quadratic. NULL: cl_lint_find_id scans. */
	cl_map *by_id;
	/* No configuration file, and Markdown files but none governed: a
	 * repository that isn't (yet) an ISMS, such as a tool's own clone.
	 * nothing-governed says how to adopt it; the ISMS rules' findings
	 * about the repository as a whole (no policy, no review) wait until
	 * it is (set by cl_lint_run). */
	int unadopted;
};

/* Builds lint->by_id (the first document of each id, in path order, as
 * the scan found it); cl_lint_free_ids frees it. */
void cl_lint_index_ids(cl_lint *lint);
void cl_lint_free_ids(cl_lint *lint);

/*
 * Fires a finding of `rule` at doc's path, or at the configuration file
 * when `doc` is NULL (a repository-level finding). The configured
 * severity applies; a rule that is off fires nothing.
 */
void cl_fire(cl_lint *lint, const cl_rule *rule, const cl_document *doc, int line, int column,
             const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* The same at line 1 of `path`, a file that is no document (a trust
 * input), or of the configuration when `path` is NULL. `staged_change`:
 * under --staged, what is found is a change being committed, which
 * can't be approved yet, so it is a note. */
void cl_fire_at(cl_lint *lint, const cl_rule *rule, const char *path, int staged_change, const char *fmt, ...)
        __attribute__((format(printf, 5, 6)));

/* A repository-level finding (the rule is tagged CL_TAG_REPOSITORY)
 * about missing evidence, placed at `line` of the document that should
 * hold it, `record`, or at the configuration when there is none: the
 * fix is made there, and an editor or a pull-request annotation shows it
 * there. It stays repository-level: no PATH argument or --changed-since
 * leaves it out, no suppression comment in `record` hides it, and
 * --staged makes it a note as it would without a place. */
void cl_fire_evidence(cl_lint *lint, const cl_rule *rule, const cl_document *record, int line,
                      const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* The same, at `severity` when that is graver than the rule's and the
 * configuration doesn't set the rule's severity itself (a rule whose
 * finding is graver in some cases). */
void cl_fire_escalated(cl_lint *lint, const cl_rule *rule, cl_severity severity, const cl_document *doc,
                       int line, int column, const char *fmt, ...) __attribute__((format(printf, 7, 8)));

/* The governed document with id `id`, active or draft, or NULL. */
const cl_document *cl_lint_find_id(const cl_lint *lint, const char *id);

#endif
