/*
 * test_reading.c: the metadata forms other than our front matter
 * (comply's header, document-control tables and blockquotes, Dataview
 * inline fields) and the configuration's mapping, on documents built in
 * memory: what each reads, with the file's lines, and what it refuses.
 */
#include <criterion/criterion.h>

#include <stdlib.h>
#include <string.h>

#include "parse/document.h"
#include "parse/reading.h"

static cl_reading reading;

static void setup(void)
{
	cl_reading_defaults(&reading);
}

static void teardown(void)
{
	cl_reading_free(&reading);
}

static cl_document *read_doc(const char *path, const char *text, const char *path_type)
{
	cl_read_as as = {&reading, path_type, 0};
	cl_document *doc = cl_document_read(path, text, strlen(text), &as);

	cr_assert_not_null(doc);
	return doc;
}

static void alias(const char *from, const char *to)
{
	cl_strvec_push(&reading.alias_from, from);
	cl_strvec_push(&reading.alias_to, to);
}

static void value_map(const char *key, const char *from, const char *to)
{
	cl_strvec_push(&reading.value_key, key);
	cl_strvec_push(&reading.value_from, from);
	cl_strvec_push(&reading.value_to, to);
}

static const char comply_policy[] = "name: Access Control Policy\n"
                                    "acronym: ACP\n"
                                    "satisfies:\n"
                                    "  TSC:\n"
                                    "    - CC6.1\n"
                                    "  ISO27001:2022:\n"
                                    "    - A.5.15\n"
                                    "majorRevisions:\n"
                                    "  - date: Jun 1 2018\n"
                                    "    comment: Initial document\n"
                                    "---\n"
                                    "# Purpose\n\n"
                                    "    a. Access is granted on need.\n";

Test(reading, comply_header_read_with_the_mapping, .init = setup, .fini = teardown)
{
	cl_document *doc;
	const cl_yaml_node *clauses;

	reading.forms |= CL_FORM_COMPLY;
	alias("name", "title");
	alias("acronym", "id");
	alias("satisfies", "clauses");
	doc = read_doc("policies/access.md", comply_policy, "policy");
	cr_expect_eq(doc->skipped, CL_SKIP_NONE);
	cr_expect_eq(doc->type, CL_TYPE_POLICY, "the type from mapping.types");
	cr_expect_str_eq(doc->id, "ACP");
	cr_expect_str_eq(cl_yaml_text(cl_document_field(doc, "title")), "Access Control Policy");
	clauses = cl_document_field(doc, "clauses");
	cr_assert(clauses && clauses->kind == CL_YAML_SEQUENCE && clauses->count == 2);
	cr_expect_str_eq(clauses->items[0]->scalar, "TSC:CC6.1", "another framework's code keeps its prefix");
	cr_expect_str_eq(clauses->items[1]->scalar, "A.5.15", "ours loses it");
	cr_expect_eq(clauses->items[1]->line, 7, "with the line it was written on");
	cr_expect_eq(cl_document_field_line(doc, "id"), 2);
	cr_expect_eq(doc->heading_lines[0], 12, "the body's lines stay true");
	cl_document_free(doc);
}

Test(reading, comply_header_needs_the_form_and_a_closing_line, .init = setup, .fini = teardown)
{
	cl_document *doc = read_doc("policies/access.md", comply_policy, NULL);

	cr_expect_eq(doc->skipped, CL_SKIP_NO_FRONT_MATTER, "comply's header is read only when configured");
	cl_document_free(doc);
	reading.forms |= CL_FORM_COMPLY;
	doc = read_doc("notes/n.md", "Note: this is prose\n\n# A heading\n\n---\n\ntext\n", "policy");
	cr_expect_eq(doc->skipped, CL_SKIP_NO_FRONT_MATTER, "a heading before the --- makes it Markdown");
	cl_document_free(doc);
}

static const char control_table[] = "# Access Control Policy\n"
                                    "\n"
                                    "| Field | Value |\n"
                                    "| --- | --- |\n"
                                    "| **Document ID** | POL-AC-001 |\n"
                                    "| Type | Policy |\n"
                                    "| Owner | CISO |\n"
                                    "| Approved By | CEO |\n"
                                    "| Version | v1.2 |\n"
                                    "| Status | Approved |\n"
                                    "\n"
                                    "## Purpose\n\n"
                                    "| Type | Not metadata |\n";

