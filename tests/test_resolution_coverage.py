"""General coverage of the resolver, on sentences written for these tests (not taken from any evaluation article):
reference names with a possessive inside, and groups common in 2014–2024 reporting that are linked, not minted."""

from __future__ import annotations

import pytest

from kg.articles import article_from_text
from kg.model import Decision, ResolvedMentions
from kg.resolution import resolve_mentions


def _resolve(sentence: str) -> ResolvedMentions:
    return resolve_mentions(article_from_text(f"Fighting flares in the north\n\n{sentence}\n"))


def _names(resolved: ResolvedMentions) -> dict[str, set[str]]:
    entities = [*resolved.actors.values(), *resolved.places.values()]
    return {e.name: {m.text for m in e.mentions} for e in entities}


@pytest.mark.parametrize(
    ("sentence", "name", "surface"),
    [
        (
            "Ankara considers the People's Protection Units a terrorist organisation.",
            "People's Protection Units",
            "People's Protection Units",
        ),
        (
            "Fighters of the Women’s Protection Units repelled the attack.",
            "Women's Protection Units",
            "Women’s Protection Units",
        ),
        (
            "The Kurdistan Workers' Party denied any role in the bombing.",
            "Kurdistan Workers' Party",
            "Kurdistan Workers' Party",
        ),
        ("Rockets landed inside Baghdad's Green Zone on Sunday night.", "Green Zone", "Baghdad's Green Zone"),
    ],
)
def test_resolution_names_with_a_possessive_inside_are_found(sentence: str, name: str, surface: str) -> None:
    assert surface in _names(_resolve(sentence)).get(name, set())


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Rescuers from the White Helmets pulled three people from the rubble.", "Syria Civil Defence"),
        ("The People's Defense Forces (HPG) said two of its fighters were killed.", "People's Defence Forces"),
        ("Iranian artillery shelled positions of PJAK near the border.", "Kurdistan Free Life Party"),
        ("The Kurdistan Democratic Party of Iran said its camp was hit.", "Democratic Party of Iranian Kurdistan"),
        ("Forces of the Rapid Response Division raided a hideout.", "Rapid Response Division"),
        ("Peshmerga of the 80 Unit were deployed to the front line.", "80 Unit"),
        ("The Jordanian army said it killed smugglers on the border.", "Jordanian Armed Forces"),
        ("Fighters of Jaysh al-Thuwar clashed with the gunmen.", "Army of Revolutionaries"),
        ("The Fath al-Mubin operations room shelled army positions.", "Al-Fateh al-Mubin operations room"),
        ("The Nineveh Operations Command announced the arrest of a suspect.", "Nineveh Operations Command"),
    ],
)
def test_resolution_common_groups_are_reference_actors(sentence: str, name: str) -> None:
    resolved = _resolve(sentence)
    linked = [e for e in resolved.actors.values() if e.name == name]
    assert linked and linked[0].decision != Decision.NEW, _names(resolved)


@pytest.mark.parametrize(
    "sentence",
    [
        "Army units clashed with the militants on the axes of Tal Sakher and Tal Bazam.",
        "The village of Tal al-Hawa was shelled overnight.",
        "Fighters withdrew towards Ain al-Beida after the clashes.",
    ],
)
def test_resolution_first_word_of_an_unknown_name_is_no_reference_place(sentence: str) -> None:
    """ "Tal", "Ain" are also short names of towns (Al-Tall): not when they begin a longer capitalised name."""
    assert "Al-Tall" not in _names(_resolve(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The area lies in the disputed territories between Erbil and Baghdad.",
        "This region has seen repeated attacks since 2019.",
        "The militants fled into the Kurdish area north of the river.",
    ],
)
def test_resolution_sentence_opening_or_generic_word_before_area_is_no_place(sentence: str) -> None:
    names = _names(_resolve(sentence))
    assert not {"The", "This", "Kurdish"} & set(names), names


