# `clauselint files`: every Markdown file within `include`, with what
# decided it: its type, the configuration's `exclude` or `governed`
# pattern (and the file that sets it), the reason it was skipped, or the
# built-in folders; PATH arguments narrow the list, and non-Markdown
# files are not listed.
standard_people
write .clauselint.yml <<'YML'
exclude: ["drafts/", "README.md"]
governed: ["policies/"]
YML
at 2026-03-01
good_policy policies/isp.md
printf '# No front matter\n' | write policies/plain.md
printf -- '---\nCode: "5.2"\nName: Policy\nSection: Requirements\n---\n' | write notes/5.2.md
printf -- '---\ntitle: Hello\ntype: post\n---\n' | write blog/hello.md
printf -- '---\ntitle: Hello\n---\n' | write blog/untyped.md
printf '# Draft\n' | write drafts/new.md
printf '# Readme\n' | write README.md
printf '# Template\n' | write Templates/policy.md
printf 'not markdown\n' | write notes/data.txt
commit "Add the ISMS"
