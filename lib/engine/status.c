/*
 * status.c: `clauselint status`, the register of documents an ISMS lead
 * keeps by hand in a spreadsheet, read from git instead: for each
 * governed document, who approved which version when, what changed since,
 * and when its review is due.
 */
#include "engine/rows.h"
#include "model/approval.h"

#include <stdlib.h>
#include <string.h>

static char *text_or_empty(const cl_document *doc, const char *key)
{
	const char *text = cl_yaml_text(cl_document_field(doc, key));

	return cl_strdup(text ? text : "");
}

static char *short_commit(const char *commit)
{
	return cl_strndup(commit, *commit ? 7 : 0);
}

static char *approver_names(const cl_approval *a)
{
	cl_buf out = CL_BUF_INIT;

	for (size_t i = 0; a && i < a->approver_count; i++) {
		const cl_identity *id = &a->approvers[i];

		cl_buf_printf(&out, "%s%s", i ? ", " : "", id->person ? id->person->name : id->name);
	}
	return cl_buf_detach(&out);
}

/* Whether the approval is signed by its approver, for the SIGNATURE
 * column; "" when there is no approval to show. */
static char *signature_of(const cl_approval *a)
{
	if (!a)
		return cl_strdup("");
	switch (a->verification) {
	case CL_VERIFY_VERIFIED:
		return cl_strdup("verified");
	case CL_VERIFY_UNSIGNED:
		return cl_strdup("unsigned");
	case CL_VERIFY_INVALID:
		return cl_strdup("invalid");
	case CL_VERIFY_UNSUPPORTED:
		return cl_printf("unsupported: %s", a->signature_detail);
	case CL_VERIFY_MALFORMED:
		return cl_printf("malformed: %s", a->signature_detail);
	case CL_VERIFY_UNKNOWN_KEY:
		return cl_strdup("unknown key");
	case CL_VERIFY_WRONG_KEY:
		return cl_strdup("wrong key");
	case CL_VERIFY_NOT_PRESENT:
		return cl_strdup("outside since/until");
	default:
		return cl_strdup("");
	}
}

static const char *state_of(const cl_lint *lint, const cl_document *doc, const cl_approval *a, cl_date due)
{
	if (doc->status == CL_STATUS_DRAFT)
		return "draft";
	if (lint->shallow)
		return "unknown";
	if (!cl_needs_approval(doc))
		return "record";
	if (!a && doc->history->unverified_count)
		return "unverified";
	if (!a)
		return doc->history->earlier ? "stale" : "never approved";
	/* An approval by someone who may not give it is no approval: the
	 * table must not say "approved" where check reports an error. */
	if (!cl_approval_by_approver(lint->config, doc, a))
		return "wrong approver";
	return cl_date_days(due) < cl_date_days(lint->today) ? "overdue" : "approved";
}

static void fill_history(cl_status_row *row, const cl_lint *lint, const cl_document *doc)
{
	const cl_doc_history *h = doc->history;
	const cl_approval *a = cl_current_approval(doc);
	/* An unverified document shows its newest unverified approval, a
	 * stale one the approval it has drifted from. */
	const cl_approval *shown = a                          ? a
	                           : h && h->unverified_count ? h->unverified[0]
	                           : h                        ? h->earlier
	                                                      : NULL;
	cl_date due = {0, 0, 0};

	if (a) {
		due = cl_date_add(a->date, cl_review_interval(lint->config, doc));
		cl_date_format(row->review_due, due);
	}
	if (shown)
		cl_date_format(row->approved_on, shown->date);
	row->approved_by = approver_names(shown);
	row->approval_commit = short_commit(shown ? shown->commit : "");
	row->signature = signature_of(shown);
	row->state = state_of(lint, doc, a, due);
	if (h && h->has_change && !h->uncommitted) {
		cl_date_format(row->last_change, h->change.date);
		row->last_change_by = cl_strdup(h->change.author.person ? h->change.author.person->name
		                                                        : h->change.author.name);
		row->last_change_commit = short_commit(h->change.commit);
	} else {
		row->last_change_by = cl_strdup(h && h->uncommitted ? "(not committed)" : "");
		row->last_change_commit = cl_strdup("");
	}
}

void cl_status_collect(cl_run_result *result, const cl_lint *lint)
{
	result->rows = cl_calloc(lint->document_count, sizeof(cl_status_row));
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];
		cl_status_row *row;

		if (!cl_document_in_scope(doc) || doc->type == CL_TYPE_REQUIREMENT)
			continue;
		row = &result->rows[result->row_count++];
		row->id = text_or_empty(doc, "id");
		row->path = cl_strdup(doc->path);
		row->type = cl_strdup(cl_doc_type_name(doc->type) ? cl_doc_type_name(doc->type) : "");
		row->version = text_or_empty(doc, "version");
		fill_history(row, lint, doc);
	}
}

void cl_status_row_clear(cl_status_row *r)
{
	if (!r)
		return;
	free(r->id);
	free(r->path);
	free(r->type);
	free(r->version);
	free(r->approved_by);
	free(r->approval_commit);
	free(r->signature);
	free(r->last_change_by);
	free(r->last_change_commit);
	memset(r, 0, sizeof(*r));
}

void cl_status_rows_free(cl_run_result *result)
{
	if (!result)
		return;
	for (size_t i = 0; i < result->row_count; i++)
		cl_status_row_clear(&result->rows[i]);
	free(result->rows);
	result->rows = NULL;
	result->row_count = 0;
}