@pytest.mark.parametrize(
    ("sentence", "group", "state"),
    [
        ("An umbrella of Tehran-aligned armed factions claimed the attack.", "Iranian-backed militias", "Iran"),
        ("Ankara-backed factions shelled the village overnight.", "Turkish-backed armed groups", "Turkey"),
        ("Tehran-backed militias have deployed near the border.", "Iranian-backed militias", "Iran"),
    ],
)
def test_resolution_capital_as_backer_is_the_state(sentence: str, group: str, state: str) -> None:
    """A capital before '-backed'/'-aligned' names the backing State, as the country's name does."""
    resolved = _resolve(sentence)
    types = {e.name: e.type for e in resolved.actors.values()}
    assert types.get(group) == "ArmedGroup" and types.get(state) == "State", types
    assert not resolved.places


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Russian and Syrian jets pounded the villages.", {"Russian Aerospace Forces", "Syrian Arab Air Force"}),
        (
            "Turkish, Russian and Iranian troops met at the crossing.",
            {"Turkish Armed Forces", "Russian Armed Forces", "Iranian Armed Forces"},
        ),
        ("The Syrian and Russian air forces struck the hills.", {"Syrian Arab Air Force", "Russian Aerospace Forces"}),
    ],
)
def test_resolution_coordinated_nationality_adjectives_share_the_role_noun(sentence: str, names: set[str]) -> None:
    assert names <= set(_names(_resolve(sentence)))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Members of the Tal Tamr Military Council responded to the fire.", "Tal Tamr Military Council"),
        ("Fighters of the Ras al-Ain Military Council withdrew.", "Ras al-Ain Military Council"),
        (
            "The attack was repelled. Elements of the Sheikh Maqsoud Military Council fired back.",
            "Sheikh Maqsoud Military Council",
        ),
    ],
)
def test_resolution_sentence_opening_noun_before_of_is_no_part_of_a_new_name(sentence: str, name: str) -> None:
    """A capitalised common noun opening the sentence ("Members of the …") does not start the minted name, and a
    military council is an armed group, not a government body."""
    resolved = _resolve(sentence)
    minted = {e.name: e.type for e in resolved.actors.values()}
    assert minted.get(name) == "ArmedGroup", minted


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Turkish authorities detained the suspects.", "Turkey"),
        ("Iraqi authorities denied the report.", "Iraq"),
        ("A patrol of the army was ambushed near Kirkuk, the Iraqi security source said.", "Iraqi Army"),
        ("Iraqi federal forces took control of the district in 2017.", "Iraqi Security Forces"),
        ("Rockets targeted coalition forces at the base in Anbar, Iraqi police said.", "US-led coalition"),
        ("Jordanian warplanes struck a smuggling hideout.", "Royal Jordanian Air Force"),
        ("Turkey-backed rebel factions shelled the villages.", "Turkish-backed armed groups"),
    ],
)
def test_resolution_descriptions_and_role_nouns(sentence: str, name: str) -> None:
    """A nationality's authorities speak for the State; the army of an Iraqi sentence is the Iraqi
    Army; 'coalition forces' is the US-led coalition; backed 'rebel factions' are the backer's umbrella group."""
    assert name in _names(_resolve(sentence))


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("Turkish drones struck a car in northern Syria on Monday.", "Northern Syria"),
        ("Militias fired rockets at two bases in eastern Syria.", "Eastern Syria"),
    ],
)
def test_resolution_compass_and_country_is_a_region(sentence: str, region: str) -> None:
    """ "eastern Syria" is where the story happened: a region of its own, not the whole country."""
    resolved = _resolve(sentence)
    assert [(p.name, p.type) for p in resolved.places.values()] == [(region, "Region")]


def test_resolution_a_compass_part_listed_as_the_country_is_the_country() -> None:
    """ "western Iraq", "central Syria" (``compass_country_parts`` in place_patterns.json) name no region of their
    own in any annotated article: the country, with its name as the surface."""
    resolved = _resolve("The convoy crossed into western Iraq overnight.")
    assert [(p.name, p.type) for p in resolved.places.values()] == [("Iraq", "Country")]


