# Attack: as filters-ident-hides-an-edit, with a one-word keyword, `$Id: unapproved $`, which checking out expands to `$Id: <blob id> $`: the working tree is the checkout of the committed blob through the smudge filter, and is judged as that blob.
filter_base '*.md ident' 'Document $Id$'
sed 's/\$Id[^$]*\$/$Id: unapproved $/' policies/access.md | commit_raw policies/access.md "POL-002: a note in the keyword"
git show HEAD:policies/access.md | grep -q 'unapproved'
