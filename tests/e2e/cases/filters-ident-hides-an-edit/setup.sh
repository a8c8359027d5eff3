# Attack: `*.md ident` in .gitattributes; the approved policy has `$Id$`, and Alex commits an edit of the keyword to `$Id: exceptions need no approval $`. The clean filter folds that back to `$Id$`, so the working tree hashed through it matches the approved blob; git, and clauselint, judge what is committed: the edit is stale, in the working tree as with --rev HEAD.
filter_base '*.md ident' 'Document $Id$'
# The edit inside the keyword.
sed 's/\$Id[^$]*\$/$Id: exceptions need no approval $/' policies/access.md |
	commit_raw policies/access.md "POL-002: a note in the keyword"
git show HEAD:policies/access.md | grep -q 'exceptions need no approval'
