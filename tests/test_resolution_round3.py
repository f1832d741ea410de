"""Resolution, round 3: descriptions and reference names that unseen outlets use and the resolver missed.

Causes fixed here, each with sentences written for the test in several outlets' styles (none copied from an
evaluation article), so that a rule helping one sentence only fails here: soldiers are the country's army, a
single jet or helicopter is its air arm, Russian contractors in Syria are the Wagner Group, local defence
groups are the pro-government militias, a bare "parliament" in an Iraqi sentence is the Iraqi parliament.
"""

from __future__ import annotations

import pytest
from test_resolution_general import _actors, _places, _resolve

# --- soldiers are the army; a single aircraft is the air arm -----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "surface"),
    [
        ("Two Iraqi soldiers were killed when a roadside bomb hit their Humvee near Tarmiyah.", "Iraqi Army",
         "Iraqi soldiers"),
        ("An Iraqi soldier was wounded by sniper fire on the outskirts of Baiji, a security source said.",
         "Iraqi Army", "Iraqi soldier"),
        ("Syrian soldiers dismantled mines on the road to Palmyra.", "Syrian Arab Army", "Syrian soldiers"),
        ("Three Turkish soldiers were wounded in a mortar attack on a base near al-Bab.", "Turkish Armed Forces",
         "Turkish soldiers"),
    ],
)
def test_soldiers_of_a_country_are_its_army(reference, sentence, name, surface) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert surface in actors.get(name, set()), actors


def test_iraqi_troops_stay_the_security_forces(reference) -> None:
    actors = _actors(_resolve("Report\n\nIraqi troops and police entered the town of Rutba on Friday.", reference))
    assert "Iraqi troops" in actors.get("Iraqi Security Forces", set()), actors


@pytest.mark.parametrize(
    ("sentence", "name", "surface"),
    [
        ("A US jet shot down an armed drone that approached the garrison at al-Tanf.", "United States Air Force",
         "US jet"),
        ("A Russian helicopter made an emergency landing near Hama airport.", "Russian Aerospace Forces",
         "Russian helicopter"),
        ("An Iraqi plane dropped leaflets over Hawija urging residents to stay indoors.", "Iraqi Air Force",
         "Iraqi plane"),
    ],
)
def test_a_single_aircraft_of_a_country_is_its_air_arm(reference, sentence, name, surface) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert surface in actors.get(name, set()), actors


# --- Russian contractors, local defence groups, parliament --------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian contractors guarding the Tiyas gas field in Homs province were hit by an ISIS ambush.",
        "Dozens of Russian mercenaries were among the pro-government fighters killed near Deir Ezzor, "
        "according to the Syrian Observatory.",
        "Russian private military contractors have been deployed to protect phosphate mines near Palmyra in Syria.",
    ],
)
def test_russian_contractors_in_syria_are_the_wagner_group(reference, sentence) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert "Wagner Group" in actors, actors


def test_russian_contractors_outside_syria_are_not_guessed(reference) -> None:
    text = "Report\n\nRussian contractors arrived in Bangui, the capital of the Central African Republic."
    assert "Wagner Group" not in _actors(_resolve(text, reference))


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Army units, backed by local defence groups, advanced in the Damascus countryside.", "local defence groups"),
        ("Local defense groups in Hama's countryside repelled an attack by Syrian rebels.", "Local defense groups"),
    ],
)
def test_local_defence_groups_are_the_pro_government_militias(reference, sentence, surface) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert surface in actors.get("Syrian pro-government militias", set()), actors


@pytest.mark.parametrize(
    "sentence",
    [
        "The Iraqi prime minister asked parliament to approve a state of emergency after the fall of Mosul.",
        "Iraq's Parliament voted on Sunday to ask the government to end the presence of foreign troops.",
    ],
)
def test_parliament_in_an_iraqi_sentence_is_the_iraqi_parliament(reference, sentence) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert "Iraqi Parliament" in actors, actors


