"""Runs every recogniser over an article, picks non-overlapping spans and builds the entities.

Order matters only where one recogniser needs another's output: descriptions need the country context, which
needs the names found first; anaphora ("the terrorist group") need the actors already chosen. Among overlapping
candidates the longest span wins, then the higher priority (a cue-based reading over a plain name), then the
earlier one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache

from kg.model import ActorEntity, Decision, EntitySpan, Evidence, Mention, PlaceEntity, RelationFact, ResolvedMentions
from kg.reference import ReferenceData
from kg.resolution import descriptive, persons, roads, units
from kg.resolution.actors import (
    alias_candidates,
    apposition_candidates,
    council_candidates,
    governorship_candidates,
    link_short_names,
    police_led_by_named_head,
    provincial_police_candidates,
    unknown_actor_candidates,
)
from kg.resolution.candidates import Candidate, NewEntity, PendingRelation
from kg.resolution.context import BORDER_WITH, Document, add_text_signals, build_document, country_table, place_country
from kg.resolution.data import alternation, load
from kg.resolution.index import AliasIndex, index_for
from kg.resolution.names import APOSTROPHES, DASHES, normalize_name
from kg.resolution.places import (
    Gazetteer,
    apposed_settlements,
    apposition_settlement_candidates,
    city_half_candidates,
    compass_region_candidates,
    coordinated_governorates,
    desert_candidates,
    facility_in_place_candidates,
    foreign_places,
    governorate_candidates,
    known_as_aliases,
    landmark_candidates,
    national_territory_candidates,
    one_sense_per_article,
    place_context,
    quarter_of_city_candidates,
    settlement_candidates,
    suffix_candidates,
    triggered_new_places,
    zone_of_named_place_candidates,
)


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then highest priority, then earliest."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(candidates, key=lambda c: (-c.length, -c.priority, c.start)):
        if cand.start >= cand.end:
            continue
        if any(cand.start < e and s < cand.end for s, e in taken):
            continue
        chosen.append(cand)
        taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


class ActorTargets:
    """Canonical actor names (from the data files) → reference IRI, or a NEW entity to mint."""

    def __init__(self, reference: ReferenceData) -> None:
        self.reference = reference
        self.by_name = {normalize_name(a.name): a.iri for a in reference.actors.values()}
        self.states = {c["state"]: self.by_name.get(normalize_name(c["state"])) for c in country_table()}

    def __call__(self, name: str, type_name: str, parent_state: str | None) -> tuple[str, NewEntity | None]:
        iri = self.by_name.get(normalize_name(name))
        if iri is not None:
            return iri, None
        parent = None
        if parent_state:
            parent = self.states.get(parent_state) or NewEntity("actor", parent_state, "State").iri
        entity = NewEntity("actor", name, type_name, parent_iri=parent)
        return entity.iri, entity


def _country_signals(doc: Document, reference: ReferenceData, candidates: list[Candidate]) -> None:
    """Where each sentence is: country words, and the countries of the reference places named. A name inside a
    longer place name ("Balad" in "Daraa al-Balad", an Iraqi town inside a Syrian quarter) or in a person's name
    ("al-Maliki" in "Nouri al-Maliki", a Syrian town's name in an Iraqi prime minister's) says nothing, nor do
    the countries of an actor's name that spans several ("Islamic State of Iraq and Syria": its war is in both)."""
    add_text_signals(doc)
    spanning = [  # "the Islamic State of Iraq and Syria": a name spanning two countries is in neither
        (c.start, c.end)
        for c in candidates
        if c.kind == "actor" and len({code for at, code, _ in doc.signals if c.start <= at < c.end}) > 1
    ]
    places = [c for c in candidates if c.kind == "place"]
    persons = [c for c in candidates if c.kind == "actor" and _is_person(reference, c)]
    for cand in candidates:
        if cand.kind != "place" or any(
            o.start <= cand.start and cand.end <= o.end and o.length > cand.length for o in places + persons
        ):
            continue
        if cand.iri in reference.places:
            if BORDER_WITH.search(doc.text[max(0, cand.start - 30) : cand.start]):
                continue
            code = place_country(reference, cand.iri)
            if code:
                doc.signals.append((cand.start, code, 2.0))
    doc.signals = sorted(sig for sig in doc.signals if not any(s <= sig[0] < e for s, e in spanning))


def _is_state_force(reference: ReferenceData, cand: Candidate) -> bool:
    """A candidate naming a state's armed force ("IDF", "the Jordanian army"), known or new."""
    if cand.new is not None:
        return cand.new.type == "StateForce"
    actor = reference.actors.get(cand.iri) if cand.iri else None
    return actor is not None and reference.is_a(actor.type, "StateForce")


