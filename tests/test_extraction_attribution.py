"""Attribution cues: who the text credits a statement to, in its own words or by canonical name."""

from __future__ import annotations

import pytest

from kg.extraction.attribution import AttributionFinder, unconfirmed_sentences
from kg.extraction.sentences import Sentence
from kg.model import ActorEntity, Decision, EntitySpan


def _sentence(text: str, index: int = 0, paragraph: int = 0) -> Sentence:
    return Sentence(index, paragraph, "body", 0, len(text), text)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("According to pro-government sources, the army kicked off an operation.", "pro-government sources"),
        ("Pro-government sources claim that up to 30 ISIS members were neutralized.", "pro-government sources"),
        ("Shelling hit the town over the past 24 hours, the Reconciliation Center reported.", "Reconciliation Center"),
        ("Fighting continued, field sources reported on Wednesday, adding that more units came.", "field sources"),
        (
            "According to a military source in the Deir Ezzor Governorate, the army was conducting it.",
            "military source",
        ),
        ("The army reportedly moved several units to the border region.", "unspecified reports"),
        ("Relevant reports said earlier this month that troops repelled an attack.", "relevant reports"),
        (
            "Supporters of the opposition immediately claimed that the army suffered losses.",
            "supporters of the opposition",
        ),
        ("According to local sources, a roadside bomb hit a convoy.", "local sources"),
    ],
)
def test_extraction_attribution_claimant_in_text_terms(text, claimant):
    found = AttributionFinder([], {}).find(_sentence(text))
    assert found and found[0].claimant.name == claimant


def _isis(text: str) -> tuple[list[EntitySpan], dict[str, ActorEntity]]:
    spans = []
    start = text.find("ISIS")
    while start != -1:
        spans.append(EntitySpan(start, start + 4, "ISIS", "IS", "actor"))
        start = text.find("ISIS", start + 1)
    return spans, {"IS": ActorEntity("IS", "Islamic State", "ArmedGroup", Decision.LINKED)}


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("In a statement released by its news agency, Amaq, ISIS claimed that IEDs struck a patrol.", False),
        ("On August 20, ISIS claimed responsibility for the recent attack.", True),
        ("Meanwhile, ISIS announced that it had conducted 29 attacks.", False),
    ],
)
def test_extraction_attribution_actor_claimant_uses_canonical_name(text, agent):
    spans, actors = _isis(text)
    found = AttributionFinder(spans, actors).find(_sentence(text))
    assert found[0].claimant.name == "Islamic State" and found[0].claimant.actor_iri == "IS"
    assert found[0].is_agent is agent


def test_extraction_attribution_pronoun_continues_previous_claimant():
    finder = AttributionFinder([], {})
    finder.find(_sentence("Opposition supporters claimed that the army suffered heavy losses.", 0))
    found = finder.find(_sentence("They insist that over 20 soldiers were killed.", 1))
    assert found[0].claimant.name == "opposition supporters"


def test_extraction_attribution_unconfirmed_marks_preceding_claims():
    texts = ["ISIS announced 29 attacks.", "The group claims that 66 were killed.", "These claims remain unconfirmed."]
    sentences = [_sentence(t, i) for i, t in enumerate(texts)]
    assert unconfirmed_sentences(sentences) == {0, 1, 2}


def test_extraction_attribution_plain_statement_has_none():
    assert AttributionFinder([], {}).find(_sentence("The Turkish Army established a new observation post.")) == []


def test_extraction_attribution_claim_frame_covers_names_before_the_complement():
    text = "In a statement released by its news agency, Amaq, ISIS claimed that IEDs struck a patrol."
    spans, actors = _isis(text)
    found = AttributionFinder(spans, actors).find(_sentence(text))
    assert found[0].start == 0 and text[found[0].start : found[0].end].endswith("ISIS claimed")


