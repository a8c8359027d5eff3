# requirement-uncovered warns at Code when no active governed document claims the note's code (a retired one does not count).
good_policy policies/isp.md
good_policy policies/old-isp.md POL-000
sed -i 's/^approver: CEO$/approver: CEO\nstatus: retired/; s/clauses: \["5.2", "A.5.1"\]/clauses: ["A.5.4"]/' policies/old-isp.md
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
commit "Add a requirement note no policy claims"
