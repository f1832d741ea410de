"""Events, round 8: causes found on the dev14 and dev15 sets, each with sentences written for the test in other
outlets' styles (none copied from an evaluation article).

- "a series of strikes", "a wave of bombings" read as a habit when undated; told with the day it happened
  ("on Friday carried out a series of strikes", "yesterday") they are that day's incident.
- A sentence that opens on a day of its own ("On Monday night, …") after an undated incident somewhere else is
  another incident, though the same side acts in both.
- People captured (a governor, officials) are no capture of a place; troops "poured"/"rushed" into a province
  are deployed; executions are attacks ("executed dozens of strikes" is not one); "the capture of X on Sunday"
  and "the fall of X" are a capture told as a noun (a man's capture is not, nor one that only dates).
- "after “fierce clashes”" is the battle for the capture, and a side it got from a group word elsewhere in the
  clause is the capture's foe; a source after "but the assault was repelled" speaks for the attack too.
- Fighters who "stormed" a post made an attack even when suicide bombers blew themselves up in it; "restored
  security and stability to" a town is the Syrian state media's capture; "the American aggression" is an
  airstrike; "killed, wounded or captured" lists fates, not a capture; a habit in a later conjunct ("…, and its
  drones have increasingly struck …") leaves the campaign told first; forces "massed" near a place deploy.
- Datelines with "--", "/" or ":" name no event place; "the city" takes up a town the article calls a city; drones
  "intercepted" by air defences are a failed attack; breaking a siege is an operation against the besiegers.
- A habit told in a relative aside (", which Moscow has repeatedly accused of bias,") does not silence the main
  clause; "25 other people were wounded" is no new incident, and "in the raids" after an airstrike are its raids.
"""

from __future__ import annotations

import pytest
from test_extraction_events_round3 import _extract


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Iraqi jets on Friday carried out a series of strikes on Daesh hideouts near Rutba, the command said.",
            [("Airstrike", "2021-06-04")],
        ),
        (
            "A wave of car bombings struck markets in eastern Baghdad yesterday, killing 31 people.",
            [("Bombing(IED)", "2021-06-08")],
        ),
        (
            "Turkish drones carried out a string of strikes on PKK positions in the Qandil mountains on 2 June.",
            [("Airstrike", "2021-06-02")],
        ),
    ],
)
def test_a_series_told_with_its_day_is_that_days_incident(body: str, expected: list[tuple[str, str]]) -> None:
    assert [(e["type"], e["date"]) for e in _extract(body)["events"]] == expected


@pytest.mark.parametrize(
    "body",
    [
        "Turkish drones have carried out a series of strikes on PKK positions in the Qandil mountains since 2019.",
        "The militants have waged a wave of attacks on army posts in the desert around Rutba.",
    ],
)
def test_an_undated_series_is_still_a_habit(body: str) -> None:
    assert _extract(body)["events"] == []


def test_an_opening_day_after_an_undated_incident_elsewhere_starts_another() -> None:
    body = (
        "Two weeks ago a car bomb exploded at a vegetable market in the Jamila area of eastern Baghdad, killing "
        "23 people. Daesh claimed responsibility for the blast.\n\n"
        "On Monday night, border guards foiled an attempt by Daesh fighters to sneak across from Syria near "
        "al-Qaim, killing three of them."
    )
    events = _extract(body)["events"]
    assert [e["type"] for e in events] == ["Bombing(IED)", "Clash"]
    bombing, clash = events
    assert [(c["count"], c["status"]) for c in bombing["casualties"]] == [(23, "killed")]
    assert clash["date"] == "2021-06-07"
    assert [(c["count"], c["status"]) for c in clash["casualties"]] == [(3, "killed")]



def test_a_captured_official_is_a_man_taken_not_a_place_taken() -> None:
    events = _extract("ISIS fighters captured the deputy governor and two officials in Mosul on Monday.")["events"]
    assert [e["type"] for e in events] == ["Other"]


def test_troops_poured_into_a_province_are_a_deployment() -> None:
    events = _extract("The army has rushed hundreds of troops into Daraa province on Sunday, a source said.")["events"]
    assert [(e["type"], e["places"]) for e in events] == [("Deployment", ["Daraa Governorate"])]


