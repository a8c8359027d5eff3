/*
 * trust.c: the chain of trust (trust.h), read from the history oldest
 * first, the way TUF and gittuf rotate a root: each approval of a trust
 * input is judged by the versions in force before it, so a change can't
 * grant itself the key, the role, the e-mail or the rule switch it needs.
 */
#include "history/trust.h"
#include "history/identity.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

/* Trust inputs are small files; a larger one is not read as one. */
#define TRUST_INPUT_MAX_BYTES (1024 * 1024)

static const char *const kind_names[CL_TRUST_KINDS] = {"configuration", "people registry", "mailmap",
                                                       "baseline"};

const char *cl_trust_kind_name(cl_trust_kind kind)
{
	return (unsigned)kind < CL_TRUST_KINDS ? kind_names[kind] : "trust input";
}

/* ---- the anchor ---- */

static int is_key_type(const char *word)
{
	return strncmp(word, "ssh-", 4) == 0 || strncmp(word, "ecdsa-", 6) == 0 ||
	       strncmp(word, "sk-", 3) == 0;
}

/* One line: principals, maybe options, then the key. */
static int anchor_line(cl_anchor_key *out, char *line, cl_error *err)
{
	char *save = NULL, *principals = strtok_r(line, " \t", &save), *rest;
	char *p, *psave = NULL;

	rest = principals ? save : NULL;
	while (rest && (*rest == ' ' || *rest == '\t'))
		rest++;
	if (!principals || !rest || !*rest) {
		cl_error_set(err, "expected 'principals keytype base64', as ssh-keygen's allowed_signers");
		return -1;
	}
	/* Options (namespaces="git", valid-after=...) stand before the key. */
	if (!is_key_type(rest)) {
		rest += strcspn(rest, " \t");
		rest += strspn(rest, " \t");
	}
	for (p = strtok_r(principals, ",", &psave); p; p = strtok_r(NULL, ",", &psave))
		cl_strvec_push(&out->principals, p);
	return cl_ssh_key_parse(&out->key, rest, err);
}

int cl_anchor_parse(cl_anchor *out, const char *text, size_t len, const char *path, cl_error *err)
{
	const char *p = text, *end = text + len;
	int line = 0;

	memset(out, 0, sizeof(*out));
	out->path = cl_strdup(path);
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		char *one = cl_strndup(p, (size_t)((nl ? nl : end) - p));
		char *start = one + strspn(one, " \t");
		cl_error why = {{0}};

		line++;
		p = nl ? nl + 1 : end;
		start[strcspn(start, "\r")] = '\0';
		if (*start && *start != '#') {
			out->keys = cl_realloc(out->keys, (out->count + 1) * sizeof(cl_anchor_key));
			memset(&out->keys[out->count], 0, sizeof(cl_anchor_key));
			if (anchor_line(&out->keys[out->count++], start, &why) < 0) {
				cl_error_set(err, "%s:%d: %s", path, line, why.message);
				free(one);
				return -1;
			}
		}
		free(one);
	}
	if (!out->count) {
		cl_error_set(err, "%s holds no key: expected lines 'principals keytype base64'", path);
		return -1;
	}
	return 0;
}

void cl_anchor_free(cl_anchor *anchor)
{
	if (!anchor)
		return;
	for (size_t i = 0; i < anchor->count; i++) {
		cl_strvec_free(&anchor->keys[i].principals);
		cl_ssh_key_free(&anchor->keys[i].key);
	}
	free(anchor->keys);
	free(anchor->path);
	memset(anchor, 0, sizeof(*anchor));
}

