/*
 * test_rules.c: each document rule fires on its case and stays silent on
 * the near miss. Documents are parsed from memory and linted with the
 * real rule code; no repository is needed at this level.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "rules/registry.h"
#include "engine/lint.h"
#include "rules/rules.h"

#define MAX_DOCS 8

typedef struct {
	cl_config config;
	cl_people people;
	cl_strvec files;
	cl_document *docs[MAX_DOCS];
	size_t count;
	cl_findings findings;
} fixture;

/* The rules that judge a whole ISMS (tagged isms: clause 5 and A.5.4)
 * would fire in every test of another rule, which uses one or two
 * documents: they are switched off. */
static void fixture_init(fixture *f)
{
	memset(f, 0, sizeof(*f));
	cl_config_defaults(&f->config);
	/* An empty registry that exists: people-registry-missing has its
	 * own test. Static, never freed (the fixture frees no people). */
	f->people.path = (char *)"people.yml";
	for (size_t i = 0; i < cl_ruleset_count(&cl_builtin_rules); i++) {
		const cl_rule *rule = cl_ruleset_at(&cl_builtin_rules, i);

		if (rule->tags & CL_TAG_ISMS)
			cl_config_set_severity(&f->config, rule->name, CL_SEV_OFF);
	}
}

/* Adds a Markdown document (its path also becomes a repository file). */
static void add_doc(fixture *f, const char *path, const char *text)
{
	cr_assert(f->count < MAX_DOCS);
	f->docs[f->count++] = cl_document_parse(path, text, strlen(text));
	cl_strvec_push(&f->files, path);
}

static void add_file(fixture *f, const char *path)
{
	cl_strvec_push(&f->files, path);
}

static int compare_docs(const void *a, const void *b)
{
	return strcmp((*(cl_document *const *)a)->path, (*(cl_document *const *)b)->path);
}

static void run(fixture *f)
{
	cl_lint lint;

	qsort(f->docs, f->count, sizeof(f->docs[0]), compare_docs);
	cl_strvec_sort(&f->files);
	memset(&lint, 0, sizeof(lint));
	lint.config = &f->config;
	lint.people = &f->people;
	lint.documents = f->docs;
	lint.document_count = f->count;
	lint.files = &f->files;
	cl_date_parse(&lint.today, "2026-11-22");
	lint.findings = &f->findings;
	cl_lint_run(&lint, &cl_builtin_rules);
}

static void fixture_free(fixture *f)
{
	for (size_t i = 0; i < f->count; i++)
		cl_document_free(f->docs[i]);
	cl_strvec_free(&f->files);
	cl_findings_free(&f->findings);
	cl_config_free(&f->config);
}

/* How many findings of `rule` there are (at `line`, when line > 0). */
static size_t count(const fixture *f, const char *rule, int line)
{
	size_t n = 0;

	for (size_t i = 0; i < f->findings.count; i++)
		if (strcmp(f->findings.items[i].rule->name, rule) == 0 &&
		    (line <= 0 || f->findings.items[i].line == line))
			n++;
	return n;
}

static const cl_finding *first(const fixture *f, const char *rule)
{
	for (size_t i = 0; i < f->findings.count; i++)
		if (strcmp(f->findings.items[i].rule->name, rule) == 0)
			return &f->findings.items[i];
	return NULL;
}

static const char good_policy[] = "---\n"
                                  "id: POL-001\n"
                                  "title: Information Security Policy\n"
                                  "type: policy\n"
                                  "owner: ISMS Lead\n"
                                  "version: \"1.0\"\n"
                                  "approver: CEO\n"
                                  "clauses: [\"5.2\", \"A.5.4\"]\n"
                                  "---\n"
                                  "# Policy\n";

Test(rules, good_policy_has_no_finding)
{
	fixture f;

	fixture_init(&f);
	add_doc(&f, "policies/isp.md", good_policy);
	run(&f);
	cr_expect_eq(f.findings.count, 0, "first finding: %s",
	             f.findings.count ? f.findings.items[0].message : "");
	fixture_free(&f);
}

Test(rules, front_matter_invalid_reports_the_yaml_line)
{
	fixture f;

	fixture_init(&f);
	add_doc(&f, "notes/readme.md", "---\nid: x\ntitle: [unclosed\n---\n");
	run(&f);
	cr_assert_eq(count(&f, "front-matter-invalid", 0), 1);
	cr_expect_geq(first(&f, "front-matter-invalid")->line, 3);
	fixture_free(&f);
}

