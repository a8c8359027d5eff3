# Near miss of filters-eol-crlf: with `*.md text eol=crlf`, the approved policy checked out has CRLF line ends in the working tree, and is still the approved blob: the clean filter is what git commits, and the file is unchanged.
attack_base
git checkout -q main
printf '*.md text eol=crlf\n' >.gitattributes
git add -A
git commit -q -m "CRLF in the working tree"
approve_trust again
git checkout -q -B change
rm policies/access.md
git checkout -- policies/access.md
grep -q "$(printf '\r')" policies/access.md
