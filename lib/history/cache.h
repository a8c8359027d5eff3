/*
 * cache.h: what each commit changed, kept between runs (docs/cache.md).
 *
 * A commit's id fixes its tree and its parents', so the blobs it changed
 * against each parent never change: they are worked out once and kept in
 * a file outside the repository. The file is checked when it is read (its
 * format, the clauselint version that wrote it, a SHA-256 of its bytes);
 * a file that fails any check is ignored and written again. What the walk
 * takes from it for an approval commit is checked against the commit's
 * own trees before it counts (history/history.c).
 */
#ifndef CL_HISTORY_CACHE_H
#define CL_HISTORY_CACHE_H

#include "repo/repo.h"
#include "util/util.h"

#include <git2.h>

/* How a path differs between a commit and one of its parents. */
typedef enum {
	CL_DIFF_CHANGED = 'M', /* another blob than the parent's at the path */
	CL_DIFF_ADDED = 'A',   /* the parent has nothing at the path */
	CL_DIFF_DELETED = 'D'  /* the parent's blob, at a path the commit lacks */
} cl_diff_kind;

typedef struct {
	char *path;
	git_oid blob;
	unsigned parent; /* which parent it was compared with; 0 for a root */
	/* The length of the folder ("a/b/", "" for the root) whose
	 * comparison found it: a deletion is found in the deepest folder
	 * both trees have, which a comparison of only some folders (pruned)
	 * reaches or not. */
	unsigned folder_len;
	unsigned char kind;
} cl_diff_entry;

/* Every blob path that differs between a commit and each of its parents,
 * in the order the comparison met them (git's entry order, parent by
 * parent). `whole`: every folder was compared, not only some. */
typedef struct {
	cl_diff_entry *entries;
	size_t count, cap;
	int whole;
} cl_commit_diff;

/* What the walk reads of a commit besides its diff: its trailers (all
 * of them, so no setting decides what is kept) and its parents. */
typedef struct {
	char *key, *value;
} cl_trailer;

typedef struct {
	unsigned parents;
	cl_trailer *trailers;
	size_t trailer_count;
} cl_commit_facts;

/* The facts of `commit`, read. -1 when its message can't be read. */
int cl_commit_facts_read(cl_commit_facts *out, git_commit *commit);
void cl_commit_facts_free(cl_commit_facts *facts);

void cl_commit_diff_add(cl_commit_diff *diff, cl_diff_kind kind, unsigned parent, const char *path,
                        unsigned folder_len, const git_oid *blob);
void cl_commit_diff_free(cl_commit_diff *diff);

typedef struct cl_commit_cache cl_commit_cache;

/* Why a cache file was not used (cl_commit_cache_state). */
typedef enum {
	CL_CACHE_LOADED,  /* read and checked */
	CL_CACHE_NEW,     /* there was none */
	CL_CACHE_IGNORED, /* damaged, foreign or from another version */
} cl_cache_state;

/* The cache file of `repo` in the folder `dir`: named after where its
 * objects are, so that two repositories never write one file at once
 * (what a file holds is true of any repository: a commit's id fixes its
 * diff). NULL, with a warning on standard error, when `dir` is inside
 * the repository: a lint never writes there. The caller frees it. */
char *cl_commit_cache_file(const cl_repo *repo, const char *dir);
/* Reads the cache file at `file` (which need not exist). Never fails: a
 * file that can't be used is an empty cache, written anew on save. */
cl_commit_cache *cl_commit_cache_open(const char *file);
cl_cache_state cl_commit_cache_state(const cl_commit_cache *cache);
/* The diff of commit `oid`, or NULL when the cache lacks it. */
const cl_commit_diff *cl_commit_cache_get(const cl_commit_cache *cache, const git_oid *oid);
/* Keeps a whole diff (the cache takes it over; *diff is emptied). */
void cl_commit_cache_put(cl_commit_cache *cache, const git_oid *oid, cl_commit_diff *diff);
/* The facts of commit `oid`, or NULL when the cache lacks them. */
const cl_commit_facts *cl_commit_cache_facts(const cl_commit_cache *cache, const git_oid *oid);
/* Keeps them (taken over; *facts is emptied), unless kept already. */
void cl_commit_cache_put_facts(cl_commit_cache *cache, const git_oid *oid, cl_commit_facts *facts);
/* Forgets everything: what it held was found untrue. */
void cl_commit_cache_reset(cl_commit_cache *cache);
/* Writes the file again when something was added or reset, through a
 * temporary file renamed into place. 0, or -1 with *err set. */
int cl_commit_cache_save(cl_commit_cache *cache, cl_error *err);
void cl_commit_cache_free(cl_commit_cache *cache);

#endif
