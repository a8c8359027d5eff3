/*
 * rules.c: `clauselint rules`, every rule with its default severity,
 * clause and summary; as JSON with its tags; as Markdown, the rules
 * reference (docs/rules.md).
 */
#include "cli.h"
#include "rules/registry.h"

#include <string.h>

enum { OPT_FORMAT, OPT_COUNT };

static const cli_option options[OPT_COUNT] = {
        [OPT_FORMAT] = {"--format", 'f', "FMT",
                        "text (default), json (with tags) or markdown (the rules reference)"},
};

static cli_exit run(const cli_command *cmd, const cli_args *args)
{
	const char *format = args->values[OPT_FORMAT] ? args->values[OPT_FORMAT] : "text";
	cl_buf out = CL_BUF_INIT;
	cli_exit status;

	(void)cmd;
	if (args->words.count)
		return cli_fail("'clauselint rules' takes no argument, not '%s'", args->words.items[0]);
	if (strcmp(format, "json") == 0)
		cl_rules_json(&out, &cl_builtin_rules);
	else if (strcmp(format, "markdown") == 0)
		cl_rules_markdown(&out, &cl_builtin_rules);
	else if (strcmp(format, "text") == 0)
		cl_rules_text(&out, &cl_builtin_rules);
	else
		return cli_fail("unknown format '%s' for rules (expected text, json or markdown)", format);
	status = cli_write(NULL, out.ptr, out.len) < 0 ? CLI_EXIT_TROUBLE : CLI_EXIT_CLEAN;
	cl_buf_free(&out);
	return status;
}

const cli_command cli_rules = {
        .name = "rules",
        .is_default = 0,
        .args = "[--format text|json|markdown]",
        .summary = "list every rule: name, default severity, clause, summary",
        .options = options,
        .option_count = OPT_COUNT,
        .run = run,
};
