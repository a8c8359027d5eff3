/*
 * versions.c: the version of each document in force before its current
 * content, by the chain of its approvals: an approval brings a version
 * into force only when it meets what that version and the one in force
 * before it require (docs/approvals.md), so no version lowers its own
 * bar, and one that tried isn't the bar the next is judged by.
 */
#include "engine/run.h"
#include "model/approval.h"

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
static cl_document *read_version(cl_run_state *st, const cl_document *doc, const char *blob)
{
	char *data = NULL;
	size_t len = 0;
	cl_document *version;

	if (cl_repo_read_blob(&data, &len, st->repo, blob, CL_MAX_FILE_BYTES) != CL_READ_OK)
		return NULL;
	version = cl_document_parse_front_matter(doc->path, data, len);
	free(data);
	return version;
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

static void read_prior(cl_run_state *st, cl_document *doc)
{
	approval_event *events;
	size_t n = chain_events(&events, doc);
	/* The version in force: a version read, or NULL for none or for
	 * the current content (the same requirements as the document's). */
	cl_document *in_force = NULL;
	int any_in_force = 0;

	for (size_t i = 0; i < n; i++) {
		cl_document *version = events[i].blob ? read_version(st, doc, events[i].blob) : NULL;
		const cl_document *judged = events[i].blob ? version : doc;
		const cl_document *before = !any_in_force ? NULL : in_force ? in_force : doc;

		if (judged &&
		    cl_approval_brings_into_force(&st->config, judged, before, events[i].approval)) {
			cl_document_free(in_force);
			in_force = version;
			any_in_force = 1;
			memcpy(doc->prior_commit, events[i].approval->commit, CL_OID_HEX);
			continue;
		}
		cl_document_free(version);
	}
	free(events);
	doc->prior = in_force;
}

void cl_run_read_versions(cl_run_state *st)
{
	for (size_t i = 0; i < st->document_count; i++) {
		cl_document *doc = st->documents[i];

		if (doc->history && doc->history->other_count)
			read_prior(st, doc);
	}
}
