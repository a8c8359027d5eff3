/*
 * test_output.c: findings, their orders, and the text, github and json
 * reports.
 *
 * The reports are a contract (docs/reports.md) that pipelines parse, so most
 * tests compare exact bytes; the escaping tests feed what a hostile file
 * name or document could hold and check it can't forge output of its own.
 */
#include <criterion/criterion.h>

#include <stdlib.h>
#include <string.h>

#include "output/output.h"

static const cl_rule rule_stale = {"approval-stale", CL_SEV_ERROR, "5.2", "stale", "explain", 0};
static const cl_rule rule_role = {"approver-role-mismatch", CL_SEV_ERROR, "5.1, 5.2", "role", "explain", 0};
static const cl_rule rule_link = {"broken-link", CL_SEV_WARNING, NULL, "link", "explain", 0};
static const cl_rule rule_due = {"review-due-soon", CL_SEV_NOTE, "5.2", "due", "explain", 0};
static const cl_rule rule_shallow = {"history-shallow", CL_SEV_ERROR, NULL, "shallow", "explain", 0};

enum { REPORT_TEXT, REPORT_GITHUB, REPORT_JSON, REPORT_SUMMARY };

/* The report of `kind` over `list` as a string the caller frees. */
static char *render(int kind, cl_findings *list, size_t documents, int color, int quiet)
{
	cl_report_options opts = {color, quiet, NULL, NULL, NULL, NULL};
	cl_summary summary;
	cl_buf out = CL_BUF_INIT;

	/* As cl_run hands them over: sorted, with fingerprints. The tests'
	 * lists are in order already; sorting only fingerprints them. */
	cl_findings_sort(list);
	cl_summary_count(&summary, list, documents);
	switch (kind) {
	case REPORT_TEXT:
		cl_report_text(&out, list, &summary, &opts);
		break;
	case REPORT_GITHUB:
		cl_report_github(&out, list, &summary, &opts);
		break;
	case REPORT_JSON:
		cl_report_json(&out, list, &summary, &opts);
		break;
	default:
		cl_report_github_summary(&out, list, &summary, &opts);
		break;
	}
	return cl_buf_detach(&out);
}

typedef void (*escape_fn)(cl_buf *out, const char *s);

static char *escape(escape_fn fn, const char *s)
{
	cl_buf out = CL_BUF_INIT;

	fn(&out, s);
	return cl_buf_detach(&out);
}

static void assert_escape(escape_fn fn, const char *in, const char *expected)
{
	char *got = escape(fn, in);

	cr_assert_str_eq(got, expected, "escaping \"%s\"", in);
	free(got);
}

static size_t count_char(const char *s, char c)
{
	size_t n = 0;

	for (; *s; s++)
		n += *s == c;
	return n;
}

/* ---- severities and formats ---- */

Test(output, severity_names_round_trip)
{
	static const cl_severity all[] = {CL_SEV_OFF, CL_SEV_NOTE, CL_SEV_WARNING, CL_SEV_ERROR};
	cl_severity sev = CL_SEV_OFF;

	cr_assert_str_eq(cl_severity_name(CL_SEV_OFF), "off");
	cr_assert_str_eq(cl_severity_name(CL_SEV_NOTE), "note");
	cr_assert_str_eq(cl_severity_name(CL_SEV_WARNING), "warning");
	cr_assert_str_eq(cl_severity_name(CL_SEV_ERROR), "error");
	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++) {
		cr_assert_eq(cl_severity_parse(&sev, cl_severity_name(all[i])), 0);
		cr_assert_eq(sev, all[i]);
	}
}

Test(output, severity_parse_rejects_unknown)
{
	cl_severity sev = CL_SEV_NOTE;

	cr_assert_eq(cl_severity_parse(&sev, "warn"), -1);
	cr_assert_eq(cl_severity_parse(&sev, "Error"), -1);
	cr_assert_eq(cl_severity_parse(&sev, ""), -1);
	cr_assert_eq(sev, CL_SEV_NOTE, "a failed parse must leave *out alone");
}

