"""Casualty figures: how many were killed or injured, exactly or as a range, and on which side.

The coding follows the annotation format: an exact number is a ``count``; "at least N" a minimum N; "over N"
a minimum N+1; "up to N" a maximum N; vague quantities ("several", "heavy casualties") carry no numbers. The
victim is read from the victim noun phrase: a named actor in it (the first-named one for mixed groups), or
else its head noun's *side* (civilians, state forces, non-state fighters), which :mod:`kg.extraction.events`
maps onto the event's participants once they are known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.extraction.dates import DATE_FILE
from kg.extraction.rules import Rule, alternation, compile_rules, rule_file
from kg.model import CIVILIANS_IRI, EntitySpan

CASUALTY_FILE = "casualty_patterns.json"
_ONE_OF_THE_CASUALTIES = re.compile(r"\w+\s+of\s+(?:the|them|those)\s+(?:wounded|injured|dead|victims)\b", re.I)
_MEMBERS_OF = re.compile(r"^\s*(?:other\s+)?(?:members|fighters|elements|personnel|soldiers|militants)\s+of\s+", re.I)


@dataclass(frozen=True)
class FigureMention:
    """A casualty figure stated in a sentence, before it is attached to an event."""

    start: int  # article offsets of the matched phrase
    end: int
    status: str
    count: int | None
    min_count: int | None
    max_count: int | None
    rule: str
    confidence: float
    victim_iri: str | None = None  # a named victim (actor span or person)
    victim_side: str | None = None  # "civilians" | "state" | "nonstate" when no actor is named
    person_iri: str | None = None  # a named person killed ("killed Maj. Gen. X")
    other_of: bool = False  # "two other Russian service members": the person belongs to this group
    others: bool = False  # "4 others were injured": the victims of the figure before
    active: bool = False  # "X killed N": the sentence's subject did the killing
    led_by: str | None = None  # "Sheikh X and two of his guards were killed": the person the count includes
    co_victims: tuple[str, ...] = ()  # "66 government fighters and civilians": the groups named after the first


@dataclass(frozen=True)
class _CasualtyRules:
    rules: tuple[Rule, ...]
    numbers: dict[str, int]
    quantifiers: dict[str, str]  # phrase -> min | min_plus_one | max | approximate
    statuses: list[tuple[str, re.Pattern[str]]]
    victims: list[tuple[str, re.Pattern[str]]]
    state_types: frozenset[str]
    nonstate_types: frozenset[str]
    remote_types: frozenset[str]
    hitting_back: re.Pattern[str]  # "a counterattack": the attacked side striking back
    retold_by_source: re.Pattern[str]  # "killed in what it called (an attack)": a source's words for an act told
    negation: re.Pattern[str]
    lead_one: re.Pattern[str]  # "a woman and her (two children were killed)": one victim named before the figure
    month_before: re.Pattern[str]  # "on December (11 and killed …)": a day of the month, the date rules' months
    ordinals: dict[str, int]  # "a third policeman had died": the toll the ordinal raises it to


@lru_cache(maxsize=1)
def casualty_rules() -> _CasualtyRules:
    data = rule_file(CASUALTY_FILE)
    numbers = {k.lower(): int(v) for k, v in data["number_words"].items()}
    # "fifty-six", "twenty one": the compounds of the tens and units the data lists
    tens = {w: n for w, n in numbers.items() if 20 <= n <= 90 and n % 10 == 0 and " " not in w}
    units = {w: n for w, n in numbers.items() if 1 <= n <= 9 and " " not in w}
    numbers.update({f"{t}{sep}{u}": tn + un for t, tn in tens.items() for u, un in units.items() for sep in "- "})
    quantifiers = {phrase.lower(): kind for kind, phrases in data["quantifiers"].items() for phrase in phrases}
    status_words = [w for words in data["statuses"].values() for w in words]
    macros = dict(data.get("macros", {}))
    # not inside a word: "drone", "someone", "everyone" hold no "one"
    number = rf"(?<![^\W\d_])(?:\d{{1,3}}(?:,\d{{3}})*(?!\d)|\d+|{alternation(list(numbers))})\b"
    # a range: "between eight and 11", "10 to 15", "two or three", "10-15" (digits only: "twenty-one" is one)
    span = (
        rf"between\s+(?P<lo>{number})\s+and\s+|(?P<lo2>{number})\s+(?:to|or)\s+(?={number})"
        rf"|(?P<lo3>\d+)\s*[-–]\s*(?=\d)"
    )
    vague = alternation(data["vague_quantities"]).replace(r"\ of", r"[”\"]?\ of")  # '"a number" of soldiers'
    macros["QTY"] = (
        rf"(?:(?:{span})|(?P<quant>{alternation(list(quantifiers))})\s+)?"
        rf"(?P<num>{number})"
        rf"|(?P<vague>{vague})\b"
    )
    # 'said "several" smugglers were killed', 'that "a number" of soldiers were "martyred"': a quoted figure
    macros["QTY"] = f"[“\"]?(?:{macros['QTY']})[”\"]?"
    macros["STATUS"] = "|".join(sorted(status_words, key=len, reverse=True))
    ordinals = {k.lower(): int(v) for k, v in data["ordinal_words"].items()}
    macros["ORDINAL"] = alternation(list(ordinals))
    statuses = [(status, re.compile(rf"^(?:{'|'.join(words)})$", re.I)) for status, words in data["statuses"].items()]
    victims = [(entry["side"], re.compile(entry["pattern"], re.I)) for entry in data["victim_nouns"]]
    return _CasualtyRules(
        rules=compile_rules(data["patterns"], macros, CASUALTY_FILE),
        numbers=numbers,
        quantifiers=quantifiers,
        statuses=statuses,
        victims=victims,
        state_types=frozenset(data["state_types"]),
        nonstate_types=frozenset(data["nonstate_types"]),
        remote_types=frozenset(data["remote_types"]),
        hitting_back=re.compile(data.get("hitting_back", "(?!)"), re.I),
        retold_by_source=re.compile(data.get("retold_by_source", "(?!)"), re.I),
        negation=re.compile(data.get("negation", "(?!)"), re.I),
        ordinals=ordinals,
        month_before=re.compile(  # capitalised only: "may" is a verb
            rf"\b(?:{alternation([m.capitalize() for m in rule_file(DATE_FILE)['months']])})\.?\s+$"
        ),
        lead_one=re.compile(
            rf"\b(?:an?|one)\s+(?P<noun>{macros['ONE_MOD']}{macros['ONE_NOUN']})\s+and\s+(?P<kin>(?:his|her|their)\s+)?$",
            re.I,
        ),
    )


def status_of(word: str) -> str | None:
    """Casualty status of a status word or verb ("wounded" → injured, "killed or injured" → killed_or_injured)."""
    word = " ".join(word.lower().split())
    if re.match(r"kill\w*\s+(?:and|or)\s+(?:injur|wound)", word):
        return "killed_or_injured"  # "killing and injuring a number of the terrorists"
    for status, pattern in casualty_rules().statuses:
        if pattern.match(word):
            return status
    if re.match(r"(?:kill|neutrali|eliminat|left|assassinat|execut|murder|behead|slaughter|massacr|shot|gunned)", word):
        return "killed"
    if re.match(r"(?:injur|wound)", word):
        return "injured"
    return None


def find_figures(text: str, offset: int, spans: list[EntitySpan], person_iris: set[str]) -> list[FigureMention]:
    """Casualty figures in one sentence ``text`` starting at article offset ``offset``.

    ``spans`` are the entity spans of the sentence (article offsets); ``person_iris`` the actors that are
    persons, for "killed Maj. Gen. X" and "X died of his wounds".
    """
    rules = casualty_rules()
    figures: list[FigureMention] = []
    taken: list[tuple[int, int]] = []
    for rule in rules.rules:
        form = rule.get("form")
        for match in rule.regex.finditer(text):
            start, end = match.start() + offset, match.end() + offset
            if any(start < t_end and end > t_start for t_start, t_end in taken) and form != "person":
                continue
            if rules.negation.search(text[max(0, match.start() - 40) : match.start()]):
                continue  # "without causing casualties", "no one was killed"
            if _ONE_OF_THE_CASUALTIES.match(match.group()) and not rule.get("share"):
                continue  # "one of the wounded (later died)": victims already counted ("11 of the dead were
                # civilians" is a share the text tells as a breakdown: a rule marked "share" keeps it)
            if match.group()[:1].isdigit() and rules.month_before.search(text, 0, match.start()):
                continue  # "on December 11 and killed …": a day of the month, not a figure
            figure = _figure(rule, form, match, offset, spans, person_iris)
            if figure is not None:
                figure, extra = _joined(figure, form, match, offset, spans)
                figures.append(figure)
                taken.append((figure.start, figure.end))
                figures.extend(extra)
    figures = _bomber_not_in_toll(figures)
    figures = [_led_by_person(f, text, offset, spans, person_iris, figures) for f in figures]
    figures.extend(_subsets(text, offset, spans, figures))
    figures.sort(key=lambda f: f.start)
    return _mark_other(figures)


def _bomber_not_in_toll(figures: list[FigureMention]) -> list[FigureMention]:
    """ "a suicide bomber blew himself up at a checkpoint, killing at least 22 people": the toll told after the
    bomber counts the people he killed, and annotators do not add him as a dead of his own; a bomber whose blast
    the sentence tells without a toll ("X blew himself up during the raid") is still the one dead."""
    tolls = [f for f in figures if f.rule != _BLEW_UP_RULE and f.status == "killed"]
    return [
        f for f in figures
        if f.rule != _BLEW_UP_RULE or not any(t.start >= f.end and _counted_figure(t) for t in tolls)
    ]


_BLEW_UP_RULE = "cas.blew_up"

#: "two of his guards" ("X and his two sons"): the figure counts the people of the one named before it
_HIS_OWN = re.compile(r"\S+\s+of\s+(?:his|her)\b", re.I)
_AND_END = re.compile(r"\s+and\s+(?P<kin>(?:his|her)\s+)?$", re.I)


def _led_by_person(
    figure: FigureMention,
    text: str,
    offset: int,
    spans: list[EntitySpan],
    person_iris: set[str],
    figures: list[FigureMention],
) -> FigureMention:
    """ "Sheikh X and two of his guards were killed": the person named just before the figure, coordinated to his
    own people it counts, died with them, so he joins the count (3), unless a figure of its own counts him."""
    if figure.count is None:
        return figure
    joined = _AND_END.search(text, 0, figure.start - offset)
    if joined is None or not (joined.group("kin") or _HIS_OWN.match(text, figure.start - offset)):
        return figure
    cut = joined.start() + offset
    person = next((s for s in spans if s.end == cut and s.iri in person_iris), None)
    if person is None or any(f.start < person.end and f.end > person.start for f in figures):
        return figure
    return replace(_plus(figure, 1, start=person.start), led_by=person.iri)


#: "among them 20 civilians" (a breakdown), "…had died, along with 18 militants" (a group added to the figure)
_SUBSET_CUE = re.compile(r"(?:,\s*|\s+)(?:among\s+them|among\s+whom|including|along\s+with|together\s+with)\s+", re.I)
_SUBSET_ITEM = re.compile(
    r"\s*(?:and\s+)?(?P<num>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?P<rest>[^,;.]+?)\s*(?=,|;|\.|\s+and\b|$)", re.I
)
_SUBSET_END = re.compile(
    r"[;.]|,\s*(?:and\s+)?(?:which|who|while|whereas|but|according|the|a|an|he|she|they|it)\b"
    r"|\s(?:were|was|had|have|has|are)\b",
    re.I,
)
#: a breakdown by age, sex or kinship names no other victim group: "16 civilians, including seven children"
_DEMOGRAPHIC = re.compile(
    r"(?:[\w’'\-]+\s+){0,2}?\b(?:children|child|kids|minors|women|woman|boys|girls|babies|infants|elderly|teenagers|"
    r"men|brothers|sisters|sons|daughters|relatives|siblings|members\s+of\s+(?:the\s+same|one|a\s+single)\s+family)\b",
    re.I,
)


def _subsets(text: str, offset: int, spans: list[EntitySpan], figures: list[FigureMention]) -> list[FigureMention]:
    """ "killed at least 412 people …, among them 20 civilians, 219 Isis militants and 173 Kurdish fighters",
    "the toll rose to 17, including five civilians": each victim group of a breakdown is a figure of its own
    (but not a breakdown by age or sex: "16 civilians, including seven children"); and the share of a toll told
    after it by who the victims were ("741 Iraqis were killed …, 410 of them civilians"), not by age, place or means
    ("76 of whom were children", "11 of them in a single strike")."""
    found: list[FigureMention] = []
    for cue in _SUBSET_CUE.finditer(text):
        before = [
            f for f in figures
            if f.start - offset < cue.start() and (f.count, f.min_count, f.max_count) != (None, None, None)
        ]
        if not before:
            continue
        whole = max(before, key=lambda f: f.start)
        stop = _SUBSET_END.search(text, cue.end())
        segment_end = stop.start() if stop else len(text)
        position = cue.end()
        while position < segment_end:
            item = _SUBSET_ITEM.match(text, position, segment_end)
            number = _number(item.group("num")) if item else None
            if item is None or number is None or _DEMOGRAPHIC.match(item.group("rest")):
                break
            start, end = item.start("num") + offset, item.end("rest") + offset
            if any(start < f.end and f.start < end for f in figures if f is not whole):
                break  # told with its own status ("including five soldiers who were wounded")
            victim_iri, side = _victim(item.group("rest"), item.start("rest") + offset, end, spans)
            if victim_iri is None and side is None:
                break
            found.append(_other_group(whole, number, start, end, victim_iri, side, confidence=whole.confidence * 0.9))
            position = item.end()
            if text.startswith(",", position):
                position += 1
    for share in _share_of_them().finditer(text):
        before = [f for f in figures if f.end - offset <= share.start() and _counted_figure(f)]
        number, low, high = _quantity(share.groupdict())
        if not before or (number, low, high) == (None, None, None) or _DEMOGRAPHIC.match(share.group("rest")):
            continue  # "76 of whom were children": a breakdown by age or sex names no other victim group
        start, end = share.start("num") + offset, share.end("rest") + offset
        if any(start < f.end and f.start < end for f in [*figures, *found]):
            continue
        whole = max(before, key=lambda f: f.start)
        victim_iri, side = _victim(share.group("rest"), share.start("rest") + offset, end, spans)
        if victim_iri is not None or side is not None:
            found.append(
                _other_group(whole, number, start, end, victim_iri, side, low, high, confidence=whole.confidence * 0.9)
            )
    return found


@lru_cache(maxsize=1)
def _share_of_them() -> re.Pattern[str]:
    """ "741 Iraqis were killed …, 410 of them civilians", "received 12 bodies, at least seven of them civilians":
    the share of a toll told by who the victims were, with the quantifiers of the data file (a hedged share is
    coded like any hedged figure)."""
    return re.compile(
        rf",\s*(?:(?P<quant>{alternation(list(casualty_rules().quantifiers))})\s+)?"
        r"(?P<num>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:them|whom)\s+(?:(?:were|was|are|is)\s+)?"
        r"(?P<rest>(?!(?:in|on|at|by|from|during|near|after|before|when|while)\b)[^,;.]+?)\s*"
        r"(?=,|;|\.|\s+(?:and|with|while|who|as)\b|$)",
        re.I,
    )


def _counted_figure(figure: FigureMention) -> bool:
    """A figure with a number: only a counted toll can be shared out ("heavy losses, 12 of them …" shares none)."""
    return (figure.count, figure.min_count, figure.max_count) != (None, None, None)


def _figure(
    rule: Rule, form: str, match: re.Match[str], offset: int, spans: list[EntitySpan], person_iris: set[str]
) -> FigureMention | None:
    start, end = match.start() + offset, match.end() + offset
    groups = match.groupdict()
    common = {"start": start, "end": end, "rule": rule.id, "confidence": rule.confidence}
    if form == "person":
        person = _adjacent_person(match, offset, spans, person_iris, after="person_after" in groups)
        if person is None:
            return None
        return FigureMention(
            status="killed",
            count=1,
            min_count=None,
            max_count=None,
            victim_iri=person.iri,
            person_iri=person.iri,
            active=bool(rule.get("active")),  # "gunmen shot dead X": the killing is told as an act
            **{**common, "start": min(start, person.start), "end": max(end, person.end)},
        )
    if form == "unquantified":
        word = groups.get("status") or groups.get("status2") or rule.get("status") or "casualties"
        status = "killed_or_injured" if word.lower() in ("casualties", "losses") else status_of(word) or "killed"
        return FigureMention(status=status, count=None, min_count=None, max_count=None, **common)
    if form == "loss":
        return _loss(rule, match, offset, spans, common)
    word = groups.get("status") or groups.get("status2") or groups.get("verb") or ""
    status = status_of(word) or rule.get("status")
    if status == "killed" and _NEUTRALISED.match(word) and _TERRORISTS.search(groups.get("victim") or ""):
        status = "killed_or_injured"  # "neutralized five PKK terrorists": killed, captured or surrendered
    if (groups.get("verb") or "").lower() in ("left", "leaving", "leaves", "leave"):
        # "left one Peshmerga wounded", "left three soldiers dead": the word after the victims says which
        rest = re.split(r"[.;]", match.string[match.end("verb") : match.end("verb") + 160], maxsplit=1)[0]
        told = re.search(r"\b(wounded|injured|hurt|dead|killed|martyrs|martyred)\b", rest, re.IGNORECASE)
        status = status_of(told.group(1)) if told else None
    if status is None:
        return None
    ordinal = casualty_rules().ordinals.get((groups.get("ordinal") or "").lower())
    count, low, high = _quantity(groups) if ordinal is None else (ordinal, None, None)
    if form == "singular":
        count, low, high = 1, None, None
    if form == "singular" and _COMPANION.match(match.string, match.end()):
        count = 2  # "killing a local SDF commander and his driver": two dead, of the first-named side
    if form != "singular" and groups.get("num") is None and groups.get("vague") is None and ordinal is None:
        return None
    victim_start, victim_end = match.span("victim") if groups.get("victim") else (match.end(), match.end())
    phrase = match.string[victim_start:victim_end]
    if ordinal is None:
        count = _with_last_by_ordinal(count, phrase)
    victim_iri, side = _victim(phrase, victim_start + offset, victim_end + offset, spans)
    also = _co_victims(phrase, victim_start + offset, victim_end + offset, spans, victim_iri, side)
    return FigureMention(
        status=status,
        count=count,
        min_count=low,
        max_count=high,
        victim_iri=victim_iri,
        victim_side=side,
        co_victims=also,
        active=form == "active" or bool(rule.get("active")),
        other_of=bool(re.match(r"\s*other\b", groups.get("victim") or "", re.I)),
        others=bool(re.match(r"\s*others\b", groups.get("victim") or "", re.I)),
        **common,
    )


#: "… and the fourth": the last of a group, named by its ordinal, ending the victim phrase
_AND_THE_ORDINAL = re.compile(r"\band\s+(?:the|a)\s+(?P<ordinal>[a-z]+)\s*$", re.I)


def _with_last_by_ordinal(count: int | None, phrase: str) -> int | None:
    """ "three of the attackers blew themselves up and the fourth was shot dead": the one of the group told last by
    its ordinal (the next after the count) died too, so the figure counts the whole group (4), as annotators sum it;
    any other ordinal ("two … and the tenth") is no such continuation and leaves the count as it is."""
    told = _AND_THE_ORDINAL.search(phrase)
    if count is None or told is None:
        return count
    ordinal = casualty_rules().ordinals.get(told.group("ordinal").lower())
    return ordinal if ordinal == count + 1 else count


def _loss(rule: Rule, match: re.Match[str], offset: int, spans: list[EntitySpan], common: dict) -> FigureMention | None:
    """ "the Hamza Division said it lost six men": the dead are the subject's own, the last side named before the
    verb in its clause; without one, the side the noun after the figure belongs to ("lost three soldiers")."""
    count, low, high = _quantity(match.groupdict())
    if count is None and low is None and high is None:
        return None
    start = match.start() + offset
    clause_start = offset + max(match.string.rfind(mark, 0, match.start()) for mark in ";:") + 1
    aside = [(m.start() + offset, m.end() + offset) for m in _RELATIVE_ASIDE.finditer(match.string, 0, match.start())]
    before = [
        s
        for s in spans
        if s.kind == "actor" and clause_start <= s.start and s.end <= start
        if not any(a <= s.start < b for a, b in aside)
    ]  # "The Federal Police, which advance alongside the 16th Division, lost three men": the police
    victim_iri, side = (before[-1].iri, None) if before else _victim(match.group(0), start, start, [])
    if side == "civilians":
        side = None  # "lost six men": men of the side speaking, not civilians
    return FigureMention(
        status=str(rule.get("status")), count=count, min_count=low, max_count=high, victim_iri=victim_iri,
        victim_side=side, **common,
    )


#: "neutralized" is the Turkish official idiom for killed, captured or surrendered: where the text speaks in that
#: voice and calls the victims terrorists, the figure is killed-or-injured; quoted ('four "terrorists" had been
#: neutralised') or of other victims ("neutralised 17 PKK militants"), the writer reads it as killed
_NEUTRALISED = re.compile(r"[“\"‘']?neutrali[sz]", re.I)
_TERRORISTS = re.compile(r"(?<![“\"‘'])\bterrorists?\b", re.I)

_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who|whose)\b[^,;]*,")

_COMPANION = re.compile(
    r"\s+and\s+(?:his|her)\s+(?:driver|bodyguard|son|daughter|wife|husband|brother|companion|escort|aide|guard|"
    r"assistant|nephew|cousin)\b",
    re.IGNORECASE,
)

_SECOND = re.compile(
    r"\s+and\s+(?:(?P<quant>at least|more than|over|up to|as many as|nearly|about|around|some)\s+)?"
    r"(?P<num>an?|one|\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?P<rest>(?:[\w’'‘\-.]+\s*){1,6})$",
    re.I,
)


_UNKNOWN_NUMBER = re.compile(r"(?:unknown|undetermined|unspecified|large|small|further)?\s*number\s+of\b", re.I)


def _second_group(
    figure: FigureMention, match: re.Match[str], offset: int, spans: list[EntitySpan]
) -> list[FigureMention]:
    """"Three Peshmerga and a civilian were killed", "left 14 civilians and 11 soldiers dead", "at least 400 IS
    fighters and 188 government troops": a second figure, quantified on its own."""
    if "victim" not in match.groupdict() or not match.group("victim"):
        return []
    if figure.count is None and figure.min_count is None and figure.max_count is None:
        return []
    phrase = match.group("victim")
    second = _SECOND.search(phrase.rstrip() if phrase.rstrip() != phrase else phrase)
    if second is None:
        return []
    word = second.group("num").lower()
    if word in ("a", "an") and _UNKNOWN_NUMBER.match(second.group("rest")):
        count, low, high = None, None, None  # "and an unknown number of civilians": a figure without numbers
    elif word in ("a", "an", "one"):
        count, low, high = 1, None, None
    else:
        count, low, high = _quantity({"quant": second.group("quant"), "num": word})
        if count is None and low is None and high is None:
            return []
    start = match.start("victim") + offset + second.start()
    end = match.start("victim") + offset + second.end("rest")
    victim_iri, side = _victim(second.group("rest"), start, end, spans)
    if victim_iri is None and side is None:
        return []
    return [_other_group(figure, count, start, end, victim_iri, side, low, high)]


