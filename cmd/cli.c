/*
 * cli.c: what every command does the same way: failing with one line,
 * changing directory for -C, writing a report, reading --now and the
 * options check and status share.
 */
#include "cli.h"
#include "rules/registry.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

cli_exit cli_fail(const char *fmt, ...)
{
	va_list ap;
	cl_buf message = CL_BUF_INIT, line = CL_BUF_INIT;

	va_start(ap, fmt);
	cl_buf_vprintf(&message, fmt, ap);
	va_end(ap);
	/* The message may quote a configuration key, a path or a revision:
	 * whatever they hold, it stays one line of plain text. */
	cl_escape_line(&line, message.ptr ? message.ptr : "");
	fprintf(stderr, "clauselint: %s\n", line.ptr ? line.ptr : "");
	cl_buf_free(&message);
	cl_buf_free(&line);
	return CLI_EXIT_TROUBLE;
}

int cli_change_directory(const char *dir)
{
	if (chdir(dir) < 0) {
		cli_fail("cannot change to '%s': %s", dir, strerror(errno));
		return -1;
	}
	return 0;
}

/* ---- writing ---- */

/* A device or a pipe (-o /dev/stdout, a FIFO) is written as it is:
 * renaming a file over it would replace it. */
static int write_in_place(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	int ok = f && fwrite(data, 1, len, f) == len;

	if (f && fclose(f) != 0)
		ok = 0;
	if (!ok)
		cli_fail("cannot write %s: %s", path, strerror(errno));
	return ok ? 0 : -1;
}

static int write_file_atomically(const char *path, const char *data, size_t len)
{
	struct stat st;
	char *tmp;
	FILE *f;
	int ok;

	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
		return write_in_place(path, data, len);
	tmp = cl_printf("%s.tmp.%ld", path, (long)getpid());
	f = fopen(tmp, "wb");
	ok = f && fwrite(data, 1, len, f) == len;
	if (f && fclose(f) != 0)
		ok = 0;
	if (ok && rename(tmp, path) < 0)
		ok = 0;
	if (!ok) {
		cli_fail("cannot write %s: %s", path, strerror(errno));
		remove(tmp);
	}
	free(tmp);
	return ok ? 0 : -1;
}

int cli_write(const char *path, const char *data, size_t len)
{
	if (!data)
		data = "";
	if (path)
		return write_file_atomically(path, data, len);
	if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
		cli_fail("cannot write the report: %s", strerror(errno));
		return -1;
	}
	return 0;
}

int cli_read_now(cl_date *out, const char *value)
{
	if (!value) {
		*out = cl_date_today_utc();
		return 0;
	}
	if (cl_date_parse(out, value) < 0) {
		cli_fail("--now expects a date YYYY-MM-DD, not '%s'", value);
		return -1;
	}
	return 0;
}

int cli_read_run_options(cl_run_options *out, const cli_args *args, const char *config, const char *rev,
                         const char *staged, const char *now)
{
	memset(out, 0, sizeof(*out));
	if (rev && staged) {
		cli_fail("--rev and --staged name different content: use one");
		return -1;
	}
	out->rules = &cl_builtin_rules;
	out->config_file = config;
	out->source = rev ? CL_SOURCE_REV : staged ? CL_SOURCE_INDEX : CL_SOURCE_WORKTREE;
	out->rev = rev;
	out->paths = args->words.items;
	out->path_count = args->words.count;
	return cli_read_now(&out->today, now);
}

/* The folder of the history cache (docs/cache.md): CLAUSELINT_CACHE_DIR
 * (set and empty: none, as --no-cache), else $XDG_CACHE_HOME/clauselint,
 * else ~/.cache/clauselint; NULL when none can be named (no HOME). A
 * relative XDG_CACHE_HOME or HOME is ignored, as the XDG base directory
 * specification asks. */
const char *cli_cache_dir(void)
{
	static char dir[4096];
	const char *own = getenv("CLAUSELINT_CACHE_DIR");
	const char *xdg = getenv("XDG_CACHE_HOME");
	const char *home = getenv("HOME");
	int n;

	if (own && !*own)
		return NULL;
	if (own)
		n = snprintf(dir, sizeof(dir), "%s", own);
	else if (xdg && xdg[0] == '/')
		n = snprintf(dir, sizeof(dir), "%s/clauselint", xdg);
	else if (home && home[0] == '/')
		n = snprintf(dir, sizeof(dir), "%s/.cache/clauselint", home);
	else
		return NULL;
	return n > 0 && (size_t)n < sizeof(dir) ? dir : NULL;
}
