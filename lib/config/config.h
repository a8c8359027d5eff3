/*
 * config.h: the configuration (.clauselint.yml, docs/configuration.md).
 *
 * Strict, as a linter's configuration must be: a misspelt key that
 * silently did nothing would let a rule the team believes is on stay off.
 * Every error names the file, the line and what was expected.
 */
#ifndef CL_CONFIG_H
#define CL_CONFIG_H

#include "util/util.h"
#include "parse/reading.h"

/* The approver every requirement accepts, and some require alone. */
#define CL_TOP_MANAGEMENT "top management"

/* The languages clauselint ships the policy wordings of: a document's
 * `lang` (or the configuration's policy_content.language) picks them. */
typedef enum { CL_LANG_EN, CL_LANG_DE, CL_LANGS } cl_lang;

/* The wordings the policy rules look for (policy_content's keys). */
typedef enum {
	CL_PHRASES_REQUIREMENTS, /* applicable_requirements: 5.2 c */
	CL_PHRASES_IMPROVEMENT,  /* continual_improvement: 5.2 d */
	CL_PHRASES_OBJECTIVES,   /* objectives: 5.2 b */
	CL_PHRASES_OBJECTIVES_HEADINGS,
	CL_PHRASE_KINDS
} cl_phrase_kind;

/* "applicable_requirements", ...: the policy_content key of `kind`. */
const char *cl_phrase_key(cl_phrase_kind kind);
/* The language `tag` names ("de", "de-CH", "German", "Deutsch"), or -1. */
int cl_lang_parse(const char *tag);
/* "en", "de". */
const char *cl_lang_name(cl_lang lang);
/* The built-in wordings of `kind` in `lang`, NULL-terminated, as the
 * documentation lists them. */
const char *const *cl_builtin_phrases(cl_lang lang, cl_phrase_kind kind);

typedef struct {
	/* Whether this configuration may set the severity of the rules that
	 * judge approvals (tagged approval): the version in force, the
	 * operator's (-c from outside the repository), or the defaults. Not
	 * one nobody approved. */
	int trusted;
	char *path;         /* as given or found; NULL: defaults only */
	char *display_path; /* repository-relative when inside it */
	char *framework;
	char *people_path; /* repository-relative */
	int people_path_explicit;
	cl_strvec include;
	cl_strvec exclude;
	cl_strvec governed;
	cl_interval review_interval;
	cl_interval due_soon;
	cl_strvec top_management_roles;
	char *approval_trailer;
	int require_signature;
	/* approvals.required_approver: for each kind of document (a type,
	 * or security-policy), the role whose holder must approve it at
	 * least, whatever it names itself; CL_TOP_MANAGEMENT for top
	 * management alone. floor_roles[i] is floor_kinds[i]'s. */
	cl_strvec floor_kinds;
	cl_strvec floor_roles;
	/* What the content rules look for, folded (cl_fold). In the policy,
	 * any phrase of a list is enough: 5.2 c, 5.2 d, and 5.2 b as a phrase
	 * or a heading that contains one of its words. In a RACI row's
	 * activity, every word of one entry: 5.3 a and 5.3 b. */
	cl_strvec phrases[CL_LANGS][CL_PHRASE_KINDS];
	/* policy_content.language: the wordings of a document without `lang`. */
	cl_lang language;
	cl_strvec conformance_activities;
	cl_strvec performance_activities;
	/* `links:`: the folders a site serves its root from (a link `/x` is
	 * found at ROOT/x too), and the site routes that are generated, not
	 * files (globs against the link, such as "/blog/" and all below). */
	cl_strvec link_roots, link_routes;
	/* `read:` and `mapping:` (mapping.c): how documents are read, and
	 * `mapping.types`, the type a path glob gives a file without one. */
	cl_reading reading;
	cl_strvec type_globs, type_names;
	/* Rule name -> the severity `rules:` gives it, plus one (a map holds
	 * no NULL); absent when the configuration leaves the default. */
	cl_map rule_severity;
} cl_config;

/* What the policy rules look for of `kind` in a document whose `lang` is
 * `lang` (NULL: none): a list the configuration gives, in any language,
 * else the built-in one of that language or of policy_content.language. */
const cl_strvec *cl_config_phrases(const cl_config *config, cl_phrase_kind kind, const char *lang);

/* `read:` and `mapping:` into the configuration (mapping.c). */
int cl_config_read_forms(cl_config *config, const cl_yaml_node *node, const char *path, cl_error *err);
int cl_config_read_mapping(cl_config *config, const cl_yaml_node *node, const char *path, cl_error *err);
/* The type `mapping.types` gives `path`, or NULL. */
const char *cl_config_path_type(const cl_config *config, const char *path);

/* Fills `out` with the defaults (docs/configuration.md). */
void cl_config_defaults(cl_config *out);
/* Whether `path` is in a folder clauselint never reads, whatever
 * `include` says: a hidden one (`.git`, `.obsidian`, `.trash`, `.github`),
 * `node_modules`, or a templates folder in any case (`templates`,
 * `Templates`, `_templates`); or is a hidden file itself. Other tools'
 * Markdown lives there, and templates hold placeholders, not policy. */
int cl_config_built_in_excluded(const char *path);
/* Parses configuration text over the defaults already in `out`.
 * `path` is used in messages: "path:line: unknown key 'x' (expected one
 * of ...)". -1 on any unknown key or wrong value, or a rule name that is
 * not in `rules`; with `rules` NULL, rule names are not checked. */
int cl_config_parse(cl_config *out, const char *text, size_t len, const char *path, const cl_ruleset *rules,
                    cl_error *err);
/* Frees what the configuration holds (not the struct itself). */
void cl_config_free(cl_config *config);
/* The effective severity of a rule: the configured one, else its
 * default. */
cl_severity cl_config_severity(const cl_config *config, const cl_rule *rule);
/* Whether the configuration sets the rule's severity itself. */
int cl_config_sets_severity(const cl_config *config, const cl_rule *rule);
/* Sets the severity of the rule named `name`, as `rules:` would. */
void cl_config_set_severity(cl_config *config, const char *name, cl_severity sev);

#endif
