# Attack: the pull request renames the approved access policy access.markdown, which isn't read.
attack_base
git mv policies/access.md policies/access.markdown
git commit -q -m "Rename the access policy"
