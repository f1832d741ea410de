"""Round 20 (casualties): a toll raised by an ordinal whose victim is described in an apposition or a relative
clause; a victim phrase never runs over a status verb ("30 people had died and 71 had been wounded" is two
figures); a victim named before a singular figure joins its count ("A man and a boy were killed": 2); an officer
of a service branch; bodies recovered, told in the passive. Texts are our own."""

from __future__ import annotations

from kg.extraction.casualties import find_figures


def _figures(text: str) -> set[tuple]:
    return {(f.status, f.count, f.min_count, f.max_count) for f in find_figures(text, 0, [], {})}


def test_extraction_casualties_an_ordinal_victim_in_apposition_raises_the_toll():
    text = "The hospital said later that a fourth person, a young nurse, had died of her wounds."
    assert ("killed", 4, None, None) in _figures(text)


def test_extraction_casualties_an_ordinal_victim_with_a_relative_clause_raises_the_toll():
    text = "On Friday the brigade said a sixth soldier, who had been badly burned, had died overnight."
    assert ("killed", 6, None, None) in _figures(text)


def test_extraction_casualties_an_ordinal_victim_noun_raises_the_toll():
    text = "Rescuers said a seventh victim, an elderly shopkeeper, died in the afternoon."
    assert ("killed", 7, None, None) in _figures(text)


def test_extraction_casualties_the_victim_phrase_stops_at_a_status_verb():
    text = "Medics in the town said that 30 people had died and 71 had been wounded in the blasts."
    figures = _figures(text)
    assert ("killed", 30, None, None) in figures
    assert ("injured", 71, None, None) in figures
    assert ("injured", 30, None, None) not in figures


def test_extraction_casualties_a_victim_before_a_singular_figure_joins_its_count():
    assert ("killed", 2, None, None) in _figures("A man and a boy were killed when the shell hit their house.")
    assert ("injured", 2, None, None) in _figures("A father and his daughter were wounded by shrapnel.")


def test_extraction_casualties_a_mother_named_before_her_children_joins_their_count():
    assert ("injured", 4, None, None) in _figures("A mother and her three children were lightly injured.")


def test_extraction_casualties_an_officer_of_a_service_branch_is_one_victim():
    text = "A magnetic bomb killed an army intelligence officer near Samarra on Monday."
    assert ("killed", 1, None, None) in _figures(text)


def test_extraction_casualties_bodies_recovered_in_the_passive_are_dead():
    assert ("killed", 7, None, None) in _figures("Officials said only seven bodies were recovered from the site.")


def test_extraction_casualties_bodies_found_tell_a_discovery_not_a_toll():
    assert _figures("Three bodies were found dumped near the river.") == set()


def test_extraction_casualties_the_dead_a_side_mourns_are_killed():
    assert ("killed", 3, None, None) in _figures("Loyalist pages mourned three officers from the 25th Division.")
    assert ("killed", 1, None, None) in _figures("A militia channel mourned a commander of the brigade on Monday.")
