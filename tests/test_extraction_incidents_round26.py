"""Round 26 (incidents): a toll "killed in the battle for" a place refers back to the offensive told before it; a
specific act striking the very thing a generic attack was told to have struck ("the bus") is that attack told on;
an act told by its first days is a campaign, not the one-day massacre told before; a count over a stretch of weeks
(from one day to another, a month) is no toll of a single act; a toll told before a "since" clause is not the toll
of the withdrawal that clause tells. Texts are our own."""

from __future__ import annotations

from test_extraction_incidents_round22 import _counts, _events


def test_extraction_incidents_a_toll_in_the_battle_for_the_town_is_the_offensives():
    body = (
        "On Friday, government troops backed by Russian jets fully recaptured Qaryat al-Shams, which the militants "
        "had held since last spring.\n\n"
        "The offensive began in mid-January. The army command said on Friday that more than 300 militants had "
        "been killed in the battle for the town."
    )
    events = _events(body)
    operation = next(e for e in events if e["type"] == "MilitaryOperation")
    assert ("killed", 301) in _counts(operation)
    assert not any(e["type"] == "Clash" for e in events)


def test_extraction_incidents_an_ambush_on_the_bus_refines_the_attack_on_a_bus():
    body = (
        "Several soldiers were killed and others were wounded in a terrorist attack that targeted an army bus on "
        "the road between Homs and Tadmur on Tuesday night. A security source said that militants, who still roam "
        "the eastern Badia, ambushed the bus with rockets and heavy machine guns."
    )
    events = _events(body)
    kinds = [e["type"] for e in events if e["type"] in ("Attack", "Ambush")]
    assert kinds == ["Ambush"]


def test_extraction_incidents_the_first_days_of_a_campaign_are_no_one_day_massacre():
    body = (
        "On June 3, 2015, ISIS fighters executed dozens of farmers in the village of Tal Hamra. In the first days "
        "of the ISIS assault on the Khabur valley that month, some 900 Assyrians were killed."
    )
    events = _events(body)
    campaign = [e for e in events if ("killed", 900) in _counts(e)]
    assert len(campaign) == 1
    assert "Tal Hamra" not in campaign[0]["evidence"]


def test_extraction_incidents_a_count_from_one_day_to_another_is_no_captures_toll():
    body = (
        "Militants seized the town of Tuz on May 2 and overran the nearby air base a day later.\n\n"
        "At least 640 civilians were killed and at least 410 injured in Kirkuk and Diyala provinces from May 1 "
        "to May 20, the United Nations said."
    )
    events = _events(body)
    assert not any(("killed", 640) in _counts(e) for e in events if e["type"] == "Capture")
    assert any(("killed", 640) in _counts(e) for e in events)


def test_extraction_incidents_a_toll_before_since_is_not_the_withdrawals():
    body = (
        "A car bomb killed six people at a market in Baquba on Sunday, police said.\n\n"
        "According to figures compiled by the health ministry, 315 people were killed in March, the deadliest "
        "month since the last British troops left the country in October."
    )
    events = _events(body)
    assert not any(e["casualties"] for e in events if e["type"] == "Withdrawal")
    assert not any(("killed", 315) in _counts(e) for e in events if e["type"] == "Bombing(IED)")
    assert any(("killed", 315) in _counts(e) for e in events)

