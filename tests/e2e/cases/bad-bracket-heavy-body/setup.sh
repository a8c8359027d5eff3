# A 500 KB body of 100,000 [[wikilinks]] (just under the 512 KiB cap) is linted within 512 MiB of address space (cmd sets ulimit -v, except under valgrind).
{
	printf -- '---\nid: REC-001\ntitle: Many links\ntype: record\nowner: ISMS Lead\ndate: 2026-01-10\n---\n\n'
	awk 'BEGIN { for (i = 0; i < 5000; i++) { for (j = 0; j < 20; j++) printf "[[a]]"; print "" } }'
} | write notes/many.md
: | write notes/a.md
commit "Add a note with very many wikilinks"
