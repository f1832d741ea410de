"""Context-dependent descriptions of actors: "government forces", "Iraqi troops", "Iranian-backed", "the group".

All phrases come from ``kg/data/descriptive_mentions.json``:

- ``descriptions``: a phrase resolved by the country the sentence is about ("the army" → Syrian Arab Army in a
  Syrian sentence, Iraqi Security Forces in an Iraqi one; ``"*"`` means any context); with ``before_nouns``
  the phrase is an attributive word that counts only before one of those nouns ("regime positions");
- ``roles``: a nationality adjective plus a role noun ("Russian troops", "Israeli special services") → the
  entity the country table names for that role;
- adjectives before ``backing_suffixes`` ("Iranian-backed") or after "pro-" ("pro-Iranian") → the State, which
  is how the annotation format lets an adjective stand for a state;
- ``anaphora``: a phrase that refers back to the most recent actor of some types ("the terrorist group"), only
  for the phrases listed there (precision first).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from kg.model import Decision
from kg.reference import ReferenceData
from kg.resolution.candidates import Candidate, NewEntity, PendingRelation, new_candidate
from kg.resolution.context import Document, country_table
from kg.resolution.data import alternation, load

#: Resolves a canonical actor name (and the type/parent to mint it with) to a candidate target.
ActorTarget = Callable[[str, str, str | None], tuple[str, NewEntity | None]]


def _blocked_after(doc: Document, end: int, allowed: tuple[str, ...] = ()) -> bool:
    """A description followed by "sources" names where a claim comes from, not an actor in the events. A
    description's ``allowed_followers`` lift the block: "Foreign Ministry spokesman X" names the ministry."""
    following = doc.text[end : end + 20].lstrip().casefold()
    return any(
        re.match(re.escape(w) + r"\b", following)
        for w in load("descriptive_mentions")["role_blocked_followers"]
        if w not in allowed
    )


_ONE_BEFORE = re.compile(r"(?i)\b(?:a|an|one)\s+$")
_SAYS_AFTER = re.compile(r"\s*,?\s*(?:said|says|told|added|reported)\b")


#: A description that speaks ("Foreign Ministry spokesman Nasser Kanaani said on Saturday that the U.S. ..."):
#: the countries the sentence names after the reporting verb are what was said, not whose ministry it is.
_SPEECH_AFTER = re.compile(
    r"(?:\s+(?:spokes(?:man|woman|person)|official|minister))?(?:\s+[A-Z][\w'’-]+){0,4},?\s+"
    r"(?:said|says|told|stated|added|announced|denied|stressed)\b"
)

_ACCORDING_TO_ONE = re.compile(r"(?i)\baccording\s+to\s+(?:a|an|one)\s+$")


def _anonymous_source(doc: Document, start: int, end: int) -> bool:
    """ "…, a police officer said", "according to a police officer in the town": one unnamed person quoted is
    where a claim comes from, not an actor."""
    before = doc.text[max(0, start - 24) : start]
    if _ACCORDING_TO_ONE.search(before):
        return True
    return bool(_ONE_BEFORE.search(before) and _SAYS_AFTER.match(doc.text, end))


def _candidate(
    start: int,
    end: int,
    doc: Document,
    name: str,
    kind_type: str,
    parent: str | None,
    target: ActorTarget,
    reason: str,
    priority: int,
) -> Candidate:
    iri, new = target(name, kind_type, parent)
    text = doc.text[start:end]
    if new is not None:
        return new_candidate(start, end, text, new, reason, priority)
    return Candidate(start, end, text, "actor", iri, Decision.LINKED, reason, priority)


_ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w.]*)\s+$")


def _nationality_before(doc: Document, start: int) -> str | None:
    """Country code of a nationality adjective right before ``start`` ("Israeli air defenses" → IL)."""
    match = _ADJECTIVE_BEFORE.search(doc.text[max(0, start - 30) : start])
    if match is None:
        return None
    word = match.group(1).casefold()
    return next((c["code"] for c in country_table() for a in c["adjectives"] if a.casefold() == word), None)


#: A possessive right before a description names whose it is ("the coalition's air defences", "Israel's army").
_OWNER = re.compile(r"(?<![\w'’-])([\w-]+)['’]s?(?=\s+$)")
#: Owners that are the sentence's own side ("the regime's helicopters", "the country's army").
_OWN_SIDE = frozenset({"regime", "government", "country", "state", "nation", "assad", "army", "military"})


def _owner_country(owner: re.Match[str] | None) -> str | None:
    """The country whose name or capital owns a description ("Lebanon's General Security", "Baghdad's Interior
    Ministry"): the owner says whose body it is, whatever country the sentence is about."""
    if owner is None:
        return None
    return next((c["code"] for c in country_table() if owner.group(1) in (*c["names"], c["capital"])), None)


