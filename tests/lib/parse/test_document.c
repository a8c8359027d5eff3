/*
 * test_document.c: cl_document_parse on in-memory files: front matter
 * (BOM, CRLF, `...`, the ways it can be wrong), the derived type, status
 * and id, unreadable input, and what markdown.c takes from the body:
 * links, wikilinks, suppression comments, tables, Dataview key/value
 * rows, headings and plain text, each with the file's own line numbers.
 */
#include <criterion/criterion.h>

#include <stdlib.h>
#include <string.h>

#include "parse/document.h"

/* As under a `governed` glob: every file is read whole, so what the body
 * holds is tested whatever the front matter says. */
static cl_document *parse(const char *text)
{
	cl_document *doc = cl_document_parse_in("policies/doc.md", text, strlen(text), 1);

	cr_assert_not_null(doc);
	return doc;
}

/* `text` as the body of a policy (three lines of front matter before
 * it): only policies get the plain text content rules search. */
static cl_document *parse_policy(const char *text)
{
	char *full = cl_printf("---\ntype: policy\nclauses: [\"5.2\"]\n---\n%s", text);
	cl_document *doc = cl_document_parse_in("policies/doc.md", full, strlen(full), 1);

	free(full);
	cr_assert_not_null(doc);
	cr_assert_eq(doc->type, CL_TYPE_POLICY);
	return doc;
}

/* As anywhere else: a file that isn't ours is skipped, with a reason. */
static cl_document *parse_anywhere(const char *text, size_t len)
{
	cl_document *doc = cl_document_parse("notes/doc.md", text, len);

	cr_assert_not_null(doc);
	return doc;
}

/* The link with `target`, or NULL. */
static const cl_link *find_link(const cl_document *doc, const char *target)
{
	for (size_t i = 0; i < doc->link_count; i++)
		if (strcmp(doc->links[i].target, target) == 0)
			return &doc->links[i];
	return NULL;
}

#define EXPECT_LINK(doc, tgt, knd, ln, col)                                                                  \
	do {                                                                                                 \
		const cl_link *l_ = find_link((doc), (tgt));                                                 \
		cr_expect_not_null(l_, "no link to '%s'", (tgt));                                            \
		if (l_) {                                                                                    \
			cr_expect_eq(l_->kind, (knd), "link '%s': kind %d", (tgt), (int)l_->kind);           \
			cr_expect(l_->line == (ln) && l_->column == (col),                                   \
			          "link '%s' at %d:%d, expected %d:%d", (tgt), l_->line, l_->column, (ln),   \
			          (col));                                                                    \
		}                                                                                            \
	} while (0)

static void expect_no_links_containing(const cl_document *doc, const char *needle)
{
	for (size_t i = 0; i < doc->link_count; i++)
		cr_expect_null(strstr(doc->links[i].target, needle), "unexpected link '%s'",
		               doc->links[i].target);
}

static const cl_yaml_node *key_node(const cl_document *doc, const char *key)
{
	return cl_yaml_get_key(doc->front_matter, key);
}

/* ---- front matter ---- */

Test(document, front_matter_keys_have_their_lines)
{
	cl_document *doc = parse("---\n"
	                         "id: POL-001\n"
	                         "title: Information security policy\n"
	                         "type: policy\n"
	                         "owner: CISO\n"
	                         "---\n"
	                         "# Body\n");
	const cl_yaml_node *id;

	cr_assert_null(doc->front_matter_error, "error: %s", doc->front_matter_error);
	cr_assert_null(doc->unreadable);
	cr_expect_eq(doc->has_front_matter, 1);
	cr_assert_not_null(doc->front_matter);
	cr_expect_eq(doc->front_matter->kind, CL_YAML_MAPPING);
	cr_assert_not_null(key_node(doc, "id"));
	cr_expect_eq(key_node(doc, "id")->line, 2, "the key on line 2 is line 2");
	cr_expect_eq(key_node(doc, "id")->column, 1);
	cr_expect_eq(key_node(doc, "title")->line, 3);
	cr_expect_eq(key_node(doc, "type")->line, 4);
	cr_expect_eq(key_node(doc, "owner")->line, 5);
	id = cl_document_field(doc, "id");
	cr_assert_not_null(id);
	cr_expect_eq(id->line, 2);
	cr_expect_eq(id->column, 5, "value column after 'id: '");
	cr_expect_str_eq(doc->id, "POL-001");
	cr_expect_eq(doc->type, CL_TYPE_POLICY);
	cr_expect_eq(doc->governed, 1);
	cr_expect_eq(doc->status, CL_STATUS_ACTIVE);
	cr_expect_str_eq(doc->path, "policies/doc.md");
	cl_document_free(doc);
}

Test(document, field_line)
{
	cl_document *doc = parse("---\n"
	                         "id: POL-002\n"
	                         "type: procedure\n"
	                         "clauses:\n"
	                         "  - \"5.2\"\n"
	                         "approver: CEO\n"
	                         "---\n");

	cr_expect_eq(cl_document_field_line(doc, "id"), 2);
	cr_expect_eq(cl_document_field_line(doc, "clauses"), 4);
	cr_expect_eq(cl_document_field_line(doc, "approver"), 6);
	cr_expect_eq(cl_document_field_line(doc, "version"), 1, "absent key: line 1");
	cr_expect_null(cl_document_field(doc, "version"));
	cr_expect_null(cl_document_field(doc, "Approver"), "keys are case-sensitive");
	cr_assert_not_null(cl_document_field(doc, "clauses"));
	cr_expect_eq(cl_document_field(doc, "clauses")->kind, CL_YAML_SEQUENCE);
	cl_document_free(doc);

	/* Without front matter every field is absent and at line 1. */
	doc = parse("# Just a note\n");
	cr_expect_eq(cl_document_field_line(doc, "id"), 1);
	cr_expect_null(cl_document_field(doc, "id"));
	cl_document_free(doc);
}

Test(document, bom_accepted)
{
	cl_document *doc = parse("\xEF\xBB\xBF---\n"
	                         "id: POL-003\n"
	                         "type: policy\n"
	                         "---\n"
	                         "# Title\n");

	cr_expect_eq(doc->has_front_matter, 1, "a BOM before '---' still opens front matter");
	cr_assert_null(doc->front_matter_error, "error: %s", doc->front_matter_error);
	cr_expect_eq(doc->type, CL_TYPE_POLICY);
	cr_expect_str_eq(doc->id, "POL-003");
	cr_expect_eq(cl_document_field_line(doc, "type"), 3);
	cr_assert_eq(doc->headings.count, 1);
	cr_expect_eq(doc->heading_lines[0], 5);
	cl_document_free(doc);
}

