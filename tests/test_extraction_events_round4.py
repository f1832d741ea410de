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
