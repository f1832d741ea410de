"""Persons: a rank or title before a capitalised name ("Maj. Gen. Vyacheslav Gladkih", "Secretary of State Mike
Pompeo"), or a name in apposition with a role ("Issa Al-Janati, a former rebel commander" / "a former rebel
commander Issa Al-Janati"). Later bare surnames ("Al-Janati") and stated nicknames ("known by his nom de guerre
“Abu Wassim”") link to the same person. Ranks, titles and role words: ``kg/data/actor_patterns.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg.model import Decision
from kg.resolution.candidates import Candidate, NewEntity, new_candidate
from kg.resolution.context import Document
from kg.resolution.data import alternation, load
from kg.resolution.index import AliasIndex
from kg.resolution.names import APOSTROPHES, DASHES

#: Capital and small letters of the Latin alphabets names are written in ("Sabri Yıldız", "Ferhat Çelik").
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_LOWER = "a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž"
_NAME = (
    rf"(?P<name>(?!(?:Al|El)[{DASHES}])[{_UPPER}][{_LOWER}{APOSTROPHES}]+(?:[{DASHES}][{_UPPER}][{_LOWER}]+)?(?:\s+(?:(?:Al|al|el|El|bin|ibn|Abu|abu|Abd|al)[{DASHES}\s])?"
    rf"[{_UPPER}][\w{APOSTROPHES}]*(?:[{DASHES}][{_UPPER}][\w{APOSTROPHES}]*)?){{1,3}})"
)


_WORD = rf"[A-Z][\w{APOSTROPHES}]+"
#: A name of two to four capitalised words, not captured (the first of a pair "X and Y").
_PLAIN_NAME = rf"[{_UPPER}][\w{APOSTROPHES}]+(?:\s+[{_UPPER}][\w{APOSTROPHES}]+){{1,3}}"
#: What a role is "of" or "for" before a name set off by commas: "the mayor of Amedi, …", "a spokesman for the
#: Security Media Cell, …" (capitalised words, with the Arabic article, "of" or "and" inside).
_OWNER = (
    rf"(?:(?:al|el|Al|El)[{DASHES}])?[A-Z][\w{APOSTROPHES}-]*"
    rf"(?:\s+(?:(?:of|the|and|al|el)\s+)?[A-Z][\w{APOSTROPHES}-]*){{0,4}}"
)


#: The same owner as the news writes it with common words after the name, or one adjective before it: "a member
#: of the Anbar provincial council, …", "a spokesman for the Free Syrian Army's Qusair command, …", "the local head
#: of the ruling Baath party, …". The body is named, then what part of it the person speaks for.
_OWNER_PHRASE = (
    rf"(?:[a-z]+\s+)?{_OWNER}(?:[{APOSTROPHES}]s)?(?:\s+(?:[A-Z][\w{APOSTROPHES}-]*|[a-z][a-z-]+)){{0,3}}?"
)


def _person_entity(index: AliasIndex, name: str) -> tuple[str, bool] | None:
    """A reference person of that name; ``None`` when unknown; raises nothing for non-persons (caller checks)."""
    for entry in index.lookup(name):
        if entry.kind == "actor" and index.reference.actors[entry.iri].type == "Person":
            return entry.iri, True
    return None


@cache
def _org_heads() -> frozenset[str]:
    """One-word organisation cues ("Brigade", "Division", "Army", "Ministry") of ``org_cues`` in
    ``kg/data/actor_patterns.json``: a name ending in one is a body's, never a person's."""
    return frozenset(w for cue in load("actor_patterns")["org_cues"] for w in cue["words"] if " " not in w)


def _is_other_name(index: AliasIndex, name: str) -> bool:
    entries = index.lookup(name)
    return any(
        e.kind == "place"
        or index.reference.actors.get(e.iri, None) is not None
        and index.reference.actors[e.iri].type != "Person"
        for e in entries
    )


def _looks_like_place(name: str) -> bool:
    first = re.split(rf"[\s{DASHES}]", name, maxsplit=1)[0]
    prefixes = set(load("place_patterns")["new_place_prefixes"]) - set(load("actor_patterns")["person_name_prefixes"])
    return first in prefixes


def _nickname_of_a_named_person(
    doc: Document, index: AliasIndex, start: int, nickname_before: re.Pattern[str]
) -> bool:
    """ "Ahmed Saleh, known as Abu Taqwa": the name after the cue is a nickname of the person named before it
    (linked by :func:`link_surnames`). "one ISIS commander, known as Abu Abdul Rahman al-Iraqi" names nobody
    before the cue: the kunya is the only name the person has in the text, so it is the person's mention."""
    window = doc.text[max(0, start - 40) : start]
    cue = nickname_before.search(window)
    if cue is None:
        return False
    before = window[: cue.start()].rstrip(" ,(“\"‘'")
    last = re.search(r"(\S+)$", before)
    if last is None:
        return False
    word = re.sub(rf"^(?:al|el|Al|El)[{DASHES}]", "", last.group(1))  # "Kazim al-Jawari, known as Abu Taqwa"
    stop = set(load("actor_patterns")["name_stopwords"])
    if any(e.kind == "place" for e in index.lookup(word)):
        return False  # "an ISIS wali of Tarmiyah, known as Abu Hajar al-Dulaimi": a place names nobody
    return word[:1].isupper() and word not in stop and not word.isupper()


