/*
 * run.c: one lint of a repository, from discovery to sorted findings.
 *
 * Everything that makes the run impossible (no repository, a broken
 * configuration, a PATH outside the repository) is an error the caller
 * turns into exit status 2; everything wrong with the documents is a
 * finding.
 */
#include "clauselint.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Configuration and people files are small; anything larger is a mistake. */
#define CONFIG_MAX_BYTES (1024 * 1024)

static const char *const config_names[] = {".clauselint.yml", ".clauselint.yaml"};

typedef struct {
	cl_repo *repo;
	cl_config config;
	cl_people people;
	cl_strvec files;
	cl_strvec report_paths; /* repository-relative prefixes; empty: all */
	cl_document **documents;
	size_t document_count;
} run_state;

static int read_file(char **out, size_t *len, const char *path, const char *what, cl_error *err)
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
	} while (n > 0 && buf.len <= CONFIG_MAX_BYTES);
	fclose(f);
	if (buf.len > CONFIG_MAX_BYTES) {
		cl_error_set(err, "%s %s is larger than 1 MiB", what, path);
		cl_buf_free(&buf);
		return -1;
	}
	*len = buf.len;
	*out = cl_buf_detach(&buf);
	return 0;
}

/* `abs` relative to the working tree root `workdir` (which ends in '/'),
 * or NULL when it lies outside. */
static char *relative_to(const char *workdir, const char *abs)
{
	size_t n = strlen(workdir);

	if (strncmp(abs, workdir, n) == 0)
		return cl_strdup(abs + n);
	if (strlen(abs) + 1 == n && strncmp(abs, workdir, n - 1) == 0)
		return cl_strdup("");
	return NULL;
}

static char *real_workdir(cl_repo *repo)
{
	char resolved[PATH_MAX];

	if (!realpath(cl_repo_workdir(repo), resolved))
		return cl_strdup(cl_repo_workdir(repo));
	return cl_printf("%s/", resolved);
}

static int load_config(run_state *st, const cl_run_options *opts, cl_error *err)
{
	const char *workdir = cl_repo_workdir(st->repo);
	char *path = NULL, *text = NULL;
	size_t len = 0;
	int rc = -1;

	cl_config_defaults(&st->config);
	if (opts->config_file) {
		path = cl_strdup(opts->config_file);
	} else {
		for (size_t i = 0; i < sizeof(config_names) / sizeof(config_names[0]) && !path; i++) {
			char *candidate = cl_printf("%s%s", workdir, config_names[i]);

			if (access(candidate, F_OK) == 0)
				path = candidate;
			else
				free(candidate);
		}
	}
	if (!path)
		return 0;
	if (read_file(&text, &len, path, "configuration file", err) < 0)
		goto done;
	{
		char resolved[PATH_MAX];
		char *root = real_workdir(st->repo);
		char *rel = realpath(path, resolved) ? relative_to(root, resolved) : NULL;

		free(root);
		st->config.path = cl_strdup(path);
		st->config.display_path = rel ? rel : cl_strdup(opts->config_file ? opts->config_file : path);
	}
	rc = cl_config_parse(&st->config, text, len, st->config.display_path, err);
done:
	free(path);
	free(text);
	return rc;
}

/* The registry is read from the working tree like the documents. A
 * missing default registry is an empty one (the approval rules then say
 * who is unknown); a registry the configuration names must exist. */
static int load_people(run_state *st, cl_error *err)
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
		             r == CL_READ_MISSING       ? "no such file"
		             : r == CL_READ_TOO_LARGE   ? "larger than 1 MiB"
		             : r == CL_READ_NOT_REGULAR ? "not a regular file (symbolic links are not followed)"
		                                        : "read error");
		return -1;
	}
	rc = cl_people_parse(&st->people, text, len, st->config.people_path, err);
	free(text);
	return rc;
}

static int resolve_paths(run_state *st, const cl_run_options *opts, cl_error *err)
{
	char *root = real_workdir(st->repo);
	int rc = 0;

	for (size_t i = 0; i < opts->path_count && rc == 0; i++) {
		char resolved[PATH_MAX];
		char *rel;

		if (!realpath(opts->paths[i], resolved)) {
			cl_error_set(err, "path '%s' did not match any file", opts->paths[i]);
			rc = -1;
			break;
		}
		rel = relative_to(root, resolved);
		if (!rel) {
			cl_error_set(err, "path '%s' is outside the repository %s", opts->paths[i], root);
			rc = -1;
			break;
		}
		cl_strvec_push_owned(&st->report_paths, rel);
	}
	free(root);
	return rc;
}

static int is_markdown(const cl_config *config, const char *path)
{
	return cl_glob_match_any(&config->include, path) && !cl_glob_match_any(&config->exclude, path);
}

