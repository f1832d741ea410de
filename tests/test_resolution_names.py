"""Name folding, tokenising and the alias index (kg.resolution.names, kg.resolution.index)."""

from __future__ import annotations

import pytest

from kg.reference import ReferenceActor, ReferenceData, ReferencePlace
from kg.resolution import normalize_name
from kg.resolution.index import AliasIndex, scan
from kg.resolution.names import edit_distance, fuzzy_limit, slugify, tokenize


@pytest.mark.parametrize(
    "spellings",
    [
        ("Deir ez-Zor", "Deir Ezzor", "Deir-Ezzor", "DEIR EZZOR", "Deir Ezzur"),
        ("al-Mayadeen", "Al-Mayadin", "Mayadeen", "Mayadin"),
        ("Sukhnah", "al-Sukhna", "Al-Sukhnah"),
        ("Lattakia", "Latakia"),
        ("al-Qa’em", "Al-Qa'im", "Qa’em"),
        ("Kata’ib Hezbollah", "Kata'ib Hizbullah", "KATA`IB HEZBOLLAH"),
        ("Fatemiyoun", "Fatimiyun"),
        ("Raqqa", "Rakka", "ar-Raqqah"),
        ("Al Tanf", "al-Tanf", "Tanf"),
    ],
)
def test_resolution_names_spellings_fold_together(spellings: tuple[str, ...]) -> None:
    assert len({normalize_name(s) for s in spellings}) == 1


@pytest.mark.parametrize("a, b", [("Homs", "Hama"), ("Idlib", "Iraq"), ("Syria", "Syrian"), ("Anbar", "Ana")])
def test_resolution_names_distinct_names_stay_apart(a: str, b: str) -> None:
    assert normalize_name(a) != normalize_name(b)


def test_resolution_names_possessive_is_not_part_of_a_word() -> None:
    words = [t.text for t in tokenize("ISIS’ newspaper and Hezbollah's fighters in Kata’ib Qa’em")]
    assert words == ["ISIS", "newspaper", "and", "Hezbollah", "fighters", "in", "Kata’ib", "Qa’em"]


def test_resolution_names_tokens_keep_offsets() -> None:
    text = "near al-Sukhnah, U.S. forces"
    assert all(text[t.start : t.end] == t.text for t in tokenize(text))


def test_resolution_names_fuzzy_only_for_long_names() -> None:
    assert fuzzy_limit(normalize_name("Homs")) == 0
    assert fuzzy_limit(normalize_name("Tal Abyad")) >= 1
    assert edit_distance("kitten", "sitting", 3) == 3
    assert edit_distance("abc", "abcdef", 1) == 2  # gave up past the limit


def test_resolution_names_slug_is_ascii() -> None:
    assert slugify("Kata’ib Hezbollah – Brigade 45") == "kataib-hezbollah-brigade-45"


@pytest.fixture(scope="module")
def small_index() -> AliasIndex:
    ref = ReferenceData(
        actors={
            "a:is": ReferenceActor("a:is", "Islamic State", "ArmedGroup", aliases=("IS", "ISIS", "Daesh")),
            "a:us": ReferenceActor("a:us", "United States", "State", aliases=("US",)),
        },
        places={
            "p:dz": ReferencePlace("p:dz", "Deir ez-Zor", "City", aliases=("Deir Ezzor",)),
            "p:tabyad": ReferencePlace("p:tabyad", "Tal Abyad", "Town"),
        },
        superclasses={"City": ("Settlement",), "Town": ("Settlement",), "Settlement": ("Place",)},
    )
    return AliasIndex(ref)


def _found(index: AliasIndex, text: str) -> list[str]:
    return [m.text for m in scan(index, text, tokenize(text))]


def test_resolution_names_acronyms_are_case_sensitive(small_index: AliasIndex) -> None:
    assert _found(small_index, "It is clear that IS and US troops told us") == ["IS", "US"]


def test_resolution_names_shouting_text_has_no_two_letter_acronyms(small_index: AliasIndex) -> None:
    text = "WHAT IS LEFT OF DAESH"
    assert [m.text for m in scan(small_index, text, tokenize(text), all_caps=True)] == ["DAESH"]


def test_resolution_names_lower_case_words_never_match_places(small_index: AliasIndex) -> None:
    assert _found(small_index, "the daesh fighters") == []
    assert _found(small_index, "fighters of Daesh in DEIR EZZOR and Deir-Ezzor") == [
        "Daesh",
        "DEIR EZZOR",
        "Deir-Ezzor",
    ]


def test_resolution_names_possessive_still_matches(small_index: AliasIndex) -> None:
    assert _found(small_index, "ISIS’ newspaper and Daesh's agency") == ["ISIS", "Daesh"]


def test_resolution_names_fuzzy_lookup_bounded(small_index: AliasIndex) -> None:
    assert [e.iri for e in small_index.fuzzy_lookup("Tal Abiat")] == ["p:tabyad"]
    assert small_index.fuzzy_lookup("Tal Aby") == []  # a different name, not a spelling
    assert small_index.fuzzy_lookup("Hums") == []  # short names never fuzzy
