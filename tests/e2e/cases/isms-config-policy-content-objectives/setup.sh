# policy_content with its own objectives headings and phrases: a policy without them fails, and the message names the configured words rather than the default example.
isms_files
echo 'policy_content: { objectives_headings: ["aims"], objectives: ["annual security targets"] }' | write .clauselint.yml
isms_commit
