# --changed-since naming no revision (origin/main not fetched) is a usage error: exit 2, one line on standard error.
standard_people
at 2026-03-01
good_policy policies/a.md PRO-001
sed -i 's/^type: policy/type: procedure/; s/"5.2", //; s/^title: .*/title: Procedure A/' policies/a.md
commit "Add procedure A"
