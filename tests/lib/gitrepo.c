/*
 * gitrepo.c: see gitrepo.h.
 */
#include "gitrepo.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "clauselint.h"

/* Helpers every script starts with, as tests/e2e/lib.sh has them. */
static const char prelude[] =
        "set -e\n"
        "at() { export GIT_AUTHOR_DATE=\"$1T12:00:00Z\" GIT_COMMITTER_DATE=\"$1T12:00:00Z\"; }\n"
        "as() { export GIT_AUTHOR_NAME=\"$1\" GIT_AUTHOR_EMAIL=\"$2\" GIT_COMMITTER_NAME=\"$1\" "
        "GIT_COMMITTER_EMAIL=\"$2\"; }\n"
        "at 2026-01-15\n"
        "as 'Sam Ortiz' sam@example.com\n";

static void isolate_git(const char *dir)
{
	char *home = cl_printf("%s/.home", dir);
	char *config = cl_printf("%s/.home/gitconfig", dir);

	setenv("HOME", home, 1);
	setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
	setenv("GIT_CONFIG_GLOBAL", config, 1);
	unsetenv("GIT_INDEX_FILE");
	unsetenv("GIT_DIR");
	unsetenv("GIT_WORK_TREE");
	free(home);
	free(config);
}

char *gitrepo_new(void)
{
	char template[] = "/tmp/clauselint-unit.XXXXXX";
	char *root = mkdtemp(template);
	char *dir;

	cr_assert_not_null(root, "mkdtemp");
	isolate_git(root);
	dir = cl_printf("%s/repo", root);
	/* The scripts of a repository are kept beside it (run), so it must
	 * exist before the first: run(root) would share /tmp/.script.sh
	 * with every test running at the same time. */
	cr_assert_eq(mkdir(dir, 0700), 0, "mkdir %s", dir);
	gitrepo_sh(dir, "mkdir -p ../.home && git config --global init.defaultBranch main && "
	                "git config --global core.quotepath false && git init -q .");
	return dir;
}

static char *run(const char *dir, const char *script, int capture)
{
	char *path = cl_printf("%s/../.script.sh", dir);
	char *out = cl_printf("%s/../.script.out", dir);
	char *err = cl_printf("%s/../.script.err", dir);
	char *command = cl_printf("cd '%s' && sh '%s' >'%s' 2>'%s'", dir, path, out, err);
	FILE *f = fopen(path, "w");
	cl_buf text = CL_BUF_INIT;
	char chunk[4096];
	size_t n;
	int rc;

	cr_assert_not_null(f);
	fputs(prelude, f);
	fputs(script, f);
	fclose(f);
	rc = system(command);
	f = fopen(rc == 0 ? out : err, "r");
	while (f && (n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		cl_buf_put(&text, chunk, n);
	if (f)
		fclose(f);
	cr_assert_eq(rc, 0, "script failed in %s:\n%s\n%s", dir, script, text.ptr ? text.ptr : "");
	free(path);
	free(out);
	free(err);
	free(command);
	if (!capture) {
		cl_buf_free(&text);
		return NULL;
	}
	if (text.len && text.ptr[text.len - 1] == '\n')
		text.ptr[--text.len] = '\0';
	return cl_buf_detach(&text);
}

void gitrepo_sh(const char *dir, const char *script)
{
	run(dir, script, 0);
}

char *gitrepo_out(const char *dir, const char *script)
{
	return run(dir, script, 1);
}

void gitrepo_remove(char *dir)
{
	char *root = cl_strndup(dir, strlen(dir) - strlen("/repo"));
	char *command = cl_printf("rm -rf '%s'", root);

	cr_expect_eq(system(command), 0);
	free(command);
	free(root);
	free(dir);
}
