# Near miss of the German wordings: the same policy marked `lang: en`
# is searched for the English ones, which it hasn't: each finding names
# the policy_content setting that would adapt the rule.
standard_people
printf "framework: ISO27001:2022\n" | write .clauselint.yml
at 2026-03-01
write policies/isp.md <<'MD'
---
id: POL-001
title: Informationssicherheitsleitlinie
type: policy
owner: ISMS Lead
version: "1.0"
approver: CEO
clauses: ["5.2", "A.5.1"]
lang: en
---

# Informationssicherheitsleitlinie

## Informationssicherheitsziele

Die Geschäftsführung verpflichtet sich zur Erfüllung der zutreffenden
Anforderungen und zur fortlaufenden Verbesserung des ISMS.
MD
commit "Add the policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
