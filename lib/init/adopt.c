/*
 * adopt.c: `clauselint init --adopt`, for a repository that keeps its
 * ISMS already. It reads every Markdown file as it is, finds the
 * metadata forms in use (our front matter, comply's header, a
 * document-control table or blockquote, Dataview fields) and the keys
 * and values they write, and writes the .clauselint.yml that reads them
 * (`read:` and `mapping:`, docs/adopting.md) and, when there is none, a
 * people.yml to review. It never writes a starter document beside the
 * real ones; what it prints next is the one approval commit that brings
 * the documents under approval as they stand.
 */
#include "config/config.h"
#include "config/glob.h"
#include "init/init.h"
#include "parse/document.h"
#include "parse/reading.h"
#include "repo/repo_git.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

/* Keys other repositories write for ours. An alias is proposed only when
 * no file has both it and our key. */
static const char *const known_aliases[][2] = {
        {"document-id", "id"},
        {"document_id", "id"},
        {"doc-id", "id"},
        {"policy-id", "id"},
        {"policy_id", "id"},
        {"acronym", "id"},
        {"name", "title"},
        {"document-title", "title"},
        {"satisfies", "clauses"},
        {"controls", "clauses"},
        {"iso_controls", "clauses"},
        {"annex_a", "clauses"},
        {"review-cycle", "review_interval"},
        {"review_cycle", "review_interval"},
        {"review-frequency", "review_interval"},
        {"review_frequency", "review_interval"},
        {"document-owner", "owner"},
        {"document_owner", "owner"},
        {"policy-owner", "owner"},
        {"document-type", "type"},
        {"document_type", "type"},
        {"doc-type", "type"},
};

/* Status values other tools write, and what they mean to clauselint. */
static const char *const known_statuses[][2] = {
        {"approved", "active"},  {"published", "active"},   {"final", "active"},
        {"effective", "active"}, {"released", "active"},    {"current", "active"},
        {"in force", "active"},  {"superseded", "retired"}, {"archived", "retired"},
        {"obsolete", "retired"}, {"withdrawn", "retired"},  {"deprecated", "retired"},
        {"in review", "draft"},  {"review", "draft"},       {"pending", "draft"},
        {"proposed", "draft"},   {"wip", "draft"},          {"work in progress", "draft"},
};

static const char *const known_intervals[][2] = {
        {"annual", "12 months"},     {"annually", "12 months"},  {"yearly", "12 months"},
        {"every year", "12 months"}, {"quarterly", "3 months"},  {"monthly", "1 month"},
        {"semi-annual", "6 months"}, {"semiannual", "6 months"}, {"semi-annually", "6 months"},
        {"half-yearly", "6 months"}, {"biannual", "6 months"},   {"biennial", "24 months"},
};

/* Folder names and the type of the untyped documents in them. */
static const char *const folder_types[][2] = {
        {"policies", "policy"},           {"policy", "policy"},  {"procedures", "procedure"},
        {"procedure", "procedure"},       {"sops", "procedure"}, {"standards", "standard"},
        {"standard", "standard"},         {"records", "record"}, {"reviews", "review"},
        {"management-reviews", "review"},
};

typedef struct {
	size_t markdown, ours, comply, control, dataview;
	cl_map key_files;  /* key -> (files with it) */
	cl_map pair_files; /* "alias\0ours" -> 1: some file has both */
	cl_strvec statuses, types, intervals, roles;
	int version_v;
	cl_strvec folders, folder_types; /* folder -> type, for untyped documents */
	cl_strvec files, file_types;     /* file -> type, for the others with a hint */
	cl_strvec roots;                 /* links.roots: the static/ of a Docusaurus site */
	cl_strvec paths;                 /* every Markdown file read */
} survey;

