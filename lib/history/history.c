/*
 * history.c: who approved exactly which content, and when (docs/approvals.md).
 *
 * One walk over the history of the linted revision, newest first. An
 * approval commit (one with an Approved-by trailer) approves the blobs of
 * the documents it adds or changes against any parent, and the blobs its
 * Approves: trailers name. Approvals are kept by blob, so they follow the
 * content through renames and merges, and one changed byte makes a new
 * blob nobody approved.
 *
 * The walk compares tree entries itself, skipping subtrees whose ids are
 * equal: git_diff_tree_to_tree expands every subtree and would cost the
 * whole tree per commit (docs/dependencies.md).
 */
#include "config/glob.h"
#include "history/cache.h"
#include "history/identity.h"
#include "history/lost.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct cl_history {
	cl_doc_history *docs; /* [count], in the order of the documents given */
	size_t count;
	cl_map doc_by_path;      /* path -> index + 1 */
	cl_map doc_by_blob;      /* blob hex -> index + 1 of the first document */
	size_t *next_same_blob;  /* [count]: next document with the same blob, or count */
	cl_approval **approvals; /* owned */
	size_t approval_count, approval_cap;
	size_t *approval_caps; /* [count]: capacity of docs[i].approvals */
	size_t *other_caps;    /* [count]: capacity of docs[i].others */
	cl_refused_approval *refused;
	size_t refused_count, refused_cap;
	cl_lost_paths lost;
};

typedef struct {
	cl_history *h;
	git_repository *git;
	cl_identities ids; /* the .mailmap and people in force */
	const cl_config *config;
	size_t unresolved; /* documents whose last change is still to find */
	/* Documents with neither an approval of their content nor of an
	 * earlier one yet: their renames must be followed, or an edit after
	 * a move would read as never approved. */
	size_t unsettled;
	/* Subtrees loaded as a parent's while comparing the last commit: the
	 * walk visits that parent next, and needs them again as its own. */
	cl_map parent_trees; /* raw oid -> git_tree */
	cl_map next_parent_trees;
	/* The same for the parents' commit objects, which libgit2 no longer
	 * caches (cl_repo_open): the parent visited next isn't read twice. */
	cl_map parent_commits; /* raw oid -> git_commit */
	cl_map next_parent_commits;
	/* The folders ("a/b/") the documents are in: only these are compared
	 * when few documents are followed (--staged, PATHs), so a walk for
	 * one document doesn't read every folder of every commit. */
	cl_map dirs;
	/* The paths whose leaving is followed, or NULL for all (history.h,
	 * cl_walk_inputs). */
	cl_map *lost_watch;
	cl_progress *progress;  /* or NULL */
	cl_commit_cache *cache; /* or NULL */
	cl_tree_memo trees;     /* for the paths Approves: names */
} walk;

/* ---- identities ---- */

/* ---- approvals ---- */

static cl_approval *approval_new(walk *w, git_commit *commit, const git_oid *oid)
{
	cl_approval *a = cl_calloc(1, sizeof(*a));
	cl_history *h = w->h;
	void *p = h->approvals;

	git_oid_tostr(a->commit, CL_OID_HEX, oid);
	a->order = h->approval_count;
	a->date = cl_commit_date(commit);
	a->time = (long long)git_commit_time(commit);
	a->subject = cl_strdup(git_commit_summary(commit) ? git_commit_summary(commit) : "");
	cl_commit_author(&a->author, &w->ids, commit);
	cl_grow(&p, &h->approval_cap, h->approval_count + 1, sizeof(cl_approval *));
	h->approvals = p;
	h->approvals[h->approval_count++] = a;
	return a;
}

static void approval_add_approver(cl_approval *a, const walk *w, const char *value)
{
	a->approvers = cl_realloc(a->approvers, (a->approver_count + 1) * sizeof(cl_identity));
	cl_identity_parse(&a->approvers[a->approver_count++], &w->ids, value);
	a->approver_alloc = a->approver_count;
}

static void approval_free(cl_approval *a)
{
	for (size_t i = 0; i < a->approver_alloc; i++)
		cl_identity_clear(&a->approvers[i]);
	free(a->approvers);
	cl_identity_clear(&a->author);
	free(a->subject);
	free(a->signature_detail);
	free(a);
}

/* Records that `a` approved `blob`, another content than the document's,
 * at its path: a version the document was before. The first (newest) is
 * the one it drifted from. */
static void record_other(walk *w, size_t index, cl_approval *a, const char *blob)
{
	cl_history *h = w->h;
	cl_doc_history *d = &h->docs[index];
	void *p = d->others, *b = d->other_blobs;
	size_t cap = h->other_caps[index];

	if (d->other_count && d->others[d->other_count - 1] == a)
		return;
	if (!d->earlier) {
		if (!d->approval_count)
			w->unsettled--;
		d->earlier = a;
		memcpy(d->earlier_blob, blob, CL_OID_HEX);
	}
	cl_grow(&p, &h->other_caps[index], d->other_count + 1, sizeof(cl_approval *));
	cl_grow(&b, &cap, d->other_count + 1, CL_OID_HEX);
	d->others = p;
	d->other_blobs = b;
	d->others[d->other_count] = a;
	memcpy(d->other_blobs[d->other_count++], blob, CL_OID_HEX);
}

/* Records that `a` approved `blob` at `path`: an approval of every
 * document whose content is that blob, and for the document at `path`,
 * if its content is another, the approval its content has drifted from. */
