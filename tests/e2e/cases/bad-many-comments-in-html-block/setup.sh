# One 500 KB HTML block holding 20,000 comments ends well within 60 s (comment lines are not counted from the block's start each time).
{
	printf -- '---\nid: REC-001\ntitle: Many comments\ntype: record\nowner: ISMS Lead\ndate: 2026-01-10\n---\n\n<div>\n'
	awk 'BEGIN { for (i = 0; i < 20000; i++) print "<!--clauselint-enable-->" }'
	printf '</div>\n'
} | write notes/many.md
commit "Add a note with one big HTML block of comments"
