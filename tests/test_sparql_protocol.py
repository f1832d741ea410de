"""The /sparql endpoint: the W3C SPARQL 1.1 Protocol tests (manifest-driven), content negotiation, refusals,
the time limit and result cap, and real clients (SPARQLWrapper, rdflib's SPARQLStore) against a live server."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from test_store import ARTICLES_TRIG, REFERENCE_TRIG, SLOW_QUERY

from api.app import create_app
from api.settings import Settings
from kg.store import open_store

PROTOCOL_DIR = Path(__file__).resolve().parents[2] / "shared" / "w3c" / "sparql11" / "protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
RDFS_LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")

#: W3C protocol tests that do not apply to this endpoint, each with the reason (not silently skipped).
NOT_APPLICABLE = {
    "update_dataset_default_graph": "the endpoint is read-only: SPARQL Update is refused (403) by design",
    "update_dataset_default_graphs": "read-only endpoint: updates refused by design",
    "update_dataset_named_graphs": "read-only endpoint: updates refused by design",
    "update_dataset_full": "read-only endpoint: updates refused by design",
    "update_post_form": "read-only endpoint: updates refused by design",
    "update_post_direct": "read-only endpoint: updates refused by design",
    "update_base_uri": "read-only endpoint: updates refused by design",
}


def _manifest() -> tuple[Graph, list[URIRef]]:
    graph = Graph().parse(PROTOCOL_DIR / "manifest.ttl", format="turtle")  # W3C's own test data
    manifest = next(graph.subjects(RDF.type, MF.Manifest))
    return graph, list(Collection(graph, graph.value(manifest, MF.entries)))


def _protocol_cases():
    if not PROTOCOL_DIR.is_dir():
        return [pytest.param(None, marks=pytest.mark.skip(reason="shared/w3c is not next to the repository"))]
    graph, entries = _manifest()
    cases = []
    for entry in entries:
        name = str(entry).rsplit("#", 1)[-1]
        marks = [pytest.mark.xfail(reason=NOT_APPLICABLE[name], strict=True)] if name in NOT_APPLICABLE else []
        cases.append(pytest.param(entry, id=name, marks=marks))
    return cases


def _requests(graph: Graph, entry: URIRef):
    action = graph.value(entry, MF.action)
    for request in Collection(graph, graph.value(action, HT.requests)):
        headers = {}
        for header in Collection(graph, graph.value(request, HT.headers) or RDF.nil):
            headers[str(graph.value(header, HT.fieldName))] = str(graph.value(header, HT.fieldValue))
        body = graph.value(request, HT.body)
        content = None
        if body is not None:
            encoding = str(graph.value(body, CNT.characterEncoding) or "UTF-8")
            content = str(graph.value(body, CNT.chars)).encode(encoding.lower())
        yield {
            "method": str(graph.value(request, HT.methodName)),
            "path": str(graph.value(request, HT.absolutePath)).replace("/sparql/", "/sparql", 1),
            "headers": headers,
            "content": content,
            "response": graph.value(request, HT.resp),
        }


@pytest.mark.parametrize("entry", _protocol_cases())
def test_sparql_protocol_w3c(entry):
    graph, _ = _manifest()
    store = open_store("memory:")
    for data in graph.objects(entry, UT.graphData):
        source = PROTOCOL_DIR / str(graph.value(data, UT.graph)).rsplit("/", 1)[-1]
        store.load(source, "nt", str(graph.value(data, RDFS_LABEL)))
    client = TestClient(create_app(store, Settings()))
    for req in _requests(graph, entry):
        response = client.request(req["method"], req["path"], headers=req["headers"], content=req["content"])
        expected = set(graph.objects(req["response"], MF.expectedStatus))
        family = HTS[f"StatusCode{response.status_code // 100}xx"]
        assert family in expected, f"{response.status_code}: {response.text[:300]}"
        boolean = graph.value(req["response"], MF.expectedBoolean)
        fmt = graph.value(req["response"], MF.expectedFormat)
        if boolean is not None:
            assert response.json()["boolean"] is bool(boolean.toPython())
        if fmt == Literal("tabular"):
            assert "vars" in response.json()["head"]
        elif fmt == Literal("RDF"):
            assert len(Graph().parse(data=response.text, format="turtle")) >= 0
            assert response.headers["content-type"].startswith("text/turtle")


@pytest.fixture(scope="module")
def store():
    s = open_store("memory:")
    s.load(REFERENCE_TRIG, "trig")
    s.load(ARTICLES_TRIG, "trig")
    return s


@pytest.fixture(scope="module")
def client(store):
    return TestClient(create_app(store, Settings(result_limit=50)))


SELECT = "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?label } ORDER BY ?s LIMIT 5"
CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/conflict-kg/ontology#Ambush> ; ?p ?o }"


@pytest.mark.parametrize(
    "accept,expected",
    [
        (None, "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values;q=0.9, text/csv;q=0.5", "text/tab-separated-values"),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/sparql-results+json"),
    ],
)
def test_sparql_protocol_select_negotiation(client, accept, expected):
    headers = {"Accept": accept} if accept else {}
    response = client.get("/sparql", params={"query": SELECT}, headers=headers)
    assert response.status_code == 200 and response.headers["content-type"].startswith(expected)


@pytest.mark.parametrize(
    "accept,expected,rdflib_format",
    [
        (None, "text/turtle", "turtle"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/ld+json", "application/ld+json", None),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
    ],
)
def test_sparql_protocol_construct_negotiation(client, accept, expected, rdflib_format):
    headers = {"Accept": accept} if accept else {}
    response = client.post(
        "/sparql", content=CONSTRUCT, headers={"Content-Type": "application/sparql-query", **headers}
    )
    assert response.status_code == 200 and response.headers["content-type"].startswith(expected)
    if rdflib_format:
        assert len(Graph().parse(data=response.text, format=rdflib_format)) == 7
    else:
        assert json.loads(response.text)


def test_sparql_protocol_not_acceptable(client):
    response = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": "text/csv"})
    assert response.status_code == 406 and "text/turtle" in response.json()["detail"]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"method": "GET", "url": "/sparql", "params": {"update": "DROP ALL"}},
        {"method": "GET", "url": "/sparql", "params": {"query": "DROP ALL"}},
        {"method": "POST", "url": "/sparql", "data": {"update": "CLEAR ALL"}},
        {
            "method": "POST",
            "url": "/sparql",
            "content": "CLEAR ALL",
            "headers": {"Content-Type": "application/sparql-update"},
        },
        {
            "method": "POST",
            "url": "/sparql",
            "content": "INSERT DATA { <a:a> <a:b> <a:c> }",
            "headers": {"Content-Type": "application/sparql-query"},
        },
    ],
)
def test_sparql_protocol_updates_are_refused(client, store, kwargs):
    before = store.graph_names()
    response = client.request(**kwargs)
    assert response.status_code == 403 and "read-only" in response.json()["detail"]
    assert store.graph_names() == before


@pytest.mark.parametrize("query", ["SELECT ?s WHERE { ?s ?p }", "SELEKT * {}", "ASK { ?s <bad iri> ?o }"])
def test_sparql_protocol_malformed_query_is_400_with_a_message(client, query):
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 400 and response.json()["detail"]


def test_sparql_protocol_missing_query_and_bad_dataset(client):
    assert client.get("/sparql", headers={"Accept": "application/json"}).status_code == 400
    response = client.get("/sparql", params={"query": "ASK {}", "default-graph-uri": "not an iri"})
    assert response.status_code == 400


def test_sparql_protocol_truncation_is_flagged(client):
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert response.headers["X-KG-Truncated"] == "true" and len(response.json()["results"]["bindings"]) == 50
    small = client.get("/sparql", params={"query": SELECT})
    assert "X-KG-Truncated" not in small.headers


def test_sparql_protocol_html_page_for_browsers(client):
    response = client.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    for example in ("Actor history", "Events per month", "Sub-units"):
        assert example in response.text
    picked = client.get("/sparql", params={"query": SELECT, "format": "csv"})
    assert picked.headers["content-type"].startswith("text/csv")


def test_sparql_protocol_html_examples_run(client):
    from kg.queries import load_query

    for name in ("example_actor_history", "example_events_per_month", "example_subunits"):
        response = client.get("/sparql", params={"query": load_query(name)})
        assert response.status_code == 200 and response.json()["results"]["bindings"], name


# -- a live server -------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def live_url(store):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    app = create_app(store, Settings(query_timeout=1.0, result_limit=1000))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


def test_sparql_protocol_timeout_is_504_and_the_server_keeps_answering(live_url):
    outcome = {}

    def slow() -> None:
        outcome["response"] = httpx.get(f"{live_url}/sparql", params={"query": SLOW_QUERY}, timeout=30)

    worker = threading.Thread(target=slow)
    started = time.monotonic()
    worker.start()
    time.sleep(0.2)
    quick_started = time.monotonic()
    quick = httpx.get(f"{live_url}/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=10)
    quick_elapsed = time.monotonic() - quick_started
    worker.join()
    assert quick.status_code == 200 and quick_elapsed < 0.9
    assert outcome["response"].status_code == 504 and "time limit" in outcome["response"].json()["detail"]
    assert time.monotonic() - started < 5


def test_sparql_protocol_sparqlwrapper_client(live_url):
    from SPARQLWrapper import JSON, XML, SPARQLWrapper

    client = SPARQLWrapper(f"{live_url}/sparql")
    client.setQuery(SELECT)
    client.setReturnFormat(JSON)
    assert len(client.query().convert()["results"]["bindings"]) == 5
    client.setReturnFormat(XML)
    assert client.query().convert().getElementsByTagName("result").length == 5
    client.setQuery("ASK { ?s a <https://w3id.org/conflict-kg/ontology#Ambush> }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True
    client.setQuery(CONSTRUCT)
    client.setReturnFormat("turtle")
    assert len(Graph().parse(data=client.query().convert(), format="turtle")) == 7
    client.setMethod("POST")
    client.setQuery(SELECT)
    client.setReturnFormat(JSON)
    assert len(client.query().convert()["results"]["bindings"]) == 5


def test_sparql_protocol_rdflib_sparqlstore_client(live_url):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = Graph(store=SPARQLStore(f"{live_url}/sparql", returnFormat="json"))
    rows = list(graph.query(SELECT))
    assert len(rows) == 5 and all(isinstance(r[1], Literal) for r in rows)
    assert graph.query("ASK { ?s a <https://w3id.org/conflict-kg/ontology#Ambush> }").askAnswer is True