Test(output, format_parse)
{
	cl_format fmt = CL_FORMAT_TEXT;

	cr_assert_eq(cl_format_parse(&fmt, "github"), 0);
	cr_assert_eq(fmt, CL_FORMAT_GITHUB);
	cr_assert_eq(cl_format_parse(&fmt, "json"), 0);
	cr_assert_eq(fmt, CL_FORMAT_JSON);
	cr_assert_eq(cl_format_parse(&fmt, "text"), 0);
	cr_assert_eq(fmt, CL_FORMAT_TEXT);
	cr_assert_eq(cl_format_parse(&fmt, "yaml"), -1);
	cr_assert_eq(cl_format_parse(&fmt, "JSON"), -1);
	cr_assert_eq(cl_format_parse(&fmt, ""), -1);
}

/* ---- the list ---- */

Test(output, add_copies_path_and_message)
{
	cl_findings list = CL_FINDINGS_INIT;
	char path[] = "policies/isp.md";
	char message[] = "stale";

	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, path, 3, 4, message);
	cl_findings_add(&list, &rule_shallow, CL_SEV_ERROR, NULL, 1, 1, "shallow");
	path[0] = 'X';
	message[0] = 'X';
	cr_assert_eq(list.count, 2);
	cr_assert_str_eq(list.items[0].path, "policies/isp.md");
	cr_assert_str_eq(list.items[0].message, "stale");
	cr_assert_eq(list.items[0].line, 3);
	cr_assert_eq(list.items[0].column, 4);
	cr_assert_eq(list.items[0].rule, &rule_stale);
	cr_assert_null(list.items[1].path);
	cl_findings_free(&list);
	cr_assert_null(list.items);
	cr_assert_eq(list.count, 0);
	cl_findings_free(NULL);
}

Test(output, add_grows_past_initial_capacity)
{
	cl_findings list = CL_FINDINGS_INIT;

	for (int i = 0; i < 100; i++)
		cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", i + 1, 1, "m");
	cr_assert_eq(list.count, 100);
	cr_assert_eq(list.items[99].line, 100);
	cl_findings_free(&list);
}

Test(output, sort_order)
{
	cl_findings list = CL_FINDINGS_INIT;
	static const struct {
		const char *path;
		int line, column;
		const char *rule;
		const char *message;
	} expected[] = {
	        {NULL, 1, 1, "history-shallow", "m"},      {"B.md", 1, 1, "broken-link", "m"},
	        {"a.md", 2, 1, "approval-stale", "m"},     {"a.md", 2, 1, "broken-link", "a"},
	        {"a.md", 2, 1, "broken-link", "b"},        {"a.md", 2, 5, "approval-stale", "m"},
	        {"a.md", 10, 1, "approval-stale", "m"},    {"z.md", 1, 1, "broken-link", "m"},
	        {"\xc3\xa9.md", 1, 1, "broken-link", "m"},
	};

	/* Scrambled: line 10 after line 2 (numeric, not text), "B" before
	 * "a" and "é" after "z" (byte order), no path first. */
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "\xc3\xa9.md", 1, 1, "m");
	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "a.md", 10, 1, "m");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", 2, 1, "b");
	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "a.md", 2, 5, "m");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "z.md", 1, 1, "m");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", 2, 1, "a");
	cl_findings_add(&list, &rule_shallow, CL_SEV_ERROR, NULL, 1, 1, "m");
	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "a.md", 2, 1, "m");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "B.md", 1, 1, "m");
	cl_findings_sort(&list);

	cr_assert_eq(list.count, sizeof(expected) / sizeof(expected[0]));
	for (size_t i = 0; i < list.count; i++) {
		const cl_finding *f = &list.items[i];

		if (expected[i].path)
			cr_assert_str_eq(f->path, expected[i].path, "item %zu", i);
		else
			cr_assert_null(f->path, "item %zu", i);
		cr_assert_eq(f->line, expected[i].line, "item %zu", i);
		cr_assert_eq(f->column, expected[i].column, "item %zu", i);
		cr_assert_str_eq(f->rule->name, expected[i].rule, "item %zu", i);
		cr_assert_str_eq(f->message, expected[i].message, "item %zu", i);
	}
	cl_findings_free(&list);
}

