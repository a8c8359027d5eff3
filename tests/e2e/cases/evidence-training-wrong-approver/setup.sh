# Attack: Alex writes the training record (owner: ISMS Lead), commits it, and approves it in a second signed commit of his own. He is not the ISMS Lead nor top management.
evidence_base training
evidence_training
git add -A
git commit -q -m "Record the CEO's training"
signed alex commit -q -S --allow-empty -m "Approve TRN-002" --trailer "Approved-by: Alex Kim <alex@example.com>" --trailer "Approves: records/security-training-2026-11.md"
