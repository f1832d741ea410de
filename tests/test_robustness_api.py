"""Bad and hostile input to the HTTP service, on a store holding the sample articles.

Every request here must get a clear 4xx (or an honest 200 for what it literally asked), never a 500; the
store's N-Quads dump must be byte-identical afterwards; and an injected value must never widen a lookup to
data outside the request's intent. Costly SPARQL is stopped by the time limit while a live server keeps
answering, and the same article posted by ten processes at once leaves exactly one version.
"""

from __future__ import annotations

import functools
import io
import json
import socket
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from kg.articles import ArticleMetadata, article_from_text, discover_article_files
from kg.namespace import GRAPH
from kg.pipeline import ingest_article, ingest_paths
from kg.store import open_store

REPO = Path(__file__).resolve().parent.parent
FIXED_TIME = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
SMALL_ARTICLE = REPO / "tests" / "fixtures" / "extraction" / "sohr_badia_ambush.txt"
MAX_UPLOAD = 20_000
TIME_LIMIT = 2.0  # seconds, for the live server's SPARQL queries

#: Values that try to break out of a bound term, a string or a path segment.
PAYLOADS = [
    "x> } ; DROP ALL ; #",
    'a" } UNION {?s ?p ?o} #',
    "islamic-state> } UNION { ?s ?p ?o } #",
    "a\x00b",
    "a\nb",
    "a\r\nSELECT",
    "../../etc/passwd",
    "%00",
    "x" * 10_000,
    "داعش",
    "🙂\u202e",
    "<https://w3id.org/conflict-kg/id/actor/islamic-state>",
    "?s ?p ?o",
    "' OR '1'='1",
]
PAYLOAD_IDS = [f"p{i}" for i in range(len(PAYLOADS))]


# ---------------------------------------------------------------------------------------------- fixtures


def dump(store, graph: str | None = None) -> bytes:
    out = io.BytesIO()
    store.dump("nq", graph, out)
    return out.getvalue()


@lru_cache(maxsize=1)
def sample_nquads() -> bytes:
    """The sample articles ingested once per test process (fixed ingest time), as N-Quads."""
    store = open_store("memory:")
    store.ensure_reference_loaded()
    files = discover_article_files([REPO / "examples" / "articles"])
    ingest_paths(files, store, progress=False, ingested_at=FIXED_TIME)
    return dump(store)


def sample_store():
    """A fresh in-memory store holding the sample articles (loaded from the cached dump: fast)."""
    store = open_store("memory:")
    store.load(io.BytesIO(sample_nquads()), "nq")
    return store


@pytest.fixture(scope="module")
def store():
    return sample_store()


