/*
 * check.c: `clauselint [check]`, the lint: findings as a report in one
 * of six formats, and the exit status a hook or a pipeline acts on.
 */
#include "cli.h"
#include "rules/registry.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum {
	OPT_CONFIG,
	OPT_REV,
	OPT_STAGED,
	OPT_CHANGED_SINCE,
	OPT_FORMAT,
	OPT_OUTPUT,
	OPT_BASELINE,
	OPT_TRUST_ANCHOR,
	OPT_NOW,
	OPT_MAX_WARNINGS,
	OPT_COLOR,
	OPT_QUIET,
	OPT_NO_CACHE,
	OPT_COUNT
};

static const cli_option options[OPT_COUNT] = {
        [OPT_CONFIG] = {"--config", 'c', "FILE", "configuration file (default: .clauselint.yml at the root)"},
        [OPT_REV] = {"--rev", 0, "REV", "lint the committed tree of REV; history from REV"},
        [OPT_STAGED] =
                {"--staged", 0, NULL,
                 "lint the index (pre-commit); history from HEAD; approval state of the staged changes is reported as notes"},
        [OPT_CHANGED_SINCE] =
                {"--changed-since", 0, "REV",
                 "report only documents added or changed since the merge base of REV and the linted revision"},
        [OPT_FORMAT] =
                {"--format", 'f', "FMT",
                 "text (default), github (default when GITHUB_ACTIONS=true), json, sarif, junit, codequality (GitLab)"},
        [OPT_OUTPUT] = {"--output", 'o', "FILE", "write the report to FILE instead of standard output"},
        [OPT_BASELINE] = {"--baseline", 0, "FILE", "leave out the findings of FILE, an earlier json report"},
        [OPT_TRUST_ANCHOR] =
                {"--trust-anchor", 0, "FILE",
                 "the first approval of the configuration and people registry must be signed by a key of FILE (ssh-keygen's allowed_signers format)"},
        [OPT_NOW] = {"--now", 0, "DATE", "evaluate dates as on DATE (YYYY-MM-DD; default: today, UTC)"},
        [OPT_MAX_WARNINGS] = {"--max-warnings", 0, "N", "exit 1 when there are more than N warnings"},
        [OPT_COLOR] = {"--color", 0, "WHEN", "auto (default), always, never; NO_COLOR is honoured"},
        [OPT_QUIET] = {"--quiet", 'q', NULL, "report errors only"},
        [OPT_NO_CACHE] = {"--no-cache", 0, NULL,
                          "compare every commit again instead of reading the history cache (docs/cache.md)"},
};

/* What the command line asks of the report. */
typedef struct {
	cl_format format;
	const char *output;
	int color;
	int quiet;
	long max_warnings; /* -1: no limit */
} report_choice;

static int read_format(cl_format *out, const char *name)
{
	const char *gha = getenv("GITHUB_ACTIONS");

	if (!name)
		name = gha && strcmp(gha, "true") == 0 ? "github" : "text";
	if (cl_format_parse(out, name) < 0) {
		cli_fail("unknown format '%s' (expected %s)", name, cl_format_names());
		return -1;
	}
	return 0;
}

static int read_color(int *out, const char *when, const char *output)
{
	const char *term = getenv("TERM");

	if (when && strcmp(when, "auto") && strcmp(when, "always") && strcmp(when, "never")) {
		cli_fail("--color expects auto, always or never, not '%s'", when);
		return -1;
	}
	if (when && strcmp(when, "always") == 0)
		*out = 1;
	else if (when && strcmp(when, "never") == 0)
		*out = 0;
	else if (getenv("NO_COLOR") && *getenv("NO_COLOR"))
		*out = 0;
	else
		*out = !output && isatty(STDOUT_FILENO) && !(term && strcmp(term, "dumb") == 0);
	return 0;
}

static int read_max_warnings(long *out, const char *value)
{
	char *end = NULL;

	*out = -1;
	if (!value)
		return 0;
	errno = 0;
	*out = strtol(value, &end, 10);
	if (errno || !*value || *end || *out < 0) {
		cli_fail("--max-warnings expects a whole number 0 or more, not '%s'", value);
		return -1;
	}
	return 0;
}

/* Whether two names are one existing file: -o must not replace the
 * baseline it is compared with (clauselint never writes a baseline). */
