/*
 * test_glob.c: the gitignore glob dialect of glob.c.
 *
 * Every feature is tested with a match that needs it and a near miss
 * that a sloppier matcher (a substring test, a '*' that crosses '/', an
 * unanchored leading '/') would get wrong.
 */
#include <criterion/criterion.h>

#include <stdlib.h>
#include <string.h>

#include "config/glob.h"

#define MATCH(pat, path) cr_expect(cl_glob_match((pat), (path)), "'%s' did not match '%s'", (pat), (path))
#define NO_MATCH(pat, path) cr_expect_not(cl_glob_match((pat), (path)), "'%s' matched '%s'", (pat), (path))

/* `n` bytes of `fill` with `tail` after them, for the pathological
 * inputs. */
static char *repeat(const char *fill, size_t n, const char *tail)
{
	size_t unit = strlen(fill), tail_len = strlen(tail), i;
	char *s = malloc(n * unit + tail_len + 1);

	cr_assert_not_null(s);
	for (i = 0; i < n; i++)
		memcpy(s + i * unit, fill, unit);
	memcpy(s + n * unit, tail, tail_len + 1);
	return s;
}

Test(glob, literal_is_exact_and_case_sensitive)
{
	MATCH("/docs/policy.md", "docs/policy.md");
	NO_MATCH("/docs/policy.md", "docs/policy.mdx");
	NO_MATCH("/docs/policy.md", "docs/Policy.md");
	NO_MATCH("README.md", "readme.md");
	NO_MATCH("/docs", "docs/policy.md");
}

Test(glob, star_matches_within_a_component)
{
	MATCH("*.md", "a.md");
	MATCH("*.md", ".md");
	MATCH("policies/*", "policies/a.md");
	MATCH("/a*b*c", "axxbyyc");
	NO_MATCH("*.md", "a.mdx");
	NO_MATCH("*.md", "a.txt");
	NO_MATCH("/a*b*c", "axxbyycd");
}

Test(glob, star_never_matches_slash)
{
	NO_MATCH("policies/*", "policies/a/b.md");
	NO_MATCH("/a*b", "a/b");
	NO_MATCH("/a*b", "ax/yb");
	NO_MATCH("/docs*", "docs/a.md");
	/* `**` that is not a whole component is an ordinary star. */
	MATCH("/a**b", "axxb");
	NO_MATCH("/a**b", "ax/xb");
}

Test(glob, question_mark_is_one_character_but_not_slash)
{
	MATCH("?.md", "a.md");
	MATCH("/x?z", "x-z");
	NO_MATCH("?.md", "ab.md");
	NO_MATCH("?.md", ".md");
	NO_MATCH("/a?b", "a/b");
}

Test(glob, bracket_sets_and_ranges)
{
	MATCH("[abc].md", "b.md");
	NO_MATCH("[abc].md", "d.md");
	NO_MATCH("[abc].md", "ab.md");
	MATCH("/v[0-9].md", "v7.md");
	NO_MATCH("/v[0-9].md", "va.md");
	MATCH("/[a-cx-z]", "y");
	NO_MATCH("/[a-cx-z]", "m");
	/* Ranges compare bytes: upper case is not in a-z. */
	NO_MATCH("/[a-z].md", "A.md");
}

Test(glob, bracket_negation)
{
	MATCH("/[!a]x", "bx");
	NO_MATCH("/[!a]x", "ax");
	MATCH("/[^a]x", "bx");
	NO_MATCH("/[^a]x", "ax");
	MATCH("/[!a-c].md", "d.md");
	NO_MATCH("/[!a-c].md", "b.md");
}

Test(glob, bracket_never_matches_slash)
{
	NO_MATCH("/a[!x]b", "a/b");
	NO_MATCH("/a[^x]b", "a/b");
	NO_MATCH("/a?b", "a/b");
}

Test(glob, bracket_edge_members)
{
	/* A ']' first in the set is a member; '\' escapes inside it. */
	MATCH("/[]]", "]");
	MATCH("/[!]]", "a");
	NO_MATCH("/[!]]", "]");
	MATCH("/[\\]]x", "]x");
	/* A '-' at the end is literal. */
	MATCH("/[a-]", "-");
	NO_MATCH("/[a-]", "b");
	MATCH("/[[:digit:]].md", "7.md");
	NO_MATCH("/[[:digit:]].md", "x.md");
}

