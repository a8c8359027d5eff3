/*
 * Tests for yaml.c: the tree keeps positions and text, and every input a
 * policy document never needs (aliases, deep nesting, duplicate keys,
 * several documents, bad bytes) is refused with a position.
 */
#include <stdio.h>
#include <criterion/criterion.h>

#include <stdlib.h>
#include <string.h>

#include "parse/yaml.h"

typedef struct {
	int rc;
	cl_yaml_node *root;
	int line, column;
	cl_error err;
} result;

static result parse_n(const char *text, size_t len, int line_offset)
{
	result r;

	memset(&r, 0, sizeof(r));
	/* Garbage in *out must be overwritten on every path. */
	r.root = (cl_yaml_node *)&r;
	r.rc = cl_yaml_parse(&r.root, text, len, line_offset, &r.line, &r.column, &r.err);
	if (r.rc < 0)
		cr_assert_null(r.root, "*out must be NULL on failure");
	return r;
}

/* Front matter: the YAML starts on the file's second line. */
static result parse(const char *text)
{
	return parse_n(text, strlen(text), 1);
}

/* A string of `pre`, `n` copies of `c`, then `post`; the caller frees. */
static char *repeat(const char *pre, char c, size_t n, const char *post)
{
	size_t a = strlen(pre), b = strlen(post);
	char *s = malloc(a + n + b + 1);

	cr_assert_not_null(s);
	memcpy(s, pre, a);
	memset(s + a, c, n);
	memcpy(s + a + n, post, b + 1);
	return s;
}

static void assert_error(const result *r, const char *message, int line, int column)
{
	cr_assert_eq(r->rc, -1, "expected failure '%s'", message);
	cr_assert_str_eq(r->err.message, message);
	cr_assert_eq(r->line, line, "line %d, expected %d", r->line, line);
	cr_assert_eq(r->column, column, "column %d, expected %d", r->column, column);
}

static const char nesting[] = "nesting is deeper than 32 levels";

Test(yaml, mapping_with_lines_and_columns)
{
	result r = parse("id: POL-001\ntitle:   Access control\nowner: ciso@example.com\n");
	const cl_yaml_node *root = r.root;

	cr_assert_eq(r.rc, 0, "%s", r.err.message);
	cr_assert_not_null(root);
	cr_assert_eq(root->kind, CL_YAML_MAPPING);
	cr_assert_eq(root->count, 3);
	cr_assert_eq(root->line, 2);
	cr_assert_eq(root->column, 1);
	cr_assert_str_eq(root->keys[0]->scalar, "id");
	cr_assert_eq(root->keys[0]->line, 2);
	cr_assert_str_eq(root->values[0]->scalar, "POL-001");
	cr_assert_eq(root->values[0]->column, 5);
	cr_assert_str_eq(root->keys[1]->scalar, "title");
	cr_assert_eq(root->keys[1]->line, 3);
	cr_assert_str_eq(root->values[1]->scalar, "Access control");
	cr_assert_eq(root->values[1]->line, 3);
	cr_assert_eq(root->values[1]->column, 10);
	cr_assert_eq(root->values[1]->scalar_len, strlen("Access control"));
	cr_assert_eq(root->keys[2]->line, 4);
	cl_yaml_free(r.root);
}

Test(yaml, line_offset_applies_to_nodes)
{
	const char text[] = "a: 1\nb: 2\n";
	result r = parse_n(text, sizeof(text) - 1, 0);

	cr_assert_eq(r.rc, 0);
	cr_assert_eq(cl_yaml_get_key(r.root, "b")->line, 2);
	cl_yaml_free(r.root);
	r = parse_n(text, sizeof(text) - 1, 10);
	cr_assert_eq(r.rc, 0);
	cr_assert_eq(cl_yaml_get_key(r.root, "b")->line, 12);
	cl_yaml_free(r.root);
}

Test(yaml, columns_count_characters)
{
	result r = parse("\xc3\xa9t\xc3\xa9: \xc3\xbc\nx: [\xc3\xa4\xc3\xa4, b]\n");
	const cl_yaml_node *x;

	cr_assert_eq(r.rc, 0, "%s", r.err.message);
	cr_assert_eq(cl_yaml_get(r.root, "\xc3\xa9t\xc3\xa9")->column, 6);
	x = cl_yaml_get(r.root, "x");
	cr_assert_eq(x->items[1]->column, 9);
	cl_yaml_free(r.root);
}

