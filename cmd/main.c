/*
 * main.c: the clauselint command line.
 *
 * Argument parsing, exit codes and printing live here and nowhere else;
 * the work is done by the library (lint/). Exit status: 0 no error-level
 * finding, 1 error-level findings (or warnings over --max-warnings), 2 a
 * usage, configuration or repository error, with one line on stderr.
 */
#include "clauselint.h"

#include <errno.h>
#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_TROUBLE = 2 };

typedef struct {
	const char *config_file;
	const char *output_file;
	const char *format_name;
	const char *now;
	const char *color;
	const char *rev;
	const char *changed_since;
	const char *baseline;
	const char *ceo; /* init --ceo "Name <email>" */
	char *start_dir; /* where clauselint was started, before any -C */
	int staged;
	int requirements;  /* status --requirements */
	long max_warnings; /* -1: no limit */
	int quiet;
	int help;
	cl_strvec words; /* positional words of a subcommand (explain RULE) */
} options;

static const char usage_text[] =
        "usage: clauselint [-C DIR] [check] [OPTIONS] [PATH...]\n"
        "       clauselint status [--requirements] [--format text|json] [--rev REV | --staged] [PATH...]\n"
        "       clauselint rules [--format text|json]\n"
        "       clauselint explain RULE\n"
        "       clauselint init [--ceo \"NAME <EMAIL>\"] [--now DATE]\n"
        "       clauselint --version | --help\n"
        "\n"
        "Lints a git repository of Markdown policy documents against ISO/IEC 27001:2022.\n"
        "\n"
        "Commands:\n"
        "  check              lint the repository (the default); PATHs limit what is reported\n"
        "  status             one row per governed document: id, version, state, approved\n"
        "                     on and by, last change, review due\n"
        "  status --requirements  one row per requirement note: code, name, path, and the\n"
        "                     active documents whose clauses claim it (none: uncovered)\n"
        "  rules              list every rule: name, default severity, clause, summary\n"
        "  explain RULE       what a rule checks, why the clause asks it, how to fix it\n"
        "  init               write a starter ISMS at the root of the repository:\n"
        "                     .clauselint.yml, people.yml, the policy, the roles, the\n"
        "                     management statement and four records (never overwrites),\n"
        "                     then print the commands that commit and approve them.\n"
        "                     --ceo names the CEO (default: the git user, who is the\n"
        "                     ISMS Lead); --now dates the records (default: today)\n"
        "\n"
        "Options:\n"
        "  -C DIR             run in DIR (the repository is discovered from there)\n"
        "  -c, --config FILE  configuration file (default: .clauselint.yml at the root)\n"
        "      --rev REV      lint the committed tree of REV; history from REV\n"
        "      --staged       lint the index (pre-commit); history from HEAD; approval\n"
        "                     state of the staged changes is reported as notes\n"
        "      --changed-since REV  report only documents added or changed since the\n"
        "                     merge base of REV and the linted revision\n"
        "  -f, --format FMT   text (default), github (default when GITHUB_ACTIONS=true),\n"
        "                     json, sarif, junit, codequality (GitLab)\n"
        "  -o, --output FILE  write the report to FILE instead of standard output\n"
        "      --baseline FILE  leave out the findings of FILE, an earlier json report\n"
        "      --now DATE     evaluate dates as on DATE (YYYY-MM-DD; default: today, UTC)\n"
        "      --max-warnings N  exit 1 when there are more than N warnings\n"
        "      --color WHEN   auto (default), always, never; NO_COLOR is honoured\n"
        "  -q, --quiet        report errors only\n"
        "  -h, --help         show this help\n"
        "      --version      show the version\n"
        "\n"
        "Exit status: 0 no error-level finding; 1 error-level findings (or warnings over\n"
        "--max-warnings); 2 usage, configuration or repository error.\n";

static int trouble(const char *fmt, const char *arg)
{
	fputs("clauselint: ", stderr);
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	return EXIT_TROUBLE;
}

