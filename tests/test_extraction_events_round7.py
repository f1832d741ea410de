"""Events, round 7: causes found on unseen text, each with sentences written for the test in other outlets'
styles (none copied from an evaluation article).

- A place that only locates the place named just before it ("near the village of Dalia, east of Jableh",
  "Hit, 150 km west of Baghdad") is a landmark, not where the event happened; a bearing with no place before
  it ("struck positions north of Raqqa") still places the event there.
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
