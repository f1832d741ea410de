"""Which sentences state an incident, and how mentions of one incident come together (general behaviours)."""

from __future__ import annotations

import pytest

from kg.articles import article_from_text
from kg.extraction import extract_to_json


def _events(body: str, headline: str = "Report from the front") -> list[dict]:
    return extract_to_json(article_from_text(f"{headline}\n\n{body}\n"))["events"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Washington blames Iran-backed militias for a string of rocket attacks on its troops in Iraq.",
        "Iran-aligned factions, including Kataib Hezbollah, have demanded the withdrawal of all U.S. forces from Iraq.",
        "The Turkish army has stepped up its drone and artillery attacks on areas held by the SDF.",
        "ISIS remnants hide in the Hamrin mountains, from where they launch hit-and-run attacks on the Iraqi army.",
        "It is the second deadly attack on the Peshmerga in the area this month.",
    ],
)
def test_extraction_incidents_statements_are_no_events(sentence):
    assert _events(sentence) == []


def test_extraction_incidents_opened_fire_is_an_attack_not_a_post():
    events = _events("An ISIS group opened fire on a checkpoint of the Syrian Arab Army near Al-Mayadin.")
    assert [e["type"] for e in events] == ["Attack"]


def test_extraction_incidents_air_aggression_is_an_airstrike():
    events = _events("Five civilians were killed in an Israeli air aggression that targeted points near Damascus.")
    assert [e["type"] for e in events] == ["Airstrike"]


def test_extraction_incidents_explosive_laden_drone_is_an_attack():
    events = _events("On Tuesday, an explosive-laden drone struck a base of the Syrian Democratic Forces near Hasakah.")
    assert [e["type"] for e in events] == ["Attack"]


def test_extraction_incidents_exchange_of_fire_and_withdrawal_belong_to_the_attack():
    body = (
        "ISIS militants stormed a checkpoint of the Syrian Arab Army near Al-Mayadin on Friday, "
        "killing four soldiers.\n\n"
        "The exchange of fire went on for nearly two hours.\n\n"
        "The militants used light weapons, and the clashes lasted an hour before they withdrew towards the desert."
    )
    assert [e["type"] for e in _events(body)] == ["Attack"]


def test_extraction_incidents_time_reference_names_no_roles():
    body = (
        "ISIS cells ambushed a bus of the Syrian Arab Army near Al-Sukhnah on Monday, killing five soldiers.\n\n"
        "Russian warplanes were seen over the area after the attack."
    )
    events = _events(body)
    assert [e["type"] for e in events] == ["Ambush"]
    assert events[0]["agents"] == ["Islamic State"]


def test_extraction_incidents_sequence_cue_separates_an_earlier_incident():
    body = (
        "At least ten rockets landed on Ain al-Asad air base on Wednesday, lightly wounding two soldiers.\n\n"
        "The attacks follow U.S. airstrikes last month on facilities used by Kataib Hezbollah, which killed four."
    )
    assert sorted(e["type"] for e in _events(body)) == ["Airstrike", "Shelling"]
