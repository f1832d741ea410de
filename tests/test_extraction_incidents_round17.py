"""Round 17: what an incident referred to follows ("This attack follows the raid of Monday night on X, in which
…") is another incident with its own day and toll; an unquantified "heavy losses" from another source stays beside
a count. Texts are our own."""

from __future__ import annotations

import datetime

from kg.articles import ArticleMetadata, article_from_text
from kg.extraction import extract_to_json


def _events(body: str, headline: str = "Report from the front") -> list[dict]:
    metadata = ArticleMetadata(published=datetime.date(2021, 6, 12))  # a Saturday
    return extract_to_json(article_from_text(f"{headline}\n\n{body}\n", metadata))["events"]


def _counts(event: dict) -> set[tuple]:
    return {(c["status"], c.get("count") or c.get("min")) for c in event["casualties"]}


def test_extraction_incidents_what_an_attack_follows_is_another_incident():
    body = (
        "Militants attacked an army post near the village of Tell Hajar late on Friday, killing two soldiers, "
        "the provincial council said.\n\n"
        "This attack follows the raid of Wednesday night on the village of Umm Rumman, in which six farmers "
        "were killed."
    )
    events = _events(body)
    post = next(e for e in events if "army post" in e["evidence"])
    assert _counts(post) == {("killed", 2)}
    raid = next(e for e in events if "Umm Rumman" in e["evidence"])
    assert raid is not post and raid["date"] == "2021-06-09"
    assert ("killed", 6) in _counts(raid)


def test_extraction_incidents_another_sources_heavy_losses_stay_beside_a_count():
    body = (
        "Rebel fighters repelled an attempt by government troops to advance on the town of Kafr Batna at dawn "
        "on Friday. A rebel commander told reporters that nine soldiers were killed.\n\n"
        "State television said the army had inflicted heavy losses on the gunmen."
    )
    events = _events(body)
    fight = next(e for e in events if "Kafr Batna" in e["evidence"])
    statuses = {(c["status"], c["count"]) for c in fight["casualties"]}
    assert ("killed", 9) in statuses and ("killed_or_injured", None) in statuses


def test_extraction_incidents_a_claimed_toll_joins_the_claimants_own_attack():
    body = (
        "Islamic State militants stormed an army post near the village of Tell Hajar late on Friday, killing three "
        "soldiers, the provincial council said.\n\n"
        "A patrol sent from the town of Qayyarah struck a roadside bomb on the way to the post, wounding two more "
        "soldiers.\n\n"
        "Islamic State claimed the attack through its Amaq agency on Saturday, saying 12 soldiers had been killed."
    )
    events = _events(body)
    post = next(e for e in events if "stormed" in e["evidence"])
    assert ("killed", 12) in _counts(post)
    blast = next(e for e in events if "roadside bomb" in e["evidence"])
    assert _counts(blast) == {("injured", 2)}
