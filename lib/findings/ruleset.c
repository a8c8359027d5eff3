/*
 * ruleset.c: looking rules up in the table a run is handed, and naming
 * their tags. The table is a list of groups (one per rule file); the
 * rules are numbered across them in order.
 */
#include "findings/ruleset.h"

#include <stdlib.h>
#include <string.h>

static const char *const tag_names[CL_TAG_COUNT] = {"repository", "approval-state", "evidence-due", "isms",
                                                    "approval"};

const char *cl_rule_tag_name(unsigned tag)
{
	for (size_t i = 0; i < CL_TAG_COUNT; i++)
		if (tag == 1u << i)
			return tag_names[i];
	return NULL;
}

size_t cl_ruleset_count(const cl_ruleset *set)
{
	size_t n = 0;

	for (size_t g = 0; set && g < set->count; g++)
		n += set->groups[g]->count;
	return n;
}

const cl_rule *cl_ruleset_at(const cl_ruleset *set, size_t index)
{
	for (size_t g = 0; set && g < set->count; g++) {
		if (index < set->groups[g]->count)
			return set->groups[g]->rules[index];
		index -= set->groups[g]->count;
	}
	return NULL;
}

const cl_rule *cl_ruleset_find(const cl_ruleset *set, const char *name)
{
	for (size_t g = 0; set && g < set->count; g++)
		for (size_t i = 0; i < set->groups[g]->count; i++)
			if (strcmp(set->groups[g]->rules[i]->name, name) == 0)
				return set->groups[g]->rules[i];
	return NULL;
}

const char *cl_ruleset_closest(const cl_ruleset *set, const char *name)
{
	size_t n = cl_ruleset_count(set);
	const char **names = cl_calloc(n + 1, sizeof(char *));
	const char *found;

	for (size_t i = 0; i < n; i++)
		names[i] = cl_ruleset_at(set, i)->name;
	found = cl_closest(name, names);
	free(names);
	return found;
}
