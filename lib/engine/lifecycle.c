/*
 * lifecycle.c: the documents that left what is in force without leaving
 * the history: paths some approval brought a version into force at,
 * which the linted content has no document at (docs/approvals.md). Each
 * path's approvals and withdrawals are followed oldest first, as a
 * document's are (versions.c); what is still in force at the end, active
 * and approved, and has no document any more, left without approval.
 */
#include "engine/run.h"
#include "model/approval.h"

#include <stdlib.h>
#include <string.h>

/* What is in force at a path, by its events. */
typedef struct {
	cl_document *version;
	const cl_approval *approval;
	char blob[CL_OID_HEX];
} in_force;

/* One event: a withdrawal ends what is in force when whoever it
 * required approved it; an approval brings its version in when it meets
 * what that version and the one in force require. */
static void apply_event(in_force *now, cl_run_state *st, const char *path, const cl_path_event *e)
{
	cl_document *version;

	if (!e->blob[0]) {
		if (now->version &&
		    cl_approval_brings_into_force(&st->config, now->version, NULL, e->approval)) {
			cl_document_free(now->version);
			memset(now, 0, sizeof(*now));
		}
		return;
	}
	version = cl_run_read_version(&st->config, st->repo, path, e->blob);
	if (!version || !cl_approval_brings_into_force(&st->config, version, now->version, e->approval)) {
		cl_document_free(version);
		return;
	}
	cl_document_free(now->version);
	now->version = version;
	now->approval = e->approval;
	memcpy(now->blob, e->blob, CL_OID_HEX);
}

/* A document of the linted content that carries on what was at the path:
 * its very content (moved), or its id. Its approvals older than this
 * one's are superseded by it, and this version's requirements stand on
 * it (a move with an edit is still a change of that document): as its
 * prior when it has none, else beside its own (`carried`). */
static int carried_on(cl_run_state *st, in_force *now)
{
	const char *id = now->version->id;

	for (size_t i = 0; i < st->document_count; i++) {
		cl_document *doc = st->documents[i];

		if (strcmp(doc->blob, now->blob) == 0)
			return 1;
		if (!id || !doc->governed || !doc->id || strcmp(doc->id, id) != 0)
			continue;
		/* Older bytes of the document restored under a new path are
		 * superseded as they would be under the old one. */
		doc->superseded_by = now->approval;
		if (doc->history && !doc->prior) {
			doc->prior = now->version;
			memcpy(doc->prior_commit, now->approval->commit, CL_OID_HEX);
			doc->prior_date = now->approval->date;
			now->version = NULL;
		} else if (doc->history && !doc->carried) {
			doc->carried = now->version;
			memcpy(doc->carried_commit, now->approval->commit, CL_OID_HEX);
			now->version = NULL;
		}
		return 1;
	}
	return 0;
}

/* Whether the report covers the path's leaving: PATHs name it. (Under
 * --changed-since or --staged alone, the walk followed only the paths
 * the change removed: gone.c.) Under --staged, whether the index is what
 * removes it. */
static int covered(cl_run_state *st, const char *path, int *staged_change)
{
	char head[CL_OID_HEX];

	*staged_change = cl_repo_source(st->repo) == CL_SOURCE_INDEX &&
	                 cl_repo_head_blob_id(head, st->repo, path) == 0;
	return cl_run_is_reported(st, path);
}

static int record_lost(cl_run_state *st, const char *path, in_force *now, int staged_change, cl_error *err)
{
	cl_lost_document *lost;
	char head[CL_OID_HEX];
	cl_mailmap_text mailmap = {st->mailmap, st->mailmap_len};
	int found = 0;

	st->lost = cl_realloc(st->lost, (st->lost_count + 1) * sizeof(*st->lost));
	lost = memset(&st->lost[st->lost_count++], 0, sizeof(*lost));
	lost->path = cl_strdup(path);
	lost->version = now->version;
	lost->approval = now->approval;
	lost->staged_change = staged_change;
	now->version = NULL;
	/* Still in HEAD: the working tree or the index removes it. */
	lost->uncommitted =
	        cl_repo_source(st->repo) != CL_SOURCE_REV && cl_repo_head_blob_id(head, st->repo, path) == 0;
	if (!lost->uncommitted)
		found = cl_history_find_removal(&lost->removal, st->repo, path, &st->people, &mailmap, err);
	lost->has_removal = found > 0;
	return found < 0 ? -1 : 0;
}

static int judge_path(cl_run_state *st, const cl_lost_path *p, cl_error *err)
{
	in_force now;
	int staged_change, rc = 0;

	if (cl_documents_find(st->documents, st->document_count, p->path) ||
	    !covered(st, p->path, &staged_change))
		return 0;
	memset(&now, 0, sizeof(now));
	for (size_t i = p->count; i-- > 0;)
		apply_event(&now, st, p->path, &p->events[i]);
	if (now.version && cl_version_needs_approval(now.version) && !carried_on(st, &now))
		rc = record_lost(st, p->path, &now, staged_change, err);
	cl_document_free(now.version);
	return rc;
}

int cl_run_find_lost(cl_run_state *st, cl_error *err)
{
	size_t count;
	const cl_lost_path *paths = cl_history_lost(st->history, &count);

	for (size_t i = 0; i < count; i++)
		if (judge_path(st, &paths[i], err) < 0)
			return -1;
	return 0;
}

void cl_run_free_lost(cl_run_state *st)
{
	for (size_t i = 0; i < st->lost_count; i++)
		cl_lost_document_clear(&st->lost[i]);
	free(st->lost);
	st->lost = NULL;
	st->lost_count = 0;
}
