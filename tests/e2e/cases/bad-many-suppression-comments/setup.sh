# 12,000 suppression comments and 34,000 suppressed findings in one 500 KB note end well within 60 s (matching is not findings x comments).
{
	printf -- '---\nid: REC-001\ntitle: Many suppressions\ntype: record\nowner: ISMS Lead\ndate: 2026-01-10\n---\n\n'
	awk 'BEGIN { for (i = 0; i < 12000; i++) print "<!--clauselint-enable x-->"; print ""
		for (i = 0; i < 1700; i++) { for (j = 0; j < 20; j++) printf "[[a]]"; print "" } }'
	printf '\n<!-- clauselint-disable-file broken-link -->\n'
} | write notes/many.md
commit "Add a note with many suppression comments"
