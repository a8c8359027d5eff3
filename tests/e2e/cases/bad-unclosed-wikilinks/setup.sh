# A line of 500,000 '[' (wikilinks opened, never closed; under the 512 KiB cap) is linted well within 60 s: no rescan per '[['.
{
	printf -- '---\nid: REC-001\ntitle: Brackets\ntype: record\nowner: ISMS Lead\ndate: 2026-01-10\n---\n\n'
	awk 'BEGIN { for (i = 0; i < 500000; i++) printf "["; print "" }'
} | write notes/brackets.md
commit "Add a note with a line of opening brackets"
