/*
 * catalogue.h: the framework catalogue, every clause 4.1 to 10.2 and
 * every Annex A control A.5.1 to A.8.34 of ISO/IEC 27001:2022 with its
 * official title. The data is rules/iso27001-2022.tsv, compiled in by
 * scripts/catalogue-to-c.awk.
 */
#ifndef CL_CATALOGUE_H
#define CL_CATALOGUE_H

#include "util/util.h"

typedef struct {
	const char *code;  /* "5.2", "A.5.4" */
	const char *title; /* official title */
} cl_control;

/* The catalogue entry of `code` in `framework`, or NULL. */
const cl_control *cl_catalogue_find(const char *framework, const char *code);
/* Whether clauselint knows the framework (compared after dropping
 * spaces, "/IEC" and case: "ISO/IEC 27001:2022" is ISO27001:2022). */
int cl_framework_known(const char *framework);
/* Catalogue size, for tests and `rules`. */
size_t cl_catalogue_count(void);
const cl_control *cl_catalogue_at(size_t index);

#endif
