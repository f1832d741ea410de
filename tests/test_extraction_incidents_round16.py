"""Round 16: a toll told after a sentence that tells two incidents joins the one the sentence tells first (its
lead), not a series or operation it names after it; a month's count of the dead of a country's violence is a
statistic of its own, not the toll of the incident told last. Texts are our own."""

from __future__ import annotations

import datetime

from kg.articles import ArticleMetadata, article_from_text
from kg.extraction import extract_to_json


def _events(body: str, headline: str = "Report from the front") -> list[dict]:
    metadata = ArticleMetadata(published=datetime.date(2021, 6, 12))  # a Saturday
    return extract_to_json(article_from_text(f"{headline}\n\n{body}\n", metadata))["events"]


def _counts(event: dict) -> set[tuple]:
    return {(c["status"], c.get("count") or c.get("min")) for c in event["casualties"]}


def test_extraction_incidents_the_toll_after_a_strike_told_with_its_series_is_the_strikes():
    body = (
        "Israeli jets struck a bridge near the Syrian town of Tal Kalakh late on Friday, the latest in a string "
        "of raids on the roads to Lebanon.\n\n"
        "The Syrian Defence Ministry said the attack killed three soldiers and wounded seven others."
    )
    events = _events(body)
    strike = next(e for e in events if e["type"] == "Airstrike")
    assert {("killed", 3), ("injured", 7)} <= _counts(strike)
    assert all(not _counts(e) for e in events if e is not strike)


def test_extraction_incidents_the_toll_after_a_capture_told_in_an_operation_is_the_captures():
    body = (
        "Rebel fighters backed by Turkish tanks took control of the village of Tell Jijan on Friday, the "
        "Turkish General Staff said.\n\n"
        "The statement said the rebels also captured the nearby hamlets of Kafr Ghan and Duwaybiq in the operation. "
        "Two rebel fighters were killed and six others were wounded in the clashes, it said."
    )
    events = _events(body)
    with_toll = [e for e in events if _counts(e)]
    assert len(with_toll) == 1 and with_toll[0]["type"] == "Capture"
    assert {("killed", 2), ("injured", 6)} <= _counts(with_toll[0])


def test_extraction_incidents_a_months_count_of_violence_is_a_statistic_of_its_own():
    body = (
        "A car bomb exploded at a checkpoint in the town of Tarmiyah on Thursday, killing four policemen, "
        "police said.\n\n"
        "The United Nations mission said this month that at least 530 Iraqis were killed in acts of terrorism "
        "and violence across the country in May, 310 of them civilians."
    )
    events = _events(body)
    blast = next(e for e in events if "car bomb" in e["evidence"])
    assert _counts(blast) == {("killed", 4)}
    statistic = next(e for e in events if "530" in e["evidence"])
    assert {("killed", 530), ("killed", 310)} <= _counts(statistic)


def test_extraction_incidents_the_toll_told_by_its_place_is_the_incident_there():
    body = (
        "Regime helicopters dropped more than 20 barrel bombs on the town of Kafr Nabudah on Wednesday, a local "
        "reporter said, while Russian warplanes targeted the nearby towns of Kansafra and Hass.\n\n"
        "In Kansafra, rescuers said, a farmer and his two sons were killed."
    )
    events = _events(body)
    toll = [e for e in events if _counts(e)]
    assert len(toll) == 1 and "Russian warplanes" in toll[0]["evidence"]
