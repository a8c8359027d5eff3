/*
 * inputs.c: what a run reads besides the documents: the configuration
 * (-c FILE, or the linted source's own .clauselint.yml), the people
 * registry it names, and a --baseline report.
 */
#include "engine/run.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Configuration and people files are small; anything larger is a mistake. */
#define CONFIG_MAX_BYTES (1024 * 1024)

static const char *const config_names[] = {".clauselint.yml", ".clauselint.yaml"};

static const char *read_failure(cl_read_result r)
{
	switch (r) {
	case CL_READ_MISSING:
		return "no such file";
	case CL_READ_TOO_LARGE:
		return "larger than 1 MiB";
	case CL_READ_NOT_REGULAR:
		return "not a regular file (symbolic links are not followed)";
	default:
		return "read error";
	}
}

static int read_file_limited(char **out, size_t *len, const char *path, const char *what, size_t limit,
                             cl_error *err)
{
	FILE *f = fopen(path, "rb");
	cl_buf buf = CL_BUF_INIT;
	char chunk[8192];
	size_t n;

	if (!f) {
		cl_error_set(err, "cannot read %s %s: %s", what, path, strerror(errno));
		return -1;
	}
	do {
		n = fread(chunk, 1, sizeof(chunk), f);
		cl_buf_put(&buf, chunk, n);
	} while (n > 0 && buf.len <= limit);
	if (ferror(f)) {
		cl_error_set(err, "cannot read %s %s: %s", what, path, strerror(errno));
		fclose(f);
		cl_buf_free(&buf);
		return -1;
	}
	fclose(f);
	if (buf.len > limit) {
		cl_error_set(err, "%s %s is larger than %zu MiB", what, path, limit >> 20);
		cl_buf_free(&buf);
		return -1;
	}
	*len = buf.len;
	*out = buf.ptr ? cl_buf_detach(&buf) : cl_strdup("");
	return 0;
}

static int read_file(char **out, size_t *len, const char *path, const char *what, cl_error *err)
{
	return read_file_limited(out, len, path, what, CONFIG_MAX_BYTES, err);
}

/* --baseline FILE, read like -c: a file on disk, relative to the current
 * directory, and never written. */
int cl_run_load_baseline(cl_run_state *st, const char *path, cl_error *err)
{
	char *text = NULL;
	size_t len = 0;
	int rc;

	if (read_file_limited(&text, &len, path, "baseline", CL_BASELINE_MAX_BYTES, err) < 0)
		return -1;
	rc = cl_baseline_parse(&st->baseline, text, len, path, err);
	free(text);
	return rc;
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

/* -c FILE names a file on disk, repository-relative in reports when it
 * lies inside the working tree. */
static int load_config_file(cl_run_state *st, const char *path, cl_error *err)
{
	char resolved[PATH_MAX];
	char *text = NULL, *rel = NULL;
	size_t len = 0;
	int rc;

	if (read_file(&text, &len, path, "configuration file", err) < 0)
		return -1;
	if (cl_repo_workdir(st->repo) && realpath(path, resolved)) {
		char *root = cl_run_real_workdir(st->repo);

		rel = cl_run_relative_to(root, resolved);
		free(root);
	}
	st->config.path = cl_strdup(path);
	st->config.display_path = rel ? rel : cl_strdup(path);
	rc = cl_config_parse(&st->config, text, len, st->config.display_path, st->rules, err);
	free(text);
	return rc;
}

/* Without -c, the configuration is the linted source's own: with --rev
 * the one of that revision, with --staged the staged one. */
int cl_run_load_config(cl_run_state *st, const cl_run_options *opts, cl_error *err)
{
	cl_config_defaults(&st->config);
	if (opts->config_file)
		return load_config_file(st, opts->config_file, err);
	for (size_t i = 0; i < sizeof(config_names) / sizeof(config_names[0]); i++) {
		char *text = NULL;
		size_t len = 0;
		cl_read_result r = cl_repo_read(&text, &len, st->repo, config_names[i], CONFIG_MAX_BYTES);
		int rc;

		if (r == CL_READ_MISSING)
			continue;
		if (r != CL_READ_OK) {
			cl_error_set(err, "cannot read %s: %s", config_names[i], read_failure(r));
			return -1;
		}
		st->config.path = cl_strdup(config_names[i]);
		st->config.display_path = cl_strdup(config_names[i]);
		rc = cl_config_parse(&st->config, text, len, config_names[i], st->rules, err);
		free(text);
		return rc;
	}
	return 0;
}

/* The registry is read from the linted source like the documents. A
 * missing default registry is an empty one (the approval rules then say
 * who is unknown); a registry the configuration names must exist. */
int cl_run_load_people(cl_run_state *st, cl_error *err)
{
	char *text = NULL;
	size_t len = 0;
	cl_read_result r;
	int rc;

	r = cl_repo_read(&text, &len, st->repo, st->config.people_path, CONFIG_MAX_BYTES);
	if (r == CL_READ_MISSING && !st->config.people_path_explicit) {
		memset(&st->people, 0, sizeof(st->people));
		return 0;
	}
	if (r != CL_READ_OK) {
		cl_error_set(err, "cannot read the people registry %s: %s", st->config.people_path,
		             read_failure(r));
		return -1;
	}
	rc = cl_people_parse(&st->people, text, len, st->config.people_path, err);
	free(text);
	return rc;
}
