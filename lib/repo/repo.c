/*
 * repo.c: the policy repository, through libgit2.
 *
 * What is linted comes from one of three sources: the working tree (what
 * git tracks or would track: tracked files and untracked files that
 * aren't ignored), the index (--staged, what the next commit will hold),
 * or the tree of a revision (--rev). Each gives the files, their content,
 * and the git blob id of that content: approvals are of blobs.
 *
 * clauselint never follows a symbolic link (a link pointing outside the
 * repository would make the report depend on files nobody reviews) and
 * never writes: no index refresh, no lock files, no objects.
 */
#include "repo/repo_git.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void cl_git_error(cl_error *err, const char *what)
{
	const git_error *e = git_error_last();

	cl_error_set(err, "%s: %s", what, e && e->message ? e->message : "unknown error");
}

static int is_object_format_error(void)
{
	const git_error *e = git_error_last();

	/* 1.5: "unsupported extension name extensions.objectformat";
	 * 1.9: "unknown object format 'sha256'". */
	return e && e->message && (strstr(e->message, "objectformat") || strstr(e->message, "object format"));
}

/* Whether the repository found from `dir` names its objects with SHA-256
 * (extensions.objectFormat), told from its configuration before it is
 * opened: libgit2 as distributions build it opens none, and 1.5 leaks
 * on the way to saying so (its extension check). */
static int uses_sha256(const char *dir)
{
	git_buf gitdir = GIT_BUF_INIT, format = GIT_BUF_INIT;
	git_config *config = NULL;
	char *path;
	int sha256 = 0;

	if (git_repository_discover(&gitdir, dir, 0, NULL) < 0) {
		git_error_clear();
		return 0;
	}
	path = cl_printf("%sconfig", gitdir.ptr);
	if (git_config_open_ondisk(&config, path) == 0 &&
	    git_config_get_string_buf(&format, config, "extensions.objectformat") == 0)
		sha256 = strcasecmp(format.ptr, "sha256") == 0;
	git_error_clear();
	git_config_free(config);
	git_buf_dispose(&format);
	git_buf_dispose(&gitdir);
	free(path);
	return sha256;
}

int cl_repo_open(cl_repo **out, const char *dir, cl_error *err)
{
	git_repository *git = NULL;
	cl_repo *repo;
	int rc, sha256;

	*out = NULL;
	git_libgit2_init();
	/* Hash checks of every object read cost a fifth of a history walk,
	 * and the objects are the repository's own. Set here, before any
	 * second thread exists: options are global. */
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
	/* The walk keeps the subtrees it needs itself (history/history.c),
	 * each read once per commit. libgit2 1.5's object cache, once full,
	 * rescans its map on every store: with trees in it a lint of 20,000
	 * commits peaked at 497 MB instead of 117 MB, 8 % slower, and the
	 * same report (issue 15). */
	git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_TREE, (size_t)0);
	/* Nor commits: every commit a walk looked up stayed cached, about
	 * 1.4 KB a commit, so the peak grew with the history (254 MB at
	 * 100,000 commits, 110 MB without; bench-repo 93 -> 80 MB), for 3 to
	 * 10 % more CPU re-reading the few looked up twice (bench/README.md). */
	git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_COMMIT, (size_t)0);
	/* Pack files are mapped in windows of 1 GiB, 8 GiB in all, by
	 * default: every page the walk touched stayed resident, as much as
	 * the pack. Small windows, few of them, keep the peak near what is
	 * in use: two in all rather than four took the peak of bench-repo's
	 * lint from 113 to 93 MB at the same CPU time (bench/README.md,
	 * "Where the time goes"). */
	git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, (size_t)8 << 20);
	git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, (size_t)16 << 20);
	/* A SHA-256 repository's reason from libgit2 (an extension name, an
	 * unknown object format) reads like damage; it is said plainly,
	 * found before opening or, failing that, from libgit2's words. */
	sha256 = uses_sha256(dir);
	if (sha256) {
		rc = -1;
	} else {
		rc = git_repository_open_ext(&git, dir, 0, NULL);
		if (rc == GIT_ENOTFOUND) {
			char resolved[PATH_MAX];

			cl_error_set(err, "not a git repository (or any of the parent directories): %s",
			             realpath(dir, resolved) ? resolved : dir);
			git_libgit2_shutdown();
			return -1;
		}
	}
	if (sha256 || (rc < 0 && is_object_format_error())) {
		cl_error_set(
		        err,
		        "cannot open the repository: it uses SHA-256 object names (extensions.objectFormat), which the libgit2 clauselint runs with can't read");
		git_libgit2_shutdown();
		return -1;
	}
	/* Anything else (an unsafe owner, a corrupt .git) says why itself. */
	if (rc < 0) {
		cl_git_error(err, "cannot open the repository");
		git_libgit2_shutdown();
		return -1;
	}
	repo = cl_calloc(1, sizeof(*repo));
	repo->git = git;
	if (git_repository_workdir(git))
		repo->workdir = cl_strdup(git_repository_workdir(git));
	*out = repo;
	return 0;
}

