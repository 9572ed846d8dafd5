#!/usr/bin/env python3
"""Lists the errors of a story clustering against gold stories: each system
story that holds articles of more than one gold story (a merge), and each
gold story spread over more than one system story (a split), with the
dates of the articles and the online merges that `precis cluster -a`
reported.

usage: bench/stories_errors.py GOLD SYSTEM [--labels DUC.jsonl]

GOLD and SYSTEM as for bench/stories_score.py (GOLD's articles carry "id",
"cluster" and "date").  --labels: DUC 2003 task 2 (duc2003/task2.jsonl), to
name each gold story by the start of its first reference summary.
"""
import json
import sys
from collections import Counter, defaultdict

sys.path.insert(0, __file__.rsplit('/', 1)[0])
from stories_score import read_lines, read_system  # noqa: E402


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    labels_at = sys.argv.index('--labels') if '--labels' in sys.argv else -1
    if labels_at > 0:
        args.remove(sys.argv[labels_at + 1])
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    label = {}
    if labels_at > 0:
        for r in read_lines(sys.argv[labels_at + 1]):
            label[str(r['id'])] = (r.get('summaries') or [''])[0][:70]
    gold, date = {}, {}
    for r in read_lines(args[0]):
        gold[str(r['id'])] = str(r['cluster'])
        date[str(r['id'])] = str(r.get('date', ''))[:10]
    for r in read_lines(args[1]):
        if r.get('merged') is not None:
            print('merge: story %s into %s by %s' % (r['merged'], r['story'], r['id']))
    system = read_system(args[1])
    members = defaultdict(list)
    for i in gold:
        members[system.get(i, 'none:' + i)].append(i)
    gsize = Counter(gold.values())
    print('system stories holding more than one gold story:')
    for s, ids in sorted(members.items(), key=lambda x: -len(x[1])):
        c = Counter(gold[i] for i in ids)
        if len(c) < 2:
            continue
        print('  %s: %d articles' % (s, len(ids)))
        for g, n in c.most_common():
            ds = sorted(date[i] for i in ids if gold[i] == g)
            print('    %-10s %3d of %3d  %s .. %s  %s' % (g, n, gsize[g], ds[0], ds[-1],
                                                       label.get(g, '')))
    print('gold stories split over more than one system story:')
    for g in sorted(gsize):
        c = Counter(system.get(i, 'none') for i in gold if gold[i] == g)
        if len(c) > 1:
            print('  %-10s %3d articles: %s  %s' % (
                g, gsize[g], ' '.join('%s:%d' % kv for kv in c.most_common()),
                label.get(g, '')[:40]))


if __name__ == '__main__':
    main()
