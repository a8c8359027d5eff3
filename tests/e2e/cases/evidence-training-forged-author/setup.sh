# Attack (found by the red team): as evidence-training-self-approved, with the record committed under Sam's name (git's author line is unauthenticated) and approved in a second commit by Alex with his key. Who wrote a record decides nothing: training records need top management.
evidence_base training
evidence_training "Developer"
git add -A
GIT_AUTHOR_NAME="Sam Ortiz" GIT_AUTHOR_EMAIL=sam@example.com git commit -q -m "Record the CEO's training"
signed alex commit -q -S --allow-empty -m "Approve TRN-002" --trailer "Approved-by: Alex Kim <alex@example.com>" --trailer "Approves: records/security-training-2026-11.md"
