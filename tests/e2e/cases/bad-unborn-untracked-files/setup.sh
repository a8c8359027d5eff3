# A repository with no commit but untracked documents lints the working tree: exit 1 for the bad one.
good_policy policies/isp.md
write policies/bad.md <<'MD'
---
id: POL-002
title: [unclosed
---
MD
