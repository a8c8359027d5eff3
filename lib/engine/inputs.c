/*
 * inputs.c: the inputs a run judges by (docs/approvals.md, "What decides
 * whether an approval counts"). The configuration, the people registry,
 * .mailmap and a baseline kept in the repository are read as the linted
 * source has them, and then the versions in force are used instead
 * (lib/history/trust.c): a change can't grant itself a key, a role, an
 * e-mail or a rule switch. Where the two differ, the trust rule says so
 * (rules/trust.c). While no version of an input was ever approved, the
 * linted one is used, and the rule says that too.
 */
#include "engine/run.h"
#include "history/trust.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Configuration, people and .mailmap files are small; anything larger is
 * a mistake (or an attack on the time a run takes). */
#define INPUT_MAX_BYTES (1024 * 1024)

static const char *read_failure(cl_read_result r)
{
	switch (r) {
	case CL_READ_MISSING:
		return "no such file";
	case CL_READ_TOO_LARGE:
		return "larger than 1 MiB";
	case CL_READ_NOT_REGULAR:
		return "not a regular file (symbolic links are not followed)";
	default:
		return "read error";
	}
}

/* A file the linted source has: its bytes and blob id. */
typedef struct {
	int exists;
	char *text;
	size_t len;
	char blob[CL_OID_HEX];
} source_file;

static void source_file_free(source_file *f)
{
	free(f->text);
	memset(f, 0, sizeof(*f));
}

/* `path` of the linted source; -1 (with a reason) when it is there but
 * can't be read, 0 with f->exists 0 when it isn't there. */
static int read_source(source_file *f, cl_run_state *st, const char *path, const char *what, cl_error *err)
{
	cl_read_result r = cl_repo_read(&f->text, &f->len, st->repo, path, INPUT_MAX_BYTES);

	memset(f->blob, 0, sizeof(f->blob));
	f->exists = r == CL_READ_OK;
	if (r == CL_READ_MISSING)
		return 0;
	if (r != CL_READ_OK) {
		cl_error_set(err, "cannot read the %s %s: %s", what, path, read_failure(r));
		return -1;
	}
	if (cl_repo_blob_id(f->blob, st->repo, path, f->text, f->len) < 0)
		cl_repo_hash(f->blob, f->text, f->len);
	return 0;
}

/* A file on disk (-c, --baseline, --trust-anchor), relative to the
 * current directory; its blob id too. */
static int read_disk(source_file *f, const char *path, const char *what, size_t limit, cl_error *err)
{
	FILE *file = fopen(path, "rb");
	cl_buf buf = CL_BUF_INIT;
	char chunk[8192];
	size_t n;

	memset(f, 0, sizeof(*f));
	if (!file) {
		cl_error_set(err, "cannot read %s %s: %s", what, path, strerror(errno));
		return -1;
	}
	do {
		n = fread(chunk, 1, sizeof(chunk), file);
		cl_buf_put(&buf, chunk, n);
	} while (n > 0 && buf.len <= limit);
	if (ferror(file) || buf.len > limit) {
		if (ferror(file))
			cl_error_set(err, "cannot read %s %s: %s", what, path, strerror(errno));
		else
			cl_error_set(err, "%s %s is larger than %zu MiB", what, path, limit >> 20);
		fclose(file);
		cl_buf_free(&buf);
		return -1;
	}
	fclose(file);
	f->exists = 1;
	f->len = buf.len;
	f->text = buf.ptr ? cl_buf_detach(&buf) : cl_strdup("");
	cl_repo_hash(f->blob, f->text, f->len);
	return 0;
}

/* `path` (on disk) as a path of the working tree, or NULL outside it. */
static char *inside_worktree(cl_run_state *st, const char *path)
{
	char resolved[PATH_MAX], *root, *rel;

	if (!cl_repo_workdir(st->repo) || !realpath(path, resolved))
		return NULL;
	root = cl_run_real_workdir(st->repo);
	rel = cl_run_relative_to(root, resolved);
	free(root);
	return rel;
}

/* Under --staged, whether the index holds a change of `path`. */
static int staged_change(cl_run_state *st, const char *path, const source_file *f)
{
	char head[CL_OID_HEX];
	int in_head = cl_repo_head_blob_id(head, st->repo, path) == 0;

	if (cl_repo_source(st->repo) != CL_SOURCE_INDEX)
		return 0;
	return f->exists != in_head || (f->exists && strcmp(head, f->blob) != 0);
}