Test(reading, document_control_table, .init = setup, .fini = teardown)
{
	cl_document *doc;

	reading.forms |= CL_FORM_CONTROL;
	value_map("type", "Policy", "policy");
	value_map("status", "approved", "active");
	value_map("version", "v*", "*");
	doc = read_doc("policies/ac.md", control_table, NULL);
	cr_expect_eq(doc->type, CL_TYPE_POLICY);
	cr_expect_str_eq(doc->id, "POL-AC-001", "emphasis is no part of a label");
	cr_expect_str_eq(cl_yaml_text(cl_document_field(doc, "approver")), "CEO");
	cr_expect_str_eq(cl_yaml_text(cl_document_field(doc, "version")), "1.2", "v* -> *");
	cr_expect_str_eq(cl_yaml_text(cl_document_field(doc, "status")), "active",
	                 "Approved -> active, without regard to case");
	cr_expect_eq(cl_document_field_line(doc, "owner"), 7);
	cr_expect_eq(cl_document_field(doc, "type")->line, 6);
	cl_document_free(doc);
}

Test(reading, document_control_blockquote, .init = setup, .fini = teardown)
{
	cl_document *doc;

	reading.forms |= CL_FORM_CONTROL;
	doc = read_doc("policies/is.md",
	               "# Information Security Policy\n\n> **Policy ID**: POL-IS-001\n> **Owner**: CISO\n"
	               "> **Type**: policy\n\nText.\n",
	               NULL);
	cr_expect_eq(doc->type, CL_TYPE_POLICY);
	cr_expect_str_eq(doc->id, "POL-IS-001");
	cr_expect_eq(cl_document_field_line(doc, "owner"), 4);
	cl_document_free(doc);

	doc = read_doc("notes/one.md", "# Notes\n\n> **Owner**: CISO\n\nText.\n", NULL);
	cr_expect_eq(doc->skipped, CL_SKIP_NO_FRONT_MATTER, "one label is no document-control block");
	cl_document_free(doc);
}

Test(reading, dataview_inline_fields, .init = setup, .fini = teardown)
{
	cl_document *doc;

	reading.forms |= CL_FORM_DATAVIEW;
	doc = read_doc(
	        "requirements/5.3.md",
	        "# Roles\n\nCode:: 5.3\nName:: Organizational roles, responsibilities and authorities\n"
	        "Section:: Requirements\n\n```\nCode:: 9.9\n```\n",
	        NULL);
	cr_expect_eq(doc->type, CL_TYPE_REQUIREMENT);
	cr_expect_str_eq(cl_yaml_text(cl_document_field(doc, "Code")), "5.3",
	                 "the first, not the one in code");
	cr_expect_eq(cl_document_field_line(doc, "Section"), 5);
	cl_document_free(doc);
}

Test(reading, a_key_and_its_alias_both_present, .init = setup, .fini = teardown)
{
	cl_document *doc;

	alias("document-id", "id");
	doc = read_doc("policies/p.md", "---\nid: POL-1\ndocument-id: POL-2\ntype: policy\n---\n", NULL);
	cr_assert_not_null(doc->front_matter_error);
	cr_expect(strstr(doc->front_matter_error, "'document-id' is read as 'id'") != NULL, "%s",
	          doc->front_matter_error);
	cr_expect_eq(doc->front_matter_error_line, 3);
	cl_document_free(doc);
}

Test(reading, framework_prefixes_of_ours_come_off, .init = setup, .fini = teardown)
{
	cl_document *doc;
	const cl_yaml_node *c;

	alias("controls", "clauses");
	doc = read_doc(
	        "policies/p.md",
	        "---\nid: P\ntype: policy\ncontrols: [iso27001:A.5.1, \"ISO/IEC 27001: 5.2\", soc2:CC1.1]\n---\n",
	        NULL);
	c = cl_document_field(doc, "clauses");
	cr_assert(c && c->count == 3);
	cr_expect_str_eq(c->items[0]->scalar, "A.5.1");
	cr_expect_str_eq(c->items[1]->scalar, "5.2");
	cr_expect_str_eq(c->items[2]->scalar, "soc2:CC1.1");
	cl_document_free(doc);
}

/* A file of 100,000 inline fields costs what one of 256 does. */
Test(reading, inline_fields_are_bounded, .init = setup, .fini = teardown)
{
	cl_buf text = CL_BUF_INIT;
	cl_document *doc;

	reading.forms |= CL_FORM_DATAVIEW;
	for (int i = 0; i < 100000; i++)
		cl_buf_printf(&text, "Field%d:: %d\n", i, i);
	doc = read_doc("notes/many.md", text.ptr, NULL);
	cr_expect_eq(doc->front_matter->count, CL_MAX_READ_FIELDS);
	cl_document_free(doc);
	cl_buf_free(&text);
}
