# Near miss of filters-eol-crlf: with `*.md text eol=crlf`, the approved policy checked out has CRLF line ends in the working tree, and is still the approved blob: the clean filter is what git commits, and the file is unchanged.
filter_base '*.md text eol=crlf'
rm policies/access.md
git checkout -- policies/access.md
grep -q "$(printf '\r')" policies/access.md
