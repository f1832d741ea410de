"""Round 18: a sentence whose figures only revise a toll ("… a companion was also killed, bringing the toll to two")
tells more of the incident told before with a toll, even after a statement in between; and a toll told with "the
attack" after the story moved to another day is the toll of the act told on that day, not of the incident told
before it. Texts are our own."""

from __future__ import annotations

import datetime

from kg.articles import ArticleMetadata, article_from_text
from kg.extraction import extract_to_json


def _events(body: str, headline: str = "Report from the front") -> list[dict]:
    metadata = ArticleMetadata(published=datetime.date(2021, 6, 12))  # a Saturday
    return extract_to_json(article_from_text(f"{headline}\n\n{body}\n", metadata))["events"]


def _counts(event: dict) -> set[tuple]:
    return {(c["status"], c.get("count") or c.get("min")) for c in event["casualties"]}


def test_extraction_incidents_a_revised_toll_joins_the_incident_told_before():
    body = (
        "A senior commander of the brigade was killed yesterday evening when warplanes struck his farmhouse near "
        "the village of Tell Hajar, the brigade said in a statement.\n\n"
        "The statement said he had led the brigade for a decade. His funeral will be held in the town of Qayyarah, "
        "it added.\n\n"
        "According to local sources, two rockets hit the farmhouse, and his driver was also killed, bringing the "
        "toll to two."
    )
    events = _events(body)
    strike = next(e for e in events if "struck his farmhouse" in e["evidence"])
    assert ("killed", 2) in _counts(strike)
    assert not any(("killed", 2) in _counts(e) for e in events if e is not strike)


def test_extraction_incidents_a_toll_after_the_story_moved_on_is_not_the_earlier_incident():
    body = (
        "Government artillery shelled the town of Kafr Batna last night, wounding two civilians, local sources "
        "said.\n\n"
        "More than 40 shells hit the town centre and a school was damaged.\n\n"
        "On Thursday, militiamen crept towards the village of Umm Rumman under cover of darkness.\n\n"
        "The village guard said its fighters repelled the attack after two hours of clashes, killing five gunmen."
    )
    events = _events(body)
    shelling = next(e for e in events if "shelled" in e["evidence"])
    assert _counts(shelling) == {("injured", 2)}
    repelled = next(e for e in events if "repelled the attack" in e["evidence"])
    assert _counts(repelled) == {("killed", 5)} and repelled["date"] == "2021-06-10"


def test_extraction_incidents_bodies_of_them_are_the_victims_told_just_before():
    body = (
        "A roadside bomb struck an army patrol near the town of Qayyarah on Thursday evening, killing two "
        "soldiers, a military source said.\n\n"
        "The bombing came days after militants abducted six farmers near the village of Tell Hajar. The bodies of "
        "three of them were found on Friday."
    )
    events = _events(body)
    bomb = next(e for e in events if "roadside bomb" in e["evidence"])
    assert _counts(bomb) == {("killed", 2)}
    abduction = next(e for e in events if "abducted" in e["evidence"])
    assert _counts(abduction) == {("killed", 3)}


def test_extraction_incidents_a_toll_over_several_days_is_a_statistic_of_its_own():
    body = (
        "Government jets bombed the market of the town of Kafr Batna on Friday morning, killing 19 people, "
        "according to local activists, who said that at least 40 people had been killed in the past three days."
    )
    events = _events(body)
    market = next(e for e in events if e["evidence"].startswith("Government jets"))
    assert _counts(market) == {("killed", 19)}
    total = next(e for e in events if e is not market)
    assert _counts(total) == {("killed", 40)} and total["date"] is None
