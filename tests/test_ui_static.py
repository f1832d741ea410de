"""The web interface's server side and files, without a browser: the page at /, static files, the config the
page reads, the bundled SPARQL queries it sends, the vendored libraries and the map outlines."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, Literal

from api.app import create_app
from api.settings import Settings
from api.ui import STATIC_DIR
from kg.namespace import CKG, DCTERMS, GRAPH, OA, ONTOLOGY_GRAPH, RDF, REFERENCE_GRAPH, RES, SKOS
from kg.store import open_store

JS_DIR = STATIC_DIR / "js"
QUERIES = sorted((STATIC_DIR / "queries").glob("*.rq"))
IMPORT = re.compile(r"""^import\s+(?:\{([^}]*)\}|\*\s+as\s+\w+)\s+from\s+"(\./[\w.]+)";""", re.MULTILINE)
EXPORT = re.compile(r"^export\s+(?:async\s+)?(?:function|const|let|class)\s+(\w+)|^export\s+\{([^}]*)\}", re.MULTILINE)


WADI = RES["place/ui-test-wadi"]
ARTICLE_TEXT = "Yesterday the group attacked Mosul. 🙂 Offsets count code points."


@pytest.fixture(scope="module")
def store():
    """Ontology and reference data, plus one article graph: an attack at Mosul (a settlement with coordinates)
    and one at a wadi without coordinates that lies in Diyala governorate, and an unsure mention of ISIS."""
    opened = open_store("memory:")
    opened.ensure_reference_loaded()
    graph = Graph()
    for event, place in ((RES["event/uitest-1"], RES["place/mosul"]), (RES["event/uitest-2"], WADI)):
        graph.add((event, RDF.type, CKG.Attack))
        graph.add((event, CKG.place, place))
    graph.add((WADI, RDF.type, CKG.Wadi))
    graph.add((WADI, SKOS.prefLabel, Literal("Wadi Test", lang="en")))
    graph.add((WADI, CKG.coordinatePrecision, CKG.UnknownPrecision))
    graph.add((WADI, CKG.locatedIn, RES["place/diyala-governorate"]))
    mention, evidence = RES["mention/uitest-m1"], RES["evidence/uitest-e1"]
    graph.add((mention, RDF.type, CKG.Mention))
    graph.add((mention, CKG.resolution, CKG.Unsure))
    graph.add((mention, CKG.resolutionReason, Literal("anaphora:the group->ISIS")))
    graph.add((mention, CKG.refersTo, RES["actor/islamic-state"]))
    graph.add((mention, CKG.hasEvidence, evidence))
    graph.add((evidence, OA.exact, Literal("the group")))
    graph.add((evidence, OA.start, Literal(10)))
    graph.add((evidence, OA.end, Literal(19)))
    article = RES["article/uitest"]
    graph.add((article, RDF.type, CKG.Article))
    graph.add((article, CKG.text, Literal(ARTICLE_TEXT)))
    graph.add((article, DCTERMS.title, Literal("A test article")))
    opened.replace_graph(str(GRAPH["article/uitest"]), graph)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(store, Settings())) as c:
        yield c


def test_ui_static_index_is_served_at_root(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert '<script type="module" src="/static/js/app.js">' in response.text
    assert client.get("/docs").status_code == 200  # the API documentation stays where it was


def test_ui_static_page_references_only_local_files(client):
    """Offline: every script, stylesheet and icon the page loads is served by us, none from the internet."""
    html = client.get("/").text
    sources = re.findall(r'(?:src|href)="([^"#]+)"', html)
    assert sources
    for source in sources:
        assert source.startswith("/"), source
        if source.startswith("/static/"):
            assert client.get(source).status_code == 200, source


@pytest.mark.parametrize(
    "path,media",
    [
        ("/static/js/app.js", "text/javascript"),
        ("/static/css/app.css", "text/css"),
        ("/static/vendor/leaflet-1.9.4/leaflet.js", "text/javascript"),
        ("/static/data/boundaries.geojson", "application/geo+json"),
        ("/favicon.ico", "image/svg+xml"),
    ],
)
def test_ui_static_files_have_their_media_types(client, path, media):
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media


@pytest.mark.parametrize(
    "path", ["/static/../ui.py", "/static/%2e%2e/ui.py", "/static/..%2fapp.py", "/static/missing.js", "/static/js"]
)
def test_ui_static_refuses_paths_outside_or_missing(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["detail"]


def test_ui_static_config_gives_graphs_examples_and_formats(client):
    config = client.get("/ui/config.json").json()
    assert config["graphs"]["article_prefix"] + "uitest" == str(GRAPH["article/uitest"])
    assert config["graphs"]["reference"] == str(REFERENCE_GRAPH)
    titles = [e["title"] for e in config["examples"]]
    assert titles == ["Actor history", "Events per month", "Sub-units"]
    assert all("SELECT" in e["query"] for e in config["examples"])
    assert {f["name"] for f in config["result_formats"]["table"]} == {"json", "xml", "csv", "tsv"}
    assert {f["name"] for f in config["result_formats"]["graph"]} == {"ttl", "nt", "jsonld", "rdfxml"}


def test_ui_static_every_download_format_is_answered_by_sparql(client):
    """The SPARQL page's download buttons ask /sparql with these Accept headers; each must be honoured."""
    config = client.get("/ui/config.json").json()
    cases = [("SELECT * WHERE { ?s ?p ?o } LIMIT 2", f) for f in config["result_formats"]["table"]]
    cases += [("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 2", f) for f in config["result_formats"]["graph"]]
    for query, fmt in cases:
        response = client.post("/sparql", data={"query": query}, headers={"Accept": fmt["media_type"]})
        assert response.status_code == 200, fmt
        assert response.headers["content-type"].split(";")[0] == fmt["media_type"]


