# An unknown key inside policy_content is a configuration error: exit 2, one line naming file, line and the known keys.
isms_files
echo 'policy_content: { continual_improvment: ["kaizen"] }' | write .clauselint.yml
isms_commit