static void record_approval(walk *w, cl_approval *a, const char *path, const char *blob)
{
	cl_history *h = w->h;
	size_t i = (size_t)cl_map_gets(&h->doc_by_blob, blob);
	size_t at = (size_t)cl_map_gets(&h->doc_by_path, path);

	for (i = i ? i - 1 : h->count; i < h->count; i = h->next_same_blob[i]) {
		cl_doc_history *d = &h->docs[i];
		void *p = d->approvals;

		/* A commit that changes a document and also names it in
		 * Approves: approves it once. */
		if (d->approval_count && d->approvals[d->approval_count - 1] == a)
			continue;
		if (!d->approval_count && !d->earlier)
			w->unsettled--;
		cl_grow(&p, &h->approval_caps[i], d->approval_count + 1, sizeof(cl_approval *));
		d->approvals = p;
		d->approvals[d->approval_count++] = a;
	}
	if (at && strcmp(h->docs[at - 1].blob, blob) != 0)
		record_other(w, at - 1, a, blob);
}

/* ---- comparing trees ---- */

/* A document path a commit changed. */
typedef struct {
	unsigned parents; /* how many of the commit's parents it differs from */
	int added;        /* some parent has no such path */
	char blob[CL_OID_HEX];
} change;

/* Comparing a commit's tree with one parent's, into a cl_commit_diff. */
typedef struct {
	walk *w;
	cl_commit_diff *out;
	unsigned parent;
	int prune; /* compare only the documents' folders */
	cl_buf path;
} tree_diff;

static void track_dirs(walk *w, const char *path)
{
	for (const char *slash = strchr(path, '/'); slash; slash = strchr(slash + 1, '/'))
		cl_map_put(&w->dirs, path, (size_t)(slash - path + 1), (void *)1);
}

static void diff_trees(tree_diff *d, git_tree *new_tree, git_tree *old_tree);

/* An entry of the parent's tree the commit's lacks: every blob under it
 * is deleted. */
static void note_deleted(tree_diff *d, const git_tree_entry *oe, size_t folder_len)
{
	size_t len = d->path.len;

	cl_buf_puts(&d->path, git_tree_entry_name(oe));
	if (git_tree_entry_type(oe) == GIT_OBJECT_TREE) {
		git_tree *sub = NULL;

		cl_buf_putc(&d->path, '/');
		if (git_tree_lookup(&sub, d->w->git, git_tree_entry_id(oe)) == 0)
			for (size_t i = 0; i < git_tree_entrycount(sub); i++)
				note_deleted(d, git_tree_entry_byindex(sub, i), folder_len);
		git_tree_free(sub);
	} else {
		cl_commit_diff_add(d->out, CL_DIFF_DELETED, d->parent, d->path.ptr, (unsigned)folder_len,
		                   git_tree_entry_id(oe));
	}
	d->path.len = len;
	d->path.ptr[len] = '\0';
}

/* A subtree of the commit: from the last commit's parent trees when it
 * was one (the caller must not free it then), else read. */
static git_tree *commit_subtree(walk *w, const git_oid *oid, int *borrowed)
{
	git_tree *tree = cl_map_get(&w->parent_trees, oid->id, sizeof(oid->id));

	*borrowed = tree != NULL;
	if (!tree && git_tree_lookup(&tree, w->git, oid) < 0)
		return NULL;
	return tree;
}

/* A subtree of a parent, kept for when the walk reaches that parent. */
static git_tree *parent_subtree(walk *w, const git_oid *oid)
{
	git_tree *tree = cl_map_get(&w->next_parent_trees, oid->id, sizeof(oid->id));

	if (tree)
		return tree;
	if (git_tree_lookup(&tree, w->git, oid) < 0)
		return NULL;
	cl_map_put(&w->next_parent_trees, oid->id, sizeof(oid->id), tree);
	return tree;
}

/* The walk moves to the next commit: this commit's parents' subtrees
 * become the ones to reuse. */
static void free_commits(cl_map *commits)
{
	const char *key;
	void *commit;

	for (size_t cursor = 0; cl_map_next(commits, &cursor, &key, &commit);)
		git_commit_free(commit);
	cl_map_free(commits);
}

static void rotate_trees(walk *w)
{
	cl_git_trees_free(&w->parent_trees);
	w->parent_trees = w->next_parent_trees;
	memset(&w->next_parent_trees, 0, sizeof(w->next_parent_trees));
	free_commits(&w->parent_commits);
	w->parent_commits = w->next_parent_commits;
	memset(&w->next_parent_commits, 0, sizeof(w->next_parent_commits));
}

/* A parent of the commit compared, kept for when the walk reaches it.
 * Borrowed: rotate_trees frees it. */
static git_commit *parent_commit(walk *w, git_commit *commit, unsigned p)
{
	const git_oid *oid = git_commit_parent_id(commit, p);
	git_commit *parent;

	if (!oid)
		return NULL;
	parent = cl_map_get(&w->next_parent_commits, oid->id, sizeof(oid->id));
	if (parent)
		return parent;
	if (git_commit_lookup(&parent, w->git, oid) < 0)
		return NULL;
	cl_map_put(&w->next_parent_commits, oid->id, sizeof(oid->id), parent);
	return parent;
}