int cl_repo_reopen(cl_repo **out, const cl_repo *repo, const char *rev, cl_error *err)
{
	const char *where = repo->workdir ? repo->workdir : git_repository_path(repo->git);

	if (cl_repo_open(out, where, err) < 0)
		return -1;
	if (cl_repo_select(*out, repo->source, rev, err) < 0) {
		cl_repo_free(*out);
		*out = NULL;
		return -1;
	}
	return 0;
}

void cl_git_trees_free(cl_map *trees)
{
	const char *key;
	void *tree;

	for (size_t cursor = 0; cl_map_next(trees, &cursor, &key, &tree);)
		git_tree_free(tree);
	cl_map_free(trees);
}

void cl_repo_free(cl_repo *repo)
{
	if (!repo)
		return;
	cl_git_trees_free(&repo->folders);
	git_index_free(repo->index);
	git_tree_free(repo->base);
	git_tree_free(repo->tree);
	git_commit_free(repo->commit);
	git_repository_free(repo->git);
	free(repo->workdir);
	free(repo);
	git_libgit2_shutdown();
}

const char *cl_repo_workdir(const cl_repo *repo)
{
	return repo->workdir;
}

int cl_repo_is_shallow(const cl_repo *repo)
{
	return git_repository_is_shallow(repo->git) == 1;
}

/* HEAD's commit, or none on an unborn branch (a new repository). */
static int load_head(cl_repo *repo, cl_error *err)
{
	git_oid oid;
	int rc = git_reference_name_to_id(&oid, repo->git, "HEAD");

	if (rc == GIT_ENOTFOUND || rc == GIT_EUNBORNBRANCH)
		return 0;
	if (rc < 0 || git_commit_lookup(&repo->commit, repo->git, &oid) < 0) {
		cl_git_error(err, "cannot read HEAD");
		return -1;
	}
	return 0;
}

static int load_rev(cl_repo *repo, const char *rev, cl_error *err)
{
	git_object *obj = NULL;

	if (git_revparse_single(&obj, repo->git, rev) < 0) {
		cl_error_set(err, "unknown revision '%s'", rev);
		return -1;
	}
	if (git_object_peel((git_object **)&repo->commit, obj, GIT_OBJECT_COMMIT) < 0) {
		git_object_free(obj);
		cl_error_set(err, "'%s' does not name a commit", rev);
		return -1;
	}
	git_object_free(obj);
	return 0;
}

/*
 * The index --staged lints. Git runs the pre-commit hook of `git commit -a`
 * or `git commit PATH...` with GIT_INDEX_FILE naming the index being
 * committed (.git/index.lock, .git/next-index-*.lock); the repository's
 * own index then still holds the content before the commit. A relative
 * name is relative to the current directory, as git reads it.
 */
static int open_index(git_index **out, cl_repo *repo)
{
	const char *file = getenv("GIT_INDEX_FILE");

	if (!file || !*file)
		return git_repository_index(out, repo->git);
	return git_index_open(out, file);
}