# --- "US-led": the coalition, not the United States --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("US-led air strikes pounded Islamic State positions around Kobani overnight.", "US-led"),
        ("Peshmerga units, backed by US-led coalition warplanes, entered Sinjar on Friday.", "US-led"),
        ("Dozens of US-led raids hit oil installations near al-Omar.", "US-led"),
    ],
)
def test_us_led_is_the_coalition(reference, sentence, surface) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert surface in actors.get("US-led coalition", set()), actors
    assert "United States" not in actors, actors


def test_us_backed_is_still_the_united_states(reference) -> None:
    actors = _actors(_resolve("Report\n\nUS-backed fighters took the village of Baghouz.", reference))
    assert "United States" in actors, actors


# --- a country's possessive before a place noun is the territory --------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Militants stormed Mosul, Iraq's second-largest city, in June 2014.", "Iraq"),
        ("The convoy crossed into Syria's northern countryside before dawn.", "Syria"),
        ("Shells landed in Turkey's southern border town of Akcakale.", "Turkey"),
        ("Fighting spread across Iraq's north within days.", "Iraq"),
    ],
)
def test_possessive_country_before_a_place_noun_is_the_place(reference, sentence, country) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference)
    assert country in _places(result), _places(result)
    assert country not in _actors(result), _actors(result)


def test_possessive_country_before_its_forces_is_still_the_state(reference) -> None:
    result = _resolve("Report\n\nIraq's security services arrested three suspects in Kirkuk.", reference)
    assert "Iraq" not in _places(result), _places(result)


# --- reference entities unseen outlets name ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "surface"),
    [
        ("The group grew out of al-Qaida in Iraq, which fought US troops after 2003.", "al-Qaeda in Iraq",
         "al-Qaida in Iraq"),
        ("Tikrit, the birthplace of former president Saddam Hussein, fell on Wednesday.", "Saddam Hussein",
         "Saddam Hussein"),
        ("The Turkish General Staff said 11 militants were neutralised in Afrin.", "Turkish General Staff",
         "Turkish General Staff"),
        ("Turkish police detained 46 suspects over the Istanbul blast.", "Turkish National Police",
         "Turkish police"),
        ("Pro-government Sham FM said the army had reached the outskirts of the town.", "Sham FM", "Sham FM"),
        ("The Kurdish Red Crescent said three of its paramedics were wounded near Ain Issa.",
         "Kurdish Red Crescent", "Kurdish Red Crescent"),
        ("Syria Response Coordinators said 12,000 people fled the shelling in a week.",
         "Syria Response Coordinators", "Syria Response Coordinators"),
        ("The UN human rights office said at least 40 civilians were killed in Idlib in a week.",
         "UN Human Rights Office", "UN human rights office"),
        ("Local network Daraa 24 reported clashes in Tafas.", "Daraa 24", "Daraa 24"),
    ],
)
def test_reference_actors_added_for_unseen_outlets(reference, sentence, name, surface) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert surface in actors.get(name, set()), actors


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("Eleven people were killed in Hilla, the health ministry said.", True),
        ("Iraqi Kurdish media quoted the region's health ministry as saying two died in Erbil.", False),
    ],
)
def test_health_ministry_in_an_iraqi_sentence(reference, sentence, present) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert ("Iraqi Ministry of Health" in actors) is present, actors


def test_new_damascus_authorities_are_the_transitional_government(reference) -> None:
    text = "Report\n\nThe SDF accused factions loyal to the new Damascus authorities of shelling Deir Hafer."
    actors = _actors(_resolve(text, reference))
    assert "Syrian transitional government" in actors, actors
    assert "Damascus" not in _places(_resolve(text, reference))