@pytest.mark.parametrize(
    "body",
    [
        "Islamic State militants executed at least nine men in a public square in al-Bab on Tuesday.",
        "Eleven detainees were summarily executed near the prison in Tabqa on Tuesday, the monitor said.",
    ],
)
def test_executions_are_an_attack(body: str) -> None:
    events = _extract(body)["events"]
    assert [e["type"] for e in events] == ["Attack"]


def test_executing_strikes_is_no_execution() -> None:
    events = _extract("Russian jets executed dozens of strikes on the outskirts of Palmyra on Tuesday.")["events"]
    assert [e["type"] for e in events] == ["Airstrike"]


def test_a_capture_named_as_a_noun_with_its_day_is_told_there() -> None:
    events = _extract("In Anbar, the fall of Hit on Sunday has forced the government to call on tribal fighters.")[
        "events"
    ]
    assert [(e["type"], e["date"]) for e in events] == [("Capture", "2021-06-06")]
    assert "Hit" in events[0]["places"]


def test_a_capture_noun_refers_back_to_the_capture_told() -> None:
    body = (
        "Kurdish fighters captured the town of Tal Abyad on Sunday after a two-week offensive.\n\n"
        "The capture of Tal Abyad cuts a key supply line of the militants."
    )
    assert [e["type"] for e in _extract(body)["events"]] == ["Capture"]


@pytest.mark.parametrize(
    "body",
    [
        "US commandos carried out a raid in Deir ez-Zor on Monday that led to the capture of Abu Khalid al-Iraqi.",
        "The militants were tightening their grip on Baiji on Monday, weeks after the fall of Tikrit.",
    ],
)
def test_no_capture_of_a_man_nor_one_that_only_dates(body: str) -> None:
    assert "Capture" not in [e["type"] for e in _extract(body)["events"]]


def test_quoted_fierce_clashes_are_the_battle_for_the_capture() -> None:
    body = (
        "Syrian army troops have liberated the town of Mayadin from Daesh terrorists, a military source said.\n\n"
        "The source said army units took full control of the town after “fierce clashes” and were now clearing "
        "mines left behind by the terrorists."
    )
    events = _extract(body)["events"]
    assert [e["type"] for e in events] == ["Capture"]
    assert events[0]["agents"] == ["Syrian Arab Army"]
    assert events[0]["targets"] == ["Islamic State"]


def test_a_source_after_but_speaks_for_the_act_the_contrast_tells_on() -> None:
    body = (
        "A military source said the army had entered the town of Mayadin. On Tuesday night, ISIS fighters "
        "launched a counterattack on army posts west of the town, but the assault was repelled, the source added."
    )
    attack = next(e for e in _extract(body)["events"] if e["type"] == "Attack")
    assert attack["attributed_to"] == "military source"


def test_fighters_who_stormed_a_post_with_suicide_bombers_made_an_attack() -> None:
    body = (
        "Islamic State fighters stormed an army post near Garma before dawn on Monday, killing three soldiers.\n\n"
        "The army said it had repelled the attack and killed nine militants, among them two suicide bombers who "
        "blew themselves up before reaching the post."
    )
    assert [e["type"] for e in _extract(body)["events"]] == ["Attack"]


def test_a_lone_suicide_bomber_is_still_a_bombing() -> None:
    body = "A suicide bomber blew himself up at a checkpoint near Garma on Monday, killing three soldiers."
    assert [e["type"] for e in _extract(body)["events"]] == ["Bombing(IED)"]


def test_restoring_security_and_stability_to_a_town_is_a_capture() -> None:
    body = "Army units on Tuesday restored security and stability to the town of Kafr Zita after heavy fighting."
    events = _extract(body)["events"]
    assert [(e["type"], len(e["places"])) for e in events] == [("Capture", 1)]


def test_the_american_aggression_is_an_airstrike() -> None:
    body = "On Thursday, the American aggression targeted a position of the Syrian army near al-Tanf."
    assert [e["type"] for e in _extract(body)["events"]] == ["Airstrike"]


