/*
 * test_baseline.c: reading a json report as a baseline, and leaving its
 * findings out.
 *
 * The baseline is read back from clauselint's own json report, so the
 * main test is the round trip; the rest feeds what an edited, truncated
 * or foreign file holds and checks each is refused with a reason, never
 * read as an empty baseline (which would fail a pipeline that worked) or
 * a partial one.
 */
#include <criterion/criterion.h>

#include <stdlib.h>
#include <string.h>

#include "findings/baseline.h"
#include "output/output.h"

static const cl_rule rule_stale = {"approval-stale", CL_SEV_ERROR, "5.2", "stale", "explain", 0};
static const cl_rule rule_link = {"broken-link", CL_SEV_WARNING, NULL, "link", "explain", 0};
static const cl_rule rule_policy = {"policy-missing", CL_SEV_ERROR, "5.2", "policy", "explain", 0};

/* The json report of `list` (sorted and fingerprinted here). */
static char *json_report(cl_findings *list)
{
	cl_summary summary;
	cl_buf out = CL_BUF_INIT;

	cl_findings_sort(list);
	cl_summary_count(&summary, list, 3);
	cl_report_json(&out, list, &summary, NULL);
	return cl_buf_detach(&out);
}

static cl_baseline *parse_ok(const char *text)
{
	cl_baseline *b = NULL;
	cl_error err = {{0}};

	cr_assert_eq(cl_baseline_parse(&b, text, strlen(text), "base.json", &err), 0, "%s: %s", text,
	             err.message);
	cr_assert_not_null(b);
	return b;
}

/* Parsing fails, with a message that contains `reason`. */
static void assert_refused(const char *text, size_t len, const char *reason)
{
	cl_baseline *b = (cl_baseline *)1;
	cl_error err = {{0}};

	cr_assert_eq(cl_baseline_parse(&b, text, len, "base.json", &err), -1, "accepted: %.*s", (int)len,
	             text);
	cr_assert_null(b);
	cr_assert(strstr(err.message, "baseline base.json "), "%s", err.message);
	cr_assert(strstr(err.message, reason), "'%s' lacks '%s'", err.message, reason);
	cr_assert_null(strchr(err.message, '\n'), "%s", err.message);
}

#define refused(text, reason) assert_refused(text, strlen(text), reason)

static const char good_head[] = "{\"version\": 1, \"findings\": [";

Test(baseline, round_trip_of_a_json_report)
{
	cl_findings list = CL_FINDINGS_INIT;
	cl_findings later = CL_FINDINGS_INIT;
	cl_baseline *b;
	char *report;

	cl_findings_add(&list, &rule_policy, CL_SEV_ERROR, NULL, 1, 1, "no policy");
	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "policies/\"odd\" n\xc3\xa4me\t.md", 1, 1,
	                "changed on 2026-03-02 (732291a)");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", 3, 1, "no such file 'v1.md'");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", 9, 1, "no such file 'v2.md'");
	report = json_report(&list);
	b = parse_ok(report);
	cr_assert_eq(cl_baseline_count(b), 4);
	for (size_t i = 0; i < list.count; i++)
		cr_assert(cl_baseline_contains(b, &list.items[i]), "item %zu", i);

	/* A later run: lines shifted, a new commit id, one new link. */
	cl_findings_add(&later, &rule_policy, CL_SEV_ERROR, NULL, 1, 1, "no policy");
	cl_findings_add(&later, &rule_stale, CL_SEV_ERROR, "policies/\"odd\" n\xc3\xa4me\t.md", 1, 1,
	                "changed on 2026-04-10 (9f0e1d2)");
	cl_findings_add(&later, &rule_link, CL_SEV_WARNING, "a.md", 13, 1, "no such file 'v1.md'");
	cl_findings_add(&later, &rule_link, CL_SEV_WARNING, "a.md", 19, 1, "no such file 'v2.md'");
	cl_findings_add(&later, &rule_link, CL_SEV_WARNING, "a.md", 25, 1, "no such file 'new.md'");
	cl_findings_sort(&later);
	cr_assert_eq(cl_baseline_filter(b, &later), 4);
	cr_assert_eq(later.count, 1);
	cr_assert_str_eq(later.items[0].message, "no such file 'new.md'");

	cl_baseline_free(b);
	free(report);
	cl_findings_free(&list);
	cl_findings_free(&later);
}

Test(baseline, matches_rule_path_and_fingerprint)
{
	cl_findings list = CL_FINDINGS_INIT;
	cl_baseline *b;
	char *text;

	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "a.md", 1, 1, "m");
	cl_findings_sort(&list);
	text = cl_printf(
	        "%s{\"rule\": \"approval-stale\", \"path\": \"b.md\", \"fingerprint\": \"%s\"},"
	        "{\"rule\": \"broken-link\", \"path\": \"a.md\", \"fingerprint\": \"%s\"},"
	        "{\"rule\": \"approval-stale\", \"path\": \"a.md\", \"fingerprint\": \"0000000000000000\"}"
	        "]}",
	        good_head, list.items[0].fingerprint, list.items[0].fingerprint);
	b = parse_ok(text);
	cr_assert_not(cl_baseline_contains(b, &list.items[0]));
	cl_baseline_free(b);
	free(text);
	cl_findings_free(&list);
}