/* Whether the anchor has the signing key for one of `emails`. */
static int anchor_trusts(const cl_anchor *anchor, const cl_signature *sig, const cl_strvec *emails)
{
	for (size_t i = 0; i < anchor->count; i++) {
		const cl_anchor_key *k = &anchor->keys[i];

		if (k->key.blob_len != sig->key_len || memcmp(k->key.blob, sig->key, sig->key_len) != 0)
			continue;
		for (size_t p = 0; p < k->principals.count; p++)
			for (size_t e = 0; e < emails->count; e++)
				if (fnmatch(k->principals.items[p], emails->items[e], 0) == 0)
					return 1;
	}
	return 0;
}

/* ---- what one commit holds ---- */

/* The versions of the trust inputs that judge an approval, parsed. */
typedef struct {
	cl_config own_config;
	const cl_config *config; /* own_config, or the operator's (-c) */
	cl_people people;
	git_mailmap *mailmap;
} judge_state;

static void judge_state_clear(judge_state *s)
{
	cl_config_free(&s->own_config);
	cl_people_free(&s->people);
	git_mailmap_free(s->mailmap);
	memset(s, 0, sizeof(*s));
}

/* A file of `tree` by its blob id: 1 when it is there. */
static int blob_at(char out[CL_OID_HEX], git_tree *tree, const char *path)
{
	git_oid oid;

	out[0] = '\0';
	if (!path || cl_tree_blob_id(&oid, tree, path) != CL_READ_OK)
		return 0;
	git_oid_tostr(out, CL_OID_HEX, &oid);
	return 1;
}

/* The bytes of a blob, up to the limit; NULL when it can't be read or
 * is larger. The caller frees it. */
static char *blob_text(git_repository *git, const char *hex, size_t *len)
{
	git_oid oid;
	git_blob *blob = NULL;
	char *text = NULL;

	if (!*hex || git_oid_fromstr(&oid, hex) < 0 || git_blob_lookup(&blob, git, &oid) < 0) {
		git_error_clear();
		return NULL;
	}
	if ((size_t)git_blob_rawsize(blob) <= TRUST_INPUT_MAX_BYTES) {
		*len = (size_t)git_blob_rawsize(blob);
		text = cl_strndup(git_blob_rawcontent(blob), *len);
	}
	git_blob_free(blob);
	return text;
}

/* The configuration of `blob` ("" for none), or the operator's. One that
 * can't be read judges as the defaults. */
static void load_config(judge_state *s, git_repository *git, const cl_config *fixed, const char *blob)
{
	size_t len = 0;
	char *text = fixed ? NULL : blob_text(git, blob, &len);
	cl_error ignored;

	cl_config_defaults(&s->own_config);
	s->config = fixed ? fixed : &s->own_config;
	if (text && cl_config_parse(&s->own_config, text, len, "configuration", NULL, &ignored) < 0) {
		cl_config_free(&s->own_config);
		cl_config_defaults(&s->own_config);
	}
	free(text);
}

/* The registry and .mailmap of their blobs: one that can't be read grants
 * nothing (nobody is in it, nobody is mapped). */
static void load_identities(judge_state *s, git_repository *git, const char *people, const char *mailmap)
{
	size_t len = 0;
	char *text = blob_text(git, people, &len);
	cl_error ignored;

	if (text && cl_people_parse(&s->people, text, len, "people registry", &ignored) < 0)
		cl_people_free(&s->people);
	free(text);
	text = blob_text(git, mailmap, &len);
	if (text) {
		cl_mailmap_text mm = {text, len};

		s->mailmap = cl_mailmap_load(&mm);
		free(text);
	}
}

/* ---- the walk ---- */

/* The versions a commit has, parsed, and their blob ids: the next
 * commit usually has the same, which aren't parsed again. */
typedef struct {
	judge_state state;
	char config[CL_OID_HEX], people[CL_OID_HEX], mailmap[CL_OID_HEX];
	int loaded;
} own_versions;

typedef struct {
	git_repository *git;
	const cl_trust_options *opts;
	cl_trust *out;
	judge_state in_force; /* the versions in force, parsed (once started) */
	own_versions own;     /* the last commit's own, before the chain starts */
} trust_walk;

