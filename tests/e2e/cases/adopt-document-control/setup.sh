# An ISMS whose documents carry a "Document Control" table at the top of
# the body (Document ID, Type, Owner, Approved By, Version, Status, Next
# Review), or the same as a blockquote (`> **Policy ID**: ...`). init
# --adopt reads both (read: document-control) and maps their values.
rm .clauselint.yml
write policies/access-control.md <<'MD'
# Access Control Policy

| Field | Value |
| --- | --- |
| Document ID | POL-AC-001 |
| Type | Policy |
| Owner | CISO |
| Approved By | CEO |
| Version | 1.2 |
| Status | Approved |
| Next Review | 2027-01-31 |

## Purpose

Access is granted on the principle of least privilege.
MD
write policies/acceptable-use.md <<'MD'
# Acceptable Use Policy

> **Policy ID**: POL-AU-002
> **Type**: Policy
> **Owner**: CISO
> **Approved By**: CEO
> **Version**: 1.0

## Purpose

How company systems may be used.
MD
at 2026-03-01
commit "Add the ISMS"
adopt_check
