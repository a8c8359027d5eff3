/*
 * test_records.c: how the clause 5 rules read records: folded text,
 * table headers, people named in cells, and dates within an interval.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "model/records.h"
#include "model/approval.h"

Test(records, fold_lowers_and_collapses_white_space)
{
	char *s = cl_fold("  Continual\n\tIMPROVEMENT  of the ISMS ");

	cr_assert_str_eq(s, "continual improvement of the isms");
	free(s);
}

Test(records, fold_has_words_needs_every_word)
{
	cr_assert(cl_fold_has_words("Report ISMS Performance to top management", "report performance"));
	cr_assert(cl_fold_has_words("Reporting on performance", "report performance"));
	cr_assert_not(cl_fold_has_words("Report incidents", "report performance"));
	cr_assert_not(cl_fold_has_words("anything", ""));
}

static void registry(cl_people *people)
{
	static const char yml[] = "people:\n"
	                          "  - name: Dana Whitfield\n"
	                          "    email: [dana@example.com, ceo@example.com]\n"
	                          "    roles: [CEO]\n"
	                          "    since: 2020-01-01\n"
	                          "    until: 2026-06-30\n"
	                          "  - name: Sam Ortiz\n"
	                          "    email: sam@example.com\n"
	                          "    roles: [ISMS Lead]\n";
	cl_error err;

	memset(people, 0, sizeof(*people));
	cr_assert_eq(cl_people_parse(people, yml, sizeof(yml) - 1, "people.yml", &err), 0, "%s", err.message);
}

Test(records, people_are_matched_by_name_email_or_address)
{
	cl_people people;

	registry(&people);
	cr_assert_eq(cl_people_match(&people, "dana   WHITFIELD"), &people.items[0]);
	cr_assert_eq(cl_people_match(&people, "CEO@example.com"), &people.items[0]);
	cr_assert_eq(cl_people_match(&people, "D. W. <dana@example.com>"), &people.items[0]);
	cr_assert_eq(cl_people_match(&people, "Sam Ortiz"), &people.items[1]);
	/* The address decides: a known name with a stranger's address is not
	 * that person. */
	cr_assert_null(cl_people_match(&people, "Dana Whitfield <mallory@example.com>"));
	cr_assert_null(cl_people_match(&people, "Dana"));
	cr_assert_null(cl_people_match(&people, ""));
	cl_people_free(&people);
}

Test(records, presence_follows_since_and_until)
{
	cl_people people;
	cl_date d;

	registry(&people);
	cl_date_parse(&d, "2019-12-31");
	cr_assert_not(cl_person_present_on(&people.items[0], d));
	cl_date_parse(&d, "2026-06-30");
	cr_assert(cl_person_present_on(&people.items[0], d));
	cl_date_parse(&d, "2026-07-01");
	cr_assert_not(cl_person_present_on(&people.items[0], d));
	cr_assert(cl_person_present_on(&people.items[1], d));
	cl_people_free(&people);
}

Test(records, within_interval_includes_both_ends_and_not_the_future)
{
	cl_date today, day;
	cl_interval year = {12, CL_UNIT_MONTHS};

	cl_date_parse(&today, "2026-11-22");
	cl_date_parse(&day, "2025-11-22");
	cr_assert(cl_within_interval(day, today, year));
	cl_date_parse(&day, "2025-11-21");
	cr_assert_not(cl_within_interval(day, today, year));
	cr_assert(cl_within_interval(today, today, year));
	cl_date_parse(&day, "2026-11-23");
	cr_assert_not(cl_within_interval(day, today, year));
}

Test(records, table_columns_match_headers_loosely)
{
	static const char md[] = "---\nid: T\ntitle: T\ntype: training\nowner: X\ndate: 2026-01-01\n---\n\n"
	                         "| Topic | Notes |\n| --- | --- |\n| a | b |\n\n"
	                         "|  PERSON  | date |\n| --- | --- |\n| Sam Ortiz | 2026-01-02 |\n";
	cl_document *doc = cl_document_parse("t.md", md, sizeof(md) - 1);
	int person = -1, date = -1;
	const cl_table *t = cl_find_table(doc, "person", "date", &person, &date);

	cr_assert_not_null(t);
	cr_assert_eq(person, 0);
	cr_assert_eq(date, 1);
	cr_assert_str_eq(t->cells[0][0], "Sam Ortiz");
	cr_assert_null(cl_find_table(doc, "person", "signature", &person, &date));
	cl_document_free(doc);
}
