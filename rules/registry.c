/*
 * registry.c: every rule clauselint implements, in the order of
 * `clauselint rules` (the order of SPEC §3). A rule is added here and in
 * the file that checks it; nothing else needs to know.
 */
#include "clauselint.h"
#include "rules.h"

#include <string.h>

const cl_rule *const cl_rules[] = {
        &cl_rule_file_unreadable,
        &cl_rule_front_matter_invalid,
        &cl_rule_front_matter_field_missing,
        &cl_rule_front_matter_field_invalid,
        &cl_rule_duplicate_id,
        &cl_rule_unknown_clause,
        &cl_rule_broken_link,
        &cl_rule_front_matter_body_mismatch,
        &cl_rule_requirement_title_mismatch,
        &cl_rule_requirement_uncovered,
        &cl_rule_history_shallow,
        &cl_rule_approval_missing,
        &cl_rule_approval_stale,
        &cl_rule_approver_not_top_management,
        &cl_rule_approver_role_mismatch,
        &cl_rule_approver_unknown,
        &cl_rule_approver_departed,
        &cl_rule_approval_unverified,
        &cl_rule_self_approval,
        &cl_rule_approval_date_mismatch,
        &cl_rule_review_overdue,
        &cl_rule_review_due_soon,
        &cl_rule_policy_missing,
        &cl_rule_policy_commitment_missing,
        &cl_rule_policy_objectives_missing,
        &cl_rule_policy_not_communicated,
        &cl_rule_roles_missing,
        &cl_rule_roles_mandatory_unassigned,
        &cl_rule_raci_invalid,
        &cl_rule_roles_minimal,
        &cl_rule_role_unknown,
        &cl_rule_management_review_missing,
        &cl_rule_resource_approval_missing,
        &cl_rule_management_statement_missing,
        &cl_rule_management_training_exempt,
};

const size_t cl_rules_count = sizeof(cl_rules) / sizeof(cl_rules[0]);

const cl_rule *cl_rule_find(const char *name)
{
	for (size_t i = 0; i < cl_rules_count; i++)
		if (strcmp(cl_rules[i]->name, name) == 0)
			return cl_rules[i];
	return NULL;
}
