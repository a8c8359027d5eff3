#!/usr/bin/env python3
"""cache-forge.py: what an attacker who can write the history cache
(docs/cache.md) would plant: a cache file that says commit COMMIT changed
PATH to BLOB against its first parent, with a correct SHA-256, so that
only the check of approvals against the commit's own trees can catch it.

    python3 cache-forge.py CACHE-FILE COMMIT PATH BLOB

The file is read and written in the format of lib/history/cache.c.
"""
import hashlib
import struct
import sys


def main():
    path, commit, doc, blob = sys.argv[1:5]
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
        (entries,) = struct.unpack_from("<I", body, at + 20)
        at += 24
        items = []
        for _ in range(entries):
            kind = body[at:at + 1]
            parent, folder = struct.unpack_from("<II", body, at + 1)
            blob_id = body[at + 9:at + 29]
            (plen,) = struct.unpack_from("<I", body, at + 29)
            items.append((kind, parent, folder, blob_id, body[at + 33:at + 33 + plen]))
            at += 33 + plen
        records.append((oid, items))
    target = bytes.fromhex(commit)
    found = False
    for oid, items in records:
        if oid == target:
            folder = doc.rfind("/") + 1
            items.append((b"M", 0, folder, bytes.fromhex(blob), doc.encode()))
            found = True
    if not found:
        sys.exit("cache-forge.py: the cache holds no commit %s" % commit)
    out = bytearray(head)
    out += struct.pack("<I", len(records))
    for oid, items in records:
        out += oid + struct.pack("<I", len(items))
        for kind, parent, folder, blob_id, p in items:
            out += kind + struct.pack("<II", parent, folder) + blob_id + struct.pack("<I", len(p)) + p
    out += hashlib.sha256(out).digest()
    open(path, "wb").write(bytes(out))


if __name__ == "__main__":
    main()
