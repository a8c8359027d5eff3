/*
 * raci.c: the RACI reader of rules/roles.c (static there: reached through
 * its rule group, as the engine runs it): the table of a roles document,
 * its activity column and role columns, each cell read as R, A, C and I
 * letters with separators, the roles matched to the people registry, and
 * the activities clause 5.3 asks for.
 *
 * The input is the body of a roles document, under a fixed front matter;
 * the rules run over it with the default configuration and a small
 * registry.
 */
#include "fuzz/fuzz.h"
#include "config/glob.h"
#include "engine/lint.h"

#include <stdlib.h>

extern const cl_rule_group cl_group_roles;

static const cl_rule_group *const groups[] = {&cl_group_roles};
static const cl_ruleset roles_only = {groups, 1};

static const char front_matter[] = "---\n"
                                   "id: ROL-001\n"
                                   "title: ISMS Roles and Responsibilities\n"
                                   "type: roles\n"
                                   "owner: ISMS Lead\n"
                                   "version: \"1.0\"\n"
                                   "approver: CEO\n"
                                   "clauses: [\"5.3\"]\n"
                                   "---\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = "policies/roles-and-responsibilities.md";
	cl_config config;
	cl_people people;
	cl_strvec files = CL_STRVEC_INIT;
	cl_findings findings = CL_FINDINGS_INIT;
	cl_document *doc;
	cl_lint lint;
	cl_buf text = CL_BUF_INIT;

	if (size > CL_MAX_FILE_BYTES - sizeof(front_matter))
		return 0;
	cl_buf_put(&text, front_matter, sizeof(front_matter) - 1);
	cl_buf_put(&text, (const char *)data, size);
	cl_config_defaults(&config);
	fuzz_people(&people);
	doc = cl_document_parse(path, text.ptr, text.len);
	doc->under_governed_glob = cl_glob_match_any(&config.governed, path);
	cl_strvec_push(&files, path);

	memset(&lint, 0, sizeof(lint));
	lint.config = &config;
	lint.people = &people;
	lint.documents = &doc;
	lint.document_count = 1;
	lint.files = &files;
	lint.today = (cl_date){2026, 11, 22};
	lint.findings = &findings;
	cl_lint_run(&lint, &roles_only);

	cl_findings_free(&findings);
	cl_strvec_free(&files);
	cl_document_free(doc);
	cl_people_free(&people);
	cl_config_free(&config);
	cl_buf_free(&text);
	return 0;
}
