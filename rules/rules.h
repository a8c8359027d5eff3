/*
 * rules.h: what the rule files share: their descriptors, for the registry,
 * and the few helpers more than one rule needs.
 */
#ifndef CL_RULES_H
#define CL_RULES_H

#include "clauselint.h"

extern const cl_rule cl_rule_file_unreadable;
extern const cl_rule cl_rule_front_matter_invalid;
extern const cl_rule cl_rule_front_matter_field_missing;
extern const cl_rule cl_rule_front_matter_field_invalid;
extern const cl_rule cl_rule_duplicate_id;
extern const cl_rule cl_rule_unknown_clause;
extern const cl_rule cl_rule_broken_link;
extern const cl_rule cl_rule_front_matter_body_mismatch;
extern const cl_rule cl_rule_requirement_title_mismatch;
extern const cl_rule cl_rule_requirement_uncovered;

/*
 * The catalogue code a requirement note stands for: its `Code`, with the
 * `A.` prefix when its Section is `Annex A` ("5.1" in Annex A is A.5.1).
 * NULL when the note has no usable Code or Section. The caller frees it.
 */
char *cl_requirement_code(const cl_document *doc);

/* Whether rules about content apply: governed, readable, not retired. */
int cl_rule_applies(const cl_document *doc);

#endif