def test_resolution_place_inside_an_operation_name_is_no_place() -> None:
    sentence = (
        "Turkey launched Euphrates Shield (2016), Olive Branch (2018) and Peace Spring (2019); fighters tried "
        "to infiltrate the Operation Peace Spring zone near the Euphrates river."
    )
    places = _names(_resolve(sentence))
    assert places.get("Euphrates") == {"Euphrates river"}
    assert "Operation Peace Spring zone" in places


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("A drone struck Mission Support Site Green Village in Deir ez-Zor province.", "Green Village"),
        ("Rockets targeted the Kharab al-Jir base near Rmeilan.", "Kharab al-Jir"),
        ("Militias claimed a drone attack on Erbil Air Base.", "Erbil International Airport"),
        ("US jets struck Kata'ib Hezbollah facilities in Jurf al-Nasr.", "Jurf al-Sakhar"),
    ],
)
def test_resolution_coalition_and_militia_sites_are_reference_places(sentence: str, place: str) -> None:
    assert place in _names(_resolve(sentence))


@pytest.mark.parametrize(
    ("sentence", "state", "thing"),
    [
        (
            "Strikes hit facilities used by Iran's Islamic Revolutionary Guard Corps near Albu Kamal.",
            "Iran",
            "Islamic Revolutionary Guard Corps",
        ),
        (
            "Turkey's National Intelligence Organization killed a PKK leader in Qamishli.",
            None,
            "Turkish National Intelligence Organization",
        ),
    ],
)
def test_resolution_country_possessive_before_a_force_is_the_state(
    sentence: str, state: str | None, thing: str
) -> None:
    resolved = _resolve(sentence)
    actors = {a.name: a.type for a in resolved.actors.values()}
    assert thing in actors and (state is None or actors.get(state) == "State"), actors
    assert not {"Iran", "Turkey"} & {p.name for p in resolved.places.values()}


def test_resolution_country_possessive_before_a_place_is_the_territory() -> None:
    places = {p.name: p.type for p in _resolve("Militants attacked Syria's Deir Ezzor on Monday.").places.values()}
    assert places.get("Syria") == "Country"


def test_resolution_name_never_ends_in_a_function_word() -> None:
    names = _names(_resolve("Seven soldiers were killed in southern Idlib as Russian jets pounded the town."))
    assert "Idlib" not in names and "Idlib Governorate" in names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Turkish commandos killed seven militants, the National Defense Ministry said.",
            "Turkish Ministry of National Defence",
        ),
        ("Units of the Iraqi army searched the area, the Ministry of Defense said.", "Iraqi Ministry of Defence"),
        ("The Foreign Ministry in Damascus condemned the Israeli strike on Syria.", "Syrian Foreign Ministry"),
        ("Turkish security forces neutralized seven militants.", "Turkish Armed Forces"),
    ],
)
def test_resolution_bare_ministry_is_the_ministry_of_the_sentence_country(sentence: str, name: str) -> None:
    assert name in _names(_resolve(sentence))


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Tehran has urged Baghdad and Erbil to disarm the groups.", "Kurdistan Regional Government"),
        ("The agreement, signed by Baghdad and Erbil in 2020, failed.", "Kurdistan Regional Government"),
        ("Washington cited its support for Israel in the war.", "Israel"),
        ("Washington described the strike as self-defence.", "United States"),
    ],
)
def test_resolution_seats_and_capitals_that_act(sentence: str, actor: str) -> None:
    resolved = _resolve(sentence)
    assert actor in {a.name for a in resolved.actors.values()}
    assert not resolved.places


def test_resolution_seat_as_a_location_stays_a_place() -> None:
    resolved = _resolve("A drone struck a base near Erbil on Monday.")
    assert [p.name for p in resolved.places.values()] == ["Erbil"] and not resolved.actors


