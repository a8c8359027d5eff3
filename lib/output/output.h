/*
 * output.h: the report emitters, one file each, and the escaping every
 * one of them relies on (escape.c).
 */
#ifndef CL_OUTPUT_H
#define CL_OUTPUT_H

#include "findings/findings.h"

/* The emitters cl_report_write dispatches to. */
void cl_report_text(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                    const cl_report_options *opts);
void cl_report_github(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                      const cl_report_options *opts);
void cl_report_json(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                    const cl_report_options *opts);
/* SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
void cl_report_sarif(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                     const cl_report_options *opts);
/* JUnit XML: a test case per document, a failure per error. */
void cl_report_junit(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                     const cl_report_options *opts);
/* The GitLab Code Quality report (a Code Climate JSON array). */
void cl_report_codequality(cl_buf *out, const cl_findings *findings, const cl_summary *summary,
                           const cl_report_options *opts);

/* ---- escaping (escape.c) ---- */

/* A JSON string with its quotes; invalid UTF-8 becomes U+FFFD. */
void cl_escape_json(cl_buf *out, const char *s);

/* Workflow command data: % CR LF. */
void cl_escape_github_data(cl_buf *out, const char *s);
/* Workflow command property: % CR LF : , */
void cl_escape_github_property(cl_buf *out, const char *s);
/* XML character data, or with `attribute` an attribute value (without
 * its quotes): the five special characters as entities, CR (and in an
 * attribute tab and LF) as character references so that parsers keep
 * them, characters XML 1.0 forbids and invalid UTF-8 as U+FFFD. */
void cl_escape_xml(cl_buf *out, const char *s, int attribute);
/* A repository-relative path as a relative URI reference: every byte but
 * ASCII letters, digits, '-', '.', '_', '~' and '/' percent-encoded. */
void cl_escape_uri_path(cl_buf *out, const char *path);
/* A path for one-line text output: as is when it has no control
 * character, '"' or '\', else C-quoted in double quotes as git does. */
void cl_quote_path(cl_buf *out, const char *path);
/* A cell of the status tables as a terminal may show it: quoted like a
 * path (cl_quote_path), and the C1 controls a path keeps (U+0080..U+009F,
 * which some terminals obey like ESC [) turned into spaces. The caller
 * frees it. */
char *cl_table_cell(const char *text);

#endif
