/*
 * reading.h: how a repository's documents are read when they don't carry
 * our YAML front matter, or carry it under other names: the metadata
 * forms policy repositories use (comply's header, a document-control
 * table or blockquote, Dataview inline fields) and the configuration's
 * `mapping` of their keys and values onto ours (docs/adopting.md).
 *
 * The configuration fills a cl_reading; the parser turns whatever form a
 * file uses into one front matter mapping, with the lines of the file,
 * and the rules never know which form it came from.
 */
#ifndef CL_PARSE_READING_H
#define CL_PARSE_READING_H

#include "parse/yaml.h"

/* The forms of metadata read (the configuration's `read:`). */
enum {
	CL_FORM_FRONT_MATTER = 1 << 0, /* ---\nYAML\n--- (always read) */
	CL_FORM_COMPLY = 1 << 1,       /* YAML from the first line, closed by --- */
	CL_FORM_CONTROL = 1 << 2,      /* a key/value table or blockquote before the first ## */
	CL_FORM_DATAVIEW = 1 << 3      /* Key:: value lines */
};

/* At most this many fields are taken from a form other than YAML: a
 * front matter needs a dozen, and a file of 100,000 `Key:: value` lines
 * must not cost more than one of 256. */
#define CL_MAX_READ_FIELDS 256

typedef struct cl_reading {
	unsigned forms;
	/* `mapping.keys`: a key as the repository writes it (compared without
	 * regard to case) -> ours. */
	cl_strvec alias_from, alias_to;
	/* Document-control labels (folded) -> our keys: the defaults, then
	 * `mapping.labels`. */
	cl_strvec label_from, label_to;
	/* `mapping.values`: for our key value_key[i], the value value_from[i]
	 * (without regard to case; ending in '*', a prefix) reads as
	 * value_to[i] (where '*' stands for the rest). */
	cl_strvec value_key, value_from, value_to;
} cl_reading;

/* The defaults: YAML front matter only, no aliases, the common labels. */
void cl_reading_defaults(cl_reading *r);
void cl_reading_free(cl_reading *r);

/*
 * Finds comply's header: YAML from the first line (a `key:` line) up to a
 * line `---`, within the first 200 lines. Sets *yaml_len and the 1-based
 * line of the closing `---`; returns whether there is one.
 */
int cl_reading_find_comply(const char *data, size_t len, size_t *yaml_len, int *close_line);

/* The document-control table or blockquote before the first second-level
 * heading of `body` (whose first byte is on line `first_line`), as a
 * mapping of our keys; NULL when fewer than two labels are known. */
cl_yaml_node *cl_reading_control(const cl_reading *r, const char *body, size_t len, int first_line);

/* The Dataview inline fields (`Key:: value` lines, outside code) of
 * `body`, as a mapping in their order; NULL when there are none. */
cl_yaml_node *cl_reading_dataview(const char *body, size_t len, int first_line);

/*
 * Applies the configuration's mapping to a front matter mapping `fm`:
 * keys renamed to ours, values mapped, and `clauses` made a list of our
 * codes (a framework prefix of ours taken off, a mapping of frameworks to
 * codes flattened, another framework's codes kept with their prefix).
 * Returns NULL, or a message (a key and its alias both present) with its
 * line and column, to free.
 */
char *cl_reading_apply(cl_yaml_node *fm, const cl_reading *r, int *line, int *column);

#endif
