"""Resolution, round 22: reference gaps of coalition members and their bodies (Canada), a Turkish prime
minister, the Tomb of Suleyman Shah and its village, China as a place, and the local name of an Erbil suburb.

Every sentence here is written for the test (not copied from an evaluation article), with negative cases beside
the positive ones.
"""

from __future__ import annotations

from test_resolution_general import _actors, _places, _resolve

# --- Canada: a coalition member, its air force, its defence department and its capital ----------------------------


def test_canada_and_its_bodies_are_reference_actors(reference) -> None:
    text = (
        "Jets hit depot near Hit\n\n"
        "Two Royal Canadian Air Force jets bombed a depot near Hit on Tuesday, the Department of National Defence "
        "told reporters in Ottawa. Canada has flown missions over Iraq since last year."
    )
    result = _resolve(text, reference)
    actors = _actors(result)
    assert "Royal Canadian Air Force" in actors, actors
    assert "Department of National Defence" in actors, actors
    assert "Canada" in actors, actors
    assert "Ottawa" in _places(result), _places(result)


def test_coalition_member_list_names_canada_as_a_state(reference) -> None:
    text = (
        "Strikes continue\n\n"
        "An alliance that includes Canada, Denmark and Australia kept bombing positions west of Ramadi on Friday."
    )
    actors = _actors(_resolve(text, reference))
    assert actors.get("Canada") == {"Canada"}, actors


# --- a Turkish prime minister -------------------------------------------------------------------------------------


def test_davutoglu_is_a_reference_person_with_or_without_the_breve(reference) -> None:
    for spelling in ("Ahmet Davutoğlu", "Ahmet Davutoglu"):
        text = f"Ankara warns\n\nPrime Minister {spelling} said on Monday that Turkey would protect its soldiers."
        actors = _actors(_resolve(text, reference))
        assert "Ahmet Davutoğlu" in actors, (spelling, actors)


# --- the Tomb of Suleyman Shah and Qara Qozak ----------------------------------------------------------------------


def test_suleyman_shah_tomb_and_its_village_are_places(reference) -> None:
    text = (
        "Guards relieved\n\n"
        "A convoy reached the Suleyman Shah tomb on Saturday night after jihadists had taken Qarah Qawzak and "
        "other hamlets around it."
    )
    places = _places(_resolve(text, reference))
    assert "Tomb of Suleyman Shah" in places, places
    assert "Qara Qozak" in places, places
    assert "Qarah" not in places, places


# --- China as a place ------------------------------------------------------------------------------------------------


def test_china_is_a_country_place(reference) -> None:
    text = "Foreign fighters\n\nSeveral of the militants killed near Idlib had come from China through Turkey."
    assert "China" in _places(_resolve(text, reference))


# --- Ankawa, the Christian suburb of Erbil, by its usual name ---------------------------------------------------------


def test_ankawa_is_the_canonical_name_of_the_erbil_suburb(reference) -> None:
    text = "Shots in Erbil\n\nA gunman opened fire at a cafe in Ankawa on Sunday evening, police said."
    places = _places(_resolve(text, reference))
    assert "Ankawa" in places, places
    assert "Aynkawah" not in places, places


# --- Gaza, the Palestinian territory --------------------------------------------------------------------------------


def test_bare_gaza_is_the_gaza_strip(reference) -> None:
    text = (
        "Drone attack\n\n"
        "An armed faction claimed a drone attack on a base in Anbar, saying it acted over the war in Gaza."
    )
    places = _places(_resolve(text, reference))
    assert places.get("Gaza Strip") == {"Gaza"}, places


# --- Al-Rasafa in Raqqa, not Baghdad's al-Rusafa ------------------------------------------------------------------


def test_rasafa_is_the_raqqa_town(reference) -> None:
    for text in (
        "Desert ambush\n\nA column of buses left al-Rasafa for Tabqa on Monday.",
        "Cells active\n\nISIS cells remain active around Resafa, and jets struck their hideouts there on Monday.",
    ):
        places = _places(_resolve(text, reference))
        assert "Al-Rasafa" in places, (text, places)


# --- a Turkish province's governor's office is its governorship ---------------------------------------------------


def test_governors_office_of_a_turkish_province_is_its_governorship(reference) -> None:
    for province, name in (("Sanliurfa", "Şanlıurfa Governor's Office"), ("Hatay", "Hatay Governor's Office")):
        text = (
            f"Shells land in Turkey\n\nThe {province} Governor's Office said two mortar rounds fired from Syria "
            "fell in a field."
        )
        result = _resolve(text, reference)
        actors = _actors(result)
        assert name in actors, (province, actors)
        assert "Governor's Office" not in actors, actors
        assert not {"Şanlıurfa", "Hatay"} & set(_places(result)), _places(result)


def test_governors_office_of_an_iraqi_province_is_not_a_turkish_governorship(reference) -> None:
    text = "Curfew\n\nThe Anbar Governor's Office announced a curfew in Ramadi on Friday."
    actors = _actors(_resolve(text, reference))
    assert "Anbar Governor's Office" in actors, actors


# --- 'the former regime' in Syria after 2024 ------------------------------------------------------------------------


def test_former_regime_in_syria_is_the_syrian_government(reference) -> None:
    text = (
        "Checkpoint attacked near Latakia\n\n"
        "Interior ministry officials in Syria blamed remnants of the ousted regime for an attack on a checkpoint "
        "near Latakia on Sunday."
    )
    actors = _actors(_resolve(text, reference))
    assert "Syrian government" in actors, actors


def test_former_regime_in_iraq_is_not_the_syrian_government(reference) -> None:
    text = "Archive opened\n\nIraqi officials in Baghdad opened files of the former regime's security services."
    actors = _actors(_resolve(text, reference))
    assert "Syrian government" not in actors, actors


# --- a bare 'the border' between the two countries a story is about ---------------------------------------------


def test_bare_border_after_along_or_from_is_the_border_of_the_two_countries(reference) -> None:
    text = (
        "Shelling on the frontier\n\n"
        "Turkish howitzers shelled Kurdish positions around Ras al-Ain in Syria on Monday. Ankara wants the "
        "fighters to pull back 30 kilometres from the border, and its tanks are massed along the border."
    )
    places = _places(_resolve(text, reference))
    assert "Syria–Turkey border" in places, places


def test_far_from_or_near_the_border_is_no_border_mention(reference) -> None:
    text = (
        "Drone strikes deep inside Iraq\n\n"
        "Turkish drones have struck PKK targets in Iraq far from the border, and a village near the border was "
        "emptied."
    )
    places = _places(_resolve(text, reference))
    assert not any(name.endswith("border") for name in places), places


def test_bare_border_without_two_neighbouring_countries_is_nothing(reference) -> None:
    text = "Patrol\n\nAmerican troops in Iraq patrolled along the border on Monday, officials said."
    places = _places(_resolve(text, reference))
    assert not any(name.endswith("border") for name in places), places


# --- a rank word opening a body's name ----------------------------------------------------------------------------


def test_a_body_named_with_a_rank_word_is_no_person(reference) -> None:
    # "General" is a rank, but "General Intelligence Directorate" names a body: no person "Intelligence Directorate"
    text = (
        "Officer killed\n\n"
        "Gunmen shot dead an officer of the General Intelligence Directorate on Sunday night near Inkhil, local "
        "sources said."
    )
    result = _resolve(text, reference)
    assert not [a for a in result.actors.values() if a.type == "Person"], _actors(result)
