/*
 * registry.h: the rules clauselint ships, as the table the command line
 * hands a run (rules/registry.c).
 */
#ifndef CL_REGISTRY_H
#define CL_REGISTRY_H

#include "clauselint.h"

extern const cl_ruleset cl_builtin_rules;

#endif
