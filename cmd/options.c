/*
 * options.c: a command's options parsed by its own option table, and the
 * usage and help the command table makes.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

/* The column the help of an option starts in, in --help. */
#define HELP_COLUMN 22

static const char exit_status_text[] =
        "\nExit status: 0 no error-level finding; 1 error-level findings (or warnings over\n"
        "--max-warnings); 2 usage, configuration or repository error.\n";

/* Whether `arg` names `opt`; sets *inline_value to what follows `=` (or
 * a short option's letter) when the value is in the same argument. */
static int names_option(const cli_option *opt, const char *arg, const char **inline_value)
{
	size_t n = strlen(opt->name);

	*inline_value = NULL;
	if (strncmp(arg, opt->name, n) == 0 && (arg[n] == '\0' || (arg[n] == '=' && opt->value_name))) {
		if (arg[n] == '=')
			*inline_value = arg + n + 1;
		return 1;
	}
	if (opt->short_name && arg[1] == opt->short_name && arg[0] == '-' &&
	    (arg[2] == '\0' || opt->value_name)) {
		if (arg[2])
			*inline_value = arg + 2;
		return 1;
	}
	return 0;
}

static const cli_option *find_option(const cli_command *cmd, const char *arg, const char **inline_value)
{
	for (size_t i = 0; i < cmd->option_count; i++)
		if (names_option(&cmd->options[i], arg, inline_value))
			return &cmd->options[i];
	return NULL;
}

/* "--ceo and --now", the options `cmd` takes, for a message. */
static void list_options(cl_buf *out, const cli_command *cmd)
{
	for (size_t i = 0; i < cmd->option_count; i++)
		cl_buf_printf(out, "%s%s",
		              i == 0                       ? ""
		              : i + 1 == cmd->option_count ? " and "
		                                           : ", ",
		              cmd->options[i].name);
}

/* An option `cmd` doesn't take: say who takes it, or what `cmd` does. */
static void refuse_option(const cli_table *table, const cli_command *cmd, const char *arg)
{
	const cli_command *owner = NULL;
	const cli_option *opt = NULL;
	const char *inline_value;
	size_t owners = 0;
	cl_buf takes = CL_BUF_INIT;

	for (size_t i = 0; i < table->count; i++) {
		const cli_option *o = table->commands[i] == cmd
		                              ? NULL
		                              : find_option(table->commands[i], arg, &inline_value);

		if (o) {
			owner = table->commands[i];
			opt = o;
			owners++;
		}
	}
	if (!owners) {
		cli_fail("unknown option '%s'; see 'clauselint --help'", arg);
		return;
	}
	if (owners == 1) {
		cli_fail("%s is an option of 'clauselint %s'", opt->name, owner->name);
		return;
	}
	list_options(&takes, cmd);
	if (cmd->option_count)
		cli_fail("'clauselint %s' takes only %s (and -C), not %s", cmd->name, takes.ptr, opt->name);
	else
		cli_fail("'clauselint %s' takes no option but -C, not %s", cmd->name, opt->name);
	cl_buf_free(&takes);
}

/* The value of the option at argv[*i]: in the argument itself, or the
 * next one. NULL (after a message) when it is missing. */
static const char *option_value(int argc, char **argv, int *i, const char *inline_value)
{
	if (inline_value)
		return inline_value;
	if (*i + 1 >= argc) {
		cli_fail("option '%s' needs a value", argv[*i]);
		return NULL;
	}
	return argv[++*i];
}

/* -C DIR, wherever it stands (git takes it before the command; clauselint
 * takes it anywhere, each one relative to the one before). */
static int is_change_directory(const char *arg)
{
	return strncmp(arg, "-C", 2) == 0;
}

static int parse_option(cli_args *out, const cli_table *table, const cli_command *cmd, int argc, char **argv,
                        int *i)
{
	const char *arg = argv[*i], *inline_value = NULL, *value;
	const cli_option *opt;

	if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
		out->help = 1;
		return 0;
	}
	if (is_change_directory(arg)) {
		value = option_value(argc, argv, i, arg[2] ? arg + 2 : NULL);
		return value ? cli_change_directory(value) : -1;
	}
	opt = find_option(cmd, arg, &inline_value);
	if (!opt) {
		refuse_option(table, cmd, arg);
		return -1;
	}
	value = opt->value_name ? option_value(argc, argv, i, inline_value) : "";
	if (!value)
		return -1;
	out->values[opt - cmd->options] = value;
	return 0;
}

