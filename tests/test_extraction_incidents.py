"""Which sentences state an incident, and how mentions of one incident come together (general behaviours)."""

from __future__ import annotations

import pytest

from kg.articles import article_from_text
from kg.extraction import extract_to_json


def _events(body: str, headline: str = "Report from the front") -> list[dict]:
    return extract_to_json(article_from_text(f"{headline}\n\n{body}\n"))["events"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Washington blames Iran-backed militias for a string of rocket attacks on its troops in Iraq.",
        "Iran-aligned factions, including Kataib Hezbollah, have demanded the withdrawal of all U.S. forces from Iraq.",
        "The Turkish army has stepped up its drone and artillery attacks on areas held by the SDF.",
        "ISIS remnants hide in the Hamrin mountains, from where they launch hit-and-run attacks on the Iraqi army.",
        "It is the second deadly attack on the Peshmerga in the area this month.",
        "Local activists accuse cells linked to Hezbollah of carrying out assassinations against opponents.",
        "Many of the claimed attacks were small in scale: assassinations of mukhtars and roadside bombs.",
        "The Turkish army has been shelling the villages of Ain Issa since October 2019.",
    ],
)
def test_extraction_incidents_statements_are_no_events(sentence):
    assert _events(sentence) == []


def test_extraction_incidents_opened_fire_is_an_attack_not_a_post():
    events = _events("An ISIS group opened fire on a checkpoint of the Syrian Arab Army near Al-Mayadin.")
    assert [e["type"] for e in events] == ["Attack"]


def test_extraction_incidents_air_aggression_is_an_airstrike():
    events = _events("Five civilians were killed in an Israeli air aggression that targeted points near Damascus.")
    assert [e["type"] for e in events] == ["Airstrike"]


def test_extraction_incidents_explosive_laden_drone_is_an_attack():
    events = _events("On Tuesday, an explosive-laden drone struck a base of the Syrian Democratic Forces near Hasakah.")
    assert [e["type"] for e in events] == ["Attack"]


def test_extraction_incidents_exchange_of_fire_and_withdrawal_belong_to_the_attack():
    body = (
        "ISIS militants stormed a checkpoint of the Syrian Arab Army near Al-Mayadin on Friday, "
        "killing four soldiers.\n\n"
        "The exchange of fire went on for nearly two hours.\n\n"
        "The militants used light weapons, and the clashes lasted an hour before they withdrew towards the desert."
    )
    assert [e["type"] for e in _events(body)] == ["Attack"]


def test_extraction_incidents_time_reference_names_no_roles():
    body = (
        "ISIS cells ambushed a bus of the Syrian Arab Army near Al-Sukhnah on Monday, killing five soldiers.\n\n"
        "Russian warplanes were seen over the area after the attack."
    )
    events = _events(body)
    assert [e["type"] for e in events] == ["Ambush"]
    assert events[0]["agents"] == ["Islamic State"]


def test_extraction_incidents_sequence_cue_separates_an_earlier_incident():
    body = (
        "At least ten rockets landed on Ain al-Asad air base on Wednesday, lightly wounding two soldiers.\n\n"
        "The attacks follow U.S. airstrikes last month on facilities used by Kataib Hezbollah, which killed four."
    )
    assert sorted(e["type"] for e in _events(body)) == ["Airstrike", "Shelling"]


def test_extraction_incidents_read_also_link_list_is_boilerplate():
    body = (
        "Gunmen attacked a checkpoint of the Syrian Arab Army near Daraa on Monday, killing two soldiers.\n\n"
        "Read also:\nRegime forces reinforce checkpoints around Jasim city\nEighth Brigade fighters clash with ISIS"
    )
    events = _events(body)
    assert len(events) == 1 and "Jasim" not in events[0]["evidence"]


def test_extraction_incidents_listed_types_are_a_class_of_attacks():
    body = "67 soldiers of the Syrian Arab Army were killed in attacks, ambushes and landmine explosions by ISIS."
    assert [e["type"] for e in _events(body)] == ["Attack"]


def test_extraction_incidents_unidentified_gunmen_killing_is_an_assassination():
    body = (
        "On Sunday evening, unidentified gunmen opened fire on a car carrying two members of the Syrian Arab Army "
        "near Daraa, killing one and wounding the other."
    )
    assert [e["type"] for e in _events(body)] == ["Assassination"]


def test_extraction_incidents_killing_in_an_operation_is_an_operation():
    body = "The Iraqi Counter-Terrorism Service killed five Islamic State fighters in an operation in Anbar on Nov. 6."
    assert [e["type"] for e in _events(body)] == ["MilitaryOperation"]


