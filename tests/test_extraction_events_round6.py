"""Events, round 6: causes found on unseen text, each with sentences written for the test in other outlets'
styles (none copied from an evaluation article).

- An operation whose name is quoted ('launched "Operation Northern Shield"') is launched as an unquoted one is.
- "took the town of X", "took the air base" are captures, as "took the villages" were; "took the town council by
  surprise" is none.
- Fighters who "left X for Y", or a group that "agreed to leave for Y", withdraw; a minister who left one capital
  for another does not.
- "a new military point", "an observation point" set up are posts established.
- Car bombs that aircraft "destroyed" are what the airstrike hit, not a bombing.
- "targeted X with Grad rockets", "attacked a post with mortar shells" is shelling; rocket-propelled grenades
  are not.
- Two acts of one sentence a stated time apart ("struck …, hours after X fired …") are two incidents.
- An attack "using three VBIEDs" is an attack whose means are the car bombs, and the bomb that "detonated"
  in its telling is one of them.
- A siege lasts: "have besieged the airbase since 2015", "lived under a regime siege since July" tell one siege
  (an event of type Other), not a habit.
- "Strike" as a noun ("an Israeli strike on", "conducted three strikes near") is an air strike, unless the army or
  its guns are named ("Syrian Army strikes"); an army that was struck ("struck an army checkpoint") is no gun.
- A colon ends a clause: the list it opens ("into three pockets: X, held by A; Y, held by B") lends its groups
  to no act before it.
"""

from __future__ import annotations

import pytest
from test_extraction_events_round3 import _extract


def _typed(body: str) -> list[tuple[str, list[str]]]:
    return [(e["type"], e["agents"]) for e in _extract(body)["events"]]


@pytest.mark.parametrize("quote", ['"', "“"])
def test_a_quoted_operation_name_is_launched(quote):
    close = '"' if quote == '"' else "”"
    body = f"On Monday the Iraqi army launched {quote}Operation Desert Dawn{close} from Rutba towards the border."
    assert _typed(body) == [("MilitaryOperation", ["Iraqi Army"])]


@pytest.mark.parametrize(
    "body",
    [
        "On Sunday the Syrian army took the town of Kafr Zita after two days of fighting.",
        "Rebel fighters took the village of Tal Malah on Sunday.",
    ],
)
def test_took_the_town_of_is_a_capture(body):
    assert [e["type"] for e in _extract(body)["events"]] == ["Capture"]


def test_took_the_town_council_by_surprise_is_no_capture():
    body = "The army's decision took the town council of Kafr Zita by surprise on Sunday."
    assert [e["type"] for e in _extract(body)["events"]] == []


@pytest.mark.parametrize(
    "body",
    [
        "Jaysh al-Islam fighters and their families left Douma for Jarabulus on Sunday.",
        "After weeks of talks, Jaysh al-Islam agreed to leave for Jarabulus on Sunday.",
    ],
)
def test_fighters_leaving_for_elsewhere_withdraw(body):
    assert _typed(body) == [("Withdrawal", ["Jaysh al-Islam"])]


def test_a_minister_leaving_for_another_capital_does_not_withdraw():
    body = "The Iraqi defence minister left Baghdad for Tehran on Sunday for talks."
    assert [e["type"] for e in _extract(body)["events"]] == []


def test_a_new_military_point_is_a_post_set_up():
    body = "The Turkish army began setting up a new military point near Atarib on Tuesday evening."
    assert _typed(body) == [("Establishment(base/post)", ["Turkish Armed Forces"])]


def test_a_list_after_a_colon_lends_no_agents_to_the_act_before_it():
    body = (
        "Government forces took the town of Beit Sawa on Sunday, cutting the enclave into two pockets: Douma, "
        "held by Jaysh al-Islam; and Harasta, held by Ahrar al-Sham."
    )
    events = _extract(body)["events"]
    assert [e["type"] for e in events] == ["Capture"]
    assert "Jaysh al-Islam" not in events[0]["agents"] and "Ahrar al-Sham" not in events[0]["agents"]


def test_two_acts_a_stated_time_apart_are_two_incidents():
    body = (
        "Turkish drones struck PKK hideouts near Qandil overnight, hours after PKK fighters fired a barrage of "
        "rockets at a Turkish base in Duhok."
    )
    assert sorted(_typed(body)) == [
        ("Airstrike", ["Turkish Armed Forces"]),
        ("Shelling", ["Kurdistan Workers' Party"]),
    ]


def test_car_bombs_destroyed_by_aircraft_are_an_airstrike():
    body = "Army helicopters destroyed three booby-trapped vehicles near Rawa on Friday before they reached the troops."
    assert [e["type"] for e in _extract(body)["events"]] == ["Airstrike"]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Rebel fighters targeted a gathering of regime forces near Saraqib with Grad rockets on Sunday.", "Shelling"),
        ("IS fighters attacked an army post near Baiji with mortar shells on Sunday.", "Shelling"),
        ("IS fighters attacked an army post near Baiji with rocket-propelled grenades on Sunday.", "Attack"),
    ],
)
def test_an_attack_with_rockets_or_mortars_is_shelling(body, kind):
    assert [e["type"] for e in _extract(body)["events"]] == [kind]


def test_an_attack_told_with_its_car_bombs_keeps_them_as_its_means():
    body = (
        "At dawn on Sunday, IS militants launched a large-scale attack on Peshmerga positions near Bashiqa, north "
        "of Mosul, using four car bombs (VBIEDs) and dozens of fighters. The Peshmerga repelled the attack after "
        "six hours of fighting. Three of the car bombs were destroyed by missiles, while the fourth exploded near "
        "a berm. Two Peshmerga fighters were killed and nine others were wounded in the fighting."
    )
    events = _extract(body)["events"]
    assert [e["type"] for e in events] == ["Attack"]
    assert sorted((c["status"], c["count"]) for c in events[0]["casualties"]) == [("injured", 9), ("killed", 2)]


@pytest.mark.parametrize(
    "body",
    [
        "Some 300,000 people in eastern Aleppo have lived under a regime siege since July.",
        "Islamic State fighters have besieged the Deir ez-Zor airbase since January 2015.",
    ],
)
def test_a_siege_told_as_lasting_since_is_one_siege(body):
    assert [e["type"] for e in _extract(body)["events"]] == ["Other"]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("The coalition said it had conducted four strikes near Qaim on Sunday.", "Airstrike"),
        ("Five Hezbollah fighters were killed in an Israeli strike on a depot near Qusayr on Sunday.", "Airstrike"),
        ("Three rebels were killed in Syrian Army strikes on Kafr Nabl on Sunday.", "Shelling"),
        ("IS gunmen struck an army checkpoint near Baiji on Sunday.", "Attack"),
    ],
)
def test_strike_as_a_noun_is_an_air_strike_unless_guns_are_named(body, kind):
    assert [e["type"] for e in _extract(body)["events"]] == [kind]
