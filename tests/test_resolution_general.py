"""General resolution behaviours on small hand-written articles: descriptive umbrella actors, reference
organisations, publishers naming themselves, place context and minted places."""

from __future__ import annotations

from kg.articles import ArticleMetadata, article_from_text
from kg.model import Decision
from kg.resolution import resolve_mentions


def _resolve(text: str, reference, publisher: str | None = None):
    metadata = ArticleMetadata(publisher=publisher) if publisher else None
    return resolve_mentions(article_from_text(text, metadata), reference)


def _actors(result) -> dict[str, set[str]]:
    return {a.name: {m.text for m in a.mentions} for a in result.actors.values()}


def _places(result) -> dict[str, set[str]]:
    return {p.name: {m.text for m in p.mentions} for p in result.places.values()}


# --- actors ------------------------------------------------------------------------------------------------


def test_backed_group_is_an_actor_and_names_its_backing_state(reference) -> None:
    text = (
        "Rockets hit base\n\n"
        "Iran-backed militias fired rockets at the base in Anbar province, Iraqi officials said. "
        "Pro-Iranian militias later denied it."
    )
    result = _resolve(text, reference)
    actors = _actors(result)
    assert actors["Iranian-backed militias"] == {"Iran-backed militias", "Pro-Iranian militias"}
    assert actors["Iran"] == {"Iran", "Iranian"}
    iran = next(a for a in result.actors.values() if a.name == "Iran")
    assert iran.type == "State"
    assert not any(p.name == "Iran" for p in result.places.values())
    supports = [r for r in result.relations if r.predicate == "supports"]
    assert supports and supports[0].subject_iri == iran.iri
    assert supports[0].evidence.quote == "Iran-backed militias"
    # spans never overlap: the state is a mention nested in the group's span, not a span of its own
    assert [s.text for s in result.spans if s.kind == "actor"] == ["Iran-backed militias", "Pro-Iranian militias"]


def test_description_after_another_nationality_is_not_the_context_country(reference) -> None:
    text = (
        "Strikes on Damascus\n\n"
        "Syrian air defenses intercepted most of the missiles over Damascus, the army said. "
        "Israeli air defenses were put on alert. Our air defenses downed two drones near Homs in Syria."
    )
    result = _resolve(text, reference)
    air = next(a for a in result.actors.values() if a.name == "Syrian Air Defense Forces")
    assert {m.text for m in air.mentions} == {"Syrian air defenses", "air defenses"}
    assert len(air.mentions) == 2  # "Israeli air defenses" is not the Syrian air defence


def test_reference_bodies_with_their_parents(reference) -> None:
    text = (
        "Airstrikes in Hamrin\n\n"
        "Iraqi army aviation struck ISIS hideouts in the Hamrin mountains, the Iraqi Security Media Cell said. "
        "The Ministry of Peshmerga said the Foreign and Expatriates Ministry had not commented."
    )
    result = _resolve(text, reference)
    by_name = {a.name: a for a in result.actors.values()}
    names = {a.iri: a.name for a in reference.actors.values()}
    assert names[by_name["Security Media Cell"].parent_iri] == "Iraqi Joint Operations Command"
    assert names[by_name["Iraqi Army Aviation"].parent_iri] == "Iraqi Army"
    assert names[by_name["Ministry of Peshmerga"].parent_iri] == "Kurdistan Regional Government"
    assert "Syrian Foreign Ministry" in by_name
    assert all(a.decision == Decision.LINKED for a in by_name.values())


def test_publisher_naming_itself_by_any_of_its_names_is_no_actor(reference) -> None:
    text = (
        "Search operation in Diyala\n\n"
        "A security source told Shafaq News Agency that the PMF combed three villages. "
        "Reuters, citing the source, said ISIS cells fled."
    )
    actors = _actors(_resolve(text, reference, publisher="Shafaq News"))
    assert "Shafaq News" not in actors
    assert "Reuters" in actors  # another outlet is an actor
    dateline = "Strikes on the capital\n\nDamascus, SANA – Two people were killed in the city of Damascus."
    result = _resolve(dateline, reference, publisher="SANA")
    assert "SANA" not in _actors(result) and "Syria" not in _actors(result)  # "Damascus, SANA" is no list of actors
    assert "Damascus" in _places(result)


