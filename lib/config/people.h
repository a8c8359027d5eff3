/*
 * people.h: the people registry (people.yml): who is who, which roles
 * they hold, since and until when, and the keys they sign with.
 */
#ifndef CL_PEOPLE_H
#define CL_PEOPLE_H

#include "parse/signature.h"

typedef struct {
	char *name;
	cl_strvec emails; /* lower-cased */
	cl_strvec roles;
	int has_since, has_until;
	cl_date since, until;
	cl_strvec signing_keys;
	cl_ssh_key *keys; /* [signing_keys.count]: the same keys, decoded */
	int line;
} cl_person;

typedef struct {
	char *path; /* repository-relative, or NULL when absent */
	cl_person *items;
	size_t count;
	/* Lower-cased e-mail -> its person: a commit's trailers or a
	 * record's rows are looked up one by one, and a registry of
	 * thousands must not make each lookup a scan. */
	cl_map by_email;
	/* cl_fold(name) -> its first person, for the same reason. */
	cl_map by_name;
} cl_people;

/* Parses a people registry; `path` is only used in messages. -1 with
 * "path:line: reason" in err on an unreadable value. The caller frees
 * *out with cl_people_free, also after a failure. */
int cl_people_parse(cl_people *out, const char *text, size_t len, const char *path, cl_error *err);
/* Frees what the registry holds (not the struct itself). */
void cl_people_free(cl_people *people);
/* The person whose e-mail is `email` (case-insensitive), or NULL. */
const cl_person *cl_people_find_email(const cl_people *people, const char *email);
/* The first person whose name folds (cl_fold) to `folded`, or NULL. */
const cl_person *cl_people_find_name(const cl_people *people, const char *folded);
/* The person one of whose signing_keys is the key `blob`, or NULL. */
const cl_person *cl_people_find_key(const cl_people *people, const unsigned char *blob, size_t len);
/* Whether the person was in the organisation on `day` (since/until). */
int cl_person_present_on(const cl_person *person, cl_date day);
/* Whether anyone in the registry holds `role` (case-insensitive). */
int cl_people_role_held(const cl_people *people, const char *role);

#endif
