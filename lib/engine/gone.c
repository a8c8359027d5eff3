/*
 * gone.c: what a change removed. A pull-request check or a pre-commit
 * hook reports a document's leaving only when the change being checked
 * made it leave (lifecycle.c), so the walk need follow only those paths,
 * in their folders, instead of comparing every approval commit whole.
 */
#include "engine/run.h"

int cl_run_find_gone(cl_run_state *st, cl_error *err)
{
	cl_strvec before = CL_STRVEC_INIT;

	if (!st->changed_since && !st->staged_only)
		return 0;
	if (cl_repo_list_base_files(&before, st->repo, st->changed_since, err) < 0)
		return -1;
	for (size_t i = 0; i < before.count; i++)
		if (cl_run_is_markdown(&st->config, before.items[i]) &&
		    !cl_strvec_contains_sorted(&st->files, before.items[i]))
			cl_strvec_push(&st->gone, before.items[i]);
	cl_strvec_free(&before);
	st->has_gone = 1;
	return 0;
}
