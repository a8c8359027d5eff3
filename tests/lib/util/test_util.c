/*
 * test_util.c: dates, intervals, UTF-8 validation, buffers, string
 * lists and severities of util.c (and finding.c's severity names).
 *
 * Each test pairs what must be accepted with the near miss a sloppier
 * implementation (sscanf, a 30-day month, a lenient decoder) would get
 * wrong.
 */
#include <criterion/criterion.h>

#include <stdlib.h>
#include <string.h>

#include "util/util.h"

static cl_date mkdate(int y, int m, int d)
{
	cl_date date;

	date.year = y;
	date.month = m;
	date.day = d;
	return date;
}

static cl_interval mkinterval(int count, cl_unit unit)
{
	cl_interval iv;

	iv.count = count;
	iv.unit = unit;
	return iv;
}

#define EXPECT_DATE(got, y, m, d)                                                                            \
	cr_expect((got).year == (y) && (got).month == (m) && (got).day == (d),                               \
	          "expected %04d-%02d-%02d, got %04d-%02d-%02d", (y), (m), (d), (got).year, (got).month,     \
	          (got).day)

/* ---- cl_date_parse ---- */

Test(util, date_parse_valid)
{
	cl_date d = {0, 0, 0};

	cr_assert_eq(cl_date_parse(&d, "2026-03-15"), 0);
	EXPECT_DATE(d, 2026, 3, 15);
	cr_assert_eq(cl_date_parse(&d, "1999-12-31"), 0);
	EXPECT_DATE(d, 1999, 12, 31);
	cr_assert_eq(cl_date_parse(&d, "2026-01-01"), 0);
	EXPECT_DATE(d, 2026, 1, 1);
}

Test(util, date_parse_leap_day)
{
	cl_date d = {0, 0, 0};

	cr_expect_eq(cl_date_parse(&d, "2024-02-29"), 0, "2024 is a leap year");
	EXPECT_DATE(d, 2024, 2, 29);
	cr_expect_eq(cl_date_parse(&d, "2000-02-29"), 0, "2000 is a leap year (divisible by 400)");
	cr_expect_eq(cl_date_parse(&d, "2026-02-29"), -1, "2026 is not a leap year");
	cr_expect_eq(cl_date_parse(&d, "1900-02-29"), -1, "1900 is not a leap year (divisible by 100)");
	cr_expect_eq(cl_date_parse(&d, "2026-02-28"), 0);
}

Test(util, date_parse_rejects_impossible_days)
{
	cl_date d = {0, 0, 0};

	cr_expect_eq(cl_date_parse(&d, "2026-13-01"), -1);
	cr_expect_eq(cl_date_parse(&d, "2026-00-10"), -1);
	cr_expect_eq(cl_date_parse(&d, "2026-04-31"), -1, "April has 30 days");
	cr_expect_eq(cl_date_parse(&d, "2026-04-00"), -1);
	cr_expect_eq(cl_date_parse(&d, "2026-01-32"), -1);
	cr_expect_eq(cl_date_parse(&d, "0000-01-01"), -1);
}

Test(util, date_parse_rejects_other_shapes)
{
	cl_date d = mkdate(7, 7, 7);

	cr_expect_eq(cl_date_parse(&d, "2026-1-01"), -1);
	cr_expect_eq(cl_date_parse(&d, "2026-01-1"), -1);
	cr_expect_eq(cl_date_parse(&d, "26-01-01"), -1);
	cr_expect_eq(cl_date_parse(&d, "2026-01-01x"), -1, "trailing text");
	cr_expect_eq(cl_date_parse(&d, "2026-01-01 "), -1, "trailing blank");
	cr_expect_eq(cl_date_parse(&d, "2026-01-01T00:00:00Z"), -1);
	cr_expect_eq(cl_date_parse(&d, " 2026-01-01"), -1);
	cr_expect_eq(cl_date_parse(&d, "2026/01/01"), -1);
	cr_expect_eq(cl_date_parse(&d, "2026-+1-01"), -1);
	cr_expect_eq(cl_date_parse(&d, ""), -1);
	/* A failed parse leaves *out alone. */
	EXPECT_DATE(d, 7, 7, 7);
}

/* ---- day numbers ---- */

