# status --requirements: a note no document claims shows an em dash for its documents, and the closing line counts it as claimed by no active document; a note whose Section is neither Requirements nor Annex A has no code ("-") and sorts last.
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
write requirements/odd.md <<'MD'
---
Name: Something else
Code: "5.2"
Framework: ISO27001:2022
Section: Appendix
Category: Security & Privacy Governance
---
MD
good_policy policies/isp.md
commit "Add the policy and three requirement notes"
