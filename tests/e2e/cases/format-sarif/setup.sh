# --format sarif -o FILE: SARIF 2.1.0 with every rule (their descriptions elided here; tests/formats/validate.sh checks them), a result per finding with its level, ruleIndex, a percent-encoded uri under %SRCROOT% and the fingerprint; without .clauselint.yml the repository-level findings are put on it, since code scanning needs a file.
formats_repository
git rm -q .clauselint.yml
commit "Use the default configuration"