Test(document, crlf_accepted)
{
	cl_document *doc = parse("---\r\n"
	                         "id: POL-004\r\n"
	                         "type: resource-approval\r\n"
	                         "status: draft\r\n"
	                         "---\r\n"
	                         "\r\n"
	                         "# Scope\r\n"
	                         "\r\n"
	                         "See [the policy](policy.md).\r\n");

	cr_expect_eq(doc->has_front_matter, 1);
	cr_assert_null(doc->front_matter_error, "error: %s", doc->front_matter_error);
	cr_expect_str_eq(doc->id, "POL-004", "no CR left in the value");
	cr_expect_eq(doc->type, CL_TYPE_RESOURCE_APPROVAL);
	cr_expect_eq(doc->status, CL_STATUS_DRAFT);
	cr_expect_eq(cl_document_field_line(doc, "type"), 3);
	cr_expect_eq(cl_document_field_line(doc, "status"), 4);
	cr_assert_eq(doc->headings.count, 1);
	cr_expect_str_eq(doc->headings.items[0], "Scope");
	cr_expect_eq(doc->heading_lines[0], 7);
	EXPECT_LINK(doc, "policy.md", CL_LINK_MARKDOWN, 9, 5);
	cl_document_free(doc);
}

Test(document, bom_and_crlf_together)
{
	cl_document *doc = parse("\xEF\xBB\xBF---\r\nid: POL-005\r\ntype: standard\r\n---\r\n# H\r\n");

	cr_assert_null(doc->front_matter_error, "error: %s", doc->front_matter_error);
	cr_expect_eq(doc->type, CL_TYPE_STANDARD);
	cr_expect_str_eq(doc->id, "POL-005");
	cr_assert_eq(doc->headings.count, 1);
	cr_expect_eq(doc->heading_lines[0], 5);
	cl_document_free(doc);
}

Test(document, no_front_matter)
{
	cl_document *doc = parse("# Read me\n\nNot a policy.\n");

	cr_expect_eq(doc->has_front_matter, 0);
	cr_expect_eq(doc->governed, 0);
	cr_expect_eq(doc->type, CL_TYPE_NONE);
	cr_expect_null(doc->front_matter);
	cr_expect_null(doc->front_matter_error);
	cr_expect_null(doc->unreadable);
	cr_expect_null(doc->id);
	cr_expect_eq(doc->body_parsed, 1);
	cr_assert_eq(doc->headings.count, 1);
	cr_expect_eq(doc->heading_lines[0], 1);
	cl_document_free(doc);
}

Test(document, only_an_exact_dash_line_opens_front_matter)
{
	cl_document *doc = parse("----\nid: X\ntype: policy\n----\n");

	cr_expect_eq(doc->has_front_matter, 0, "'----' is a thematic break, not front matter");
	cr_expect_eq(doc->governed, 0);
	cr_expect_null(doc->front_matter_error);
	cl_document_free(doc);

	doc = parse("\n---\nid: X\ntype: policy\n---\n");
	cr_expect_eq(doc->has_front_matter, 0, "front matter must start on line 1");
	cr_expect_eq(doc->governed, 0);
	cl_document_free(doc);

	doc = parse("--- \nid: X\ntype: policy\n---\t\n");
	cr_expect_eq(doc->has_front_matter, 1, "trailing blanks after the dashes are allowed");
	cr_expect_eq(doc->type, CL_TYPE_POLICY);
	cl_document_free(doc);
}

Test(document, unterminated_front_matter)
{
	cl_document *doc = parse("---\n"
	                         "id: POL-006\n"
	                         "type: policy\n"
	                         "\n"
	                         "# Never closed\n");

	cr_expect_eq(doc->has_front_matter, 1);
	cr_assert_not_null(doc->front_matter_error);
	cr_expect_eq(doc->front_matter_error_line, 1);
	cr_expect_not_null(strstr(doc->front_matter_error, "never closed"), "message: %s",
	                   doc->front_matter_error);
	cr_expect_null(doc->front_matter);
	cr_expect_eq(doc->governed, 0);
	cr_expect_null(doc->id);
	cl_document_free(doc);

	doc = parse("---");
	cr_expect_eq(doc->has_front_matter, 1);
	cr_assert_not_null(doc->front_matter_error, "a lone '---' opens and never closes");
	cr_expect_eq(doc->front_matter_error_line, 1);
	cl_document_free(doc);
}

Test(document, list_front_matter_is_not_a_mapping)
{
	cl_document *doc = parse("---\n"
	                         "- id: POL-007\n"
	                         "- type: policy\n"
	                         "---\n");

	cr_expect_eq(doc->has_front_matter, 1);
	cr_assert_not_null(doc->front_matter_error);
	cr_expect_not_null(strstr(doc->front_matter_error, "not a mapping"), "message: %s",
	                   doc->front_matter_error);
	cr_expect_eq(doc->front_matter_error_line, 2);
	cr_expect_null(doc->front_matter);
	cr_expect_eq(doc->governed, 0);
	cl_document_free(doc);

	doc = parse("---\njust some text\n---\n");
	cr_assert_not_null(doc->front_matter_error);
	cr_expect_not_null(strstr(doc->front_matter_error, "not a mapping"), "message: %s",
	                   doc->front_matter_error);
	cr_expect_eq(doc->front_matter_error_line, 2);
	cl_document_free(doc);
}

Test(document, invalid_yaml_front_matter_has_line)
{
	cl_document *doc = parse("---\n"
	                         "id: POL-008\n"
	                         "title: T\n"
	                         "id: POL-009\n"
	                         "type: policy\n"
	                         "---\n");

	cr_assert_not_null(doc->front_matter_error);
	cr_expect_not_null(strstr(doc->front_matter_error, "duplicate key 'id'"), "message: %s",
	                   doc->front_matter_error);
	cr_expect_eq(doc->front_matter_error_line, 4, "line %d", doc->front_matter_error_line);
	cr_expect_eq(doc->governed, 0);
	cr_expect_null(doc->front_matter);
	cl_document_free(doc);
}

Test(document, empty_front_matter)
{
	cl_document *doc = parse("---\n---\n# Heading\n");

	cr_expect_eq(doc->has_front_matter, 1);
	cr_expect_null(doc->front_matter_error, "error: %s", doc->front_matter_error);
	cr_expect_eq(doc->governed, 0);
	cr_expect_eq(doc->type, CL_TYPE_NONE);
	cr_expect_null(doc->id);
	cr_assert_eq(doc->headings.count, 1);
	cr_expect_eq(doc->heading_lines[0], 3);
	cl_document_free(doc);
}

Test(document, dots_close_front_matter)
{
	cl_document *doc = parse("---\n"
	                         "id: POL-010\n"
	                         "type: policy\n"
	                         "...\n"
	                         "# After dots\n");

	cr_expect_null(doc->front_matter_error, "error: %s", doc->front_matter_error);
	cr_expect_eq(doc->type, CL_TYPE_POLICY);
	cr_expect_str_eq(doc->id, "POL-010");
	cr_assert_eq(doc->headings.count, 1);
	cr_expect_str_eq(doc->headings.items[0], "After dots");
	cr_expect_eq(doc->heading_lines[0], 5);
	cr_expect_null(strstr(doc->plain_text, "pol-010"), "front matter leaked into the body: %s",
	               doc->plain_text);
	cl_document_free(doc);
}

/* ---- derived fields ---- */