def _is_person(reference: ReferenceData, cand: Candidate) -> bool:
    """A candidate naming a person, known or new ("Nouri al-Maliki", whose "al-Maliki" is also a Syrian town)."""
    if cand.new is not None:
        return cand.new.type == "Person"
    actor = reference.actors.get(cand.iri) if cand.iri else None
    return actor is not None and actor.type == "Person"


def _anaphora(
    doc: Document,
    chosen: list[Candidate],
    types: dict[str, str],
    ref_names: dict[str, str],
    targets: ActorTargets,
) -> list[Candidate]:
    """Anaphoric descriptions ("the terrorist group") → the most recent chosen actor of an allowed type."""
    added: list[Candidate] = []
    taken = [(c.start, c.end) for c in chosen]
    actors = [c for c in chosen if c.kind == "actor"]
    names = {c.iri: c.text for c in actors}
    names_of = {c.iri: (c.new.name if c.new else ref_names.get(c.iri, c.text)) for c in actors}
    for pattern, entry in descriptive.anaphora_phrases():
        for segment in doc.segments:
            for match in pattern.finditer(doc.text, segment.start, segment.end):
                start, end = match.span()
                if any(start < e and s < end for s, e in taken):
                    continue
                previous = [
                    c
                    for c in actors
                    if c.end <= start and start - c.end <= entry["window"] and types.get(c.iri) in entry["types"]
                ]
                prefixes = entry.get("prefer_prefix")
                allowed = entry.get("antecedents")
                if allowed:
                    allowed_keys = {normalize_name(a) for a in allowed}
                    previous = [c for c in previous if normalize_name(names_of.get(c.iri, "")) in allowed_keys]
                if prefixes:
                    previous = [c for c in previous if any(names[c.iri].startswith(p) for p in prefixes)]
                if entry.get("named_only"):  # "the group" goes back to a group's name, not to "tribal fighters"
                    previous = [c for c in previous if not c.reason.startswith(("descriptive:", "tribe:"))]
                if not previous and entry.get("fallback"):
                    iri, new = targets(entry["fallback"], "State", None)
                    reason = f"anaphora-fallback:{match.group().lower()}->{entry['fallback']}"
                    added.append(Candidate(start, end, match.group(), "actor", iri, Decision.UNSURE, reason, new=new))
                    continue
                if previous:
                    antecedent = previous[-1]
                    added.append(
                        Candidate(
                            start,
                            end,
                            match.group(),
                            "actor",
                            antecedent.iri,
                            Decision.UNSURE,
                            f"anaphora:{match.group().lower()}->{antecedent.text}",
                        )
                    )
    return added