Test(yaml, scalars_stay_text)
{
	result r = parse("version: 1.10\ndate: 2024-01-01\nclause: \"5.1\"\nannex: 'A.5.4'\n"
	                 "octal: 010\nflag: yes\nbig: 1e3\n");
	const cl_yaml_node *n;

	cr_assert_eq(r.rc, 0, "%s", r.err.message);
	n = cl_yaml_get(r.root, "version");
	cr_assert_str_eq(n->scalar, "1.10");
	cr_assert_eq(n->plain, 1);
	cr_assert_str_eq(cl_yaml_text(cl_yaml_get(r.root, "date")), "2024-01-01");
	n = cl_yaml_get(r.root, "clause");
	cr_assert_eq(n->kind, CL_YAML_SCALAR);
	cr_assert_str_eq(n->scalar, "5.1");
	cr_assert_eq(n->plain, 0);
	cr_assert_eq(cl_yaml_get(r.root, "annex")->plain, 0);
	cr_assert_str_eq(cl_yaml_text(cl_yaml_get(r.root, "octal")), "010");
	cr_assert_str_eq(cl_yaml_text(cl_yaml_get(r.root, "flag")), "yes");
	cr_assert_str_eq(cl_yaml_text(cl_yaml_get(r.root, "big")), "1e3");
	cl_yaml_free(r.root);
}

Test(yaml, block_scalars_are_not_plain)
{
	result r = parse("a: |\n  line 1\n  line 2\nb: >\n  folded\n  text\n");
	const cl_yaml_node *a = cl_yaml_get(r.root, "a");

	cr_assert_eq(r.rc, 0, "%s", r.err.message);
	cr_assert_str_eq(a->scalar, "line 1\nline 2\n");
	cr_assert_eq(a->plain, 0);
	cr_assert_str_eq(cl_yaml_get(r.root, "b")->scalar, "folded text\n");
	cl_yaml_free(r.root);
}

Test(yaml, flow_sequence)
{
	result r = parse("controls: [A.5.1, 'A.5.2', \"A.5.3\"]\n");
	const cl_yaml_node *seq = cl_yaml_get(r.root, "controls");

	cr_assert_eq(r.rc, 0, "%s", r.err.message);
	cr_assert_eq(seq->kind, CL_YAML_SEQUENCE);
	cr_assert_eq(seq->count, 3);
	cr_assert_eq(seq->line, 2);
	cr_assert_eq(seq->column, 11);
	cr_assert_str_eq(seq->items[0]->scalar, "A.5.1");
	cr_assert_eq(seq->items[0]->plain, 1);
	cr_assert_str_eq(seq->items[1]->scalar, "A.5.2");
	cr_assert_eq(seq->items[1]->plain, 0);
	cr_assert_str_eq(seq->items[2]->scalar, "A.5.3");
	cr_assert_eq(seq->items[2]->column, 28);
	cr_assert_null(seq->keys);
	cl_yaml_free(r.root);
}

Test(yaml, block_sequence)
{
	result r = parse("reviewers:\n  - alice@example.com\n  - bob@example.com\n  -\n");
	const cl_yaml_node *seq = cl_yaml_get(r.root, "reviewers");

	cr_assert_eq(r.rc, 0, "%s", r.err.message);
	cr_assert_eq(seq->kind, CL_YAML_SEQUENCE);
	cr_assert_eq(seq->count, 3);
	cr_assert_str_eq(seq->items[0]->scalar, "alice@example.com");
	cr_assert_eq(seq->items[0]->line, 3);
	cr_assert_eq(seq->items[0]->column, 5);
	cr_assert_eq(seq->items[1]->line, 4);
	cr_assert(cl_yaml_is_null(seq->items[2]));
	cl_yaml_free(r.root);
}

Test(yaml, root_sequence)
{
	result r = parse("- a\n- b\n");

	cr_assert_eq(r.rc, 0);
	cr_assert_eq(r.root->kind, CL_YAML_SEQUENCE);
	cr_assert_eq(r.root->count, 2);
	cr_assert_null(cl_yaml_get(r.root, "a"), "a sequence has no keys");
	cl_yaml_free(r.root);
}