def description_candidates(doc: Document, target: ActorTarget) -> Iterator[Candidate]:
    """Phrases from ``descriptions`` resolved by the sentence's country.

    A phrase right after another country's adjective is that country's ("Israeli air defenses" is not the
    Syrian air defence even in a Syrian article), so it is left to the role reading or to nothing.
    """
    data = load("descriptive_mentions")
    types: dict[str, str] = data["types"]
    states = {c["code"]: c["state"] for c in country_table()}
    for entry in data["descriptions"]:
        flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
        # an attributive word before a noun of position, weapon or act ("regime positions", "rebel artillery",
        # "regime shelling"): the word alone is the mention, so the noun stays free for the event's trigger
        head = rf"(?=\s+(?:{alternation(entry['before_nouns'])})(?![\w-]))" if "before_nouns" in entry else ""
        pattern = re.compile(r"(?<![\w-])(?:" + alternation(entry["phrases"]) + r")(?![\w-])" + head, flags)
        resolve: dict[str, str] = entry["resolve"]
        for segment in doc.segments:
            for match in pattern.finditer(doc.text, segment.start, segment.end):
                allowed = tuple(entry.get("allowed_followers", ()))
                if _blocked_after(doc, match.end(), allowed) or _anonymous_source(doc, match.start(), match.end()):
                    continue
                previous = re.search(r"(\S+)\s+$", doc.text[max(segment.start, match.start() - 20) : match.start()])
                if "after_words" in entry:
                    if previous is None or previous.group(1) not in entry["after_words"]:
                        continue  # "the ceasefire regime" is no government
                if previous is not None and previous.group(1) in entry.get("not_after_words", ()):
                    continue  # "Kurdish rebels", "Houthi rebels" are no Syrian opposition
                owner = _OWNER.search(doc.text[max(segment.start, match.start() - 40) : match.start()])
                owner_code = _owner_country(owner)
                if (
                    "*" not in resolve
                    and owner is not None
                    and owner.group() not in entry.get("after_words", ())
                    and owner.group(1).casefold() not in _OWN_SIDE
                    and owner_code is None
                ):
                    continue  # "the coalition's air defences": the owner named is not the sentence's country
                if owner_code is not None and "*" not in resolve and owner_code not in resolve:
                    continue  # "Lebanon's Interior Ministry" is no ministry of the sentence's country
                if "*" in resolve:
                    code, name = "*", resolve["*"]
                elif owner_code is not None:
                    code, name = owner_code, resolve[owner_code]  # "Lebanon's General Security" in a Syrian story
                else:
                    before = _nationality_before(doc, match.start())
                    if before is not None and before not in resolve:
                        continue
                    speech = _SPEECH_AFTER.match(doc.text, match.end())
                    countries = doc.countries_at(match.start(), speech.end() if speech else None)
                    if entry.get("sentence_country"):
                        countries = countries[:1]  # "state television" in an Iraqi sentence is no Syrian channel
                    code = before or next((c for c in countries if c in resolve), None)
                    if code is None:
                        continue
                    name = resolve[code]
                parent = states.get(code)
                reason = f"descriptive:{match.group().lower()}@{code}"
                yield _candidate(
                    match.start(),
                    match.end(),
                    doc,
                    name,
                    types.get(name, "ArmedGroup"),
                    parent,
                    target,
                    reason,
                    priority=1,
                )


#: An aircraft or weapon model between a nationality and its role noun: "American F-15 fighter jet",
#: "Russian Su-24 bombers", "Russian Tu-22M3 long-range bombers", "Turkish Bayraktar drones", "US Bradley
#: fighting vehicles".
_MODEL = (
    r"(?:(?-i:[A-Z][A-Za-z]{0,2}-?\d{1,3}(?:[A-Z]\d?)?|(?:Sukhoi|Mig|MiG|Tupolev|Ilyushin|Mirage)-?\d{0,3}[A-Z]?\d?"
    r"|Bayraktar|Akinci|Shahed|Mohajer|Apache|Reaper|Predator"
    r"|Bradley|Abrams|Humvee|MRAP|Stryker|Leopard|Black\s+Hawk|Chinook)s?\s+)?"
)


def role_candidates(doc: Document, target: ActorTarget) -> Iterator[Candidate]:
    """Nationality adjective + role noun: "Russian troops", "Syrian military", "Israeli special services"."""
    data = load("descriptive_mentions")
    by_adjective = {adj.casefold(): c for c in country_table() for adj in c["adjectives"]}
    nouns = {noun: role for role, words in data["roles"].items() for noun in words}
    possessives = [f"{n}'s" for c in country_table() for n in c["names"]]
    by_adjective.update({f"{n}'s".casefold(): c for c in country_table() for n in c["names"]})
    adjectives = [a for c in country_table() for a in c["adjectives"]] + possessives
    pattern = re.compile(
        r"(?<![\w-])(?P<adj>" + alternation(adjectives) + r")\s+" + _MODEL +
        r"(?P<noun>" + alternation(list(nouns)) + r")(?![\w-])",
        re.IGNORECASE,
    )
    # "Turkish strikes", "Russian airstrikes": the adjective alone, the act noun left to be the trigger
    acts = {noun: role for role, words in data["act_nouns"].items() if not role.startswith("_") for noun in words}
    act_nouns = alternation(list(acts))
    acting = re.compile(
        r"(?<![\w-])(?P<adj>" + alternation(adjectives) + r")(?=\s+(?P<noun>" + act_nouns + r")(?![\w-]))",
        re.IGNORECASE,
    )
    # "Iraqi soldiers and police": a second role noun shares the nationality
    coordinated = re.compile(rf"\s+and\s+(?P<noun>{alternation(data['coordinated_role_nouns'])})(?![\w-])")
    capitals = {c["capital"].casefold(): c for c in country_table()}
    by_adjective.update(capitals)
    government = alternation(data["roles"]["government"])
    seats = alternation([c["capital"] for c in country_table()])
    seat = re.compile(rf"(?<![\w-])(?P<adj>{seats})\s+(?P<noun>{government})(?![\w-])")
    arms = _arms_named(doc, pattern, by_adjective, nouns)
    # "US and coalition forces": the nationality shares the noun of a force its coordinated modifier heads
    gapped = re.compile(
        r"(?<![\w-])(?P<adj>" + alternation(adjectives) + r")\s+and\s+(?:"
        + alternation(data["shared_head_modifiers"]) + r")\s+(?P<noun>" + alternation(data["coordinated_role_nouns"])
        + r")(?![\w-])"
    )
    for match in (m for seg in doc.segments for m in gapped.finditer(doc.text, seg.start, seg.end)):
        country = by_adjective[match["adj"].casefold().replace("’", "'")]
        role = nouns.get(match["noun"].casefold())
        name = country["roles"].get(role or "")
        if name is None or _blocked_after(doc, match.end()):
            continue
        start, end = match.span("adj")
        yield _candidate(
            start, end, doc, name, data["role_types"][role], country["state"], target,
            f"role:{match['adj']} {role} (shared head)", priority=1,
        )
    for segment in doc.segments:
        span = (doc.text, segment.start, segment.end)
        # "Russian troops"; "the Tel Aviv regime" (a capital only before a government noun)
        for match in [*pattern.finditer(*span), *seat.finditer(*span), *acting.finditer(*span)]:
            adjective = match["adj"]
            if not adjective[0].isupper() or _blocked_after(doc, match.end()):
                continue
            country = by_adjective[adjective.casefold().replace("’", "'")]
            roles = acts if match.re is acting else nouns
            role = roles.get(match["noun"].casefold()) or next(
                r for n, r in roles.items() if n.casefold() == re.sub(r"\s+", " ", match["noun"].casefold())
            )
            if match.re is acting and role == "forces" and arms.get(country["state"]) == {"air_force"}:
                role = "air_force"  # "Russian raids" in a story whose only Russian arm is its warplanes
            if role not in country["roles"]:
                role = data["role_fallbacks"].get(role, role)
            name = country["roles"].get(role)
            if name is None:
                continue
            reason = f"role:{adjective} {role}"
            yield _candidate(
                match.start(),
                match.end(),
                doc,
                name,
                data["role_types"][role],
                country["state"],
                target,
                reason,
                priority=0,
            )
            shared = coordinated.match(doc.text, match.end())
            if match.re is pattern and shared is not None:
                second = nouns.get(shared["noun"].casefold())
                second = second if second is None or second in country["roles"] else data["role_fallbacks"].get(second)
                if second in country["roles"] and not _blocked_after(doc, shared.end()):
                    start, end = shared.span("noun")
                    yield _candidate(
                        start, end, doc, country["roles"][second], data["role_types"][second], country["state"],
                        target, f"role:{adjective} {second} (shared)", priority=0,
                    )
            for start, end, other in _coordinated_adjectives(doc, segment.start, match.start(), by_adjective):
                other_name = other["roles"].get(role)
                if other_name is not None:  # "Russian and Syrian jets": the Russian jets too
                    yield _candidate(
                        start, end, doc, other_name, data["role_types"][role], other["state"], target,
                        f"role:{doc.text[start:end]} {role}", priority=0,
                    )