static void set_input(cl_run_state *st, cl_trust_input *in, cl_trust_kind kind, const char *path,
                      const source_file *f, const cl_trust_version *v)
{
	in->kind = kind;
	in->governed = 1;
	in->path = cl_strdup(path);
	in->exists = f->exists;
	memcpy(in->blob, f->blob, CL_OID_HEX);
	in->in_force = v->in_force ? v : NULL;
	in->staged_change = staged_change(st, path, f);
}

/* ---- the configuration ---- */

/* The linted source's configuration file: one of two names, never both. */
static int find_config(source_file *f, char **path, cl_run_state *st, cl_error *err)
{
	source_file yml, yaml;

	memset(&yml, 0, sizeof(yml));
	memset(&yaml, 0, sizeof(yaml));
	if (read_source(&yml, st, ".clauselint.yml", "configuration", err) < 0 ||
	    read_source(&yaml, st, ".clauselint.yaml", "configuration", err) < 0) {
		source_file_free(&yml);
		source_file_free(&yaml);
		return -1;
	}
	if (yml.exists && yaml.exists) {
		source_file_free(&yml);
		source_file_free(&yaml);
		cl_error_set(
		        err,
		        "the repository has both .clauselint.yml and .clauselint.yaml: it has one configuration, so remove one of them");
		return -1;
	}
	*f = yml.exists ? yml : yaml;
	*path = cl_strdup(yml.exists || !yaml.exists ? ".clauselint.yml" : ".clauselint.yaml");
	if (yml.exists)
		source_file_free(&yaml);
	else
		source_file_free(&yml);
	return 0;
}

/* The bytes of a version in force. */
static int read_in_force(char **text, size_t *len, cl_run_state *st, const cl_trust_version *v,
                         const char *what, cl_error *err)
{
	cl_read_result r = cl_repo_read_blob(text, len, st->repo, v->blob, INPUT_MAX_BYTES);

	if (r == CL_READ_OK)
		return 0;
	cl_error_set(err, "cannot read the %s in force (%s, approved in %.7s): %s", what, v->path, v->commit,
	             read_failure(r));
	return -1;
}

static int parse_config(cl_config *out, const char *text, size_t len, const char *path,
                        const cl_ruleset *rules, cl_error *err)
{
	cl_config_defaults(out);
	return cl_config_parse(out, text, len, path, rules, err);
}

/* Whether the source's version differs from the one in force: it
 * isn't used then, but it is read, so that a broken one is still the
 * error it always was (a pre-commit hook refuses it). */
static int differs(const source_file *current, const cl_trust_version *v)
{
	return current->exists && (!v->exists || strcmp(current->blob, v->blob) != 0);
}

static int check_config(cl_run_state *st, const source_file *current, const char *path,
                        const cl_trust_version *v, cl_error *err)
{
	cl_config unused;
	int rc;

	if (!differs(current, v))
		return 0;
	rc = parse_config(&unused, current->text, current->len, path, st->rules, err);
	cl_config_free(&unused);
	return rc;
}

/*
 * The configuration the run uses: -c from outside the repository as
 * given (the operator's); else the version in force; else, while none
 * was ever approved, the linted source's own, or the defaults when it
 * has none. Sets the configuration trust input.
 */
static int load_config(cl_run_state *st, const source_file *current, const char *path, cl_error *err)
{
	cl_trust_input *in = &st->trust.inputs[CL_TRUST_CONFIG];
	const cl_trust_version *v = &st->chain.in_force[CL_TRUST_CONFIG];
	char *text = NULL;
	size_t len = 0;
	int rc = 0;

	set_input(st, in, CL_TRUST_CONFIG, path, current, v);
	if (v->in_force && v->exists) {
		if (read_in_force(&text, &len, st, v, "configuration", err) < 0 ||
		    check_config(st, current, path, v, err) < 0) {
			free(text);
			return -1;
		}
		rc = parse_config(&st->config, text, len, v->path, st->rules, err);
		free(text);
	} else if (v->in_force || !current->exists) {
		cl_config_defaults(&st->config);
	} else {
		rc = parse_config(&st->config, current->text, current->len, path, st->rules, err);
	}
	st->config.trusted = v->in_force || !current->exists;
	return rc;
}

/* ---- people, .mailmap, baseline ---- */