Test(yaml, nested_mapping)
{
	result r = parse("owner:\n  name: Ann\n  role: CISO\n  since: {year: 2024, month: 1}\nid: X\n");
	const cl_yaml_node *owner = cl_yaml_get(r.root, "owner");
	const cl_yaml_node *since;

	cr_assert_eq(r.rc, 0, "%s", r.err.message);
	cr_assert_eq(owner->kind, CL_YAML_MAPPING);
	cr_assert_eq(owner->count, 3);
	cr_assert_eq(owner->line, 3);
	cr_assert_eq(owner->column, 3);
	cr_assert_str_eq(cl_yaml_text(cl_yaml_get(owner, "role")), "CISO");
	cr_assert_eq(cl_yaml_get_key(owner, "role")->line, 4);
	since = cl_yaml_get(owner, "since");
	cr_assert_eq(since->kind, CL_YAML_MAPPING);
	cr_assert_str_eq(cl_yaml_text(cl_yaml_get(since, "month")), "1");
	cr_assert_str_eq(cl_yaml_text(cl_yaml_get(r.root, "id")), "X");
	cr_assert_null(cl_yaml_get(r.root, "role"), "lookups don't descend");
	cl_yaml_free(r.root);
}

Test(yaml, null_forms)
{
	result r =
	        parse("a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: 'null'\ng: \"\"\nh: nil\ni: NuLL\nj: [x]\n");
	const char *nulls[] = {"a", "b", "c", "d", "e"};
	const char *texts[] = {"f", "h", "i"};
	size_t i;

	cr_assert_eq(r.rc, 0, "%s", r.err.message);
	for (i = 0; i < sizeof(nulls) / sizeof(nulls[0]); i++) {
		cr_assert(cl_yaml_is_null(cl_yaml_get(r.root, nulls[i])), "%s is null", nulls[i]);
		cr_assert_null(cl_yaml_text(cl_yaml_get(r.root, nulls[i])), "%s has no text", nulls[i]);
	}
	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		cr_assert_not(cl_yaml_is_null(cl_yaml_get(r.root, texts[i])), "%s is not null", texts[i]);
		cr_assert_not_null(cl_yaml_text(cl_yaml_get(r.root, texts[i])));
	}
	cr_assert_str_eq(cl_yaml_text(cl_yaml_get(r.root, "f")), "null");
	/* A quoted empty string is text, not null. */
	cr_assert_not(cl_yaml_is_null(cl_yaml_get(r.root, "g")));
	cr_assert_str_eq(cl_yaml_text(cl_yaml_get(r.root, "g")), "");
	cr_assert_not(cl_yaml_is_null(cl_yaml_get(r.root, "j")));
	cr_assert_null(cl_yaml_text(cl_yaml_get(r.root, "j")), "a sequence has no text");
	cr_assert_not(cl_yaml_is_null(NULL));
	cr_assert_null(cl_yaml_text(NULL));
	cl_yaml_free(r.root);
}

Test(yaml, get_and_get_key)
{
	result r = parse("id: POL-001\ntags: [a]\nstatus: draft\n");
	const cl_yaml_node *key;

	cr_assert_eq(r.rc, 0);
	cr_assert_str_eq(cl_yaml_get(r.root, "status")->scalar, "draft");
	key = cl_yaml_get_key(r.root, "status");
	cr_assert_not_null(key);
	cr_assert_str_eq(key->scalar, "status");
	cr_assert_eq(key->line, 4);
	cr_assert_eq(key->column, 1);
	cr_assert_null(cl_yaml_get(r.root, "missing"));
	cr_assert_null(cl_yaml_get_key(r.root, "missing"));
	cr_assert_null(cl_yaml_get(r.root, "ID"), "keys are case-sensitive");
	cr_assert_null(cl_yaml_get(r.root, "statu"), "no prefix match");
	cr_assert_null(cl_yaml_get(NULL, "id"));
	cr_assert_null(cl_yaml_get_key(NULL, "id"));
	cr_assert_null(cl_yaml_get(cl_yaml_get(r.root, "id"), "id"), "a scalar is not a mapping");
	cr_assert_null(cl_yaml_get(cl_yaml_get(r.root, "tags"), "a"));
	cl_yaml_free(r.root);
}

Test(yaml, empty_input)
{
	const char *empties[] = {"",      "\n\n",          "   \n \n", "# only a comment\n# another\n",
	                         "---\n", "--- # c\n...\n"};
	size_t i;

	for (i = 0; i < sizeof(empties) / sizeof(empties[0]); i++) {
		result r = parse(empties[i]);

		cr_assert_eq(r.rc, 0, "input %zu: %s", i, r.err.message);
		cr_assert_null(r.root, "input %zu gives no tree", i);
	}
}

