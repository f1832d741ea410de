"""Resolution, round 11: the publisher's short name, roads named after unknown places, names set off after a
role 'in' a place, 'regime forces' in a sentence naming Iraqi fighters, a capital called on or given a deadline.

Every sentence here is written for the test (not copied from an evaluation article), in several outlets'
styles, with negative cases beside the positive ones.
"""

from __future__ import annotations

import pytest
from test_resolution_general import _actors, _places, _resolve

# --- the publisher's name without its outlet words ('Al-Zawraa News' in an 'Al-Zawraa News Agency' article) ----


@pytest.mark.parametrize(
    ("sentence", "publisher", "outlet"),
    [
        ("(Al-Zawraa News) Baghdad -- Gunmen attacked a checkpoint in Tarmiyah, a source told Al-Zawraa News.",
         "Al-Zawraa News Agency", "Al-Zawraa News"),
        ("BASRA / Al Rafidain News – Police arrested three suspects near the port of Umm Qasr.",
         "Al Rafidain", "Al Rafidain News"),
    ],
)
def test_the_publishers_short_name_is_its_voice(reference, sentence, publisher, outlet) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference, publisher=publisher)
    assert outlet not in _actors(result), _actors(result)


def test_another_outlet_is_still_an_actor(reference) -> None:
    sentence = "Gunmen attacked a checkpoint in Tarmiyah, Al-Sumaria News reported, citing a police source."
    result = _resolve(f"Report\n\n{sentence}", reference, publisher="Al-Zawraa News Agency")
    assert any("Sumaria" in name for name in _actors(result)), _actors(result)
