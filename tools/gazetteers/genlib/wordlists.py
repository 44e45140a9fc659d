"""The word lists the extractor hashes in place (FoldedWordSet.cs): folded, unique, in code-point order.

The extractor neither folds nor merges these lines at load time; it checks their order and hashes
each line as it is. So the folding here must be the C# folding (genlib/folding.py, checked by the
C# tests against every embedded line) and two names that fold alike must already be one line.
"""
from . import folding


def folded_first_names(lines):
    """'Name<TAB>m|f|mf' lines to 'folded<TAB>m|f|mf', one line per folded name, sorted.

    "Andrea" (f) and "Andréa" (m) fold alike: their genders are merged into "mf", as the extractor
    merged them when it folded the names itself.
    """
    genders = {}
    for line in lines:
        name, gender = line.split("\t")
        if gender not in ("m", "f", "mf"):
            raise ValueError(f"first name {name!r}: gender {gender!r} is not m, f or mf")
        key = folding.fold(name.strip())
        if not key or "\t" in key or "\n" in key:
            raise ValueError(f"first name {name!r} folds to an unusable key {key!r}")
        genders.setdefault(key, set()).update(gender)
    return [key + "\t" + "".join(g for g in "mf" if g in genders[key]) for key in sorted(genders)]


def folded_words(words):
    """Words to their folded forms, unique, sorted."""
    return sorted({folding.fold(w) for w in words})
