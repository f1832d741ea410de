"""Hostile RDF given to the one safe parser (kg.store.parsing): bounded time and memory, a clear error or a
safe result, and never a network connection or a file read.

The cases in ``fixtures/hostile/manifest.json`` run with a local listening socket in place of every URL
(``@PORT@``): after the parse, the socket must have no pending connection. ``@SECRET@`` is a file holding
a secret that must not appear in any result.
"""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from kg.store import errors
from kg.store.parsing import MAX_JSON_DEPTH, MAX_XML_DEPTH, check_untrusted, parse_untrusted

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
MANIFEST = json.loads((HOSTILE / "manifest.json").read_text(encoding="utf-8"))
RDF_HEAD = b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e.org/">'
#: Every hostile parse must end within this many seconds (the largest legitimate one here takes ~0.1 s).
FAST = 5.0
#: A 20,000-level document parsed in linear time takes ~1.7 s here; a parse whose cost grew with the square of the
#: depth would take minutes. The bound leaves room for a loaded CI machine (5 s was once missed under load).
BOUNDED_DEEP = 20.0


@pytest.fixture
def listener():
    """A TCP socket listening on 127.0.0.1 that records whether anyone connected."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    yield server
    server.close()


def connections(server: socket.socket) -> int:
    count = 0
    while True:
        try:
            conn, _ = server.accept()
        except BlockingIOError:
            return count
        conn.close()
        count += 1


def literals(graph: Graph | Dataset) -> str:
    quads = graph.quads() if isinstance(graph, Dataset) else ((s, p, o, None) for s, p, o in graph)
    return " ".join(str(term) for quad in quads for term in quad[:3])


@pytest.mark.parametrize("case", MANIFEST["cases"], ids=[c["file"] for c in MANIFEST["cases"]])
def test_robustness_parsing_hostile_fixture(case, listener, tmp_path: Path) -> None:
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text("TOP-SECRET-7f3a", encoding="utf-8")
    text = (HOSTILE / case["file"]).read_text(encoding="utf-8")
    text = text.replace("@PORT@", str(listener.getsockname()[1])).replace("@SECRET@", str(secret_file))
    path = tmp_path / case["file"]
    path.write_text(text, encoding="utf-8")
    start = time.monotonic()
    if case["expect"] == "ok":
        graph = parse_untrusted(path, case["format"])
        assert len(graph) == case["triples"]
        assert "TOP-SECRET" not in literals(graph)
    else:
        with pytest.raises(getattr(errors, case["expect"]), match=case["message"]) as info:
            parse_untrusted(path, case["format"])
        assert str(path) in str(info.value)  # the message names the input
        assert "TOP-SECRET" not in str(info.value)
    assert time.monotonic() - start < FAST
    time.sleep(0.05)  # a connection attempt, had there been one, would be queued by now
    assert connections(listener) == 0


def test_robustness_parsing_listener_sees_a_real_connection(listener) -> None:
    """The no-connection check can fail: a real connection to the listener is counted."""
    with socket.create_connection(listener.getsockname(), timeout=2):
        time.sleep(0.05)
        assert connections(listener) == 1


def test_robustness_parsing_billion_laughs_is_refused_before_parsing() -> None:
    """Refused by the static check (message about entities, in milliseconds), not by the memory cap."""
    start = time.monotonic()
    with pytest.raises(errors.InputLimitError, match="entity"):
        check_untrusted((HOSTILE / "billion_laughs.rdf").read_bytes(), "rdfxml")
    assert time.monotonic() - start < 0.5


def test_robustness_parsing_quadratic_entity_blowup_is_refused() -> None:
    """One 10 KB entity referenced 10,000 times: 100 MB from a 60 KB file, over the 1 MB limit given."""
    value = "x" * 10_000
    body = "&big;" * 10_000
    data = (
        f'<?xml version="1.0"?><!DOCTYPE rdf:RDF [<!ENTITY big "{value}">]>'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e.org/">'
        f'<rdf:Description rdf:about="http://e.org/a"><e:p>{body}</e:p></rdf:Description></rdf:RDF>'
    ).encode()
    with pytest.raises(errors.InputLimitError, match="expand"):
        parse_untrusted(data, "rdfxml", max_bytes=1_000_000)
    # the same shape, small enough, is fine: limits refuse sizes, not entities
    small = data.replace(b"&big;" * 10_000, b"&big;" * 3)
    (obj,) = parse_untrusted(small, "rdfxml", max_bytes=1_000_000).objects()
    assert len(str(obj)) == 30_000


@pytest.mark.parametrize(
    ("fmt", "data", "expected"),
    [
        ("rdfxml", RDF_HEAD + b"<rdf:Description><e:p>" * 50_000 + b"</e:p></rdf:Description>" * 50_000
         + b"</rdf:RDF>", errors.InputLimitError),
        ("jsonld", b'{"@id": "http://e.org/a", ' + b'"http://e.org/p": {' * 5000 + b'"@value": "x"' + b"}" * 5001,
         errors.InputLimitError),
        ("jsonld", b'{"@id": "http://e.org/a", "http://e.org/p": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
         errors.InputLimitError),
        ("ttl", b"<http://e.org/a> <http://e.org/p> " + b"(" * 20_000 + b"1" + b")" * 20_000 + b" .", None),
        ("ttl", b"<http://e.org/a> <http://e.org/p> " + b"[ <http://e.org/p> " * 20_000 + b"1" + b" ]" * 20_000
         + b" .", None),
        ("trig", b"<http://e.org/g> { <http://e.org/a> <http://e.org/p> " + b"(" * 20_000 + b")" * 20_000 + b" . }",
         None),
    ],
    ids=["rdfxml-elements", "jsonld-objects", "jsonld-arrays", "turtle-collections", "turtle-bnodes", "trig-lists"],
)  # fmt: skip
def test_robustness_parsing_deep_nesting_is_bounded(fmt: str, data: bytes, expected) -> None:
    """Deep nesting is refused where its cost grows faster than the input (RDF/XML, JSON-LD) and parsed in
    linear time where it does not (Turtle, TriG collections and blank nodes)."""
    start = time.monotonic()
    if expected is None:
        assert len(parse_untrusted(data, fmt)) >= 20_000
    else:
        with pytest.raises(expected, match="nesting"):
            parse_untrusted(data, fmt)
    assert time.monotonic() - start < BOUNDED_DEEP


def test_robustness_parsing_depth_limits_accept_ordinary_documents() -> None:
    nested = RDF_HEAD + b"<rdf:Description><e:p>" * 50 + b"</e:p></rdf:Description>" * 50 + b"</rdf:RDF>"
    assert len(parse_untrusted(nested, "rdfxml")) == 50
    assert MAX_XML_DEPTH >= 100 and MAX_JSON_DEPTH >= 64


def test_robustness_parsing_xml_depth_scan_is_not_fooled_by_attributes_and_comments() -> None:
    """'/>' inside an attribute value or markup in a comment does not hide a level of nesting."""
    element = b'<rdf:Description e:q="a/>b"><e:p><!-- <x/> </x> -->'
    data = RDF_HEAD + element * 2000 + b"</e:p></rdf:Description>" * 2000 + b"</rdf:RDF>"
    with pytest.raises(errors.InputLimitError, match="nesting"):
        check_untrusted(data, "rdfxml")


def test_robustness_parsing_huge_literal_is_read_or_refused_by_size() -> None:
    literal = b"x" * 8_000_000
    data = b'<http://e.org/a> <http://e.org/p> "' + literal + b'" .\n'
    start = time.monotonic()
    (obj,) = parse_untrusted(data, "nt").objects()
    assert len(str(obj)) == 8_000_000
    with pytest.raises(errors.InputLimitError, match="too large"):
        parse_untrusted(data, "nt", max_bytes=1_000_000)
    assert time.monotonic() - start < FAST


def test_robustness_parsing_endless_file_is_cut_at_max_bytes() -> None:
    with pytest.raises(errors.InputLimitError, match="too large"):
        parse_untrusted(Path("/dev/zero"), "nt", max_bytes=100_000)


def test_robustness_parsing_memory_cap_stops_a_costly_parse() -> None:
    """Nested property-scoped JSON-LD contexts within the depth limit still copy contexts at each level:
    with a 32 MB cap the child is stopped, and the process itself stays small."""
    doc: dict = {"@value": "x"}
    for level in range(200):
        terms = {f"t{level}_{i}": f"http://e.org/t{i}" for i in range(40)}
        doc = {"@context": {"p": {"@id": "http://e.org/p", "@context": terms}}, "p": doc}
    doc["@id"] = "http://e.org/s"
    data = json.dumps(doc).encode()
    with pytest.raises(errors.InputLimitError, match="memory"):
        parse_untrusted(data, "jsonld", max_memory=32 * 1024 * 1024)
    assert len(parse_untrusted(data, "jsonld")) == 200  # with the default cap it is parsed


def test_robustness_parsing_time_limit_stops_a_slow_parse() -> None:
    data = b"".join(b"<http://e.org/s%d> <http://e.org/p> <http://e.org/o> .\n" % i for i in range(200_000))
    start = time.monotonic()
    with pytest.raises(errors.InputLimitError, match="longer than"):
        parse_untrusted(data, "nt", timeout=0.01)
    assert time.monotonic() - start < 2


@pytest.mark.parametrize(
    ("fmt", "data", "line"),
    [
        ("ttl", b'@prefix x: <http://e/> .\nx:a x:b x:c .\nx:a x:b "unterminated .\n', 3),
        ("nt", b"<http://e/a> <http://e/b> <http://e/c> .\n<http://e/a> <b> <http://e/c> .\n", 2),
        ("nq", b"<http://e/a> <http://e/b> <http://e/c> <http://e/g> .\n\n<http://e/a> <http://e/b> .\n", 3),
        ("jsonld", b'{"@id": "http://e/a",\n "http://e/p": [1,}', 2),
        ("trig", b"<http://e/g> {\n <http://e/a> <http://e/b> <http://e/c> \n", 3),
        ("nt", b"\xff\xfe<http://e/a> <http://e/b> <http://e/c> .", 1),
    ],
)
def test_robustness_parsing_malformed_input_names_line_and_column(fmt: str, data: bytes, line: int) -> None:
    with pytest.raises(errors.RdfSyntaxError, match=f"line {line}") as info:
        parse_untrusted(data, fmt, name="upload.x")
    assert info.value.line == line and info.value.column is not None
    assert str(info.value).startswith("upload.x: malformed ")
    assert isinstance(info.value, errors.StoreError) and isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    ("fmt", "data", "message"),
    [
        ("ttl", b"<< <http://e/a> <http://e/b> <http://e/c> >> <http://e/p> 1 .", "triple terms"),
        ("ttl", b"<a> <b> <c> .", "absolute IRI"),  # relative IRIs need a base
        ("nt", b"<http://e/a> <http://e/b> <http://e/c> <http://e/g> .", "malformed"),  # a quad in N-Triples
        ("rdfxml", b"<notrdf/>", "malformed RDF/XML"),
        ("jsonld", b"", "malformed JSON-LD"),
    ],
)
def test_robustness_parsing_refused_constructs(fmt: str, data: bytes, message: str) -> None:
    with pytest.raises(errors.RdfSyntaxError, match=message):
        parse_untrusted(data, fmt)


def test_robustness_parsing_returns_graph_or_dataset_by_format() -> None:
    nq = b'<http://e/a> <http://e/b> <http://e/c> <http://e/g> .\n<http://e/a> <http://e/b> "x"@en .\n'
    dataset = parse_untrusted(nq, "application/n-quads")
    assert isinstance(dataset, Dataset)
    assert {str(g) for _, _, _, g in dataset.quads()} == {"http://e/g", "urn:x-rdflib:default"}
    graph = parse_untrusted(b"<a> <http://e/b> 'x' .", "turtle", base_iri="http://base.org/")
    assert isinstance(graph, Graph) and not isinstance(graph, Dataset)
    assert {str(s) for s in graph.subjects()} == {"http://base.org/a"}


@pytest.mark.parametrize("bad", ["csv", "text/html", ""])
def test_robustness_parsing_unknown_format_is_a_clear_error(bad: str) -> None:
    with pytest.raises(errors.UntrustedInputError, match="unknown RDF format"):
        parse_untrusted(b"x", bad)


def test_robustness_parsing_unreadable_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(errors.UntrustedInputError, match="cannot read"):
        parse_untrusted(tmp_path / "missing.ttl", "ttl")
    with pytest.raises(errors.UntrustedInputError, match="cannot read"):
        parse_untrusted(tmp_path, "ttl")


@pytest.mark.parametrize("as_stream", [False, True])
def test_robustness_parsing_store_load_refuses_an_entity_bomb(as_stream: bool) -> None:
    """GraphStore.load (trusted files, benchmarks) goes through the same checks for RDF/XML and JSON-LD."""
    from kg.store import open_store

    path = HOSTILE / "billion_laughs.rdf"
    store = open_store("memory:")
    start = time.monotonic()
    with pytest.raises(errors.InputLimitError, match="entity"):
        if as_stream:
            with path.open("rb") as stream:
                store.load(stream, "rdfxml", "http://e.org/g")
        else:
            store.load(path, "rdfxml", "http://e.org/g")
    assert time.monotonic() - start < 1 and store.graph_names() == []
    assert store.load(HOSTILE / "harmless_entities.rdf", "rdfxml", "http://e.org/g") == 1