int cli_parse(cli_args *out, const cli_table *table, const cli_command *cmd, int argc, char **argv, int first)
{
	int only_words = 0;

	out->values = cl_calloc(cmd->option_count ? cmd->option_count : 1, sizeof(const char *));
	for (int i = first; i < argc; i++) {
		const char *arg = argv[i];

		if (only_words || arg[0] != '-' || arg[1] == '\0') {
			cl_strvec_push(&out->words, arg);
			continue;
		}
		if (strcmp(arg, "--") == 0) {
			only_words = 1;
			continue;
		}
		if (parse_option(out, table, cmd, argc, argv, &i) < 0)
			return -1;
	}
	return 0;
}

void cli_args_free(cli_args *args)
{
	if (!args)
		return;
	free(args->values);
	args->values = NULL;
	cl_strvec_free(&args->words);
}

/* "  NAMES   help", the help wrapped at 80 columns and indented to
 * HELP_COLUMN; NAMES too wide for the column get a line of their own. */
static void put_option(FILE *out, const char *names, const char *help)
{
	int column = fprintf(out, "  %s", names);

	if (column > HELP_COLUMN - 2) {
		fputc('\n', out);
		column = 0;
	}
	fprintf(out, "%*s", HELP_COLUMN - column, "");
	column = HELP_COLUMN;
	while (*help) {
		size_t word = strcspn(help, " ");

		if (column > HELP_COLUMN && column + 1 + (int)word > 80) {
			fprintf(out, "\n%*s", HELP_COLUMN, "");
			column = HELP_COLUMN;
		} else if (column > HELP_COLUMN) {
			fputc(' ', out);
			column++;
		}
		fwrite(help, 1, word, out);
		column += (int)word;
		help += word;
		help += strspn(help, " ");
	}
	fputc('\n', out);
}

static void put_options(FILE *out, const cli_command *cmd)
{
	for (size_t i = 0; i < cmd->option_count; i++) {
		const cli_option *o = &cmd->options[i];
		char names[64];

		snprintf(names, sizeof(names), "%c%c%s%s%s%s", o->short_name ? '-' : ' ',
		         o->short_name ? o->short_name : ' ', o->short_name ? ", " : "  ", o->name,
		         o->value_name ? " " : "", o->value_name ? o->value_name : "");
		put_option(out, names, o->help);
	}
}

static void put_usage(FILE *out, const cli_command *cmd, int first)
{
	if (cmd->is_default)
		fprintf(out, "%s clauselint [-C DIR] [check] %s\n", first ? "usage:" : "      ", cmd->args);
	else
		fprintf(out, "%s clauselint %s%s%s\n", first ? "usage:" : "      ", cmd->name,
		        *cmd->args ? " " : "", cmd->args);
}

static void put_common_options(FILE *out)
{
	fputs("\nOptions of every command:\n", out);
	put_option(out, "-C DIR", "run in DIR (the repository is discovered from there)");
	put_option(out, "-h, --help", "show this help; after a command, that command's");
	put_option(out, "    --version", "show the version");
}

void cli_help(FILE *out, const cli_table *table)
{
	for (size_t i = 0; i < table->count; i++)
		put_usage(out, table->commands[i], i == 0);
	fputs("       clauselint --version | --help\n"
	      "\nLints a git repository of Markdown policy documents against ISO/IEC 27001:2022.\n"
	      "\nCommands:\n",
	      out);
	for (size_t i = 0; i < table->count; i++)
		put_option(out, table->commands[i]->name, table->commands[i]->summary);
	for (size_t i = 0; i < table->count; i++) {
		if (!table->commands[i]->option_count)
			continue;
		fprintf(out, "\nOptions of %s%s:\n", table->commands[i]->name,
		        table->commands[i]->is_default ? " (the default command)" : "");
		put_options(out, table->commands[i]);
	}
	put_common_options(out);
	fputs(exit_status_text, out);
}

void cli_command_help(FILE *out, const cli_command *cmd)
{
	put_usage(out, cmd, 1);
	fprintf(out, "\n%c%s.\n",
	        cmd->summary[0] >= 'a' && cmd->summary[0] <= 'z' ? cmd->summary[0] - 'a' + 'A'
	                                                         : cmd->summary[0],
	        cmd->summary + 1);
	if (cmd->option_count) {
		fputs("\nOptions:\n", out);
		put_options(out, cmd);
	}
	put_common_options(out);
	fputs(exit_status_text, out);
}
