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


@pytest.mark.parametrize(
    "body, kinds",
    [
        (
            "Russian warplanes bombed two hospitals in the besieged eastern neighborhoods of Aleppo on Monday.",
            ["Airstrike"],
        ),
        ("Regime jets pounded a market in besieged Douma on Monday, killing six civilians.", ["Airstrike"]),
        ("Government forces besieged the town of Madaya in early July.", ["Other"]),
        ("Regime forces and their allies have encircled the eastern part of Aleppo since July.", ["Other"]),
    ],
)
def test_besieged_as_an_adjective_tells_no_siege(body, kinds):
    assert [e["type"] for e in _extract(body)["events"]] == kinds


@pytest.mark.parametrize(
    "body, agents, targets",
    [
        (
            "Iraqi government forces and Kurdish peshmerga fighters battled with artillery and machine guns on "
            "Friday for control of Altun Kupri.",
            ["Iraqi Security Forces"],
            ["Peshmerga"],
        ),
        (
            "Syrian army troops and HTS fighters clashed near Kafranbel on Monday.",
            ["Syrian Arab Army"],
            ["Hayat Tahrir al-Sham"],
        ),
        (
            "The Iraqi army and the PMF clashed with ISIS militants near Tarmiyah on Monday.",
            ["Iraqi Army", "Popular Mobilization Forces"],
            ["Islamic State"],
        ),
    ],
)
def test_two_coordinated_sides_of_a_fight_fight_each_other(body, agents, targets):
    (event,) = _extract(body)["events"]
    assert event["type"] == "Clash"
    assert (event["agents"], event["targets"]) == (agents, targets)


@pytest.mark.parametrize(
    "body, kind",
    [
        ("Iraqi troops swept into the oil-rich city of Kirkuk on Monday, meeting little resistance.", "Capture"),
        ("Turkish-backed fighters rolled into Afrin on Sunday morning.", "Capture"),
        ("The peshmerga pulled back on Friday evening to positions north of Altun Kupri.", "Withdrawal"),
    ],
)
def test_entering_and_pulling_back_in_other_words(body, kind):
    assert [e["type"] for e in _extract(body)["events"]] == [kind]


@pytest.mark.parametrize(
    "body",
    [
        "Baghdad pressed its campaign to retake territory near Kirkuk.",
        "The army is trying to capture the town of Saraqib, a military source said.",
        "The militants are preparing to attack the base at Ain al-Asad.",
    ],
)
def test_an_aim_to_act_is_no_act(body):
    assert _extract(body)["events"] == []


def test_the_owner_of_supplies_a_convoy_carried_was_attacked():
    body = (
        "An explosive device targeted on Wednesday evening a convoy of trucks carrying logistical supplies to the "
        "US-led coalition on the highway near Zubair."
    )
    (event,) = _extract(body)["events"]
    assert event["targets"] == ["US-led coalition"]


def test_the_fighting_told_after_a_capture_is_the_fight_told_before_it():
    body = (
        "Clashes erupted between the SDF and ISIS near Hajin on Monday. The SDF captured the village of Susah on "
        "Tuesday. Five SDF fighters were killed in the fighting."
    )
    clash, capture = _extract(body)["events"]
    assert _figures(clash) == [("killed", 5, None, None, "Syrian Democratic Forces")]
    assert _figures(capture) == []


def _attributed(body: str, publisher: str | None = None) -> list:
    metadata = ArticleMetadata(published=datetime.date(2021, 6, 9), publisher=publisher)
    article = article_from_text(f"Report\n\n{body}\n", metadata)
    return [e["attributed_to"] for e in extract_to_json(article)["events"]]


@pytest.mark.parametrize(
    "publisher, body",
    [
        (
            "Al Mayadeen English",
            "An IED targeted a US convoy near Zubair on Wednesday, Al Mayadeen's correspondent reported.",
        ),
        (
            "Step News Agency",
            "The Turkish army shelled SDF positions near Arima on Wednesday, a Step News correspondent said.",
        ),
        (
            "Kurdistan 24",
            "ISIS militants attacked a Peshmerga post near Makhmour on Monday, Kurdistan 24 reporters said.",
        ),
    ],
)
def test_an_outlets_staff_by_its_short_name_are_its_own_voice(publisher, body):
    assert _attributed(body, publisher) == [None]


def test_another_outlets_correspondent_is_a_source():
    body = "The Turkish army shelled SDF positions near Arima on Wednesday, a Step News correspondent said."
    assert _attributed(body, "Reuters") == ["Step News correspondent"]


