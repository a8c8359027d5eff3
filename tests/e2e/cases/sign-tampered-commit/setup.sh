# Dana's signed approval is rewritten afterwards (one byte of its message changed, the signature header kept, the branch moved to the new object): the signature no longer verifies, approval-unverified (invalid).
keygen dana
keygen sam
signing_people
require_signature
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
signed dana commit -q -S --allow-empty -m "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
tampered=$(git cat-file commit HEAD | sed 's/^Approve POL-001 1.0$/Approve POL-001 1.1/' | git hash-object -t commit -w --stdin)
git update-ref refs/heads/main "$tampered"
git cat-file commit HEAD | grep -q '^gpgsig -----BEGIN SSH SIGNATURE-----$'
git cat-file commit HEAD | grep -q '^Approve POL-001 1.1$'