int cl_repo_select(cl_repo *repo, cl_source source, const char *rev, cl_error *err)
{
	repo->source = source;
	if (source != CL_SOURCE_REV && !repo->workdir) {
		cl_error_set(err,
		             "%s is a bare repository: it has no working tree or index to lint; use --rev",
		             git_repository_path(repo->git));
		return -1;
	}
	if ((source == CL_SOURCE_REV ? load_rev(repo, rev, err) : load_head(repo, err)) < 0)
		return -1;
	if (repo->commit && git_commit_tree(&repo->tree, repo->commit) < 0) {
		cl_git_error(err, "cannot read the tree of the linted revision");
		return -1;
	}
	if (source == CL_SOURCE_INDEX && open_index(&repo->index, repo) < 0) {
		cl_git_error(err, "cannot read the index");
		return -1;
	}
	return 0;
}

cl_source cl_repo_source(const cl_repo *repo)
{
	return repo->source;
}

/* ---- listing ---- */

/*
 * Opens `path` below the working tree one component at a time, following
 * no symbolic link on the way: a committed `etc -> /etc` must not turn
 * `etc/passwd` into a file of the machine. The last component is opened
 * with `flags` (O_NOFOLLOW added). -1 with errno set (ELOOP or ENOTDIR
 * for a link on the way).
 */
