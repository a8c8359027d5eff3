# Turns the templates of `clauselint init` (templates/init/*) into a C
# table (build/gen/init_templates.c), so the binary needs no file beside
# it. Each template is named by its path under templates/init/.
#
#   awk -f scripts/templates-to-c.awk templates/init/*
#
# Every byte is kept: backslashes, quotes and question marks (no trigraph
# may form) are escaped, tabs written as \t. A template must end with a
# newline, as .editorconfig asks.

# `s` as the inside of a C string literal.
function c_escape(s,    out, i, c) {
	out = ""
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		if (c == "\\" || c == "\"" || c == "?")
			out = out "\\" c
		else if (c == "\t")
			out = out "\\t"
		else if (c == "\r")
			out = out "\\r"
		else
			out = out c
	}
	return out
}

BEGIN {
	print "/* Generated from templates/init/ by scripts/templates-to-c.awk. */"
	print "#include \"init/init.h\""
	print "const cl_template cl_init_templates[] = {"
	n = 0
}
FNR == 1 {
	if (n++)
		print "\t},"
	name = FILENAME
	sub(/^.*templates\/init\//, "", name)
	printf "\t{\"%s\",\n", c_escape(name)
}
{
	printf "\t \"%s\\n\"\n", c_escape($0)
}
END {
	if (n)
		print "\t},"
	print "};"
	printf "const size_t cl_init_template_count = %d;\n", n
}