def resolve(article: object, reference: ReferenceData) -> ResolvedMentions:
    """See :func:`kg.resolution.resolve_mentions`."""
    index: AliasIndex = index_for(reference)
    gazetteer = Gazetteer(index)
    doc = build_document(article)
    publisher = getattr(getattr(article, "metadata", None), "publisher", None)
    named: list[str] = []  # the reference actors the publisher's name denotes, in the index's order
    if publisher:
        doc.publisher_iris = _publisher_iris(index, publisher)
        named = [e.iri for e in index.lookup(publisher) if e.kind == "actor"]
        doc.acting_publisher_iris = frozenset(named) - doc.publisher_iris
    doc.publisher_iris |= _original_publisher_iris(doc, index)
    targets = ActorTargets(reference)
    found: list[Candidate] = list(alias_candidates(doc, index))
    found += governorate_candidates(doc, gazetteer)
    found += settlement_candidates(doc, gazetteer)
    found += apposition_settlement_candidates(doc, gazetteer)
    found += suffix_candidates(doc, gazetteer)
    found += desert_candidates(doc, gazetteer)
    found += landmark_candidates(doc, gazetteer)
    found += facility_in_place_candidates(doc, gazetteer)
    found += national_territory_candidates(doc, gazetteer)
    found += compass_region_candidates(doc, gazetteer)
    found += city_half_candidates(doc, gazetteer)
    found += quarter_of_city_candidates(doc, gazetteer)
    found += zone_of_named_place_candidates(doc, gazetteer)
    found += triggered_new_places(doc, gazetteer)
    found += apposed_settlements(doc, gazetteer)
    found += roads.road_candidates(doc, gazetteer)
    _country_signals(doc, reference, found)
    found += roads.border_candidates(doc, gazetteer)
    found += _outside_known_names(found, descriptive.description_candidates(doc, targets))
    found += descriptive.role_candidates(doc, targets)
    found += descriptive.backing_candidates(doc, targets)
    found += descriptive.backed_group_candidates(doc, targets)
    found += descriptive.tribe_candidates(doc, targets)
    found += descriptive.title_state_candidates(doc, targets)
    found += descriptive.publisher_voice_candidates(doc, targets, reference, named)
    found += units.unit_candidates(doc, index, targets)
    found += units.numbered_after_candidates(doc, index, targets)
    found += persons.person_candidates(doc, index)
    found += persons.full_name_candidates(doc, index)
    found += persons.shared_family_name_candidates(doc, index)
    found += apposition_candidates(doc, index)
    found += council_candidates(doc, index)
    found += governorship_candidates(doc, index)
    found += provincial_police_candidates(doc, index)
    adjectives = {
        adj: targets.states[c["state"]]
        for c in country_table()
        for adj in c["adjectives"]
        if targets.states.get(c["state"])
    }
    known = [
        (c.start, c.end) for c in found if c.kind == "actor" and c.reason.startswith("alias:") and " " in c.text.strip()
    ]  # a known actor's name inside a longer run; a place name may begin one ("Kurdistan Region Presidency")
    found += [
        c
        for c in unknown_actor_candidates(doc, adjectives, index)
        if not any(c.start < e and s < c.end for s, e in known)  # "Arabic-language al-Mayadeen TV network"
    ]
    own = [span for c in found if (span := _publisher_office(doc, publisher, c)) is not None]
    found = [
        c
        for c in found
        if not _not_a_mention(doc, c)
        and not _inside_publisher_name(doc, publisher, c)
        and not any(s <= c.start and c.end <= e for s, e in own)
    ]
    chosen = [c for c in select(found) if not _publisher_self_mention(doc, article, c, reference)]
    _nest_backers(found, chosen)
    _nest_places(doc, found, chosen)
    chosen = _bracketed_aliases(doc, chosen)
    chosen = one_sense_per_article(doc, gazetteer, chosen)
    chosen = coordinated_governorates(doc, gazetteer, chosen)
    # a name listed with governorates ("in Deir ez-Zor and Hasakah") is the governorate in its bare mentions too
    chosen = one_sense_per_article(doc, gazetteer, chosen)
    chosen = place_context(doc, gazetteer, chosen)
    chosen = foreign_places(doc, gazetteer, chosen)
    chosen = known_as_aliases(doc, gazetteer, chosen)
    chosen = persons.link_surnames(doc, chosen)
    chosen = link_short_names(doc, index, chosen)
    chosen = _organisation_as_modifier(doc, reference, chosen)
    chosen = descriptive.one_sense_per_description(chosen, targets)
    chosen = descriptive.named_alternatives(chosen, targets)
    ref_names = {a.iri: a.name for a in reference.actors.values()}
    chosen = descriptive.speaking_force_named(
        doc,
        chosen,
        lambda c: _is_state_force(reference, c),
        lambda c: c.new.name if c.new is not None else ref_names.get(c.iri or "", ""),
    )
    chosen = descriptive.generic_police_to_named(chosen, ref_names)
    chosen = descriptive.one_tribe_per_article(chosen)
    chosen = descriptive.backed_groups_describing_named(doc, chosen)
    chosen = descriptive.quoted_labels(doc, chosen, targets)
    chosen = police_led_by_named_head(doc, chosen)
    chosen = descriptive.allied_militias(doc, chosen, targets)
    types = _types(reference, chosen)
    chosen = sorted(chosen + _anaphora(doc, chosen, types, ref_names, targets), key=lambda c: c.start)
    return _build(doc, reference, chosen)


#: Publishers whose own name in the text is their voice, not a party to the story. A military command or a
#: ministry publishing a press release ("U.S. Central Command (CENTCOM) forces conducted strikes") acts in it.
_SELF_REPORTING_TYPES = ("MediaOutlet", "MonitoringGroup")


def _publisher_iris(index: AliasIndex, publisher: str) -> frozenset[str]:
    """The reference outlets or monitors the publisher's name denotes (see ``_SELF_REPORTING_TYPES``): the whole
    name, or else its longest leading run of words that is one ("Rojava Information Center weekly report")."""
    words = publisher.split()
    for k in range(len(words), 0, -1):
        found = _self_reporting_iris(index, " ".join(words[:k]))
        if found:
            return found
    return frozenset()


def _self_reporting_iris(index: AliasIndex, name: str) -> frozenset[str]:
    """The reference outlets or monitors (``_SELF_REPORTING_TYPES``) that ``name`` names."""
    reference = index.reference
    return frozenset(
        e.iri
        for e in index.lookup(name)
        if e.kind == "actor" and any(reference.is_a(reference.actors[e.iri].type, t) for t in _SELF_REPORTING_TYPES)
    )


