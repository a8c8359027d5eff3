/*
 * narrow.c: PATH arguments and --changed-since narrow what is reported,
 * never what is checked (a duplicate id needs every document to be
 * found); repository-level findings stay.
 */
#include "engine/run.h"

#include <stdlib.h>
#include <string.h>

/* --changed-since: a document unchanged since the merge base is the base
 * branch's business, not this change's. */
static int changed_since_base(const cl_run_state *st, const char *path)
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
void cl_run_narrow_findings(cl_findings *list, const cl_run_state *st)
{
	const char *config_path = st->config.display_path;
	size_t kept = 0;

	for (size_t i = 0; i < list->count; i++) {
		cl_finding *f = &list->items[i];
		/* On no file, on the configuration, or on another file that is
		 * no document (a trust input: people.yml, .mailmap). */
		int repository_level = f->repository_level || !f->path ||
		                       (config_path && strcmp(f->path, config_path) == 0) ||
		                       !cl_documents_find(st->documents, st->document_count, f->path);

		if (repository_level ||
		    (cl_run_is_reported(st, f->path) && changed_since_base(st, f->path))) {
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
void cl_run_reported_documents(cl_strvec *out, const cl_run_state *st)
{
	for (size_t i = 0; i < st->document_count; i++) {
		const cl_document *doc = st->documents[i];
		int counted = doc->governed || doc->unreadable || doc->front_matter_error ||
		              doc->under_governed_glob;

		if (counted && cl_run_is_reported(st, doc->path) && changed_since_base(st, doc->path))
			cl_strvec_push(out, doc->path);
	}
}

void cl_run_count_skipped(cl_summary *out, const cl_run_state *st)
{
	memcpy(out->skipped, st->left_out, sizeof(out->skipped));
	for (size_t i = 0; i < st->document_count; i++) {
		const cl_document *doc = st->documents[i];

		if (doc->skipped && cl_run_is_reported(st, doc->path) && changed_since_base(st, doc->path))
			out->skipped[doc->skipped]++;
	}
}

/* Status rows obey PATH arguments like findings do. */
void cl_run_collect_status(cl_run_result *out, const cl_lint *lint, const cl_run_state *st)
{
	size_t kept = 0;

	cl_status_collect(out, lint);
	for (size_t i = 0; i < out->row_count; i++) {
		if (cl_run_is_reported(st, out->rows[i].path))
			out->rows[kept++] = out->rows[i];
		else
			cl_status_row_clear(&out->rows[i]);
	}
	out->row_count = kept;
}

/* So do requirement rows, by the note's path. */
void cl_run_collect_requirements(cl_run_result *out, const cl_lint *lint, const cl_run_state *st)
{
	size_t kept = 0;

	cl_requirements_collect(out, lint);
	for (size_t i = 0; i < out->requirement_count; i++) {
		if (cl_run_is_reported(st, out->requirements[i].path))
			out->requirements[kept++] = out->requirements[i];
		else
			cl_requirement_row_clear(&out->requirements[i]);
	}
	out->requirement_count = kept;
}