def test_resolution_nickname_after_known_as_is_no_second_person() -> None:
    sentence = (
        "A drone strike killed Mushtaq Jawad Kazim al-Jawari, known as Abu Taqwa, a senior Harakat al-Nujaba commander."
    )
    persons = [a for a in _resolve(sentence).actors.values() if a.type == "Person"]
    assert [(p.name, {m.text for m in p.mentions}) for p in persons] == [
        ("Mushtaq Jawad Kazim al-Jawari", {"Mushtaq Jawad Kazim al-Jawari", "Abu Taqwa"})
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "surfaces"),
    [
        (
            "The gang, known locally as Quwat al-Raad (Thunder Forces), is led by a smuggler.",
            "Quwat al-Raad",
            {"Quwat al-Raad", "Thunder Forces"},
        ),
        (
            "Fighters of the Liwa Shuhada al-Sharqiya (Eastern Martyrs Brigade) clashed.",
            "Liwa Shuhada al-Sharqiya",
            {"Liwa Shuhada al-Sharqiya", "Eastern Martyrs Brigade"},
        ),
        ("The Hamza Division (Firqat al-Hamza) said.", "Hamza Division", {"Hamza Division", "Firqat al-Hamza"}),
    ],
)
def test_resolution_bracketed_name_is_an_alias_not_a_second_actor(sentence: str, name: str, surfaces: set[str]) -> None:
    resolved = _resolve(sentence)
    assert [(a.name, {m.text for m in a.mentions}) for a in resolved.actors.values()] == [(name, surfaces)]


@pytest.mark.parametrize(
    ("sentence", "place", "surface"),
    [
        ("A bomb exploded on Tal Abyad Street in Raqqa.", "Tal Abyad Street", "Tal Abyad Street"),
        ("Shells hit the Sinaa neighborhood of Hasakah.", "Sinaa", "Sinaa neighborhood"),
        ("Gunmen attacked a house in the al-Mashlab neighbourhood.", "Al-Mashlab", "al-Mashlab neighbourhood"),
        ("The militants held out in the Yarmouk Basin until 2018.", "Yarmouk Basin", "Yarmouk Basin"),
        ("ISIS cells hide in the al-Jazira desert west of Samarra.", "Jazira desert", "al-Jazira desert"),
    ],
)
def test_resolution_streets_neighbourhoods_and_natural_features(sentence: str, place: str, surface: str) -> None:
    """A street or neighbourhood is a place of its own, and a basin or valley is never the same-named settlement."""
    names = _names(_resolve(sentence))
    assert surface in names.get(place, set()), names
    assert "Yarmouk Camp" not in names and "Tell Abyad" not in names


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("Turkey regularly targets PKK positions in the region.", "Turkey"),
        ("Iran also said it would respond to any attack.", "Iran"),
        ("Russia repeatedly accused the coalition of striking civilians.", "Russia"),
    ],
)
def test_resolution_adverb_between_state_and_verb(sentence: str, state: str) -> None:
    resolved = _resolve(sentence)
    assert state in {a.name for a in resolved.actors.values()}
    assert state not in {p.name for p in resolved.places.values()}


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("Iran fired ballistic missiles at Erbil on Monday.", "Iran"),
        ("Turkey dispatched reinforcements to its bases near Idlib.", "Turkey"),
        ("Iraq carried out an airstrike on a hideout in the Hamrin mountains.", "Iraq"),
        ("Jordan raided a smuggling network on its border with Syria.", "Jordan"),
    ],
)
def test_resolution_a_country_that_fires_dispatches_carries_out_or_raids_is_the_state(
    sentence: str, state: str
) -> None:
    resolved = _resolve(sentence)
    assert state in {a.name for a in resolved.actors.values()}
    assert state not in {p.name for p in resolved.places.values()}