/* Works like git's -C: each one is relative to the previous. */
static int change_directory(const char *dir)
{
	if (chdir(dir) < 0) {
		fprintf(stderr, "clauselint: cannot change to '%s': %s\n", dir, strerror(errno));
		return -1;
	}
	return 0;
}

/* The value of option `name` at argv[*i]: `--name=value`, `-xvalue`, or
 * the next argument. NULL (after a message) when it is missing. */
static const char *option_value(int argc, char **argv, int *i, size_t name_len)
{
	const char *arg = argv[*i];

	if (arg[name_len] == '=' && arg[1] == '-')
		return arg + name_len + 1;
	if (arg[1] != '-' && arg[name_len])
		return arg + name_len;
	if (*i + 1 >= argc) {
		trouble("option '%s' needs a value", arg);
		return NULL;
	}
	return argv[++*i];
}

typedef struct {
	const char *long_name;
	const char *short_name;
	int takes_value;
} option_spec;

static const option_spec option_specs[] = {
        {"--config", "-c", 1},        {"--output", "-o", 1},
        {"--format", "-f", 1},        {"--now", NULL, 1},
        {"--max-warnings", NULL, 1},  {"--color", NULL, 1},
        {"--quiet", "-q", 0},         {"-C", NULL, 1},
        {"--rev", NULL, 1},           {"--staged", NULL, 0},
        {"--changed-since", NULL, 1}, {"--requirements", NULL, 0},
        {"--ceo", NULL, 1},           {"--baseline", NULL, 1},
};

/* Which spec argv[i] names, with the length of the name as written. */
static const option_spec *match_option(const char *arg, size_t *name_len)
{
	for (size_t k = 0; k < sizeof(option_specs) / sizeof(option_specs[0]); k++) {
		const option_spec *s = &option_specs[k];
		size_t n = strlen(s->long_name);

		if (strncmp(arg, s->long_name, n) == 0 &&
		    (arg[n] == '\0' || (arg[n] == '=' && arg[1] == '-') ||
		     (arg[1] != '-' && s->takes_value))) {
			*name_len = n;
			return s;
		}
		if (s->short_name && strncmp(arg, s->short_name, 2) == 0 &&
		    (arg[2] == '\0' || s->takes_value)) {
			*name_len = 2;
			return s;
		}
	}
	return NULL;
}

static int set_option(options *o, const option_spec *s, const char *value)
{
	char *end = NULL;

	if (strcmp(s->long_name, "--config") == 0)
		o->config_file = value;
	else if (strcmp(s->long_name, "--output") == 0)
		o->output_file = value;
	else if (strcmp(s->long_name, "--format") == 0)
		o->format_name = value;
	else if (strcmp(s->long_name, "--now") == 0)
		o->now = value;
	else if (strcmp(s->long_name, "--color") == 0)
		o->color = value;
	else if (strcmp(s->long_name, "--quiet") == 0)
		o->quiet = 1;
	else if (strcmp(s->long_name, "--rev") == 0)
		o->rev = value;
	else if (strcmp(s->long_name, "--staged") == 0)
		o->staged = 1;
	else if (strcmp(s->long_name, "--changed-since") == 0)
		o->changed_since = value;
	else if (strcmp(s->long_name, "--baseline") == 0)
		o->baseline = value;
	else if (strcmp(s->long_name, "--requirements") == 0)
		o->requirements = 1;
	else if (strcmp(s->long_name, "--ceo") == 0)
		o->ceo = value;
	else if (strcmp(s->long_name, "-C") == 0)
		return change_directory(value);
	else if (strcmp(s->long_name, "--max-warnings") == 0) {
		errno = 0;
		o->max_warnings = strtol(value, &end, 10);
		if (errno || !*value || *end || o->max_warnings < 0) {
			trouble("--max-warnings expects a whole number 0 or more, not '%s'", value);
			return -1;
		}
	}
	return 0;
}

