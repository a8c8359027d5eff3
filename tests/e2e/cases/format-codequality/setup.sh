# --format codequality -o FILE: the GitLab Code Quality array; error, warning and note as major, minor and info; policy-missing on .clauselint.yml; the odd file name as JSON.
formats_repository
