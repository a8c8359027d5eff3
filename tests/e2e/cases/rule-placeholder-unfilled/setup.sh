# placeholder-unfilled: a policy adopted from a template, with
# `{{senior_management}}` as its approver, `[Company Name]` and `[TBD]`
# in its text, and `id: {{code}}`: each reported where it stands, and the
# approval command printed carries none of them. The near misses: a
# `{{literal}}` in a code span, a link `[Date](dates.md)`, and [[Tool]].
write policies/isp.md <<'MD'
---
id: "{{code}}"
title: Information Security Policy
type: policy
owner: ISMS Lead
version: "1.0"
approver: "{{senior_management}}"
---

# Information Security Policy

[Company Name] commits to the objectives, reviewed every [TBD].

Write `{{literal}}` in templates; see [Date](dates.md) and [[isp]].
MD
printf '# Dates\n' | write policies/dates.md
commit "Add the policy from the template"
