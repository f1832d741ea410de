"""Export round trips: what ``kg.export`` writes reads back as the same quads, in pyoxigraph, rdflib and a server."""

from __future__ import annotations

import io

import pytest
from rdflib import Dataset, Graph, URIRef
from test_store import ARTICLE_A, ARTICLES_TRIG, REFERENCE_TRIG, clear_server, oxigraph_server_url

from kg.export import export, export_to_file
from kg.store import StoreError, open_store

QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
QUESTIONS = [
    "SELECT ?e WHERE { ?e <https://w3id.org/conflict-kg/ontology#agent> "
    "<https://w3id.org/conflict-kg/id/actor/islamic-state> } ORDER BY ?e",
    "SELECT ?q WHERE { ?c <https://w3id.org/conflict-kg/ontology#claimantName> ?n ; "
    "<https://w3id.org/conflict-kg/ontology#hasEvidence>/<http://www.w3.org/ns/oa#exact> ?q } ORDER BY ?q",
    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
]


@pytest.fixture
def source():
    s = open_store("memory:")
    s.load(REFERENCE_TRIG, "trig")
    s.load(ARTICLES_TRIG, "trig")
    yield s
    s.close()


def quads(store) -> set[tuple]:
    return set(store.query(QUADS).rows)


def triples_of(store, graph: str | None = None) -> set[tuple]:
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "GRAPH ?g { ?s ?p ?o }"
    return set(store.query(f"SELECT DISTINCT ?s ?p ?o WHERE {{ {where} }}").rows)


def answers(store) -> list:
    return [store.query(q).rows for q in QUESTIONS]


@pytest.mark.parametrize("fmt", ["nq", "trig", "jsonld"])
def test_export_dataset_formats_round_trip_into_a_fresh_store(source, fmt):
    buffer = io.BytesIO()
    export(source, fmt, buffer)
    target = open_store("memory:")
    target.load(io.BytesIO(buffer.getvalue()), fmt)
    assert quads(target) == quads(source)
    assert answers(target) == answers(source)


@pytest.mark.parametrize("fmt,rdflib_format", [("nq", "nquads"), ("trig", "trig")])
def test_export_dataset_formats_read_back_in_rdflib(source, fmt, rdflib_format):
    buffer = io.BytesIO()
    export(source, fmt, buffer)
    dataset = Dataset()
    dataset.parse(data=buffer.getvalue(), format=rdflib_format)  # our own output, not untrusted input
    read = {(s, p, o, g) for s, p, o, g in dataset.quads() if isinstance(g, URIRef)}
    assert {tuple(str(t) for t in q) for q in read} == {tuple(str(t) for t in q) for q in quads(source)}


@pytest.mark.parametrize("fmt,rdflib_format", [("ttl", "turtle"), ("nt", "nt"), ("rdfxml", "xml")])
def test_export_triple_formats_on_the_whole_store_give_the_union(source, fmt, rdflib_format):
    buffer = io.BytesIO()
    export(source, fmt, buffer)
    graph = Graph().parse(data=buffer.getvalue(), format=rdflib_format)
    assert {tuple(str(t) for t in tr) for tr in graph} == {tuple(str(t) for t in tr) for tr in triples_of(source)}


@pytest.mark.parametrize("fmt", ["nq", "ttl", "rdfxml"])
def test_export_one_graph(source, fmt, tmp_path):
    path = tmp_path / f"a.{fmt}"
    export_to_file(source, fmt, path, ARTICLE_A)
    target = open_store("memory:")
    target.load(path, fmt, None if fmt == "nq" else ARTICLE_A)
    assert target.graph_names() == [ARTICLE_A]
    assert triples_of(target, ARTICLE_A) == triples_of(source, ARTICLE_A)


def test_export_round_trip_through_an_oxigraph_server(source):
    url = oxigraph_server_url()
    clear_server(url)
    buffer = io.BytesIO()
    export(source, "nq", buffer)
    remote = open_store(url)
    remote.load(io.BytesIO(buffer.getvalue()), "nq")
    assert quads(remote) == quads(source)
    assert answers(remote) == answers(source)
    again = io.BytesIO()
    export(remote, "trig", again)  # and back out of the server
    target = open_store("memory:")
    target.load(io.BytesIO(again.getvalue()), "trig")
    assert quads(target) == quads(source)


def test_export_unknown_graph_and_format_are_errors(source, tmp_path):
    with pytest.raises(StoreError, match="no graph"):
        export(source, "nq", io.BytesIO(), "https://example.org/absent")
    with pytest.raises(StoreError, match="unknown RDF format"):
        export(source, "yaml", io.BytesIO())
    path = tmp_path / "x.nq"
    with pytest.raises(StoreError):
        export_to_file(source, "nq", path, "https://example.org/absent")
    assert not path.exists() and not (tmp_path / "x.nq.partial").exists()
