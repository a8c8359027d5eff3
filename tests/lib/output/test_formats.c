/*
 * test_formats.c: the sarif, junit and codequality reports, and the
 * escaping they rely on.
 *
 * The shape each consumer requires (GitHub code scanning, GitLab, JUnit
 * readers) is checked here on small lists; tests/formats/validate.sh
 * checks whole reports of the real binary with the consumers' own
 * validators.
 */
#include <criterion/criterion.h>

#include <stdlib.h>
#include <string.h>

#include "rules/registry.h"
#include "output/output.h"

static const cl_rule rule_stale = {"approval-stale", CL_SEV_ERROR, "5.2", "stale", "What.\n\nWhy.", 0};
static const cl_rule rule_link = {"broken-link", CL_SEV_WARNING, NULL, "link", "explain", 0};
static const cl_rule rule_due = {"review-due-soon", CL_SEV_NOTE, "5.2", "due", "explain", 0};
static const cl_rule rule_policy = {"policy-missing", CL_SEV_ERROR, "5.2", "policy", "explain", 0};

#define FFFD "\xef\xbf\xbd"

typedef void (*report_fn)(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                          const cl_report_options *opts);

/* The report of `fn` over `list` (sorted and fingerprinted first, as
 * cl_run hands it over), as a string the caller frees. */
static char *render(report_fn fn, cl_findings *list, const cl_strvec *documents, const char *root, int quiet)
{
	cl_report_options opts = {0, quiet, NULL, documents, root, &cl_builtin_rules};
	cl_summary summary;
	cl_buf out = CL_BUF_INIT;

	cl_findings_sort(list);
	cl_summary_count(&summary, list, documents ? documents->count : 0);
	fn(&out, list, &summary, &opts);
	return cl_buf_detach(&out);
}

static size_t count_of(const char *s, const char *needle)
{
	size_t n = 0;

	for (const char *p = strstr(s, needle); p; p = strstr(p + 1, needle))
		n++;
	return n;
}

static char *escaped_xml(const char *s, int attribute)
{
	cl_buf out = CL_BUF_INIT;

	cl_buf_put(&out, "", 0);
	cl_escape_xml(&out, s, attribute);
	return cl_buf_detach(&out);
}

static char *escaped_uri(const char *s)
{
	cl_buf out = CL_BUF_INIT;

	cl_buf_put(&out, "", 0);
	cl_escape_uri_path(&out, s);
	return cl_buf_detach(&out);
}

#define assert_xml(in, attribute, expected)                                                                  \
	do {                                                                                                 \
		char *got_ = escaped_xml(in, attribute);                                                     \
		cr_assert_str_eq(got_, expected);                                                            \
		free(got_);                                                                                  \
	} while (0)

#define assert_uri(in, expected)                                                                             \
	do {                                                                                                 \
		char *got_ = escaped_uri(in);                                                                \
		cr_assert_str_eq(got_, expected);                                                            \
		free(got_);                                                                                  \
	} while (0)

Test(formats, parse_names)
{
	static const struct {
		const char *name;
		cl_format format;
	} cases[] = {{"sarif", CL_FORMAT_SARIF},
	             {"junit", CL_FORMAT_JUNIT},
	             {"codequality", CL_FORMAT_CODEQUALITY}};
	cl_format format = CL_FORMAT_TEXT;

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		cr_assert_eq(cl_format_parse(&format, cases[i].name), 0, "%s", cases[i].name);
		cr_assert_eq(format, cases[i].format, "%s", cases[i].name);
		cr_assert(strstr(cl_format_names(), cases[i].name));
	}
	cr_assert_eq(cl_format_parse(&format, "SARIF"), -1);
	cr_assert_eq(cl_format_parse(&format, "code-quality"), -1);
	cr_assert_eq(cl_format_parse(&format, "xml"), -1);
}

/* ---- escaping ---- */