static void survey_free(survey *s)
{
	cl_map_free(&s->key_files);
	cl_map_free(&s->pair_files);
	cl_strvec_free(&s->statuses);
	cl_strvec_free(&s->types);
	cl_strvec_free(&s->intervals);
	cl_strvec_free(&s->roles);
	cl_strvec_free(&s->folders);
	cl_strvec_free(&s->folder_types);
	cl_strvec_free(&s->files);
	cl_strvec_free(&s->file_types);
	cl_strvec_free(&s->roots);
	cl_strvec_free(&s->paths);
}

static int holds(const cl_strvec *v, const char *s)
{
	for (size_t i = 0; i < v->count; i++)
		if (strcmp(v->items[i], s) == 0)
			return 1;
	return 0;
}

static void add_unique(cl_strvec *v, const char *s)
{
	if (s && *s && !holds(v, s) && v->count < 64)
		cl_strvec_push(v, s);
}

/* ---- reading the repository ---- */

static char *read_worktree_file(const char *root, const char *path, size_t *len)
{
	char *full = cl_printf("%s%s", root, path), *data = NULL;
	FILE *f = fopen(full, "rb");
	struct stat st;

	free(full);
	if (!f)
		return NULL;
	if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size <= CL_MAX_FILE_BYTES) {
		data = cl_malloc((size_t)st.st_size + 1);
		*len = fread(data, 1, (size_t)st.st_size, f);
		data[*len] = '\0';
	}
	fclose(f);
	return data;
}

/* A folder's name without the number it is sorted by ("10-policies",
 * "02_Procedures"): what says the type of its documents. */
static const char *folder_type(const char *name, size_t n)
{
	while (n && (isdigit((unsigned char)*name) || *name == '-' || *name == '_' || *name == '.' ||
	             *name == ' ')) {
		name++;
		n--;
	}
	for (size_t i = 0; i < sizeof(folder_types) / sizeof(folder_types[0]); i++)
		if (strlen(folder_types[i][0]) == n && strncasecmp(name, folder_types[i][0], n) == 0)
			return folder_types[i][1];
	return NULL;
}

/* The deepest folder of `path` whose name says a type, noted for a glob;
 * 1 when there is one. */
static int note_folder(survey *s, const char *path)
{
	const char *end = strrchr(path, '/');

	while (end && end > path) {
		const char *start = end;
		const char *type;

		while (start > path && start[-1] != '/')
			start--;
		type = folder_type(start, (size_t)(end - start));
		if (type) {
			char *folder = cl_strndup(path, (size_t)(end - path));

			if (!holds(&s->folders, folder)) {
				cl_strvec_push(&s->folders, folder);
				cl_strvec_push(&s->folder_types, type);
			}
			free(folder);
			return 1;
		}
		end = start > path ? start - 1 : NULL;
	}
	return 0;
}

/* Words of a name or a title that say a type. */
static const char *const named_types[][2] = {
        {"policy", "policy"},
        {"policies", "policy"},
        {"richtlinie", "policy"},
        {"leitlinie", "policy"},
        {"procedure", "procedure"},
        {"sop", "procedure"},
        {"standard", "standard"},
        {"management review", "review"},
        {"management-review", "review"},
        {"management_review", "review"},
};

static const char *type_named_in(const char *text)
{
	char *folded = cl_fold(text);
	const char *type = NULL;

	for (size_t i = 0; folded && !type && i < sizeof(named_types) / sizeof(named_types[0]); i++) {
		const char *at = strstr(folded, named_types[i][0]);
		size_t n = strlen(named_types[i][0]);

		/* A word of its own: "access-policy", not "policyholder". */
		if (at && (at == folded || !isalpha((unsigned char)at[-1])) && !isalpha((unsigned char)at[n]))
			type = named_types[i][1];
	}
	free(folded);
	return type;
}

/* The type a document's own metadata hints at without a `type`: tags
 * (`tags: [policy]`), `policy: true`, a title that ends in "Policy". */
