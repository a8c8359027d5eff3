/*
 * lost.h: the approved paths the walk meets that are no document of the
 * linted content (history.c records them; engine/lifecycle.c decides
 * whether a document left without an approval).
 */
#ifndef CL_LOST_H
#define CL_LOST_H

#include "history/history.h"
#include "util/util.h"

typedef struct {
	cl_map by_path; /* path -> index + 1 */
	cl_lost_path *items;
	size_t count, cap;
} cl_lost_paths;

/* Records that `a` approved `blob` at `path`, or its withdrawal (blob
 * ""). The walk is newest first, and so are the events. */
void cl_lost_note(cl_lost_paths *lost, const char *path, const cl_approval *a, const char *blob);
void cl_lost_free(cl_lost_paths *lost);

#endif