Test(formats, xml_escapes_the_five_characters)
{
	assert_xml("a < b > c & \"d\" 'e'", 0, "a &lt; b &gt; c &amp; &quot;d&quot; &apos;e&apos;");
	assert_xml("a < b > c & \"d\" 'e'", 1, "a &lt; b &gt; c &amp; &quot;d&quot; &apos;e&apos;");
	assert_xml("&amp;", 0, "&amp;amp;");
	assert_xml("]]>", 0, "]]&gt;");
	assert_xml("", 0, "");
}

Test(formats, xml_keeps_line_breaks_and_tabs)
{
	/* Text keeps tab and LF; an attribute would normalise them to spaces. */
	assert_xml("a\tb\nc\rd", 0, "a\tb\nc&#13;d");
	assert_xml("a\tb\nc\rd", 1, "a&#9;b&#10;c&#13;d");
}

Test(formats, xml_replaces_what_xml_cannot_hold)
{
	/* C0 controls are not XML 1.0 characters, not even as &#1;. */
	assert_xml("a\x01z\x1b[31m\x7f", 0, "a" FFFD "z" FFFD "[31m\x7f");
	/* U+FFFE and U+FFFF are valid UTF-8 but not XML characters. */
	assert_xml("\xef\xbf\xbe\xef\xbf\xbf\xef\xbf\xbd", 0, FFFD FFFD FFFD);
	/* Invalid UTF-8: each broken sequence is one U+FFFD. */
	assert_xml("a\xffz \xc0\xaf \xed\xa0\x80 \xe2\x82", 1,
	           "a" FFFD "z " FFFD FFFD " " FFFD FFFD FFFD " " FFFD);
	/* Valid UTF-8 passes, up to four bytes. */
	assert_xml("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", 0,
	           "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80");
}

Test(formats, uri_path_encoding)
{
	assert_uri("policies/isp-1.0_a~b.md", "policies/isp-1.0_a~b.md");
	assert_uri("my policies/a b.md", "my%20policies/a%20b.md");
	assert_uri("<&>\"'.md", "%3C%26%3E%22%27.md");
	/* ':' would read as a scheme, '%' as an escape, '#' and '?' end the path. */
	assert_uri("a:b/c%d#e?f.md", "a%3Ab/c%25d%23e%3Ff.md");
	assert_uri("\xc3\xa4nderung.md", "%C3%A4nderung.md");
	assert_uri("bad\xff\n.md", "bad%FF%0A.md");
}

/* ---- sarif ---- */

Test(formats, sarif_describes_every_rule)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got = render(cl_report_sarif, &list, NULL, NULL, 0);

	cr_assert(strstr(got, "\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\""), "%s", got);
	cr_assert(strstr(got, "\"version\": \"2.1.0\""), "%s", got);
	cr_assert(strstr(got, "\"name\": \"clauselint\""));
	cr_assert(strstr(got, "\"version\": \"" CL_VERSION "\""));
	cr_assert(strstr(got, "\"informationUri\": \"https://github.com/clauselint/clauselint\""));
	cr_assert_eq(count_of(got, "\n            {\"id\": "), cl_ruleset_count(&cl_builtin_rules), "%s",
	             got);
	cr_assert_eq(count_of(got, "\"defaultConfiguration\": {\"level\": \""),
	             cl_ruleset_count(&cl_builtin_rules));
	cr_assert_eq(count_of(got, "\"level\": \"none\""), 0);
	cr_assert_eq(count_of(got, "\"help\": {\"text\": "), cl_ruleset_count(&cl_builtin_rules));
	cr_assert_eq(count_of(got, "\"fullDescription\": {\"text\": "), cl_ruleset_count(&cl_builtin_rules));
	for (size_t i = 0; i < cl_ruleset_count(&cl_builtin_rules); i++) {
		char *id =
		        cl_printf("{\"id\": \"%s\", \"name\": \"", cl_ruleset_at(&cl_builtin_rules, i)->name);

		cr_assert(strstr(got, id), "rule %s", cl_ruleset_at(&cl_builtin_rules, i)->name);
		free(id);
	}
	cr_assert(strstr(got, "\"name\": \"ApprovalStale\""), "%s", got);
	cr_assert(strstr(got, "\"tags\": [\"compliance\", \"ISO27001:2022\", \"ISO27001:2022 5.2\"]"));
	/* "5.1, 9.3" is two clauses; "5.2 c, d" one. */
	cr_assert(strstr(got, "\"ISO27001:2022 5.1\", \"ISO27001:2022 9.3\"], \"clause\": \"5.1, 9.3\""));
	cr_assert(strstr(got, "\"ISO27001:2022 5.2\"], \"clause\": \"5.2 c, d\""));
	cr_assert(strstr(got, "\"results\": []\n"), "%s", got);
	cr_assert(cl_utf8_valid(got, strlen(got), NULL));
	free(got);
}

