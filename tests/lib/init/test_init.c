/*
 * test_init.c: what `clauselint init` renders: "Name <email>" parsing,
 * placeholders written for where they stand (YAML or Markdown), and
 * every template read back by the parsers clauselint lints with, also
 * for names full of characters YAML and Markdown treat specially. Writing
 * into a repository is tested end to end (tests/e2e/init.sh).
 */
#include <criterion/criterion.h>

#include <stdlib.h>
#include <string.h>

#include "rules/registry.h"
#include "config/config.h"
#include "config/people.h"
#include "init/init.h"
#include "parse/document.h"

static const char *const template_names[] = {
        "clauselint.yml",
        "people-one.yml",
        "people-two.yml",
        "information-security-policy.md",
        "roles-and-responsibilities.md",
        "management-statement.md",
        "management-review.md",
        "resource-approval.md",
        "security-training.md",
        "acknowledgement-POL-001-1.0.md",
};

#define TEMPLATE_COUNT (sizeof(template_names) / sizeof(template_names[0]))

static cl_init_people people_of(const char *ceo_name, const char *ceo_email, const char *lead_name,
                                const char *lead_email)
{
	cl_init_people p;

	p.ceo_name = cl_strdup(ceo_name);
	p.ceo_email = cl_strdup(ceo_email);
	p.one_person = lead_name == NULL;
	p.lead_name = cl_strdup(lead_name ? lead_name : ceo_name);
	p.lead_email = cl_strdup(lead_email ? lead_email : ceo_email);
	return p;
}

static cl_date day(void)
{
	cl_date d = {2026, 11, 22};

	return d;
}

/* Renders `text` as the file `name`; the caller frees the result. */
static char *render(const char *name, const char *text, const cl_init_people *p)
{
	cl_buf out = CL_BUF_INIT;
	cl_error err = {{0}};

	cr_assert_eq(cl_init_render(&out, name, text, p, day(), &err), 0, "%s: %s", name, err.message);
	return cl_buf_detach(&out);
}

/* ---- "Name <email>" ---- */

Test(init_person, parses_and_trims)
{
	char *name, *email;
	cl_error err = {{0}};

	cr_assert_eq(cl_init_parse_person(&name, &email, "  Dana Whitfield   <dana@example.com>  ", &err), 0);
	cr_expect_str_eq(name, "Dana Whitfield");
	cr_expect_str_eq(email, "dana@example.com");
	free(name);
	free(email);
	cr_assert_eq(cl_init_parse_person(&name, &email, "Zoë O'Brien-Ñúñez <zoe@exämple.com>", &err), 0);
	cr_expect_str_eq(name, "Zoë O'Brien-Ñúñez");
	free(name);
	free(email);
}

Test(init_person, refuses_what_is_no_person)
{
	static const char *const bad[] = {
	        "no email",
	        "Dana",
	        "<dana@example.com>",
	        "Dana <>",
	        "Dana <dana>",
	        "Dana <dana@example.com> x",
	        "Dana <da na@example.com>",
	        "Dana <a<b@example.com>",
	        "Da>na <dana@example.com>",
	        "Dana\n <dana@example.com>",
	        "Dana <dana@example.com",
	        "\xff <dana@example.com>",
	        "",
	};

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char *name = (char *)"x", *email = (char *)"x";
		cl_error err = {{0}};

		cr_expect_eq(cl_init_parse_person(&name, &email, bad[i], &err), -1, "accepted '%s'", bad[i]);
		cr_expect_null(name);
		cr_expect_null(email);
		cr_expect(err.message[0] != '\0');
		cr_expect_null(strchr(err.message, '\n'), "the reason is not one line: %s", err.message);
	}
}

/* ---- placeholders ---- */

Test(init_render, values_fit_where_they_stand)
{
	cl_init_people p = people_of("O'Brien | \"Q\" *Star*", "q@example.com", "Yes", "y@example.com");
	char *yml = render("x.yml", "a: {{ceo_name}}\nb: {{lead_name}}\nc: {{lead_email}}\n", &p);
	char *md = render("x.md", "---\nt: {{ceo_name}}\n---\n\n{{ceo_name}} on {{date}}\n", &p);
	char *plain = render("path", "r-{{date}}.md", &p);

	cr_expect_str_eq(yml, "a: \"O'Brien | \\\"Q\\\" *Star*\"\nb: \"Yes\"\nc: y@example.com\n");
	cr_expect_str_eq(md, "---\nt: \"O'Brien | \\\"Q\\\" *Star*\"\n---\n\nO'Brien \\| \"Q\" \\*Star\\* on "
	                     "2026-11-22\n");
	cr_expect_str_eq(plain, "r-2026-11-22.md");
	free(yml);
	free(md);
	free(plain);
	cl_init_people_free(&p);
}