#: "an officer and a member": a member of no group named, one of the first victim's
_BARE_MEMBER = re.compile(r"(?:other\s+)?(?:members?|elements?)\b(?!\s+of\b)", re.I)

_AND_MORE = re.compile(
    r"\s+and\s+(?:(?:his|her|their)\s+)?(?P<num>\d+|[a-z]+(?:-[a-z]+)?)\s+(?P<rest>(?:[\w’'‘\-.]+[ \t]*){1,3})", re.I
)


def _joined(
    figure: FigureMention, form: str, match: re.Match[str], offset: int, spans: list[EntitySpan]
) -> tuple[FigureMention, list[FigureMention]]:
    joined, extra = _coordinated(figure, form, match, offset, spans)
    if form == "active":
        extra = [*extra, *_listed_groups(figure, match, offset, spans)]
    return joined, extra


def _coordinated(
    figure: FigureMention, form: str, match: re.Match[str], offset: int, spans: list[EntitySpan]
) -> tuple[FigureMention, list[FigureMention]]:
    """The figure with the groups coordinated to it: one of the same side joins its count ("wounding an officer
    and two policemen": 3 injured; "a woman and her two children were killed": 3 dead), one of another side is
    a figure of its own ("killing a civilian and two soldiers")."""
    text = match.string
    if form == "singular" and figure.person_iri is None:
        # only where the victim ends the match ("wounding an officer"), not after a status ("was martyred")
        victim_end = match.end("victim") if match.groupdict().get("victim") else -1
        more = _AND_MORE.match(text, match.end()) if victim_end == match.end() else None
        number = (1 if more.group("num").lower() in ("a", "an") else _number(more.group("num"))) if more else None
        if more is not None and number is not None:
            start, end = more.start("num") + offset, more.end("rest") + offset
            if re.match(r"(?:others|more)\b", more.group("rest"), re.I):
                return _plus(figure, number, end=end), []
            victim_iri, side = _victim(more.group("rest"), start, end, spans)
            armed = figure.victim_iri is not None or figure.victim_side in ("state", "nonstate")
            if armed and _BARE_MEMBER.match(more.group("rest")):
                victim_iri, side = figure.victim_iri, figure.victim_side
            if _same_group(figure, more.group("rest"), victim_iri, side):
                named = figure.victim_iri or victim_iri
                joined = replace(_plus(figure, number, end=end), victim_iri=named, victim_side=None if named else side)
                return joined, []
            if victim_iri is not None or side is not None:
                return figure, [_other_group(figure, number, start, end, victim_iri, side)]
        if more is None and figure.count == 1 and not _told_after_verb(match):
            # "A woman and a child were killed", "A man and his son were wounded": the victim told first is
            # coordinated to the one the singular figure counts, as for a plural figure
            led = _led_by_one(figure, match, offset, spans)
            if led is not None:
                return led
        return figure, []
    if form not in ("passive", "active"):
        return figure, []
    extra = _second_group(figure, match, offset, spans)
    if extra and "victim" in match.groupdict() and match.group("victim"):
        # the first group alone, without the nouns of the second: "three soldiers and two policemen"
        head = match.group("victim")[: extra[0].start - offset - match.start("victim")]
        first = _victim(head, match.start("victim") + offset, extra[0].start, spans)
        alone = replace(figure, victim_iri=first[0], victim_side=first[1])
        rest = text[extra[0].start - offset : extra[0].end - offset]
        if (
            first[0] is None
            and _same_group(alone, rest, extra[0].victim_iri, extra[0].victim_side)
            and figure.count is not None
            and extra[0].count is not None
        ):
            return _plus(figure, extra[0].count), []
    if form == "passive" and figure.count is not None:
        led = _led_by_one(figure, match, offset, spans)
        if led is not None:
            return led[0], [*led[1], *extra]
    return figure, extra