static void diff_entry(tree_diff *d, const git_tree_entry *ne, const git_tree_entry *oe)
{
	size_t len = d->path.len;
	git_tree *sub_new, *sub_old = NULL;
	int borrowed = 0;

	cl_buf_puts(&d->path, git_tree_entry_name(ne));
	if (git_tree_entry_type(ne) == GIT_OBJECT_TREE) {
		cl_buf_putc(&d->path, '/');
		if (d->prune && !cl_map_gets(&d->w->dirs, d->path.ptr)) {
			d->path.len = len;
			d->path.ptr[len] = '\0';
			return;
		}
		sub_new = commit_subtree(d->w, git_tree_entry_id(ne), &borrowed);
		if (sub_new) {
			if (oe && git_tree_entry_type(oe) == GIT_OBJECT_TREE)
				sub_old = parent_subtree(d->w, git_tree_entry_id(oe));
			diff_trees(d, sub_new, sub_old);
		}
		if (!borrowed)
			git_tree_free(sub_new);
	} else if (git_tree_entry_type(ne) == GIT_OBJECT_BLOB) {
		cl_commit_diff_add(d->out, oe ? CL_DIFF_CHANGED : CL_DIFF_ADDED, d->parent, d->path.ptr,
		                   (unsigned)len, git_tree_entry_id(ne));
	}
	d->path.len = len;
	d->path.ptr[len] = '\0';
}

/* Every blob of new_tree that old_tree (which may be NULL) doesn't have
 * at the same path with the same id; and the blobs old_tree has at
 * paths new_tree lacks. Both lists are in git's entry order, so one
 * merge pass visits each entry once. */
static void diff_trees(tree_diff *d, git_tree *new_tree, git_tree *old_tree)
{
	size_t n = git_tree_entrycount(new_tree);
	size_t o = old_tree ? git_tree_entrycount(old_tree) : 0;
	size_t j = 0;

	for (size_t i = 0; i < n; i++) {
		const git_tree_entry *ne = git_tree_entry_byindex(new_tree, i);
		const git_tree_entry *oe = NULL;

		while (j < o && git_tree_entry_cmp(git_tree_entry_byindex(old_tree, j), ne) < 0)
			note_deleted(d, git_tree_entry_byindex(old_tree, j++), d->path.len);
		if (j < o && git_tree_entry_cmp(git_tree_entry_byindex(old_tree, j), ne) == 0)
			oe = git_tree_entry_byindex(old_tree, j++);
		if (oe && git_oid_equal(git_tree_entry_id(oe), git_tree_entry_id(ne)) &&
		    git_tree_entry_filemode(oe) == git_tree_entry_filemode(ne))
			continue;
		diff_entry(d, ne, oe);
	}
	while (j < o)
		note_deleted(d, git_tree_entry_byindex(old_tree, j++), d->path.len);
}

/* What the commit changed against each parent: only in the documents'
 * folders with `prune`, else everywhere (`whole`). */
static int commit_diff(cl_commit_diff *out, walk *w, git_commit *commit, int prune)
{
	tree_diff d = {w, out, 0, prune, CL_BUF_INIT};
	unsigned parents = git_commit_parentcount(commit);
	git_tree *tree = NULL;
	int rc = 0;

	out->whole = !prune;
	if (git_commit_tree(&tree, commit) < 0)
		return -1;
	cl_buf_put(&d.path, "", 0);
	if (parents == 0)
		diff_trees(&d, tree, NULL);
	for (unsigned p = 0; p < parents && rc == 0; p++) {
		git_commit *parent = parent_commit(w, commit, p);
		git_tree *parent_tree = NULL;

		d.parent = p;
		rc = parent ? git_commit_tree(&parent_tree, parent) : -1;
		if (rc == 0)
			diff_trees(&d, tree, parent_tree);
		git_tree_free(parent_tree);
	}
	git_tree_free(tree);
	cl_buf_free(&d.path);
	return rc;
}

/* ---- what a commit changed, for the documents ---- */

/* What the walk makes of one commit's diff. */
typedef struct {
	walk *w;
	cl_map *changes; /* path -> change */
	cl_map *deleted; /* blob -> a path it was removed from (owned string) */
	/* In an approval commit: every Markdown path that is no document
	 * given, changed (-> its blob) or deleted (-> ""), owned strings:
	 * documents that may have left (lost.h). NULL otherwise. */
	cl_map *markdown;
} replay;

/* Only documents' paths and blobs matter; anything else is left out
 * before it costs a map entry. */
static int interesting(const walk *w, const char *path, const char *blob)
{
	return cl_map_gets(&w->h->doc_by_path, path) || cl_map_gets(&w->h->doc_by_blob, blob);
}

/* Whether a path would be read as Markdown and is no document given:
 * where a document may have been that isn't any more. */
static int may_be_lost(const walk *w, const char *path)
{
	if (w->lost_watch)
		return cl_map_gets(w->lost_watch, path) && !cl_map_gets(&w->h->doc_by_path, path);
	return cl_glob_match_any(&w->config->include, path) &&
	       !cl_glob_match_any(&w->config->exclude, path) && !cl_map_gets(&w->h->doc_by_path, path);
}

/* Whether a pruned comparison would not have met the entry: the folder
 * it was found in is no document's (track_dirs adds every folder above
 * a document, so the nearest one decides). */
static int outside_dirs(const walk *w, const cl_diff_entry *e)
{
	return e->folder_len && !cl_map_get(&w->dirs, e->path, e->folder_len);
}

static void note_markdown(replay *c, const char *path, const char *blob)
{
	if (c->markdown && !cl_map_gets(c->markdown, path) && may_be_lost(c->w, path))
		cl_map_puts(c->markdown, path, cl_strdup(blob));
}

static void note_change(replay *c, const cl_diff_entry *e)
{
	char blob[CL_OID_HEX];
	change *ch;

	git_oid_tostr(blob, sizeof(blob), &e->blob);
	note_markdown(c, e->path, blob);
	if (!interesting(c->w, e->path, blob))
		return;
	ch = cl_map_gets(c->changes, e->path);
	if (!ch) {
		ch = cl_calloc(1, sizeof(*ch));
		memcpy(ch->blob, blob, CL_OID_HEX);
		cl_map_puts(c->changes, e->path, ch);
	}
	ch->parents++;
	ch->added |= e->kind == CL_DIFF_ADDED;
}

