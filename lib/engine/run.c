/*
 * run.c: one lint of a repository, from discovery to sorted findings.
 *
 * Everything that makes the run impossible (no repository, a broken
 * configuration, an unknown revision, a PATH outside the repository) is
 * an error the caller turns into exit status 2; everything wrong with the
 * documents is a finding.
 */
#include "engine/lint.h"
#include "engine/rows.h"
#include "config/glob.h"
#include "findings/baseline.h"
#include "history/history.h"
#include "repo/repo.h"

#include <stdio.h>
#include <git2/common.h>

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* Configuration and people files are small; anything larger is a mistake. */
#define CONFIG_MAX_BYTES (1024 * 1024)

static const char *const config_names[] = {".clauselint.yml", ".clauselint.yaml"};

typedef struct {
	const cl_ruleset *rules;
	cl_repo *repo;
	cl_config config;
	cl_people people;
	cl_strvec files;
	cl_strvec report_paths; /* repository-relative prefixes; empty: all */
	int changed_since;      /* report only documents changed since the base */
	cl_document **documents;
	size_t document_count;
	cl_history *history;
	cl_baseline *baseline;
} run_state;

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
static int load_baseline(run_state *st, const char *path, cl_error *err)
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

/* -c FILE names a file on disk, repository-relative in reports when it
 * lies inside the working tree. */
static int load_config_file(run_state *st, const char *path, cl_error *err)
{
	char resolved[PATH_MAX];
	char *text = NULL, *rel = NULL;
	size_t len = 0;
	int rc;

	if (read_file(&text, &len, path, "configuration file", err) < 0)
		return -1;
	if (cl_repo_workdir(st->repo) && realpath(path, resolved)) {
		char *root = real_workdir(st->repo);

		rel = relative_to(root, resolved);
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
static int load_config(run_state *st, const cl_run_options *opts, cl_error *err)
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
		             read_failure(r));
		return -1;
	}
	rc = cl_people_parse(&st->people, text, len, st->config.people_path, err);
	free(text);
	return rc;
}

/* `dir` (a repository-relative folder, "" for the root) joined with
 * `path`, with "." and ".." resolved by name; NULL when it climbs out. */
static char *join_lexically(const char *dir, const char *path)
{
	cl_strvec parts = CL_STRVEC_INIT;
	cl_buf out = CL_BUF_INIT;
	char *joined = *dir ? cl_printf("%s/%s", dir, path) : cl_strdup(path);
	char *save = NULL;
	int outside = 0;

	for (char *p = strtok_r(joined, "/", &save); p && !outside; p = strtok_r(NULL, "/", &save)) {
		if (strcmp(p, ".") == 0)
			continue;
		if (strcmp(p, "..") == 0) {
			outside = parts.count == 0;
			if (!outside)
				free(parts.items[--parts.count]);
			continue;
		}
		cl_strvec_push(&parts, p);
	}
	for (size_t i = 0; i < parts.count; i++)
		cl_buf_printf(&out, "%s%s", i ? "/" : "", parts.items[i]);
	free(joined);
	cl_strvec_free(&parts);
	if (outside) {
		cl_buf_free(&out);
		return NULL;
	}
	return cl_buf_detach(&out);
}

/* Where the current directory is in the working tree ("" at the root, or
 * in a bare repository). */
static char *current_prefix(cl_repo *repo)
{
	char cwd[PATH_MAX], *root, *rel;

	if (!cl_repo_workdir(repo) || !realpath(".", cwd))
		return cl_strdup("");
	root = real_workdir(repo);
	rel = relative_to(root, cwd);
	free(root);
	if (rel && *rel && rel[strlen(rel) - 1] == '/')
		rel[strlen(rel) - 1] = '\0';
	return rel ? rel : cl_strdup("");
}

/* The working tree's PATHs are files on disk; a revision's are names in
 * its tree, relative to the current directory as git reads them. */
