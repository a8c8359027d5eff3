/*
 * test_catalogue.c: the ISO/IEC 27001:2022 catalogue compiled in from
 * rules/iso27001-2022.tsv, and the spellings of the framework name.
 */
#include <criterion/criterion.h>

#include <stdlib.h>
#include <string.h>

#include "config/catalogue.h"

/* The number of up to 3 digits (no leading zero) at *s, moving *s past
 * it; -1 when there is none. */
static int number(const char **s)
{
	int v = 0, n = 0;

	if (**s == '0')
		return -1;
	while (**s >= '0' && **s <= '9' && n < 3) {
		v = v * 10 + (**s - '0');
		(*s)++;
		n++;
	}
	return n ? v : -1;
}

/* Whether `code` is an Annex A control code "A.x.y". */
static int annex_a_control(const char *code, int *section, int *control)
{
	const char *p = code;

	if (strncmp(p, "A.", 2) != 0)
		return 0;
	p += 2;
	*section = number(&p);
	if (*section < 0 || *p != '.')
		return 0;
	p++;
	*control = number(&p);
	return *control > 0 && *p == '\0';
}

static const char *title_of(const char *code)
{
	const cl_control *c = cl_catalogue_find("ISO27001:2022", code);

	return c ? c->title : NULL;
}

#define EXPECT_TITLE(code, title)                                                                            \
	do {                                                                                                 \
		const char *t_ = title_of(code);                                                             \
		cr_expect_not_null(t_, "%s is missing", (code));                                             \
		if (t_)                                                                                      \
			cr_expect_str_eq(t_, (title), "title of %s", (code));                                \
	} while (0)

Test(catalogue, exactly_93_annex_a_controls)
{
	static const int per_section[] = {[5] = 37, [6] = 8, [7] = 14, [8] = 34};
	int seen[9][40];
	size_t total = 0;

	memset(seen, 0, sizeof(seen));
	cr_assert_gt(cl_catalogue_count(), 93);
	for (size_t i = 0; i < cl_catalogue_count(); i++) {
		const cl_control *c = cl_catalogue_at(i);
		int section, control;

		cr_assert_not_null(c);
		if (!annex_a_control(c->code, &section, &control))
			continue;
		cr_assert(section >= 5 && section <= 8, "%s: no such Annex A section", c->code);
		cr_assert(control <= per_section[section], "%s: section A.%d has %d controls", c->code,
		          section, per_section[section]);
		seen[section][control]++;
		total++;
	}
	cr_expect_eq(total, 93, "%zu Annex A controls", total);
	for (int s = 5; s <= 8; s++)
		for (int n = 1; n <= per_section[s]; n++)
			cr_expect_eq(seen[s][n], 1, "A.%d.%d appears %d times", s, n, seen[s][n]);
	cr_expect_null(cl_catalogue_at(cl_catalogue_count()));
}

Test(catalogue, every_clause_present)
{
	static const char *const clauses[] = {
	        "4.1",   "4.2",   "4.3",   "4.4",   "5.1",   "5.2",  "5.3",  "6.1", "6.1.1",
	        "6.1.2", "6.1.3", "6.2",   "6.3",   "7.1",   "7.2",  "7.3",  "7.4", "7.5",
	        "7.5.1", "7.5.2", "7.5.3", "8.1",   "8.2",   "8.3",  "9.1",  "9.2", "9.2.1",
	        "9.2.2", "9.3",   "9.3.1", "9.3.2", "9.3.3", "10.1", "10.2",
	};

	for (size_t i = 0; i < sizeof(clauses) / sizeof(clauses[0]); i++) {
		const cl_control *c = cl_catalogue_find("ISO27001:2022", clauses[i]);

		cr_expect_not_null(c, "clause %s is missing", clauses[i]);
		if (c) {
			cr_expect_str_eq(c->code, clauses[i]);
			cr_expect_gt(strlen(c->title), 0, "clause %s has no title", clauses[i]);
		}
	}
	cr_expect_null(cl_catalogue_find("ISO27001:2022", "10.3"), "there is no clause 10.3");
	cr_expect_null(cl_catalogue_find("ISO27001:2022", "3.1"), "clauses 1-3 require nothing");
	cr_expect_null(cl_catalogue_find("ISO27001:2022", "5.4"), "5.4 is the Annex A control A.5.4");
}