Test(util, date_days_known_values)
{
	cr_expect_eq(cl_date_days(mkdate(1970, 1, 1)), 0);
	cr_expect_eq(cl_date_days(mkdate(1970, 1, 2)), 1);
	cr_expect_eq(cl_date_days(mkdate(1969, 12, 31)), -1);
	cr_expect_eq(cl_date_days(mkdate(2000, 3, 1)), 11017);
	cr_expect_eq(cl_date_days(mkdate(2024, 2, 29)), 19782);
	cr_expect_eq(cl_date_days(mkdate(1900, 1, 1)), -25567);
	cr_expect_eq(cl_date_days(mkdate(2026, 1, 1)) - cl_date_days(mkdate(2025, 1, 1)), 365);
	cr_expect_eq(cl_date_days(mkdate(2025, 1, 1)) - cl_date_days(mkdate(2024, 1, 1)), 366);
}

Test(util, date_days_round_trip)
{
	/* 1850-01-01 .. 2150-01-01: before 1970 included, every day checked
	 * to be the next one after the previous. */
	long start = cl_date_days(mkdate(1850, 1, 1));
	long end = cl_date_days(mkdate(2150, 1, 1));
	cl_date prev = cl_date_from_days(start - 1);

	cr_assert_lt(start, 0);
	EXPECT_DATE(prev, 1849, 12, 31);
	for (long n = start; n <= end; n++) {
		cl_date d = cl_date_from_days(n);
		char text[11];
		cl_date parsed;

		cr_assert_eq(cl_date_days(d), n, "round trip of day %ld", n);
		if (d.day == 1)
			cr_assert(prev.month != d.month, "day %ld: month didn't change on the 1st", n);
		else
			cr_assert(prev.month == d.month && prev.day + 1 == d.day,
			          "day %ld is not the day after", n);
		cl_date_format(text, d);
		cr_assert_eq(cl_date_parse(&parsed, text), 0, "'%s' doesn't parse", text);
		cr_assert(parsed.year == d.year && parsed.month == d.month && parsed.day == d.day);
		prev = d;
	}
	EXPECT_DATE(cl_date_from_days(-1), 1969, 12, 31);
	EXPECT_DATE(cl_date_from_days(0), 1970, 1, 1);
}

Test(util, date_format)
{
	char buf[11];

	cl_date_format(buf, mkdate(2026, 3, 5));
	cr_expect_str_eq(buf, "2026-03-05");
	cl_date_format(buf, mkdate(987, 12, 31));
	cr_expect_str_eq(buf, "0987-12-31");
}

/* ---- cl_date_add ---- */

Test(util, date_add_months)
{
	EXPECT_DATE(cl_date_add(mkdate(2025, 3, 15), mkinterval(12, CL_UNIT_MONTHS)), 2026, 3, 15);
	EXPECT_DATE(cl_date_add(mkdate(2025, 11, 30), mkinterval(3, CL_UNIT_MONTHS)), 2026, 2, 28);
	EXPECT_DATE(cl_date_add(mkdate(2025, 12, 1), mkinterval(1, CL_UNIT_MONTHS)), 2026, 1, 1);
	EXPECT_DATE(cl_date_add(mkdate(2025, 8, 31), mkinterval(1, CL_UNIT_MONTHS)), 2025, 9, 30);
	EXPECT_DATE(cl_date_add(mkdate(2025, 1, 15), mkinterval(25, CL_UNIT_MONTHS)), 2027, 2, 15);
}

Test(util, date_add_month_end_clamps)
{
	EXPECT_DATE(cl_date_add(mkdate(2026, 1, 31), mkinterval(1, CL_UNIT_MONTHS)), 2026, 2, 28);
	EXPECT_DATE(cl_date_add(mkdate(2024, 1, 31), mkinterval(1, CL_UNIT_MONTHS)), 2024, 2, 29);
}

Test(util, date_add_year_from_leap_day)
{
	EXPECT_DATE(cl_date_add(mkdate(2024, 2, 29), mkinterval(1, CL_UNIT_YEARS)), 2025, 2, 28);
	EXPECT_DATE(cl_date_add(mkdate(2024, 2, 29), mkinterval(4, CL_UNIT_YEARS)), 2028, 2, 29);
	EXPECT_DATE(cl_date_add(mkdate(2024, 2, 29), mkinterval(12, CL_UNIT_MONTHS)), 2025, 2, 28);
	EXPECT_DATE(cl_date_add(mkdate(2023, 6, 1), mkinterval(2, CL_UNIT_YEARS)), 2025, 6, 1);
}

