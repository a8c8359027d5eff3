# A superseded version comes back under another path: the CEO approved v1, then v2 ("Exceptions are forbidden"); Sam removes the policy and adds v1's bytes as policies/isp-2025.md. Its id, POL-001, carries the document on, and v1's approval stays superseded by the later one of v2: approval-stale, saying so.
superseded_base
git show HEAD~2:policies/isp.md >policies/isp-2025.md
git rm -q policies/isp.md
commit "Restore the earlier text under a new name"
