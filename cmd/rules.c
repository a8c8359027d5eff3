/*
 * rules.c: `clauselint rules`, every rule with its default severity,
 * clause and summary; as JSON with its tags; as Markdown, the rules
 * reference (docs/rules.md).
 */
#include "cli.h"
#include "config/config.h"
#include "rules/registry.h"

#include <string.h>

enum { OPT_FORMAT, OPT_COUNT };

static const cli_option options[OPT_COUNT] = {
        [OPT_FORMAT] = {"--format", 'f', "FMT",
                        "text (default), json (with tags) or markdown (the rules reference)"},
};

/* The built-in wordings of policy_content, from the lists the rules read
 * (lib/config/config.c), so that the reference can't drift from them. */
static void wordings_markdown(cl_buf *out)
{
	cl_buf_puts(out, "\n## The wordings the policy rules accept\n\n"
	                 "policy-commitment-missing and policy-objectives-missing look for any one of\n"
	                 "these phrases in the policy's text (case and line breaks ignored), or for\n"
	                 "objectives, a heading containing one of the headings' words. A document's\n"
	                 "`lang` (`en`, `de`, `de-CH`, ...) picks the language; without one,\n"
	                 "`policy_content.language` does (default `en`). A list set under\n"
	                 "`policy_content` replaces the built-in ones of every language.\n");
	for (int k = 0; k < CL_PHRASE_KINDS; k++) {
		cl_buf_printf(out, "\n### `policy_content.%s`\n\n| language | phrases |\n| --- | --- |\n",
		              cl_phrase_key((cl_phrase_kind)k));
		for (int l = 0; l < CL_LANGS; l++) {
			const char *const *p = cl_builtin_phrases((cl_lang)l, (cl_phrase_kind)k);

			cl_buf_printf(out, "| %s |", cl_lang_name((cl_lang)l));
			for (size_t i = 0; p[i]; i++)
				cl_buf_printf(out, "%s \"%s\"", i ? "," : "", p[i]);
			cl_buf_puts(out, " |\n");
		}
	}
}

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
	else if (strcmp(format, "markdown") == 0) {
		cl_rules_markdown(&out, &cl_builtin_rules);
		wordings_markdown(&out);
	} else if (strcmp(format, "text") == 0)
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
