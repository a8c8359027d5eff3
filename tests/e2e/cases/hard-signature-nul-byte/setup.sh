# A commit whose gpgsig header holds a NUL byte is one approval that can't be verified (approval-unverified, malformed), not a run that fails: exit 1, and every other approval is still read.
keygen dana
keygen sam
signing_people
require_signature
at 2026-03-01
good_policy policies/isp.md
good_policy policies/access.md POL-002
sed -i 's/"5.2", //' policies/access.md
commit "Add the policies"
at 2026-03-02
as "Dana Whitfield" dana@example.com
signed dana commit -q -S --allow-empty -m "Approve POL-002" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/access.md"
# A signed approval of POL-001, its signature header then given a NUL
# after the armour's end: libgit2 refuses the header ("malformed header").
signed dana commit -q -S --allow-empty -m "Approve POL-001" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
git cat-file commit HEAD | perl -0pe 's/(-----END SSH SIGNATURE-----)/$1\0/' >../nul-commit
grep -qaP '\x00' ../nul-commit
forged=$(git hash-object -t commit -w --literally ../nul-commit)
git update-ref HEAD "$forged"