static const char *hinted_type(const cl_yaml_node *fm)
{
	const cl_yaml_node *tags = cl_yaml_get(fm, "tags");
	const char *title = cl_yaml_text(cl_yaml_get(fm, "title"));
	const char *type;

	for (size_t i = 0; tags && tags->kind == CL_YAML_SEQUENCE && i < tags->count; i++)
		if ((type = cl_doc_type_suggest(cl_yaml_text(tags->items[i]))) != NULL)
			return type;
	if ((type = cl_doc_type_suggest(cl_yaml_text(tags))) != NULL)
		return type;
	if (cl_yaml_text(cl_yaml_get(fm, "policy")) &&
	    !strcasecmp(cl_yaml_text(cl_yaml_get(fm, "policy")), "true"))
		return "policy";
	if (!title)
		title = cl_yaml_text(cl_yaml_get(fm, "name"));
	return title ? type_named_in(title) : NULL;
}

/* An untyped document's type, by its folder, else by its own hints or
 * its file name: noted as a glob of the folder or the file's path. */
static void note_type(survey *s, const char *path, const cl_yaml_node *fm)
{
	const char *slash = strrchr(path, '/');
	const char *type;

	char *name = cl_fold(slash ? slash + 1 : path);
	int template = strstr(name, "template") != NULL;

	free(name);
	/* `_template-policy.md` is a template of a policy, not one. */
	if (template)
		return;
	if (note_folder(s, path))
		return;
	type = hinted_type(fm);
	if (!type)
		type = type_named_in(slash ? slash + 1 : path);
	if (type && s->files.count < 256) {
		cl_strvec_push_owned(&s->files, cl_strdup(path));
		cl_strvec_push(&s->file_types, type);
	}
}

static void count_key(cl_map *m, const char *key)
{
	cl_map_puts(m, key, (void *)((size_t)cl_map_gets(m, key) + 1));
}

/* The keys and values of one file's metadata, whatever its form. */
static void survey_fields(survey *s, const cl_yaml_node *fm, const char *path)
{
	const char *v;
	int typed = 0;

	for (size_t k = 0; fm && k < fm->count; k++) {
		const char *key = fm->keys[k]->scalar;

		count_key(&s->key_files, key);
		for (size_t a = 0; a < sizeof(known_aliases) / sizeof(known_aliases[0]); a++) {
			char *pair;

			if (strcasecmp(key, known_aliases[a][0]) != 0 ||
			    cl_yaml_index(fm, known_aliases[a][1]) < 0)
				continue;
			pair = cl_printf("%s/%s", known_aliases[a][0], known_aliases[a][1]);
			cl_map_puts(&s->pair_files, pair, (void *)1);
			free(pair);
		}
		v = cl_yaml_text(fm->values[k]);
		if (strcasecmp(key, "status") == 0)
			add_unique(&s->statuses, v);
		if (strcasecmp(key, "type") == 0 || strcasecmp(key, "document-type") == 0 ||
		    strcasecmp(key, "document_type") == 0 || strcasecmp(key, "doc-type") == 0) {
			add_unique(&s->types, v);
			typed = typed || (v && cl_doc_type_suggest(v));
		}
		if (strcasecmp(key, "review_interval") == 0 || strcasecmp(key, "review-cycle") == 0 ||
		    strcasecmp(key, "review_cycle") == 0 || strcasecmp(key, "review-frequency") == 0 ||
		    strcasecmp(key, "review_frequency") == 0)
			add_unique(&s->intervals, v);
		if (strcasecmp(key, "version") == 0 && v && (v[0] == 'v' || v[0] == 'V') && v[1] >= '0' &&
		    v[1] <= '9')
			s->version_v = 1;
		if (strcasecmp(key, "owner") == 0 || strcasecmp(key, "approver") == 0 ||
		    strcasecmp(key, "document-owner") == 0)
			add_unique(&s->roles, v);
	}
	if (!typed)
		note_type(s, path, fm);
}

