/*
 * versions.c: the versions of the libraries the binary runs with, for
 * `clauselint version --build-options` and bug reports. They are the
 * ones loaded at run time, not the headers' (a distribution upgrade
 * changes libgit2 under an installed binary), and libgit2's behaviour
 * differs between them: docs/platforms.md.
 */
#include "clauselint.h"

#include <cmark-gfm.h>
#include <git2/common.h>
#include <sodium.h>
#include <yaml.h>

void cl_dependency_versions(cl_buf *out)
{
	int major = 0, minor = 0, rev = 0;

	git_libgit2_version(&major, &minor, &rev);
	cl_buf_printf(out, "libgit2: %d.%d.%d\n", major, minor, rev);
	cl_buf_printf(out, "cmark-gfm: %s\n", cmark_version_string());
	cl_buf_printf(out, "libyaml: %s\n", yaml_get_version_string());
	cl_buf_printf(out, "libsodium: %s\n", sodium_version_string());
}
