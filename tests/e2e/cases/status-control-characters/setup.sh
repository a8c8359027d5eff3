# status: a C1 control character (U+009B, which some terminals obey like ESC [) in a front matter value is shown as a space, in the documents table as in the requirements table, so a document can't drive the terminal.
good_policy policies/isp.md
sed -i 's/^id: POL-001$/id: "POL\\u009b31m-001"/' policies/isp.md
write requirements/5.2.md <<'MD'
---
Name: "Policy\u009b2J"
Code: "5.2"
Framework: ISO27001:2022
Section: Requirements
Category: Security & Privacy Governance
---
MD
commit "Add a policy whose id holds a control character"
