/*
 * records.h: reading the evidence clause 5 and control A.5.4 rest on:
 * tables of people and dates, names that must match the people registry,
 * dates that must fall within the review interval, requirement notes.
 */
#ifndef CL_MODEL_RECORDS_H
#define CL_MODEL_RECORDS_H

#include "config/people.h"
#include "parse/document.h"

/* Whether two texts are equal once folded (header names, people's names). */
int cl_fold_eq(const char *a, const char *b);
/* Whether every space-separated word of `words` begins a word of the
 * folded `text` ("conform" matches "conforms", not "nonconformity"). */
int cl_fold_has_words(const char *text, const char *words);

/* The index of the table column whose header folds to `name`, or -1. */
int cl_table_column(const cl_table *table, const char *name);
/* The document's first table with both columns, or NULL; sets their
 * indexes. */
const cl_table *cl_find_table(const cl_document *doc, const char *first, const char *second, int *first_col,
                              int *second_col);

/* The person a cell or list item names: `Name`, `email`, or
 * `Name <email>`, matched to the registry case-insensitively. NULL when
 * it names nobody known. */
const cl_person *cl_people_match(const cl_people *people, const char *text);
/* Whether `day` is no later than today and no older than `interval`. */
int cl_within_interval(cl_date day, cl_date today, cl_interval interval);
/* The date of a record's `date` key; 0, or -1 when it has none. */
int cl_record_date(cl_date *out, const cl_document *doc);
/* Active documents the rules may read, of `type`. */
int cl_is_active(const cl_document *doc, cl_doc_type type);
/* Whether an active acknowledgement record covers version `version` of
 * the policy with id `id`. */
int cl_acknowledges(const cl_document *record, const char *id, const char *version);

/*
 * The catalogue code a requirement note stands for: its `Code`, with the
 * `A.` prefix when its Section is `Annex A` ("5.1" in Annex A is A.5.1).
 * NULL when the note has no usable Code or Section. The caller frees it.
 */
char *cl_requirement_code(const cl_document *doc);

#endif