Test(document, type_parse)
{
	cl_document *doc = parse("---\nid: A\ntype: policy\n---\n");

	cr_expect_eq(doc->type, CL_TYPE_POLICY);
	cr_expect_eq(doc->governed, 1);
	cl_document_free(doc);

	doc = parse("---\nid: B\ntype: resource-approval\n---\n");
	cr_expect_eq(doc->type, CL_TYPE_RESOURCE_APPROVAL);
	cr_expect_eq(doc->governed, 1);
	cl_document_free(doc);

	doc = parse("---\nid: C\ntype: memo\n---\n");
	cr_expect_eq(doc->type, CL_TYPE_UNKNOWN);
	cr_expect_eq(doc->governed, 1, "under a governed glob, an unknown `type` is a document to report");
	cl_document_free(doc);

	doc = parse("---\nid: D\ntype: [policy]\n---\n");
	cr_expect_eq(doc->type, CL_TYPE_UNKNOWN, "a list is no type");
	cl_document_free(doc);

	doc = parse("---\nid: E\ntitle: No type\n---\n");
	cr_expect_eq(doc->type, CL_TYPE_NONE);
	cr_expect_eq(doc->governed, 0);
	cl_document_free(doc);
}

Test(document, type_names)
{
	cr_expect_eq(cl_doc_type_parse("policy"), CL_TYPE_POLICY);
	cr_expect_eq(cl_doc_type_parse("procedure"), CL_TYPE_PROCEDURE);
	cr_expect_eq(cl_doc_type_parse("standard"), CL_TYPE_STANDARD);
	cr_expect_eq(cl_doc_type_parse("statement"), CL_TYPE_STATEMENT);
	cr_expect_eq(cl_doc_type_parse("roles"), CL_TYPE_ROLES);
	cr_expect_eq(cl_doc_type_parse("review"), CL_TYPE_REVIEW);
	cr_expect_eq(cl_doc_type_parse("resource-approval"), CL_TYPE_RESOURCE_APPROVAL);
	cr_expect_eq(cl_doc_type_parse("acknowledgement"), CL_TYPE_ACKNOWLEDGEMENT);
	cr_expect_eq(cl_doc_type_parse("training"), CL_TYPE_TRAINING);
	cr_expect_eq(cl_doc_type_parse("record"), CL_TYPE_RECORD);
	cr_expect_eq(cl_doc_type_parse("requirement"), CL_TYPE_UNKNOWN, "notes are recognised by keys");
	cr_expect_eq(cl_doc_type_parse("Policy"), CL_TYPE_UNKNOWN);
	cr_expect_eq(cl_doc_type_parse(""), CL_TYPE_UNKNOWN);
	cr_expect_str_eq(cl_doc_type_name(CL_TYPE_RESOURCE_APPROVAL), "resource-approval");
	cr_expect_str_eq(cl_doc_type_name(CL_TYPE_REQUIREMENT), "requirement");
	cr_expect_null(cl_doc_type_name(CL_TYPE_NONE));
	cr_expect_null(cl_doc_type_name(CL_TYPE_UNKNOWN));
}

Test(document, status)
{
	cl_document *doc = parse("---\nid: A\ntype: policy\nstatus: draft\n---\n");

	cr_expect_eq(doc->status, CL_STATUS_DRAFT);
	cl_document_free(doc);

	doc = parse("---\nid: A\ntype: policy\nstatus: retired\n---\n");
	cr_expect_eq(doc->status, CL_STATUS_RETIRED);
	cl_document_free(doc);

	doc = parse("---\nid: A\ntype: policy\nstatus: active\n---\n");
	cr_expect_eq(doc->status, CL_STATUS_ACTIVE);
	cl_document_free(doc);

	doc = parse("---\nid: A\ntype: policy\n---\n");
	cr_expect_eq(doc->status, CL_STATUS_ACTIVE, "active is the default");
	cl_document_free(doc);
}

Test(document, requirement_note)
{
	cl_document *doc = parse("---\n"
	                         "dg-publish: true\n"
	                         "tags:\n"
	                         "  - \"#requirement\"\n"
	                         "Name: Leadership and commitment\n"
	                         "Code: \"5.1\"\n"
	                         "Framework: ISO27001:2022\n"
	                         "Section: Requirements\n"
	                         "Category: Security & Privacy Governance\n"
	                         "Additional_Info:\n"
	                         "---\n");

	cr_assert_null(doc->front_matter_error, "error: %s", doc->front_matter_error);
	cr_expect_eq(doc->type, CL_TYPE_REQUIREMENT);
	cr_expect_eq(doc->governed, 1);
	cr_expect_eq(cl_document_field_line(doc, "Code"), 6);
	cl_document_free(doc);

	doc = parse("---\nName: Leadership and commitment\nCode: \"5.1\"\n---\n");
	cr_expect_eq(doc->type, CL_TYPE_REQUIREMENT, "Code and Name are enough");
	cr_expect_eq(doc->governed, 1);
	cl_document_free(doc);

	doc = parse("---\nName: Just a name\n---\n");
	cr_expect_eq(doc->type, CL_TYPE_NONE, "no Code: not a requirement note");
	cr_expect_eq(doc->governed, 0);
	cl_document_free(doc);

	doc = parse("---\nid: POL-1\ntype: policy\nName: N\nCode: \"5.1\"\n---\n");
	cr_expect_eq(doc->type, CL_TYPE_POLICY, "an explicit type wins");
	cl_document_free(doc);
}

/* ---- unreadable input ---- */

Test(document, nul_byte_is_unreadable)
{
	static const char text[] = "---\nid: POL-011\ntype: policy\n---\nline five\nab\0cd\n";
	cl_document *doc = cl_document_parse("policies/bin.md", text, sizeof(text) - 1);

	cr_assert_not_null(doc->unreadable);
	cr_expect_not_null(strstr(doc->unreadable, "NUL"), "reason: %s", doc->unreadable);
	cr_expect_eq(doc->unreadable_line, 6, "the NUL is on line 6, got %d", doc->unreadable_line);
	cr_expect_not_null(strstr(doc->unreadable, "line 6, column 3"), "reason: %s", doc->unreadable);
	cr_expect_eq(doc->governed, 0, "nothing else is set");
	cr_expect_eq(doc->body_parsed, 0);
	cr_expect_null(doc->front_matter);
	cl_document_free(doc);
}

Test(document, invalid_utf8_with_front_matter_is_unreadable)
{
	cl_document *doc = parse("---\nid: POL-012\ntype: policy\ntitle: Caf\xE9\n---\n");

	cr_assert_not_null(doc->unreadable);
	cr_expect_not_null(strstr(doc->unreadable, "UTF-8"), "reason: %s", doc->unreadable);
	cr_expect_eq(doc->unreadable_line, 4);
	cr_expect_null(doc->front_matter);
	cr_expect_eq(doc->body_parsed, 0);
	cl_document_free(doc);

	doc = parse("---\nid: POL-012\ntype: policy\n---\n\nbody \xC0\x80 text\n");
	cr_assert_not_null(doc->unreadable, "invalid UTF-8 in the body of a front-matter file");
	cr_expect_eq(doc->unreadable_line, 6);
	cl_document_free(doc);
}

Test(document, invalid_utf8_without_front_matter_is_parsed)
{
	cl_document *doc = parse("# Notes\n\nLatin-1 caf\xE9 here\n");

	cr_expect_null(doc->unreadable, "reason: %s", doc->unreadable);
	cr_expect_eq(doc->body_parsed, 1);
	cr_expect_eq(doc->governed, 0);
	cr_assert_eq(doc->headings.count, 1);
	cr_expect_str_eq(doc->headings.items[0], "Notes");
	cl_document_free(doc);
}

