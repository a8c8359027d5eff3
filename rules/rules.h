/*
 * rules.h: what the rule files share: the lint they check, the model
 * they judge with, and the approval command every approval finding ends
 * with.
 */
#ifndef CL_RULES_H
#define CL_RULES_H

#include "config/catalogue.h"
#include "engine/lint.h"
#include "model/approval.h"
#include "model/records.h"

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

/* "git commit ..." that approves the document as it is, by the holder of
 * its `approver` role when the registry knows one. */
void cl_approve_command(cl_buf *out, const cl_lint *lint, const cl_document *doc);
/* The same command in the name of `who`, or of a placeholder for
 * `whose` ("the CEO", "top management") when `who` is NULL. */
void cl_approve_command_as(cl_buf *out, const cl_lint *lint, const cl_document *doc, const cl_person *who,
                           const char *whose);

#endif
