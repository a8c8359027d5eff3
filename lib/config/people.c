/*
 * people.c: the people registry (people.yml, docs/configuration.md):
 * strict like the configuration, and each signing key read at once, so a
 * damaged one is an error with its line rather than an approval that
 * silently never verifies.
 */
#include "config/people.h"
#include "config/yaml_values.h"

#include <stdlib.h>
#include <string.h>

/* `email` and `roles` take one value or a list of them. */
static int read_one_or_list(cl_strvec *out, const cl_yaml_node *node, const char *path, const char *key,
                            cl_error *err)
{
	const char *text = cl_yaml_text(node);

	if (node && node->kind == CL_YAML_SCALAR) {
		if (!text || !*text)
			return cl_value_fail(err, path, node, "'%s' expects a value or a list of values",
			                     key);
		cl_strvec_push(out, text);
		return 0;
	}
	if (node && node->kind == CL_YAML_SEQUENCE && node->count == 0)
		return cl_value_fail(err, path, node, "'%s' expects at least one value", key);
	return cl_value_string_list(out, node, path, key, err);
}

/* Each key is read now, so a damaged one is a configuration error with
 * its line, not an approval that silently never verifies. */
static int read_signing_keys(cl_person *person, const cl_yaml_node *v, const char *path, cl_error *err)
{
	cl_error key_err;

	if (cl_value_string_list(&person->signing_keys, v, path, "signing_keys", err) < 0)
		return -1;
	person->keys =
	        cl_calloc(person->signing_keys.count ? person->signing_keys.count : 1, sizeof(cl_ssh_key));
	for (size_t i = 0; i < person->signing_keys.count; i++) {
		if (cl_ssh_key_parse(&person->keys[i], person->signing_keys.items[i], &key_err) < 0) {
			cl_error_set(err, "%s:%d: signing key of %s: %s", path, v->items[i]->line,
			             person->name, key_err.message);
			return -1;
		}
	}
	return 0;
}

/* One key, one person: a key two people hold can't say which of them
 * signed. */
static int check_keys_unique(const cl_people *people, const cl_yaml_node *list, const char *path,
                             cl_error *err)
{
	for (size_t i = 0; i < people->count; i++) {
		const cl_person *p = &people->items[i];

		for (size_t k = 0; k < p->signing_keys.count; k++) {
			const cl_person *holder =
			        cl_people_find_key(people, p->keys[k].blob, p->keys[k].blob_len);

			if (holder == p)
				continue;
			cl_error_set(
			        err,
			        "%s:%d: signing key of %s is also listed for %s: a key must belong to one person",
			        path, cl_yaml_get(list->items[i], "signing_keys")->items[k]->line, p->name,
			        holder->name);
			return -1;
		}
	}
	return 0;
}

static int read_person(cl_person *person, const cl_yaml_node *node, const char *path, cl_error *err)
{
	static const char *const keys[] = {"name", "email", "roles", "since", "until", "signing_keys", NULL};
	const cl_yaml_node *v;

	person->line = node ? node->line : 1;
	if (cl_value_mapping(node, path, "each person", err) < 0 ||
	    cl_value_check_keys(node, keys, path, " for a person", err) < 0)
		return -1;
	v = cl_yaml_get(node, "name");
	if (!v)
		return cl_value_fail(err, path, node, "a person has no '%s': give each person a name",
		                     "name");
	if (cl_value_string(&person->name, v, path, "name", err) < 0)
		return -1;
	v = cl_yaml_get(node, "email");
	if (!v)
		return cl_value_fail(err, path, node,
		                     "person '%s' has no 'email': approvals are matched by e-mail",
		                     person->name);
	if (read_one_or_list(&person->emails, v, path, "email", err) < 0)
		return -1;
	for (size_t i = 0; i < person->emails.count; i++)
		cl_lowercase(person->emails.items[i]);
	v = cl_yaml_get(node, "roles");
	if (v && read_one_or_list(&person->roles, v, path, "roles", err) < 0)
		return -1;
	v = cl_yaml_get(node, "since");
	if (v && cl_value_date(&person->since, v, path, "since", err) < 0)
		return -1;
	person->has_since = v != NULL;
	v = cl_yaml_get(node, "until");
	if (v && cl_value_date(&person->until, v, path, "until", err) < 0)
		return -1;
	person->has_until = v != NULL;
	v = cl_yaml_get(node, "signing_keys");
	if (v && read_signing_keys(person, v, path, err) < 0)
		return -1;
	return 0;
}

