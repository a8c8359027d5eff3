/*
 * repo_git.h: the repository's libgit2 handles, for the stages that read
 * git itself (history/, init/). Nothing else sees libgit2.
 */
#ifndef CL_REPO_GIT_H
#define CL_REPO_GIT_H

#include "repo/repo.h"

#include <git2.h>
/* libgit2 1.9 moved git_error_clear to git2/sys/errors.h, which 1.5
 * (Debian 12) doesn't have. */
#if defined(__has_include)
#if __has_include(<git2/sys/errors.h>)
#include <git2/sys/errors.h>
#endif
#endif

struct cl_repo {
	git_repository *git;
	char *workdir; /* with a trailing '/'; NULL for a bare repository */
	cl_source source;
	git_commit *commit;  /* the linted revision (REV, or HEAD); NULL when unborn */
	git_tree *tree;      /* its tree, or NULL */
	git_index *index;    /* CL_SOURCE_INDEX only */
	git_tree *base;      /* --changed-since: the merge base's tree */
	git_oid base_commit; /* and its commit */
	int filters_known;   /* whether might_filter was worked out */
	int might_filter;    /* some clean filter could apply to some path */
	/* Folder -> its git_tree in `tree`, owned. libgit2 1.5 caches no
	 * tree over 4 KiB, so a path look-up per document re-inflated a
	 * folder of 10,000 documents for each of them (18 s). */
	cl_map folders;
};

/* Trees read for path look-ups, kept by id across the commits of a walk:
 * libgit2's own tree cache is off (cl_repo_open), and an approval's
 * folders are mostly the ones the approval before it had. Bounded: past
 * CL_TREE_MEMO_MAX trees it is emptied and starts again. */
#define CL_TREE_MEMO_MAX 1024
typedef struct {
	git_repository *git;
	cl_map trees; /* raw id -> git_tree, owned */
} cl_tree_memo;

/* cl_tree_blob_id of the tree `tree`, its folders read through `memo`. */
cl_read_result cl_tree_memo_blob_id(git_oid *out, cl_tree_memo *memo, const git_oid *tree, const char *path);
void cl_tree_memo_clear(cl_tree_memo *memo);

/* libgit2's last error as "what: message". */
void cl_git_error(cl_error *err, const char *what);

/* Frees a map whose values are git_trees it owns, and the map. */
void cl_git_trees_free(cl_map *trees);

/* The id of the regular-file blob at `path` of `tree`. */
cl_read_result cl_tree_blob_id(git_oid *out, git_tree *tree, const char *path);

#endif
