# 2,000 header cells over 2,000 one-character rows (12 KB) took 1.1 GB in cmark-gfm, which pads every row: file-unreadable names the column limit, within the time and memory ceiling.
{
	printf -- '---\nid: POL-001\ntitle: Wide\ntype: policy\n---\n\n# Wide\n\n'
	awk 'BEGIN { for (i = 0; i < 2000; i++) printf "|h"; print "|"; for (i = 0; i < 2000; i++) printf "|-"; print "|"; for (j = 0; j < 2000; j++) print "x" }'
} | write policies/wide.md
commit "Add a policy with a wide table"
