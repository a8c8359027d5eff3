# Placeholders in metadata as starter kits leave them: a document-control
# block with `**Version:** [VERSION]  \` (a hard break after it),
# `**Owner:** [POLICY_OWNER_ROLE, e.g. CISO]`, `**Approved by:**
# [Information Security Manager]`, `**Date:** [DATE]`, and front matter
# `owner: [TBD]` (YAML's list of one). Each is placeholder-unfilled, once,
# and no other rule judges its form (no "not a version"). The near miss:
# `attendees: [CEO]` is a list, and `**Document ID:** POL-7  \` loses
# only its hard break.
printf 'read: [document-control]\nmapping:\n  types: {"policies/**": policy}\n' >>.clauselint.yml
write policies/access.md <<'MD'
# Access Control Policy

**Document ID:** POL-7  \
**Version:** [VERSION]  \
**Owner:** [POLICY_OWNER_ROLE, e.g. CISO]  \
**Approved by:** [Information Security Manager]  \
**Effective Date:** [DATE]

## Purpose

Access is granted on need.
MD
write records/review.md <<'MD'
---
id: REV-001
title: Management review
type: review
owner: [TBD]
date: 2026-02-01
attendees: [CEO]
---

# Management review
MD
commit "Add the documents from the starter kit"
