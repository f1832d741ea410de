"""Attribution, round 16: a time phrase opening the reporting clause ("Late on Tuesday the ministry reported"), a
free relative "what" before the source ("what local sources said were Jordanian jets"), a count before a source
noun ("two officers told"), a claim inside a restrictive relative clause ("sites which Washington claimed were
used by …"), the source of a clause of contrast (", but residents say …") and "the army/military" as a source
(the state force the story names)."""

from __future__ import annotations

from kg.extraction.attribution import AttributionFinder
from kg.extraction.sentences import Sentence
from kg.model import ActorEntity, Decision, EntitySpan


def _sentence(text: str, index: int = 0, start: int = 0) -> Sentence:
    return Sentence(index, 0, "body", start, start + len(text), text)


def _names(finder: AttributionFinder, *sentences: str) -> list[str]:
    """The claimants of consecutive sentences, read in order by one finder."""
    names: list[str] = []
    offset = 0
    for index, sentence in enumerate(sentences):
        names += [a.claimant.name for a in finder.find(_sentence(sentence, index, offset))]
        offset += len(sentence) + 1
    return names


def test_a_time_phrase_opening_the_clause_is_no_part_of_the_source():
    first = "The Ministry of Defence said its air defences downed four drones near the base."
    second = "Early on Sunday the ministry said its artillery had destroyed the launch site."
    text = f"{first} {second}"
    start = text.index("Ministry of Defence")
    span = EntitySpan(start, start + len("Ministry of Defence"), "Ministry of Defence", "MOD", "actor")
    actor = ActorEntity("MOD", "Russian Ministry of Defence", "GovernmentBody", Decision.LINKED)
    finder = AttributionFinder([span], {"MOD": actor}, text=text)
    assert _names(finder, first, second) == ["Russian Ministry of Defence", "Russian Ministry of Defence"]


def test_a_weekday_before_a_generic_source_is_dropped():
    text = "On Friday evening local officials said the bridge had been blown up."
    assert [a.claimant.name for a in AttributionFinder([], {}).find(_sentence(text))] == ["local officials"]


def test_a_free_relative_what_is_no_part_of_the_source():
    text = "At dawn, what local residents said were Turkish drones hit a car on the highway."
    assert [a.claimant.name for a in AttributionFinder([], {}).find(_sentence(text))] == ["local residents"]


def test_a_count_before_a_source_noun_is_dropped():
    text = "The garrison abandoned its posts before the attack, three officers told reporters."
    assert [a.claimant.name for a in AttributionFinder([], {}).find(_sentence(text))] == ["officers"]


def test_a_claim_inside_a_restrictive_relative_clause_credits_nobody_with_the_act():
    text = "Jets struck three depots which Ankara claimed were used by the PKK."
    assert AttributionFinder([], {}).find(_sentence(text)) == []


def test_the_source_of_a_contrasted_clause_starts_after_the_conjunction():
    text = "Russian troops opened two checkpoints on the road last week, but villagers say the raids go on."
    found = AttributionFinder([], {}).find(_sentence(text))
    assert [a.claimant.name for a in found] == ["villagers"]
    assert found[0].start == text.index("villagers")


def test_the_military_as_a_source_is_the_state_force_the_story_names():
    text = "IDF troops came under fire near the village on Tuesday and returned fire, the military said."
    start = text.index("IDF")
    span = EntitySpan(start, start + 3, "IDF", "IDF", "actor")
    actor = ActorEntity("IDF", "Israel Defense Forces", "StateForce", Decision.LINKED)
    found = AttributionFinder([span], {"IDF": actor}, text=text).find(_sentence(text))
    assert [a.claimant.name for a in found] == ["Israel Defense Forces"]


def test_the_army_with_no_state_force_named_keeps_its_words():
    text = "Smugglers fired on a border post overnight, the army said."
    assert [a.claimant.name for a in AttributionFinder([], {}, text=text).find(_sentence(text))] == ["army"]
