"""Resolution, round 7: post-2024 Syrian bodies, tribes in their many spellings, a description owned by a
country, provincial police chiefs, backed-group phrases that describe a named group, and words of an outlet or
of the law that are no actor.

Every sentence here is written for the test (not copied from an evaluation article), in several outlets'
styles, with negative cases beside the positive ones.
"""

from __future__ import annotations

import pytest
from test_resolution_general import _actors, _resolve

# --- Syria's General Security and Interior Ministry ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("General Security forces set up checkpoints around Homs after the clashes in Syria's centre.",
         "General Security"),
        ("Two members of the General Security Service were wounded by a roadside bomb near Tartus, Syria.",
         "General Security Service"),
        ("In Syria's Latakia province, the General Security arrested five men suspected of the attack.",
         "General Security"),
    ],
)
def test_general_security_in_a_syrian_sentence_is_the_syrian_service(reference, sentence, surface) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference)
    actors = _actors(result)
    assert surface in actors.get("Syrian General Security Service", set()), actors
    assert not any(a.type == "Person" and "Security" in a.name for a in result.actors.values())


@pytest.mark.parametrize(
    "sentence",
    [
        "The prisoners were handed over at the crossing in a deal brokered by Lebanon's General Security.",
        "Lebanese officials said General Security had deported 40 Syrians from Beirut.",
    ],
)
def test_general_security_owned_by_lebanon_or_in_a_lebanese_sentence_stays_lebanese(reference, sentence) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert "General Directorate of General Security" in actors, actors
    assert "Syrian General Security Service" not in actors


def test_a_country_owning_a_description_decides_whose_body_it_is(reference) -> None:
    text = "Digest\n\nFighting went on near Aleppo in Syria, while Iraq's Interior Ministry said the border was shut."
    actors = _actors(_resolve(text, reference))
    assert "Iraqi Ministry of Interior" in actors, actors
    assert "Syrian Ministry of Interior" not in actors


def test_interior_ministry_in_a_syrian_sentence_is_syrian(reference) -> None:
    text = "Digest\n\nGunmen killed three policemen in Daraa, Syria, the Interior Ministry said on Sunday."
    actors = _actors(_resolve(text, reference))
    assert "Interior Ministry" in actors.get("Syrian Ministry of Interior", set()), actors


# --- tribes in their spellings ---------------------------------------------------------------------------------


@pytest.mark.parametrize("surface", ["Ageidat tribe", "Aqidat tribe", "Uqaidat tribe", "Egaidat tribe"])
def test_the_uqaidat_in_each_spelling_is_one_tribe(reference, surface) -> None:
    text = f"Digest\n\nElders of the {surface} met SDF officials in Deir ez-Zor to end the feud."
    actors = _actors(_resolve(text, reference))
    assert surface in actors.get("Al-Uqaidat", set()), actors


# --- outlets' calls to readers and legal terms -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Follow Raqqa Daily Post on Telegram for updates from the city.",
        "Subscribe to Khabour Post on WhatsApp to receive our news.",
    ],
)
def test_a_call_to_readers_opens_no_organisations_name(reference, sentence) -> None:
    actors = _actors(_resolve(f"News\n\nThe clashes ended at night. {sentence}", reference))
    assert not any(name.startswith(("Follow", "Subscribe")) for name in actors), actors


@pytest.mark.parametrize(
    "sentence",
    [
        "The group was designated a Foreign Terrorist Organization by Washington in 2004.",
        "London lists the militia as a Proscribed Terrorist Organisation.",
    ],
)
def test_a_legal_designation_is_no_actor(reference, sentence) -> None:
    actors = _actors(_resolve(f"News\n\n{sentence}", reference))
    assert not any("Terrorist" in name for name in actors), actors


def test_a_named_organisation_with_a_cue_is_still_minted(reference) -> None:
    text = "News\n\nThe Hawran Youth Organization said its members distributed bread in Busra."
    actors = _actors(_resolve(text, reference))
    assert "Hawran Youth Organization" in actors, actors