def _told_after_verb(match: re.Match[str]) -> bool:
    """Whether the victim follows the verb that tells the casualty ("…, killing an officer and wounding a
    farmer"): a noun before that verb is the object of another clause, not coordinated to this victim."""
    groups = match.groupdict()
    return bool(groups.get("verb")) and bool(groups.get("victim")) and match.start("victim") > match.start("verb")


def _led_by_one(
    figure: FigureMention, match: re.Match[str], offset: int, spans: list[EntitySpan]
) -> tuple[FigureMention, list[FigureMention]] | None:
    """One victim named before the figure and coordinated to it: of its side, it joins the count ("a woman and her
    two children were killed": 3; "A woman and a child were killed": 2), of another side it is a figure of its own.
    None when no such victim leads the figure."""
    text = match.string
    lead = casualty_rules().lead_one.search(text, 0, match.start())
    if lead is None:
        return None
    start, end = lead.start() + offset, lead.end("noun") + offset
    victim_iri, side = _victim(lead.group("noun"), start, end, spans)
    first = replace(figure, victim_iri=victim_iri, victim_side=side)
    words = text[match.start() : match.end("victim")] if match.groupdict().get("victim") else ""
    kin = lead.group("kin") is not None  # "a farmer and his two sons": his family, of his side
    if kin or _same_group(first, words, figure.victim_iri, figure.victim_side):
        return _plus(figure, 1, start=start), []
    if victim_iri is not None or side is not None:
        return figure, [_other_group(figure, 1, start, end, victim_iri, side)]
    return None


