#!/usr/bin/env python3
"""Writes the generated gazetteers of FrenchNewsNer from unpacked, pinned sources.

Run through build.sh, which downloads and verifies the sources first. Every output is a gzip'd
UTF-8 text with '#' comment lines (provenance and licence), then sorted lines; see README.md.
"""
import argparse
import json
import os
import re
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from genlib import cldr, folding, french, geonames, hunspell, wordlists  # noqa: E402
from genlib.output import check_field, sorted_unique, write_gz, write_plain  # noqa: E402

PROPER_NOUN_TAGS = ("po:npr", "po:prn", "po:patr")

# Designators that open the official name of a first-level region ("Oblast de Donetsk", "Kraï de
# Primorie", "Région Occitanie"). The press mostly writes the bare name, so it becomes the
# canonical name and the full name an alias.
REGION_DESIGNATORS = [
    "république autonome", "région autonome", "oblast autonome", "district autonome",
    "district fédéral", "ville métropolitaine", "communauté autonome",
    "province", "district", "région", "oblast", "gouvernorat", "comté", "préfecture", "état",
    "département", "municipalité", "raion", "wilaya", "canton", "voïvodie", "județ", "république",
    "paroisse", "comitat", "kraï", "territoire", "voblast", "oblys", "commune", "division",
]
_DESIGNATOR_RE = re.compile(
    r"^(?:" + "|".join(re.escape(d) for d in sorted(REGION_DESIGNATORS, key=len, reverse=True)) + r")"
    r"(?: de la | de l'| du | des | de | d'| )(?P<rest>[A-ZÀ-ÖØ-Þ].*)$",
    re.IGNORECASE,
)


def apostrophes(text):
    """CLDR and GeoNames write ’; the canonical names use the ASCII apostrophe the project writes."""
    return text.replace("\u2019", "'").replace("\u02bc", "'").strip()


def read_tsv(path):
    """A tiny reader for the curated inputs: header line, '#' comments, tab-separated."""
    rows, header = [], None
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                continue
            if len(fields) > len(header):
                raise SystemExit(f"{path}:{number}: {len(fields)} fields, header has {len(header)}")
            rows.append(dict(zip(header, fields + [""] * (len(header) - len(fields)))))
    return rows


# --- places ------------------------------------------------------------------------------------

class Places:
    def __init__(self):
        # (name, canonical, type, country) -> (population, id)
        self.rows = {}

    def add(self, name, canonical, kind, country, population=0, ident=""):
        name, canonical = apostrophes(name), apostrophes(canonical)
        if len(name) < 2 or not name[0].isupper() and not name[0].isdigit():
            return  # "zone euro", "régions éloignées de l'Océanie": not names
        key = (name, canonical, kind, country)
        # Two places under one key (two towns of one name in one country): the larger one's id, and an
        # id rather than none (a GeoNames region name and the CLDR subdivision of the same name).
        old_population, old_id = self.rows.get(key, (0, ""))
        if (population, ident != "") > (old_population, old_id != ""):
            self.rows[key] = (population, ident or old_id)
        else:
            self.rows[key] = (old_population, old_id or ident)

    def lines(self):
        out = []
        for (name, canonical, kind, country), (population, ident) in self.rows.items():
            fields = [name, kind, str(population), country, "" if canonical == name else canonical, ident]
            out.append("\t".join(check_field(f, "places") for f in fields))
        return sorted_unique(out)


def iso3166_id(code):
    """"iso3166:FR" for an ISO 3166-1 alpha-2 code; "" for CLDR's numeric world regions and for the
    user-assigned codes (AA, QM-QZ, XA-XZ, ZZ: "XK" Kosovo) that ISO does not define."""
    if not re.fullmatch(r"[A-Z]{2}", code) or code in ("AA", "ZZ") or code[0] == "X" or (code[0] == "Q" and code[1] >= "M"):
        return ""
    return "iso3166:" + code


def iso3166_2_id(cldr_code):
    """CLDR writes the ISO 3166-2 code "RU-PRI" as "rupri"."""
    return "iso3166-2:" + cldr_code[:2].upper() + "-" + cldr_code[2:].upper()


