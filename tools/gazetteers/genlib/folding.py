"""A Python twin of the extractor's character folding (src/FrenchNewsNer/Text/CharFolding.cs).

The common-word and first-name lists are written folded and sorted so that the extractor loads them
without decoding or folding anything (it hashes the UTF-8 lines in place). That only works if this
folding is exactly the C# one: the C# suite checks every line of the embedded lists against the real
folding, and tests/test_wordlists.py and a C# test check the same sample pairs on both sides.
"""
import unicodedata

_TABLE_END = 0x0250
_EXT_ADDITIONAL = (0x1E00, 0x1F00)
_SPECIAL = {"\t": " ", "\v": " ", "\f": " ", "\u0085": "\n", "\u00a0": " ", "\u00b4": "'", "`": "'",
            "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "\u2032": "'", "\uff07": "'",
            "\u2010": "-", "\u2011": "-", "\u2028": "\n", "\u2029": "\n"}


def fold_char(c):
    """The folded form of one character: one character, or "" for a combining mark."""
    if c in _SPECIAL:
        return _SPECIAL[c]
    code = ord(c)
    category = unicodedata.category(c)
    if category in ("Mn", "Me"):
        return ""
    if category == "Zs":
        return " "
    lower = c.lower() if len(c.lower()) == 1 else c  # .NET ToLowerInvariant is one-to-one
    if code < _TABLE_END or _EXT_ADDITIONAL[0] <= code < _EXT_ADDITIONAL[1]:
        if not lower.isalpha():
            return lower
        decomposed = unicodedata.normalize("NFD", lower)
        if len(decomposed) > 1 and decomposed[0].isalpha() and all(unicodedata.category(d) == "Mn" for d in decomposed[1:]):
            return decomposed[0]
    return lower


def fold(text):
    return "".join(fold_char(c) for c in text)
