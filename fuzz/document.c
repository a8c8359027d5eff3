/*
 * document.c: cl_document_parse (lib/parse/document.c, markdown.c), the
 * parser every Markdown file of a repository goes through: the front
 * matter (YAML, parse/yaml.c), the budget checked before cmark-gfm sees
 * the body (parse/budget.c), then the body with cmark-gfm and its table
 * extension, suppression comments, [[wikilinks]] and the key/value HTML
 * tables of a Dataview export.
 *
 * The input is the file's bytes, at most what the reader hands over
 * (CL_MAX_FILE_BYTES, engine/read.c). Every string a rule reads is walked
 * afterwards, so a dangling pointer or a short table row shows up here
 * rather than in a rule.
 */
#include "fuzz/fuzz.h"
#include "parse/document.h"

static size_t walk(const cl_document *doc)
{
	size_t n = 0;

	for (size_t i = 0; i < doc->link_count; i++)
		n += strlen(doc->links[i].target);
	for (size_t i = 0; i < doc->suppression_count; i++)
		for (size_t r = 0; r < doc->suppressions[i].rules.count; r++)
			n += strlen(doc->suppressions[i].rules.items[r]);
	for (size_t i = 0; i < doc->kv_row_count; i++)
		n += strlen(doc->kv_rows[i].key) + strlen(doc->kv_rows[i].value);
	for (size_t t = 0; t < doc->table_count; t++) {
		const cl_table *table = &doc->tables[t];

		for (size_t c = 0; c < table->columns; c++)
			n += strlen(table->header[c]);
		for (size_t r = 0; r < table->rows; r++)
			for (size_t c = 0; c < table->columns; c++)
				n += strlen(table->cells[r][c]) + (size_t)table->row_lines[r];
	}
	for (size_t i = 0; i < doc->headings.count; i++)
		n += strlen(doc->headings.items[i]) + (size_t)doc->heading_lines[i];
	if (doc->plain_text)
		n += strlen(doc->plain_text);
	return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cl_document *doc;

	if (size > CL_MAX_FILE_BYTES)
		return 0;
	doc = cl_document_parse("policies/fuzz.md", (const char *)data, size);
	walk(doc);
	cl_document_free(doc);
	/* What a version in the history is read with: the front matter alone. */
	doc = cl_document_parse_front_matter("policies/fuzz.md", (const char *)data, size);
	cl_document_free(doc);
	return 0;
}