def _inside_publisher_name(doc: Document, publisher: str | None, cand: Candidate) -> bool:
    """ "told Syria Direct", "Syria Direct could not verify": a name inside the publisher's own name (which the
    reference may lack) is no mention of a place or actor of the story."""
    if not publisher or len(publisher) < 4:
        return False
    head = publisher.split(" (", 1)[0].strip()
    if cand.kind == "actor" and head != publisher and normalize_name(cand.text) == normalize_name(head):
        return True  # "told IFP News" in an "IFP News (Iran Front Page)" article: the name before its gloss
    if cand.kind == "actor" and cand.new is not None and " / " in publisher:
        # "Institute for the Study of War / Critical Threats Project": a joint publisher names each of its bodies
        if normalize_name(cand.text) in {normalize_name(part) for part in publisher.split(" / ")}:
            return True
    pattern = re.compile(rf"(?<!\w){re.escape(publisher)}(?!\w)", re.IGNORECASE)
    if any(end - start > cand.length for start, end in _wrapping_matches(doc, cand, pattern, len(publisher))):
        return True
    if cand.kind == "place" and normalize_name(cand.text) == normalize_name(publisher):
        return True  # "told Al-Sabaah", "Baghdad / Al-Sabaah": the newspaper, not the Syrian town Sabbah
    # "Al Mayadeen's correspondent reported" in an "Al Mayadeen English" article: the outlet's name without its
    # edition word, crediting its own staff, is no mention of the town Al-Mayadin
    stem = _EDITION.sub("", publisher)
    if (
        stem != publisher
        and normalize_name(stem) == normalize_name(cand.text)
        and bool(_OWN_STAFF.match(doc.text, cand.end))
    ):
        return True
    # "Daraa countryside – Qasioun", "told Qasioun", "a Qasioun correspondent" in a "Qasioun News Agency" article:
    # the outlet's short name, where an outlet names itself, is no mention of Mount Qasioun
    short = _OUTLET_WORDS.sub("", publisher)
    return (
        cand.kind == "place"
        and short != publisher
        and normalize_name(short) == normalize_name(cand.text)
        and _self_naming_position(doc, cand)
    )


#: Trailing words of an outlet's name that its short name drops ("Qasioun News Agency" is "Qasioun").
_OUTLET_WORDS = re.compile(r"(?:\s+(?:News|Agency|Network|Media|TV|Channel|Radio|English|Arabic))+$")


def _self_naming_position(doc: Document, cand: Candidate) -> bool:
    """Where an outlet names itself: a dateline-like line ("Daraa countryside – Qasioun"), after "told", or
    before a staff word ("a Qasioun correspondent")."""
    line_start = doc.text.rfind("\n", 0, cand.start) + 1
    line_end = doc.text.find("\n", cand.end)
    line = doc.text[line_start : line_end if line_end >= 0 else len(doc.text)]
    if len(line) < 60 and re.search(rf"\s[{DASHES}]\s", line):
        return True
    if re.search(r"\btold\s+(?:the\s+)?$", doc.text[max(0, cand.start - 12) : cand.start]):
        return True
    return bool(re.match(r"\s+(?:correspondents?|reporters?|cameraman|crew|team)\b", doc.text[cand.end :]))


def _publisher_office(doc: Document, publisher: str | None, cand: Candidate) -> tuple[int, int] | None:
    """ "the U.S. Department of the Treasury’s Office of Foreign Assets Control" in a press release of the "US
    Department of the Treasury": an actor name opening with the publisher's own name (as folded) in the possessive
    names one of the publisher's offices, its voice. Returns the span that is no mention (the candidate and the
    publisher's name, also when the candidate stops short of it: "U.S. Department" of "… of Commerce’s Bureau")."""
    if not publisher or cand.kind != "actor":
        return None
    key = normalize_name(publisher)
    window = doc.text[cand.start : cand.start + len(publisher) + 12]
    for found in re.finditer(rf"[{APOSTROPHES}]s?\s", window):
        if normalize_name(window[: found.start()]) == key:
            return cand.start, max(cand.end, cand.start + found.start())
    return None


_EDITION = re.compile(r"\s+(?:English|Arabic|Turkish|Kurdish|Online|Net|TV)$")
_OWN_STAFF = re.compile(
    r"[’']s?\s+(?:own\s+)?(?:correspondent|reporter|cameraman|crew|team|sources|website|channel)s?\b"
)


def _wrapping_matches(
    doc: Document, cand: Candidate, pattern: re.Pattern[str], reach: int
) -> Iterator[tuple[int, int]]:
    """Article offsets of the matches of ``pattern`` that contain the candidate, looking ``reach`` characters
    around it."""
    window = max(0, cand.start - reach)
    for found in pattern.finditer(doc.text[window : cand.end + reach]):
        start, end = window + found.start(), window + found.end()
        if start <= cand.start and cand.end <= end:
            yield start, end


