"""Event roles, round 12: causes found on the dev22 and dev23 sets (held out until this session), each with
sentences written for the test in other outlets' styles (none copied from an evaluation article).

- "militants ambushed a bus carrying servicemen of the Iraqi army": the side whose men a vehicle carried is
  the one attacked, whatever the men are called (servicemen, troops, conscripts …).
- "a suicide bomber struck a crowded Sunni mosque": mosques, churches, markets, schools and bakeries are civilian
  places, so an attack on them targets civilians when no side is named.
- "The ministry said that a group of its soldiers was ambushed": a possessive pronoun heading a passive subject
  names the side attacked; it does not make the speaker (or the last actor named) the agent.
- "repelled an attack by a large group of Islamic State militants": an indefinite article after "by" opens the
  agent's noun phrase as "the" does.
- "soldiers searched the village school": a place noun right after a trigger that ends in a noun continues that
  noun phrase (a compound), so it is no civilian object of the act.
- "US forces in Syria came under attack", "Turkish troops in the Idlib countryside were attacked by HTS": a
  locative phrase between a passive subject and its verb leaves it the side attacked, as does a figure after
  "came under" ("have come under at least 40 attacks").
- "ambushed a unit of the PMF's 30th Brigade", "attacked a group from the SDF": the side whose unit or group was
  hit is the target (not after "by", "from" or "with", which name the attacker or an ally).
"""

from __future__ import annotations

import pytest
from test_extraction_events_round3 import _extract


def _events(body: str) -> list[dict]:
    return _extract(body)["events"]


@pytest.mark.parametrize(
    "body, target",
    [
        (
            "On Thursday, ISIS militants ambushed a bus carrying servicemen of the Iraqi Army near Tuz Khurmatu.",
            "Iraqi Army",
        ),
        (
            "Gunmen attacked a truck carrying conscripts of the Syrian Arab Army on the Palmyra road on Monday.",
            "Syrian Arab Army",
        ),
    ],
)
def test_the_side_a_vehicle_carried_is_attacked(body: str, target: str) -> None:
    events = _events(body)
    assert events, body
    assert target in events[0]["targets"]


@pytest.mark.parametrize(
    "body",
    [
        "On Friday a suicide bomber struck a crowded Sunni mosque in Tarmiyah, wounding eleven.",
        "On Sunday a car bomb hit a busy market in the centre of Azaz, police said.",
    ],
)
def test_a_mosque_or_market_struck_makes_civilians_the_target(body: str) -> None:
    events = _events(body)
    assert events, body
    assert events[0]["targets"] == ["civilians"]


def test_a_possessive_pronoun_in_a_passive_subject_is_not_the_agent() -> None:
    body = (
        "The Iraqi Ministry of Defence said on Tuesday that a patrol of its soldiers was ambushed near Baiji on "
        "Monday night."
    )
    events = _events(body)
    assert [e["type"] for e in events] == ["Ambush"]
    assert "Iraqi Ministry of Defence" not in events[0]["agents"]


def test_an_indefinite_agent_after_by() -> None:
    body = "On Sunday, Peshmerga forces repelled an attack by a large group of Islamic State militants near Makhmour."
    events = _events(body)
    assert events
    assert events[0]["agents"] == ["Islamic State"]
    assert events[0]["targets"] == ["Peshmerga"]


def test_a_compound_place_noun_after_a_search_is_no_civilian_target() -> None:
    body = (
        "Israeli troops raided the town of Jubata al-Khashab on Tuesday. Residents said the raid began before dawn "
        "and that the soldiers searched the village school."
    )
    assert all(e["targets"] != ["civilians"] for e in _events(body))


@pytest.mark.parametrize(
    "body, agents, targets",
    [
        ("On Friday, US forces in eastern Syria came under attack.", [], ["United States Armed Forces"]),
        (
            "On Monday, Turkish troops in the Idlib countryside were attacked by HTS.",
            ["Hayat Tahrir al-Sham"],
            ["Turkish Armed Forces"],
        ),
        (
            "The Pentagon said US troops in Iraq have come under at least 40 attacks since Tuesday.",
            [],
            ["United States Armed Forces"],
        ),
    ],
)
def test_a_locative_phrase_keeps_the_passive_subject_attacked(body: str, agents: list, targets: list) -> None:
    events = _events(body)
    assert events, body
    assert (events[0]["agents"], events[0]["targets"]) == (agents, targets)


@pytest.mark.parametrize(
    "body, target",
    [
        ("On Tuesday, ISIS fighters ambushed a unit of the PMF's 30th Brigade near Tarmiyah.", "PMF 30th Brigade"),
        ("On Monday gunmen attacked a group from the SDF near Hajin.", "Syrian Democratic Forces"),
    ],
)
def test_the_side_of_a_unit_attacked_is_the_target(body: str, target: str) -> None:
    events = _events(body)
    assert events, body
    assert events[0]["targets"] == [target]


def test_a_unit_after_by_stays_the_agent() -> None:
    events = _events("On Sunday, the convoy was ambushed by a unit of the Syrian Army near Hama.")
    assert events
    assert events[0]["agents"] == ["Syrian Arab Army"]
