/*
 * test_fingerprint.c: the fingerprints cl_findings_sort gives findings.
 *
 * A baseline, GitHub code scanning and GitLab recognise a finding in a
 * later report by its fingerprint: it must survive what doesn't change
 * the finding (a line shift, a new commit id or date in the message, a
 * severity set in the configuration) and change with what does (rule,
 * file, message), and no two findings of one report may share one.
 */
#include <criterion/criterion.h>

#include <stdlib.h>
#include <string.h>

#include "findings/findings.h"

static const cl_rule rule_stale = {"approval-stale", CL_SEV_ERROR, "5.2", "stale", "explain", 0};
static const cl_rule rule_link = {"broken-link", CL_SEV_WARNING, NULL, "link", "explain", 0};
static const cl_rule rule_shallow = {"history-shallow", CL_SEV_ERROR, NULL, "shallow", "explain", 0};

/* The fingerprint of the one finding described, as a lone finding. */
static void fingerprint_of(char out[CL_FINGERPRINT_HEX], const cl_rule *rule, cl_severity sev,
                           const char *path, int line, int column, const char *message)
{
	cl_findings list = CL_FINDINGS_INIT;

	cl_findings_add(&list, rule, sev, path, line, column, message);
	cl_findings_sort(&list);
	memcpy(out, list.items[0].fingerprint, CL_FINGERPRINT_HEX);
	cl_findings_free(&list);
}

static int fingerprint_eq(const cl_rule *rule_a, const char *path_a, const char *message_a,
                          const cl_rule *rule_b, const char *path_b, const char *message_b)
{
	char a[CL_FINGERPRINT_HEX], b[CL_FINGERPRINT_HEX];

	fingerprint_of(a, rule_a, CL_SEV_ERROR, path_a, 1, 1, message_a);
	fingerprint_of(b, rule_b, CL_SEV_ERROR, path_b, 1, 1, message_b);
	return strcmp(a, b) == 0;
}

static int same_message(const char *a, const char *b)
{
	return fingerprint_eq(&rule_stale, "a.md", a, &rule_stale, "a.md", b);
}

Test(fingerprint, sixteen_lowercase_hex_digits)
{
	char fp[CL_FINGERPRINT_HEX];

	fingerprint_of(fp, &rule_stale, CL_SEV_ERROR, "policies/isp.md", 1, 1, "changed since approval");
	cr_assert_eq(strlen(fp), 16);
	cr_assert_eq(strspn(fp, "0123456789abcdef"), 16, "%s", fp);
}

/* Every baseline and every code scanning alert ever recorded holds these:
 * a change of the algorithm must be deliberate (a new "clauselint/v2"). */
Test(fingerprint, pinned_values)
{
	char fp[CL_FINGERPRINT_HEX];

	fingerprint_of(fp, &rule_stale, CL_SEV_ERROR, "policies/isp.md", 1, 1, "changed since approval");
	cr_assert_str_eq(fp, "adf2bd0c81c0c2c7");
	/* 64-bit FNV-1a of "history-shallow\0\0m\0" "0": no path hashes as "". */
	fingerprint_of(fp, &rule_shallow, CL_SEV_ERROR, NULL, 1, 1, "m");
	cr_assert_str_eq(fp, "39d08818e89e1085");
	cr_assert(fingerprint_eq(&rule_shallow, NULL, "m", &rule_shallow, "", "m"));
}

Test(fingerprint, survives_line_and_column_shift)
{
	char a[CL_FINGERPRINT_HEX], b[CL_FINGERPRINT_HEX];

	fingerprint_of(a, &rule_link, CL_SEV_WARNING, "a.md", 3, 5, "no such file 'x.md'");
	fingerprint_of(b, &rule_link, CL_SEV_WARNING, "a.md", 40, 1, "no such file 'x.md'");
	cr_assert_str_eq(a, b);
}

Test(fingerprint, survives_severity_change)
{
	char a[CL_FINGERPRINT_HEX], b[CL_FINGERPRINT_HEX];

	fingerprint_of(a, &rule_link, CL_SEV_WARNING, "a.md", 3, 5, "m");
	fingerprint_of(b, &rule_link, CL_SEV_ERROR, "a.md", 3, 5, "m");
	cr_assert_str_eq(a, b);
}

