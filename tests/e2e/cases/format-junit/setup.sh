# --format junit: a test case per document (the clean one passes), a failure per error, warnings and notes as system-out; without .clauselint.yml the repository-level findings are the case "(repository)"; < & > " and ' escaped in names and messages.
formats_repository
git rm -q .clauselint.yml
commit "Use the default configuration"
