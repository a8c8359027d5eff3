# Attack: the minutes list the CEO as attendee; the approval is by Bob Chen, a Board member (top management), whom Dana added to people.yml with his key in an approval of her own, but who didn't attend. A management review counts only when approved by top management who attended. (Bob's key counting at all is the legitimate path of the chain of trust: Dana approved the registry that added it.)
evidence_base review
keygen bob
cat >>people.yml <<YML
  - name: Bob Chen
    email: bob@example.com
    roles: [Board]
    signing_keys:
      - $(cat .git/keys/bob.pub)
YML
git add people.yml
git commit -q -m "Add Bob Chen to the registry"
as_dana_signed "Approve the people registry" --trailer "Approves: people.yml"
evidence_review
git add -A
git commit -q -m "Record the management review"
GIT_AUTHOR_NAME="Bob Chen" GIT_AUTHOR_EMAIL=bob@example.com GIT_COMMITTER_NAME="Bob Chen" GIT_COMMITTER_EMAIL=bob@example.com \
	signed bob commit -q -S --allow-empty -m "Approve MR-002" --trailer "Approved-by: Bob Chen <bob@example.com>" --trailer "Approves: records/management-review-2026-11.md"