Test(rules, field_missing_names_the_key_and_how_to_add_it)
{
	fixture f;

	fixture_init(&f);
	add_doc(&f, "p.md", "---\nid: POL-9\ntitle: T\ntype: policy\nowner: O\nversion: \"1.0\"\n---\n");
	run(&f);
	cr_assert_eq(count(&f, "front-matter-field-missing", 1), 1);
	cr_expect(strstr(first(&f, "front-matter-field-missing")->message, "approver: CEO") != NULL);
	fixture_free(&f);
}

Test(rules, field_missing_near_miss_record_needs_no_approver)
{
	fixture f;

	fixture_init(&f);
	add_doc(&f, "r.md", "---\nid: REC-1\ntitle: T\ntype: record\nowner: O\ndate: 2026-01-01\n---\n");
	run(&f);
	cr_expect_eq(count(&f, "front-matter-field-missing", 0), 0);
	fixture_free(&f);
}

Test(rules, governed_glob_requires_front_matter)
{
	fixture f;

	fixture_init(&f);
	cl_strvec_push(&f.config.governed, "policies/**");
	f.docs[f.count++] = cl_document_parse_in("policies/plain.md", "# Just text\n", 12, 1);
	cl_strvec_push(&f.files, "policies/plain.md");
	add_doc(&f, "notes/plain.md", "# Just text\n");
	f.docs[0]->under_governed_glob = 1;
	run(&f);
	cr_expect_eq(f.findings.count, 1);
	cr_expect_str_eq(first(&f, "front-matter-field-missing")->path, "policies/plain.md");
	fixture_free(&f);
}

Test(rules, field_invalid_forms)
{
	fixture f;

	fixture_init(&f);
	add_doc(&f, "p.md",
	        "---\nid: POL-9\ntitle: T\ntype: policy\nowner: O\nversion: v1\napprover: CEO\n"
	        "approved: 2026-02-30\nreview_interval: yearly\nclauses: \"5.2\"\nstatus: live\n---\n");
	run(&f);
	cr_expect_eq(count(&f, "front-matter-field-invalid", 6), 1, "version");
	cr_expect_eq(count(&f, "front-matter-field-invalid", 8), 1, "approved");
	cr_expect_eq(count(&f, "front-matter-field-invalid", 9), 1, "review_interval");
	cr_expect_eq(count(&f, "front-matter-field-invalid", 10), 1, "clauses");
	cr_expect_eq(count(&f, "front-matter-field-invalid", 11), 1, "status");
	fixture_free(&f);
}

Test(rules, field_invalid_near_miss_good_forms)
{
	fixture f;

	fixture_init(&f);
	add_doc(&f, "p.md",
	        "---\nid: POL-9\ntitle: T\ntype: policy\nowner: O\nversion: 1.2.3\napprover: CEO\n"
	        "approved: 2024-02-29\nreview_interval: 6 months\nclauses: [\"5.2\"]\nstatus: draft\n---\n");
	run(&f);
	cr_expect_eq(count(&f, "front-matter-field-invalid", 0), 0);
	fixture_free(&f);
}

Test(rules, type_typo_is_invalid)
{
	fixture f;

	fixture_init(&f);
	add_doc(&f, "p.md", "---\nid: POL-9\ntitle: T\ntype: polcy\nowner: O\n---\n");
	run(&f);
	cr_expect_eq(count(&f, "front-matter-field-invalid", 4), 1);
	fixture_free(&f);
}

Test(rules, duplicate_id_names_the_other_document)
{
	fixture f;

	fixture_init(&f);
	add_doc(&f, "a.md", good_policy);
	add_doc(&f, "b.md", good_policy);
	run(&f);
	/* Both holders hear of it: the one a commit adds may sort first. */
	cr_assert_eq(count(&f, "duplicate-id", 2), 2);
	cr_expect_str_eq(f.findings.items[0].path, "a.md");
	cr_expect(strstr(f.findings.items[0].message, "b.md") != NULL);
	cr_expect_str_eq(f.findings.items[1].path, "b.md");
	cr_expect(strstr(f.findings.items[1].message, "a.md") != NULL);
	fixture_free(&f);
}

Test(rules, duplicate_id_near_miss_retired_copy)
{
	static const char retired[] =
	        "---\nid: POL-001\ntitle: Old\ntype: policy\nowner: O\nversion: \"0.9\"\n"
	        "approver: CEO\nstatus: retired\n---\n";
	fixture f;

	fixture_init(&f);
	add_doc(&f, "a.md", good_policy);
	add_doc(&f, "old.md", retired);
	run(&f);
	cr_expect_eq(count(&f, "duplicate-id", 0), 0);
	fixture_free(&f);
}

