/*
 * test_repo.c: the repository layer on real repositories: which files
 * each source lists, what reading one gives, and the blob ids approvals
 * are matched by, compared with what git itself says.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../gitrepo.h"
#include "repo/repo.h"

static cl_repo *open_source(const char *dir, cl_source source, const char *rev)
{
	cl_repo *repo = NULL;
	cl_error err = {{0}};

	cr_assert_eq(cl_repo_open(&repo, dir, &err), 0, "%s", err.message);
	cr_assert_eq(cl_repo_select(repo, source, rev, &err), 0, "%s", err.message);
	return repo;
}

static char *joined_files(cl_repo *repo)
{
	cl_strvec files = CL_STRVEC_INIT;
	cl_error err = {{0}};
	cl_buf out = CL_BUF_INIT;

	cr_assert_eq(cl_repo_list_files(&files, repo, &err), 0, "%s", err.message);
	for (size_t i = 0; i < files.count; i++)
		cl_buf_printf(&out, "%s%s", i ? " " : "", files.items[i]);
	cl_strvec_free(&files);
	return out.ptr ? cl_buf_detach(&out) : cl_strdup("");
}

static char *read_text(cl_repo *repo, const char *path)
{
	char *data = NULL;
	size_t len = 0;

	cr_assert_eq(cl_repo_read(&data, &len, repo, path, 1024), CL_READ_OK, "%s", path);
	cr_assert_eq(strlen(data), len);
	return data;
}

Test(repo, the_working_tree_lists_what_git_tracks_or_would_track)
{
	char *dir = gitrepo_new();
	cl_repo *repo;
	char *files;

	gitrepo_sh(dir, "echo a >a.md; mkdir sub; echo d >sub/d.md; echo 'ignored.md' >.gitignore\n"
	                "git add -A; git commit -qm one\n"
	                "echo b >b.md; echo i >ignored.md; ln -s a.md link.md; echo gone >gone.md\n"
	                "git add gone.md; rm gone.md\n");
	repo = open_source(dir, CL_SOURCE_WORKTREE, NULL);
	files = joined_files(repo);
	/* Untracked but not ignored is linted; links and deleted files are not. */
	cr_expect_str_eq(files, ".gitignore a.md b.md sub/d.md");
	free(files);
	cl_repo_free(repo);
	gitrepo_remove(dir);
}

Test(repo, a_folder_outside_any_repository_is_an_error_that_names_it)
{
	char *dir = gitrepo_new();
	char *outside = cl_printf("%s/../.home", dir);
	cl_repo *repo = NULL;
	cl_error err = {{0}};

	cr_assert_eq(cl_repo_open(&repo, outside, &err), -1);
	cr_expect_null(repo);
	cr_expect(strstr(err.message, "not a git repository") && strstr(err.message, ".home"), "%s",
	          err.message);
	free(outside);
	gitrepo_remove(dir);
}

Test(repo, a_symbolic_link_is_never_read_and_a_large_file_is_refused_with_its_size)
{
	char *dir = gitrepo_new();
	cl_repo *repo;
	char *data = NULL;
	size_t len = 0;

	gitrepo_sh(
	        dir,
	        "echo secret >../outside; ln -s ../outside link.md; head -c 5000 /dev/zero | tr '\\0' x >big.md\n");
	repo = open_source(dir, CL_SOURCE_WORKTREE, NULL);
	cr_expect_eq(cl_repo_read(&data, &len, repo, "link.md", 1024), CL_READ_NOT_REGULAR);
	cr_expect_null(data);
	cr_expect_eq(cl_repo_read(&data, &len, repo, "big.md", 1024), CL_READ_TOO_LARGE);
	cr_expect_eq(len, 5000);
	cr_expect_eq(cl_repo_read(&data, &len, repo, "missing.md", 1024), CL_READ_MISSING);
	cl_repo_free(repo);
	gitrepo_remove(dir);
}

Test(repo, blob_ids_are_the_ones_git_computes)
{
	char *dir = gitrepo_new();
	cl_repo *repo;
	char id[CL_OID_HEX], *data, *want;

	gitrepo_sh(dir,
	           "printf 'policy\\n' >p.md; git add p.md; git commit -qm one; printf 'edited\\n' >p.md\n");
	want = gitrepo_out(dir, "git hash-object p.md");
	repo = open_source(dir, CL_SOURCE_WORKTREE, NULL);
	data = read_text(repo, "p.md");
	cr_assert_eq(cl_repo_blob_id(id, repo, "p.md", data, strlen(data)), 0);
	cr_expect_str_eq(id, want);
	free(want);
	/* HEAD's blob is the committed one, not the working tree's. */
	want = gitrepo_out(dir, "git rev-parse HEAD:p.md");
	cr_assert_eq(cl_repo_head_blob_id(id, repo, "p.md"), 0);
	cr_expect_str_eq(id, want);
	free(want);
	free(data);
	cl_repo_free(repo);
	gitrepo_remove(dir);
}