static int open_beneath(const cl_repo *repo, const char *path, int flags)
{
	int dir = open(repo->workdir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	const char *p = path;

	while (dir >= 0) {
		const char *slash = strchr(p, '/');
		char *part;
		int next;

		if (!slash) {
			next = openat(dir, p, flags | O_NOFOLLOW | O_CLOEXEC);
			close(dir);
			return next;
		}
		part = cl_strndup(p, (size_t)(slash - p));
		next = openat(dir, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		free(part);
		close(dir);
		dir = next;
		p = slash + 1;
	}
	return -1;
}

static int is_regular_in_workdir(cl_repo *repo, const char *path)
{
	int fd = open_beneath(repo, path, O_RDONLY | O_NONBLOCK);
	struct stat st;
	int ok = fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode);

	if (fd >= 0)
		close(fd);
	return ok;
}

static int is_regular_mode(unsigned mode)
{
	return mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE;
}

static int add_index_entries(cl_strvec *out, cl_repo *repo, git_index *index, int check_workdir)
{
	size_t count = git_index_entrycount(index);

	for (size_t i = 0; i < count; i++) {
		const git_index_entry *e = git_index_get_byindex(index, i);

		/* Stage 0 only (a conflict lists a path up to three times);
		 * regular files only (links and submodules are not content). */
		if (git_index_entry_stage(e) != 0 || !is_regular_mode(e->mode))
			continue;
		if (!check_workdir || is_regular_in_workdir(repo, e->path))
			cl_strvec_push(out, e->path);
	}
	return 0;
}

static int add_untracked(cl_strvec *out, cl_repo *repo, cl_error *err)
{
	git_status_options opts;
	git_status_list *list = NULL;
	size_t count;

	git_status_options_init(&opts, GIT_STATUS_OPTIONS_VERSION);
	opts.show = GIT_STATUS_SHOW_WORKDIR_ONLY;
	/* No index refresh: it could write the index of the linted repo. */
	opts.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS |
	             GIT_STATUS_OPT_EXCLUDE_SUBMODULES | GIT_STATUS_OPT_NO_REFRESH;
	if (git_status_list_new(&list, repo->git, &opts) < 0) {
		cl_git_error(err, "cannot list the working tree");
		return -1;
	}
	count = git_status_list_entrycount(list);
	for (size_t i = 0; i < count; i++) {
		const git_status_entry *e = git_status_byindex(list, i);

		if (!(e->status & GIT_STATUS_WT_NEW) || !e->index_to_workdir)
			continue;
		if (is_regular_in_workdir(repo, e->index_to_workdir->new_file.path))
			cl_strvec_push(out, e->index_to_workdir->new_file.path);
	}
	git_status_list_free(list);
	return 0;
}

static int list_worktree(cl_strvec *out, cl_repo *repo, cl_error *err)
{
	git_index *index = NULL;
	int rc;

	if (git_repository_index(&index, repo->git) < 0) {
		cl_git_error(err, "cannot read the index");
		return -1;
	}
	rc = add_index_entries(out, repo, index, 1);
	git_index_free(index);
	return rc < 0 ? rc : add_untracked(out, repo, err);
}

static int collect_blob(const char *root, const git_tree_entry *entry, void *payload)
{
	cl_strvec *out = payload;

	if (git_tree_entry_type(entry) == GIT_OBJECT_BLOB && is_regular_mode(git_tree_entry_filemode(entry)))
		cl_strvec_push_owned(out, cl_printf("%s%s", root, git_tree_entry_name(entry)));
	return 0;
}

int cl_repo_list_files(cl_strvec *out, cl_repo *repo, cl_error *err)
{
	int rc = 0;

	if (repo->source == CL_SOURCE_WORKTREE)
		rc = list_worktree(out, repo, err);
	else if (repo->source == CL_SOURCE_INDEX)
		rc = add_index_entries(out, repo, repo->index, 0);
	else if (git_tree_walk(repo->tree, GIT_TREEWALK_PRE, collect_blob, out) < 0) {
		cl_git_error(err, "cannot list the files of the linted revision");
		rc = -1;
	}
	if (rc < 0) {
		cl_strvec_free(out);
		return -1;
	}
	cl_strvec_sort(out);
	return 0;
}

int cl_repo_list_base_files(cl_strvec *out, cl_repo *repo, int base, cl_error *err)
{
	git_tree *tree = base ? repo->base : repo->tree;

	if (tree && git_tree_walk(tree, GIT_TREEWALK_PRE, collect_blob, out) < 0) {
		cl_git_error(err, "cannot list the files of the tree compared with");
		cl_strvec_free(out);
		return -1;
	}
	cl_strvec_sort(out);
	return 0;
}

/* ---- reading ---- */

static cl_read_result read_fd(char **out, size_t *len, int fd, size_t size)
{
	char *data = cl_malloc(size + 1);
	size_t got = 0;

	while (got < size) {
		ssize_t n = read(fd, data + got, size - got);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	if (got != size) {
		free(data);
		return CL_READ_ERROR;
	}
	data[got] = '\0';
	*out = data;
	*len = got;
	return CL_READ_OK;
}

static cl_read_result read_workdir(char **out, size_t *len, cl_repo *repo, const char *path, size_t limit)
{
	int fd = open_beneath(repo, path, O_RDONLY | O_NONBLOCK);
	struct stat st;
	cl_read_result rc;

	if (fd < 0)
		return errno == ENOENT                      ? CL_READ_MISSING
		       : errno == ELOOP || errno == ENOTDIR ? CL_READ_NOT_REGULAR
		                                            : CL_READ_ERROR;
	if (fstat(fd, &st) < 0)
		rc = CL_READ_ERROR;
	else if (!S_ISREG(st.st_mode))
		rc = CL_READ_NOT_REGULAR;
	else if ((size_t)st.st_size > limit) {
		*len = (size_t)st.st_size;
		rc = CL_READ_TOO_LARGE;
	} else
		rc = read_fd(out, len, fd, (size_t)st.st_size);
	close(fd);
	return rc;
}

int cl_repo_file_stamp(cl_file_stamp *out, cl_repo *repo, const char *path)
{
	struct stat st;
	int fd, rc;

	memset(out, 0, sizeof(*out));
	if (repo->source != CL_SOURCE_WORKTREE || (fd = open_beneath(repo, path, O_RDONLY | O_NONBLOCK)) < 0)
		return -1;
	rc = fstat(fd, &st);
	close(fd);
	if (rc < 0 || !S_ISREG(st.st_mode))
		return -1;
	out->dev = (unsigned long long)st.st_dev;
	out->ino = (unsigned long long)st.st_ino;
	out->size = (unsigned long long)st.st_size;
	out->mtime_sec = (long long)st.st_mtim.tv_sec;
	out->mtime_nsec = (long long)st.st_mtim.tv_nsec;
	out->ctime_sec = (long long)st.st_ctim.tv_sec;
	out->ctime_nsec = (long long)st.st_ctim.tv_nsec;
	return 0;
}

/* The id of the blob at `path` in the index or the linted tree. */
/* The folder's tree in the linted tree, looked up once per folder. */
static git_tree *linted_folder(cl_repo *repo, const char *dir)
{
	git_tree *folder = cl_map_gets(&repo->folders, dir);
	git_tree_entry *entry = NULL;

	if (folder)
		return folder;
	if (git_tree_entry_bypath(&entry, repo->tree, dir) < 0)
		return NULL;
	if (git_tree_entry_type(entry) == GIT_OBJECT_TREE &&
	    git_tree_lookup(&folder, repo->git, git_tree_entry_id(entry)) == 0)
		cl_map_puts(&repo->folders, dir, folder);
	git_tree_entry_free(entry);
	return folder;
}

static cl_read_result entry_blob_id(git_oid *out, const git_tree_entry *entry)
{
	if (!entry)
		return CL_READ_MISSING;
	if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB || !is_regular_mode(git_tree_entry_filemode(entry)))
		return CL_READ_NOT_REGULAR;
	git_oid_cpy(out, git_tree_entry_id(entry));
	return CL_READ_OK;
}

/* cl_tree_blob_id in the linted tree, through its folders' cache; the
 * entry is found by name, a binary search in the folder. */
static cl_read_result linted_tree_blob_id(git_oid *out, cl_repo *repo, const char *path)
{
	const char *slash = strrchr(path, '/');
	git_tree *folder;
	char *dir;

	if (!repo->tree)
		return CL_READ_MISSING;
	if (!slash)
		return entry_blob_id(out, git_tree_entry_byname(repo->tree, path));
	dir = cl_strndup(path, (size_t)(slash - path));
	folder = linted_folder(repo, dir);
	free(dir);
	return folder ? entry_blob_id(out, git_tree_entry_byname(folder, slash + 1)) : CL_READ_MISSING;
}

static cl_read_result stored_blob_id(git_oid *out, cl_repo *repo, const char *path)
{
	if (repo->source == CL_SOURCE_INDEX) {
		const git_index_entry *e = git_index_get_bypath(repo->index, path, 0);

		if (!e)
			return CL_READ_MISSING;
		if (!is_regular_mode(e->mode))
			return CL_READ_NOT_REGULAR;
		git_oid_cpy(out, &e->id);
		return CL_READ_OK;
	}
	return linted_tree_blob_id(out, repo, path);
}

static git_tree *memo_tree(cl_tree_memo *memo, const git_oid *id)
{
	git_tree *tree = cl_map_get(&memo->trees, id->id, sizeof(id->id));

	if (tree)
		return tree;
	if (memo->trees.count >= CL_TREE_MEMO_MAX)
		cl_tree_memo_clear(memo);
	if (git_tree_lookup(&tree, memo->git, id) < 0) {
		git_error_clear();
		return NULL;
	}
	cl_map_put(&memo->trees, id->id, sizeof(id->id), tree);
	return tree;
}

/* As git_tree_entry_bypath finds it, for what cl_tree_blob_id answers:
 * an empty name, a doubled or trailing '/' find no blob either way. */
cl_read_result cl_tree_memo_blob_id(git_oid *out, cl_tree_memo *memo, const git_oid *tree, const char *path)
{
	git_tree *at = memo_tree(memo, tree);
	char name[4096];

	while (at) {
		const char *slash = strchr(path, '/');
		size_t len = slash ? (size_t)(slash - path) : strlen(path);
		const git_tree_entry *entry;

		if (len == 0 || len >= sizeof(name))
			return CL_READ_MISSING;
		memcpy(name, path, len);
		name[len] = '\0';
		entry = git_tree_entry_byname(at, name);
		if (!slash)
			return entry_blob_id(out, entry);
		if (!entry || git_tree_entry_type(entry) != GIT_OBJECT_TREE)
			return CL_READ_MISSING;
		at = memo_tree(memo, git_tree_entry_id(entry));
		path = slash + 1;
	}
	return CL_READ_MISSING;
}

void cl_tree_memo_clear(cl_tree_memo *memo)
{
	cl_git_trees_free(&memo->trees);
	memset(&memo->trees, 0, sizeof(memo->trees));
}

cl_read_result cl_tree_blob_id(git_oid *out, git_tree *tree, const char *path)
{
	git_tree_entry *entry = NULL;
	cl_read_result rc = CL_READ_OK;

	if (!tree || git_tree_entry_bypath(&entry, tree, path) < 0)
		return CL_READ_MISSING;
	if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB || !is_regular_mode(git_tree_entry_filemode(entry)))
		rc = CL_READ_NOT_REGULAR;
	else
		git_oid_cpy(out, git_tree_entry_id(entry));
	git_tree_entry_free(entry);
	return rc;
}

