# Near miss: the access policy marked retired, and Dana (CEO) approves that content with her signed commit: accepted, and the retired policy is out of force.
attack_base
sed -i 's/^version: "1.0"/version: "1.0"\nstatus: retired/' policies/access.md
git add -A
git commit -q -m "POL-002: retired"
as_dana_signed "Approve the retirement of POL-002" --trailer "Approves: policies/access.md"