Test(baseline, null_path_is_a_repository_level_finding)
{
	cl_findings list = CL_FINDINGS_INIT;
	cl_baseline *b;
	char *text;

	cl_findings_add(&list, &rule_policy, CL_SEV_ERROR, NULL, 1, 1, "no policy");
	cl_findings_sort(&list);
	text = cl_printf("%s{\"rule\": \"policy-missing\", \"path\": null, \"fingerprint\": \"%s\"}]}",
	                 good_head, list.items[0].fingerprint);
	b = parse_ok(text);
	cr_assert(cl_baseline_contains(b, &list.items[0]));
	cl_baseline_free(b);
	free(text);
	cl_findings_free(&list);
}

Test(baseline, reads_any_valid_json_spelling)
{
	cl_findings list = CL_FINDINGS_INIT;
	cl_baseline *b;
	char *text;

	/* Written by another tool: escaped non-ASCII (é, and U+1F600 as a
	 * surrogate pair), tabs, CRLF, a BOM, keys in another order, extra
	 * keys, numbers in other forms. */
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "caf\xc3\xa9 \xf0\x9f\x98\x80/a.md", 1, 1, "m");
	cl_findings_sort(&list);
	text = cl_printf("\xef\xbb\xbf{\r\n\t\"tool\": {\"name\": \"clauselint\", \"x\": [1, -2.5e+3, true, "
	                 "false, null, {}]},\r\n\t\"findings\": [ {\"fingerprint\": \"%s\", \"line\": 1E2, "
	                 "\"path\": \"caf\\u00e9 \\ud83d\\ude00\\/a.md\", \"rule\": \"broken-link\"} ],"
	                 "\"version\": 1, \"summary\": {}\r\n}\r\n",
	                 list.items[0].fingerprint);
	b = parse_ok(text);
	cr_assert(cl_baseline_contains(b, &list.items[0]));
	cl_baseline_free(b);
	free(text);
	cl_findings_free(&list);
}

Test(baseline, empty_findings)
{
	cl_baseline *b = parse_ok("{\"version\": 1, \"findings\": []}");

	cr_assert_eq(cl_baseline_count(b), 0);
	cl_baseline_free(b);
}

Test(baseline, refuses_what_is_not_json)
{
	static const char with_nul[] = "{\"version\": 1, \"findings\": [], \"x\": \"a\0b\"}";

	refused("", "is empty");
	refused(" \n\t", "is empty");
	refused("{\"version\": 1, \"findings\": [", "is not JSON");
	refused("{\"version\": 1, \"findings\": [],}", "is not JSON: line 1, column 31: expected a string");
	refused("{\"version\": 1, \"findings\": [], \"x\": [1,]}", "expected a value");
	refused("{'version': 1}", "expected a string");
	refused("{\"version\": 1, \"findings\": []} {}", "more after the report");
	refused("{\"version\": 01, \"findings\": []}", "is not JSON");
	refused("{\"version\": 1., \"findings\": []}", "a number needs digits");
	refused("{\"version\": 1, \"findings\": [], \"x\": tru}", "expected a value");
	refused("{\"version\": 1, /* c */ \"findings\": []}", "expected a string");
	refused("{\"version\": 1, \"findings\": [], \"x\": \"a\nb\"}", "a control character");
	refused("{\"version\": 1, \"findings\": [], \"x\": \"\\x\"}", "an unknown escape");
	refused("{\"version\": 1, \"findings\": [], \"x\": \"\\u12\"}", "four hex digits");
	refused("{\"version\": 1, \"findings\": [], \"x\": \"\\ud800\"}", "high surrogate");
	refused("{\"version\": 1, \"findings\": [], \"x\": \"\\udc00\"}", "low surrogate");
	refused("{\"version\": 1, \"findings\": [], \"x\": \"\xff\"}", "invalid UTF-8");
	refused("{\"version\": 1,\n \"findings\": [],\n  \"x\": \"\xc3\xa9\xc0\"}", "line 3, column 10");
	assert_refused(with_nul, sizeof(with_nul) - 1, "a control character");
}

Test(baseline, refuses_deep_nesting_without_recursing_forever)
{
	cl_buf text = CL_BUF_INIT;

	cl_buf_puts(&text, "{\"version\": 1, \"findings\": [], \"x\": ");
	for (int i = 0; i < 100000; i++)
		cl_buf_putc(&text, '[');
	assert_refused(text.ptr, text.len, "nested too deeply");
	cl_buf_free(&text);
}

