#!/usr/bin/env python3
"""Builds a real dated stream from DUC 2003 task 2 (30 TDT stories of AP and
NYT newswire, Oct-Dec 1998) for story clustering: one JSON line per article,
{"id", "text", "date", "source", "cluster"}, in time order.  The date and the
source are in each doc_id (APW19981017.0151: APW, 1998-10-17, the wire's
sequence number of the day); articles of one day keep the order of those
sequence numbers (by source, then number).  Writes to stdout; the data stays
in ../shared/data, the stream is made on the fly.

usage: bench/stories_duc.py [../shared/data/duc2003/task2.jsonl] > stream.jsonl
"""
import json
import os
import sys


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        here, '..', '..', 'shared', 'data', 'duc2003', 'task2.jsonl')
    rows = []
    seen = set()
    with open(path, encoding='utf-8') as f:
        for line in f:
            c = json.loads(line)
            for did, text in zip(c['doc_ids'], c['documents']):
                if did in seen:
                    print('stories_duc: %s in two clusters, kept once' % did, file=sys.stderr)
                    continue
                seen.add(did)
                src, ymd = did[:3], did[3:11]
                date = '%s-%s-%s' % (ymd[:4], ymd[4:6], ymd[6:8])
                rows.append((date, did, {'id': did, 'text': text, 'date': date,
                                         'source': src, 'cluster': c['id']}))
    rows.sort(key=lambda r: (r[0], r[1]))
    out = sys.stdout
    for _, _, r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
