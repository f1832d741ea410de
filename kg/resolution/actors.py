"""Reference names found in the text, read as actors or places; and actors the reference lacks.

A name shared by a State and a Country ("Syria") is the State when it acts ("Syria conducted", "Syria and Iraq
are part of", "accused Iran and Russia") and the territory otherwise ("in Syria", "Syria’s Damascus"); a capital
("Damascus", "Ankara") is the State only when it speaks or acts ("Ankara claims", "coordination between Damascus
and Baghdad"). Cue words and verbs come from ``kg/data/actor_patterns.json``.

Unknown organisations — a capitalised name with an organisation head word ("Iraqi Joint Operations Command",
"Liwa al-Quds") — become NEW actors typed by the cue, never silently dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg.model import Decision
from kg.reference import ReferenceData
from kg.resolution.candidates import Candidate, NewEntity, PendingRelation, new_candidate
from kg.resolution.context import Document, Segment, country_table
from kg.resolution.data import alternation, load
from kg.resolution.index import AliasIndex, AliasMatch, IndexEntry, scan
from kg.resolution.names import APOSTROPHES, DASHES, normalize_name
from kg.resolution.places import choose_place

_WORD = re.compile(r"[^\W_][\w’'.-]*")


def _words_before(doc: Document, start: int, segment: Segment, n: int = 3) -> list[str]:
    return [w.casefold() for w in _WORD.findall(doc.text[max(segment.start, start - 60) : start])][-n:]


_RELATIVE = re.compile(r"\s*,\s*(?:which|who)\b[^,.;]*,\s*")


#: A relative clause that itself holds commas ("Turkey, which keeps troops near Bashiqa, north-east of Mosul,
#: said"): each comma up to the sentence's end may close it.
_LONG_RELATIVE = re.compile(r"\s*,\s*(?:which|who)\b[^.;]*")


def _next_word(doc: Document, end: int, segment: Segment) -> str:
    """The word after a name, skipping a relative clause ("Turkey, which backs the rebels, said"; one with
    commas inside is closed by the comma after which a verb of the State follows)."""
    rest = doc.text[end : segment.end]
    relative = _RELATIVE.match(rest)
    long_relative = _LONG_RELATIVE.match(rest)
    if long_relative:
        verbs = set(load("actor_patterns")["state_verbs"])
        opening = rest.find(",")
        closing = next(
            (
                comma.end()
                for comma in re.finditer(r",\s*", rest[: long_relative.end()])
                if comma.start() != opening and _first_word(rest[comma.end() :]) in verbs
            ),
            None,
        )
        if closing is not None:
            rest = rest[closing:]
        elif relative:
            rest = rest[relative.end() :]
    elif (appositive := _APPOSITIVE.match(rest)) and _first_word(rest[appositive.end() :]) in load("actor_patterns")[
        "state_verbs"
    ]:
        rest = rest[appositive.end() :]  # "Jordan, a member of the coalition, has carried out strikes"
    rest = re.sub(r"^\s+[-–—]\s+", " ", rest)  # "guarantor countries - Russia, Iran and Turkey - agreed"
    rest = _ADVERBS.sub("", rest)  # "Turkey regularly targets", "Iran also said"
    match = _WORD.match(rest.lstrip(" \u00a0"))
    return match.group().casefold() if match else ""


#: An appositive after a name, closed by a comma: "Russia, a close ally of the Syrian government, has …".
_APPOSITIVE = re.compile(r"\s*,\s*(?:a|an|the)\s[^,.;()]{1,80},\s*")


def _first_word(text: str) -> str:
    match = _WORD.match(_ADVERBS.sub("", " " + text).lstrip(" \u00a0"))
    return match.group().casefold() if match else ""


_ADVERBS = re.compile(r"^(?:\s+(?:[a-z]+ly|also|again|still|now|then|later|further|never|once|since|already))+(?=\s)")


def _possessive_follows(doc: Document, end: int) -> bool:
    return bool(re.match(rf"[{APOSTROPHES}]s?\s", doc.text[end : end + 4]))


def _owned_word(doc: Document, end: int) -> str:
    """The word after a possessive ("Damascus’ request" → "request")."""
    match = re.match(rf"[{APOSTROPHES}]s?\s+([\w-]+)", doc.text[end : end + 40])
    return match.group(1).casefold() if match else ""


#: Compound modifiers before an owned name ("Hmeimim-based", "Kurdish-led"), skipped when reading what follows a
#: country's possessive.
_LEADING_MODIFIER = re.compile(r"^(?:[\w’'-]+[-‐‑–](?:based|led|backed|run|controlled|affiliated)\s+)+")


#: A superlative whose noun is left out, then punctuation: "the dam, Iraq's largest, …", "Syria's biggest."
_ELIDED_SUPERLATIVE = re.compile(
    r"(?:[\w-]+-)?(?:largest|biggest|longest|oldest|tallest|deepest|highest)(?=\s*[,.;:)])"
)
#: A name opening with a lower-case Arabic article: "al-Qaim", "el-Arish", "ar-Raqqa".
_ARTICLE_NAME = re.compile(rf"(?:al|el|ad|ar|as|ash|az|an|at)[{DASHES}][A-Z]")


class StateReader:
    """Decides, for a name with both a State and a Country reading, which one the sentence uses."""

    def __init__(self) -> None:
        data = load("actor_patterns")
        self.verbs = set(data["state_verbs"])
        self.governors = set(data["state_governors"])
        self.prepositions = set(data["place_prepositions"])
        self.relational = set(data["relational_nouns"])
        self.partners = self.relational | set(data["partner_words"])
        self.governor_phrases = [p.split() for p in data["state_governor_phrases"]]
        self.agency = set(data["agency_nouns"])
        # "Iraq's second-largest city", "Syria's northern border": up to two modifiers, then a place noun
        self.territory = re.compile(
            r"(?:[\w’'-]+\s+){0,2}(?:" + alternation(data["territory_nouns"]) + r")(?![\w-])", re.IGNORECASE
        )

    def group_reading(
        self,
        doc: Document,
        group: list[AliasMatch],
        segment: Segment,
        actor_only: bool,
        actor_starts: frozenset[int] = frozenset(),
    ) -> str:
        """``"actor"`` or ``"place"`` for a coordinated list of names ("Russia, Iran, and Hezbollah").

        ``actor_starts``: where names of (only) actors begin, so "Iran's Islamic Revolutionary Guard Corps" is the
        State owning a force, while "Syria's Deir Ezzor" is the territory holding a place."""
        if actor_only:
            return "actor"
        first, last = group[0], group[-1]
        before = _words_before(doc, first.start, segment, n=4)
        after = _next_word(doc, last.end, segment)
        bare = before[:-1] if before and before[-1] == "the" else before  # "a truce brokered by the United States"
        if any(bare[-len(phrase) :] == phrase for phrase in self.governor_phrases):
            return "actor"  # "beyond the control of Damascus", "militiamen affiliated with Iran"
        possessive = _possessive_follows(doc, last.end)
        if possessive and _owned_word(doc, last.end) in self.agency:
            return "actor"  # "at Damascus' request", "of Türkiye's right to self-defence", "Turkey's Operation …"
        owned = -1
        if possessive:
            rest = doc.text[last.end : last.end + 60].split(None, 1)
            following = rest[1] if len(rest) > 1 else ""
            # "Russia's Hmeimim-based Centre for …": a compound modifier is no name of what the country owns
            following = _LEADING_MODIFIER.sub("", following)
            owned = last.end + doc.text[last.end : last.end + 60].find(following) if following else -1
        if before and before[-1] in self.prepositions:
            if owned in actor_starts:
                return "actor"  # "the commander of Iran's Quds Force": the State owns a force
            return "place"
        if possessive:
            if owned in actor_starts:
                return "actor"  # "Iran's IRGC", "Turkey's National Intelligence Organization"
            if self.territory.match(following):
                return "place"  # "Mosul, Iraq's second-largest city": what the country owns is land
            if _ELIDED_SUPERLATIVE.match(following):
                return "place"  # "the dam, Iraq's largest, …": the largest of the things in the land
            if _ARTICLE_NAME.match(following):
                return "place"  # "opposite Iraq's al-Qaim": a place name with its lower-case Arabic article
            return "place" if following[:1].isupper() or following.split(" ", 1)[0] in self.prepositions else "actor"
        if after in self.verbs:
            if after in _COPULAS and self._predicate_is_land(doc, last.end):
                return "place"  # "Baghdad was the worst affected governorate", "Mosul is a city of two million"
            return "actor"
        if re.match(r"\s+and\s+(?:its|their)\s", doc.text[last.end : last.end + 15]):
            return "actor"  # "Turkey and its Syrian proxies launched": a party with its allies
        if bare and bare[-1] in self.governors and bare[-1] not in ("with", "and", "between"):
            return "actor"  # "blamed the United States and Israel"
        if len(before) >= 2 and before[-1] == "between" and before[-2] in self.relational:
            return "actor"
        if len(bare) >= 2 and bare[-1] == "with" and bare[-2] in self.partners:
            return "actor"  # "collaborating with Damascus", "a settlement with Damascus": a party one deals with
        return "place"


    def _predicate_is_land(self, doc: Document, end: int) -> bool:
        """A copula after the name, then "the/a" and a territory noun within two modifiers."""
        found = re.match(r"\s+(?:is|was|are|were)\s+(?:still\s+)?(?:the|a|an)\s+", doc.text[end : end + 30])
        return found is not None and bool(self.territory.match(doc.text, end + found.end()))


_COPULAS = frozenset({"is", "was", "are", "were"})


def _owns_group(doc: Document, match: AliasMatch, group_starts: frozenset[int]) -> bool:
    """A country owning a non-state armed group by name ("Lebanon's Hezbollah", "Iraq's Harakat al-Nujaba") only
    says where the group is from: neither the State acting nor a place of the story. (Owning its own force, "Iran's
    IRGC", the State is an actor; owning a group named for another country, "Turkey's Syrian National Army", the
    country is its backer: neither is a group start here.)"""
    if not _possessive_follows(doc, match.end):
        return False
    rest = doc.text[match.end : match.end + 60].split(None, 1)
    following = _LEADING_MODIFIER.sub("", rest[1]) if len(rest) > 1 else ""
    return bool(following) and match.end + doc.text[match.end : match.end + 60].find(following) in group_starts


#: An appositive between two listed names: "Moscow, the regime's main ally, and Ankara".
_APPOSITIVE_GAP = re.compile(r",\s*(?:the|a|an|its|their)\s[^,;.()]{1,40},\s*and\s+")


#: A sentence opening with a place phrase ("In Iraq, the Security Media Cell said…"): its comma ends no list item.
_FRONTED_PLACE = re.compile(
    r"(?:^|[.!?:]\s+|\n\s*)(?:In|At|From|Inside|Near|Across|Outside|Throughout|Elsewhere in)\s+(?:the\s+)?$"
)


def _coordinated(doc: Document, matches: list[AliasMatch]) -> list[list[AliasMatch]]:
    """Consecutive names joined only by ", ", " and ", ", and ", " & " form one group."""
    groups: list[list[AliasMatch]] = []
    for match in matches:
        if groups:
            gap = doc.text[groups[-1][-1].end : match.start]
            fronted = len(groups[-1]) == 1 and "and" not in gap and "&" not in gap
            if fronted and _FRONTED_PLACE.search(doc.text[max(0, groups[-1][0].start - 30) : groups[-1][0].start]):
                groups.append([match])
                continue
            if re.fullmatch(r"\s*(?:,|&|and|,\s*and)\s*(?:the\s+)?", gap) or _APPOSITIVE_GAP.fullmatch(gap):
                groups[-1].append(match)
                continue
        groups.append([match])
    return groups


def _best_actor(entries: list[IndexEntry], reference: ReferenceData) -> tuple[str, bool]:
    """The actor a name denotes; ``False`` when several actors share it equally (then: unsure)."""
    actors = [e for e in entries if e.kind == "actor"]
    distinct = list(dict.fromkeys(e.iri for e in actors))
    if len(distinct) == 1:
        return distinct[0], True
    prefs = [e.iri for e in actors if e.label_kind == "pref"]
    if len(set(prefs)) == 1:
        return prefs[0], True
    return distinct[0], False


_POSSESSIVE = re.compile(rf"[{APOSTROPHES}]s?\s+")


def _split_possessives(index: AliasIndex, matches: list[AliasMatch]) -> list[AliasMatch]:
    """ "the IRGC’s Quds Force" matches the label "IRGC Qods Force", but names two actors: the owner before the
    possessive and the owned unit after it, when each is a name of its own and the part after is the same
    entity as the whole ("People's Protection Units" stays one name: "People" names nothing; so does a place's
    "Baghdad's Green Zone")."""
    out: list[AliasMatch] = []
    for match in matches:
        cut = _POSSESSIVE.search(match.text)
        if cut is None:
            out.append(match)
            continue
        head, tail = match.text[: cut.start()], match.text[cut.end() :]
        head_entries, tail_entries = index.lookup(head), index.lookup(tail)
        whole = {e.iri for e in match.entries}
        if not tail_entries and _parent_named(index, head_entries, whole):
            tail_entries = list(match.entries)  # "the Republican Guard's 104th Brigade": the parent owns the unit
        if not head_entries or not tail_entries or not {e.iri for e in tail_entries} <= whole:
            out.append(match)
            continue
        if {e.iri for e in head_entries} & whole or {e.kind for e in head_entries + tail_entries} != {"actor"}:
            out.append(match)  # "Baghdad's Green Zone" is one place's name, read whole
            continue
        out.append(AliasMatch(match.start, match.start + len(head), head, tuple(head_entries)))
        out.append(AliasMatch(match.start + cut.end(), match.end, tail, tuple(tail_entries)))
    return out


def _parent_named(index: AliasIndex, head_entries: list[IndexEntry], whole: set[str]) -> bool:
    """Whether the possessor of a unit's name is the unit's own parent ("the Republican Guard's 104th Brigade",
    read whole as one alias of the brigade): the news names the parent formation to say whose unit it is, and the
    parent is then an actor of the story too, not swallowed into the unit's mention."""
    actors = index.reference.actors
    heads = {e.iri for e in head_entries if e.kind == "actor"}
    if not heads or heads & whole:
        return False
    return all(iri in actors and actors[iri].parent_iri in heads for iri in whole)