/* The trust inputs' paths in a commit: the configuration file it has,
 * and the others where `config` puts them. */
static void trust_paths(const char *paths[CL_TRUST_KINDS], const trust_walk *w, git_tree *tree,
                        const cl_config *config)
{
	char ignored[CL_OID_HEX];
	int yml = blob_at(ignored, tree, ".clauselint.yml"),
	    yaml = blob_at(ignored, tree, ".clauselint.yaml");

	paths[CL_TRUST_CONFIG] = w->opts->fixed_config  ? NULL
	                         : w->opts->config_path ? w->opts->config_path
	                         : yml && yaml          ? NULL /* two: neither is the configuration */
	                         : yaml                 ? ".clauselint.yaml"
	                                                : ".clauselint.yml";
	paths[CL_TRUST_PEOPLE] = config->people_path;
	paths[CL_TRUST_MAILMAP] = ".mailmap";
	paths[CL_TRUST_BASELINE] = w->opts->baseline_path;
}

/* The registry and .mailmap of `tree` where `own`'s configuration puts
 * them, parsed unless they are the ones parsed last. */
static void own_identities(own_versions *own, const trust_walk *w, git_tree *tree)
{
	char people[CL_OID_HEX], mailmap[CL_OID_HEX];

	blob_at(people, tree, own->state.config->people_path);
	blob_at(mailmap, tree, ".mailmap");
	if (own->loaded && strcmp(people, own->people) == 0 && strcmp(mailmap, own->mailmap) == 0)
		return;
	cl_people_free(&own->state.people);
	git_mailmap_free(own->state.mailmap);
	own->state.mailmap = NULL;
	load_identities(&own->state, w->git, people, mailmap);
	memcpy(own->people, people, CL_OID_HEX);
	memcpy(own->mailmap, mailmap, CL_OID_HEX);
}

/* Before the chain has started, a commit is judged by its own versions:
 * its configuration, and the registry and .mailmap where that puts them. */
static const judge_state *load_own(trust_walk *w, git_tree *tree)
{
	own_versions *own = &w->own;
	const char *paths[CL_TRUST_KINDS];
	char config[CL_OID_HEX];
	cl_config defaults;

	cl_config_defaults(&defaults);
	trust_paths(paths, w, tree, &defaults);
	blob_at(config, tree, paths[CL_TRUST_CONFIG]);
	cl_config_free(&defaults);
	if (!own->loaded || strcmp(config, own->config) != 0) {
		judge_state_clear(&own->state);
		load_config(&own->state, w->git, w->opts->fixed_config, config);
		memcpy(own->config, config, CL_OID_HEX);
		own->loaded = 0;
	}
	own_identities(own, w, tree);
	own->loaded = 1;
	return &own->state;
}

/* Once started, by the versions in force. */
static void reload_in_force(trust_walk *w)
{
	const cl_trust_version *v = w->out->in_force;
	const char *config =
	        v[CL_TRUST_CONFIG].in_force && v[CL_TRUST_CONFIG].exists ? v[CL_TRUST_CONFIG].blob : "";
	const char *people =
	        v[CL_TRUST_PEOPLE].in_force && v[CL_TRUST_PEOPLE].exists ? v[CL_TRUST_PEOPLE].blob : "";
	const char *mailmap =
	        v[CL_TRUST_MAILMAP].in_force && v[CL_TRUST_MAILMAP].exists ? v[CL_TRUST_MAILMAP].blob : "";

	judge_state_clear(&w->in_force);
	load_config(&w->in_force, w->git, w->opts->fixed_config, config);
	load_identities(&w->in_force, w->git, people, mailmap);
}