#: The roles that are a country's armed arms, by what a bare act noun ("Russian raids") can mean.
_ARMS = frozenset({"forces", "army", "air_force"})


def _arms_named(
    doc: Document, pattern: re.Pattern[str], by_adjective: dict[str, dict], nouns: dict[str, str]
) -> dict[str, set[str]]:
    """Which armed arms of each country (by its State) the article names: "Russian warplanes" the air force,
    "Russian troops" the ground forces, or the arm's own name ("Russian Aerospace Forces").

    An act noun after a bare nationality ("Russian raids", "regime and Russian bombardment", "Israeli strikes")
    does not say which arm acted; news text names the arm elsewhere, so when the story names only the country's
    air arm the raids are that arm's, not a second actor "Russian Armed Forces" the story never names."""
    named: dict[str, set[str]] = {}
    for match in pattern.finditer(doc.text):
        if not match["adj"][0].isupper():
            continue
        country = by_adjective.get(match["adj"].casefold().replace("’", "'"))
        noun = re.sub(r"\s+", " ", match["noun"].casefold())
        role = nouns.get(noun) or next((r for n, r in nouns.items() if n.casefold() == noun), None)
        if country is not None and role in _ARMS:
            named.setdefault(country["state"], set()).add(role)
    folded = doc.text.casefold()
    for country in country_table():
        for role in _ARMS:
            name = country["roles"].get(role)
            if name and name.casefold() in folded:
                named.setdefault(country["state"], set()).add(role)
    return named


def _coordinated_adjectives(
    doc: Document, floor: int, start: int, by_adjective: dict[str, dict]
) -> Iterator[tuple[int, int, dict]]:
    """Nationality adjectives coordinated before one that heads a role noun ("Russian and Syrian jets",
    "Turkish, Russian and Iranian troops"): each shares the noun, so each is its own country's force."""
    link = re.compile(r"(?<![\w-])([A-Z][\w’']+)\s*(?:,\s*and|,|and)\s+$")
    while (found := link.search(doc.text, max(floor, start - 40), start)) is not None:
        country = by_adjective.get(found.group(1).casefold().replace("’", "'"))
        if country is None or found.group(1).endswith(("'s", "’s")):
            return
        yield found.start(1), found.end(1), country
        start = found.start(1)


def title_state_candidates(doc: Document, target: ActorTarget) -> Iterator[Candidate]:
    """ "Syrian President Bashar Assad", "Iraqi Prime Minister Haider al-Abadi": the adjective before a state
    office and a name is a mention of the State the office belongs to (``state_titles``)."""
    data = load("descriptive_mentions")["state_titles"]
    by_adjective = {adj.casefold(): c for c in country_table() for adj in c["adjectives"]}
    adjectives = alternation([a for c in country_table() for a in c["adjectives"]])
    pattern = re.compile(
        rf"(?<![\w-])(?P<adj>{adjectives})\s+(?:{alternation(data['titles'])})\s+(?=[A-Z])"
    )
    for segment in doc.segments:
        if segment.all_caps:
            continue
        for match in pattern.finditer(doc.text, segment.start, segment.end):
            country = by_adjective[match["adj"].casefold()]
            start, end = match.span("adj")
            yield _candidate(
                start, end, doc, country["state"], "State", None, target, f"title-state:{match['adj']}", priority=0
            )


def _backer_words(country: dict) -> list[str]:
    """Words that name a country as a backer: its adjectives, names and capital ("Tehran-aligned factions",
    "pro-Ankara groups" are backed by the State just as "Iran-backed" ones are)."""
    return [*country["adjectives"], *country["names"], country["capital"]]