/* A first line of five dashes is a thematic break, not front matter
 * (see only_an_exact_dash_line_opens_front_matter), so this file has no
 * front matter and must be parsed like the one above. */
Test(document, invalid_utf8_after_a_dash_rule_is_parsed)
{
	cl_document *doc = parse("-----\n\n# Notes\n\nLatin-1 caf\xE9 here\n");

	cr_expect_eq(doc->has_front_matter, 0);
	cr_expect_null(doc->unreadable, "a file without front matter was made unreadable: %s",
	               doc->unreadable);
	cr_expect_eq(doc->body_parsed, 1);
	cl_document_free(doc);
}

Test(document, unreadable_constructor)
{
	cl_document *doc = cl_document_unreadable("big.md", "file is too large");

	cr_expect_str_eq(doc->path, "big.md");
	cr_expect_str_eq(doc->unreadable, "file is too large");
	cr_expect_eq(doc->unreadable_line, 1);
	cr_expect_eq(doc->governed, 0);
	cl_document_free(doc);
	cl_document_free(NULL);
}

/* ---- links ---- */

Test(document, markdown_links)
{
	cl_document *doc = parse("See [the policy](policy.md) and\n"
	                         "![diagram](img/diagram.png \"title\").\n"
	                         "\n"
	                         "- [up](../other/doc.md)\n"
	                         "- [angle](<with space.md>)\n"
	                         "\n"
	                         "[ref link][r]\n"
	                         "\n"
	                         "[r]: refs/target.md\n");

	EXPECT_LINK(doc, "policy.md", CL_LINK_MARKDOWN, 1, 5);
	EXPECT_LINK(doc, "img/diagram.png", CL_LINK_MARKDOWN, 2, 1);
	EXPECT_LINK(doc, "../other/doc.md", CL_LINK_MARKDOWN, 4, 3);
	EXPECT_LINK(doc, "with space.md", CL_LINK_MARKDOWN, 5, 3);
	EXPECT_LINK(doc, "refs/target.md", CL_LINK_MARKDOWN, 7, 1);
	cr_expect_eq(doc->link_count, 5);
	cl_document_free(doc);
}

Test(document, external_and_anchor_links_ignored)
{
	cl_document *doc = parse("[web](https://example.com/a.md) [plain](http://example.com)\n"
	                         "[mail](mailto:ciso@example.com) [top](#scope)\n"
	                         "[proto](//cdn.example.com/x.md) [tel](tel:+123)\n"
	                         "<https://autolink.example.com>\n"
	                         "[kept](kept.md)\n");

	cr_expect_eq(doc->link_count, 1, "only the relative link is kept, got %zu", doc->link_count);
	EXPECT_LINK(doc, "kept.md", CL_LINK_MARKDOWN, 5, 1);
	expect_no_links_containing(doc, "example.com");
	expect_no_links_containing(doc, "scope");
	cl_document_free(doc);
}

Test(document, query_and_fragment_stripped)
{
	cl_document *doc = parse("[a](policy.md#scope) [b](form.md?version=2) [c](both.md?x=1#y)\n"
	                         "[d](?only-query)\n");

	EXPECT_LINK(doc, "policy.md", CL_LINK_MARKDOWN, 1, 1);
	EXPECT_LINK(doc, "form.md", CL_LINK_MARKDOWN, 1, 22);
	EXPECT_LINK(doc, "both.md", CL_LINK_MARKDOWN, 1, 45);
	expect_no_links_containing(doc, "#");
	expect_no_links_containing(doc, "?");
	cr_expect_eq(doc->link_count, 3, "a link that is only a query names no file");
	cl_document_free(doc);
}

Test(document, wikilinks)
{
	cl_document *doc = parse("Read [[access-control]] and [[roles|the roles]].\n"
	                         "Also [[policy#Scope]] and ![[diagram.png]] and [[ spaced ]].\n");

	EXPECT_LINK(doc, "access-control", CL_LINK_WIKI, 1, 6);
	EXPECT_LINK(doc, "roles", CL_LINK_WIKI, 1, 29);
	EXPECT_LINK(doc, "policy", CL_LINK_WIKI, 2, 6);
	EXPECT_LINK(doc, "diagram.png", CL_LINK_WIKI, 2, 28);
	EXPECT_LINK(doc, "spaced", CL_LINK_WIKI, 2, 48);
	expect_no_links_containing(doc, "|");
	expect_no_links_containing(doc, "the roles");
	expect_no_links_containing(doc, "Scope");
	cr_expect_eq(doc->link_count, 5);
	cl_document_free(doc);
}

Test(document, wikilinks_in_blocks)
{
	cl_document *doc = parse("# Heading [[in-heading]]\n"
	                         "\n"
	                         "> quoted [[in-quote]]\n"
	                         "\n"
	                         "- item **[[in-bold]]**\n"
	                         "\n"
	                         "| a | b |\n"
	                         "|---|---|\n"
	                         "| [[in-table\\|alias]] | x |\n");

	EXPECT_LINK(doc, "in-heading", CL_LINK_WIKI, 1, 11);
	EXPECT_LINK(doc, "in-quote", CL_LINK_WIKI, 3, 10);
	EXPECT_LINK(doc, "in-bold", CL_LINK_WIKI, 5, 10);
	EXPECT_LINK(doc, "in-table", CL_LINK_WIKI, 9, 3);
	cl_document_free(doc);
}

Test(document, no_links_in_code)
{
	cl_document *doc = parse("Inline `[[not-a-link]]` and `[x](code.md)` stay code.\n"
	                         "\n"
	                         "```markdown\n"
	                         "[[fenced-wiki]] and [y](fenced.md)\n"
	                         "```\n"
	                         "\n"
	                         "    [[indented-wiki]] [z](indented.md)\n"
	                         "\n"
	                         "[[real]]\n");

	expect_no_links_containing(doc, "not-a-link");
	expect_no_links_containing(doc, "code.md");
	expect_no_links_containing(doc, "fenced");
	expect_no_links_containing(doc, "indented");
	EXPECT_LINK(doc, "real", CL_LINK_WIKI, 9, 1);
	cr_expect_eq(doc->link_count, 1);
	cl_document_free(doc);
}

Test(document, empty_and_unclosed_wikilinks_ignored)
{
	cl_document *doc = parse("[[]] [[ ]] [[#same-page heading]] [[unclosed] text\n");

	cr_expect_eq(doc->link_count, 0, "got %zu links, first '%s'", doc->link_count,
	             doc->link_count ? doc->links[0].target : "");
	cl_document_free(doc);
}

