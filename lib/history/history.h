/*
 * history.h: who approved exactly which content, and when, read from git
 * (docs/approvals.md).
 */
#ifndef CL_HISTORY_H
#define CL_HISTORY_H

#include "config/config.h"
#include "config/people.h"
#include "repo/repo.h"

/* A person as git names them, after .mailmap. */
typedef struct {
	char *name;
	char *email;             /* lower-cased; "" when none was given */
	const cl_person *person; /* the registry's entry, or NULL */
} cl_identity;

/* Whether an approval is signed by its approver (cl_history_verify). */
typedef enum {
	CL_VERIFY_UNCHECKED = 0, /* signatures weren't asked for */
	CL_VERIFY_VERIFIED,      /* a valid signature by a key of an approver,
	                          * made while they were in the organisation */
	CL_VERIFY_UNSIGNED,
	CL_VERIFY_INVALID,     /* the signed bytes changed */
	CL_VERIFY_UNSUPPORTED, /* signature_detail names the key type */
	CL_VERIFY_MALFORMED,   /* signature_detail says why */
	CL_VERIFY_UNKNOWN_KEY, /* valid, by a key in nobody's signing_keys */
	CL_VERIFY_WRONG_KEY,   /* valid, by a key of `signer`, who isn't an approver */
	CL_VERIFY_NOT_PRESENT  /* valid, by the approver, outside their since/until */
} cl_verification;

/* A commit with Approved-by trailers. */
typedef struct cl_approval {
	char commit[CL_OID_HEX];
	cl_date date;           /* committer date, in the committer's zone */
	long long time;         /* committer time, seconds since the epoch */
	cl_identity *approvers; /* the trailers' identities */
	size_t approver_count;
	cl_identity author; /* the approval commit's author */
	char *subject;
	cl_verification verification;
	/* Whose signing_keys hold the signing key (VERIFIED, WRONG_KEY,
	 * NOT_PRESENT), or NULL. */
	const cl_person *signer;
	char *signature_detail; /* "" or the key type / the reason; never NULL once checked */
	size_t approver_alloc;  /* identities in `approvers`, >= approver_count */
	/* Its place in the walk, newest first: of two approvals, the one
	 * with the smaller order is the later (a descendant, or later in
	 * time on another branch). */
	size_t order;
} cl_approval;

/* The commit that brought a document's current content. */
typedef struct {
	char commit[CL_OID_HEX]; /* "" when uncommitted */
	cl_identity author;
	cl_date date;
	char *subject;
} cl_change;

/* What the history says of one document's current content. */
struct cl_doc_history {
	char blob[CL_OID_HEX];
	/* Approvals of exactly this content, newest first. */
	const cl_approval **approvals;
	size_t approval_count;
	/* With approvals.require_signature: the approvals of this content
	 * that cl_history_verify set aside from `approvals` because they
	 * aren't verified, newest first. */
	const cl_approval **unverified;
	size_t unverified_count;
	/* The newest approval of other content at this path (followed back
	 * through renames): the version the document has drifted from, and
	 * that version's blob. NULL when there is none. */
	const cl_approval *earlier;
	char earlier_blob[CL_OID_HEX];
	/* Every approval of other content at this path, newest first, with
	 * the blob each approved (earlier is the first): what the document
	 * was before, for the rules that ask whether an older version is
	 * restored, or what its last approved version required. */
	const cl_approval **others;
	char (*other_blobs)[CL_OID_HEX];
	size_t other_count;
	/* Who brought the current content: a commit, or (uncommitted) the
	 * index or the working tree. has_change is 0 only when the history
	 * could not be read far enough. */
	int has_change;
	int uncommitted;
	cl_change change;
};

typedef struct cl_doc_history cl_doc_history;
typedef struct cl_history cl_history;

/* The most trailers of each kind one commit may carry and still be read
 * as an approval: a commit with more is no approval at all (what it
 * would approve stays unapproved), and the history says which it was
 * (cl_history_refused). Real approvals name a few people and paths. */
#define CL_MAX_APPROVERS 64
#define CL_MAX_APPROVES 1024 /* Approves: and Withdraws: trailers together */

