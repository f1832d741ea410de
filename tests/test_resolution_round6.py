"""Resolution, round 6: descriptions and names the reference lacked, and the places they happen in.

Sentences written for the test in several outlets' styles (none copied from an evaluation article):
descriptions of the Syrian sides ("government helicopters", "GoS aircraft" in a UN report, "the rebels",
"shabiha militias"), Iraqi federal bodies ("the federal government", "counterterrorism troops"), a possessive
owner before air defences ("the coalition's air defences" are no Syrian ones), real groups, bodies and outlets
named by their news names ("Free Army", "Jaish al-Fatah", "Local Coordination Committees", "U.S. Marines"),
and real neighbourhoods, fields and landmarks ("al-Nashwa", "Sarsang field", "port of Latakia").
"""

from __future__ import annotations

import pytest
from test_resolution_general import _actors, _places, _resolve


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Activists in Homs said government helicopters dropped barrel bombs on the village of Talbiseh.",
         "Syrian Arab Air Force"),
        ("In Al-Hasakah city, GoS aircraft struck ISIL-held neighbourhoods on 26 June, OCHA said.",
         "Syrian Arab Air Force"),
        ("ISIL attacked neighbourhoods of Al-Hasakah held by GoS forces and the National Defence Forces.",
         "Syrian Arab Army"),
        ("In Idlib, Syrian rebels said they had shot down a helicopter over Saraqeb.",
         "Syrian opposition armed groups"),
        ("The rebels pulled out of the Syrian town of Talkalakh overnight, activists said.",
         "Syrian opposition armed groups"),
        ("In Homs, shabiha militias stormed the Syrian village of Houla, activists said.",
         "Syrian pro-government militias"),
        ("The Kurdistan Region's interior ministry called on the federal government in Iraq to stop the attacks.",
         "Iraqi government"),
        ("Iraqi federal police and counterterrorism troops entered Kirkuk on Monday.",
         "Iraqi Counter-Terrorism Service"),
        ("Fighters of the Free Army ambushed a convoy of regime troops near Rastan in Syria.", "Free Syrian Army"),
        ("The militants of Jaish al-Fatah took the Syrian town of Jisr al-Shughur.", "Army of Conquest"),
        ("The Local Coordination Committees said 30 people were killed in Syria on Friday.",
         "Local Coordination Committees of Syria"),
        ("Several hundred U.S. Marines with artillery have been deployed near Raqqa in Syria.",
         "United States Marine Corps"),
        ("The KRG Ministry of Natural Resources said production in Iraq's Kurdistan Region had resumed.",
         "Kurdistan Region Ministry of Natural Resources"),
        ("Mustafa Bali, head of the SDF media office, said Syrian fighters had cleared the village.",
         "SDF Media Center"),
        ("The Syrian health ministry put the death toll at 40.", "Syrian Ministry of Health"),
        ("A commander of the Tawhid Brigade said his fighters still held the Syrian district.", "Al-Tawhid Brigade"),
        ("The deal was brokered by Lebanon's General Security directorate.", "General Directorate of General Security"),
    ],
)
def test_descriptions_and_news_names_resolve(reference, sentence, actor) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert actor in actors, actors


@pytest.mark.parametrize(
    "sentence",
    [
        "Houthi rebels fired a missile at Saudi Arabia on Monday.",
        "Kurdish rebels of the PKK attacked a Turkish outpost near the Iraqi border.",
    ],
)
def test_other_peoples_rebels_are_no_syrian_opposition(reference, sentence) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert "Syrian opposition armed groups" not in actors, actors


