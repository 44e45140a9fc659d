#!/usr/bin/env python3
"""Rewrites the word lists of an older generator run in the current format, without the sources.

    python3 tools/gazetteers/repack.py src/FrenchNewsNer/Data/names

first-names.txt.gz (name<TAB>gender, unfolded) becomes first-names.txt (folded, merged, sorted) and
common-words.txt.gz (already folded) becomes common-words.txt (stored, not compressed), both through
the same functions generate.py uses, so the result is what build.sh would write from the pinned
sources. Used once, where the pinned sources could not be downloaded; build.sh stays the way to
regenerate everything.
"""
import gzip
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from genlib import wordlists  # noqa: E402
from genlib.output import write_plain  # noqa: E402


def read(path):
    with gzip.open(path, "rt", encoding="utf-8", newline="\n") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    comments = [line[2:] if line.startswith("# ") else line[1:] for line in lines if line.startswith("#")]
    return comments, [line for line in lines if not line.startswith("#")]


def main():
    out = sys.argv[1]
    comments, names = read(os.path.join(out, "first-names.txt.gz"))
    comments[0:1] = [
        "First names and their gender (m, f, mf), one per line: name<TAB>gender, the name folded as the",
        "extractor folds text (lower case, accents off), unique (names that fold alike are one line with",
        "their genders merged), in ordinal order.",
    ]
    write_plain(os.path.join(out, "first-names.txt"), comments, wordlists.folded_first_names(names))
    os.remove(os.path.join(out, "first-names.txt.gz"))

    comments, words = read(os.path.join(out, "common-words.txt.gz"))
    write_plain(os.path.join(out, "common-words.txt"), comments, wordlists.folded_words(words))
    os.remove(os.path.join(out, "common-words.txt.gz"))


if __name__ == "__main__":
    main()
