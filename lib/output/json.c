/*
 * json.c: the machine-readable report of docs/reports.md.
 *
 * One finding object per line, keys in a fixed order: the output is
 * deterministic, diffs well in golden tests, and `grep` still works on
 * it. It is always valid JSON in valid UTF-8, whatever bytes a document
 * or a file name holds, because a consumer that chokes on one bad byte
 * loses the whole report.
 */
#include "output/output.h"

#include <string.h>

static const cl_report_options default_options = {0, 0, NULL, NULL, NULL, NULL};

/* A JSON string, or null for a value that is absent. */
static void put_string_or_null(cl_buf *out, const char *s)
{
	if (s)
		cl_escape_json(out, s);
	else
		cl_buf_puts(out, "null");
}

static void put_finding(cl_buf *out, const cl_finding *f, const char *framework)
{
	cl_buf_puts(out, "{\"rule\": ");
	cl_escape_json(out, f->rule->name);
	cl_buf_puts(out, ", \"severity\": ");
	cl_escape_json(out, cl_severity_name(f->severity));
	cl_buf_puts(out, ", \"path\": ");
	put_string_or_null(out, f->path);
	cl_buf_printf(out, ", \"line\": %d, \"column\": %d", f->line, f->column);
	cl_buf_puts(out, ", \"message\": ");
	cl_escape_json(out, f->message);
	cl_buf_puts(out, ", \"clause\": ");
	put_string_or_null(out, f->rule->clause);
	cl_buf_puts(out, ", \"framework\": ");
	cl_escape_json(out, framework);
	cl_buf_puts(out, ", \"fingerprint\": ");
	cl_escape_json(out, f->fingerprint);
	cl_buf_putc(out, '}');
}

static void put_findings(cl_buf *out, const cl_findings *findings, const cl_report_options *opts)
{
	const char *framework = opts->framework ? opts->framework : CL_DEFAULT_FRAMEWORK;
	size_t written = 0;

	cl_buf_puts(out, "  \"findings\": [");
	for (size_t i = 0; i < findings->count; i++) {
		const cl_finding *f = &findings->items[i];

		if (opts->quiet && f->severity != CL_SEV_ERROR)
			continue;
		cl_buf_puts(out, written++ ? ",\n    " : "\n    ");
		put_finding(out, f, framework);
	}
	/* An empty list stays `[]` on one line. */
	cl_buf_puts(out, written ? "\n  ],\n" : "],\n");
}

/* `"not_governed": {"no-front-matter": 2, ...}`, the reasons that have
 * files; left out when every Markdown file was governed. */
static void put_skipped(cl_buf *out, const cl_summary *summary)
{
	const char *sep = "";

	if (!cl_summary_skipped(summary))
		return;
	cl_buf_puts(out, ", \"not_governed\": {");
	for (int r = CL_SKIP_NONE + 1; r < CL_SKIP_REASONS; r++) {
		if (!summary->skipped[r])
			continue;
		cl_buf_printf(out, "%s\"%s\": %zu", sep, cl_skip_reason_id((cl_skip_reason)r),
		              summary->skipped[r]);
		sep = ", ";
	}
	cl_buf_putc(out, '}');
}

void cl_report_json(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                    const cl_report_options *opts)
{
	if (!opts)
		opts = &default_options;
	cl_buf_puts(out, "{\n  \"version\": 1,\n");
	cl_buf_puts(out, "  \"tool\": {\"name\": \"clauselint\", \"version\": \"" CL_VERSION "\"},\n");
	put_findings(out, findings, opts);
	/* Counts of everything, even under --quiet, as in the text report. */
	cl_buf_printf(out, "  \"summary\": {\"documents\": %zu, \"errors\": %zu, ", summary->documents,
	              summary->errors);
	cl_buf_printf(out, "\"warnings\": %zu, \"notes\": %zu", summary->warnings, summary->notes);
	/* Only with --baseline, so a report without one keeps its shape. */
	if (summary->has_baseline)
		cl_buf_printf(out, ", \"baseline\": %zu", summary->baselined);
	put_skipped(out, summary);
	cl_buf_puts(out, "}\n");
	cl_buf_puts(out, "}\n");
}