def test_modifier_and_disclaimer_names_are_no_mentions(reference) -> None:
    text = (
        "Monitor reports toll\n\n"
        "The Syrian Observatory for Human Rights, a UK-based war monitor, said militants of the Hayat Tahrir "
        "al-Sham terrorist group (banned in Russia) shelled the town. Turkey and the UK condemned it."
    )
    result = _resolve(text, reference)
    uk = [m.text for a in result.actors.values() if a.name == "United Kingdom" for m in a.mentions]
    assert uk == ["UK"]  # the second one only: "UK-based" is a modifier
    assert "Russia" not in _places(result) and "Russia" not in _actors(result)


def test_governing_phrases_make_a_country_or_capital_the_state(reference) -> None:
    text = (
        "Idlib zone\n\n"
        "Idlib remains beyond the control of Damascus. Nine militiamen affiliated with Iran were killed in Syria."
    )
    result = _resolve(text, reference)
    actors = _actors(result)
    assert actors["Syrian government"] == {"Damascus"} and actors["Iran"] == {"Iran"}
    assert "Iran" not in _places(result) and "Syria" in _places(result)


def test_unknown_names_in_apposition_and_with_a_nickname(reference) -> None:
    text = (
        "Commander killed in Daraa\n\n"
        "Khaled al-Zoubi, known as “Abu Yamen”, died instantly, according to the Horan Valley Monitor, a local "
        "media network. The Qamishli Research Collective (QRC), a Qamishlo-based research group, confirmed it. "
        "Al-Zoubi had led a faction of the Free Syrian Army."
    )
    result = _resolve(text, reference)
    by_name = {a.name: a for a in result.actors.values()}
    zoubi = by_name["Khaled al-Zoubi"]
    assert zoubi.type == "Person" and {m.text for m in zoubi.mentions} == {"Khaled al-Zoubi", "Abu Yamen", "Al-Zoubi"}
    assert by_name["Horan Valley Monitor"].type == "MediaOutlet"
    collective = by_name["Qamishli Research Collective"]
    assert collective.type == "MonitoringGroup" and {m.text for m in collective.mentions} == {
        "Qamishli Research Collective",
        "QRC",
    }


def test_members_of_a_known_group_in_apposition_are_that_group(reference) -> None:
    # "Fighters of X, an … faction of Y" opens a sentence: the capitalised run is no new organisation
    text = (
        "Militia joins operation\n\n"
        "Fighters of Asaib Ahl al-Haq, an Iran-aligned faction of the Popular Mobilization Forces, took part. "
        "Members of the Badr Organization, a rival faction, stayed away."
    )
    actors = _actors(_resolve(text, reference))
    assert "Asaib Ahl al-Haq" in actors["Asa'ib Ahl al-Haq"]
    assert not any(name.startswith(("Fighters", "Members")) for name in actors)


def test_a_fronted_place_is_no_list_item_and_a_missing_military_role_falls_back_to_the_forces(reference) -> None:
    text = (
        "Drone downed\n\n"
        "In Iraq, the Security Media Cell said Iraqi air defences shot down a drone near Baghdad airport. "
        "At Damascus, the Syrian Arab Army said nothing."
    )
    result = _resolve(text, reference)
    actors, places = _actors(result), _places(result)
    assert "Iraq" not in actors and "Iraq" in places  # "In Iraq, the …" opens the sentence with a place
    assert "Syria" not in actors and "Damascus" in places
    assert actors["Iraqi Security Forces"] == {"Iraqi air defences"}  # Iraq has no air-defence entry of its own


def test_organisation_name_ends_at_its_cue_and_lower_case_units_need_an_owner(reference) -> None:
    text = (
        "PMF search operation\n\n"
        "Units of the PMF's 20th and 37th brigades, backed by the Diyala Operations Command of the Iraqi army, "
        "combed the area, according to the Anbar Police Command. The 5th division was not involved."
    )
    result = _resolve(text, reference)
    names = {a.iri: a.name for a in [*reference.actors.values(), *result.actors.values()]}
    by_name = {a.name: a for a in result.actors.values()}
    assert names[by_name["PMF 37th Brigade"].parent_iri] == "Popular Mobilization Forces"
    assert {m.text for m in by_name["PMF 37th Brigade"].mentions} == {"37th brigades"}
    assert "PMF 20th Brigade" in by_name
    assert names[by_name["Diyala Operations Command"].parent_iri] == "Iraqi Army"
    assert "Anbar Police Command" in by_name  # the sentence's full stop is not part of the name
    assert not any(a.unit_number == 5 for a in result.actors.values())


# --- places ------------------------------------------------------------------------------------------------


