# A Docusaurus ISMS portal: front matter without `type` (title, status:
# approved|draft|superseded, owner, version, effective_date, next_review,
# controls: [iso27001:A.5.1]) under docs/policies/. init --adopt maps
# controls to clauses (the framework prefix comes off), the statuses,
# and the folder to the type.
rm .clauselint.yml
write docs/policies/information-security.md <<'MD'
---
title: Information Security Policy
status: approved
owner: CISO
version: "2.0"
effective_date: 2026-01-01
next_review: 2027-01-01
controls: [iso27001:5.2, iso27001:A.5.1]
---

# Information Security Policy
MD
write docs/policies/old-access.md <<'MD'
---
title: Access Policy (2019)
status: superseded
owner: CISO
version: "1.0"
controls: [iso27001:A.9.1]
---

# Access Policy
MD
printf -- '---\nsidebar_position: 1\n---\n\n# Welcome\n' | write docs/intro.md
at 2026-03-01
commit "Add the portal"
adopt_check