def test_extraction_incidents_claim_of_the_blast_names_the_agent():
    body = (
        "On Nov. 3, a roadside bomb killed two Iraqi Security Forces officers near Kirkuk. "
        "The Islamic State claimed the blast a day later."
    )
    events = _events(body)
    assert len(events) == 1
    assert events[0]["agents"] == ["Islamic State"] and events[0]["attributed_to"] == "Islamic State"


def test_extraction_incidents_named_victims_are_targets_not_agents():
    body = (
        "The Iraqi Counter-Terrorism Service, backed by coalition aircraft, killed five Islamic State fighters "
        "in an operation in Anbar on Nov. 6."
    )
    events = _events(body)
    assert "Islamic State" not in events[0]["agents"] and "Islamic State" in events[0]["targets"]


def test_extraction_incidents_dated_located_incident_kept_without_participants():
    events = _events("On July 6, 2021, an explosive-laden drone struck near Erbil International Airport.")
    assert [e["type"] for e in events] == ["Attack"]


def test_extraction_incidents_target_owner_and_later_anaphor():
    body = (
        "U.S. airstrikes on Sunday hit facilities used by Kataib Hezbollah near Al-Qa'im.\n\n"
        "Iraqi F-16 jets struck ISIS hideouts in the Hamrin mountains on Monday, adding that the strikes destroyed "
        "two caves."
    )
    events = _events(body)
    assert events[0]["targets"] == ["Kata'ib Hezbollah"] and "Kata'ib Hezbollah" not in events[0]["agents"]
    assert events[1]["targets"] == ["Islamic State"] and "Islamic State" not in events[1]["agents"]


def test_extraction_incidents_raid_noun_is_one_operation():
    body = "Al-Baghdadi blew himself up during a U.S. special operations raid near Barisha on Oct. 26, 2019."
    events = _events(body)
    assert [e["type"] for e in events] == ["MilitaryOperation"]


def test_extraction_incidents_arrest_is_other_and_seized_weapons_no_capture():
    body = (
        "The Anbar Police Command announced on March 14, 2023 the arrest of two wanted persons in Al-Qa'im.\n\n"
        "The statement added that a quantity of weapons and communication devices was seized."
    )
    assert [e["type"] for e in _events(body)] == ["Other"]


def test_extraction_incidents_fire_from_positions_of_x_is_by_x():
    body = (
        "Militants of Hayat Tahrir al-Sham shelled positions of the Syrian Arab Army in Idlib 14 times.\n\n"
        "Over the past 24 hours, 14 shelling attacks were registered from the positions of Hayat Tahrir al-Sham."
    )
    events = _events(body)
    assert events and all(e["agents"] == ["Hayat Tahrir al-Sham"] for e in events)
    assert all("Hayat Tahrir al-Sham" not in e["targets"] for e in events)


def test_extraction_incidents_deployment_kept_with_a_place():
    body = "The militias sent reinforcements to their positions along the road near Al-Mayadin, eyewitnesses said."
    events = _events(body)
    assert [e["type"] for e in events] == ["Deployment"] and events[0]["attributed_to"] == "eyewitnesses"


def test_extraction_incidents_air_raids_carried_out_are_airstrikes():
    events = _events("Russian warplanes carried out more than ten air raids on the outskirts of Maarat al-Numan.")
    assert [e["type"] for e in events] == ["Airstrike"]


def test_extraction_incidents_killed_attackers_are_the_agents():
    body = "The Syrian Democratic Forces repelled an ISIS attack on a checkpoint near Hajin, killing three attackers."
    events = _events(body)
    assert [(c["count"], c["of"]) for c in events[0]["casualties"]] == [(3, "Islamic State")]


def test_extraction_incidents_repelled_attack_by_affiliates_and_their_losses():
    body = (
        "Army units repelled an attack by terrorist groups affiliated to Jabhat al-Nusra on military posts in "
        "northern Hama, killing and injuring a number of the terrorists.\n\n"
        "A military source told SANA reporter that the terrorists attacked the posts with heavy machine guns."
    )
    events = _events(body)
    assert len(events) == 1
    assert events[0]["agents"] == ["Hayat Tahrir al-Sham"] and events[0]["targets"] == ["Syrian Arab Army"]
    assert [(c["status"], c["of"]) for c in events[0]["casualties"]] == [("killed_or_injured", "Hayat Tahrir al-Sham")]