Test(yaml, free_accepts_null)
{
	cl_yaml_free(NULL);
}

Test(yaml, syntax_error_with_line)
{
	result r = parse("id: 1\ntitle: x\n- y\n");

	assert_error(&r, "did not find expected key (while parsing a block mapping at line 2)", 4, 1);
	r = parse("id: POL-1\n  owner: x\n");
	assert_error(&r, "mapping values are not allowed in this context", 3, 8);
	r = parse("a: [1, 2\nb: 3\n");
	cr_assert_eq(r.rc, -1);
	cr_assert(strstr(r.err.message, "did not find expected ',' or ']'"), "%s", r.err.message);
	cr_assert_eq(r.line, 3);
	cr_assert_eq(r.column, 2);
}

Test(yaml, duplicate_key)
{
	result r = parse("title: T\nid: POL-1\nowner: O\nid: POL-2\n");

	assert_error(&r, "duplicate key 'id' (first at line 3)", 5, 1);
}

Test(yaml, duplicate_key_quoted_and_plain)
{
	result r = parse("id: a\n\"id\": b\n");

	assert_error(&r, "duplicate key 'id' (first at line 2)", 3, 1);
}

Test(yaml, duplicate_key_in_flow_and_nested_mappings)
{
	result r = parse("a: {x: 1, y: 2, x: 3}\n");

	assert_error(&r, "duplicate key 'x' (first at line 2)", 2, 17);
	r = parse("owner:\n  name: A\n  name: B\n");
	assert_error(&r, "duplicate key 'name' (first at line 3)", 4, 3);
	/* The same key in two different mappings is fine. */
	r = parse("a:\n  name: A\nb:\n  name: B\nname: C\n");
	cr_assert_eq(r.rc, 0, "%s", r.err.message);
	cl_yaml_free(r.root);
}

Test(yaml, earliest_duplicate_is_reported)
{
	/* The inner mapping ends (and is checked) first, but the outer
	 * mapping's duplicate comes first in the text. */
	result r = parse("a: 1\na: 2\nm:\n  x: 1\n  x: 2\n");

	assert_error(&r, "duplicate key 'a' (first at line 2)", 3, 1);
	/* A duplicate before a syntax error is what the reader meets first. */
	r = parse("a: 1\na: 2\nb: [\n");
	assert_error(&r, "duplicate key 'a' (first at line 2)", 3, 1);
	/* So is one before a refused alias. */
	r = parse("k: &x 1\nk: 2\nm: *x\n");
	assert_error(&r, "duplicate key 'k' (first at line 2)", 3, 1);
}

Test(yaml, duplicate_key_message_is_one_line)
{
	result r = parse("\"a\\nb\": 1\n\"a\\nb\": 2\n");

	assert_error(&r, "duplicate key 'a?b' (first at line 2)", 3, 1);
}

Test(yaml, many_keys)
{
	size_t n = 10000, i, len = 0;
	char *text = malloc(n * 16 + 32);
	result r;

	cr_assert_not_null(text);
	for (i = 0; i < n; i++)
		len += (size_t)sprintf(text + len, "key%zu: v\n", i);
	r = parse_n(text, len, 0);
	cr_assert_eq(r.rc, 0, "%s", r.err.message);
	cr_assert_eq(r.root->count, n);
	cr_assert_eq(cl_yaml_get_key(r.root, "key9999")->line, 10000);
	cl_yaml_free(r.root);
	/* A duplicate of the first key at the very end is still found. */
	len += (size_t)sprintf(text + len, "key0: again\n");
	r = parse_n(text, len, 0);
	assert_error(&r, "duplicate key 'key0' (first at line 1)", 10001, 1);
	free(text);
}

Test(yaml, alias_self_containing_is_refused)
{
	result r = parse("&a [*a]");

	assert_error(&r, "aliases (*name) are not supported", 2, 5);
}

Test(yaml, alias_to_scalar_is_refused)
{
	result r = parse("owner: &o alice@example.com\napprover: *o\n");

	assert_error(&r, "aliases (*name) are not supported", 3, 11);
}

Test(yaml, anchor_without_alias_is_accepted)
{
	result r = parse("owner: &o alice\n");

	cr_assert_eq(r.rc, 0, "%s", r.err.message);
	cr_assert_str_eq(cl_yaml_text(cl_yaml_get(r.root, "owner")), "alice");
	cl_yaml_free(r.root);
}

