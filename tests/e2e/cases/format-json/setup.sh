# --format json: every finding has a fingerprint, the odd file name escaped; policy-missing on .clauselint.yml.
formats_repository
