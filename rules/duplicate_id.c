/*
 * duplicate_id.c: duplicate-id.
 *
 * Clause 7.5.2 asks that documented information be identified. Two
 * documents with one id make every reference to it ambiguous: an
 * acknowledgement of POL-001 could be of either, and an auditor can't
 * tell which policy was approved.
 */
#include "rules.h"

#include <stdlib.h>
#include <string.h>

static const cl_rule duplicate_id = {
        "duplicate-id",
        CL_SEV_ERROR,
        NULL,
        "two governed documents share an `id`",
        "What it checks: no two governed documents that are not retired share an `id`.\n\n"
        "Why: documents refer to each other by id (an acknowledgement names the policy it\n"
        "acknowledges), and an auditor samples by id. With two documents behind one id,\n"
        "neither reference nor approval can be trusted. Clause 7.5.2 asks that documented\n"
        "information be properly identified.\n\n"
        "Passing example: two documents in force, each with an id of its own:\n\n"
        "    # policies/information-security-policy.md\n"
        "    id: POL-001\n"
        "    # policies/access-control-policy.md\n"
        "    id: POL-002\n\n"
        "How to fix: give one of the documents a new id; if one replaces the other, mark\n"
        "the old one `status: retired`.\n",
        0,
};

static int compare_by_id(const void *a, const void *b)
{
	const cl_document *da = *(const cl_document *const *)a;
	const cl_document *db = *(const cl_document *const *)b;
	int cmp = strcmp(da->id, db->id);

	return cmp ? cmp : strcmp(da->path, db->path);
}

static void check_duplicate_id(cl_lint *lint)
{
	const cl_document **with_id = cl_calloc(lint->document_count, sizeof(*with_id));
	size_t n = 0;

	for (size_t i = 0; i < lint->document_count; i++) {
		const cl_document *doc = lint->documents[i];

		if (cl_document_in_scope(doc) && doc->id && *doc->id)
			with_id[n++] = doc;
	}
	/* Sorted by id then path. Every holder of a shared id is reported,
	 * naming another: the new document a commit adds may sort first, and
	 * it is the one whose author must hear of it. */
	qsort(with_id, n, sizeof(*with_id), compare_by_id);
	for (size_t start = 0, end; start < n; start = end) {
		for (end = start + 1; end < n && strcmp(with_id[start]->id, with_id[end]->id) == 0; end++)
			;
		for (size_t i = start; end - start > 1 && i < end; i++) {
			const cl_document *other = with_id[i == start ? start + 1 : start];

			cl_fire(lint, &duplicate_id, with_id[i], cl_document_field_line(with_id[i], "id"), 1,
			        "id '%s' is also the id of %s: give each document its own id, or retire the old one",
			        with_id[i]->id, other->path);
		}
	}
	free(with_id);
}

const cl_rule_group cl_group_duplicate_id = CL_RULE_GROUP(check_duplicate_id, &duplicate_id);
