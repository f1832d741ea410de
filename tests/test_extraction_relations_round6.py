"""Relation frames added for unseen articles (round six), each read through the whole pipeline.

Every case is a sentence written for this test in the manner of an outlet, with the triples an annotator
following ``shared/gold/FORMAT.md`` would mark and near misses that must not be read. The frames: an organ
whose own name carries its parent ("the KRG Ministry of Natural Resources", "the IRGC Ground Force", "the PMF's
110th Brigade", "the UN human rights office"), or whose possessor is a body of the parent's side
("the regime's 25th Special Mission Forces Division"); a State possessor or an unnamed parent is no such
statement. A backer named as a place ("Iran, which backs …" where the resolver took Iran for the country)
is its State, and a co-backer "alongside" it backs the same side. A bare "President X" in an article naming both
the State and its government leads the government; "Syrian President X" keeps the State. A border is a line:
"the Lebanese border town of X" lies by it, not in it.
"""

from __future__ import annotations

import pytest

from kg.articles import article_from_text
from kg.extraction import extract_to_json


def _triples(text: str) -> set[tuple[str, str, str]]:
    data = extract_to_json(article_from_text("Report\n\n" + text + "\n"))
    return {(r["subject"], r["predicate"], r["object"]) for r in data["relations"]}


CASES = [
    (  # Rudaw: the parent's acronym opens the ministry's name
        "The Kurdistan Regional Government (KRG) said on Monday that the KRG Ministry of Natural Resources "
        "had resumed exports through the pipeline.",
        [("Kurdistan Region Ministry of Natural Resources", "partOf", "Kurdistan Regional Government")],
        [],
    ),
    (  # Tasnim: a force of the IRGC named with its acronym
        "The IRGC said its IRGC Ground Force struck the headquarters of separatist groups near Koya.",
        [("IRGC Ground Forces", "partOf", "Islamic Revolutionary Guard Corps")],
        [],
    ),
    (  # Shafaq: a numbered PMF brigade with the possessive inside its name
        "The Popular Mobilization Forces (PMF) said the PMF's 110th Brigade repelled an attack near Tuz Khurmatu.",
        [("PMF 110th Brigade", "partOf", "Popular Mobilization Forces")],
        [],
    ),
    (  # Reuters: "the UN human rights office" with the United Nations named
        "The United Nations called for restraint, and the UN human rights office said at least 12 civilians died.",
        [("UN Human Rights Office", "partOf", "United Nations")],
        [],
    ),
    (  # Asharq al-Awsat: "the regime's" unit when the army is named in the article
        "Regime forces shelled Kafranbel, and HTS fighters later infiltrated positions of the regime's 25th "
        "Special Mission Forces Division near the town.",
        [("25th Special Mission Forces Division", "partOf", "Syrian Arab Army")],
        [],
    ),
    (  # near miss: a media centre is no organ annotators tie to its parent
        "The SDF Media Center said the Syrian Democratic Forces repelled the attack.",
        [],
        [("SDF Media Center", "partOf", "Syrian Democratic Forces")],
    ),
    (  # near miss: a State possessor says whose the command is, not of which force it is part
        "Iraqi troops entered the town, and Iraq's Joint Operations Command said it was secured.",
        [],
        [("Iraqi Joint Operations Command", "partOf", "Iraqi Security Forces")],
    ),
    (  # Euronews: a country read as a place backs, with a co-backer "alongside" it
        "Iran condemned the raid. Israel says it will not let Iran, which backs President Bashar al-Assad "
        "alongside Russia, build bases near the frontier.",
        [("Iran", "supports", "Bashar al-Assad"), ("Russia", "supports", "Bashar al-Assad")],
        [("Israel", "supports", "Bashar al-Assad")],
    ),
    (  # AFP: the co-backer of a named group
        "Turkey, which backs the Free Syrian Army together with Qatar, condemned the strike.",
        [("Turkey", "supports", "Free Syrian Army")],
        [("Free Syrian Army", "supports", "Turkey")],
    ),
    (  # near miss: a place that "backs onto" something backs no one
        "Fighting raged near Jisr al-Shughur, which backs onto the Orontes valley, and HTS fighters withdrew.",
        [],
        [("Jisr al-Shughur", "supports", "Hayat Tahrir al-Sham")],
    ),
    (  # Euronews: a bare title where the article names both Syria and the Syrian government
        "Syria said its air defences intercepted the missiles. The Syrian government has not commented on the "
        "losses, and President Bashar al-Assad made no public appearance.",
        [("Bashar al-Assad", "leads", "Syrian government")],
        [("Bashar al-Assad", "leads", "Syria")],
    ),
    (  # RT: the country word keeps the State even where the government is named
        "Syria said its troops entered the city. The Syrian government thanked Moscow, and Russian President "
        "Vladimir Putin congratulated Syrian President Bashar al-Assad by phone.",
        [("Bashar al-Assad", "leads", "Syria"), ("Vladimir Putin", "leads", "Russia")],
        [("Bashar al-Assad", "leads", "Syrian government")],
    ),
    (  # NYT: a border town lies by the border, not in it
        "The hostages were freed near the Lebanese border town of Arsal late on Sunday.",
        [],
        [("Arsal", "locatedIn", "Syria–Lebanon border")],
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_round6_relations(text: str, expected: list, absent: list) -> None:
    triples = _triples(text)
    for triple in expected:
        assert triple in triples, (triple, sorted(triples))
    for triple in absent:
        assert triple not in triples, (triple, sorted(triples))