/* Whether `path` differs between the commit and any of its parents. */
static int changed_from_a_parent(git_commit *commit, git_tree *tree, const char *path)
{
	char here[CL_OID_HEX], there[CL_OID_HEX];
	int has = blob_at(here, tree, path);
	unsigned parents = git_commit_parentcount(commit);

	if (!parents)
		return has;
	for (unsigned p = 0; p < parents; p++) {
		git_commit *parent = NULL;
		git_tree *ptree = NULL;
		int differs = 1;

		if (git_commit_parent(&parent, commit, p) == 0 && git_commit_tree(&ptree, parent) == 0) {
			int had = blob_at(there, ptree, path);

			differs = had != has || (has && strcmp(here, there) != 0);
		}
		git_tree_free(ptree);
		git_commit_free(parent);
		if (differs)
			return 1;
	}
	return 0;
}

static int names_path(const cl_strvec *approves, const char *path)
{
	for (size_t i = 0; path && i < approves->count; i++)
		if (strcmp(approves->items[i], path) == 0)
			return 1;
	return 0;
}

/* A commit's trailers: every key and value, in order. */
typedef struct {
	cl_strvec keys, values;
} trailer_list;

static void trailer_list_free(trailer_list *t)
{
	cl_strvec_free(&t->keys);
	cl_strvec_free(&t->values);
}

/* The trailers of the commit; 0 when it has none, or more than an
 * approval is read with (history.h). */
static int read_trailers(trailer_list *out, git_commit *commit)
{
	git_message_trailer_array trailers = {0};

	if (git_message_trailers(&trailers, git_commit_message(commit)) < 0) {
		git_error_clear();
		return 0;
	}
	if (trailers.count <= CL_MAX_APPROVERS + CL_MAX_APPROVES)
		for (size_t i = 0; i < trailers.count; i++) {
			cl_strvec_push(&out->keys, trailers.trailers[i].key);
			cl_strvec_push(&out->values, trailers.trailers[i].value);
		}
	git_message_trailer_array_free(&trailers);
	return out->keys.count > 0;
}

/* The values of the trailers named `key`. */
static void values_of(cl_strvec *out, const trailer_list *t, const char *key)
{
	for (size_t i = 0; i < t->keys.count; i++)
		if (cl_strcaseeq(t->keys.items[i], key))
			cl_strvec_push(out, t->values.items[i]);
}

/* The top-management approvers the trailers name, as `s` says who is
 * who: their names and e-mails. */
static void top_approvers(cl_strvec *names, cl_strvec *emails, const judge_state *s, const cl_strvec *values,
                          cl_date day)
{
	cl_identities ids = {s->mailmap, &s->people};

	for (size_t i = 0; i < values->count; i++) {
		cl_identity id;
		const cl_person *p;
		int top = 0;

		cl_identity_parse(&id, &ids, values->items[i]);
		p = id.person;
		for (size_t r = 0; p && r < s->config->top_management_roles.count; r++)
			for (size_t k = 0; k < p->roles.count; k++)
				top |= cl_strcaseeq(p->roles.items[k],
				                    s->config->top_management_roles.items[r]);
		if (top && cl_person_present_on(p, day)) {
			cl_strvec_push(names, p->name);
			cl_strvec_push(emails, id.email);
		}
		cl_identity_clear(&id);
	}
}

/* Why the commit's signature doesn't make it the approval of a top
 * approver, as `s` (or, for the first approval, the anchor) lists their
 * keys; NULL when it does. */
static const char *signature_problem(const trust_walk *w, const judge_state *s, git_commit *commit,
                                     const cl_strvec *emails)
{
	cl_signature sig;
	const cl_person *signer;

	cl_commit_signature(&sig, w->git, git_commit_id(commit));
	if (sig.state != CL_SIG_VALID)
		return "it is not signed with a key clauselint verifies";
	if (!w->out->started && w->opts->anchor)
		return anchor_trusts(w->opts->anchor, &sig, emails)
		               ? NULL
		               : "it is not signed by a key of the trust anchor";
	signer = cl_people_find_key(&s->people, sig.key, sig.key_len);
	for (size_t e = 0; signer && e < emails->count; e++)
		for (size_t k = 0; k < signer->emails.count; k++)
			if (strcmp(signer->emails.items[k], emails->items[e]) == 0)
				return NULL;
	return "it is not signed with the key of a top-management approver";
}