def backing_candidates(doc: Document, target: ActorTarget) -> Iterator[Candidate]:
    """ "Iranian-backed X", "Iran-backed X", "pro-Iranian": the adjective or name alone stands for the State.

    A country that leads a coalition in this conflict (``led_coalition``) is not the actor of what is
    "<country>-led": "US-led strikes" and "US-led coalition warplanes" are the coalition's, so "US-led" is a
    mention of the coalition, not of the United States."""
    data = load("descriptive_mentions")
    words = {w.casefold(): c for c in country_table() for w in _backer_words(c)}
    alternatives = alternation([w for c in country_table() for w in _backer_words(c)])
    suffixes = alternation(data["backing_suffixes"])
    patterns = (
        re.compile(r"(?<![\w-])(?P<word>" + alternatives + r")[-‐‑–](?:" + suffixes + r")(?![\w])"),
        re.compile(r"(?<![\w])pro[-‐‑–](?P<word>" + alternatives + r")(?![\w-])", re.IGNORECASE),
    )
    for pattern in patterns:
        for segment in doc.segments:
            for match in pattern.finditer(doc.text, segment.start, segment.end):
                country = words.get(match["word"].casefold())
                if country is None or not match["word"][0].isupper():
                    continue
                led = country.get("led_coalition")
                if led and re.search(r"[-‐‑–]led$", match.group()):
                    yield _candidate(  # "US-led airstrikes", "US-led coalition warplanes": the coalition acts
                        match.start(), match.end(), doc, led, "Coalition", None, target,
                        f"led-coalition:{match.group()}", priority=1,
                    )
                    continue
                start, end = match.span("word")
                yield _candidate(
                    start,
                    end,
                    doc,
                    country["state"],
                    "State",
                    None,
                    target,
                    f"adjective-state:{match.group()}",
                    priority=1,  # over the territory reading of the same name ("Iran-backed Hezbollah")
                )


def backed_group_candidates(doc: Document, target: ActorTarget) -> Iterator[Candidate]:
    """ "Iranian-backed militias", "Iran-aligned factions", "pro-Iranian militias": the country's umbrella group
    (its ``backed_groups`` role), with the adjective or name inside as a mention of the backing State and the
    naming itself as evidence that the State supports the group. A backer whose proxies differ by theatre
    (``backed_groups_by_country``: "US-backed fighters" in a Syrian sentence are the SDF) names the group of the
    country the sentence is about."""
    data = load("descriptive_mentions")
    countries = [c for c in country_table() if "backed_groups" in c["roles"] or "backed_groups_by_country" in c]
    words = {w.casefold(): c for c in countries for w in [*_backer_words(c), *c.get("backer_forces", {})]}
    forces = {w.casefold(): name for c in countries for w, name in c.get("backer_forces", {}).items()}
    if not words:
        return
    alternatives = alternation(list({w for c in countries for w in [*_backer_words(c), *c.get("backer_forces", {})]}))
    suffixes = alternation(data["backed_group_suffixes"])
    nouns = alternation(data["backed_group_nouns"])
    modifier = rf"(?:(?:{alternation(data['backed_group_modifiers'])})\s+)?"
    patterns = (
        re.compile(rf"(?<![\w-])(?P<word>{alternatives})[-‐‑–](?:{suffixes})\s+{modifier}(?:{nouns})(?![\w-])"),
        re.compile(rf"(?<![\w])[Pp]ro[-‐‑–](?P<word>{alternatives})\s+{modifier}(?:{nouns})(?![\w-])"),
    )
    for pattern in patterns:
        for segment in doc.segments:
            for match in pattern.finditer(doc.text, segment.start, segment.end):
                country = words.get(match["word"].casefold())
                if country is None or not match["word"][0].isupper():
                    continue
                name = country["roles"].get("backed_groups") or _backed_group_in(doc, country, match)
                if name is None:
                    continue
                group = _candidate(
                    match.start(), match.end(), doc, name, "ArmedGroup", None, target,
                    f"backed-group:{match.group()}", priority=2,
                )
                start, end = match.span("word")
                force = forces.get(match["word"].casefold())  # "IRGC-backed militia groups": the IRGC backs them
                state = _candidate(
                    start, end, doc, force or country["state"], "StateForce" if force else "State", None, target,
                    f"{'backer-force' if force else 'adjective-state'}:{match['word']}", 0,
                )
                group.inner.append(state)
                evidence = (match.start(), match.end())
                group.relations.append(PendingRelation("supports", state.iri, group.iri, *evidence, "backed-by-name"))
                yield group


def _backed_group_in(doc: Document, country: dict, match: re.Match[str]) -> str | None:
    """The group a backer's proxies are in the theatre the sentence is about (the first country it names other
    than the backer's own, whose adjective is in the phrase), unless the phrase's noun is one the entry leaves
    out ("US-backed rebels" in Syria were other groups than the SDF)."""
    by_country: dict[str, dict] = country["backed_groups_by_country"]
    code = next((c for c in doc.countries_at(match.start()) if c != country["code"]), None)
    entry = by_country.get(code or "")
    if entry is None or any(re.search(rf"\s{re.escape(n)}$", match.group()) for n in entry.get("not_nouns", ())):
        return None
    return entry["name"]


#: An apposition after a name that describes it ("KH, an Iran-backed militia", "Kata'ib Hezbollah and Asa'ib Ahl
#: al-Haq, two of the most powerful Iran-aligned factions", "the Badr Organization, the most powerful of the ..."):
#: the comma, then lower-case words opening with an article or a number.
_APPOSITION = re.compile(
    r"\)?,\s+(?:(?:which|who)\s+(?:[\w.’'-]+\s+){0,2}?(?:is|are|was|were|describes|described|calls|called|labels|"
    r"labelled|labeled|considers|regards|designates|designated)\s+(?:as\s+)?)?"
    r"(?P<count>a|an|the|one|two|three|four|both|among)\b(?:\s+[a-z]+){0,6}\s+$"
)
_SEVERAL = frozenset({"two", "three", "four", "both"})
#: "one of the", "two of the most powerful", "the largest of the": a part of the group the phrase names.
_PARTITIVE = re.compile(r"\b(?:one|two|three|four|both|some|most\s+\w+|\w+est)\s+of\b")
#: "… the most powerful of the Iranian-backed militias in the PMF": the body the described groups belong to.
_WITHIN = re.compile(r"\s+(?:in|within|inside)\s+(?:the\s+)?")
_MEMBERS_AFTER = re.compile(r",?\s+(?:including|such\s+as|among\s+them)\b")
#: Backing, not alignment: "Iran-aligned factions" are allies of Iran, not groups it supports.
_BACKING_WORD = re.compile(r"[-‐‑–](?:backed|supported|sponsored|funded|armed)\b|\b[Pp]ro[-‐‑–]")