/* A blob removed from a path: if the same commit adds it elsewhere,
 * that is a rename, and the content's history goes on at the old path.
 * Any blob: the content moved may be an earlier version of a document,
 * edited since. Deletions are rare enough to keep. */
static void note_deleted_blob(replay *c, const cl_diff_entry *e)
{
	char blob[CL_OID_HEX];

	git_oid_tostr(blob, sizeof(blob), &e->blob);
	if (!cl_map_gets(c->deleted, blob))
		cl_map_puts(c->deleted, blob, cl_strdup(e->path));
	note_markdown(c, e->path, "");
}

/* The diff's entries, as the comparison (pruned, with `prune`) met them. */
static void take_diff(replay *c, const cl_commit_diff *diff, int prune)
{
	for (size_t i = 0; i < diff->count; i++) {
		const cl_diff_entry *e = &diff->entries[i];

		if (prune && outside_dirs(c->w, e))
			continue;
		if (e->kind == CL_DIFF_DELETED)
			note_deleted_blob(c, e);
		else
			note_change(c, e);
	}
}

/* ---- the walk ---- */

/* The commit object, read when first asked for (the cache spares most
 * commits the read): NULL when the repository fails. */
static git_commit *commit_of(walk *w, const git_oid *oid, git_commit **commit)
{
	git_commit *kept;

	if (*commit)
		return *commit;
	kept = cl_map_get(&w->parent_commits, oid->id, sizeof(oid->id));
	if (kept ? git_object_dup((git_object **)commit, (git_object *)kept) < 0
	         : git_commit_lookup(commit, w->git, oid) < 0)
		*commit = NULL;
	return *commit;
}

/* Who made the change is read from the commit itself, never from the
 * cache: self-approval turns on it. */
static int resolve_change(walk *w, git_commit **lazy, const git_oid *oid, const char *path, const char *blob)
{
	size_t at = (size_t)cl_map_gets(&w->h->doc_by_path, path);
	cl_doc_history *d = at ? &w->h->docs[at - 1] : NULL;
	git_commit *commit;

	if (!d || d->has_change || strcmp(d->blob, blob) != 0)
		return 0;
	commit = commit_of(w, oid, lazy);
	if (!commit)
		return -1;
	d->has_change = 1;
	git_oid_tostr(d->change.commit, CL_OID_HEX, oid);
	cl_commit_author(&d->change.author, &w->ids, commit);
	d->change.date = cl_commit_date(commit);
	d->change.subject = cl_strdup(git_commit_summary(commit) ? git_commit_summary(commit) : "");
	w->unresolved--;
	return 0;
}

/* A commit with more trailers than an approval ever needs is refused as
 * one (what it would approve stays unapproved, which is safe) and noted
 * for a finding: reading 100,000 identities costs seconds, and no one
 * signs for that many. */
static int refuse_oversized(walk *w, const git_oid *oid, const cl_commit_facts *facts)
{
	cl_history *h = w->h;
	size_t approvers = 0, approves = 0;
	void *p = h->refused;

	for (size_t i = 0; i < facts->trailer_count; i++) {
		approvers += cl_strcaseeq(facts->trailers[i].key, w->config->approval_trailer);
		approves += cl_strcaseeq(facts->trailers[i].key, "Approves") ||
		            cl_strcaseeq(facts->trailers[i].key, CL_WITHDRAWS_TRAILER);
	}
	if (approvers <= CL_MAX_APPROVERS && approves <= CL_MAX_APPROVES)
		return 0;
	cl_grow(&p, &h->refused_cap, h->refused_count + 1, sizeof(cl_refused_approval));
	h->refused = p;
	git_oid_tostr(h->refused[h->refused_count].commit, CL_OID_HEX, oid);
	h->refused[h->refused_count].approvers = approvers;
	h->refused[h->refused_count++].approves = approves;
	return 1;
}

/* Whether the trailers name an approver: then the commit is an approval,
 * unless it names too many. */
static int names_approver(const walk *w, const cl_commit_facts *facts)
{
	for (size_t i = 0; i < facts->trailer_count; i++)
		if (cl_strcaseeq(facts->trailers[i].key, w->config->approval_trailer))
			return 1;
	return 0;
}

/* Reads the trailers; returns the approval when the commit is one.
 * `commit` is the commit itself whenever the trailers name an approver. */
static cl_approval *read_trailers(walk *w, const cl_commit_facts *facts, git_commit *commit,
                                  const git_oid *oid, cl_strvec *approves, cl_strvec *withdraws)
{
	cl_approval *a = NULL;

	if (refuse_oversized(w, oid, facts))
		return NULL;
	for (size_t i = 0; i < facts->trailer_count; i++) {
		const char *key = facts->trailers[i].key;
		const char *value = facts->trailers[i].value;

		if (cl_strcaseeq(key, w->config->approval_trailer)) {
			if (!a)
				a = approval_new(w, commit, oid);
			approval_add_approver(a, w, value);
		} else if (cl_strcaseeq(key, "Approves")) {
			cl_strvec_push(approves, value);
		} else if (cl_strcaseeq(key, CL_WITHDRAWS_TRAILER)) {
			cl_strvec_push(withdraws, value);
		}
	}
	return a;
}