def clean_names(name):
    """GeoNames and CLDR qualify some names: "Aileu (municipalité)", "Arima (Trinité)", "Abim²",
    "Arrasate / Mondragón". The qualifier goes; alternatives split."""
    name = re.sub(r"\s*\(.*$", "", name)  # also an unclosed "Baucau (municipalité"
    name = re.sub(r"[\u00b2\u00b3\u00b9]+$", "", name)
    return [part.strip() for part in name.split("/") if part.strip()]


def strip_designator(name):
    m = _DESIGNATOR_RE.match(name)
    if not m:
        return None
    rest = m.group("rest").strip()
    return rest if len(rest) >= 3 else None


def build_places(args, cities, fr_names, territory_types, common_words):
    places = Places()
    country_pop = defaultdict(int)
    region_pop = defaultdict(int)
    for c in cities:
        country_pop[c.country] += c.population
        region_pop[(c.country, c.admin1)] += c.population

    # Countries, territories and world regions (CLDR 48).
    territories = cldr.read_territories(os.path.join(args.npm, "cldr-localenames-full/package/main/fr/territories.json"))
    country_names = {}
    for code, forms in sorted(territories.items()):
        info = territory_types.get(code, {"type": "country", "canonical": ""})
        kind = info["type"]
        if kind == "skip":
            continue
        main = apostrophes(forms[0][1])
        canonical = apostrophes(info["canonical"]) or main
        if len(code) == 2:
            country_names[code] = canonical
        population = country_pop.get(code, 0) if len(code) == 2 else 0
        country = code if len(code) == 2 else ""
        names = {canonical}
        for _alt, name in forms:
            names.update(split_parenthesis(apostrophes(name)))
        ident = iso3166_id(code)
        for name in sorted(names):
            places.add(name, canonical, kind, country, population, ident)

    # First-level regions: GeoNames French admin1 names, then CLDR 41 subdivision names.
    regions = []
    for key, name in fr_names.items():
        if "." in key:
            cc, admin1 = key.split(".", 1)
            regions.append((cc, name, region_pop.get((cc, admin1), 0), ""))
    subdivisions = cldr.read_subdivisions(os.path.join(args.root, "usr/share/unicode/cldr/common/subdivisions/fr.xml"))
    regions.extend((cc, name, 0, iso3166_2_id(code)) for cc, code, name in subdivisions)
    for cc, raw, population, ident in regions:
        for name in clean_names(apostrophes(raw)):
            bare = strip_designator(name)
            # "Région du Nord", "Province du Centre": a bare common word is no name of its own.
            if bare and bare.lower() in common_words:
                bare = None
            canonical = bare or name
            places.add(name, canonical, "region", cc, population, ident)
            if bare:
                places.add(bare, canonical, "region", cc, population, ident)

    # Cities of GeoNames cities15000, by their GeoNames name and their French name.
    for c in cities:
        names = clean_names(apostrophes(c.name))
        french_names = clean_names(apostrophes(fr_names.get(c.geonameid, "")))
        canonical = (french_names or names or [""])[0]
        for name in names + french_names:
            places.add(name, canonical, "city", c.country, c.population, "geonames:" + c.geonameid)
    return places, country_names


def split_parenthesis(name):
    """"Myanmar (Birmanie)" -> Myanmar, Birmanie; "Saint-Martin (partie néerlandaise)" -> Saint-Martin."""
    m = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if not m:
        return [name]
    inner = m.group(2).strip()
    return [m.group(1)] + ([inner] if inner[:1].isupper() else [])


# --- demonyms ----------------------------------------------------------------------------------