static int parse_options(options *o, int argc, char **argv, int first)
{
	int only_words = 0;

	for (int i = first; i < argc; i++) {
		const char *arg = argv[i];
		const option_spec *spec;
		const char *value = NULL;
		size_t name_len = 0;

		if (only_words || arg[0] != '-' || arg[1] == '\0') {
			cl_strvec_push(&o->words, arg);
			continue;
		}
		if (strcmp(arg, "--") == 0) {
			only_words = 1;
			continue;
		}
		if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
			o->help = 1;
			continue;
		}
		spec = match_option(arg, &name_len);
		if (!spec) {
			trouble("unknown option '%s'; see 'clauselint --help'", arg);
			return -1;
		}
		if (spec->takes_value) {
			value = option_value(argc, argv, &i, name_len);
			if (!value)
				return -1;
		}
		if (set_option(o, spec, value) < 0)
			return -1;
	}
	return 0;
}

/* ---- writing the report ---- */

/* A device or a pipe (-o /dev/stdout, a FIFO) is written as it is:
 * renaming a file over it would replace it. */
static int write_in_place(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	int ok = f && fwrite(data, 1, len, f) == len;

	if (f && fclose(f) != 0)
		ok = 0;
	if (!ok)
		fprintf(stderr, "clauselint: cannot write %s: %s\n", path, strerror(errno));
	return ok ? 0 : -1;
}

/* Writes `data` to `path` through a temporary file renamed into place,
 * so a failure never leaves half a report. */
static int write_file_atomically(const char *path, const char *data, size_t len)
{
	struct stat st;

	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
		return write_in_place(path, data, len);
	char *tmp = cl_printf("%s.tmp.%ld", path, (long)getpid());
	FILE *f = fopen(tmp, "wb");
	int ok = f && fwrite(data, 1, len, f) == len;

	if (f && fclose(f) != 0)
		ok = 0;
	if (ok && rename(tmp, path) < 0)
		ok = 0;
	if (!ok) {
		fprintf(stderr, "clauselint: cannot write %s: %s\n", path, strerror(errno));
		remove(tmp);
	}
	free(tmp);
	return ok ? 0 : -1;
}

static int write_stdout(const char *data, size_t len)
{
	if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
		fprintf(stderr, "clauselint: cannot write the report: %s\n", strerror(errno));
		return -1;
	}
	return 0;
}

static int append_step_summary(const cl_findings *findings, const cl_summary *summary,
                               const cl_report_options *ro)
{
	const char *path = getenv("GITHUB_STEP_SUMMARY");
	cl_buf md = CL_BUF_INIT;
	FILE *f;
	int rc = 0;

	if (!path || !*path)
		return 0;
	cl_report_github_summary(&md, findings, summary, ro);
	f = fopen(path, "ab");
	if (!f || fwrite(md.ptr, 1, md.len, f) != md.len)
		rc = -1;
	if (f && fclose(f) != 0)
		rc = -1;
	if (rc < 0)
		fprintf(stderr, "clauselint: cannot append to GITHUB_STEP_SUMMARY %s: %s\n", path,
		        strerror(errno));
	cl_buf_free(&md);
	return rc;
}

static int use_color(const options *o)
{
	const char *term = getenv("TERM");

	if (o->color && strcmp(o->color, "always") == 0)
		return 1;
	if (o->color && strcmp(o->color, "never") == 0)
		return 0;
	if (getenv("NO_COLOR") && *getenv("NO_COLOR"))
		return 0;
	return !o->output_file && isatty(STDOUT_FILENO) && !(term && strcmp(term, "dumb") == 0);
}

/* Whether two names are one existing file: -o must not replace the
 * baseline it is compared with (clauselint never writes a baseline). */
