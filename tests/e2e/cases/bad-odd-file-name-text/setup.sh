# Text format: a file name with a newline, ':', ',' and '::error' is printed quoted on one line (C-style, as git quotes paths).
name=$(printf 'policies/x\n::error file=evil::pwned,a:b.md')
mkdir -p policies
printf -- '---\nid: POL-001\ntitle: Odd\ntype: policy\nowner: ISMS Lead\nversion: "1.0"\n---\n\n# Odd\n' >"$name"
commit "Add a policy with an odd file name"
