/*
 * main.c: the clauselint command line: the options before a command
 * (-C DIR, --help, --version), the table of commands, and the exit
 * status (cli.h). Each command is a file of its own in cmd/.
 */
#include "cli.h"
#include "util/util.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const cli_command *const commands[] = {&cli_check, &cli_status,  &cli_files,
                                              &cli_rules, &cli_explain, &cli_init};
static const cli_table table = {commands, sizeof(commands) / sizeof(commands[0])};

/* What stands before the command: -C DIR (each relative to the one
 * before), or --help or --version, which answer at once. */
typedef enum { LEADING_GO_ON, LEADING_ANSWERED, LEADING_FAILED } leading_result;

static leading_result parse_leading(int argc, char **argv, int *i)
{
	while (*i < argc) {
		const char *arg = argv[*i];

		if (strcmp(arg, "-C") == 0) {
			if (*i + 1 >= argc) {
				cli_fail("option '-C' needs a value");
				return LEADING_FAILED;
			}
			if (cli_change_directory(argv[*i + 1]) < 0)
				return LEADING_FAILED;
			*i += 2;
		} else if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
			cli_help(stdout, &table);
			return LEADING_ANSWERED;
		} else if (strcmp(arg, "--version") == 0 || strcmp(arg, "-V") == 0) {
			printf("clauselint %s\n", CL_VERSION);
			return LEADING_ANSWERED;
		} else {
			return LEADING_GO_ON;
		}
	}
	return LEADING_GO_ON;
}

/* The commit (Makefile: build/gen/revision.c). */
extern const char cl_build_revision[];

/* `clauselint version`; with --build-options, as git's, what a bug
 * report needs: the commit it was built from and the libraries it runs
 * with. */
static void print_version(int build_options)
{
	cl_buf libraries = CL_BUF_INIT;

	printf("clauselint %s\n", CL_VERSION);
	if (!build_options)
		return;
	printf("revision: %s\n", cl_build_revision);
	cl_dependency_versions(&libraries);
	fputs(libraries.ptr, stdout);
	cl_buf_free(&libraries);
}

/* `help [COMMAND]` and `version`, as git has them: words that answer
 * at once. 1 when argv[i] was one. */
static int answer_word(int argc, char **argv, int i)
{
	if (i >= argc)
		return 0;
	if (strcmp(argv[i], "version") == 0) {
		print_version(i + 1 < argc && strcmp(argv[i + 1], "--build-options") == 0);
		return 1;
	}
	if (strcmp(argv[i], "help") != 0)
		return 0;
	for (size_t k = 0; i + 1 < argc && k < table.count; k++)
		if (strcmp(argv[i + 1], table.commands[k]->name) == 0) {
			cli_command_help(stdout, table.commands[k]);
			return 1;
		}
	cli_help(stdout, &table);
	return 1;
}

/* A word that is no command and no path, but a command mistyped
 * ("stauts"): said so, rather than linted as a path that matches no
 * file. */
static int mistyped_command(int argc, char **argv, int i)
{
	const char *names[16];
	const char *meant;
	size_t n = 0;

	if (i >= argc || argv[i][0] == '-' || strpbrk(argv[i], "/.") || access(argv[i], F_OK) == 0)
		return 0;
	for (size_t k = 0; k < table.count && n + 3 < sizeof(names) / sizeof(names[0]); k++)
		names[n++] = table.commands[k]->name;
	names[n++] = "help";
	names[n++] = "version";
	names[n] = NULL;
	meant = cl_closest(argv[i], names);
	if (!meant || strcmp(meant, argv[i]) == 0)
		return 0;
	cli_fail("'%s' is not a clauselint command, nor a file here: did you mean '%s'?", argv[i], meant);
	return 1;
}

/* The command named at argv[*i], stepping over its name; check, the
 * default, when no command is named. */
static const cli_command *find_command(int argc, char **argv, int *i)
{
	for (size_t k = 0; *i < argc && k < table.count; k++) {
		if (strcmp(argv[*i], table.commands[k]->name) == 0) {
			(*i)++;
			return table.commands[k];
		}
	}
	return &cli_check;
}

static cli_exit run_command(const cli_command *cmd, int argc, char **argv, int first, char *start_dir)
{
	cli_args args;
	cli_exit status;

	memset(&args, 0, sizeof(args));
	args.start_dir = start_dir;
	if (cli_parse(&args, &table, cmd, argc, argv, first) < 0)
		status = CLI_EXIT_TROUBLE;
	else if (args.help)
		status = (cli_command_help(stdout, cmd), CLI_EXIT_CLEAN);
	else
		status = cmd->run(cmd, &args);
	cli_args_free(&args);
	return status;
}

int main(int argc, char **argv)
{
	char start[PATH_MAX];
	/* Where the user's shell is, before any -C: init's printed commands
	 * need to know whether a `cd` is wanted first. */
	char *start_dir = getcwd(start, sizeof(start));
	int i = 1;
	const cli_command *cmd;

	switch (parse_leading(argc, argv, &i)) {
	case LEADING_ANSWERED:
		return CLI_EXIT_CLEAN;
	case LEADING_FAILED:
		return CLI_EXIT_TROUBLE;
	default:
		break;
	}
	if (answer_word(argc, argv, i))
		return CLI_EXIT_CLEAN;
	cmd = find_command(argc, argv, &i);
	if (cmd == &cli_check && mistyped_command(argc, argv, i))
		return CLI_EXIT_TROUBLE;
	return run_command(cmd, argc, argv, i, start_dir);
}
