"""Round 20 (incidents): a toll told with the act in a source's own words ("killed in what it called an attack")
retells the incident told just before, it is no act of its own; and an anaphor of one kind, with two incidents of
its family told in the sentence before, is the one of its own kind, not the lead of that sentence. Texts are our
own."""

from __future__ import annotations

import datetime

from kg.articles import ArticleMetadata, article_from_text
from kg.extraction import extract_to_json


def _events(body: str, headline: str = "Report from the region", *, dated: bool = True) -> list[dict]:
    metadata = ArticleMetadata(published=datetime.date(2022, 3, 12) if dated else None)  # a Saturday
    return extract_to_json(article_from_text(f"{headline}\n\n{body}\n", metadata))["events"]


def _counts(event: dict) -> set[tuple]:
    return {(c["status"], c.get("count") or c.get("min")) for c in event["casualties"]}


def test_extraction_incidents_a_toll_in_a_sources_words_retells_the_clash():
    body = (
        "Clashes broke out on Wednesday night between the Sanadid Forces and tribal gunmen in the town of "
        "Tal Hamis, residents said.\n\n"
        "The fighting spread to the market, and three gunmen were killed.\n\n"
        "The Sanadid Forces said in a statement that four of its fighters were killed in what it called an attack "
        "by \"outlaw gangs\"."
    )
    events = _events(body)
    assert not any("what it called" in e["evidence"] for e in events)
    clash = next(e for e in events if e["type"] == "Clash")
    assert ("killed", 4) in _counts(clash)


def test_extraction_incidents_the_anaphor_is_the_incident_of_its_own_kind():
    body = (
        "The army carried out air operations against targets of the PKK in the Qandil mountains after Monday's "
        "terrorist attack on the police academy in Malatya's Battalgazi district, the ministry said.\n\n"
        "Nine cadets were killed and 14 wounded in the attack on the academy, in which three gunmen stormed the "
        "gate with rifles."
    )
    events = _events(body, dated=False)  # (undated: the days told do not tell the two apart either)
    strikes = next(e for e in events if e["type"] == "Airstrike")
    assert ("killed", 9) not in _counts(strikes)
