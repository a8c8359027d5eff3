# A policy in German (`lang: de`) states the three commitments of clause
# 5.2 b, c and d in German words, and the 5.2 c and d sentences in a
# lettered list indented four spaces (as pandoc writes it, CommonMark's
# code block): the German wordings are found, no finding.
standard_people
printf "framework: ISO27001:2022\n" | write .clauselint.yml
at 2026-03-01
write policies/isp.md <<'MD'
---
id: POL-001
title: Informationssicherheitsleitlinie
type: policy
owner: ISMS Lead
version: "1.0"
approver: CEO
clauses: ["5.2", "A.5.1"]
lang: de
---

# Informationssicherheitsleitlinie

## Informationssicherheitsziele

Die Geschäftsführung legt jährlich messbare Ziele fest.

## Verpflichtungen

Die Geschäftsführung verpflichtet sich:

    a. zur Erfüllung der zutreffenden Anforderungen in Bezug auf Informationssicherheit;
    b. zur fortlaufenden Verbesserung des ISMS.
MD
commit "Add the policy"
as "Dana Whitfield" dana@example.com
at 2026-03-02
commit "Approve POL-001 1.0" --trailer "Approved-by: Dana Whitfield <dana@example.com>" --trailer "Approves: policies/isp.md"
