#!/usr/bin/env python3
"""The folder dependency graph of src/, checked against the layer order.

Data flows one way through precis: a folder of src/ may use the folders
below it in LAYERS, never one above it, so no two folders depend on each
other.  This script derives the graph from the `#include "..."` lines of
src/ (and, given the compiled objects, from the symbols each object uses),
prints it, and exits 1 on an edge that points up, on a cycle, on a folder
missing from LAYERS, and on a front end that includes anything but the
public header and the front ends below them (server/ and python/,
beside src/, are read too).

    tools/layers.py [--src DIR] [--objects OBJ;OBJ;... | --objects DIR]

LAYERS is the one place the order is written; ARCHITECTURE.md and the
README describe it.  A new folder gets its line here.
"""
import argparse
import os
import re
import subprocess
import sys

# Lowest first.  A folder may depend on folders of lower lines only.
# "core" is the files directly in src/ (selection, ordering, the summary).
LAYERS = [
    ("util", "buffers, arena, allocator, UTF-8, hashing, sorting"),
    ("lang", "language identification and one profile per language"),
    ("text", "clean, segment, tokenize, stem, words, dates, document metadata"),
    ("html", "main-content extraction of a web page"),
    ("model", "the cluster: documents, sentences, vocabulary, features"),
    ("io", "readers: files, directories, joined text, JSON Lines, HTML pages"),
    ("rank", "one file per ranking method, registered in one table"),
    ("digest", "quotes, figures, timeline, entities"),
    ("core", "src/*.c: budgeted selection, ordering, the summary"),
    ("stories", "online story clustering of a stream"),
    ("eval", "ROUGE-1.5.5 scoring"),
    ("render", "every output format of every product, one table"),
    ("python", "front end: the Python binding (public header only)"),
    ("server", "front end: precis serve, HTTP and store (public header only)"),
    ("cli", "front end: the precis program (`precis serve` runs precis-serve)"),
]
# Front ends use the public header only (and the front ends below them).
# Those outside src/ are top-level folders of the project.
FRONT_ENDS = {"cli", "server", "python"}
PUBLIC = "precis.h"
INCLUDE_RE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
SOURCE_EXT = (".c", ".h", ".inc")


def front_end_dirs(src):
    """The front ends' folders beside src/ that exist: {name: path}."""
    root = os.path.dirname(src)
    return {f: os.path.join(root, f) for f in sorted(FRONT_ENDS)
            if os.path.isdir(os.path.join(root, f))}


def folder_of(src, path):
    """The layer folder of a file under src/ ('core' for src/*.c) or of a
    front end beside it."""
    for name, d in front_end_dirs(src).items():
        if os.path.commonpath([d, path]) == d:
            return name
    rel = os.path.relpath(path, src)
    parts = rel.split(os.sep)
    return "core" if len(parts) == 1 else parts[0]


def resolve(src, includer, name):
    """The file an #include "name" in `includer` names, or None (a system
    header given with quotes)."""
    for base in [os.path.dirname(includer), src] + list(front_end_dirs(src).values()):
        p = os.path.normpath(os.path.join(base, name))
        if os.path.isfile(p):
            return p
    return None


def include_edges(src):
    """{(from_folder, to_folder): [file:line, ...]} and the front-end faults."""
    edges, faults, folders = {}, [], set()
    walks = [os.walk(src)] + [os.walk(d) for d in front_end_dirs(src).values()]
    for root, _, files in (w for walk in walks for w in walk):
        for f in sorted(files):
            if not f.endswith(SOURCE_EXT):
                continue
            path = os.path.join(root, f)
            a = folder_of(src, path)
            folders.add(a)
            text = open(path, encoding="utf-8", errors="replace").read()
            for m in INCLUDE_RE.finditer(text):
                name = m.group(1)
                line = text.count("\n", 0, m.start()) + 1
                where = "%s:%d" % (os.path.relpath(path, os.path.dirname(src)), line)
                if os.path.basename(name) == PUBLIC:
                    continue
                target = resolve(src, path, name)
                if target is None:
                    faults.append("%s: includes \"%s\", found nowhere in the project"
                                  % (where, name))
                    continue
                b = folder_of(src, target)
                if a in FRONT_ENDS and b not in FRONT_ENDS:
                    faults.append("%s: front end %s includes %s (only %s and front ends)"
                                  % (where, a, name, PUBLIC))
                if a != b:
                    edges.setdefault((a, b), []).append(where)
    return edges, folders, faults


