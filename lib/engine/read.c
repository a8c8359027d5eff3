/*
 * read.c: every Markdown file of the source read, and parsed while the
 * history is walked beside it (walk.c): the two halves of the work, on
 * two cores.
 */
#include "engine/run.h"
#include "config/glob.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int cl_run_is_markdown(const cl_config *config, const char *path)
{
	return cl_glob_match_any(&config->include, path) && !cl_glob_match_any(&config->exclude, path);
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

/* Under --staged, a blob that isn't HEAD's is a change being committed. */
static int is_staged_change(cl_run_state *st, const raw_file *raw)
{
	char head[CL_OID_HEX];

	return cl_repo_head_blob_id(head, st->repo, raw->path) < 0 || strcmp(head, raw->blob) != 0;
}

/* Reads every Markdown file and the blob id of its content: what the
 * history walk needs to start. */
static raw_file *read_raw_files(cl_run_state *st, size_t *count)
{
	raw_file *raws = cl_calloc(st->files.count ? st->files.count : 1, sizeof(raw_file));
	size_t n = 0;

	for (size_t i = 0; i < st->files.count; i++) {
		raw_file *raw = &raws[n];

		if (!cl_run_is_markdown(&st->config, st->files.items[i]))
			continue;
		raw->path = st->files.items[i];
		raw->result = cl_repo_read(&raw->data, &raw->len, st->repo, raw->path, CL_MAX_FILE_BYTES);
		if (raw->result != CL_READ_OK ||
		    cl_repo_blob_id(raw->blob, st->repo, raw->path, raw->data, raw->len) < 0)
			raw->blob[0] = '\0';
		else
			cl_repo_use_checked_out(&raw->data, &raw->len, raw->blob, st->repo, raw->path,
			                        CL_MAX_FILE_BYTES);
		raw->staged_change = cl_repo_source(st->repo) == CL_SOURCE_INDEX && is_staged_change(st, raw);
		n++;
	}
	*count = n;
	return raws;
}

static void identify_content(cl_document *doc, const raw_file *raw)
{
	memcpy(doc->blob, raw->blob, CL_OID_HEX);
	doc->staged_change = raw->staged_change;
	doc->history_evidence_only = raw->evidence_only;
}

/* Parses the documents while the history is walked, then joins them:
 * the two halves of the work, on two cores. A shallow history ends at
 * its graft, where approvals would look missing: it isn't walked, and
 * history-shallow says why. */
int cl_run_read_documents(cl_run_state *st, const cl_run_options *opts, cl_error *err)
{
	size_t n = 0;
	raw_file *raws = read_raw_files(st, &n);
	int walk = !cl_repo_is_shallow(st->repo);
	history_job job;
	/* Set by cl_run_start_history only when the walk gets a thread of
	 * its own; the inline walk passes it on untouched (scan-build). */
	pthread_t thread = {0};
	int threaded = 0, rc = 0;
	size_t *history_index = cl_calloc(n ? n : 1, sizeof(size_t));

	for (size_t i = 0; i < n; i++)
		raws[i].history_index = SIZE_MAX;
	if (walk)
		threaded = cl_run_start_history(st, &job, &thread, raws, n, opts, err);
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
		rc = cl_run_finish_history(st, &job, thread, threaded, err);
		if (rc == 0) {
			cl_run_attach_history(st, history_index);
			cl_run_read_versions(st, st->walk_repo);
			/* Its caches are the walk's: no later stage reads through it. */
			cl_repo_free(st->walk_repo);
			st->walk_repo = NULL;
		}
	}
	/* Only now: the walk's document ids point into the raw files. */
	free(raws);
	free(history_index);
	return threaded < 0 ? -1 : rc;
}
