"""French inflection rules for demonyms (masculine singular -> feminine and plurals)."""

# Forms the rules below get wrong, masculine singular -> feminine singular.
FEMININE_EXCEPTIONS = {
    "turc": "turque",
    "grec": "grecque",
    "letton": "lettone",
    "lapon": "lapone",
    "ouzbek": "ouzbèke",
    "burkinabé": "burkinabée",
    "kosovar": "kosovare",
    "tadjik": "tadjike",
    "kazakh": "kazakhe",
    "kirghiz": "kirghize",
    "mosotho": "mosotho",
    "inuit": "inuite",
    "bantou": "bantoue",
    "hindou": "hindoue",
}


def feminine(masculine):
    """The feminine singular of a (possibly hyphenated) demonym: only the last part inflects."""
    head, sep, last = masculine.rpartition("-")
    return head + sep + _feminine_word(last)


def _feminine_word(word):
    if word in FEMININE_EXCEPTIONS:
        return FEMININE_EXCEPTIONS[word]
    if word.endswith("e"):
        return word  # russe, belge, suisse
    for ending, replacement in (("éen", "éenne"), ("ien", "ienne"), ("en", "enne"), ("on", "onne"),
                                ("et", "ette")):
        if word.endswith(ending):
            return word[:-len(ending)] + replacement
    return word + "e"  # français -> française, américain -> américaine, afghan -> afghane


def plural(word):
    """The plural of a singular demonym form."""
    head, sep, last = word.rpartition("-")
    if last.endswith(("s", "x", "z")):
        return word
    if last.endswith("al"):
        return head + sep + last[:-2] + "aux"  # occidental -> occidentaux
    return word + "s"