/*
 * Reading a blob from a pack means inflating it, often through a delta
 * chain; for the index and HEAD the same bytes usually sit in the work
 * tree. They are used only when they hash to the stored id, so what is
 * linted is exactly the stored content, whatever the stat data says.
 */
static int read_worktree_copy(char **out, size_t *len, cl_repo *repo, const char *path, const git_oid *want,
                              size_t limit)
{
	git_oid got;
	char *data = NULL;
	size_t n = 0;

	if (!repo->workdir || read_workdir(&data, &n, repo, path, limit) != CL_READ_OK)
		return 0;
	if (git_odb_hash(&got, data, n, GIT_OBJECT_BLOB) < 0 || !git_oid_equal(&got, want)) {
		free(data);
		return 0;
	}
	*out = data;
	*len = n;
	return 1;
}

static cl_read_result read_stored(char **out, size_t *len, cl_repo *repo, const char *path, size_t limit)
{
	git_oid oid;
	git_blob *blob = NULL;
	cl_read_result rc = stored_blob_id(&oid, repo, path);
	size_t size;

	if (rc != CL_READ_OK)
		return rc;
	if (read_worktree_copy(out, len, repo, path, &oid, limit))
		return CL_READ_OK;
	if (git_blob_lookup(&blob, repo->git, &oid) < 0)
		return CL_READ_ERROR;
	size = (size_t)git_blob_rawsize(blob);
	if (size > limit) {
		*len = size;
		rc = CL_READ_TOO_LARGE;
	} else {
		*out = cl_strndup(git_blob_rawcontent(blob), size);
		*len = size;
	}
	git_blob_free(blob);
	return rc;
}

