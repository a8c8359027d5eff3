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
extern const cl_rule cl_rule_approval_unverified;
extern const cl_rule cl_rule_self_approval;
extern const cl_rule cl_rule_approval_date_mismatch;
extern const cl_rule cl_rule_review_overdue;
extern const cl_rule cl_rule_review_due_soon;

extern const cl_rule cl_rule_policy_missing;
extern const cl_rule cl_rule_policy_commitment_missing;
extern const cl_rule cl_rule_policy_objectives_missing;
extern const cl_rule cl_rule_policy_not_communicated;
extern const cl_rule cl_rule_roles_missing;
extern const cl_rule cl_rule_roles_mandatory_unassigned;
extern const cl_rule cl_rule_raci_invalid;
extern const cl_rule cl_rule_roles_minimal;
extern const cl_rule cl_rule_role_unknown;
extern const cl_rule cl_rule_management_review_missing;
extern const cl_rule cl_rule_resource_approval_missing;
extern const cl_rule cl_rule_management_statement_missing;
extern const cl_rule cl_rule_management_training_exempt;

/*
 * Documents whose approval the rules check: active, with history read,
 * and of a type that names an approver (policy, procedure, standard,
 * statement, roles) or that names one itself. Records (reviews,
 * training, acknowledgements) are evidence, not approved documents.
 */
int cl_needs_approval(const cl_lint *lint, const cl_document *doc);
/* The approval that counts: the newest of the current content, or NULL. */
const cl_approval *cl_current_approval(const cl_document *doc);
/* Whether someone the approval names may approve the document: a known
 * person holding its `approver` role, or top management (who alone may
 * approve the security policy and the management statement). */
int cl_approval_by_approver(const cl_lint *lint, const cl_document *doc, const cl_approval *a);
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
/* The same command in the name of `who`, or of a placeholder for
 * `whose` ("the CEO", "top management") when `who` is NULL. */
void cl_approve_command_as(cl_buf *out, const cl_lint *lint, const cl_document *doc, const cl_person *who,
                           const char *whose);

/*
 * The catalogue code a requirement note stands for: its `Code`, with the
 * `A.` prefix when its Section is `Annex A` ("5.1" in Annex A is A.5.1).
 * NULL when the note has no usable Code or Section. The caller frees it.
 */
char *cl_requirement_code(const cl_document *doc);

/* ---- records (records.c): what the clause 5 and A.5.4 rules read ---- */

/* Whether two texts are equal once folded (header names, people's names). */
int cl_fold_eq(const char *a, const char *b);
/* Whether every space-separated word of `words` begins a word of the
 * folded `text` ("conform" matches "conforms", not "nonconformity"). */
int cl_fold_has_words(const char *text, const char *words);

/* The index of the table column whose header folds to `name`, or -1. */
int cl_table_column(const cl_table *table, const char *name);
/* The document's first table with both columns, or NULL; sets their
 * indexes. */
const cl_table *cl_find_table(const cl_document *doc, const char *first, const char *second, int *first_col,
                              int *second_col);

/* The person a cell or list item names: `Name`, `email`, or
 * `Name <email>`, matched to the registry case-insensitively. NULL when
 * it names nobody known. */
const cl_person *cl_people_match(const cl_people *people, const char *text);
/* Whether the person was in the organisation on `day` (since/until). */
int cl_person_present_on(const cl_person *person, cl_date day);
/* Whether `day` is no later than today and no older than `interval`. */
int cl_within_interval(cl_date day, cl_date today, cl_interval interval);
/* The date of a record's `date` key; 0, or -1 when it has none. */
int cl_record_date(cl_date *out, const cl_document *doc);
/* Whether an active acknowledgement record covers version `version` of
 * the policy with id `id`. */
int cl_acknowledges(const cl_document *record, const char *id, const char *version);
/* Active documents the rules may read, of `type`. */
int cl_is_active(const cl_document *doc, cl_doc_type type);
/* Whether the approval is by someone in top management. */
int cl_approved_by_top_management(const cl_config *config, const cl_approval *a);
/* The newest approval of the document's current content by top
 * management, or NULL. */
const cl_approval *cl_top_management_approval(const cl_config *config, const cl_document *doc);

#endif