_LISTED = re.compile(
    r"(?:,\s+(?:and\s+)?|(?<!^)\s+and\s+)(?:(?P<quant>at least|more than|over|up to|some|about|around|nearly)\s+)?"
    r"(?P<num>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?!of\b)(?P<rest>[\w’'‘\-]+(?:\s+(?!and\b)[\w’'‘\-]+){0,3})(?=\s*[,.;]|\s+and\b|$)",
    re.I,
)


def _listed_groups(
    figure: FigureMention, match: re.Match[str], offset: int, spans: list[EntitySpan]
) -> list[FigureMention]:
    """ "the fighting killed 102 IS members, 45 SDF fighters and guards, and seven civilians": each group listed
    after the first, comma by comma, is a figure of its own (a group without a victim noun ends the list)."""
    if figure.count is None and figure.min_count is None and figure.max_count is None:
        return []
    text, position, found = match.string, match.end(), []
    if not text.startswith(",", position):
        return []  # "killed 5 soldiers and 2 policemen" is one victim phrase, read with it
    while (item := _LISTED.match(text, position)) is not None:
        count, low, high = _quantity({"quant": item.group("quant"), "num": item.group("num")})
        if count is None and low is None and high is None:
            break
        start, end = item.start("num") + offset, item.end("rest") + offset
        victim_iri, side = _victim(item.group("rest"), item.start("rest") + offset, end, spans)
        if victim_iri is None and side is None:
            break
        found.append(_other_group(figure, count, start, end, victim_iri, side, low, high))
        position = item.end()
        following = _LISTED.match(text, position)
        if following is None or _number(following.group("num")) is None:  # "45 SDF fighters and prison guards"
            more = re.match(r"\s+and\s+[^,.;]*", text[position:])
            position += more.end() if more else 0
    return found


