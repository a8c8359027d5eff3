/*
 * walk.c: the history walk of a run: which documents' history is read,
 * and the walk itself in a thread of its own, on a repository handle of
 * its own (libgit2 objects must not cross threads).
 */
#include "engine/run.h"

#include "history/cache.h"

#include <git2/common.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static void *run_history_job(void *arg)
{
	history_job *job = arg;
	cl_error ignored = {{0}};

	job->rc = cl_history_read(&job->history, job->repo, job->config, job->people, &job->inputs, job->ids,
	                          job->count, &job->err);
	/* A cache that can't be written costs the next run time, not this
	 * one its result. */
	if (job->rc == 0 && job->inputs.cache)
		(void)cl_commit_cache_save(job->inputs.cache, &ignored);
	if (job->rc == 0 && job->verify)
		job->rc = cl_history_verify(job->history, job->repo, job->people,
		                            job->config->require_signature, &job->err);
	return NULL;
}

/* The types whose approval repository-level rules check whatever is
 * reported: the statement, and the records that are evidence
 * (lib/model/evidence.c). */
static int is_evidence_type(const char *value, size_t len)
{
	static const char *const types[] = {"statement", "resource-approval", "review", "training",
	                                    "acknowledgement"};

	const char *comment = memchr(value, '#', len);

	if (comment)
		len = (size_t)(comment - value);
	while (len && (value[len - 1] == ' ' || value[len - 1] == '\t' || value[len - 1] == '\r'))
		len--;
	if (len >= 2 && (value[0] == '"' || value[0] == '\'') && value[len - 1] == value[0]) {
		value++;
		len -= 2;
	}
	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
		if (strlen(types[i]) == len && strncmp(types[i], value, len) == 0)
			return 1;
	return 0;
}

/*
 * Whether a file's front matter may say it is of such a type. Decided
 * before parsing, from the bytes, so it errs towards yes: a `type:` line
 * decides by its value; without one, any "type" in the front matter (a
 * flow mapping, a comment) is a yes. A false yes only reads one more
 * folder's history.
 */
int cl_run_may_be_evidence(const char *data, size_t len)
{
	const char *text = data, *end, *line;
	int any_type = 0;

	if (!text || strncmp(text + (strncmp(text, "\xef\xbb\xbf", 3) == 0 ? 3 : 0), "---", 3) != 0)
		return 0;
	end = strstr(text + 3, "\n---");
	if (!end)
		end = strstr(text + 3, "\n...");
	if (!end)
		end = text + len;
	for (line = text; line && line < end; line = memchr(line, '\n', (size_t)(end - line))) {
		const char *eol;

		line += *line == '\n';
		eol = memchr(line, '\n', (size_t)(end - line));
		if (!eol)
			eol = end;
		if (strncmp(line, "type:", 5) == 0) {
			const char *v = line + 5;

			while (v < eol && (*v == ' ' || *v == '\t'))
				v++;
			return is_evidence_type(v, (size_t)(eol - v));
		}
	}
	for (const char *p = text; p + 4 <= end && !any_type; p++)
		any_type = strncasecmp(p, "type", 4) == 0;
	return any_type;
}

/*
 * The documents whose history is read: those that will be reported.
 * PATHs and --changed-since narrow the report, and --staged without PATHs
 * reports approvals only for the changes being committed: a pre-commit
 * hook blocks what its author can fix now, not every unapproved policy.
 * A walk for a few documents reads only their folders.
 */
static int wants_history(const cl_run_state *st, const cl_run_options *opts, const raw_file *raw)
{
	if (!raw->blob[0] || !cl_run_is_reported(st, raw->path))
		return 0;
	if (st->changed_since && cl_repo_same_at_base(st->repo, raw->path, raw->blob))
		return 0;
	if (opts->source == CL_SOURCE_INDEX && !opts->path_count)
		return raw->staged_change;
	return 1;
}

/* The trust inputs the source has are followed too, for who changed each
 * last (the trust rule names them); one that is also a Markdown file
 * read as a document is followed as that. */
