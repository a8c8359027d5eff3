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

int cl_run_markdown_skip(const cl_config *config, const char *path)
{
	if (!cl_glob_match_any(&config->include, path))
		return -1;
	if (cl_config_built_in_excluded(path))
		return CL_SKIP_BUILT_IN;
	if (cl_glob_match_any(&config->exclude, path))
		return CL_SKIP_EXCLUDED;
	return CL_SKIP_NONE;
}

int cl_run_is_markdown(const cl_config *config, const char *path)
{
	return cl_run_markdown_skip(config, path) == CL_SKIP_NONE;
}

/* The bytes of a file too large to read that are read for its front
 * matter: far more than any front matter of ours takes. */
#define TOO_LARGE_HEAD (64 * 1024)

/* A file over the limit is reported only when it says it is ours: a
 * 600 KB changelog is nobody's policy. */
static cl_document *parse_too_large(cl_run_state *st, const raw_file *raw, const cl_read_as *as)
{
	char *head = NULL;
	size_t head_len = 0;
	cl_document *doc;

	if (cl_repo_read_head(&head, &head_len, st->repo, raw->path, TOO_LARGE_HEAD) != CL_READ_OK)
		head_len = 0;
	doc = cl_document_too_large(raw->path, head ? head : "", head_len, raw->len, as);
	free(head);
	return doc;
}

/* Whether the file's own findings are reported: it is under a PATH, and
 * changed since the base of --changed-since (narrow.c). */
static int is_reported(const cl_run_state *st, const raw_file *raw)
{
	if (!cl_run_is_reported(st, raw->path))
		return 0;
	return !st->changed_since || !raw->blob[0] || !cl_repo_same_at_base(st->repo, raw->path, raw->blob);
}

static cl_document *parse_raw(cl_run_state *st, const raw_file *raw)
{
	int must_govern = cl_glob_match_any(&st->config.governed, raw->path);
	cl_read_as as = {&st->config.reading, cl_config_path_type(&st->config, raw->path), must_govern};
	cl_document *doc;

	switch (raw->result) {
	case CL_READ_OK:
		doc = is_reported(st, raw) ? cl_document_read(raw->path, raw->data, raw->len, &as)
		                           : cl_document_read_unreported(raw->path, raw->data, raw->len, &as);
		break;
	case CL_READ_TOO_LARGE:
		doc = parse_too_large(st, raw, &as);
		break;
	case CL_READ_NOT_REGULAR:
	case CL_READ_MISSING:
		return NULL;
	default:
		doc = cl_document_unreadable(raw->path, "file cannot be read");
		break;
	}
	doc->under_governed_glob = must_govern;
	return doc;
}

/* Under --staged, a blob that isn't HEAD's is a change being committed. */
static int is_staged_change(cl_run_state *st, const raw_file *raw)
{
	char head[CL_OID_HEX];

	return cl_repo_head_blob_id(head, st->repo, raw->path) < 0 || strcmp(head, raw->blob) != 0;
}

/* How many bytes of read files are kept from the first reading to the
 * parse. The walk needs every file's blob id before it starts, and
 * holding every file's bytes until then made the peak grow with the
 * documents' size (120 MB for 5,000 documents of 24 KB: bench/README.md);
 * past this much, a file is hashed, let go, and read again to be
 * parsed. */
#define RAW_KEEP_BYTES (8 * 1024 * 1024)

/* The bytes of `path` and the id of the blob they are, as a run reads
 * them: through the clean filters, or as the index's blob when they are
 * what checking it out writes (repo.h). */
static cl_read_result read_identified(raw_file *raw, cl_run_state *st)
{
	raw->result = cl_repo_read(&raw->data, &raw->len, st->repo, raw->path, CL_MAX_FILE_BYTES);
	if (raw->result != CL_READ_OK ||
	    cl_repo_blob_id(raw->blob, st->repo, raw->path, raw->data, raw->len) < 0)
		raw->blob[0] = '\0';
	else
		cl_repo_use_checked_out(&raw->data, &raw->len, raw->blob, st->repo, raw->path,
		                        CL_MAX_FILE_BYTES);
	return raw->result;
}

/* Reads every Markdown file and the blob id of its content: what the
 * history walk needs to start. */