Test(repo, the_index_source_is_the_staged_content_not_the_working_tree)
{
	char *dir = gitrepo_new();
	cl_repo *repo;
	char id[CL_OID_HEX], *data, *want;

	gitrepo_sh(dir, "echo one >p.md; git add p.md; git commit -qm one\n"
	                "echo staged >p.md; git add p.md; echo unstaged >p.md; echo new >new.md\n");
	want = gitrepo_out(dir, "git rev-parse :p.md");
	repo = open_source(dir, CL_SOURCE_INDEX, NULL);
	data = read_text(repo, "p.md");
	cr_expect_str_eq(data, "staged\n");
	cr_assert_eq(cl_repo_blob_id(id, repo, "p.md", data, strlen(data)), 0);
	cr_expect_str_eq(id, want);
	free(data);
	free(want);
	data = joined_files(repo);
	cr_expect_str_eq(data, "p.md", "an untracked file is not in the index");
	free(data);
	cl_repo_free(repo);
	gitrepo_remove(dir);
}

Test(repo, a_revision_source_is_its_tree)
{
	char *dir = gitrepo_new();
	cl_repo *repo;
	char *data;

	gitrepo_sh(dir, "echo one >p.md; git add p.md; git commit -qm one\n"
	                "echo two >p.md; echo q >q.md; git add -A; git commit -qm two\n");
	repo = open_source(dir, CL_SOURCE_REV, "HEAD~1");
	data = joined_files(repo);
	cr_expect_str_eq(data, "p.md");
	free(data);
	data = read_text(repo, "p.md");
	cr_expect_str_eq(data, "one\n");
	free(data);
	cl_repo_free(repo);
	gitrepo_remove(dir);
}

Test(repo, an_unknown_revision_and_a_bare_working_tree_are_errors)
{
	char *dir = gitrepo_new();
	char *bare = cl_printf("%s/../bare.git", dir);
	cl_repo *repo = NULL;
	cl_error err = {{0}};

	gitrepo_sh(dir,
	           "echo one >p.md; git add p.md; git commit -qm one; git clone -q --bare . ../bare.git\n");
	cr_assert_eq(cl_repo_open(&repo, dir, &err), 0);
	cr_expect_eq(cl_repo_select(repo, CL_SOURCE_REV, "no-such-branch", &err), -1);
	cr_expect_str_eq(err.message, "unknown revision 'no-such-branch'");
	cl_repo_free(repo);
	cr_assert_eq(cl_repo_open(&repo, bare, &err), 0, "%s", err.message);
	cr_expect_eq(cl_repo_select(repo, CL_SOURCE_WORKTREE, NULL, &err), -1);
	cr_expect(strstr(err.message, "is a bare repository") && strstr(err.message, "use --rev"), "%s",
	          err.message);
	cr_expect_eq(cl_repo_select(repo, CL_SOURCE_REV, "HEAD", &err), 0, "%s", err.message);
	cl_repo_free(repo);
	free(bare);
	gitrepo_remove(dir);
}

Test(repo, the_base_of_changed_since_is_the_merge_base)
{
	char *dir = gitrepo_new();
	cl_repo *repo;
	cl_error err = {{0}};
	char id[CL_OID_HEX];

	gitrepo_sh(dir,
	           "echo a >a.md; echo b >b.md; git add -A; git commit -qm base\n"
	           "git checkout -qb topic; echo changed >b.md; git commit -qam change\n"
	           "git checkout -q main; echo later >a.md; git commit -qam later; git checkout -q topic\n");
	repo = open_source(dir, CL_SOURCE_REV, "HEAD");
	cr_assert_eq(cl_repo_set_base(repo, "main", &err), 0, "%s", err.message);
	/* a.md changed on main after the fork, not on topic: unchanged here. */
	cr_assert_eq(cl_repo_head_blob_id(id, repo, "a.md"), 0);
	cr_expect(cl_repo_same_at_base(repo, "a.md", id));
	cr_assert_eq(cl_repo_head_blob_id(id, repo, "b.md"), 0);
	cr_expect_not(cl_repo_same_at_base(repo, "b.md", id));
	cl_repo_free(repo);
	gitrepo_remove(dir);
}

Test(repo, reading_never_writes_to_the_repository)
{
	char *dir = gitrepo_new();
	const char *snapshot =
	        "find . -path ./.git/index.lock -prune -o -type f -print | LC_ALL=C sort | xargs cksum";
	cl_repo *repo;
	char *before, *after, *files;

	gitrepo_sh(dir, "echo a >a.md; git add a.md; git commit -qm one; touch a.md; echo b >b.md\n");
	before = gitrepo_out(dir, snapshot);
	for (int s = CL_SOURCE_WORKTREE; s <= CL_SOURCE_INDEX; s++) {
		repo = open_source(dir, (cl_source)s, NULL);
		files = joined_files(repo);
		free(files);
		free(read_text(repo, "a.md"));
		cl_repo_free(repo);
	}
	after = gitrepo_out(dir, snapshot);
	cr_expect_str_eq(after, before, "the index (stale after touch) must not be refreshed");
	free(before);
	free(after);
	gitrepo_remove(dir);
}