static cl_document *read_document(run_state *st, const char *path)
{
	char *data = NULL;
	size_t len = 0;
	cl_document *doc;

	switch (cl_repo_read(&data, &len, st->repo, path, CL_MAX_FILE_BYTES)) {
	case CL_READ_OK:
		break;
	case CL_READ_TOO_LARGE: {
		char *reason = cl_printf("file is %zu bytes, over the %d bytes (512 KiB) clauselint reads "
		                         "as Markdown; split it, or exclude it in .clauselint.yml",
		                         len, CL_MAX_FILE_BYTES);

		doc = cl_document_unreadable(path, reason);
		free(reason);
		return doc;
	}
	case CL_READ_NOT_REGULAR:
	case CL_READ_MISSING:
		return NULL;
	default:
		return cl_document_unreadable(path, "file cannot be read");
	}
	doc = cl_document_parse(path, data, len);
	free(data);
	return doc;
}

static void read_documents(run_state *st)
{
	st->documents = cl_calloc(st->files.count, sizeof(cl_document *));
	for (size_t i = 0; i < st->files.count; i++) {
		const char *path = st->files.items[i];
		cl_document *doc;

		if (!is_markdown(&st->config, path))
			continue;
		doc = read_document(st, path);
		if (!doc)
			continue;
		doc->under_governed_glob = cl_glob_match_any(&st->config.governed, path);
		st->documents[st->document_count++] = doc;
	}
}

static int is_reported(const cl_strvec *prefixes, const char *path)
{
	if (!prefixes->count)
		return 1;
	for (size_t i = 0; i < prefixes->count; i++) {
		const char *p = prefixes->items[i];
		size_t n = strlen(p);

		if (!n || (strncmp(path, p, n) == 0 && (path[n] == '\0' || path[n] == '/')))
			return 1;
	}
	return 0;
}

/* PATH arguments narrow what is reported, never what is checked: a
 * duplicate id needs every document to be found. Repository-level
 * findings stay. */
static void filter_reported(cl_findings *list, const run_state *st, const cl_config *config)
{
	size_t kept = 0;

	for (size_t i = 0; i < list->count; i++) {
		cl_finding *f = &list->items[i];
		int repository_level = !f->path || (config->display_path && strcmp(f->path, config->display_path) == 0);

		if (repository_level || is_reported(&st->report_paths, f->path)) {
			list->items[kept++] = *f;
			continue;
		}
		free(f->path);
		free(f->message);
	}
	list->count = kept;
}

/* The documents the summary counts: the governed ones, and the files
 * that may have been meant to be but couldn't be read. */
static size_t count_reported_documents(const run_state *st)
{
	size_t n = 0;

	for (size_t i = 0; i < st->document_count; i++) {
		const cl_document *doc = st->documents[i];
		int counted = doc->governed || doc->unreadable || doc->front_matter_error || doc->under_governed_glob;

		if (counted && is_reported(&st->report_paths, doc->path))
			n++;
	}
	return n;
}

static void free_state(run_state *st)
{
	for (size_t i = 0; i < st->document_count; i++)
		cl_document_free(st->documents[i]);
	free(st->documents);
	cl_strvec_free(&st->files);
	cl_strvec_free(&st->report_paths);
	cl_people_free(&st->people);
	cl_config_free(&st->config);
	cl_repo_free(st->repo);
}

int cl_run(cl_run_result *out, const cl_run_options *opts, cl_error *err)
{
	run_state st;
	cl_lint lint;
	int rc = -1;

	memset(out, 0, sizeof(*out));
	memset(&st, 0, sizeof(st));
	if (cl_repo_open(&st.repo, ".", err) < 0)
		return -1;
	if (load_config(&st, opts, err) < 0 || load_people(&st, err) < 0 || resolve_paths(&st, opts, err) < 0)
		goto done;
	if (cl_repo_list_files(&st.files, st.repo, err) < 0)
		goto done;
	read_documents(&st);

	memset(&lint, 0, sizeof(lint));
	lint.config = &st.config;
	lint.people = &st.people;
	lint.documents = st.documents;
	lint.document_count = st.document_count;
	lint.files = &st.files;
	lint.today = opts->today;
	lint.findings = &out->findings;
	cl_lint_run(&lint);
	filter_reported(&out->findings, &st, &st.config);
	cl_summary_count(&out->summary, &out->findings, count_reported_documents(&st));
	out->framework = cl_strdup(st.config.framework);
	rc = 0;
done:
	free_state(&st);
	return rc;
}

void cl_run_result_free(cl_run_result *result)
{
	cl_findings_free(&result->findings);
	free(result->framework);
	memset(result, 0, sizeof(*result));
}
