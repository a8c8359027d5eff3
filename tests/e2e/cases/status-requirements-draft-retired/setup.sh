# status --requirements: a draft or a retired document claiming the code does not cover it (as for requirement-uncovered); only the active one is listed.
write requirements/A.5.4.md <<'MD'
---
Name: Management responsibilities
Code: "5.4"
Framework: ISO27001:2022
Section: Annex A
Category: Security & Privacy Governance
---
MD
write requirements/5.2.md <<'MD'
---
Name: Policy
Code: "5.2"
Framework: ISO27001:2022
Section: Requirements
Category: Security & Privacy Governance
---
MD
good_policy policies/isp.md POL-001
good_policy policies/old-statement.md STM-000
sed -i 's/^approver: CEO$/approver: CEO\nstatus: retired/; s/clauses: \["5.2", "A.5.1"\]/clauses: ["A.5.4"]/' policies/old-statement.md
good_policy policies/new-statement.md STM-001
sed -i 's/^approver: CEO$/approver: CEO\nstatus: draft/; s/clauses: \["5.2", "A.5.1"\]/clauses: ["A.5.4"]/' policies/new-statement.md
good_policy policies/isp-draft.md POL-009
sed -i 's/^approver: CEO$/approver: CEO\nstatus: draft/' policies/isp-draft.md
commit "Add the policy, a retired and a draft statement"