static int same_file(const char *a, const char *b)
{
	struct stat sa, sb;

	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static int check_report_options(const options *o, cl_format *format, cl_date *today)
{
	const char *name = o->format_name;
	const char *gha = getenv("GITHUB_ACTIONS");

	if (o->ceo)
		return trouble("%s", "--ceo is an option of 'clauselint init'");
	if (!name)
		name = gha && strcmp(gha, "true") == 0 ? "github" : "text";
	if (cl_format_parse(format, name) < 0) {
		fprintf(stderr, "clauselint: unknown format '%s' (expected %s)\n", name, cl_format_names());
		return EXIT_TROUBLE;
	}
	if (o->color && strcmp(o->color, "auto") && strcmp(o->color, "always") && strcmp(o->color, "never"))
		return trouble("--color expects auto, always or never, not '%s'", o->color);
	if (o->rev && o->staged)
		return trouble("%s", "--rev and --staged name different content: use one");
	if (o->baseline && o->output_file && same_file(o->baseline, o->output_file))
		return trouble("--output %s would overwrite the --baseline: write the new report elsewhere",
		               o->output_file);
	if (o->now && cl_date_parse(today, o->now) < 0)
		return trouble("--now expects a date YYYY-MM-DD, not '%s'", o->now);
	if (!o->now)
		*today = cl_date_today_utc();
	return 0;
}

static int emit(const options *o, cl_format format, const cl_run_result *result)
{
	cl_report_options ro = {use_color(o), o->quiet, result->framework, &result->documents, result->root};
	cl_buf out = CL_BUF_INIT;
	int rc;

	cl_report_write(&out, format, &result->findings, &result->summary, &ro);
	if (o->output_file)
		rc = write_file_atomically(o->output_file, out.ptr ? out.ptr : "", out.len);
	else
		rc = write_stdout(out.ptr ? out.ptr : "", out.len);
	if (rc == 0 && format == CL_FORMAT_GITHUB)
		rc = append_step_summary(&result->findings, &result->summary, &ro);
	cl_buf_free(&out);
	return rc;
}

/* Exit 1 for warnings alone would look like a pass in the report: say so. */
static int exit_status(const options *o, const cl_summary *s)
{
	if (s->errors)
		return EXIT_FINDINGS;
	if (o->max_warnings >= 0 && s->warnings > (size_t)o->max_warnings) {
		fprintf(stderr, "clauselint: %zu warning%s, more than --max-warnings %ld allows\n",
		        s->warnings, s->warnings == 1 ? "" : "s", o->max_warnings);
		return EXIT_FINDINGS;
	}
	return EXIT_CLEAN;
}

/* ---- subcommands ---- */

/* An option only `status` reads is a mistake elsewhere, not a no-op. */
static int status_only(const options *o)
{
	if (o->requirements)
		return trouble("%s", "--requirements is an option of 'clauselint status'");
	return 0;
}

/* What check and status read: the same source, configuration and PATHs. */
static void run_options_from(cl_run_options *ro, const options *o)
{
	ro->config_file = o->config_file;
	ro->source = o->rev ? CL_SOURCE_REV : o->staged ? CL_SOURCE_INDEX : CL_SOURCE_WORKTREE;
	ro->rev = o->rev;
	ro->paths = o->words.items;
	ro->path_count = o->words.count;
}

static int cmd_check(options *o)
{
	cl_run_options ro;
	cl_run_result result;
	cl_format format;
	cl_error err = {{0}};
	int status;

	memset(&ro, 0, sizeof(ro));
	if (status_only(o) != 0 || check_report_options(o, &format, &ro.today) != 0)
		return EXIT_TROUBLE;
	run_options_from(&ro, o);
	ro.changed_since = o->changed_since;
	ro.baseline_file = o->baseline;
	if (cl_run(&result, &ro, &err) < 0) {
		cl_run_result_free(&result);
		return trouble("%s", err.message);
	}
	status = emit(o, format, &result) < 0 ? EXIT_TROUBLE : exit_status(o, &result.summary);
	cl_run_result_free(&result);
	return status;
}

/* `status` reads what `check` reads, and prints the register instead;
 * with --requirements, the requirement notes and who claims them. */
static int cmd_status(options *o)
{
	cl_run_options ro;
	cl_run_result result;
	cl_format format;
	cl_error err = {{0}};
	cl_buf out = CL_BUF_INIT;
	int status;

	memset(&ro, 0, sizeof(ro));
	if (o->format_name && strcmp(o->format_name, "text") && strcmp(o->format_name, "json"))
		return trouble("unknown format '%s' for status (expected text or json)", o->format_name);
	if (check_report_options(o, &format, &ro.today) != 0)
		return EXIT_TROUBLE;
	run_options_from(&ro, o);
	ro.want_status = !o->requirements;
	ro.want_requirements = o->requirements;
	if (cl_run(&result, &ro, &err) < 0) {
		cl_run_result_free(&result);
		return trouble("%s", err.message);
	}
	if (o->format_name && strcmp(o->format_name, "json") == 0)
		(o->requirements ? cl_requirements_json : cl_status_json)(&out, &result);
	else
		(o->requirements ? cl_requirements_text : cl_status_text)(&out, &result);
	if (o->output_file)
		status = write_file_atomically(o->output_file, out.ptr, out.len) < 0 ? EXIT_TROUBLE
		                                                                     : EXIT_CLEAN;
	else
		status = write_stdout(out.ptr, out.len) < 0 ? EXIT_TROUBLE : EXIT_CLEAN;
	cl_buf_free(&out);
	cl_run_result_free(&result);
	return status;
}

static int cmd_rules(options *o)
{
	cl_buf out = CL_BUF_INIT;
	const char *format = o->format_name ? o->format_name : "text";

	if (status_only(o) != 0)
		return EXIT_TROUBLE;
	if (strcmp(format, "json") == 0) {
		cl_buf_puts(&out, "[\n");
		for (size_t i = 0; i < cl_rules_count; i++) {
			const cl_rule *r = cl_rules[i];

			cl_buf_puts(&out, "  {\"name\": ");
			cl_escape_json(&out, r->name);
			cl_buf_printf(&out, ", \"severity\": \"%s\", \"clause\": ",
			              cl_severity_name(r->default_severity));
			if (r->clause)
				cl_escape_json(&out, r->clause);
			else
				cl_buf_puts(&out, "null");
			cl_buf_puts(&out, ", \"summary\": ");
			cl_escape_json(&out, r->summary);
			cl_buf_puts(&out, i + 1 < cl_rules_count ? "},\n" : "}\n");
		}
		cl_buf_puts(&out, "]\n");
	} else if (strcmp(format, "text") == 0) {
		for (size_t i = 0; i < cl_rules_count; i++) {
			const cl_rule *r = cl_rules[i];

			cl_buf_printf(&out, "%-28s %-8s %-6s %s\n", r->name,
			              cl_severity_name(r->default_severity), r->clause ? r->clause : "-",
			              r->summary);
		}
	} else {
		return trouble("unknown format '%s' for rules (expected text or json)", format);
	}
	write_stdout(out.ptr, out.len);
	cl_buf_free(&out);
	return EXIT_CLEAN;
}

/* Prints `text` in lines of at most `width` columns, breaking at spaces
 * (the explain texts are wrapped at 80; summaries are one line). */
static void print_wrapped(const char *text, size_t width)
{
	size_t column = 0;

	while (*text) {
		size_t word = strcspn(text, " ");

		if (column && column + 1 + word > width) {
			putchar('\n');
			column = 0;
		} else if (column) {
			putchar(' ');
			column++;
		}
		fwrite(text, 1, word, stdout);
		column += word;
		text += word;
		text += strspn(text, " ");
	}
}

static int cmd_explain(options *o)
{
	const cl_rule *rule;

	if (status_only(o) != 0)
		return EXIT_TROUBLE;
	if (o->words.count != 1)
		return trouble("%s", "usage: clauselint explain RULE ('clauselint rules' lists them)");
	rule = cl_rule_find(o->words.items[0]);
	if (!rule)
		return trouble("unknown rule '%s'; 'clauselint rules' lists them", o->words.items[0]);
	printf("%s (%s%s%s)\n\n", rule->name, cl_severity_name(rule->default_severity),
	       rule->clause ? ", clause " : "", rule->clause ? rule->clause : "");
	print_wrapped(rule->summary, 80);
	printf(".\n\n%s", rule->explain);
	return EXIT_CLEAN;
}

/* ---- init ---- */

/* One word for a POSIX shell: as it is when nothing in it is special
 * to a shell; else quoted as the README writes trailers, in double quotes
 * with \ " $ ` escaped; in single quotes when it holds a '!', which bash
 * would expand in double quotes. */
static void put_shell_word(cl_buf *out, const char *s)
{
	if (*s && strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-/+@:,=") ==
	                  strlen(s)) {
		cl_buf_puts(out, s);
		return;
	}
	if (strchr(s, '!')) {
		cl_buf_putc(out, '\'');
		for (const char *p = s; *p; p++) {
			if (*p == '\'')
				cl_buf_puts(out, "'\\''");
			else
				cl_buf_putc(out, *p);
		}
		cl_buf_putc(out, '\'');
		return;
	}
	cl_buf_putc(out, '"');
	for (const char *p = s; *p; p++) {
		if (strchr("\\\"$`", *p))
			cl_buf_putc(out, '\\');
		cl_buf_putc(out, *p);
	}
	cl_buf_putc(out, '"');
}

/* Whether the user's shell is at the root already, so the printed
 * commands (whose paths are root-relative) run as they are. */
static int started_at_root(const options *o, const char *root)
{
	char a[PATH_MAX], b[PATH_MAX];

	return o->start_dir && realpath(o->start_dir, a) && realpath(root, b) && strcmp(a, b) == 0;
}

/* What init wrote, and the steps that make it an approved ISMS: each
 * command on a line of its own, to copy and paste. */
static void describe_init(cl_buf *out, const options *o, const cl_init_result *r)
{
	const cl_init_people *p = &r->people;
	cl_buf who = CL_BUF_INIT;

	cl_buf_printf(out, "Wrote the starter ISMS in %s:\n\n", r->root);
	for (size_t i = 0; i < r->written.count; i++)
		cl_buf_printf(out, "  %s\n", r->written.items[i]);
	cl_buf_puts(out, "\nNext steps:\n\n"
	                 "1. Review people.yml (names, e-mails, roles) and adapt the documents to the\n"
	                 "   organisation: a starting point that passes every rule once approved.\n\n"
	                 "2. Commit them:\n\n");
	if (!started_at_root(o, r->root)) {
		cl_buf_puts(out, "     cd ");
		put_shell_word(out, r->root);
		cl_buf_putc(out, '\n');
	}
	cl_buf_puts(out, "     git add --");
	for (size_t i = 0; i < r->written.count; i++) {
		cl_buf_putc(out, ' ');
		put_shell_word(out, r->written.items[i]);
	}
	cl_buf_puts(out, "\n     git commit -m \"Add the starter ISMS from clauselint init\"\n\n");
	cl_buf_printf(out,
	              "3. The CEO, %s, approves the policy, the roles, the management\n"
	              "   statement and the resource plan as they are committed:\n\n",
	              p->ceo_name);
	cl_buf_puts(out,
	            "     git commit --allow-empty -m \"Approve the starter ISMS documents\" --trailer ");
	cl_buf_printf(&who, "Approved-by: %s <%s>", p->ceo_name, p->ceo_email);
	put_shell_word(out, who.ptr);
	for (size_t i = 0; i < r->approve.count; i++) {
		cl_buf_puts(out, " --trailer ");
		cl_buf_free(&who);
		cl_buf_printf(&who, "Approves: %s", r->approve.items[i]);
		put_shell_word(out, who.ptr);
	}
	cl_buf_putc(out, '\n');
	if (p->one_person)
		cl_buf_puts(out, "\n   One person both wrote and approves them: clauselint warns of it\n"
		                 "   (self-approval) until the hats are split, see people.yml.\n");
	cl_buf_puts(out, "\n4. Lint the repository, and see who approved what:\n\n"
	                 "     clauselint\n"
	                 "     clauselint status\n");
	cl_buf_free(&who);
}

static int cmd_init(options *o)
{
	cl_init_options io;
	cl_init_result result;
	cl_error err = {{0}};
	char *ceo_name = NULL, *ceo_email = NULL;
	cl_buf out = CL_BUF_INIT;
	int status = EXIT_TROUBLE;

	memset(&io, 0, sizeof(io));
	if (o->words.count)
		return trouble(
		        "'clauselint init' takes no PATH (it writes at the root of the repository), not '%s'",
		        o->words.items[0]);
	if (o->config_file || o->output_file || o->format_name || o->color || o->rev || o->changed_since ||
	    o->staged || o->quiet || o->max_warnings >= 0)
		return trouble("%s", "'clauselint init' takes only --ceo and --now (and -C)");
	if (o->now && cl_date_parse(&io.today, o->now) < 0)
		return trouble("--now expects a date YYYY-MM-DD, not '%s'", o->now);
	if (!o->now)
		io.today = cl_date_today_utc();
	if (o->ceo && cl_init_parse_person(&ceo_name, &ceo_email, o->ceo, &err) < 0)
		return trouble("--ceo %s", err.message);
	io.ceo_name = ceo_name;
	io.ceo_email = ceo_email;
	if (cl_init(&result, ".", &io, &err) < 0) {
		trouble("%s", err.message);
	} else {
		describe_init(&out, o, &result);
		status = write_stdout(out.ptr, out.len) < 0 ? EXIT_TROUBLE : EXIT_CLEAN;
	}
	cl_buf_free(&out);
	cl_init_result_free(&result);
	free(ceo_name);
	free(ceo_email);
	return status;
}

typedef struct {
	const char *name;
	int (*fn)(options *o);
	const char *summary;
} command;

static const command commands[] = {
        {"check", cmd_check, "lint the repository"}, {"status", cmd_status, "one row per governed document"},
        {"rules", cmd_rules, "list every rule"},     {"explain", cmd_explain, "explain a rule"},
        {"init", cmd_init, "write a starter ISMS"},
};

/* Global options before the subcommand: -C DIR, --help, --version. */
static int parse_leading(int argc, char **argv, int *i)
{
	while (*i < argc) {
		const char *arg = argv[*i];

		if (strcmp(arg, "-C") == 0) {
			if (*i + 1 >= argc)
				return trouble("%s", "option '-C' needs a value");
			if (change_directory(argv[*i + 1]) < 0)
				return EXIT_TROUBLE;
			*i += 2;
		} else if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
			fputs(usage_text, stdout);
			return -EXIT_CLEAN - 1;
		} else if (strcmp(arg, "--version") == 0) {
			printf("clauselint %s\n", CL_VERSION);
			return -EXIT_CLEAN - 1;
		} else {
			break;
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	options o;
	const command *cmd = &commands[0];
	char cwd[PATH_MAX];
	int i = 1, rc;

	memset(&o, 0, sizeof(o));
	o.max_warnings = -1;
	if (getcwd(cwd, sizeof(cwd)))
		o.start_dir = cl_strdup(cwd);
	rc = parse_leading(argc, argv, &i);
	if (rc != 0) {
		free(o.start_dir);
		return rc < 0 ? -rc - 1 : rc;
	}
	for (size_t k = 0; i < argc && k < sizeof(commands) / sizeof(commands[0]); k++) {
		if (strcmp(argv[i], commands[k].name) == 0) {
			cmd = &commands[k];
			i++;
			break;
		}
	}
	if (parse_options(&o, argc, argv, i) < 0) {
		rc = EXIT_TROUBLE;
	} else if (o.help) {
		fputs(usage_text, stdout);
		rc = EXIT_CLEAN;
	} else {
		rc = cmd->fn(&o);
	}
	cl_strvec_free(&o.words);
	free(o.start_dir);
	return rc;
}
