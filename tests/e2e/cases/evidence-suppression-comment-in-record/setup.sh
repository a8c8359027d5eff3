# Attack: the pull request adds a training record naming the CEO, approved by nobody, with comments that disable management-training-exempt in it. The finding is placed on that record, where the fix is, but it is about the repository: no comment in the record can silence it.
evidence_base training
evidence_training
printf '\n<!-- clauselint-disable management-training-exempt -->\n<!-- clauselint-disable-file management-training-exempt -->\n' >>records/security-training-2026-11.md
git add -A
git commit -q -m "Record the CEO's training"
