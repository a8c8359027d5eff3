/*
 * cli.h: what the command files share: the command table, each
 * command's options, parsing them, and the exit codes. Argument parsing,
 * exit codes and printing live in cmd/ and nowhere else; the work is done
 * by the library (lib/clauselint.h). libgit2's src/cli/ is the model: a
 * command is a file with its options and its usage, and main() looks it
 * up in a table whose summaries make --help.
 */
#ifndef CL_CLI_H
#define CL_CLI_H

#include "clauselint.h"

#include <stdio.h>

/* The exit status of every command (docs/reports.md). */
typedef enum {
	CLI_EXIT_CLEAN = 0,    /* no error-level finding */
	CLI_EXIT_FINDINGS = 1, /* error-level findings, or warnings over --max-warnings */
	CLI_EXIT_TROUBLE = 2   /* a usage, configuration or repository error: one line on stderr */
} cli_exit;

/* An option of a command: `--name` (and `-x`), a switch or one value. */
typedef struct {
	const char *name;       /* "--format" */
	char short_name;        /* 'f', or 0 */
	const char *value_name; /* "FMT"; NULL for a switch */
	const char *help;       /* one line for --help */
} cli_option;

/* What was given on the command line for one command. */
typedef struct {
	/* [option_count]: the value of each of the command's options (the
	 * last one given), "" for a switch given, NULL when absent. */
	const char **values;
	cl_strvec words; /* the other arguments (PATHs, RULE) */
	int help;        /* -h or --help */
	char *start_dir; /* where clauselint was started, before any -C */
} cli_args;

typedef struct cli_command {
	const char *name;
	int is_default;      /* the command run when none is named */
	const char *args;    /* what follows the name in the usage line */
	const char *summary; /* one line, for the list of commands */
	const cli_option *options;
	size_t option_count;
	cli_exit (*run)(const struct cli_command *cmd, const cli_args *args);
} cli_command;

/* The commands (a file each), and their table in --help order
 * (main.c). */
extern const cli_command cli_check, cli_status, cli_files, cli_rules, cli_explain, cli_init;

typedef struct {
	const cli_command *const *commands;
	size_t count;
} cli_table;

/* ---- progress.c ---- */

/* cl_run, with a progress line on standard error when it is a terminal,
 * the run takes more than a second and `quiet` is not set; the line is
 * erased before this returns. */
int cli_run_with_progress(cl_run_result *out, cl_run_options *opts, int quiet, cl_error *err);

/* ---- options.c ---- */

/*
 * Parses argv[first..argc) for `cmd` of `table` into `out`: options in any order,
 * `--name=value`, `--name value`, `-xvalue` and `-x value`; `--` ends
 * the options; -C DIR changes directory where it stands, like git's. An
 * option the command doesn't take is an error that names the command
 * of the table that does. On an error prints one line and returns -1. The caller
 * frees `out` with cli_args_free, also after a failure.
 */
int cli_parse(cli_args *out, const cli_table *table, const cli_command *cmd, int argc, char **argv,
              int first);
void cli_args_free(cli_args *args);
/* ---- cli.c ---- */

/* Changes directory as -C does, printing why it can't. 0 or -1. */
int cli_change_directory(const char *dir);

/* Prints "clauselint: ", the message and a newline on stderr; returns
 * CLI_EXIT_TROUBLE, for `return cli_fail(...)`. */
cli_exit cli_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The usage of every command, their summaries and options (clauselint
 * --help), or one command's (clauselint COMMAND --help). */
void cli_help(FILE *out, const cli_table *table);
void cli_command_help(FILE *out, const cli_command *cmd);

/* Writes `data` to `path` (-o), through a temporary file renamed into
 * place so that a failure never leaves half a report, or as it is for a
 * device or a pipe; to standard output when `path` is NULL. Prints why
 * it can't; 0 or -1. */
int cli_write(const char *path, const char *data, size_t len);

/* --now: the day dates are judged on, today (UTC) when not given. 0, or
 * -1 after a message. */
int cli_read_now(cl_date *out, const char *value);

/* What check and status both read: the source (--rev REV, or --staged
 * when `staged` is not NULL), the configuration (-c FILE), --now and the
 * PATHs. 0, or -1 after a message. */
/* Where the history cache is kept (docs/cache.md), or NULL. */
const char *cli_cache_dir(void);
int cli_read_run_options(cl_run_options *out, const cli_args *args, const char *config, const char *rev,
                         const char *staged, const char *now);

#endif