def test_facilities_named_after_places(reference) -> None:
    text = (
        "Rockets hit base\n\n"
        "Rockets landed on Iraq's Ain al-Asad air base. A drone struck near Erbil international airport. "
        "The wounded were taken to Baqubah General Hospital and later to al-Razi and al-Noor hospitals."
    )
    result = _resolve(text, reference)
    places = _places(result)
    assert places["Ain al-Asad Air Base"] == {"Ain al-Asad air base"}
    assert places["Erbil International Airport"] == {"Erbil international airport"}
    assert "Iraq" in places and "Erbil" not in places and "Baqubah" not in places
    hospital = next(p for p in result.places.values() if p.name == "Baqubah General Hospital")
    assert hospital.decision == Decision.NEW and hospital.type == "Facility"
    assert reference.places[hospital.parent_iri].name == "Baqubah"
    assert places["Al-Razi Hospital"] == {"al-Razi"} and places["Al-Noor Hospital"] == {"al-Noor"}


def test_deserts_of_places_and_established_compass_regions(reference) -> None:
    text = (
        "Airstrikes in the desert\n\n"
        "Russian warplanes struck hideouts in the desert of al-Mayadin and in the Al-Sukhnah desert. "
        "Drones were seen over northeast Syria and eastern Syria, and over northern Iraq."
    )
    result = _resolve(text, reference)
    places = _places(result)
    by_name = {p.name: p for p in result.places.values()}
    assert places["Al-Mayadin desert"] == {"desert of al-Mayadin"}
    assert reference.places[by_name["Al-Mayadin desert"].parent_iri].name == "Deir ez-Zor Governorate"
    assert places["Al-Sukhnah desert"] == {"Al-Sukhnah desert"}
    assert places["Northeast Syria"] == {"northeast Syria"} and places["Northern Iraq"] == {"northern Iraq"}
    # "eastern Syria" is where the story is: a new region inside Syria (as eval/dev and eval/dev2 annotate it)
    assert places["Eastern Syria"] == {"eastern Syria"} and "Syria" not in places
    assert reference.places[by_name["Eastern Syria"].parent_iri].name == "Syria"


def test_a_place_the_text_puts_elsewhere_is_not_a_same_named_reference_place(reference) -> None:
    # "Hadar" is also a GeoNames alias of Hatra in Nineveh (Iraq); the text puts this Hadar in Quneitra
    text = "Shelling in Quneitra\n\nThe army shelled the outskirts of the town of Hadar in Quneitra countryside."
    result = _resolve(text, reference)
    hadar = next(p for p in result.places.values() if {m.text for m in p.mentions} == {"Hadar"})
    assert hadar.name == "Hadar" and hadar.decision == Decision.NEW and hadar.lat is None
    assert reference.places[hadar.parent_iri].name == "Quneitra Governorate"


def test_unknown_villages_become_new_places_with_their_stated_container(reference) -> None:
    text = (
        "Raid in Idlib\n\n"
        "He blew himself up during a raid on his hideout near Barisha, in Syria’s Idlib province, on Oct. 26. "
        "Three Peshmerga were killed near Abu Saida on November 13. Warplanes struck the area of Faydat Ibn "
        "Muwaynie and the village of Tal Jumaa in Hasakah province. Clashes near Russian positions and near "
        "Washington were reported in October."
    )
    result = _resolve(text, reference)
    by_name = {p.name: p for p in result.places.values()}
    for name in ("Barisha", "Abu Saida", "Faydat Ibn Muwaynie", "Tal Jumaa"):  # names the reference lacks
        assert by_name[name].decision == Decision.NEW and by_name[name].lat is None, name
    assert reference.places[by_name["Barisha"].parent_iri].name == "Idlib Governorate"
    assert reference.places[by_name["Tal Jumaa"].parent_iri].name == "Al-Hasakah Governorate"
    assert by_name["Tal Jumaa"].type == "Village"
    assert not {"Russian", "October", "Oct"} & set(by_name)
    assert by_name["Washington"].decision == Decision.LINKED  # a known capital, not a new place