def _same_group(first: FigureMention, words: str, victim_iri: str | None, side: str | None) -> bool:
    """Whether a group coordinated to ``first`` is of its side: the same named actor, or a noun of the side
    of an unnamed first group ("an officer and two policemen", even when "policemen" names the police)."""
    if first.victim_iri is not None:
        return first.victim_iri == victim_iri
    if first.victim_side is None:
        return False
    if victim_iri is not None and re.search(r"\b[A-Z]", words):
        return False  # "11 militants and five Hezbollah fighters": a group called by its name is a group of its own
    if side == first.victim_side:
        return True
    # a named group of an armed side: "policemen" naming the police; "ten Peshmerga men" are no civilians
    if first.victim_side == "civilians" or victim_iri is None:
        return False
    return _victim(words, 0, 0, [])[1] == first.victim_side


def _plus(figure: FigureMention, number: int, start: int | None = None, end: int | None = None) -> FigureMention:
    return replace(
        figure, count=(figure.count or 0) + number, start=figure.start if start is None else start,
        end=figure.end if end is None else max(end, figure.end),
    )


def _other_group(
    figure: FigureMention,
    number: int | None,
    start: int,
    end: int,
    victim_iri: str | None,
    side: str | None,
    low: int | None = None,
    high: int | None = None,
    confidence: float | None = None,
) -> FigureMention:
    """A figure of another victim group told beside ``figure``: its status, rule and role, its own numbers."""
    return FigureMention(
        status=figure.status, count=number, min_count=low, max_count=high, rule=figure.rule,
        confidence=figure.confidence if confidence is None else confidence, start=start, end=end,
        victim_iri=victim_iri, victim_side=side, active=figure.active,
    )