def person_candidates(doc: Document, index: AliasIndex) -> Iterator[Candidate]:
    data = load("actor_patterns")
    ranks = alternation(data["ranks"])
    titles = alternation(data["titles"])
    roles = alternation(data["person_roles"])
    role_phrase = (
        rf"(?P<role>(?:(?:former|senior|top|local|prominent|military|rebel|field|regional|deputy|"
        rf"ex|retired|late|leading|chief|official|spokes)[\w-]*\s+){{0,3}}(?:{roles}))"
    )
    nicknames = alternation(data["nickname_cues"])
    lower_titles = alternation(data["lower_case_titles"])
    leads = alternation(data["led_by_cues"])
    owner = r"(?:[\w’'.-]+\s+){0,3}?"  # "an ISIS official", "the group's former wali"
    nickname_before = re.compile(rf"\b(?:{nicknames})\s+[“\"‘']?$")
    patterns = (
        (re.compile(rf"(?<![\w.{DASHES}])(?P<rank>{ranks})\s+{_NAME}"), "rank"),  # not "Secretary-General X"
        (re.compile(rf"(?<![\w{APOSTROPHES}{DASHES}]){_NAME},\s+(?:{nicknames})\s+[“\"‘']?[A-Z]"), "nickname"),
        (re.compile(rf"(?<![\w.])(?P<title>{titles})\s+{_NAME}"), "title"),
        # "a commander of the brigade, Hajj Haidar Abu Zainab,": an honorific before a name, as a title is
        (re.compile(rf"(?<![\w.])(?P<honorific>{alternation(data['honorifics'])})\s+{_NAME}"), "honorific"),
        (re.compile(rf"(?<![\w.-])(?P<title>{lower_titles})\s+{_NAME}"), "title"),
        (re.compile(rf"{_NAME},\s+(?:a|an|the)\s+{role_phrase}\b"), "apposition"),
        # "Mustafa Bali, head of the SDF media office, said": a role of a named body needs no article
        (re.compile(rf"(?<![\w{APOSTROPHES}{DASHES}]){_NAME},\s+{role_phrase}\s+(?:of|for|at)\s"), "apposition"),
        (re.compile(rf"{_NAME}(?:\s+\([^()\n]{{1,40}}\))?,\s+(?:a|an|the)\s+{owner}(?P<role>{roles})\b"), "apposition"),
        (re.compile(rf"\b(?:a|an|the)\s+{role_phrase}\s+{_NAME}"), "role-before"),
        (re.compile(rf"\b(?:{leads})\s+{_NAME}"), "led-by"),
        # "a PMF commander, Abu Ali al-Basri, said", "the governor, Najmaldin Karim, told", "a local official in
        # Amerli, Mahdi Taqi, said": a name set off by commas after a role noun
        (re.compile(
            rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[\w-]+[{APOSTROPHES}]s?)\s+(?:[\w-]+\s+){{0,3}}?"
            rf"(?P<title>{roles})(?:\s+(?:of|for|in)\s+(?:the\s+)?{_OWNER_PHRASE})?,\s+{_NAME}"
            rf"(?=\s*[,;.]|\s+(?:said|says|told|added)\b)"
        ), "role-comma"),
        # "The commander, identified by the YBS as Zerdeşt Şingalî, had led", "the consul, named by Turkish media as
        # Selim Aydoğan, was killed": the name the text gives a person it has so far only described (a name set off
        # as a clause's end, not "identified as Islamic State fighters")
        (re.compile(
            rf"\b(?:identified|named)\s+(?:[^,.;:\n]{{1,40}}?\s+)?as\s+{_NAME}(?=\s*[,;.]|\s+and\s+[{_UPPER}])"
        ), "identified"),
        # "named the dead fighters as Rezan Ferhad and Cûdî Xelîl and said": the second name of a named pair
        (re.compile(
            rf"\b(?:identified|named)\s+(?:[^,.;:\n]{{1,40}}?\s+)?as\s+{_PLAIN_NAME}\s+and\s+{_NAME}"
            rf"(?=\s*[,;.]|\s+and\s+[a-z])"
        ), "identified"),
        # "her sister Evîn Hemo (31)", "his son Karim Jasim was wounded": a relative named after the kin noun
        (re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:{alternation(data['kin_nouns'])})\s+{_NAME}"), "kin"),
        # "a YPG commander who uses the nom de guerre Baran Zagros", "a senior member code-named 'Rubar Amed'": the
        # only name the text gives a person (after a role noun, so an operation "code-named" is none)
        (re.compile(
            rf"\b(?:uses|used|using|goes\s+by|went\s+by|under)\s+(?:the\s+|a\s+)?nom de guerre\s+[“\"‘']?{_NAME}"
        ), "nom-de-guerre"),
        (re.compile(rf"\b(?:{roles})s?\s+(?:code-named|codenamed|code named)\s+[“\"‘']?{_NAME}"), "nom-de-guerre"),
        # "Abu Bakr al-Baghdadi", "Abu Abdul Rahman al-Iraqi": a kunya of one or two words, then a nisba (Gulf and
        # Saudi outlets capitalise its article: "Abu Wahib Al-Jumaili")
        (re.compile(
            rf"(?<![\w{DASHES}])(?P<name>(?:Abu|Umm)\s+{_WORD}(?:\s+{_WORD})?(?:\s+(?:al|el|Al|El)[{DASHES}]{_WORD})+)"
        ), "kunya"),
    )
    for segment in doc.segments:
        if segment.all_caps:
            continue
        for pattern, rule in patterns:
            for match in pattern.finditer(doc.text, segment.start, segment.end):
                name = re.sub(r"\s+", " ", match["name"])
                if rule in ("rank", "title"):  # "General Commander Mazloum Abdi": the title is no part of the name
                    name = re.sub(rf"^(?:(?:{titles})\s+)+", "", name)
                if rule == "honorific" and re.search(rf"\b(?:{roles})\s+$", doc.text[segment.start : match.start()]):
                    continue  # "a Hezbollah commander Hajj Ali Hamdan": the role reading keeps the whole name
                opening = re.match(rf"(?:(?:{titles})\s+)+", match["name"]) if rule == "led-by" else None
                if opening is not None and re.fullmatch(_NAME, match["name"][opening.end() :]):
                    # "led by President Ahmed Al Sharaa": the title opens the run, the name follows it
                    name = re.sub(r"\s+", " ", match["name"][opening.end() :])
                else:
                    opening = None
                if _is_other_name(index, name) or name.split()[0] in data["name_stopwords"]:
                    continue
                if set(name.split()) <= set(data["generic_name_words"]):
                    continue  # "an officer of the General Security Service": a rank word opening a body's name
                if name.split()[-1] in _org_heads():
                    continue  # "the Afghan Fatemiyoun Brigade, the source said": a body's name, no person's
                if re.search(rf"[{APOSTROPHES}]s?\s", name):
                    continue  # "Iraq's Harakat al-Nujaba, a field commander said": an owner's possessive, no name
                if rule == "nickname" and _looks_like_place(name):
                    continue  # "Tal Jumaa, known locally as ..." names a village
                if rule != "nickname" and _nickname_of_a_named_person(doc, index, match.start("name"), nickname_before):
                    continue  # "Ahmed Saleh, known as Abu Taqwa": a nickname, linked to its person
                start, end = match.span("name")
                if opening is not None:
                    start += opening.end()
                rank = match.groupdict().get("rank")
                if rank:
                    start = match.start("rank")
                known = _person_entity(index, name)
                text = doc.text[start:end]
                reason = f"person-{rule}"
                if known is not None:
                    yield Candidate(start, end, text, "actor", known[0], Decision.LINKED, reason, priority=1)
                    continue
                role = match.groupdict().get("role") or match.groupdict().get("title")
                entity = NewEntity("actor", name, "Person", rank=rank, role=role)
                yield new_candidate(start, end, text, entity, reason, priority=1)


