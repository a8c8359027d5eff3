/*
 * output.c: choosing a report format and writing it.
 */
#include "output/output.h"

#include <string.h>

/* Indexed by cl_format. */
static const char *const format_names[] = {"text", "github", "json", "sarif", "junit", "codequality"};

int cl_format_parse(cl_format *out, const char *name)
{
	if (!name)
		return -1;
	for (size_t i = 0; i < sizeof(format_names) / sizeof(format_names[0]); i++) {
		if (strcmp(name, format_names[i]) == 0) {
			*out = (cl_format)i;
			return 0;
		}
	}
	return -1;
}

const char *cl_format_names(void)
{
	return "text, github, json, sarif, junit or codequality";
}

void cl_report_write(cl_buf *out, cl_format format, const cl_findings *findings, const cl_summary *summary,
                     const cl_report_options *opts)
{
	switch (format) {
	case CL_FORMAT_GITHUB:
		cl_report_github(out, findings, summary, opts);
		break;
	case CL_FORMAT_JSON:
		cl_report_json(out, findings, summary, opts);
		break;
	case CL_FORMAT_SARIF:
		cl_report_sarif(out, findings, summary, opts);
		break;
	case CL_FORMAT_JUNIT:
		cl_report_junit(out, findings, summary, opts);
		break;
	case CL_FORMAT_CODEQUALITY:
		cl_report_codequality(out, findings, summary, opts);
		break;
	default:
		cl_report_text(out, findings, summary, opts);
		break;
	}
}
