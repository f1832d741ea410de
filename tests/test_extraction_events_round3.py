"""Events, tolls and roles on phrasings met in fresh development sets, stated in other outlets' styles.

Each test gives one class of phrasing in several wordings, so a rule fitted to one sentence fails here.
"""

from __future__ import annotations

import datetime

import pytest

from kg.articles import ArticleMetadata, article_from_text
from kg.extraction import extract_to_json


def _extract(body: str) -> dict:
    metadata = ArticleMetadata(published=datetime.date(2021, 6, 9))
    return extract_to_json(article_from_text(f"Report\n\n{body}\n", metadata))


def _figures(event: dict) -> list[tuple]:
    return sorted((c["status"], c["count"], c["min"], c["max"], c["of"]) for c in event["casualties"])


@pytest.mark.parametrize(
    "body, figures",
    [
        (
            "Clashes between the SDF and the Syrian National Army continued near Manbij. SDF sources claim to have "
            "killed 37 SNA fighters over the week.",
            [("killed", 37, None, None, "Syrian National Army")],
        ),
        (
            "Fighting between the Iraqi army and ISIS raged in the Hamrin Mountains. The Security Media Cell said "
            "troops killed 12 ISIS militants.",
            [("killed", 12, None, None, "Islamic State")],
        ),
        (
            "Heavy clashes erupted between Hayat Tahrir al-Sham and the Syrian Arab Army on the Idlib front. "
            "Opposition activists said HTS fighters killed nine soldiers.",
            [("killed", 9, None, None, "Syrian Arab Army")],
        ),
    ],
)
def test_a_bare_killing_of_one_side_right_after_a_fight_is_its_toll(body, figures):
    events = _extract(body)["events"]
    assert len(events) == 1
    assert events[0]["type"] == "Clash"
    assert _figures(events[0]) == figures


def test_a_killing_with_a_place_of_its_own_is_no_toll_of_the_fight_before():
    body = (
        "Clashes between the SDF and the Syrian National Army continued near Manbij. In Raqqa, gunmen killed "
        "two SDF fighters on Monday."
    )
    events = _extract(body)["events"]
    assert len(events) == 2
    assert _figures(events[0]) == []


@pytest.mark.parametrize(
    "body, figure",
    [
        (
            "The SNA-affiliated Hamza Division said it lost six men in the fighting near Manbij.",
            ("killed", 6, None, None, "Hamza Division"),
        ),
        (
            "The Peshmerga lost three fighters to an ISIS ambush near Makhmour on Sunday.",
            ("killed", 3, None, None, "Peshmerga"),
        ),
        (
            "The Federal Police, which have been advancing alongside the army's 16th Division, lost four men to "
            "ISIS sniper fire in the Old City of Mosul.",
            ("killed", 4, None, None, "Iraqi Federal Police"),
        ),
        (
            "Government forces lost at least 20 soldiers in the ISIS attack on Palmyra, the monitor said.",
            ("killed", None, 20, None, "Syrian Arab Army"),
        ),
    ],
)
def test_lost_n_men_are_the_subjects_own_dead(body, figure):
    figures = [f for e in _extract(body)["events"] for f in _figures(e)]
    assert figure in figures


def test_lost_n_men_is_no_loss_to_desertion():
    body = "The Syrian army lost 40 soldiers to desertion near Daraa, the monitor said."
    assert not [f for e in _extract(body)["events"] for f in _figures(e)]


def test_an_act_on_a_day_of_its_own_after_an_undated_toll_is_another_incident():
    body = (
        "The Federal Police reportedly lost three men to ISIS sniper fire near the Great Mosque of al-Nuri. "
        "ISIS fighters blew up the mosque on June 1 as troops approached."
    )
    events = _extract(body)["events"]
    assert [e["type"] for e in events] == ["Attack", "Bombing(IED)"]
    assert events[0]["targets"] == ["Iraqi Federal Police"]
    assert events[1]["date"] == "2021-06-01"


