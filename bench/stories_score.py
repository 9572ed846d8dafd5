#!/usr/bin/env python3
"""Scores a story clustering against gold stories.

usage: bench/stories_score.py GOLD SYSTEM [--json]

GOLD: JSON Lines articles with "id" and "cluster" (plain or .gz), e.g.
../shared/data/stories/mn-val-stream.jsonl.gz.  SYSTEM: the output of
`precis cluster -a` ({"id", "story"} per article; a line with "merged": M
moves the articles of story M, earlier and later, into its story) or of `precis cluster`
(story lines whose "documents" carry each article's "id").  Articles of GOLD
missing from SYSTEM (or with story null) count as stories of their own.

Prints B-cubed precision, recall and F1 (Bagga & Baldwin 1998: per article,
the share of its system story that is in its gold story, and the reverse,
averaged over articles), pairwise precision/recall/F1 (over pairs of
articles put together), the adjusted Rand index (Hubert & Arabie 1985), and
the number and largest size of system and gold stories.
"""
import gzip
import json
import sys
from collections import Counter, defaultdict


def read_lines(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def read_gold(path):
    return {str(r['id']): str(r['cluster']) for r in read_lines(path)}


def read_system(path):
    sys_of = {}
    into = {}  # story merged away -> the story it joined (`precis cluster -a`)
    for r in read_lines(path):
        if 'documents' in r:
            for d in r['documents']:
                sys_of[str(d['id'])] = 's%s' % r['id']
        elif r.get('story') is not None:
            sys_of[str(r['id'])] = 's%s' % r['story']
            if r.get('merged') is not None:
                into['s%s' % r['merged']] = 's%s' % r['story']

    def final(label):
        while label in into:
            label = into[label]
        return label
    return {i: final(label) for i, label in sys_of.items()}


def comb2(n):
    return n * (n - 1) / 2


def score(gold, system):
    """gold, system: dicts article id -> label (system may lack ids)."""
    ids = list(gold)
    sysl = {}
    for i in ids:
        sysl[i] = system.get(i, 'single:' + i)
    gsize = Counter(gold[i] for i in ids)
    ssize = Counter(sysl[i] for i in ids)
    both = Counter((gold[i], sysl[i]) for i in ids)
    n = len(ids)
    p = sum(both[(gold[i], sysl[i])] / ssize[sysl[i]] for i in ids) / n
    r = sum(both[(gold[i], sysl[i])] / gsize[gold[i]] for i in ids) / n
    f = 2 * p * r / (p + r) if p + r else 0.0
    tp = sum(comb2(v) for v in both.values())
    sp = sum(comb2(v) for v in ssize.values())
    gp = sum(comb2(v) for v in gsize.values())
    pp = tp / sp if sp else 1.0
    pr = tp / gp if gp else 1.0
    pf = 2 * pp * pr / (pp + pr) if pp + pr else 0.0
    expected = sp * gp / comb2(n) if n > 1 else 0.0
    maxi = (sp + gp) / 2
    ari = (tp - expected) / (maxi - expected) if maxi != expected else 1.0
    return {'bcubed_p': p, 'bcubed_r': r, 'bcubed_f1': f, 'pair_p': pp, 'pair_r': pr,
            'pair_f1': pf, 'ari': ari, 'stories': len(ssize), 'largest': max(ssize.values()),
            'gold_stories': len(gsize), 'gold_largest': max(gsize.values()), 'articles': n}


def fmt(s):
    return ('B3 P %.3f R %.3f F1 %.3f | pair F1 %.3f | ARI %.3f | stories %d (gold %d) | '
            'largest %d (gold %d)' % (s['bcubed_p'], s['bcubed_r'], s['bcubed_f1'], s['pair_f1'],
                                     s['ari'], s['stories'], s['gold_stories'], s['largest'],
                                     s['gold_largest']))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    s = score(read_gold(args[0]), read_system(args[1]))
    print(json.dumps(s) if '--json' in sys.argv else fmt(s))


if __name__ == '__main__':
    main()
