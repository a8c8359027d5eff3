/*
 * findings.h: the list of findings a run collects, its two orders, the
 * fingerprints that follow a finding from one run to the next, and the
 * summary counts. Every report is built from the same sorted list.
 */
#ifndef CL_FINDINGS_H
#define CL_FINDINGS_H

#include "util/util.h"

/* Appends a finding; `path` and `message` are copied. */
void cl_findings_add(cl_findings *list, const cl_rule *rule, cl_severity sev, const char *path, int line,
                     int column, const char *message);
/* Sorts by path (no path first), line, column, rule name, message, then
 * sets every finding's fingerprint (which depends on that order). */
void cl_findings_sort(cl_findings *list);
/* Stable partition: errors, then warnings, then notes, each keeping the
 * sorted order (GitHub shows only the first 10 of each kind). */
void cl_findings_sort_by_severity(cl_findings *list);

/* Counts the list; no baseline. */
void cl_summary_count(cl_summary *out, const cl_findings *list, size_t documents);
/* The closing line "1 error, 2 warnings, 0 notes in 3 documents\n", the
 * same in every report that has one; with findings held back by a
 * baseline it ends "... in 3 documents (4 more in the baseline)". */
void cl_summary_format(cl_buf *out, const cl_summary *s);

/*
 * The file a report that can't do without one attaches a finding to: its
 * path, or for a repository-level finding with no file the configuration
 * file it would have been attached to, .clauselint.yml: that is where
 * such a rule is switched off or given another severity, and GitHub code
 * scanning and GitLab drop a result that names no file.
 */
const char *cl_finding_file(const cl_finding *f);

#endif
