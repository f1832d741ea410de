"""Round 19: a counterattack told with no day and no toll of its own, by the side an attack just told struck, is
that attack's fighting (an attack and the fighting it sets off are one event), even with a car bombing told in
between; and a later "the fighting" that only carries the toll leaves the attack's own telling as its evidence.
Texts are our own."""

from __future__ import annotations

import datetime

from kg.articles import ArticleMetadata, article_from_text
from kg.extraction import extract_to_json


def _events(body: str, headline: str = "Report from the front") -> list[dict]:
    metadata = ArticleMetadata(published=datetime.date(2021, 6, 12))  # a Saturday
    return extract_to_json(article_from_text(f"{headline}\n\n{body}\n", metadata))["events"]


def _counts(event: dict) -> set[tuple]:
    return {(c["status"], c.get("count") or c.get("min")) for c in event["casualties"]}


_BODY = (
    "Dozens of ISIS fighters attacked Peshmerga positions near the village of Tell Hajar at dawn on Thursday.\n\n"
    "At the same time, a car bomb was detonated at a Peshmerga checkpoint on the road to Makhmour.\n\n"
    "Colonel Rebwar Aziz, a Peshmerga officer, was killed by a sniper as he led a counterattack near the "
    "village, his relatives said.\n\n"
    "On Friday the Peshmerga ministry said that six Peshmerga had been killed and 11 wounded in the fighting."
)


def test_extraction_incidents_a_counterattack_without_a_day_is_the_attacks_fighting():
    events = _events(_BODY)
    assert not any("counterattack" in e["evidence"] for e in events)
    attack = next(e for e in events if e["type"] == "Attack")
    assert "attacked Peshmerga positions" in attack["evidence"]
    assert {("killed", 6), ("injured", 11)} <= _counts(attack)
    bombing = next(e for e in events if "car bomb" in e["evidence"])
    assert not _counts(bombing) & {("killed", 6), ("injured", 11)}


def test_extraction_incidents_a_counterattack_on_its_own_day_is_its_own_incident():
    body = (
        "Dozens of ISIS fighters attacked army positions near the village of Tell Hajar on Wednesday.\n\n"
        "On Friday at dawn, army units launched a counterattack on the hills east of the village, killing 12 "
        "militants, a military source said."
    )
    events = _events(body)
    counter = next(e for e in events if "counterattack" in e["evidence"])
    assert ("killed", 12) in _counts(counter)


def test_extraction_incidents_a_toll_told_next_by_the_side_that_did_an_other_act_is_its_toll():
    body = (
        "Accounts linked to ISIS posted a video on Thursday that appeared to show militants lining up captured "
        "soldiers in the desert near the town of Rutba and shooting them.\n\n"
        'The group claimed in a caption that it had executed 45 "apostates."'
    )
    events = _events(body)
    assert len([e for e in events if ("killed", 45) in _counts(e)]) == 1
    shown = next(e for e in events if ("killed", 45) in _counts(e))
    assert "lining up captured soldiers" in shown["evidence"]


def test_extraction_incidents_a_toll_of_the_battle_is_not_the_car_bombs_told_before():
    body = (
        "Rebel factions captured the Tell Hajar air base on Monday after a siege of eight months, a monitor said.\n\n"
        "The final push began at dawn when three suicide bombers drove explosives-laden trucks into the base's "
        "main gate, a rebel commander said. The monitor put the number of soldiers killed in the battle at 20."
    )
    events = _events(body)
    bombing = next(e for e in events if e["type"] == "Bombing(IED)")
    assert "suicide bombers drove" in bombing["evidence"]
    assert ("killed", 20) not in _counts(bombing)
