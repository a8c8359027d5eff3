# Near miss of requirement-uncovered: an active policy claims "A.5.4", the code of the note with Section: Annex A, Code: "5.4".
good_policy policies/isp.md
sed -i 's/clauses: \["5.2", "A.5.1"\]/clauses: ["5.2", "A.5.1", "A.5.4"]/' policies/isp.md
write requirements/A.5.4.md <<'MD'
---
tags:
  - "#requirement"
Name: Management responsibilities
Code: "5.4"
Framework: ISO27001:2022
Section: Annex A
Category: Security & Privacy Governance
---

# Description
MD
commit "Add a requirement note the policy claims"
