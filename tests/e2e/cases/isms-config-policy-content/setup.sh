# policy_content: { continual_improvement: ["kaizen"] } replaces the phrases for 5.2 d: a policy committing to "kaizen" passes.
ISMS_COMMITMENTS='## Commitments

Top management commits to satisfy applicable requirements related to
information security, and to kaizen in the information security
management system.'
isms_files
echo 'policy_content: { continual_improvement: ["kaizen"] }' | write .clauselint.yml
isms_commit