Test(baseline, refuses_what_is_not_a_report)
{
	refused("[]", "not a clauselint json report: expected an object");
	refused("\"report\"", "not a clauselint json report");
	refused("{\"findings\": []}", "no \"version\"");
	refused("{\"version\": 1}", "no \"findings\"");
	refused("{\"version\": \"2.1.0\", \"runs\": []}", "\"version\" is not a number");
	refused("{\"version\": 1, \"findings\": {}}", "\"findings\" is not a list");
	refused("{\"version\": 1, \"findings\": [], \"findings\": []}", "two \"findings\"");
	refused("{\"version\": 1, \"findings\": [[]]}", "finding 1 is not an object");
	refused("{\"version\": 1, \"findings\": [{\"path\": null, \"fingerprint\": \"a\"}]}",
	        "finding 1 has no \"rule\"");
	refused("{\"version\": 1, \"findings\": [{\"rule\": \"r\", \"fingerprint\": \"a\"}]}",
	        "finding 1 has no \"path\"");
	refused("{\"version\": 1, \"findings\": [{\"rule\": \"r\", \"path\": \"a.md\"}]}",
	        "finding 1 has no \"fingerprint\" (a report of an older clauselint?)");
	refused("{\"version\": 1, \"findings\": [{\"rule\": \"r\", \"path\": \"a\", \"fingerprint\": \"\"}]}",
	        "finding 1 has no \"fingerprint\"");
	refused("{\"version\": 1, \"findings\": [{\"rule\": 3, \"path\": \"a\", \"fingerprint\": \"f\"}]}",
	        "the \"rule\" of finding 1 is not a string");
	refused("{\"version\": 1, \"findings\": [{\"rule\": \"r\", \"rule\": \"s\"}]}",
	        "finding 1 has two \"rule\"");
	refused("{\"version\": 1, \"findings\": [{\"rule\": \"r\", \"path\": null, \"fingerprint\": \"f\"}, "
	        "7]}",
	        "finding 2 is not an object");
}

Test(baseline, refuses_other_versions)
{
	refused("{\"version\": 2, \"findings\": []}",
	        "a report of version 2; this clauselint reads version 1");
	refused("{\"findings\": [], \"version\": 1.0}", "version 1.0");
	refused("{\"version\": -1, \"findings\": []}", "version -1");
}

Test(baseline, filter_without_a_baseline_keeps_everything)
{
	cl_findings list = CL_FINDINGS_INIT;

	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "a.md", 1, 1, "m");
	cl_findings_sort(&list);
	cr_assert_eq(cl_baseline_filter(NULL, &list), 0);
	cr_assert_eq(list.count, 1);
	cr_assert_not(cl_baseline_contains(NULL, &list.items[0]));
	cl_baseline_free(NULL);
	cl_findings_free(&list);
}

Test(baseline, summary_says_what_the_baseline_held_back)
{
	cl_findings list = CL_FINDINGS_INIT;
	cl_summary s;
	cl_buf out = CL_BUF_INIT;
	cl_report_options quiet = {0, 1, NULL, NULL, NULL, NULL};

	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", 1, 1, "w");
	cl_findings_sort(&list);
	cl_summary_count(&s, &list, 2);
	s.has_baseline = 1;
	s.baselined = 5;
	cl_summary_format(&out, &s);
	cr_assert_str_eq(out.ptr, "0 errors, 1 warning, 0 notes in 2 documents (5 more in the baseline)\n");
	out.len = 0;
	cl_report_text(&out, &list, &s, &quiet);
	cr_assert_str_eq(out.ptr, "0 errors, 1 warning, 0 notes in 2 documents (5 more in the baseline; "
	                          "warnings and notes not shown: --quiet)\n");
	out.len = 0;
	cl_report_json(&out, &list, &s, NULL);
	cr_assert(strstr(out.ptr, "\"notes\": 0, \"baseline\": 5}\n"), "%s", out.ptr);
	/* No baseline given: the json summary keeps its shape. */
	s.has_baseline = 0;
	s.baselined = 0;
	out.len = 0;
	cl_report_json(&out, &list, &s, NULL);
	cr_assert_null(strstr(out.ptr, "baseline"), "%s", out.ptr);
	cl_buf_free(&out);
	cl_findings_free(&list);
}

/* The json report writes a file name that isn't UTF-8 with U+FFFD: its
 * findings must still match their own baseline. */
Test(baseline, matches_a_file_name_that_is_not_utf8)
{
	cl_findings list = CL_FINDINGS_INIT;
	cl_baseline *b;
	char *report;

	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "bad\xff\xc3name\n.md", 1, 1, "m");
	report = json_report(&list);
	cr_assert(strstr(report, "\"path\": \"bad\xef\xbf\xbd\xef\xbf\xbdname\\n.md\""), "%s", report);
	b = parse_ok(report);
	cr_assert(cl_baseline_contains(b, &list.items[0]));
	cl_baseline_free(b);
	free(report);
	cl_findings_free(&list);
}