Test(util, date_add_days_and_weeks)
{
	EXPECT_DATE(cl_date_add(mkdate(2026, 1, 1), mkinterval(90, CL_UNIT_DAYS)), 2026, 4, 1);
	EXPECT_DATE(cl_date_add(mkdate(2024, 1, 1), mkinterval(90, CL_UNIT_DAYS)), 2024, 3, 31);
	EXPECT_DATE(cl_date_add(mkdate(2025, 12, 20), mkinterval(6, CL_UNIT_WEEKS)), 2026, 1, 31);
	EXPECT_DATE(cl_date_add(mkdate(2026, 2, 28), mkinterval(1, CL_UNIT_DAYS)), 2026, 3, 1);
	EXPECT_DATE(cl_date_add(mkdate(2024, 2, 28), mkinterval(1, CL_UNIT_DAYS)), 2024, 2, 29);
	EXPECT_DATE(cl_date_add(mkdate(1969, 12, 31), mkinterval(1, CL_UNIT_DAYS)), 1970, 1, 1);
}

/* ---- cl_interval_parse ---- */

#define EXPECT_INTERVAL(text, n, u)                                                                          \
	do {                                                                                                 \
		cl_interval iv_ = {0, CL_UNIT_DAYS};                                                         \
		cr_expect_eq(cl_interval_parse(&iv_, (text)), 0, "'%s' should parse", (text));               \
		cr_expect(iv_.count == (n) && iv_.unit == (u), "'%s' gave %d/%d", (text), iv_.count,         \
		          (int)iv_.unit);                                                                    \
	} while (0)

#define EXPECT_NO_INTERVAL(text)                                                                             \
	do {                                                                                                 \
		cl_interval iv_ = {0, CL_UNIT_DAYS};                                                         \
		cr_expect_eq(cl_interval_parse(&iv_, (text)), -1, "'%s' should not parse", (text));          \
	} while (0)

Test(util, interval_parse_units)
{
	EXPECT_INTERVAL("12 months", 12, CL_UNIT_MONTHS);
	EXPECT_INTERVAL("1 month", 1, CL_UNIT_MONTHS);
	EXPECT_INTERVAL("1 year", 1, CL_UNIT_YEARS);
	EXPECT_INTERVAL("2 years", 2, CL_UNIT_YEARS);
	EXPECT_INTERVAL("90 days", 90, CL_UNIT_DAYS);
	EXPECT_INTERVAL("1 day", 1, CL_UNIT_DAYS);
	EXPECT_INTERVAL("6 weeks", 6, CL_UNIT_WEEKS);
	EXPECT_INTERVAL("1 week", 1, CL_UNIT_WEEKS);
	EXPECT_INTERVAL("100000 days", 100000, CL_UNIT_DAYS);
}

Test(util, interval_parse_rejects)
{
	EXPECT_NO_INTERVAL("0 days");
	EXPECT_NO_INTERVAL("12months");
	EXPECT_NO_INTERVAL("12 fortnights");
	EXPECT_NO_INTERVAL("100001 days");
	EXPECT_NO_INTERVAL("99999999999999999999999 days");
	EXPECT_NO_INTERVAL("-1 days");
	EXPECT_NO_INTERVAL("months");
	EXPECT_NO_INTERVAL("12");
	EXPECT_NO_INTERVAL("12 ");
	EXPECT_NO_INTERVAL("twelve months");
	EXPECT_NO_INTERVAL("12 months ago");
	EXPECT_NO_INTERVAL("");
}

/* ---- UTF-8 ---- */

#define UTF8(lit) (lit), sizeof(lit) - 1