/* The first person listing an e-mail keeps it, as the scan this map
 * replaces found them. */
static void index_emails(cl_people *people)
{
	for (size_t i = 0; i < people->count; i++)
		for (size_t e = 0; e < people->items[i].emails.count; e++)
			if (!cl_map_gets(&people->by_email, people->items[i].emails.items[e]))
				cl_map_puts(&people->by_email, people->items[i].emails.items[e],
				            &people->items[i]);
}

/* Folded name -> the first person of that name: a record's rows name
 * people one by one, and a registry of thousands scanned per row with
 * two allocations per comparison made one rule take 54 s. */
static void index_names(cl_people *people)
{
	for (size_t i = 0; i < people->count; i++) {
		char *folded = cl_fold(people->items[i].name);

		if (!cl_map_gets(&people->by_name, folded))
			cl_map_puts(&people->by_name, folded, &people->items[i]);
		free(folded);
	}
}

const cl_person *cl_people_find_name(const cl_people *people, const char *folded)
{
	return people ? cl_map_gets(&people->by_name, folded) : NULL;
}

int cl_people_parse(cl_people *out, const char *text, size_t len, const char *path, cl_error *err)
{
	static const char *const keys[] = {"people", NULL};
	cl_yaml_node *root = NULL;
	const cl_yaml_node *list;
	int rc = -1;

	memset(out, 0, sizeof(*out));
	out->path = cl_strdup(path);
	if (cl_value_parse_file(&root, text, len, path, err) < 0)
		return -1;
	if (!root)
		return 0;
	if (cl_value_mapping(root, path, "the people registry", err) < 0 ||
	    cl_value_check_keys(root, keys, path, "", err) < 0)
		goto done;
	list = cl_yaml_get(root, "people");
	if (!list || list->kind != CL_YAML_SEQUENCE) {
		cl_value_fail(err, path, list ? list : root, "'%s' expects a list of people", "people");
		goto done;
	}
	out->items = cl_calloc(list->count, sizeof(cl_person));
	for (size_t i = 0; i < list->count; i++) {
		out->count++;
		if (read_person(&out->items[i], list->items[i], path, err) < 0)
			goto done;
	}
	if (check_keys_unique(out, list, path, err) < 0)
		goto done;
	index_emails(out);
	index_names(out);
	rc = 0;
done:
	cl_yaml_free(root);
	return rc;
}

void cl_people_free(cl_people *people)
{
	if (!people)
		return;
	for (size_t i = 0; i < people->count; i++) {
		free(people->items[i].name);
		cl_strvec_free(&people->items[i].emails);
		cl_strvec_free(&people->items[i].roles);
		for (size_t k = 0; people->items[i].keys && k < people->items[i].signing_keys.count; k++)
			cl_ssh_key_free(&people->items[i].keys[k]);
		free(people->items[i].keys);
		cl_strvec_free(&people->items[i].signing_keys);
	}
	free(people->items);
	free(people->path);
	cl_map_free(&people->by_email);
	cl_map_free(&people->by_name);
	memset(people, 0, sizeof(*people));
}

const cl_person *cl_people_find_email(const cl_people *people, const char *email)
{
	char *lower;
	const cl_person *person;

	if (!people || !people->count)
		return NULL;
	lower = cl_strdup(email);
	cl_lowercase(lower);
	person = cl_map_gets(&people->by_email, lower);
	free(lower);
	return person;
}

const cl_person *cl_people_find_key(const cl_people *people, const unsigned char *blob, size_t len)
{
	for (size_t i = 0; people && i < people->count; i++)
		for (size_t k = 0; people->items[i].keys && k < people->items[i].signing_keys.count; k++)
			if (people->items[i].keys[k].blob_len == len &&
			    memcmp(people->items[i].keys[k].blob, blob, len) == 0)
				return &people->items[i];
	return NULL;
}

int cl_people_role_held(const cl_people *people, const char *role)
{
	for (size_t i = 0; people && i < people->count; i++)
		for (size_t r = 0; r < people->items[i].roles.count; r++)
			if (cl_strcaseeq(people->items[i].roles.items[r], role))
				return 1;
	return 0;
}

int cl_person_present_on(const cl_person *person, cl_date day)
{
	long d = cl_date_days(day);

	if (person->has_since && cl_date_days(person->since) > d)
		return 0;
	return !person->has_until || cl_date_days(person->until) >= d;
}
