# Near misses of the Obsidian readings: "-" stands for an empty field
# only, not for a value the front matter has; a [[link]] renders as its
# alias when it has one, not its target; a `%%` never closed hides
# nothing (its link is reported); a Framework that isn't a name is still
# front-matter-field-invalid.
good_policy policies/isp.md
sed -i 's/clauses: \["5.2", "A.5.1"\]/clauses: ["5.1", "5.2", "A.5.1"]/' policies/isp.md
write requirements/5.1.md <<'MD'
---
Name: Leadership and commitment
Code: "5.1"
Framework: ISO27001:2022
Section: Requirements
Category: Governance
Owner: "[[CISO|Chief Information Security Officer]]"
Additional_Info: Board review
---
<table><tbody><tr><td><span>Owner</span></td><td><span>CISO</span></td></tr><tr><td><span>Additional Info</span></td><td><span>-</span></td></tr></tbody></table>

Top management shall demonstrate leadership. %% never closed [[Board minutes]]
MD
write requirements/5.2.md <<'MD'
---
Name: Policy
Code: "5.2"
Framework: [ISO27001:2022, SOC2]
Section: Requirements
Category: Governance
---
MD
commit "Add the vault"