@pytest.mark.parametrize(
    "body",
    [
        "No party has claimed the car bomb that exploded in al-Bab on Wednesday.",
        "The regime launched an offensive on eastern Aleppo last Thursday, hours after it declared the truce over.",
        "On Sunday, a suicide bomber killed two U.S. soldiers at a restaurant in Manbij, an attack also claimed by IS.",
    ],
)
def test_nobody_a_time_clause_or_an_act_is_no_claimant(body):
    assert _attributed(body) == [None]


def test_a_source_cited_after_a_contrast_speaks_for_its_own_part():
    body = (
        "On Monday, an IED exploded as a convoy passed through the outskirts of Diwaniyah, while on Saturday night "
        "another convoy was hit on the road between Hilla and Baghdad, according to a police source."
    )
    assert _attributed(body) == [None, "police source"]


@pytest.mark.parametrize(
    "body, kind",
    [
        (
            "The Syrian Army's artillery units also targeted gatherings of HTS terrorists near Kinsibba on Tuesday.",
            "Shelling",
        ),
        ("Iraqi army mortar crews hit ISIS hideouts in the Hamrin Mountains on Sunday.", "Shelling"),
        ("Hezbollah has set up positions around the town of Hader, local sources said.", "Establishment(base/post)"),
    ],
)
def test_the_weapon_named_in_the_subject_and_positions_set_up(body, kind):
    assert [e["type"] for e in _extract(body)["events"]] == [kind]


def test_a_suicide_attack_and_the_attackers_own_claimed_toll_are_one_incident():
    body = (
        "IS hit back on Wednesday night, sending two explosives-laden vehicles driven by suicide bombers into SDF "
        "positions in Raqqa. The extremists claimed through their Amaq propaganda outlet to have killed 18 SDF "
        "fighters, while an SDF field commander said that four of his men had been killed."
    )
    (event,) = _extract(body)["events"]
    assert (event["agents"], event["targets"]) == (["Islamic State"], ["Syrian Democratic Forces"])
    assert ("killed", 18, None, None, "Syrian Democratic Forces") in _figures(event)
    assert not [f for f in _figures(event) if f[4] == "civilians"]  # "his men" are no civilians


def test_a_definite_noun_naming_a_trigger_told_before_refers_back_whatever_its_type():
    body = (
        'US-led coalition air raids killed at least 27 civilians in Raqqa on Wednesday. "We take all allegations '
        'seriously," said Colonel Ryan Dillon, a spokesman for the coalition, which carried out the raids.'
    )
    assert [e["type"] for e in _extract(body)["events"]] == ["Airstrike"]


@pytest.mark.parametrize(
    "body",
    [
        "The government offensive began on 19 May, with troops and Hezbollah fighters advancing on the town of Qusair "
        "after weeks of bombardment.",
        "The Turkish campaign kicked off on Sunday at dawn, with SNA fighters pushing toward Tal Rifaat.",
    ],
)
def test_an_operation_told_by_its_start_takes_the_bombardment_it_came_after(body):
    assert [e["type"] for e in _extract(body)["events"]] == ["MilitaryOperation"]


def test_the_assault_that_began_with_a_car_bomb_is_no_operation():
    body = "The assault began on Thursday night when a car bomb exploded at the prison gate in Hasakah."
    assert [e["type"] for e in _extract(body)["events"]] == ["Bombing(IED)"]


@pytest.mark.parametrize(
    "body",
    [
        "Islamic State militants killed a senior official of a local governing council in Tabqa late Tuesday.",
        "Unidentified gunmen shot dead a local mukhtar in the village of Jasim on Monday.",
        "Gunmen on a motorcycle killed a prominent tribal sheikh near Diban on Sunday.",
    ],
)
def test_a_killing_of_one_person_of_standing_is_an_assassination(body):
    assert [e["type"] for e in _extract(body)["events"]] == ["Assassination"]


def test_a_killing_of_soldiers_stays_an_attack():
    body = "Islamic State militants killed three soldiers near Tabqa late Tuesday."
    assert [e["type"] for e in _extract(body)["events"]] == ["Attack"]


def test_an_attack_clause_after_in_is_no_claimant():
    body = (
        "Islamic State militants killed three soldiers near Tabqa late Tuesday, in the latest attack claimed by the "
        "group since it lost Baghouz."
    )
    assert _attributed(body) == [None]


