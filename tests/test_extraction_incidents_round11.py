"""Round 11: which incident a toll joins when other incidents were told in between."""

from __future__ import annotations

from kg.articles import article_from_text
from kg.extraction import extract_to_json


def _events(body: str, headline: str = "Report from the front") -> list[dict]:
    return extract_to_json(article_from_text(f"{headline}\n\n{body}\n"))["events"]


def _counts(event: dict) -> set[tuple]:
    return {(c["status"], c.get("count") or c.get("min")) for c in event["casualties"]}


def test_extraction_incidents_the_fighting_is_no_airstrike_told_in_between():
    body = (
        "The Syrian Arab Army took full control of the town of Kafr Zita on Monday after heavy clashes with "
        "Hayat Tahrir al-Sham.\n\n"
        "Meanwhile, Russian warplanes struck positions of Hayat Tahrir al-Sham near Latamneh.\n\n"
        "A monitor said 12 soldiers and 20 militants had been killed in the fighting."
    )
    events = _events(body)
    capture = next(e for e in events if e["type"] == "Capture")
    assert {("killed", 12), ("killed", 20)} <= _counts(capture)
    assert all(not e["casualties"] for e in events if e["type"] == "Airstrike")


def test_extraction_incidents_toll_joins_the_incident_told_last_not_opened_last():
    body = (
        "Kurdish forces drove the Islamic State out of the town of Hol on Friday.\n\n"
        "Coalition aircraft flew 20 strikes in the area over two days.\n\n"
        "Figures on the fighting differ widely.\n\n"
        "The Peshmerga said eight of its fighters had been killed and 30 wounded."
    )
    events = _events(body)
    capture = next(e for e in events if e["type"] == "Capture")
    assert {("killed", 8), ("injured", 30)} <= _counts(capture)
    assert all(not e["casualties"] for e in events if e["type"] == "Airstrike")


def test_extraction_incidents_the_war_toll_is_no_toll_of_the_fight_told_last():
    body = (
        "Fierce clashes broke out on Tuesday between the Syrian Arab Army and Hayat Tahrir al-Sham near Saraqib.\n\n"
        "More than 300,000 people have been killed in the Syrian war, according to aid agencies."
    )
    events = _events(body)
    clash = next(e for e in events if e["type"] == "Clash")
    assert not clash["casualties"]
    statistic = [e for e in events if ("killed", 300001) in _counts(e)]
    assert len(statistic) == 1 and statistic[0]["type"] != "Clash"


def test_extraction_incidents_a_monthly_count_told_first_is_a_statistic():
    body = (
        "A total of 412 Iraqis were killed and another 730 were wounded in acts of violence in October, "
        "according to figures released by the United Nations on Friday.\n\n"
        "On 12 October, a car bomb exploded near a market in Kirkuk, killing nine people."
    )
    events = _events(body)
    statistic = next(e for e in events if ("killed", 412) in _counts(e))
    assert statistic["type"] == "Attack" and ("injured", 730) in _counts(statistic)
    bombing = next(e for e in events if ("killed", 9) in _counts(e))
    assert ("killed", 412) not in _counts(bombing)


def test_extraction_incidents_a_toll_without_period_or_incident_stays_unplaced():
    assert _events("The Syrian Observatory for Human Rights put the death toll at four.") == []


def test_extraction_incidents_a_toll_since_days_ago_is_no_toll_of_the_strike_told_last():
    body = (
        "Russian warplanes struck the outskirts of the town of Kafr Nabl on Thursday morning, a monitor said.\n\n"
        "According to the monitor, at least 230 people have been killed since the rebels began their push on "
        "Kafr Nabl on March 3."
    )
    events = _events(body)
    assert all(("killed", 230) not in _counts(e) for e in events if e["type"] == "Airstrike")


def test_extraction_incidents_an_uncounted_toll_stays_beside_a_counted_one():
    body = (
        "ISIS militants attacked a Peshmerga post near Makhmour on Monday, killing several fighters.\n\n"
        "A Peshmerga official said four fighters were killed."
    )
    attack = next(e for e in _events(body) if e["type"] == "Attack")
    assert {("killed", 4), ("killed", None)} <= _counts(attack)
