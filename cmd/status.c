/*
 * status.c: `clauselint status`, the register of documents an ISMS lead
 * keeps by hand, read from git: for each governed document who approved
 * which version when, what changed since and when its review is due;
 * with --requirements, the requirement notes and the documents that
 * claim them. It reads what check reads and prints a table instead.
 */
#include "cli.h"

#include <string.h>

enum {
	OPT_CONFIG,
	OPT_REV,
	OPT_STAGED,
	OPT_REQUIREMENTS,
	OPT_FORMAT,
	OPT_OUTPUT,
	OPT_NOW,
	OPT_TRUST_ANCHOR,
	OPT_NO_CACHE,
	OPT_COUNT
};

static const cli_option options[OPT_COUNT] = {
        [OPT_CONFIG] = {"--config", 'c', "FILE", "configuration file (default: .clauselint.yml at the root)"},
        [OPT_REV] = {"--rev", 0, "REV", "the documents of the committed tree of REV; history from REV"},
        [OPT_STAGED] = {"--staged", 0, NULL, "the documents of the index; history from HEAD"},
        [OPT_REQUIREMENTS] =
                {"--requirements", 0, NULL,
                 "one row per requirement note: code, name, path, and the active documents whose clauses claim it (none: uncovered)"},
        [OPT_FORMAT] = {"--format", 'f', "FMT", "text (default) or json"},
        [OPT_OUTPUT] = {"--output", 'o', "FILE", "write the table to FILE instead of standard output"},
        [OPT_NOW] = {"--now", 0, "DATE", "evaluate dates as on DATE (YYYY-MM-DD; default: today, UTC)"},
        [OPT_TRUST_ANCHOR] =
                {"--trust-anchor", 0, "FILE",
                 "the first approval of the configuration and people registry must be signed by a key of FILE (ssh-keygen's allowed_signers format)"},
        [OPT_NO_CACHE] = {"--no-cache", 0, NULL,
                          "compare every commit again instead of reading the history cache (docs/cache.md)"},
};

static cli_exit run(const cli_command *cmd, const cli_args *args)
{
	const char *const *v = args->values;
	const char *format = v[OPT_FORMAT];
	int requirements = v[OPT_REQUIREMENTS] != NULL, json;
	cl_run_options ro;
	cl_run_result result;
	cl_error err = {{0}};
	cl_buf out = CL_BUF_INIT;
	cli_exit status;

	(void)cmd;
	if (format && strcmp(format, "text") && strcmp(format, "json"))
		return cli_fail("unknown format '%s' for status (expected text or json)", format);
	json = format && strcmp(format, "json") == 0;
	if (cli_read_run_options(&ro, args, v[OPT_CONFIG], v[OPT_REV], v[OPT_STAGED], v[OPT_NOW]) < 0)
		return CLI_EXIT_TROUBLE;
	ro.trust_anchor = v[OPT_TRUST_ANCHOR];
	ro.cache_dir = v[OPT_NO_CACHE] ? NULL : cli_cache_dir();
	ro.want_status = !requirements;
	ro.want_requirements = requirements;
	if (cli_run_with_progress(&result, &ro, 0, &err) < 0) {
		cl_run_result_free(&result);
		return cli_fail("%s", err.message);
	}
	if (requirements)
		(json ? cl_requirements_json : cl_requirements_text)(&out, &result);
	else
		(json ? cl_status_json : cl_status_text)(&out, &result);
	status = cli_write(v[OPT_OUTPUT], out.ptr, out.len) < 0 ? CLI_EXIT_TROUBLE : CLI_EXIT_CLEAN;
	cl_buf_free(&out);
	cl_run_result_free(&result);
	return status;
}

const cli_command cli_status = {
        .name = "status",
        .is_default = 0,
        .args = "[OPTIONS] [PATH...]",
        .summary =
                "one row per governed document: id, version, state, approved on and by, last change, review due",
        .options = options,
        .option_count = OPT_COUNT,
        .run = run,
};