Test(catalogue, official_titles)
{
	EXPECT_TITLE("4.1", "Understanding the organization and its context");
	EXPECT_TITLE("5.1", "Leadership and commitment");
	EXPECT_TITLE("5.2", "Policy");
	EXPECT_TITLE("5.3", "Organizational roles, responsibilities and authorities");
	EXPECT_TITLE("6.3", "Planning of changes");
	EXPECT_TITLE("9.3.2", "Management review inputs");
	EXPECT_TITLE("10.1", "Continual improvement");
	EXPECT_TITLE("10.2", "Nonconformity and corrective action");
	EXPECT_TITLE("A.5.1", "Policies for information security");
	EXPECT_TITLE("A.5.4", "Management responsibilities");
	EXPECT_TITLE("A.5.37", "Documented operating procedures");
	EXPECT_TITLE("A.6.3", "Information security awareness, education and training");
	EXPECT_TITLE("A.7.14", "Secure disposal or re-use of equipment");
	EXPECT_TITLE("A.8.34", "Protection of information systems during audit testing");
}

Test(catalogue, no_duplicate_codes)
{
	size_t n = cl_catalogue_count();

	for (size_t i = 0; i < n; i++) {
		const cl_control *a = cl_catalogue_at(i);

		cr_assert_not_null(a->code);
		cr_assert_not_null(a->title);
		cr_expect_gt(strlen(a->title), 0, "%s has no title", a->code);
		for (size_t j = i + 1; j < n; j++)
			cr_expect_str_neq(a->code, cl_catalogue_at(j)->code, "duplicate code at %zu and %zu",
			                  i, j);
		/* The entry a lookup finds is the entry itself. */
		cr_expect_eq(cl_catalogue_find(NULL, a->code), a, "%s", a->code);
	}
}

Test(catalogue, annex_a_needs_its_prefix)
{
	cr_expect_null(cl_catalogue_find("ISO27001:2022", "8.34"), "8.34 without 'A.' is no clause");
	cr_expect_null(cl_catalogue_find("ISO27001:2022", "a.5.4"), "codes are exact");
	cr_expect_null(cl_catalogue_find("ISO27001:2022", "A.5.4 "));
	cr_expect_null(cl_catalogue_find("ISO27001:2022", "A.5.38"));
	cr_expect_null(cl_catalogue_find("ISO27001:2022", "A.8.35"));
	cr_expect_null(cl_catalogue_find("ISO27001:2022", ""));
	cr_expect_not_null(cl_catalogue_find("ISO27001:2022", "A.8.1"));
}

Test(catalogue, framework_known_variants)
{
	cr_expect(cl_framework_known("ISO27001:2022"));
	cr_expect(cl_framework_known("ISO/IEC 27001:2022"));
	cr_expect(cl_framework_known("iso 27001:2022"));
	cr_expect(cl_framework_known("iso/iec 27001:2022"));
	cr_expect(cl_framework_known(CL_DEFAULT_FRAMEWORK));
	cr_expect_not(cl_framework_known("ISO27001:2013"));
	cr_expect_not(cl_framework_known("ISO/IEC 27001:2013"));
	cr_expect_not(cl_framework_known("ISO27002:2022"));
	cr_expect_not(cl_framework_known("NIST"));
	cr_expect_not(cl_framework_known("ISO27001"));
	cr_expect_not(cl_framework_known(""));
	cr_expect_not(cl_framework_known(NULL));
}

Test(catalogue, find_with_unknown_framework)
{
	cr_expect_not_null(cl_catalogue_find("ISO27001:2022", "5.1"));
	cr_expect_not_null(cl_catalogue_find("ISO/IEC 27001:2022", "A.5.4"));
	cr_expect_not_null(cl_catalogue_find(NULL, "5.1"), "NULL means the default framework");
	cr_expect_null(cl_catalogue_find("NIST", "5.1"));
	cr_expect_null(cl_catalogue_find("ISO27001:2013", "A.5.4"));
	cr_expect_null(cl_catalogue_find("", "5.1"));
}
