# management-training-exempt near miss: Lee Carter (Managing Director) left on 2026-06-30 (people.yml until), so is no longer required to train or acknowledge.
isms_files
printf '  - name: Lee Carter\n    email: lee@example.com\n    roles: [Managing Director]\n    until: 2026-06-30\n' >>people.yml
isms_commit