def build_demonyms(args, country_names, curated_rows):
    with open(os.path.join(args.npm, "i18n-nationality/package/langs/fr.json"), encoding="utf-8") as f:
        nationalities = json.load(f)["nationalities"]
    by_code = defaultdict(list)
    extras = []
    for row in curated_rows:
        if row["code"]:
            by_code[row["code"]].append(row)
        else:
            extras.append(row)

    base = []  # (masculine, feminine or "", place, code)
    for code, value in sorted(nationalities.items()):
        if code in by_code:
            continue
        masculine = value.strip().lower()
        if not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", masculine):
            raise SystemExit(f"i18n-nationality {code}: '{value}' is not one word; add a row for {code} to curated/demonyms.tsv")
        if code not in country_names:
            raise SystemExit(f"i18n-nationality {code}: no CLDR name for the country")
        base.append((masculine, "", country_names[code], code))
    for code, rows in sorted(by_code.items()):
        for row in rows:
            if row["masculine"] != "-":
                base.append((row["masculine"], row["feminine"], row["place"] or country_names[code], code))
    for row in extras:
        base.append((row["masculine"], row["feminine"], row["place"], ""))

    forms = {}  # form -> (place, code, set of gender/number)
    for masculine, feminine, place, code in base:
        feminine = feminine or french.feminine(masculine)
        for form, gender, number in ((masculine, "m", "s"), (feminine, "f", "s"),
                                     (french.plural(masculine), "m", "p"), (french.plural(feminine), "f", "p")):
            entry = forms.setdefault(form, (place, code, set()))
            if entry[0] != place:
                raise SystemExit(f"demonym '{form}' names both {entry[0]} and {place}; fix curated/demonyms.tsv")
            entry[2].add(gender + number)
    lines = []
    for form, (place, code, tags) in forms.items():
        gender = "".join(g for g in "mf" if any(t[0] == g for t in tags))
        number = "".join(n for n in "sp" if any(t[1] == n for t in tags))
        lines.append("\t".join(check_field(f, "demonyms") for f in (form, place, gender, number, code)))
    return sorted_unique(lines)


# --- persons' names and common words -------------------------------------------------------------

def build_names_and_words(args):
    hunspell_dir = os.path.join(args.root, "usr/share/hunspell")
    affixes = hunspell.Affixes(os.path.join(hunspell_dir, "fr.aff"))
    entries = hunspell.read_dictionary(os.path.join(hunspell_dir, "fr.dic"))

    first = {}  # name -> set of "m"/"f"
    surnames = set()
    words = set()
    for entry in entries:
        tags = set(entry.tags)
        if "po:prn" in tags:
            gender = {"is:mas": "m", "is:fem": "f"}
            first.setdefault(entry.word, set()).update(
                [gender[t] for t in tags if t in gender] or ["m", "f"])
        if "po:patr" in tags:
            surnames.add(entry.word)
        # A common word is written in lower case in the dictionary and has no proper-noun tag:
        # "ONU" and "Otan" (tagged po:nom) are names, "poutine" (the dish) is a word.
        if tags.intersection(PROPER_NOUN_TAGS) or not entry.word[:1].islower():
            continue
        for form in affixes.expand(entry):
            if re.fullmatch(r"[^\W\d_]+(?:['\-][^\W\d_]+)*", form):
                words.add(form.lower())

    # npm gender-detection-from-name: lower-case French first names. Hunspell's gender wins; names
    # of one or two letters there are mostly noise ("de", "le", "m"), so they need Hunspell too.
    with open(os.path.join(args.npm, "gender-detection-from-name/package/names/fr.js"), encoding="utf-8") as f:
        text = f.read()
    known = {folding.fold(n) for n in first}
    extra = {}
    for name, gender in re.findall(r"\[\s*'([^'\\]*)'\s*,\s*'(male|female)'\s*\]", text):
        if len(name) <= 2 or folding.fold(name) in known:
            continue
        extra.setdefault(capitalize_name(name), set()).add("m" if gender == "male" else "f")
    first_lines = []
    for name, genders in list(first.items()) + list(extra.items()):
        first_lines.append(name + "\t" + "".join(g for g in "mf" if g in genders))
    return sorted_unique(first_lines), sorted_unique(surnames), sorted_unique(words)


def capitalize_name(name):
    return re.sub(r"(^|[- ])(\w)", lambda m: m.group(1) + m.group(2).upper(), name)


# --- main --------------------------------------------------------------------------------------