static int check_people(const source_file *current, const char *path, const cl_trust_version *v,
                        cl_error *err)
{
	cl_people unused;
	int rc;

	if (!v->in_force || !differs(current, v))
		return 0;
	memset(&unused, 0, sizeof(unused));
	rc = cl_people_parse(&unused, current->text, current->len, path, err);
	cl_people_free(&unused);
	return rc;
}

/* The registry the configuration names, in force or as the source has
 * it. A missing default registry is an empty one (the approval rules
 * then say who is unknown); one the configuration names must exist. */
static int use_people(cl_run_state *st, const source_file *current, const char *path,
                      const cl_trust_version *v, cl_error *err)
{
	char *text = NULL;
	size_t len = 0;
	int rc = 0;

	if (v->in_force && v->exists) {
		rc = read_in_force(&text, &len, st, v, "people registry", err);
		if (rc == 0)
			rc = cl_people_parse(&st->people, text, len, path, err);
		free(text);
	} else if (v->in_force || (!current->exists && !st->config.people_path_explicit)) {
		memset(&st->people, 0, sizeof(st->people));
	} else if (!current->exists) {
		cl_error_set(err, "cannot read the people registry %s: no such file", path);
		rc = -1;
	} else {
		rc = cl_people_parse(&st->people, current->text, current->len, path, err);
	}
	return rc;
}

static int load_people(cl_run_state *st, cl_error *err)
{
	const cl_trust_version *v = &st->chain.in_force[CL_TRUST_PEOPLE];
	const char *path = st->config.people_path;
	source_file current;
	int rc;

	memset(&current, 0, sizeof(current));
	if (read_source(&current, st, path, "people registry", err) < 0)
		return -1;
	set_input(st, &st->trust.inputs[CL_TRUST_PEOPLE], CL_TRUST_PEOPLE, path, &current, v);
	rc = check_people(&current, path, v, err);
	if (rc == 0)
		rc = use_people(st, &current, path, v, err);
	source_file_free(&current);
	return rc;
}

static int load_mailmap(cl_run_state *st, cl_error *err)
{
	const cl_trust_version *v = &st->chain.in_force[CL_TRUST_MAILMAP];
	source_file current;

	memset(&current, 0, sizeof(current));
	if (read_source(&current, st, ".mailmap", ".mailmap", err) < 0)
		return -1;
	set_input(st, &st->trust.inputs[CL_TRUST_MAILMAP], CL_TRUST_MAILMAP, ".mailmap", &current, v);
	if (v->in_force && v->exists) {
		if (read_in_force(&st->mailmap, &st->mailmap_len, st, v, ".mailmap", err) < 0) {
			source_file_free(&current);
			return -1;
		}
	} else if (!v->in_force && current.exists) {
		st->mailmap = current.text;
		st->mailmap_len = current.len;
		current.text = NULL;
	}
	source_file_free(&current);
	return 0;
}

/* --baseline FILE: a file on disk, relative to the current directory and
 * never written; inside the repository it is a trust input like the
 * configuration (a change could otherwise baseline its own findings). */
static int load_baseline(cl_run_state *st, const char *file, const char *rel, cl_error *err)
{
	const cl_trust_version *v = &st->chain.in_force[CL_TRUST_BASELINE];
	source_file current;
	char *text = NULL;
	size_t len = 0;
	int rc;

	if (read_disk(&current, file, "baseline", CL_BASELINE_MAX_BYTES, err) < 0)
		return -1;
	if (rel)
		set_input(st, &st->trust.inputs[CL_TRUST_BASELINE], CL_TRUST_BASELINE, rel, &current, v);
	if (rel && v->in_force && v->exists) {
		if (cl_repo_read_blob(&text, &len, st->repo, v->blob, CL_BASELINE_MAX_BYTES) != CL_READ_OK) {
			cl_error_set(err, "cannot read the baseline in force (%s, approved in %.7s)", v->path,
			             v->commit);
			source_file_free(&current);
			return -1;
		}
		rc = cl_baseline_parse(&st->baseline, text, len, file, err);
		free(text);
	} else if (rel && v->in_force) {
		rc = 0; /* its removal was approved: no baseline */
	} else {
		rc = cl_baseline_parse(&st->baseline, current.text, current.len, file, err);
	}
	source_file_free(&current);
	return rc;
}

static int load_anchor(cl_run_state *st, const char *file, cl_error *err)
{
	source_file f;
	int rc;

	if (read_disk(&f, file, "trust anchor", INPUT_MAX_BYTES, err) < 0)
		return -1;
	rc = cl_anchor_parse(&st->anchor, f.text, f.len, file, err);
	st->has_anchor = rc == 0;
	source_file_free(&f);
	return rc;
}

