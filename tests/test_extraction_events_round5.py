"""Events, round 5: causes found on unseen text, each with sentences written for the test in other outlets'
styles (none copied from an evaluation article).

- Aircraft named with their owner ("warplanes of the international coalition struck …") make an airstrike, as
  "coalition warplanes struck …" does.
- A ground assault led by suicide bombers ("militants, led by three suicide bombers …, attacked") is an attack,
  as "gunmen and suicide bombers struck" is.
- Rockets fired in a counted barrage ("fired a barrage of more than 15 rockets at …") are shelling, as "fired
  three rockets" is.
- A planned operation announced with its start set off by commas ("will launch, starting from tomorrow morning,
  the fourth phase of …") is told, and dated tomorrow.
- The car bombs an attack's fighters advanced behind, the posts they took and the withdrawal that ends that clause,
  told right after the attack, are its parts; "it had repelled the attack", said by the side attacked, makes the
  speaker the target.
- Civilians as the direct object ("abducted four shepherds", "kidnapped a local journalist", "bombed two
  hospitals") are the target, when no named side is.
- Barrel bombs, cluster bombs and "aerial bombardment" are dropped from the air: an airstrike, not a bombing.
- "a post of X", "a facility of X", "a position of X" mark X attacked, as the plurals did.
- An unclaimed "drone strike" stays an airstrike (the outlet takes it for an air force's); an unclaimed "drone
  attack" or "drones hit" is an attack.
- "opened harassment fire", "opened heavy fire" are opening fire; looting and burning homes, torching shops or
  crops, setting fire to houses are attacks.
- A toll told "during the advance" in the next paragraph, with no trigger of its own, is the toll of the capture
  or offensive just told.
"""

from __future__ import annotations

import pytest
from test_extraction_events_round3 import _extract


@pytest.mark.parametrize(
    "body",
    [
        "Warplanes of the Syrian regime and Russia carried out dozens of raids on Kafr Nabl on Monday.",
        "Fighter jets of the international coalition struck an IS convoy near Hajin on Sunday.",
        "Army helicopters and drones of the Turkish military later pounded PKK hideouts in the Qandil mountains.",
    ],
)
def test_aircraft_named_with_their_owner_make_an_airstrike(body):
    assert [e["type"] for e in _extract(body)["events"]] == ["Airstrike"]


def test_a_ground_assault_led_by_suicide_bombers_is_an_attack():
    body = (
        "Scores of Islamic State fighters, led by two suicide bombers in armoured vehicles, stormed army "
        "positions near Baiji at dawn on Sunday. One of the vehicles exploded at the outer checkpoint."
    )
    assert [e["type"] for e in _extract(body)["events"]] == ["Attack"]


def test_a_lone_suicide_bombing_stays_a_bombing():
    body = "A suicide bomber blew himself up at an army checkpoint near Baiji on Sunday, killing four soldiers."
    assert [e["type"] for e in _extract(body)["events"]] == ["Bombing(IED)"]


@pytest.mark.parametrize(
    "body",
    [
        "Iran-aligned militants fired a salvo of at least 20 rockets at the Victory base near Baghdad airport on "
        "Tuesday, wounding two contractors.",
        "Hezbollah fired more than 40 rockets at towns in the Galilee on Sunday.",
        "The rebels fired dozens of mortar shells at government-held districts of Aleppo on Monday.",
    ],
)
def test_a_counted_barrage_of_rockets_is_shelling(body):
    assert [e["type"] for e in _extract(body)["events"]] == ["Shelling"]


def test_a_planned_operation_with_its_start_set_off_by_commas_is_told_and_dated():
    body = "The army will launch, starting from tomorrow morning, a wide clearance operation in the Anbar desert."
    events = _extract(body)["events"]
    assert [(e["type"], e["date"]) for e in events] == [("MilitaryOperation", "2021-06-10")]


def test_the_bombs_and_posts_of_an_assault_told_next_are_its_parts():
    body = (
        "Islamic State fighters launched a large attack at dawn on Tuesday on Peshmerga positions near the village "
        "of Kudilah, south of Makhmour. Witnesses said the militants advanced behind three car bombs and seized "
        "several Peshmerga posts before withdrawing towards the Qarachogh mountain."
    )
    events = _extract(body)["events"]
    assert [(e["type"], e["agents"], e["targets"]) for e in events] == [
        ("Attack", ["Islamic State"], ["Peshmerga"])
    ]


def test_a_capture_of_a_town_told_after_an_attack_stays_a_capture():
    body = (
        "Islamic State fighters attacked Peshmerga positions near Makhmour on Tuesday. On Thursday, the Peshmerga "
        "captured the village of Kudilah."
    )
    assert [e["type"] for e in _extract(body)["events"]] == ["Attack", "Capture"]


