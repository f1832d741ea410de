"""Resolution, round 8: names written in lower case, attributive adjectives that stand for an actor ("regime
positions", "rebel positions"), groups described by their backer ("US-backed fighters"), a label one side
pins on another in its own words, a former army, and countries named only as places.

Every sentence here is written for the test (not copied from an evaluation article), in several outlets'
styles, with negative cases beside the positive ones.
"""

from __future__ import annotations

import pytest
from test_resolution_general import _actors, _resolve

# --- the Peshmerga in lower case -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The peshmerga withdrew from two villages south of Erbil, Iraq, on Sunday.", "peshmerga"),
        ("Iraqi troops and peshmerga fighters traded fire near Makhmour.", "peshmerga"),
        ("Kurdish officials said peshmerga forces had been put on alert in Kirkuk.", "peshmerga forces"),
    ],
)
def test_peshmerga_in_lower_case_is_the_peshmerga(reference, sentence, surface) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert surface in actors.get("Peshmerga", set()), actors