Test(util, utf8_valid_sequences)
{
	size_t bad = 12345;

	cr_expect(cl_utf8_valid(UTF8("plain ASCII\n"), &bad));
	cr_expect(cl_utf8_valid(UTF8("caf\xC3\xA9"), &bad), "2-byte e-acute");
	cr_expect(cl_utf8_valid(UTF8("\xE2\x82\xAC 5"), &bad), "3-byte euro sign");
	cr_expect(cl_utf8_valid(UTF8("\xF0\x9F\x98\x80"), &bad), "4-byte emoji");
	cr_expect(cl_utf8_valid(UTF8("\xF4\x8F\xBF\xBF"), &bad), "U+10FFFF, the last code point");
	cr_expect(cl_utf8_valid(UTF8("\xED\x9F\xBF"), &bad), "U+D7FF, just below the surrogates");
	cr_expect(cl_utf8_valid("", 0, &bad));
	cr_expect_eq(bad, 12345, "bad_offset untouched on valid input");
	cr_expect(cl_utf8_valid(UTF8("x"), NULL));
}

Test(util, utf8_rejects_malformed)
{
	size_t bad = 999;

	cr_expect_not(cl_utf8_valid(UTF8("\xC0\x80"), &bad), "overlong NUL");
	cr_expect_eq(bad, 0);
	cr_expect_not(cl_utf8_valid(UTF8("\xC1\xBF"), &bad), "overlong 2-byte");
	cr_expect_not(cl_utf8_valid(UTF8("\xE0\x80\x80"), &bad), "overlong 3-byte");
	cr_expect_not(cl_utf8_valid(UTF8("\xF0\x80\x80\x80"), &bad), "overlong 4-byte");
	cr_expect_not(cl_utf8_valid(UTF8("\xED\xA0\x80"), &bad), "surrogate U+D800");
	cr_expect_not(cl_utf8_valid(UTF8("\xF4\x90\x80\x80"), &bad), "above U+10FFFF");
	cr_expect_not(cl_utf8_valid(UTF8("\xF5\x80\x80\x80"), &bad));
	cr_expect_not(cl_utf8_valid(UTF8("\x80"), &bad), "lone continuation byte");
	cr_expect_not(cl_utf8_valid(UTF8("\xFF"), &bad));
	cr_expect_not(cl_utf8_valid(UTF8("\xC3("), &bad), "continuation missing");
	cr_expect_not(cl_utf8_valid(UTF8("x\xE2\x82"), &bad), "truncated at the end");
	cr_expect_eq(bad, 1);
	cr_expect_not(cl_utf8_valid(UTF8("\xF0\x9F\x98"), &bad), "truncated 4-byte");
	cr_expect_not(cl_utf8_valid(UTF8("\xC0\x80"), NULL), "NULL bad_offset is allowed");
}

Test(util, utf8_bad_offset)
{
	size_t bad = 0;

	cr_assert_not(cl_utf8_valid(UTF8("ab\xC3\xA9"
	                                 "cd\xFF"
	                                 "ef"),
	                            &bad));
	cr_expect_eq(bad, 6, "first bad byte is at offset 6, got %zu", bad);
	cr_assert_not(cl_utf8_valid(UTF8("\xE2\x82\xAC\xE2\x82\xAC\xED\xA0\x80"), &bad));
	cr_expect_eq(bad, 6, "surrogate after two euro signs, got %zu", bad);
	/* The length bounds the scan: the bad byte beyond it is not read. */
	cr_expect(cl_utf8_valid("ok\xFF", 2, &bad));
	/* A multi-byte sequence cut by the length is bad where it starts. */
	cr_expect_not(cl_utf8_valid("a\xC3\xA9", 2, &bad));
	cr_expect_eq(bad, 1);
}

/* ---- cl_buf ---- */

Test(util, buf_put_and_detach)
{
	cl_buf buf = CL_BUF_INIT;
	char *s;

	cl_buf_puts(&buf, "abc");
	cl_buf_putc(&buf, '-');
	cl_buf_put(&buf, "xyz123", 3);
	cl_buf_printf(&buf, "%d/%s", 42, "z");
	cr_expect_eq(buf.len, 11);
	cr_expect_str_eq(buf.ptr, "abc-xyz42/z");
	cr_expect_eq(strlen(buf.ptr), buf.len, "NUL-terminated at len");
	s = cl_buf_detach(&buf);
	cr_expect_str_eq(s, "abc-xyz42/z");
	cr_expect_null(buf.ptr);
	cr_expect_eq(buf.len, 0);
	free(s);
}

