# Near miss: Alex deletes the access policy, and Dana (CEO) approves its withdrawal with a signed Withdraws: commit: accepted.
attack_base
git rm -q policies/access.md
git commit -q -m "Remove the access policy"
as_dana_signed "Withdraw POL-002 1.0" --trailer "Withdraws: policies/access.md"
