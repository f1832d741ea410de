"""Events, round 5: causes found on unseen text, each with sentences written for the test in other outlets'
styles (none copied from an evaluation article).

- Aircraft named with their owner ("warplanes of the international coalition struck …") make an airstrike, as
  "coalition warplanes struck …" does.
"""

from __future__ import annotations

import pytest
from test_extraction_events_round3 import _extract


@pytest.mark.parametrize(
    "body",
    [
        "Warplanes of the Syrian regime and Russia carried out dozens of raids on Kafr Nabl on Monday.",
        "Fighter jets of the international coalition struck an IS convoy near Hajin on Sunday.",
        "Army helicopters and drones of the Turkish military later pounded PKK hideouts in the Qandil mountains.",
    ],
)
def test_aircraft_named_with_their_owner_make_an_airstrike(body):
    assert [e["type"] for e in _extract(body)["events"]] == ["Airstrike"]
