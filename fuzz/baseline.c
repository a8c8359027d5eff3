/*
 * baseline.c: cl_baseline_parse (lib/findings/baseline.c), --baseline or
 * a baseline kept in the repository: clauselint's own JSON parser, for a
 * json report of version 1. A baseline that parses is asked about a
 * finding and filters a list, as a run uses it.
 *
 * The input is the file's bytes, at most CL_BASELINE_MAX_BYTES.
 */
#include "fuzz/fuzz.h"
#include "findings/baseline.h"
#include "rules/registry.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cl_baseline *baseline = NULL;
	cl_findings list = CL_FINDINGS_INIT;
	cl_error err;

	if (size > CL_BASELINE_MAX_BYTES)
		return 0;
	if (cl_baseline_parse(&baseline, (const char *)data, size, ".clauselint-baseline.json", &err) < 0) {
		if (baseline)
			__builtin_trap();
		return 0;
	}
	cl_baseline_count(baseline);
	cl_findings_add(&list, cl_ruleset_find(&cl_builtin_rules, "broken-link"), CL_SEV_ERROR,
	                "policies/isp.md", 12, 3, "link to 'x.md', which doesn't exist");
	cl_findings_add(&list, cl_ruleset_find(&cl_builtin_rules, "approval-missing"), CL_SEV_ERROR, NULL, 1,
	                1, "no approval");
	cl_findings_sort(&list);
	cl_baseline_contains(baseline, &list.items[0]);
	cl_baseline_filter(baseline, &list);
	cl_findings_free(&list);
	cl_baseline_free(baseline);
	return 0;
}