def _actor(text: str, surface: str, iri: str, name: str, kind: str) -> tuple[EntitySpan, ActorEntity]:
    start = text.index(surface)
    return EntitySpan(start, start + len(surface), surface, iri, "actor"), ActorEntity(iri, name, kind, Decision.LINKED)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("A military source from the army's 17th Division told reporters that ISIS attacked.", "military source"),
        ("An Iraqi security source said the rockets were launched from a truck.", "Iraqi security source"),
        (
            "A local source in the town, who asked not to be named, gave a higher toll, saying six died.",
            "local source",
        ),
    ],
)
def test_extraction_attribution_generic_source_keeps_its_own_words(text, claimant):
    spans, actors = [], {}
    known = (("17th Division", "D17", "17th Division", "Division"), ("Iraqi", "IQ", "Iraq", "State"))
    for surface, iri, name, kind in known:
        if surface in text:
            span, actor = _actor(text, surface, iri, name, kind)
            spans.append(span)
            actors[iri] = actor
    found = AttributionFinder(spans, actors).find(_sentence(text))
    assert found and found[0].claimant.name == claimant


def test_extraction_attribution_spokesperson_speaks_for_the_body():
    text = "Deputy head of the Reconciliation Center Rear Admiral Ivan Petrov said on Wednesday that shelling hit."
    body, body_actor = _actor(text, "Reconciliation Center", "RC", "Reconciliation Center", "GovernmentBody")
    person, person_actor = _actor(text, "Ivan Petrov", "IP", "Ivan Petrov", "Person")
    finder = AttributionFinder([body, person], {"RC": body_actor, "IP": person_actor})
    assert finder.find(_sentence(text))[0].claimant.actor_iri == "RC"
    later = "According to Petrov, two soldiers were wounded."
    span = EntitySpan(100 + later.index("Petrov"), 100 + later.index("Petrov") + 6, "Petrov", "IP", "actor")
    finder.spans.append(span)
    found = finder.find(Sentence(1, 1, "body", 100, 100 + len(later), later))
    assert found[0].claimant.actor_iri == "RC"


def test_extraction_attribution_a_bare_noun_is_the_body_introduced_with_it_not_a_name_near_the_word():
    first = (
        "ISIS fighters, who relied on a smuggling network, attacked. The Horan Free League, an activist network, "
        "said so."
    )
    later = "A commander blew himself up, the network said."
    text = first + " " + later
    isis, isis_actor = _actor(text, "ISIS", "IS", "Islamic State", "ArmedGroup")
    league, league_actor = _actor(text, "Horan Free League", "HFL", "Horan Free League", "MediaOutlet")
    finder = AttributionFinder([isis, league], {"IS": isis_actor, "HFL": league_actor}, text=text)
    finder.find(Sentence(0, 0, "body", 0, len(first), first))
    start = len(first) + 1
    found = finder.find(Sentence(1, 0, "body", start, start + len(later), later))
    assert found[0].claimant.actor_iri == "HFL"


def test_extraction_attribution_a_bare_title_is_the_person_introduced_with_it():
    first = "Kirkuk's governor, Najmaldin Karim, told local television that the toll had risen to 15."
    later = "Two suicide bombers blew themselves up in Dibis, according to the governor."
    text = first + " " + later
    person, actor = _actor(text, "Najmaldin Karim", "NK", "Najmaldin Karim", "Person")
    finder = AttributionFinder([person], {"NK": actor}, text=text)
    finder.find(Sentence(0, 0, "body", 0, len(first), first))
    start = len(first) + 1
    found = finder.find(Sentence(1, 0, "body", start, start + len(later), later))
    assert found[0].claimant.actor_iri == "NK" and found[0].claimant.name == "Najmaldin Karim"


@pytest.mark.parametrize(
    "text",
    [
        "SOHR activists said that five soldiers were killed.",
        "According to SOHR sources, the attackers detonated a landmine.",
        "SOHR has documented the deaths of 23 militants.",
    ],
)
def test_extraction_attribution_publisher_own_voice(text):
    found = AttributionFinder([], {}, "Syrian Observatory for Human Rights").find(_sentence(text))
    assert found and all(a.own_voice for a in found)
    assert not AttributionFinder([], {}, "Reuters").find(_sentence(text))[0].own_voice


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("SMART's correspondent said regime forces withdrew toward the hospital.", True),
        ("The correspondent said around 150 soldiers are besieged.", True),
        ("A Reuters correspondent said the town fell.", False),
    ],
)
def test_extraction_attribution_the_outlets_own_correspondent(text, own):
    found = AttributionFinder([], {}, "SMART News Agency").find(_sentence(text))
    assert found and found[0].own_voice is own