static cl_read_result read_workdir_head(char **out, size_t *len, cl_repo *repo, const char *path, size_t head)
{
	int fd = open_beneath(repo, path, O_RDONLY | O_NONBLOCK);
	struct stat st;
	cl_read_result rc;

	if (fd < 0)
		return CL_READ_ERROR;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode))
		rc = CL_READ_ERROR;
	else
		rc = read_fd(out, len, fd, (size_t)st.st_size < head ? (size_t)st.st_size : head);
	close(fd);
	return rc;
}

cl_read_result cl_repo_read_head(char **out, size_t *len, cl_repo *repo, const char *path, size_t head)
{
	git_oid oid;
	git_blob *blob = NULL;
	size_t size;

	if (repo->source == CL_SOURCE_WORKTREE)
		return read_workdir_head(out, len, repo, path, head);
	if (stored_blob_id(&oid, repo, path) != CL_READ_OK || git_blob_lookup(&blob, repo->git, &oid) < 0)
		return CL_READ_ERROR;
	size = (size_t)git_blob_rawsize(blob);
	*len = size < head ? size : head;
	*out = cl_strndup(git_blob_rawcontent(blob), *len);
	git_blob_free(blob);
	return CL_READ_OK;
}

cl_read_result cl_repo_read(char **out, size_t *len, cl_repo *repo, const char *path, size_t limit)
{
	if (repo->source == CL_SOURCE_WORKTREE)
		return read_workdir(out, len, repo, path, limit);
	return read_stored(out, len, repo, path, limit);
}

/* Whether the index or the working tree has a .gitattributes anywhere. */
static int has_attributes_file(cl_repo *repo)
{
	git_index *index = NULL;
	int found = 0;

	if (git_repository_index(&index, repo->git) < 0)
		return 1;
	for (size_t i = 0; i < git_index_entrycount(index) && !found; i++) {
		const char *path = git_index_get_byindex(index, i)->path;
		const char *slash = strrchr(path, '/');

		found = strcmp(slash ? slash + 1 : path, ".gitattributes") == 0;
	}
	git_index_free(index);
	if (!found && repo->workdir) {
		char *root = cl_printf("%s.gitattributes", repo->workdir);

		found = access(root, F_OK) == 0;
		free(root);
	}
	return found;
}

/* Asking libgit2 for a path's filters reads its attributes, a cost per
 * file; without attributes files or core.autocrlf, no path has any. */
