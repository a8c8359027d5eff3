/*
 * approval.h: the approval verdict, which the rules, `clauselint status`
 * and `status --requirements` share: which documents need approval,
 * which approval counts, who may give it, and who is top management
 * (docs/approvals.md).
 */
#ifndef CL_MODEL_APPROVAL_H
#define CL_MODEL_APPROVAL_H

#include "config/config.h"
#include "history/history.h"
#include "parse/document.h"

/*
 * Whether the document's approval is judged: active, with its history
 * read (not only as evidence for a repository-level rule), and of a type
 * that names an approver (policy, procedure, standard, statement, roles)
 * or that names one itself. Records (reviews, training,
 * acknowledgements) are evidence, not approved documents.
 */
int cl_needs_approval(const cl_document *doc);
/* The approval that counts: the newest of the current content, unless a
 * later approval of the same document (its path, followed back through
 * renames) approved other content: a superseded version doesn't come
 * back in force by having its bytes restored. NULL when none counts. */
const cl_approval *cl_current_approval(const cl_document *doc);
/* That later approval of other content, when the current content's
 * newest approval is superseded by it; else NULL. */
const cl_approval *cl_superseding_approval(const cl_document *doc);
/* Where a requirement on who approves a version comes from. */
typedef enum {
	CL_REQUIRED_BY_APPROVER,   /* the version's own `approver` */
	CL_REQUIRED_BY_KIND,       /* approvals.required_approver, for its kind */
	CL_REQUIRED_BY_PRIOR,      /* the `approver` of the version in force before */
	CL_REQUIRED_BY_PRIOR_KIND, /* the required_approver of that version's kind */
} cl_required_by;

/* One requirement: some approver holds `role`, or is top management,
 * which meets every requirement (role NULL: top management alone). */
typedef struct {
	const char *role;
	cl_required_by by;
	const char *kind;   /* for the _KIND ones: "roles", "security-policy", ... */
	const char *commit; /* for the _PRIOR ones: the approval that brought
	                     * that version in, when not the document's prior_commit */
} cl_requirement;

#define CL_MAX_REQUIREMENTS 8

/* Whether `role` is one of the top-management roles (NULL, top
 * management itself, is). */
int cl_is_top_management_role(const cl_config *config, const char *role);

/*
 * What an approval of `version` must meet, so that no version lowers its
 * own bar (docs/approvals.md): the stricter of its `approver` and that of
 * `prior`, the version in force before it (NULL: none, or the same
 * content) -- top management over any role, else the one in force, who
 * hands over -- and approvals.required_approver for the kinds of both;
 * and what the version in force of a document `version` carries on from
 * another path requires (version->carried). Returns how many, none
 * repeated; they borrow from the documents and the configuration.
 */
size_t cl_approval_requirements(cl_requirement out[CL_MAX_REQUIREMENTS], const cl_config *config,
                                const cl_document *version, const cl_document *prior);
/* Whether someone the approval names meets the requirement; with
 * `on_the_day`, only people in the organisation on the approval's day. */
int cl_requirement_met(const cl_config *config, const cl_requirement *r, const cl_approval *a,
                       int on_the_day);
/* Whether the approval of `version` meets all its requirements, signed
 * when signatures are required, by people in the organisation that day:
 * whether it brought `version` into force after `prior`. */
int cl_approval_brings_into_force(const cl_config *config, const cl_document *version,
                                  const cl_document *prior, const cl_approval *a);
/* Whether someone the approval names may approve the document: it meets
 * every requirement of the document after the version before it. */
int cl_approval_by_approver(const cl_config *config, const cl_document *doc, const cl_approval *a);
/* The document's review_interval, else the configuration's. */
cl_interval cl_review_interval(const cl_config *config, const cl_document *doc);
/* Whether the person holds one of the configured top-management roles. */
int cl_is_top_management(const cl_config *config, const cl_person *person);
/* Whether the person (NULL: nobody) holds `role`, case-insensitively. */
int cl_person_has_role(const cl_person *person, const char *role);
/* The information security policy: a policy that claims clause 5.2. */
int cl_is_security_policy(const cl_document *doc);
/* Whether the approval is by someone in top management, in the
 * organisation on the day of the approval. */
int cl_approved_by_top_management(const cl_config *config, const cl_approval *a);
/* The newest approval of the document's current content by top
 * management, or NULL. */
const cl_approval *cl_top_management_approval(const cl_config *config, const cl_document *doc);
/* Whether two identities are one person: the same registry entry, or,
 * for people the registry doesn't know, the same e-mail. */
int cl_same_person(const cl_identity *a, const cl_identity *b);
/* The first 7 hex digits of a commit id, as git log --oneline shows. */
void cl_short_commit(char out[8], const char *commit);

#endif