Test(document, link_lines_after_front_matter)
{
	/* Front matter of 7 lines: the body's lines are the file's. */
	cl_document *doc = parse("---\n"
	                         "id: POL-013\n"
	                         "title: Access control\n"
	                         "type: policy\n"
	                         "owner: CISO\n"
	                         "approver: CEO\n"
	                         "---\n"
	                         "\n"
	                         "# Access\n"
	                         "\n"
	                         "Text with [link](a.md)\n"
	                         "and [[wiki]] on the next line.\n");

	cr_assert_null(doc->front_matter_error, "error: %s", doc->front_matter_error);
	cr_assert_eq(doc->headings.count, 1);
	cr_expect_eq(doc->heading_lines[0], 9);
	EXPECT_LINK(doc, "a.md", CL_LINK_MARKDOWN, 11, 11);
	EXPECT_LINK(doc, "wiki", CL_LINK_WIKI, 12, 5);
	cr_expect_null(strstr(doc->plain_text, "access control"), "front matter in the body text: %s",
	               doc->plain_text);
	cl_document_free(doc);
}

/* The column of a wikilink is computed from its offset in cmark's text
 * node, but that literal has entities and backslash escapes already
 * decoded, so anything decoded earlier on the line shifts the column. */
Test(document, wikilink_column_after_entity)
{
	cl_document *doc = parse("R&amp;D [[lab]]\n"
	                         "a \\* b [[star]]\n");

	EXPECT_LINK(doc, "lab", CL_LINK_WIKI, 1, 9);
	EXPECT_LINK(doc, "star", CL_LINK_WIKI, 2, 8);
	cl_document_free(doc);
}

/* A wikilink whose alias (or target) holds emphasis is split by cmark
 * into several inline nodes, and scanning one text node at a time misses
 * it. */
Test(document, wikilink_with_emphasised_alias)
{
	cl_document *doc = parse("See [[access-control|*the* policy]] and [[risk_register|**risks**]].\n");

	EXPECT_LINK(doc, "access-control", CL_LINK_WIKI, 1, 5);
	EXPECT_LINK(doc, "risk_register", CL_LINK_WIKI, 1, 41);
	cl_document_free(doc);
}

/* ---- suppression comments ---- */

static const cl_suppression *suppression_at(const cl_document *doc, int line)
{
	for (size_t i = 0; i < doc->suppression_count; i++)
		if (doc->suppressions[i].line == line)
			return &doc->suppressions[i];
	return NULL;
}

Test(document, suppression_kinds)
{
	cl_document *doc = parse("<!-- clauselint-disable -->\n"
	                         "\n"
	                         "<!-- clauselint-enable broken-link -->\n"
	                         "\n"
	                         "<!-- clauselint-disable-next-line duplicate-id -->\n"
	                         "text\n"
	                         "\n"
	                         "<!-- clauselint-disable-line broken-link -->\n"
	                         "\n"
	                         "<!-- clauselint-disable-file front-matter-field-missing -->\n");
	const cl_suppression *s;

	cr_assert_eq(doc->suppression_count, 5, "got %zu", doc->suppression_count);
	s = suppression_at(doc, 1);
	cr_assert_not_null(s);
	cr_expect_eq(s->kind, CL_SUPPRESS_DISABLE);
	cr_expect_eq(s->rules.count, 0, "no names: all rules");
	s = suppression_at(doc, 3);
	cr_assert_not_null(s);
	cr_expect_eq(s->kind, CL_SUPPRESS_ENABLE);
	cr_assert_eq(s->rules.count, 1);
	cr_expect_str_eq(s->rules.items[0], "broken-link");
	s = suppression_at(doc, 5);
	cr_assert_not_null(s);
	cr_expect_eq(s->kind, CL_SUPPRESS_DISABLE_NEXT_LINE);
	cr_assert_eq(s->rules.count, 1);
	cr_expect_str_eq(s->rules.items[0], "duplicate-id");
	s = suppression_at(doc, 8);
	cr_assert_not_null(s);
	cr_expect_eq(s->kind, CL_SUPPRESS_DISABLE_LINE);
	s = suppression_at(doc, 10);
	cr_assert_not_null(s);
	cr_expect_eq(s->kind, CL_SUPPRESS_DISABLE_FILE);
	cr_assert_eq(s->rules.count, 1);
	cr_expect_str_eq(s->rules.items[0], "front-matter-field-missing");
	cl_document_free(doc);
}

Test(document, suppression_rule_lists)
{
	cl_document *doc = parse(
	        "<!-- clauselint-disable broken-link duplicate-id,unknown-clause , file-unreadable -->\n"
	        "\n"
	        "<!--clauselint-disable-file-->\n"
	        "\n"
	        "<!-- clauselint-disable\n"
	        "     broken-link\n"
	        "     duplicate-id -->\n");
	const cl_suppression *s;

	cr_assert_eq(doc->suppression_count, 3, "got %zu", doc->suppression_count);
	s = suppression_at(doc, 1);
	cr_assert_not_null(s);
	cr_assert_eq(s->rules.count, 4);
	cr_expect_str_eq(s->rules.items[0], "broken-link");
	cr_expect_str_eq(s->rules.items[1], "duplicate-id");
	cr_expect_str_eq(s->rules.items[2], "unknown-clause");
	cr_expect_str_eq(s->rules.items[3], "file-unreadable");
	s = suppression_at(doc, 3);
	cr_assert_not_null(s, "no blanks around the word is the all-rules form too");
	cr_expect_eq(s->kind, CL_SUPPRESS_DISABLE_FILE);
	cr_expect_eq(s->rules.count, 0);
	s = suppression_at(doc, 5);
	cr_assert_not_null(s, "a comment over several lines counts at its first line");
	cr_expect_eq(s->kind, CL_SUPPRESS_DISABLE);
	cr_expect_eq(s->rules.count, 2);
	cl_document_free(doc);
}

Test(document, suppression_not_other_comments)
{
	cl_document *doc = parse("<!-- a plain comment -->\n"
	                         "\n"
	                         "<!-- clauselint-disabled broken-link -->\n"
	                         "\n"
	                         "<!-- markdownlint-disable MD013 -->\n"
	                         "\n"
	                         "<!-- clauselint-enable -->\n");

	cr_assert_eq(doc->suppression_count, 1, "got %zu", doc->suppression_count);
	cr_expect_eq(doc->suppressions[0].kind, CL_SUPPRESS_ENABLE);
	cr_expect_eq(doc->suppressions[0].line, 7);
	cl_document_free(doc);
}

Test(document, suppression_not_in_code)
{
	cl_document *doc = parse("```html\n"
	                         "<!-- clauselint-disable-file -->\n"
	                         "```\n"
	                         "\n"
	                         "Write `<!-- clauselint-disable -->` to switch rules off.\n"
	                         "\n"
	                         "    <!-- clauselint-disable broken-link -->\n");

	cr_expect_eq(doc->suppression_count, 0, "got %zu", doc->suppression_count);
	cl_document_free(doc);
}

Test(document, suppression_inline_in_paragraph)
{
	cl_document *doc = parse("---\n"
	                         "id: POL-014\n"
	                         "type: policy\n"
	                         "---\n"
	                         "First line of a paragraph\n"
	                         "see [old](gone.md) <!-- clauselint-disable-line broken-link --> here.\n");
	const cl_suppression *s;

	cr_assert_eq(doc->suppression_count, 1, "got %zu", doc->suppression_count);
	s = &doc->suppressions[0];
	cr_expect_eq(s->kind, CL_SUPPRESS_DISABLE_LINE);
	cr_expect_eq(s->line, 6, "the comment's own line, got %d", s->line);
	cr_assert_eq(s->rules.count, 1);
	cr_expect_str_eq(s->rules.items[0], "broken-link");
	EXPECT_LINK(doc, "gone.md", CL_LINK_MARKDOWN, 6, 5);
	cl_document_free(doc);
}

