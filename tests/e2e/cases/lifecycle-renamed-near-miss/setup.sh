# Near miss: a plain move of the approved access policy to another folder that is read: the document carries on, still approved, with no finding.
attack_base
mkdir -p policies/access
git mv policies/access.md policies/access/policy.md
git commit -q -m "Move the access policy into a folder of its own"
