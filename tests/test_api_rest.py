"""The REST API over HTTP (ASGI TestClient) on hand-written article graphs, with its error cases."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, Literal
from test_store import ARTICLE_B, ARTICLES_TRIG, REFERENCE_TRIG

from api.app import create_app
from api.settings import Settings
from kg.namespace import CKG, GRAPH, ONTOLOGY_GRAPH, RDF, RDFS, RES
from kg.paths import ONTOLOGY_FILE
from kg.store import open_store


def loaded_store():
    store = open_store("memory:")
    store.load(ONTOLOGY_FILE, "ttl", str(ONTOLOGY_GRAPH))
    store.load(REFERENCE_TRIG, "trig")
    store.load(ARTICLES_TRIG, "trig")
    return store


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(loaded_store(), Settings())) as c:
        yield c


def get(client, path, status=200, **kwargs):
    response = client.get(path, **kwargs)
    assert response.status_code == status, response.text
    return response.json()


@pytest.mark.parametrize(
    "q,expected",
    [
        ("hizballah", "hezbollah"),
        ("DAESH", "islamic-state"),
        ("daash", "islamic-state"),
        ("داعش", "islamic-state"),
        ("Hizbu llah", "hezbollah"),
        ("saa", "syrian-arab-army"),
        ("4th division", "syrian-arab-army-4th-division"),
    ],
)
def test_api_actors_search_is_case_accent_and_transliteration_tolerant(client, q, expected):
    assert expected in [a["id"] for a in get(client, "/actors", params={"q": q})["items"]]


def test_api_actors_search_filters_by_type_and_pages(client):
    units = get(client, "/actors", params={"type": "MilitaryUnit"})
    assert [a["id"] for a in units["items"]] == ["syrian-arab-army-4th-division"]
    page = get(client, "/actors", params={"limit": 2, "offset": 1})
    assert page["total"] >= 9 and len(page["items"]) == 2
    assert get(client, "/actors", params={"q": "nonexistent group xyz"})["total"] == 0


@pytest.mark.parametrize(
    "params", [{"type": "Banana"}, {"type": "Town"}, {"type": "not a class"}, {"limit": 0}, {"offset": -1}]
)
def test_api_actors_search_bad_params(client, params):
    response = client.get("/actors", params=params)
    assert response.status_code in (400, 422) and response.json()["detail"]


def test_api_actor_detail_links_with_evidence(client):
    actor = get(client, "/actors/syrian-arab-army")
    assert actor["name"] == "Syrian Arab Army" and actor["types"] == ["StateForce"] and actor["aliases"] == ["SAA"]
    assert [p["id"] for p in actor["parents"]] == ["syrian-armed-forces"]
    (unit,) = actor["sub_units"]
    assert unit["id"] == "syrian-arab-army-4th-division"
    assert unit["sources"][0]["quote"] == "The 4th Division is part of the Syrian Arab Army"
    (ally,) = actor["allies"]
    assert ally["id"] == "hezbollah" and ally["sources"][0]["start"] == 74
    assert [a["id"] for a in get(client, "/actors/hezbollah")["allies"]] == ["syrian-arab-army"]
    assert [m["id"] for m in get(client, "/actors/iraq")["member_of"]] == ["us-led-coalition"]


@pytest.mark.parametrize(
    "path,status", [("/actors/no-such-actor", 404), ("/actors/bad%20id", 400), ("/actors/no-such-actor/history", 404)]
)
def test_api_actor_unknown_or_malformed_id(client, path, status):
    assert client.get(path).status_code == status


def test_api_actor_history_is_dated_sorted_and_includes_subunits(client):
    history = get(client, "/actors/syrian-arab-army/history")
    kinds = [(i["kind"], i["id"]) for i in history["items"]]
    assert ("event", "aaaaaaaaaaaaaaaa-000000000001") in kinds  # the 4th Division was attacked
    assert ("event", "bbbbbbbbbbbbbbbb-000000000001") in kinds
    sorts = [i["date"]["sort"] for i in history["items"] if i.get("date") and i["date"]["sort"]]
    assert sorts == sorted(sorts)
    undated = [i["date"] is None or i["date"]["sort"] is None for i in history["items"]]
    assert undated == sorted(undated)  # undated last
    attack = next(i for i in history["items"] if i["id"] == "aaaaaaaaaaaaaaaa-000000000001")
    assert attack["date"] == {
        "value": "2020-08-18",
        "precision": "day",
        "sort": "2020-08-18",
        "begin": None,
        "end": None,
    }
    assert attack["places"][0]["id"] == "palmyra" and attack["article"] == "aaaaaaaaaaaaaaaa"
    assert attack["evidence"] == [
        {"quote": "ISIS fighters attacked positions of the 4th Division near Palmyra", "start": 18, "end": 83}
    ]
    assert attack["casualties"][0]["count"] == 3
    assert attack["casualties"][0]["claimed_by"] == "pro-government sources"
    ambush = next(i for i in history["items"] if i["id"] == "bbbbbbbbbbbbbbbb-000000000001")
    assert ambush["date"]["precision"] == "interval" and ambush["claims"][0]["claimant_name"] == "ISIS"
    alliance = next(i for i in history["items"] if i["kind"] == "relation-begins" and i["type"] == "AllianceRelation")
    names = {alliance["subject"]["name"], alliance["object"]["name"]}
    assert "Syrian Arab Army" in names and None not in names  # parties named, from labels asked for the page


def test_api_actor_history_without_subunits_and_filters(client):
    own = get(client, "/actors/syrian-arab-army/history", params={"include_subunits": "false"})
    assert "aaaaaaaaaaaaaaaa-000000000001" not in [i["id"] for i in own["items"]]
    ranged = get(client, "/actors/islamic-state/history", params={"from": "2020-08-10", "to": "2020-08-31"})
    assert {i["id"] for i in ranged["items"]} == {
        "bbbbbbbbbbbbbbbb-000000000001",
        "aaaaaaaaaaaaaaaa-000000000002",
        "aaaaaaaaaaaaaaaa-000000000001",
    }
    assert get(client, "/actors/islamic-state/history", params={"to": "2020-08-01"})["count"] == 1  # the month
    typed = get(client, "/actors/islamic-state/history", params={"type": "Attack"})
    assert {i["type"] for i in typed["items"]} == {"Attack", "Airstrike", "Ambush"}  # subclasses of Attack
    relations = get(client, "/actors/syrian-arab-army/history", params={"type": "AllianceRelation"})
    assert [i["kind"] for i in relations["items"]] == ["relation-begins"]


def test_api_actor_history_pages_through_the_whole_timeline(client):
    whole = get(client, "/actors/islamic-state/history")
    assert whole["count"] == len(whole["items"]) >= 3 and whole["offset"] == 0 and whole["limit"] == 100
    pages = [
        get(client, "/actors/islamic-state/history", params={"limit": 1, "offset": n}) for n in range(whole["count"])
    ]
    assert all(page["count"] == whole["count"] and len(page["items"]) == 1 for page in pages)
    assert [page["items"][0] for page in pages] == whole["items"]  # detailed page by page, the same items
    past_end = get(client, "/actors/islamic-state/history", params={"offset": whole["count"]})
    assert past_end["items"] == [] and past_end["count"] == whole["count"]


@pytest.mark.parametrize(
    "params",
    [
        {"from": "yesterday"},
        {"type": "Palmyra"},
        {"type": "Country"},
        {"include_subunits": "maybe"},
        {"limit": 0},
        {"limit": 1001},
        {"offset": -1},
    ],
)
def test_api_actor_history_bad_params(client, params):
    response = client.get("/actors/islamic-state/history", params=params)
    assert response.status_code in (400, 422) and response.json()["detail"]


def test_api_events_filters(client):
    assert get(client, "/events")["total"] == 3
    assert [e["id"] for e in get(client, "/events", params={"type": "Ambush"})["items"]] == [
        "bbbbbbbbbbbbbbbb-000000000001"
    ]
    at_homs = get(client, "/events", params={"place": "homs-governorate"})["items"]
    assert len(at_homs) == 3  # every fixture place lies in Homs Governorate
    assert get(client, "/events", params={"actor": "hezbollah"})["total"] == 0
    assert get(client, "/events", params={"from": "2020-08-18", "to": "2020-08-18"})["total"] == 3
    assert get(client, "/events", params={"limit": 1, "offset": 2})["items"][0]["date"]["sort"] == "2020-08-18"


@pytest.mark.parametrize("params", [{"type": "Town"}, {"actor": "x y"}, {"from": "2020-13-01"}, {"limit": 5000}])
def test_api_events_bad_params(client, params):
    assert client.get("/events", params=params).status_code in (400, 422)


def test_api_event_detail_and_404(client):
    event = get(client, "/events/aaaaaaaaaaaaaaaa-000000000002")
    assert event["type"] == "Airstrike" and event["date"]["precision"] == "month"
    assert client.get("/events/aaaaaaaaaaaaaaaa-999").status_code == 404


def test_api_place_with_events(client):
    place = get(client, "/places/palmyra")
    assert place["name"] == "Palmyra" and place["types"] == ["City"] and place["aliases"] == ["Tadmur"]
    assert place["located_in"][0]["id"] == "homs-governorate" and place["properties"]["lat"] == "34.56"
    assert [e["id"] for e in place["events"]] == ["aaaaaaaaaaaaaaaa-000000000001"] and place["event_count"] == 1
    governorate = get(client, "/places/homs-governorate")
    assert governorate["event_count"] == len(governorate["events"]) == 3  # events inside it count
    assert client.get("/places/atlantis").status_code == 404


def test_api_articles_list_and_detail(client):
    articles = get(client, "/articles")
    assert [a["id"] for a in articles] == ["bbbbbbbbbbbbbbbb", "aaaaaaaaaaaaaaaa"]  # newest first
    article = get(client, "/articles/aaaaaaaaaaaaaaaa")
    assert article["title"] == "ISIS attacks 4th Division near Palmyra"
    assert len(article["events"]) == 2 and article["relations"][0]["type"] == "PartOfRelation"
    assert client.get("/articles/0000000000000000").status_code == 404


def test_api_dereference_entity_iris(client):
    data = get(client, "/id/actor/syrian-arab-army-4th-division")
    assert data["iri"] == str(RES["actor/syrian-arab-army-4th-division"])
    turtle = client.get("/id/event/aaaaaaaaaaaaaaaa-000000000001", headers={"Accept": "text/turtle"})
    graph = Graph().parse(data=turtle.text, format="turtle")
    assert (RES["event/aaaaaaaaaaaaaaaa-000000000001"], RDF.type, CKG.Attack) in graph
    assert any(p == CKG.rule for _, p, _ in graph)  # the evidence node comes along
    jsonld = client.get("/id/place/palmyra", headers={"Accept": "application/ld+json"})
    assert jsonld.headers["content-type"].startswith("application/ld+json") and json.loads(jsonld.text)
    assert client.get("/id/actor/nobody").status_code == 404
    assert client.get("/id/spaceship/x").status_code == 404


def test_api_export_and_stats(client):
    response = client.get("/export", params={"format": "nq"})
    assert response.headers["content-type"].startswith("application/n-quads")
    assert len(response.text.splitlines()) > 1000
    one = client.get("/export", params={"format": "ttl", "graph": ARTICLE_B})
    assert len(Graph().parse(data=one.text, format="turtle")) == 52
    assert client.get("/export", params={"format": "yaml"}).status_code == 400
    assert client.get("/export", params={"graph": "https://example.org/none"}).status_code == 404
    stats = get(client, "/stats")
    assert stats["article_graphs"] == 2 and stats["instances_by_class"][str(CKG.Ambush)] == 1


def test_api_export_rdfxml_of_control_characters_is_422_not_malformed():
    store = open_store("memory:")
    graph = Graph()
    graph.add((RES["actor/x"], RDFS.comment, Literal("page\x0cbreak")))
    store.replace_graph(str(GRAPH["article/form-feed"]), graph)
    with TestClient(create_app(store, Settings()), raise_server_exceptions=False) as c:
        response = c.get("/export", params={"format": "rdfxml"})
        assert response.status_code == 422 and "U+000C" in response.json()["detail"]
        assert c.get("/export", params={"format": "nt"}).status_code == 200


def test_api_openapi_documents_every_route_with_examples(client):
    spec = get(client, "/openapi.json")
    for path in (
        "/sparql",
        "/actors",
        "/actors/{actor_id}",
        "/actors/{actor_id}/history",
        "/events",
        "/events/{event_id}",
        "/places/{place_id}",
        "/articles",
        "/articles/{article_id}",
        "/export",
        "/stats",
        "/id/{kind}/{slug}",
    ):
        assert path in spec["paths"]
    assert "example" in json.dumps(spec["components"]["schemas"]["Event"])
    assert client.get("/docs").status_code == 200


def test_api_history_json_encoding_cost_on_a_large_history():
    """A history of 2,000 events answers in well under a few seconds (no jsonable_encoder on the payload)."""
    store = loaded_store()
    g = Graph()
    for i in range(2000):
        event = RES[f"event/cccccccccccccccc-{i:012d}"]
        g.add((event, RDF.type, CKG.Clash))
        g.add((event, CKG.agent, RES["actor/islamic-state"]))
        g.add((event, CKG.place, RES["place/palmyra"]))
        g.add((event, CKG.hasEvidence, RES[f"evidence/cccccccccccccccc-{i}"]))
        g.add(
            (
                RES[f"evidence/cccccccccccccccc-{i}"],
                __import__("kg.namespace").namespace.OA.exact,
                Literal(f"clash number {i}"),
            )
        )
    store.replace_graph(str(GRAPH["article/cccccccccccccccc"]), g)
    with TestClient(create_app(store, Settings())) as c:
        history = get(c, "/actors/islamic-state/history")
    assert history["count"] == 2003  # (its speed is measured by bench/bench_api.py, not asserted here)


@dataclass
class FakeResult:
    """What the tests' ingest function reports (the real one is kg.pipeline.ingest_article)."""

    accepted: bool
    article_id: str
    report: str