static void survey_file(survey *s, const char *path, const char *data, size_t len)
{
	cl_document *doc = cl_document_parse_front_matter(path, data, len);
	cl_reading r;
	cl_yaml_node *fm = NULL;
	size_t yaml_len = 0;
	int close_line = 0, line = 0, column = 0;
	cl_error err = {{0}};

	s->markdown++;
	cl_strvec_push(&s->paths, path);
	if (doc->has_front_matter && !doc->front_matter_error) {
		if (doc->governed && doc->type != CL_TYPE_UNKNOWN)
			s->ours++;
		survey_fields(s, doc->front_matter, path);
		cl_document_free(doc);
		return;
	}
	cl_document_free(doc);
	cl_reading_defaults(&r);
	if (cl_reading_find_comply(data, len, &yaml_len, &close_line) &&
	    cl_yaml_parse(&fm, data, yaml_len, 0, &line, &column, &err) == 0 && fm &&
	    fm->kind == CL_YAML_MAPPING) {
		s->comply++;
	} else {
		cl_yaml_free(fm);
		if ((fm = cl_reading_control(&r, data, len, 1)) != NULL)
			s->control++;
		else if ((fm = cl_reading_dataview(data, len, 1)) != NULL && cl_yaml_get(fm, "Code"))
			s->dataview++;
		else {
			cl_yaml_free(fm);
			fm = NULL;
		}
	}
	if (fm)
		survey_fields(s, fm, path);
	cl_yaml_free(fm);
	cl_reading_free(&r);
}

/* A Docusaurus site serves its root from static/ beside its
 * configuration: links `/x.pdf` are files there (links.roots). */
static void note_site(survey *s, const char *path)
{
	static const char *const configs[] = {"docusaurus.config.js", "docusaurus.config.ts",
	                                      "docusaurus.config.mjs", NULL};
	const char *slash = strrchr(path, '/');
	const char *name = slash ? slash + 1 : path;

	for (size_t i = 0; configs[i]; i++)
		if (strcmp(name, configs[i]) == 0 && s->roots.count < 8) {
			char *root = slash ? cl_printf("%.*s/static", (int)(slash - path), path)
			                   : cl_strdup("static");

			if (!holds(&s->roots, root))
				cl_strvec_push(&s->roots, root);
			free(root);
		}
}

static int survey_repository(survey *s, git_repository *repo, const char *root, cl_error *err)
{
	git_index *index = NULL;

	if (git_repository_index(&index, repo) < 0) {
		cl_git_error(err, "cannot read the index");
		return -1;
	}
	for (size_t i = 0; i < git_index_entrycount(index); i++) {
		const char *path = git_index_get_byindex(index, i)->path;
		size_t n = strlen(path), len = 0;
		char *data;

		note_site(s, path);
		if (n < 3 || strcasecmp(path + n - 3, ".md") != 0 || cl_config_built_in_excluded(path) ||
		    !(data = read_worktree_file(root, path, &len)))
			continue;
		survey_file(s, path, data, len);
		free(data);
	}
	git_index_free(index);
	return 0;
}

/* ---- the configuration ---- */

static const char *lookup(const char *const table[][2], size_t n, const char *value)
{
	for (size_t i = 0; i < n; i++)
		if (strcasecmp(table[i][0], value) == 0)
			return table[i][1];
	return NULL;
}

/* `path` as a glob matching it alone: the glob marks escaped. */
static char *glob_escape(const char *prefix, const char *path, const char *suffix)
{
	cl_buf out = CL_BUF_INIT;

	cl_buf_puts(&out, prefix);
	for (const char *p = path; *p; p++) {
		if (strchr("*?[]\\", *p))
			cl_buf_putc(&out, '\\');
		cl_buf_putc(&out, *p);
	}
	cl_buf_puts(&out, suffix);
	return cl_buf_detach(&out);
}

#define LOOKUP(table, value) lookup(table, sizeof(table) / sizeof(table[0]), (value))

/* The reading the survey calls for, as the configuration will state it
 * and as it is applied to list what will be governed. */
