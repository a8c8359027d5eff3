# 65,535 columns in three lines (400 KB) took cmark-gfm over five minutes: refused before it sees them.
{
	printf -- '---\nid: POL-001\ntitle: Widest\ntype: policy\n---\n\n# Widest\n\n'
	awk 'BEGIN { for (i = 0; i < 65535; i++) printf "|h"; print "|"; for (i = 0; i < 65535; i++) printf "|-"; print "|"; for (i = 0; i < 65535; i++) printf "|x"; print "|" }'
} | write policies/wide.md
commit "Add a policy with 65,535 columns"
