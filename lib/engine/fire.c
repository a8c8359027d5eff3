/*
 * fire.c: how a rule's finding becomes part of the run: at the severity
 * the configuration gives the rule, or a note under --staged for what the
 * author can't settle in the commit being made (the rule's tags say
 * which).
 */
#include "engine/check.h"

#include <stdlib.h>
#include <string.h>

/* Under --staged, what the author can't settle in this commit. */
static int is_staged_note(const cl_lint *lint, const cl_rule *rule, const cl_document *doc)
{
	if (!lint->staged)
		return 0;
	if (doc)
		return doc->staged_change && (rule->tags & CL_TAG_APPROVAL_STATE);
	return (rule->tags & CL_TAG_EVIDENCE_DUE) != 0;
}

/* The severity the configuration gives the rule. A configuration nobody
 * approved (a repository adopting clauselint) can't lower the rules that
 * judge approvals: one could switch off the finding that says it isn't
 * approved. */
static cl_severity configured_severity(const cl_lint *lint, const cl_rule *rule)
{
	if ((rule->tags & CL_TAG_APPROVAL) && lint->config && !lint->config->trusted)
		return rule->default_severity;
	return cl_config_severity(lint->config, rule);
}

/* The longest word of input a message quotes whole: link targets and
 * table cells are the author's, and may be the whole file. */
#define CL_MAX_QUOTED_WORD 200

/* Where a finding goes, and whether --staged makes it a note. */
typedef struct {
	const cl_document *doc;
	const char *path; /* when not a document's */
	int staged_note;
	int repository_level; /* on doc, but about the repository */
} place;

static void fire(cl_lint *lint, const cl_rule *rule, cl_severity escalate, const place *at, int line,
                 int column, const char *fmt, va_list ap)
{
	cl_severity sev = configured_severity(lint, rule);
	cl_buf message = CL_BUF_INIT;
	char *text;
	const char *path = at->doc ? at->doc->path : at->path;

	if (sev == CL_SEV_OFF)
		return;
	if (lint->unadopted && (rule->tags & CL_TAG_ISMS) && !at->doc && !at->path)
		return;
	if (escalate > sev && (!cl_config_sets_severity(lint->config, rule) || !lint->config->trusted))
		sev = escalate;
	if (at->staged_note ||
	    (!at->path && is_staged_note(lint, rule, at->repository_level ? NULL : at->doc)))
		sev = CL_SEV_NOTE;
	cl_buf_vprintf(&message, fmt, ap);
	text = cl_elide_long_words(message.ptr ? message.ptr : "", CL_MAX_QUOTED_WORD);
	if (!path)
		path = lint->config ? lint->config->display_path : NULL;
	cl_findings_add(lint->findings, rule, sev, path, line > 0 ? line : 1, column > 0 ? column : 1, text);
	lint->findings->items[lint->findings->count - 1].repository_level = at->repository_level;
	free(text);
	cl_buf_free(&message);
}

void cl_fire(cl_lint *lint, const cl_rule *rule, const cl_document *doc, int line, int column,
             const char *fmt, ...)
{
	va_list ap;

	place at = {doc, NULL, 0, 0};

	va_start(ap, fmt);
	fire(lint, rule, CL_SEV_OFF, &at, line, column, fmt, ap);
	va_end(ap);
}

void cl_fire_evidence(cl_lint *lint, const cl_rule *rule, const cl_document *record, int line,
                      const char *fmt, ...)
{
	va_list ap;
	place at = {record, NULL, 0, record != NULL};

	va_start(ap, fmt);
	fire(lint, rule, CL_SEV_OFF, &at, record ? line : 1, 1, fmt, ap);
	va_end(ap);
}

void cl_fire_at(cl_lint *lint, const cl_rule *rule, const char *path, int staged_change, const char *fmt, ...)
{
	va_list ap;
	place at = {NULL, path, lint->staged && staged_change, 0};

	va_start(ap, fmt);
	fire(lint, rule, CL_SEV_OFF, &at, 1, 1, fmt, ap);
	va_end(ap);
}

void cl_fire_escalated(cl_lint *lint, const cl_rule *rule, cl_severity severity, const cl_document *doc,
                       int line, int column, const char *fmt, ...)
{
	va_list ap;

	place at = {doc, NULL, 0, 0};

	va_start(ap, fmt);
	fire(lint, rule, severity, &at, line, column, fmt, ap);
	va_end(ap);
}

static int linkable(const cl_document *doc)
{
	return doc->governed && doc->status != CL_STATUS_RETIRED && doc->id;
}

void cl_lint_index_ids(cl_lint *lint)
{
	lint->by_id = cl_calloc(1, sizeof(*lint->by_id));
	for (size_t i = 0; i < lint->document_count; i++) {
		cl_document *doc = lint->documents[i];

		if (linkable(doc) && !cl_map_gets(lint->by_id, doc->id))
			cl_map_puts(lint->by_id, doc->id, doc);
	}
}

void cl_lint_free_ids(cl_lint *lint)
{
	if (lint->by_id)
		cl_map_free(lint->by_id);
	free(lint->by_id);
	lint->by_id = NULL;
}

const cl_document *cl_lint_find_id(const cl_lint *lint, const char *id)
{
	if (lint->by_id)
		return cl_map_gets(lint->by_id, id);
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];

		if (linkable(doc) && strcmp(doc->id, id) == 0)
			return doc;
	}
	return NULL;
}
