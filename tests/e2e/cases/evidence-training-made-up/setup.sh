# Attack: the pull request adds a training record naming the CEO, written by Alex (Developer) and approved by nobody. Records are evidence only when approved: management-training-exempt says which record and who must approve it.
evidence_base training
evidence_training
git add -A
git commit -q -m "Record the CEO's training"