# --- landmarks, provinces, roads -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Militants fired mortars at the Baiji oil refinery overnight.", "Baiji oil refinery"),
        ("Gunmen attacked pilgrims near the al-Askari shrine in Samarra.", "Al-Askari Shrine"),
        ("Government forces shelled Daraa al-Balad for a third day.", "Daraa al-Balad"),
        ("Kurdish fighters retook Mishtenour hill overlooking Kobani.", "Mishtenour hill"),
        ("A bomb struck a patrol on the road to al-Habbaniyah.", "Habbaniyah"),
        ("Thousands of Yazidis fled to Mount Shingal in August 2014.", "Sinjar Mountains"),
        ("Peshmerga forces cut Highway 47 west of Tal Afar.", "Highway 47"),
        ("Rockets hit the Mezzeh highway in western Damascus.", "Mezzeh highway"),
        ("Two rockets landed in Reyhanli in Hatay province on Sunday.", "Hatay Province"),
        ("ISIS cells exploit the security vacuum in the disputed territories between Erbil and Baghdad.",
         "Disputed territories of Northern Iraq"),
    ],
)
def test_reference_places_added_for_unseen_outlets(reference, sentence, name) -> None:
    places = _places(_resolve(f"Report\n\n{sentence}", reference))
    assert name in places, places


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Protesters gathered outside the Homs refinery after the fire.", "Homs refinery"),
        ("A car bomb exploded near the Sayyida Zeinab shrine south of Damascus.", "Sayyida Zeinab shrine"),
        ("Drones targeted the Baniyas oil refinery on the coast.", "Baniyas oil refinery"),
    ],
)
def test_refineries_and_shrines_are_facilities(reference, sentence, surface) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference)
    facility = [p for p in result.places.values() if surface in {m.text for m in p.mentions}]
    assert facility and facility[0].type in ("Facility", "MilitaryBase"), _places(result)


def test_the_old_city_is_no_town_named_old(reference) -> None:
    text = "Report\n\nTroops advanced into Mosul's Old City. Snipers in the Old City slowed them."
    places = _places(_resolve(text, reference))
    assert "Old" not in places and "Old City of Mosul" in places, places


# --- pro-regime descriptions, comma-joined clauses, backers inside names ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Coalition jets struck pro-Syrian regime forces advancing east of the Euphrates.",
         "pro-Syrian regime forces"),
        ("Around 300 pro-regime fighters attacked SDF positions near Deir Ezzor.", "pro-regime fighters"),
        ("Pro-government troops shelled rebel-held villages in the Idlib countryside.", "Pro-government troops"),
    ],
)
def test_pro_regime_descriptions_are_the_pro_government_forces(reference, sentence, surface) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert surface in actors.get("Syrian pro-government forces", set()), actors
    assert "Syria" not in actors, actors


def test_a_comma_between_clauses_makes_no_list_of_actors(reference) -> None:
    text = "Five Killed in US Strikes South of Baghdad, Iraqi Resistance Claims Attack on Erbil\n\nBody text."
    result = _resolve(text, reference)
    assert "Baghdad" in _places(result), _places(result)
    assert "Iraq" not in _actors(result), _actors(result)


def test_a_real_list_with_and_still_makes_the_country_act(reference) -> None:
    actors = _actors(_resolve("Report\n\nRussia, Iran and Hezbollah sent reinforcements to Aleppo.", reference))
    assert "Russia" in actors and "Iran" in actors, actors


@pytest.mark.parametrize(
    ("sentence", "group", "state"),
    [
        ("Clashes between the SDF and the Turkish-backed Syrian National Army continued near Manbij.",
         "Syrian National Army", "Turkey"),
    ],
)
def test_backer_adjective_inside_a_group_name_is_the_backing_state(reference, sentence, group, state) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference)
    actors = _actors(result)
    assert group in actors and "Turkish" in actors.get(state, set()), actors
    spans = [s.text for s in result.spans]
    assert "Turkish-backed Syrian National Army" in spans, spans
    names = {a.iri: a.name for a in result.actors.values()}
    assert any(
        r.predicate == "supports" and names.get(r.subject_iri) == state and names.get(r.object_iri) == group
        for r in result.relations
    ), result.relations


