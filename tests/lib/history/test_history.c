/*
 * test_history.c: the history walk on real repositories: which commits
 * approve a document's content, what it drifted from, who changed it
 * last, through renames, merges and .mailmap, and what signatures say.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "../gitrepo.h"
#include "history/history.h"

static const char people_yml[] = "people:\n"
                                 "  - name: Dana Whitfield\n"
                                 "    email: dana@example.com\n"
                                 "    roles: [CEO]\n"
                                 "  - name: Sam Ortiz\n"
                                 "    email: sam@example.com\n"
                                 "    roles: [ISMS Lead]\n";

typedef struct {
	char *dir;
	cl_repo *repo;
	cl_config config;
	cl_people people;
	cl_history *history;
	char blob[CL_OID_HEX];
	cl_mailmap_text mailmap; /* the working tree's .mailmap, as a run reads it */
	char *mailmap_text;
} walked;

/* Walks the history of the working tree of `dir` for the one document
 * `path`. */
static void walk(walked *w, char *dir, const char *path)
{
	cl_error err = {{0}};
	cl_content_id id = {path, w->blob};
	cl_walk_inputs inputs = {NULL, NULL, NULL, NULL};
	char *data = NULL;
	size_t len = 0;

	memset(w, 0, sizeof(*w));
	w->dir = dir;
	cl_config_defaults(&w->config);
	cr_assert_eq(cl_people_parse(&w->people, people_yml, strlen(people_yml), "people.yml", &err), 0, "%s",
	             err.message);
	cr_assert_eq(cl_repo_open(&w->repo, dir, &err), 0, "%s", err.message);
	cr_assert_eq(cl_repo_select(w->repo, CL_SOURCE_WORKTREE, NULL, &err), 0, "%s", err.message);
	if (cl_repo_read(&w->mailmap_text, &w->mailmap.len, w->repo, ".mailmap", 1 << 20) == CL_READ_OK)
		w->mailmap.text = w->mailmap_text;
	cr_assert_eq(cl_repo_read(&data, &len, w->repo, path, 1 << 20), CL_READ_OK);
	cr_assert_eq(cl_repo_blob_id(w->blob, w->repo, path, data, len), 0);
	free(data);
	inputs.mailmap = &w->mailmap;
	cr_assert_eq(cl_history_read(&w->history, w->repo, &w->config, &w->people, &inputs, &id, 1, &err), 0,
	             "%s", err.message);
}

static void walked_free(walked *w)
{
	cl_history_free(w->history);
	free(w->mailmap_text);
	cl_repo_free(w->repo);
	cl_people_free(&w->people);
	cl_config_free(&w->config);
	gitrepo_remove(w->dir);
}

static char *commit_of(const walked *w, const char *rev)
{
	char *script = cl_printf("git rev-parse '%s'", rev);
	char *id = gitrepo_out(w->dir, script);

	free(script);
	return id;
}

/* A repository built by `script`, walked for `path`. */
static void build_and_walk(walked *w, const char *script, const char *path)
{
	char *dir = gitrepo_new();

	gitrepo_sh(dir, script);
	walk(w, dir, path);
}

Test(history, an_approved_by_trailer_approves_the_content_its_commit_brings)
{
	walked w;
	const cl_doc_history *h;
	char *head;

	build_and_walk(
	        &w,
	        "echo policy >p.md; git add p.md\n"
	        "as 'Dana Whitfield' dana@example.com; at 2026-03-02\n"
	        "git commit -qm 'Add and approve' --trailer 'Approved-by: Dana Whitfield <Dana@Example.com>'\n",
	        "p.md");
	h = cl_history_at(w.history, 0);
	head = commit_of(&w, "HEAD");
	cr_assert_eq(h->approval_count, 1);
	cr_expect_str_eq(h->approvals[0]->commit, head);
	cr_expect_eq(h->approvals[0]->date.month, 3);
	cr_expect_eq(h->approvals[0]->date.day, 2);
	cr_assert_eq(h->approvals[0]->approver_count, 1);
	cr_expect_str_eq(h->approvals[0]->approvers[0].email, "dana@example.com", "e-mails are lower-cased");
	cr_assert_not_null(h->approvals[0]->approvers[0].person, "matched to the registry");
	cr_expect_str_eq(h->approvals[0]->approvers[0].person->name, "Dana Whitfield");
	cr_expect_null(h->earlier);
	cr_expect(h->has_change && !h->uncommitted);
	cr_expect_str_eq(h->change.commit, head);
	free(head);
	walked_free(&w);
}

Test(history, an_approves_trailer_on_an_empty_commit_approves_the_path_as_it_is)
{
	walked w;
	const cl_doc_history *h;
	char *approval, *added;

	build_and_walk(
	        &w,
	        "echo policy >p.md; git add p.md; git commit -qm 'Add the policy'\n"
	        "as 'Dana Whitfield' dana@example.com\n"
	        "git commit -q --allow-empty -m Approve --trailer 'Approved-by: Dana Whitfield <dana@example.com>' "
	        "--trailer 'Approves: p.md'\n",
	        "p.md");
	h = cl_history_at(w.history, 0);
	approval = commit_of(&w, "HEAD");
	added = commit_of(&w, "HEAD~1");
	cr_assert_eq(h->approval_count, 1);
	cr_expect_str_eq(h->approvals[0]->commit, approval);
	cr_expect_str_eq(h->change.commit, added,
	                 "the last change is the commit that added it, not the approval");
	cr_expect_str_eq(h->change.author.name, "Sam Ortiz");
	free(approval);
	free(added);
	walked_free(&w);
}

