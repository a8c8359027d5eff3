/*
 * progress.c: a progress line on standard error while a run takes long,
 * as git prints one: only on a terminal, only after a second (git's
 * GIT_PROGRESS_DELAY is CLAUSELINT_PROGRESS_DELAY here, in seconds), and
 * erased before the report is printed. A thread of its own reads the
 * counters the run raises (cl_progress) ten times a second; the run never
 * waits for it.
 */
#include "cli.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct {
	cl_progress counters;
	pthread_mutex_t lock;
	pthread_cond_t done_changed;
	int done;
	int shown;     /* a line is on the terminal */
	long delay_ms; /* before the first line */
	int plain;     /* TERM=dumb: no escape to erase the line */
} progress;

static long delay_from_environment(void)
{
	const char *value = getenv("CLAUSELINT_PROGRESS_DELAY");
	char *end;
	long seconds;

	if (!value || !*value)
		return 1000;
	seconds = strtol(value, &end, 10);
	return *end || seconds < 0 || seconds > 3600 ? 1000 : seconds * 1000;
}

/* Whether to show progress at all: standard error is a terminal. */
static int wanted(int quiet)
{
	return !quiet && isatty(STDERR_FILENO);
}

static void erase_line(const progress *p)
{
	fputs(p->plain ? "\r                                                                        \r"
	               : "\r\033[K",
	      stderr);
}

static void print_line(progress *p)
{
	size_t total = p->counters.documents_total, parsed = p->counters.documents_parsed,
	       commits = p->counters.commits_walked;

	erase_line(p);
	if (total)
		fprintf(stderr, "clauselint: %zu/%zu documents read, %zu commits walked", parsed, total,
		        commits);
	else
		fprintf(stderr, "clauselint: listing the files, %zu commits walked", commits);
	fflush(stderr);
	p->shown = 1;
}

/* Sleeps until `ms` from now or until the run is done; 1 when done. */
static int wait_or_done(progress *p, long ms)
{
	struct timespec until;
	int done;

	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += ms / 1000;
	until.tv_nsec += (ms % 1000) * 1000000L;
	if (until.tv_nsec >= 1000000000L) {
		until.tv_sec++;
		until.tv_nsec -= 1000000000L;
	}
	pthread_mutex_lock(&p->lock);
	while (!p->done && pthread_cond_timedwait(&p->done_changed, &p->lock, &until) == 0)
		;
	done = p->done;
	pthread_mutex_unlock(&p->lock);
	return done;
}

static void *show_progress(void *arg)
{
	progress *p = arg;

	if (wait_or_done(p, p->delay_ms))
		return NULL;
	do
		print_line(p);
	while (!wait_or_done(p, 100));
	return NULL;
}

int cli_run_with_progress(cl_run_result *out, cl_run_options *opts, int quiet, cl_error *err)
{
	progress p;
	pthread_t thread;
	int threaded, rc;
	const char *term = getenv("TERM");

	memset(&p, 0, sizeof(p));
	if (!wanted(quiet))
		return cl_run(out, opts, err);
	p.delay_ms = delay_from_environment();
	p.plain = term && strcmp(term, "dumb") == 0;
	pthread_mutex_init(&p.lock, NULL);
	pthread_cond_init(&p.done_changed, NULL);
	opts->progress = &p.counters;
	threaded = pthread_create(&thread, NULL, show_progress, &p) == 0;
	rc = cl_run(out, opts, err);
	pthread_mutex_lock(&p.lock);
	p.done = 1;
	pthread_cond_signal(&p.done_changed);
	pthread_mutex_unlock(&p.lock);
	if (threaded)
		pthread_join(thread, NULL);
	if (p.shown) {
		erase_line(&p);
		fflush(stderr);
	}
	opts->progress = NULL;
	pthread_cond_destroy(&p.done_changed);
	pthread_mutex_destroy(&p.lock);
	return rc;
}