#: "Salem Khalaf al-Jubouri", "Abdul Karim al-Hamada": two or three given names (the person's, the father's, the
#: grandfather's) and a family name with the Arabic article. Place and group names of that shape begin with a
#: place or group word ("Tal Abu al-Hadid", "Saraya Awliya al-Dam"), which the caller rules out.
_FULL_NAME = re.compile(
    rf"(?<![\w{APOSTROPHES}{DASHES}])(?P<name>(?:[A-Z][a-z]+\s+){{2,3}}(?:al|el)[{DASHES}][A-Z][a-z]+)"
    rf"(?![\w{DASHES}]|[{APOSTROPHES}]s\b)"
)


def full_name_candidates(doc: Document, index: AliasIndex) -> Iterator[Candidate]:
    """A full Arabic name of three or four parts is a person's name whatever the verb around it ("the strike
    killed Jawad Kadhim al-Fartousi", "opened fire on Salem Khalaf al-Jubouri"): the news names people that way
    the first time, often with no title or role beside the name. Titles, ranks and kunyas are read by
    :func:`person_candidates`; a name whose words include a place word, a group word, a generic word of an
    organisation's name, a title, a known place or actor, or that follows another capitalised word, is left alone."""
    data = load("actor_patterns")
    blocked = (
        set(data["name_stopwords"])
        | set(data["name_initial_cues"])
        | set(data["generic_name_words"])
        | set(data["person_name_prefixes"])
        | set(load("place_patterns")["new_place_prefixes"])
        | {w for phrase in (*data["titles"], *data["ranks"]) for w in phrase.split()}
    )
    for segment in doc.segments:
        if segment.all_caps or segment.kind == "headline":
            continue
        for match in _FULL_NAME.finditer(doc.text, segment.start, segment.end):
            name = re.sub(r"\s+", " ", match["name"])
            words = name.split()
            after_capital = re.search(r"[A-Z][\w-]*[ \t]+$", doc.text[max(0, match.start() - 30) : match.start()])
            if any(w in blocked for w in words[:-1]) or after_capital:
                continue  # "Pound Jisr al-Shughur", "Prime Minister Haider al-Abadi": not this rule's name
            if any(index.lookup(w) for w in words[:-1]) or _is_other_name(index, name):
                continue
            known = _person_entity(index, name)
            start, end = match.span("name")
            if known is not None:
                yield Candidate(start, end, doc.text[start:end], "actor", known[0], Decision.LINKED, "person-full-name")
                continue
            entity = NewEntity("actor", name, "Person")
            yield new_candidate(start, end, doc.text[start:end], entity, "person-full-name", priority=0)


