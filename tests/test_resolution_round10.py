"""Resolution, round 10: compass words that name no region of their own, …

Every sentence here is written for the test (not copied from an evaluation article), in several outlets'
styles, with negative cases beside the positive ones.
"""

from __future__ import annotations

import pytest
from test_resolution_general import _places, _resolve

# --- "western Iraq", "central Syria": the country itself --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "country", "region"),
    [
        ("Rockets were fired at a coalition base in western Iraq late on Tuesday, officials said.", "Iraq", None),
        ("The militants once held much of northern and western Iraq.", "Iraq", None),
        ("Israeli jets struck a weapons depot near an airfield in central Syria overnight.", "Syria", None),
        ("Coalition aircraft hit oil trucks in eastern Syria on Friday.", None, "Eastern Syria"),
        ("Turkish drones struck a PKK hideout in northern Iraq.", None, "Northern Iraq"),
    ],
)
def test_a_compass_word_before_a_country(reference, sentence, country, region) -> None:
    places = _places(_resolve(f"Report\n\n{sentence}", reference))
    assert not {"Western Iraq", "Central Syria"} & set(places), places
    if country:
        assert places.get(country) == {country}, places
    if region:
        assert region in places, places