def _quantity(groups: dict[str, str | None]) -> tuple[int | None, int | None, int | None]:
    """``(count, min, max)`` of a matched quantity, per the annotation format's coding table."""
    if groups.get("vague") or not groups.get("num"):
        return None, None, None
    rules = casualty_rules()
    number = _number(groups["num"])
    if number is None:
        return None, None, None
    low = _number(groups.get("lo") or groups.get("lo2") or groups.get("lo3"))
    if low is not None and low < number:
        return None, low, number  # "between eight and 11 civilians": min 8, max 11
    kind = rules.quantifiers.get(" ".join((groups.get("quant") or "").lower().split()))
    if kind == "min":
        return None, number, None
    if kind == "min_plus_one":
        return None, number + 1, None
    if kind == "max":
        return None, None, number
    return number, None, None


def _number(word: str | None) -> int | None:
    """The value of a number written in digits or words ("11", "1,500", "eight", "twenty-one")."""
    if not word:
        return None
    raw = word.lower().replace(",", "")
    return int(raw) if raw.isdigit() else casualty_rules().numbers.get(" ".join(raw.split()))


def _victim(text: str, start: int, end: int, spans: list[EntitySpan]) -> tuple[str | None, str | None]:
    """A named actor inside the victim phrase (first-named), else the side its earliest noun belongs to."""
    for span in spans:
        if span.kind == "actor" and span.start >= start and span.end <= end + 1:
            first = _civilians().search(text, 0, span.start - start)
            if first and re.search(r"\band\b", text[first.end() : span.start - start]):
                return None, "civilians"  # "three civilians and ten Peshmerga fighters": the first named first
            if _CIVILIAN_AFTER.match(text, max(0, span.end - start)):
                return None, "civilians"  # "a U.S. civilian contractor": the country names where they are from
            return span.iri, None
    best: tuple[int, str] | None = None
    text = _MEMBERS_OF.sub("", text)  # "members of the regime forces": the group decides the side
    for side, pattern in casualty_rules().victims:
        found = pattern.search(text)
        if found and (best is None or found.start() < best[0]):
            best = (found.start(), side)
    return None, best[1] if best else None


