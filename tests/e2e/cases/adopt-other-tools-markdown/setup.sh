# A repository full of other tools' Markdown beside one policy: an issue
# template (`type: Bug`), a Hugo post (`type: post`), an agent's plan
# (`type: execute`), an Obsidian note (`type: [[Tool]]`), a 600 KB
# changelog, a UTF-16 file, notes without front matter, and folders no
# policy lives in (.github, .obsidian, .trash, Templates, node_modules).
# None of them gets a finding; the summary says how many were skipped
# and why. The policy is still read, and `type: Policy` is a typo of
# ours: reported with the type it misspells, never skipped.
standard_people
at 2026-03-01
good_policy policies/isp.md
good_policy policies/access.md POL-002
sed -i 's/^type: policy$/type: Policy/; s/"5.2", //' policies/access.md
printf -- '---\nname: Bug report\ntype: Bug\n---\n\nDescribe the bug.\n' | write docs/bug-report.md
printf -- '---\ntitle: Release notes\ntype: post\ndate: 2026-01-01\n---\n\n[Home](/)\n' | write content/posts/release.md
printf -- '---\ntype: execute\nphase: 2\n---\n\n# Plan\n\n- [ ] step [[missing]]\n' | write .planning/plan.md
printf -- '---\ntype: execute\n---\n\n# Plan\n' | write plans/phase-1.md
printf -- '---\ntype: [[Tool]]\n---\n\n# Tool\n' | write vault/tool.md
printf -- '---\ntype: policy\nid: {{code}}\n---\n\n{{senior_management}}\n' | write Templates/policy.md
printf -- '---\nCode: 5.2\nName: Policy\n---\n' | write .trash/5.2.md
printf -- '# Settings\n' | write .obsidian/notes.md
printf -- '# Template\n' | write .github/PULL_REQUEST_TEMPLATE.md
printf -- '# A package\n' | write node_modules/pkg/README.md
printf -- '# Our ISMS\n\nSee [the policy](policies/isp.md).\n' | write README.md
awk 'BEGIN { print "# Changelog"; for (i = 0; i < 16000; i++) print "- 1." i ": fixed a thing in the portal build" }' | write CHANGELOG.md
printf '\377\376#\000 \000N\000o\000t\000e\000s\000\n\000' | write notes/utf16.md
commit "Add the ISMS beside the site"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
