"""Place anaphors revised for unseen articles (round nineteen), each read through the whole pipeline.

News text names a facility once ("the Baiji oil refinery", "the Mosul Dam") and then takes it up by its kind
noun: "the refinery's northern gate", "the dam", "the prison", "the crossing", "the compound". An incident told
with such a phrase happened at the facility, as annotators place it across the development sets. Every case is
a sentence written for this test in the manner of an outlet.
"""

from __future__ import annotations

import pytest

from kg.articles import article_from_text
from kg.extraction import extract_to_json


def _event_places(text: str, evidence: str) -> list[list[str]]:
    """Places of each event whose evidence starts with these words."""
    data = extract_to_json(article_from_text("Report\n\n" + text + "\n"))
    return [e["places"] for e in data["events"] if e["evidence"].startswith(evidence)]


FACILITY_CASES = [
    (  # possessive anaphor: the refinery's gate is the refinery
        "Iraqi troops retook the Baiji oil refinery from the Islamic State on Monday. Militants shelled the "
        "refinery's northern gate with mortars on Tuesday night, wounding four soldiers.",
        "Militants shelled the refinery",
        "Baiji oil refinery",
    ),
    (
        "Kurdish-led forces said on Sunday they had secured the Ghwayran prison in Hasakah. On Monday coalition "
        "jets bombed buildings near the prison where gunmen were hiding.",
        "On Monday coalition jets bombed",
        "Ghwayran prison",
    ),
    (
        "Peshmerga forces took up positions around the Mosul Dam on Saturday. On Sunday night the Islamic State "
        "shelled the dam with mortars, wounding two guards.",
        "On Sunday night the Islamic State shelled",
        "Mosul Dam",
    ),
    (
        "Turkish-backed factions seized the Bab al-Salameh crossing on Friday. Kurdish fighters attacked the "
        "crossing on Saturday, killing three guards.",
        "Kurdish fighters attacked the crossing",
        "Bab al-Salama border crossing",
    ),
]


@pytest.mark.parametrize(("text", "evidence", "place"), FACILITY_CASES)
def test_a_facility_taken_up_by_its_kind_noun_places_the_incident(text: str, evidence: str, place: str) -> None:
    places = _event_places(text, evidence)
    assert places, evidence
    assert all(place in found for found in places), places


def test_a_tally_in_the_province_since_a_date_is_placed_in_the_province() -> None:
    text = (
        "Gunmen killed two former opposition fighters in the town of Nawa in the western Daraa countryside on "
        "Monday, local sources said. The Horan documentation office recorded 35 assassination operations in the "
        "province since the start of the year, which killed 22 people."
    )
    places = _event_places(text, "The Horan documentation office recorded")
    assert places
    assert all("Daraa Governorate" in found for found in places), places
