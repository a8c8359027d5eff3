# An approval carrying an OpenPGP signature (gpg's format, made here by writing the header into the commit object): approval-unverified, unsupported OpenPGP signature.
keygen dana
keygen sam
signing_people
require_signature
at 2026-03-01
good_policy policies/isp.md
commit "Add the information security policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
pgp=$(git cat-file commit HEAD | awk '{ print } /^committer / { print "gpgsig -----BEGIN PGP SIGNATURE-----"; print " "; print " iHUEABYKAB0WIQQ2c2lnbmF0dXJlLW5vdC1yZWFsAAAACgkQAAAAAAAAAAA="; print " =AAAA"; print " -----END PGP SIGNATURE-----" }' | git hash-object -t commit -w --stdin)
git update-ref refs/heads/main "$pgp"
git cat-file commit HEAD | grep -q '^gpgsig -----BEGIN PGP SIGNATURE-----$'