_CIVILIAN_AFTER = re.compile(r"\s*(?:[\w’'\-]+\s+)?civilians?\b", re.I)


def _civilians() -> re.Pattern[str]:
    """The victim nouns that name civilians ("people", "villagers", "a man"), from the rule file."""
    return next(pattern for side, pattern in casualty_rules().victims if side == "civilians")


def _co_victims(
    text: str, start: int, end: int, spans: list[EntitySpan], first: str | None, side: str | None
) -> tuple[str, ...]:
    """Victims of a mixed group after the first-named one: further named actors, and civilians."""
    inside = [s for s in spans if s.kind == "actor" and s.start >= start and s.end <= end + 1]
    others = [iri for iri in dict.fromkeys(s.iri for s in inside) if iri != first]
    unnamed = text
    for span in inside:  # "Syrian army men" names an actor: its "men" are no civilians
        a, b = span.start - start, min(span.end, end) - start
        unnamed = unnamed[:a] + " " * (b - a) + unnamed[b:]
    if side != "civilians" and (first is not None or side is not None) and _civilians().search(unnamed):
        others.append(CIVILIANS_IRI)
    return tuple(others)


def _adjacent_person(
    match: re.Match[str], offset: int, spans: list[EntitySpan], person_iris: set[str], after: bool
) -> EntitySpan | None:
    for span in spans:
        if span.kind != "actor" or span.iri not in person_iris:
            continue
        # the name may start inside the match when resolution kept the rank ("Maj. Gen. X")
        if after and match.start() + offset < span.start <= match.end() + offset + 2:
            return span
        if not after and 0 <= (match.start() + offset) - span.end <= 2:
            return span
    return None


def _mark_other(figures: list[FigureMention]) -> list[FigureMention]:
    """Duplicates of one statement (a person matched by two rules) are dropped, keeping the first."""
    seen: set[tuple] = set()
    result = []
    for figure in figures:
        key = (figure.status, figure.count, figure.min_count, figure.max_count, figure.victim_iri, figure.person_iri)
        if figure.person_iri and key in seen:
            continue
        seen.add(key)
        result.append(figure)
    return result


def side_of(actor_type: str) -> str | None:
    """ "state" or "nonstate" for an actor's annotation-format type, to match a victim noun's side."""
    rules = casualty_rules()
    if actor_type in rules.state_types:
        return "state"
    if actor_type in rules.nonstate_types:
        return "nonstate"
    return None