# --- possessives of a country: its acts and its forces are the State -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("The minister said the raids were an exercise of Turkey's right to self-defence.", "Turkey"),
        ("Turkey's Operation Peace Spring displaced tens of thousands of people.", "Turkey"),
        ("Soleimani, the commander of Iran's Quds Force, was killed near Baghdad airport.", "Iran"),
        ("The talks were postponed at Ankara's request.", "Turkey"),
    ],
)
def test_a_countrys_acts_and_forces_after_its_possessive_make_it_the_state(reference, sentence, state) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference)
    assert state in _actors(result), _actors(result)
    assert state not in _places(result), _places(result)


def test_a_countrys_towns_after_its_possessive_stay_the_territory(reference) -> None:
    result = _resolve("Report\n\nShelling hit villages in Syria's Idlib province overnight.", reference)
    assert "Syria" in _places(result), _places(result)


# --- "<facility or neighbourhood> in X": X is the city ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Report\n\nTwelve wounded were taken to Azadi Hospital in Duhok. Camps in Duhok province are full.",
         "Duhok"),
        ("Report\n\nSnipers fired on the neighbourhood of Sheikh Maqsoud in Aleppo on Monday.", "Aleppo"),
        ("Report\n\nThe wounded were treated at the Republican Hospital in Kirkuk on Monday. Officials in Kirkuk "
         "province said the toll could rise.", "Kirkuk"),
    ],
)
def test_a_city_name_after_an_urban_place_and_in_is_the_city(reference, text, city) -> None:
    places = _places(_resolve(text, reference))
    assert city in places, places


def test_a_name_after_a_village_and_in_is_still_the_governorate(reference) -> None:
    text = "Report\n\nGunmen attacked a checkpoint in Huwija and al-Abbasi in Kirkuk on Monday."
    places = _places(_resolve(text, reference))
    assert "Kirkuk Governorate" in places, places


# --- a nationality adjective before a word for territory is the country ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "country", "surface"),
    [
        ("Israeli jets fired missiles from Lebanese airspace at a site near Masyaf.", "Lebanon", "Lebanese airspace"),
        ("The drone was downed over Jordanian territory, the army said.", "Jordan", "Jordanian territory"),
        ("No foreign troops will be stationed on Iraqi soil, the prime minister said.", "Iraq", "Iraqi soil"),
    ],
)
def test_nationality_before_territory_word_is_the_country(reference, sentence, country, surface) -> None:
    places = _places(_resolve(f"Report\n\n{sentence}", reference))
    assert surface in places.get(country, set()), places


# --- which country a sentence is about; units named again ----------------------------------------------------


def test_a_town_name_inside_a_longer_place_name_says_nothing_about_the_country(reference) -> None:
    # "Balad" is an Iraqi town; inside "Daraa al-Balad" it must not make the sentence Iraqi
    text = "Report\n\nGovernment troops have besieged Daraa al-Balad for six weeks, residents said."
    actors = _actors(_resolve(text, reference))
    assert "Government troops" in actors.get("Syrian Arab Army", set()), actors


def test_a_backer_named_in_a_clause_is_not_where_the_sentence_is(reference) -> None:
    text = (
        "Report\n\nThe Syrian army's 4th Division shelled Tafas on Monday. The truce collapsed after the 4th "
        "Division, which activists say is backed by Iran, demanded new positions inside the town."
    )
    result = _resolve(text, reference)
    divisions = [a for a in result.actors.values() if "4th Division" in {m.text for m in a.mentions}]
    assert [a.name for a in divisions] == ["4th Armoured Division"], [a.name for a in divisions]


