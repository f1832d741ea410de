"""Relations stated by titles, by support of an effort, and the dates a stated relation holds from and until."""

from __future__ import annotations

import datetime

import pytest

from kg.articles import ArticleMetadata, article_from_text
from kg.extraction import extract, extract_to_json
from kg.model import DateValue


def _triples(text: str) -> set[tuple[str, str, str]]:
    data = extract_to_json(article_from_text(text))
    return {(r["subject"], r["predicate"], r["object"]) for r in data["relations"]}


@pytest.mark.parametrize(
    ("body", "wanted", "unwanted"),
    [
        (  # no country stated: the nearest earlier body of the title's kind in the paragraph
            "The US State Department welcomed the report. Secretary of State Mike Pompeo also accused Iran.",
            ("Mike Pompeo", "leads", "US State Department"),
            ("Mike Pompeo", "leads", "Iran"),
        ),
        (  # the stated country rules out another country's ministry, even a nearer one
            "The Russian Foreign Ministry and the Syrian Foreign Ministry met. "
            "Syrian Foreign Minister Walid Muallem said the talks went well.",
            ("Walid Muallem", "leads", "Syrian Foreign Ministry"),
            ("Walid Muallem", "leads", "Russian Foreign Ministry"),
        ),
        (  # a body of the wrong kind is never the one a Secretary of State leads
            "The Pentagon and Syria traded accusations. Secretary of State Mike Pompeo spoke on Monday.",
            None,
            ("Mike Pompeo", "leads", "US Department of Defense"),
        ),
        (  # a head-of-government title leads what the reference says he leads, of the stated country
            "Iraq and Syria signed a border deal. Iraqi Prime Minister Mustafa al-Kadhimi hailed it.",
            ("Mustafa al-Kadhimi", "leads", "Iraqi government"),
            ("Mustafa al-Kadhimi", "leads", "Syria"),
        ),
        (  # a head-of-state title leads the state the nationality word names, named nowhere else
            "Russian President Vladimir Putin spoke with Turkish President Recep Tayyip Erdogan by phone.",
            ("Vladimir Putin", "leads", "Russia"),
            ("Vladimir Putin", "leads", "Turkey"),
        ),
        (  # a past or deputy office leads nothing
            "Former Iraqi Prime Minister Haider al-Abadi and Deputy Prime Minister Fuad Hussein met in Baghdad.",
            None,
            ("Haider al-Abadi", "leads", "Iraqi government"),
        ),
    ],
)
def test_extraction_relations_title_leads_own_country_body(body, wanted, unwanted):
    triples = _triples("Officials speak\n\n" + body + "\n")
    if wanted is not None:
        assert wanted in triples
    assert unwanted not in triples
    assert not any(p == "leads" and o in ("Syria", "Iran", "Russia") for _, p, o in triples if wanted is None)


def test_extraction_relations_efforts_supported_by_reinforcements():
    text = (
        "Army pushes on\n\nOn August 21, the Syrian Army increased its anti-ISIS raids near Al-Sukhnah. "
        "According to pro-government sources, these efforts are being actively supported by recently deployed "
        "reinforcements from the Iranian-backed Liwa Fatemiyoun armed group.\n"
    )
    triples = _triples(text)
    assert ("Liwa Fatemiyoun", "supports", "Syrian Arab Army") in triples
    assert ("Iran", "supports", "Liwa Fatemiyoun") in triples


@pytest.mark.parametrize(
    ("sentence", "valid_from", "valid_until"),
    [
        ("ISIS has controlled the town of Al-Qa'im since 2014.", DateValue(2014, None, None, "year"), None),
        (
            "The Syrian Democratic Forces have controlled the city of Raqqa since October 2017.",
            DateValue(2017, 10, None, "month"),
            None,
        ),
        ("ISIS controlled the town of Al-Qa'im until November 2017.", None, DateValue(2017, 11, None, "month")),
        ("ISIS controlled the town of Al-Qa'im.", None, None),
    ],
)
def test_extraction_relations_validity_from_since_and_until(sentence, valid_from, valid_until):
    metadata = ArticleMetadata(published=datetime.date(2021, 6, 1))
    article = article_from_text("Control\n\n" + sentence + "\n", metadata=metadata)
    controls = [r for r in extract(article).relations if r.predicate == "controls"]
    assert controls
    assert (controls[0].valid_from, controls[0].valid_until) == (valid_from, valid_until)


def test_extraction_relations_title_inside_the_resolved_name_leads_its_state():
    """'Syrian President Bashar al-Assad' resolved as one name still says whom he leads."""
    triples = _triples(
        "Leaders meet\n\nSyria and Iran signed a deal. Syrian President Bashar al-Assad met the Iranian envoy.\n"
    )
    assert ("Bashar al-Assad", "leads", "Syria") in triples
    assert ("Bashar al-Assad", "leads", "Iran") not in triples
