#!/usr/bin/python3
"""The two anchors of story clustering, on the same streams as precis:

- single-pass: the usual online baseline.  Each article (lowercased words,
  the project's stopwords removed, tf-idf with the document frequencies of
  the articles seen so far) joins the story whose centroid (the mean of its
  articles' vectors) is most similar by cosine, if that reaches a threshold,
  else opens a story.  No time window: it compares with every story so far.
- average-link: offline agglomerative clustering with average linkage
  (UPGMA) on the cosine of tf-idf vectors computed over the whole stream at
  once, cut at a similarity threshold.

Each threshold is tuned on all the streams given together (the best mean
B-cubed F1), never on one.  Needs numpy (/usr/bin/python3).

usage: bench/stories_anchors.py STREAM.jsonl[.gz] ...   (gold in "cluster")
       bench/stories_anchors.py --speed STREAM.jsonl[.gz]  (single-pass articles/s)
"""
import math
import os
import re
import sys
from collections import Counter, defaultdict

try:
    import numpy as np
except ImportError:
    sys.exit('stories_anchors.py: needs numpy (Debian: apt-get install python3-numpy)')

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stories_score import read_lines, score  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
STOP = {w.strip() for w in open(os.path.join(HERE, '..', 'src', 'text', 'stopwords.txt'))
        if w.strip() and not w.startswith('#')}
WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def tokens(text):
    return [w for w in WORD.findall(text.lower()) if w not in STOP and len(w) > 1]


def single_pass(arts, thresholds):
    """Returns {threshold: labels}."""
    docs = [Counter(tokens(a.get('title', '') + ' ' + a['text'])) for a in arts]
    out = {}
    for thr in thresholds:
        df = Counter()
        cent = []  # per story: dict term -> summed weight
        norm2 = []
        count = []
        post = defaultdict(set)
        labels = []
        for n, tf in enumerate(docs):
            vec = {t: (1 + math.log(c)) * math.log((n + 1) / (df[t] + 1) + 1) for t, c in tf.items()}
            nv = math.sqrt(sum(v * v for v in vec.values())) or 1.0
            vec = {t: v / nv for t, v in vec.items()}
            dot = defaultdict(float)
            for t, v in vec.items():
                for c in post[t]:
                    dot[c] += v * cent[c][t]
            best, bs = -1, 0.0
            for c, d in dot.items():
                s = d / math.sqrt(norm2[c])
                if s > bs:
                    best, bs = c, s
            if best >= 0 and bs >= thr:
                c = best
                for t, v in vec.items():
                    old = cent[c].get(t, 0.0)
                    cent[c][t] = old + v
                    norm2[c] += (old + v) ** 2 - old * old
                    post[t].add(c)
                count[c] += 1
            else:
                c = len(cent)
                cent.append(dict(vec))
                norm2.append(sum(v * v for v in vec.values()))
                count.append(1)
                for t in vec:
                    post[t].add(c)
            labels.append(c)
            df.update(tf.keys())
        out[thr] = labels
    return out


def average_link(arts, thresholds):
    docs = [Counter(tokens(a.get('title', '') + ' ' + a['text'])) for a in arts]
    n = len(docs)
    df = Counter()
    for tf in docs:
        df.update(tf.keys())
    vocab = {t: i for i, t in enumerate(t for t, c in df.items() if c >= 2)}
    m = np.zeros((n, len(vocab)), dtype=np.float32)
    for i, tf in enumerate(docs):
        w = {t: (1 + math.log(c)) * math.log(n / df[t] + 1) for t, c in tf.items()}
        nv = math.sqrt(sum(v * v for v in w.values())) or 1.0
        for t, v in w.items():
            if t in vocab:
                m[i, vocab[t]] = v / nv
    sim = (m @ m.T).astype(np.float64)
    np.fill_diagonal(sim, -np.inf)
    size = np.ones(n)
    alive = np.ones(n, dtype=bool)
    merges = []  # (similarity, i, j): j merged into i
    for _ in range(n - 1):
        k = int(np.argmax(sim))
        i, j = divmod(k, n)
        s = sim[i, j]
        if s == -np.inf:
            break
        merges.append((s, i, j))
        row = (size[i] * sim[i] + size[j] * sim[j]) / (size[i] + size[j])
        sim[i, :] = row
        sim[:, i] = row
        sim[i, i] = -np.inf
        sim[j, :] = -np.inf
        sim[:, j] = -np.inf
        size[i] += size[j]
        alive[j] = False
    out = {}
    for thr in thresholds:
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x
        for s, i, j in merges:
            if s < thr:
                break
            parent[find(j)] = find(i)
        out[thr] = [find(i) for i in range(n)]
    return out


def speed(path):
    """Articles per second of CPU of the single-pass anchor (threshold 0.15),
    reading and tokenizing included, as a Python reference does it."""
    import time
    arts = list(read_lines(path))
    t0 = time.process_time()
    single_pass(arts, [0.15])
    dt = time.process_time() - t0
    words = sum(len(a['text'].split()) for a in arts) / len(arts)
    print('python single-pass tf-idf: %d articles (%.0f words each) in %.2f s of CPU: '
          '%.0f articles/s' % (len(arts), words, dt, len(arts) / dt))


def main():
    if sys.argv[1:2] == ['--speed']:
        speed(sys.argv[2])
        return
    paths = sys.argv[1:]
    if not paths:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    streams = [list(read_lines(p)) for p in paths]
    thresholds = [round(0.05 * k, 2) for k in range(1, 16)]
    for name, fn in (('single-pass tf-idf centroid', single_pass),
                     ('offline average-link', average_link)):
        runs = [fn(arts, thresholds) for arts in streams]
        table = []
        for thr in thresholds:
            ss = []
            for arts, run in zip(streams, runs):
                gold = {str(a['id']): str(a['cluster']) for a in arts}
                system = {str(a['id']): str(l) for a, l in zip(arts, run[thr])}
                ss.append(score(gold, system))
            table.append((sum(s['bcubed_f1'] for s in ss) / len(ss), thr, ss))
        best = max(table, key=lambda r: r[0])
        print('%s: threshold %.2f (best mean B-cubed F1 over the %d streams)' %
              (name, best[1], len(paths)))
        for p, s in zip(paths, best[2]):
            print('  %-40s B3 P %.3f R %.3f F1 %.3f | pair F1 %.3f | ARI %.3f | stories %d '
                  '(gold %d) | largest %d (gold %d)' %
                  (os.path.basename(p), s['bcubed_p'], s['bcubed_r'], s['bcubed_f1'],
                   s['pair_f1'], s['ari'], s['stories'], s['gold_stories'], s['largest'],
                   s['gold_largest']))
        sys.stdout.flush()


if __name__ == '__main__':
    main()