def _publisher_self_mention(doc: Document, article: object, cand: Candidate, reference: ReferenceData) -> bool:
    """FORMAT.md: the publisher naming itself ("BEIRUT (Reuters) -", "told SMART") is not an actor mention."""
    if cand.kind != "actor":
        return False
    segment = doc.segment_at(cand.start)
    if segment is not None and segment.kind == "dateline":
        return True
    if segment is not None and cand.start - segment.start < 80 and cand.start > 0:
        before, after = doc.text[cand.start - 1], doc.text[cand.end : cand.end + 1]
        if (before, after) == ("/", "/") or before == "(" and re.match(r"\)\s*[-‐‑–—:]", doc.text[cand.end :]):
            return True  # "MOSCOW, August 19. /TASS/.", "TEHRAN (FNA)-", not "the Internal Security Forces (Asayish)"
    if cand.iri in doc.publisher_iris:
        return True  # "told Shafaq News Agency" in a Shafaq News article, "SOHR activists" in an SOHR one
    if cand.start > 0 and doc.text[cand.start - 1] == "@":
        return True  # a social-media handle ("@KRSC_Official") names an account, not an actor of the story
    if cand.iri in doc.acting_publisher_iris and (
        _heading_line(doc, cand)
        or _VOICE.match(doc.text, cand.end)
        or _SELF_REFERENCE.search(doc.text[max(0, cand.start - 40) : cand.start])
        or re.match(r":\s", doc.text[cand.end : cand.end + 2]) and doc.text[cand.start - 1 : cand.start] in ("", "\n")
    ):
        return True  # "Joint Operations Command – Statement No. 114", "The Ministry of Defence affirms that …"
    publisher = getattr(getattr(article, "metadata", None), "publisher", None)
    if not publisher:
        return False
    if normalize_name(publisher) != normalize_name(cand.text) and not _outlet_short_name(reference, publisher, cand):
        return False
    return cand.new is not None or cand.iri not in doc.acting_publisher_iris


def _outlet_short_name(reference: ReferenceData, publisher: str, cand: Candidate) -> bool:
    """ "(Al-Forat News) Baghdad --", "told Al-Forat News" in an "Al-Forat News Agency" article, "BAGHDAD / Al
    Iraqiya News –" in an "Al Iraqiya" one: an outlet the publisher's name names once the trailing outlet words
    ("News", "Agency", "TV" …) are dropped from both is the publisher naming itself."""
    short = normalize_name(_OUTLET_WORDS.sub("", publisher))
    if len(short) < 4 or normalize_name(_OUTLET_WORDS.sub("", cand.text)) != short:
        return False
    if cand.new is not None:
        return cand.new.type == "MediaOutlet"
    actor = reference.actors.get(cand.iri)
    return actor is not None and reference.is_a(actor.type, "MediaOutlet")


#: A publishing command or ministry speaking in its own statement ("The Ministry of Defence affirms that", "the
#: Joint Operations Command will announce its results"): its voice, not an act in the story.
_VOICE = re.compile(
    r"\s+(?:(?:will|would)\s+)?(?:affirms?|affirmed|announces?|announced|announce|stresses|stressed|confirms?|"
    r"confirmed|declares?|declared|reiterates?|reiterated|notes|noted|clarifies|clarified|extends|calls\s+on|"
    r"urges|warns|renews|assures|thanks|thanked|salutes|saluted|commends|commended|congratulates|congratulated|"
    r"expresses|expressed|offers|offered)\b"
    # "Pentagon Press Secretary John Kirby provided the following statement": the publisher's own spokesperson
    r"|\s+(?:[Pp]ress\s+[Ss]ecretary|[Ss]pokes(?:man|woman|person)|[Pp]ress\s+[Oo]ffice)\b"
)
#: The statement pointing at its own publisher ("information provided by the KRSC", "Follow the KRSC on Twitter").
_SELF_REFERENCE = re.compile(
    r"(?:\b(?:provided|issued|released|published)\s+by|\bFollow|\baccording\s+to)\s+(?:the\s+)?$"
)
#: A heading or signature line: capitalised words, numbers and separators only ("Republic of Iraq – Ministry of
#: Defence", "Joint Operations Command – Statement No. 114").
_HEADING = re.compile(rf"[ \t]*(?:(?:[A-Z0-9][\w'’.]*|of|the|and|for|on|in|No\.?|[{DASHES}|:,/])[ \t]*)+")


def _heading_line(doc: Document, cand: Candidate) -> bool:
    start = doc.text.rfind("\n", 0, cand.start) + 1
    end = doc.text.find("\n", cand.end)
    end = len(doc.text) if end < 0 else end
    return end - start <= 100 and _HEADING.fullmatch(doc.text, start, end) is not None


#: "translated … by The Syrian Observer from Enab Baladi, where it was originally published", "originally
#: published by Al-Monitor": the outlet the text first appeared in speaks in it as its publisher does.
_ORIGINAL = re.compile(
    r"(?:\bfrom\s+(?P<a>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}),?\s+where\s+it\s+was\s+(?:originally|first)\s+"
    r"published|\b(?:originally|first)\s+(?:published|appeared)\s+(?:by|in|on)\s+(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}))"
)