static int might_filter(cl_repo *repo)
{
	git_config *config = NULL;
	int autocrlf = 0;
	char *info;

	if (repo->filters_known)
		return repo->might_filter;
	repo->filters_known = 1;
	if (git_repository_config_snapshot(&config, repo->git) == 0) {
		git_config_get_bool(&autocrlf, config, "core.autocrlf");
		/* "input" is not a bool, and converts too. */
		if (!autocrlf) {
			git_buf value = GIT_BUF_INIT;

			if (git_config_get_string_buf(&value, config, "core.autocrlf") == 0 &&
			    strcmp(value.ptr, "false") != 0)
				autocrlf = 1;
			git_buf_dispose(&value);
		}
		git_config_free(config);
	}
	info = cl_printf("%sinfo/attributes", git_repository_path(repo->git));
	repo->might_filter = autocrlf || access(info, F_OK) == 0 || has_attributes_file(repo);
	free(info);
	return repo->might_filter;
}

int cl_repo_might_filter(cl_repo *repo)
{
	return might_filter(repo);
}

/* The working tree's bytes hashed as git would store them: through the
 * clean filters (a CRLF checkout still matches its LF blob) when any
 * apply to the path, else the bytes already read, without reading the
 * file again. */
static int hash_worktree(git_oid *out, cl_repo *repo, const char *path, const char *data, size_t len)
{
	git_filter_list *filters = NULL;
	char *full;
	int rc;

	if (data && !might_filter(repo))
		return git_odb_hash(out, data, len, GIT_OBJECT_BLOB);
	if (git_filter_list_load(&filters, repo->git, NULL, path, GIT_FILTER_TO_ODB, 0) < 0)
		return -1;
	if (!filters && data)
		return git_odb_hash(out, data, len, GIT_OBJECT_BLOB);
	git_filter_list_free(filters);
	full = cl_printf("%s%s", repo->workdir, path);
	rc = git_repository_hashfile(out, repo->git, full, GIT_OBJECT_BLOB, path);
	free(full);
	return rc;
}

int cl_repo_blob_id(char out[CL_OID_HEX], cl_repo *repo, const char *path, const char *data, size_t len)
{
	git_oid oid;

	if (repo->source == CL_SOURCE_WORKTREE) {
		if (hash_worktree(&oid, repo, path, data, len) < 0)
			return -1;
	} else if (stored_blob_id(&oid, repo, path) != CL_READ_OK) {
		return -1;
	}
	git_oid_tostr(out, CL_OID_HEX, &oid);
	return 0;
}

/* Whether `data` is what checking out `blob` at `path` writes: its bytes
 * as they are (git leaves a "foreign" `$Id: some words $` alone, where
 * libgit2 would expand it), or through the smudge filters. */
static int is_checkout_of(git_blob *blob, const char *path, const char *data, size_t len)
{
	git_buf out = GIT_BUF_INIT;
	git_blob_filter_options opts;
	int same;

	if ((size_t)git_blob_rawsize(blob) == len && memcmp(git_blob_rawcontent(blob), data, len) == 0)
		return 1;
	if (git_blob_filter_options_init(&opts, GIT_BLOB_FILTER_OPTIONS_VERSION) < 0 ||
	    git_blob_filter(&out, blob, path, &opts) < 0) {
		git_error_clear();
		return 0;
	}
	same = out.size == len && memcmp(out.ptr, data, len) == 0;
	git_buf_dispose(&out);
	return same;
}

int cl_repo_use_checked_out(char **data, size_t *len, char blob[CL_OID_HEX], cl_repo *repo, const char *path,
                            size_t limit)
{
	git_index *index = NULL;
	const git_index_entry *entry;
	git_blob *b = NULL;
	char entry_id[CL_OID_HEX];
	int used = 0;

	if (repo->source != CL_SOURCE_WORKTREE || !*data || !might_filter(repo) ||
	    git_repository_index(&index, repo->git) < 0)
		return 0;
	entry = git_index_get_bypath(index, path, 0);
	if (entry)
		git_oid_tostr(entry_id, sizeof(entry_id), &entry->id);
	if (entry && strcmp(entry_id, blob) != 0 && git_blob_lookup(&b, repo->git, &entry->id) == 0 &&
	    (size_t)git_blob_rawsize(b) <= limit && is_checkout_of(b, path, *data, *len)) {
		free(*data);
		*len = (size_t)git_blob_rawsize(b);
		*data = cl_strndup(git_blob_rawcontent(b), *len);
		memcpy(blob, entry_id, CL_OID_HEX);
		used = 1;
	}
	git_blob_free(b);
	git_index_free(index);
	return used;
}

