/*
 * markdown.h: what document.c and markdown.c share, and nobody else
 * needs.
 */
#ifndef CL_MARKDOWN_H
#define CL_MARKDOWN_H

#include "parse/document.h"

/* The 1-based line and column of byte `offset` of `data`. */
void cl_text_position(const char *data, size_t offset, int *line, int *column);

/*
 * Parses the Markdown body of `data` into doc's links, suppressions,
 * tables, key/value rows, headings and plain text. The first
 * `front_matter_lines` lines are blanked first, so every line number
 * stays the file's own.
 */
void cl_markdown_parse_body(cl_document *doc, const char *data, size_t len, int front_matter_lines);

/* Frees what a table owns (not the table itself). */
void cl_table_clear(cl_table *table);

#endif
