/*
 * markdown.h: what document.c and markdown.c share, and nobody else
 * needs.
 */
#ifndef CL_MARKDOWN_H
#define CL_MARKDOWN_H

#include "parse/document.h"

/* The 1-based line and column of byte `offset` of `data`. */
void cl_text_position(const char *data, size_t offset, int *line, int *column);

/* What of a body is kept besides its links, suppressions, key/value rows
 * and headings: only what a rule of the document's type reads (the
 * caller, document.c, decides from the front matter). */
#define CL_KEEP_PLAIN_TEXT 1u /* the plain text, for phrase searches */
#define CL_KEEP_TABLES 2u     /* the tables */

/*
 * Parses the Markdown body of `data` into doc's links, suppressions,
 * key/value rows, headings and, as `keep` says, tables and plain text.
 * The first `front_matter_lines` lines are blanked first, so every line
 * number stays the file's own.
 */
void cl_markdown_parse_body(cl_document *doc, const char *data, size_t len, int front_matter_lines,
                            unsigned keep);

/* Frees what a table owns (not the table itself). */
void cl_table_clear(cl_table *table);

#endif
