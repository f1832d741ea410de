"""Event, role, date, casualty and relation extraction end to end on small articles in other outlets' styles.

Each ``tests/fixtures/extraction/<name>.txt`` has a ``<name>.expected.json`` saying what it tests and the
facts an analyst reads in it; expectations are partial (only the fields given are compared).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.articles import article_from_text, read_article
from kg.extraction import EXTRACTOR_VERSION, extract, extract_to_json

FIXTURES = Path(__file__).parent / "fixtures" / "extraction"
CASES = sorted(p.name[: -len(".expected.json")] for p in FIXTURES.glob("*.expected.json"))


def _load(name: str) -> tuple[dict, dict, str]:
    article = read_article(FIXTURES / f"{name}.txt")
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    return extract_to_json(article), expected, article.text


def _figures(casualties: list[dict]) -> list[tuple]:
    return sorted((c["status"], c["count"], c["min"], c["max"], c["of"]) for c in casualties)


@pytest.mark.parametrize("name", CASES)
def test_extraction_events_expected_facts(name):
    output, expected, _ = _load(name)
    for want in expected["events"]:
        found = [
            e for e in output["events"] if e["type"] == want["type"] and want["evidence_contains"] in e["evidence"]
        ]
        assert found, f"{name}: no {want['type']} event with evidence containing {want['evidence_contains']!r}"
        event = found[0]
        for key in ("date", "agents", "targets", "attributed_to"):
            if key in want:
                assert event[key] == want[key], f"{name}: {key} of {want['type']}"
        if "places" in want:
            assert set(want["places"]) <= set(event["places"])
        if "casualties" in want:
            assert _figures(event["casualties"]) == _figures(want["casualties"])
    if "event_count" in expected:
        assert len(output["events"]) == expected["event_count"]
    triples = {(r["subject"], r["predicate"], r["object"]) for r in output["relations"]}
    for subject, predicate, obj in expected["relations"]:
        assert (subject, predicate, obj) in triples
    for subject, predicate, obj in expected.get("absent_relations", []):
        assert (subject, predicate, obj) not in triples


@pytest.mark.parametrize("name", CASES)
def test_extraction_events_evidence_is_verbatim(name):
    article = read_article(FIXTURES / f"{name}.txt")
    extraction = extract(article)
    assert extraction.extractor_version == EXTRACTOR_VERSION
    facts = [e.evidence for e in extraction.events] + [r.evidence for r in extraction.relations]
    facts += [c.evidence for e in extraction.events for c in e.casualties]
    for evidence in facts:
        assert article.text[evidence.start : evidence.end] == evidence.quote
        assert evidence.rule and 0 < evidence.confidence <= 1


def test_extraction_events_never_from_boilerplate():
    text = (
        "Army repels attack in Deir Ezzor\n\nThe Syrian Arab Army repelled an attack by ISIS near Al-Mayadin.\n\n"
        "Comments\n\nISIS shelled positions of the Syrian Arab Army in Hama, a reader wrote.\n"
    )
    article = article_from_text(text)
    extraction = extract(article)
    segments = [(s.start, s.end) for s in article.segments]
    for event in extraction.events:
        assert any(start <= event.evidence.start and event.evidence.end <= end for start, end in segments)


def test_extraction_events_headline_repeating_body_is_one_event():
    text = (
        "Syrian Army launches operation against ISIS\n\n"
        "On May 3, the Syrian Arab Army launched a security operation against ISIS near Al-Sukhnah.\n"
    )
    events = extract(article_from_text(text)).events
    assert [e.type for e in events] == ["MilitaryOperation"]
    assert "On May 3" in events[0].evidence.quote


def test_extraction_events_planned_operation_is_flagged():
    text = (
        "Iraqi forces prepare offensive\n\n"
        "Iraqi Security Forces are preparing for the launch of a large-scale operation against ISIS in Anbar.\n"
    )
    events = extract(article_from_text(text)).events
    assert len(events) == 1 and events[0].planned and events[0].type == "MilitaryOperation"
