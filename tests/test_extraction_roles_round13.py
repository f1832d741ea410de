"""Event roles, round 13: causes found on the dev24 and dev25 sets, each with sentences written for the test in
other outlets' styles (none copied from an evaluation article).

- "deployed two brigades …, joining the Iraqi Army positions there": deployments, withdrawals, bases and
  fortifications have no side attacked, so a name marked as one ("X positions") does not cancel the agent.
- "Two days after the Duhok attack, PKK militants ambushed a convoy", "…, when ISIS militants fired rockets at their
  positions": when a mention opens on an earlier trigger, the subject of a later verb combined into it acts.
- "Syrian army units, backed by Russian aircraft, repelled an attack by …": who backs the side that repelled the
  attack is no attacker.
- "an assault by HTS and its ally, the Turkistan Islamic Party": an ally in apposition shares the role.
- "Russian jets, which conducted dozens of air strikes on …": the relative pronoun's antecedent carried them out.
- "Iran began a campaign against the PJAK … and has since built outposts": a verb conjoined with no subject of its
  own shares the subject the sentence opens with.
- "a mortar round fired from SDF positions struck a house": the side whose positions fired is the agent.
- "The ambush on Hassan followed Israeli strikes": a name right before a trigger noun is its agent when other
  words part it from a target marker before it ("on" governs another noun).
- "launched a new operation with the Syrian National Army to clear the border strip of the YPG": the partner an
  operation is launched with takes part in it, and the side an area is cleared of is its target.
"""

from __future__ import annotations

import pytest
from test_extraction_roles_round12 import _events


def test_a_deployment_has_no_target_to_cancel_its_agent() -> None:
    body = (
        "Residents said the Iraqi army deployed two brigades near Sinjar on Monday, joining the Iraqi Army positions"
        " there."
    )
    events = _events(body)
    assert events, body
    assert events[0]["agents"] == ["Iraqi Army"]
    assert events[0]["targets"] == []


@pytest.mark.parametrize(
    "body, agent",
    [
        (
            "Two days after the Duhok attack, PKK militants ambushed a Turkish convoy near Amadiya on Tuesday.",
            "Kurdistan Workers' Party",
        ),
        (
            "Officials said Peshmerga forces had been attacked near Makhmour on Monday night, when ISIS militants fired"
            " rockets at their positions.",
            "Islamic State",
        ),
    ],
)
def test_the_subject_of_a_later_combined_verb_is_the_agent(body: str, agent: str) -> None:
    events = _events(body)
    assert events, body
    assert agent in events[0]["agents"]


def test_a_backer_of_the_side_that_repelled_is_no_agent() -> None:
    body = (
        "Syrian army units, backed by Russian aircraft, repelled an attack by Jabhat al-Nusra militants near Kinsabba"
        " on Sunday."
    )
    events = _events(body)
    assert events, body
    assert events[0]["agents"] == ["Hayat Tahrir al-Sham"]


def test_an_ally_in_apposition_shares_the_role() -> None:
    body = (
        "Government troops repelled an assault by Hayat Tahrir al-Sham and its ally, the Turkistan Islamic Party,"
        " on army posts near Jisr al-Shughur on Friday."
    )
    events = _events(body)
    assert events, body
    assert "Turkistan Islamic Party" in events[0]["agents"]


def test_the_antecedent_of_which_carried_out_is_the_agent() -> None:
    body = (
        "The offensive was supported by Russian jets, which conducted dozens of air strikes on ISIS hideouts near"
        " Sukhnah on Monday."
    )
    strikes = [e for e in _events(body) if e["type"] == "Airstrike"]
    assert strikes, body
    assert strikes[0]["agents"] == ["Russian Aerospace Forces"]


def test_an_operation_launched_with_a_partner_to_clear_an_area_of_a_side() -> None:
    body = (
        "Turkey launched a new operation on Monday with the Syrian National Army to clear the border strip of the YPG."
    )
    events = _events(body)
    assert events, body
    assert "Syrian National Army" in events[0]["agents"]
    assert events[0]["targets"] == ["People's Protection Units"]


def test_a_conjoined_verb_shares_the_sentence_subject() -> None:
    body = (
        "Iran began a shelling campaign against the PJAK in the mountains of Sidakan in May and has since built"
        " several new outposts along the border."
    )
    bases = [e for e in _events(body) if e["type"].startswith("Establishment")]
    assert bases, body
    assert bases[0]["agents"] == ["Iran"]


def test_the_side_whose_positions_fired_is_the_agent() -> None:
    body = "On Tuesday a mortar round fired from SDF positions struck a house in the village of Tal Tamr."
    events = _events(body)
    assert events, body
    assert events[0]["agents"] == ["Syrian Democratic Forces"]
    assert "Syrian Democratic Forces" not in events[0]["targets"]


def test_a_name_before_a_trigger_noun_acts_though_a_marker_precedes_it() -> None:
    body = "The ambush on Hassan followed Israeli strikes on Monday against three depots of Hezbollah near Qusayr."
    events = _events(body)
    assert events, body
    assert events[0]["agents"] == ["Israel Defense Forces"]
    assert events[0]["targets"] == ["Hezbollah"]
