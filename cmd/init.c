/*
 * init.c: `clauselint init`, a starter ISMS written at the root of the
 * repository (never over anything), and the commands that commit and
 * approve it, printed to be pasted.
 */
#include "cli.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_CEO, OPT_NOW, OPT_ADOPT, OPT_COUNT };

static const cli_option options[OPT_COUNT] = {
        [OPT_CEO] = {"--ceo", 0, "\"NAME <EMAIL>\"", "the CEO (default: the git user, who is the ISMS Lead)"},
        [OPT_NOW] = {"--now", 0, "DATE", "the date of the starter records (YYYY-MM-DD; default: today, UTC)"},
        [OPT_ADOPT] =
                {"--adopt", 0, NULL,
                 "adopt the documents the repository has, as they are: write the .clauselint.yml that reads them and a people.yml to review, no starter document"},
};

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
static int started_at_root(const cli_args *args, const char *root)
{
	char a[PATH_MAX], b[PATH_MAX];

	return args->start_dir && realpath(args->start_dir, a) && realpath(root, b) && strcmp(a, b) == 0;
}

/* The approval commit of `approve`, by the CEO of `p`. */
static void put_approval(cl_buf *out, const cl_init_people *p, const char *message, const cl_strvec *approve)
{
	cl_buf who = CL_BUF_INIT;

	cl_buf_puts(out, "     git commit --allow-empty -m ");
	put_shell_word(out, message);
	cl_buf_puts(out, " --trailer ");
	cl_buf_printf(&who, "Approved-by: %s <%s>", p->ceo_name, p->ceo_email);
	put_shell_word(out, who.ptr);
	for (size_t i = 0; i < approve->count; i++) {
		cl_buf_puts(out, " --trailer ");
		cl_buf_free(&who);
		cl_buf_printf(&who, "Approves: %s", approve->items[i]);
		put_shell_word(out, who.ptr);
	}
	cl_buf_putc(out, '\n');
	cl_buf_free(&who);
}

/* `cd ROOT` when the shell isn't there, then the git add of `written`
 * and its commit with `message`. */
static void put_commit(cl_buf *out, const cli_args *args, const char *root, const cl_strvec *written,
                       const char *message)
{
	if (!started_at_root(args, root)) {
		cl_buf_puts(out, "     cd ");
		put_shell_word(out, root);
		cl_buf_putc(out, '\n');
	}
	cl_buf_puts(out, "     git add --");
	for (size_t i = 0; i < written->count; i++) {
		cl_buf_putc(out, ' ');
		put_shell_word(out, written->items[i]);
	}
	cl_buf_puts(out, "\n     git commit -m ");
	put_shell_word(out, message);
	cl_buf_puts(out, "\n\n");
}

/* What init wrote, and the steps that make it an approved ISMS: each
 * command on a line of its own, to copy and paste. */
static void describe_init(cl_buf *out, const cli_args *args, const cl_init_result *r)
{
	const cl_init_people *p = &r->people;

	cl_buf_printf(out, "Wrote the starter ISMS in %s:\n\n", r->root);
	for (size_t i = 0; i < r->written.count; i++)
		cl_buf_printf(out, "  %s\n", r->written.items[i]);
	cl_buf_puts(out, "\nNext steps:\n\n"
	                 "1. Review people.yml (names, e-mails, roles) and adapt the documents to the\n"
	                 "   organisation: a starting point that passes every rule once approved.\n\n"
	                 "2. Commit them:\n\n");
	put_commit(out, args, r->root, &r->written, "Add the starter ISMS from clauselint init");
	cl_buf_printf(out,
	              "3. The CEO, %s, approves them as they are committed: the\n"
	              "   configuration and the people registry (which start the chain of\n"
	              "   trust), the documents, and the records:\n\n",
	              p->ceo_name);
	put_approval(out, p, "Approve the starter ISMS documents", &r->approve);
	if (p->one_person)
		cl_buf_puts(out, "\n   One person both wrote and approves them: clauselint warns of it\n"
		                 "   (self-approval) until the hats are split, see people.yml.\n");
	cl_buf_puts(out, "\n4. Lint the repository, and see who approved what:\n\n"
	                 "     clauselint\n"
	                 "     clauselint status\n");
}