static void apply_approves(walk *w, cl_approval *a, git_commit *commit, const cl_strvec *approves)
{
	for (size_t i = 0; i < approves->count; i++) {
		git_oid blob_oid;
		char blob[CL_OID_HEX];

		if (cl_tree_memo_blob_id(&blob_oid, &w->trees, git_commit_tree_id(commit),
		                         approves->items[i]) != CL_READ_OK)
			continue;
		git_oid_tostr(blob, sizeof(blob), &blob_oid);
		record_approval(w, a, approves->items[i], blob);
		if (may_be_lost(w, approves->items[i]))
			cl_lost_note(&w->h->lost, approves->items[i], a, blob);
	}
}

static void free_changes(cl_map *changes, cl_map *deleted)
{
	const char *path;
	void *value;

	for (size_t cursor = 0; cl_map_next(changes, &cursor, &path, &value);)
		free(value);
	for (size_t cursor = 0; cl_map_next(deleted, &cursor, &path, &value);)
		free(value);
	cl_map_free(changes);
	cl_map_free(deleted);
}

static void free_markdown(cl_map *markdown)
{
	const char *path;
	void *blob;

	for (size_t cursor = 0; markdown && cl_map_next(markdown, &cursor, &path, &blob);)
		free(blob);
	if (markdown)
		cl_map_free(markdown);
}

/* The commit's diff: from the cache, or worked out (whole when there is
 * a cache to keep it in, or `prune` is off) into `own`. NULL when the
 * repository fails. *cached: it came from the cache. */
static const cl_commit_diff *diff_of(walk *w, git_commit **lazy, const git_oid *oid, int prune,
                                     cl_commit_diff *own, int *cached)
{
	const cl_commit_diff *diff = w->cache ? cl_commit_cache_get(w->cache, oid) : NULL;
	git_commit *commit;

	*cached = diff != NULL;
	if (diff)
		return diff;
	commit = commit_of(w, oid, lazy);
	if (!commit || commit_diff(own, w, commit, prune && !w->cache) < 0)
		return NULL;
	if (!w->cache)
		return own;
	cl_commit_cache_put(w->cache, oid, own);
	return cl_commit_cache_get(w->cache, oid);
}

/* The documents' folders first; when a document's path is new in the
 * commit it may have been moved there from anywhere, so the commit is
 * compared whole to find where. An approval commit (`markdown` set) is
 * compared whole at once: what it approved or removed may be anywhere. */
static int compare_commit(replay *c, git_commit **lazy, const git_oid *oid, const cl_commit_diff **used,
                          cl_commit_diff *own, int *cached)
{
	walk *w = c->w;
	int prune = !c->markdown || w->lost_watch;
	const char *path;
	void *value;
	int added = 0;

	*used = diff_of(w, lazy, oid, prune, own, cached);
	if (!*used)
		return -1;
	take_diff(c, *used, prune);
	if (!prune)
		return 0;
	for (size_t cursor = 0; cl_map_next(c->changes, &cursor, &path, &value);)
		added |= ((change *)value)->added && cl_map_gets(&w->h->doc_by_path, path);
	if (!added)
		return 0;
	free_changes(c->changes, c->deleted);
	free_markdown(c->markdown);
	if (!(*used)->whole) {
		cl_commit_diff_free(own);
		if (!commit_of(w, oid, lazy) || commit_diff(own, w, *lazy, 0) < 0)
			return -1;
		*used = own;
	}
	take_diff(c, *used, 0);
	return 0;
}

/* ---- checking what the cache says of an approval ---- */

/* The entry at `path` of the tree of `commit`, or of its parent-th
 * parent (parent >= 0): 1 and *id, *mode when it is a blob, 0 when there
 * is none or no blob, -1 when the repository fails. */
static int blob_at(git_oid *id, git_filemode_t *mode, git_commit *commit, int parent, const char *path)
{
	git_commit *owner = commit;
	git_tree *tree = NULL;
	git_tree_entry *entry = NULL;
	int rc;

	if (parent >= 0 && git_commit_parent(&owner, commit, (unsigned)parent) < 0)
		return -1;
	rc = git_commit_tree(&tree, owner) < 0 ? -1 : git_tree_entry_bypath(&entry, tree, path);
	if (rc == 0 && git_tree_entry_type(entry) == GIT_OBJECT_BLOB) {
		git_oid_cpy(id, git_tree_entry_id(entry));
		*mode = git_tree_entry_filemode(entry);
		rc = 1;
	} else if (rc == 0 || rc == GIT_ENOTFOUND) {
		rc = 0;
	}
	git_tree_entry_free(entry);
	git_tree_free(tree);
	if (owner != commit)
		git_commit_free(owner);
	return rc;
}

/* Whether one entry of a cached diff is true of the commit's trees. */
static int entry_holds(git_commit *commit, const cl_diff_entry *e)
{
	git_oid ours, theirs;
	git_filemode_t our_mode = 0, their_mode = 0;
	int here = blob_at(&ours, &our_mode, commit, -1, e->path);
	int there = git_commit_parentcount(commit)
	                    ? blob_at(&theirs, &their_mode, commit, (int)e->parent, e->path)
	                    : 0;

	if (here < 0 || there < 0 || (e->parent && e->parent >= git_commit_parentcount(commit)))
		return 0;
	if (e->kind == CL_DIFF_DELETED)
		return !here && there && git_oid_equal(&theirs, &e->blob);
	if (!here || !git_oid_equal(&ours, &e->blob))
		return 0;
	if (e->kind == CL_DIFF_ADDED)
		return !there;
	return there && (!git_oid_equal(&theirs, &ours) || their_mode != our_mode);
}

/*
 * An approval is evidence: what the cache says an approval commit
 * changed counts only when the commit's own trees say so too, for every
 * entry the walk takes (a document's path or content, or a path whose
 * leaving is followed). The others can only leave something unapproved.
 */