static int same_file(const char *a, const char *b)
{
	struct stat sa, sb;

	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static int read_choices(report_choice *r, cl_run_options *ro, const cli_args *a)
{
	const char *const *v = a->values;

	memset(r, 0, sizeof(*r));
	r->output = v[OPT_OUTPUT];
	r->quiet = v[OPT_QUIET] != NULL;
	if (read_max_warnings(&r->max_warnings, v[OPT_MAX_WARNINGS]) < 0 ||
	    read_format(&r->format, v[OPT_FORMAT]) < 0 || read_color(&r->color, v[OPT_COLOR], r->output) < 0)
		return -1;
	if (v[OPT_BASELINE] && r->output && same_file(v[OPT_BASELINE], r->output)) {
		cli_fail("--output %s would overwrite the --baseline: write the new report elsewhere",
		         r->output);
		return -1;
	}
	if (cli_read_run_options(ro, a, v[OPT_CONFIG], v[OPT_REV], v[OPT_STAGED], v[OPT_NOW]) < 0)
		return -1;
	ro->changed_since = v[OPT_CHANGED_SINCE];
	ro->baseline_file = v[OPT_BASELINE];
	ro->trust_anchor = v[OPT_TRUST_ANCHOR];
	ro->cache_dir = v[OPT_NO_CACHE] ? NULL : cli_cache_dir();
	return 0;
}

static int append_step_summary(const cl_run_result *result, const cl_report_options *ro)
{
	const char *path = getenv("GITHUB_STEP_SUMMARY");
	cl_buf md = CL_BUF_INIT;
	FILE *f;
	int rc = 0;

	if (!path || !*path)
		return 0;
	cl_report_github_summary(&md, &result->findings, &result->summary, ro);
	f = fopen(path, "ab");
	if (!f || fwrite(md.ptr, 1, md.len, f) != md.len)
		rc = -1;
	if (f && fclose(f) != 0)
		rc = -1;
	if (rc < 0)
		cli_fail("cannot append to GITHUB_STEP_SUMMARY %s: %s", path, strerror(errno));
	cl_buf_free(&md);
	return rc;
}

static int emit(const report_choice *r, const cl_run_result *result)
{
	cl_report_options ro = {r->color,           r->quiet,     result->framework,
	                        &result->documents, result->root, &cl_builtin_rules};
	cl_buf out = CL_BUF_INIT;
	int rc;

	cl_report_write(&out, r->format, &result->findings, &result->summary, &ro);
	rc = cli_write(r->output, out.ptr, out.len);
	if (rc == 0 && r->format == CL_FORMAT_GITHUB)
		rc = append_step_summary(result, &ro);
	cl_buf_free(&out);
	return rc;
}

/* Exit 1 for warnings alone would look like a pass in the report: say so. */
static cli_exit exit_status(const report_choice *r, const cl_summary *s)
{
	if (s->errors)
		return CLI_EXIT_FINDINGS;
	if (r->max_warnings >= 0 && s->warnings > (size_t)r->max_warnings) {
		fprintf(stderr, "clauselint: %zu warning%s, more than --max-warnings %ld allows\n",
		        s->warnings, s->warnings == 1 ? "" : "s", r->max_warnings);
		return CLI_EXIT_FINDINGS;
	}
	return CLI_EXIT_CLEAN;
}

static cli_exit run(const cli_command *cmd, const cli_args *args)
{
	report_choice choice;
	cl_run_options ro;
	cl_run_result result;
	cl_error err = {{0}};
	cli_exit status;

	(void)cmd;
	if (read_choices(&choice, &ro, args) < 0)
		return CLI_EXIT_TROUBLE;
	if (cli_run_with_progress(&result, &ro, choice.quiet, &err) < 0) {
		cl_run_result_free(&result);
		return cli_fail("%s", err.message);
	}
	status = emit(&choice, &result) < 0 ? CLI_EXIT_TROUBLE : exit_status(&choice, &result.summary);
	cl_run_result_free(&result);
	return status;
}

const cli_command cli_check = {
        .name = "check",
        .is_default = 1,
        .args = "[OPTIONS] [PATH...]",
        .summary = "lint the repository (the default); PATHs limit what is reported",
        .options = options,
        .option_count = OPT_COUNT,
        .run = run,
};