def test_a_groups_own_name_that_looks_like_a_unit_is_the_group(reference) -> None:
    text = "Report\n\nThe Russian-backed Eighth Brigade stayed out of the fighting in Daraa."
    actors = _actors(_resolve(text, reference))
    assert "Eighth Brigade" in actors, actors


# --- titles are no bodies; national bodies read only in their own country's sentences -----------------------


def test_a_title_of_a_body_mints_no_body_and_the_armed_forces_are_the_isf(reference) -> None:
    text = (
        "Statement\n\nOn the orders of the Commander-in-Chief of the Armed Forces, units of the 9th Division "
        "searched the Hamrin mountains in Diyala province."
    )
    actors = _actors(_resolve(text, reference))
    assert not any(name.startswith("Commander") for name in actors), actors
    assert "Armed Forces" in actors.get("Iraqi Security Forces", set()), actors


@pytest.mark.parametrize(
    ("sentence", "name", "surface"),
    [
        ("Four civilians were killed in Ariha, the Civil Defence in Idlib said.", "Syria Civil Defence",
         "Civil Defence"),
        ("Syrian troops entered Maarat al-Numan, according to state television.", "Syrian Arab Television",
         "state television"),
        ("The Syrian army's air force pounded the hills west of Hama overnight.", "Syrian Arab Air Force",
         "army's air force"),
    ],
)
def test_national_bodies_by_sentence_country(reference, sentence, name, surface) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert surface in actors.get(name, set()), actors


@pytest.mark.parametrize(
    "text",
    [
        "Report\n\nIraqi helicopters struck militants around Tikrit, state television reported. ISIS also holds "
        "towns in eastern Syria.",
        "Report\n\nCivil defense teams recovered three bodies from the rubble in Damascus.",
    ],
)
def test_national_bodies_are_not_guessed_from_elsewhere(reference, text) -> None:
    actors = _actors(_resolve(text, reference))
    assert "Syrian Arab Television" not in actors and "Syria Civil Defence" not in actors, actors


@pytest.mark.parametrize(
    ("sentence", "name", "surface"),
    [
        ("Iraqi soldiers and police abandoned their posts as the militants advanced.", "Iraqi Police", "police"),
        ("Turkish soldiers and police sealed off the district after the blast.", "Turkish National Police",
         "police"),
    ],
)
def test_a_second_role_noun_shares_the_nationality(reference, sentence, name, surface) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert surface in actors.get(name, set()), actors


# --- city or governorate: points of reference, lists, places inside descriptions ------------------------------


def test_a_city_approached_is_the_city_even_when_its_province_is_named(reference) -> None:
    text = (
        "Report\n\nIranian drones hit villages in Erbil province on Wednesday. A US jet shot down a drone that "
        "was approaching Erbil, the coalition said."
    )
    places = _places(_resolve(text, reference))
    assert "approaching Erbil" not in str(places) and "Erbil" in places.get("Erbil", set()), places


def test_a_name_listed_with_a_governorate_is_the_governorate_in_its_later_bare_mentions(reference) -> None:
    text = (
        "Weekly update\n\nAttacks rose in Deir ez-Zor and Raqqa province this week. In Deir ez-Zor, a commander "
        "was shot dead in Diban on Tuesday."
    )
    places = _places(_resolve(text, reference))
    assert "Deir ez-Zor" not in places and "Deir ez-Zor Governorate" in places, places


@pytest.mark.parametrize(
    ("sentence", "actor", "place"),
    [
        ("The KRG urged the federal government in Baghdad and the coalition to act.", "Iraqi government",
         "Baghdad"),
        ("Talks stalled between the Central Committee in Daraa and the Russian side.", "Central Committee of Daraa",
         "Daraa"),
    ],
)
def test_a_place_closing_an_actor_description_is_still_a_place(reference, sentence, actor, place) -> None:
    result = _resolve(f"Report\n\n{sentence}", reference)
    assert actor in _actors(result), _actors(result)
    assert place in _places(result), _places(result)