@pytest.mark.parametrize(
    "body, agents",
    [
        (
            "The Federal Police, which have been advancing from the south alongside the army's 16th Division, "
            "attacked ISIS positions in the Old City on Monday.",
            ["Iraqi Federal Police"],
        ),
        (
            "The Hamza Division, which operates alongside the Turkish army in Afrin, shelled SDF positions near "
            "Tal Rifaat on Friday.",
            ["Hamza Division"],
        ),
    ],
)
def test_a_name_inside_a_relative_clause_before_the_verb_takes_no_part(body, agents):
    events = _extract(body)["events"]
    assert events and events[0]["agents"] == agents


@pytest.mark.parametrize(
    "body, claimant",
    [
        ("SDF sources said ISIS gunmen attacked a checkpoint near Shaddadi on Monday.", "SDF sources"),
        ("Local sources said ISIS gunmen attacked a checkpoint near Shaddadi on Monday.", "local sources"),
    ],
)
def test_a_source_phrase_opening_the_sentence_keeps_an_acronyms_case(body, claimant):
    events = _extract(body)["events"]
    assert events and events[0]["attributed_to"] == claimant


@pytest.mark.parametrize(
    "body, kind, targets",
    [
        (
            "Turkish drones struck a convoy of civilians heading to the Tishrin Dam on Sunday, killing four people.",
            "Airstrike",
            ["civilians"],
        ),
        (
            "ISIS militants ambushed a military convoy of the Iraqi army near Tarmiyah on Monday.",
            "Ambush",
            ["Iraqi Army"],
        ),
        ("Unidentified gunmen attacked a convoy of displaced families near Azaz on Friday.", "Attack", []),
    ],
)
def test_a_convoy_that_was_hit_is_no_deployment(body, kind, targets):
    events = _extract(body)["events"]
    assert [e["type"] for e in events] == [kind]
    assert events[0]["targets"] == targets


@pytest.mark.parametrize(
    "body",
    [
        "The Kurdistan Regional Government condemns in the strongest terms the cowardly attack carried out by ISIS "
        "terrorists last night against Peshmerga positions near Makhmour.",
        "The Foreign Ministry condemned the terrorist bombing that struck a market in Azaz on Friday.",
        "Baghdad denounced the drone attack on Erbil airport on Tuesday night.",
    ],
)
def test_an_act_condemned_with_its_particulars_is_an_incident(body):
    events = _extract(body)["events"]
    assert len(events) == 1
    assert not {"Kurdistan Regional Government", "Iraqi government"} & set(events[0]["agents"])


@pytest.mark.parametrize(
    "body",
    [
        "The ministry condemned the attack.",
        "The YPG denied any involvement and condemned the bombing.",
        "Ankara condemned Russian airstrikes on civilians in Idlib as unacceptable.",
    ],
)
def test_a_condemnation_without_particulars_is_no_incident(body):
    assert _extract(body)["events"] == []


@pytest.mark.parametrize(
    "body, kinds",
    [
        (
            "The terrorists attacked a Peshmerga post near Makhmour shortly before midnight on Friday, and a second "
            "group later ambushed reinforcements sent to the area.",
            ["Attack", "Ambush"],
        ),
        (
            "ISIS gunmen attacked an army checkpoint in Tarmiyah on Monday, and another cell fired mortar rounds at "
            "a PMF position in Mutaibijah.",
            ["Attack", "Shelling"],
        ),
    ],
)
def test_a_second_group_in_a_clause_of_its_own_is_another_incident(body, kinds):
    assert [e["type"] for e in _extract(body)["events"]] == kinds


def test_civilians_named_before_an_armed_side_are_their_own_victims():
    body = "ISIS attacked the village of Khidr Jija on Thursday night, killing three civilians and ten Peshmerga men."
    (event,) = _extract(body)["events"]
    assert _figures(event) == [("killed", 3, None, None, "civilians"), ("killed", 10, None, None, "Peshmerga")]


@pytest.mark.parametrize(
    "body, figure",
    [
        (
            "ISIS attacked a Peshmerga post near Makhmour on Monday. The ministry initially reported three martyrs.",
            ("killed", 3, None, None, None),
        ),
        (
            "The attack on the checkpoint in Tarmiyah on Sunday left two army martyrs, the Security Media Cell said.",
            ("killed", 2, None, None, "Iraqi Army"),
        ),
    ],
)
def test_martyrs_are_counted_as_dead(body, figure):
    figures = [f for e in _extract(body)["events"] for f in _figures(e)]
    assert figures == [figure]