def test_a_dated_possessive_strike_refers_back_and_its_critic_is_no_agent():
    body = (
        "A Turkish drone struck a pickup truck near Penjwen on Tuesday, killing two PKK members. PUK leader Bafel "
        "Talabani called Tuesday's strike a violation of the sovereignty of the Kurdistan Region."
    )
    (event,) = _extract(body)["events"]
    assert event["agents"] == ["Turkish Armed Forces"]


@pytest.mark.parametrize(
    "body, kind",
    [
        ("The IRGC fired ballistic missiles at a compound in Erbil on Monday, killing four civilians.", "Airstrike"),
        ("Russian warships fired cruise missiles at targets in Idlib province on Friday.", "Airstrike"),
        ("ISIS militants fired mortar shells at an army post near Tarmiyah on Friday.", "Shelling"),
    ],
)
def test_ballistic_and_cruise_missiles_strike_from_the_air(body, kind):
    assert [e["type"] for e in _extract(body)["events"]] == [kind]


@pytest.mark.parametrize(
    "body, kind, agents",
    [
        (
            "Fighters of the Sultan Murad Division thwarted an infiltration attempt by the SDF on the Arima front on "
            "Tuesday.",
            "Clash",
            ["Syrian Democratic Forces"],
        ),
        (
            "Opposition fighters repelled an attempt by Hezbollah to storm the Sheikh Said neighborhood of Aleppo on "
            "Wednesday.",
            "Clash",
            ["Hezbollah"],
        ),
        (
            "The Popular Mobilization Forces repulsed an attack by ISIS in the Tal Safuk region on Monday.",
            "Attack",
            ["Islamic State"],
        ),
    ],
)
def test_a_repelled_attempt_to_storm_or_infiltrate_is_a_fight(body, kind, agents):
    (event,) = _extract(body)["events"]
    assert (event["type"], event["agents"]) == (kind, agents)


def test_a_place_named_said_is_no_reporting_verb():
    body = "Regime forces tried to storm the Sheikh Said neighborhood of Aleppo on Wednesday, but were repelled."
    assert _attributed(body) in ([None], [])


@pytest.mark.parametrize(
    "body, dates",
    [
        (
            "The Syrian Army launched its operation in northern Latakia in mid-October, a few weeks after Russia "
            "began its air campaign in Syria on September 30.",
            [None],
        ),
        (
            "The SDF stormed the Old City of Raqqa on Monday, seven months after it began the Wrath of the Euphrates "
            "campaign.",
            ["2021-06-07"],
        ),
    ],
)
def test_a_date_across_an_interval_belongs_to_the_other_act(body, dates):
    assert [e["date"] for e in _extract(body)["events"]][: len(dates)] == dates


def test_a_report_date_after_an_opener_is_no_event_date():
    body = (
        "In a related development on Monday, the Russian Defence Ministry said its warplanes had carried out 311 "
        "sorties against terrorist targets in Latakia over the past week."
    )
    assert [e["date"] for e in _extract(body)["events"]] == [None]


@pytest.mark.parametrize(
    "body, targets",
    [
        (
            "ISIS militants shelled Peshmerga positions near Makhmour on Monday, killing two Peshmerga fighters. "
            "In response, coalition jets struck the area around Qarachogh.",
            ["Islamic State"],
        ),
        (
            "Syrian army shelling killed three Turkish soldiers near Saraqib on Monday. Turkish artillery "
            "retaliated by pounding the area around Neirab.",
            ["Syrian Arab Army"],
        ),
    ],
)
def test_a_reply_naming_no_target_strikes_whoever_struck_the_replying_side(body, targets):
    reply = _extract(body)["events"][-1]
    assert reply["targets"] == targets


def test_stormed_and_took_control_is_one_capture_and_the_fight_told_next_is_its_battle():
    body = (
        "The Syrian Army troops, backed up by Russian fighter jets, stormed the terrorists' positions and took full "
        "control of the town of Salma on Tuesday. The army and the National Defense Forces engaged in fierce clashes "
        "with Ahrar al-Sham in the town's outskirts before breaking their defense lines, a military source said. "
        "Over 50 militants were killed in the clashes, the source said, adding that the army also seized a large "
        "volume of weapons left behind by the fleeing terrorists."
    )
    (event,) = _extract(body)["events"]
    assert event["type"] == "Capture"
    assert event["attributed_to"] == "military source"
    assert ("killed", None, 51, None) in [f[:4] for f in _figures(event)]