Test(yaml, deep_flow_nesting_is_refused)
{
	char *text = repeat("", '[', 20000, "");
	result r = parse(text);

	assert_error(&r, nesting, 2, 33);
	free(text);
	text = repeat("x: ", '{', 50000, "");
	r = parse(text);
	assert_error(&r, nesting, 2, 36);
	free(text);
}

Test(yaml, nesting_at_the_limit)
{
	char *open = repeat("", '[', 32, "");
	char *text = repeat(open, ']', 32, "\n");
	result r = parse(text);
	const cl_yaml_node *n;
	int depth = 0;

	cr_assert_eq(r.rc, 0, "%s", r.err.message);
	for (n = r.root; n && n->kind == CL_YAML_SEQUENCE; n = n->count ? n->items[0] : NULL)
		depth++;
	cr_assert_eq(depth, 32);
	cl_yaml_free(r.root);
	free(text);
	free(open);
	open = repeat("", '[', 33, "");
	text = repeat(open, ']', 33, "\n");
	r = parse(text);
	assert_error(&r, nesting, 2, 33);
	free(text);
	free(open);
}

/* `depth` block mappings, one inside the other. */
static char *block_nesting(int depth)
{
	char *text = malloc((size_t)depth * (size_t)depth * 2 + (size_t)depth * 8 + 16);
	size_t len = 0;
	int i;

	cr_assert_not_null(text);
	for (i = 0; i < depth; i++)
		len += (size_t)sprintf(text + len, "%*sk:%s", i * 2, "", i == depth - 1 ? " v\n" : "\n");
	return text;
}

Test(yaml, deep_block_nesting)
{
	char *text = block_nesting(32);
	result r = parse_n(text, strlen(text), 0);

	cr_assert_eq(r.rc, 0, "%s", r.err.message);
	cl_yaml_free(r.root);
	free(text);
	text = block_nesting(33);
	r = parse_n(text, strlen(text), 0);
	assert_error(&r, nesting, 33, 65);
	free(text);
	text = block_nesting(300);
	r = parse_n(text, strlen(text), 0);
	assert_error(&r, nesting, 33, 65);
	free(text);
}

Test(yaml, deep_nesting_behind_a_block_scalar_is_refused)
{
	/* Flow nesting inside block collections, after a block scalar: the
	 * event loop's own depth count must refuse it. */
	char *text = repeat("- a: |\n    x\n  b: ", '[', 20000, "");
	result r = parse(text);

	assert_error(&r, nesting, 4, 36);
	free(text);
}

Test(yaml, brackets_in_text_are_not_nesting)
{
	char *b = repeat("", '[', 40, "");
	char text[2048];
	result r;

	/* In quotes, after a plain scalar's first character, in a comment,
	 * in a block scalar (even after `key: ` there) and on a plain
	 * scalar's continuation line, brackets are text. */
	snprintf(text, sizeof(text),
	         "quoted: '%s'\ndouble: \"%s\"\nplain: see%s\n# %s\nbody: |\n  %s\n  see: %s\nmore: a\n  %s\n"
	         "flow: ['%s', \"%s\"]\n",
	         b, b, b, b, b, b, b, b, b);
	r = parse(text);
	cr_assert_eq(r.rc, 0, "%s", r.err.message);
	cr_assert_eq(strlen(cl_yaml_text(cl_yaml_get(r.root, "quoted"))), 40);
	cr_assert_eq(strlen(cl_yaml_text(cl_yaml_get(r.root, "body"))), 41 + 46);
	cr_assert_eq(strncmp(cl_yaml_text(cl_yaml_get(r.root, "body")), b, 40), 0);
	cr_assert_eq(strlen(cl_yaml_text(cl_yaml_get(r.root, "more"))), 42);
	cr_assert_eq(cl_yaml_get(r.root, "flow")->count, 2);
	cl_yaml_free(r.root);
	free(b);
}

Test(yaml, non_scalar_key_is_refused)
{
	result r = parse("? [a]: b\n");

	assert_error(&r, "mapping keys must be plain text", 2, 3);
	r = parse("id: x\n[a, b]: c\n");
	assert_error(&r, "mapping keys must be plain text", 3, 1);
	r = parse("{a: 1}: c\n");
	assert_error(&r, "mapping keys must be plain text", 2, 1);
	r = parse("m: {[a]: 1}\n");
	assert_error(&r, "mapping keys must be plain text", 2, 5);
}