Test(output, sort_by_severity_is_stable)
{
	cl_findings list = CL_FINDINGS_INIT;
	static const char *const expected[] = {"e1", "e2", "e3", "w1", "w2", "n1", "n2"};

	cl_findings_add(&list, &rule_due, CL_SEV_NOTE, "a.md", 1, 1, "n1");
	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "b.md", 1, 1, "e1");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "c.md", 1, 1, "w1");
	cl_findings_add(&list, &rule_due, CL_SEV_NOTE, "d.md", 1, 1, "n2");
	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "e.md", 1, 1, "e2");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "f.md", 1, 1, "w2");
	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "g.md", 1, 1, "e3");
	cl_findings_sort_by_severity(&list);

	cr_assert_eq(list.count, 7);
	for (size_t i = 0; i < list.count; i++)
		cr_assert_str_eq(list.items[i].message, expected[i], "item %zu", i);
	cl_findings_free(&list);
}

Test(output, summary_counts)
{
	cl_findings list = CL_FINDINGS_INIT;
	cl_summary s;

	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "a.md", 1, 1, "m");
	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "b.md", 1, 1, "m");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", 2, 1, "m");
	cl_findings_add(&list, &rule_due, CL_SEV_NOTE, "a.md", 3, 1, "m");
	cl_findings_add(&list, &rule_due, CL_SEV_NOTE, "c.md", 3, 1, "m");
	cl_findings_add(&list, &rule_due, CL_SEV_NOTE, "d.md", 3, 1, "m");
	cl_summary_count(&s, &list, 12);
	cr_assert_eq(s.documents, 12);
	cr_assert_eq(s.errors, 2);
	cr_assert_eq(s.warnings, 1);
	cr_assert_eq(s.notes, 3);
	cl_findings_free(&list);
}

/* ---- text ---- */

Test(output, text_exact)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got;

	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "policies/isp.md", 1, 1, "changed since approval");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "policies/isp.md", 14, 3, "no such file 'x.md'");
	got = render(REPORT_TEXT, &list, 12, 0, 0);
	cr_assert_str_eq(got, "policies/isp.md:1:1: error: changed since approval [approval-stale]\n"
	                      "policies/isp.md:14:3: warning: no such file 'x.md' [broken-link]\n"
	                      "1 error, 1 warning, 0 notes in 12 documents\n");
	free(got);
	cl_findings_free(&list);
}

Test(output, text_summary_singular_and_plural)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got;

	got = render(REPORT_TEXT, &list, 0, 0, 0);
	cr_assert_str_eq(got, "0 errors, 0 warnings, 0 notes in 0 documents\n");
	free(got);

	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "a.md", 1, 1, "m");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", 2, 1, "m");
	cl_findings_add(&list, &rule_due, CL_SEV_NOTE, "a.md", 3, 1, "m");
	got = render(REPORT_TEXT, &list, 1, 0, 0);
	cr_assert(strstr(got, "\n1 error, 1 warning, 1 note in 1 document\n"), "%s", got);
	free(got);

	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "b.md", 1, 1, "m");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "b.md", 2, 1, "m");
	cl_findings_add(&list, &rule_due, CL_SEV_NOTE, "b.md", 3, 1, "m");
	got = render(REPORT_TEXT, &list, 2, 0, 0);
	cr_assert(strstr(got, "\n2 errors, 2 warnings, 2 notes in 2 documents\n"), "%s", got);
	free(got);
	cl_findings_free(&list);
}

