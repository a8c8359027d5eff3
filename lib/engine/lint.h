/*
 * lint.h: running the rules over documents that have been read, and
 * honouring their suppression comments.
 */
#ifndef CL_LINT_H
#define CL_LINT_H

#include "config/config.h"
#include "config/people.h"
#include "findings/findings.h"
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
 * `doc` (markdownlint's semantics). */
int cl_suppressed(const cl_document *doc, const char *rule, int line);

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

#endif