def test_a_toll_in_the_final_assault_after_a_capture_is_the_captures():
    body = (
        "Government forces have recaptured the town of Qusair after a three-week battle. The Syrian Observatory for "
        "Human Rights said at least 30 rebels had been killed in the final assault."
    )
    (event,) = _extract(body)["events"]
    assert event["type"] == "Capture"
    assert [f[:4] for f in _figures(event)] == [("killed", None, 30, None)]


def test_a_fight_elsewhere_after_a_capture_is_its_own():
    body = (
        "The SDF captured the village of Susah on Monday. On Tuesday, clashes between the SDF and ISIS erupted near "
        "Hajin."
    )
    assert [e["type"] for e in _extract(body)["events"]] == ["Capture", "Clash"]


@pytest.mark.parametrize(
    "body, kind",
    [
        ("Syrian regime forces and allied militias entered the strategic town of Saraqib on Monday.", "Capture"),
        ("Russian military police entered the town of Tal Rifaat on Monday to patrol its streets.", "Deployment"),
        (
            "230 gunmen of the Jabhat al-Nusra terrorist organization and their families were bussed out of the camp "
            "to Idlib on Monday.",
            "Withdrawal",
        ),
        ("In Deir ez-Zor, an SDF commander was shot dead in Diban on 4 January.", "Assassination"),
    ],
)
def test_entering_a_town_being_bussed_out_and_a_passive_shooting(body, kind):
    assert [e["type"] for e in _extract(body)["events"]] == [kind]


def test_an_operation_named_before_which_x_launched():
    body = "Operation Olive Branch, which Turkey launched on Jan. 20 against the YPG in Afrin, continued on Monday."
    (event,) = _extract(body)["events"]
    assert (event["type"], event["agents"], event["targets"]) == (
        "MilitaryOperation",
        ["Turkey"],
        ["People's Protection Units"],
    )


@pytest.mark.parametrize(
    "body",
    [
        "Its defenders, mostly tribal fighters backed by the Iraqi army, have repeatedly repelled assaults.",
        "ISIS attacks rose in Deir ez-Zor and Hasakah this week, the monitor said.",
    ],
)
def test_repeated_and_rising_attacks_are_no_incident(body):
    assert _extract(body)["events"] == []


def test_the_attackers_fleeing_after_a_repelled_attempt_are_that_fight():
    body = (
        "Troops of the 20th Division repelled an infiltration attempt by a terrorist group against a military post "
        "near Tal Afar on Monday. A soldier was martyred and two others were wounded, while the terrorists fled "
        "towards the Syrian border."
    )
    (event,) = _extract(body)["events"]
    assert event["type"] == "Clash"
    assert [f[:4] for f in _figures(event)] == [("injured", 2, None, None), ("killed", 1, None, None)]


@pytest.mark.parametrize(
    "body, agents",
    [
        (
            "ISIS fighters attacked the town of Haditha on Monday. To the north, militants besieged the Baiji oil "
            "refinery.",
            ["Islamic State"],
        ),
        (
            "ISIS fighters attacked the town of Haditha on Monday. An official said the attackers fired mortars at the "
            "refinery overnight.",
            ["Islamic State"],
        ),
    ],
)
def test_bare_militants_and_the_attackers_are_the_group_acting_before(body, agents):
    assert _extract(body)["events"][-1]["agents"] == agents


def test_the_attackers_are_those_who_attacked_not_the_nearest_group():
    body = (
        "ISIS fighters stormed the outskirts of Haditha on Monday, killing 12 members of the Jughaifa tribal "
        "fighters. The attackers came out of the desert and were driven back after several hours of fighting."
    )
    (event,) = _extract(body)["events"]
    assert event["agents"] == ["Islamic State"]


def test_militant_positions_are_the_articles_main_group_not_a_tribe_named_last():
    body = (
        "ISIS claimed an attack on Haditha on Monday. ISIS has held parts of Anbar since 2014. The town's defenders "
        "include fighters of the Albu Nimr tribe. On Tuesday, Iraqi aircraft bombed militant positions near Haditha."
    )
    assert _extract(body)["events"][-1]["targets"] == ["Islamic State"]


@pytest.mark.parametrize(
    "body",
    [
        "Government forces shelled rebel-held districts of Homs on Monday. More than 80,000 people have been killed "
        "since the uprising against President Assad began in March 2011, according to the UN.",
        "Turkish police detained a Syrian woman in Istanbul on Monday. In its more than 35-year terror campaign "
        "against Türkiye, the PKK has been responsible for the deaths of nearly 40,000 people.",
    ],
)
def test_a_war_wide_toll_is_no_incidents_toll(body):
    assert [f for e in _extract(body)["events"] for f in _figures(e)] == []