Test(rules, unknown_clause_with_hints)
{
	fixture f;

	fixture_init(&f);
	add_doc(&f, "p.md",
	        "---\nid: POL-9\ntitle: T\ntype: policy\nowner: O\nversion: \"1.0\"\napprover: CEO\n"
	        "clauses:\n  - \"5.4\"\n  - \"A.9.2.3\"\n  - \"A.5.4\"\n  - \"9.3.2\"\n---\n");
	run(&f);
	cr_assert_eq(count(&f, "unknown-clause", 0), 2);
	cr_expect_eq(count(&f, "unknown-clause", 9), 1);
	cr_expect(strstr(first(&f, "unknown-clause")->message, "A.5.4") != NULL);
	cr_expect_eq(count(&f, "unknown-clause", 10), 1);
	fixture_free(&f);
}

Test(rules, broken_links_fire)
{
	fixture f;

	fixture_init(&f);
	add_doc(&f, "policies/p.md",
	        "---\nid: POL-9\ntitle: T\ntype: policy\nowner: O\nversion: \"1.0\"\napprover: CEO\n---\n"
	        "See [missing](missing.md).\n"
	        "See [[Nowhere]].\n"
	        "See [out](../../secret.md).\n");
	run(&f);
	cr_expect_eq(count(&f, "broken-link", 9), 1);
	cr_expect_eq(count(&f, "broken-link", 10), 1);
	cr_expect_eq(count(&f, "broken-link", 11), 1);
	fixture_free(&f);
}

Test(rules, broken_link_near_misses)
{
	fixture f;

	fixture_init(&f);
	add_file(&f, "procedures/incident response.md");
	add_file(&f, "img/diagram.png");
	add_doc(&f, "policies/p.md",
	        "---\nid: POL-9\ntitle: T\ntype: policy\nowner: O\nversion: \"1.0\"\napprover: CEO\n---\n"
	        "[a](../procedures/incident%20response.md#steps) [b](../procedures) [c](https://x.org/y.md)\n"
	        "[d](#top) [e](mailto:a@b.c) ![f](/img/diagram.png)\n"
	        "[[incident response]] [[POL-9]] [[procedures/incident response|the procedure]] `[[code]]`\n"
	        "```\n[[in a code block]]\n```\n");
	run(&f);
	cr_expect_eq(count(&f, "broken-link", 0), 0, "first: %s",
	             first(&f, "broken-link") ? first(&f, "broken-link")->message : "");
	fixture_free(&f);
}

Test(rules, ungoverned_documents_get_no_link_findings)
{
	fixture f;

	fixture_init(&f);
	add_doc(&f, "README.md", "# Readme\n[x](nothing.md)\n");
	run(&f);
	cr_expect_eq(f.findings.count, 1);
	cr_expect_eq(count(&f, "nothing-governed", 1), 1, "only the note that nothing is governed");
	fixture_free(&f);
}

/* The note counts each reason; one governed document silences it. */
Test(rules, nothing_governed_says_why_until_something_is)
{
	fixture f;
	const cl_finding *note;

	fixture_init(&f);
	add_doc(&f, "README.md", "# Readme\n");
	add_doc(&f, "post.md", "---\ntype: post\n---\n");
	add_doc(&f, "bug.md", "---\ntype: Bug\n---\n");
	run(&f);
	note = first(&f, "nothing-governed");
	cr_assert_not_null(note);
	cr_expect(strstr(note->message, "none of the 3 Markdown files") &&
	                  strstr(note->message, "1 without front matter, 2 with another tool's type"),
	          "%s", note->message);
	fixture_free(&f);

	fixture_init(&f);
	add_doc(&f, "README.md", "# Readme\n");
	add_doc(&f, "r.md", "---\nid: REC-1\ntitle: R\ntype: record\nowner: O\ndate: 2026-01-01\n---\n");
	run(&f);
	cr_expect_eq(count(&f, "nothing-governed", 0), 0);
	fixture_free(&f);
}

static const char note_template[] = "---\n"
                                    "dg-publish: true\n"
                                    "tags:\n"
                                    "  - \"#requirement\"\n"
                                    "Name: %s\n"
                                    "Code: \"%s\"\n"
                                    "Framework: ISO27001:2022\n"
                                    "Section: %s\n"
                                    "Category: Security & Privacy Governance\n"
                                    "Additional_Info:\n"
                                    "---\n"
                                    "<table><tbody>\n"
                                    "<tr><td><span>Name</span></td><td><span>%s</span></td></tr>\n"
                                    "<tr><td><span>Code</span></td><td><span>%s</span></td></tr>\n"
                                    "</tbody></table>\n"
                                    "\n# Description\n";

