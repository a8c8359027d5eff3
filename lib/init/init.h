/*
 * init.h: what `clauselint init` renders, for init.c and its tests.
 */
#ifndef CL_INIT_H
#define CL_INIT_H

#include "util/util.h"

/* A file `clauselint init` writes, compiled in from templates/init/ by
 * scripts/templates-to-c.awk. `name` is its path under templates/init/. */
typedef struct {
	const char *name;
	const char *text;
} cl_template;

/* The template named `name`, or NULL. Static data. */
const cl_template *cl_template_find(const char *name);

/*
 * Renders the template `text` for `people` on `date` into `out`.
 * Placeholders: {{date}}; {{ceo_name}}, {{ceo_email}}, {{lead_name}},
 * {{lead_email}}; {{attendees}} (the people, comma-separated);
 * {{people_roles}} (prose: each person with their roles);
 * {{people_rows}} (one `| Name | date |` table row per person). Values
 * are written for where they stand: as YAML scalars (quoted when they
 * need it) in YAML and in Markdown front matter, Markdown-escaped in a
 * Markdown body, as they are in anything else. `name` says which (by its
 * extension) and is used in messages. -1 on an unknown placeholder.
 */
int cl_init_render(cl_buf *out, const char *name, const char *text, const cl_init_people *people,
                   cl_date date, cl_error *err);
void cl_init_people_free(cl_init_people *people);

/* For init --adopt (adopt.c), what init does first and last: the working
 * tree containing `dir` and the people (the CEO of `opts` or the git
 * user; the git user as ISMS Lead); and writing `texts` at `paths` under
 * `root`, all or nothing and never over anything, into `written`. */
struct git_repository;
int cl_init_open(struct git_repository **repo, const char *dir, cl_error *err);
int cl_init_choose_people(cl_init_people *people, struct git_repository *repo, const cl_init_options *opts,
                          cl_error *err);
int cl_init_write_all(const char *root, const cl_strvec *paths, const cl_strvec *texts, cl_strvec *written,
                      cl_error *err);
/* `s` as a YAML scalar, quoted when it needs it. */
void cl_init_put_yaml(cl_buf *out, const char *s);

#endif
