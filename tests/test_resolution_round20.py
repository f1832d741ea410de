"""Resolution, round 20: a city's quarter named bare, Arabic village names with 'Albu', bodies named by their
portfolio alone, council members, relatives who share a family name, the army that speaks, and a nationality
before a plural act noun.

Every sentence here is written for the test (not copied from an evaluation article), with negative cases beside
the positive ones.
"""

from __future__ import annotations

from test_resolution_general import _actors, _places, _resolve

# --- "the Old City": the quarter of the city named nearest before it -------------------------------------------


def test_bare_old_city_is_the_quarter_of_the_city_named_before(reference) -> None:
    text = (
        "Troops push on in Homs\n\n"
        "Government troops advanced through the eastern districts of Homs on Tuesday, a monitor said. "
        "Rebels still hold parts of the Old City, where fighting went on overnight."
    )
    places = _places(_resolve(text, reference))
    assert places.get("Old City of Homs") == {"Old City"}, places


def test_bare_old_city_links_the_gazetteer_quarter(reference) -> None:
    text = (
        "Mosul push\n\n"
        "Iraqi forces fought their way into western Mosul on Monday. "
        "Snipers slowed the advance in the Old City, officers said."
    )
    places = _places(_resolve(text, reference))
    assert places.get("Old City of Mosul") == {"Old City"}, places


def test_old_city_named_with_its_city_is_read_as_written(reference) -> None:
    text = (
        "Clashes\n\n"
        "Fighting broke out in Homs on Monday. Police closed the gates of Jerusalem's Old City the same day."
    )
    places = _places(_resolve(text, reference))
    assert "Old City of Homs" not in places, places


def test_bab_al_tob_is_a_quarter_of_mosul(reference) -> None:
    text = "Mosul\n\nPolice units retook the Bab al-Tob market area in Mosul on Sunday, officers said."
    result = _resolve(text, reference)
    places = {p.name: p for p in result.places.values()}
    assert "Bab al-Tob" in places, sorted(places)
    assert not any(name.endswith("Market") for name in places), sorted(places)


# --- "Albu X": an Iraqi village named after a tribal house -----------------------------------------------------


def test_albu_names_after_in_are_villages(reference) -> None:
    text = (
        "Villages overrun east of Ramadi\n\n"
        "Car bombs struck army posts in Albu Khalaf, Albu Mirzah and al-Dawaya on Monday, officers said."
    )
    result = _resolve(text, reference)
    places = {p.name: p.type for p in result.places.values()}
    assert places.get("Albu Khalaf") == "Village", places
    assert places.get("Albu Mirzah") == "Village", places
    assert "Al-Dawaya" in places, places


# --- ministries named by their portfolio in the story's country ----------------------------------------------


def test_bare_ministry_of_migration_in_an_iraqi_story(reference) -> None:
    text = (
        "Families flee Anbar\n\n"
        "Islamic State militants attacked army posts near Ramadi in Iraq's Anbar province on Monday. "
        "More than 500 families fled towards Baghdad, the Ministry of Migration said."
    )
    actors = _actors(_resolve(text, reference))
    assert actors.get("Iraqi Ministry of Migration and Displacement") == {"Ministry of Migration"}, actors


def test_bare_ministry_of_public_health_in_a_lebanese_story(reference) -> None:
    text = (
        "Shells hit Hermel\n\n"
        "Shells fired from Syria hit a village near Hermel in Lebanon on Monday. "
        "Three people were wounded, the Ministry of Public Health said."
    )
    actors = _actors(_resolve(text, reference))
    assert actors.get("Lebanese Ministry of Public Health") == {"Ministry of Public Health"}, actors


# --- persons after "member" and relatives named with one family name ------------------------------------------


def test_council_member_before_a_name_is_a_title(reference) -> None:
    text = (
        "Toll rises\n\n"
        "Salahuddin provincial council member Khalid al-Jubouri said nine policemen were killed on Monday."
    )
    actors = _actors(_resolve(text, reference))
    assert actors.get("Khalid al-Jubouri") == {"Khalid al-Jubouri"}, actors


def test_two_given_names_share_the_family_name(reference) -> None:
    text = (
        "Drone strike\n\n"
        "Two villagers were killed when a drone struck their car near Amedi on Sunday. "
        "The two men, brothers named as Karwan and Rebwar Saleh, were driving home from their fields."
    )
    actors = _actors(_resolve(text, reference))
    assert "Karwan Saleh" in actors, actors
    assert "Rebwar Saleh" in actors, actors
    assert "Karwan" not in actors, actors


# --- "the army said": a country's army, never a paramilitary named before ------------------------------------


def test_speaking_army_is_no_paramilitary_named_before(reference) -> None:
    text = (
        "Town retaken\n\n"
        "Iraqi troops and the Popular Mobilization Forces took control of Saqlawiyah on Friday. "
        "The army said its aircraft had killed 20 militants in strikes west of the town."
    )
    actors = _actors(_resolve(text, reference))
    assert "The army" in actors.get("Iraqi Army", set()), actors
    assert "The army" not in actors.get("Popular Mobilization Forces", set()), actors


# --- a nationality before a plural act noun --------------------------------------------------------------------


def test_nationality_before_bombardments_names_the_force(reference) -> None:
    text = "Monitor\n\nA monitoring group recorded 87 Turkish bombardments in Duhok province in March."
    actors = _actors(_resolve(text, reference))
    assert actors.get("Turkish Armed Forces") == {"Turkish"}, actors


# --- a bare ministry in a digest item takes the country of the actor its item names ---------------------------


def test_bare_ministry_in_a_digest_item_is_the_items_country(reference) -> None:
    text = (
        "Weekly security digest\n\n"
        "Strikes in Duhok - The Turkish Ministry of National Defense said on March 3 that its jets had hit PKK "
        "positions in the Zap region.\n\n"
        "Anbar: Iraqi Army moves on the Syrian border - On March 4, the Ministry of Defense announced that two "
        "brigades had reached al-Qaim."
    )
    actors = _actors(_resolve(text, reference))
    assert actors.get("Iraqi Ministry of Defence") == {"Ministry of Defense"}, actors