Test(formats, sarif_results)
{
	cl_findings list = CL_FINDINGS_INIT;
	const cl_rule *stale = cl_ruleset_find(&cl_builtin_rules, "approval-stale");
	long stale_index = -1;
	char *got, *expected;

	for (size_t i = 0; i < cl_ruleset_count(&cl_builtin_rules); i++)
		if (cl_ruleset_at(&cl_builtin_rules, i) == stale)
			stale_index = (long)i;
	cl_findings_add(&list, stale, CL_SEV_ERROR, "policies/my isp.md", 3, 2, "changed \"since\"");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", 1, 1, "w");
	cl_findings_add(&list, &rule_due, CL_SEV_NOTE, "a.md", 2, 1, "n");
	got = render(cl_report_sarif, &list, NULL, "/srv/repo dir/", 0);
	expected = cl_printf(
	        "{\"ruleId\": \"approval-stale\", \"ruleIndex\": %ld, \"level\": \"error\", "
	        "\"message\": {\"text\": \"changed \\\"since\\\"\"}, \"locations\": "
	        "[{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"policies/my%%20isp.md\", "
	        "\"uriBaseId\": \"%%SRCROOT%%\"}, \"region\": {\"startLine\": 3, \"startColumn\": 2}}}], "
	        "\"partialFingerprints\": {\"clauselint/v1\": \"%s\"}}",
	        stale_index, list.items[2].fingerprint);
	cr_assert(strstr(got, expected), "%s\n%s", expected, got);
	cr_assert(strstr(got, "\"ruleId\": \"broken-link\", \"ruleIndex\": "));
	cr_assert(strstr(got, "\"level\": \"warning\", \"message\": {\"text\": \"w\"}"));
	cr_assert(strstr(got, "\"level\": \"note\", \"message\": {\"text\": \"n\"}"));
	cr_assert(
	        strstr(got, "\"originalUriBaseIds\": {\"%SRCROOT%\": {\"uri\": \"file:///srv/repo%20dir/\""),
	        "%s", got);
	cr_assert_eq(count_of(got, "\"partialFingerprints\""), 3);
	free(expected);
	free(got);
	cl_findings_free(&list);
}

Test(formats, sarif_repository_level_finding_has_a_location)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got;

	cl_findings_add(&list, &rule_policy, CL_SEV_ERROR, NULL, 1, 1, "no policy");
	got = render(cl_report_sarif, &list, NULL, NULL, 0);
	cr_assert(
	        strstr(got,
	               "\"artifactLocation\": {\"uri\": \".clauselint.yml\", \"uriBaseId\": \"%SRCROOT%\"}, "
	               "\"region\": {\"startLine\": 1, \"startColumn\": 1}"),
	        "%s", got);
	/* No root known (a bare repository): the base id is only described. */
	cr_assert(strstr(got, "\"originalUriBaseIds\": {\"%SRCROOT%\": {\"description\": "), "%s", got);
	free(got);
	cl_findings_free(&list);
}

Test(formats, sarif_hostile_input_stays_valid_utf8_json)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got;

	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "x\"<&>\xff\n.md", 1, 1, "m \xed\xa0\x80 \"}]\n");
	got = render(cl_report_sarif, &list, NULL, NULL, 0);
	cr_assert(cl_utf8_valid(got, strlen(got), NULL), "%s", got);
	cr_assert(strstr(got, "\"uri\": \"x%22%3C%26%3E%FF%0A.md\""), "%s", got);
	cr_assert(strstr(got, "\"text\": \"m " FFFD FFFD FFFD " \\\"}]\\n\""), "%s", got);
	free(got);
	cl_findings_free(&list);
}

