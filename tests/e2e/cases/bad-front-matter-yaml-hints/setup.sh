# front-matter-invalid says how to fix what libyaml refuses: an unquoted
# title with ': ' in it is to be quoted (the message gives the line
# quoted), and a tab in the indentation replaced. The near miss: a
# quoted title with a colon reads fine.
write policies/a.md <<'MD'
---
id: POL-001
title: ISO 27001: Access Policy
type: policy
---
MD
printf -- '---\nid: POL-002\ntype: policy\nclauses:\n\t- "5.2"\n---\n' | write policies/b.md
write policies/c.md <<'MD'
---
id: POL-003
title: "ISO 27001: Access Policy"
type: record
owner: ISMS Lead
date: 2026-01-10
---
MD
commit "Add the policies"