int cl_repo_head_blob_id(char out[CL_OID_HEX], cl_repo *repo, const char *path)
{
	git_oid oid;

	if (linted_tree_blob_id(&oid, repo, path) != CL_READ_OK)
		return -1;
	git_oid_tostr(out, CL_OID_HEX, &oid);
	return 0;
}

int cl_repo_set_base(cl_repo *repo, const char *rev, cl_error *err)
{
	git_object *obj = NULL;
	git_commit *other = NULL, *base = NULL;
	git_oid base_oid;
	int rc = -1;

	if (!repo->commit) {
		cl_error_set(err, "--changed-since needs a commit to compare with, and HEAD has none yet");
		return -1;
	}
	if (git_revparse_single(&obj, repo->git, rev) < 0 ||
	    git_object_peel((git_object **)&other, obj, GIT_OBJECT_COMMIT) < 0) {
		cl_error_set(
		        err,
		        "unknown revision '%s' for --changed-since (in a CI checkout, fetch it: git fetch origin main)",
		        rev);
		goto done;
	}
	if (git_merge_base(&base_oid, repo->git, git_commit_id(other), git_commit_id(repo->commit)) < 0) {
		cl_error_set(err, "'%s' and the linted revision have no common ancestor", rev);
		goto done;
	}
	git_oid_cpy(&repo->base_commit, &base_oid);
	if (git_commit_lookup(&base, repo->git, &base_oid) < 0 || git_commit_tree(&repo->base, base) < 0) {
		cl_git_error(err, "cannot read the merge base");
		goto done;
	}
	rc = 0;
done:
	/* The reason is in err; libgit2 keeps its own copy per thread, which
	 * a caller that recovers (a shallow clone) would otherwise leak. */
	git_error_clear();
	git_commit_free(base);
	git_commit_free(other);
	git_object_free(obj);
	return rc;
}

int cl_repo_same_at_base(cl_repo *repo, const char *path, const char *blob)
{
	git_oid oid;
	char hex[CL_OID_HEX];

	if (cl_tree_blob_id(&oid, repo->base, path) != CL_READ_OK)
		return 0;
	git_oid_tostr(hex, sizeof(hex), &oid);
	return strcmp(hex, blob) == 0;
}

int cl_repo_exists_at_base(cl_repo *repo, const char *path)
{
	git_oid oid;

	return cl_tree_blob_id(&oid, repo->base, path) == CL_READ_OK;
}

int cl_repo_base_contains(cl_repo *repo, const char *commit)
{
	git_oid oid;
	int rc;

	if (!repo->base || git_oid_fromstr(&oid, commit) < 0)
		return 0;
	if (git_oid_equal(&oid, &repo->base_commit))
		return 1;
	rc = git_graph_descendant_of(repo->git, &repo->base_commit, &oid);
	git_error_clear();
	return rc == 1;
}

cl_read_result cl_repo_read_blob(char **out, size_t *len, cl_repo *repo, const char *blob, size_t limit)
{
	git_oid oid;
	git_blob *b = NULL;
	cl_read_result rc = CL_READ_OK;

	if (git_oid_fromstr(&oid, blob) < 0 || git_blob_lookup(&b, repo->git, &oid) < 0) {
		git_error_clear();
		return CL_READ_MISSING;
	}
	*len = (size_t)git_blob_rawsize(b);
	if (*len > limit)
		rc = CL_READ_TOO_LARGE;
	else
		*out = cl_strndup(git_blob_rawcontent(b), *len);
	git_blob_free(b);
	return rc;
}

void cl_repo_hash(char out[CL_OID_HEX], const char *data, size_t len)
{
	git_oid oid;

	if (git_odb_hash(&oid, data, len, GIT_OBJECT_BLOB) < 0)
		memset(&oid, 0, sizeof(oid));
	git_oid_tostr(out, CL_OID_HEX, &oid);
}