def test_a_victim_and_his_driver_are_two_dead():
    body = "A Turkish drone struck a car near Tal Tamr on Tuesday, killing a local SDF commander and his driver."
    (event,) = _extract(body)["events"]
    assert [f[:4] for f in _figures(event)] == [("killed", 2, None, None)]


def test_redeployed_in_quotes_is_a_withdrawal():
    body = "HTS said in a statement on Monday that its fighters had \"redeployed\" to positions south of Khan Shaykhun."
    assert [e["type"] for e in _extract(body)["events"]] == ["Withdrawal"]


def test_an_offensive_to_retake_a_city_tells_no_capture():
    body = "The Peshmerga launched a large-scale offensive on Thursday to retake the city of Sinjar from ISIS."
    assert [e["type"] for e in _extract(body)["events"]] == ["MilitaryOperation"]


def test_a_toll_since_an_offensive_began_that_was_not_told_before_is_its_first_telling():
    body = (
        "Russian warplanes carried out 40 sorties near Palmyra over the past day, the defence ministry said. The "
        "Observatory said at least 400 IS fighters had been killed since the offensive to retake the city began on "
        "March 7."
    )
    events = _extract(body)["events"]
    operation = [e for e in events if e["type"] == "MilitaryOperation"]
    assert len(operation) == 1 and operation[0]["date"] == "2021-03-07"
    assert [f[:4] for f in _figures(operation[0])] == [("killed", None, 400, None)]
    assert all(not _figures(e) for e in events if e["type"] == "Airstrike")


def test_a_toll_since_the_start_of_an_operation_told_before_stays_its_toll():
    body = (
        "The SDF launched an operation against ISIS in Hajin on Monday. Twelve SDF fighters have been killed since "
        "the start of the operation."
    )
    (event,) = _extract(body)["events"]
    assert [f[:4] for f in _figures(event)] == [("killed", 12, None, None)]


def test_an_undated_telling_after_the_story_moved_to_another_day_is_another_incident():
    body = (
        "Peshmerga forces withdrew from Altun Kupri on Friday evening, Kurdish officials said. Iraqi troops entered "
        "the city of Kirkuk on Monday, meeting little resistance. Peshmerga units withdrew from the city under a deal."
    )
    withdrawals = [e for e in _extract(body)["events"] if e["type"] == "Withdrawal"]
    assert len(withdrawals) == 2
    assert withdrawals[1]["attributed_to"] is None


@pytest.mark.parametrize(
    "body, claimant",
    [
        ("Turkish officials said a Turkish drone struck a convoy near Ranya on Monday.", "Turkish officials"),
        ("Local sources said a drone struck a convoy near Ranya on Monday.", "local sources"),
        (
            "Residents who escaped the Old City said a coalition airstrike on Monday flattened a house in Zanjili.",
            "residents",
        ),
    ],
)
def test_claimants_keep_proper_adjectives_and_drop_relative_clauses(body, claimant):
    assert _attributed(body) == [claimant]


def test_a_relative_clause_with_its_own_reporter_keeps_the_agent():
    body = "Turkish police detained a Syrian woman in Istanbul on Monday who they said had planted the bomb."
    (event,) = _extract(body)["events"]
    assert event["agents"] == ["Turkish National Police"]


def test_a_country_owning_its_force_through_a_parent_left_unnamed_takes_no_part():
    body = "Iran's Islamic Revolutionary Guard Corps fired ballistic missiles at a compound in Erbil on Monday."
    (event,) = _extract(body)["events"]
    assert event["agents"] == ["Islamic Revolutionary Guard Corps"]


@pytest.mark.parametrize(
    "body, targets",
    [
        (
            "A drone launched by Iran-backed militants struck the US base at Erbil airport on Monday.",
            ["United States Armed Forces"],
        ),
        ("Syrian army shelling hit Turkish positions near Saraqib on Monday.", ["Turkish Armed Forces"]),
    ],
)
def test_a_countrys_base_or_positions_are_its_forces(body, targets):
    (event,) = _extract(body)["events"]
    assert event["targets"] == targets


