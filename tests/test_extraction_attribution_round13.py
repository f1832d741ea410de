"""Attribution, round 13: claimant names kept whole ("a U.S. defense official", "the officer" for the officer named
before), sources that speak for a body ("a source at X Command", "a statement from the brigade"), the verb before its
subject ("…, said the Y network"), and nouns or hedges that name no source ("The claim …", "could not be confirmed")."""

from __future__ import annotations

from kg.extraction.attribution import AttributionFinder
from kg.extraction.sentences import Sentence
from kg.model import ActorEntity, Decision, EntitySpan


def _sentence(text: str, index: int = 0, start: int = 0) -> Sentence:
    return Sentence(index, 0, "body", start, start + len(text), text)


def _actor(text: str, surface: str, iri: str, name: str, kind: str, base: int = 0) -> tuple[EntitySpan, ActorEntity]:
    start = base + text.index(surface)
    return EntitySpan(start, start + len(surface), surface, iri, "actor"), ActorEntity(iri, name, kind, Decision.LINKED)


def test_according_to_keeps_an_abbreviation_with_dots():
    text = "A drone fell inside the base without causing damage, according to a U.K. defence official."
    found = AttributionFinder([], {}).find(_sentence(text))
    assert [a.claimant.name for a in found] == ["U.K. defence official"]


def test_the_officer_is_the_officer_named_before():
    finder = AttributionFinder([], {})
    finder.find(_sentence("A Border Guard officer in Rutba told reporters that four guards had died.", 0))
    found = finder.find(_sentence("The attackers fled on foot, the officer said.", 1))
    assert [a.claimant.name for a in found] == ["Border Guard officer"]


def test_a_bare_source_at_a_named_command_speaks_for_it():
    text = "Two rockets hit the market, a source at Hama Police Command said."
    span, actor = _actor(text, "Hama Police Command", "HPC", "Hama Police Command", "GovernmentBody")
    found = AttributionFinder([span], {"HPC": actor}).find(_sentence(text))
    assert [a.claimant.name for a in found] == ["Hama Police Command"]


def test_a_qualified_source_keeps_its_own_words():
    text = "Two rockets hit the market, a security source at Hama Police Command said."
    span, actor = _actor(text, "Hama Police Command", "HPC", "Hama Police Command", "GovernmentBody")
    found = AttributionFinder([span], {"HPC": actor}).find(_sentence(text))
    assert [a.claimant.name for a in found] == ["security source"]


def test_a_statement_from_the_brigade_is_the_brigade_named_before():
    first = "A patrol of the 44th Brigade was hit near the bridge."
    second = "Two fighters were hurt, according to a statement from the brigade."
    text = f"{first} {second}"
    span, actor = _actor(text, "44th Brigade", "B44", "44th Brigade", "MilitaryUnit")
    finder = AttributionFinder([span], {"B44": actor}, text=text)
    finder.find(_sentence(first, 0))
    found = finder.find(_sentence(second, 1, start=len(first) + 1))
    assert [a.claimant.name for a in found] == ["44th Brigade"]


def test_the_verb_before_its_subject():
    text = "One guard was killed, said the Palmyra Today network, which later raised the toll."
    found = AttributionFinder([], {}, text=text).find(_sentence(text))
    assert [a.claimant.name for a in found] == ["Palmyra Today network"]
    quoted = '"The town is calm now," said Colonel Ahmad Saleh, the brigade spokesman.'
    assert [a.claimant.name for a in AttributionFinder([], {}).find(_sentence(quoted))] == ["Colonel Ahmad Saleh"]


def test_the_verb_before_a_clause_names_nobody():
    text = "The ministry, in a note on Monday, said the strike killed four soldiers, a figure others dispute."
    names = [a.claimant.name for a in AttributionFinder([], {}).find(_sentence(text))]
    assert "strike killed four soldiers" not in names
    text = "Ahmad Saleh, head of the council, said SDF fighters, backed by helicopters, had detained five men."
    assert [a.claimant.name for a in AttributionFinder([], {}).find(_sentence(text))] == ["Ahmad Saleh"]


def test_a_claim_as_a_noun_and_an_unconfirmed_figure_name_no_source():
    finder = AttributionFinder([], {})
    assert finder.find(_sentence("The claim could not be verified by the ministry.")) == []
    assert finder.find(_sentence("The figure could not be independently confirmed.")) == []


def test_according_to_him_continues_the_speaker():
    finder = AttributionFinder([], {})
    finder.find(_sentence("A local commander told reporters that the road was cut.", 0))
    found = finder.find(_sentence("According to him, six trucks were burned.", 1))
    assert [a.claimant.name for a in found] == ["local commander"]


def test_a_titled_name_after_a_body_is_the_person():
    text = "YPG spokesman Nuri Mahmoud said the jets hit two villages."
    span, actor = _actor(text, "YPG", "YPG", "People's Protection Units", "ArmedGroup")
    found = AttributionFinder([span], {"YPG": actor}).find(_sentence(text))
    assert [a.claimant.name for a in found] == ["Nuri Mahmoud"]


def test_an_alleged_attack_names_no_source():
    assert AttributionFinder([], {}).find(_sentence("On 3 May, an alleged drone attack hit the depot.")) == []


def test_two_bodies_joined_by_and_credit_the_first():
    text = "The strike killed nine people, according to the Idlib Health Directorate and the Civil Defence."
    first, a1 = _actor(text, "Idlib Health Directorate", "IHD", "Idlib Health Directorate", "GovernmentBody")
    second, a2 = _actor(text, "Civil Defence", "SCD", "Syria Civil Defence", "Other")
    found = AttributionFinder([first, second], {"IHD": a1, "SCD": a2}).find(_sentence(text))
    assert [a.claimant.name for a in found] == ["Idlib Health Directorate"]


def test_a_national_military_source_is_the_conventional_label_and_keeps_its_anaphor():
    finder = AttributionFinder([], {})
    found = finder.find(_sentence("A Jordanian military source said on Friday that the post was hit.", 0))
    assert [a.claimant.name for a in found] == ["military source"]
    found = finder.find(_sentence("Two guards were hurt, the Jordanian source added.", 1))
    assert [a.claimant.name for a in found] == ["military source"]
    found = AttributionFinder([], {}).find(_sentence("An Iraqi security official said the post was hit."))
    assert [a.claimant.name for a in found] == ["Iraqi security official"]