Test(output, text_null_path)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got;

	cl_findings_add(&list, &rule_shallow, CL_SEV_ERROR, NULL, 1, 1, "fetch the full history");
	got = render(REPORT_TEXT, &list, 0, 0, 0);
	cr_assert_str_eq(got, "(repository): error: fetch the full history [history-shallow]\n"
	                      "1 error, 0 warnings, 0 notes in 0 documents\n");
	free(got);
	cl_findings_free(&list);
}

Test(output, text_quiet_lists_errors_counts_all)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got;

	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "a.md", 1, 1, "e");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", 2, 1, "w");
	cl_findings_add(&list, &rule_due, CL_SEV_NOTE, "a.md", 3, 1, "n");
	got = render(REPORT_TEXT, &list, 1, 0, 1);
	cr_assert_str_eq(
	        got, "a.md:1:1: error: e [approval-stale]\n"
	             "1 error, 1 warning, 1 note in 1 document (warnings and notes not shown: --quiet)\n");
	free(got);
	cl_findings_free(&list);
}

Test(output, text_color_only_when_asked)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *plain;
	char *color;

	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "a.md", 1, 1, "e");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", 2, 1, "w");
	cl_findings_add(&list, &rule_due, CL_SEV_NOTE, "a.md", 3, 1, "n");
	plain = render(REPORT_TEXT, &list, 1, 0, 0);
	color = render(REPORT_TEXT, &list, 1, 1, 0);

	cr_assert_null(strchr(plain, '\033'), "escape code without color: %s", plain);
	cr_assert(strstr(color, "\033[1ma.md:1:1\033[0m: \033[1;31merror\033[0m: e [approval-stale]\n"), "%s",
	          color);
	cr_assert(strstr(color, "\033[33mwarning\033[0m"));
	cr_assert(strstr(color, "\033[36mnote\033[0m"));
	free(plain);
	free(color);
	cl_findings_free(&list);
}

Test(output, text_message_stays_on_one_line)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got;

	/* A newline, a tab, CR, ESC (a terminal colour), and U+009B (a C1 CSI). */
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", 1, 1,
	                "one\ntwo\tthree\r\033[31mred\xc2\x9bJ caf\xc3\xa9");
	got = render(REPORT_TEXT, &list, 1, 0, 0);
	cr_assert_str_eq(got, "a.md:1:1: warning: one two three  [31mred J caf\xc3\xa9 [broken-link]\n"
	                      "0 errors, 1 warning, 0 notes in 1 document\n");
	cr_assert_eq(count_char(got, '\n'), 2);
	free(got);
	cl_findings_free(&list);
}

Test(output, text_quotes_odd_paths)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got;

	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a\nb.md", 1, 1, "m");
	got = render(REPORT_TEXT, &list, 1, 0, 0);
	cr_assert_str_eq(got, "\"a\\nb.md\":1:1: warning: m [broken-link]\n"
	                      "0 errors, 1 warning, 0 notes in 1 document\n");
	free(got);
	cl_findings_free(&list);
}

Test(output, quote_path_cases)
{
	assert_escape(cl_quote_path, "policies/isp.md", "policies/isp.md");
	assert_escape(cl_quote_path, "with space.md", "with space.md");
	assert_escape(cl_quote_path, "a\nb.md", "\"a\\nb.md\"");
	assert_escape(cl_quote_path, "say \"hi\".md", "\"say \\\"hi\\\".md\"");
	assert_escape(cl_quote_path, "back\\slash.md", "\"back\\\\slash.md\"");
	assert_escape(cl_quote_path, "tab\there.md", "\"tab\\there.md\"");
	assert_escape(cl_quote_path, "bell\x01\x7f.md", "\"bell\\001\\177.md\"");
	assert_escape(cl_quote_path, "\033[31m.md", "\"\\033[31m.md\"");
	/* UTF-8 stays readable (quotePath=false), also inside a quoted name. */
	assert_escape(cl_quote_path, "richtlinien/\xc3\xa4nderung.md", "richtlinien/\xc3\xa4nderung.md");
	assert_escape(cl_quote_path, "\xc3\xbc\n", "\"\xc3\xbc\\n\"");
	/* A C1 control (here U+009B, a CSI) is escaped, not passed through. */
	assert_escape(cl_quote_path,
	              "x\xc2\x9b"
	              "3m.md",
	              "\"x\\302\\233"
	              "3m.md\"");
	assert_escape(cl_quote_path, "\xc2\xa0nbsp.md", "\xc2\xa0nbsp.md");
}

