/*
 * trust.c: the trust inputs' verdict (trust.h).
 */
#include "model/trust.h"

#include <string.h>

int cl_trust_input_unapproved(const cl_trust_input *input)
{
	const cl_trust_version *v = input->in_force;

	if (!input->governed)
		return 0;
	if (!v)
		return input->exists;
	if (!v->exists)
		return input->exists;
	return !input->exists || strcmp(v->blob, input->blob) != 0;
}
