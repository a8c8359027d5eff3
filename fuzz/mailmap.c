/*
 * mailmap.c: cl_mailmap_load (lib/history/identity.c), the repository's
 * .mailmap, which maps the identities of commits and trailers to the
 * people registry (libgit2's parser, after clauselint drops the lines it
 * leaks on), then identities resolved through it with cl_identity_parse:
 * every line of the .mailmap itself, so its own entries are hit, and the
 * lines after the first NUL.
 *
 * The input is the .mailmap text, optionally a NUL and identities, one
 * "Name <email>" a line.
 */
#include "fuzz/fuzz.h"
#include "history/identity.h"

#include <stdlib.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	git_libgit2_init();
	return 0;
}

/* Each line of `text` as an identity. */
static void resolve_lines(const cl_identities *ids, const uint8_t *text, size_t size)
{
	char *copy = cl_strndup((const char *)text, size);
	char *line = copy;

	for (;;) {
		char *nl = strchr(line, '\n');
		cl_identity id;

		if (nl)
			*nl = '\0';
		cl_identity_parse(&id, ids, line);
		cl_identity_clear(&id);
		if (!nl)
			break;
		line = nl + 1;
	}
	free(copy);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *rest;
	size_t rest_size;
	size_t text_size = fuzz_split(data, size, 0, &rest, &rest_size);
	cl_mailmap_text mm = {(const char *)data, text_size};
	cl_identities ids;
	cl_people people;

	fuzz_people(&people);
	ids.mailmap = cl_mailmap_load(&mm);
	ids.people = &people;
	resolve_lines(&ids, data, text_size);
	if (rest)
		resolve_lines(&ids, rest, rest_size);
	git_mailmap_free(ids.mailmap);
	cl_people_free(&people);
	return 0;
}