# --- a named tribe itself --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "surface"),
    [
        ("Sheikh Hamad al-Ali, an elder of the Shaitat tribe, urged calm in Deir ez-Zor.", "Shaitat tribe",
         "Shaitat tribe"),
        ("Gunmen loyal to the Jubour clan blocked the road near Tikrit.", "Jubour tribe", "Jubour clan"),
    ],
)
def test_a_named_tribe_is_an_actor(reference, sentence, name, surface) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference)
    actors = _actors(result)
    assert surface in actors.get(name, set()), actors
    assert next(a for a in result.actors.values() if a.name == name).type == "Organization"


@pytest.mark.parametrize(
    "sentence",
    [
        "The tribe said it would not hand over the suspects.",
        "Leaders of a Sunni tribe met the governor in Ramadi.",
        "Clashes broke out between two Arab clans in the town.",
    ],
)
def test_no_tribe_without_a_tribes_name(reference, sentence) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert not any(name.endswith(" tribe") for name in actors), actors


def test_the_men_of_a_tribe_stay_the_tribes_fighters(reference) -> None:
    actors = _actors(_resolve("Report\n\nFighters from the Albu Nimr tribe repelled the attack near Hit.", reference))
    assert "Albu Nimr tribal fighters" in actors, actors
    assert "Albu Nimr tribe" not in actors


# --- provincial police named as the body a person heads --------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Diyala police chief Brig. Gen. Jassim al-Saadi said the attackers fled towards Hamrin.",
        "Kirkuk police commander Maj. Gen. Ali Kamal said curfew was lifted.",
    ],
)
def test_a_police_chief_named_with_his_command(reference, sentence) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference)
    police = [a for a in result.actors.values() if a.name.endswith("Police Command")]
    assert police, _actors(result)
    person = next(a for a in result.actors.values() if a.type == "Person")
    assert any(r.predicate == "leads" and r.subject_iri == person.iri and r.object_iri == police[0].iri
               for r in result.relations)
    # the span stays the person's: the command is nested in it
    assert all(not s.text.endswith("police") for s in result.spans if s.kind == "actor")


def test_an_unnamed_police_chief_is_still_a_source(reference) -> None:
    actors = _actors(_resolve("Report\n\nA Kirkuk police chief said five people were hurt.", reference))
    assert not any(name.endswith("Police Command") for name in actors), actors


# --- backed-group phrases that describe a named group ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "groups", "predicate"),
    [
        ("Rockets were fired by Asa'ib Ahl al-Haq, an Iranian-backed militia, at the embassy.",
         ["Asa'ib Ahl al-Haq"], "supports"),
        ("The Iran-backed militia Kata'ib Sayyid al-Shuhada claimed the drone attack.",
         ["Kata'ib Sayyid al-Shuhada"], "supports"),
        ("Kata'ib Hezbollah and Harakat al-Nujaba, two of the strongest Iran-aligned factions, denied it.",
         ["Kata'ib Hezbollah", "Harakat Hezbollah al-Nujaba"], "alliedWith"),
    ],
)
def test_a_backed_group_phrase_describing_a_named_group(reference, sentence, groups, predicate) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference)
    actors = _actors(result)
    assert "Iranian-backed militias" not in actors, actors
    assert "Iran" in actors
    iris = {a.name: a.iri for a in result.actors.values()}
    for group in groups:
        assert any(r.predicate == predicate and r.object_iri == iris[group] and r.subject_iri == iris["Iran"]
                   for r in result.relations), result.relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Iranian-backed militias shelled SDF positions across the river from Deir ez-Zor.",
        "The Islamic Resistance in Iraq, an umbrella of Iran-backed factions including Kata'ib Hezbollah, "
        "claimed the strike.",
    ],
)
def test_a_backed_group_phrase_of_its_own_stays_the_umbrella(reference, sentence) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert "Iranian-backed militias" in actors, actors


def test_a_described_group_within_a_force_is_part_of_it(reference) -> None:
    text = (
        "Report\n\nThe Badr Organization, the largest of the Iran-backed militias in the Popular Mobilization "
        "Forces, sent men."
    )
    result = _resolve(text, reference)
    iris = {a.name: a.iri for a in result.actors.values()}
    assert any(r.predicate == "partOf" and r.subject_iri == iris["Badr Organization"]
               and r.object_iri == iris["Popular Mobilization Forces"] for r in result.relations), result.relations
