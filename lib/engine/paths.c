/*
 * paths.c: the PATH arguments, resolved as git resolves them (files on
 * disk for the working tree, names in the tree for a revision), and
 * whether a path is one of those reported.
 */
#include "engine/run.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* Where the current directory is in the working tree ("" at the root, or
 * in a bare repository). */
static char *current_prefix(cl_repo *repo)
{
	char cwd[PATH_MAX], *root, *rel;

	if (!cl_repo_workdir(repo) || !realpath(".", cwd))
		return cl_strdup("");
	root = cl_run_real_workdir(repo);
	rel = cl_run_relative_to(root, cwd);
	free(root);
	if (rel && *rel && rel[strlen(rel) - 1] == '/')
		rel[strlen(rel) - 1] = '\0';
	return rel ? rel : cl_strdup("");
}

/* The working tree's PATHs are files on disk; a revision's are names in
 * its tree, relative to the current directory as git reads them. */
static char *resolve_path(cl_run_state *st, const char *root, const char *prefix, const char *path,
                          cl_error *err)
{
	char resolved[PATH_MAX];
	char *rel;

	if (cl_repo_source(st->repo) == CL_SOURCE_REV || !root) {
		rel = cl_path_join_lexically(prefix, path);
		if (!rel)
			cl_error_set(err, "path '%s' is outside the repository", path);
		return rel;
	}
	if (!realpath(path, resolved)) {
		cl_error_set(err, "path '%s' did not match any file", path);
		return NULL;
	}
	rel = cl_run_relative_to(root, resolved);
	if (!rel)
		cl_error_set(err, "path '%s' is outside the repository %s", path, root);
	return rel;
}

int cl_run_resolve_paths(cl_run_state *st, const cl_run_options *opts, cl_error *err)
{
	char *root = cl_repo_workdir(st->repo) ? cl_run_real_workdir(st->repo) : NULL;
	char *prefix = current_prefix(st->repo);
	int rc = 0;

	for (size_t i = 0; i < opts->path_count && rc == 0; i++) {
		char *rel = resolve_path(st, root, prefix, opts->paths[i], err);

		if (!rel)
			rc = -1;
		else
			cl_strvec_push_owned(&st->report_paths, rel);
	}
	free(prefix);
	free(root);
	return rc;
}

/* A PATH that names nothing clauselint lints is a mistake to say, not an
 * empty report to pass (the files are sorted: a folder's come together). */
int cl_run_check_paths(cl_run_state *st, const cl_run_options *opts, cl_error *err)
{
	for (size_t i = 0; i < st->report_paths.count; i++) {
		const char *p = st->report_paths.items[i];
		size_t n = strlen(p);
		int found = n == 0;

		for (size_t f = 0; f < st->files.count && !found; f++)
			found = strncmp(st->files.items[f], p, n) == 0 &&
			        (st->files.items[f][n] == '\0' || st->files.items[f][n] == '/');
		if (!found) {
			cl_error_set(err, "path '%s' did not match any file %s", opts->paths[i],
			             cl_repo_source(st->repo) == CL_SOURCE_REV ? "in the revision"
			                                                       : "git tracks");
			return -1;
		}
	}
	return 0;
}

int cl_run_is_reported(const cl_run_state *st, const char *path)
{
	if (!st->report_paths.count)
		return 1;
	for (size_t i = 0; i < st->report_paths.count; i++) {
		const char *p = st->report_paths.items[i];
		size_t n = strlen(p);

		if (!n || (strncmp(path, p, n) == 0 && (path[n] == '\0' || path[n] == '/')))
			return 1;
	}
	return 0;
}

/* `abs` relative to the working tree root `workdir` (which ends in '/'),
 * or NULL when it lies outside. */
char *cl_run_relative_to(const char *workdir, const char *abs)
{
	size_t n = strlen(workdir);

	if (strncmp(abs, workdir, n) == 0)
		return cl_strdup(abs + n);
	if (strlen(abs) + 1 == n && strncmp(abs, workdir, n - 1) == 0)
		return cl_strdup("");
	return NULL;
}

char *cl_run_real_workdir(cl_repo *repo)
{
	char resolved[PATH_MAX];

	if (!realpath(cl_repo_workdir(repo), resolved))
		return cl_strdup(cl_repo_workdir(repo));
	return cl_printf("%s/", resolved);
}
