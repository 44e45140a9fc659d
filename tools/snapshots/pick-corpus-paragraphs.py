#!/usr/bin/env python3
"""Picks the bench-corpus paragraphs that the snapshot tests pin.

    python3 tools/snapshots/pick-corpus-paragraphs.py

builds the 1 MB corpus from the seeds alone (tools/bench-corpus/build.py --seeds-only, fixed seed:
the project's own text, so the picked paragraphs can be committed) and writes every
(paragraphs / COUNT)-th paragraph, COUNT of them, to
tests/FrenchNewsNer.Tests/Snapshots/Data/corpus-paragraphs.jsonl as FORMAT.md batch input
({"id", "text", "referenceDate"}). Run it only to change the selection; then rewrite the snapshots
(tools/snapshots/update.sh).
"""
import json
import os
import subprocess
import sys
import tempfile

COUNT = 50
REFERENCE_DATE = "2023-09-17"
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TARGET = os.path.join(REPO, "tests", "FrenchNewsNer.Tests", "Snapshots", "Data", "corpus-paragraphs.jsonl")


def main():
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, os.path.join(REPO, "tools", "bench-corpus", "build.py"),
                        "--size", "1", "--seeds-only", "--out", out], check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(out, "corpus-1mb.txt"), encoding="utf-8") as f:
            paragraphs = [p for p in f.read().split("\n") if p.strip()]
    # Evenly spaced, so that the picks come from many documents and every paragraph length.
    picked = [paragraphs[i * len(paragraphs) // COUNT] for i in range(COUNT)]
    with open(TARGET, "w", encoding="utf-8", newline="\n") as f:
        for i, text in enumerate(picked, 1):
            f.write(json.dumps({"id": f"p{i:02d}", "text": text, "referenceDate": REFERENCE_DATE}, ensure_ascii=False) + "\n")
    print(f"{TARGET}: {len(picked)} paragraphs, {sum(map(len, picked))} characters")


if __name__ == "__main__":
    main()