def bundled(client, name: str, default_graphs: tuple[str, ...] = ()) -> list[dict]:
    """Rows of a query the page ships, as /sparql answers them (the page sends exactly this)."""
    query = (STATIC_DIR / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    form = {"query": query, "default-graph-uri": list(default_graphs)}
    response = client.post("/sparql", data=form, headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200, response.text
    return [{k: v["value"] for k, v in b.items()} for b in response.json()["results"]["bindings"]]


@pytest.mark.parametrize("query_file", QUERIES, ids=lambda p: p.stem)
def test_ui_static_bundled_queries_return_rows(client, query_file):
    assert bundled(client, query_file.stem)


@pytest.mark.parametrize(
    "name,inside,outside",
    [
        ("actor_types", {CKG.ArmedGroup, CKG.Brigade, CKG.Coalition}, {CKG.Actor, CKG.Attack, CKG.Town}),
        ("event_types", {CKG.Attack, CKG.Airstrike, CKG.MilitaryOperation}, {CKG.Event, CKG.Brigade}),
    ],
)
def test_ui_static_type_queries_list_the_ontology_subclasses(client, name, inside, outside):
    classes = {r["class"] for r in bundled(client, name)}
    assert {str(c) for c in inside} <= classes
    assert not {str(c) for c in outside} & classes


def test_ui_static_article_text_comes_from_the_chosen_graph(client):
    (row,) = bundled(client, "article_text", (str(GRAPH["article/uitest"]),))
    assert row == {"text": ARTICLE_TEXT, "title": "A test article"}
    assert row["text"][10:19] == "the group"  # the mention's offsets below point at its quote
    assert bundled(client, "article_text", (str(GRAPH["article/other"]),)) == []


def test_ui_static_article_mentions_come_from_the_chosen_graphs(client):
    """The article page picks the article by default-graph-uri (no query text editing); the names of the
    linked entity and of the decision come from the reference and ontology graphs sent alongside."""
    graphs = (str(GRAPH["article/uitest"]), str(REFERENCE_GRAPH), str(ONTOLOGY_GRAPH))
    (row,) = bundled(client, "article_mentions", graphs)
    assert row["quote"] == "the group" and (row["start"], row["end"]) == ("10", "19")
    assert row["entity"] == str(RES["actor/islamic-state"]) and row["entityName"] == "Islamic State"
    assert row["decision"] == str(CKG.Unsure) and row["decisionLabel"] == "unsure"
    assert row["reason"] == "anaphora:the group->ISIS"
    assert bundled(client, "article_mentions", (str(GRAPH["article/other"]),)) == []


def test_ui_static_event_places_locate_places_or_their_containers(client):
    rows = bundled(client, "event_places")
    mosul = [r for r in rows if r["place"] == str(RES["place/mosul"])]
    assert mosul and all(r["precision"] == str(CKG.SettlementPrecision) for r in mosul)
    assert 36 < float(mosul[0]["lat"]) < 37 and 43 < float(mosul[0]["long"]) < 44
    assert "container" not in mosul[0]  # has its own coordinates
    wadi = [r for r in rows if r["place"] == str(WADI)]
    assert wadi and all("lat" not in r for r in wadi)
    containers = {r["container"]: r for r in wadi}
    diyala = containers[str(RES["place/diyala-governorate"])]
    assert diyala["containerPrecision"] == str(CKG.AdminAreaPrecision)
    assert diyala["containerPrecisionLabel"] == "governorate"
    assert 33 < float(diyala["containerLat"]) < 35


@pytest.mark.parametrize("module", sorted(JS_DIR.glob("*.js")), ids=lambda p: p.name)
def test_ui_static_module_imports_resolve(module):
    """Every relative import names a module that exists and exports the imported names (a typo would only
    show in a browser otherwise)."""
    for names, target in IMPORT.findall(module.read_text(encoding="utf-8")):
        path = JS_DIR / target
        assert path.is_file(), f"{module.name} imports missing {target}"
        exported = set()
        for name, group in EXPORT.findall(path.read_text(encoding="utf-8")):
            exported |= {name} if name else {n.split(" as ")[-1].strip() for n in group.split(",")}
        for name in filter(None, (n.split(" as ")[0].strip() for n in names.split(","))):
            assert name in exported, f"{module.name} imports {name} that {target} does not export"


def test_ui_static_vendored_libraries_are_pinned_with_licences():
    vendor = STATIC_DIR / "vendor"
    readme = (vendor / "README.md").read_text(encoding="utf-8")
    libraries = [p for p in vendor.iterdir() if p.is_dir()]
    assert libraries
    for library in libraries:
        name, _, version = library.name.rpartition("-")
        assert re.fullmatch(r"\d+\.\d+\.\d+", version), library.name
        assert (library / "LICENSE").is_file()
        assert f"npm pack {name}@{version}" in readme
    total = sum(p.stat().st_size for p in vendor.rglob("*") if p.is_file())
    assert total < 400_000  # small: only the files the page loads


def test_ui_static_boundaries_hold_syria_and_iraq_in_focus():
    collection = json.loads((STATIC_DIR / "data" / "boundaries.geojson").read_text(encoding="utf-8"))
    focus = {f["properties"]["name"] for f in collection["features"] if f["properties"]["focus"]}
    assert focus == {"Syria", "Iraq"}
    syria = next(f for f in collection["features"] if f["properties"]["name"] == "Syria")
    ring = (
        syria["geometry"]["coordinates"][0]
        if syria["geometry"]["type"] == "Polygon"
        else syria["geometry"]["coordinates"][0][0]
    )
    longs, lats = [p[0] for p in ring], [p[1] for p in ring]
    assert 35 < min(longs) < 36.5 and 42 < max(longs) < 42.5  # Syria spans about 35.7°E to 42.4°E
    assert 32 < min(lats) < 33 and 37 < max(lats) < 37.5
    assert ring[0] == ring[-1]
    assert Path(STATIC_DIR / "data" / "README.md").read_text(encoding="utf-8").count("public domain") >= 1