def backed_groups_describing_named(doc: Document, chosen: list[Candidate]) -> list[Candidate]:
    """ "the Iranian-backed Iraqi militia Harakat al-Nujaba", "Kata'ib Hezbollah (KH), an Iran-backed militia
    group", "Kata'ib Hezbollah, which Washington describes as an Iran-backed militia": a backed-group phrase right
    before a named actor, or in apposition (or a describing relative clause) after one, describes that actor;
    it is no mention of the country's umbrella of backed groups. The backer stays a mention of its State, and the
    naming says the State supports the named actor (two named ones after "two of the ...")."""
    actors = sorted((c for c in chosen if c.kind == "actor"), key=lambda c: c.start)
    out = list(chosen)
    for cand in actors:
        if not cand.reason.startswith("backed-group:") or not cand.inner:
            continue
        heads: list[Candidate] = []
        after = next((a for a in actors if a.start >= cand.end), None)
        if after is not None and not doc.text[cand.end : after.start].strip() and after.iri != cand.iri:
            heads = [after]  # "the Iranian-backed Iraqi militia Harakat al-Nujaba"
        apposition = _APPOSITION.search(doc.text, max(0, cand.start - 60), cand.start)
        if not heads and apposition is not None:
            before = [a for a in actors if a.end <= apposition.start() and a is not cand]
            bracket = re.fullmatch(r"\s*\([^()]*", doc.text[before[-1].end : apposition.start()]) if before else None
            if before and (before[-1].end == apposition.start() or bracket):
                last = before[-1]
                if bracket:  # "Kata'ib Hezbollah (KH), an ...": the acronym in brackets names the same actor
                    last = next((a for a in reversed(before) if a.end < last.start and a.iri == last.iri), last)
                heads = [last]
                if apposition["count"] in _SEVERAL:  # "X and Y, two of the most powerful Iran-aligned factions"
                    for other in reversed([a for a in before if a.end <= last.start]):
                        if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", doc.text[other.end : heads[0].start]):
                            break
                        heads.insert(0, other)
        heads = [h for h in heads if not h.reason.startswith("backed-group:")]
        if not heads or _MEMBERS_AFTER.match(doc.text, cand.end):
            continue  # "an umbrella of Iran-backed factions including X": the phrase names the members
        if apposition is not None and not _PARTITIVE.search(apposition.group()) and " of " in apposition.group():
            continue  # "an umbrella of ...": the apposition's head is another noun
        out.remove(cand)
        within = _WITHIN.match(doc.text, cand.end)
        parent = next((a for a in actors if within and a.start == within.end() and a.kind == "actor"), None)
        if parent is not None and apposition is not None:
            for head in heads:  # "Kata'ib Hezbollah, one of the Iran-aligned factions within the PMF"
                if head.iri != parent.iri:
                    head.relations.append(
                        PendingRelation("partOf", head.iri, parent.iri, head.start, parent.end, "described-within")
                    )
        predicate = "supports" if _BACKING_WORD.search(cand.reason) else "alliedWith"  # "Iran-aligned factions"
        for state in cand.inner:
            relations = [
                PendingRelation(
                    predicate, state.iri, head.iri, min(head.start, cand.start), max(head.end, cand.end),
                    "backed-by-name",
                )
                for head in heads
            ]
            out.append(replace(state, relations=relations))
    return sorted(out, key=lambda c: c.start)


def anaphora_phrases() -> list[tuple[re.Pattern[str], dict]]:
    data = load("descriptive_mentions")
    return [
        (re.compile(r"(?<![\w-])(?:" + alternation(entry["phrases"]) + r")(?![\w-])", re.IGNORECASE), entry)
        for entry in data["anaphora"]
    ]


def one_sense_per_description(chosen: list[Candidate], target: ActorTarget) -> list[Candidate]:
    """ "says Defense Ministry" in the headline of a story whose body names the "National Defense Ministry"
    (Turkey's): a description resolved only by the sentence's country ("Defense Ministry" in a sentence about
    northern Syria) takes the one of its possible readings that the article names outright elsewhere, when
    there is exactly one such and its country reading is named nowhere else. Only for ministries, which each
    country has one of and which speak for themselves: "government forces" or "the regime" in a Syrian sentence
    stay Syrian even when the article names Iraqi forces or Iran's government too."""
    data = load("descriptive_mentions")
    entries = [
        ({p.casefold() for p in e["phrases"]}, e["resolve"])
        for e in data["descriptions"]
        if "*" not in e["resolve"] and all(re.search(r"Ministry|Department", n) for n in e["resolve"].values())
    ]
    contextual = [c for c in chosen if c.kind == "actor" and re.match(r"descriptive:.*@[A-Z]{2}$", c.reason)]
    if not contextual:
        return chosen
    out = list(chosen)
    for k, cand in enumerate(out):
        if cand not in contextual:
            continue
        phrase = cand.reason[len("descriptive:") : cand.reason.rindex("@")]
        resolve = next((r for phrases, r in entries if phrase in phrases), None)
        if resolve is None:
            continue
        readings = {target(name, "GovernmentBody", None)[0]: name for name in resolve.values()}
        named = {
            c.iri for c in chosen if c.kind == "actor" and c not in contextual and c.iri in readings
        }
        near = _country_named_near(chosen, cand, resolve)
        if near is not None:  # "Sinjar: Iraqi Army deploys - …, the Ministry of Defense announced"
            near_iri = target(resolve[near], "GovernmentBody", None)[0]
            if near_iri != cand.iri:
                out[k] = replace(cand, iri=near_iri, new=None, reason=f"{cand.reason}->near:{resolve[near]}")
            continue
        if cand.iri in named or len(named) != 1:
            continue
        iri = named.pop()
        out[k] = replace(cand, iri=iri, new=None, reason=f"{cand.reason}->article:{readings[iri]}")
    return out



