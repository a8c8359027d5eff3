/*
 * identity.h: what the history walk (history.c) and the chain of trust
 * (trust.c) both read from a commit: who a trailer or an author is, after
 * .mailmap and the people registry, when it was made, and what its
 * signature says.
 */
#ifndef CL_IDENTITY_H
#define CL_IDENTITY_H

#include "history/history.h"
#include "repo/repo_git.h"

/* What identities are read through: a .mailmap (or none) and a people
 * registry (or none). Borrowed. */
typedef struct {
	git_mailmap *mailmap;
	const cl_people *people;
} cl_identities;

/* `name` and `email` through the .mailmap, the e-mail lower-cased, and
 * the registry's person of that e-mail (or NULL). The identity owns its
 * strings (cl_identity_clear). */
void cl_identity_set(cl_identity *id, const cl_identities *ids, const char *name, const char *email);
/* "Name <email>" as git writes identities; a value without <...> is a
 * name with no e-mail, which matches nobody. */
void cl_identity_parse(cl_identity *id, const cl_identities *ids, const char *value);
void cl_identity_clear(cl_identity *id);
/* The commit's author as an identity. */
void cl_commit_author(cl_identity *id, const cl_identities *ids, git_commit *commit);
/* The committer's own calendar day, as `git log --date=short` shows it. */
cl_date cl_commit_date(git_commit *commit);

/* A .mailmap from its text, or NULL for none; lines naming an empty
 * e-mail are left out. The caller frees it with git_mailmap_free. */
git_mailmap *cl_mailmap_load(const cl_mailmap_text *text);

/* The signature of the commit `oid`, checked (lib/parse/signature.c).
 * Any commit gives a state: a signature header libgit2 can't read is
 * CL_SIG_MALFORMED, with why in `detail`. */
void cl_commit_signature(cl_signature *out, git_repository *git, const git_oid *oid);

/* A walk of the linted revision's history in `sorting` order (*out
 * NULL when the repository has no commit yet); -1 with `err` set. */
int cl_history_revwalk(git_revwalk **out, cl_repo *repo, unsigned sorting, cl_error *err);

#endif