Test(init_render, people_placeholders_count_one_or_two)
{
	cl_init_people two = people_of("Dana Whitfield", "dana@example.com", "Sam Ortiz", "sam@example.com");
	cl_init_people one = people_of("Dana Whitfield", "dana@example.com", NULL, NULL);
	const char *text = "---\na: [{{attendees}}]\n---\n{{people_roles}}\n{{people_rows}}\n";
	char *r2 = render("x.md", text, &two);
	char *r1 = render("x.md", text, &one);

	cr_expect_str_eq(r2,
	                 "---\na: [Dana Whitfield, Sam Ortiz]\n---\nDana Whitfield (CEO) and Sam Ortiz (ISMS "
	                 "Lead)\n| Dana Whitfield | 2026-11-22 |\n| Sam Ortiz | 2026-11-22 |\n");
	cr_expect_str_eq(
	        r1, "---\na: [Dana Whitfield]\n---\nDana Whitfield (CEO and ISMS Lead)\n| Dana Whitfield | "
	            "2026-11-22 |\n");
	free(r1);
	free(r2);
	cl_init_people_free(&one);
	cl_init_people_free(&two);
}

Test(init_render, unknown_placeholder_fails_naming_it)
{
	cl_init_people p = people_of("Dana", "dana@example.com", NULL, NULL);
	cl_buf out = CL_BUF_INIT;
	cl_error err = {{0}};

	cr_expect_eq(cl_init_render(&out, "t.md", "ok\n{{cfo_name}}\n", &p, day(), &err), -1);
	cr_expect_str_eq(err.message, "template t.md:2: unknown placeholder '{{cfo_name}}'");
	cl_buf_free(&out);
	cr_expect_eq(cl_init_render(&out, "t.md", "{{date\n}}\n", &p, day(), &err), -1);
	cl_buf_free(&out);
	cl_init_people_free(&p);
}

/* ---- the templates, read back ---- */

Test(init_templates, every_one_is_compiled_in)
{
	for (size_t i = 0; i < TEMPLATE_COUNT; i++) {
		const cl_template *t = cl_template_find(template_names[i]);

		cr_assert_not_null(t, "no template %s", template_names[i]);
		cr_expect(strlen(t->text) > 100);
		cr_expect_eq(t->text[strlen(t->text) - 1], '\n');
	}
	cr_expect_null(cl_template_find("nothing.md"));
}

/* Renders every template for `p` and reads each back as clauselint
 * would: the configuration, the registry, the documents. */
static void read_back(const cl_init_people *p)
{
	for (size_t i = 0; i < TEMPLATE_COUNT; i++) {
		const char *name = template_names[i];
		char *text = render(name, cl_template_find(name)->text, p);
		size_t len = strlen(text);
		cl_error err = {{0}};

		cr_expect_null(strstr(text, "{{"), "%s keeps a placeholder", name);
		if (strcmp(name, "clauselint.yml") == 0) {
			cl_config config;

			cl_config_defaults(&config);
			cr_expect_eq(cl_config_parse(&config, text, len, ".clauselint.yml", &cl_builtin_rules,
			                             &err),
			             0, "%s", err.message);
			cl_config_free(&config);
		} else if (strncmp(name, "people-", 7) == 0) {
			cl_people people;
			int one = strcmp(name, "people-one.yml") == 0;

			cr_assert_eq(cl_people_parse(&people, text, len, "people.yml", &err), 0, "%s",
			             err.message);
			cr_assert_eq(people.count, one ? 1u : 2u);
			cr_expect_str_eq(people.items[0].name, p->ceo_name);
			cr_expect_str_eq(people.items[0].emails.items[0], p->ceo_email);
			cr_expect(cl_people_role_held(&people, "CEO"));
			cr_expect(cl_people_role_held(&people, "ISMS Lead"));
			if (!one)
				cr_expect_str_eq(people.items[1].name, p->lead_name);
			cl_people_free(&people);
		} else {
			cl_document *doc = cl_document_parse(name, text, len);

			cr_expect_null(doc->front_matter_error, "%s: %s", name, doc->front_matter_error);
			cr_expect(doc->governed, "%s is not governed", name);
			/* Names in Person | Date tables read back as written. */
			for (size_t t = 0; t < doc->table_count; t++)
				if (strcmp(doc->tables[t].header[0], "Person") == 0)
					cr_expect_str_eq(doc->tables[t].cells[0][0], p->ceo_name, "%s", name);
			if (strcmp(name, "management-review.md") == 0) {
				const cl_yaml_node *a = cl_document_field(doc, "attendees");

				cr_assert(a && a->kind == CL_YAML_SEQUENCE);
				cr_expect_str_eq(cl_yaml_text(a->items[0]), p->ceo_name);
			}
			cl_document_free(doc);
		}
		free(text);
	}
}

Test(init_templates, read_back_for_two_people)
{
	cl_init_people p = people_of("Dana Whitfield", "dana@example.com", "Sam Ortiz", "sam@example.com");

	read_back(&p);
	cl_init_people_free(&p);
}

Test(init_templates, read_back_for_one_person)
{
	cl_init_people p = people_of("Dana Whitfield", "dana@example.com", NULL, NULL);

	read_back(&p);
	cl_init_people_free(&p);
}

Test(init_templates, read_back_for_names_yaml_and_markdown_treat_specially)
{
	cl_init_people p = people_of("Null", "a#b@example.com", "O'Brien, Jr. | *R&D* [x] \"q\" \\ #1 `c`",
	                             "sam+isms@example.com");

	read_back(&p);
	cl_init_people_free(&p);
	p = people_of("- [Board]: {x} & y", "dash@example.com", NULL, NULL);
	read_back(&p);
	cl_init_people_free(&p);
}
