# Near miss of requirement-title-mismatch: exact title, another case and '&', and Section: Annex A Code "5.4" = A.5.4 Management responsibilities.
good_policy policies/isp.md
sed -i 's/clauses: \["5.2", "A.5.1"\]/clauses: ["5.1", "5.3", "A.5.4"]/' policies/isp.md
note() {
	write "requirements/$1.md" <<MD
---
tags:
  - "#requirement"
Name: $2
Code: "$3"
Framework: ISO27001:2022
Section: $4
Category: Security & Privacy Governance
---

# Description
MD
}
note 5.1 "Leadership and commitment" 5.1 Requirements
note 5.3 "Organizational roles, responsibilities & authorities" 5.3 Requirements
note A.5.4 "Management responsibilities" 5.4 "Annex A"
commit "Add requirement notes with the standard's names"
