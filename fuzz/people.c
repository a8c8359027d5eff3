/*
 * people.c: cl_people_parse (lib/config/people.c), people.yml: names,
 * e-mails, roles, since/until dates and the signing keys each person
 * approves with (every key decoded at once, parse/signature.c). A
 * registry that parses is then looked up the ways approvals and records
 * look it up: by e-mail, by folded name, by key, by role.
 *
 * The input is the file's text, at most CL_YAML_MAX_BYTES
 * (engine/inputs.c).
 */
#include "fuzz/fuzz.h"
#include "config/people.h"
#include "parse/yaml.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cl_people people;
	cl_error err;
	cl_date day = {2026, 11, 22};

	if (size > CL_YAML_MAX_BYTES)
		return 0;
	memset(&people, 0, sizeof(people));
	if (cl_people_parse(&people, (const char *)data, size, "people.yml", &err) == 0) {
		for (size_t i = 0; i < people.count; i++) {
			const cl_person *p = &people.items[i];
			char *folded = cl_fold(p->name);

			cl_people_find_name(&people, folded);
			free(folded);
			for (size_t e = 0; e < p->emails.count; e++)
				cl_people_find_email(&people, p->emails.items[e]);
			for (size_t r = 0; r < p->roles.count; r++)
				cl_people_role_held(&people, p->roles.items[r]);
			for (size_t k = 0; k < p->signing_keys.count; k++)
				cl_people_find_key(&people, p->keys[k].blob, p->keys[k].blob_len);
			cl_person_present_on(p, day);
		}
	}
	cl_people_free(&people);
	return 0;
}
