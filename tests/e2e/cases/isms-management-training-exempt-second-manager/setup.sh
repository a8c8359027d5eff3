# management-training-exempt: a second top manager, Lee Carter (Managing Director), has neither training nor an acknowledgement.
isms_files
printf '  - name: Lee Carter\n    email: lee@example.com\n    roles: [Managing Director]\n' >>people.yml
isms_commit
