"""Events, round 4: causes found on unseen text, each with sentences written for the test in other outlets'
styles (none copied from an evaluation article).

- A passive capture ("ISIL fighters were driven out of Kobani by the YPG") is the side named after "by"
  taking the place from the passive subject.
"""

from __future__ import annotations

import pytest
from test_extraction_events_round3 import _extract


@pytest.mark.parametrize(
    "body, agent, target",
    [
        ("ISIL fighters were driven out of Kobani in January 2015 by the YPG.",
         "People's Protection Units", "Islamic State"),
        ("Islamic State militants were pushed out of the town of Hit by Iraqi forces last year.",
         "Iraqi Security Forces", "Islamic State"),
        ("Hayat Tahrir al-Sham fighters were expelled from Darat Izza by the Syrian National Army on Sunday.",
         "Syrian National Army", "Hayat Tahrir al-Sham"),
    ],
)
def test_a_passive_capture_is_the_side_after_by_taking_it_from_the_subject(body, agent, target):
    captures = [e for e in _extract(body)["events"] if e["type"] == "Capture"]
    assert [(e["agents"], e["targets"]) for e in captures] == [([agent], [target])]


def test_key_points_restating_the_body_add_no_event():
    body = (
        "Key Takeaways:\n- US forces struck a Kataib Hezbollah facility near al-Qaim, Anbar Province.\n\n"
        "US forces conducted a precision airstrike on a Kataib Hezbollah facility near al-Qaim on January 17, "
        "a US defense official said."
    )
    assert [e["type"] for e in _extract(body)["events"]] == ["Airstrike"]


def test_a_capture_of_another_place_is_another_capture():
    body = (
        "The attacks came nine days after the YPG, backed by coalition airstrikes, took control of Tal Abyad on "
        "the Turkish border. ISIL fighters were driven out of Kobani in January 2015 by the YPG."
    )
    captures = [e["places"] for e in _extract(body)["events"] if e["type"] == "Capture"]
    assert len(captures) == 2 and "Kobani" in captures[1] and "Kobani" not in captures[0]