Test(history, an_edit_after_the_approval_leaves_the_content_unapproved_and_names_the_edit)
{
	walked w;
	const cl_doc_history *h;
	char *approval, *edit;

	build_and_walk(&w,
	               "echo policy >p.md; git add p.md\n"
	               "git commit -qm Approve --trailer 'Approved-by: Dana Whitfield <dana@example.com>'\n"
	               "at 2026-05-10; echo more >>p.md; git commit -qam 'Tighten access reviews'\n",
	               "p.md");
	h = cl_history_at(w.history, 0);
	approval = commit_of(&w, "HEAD~1");
	edit = commit_of(&w, "HEAD");
	cr_expect_eq(h->approval_count, 0);
	cr_assert_not_null(h->earlier, "the approval it drifted from");
	cr_expect_str_eq(h->earlier->commit, approval);
	cr_expect_str_eq(h->change.commit, edit);
	cr_expect_str_eq(h->change.subject, "Tighten access reviews");
	cr_expect_eq(h->change.date.month, 5);
	free(approval);
	free(edit);
	walked_free(&w);
}

Test(history, a_rename_keeps_the_approval_and_an_edit_after_it_finds_the_old_one)
{
	walked w;
	const cl_doc_history *h;
	char *approval;

	build_and_walk(&w,
	               "echo policy >old.md; git add old.md\n"
	               "git commit -qm Approve --trailer 'Approved-by: Dana Whitfield <dana@example.com>'\n"
	               "mkdir policies; git mv old.md policies/new.md; git commit -qm Move\n"
	               "echo edit >>policies/new.md; git commit -qam Edit\n",
	               "policies/new.md");
	h = cl_history_at(w.history, 0);
	approval = commit_of(&w, "HEAD~2");
	cr_expect_eq(h->approval_count, 0);
	cr_assert_not_null(h->earlier, "the approval of the content before the move and the edit");
	cr_expect_str_eq(h->earlier->commit, approval);
	free(approval);
	walked_free(&w);
}

Test(history, an_approval_on_a_branch_counts_once_the_branch_is_merged)
{
	walked w;
	const cl_doc_history *h;
	char *approval;

	build_and_walk(
	        &w,
	        "echo base >base.md; git add -A; git commit -qm base\n"
	        "git checkout -qb side; echo policy >p.md; git add p.md\n"
	        "git commit -qm 'Approve on side' --trailer 'Approved-by: Dana Whitfield <dana@example.com>'\n"
	        "git checkout -q main; echo other >o.md; git add o.md; git commit -qm other\n"
	        "git merge -q --no-ff -m Merge side\n",
	        "p.md");
	h = cl_history_at(w.history, 0);
	approval = commit_of(&w, "side");
	cr_assert_eq(h->approval_count, 1);
	cr_expect_str_eq(h->approvals[0]->commit, approval);
	free(approval);
	walked_free(&w);
}

Test(history, mailmap_names_the_person_behind_another_address)
{
	walked w;
	const cl_doc_history *h;

	build_and_walk(&w,
	               "echo 'Dana Whitfield <dana@example.com> <ceo@old.example>' >.mailmap\n"
	               "echo policy >p.md; git add -A\n"
	               "git commit -qm Approve --trailer 'Approved-by: The CEO <ceo@old.example>'\n",
	               "p.md");
	h = cl_history_at(w.history, 0);
	cr_assert_eq(h->approval_count, 1);
	cr_expect_str_eq(h->approvals[0]->approvers[0].email, "dana@example.com");
	cr_assert_not_null(h->approvals[0]->approvers[0].person);
	cr_expect_str_eq(h->approvals[0]->approvers[0].person->name, "Dana Whitfield");
	walked_free(&w);
}

Test(history, content_nobody_committed_yet_is_uncommitted)
{
	walked w;
	const cl_doc_history *h;

	build_and_walk(&w, "echo policy >p.md; git add p.md; git commit -qm Add; echo draft >>p.md\n",
	               "p.md");
	h = cl_history_at(w.history, 0);
	cr_expect(h->has_change && h->uncommitted);
	cr_expect_eq(h->approval_count, 0);
	walked_free(&w);
}

Test(history, with_signatures_required_an_unsigned_approval_is_set_aside)
{
	walked w;
	const cl_doc_history *h;
	cl_error err = {{0}};

	build_and_walk(&w,
	               "echo policy >p.md; git add p.md\n"
	               "git commit -qm Approve --trailer 'Approved-by: Dana Whitfield <dana@example.com>'\n",
	               "p.md");
	cr_assert_eq(cl_history_verify(w.history, w.repo, &w.people, 1, &err), 0, "%s", err.message);
	h = cl_history_at(w.history, 0);
	cr_expect_eq(h->approval_count, 0);
	cr_assert_eq(h->unverified_count, 1);
	cr_expect_eq(h->unverified[0]->verification, CL_VERIFY_UNSIGNED);
	walked_free(&w);
}

Test(history, without_requiring_them_signatures_are_judged_but_nothing_is_set_aside)
{
	walked w;
	const cl_doc_history *h;
	cl_error err = {{0}};

	build_and_walk(&w,
	               "echo policy >p.md; git add p.md\n"
	               "git commit -qm Approve --trailer 'Approved-by: Dana Whitfield <dana@example.com>'\n",
	               "p.md");
	cr_assert_eq(cl_history_verify(w.history, w.repo, &w.people, 0, &err), 0, "%s", err.message);
	h = cl_history_at(w.history, 0);
	cr_assert_eq(h->approval_count, 1);
	cr_expect_eq(h->approvals[0]->verification, CL_VERIFY_UNSIGNED);
	cr_expect_eq(h->unverified_count, 0);
	walked_free(&w);
}