/* ---- github ---- */

Test(output, github_escape_data)
{
	assert_escape(cl_escape_github_data, "plain text", "plain text");
	assert_escape(cl_escape_github_data, "100%", "100%25");
	assert_escape(cl_escape_github_data, "a\r\nb", "a%0D%0Ab");
	assert_escape(cl_escape_github_data, "%0A", "%250A");
	/* ':' and ',' are only special in properties. */
	assert_escape(cl_escape_github_data, "a::b, c", "a::b, c");
}

Test(output, github_escape_property)
{
	assert_escape(cl_escape_github_property, "policies/isp.md", "policies/isp.md");
	assert_escape(cl_escape_github_property, "a:b,c", "a%3Ab%2Cc");
	assert_escape(cl_escape_github_property, "50%\r\n", "50%25%0D%0A");
	assert_escape(cl_escape_github_property, "x::error", "x%3A%3Aerror");
}

Test(output, github_exact)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got;

	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "policies/isp.md", 1, 2, "changed: approve it");
	cl_findings_add(&list, &rule_role, CL_SEV_ERROR, "policies/isp.md", 3, 1, "no CEO");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "policies/isp.md", 14, 3, "no x.md");
	cl_findings_add(&list, &rule_due, CL_SEV_NOTE, "policies/isp.md", 15, 1, "due 2026-12-01");
	got = render(REPORT_GITHUB, &list, 1, 0, 0);
	cr_assert_str_eq(
	        got,
	        "::error file=policies/isp.md,line=1,col=2,title=approval-stale (5.2)::changed: approve it\n"
	        "::error file=policies/isp.md,line=3,col=1,title=approver-role-mismatch (5.1%2C 5.2)::no "
	        "CEO\n"
	        "::warning file=policies/isp.md,line=14,col=3,title=broken-link::no x.md\n"
	        "::notice file=policies/isp.md,line=15,col=1,title=review-due-soon (5.2)::due 2026-12-01\n");
	free(got);
	cl_findings_free(&list);
}

Test(output, github_null_path)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got;

	cl_findings_add(&list, &rule_shallow, CL_SEV_ERROR, NULL, 1, 1, "fetch-depth: 0");
	got = render(REPORT_GITHUB, &list, 0, 0, 0);
	cr_assert_str_eq(got, "::error title=history-shallow::fetch-depth: 0\n");
	free(got);
	cl_findings_free(&list);
}

Test(output, github_no_findings_prints_nothing)
{
	cl_findings list = CL_FINDINGS_INIT;
	cl_report_options opts = {0, 0, NULL, NULL, NULL, NULL};
	cl_summary summary;
	cl_buf out = CL_BUF_INIT;

	/* No summary line either: the log holds commands only. */
	cl_summary_count(&summary, &list, 3);
	cl_report_github(&out, &list, &summary, &opts);
	cr_assert_not_null(out.ptr, "an empty report must still be a string");
	cr_assert_str_eq(out.ptr, "");
	cl_buf_free(&out);
}

static int starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

