/*
 * junit.c: JUnit XML, for CI systems that show test reports
 * (GitLab's artifacts:reports:junit, Jenkins, Azure Pipelines) and
 * nothing else.
 *
 * Each reported document is a test case, so a clean document shows as a
 * passed test and the report says how much of the repository passes; an
 * error finding is a <failure> of its document, and warnings and notes,
 * which don't fail the run, are the case's <system-out>. Findings on other
 * files (the configuration, for repository-level findings) get a case of
 * their own, and those with no file the case "(repository)".
 *
 * File names and messages come from the repository: every byte of them
 * is escaped so that no name can close an element or break the XML, and
 * what XML 1.0 cannot hold at all (most control characters, invalid
 * UTF-8) becomes U+FFFD rather than an unreadable report.
 */
#include "output/output.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define REPOSITORY_CASE "(repository)"

static const cl_report_options default_options = {0, 0, NULL, NULL, NULL, NULL};

/* `path:line:col: ` or `(repository): `, then the message, the rule and
 * the clause: one finding on one line of the failure or the output. */
static void put_finding_line(cl_buf *out, const cl_finding *f, int with_severity)
{
	cl_buf line = CL_BUF_INIT;

	if (f->path)
		cl_buf_printf(&line, "%s:%d:%d: ", f->path, f->line, f->column);
	else
		cl_buf_puts(&line, REPOSITORY_CASE ": ");
	if (with_severity)
		cl_buf_printf(&line, "%s: ", cl_severity_name(f->severity));
	cl_buf_printf(&line, "%s [%s]", f->message, f->rule->name);
	if (f->rule->clause)
		cl_buf_printf(&line, " (clause %s)", f->rule->clause);
	cl_escape_xml(out, line.ptr, 0);
	cl_buf_free(&line);
}

static int shown(const cl_finding *f, const cl_report_options *opts)
{
	return !opts->quiet || f->severity == CL_SEV_ERROR;
}

/* One test case: the failures of `count` findings from `first` (all of
 * one file), then the others as its output. */
static void put_case(cl_buf *out, const char *name, const cl_finding *first, size_t count,
                     const cl_report_options *opts)
{
	size_t others = 0, failures = 0;

	for (size_t i = 0; i < count; i++) {
		if (!shown(&first[i], opts))
			continue;
		if (first[i].severity == CL_SEV_ERROR)
			failures++;
		else
			others++;
	}
	cl_buf_puts(out, "    <testcase classname=\"clauselint\" name=\"");
	cl_escape_xml(out, name, 1);
	if (!failures && !others) {
		cl_buf_puts(out, "\"/>\n");
		return;
	}
	cl_buf_puts(out, "\">\n");
	for (size_t i = 0; i < count; i++) {
		const cl_finding *f = &first[i];

		if (f->severity != CL_SEV_ERROR)
			continue;
		cl_buf_puts(out, "      <failure message=\"");
		cl_escape_xml(out, f->message, 1);
		cl_buf_puts(out, "\" type=\"");
		cl_escape_xml(out, f->rule->name, 1);
		cl_buf_puts(out, "\">");
		put_finding_line(out, f, 0);
		cl_buf_puts(out, "</failure>\n");
	}
	if (others) {
		cl_buf_puts(out, "      <system-out>");
		for (size_t i = 0; i < count; i++) {
			if (first[i].severity == CL_SEV_ERROR || !shown(&first[i], opts))
				continue;
			put_finding_line(out, &first[i], 1);
			cl_buf_putc(out, '\n');
		}
		cl_buf_puts(out, "</system-out>\n");
	}
	cl_buf_puts(out, "    </testcase>\n");
}

/* Drops the repeats of a sorted list. */
static void unique(cl_strvec *names)
{
	size_t kept = 0;

	for (size_t i = 0; i < names->count; i++) {
		if (kept && strcmp(names->items[kept - 1], names->items[i]) == 0) {
			free(names->items[i]);
			continue;
		}
		names->items[kept++] = names->items[i];
	}
	names->count = kept;
}

static const char *case_name(const cl_finding *f)
{
	return f->path ? f->path : REPOSITORY_CASE;
}

void cl_report_junit(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                     const cl_report_options *opts)
{
	cl_strvec names = CL_STRVEC_INIT;
	cl_map first = CL_MAP_INIT; /* case name -> index of its first finding + 1 */
	cl_buf cases = CL_BUF_INIT;
	size_t failed = 0;

	(void)summary;
	if (!opts)
		opts = &default_options;
	/* The cases: every document, and every file with a finding. The
	 * findings are sorted by path, so each file's are together. */
	for (size_t i = 0; opts->documents && i < opts->documents->count; i++)
		cl_strvec_push(&names, opts->documents->items[i]);
	for (size_t i = 0; i < findings->count; i++) {
		const char *name = case_name(&findings->items[i]);

		if (cl_map_gets(&first, name))
			continue;
		cl_map_puts(&first, name, (void *)(uintptr_t)(i + 1));
		cl_strvec_push(&names, name);
	}
	cl_strvec_sort(&names);
	unique(&names);
	for (size_t i = 0; i < names.count; i++) {
		const char *name = names.items[i];
		uintptr_t at = (uintptr_t)cl_map_gets(&first, name);
		const cl_finding *own = at ? &findings->items[at - 1] : NULL;
		size_t count = 0, errors = 0;

		while (own && at - 1 + count < findings->count && strcmp(case_name(&own[count]), name) == 0)
			errors += own[count++].severity == CL_SEV_ERROR;
		failed += errors > 0;
		put_case(&cases, name, own, count, opts);
	}
	/* `tests` counts the cases, `failures` the cases that failed: a
	 * document with three errors is one failed test, not three. */
	cl_buf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	cl_buf_printf(out, "<testsuites name=\"clauselint\" tests=\"%zu\" failures=\"%zu\" errors=\"0\">\n",
	              names.count, failed);
	cl_buf_printf(
	        out,
	        "  <testsuite name=\"clauselint\" tests=\"%zu\" failures=\"%zu\" errors=\"0\" skipped=\"0\">\n",
	        names.count, failed);
	if (cases.len)
		cl_buf_put(out, cases.ptr, cases.len);
	cl_buf_puts(out, "  </testsuite>\n</testsuites>\n");
	cl_buf_free(&cases);
	cl_map_free(&first);
	cl_strvec_free(&names);
}
