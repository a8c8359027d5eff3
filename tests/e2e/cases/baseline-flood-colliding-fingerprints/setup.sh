# 200,000 baseline entries built to collide in the low 20 bits of FNV-1a
# over "broken-link\0notes/a.md\0" + fingerprint: each fingerprint is 20
# blocks, block k one of two 4-hex-digit strings that take the hash's low
# 20 bits to the same state (found by a birthday search per block). The
# maps hashed with unseeded FNV-1a and probed linearly, so these filled one
# run of slots: 4.4 s at 80,000 entries. Keyed SipHash (lib/util/util.c)
# spreads them like any others; the real finding still shows.
write notes/a.md <<'DOC'
---
id: REC-001
title: Notes
type: record
owner: ISMS Lead
date: 2026-01-10
---

See [the plan](plan.md).
DOC
commit "Add a note with a broken link"
awk 'BEGIN {
	split("0fa9:19d6 0659:1a06 1c1c:20b8 0e39:1200 02d9:1ac0 0e1a:10c9 0b29:1110 042b:10e8 082b:14e8 082b:14e8 082b:14e8 082b:14e8 082b:14e8 082b:14e8 082b:14e8 082b:14e8 082b:14e8 082b:14e8 082b:14e8 082b:14e8", pairs, " ")
	for (k = 1; k <= 20; k++) {
		split(pairs[k], pair, ":")
		zero[k] = pair[1]
		one[k] = pair[2]
	}
	print "{\"version\": 1, \"findings\": ["
	for (i = 0; i < 200000; i++) {
		fp = ""
		bits = i
		for (k = 1; k <= 20; k++) {
			fp = fp (bits % 2 ? one[k] : zero[k])
			bits = int(bits / 2)
		}
		printf "%s{\"rule\": \"broken-link\", \"path\": \"notes/a.md\", \"fingerprint\": \"%s\"}\n", i ? "," : "", fp
	}
	print "]}"
}' >"$(pwd).json"