def _is_armed_group(reference: ReferenceData, iri: str) -> bool:
    """A non-state armed group of the reference data (Hezbollah, Ahrar al-Sham), not a State's own force, whose
    name carries no nationality: a country owning "the Syrian National Army" is its backer, not its origin."""
    actor = reference.actors.get(iri)
    if actor is None or actor.type != "ArmedGroup":
        return False
    words = set(re.findall(r"[\w-]+", actor.name))
    return not any(words & {*c["adjectives"], *c["names"]} for c in country_table())


def alias_candidates(doc: Document, index: AliasIndex) -> Iterator[Candidate]:
    """Reference names in every segment, each read as an actor or a place."""
    reference = index.reference
    reader = StateReader()
    sources = set(load("actor_patterns")["source_nouns"])
    currencies = set(load("actor_patterns")["currency_nouns"])
    seats: dict[str, str] = load("actor_patterns")["seats"]
    capitals = {c["capital"].casefold(): c["state"] for c in country_table()}
    capitals |= {seat.casefold(): government for seat, government in seats.items()}
    state_iris = {normalize_name(a.name): a.iri for a in reference.actors.values() if a.type == "State"}
    state_iris |= {normalize_name(a.name): a.iri for a in reference.actors.values() if a.name in seats.values()}
    for segment in doc.segments:
        matches = _split_possessives(index, scan(index, doc.text, list(segment.tokens), all_caps=segment.all_caps))
        ambiguous = [m for m in matches if {e.kind for e in m.entries} == {"actor", "place"}]
        capital_matches = [m for m in matches if m.text.casefold() in capitals]
        readings: dict[int, str] = {}
        relevant = {m.start for m in ambiguous + capital_matches}
        outer = [m for m in matches if not any(o is not m and o.start <= m.start and m.end <= o.end for o in matches)]
        actor_starts = frozenset(m.start for m in matches if {e.kind for e in m.entries} == {"actor"})
        group_starts = frozenset(
            m.start
            for m in matches
            if m.start in actor_starts
            and all(_is_armed_group(reference, e.iri) for e in m.entries)
            and not any(w in m.text.split() for c in country_table() for w in c["adjectives"])
        )
        # the publisher after a dateline place ("Damascus, SANA –") is no list of actors
        outer = [m for m in outer if not {e.iri for e in m.entries} & doc.publisher_iris]
        for group in _coordinated(doc, outer):
            if not any(m.start in relevant for m in group) or segment.kind == "dateline":
                continue  # a dateline names where the story was filed ("Damascus, SANA"): a place, never a State
            # a country listed with actors ("Russia, Iran, and Hezbollah") is acting too; a list ends in "and" or
            # "&", so a bare comma ("Strikes South of Baghdad, Iraqi Resistance Claims …") joins two clauses
            listed = len(group) > 1 and re.search(r"\band\b|&", doc.text[group[-2].end : group[-1].start])
            if listed and _words_before(doc, group[0].start, segment, n=1) == ["in"]:
                listed = None  # "the government in Baghdad and the Coalition": nothing is "in" an actor
            actor_only = bool(listed) and any({e.kind for e in m.entries} == {"actor"} for m in group)
            reading = reader.group_reading(doc, group, segment, actor_only, actor_starts)
            for match in group:
                readings[match.start] = reading
            if _owns_group(doc, group[-1], group_starts):
                readings[group[-1].start] = "none"
        yield from _unlisted_capitals(doc, segment, matches, reader, capitals, state_iris)
        for match in matches:
            kinds = {e.kind for e in match.entries}
            if readings.get(match.start) == "none":
                continue  # "Lebanon's Hezbollah": where the group is from, not the State
            if "actor" in kinds and _next_word(doc, match.end, segment) in sources and "place" not in kinds:
                continue  # "Syrian government sources": who a claim comes from, not an actor mention
            if _next_word(doc, match.end, segment).rstrip(".") in currencies:
                continue  # "3,000 US dollars", "a million Iraqi dinars": a currency, neither the State nor the land
            reason = f"alias:{match.entries[0].label}"
            if match.text.casefold() in capitals and readings.get(match.start) == "actor":
                iri = state_iris.get(normalize_name(capitals[match.text.casefold()]))
                if iri:
                    yield Candidate(
                        match.start,
                        match.end,
                        match.text,
                        "actor",
                        iri,
                        Decision.LINKED,
                        f"capital-for-state:{match.text}",
                    )
                    continue
            if kinds == {"actor", "place"}:
                kind = readings.get(match.start, "place")
            else:
                kind = kinds.pop()
            entries = [e for e in match.entries if e.kind == kind]
            if kind == "actor":
                iri, sure = _best_actor(entries, reference)
                decision = Decision.LINKED if sure else Decision.UNSURE
                yield Candidate(match.start, match.end, match.text, "actor", iri, decision, reason)
            else:
                iri, sure = choose_place(entries, reference)
                decision = Decision.LINKED if sure else Decision.UNSURE
                yield Candidate(match.start, match.end, match.text, "place", iri, decision, reason)


