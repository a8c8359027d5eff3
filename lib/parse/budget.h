/*
 * budget.h: what one Markdown file may cost cmark-gfm, checked before it
 * sees the text.
 *
 * cmark-gfm 0.29.0.gfm.6 (Debian 12) is linear on most input but not on
 * tables (upstream fixed it in later releases: GHSA-w4qg-3vf7-m9x5):
 *
 * - it pads every short row to the header's width, so 2,000 header cells
 *   over 2,000 one-character rows (12 KB) took 1.1 GB;
 * - splitting a row into cells costs the square of its cells: 10 rows of
 *   5,000 cells, 0.65 s, and a row of 65,535 cells minutes;
 * - a line that looks like a delimiter row (`|-|`) under a paragraph makes
 *   it parse the paragraph as a header row, and when the widths differ the
 *   paragraph stays open: 800 such pairs of 100 cells took 8.7 s.
 *
 * Real policies have tables of tens of columns and hundreds of rows. The
 * limits below are far above that and keep any file of CL_MAX_FILE_BYTES
 * within about a second and 50 MB (docs/limits.md).
 */
#ifndef CL_PARSE_BUDGET_H
#define CL_PARSE_BUDGET_H

#include <stddef.h>

/* Cells of one line in a table, header and delimiter row included. */
#define CL_MAX_TABLE_COLUMNS 128
/* Cells of all the tables of one document, counting a short row as
 * padded to its table's width, as cmark-gfm stores it. */
#define CL_MAX_TABLE_CELLS 50000
/* Cells cmark-gfm splits again trying lines that look like a delimiter
 * row as the start of a table, summed over the document. */
#define CL_MAX_TABLE_RESCANS 1000000

/*
 * Checks the Markdown `body` (the front matter already blanked or cut;
 * `first_line` is the line number of its first byte) against the limits.
 * Returns NULL when cmark-gfm may read it, or a message that names the
 * limit and the line, stored in *line; the caller frees it.
 */
char *cl_markdown_over_budget(const char *body, size_t len, int first_line, int *line);

#endif