def test_extraction_incidents_came_days_after_and_habitual_tolls():
    body = (
        "A Turkish drone struck a car carrying members of the Syrian Democratic Forces near Kobani, killing three "
        "people, a Kurdish official said.\n\n"
        "The Syrian Observatory for Human Rights said four people were killed.\n\n"
        "The strike came two days after clashes erupted between SDF fighters and the Syrian National Army near "
        "Manbij, in which at least five fighters were killed, according to the Observatory.\n\n"
        "Turkey has carried out dozens of drone strikes in northeast Syria since 2019, killing scores of fighters."
    )
    events = _events(body)
    # the count of strikes since 2019 is an aggregate statistic of its own (FORMAT.md), never the strike's toll
    assert [e["type"] for e in events] == ["Airstrike", "Clash", "Airstrike"]
    assert "Syrian Democratic Forces" in events[0]["targets"]
    assert [(c["count"], c["claimed_by"]) for c in events[0]["casualties"]] == [
        (3, "Kurdish official"),
        (4, "Syrian Observatory for Human Rights"),
    ]
    assert events[1]["attributed_to"] == "Syrian Observatory for Human Rights"


def test_extraction_incidents_gunmen_shot_dead():
    events = _events("Unknown gunmen shot dead a member of the local council in the town of Tabqa.")
    assert [e["type"] for e in events] == ["Assassination"]


def test_extraction_incidents_announced_plan_in_the_coming_days_is_kept():
    body = "The Joint Operations Command announced that it will launch an operation in Anbar in the coming days."
    events = _events(body)
    assert [e["type"] for e in events] == ["MilitaryOperation"]


def test_extraction_incidents_forecast_without_a_plan_is_no_event():
    assert _events("ISIS is expected to attack Iraqi army positions in Anbar in the coming weeks.") == []


def test_extraction_incidents_responded_by_targeting_is_an_attack_but_not_after_an_operation():
    events = _events("Hayat Tahrir al-Sham responded by targeting positions of the Syrian Arab Army near Saraqib.")
    assert [e["type"] for e in events] == ["Attack"]
    body = "On Sunday, the Syrian Arab Army began the operation in western Deir Ezzor, targeting the Islamic State."
    assert [e["type"] for e in _events(body)] == ["MilitaryOperation"]


def test_extraction_incidents_aggregate_statistic_is_its_own_event():
    body = (
        "Two civilians were killed on June 7, 2023 when the Turkish Armed Forces shelled the village of Shawargha.\n\n"
        "According to statistics documented by our agency, the Turkish Armed Forces have shelled the area 57 times "
        "since the beginning of this year, killing 11 civilians."
    )
    events = _events(body)
    assert [e["type"] for e in events] == ["Shelling", "Shelling"]
    assert [c["count"] for c in events[1]["casualties"]] == [11] and events[1]["attributed_to"] is None


def test_extraction_incidents_claim_medium_and_sporadic_attacks():
    body = (
        "Islamic State militants killed five soldiers of the Iraqi Army in an attack on a post in Salahuddin "
        "on Feb. 14, 2022, security sources said.\n\n"
        "Islamic State claimed responsibility in a statement on its Amaq News Agency, "
        "saying its fighters had killed eight soldiers.\n\n"
        "Its cells still carry out sporadic attacks between Kirkuk and Diyala."
    )
    events = _events(body)
    assert len(events) == 1 and "Amaq News Agency" not in events[0]["targets"]


def test_extraction_incidents_capture_after_battles_is_one_incident():
    body = (
        "The Syrian Arab Army liberated the village of Kafr Nabudah in northern Hama on May 21, 2019 after fierce "
        "battles with Hayat Tahrir al-Sham."
    )
    assert [e["type"] for e in _events(body)] == ["Capture"]


@pytest.mark.parametrize(
    "body",
    [
        "ISIS cells attacked a checkpoint in Hasakah city. ISIS remnants attacked a PMF position in the Mutaibijah "
        "area of Salahuddin province.",
        "Turkish drones struck a car near Qamishli. Turkish drones struck a PKK hideout in the Qandil mountains "
        "of Iraqi Kurdistan, near Sidakan.",
    ],
)
def test_extraction_incidents_the_same_side_in_two_countries_is_two_incidents(body):
    events = _events(body)
    assert len(events) == 2, events
    assert not set(events[0]["places"]) & set(events[1]["places"])


def test_extraction_incidents_a_place_the_gazetteer_cannot_place_does_not_split_an_incident():
    events = _events(
        "Israeli warplanes struck points in Damascus at dawn. Israeli warplanes struck residential buildings in the "
        "Kafr Sousa neighbourhood."
    )
    assert len(events) == 1, events
