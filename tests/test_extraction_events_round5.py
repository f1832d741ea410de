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