#: How far back (characters) an actor named with the sentence country's adjective keeps a ministry that country's.
_OWN_COUNTRY_REACH = 200


def _country_named_near(chosen: list[Candidate], cand: Candidate, resolve: dict[str, str]) -> str | None:
    """The country of an actor named outright with its nationality just before a ministry told bare ("Sinjar:
    Iraqi Army deploys along Syrian border - On February 24, the Ministry of Defense announced"): in a digest of
    items from several countries the ministry is that item's country's, whichever country the sentence names
    first and whichever ministry another item names outright. Only countries the description has a reading for."""
    for c in reversed(chosen):
        if c.kind != "actor" or c.reason.startswith(("descriptive:", "anaphora")):
            continue
        if not 0 <= cand.start - c.end <= _OWN_COUNTRY_REACH:
            continue
        for country in country_table():
            words = tuple(f"{w} " for w in (*country["adjectives"], *country["names"]))
            if country["code"] in resolve and c.text.startswith(words):
                return country["code"]
    return None


def named_alternatives(chosen: list[Candidate], target: ActorTarget) -> list[Candidate]:
    """ "Kurdish militias took full control of Ras al-Ain" in a story that names the People's Protection Units
    (YPG) and never the SDF: a description's reading is the force of its time and place, and a story told
    before the SDF existed, or of the YPG alone, speaks of the YPG. So a description whose reading the article
    never names outright takes the one of its ``named_alternatives`` the article does name (exactly one)."""
    data = load("descriptive_mentions")
    entries = [
        ({p.casefold() for p in e["phrases"]}, e["named_alternatives"])
        for e in data["descriptions"]
        if e.get("named_alternatives")
    ]
    contextual = [c for c in chosen if c.kind == "actor" and re.match(r"descriptive:.*@[A-Z]{2}$", c.reason)]
    if not contextual or not entries:
        return chosen
    outright = {c.iri for c in chosen if c.kind == "actor" and not c.reason.startswith(("descriptive:", "anaphora"))}
    out = list(chosen)
    for k, cand in enumerate(out):
        if cand not in contextual or cand.iri in outright:
            continue
        phrase = cand.reason[len("descriptive:") : cand.reason.rindex("@")]
        alternatives = next((a for phrases, a in entries if phrase in phrases), {})
        for reading, names in alternatives.items():
            if target(reading, "ArmedGroup", None)[0] != cand.iri:
                continue
            named = {iri: name for name in names if (iri := target(name, "ArmedGroup", None)[0]) in outright}
            if len(named) == 1:
                iri, name = next(iter(named.items()))
                out[k] = replace(cand, iri=iri, new=None, reason=f"{cand.reason}->article:{name}")
    return out


#: A reporting verb right after a description: the description is who speaks ("…, the army said").
_SPEAKS_AFTER = re.compile(r"\s*,?\s*(?:said|says|stated|announced|added|reported|claimed)\b")


def speaking_force_named(
    doc: Document,
    chosen: list[Candidate],
    is_state_force: Callable[[Candidate], bool],
    name_of: Callable[[Candidate], str] | None = None,
) -> list[Candidate]:
    """ "IDF troops … responded with tank fire … 'The troops identified several terrorists,' the army said": a
    bare "the army" that speaks is the army whose acts the story tells, which news text has named before, not
    the army of the country the sentence is about (the Syrian army, where Israeli troops fight in Syria). So a
    description marked ``speaker_refers_back`` right before a reporting verb takes the state force named outright
    nearest before it, unless the article also names its own reading outright (then that reading stands). Only a
    country's army (its ``army`` role, else its ``forces``) is what "the army" names back: "the army said
    its aircraft …" after "Iraqi troops and the Hashd" is the Iraqi Army, not the Popular Mobilization Forces."""
    data = load("descriptive_mentions")
    phrases = {p.casefold() for e in data["descriptions"] if e.get("speaker_refers_back") for p in e["phrases"]}
    outright = [c for c in chosen if c.kind == "actor" and not c.reason.startswith(("descriptive:", "anaphora"))]
    armies = {c["roles"].get("army") or c["roles"].get("forces") for c in country_table()} - {None}
    forces = [c for c in outright if is_state_force(c) and (name_of is None or name_of(c) in armies)]
    if not forces:
        return chosen
    out = list(chosen)
    for k, cand in enumerate(out):
        match = re.match(r"descriptive:(.*)@[A-Z]{2}$", cand.reason)
        if match is None or match.group(1) not in phrases or not _SPEAKS_AFTER.match(doc.text, cand.end):
            continue
        if any(c.iri == cand.iri for c in outright):
            continue
        before = [c for c in forces if c.end <= cand.start]
        if not before:
            continue
        nearest = before[-1]
        out[k] = replace(cand, iri=nearest.iri, new=nearest.new, reason=f"{cand.reason}->speaker:{nearest.text}")
    return out


#: How far back (characters) a named police body is what "policemen" refers to.
_POLICE_REACH = 400


