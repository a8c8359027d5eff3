# Attack (found by the red team): the pull request breaks the access policy's front matter (a second `approver:`), edits its text, and hides front-matter-invalid with <!-- clauselint-disable-file -->. A document whose front matter no longer reads has left force, and withdrawal-unapproved, an approval finding, can't be suppressed.
attack_base
sed -i 's/^approver: CEO$/approver: CEO\napprover: Developer/' policies/access.md
printf '\nDevelopers may grant themselves access.\n\n<!-- clauselint-disable-file -->\n' >>policies/access.md
git add -A
git commit -q -m "POL-002: developers grant access"
