/*
 * test_explain.c: every rule's `clauselint explain` text has the shape
 * users rely on: four paragraphs, each starting with its heading, in
 * order, with lines that fit an 80-column terminal. It walks cl_rules, so
 * a rule added anywhere is held to the same shape.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "rules/registry.h"
#include "clauselint.h"

#define MAX_COLUMNS 80

static const char *const headings[] = {
        "What it checks:",
        "Why:",
        "Passing example:",
        "How to fix:",
};

#define HEADING_COUNT (sizeof(headings) / sizeof(headings[0]))

static size_t occurrences(const char *text, const char *needle)
{
	size_t n = 0;

	for (const char *p = strstr(text, needle); p; p = strstr(p + 1, needle))
		n++;
	return n;
}

/* Whether `at` starts a paragraph of `text`: the text's start, or just
 * after a blank line. */
static int starts_paragraph(const char *text, const char *at)
{
	return at == text || (at - text >= 2 && at[-1] == '\n' && at[-2] == '\n');
}

/* Columns of the line starting at `line`: UTF-8 continuation bytes take
 * none, a tab moves to the next multiple of 8. */
static size_t line_columns(const char *line, const char **end)
{
	size_t columns = 0;
	const char *p = line;

	for (; *p && *p != '\n'; p++) {
		if (*p == '\t')
			columns = (columns / 8 + 1) * 8;
		else if (((unsigned char)*p & 0xC0) != 0x80)
			columns++;
	}
	*end = p;
	return columns;
}

static void check_headings(const cl_rule *r)
{
	const char *previous = NULL;

	for (size_t i = 0; i < HEADING_COUNT; i++) {
		const char *at = strstr(r->explain, headings[i]);

		cr_expect_eq(occurrences(r->explain, headings[i]), 1,
		             "%s: \"%s\" must appear exactly once in its explain text", r->name, headings[i]);
		if (!at)
			continue;
		cr_expect(starts_paragraph(r->explain, at), "%s: \"%s\" does not start a paragraph", r->name,
		          headings[i]);
		if (i == 0)
			cr_expect(at == r->explain, "%s: the explain text must start with \"%s\"", r->name,
			          headings[0]);
		if (previous)
			cr_expect(at > previous, "%s: \"%s\" comes before \"%s\"", r->name, headings[i],
			          headings[i - 1]);
		previous = at;
	}
}

static void check_lines(const cl_rule *r)
{
	const char *line = r->explain;
	int number = 1;

	while (*line) {
		const char *end;
		size_t columns = line_columns(line, &end);

		cr_expect(columns <= MAX_COLUMNS, "%s: line %d is %zu columns, over %d: \"%.*s\"", r->name,
		          number, columns, MAX_COLUMNS, (int)(end - line), line);
		if (!*end)
			break;
		line = end + 1;
		number++;
	}
}

Test(explain, every_rule_has_the_four_paragraphs_in_order)
{
	cr_assert_gt(cl_ruleset_count(&cl_builtin_rules), 0);
	for (size_t i = 0; i < cl_ruleset_count(&cl_builtin_rules); i++) {
		const cl_rule *r = cl_ruleset_at(&cl_builtin_rules, i);

		cr_assert_not_null(r->explain, "%s has no explain text", r->name);
		check_headings(r);
	}
}

Test(explain, every_line_fits_80_columns)
{
	for (size_t i = 0; i < cl_ruleset_count(&cl_builtin_rules); i++) {
		const cl_rule *r = cl_ruleset_at(&cl_builtin_rules, i);

		cr_assert_not_null(r->explain, "%s has no explain text", r->name);
		check_lines(r);
	}
}

Test(explain, every_text_ends_with_a_newline)
{
	for (size_t i = 0; i < cl_ruleset_count(&cl_builtin_rules); i++) {
		const cl_rule *r = cl_ruleset_at(&cl_builtin_rules, i);
		size_t len;

		cr_assert_not_null(r->explain, "%s has no explain text", r->name);
		len = strlen(r->explain);
		cr_expect(len > 0 && r->explain[len - 1] == '\n',
		          "%s: the explain text must end with \"\\n\"", r->name);
	}
}
