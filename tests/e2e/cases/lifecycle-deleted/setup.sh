# Attack: the pull request deletes the approved access policy; nobody approves its withdrawal. The finding is on the path it had, names the commit and gives the Withdraws: command.
attack_base
git rm -q policies/access.md
git commit -q -m "Remove the access policy"
