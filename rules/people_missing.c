/*
 * people_missing.c: people-registry-missing.
 *
 * Every approval is judged against who holds which role, and the people
 * registry says who. Without one, each approval is "by someone who is not
 * in people.yml", a finding per approval that never says the file itself
 * is missing; this rule says it, once.
 */
#include "rules.h"

static const cl_rule people_registry_missing = {
        "people-registry-missing",
        CL_SEV_WARNING,
        "5.3",
        "there is no people registry, so nobody holds a role and every approver is unknown",
        "What it checks: when the repository has governed documents, the people registry\n"
        "(`people.yml`, or the file `people:` names in .clauselint.yml) exists.\n\n"
        "Why: clause 5.3 asks that roles be assigned to people. The registry is where\n"
        "clauselint reads who holds which role: without it no approval can be shown to\n"
        "come from top management, and every approver is unknown.\n\n"
        "Passing example: people.yml at the root of the repository:\n\n"
        "    people:\n"
        "      - name: Dana Whitfield\n"
        "        email: dana@example.com\n"
        "        roles: [CEO]\n\n"
        "How to fix: add people.yml with every approver and their roles\n"
        "(`clauselint init --adopt` writes one to review), and have top management\n"
        "approve it.\n",
        CL_TAG_REPOSITORY,
};

static void check_people_missing(cl_lint *lint)
{
	int governed = 0;

	if (lint->people && lint->people->path)
		return;
	for (size_t i = 0; i < lint->document_count && !governed; i++)
		governed = cl_document_in_scope(lint->documents[i]);
	if (!governed)
		return;
	cl_fire(lint, &people_registry_missing, NULL, 1, 1,
	        "there is no people registry (%s): nobody holds a role, so every approval is by someone unknown; add it with every approver and their roles (clauselint init --adopt writes one to review)",
	        lint->config && lint->config->people_path ? lint->config->people_path : "people.yml");
}

const cl_rule_group cl_group_people_missing = CL_RULE_GROUP(check_people_missing, &people_registry_missing);