def test_an_owner_before_air_defences_is_not_the_sentence_country(reference) -> None:
    text = (
        "Report\n\nSyria and Iraq saw more strikes. A drone was shot down near Erbil airport by the coalition's air "
        "defences before reaching its target in Syria's neighbour."
    )
    actors = _actors(_resolve(text, reference))
    assert "Syrian Air Defense Forces" not in actors, actors


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Warplanes bombed Asayish checkpoints in the districts of al-Nashwa and Salhiya in Hasakah.", "Al-Nashwa"),
        ("Mortar rounds fell on the government-held New Aleppo district of Aleppo, state media said.", "New Aleppo"),
        ("Jets struck the neighbourhood of al-Sakhour in north-eastern Aleppo.", "Al-Sakhour"),
        ("Two drones hit the Sarsang field in Duhok province on Tuesday.", "Sarsang oil field"),
        ("A drone struck a processing unit at the Khurmala field south-west of Erbil.", "Khurmala oil field"),
        ("Israeli missiles set the container yard of the port of Latakia ablaze.", "Port of Latakia"),
        ("The missiles were fired from over the Mediterranean, west of Tartus.", "Mediterranean Sea"),
        ("Hezbollah said it had taken Wadi al-Kheil, the Nusra Front's main base in Jurud Arsal.", "Jurud Arsal"),
        ("Syrian warplanes struck the Fleeta outskirts in the Qalamoun.", "Flita"),
        ("Russian jets pounded militant positions in Jabal al-Turkmen in Latakia.", "Jabal al-Turkman"),
    ],
)
def test_neighbourhoods_fields_and_landmarks_resolve(reference, sentence, place) -> None:
    places = _places(_resolve(f"Report\n\n{sentence}", reference))
    assert place in places, places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Report\n\nHundreds of fighters were bussed from the Yarmouk camp in southern Damascus to the desert.",
         "Southern Damascus"),
        ("Report\n\nRegime jets pounded the besieged neighbourhoods of eastern Aleppo, where 250,000 people remain.",
         "Eastern Aleppo"),
        ("Report\n\nShells hit the government-held district of al-Hamdaniyah in western Aleppo on Sunday.",
         "Western Aleppo"),
    ],
)
def test_a_compass_word_before_a_divided_city_is_part_of_the_city(reference, text, place) -> None:
    places = _places(_resolve(text, reference))
    assert place in places, places
    assert "Aleppo Governorate" not in places and "Damascus Governorate" not in places, places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Report\n\nTurkish-backed factions shelled villages in northern Aleppo on Monday.", "Aleppo Governorate"),
        ("Report\n\nA car bomb hit al-Bab in the eastern Aleppo countryside, killing five.", "Aleppo Governorate"),
        ("Report\n\nRebels attacked army posts in western Aleppo, the Observatory said.", "Aleppo Governorate"),
    ],
)
def test_a_compass_word_before_aleppo_outside_a_city_story_is_the_governorate(reference, text, place) -> None:
    places = _places(_resolve(text, reference))
    assert place in places, places
    assert not [p for p in places if p.endswith(" Aleppo") and p != "Aleppo"], places


def test_the_outlet_a_translation_was_first_published_in_is_its_publisher(reference) -> None:
    text = (
        "Israeli strikes hit Quneitra\n\n"
        "This report was translated by our desk from Horan Free League, where it was originally published on 3 May.\n\n"
        "Local sources told Horan Free League that Israeli jets struck positions near Khan Arnabah."
    )
    actors = _actors(_resolve(text, reference, publisher="The Levant Observer"))
    assert "Horan Free League" not in actors, actors


def test_a_publishing_body_in_its_heading_voice_and_handle_is_no_actor(reference) -> None:
    text = (
        "Iraqi Ministry of Defence – Statement No. 52\n\n"
        "Iraqi Army units killed three terrorists in an ambush near Mandali in Diyala on Monday, acting on "
        "information provided by the Iraqi Ministry of Defence.\n\n"
        "The Iraqi Ministry of Defence affirms that its forces will pursue the remnants of terrorism.\n\n"
        "Follow us on X: @Iraqi_Ministry_of_Defence"
    )
    actors = _actors(_resolve(text, reference, publisher="Iraqi Ministry of Defence"))
    assert "Iraqi Ministry of Defence" not in actors, actors
    assert "Iraqi Army" in actors, actors


def test_a_publishing_command_acting_in_its_release_stays_an_actor(reference) -> None:
    text = (
        "Strikes in eastern Syria\n\n"
        "On Monday, U.S. Central Command forces conducted precision strikes on a facility near Albu Kamal in Syria."
    )
    actors = _actors(_resolve(text, reference, publisher="U.S. Central Command"))
    assert "US Central Command" in actors, actors


