# front-matter-field-missing fires for a Markdown file without front matter under a configured governed glob.
good_policy policies/isp.md
write .clauselint.yml <<'YML'
governed: ["policies/**"]
YML
clause5_off
write policies/acceptable-use.md <<'MD'
# Acceptable Use

Written before anyone added front matter.
MD
commit "Add a policy without front matter"
