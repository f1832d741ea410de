"""Round 15: a toll counted from a day, and an act told as the cause or the start of another."""

from __future__ import annotations

import datetime

from kg.articles import ArticleMetadata, article_from_text
from kg.extraction import extract_to_json


def _events(body: str, headline: str = "Report from the front") -> list[dict]:
    metadata = ArticleMetadata(published=datetime.date(2019, 3, 14))  # a Thursday: weekdays resolve to days
    return extract_to_json(article_from_text(f"{headline}\n\n{body}\n", metadata))["events"]


def _counts(event: dict) -> set[tuple]:
    return {(c["status"], c.get("count") or c.get("min")) for c in event["casualties"]}


def test_extraction_incidents_toll_since_a_day_when_is_not_that_days_act():
    body = (
        "The Islamic State seized the police headquarters of the town of Hit on Sunday after a wave of car bombs.\n\n"
        "A tribal leader said at least 140 policemen and residents had been killed in and around Hit since "
        "Thursday, when the militants stormed the town's northern district. A hospital official put the number "
        "of bodies received at 85."
    )
    events = _events(body)
    sunday = next(e for e in events if e["type"] == "Capture" and "headquarters" in e["evidence"])
    assert {("killed", 140), ("killed", 85)} <= _counts(sunday)
    assert all(not _counts(e) for e in events if e is not sunday)


def test_extraction_incidents_the_killing_told_as_a_cause_is_an_incident_of_its_own():
    body = (
        "Clashes broke out on Wednesday when Jaysh al-Islam attacked Faylaq al-Rahman positions in the town of "
        "Hamouriyeh. Jaysh al-Islam said the attack came in response to the killing of three of its members by "
        "Faylaq al-Rahman fighters near Hamouriyeh on Tuesday, a charge the group denied.\n\n"
        "A monitor said at least 18 fighters from both sides had been killed since Wednesday."
    )
    events = _events(body)
    cause = [e for e in events if ("killed", 3) in _counts(e)]
    assert len(cause) == 1 and "killing of three" in cause[0]["evidence"]
    assert ("killed", 18) not in _counts(cause[0])
    assert any(("killed", 18) in _counts(e) for e in events if e is not cause[0])


def test_extraction_incidents_a_lower_toll_is_another_count_of_the_incident_told():
    body = (
        "At least 14 people were killed on Friday when ISIS gunmen ambushed a bus carrying shepherds in the desert "
        "near Palmyra, the Syrian Observatory for Human Rights said.\n\n"
        'The official Syrian news agency SANA gave a lower toll, reporting that six "citizens" were killed in '
        'what it called a "terrorist attack".'
    )
    events = _events(body)
    ambush = next(e for e in events if e["type"] == "Ambush")
    assert {("killed", 14), ("killed", 6)} <= _counts(ambush)
    assert len([e for e in events if e["casualties"]]) == 1


def test_extraction_incidents_the_toll_after_an_offensives_launch_is_the_captures():
    body = (
        "Peshmerga forces on Monday liberated the town of Makhmour from Islamic State militants after a two-day "
        "offensive, a Peshmerga commander said.\n\n"
        "The offensive on Makhmour was launched at dawn on Saturday from two axes.\n\n"
        "According to the commander, 7 Peshmerga were killed and 22 others were wounded in the fighting."
    )
    events = _events(body)
    capture = next(e for e in events if e["type"] == "Capture")
    assert {("killed", 7), ("injured", 22)} <= _counts(capture)
    assert all(not e["casualties"] for e in events if e["type"] == "MilitaryOperation")


def test_extraction_incidents_a_campaign_launched_weeks_before_keeps_its_toll():
    body = (
        "Turkish troops and allied fighters took full control of the town of Jandaris on Thursday, March 7.\n\n"
        "Operation Spring Shield was launched by Turkey on January 20.\n\n"
        "The Observatory said 900 fighters had been killed so far."
    )
    events = _events(body)
    capture = next(e for e in events if e["type"] == "Capture")
    assert ("killed", 900) not in _counts(capture)
