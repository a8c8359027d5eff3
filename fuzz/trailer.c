/*
 * trailer.c: the Approved-by:, Approves: and Withdraws: trailers of a
 * commit message, read as lib/history/history.c reads them (its
 * read_trailers is static): libgit2's git_message_trailers, the cap on
 * how many an approval may carry (CL_MAX_APPROVERS, CL_MAX_APPROVES),
 * then each approver's "Name <email>" through cl_identity_parse
 * (history/identity.c), the .mailmap and the people registry. Anyone who
 * can push writes commit messages.
 *
 * The input is the commit message.
 */
#include "fuzz/fuzz.h"
#include "history/identity.h"

#include <stdlib.h>

static const char mailmap_text[] = "Dana Whitfield <dana@example.com> <dana@old.example.com>\n"
                                   "Sam Ortiz <sam@example.com> Samuel <SAM@Example.COM>\n"
                                   "<priya@example.com> <p.raman@example.net>\n";

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	git_libgit2_init();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *message = fuzz_string(data, size);
	cl_mailmap_text mm = {mailmap_text, sizeof(mailmap_text) - 1};
	git_message_trailer_array trailers = {0};
	size_t approvers = 0, approves = 0;
	cl_identities ids;
	cl_people people;

	fuzz_people(&people);
	ids.mailmap = cl_mailmap_load(&mm);
	ids.people = &people;
	if (git_message_trailers(&trailers, message) < 0)
		git_error_clear();
	for (size_t i = 0; i < trailers.count; i++) {
		approvers += cl_strcaseeq(trailers.trailers[i].key, "Approved-by");
		approves += cl_strcaseeq(trailers.trailers[i].key, "Approves") ||
		            cl_strcaseeq(trailers.trailers[i].key, CL_WITHDRAWS_TRAILER);
	}
	for (size_t i = 0; approvers <= CL_MAX_APPROVERS && approves <= CL_MAX_APPROVES && i < trailers.count;
	     i++) {
		cl_identity id;

		if (!cl_strcaseeq(trailers.trailers[i].key, "Approved-by"))
			continue;
		cl_identity_parse(&id, &ids, trailers.trailers[i].value);
		cl_identity_clear(&id);
	}
	git_message_trailer_array_free(&trailers);
	git_mailmap_free(ids.mailmap);
	cl_people_free(&people);
	free(message);
	return 0;
}