static int cached_approval_holds(const replay *c, git_commit *commit, const cl_commit_diff *diff, int prune)
{
	for (size_t i = 0; i < diff->count; i++) {
		const cl_diff_entry *e = &diff->entries[i];
		char blob[CL_OID_HEX];

		if (prune && outside_dirs(c->w, e))
			continue;
		git_oid_tostr(blob, sizeof(blob), &e->blob);
		if (!interesting(c->w, e->path, blob) && !may_be_lost(c->w, e->path))
			continue;
		if (!entry_holds(commit, e))
			return 0;
	}
	return 1;
}

/* What an approval commit approved or removed at paths that are no
 * document given, and what its Withdraws: trailers name. */
static void note_lost(walk *w, cl_approval *a, cl_map *markdown, const cl_strvec *withdraws)
{
	const char *path;
	void *blob;

	/* Again: a path this commit moved a document from is one now. */
	for (size_t cursor = 0; cl_map_next(markdown, &cursor, &path, &blob);) {
		if (may_be_lost(w, path))
			cl_lost_note(&w->h->lost, path, a, blob);
	}
	free_markdown(markdown);
	for (size_t i = 0; i < withdraws->count; i++)
		if (may_be_lost(w, withdraws->items[i]))
			cl_lost_note(&w->h->lost, withdraws->items[i], a, "");
}

static void free_visit(replay *c, cl_strvec *approves, cl_strvec *withdraws, cl_commit_diff *own,
                       cl_commit_facts *facts, git_commit *commit)
{
	free_changes(c->changes, c->deleted);
	free_markdown(c->markdown);
	cl_strvec_free(approves);
	cl_strvec_free(withdraws);
	cl_commit_diff_free(own);
	cl_commit_facts_free(facts);
	git_commit_free(commit);
}

/* 0, -1 when the repository fails, CACHE_UNTRUE when the cache says of
 * an approval what isn't so. */
#define CACHE_UNTRUE -2

/*
 * The commit's trailers and parents: from the cache, or read from the
 * commit (and kept in the cache). An approval's are always read from the
 * commit itself: what the cache says can only hide an approval (which
 * is safe: it stays unapproved), never make one. -1 when the repository
 * fails.
 */
static int facts_of(const cl_commit_facts **out, walk *w, const git_oid *oid, git_commit **commit,
                    cl_commit_facts *own)
{
	const cl_commit_facts *cached = w->cache ? cl_commit_cache_facts(w->cache, oid) : NULL;

	if (cached && !names_approver(w, cached)) {
		*out = cached;
		return 0;
	}
	if (!commit_of(w, oid, commit))
		return -1;
	/* A message whose trailers can't be read has none (own keeps
	 * its parents). */
	(void)cl_commit_facts_read(own, *commit);
	*out = own;
	if (w->cache && !cached) {
		cl_commit_cache_put_facts(w->cache, oid, own);
		*out = cl_commit_cache_facts(w->cache, oid);
	}
	return 0;
}

static int visit_commit(walk *w, const git_oid *oid)
{
	git_commit *commit = NULL;
	cl_strvec approves = CL_STRVEC_INIT, withdraws = CL_STRVEC_INIT;
	cl_map changes = CL_MAP_INIT, deleted = CL_MAP_INIT, markdown = CL_MAP_INIT;
	replay c = {w, &changes, &deleted, NULL};
	cl_commit_diff own = {0};
	cl_commit_facts own_facts = {0};
	const cl_commit_facts *facts = NULL;
	const cl_commit_diff *used = NULL;
	cl_approval *a;
	unsigned parents;
	int cached = 0, rc = 0;
	const char *path;
	void *value;

	if (facts_of(&facts, w, oid, &commit, &own_facts) < 0)
		return -1;
	parents = facts->parents;
	a = read_trailers(w, facts, commit, oid, &approves, &withdraws);
	c.markdown = a ? &markdown : NULL;
	/* A commit that approves nothing is only of interest while some
	 * document's last change, or its past under another path, is still
	 * to be found. */
	if ((a || w->unresolved || w->unsettled) &&
	    compare_commit(&c, &commit, oid, &used, &own, &cached) < 0) {
		free_visit(&c, &approves, &withdraws, &own, &own_facts, commit);
		return -1;
	}
	if (a && cached && !cached_approval_holds(&c, commit, used, !c.markdown || w->lost_watch)) {
		free_visit(&c, &approves, &withdraws, &own, &own_facts, commit);
		return CACHE_UNTRUE;
	}
	for (size_t cursor = 0; rc == 0 && cl_map_next(&changes, &cursor, &path, &value);) {
		change *ch = value;

		const char *renamed_from = cl_map_gets(&deleted, ch->blob);
		void *at = cl_map_gets(&w->h->doc_by_path, path);

		/* Moved, not changed: older commits know the document by its
		 * old path, where its changes and approvals are to be found. */
		if (at && renamed_from) {
			if (!cl_map_gets(&w->h->doc_by_path, renamed_from)) {
				cl_map_puts(&w->h->doc_by_path, renamed_from, at);
				track_dirs(w, renamed_from);
			}
		} else if (ch->parents == (parents ? parents : 1)) {
			/* Different from every parent: this commit made it. */
			rc = resolve_change(w, &commit, oid, path, ch->blob);
		}
		if (a)
			record_approval(w, a, path, ch->blob);
	}
	if (a && rc == 0) {
		apply_approves(w, a, commit, &approves);
		note_lost(w, a, &markdown, &withdraws);
		c.markdown = NULL; /* note_lost freed it */
	}
	free_visit(&c, &approves, &withdraws, &own, &own_facts, commit);
	return rc;
}