def _unlisted_capitals(
    doc: Document,
    segment: Segment,
    matches: list[AliasMatch],
    reader: StateReader,
    capitals: dict[str, str],
    state_iris: dict[str, str],
) -> Iterator[Candidate]:
    """A capital the gazetteer lacks ("Ankara said") still speaks for its state."""
    matched = {(m.start, m.end) for m in matches}
    for capital, state in capitals.items():
        for found in re.finditer(rf"\b{re.escape(capital)}\b", doc.text[segment.start : segment.end], re.IGNORECASE):
            start, end = segment.start + found.start(), segment.start + found.end()
            if (start, end) in matched or not doc.text[start].isupper():
                continue
            iri = state_iris.get(normalize_name(state))
            if iri and _next_word(doc, end, segment) in reader.verbs:
                yield Candidate(
                    start,
                    end,
                    doc.text[start:end],
                    "actor",
                    iri,
                    Decision.LINKED,
                    f"capital-for-state:{doc.text[start:end]}",
                )


# ------------------------------------------------------------------------------------ unknown organisations


def _cue_type(words: list[str]) -> str | None:
    cue = _cue(words)
    return cue["type"] if cue is not None else None


def _cue(words: list[str]) -> dict | None:
    """The ``org_cues`` entry (type, optional parent role) a name's head word gives."""
    data = load("actor_patterns")
    if words and words[0] in data["name_initial_cues"]:
        return {"type": data["name_initial_cues"][words[0]]}
    heads = data["portfolio_heads"]
    for k in range(2, len(words) - 1):  # "<place> Ministry of Health": the head before its portfolio gives the type
        if words[k] == "of" and words[k - 1] in heads and all(w[:1].isupper() for w in words[k + 1 :]):
            words = words[:k]
            break
    for k in range(2, len(words) - 1):  # "International Organization for Migration": the head before its purpose
        if words[k] == "for" and words[k + 1][:1].isupper():
            words = words[:k]
            break
    tail = " ".join(words)
    for cue in data["org_cues"]:
        for word in cue["words"]:
            if tail.endswith(" " + word) or tail == word:
                return cue
    return None


