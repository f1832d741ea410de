"""Round 22 (incidents): what is told after a fight of another kind than an act fired within it is the fight's; a
victim described in the lead and named in the next sentence is one killing; a past event named with its year
whose toll a relative clause tells is background of its own. Texts are our own."""

from __future__ import annotations

import datetime

from kg.articles import ArticleMetadata, article_from_text
from kg.extraction import extract_to_json


def _events(body: str, headline: str = "Report from the region") -> list[dict]:
    metadata = ArticleMetadata(published=datetime.date(2022, 3, 12))  # a Saturday
    return extract_to_json(article_from_text(f"{headline}\n\n{body}\n", metadata))["events"]


def _counts(event: dict) -> set[tuple]:
    return {(c["status"], c.get("count") or c.get("min")) for c in event["casualties"]}


def test_extraction_incidents_the_fight_keeps_its_dead_not_the_shells_fired_in_it():
    body = (
        "Heavy clashes erupted on Thursday night between the Free Syrian Army and government forces for the "
        "border post near Jarablus, and two mortar shells fired during the fighting landed inside a Turkish "
        "village late on Thursday, wounding two farmers.\n\n"
        "Rebel fighters attacked the police station near the post before midnight. The fighting lasted until "
        "Friday morning.\n\n"
        "Local sources said nine soldiers and three rebels were killed."
    )
    events = _events(body)
    clash = next(e for e in events if e["type"] == "Clash")
    assert {("killed", 9), ("killed", 3)} <= _counts(clash)
    assert not any(("killed", 9) in _counts(e) for e in events if e["type"] == "Shelling")


def test_extraction_incidents_a_victim_described_then_named_is_one_killing():
    body = (
        "On Thursday, gunmen shot dead a commander of the Sons of Iraq at a checkpoint near Samarra.\n\n"
        "Police said Sheikh Hamid al-Jubouri and three of his bodyguards were killed when attackers in a car "
        "opened fire on them."
    )
    events = _events(body)
    killings = [e for e in events if ("killed", 4) in _counts(e)]
    assert len(killings) == 1
    assert ("killed", 1) not in _counts(killings[0])
    assert len([e for e in events if e["type"] in ("Assassination", "Attack")]) == 1


def test_extraction_incidents_a_past_events_toll_in_a_which_clause_is_its_own():
    body = (
        "On Thursday evening, gunmen shot dead Ali al-Hashimi, a journalist, outside his home in Basra.\n\n"
        "Rights groups blamed militias that have hunted critics since the November 2019 protests, in which more "
        "than 500 demonstrators were killed."
    )
    events = _events(body)
    victim = next(e for e in events if ("killed", 1) in _counts(e))
    assert ("killed", 501) not in _counts(victim)
    assert any(("killed", 501) in _counts(e) for e in events)
