/*
 * codequality.c: the GitLab Code Quality report, a JSON array of
 * Code Climate issues (artifacts:reports:codequality).
 *
 * GitLab shows the issues in the merge request and on the changed lines,
 * and tells new issues from old ones by comparing the fingerprints of the
 * report of the merge request with those of its target branch: so each
 * issue carries the finding's fingerprint, unique in the report and
 * unchanged by a line shift (finding.c).
 *
 * GitLab knows five severities, info, minor, major, critical and
 * blocker. An error (what fails the audit and the pipeline) is "major";
 * "critical" and "blocker" are left for what is worse than a clause
 * finding, such as a security hole, which clauselint doesn't look for. A
 * warning is "minor", a note "info".
 */
#include "output/output.h"

#include <stdlib.h>

static const cl_report_options default_options = {0, 0, NULL, NULL, NULL, NULL};

static const char *gitlab_severity(cl_severity sev)
{
	switch (sev) {
	case CL_SEV_ERROR:
		return "major";
	case CL_SEV_WARNING:
		return "minor";
	default:
		return "info";
	}
}

static void put_issue(cl_buf *out, const cl_finding *f)
{
	char *description = cl_printf("[%s] %s", f->rule->name, f->message);

	cl_buf_puts(out, "{\"description\": ");
	cl_escape_json(out, description);
	cl_buf_puts(out, ", \"check_name\": ");
	cl_escape_json(out, f->rule->name);
	cl_buf_puts(out, ", \"fingerprint\": ");
	cl_escape_json(out, f->fingerprint);
	cl_buf_printf(out, ", \"severity\": \"%s\", \"location\": {\"path\": ", gitlab_severity(f->severity));
	/* GitLab needs a file: a repository-level finding with none is put
	 * on the configuration file, see cl_finding_file. */
	cl_escape_json(out, cl_finding_file(f));
	cl_buf_printf(out, ", \"lines\": {\"begin\": %d}}}", f->line);
	free(description);
}

void cl_report_codequality(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                           const cl_report_options *opts)
{
	size_t written = 0;

	(void)summary;
	if (!opts)
		opts = &default_options;
	cl_buf_putc(out, '[');
	for (size_t i = 0; i < findings->count; i++) {
		const cl_finding *f = &findings->items[i];

		if (opts->quiet && f->severity != CL_SEV_ERROR)
			continue;
		cl_buf_puts(out, written++ ? ",\n  " : "\n  ");
		put_issue(out, f);
	}
	cl_buf_puts(out, written ? "\n]\n" : "]\n");
}