def test_the_number_of_victims_killed_rose_to_n_names_the_victims():
    body = (
        "With the new losses, the number of regime soldiers and pro-regime militiamen killed in the Syrian Badia "
        "since early 2022 has risen to 67, all of whom were killed in attacks and ambushes by ISIS cells."
    )
    (event,) = _extract(body)["events"]
    assert event["agents"] == ["Islamic State"]
    assert [f[:4] for f in _figures(event)] == [("killed", 67, None, None)]


def test_on_the_ground_opens_another_incident_and_the_attackers_toll_joins_the_fight():
    body = (
        "Russian and regime raids killed 43 people across eastern Aleppo on Wednesday, the Civil Defence said. On the "
        "ground, opposition fighters repelled an attempt by Hezbollah to storm the Sheikh Said neighbourhood. A "
        "military official said at least 15 of the attackers were killed."
    )
    events = _extract(body)["events"]
    assert [e["type"] for e in events][-1] == "Clash"
    assert [f[:4] for f in _figures(events[-1])] == [("killed", None, 15, None)]
    assert events[-1]["agents"] == ["Hezbollah"]


@pytest.mark.parametrize(
    "text, count",
    [
        ("Fifty-six U.S. personnel have sustained minor injuries in these attacks.", 56),
        ("Twenty one soldiers were killed in the ambush.", 21),
        ("Six soldiers were killed in the ambush.", 6),
    ],
)
def test_compound_number_words_are_counted_whole(text, count):
    from kg.extraction.casualties import find_figures

    assert [f.count for f in find_figures(text, 0, [], set())] == [count]


def test_others_wounded_of_unstated_number_stay_beside_a_counted_toll():
    body = (
        "Seven soldiers were killed and others wounded at dawn on Wednesday when HTS fighters infiltrated army "
        "positions near Kafranbel."
    )
    (event,) = _extract(body)["events"]
    assert [f[:4] for f in _figures(event)] == [("injured", None, None, None), ("killed", 7, None, None)]


def test_heavy_casualties_beside_a_count_are_that_count():
    body = "ISIS attacked an army post near Tarmiyah on Monday, causing heavy casualties; 12 soldiers were killed."
    (event,) = _extract(body)["events"]
    assert [f[:4] for f in _figures(event)] == [("killed", 12, None, None)]


@pytest.mark.parametrize(
    "text, figure",
    [
        ('IS claimed to have killed "more than 40 apostates".', (None, 41, "killed")),
        ('the strikes "neutralised" 76 regime soldiers, the minister said.', (76, None, "killed")),
        ("the helicopter struck the group, killing two of them.", (2, None, "killed")),
    ],
)
def test_quoted_verbs_and_quoted_figures_are_read(text, figure):
    from kg.extraction.casualties import find_figures

    assert [(f.count, f.min_count, f.status) for f in find_figures(text, 0, [], set())] == [figure]


@pytest.mark.parametrize(
    "text, counts",
    [
        ("the drone struck a pickup truck, killing both men inside.", [2]),
        ("Both soldiers were killed in the blast.", [2]),
        ("Clashes killed fighters on both sides.", []),
    ],
)
def test_both_counts_two(text, counts):
    from kg.extraction.casualties import find_figures

    assert [f.count for f in find_figures(text, 0, [], set())] == counts


def test_a_definite_clash_refers_back_and_a_model_number_is_an_aircraft():
    body = (
        "US-backed SDF fighters clashed with pro-regime troops near Khasham on Wednesday. The clash is the most "
        "serious between the two sides since June, when a US jet shot down a Syrian SU-22 near Raqqa."
    )
    assert [e["type"] for e in _extract(body)["events"]] == ["Clash", "Other"]


def test_a_model_number_before_warplane_keeps_the_warplane_in_the_shoot_down():
    body = "Israeli forces shot down a Syrian Sukhoi-22 warplane over the Golan Heights on Tuesday."
    (event,) = _extract(body)["events"]
    assert event["type"] == "Other" and event["targets"] == ["Syrian Arab Air Force"]


def test_a_war_monitor_is_the_one_monitor_the_article_names():
    body = (
        "US-led coalition air raids killed at least 27 civilians in Raqqa on Wednesday, a war monitor said. The "
        "Syrian Observatory for Human Rights said the strikes levelled residential buildings."
    )
    assert _attributed(body)[0] == "Syrian Observatory for Human Rights"


def test_an_unnamed_war_monitor_stays_a_war_monitor():
    body = "Regime shelling killed two civilians in Idlib on Monday, a war monitor said."
    assert _attributed(body) == ["war monitor"]
