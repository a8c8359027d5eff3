/*
 * fuzz.h: what the libFuzzer harnesses of fuzz/ share (docs/fuzzing.md).
 *
 * Each harness feeds one parser the bytes an untrusted policy repository
 * controls, the way the library's own caller hands them over, and frees
 * everything before it returns: libFuzzer's leak check and AddressSanitizer
 * see every run on its own. No harness keeps state between runs.
 */
#ifndef CL_FUZZ_H
#define CL_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "clauselint.h"
#include "config/people.h"

/* libFuzzer's entry points (the harnesses define them). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* The input as a C string: what the library's callers hand over as one
 * (a YAML scalar, a commit message, a file name), which ends at the first
 * NUL. The caller frees it. */
static inline char *fuzz_string(const uint8_t *data, size_t size)
{
	return cl_strndup((const char *)data, size);
}

/* The length of the first part of `data`: up to the first NUL or, with
 * `at_newline`, the first newline, whichever comes first; *rest is what
 * follows that byte (NULL, and *rest_size 0, when there is none). For an
 * input that is two things: a pattern and a path, a signature and the
 * bytes it signs. */
static inline size_t fuzz_split(const uint8_t *data, size_t size, int at_newline, const uint8_t **rest,
                                size_t *rest_size)
{
	for (size_t i = 0; i < size; i++) {
		if (data[i] == 0 || (at_newline && data[i] == '\n')) {
			*rest = data + i + 1;
			*rest_size = size - i - 1;
			return i;
		}
	}
	*rest = NULL;
	*rest_size = 0;
	return size;
}

/* A registry for the harnesses whose input is not the registry (records,
 * RACI tables, trailers): the names, e-mails and roles of the fixtures
 * (fixtures/example-isms/files/people.yml), with a since and an until.
 * Parsed afresh each run, so nothing outlives it; cl_people_free. */
static inline void fuzz_people(cl_people *out)
{
	static const char text[] = "people:\n"
	                           "  - name: Dana Whitfield\n"
	                           "    email: dana@example.com\n"
	                           "    roles: [CEO]\n"
	                           "  - name: Sam Ortiz\n"
	                           "    email: [sam@example.com, s.ortiz@example.org]\n"
	                           "    roles: [IT Manager, ISMS Lead]\n"
	                           "    since: 2025-01-01\n"
	                           "  - name: Priya Raman\n"
	                           "    email: priya@example.com\n"
	                           "    roles: [Developer]\n"
	                           "    until: 2026-06-30\n";
	cl_error err;

	memset(out, 0, sizeof(*out));
	if (cl_people_parse(out, text, sizeof(text) - 1, "people.yml", &err) < 0)
		__builtin_trap();
}

#endif
