/*
 * approve_command.c: the command that approves a document as it stands,
 * which every approval finding ends with, so that the fix can be pasted.
 */
#include "rules.h"

#include <stdlib.h>

/* The registry's holder of `role`, when there is exactly one to name. */
static const cl_person *holder_of(const cl_people *people, const char *role)
{
	for (size_t i = 0; role && people && i < people->count; i++)
		if (cl_person_has_role(&people->items[i], role) && !people->items[i].has_until)
			return &people->items[i];
	return NULL;
}

void cl_approve_path_command(cl_buf *out, const cl_lint *lint, const char *what, const char *path,
                             const cl_person *who, const char *whose)
{
	cl_buf_printf(out, "git commit %s--allow-empty -m \"Approve %s\" --trailer \"%s: ",
	              lint->config->require_signature ? "-S " : "", what, lint->config->approval_trailer);
	if (who && who->emails.count)
		cl_buf_printf(out, "%s <%s>", who->name, who->emails.items[0]);
	else
		cl_buf_printf(out, "NAME <EMAIL> of %s", whose);
	cl_buf_printf(out, "\" --trailer \"Approves: %s\"", path);
}

void cl_approve_command_as(cl_buf *out, const cl_lint *lint, const cl_document *doc, const cl_person *who,
                           const char *whose)
{
	const char *version = cl_yaml_text(cl_document_field(doc, "version"));
	char *what = cl_printf("%s%s%s", doc->id ? doc->id : doc->path, version ? " " : "",
	                       version ? version : "");

	cl_approve_path_command(out, lint, what, doc->path, who, whose);
	free(what);
}

void cl_approve_command(cl_buf *out, const cl_lint *lint, const cl_document *doc)
{
	const char *role = cl_yaml_text(cl_document_field(doc, "approver"));
	char *whose = cl_printf("the %s", role ? role : "approver");

	cl_approve_command_as(out, lint, doc, holder_of(lint->people, role), whose);
	free(whose);
}
