# policy_content: { continual_improvement: ["kaizen"] }: a policy without "kaizen" fails even though it says "continual improvement", and the message names the configured phrase.
isms_files
echo 'policy_content: { continual_improvement: ["kaizen"] }' | write .clauselint.yml
isms_commit