/* Puts the versions `blobs` ("" absent) of the kinds in `which` in force. */
static void put_in_force(trust_walk *w, git_commit *commit, const char *paths[CL_TRUST_KINDS],
                         char blobs[CL_TRUST_KINDS][CL_OID_HEX], const int which[CL_TRUST_KINDS],
                         const cl_strvec *names)
{
	cl_buf who = CL_BUF_INIT;

	for (size_t i = 0; i < names->count; i++)
		cl_buf_printf(&who, "%s%s", i ? ", " : "", names->items[i]);
	for (int k = 0; k < CL_TRUST_KINDS; k++) {
		cl_trust_version *v = &w->out->in_force[k];

		if (!which[k])
			continue;
		cl_strvec_free(&w->out->refused[k]);
		free(v->path);
		free(v->approved_by);
		v->in_force = 1;
		v->exists = *blobs[k] != '\0';
		memcpy(v->blob, blobs[k], CL_OID_HEX);
		v->path = cl_strdup(paths[k]);
		git_oid_tostr(v->commit, CL_OID_HEX, git_commit_id(commit));
		v->date = cl_commit_date(commit);
		v->approved_by = cl_strdup(who.ptr ? who.ptr : "");
	}
	cl_buf_free(&who);
}

static void refuse(trust_walk *w, git_commit *commit, const int which[CL_TRUST_KINDS], const char *why)
{
	char id[CL_OID_HEX];

	git_oid_tostr(id, sizeof(id), git_commit_id(commit));
	for (int k = 0; k < CL_TRUST_KINDS; k++)
		if (which[k])
			cl_strvec_push_owned(&w->out->refused[k], cl_printf("%.7s: %s", id, why));
}

/*
 * A commit whose trailers may approve a trust input: judged by the
 * versions in force before it, or, before the chain has started, by its
 * own (what the first approval is trusted for).
 */
static void judge_commit(trust_walk *w, git_commit *commit, git_tree *tree, const trailer_list *trailers)
{
	const char *paths[CL_TRUST_KINDS];
	char blobs[CL_TRUST_KINDS][CL_OID_HEX];
	int approved[CL_TRUST_KINDS], any = 0;
	const judge_state *judge = w->out->started ? &w->in_force : load_own(w, tree);
	cl_strvec values = CL_STRVEC_INIT, approves = CL_STRVEC_INIT, names = CL_STRVEC_INIT,
	          emails = CL_STRVEC_INIT;
	const char *problem = NULL;

	values_of(&values, trailers, judge->config->approval_trailer);
	values_of(&approves, trailers, "Approves");
	if (!values.count || values.count > CL_MAX_APPROVERS || approves.count > CL_MAX_APPROVES)
		goto done;
	trust_paths(paths, w, tree, judge->config);
	for (int k = 0; k < CL_TRUST_KINDS; k++) {
		approved[k] = paths[k] && (names_path(&approves, paths[k]) ||
		                           changed_from_a_parent(commit, tree, paths[k]));
		blob_at(blobs[k], tree, paths[k]);
		any |= approved[k];
	}
	if (!any)
		goto done;
	top_approvers(&names, &emails, judge, &values, cl_commit_date(commit));
	if (!names.count)
		problem =
		        "nobody it names is in top management, as the people registry and configuration in force say";
	else if (judge->config->require_signature || (!w->out->started && w->opts->anchor))
		problem = signature_problem(w, judge, commit, &emails);
	if (problem) {
		refuse(w, commit, approved, problem);
		goto done;
	}
	if (!w->out->started) {
		/* The first approval puts every trust input in force as this
		 * commit has it, the versions it was judged by; one it doesn't
		 * have is in force as absent, so one added later is not used
		 * until the chain approves it. */
		for (int k = 0; k < CL_TRUST_KINDS; k++)
			approved[k] |= paths[k] != NULL;
		w->out->started = 1;
		git_oid_tostr(w->out->first_commit, CL_OID_HEX, git_commit_id(commit));
	}
	put_in_force(w, commit, paths, blobs, approved, &names);
	reload_in_force(w);
done:
	cl_strvec_free(&values);
	cl_strvec_free(&approves);
	cl_strvec_free(&names);
	cl_strvec_free(&emails);
}