def _original_publisher_iris(doc: Document, index: AliasIndex) -> frozenset[str]:
    found: set[str] = set()
    for match in _ORIGINAL.finditer(doc.text):
        found |= _self_reporting_iris(index, match["a"] or match["b"])
    return frozenset(found)


_CREDIT = re.compile(r"(?i)\b(?:(?:reporting|writing|editing)\s+by|assistance\s+from)\s+[^.;()\n]*?\bin\s+$")
#: A clock time's zone given as a city ("Published on April 9, 2023, at 11:02 am (Paris)"): the publisher's
#: time stamp, no place of the story.
_CLOCK_ZONE = re.compile(r"(?i)\b\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?\s*\($")
#: A source-credit line ("Sources: Syrian TV, Damascus, in Arabic 1700 gmt"; "Source: Al Jazeera and news
#: agencies"): the outlets a monitoring digest or wire story was compiled from, and the cities they broadcast
#: from, are no actors or places of the story.
_CREDIT_LINE = re.compile(r"(?im)^[ \t]*(?:sources?|compiled\s+from|monitored\s+from)[ \t]*:[^\n]*")


def _surname(doc: Document, cand: Candidate, data: dict) -> bool:
    """ "Nouri al-Maliki's coalition": an 'al-' name right after a capitalised given name is a surname, not the
    town Al-Malikiyah; place-name words ("Tal", "Jisr", "Ras"), sentence openers and known names before it are no
    given names."""
    if cand.kind != "place":
        return False
    article = rf"(?:al|el)[{DASHES}]"
    pattern = r"(?<![\w’'-])([A-Z][a-z]{2,})\s+" + ("$" if re.match(article, cand.text) else rf"{article}$")
    before = re.search(pattern, doc.text[max(0, cand.start - 20) : cand.start])
    if before is None:
        return False
    word = before.group(1)
    stop = {*data["new_place_prefixes"], *load("actor_patterns")["name_stopwords"], *data["not_place_names"]}
    return word not in stop and not any(word in c["adjectives"] or word in c["names"] for c in country_table())


def _inside_operation_name(doc: Document, cand: Candidate) -> bool:
    """ "Euphrates Shield (2016)", "Operation Peace Spring": a place name inside an operation's name is no place
    (``operation_names`` in ``kg/data/place_patterns.json``); the zone it left is read by the alias scan. So is
    a place name inside any quoted name an offensive is given ('dubbed "We Are Coming, Nineveh"', 'codenamed
    "Dawn of Idlib"'), even one the list lacks."""
    if any(_wrapping_matches(doc, cand, _operation_names(), 40)):
        return True
    return cand.kind == "place" and any(_wrapping_matches(doc, cand, _QUOTED_NAME, 80))


#: A quoted name given to an operation or campaign: 'dubbed "We Are Coming, Nineveh"', 'Operation "Roundup"'.
_QUOTED_NAME = re.compile(
    r"(?:\b(?:dubbed|code-?named|named|called|titled|Operation|operation|offensive|campaign)\s*,?\s*)"
    r"[\"“‘'][^\"“”‘’\n]{1,60}[\"”’']"
)


@cache
def _operation_names() -> re.Pattern[str]:
    names = alternation(load("place_patterns")["operation_names"])
    return re.compile(rf"(?<![\w{DASHES}])(?:{names})(?![\w{DASHES}])")


#: Place names that are also English verbs a title-case headline capitalises between two words.
_HEADLINE_VERBS = frozenset({"Hit"})


def _outside_known_names(found: list[Candidate], descriptions: Iterable[Candidate]) -> list[Candidate]:
    """Descriptions whose own nationality word is not taken from a known actor's longer name: "Free Syrian Army
    units" holds the description "Syrian Army units" (the Syrian Arab Army), but its "Syrian" belongs to the name
    Free Syrian Army, which the description, one word longer, would otherwise win over. A description after the
    name ("Iraqi army helicopters", "Syrian government troops") brings no nationality of its own and stays."""
    known = [(c.start, c.end) for c in found if c.kind == "actor" and c.reason.startswith("alias:")]
    adjectives = {a for c in country_table() for a in c["adjectives"]}
    return [
        d
        for d in descriptions
        if d.text.split()[0] not in adjectives or not any(s < d.start < e < d.end for s, e in known)
    ]


