# Attack: the pull request marks the approved access policy `status: retired`; nobody approves.
attack_base
sed -i 's/^version: "1.0"/version: "1.0"\nstatus: retired/' policies/access.md
git add -A
git commit -q -m "POL-002: retired"