static int walk_history(walk *w, cl_repo *repo, cl_error *err)
{
	git_revwalk *rw = NULL;
	git_oid oid;
	int rc;

	if (cl_history_revwalk(&rw, repo, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME, err) < 0)
		return -1;
	if (!rw)
		return 0;
	for (rc = git_revwalk_next(&oid, rw); rc == 0; rc = git_revwalk_next(&oid, rw)) {
		rc = visit_commit(w, &oid);
		if (rc < 0)
			break;
		rotate_trees(w);
		if (w->progress)
			w->progress->commits_walked++;
	}
	cl_git_trees_free(&w->parent_trees);
	cl_git_trees_free(&w->next_parent_trees);
	free_commits(&w->parent_commits);
	free_commits(&w->next_parent_commits);
	git_revwalk_free(rw);
	if (rc == CACHE_UNTRUE)
		return rc;
	if (rc != GIT_ITEROVER) {
		cl_git_error(err, "cannot read the history");
		return -1;
	}
	return 0;
}

/* ---- setting up ---- */

/* Content that is only in the index or the working tree was changed by
 * nobody's commit yet. */
static void note_uncommitted(walk *w, cl_repo *repo, const cl_content_id *doc, cl_doc_history *d)
{
	char head[CL_OID_HEX];

	if (repo->source != CL_SOURCE_REV &&
	    (cl_repo_head_blob_id(head, repo, doc->path) < 0 || strcmp(head, doc->blob) != 0)) {
		d->has_change = 1;
		d->uncommitted = 1;
		d->change.author.name = cl_strdup("");
		d->change.author.email = cl_strdup("");
		d->change.subject = cl_strdup("");
		return;
	}
	w->unresolved++;
}

static void index_documents(walk *w, cl_repo *repo, const cl_content_id *docs, size_t count)
{
	cl_history *h = w->h;

	h->count = count;
	h->docs = cl_calloc(count, sizeof(cl_doc_history));
	h->next_same_blob = cl_calloc(count, sizeof(size_t));
	h->approval_caps = cl_calloc(count, sizeof(size_t));
	h->other_caps = cl_calloc(count, sizeof(size_t));
	for (size_t i = count; i-- > 0;) {
		cl_doc_history *d = &h->docs[i];
		size_t first = (size_t)cl_map_gets(&h->doc_by_blob, docs[i].blob);

		memcpy(d->blob, docs[i].blob, CL_OID_HEX);
		h->next_same_blob[i] = first ? first - 1 : count;
		cl_map_puts(&h->doc_by_blob, docs[i].blob, (void *)(i + 1));
		cl_map_puts(&h->doc_by_path, docs[i].path, (void *)(i + 1));
		track_dirs(w, docs[i].path);
		note_uncommitted(w, repo, &docs[i], d);
	}
}

/* The paths whose leaving is followed, as a set, their folders compared
 * like the documents'. */
static void watch_lost(walk *w, cl_map *set, const cl_strvec *paths)
{
	for (size_t i = 0; i < paths->count; i++) {
		cl_map_puts(set, paths->items[i], (void *)1);
		track_dirs(w, paths->items[i]);
	}
	w->lost_watch = set;
}

static int read_once(cl_history **out, cl_repo *repo, const cl_config *config, const cl_people *people,
                     const cl_walk_inputs *inputs, const cl_content_id *docs, size_t count, cl_error *err)
{
	walk w;
	cl_map watch = CL_MAP_INIT;
	int rc;

	memset(&w, 0, sizeof(w));
	w.h = cl_calloc(1, sizeof(cl_history));
	w.git = repo->git;
	w.config = config;
	w.ids.people = people;
	*out = w.h;

	w.ids.mailmap = cl_mailmap_load(inputs ? inputs->mailmap : NULL);
	w.progress = inputs ? inputs->progress : NULL;
	w.cache = inputs ? inputs->cache : NULL;
	w.trees.git = repo->git;
	index_documents(&w, repo, docs, count);
	if (inputs && inputs->lost_watch)
		watch_lost(&w, &watch, inputs->lost_watch);
	w.unsettled = count;
	rc = walk_history(&w, repo, err);
	cl_tree_memo_clear(&w.trees);
	git_mailmap_free(w.ids.mailmap);
	cl_map_free(&w.dirs);
	cl_map_free(&watch);
	return rc;
}

int cl_history_read(cl_history **out, cl_repo *repo, const cl_config *config, const cl_people *people,
                    const cl_walk_inputs *inputs, const cl_content_id *docs, size_t count, cl_error *err)
{
	int rc = read_once(out, repo, config, people, inputs, docs, count, err);

	if (rc != CACHE_UNTRUE)
		return rc;
	/* The cache said of an approval what its commit doesn't: nothing
	 * it holds is taken, and the walk starts again without it. */
	cl_history_free(*out);
	cl_commit_cache_reset(inputs->cache);
	if (inputs->progress)
		inputs->progress->commits_walked = 0;
	return read_once(out, repo, config, people, inputs, docs, count, err);
}

/* ---- signatures ---- */

/* Who signed, and whether that makes the approval theirs. */
static cl_verification judge_signer(cl_approval *a, const cl_people *people, const cl_signature *sig)
{
	a->signer = cl_people_find_key(people, sig->key, sig->key_len);
	if (!a->signer)
		return CL_VERIFY_UNKNOWN_KEY;
	for (size_t i = 0; i < a->approver_count; i++) {
		if (a->approvers[i].person != a->signer)
			continue;
		return cl_person_present_on(a->signer, a->date) ? CL_VERIFY_VERIFIED : CL_VERIFY_NOT_PRESENT;
	}
	return CL_VERIFY_WRONG_KEY;
}