@pytest.mark.parametrize(
    ("sentence", "state", "body"),
    [
        ("A ceasefire mediated by Lebanon's General Security took effect in Arsal on Thursday.", "Lebanon",
         "General Directorate of General Security"),
        ("Türkiye's Ministry of National Defence said its jets struck PKK targets in northern Iraq.", "Turkey",
         "Turkish Ministry of National Defence"),
    ],
)
def test_a_country_possessive_before_a_body_is_a_mention_of_the_state(reference, sentence, state, body) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert state in actors and body in actors, actors


def test_general_security_outside_lebanon_is_not_the_lebanese_agency(reference) -> None:
    text = "Report\n\nIn Idlib, the General Security arrested three men accused of planning attacks in Syria."
    assert "General Directorate of General Security" not in _actors(_resolve(text, reference))


def test_babil_police_command_keeps_the_name_iraqis_use(reference) -> None:
    text = "Report\n\nA convoy was hit near Hilla, according to a source in the Babil police command in Iraq."
    actors = _actors(_resolve(text, reference))
    assert "Babil Police Command" in actors and "Babylon Police Command" not in actors, actors


@pytest.mark.parametrize(
    "text",
    [
        "Report\n\nGunmen attacked a checkpoint near Haditha in Iraq's Anbar province, according to a police officer "
        "in the town.",
        "Report\n\nA roadside bomb wounded two soldiers near Tikrit in Iraq on Monday, a police officer said.",
    ],
)
def test_one_unnamed_officer_quoted_is_a_source_not_an_actor(reference, text) -> None:
    assert "Iraqi Police" not in _actors(_resolve(text, reference))


def test_policemen_after_a_named_police_body_are_its_men(reference) -> None:
    text = (
        "Report\n\nA bomb went off near a Federal Police vehicle on the road to Tarmiyah in Iraq, wounding an officer "
        "and two policemen."
    )
    actors = _actors(_resolve(text, reference))
    assert "Iraqi Federal Police" in actors and "Iraqi Police" not in actors, actors


def test_policemen_far_from_any_police_body_stay_the_national_police(reference) -> None:
    text = (
        "Report\n\nGunmen stormed government buildings in the Iraqi city of Kirkuk, killing at least 11 policemen "
        "and civilians."
    )
    assert "Iraqi Police" in _actors(_resolve(text, reference))


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Former rebel commanders who negotiated the 2018 settlement with Damascus raided a farm near Jassem in Syria.",
         "Syrian government"),
        ("Baghdad has repeatedly demanded that Turkish forces leave the Bashiqa camp in Iraq.", "Iraqi government"),
    ],
)
def test_damascus_and_baghdad_as_actors_are_the_governments(reference, sentence, actor) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert actor in actors, actors


@pytest.mark.parametrize(
    "sentence",
    [
        "Unidentified aircraft struck militia positions near Albu Kamal, Deir ez Zor Province, on January 16.",
        "Clashes erupted in the eastern Deir ez Zor countryside on Monday.",
    ],
)
def test_a_governorate_written_without_dashes_is_the_governorate(reference, sentence) -> None:
    places = _places(_resolve(f"Report\n\n{sentence}", reference))
    assert "Deir ez-Zor Governorate" in places and "Deir ez-Zor" not in places, places


@pytest.mark.parametrize(
    ("sentence", "facility", "place"),
    [
        ("Jets fired missiles at the crowded vegetable market in the town of Saraqeb in Idlib, killing 12.",
         "Saraqib vegetable market", "Saraqib"),
        ("Gunmen stormed the state television building in Mosul before dawn.", "Mosul state television building",
         "Mosul"),
    ],
)
def test_a_facility_named_by_what_and_where_is_a_place_inside_it(reference, sentence, facility, place) -> None:
    places = _places(_resolve(f"Report\n\n{sentence}", reference))
    assert facility in places and place in places, places


def test_a_plain_market_in_a_town_is_the_town(reference) -> None:
    places = _places(_resolve("Report\n\nA car bomb exploded near the market in Afrin on Tuesday.", reference))
    assert not [p for p in places if "market" in p], places
