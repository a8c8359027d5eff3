# A good policy with a UTF-8 BOM and CRLF line endings is valid: no finding, exit 0.
good_policy tmp.md
mkdir -p policies
{ printf '\357\273\277'; sed 's/$/\r/' tmp.md; } >policies/information-security-policy.md
rm tmp.md
git config core.autocrlf false
commit "Add the information security policy with a BOM and CRLF"