def _not_a_mention(doc: Document, cand: Candidate) -> bool:
    """Names used only as modifiers ("a UK-based monitor", "a Qamishlo-based group"), in a byline credit
    ("Baghdad newsroom") or inside a legal disclaimer ("(banned in Russia)") name no actor or place of the story
    (``kg/data/place_patterns.json``, ``kg/data/actor_patterns.json``)."""
    data = load("place_patterns")
    after = doc.text[cand.end : cand.end + 20]
    if _inside_operation_name(doc, cand) or _surname(doc, cand, data):
        return True
    if cand.kind == "place" and cand.text in _HEADLINE_VERBS and cand.start > 0:
        segment = doc.segment_at(cand.start)
        if segment is not None and segment.kind == "headline" and re.match(r"[ \t]+[A-Z]", after):
            if re.search(r"[a-z]\s+$", doc.text[max(segment.start, cand.start - 20) : cand.start]):
                return True  # "Israeli Strikes Hit Regime Posts": the title-cased verb, not the town Hit
    if cand.kind == "place" and cand.text in data["new_place_prefixes"]:
        if re.match(rf"[ {DASHES}](?:(?:al|el|as|ash|ad|ar|az)[ {DASHES}])?[A-Z]", after):
            return True  # "Tal Sakher", "Ain al-Beida": the first word of a longer name, not the town Al-Tall
    if any(re.match(rf"[{DASHES}]{re.escape(w)}\b", after) for w in data["modifier_suffixes"]):
        return True
    if any(re.match(rf"\s+{re.escape(w)}\b", after) for w in load("actor_patterns")["credit_nouns"]):
        return True  # "(Reporting by Baghdad newsroom)"
    if _CREDIT.search(doc.text[max(0, cand.start - 80) : cand.start]):
        return True  # "(Additional reporting by Amina Ismail in Erbil)": where the reporter sat
    if cand.kind == "place" and _CLOCK_ZONE.search(doc.text[max(0, cand.start - 20) : cand.start]):
        if doc.text.startswith(")", cand.end):
            return True  # "at 11:02 am (Paris)": the time zone of a time stamp
    line_start = doc.text.rfind("\n", 0, cand.start) + 1
    credit = _CREDIT_LINE.match(doc.text, line_start)
    if credit is not None and cand.end <= credit.end():
        return True
    before = doc.text[max(0, cand.start - 30) : cand.start].casefold()
    # "(banned in Russia)", "is banned in the Russian Federation": the article before the country's long name
    return any(re.search(rf"\b{re.escape(cue)}\s+(?:the\s+)?$", before) for cue in data["disclaimer_cues"])


_BACKED = re.compile(r"[-‐‑–](?:backed|supported|sponsored|funded|armed)$")


def _nest_backers(found: list[Candidate], chosen: list[Candidate]) -> None:
    """ "the Turkish-backed Syrian National Army": a backer's adjective at the start of a longer actor name is still
    a mention of the backing State (FORMAT.md lists "Turkish-backed" as an alias of Turkey), kept as an inner
    mention so the span (which events and relations read) stays the named group."""
    backers = [c for c in found if c.kind == "actor" and c.reason.startswith("adjective-state:")]
    for cand in chosen:
        if cand.kind != "actor" or not cand.reason.startswith("alias:"):
            continue
        for backer in backers:
            if backer.start == cand.start and backer.end < cand.end and backer.iri != cand.iri:
                if all(i.start != backer.start for i in cand.inner):
                    cand.inner.append(backer)
                    if _BACKED.search(backer.reason):
                        supports = PendingRelation(
                            "supports", backer.iri, cand.iri, cand.start, cand.end, "backed-by-name"
                        )
                        cand.relations.append(supports)


def _nest_places(doc: Document, found: list[Candidate], chosen: list[Candidate]) -> None:
    """ "the federal government in Baghdad", "the Central Committee in Daraa": a place after "in" at the end of an
    actor's description is still a mention of that place (kept as an inner mention, the span stays the actor)."""
    places = [c for c in found if c.kind == "place"]
    for cand in chosen:
        if cand.kind != "actor":
            continue
        inside = [
            p
            for p in places
            if p.end == cand.end
            and cand.start < p.start
            and re.search(r"\sin\s+(?:the\s+)?$", doc.text[cand.start : p.start])
        ]
        if inside and all(i.kind != "place" for i in cand.inner):
            cand.inner.append(max(inside, key=lambda p: (p.length, p.priority)))


def _bracketed_aliases(doc: Document, chosen: list[Candidate]) -> list[Candidate]:
    """ "Quwat al-Raad (Thunder Forces)", "the Men of Dignity (Rijal al-Karama)": a name in brackets right after
    an actor's name is another name of that actor, so a minted one joins the other instead of being a second
    entity (a known name is kept: when both are minted, the first names the entity)."""
    out = list(chosen)
    for k in range(len(out) - 1):
        first, second = out[k], out[k + 1]
        if first.kind != "actor" or second.kind != "actor" or first.iri == second.iri:
            continue
        if not re.fullmatch(r"\s*\(\s*", doc.text[first.end : second.start]):
            continue
        if not doc.text[second.end : second.end + 3].lstrip().startswith(")"):
            continue
        if second.new is not None:
            out[k + 1] = replace(
                second, iri=first.iri, new=first.new, decision=first.decision, reason=f"bracketed-alias:{second.reason}"
            )
        elif first.new is not None:
            out[k] = replace(
                first, iri=second.iri, new=None, decision=second.decision, reason=f"bracketed-alias:{first.reason}"
            )
    return out