_NAME_RUN = re.compile(
    r"(?<![\w’'-])(?:(?:al|el|Al|El)[-‐‑–])?[A-Z][\w’'.+-]*"
    r"(?:(?:\s+|[-‐‑–])(?:(?:of|for|the|al|el|ash|as|ad|ar|az|at|an)(?:\s+|[-‐‑–]))*(?:(?:al|el|Al|El)[-‐‑–])?"
    r"[A-Z0-9][\w’'.+-]*)*"
)


#: A leading compound modifier is no part of an organisation's name ("UK-based", "Kurdish-led", "Iran-backed").
_MODIFIER = re.compile(r"[-‐‑–](?:based|backed|led|affiliated|aligned|allied|funded|controlled|linked|held|run)$")

#: "<Sector> and " right before an "... Operations Command" run: the first of the two sectors one command holds.
_JOINED_COMMAND = re.compile(r"(?<![\w’'-])(?P<first>(?:(?:al|Al)[-‐‑–])?[A-Z][\w’'-]*)\s+and\s+\Z")

#: An acronym in brackets right after a capitalised run ("Community Peacemaker Teams (CPT)", "Turkish Aerospace
#: Industries (TUSAŞ)"): news text introduces an organisation with its short name, whatever its head word.
_ACRONYM_AFTER = re.compile(r"\s*\(\s*[A-ZÇĞİÖŞÜ]{2,8}\s*\)")


def _titled(words: list[str]) -> bool:
    """Every word of a name run capitalised, small linking words aside ("Doctors without Borders" is not)."""
    return all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in words) and words[-1][:1].isupper()


_CUE_HEADS = {"Brigade", "Division", "Regiment", "Battalion", "Corp", "Force", "Unit", "Army"}


@cache
def _title_words() -> frozenset[str]:
    """One-word titles ("Commander", "Governor", "Chief"): a capitalised run opening with one is a title."""
    return frozenset(t for t in load("actor_patterns")["titles"] if " " not in t and not t.endswith("."))


def _words_of_last_sentence(doc: Document, match: re.Match[str]) -> list[tuple[int, str]]:
    """The words of a capitalised run (offsets relative to it) from the sentence its last word is in: a run
    before an apposition may cross a full stop ("… since the end of March. The Syrian Observatory …, a
    Britain-based monitoring group"), the name never does."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", match.group())]
    sentence_start = doc.sentence_at(match.start() + words[-1][0])[0] - match.start()
    return [(offset, word) for offset, word in words if offset >= sentence_start]


def _country_possessive(word: str) -> bool:
    """ "Lebanon's", "Turkey’s": a country's name in the possessive."""
    stem = re.sub(r"['’]s?$", "", word)
    return stem != word and any(stem in c["names"] for c in country_table())


def _state_named(index: AliasIndex, word: str) -> str | None:
    stem = re.sub(r"['’]s?$", "", word)
    return next(
        (e.iri for e in index.lookup(stem) if e.kind == "actor" and index.reference.actors[e.iri].type == "State"),
        None,
    )


