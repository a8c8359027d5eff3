/*
 * github.c: GitHub Actions workflow commands and the job summary.
 *
 * The runner obeys any output line that starts with `::`, so everything
 * taken from a document or a file name is escaped until it cannot end a
 * line or a property: a policy author must not be able to write a
 * `::add-mask::` or `::error::` of their own into the pull-request check.
 * GitHub shows only 10 annotations of each kind per step, so errors are
 * written first.
 */
#include "output/output.h"

#include <stdlib.h>
#include <string.h>

static const cl_report_options default_options = {0, 0, NULL, NULL, NULL, NULL};

static const char *command_name(cl_severity sev)
{
	switch (sev) {
	case CL_SEV_ERROR:
		return "error";
	case CL_SEV_WARNING:
		return "warning";
	default:
		return "notice";
	}
}

/*
 * A shallow copy of the list, errors first: the caller's list stays in
 * path order for the other reports. Free with free(copy.items) only; the
 * strings still belong to the caller.
 */
static cl_findings by_severity(const cl_findings *findings)
{
	cl_findings copy = CL_FINDINGS_INIT;

	if (!findings->count)
		return copy;
	copy.items = cl_malloc(findings->count * sizeof(cl_finding));
	memcpy(copy.items, findings->items, findings->count * sizeof(cl_finding));
	copy.count = findings->count;
	copy.cap = findings->count;
	cl_findings_sort_by_severity(&copy);
	return copy;
}

/* `RULE (CLAUSE)`, or `RULE` for a rule that enforces no clause. */
static void put_title(cl_buf *out, const cl_rule *rule)
{
	char *title;

	if (!rule->clause) {
		cl_escape_github_property(out, rule->name);
		return;
	}
	title = cl_printf("%s (%s)", rule->name, rule->clause);
	cl_escape_github_property(out, title);
	free(title);
}

static void put_command(cl_buf *out, const cl_finding *f)
{
	cl_buf_printf(out, "::%s ", command_name(f->severity));
	/* Without a file GitHub attaches the annotation to the run, and a
	 * line or column would then point nowhere. */
	if (f->path) {
		cl_buf_puts(out, "file=");
		cl_escape_github_property(out, f->path);
		cl_buf_printf(out, ",line=%d,col=%d,", f->line, f->column);
	}
	cl_buf_puts(out, "title=");
	put_title(out, f->rule);
	cl_buf_puts(out, "::");
	cl_escape_github_data(out, f->message);
	cl_buf_putc(out, '\n');
}

/* GitHub shows 10 annotations of each kind per step and drops the rest
 * without a word (docs/reports.md). */
#define GITHUB_SHOWN 10

/* A notice of how many annotations GitHub won't show, when some won't:
 * the job summary lists them all. 1 when one was due (written or not). */
static int put_overflow(cl_buf *out, const cl_findings *sorted, int quiet)
{
	size_t errors = 0, warnings = 0;

	for (size_t i = 0; i < sorted->count; i++) {
		errors += sorted->items[i].severity == CL_SEV_ERROR;
		warnings += sorted->items[i].severity == CL_SEV_WARNING && !quiet;
	}
	if (errors <= GITHUB_SHOWN && warnings <= GITHUB_SHOWN)
		return 1;
	cl_buf_puts(out, "::notice title=clauselint::GitHub shows 10 annotations of each kind in a step: ");
	if (errors > GITHUB_SHOWN)
		cl_buf_printf(out, "%zu more error%s", errors - GITHUB_SHOWN,
		              errors - GITHUB_SHOWN == 1 ? "" : "s");
	if (errors > GITHUB_SHOWN && warnings > GITHUB_SHOWN)
		cl_buf_puts(out, " and ");
	if (warnings > GITHUB_SHOWN)
		cl_buf_printf(out, "%zu more warning%s", warnings - GITHUB_SHOWN,
		              warnings - GITHUB_SHOWN == 1 ? "" : "s");
	cl_buf_puts(out, " are in the job summary and the log\n");
	return 1;
}

void cl_report_github(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                      const cl_report_options *opts)
{
	cl_findings sorted = by_severity(findings);
	int told = 0;

	/* Commands only: a summary line would show up as noise in the log
	 * and the counts are in the job summary. */
	(void)summary;
	if (!opts)
		opts = &default_options;
	/* An empty report is still a string the caller can write. */
	cl_buf_put(out, "", 0);
	for (size_t i = 0; i < sorted.count; i++) {
		const cl_finding *f = &sorted.items[i];

		if (opts->quiet && f->severity != CL_SEV_ERROR)
			continue;
		/* Before the first notice, so that it is among those shown. */
		if (f->severity != CL_SEV_ERROR && f->severity != CL_SEV_WARNING && !told)
			told = put_overflow(out, &sorted, opts->quiet);
		put_command(out, f);
	}
	if (!told)
		put_overflow(out, &sorted, opts->quiet);
	free(sorted.items);
}

/* ---- the job summary ---- */

/*
 * Text for one table cell. Line breaks would end the row and `|` the
 * cell; HTML and entities are neutralised so a document can't inject tags;
 * and the punctuation that makes links, images, code, emphasis and math
 * is backslash-escaped so a message renders as the text it is (the
 * backslash itself too, or `\` before our `\|` would eat it).
 */
static void put_cell(cl_buf *out, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p < 0x20 || *p == 0x7f) {
			cl_buf_putc(out, ' ');
			continue;
		}
		switch (*p) {
		case '<':
			cl_buf_puts(out, "&lt;");
			break;
		case '>':
			cl_buf_puts(out, "&gt;");
			break;
		case '&':
			cl_buf_puts(out, "&amp;");
			break;
		case '|':
		case '`':
		case '\\':
		case '[':
		case ']':
		case '*':
		case '_':
		case '~':
		case '$':
			cl_buf_putc(out, '\\');
			cl_buf_putc(out, (char)*p);
			break;
		default:
			cl_buf_putc(out, (char)*p);
			break;
		}
	}
}

static void put_row(cl_buf *out, const cl_finding *f)
{
	cl_buf_puts(out, "| ");
	put_cell(out, cl_severity_name(f->severity));
	cl_buf_puts(out, " | ");
	put_cell(out, f->rule->name);
	cl_buf_puts(out, " | ");
	put_cell(out, f->rule->clause ? f->rule->clause : "");
	cl_buf_puts(out, " | ");
	put_cell(out, f->path ? f->path : "(repository)");
	cl_buf_puts(out, " | ");
	if (f->path)
		cl_buf_printf(out, "%d", f->line);
	cl_buf_puts(out, " | ");
	put_cell(out, f->message);
	cl_buf_puts(out, " |\n");
}

void cl_report_github_summary(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                              const cl_report_options *opts)
{
	cl_findings sorted = by_severity(findings);

	/* Every finding, even under --quiet: the summary is where a reader
	 * goes for what the 10-per-kind annotations and -q left out, out of
	 * the way of the log. */
	(void)opts;
	cl_buf_puts(out, "### clauselint\n\n");
	cl_summary_format(out, summary);
	cl_buf_putc(out, '\n');
	if (!sorted.count) {
		cl_buf_puts(out, "No findings.\n");
		return;
	}
	cl_buf_puts(out, "| Severity | Rule | Clause | File | Line | Message |\n");
	cl_buf_puts(out, "| --- | --- | --- | --- | --- | --- |\n");
	for (size_t i = 0; i < sorted.count; i++)
		put_row(out, &sorted.items[i]);
	free(sorted.items);
}
