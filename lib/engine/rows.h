/*
 * rows.h: the tables `clauselint status` prints, collected from a lint
 * that has run (status.c, requirements.c).
 */
#ifndef CL_ROWS_H
#define CL_ROWS_H

#include "engine/lint.h"

/* Fills result->rows from a lint that has run. */
void cl_status_collect(cl_run_result *result, const cl_lint *lint);
void cl_status_rows_free(cl_run_result *result);
void cl_status_row_clear(cl_status_row *row);

/* Fills result->requirements from a lint that has run. */
void cl_requirements_collect(cl_run_result *result, const cl_lint *lint);
void cl_requirements_free(cl_run_result *result);
void cl_requirement_row_clear(cl_requirement_row *row);
/* Compares clause and control codes in their natural order, like strcmp:
 * runs of digits by value, clauses before Annex A controls, so
 * 5.1 < 5.2 < 5.10 < A.5.1 < A.5.4 < A.5.10. */
int cl_code_compare(const char *a, const char *b);

#endif
