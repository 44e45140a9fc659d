"""GeoNames data as packaged in Debian's libgeonames (0.3.0).

The library compiles GeoNames cities15000 into a GVariant of type a(sssssssudd): one tuple per city
(geonameid, name, admin1 code, admin1 name, country code, country name, time zone, population,
latitude, longitude). French names come in the gettext catalogue geonames.mo, keyed by geonameid
for cities and by "CC.admin1" for first-level regions.
"""
import gettext
import struct
from dataclasses import dataclass


@dataclass(frozen=True)
class City:
    geonameid: str
    name: str
    admin1: str
    admin1_name: str
    country: str
    population: int


def _uint(data, offset, size):
    return int.from_bytes(data[offset:offset + size], "little")


def _offset_size(length):
    # GVariant framing offsets are as small as the container allows.
    if length < 0x100:
        return 1
    if length < 0x10000:
        return 2
    return 4


def read_cities(path):
    """Decodes the GVariant array; returns City records in file order."""
    with open(path, "rb") as f:
        data = f.read()
    size = _offset_size(len(data))
    # An array of variable-size elements ends with one framing offset per element (the end of each
    # element); the last offset also tells where the offset table starts.
    table = _uint(data, len(data) - size, size)
    count = (len(data) - table) // size
    cities = []
    start = 0
    for k in range(count):
        end = _uint(data, table + k * size, size)
        start = (start + 7) & ~7  # the tuple holds doubles: 8-byte alignment
        cities.append(_read_city(data[start:end]))
        start = end
    return cities


def _read_city(rec):
    size = _offset_size(len(rec))
    # The seven strings are variable-size members not at the end, so each has a framing offset;
    # a tuple stores them backwards from its end.
    ends = [_uint(rec, len(rec) - size * (i + 1), size) for i in range(7)]
    fields = []
    pos = 0
    for end in ends:
        fields.append(rec[pos:end - 1].decode("utf-8"))  # strings are NUL-terminated
        pos = end
    pos = (pos + 3) & ~3
    (population,) = struct.unpack_from("<I", rec, pos)
    gid, name, admin1, admin1_name, country, _country_name, _tz = fields
    return City(gid, name, admin1, admin1_name, country, population)


def read_french_names(mo_path):
    """The French catalogue as a dict: geonameid -> name, "CC.admin1" -> region name."""
    with open(mo_path, "rb") as f:
        catalog = gettext.GNUTranslations(f)._catalog  # the only stdlib reader of .mo files
    return {k: v for k, v in catalog.items() if isinstance(k, str) and k and v}
