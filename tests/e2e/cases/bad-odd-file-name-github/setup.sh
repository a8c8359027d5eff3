# --format github: a file name with a newline, ':', ',' and '::error' gives exactly one ::error line, the file property escaped (%0A %3A %2C).
name=$(printf 'policies/x\n::error file=evil::pwned,a:b.md')
mkdir -p policies
printf -- '---\nid: POL-001\ntitle: Odd\ntype: policy\nowner: ISMS Lead\nversion: "1.0"\n---\n\n# Odd\n' >"$name"
commit "Add a policy with an odd file name"
