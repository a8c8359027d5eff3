/*
 * glob.c: cl_glob_check and cl_glob_match (lib/config/glob.c), the
 * gitignore dialect of the configuration's include, exclude and governed
 * patterns: `*`, `?`, sets with classes, `**` components, anchoring. A
 * pattern comes from .clauselint.yml, a path from the repository's tree;
 * both are the repository's. Matching must stay within the pattern's
 * length times the path's (glob.h).
 *
 * The input is the pattern, then (after the first NUL or newline) the
 * path. Only a pattern cl_glob_check accepts is matched, as the
 * configuration accepts no other.
 */
#include "fuzz/fuzz.h"
#include "config/glob.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *rest;
	size_t rest_size;
	size_t pattern_size = fuzz_split(data, size, 1, &rest, &rest_size);
	char *pattern = cl_strndup((const char *)data, pattern_size);
	char *path = cl_strndup(rest ? (const char *)rest : "", rest_size);
	cl_error err;

	if (cl_glob_check(pattern, &err) == 0) {
		/* A pattern matches the same path the same way every time. */
		if (cl_glob_match(pattern, path) != cl_glob_match(pattern, path))
			__builtin_trap();
	}
	free(pattern);
	free(path);
	return 0;
}