def test_a_list_of_fates_is_no_capture() -> None:
    body = (
        "The Turkish army said it had neutralized 14 PKK militants near Zakho on Sunday, a term it uses for "
        "killed, wounded or captured."
    )
    assert "Capture" not in [e["type"] for e in _extract(body)["events"]]


def test_a_habit_in_a_later_conjunct_leaves_the_campaign_told_first() -> None:
    body = (
        "Turkey has been conducting a ground and air campaign in the Zap area of Duhok province since April 2022, "
        "and its drones have increasingly struck targets far from the border."
    )
    assert [e["type"] for e in _extract(body)["events"]] == ["MilitaryOperation"]


def test_fighters_massed_near_a_place_are_deployed_there() -> None:
    body = "Turkey has massed troops and tanks on the border with Syria near Kilis, the ministry said on Monday."
    assert [e["type"] for e in _extract(body)["events"]] == ["Deployment"]


def test_protesters_who_gather_are_no_deployment() -> None:
    assert _extract("Hundreds of protesters gathered at the main square in Raqqa on Monday.")["events"] == []



@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("(Al-Sumaria News) Baghdad -- Army helicopters struck Daesh hideouts near Tarmiyah on Monday.", "Tarmiyah"),
        ("MOSUL / Nineveh Media – Iraqi jets struck Daesh hideouts near Tal Afar on Monday.", "Tal Afar"),
        ("Beirut: Syrian jets struck rebel positions near Saraqib on Monday, the monitor said.", "Saraqib"),
    ],
)
def test_a_dateline_city_is_not_where_the_event_happened(body: str, place: str) -> None:
    events = _extract(body)["events"]
    assert [e["places"] for e in events] == [[place]]


def test_the_city_takes_up_a_town_the_article_calls_a_city() -> None:
    body = (
        "Islamic State fighters overran the central Syrian city of Palmyra on Wednesday, days after capturing "
        "the Iraqi city of Ramadi. The group's fighters were in full control of Palmyra, known as Tadmur, the "
        "monitor said.\n\nSyrian warplanes struck the outskirts of the city on Thursday morning."
    )
    strike = next(e for e in _extract(body)["events"] if e["type"] == "Airstrike")
    assert strike["places"] == ["Palmyra"]


def test_drones_intercepted_by_air_defences_are_a_failed_attack_on_them() -> None:
    body = "Air defences at the Hmeimim air base intercepted three drones launched from Idlib on Sunday."
    events = _extract(body)["events"]
    assert [e["type"] for e in events] == ["Attack"]
    assert events[0]["agents"] == []



def test_destroying_a_drone_workshop_is_no_drone_attack() -> None:
    events = _extract("The army destroyed a drone workshop in Idlib on Sunday.")["events"]
    assert "Attack" not in [e["type"] for e in events]


def test_breaking_a_siege_is_an_operation_against_the_besiegers() -> None:
    events = _extract("Government troops broke the Islamic State's two-year siege of Kuweires airbase on Tuesday.")[
        "events"
    ]
    assert [(e["type"], e["targets"]) for e in events] == [("MilitaryOperation", ["Islamic State"])]


def test_calling_for_a_siege_to_be_lifted_is_no_operation() -> None:
    assert _extract("The UN called on Monday for the siege of Madaya to be lifted.")["events"] == []


def test_a_habit_told_in_a_relative_aside_does_not_silence_the_main_clause() -> None:
    body = (
        "The Observatory, which Moscow has repeatedly accused of bias, said at least 11 soldiers were killed in "
        "the fighting near Kabajab on Sunday."
    )
    events = _extract(body)["events"]
    assert len(events) == 1
    assert events[0]["casualties"][0]["min"] == 11


def test_other_victims_after_a_number_are_no_new_incident() -> None:
    body = (
        "US jets struck militia positions in al-Qaim on Friday. A spokesman said 16 people were killed and 25 "
        "other people were wounded in the raids on al-Qaim."
    )
    events = _extract(body)["events"]
    assert [e["type"] for e in events] == ["Airstrike"]
    assert sorted(c["status"] for c in events[0]["casualties"]) == ["injured", "killed"]