def test_city_or_governorate_by_list_and_by_point_of_reference(reference) -> None:
    text = (
        "ISIS attacks\n\n"
        "Kirkuk province saw 29 attacks. Fighters stormed a post near the village of al-Rashad, southwest of "
        "Kirkuk. The group keeps cells between Kirkuk, Salahuddin and Diyala."
    )
    result = _resolve(text, reference)
    spans = [(s.text, result.places[s.iri].name) for s in result.spans if s.kind == "place" and "Kirkuk" in s.text]
    assert spans == [
        ("Kirkuk province", "Kirkuk Governorate"),
        ("Kirkuk", "Kirkuk"),
        ("Kirkuk", "Kirkuk Governorate"),
    ]
    rashad = next(p for p in result.places.values() if p.name == "Al-Rashad")
    assert reference.places[rashad.parent_iri].name == "Kirkuk Governorate"  # next to Kirkuk: its governorate


def test_backed_groups_with_a_modifier_or_a_nationality_and_byline_credits(reference) -> None:
    text = (
        "Militias redeploy\n\n"
        "Iran-backed Shiite militias and Iranian militias redeployed near Albu Kamal, a source told North Press. "
        "(Reporting by Baghdad newsroom)"
    )
    result = _resolve(text, reference, publisher="North Press")
    actors = _actors(result)
    assert actors["Iranian-backed militias"] == {"Iran-backed Shiite militias", "Iranian militias"}
    assert "North Press Agency" not in actors  # the publisher naming itself
    assert "Iraq" not in actors and "Baghdad" not in _places(result)  # a byline credit
    other = _actors(_resolve(text, reference, publisher="Reuters"))
    assert other["North Press Agency"] == {"North Press"}


def test_reference_places_for_hideouts_and_camps(reference) -> None:
    text = (
        "Operation in the Hamrin mountains\n\n"
        "Iraqi forces combed the Hamrin mountains, Wadi al-Shay and the Mutaibijah basin, while families were "
        "moved from al-Hol camp."
    )
    places = {p.name: p for p in _resolve(text, reference).places.values()}
    for name in ("Hamrin Mountains", "Wadi al-Shay", "Mutaibijah", "Al-Hol camp"):
        assert places[name].decision == Decision.LINKED, name
    assert "Al-Hawl" not in places  # the camp, not the town


def test_reworded_reference_names_and_parenthesised_aliases(reference) -> None:
    text = (
        "Drone strike near Kobani\n\n"
        "Two members of the Internal Security Forces (Asayish) were killed, the Military Council of Manbij said. "
        "Turkey's Defense Ministry said its forces neutralised 12 militants. Ankara regards the YPG as the PKK."
    )
    result = _resolve(text, reference)
    actors = _actors(result)
    assert actors["Asayish"] == {"Internal Security Forces", "Asayish"}
    assert actors["Manbij Military Council"] == {"Military Council of Manbij"}
    assert actors["Turkish Ministry of National Defence"] == {"Turkey's Defense Ministry"}
    assert actors["Turkey"] == {"Ankara"} and "Ankara" not in _places(result)


def test_listed_villages_share_their_stated_container_and_distances_are_no_names(reference) -> None:
    text = (
        "Shelling near Tal Tamr\n\n"
        "Turkish forces shelled the villages of Um al-Kaif and Tal Tawil in the countryside of Tal Tamr. "
        "A drone hit a car in the village of Kharab Ato, 10 km east of Kobani."
    )
    result = _resolve(text, reference)
    by_name = {p.name: p for p in result.places.values()}
    assert "10" not in by_name
    for name in ("Um al-Kaif", "Tal Tawil"):
        assert reference.places[by_name[name].parent_iri].name == "Al-Hasakah Governorate", name
    assert reference.places[by_name["Kharab Ato"].parent_iri].name == "Aleppo Governorate"


def test_iraqi_units_commands_and_police_get_their_parents(reference) -> None:
    text = (
        "Search operation in Salahuddin\n\n"
        "The Salahuddin Operations Command said its forces, backed by the PMF's 51st Brigade and the Kirkuk Police "
        "Directorate, searched the Tharthar valley in Iraq."
    )
    result = _resolve(text, reference)
    names = {a.iri: a.name for a in [*reference.actors.values(), *result.actors.values()]}
    by_name = {a.name: a for a in result.actors.values()}
    assert names[by_name["PMF 51st Brigade"].parent_iri] == "Popular Mobilization Forces"
    assert names[by_name["Salahuddin Operations Command"].parent_iri] == "Iraqi Army"
    assert names[by_name["Kirkuk Police Directorate"].parent_iri] == "Iraqi Ministry of Interior"
    valley = next(p for p in result.places.values() if {m.text for m in p.mentions} == {"Tharthar valley"})
    assert valley.decision == Decision.NEW  # not "Lake Tharthar", one spelling step away