def generic_police_to_named(chosen: list[Candidate], names: dict[str, str]) -> list[Candidate]:
    """ "killing two policemen" after "the Anbar police" or "a Federal Police vehicle": the policemen of the
    police body named just before, not the national police in general. ``names``: canonical names by IRI."""
    data = load("descriptive_mentions")
    generic = {name for e in data["descriptions"] for name in e["resolve"].values() if name.endswith(" Police")}
    generic = {n for n in generic if n.split()[0] in ("Iraqi", "Syrian")} - {"Iraqi Federal Police"}

    def name_of(c: Candidate) -> str:
        return c.new.name if c.new is not None else names.get(c.iri, c.text)

    specific = [
        c
        for c in chosen
        if c.kind == "actor" and re.search(r"\bPolice\b", name_of(c)) and name_of(c) not in generic
    ]
    if not specific:
        return chosen
    out = list(chosen)
    for k, cand in enumerate(out):
        if cand.kind != "actor" or not cand.reason.startswith("descriptive:") or name_of(cand) not in generic:
            continue
        before = [c for c in specific if c.end <= cand.start and cand.start - c.end <= _POLICE_REACH]
        if not before:
            continue
        body = before[-1]
        out[k] = replace(cand, iri=body.iri, new=body.new, reason=f"{cand.reason}->named-police:{name_of(body)}")
    return out


def tribe_candidates(doc: Document, target: ActorTarget) -> Iterator[Candidate]:
    """ "fighters from the Jughaifa tribe", "Shaitat tribesmen": the armed men of a named tribe are an actor of
    their own, "<Tribe> tribal fighters" (``tribes`` in ``kg/data/descriptive_mentions.json``)."""
    data = load("descriptive_mentions")["tribes"]
    name = r"(?P<name>(?:(?:al|Al|Albu|Al\s+Bu|Bani|Beni)[-\s])?[A-Z][\w'’-]+)"
    men = alternation(data["member_nouns"])
    patterns = (
        re.compile(rf"\b(?i:{men})\s+(?:from|of)\s+the\s+{name}\s+(?:tribe|clan)\b"),
        re.compile(rf"(?<![\w-]){name}\s+(?:tribesmen|tribal\s+fighters|clansmen)\b"),
    )
    for segment in doc.segments:
        for pattern in patterns:
            for match in pattern.finditer(doc.text, segment.start, segment.end):
                tribe = match["name"]
                if tribe in data["not_tribe_names"]:
                    continue  # "Arab tribal fighters", "Sunni tribesmen": no tribe's name
                yield _candidate(
                    match.start(), match.end(), doc, f"{tribe} tribal fighters", "ArmedGroup", None, target,
                    f"tribe:{tribe}", priority=1,
                )
    # "a leader of the Shaitat tribe": the tribe itself, an actor annotators name (its men are read above: the
    # longer span wins); a label of a reference tribe ("Aqidat tribe") is found by the alias scan, which wins
    stop = {*data["not_tribe_names"], *load("actor_patterns")["name_stopwords"]}
    itself = re.compile(rf"(?<![\w-]){name}\s+(?:tribe|clan)(?![\w-])")
    for segment in doc.segments:
        for match in itself.finditer(doc.text, segment.start, segment.end):
            if match["name"] in stop:
                continue
            yield _candidate(
                match.start(), match.end(), doc, f"{match['name']} tribe", "Organization", None, target,
                f"tribe-name:{match['name']}", priority=-1,
            )
    yield from _coordinated_tribes(doc, target, name, stop)


def _coordinated_tribes(doc: Document, target: ActorTarget, name: str, stop: set[str]) -> Iterator[Candidate]:
    """ "between members of the Bani Malik and Bani Asad tribes", "the Shammar, Jubur and Obeid clans": one plural
    head noun closes a list of tribes, each an actor of its own ('<name> tribe'), the mention its name alone."""
    one = name.replace("(?P<name>", "(?:")
    listed = re.compile(rf"(?<![\w-])(?P<list>{one}(?:\s*,\s*{one})*\s+and\s+{one})\s+(?:tribes|clans)(?![\w-])")
    single = re.compile(rf"(?<![\w-]){name}(?![\w-])")
    for segment in doc.segments:
        for match in listed.finditer(doc.text, segment.start, segment.end):
            for part in single.finditer(doc.text, match.start("list"), match.end("list")):
                if part["name"] in stop or part["name"] == "and":
                    continue
                yield _candidate(
                    part.start(), part.end(), doc, f"{part['name']} tribe", "Organization", None, target,
                    f"tribe-name:{part['name']}", priority=-1,
                )


def one_tribe_per_article(chosen: list[Candidate]) -> list[Candidate]:
    """ "local tribal fighters" in a story whose only named tribe is the Jughaifa: the tribal fighters are that
    tribe's, not the umbrella the sentence's country would give them (the Tribal Mobilization Forces)."""
    tribes = {c.iri: c for c in chosen if c.kind == "actor" and c.reason.startswith("tribe:")}
    if len(tribes) != 1:
        return chosen
    (iri, named), = tribes.items()
    phrases = {p.casefold() for p in load("descriptive_mentions")["tribes"]["descriptions"]}
    out = list(chosen)
    for k, cand in enumerate(out):
        if cand.kind == "actor" and re.match(r"descriptive:(.*)@", cand.reason):
            phrase = cand.reason[len("descriptive:") : cand.reason.rindex("@")]
            if phrase in phrases:
                out[k] = replace(cand, iri=iri, new=named.new, reason=f"{cand.reason}->{named.reason}")
    return out


_OPENING_QUOTE = frozenset("\"“‘«")