Test(yaml, two_documents_are_refused)
{
	result r = parse("a: 1\n---\nb: 2\n");

	assert_error(&r, "only one YAML document is allowed", 3, 1);
	r = parse("---\na: 1\n...\n---\nb: 2\n");
	assert_error(&r, "only one YAML document is allowed", 5, 1);
	/* One explicit document is fine. */
	r = parse("%YAML 1.1\n---\na: 1\n...\n");
	cr_assert_eq(r.rc, 0, "%s", r.err.message);
	cr_assert_eq(cl_yaml_get_key(r.root, "a")->line, 4);
	cl_yaml_free(r.root);
}

Test(yaml, invalid_utf8_is_an_error)
{
	const char bad[] = "id: POL-1\ntitle: \xff\xfe\n";
	const char truncated[] = "a: \xe2\x82";
	const char overlong[] = "a: \xc0\xaf\n";
	result r = parse_n(bad, sizeof(bad) - 1, 1);

	cr_assert_eq(r.rc, -1);
	cr_assert(strstr(r.err.message, "UTF-8"), "%s", r.err.message);
	cr_assert_eq(r.line, 3);
	cr_assert_eq(r.column, 8);
	r = parse_n(truncated, sizeof(truncated) - 1, 1);
	cr_assert_eq(r.rc, -1);
	cr_assert(strstr(r.err.message, "UTF-8"), "%s", r.err.message);
	r = parse_n(overlong, sizeof(overlong) - 1, 1);
	cr_assert_eq(r.rc, -1);
	cr_assert_eq(r.line, 2);
	cr_assert_eq(r.column, 4);
}

Test(yaml, utf16_is_not_guessed)
{
	const char utf16[] = "\xff\xfe"
	                     "a\0:\0 \0b\0";
	result r = parse_n(utf16, sizeof(utf16) - 1, 0);

	cr_assert_eq(r.rc, -1);
	cr_assert_eq(r.line, 1);
	cr_assert_eq(r.column, 1);
}

Test(yaml, byte_order_mark_is_skipped)
{
	result r = parse("\xef\xbb\xbf"
	                 "id: X\n");

	cr_assert_eq(r.rc, 0, "%s", r.err.message);
	cr_assert_eq(cl_yaml_get_key(r.root, "id")->column, 1);
	cr_assert_eq(cl_yaml_get(r.root, "id")->column, 5);
	cl_yaml_free(r.root);
}

Test(yaml, nul_in_input_is_refused)
{
	const char raw[] = "a: b\0c\n";
	result r = parse_n(raw, sizeof(raw) - 1, 1);

	cr_assert_eq(r.rc, -1);
	cr_assert_eq(r.line, 2);
	cr_assert_eq(r.column, 5);
	/* The escape gives libyaml a NUL in the scalar itself. */
	r = parse("a: ok\nb: \"x\\0y\"\n");
	assert_error(&r, "a scalar contains a NUL character", 3, 4);
}

Test(yaml, crlf_line_endings)
{
	result r = parse("a: 1\r\nb: two words\r\nc:\r\n  - x\r\n  - y\r\n");
	const cl_yaml_node *c;

	cr_assert_eq(r.rc, 0, "%s", r.err.message);
	cr_assert_eq(cl_yaml_get_key(r.root, "b")->line, 3);
	cr_assert_str_eq(cl_yaml_text(cl_yaml_get(r.root, "b")), "two words");
	c = cl_yaml_get(r.root, "c");
	cr_assert_eq(c->count, 2);
	cr_assert_str_eq(c->items[1]->scalar, "y");
	cr_assert_eq(c->items[1]->line, 6);
	cl_yaml_free(r.root);
	r = parse("a: 1\r\nb: [\r\n");
	cr_assert_eq(r.rc, -1);
	cr_assert_eq(r.line, 4);
}

Test(yaml, oversize_input_is_refused)
{
	size_t len = CL_YAML_MAX_BYTES + 1;
	char *text = malloc(len);
	result r;

	cr_assert_not_null(text);
	memset(text, ' ', len);
	memcpy(text, "a: b", 4);
	r = parse_n(text, len, 1);
	assert_error(&r, "YAML of 1048577 bytes is larger than the 1024 KiB clauselint reads", 2, 1);
	/* Exactly the limit is accepted. */
	r = parse_n(text, len - 1, 1);
	cr_assert_eq(r.rc, 0, "%s", r.err.message);
	cr_assert_str_eq(cl_yaml_text(cl_yaml_get(r.root, "a")), "b");
	cl_yaml_free(r.root);
	free(text);
}