Test(fingerprint, survives_new_commit_ids_dates_and_counts)
{
	cr_assert(same_message("changed since its approval on 2026-03-02 (732291a): 502ea4a \"Edit\"",
	                       "changed since its approval on 2026-05-17 (9f0e1d2): c0ffee1 \"Edit\""));
	cr_assert(same_message("review due in 12 days", "review due in 3 days"));
	cr_assert(same_message("review overdue since 2026-01-01 (325 days ago)",
	                       "review overdue since 2026-01-01 (326 days ago)"));
	/* A full commit id, and one in upper case. */
	cr_assert(same_message("see 0123456789abcdef0123456789abcdef01234567 now",
	                       "see fedcba9876543210fedcba9876543210fedcba98 now"));
	cr_assert(same_message("see 0123ABC here", "see 9876FED here"));
}

Test(fingerprint, changes_with_what_the_finding_says)
{
	cr_assert_not(same_message("the policy has no 'approver'", "the policy has no 'owner'"));
	/* Hex-looking words without a digit are words: "deadbeef" vs "deadbeed". */
	cr_assert_not(same_message("label deadbeef", "label deadbeed"));
	/* Six hex digits with letters are not a commit id: the letters count. */
	cr_assert_not(same_message("colour a1b2c3", "colour d4e5f6"));
	cr_assert_not(fingerprint_eq(&rule_stale, "a.md", "m", &rule_link, "a.md", "m"));
	cr_assert_not(fingerprint_eq(&rule_stale, "a.md", "m", &rule_stale, "b.md", "m"));
	cr_assert_not(fingerprint_eq(&rule_stale, NULL, "m", &rule_stale, "a.md", "m"));
	/* The fields are separated: moving text from path to message shows. */
	cr_assert_not(fingerprint_eq(&rule_stale, "ab", "c", &rule_stale, "a", "bc"));
}

Test(fingerprint, twins_in_one_file_are_told_apart_and_stay_put)
{
	cl_findings before = CL_FINDINGS_INIT;
	cl_findings after = CL_FINDINGS_INIT;

	/* Two links to v1.md and v2.md normalise to the same message. */
	cl_findings_add(&before, &rule_link, CL_SEV_WARNING, "a.md", 9, 1, "no such file 'v2.md'");
	cl_findings_add(&before, &rule_link, CL_SEV_WARNING, "a.md", 3, 1, "no such file 'v1.md'");
	cl_findings_add(&before, &rule_link, CL_SEV_WARNING, "b.md", 3, 1, "no such file 'v1.md'");
	cl_findings_sort(&before);
	cr_assert_str_neq(before.items[0].fingerprint, before.items[1].fingerprint);
	cr_assert_str_neq(before.items[0].fingerprint, before.items[2].fingerprint);
	cr_assert_str_neq(before.items[1].fingerprint, before.items[2].fingerprint);

	/* Five lines inserted at the top of a.md: both move, in order. */
	cl_findings_add(&after, &rule_link, CL_SEV_WARNING, "b.md", 3, 1, "no such file 'v1.md'");
	cl_findings_add(&after, &rule_link, CL_SEV_WARNING, "a.md", 14, 1, "no such file 'v2.md'");
	cl_findings_add(&after, &rule_link, CL_SEV_WARNING, "a.md", 8, 1, "no such file 'v1.md'");
	cl_findings_sort(&after);
	for (size_t i = 0; i < 3; i++)
		cr_assert_str_eq(before.items[i].fingerprint, after.items[i].fingerprint, "item %zu", i);
	cl_findings_free(&before);
	cl_findings_free(&after);
}

Test(fingerprint, every_finding_of_a_report_has_its_own)
{
	cl_findings list = CL_FINDINGS_INIT;

	for (int i = 0; i < 50; i++)
		cl_findings_add(&list, &rule_link, CL_SEV_WARNING, "a.md", 50 - i, 1, "same");
	cl_findings_sort(&list);
	for (size_t i = 0; i < list.count; i++)
		for (size_t j = i + 1; j < list.count; j++)
			cr_assert_str_neq(list.items[i].fingerprint, list.items[j].fingerprint, "%zu %zu", i,
			                  j);
	cl_findings_free(&list);
}
