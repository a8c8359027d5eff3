# Markdown past what a run keeps in memory between hashing and parsing (8 MiB, lib/engine/read.c): the files let go are read again, parsed, and followed in the history as the kept ones are: the same findings for the early and the late files, the working tree, HEAD and the index alike.
standard_people
at 2026-03-01
good_policy policies/isp.md
# 24 standards of about 420 KB each, 10 MB in all: the first ones are
# kept, the later ones read twice. Every one links to a file that isn't
# there, so each body is seen to be parsed.
mkdir -p standards
i=1
while [ "$i" -le 24 ]; do
	n=$(printf '%02d' "$i")
	{
		printf -- '---\nid: STD-%s\ntitle: Standard %s\ntype: standard\nowner: ISMS Lead\nversion: "1.0"\napprover: CEO\n---\n\n# Standard %s\n\n' "$n" "$n" "$n"
		awk -v n="$n" 'BEGIN { for (l = 0; l < 7500; l++) printf "Line %d of standard %s: access is reviewed each quarter.\n", l, n }'
		printf '\nSee [the missing annex](annex-%s.md).\n' "$n"
	} >"standards/std-$n.md"
	i=$((i + 1))
done
commit "Add the policy and the standards" --trailer "Approved-by: Dana Whitfield <dana@example.com>"
at 2026-04-01
# A late file changed and approved, another changed and not.
sed -i 's/^# Standard 22$/# Standard 22, revised/' standards/std-22.md
commit "Revise STD-22" --trailer "Approved-by: Dana Whitfield <dana@example.com>"
sed -i 's/^# Standard 23$/# Standard 23, revised/' standards/std-23.md
commit "Revise STD-23"
