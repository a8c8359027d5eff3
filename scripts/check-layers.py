#!/usr/bin/env python3
"""check-layers.py: the arrows between the source files run one way
(docs/architecture.md).

    python3 scripts/check-layers.py BUILD

Reads which file defines and which uses each symbol from the objects
under BUILD/obj (nm), and fails when:
- two files call each other, directly or round a loop;
- two folders do (lib/<stage>, rules, cmd);
- the library (lib/) names anything of rules/ or cmd/: it runs the rule
  table it is handed.
"""
import collections
import glob
import os
import subprocess
import sys


def symbols(build):
    defined, used = {}, collections.defaultdict(set)
    for obj in glob.glob(os.path.join(build, 'obj', '**', '*.o'), recursive=True):
        source = os.path.relpath(obj, os.path.join(build, 'obj'))[:-2] + '.c'
        if source.startswith('tests/'):
            continue
        out = subprocess.run(['nm', obj], capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[1] in 'TDRB':
                defined[parts[2]] = source
            elif len(parts) == 2 and parts[0] == 'U':
                used[source].add(parts[1])
    return defined, used


def cycles(graph):
    """The strongly connected components of more than one node."""
    index, low, on, stack, found = {}, {}, set(), [], []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def folder(path):
    parts = path.split('/')
    return '/'.join(parts[:2]) if parts[0] in ('lib', 'gen') else parts[0]


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else 'build'
    defined, used = symbols(build)
    if not defined:
        print('check-layers: no objects under %s/obj: build first' % build, file=sys.stderr)
        return 2
    files = collections.defaultdict(set)
    for source, names in used.items():
        for name in names:
            target = defined.get(name)
            if target and target != source:
                files[source].add(target)
    folders = collections.defaultdict(set)
    for source, targets in files.items():
        for target in targets:
            if folder(source) != folder(target):
                folders[folder(source)].add(folder(target))
    problems = []
    for loop in cycles(files):
        problems.append('files call each other: ' + ' -> '.join(loop))
    for loop in cycles(folders):
        problems.append('folders call each other: ' + ' -> '.join(loop))
    for source, targets in sorted(files.items()):
        for target in sorted(targets):
            if source.startswith('lib/') and folder(target) in ('rules', 'cmd'):
                problems.append('%s uses %s: the library runs the table it is handed' % (source, target))
    for p in problems:
        print('check-layers: ' + p)
    if problems:
        return 1
    print('check-layers: %d files, %d folders, every arrow one way' % (len(set(defined.values())), len(folders)))
    return 0


sys.exit(main())