def test_the_side_that_says_it_repelled_the_attack_was_attacked():
    body = (
        "Islamic State militants attacked a checkpoint of the Syrian Democratic Forces near Hajin on Friday. The SDF "
        "said in a statement that four of its fighters were killed and that it had repelled the attack."
    )
    events = _extract(body)["events"]
    assert [(e["agents"], e["targets"]) for e in events] == [(["Islamic State"], ["Syrian Democratic Forces"])]


@pytest.mark.parametrize(
    "body",
    [
        "ISIS militants abducted four shepherds in the desert near Rutba on Sunday.",
        "Unknown gunmen kidnapped a local journalist in Idlib on Tuesday.",
        "Regime warplanes bombed two hospitals in Kafr Nabl on Monday.",
        "The militia's security office detained 11 young men at a checkpoint in Mayadin on Saturday.",
    ],
)
def test_civilians_as_the_direct_object_are_the_target(body):
    assert [e["targets"] for e in _extract(body)["events"]] == [["civilians"]]


@pytest.mark.parametrize(
    "body, targets",
    [
        ("Security forces arrested two ISIS members in Kirkuk on Sunday.", ["Islamic State"]),
        ("Turkish drones struck a car near Qamishli on Monday, killing two SDF fighters.",
         ["Syrian Democratic Forces"]),
    ],
)
def test_a_named_side_or_fighters_are_no_civilians(body, targets):
    assert [e["targets"] for e in _extract(body)["events"]] == [targets]


@pytest.mark.parametrize(
    "body, kind",
    [
        ("Government forces killed 310 civilians last month, most of them in aerial bombardment with barrel bombs.",
         "Airstrike"),
        ("Regime forces dropped cluster bombs on Kafr Zita on Sunday, killing three civilians.", "Airstrike"),
        ("A car bomb exploded near a market in Azaz on Sunday, killing five people.", "Bombing(IED)"),
    ],
)
def test_bombs_dropped_from_the_air_make_an_airstrike(body, kind):
    assert [e["type"] for e in _extract(body)["events"]] == [kind]


@pytest.mark.parametrize(
    "body, target",
    [
        ("Islamic State militants attacked a post of the Iraqi army near Tarmiyah on Friday night.", "Iraqi Army"),
        ("Turkish drones struck a facility of the Syrian Democratic Forces near Qamishli on Monday.",
         "Syrian Democratic Forces"),
        ("Rebels shelled a position of the Syrian army near Kafr Nabl on Sunday.", "Syrian Arab Army"),
    ],
)
def test_a_single_post_or_facility_of_a_side_marks_it_attacked(body, target):
    assert [e["targets"] for e in _extract(body)["events"]] == [[target]]


@pytest.mark.parametrize(
    "body, kind",
    [
        ("On Tuesday, a drone strike hit a Popular Mobilization Forces base near Balad, killing two fighters.",
         "Airstrike"),
        ("On Tuesday, a drone attack hit a Popular Mobilization Forces base near Balad, killing two fighters.",
         "Attack"),
    ],
)
def test_an_unclaimed_drone_strike_stays_an_airstrike(body, kind):
    assert [e["type"] for e in _extract(body)["events"]] == [kind]


@pytest.mark.parametrize(
    "body",
    [
        "PKK militants opened harassment fire on a Turkish border post near Semdinli on Sunday night.",
        "Pro-government militiamen looted and burned homes in several Sunni villages near Tuz Khurmatu on Monday.",
        "Islamic State fighters torched wheat fields of farmers near Makhmour on Sunday.",
        "Islamic State militants set fire to houses of Yazidi families near Sinjar on Friday.",
    ],
)
def test_harassment_fire_and_arson_are_attacks(body):
    assert [e["type"] for e in _extract(body)["events"]] == ["Attack"]


def test_a_house_burning_down_by_accident_has_no_side_and_is_no_event():
    assert _extract("A fire burned down three houses in the old city of Mosul on Sunday.")["events"] == []


def test_a_toll_told_during_the_advance_belongs_to_the_capture():
    body = (
        "Peshmerga forces recaptured the village of Bashiqa from Islamic State militants on Tuesday, a Peshmerga "
        "commander said.\n\n"
        "The commander said the Peshmerga had killed at least 30 militants during the three-day advance, while "
        "five Peshmerga fighters were killed."
    )
    events = _extract(body)["events"]
    assert [e["type"] for e in events] == ["Capture"]
    assert {(c["status"], c["count"], c["min"]) for c in events[0]["casualties"]} == {
        ("killed", None, 30),
        ("killed", 5, None),
    }


def test_harassment_fire_at_a_base_is_no_base_set_up():
    body = "PKK militants opened harassment fire at a Turkish base area near Semdinli on Sunday night."
    assert [e["type"] for e in _extract(body)["events"]] == ["Attack"]