static int verify_approval(cl_approval *a, git_repository *git, const cl_people *people, cl_error *err)
{
	git_oid oid;
	cl_signature result;

	if (a->verification != CL_VERIFY_UNCHECKED)
		return 0;
	if (git_oid_fromstr(&oid, a->commit) < 0) {
		cl_git_error(err, "cannot read an approval's id");
		return -1;
	}
	cl_commit_signature(&result, git, &oid);
	switch (result.state) {
	case CL_SIG_UNSIGNED:
		a->verification = CL_VERIFY_UNSIGNED;
		break;
	case CL_SIG_INVALID:
		a->verification = CL_VERIFY_INVALID;
		break;
	case CL_SIG_UNSUPPORTED:
		a->verification = CL_VERIFY_UNSUPPORTED;
		break;
	case CL_SIG_MALFORMED:
		a->verification = CL_VERIFY_MALFORMED;
		break;
	case CL_SIG_VALID:
		a->verification = judge_signer(a, people, &result);
		break;
	}
	a->signature_detail = cl_strdup(result.detail);
	return 0;
}

/* Only the signer's approval is verified: the approvers are narrowed to
 * them (the others stay allocated, for approval_free). */
static void narrow_to_signer(cl_approval *a)
{
	for (size_t i = 0; i < a->approver_count; i++) {
		if (a->approvers[i].person != a->signer)
			continue;
		if (i) {
			cl_identity first = a->approvers[0];

			a->approvers[0] = a->approvers[i];
			a->approvers[i] = first;
		}
		a->approver_count = 1;
		return;
	}
}

/* Moves the unverified approvals of a document aside, keeping order. */
static void set_aside(cl_doc_history *d)
{
	size_t kept = 0;

	for (size_t i = 0; i < d->approval_count; i++) {
		const cl_approval *a = d->approvals[i];

		if (a->verification == CL_VERIFY_VERIFIED) {
			d->approvals[kept++] = a;
			continue;
		}
		if (!d->unverified)
			d->unverified = cl_calloc(d->approval_count, sizeof(cl_approval *));
		d->unverified[d->unverified_count++] = a;
	}
	d->approval_count = kept;
}

/* With signatures required, an approval of other content later than the
 * current content's supersedes it only when it is verified itself: a
 * forged one can't take an approval away. Older ones don't matter. */
static int drop_unverified_later(cl_doc_history *d, git_repository *git, const cl_people *people,
                                 cl_error *err)
{
	size_t kept = 0;

	for (size_t i = 0; i < d->other_count; i++) {
		cl_approval *a = (cl_approval *)d->others[i];

		if (d->approval_count && a->order < d->approvals[0]->order) {
			if (verify_approval(a, git, people, err) < 0)
				return -1;
			if (a->verification != CL_VERIFY_VERIFIED)
				continue;
		}
		d->others[kept] = a;
		memmove(d->other_blobs[kept++], d->other_blobs[i], CL_OID_HEX);
	}
	d->other_count = kept;
	return 0;
}

int cl_history_verify(cl_history *h, cl_repo *repo, const cl_people *people, int require, cl_error *err)
{
	for (size_t i = 0; h && i < h->count; i++) {
		cl_doc_history *d = &h->docs[i];

		for (size_t k = 0; k < d->approval_count; k++)
			if (verify_approval((cl_approval *)d->approvals[k], repo->git, people, err) < 0)
				return -1;
		/* With signatures required, every approval of another
		 * version too: only signed ones bring a version into force
		 * (engine/versions.c). */
		for (size_t k = 0; k < (require ? d->other_count : !!d->earlier); k++)
			if (verify_approval((cl_approval *)d->others[k], repo->git, people, err) < 0)
				return -1;
		if (require)
			set_aside(d);
		if (require && drop_unverified_later(d, repo->git, people, err) < 0)
			return -1;
	}
	for (size_t i = 0; require && h && i < h->lost.count; i++)
		for (size_t k = 0; k < h->lost.items[i].count; k++)
			if (verify_approval((cl_approval *)h->lost.items[i].events[k].approval, repo->git,
			                    people, err) < 0)
				return -1;
	for (size_t i = 0; require && h && i < h->approval_count; i++)
		if (h->approvals[i]->verification == CL_VERIFY_VERIFIED)
			narrow_to_signer(h->approvals[i]);
	return 0;
}

const cl_doc_history *cl_history_at(const cl_history *h, size_t index)
{
	return h && index < h->count ? &h->docs[index] : NULL;
}

const cl_lost_path *cl_history_lost(const cl_history *h, size_t *count)
{
	*count = h ? h->lost.count : 0;
	return h ? h->lost.items : NULL;
}

const cl_refused_approval *cl_history_refused(const cl_history *h, size_t *count)
{
	*count = h ? h->refused_count : 0;
	return h ? h->refused : NULL;
}

void cl_history_free(cl_history *h)
{
	if (!h)
		return;
	for (size_t i = 0; i < h->count; i++) {
		free(h->docs[i].approvals);
		free(h->docs[i].unverified);
		free(h->docs[i].others);
		free(h->docs[i].other_blobs);
		cl_identity_clear(&h->docs[i].change.author);
		free(h->docs[i].change.subject);
	}
	for (size_t i = 0; i < h->approval_count; i++)
		approval_free(h->approvals[i]);
	free(h->approvals);
	free(h->docs);
	free(h->next_same_blob);
	free(h->approval_caps);
	free(h->other_caps);
	free(h->refused);
	cl_lost_free(&h->lost);
	cl_map_free(&h->doc_by_path);
	cl_map_free(&h->doc_by_blob);
	free(h);
}
