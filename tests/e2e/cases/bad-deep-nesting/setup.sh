# 20,000 nested brackets in front matter: front-matter-invalid at the bracket past the depth limit, never a stack overflow.
{
	printf -- '---\nid: POL-001\ntitle: Deep\ntype: policy\nclauses: '
	awk 'BEGIN { for (i = 0; i < 20000; i++) printf "["; for (i = 0; i < 20000; i++) printf "]"; printf "\n" }'
	printf -- '---\n\n# Deep\n'
} | write policies/deep.md
commit "Add a deeply nested front matter"
