/*
 * status.c: the table of `clauselint status`, the register of documents
 * an ISMS lead keeps by hand in a spreadsheet, as aligned text or JSON.
 */
#include "output/output.h"

#include <stdlib.h>
#include <string.h>

/* ---- text ---- */

enum { COLUMNS = 9 };

static const char *const headings[COLUMNS] = {"ID",          "VERSION",     "STATE",
                                              "APPROVED",    "APPROVED BY", "SIGNATURE",
                                              "LAST CHANGE", "REVIEW DUE",  "PATH"};

static void row_cells(char **cells, const cl_status_row *r)
{
	cells[0] = cl_strdup(*r->id ? r->id : "-");
	cells[1] = cl_strdup(*r->version ? r->version : "-");
	cells[2] = cl_strdup(r->state);
	cells[3] = cl_strdup(*r->approved_on ? r->approved_on : "-");
	cells[4] = cl_strdup(*r->approved_by ? r->approved_by : "-");
	cells[5] = cl_strdup(r->signature && *r->signature ? r->signature : "-");
	if (*r->last_change)
		cells[6] = cl_printf("%s %s (%s)", r->last_change, r->last_change_by, r->last_change_commit);
	else
		cells[6] = cl_strdup(*r->last_change_by ? r->last_change_by : "-");
	cells[7] = cl_strdup(*r->review_due ? r->review_due : "-");
	cells[8] = cl_strdup(r->path);
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
		json_field(out, "signature", r->signature, 0);
		json_field(out, "last_change", r->last_change, 0);
		json_field(out, "last_change_by", r->last_change_by, 0);
		json_field(out, "last_change_commit", r->last_change_commit, 0);
		json_field(out, "review_due", r->review_due, 1);
	}
	cl_buf_puts(out, result->row_count ? "\n  ]\n}\n" : "]\n}\n");
}
