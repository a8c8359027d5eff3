# --changed-since main on a branch reports only documents changed since the merge base: B (committed) and C (untracked), not A, unapproved on main and edited on main after the branch began.
standard_people
at 2026-03-01
good_policy policies/a.md PRO-001
sed -i 's/^type: policy/type: procedure/; s/"5.2", //; s/^title: .*/title: Procedure A/' policies/a.md
commit "Add procedure A"
git checkout -q -b add-b
at 2026-03-02
good_policy policies/b.md PRO-002
sed -i 's/^type: policy/type: procedure/; s/"5.2", //; s/^title: .*/title: Procedure B/' policies/b.md
commit "Add procedure B"
git checkout -q main
at 2026-03-03
echo "Reviewed by the ISMS Lead." >>policies/a.md
commit "Revise procedure A"
git checkout -q add-b
good_policy policies/c.md PRO-003
sed -i 's/^type: policy/type: procedure/; s/"5.2", //; s/^title: .*/title: Procedure C/' policies/c.md