@pytest.mark.parametrize(
    ("sentence", "actor", "surface"),
    [
        ("Turkish strikes hit SDF positions near Kobani.", "Turkish Armed Forces", "Turkish"),
        ("Russian airstrikes pounded HTS positions near Idlib.", "Russian Aerospace Forces", "Russian"),
        ("An Israeli strike on a car killed two members of Hezbollah.", "Israel Defense Forces", "Israeli"),
        ("The Turkish ground offensive into Afrin began in January 2018.", "Turkish Armed Forces", "Turkish"),
    ],
)
def test_resolution_a_nationality_before_an_act_noun_is_the_force_that_acted(
    sentence: str, actor: str, surface: str
) -> None:
    """Only the adjective is the mention, so the act noun after it stays free to be the event's trigger."""
    names = _names(_resolve(sentence))
    assert names.get(actor) == {surface}, names


def test_resolution_refugee_camp_and_camp_are_one_place() -> None:
    resolved = _resolve("A drone struck a car near the Makhmour refugee camp; residents of the Makhmour camp fled.")
    assert [(p.name, len(p.mentions)) for p in resolved.places.values()] == [("Makhmour Camp", 2)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Britain-based Syrian Observatory for Human Rights, an opposition war monitor, put the toll at ten.",
            "Syrian Observatory for Human Rights",
        ),
        ("The Kurdish-led Raqqa Civil Council condemned the attack.", "Raqqa Civil Council"),
        ("Four members of Iran's paramilitary Revolutionary Guard were killed.", "Islamic Revolutionary Guard Corps"),
    ],
)
def test_resolution_leading_modifier_is_no_part_of_a_name(sentence: str, name: str) -> None:
    assert name in _names(_resolve(sentence))


def test_resolution_base_named_after_a_facility_is_that_facility() -> None:
    names = _names(_resolve("Drones targeted the Conoco base in eastern Deir Ezzor on Friday."))
    assert names.get("Conoco gas field") == {"Conoco base"}


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("ISIS militants attacked Jalawla and Sinuni overnight.", {"Jalawla", "Sinuni"}),
        ("Turkish jets struck Metina, Zap and Haftanin.", {"Metina", "Zap", "Haftanin"}),
        ("The last ISIS fighters surrendered in Baghouz.", {"Al-Baghuz Fawqani"}),
        ("Shells fell on Sarmada and Kabani.", {"Sarmada", "Kabani"}),
    ],
)
def test_resolution_towns_geonames_lacks_are_reference_places(sentence: str, places: set[str]) -> None:
    """Bare mentions with no cue word: only the reference can know these are places."""
    assert places <= set(_names(_resolve(sentence)))


def test_resolution_person_surname_in_a_headline_is_no_town() -> None:
    names = _names(_resolve("Attacks continue despite Baghdadi's death, officials say."))
    assert not {"Al-Baghdadi", "Baghdadi"} & set(names)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Supporters of Khaled al-Zoubi gathered in the square.", "Al-Zoubi"),
        ("Mahmoud al-Mayadini was arrested by the security forces.", "Al-Mayadin"),
        ("Nouri al-Maliki's coalition won the most seats.", "Al-Malikiyah"),
    ],
)
def test_resolution_surname_after_a_given_name_is_no_place(sentence: str, absent: str) -> None:
    assert not any(p.name == absent for p in _resolve(sentence).places.values())


@pytest.mark.parametrize("sentence", ["Fighting in al-Bab and near al-Rai continued.", "Meanwhile al-Bab was calm."])
def test_resolution_al_names_after_prepositions_and_openers_stay_places(sentence: str) -> None:
    assert "Al-Bab" in {p.name for p in _resolve(sentence).places.values()}


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("Russia, Turkey discuss Idlib truce as shelling goes on.", {"Russia", "Turkey"}),
        ("The guarantors - Russia, Iran and Turkey - discussed the situation in Idlib.", {"Russia", "Iran", "Turkey"}),
        ("Iraq arrested five suspects and Jordan closed the crossing.", {"Iraq", "Jordan"}),
    ],
)
def test_resolution_states_with_headline_and_past_tense_verbs(sentence: str, states: set[str]) -> None:
    resolved = _resolve(sentence)
    assert states <= {a.name for a in resolved.actors.values() if a.type == "State"}
    assert not states & {p.name for p in resolved.places.values()}


