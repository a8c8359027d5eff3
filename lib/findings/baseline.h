/*
 * baseline.h: --baseline, an earlier json report whose findings are left
 * out of this one (docs/reports.md).
 */
#ifndef CL_BASELINE_H
#define CL_BASELINE_H

#include "findings/findings.h"

/* The largest baseline clauselint reads: a json report of some 100,000
 * findings; the file is read whole before it is parsed. */
#define CL_BASELINE_MAX_BYTES (32 * 1024 * 1024)

typedef struct cl_baseline cl_baseline;

/*
 * Reads a json report of clauselint (version 1) as a baseline; `path` is
 * used in messages. -1 with a one-line reason when the text is not JSON,
 * not such a report, of another version, or has a finding without rule,
 * path or fingerprint. The caller frees *out with cl_baseline_free.
 */
int cl_baseline_parse(cl_baseline **out, const char *text, size_t len, const char *path, cl_error *err);
/* How many findings the baseline holds. */
size_t cl_baseline_count(const cl_baseline *baseline);
/* Whether the baseline has a finding of f's rule, path and fingerprint. */
int cl_baseline_contains(const cl_baseline *baseline, const cl_finding *f);
/* Removes (and frees) the findings the baseline has from a fingerprinted
 * list, keeping the order of the rest, and never one of a rule tagged
 * approval; returns how many it removed. */
size_t cl_baseline_filter(const cl_baseline *baseline, cl_findings *list);
void cl_baseline_free(cl_baseline *baseline);

#endif
