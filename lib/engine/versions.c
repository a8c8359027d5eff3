/*
 * versions.c: the version of each document in force before its current
 * content, by the chain of its approvals: an approval brings a version
 * into force only when it meets what that version and the one in force
 * before it require (docs/approvals.md), so no version lowers its own
 * bar, and one that tried isn't the bar the next is judged by.
 */
#include "engine/run.h"
#include "model/approval.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* One approval of the document's lineage: of its current content
 * (`blob` NULL) or of another. */
typedef struct {
	const cl_approval *approval;
	const char *blob;
} approval_event;

/* Reads, front matter only, the version an approval approved. NULL when
 * the blob can't be read: that approval brings nothing into force. */
/* What a thread reads versions with: the run's configuration, and a
 * repository handle of its own (libgit2 objects must not cross threads). */
typedef struct {
	const cl_config *config;
	cl_repo *repo;
	cl_document **documents;
	size_t from, to;
} reader;

cl_document *cl_run_read_version(const cl_config *config, cl_repo *repo, const char *path, const char *blob)
{
	char *data = NULL;
	size_t len = 0;
	cl_document *version;
	/* Read as the run reads documents: a version in force is judged by
	 * what the mapping makes of it, like the current content. */
	cl_read_as as = {&config->reading, cl_config_path_type(config, path), 0};

	if (cl_repo_read_blob(&data, &len, repo, blob, CL_MAX_FILE_BYTES) != CL_READ_OK)
		return NULL;
	version = cl_document_read_front_matter(path, data, len, &as);
	free(data);
	return version;
}

static cl_document *read_version(const reader *r, const cl_document *doc, const char *blob)
{
	return cl_run_read_version(r->config, r->repo, doc->path, blob);
}

/*
 * The approvals the chain is made of, oldest first: every approval of
 * other content and the older approvals of the current content, up to
 * the newest approval of the current content, which is the one judged
 * against the result. When that one is superseded, all of them: the
 * chain's end is what a new approval must meet.
 */
static size_t chain_events(approval_event **out, const cl_document *doc)
{
	const cl_doc_history *h = doc->history;
	const cl_approval *judged =
	        h->approval_count && !cl_superseding_approval(doc) ? h->approvals[0] : NULL;
	size_t o = h->other_count, c = h->approval_count, n = 0;
	approval_event *events = cl_calloc(o + c + 1, sizeof(*events));

	/* Both lists are newest first: the larger order is the older. */
	while (o || c) {
		int take_other = o && (!c || h->others[o - 1]->order > h->approvals[c - 1]->order);
		const cl_approval *a = take_other ? h->others[o - 1] : h->approvals[c - 1];

		if (a == judged)
			break;
		events[n].approval = a;
		events[n++].blob = take_other ? h->other_blobs[o - 1] : NULL;
		if (take_other)
			o--;
		else
			c--;
	}
	*out = events;
	return n;
}

/* Whether the approval brings any version into force, whatever it
 * requires: top management meets every requirement, so the version
 * needn't be read to know (model/approval.h). */
static int by_top_management(const cl_config *config, const cl_approval *a)
{
	return (!config->require_signature || a->verification == CL_VERIFY_VERIFIED) &&
	       cl_approved_by_top_management(config, a);
}

/* The version in force as the chain goes: none, the current content
 * (blob NULL), or another content, read only when a judgement needs it. */
typedef struct {
	int any;
	const char *blob;
	const cl_approval *approval;
	cl_document *version; /* blob's, once read */
} chain_state;

static const cl_document *in_force_version(chain_state *c, const reader *r, cl_document *doc)
{
	if (!c->any)
		return NULL;
	if (!c->blob)
		return doc;
	if (!c->version)
		c->version = read_version(r, doc, c->blob);
	return c->version;
}

static void step(chain_state *c, const reader *r, cl_document *doc, const approval_event *e)
{
	cl_document *version = NULL;
	const cl_document *judged;

	if (!by_top_management(r->config, e->approval)) {
		version = e->blob ? read_version(r, doc, e->blob) : NULL;
		judged = e->blob ? version : doc;
		if (!judged || !cl_approval_brings_into_force(r->config, judged, in_force_version(c, r, doc),
		                                              e->approval)) {
			cl_document_free(version);
			return;
		}
	}
	cl_document_free(c->version);
	c->any = 1;
	c->blob = e->blob;
	c->approval = e->approval;
	c->version = version;
}

/*
 * Whether the version in force before the current content can make a
 * difference: not when the current content is an approved document's,
 * approved by top management, who meets every requirement. Else it may
 * (who must approve, and whether a document left force: lifecycle.c).
 * Reading it for every approved document would cost a blob each.
 */
static int prior_matters(const reader *r, const cl_document *doc)
{
	const cl_approval *a = cl_current_approval(doc);

	return !a || !cl_version_needs_approval(doc) || !by_top_management(r->config, a);
}

static void read_prior(const reader *r, cl_document *doc)
{
	approval_event *events;
	size_t n = chain_events(&events, doc);
	chain_state c;

	memset(&c, 0, sizeof(c));
	for (size_t i = 0; i < n; i++)
		step(&c, r, doc, &events[i]);
	free(events);
	/* The current content in force needs no other bar than its own. */
	if (c.any && c.blob && prior_matters(r, doc) && in_force_version(&c, r, doc)) {
		doc->prior = c.version;
		memcpy(doc->prior_commit, c.approval->commit, CL_OID_HEX);
		doc->prior_date = c.approval->date;
		return;
	}
	cl_document_free(c.version);
}

static void *read_priors(void *arg)
{
	const reader *r = arg;

	for (size_t i = r->from; i < r->to; i++)
		if (r->documents[i]->history && r->documents[i]->history->other_count)
			read_prior(r, r->documents[i]);
	return NULL;
}

void cl_run_read_versions(cl_run_state *st, cl_repo *second)
{
	size_t half = st->document_count / 2;
	reader mine = {&st->config, st->repo, st->documents, 0, st->document_count};
	reader other = {&st->config, second, st->documents, half, st->document_count};
	pthread_t thread;

	/* Each version is a blob to inflate: with a second handle, half the
	 * documents are read on another core. */
	if (second && half && pthread_create(&thread, NULL, read_priors, &other) == 0) {
		mine.to = half;
		read_priors(&mine);
		pthread_join(thread, NULL);
		return;
	}
	read_priors(&mine);
}