/* The trailer by which an approval withdraws a document: approves that
 * it is removed, or no longer in force (docs/approvals.md). */
#define CL_WITHDRAWS_TRAILER "Withdraws"

/* A commit refused as an approval, and why. */
typedef struct {
	char commit[CL_OID_HEX];
	size_t approvers; /* its Approved-by trailers */
	size_t approves;  /* its Approves: trailers */
} cl_refused_approval;

/* An event in the life of a path: an approval of the content `blob`
 * there, or (blob "") an approval of its withdrawal: a commit with
 * Approved-by that deletes it, or names it in a Withdraws: trailer. */
typedef struct {
	const cl_approval *approval;
	char blob[CL_OID_HEX];
} cl_path_event;

/* A Markdown path some approval approved content at, or withdrew, that
 * is no document given to cl_history_read (nor an older name of one
 * followed through a rename): a document that may have left what is
 * linted. Its events are newest first. */
typedef struct {
	char *path;
	cl_path_event *events;
	size_t count, cap;
} cl_lost_path;

/* A document's path and the blob id of its linted content. */
typedef struct {
	const char *path;
	const char *blob;
} cl_content_id;

/* The .mailmap identities are read through, as text (the version in
 * force: engine/trust.c), or text NULL for none. */
typedef struct {
	const char *text;
	size_t len;
} cl_mailmap_text;

/* What the walk reads besides the documents' histories: the .mailmap,
 * and the Markdown paths whose leaving matters (lost.h): NULL for every
 * path an approval commit touched, which compares every approval commit
 * whole; else only these, and only their folders. */
typedef struct {
	const cl_mailmap_text *mailmap;
	const cl_strvec *lost_watch;
	cl_progress *progress; /* commits_walked raised per commit; or NULL */
	/* What each commit changed, kept between runs (cache.h), or NULL:
	 * read where it has a commit, added to where it hasn't. */
	struct cl_commit_cache *cache;
} cl_walk_inputs;

/*
 * Walks the history of the linted revision once for the documents given.
 * The caller frees *out with cl_history_free, also after a failure. The
 * repository must not be shallow: its walk would end at the graft
 * without a word (docs/dependencies.md). Thread-safe for a `repo` of the
 * caller's thread (see cl_repo_reopen).
 */
int cl_history_read(cl_history **out, cl_repo *repo, const cl_config *config, const cl_people *people,
                    const cl_walk_inputs *inputs, const cl_content_id *docs, size_t count, cl_error *err);
/*
 * Checks the signature of every approval the documents' histories hold
 * (their approvals and `earlier`), setting each one's verification.
 * With `require` (approvals.require_signature), only verified approvals
 * stay in `approvals`, the others go to `unverified`, and a verified
 * approval's approvers are narrowed to its signer: the other trailers
 * name people who signed nothing. Reads commits from `repo`, which must
 * be the one cl_history_read read. -1 only when the repository fails.
 */
int cl_history_verify(cl_history *history, cl_repo *repo, const cl_people *people, int require,
                      cl_error *err);
/* The history of the index-th document given to cl_history_read. */
const cl_doc_history *cl_history_at(const cl_history *history, size_t index);
/* The approved paths that are no document given (cl_lost_path), in the
 * order the walk met them. */
const cl_lost_path *cl_history_lost(const cl_history *history, size_t *count);
/*
 * The newest commit of the linted revision's history that removed
 * `path`: the first, walking back, whose tree lacks it while a parent's
 * has it; its author read through `mailmap` and `people`. 1 when found,
 * 0 when not (*out untouched), -1 when the repository fails. The caller
 * clears *out (cl_change_clear).
 */
int cl_history_find_removal(cl_change *out, cl_repo *repo, const char *path, const cl_people *people,
                            const cl_mailmap_text *mailmap, cl_error *err);
void cl_change_clear(cl_change *change);
/* The commits refused as approvals (too many trailers), newest first. */
const cl_refused_approval *cl_history_refused(const cl_history *history, size_t *count);
void cl_history_free(cl_history *history);

#endif
