/*
 * identity.c: who a commit names, when it was made, and what its
 * signature says (identity.h).
 */
#include "history/identity.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cl_identity_set(cl_identity *id, const cl_identities *ids, const char *name, const char *email)
{
	char *lower = cl_strdup(email);
	const char *real_name = name, *real_email = email;

	cl_lowercase(lower);
	/* git matches .mailmap e-mails without regard to case; libgit2
	 * 1.5 doesn't. The loaded .mailmap has its e-mails in lower case
	 * (cl_mailmap_load), so looking the lower-cased e-mail up matches as
	 * git does, whichever libgit2 runs. */
	if (ids->mailmap)
		git_mailmap_resolve(&real_name, &real_email, ids->mailmap, name, lower);
	id->name = cl_strdup(real_name ? real_name : "");
	id->email = cl_strdup(real_email ? real_email : "");
	free(lower);
	cl_lowercase(id->email);
	id->person = *id->email ? cl_people_find_email(ids->people, id->email) : NULL;
}

void cl_identity_clear(cl_identity *id)
{
	free(id->name);
	free(id->email);
}

void cl_identity_parse(cl_identity *id, const cl_identities *ids, const char *value)
{
	const char *lt = strchr(value, '<');
	const char *gt = lt ? strchr(lt, '>') : NULL;
	char *name, *email;
	size_t n;

	if (!lt || !gt) {
		cl_identity_set(id, ids, value, "");
		return;
	}
	n = (size_t)(lt - value);
	while (n && isspace((unsigned char)value[n - 1]))
		n--;
	name = cl_strndup(value, n);
	email = cl_strndup(lt + 1, (size_t)(gt - lt - 1));
	cl_identity_set(id, ids, name, email);
	free(name);
	free(email);
}

void cl_commit_author(cl_identity *id, const cl_identities *ids, git_commit *commit)
{
	const git_signature *sig = git_commit_author(commit);

	cl_identity_set(id, ids, sig->name, sig->email);
}

cl_date cl_commit_date(git_commit *commit)
{
	long long t = (long long)git_commit_time(commit) + 60LL * git_commit_time_offset(commit);

	return cl_date_from_days((long)(t >= 0 ? t / 86400 : (t - 86399) / 86400));
}

/* A line that maps to an empty e-mail (`<>`) names nobody, and libgit2
 * 1.5 leaks it: such lines are left out before the text is handed over. */
static int has_empty_email(const char *p, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++)
		if (p[i] == '<' && p[i + 1] == '>')
			return 1;
	return 0;
}

/* Appends a .mailmap line with the e-mails between < and > in lower
 * case, the names as written. */
static void put_lowercase_emails(cl_buf *out, const char *p, size_t n)
{
	int in_email = 0;

	for (size_t i = 0; i < n; i++) {
		char c = p[i];

		if (c == '<')
			in_email = 1;
		else if (c == '>')
			in_email = 0;
		else if (in_email && c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		cl_buf_putc(out, c);
	}
}

git_mailmap *cl_mailmap_load(const cl_mailmap_text *text)
{
	git_mailmap *mailmap = NULL;
	cl_buf kept = CL_BUF_INIT;
	const char *p, *end;

	if (!text || !text->text)
		return NULL;
	for (p = text->text, end = p + text->len; p < end;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *eol = nl ? nl + 1 : end;
		size_t n = (size_t)(eol - p);

		if (!has_empty_email(p, n))
			put_lowercase_emails(&kept, p, n);
		p = eol;
	}
	if (git_mailmap_from_buffer(&mailmap, kept.ptr ? kept.ptr : "", kept.len) < 0) {
		git_error_clear();
		mailmap = NULL;
	}
	cl_buf_free(&kept);
	return mailmap;
}

void cl_commit_signature(cl_signature *out, git_repository *git, const git_oid *oid)
{
	git_buf sig = {0}, data = {0};
	git_oid id = *oid; /* libgit2 1.5 takes it as not const */
	int rc = git_commit_extract_signature(&sig, &data, git, &id, NULL);

	if (rc == GIT_ENOTFOUND) {
		cl_signature_verify(out, NULL, 0, NULL, 0);
	} else if (rc < 0) {
		/* The commit itself was read: what can't be read is its
		 * signature header (a NUL in it, say). That is one signature
		 * that can't be verified, not a run that can't go on. */
		const git_error *e = git_error_last();

		memset(out, 0, sizeof(*out));
		out->state = CL_SIG_MALFORMED;
		snprintf(out->detail, sizeof(out->detail), "its signature header can't be read (%s)",
		         e && e->message ? e->message : "libgit2 refuses it");
		git_error_clear();
	} else {
		cl_signature_verify(out, sig.ptr, sig.size, data.ptr, data.size);
	}
	git_buf_dispose(&sig);
	git_buf_dispose(&data);
}

int cl_history_revwalk(git_revwalk **out, cl_repo *repo, unsigned sorting, cl_error *err)
{
	*out = NULL;
	if (!repo->commit)
		return 0;
	if (git_revwalk_new(out, repo->git) < 0 || git_revwalk_push(*out, git_commit_id(repo->commit)) < 0) {
		cl_git_error(err, "cannot walk the history");
		git_revwalk_free(*out);
		*out = NULL;
		return -1;
	}
	git_revwalk_sorting(*out, sorting);
	return 0;
}