@pytest.fixture(scope="module")
def client(store):
    settings = Settings(max_upload_bytes=MAX_UPLOAD, query_timeout=5.0)
    with TestClient(create_app(store, settings), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def baseline(store) -> bytes:
    return dump(store)


@pytest.fixture
def unchanged(store, baseline):
    """Asserts after the test that the store's dump is byte-identical to the start of the module."""
    yield
    assert dump(store) == baseline


def assert_clear(response: httpx.Response, allowed=(400, 404, 413, 415, 422)) -> None:
    assert response.status_code in allowed, (response.status_code, response.text[:300])
    assert response.json()["detail"]


# ------------------------------------------------------------------------------------- bad article uploads


def _multipart(client, content: bytes, name: str = "a.txt", **fields):
    return client.post("/articles", files={"file": (name, content, "application/octet-stream")}, data=fields)


@pytest.mark.parametrize(
    ("kind", "status"),
    [
        ("empty-json-text", 422),
        ("whitespace-json-text", 400),
        ("not-json", 422),
        ("json-array", 422),
        ("url-not-string", 422),
        ("bad-date", 400),
        ("empty-file", 400),
        ("binary-file", 400),
        ("control-chars", 400),
        ("no-file-part", 400),
        ("html-without-text", 400),
        ("text-plain-body", 415),
        ("no-content-type", 415),
        ("oversized-declared", 413),
        ("oversized-multipart", 413),
    ],
)
def test_robustness_api_bad_article_upload(client, unchanged, kind: str, status: int) -> None:
    text = "DAMASCUS — Syrian troops shelled a village near Idlib on Monday."
    requests = {
        "empty-json-text": lambda: client.post("/articles", json={"text": ""}),
        "whitespace-json-text": lambda: client.post("/articles", json={"text": " \n\t "}),
        "not-json": lambda: client.post(
            "/articles", content=b"{not json", headers={"content-type": "application/json"}
        ),
        "json-array": lambda: client.post("/articles", json=[text]),
        "url-not-string": lambda: client.post("/articles", json={"text": text, "url": 5}),
        "bad-date": lambda: client.post("/articles", json={"text": text, "published": "2020-13-45"}),
        "empty-file": lambda: _multipart(client, b""),
        "binary-file": lambda: _multipart(client, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50, "image.txt"),
        "control-chars": lambda: _multipart(client, bytes(range(1, 9)) * 200),
        "no-file-part": lambda: client.post("/articles", files={"other": ("a.txt", b"x")}),
        "html-without-text": lambda: _multipart(client, b"<html><body><script>x()</script></body></html>", "a.html"),
        "text-plain-body": lambda: client.post(
            "/articles", content=text.encode(), headers={"content-type": "text/plain"}
        ),
        "no-content-type": lambda: client.post("/articles", content=text.encode()),
        "oversized-declared": lambda: client.post("/articles", json={"text": "x " * MAX_UPLOAD}),
        "oversized-multipart": lambda: _multipart(client, b"word " * MAX_UPLOAD),
    }
    response = requests[kind]()
    assert response.status_code == status, response.text[:300]
    assert response.json()["detail"]


def test_robustness_api_oversized_chunked_upload_is_413(client, unchanged) -> None:
    """No Content-Length (chunked): the limit is enforced while reading the stream."""

    def chunks():
        for _ in range(MAX_UPLOAD // 1000 + 5):
            yield b"x" * 1000

    response = client.post("/articles", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


@pytest.mark.parametrize(
    "raw",
    [
        b"\xff\xfe" + "Syrian troops".encode("utf-16-le") + b"\x00\xd8",  # UTF-16 BOM, lone surrogate
        b"\xef\xbb\xbf" + b"Syrian troops \xc3\x28 shelled",  # UTF-8 BOM, invalid UTF-8 after it
        "Syrian troops".encode("utf-16-le"),  # UTF-16 without a BOM: NUL bytes, binary-looking
    ],
    ids=["utf16-lone-surrogate", "utf8-bom-invalid", "utf16-no-bom"],
)
def test_robustness_api_wrongly_encoded_upload_is_refused(client, unchanged, raw: bytes) -> None:
    response = _multipart(client, raw)
    assert_clear(response)
    assert "a.txt" in response.json()["detail"]  # the message names the upload


# ------------------------------------------------------------------------------------------- injection


def _routes(payload: str) -> list[tuple[str, dict]]:
    segment = quote(payload, safe="")
    return [
        ("/actors", {"q": payload[:200]}),
        ("/actors", {"type": payload}),
        ("/actors", {"limit": payload}),
        ("/actors", {"offset": payload}),
        (f"/actors/{segment}", {}),
        (f"/actors/{segment}/history", {}),
        ("/actors/islamic-state/history", {"from": payload}),
        ("/actors/islamic-state/history", {"to": payload}),
        ("/events", {"actor": payload}),
        ("/events", {"type": payload}),
        ("/events", {"place": payload}),
        ("/events", {"from": payload}),
        ("/events", {"to": payload}),
        ("/events", {"limit": payload}),
        ("/events", {"offset": payload}),
        (f"/events/{segment}", {}),
        (f"/places/{segment}", {}),
        (f"/articles/{segment}", {}),
        (f"/id/actor/{segment}", {}),
        (f"/id/{segment}/x", {}),
        ("/export", {"format": payload}),
        ("/export", {"graph": payload}),
        ("/sparql", {"query": payload}),
        ("/sparql", {"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "default-graph-uri": payload}),
        ("/sparql", {"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "named-graph-uri": payload}),
        ("/sparql", {"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "format": payload}),
    ]


@pytest.mark.parametrize("payload", PAYLOADS, ids=PAYLOAD_IDS)
def test_robustness_api_injection_never_500_never_widens(client, unchanged, payload: str) -> None:
    for path, params in _routes(payload):
        response = client.get(path, params=params)
        assert response.status_code < 500, (path, params, response.status_code, response.text[:300])
        if response.status_code >= 400:
            assert response.json()["detail"], (path, params)
            continue
        body = response.content
        if path == "/actors" and "q" in params:
            # a (spelling-tolerant) name search: each hit matched one of its labels, never "every actor"
            page = response.json()
            assert page["total"] < client.get("/actors").json()["total"] // 2, (path, params)
            assert all(item["matched"] for item in page["items"]), (path, params)
        elif path == "/sparql" and "format" in params:
            assert len(response.json()["results"]["bindings"]) == 1
        elif path == "/export":
            # only an exact graph IRI or a known format reaches here
            assert params.get("graph") in (None,) or body == b""
        else:
            raise AssertionError(f"{path} {params} answered 200 to a hostile value: {body[:200]!r}")


def test_robustness_api_injection_checks_can_fail(client) -> None:
    """The same routes with ordinary values do answer 200 with data (the checks above are not vacuous)."""
    assert client.get("/actors", params={"q": "islamic state"}).json()["total"] >= 1
    assert client.get("/actors/islamic-state").status_code == 200
    assert client.get("/events", params={"actor": "islamic-state"}).json()["total"] >= 1


@pytest.mark.parametrize("payload", PAYLOADS[:4], ids=PAYLOAD_IDS[:4])
def test_robustness_api_injection_in_article_metadata_is_data(tmp_path, payload: str) -> None:
    """Hostile metadata in a posted article is stored as literals (or refused), never executed."""
    store = open_store("memory:")
    store.ensure_reference_loaded()
    before = set(store.graph_names())
    ingest = functools.partial(ingest_article, ingested_at=FIXED_TIME)
    with TestClient(create_app(store, Settings(ingest=ingest)), raise_server_exceptions=False) as c:
        text = SMALL_ARTICLE.read_text(encoding="utf-8")
        response = c.post("/articles", json={"text": text, "title": payload, "publisher": payload})
    assert response.status_code in (201, 400, 422), response.text[:300]
    after = set(store.graph_names())
    assert before <= after and len(after - before) <= 1  # nothing dropped; at most the one article graph


# ------------------------------------------------------------------------------------------ updates


UPDATES = [
    "INSERT DATA { <http://e.org/a> <http://e.org/p> <http://e.org/o> }",
    "DELETE WHERE { ?s ?p ?o }",
    "DROP ALL",
    "drop all",
    "CLEAR DEFAULT",
    "LOAD <http://127.0.0.1:9/x.ttl>",
    "# a comment first\nDROP ALL",
    "PREFIX e: <http://e.org/>\nBASE <http://e.org/>\nDELETE DATA { e:a e:p e:o }",
    "WITH <http://e.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "CREATE GRAPH <http://e.org/g>",
    "COPY DEFAULT TO <http://e.org/g>",
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
    "ASK {} DROP ALL",
]


@pytest.mark.parametrize("update", UPDATES)
def test_robustness_api_sparql_updates_are_refused(client, unchanged, update: str) -> None:
    responses = [
        client.get("/sparql", params={"query": update}),
        client.post("/sparql", data={"query": update}),
        client.post("/sparql", content=update.encode(), headers={"content-type": "application/sparql-query"}),
        client.get("/sparql", params={"update": update}),
        client.post("/sparql", data={"update": update}),
        client.post("/sparql", content=update.encode(), headers={"content-type": "application/sparql-update"}),
    ]
    for response in responses:
        assert response.status_code in (400, 403), (update, response.status_code, response.text[:200])
        assert response.json()["detail"]


# ------------------------------------------------------------------------------- live server, time limit


@pytest.fixture(scope="module")
def live_url(store):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    ingest = functools.partial(ingest_article, ingested_at=FIXED_TIME)
    app = create_app(store, Settings(query_timeout=TIME_LIMIT, ingest=ingest))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(250):
        if server.started:
            break
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


COSTLY = {
    "cartesian": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    # one any-path closure of the samples finishes in ~1.5 s on this machine, two chained take ~30 s
    "any-path": "SELECT (COUNT(*) AS ?n) WHERE { ?s (<http://e.org/p>|!<http://e.org/p>)* ?o . "
    "?o (<http://e.org/p>|!<http://e.org/p>)* ?x }",
    "regex": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?x . ?c ?d ?y "
    'FILTER(REGEX(CONCAT(STR(?x), STR(?y)), "(.*a){12}(.*b)+$")) }',
}  # fmt: skip


@pytest.mark.parametrize("name", COSTLY)
def test_robustness_api_costly_query_stopped_server_keeps_answering(live_url, name: str) -> None:
    outcome: dict = {}

    def costly() -> None:
        outcome["response"] = httpx.get(f"{live_url}/sparql", params={"query": COSTLY[name]}, timeout=30)

    started = time.monotonic()
    worker = threading.Thread(target=costly)
    worker.start()
    time.sleep(0.2)
    for path in ("/actors?q=hezbollah", "/stats", "/sparql?query=ASK%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D"):
        quick = httpx.get(f"{live_url}{path}", timeout=10)
        # answered while the costly query still runs, not queued behind it: the costly answer has not come back
        # (a wall-clock bound here failed on loaded CI machines; the order of answers is what matters). The regex
        # query may legitimately finish early (see below).
        assert quick.status_code == 200, path
        assert name == "regex" or "response" not in outcome, f"{path} was answered only after the costly query"
    worker.join()
    response = outcome["response"]
    if name == "regex" and response.status_code == 200:
        # Oxigraph's regex engine (Rust's regex crate) runs in linear time: a backtracking bomb is no bomb
        # there, and some runs finish the product within the limit. Either way the server kept answering.
        return
    assert response.status_code == 504 and "time limit" in response.json()["detail"]
    assert time.monotonic() - started < TIME_LIMIT + 3


_POSTER = """
import json, sys, httpx
body = json.loads(sys.stdin.read())
response = httpx.post(sys.argv[1] + "/articles", json=body, timeout=120)
print(response.status_code)
"""


def test_robustness_api_same_article_from_ten_processes_leaves_one_version(live_url, store) -> None:
    text = SMALL_ARTICLE.read_text(encoding="utf-8")
    meta = json.loads(SMALL_ARTICLE.with_name("sohr_badia_ambush.meta.json").read_text(encoding="utf-8"))
    body = {"text": text, **meta}
    article = article_from_text(
        text, ArticleMetadata(url=meta["url"], publisher=meta["publisher"], title=meta["title"])
    )
    graph_iri = str(GRAPH[f"article/{article.id}"])
    assert graph_iri not in store.graph_names()
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", _POSTER, live_url], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        for _ in range(10)
    ]
    for process in processes:  # all started before any is fed, so the posts overlap
        process.stdin.write(json.dumps(body))
        process.stdin.close()
    statuses = [process.stdout.read().strip() for process in processes]
    for process in processes:
        process.wait(120)
    assert statuses == ["201"] * 10
    posted = dump(store, graph_iri)
    expected_store = open_store("memory:")
    expected_store.ensure_reference_loaded()
    import datetime as _dt

    metadata = ArticleMetadata(
        url=meta["url"], publisher=meta["publisher"], title=meta["title"],
        published=_dt.date.fromisoformat(meta["published"]),
    )  # fmt: skip
    ingest_article(article_from_text(text, metadata), expected_store, ingested_at=FIXED_TIME)
    assert posted == dump(expected_store, graph_iri)
    store.drop_graph(graph_iri)  # leave the module's store as it was