/* Before the chain has started, reading a commit's own versions costs a
 * parse of each: only a commit with the default trailer or an Approves:
 * one, or one that changes the configuration (which may name another
 * trailer), can start it. */
static int may_start(const trust_walk *w, git_commit *commit, git_tree *tree, const trailer_list *trailers)
{
	for (size_t i = 0; i < trailers->keys.count; i++)
		if (cl_strcaseeq(trailers->keys.items[i], "Approved-by") ||
		    cl_strcaseeq(trailers->keys.items[i], "Approves"))
			return 1;
	return !w->opts->fixed_config &&
	       (changed_from_a_parent(commit, tree, ".clauselint.yml") ||
	        changed_from_a_parent(commit, tree, ".clauselint.yaml") ||
	        (w->opts->config_path && changed_from_a_parent(commit, tree, w->opts->config_path)));
}

/* Once the chain has started, only a commit with the approval trailer
 * in force can be judged (judge_commit): the others' trees aren't read,
 * four in five commits on bench/generate.sh's repository. */
static int may_approve(const trust_walk *w, const trailer_list *trailers)
{
	if (!w->out->started)
		return 1;
	for (size_t i = 0; i < trailers->keys.count; i++)
		if (cl_strcaseeq(trailers->keys.items[i], w->in_force.config->approval_trailer))
			return 1;
	return 0;
}

static int visit(trust_walk *w, const git_oid *oid)
{
	git_commit *commit = NULL;
	git_tree *tree = NULL;
	trailer_list trailers;

	memset(&trailers, 0, sizeof(trailers));
	if (git_commit_lookup(&commit, w->git, oid) < 0)
		return -1;
	if (read_trailers(&trailers, commit) && may_approve(w, &trailers) &&
	    git_commit_tree(&tree, commit) == 0 && (w->out->started || may_start(w, commit, tree, &trailers)))
		judge_commit(w, commit, tree, &trailers);
	git_tree_free(tree);
	git_commit_free(commit);
	trailer_list_free(&trailers);
	return 0;
}

int cl_trust_read(cl_trust *out, cl_repo *repo, const cl_trust_options *opts, cl_error *err)
{
	trust_walk w;
	git_revwalk *rw = NULL;
	git_oid oid;
	int rc;

	memset(out, 0, sizeof(*out));
	memset(&w, 0, sizeof(w));
	w.git = repo->git;
	w.opts = opts;
	w.out = out;
	if (cl_history_revwalk(&rw, repo, GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE, err) < 0)
		return -1;
	if (!rw)
		return 0;
	while ((rc = git_revwalk_next(&oid, rw)) == 0)
		if (visit(&w, &oid) < 0)
			break;
	git_revwalk_free(rw);
	judge_state_clear(&w.in_force);
	judge_state_clear(&w.own.state);
	if (rc != GIT_ITEROVER) {
		cl_git_error(err, "cannot read the history");
		return -1;
	}
	return 0;
}

void cl_trust_clear(cl_trust *trust)
{
	if (!trust)
		return;
	for (int k = 0; k < CL_TRUST_KINDS; k++) {
		free(trust->in_force[k].path);
		free(trust->in_force[k].approved_by);
		cl_strvec_free(&trust->refused[k]);
	}
	memset(trust, 0, sizeof(*trust));
}
