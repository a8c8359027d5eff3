# Near miss: a table of 128 columns and 300 rows (38,528 cells), and 120 pairs of near-table lines below it, stay within every limit: the document is read (its front matter is checked), with no file-unreadable.
{
	printf -- '---\nid: POL-001\ntitle: Big but fine\ntype: policy\n---\n\n# Big but fine\n\n'
	awk 'BEGIN { for (i = 0; i < 128; i++) printf "|h"; print "|"; for (i = 0; i < 128; i++) printf "|-"; print "|"; for (j = 0; j < 300; j++) { for (i = 0; i < 128; i++) printf "|x"; print "|" } print ""; for (j = 0; j < 120; j++) { for (i = 0; i < 100; i++) printf "|x"; print "|"; print "|-|" } }'
} | write policies/big.md
commit "Add a policy with a big table"
