"""Attribution, round 20: a source first described by its role ("…, a senior army commander said.") and named
with that role as the speaker opening the next sentence or paragraph ("Colonel Rami Haddad, the commander of the
eastern front, told reporters …") is that person; a role the next speaker does not hold, or a named source,
stays as it was."""

from __future__ import annotations

from kg.extraction.attribution import AttributionFinder
from tests.test_extraction_attribution_round15 import _actor, _sentence


def _two(first: str, second: str, surface: str, gap: str = " ") -> list[str]:
    text = f"{first}{gap}{second}"
    span, actor = _actor(text, surface, "P1", surface, "Person")
    finder = AttributionFinder([span], {"P1": actor}, text=text)
    names = [a.claimant.name for a in finder.find(_sentence(first, 0, 0))]
    names += [a.claimant.name for a in finder.find(_sentence(second, 1, len(first) + len(gap)))]
    return names


def test_a_commander_named_in_the_next_sentence():
    first = "Army units retook Tell Jabir on Friday after a day of fighting, a senior army commander said."
    second = "Colonel Rami Haddad, the commander of the eastern front, told reporters that six soldiers were wounded."
    assert _two(first, second, "Rami Haddad") == ["Rami Haddad", "Rami Haddad"]


def test_a_spokesman_named_in_the_next_paragraph():
    first = "Drones struck two depots outside Qasra overnight, a police spokesman said."
    second = "Major Karim Saleh, spokesman of the provincial police, said nobody was hurt."
    assert _two(first, second, "Karim Saleh", gap="\n\n") == ["Karim Saleh", "Karim Saleh"]


def test_a_speaker_with_another_role_is_not_the_source():
    first = "Army units retook the village of Tell Jabir on Friday, a senior army commander said."
    second = "Colonel Rami Haddad, the governor of the province, said families could return soon."
    assert _two(first, second, "Rami Haddad") == ["senior army commander", "Rami Haddad"]


def test_a_named_source_stays_with_its_name():
    first = "Army units retook the village of Tell Jabir on Friday, the Defence Ministry said."
    second = "Colonel Rami Haddad, the commander of the eastern front, said six soldiers were wounded."
    assert _two(first, second, "Rami Haddad") == ["Defence Ministry", "Rami Haddad"]