def unknown_actor_candidates(
    doc: Document, target_parent: dict[str, str], index: AliasIndex | None = None
) -> Iterator[Candidate]:
    """Capitalised names ending in an organisation cue word (or starting with an Arabic group word).

    ``target_parent``: actor IRIs by nationality adjective/country name, so "Syrian Foreign Ministry" gets the
    State as parent when nothing better is known.
    """
    stop = set(load("actor_patterns")["name_stopwords"])
    for segment in doc.segments:
        if segment.kind == "headline" or segment.all_caps:
            continue  # title case makes every word look like a name
        for match in _NAME_RUN.finditer(doc.text, segment.start, segment.end):
            spans = [(m.start(), m.group()) for m in re.finditer(r"\S+", match.group())]
            while spans and (spans[0][1] in stop or _MODIFIER.search(spans[0][1])):
                spans = spans[1:]
            while spans and spans[0][1] in ("the", "of", "for"):  # "Saturday the Peshmerga General Command"
                spans = spans[1:]  # a run opens with a capital: a small word left first joined it to a stopword
            spans = _without_opening_noun(doc, match.start(), spans)
            if not spans:
                continue
            start = match.start() + spans[0][0]
            end = match.end()
            stop_at = next((k for k, (_, w) in enumerate(spans) if _ends_sentence(w)), None)
            if stop_at is not None:  # "... Police Command. The 5th ...": the run ends with its sentence
                spans = spans[:stop_at] + [(spans[stop_at][0], spans[stop_at][1][:-1])]
                end = match.start() + spans[-1][0] + len(spans[-1][1])
            if index is not None:
                known = _reworded(index, [w for _, w in spans])
                if known is not None:  # "the Military Council of Manbij", "Turkey's Defense Ministry"
                    if len(spans) > 1 and _country_possessive(spans[0][1]):
                        state = _state_named(index, spans[0][1])  # "Lebanon's" stays a mention of the State
                        if _is_armed_group(index.reference, known):
                            state = None  # "Lebanon's Hezbollah": the group's origin (see _owns_group)
                        if state is not None:
                            word = re.sub(r"['’]s?$", "", spans[0][1])
                            yield Candidate(
                                start, start + len(word), word, "actor", state, Decision.LINKED, "possessive-state", 2
                            )
                        start = match.start() + spans[1][0]
                    yield Candidate(start, end, doc.text[start:end], "actor", known, Decision.LINKED, "reworded-name")
                    continue
            spans, end = _with_cue(spans, end, match.start())
            if not spans:
                continue
            joined = _JOINED_COMMAND.search(doc.text, segment.start, match.start() + spans[0][0])
            if joined is not None and [w for _, w in spans[-2:]] == ["Operations", "Command"]:
                # "the Jazeera and Badia Operations Command": one command for two sectors, not two names
                spans = [(joined.start() - match.start(), joined["first"]), *spans]
                start = joined.start()
            words = [w.replace("’", "'") for _, w in spans]
            if len(words) < 2 or words[0].rstrip("s") in _CUE_HEADS:
                continue  # "Brigades of the PMF": a generic head, the units are read by kg.resolution.units
            if "of" in words and re.split(r"[-‐‑]", words[0])[0] in _title_words():
                continue  # "the Commander-in-Chief of the Armed Forces": a person's title, not a body's name
            if any(re.fullmatch(r"\d+(?:st|nd|rd|th)", w) for w in words) or re.search(
                r"\b\d+(?:st|nd|rd|th)\s+\Z", doc.text[max(segment.start, start - 8) : start]
            ):
                continue  # "the PMF's 51st Brigade", "the 101st Airborne Division": numbered units are read by units
            if index is not None and any(
                e.kind == "actor" for k in range(1, len(words)) for e in index.lookup(" ".join(words[k:]))
            ):
                continue  # "Iran-backed Hezbollah", "Lebanese Hezbollah": a known actor with a modifier
            kind_type = _cue_type(words)
            if kind_type is None and _ACRONYM_AFTER.match(doc.text, end) and _titled(words):
                kind_type = "Organization"  # "Community Peacemaker Teams (CPT)": a body that gives its acronym
            if kind_type is None or _generic_name(words):
                continue  # "the Security Committee met": a generic body, no name of one
            text = doc.text[start:end]
            if index is not None and (index.lookup(text) or _known_tail(index, text)):
                continue  # a known name (found by the alias scan), or "X of <known actor>"
            name = re.sub(r"\s+", " ", text)
            possessor = _possessive_country(name)
            if possessor is not None:  # "Turkey's Interior Ministry" is the Turkish Interior Ministry
                name = f"{possessor['adjectives'][0]} {name.split(None, 1)[1]}"
            elif (owner := _POSSESSIVE_REGION.match(name)) is not None and index is not None and any(
                e.kind == "place" for e in index.lookup(owner["owner"])
            ):  # "the Kurdistan Region's Ministry of Interior" is the Kurdistan Region Ministry of Interior
                name = f"{owner['owner']} {name[owner.end() :]}"  # ("Republican People's Party" keeps its 's)
            parent = next((iri for word, iri in target_parent.items() if name.startswith(word + " ")), None)
            role = (_cue(words) or {}).get("parent_role")
            if role and index is not None:  # "Anbar Police Command": the interior ministry of the country
                parent = _country_role(doc, index, start, role) or parent
            if parent is None and index is not None and index.reference.is_a(kind_type, "MilitaryUnit"):
                # a unit always belongs to a force: the army of the country the sentence is about, as for
                # numbered units; with no country in sight it is read as an armed group of its own
                parent = _country_army(doc, index, start)
                kind_type = kind_type if parent is not None else "ArmedGroup"
            entity = NewEntity("actor", name, kind_type, parent_iri=parent)
            yield new_candidate(start, end, text, entity, f"org-cue:{words[-1]}", priority=-2)
    if index is not None:
        yield from _outlet_head_candidates(doc, index)


#: "the pro-Kurdish Mezopotamya news agency", "the Hawar news website": a name before a lower-case outlet noun.
_OUTLET_HEAD = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
    r"(?P<head>news agency|news website|news site|news network|media network|TV channel|television channel)(?![\w-])"
)
#: Adjective endings: "Kurdish news agency", "Iranian news agency", "Lebanese TV channel" name no outlet.
_ADJECTIVE_END = re.compile(r"(?:ish|ian|ese|i)$")


