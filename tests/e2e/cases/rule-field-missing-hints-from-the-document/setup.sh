# front-matter-field-missing's hints come from the document: the title
# is its first heading, and the id one that no document uses (POL-001 is
# taken): following the hint can't make a duplicate-id.
good_policy policies/isp.md
write policies/access.md <<'MD'
---
type: policy
owner: ISMS Lead
version: "1.0"
approver: CEO
---

# Access Control Policy

Access is granted on need.
MD
commit "Add the access policy"
