"""Round 21 (incidents): a participle toll after an act told in passing as background (its own month, not the day
the sentence tells) is the toll of the day's act; the dead of many incidents counted since a day are a statistic of
their own, not the toll of the incident told last. Texts are our own."""

from __future__ import annotations

import datetime

from kg.articles import ArticleMetadata, article_from_text
from kg.extraction import extract_to_json


def _events(body: str, headline: str = "Report from the region") -> list[dict]:
    metadata = ArticleMetadata(published=datetime.date(2022, 3, 12))  # a Saturday
    return extract_to_json(article_from_text(f"{headline}\n\n{body}\n", metadata))["events"]


def _counts(event: dict) -> set[tuple]:
    return {(c["status"], c.get("count") or c.get("min")) for c in event["casualties"]}


def test_extraction_incidents_a_toll_after_a_background_act_is_the_days_act():
    body = (
        "On Thursday, a car bomb exploded near a bakery in Jarablus, the town captured by the rebels in August, "
        "killing six civilians and wounding 14 others, the local council said."
    )
    events = _events(body)
    bombing = next(e for e in events if e["type"] == "Bombing(IED)")
    assert ("killed", 6) in _counts(bombing)
    assert not any(("killed", 6) in _counts(e) for e in events if e["type"] == "Capture")


def test_extraction_incidents_the_dead_of_incidents_since_a_day_are_a_statistic():
    body = (
        "On Friday, clashes broke out between the army and smugglers near the village of Qasr al-Hamra, "
        "residents said.\n\n"
        "According to a tally by the local council, at least 14 people have been killed in border incidents "
        "since the beginning of January."
    )
    events = _events(body)
    clash = next(e for e in events if e["type"] == "Clash")
    assert ("killed", 14) not in _counts(clash)
    assert any(("killed", 14) in _counts(e) for e in events)
