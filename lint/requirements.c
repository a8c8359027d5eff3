/*
 * requirements.c: `clauselint status --requirements`, the coverage half of
 * a statement of applicability: for each requirement note of the vault,
 * which active documents claim its code. A requirement with no document
 * behind it is what an auditor finds first; this is the table that shows
 * it before they do (requirement-uncovered says the same as a finding).
 */
#include "clauselint.h"
#include "../rules/rules.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- the natural order of codes ---- */

/* The length of the run of digits at s, after its leading zeros. */
static size_t digits(const char **s)
{
	const char *p;

	while (**s == '0' && isdigit((unsigned char)(*s)[1]))
		(*s)++;
	for (p = *s; isdigit((unsigned char)*p); p++)
		;
	return (size_t)(p - *s);
}

/* Runs of digits compare by value (a longer run, without leading zeros,
 * is larger), everything else byte by byte: digits sort before letters,
 * so clauses come before Annex A controls. */
int cl_code_compare(const char *a, const char *b)
{
	while (*a && *b) {
		if (isdigit((unsigned char)*a) && isdigit((unsigned char)*b)) {
			size_t na = digits(&a), nb = digits(&b);
			int c;

			if (na != nb)
				return na < nb ? -1 : 1;
			c = strncmp(a, b, na);
			if (c)
				return c;
			a += na;
			b += nb;
			continue;
		}
		if (*a != *b)
			return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
		a++;
		b++;
	}
	return *a ? 1 : *b ? -1 : 0;
}

/* ---- collecting the rows ---- */

/* What identifies a document in the table: its id, else its path. */
static const char *document_name(const cl_document *doc)
{
	return doc->id && *doc->id ? doc->id : doc->path;
}

/* The documents requirement-uncovered counts: active, governed, readable,
 * not themselves notes. */
static int claims(const cl_document *doc, const char *code)
{
	return cl_rule_applies(doc) && doc->type != CL_TYPE_REQUIREMENT && doc->status == CL_STATUS_ACTIVE &&
	       cl_document_claims(doc, code);
}

static int compare_strings(const void *a, const void *b)
{
	return cl_code_compare(*(char *const *)a, *(char *const *)b);
}

static void collect_claimants(cl_strvec *out, const cl_lint *lint, const char *code)
{
	size_t kept = 0;

	for (size_t i = 0; i < lint->document_count; i++)
		if (claims(lint->documents[i], code))
			cl_strvec_push(out, document_name(lint->documents[i]));
	if (out->count < 2)
		return;
	qsort(out->items, out->count, sizeof(char *), compare_strings);
	/* Two documents may share an id (duplicate-id says so): name it once. */
	for (size_t i = 0; i < out->count; i++) {
		if (kept && strcmp(out->items[kept - 1], out->items[i]) == 0)
			free(out->items[i]);
		else
			out->items[kept++] = out->items[i];
	}
	out->count = kept;
}

/* Notes without a usable code last, then by path. */
static int compare_rows(const void *a, const void *b)
{
	const cl_requirement_row *ra = a, *rb = b;
	int c;

	if (!ra->code || !rb->code)
		c = !ra->code - !rb->code;
	else
		c = cl_code_compare(ra->code, rb->code);
	return c ? c : strcmp(ra->path, rb->path);
}

void cl_requirements_collect(cl_run_result *result, const cl_lint *lint)
{
	result->requirements =
	        cl_calloc(lint->document_count ? lint->document_count : 1, sizeof(cl_requirement_row));
	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];
		const char *name;
		cl_requirement_row *row;

		if (!cl_rule_applies(doc) || doc->type != CL_TYPE_REQUIREMENT)
			continue;
		row = &result->requirements[result->requirement_count++];
		name = cl_yaml_text(cl_document_field(doc, "Name"));
		row->code = cl_requirement_code(doc);
		row->name = cl_strdup(name ? name : "");
		row->path = cl_strdup(doc->path);
		if (row->code)
			collect_claimants(&row->documents, lint, row->code);
	}
	qsort(result->requirements, result->requirement_count, sizeof(cl_requirement_row), compare_rows);
}

void cl_requirement_row_clear(cl_requirement_row *row)
{
	free(row->code);
	free(row->name);
	free(row->path);
	cl_strvec_free(&row->documents);
	memset(row, 0, sizeof(*row));
}

void cl_requirements_free(cl_run_result *result)
{
	for (size_t i = 0; i < result->requirement_count; i++)
		cl_requirement_row_clear(&result->requirements[i]);
	free(result->requirements);
	result->requirements = NULL;
	result->requirement_count = 0;
}

/* ---- text ---- */

enum { COLUMNS = 4 };

static const char *const headings[COLUMNS] = {"CODE", "NAME", "PATH", "DOCUMENTS"};

char *cl_table_cell(const char *text)
{
	cl_buf q = CL_BUF_INIT;
	char *s;

	cl_quote_path(&q, text);
	s = cl_buf_detach(&q);
	for (unsigned char *p = (unsigned char *)s; *p; p++)
		if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
			p[0] = ' ';
			p[1] = ' ';
		}
	return s;
}

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