static void describe_forms(cl_buf *out, const cl_adopt_result *r)
{
	cl_buf_printf(out, "Read %zu Markdown files in %s:\n\n", r->markdown, r->root);
	cl_buf_printf(out, "  %zu with clauselint's front matter\n", r->ours);
	if (r->comply)
		cl_buf_printf(out, "  %zu with comply's header (read: comply)\n", r->comply);
	if (r->control)
		cl_buf_printf(out,
		              "  %zu with a document-control table or blockquote (read: document-control)\n",
		              r->control);
	if (r->dataview)
		cl_buf_printf(out, "  %zu with Dataview fields (read: dataview)\n", r->dataview);
	cl_buf_puts(out, "\nWrote:\n\n");
	for (size_t i = 0; i < r->written.count; i++)
		cl_buf_printf(out, "  %s\n", r->written.items[i]);
	if (r->people_existed)
		cl_buf_puts(out, "  (people.yml is there already: kept as it is)\n");
	cl_buf_printf(out, "\nRead with it, %zu of the %zu files %s.\n", r->governed, r->markdown,
	              r->governed == 1 ? "is a governed document" : "are governed documents");
	if (!r->governed && r->markdown)
		cl_buf_puts(
		        out,
		        "\nNone says its type where init could tell: name it by folder or file in\n"
		        "mapping.types of .clauselint.yml (\"policies/**\": policy, docs/adopting.md).\n");
}

static void describe_adopt(cl_buf *out, const cli_args *args, const cl_adopt_result *r)
{
	describe_forms(out, r);
	cl_buf_puts(out, "\nNext steps:\n\n"
	                 "1. Review .clauselint.yml (how the documents are read) and people.yml (who\n"
	                 "   holds which role), and run clauselint: what it finds then is about the\n"
	                 "   documents themselves; `clauselint files` says why a file isn't governed.\n\n"
	                 "2. Commit them:\n\n");
	put_commit(out, args, r->root, &r->written, "Adopt clauselint");
	cl_buf_printf(out,
	              "3. The CEO, %s, approves the documents as they stand, with the\n"
	              "   configuration and the people registry (which start the chain of trust):\n\n",
	              r->people.ceo_name);
	put_approval(out, &r->people, "Approve the ISMS documents as they stand", &r->approve);
}

static cli_exit run_adopt(const cli_args *args, const cl_init_options *io)
{
	cl_adopt_result result;
	cl_error err = {{0}};
	cl_buf out = CL_BUF_INIT;
	cli_exit status = CLI_EXIT_TROUBLE;

	if (cl_init_adopt(&result, ".", io, &err) < 0) {
		cli_fail("%s", err.message);
	} else {
		describe_adopt(&out, args, &result);
		status = cli_write(NULL, out.ptr, out.len) < 0 ? CLI_EXIT_TROUBLE : CLI_EXIT_CLEAN;
	}
	cl_buf_free(&out);
	cl_adopt_result_free(&result);
	return status;
}

static cli_exit run(const cli_command *cmd, const cli_args *args)
{
	cl_init_options io;
	cl_init_result result;
	cl_error err = {{0}};
	char *ceo_name = NULL, *ceo_email = NULL;
	cl_buf out = CL_BUF_INIT;
	cli_exit status = CLI_EXIT_TROUBLE;

	(void)cmd;
	memset(&io, 0, sizeof(io));
	if (args->words.count)
		return cli_fail(
		        "'clauselint init' takes no PATH (it writes at the root of the repository), not '%s'",
		        args->words.items[0]);
	if (cli_read_now(&io.today, args->values[OPT_NOW]) < 0)
		return CLI_EXIT_TROUBLE;
	if (args->values[OPT_CEO] &&
	    cl_init_parse_person(&ceo_name, &ceo_email, args->values[OPT_CEO], &err) < 0)
		return cli_fail("--ceo %s", err.message);
	io.ceo_name = ceo_name;
	io.ceo_email = ceo_email;
	if (args->values[OPT_ADOPT]) {
		status = run_adopt(args, &io);
		free(ceo_name);
		free(ceo_email);
		return status;
	}
	if (cl_init(&result, ".", &io, &err) < 0) {
		cli_fail("%s", err.message);
	} else {
		describe_init(&out, args, &result);
		status = cli_write(NULL, out.ptr, out.len) < 0 ? CLI_EXIT_TROUBLE : CLI_EXIT_CLEAN;
	}
	cl_buf_free(&out);
	cl_init_result_free(&result);
	free(ceo_name);
	free(ceo_email);
	return status;
}

const cli_command cli_init = {
        .name = "init",
        .is_default = 0,
        .args = "[--adopt] [--ceo \"NAME <EMAIL>\"] [--now DATE]",
        .summary =
                "write a starter ISMS at the root of the repository (.clauselint.yml, people.yml, the policy, the roles, the management statement and four records; never overwrites), then print the commands that commit and approve them",
        .options = options,
        .option_count = OPT_COUNT,
        .run = run,
};
