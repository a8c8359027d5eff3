/*
 * explain.c: `clauselint explain RULE`, what a rule checks, why the
 * clause asks it, and how to fix a finding.
 */
#include "cli.h"
#include "rules/registry.h"

static cli_exit run(const cli_command *cmd, const cli_args *args)
{
	const cl_rule *rule;
	cl_buf out = CL_BUF_INIT;
	cli_exit status;

	(void)cmd;
	if (args->words.count != 1)
		return cli_fail("usage: clauselint explain RULE ('clauselint rules' lists them)");
	rule = cl_ruleset_find(&cl_builtin_rules, args->words.items[0]);
	if (!rule && cl_ruleset_closest(&cl_builtin_rules, args->words.items[0]))
		return cli_fail("unknown rule '%s': did you mean '%s'? ('clauselint rules' lists them)",
		                args->words.items[0],
		                cl_ruleset_closest(&cl_builtin_rules, args->words.items[0]));
	if (!rule)
		return cli_fail("unknown rule '%s'; 'clauselint rules' lists them", args->words.items[0]);
	cl_rule_explain(&out, rule);
	status = cli_write(NULL, out.ptr, out.len) < 0 ? CLI_EXIT_TROUBLE : CLI_EXIT_CLEAN;
	cl_buf_free(&out);
	return status;
}

const cli_command cli_explain = {
        "explain", 0, "RULE", "what a rule checks, why the clause asks it, how to fix it", NULL, 0, run,
};