def quoted_labels(doc: Document, chosen: list[Candidate], target: ActorTarget) -> list[Candidate]:
    """ 'Amaq claimed that 62 “PKK apostates” had been killed', 'killed two “PKK militiamen”': a name opening a
    short quoted label with a pejorative people noun is one side's word for the enemy it fought, not the named
    group acting in the story. It stands for the actor the article names whom that label is pinned on
    (``quoted_labels`` in ``kg/data/descriptive_mentions.json``: the first of them the article names, so the
    SDF in a Syrian story), and for nobody when the article names none of them."""
    data = load("descriptive_mentions")["quoted_labels"]
    closing = re.compile(rf"\s+(?:{alternation(data['nouns'])})[\"”’»]")
    labels = {target(name, "ArmedGroup", None)[0]: meant for name, meant in data["labels"].items()}
    named = {c.iri: c for c in chosen if c.kind == "actor"}
    out: list[Candidate] = []
    for cand in chosen:
        meant = labels.get(cand.iri) if cand.kind == "actor" else None
        if meant is None or doc.text[cand.start - 1 : cand.start] not in _OPENING_QUOTE or not closing.match(
            doc.text, cand.end
        ):
            out.append(cand)
            continue
        actual = next((named[i] for i in (target(m, "ArmedGroup", None)[0] for m in meant) if i in named), None)
        if actual is not None:  # no actor at all when the article names none of those the label is pinned on
            out.append(replace(cand, iri=actual.iri, new=actual.new, reason=f"quoted-label:{cand.text}->{actual.text}"))
    return out


def publisher_voice_candidates(
    doc: Document, target: ActorTarget, reference: ReferenceData, publisher_iris: list[str]
) -> Iterator[Candidate]:
    """ "Our units responded to the sources of fire" in a Syrian Ministry of Defence statement, "two of our
    fighters were martyred" on the SDF's own press site: a military publisher's first person names its own side
    (``publisher_voice``). A defence ministry speaks for its country's forces and air defences; an outlet that
    belongs to an armed group, for that group. Other publishers' "our" is nobody's. ``publisher_iris``: the
    reference actors the publisher's name denotes."""
    speaks_for = _publisher_sides(reference, publisher_iris)
    if not speaks_for:
        return
    data = load("descriptive_mentions")["publisher_voice"]
    forms = [
        (re.compile(rf"(?<![\w-])[Oo]ur\s+(?:{alternation(data['roles'][role])})(?![\w-])"), role)
        for role in speaks_for
    ]
    for segment in doc.segments:
        for pattern, role in forms:
            for match in pattern.finditer(doc.text, segment.start, segment.end):
                name, kind = speaks_for[role]
                yield _candidate(
                    match.start(), match.end(), doc, name, kind, None, target, f"publisher-voice:{role}", priority=1
                )
    air_force = _ministry_air_force(reference, publisher_iris)
    if air_force is None:
        return
    for segment in doc.segments:  # "supported by Air Force elements" in a defence ministry's statement: its own
        for match in _BARE_AIR_FORCE.finditer(doc.text, segment.start, segment.end):
            yield _candidate(
                match.start(), match.end(), doc, air_force, "MilitaryUnit", None, target,
                "publisher-voice:air_force", priority=2,
            )


#: "Air Force" with no owner's name before it ("Syrian Air Force", "Russia's Air Force" name their own owner).
_BARE_AIR_FORCE = re.compile(r"(?<![A-Z][\w’'-]\s)(?<![\w’'-])Air\s+Force(?!\s+[A-Z])(?![\w-])")


def _ministry_air_force(reference: ReferenceData, publisher_iris: list[str]) -> str | None:
    """The air force of the country whose defence ministry publishes the article, if any."""
    for iri in publisher_iris:
        roles = _ministry_roles(reference, iri)
        if roles is not None and roles.get("air_force"):
            return roles["air_force"]
    return None


def _ministry_roles(reference: ReferenceData, iri: str) -> dict[str, str] | None:
    """The country-table roles of the country whose defence ministry the actor is, or ``None``."""
    name = reference.actors[iri].name
    return next((c["roles"] for c in country_table() if c["roles"].get("defence_ministry") == name), None)


def _publisher_sides(reference: ReferenceData, publisher_iris: list[str]) -> dict[str, tuple[str, str]]:
    """Role → (reference name, type) of the sides a publisher's "our" can name; empty for a non-military one."""
    for iri in publisher_iris:
        actor = reference.actors[iri]
        roles = _ministry_roles(reference, iri)
        if roles is not None:
            voiced = load("descriptive_mentions")["publisher_voice"]["roles"]
            return {r: (roles[r], "StateForce") for r in voiced if r in roles}
        parent = reference.actors.get(actor.parent_iri) if actor.parent_iri else None
        if (  # an armed group's own outlet ("SDF Press Center"); a command's "our checkpoints" may be any unit's
            parent is not None
            and reference.is_a(actor.type, "MediaOutlet")
            and any(reference.is_a(parent.type, t) for t in ("ArmedGroup", "StateForce"))
        ):
            return {"forces": (parent.name, "ArmedGroup")}
    return {}


#: "regime forces and allied militias", "army units, in cooperation with the allied forces": the allies of a
#: Syrian army named before them.
_ALLIED = re.compile(r"(?<![\w-])allied\s+(?:militias|militiamen|forces|fighters|groups|formations)(?![\w-])")


def allied_militias(doc: Document, chosen: list[Candidate], target: ActorTarget) -> list[Candidate]:
    """ "soldiers and members of allied militias", "in cooperation with the allied forces": where Syria is in
    sight, in an article that has named the Syrian army before, the army's allies are the pro-government militias
    (FORMAT.md's "Syrian pro-government militias"); nowhere else is "allied" anyone's name."""
    army = target("Syrian Arab Army", "StateForce", None)[0]
    first_army = next((c.start for c in chosen if c.kind == "actor" and c.iri == army), None)
    if first_army is None:
        return chosen
    added: list[Candidate] = []
    for segment in doc.segments:
        for match in _ALLIED.finditer(doc.text, segment.start, segment.end):
            start, end = match.span()
            if start < first_army or any(c.start < end and start < c.end for c in chosen):
                continue
            if "SY" not in doc.countries_at(start):
                continue
            added.append(
                _candidate(start, end, doc, "Syrian pro-government militias", "ArmedGroup", "Syria", target,
                           "descriptive:allied@SY", priority=1)
            )
    return sorted(chosen + added, key=lambda c: c.start) if added else chosen