static void choose_reading(cl_reading *r, cl_strvec *type_globs, cl_strvec *type_names, const survey *s)
{
	cl_interval interval;

	cl_reading_defaults(r);
	r->forms |= (s->comply ? CL_FORM_COMPLY : 0) | (s->control ? CL_FORM_CONTROL : 0) |
	            (s->dataview ? CL_FORM_DATAVIEW : 0);
	for (size_t a = 0; a < sizeof(known_aliases) / sizeof(known_aliases[0]); a++) {
		char *pair = cl_printf("%s/%s", known_aliases[a][0], known_aliases[a][1]);
		int seen = cl_map_gets(&s->key_files, known_aliases[a][0]) != NULL;

		if (seen && !cl_map_gets(&s->pair_files, pair) &&
		    !holds(&r->alias_from, known_aliases[a][0])) {
			cl_strvec_push(&r->alias_from, known_aliases[a][0]);
			cl_strvec_push(&r->alias_to, known_aliases[a][1]);
		}
		free(pair);
	}
	for (size_t i = 0; i < s->statuses.count; i++) {
		const char *v = s->statuses.items[i], *to = LOOKUP(known_statuses, v);

		if (!to &&
		    (!strcasecmp(v, "draft") || !strcasecmp(v, "active") || !strcasecmp(v, "retired")) &&
		    strcmp(v, "draft") && strcmp(v, "active") && strcmp(v, "retired"))
			to = !strcasecmp(v, "draft")    ? "draft"
			     : !strcasecmp(v, "active") ? "active"
			                                : "retired";
		if (to) {
			cl_strvec_push(&r->value_key, "status");
			cl_strvec_push(&r->value_from, v);
			cl_strvec_push(&r->value_to, to);
		}
	}
	for (size_t i = 0; i < s->types.count; i++) {
		const char *v = s->types.items[i], *to = cl_doc_type_suggest(v);

		if (!to && !strcasecmp(v, "sop"))
			to = "procedure";
		if (to && strcmp(to, v) != 0) {
			cl_strvec_push(&r->value_key, "type");
			cl_strvec_push(&r->value_from, v);
			cl_strvec_push(&r->value_to, to);
		}
	}
	for (size_t i = 0; i < s->intervals.count; i++) {
		const char *v = s->intervals.items[i], *to = LOOKUP(known_intervals, v);

		if (to && cl_interval_parse(&interval, v) < 0) {
			cl_strvec_push(&r->value_key, "review_interval");
			cl_strvec_push(&r->value_from, v);
			cl_strvec_push(&r->value_to, to);
		}
	}
	if (s->version_v) {
		cl_strvec_push(&r->value_key, "version");
		cl_strvec_push(&r->value_from, "v*");
		cl_strvec_push(&r->value_to, "*");
	}
	for (size_t i = 0; i < s->folders.count; i++) {
		cl_strvec_push_owned(type_globs, glob_escape("", s->folders.items[i], "/**"));
		cl_strvec_push(type_names, s->folder_types.items[i]);
	}
	/* A file a folder's glob covers already needs no line of its own
	 * (a document typed by its file may sit where another was typed by
	 * folder only when the folder glob came later). */
	for (size_t i = 0; i < s->files.count; i++) {
		int covered = 0;

		for (size_t g = 0; g < type_globs->count && !covered; g++)
			covered = cl_glob_match(type_globs->items[g], s->files.items[i]);
		if (!covered) {
			cl_strvec_push_owned(type_globs, glob_escape("/", s->files.items[i], ""));
			cl_strvec_push(type_names, s->file_types.items[i]);
		}
	}
}

static void put_pair(cl_buf *out, const char *indent, const char *key, const char *value)
{
	cl_buf_puts(out, indent);
	cl_init_put_yaml(out, key);
	cl_buf_puts(out, ": ");
	cl_init_put_yaml(out, value);
	cl_buf_putc(out, '\n');
}

static void put_values(cl_buf *out, const cl_reading *r)
{
	static const char *const keys[] = {"status", "type", "review_interval", "version"};

	if (!r->value_key.count)
		return;
	cl_buf_puts(out, "  values:                # their values, as clauselint reads them\n");
	for (size_t k = 0; k < sizeof(keys) / sizeof(keys[0]); k++) {
		int opened = 0;

		for (size_t i = 0; i < r->value_key.count; i++) {
			if (strcmp(r->value_key.items[i], keys[k]) != 0)
				continue;
			if (!opened++)
				cl_buf_printf(out, "    %s:\n", keys[k]);
			put_pair(out, "      ", r->value_from.items[i], r->value_to.items[i]);
		}
	}
}

