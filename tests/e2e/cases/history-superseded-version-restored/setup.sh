# A superseded version comes back: the CEO approved v1, then v2 ("Exceptions are forbidden"); Sam restores v1's bytes. v1's approval was superseded by the later one of v2: approval-stale, saying so.
superseded_base
sed -i '/^Exceptions are forbidden.$/d' policies/isp.md
commit "Restore the earlier text"
