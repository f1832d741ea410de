"""Resolution, round 10: compass words that name no region of their own, …

Every sentence here is written for the test (not copied from an evaluation article), in several outlets'
styles, with negative cases beside the positive ones.
"""

from __future__ import annotations

import pytest
from test_resolution_general import _actors, _places, _resolve

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


# --- a country that acts after an appositive, after "blamed the", "blamed on", "allow X to" ----------------------


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("Turkey, a key backer of the rebels, has sent more troops to Idlib.", "Turkey"),
        ("Iran, the main ally of Damascus, has denied any role in the attack.", "Iran"),
        ("The militia leader accused the United States of striking his men.", "United States"),
        ("Baghdad blamed the United States and Israel for the blasts at the depot.", "Israel"),
        ("The drone strike on the convoy was blamed on Turkey by local officials.", "Turkey"),
        ("A string of explosions at arms depots has been attributed to Israel.", "Israel"),
        ("Moscow said it would not allow Turkey to launch a new offensive.", "Turkey"),
    ],
)
def test_a_country_that_acts_is_the_state_not_a_place(reference, sentence, state) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference)
    assert state in _actors(result), _actors(result)
    assert state not in _places(result), _places(result)


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Fighting in Syria, the bloodiest war of the decade, has killed many civilians.", "Syria"),
        ("The convoy drove from Iraq, a neighbouring country, toward the crossing.", "Iraq"),
        ("Refugees were allowed into Jordan after the checks.", "Jordan"),
    ],
)
def test_a_country_as_territory_stays_a_place(reference, sentence, country) -> None:
    assert country in _places(_resolve(f"Report\n\n{sentence}", reference))


# --- an outlet's short name where it names itself ----------------------------------------------------------------


def test_an_outlets_short_name_naming_itself_is_no_place(reference) -> None:
    text = (
        "Shelling hits Nawa\n\n"
        "Western Daraa – Qasioun\n\n"
        "Shells fell on Nawa on Monday, local sources told Qasioun. A Qasioun correspondent said the army "
        "had reinforced its positions."
    )
    places = _places(_resolve(text, reference, publisher="Qasioun News Agency"))
    assert "Mount Qasioun" not in places, places
    assert "Nawa" in places, places


def test_the_mountain_itself_is_still_a_place_in_the_outlets_article(reference) -> None:
    text = "Blast heard in Damascus\n\nA loud blast was heard near Mount Qasioun overlooking the capital on Friday."
    places = _places(_resolve(text, reference, publisher="Qasioun News Agency"))
    assert "Mount Qasioun" in places, places


# --- names news uses that GeoNames lacks --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Regime jets pounded Arbin and Zamalka in Eastern Ghouta on Sunday.", "Irbin"),
        ("The Asayish set up checkpoints in Tirbespiyê after the drone strike.", "Al-Qahtaniyah"),
    ],
)
def test_a_town_by_the_name_news_uses(reference, sentence, name) -> None:
    assert name in _places(_resolve(f"Report\n\n{sentence}", reference))


# --- a name folded without its spaces never ends in a lower-case word -------------------------------------------


def test_an_acronym_and_a_verb_are_no_run_together_name(reference) -> None:
    result = _resolve("Report\n\nThe state news agency SANA did not report the attack on the base.", reference)
    actors = _actors(result)
    assert "Al-Sanadid Forces" not in actors, actors
    assert "Syrian Arab News Agency" in actors, actors
