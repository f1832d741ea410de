"""Events, round 13: causes found on the dev24 and dev25 sets (held out until this session), each with sentences
written for the test in other outlets' styles (none copied from an evaluation article).

- "Police raided a house in the old market and arrested two suspects": a raid whose outcome is arrests is a
  security service's act (type Other); a raid by troops or backed by aircraft or a coalition stays a military
  operation even when it ends in arrests.
"""

from __future__ import annotations

import pytest
from test_extraction_events_round3 import _extract


def _events(body: str) -> list[dict]:
    return _extract(body)["events"]


@pytest.mark.parametrize(
    "body",
    [
        "On Tuesday night, the Asayish raided a house in Sulaimani's Bakrajo neighbourhood and arrested two suspected "
        "ISIS members.",
        "Iraqi police raided several shops in the Shorja market on Monday, detaining four men wanted on terrorism "
        "charges.",
    ],
)
def test_a_raid_ending_in_arrests_is_a_security_act(body: str) -> None:
    assert [e["type"] for e in _events(body)] == ["Other"]


@pytest.mark.parametrize(
    "body",
    [
        "On Tuesday, SDF fighters backed by coalition helicopters raided a farm near al-Shaddadi and arrested an "
        "ISIS cell leader.",
        "Turkish troops raided homes in the village of Kani Reshe on Monday and detained three shepherds.",
    ],
)
def test_a_military_raid_ending_in_arrests_stays_an_operation(body: str) -> None:
    assert [e["type"] for e in _events(body)] == ["MilitaryOperation"]
