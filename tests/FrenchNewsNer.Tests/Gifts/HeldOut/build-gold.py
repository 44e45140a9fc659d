#!/usr/bin/env python3
"""Writes held-out-gifts.gold.jsonl (FORMAT.md gold, Gift only) from held-out-gifts.tsv, for
`evaluate --gold held-out-gifts.gold.jsonl -k Gift`. A hand-run check; the tests never read it."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
out = []
with open(os.path.join(here, 'held-out-gifts.tsv'), encoding='utf-8') as f:
    rows = [l.rstrip('\n').split('\t') for l in f if not l.startswith('#')][1:]
for n, (text, items, giver, recipient, mutual) in enumerate(rows):
    entities, gifts = [], []
    names = [i for i in items.split('|') if i]
    for item in names:
        start = text.index(item)
        entities.append({'kind': 'Gift', 'start': start, 'end': start + len(item), 'text': item})
    if names:
        gifts.append({'items': names, 'giver': giver or None, 'recipient': recipient or None, 'mutual': mutual == 'yes'})
    out.append({'id': f'held-out-{n:02d}', 'document': f'held-out-{n:02d}', 'text': text, 'referenceDate': '2024-01-15',
                'annotatedKinds': ['Gift'], 'entities': entities, 'gifts': gifts})
with open(os.path.join(here, 'held-out-gifts.gold.jsonl'), 'w', encoding='utf-8') as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(out), 'documents')