def test_damascus_countryside_and_a_capital_standing_for_its_government(reference) -> None:
    text = (
        "Missiles over Damascus\n\n"
        "Missiles struck the southern countryside of Damascus and rural Damascus. Damascus condemned the "
        "Tel Aviv regime at the United Nations."
    )
    result = _resolve(text, reference)
    places, actors = _places(result), _actors(result)
    assert places["Rif Dimashq Governorate"] == {"Damascus"}
    assert "Damascus Governorate" not in places
    assert actors["Israeli government"] == {"Tel Aviv regime"} and "Tel Aviv" not in places
    assert actors["Syrian government"] == {"Damascus"}


def test_unknown_names_before_place_words_in_any_case(reference) -> None:
    text = (
        "Shelling in northern Aleppo\n\n"
        "Turkish forces shelled Sheikh Issa village in northern Aleppo countryside and Russian jets struck the "
        "Latakia Mountains. Kurdish villages were evacuated."
    )
    result = _resolve(text, reference)
    by_name = {p.name: p for p in result.places.values()}
    assert by_name["Sheikh Issa"].type == "Village" and by_name["Sheikh Issa"].decision == Decision.NEW
    assert reference.places[by_name["Sheikh Issa"].parent_iri].name == "Aleppo Governorate"
    mountains = by_name["Latakia Mountains"]
    assert mountains.decision == Decision.NEW and reference.places[mountains.parent_iri].name == "Latakia Governorate"
    assert "Latakia" not in by_name and "Kurdish" not in by_name


def test_kurdish_led_forces_and_a_state_with_its_allies(reference) -> None:
    text = (
        "Offensive in northern Syria\n\n"
        "Syrian troops deployed near Tal Tamr in Syria after Turkey and its Syrian proxies launched an offensive "
        "against Kurdish-led forces."
    )
    result = _resolve(text, reference)
    actors = _actors(result)
    assert actors["Syrian Democratic Forces"] == {"Kurdish-led forces"}
    assert actors["Turkey"] == {"Turkey"} and "Turkey" not in _places(result)


def test_ministries_of_a_possessive_country_and_places_starting_a_sentence(reference) -> None:
    text = (
        "Turkish strikes in Duhok\n\n"
        "The Kurdistan Region Presidency called for calm. Iraq's foreign ministry summoned the Turkish envoy, and "
        "Russia's defence ministry said its jets struck the Metina and Zap areas near the Qandil mountains."
    )
    result = _resolve(text, reference)
    actors, places = _actors(result), _places(result)
    assert actors["Kurdistan Region Presidency"] == {"Kurdistan Region Presidency"}
    assert actors["Iraqi Foreign Ministry"] == {"Iraq's foreign ministry"}
    assert actors["Russian Ministry of Defence"] == {"Russia's defence ministry"}
    assert "Kurdistan Region" not in places  # the start of the presidency's name, not a place mention
    assert places["Metina"] == {"Metina"} and places["Zap"] == {"Zap"}
    assert places["Qandil Mountains"] == {"Qandil mountains"}


def test_numbered_units_written_number_last_or_placed_by_their_sentence(reference) -> None:
    text = (
        "Attacks on the Hashd\n\n"
        "Militants ambushed a patrol of Brigade 23 of the Hashd near Tarmiyah. A day later an IED struck a "
        "vehicle of the 52nd Brigade, one of the PMF's Turkmen units, near Tuz Khurmatu in Iraq. "
        "Brigade 5 was not involved."
    )
    result = _resolve(text, reference)
    names = {a.iri: a.name for a in [*reference.actors.values(), *result.actors.values()]}
    by_name = {a.name: a for a in result.actors.values()}
    assert by_name["PMF 23rd Brigade"].decision == Decision.LINKED
    assert {m.text for m in by_name["PMF 23rd Brigade"].mentions} == {"Brigade 23"}
    assert names[by_name["PMF 52nd Brigade"].parent_iri] == "Popular Mobilization Forces"
    assert not any(a.unit_number == 5 for a in result.actors.values())


def test_unknown_names_listed_with_known_places_are_places(reference) -> None:
    text = (
        "IED on the Yankija road\n\n"
        "An IED struck a vehicle on the road between Tuz Khurmatu and Yankija. Officials in Baghdad and Washington "
        "and the embassy in the Green Zone were informed."
    )
    result = _resolve(text, reference)
    by_name = {p.name: p for p in result.places.values()}
    assert by_name["Yankija"].decision == Decision.NEW
    assert by_name["Green Zone"].decision == Decision.LINKED
    assert not any(p.decision == Decision.NEW and p.name != "Yankija" for p in result.places.values())


