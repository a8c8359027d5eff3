/*
 * registry.c: the rule table clauselint runs, one line per rule file, in
 * the order of `clauselint rules`. Adding a rule is a file of rules/ that
 * exports a cl_rule_group, and its line here (docs/architecture.md).
 */
#include "findings/ruleset.h"
#include "rules/registry.h"

#define CL_RULE_FILES(X)                                                                                     \
	X(front_matter)                                                                                      \
	X(ungoverned)                                                                                        \
	X(duplicate_id)                                                                                      \
	X(unknown_clause)                                                                                    \
	X(broken_link)                                                                                       \
	X(placeholder)                                                                                       \
	X(requirement_notes)                                                                                 \
	X(approval)                                                                                          \
	X(approvers)                                                                                         \
	X(people_missing)                                                                                    \
	X(approval_unverified)                                                                               \
	X(oversized)                                                                                         \
	X(self_approval)                                                                                     \
	X(approval_date)                                                                                     \
	X(review)                                                                                            \
	X(policy)                                                                                            \
	X(roles)                                                                                             \
	X(management)                                                                                        \
	X(lifecycle)                                                                                         \
	X(trust)

#define DECLARE(file) extern const cl_rule_group cl_group_##file;
#define ENTRY(file) &cl_group_##file,

CL_RULE_FILES(DECLARE)

static const cl_rule_group *const groups[] = {CL_RULE_FILES(ENTRY)};

const cl_ruleset cl_builtin_rules = {groups, sizeof(groups) / sizeof(groups[0])};
