/*
 * requirements.c: the table of `clauselint status --requirements`, as
 * aligned text or JSON.
 */
#include "output/output.h"

#include <stdlib.h>
#include <string.h>

/* ---- text ---- */

enum { COLUMNS = 4 };

static const char *const headings[COLUMNS] = {"CODE", "NAME", "PATH", "DOCUMENTS"};

/* Columns are aligned by characters, not bytes: names may be UTF-8. */
static size_t width_of(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

static char *documents_cell(const cl_requirement_row *r)
{
	cl_buf out = CL_BUF_INIT;

	if (!r->documents.count)
		return cl_strdup("\xe2\x80\x94"); /* an em dash: uncovered */
	for (size_t i = 0; i < r->documents.count; i++)
		cl_buf_printf(&out, "%s%s", i ? ", " : "", r->documents.items[i]);
	return cl_buf_detach(&out);
}

static void row_cells(char **cells, const cl_requirement_row *r)
{
	char *documents = documents_cell(r);

	cells[0] = cl_table_cell(r->code ? r->code : "-");
	cells[1] = cl_table_cell(*r->name ? r->name : "-");
	cells[2] = cl_table_cell(r->path);
	cells[3] = cl_table_cell(documents);
	free(documents);
}

static void summary_line(cl_buf *out, const cl_run_result *result)
{
	size_t n = result->requirement_count, uncovered = 0;

	for (size_t i = 0; i < n; i++)
		uncovered += result->requirements[i].documents.count == 0;
	if (!uncovered)
		cl_buf_printf(out, "%zu requirement note%s, %sclaimed by an active document\n", n,
		              n == 1 ? "" : "s", n == 1 ? "" : "each ");
	else
		cl_buf_printf(out, "%zu requirement note%s, %zu claimed by no active document\n", n,
		              n == 1 ? "" : "s", uncovered);
}

/* The same layout as the status table; the documents come last, as the
 * one column without a bound. */
void cl_requirements_text(cl_buf *out, const cl_run_result *result)
{
	size_t n = result->requirement_count, width[COLUMNS];
	char **cells;

	if (!n) {
		cl_buf_puts(
		        out,
		        "no requirement notes: a requirement note is a Markdown file whose front matter has Name, Code, Framework, Section and Category\n");
		return;
	}
	cells = cl_calloc((n + 1) * COLUMNS, sizeof(char *));
	for (size_t c = 0; c < COLUMNS; c++)
		cells[c] = cl_strdup(headings[c]);
	for (size_t i = 0; i < n; i++)
		row_cells(&cells[(i + 1) * COLUMNS], &result->requirements[i]);
	for (size_t c = 0; c < COLUMNS; c++) {
		width[c] = 0;
		for (size_t i = 0; i <= n; i++)
			if (width_of(cells[i * COLUMNS + c]) > width[c])
				width[c] = width_of(cells[i * COLUMNS + c]);
	}
	for (size_t i = 0; i <= n; i++) {
		for (size_t c = 0; c < COLUMNS; c++) {
			const char *text = cells[i * COLUMNS + c];

			if (c + 1 == COLUMNS) {
				cl_buf_printf(out, "%s\n", text);
				continue;
			}
			cl_buf_puts(out, text);
			for (size_t pad = width_of(text); pad < width[c] + 2; pad++)
				cl_buf_putc(out, ' ');
		}
	}
	summary_line(out, result);
	for (size_t i = 0; i < (n + 1) * COLUMNS; i++)
		free(cells[i]);
	free(cells);
}

/* ---- json ---- */

static void json_string_or_null(cl_buf *out, const char *s)
{
	if (s)
		cl_escape_json(out, s);
	else
		cl_buf_puts(out, "null");
}

void cl_requirements_json(cl_buf *out, const cl_run_result *result)
{
	cl_buf_printf(out,
	              "{\n  \"version\": 1,\n  \"tool\": {\"name\": \"clauselint\", \"version\": \"%s\"},\n",
	              CL_VERSION);
	cl_buf_puts(out, "  \"requirements\": [");
	for (size_t i = 0; i < result->requirement_count; i++) {
		const cl_requirement_row *r = &result->requirements[i];

		cl_buf_puts(out, i ? ",\n    {\"code\": " : "\n    {\"code\": ");
		json_string_or_null(out, r->code);
		cl_buf_puts(out, ", \"name\": ");
		json_string_or_null(out, *r->name ? r->name : NULL);
		cl_buf_puts(out, ", \"path\": ");
		cl_escape_json(out, r->path);
		cl_buf_puts(out, ", \"documents\": [");
		for (size_t d = 0; d < r->documents.count; d++) {
			if (d)
				cl_buf_puts(out, ", ");
			cl_escape_json(out, r->documents.items[d]);
		}
		cl_buf_puts(out, "]}");
	}
	cl_buf_puts(out, result->requirement_count ? "\n  ]\n}\n" : "]\n}\n");
}
