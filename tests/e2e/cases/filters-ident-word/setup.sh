# Attack: as filters-ident-hides-an-edit, with a one-word keyword, `$Id: unapproved $`, which checking out expands to `$Id: <blob id> $`: the working tree is the checkout of the committed blob through the smudge filter, and is judged as that blob.
attack_base
git checkout -q main
printf '*.md ident\n' >.gitattributes
printf '\nDocument $Id$\n' >>policies/access.md
git add -A
git commit -q -m "Identify the documents"
as_dana_signed "Approve POL-002" --trailer "Approves: policies/access.md"
approve_trust again
git checkout -q -B change
as "Alex Kim" alex@example.com
at 2026-04-01
# The committed blob carries the edit inside the keyword, as a raw
# object (git add would collapse it too).
blob=$(sed 's/\$Id[^$]*\$/$Id: unapproved $/' policies/access.md | git hash-object -w --stdin)
git update-index --cacheinfo 100644,"$blob",policies/access.md
git commit -q -m "POL-002: a note in the keyword"
rm policies/access.md
git checkout -- policies/access.md
git show HEAD:policies/access.md | grep -q 'unapproved'
# The working tree is the checkout of what is committed.
git show HEAD:policies/access.md | git -c core.attributesFile=/dev/null hash-object --stdin --path policies/access.md >/dev/null
