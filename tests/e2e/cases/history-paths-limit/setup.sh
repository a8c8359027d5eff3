# A PATH argument limits the report to the named document: two never-approved procedures, one PATH, only its approval-missing.
standard_people
at 2026-03-01
good_policy policies/a.md PRO-001
sed -i 's/^type: policy/type: procedure/; s/"5.2", //; s/^title: .*/title: Procedure A/' policies/a.md
good_policy policies/b.md PRO-002
sed -i 's/^type: policy/type: procedure/; s/"5.2", //; s/^title: .*/title: Procedure B/' policies/b.md
commit "Add two procedures"
