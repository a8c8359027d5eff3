# Near miss: the training record Alex wrote is approved by Dana (top management, whom required_approver gives training records by default) with her signed commit: it is evidence, and the CEO is trained.
evidence_base training
evidence_training
git add -A
git commit -q -m "Record the CEO's training"
as_dana_signed "Approve TRN-002" --trailer "Approves: records/security-training-2026-11.md"
