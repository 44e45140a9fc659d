#!/usr/bin/env python3
"""Builds deterministic benchmark corpora for `bench` and the BenchmarkDotNet project.

    python3 tools/bench-corpus/build.py --size 1 8 10

writes artifacts/bench/corpus-{1,8,10}mb.txt: article-sized documents (2-6 KB) separated by blank
lines, each a shuffle of sentences taken from the repository's seeds and, when ../shared/gold is
present, from the gold texts (FR-TimeBank, HIPE, Recognizers-Text). Numbers, years, months and
capitalised names are varied so that no document repeats another and no per-text cache can help.
The seed is fixed: the same sizes give byte-identical files on every machine with the same inputs.
"""
import argparse
import glob
import json
import os
import random
import re

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED_GOLD = os.path.join(os.path.dirname(REPO), "shared", "gold")

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
# Extra names so that a seeds-only corpus still varies its people and places.
EXTRA_NAMES = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
               "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David",
               "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier",
               "Lyon", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Lille", "Rennes", "Genève",
               "Bruxelles", "Berlin", "Madrid", "Rome", "Varsovie", "Kiev", "Tokyo", "Pékin"]

SENTENCE_END = re.compile(r"(?<=[.!?»\"])\s+(?=[A-ZÀ-Ý«\"])")
NUMBER = re.compile(r"\d+")
MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]{3,}\b")


def read_texts(use_shared):
    """Yields every source text: seeds always, gold texts when ../shared/gold exists."""
    for path in sorted(glob.glob(os.path.join(REPO, "seeds", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            yield f.read()
    if not use_shared:
        return
    for path in sorted(glob.glob(os.path.join(SHARED_GOLD, "**", "*.gold.json"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            yield json.load(f)["text"]
    for path in sorted(glob.glob(os.path.join(SHARED_GOLD, "**", "*.gold.jsonl"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)["text"]


def sentences_of(texts):
    result = []
    for text in texts:
        for paragraph in re.split(r"\n\s*\n|\r?\n", text):
            paragraph = " ".join(paragraph.split())
            if not paragraph:
                continue
            for sentence in SENTENCE_END.split(paragraph):
                if len(sentence) >= 12:
                    result.append(sentence)
    return result


def vary(sentence, rng, names):
    """Changes numbers, months, weekdays and some capitalised words, keeping the sentence French."""
    def number(m):
        digits = m.group(0)
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return str(rng.randint(1950, 2030))
        first = str(rng.randint(1, 9))
        return first + "".join(str(rng.randint(0, 9)) for _ in range(len(digits) - 1))

    sentence = NUMBER.sub(number, sentence)
    sentence = MONTH.sub(lambda m: rng.choice(MONTHS), sentence)
    sentence = WEEKDAY.sub(lambda m: rng.choice(WEEKDAYS), sentence)
    sentence = CAPITALISED.sub(lambda m: rng.choice(names) if rng.random() < 0.3 else m.group(0), sentence)
    return sentence


def build(size_mb, sentences, names, seed):
    rng = random.Random(seed * 1000003 + size_mb)
    target = size_mb * 1024 * 1024
    documents = []
    total = 0
    while total < target:
        document_size = rng.randint(2048, 6144)
        paragraphs = []
        length = 0
        while length < document_size:
            paragraph = " ".join(vary(rng.choice(sentences), rng, names) for _ in range(rng.randint(1, 4)))
            if length + len(paragraph) > 6144:
                if length >= 2048:
                    break
                paragraph = paragraph[:6144 - length].rstrip()
            paragraphs.append(paragraph)
            length += len(paragraph) + 1
        document = "\n".join(paragraphs)
        documents.append(document)
        total += len(document) + 2
    text = "\n\n".join(documents) + "\n"
    return text[:target].rstrip() + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, nargs="+", default=[1, 8, 10], help="sizes in MB (characters ÷ 1,048,576)")
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--seeds-only", action="store_true", help="ignore ../shared/gold even when present")
    parser.add_argument("--out", default=os.path.join(REPO, "artifacts", "bench"))
    parser.add_argument("--jsonl", action="store_true",
                        help="also write corpus-<size>mb.jsonl: the same documents as batch input, one "
                             '{"id", "text", "referenceDate"} per line (for extract --input-format jsonl)')
    args = parser.parse_args()

    use_shared = os.path.isdir(SHARED_GOLD) and not args.seeds_only
    texts = list(read_texts(use_shared))
    sentences = sentences_of(texts)
    names = sorted(set(CAPITALISED.findall(" ".join(texts[:50]))) | set(EXTRA_NAMES))
    os.makedirs(args.out, exist_ok=True)
    source = "seeds + ../shared/gold" if use_shared else "seeds only"
    for size in args.size:
        path = os.path.join(args.out, f"corpus-{size}mb.txt")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            text = build(size, sentences, names, args.seed)
            f.write(text)
        print(f"{path}: {size} MB from {len(sentences)} sentences ({source})")
        if args.jsonl:
            jsonl_path = path[:-len(".txt")] + ".jsonl"
            with open(jsonl_path, "w", encoding="utf-8", newline="\n") as f:
                for number, document in enumerate(text.rstrip("\n").split("\n\n"), start=1):
                    line = {"id": f"doc-{number:05d}", "text": document, "referenceDate": "2024-01-15"}
                    f.write(json.dumps(line, ensure_ascii=False) + "\n")
            print(f"{jsonl_path}: the same documents as JSON Lines batch input")


if __name__ == "__main__":
    main()
