"""Attribution, round 15: figures named by their owner's possessive ("according to the Monitor's tally"), two
coordinated sources ("a war monitor and local activists said"), a passive reporting verb ("most of them claimed by
the group"), "residents reached by phone", a rank abbreviation before a name ("according to Col. X"), the monitor
already cited when another rights body is named, and a publisher's acronym without its generic last word ("JFL"
for Justice for Life Organization)."""

from __future__ import annotations

from kg.extraction.attribution import AttributionFinder
from kg.extraction.sentences import Sentence
from kg.model import ActorEntity, Decision, EntitySpan


def _sentence(text: str, index: int = 0, start: int = 0) -> Sentence:
    return Sentence(index, 0, "body", start, start + len(text), text)


def _actor(text: str, surface: str, iri: str, name: str, kind: str, base: int = 0) -> tuple[EntitySpan, ActorEntity]:
    start = base + text.index(surface)
    return EntitySpan(start, start + len(surface), surface, iri, "actor"), ActorEntity(iri, name, kind, Decision.LINKED)


def _names(finder: AttributionFinder, *sentences: str) -> list[str]:
    """The claimants of consecutive sentences, read in order by one finder."""
    names: list[str] = []
    offset = 0
    for index, sentence in enumerate(sentences):
        names += [a.claimant.name for a in finder.find(_sentence(sentence, index, offset))]
        offset += len(sentence) + 1
    return names


def test_figures_named_by_their_owners_possessive_credit_the_owner():
    first = "The Damascus Rights Monitor said two civilians died in the shelling."
    second = "Jets have hit the crossing eleven times since May, according to the Monitor's tally."
    text = f"{first} {second}"
    span, actor = _actor(text, "Damascus Rights Monitor", "DRM", "Damascus Rights Monitor", "MonitoringGroup")
    finder = AttributionFinder([span], {"DRM": actor}, text=text)
    assert _names(finder, first, second) == ["Damascus Rights Monitor", "Damascus Rights Monitor"]


def test_two_coordinated_sources_credit_the_first_named():
    text = "Troops stormed the old quarter on Friday, a war monitor and local residents said."
    span, actor = _actor(text, "Troops", "X", "Syrian Arab Army", "StateForce")
    monitor = ActorEntity("MON", "Damascus Rights Monitor", "MonitoringGroup", Decision.LINKED)
    found = AttributionFinder([span], {"X": actor, "MON": monitor}).find(_sentence(text))
    assert [a.claimant.name for a in found] == ["Damascus Rights Monitor"]


def test_a_passive_reporting_verb_has_no_subject_before_it():
    text = "A wave of car bombs, most of them claimed by the group, killed 40 people across the city."
    assert AttributionFinder([], {}).find(_sentence(text)) == []


def test_residents_reached_by_phone_are_residents():
    text = "Villagers reached by phone said the gunmen burned two shops."
    assert [a.claimant.name for a in AttributionFinder([], {}).find(_sentence(text))] == ["villagers"]


def test_a_rank_abbreviation_does_not_end_the_source():
    text = "Police arrested nine men, according to Brig. Salem Haddad, the head of the district police."
    span, actor = _actor(text, "Salem Haddad", "SH", "Salem Haddad", "Person")
    found = AttributionFinder([span], {"SH": actor}).find(_sentence(text))
    assert [a.claimant.name for a in found] == ["Salem Haddad"]


def test_a_monitor_description_is_the_monitor_already_cited():
    first = "The Damascus Rights Monitor said six fighters were killed."
    second = "The Britain-based monitoring group said 40 militants had been killed since Saturday."
    text = f"{first} {second}"
    span, actor = _actor(text, "Damascus Rights Monitor", "DRM", "Damascus Rights Monitor", "MonitoringGroup")
    other = ActorEntity("AHR", "Assyrian Rights Network", "MonitoringGroup", Decision.LINKED)
    finder = AttributionFinder([span], {"DRM": actor, "AHR": other}, text=text)
    assert _names(finder, first, second) == ["Damascus Rights Monitor", "Damascus Rights Monitor"]


def test_a_publisher_acronym_may_leave_out_a_generic_last_word():
    text = "Gunmen raided four houses at dawn, according to HFP's field team."
    found = AttributionFinder([], {}, publisher="Hope for Peace Foundation").find(_sentence(text))
    assert [a.own_voice for a in found] == [True]


def test_a_hyphenated_compound_is_no_reporting_verb():
    text = "The fighters fell back to Tabqa, the militia's self-declared stronghold, local sources said."
    span, actor = _actor(text, "militia", "M", "Some Militia", "ArmedGroup")
    found = AttributionFinder([span], {"M": actor}).find(_sentence(text))
    assert [a.claimant.name for a in found] == ["local sources"]


def test_the_subject_of_the_first_of_two_coordinated_predicates():
    text = "Rebel fighters conceded losing the hill but said they had killed ten soldiers."
    assert [a.claimant.name for a in AttributionFinder([], {}).find(_sentence(text))] == ["rebel fighters"]


def test_a_coordinated_predicate_after_which_names_no_source():
    text = "The town had symbolic value for the group, which renamed its newspaper after it and claimed a battle there."
    assert AttributionFinder([], {}).find(_sentence(text)) == []


def test_the_communique_is_the_body_that_issued_it():
    first = "In a communique issued today, the Army Command said that units were deployed along the border."
    second = "The communiqué added that two posts were set up."
    text = f"{first} {second}"
    span, actor = _actor(text, "Army Command", "LAF", "Lebanese Armed Forces", "StateForce")
    finder = AttributionFinder([span], {"LAF": actor}, text=text)
    assert _names(finder, first, second) == ["Lebanese Armed Forces", "Lebanese Armed Forces"]


def test_every_rank_of_the_resolver_is_dropped_before_a_titled_name():
    text = "Two boats were seized, according to Turkish Navy commander Admiral Ercan Tosun."
    span, actor = _actor(text, "Turkish Navy", "TN", "Turkish Naval Forces", "StateForce")
    found = AttributionFinder([span], {"TN": actor}).find(_sentence(text))
    assert [a.claimant.name for a in found] == ["Ercan Tosun"]


def test_every_abbreviated_title_of_the_resolver_keeps_the_source_whole():
    text = "The clinic was hit twice, according to Ms. Layla Haddad, its director."
    assert [a.claimant.name for a in AttributionFinder([], {}).find(_sentence(text))] == ["Ms. Layla Haddad"]


def test_every_nationality_of_the_country_table_before_military_source():
    text = "Two launchers were destroyed, a Saudi military source said."
    assert [a.claimant.name for a in AttributionFinder([], {}).find(_sentence(text))] == ["military source"]


def test_a_capitalised_verb_inside_a_name_is_part_of_the_name():
    text = "Jets struck the city nine times, according to the Hama Is Burning Quietly campaign."
    span, actor = _actor(text, "Hama Is Burning Quietly", "HB", "Hama Is Burning Quietly", "MediaOutlet")
    found = AttributionFinder([span], {"HB": actor}).find(_sentence(text))
    assert [a.claimant.name for a in found] == ["Hama Is Burning Quietly"]