def test_backing_adjectives_are_the_state_and_say_nothing_about_borders(reference) -> None:
    text = (
        "Assassinations in Daraa\n\n"
        "Iran-backed Hezbollah is expanding its influence near the Jordanian border in Daraa, activists said."
    )
    result = _resolve(text, reference)
    actors, places = _actors(result), _places(result)
    assert actors["Hezbollah"] == {"Hezbollah"} and actors["Iran"] == {"Iran"}
    assert "Iran" not in places
    assert places["Syria–Jordan border"] == {"Jordanian border"}


def test_a_list_set_off_by_dashes_still_acts_and_talks_venues_are_places(reference) -> None:
    text = (
        "Idlib talks\n\n"
        "The guarantor countries - Russia, Iran and Turkey - agreed in Sochi to set up a zone in Idlib province."
    )
    result = _resolve(text, reference)
    actors, places = _actors(result), _places(result)
    assert {"Russia", "Iran", "Turkey"} <= set(actors)
    assert not {"Russia", "Iran", "Turkey"} & set(places)
    sochi = next(p for p in result.places.values() if p.name == "Sochi")
    assert sochi.decision == Decision.LINKED and sochi.lat is not None


def test_rights_organisations_are_monitors_and_faction_nicknames_link(reference) -> None:
    text = (
        "Kidnappings in Afrin\n\n"
        "According to the Afrin Human Rights Organization, the al-Hamzat faction kidnapped five civilians, and the "
        "Afrin Liberation Forces (HRE) attacked a Turkish post."
    )
    result = _resolve(text, reference)
    by_name = {a.name: a for a in result.actors.values()}
    assert by_name["Afrin Human Rights Organization"].type == "MonitoringGroup"
    assert {m.text for m in by_name["Hamza Division"].mentions} == {"al-Hamzat"}
    assert {m.text for m in by_name["Afrin Liberation Forces"].mentions} == {"Afrin Liberation Forces", "HRE"}


def test_new_places_need_a_real_list_or_cue_and_never_are_titles_or_generic_words(reference) -> None:
    text = (
        "Coalition bases attacked\n\n"
        "Rockets fell near Coalition bases and near Camp Speicher. In Iraq, Austin said the attacks would not go "
        "unanswered. In Syria, Prime Minister Hussein Arnous visited Aleppo. Drones flew between Mosul and "
        "Imam Gharbi."
    )
    result = _resolve(text, reference)
    new = {p.name for p in result.places.values() if p.decision == Decision.NEW}
    assert new == {"Imam Gharbi"}
    assert "Camp Speicher" in {p.name for p in result.places.values()}  # a reference base now (places-supplement)


def test_where_a_reporter_sat_is_no_place_of_the_story(reference) -> None:
    text = (
        "Rockets hit base\n\n"
        "Rockets hit a base in Anbar province, officials said.\n\n"
        "(Reporting by Baghdad newsroom; Additional reporting by Amina Ismail in Erbil; Editing by Peter Graff)"
    )
    places = _places(_resolve(text, reference))
    assert "Erbil" not in places and "Baghdad" not in places and "Anbar Governorate" in places


def test_guardian_style_isis_and_a_community_before_city_is_no_place(reference) -> None:
    text = (
        "Kobani fighting\n\n"
        "Islamic State (Isis) fighters stormed Kobani on Monday. Isis raised its flag over the hill. "
        "Peshmerga later entered the Yezidi city of Sinjar."
    )
    result = _resolve(text, reference)
    assert "Isis" in _actors(result)["Islamic State"]
    assert "Yezidi" not in _places(result)


def test_a_party_to_a_deal_struck_reached_or_brokered_is_the_state(reference) -> None:
    text = (
        "Patrols begin\n\n"
        "Russian police began patrolling near Kobani under a deal struck with Ankara. The first deployment came "
        "under an accord reached with Turkey, after a truce brokered by the United States. Refugees fled into Turkey."
    )
    result = _resolve(text, reference)
    actors, places = _actors(result), _places(result)
    assert "Ankara" in actors["Turkey"] and "Turkey" in actors["Turkey"]
    assert "United States" in actors["United States"]
    assert "Turkey" in places  # "fled into Turkey": the territory
