"""The reference actors (ontology/actors.ttl): complete enough to resolve the gold annotations, and consistent.

Resolution links mentions to these actors by their labels, so a label shared by two actors, an actor without
a canonical name, or a unit without a parent would silently produce wrong graphs; these tests catch that.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg import namespace
from kg.namespace import CKG, DCTERMS, ORG, RES, SKOS
from kg.paths import ACTORS_FILE, ONTOLOGY_FILE
from kg.reference import class_hierarchy, load_reference

#: Same location as the gold_dir fixture (tests/conftest.py); used only to name the parametrized cases.
GOLD_FILES = sorted(p.name for p in (Path(__file__).resolve().parents[2] / "shared" / "gold").glob("*.gold.json"))

ACTOR_BASE = str(RES["actor/"])
CKG_BASE = str(CKG)
WIKIDATA = "http://www.wikidata.org/entity/"

#: Every Wikidata id in actors.ttl with the prefLabel it belongs to, so a reviewer can check each one.
WIKIDATA_IDS = {
    "Q858": "Syria",
    "Q796": "Iraq",
    "Q159": "Russia",
    "Q794": "Iran",
    "Q43": "Turkey",
    "Q30": "United States",
    "Q801": "Israel",
    "Q822": "Lebanon",
    "Q810": "Jordan",
    "Q817": "Kuwait",
    "Q851": "Saudi Arabia",
    "Q145": "United Kingdom",
    "Q142": "France",
    "Q183": "Germany",
    "Q408": "Australia",
    "Q16": "Canada",
    "Q40": "Austria",
    "Q41053": "Hezbollah",
    "Q2429253": "Islamic State",
    "Q7747": "Vladimir Putin",
    "Q22686": "Donald Trump",
    "Q76": "Barack Obama",
    "Q43174": "Benjamin Netanyahu",
    "Q8063612": "Zahran Alloush",
}

#: Labels deliberately shared by several actors (after normalisation), each with the reason.
SHARED_LABELS = {
    "anti isis coalition": "Usually the US-led coalition, but texts also use it for the Russia–Syria–Iran–Iraq "
    "coalition (sample 003); resolution must decide by context, so both carry it.",
}


def _normalise(label: str) -> str:
    """Label key as the scorer compares names: case, accents, apostrophe style, hyphens and dashes ignored."""
    text = unicodedata.normalize("NFKD", label)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[’‘`´]", "'", text)
    text = re.sub(r"[-‐‑‒–—―]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE)


@pytest.fixture(scope="module")
def graph(ontology: Graph) -> Graph:
    """Ontology and actors together, as SPARQL over the reference graph sees them."""
    g = Graph()
    for triple in ontology:
        g.add(triple)
    g.parse(ACTORS_FILE)
    return g


@pytest.fixture(scope="module")
def actors_graph() -> Graph:
    return Graph().parse(ACTORS_FILE)


@pytest.fixture(scope="module")
def supers(ontology: Graph) -> dict[str, tuple[str, ...]]:
    return class_hierarchy(ontology)


def _is_a(cls: str, ancestor: str, supers: dict[str, tuple[str, ...]]) -> bool:
    todo, seen = [cls], set()
    while todo:
        current = todo.pop()
        if current == ancestor:
            return True
        if current not in seen:
            seen.add(current)
            todo.extend(supers.get(current, ()))
    return False


def _ckg_types(g: Graph, s: URIRef) -> list[str]:
    return [str(t)[len(CKG_BASE) :] for t in g.objects(s, RDF.type) if str(t).startswith(CKG_BASE)]


@pytest.fixture(scope="module")
def actor_types(actors_graph: Graph, supers) -> dict[URIRef, str]:
    """Every actor IRI with its most specific ckg class."""
    result = {}
    for s in set(actors_graph.subjects(RDF.type, None)):
        types = [t for t in _ckg_types(actors_graph, s) if _is_a(t, "Actor", supers)]
        if types:
            result[s] = max(types, key=lambda t: sum(_is_a(t, other, supers) for other in supers))
    return result


@pytest.fixture(scope="module")
def by_name(actors_graph: Graph, actor_types) -> dict[str, URIRef]:
    return {str(actors_graph.value(s, SKOS.prefLabel)): s for s in actor_types}


def _name(g: Graph, s: URIRef) -> str:
    return str(g.value(s, SKOS.prefLabel))


def test_actors_reference_has_at_least_100_actors(actor_types):
    assert len(actor_types) >= 100


def test_actors_reference_every_actor_iri_is_a_slug_under_actor(actor_types):
    for s in actor_types:
        assert re.fullmatch(re.escape(ACTOR_BASE) + r"[a-z0-9]+(-[a-z0-9]+)*", str(s)), s


def test_actors_reference_every_resource_under_actor_has_a_ckg_actor_type(actors_graph, actor_types):
    subjects = {s for s in actors_graph.subjects() if str(s).startswith(ACTOR_BASE)}
    assert subjects - set(actor_types) == set()


def test_actors_reference_every_actor_has_one_english_preflabel_equal_to_its_label(actors_graph, actor_types):
    for s in actor_types:
        prefs = list(actors_graph.objects(s, SKOS.prefLabel))
        assert len(prefs) == 1 and prefs[0].language == "en", s
        assert list(actors_graph.objects(s, RDFS.label)) == prefs, s


def test_actors_reference_every_actor_has_one_english_comment(actors_graph, actor_types):
    for s in actor_types:
        comments = list(actors_graph.objects(s, RDFS.comment))
        assert len(comments) == 1 and comments[0].language == "en" and "\n" not in comments[0], s


def test_actors_reference_preflabels_are_unique(actors_graph, actor_types):
    names = [_name(actors_graph, s) for s in actor_types]
    assert len(names) == len(set(names))


def test_actors_reference_arabic_labels_are_in_arabic_script(actors_graph):
    for label in actors_graph.objects(None, SKOS.altLabel):
        if isinstance(label, Literal) and label.language == "ar":
            letters = [c for c in str(label) if c.isalpha()]
            assert letters and all("\u0600" <= c <= "\u06ff" for c in letters), label


def test_actors_reference_no_label_is_shared_by_two_actors(actors_graph, actor_types):
    owners: dict[str, set[str]] = defaultdict(set)
    for s in actor_types:
        for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
            for label in actors_graph.objects(s, prop):
                owners[_normalise(str(label))].add(_name(actors_graph, s))
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert set(shared) == set(SHARED_LABELS), shared


@pytest.mark.parametrize("gold_file", GOLD_FILES)
def test_actors_reference_covers_gold_actor_names_types_and_parents(
    gold_file, gold_dir, actors_graph, by_name, actor_types, ontology
):
    gold = json.loads((gold_dir / gold_file).read_text(encoding="utf-8"))
    for actor in gold["actors"]:
        assert actor["name"] in by_name, actor["name"]
        s = by_name[actor["name"]]
        cls = actor_types[s]
        assert str(ontology.value(CKG[cls], CKG.goldType)) == actor["type"], (actor["name"], cls)
        if actor["part_of"]:
            parent = by_name[actor["part_of"]]
            if cls == "Person":
                assert parent in set(actors_graph.objects(s, CKG.memberOf)), actor["name"]
            else:
                assert actors_graph.value(s, ORG.subOrganizationOf) == parent, actor["name"]


@pytest.mark.parametrize("gold_file", GOLD_FILES)
def test_actors_reference_holds_gold_part_of_and_member_of_between_actors(gold_file, gold_dir, actors_graph, by_name):
    """Gold partOf/memberOf between actors are standing facts that the reference data must already know."""
    gold = json.loads((gold_dir / gold_file).read_text(encoding="utf-8"))
    shortcut = {"partOf": ORG.subOrganizationOf, "memberOf": CKG.memberOf}
    for rel in gold["relations"]:
        if rel["predicate"] in shortcut and rel["subject"] in by_name and rel["object"] in by_name:
            triple = (by_name[rel["subject"]], shortcut[rel["predicate"]], by_name[rel["object"]])
            assert triple in actors_graph, rel


def test_actors_reference_parents_and_memberships_point_at_actors(actors_graph, actor_types):
    for prop in (ORG.subOrganizationOf, CKG.memberOf, CKG.leads, CKG.commands):
        for s, o in actors_graph.subject_objects(prop):
            assert s in actor_types and o in actor_types, (s, prop, o)


def test_actors_reference_suborganization_has_no_cycles(actors_graph, actor_types):
    for start in actor_types:
        seen = {start}
        current = actors_graph.value(start, ORG.subOrganizationOf)
        while current is not None:
            assert current not in seen, start
            seen.add(current)
            current = actors_graph.value(current, ORG.subOrganizationOf)


def test_actors_reference_at_most_one_parent(actors_graph, actor_types):
    for s in actor_types:
        assert len(set(actors_graph.objects(s, ORG.subOrganizationOf))) <= 1, s


def test_actors_reference_every_military_unit_has_a_parent(actors_graph, actor_types, supers):
    units = [s for s, cls in actor_types.items() if _is_a(cls, "MilitaryUnit", supers)]
    assert units
    for s in units:
        assert actors_graph.value(s, ORG.subOrganizationOf) is not None, s


def test_actors_reference_unit_numbers_appear_in_the_name(actors_graph, supers, actor_types):
    for s, number in actors_graph.subject_objects(CKG.unitNumber):
        assert _is_a(actor_types[s], "MilitaryUnit", supers), s
        assert re.search(rf"\b{int(number)}(st|nd|rd|th)\b", _name(actors_graph, s)), s


def test_actors_reference_persons_do_not_use_suborganization(actors_graph, actor_types):
    for s, cls in actor_types.items():
        if cls == "Person":
            assert actors_graph.value(s, ORG.subOrganizationOf) is None, s


def test_actors_reference_sparql_lists_pmf_brigades(graph, by_name):
    rows = graph.query(
        "SELECT ?u WHERE { ?u org:subOrganizationOf ?pmf }",
        initNs={"org": ORG},
        initBindings={"pmf": by_name["Popular Mobilization Forces"]},
    )
    units = {_name(graph, row.u) for row in rows}
    assert {"PMF 20th Brigade", "PMF 23rd Brigade", "PMF 110th Brigade", "Kata'ib Hezbollah"} <= units


def test_actors_reference_sparql_lists_4_plus_1_members_through_membership_nodes(graph, by_name):
    query = """
        SELECT ?label WHERE {
            ?m a ckg:CoalitionMembership ; org:member ?member ; org:organization ?coalition .
            ?member skos:prefLabel ?label .
        }"""
    rows = graph.query(
        query,
        initNs={"ckg": CKG, "org": ORG, "skos": SKOS},
        initBindings={"coalition": by_name["Russia–Syria–Iran–Iraq coalition"]},
    )
    assert {str(row.label) for row in rows} == {"Russia", "Syria", "Iran", "Iraq", "Hezbollah"}


def test_actors_reference_coalition_membership_nodes_match_their_shortcuts(actors_graph, actor_types):
    nodes = set(actors_graph.subjects(RDF.type, CKG.CoalitionMembership))
    assert nodes
    pairs = set()
    for node in nodes:
        member, coalition = actors_graph.value(node, ORG.member), actors_graph.value(node, ORG.organization)
        assert actors_graph.value(node, CKG.subject) == member, node
        assert actors_graph.value(node, CKG.object) == coalition, node
        assert actor_types[coalition] == "Coalition", node
        assert (member, CKG.memberOf, coalition) in actors_graph, node
        slug = lambda iri: str(iri)[len(ACTOR_BASE) :]  # noqa: E731
        assert str(node) == str(RES[f"relation/{slug(coalition)}--{slug(member)}"]), node
        assert actors_graph.value(node, DCTERMS.source) is not None, node
        assert actors_graph.value(node, ORG.memberDuring) == actors_graph.value(node, CKG.validDuring), node
        pairs.add((member, coalition))
    coalitions = {s for s, cls in actor_types.items() if cls == "Coalition"}
    shortcuts = {(s, o) for s, o in actors_graph.subject_objects(CKG.memberOf) if o in coalitions}
    assert shortcuts == pairs


def _instant_key(g: Graph, instant: URIRef) -> tuple[int, int, int]:
    """(year, month, day) of an instant, 0 for the unknown parts; checks the two encodings agree."""
    description = g.value(instant, namespace.TIME.inDateTime)
    assert isinstance(description, URIRef), instant  # named nodes, not blank nodes
    year = int(str(g.value(description, namespace.TIME.year)))
    month_lit, day_lit = g.value(description, namespace.TIME.month), g.value(description, namespace.TIME.day)
    month = int(str(month_lit).lstrip("-")) if month_lit is not None else 0
    day = int(str(day_lit).lstrip("-")) if day_lit is not None else 0
    precision = g.value(instant, CKG.datePrecision)
    unit = {
        CKG.DayPrecision: namespace.TIME.unitDay,
        CKG.MonthPrecision: namespace.TIME.unitMonth,
        CKG.YearPrecision: namespace.TIME.unitYear,
    }
    assert g.value(description, namespace.TIME.unitType) == unit[precision], instant
    xsd_date = g.value(instant, namespace.TIME.inXSDDate)
    assert (xsd_date is not None) == (precision == CKG.DayPrecision), instant
    if xsd_date is not None:
        assert str(xsd_date) == f"{year:04d}-{month:02d}-{day:02d}", instant
    return year, month, day


def test_actors_reference_relation_intervals_are_well_formed(actors_graph):
    relations = set(actors_graph.subjects(CKG.validDuring, None))
    assert relations
    for rel in relations:
        during = actors_graph.value(rel, CKG.validDuring)
        assert str(during) == f"{rel}/during", rel
        assert (during, RDF.type, namespace.TIME.Interval) in actors_graph, rel
        begin, end = (
            actors_graph.value(during, namespace.TIME.hasBeginning),
            actors_graph.value(during, namespace.TIME.hasEnd),
        )
        assert begin is not None or end is not None, rel
        keys = [_instant_key(actors_graph, i) for i in (begin, end) if i is not None]
        if len(keys) == 2:
            assert keys[0] <= keys[1], rel
        assert actors_graph.value(rel, DCTERMS.source) is not None, rel


def test_actors_reference_dated_relations_have_their_shortcut(actors_graph):
    shortcut = {
        CKG.PartOfRelation: ORG.subOrganizationOf,
        CKG.LeadershipRelation: CKG.leads,
        CKG.CommandRelation: CKG.commands,
        CKG.CoalitionMembership: CKG.memberOf,
    }
    for cls, prop in shortcut.items():
        for rel in actors_graph.subjects(RDF.type, cls):
            triple = (actors_graph.value(rel, CKG.subject), prop, actors_graph.value(rel, CKG.object))
            assert triple in actors_graph, rel


def test_actors_reference_wikidata_ids_are_the_listed_ones(actors_graph):
    found = {
        str(o)[len(WIKIDATA) :]: _name(actors_graph, s)
        for s, o in actors_graph.subject_objects(SKOS.exactMatch)
        if str(o).startswith(WIKIDATA)
    }
    assert found == WIKIDATA_IDS


def test_actors_reference_every_ckg_term_used_is_declared(actors_graph, ontology):
    declared = {str(s) for s in ontology.subjects() if str(s).startswith(CKG_BASE)}
    used = {str(t) for triple in actors_graph for t in triple if str(t).startswith(CKG_BASE)}
    assert used - declared == set()


def test_actors_reference_load_reference_reads_the_file():
    data = load_reference()
    assert len(data.actors) >= 100
    brigade = data.actors[str(RES["actor/pmf-23rd-brigade"])]
    assert brigade.name == "PMF 23rd Brigade" and brigade.type == "Brigade"
    assert brigade.parent_iri == str(RES["actor/popular-mobilization-forces"])
    assert brigade.unit_number == 23
    civilians = data.actors[str(RES["actor/civilians"])]
    assert civilians.type == "CivilianPopulation" and civilians.name == "civilians"
    assert str(RES["actor/rsii-coalition"]) in data.actors[str(RES["actor/hezbollah"])].member_of