# --- a named tribe's fighters; the publisher's own name inside a longer publisher label --------------------------


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Report\n\nGunmen from the Shaitat tribe clashed with ISIS cells near Abu Hamam. Local tribal fighters "
         "later set up checkpoints.", {"Gunmen from the Shaitat tribe", "tribal fighters"}),
        ("Report\n\nAlbu Nimr tribesmen held out in Zuwiya for weeks before the town fell.", {"Albu Nimr tribesmen"}),
    ],
)
def test_a_named_tribes_fighters_are_an_actor_of_their_own(reference, text, surfaces) -> None:
    actors = _actors(_resolve(text, reference))
    tribal = {name: found for name, found in actors.items() if name.endswith("tribal fighters")}
    assert len(tribal) == 1 and surfaces <= next(iter(tribal.values())), actors
    assert "Tribal Mobilization Forces" not in actors and "Arab tribal fighters" not in actors, actors


def test_unnamed_tribal_fighters_keep_the_countrys_reading(reference) -> None:
    text = "Report\n\nISIS killed three tribal fighters near Rutba in Anbar province, an Iraqi officer said."
    actors = _actors(_resolve(text, reference))
    assert "Tribal Mobilization Forces" in actors, actors


def test_arab_tribal_fighters_name_no_tribe(reference) -> None:
    text = "Report\n\nArab tribal fighters attacked SDF checkpoints in Deir Ezzor countryside."
    actors = _actors(_resolve(text, reference))
    assert not any(name.startswith("Arab tribal") and name != "Arab tribal fighters" for name in actors), actors


def test_the_group_goes_back_to_a_named_group_not_a_description(reference) -> None:
    text = (
        "Report\n\nISIS attacked Haditha at dawn. The town is defended by local tribal fighters from the "
        "Jughaifa tribe. The group claimed the attack through Amaq."
    )
    result = _resolve(text, reference)
    group = [a for a in result.actors.values() if "The group" in {m.text for m in a.mentions}]
    assert [a.name for a in group] == ["Islamic State"], [a.name for a in group]


def test_a_publishers_name_at_the_head_of_its_label_is_its_own_voice(reference) -> None:
    text = "RIC weekly update\n\nRIC recorded seven ISIS attacks in Deir ez-Zor this week."
    result = _resolve(text, reference, publisher="Rojava Information Center weekly report")
    assert "Rojava Information Center" not in _actors(result), _actors(result)


# --- provincial police commands; numbered highways ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "surface"),
    [
        ("A roadside bomb struck an Anbar police patrol on the road to Habbaniyah.", "Anbar Police Command",
         "Anbar police"),
        ("Kirkuk police said two suspects were arrested in Hawija.", "Kirkuk Police Command", "Kirkuk police"),
    ],
)
def test_an_iraqi_governorates_police_is_its_police_command(reference, sentence, name, surface) -> None:
    actors = _actors(_resolve(f"Report\n\n{sentence}", reference))
    assert surface in actors.get(name, set()), actors


def test_a_provincial_police_officer_is_a_speaker_not_the_command(reference) -> None:
    actors = _actors(_resolve("Report\n\nThree were killed, a Diyala police officer said.", reference))
    assert "Diyala Police Command" not in actors, actors


def test_police_of_a_syrian_governorate_is_no_iraqi_command(reference) -> None:
    actors = _actors(_resolve("Report\n\nDaraa police found the body near Tafas.", reference))
    assert not any(name.endswith("Police Command") for name in actors), actors


@pytest.mark.parametrize(("sentence", "name"), [
    ("Gunmen attacked fuel trucks on Highway 1 north of Baiji.", "Highway 1"),
    ("Peshmerga fighters cut Highway 47 east of Sinjar.", "Highway 47"),
])
def test_numbered_highways_are_roads(reference, sentence, name) -> None:
    places = _places(_resolve(f"Report\n\n{sentence}", reference))
    assert name in places, places