static char *render_config(const cl_reading *r, const cl_strvec *globs, const cl_strvec *types,
                           const cl_strvec *roots, cl_date today)
{
	static const char *const names[] = {"comply", "document-control", "dataview"};
	static const unsigned forms[] = {CL_FORM_COMPLY, CL_FORM_CONTROL, CL_FORM_DATAVIEW};
	cl_buf out = CL_BUF_INIT;
	char day[11];
	const char *sep = "";

	cl_date_format(day, today);
	cl_buf_printf(&out,
	              "# Written by clauselint init --adopt on %s: how this repository's documents\n"
	              "# are read (docs/adopting.md). Review it; top management approves it with the\n"
	              "# documents, and from then on a change to it needs their approval too.\n",
	              day);
	if (r->forms != CL_FORM_FRONT_MATTER) {
		cl_buf_puts(&out, "read: [");
		for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++)
			if (r->forms & forms[i]) {
				cl_buf_printf(&out, "%s%s", sep, names[i]);
				sep = ", ";
			}
		cl_buf_puts(&out, "]\n");
	}
	if (roots->count) {
		cl_buf_puts(
		        &out,
		        "links:                   # the site serves its root from here (broken-link)\n  roots: [");
		for (size_t i = 0; i < roots->count; i++) {
			cl_buf_puts(&out, i ? ", " : "");
			cl_init_put_yaml(&out, roots->items[i]);
		}
		cl_buf_puts(&out, "]\n");
	}
	if (!r->alias_from.count && !r->value_key.count && !globs->count)
		return cl_buf_detach(&out);
	cl_buf_puts(&out, "mapping:\n");
	if (r->alias_from.count)
		cl_buf_puts(&out, "  keys:                  # the keys the documents write, and ours\n");
	for (size_t i = 0; i < r->alias_from.count; i++)
		put_pair(&out, "    ", r->alias_from.items[i], r->alias_to.items[i]);
	put_values(&out, r);
	if (globs->count)
		cl_buf_puts(&out,
		            "  types:                 # the type of a document that names none, by folder\n");
	for (size_t i = 0; i < globs->count; i++)
		put_pair(&out, "    ", globs->items[i], types->items[i]);
	return cl_buf_detach(&out);
}

/* A people.yml to review: the CEO and the ISMS Lead init knows of, and
 * the roles the documents name, for the team to give their holders. */
static char *render_people(const cl_init_people *p, const cl_strvec *roles)
{
	cl_buf out = CL_BUF_INIT;

	cl_buf_puts(&out, "# Written by clauselint init --adopt: who is who (docs/configuration.md).\n"
	                  "# Review it: every approver's e-mail, and each role to its holder.\n");
	if (roles->count) {
		cl_buf_puts(&out, "# The documents name these owners and approvers:");
		for (size_t i = 0; i < roles->count; i++)
			cl_buf_printf(&out, "%s %s", i ? "," : "", roles->items[i]);
		cl_buf_putc(&out, '\n');
	}
	cl_buf_puts(&out, "people:\n  - name: ");
	cl_init_put_yaml(&out, p->ceo_name);
	cl_buf_puts(&out, "\n    email: ");
	cl_init_put_yaml(&out, p->ceo_email);
	cl_buf_puts(&out, p->one_person ? "\n    roles: [CEO, ISMS Lead]\n" : "\n    roles: [CEO]\n");
	if (!p->one_person) {
		cl_buf_puts(&out, "  - name: ");
		cl_init_put_yaml(&out, p->lead_name);
		cl_buf_puts(&out, "\n    email: ");
		cl_init_put_yaml(&out, p->lead_email);
		cl_buf_puts(&out, "\n    roles: [ISMS Lead]\n");
	}
	return cl_buf_detach(&out);
}

