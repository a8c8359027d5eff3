# A two-column table whose 10 rows have 10,000 cells each (200 KB): splitting a row costs cmark-gfm the square of its cells (11.7 s); file-unreadable names the line and the limit.
{
	printf -- '---\nid: POL-001\ntitle: Wide rows\ntype: policy\n---\n\n# Wide rows\n\n| a | b |\n| - | - |\n'
	awk 'BEGIN { for (j = 0; j < 10; j++) { for (i = 0; i < 10000; i++) printf "|x"; print "|" } }'
} | write policies/wide.md
commit "Add a policy with wide rows"
