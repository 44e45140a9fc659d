"""Affix expansion for the Grammalecte/Dicollecte French Hunspell dictionary (fr.dic + fr.aff).

Debian's unmunch mangles this dictionary (two-character flags, NEEDAFFIX, continuation classes), so
the generator expands it itself. Supported: FLAG long, SFX and PFX with strip/add/condition,
cross-product, continuation classes (two levels of suffixes, suffixes after a prefix), NEEDAFFIX
and FORBIDDENWORD. Prefixes that elide ("l'", "d'", "qu'", "jusqu'") are skipped: the tokenizer
splits them off, so the bare form is what a token looks up. Other prefixes (the SI prefixes of
units: "kilo" + "mètre") are applied.
"""
import re
from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    strip: str
    add: str
    cont: tuple
    condition: object  # compiled regex or None for "."


@dataclass(frozen=True)
class Entry:
    word: str
    flags: tuple
    tags: tuple  # the dictionary's morphological fields, e.g. ("po:nom", "is:fem")


class Affixes:
    def __init__(self, aff_path):
        self.prefixes = defaultdict(list)
        self.suffixes = defaultdict(list)
        self.cross = {}
        self.need_affix = None
        self.forbidden = None
        with open(aff_path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        i = 0
        while i < len(lines):
            parts = lines[i].split()
            if len(parts) >= 2 and parts[0] == "FLAG" and parts[1] != "long":
                raise ValueError("only FLAG long is supported")
            if len(parts) >= 2 and parts[0] == "NEEDAFFIX":
                self.need_affix = parts[1]
            if len(parts) >= 2 and parts[0] == "FORBIDDENWORD":
                self.forbidden = parts[1]
            if len(parts) == 4 and parts[0] in ("PFX", "SFX") and parts[2] in ("Y", "N") and parts[3].isdigit():
                kind, flag, count = parts[0], parts[1], int(parts[3])
                self.cross[(kind, flag)] = parts[2] == "Y"
                table = self.prefixes if kind == "PFX" else self.suffixes
                for line in lines[i + 1:i + 1 + count]:
                    table[flag].append(_parse_rule(line.split(), kind))
                i += count + 1
                continue
            i += 1

    def expand(self, entry):
        """Every surface form of a dictionary entry (including the stem unless NEEDAFFIX)."""
        flags = entry.flags
        if self.forbidden in flags:
            return set()
        forms = set()
        if self.need_affix not in flags:
            forms.add(entry.word)
        suffixed = list(self._suffix(entry.word, flags, depth=2))
        forms.update(w for w, ok, _ in suffixed if ok)
        for flag in flags:
            for rule in self.prefixes.get(flag, ()):
                if _elides(rule):
                    continue
                base = _apply_prefix(entry.word, rule)
                if base is None or self.forbidden in rule.cont:
                    continue
                if self.need_affix not in rule.cont:
                    forms.add(base)
                # The prefix's own continuation suffixes, and, for cross-product prefixes, the
                # entry's cross-product suffixes.
                forms.update(w for w, ok, _ in self._suffix(base, rule.cont, depth=2) if ok)
                if self.cross.get(("PFX", flag)):
                    cross_flags = tuple(f for f in flags if self.cross.get(("SFX", f)))
                    forms.update(w for w, ok, _ in self._suffix(base, cross_flags, depth=1) if ok)
        return forms

    def _suffix(self, word, flags, depth):
        for flag in flags:
            for rule in self.suffixes.get(flag, ()):
                if rule.condition is not None and not rule.condition.search(word):
                    continue
                if rule.strip and not word.endswith(rule.strip):
                    continue
                form = (word[:-len(rule.strip)] if rule.strip else word) + rule.add
                if self.forbidden in rule.cont:
                    continue
                yield form, self.need_affix not in rule.cont, rule.cont
                if depth > 1:
                    yield from self._suffix(form, rule.cont, depth - 1)


def _parse_rule(parts, kind):
    # SFX flag strip add[/cont] [condition] [morphology...]
    strip = "" if parts[2] == "0" else parts[2]
    add, _, cont = parts[3].partition("/")
    add = "" if add == "0" else add
    condition = parts[4] if len(parts) > 4 else "."
    if condition == ".":
        regex = None
    elif kind == "SFX":
        regex = re.compile("(?:" + condition + ")$")
    else:
        regex = re.compile("^(?:" + condition + ")")
    return Rule(strip, add, split_flags(cont), regex)


def _apply_prefix(word, rule):
    if rule.condition is not None and not rule.condition.search(word):
        return None
    if rule.strip and not word.startswith(rule.strip):
        return None
    return rule.add + word[len(rule.strip):]


def _elides(rule):
    return "'" in rule.add or "\u2019" in rule.add


def split_flags(text):
    return tuple(text[k:k + 2] for k in range(0, len(text), 2))


def read_dictionary(dic_path):
    """The entries of fr.dic (the first line is the entry count)."""
    entries = []
    with open(dic_path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for line in lines[1:]:
        fields = line.split()
        if not fields:
            continue
        word, _, flags = fields[0].partition("/")
        entries.append(Entry(word, split_flags(flags), tuple(fields[1:])))
    return entries