Test(util, buf_grows_and_empty_detach)
{
	cl_buf buf = CL_BUF_INIT;
	char *s;

	for (int i = 0; i < 5000; i++)
		cl_buf_putc(&buf, (char)('a' + i % 26));
	cr_expect_eq(buf.len, 5000);
	cr_expect_eq(buf.ptr[4999], 'a' + 4999 % 26);
	cr_expect_eq(buf.ptr[5000], '\0');
	cl_buf_free(&buf);
	cr_expect_null(buf.ptr);
	cr_expect_eq(buf.len, 0);
	/* An empty buffer detaches to "", never NULL. */
	s = cl_buf_detach(&buf);
	cr_assert_not_null(s);
	cr_expect_str_eq(s, "");
	free(s);
	cl_buf_put(&buf, "", 0);
	cr_assert_not_null(buf.ptr, "putting nothing still NUL-terminates");
	cr_expect_str_eq(buf.ptr, "");
	cl_buf_free(&buf);
}

Test(util, printf_and_strndup)
{
	char *s = cl_printf("%s:%d", "file.md", 7);
	char *t = cl_strndup("abcdef", 3);

	cr_expect_str_eq(s, "file.md:7");
	cr_expect_str_eq(t, "abc");
	free(s);
	free(t);
}

/* ---- cl_strvec ---- */

Test(util, strvec_sort_and_contains)
{
	cl_strvec v = CL_STRVEC_INIT;
	static const char *const words[] = {"pear", "apple", "fig",   "Banana", "cherry", "apple2",
	                                    "date", "elder", "grape", "kiwi",   "lime"};

	cr_expect_not(cl_strvec_contains_sorted(&v, "apple"), "empty vector contains nothing");
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		cl_strvec_push(&v, words[i]);
	cl_strvec_push_owned(&v, cl_strdup("mango"));
	cr_assert_eq(v.count, 12);
	cl_strvec_sort(&v);
	cr_expect_str_eq(v.items[0], "Banana", "byte order: upper case first");
	cr_expect_str_eq(v.items[1], "apple");
	cr_expect_str_eq(v.items[2], "apple2");
	cr_expect_str_eq(v.items[11], "pear");
	for (size_t i = 1; i < v.count; i++)
		cr_expect_lt(strcmp(v.items[i - 1], v.items[i]), 0);
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		cr_expect(cl_strvec_contains_sorted(&v, words[i]), "'%s' not found", words[i]);
	cr_expect(cl_strvec_contains_sorted(&v, "mango"));
	cr_expect_not(cl_strvec_contains_sorted(&v, "banana"), "case-sensitive");
	cr_expect_not(cl_strvec_contains_sorted(&v, "appl"));
	cr_expect_not(cl_strvec_contains_sorted(&v, "zzz"));
	cr_expect_not(cl_strvec_contains_sorted(&v, ""));
	cl_strvec_free(&v);
	cr_expect_eq(v.count, 0);
	cr_expect_null(v.items);
}

Test(util, strvec_push_copies)
{
	cl_strvec v = CL_STRVEC_INIT;
	char word[] = "policy";

	cl_strvec_push(&v, word);
	word[0] = 'P';
	cr_expect_str_eq(v.items[0], "policy");
	cl_strvec_free(&v);
}

Test(util, strcaseeq)
{
	cr_expect(cl_strcaseeq("Dana@Example.COM", "dana@example.com"));
	cr_expect_not(cl_strcaseeq("dana@example.com", "dana@example.co"));
}

/* ---- severities ---- */

Test(util, severity_parse_and_name)
{
	cl_severity sev = CL_SEV_ERROR;

	cr_expect_eq(cl_severity_parse(&sev, "off"), 0);
	cr_expect_eq(sev, CL_SEV_OFF);
	cr_expect_eq(cl_severity_parse(&sev, "note"), 0);
	cr_expect_eq(sev, CL_SEV_NOTE);
	cr_expect_eq(cl_severity_parse(&sev, "warning"), 0);
	cr_expect_eq(sev, CL_SEV_WARNING);
	cr_expect_eq(cl_severity_parse(&sev, "error"), 0);
	cr_expect_eq(sev, CL_SEV_ERROR);
	cr_expect_eq(cl_severity_parse(&sev, "warn"), -1);
	cr_expect_eq(cl_severity_parse(&sev, "Error"), -1);
	cr_expect_eq(cl_severity_parse(&sev, ""), -1);
	cr_expect_eq(cl_severity_parse(&sev, NULL), -1);
	cr_expect_eq(sev, CL_SEV_ERROR, "a failed parse leaves *out alone");

	cr_expect_str_eq(cl_severity_name(CL_SEV_OFF), "off");
	cr_expect_str_eq(cl_severity_name(CL_SEV_NOTE), "note");
	cr_expect_str_eq(cl_severity_name(CL_SEV_WARNING), "warning");
	cr_expect_str_eq(cl_severity_name(CL_SEV_ERROR), "error");
	cr_expect_str_eq(cl_severity_name((cl_severity)17), "unknown");
}

