"""Events, round 7: causes found on unseen text, each with sentences written for the test in other outlets'
styles (none copied from an evaluation article).

- A place that only locates the place named just before it ("near the village of Dalia, east of Jableh",
  "Hit, 150 km west of Baghdad") is a landmark, not where the event happened; a bearing with no place before
  it ("struck positions north of Raqqa") still places the event there.
- Fighters who "tried to infiltrate" positions start a clash; the defenders who "responded to the attack" answer
  that clash (no new incident, and the generic word "attack" does not retype it), and the retreat they "forced"
  on the attackers is how it ended, not a withdrawal of their own. Victims "who were trying to infiltrate" are
  no trigger of their own. "In response to the attack, jets struck …": the attack answered is not part of the
  strike (whose agents are the jets).
- "occupied X" as an adjective ("positioned in occupied Afrin") is a state, not a capture; "ISIS occupied Mosul"
  still is one.
- A capture "after two days of fighting with the Syrian army" took the place from the army (the fighting is the
  battle for it, its foe the capture's target), and a toll "killed in the fighting for the crossing" is that
  battle's even when a shelling was told in between.
- "A day before the offensive resumed, two suicide bombers blew themselves up": "the offensive" only dates the
  bombing, and a bombing that "wounded four fighters" is kept though it names no side or place.
- "carried out 47 operations …, killing 19 terrorists and arresting 214 suspects": the arrests in the participle
  clause after the operation are the operation's (with its toll), not an incident of their own.
- "took full control of Uqayribat. The assault was spearheaded by the Tiger Forces": with no attack told before,
  "the assault" is the capture's, and who spearheaded it took part; the other side's "recent ISIS attacks on army
  positions" after an army operation stay an incident of their own.
- "The militants attacked the post, manned by a unit of the army's 1st Division": who manned the post was
  attacked, not attacking; and a later 'said "a number" of soldiers were "martyred" in a "cowardly terrorist
  attack"', a bare attack with a toll and no side of its own, is the same attack.
"""

from __future__ import annotations

import pytest
from test_extraction_events_round3 import _extract


def _places(body: str) -> list[list[str]]:
    return [e["places"] for e in _extract(body)["events"]]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        (
            "Gunmen ambushed an army patrol near the village of Dalia, east of Jableh, on Monday, killing two men.",
            ["Al-Daliyah"],
        ),
        ("Iraqi forces launched an operation to retake Hit, 150 km west of Baghdad, on Sunday.", ["Hit"]),
        (
            "Unknown gunmen abducted a shepherd near Khan Bani Saad, about 20 kilometres south of Baqubah, on Friday.",
            ["Khan Bani Saad"],
        ),
    ],
)
def test_a_landmark_after_a_place_is_not_where_the_event_happened(body, places):
    assert _places(body) == [places]


def test_a_bearing_from_a_place_alone_still_places_the_event():
    assert _places("Coalition jets struck ISIS positions north of Raqqa on Sunday.") == [["Raqqa"]]


_INFILTRATION = (
    "On Tuesday night, a group of SNA fighters tried to infiltrate SDF positions near the village of Dardara. "
    "SDF fighters responded to the attack and forced the group to retreat. Four attackers were killed in the clashes."
)


def test_an_infiltration_attempt_answered_and_pushed_back_is_one_clash():
    events = _extract(_INFILTRATION)["events"]
    assert [(e["type"], e["agents"], e["targets"]) for e in events] == [
        ("Clash", ["Syrian National Army"], ["Syrian Democratic Forces"])
    ]
    assert [(c["count"], c["status"]) for c in events[0]["casualties"]] == [(4, "killed")]


def test_an_attack_responded_to_is_no_new_incident():
    body = (
        "ISIS militants attacked an army checkpoint near Rutba on Monday, killing two soldiers. "
        "In response to the attack, Iraqi F-16 jets struck ISIS hideouts in the desert on Tuesday."
    )
    assert [(e["type"], e["agents"], e["targets"]) for e in _extract(body)["events"]] == [
        ("Attack", ["Islamic State"], ["Iraqi Army"]),
        ("Airstrike", ["Iraqi Air Force"], ["Islamic State"]),
    ]