static char *resolve_path(run_state *st, const char *root, const char *prefix, const char *path,
                          cl_error *err)
{
	char resolved[PATH_MAX];
	char *rel;

	if (cl_repo_source(st->repo) == CL_SOURCE_REV || !root) {
		rel = join_lexically(prefix, path);
		if (!rel)
			cl_error_set(err, "path '%s' is outside the repository", path);
		return rel;
	}
	if (!realpath(path, resolved)) {
		cl_error_set(err, "path '%s' did not match any file", path);
		return NULL;
	}
	rel = relative_to(root, resolved);
	if (!rel)
		cl_error_set(err, "path '%s' is outside the repository %s", path, root);
	return rel;
}

static int resolve_paths(run_state *st, const cl_run_options *opts, cl_error *err)
{
	char *root = cl_repo_workdir(st->repo) ? real_workdir(st->repo) : NULL;
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
static int check_paths_match(run_state *st, const cl_run_options *opts, cl_error *err)
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

static int is_markdown(const cl_config *config, const char *path)
{
	return cl_glob_match_any(&config->include, path) && !cl_glob_match_any(&config->exclude, path);
}

static int is_reported(const run_state *st, const char *path)
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

/* A Markdown file as read, before it is parsed. */
typedef struct {
	const char *path;
	char *data;
	size_t len;
	cl_read_result result;
	char blob[CL_OID_HEX];
	int staged_change;    /* --staged: its blob isn't HEAD's */
	size_t history_index; /* in the walk's documents, or SIZE_MAX */
	int evidence_only;    /* its history is read only as evidence */
} raw_file;

/* The history walk, run beside the parsing on a repository handle of its
 * own (libgit2 objects must not cross threads). */
typedef struct {
	cl_repo *repo;
	const cl_config *config;
	const cl_people *people;
	cl_content_id *ids;
	size_t count;
	cl_history *history;
	int verify; /* check signatures: require_signature, or status shows them */
	cl_error err;
	int rc;
} history_job;

static void *run_history_job(void *arg)
{
	history_job *job = arg;

	job->rc = cl_history_read(&job->history, job->repo, job->config, job->people, job->ids, job->count,
	                          &job->err);
	if (job->rc == 0 && job->verify)
		job->rc = cl_history_verify(job->history, job->repo, job->people,
		                            job->config->require_signature, &job->err);
	return NULL;
}

static cl_document *parse_raw(const raw_file *raw)
{
	char *reason;
	cl_document *doc;

	switch (raw->result) {
	case CL_READ_OK:
		return cl_document_parse(raw->path, raw->data, raw->len);
	case CL_READ_TOO_LARGE:
		reason = cl_printf(
		        "file is %zu bytes, over the %d bytes (512 KiB) clauselint reads as Markdown; split it, or exclude it in .clauselint.yml",
		        raw->len, CL_MAX_FILE_BYTES);
		doc = cl_document_unreadable(raw->path, reason);
		free(reason);
		return doc;
	case CL_READ_NOT_REGULAR:
	case CL_READ_MISSING:
		return NULL;
	default:
		return cl_document_unreadable(raw->path, "file cannot be read");
	}
}

/* Reads every Markdown file and the blob id of its content: what the
 * history walk needs to start. */
/* Under --staged, a blob that isn't HEAD's is a change being committed. */
static int is_staged_change(run_state *st, const raw_file *raw)
{
	char head[CL_OID_HEX];

	return cl_repo_head_blob_id(head, st->repo, raw->path) < 0 || strcmp(head, raw->blob) != 0;
}

static raw_file *read_raw_files(run_state *st, size_t *count)
{
	raw_file *raws = cl_calloc(st->files.count ? st->files.count : 1, sizeof(raw_file));
	size_t n = 0;

	for (size_t i = 0; i < st->files.count; i++) {
		raw_file *raw = &raws[n];

		if (!is_markdown(&st->config, st->files.items[i]))
			continue;
		raw->path = st->files.items[i];
		raw->result = cl_repo_read(&raw->data, &raw->len, st->repo, raw->path, CL_MAX_FILE_BYTES);
		if (raw->result != CL_READ_OK ||
		    cl_repo_blob_id(raw->blob, st->repo, raw->path, raw->data, raw->len) < 0)
			raw->blob[0] = '\0';
		raw->staged_change = cl_repo_source(st->repo) == CL_SOURCE_INDEX && is_staged_change(st, raw);
		n++;
	}
	*count = n;
	return raws;
}

/* 1 when the walk runs in a thread, 0 when it has run here already, -1
 * when the repository can't be opened a second time. */
/*
 * The documents whose history is read: those that will be reported.
 * PATHs and --changed-since narrow the report, and --staged without PATHs
 * reports approvals only for the changes being committed: a pre-commit
 * hook blocks what its author can fix now, not every unapproved policy.
 * A walk for a few documents reads only their folders.
 */
/*
 * Whether a file's front matter may say it is a statement or a resource
 * approval, whose approval by top management repository-level rules
 * check whatever is reported. Decided before parsing, from the bytes, so
 * it errs towards yes: a false yes only reads one more folder's history.
 */
static int may_be_approved_evidence(const raw_file *raw)
{
	const char *text = raw->data, *end;

	if (!text || strncmp(text + (strncmp(text, "\xef\xbb\xbf", 3) == 0 ? 3 : 0), "---", 3) != 0)
		return 0;
	end = strstr(text + 3, "\n---");
	if (!end)
		end = strstr(text + 3, "\n...");
	if (!end)
		end = text + raw->len;
	for (const char *p = text; p < end; p++)
		if (strncasecmp(p, "statement", 9) == 0 || strncasecmp(p, "resource-approval", 17) == 0)
			return 1;
	return 0;
}

static int wants_history(const run_state *st, const cl_run_options *opts, const raw_file *raw)
{
	if (!raw->blob[0] || !is_reported(st, raw->path))
		return 0;
	if (st->changed_since && cl_repo_same_at_base(st->repo, raw->path, raw->blob))
		return 0;
	if (opts->source == CL_SOURCE_INDEX && !opts->path_count)
		return raw->staged_change;
	return 1;
}

static int start_history(run_state *st, history_job *job, pthread_t *thread, raw_file *raws, size_t n,
                         const cl_run_options *opts, cl_error *err)
{
	size_t k = 0;

	memset(job, 0, sizeof(*job));
	job->config = &st->config;
	job->people = &st->people;
	job->verify = st->config.require_signature || opts->want_status;
	job->ids = cl_calloc(n ? n : 1, sizeof(cl_content_id));
	for (size_t i = 0; i < n; i++) {
		raws[i].history_index = SIZE_MAX;
		if (!wants_history(st, opts, &raws[i])) {
			if (!raws[i].blob[0] || !may_be_approved_evidence(&raws[i]))
				continue;
			raws[i].evidence_only = 1;
		}
		raws[i].history_index = k;
		job->ids[k].path = raws[i].path;
		job->ids[k++].blob = raws[i].blob;
	}
	job->count = k;
	if (cl_repo_reopen(&job->repo, st->repo, opts->rev, err) < 0) {
		free(job->ids);
		job->ids = NULL;
		return -1;
	}
	if (!(git_libgit2_features() & GIT_FEATURE_THREADS) ||
	    pthread_create(thread, NULL, run_history_job, job) != 0) {
		run_history_job(job);
		return 0;
	}
	return 1;
}

static int finish_history(run_state *st, history_job *job, pthread_t thread, int threaded, cl_error *err)
{
	if (threaded > 0)
		pthread_join(thread, NULL);
	if (job->rc < 0)
		*err = job->err;
	st->history = job->history;
	cl_repo_free(job->repo);
	free(job->ids);
	return job->rc;
}

static void identify_content(cl_document *doc, const raw_file *raw)
{
	memcpy(doc->blob, raw->blob, CL_OID_HEX);
	doc->staged_change = raw->staged_change;
	doc->history_evidence_only = raw->evidence_only;
}

/* Each document's history, by the index its file had in the walk. */
static void attach_history(run_state *st, const size_t *history_index)
{
	for (size_t d = 0; d < st->document_count; d++) {
		cl_document *doc = st->documents[d];

		if (history_index[d] != SIZE_MAX && cl_document_in_scope(doc))
			doc->history = cl_history_at(st->history, history_index[d]);
	}
}

/* Parses the documents while the history is walked, then joins them:
 * the two halves of the work, on two cores. A shallow history ends at
 * its graft, where approvals would look missing: it isn't walked, and
 * history-shallow says why. */
static int read_documents(run_state *st, const cl_run_options *opts, cl_error *err)
{
	size_t n = 0;
	raw_file *raws = read_raw_files(st, &n);
	int walk = !cl_repo_is_shallow(st->repo);
	history_job job;
	pthread_t thread;
	int threaded = 0, rc = 0;
	size_t *history_index = cl_calloc(n ? n : 1, sizeof(size_t));

	for (size_t i = 0; i < n; i++)
		raws[i].history_index = SIZE_MAX;
	if (walk)
		threaded = start_history(st, &job, &thread, raws, n, opts, err);
	st->documents = cl_calloc(n ? n : 1, sizeof(cl_document *));
	for (size_t i = 0; i < n; i++) {
		cl_document *doc = parse_raw(&raws[i]);

		free(raws[i].data);
		/* A file that vanished keeps no place, and had no blob. */
		if (!doc)
			continue;
		doc->under_governed_glob = cl_glob_match_any(&st->config.governed, doc->path);
		identify_content(doc, &raws[i]);
		history_index[st->document_count] = raws[i].history_index;
		st->documents[st->document_count++] = doc;
	}
	if (threaded >= 0 && walk) {
		rc = finish_history(st, &job, thread, threaded, err);
		if (rc == 0)
			attach_history(st, history_index);
	}
	/* Only now: the walk's document ids point into the raw files. */
	free(raws);
	free(history_index);
	return threaded < 0 ? -1 : rc;
}

/* --changed-since: a document unchanged since the merge base is the base
 * branch's business, not this change's. */
static int changed_since_base(const run_state *st, const char *path)
{
	const cl_document *doc;

	if (!st->changed_since)
		return 1;
	doc = cl_documents_find(st->documents, st->document_count, path);
	return !doc || !cl_repo_same_at_base(st->repo, path, doc->blob);
}

/* PATH arguments and --changed-since narrow what is reported, never what
 * is checked: a duplicate id needs every document to be found.
 * Repository-level findings stay. */
static void filter_reported(cl_findings *list, const run_state *st)
{
	const char *config_path = st->config.display_path;
	size_t kept = 0;

	for (size_t i = 0; i < list->count; i++) {
		cl_finding *f = &list->items[i];
		int repository_level = !f->path || (config_path && strcmp(f->path, config_path) == 0);

		if (repository_level || (is_reported(st, f->path) && changed_since_base(st, f->path))) {
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
static void collect_reported_documents(cl_strvec *out, const run_state *st)
{
	for (size_t i = 0; i < st->document_count; i++) {
		const cl_document *doc = st->documents[i];
		int counted = doc->governed || doc->unreadable || doc->front_matter_error ||
		              doc->under_governed_glob;

		if (counted && is_reported(st, doc->path) && changed_since_base(st, doc->path))
			cl_strvec_push(out, doc->path);
	}
}

/* Status rows obey PATH arguments like findings do. */
static void collect_status(cl_run_result *out, const cl_lint *lint, const run_state *st)
{
	size_t kept = 0;

	cl_status_collect(out, lint);
	for (size_t i = 0; i < out->row_count; i++) {
		if (is_reported(st, out->rows[i].path))
			out->rows[kept++] = out->rows[i];
		else
			cl_status_row_clear(&out->rows[i]);
	}
	out->row_count = kept;
}

/* So do requirement rows, by the note's path. */
static void collect_requirements(cl_run_result *out, const cl_lint *lint, const run_state *st)
{
	size_t kept = 0;

	cl_requirements_collect(out, lint);
	for (size_t i = 0; i < out->requirement_count; i++) {
		if (is_reported(st, out->requirements[i].path))
			out->requirements[kept++] = out->requirements[i];
		else
			cl_requirement_row_clear(&out->requirements[i]);
	}
	out->requirement_count = kept;
}

static void free_state(run_state *st)
{
	cl_history_free(st->history);
	for (size_t i = 0; i < st->document_count; i++)
		cl_document_free(st->documents[i]);
	free(st->documents);
	cl_strvec_free(&st->files);
	cl_strvec_free(&st->report_paths);
	cl_people_free(&st->people);
	cl_config_free(&st->config);
	cl_baseline_free(st->baseline);
	cl_repo_free(st->repo);
}

static int prepare(run_state *st, const cl_run_options *opts, cl_error *err)
{
	if (cl_repo_open(&st->repo, ".", err) < 0)
		return -1;
	if (cl_repo_select(st->repo, opts->source, opts->rev, err) < 0)
		return -1;
	if (load_config(st, opts, err) < 0 || load_people(st, err) < 0 || resolve_paths(st, opts, err) < 0)
		return -1;
	if (opts->baseline_file && load_baseline(st, opts->baseline_file, err) < 0)
		return -1;
	/* A shallow clone may end before the merge base (and libgit2 1.5
	 * leaks when its search runs into the cut): history-shallow says
	 * why, and every document is reported, so nothing is skipped on a
	 * guess. */
	st->changed_since = opts->changed_since && !cl_repo_is_shallow(st->repo);
	if (st->changed_since && cl_repo_set_base(st->repo, opts->changed_since, err) < 0)
		return -1;
	if (cl_repo_list_files(&st->files, st->repo, err) < 0 || check_paths_match(st, opts, err) < 0)
		return -1;
	return read_documents(st, opts, err);
}

int cl_run(cl_run_result *out, const cl_run_options *opts, cl_error *err)
{
	run_state st;
	cl_lint lint;
	size_t baselined;

	memset(out, 0, sizeof(*out));
	memset(&st, 0, sizeof(st));
	st.rules = opts->rules;
	if (prepare(&st, opts, err) < 0) {
		free_state(&st);
		return -1;
	}
	memset(&lint, 0, sizeof(lint));
	lint.config = &st.config;
	lint.people = &st.people;
	lint.documents = st.documents;
	lint.document_count = st.document_count;
	lint.files = &st.files;
	lint.today = opts->today;
	lint.findings = &out->findings;
	lint.shallow = cl_repo_is_shallow(st.repo);
	lint.history_read = st.history != NULL;
	lint.staged = opts->source == CL_SOURCE_INDEX;
	cl_lint_run(&lint, opts->rules);
	if (opts->want_status)
		collect_status(out, &lint, &st);
	if (opts->want_requirements)
		collect_requirements(out, &lint, &st);
	filter_reported(&out->findings, &st);
	collect_reported_documents(&out->documents, &st);
	/* After the fingerprints (set in sorting: the baseline's were set on
	 * the whole list too) and after PATHs narrowed the report, so that
	 * only what would be reported counts as held back. */
	baselined = cl_baseline_filter(st.baseline, &out->findings);
	cl_summary_count(&out->summary, &out->findings, out->documents.count);
	out->summary.has_baseline = st.baseline != NULL;
	out->summary.baselined = baselined;
	out->framework = cl_strdup(st.config.framework);
	out->root = cl_repo_workdir(st.repo) ? real_workdir(st.repo) : NULL;
	free_state(&st);
	return 0;
}

void cl_run_result_free(cl_run_result *result)
{
	cl_findings_free(&result->findings);
	cl_strvec_free(&result->documents);
	free(result->root);
	cl_status_rows_free(result);
	cl_requirements_free(result);
	free(result->framework);
	memset(result, 0, sizeof(*result));
}
