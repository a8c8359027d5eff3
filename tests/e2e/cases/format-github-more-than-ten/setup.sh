# --format github: GitHub shows 10 annotations of each kind per step and
# drops the rest silently. With 11 errors and 12 warnings, a notice, ahead
# of every other notice, says how many more of each are in the job
# summary. The near miss, 10 of each, is the next case's: no notice.
for i in 01 02 03 04 05 06 07 08 09 10 11; do
	printf -- '---\nid: POL-%s\ntitle: P\ntype: policy\n---\n' "$i" | write "policies/p$i.md"
done
{
	printf -- '---\nid: REC-001\ntitle: Notes\ntype: record\nowner: ISMS Lead\ndate: 2026-01-10\n---\n\n'
	for i in 1 2 3 4 5 6 7 8 9 10 11 12; do printf '[x](missing%s.md)\n\n' "$i"; done
} | write notes/links.md
commit "Add many policies"
