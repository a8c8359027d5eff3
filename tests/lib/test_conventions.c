/*
 * test_conventions.c: the promises lib/clauselint.h makes of every stage:
 * every _free and _clear accepts NULL. One that doesn't crashes the test,
 * which Criterion counts as a failure.
 */
#include <criterion/criterion.h>

#include "config/config.h"
#include "config/people.h"
#include "engine/rows.h"
#include "findings/baseline.h"
#include "history/history.h"
#include "init/init.h"
#include "parse/markdown.h"
#include "parse/signature.h"
#include "repo/repo.h"

Test(conventions, every_free_and_clear_accepts_null)
{
	cl_buf_free(NULL);
	cl_strvec_free(NULL);
	cl_map_free(NULL);
	cl_findings_free(NULL);
	cl_run_result_free(NULL);
	cl_init_result_free(NULL);
	cl_init_people_free(NULL);
	cl_config_free(NULL);
	cl_people_free(NULL);
	cl_history_free(NULL);
	cl_repo_free(NULL);
	cl_baseline_free(NULL);
	cl_document_free(NULL);
	cl_yaml_free(NULL);
	cl_table_clear(NULL);
	cl_ssh_key_free(NULL);
	cl_status_rows_free(NULL);
	cl_status_row_clear(NULL);
	cl_requirements_free(NULL);
	cl_requirement_row_clear(NULL);
}
