# 100 columns over 4,000 one-character rows: each row is padded to 100 cells, 400,100 in all, past the 50,000 a document may have.
{
	printf -- '---\nid: POL-001\ntitle: Tall\ntype: policy\n---\n\n# Tall\n\n'
	awk 'BEGIN { for (i = 0; i < 100; i++) printf "|h"; print "|"; for (i = 0; i < 100; i++) printf "|-"; print "|"; for (j = 0; j < 4000; j++) print "x" }'
} | write policies/tall.md
commit "Add a policy with a tall table"