Test(util, error_set_truncates)
{
	cl_error err;
	char long_text[2000];

	memset(long_text, 'x', sizeof(long_text) - 1);
	long_text[sizeof(long_text) - 1] = '\0';
	cl_error_set(&err, "%s:%d: %s", "a.yml", 3, "bad");
	cr_expect_str_eq(err.message, "a.yml:3: bad");
	cl_error_set(&err, "%s", long_text);
	cr_expect_eq(strlen(err.message), sizeof(err.message) - 1);
	cl_error_set(NULL, "ignored");
}

Test(elide, a_word_over_the_limit_is_cut_and_marked)
{
	char *s = cl_elide_long_words("see [[aaaaaaaaaa]] now", 6);

	cr_expect_str_eq(s, "see [[aaaa\u2026 now");
	free(s);
}

Test(elide, words_at_the_limit_and_spaces_are_kept)
{
	char *s = cl_elide_long_words("  abcdef  ab ", 6);

	cr_expect_str_eq(s, "  abcdef  ab ");
	free(s);
}

/* "é" is two bytes: a cut after 5 bytes would split the third. */
Test(elide, a_cut_falls_between_characters)
{
	char *s = cl_elide_long_words("\u00e9\u00e9\u00e9\u00e9", 5);

	cr_expect_str_eq(s, "\u00e9\u00e9\u2026");
	free(s);
}

Test(placeholder, templates_blanks_and_not_links)
{
	size_t len = 0;
	const char *p;

	p = cl_find_placeholder("approver: {{senior_management}}", &len);
	cr_assert_not_null(p);
	cr_expect_eq(len, strlen("{{senior_management}}"));
	p = cl_find_placeholder("Reviewed every [TBD] by [Company Name].", &len);
	cr_assert_not_null(p);
	cr_expect_eq(strncmp(p, "[TBD]", len), 0);
	cr_expect_not_null(cl_find_placeholder("[Insert the scope here]", &len));
	cr_expect_null(cl_find_placeholder("see [Date](dates.md)", &len), "a link is no placeholder");
	cr_expect_null(cl_find_placeholder("[[Tool]] and [x] and {{}}", &len));
	cr_expect_null(cl_find_placeholder("the [Board] decides", &len), "an ordinary bracketed word");
}

Test(placeholder, values_wholly_in_brackets)
{
	cr_expect(cl_is_placeholder_value("[Information Security Manager]"));
	cr_expect(cl_is_placeholder_value("[VERSION]"));
	cr_expect(!cl_is_placeholder_value("[[CISO]]"), "a wikilink is no blank");
	cr_expect(!cl_is_placeholder_value("[[CISO|Chief Information Security Officer]]"));
	cr_expect(!cl_is_placeholder_value("CISO"));
	cr_expect(!cl_is_placeholder_value("[a] and [b]"));
}

Test(closest, did_you_mean)
{
	static const char *const words[] = {"status", "check", "files", "rules", "roles", NULL};

	cr_expect_str_eq(cl_closest("stauts", words), "status");
	cr_expect_str_eq(cl_closest("CHEK", words), "check", "without regard to case");
	cr_expect_str_eq(cl_closest("roxes", words), "roles");
	cr_expect_str_eq(cl_closest("rulez", words), "rules");
	cr_expect_null(cl_closest("rlz", words), "a short word is allowed one edit, not two");
	cr_expect_null(cl_closest("xyzzy", words));
	cr_expect_null(cl_closest("check", words), "the word itself is no suggestion");
	cr_expect_null(cl_closest("role", (const char *const[]){"rule", "roles", NULL}),
	               "a tie suggests nothing");
}
