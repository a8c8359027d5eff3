/*
 * files.c: `clauselint files`, every Markdown file and whether it is a
 * governed document, with what decided it (its type, the `exclude` or
 * `governed` pattern, the reason it was skipped), as `git check-ignore
 * -v` names the pattern that ignores a path. It reads what check reads.
 */
#include "cli.h"

#include <string.h>

enum { OPT_CONFIG, OPT_REV, OPT_STAGED, OPT_FORMAT, OPT_OUTPUT, OPT_COUNT };

static const cli_option options[OPT_COUNT] = {
        [OPT_CONFIG] = {"--config", 'c', "FILE", "configuration file (default: .clauselint.yml at the root)"},
        [OPT_REV] = {"--rev", 0, "REV", "the files of the committed tree of REV"},
        [OPT_STAGED] = {"--staged", 0, NULL, "the files of the index"},
        [OPT_FORMAT] = {"--format", 'f', "FMT", "text (default) or json"},
        [OPT_OUTPUT] = {"--output", 'o', "FILE", "write the list to FILE instead of standard output"},
};

static cli_exit run(const cli_command *cmd, const cli_args *args)
{
	const char *const *v = args->values;
	const char *format = v[OPT_FORMAT];
	cl_run_options ro;
	cl_run_result result;
	cl_error err = {{0}};
	cl_buf out = CL_BUF_INIT;
	cli_exit status;

	(void)cmd;
	if (format && strcmp(format, "text") && strcmp(format, "json"))
		return cli_fail("unknown format '%s' for files (expected text or json)", format);
	if (cli_read_run_options(&ro, args, v[OPT_CONFIG], v[OPT_REV], v[OPT_STAGED], NULL) < 0)
		return CLI_EXIT_TROUBLE;
	ro.want_files = 1;
	if (cli_run_with_progress(&result, &ro, 0, &err) < 0) {
		cl_run_result_free(&result);
		return cli_fail("%s", err.message);
	}
	(format && strcmp(format, "json") == 0 ? cl_files_json : cl_files_text)(&out, &result);
	status = cli_write(v[OPT_OUTPUT], out.ptr, out.len) < 0 ? CLI_EXIT_TROUBLE : CLI_EXIT_CLEAN;
	cl_buf_free(&out);
	cl_run_result_free(&result);
	return status;
}

const cli_command cli_files = {
        .name = "files",
        .is_default = 0,
        .args = "[OPTIONS] [PATH...]",
        .summary = "every Markdown file: governed, skipped or excluded, and what decided it",
        .options = options,
        .option_count = OPT_COUNT,
        .run = run,
};
