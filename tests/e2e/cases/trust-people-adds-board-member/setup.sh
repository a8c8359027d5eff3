# Attack: the pull request adds a "Board" person holding Alex's second key, then approves an edit as that person. The registry in force knows no such person: trust-input-unapproved on people.yml, and the approval is approval-unverified (a key in nobody's signing_keys).
attack_base
keygen board
cat >>people.yml <<YML
  - name: Bo Ard
    email: board@example.com
    roles: [Board]
    signing_keys:
      - $(cat .git/keys/board.pub)
YML
commit "Add the board"
echo "Exceptions need no approval." >>policies/isp.md
git add -A
GIT_COMMITTER_NAME="Bo Ard" GIT_COMMITTER_EMAIL=board@example.com signed board commit -q -S -m "POL-001: exceptions" --trailer "Approved-by: Bo Ard <board@example.com>"