Test(glob, unclosed_bracket_is_literal_when_matching)
{
	MATCH("/[abc", "[abc");
	NO_MATCH("/[abc", "a");
}

Test(glob, backslash_escapes)
{
	MATCH("/\\*.md", "*.md");
	NO_MATCH("/\\*.md", "a.md");
	MATCH("/what\\?", "what?");
	NO_MATCH("/what\\?", "whats");
	MATCH("/\\[abc]", "[abc]");
	NO_MATCH("/\\[abc]", "a");
	MATCH("/a\\\\b", "a\\b");
	/* A '\' that escapes nothing matches nothing, as in git. */
	NO_MATCH("/a\\", "a");
	NO_MATCH("/a\\", "a\\");
}

Test(glob, doublestar_leading)
{
	MATCH("**/*.md", "a.md");
	MATCH("**/*.md", "x/a.md");
	MATCH("**/*.md", "x/y/a.md");
	NO_MATCH("**/*.md", "x/y/a.txt");
	NO_MATCH("**/*.md", "x/a.md/b");
	MATCH("**/drafts/*.md", "drafts/a.md");
	MATCH("**/drafts/*.md", "p/q/drafts/a.md");
	NO_MATCH("**/drafts/*.md", "p/drafts/x/a.md");
}

Test(glob, doublestar_trailing_is_everything_inside)
{
	MATCH("templates/**", "templates/a.md");
	MATCH("templates/**", "templates/x/y/z.md");
	NO_MATCH("templates/**", "templates");
	NO_MATCH("templates/**", "templatesx/a.md");
	NO_MATCH("templates/**", "other/templates/a.md");
}

Test(glob, doublestar_in_the_middle)
{
	MATCH("a/**/b", "a/b");
	MATCH("a/**/b", "a/x/b");
	MATCH("a/**/b", "a/x/y/b");
	NO_MATCH("a/**/b", "a/xb");
	NO_MATCH("a/**/b", "a/x/b/c");
	NO_MATCH("a/**/b", "z/a/x/b");
	MATCH("a/**/**/b", "a/b");
	MATCH("a/**/x/**/b", "a/1/x/2/3/b");
	NO_MATCH("a/**/x/**/b", "a/1/2/3/b");
}

Test(glob, doublestar_alone_matches_everything)
{
	MATCH("**", "a.md");
	MATCH("**", "a/b/c.md");
}

Test(glob, no_slash_matches_last_component_at_any_depth)
{
	MATCH("README.md", "README.md");
	MATCH("README.md", "docs/README.md");
	MATCH("README.md", "a/b/c/README.md");
	NO_MATCH("README.md", "README.md.bak");
	NO_MATCH("README.md", "xREADME.md");
	NO_MATCH("README.md", "docs/README.mdx");
	NO_MATCH("README.md", "README.md/x.txt");
	MATCH("*.md", "deep/down/a.md");
	NO_MATCH("*.md", "deep/down/a.mdx");
}

Test(glob, slash_in_the_middle_anchors)
{
	MATCH("docs/*.md", "docs/a.md");
	NO_MATCH("docs/*.md", "x/docs/a.md");
	NO_MATCH("docs/*.md", "docs/x/a.md");
}

Test(glob, leading_slash_anchors)
{
	MATCH("/README.md", "README.md");
	NO_MATCH("/README.md", "docs/README.md");
	MATCH("/*.md", "a.md");
	NO_MATCH("/*.md", "d/a.md");
}

Test(glob, trailing_slash_is_a_directory)
{
	MATCH("drafts/", "drafts/x.md");
	MATCH("drafts/", "a/drafts/x.md");
	MATCH("drafts/", "a/drafts/b/c.md");
	NO_MATCH("drafts/", "drafts");
	NO_MATCH("drafts/", "a/drafts");
	NO_MATCH("drafts/", "drafts.md");
	NO_MATCH("drafts/", "mydrafts/x.md");
	MATCH("draft*/", "a/drafts-2024/x.md");
}

Test(glob, trailing_slash_with_anchor_or_inner_slash)
{
	MATCH("/drafts/", "drafts/x.md");
	NO_MATCH("/drafts/", "a/drafts/x.md");
	MATCH("docs/drafts/", "docs/drafts/x/y.md");
	NO_MATCH("docs/drafts/", "x/docs/drafts/y.md");
	NO_MATCH("docs/drafts/", "docs/drafts");
}

Test(glob, empty_pattern_matches_nothing)
{
	NO_MATCH("", "a.md");
	NO_MATCH("/", "a.md");
	NO_MATCH("", "");
}

