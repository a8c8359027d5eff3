/*
 * catalogue.c: the framework catalogue, every clause and control with its
 * official title. The data lives in rules/iso27001-2022.tsv and is
 * compiled in (build/gen/catalogue_data.c) so the binary stands alone.
 */
#include "config/catalogue.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

extern const cl_control cl_iso27001_2022[];
extern const size_t cl_iso27001_2022_count;

/* Writers spell the framework many ways: "ISO27001:2022",
 * "ISO/IEC 27001:2022", "iso 27001:2022". Compare what is left after
 * dropping "/IEC", spaces and case. */
static void normalise_framework(char *out, size_t size, const char *name)
{
	size_t n = 0;

	for (const char *p = name; *p && n + 1 < size; p++) {
		if (strncasecmp(p, "/IEC", 4) == 0) {
			p += 3;
			continue;
		}
		if (*p == ' ' || *p == '-' || *p == '_')
			continue;
		out[n++] = (char)toupper((unsigned char)*p);
	}
	out[n] = '\0';
}

int cl_framework_known(const char *framework)
{
	char norm[64];

	if (!framework || strlen(framework) > 60)
		return 0;
	normalise_framework(norm, sizeof(norm), framework);
	return strcmp(norm, "ISO27001:2022") == 0;
}

const cl_control *cl_catalogue_find(const char *framework, const char *code)
{
	if (framework && !cl_framework_known(framework))
		return NULL;
	for (size_t i = 0; i < cl_iso27001_2022_count; i++)
		if (strcmp(cl_iso27001_2022[i].code, code) == 0)
			return &cl_iso27001_2022[i];
	return NULL;
}

size_t cl_catalogue_count(void)
{
	return cl_iso27001_2022_count;
}

const cl_control *cl_catalogue_at(size_t index)
{
	return index < cl_iso27001_2022_count ? &cl_iso27001_2022[index] : NULL;
}
