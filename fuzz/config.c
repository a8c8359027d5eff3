/*
 * config.c: cl_config_parse (lib/config/config.c), .clauselint.yml over
 * the defaults, checked against the built-in rule table (the rule names
 * of `rules:`, rules/registry.c) as a run checks it. The globs it accepts
 * (include, exclude, governed: config/glob.c) are then matched against a
 * path, as the reader does with every file of the repository.
 *
 * The input is the file's text, at most CL_YAML_MAX_BYTES
 * (engine/inputs.c).
 */
#include "fuzz/fuzz.h"
#include "config/config.h"
#include "config/glob.h"
#include "parse/yaml.h"
#include "rules/registry.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cl_config config;
	cl_error err;

	if (size > CL_YAML_MAX_BYTES)
		return 0;
	cl_config_defaults(&config);
	if (cl_config_parse(&config, (const char *)data, size, ".clauselint.yml", &cl_builtin_rules, &err) ==
	    0) {
		const char *path = "policies/access/information-security-policy.md";

		cl_glob_match_any(&config.include, path);
		cl_glob_match_any(&config.exclude, path);
		cl_glob_match_any(&config.governed, path);
		for (size_t i = 0; i < cl_ruleset_count(&cl_builtin_rules); i++)
			cl_config_severity(&config, cl_ruleset_at(&cl_builtin_rules, i));
	}
	cl_config_free(&config);
	return 0;
}