Test(formats, sarif_quiet_keeps_errors_only)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got;

	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "a.md", 1, 1, "e");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", 2, 1, "w");
	got = render(cl_report_sarif, &list, NULL, NULL, 1);
	cr_assert_eq(count_of(got, "\"ruleId\""), 1, "%s", got);
	cr_assert(strstr(got, "\"ruleId\": \"approval-stale\""));
	free(got);
	cl_findings_free(&list);
}

/* ---- codequality ---- */

Test(formats, codequality_exact)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got, *expected;

	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "policies/isp.md", 7, 3, "changed");
	got = render(cl_report_codequality, &list, NULL, NULL, 0);
	expected = cl_printf(
	        "[\n  {\"description\": \"[approval-stale] changed\", \"check_name\": \"approval-stale\", "
	        "\"fingerprint\": \"%s\", \"severity\": \"major\", \"location\": {\"path\": "
	        "\"policies/isp.md\", \"lines\": {\"begin\": 7}}}\n]\n",
	        list.items[0].fingerprint);
	cr_assert_str_eq(got, expected);
	free(expected);
	free(got);
	cl_findings_free(&list);
}

Test(formats, codequality_empty_is_an_empty_array)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got = render(cl_report_codequality, &list, NULL, NULL, 0);

	cr_assert_str_eq(got, "[]\n");
	free(got);
}

Test(formats, codequality_severities_paths_and_unique_fingerprints)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got;

	cl_findings_add(&list, &rule_policy, CL_SEV_ERROR, NULL, 1, 1, "no policy");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", 2, 1, "no such file 'v1.md'");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", 5, 1, "no such file 'v2.md'");
	cl_findings_add(&list, &rule_due, CL_SEV_NOTE, "a.md", 9, 1, "due");
	got = render(cl_report_codequality, &list, NULL, NULL, 0);
	cr_assert(strstr(got, "\"severity\": \"major\", \"location\": {\"path\": \".clauselint.yml\", "
	                      "\"lines\": {\"begin\": 1}}"),
	          "%s", got);
	cr_assert_eq(count_of(got, "\"severity\": \"minor\""), 2, "%s", got);
	cr_assert_eq(count_of(got, "\"severity\": \"info\""), 1, "%s", got);
	/* GitLab tells issues apart by fingerprint: twins must differ. */
	cr_assert_str_neq(list.items[1].fingerprint, list.items[2].fingerprint);
	for (size_t i = 0; i < list.count; i++)
		cr_assert_eq(count_of(got, list.items[i].fingerprint), 1, "%s", list.items[i].fingerprint);
	free(got);
	cl_findings_free(&list);
}

/* ---- junit ---- */

Test(formats, junit_exact)
{
	cl_findings list = CL_FINDINGS_INIT;
	cl_strvec documents = CL_STRVEC_INIT;
	char *got;

	cl_strvec_push(&documents, "a.md");
	cl_strvec_push(&documents, "b.md");
	cl_strvec_push(&documents, "c.md");
	cl_findings_add(&list, &rule_policy, CL_SEV_ERROR, NULL, 1, 1, "no policy");
	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "a.md", 1, 1, "changed");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", 4, 2, "no x.md");
	cl_findings_add(&list, &rule_due, CL_SEV_NOTE, "c.md", 3, 1, "due soon");
	got = render(cl_report_junit, &list, &documents, NULL, 0);
	cr_assert_str_eq(got, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	                      "<testsuites name=\"clauselint\" tests=\"4\" failures=\"2\" errors=\"0\">\n"
	                      "  <testsuite name=\"clauselint\" tests=\"4\" failures=\"2\" errors=\"0\" "
	                      "skipped=\"0\">\n"
	                      "    <testcase classname=\"clauselint\" name=\"(repository)\">\n"
	                      "      <failure message=\"no policy\" type=\"policy-missing\">(repository): no "
	                      "policy [policy-missing] (clause 5.2)</failure>\n"
	                      "    </testcase>\n"
	                      "    <testcase classname=\"clauselint\" name=\"a.md\">\n"
	                      "      <failure message=\"changed\" type=\"approval-stale\">a.md:1:1: changed "
	                      "[approval-stale] (clause 5.2)</failure>\n"
	                      "      <system-out>a.md:4:2: warning: no x.md [broken-link]\n"
	                      "</system-out>\n"
	                      "    </testcase>\n"
	                      "    <testcase classname=\"clauselint\" name=\"b.md\"/>\n"
	                      "    <testcase classname=\"clauselint\" name=\"c.md\">\n"
	                      "      <system-out>c.md:3:1: note: due soon [review-due-soon] (clause 5.2)\n"
	                      "</system-out>\n"
	                      "    </testcase>\n"
	                      "  </testsuite>\n"
	                      "</testsuites>\n");
	free(got);
	cl_strvec_free(&documents);
	cl_findings_free(&list);
}