def test_resolution_force_backed_groups_are_the_country_umbrella_backed_by_the_force() -> None:
    resolved = _resolve("Attacks on U.S. personnel by IRGC-backed militia groups continued.")
    names = _names(resolved)
    assert names.get("Iranian-backed militias") == {"IRGC-backed militia groups"}
    assert "Islamic Revolutionary Guard Corps" in names and "United States Armed Forces" in names
    assert [r.predicate for r in resolved.relations] == ["supports"]


@pytest.mark.parametrize(
    ("sentence", "groups"),
    [
        (
            "Fighters of Liwa Shuhada al-Yarmouk clashed with Jaysh al-Ababil near the town.",
            {"Liwa Shuhada al-Yarmouk", "Jaysh al-Ababil"},
        ),
        (
            "Usbat al-Thaeerin and Alwiyat al-Waad al-Haq claimed the rocket attack.",
            {"Usbat al-Thaeerin", "Alwiyat al-Waad al-Haq"},
        ),
        ("Katibat Abu Ammara and Jund al-Sham fighters withdrew.", {"Katibat Abu Ammara", "Jund al-Sham"}),
    ],
)
def test_resolution_unknown_groups_named_with_arabic_group_words(sentence: str, groups: set[str]) -> None:
    """ "Liwa", "Jaysh", "Usbat", "Alwiyat", "Katibat", "Jund" … begin group names; a place name at the end
    ("al-Yarmouk") does not make the name a known one."""
    resolved = _resolve(sentence)
    assert groups <= {a.name for a in resolved.actors.values() if a.type == "ArmedGroup"}
    assert not resolved.places


def test_resolution_capitals_listed_around_an_appositive_act_together() -> None:
    resolved = _resolve("Moscow, the regime's main ally, and Ankara brokered the deal.")
    assert {a.name for a in resolved.actors.values()} == {"Russia", "Turkey"} and not resolved.places


@pytest.mark.parametrize(
    "sentence",
    [
        "The Security Committee met the governor at the palace.",
        "The Documentation Office recorded 45 killings during March.",
        "The Central Committee condemned the raids.",
    ],
)
def test_resolution_generic_bodies_are_not_minted(sentence: str) -> None:
    assert not _resolve(sentence).actors


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Raqqa Civil Council condemned the attack.", "Raqqa Civil Council"),
        ("The Anbar Police Command announced the arrest.", "Anbar Police Command"),
    ],
)
def test_resolution_bodies_named_by_a_place_are_minted(sentence: str, name: str) -> None:
    assert name in {a.name for a in _resolve(sentence).actors.values()}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("An American F-15 fighter jet shot down a drone over Erbil.", "United States Air Force"),
        ("Russian Su-24 bombers struck the town overnight.", "Russian Aerospace Forces"),
        ("Iraqi F-16 jets struck hideouts in the Hamrin mountains.", "Iraqi Air Force"),
    ],
)
def test_resolution_aircraft_model_between_nationality_and_role_noun(sentence: str, name: str) -> None:
    assert name in _names(_resolve(sentence))


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Army units repelled an attack on the Tal Sakher axis.", "Tal Sakher"),
        ("HTS fighters infiltrated positions on the Kafranbel axis.", "Kafr Nabl"),
    ],
)
def test_resolution_front_axis_names_its_place(sentence: str, place: str) -> None:
    """ "the X axis" is the front line at X: the place X (known or minted)."""
    assert place in _names(_resolve(sentence))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Members of the regime-affiliated National Defence Forces shelled the village in Deir Ezzor.",
            "Syrian government",
        ),
        ("Regime-backed militias entered the town near Daraa.", "Syrian pro-government militias"),
    ],
)
def test_resolution_regime_as_a_backer(sentence: str, name: str) -> None:
    assert name in _names(_resolve(sentence))