Test(glob, match_any)
{
	char *items[] = {"*.txt", "drafts/", "/README.md"};
	cl_strvec patterns = {items, 3, 3};
	cl_strvec none = CL_STRVEC_INIT;

	cr_expect(cl_glob_match_any(&patterns, "a/b.txt"));
	cr_expect(cl_glob_match_any(&patterns, "p/drafts/x.md"));
	cr_expect(cl_glob_match_any(&patterns, "README.md"));
	cr_expect_not(cl_glob_match_any(&patterns, "docs/README.md"));
	cr_expect_not(cl_glob_match_any(&patterns, "policies/a.md"));
	cr_expect_not(cl_glob_match_any(&none, "a.txt"));
}

Test(glob, check_accepts_well_formed_patterns)
{
	const char *good[] = {"*.md",    "**/*.md", "templates/**", "a/**/b",       "drafts/", "/README.md",
	                      "[!a-z]x", "[]]",     "\\[abc",       "[[:alpha:]]*", "a\\*b"};
	size_t i;

	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		cl_error err = {""};

		cr_expect_eq(cl_glob_check(good[i], &err), 0, "'%s' rejected: %s", good[i], err.message);
	}
}

Test(glob, check_rejects_unclosed_bracket)
{
	cl_error err = {""};

	cr_assert_eq(cl_glob_check("[abc", &err), -1);
	cr_expect(strchr(err.message, '[') != NULL, "message: %s", err.message);
	cr_expect(strstr(err.message, "unclosed") != NULL, "message: %s", err.message);

	/* A set cannot span components. */
	err.message[0] = '\0';
	cr_expect_eq(cl_glob_check("docs/[a/b]", &err), -1);
	cr_expect_neq(err.message[0], '\0');
}

Test(glob, check_rejects_empty_pattern)
{
	cl_error err = {""};

	cr_assert_eq(cl_glob_check("", &err), -1);
	cr_expect_neq(err.message[0], '\0');
	err.message[0] = '\0';
	cr_expect_eq(cl_glob_check("/", &err), -1);
	cr_expect_neq(err.message[0], '\0');
}

Test(glob, check_rejects_dangling_escape_and_unknown_class)
{
	cl_error err = {""};

	cr_expect_eq(cl_glob_check("a\\", &err), -1);
	cr_expect_neq(err.message[0], '\0');
	cr_expect_eq(cl_glob_check("a\\/b", &err), -1);
	cr_expect_eq(cl_glob_check("[[:nosuch:]]", &err), -1);
}

/*
 * The pathological cases: exponential backtracking never finishes on
 * these, so the timeout fails the test; a linear-ish matcher takes
 * milliseconds even under valgrind.
 */
Test(glob, pathological_stars_in_one_component, .timeout = 20)
{
	char *path = repeat("a", 10000, "");
	char *with_tail = repeat("a", 10000, "b");

	NO_MATCH("a*a*a*a*a*a*a*b", path);
	NO_MATCH("/a*a*a*a*a*a*a*b", path);
	MATCH("a*a*a*a*a*a*a*b", with_tail);
	MATCH("a*a*a*a*a*a*a*a", path);
	NO_MATCH("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*c", path);
	free(path);
	free(with_tail);
}

Test(glob, pathological_doublestars_across_components, .timeout = 20)
{
	char *path = repeat("a/", 5000, "a");
	/* 100 directories of 71 a's each, then x. */
	char *long_components = repeat("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	                               "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/",
	                               100, "x");

	NO_MATCH("**/a/**/a/**/a/**/a/**/a/**/a/**/b", path);
	MATCH("**/a/**/a/**/a/**/a/**/a/**/a/**/a", path);
	NO_MATCH("a/**/a/**/a/**/a/**/a*a*a*a*a*b/**", path);
	NO_MATCH("**/*a*a*a*a*a*a*a*b/**/x", long_components);
	MATCH("**/*a*a*a*a*a*a*a*a/**/x", long_components);
	free(path);
	free(long_components);
}

Test(glob, many_components_in_the_pattern)
{
	/* More segments than glob.c keeps on the stack. */
	char *pattern = repeat("*/", 40, "a");
	char *path = repeat("x/", 40, "a");
	char *shorter = repeat("x/", 39, "a");

	MATCH(pattern, path);
	NO_MATCH(pattern, shorter);
	free(pattern);
	free(path);
	free(shorter);
}