def test_victims_who_were_trying_to_infiltrate_start_no_clash_of_their_own():
    body = "Turkish forces neutralized five PKK terrorists who were trying to infiltrate the border area on Monday."
    assert [e["type"] for e in _extract(body)["events"]] == ["Attack"]


def test_occupied_as_an_adjective_is_no_capture():
    body = "On Sunday the Turkish army and its allies positioned in occupied Afrin shelled villages near Tal Rifaat."
    assert [e["type"] for e in _extract(body)["events"]] == ["Shelling"]
    assert [e["type"] for e in _extract("ISIS occupied Mosul in June 2014.")["events"]] == ["Capture"]


def test_the_fighting_for_a_captured_place_is_the_capture():
    body = (
        "Rebel groups led by the Nusra Front took control of the Quneitra crossing on Wednesday, after two days of "
        "fighting with the Syrian army. Army artillery had been pounding their gatherings near Quneitra since "
        "Thursday morning, a military source said. The Syrian Observatory for Human Rights said 14 soldiers were "
        "killed in the fighting for the crossing."
    )
    events = _extract(body)["events"]
    assert [(e["type"], e["targets"]) for e in events] == [("Capture", ["Syrian Arab Army"]), ("Shelling", [])]
    assert [(c["count"], c["of"]) for c in events[0]["casualties"]] == [(14, "Syrian Arab Army")]
    assert events[1]["casualties"] == []


def test_a_bombing_dated_by_an_offensive_is_its_own_event():
    body = (
        "A day before the offensive resumed, two suicide bombers blew themselves up among people leaving the "
        "enclave, wounding four fighters, a commander said."
    )
    events = _extract(body)["events"]
    assert [e["type"] for e in events] == ["Bombing(IED)"]
    assert [(c["count"], c["status"]) for c in events[0]["casualties"]] == [(4, "injured")]


def test_arrests_in_a_participle_after_an_operation_are_the_operations():
    body = (
        "Since the beginning of this year, the SDF have carried out 47 security operations against ISIS cells in "
        "Raqqa, killing 19 terrorists and arresting 214 suspects."
    )
    events = _extract(body)["events"]
    assert [e["type"] for e in events] == ["MilitaryOperation"]
    assert [(c["count"], c["status"]) for c in events[0]["casualties"]] == [(19, "killed")]


def test_the_assault_after_a_capture_is_the_captures():
    body = (
        "Syrian troops took full control of the town of Uqayribat in eastern Hama on Saturday. "
        "The assault was spearheaded by the Tiger Forces."
    )
    assert [(e["type"], e["agents"]) for e in _extract(body)["events"]] == [
        ("Capture", ["Syrian Arab Army", "25th Special Mission Forces Division"])
    ]


def test_the_other_sides_attacks_after_an_operation_stay_apart():
    body = (
        "The Syrian army and its allies launched an operation against ISIS in the Homs desert on Monday. "
        "Recent ISIS attacks on army positions near Palmyra killed 12 soldiers."
    )
    assert [e["type"] for e in _extract(body)["events"]] == ["MilitaryOperation", "Attack"]


def test_the_garrison_of_a_post_is_attacked_and_a_bare_attack_with_a_toll_is_the_same():
    body = (
        "Eleven Iraqi soldiers were killed early on Friday when ISIS militants stormed an army post in Diyala, a "
        "security source said.\n\nThe militants attacked the post, manned by a unit of the army's 1st Division, "
        "from an orchard area. An earlier police toll had put the number of dead at seven.\n\nThe Security Media "
        'Cell said in a statement that "a number" of soldiers were "martyred" in a "cowardly terrorist attack".'
    )
    events = _extract(body)["events"]
    assert [(e["type"], e["agents"]) for e in events] == [("Attack", ["Islamic State"])]
    assert "Iraqi Army 1st Division" in events[0]["targets"]