Test(formats, junit_one_case_per_file_and_a_failure_per_error)
{
	cl_findings list = CL_FINDINGS_INIT;
	cl_strvec documents = CL_STRVEC_INIT;
	char *got;

	cl_strvec_push(&documents, "a.md");
	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "a.md", 1, 1, "one");
	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "a.md", 2, 1, "two");
	cl_findings_add(&list, &rule_policy, CL_SEV_ERROR, ".clauselint.yml", 1, 1, "no policy");
	got = render(cl_report_junit, &list, &documents, NULL, 0);
	cr_assert_eq(count_of(got, "<testcase "), 2, "%s", got);
	cr_assert_eq(count_of(got, "<failure "), 3, "%s", got);
	cr_assert(strstr(got, "tests=\"2\" failures=\"2\""), "%s", got);
	cr_assert(strstr(got, "name=\".clauselint.yml\">"), "%s", got);
	free(got);
	cl_strvec_free(&documents);
	cl_findings_free(&list);
}

Test(formats, junit_no_documents_is_an_empty_suite)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got = render(cl_report_junit, &list, NULL, NULL, 0);

	cr_assert(strstr(got, "<testsuite name=\"clauselint\" tests=\"0\" failures=\"0\" errors=\"0\" "
	                      "skipped=\"0\">\n  </testsuite>\n"),
	          "%s", got);
	free(got);
}

Test(formats, junit_hostile_names_and_messages)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got;

	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "x\"/><evil a='1'>&\n\x01.md", 1, 1,
	                "]]></failure><x>\xff\x1b\"'");
	got = render(cl_report_junit, &list, NULL, NULL, 0);
	cr_assert(cl_utf8_valid(got, strlen(got), NULL), "%s", got);
	cr_assert(strstr(got, "name=\"x&quot;/&gt;&lt;evil a=&apos;1&apos;&gt;&amp;&#10;" FFFD ".md\">"),
	          "%s", got);
	cr_assert(strstr(got, "message=\"]]&gt;&lt;/failure&gt;&lt;x&gt;" FFFD FFFD "&quot;&apos;\""), "%s",
	          got);
	/* Only our own elements: the name and message opened none. */
	cr_assert_eq(count_of(got, "<"), 9, "%s", got);
	free(got);
	cl_findings_free(&list);
}

Test(formats, junit_quiet_drops_the_output)
{
	cl_findings list = CL_FINDINGS_INIT;
	cl_strvec documents = CL_STRVEC_INIT;
	char *got;

	cl_strvec_push(&documents, "a.md");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", 4, 2, "no x.md");
	got = render(cl_report_junit, &list, &documents, NULL, 1);
	cr_assert_null(strstr(got, "system-out"), "%s", got);
	cr_assert(strstr(got, "<testcase classname=\"clauselint\" name=\"a.md\"/>"), "%s", got);
	free(got);
	cl_strvec_free(&documents);
	cl_findings_free(&list);
}