/* ---- the run's inputs ---- */

/* The chain of trust, when the history can be read. */
/* The chain is read on a handle of its own: the walk reads every commit,
 * and the run's handle would keep them all in its object cache. */
static int read_chain(cl_run_state *st, const cl_trust_options *topts, const char *rev, cl_error *err)
{
	cl_repo *walk = NULL;
	int rc;

	if (cl_repo_is_shallow(st->repo))
		return 0;
	if (cl_repo_reopen(&walk, st->repo, rev, err) < 0)
		return -1;
	rc = cl_trust_read(&st->chain, walk, topts, err);
	cl_repo_free(walk);
	if (rc < 0)
		return -1;
	st->trust.chain = &st->chain;
	return 0;
}

/* -c FILE outside the repository: the operator's, trusted as given.
 * It is no file of the repository's, so repository-level findings are on
 * none (display_path NULL), as with the defaults: a report's locations
 * stay inside the repository. */
static int load_operator_config(cl_run_state *st, const source_file *f, const char *path, cl_error *err)
{
	if (parse_config(&st->config, f->text, f->len, path, st->rules, err) < 0)
		return -1;
	st->config.path = cl_strdup(path);
	st->config.trusted = 1;
	return 0;
}

/* Where repository-level findings go: the configuration file the source
 * has, else where the one in force was (removed without approval), else
 * nowhere (the defaults). */
static void name_config(cl_run_state *st, const source_file *current, const char *given, const char *path)
{
	const cl_trust_version *v = &st->chain.in_force[CL_TRUST_CONFIG];
	const char *where = current->exists ? path : v->in_force && v->exists ? v->path : NULL;

	if (!where)
		return;
	st->config.path = cl_strdup(given && current->exists ? given : where);
	st->config.display_path = cl_strdup(where);
}

int cl_run_load_inputs(cl_run_state *st, const cl_run_options *opts, cl_error *err)
{
	source_file config;
	cl_trust_options topts;
	char *config_path = NULL, *baseline_rel = NULL;
	int rc = -1;

	memset(&config, 0, sizeof(config));
	memset(&topts, 0, sizeof(topts));
	if (opts->trust_anchor && load_anchor(st, opts->trust_anchor, err) < 0)
		return -1;
	topts.anchor = st->has_anchor ? &st->anchor : NULL;
	if (opts->config_file) {
		if (read_disk(&config, opts->config_file, "configuration file", INPUT_MAX_BYTES, err) < 0)
			return -1;
		config_path = inside_worktree(st, opts->config_file);
		if (!config_path && load_operator_config(st, &config, opts->config_file, err) < 0)
			goto done;
		topts.fixed_config = config_path ? NULL : &st->config;
		topts.config_path = config_path;
	} else if (find_config(&config, &config_path, st, err) < 0) {
		return -1;
	}
	if (opts->baseline_file) {
		baseline_rel = inside_worktree(st, opts->baseline_file);
		topts.baseline_path = baseline_rel;
	}
	if (read_chain(st, &topts, opts->rev, err) < 0)
		goto done;
	if (config_path && load_config(st, &config, config_path, err) < 0)
		goto done;
	if (config_path)
		name_config(st, &config, opts->config_file, config_path);
	if (load_people(st, err) < 0 || load_mailmap(st, err) < 0)
		goto done;
	if (opts->baseline_file && load_baseline(st, opts->baseline_file, baseline_rel, err) < 0)
		goto done;
	rc = 0;
done:
	source_file_free(&config);
	free(config_path);
	free(baseline_rel);
	return rc;
}

/* ---- --changed-since ---- */

int cl_run_trust_changed_since_base(cl_run_state *st)
{
	for (int k = 0; k < CL_TRUST_KINDS; k++) {
		const cl_trust_input *in = &st->trust.inputs[k];

		if (!in->governed)
			continue;
		if (in->exists ? !cl_repo_same_at_base(st->repo, in->path, in->blob)
		               : cl_repo_exists_at_base(st->repo, in->path))
			return 1;
	}
	return 0;
}

void cl_run_free_trust(cl_run_state *st)
{
	for (int k = 0; k < CL_TRUST_KINDS; k++)
		free(st->trust.inputs[k].path);
	cl_trust_clear(&st->chain);
	cl_anchor_free(&st->anchor);
	free(st->mailmap);
}