@pytest.mark.parametrize(
    ("text", "surface", "claimant"),
    [
        (
            "An Iraqi army officer said a woman detonated an explosive belt among fleeing families.",
            "Iraqi army",
            "Iraqi army officer",
        ),
        # "a police officer" names a source even where resolution also reads the words as a mention of the police
        (
            "An IED struck a police patrol in Ramadi on Wednesday, killing two policemen, a police officer said.",
            "police officer",
            "police officer",
        ),
    ],
)
def test_extraction_attribution_an_officer_of_a_force_is_a_generic_source(text, surface, claimant):
    span, actor = _actor(text, surface, "F", "Iraqi Army", "StateForce")
    found = AttributionFinder([span], {"F": actor}).find(_sentence(text))
    assert found[0].claimant.name == claimant and found[0].claimant.actor_iri is None


@pytest.mark.parametrize(
    ("text", "name", "own"),
    [
        ("The newspaper's correspondent said a Turkish convoy entered Idlib.", None, True),
        ("The paper's sources said HTS had sent reinforcements.", None, True),
        (
            "Opposition military sources quoted by the newspaper said the factions withdrew.",
            "opposition military sources",
            False,
        ),
    ],
)
def test_extraction_attribution_a_newspapers_own_people_and_sources_it_quotes(text, name, own):
    found = AttributionFinder([], {}, "Al-Quds Al-Arabi").find(_sentence(text))
    assert found and found[0].own_voice is own
    if name:
        assert found[0].claimant.name.lower() == name


def test_extraction_attribution_no_claimant_with_a_finite_verb():
    text = "The strikes were carried out after reconnaissance confirmed that the depots were used."
    assert AttributionFinder([], {}).find(_sentence(text)) == []


def test_extraction_attribution_name_before_its_acronym():
    text = "The Syrian Observatory for Human Rights (SOHR), a UK-based war monitor, reported a higher toll."
    span, actor = _actor(text, "Syrian Observatory for Human Rights", "SOHR", "Syrian Observatory", "Other")
    found = AttributionFinder([span], {"SOHR": actor}).find(_sentence(text))
    assert found[0].claimant.actor_iri == "SOHR" and found[0].start <= span.start


def test_extraction_attribution_listener_is_inside_the_frame():
    text = "A military source told SANA reporter that the terrorists attacked the posts."
    span, actor = _actor(text, "SANA", "SANA", "Syrian Arab News Agency", "MediaOutlet")
    found = AttributionFinder([span], {"SANA": actor}).find(_sentence(text))
    assert found[0].claimant.name == "military source" and found[0].end >= span.end


def test_extraction_attribution_affiliated_outlet_is_its_own_claimant():
    text = "Rockets hit regime positions near Saraqib, the HTS-affiliated Amjad agency reported."
    span, actor = _actor(text, "HTS", "HTS", "Hayat Tahrir al-Sham", "ArmedGroup")
    found = AttributionFinder([span], {"HTS": actor}).find(_sentence(text))
    assert found[0].claimant.name == "HTS-affiliated Amjad agency" and found[0].claimant.actor_iri is None


def test_extraction_attribution_each_figure_keeps_its_own_source():
    text = (
        "Three civilians were killed in Sarmin when regime forces shelled the town, the Civil Defence said.\n\n"
        "The Civil Defence said its teams recovered the bodies, while a local activist told reporters that the toll "
        "had risen to four by the morning."
    )
    from kg.articles import article_from_text
    from kg.extraction import extract_to_json

    events = extract_to_json(article_from_text("Shelling in Idlib\n\n" + text + "\n"))["events"]
    claims = {c["count"]: c["claimed_by"] for c in events[0]["casualties"]}
    assert claims == {3: "Syria Civil Defence", 4: "local activist"}  # the White Helmets, in a Syrian story
