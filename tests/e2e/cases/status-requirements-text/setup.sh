# status --requirements: one row per requirement note, in the natural order of codes (5.2 before A.5.1 before A.5.4 before A.5.10), with the ids of the active documents claiming each, in natural order; the code of an Annex A note gets its "A." prefix.
note() { # note PATH CODE SECTION NAME
	write "$1" <<MD
---
tags:
  - "#requirement"
Name: $4
Code: "$2"
Framework: ISO27001:2022
Section: $3
Category: Security & Privacy Governance
---

# Description
MD
}
note requirements/A.5.10.md 5.10 "Annex A" "Acceptable use of information and other associated assets"
note requirements/A.5.4.md 5.4 "Annex A" "Management responsibilities"
note requirements/A.5.1.md 5.1 "Annex A" "Policies for information security"
note requirements/5.2.md 5.2 Requirements "Policy"
good_policy policies/isp.md POL-001
good_policy policies/aup.md POL-010
sed -i 's/clauses: \["5.2", "A.5.1"\]/clauses: ["A.5.10", "A.5.1"]/' policies/aup.md
good_policy policies/statement.md POL-002
sed -i 's/^type: policy/type: statement/; s/clauses: \["5.2", "A.5.1"\]/clauses: ["A.5.4", "A.5.1"]/' policies/statement.md
commit "Add the policies and the requirement notes"
