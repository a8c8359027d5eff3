/*
 * test_run.c: a whole run (cl_run) on real repositories: what it checks
 * against what it reports, the errors that stop it, and that it writes
 * nothing.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../gitrepo.h"
#include "clauselint.h"
#include "rules/registry.h"

/* Two policies sharing an id (with different content: an approval is of
 * the bytes), one approved and one never approved, the clause 5 rules
 * off: a repository with findings on both. */
static const char two_policies[] =
        "cat >.clauselint.yml <<'EOF'\n"
        "rules: {policy-missing: off, roles-missing: off, management-review-missing: off,\n"
        "        resource-approval-missing: off, management-statement-missing: off}\n"
        "EOF\n"
        "printf 'people:\\n  - {name: Dana Whitfield, email: dana@example.com, roles: [CEO]}\\n' >people.yml\n"
        "mkdir policies\n"
        "for p in a b; do printf -- '---\\nid: POL-001\\ntitle: %s\\ntype: policy\\nowner: CEO\\nversion: \"1.0\"\\n"
        "approver: CEO\\n---\\n# T\\n' $p >policies/$p.md; done\n"
        "git add -A; git commit -qm Add\n"
        "git commit -q --allow-empty -m Approve --trailer 'Approved-by: Dana Whitfield <dana@example.com>' "
        "--trailer 'Approves: policies/a.md'\n";

static int run_in(cl_run_result *out, const char *dir, char *const *paths, size_t path_count, int status,
                  cl_error *err)
{
	cl_run_options opts;
	int rc;

	memset(&opts, 0, sizeof(opts));
	opts.rules = &cl_builtin_rules;
	opts.paths = paths;
	opts.path_count = path_count;
	opts.want_status = status;
	cl_date_parse(&opts.today, "2026-11-22");
	cr_assert_eq(chdir(dir), 0);
	rc = cl_run(out, &opts, err);
	return rc;
}

static size_t count(const cl_run_result *r, const char *rule, const char *path)
{
	size_t n = 0;

	for (size_t i = 0; i < r->findings.count; i++)
		if (strcmp(r->findings.items[i].rule->name, rule) == 0 &&
		    (!path || (r->findings.items[i].path && strcmp(r->findings.items[i].path, path) == 0)))
			n++;
	return n;
}

Test(run, every_document_is_checked_and_the_findings_are_sorted_and_counted)
{
	char *dir = gitrepo_new();
	cl_run_result r;
	cl_error err = {{0}};

	gitrepo_sh(dir, two_policies);
	cr_assert_eq(run_in(&r, dir, NULL, 0, 0, &err), 0, "%s", err.message);
	cr_expect_eq(count(&r, "duplicate-id", "policies/a.md"), 1);
	cr_expect_eq(count(&r, "duplicate-id", "policies/b.md"), 1);
	cr_expect_eq(count(&r, "approval-missing", "policies/b.md"), 1);
	cr_expect_eq(count(&r, "approval-missing", "policies/a.md"), 0, "a.md is approved");
	for (size_t i = 1; i < r.findings.count; i++)
		cr_expect_leq(strcmp(r.findings.items[i - 1].path, r.findings.items[i].path), 0,
		              "sorted by path");
	cr_expect_eq(r.summary.documents, 2);
	cr_expect_eq(r.summary.errors, r.findings.count);
	cr_expect_str_eq(r.framework, "ISO27001:2022");
	cr_assert_not_null(r.root);
	cr_expect_eq(r.root[strlen(r.root) - 1], '/');
	cl_run_result_free(&r);
	gitrepo_remove(dir);
}

Test(run, a_path_narrows_what_is_reported_not_what_is_checked)
{
	char *dir = gitrepo_new();
	char *paths[] = {"policies/b.md"};
	cl_run_result r;
	cl_error err = {{0}};

	gitrepo_sh(dir, two_policies);
	cr_assert_eq(run_in(&r, dir, paths, 1, 0, &err), 0, "%s", err.message);
	/* The duplicate needs a.md to be found, but only b.md is reported. */
	cr_expect_eq(count(&r, "duplicate-id", "policies/b.md"), 1);
	cr_expect_eq(count(&r, "duplicate-id", "policies/a.md"), 0);
	cr_expect_eq(r.summary.documents, 1);
	cl_run_result_free(&r);
	gitrepo_remove(dir);
}

Test(run, status_rows_say_what_the_rules_say)
{
	char *dir = gitrepo_new();
	cl_run_result r;
	cl_error err = {{0}};

	gitrepo_sh(dir, two_policies);
	cr_assert_eq(run_in(&r, dir, NULL, 0, 1, &err), 0, "%s", err.message);
	cr_assert_eq(r.row_count, 2);
	cr_expect_str_eq(r.rows[0].path, "policies/a.md");
	cr_expect_str_eq(r.rows[0].state, "approved");
	cr_expect_str_eq(r.rows[0].approved_by, "Dana Whitfield");
	cr_expect_str_eq(r.rows[1].state, "never approved");
	cl_run_result_free(&r);
	gitrepo_remove(dir);
}

Test(run, what_makes_a_run_impossible_is_an_error_not_a_finding)
{
	char *dir = gitrepo_new();
	char *paths[] = {"policies/none.md"};
	cl_run_result r;
	cl_error err = {{0}};

	gitrepo_sh(dir, two_policies);
	cr_expect_eq(run_in(&r, dir, paths, 1, 0, &err), -1);
	cr_expect_str_eq(err.message, "path 'policies/none.md' did not match any file");
	cl_run_result_free(&r);
	gitrepo_sh(dir, "echo 'rules: {no-such-rule: off}' >.clauselint.yml\n");
	cr_expect_eq(run_in(&r, dir, NULL, 0, 0, &err), -1);
	cr_expect_str_eq(err.message,
	                 ".clauselint.yml:1: unknown rule 'no-such-rule' ('clauselint rules' lists them)");
	cl_run_result_free(&r);
	gitrepo_remove(dir);
}

Test(run, a_run_writes_nothing_to_the_repository)
{
	char *dir = gitrepo_new();
	const char *snapshot = "find . -type f | LC_ALL=C sort | xargs cksum";
	cl_run_result r;
	cl_error err = {{0}};
	char *before, *after;

	gitrepo_sh(dir, two_policies);
	gitrepo_sh(dir, "touch policies/a.md\n");
	before = gitrepo_out(dir, snapshot);
	cr_assert_eq(run_in(&r, dir, NULL, 0, 1, &err), 0, "%s", err.message);
	cl_run_result_free(&r);
	after = gitrepo_out(dir, snapshot);
	cr_expect_str_eq(after, before);
	free(before);
	free(after);
	gitrepo_remove(dir);
}
