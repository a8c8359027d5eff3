/*
 * test_config.c: .clauselint.yml (defaults, every key, every way to get
 * it wrong, each with file and line) and the people registry.
 */
#include <stdio.h>
#include <criterion/criterion.h>

#include <stdlib.h>
#include <string.h>

#include "rules/registry.h"
#include "config/config.h"
#include "config/people.h"

#define CONFIG_PATH ".clauselint.yml"
#define PEOPLE_PATH "people.yml"

/* Parses `text` over the defaults; the caller frees *cfg. */
static int parse_config(cl_config *cfg, const char *text, cl_error *err)
{
	cl_config_defaults(cfg);
	memset(err, 0, sizeof(*err));
	return cl_config_parse(cfg, text, strlen(text), CONFIG_PATH, &cl_builtin_rules, err);
}

/* Parses `text` expecting failure with a message containing `part`. */
static void expect_config_error(const char *text, const char *part)
{
	cl_config cfg;
	cl_error err;
	int rc = parse_config(&cfg, text, &err);

	cr_expect_eq(rc, -1, "accepted:\n%s", text);
	cr_expect_not_null(strstr(err.message, part), "message '%s' lacks '%s'", err.message, part);
	cl_config_free(&cfg);
}

static int strvec_eq(const cl_strvec *v, const char *const *want, size_t n)
{
	if (v->count != n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (strcmp(v->items[i], want[i]) != 0)
			return 0;
	return 1;
}

static int people_parse(cl_people *out, const char *text, cl_error *err)
{
	memset(err, 0, sizeof(*err));
	return cl_people_parse(out, text, strlen(text), PEOPLE_PATH, err);
}

static void expect_people_error(const char *text, const char *part)
{
	cl_people people;
	cl_error err;
	int rc = people_parse(&people, text, &err);

	cr_expect_eq(rc, -1, "accepted:\n%s", text);
	cr_expect_not_null(strstr(err.message, part), "message '%s' lacks '%s'", err.message, part);
	cl_people_free(&people);
}

/* ---- defaults ---- */

Test(config, defaults)
{
	static const char *const top[] = {"CEO", "Managing Director", "Board"};
	static const char *const include[] = {"**/*.md"};
	cl_config cfg;

	cl_config_defaults(&cfg);
	cr_expect_str_eq(cfg.framework, "ISO27001:2022");
	cr_expect(strvec_eq(&cfg.include, include, 1), "include defaults to **/*.md");
	cr_expect_eq(cfg.exclude.count, 0);
	cr_expect_eq(cfg.governed.count, 0);
	cr_expect_eq(cfg.review_interval.count, 12);
	cr_expect_eq(cfg.review_interval.unit, CL_UNIT_MONTHS);
	cr_expect_eq(cfg.due_soon.count, 30);
	cr_expect_eq(cfg.due_soon.unit, CL_UNIT_DAYS);
	cr_expect(strvec_eq(&cfg.top_management_roles, top, 3),
	          "top management: CEO, Managing Director, Board");
	cr_expect_str_eq(cfg.approval_trailer, "Approved-by");
	cr_expect_eq(cfg.require_signature, 0);
	cr_expect_str_eq(cfg.people_path, "people.yml");
	cr_expect_eq(cfg.people_path_explicit, 0);
	cr_expect_eq(cfg.rule_severity.count, 0, "the defaults set no rule's severity");
	for (size_t i = 0; i < cl_ruleset_count(&cl_builtin_rules); i++)
		cr_expect_eq(cl_config_severity(&cfg, cl_ruleset_at(&cl_builtin_rules, i)),
		             cl_ruleset_at(&cl_builtin_rules, i)->default_severity, "rule %s",
		             cl_ruleset_at(&cl_builtin_rules, i)->name);
	cl_config_free(&cfg);
	cl_config_free(NULL);
}

Test(config, empty_file_keeps_defaults)
{
	cl_config cfg;
	cl_error err;

	cr_expect_eq(parse_config(&cfg, "", &err), 0, "%s", err.message);
	cr_expect_str_eq(cfg.framework, "ISO27001:2022");
	cr_expect_eq(cfg.review_interval.count, 12);
	cl_config_free(&cfg);

	cr_expect_eq(parse_config(&cfg, "# nothing configured yet\n\n", &err), 0, "%s", err.message);
	cr_expect_eq(cfg.include.count, 1);
	cl_config_free(&cfg);
}

/* ---- every key ---- */

Test(config, every_key_parsed)
{
	static const char *const include[] = {"**/*.md", "vault/**"};
	static const char *const exclude[] = {"README.md", "templates/**"};
	static const char *const governed[] = {"policies/**"};
	static const char *const top[] = {"CEO", "Board of Directors"};
	cl_config cfg;
	cl_error err;
	int rc = parse_config(&cfg,
	                      "framework: ISO/IEC 27001:2022\n"
	                      "people: org/people.yml\n"
	                      "include: [\"**/*.md\", \"vault/**\"]\n"
	                      "exclude:\n"
	                      "  - README.md\n"
	                      "  - templates/**\n"
	                      "governed: [\"policies/**\"]\n"
	                      "review_interval: 6 months\n"
	                      "due_soon: 2 weeks\n"
	                      "top_management_roles: [CEO, Board of Directors]\n"
	                      "approvals:\n"
	                      "  trailer: Signed-off-by\n"
	                      "  require_signature: false\n"
	                      "rules:\n"
	                      "  broken-link: warning\n"
	                      "  duplicate-id: note\n",
	                      &err);

	cr_assert_eq(rc, 0, "%s", err.message);
	cr_expect_str_eq(cfg.framework, "ISO/IEC 27001:2022");
	cr_expect_str_eq(cfg.people_path, "org/people.yml");
	cr_expect_eq(cfg.people_path_explicit, 1);
	cr_expect(strvec_eq(&cfg.include, include, 2), "include replaced, not appended (%zu)",
	          cfg.include.count);
	cr_expect(strvec_eq(&cfg.exclude, exclude, 2));
	cr_expect(strvec_eq(&cfg.governed, governed, 1));
	cr_expect_eq(cfg.review_interval.count, 6);
	cr_expect_eq(cfg.review_interval.unit, CL_UNIT_MONTHS);
	cr_expect_eq(cfg.due_soon.count, 2);
	cr_expect_eq(cfg.due_soon.unit, CL_UNIT_WEEKS);
	cr_expect(strvec_eq(&cfg.top_management_roles, top, 2));
	cr_expect_str_eq(cfg.approval_trailer, "Signed-off-by");
	cr_expect_eq(cfg.require_signature, 0);
	cr_expect_eq(cl_config_severity(&cfg, cl_ruleset_find(&cl_builtin_rules, "broken-link")),
	             CL_SEV_WARNING);
	cr_expect_eq(cl_config_severity(&cfg, cl_ruleset_find(&cl_builtin_rules, "duplicate-id")),
	             CL_SEV_NOTE);
	cl_config_free(&cfg);
}

Test(config, booleans)
{
	cl_config cfg;
	cl_error err;

	cr_assert_eq(parse_config(&cfg, "approvals:\n  require_signature: no\n", &err), 0, "%s", err.message);
	cr_expect_eq(cfg.require_signature, 0);
	cl_config_free(&cfg);
	cr_assert_eq(parse_config(&cfg, "approvals:\n  require_signature: false\n", &err), 0, "%s",
	             err.message);
	cr_expect_eq(cfg.require_signature, 0);
	cl_config_free(&cfg);
}

Test(config, require_signature_true)
{
	cl_config cfg;
	cl_error err;

	cr_assert_eq(parse_config(&cfg, "approvals:\n  require_signature: yes\n", &err), 0, "%s",
	             err.message);
	cr_expect_eq(cfg.require_signature, 1);
	cl_config_free(&cfg);
}

/* ---- unknown keys and wrong values, each with its line ---- */

Test(config, unknown_top_level_key)
{
	cl_config cfg;
	cl_error err;
	int rc = parse_config(&cfg,
	                      "framework: ISO27001:2022\n"
	                      "\n"
	                      "x: 1\n",
	                      &err);

	cr_expect_eq(rc, -1);
	cr_expect_not_null(strstr(err.message, ".clauselint.yml:3: unknown key 'x'"), "message: %s",
	                   err.message);
	cr_expect_not_null(strstr(err.message, "review_interval"), "the message lists the known keys: %s",
	                   err.message);
	cl_config_free(&cfg);

	/* A near miss of a real key is as unknown as any other. */
	expect_config_error("review_intervals: 12 months\n",
	                    ".clauselint.yml:1: unknown key 'review_intervals'");
	expect_config_error("approvals:\n  trailer: Approved-by\n  signature: true\n",
	                    ".clauselint.yml:3: unknown key 'signature'");
}

Test(config, wrong_values_with_lines)
{
	expect_config_error("framework: ISO27001:2022\nreview_interval: soon\n",
	                    ".clauselint.yml:2: 'review_interval'");
	expect_config_error("due_soon: 0 days\n", ".clauselint.yml:1: 'due_soon'");
	expect_config_error("\n\ninclude: \"*.md\"\n", ".clauselint.yml:3: 'include' expects a list");
	expect_config_error("exclude: README.md\n", ".clauselint.yml:1: 'exclude' expects a list");
	expect_config_error("governed: [\"[abc\"]\n", ".clauselint.yml:1: 'governed'");
	expect_config_error("approvals:\n  trailer: Approved-by\n  require_signature: maybe\n",
	                    ".clauselint.yml:3: 'require_signature' expects true or false");
	expect_config_error("# comment\nframework: NIST\n", ".clauselint.yml:2: unknown framework 'NIST'");
	expect_config_error("framework: ISO27001:2013\n", "unknown framework 'ISO27001:2013'");
	expect_config_error("top_management_roles: CEO\n", ".clauselint.yml:1: 'top_management_roles'");
	expect_config_error("top_management_roles: [CEO, [Board]]\n", "'top_management_roles'");
	expect_config_error("approvals: yes\n", ".clauselint.yml:1: 'approvals' must be a mapping");
	expect_config_error("people: \"\"\n", ".clauselint.yml:1: 'people' expects a text value");
	expect_config_error("- framework\n", "must be a mapping");
}

Test(config, rule_severity_override)
{
	const cl_rule *broken = cl_ruleset_find(&cl_builtin_rules, "broken-link");
	const cl_rule *dup = cl_ruleset_find(&cl_builtin_rules, "duplicate-id");
	cl_config cfg;
	cl_error err;

	cr_assert_not_null(broken);
	cr_assert_not_null(dup);
	cr_assert_eq(parse_config(&cfg, "rules:\n  broken-link: off\n", &err), 0, "%s", err.message);
	cr_expect_eq(cl_config_severity(&cfg, broken), CL_SEV_OFF, "'off' is a severity, not a YAML boolean");
	cr_expect_eq(cl_config_severity(&cfg, dup), dup->default_severity, "other rules keep their default");
	cl_config_free(&cfg);

	cr_assert_eq(parse_config(&cfg, "rules:\n  broken-link: note\n", &err), 0, "%s", err.message);
	cr_expect_eq(cl_config_severity(&cfg, broken), CL_SEV_NOTE);
	cl_config_free(&cfg);

	cr_assert_eq(parse_config(&cfg, "rules:\n  broken-link: error\n", &err), 0, "%s", err.message);
	cr_expect_eq(cl_config_severity(&cfg, broken), CL_SEV_ERROR);
	cl_config_free(&cfg);

	/* Without a configuration the default applies. */
	cr_expect_eq(cl_config_severity(NULL, broken), broken->default_severity);
}

Test(config, rule_errors)
{
	expect_config_error("rules:\n  broken-link: off\n  broken-links: off\n",
	                    ".clauselint.yml:3: unknown rule 'broken-links'");
	expect_config_error("rules:\n  broken-link: warn\n",
	                    ".clauselint.yml:2: rule 'broken-link' expects off, note");
	expect_config_error("rules:\n  broken-link: [error]\n", "rule 'broken-link' expects");
	expect_config_error("rules:\n  broken-link: ERROR\n", "rule 'broken-link' expects");
	expect_config_error("rules: [broken-link]\n", "'rules' must be a mapping");
}

Test(config, invalid_yaml_has_line)
{
	expect_config_error("framework: ISO27001:2022\n"
	                    "review_interval: 12 months\n"
	                    " due_soon: 30 days\n",
	                    ".clauselint.yml:3: invalid YAML");
	expect_config_error("due_soon: 30 days\n"
	                    "review_interval: 12 months\n"
	                    "due_soon: 60 days\n",
	                    ".clauselint.yml:3: invalid YAML: duplicate key 'due_soon'");
	expect_config_error("include: &g [\"*.md\"]\nexclude: *g\n", "invalid YAML");
}

/* ---- people ---- */

/* Made-up ed25519 public keys (bytes 1 to 32, and 33 to 64): only their
 * form matters here. */
#define DANA_KEY "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g"
#define SAM_KEY "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj9A"
#define RSA_KEY                                                                                              \
	"ssh-rsa "                                                                                           \
	"AAAAB3NzaC1yc2EAAAADAQABAAAAQAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMz" \
	"Q1Njc4"                                                                                             \
	"OTo7PD0+P0A="

static const char people_yml[] = "people:\n"
                                 "  - name: Dana Whitfield\n"
                                 "    email: [Dana@Example.com, dana.whitfield@example.com]\n"
                                 "    roles: [CEO]\n"
                                 "    since: 2019-04-01\n"
                                 "    until: 2026-06-30\n"
                                 "    signing_keys:\n"
                                 "      - " DANA_KEY " dana@laptop\n"
                                 "  - name: Sam Ortiz\n"
                                 "    email: SAM@example.com\n"
                                 "    roles: IT Manager\n";

Test(config, people_parsed)
{
	cl_people people;
	cl_error err;
	const cl_person *dana, *sam;

	cr_assert_eq(people_parse(&people, people_yml, &err), 0, "%s", err.message);
	cr_assert_eq(people.count, 2);
	cr_expect_str_eq(people.path, PEOPLE_PATH);
	dana = &people.items[0];
	sam = &people.items[1];

	cr_expect_str_eq(dana->name, "Dana Whitfield");
	cr_expect_eq(dana->line, 2);
	cr_assert_eq(dana->emails.count, 2);
	cr_expect_str_eq(dana->emails.items[0], "dana@example.com", "e-mails are lower-cased");
	cr_expect_str_eq(dana->emails.items[1], "dana.whitfield@example.com");
	cr_assert_eq(dana->roles.count, 1);
	cr_expect_str_eq(dana->roles.items[0], "CEO", "roles keep their case");
	cr_expect_eq(dana->has_since, 1);
	cr_expect(dana->since.year == 2019 && dana->since.month == 4 && dana->since.day == 1);
	cr_expect_eq(dana->has_until, 1);
	cr_expect(dana->until.year == 2026 && dana->until.month == 6 && dana->until.day == 30);
	cr_assert_eq(dana->signing_keys.count, 1);
	cr_expect_str_eq(dana->signing_keys.items[0], DANA_KEY " dana@laptop");
	cr_expect_str_eq(dana->keys[0].type, "ssh-ed25519");
	cr_expect_eq(dana->keys[0].blob_len, 51, "string type, string 32 bytes");

	cr_expect_str_eq(sam->name, "Sam Ortiz");
	cr_expect_eq(sam->line, 9);
	cr_assert_eq(sam->emails.count, 1, "a single e-mail string");
	cr_expect_str_eq(sam->emails.items[0], "sam@example.com");
	cr_assert_eq(sam->roles.count, 1, "a single role string");
	cr_expect_str_eq(sam->roles.items[0], "IT Manager");
	cr_expect_eq(sam->has_since, 0);
	cr_expect_eq(sam->has_until, 0);
	cr_expect_eq(sam->signing_keys.count, 0);
	cl_people_free(&people);
	cl_people_free(NULL);
}

Test(config, people_find_email)
{
	cl_people people;
	cl_error err;
	const cl_person *p;

	cr_assert_eq(people_parse(&people, people_yml, &err), 0, "%s", err.message);
	p = cl_people_find_email(&people, "DANA.Whitfield@EXAMPLE.com");
	cr_assert_not_null(p);
	cr_expect_str_eq(p->name, "Dana Whitfield");
	p = cl_people_find_email(&people, "sam@example.com");
	cr_assert_not_null(p);
	cr_expect_str_eq(p->name, "Sam Ortiz");
	cr_expect_null(cl_people_find_email(&people, "sam@example.co"));
	cr_expect_null(cl_people_find_email(&people, "Sam Ortiz"), "names are not e-mails");
	cr_expect_null(cl_people_find_email(NULL, "sam@example.com"));
	cl_people_free(&people);
}

Test(config, people_role_held)
{
	cl_people people;
	cl_error err;

	cr_assert_eq(people_parse(&people, people_yml, &err), 0, "%s", err.message);
	cr_expect(cl_people_role_held(&people, "CEO"));
	cr_expect(cl_people_role_held(&people, "ceo"), "case-insensitive");
	cr_expect(cl_people_role_held(&people, "it manager"));
	cr_expect_not(cl_people_role_held(&people, "Board"));
	cr_expect_not(cl_people_role_held(&people, "IT"), "whole role names only");
	cr_expect_not(cl_people_role_held(NULL, "CEO"));
	cl_people_free(&people);
}

Test(config, people_empty)
{
	cl_people people;
	cl_error err;

	cr_expect_eq(people_parse(&people, "", &err), 0, "%s", err.message);
	cr_expect_eq(people.count, 0);
	cr_expect_null(cl_people_find_email(&people, "a@b"));
	cl_people_free(&people);

	cr_expect_eq(people_parse(&people, "people: []\n", &err), 0, "%s", err.message);
	cr_expect_eq(people.count, 0);
	cl_people_free(&people);
}

Test(config, people_missing_email)
{
	expect_people_error("people:\n"
	                    "  - name: Dana Whitfield\n"
	                    "    email: dana@example.com\n"
	                    "  - name: Sam Ortiz\n"
	                    "    roles: [IT Manager]\n",
	                    "people.yml:4: person 'Sam Ortiz' has no 'email'");
	expect_people_error("people:\n  - name: Sam\n    email: \"\"\n", "people.yml:3: 'email'");
}

Test(config, people_unknown_key)
{
	expect_people_error("people:\n"
	                    "  - name: Sam Ortiz\n"
	                    "    email: sam@example.com\n"
	                    "    team: Ops\n",
	                    "people.yml:4: unknown key 'team'");
	expect_people_error("staff:\n  - name: Sam\n", "people.yml:1: unknown key 'staff'");
}

Test(config, people_wrong_values)
{
	expect_people_error("people:\n  - name: Sam\n    email: s@x\n    since: 2020-13-01\n",
	                    "people.yml:4: 'since' expects a date");
	expect_people_error("people:\n  - name: Sam\n    email: s@x\n    until: soon\n",
	                    "people.yml:4: 'until' expects a date");
	expect_people_error("people:\n  - name: Sam\n    email: s@x\n    signing_keys: ssh-ed25519 AAAA\n",
	                    "people.yml:4: 'signing_keys' expects a list");
	expect_people_error("people:\n  - name: Sam\n    email: s@x\n    roles: {a: b}\n",
	                    "people.yml:4: 'roles'");
	expect_people_error("people:\n  - Sam Ortiz\n", "people.yml:2: each person must be a mapping");
	expect_people_error("people: Sam\n", "people.yml:1: 'people' expects a list");
	expect_people_error("people:\n  - name: [Sam\n", "people.yml:");
}

/* A person without a name is reported at line 1 (the missing value has
 * no node, so fail() falls back to line 1) instead of at the person. */
Test(config, people_missing_name_has_person_line)
{
	expect_people_error("people:\n"
	                    "  - name: Dana Whitfield\n"
	                    "    email: dana@example.com\n"
	                    "  - email: sam@example.com\n"
	                    "    roles: [IT Manager]\n",
	                    "people.yml:4:");
}

/* `email: []` leaves a person no address, which the registry refuses
 * for a missing `email` ("approvals are matched by e-mail"): the person
 * can never be matched to an approval, silently. */
Test(config, people_empty_email_list)
{
	expect_people_error("people:\n"
	                    "  - name: Sam Ortiz\n"
	                    "    email: []\n"
	                    "    roles: [CEO]\n",
	                    "people.yml:3:");
}

/* ---- signing keys: read when the registry is, each error with its line ---- */

static const char *key_people(const char *dana_key, const char *sam_key)
{
	static char text[1024];

	snprintf(text, sizeof(text),
	         "people:\n"
	         "  - name: Dana Whitfield\n"
	         "    email: dana@example.com\n"
	         "    signing_keys:\n"
	         "      - %s\n"
	         "  - name: Sam Ortiz\n"
	         "    email: sam@example.com\n"
	         "    signing_keys: [\"%s\"]\n",
	         dana_key, sam_key);
	return text;
}

Test(config, signing_keys_found_by_blob)
{
	cl_people people;
	cl_error err;
	const cl_person *sam;

	cr_assert_eq(people_parse(&people, key_people(DANA_KEY " dana@laptop", RSA_KEY), &err), 0, "%s",
	             err.message);
	sam = &people.items[1];
	cr_expect_str_eq(sam->keys[0].type, "ssh-rsa", "other key types are accepted, and named later");
	cr_expect_eq(
	        cl_people_find_key(&people, people.items[0].keys[0].blob, people.items[0].keys[0].blob_len),
	        &people.items[0]);
	cr_expect_eq(cl_people_find_key(&people, sam->keys[0].blob, sam->keys[0].blob_len), sam);
	cr_expect_null(cl_people_find_key(&people, sam->keys[0].blob, sam->keys[0].blob_len - 1));
	cr_expect_null(cl_people_find_key(NULL, sam->keys[0].blob, sam->keys[0].blob_len));
	cl_people_free(&people);
}

Test(config, signing_key_errors)
{
	expect_people_error(key_people("ssh-ed25519 AAAA!!!! dana@laptop", SAM_KEY),
	                    "people.yml:5: signing key of Dana Whitfield: the key's base64 can't be read");
	expect_people_error(
	        key_people("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAECAwQF dana@laptop", SAM_KEY),
	        "people.yml:5: signing key of Dana Whitfield: the ssh-ed25519 key is not 32 bytes");
	expect_people_error(key_people("ssh-ed25519", SAM_KEY),
	                    "people.yml:5: signing key of Dana Whitfield: "
	                    "expected a public key as 'ssh-ed25519 AAAA...");
	expect_people_error(
	        key_people(DANA_KEY, "ssh-ed25519 "
	                             "AAAAB3NzaC1yc2EAAAADAQABAAAAQAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"
	                             "gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0A="),
	        "people.yml:8: signing key of Sam Ortiz: the key says 'ssh-ed25519' but its data is a "
	        "'ssh-rsa' key");
	/* allowed_signers lines start with the principal: not this format. */
	expect_people_error(key_people("dana@example.com " DANA_KEY, SAM_KEY),
	                    "people.yml:5: signing key of Dana Whitfield: the key's base64 can't be read");
	expect_people_error(key_people("ssh-ed25519 AAAAAAAA", SAM_KEY), "holds no SSH public key");
	expect_people_error(key_people(DANA_KEY, DANA_KEY),
	                    "people.yml:8: signing key of Sam Ortiz is also listed for Dana Whitfield");
}

/* Whether `list` holds `s` (the lists aren't sorted). */
static int holds(const cl_strvec *list, const char *s)
{
	for (size_t i = 0; i < list->count; i++)
		if (strcmp(list->items[i], s) == 0)
			return 1;
	return 0;
}

Test(config, policy_wordings_by_language)
{
	cl_config cfg;
	cl_error err;
	const cl_strvec *de, *en;

	cr_assert_eq(parse_config(&cfg, "policy_content:\n  language: German\n", &err), 0, "%s", err.message);
	de = cl_config_phrases(&cfg, CL_PHRASES_IMPROVEMENT, NULL);
	cr_expect(holds(de, "fortlaufende verbesserung"), "the default language is German");
	en = cl_config_phrases(&cfg, CL_PHRASES_IMPROVEMENT, "en-GB");
	cr_expect(holds(en, "continual improvement"), "a document's lang: en-GB picks English");
	cr_expect(!holds(en, "fortlaufende verbesserung"));
	cl_config_free(&cfg);

	/* A list given is the organisation's wording in every language. */
	cr_assert_eq(parse_config(&cfg, "policy_content:\n  continual_improvement: [\"Kaizen\"]\n", &err), 0,
	             "%s", err.message);
	de = cl_config_phrases(&cfg, CL_PHRASES_IMPROVEMENT, "de");
	cr_expect_eq(de->count, 1);
	cr_expect(holds(de, "kaizen"));
	cr_expect(holds(cl_config_phrases(&cfg, CL_PHRASES_REQUIREMENTS, "de"), "zutreffenden anforderungen"),
	          "the lists not given keep their built-in wordings");
	cl_config_free(&cfg);

	expect_config_error("policy_content:\n  language: fr\n", "unknown language 'fr'");
}

Test(config, read_and_mapping)
{
	cl_config cfg;
	cl_error err;

	cr_assert_eq(parse_config(&cfg,
	                          "read: [comply, document-control, dataview]\n"
	                          "mapping:\n"
	                          "  keys: {document-id: id, name: title}\n"
	                          "  labels: {Policy Reference: id}\n"
	                          "  values:\n"
	                          "    status: {approved: active, superseded: retired}\n"
	                          "    version: {\"v*\": \"*\"}\n"
	                          "  types: {\"policies/**\": policy}\n",
	                          &err),
	             0, "%s", err.message);
	cr_expect_eq(cfg.reading.forms,
	             CL_FORM_FRONT_MATTER | CL_FORM_COMPLY | CL_FORM_CONTROL | CL_FORM_DATAVIEW);
	cr_expect_eq(cfg.reading.alias_from.count, 2);
	cr_expect_str_eq(cfg.reading.label_from.items[cfg.reading.label_from.count - 1], "policy reference");
	cr_expect_eq(cfg.reading.value_key.count, 3);
	cr_expect_str_eq(cl_config_path_type(&cfg, "policies/a/b.md"), "policy");
	cr_expect_null(cl_config_path_type(&cfg, "notes/b.md"));
	cl_config_free(&cfg);
}

/* Strict as the rest: what the mapping names must be ours. */
Test(config, mapping_errors)
{
	expect_config_error("read: [asciidoc]\n", "unknown form 'asciidoc'");
	expect_config_error("mapping:\n  keys: {name: titel}\n", "'titel' in 'mapping.keys' is no key");
	expect_config_error("mapping:\n  values:\n    type: {SOP: sop}\n", "'sop' is no type");
	expect_config_error("mapping:\n  values:\n    status: {approved: live}\n", "'live' is no status");
	expect_config_error("mapping:\n  values:\n    review_interval: {Annual: yearly}\n",
	                    "'yearly' is no interval");
	expect_config_error("mapping:\n  values:\n    colour: {a: b}\n",
	                    "'colour' in 'mapping.values' is no key");
	expect_config_error("mapping:\n  types: {\"policies/**\": memo}\n", "'memo' is no type");
	expect_config_error("mapping:\n  aliases: {a: id}\n", "unknown key 'aliases' in 'mapping'");
	expect_config_error("mapping:\n  keys: {name: [title]}\n", "expected text for 'name'");
}

Test(config, links_roots_and_routes)
{
	cl_config cfg;
	cl_error err;

	cr_assert_eq(parse_config(&cfg,
	                          "links:\n  roots: [static, ./site/assets]\n  routes: [\"/blog/**\"]\n",
	                          &err),
	             0, "%s", err.message);
	cr_expect_eq(cfg.link_roots.count, 2);
	cr_expect_str_eq(cfg.link_roots.items[1], "site/assets");
	cr_expect_eq(cfg.link_routes.count, 1);
	cl_config_free(&cfg);
	expect_config_error("links:\n  roots: [/srv/www]\n", "'roots' expects folders inside the repository");
	expect_config_error("links:\n  roots: [../outside]\n",
	                    "'roots' expects folders inside the repository");
	expect_config_error("links:\n  root: [static]\n", "unknown key 'root' in 'links'");
}