static size_t follow_trust_inputs(cl_run_state *st, cl_content_id *ids, size_t k, const raw_file *raws,
                                  size_t n)
{
	for (int t = 0; t < CL_TRUST_KINDS; t++) {
		const cl_trust_input *in = &st->trust.inputs[t];
		int read_as_document = 0;

		st->trust_history_index[t] = SIZE_MAX;
		if (!in->governed || !in->exists)
			continue;
		for (size_t i = 0; i < n && !read_as_document; i++)
			read_as_document = strcmp(raws[i].path, in->path) == 0;
		if (read_as_document)
			continue;
		st->trust_history_index[t] = k;
		ids[k].path = in->path;
		ids[k++].blob = in->blob;
	}
	return k;
}

/* ---- the cache ---- */

static cl_commit_cache *open_cache(const cl_run_state *st, const cl_run_options *opts)
{
	char *file;
	cl_commit_cache *cache;

	if (!opts->cache_dir || !*opts->cache_dir)
		return NULL;
	file = cl_commit_cache_file(st->repo, opts->cache_dir);
	if (!file)
		return NULL;
	cache = cl_commit_cache_open(file);
	free(file);
	return cache;
}

/* 1 when the walk runs in a thread, 0 when it has run here already, -1
 * when the repository can't be opened a second time. */
int cl_run_start_history(cl_run_state *st, history_job *job, pthread_t *thread, raw_file *raws, size_t n,
                         const cl_run_options *opts, cl_error *err)
{
	size_t k = 0;

	memset(job, 0, sizeof(*job));
	job->config = &st->config;
	job->people = &st->people;
	job->mailmap.text = st->mailmap;
	job->mailmap.len = st->mailmap_len;
	job->inputs.mailmap = &job->mailmap;
	job->inputs.lost_watch = st->has_gone ? &st->gone : NULL;
	job->inputs.progress = st->progress;
	job->inputs.cache = open_cache(st, opts);
	job->verify = st->config.require_signature || opts->want_status;
	job->ids = cl_calloc(n + CL_TRUST_KINDS, sizeof(cl_content_id));
	for (size_t i = 0; i < n; i++) {
		raws[i].history_index = SIZE_MAX;
		if (!wants_history(st, opts, &raws[i])) {
			if (!raws[i].blob[0] || !raws[i].may_be_evidence)
				continue;
			raws[i].evidence_only = 1;
		}
		raws[i].history_index = k;
		job->ids[k].path = raws[i].path;
		job->ids[k++].blob = raws[i].blob;
	}
	k = follow_trust_inputs(st, job->ids, k, raws, n);
	job->count = k;
	if (cl_repo_reopen(&job->repo, st->repo, opts->rev, err) < 0) {
		free(job->ids);
		job->ids = NULL;
		cl_commit_cache_free(job->inputs.cache);
		job->inputs.cache = NULL;
		return -1;
	}
	if (!(git_libgit2_features() & GIT_FEATURE_THREADS) ||
	    pthread_create(thread, NULL, run_history_job, job) != 0) {
		run_history_job(job);
		return 0;
	}
	return 1;
}

int cl_run_finish_history(cl_run_state *st, history_job *job, pthread_t thread, int threaded, cl_error *err)
{
	if (threaded > 0)
		pthread_join(thread, NULL);
	if (job->rc < 0)
		*err = job->err;
	st->history = job->history;
	st->walk_repo = job->repo;
	free(job->ids);
	cl_commit_cache_free(job->inputs.cache);
	job->inputs.cache = NULL;
	return job->rc;
}

/* Each document's history, by the index its file had in the walk. */
void cl_run_attach_history(cl_run_state *st, const size_t *history_index)
{
	for (size_t d = 0; d < st->document_count; d++) {
		cl_document *doc = st->documents[d];

		if (history_index[d] != SIZE_MAX)
			doc->history = cl_history_at(st->history, history_index[d]);
	}
	for (int t = 0; t < CL_TRUST_KINDS; t++)
		if (st->trust_history_index[t] != SIZE_MAX)
			st->trust.inputs[t].history = cl_history_at(st->history, st->trust_history_index[t]);
}