def _organisation_as_modifier(doc: Document, reference: ReferenceData, chosen: list[Candidate]) -> list[Candidate]:
    """ "the UN Disengagement Observer Force … a patrol of UN observers … white UN vehicles": an organisation's
    name used as a modifier of a common noun, in a text that names one of its bodies, means that body on the
    ground, not the organisation as a whole (which speaks or acts with a verb: "the UN said"). Only
    organisations (``ckg:Organization``: the UN, NATO, the EU, parties), whose bodies act in their stead."""
    children: dict[str, set[str]] = {}
    for cand in chosen:
        actor = reference.actors.get(cand.iri) if cand.kind == "actor" else None
        if actor is not None and actor.parent_iri:
            children.setdefault(actor.parent_iri, set()).add(actor.iri)
    verbs = {v.casefold() for v in load("actor_patterns")["state_verbs"]}
    out = []
    for cand in chosen:
        actor = reference.actors.get(cand.iri) if cand.kind == "actor" else None
        body = children.get(cand.iri, set())
        follower = re.match(r"[ \t]+([a-z]+)\b", doc.text[cand.end : cand.end + 30])
        if actor is None or actor.type != "Organization" or len(body) != 1 or follower is None:
            out.append(cand)
        elif follower.group(1) in verbs or follower.group(1) in ("and", "or", "of", "to", "in", "on", "has", "is"):
            out.append(cand)
        else:
            (child,) = body
            out.append(replace(cand, iri=child, reason=f"modifier-of-body:{cand.reason}"))
    return out


def _types(reference: ReferenceData, chosen: list[Candidate]) -> dict[str, str]:
    types: dict[str, str] = {}
    for cand in chosen:
        if cand.new is not None:
            types[cand.iri] = cand.new.type
        elif cand.iri in reference.actors:
            types[cand.iri] = reference.actors[cand.iri].type
        elif cand.iri in reference.places:
            types[cand.iri] = reference.places[cand.iri].type
    return types


def _build(doc: Document, reference: ReferenceData, chosen: list[Candidate]) -> ResolvedMentions:
    out = ResolvedMentions()
    pending: list[PendingRelation] = []
    for cand in chosen:
        for part in [cand, *cand.inner]:
            mention = Mention(part.start, part.end, part.text, part.decision, part.reason)
            entity = out.actors.get(part.iri) if part.kind == "actor" else out.places.get(part.iri)
            if entity is None:
                entity = _entity(part, reference)
                if part.kind == "actor":
                    out.actors[part.iri] = entity  # type: ignore[assignment]
                else:
                    out.places[part.iri] = entity  # type: ignore[assignment]
            elif entity.decision == Decision.UNSURE and part.decision == Decision.LINKED:
                entity.decision = Decision.LINKED
            entity.mentions.append(mention)
        out.spans.append(EntitySpan(cand.start, cand.end, cand.text, cand.iri, cand.kind))
        pending += cand.relations
    seen: set[tuple[str, str, str]] = set()
    for rel in pending:
        key = (rel.predicate, rel.subject_iri, rel.object_iri)
        if key in seen:
            continue
        seen.add(key)
        quote = doc.text[rel.start : rel.end]
        evidence = Evidence(rel.start, rel.end, quote, rel.rule, rel.confidence)
        out.relations.append(RelationFact(rel.predicate, rel.subject_iri, rel.object_iri, evidence))
    return out


def _entity(cand: Candidate, reference: ReferenceData) -> ActorEntity | PlaceEntity:
    decision = Decision.NEW if cand.new is not None else cand.decision
    if cand.kind == "actor":
        if cand.new is not None:
            n = cand.new
            return ActorEntity(
                cand.iri,
                n.name,
                n.type,
                decision,
                parent_iri=n.parent_iri,
                unit_number=n.unit_number,
                rank=n.rank,
                role=n.role,
            )
        ref = reference.actors[cand.iri]
        return ActorEntity(
            ref.iri, ref.name, ref.type, decision, parent_iri=ref.parent_iri, unit_number=ref.unit_number
        )
    if cand.new is not None:
        return PlaceEntity(cand.iri, cand.new.name, cand.new.type, decision, parent_iri=cand.new.parent_iri)
    place = reference.places[cand.iri]
    return PlaceEntity(
        place.iri,
        place.name,
        place.type,
        decision,
        parent_iri=place.parent_iri,
        lat=place.lat,
        long=place.long,
        precision=place.precision,
    )


__all__ = ["resolve", "select", "load"]
