# Turns rules/iso27001-2022.tsv into a C table (build/gen/catalogue_data.c).
# Fails on a malformed line rather than shipping a partial catalogue.
BEGIN {
	FS = "\t"
	print "/* Generated from rules/iso27001-2022.tsv by scripts/catalogue-to-c.awk. */"
	print "#include \"config/catalogue.h\""
	print "const cl_control cl_iso27001_2022[] = {"
	n = 0
}
/^#/ || /^[ \t]*$/ { next }
{
	if (NF != 2 || $1 !~ /^(A\.)?[0-9]+(\.[0-9]+)*$/ || $2 ~ /["\\]/) {
		printf "%s:%d: expected CODE<tab>TITLE\n", FILENAME, FNR > "/dev/stderr"
		failed = 1
		exit 1
	}
	printf "\t{\"%s\", \"%s\"},\n", $1, $2
	n++
}
END {
	if (failed)
		exit 1
	print "};"
	printf "const size_t cl_iso27001_2022_count = %d;\n", n
}