def link_surnames(doc: Document, chosen: list[Candidate]) -> list[Candidate]:
    """Later bare surnames and stated nicknames of chosen persons become mentions of them."""
    data = load("actor_patterns")
    persons = [
        c
        for c in chosen
        if c.kind == "actor" and (c.new is not None and c.new.type == "Person" or c.reason.startswith("person-"))
    ]
    taken = [(c.start, c.end) for c in chosen]
    added: list[Candidate] = []
    for person in persons:
        name = person.new.name if person.new is not None else doc.text[person.start : person.end]
        surname = name.split()[-1]
        if len(surname) < 4:
            continue
        article = re.match(rf"(?i)(al|el)([{DASHES}])", surname)
        written = re.escape(surname) if article is None else rf"(?i:{article[1]})[{DASHES}]{re.escape(surname[3:])}"
        for match in re.finditer(rf"(?<![\w{DASHES}]){written}(?![\w{DASHES}])", doc.text):
            start, end = match.span()
            if start < person.end or doc.segment_at(start) is None:
                continue
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            added.append(
                Candidate(start, end, match.group(), "actor", person.iri, Decision.LINKED, f"surname:{surname}")
            )
    cues = alternation(data["nickname_cues"])
    nickname = re.compile(
        rf"(?:{cues})\s+[“\"‘']?(?P<nick>[A-Z][\w{APOSTROPHES}]*(?:\s+[A-Z][\w{APOSTROPHES}]*){{0,3}})"
    )
    for match in nickname.finditer(doc.text):
        start, end = match.span("nick")
        if doc.segment_at(start) is None or any(start < e and s < end for s, e in taken):
            continue
        before = [c for c in persons + added if c.iri in {p.iri for p in persons} and c.end <= start]
        if not before or start - max(c.end for c in before) > 300:
            continue
        antecedent = max(before, key=lambda c: c.end)
        taken.append((start, end))
        added.append(Candidate(start, end, match["nick"], "actor", antecedent.iri, Decision.LINKED, "nickname"))
    return sorted(chosen + added, key=lambda c: c.start)


