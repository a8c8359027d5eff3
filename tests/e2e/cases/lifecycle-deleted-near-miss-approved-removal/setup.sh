# Near miss: Dana (CEO) deletes the access policy herself in a signed commit with her Approved-by: the commit that removed it carries the approval.
attack_base
git rm -q policies/access.md
as_dana_signed "Retire POL-002"