/* ---- tables ---- */

Test(document, gfm_table)
{
	cl_document *doc = parse("---\n"
	                         "id: ROL-001\n"
	                         "type: roles\n"
	                         "---\n"
	                         "\n"
	                         "| Role | Holder | Since |\n"
	                         "| ---- | ------ | ----- |\n"
	                         "| CEO | Dana **Whitfield** | 2019 |\n"
	                         "| CISO | `Sam` Ortiz |\n"
	                         "| DPO | Lee | 2021 |\n");
	const cl_table *t;

	cr_assert_eq(doc->table_count, 1);
	t = &doc->tables[0];
	cr_expect_eq(t->line, 6);
	cr_assert_eq(t->columns, 3);
	cr_expect_str_eq(t->header[0], "Role");
	cr_expect_str_eq(t->header[1], "Holder");
	cr_expect_str_eq(t->header[2], "Since");
	cr_assert_eq(t->rows, 3);
	cr_expect_str_eq(t->cells[0][0], "CEO");
	cr_expect_str_eq(t->cells[0][1], "Dana Whitfield", "inline markup flattened to text");
	cr_expect_str_eq(t->cells[0][2], "2019");
	cr_expect_str_eq(t->cells[1][0], "CISO");
	cr_expect_str_eq(t->cells[1][1], "Sam Ortiz");
	cr_expect_str_eq(t->cells[1][2], "", "a short row is padded with \"\"");
	cr_expect_str_eq(t->cells[2][0], "DPO");
	cr_expect_eq(t->row_lines[0], 8);
	cr_expect_eq(t->row_lines[1], 9);
	cr_expect_eq(t->row_lines[2], 10);
	cl_document_free(doc);
}

Test(document, two_tables_and_header_only)
{
	cl_document *doc = parse("---\n"
	                         "type: training\n"
	                         "---\n"
	                         "| A | B |\n"
	                         "|---|---|\n"
	                         "\n"
	                         "text\n"
	                         "\n"
	                         "| X |\n"
	                         "|---|\n"
	                         "| 1 |\n");

	cr_assert_eq(doc->table_count, 2);
	cr_expect_eq(doc->tables[0].line, 4);
	cr_expect_eq(doc->tables[0].columns, 2);
	cr_expect_eq(doc->tables[0].rows, 0);
	cr_expect_eq(doc->tables[1].line, 9);
	cr_expect_eq(doc->tables[1].columns, 1);
	cr_assert_eq(doc->tables[1].rows, 1);
	cr_expect_str_eq(doc->tables[1].cells[0][0], "1");
	cr_expect_eq(doc->tables[1].row_lines[0], 11);
	cl_document_free(doc);
}

/* No rule reads a policy's tables: they are parsed past, not copied
 * (issue 15: a third of the peak on large documents); the records' and
 * the RACI's are kept. */
Test(document, tables_kept_only_where_rules_read_them)
{
	static const char *const types[] = {"policy", "procedure", "standard", "review",
	                                    "record", "roles",     "training", "acknowledgement"};

	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		char *text =
		        cl_printf("---\ntype: %s\n---\n| Person | Date |\n|---|---|\n| Dana | 2026-01-01 |\n",
		                  types[i]);
		cl_document *doc = parse(text);
		size_t want = i >= 5 ? 1 : 0;

		cr_expect_eq(doc->table_count, want, "%s: %zu tables kept", types[i], doc->table_count);
		cr_expect_eq(cl_document_keeps_tables(doc->type), (int)want, "%s", types[i]);
		cl_document_free(doc);
		free(text);
	}
}

/* ---- Dataview key/value rows ---- */

Test(document, dataview_rows_one_line)
{
	cl_document *doc =
	        parse("<table><tbody><tr><td><span>Name</span></td><td><span>Policy</span></td></tr>"
	              "<tr><td><span>Category</span></td><td><span>Security &amp; Privacy</span></td></tr>"
	              "</tbody></table>\n"
	              "\n"
	              "# Description\n");

	cr_assert_eq(doc->kv_row_count, 2, "got %zu", doc->kv_row_count);
	cr_expect_str_eq(doc->kv_rows[0].key, "Name");
	cr_expect_str_eq(doc->kv_rows[0].value, "Policy");
	cr_expect_eq(doc->kv_rows[0].line, 1);
	cr_expect_str_eq(doc->kv_rows[1].key, "Category");
	cr_expect_str_eq(doc->kv_rows[1].value, "Security & Privacy", "&amp; decoded");
	cr_expect_eq(doc->kv_rows[1].line, 1);
	cl_document_free(doc);
}

Test(document, dataview_rows_with_lines)
{
	cl_document *doc = parse(
	        "---\n"
	        "Name: Leadership and commitment\n"
	        "Code: \"5.1\"\n"
	        "Section: Requirements\n"
	        "---\n"
	        "\n"
	        "<table>\n"
	        "<tbody>\n"
	        "<tr><td><span>Name</span></td><td><span>Leadership &amp; commitment</span></td></tr>\n"
	        "<tr><td><span>Code</span></td><td><span>5.1</span></td></tr>\n"
	        "<tr><td><span>Note</span></td><td><span>&lt;b&gt; &quot;x&quot; it&#39;s</span></td></tr>\n"
	        "<tr>\n"
	        "  <td><span>Section</span></td>\n"
	        "  <td><span>  Requirements\n   here </span></td>\n"
	        "</tr>\n"
	        "</tbody>\n"
	        "</table>\n"
	        "\n"
	        "# Description\n");

	cr_assert_eq(doc->type, CL_TYPE_REQUIREMENT);
	cr_assert_eq(doc->kv_row_count, 4, "got %zu", doc->kv_row_count);
	cr_expect_str_eq(doc->kv_rows[0].key, "Name");
	cr_expect_str_eq(doc->kv_rows[0].value, "Leadership & commitment");
	cr_expect_eq(doc->kv_rows[0].line, 9);
	cr_expect_str_eq(doc->kv_rows[1].key, "Code");
	cr_expect_str_eq(doc->kv_rows[1].value, "5.1");
	cr_expect_eq(doc->kv_rows[1].line, 10);
	cr_expect_str_eq(doc->kv_rows[2].value, "<b> \"x\" it's");
	cr_expect_eq(doc->kv_rows[2].line, 11);
	cr_expect_str_eq(doc->kv_rows[3].key, "Section");
	cr_expect_str_eq(doc->kv_rows[3].value, "Requirements here", "white space collapsed and trimmed");
	cr_expect_eq(doc->kv_rows[3].line, 12, "a row's line is where its <tr> is");
	cr_assert_eq(doc->headings.count, 1);
	cr_expect_eq(doc->heading_lines[0], 20);
	cl_document_free(doc);
}

