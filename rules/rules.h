/*
 * rules.h: what the rule files share: their descriptors, for the registry,
 * and the few helpers more than one rule needs.
 */
#ifndef CL_RULES_H
#define CL_RULES_H

#include "clauselint.h"

extern const cl_rule cl_rule_file_unreadable;
extern const cl_rule cl_rule_front_matter_invalid;
extern const cl_rule cl_rule_front_matter_field_missing;
extern const cl_rule cl_rule_front_matter_field_invalid;
extern const cl_rule cl_rule_duplicate_id;
extern const cl_rule cl_rule_unknown_clause;
extern const cl_rule cl_rule_broken_link;
extern const cl_rule cl_rule_front_matter_body_mismatch;
extern const cl_rule cl_rule_requirement_title_mismatch;
extern const cl_rule cl_rule_requirement_uncovered;

extern const cl_rule cl_rule_history_shallow;
extern const cl_rule cl_rule_approval_missing;
extern const cl_rule cl_rule_approval_stale;
extern const cl_rule cl_rule_approver_not_top_management;
extern const cl_rule cl_rule_approver_role_mismatch;
extern const cl_rule cl_rule_approver_unknown;
extern const cl_rule cl_rule_approver_departed;
extern const cl_rule cl_rule_self_approval;
extern const cl_rule cl_rule_approval_date_mismatch;
extern const cl_rule cl_rule_review_overdue;
extern const cl_rule cl_rule_review_due_soon;

/*
 * Documents whose approval the rules check: active, with history read,
 * and of a type that names an approver (policy, procedure, standard,
 * statement, roles) or that names one itself. Records (reviews,
 * training, acknowledgements) are evidence, not approved documents.
 */
int cl_needs_approval(const cl_lint *lint, const cl_document *doc);
/* The approval that counts: the newest of the current content, or NULL. */
const cl_approval *cl_current_approval(const cl_document *doc);
/* The first 7 hex digits of a commit id, as git log --oneline shows. */
void cl_short_commit(char out[8], const char *commit);
/* The document's review_interval, else the configuration's. */
cl_interval cl_review_interval(const cl_lint *lint, const cl_document *doc);
/* Whether the person holds one of the configured top-management roles. */
int cl_is_top_management(const cl_config *config, const cl_person *person);
int cl_person_has_role(const cl_person *person, const char *role);
/* The information security policy: a policy that claims clause 5.2. */
int cl_is_security_policy(const cl_document *doc);
/* "git commit ..." that approves the document as it is, by the holder of
 * its `approver` role when the registry knows one. */
void cl_approve_command(cl_buf *out, const cl_lint *lint, const cl_document *doc);

/*
 * The catalogue code a requirement note stands for: its `Code`, with the
 * `A.` prefix when its Section is `Annex A` ("5.1" in Annex A is A.5.1).
 * NULL when the note has no usable Code or Section. The caller frees it.
 */
char *cl_requirement_code(const cl_document *doc);

#endif
