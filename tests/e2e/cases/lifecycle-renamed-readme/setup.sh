# Attack: the configuration in force leaves out README.md; the pull request renames the approved access policy policies/README.md.
ATTACK_ALSO=excludes attack_base
git mv policies/access.md policies/README.md
git commit -q -m "The access policy is the folder's README"
