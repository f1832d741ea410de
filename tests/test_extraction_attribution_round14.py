"""Attribution, round 14: a reporting verb inside a reduced relative clause ("a move critics said abandoned …",
"a man it accused of …") credits nobody with the sentence; "people accused of" is a participle, not a report;
an adverb between subject and verb ("The centre also said"), an apposition with a possessive ("Moscow, Damascus's
main ally, has said"), a capitalised title before a name ("Iraqi Interior Minister Qasim al-Araji") and an outlet
whose name opens with a generic word ("Radio Rozana's correspondent" in a Radio Rozana story)."""

from __future__ import annotations

from kg.extraction.attribution import AttributionFinder
from kg.extraction.sentences import Sentence
from kg.model import ActorEntity, Decision, EntitySpan


def _sentence(text: str, index: int = 0, start: int = 0) -> Sentence:
    return Sentence(index, 0, "body", start, start + len(text), text)


def _actor(text: str, surface: str, iri: str, name: str, kind: str, base: int = 0) -> tuple[EntitySpan, ActorEntity]:
    start = base + text.index(surface)
    return EntitySpan(start, start + len(surface), surface, iri, "actor"), ActorEntity(iri, name, kind, Decision.LINKED)


def test_a_plural_subject_after_a_singular_noun_is_a_reduced_relative():
    text = "The army left the hills last week, a decision analysts said weakened the front."
    assert AttributionFinder([], {}).find(_sentence(text)) == []


def test_a_pronoun_after_a_noun_is_a_reduced_relative():
    text = "Police detained three men, including a driver they accused of smuggling weapons."
    assert AttributionFinder([], {}).find(_sentence(text)) == []


def test_accused_of_is_a_participle():
    text = "The Asayish arrested two teachers of the council and people accused of contacts with the cells."
    span, actor = _actor(text, "council", "CNL", "Civil Council", "GovernmentBody")
    assert AttributionFinder([span], {"CNL": actor}).find(_sentence(text)) == []


def test_an_adverb_before_the_verb_leaves_the_anaphor_intact():
    first = "The Hama Coordination Centre said on Monday that two drones were downed."
    second = "The centre also said it had logged nine violations."
    text = f"{first} {second}"
    span, actor = _actor(text, "Hama Coordination Centre", "HCC", "Hama Coordination Centre", "GovernmentBody")
    finder = AttributionFinder([span], {"HCC": actor}, text=text)
    finder.find(_sentence(first, 0))
    found = finder.find(_sentence(second, 1, start=len(first) + 1))
    assert [a.claimant.name for a in found] == ["Hama Coordination Centre"]


def test_an_apposition_with_a_possessive_before_has_said():
    text = "Tehran, Baghdad's closest partner, has said the militias will stay."
    span, actor = _actor(text, "Tehran", "IR", "Iran", "State")
    found = AttributionFinder([span], {"IR": actor}).find(_sentence(text))
    assert [a.claimant.name for a in found] == ["Iran"]


def test_a_capitalised_title_before_a_name_is_the_person():
    text = "Four gunmen were killed, according to Iraqi Interior Minister Qasim al-Araji."
    state, iraq = _actor(text, "Iraqi", "IQ", "Iraq", "State")
    person, araji = _actor(text, "Qasim al-Araji", "QA", "Qasim al-Araji", "Person")
    found = AttributionFinder([state, person], {"IQ": iraq, "QA": araji}).find(_sentence(text))
    assert [a.claimant.name for a in found] == ["Qasim al-Araji"]


def test_an_outlet_name_opening_with_a_generic_word():
    text = "A convoy entered the town, Rozana's correspondent reported."
    found = AttributionFinder([], {}, publisher="Radio Rozana").find(_sentence(text))
    assert [a.own_voice for a in found] == [True]


def test_a_source_keeps_the_body_it_sits_in():
    text = "Two workers were hurt, according to sources at the power station."
    found = AttributionFinder([], {}).find(_sentence(text))
    text2 = "Mortars hit the depot overnight, an official at the power station said."
    found2 = AttributionFinder([], {}).find(_sentence(text2))
    names = [a.claimant.name for a in found + found2]
    assert names == ["sources at the power station", "official at the power station"]


def test_a_source_drops_where_it_merely_is():
    text = "Mortars hit the depot overnight, an official in the district said."
    assert [a.claimant.name for a in AttributionFinder([], {}).find(_sentence(text))] == ["official"]


def test_the_general_is_the_person_named_with_the_rank():
    first = "Two drones were downed, Major General Ivan Petrov said on Monday."
    second = "According to the general, the militants shelled nine villages."
    text = f"{first} {second}"
    span, actor = _actor(text, "Major General Ivan Petrov", "IP", "Ivan Petrov", "Person")
    finder = AttributionFinder([span], {"IP": actor}, text=text)
    finder.find(_sentence(first, 0))
    found = finder.find(_sentence(second, 1, start=len(first) + 1))
    assert [a.claimant.name for a in found] == ["Ivan Petrov"]


def test_citing_a_quoted_name():
    text = 'Foreign channels, citing the so-called "Damascus Monitor", said the strike killed nine people.'
    start = text.index("Damascus Monitor")
    span = EntitySpan(start, start + len("Damascus Monitor"), "Damascus Monitor", "DM", "actor")
    actor = ActorEntity("DM", "Damascus Monitor for Rights", "MonitoringGroup", Decision.LINKED)
    found = AttributionFinder([span], {"DM": actor}).find(_sentence(text))
    assert [a.claimant.name for a in found] == ["Damascus Monitor for Rights"]