def storing_ingest(article, store):
    """Stores a minimal article graph for real, so the POST round trip can be checked through GET."""
    g = Graph()
    iri = RES[f"article/{article.id}"]
    g.add((iri, RDF.type, CKG.Article))
    store.replace_graph(str(GRAPH[f"article/{article.id}"]), g)
    return FakeResult(True, article.id, "conforms")


def rejecting_ingest(article, store):
    return FakeResult(False, article.id, "Constraint violation: event without evidence")


@pytest.fixture
def posting_client():
    def make(ingest, token=None, max_upload_bytes=5 * 1024 * 1024):
        settings = Settings(token=token, ingest=ingest, max_upload_bytes=max_upload_bytes)
        return TestClient(create_app(loaded_store(), settings))

    return make


ARTICLE_JSON = {
    "text": "ISIS attacked Palmyra on Monday.",
    "url": "https://news.example.org/x",
    "published": "2020-08-24",
    "title": "T",
    "publisher": "P",
}


def test_api_post_article_json_then_get_it(posting_client):
    client = posting_client(storing_ingest)
    response = client.post("/articles", json=ARTICLE_JSON)
    assert response.status_code == 201 and response.json()["accepted"] is True
    article_id = response.json()["article_id"]
    assert article_id in [a["id"] for a in client.get("/articles").json()]


