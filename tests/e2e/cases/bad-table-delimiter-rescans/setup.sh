# 800 pairs of a 100-cell line and a one-cell delimiter row '|-|' (160 KB): every pair makes cmark-gfm parse the growing paragraph as a header again (8.7 s); refused at the rescan limit.
{
	printf -- '---\nid: POL-001\ntitle: Rescans\ntype: policy\n---\n\n# Rescans\n\n'
	awk 'BEGIN { for (j = 0; j < 800; j++) { for (i = 0; i < 100; i++) printf "|x"; print "|"; print "|-|" } }'
} | write policies/rescans.md
commit "Add a policy of near-table lines"