Test(document, dataview_rows_need_two_cells)
{
	cl_document *doc = parse("<table>\n"
	                         "<tr><th>Key</th><th>Value</th></tr>\n"
	                         "<tr><td>Lonely</td></tr>\n"
	                         "<tr><td></td><td>no key</td></tr>\n"
	                         "<tr><td>Owner</td><td>CISO</td></tr>\n"
	                         "</table>\n");

	cr_assert_eq(doc->kv_row_count, 1, "got %zu", doc->kv_row_count);
	cr_expect_str_eq(doc->kv_rows[0].key, "Owner");
	cr_expect_str_eq(doc->kv_rows[0].value, "CISO");
	cr_expect_eq(doc->kv_rows[0].line, 5);
	cl_document_free(doc);
}

/* ---- headings and plain text ---- */

Test(document, headings)
{
	cl_document *doc = parse("# Information *Security* Policy\n"
	                         "\n"
	                         "Intro.\n"
	                         "\n"
	                         "## 1. Scope `code`\n"
	                         "\n"
	                         "Setext heading\n"
	                         "--------------\n"
	                         "\n"
	                         "### Roles & [links](x.md)   \n");

	cr_assert_eq(doc->headings.count, 4);
	cr_expect_str_eq(doc->headings.items[0], "Information Security Policy");
	cr_expect_eq(doc->heading_lines[0], 1);
	cr_expect_str_eq(doc->headings.items[1], "1. Scope code");
	cr_expect_eq(doc->heading_lines[1], 5);
	cr_expect_str_eq(doc->headings.items[2], "Setext heading");
	cr_expect_eq(doc->heading_lines[2], 7);
	cr_expect_str_eq(doc->headings.items[3], "Roles & links");
	cr_expect_eq(doc->heading_lines[3], 10);
	cl_document_free(doc);
}

Test(document, plain_text)
{
	cl_document *doc = parse("---\n"
	                         "id: POL-015\n"
	                         "type: policy\n"
	                         "clauses: [\"5.2\"]\n"
	                         "---\n"
	                         "# Top   MANAGEMENT\n"
	                         "Shall   DEMONSTRATE\n"
	                         "leadership\tand **Commitment**.\n"
	                         "\n"
	                         "Objectives\n");
	const char *p;

	cr_assert_not_null(doc->plain_text);
	p = doc->plain_text;
	cr_expect_not_null(strstr(p, "top management"), "plain: '%s'", p);
	cr_expect_not_null(strstr(p, "shall demonstrate leadership and commitment."), "plain: '%s'", p);
	cr_expect_not_null(strstr(p, "objectives"), "plain: '%s'", p);
	cr_expect_null(strstr(p, "commitment.objectives"), "paragraphs don't join: '%s'", p);
	cr_expect_null(strstr(p, "pol-015"), "front matter is not body: '%s'", p);
	for (const char *c = p; *c; c++) {
		cr_expect(*c < 'A' || *c > 'Z', "upper case in '%s'", p);
		cr_expect(*c != '\n' && *c != '\t', "raw white space in '%s'", p);
		if (c != p)
			cr_expect(!(*c == ' ' && c[-1] == ' '), "double space in '%s'", p);
	}
	cr_expect_neq(p[0], ' ', "no leading space: '%s'", p);
	cl_document_free(doc);
}

Test(document, plain_text_empty_body)
{
	cl_document *doc = parse("---\nid: X\ntype: policy\n---\n");

	cr_expect_eq(doc->body_parsed, 1);
	cr_assert_not_null(doc->plain_text);
	cr_expect_str_eq(doc->plain_text, "");
	cr_expect_eq(doc->link_count, 0);
	cr_expect_eq(doc->headings.count, 0);
	cl_document_free(doc);
}

