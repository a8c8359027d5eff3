# Near miss of front-matter-body-mismatch: a one-line Dataview table agreeing with the front matter (&amp; is '&', empty cell is null).
good_policy policies/isp.md
sed -i 's/clauses: \["5.2", "A.5.1"\]/clauses: ["5.1", "5.2", "A.5.1"]/' policies/isp.md
write requirements/5.1.md <<'MD'
---
dg-publish: true
tags:
  - "#requirement"
Name: Leadership and commitment
Code: "5.1"
Framework: ISO27001:2022
Section: Requirements
Category: Security & Privacy Governance
Additional_Info:
---
<table><tbody><tr><td><span>Name</span></td><td><span>Leadership and commitment</span></td></tr><tr><td><span>Code</span></td><td><span>5.1</span></td></tr><tr><td><span>Framework</span></td><td><span>ISO27001:2022</span></td></tr><tr><td><span>Section</span></td><td><span>Requirements</span></td></tr><tr><td><span>Category</span></td><td><span>Security &amp; Privacy Governance</span></td></tr><tr><td><span>Additional Info</span></td><td><span></span></td></tr></tbody></table>

# Description

Top management shall demonstrate leadership and commitment.
MD
commit "Add a requirement note whose table agrees"