def _outlet_head_candidates(doc: Document, index: AliasIndex) -> Iterator[Candidate]:
    """An unknown capitalised name right before a lower-case outlet noun ("Mezopotamya news agency") is a new
    MediaOutlet named with the noun capitalised; a known name, a place, an adjective or a sentence's first word
    (any word is capitalised there) is none."""
    stop = set(load("actor_patterns")["name_stopwords"])
    adjectives = {a.casefold() for c in country_table() for a in c["adjectives"]}
    for segment in doc.segments:
        if segment.kind == "headline" or segment.all_caps:
            continue
        for match in _OUTLET_HEAD.finditer(doc.text, segment.start, segment.end):
            name = match["name"]
            words = name.split()
            if words[0] in stop or any(w.casefold() in adjectives or _ADJECTIVE_END.search(w) for w in words):
                continue
            if index.lookup(name) or any(index.lookup(w) for w in words):
                continue  # "Anadolu news agency" is read by its name; "Baghdad news agency" is no outlet's name
            if doc.opens_sentence(segment, match.start()):
                continue  # a sentence's first word may be any capitalised word
            entity = NewEntity("actor", f"{name} {match['head'].title().replace('Tv ', 'TV ')}", "MediaOutlet")
            text = doc.text[match.start() : match.end()]
            yield new_candidate(match.start(), match.end(), text, entity, "outlet-head", priority=-2)


