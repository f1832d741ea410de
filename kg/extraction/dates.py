"""Temporal expressions ("On April 14", "on Sunday", "A day earlier", "last week") and their resolution.

Dates are resolved against the article's publication date when it is known and never guessed otherwise: a
month and day without a known year stays a ``--MM-DD`` date, a weekday without a publication date stays
unresolved. Relative phrases ("A day earlier", "The next day") count from the previous date stated in the
text, which is how news prose chains its incidents. A date that only says when something was *reported*
("ISIS claimed on August 20", "On Monday, SOHR said") is marked as such, because it is not the event's date.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extraction.rules import Rule, alternation, compile_rules, rule_file
from kg.model import DateInterval, DateValue

DATE_FILE = "date_expressions.json"
_LEAP_YEAR = 2000  # month-day arithmetic without a year: a leap year keeps Feb 29 valid


@dataclass(frozen=True)
class DateMention:
    """A temporal expression in the text and what it resolves to (``None``: not resolvable)."""

    start: int
    end: int
    text: str
    rule: str
    kind: str
    value: DateValue | DateInterval | None
    is_report_date: bool = False  # the date of a report or claim, not of an event
    bound: bool = False  # "since Oct. 17", "until March": where a span of time begins or ends, no event's day

    @property
    def is_event_date(self) -> bool:
        return not (self.is_report_date or self.bound)


@dataclass(frozen=True)
class _DateRules:
    rules: tuple[Rule, ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    report_verbs: re.Pattern[str]
    report_window: int
    report_listener: str


@lru_cache(maxsize=1)
def date_rules() -> _DateRules:
    data = rule_file(DATE_FILE)
    macros = {
        "MONTH": rf"(?P<month>{alternation(data['months'])})",
        "WEEKDAY": rf"(?P<weekday>{alternation(data['weekdays'])})",
        "DAYPART": rf"(?:{alternation(data['day_parts'])})",
        "YEAR": r"(?P<year>(?:19|20)\d{2})",
        "DAY": r"(?P<day>[0-3]?\d)",
    }
    return _DateRules(
        rules=compile_rules(data["expressions"], macros, DATE_FILE),
        months={k.lower(): int(v) for k, v in data["months"].items()},
        weekdays={k.lower(): int(v) for k, v in data["weekdays"].items()},
        report_verbs=re.compile(rf"\b(?:{data['report_verbs']})\b", re.IGNORECASE),
        report_window=int(data.get("report_window_words", 8)),
        report_listener=data.get("report_listener", "(?!)"),
    )


def find_dates(text: str, offset: int = 0) -> list[tuple[int, int, Rule, re.Match[str]]]:
    """Non-overlapping date expressions in ``text`` (longest first), with article offsets."""
    found = []
    for rule in date_rules().rules:
        for match in rule.regex.finditer(text):
            if match.end() > match.start() and match.group(0).strip():
                found.append((match.start(), match.end(), rule, match))
    found.sort(key=lambda item: (-(item[1] - item[0]), item[0]))
    chosen: list[tuple[int, int, Rule, re.Match[str]]] = []
    for item in found:
        if all(item[1] <= other[0] or item[0] >= other[1] for other in chosen):
            chosen.append(item)
    chosen.sort(key=lambda item: item[0])
    return [(start + offset, end + offset, rule, match) for start, end, rule, match in chosen]


#: Date kinds that state the day itself, so a weekday right before one adds nothing ("Monday, July 22").
_STATED = frozenset({"full", "iso", "month_day", "last_year"})


class DateResolver:
    """Resolves the date expressions of one article in text order, remembering the last date stated."""

    def __init__(self, published: datetime.date | None) -> None:
        self.published = published
        self.previous: DateValue | None = None  # last resolved point date, anchor of "A day earlier"
        self.stated_year: int | None = None  # year of the last full date the text states ("On 19 November 2012")
        self.lead: DateValue | None = None  # the first day the story tells an act on: the day of "the attack"

    def mentions(self, sentence_text: str, sentence_start: int) -> list[DateMention]:
        """The date mentions of a sentence, resolved; call sentence by sentence in text order."""
        result = []
        found = find_dates(sentence_text, sentence_start)
        if any(not rule.get("weak") for _, _, rule, _ in found):
            # "Hours earlier, on Sunday afternoon, artillery shelled …": the day the sentence states dates it
            found = [item for item in found if not item[2].get("weak")]
        stated = next((i for i in found if _on_a_day(sentence_text, i[0] - sentence_start, i[2], i[3])), None)
        if stated is not None:
            # "The assault came a day after a bomber struck Mosul on Saturday": the day the clause states dates the
            # act after "after"; counting back from the date told last may start from another act's day
            found = [item for item in found if not item[2].get("yields_to_stated_day")]
        for k, (start, end, rule, match) in enumerate(found):
            following = found[k + 1] if k + 1 < len(found) else None
            if rule.get("kind") == "weekday" and following is not None and following[2].get("kind") in _STATED:
                gap = sentence_text[end - sentence_start : following[0] - sentence_start]
                if re.fullmatch(r"\s*,?\s*(?:the\s+)?", gap):
                    continue  # "on Monday, July 22": the stated date dates it, the weekday only names its day
            value = self._resolve(rule, match)
            if stated is not None and _counts_from_a_noun(sentence_text, end - sentence_start, rule):
                value = self._resolve(stated[2], stated[3])  # "On July 17, three days before the Zakho attack"
            elif stated is None and self.lead and _counts_from_the_incident(sentence_text, end - sentence_start, rule):
                value = _shift(self.lead, int(rule.get("days", 0)))  # "A day before the attack": the lead's day
            report = _is_report_date(sentence_text, start - sentence_start, end - sentence_start) or (
                bool(rule.get("yields_to_stated_day")) and _after_a_statement(sentence_text, end - sentence_start)
            )
            # "since Oct. 17" starts a span of time; "since this morning" still dates today's incident
            bound = (
                rule.get("kind") != "relative_publication"
                and bool(_BOUND.search(sentence_text[: start - sentence_start]) or _BOUND_START.match(match.group(0)))
                and not _WHEN_CLAUSE.match(sentence_text, end - sentence_start)
            )
            if result and _RESTATED.fullmatch(sentence_text, result[-1].end - sentence_start, start - sentence_start):
                report = report or result[-1].is_report_date  # "told NRT on Wednesday (July 8)": the same report day
            result.append(DateMention(start, end, match.group(0), rule.id, rule.get("kind"), value, report, bound))
            if isinstance(value, DateValue) and value.precision in ("day", "month-day") and not report:
                self.previous = value  # a report date ("said on Monday") is no anchor for "A day earlier"
                if self.lead is None and (
                    rule.get("kind") == "relative_publication"
                    or _on_a_day(sentence_text, start - sentence_start, rule, match)
                ):
                    self.lead = value  # an act's day ("on Wednesday night", "yesterday"), not a masthead's date
            if rule.get("kind") in ("full", "iso") and isinstance(value, DateValue) and value.year is not None:
                self.stated_year = value.year
        return result

    def _resolve(self, rule: Rule, match: re.Match[str]) -> DateValue | DateInterval | None:
        kind = rule.get("kind")
        groups = match.groupdict()
        rules = date_rules()
        # a named day of the calendar ("on New Year's Eve") carries its month and day in the rule
        month = rules.months.get((groups.get("month") or "").lower().rstrip(".")) or rule.get("month")
        day = int(groups["day"]) if groups.get("day") else rule.get("day")
        year = int(groups["year"]) if groups.get("year") else None
        if kind == "full":
            return _valid(year, month, day)
        if kind == "iso":
            try:
                parsed = datetime.date.fromisoformat(groups["iso"])
            except ValueError:
                return None
            return DateValue(parsed.year, parsed.month, parsed.day, "day")
        if kind == "month_day":
            return self._month_day(month, day)
        if kind == "last_year":  # "on September 30 last year", "in March last year": the year before publication
            if self.published is None or month is None:
                return None
            if day is None:
                return DateValue(self.published.year - 1, month, None, "month")
            return _valid(self.published.year - 1, month, day)
        if kind == "month_year":
            return DateValue(year, month, None, "month") if month else None
        if kind == "year":
            return DateValue(year, None, None, "year") if year else None
        if kind == "month":  # "in October" in a February article: last October, as "December 30" in January
            if self.published is None or month is None:
                return None
            return DateValue(self.published.year - (month > self.published.month), month, None, "month")
        if kind == "weekday":
            last = match.group(0).lower().startswith("last")  # "last Thursday" in a Thursday paper: a week ago
            return self._weekday(rules.weekdays.get((groups.get("weekday") or "").lower()), last)
        if kind == "relative_publication":
            if self.published is None:
                return None
            return _from_date(self.published + datetime.timedelta(days=int(rule.get("days", 0))))
        if kind == "relative_previous":
            return _shift(self.previous, int(rule.get("days", 0)))
        if kind == "interval":
            if self.published is None:
                return None
            begin = self.published + datetime.timedelta(days=int(rule.get("begin_days", 0)))
            end = self.published + datetime.timedelta(days=int(rule.get("end_days", 0)))
            return DateInterval(_from_date(begin), _from_date(end))
        if kind == "interval_month":
            if self.published is None:
                return None
            first = self.published.replace(day=1)
            return DateInterval(_from_date(first), _from_date(self.published))
        return None  # "vague": recognised so it is not mistaken for something else, but no date

    def _month_day(self, month: int | None, day: int | None) -> DateValue | None:
        if month is None or day is None:
            return None
        if self.published is None:
            # "KurdWatch, 23 November 2012 – On 19 November 2012, … On 20 November, …": with no publication date,
            # the year the text itself last stated dates its later days (FORMAT.md resolves against an in-text date)
            return _valid(self.stated_year, month, day)
        year = self.published.year
        candidate = _valid(year, month, day)
        if candidate is not None and datetime.date(year, month, day) > self.published:
            candidate = _valid(year - 1, month, day)  # "December 30" in a January article
        return candidate

    def _weekday(self, weekday: int | None, last: bool = False) -> DateValue | None:
        if weekday is None or self.published is None:
            return None
        back = (self.published.weekday() - weekday) % 7 or (7 if last else 0)
        return _from_date(self.published - datetime.timedelta(days=back))


#: "on Saturday", "late on Sunday", "last Friday": a day stated for an act, not a date a noun is named by ("the
#: October 10 election")
_ON_DAY_BEFORE = re.compile(r"\b(?:on|last)\s+$", re.I)
_ON_DAY_OPENING = re.compile(r"(?:(?:early|late)\s+)?(?:on|last)\b", re.I)


def _on_a_day(text: str, start: int, rule: Rule, match: re.Match[str]) -> bool:
    """Whether a date expression states the day of an act with "on"/"last" ("on Saturday", "on March 3")."""
    kind = rule.get("kind")
    if kind not in _STATED and kind != "weekday":
        return False
    return bool(_ON_DAY_OPENING.match(match.group(0)) or _ON_DAY_BEFORE.search(text, 0, start))


#: a relative day used as a preposition, before the act it counts from ("three days before the Zakho attack")
_BEFORE_A_NOUN = re.compile(r"\s+(?:(?:the|a|an|his|her|its|their|this|that)\b|(?-i:[A-Z]))", re.I)


def _counts_from_a_noun(text: str, end: int, rule: Rule) -> bool:
    """Whether a relative day counts from an act the text names after it ("On July 17, three days before the Zakho
    attack, PKK fighters ambushed …"): it counts from that act, not from the date told last, so in a sentence that
    states its day it is that day's apposition and takes its value."""
    return rule.get("kind") == "relative_previous" and int(rule.get("days", 0)) != 0 and bool(
        _BEFORE_A_NOUN.match(text, end)
    )


#: "A day before the attack", "Two days before the kidnapping": the incident the story is about, named by a bare
#: definite noun
_THE_INCIDENT = re.compile(
    r"\s+the\s+(?:attack|assault|ambush|bombing|blast|explosion|strike|massacre|offensive|kidnapping|abduction|"
    r"killing|execution|assassination|shelling|airstrike|air\s+strike)\b(?!\s+(?:on|in|at|of|by|against)\b)",
    re.I,
)


def _counts_from_the_incident(text: str, end: int, rule: Rule) -> bool:
    """Whether a relative day counts from "the attack" ("A day before the attack, a bomb went off near farmers"):
    in a story that opened with an attack, the bare definite noun takes up that lead incident, so the day counts
    from the first day the story told, not from the date told last (often a follow-up's)."""
    return rule.get("kind") == "relative_previous" and int(rule.get("days", 0)) != 0 and bool(
        _THE_INCIDENT.match(text, end)
    )


_BOUND = re.compile(r"\b(?:since|until|till)\s+(?:(?:early|late|mid)[\s-]+)?$", re.I)
_BOUND_START = re.compile(r"(?:since|until|till)\b", re.I)
#: "since September 28, when missiles struck …": the when-clause tells the act of that day, so the date is its own
_WHEN_CLAUSE = re.compile(r"\s*,\s*when\b", re.I)


def _valid(year: int | None, month: int | None, day: int | None) -> DateValue | None:
    if month is None or day is None:
        return None
    try:
        datetime.date(year or _LEAP_YEAR, month, day)
    except ValueError:
        return None
    return DateValue(year, month, day, "day" if year else "month-day")


def _from_date(date: datetime.date) -> DateValue:
    return DateValue(date.year, date.month, date.day, "day")


def _shift(value: DateValue | None, days: int) -> DateValue | None:
    if value is None or value.month is None or value.day is None:
        return None
    base = datetime.date(value.year or _LEAP_YEAR, value.month, value.day) + datetime.timedelta(days=days)
    if value.year is None:
        return DateValue(None, base.month, base.day, "month-day")
    return _from_date(base)


#: The bracket between a date and the same date restated ("on Wednesday (July 8)")
_RESTATED = re.compile(r"\s*\(\s*")


#: A sentence opener before the date ("In a related development on Monday, the ministry said …").
_OPENER = re.compile(
    r"(?:in\s+(?:a|an|another)\s+(?:[\w-]+\s+)?(?:development|statement|report|move|update)|meanwhile|separately|"
    r"also|later|earlier|elsewhere)",
    re.I,
)


def _is_report_date(text: str, start: int, end: int) -> bool:
    """A date governed by a reporting verb: "claimed on August 20", "On Monday, SOHR said that …"."""
    rules = date_rules()
    before = text[max(0, start - 60) : start]
    # "said on Monday", "told AFP on Sunday", "said in a statement on Tuesday": the verb, its listener or medium
    listener = rf"(?:\s+(?:{rules.report_listener}))?"
    if re.search(rf"(?:{rules.report_verbs.pattern}){listener}[\s,]+(?:on\s+|in\s+|late\s+|early\s+)?$", before, re.I):
        return True
    if re.match(rf"\s+(?:{rules.report_verbs.pattern})", text[end:]):
        return True  # "The Iraqi government on Saturday put the death toll at 16", "The ministry on Monday said"
    after_words = text[end:].lstrip(" ,").split()[: rules.report_window]
    window = " ".join(after_words)
    verb = rules.report_verbs.search(window)
    prefix = re.sub(r"\b(?:on|in|early|late|last)\s*$", "", text[:start], flags=re.I).strip()
    if verb is None or (prefix and not prefix.endswith(_CLAUSE_BREAK) and not _OPENER.fullmatch(prefix)):
        return False
    # the date opens the clause ("On August 20, ISIS claimed …") and the clause's verb reports; a reporting clause
    # that ends the sentence is a trailing attribution ("… struck their vehicle on Sunday, a source said."), and
    # the date before it belongs to what was reported
    head = window[: verb.start()]
    if prefix and _trailing(" ".join(text[end:].lstrip(" ,").split())[verb.end() :]):
        return False
    return "," not in head and not re.search(r"\b(?:that|who|which|when)\b", head, re.I)


#: "… came two days after Abu Bakr al-Baghdadi, the group's leader, said in an audio message that …": the subject of
#: the act after "after" (a name, its appositions) and a reporting verb, with no verb of its own before it
_STATEMENT_AFTER = re.compile(
    r"\s+(?P<subject>[^.;:!?]{1,160}?)\s+(?:said|says|announced|vowed|warned|threatened|pledged|declared|"
    r"called|urged|stated|claimed|denied|issued|released|published)\b",
    re.I,
)
#: a verb inside that subject ("after a car bomb killed a judge"): the act after "after" is no statement
_SUBJECT_VERB = re.compile(r"\b(?-i:[a-z]+(?:ed|ing))\b|\b(?:was|were|is|are|had|has|have|took|began|struck|hit)\b")


def _after_a_statement(text: str, end: int) -> bool:
    """Whether the act a "came N days after" counts from is a statement ("The attacks came two days after the ISI's
    leader said in an audio message that the group would launch an offensive"): that day is the day of a report,
    not of an event, so it dates no act of the sentence and is no anchor for what the story tells next."""
    match = _STATEMENT_AFTER.match(text, end)
    return match is not None and not _SUBJECT_VERB.search(match.group("subject"))


#: What ends a clause before a date that opens the next one: a comma, or the dash or colon after a
#: digest's heading ("Sinjar: Iraqi Army deploys along Syrian border - On February 24, the ministry announced")
_CLAUSE_BREAK = (",", "-", "–", "—", ":")


def _trailing(rest: str) -> bool:
    """Whether what follows a reporting verb ends the sentence with no clause of its own."""
    rest = rest.strip(" ,;:.\"'”’")
    if not rest:
        return True
    for start, end, _, _ in reversed(find_dates(rest)):
        rest = rest[:start] + rest[end:]
    rules = date_rules()
    rest = re.sub(rf"^\s*(?:{rules.report_listener})", "", rest).strip(" ,;:.\"'”’")
    rest = re.sub(r"\b(?:on|in|at|late|early)\b", "", rest, flags=re.I)
    # "… told NRT on Wednesday (July 8).": the brackets of a date restated after the report's day are no clause
    rest = re.sub(r"\(\s*\)", "", rest).strip(" ,;:.\"'”’")
    return not rest


def event_date(mentions: list[DateMention]) -> DateValue | DateInterval | None:
    """The date an event's clause states (first non-report date); ``None`` when none is stated."""
    for mention in mentions:
        if mention.is_event_date and mention.value is not None:
            return mention.value
    return None


def json_date(value: DateValue | DateInterval | None) -> str | None:
    """The annotation format's date string: day or month-day precision only, everything else ``null``."""
    if isinstance(value, DateValue) and value.precision in ("day", "month-day"):
        return value.iso()
    return None
