/*
 * status.c: `clauselint status`, the register of documents an ISMS lead
 * keeps by hand in a spreadsheet, read from git instead: for each
 * governed document, who approved which version when, what changed since,
 * and when its review is due.
 */
#include "clauselint.h"
#include "../rules/rules.h"

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

static const char *state_of(const cl_lint *lint, const cl_document *doc, const cl_approval *a, cl_date due)
{
	if (doc->status == CL_STATUS_DRAFT)
		return "draft";
	if (lint->shallow)
		return "unknown";
	if (!cl_needs_approval(lint, doc))
		return "record";
	if (!a)
		return doc->history->earlier ? "stale" : "never approved";
	/* An approval by someone who may not give it is no approval: the
	 * table must not say "approved" where check reports an error. */
	if (!cl_approval_by_approver(lint, doc, a))
		return "wrong approver";
	return cl_date_days(due) < cl_date_days(lint->today) ? "overdue" : "approved";
}

static void fill_history(cl_status_row *row, const cl_lint *lint, const cl_document *doc)
{
	const cl_doc_history *h = doc->history;
	const cl_approval *a = cl_current_approval(doc);
	/* A stale document shows the approval it has drifted from. */
	const cl_approval *shown = a ? a : h ? h->earlier : NULL;
	cl_date due = {0, 0, 0};

	if (a) {
		due = cl_date_add(a->date, cl_review_interval(lint, doc));
		cl_date_format(row->review_due, due);
	}
	if (shown)
		cl_date_format(row->approved_on, shown->date);
	row->approved_by = approver_names(shown);
	row->approval_commit = short_commit(shown ? shown->commit : "");
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

		if (!cl_rule_applies(doc) || doc->type == CL_TYPE_REQUIREMENT)
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
	free(r->id);
	free(r->path);
	free(r->type);
	free(r->version);
	free(r->approved_by);
	free(r->approval_commit);
	free(r->last_change_by);
	free(r->last_change_commit);
	memset(r, 0, sizeof(*r));
}

void cl_status_rows_free(cl_run_result *result)
{
	for (size_t i = 0; i < result->row_count; i++)
		cl_status_row_clear(&result->rows[i]);
	free(result->rows);
	result->rows = NULL;
	result->row_count = 0;
}

/* ---- text ---- */

enum { COLUMNS = 8 };

static const char *const headings[COLUMNS] = {"ID",          "VERSION",     "STATE",      "APPROVED",
                                              "APPROVED BY", "LAST CHANGE", "REVIEW DUE", "PATH"};

static void row_cells(char **cells, const cl_status_row *r)
{
	cells[0] = cl_strdup(*r->id ? r->id : "-");
	cells[1] = cl_strdup(*r->version ? r->version : "-");
	cells[2] = cl_strdup(r->state);
	cells[3] = cl_strdup(*r->approved_on ? r->approved_on : "-");
	cells[4] = cl_strdup(*r->approved_by ? r->approved_by : "-");
	if (*r->last_change)
		cells[5] = cl_printf("%s %s (%s)", r->last_change, r->last_change_by, r->last_change_commit);
	else
		cells[5] = cl_strdup(*r->last_change_by ? r->last_change_by : "-");
	cells[6] = cl_strdup(*r->review_due ? r->review_due : "-");
	cells[7] = cl_strdup(r->path);
}

/* Columns are as wide as their widest cell; the path comes last so a
 * long one doesn't push the others about. Cells are quoted like paths so
 * a control character can't break the table or drive the terminal. */
void cl_status_text(cl_buf *out, const cl_run_result *result)
{
	size_t n = result->row_count, width[COLUMNS];
	char **cells = cl_calloc((n + 1) * COLUMNS, sizeof(char *));

	for (size_t c = 0; c < COLUMNS; c++)
		cells[c] = cl_strdup(headings[c]);
	for (size_t i = 0; i < n; i++)
		row_cells(&cells[(i + 1) * COLUMNS], &result->rows[i]);
	for (size_t i = 0; i < (n + 1) * COLUMNS; i++) {
		char *quoted = cl_table_cell(cells[i]);

		free(cells[i]);
		cells[i] = quoted;
	}
	for (size_t c = 0; c < COLUMNS; c++) {
		width[c] = 0;
		for (size_t i = 0; i <= n; i++)
			if (strlen(cells[i * COLUMNS + c]) > width[c])
				width[c] = strlen(cells[i * COLUMNS + c]);
	}
	for (size_t i = 0; i <= n; i++) {
		for (size_t c = 0; c < COLUMNS; c++) {
			if (c + 1 < COLUMNS)
				cl_buf_printf(out, "%-*s  ", (int)width[c], cells[i * COLUMNS + c]);
			else
				cl_buf_printf(out, "%s\n", cells[i * COLUMNS + c]);
		}
	}
	for (size_t i = 0; i < (n + 1) * COLUMNS; i++)
		free(cells[i]);
	free(cells);
}

/* ---- json ---- */

static void json_field(cl_buf *out, const char *name, const char *value, int last)
{
	cl_buf_printf(out, "\"%s\": ", name);
	if (value && *value)
		cl_escape_json(out, value);
	else
		cl_buf_puts(out, "null");
	cl_buf_puts(out, last ? "}" : ", ");
}

void cl_status_json(cl_buf *out, const cl_run_result *result)
{
	cl_buf_printf(out,
	              "{\n  \"version\": 1,\n  \"tool\": {\"name\": \"clauselint\", \"version\": \"%s\"},\n",
	              CL_VERSION);
	cl_buf_puts(out, "  \"documents\": [");
	for (size_t i = 0; i < result->row_count; i++) {
		const cl_status_row *r = &result->rows[i];

		cl_buf_puts(out, i ? ",\n    {" : "\n    {");
		json_field(out, "id", r->id, 0);
		json_field(out, "path", r->path, 0);
		json_field(out, "type", r->type, 0);
		json_field(out, "version", r->version, 0);
		json_field(out, "state", r->state, 0);
		json_field(out, "approved_on", r->approved_on, 0);
		json_field(out, "approved_by", r->approved_by, 0);
		json_field(out, "approval_commit", r->approval_commit, 0);
		json_field(out, "last_change", r->last_change, 0);
		json_field(out, "last_change_by", r->last_change_by, 0);
		json_field(out, "last_change_commit", r->last_change_commit, 0);
		json_field(out, "review_due", r->review_due, 1);
	}
	cl_buf_puts(out, result->row_count ? "\n  ]\n}\n" : "]\n}\n");
}
