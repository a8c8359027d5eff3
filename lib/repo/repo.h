/*
 * repo.h: the policy repository, through libgit2 (repo.c): which files
 * the linted source has, their bytes and the git blob ids of those
 * bytes, which approvals are of.
 *
 * clauselint never follows a symbolic link and never writes to the
 * repository: no index refresh, no lock files, no objects.
 */
#ifndef CL_REPO_H
#define CL_REPO_H

#include "util/util.h"

typedef struct cl_repo cl_repo;

/*
 * Discovers the repository from `dir` as git does (worktrees and .git
 * files included); bare repositories open too (only --rev can lint them).
 * The caller frees *out with cl_repo_free.
 */
int cl_repo_open(cl_repo **out, const char *dir, cl_error *err);
void cl_repo_free(cl_repo *repo);
/* Opens the same repository again, with the same source selected: libgit2
 * objects must not be shared between threads, so each has its own. */
int cl_repo_reopen(cl_repo **out, const cl_repo *repo, const char *rev, cl_error *err);
/* Chooses the source; `rev` names the revision for CL_SOURCE_REV. Fails
 * for an unknown revision, or a worktree or index source in a bare
 * repository. History is then read from REV, or from HEAD. */
int cl_repo_select(cl_repo *repo, cl_source source, const char *rev, cl_error *err);
cl_source cl_repo_source(const cl_repo *repo);
/* The working tree's root, with a trailing '/', or NULL when bare. */
const char *cl_repo_workdir(const cl_repo *repo);
int cl_repo_is_shallow(const cl_repo *repo);

/*
 * Lists the files of the source, sorted, repository-relative: for the
 * working tree what git tracks or would track (untracked files that
 * aren't ignored). Symbolic links, submodules and files deleted from the
 * working tree are left out: clauselint lints content in the repository,
 * never a link's target.
 */
int cl_repo_list_files(cl_strvec *out, cl_repo *repo, cl_error *err);

/* The files of the tree --changed-since compares with (`base`), or of
 * HEAD's, sorted: where a file the source lacks may have been removed
 * by the change. 0, or -1 with `err` set. An empty list without one. */
int cl_repo_list_base_files(cl_strvec *out, cl_repo *repo, int base, cl_error *err);

typedef enum {
	CL_READ_OK = 0,
	CL_READ_MISSING,
	CL_READ_NOT_REGULAR,
	CL_READ_TOO_LARGE,
	CL_READ_ERROR
} cl_read_result;

/* Reads a file of the source (a working-tree file is never read through
 * a symbolic link), refusing files over `limit` bytes. On CL_READ_OK the
 * caller frees *out (which is NUL-terminated; *len excludes the NUL); on
 * CL_READ_TOO_LARGE *len is the file's size. */
cl_read_result cl_repo_read(char **out, size_t *len, cl_repo *repo, const char *path, size_t limit);
/* What the file system says of a working-tree file: equal stamps taken
 * before two reads of it mean nothing was written to it in between
 * (every write moves its ctime, which no program can set back). */
typedef struct {
	unsigned long long dev, ino, size;
	long long mtime_sec, mtime_nsec, ctime_sec, ctime_nsec;
} cl_file_stamp;
/* The stamp of `path` in the working tree; -1 for another source, or a
 * file that can't be opened (never through a symbolic link). */
int cl_repo_file_stamp(cl_file_stamp *out, cl_repo *repo, const char *path);
/* Whether a clean filter (.gitattributes, core.autocrlf) could apply to
 * some path of the working tree: its bytes then aren't its blob's. */
int cl_repo_might_filter(cl_repo *repo);
/* The first `head` bytes (or fewer) of the file at `path`, from where
 * cl_repo_read reads it: what a file too large to read says of itself. */
cl_read_result cl_repo_read_head(char **out, size_t *len, cl_repo *repo, const char *path, size_t head);
/* The git blob id of the linted content of `path`, whose bytes (as
 * cl_repo_read gave them) are `data`, or NULL when they weren't read.
 * 0 or -1. */
int cl_repo_blob_id(char out[CL_OID_HEX], cl_repo *repo, const char *path, const char *data, size_t len);
/*
 * In the working tree, a file whose filtered hash differs from its index
 * entry's blob may still be exactly what checking that entry out writes:
 * an ident or end-of-line filter folds two different blobs into the same
 * working-tree file, and git calls it unchanged. Such a file is judged by
 * what git commits: *data (freed and replaced), *len and `blob` become the
 * entry's. 1 when they were replaced, 0 when the file stands as read.
 */
int cl_repo_use_checked_out(char **data, size_t *len, char blob[CL_OID_HEX], cl_repo *repo, const char *path,
                            size_t limit);
/* The blob id of `path` in the linted revision's tree (HEAD, or REV);
 * -1 when it has none. */
int cl_repo_head_blob_id(char out[CL_OID_HEX], cl_repo *repo, const char *path);
/* The bytes of the blob `blob` (hex), refusing one over `limit`, as
 * cl_repo_read gives a file's. */
cl_read_result cl_repo_read_blob(char **out, size_t *len, cl_repo *repo, const char *blob, size_t limit);
/* The git blob id of `len` bytes, as `git hash-object` gives it. */
void cl_repo_hash(char out[CL_OID_HEX], const char *data, size_t len);

/* Sets the base of --changed-since: the merge base of `rev` and the
 * linted revision. */
int cl_repo_set_base(cl_repo *repo, const char *rev, cl_error *err);
/* Whether `path` holds `blob` at the base: 0 means added or changed. */
int cl_repo_same_at_base(cl_repo *repo, const char *path, const char *blob);
/* Whether `path` exists at the base. */
int cl_repo_exists_at_base(cl_repo *repo, const char *path);
/* Whether the commit `commit` (hex) is the base or one of its ancestors:
 * 0 means the change being checked brought it. */
int cl_repo_base_contains(cl_repo *repo, const char *commit);

#endif
