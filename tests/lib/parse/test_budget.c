/*
 * test_budget.c: cl_markdown_over_budget on bodies built in memory: each
 * limit of lib/parse/budget.h passed by one, met exactly, and the lines
 * that look like delimiter rows but open no table in cmark-gfm (setext
 * underlines, thematic breaks), which must not count as tables.
 */
#include <criterion/criterion.h>

#include <stdlib.h>
#include <string.h>

#include "parse/budget.h"
#include "util/util.h"

/* `count` copies of `piece` in one string. */
static char *repeat(const char *piece, size_t count)
{
	size_t len = strlen(piece);
	char *s = malloc(len * count + 1);

	cr_assert_not_null(s);
	for (size_t i = 0; i < count; i++)
		memcpy(s + i * len, piece, len);
	s[len * count] = '\0';
	return s;
}

/* The verdict on `body` whose first line is line 10; NULL when within. */
static char *verdict(const char *body, int *line)
{
	*line = 0;
	return cl_markdown_over_budget(body, strlen(body), 10, line);
}

/* A table line of `cells` cells: "| a | a | ... |". */
static char *row_of(size_t cells, const char *cell)
{
	char *piece = cl_printf("| %s ", cell);
	char *cells_text = repeat(piece, cells);
	char *row = cl_printf("%s|\n", cells_text);

	free(piece);
	free(cells_text);
	return row;
}

Test(budget, a_header_of_the_widest_allowed_table_is_within)
{
	char *header = row_of(CL_MAX_TABLE_COLUMNS, "a");
	char *delim = row_of(CL_MAX_TABLE_COLUMNS, "-");
	char *body = cl_printf("%s%s%s", header, delim, header);
	int line;
	char *msg = verdict(body, &line);

	cr_expect_null(msg, "%s", msg ? msg : "");
	free(msg);
	free(body);
	free(delim);
	free(header);
}

Test(budget, one_column_more_is_refused_at_its_line)
{
	char *header = row_of(CL_MAX_TABLE_COLUMNS + 1, "a");
	char *delim = row_of(CL_MAX_TABLE_COLUMNS + 1, "-");
	char *body = cl_printf("Intro\n\n%s%s", header, delim);
	int line;
	char *msg = verdict(body, &line);

	cr_assert_not_null(msg);
	cr_expect_eq(line, 12, "line %d", line);
	cr_expect(strstr(msg, "129 table cells") && strstr(msg, "at most 128 columns"), "%s", msg);
	free(msg);
	free(body);
	free(delim);
	free(header);
}

/* 25,000 rows of 2 cells under a 2-cell header: 50,002 cells. */
Test(budget, the_cells_of_a_document_are_counted_padded)
{
	char *rows = repeat("| a |\n", CL_MAX_TABLE_CELLS / 2);
	char *body = cl_printf("| a | b |\n| - | - |\n%s", rows);
	int line;
	char *msg = verdict(body, &line);

	cr_assert_not_null(msg, "short rows were counted unpadded");
	cr_expect_eq(line, 10, "line %d", line);
	cr_expect(strstr(msg, "at most 50000 table cells") != NULL, "%s", msg);
	free(msg);
	free(body);
	free(rows);
}

Test(budget, exactly_the_cell_limit_is_within)
{
	/* The header counts 2, the delimiter row none, each row 2. */
	char *rows = repeat("| a |\n", CL_MAX_TABLE_CELLS / 2 - 1);
	char *body = cl_printf("| a | b |\n| - | - |\n%s", rows);
	int line;
	char *msg = verdict(body, &line);

	cr_expect_null(msg, "%s", msg ? msg : "");
	free(msg);
	free(body);
	free(rows);
}

/* Pandoc writes setext headings; a long section under one must not be
 * taken for a one-column table of as many rows. */
Test(budget, a_setext_underline_opens_no_table)
{
	char *lines = repeat("text\n", CL_MAX_TABLE_CELLS + 10);
	char *body = cl_printf("Heading\n-------  \n%s", lines);
	int line;
	char *msg = verdict(body, &line);

	cr_expect_null(msg, "%s", msg ? msg : "");
	free(msg);
	free(body);
	free(lines);
}

Test(budget, a_thematic_break_opens_no_table)
{
	char *lines = repeat("text\n", CL_MAX_TABLE_CELLS + 10);
	char *body = cl_printf("Paragraph\n - - -\n%s", lines);
	int line;
	char *msg = verdict(body, &line);

	cr_expect_null(msg, "%s", msg ? msg : "");
	free(msg);
	free(body);
	free(lines);
}

/* The near miss of both: a vertical tab after the dash is no setext
 * underline, and cmark-gfm does open a one-column table there. */
Test(budget, a_dash_and_a_vertical_tab_is_a_delimiter_row)
{
	char *lines = repeat("text\n", CL_MAX_TABLE_CELLS + 10);
	char *body = cl_printf("Heading\n-\v\n%s", lines);
	int line;
	char *msg = verdict(body, &line);

	cr_expect_not_null(msg, "the table after '-\\v' was not counted");
	free(msg);
	free(body);
	free(lines);
}

Test(budget, a_bare_carriage_return_ends_a_line)
{
	char *rows = repeat("| a | b |\r", CL_MAX_TABLE_CELLS / 2 + 1);
	char *body = cl_printf("| a | b |\r| - | - |\r%s", rows);
	int line;
	char *msg = verdict(body, &line);

	cr_expect_not_null(msg, "lines ending in \\r were read as one");
	free(msg);
	free(body);
	free(rows);
}
