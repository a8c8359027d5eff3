# Near miss: the same Markdown file without front matter outside the governed glob is not governed: no finding.
good_policy policies/isp.md
write .clauselint.yml <<'YML'
governed: ["policies/**"]
YML
clause5_off
write notes/acceptable-use.md <<'MD'
# Acceptable Use

Written before anyone added front matter.
MD
commit "Add a note without front matter"
