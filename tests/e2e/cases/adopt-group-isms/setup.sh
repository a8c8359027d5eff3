# A group's ISMS: front matter without `type`, under other names and
# values (document-id, review-cycle: Annual, version: v1.0, status: Draft
# and Approved). init --adopt maps the keys and values and types the
# documents by folder; the draft stays a draft (approval rules wait).
rm .clauselint.yml
write policies/isms-policy.md <<'MD'
---
document-id: GRP-POL-001
title: Information Security Policy
version: v1.0
owner: CISO
approver: CEO
review-cycle: Annual
status: Approved
clauses: ["5.2", "A.5.1"]
---

# Information Security Policy

## Objectives

We set information security objectives every year.

We commit to satisfy applicable requirements and to the continual
improvement of the ISMS.
MD
write policies/ai-policy.md <<'MD'
---
document-id: GRP-POL-002
title: AI Use Policy
version: v0.3
owner: CISO
approver: CEO
review-cycle: Annual
status: Draft
---

# AI Use Policy
MD
printf '# Group ISMS\n' | write README.md
at 2026-03-01
commit "Add the group ISMS"
adopt_check