static void add_note(fixture *f, const char *path, const char *name, const char *code, const char *section,
                     const char *table_name, const char *table_code)
{
	char *text = cl_printf(note_template, name, code, section, table_name, table_code);

	add_doc(f, path, text);
	free(text);
}

Test(rules, requirement_note_all_good_when_claimed)
{
	fixture f;

	fixture_init(&f);
	add_note(&f, "req/A.5.4.md", "Management responsibilities", "5.4", "Annex A",
	         "Management responsibilities", "5.4");
	add_doc(&f, "p.md", good_policy);
	run(&f);
	cr_expect_eq(f.findings.count, 0, "first: %s", f.findings.count ? f.findings.items[0].message : "");
	fixture_free(&f);
}

Test(rules, requirement_note_mismatches_and_uncovered)
{
	fixture f;

	fixture_init(&f);
	add_note(&f, "req/5.1.md", "Leadership", "5.1", "Requirements", "Leadership and commitment", "5.1");
	run(&f);
	cr_expect_eq(count(&f, "requirement-title-mismatch", 5), 1);
	cr_expect_eq(count(&f, "front-matter-body-mismatch", 13), 1);
	cr_expect_eq(count(&f, "requirement-uncovered", 6), 1);
	cr_expect(strstr(first(&f, "requirement-title-mismatch")->message, "Leadership and commitment") !=
	          NULL);
	fixture_free(&f);
}

Test(rules, requirement_title_ignores_case_spacing_and_ampersand)
{
	fixture f;

	fixture_init(&f);
	add_note(&f, "req/5.3.md", "organizational roles, responsibilities & authorities", "5.3",
	         "Requirements", "organizational roles, responsibilities & authorities", "5.3");
	run(&f);
	cr_expect_eq(count(&f, "requirement-title-mismatch", 0), 0);
	fixture_free(&f);
}

Test(rules, requirement_code_in_wrong_section_is_unknown)
{
	fixture f;

	fixture_init(&f);
	add_note(&f, "req/x.md", "Management responsibilities", "5.4", "Requirements",
	         "Management responsibilities", "5.4");
	run(&f);
	cr_expect_eq(count(&f, "unknown-clause", 6), 1);
	fixture_free(&f);
}

static const char suppressed_doc[] = "---\nid: POL-9\ntitle: T\ntype: policy\nowner: O\nversion: \"1.0\"\n"
                                     "approver: CEO\n---\n"
                                     "<!-- clauselint-disable-next-line broken-link -->\n"
                                     "[a](a.md)\n"                                          /* 10 */
                                     "[b](b.md)\n"                                          /* 11 */
                                     "<!-- clauselint-disable -->\n"                        /* 12 */
                                     "[c](c.md)\n"                                          /* 13 */
                                     "<!-- clauselint-enable -->\n"                         /* 14 */
                                     "[d](d.md)\n"                                          /* 15 */
                                     "<!-- clauselint-disable-next-line duplicate-id -->\n" /* 16 */
                                     "[e](e.md)\n";                                         /* 17 */

Test(rules, suppression_comments)
{
	fixture f;

	fixture_init(&f);
	add_doc(&f, "p.md", suppressed_doc);
	run(&f);
	cr_expect_eq(count(&f, "broken-link", 10), 0, "disable-next-line");
	cr_expect_eq(count(&f, "broken-link", 11), 1, "only the next line");
	cr_expect_eq(count(&f, "broken-link", 13), 0, "disable region");
	cr_expect_eq(count(&f, "broken-link", 15), 1, "enabled again");
	cr_expect_eq(count(&f, "broken-link", 17), 1, "another rule's comment");
	fixture_free(&f);
}

Test(rules, suppression_disable_file)
{
	fixture f;

	fixture_init(&f);
	add_doc(&f, "p.md",
	        "---\nid: POL-9\ntitle: T\ntype: policy\nowner: O\nversion: \"1.0\"\napprover: CEO\n"
	        "clauses: [\"5.4\"]\n---\n[a](a.md)\n<!-- clauselint-disable-file unknown-clause broken-link "
	        "-->\n");
	run(&f);
	cr_expect_eq(f.findings.count, 0);
	fixture_free(&f);
}

