# A heading of 250,000 '*', a letter, 250,000 '*' (emphasis nested ~125,000 deep; under the size cap) is linted without a stack overflow.
{
	printf -- '---\nid: REC-001\ntitle: Deep emphasis\ntype: record\nowner: ISMS Lead\ndate: 2026-01-10\n---\n\n# '
	awk 'BEGIN { for (i = 0; i < 250000; i++) printf "*"; printf "a"; for (i = 0; i < 250000; i++) printf "*"; print "" }'
} | write notes/deep.md
commit "Add a note with deeply nested emphasis in a heading"