static raw_file *read_raw_files(cl_run_state *st, size_t *count)
{
	raw_file *raws = cl_calloc(st->files.count ? st->files.count : 1, sizeof(raw_file));
	size_t n = 0, kept = 0;

	for (size_t i = 0; i < st->files.count; i++) {
		raw_file *raw = &raws[n];
		int skip = cl_run_markdown_skip(&st->config, st->files.items[i]);

		if (skip > 0 && cl_run_is_reported(st, st->files.items[i]))
			st->left_out[skip]++;
		if (skip != CL_SKIP_NONE)
			continue;
		raw->path = st->files.items[i];
		/* Only a file that may be let go needs its stamp: none is
		 * while even the largest file still fits. */
		raw->has_stamp = kept + CL_MAX_FILE_BYTES > RAW_KEEP_BYTES &&
		                 cl_repo_file_stamp(&raw->stamp, st->repo, raw->path) == 0;
		read_identified(raw, st);
		raw->staged_change = cl_repo_source(st->repo) == CL_SOURCE_INDEX && is_staged_change(st, raw);
		if (raw->data)
			raw->may_be_evidence = cl_run_may_be_evidence(raw->data, raw->len);
		if (raw->data && raw->blob[0] && kept + raw->len > RAW_KEEP_BYTES) {
			free(raw->data);
			raw->data = NULL;
			raw->reread = 1;
		} else if (raw->data) {
			kept += raw->len;
		}
		n++;
	}
	*count = n;
	return raws;
}

/* The same file of the working tree, unwritten since its stamp was
 * taken: the bytes read now are the ones hashed then. */
static int unwritten_since(cl_run_state *st, const raw_file *raw)
{
	cl_file_stamp now;

	return raw->has_stamp && cl_repo_file_stamp(&now, st->repo, raw->path) == 0 &&
	       memcmp(&now, &raw->stamp, sizeof(now)) == 0;
}

/* A file let go after hashing, read again into a copy (the walk reads
 * the blob id of `raw` meanwhile): the same bytes, or, when the file
 * changed in between (its blob is no longer the one the walk follows), a
 * document that says so rather than one whose history is another
 * content's. A working-tree file whose stamp hasn't moved is not hashed
 * again (a second SHA-1 of every large document was a tenth of a lint of
 * bench/generate-other.py's repository). */
static cl_document *parse_reread(cl_run_state *st, raw_file *raw)
{
	raw_file again = *raw;
	cl_document *doc;
	int same = 0;

	/* Through filters, the first reading may have kept the index's blob
	 * instead of the bytes (cl_repo_use_checked_out): hashed again. */
	if (raw->has_stamp && !cl_repo_might_filter(st->repo)) {
		again.result = cl_repo_read(&again.data, &again.len, st->repo, raw->path, CL_MAX_FILE_BYTES);
		same = again.result == CL_READ_OK && unwritten_since(st, raw);
		if (!same) {
			free(again.data);
			again = *raw;
		}
	}
	if (!same)
		same = read_identified(&again, st) == CL_READ_OK && strcmp(again.blob, raw->blob) == 0;
	if (same) {
		doc = parse_raw(st, &again);
	} else {
		doc = cl_document_unreadable(
		        raw->path, "file changed while clauselint was reading it; run clauselint again");
		doc->under_governed_glob = cl_glob_match_any(&st->config.governed, raw->path);
	}
	free(again.data);
	return doc;
}

/* Every phrase a content rule may search a body's plain text for, in
 * any language (rules/policy.c): a document keeps which it holds, not
 * the text. */
static void searched_phrases(cl_strvec *out, const cl_config *config)
{
	static const cl_phrase_kind kinds[] = {CL_PHRASES_REQUIREMENTS, CL_PHRASES_IMPROVEMENT,
	                                       CL_PHRASES_OBJECTIVES};

	for (int l = 0; l < CL_LANGS; l++)
		for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
			for (size_t i = 0; i < config->phrases[l][kinds[k]].count; i++)
				cl_strvec_push(out, config->phrases[l][kinds[k]].items[i]);
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
	cl_strvec phrases = {0};

	for (size_t i = 0; i < n; i++)
		raws[i].history_index = SIZE_MAX;
	if (walk)
		threaded = cl_run_start_history(st, &job, &thread, raws, n, opts, err);
	searched_phrases(&phrases, &st->config);
	st->documents = cl_calloc(n ? n : 1, sizeof(cl_document *));
	if (st->progress)
		st->progress->documents_total = n;
	for (size_t i = 0; i < n; i++) {
		cl_document *doc = raws[i].reread ? parse_reread(st, &raws[i]) : parse_raw(st, &raws[i]);

		if (st->progress)
			st->progress->documents_parsed++;
		free(raws[i].data);
		/* A file that vanished keeps no place, and had no blob. */
		if (!doc)
			continue;
		cl_document_keep_phrases(doc, &phrases);
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
	cl_strvec_free(&phrases);
	return threaded < 0 ? -1 : rc;
}
