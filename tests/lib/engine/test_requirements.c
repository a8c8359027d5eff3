/*
 * test_requirements.c: the natural order of clause and control codes that
 * `status --requirements` sorts by (requirements.c).
 *
 * The near misses are what strcmp would get wrong: 5.10 after 5.2, clauses
 * before Annex A, a leading zero that doesn't make a number larger.
 */
#include <criterion/criterion.h>

#include "engine/rows.h"

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

Test(code_compare, orders_the_catalogue_naturally)
{
	static const char *const ordered[] = {"4.1",    "5.1",    "5.2",   "5.3",   "5.10",
	                                      "9.3",    "9.3.1",  "10.2",  "A.5.1", "A.5.4",
	                                      "A.5.10", "A.5.25", "A.8.1", "A.8.34"};
	size_t n = sizeof(ordered) / sizeof(ordered[0]);

	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < n; j++)
			cr_expect_eq(sign(cl_code_compare(ordered[i], ordered[j])), (i > j) - (i < j),
			             "%s vs %s", ordered[i], ordered[j]);
}

Test(code_compare, near_misses)
{
	cr_expect_eq(cl_code_compare("5.2", "5.2"), 0);
	cr_expect_lt(cl_code_compare("5.2", "5.10"), 0, "by value, not by byte");
	cr_expect_eq(cl_code_compare("5.02", "5.2"), 0, "a leading zero is the same number");
	cr_expect_lt(cl_code_compare("5.1", "5.1.1"), 0, "a prefix comes first");
	cr_expect_lt(cl_code_compare("10.2", "A.5.1"), 0, "every clause before Annex A");
	cr_expect_lt(cl_code_compare("99999999999999999999.1", "100000000000000000000.1"), 0,
	             "long numbers don't overflow");
	cr_expect_lt(cl_code_compare("POL-002", "POL-010"), 0, "document ids too");
	cr_expect_lt(cl_code_compare("", "5.1"), 0);
}