Test(output, github_hostile_input_cannot_forge_commands)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got;
	char *line;
	char *save = NULL;
	size_t lines = 0;

	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "x.md\n::error file=x::pwned", 1, 1,
	                "first\n::add-mask::secret\r\n::warning::owned\rend %0A");
	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "a,b:c.md\r\n::stop-commands::t", 2, 1, "m\n\n");
	cl_findings_add(&list, &rule_shallow, CL_SEV_ERROR, NULL, 1, 1, "\n::notice::x");
	got = render(REPORT_GITHUB, &list, 2, 0, 0);

	cr_assert_null(strchr(got, '\r'), "%s", got);
	cr_assert_eq(count_char(got, '\n'), list.count, "%s", got);
	for (line = strtok_r(got, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		cr_assert(starts_with(line, "::error ") || starts_with(line, "::warning ") ||
		                  starts_with(line, "::notice "),
		          "forged line: %s", line);
		lines++;
	}
	cr_assert_eq(lines, list.count);
	free(got);

	/* And the values survive the runner's unescaping intact. */
	got = render(REPORT_GITHUB, &list, 2, 0, 0);
	cr_assert(strstr(got, "file=x.md%0A%3A%3Aerror file=x%3A%3Apwned,line=1"), "%s", got);
	cr_assert(strstr(got, "::first%0A::add-mask::secret%0D%0A::warning::owned%0Dend %250A\n"), "%s", got);
	cr_assert(strstr(got, "file=a%2Cb%3Ac.md%0D%0A%3A%3Astop-commands%3A%3At,"), "%s", got);
	free(got);
	cl_findings_free(&list);
}

Test(output, github_errors_first_without_touching_the_list)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got;

	cl_findings_add(&list, &rule_due, CL_SEV_NOTE, "a.md", 1, 1, "n");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "b.md", 1, 1, "w");
	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "c.md", 1, 1, "e1");
	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "d.md", 1, 1, "e2");
	got = render(REPORT_GITHUB, &list, 4, 0, 0);
	cr_assert_str_eq(got, "::error file=c.md,line=1,col=1,title=approval-stale (5.2)::e1\n"
	                      "::error file=d.md,line=1,col=1,title=approval-stale (5.2)::e2\n"
	                      "::warning file=b.md,line=1,col=1,title=broken-link::w\n"
	                      "::notice file=a.md,line=1,col=1,title=review-due-soon (5.2)::n\n");
	cr_assert_str_eq(list.items[0].message, "n", "the caller's list was reordered");
	cr_assert_str_eq(list.items[3].message, "e2", "the caller's list was reordered");
	free(got);
	cl_findings_free(&list);
}

Test(output, github_quiet)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got;

	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", 1, 1, "w");
	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "a.md", 2, 1, "e");
	cl_findings_add(&list, &rule_due, CL_SEV_NOTE, "a.md", 3, 1, "n");
	got = render(REPORT_GITHUB, &list, 1, 0, 1);
	cr_assert_str_eq(got, "::error file=a.md,line=2,col=1,title=approval-stale (5.2)::e\n");
	free(got);
	cl_findings_free(&list);
}

Test(output, github_summary_no_findings)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got = render(REPORT_SUMMARY, &list, 3, 0, 0);

	cr_assert_str_eq(got,
	                 "### clauselint\n\n0 errors, 0 warnings, 0 notes in 3 documents\n\nNo findings.\n");
	free(got);
}

Test(output, github_summary_table)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got;

	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", 4, 2, "no b.md");
	cl_findings_add(&list, &rule_shallow, CL_SEV_ERROR, NULL, 1, 1, "shallow");
	cl_findings_add(&list, &rule_role, CL_SEV_ERROR, "c.md", 3, 1, "needs CEO");
	got = render(REPORT_SUMMARY, &list, 1, 0, 0);
	cr_assert_str_eq(got, "### clauselint\n"
	                      "\n"
	                      "2 errors, 1 warning, 0 notes in 1 document\n"
	                      "\n"
	                      "| Severity | Rule | Clause | File | Line | Message |\n"
	                      "| --- | --- | --- | --- | --- | --- |\n"
	                      "| error | history-shallow |  | (repository) |  | shallow |\n"
	                      "| error | approver-role-mismatch | 5.1, 5.2 | c.md | 3 | needs CEO |\n"
	                      "| warning | broken-link |  | a.md | 4 | no b.md |\n");
	free(got);
	cl_findings_free(&list);
}

