# status --requirements PATH: only the requirement notes under PATH are listed; the documents claiming them are still found everywhere.
for code in 5.1 5.2; do
	write requirements/$code.md <<MD
---
Name: Policy
Code: "$code"
Framework: ISO27001:2022
Section: Requirements
Category: Security & Privacy Governance
---
MD
done
sed -i 's/^Name: Policy$/Name: Leadership and commitment/' requirements/5.1.md
good_policy policies/isp.md
commit "Add the policy and two requirement notes"