/* ---- what top management approves ---- */

static void list_governed(cl_strvec *out, const survey *s, const char *root, const cl_reading *r,
                          const cl_strvec *globs, const cl_strvec *types)
{
	for (size_t i = 0; i < s->paths.count; i++) {
		const char *path = s->paths.items[i], *type = NULL;
		size_t len = 0;
		char *data = read_worktree_file(root, path, &len);
		cl_document *doc;

		for (size_t g = 0; !type && g < globs->count; g++)
			if (cl_glob_match(globs->items[g], path))
				type = types->items[g];
		if (!data)
			continue;
		doc = cl_document_read_front_matter(path, data, len, &(cl_read_as){r, type, 0});
		if (doc->governed && !doc->skipped && !doc->front_matter_error &&
		    doc->type != CL_TYPE_UNKNOWN && doc->status != CL_STATUS_RETIRED)
			cl_strvec_push(out, path);
		cl_document_free(doc);
		free(data);
	}
}

static int file_exists(const char *root, const char *rel)
{
	char *full = cl_printf("%s%s", root, rel);
	struct stat st;
	int there = lstat(full, &st) == 0;

	free(full);
	return there;
}

int cl_init_adopt(cl_adopt_result *out, const char *dir, const cl_init_options *opts, cl_error *err)
{
	git_repository *repo = NULL;
	survey s;
	cl_reading r;
	cl_strvec globs = CL_STRVEC_INIT, types = CL_STRVEC_INIT, paths = CL_STRVEC_INIT,
	          texts = CL_STRVEC_INIT;
	int rc = -1;

	memset(out, 0, sizeof(*out));
	memset(&s, 0, sizeof(s));
	cl_reading_defaults(&r);
	git_libgit2_init();
	if (cl_init_open(&repo, dir, err) < 0)
		goto done;
	out->root = cl_strdup(git_repository_workdir(repo));
	if (file_exists(out->root, ".clauselint.yml") || file_exists(out->root, ".clauselint.yaml")) {
		cl_error_set(
		        err,
		        "%s has a clauselint configuration already: init --adopt writes one only where there is none",
		        out->root);
		goto done;
	}
	if (cl_init_choose_people(&out->people, repo, opts, err) < 0)
		goto done;
	if (survey_repository(&s, repo, out->root, err) < 0)
		goto done;
	cl_reading_free(&r);
	choose_reading(&r, &globs, &types, &s);
	cl_strvec_push(&paths, ".clauselint.yml");
	cl_strvec_push_owned(&texts, render_config(&r, &globs, &types, &s.roots, opts->today));
	out->people_existed = file_exists(out->root, "people.yml");
	if (!out->people_existed) {
		cl_strvec_push(&paths, "people.yml");
		cl_strvec_push_owned(&texts, render_people(&out->people, &s.roles));
	}
	if (cl_init_write_all(out->root, &paths, &texts, &out->written, err) < 0)
		goto done;
	cl_strvec_push(&out->approve, ".clauselint.yml");
	cl_strvec_push(&out->approve, "people.yml");
	list_governed(&out->approve, &s, out->root, &r, &globs, &types);
	out->markdown = s.markdown;
	out->governed = out->approve.count - 2;
	out->ours = s.ours;
	out->comply = s.comply;
	out->control = s.control;
	out->dataview = s.dataview;
	rc = 0;
done:
	survey_free(&s);
	cl_reading_free(&r);
	cl_strvec_free(&globs);
	cl_strvec_free(&types);
	cl_strvec_free(&paths);
	cl_strvec_free(&texts);
	git_repository_free(repo);
	git_libgit2_shutdown();
	return rc;
}

void cl_adopt_result_free(cl_adopt_result *result)
{
	free(result->root);
	cl_init_people_free(&result->people);
	cl_strvec_free(&result->written);
	cl_strvec_free(&result->approve);
	memset(result, 0, sizeof(*result));
}
