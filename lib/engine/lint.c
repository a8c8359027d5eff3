/*
 * lint.c: running the rules and honouring suppression comments.
 */
#include "engine/lint.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* The rules that judge whether content is approved: a change being
 * committed under --staged can't be yet, so they speak as notes there. */
static const char *const approval_state_rules[] = {
        "approval-missing",
        "approval-stale",
        "approval-date-mismatch",
        "review-overdue",
        "review-due-soon",
        "policy-not-communicated",
        NULL,
};

/* Evidence that falls due with time (reviews, training, approvals of
 * records): a commit can't be what is wrong, so under --staged their
 * repository-level findings are notes. The pipeline check still fails. */
static const char *const evidence_due_rules[] = {
        "management-review-missing",
        "resource-approval-missing",
        "management-statement-missing",
        "management-training-exempt",
        NULL,
};

static int is_listed(const cl_rule *rule, const char *const *names)
{
	for (size_t i = 0; names[i]; i++)
		if (strcmp(rule->name, names[i]) == 0)
			return 1;
	return 0;
}

/* Under --staged, what the author can't settle in this commit. */
static int is_staged_note(const cl_lint *lint, const cl_rule *rule, const cl_document *doc)
{
	if (!lint->staged)
		return 0;
	if (doc)
		return doc->staged_change && is_listed(rule, approval_state_rules);
	return is_listed(rule, evidence_due_rules);
}

static int configured(const cl_config *config, const cl_rule *rule)
{
	for (size_t i = 0; config && i < cl_rules_count; i++)
		if (cl_rules[i] == rule)
			return config->rule_severity[i] >= 0;
	return 0;
}

static void report(cl_lint *lint, const char *name, cl_severity escalate, const cl_document *doc, int line,
                   int column, const char *fmt, va_list ap)
{
	const cl_rule *rule = cl_rule_find(name);
	cl_severity sev;
	cl_buf message = CL_BUF_INIT;
	const char *path;

	/* A rule reporting under a name it doesn't have is a bug of ours. */
	assert(rule != NULL);
	if (!rule)
		return;
	sev = cl_config_severity(lint->config, rule);
	if (sev == CL_SEV_OFF)
		return;
	if (escalate > sev && !configured(lint->config, rule))
		sev = escalate;
	if (is_staged_note(lint, rule, doc))
		sev = CL_SEV_NOTE;
	cl_buf_vprintf(&message, fmt, ap);
	path = doc ? doc->path : lint->config ? lint->config->display_path : NULL;
	cl_findings_add(lint->findings, rule, sev, path, line > 0 ? line : 1, column > 0 ? column : 1,
	                message.ptr ? message.ptr : "");
	cl_buf_free(&message);
}

void cl_report(cl_lint *lint, const char *name, const cl_document *doc, int line, int column, const char *fmt,
               ...)
{
	va_list ap;

	va_start(ap, fmt);
	report(lint, name, CL_SEV_OFF, doc, line, column, fmt, ap);
	va_end(ap);
}

void cl_report_escalated(cl_lint *lint, const char *name, cl_severity severity, const cl_document *doc,
                         int line, int column, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	report(lint, name, severity, doc, line, column, fmt, ap);
	va_end(ap);
}

const cl_document *cl_lint_find_id(const cl_lint *lint, const char *id)
{
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];

		if (doc->governed && doc->status != CL_STATUS_RETIRED && doc->id && strcmp(doc->id, id) == 0)
			return doc;
	}
	return NULL;
}

static int names_rule(const cl_suppression *s, const char *rule)
{
	if (!s->rules.count)
		return 1;
	for (size_t i = 0; i < s->rules.count; i++)
		if (strcmp(s->rules.items[i], rule) == 0)
			return 1;
	return 0;
}

/* The first of doc's line-ordered comments (after the file-wide ones)
 * whose line is greater than `line`. */
static size_t comments_after(const cl_document *doc, int line)
{
	size_t lo = doc->file_suppression_count, hi = doc->suppression_count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (doc->suppressions[mid].line <= line)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * markdownlint's semantics: a file-wide comment covers every line; the
 * last disable or enable at or before the line that names the rule (or
 * names none) decides; a next-line comment covers the line after it. The
 * comments are searched from the finding's line backwards, so a document
 * with many comments costs a binary search per finding, not a pass.
 */
int cl_suppressed(const cl_document *doc, const char *rule, int line)
{
	size_t i = comments_after(doc, line);

	for (size_t f = 0; f < doc->file_suppression_count; f++)
		if (names_rule(&doc->suppressions[f], rule))
			return 1;
	while (i-- > doc->file_suppression_count) {
		const cl_suppression *s = &doc->suppressions[i];

		if (!names_rule(s, rule))
			continue;
		if (s->kind == CL_SUPPRESS_DISABLE_LINE && s->line == line)
			return 1;
		if (s->kind == CL_SUPPRESS_DISABLE_NEXT_LINE && s->line + 1 == line)
			return 1;
		if (s->kind == CL_SUPPRESS_DISABLE)
			return 1;
		if (s->kind == CL_SUPPRESS_ENABLE)
			return 0;
	}
	return 0;
}

static void apply_suppressions(cl_lint *lint)
{
	cl_findings *list = lint->findings;
	size_t kept = 0;

	for (size_t i = 0; i < list->count; i++) {
		cl_finding *f = &list->items[i];
		const cl_document *doc =
		        f->path ? cl_documents_find(lint->documents, lint->document_count, f->path) : NULL;

		if (doc && cl_suppressed(doc, f->rule->name, f->line)) {
			free(f->path);
			free(f->message);
			continue;
		}
		list->items[kept++] = *f;
	}
	list->count = kept;
}

void cl_lint_run(cl_lint *lint)
{
	cl_check_front_matter(lint);
	cl_check_duplicate_id(lint);
	cl_check_unknown_clause(lint);
	cl_check_broken_link(lint);
	cl_check_requirement_notes(lint);
	cl_check_history_shallow(lint);
	cl_check_approval(lint);
	cl_check_approval_unverified(lint);
	cl_check_approvers(lint);
	cl_check_review(lint);
	cl_check_policy(lint);
	cl_check_roles(lint);
	cl_check_management(lint);
	apply_suppressions(lint);
	cl_findings_sort(lint->findings);
}