GEONAMES_NOTICE = [
    "GeoNames, geonames.org, CC BY 4.0, modified: cities15000 and French names, from Debian",
    "libgeonames0 / libgeonames-common 0.3.0-1. https://creativecommons.org/licenses/by/4.0/",
]
CLDR_NOTICE = [
    "Unicode CLDR (Unicode licence, see NOTICE): territories from npm cldr-localenames-full 48.2.0,",
    "subdivisions from Debian unicode-cldr-core 41-0.1.",
]
MPL_NOTICE = [
    "Derived from the Grammalecte/Dicollecte French dictionary 7.0 (fr.dic, fr.aff), Debian",
    "hunspell-fr-comprehensive 1:7.0-1. Copyright 2007-2018 Dicollecte contributors.",
    "This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0. If a copy",
    "of the MPL was not distributed with this file, You can obtain one at http://mozilla.org/MPL/2.0/.",
    "Generated by tools/gazetteers/generate.py (the readable source of this list).",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--root", required=True, help="the unpacked Debian packages")
    parser.add_argument("--npm", required=True, help="the unpacked npm packages, one folder each")
    parser.add_argument("--cities", required=True, help="cities.compiled from libgeonames")
    parser.add_argument("--curated", required=True, help="tools/gazetteers/curated")
    parser.add_argument("--out", required=True, help="src/FrenchNewsNer/Data/names")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    cities = geonames.read_cities(args.cities)
    fr_names = geonames.read_french_names(os.path.join(args.root, "usr/share/locale/fr/LC_MESSAGES/geonames.mo"))
    territory_types = {r["code"]: r for r in read_tsv(os.path.join(args.curated, "territories.tsv"))}
    first_names, surnames, words = build_names_and_words(args)
    places, country_names = build_places(args, cities, fr_names, territory_types, set(words))
    demonyms = build_demonyms(args, country_names, read_tsv(os.path.join(args.curated, "demonyms.tsv")))

    report = []

    def emit(file, comments, lines):
        size = write_gz(os.path.join(args.out, file), comments, lines)
        report.append(f"{file}: {len(lines)} lines, {size} bytes")

    def emit_plain(file, comments, lines):
        size = write_plain(os.path.join(args.out, file), comments, lines)
        report.append(f"{file}: {len(lines)} lines, {size} bytes")

    emit("places.tsv.gz", [
        "Places: countries, territories, world regions, first-level regions and cities with population >= 15,000.",
        "Columns: name, type, population (cities: GeoNames; countries and regions: the sum over their",
        "cities in this file, for ranking only), country (ISO 3166-1), canonical (empty: the name itself),",
        "id (geonames:N for cities, iso3166:XX for countries and territories, iso3166-2:XX-YYY for CLDR",
        "subdivisions; empty when the source gives none).",
    ] + GEONAMES_NOTICE + CLDR_NOTICE + ["Generated by tools/gazetteers/generate.py; do not edit."],
        ["name\ttype\tpopulation\tcountry\tcanonical\tid"] + places.lines())
    emit("demonyms.tsv.gz", [
        "Demonyms: every form (m/f, singular/plural) with the place it names.",
        "From npm i18n-nationality 1.4.0 (MIT, Copyright (c) 2016 widdix GmbH), corrected and completed by",
        "tools/gazetteers/curated/demonyms.tsv; feminine and plural forms made by rules. Place names: CLDR.",
        "Generated by tools/gazetteers/generate.py; do not edit.",
    ], ["form\tplace\tgender\tnumber\tcountry"] + demonyms)
    emit_plain("first-names.txt", [
        "First names and their gender (m, f, mf), one per line: name<TAB>gender, the name folded as the",
        "extractor folds text (lower case, accents off), unique (names that fold alike are one line with",
        "their genders merged), in ordinal order.",
        "From hunspell-fr (po:prn entries, MPL-2.0) and npm gender-detection-from-name 1.11.5 names/fr.js",
        "(MIT, Copyright (c) 2019 Davide Violante).",
    ] + MPL_NOTICE, wordlists.folded_first_names(first_names))
    emit("surnames.txt.gz", ["Surnames (po:patr entries of hunspell-fr), one per line."] + MPL_NOTICE, surnames)
    # Folded as the extractor folds text (lower case, accents off) and sorted ordinally, so the
    # extractor hashes the lines in place instead of decoding and folding 430,000 words; stored
    # uncompressed, as inflating them was the larger part of the extractor's start-up.
    emit_plain("common-words.txt", [
        "Common French words: every inflected form of the dictionary's lower-case entries without a",
        "proper-noun tag (po:npr, po:prn, po:patr), folded as the extractor folds text (lower case,",
        "accents removed: \"ete\" stands for \"été\" and \"ete\"), unique, in ordinal order, one per line.",
    ] + MPL_NOTICE, wordlists.folded_words(words))
    for line in report:
        print("generate.py: " + line)


if __name__ == "__main__":
    main()