Test(output, github_summary_escapes_cells)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got;

	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a|b\n.md", 1, 1,
	                "x | y\r\n<img src=x onerror=alert(1)> & `code` ![t](http://e/p.png) *$x$* \\");
	got = render(REPORT_SUMMARY, &list, 1, 0, 0);
	cr_assert(strstr(got, "| warning | broken-link |  | a\\|b .md | 1 | x \\| y  &lt;img src=x "
	                      "onerror=alert(1)&gt; "
	                      "&amp; \\`code\\` !\\[t\\](http://e/p.png) \\*\\$x\\$\\* \\\\ |\n"),
	          "%s", got);
	cr_assert_null(strchr(got, '<'), "%s", got);
	/* Heading, blank, counts, blank, header, rule, one row. */
	cr_assert_eq(count_char(got, '\n'), 7, "%s", got);
	free(got);
	cl_findings_free(&list);
}

/* ---- json ---- */

Test(output, json_exact_one_finding)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got;

	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "policies/isp.md", 1, 1, "changed since approval");
	got = render(REPORT_JSON, &list, 12, 0, 0);
	cr_assert_str_eq(
	        got,
	        "{\n"
	        "  \"version\": 1,\n"
	        "  \"tool\": {\"name\": \"clauselint\", \"version\": \"" CL_VERSION "\"},\n"
	        "  \"findings\": [\n"
	        "    {\"rule\": \"approval-stale\", \"severity\": \"error\", \"path\": \"policies/isp.md\", "
	        "\"line\": 1, \"column\": 1, \"message\": \"changed since approval\", \"clause\": \"5.2\", "
	        "\"framework\": \"ISO27001:2022\", \"fingerprint\": \"adf2bd0c81c0c2c7\"}\n"
	        "  ],\n"
	        "  \"summary\": {\"documents\": 12, \"errors\": 1, \"warnings\": 0, \"notes\": 0}\n"
	        "}\n");
	free(got);
	cl_findings_free(&list);
}

Test(output, json_exact_empty)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got = render(REPORT_JSON, &list, 0, 0, 0);

	cr_assert_str_eq(got,
	                 "{\n"
	                 "  \"version\": 1,\n"
	                 "  \"tool\": {\"name\": \"clauselint\", \"version\": \"" CL_VERSION "\"},\n"
	                 "  \"findings\": [],\n"
	                 "  \"summary\": {\"documents\": 0, \"errors\": 0, \"warnings\": 0, \"notes\": 0}\n"
	                 "}\n");
	free(got);
}

Test(output, json_null_path_and_clause_and_framework)
{
	cl_findings list = CL_FINDINGS_INIT;
	cl_report_options opts = {0, 0, "ISO27001:2013", NULL, NULL, NULL};
	cl_summary summary;
	cl_buf out = CL_BUF_INIT;

	cl_findings_add(&list, &rule_shallow, CL_SEV_ERROR, NULL, 1, 1, "m");
	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", 2, 3, "m");
	cl_findings_sort(&list);
	cl_summary_count(&summary, &list, 1);
	cl_report_json(&out, &list, &summary, &opts);
	cr_assert(strstr(out.ptr,
	                 "\n    {\"rule\": \"history-shallow\", \"severity\": \"error\", \"path\": null, "
	                 "\"line\": 1, \"column\": 1, \"message\": \"m\", \"clause\": null, "
	                 "\"framework\": \"ISO27001:2013\", \"fingerprint\": \"39d08818e89e1085\"},\n"),
	          "%s", out.ptr);
	cr_assert(strstr(out.ptr, "\"path\": \"a.md\", \"line\": 2, \"column\": 3, \"message\": \"m\", "
	                          "\"clause\": null"),
	          "%s", out.ptr);
	cl_buf_free(&out);
	cl_findings_free(&list);
}