def nm_symbols(objects):
    """{object: (defined, undefined)} global symbols of the object files."""
    out = subprocess.run(["nm", "-P", "-A"] + objects, capture_output=True, text=True,
                         check=True).stdout
    syms = {o: (set(), set()) for o in objects}
    for line in out.splitlines():
        head, _, rest = line.partition(": ")
        f = rest.split()
        if head not in syms or len(f) < 2:
            continue
        sym, kind = f[0], f[1]
        if kind == "U":
            syms[head][1].add(sym)
        elif kind in "TDBRVWCG":
            syms[head][0].add(sym)
    return syms


def object_edges(src, objects):
    """{(from_folder, to_folder): [symbol, ...]} from the library's objects:
    calls and data uses through any header, the public one included."""
    marker = os.sep + "src" + os.sep
    owner, uses = {}, []
    objects = [o for o in objects if o.rfind(marker) >= 0]
    syms = nm_symbols(objects) if objects else {}
    for obj in objects:
        i = obj.rfind(marker)
        srcfile = os.path.join(src, obj[i + len(marker):])
        srcfile = re.sub(r"\.o(bj)?$", "", srcfile)
        a = folder_of(src, srcfile)
        defined, undefined = syms[obj]
        for s in defined:
            owner[s] = a
        uses.append((a, undefined))
    edges = {}
    for a, undefined in uses:
        for s in undefined:
            b = owner.get(s)
            if b and b != a:
                edges.setdefault((a, b), []).append(s)
    return edges


def find_cycle(nodes, edges):
    """One cycle of the graph as a list of folders, or None."""
    succ = {n: sorted({b for (a, b) in edges if a == n}) for n in nodes}
    state, stack = {}, []

    def visit(n):
        state[n] = 1
        stack.append(n)
        for m in succ.get(n, []):
            if state.get(m) == 1:
                return stack[stack.index(m):] + [m]
            if not state.get(m):
                c = visit(m)
                if c:
                    return c
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(nodes):
        if not state.get(n):
            c = visit(n)
            if c:
                return c
    return None


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", default=os.path.join(here, "src"))
    ap.add_argument("--objects", help="the library's object files (';'-separated, as CMake "
                    "gives $<TARGET_OBJECTS>) or a directory to search for *.o")
    args = ap.parse_args()
    src = os.path.abspath(args.src)
    rank = {name: i for i, (name, _) in enumerate(LAYERS)}

    edges, folders, faults = include_edges(src)
    kinds = {e: "include" for e in edges}
    if args.objects:
        if os.path.isdir(args.objects):
            objects = [os.path.join(r, f) for r, _, fs in os.walk(args.objects)
                       for f in fs if f.endswith(".o")]
        else:
            objects = [o for o in args.objects.split(";") if o]
        for e, syms in object_edges(src, objects).items():
            if e not in edges:
                edges[e] = sorted(set(syms))
                kinds[e] = "call"
    for f in sorted(folders - set(rank)):
        faults.append("src/%s/: not in the layer order (add it to LAYERS in tools/layers.py)" % f)

    print("Layers, lowest first; each folder with the folders it uses:")
    for name, what in LAYERS:
        if name not in folders:
            continue
        deps = sorted((b for (a, b) in edges if a == name), key=lambda b: rank.get(b, -1))
        shown = ["%s%s" % (b, "" if kinds[(name, b)] == "include" else " (call)") for b in deps]
        print("  %-8s -> %s" % (name, ", ".join(shown) if shown else "(nothing)"))
        print("  %-8s    %s" % ("", what))
    for (a, b), where in sorted(edges.items()):
        if a in rank and b in rank and rank[b] > rank[a]:
            faults.append("upward %s: %s -> %s (%s%s)" % (
                kinds[(a, b)], a, b, ", ".join(where[:3]), ", ..." if len(where) > 3 else ""))
    cycle = find_cycle(folders, edges)
    if cycle:
        faults.append("cycle: " + " -> ".join(cycle))
    checked = "includes" + (" and symbols of %d objects" % len(objects) if args.objects else "")
    if faults:
        print("\n%d fault(s) (%s):" % (len(faults), checked))
        for f in faults:
            print("  " + f)
        return 1
    print("\nno upward edge, no cycle (%s of %d folders)" % (checked, len(folders)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
