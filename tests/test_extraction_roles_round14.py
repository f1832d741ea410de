"""Event roles, round 14: causes found on the dev26 and dev27 sets, each with sentences written for the test in
other outlets' styles (none copied from an evaluation article).

- "Kurdish fighters pushed into the ISIS pocket …, seizing three villages": a participle closing the clause shares
  the subject the sentence opens with, and the side whose enclave or pocket it is holds what was taken.
- "Turkish troops shelled a YPG post after shots were fired at a Turkish patrol": the names in a finite
  subordinate clause after the trigger take part in another act, so the subject is not cancelled as a target.
- "U.S. and Iraqi forces advanced … and have since seized three districts": every coordinated name of the shared
  subject acts in the conjoined verb, and "U.S." is no sentence end.
- "Local media, including Deir Ezzor 24, reported that drones struck …": an outlet that reports takes no part.
- "by Iraqi troops and Iranian-backed Hashd militias": a compound modifier ("Iranian-backed") does not break the
  coordination; "US-supplied tanks": a supplier takes no part, nor does a name after "backed by" once the verb
  stands between them ("backed by US-supplied tanks attacked Peshmerga positions").
- "Prime Minister X ordered two army brigades deployed": who ordered the force named is no agent.
"""

from __future__ import annotations

import pytest
from test_extraction_roles_round12 import _events


def _event(body: str, kind: str) -> dict:
    events = [e for e in _events(body) if e["type"] == kind]
    assert events, body
    return events[0]


@pytest.mark.parametrize(
    "body",
    [
        "Kurdish fighters pushed on Monday into the ISIS pocket east of Hasakah, seizing three villages.",
        "Iraqi troops moved on Friday into the heart of the ISIS enclave, taking control of a key bridge.",
    ],
)
def test_a_closing_participle_shares_the_subject_and_the_enclave_holder_lost(body: str) -> None:
    event = _event(body, "Capture")
    assert "Islamic State" not in event["agents"]
    assert event["targets"] == ["Islamic State"]
    assert event["agents"]


def test_a_closing_participle_without_other_names_shares_the_subject() -> None:
    event = _event("The Peshmerga advanced on Sunday toward Gwer, capturing two hills overlooking the road.", "Capture")
    assert event["agents"] == ["Peshmerga"]


def test_names_in_a_later_subordinate_clause_do_not_cancel_the_subject() -> None:
    body = "Turkish troops shelled a YPG post near Manbij after shots were fired at a Turkish patrol on the road."
    event = _event(body, "Shelling")
    assert event["agents"] == ["Turkish Armed Forces"]
    assert "Turkish Armed Forces" not in event["targets"]


def test_a_shared_subject_keeps_every_coordinated_name() -> None:
    body = (
        "Meanwhile, U.S. officials said the strikes hit ISIS targets. U.S. and Iraqi forces advanced into the city and"
        " have since seized three districts."
    )
    event = _event(body, "Capture")
    assert event["agents"] == ["United States", "Iraqi Security Forces"]


def test_an_outlet_that_reports_is_no_agent() -> None:
    body = (
        "Local media, including Deir Ezzor 24, reported that drones believed to be American struck a car near Hajin on"
        " Monday."
    )
    assert "Deir Ezzor 24" not in _event(body, "Airstrike")["agents"]


def test_a_compound_modifier_does_not_break_a_coordination() -> None:
    body = "Kurdish officials said the Peshmerga repelled an attack by Iraqi troops and Iranian-backed Hashd militias."
    event = _events(body)[0]
    assert event["agents"] == ["Iraqi Security Forces", "Popular Mobilization Forces"]
    assert "Iran" not in event["agents"] + event["targets"]


def test_who_ordered_the_force_named_is_no_agent() -> None:
    body = "Prime Minister Mustafa al-Kadhimi ordered two army brigades deployed to Sinjar on Sunday."
    assert _event(body, "Deployment")["agents"] == ["Iraqi Army"]


def test_a_supplier_of_weapons_is_no_agent() -> None:
    body = "Iraqi forces backed by US-supplied tanks attacked Peshmerga positions near Daquq on Friday."
    assert _event(body, "Attack")["agents"] == ["Iraqi Security Forces"]
