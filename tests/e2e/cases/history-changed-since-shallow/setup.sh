# --changed-since in a shallow CI checkout of a pull-request branch, where the merge base lies beyond the graft: that is history-shallow (exit 1, naming fetch-depth: 0), not a misleading "no common ancestor".
standard_people
at 2026-03-01
commit "Add the people registry"
at 2026-03-02
write README.md <<'MD'
# Policies
MD
commit "Add a README"
git checkout -q -b add-b
at 2026-03-03
good_policy policies/b.md PRO-002
sed -i 's/^type: policy/type: procedure/; s/"5.2", //; s/^title: .*/title: Procedure B/' policies/b.md
commit "Add procedure B"
git checkout -q main