def test_api_post_article_multipart_upload(posting_client):
    client = posting_client(storing_ingest)
    response = client.post(
        "/articles", files={"file": ("a.txt", b"ISIS attacked Palmyra.", "text/plain")}, data={"publisher": "P"}
    )
    assert response.status_code == 201


def test_api_post_article_needs_the_token(posting_client):
    client = posting_client(storing_ingest, token="s3cret")
    assert client.post("/articles", json=ARTICLE_JSON).status_code == 401
    assert client.post("/articles", json=ARTICLE_JSON, headers={"Authorization": "Bearer wrong"}).status_code == 401
    ok = client.post("/articles", json=ARTICLE_JSON, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 201


def test_api_post_article_rejected_by_shacl_is_422_with_the_report(posting_client):
    response = posting_client(rejecting_ingest).post("/articles", json=ARTICLE_JSON)
    assert response.status_code == 422 and "without evidence" in response.json()["detail"]["report"]


@pytest.mark.parametrize(
    "kwargs,status",
    [
        ({"json": {"text": ""}}, 422),
        ({"json": {"url": "x"}}, 422),
        ({"content": b"{not json", "headers": {"Content-Type": "application/json"}}, 422),
        ({"json": {**ARTICLE_JSON, "published": "soon"}}, 400),
        ({"content": b"text", "headers": {"Content-Type": "text/plain"}}, 415),
        ({"json": {"text": "   "}}, 400),
    ],
)
def test_api_post_article_bad_input(posting_client, kwargs, status):
    assert posting_client(storing_ingest).post("/articles", **kwargs).status_code == status


def test_api_post_article_too_large_is_413(posting_client):
    client = posting_client(storing_ingest, max_upload_bytes=1000)
    assert client.post("/articles", json={"text": "x" * 2000}).status_code == 413


def test_api_post_article_with_the_real_pipeline(posting_client):
    pipeline = pytest.importorskip("kg.pipeline", reason="kg.pipeline has not landed yet")
    client = posting_client(pipeline.ingest_article)
    response = client.post("/articles", json=ARTICLE_JSON)
    assert response.status_code in (201, 422), response.text
    body = response.json()
    if response.status_code == 201:
        assert body["conforms"] is True
        assert client.get(f"/articles/{body['article_id']}").json()["title"] == ARTICLE_JSON["title"]
    else:
        assert body["detail"]["report_text"]
