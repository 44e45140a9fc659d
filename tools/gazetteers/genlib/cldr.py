"""Unicode CLDR: French territory names (npm cldr-localenames-full) and ISO 3166-2 subdivision names
(Debian unicode-cldr-core, common/subdivisions/fr.xml)."""
import json
import xml.etree.ElementTree as ET


def read_territories(json_path):
    """code -> list of (alt, name); alt is "" for the main name, else "short", "variant", ..."""
    with open(json_path, encoding="utf-8") as f:
        data = json.load(f)
    names = data["main"]["fr"]["localeDisplayNames"]["territories"]
    result = {}
    for key, name in names.items():
        code, _, alt = key.partition("-alt-")
        result.setdefault(code, []).append((alt, name))
    for forms in result.values():
        forms.sort(key=lambda f: (f[0] != "", f[0]))  # main name first
    return result


def read_subdivisions(xml_path):
    """(country code, subdivision code, French name), e.g. ("RU", "ru-pri", "Kraï du Primorie")."""
    root = ET.parse(xml_path).getroot()
    out = []
    for node in root.iter("subdivision"):
        code = node.get("type")
        name = (node.text or "").strip()
        if code and name and not node.get("alt"):
            out.append((code[:2].upper(), code, name))
    return out
