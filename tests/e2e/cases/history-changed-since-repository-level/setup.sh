# --changed-since keeps repository-level findings: in a depth-2 CI checkout where the merge base is present, history-shallow (attached to no file) is still reported, exit 1.
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
