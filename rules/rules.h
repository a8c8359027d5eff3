/*
 * rules.h: what the rule files share: the seam they plug into
 * (engine/check.h), the model they judge with, and the approval command
 * every approval finding ends with.
 */
#ifndef CL_RULES_H
#define CL_RULES_H

#include "config/catalogue.h"
#include "engine/check.h"
#include "model/approval.h"
#include "model/evidence.h"
#include "model/records.h"

/* "git commit ..." that approves the document as it is, by someone who
 * meets all it requires (model/approval.h): the holder of the one role
 * required when the registry knows one, else top management. */
void cl_approve_command(cl_buf *out, const cl_lint *lint, const cl_document *doc);
/* Who that is, as messages name them: "the CEO", "top management", or
 * "the approver" when nothing names one. Owned by the caller. */
char *cl_required_approver(const cl_lint *lint, const cl_document *doc);
/* "git commit ..." that approves the file at `path` as it is ("Approve
 * WHAT"), in the name of `who`, or of a placeholder for `whose` ("the
 * CEO", "top management") when `who` is NULL. */
void cl_approve_path_command(cl_buf *out, const cl_lint *lint, const char *what, const char *path,
                             const cl_person *who, const char *whose);
/* The same command in the name of `who`, or of a placeholder for
 * `whose` ("the CEO", "top management") when `who` is NULL. */
void cl_approve_command_as(cl_buf *out, const cl_lint *lint, const cl_document *doc, const cl_person *who,
                           const char *whose);
/* "git commit ..." that approves the withdrawal of `version`, the version
 * in force at `path` (a Withdraws: trailer), by whoever it requires. */
void cl_withdraw_command(cl_buf *out, const cl_lint *lint, const cl_document *version, const char *path);
/* Someone in top management today, from the registry in use, with an
 * e-mail to name in an approval command; NULL when there is none. */
const cl_person *cl_top_manager(const cl_lint *lint);
/* The same, but never the author of the change that brought doc's
 * current content (their approval would be a self-approval). */
const cl_person *cl_top_manager_for(const cl_lint *lint, const cl_document *doc);
/* "it is no evidence until it is approved: WHY; have WHO approve it:
 * COMMAND", for a record that doesn't count (model/evidence.h). */
void cl_evidence_fix(cl_buf *out, const cl_lint *lint, const cl_document *record, cl_evidence_state state);

/* The Framework a requirement note names when clauselint has no catalogue
 * of it ("SOC2"): such a note is recognised and left unchecked. NULL
 * for ours, or no Framework. */
static inline const char *cl_note_other_framework(const cl_document *doc)
{
	const char *fw = cl_yaml_text(cl_document_field(doc, "Framework"));

	return fw && *fw && !cl_framework_known(fw) ? fw : NULL;
}

/* Whether a front matter value is a template's blank: a text holding a
 * placeholder (cl_find_placeholder) or wholly in brackets ("[Information
 * Security Manager]", as a document-control table leaves it), or YAML's
 * reading of `owner: [TBD]`, a list of one placeholder word.
 * placeholder-unfilled reports it; no other rule judges its form. */
static inline int cl_value_is_placeholder(const cl_yaml_node *v)
{
	if (v && v->kind == CL_YAML_SEQUENCE && v->count == 1 && v->items[0]->kind == CL_YAML_SCALAR)
		return cl_is_placeholder_word(v->items[0]->scalar, v->items[0]->scalar_len);
	return v && v->kind == CL_YAML_SCALAR && cl_is_placeholder_value(v->scalar);
}

#endif
