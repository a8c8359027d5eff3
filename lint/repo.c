/*
 * repo.c: the policy repository, through libgit2.
 *
 * clauselint lints what git would version: tracked files and untracked
 * files that aren't ignored. It never follows a symbolic link (a link
 * pointing outside the repository would make the report depend on files
 * nobody reviews) and never writes: the repository is opened read-only in
 * effect, no index refresh, no lock files.
 */
#include "clauselint.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <git2.h>

struct cl_repo {
	git_repository *git;
	char *workdir;
};

static void git_error_into(cl_error *err, const char *what)
{
	const git_error *e = git_error_last();

	cl_error_set(err, "%s: %s", what, e && e->message ? e->message : "unknown error");
}

int cl_repo_open(cl_repo **out, const char *dir, cl_error *err)
{
	git_repository *git = NULL;
	cl_repo *repo;
	int rc;

	*out = NULL;
	git_libgit2_init();
	rc = git_repository_open_ext(&git, dir, 0, NULL);
	if (rc == GIT_ENOTFOUND) {
		char resolved[PATH_MAX];

		cl_error_set(err, "not a git repository (or any of the parent directories): %s",
		             realpath(dir, resolved) ? resolved : dir);
		goto fail;
	}
	/* Anything else (an unsafe owner, a corrupt .git) says why itself. */
	if (rc < 0) {
		git_error_into(err, "cannot open the repository");
		goto fail;
	}
	if (git_repository_is_bare(git) || !git_repository_workdir(git)) {
		cl_error_set(err, "%s is a bare repository: clauselint lints a working tree", git_repository_path(git));
		goto fail;
	}
	repo = cl_calloc(1, sizeof(*repo));
	repo->git = git;
	repo->workdir = cl_strdup(git_repository_workdir(git));
	*out = repo;
	return 0;
fail:
	git_repository_free(git);
	git_libgit2_shutdown();
	return -1;
}

void cl_repo_free(cl_repo *repo)
{
	if (!repo)
		return;
	git_repository_free(repo->git);
	free(repo->workdir);
	free(repo);
	git_libgit2_shutdown();
}

const char *cl_repo_workdir(const cl_repo *repo)
{
	return repo->workdir;
}

static int is_regular_in_workdir(cl_repo *repo, const char *path)
{
	char *full = cl_printf("%s%s", repo->workdir, path);
	struct stat st;
	int ok = lstat(full, &st) == 0 && S_ISREG(st.st_mode);

	free(full);
	return ok;
}

static int add_tracked(cl_strvec *out, cl_repo *repo, cl_error *err)
{
	git_index *index = NULL;
	size_t count;

	if (git_repository_index(&index, repo->git) < 0) {
		git_error_into(err, "cannot read the index");
		return -1;
	}
	count = git_index_entrycount(index);
	for (size_t i = 0; i < count; i++) {
		const git_index_entry *e = git_index_get_byindex(index, i);

		/* Stage 0 only (a conflict lists a path up to three times);
		 * regular files only (links and submodules are not content). */
		if (git_index_entry_stage(e) != 0)
			continue;
		if ((e->mode & 0170000) != 0100000)
			continue;
		if (is_regular_in_workdir(repo, e->path))
			cl_strvec_push(out, e->path);
	}
	git_index_free(index);
	return 0;
}

static int add_untracked(cl_strvec *out, cl_repo *repo, cl_error *err)
{
	git_status_options opts;
	git_status_list *list = NULL;
	size_t count;

	git_status_options_init(&opts, GIT_STATUS_OPTIONS_VERSION);
	opts.show = GIT_STATUS_SHOW_WORKDIR_ONLY;
	/* No index refresh: it could write the index of the linted repo. */
	opts.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS |
	             GIT_STATUS_OPT_EXCLUDE_SUBMODULES | GIT_STATUS_OPT_NO_REFRESH;
	if (git_status_list_new(&list, repo->git, &opts) < 0) {
		git_error_into(err, "cannot list the working tree");
		return -1;
	}
	count = git_status_list_entrycount(list);
	for (size_t i = 0; i < count; i++) {
		const git_status_entry *e = git_status_byindex(list, i);

		if (!(e->status & GIT_STATUS_WT_NEW) || !e->index_to_workdir)
			continue;
		if (is_regular_in_workdir(repo, e->index_to_workdir->new_file.path))
			cl_strvec_push(out, e->index_to_workdir->new_file.path);
	}
	git_status_list_free(list);
	return 0;
}

int cl_repo_list_files(cl_strvec *out, cl_repo *repo, cl_error *err)
{
	if (add_tracked(out, repo, err) < 0 || add_untracked(out, repo, err) < 0) {
		cl_strvec_free(out);
		return -1;
	}
	cl_strvec_sort(out);
	return 0;
}

static cl_read_result read_fd(char **out, size_t *len, int fd, size_t size)
{
	char *data = cl_malloc(size + 1);
	size_t got = 0;

	while (got < size) {
		ssize_t n = read(fd, data + got, size - got);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	if (got != size) {
		free(data);
		return CL_READ_ERROR;
	}
	data[got] = '\0';
	*out = data;
	*len = got;
	return CL_READ_OK;
}

cl_read_result cl_repo_read(char **out, size_t *len, cl_repo *repo, const char *path, size_t limit)
{
	char *full = cl_printf("%s%s", repo->workdir, path);
	int fd = open(full, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
	struct stat st;
	cl_read_result rc;

	free(full);
	if (fd < 0)
		return errno == ENOENT ? CL_READ_MISSING : errno == ELOOP ? CL_READ_NOT_REGULAR : CL_READ_ERROR;
	if (fstat(fd, &st) < 0)
		rc = CL_READ_ERROR;
	else if (!S_ISREG(st.st_mode))
		rc = CL_READ_NOT_REGULAR;
	else if ((size_t)st.st_size > limit) {
		*len = (size_t)st.st_size;
		rc = CL_READ_TOO_LARGE;
	}
	else
		rc = read_fd(out, len, fd, (size_t)st.st_size);
	close(fd);
	return rc;
}
