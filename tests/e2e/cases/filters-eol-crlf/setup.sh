# Attack: `*.md text eol=crlf` in .gitattributes; Alex commits the approved policy with CRLF line ends, other bytes than those approved. The clean filter turns the working tree's CRLF back into LF, the approved blob; what is committed is judged: stale.
filter_base '*.md text eol=crlf'
git show HEAD:policies/access.md | sed 's/$/\r/' | commit_raw policies/access.md "POL-002: CRLF line ends"
git show HEAD:policies/access.md | grep -q "$(printf '\r')"
