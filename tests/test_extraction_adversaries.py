"""The implicit adversary of an operation (kg.extraction.adversaries): sentences written for the test in other
outlets' styles, none copied from an evaluation article."""

from __future__ import annotations

from test_extraction_events_round3 import _extract


def _operations(body: str) -> list[dict]:
    return [e for e in _extract(body)["events"] if e["type"] == "MilitaryOperation"]


def test_an_operation_naming_no_enemy_is_against_the_side_its_agents_fight_elsewhere():
    body = (
        "Islamic State militants attacked an Iraqi army checkpoint near Tarmiyah on Monday night, killing two "
        "soldiers. On Wednesday, the Iraqi army launched a clearance operation in the orchards north of the town."
    )
    assert [e["targets"] for e in _operations(body)] == [["Islamic State"]]


def test_an_operation_whose_agents_were_the_attackers_elsewhere_is_against_their_targets():
    body = (
        "Syrian government forces shelled positions of rebel factions in Jabal al-Zawiya on Sunday, local activists "
        "said. Government forces began a ground offensive towards Kafr Nabl on Tuesday."
    )
    assert [e["targets"] for e in _operations(body)] == [["Syrian opposition armed groups"]]


def test_a_story_with_no_other_incident_leaves_the_operation_without_a_target():
    body = "The Syrian Democratic Forces launched a security operation in the villages east of Raqqa on Friday."
    assert [e["targets"] for e in _operations(body)] == [[]]


def test_an_ally_is_never_the_adversary():
    body = (
        "Turkish troops and the Syrian National Army shelled Kurdish-held villages near Tal Tamr on Saturday. "
        "The Syrian National Army then launched an offensive towards Ain Issa."
    )
    targets = [t for e in _operations(body) for t in e["targets"]]
    assert "Turkish Armed Forces" not in targets and "Turkey" not in targets


def test_a_named_enemy_is_kept_and_nothing_is_added():
    body = (
        "Islamic State militants attacked a Peshmerga position near Makhmour on Monday. The Peshmerga launched an "
        "operation against Hayat Tahrir al-Sham remnants on Friday."
    )
    assert [e["targets"] for e in _operations(body)] == [["Hayat Tahrir al-Sham"]]
