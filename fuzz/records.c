/*
 * records.c: the readers of lib/model/records.c and evidence.c over one
 * parsed document: the code of a requirement note (Code and Section, as
 * an Obsidian vault exports it), a record's date, whether an
 * acknowledgement covers a policy version, its Person | Date table and
 * the people it names, and whether the record counts as evidence. These
 * turn front matter and table cells into dates, names and codes.
 *
 * The input is a Markdown file, as the document harness takes it.
 */
#include "fuzz/fuzz.h"
#include "model/evidence.h"
#include "model/records.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cl_config config;
	cl_people people;
	cl_document *doc;
	const cl_table *table;
	cl_date day, today = {2026, 11, 22};
	int person_col = -1, date_col = -1;
	char *code;

	if (size > CL_MAX_FILE_BYTES)
		return 0;
	cl_config_defaults(&config);
	fuzz_people(&people);
	doc = cl_document_parse("records/fuzz.md", (const char *)data, size);

	code = cl_requirement_code(doc);
	free(code);
	cl_record_date(&day, doc);
	cl_is_active(doc, doc->type);
	cl_acknowledges(doc, "POL-001", "1.0");
	cl_document_claims(doc, "A.5.4");
	cl_evidence_problem(cl_record_evidence(&config, &people, doc), doc);
	table = cl_find_table(doc, "Person", "Date", &person_col, &date_col);
	for (size_t r = 0; table && r < table->rows; r++) {
		cl_people_match(&people, table->cells[r][person_col]);
		if (cl_date_parse(&day, table->cells[r][date_col]) == 0)
			cl_within_interval(day, today, config.review_interval);
	}
	for (size_t i = 0; i < doc->kv_row_count; i++)
		cl_people_match(&people, doc->kv_rows[i].value);

	cl_document_free(doc);
	cl_people_free(&people);
	cl_config_free(&config);
	return 0;
}
