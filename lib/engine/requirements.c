/*
 * requirements.c: `clauselint status --requirements`, the coverage half of
 * a statement of applicability: for each requirement note of the vault,
 * which active documents claim its code. A requirement with no document
 * behind it is what an auditor finds first; this is the table that shows
 * it before they do (requirement-uncovered says the same as a finding).
 */
#include "engine/rows.h"
#include "model/approval.h"
#include "model/records.h"

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
	return cl_document_in_scope(doc) && doc->type != CL_TYPE_REQUIREMENT &&
	       doc->status == CL_STATUS_ACTIVE && cl_document_claims(doc, code);
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

		if (!cl_document_in_scope(doc) || doc->type != CL_TYPE_REQUIREMENT)
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
	if (!row)
		return;
	free(row->code);
	free(row->name);
	free(row->path);
	cl_strvec_free(&row->documents);
	memset(row, 0, sizeof(*row));
}

void cl_requirements_free(cl_run_result *result)
{
	if (!result)
		return;
	for (size_t i = 0; i < result->requirement_count; i++)
		cl_requirement_row_clear(&result->requirements[i]);
	free(result->requirements);
	result->requirements = NULL;
	result->requirement_count = 0;
}
