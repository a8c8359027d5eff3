# Attack: `*.md text eol=crlf` in .gitattributes; Alex commits the approved policy with CRLF line ends, other bytes than those approved. The clean filter turns the working tree's CRLF back into LF, the approved blob; what is committed is judged: stale.
attack_base
git checkout -q main
printf '*.md text eol=crlf\n' >.gitattributes
git add -A
git commit -q -m "Identify the documents"
as_dana_signed "Approve POL-002" --trailer "Approves: policies/access.md"
approve_trust again
git checkout -q -B change
as "Alex Kim" alex@example.com
at 2026-04-01
# The committed blob has CRLF line ends, as a raw object (git add would
# convert them).
blob=$(git show HEAD:policies/access.md | sed 's/$/\r/' | git hash-object -w --stdin)
git update-index --cacheinfo 100644,"$blob",policies/access.md
git commit -q -m "POL-002: CRLF line ends"
rm policies/access.md
git checkout -- policies/access.md
git show HEAD:policies/access.md | grep -q "$(printf '\r')"
# The working tree is the checkout of what is committed.
git show HEAD:policies/access.md | git -c core.attributesFile=/dev/null hash-object --stdin --path policies/access.md >/dev/null