#define EXPECT_SKIPPED(text, reason)                                                                         \
	do {                                                                                                 \
		cl_document *d_ = parse_anywhere((text), sizeof(text) - 1);                                  \
		cr_expect_eq(d_->skipped, (reason), "%s: skipped %d, expected %d", #text, (int)d_->skipped,  \
		             (int)(reason));                                                                 \
		cr_expect_eq(d_->governed, 0, "%s is governed", #text);                                      \
		cr_expect_null(d_->unreadable, "%s: %s", #text, d_->unreadable);                             \
		cr_expect_eq(d_->body_parsed, 0, "%s: the body of a skipped file was parsed", #text);        \
		cl_document_free(d_);                                                                        \
	} while (0)

Test(skipped, files_that_are_not_ours_and_why)
{
	EXPECT_SKIPPED("# Changelog\n\n- fixed\n", CL_SKIP_NO_FRONT_MATTER);
	EXPECT_SKIPPED("---\ntitle: Hello\n---\nHi\n", CL_SKIP_NO_TYPE);
	EXPECT_SKIPPED("---\ntitle: Hello\ntype: post\n---\nHi\n", CL_SKIP_OTHER_TYPE);
	EXPECT_SKIPPED("---\ntype: Bug\n---\n", CL_SKIP_OTHER_TYPE);
	EXPECT_SKIPPED("---\ntype: execute\n---\n", CL_SKIP_OTHER_TYPE);
	EXPECT_SKIPPED("---\ntype: [[Tool]]\n---\n", CL_SKIP_OTHER_TYPE);
	EXPECT_SKIPPED("---\nA horizontal rule, then text\n", CL_SKIP_UNCLOSED);
	EXPECT_SKIPPED("# a\0b", CL_SKIP_BINARY);
	EXPECT_SKIPPED("\xff\xfe#\0 \0a\0", CL_SKIP_UTF16);
	EXPECT_SKIPPED("-\0-\0-\0\n\0", CL_SKIP_UTF16);
	EXPECT_SKIPPED("---\ntitle: Caf\xe9\n---\n", CL_SKIP_NOT_UTF8);
	/* Latin-1 in the body of a file without front matter: not ours. */
	EXPECT_SKIPPED("# Notes\n\nLatin-1 caf\xe9 here\n", CL_SKIP_NO_FRONT_MATTER);
}

/* The near misses: what says it is ours is reported, never skipped. */
Test(skipped, what_says_it_is_ours_is_reported)
{
	static const char *const ours[] = {
	        "---\nid: A\ntype: Policy\n---\n",
	        "---\nid: A\ntype: procedures\n---\n",
	        "---\nid: A\ntype: resource_approval\n---\n",
	        "---\nid: A\ntype: polcy\n---\n",
	        "---\nid: A\ntype:\n---\n",
	        "---\nid: A\ntype: policy\n\n# Never closed\n",
	        "---\nid: A\ntype: policy\ntitle: Caf\xe9\n---\n",
	        "---\nid: A\ntype: policy\n---\nbody \xc0\x80\n",
	        "---\nid: A\ntype: 'policy'\nx: [\n---\n",
	};

	for (size_t i = 0; i < sizeof(ours) / sizeof(ours[0]); i++) {
		cl_document *doc = parse_anywhere(ours[i], strlen(ours[i]));
		int reported = doc->governed || doc->unreadable || doc->front_matter_error;

		cr_expect_eq(doc->skipped, CL_SKIP_NONE, "%s was skipped (%d)", ours[i], (int)doc->skipped);
		cr_expect(reported, "%s is neither governed nor reported", ours[i]);
		cl_document_free(doc);
	}
}

Test(skipped, a_misspelt_type_suggests_ours)
{
	cr_expect_str_eq(cl_doc_type_suggest("Policy"), "policy");
	cr_expect_str_eq(cl_doc_type_suggest("POLICIES"), "policy");
	cr_expect_str_eq(cl_doc_type_suggest("Resource Approval"), "resource-approval");
	cr_expect_str_eq(cl_doc_type_suggest("procedur"), "procedure");
	cr_expect_str_eq(cl_doc_type_suggest("record"), "record");
	cr_expect_null(cl_doc_type_suggest("post"));
	cr_expect_null(cl_doc_type_suggest("rules"), "one letter from 'roles' is too close to call ours");
	cr_expect_null(cl_doc_type_suggest("report"));
	cr_expect_null(cl_doc_type_suggest(NULL));
}

/* Obsidian doesn't show `%% ... %%`: its links aren't links, and its text
 * is no wording a content rule may find (a policy can't pass on words
 * its readers never see). Lines after it keep their numbers. */
Test(document, obsidian_comments_are_not_there)
{
	cl_document *doc =
	        parse_policy("# Policy\n\n%% [[hidden]] and\ncontinual improvement %%\n\n[[shown]]\n");

	cr_expect_null(find_link(doc, "hidden"));
	EXPECT_LINK(doc, "shown", CL_LINK_WIKI, 10, 1);
	cr_expect_null(strstr(doc->plain_text, "continual improvement"), "text: %s", doc->plain_text);
	cl_document_free(doc);

	doc = parse("# Policy\n\n%% never closed [[kept]]\n");
	cr_expect_not_null(find_link(doc, "kept"), "an unclosed %%%% hid a link");
	cl_document_free(doc);
}

/* comply's policies (pandoc) indent lettered lists four spaces: to
 * CommonMark a code block, to the policy rules the policy's words. */
Test(document, indented_lettered_lists_are_text)
{
	cl_document *doc = parse_policy(
	        "# Policy\n\nThe policy shall:\n\n    a. include the applicable requirements\n    b. commit to continual improvement\n");

	cr_expect_not_null(strstr(doc->plain_text, "applicable requirements"), "text: %s", doc->plain_text);
	cr_expect_not_null(strstr(doc->plain_text, "continual improvement"), "text: %s", doc->plain_text);
	cl_document_free(doc);

	doc = parse_policy(
	        "# Policy\n\n```\na. applicable requirements\n```\n\n    make install # continual improvement\n");
	cr_expect_null(strstr(doc->plain_text, "applicable requirements"), "a fenced block counted: %s",
	               doc->plain_text);
	cr_expect_null(strstr(doc->plain_text, "continual improvement"), "indented code counted: %s",
	               doc->plain_text);
	cl_document_free(doc);
}

/* The plain text is for the policies' content rules alone: a procedure's
 * body isn't copied into it (issue 15: the copy was a tenth of a lint of
 * large documents). */
Test(document, plain_text_only_for_the_security_policy)
{
	const char *procedure = "---\nid: PRO-1\ntitle: Backups\ntype: procedure\nclauses: [\"5.2\"]\n---\n\n"
	                        "# Backups\n\nContinual improvement.\n";
	const char *topic = "---\nid: POL-2\ntitle: Backups\ntype: policy\nclauses: [\"5.1\"]\n---\n\n"
	                    "# Backups\n\nContinual improvement.\n";
	const char *policy = "---\nid: POL-1\ntitle: Policy\ntype: policy\nclauses: [\"5.2\"]\n---\n\n"
	                     "# Policy\n\nContinual improvement.\n";
	cl_document *doc = parse(procedure);

	cr_expect_str_eq(doc->plain_text, "");
	cl_document_free(doc);
	doc = parse(topic);
	cr_expect_str_eq(doc->plain_text, "", "a topic policy (no 5.2) is not searched");
	cl_document_free(doc);
	doc = parse(policy);
	cr_expect_not_null(strstr(doc->plain_text, "continual improvement"), "text: %s", doc->plain_text);
	cl_document_free(doc);
}

/* A run keeps which searched phrases a body holds, not its text (issue 15:
 * the security policies' text was a quarter of the peak on large
 * documents); the answers are the text's. */
Test(document, phrases_kept_instead_of_the_text)
{
	cl_document *doc = parse_policy("# Policy\n\nWe commit to Continual\n  Improvement of the ISMS.\n");
	cl_strvec phrases = {0};

	cl_strvec_push(&phrases, "continual improvement");
	cl_strvec_push(&phrases, "applicable requirements");
	cl_strvec_push(&phrases, "continual improvement");
	cr_expect(cl_document_mentions(doc, "continual improvement"));
	cr_expect_not(cl_document_mentions(doc, "applicable requirements"));
	cl_document_keep_phrases(doc, &phrases);
	cr_expect_null(doc->plain_text, "the text is let go");
	cr_expect_eq(doc->phrases_found.count, 1, "each phrase kept once: %zu", doc->phrases_found.count);
	cr_expect(cl_document_mentions(doc, "continual improvement"));
	cr_expect_not(cl_document_mentions(doc, "applicable requirements"));
	cr_expect_not(cl_document_mentions(doc, "the isms"),
	              "only the searched phrases are known afterwards");
	cl_document_keep_phrases(doc, &phrases);
	cr_expect(cl_document_mentions(doc, "continual improvement"), "searching again changes nothing");
	cl_strvec_free(&phrases);
	cl_document_free(doc);
}

/* A document a PATH run doesn't report is parsed to its body only where a
 * rule about the whole repository reads the body (issue 15). */
Test(document, unreported_body_only_where_rules_read_it)
{
	static const struct {
		const char *front_matter, *body;
		int parsed;
	} cases[] = {
	        {"type: procedure\n", "See [x](x.md).\n", 0},
	        {"type: policy\nclauses: [\"A.5.1\"]\n", "See [x](x.md).\n", 0},
	        {"type: policy\nclauses: [\"5.2\"]\n", "See [x](x.md).\n", 1},
	        {"type: roles\n", "See [x](x.md).\n", 1},
	        {"type: training\n", "See [x](x.md).\n", 1},
	        {"type: acknowledgement\n", "See [x](x.md).\n", 1},
	        {"type: procedure\n", "<!-- clauselint-disable-file broken-link -->\nSee [x](x.md).\n", 1},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *text = cl_printf("---\nid: DOC-1\ntitle: T\n%s---\n%s", cases[i].front_matter,
		                       cases[i].body);
		cl_read_as as = {NULL, NULL, 1};
		cl_document *doc = cl_document_read_unreported("policies/doc.md", text, strlen(text), &as);
		cl_document *full = cl_document_read("policies/doc.md", text, strlen(text), &as);

		cr_expect_eq(doc->body_parsed, cases[i].parsed, "case %zu: body_parsed %d", i,
		             doc->body_parsed);
		cr_expect_eq(doc->link_count, cases[i].parsed ? 1u : 0u, "case %zu", i);
		cr_expect_eq(doc->type, full->type, "case %zu: the front matter is read alike", i);
		cr_expect(full->body_parsed, "case %zu: a reported document's body is always parsed", i);
		cl_document_free(doc);
		cl_document_free(full);
		free(text);
	}
}