#: "brothers named as Sherzad and Dilshad Hajji", "identified as Ahmed and Khalil Hassan": two given names that
#: share the family name written once after the second (news names relatives that way).
_SHARED_FAMILY_NAME = re.compile(
    rf"\b(?:named|identified)\s+as\s+(?P<first>{_WORD})\s+and\s+(?P<second>{_WORD})\s+"
    rf"(?P<family>(?:(?:al|el)[{DASHES}])?{_WORD})(?=\s*[,;.]|\s+(?:were|who|and)\b)"
)


def shared_family_name_candidates(doc: Document, index: AliasIndex) -> Iterator[Candidate]:
    """Two relatives named with one family name ("brothers named as Sherzad and Dilshad Hajji"): each is a person
    of that family name, "Sherzad Hajji" and "Dilshad Hajji", not a lone "Sherzad" and a "Dilshad Hajji"."""
    stop = set(load("actor_patterns")["name_stopwords"])
    for segment in doc.segments:
        if segment.all_caps:
            continue
        for match in _SHARED_FAMILY_NAME.finditer(doc.text, segment.start, segment.end):
            if stop & {match["first"], match["second"], match["family"]}:
                continue
            for group in ("first", "second"):
                name = f"{match[group]} {match['family']}"
                if _is_other_name(index, name) or _is_other_name(index, match[group]):
                    continue
                start, end = match.span(group) if group == "first" else (match.start(group), match.end("family"))
                known = _person_entity(index, name)
                if known is not None:
                    yield Candidate(start, end, doc.text[start:end], "actor", known[0], Decision.LINKED,
                                    "person-shared-family-name", priority=1)
                    continue
                entity = NewEntity("actor", name, "Person")
                yield new_candidate(start, end, doc.text[start:end], entity, "person-shared-family-name", priority=1)