def _without_opening_noun(doc: Document, base: int, spans: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """ "Members of the Tal Tamr Military Council", "Fighters of the Hamza Division": a sentence's first word
    before "of" is a common noun capitalised by its place, not the start of the name — unless it is itself an
    organisation word ("Army of Islam", "Ministry of Defence")."""
    if len(spans) < 3 or spans[1][1] != "of" or _cue_type([spans[0][1]]) is not None:
        return spans
    if spans[0][1] in load("actor_patterns")["name_initial_cues"]:
        return spans
    start = base + spans[0][0]
    segment_start = next((s.start for s in doc.segments if s.start <= start < s.end), start)
    if start != segment_start and not re.search(r"[.!?:;\"”]\s+$", doc.text[max(0, start - 3) : start]):
        return spans
    rest = spans[2:]
    return rest[1:] if rest and rest[0][1] == "the" else rest


def _generic_name(words: list[str]) -> bool:
    """Only generic organisation words ("Security Committee", "Documentation Office"): nothing names which body."""
    generic = set(load("actor_patterns")["generic_name_words"])
    return all(w in generic for w in words)


#: A leading possessive of a place other than a country, before the rest of a body's name: the place's name is
#: written as a plain modifier in the body's name ("Kurdistan Region's Ministry of Interior", "Anbar's Police
#: Command"); a possessive that is no place stays ("Republican People's Party").
_POSSESSIVE_REGION = re.compile(rf"^(?P<owner>[A-Z][\w-]*(?:\s[A-Z][\w-]*){{0,2}})[{APOSTROPHES}]s?\s+(?=[A-Z])")


def _possessive_country(name: str) -> dict | None:
    """The country of a leading possessive ("Turkey's", "Iraq’s") in a name, if any."""
    first = re.match(rf"(\S+?)[{APOSTROPHES}]s?\s", name)
    if first is None:
        return None
    return next((c for c in country_table() if first.group(1) in c["names"]), None)


def _reworded(index: AliasIndex, words: list[str]) -> str | None:
    """A reference actor named the other way round: "the Military Council of Manbij" (Manbij Military
    Council), "Turkey's Defense Ministry" (Turkish Defense Ministry)."""
    text = " ".join(words)
    candidates = []
    country = _possessive_country(text)
    if country is not None:
        rest = text.split(None, 1)[1]
        candidates += [f"{adjective} {rest}" for adjective in country["adjectives"]]
    if "of" in words[1:-1]:
        k = words.index("of", 1)
        tail = [w for w in words[k + 1 :] if w != "the"]
        candidates.append(" ".join(tail + words[:k]))
    for candidate in candidates:
        actors = [e for e in index.lookup(candidate) if e.kind == "actor"]
        if actors:
            return actors[0].iri
    return None


def _ends_sentence(word: str) -> bool:
    """A word with the full stop of its sentence ("Command."), not an abbreviation ("U.S.", "Gen.")."""
    return word.endswith(".") and not re.search(r"(?:^|\.)[A-Z]\.$", word) and len(word) > 4


def _with_cue(spans: list[tuple[int, str]], end: int, base: int) -> tuple[list[tuple[int, str]], int]:
    """The longest leading part of a name run that ends in an organisation cue: "Diyala Operations Command of
    the Iraqi army" is the Diyala Operations Command (the tail names its parent, read elsewhere)."""
    if _cue_type([w.replace("’", "'") for _, w in spans]) is not None:
        return spans, end
    for k in range(len(spans) - 1, 1, -1):
        if spans[k][1] == "for" and spans[k + 1][1][:1].isupper():
            return spans, end  # "International Organization for Migration": a purpose is part of the name
        if spans[k][1] in ("of", "for") and _cue_type([w.replace("’", "'") for _, w in spans[:k]]):
            if spans[k - 1][1] in load("actor_patterns")["portfolio_heads"] and all(
                w[:1].isupper() for _, w in spans[k + 1 :]
            ):
                return spans, end  # "Kurdistan Region Ministry of Health": the portfolio is part of the name
            last = spans[k - 1]
            return spans[:k], base + last[0] + len(last[1])
    return spans, end


def apposition_candidates(doc: Document, index: AliasIndex) -> Iterator[Candidate]:
    """An unknown capitalised name in apposition with what it is: "the Horan Free League, a local media
    network", "the Rojava Information Center (RIC), a Qamishlo-based research group" (types:
    ``apposition_types`` in ``kg/data/actor_patterns.json``); a parenthesised acronym is a mention too."""
    data = load("actor_patterns")
    types: dict[str, str] = data["apposition_types"]
    stop = set(data["name_stopwords"])
    nouns = {k.casefold(): v for k, v in types.items()}
    tail = re.compile(
        r"(?:\s+\((?P<acr>[A-Z][A-Za-z]{1,7})\))?,\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,3}?"
        rf"(?P<noun>{alternation(list(types))})\b",
        re.IGNORECASE,
    )
    for segment in doc.segments:
        if segment.all_caps:
            continue
        for match in _NAME_RUN.finditer(doc.text, segment.start, segment.end):
            after = tail.match(doc.text, match.end(), segment.end)
            if after is None:
                continue
            spans = _words_of_last_sentence(doc, match)
            while spans and (spans[0][1] in stop or _MODIFIER.search(spans[0][1])):
                spans = spans[1:]  # "the Britain-based Syrian Observatory …": the modifier is no part of the name
            if len(spans) < 2 or spans[0][1][0].isdigit():
                continue  # "Suwayda 24, a local news network" keeps its number; "2 Brigades" is no name
            start, end = match.start() + spans[0][0], match.end()
            text = doc.text[start:end]
            if index.lookup(text) or index.fuzzy_lookup(text) or _known_tail(index, text):
                continue  # a known name ("Fighters of Asaib Ahl al-Haq, an … faction"): the alias scan reads it
            name = re.sub(r"\s+", " ", text).replace("’", "'")
            entity = NewEntity("actor", name, nouns[after["noun"].casefold()])
            reason = f"apposition:{after['noun'].casefold()}"
            yield new_candidate(start, end, text, entity, reason, priority=1)
            if after["acr"]:
                a_start, a_end = after.span("acr")
                yield new_candidate(a_start, a_end, after["acr"], entity, reason, priority=1)


def _country_army(doc: Document, index: AliasIndex, position: int) -> str | None:
    """The reference army of the country the text at ``position`` is about, if the reference data has it."""
    return _country_role(doc, index, position, "army")


def _country_role(doc: Document, index: AliasIndex, position: int, role: str) -> str | None:
    """The reference actor a country role names ("army", "interior") for the country the text is about."""
    code = next(iter(doc.countries_at(position)), None)
    country = next((c for c in country_table() if c["code"] == code), None)
    if country is None or role not in country["roles"]:
        return None
    return next((e.iri for e in index.lookup(country["roles"][role]) if e.kind == "actor"), None)


def _known_tail(index: AliasIndex, text: str) -> bool:
    """ "Brigades of the Popular Mobilization Forces": the part after "of (the)" is already a known entity."""
    parts = re.split(r"\s+of\s+(?:the\s+)?", text, maxsplit=1)
    return len(parts) == 2 and bool(index.lookup(parts[1]))


# ------------------------------------------------------------------------------------ local councils

#: A governorate's or city's council or administration written after its name ("the Diyala provincial council",
#: "Kirkuk Provincial Council", "the Mosul city council"; the civil councils of north-east Syria's
#: administration, "the Tabqa civil council").
_COUNCIL = re.compile(
    r"(?<![\w’'-])(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+"
    r"(?P<body>(?i:provincial\s+council|governorate\s+council|provincial\s+government|city\s+council"
    r"|municipal\s+council|local\s+council|civil\s+council))(?![\w-])"
)


@cache
def _governorship_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """ "the Şanlıurfa Governor's Office", "Kilis governorship": a Turkish province, then its governor's office;
    with the canonical province name of each spelling."""
    provinces: dict[str, str] = {}
    for name, spellings in load("actor_patterns")["turkish_governorships"].items():
        if not name.startswith("_"):
            provinces |= {spelling: name for spelling in [name, *spellings]}
    office = r"\s+(?:[Gg]overnor['’]s\s+[Oo]ffice|[Gg]overnorship)\b"
    return re.compile(rf"(?<![\w-])(?P<place>{alternation(list(provinces))}){office}"), provinces


def governorship_candidates(doc: Document, index: AliasIndex) -> Iterator[Candidate]:
    """ "the Şanlıurfa Governor's Office said": a Turkish province's governorship, the body that speaks for the
    state there after rockets or car bombs from Syria, a GovernmentBody of Turkey whether or not the gazetteer
    knows the province (otherwise the org-cue reader leaves a bare "Governor's Office" beside the province read as
    a place). It is named "<province> Governor's Office", the English the statements are reported in, so a later
    "the office said" still finds it by its head noun."""
    pattern, provinces = _governorship_pattern()
    state = next((e.iri for e in index.lookup("Turkey") if e.kind == "actor"), None)
    for segment in doc.segments:
        for match in pattern.finditer(doc.text, segment.start, segment.end):
            name = provinces[match["place"]] + " Governor's Office"
            known = [e for e in index.lookup(name) if e.kind == "actor"]
            text = doc.text[match.start() : match.end()]
            if known:
                iri = known[0].iri
                yield Candidate(match.start(), match.end(), text, "actor", iri, Decision.LINKED, "governorship", 1)
                continue
            entity = NewEntity("actor", name, "GovernmentBody", parent_iri=state)
            yield new_candidate(match.start(), match.end(), text, entity, "governorship", priority=1)


def council_candidates(doc: Document, index: AliasIndex) -> Iterator[Candidate]:
    """ "the Diyala provincial council's security committee": a reference place's council is a government body
    named "<place> Provincial Council" (as written, in title case), whether or not the reference lists it."""
    for segment in doc.segments:
        for match in _COUNCIL.finditer(doc.text, segment.start, segment.end):
            words = match["place"].split()
            place = next(
                (" ".join(words[k:]) for k in range(len(words)) if any(
                    e.kind == "place" for e in index.lookup(" ".join(words[k:]))
                ) and words[k] not in ("The", "A", "An")),
                None,
            )  # "The Kirkuk Provincial Council": the sentence's "The" is no part of the place
            if place is None:
                continue
            body = " ".join(w.capitalize() for w in match["body"].split())
            name = f"{place} {body}"
            known = [e for e in index.lookup(name) if e.kind == "actor"]
            start, end = match.end("place") - len(place), match.end()
            text = doc.text[start:end]
            if known:
                yield Candidate(start, end, text, "actor", known[0].iri, Decision.LINKED, "council", priority=1)
                continue
            entity = NewEntity("actor", name, "GovernmentBody")
            yield new_candidate(start, end, text, entity, "council", priority=1)



# ------------------------------------------------------------------------------------ provincial police

#: "an Anbar police patrol", "Kirkuk police said": a name before a lower-case "police".
_PROVINCIAL_POLICE = re.compile(r"(?<![\w’'-])(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+police(?![\w-])")


def provincial_police_candidates(doc: Document, index: AliasIndex) -> Iterator[Candidate]:
    """ "the Anbar police": an Iraqi governorate's police is its provincial police command, "<Governorate> Police
    Command" under the interior ministry, the body an "Anbar Police Command" statement comes from. Not before
    a source noun ("a Kirkuk police officer said"), which names who speaks rather than an actor
    (``provincial_police_blocked_followers``)."""
    blocked = re.compile(rf"\s+(?:{alternation(load('actor_patterns')['provincial_police_blocked_followers'])})\b")
    head = _police_head()
    countries = [c for c in country_table() if c.get("police_commands")]
    for segment in doc.segments:
        for match in _PROVINCIAL_POLICE.finditer(doc.text, segment.start, segment.end):
            named = head.match(doc.text, match.end())
            before_name = named is not None and re.match(r"[A-Z]", doc.text[named.end() : named.end() + 1]) is not None
            if blocked.match(doc.text, match.end()) and not before_name:
                continue  # (a head noun before a name keeps it: "police chief Maj. Gen. X" names the command X leads)
            found = _governorate_in(index, match["place"], {c["code"] for c in countries})
            if found is None:
                continue
            offset, governorate = found
            start, end = match.start("place") + offset, match.end()
            renamed = load("actor_patterns")["police_command_names"].get(governorate)
            name = (renamed or re.sub(r"\s+Governorate$", "", governorate)) + " Police Command"
            known = [e for e in index.lookup(name) if e.kind == "actor"]
            if known:
                yield Candidate(start, end, doc.text[start:end], "actor", known[0].iri, Decision.LINKED, "police", 1)
                continue
            interior = next((c["roles"]["interior"] for c in countries if "interior" in c["roles"]), None)
            parent = next((e.iri for e in index.lookup(interior) if e.kind == "actor"), None) if interior else None
            entity = NewEntity("actor", name, "StateForce", parent_iri=parent)
            yield new_candidate(start, end, doc.text[start:end], entity, "provincial-police", priority=1)


def _governorate_in(index: AliasIndex, text: str, codes: set[str]) -> tuple[int, str] | None:
    """The governorate (of one of ``codes``) that ``text`` or its tail names, with the tail's offset."""
    reference = index.reference
    words = list(re.finditer(r"\S+", text))
    for match in words:
        tail = text[match.start() :]
        for entry in index.lookup(tail):
            place = reference.places.get(entry.iri) if entry.kind == "place" else None
            if place is not None and place.type == "Governorate" and (place.country_code or "").upper() in codes:
                return match.start(), place.name
    return None


def _police_head() -> re.Pattern[str]:
    """ "Anbar police chief Maj. Gen. Faisal al-Zobaie": a head noun after "police", before the name of the person
    who leads the command (``provincial_police_named_heads``); the match ends where that name begins."""
    heads = alternation(load("actor_patterns")["provincial_police_named_heads"])
    return re.compile(rf"\s+(?:{heads})\s+")


def police_led_by_named_head(doc: Document, chosen: list[Candidate]) -> list[Candidate]:
    """ "Anbar police chief Maj. Gen. Faisal al-Zobaie said": the police command is named as the body the person
    heads, so it stays a mention of the command but nested in the person's (the person is who speaks and acts),
    and the naming says the person leads it."""
    named_head = _police_head()
    out = list(chosen)
    for cand in chosen:
        if cand.kind != "actor" or cand.reason not in ("police", "provincial-police"):
            continue
        head = named_head.match(doc.text, cand.end)
        person = next(
            (c for c in chosen if head and c.start == head.end() and c.reason.startswith("person-")), None
        )
        if person is None:
            continue
        out.remove(cand)
        person.inner.append(cand)
        person.relations.append(PendingRelation("leads", person.iri, cand.iri, cand.start, person.end, "police-head"))
    return out



# ------------------------------------------------------------------------------------ short names of groups

#: The last word of a group's Arabic name after its article: "al-Zenki" in "Nour al-Din al-Zenki Movement".
_ARABIC_TAIL = re.compile(r"(?<![\w’'])(?:al|el)[-‐‑–](?P<word>[A-Z][a-z]{3,})(?![\w’'-])")

#: Reference types of bodies whose names are shortened this way (not persons, whose surnames have their own rule).
_SHORTENED_TYPES = frozenset({"ArmedGroup", "MilitaryUnit", "Brigade", "Division", "Coalition", "Organization"})


def link_short_names(doc: Document, index: AliasIndex, chosen: list[Candidate]) -> list[Candidate]:
    """ "Nour al-Din al-Zenki Movement" … "HTS attacked Zenki positions": news text names a group in full once,
    then by the distinctive last word of its Arabic name, bare, before a member or position noun ("Zenki
    fighters", "a Zenki commander"). That word becomes a mention of the group named in full before it, when no
    other group chosen in the article ends its name with the same word and the word names nothing on its own."""
    reference = index.reference
    followers = alternation(load("actor_patterns")["short_name_followers"])
    owners: dict[str, set[str]] = {}
    first: dict[tuple[str, str], int] = {}
    for cand in chosen:
        if cand.kind != "actor":
            continue
        kind = cand.new.type if cand.new is not None else getattr(reference.actors.get(cand.iri), "type", None)
        if kind not in _SHORTENED_TYPES or len(cand.text.split()) < 2:
            continue
        tails = list(_ARABIC_TAIL.finditer(cand.text))
        if not tails:
            continue
        word = tails[-1]["word"]
        owners.setdefault(word, set()).add(cand.iri)
        first[(word, cand.iri)] = min(first.get((word, cand.iri), cand.end), cand.end)
    taken = [(c.start, c.end) for c in chosen]
    added: list[Candidate] = []
    for word, iris in owners.items():
        if len(iris) != 1 or index.lookup(word):
            continue  # two groups share the word ("Ahrar al-Sham", "Hayat Tahrir al-Sham"), or it is a name itself
        iri = next(iter(iris))
        bare = re.compile(rf"(?<![\w’'‐‑–-]){re.escape(word)}(?=\s+(?:{followers})(?![\w-]))")
        for match in bare.finditer(doc.text, first[(word, iri)]):
            start, end = match.span()
            if doc.segment_at(start) is None or any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            added.append(Candidate(start, end, word, "actor", iri, Decision.LINKED, f"short-name:{word}"))
    return sorted(chosen + added, key=lambda c: c.start)
