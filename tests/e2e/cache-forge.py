#!/usr/bin/env python3
"""cache-forge.py: what an attacker who can write the history cache
(docs/cache.md) would plant: a cache file that says commit COMMIT changed
PATH to BLOB against its first parent, with a correct SHA-256, so that
only the check of approvals against the commit's own trees can catch it.

    python3 cache-forge.py CACHE-FILE COMMIT PATH BLOB
    python3 cache-forge.py --trailer CACHE-FILE COMMIT KEY VALUE

With --trailer, the cache says COMMIT carries the trailer KEY: VALUE
(an Approved-by its author never wrote). The file is read and written in
the format of lib/history/cache.c.
"""
import hashlib
import struct
import sys


def main():
    trailer = sys.argv[1] == "--trailer"
    args = sys.argv[2:6] if trailer else sys.argv[1:5]
    path, commit, doc, blob = args
    data = open(path, "rb").read()
    body, _ = data[:-32], data[-32:]
    magic = b"clauselint commit cache\n"
    assert body.startswith(magic)
    at = len(magic)
    (n,) = struct.unpack_from("<I", body, at)
    at += 4 + n
    head = body[:at]
    (count,) = struct.unpack_from("<I", body, at)
    at += 4
    records = []
    for _ in range(count):
        oid = body[at:at + 20]
        holds = body[at + 20]
        at += 21
        facts = b""
        if holds & 2:
            start = at
            (parents, trailers) = struct.unpack_from("<II", body, at)
            at += 8
            for _ in range(2 * trailers):
                (n,) = struct.unpack_from("<I", body, at)
                at += 4 + n
            facts = body[start:at]
        items = None
        if holds & 1:
            (entries,) = struct.unpack_from("<I", body, at)
            at += 4
            items = []
            for _ in range(entries):
                kind = body[at:at + 1]
                parent, folder = struct.unpack_from("<II", body, at + 1)
                blob_id = body[at + 9:at + 29]
                (plen,) = struct.unpack_from("<I", body, at + 29)
                items.append((kind, parent, folder, blob_id, body[at + 33:at + 33 + plen]))
                at += 33 + plen
        records.append((oid, holds, facts, items))
    target = bytes.fromhex(commit)
    found = False
    for i, (oid, holds, facts, items) in enumerate(records):
        if oid != target:
            continue
        if trailer and holds & 2:
            parents, count = struct.unpack_from("<II", facts, 0)
            key, value = doc.encode(), blob.encode()
            facts = struct.pack("<II", parents, count + 1) + facts[8:] + \
                struct.pack("<I", len(key)) + key + struct.pack("<I", len(value)) + value
            records[i] = (oid, holds, facts, items)
            found = True
        elif not trailer and items is not None:
            folder = doc.rfind("/") + 1
            items.append((b"M", 0, folder, bytes.fromhex(blob), doc.encode()))
            found = True
    if not found:
        sys.exit("cache-forge.py: the cache holds nothing of that kind for commit %s" % commit)
    out = bytearray(head)
    out += struct.pack("<I", len(records))
    for oid, holds, facts, items in records:
        out += oid + bytes([holds]) + facts
        if items is not None:
            out += struct.pack("<I", len(items))
            for kind, parent, folder, blob_id, p in items:
                out += kind + struct.pack("<II", parent, folder) + blob_id + struct.pack("<I", len(p)) + p
    out += hashlib.sha256(out).digest()
    open(path, "wb").write(bytes(out))


if __name__ == "__main__":
    main()