Test(output, json_quiet)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got;

	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", 1, 1, "w");
	cl_findings_add(&list, &rule_stale, CL_SEV_ERROR, "a.md", 2, 1, "e");
	got = render(REPORT_JSON, &list, 1, 0, 1);
	cr_assert_null(strstr(got, "broken-link"), "%s", got);
	cr_assert(strstr(got, "\"rule\": \"approval-stale\""), "%s", got);
	cr_assert(strstr(got, "\"errors\": 1, \"warnings\": 1"), "%s", got);
	free(got);
	cl_findings_free(&list);
}

Test(output, json_escapes_control_characters)
{
	assert_escape(cl_escape_json, "", "\"\"");
	assert_escape(cl_escape_json, "say \"hi\" \\ /", "\"say \\\"hi\\\" \\\\ /\"");
	assert_escape(cl_escape_json, "\n\r\t\b\f", "\"\\n\\r\\t\\b\\f\"");
	assert_escape(cl_escape_json, "\x01\x1b\x1f\x7f", "\"\\u0001\\u001b\\u001f\\u007f\"");
	/* Valid UTF-8, up to four bytes, passes through. */
	assert_escape(cl_escape_json, "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80",
	              "\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"");
}

#define FFFD "\xef\xbf\xbd"

Test(output, json_replaces_invalid_utf8)
{
	static const struct {
		const char *in;
		const char *out;
	} cases[] = {
	        {"a\xffz", "\"a" FFFD "z\""},                        /* never a UTF-8 byte */
	        {"\x80", "\"" FFFD "\""},                            /* lone continuation */
	        {"\xc0\xaf", "\"" FFFD FFFD "\""},                   /* overlong '/' */
	        {"\xe0\x80\xaf", "\"" FFFD FFFD FFFD "\""},          /* overlong, 3 bytes */
	        {"\xed\xa0\x80", "\"" FFFD FFFD FFFD "\""},          /* surrogate U+D800 */
	        {"\xf4\x90\x80\x80", "\"" FFFD FFFD FFFD FFFD "\""}, /* U+110000 */
	        {"\xe2\x82", "\"" FFFD "\""},                        /* truncated at the end */
	        {"\xe2\x82z", "\"" FFFD "z\""},                      /* truncated, then ASCII */
	        {"\xf0\x9f\x98\"", "\"" FFFD "\\\"\""},              /* truncated, then a quote */
	        {"\xc3\xa9\xc3", "\"\xc3\xa9" FFFD "\""},            /* good, then a cut one */
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *got = escape(cl_escape_json, cases[i].in);

		cr_assert(cl_utf8_valid(got, strlen(got), NULL), "case %zu is not valid UTF-8", i);
		cr_assert(strstr(got, FFFD), "case %zu has no U+FFFD", i);
		cr_assert_str_eq(got, cases[i].out, "case %zu", i);
		free(got);
	}
}

Test(output, json_report_is_valid_utf8_for_hostile_input)
{
	cl_findings list = CL_FINDINGS_INIT;
	char *got;

	cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "bad\xff\n.md", 1, 1, "msg \xed\xa0\x80 \"q\"\n");
	got = render(REPORT_JSON, &list, 1, 0, 0);
	cr_assert(cl_utf8_valid(got, strlen(got), NULL), "%s", got);
	cr_assert(strstr(got, "\"path\": \"bad" FFFD "\\n.md\""), "%s", got);
	cr_assert(strstr(got, "\"message\": \"msg " FFFD FFFD FFFD " \\\"q\\\"\\n\""), "%s", got);
	/* The finding stays on one line: `{`, version, tool, `"findings": [`,
	 * the finding, `],`, summary, `}`. */
	cr_assert_eq(count_char(got, '\n'), 8, "%s", got);
	free(got);
	cl_findings_free(&list);
}