Test(rules, severity_override_and_off)
{
	fixture f;

	fixture_init(&f);
	static const char config[] = "rules:\n  broken-link: error\n  unknown-clause: off\n";

	cr_assert_eq(cl_config_parse(&f.config, config, strlen(config), ".clauselint.yml", &cl_builtin_rules,
	                             NULL),
	             0);
	add_doc(&f, "p.md",
	        "---\nid: POL-9\ntitle: T\ntype: policy\nowner: O\nversion: \"1.0\"\napprover: CEO\n"
	        "clauses: [\"5.4\"]\n---\n[a](a.md)\n");
	run(&f);
	cr_assert_eq(count(&f, "broken-link", 0), 1);
	cr_expect_eq(first(&f, "broken-link")->severity, CL_SEV_ERROR);
	cr_expect_eq(count(&f, "unknown-clause", 0), 0);
	fixture_free(&f);
}

/* A binary file is reported where documents must be; elsewhere it is
 * nobody's policy, and the summary counts it as skipped. */
Test(rules, unreadable_files_are_reported_where_governed)
{
	fixture f;
	static const char binary[] = "# a\0b";

	fixture_init(&f);
	f.docs[f.count++] = cl_document_parse("notes/blob.md", binary, sizeof(binary) - 1);
	f.docs[f.count++] = cl_document_parse_in("policies/blob.md", binary, sizeof(binary) - 1, 1);
	cl_strvec_push(&f.files, "notes/blob.md");
	cl_strvec_push(&f.files, "policies/blob.md");
	run(&f);
	cr_assert_eq(count(&f, "file-unreadable", 1), 1);
	cr_expect_eq(f.docs[0]->skipped, CL_SKIP_BINARY);
	fixture_free(&f);
}

Test(rules, every_rule_has_a_description)
{
	for (size_t i = 0; i < cl_ruleset_count(&cl_builtin_rules); i++) {
		const cl_rule *r = cl_ruleset_at(&cl_builtin_rules, i);

		cr_expect(r->summary && *r->summary, "%s has no summary", r->name);
		cr_expect(r->explain && strstr(r->explain, "How to fix"), "%s has no fix in its explanation",
		          r->name);
		cr_expect_eq(cl_ruleset_find(&cl_builtin_rules, r->name), r);
	}
}

/* A finding on no document (the configuration, or nothing) comes from a
 * rule tagged `repository`: the tag is what tells a tool that a rule may
 * fire so. An empty repository, with every rule on, fires all of them
 * that can. */
Test(rules, findings_on_no_document_are_of_repository_rules)
{
	fixture f;
	size_t repository_level = 0;

	memset(&f, 0, sizeof(f));
	cl_config_defaults(&f.config);
	run(&f);
	for (size_t i = 0; i < f.findings.count; i++) {
		const cl_finding *finding = &f.findings.items[i];

		if (finding->path)
			continue;
		repository_level++;
		cr_expect(finding->rule->tags & CL_TAG_REPOSITORY,
		          "%s fired with no document but isn't tagged repository", finding->rule->name);
	}
	cr_assert_gt(repository_level, 0, "an empty repository lacks a policy, roles, a review...");
	fixture_free(&f);
}

/* The tags the engine acts on are where the contract puts them: the
 * approval state of a staged change, and evidence that falls due. */
Test(rules, tags_of_the_rules_the_engine_treats_apart)
{
	static const char *const approval_state[] = {
	        "approval-missing", "approval-stale",          "approval-date-mismatch", "review-overdue",
	        "review-due-soon",  "policy-not-communicated", "withdrawal-unapproved"};
	static const char *const evidence_due[] = {"management-review-missing", "resource-approval-missing",
	                                           "management-statement-missing",
	                                           "management-training-exempt"};
	size_t state = 0, due = 0;

	for (size_t i = 0; i < sizeof(approval_state) / sizeof(approval_state[0]); i++)
		cr_expect(cl_ruleset_find(&cl_builtin_rules, approval_state[i])->tags & CL_TAG_APPROVAL_STATE,
		          "%s", approval_state[i]);
	for (size_t i = 0; i < sizeof(evidence_due) / sizeof(evidence_due[0]); i++)
		cr_expect(cl_ruleset_find(&cl_builtin_rules, evidence_due[i])->tags & CL_TAG_EVIDENCE_DUE,
		          "%s", evidence_due[i]);
	for (size_t i = 0; i < cl_ruleset_count(&cl_builtin_rules); i++) {
		state += (cl_ruleset_at(&cl_builtin_rules, i)->tags & CL_TAG_APPROVAL_STATE) != 0;
		due += (cl_ruleset_at(&cl_builtin_rules, i)->tags & CL_TAG_EVIDENCE_DUE) != 0;
	}
	cr_expect_eq(state, 7, "no other rule is approval-state");
	cr_expect_eq(due, 4, "no other rule is evidence-due");
}
