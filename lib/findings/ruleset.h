/*
 * ruleset.h: what a rule table is made of: a group per rule file (its
 * descriptors and the check that fires them), in order. The engine runs
 * the checks (engine/lint.c); the files of rules/ define the groups
 * (through engine/check.h); everything else looks rules up by name or
 * place (ruleset.c).
 */
#ifndef CL_RULESET_H
#define CL_RULESET_H

#include "util/util.h"

/* What a rule's check is handed (engine/check.h). */
struct cl_lint;

/* The rules of one rule file and the check that fires them. */
typedef struct {
	const cl_rule *const *rules;
	size_t count;
	void (*check)(struct cl_lint *lint);
} cl_rule_group;

struct cl_ruleset {
	const cl_rule_group *const *groups;
	size_t count;
};

/* A rule group, for a file of rules/ to export: its check and its
 * descriptors (a list of addresses). */
/* clang-format 14 and 19 lay this out differently (docs/platforms.md). */
/* clang-format off */
#define CL_RULE_GROUP(check_fn, ...) \
	{(const cl_rule *const[]){__VA_ARGS__}, \
	 sizeof((const cl_rule *const[]){__VA_ARGS__}) / sizeof(const cl_rule *), check_fn}
/* clang-format on */

#endif
