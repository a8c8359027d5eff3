/*
 * lost.c: see lost.h.
 */
#include "history/lost.h"
#include "history/identity.h"

#include <stdlib.h>
#include <string.h>

static cl_lost_path *path_entry(cl_lost_paths *lost, const char *path)
{
	size_t at = (size_t)cl_map_gets(&lost->by_path, path);
	void *p = lost->items;

	if (at)
		return &lost->items[at - 1];
	cl_grow(&p, &lost->cap, lost->count + 1, sizeof(cl_lost_path));
	lost->items = p;
	memset(&lost->items[lost->count], 0, sizeof(cl_lost_path));
	lost->items[lost->count].path = cl_strdup(path);
	cl_map_puts(&lost->by_path, path, (void *)(lost->count + 1));
	return &lost->items[lost->count++];
}

void cl_lost_note(cl_lost_paths *lost, const char *path, const cl_approval *a, const char *blob)
{
	cl_lost_path *entry = path_entry(lost, path);
	void *p = entry->events;

	/* A commit that changes the path and names it in Approves: is one
	 * approval of it. */
	if (entry->count && entry->events[entry->count - 1].approval == a)
		return;
	cl_grow(&p, &entry->cap, entry->count + 1, sizeof(cl_path_event));
	entry->events = p;
	entry->events[entry->count].approval = a;
	/* "" or a whole id: never longer than the field. */
	memcpy(entry->events[entry->count++].blob, blob, strnlen(blob, CL_OID_HEX - 1) + 1);
}

void cl_lost_free(cl_lost_paths *lost)
{
	for (size_t i = 0; i < lost->count; i++) {
		free(lost->items[i].path);
		free(lost->items[i].events);
	}
	free(lost->items);
	cl_map_free(&lost->by_path);
	memset(lost, 0, sizeof(*lost));
}

/* ---- the removal ---- */

static int has_path(git_commit *commit, const char *path)
{
	git_tree *tree = NULL;
	git_oid blob;
	int found;

	if (git_commit_tree(&tree, commit) < 0)
		return -1;
	found = cl_tree_blob_id(&blob, tree, path) == CL_READ_OK;
	git_tree_free(tree);
	return found;
}

/* Whether `commit` removed the path: it hasn't it, a parent has. */
static int removes(git_commit *commit, const char *path)
{
	int rc = has_path(commit, path);

	for (unsigned p = 0; rc == 0 && p < git_commit_parentcount(commit); p++) {
		git_commit *parent = NULL;

		if (git_commit_parent(&parent, commit, p) < 0)
			return -1;
		rc = has_path(parent, path);
		git_commit_free(parent);
		if (rc == 1)
			return 1;
	}
	return rc < 0 ? -1 : 0;
}

static void describe_removal(cl_change *out, git_commit *commit, const git_oid *oid, const cl_people *people,
                             const cl_mailmap_text *mailmap)
{
	cl_identities ids = {cl_mailmap_load(mailmap), people};

	git_oid_tostr(out->commit, CL_OID_HEX, oid);
	cl_commit_author(&out->author, &ids, commit);
	out->date = cl_commit_date(commit);
	out->subject = cl_strdup(git_commit_summary(commit) ? git_commit_summary(commit) : "");
	git_mailmap_free(ids.mailmap);
}

int cl_history_find_removal(cl_change *out, cl_repo *repo, const char *path, const cl_people *people,
                            const cl_mailmap_text *mailmap, cl_error *err)
{
	git_revwalk *rw = NULL;
	git_oid oid;
	int rc, found = 0;

	if (cl_history_revwalk(&rw, repo, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME, err) < 0)
		return -1;
	if (!rw)
		return 0;
	while (!found && (rc = git_revwalk_next(&oid, rw)) == 0) {
		git_commit *commit = NULL;

		if (git_commit_lookup(&commit, repo->git, &oid) < 0 || (found = removes(commit, path)) < 0) {
			git_commit_free(commit);
			break;
		}
		if (found)
			describe_removal(out, commit, &oid, people, mailmap);
		git_commit_free(commit);
	}
	git_revwalk_free(rw);
	if (found < 0 || (!found && rc != GIT_ITEROVER)) {
		cl_git_error(err, "cannot read the history");
		return -1;
	}
	return found;
}

void cl_change_clear(cl_change *change)
{
	if (!change)
		return;
	cl_identity_clear(&change->author);
	free(change->subject);
	memset(change, 0, sizeof(*change));
}
