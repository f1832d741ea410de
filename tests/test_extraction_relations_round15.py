"""Relation frames revised for unseen articles (round fifteen), each read through the whole pipeline.

Every case is a sentence written for this test in the manner of an outlet, with the triples an annotator
following ``shared/gold/FORMAT.md`` would mark and near misses that must not be read. The frames: "Ankara considers
X, which …, to be an extension of Y" and "regards X as a terrorist group and a branch of Y" make X part of Y, as
the plain "considers X an extension of Y" did; a crossing or a camp "on the border with Syria" lies in that border
(a town "on the Turkish border" only lies by it, and "the area of X" is no crossing); a force "formed to defend
<people> from Y" opposes Y; "The operation was supported by X" backs the side that made the last operation told
with a named agent, not an agentless one told after it, and only that side, not the units named with it.
"""

from __future__ import annotations

import pytest

from kg.articles import article_from_text
from kg.extraction import extract_to_json


def _triples(text: str) -> set[tuple[str, str, str]]:
    data = extract_to_json(article_from_text("Report\n\n" + text + "\n"))
    return {(r["subject"], r["predicate"], r["object"]) for r in data["relations"]}


CASES = [
    (  # a relative clause between the group and "to be an extension of"
        "Ankara considers the YPG, which was founded in 2011 during the war against ISIS, to be an extension of the "
        "Kurdistan Workers' Party.",
        [("People's Protection Units", "partOf", "Kurdistan Workers' Party")],
        [],
    ),
    (  # two descriptions joined: "as a terrorist organisation and a branch of"
        "Ankara has long regarded the YBS as a terrorist organisation and a branch of the Kurdistan Workers' Party.",
        [("Sinjar Resistance Units", "partOf", "Kurdistan Workers' Party")],
        [],
    ),
    (  # a crossing on the border lies in the border
        "Dozens of trucks queued at the Nasib crossing on the border with Jordan on Sunday, customs officials said.",
        [("Nasib border crossing", "locatedIn", "Syria–Jordan border")],
        [],
    ),
    (  # a camp on the border, its name carrying "camp"
        "Dozens of families returned to the Rukban refugee camp on the Jordanian border last week, aid workers said.",
        [("Rukban camp", "locatedIn", "Syria–Jordan border")],
        [],
    ),
    (  # the camp named by its place, "camp" after the name
        "Six soldiers were killed near the Rukban makeshift camp on the Jordanian border.",
        [("Rukban camp", "locatedIn", "Syria–Jordan border")],
        [],
    ),
    (  # a town on the border only lies by the line
        "Families fled to Tal Abyad on the Turkish border, residents said.",
        [],
        [("Tal Abyad", "locatedIn", "Syria–Turkey border")],
    ),
    (  # "the area of X" names the area around the base, not a crossing
        "The US-occupied area of al-Tanf on the Syrian-Iraqi border was quiet.",
        [],
        [("Al-Tanf", "locatedIn", "Syria–Iraq border")],
    ),
    (  # a force formed to protect people against a group opposes it
        "The Babylon Brigades were formed in 2014 to protect Christian villages against ISIS, a spokesman said.",
        [("Babylon Brigades", "opposes", "Islamic State")],
        [],
    ),
    (  # the operation is the side that made it, not the units named with it
        "Units of the Syrian Arab Army and the Tiger Forces took full control of the town of Uqayribat on Saturday. "
        "According to the source, troops advanced east towards al-Kawm. The operation was supported by the Russian "
        "Aerospace Forces.",
        [("Russian Aerospace Forces", "supports", "Syrian Arab Army")],
        [("Russian Aerospace Forces", "supports", "25th Special Mission Forces Division")],
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_round15_frames(text: str, expected: list, absent: list) -> None:
    triples = _triples(text)
    for triple in expected:
        assert triple in triples, (triple, sorted(triples))
    for triple in absent:
        assert triple not in triples, (triple, sorted(triples))
