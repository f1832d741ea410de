"""Who the text credits a fact to: "according to X", "X claimed that …", "reportedly", "They insist that …".

An attribution covers its sentence (news prose attributes clause by clause, and a quotation is kept inside
the sentence that attributes it); a sentence whose reporting subject is a pronoun ("They insist that …")
continues the previous sentence's claimant. The claimant is named in the text's own words, or by the actor's
canonical name when the words name a resolved actor — "ISIS’ newspaper al-Naba" is al-Naba, the last actor
named in the source phrase, because the head of an English noun phrase comes last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extraction.rules import Rule, compile_pattern, compile_rules, gold_type, rule_file
from kg.extraction.sentences import Sentence
from kg.model import ActorEntity, Claimant, EntitySpan

ATTRIBUTION_FILE = "attribution_cues.json"
_COMPLEMENT = re.compile(r"\s+that\b", re.I)
#: "told SANA reporter that", "said on Wednesday that": a listener or time between the verb and its complement
_LATE_COMPLEMENT = re.compile(r"(?:\s+(?!that\b)[\w’'\-.]+){1,4}?\s+that\b", re.I)
_SUBJECT_STOP = re.compile(r"[,;:“”\"(]|\bthat\b|\bwho\b|\bwhich\b|\bwhile\b|\bas\b", re.I)


@dataclass(frozen=True)
class Attribution:
    """A claimant found in a sentence, with the span of the cue (excluded from event roles)."""

    claimant: Claimant
    start: int
    end: int
    rule: str
    confidence: float
    is_agent: bool = False  # "X claimed responsibility": the claimant is also the agent
    own_voice: bool = False  # the publisher naming itself ("SOHR activists", "ANHA correspondent"): no attribution


@dataclass(frozen=True)
class _AttributionRules:
    cues: tuple[Rule, ...]
    pronouns: re.Pattern[str]
    leading: re.Pattern[str]
    trailing: re.Pattern[str]
    determiners: re.Pattern[str]
    max_words: int
    unconfirmed: re.Pattern[str]
    unconfirmed_reach: int
    generic_head: re.Pattern[str]
    own_voice: re.Pattern[str]
    relative_clause: re.Pattern[str]
    descriptor: re.Pattern[str]


@lru_cache(maxsize=1)
def attribution_rules() -> _AttributionRules:
    data = rule_file(ATTRIBUTION_FILE)
    # "according to Col. X": the abbreviated ranks and titles of the resolver's lists, whose full stop ends nothing
    macros = {**data.get("macros", {}), **_abbreviation_macros()}
    return _AttributionRules(
        cues=compile_rules(data["cues"], macros, ATTRIBUTION_FILE),
        pronouns=compile_pattern(data["pronoun_subjects"], macros, ATTRIBUTION_FILE),
        leading=compile_pattern(data["leading_noise"], macros, ATTRIBUTION_FILE),
        trailing=compile_pattern(data["trailing_noise"], macros, ATTRIBUTION_FILE),
        determiners=compile_pattern(data["determiners"], macros, ATTRIBUTION_FILE),
        max_words=int(data.get("max_subject_words", 9)),
        unconfirmed=compile_pattern(data["unconfirmed"], macros, ATTRIBUTION_FILE),
        unconfirmed_reach=int(data.get("unconfirmed_reach", 2)),
        generic_head=compile_pattern(data["generic_source_head"]["pattern"], macros, ATTRIBUTION_FILE),
        own_voice=compile_pattern(data.get("own_voice", "(?!)"), macros, ATTRIBUTION_FILE),
        relative_clause=compile_pattern(data["relative_clause"], macros, ATTRIBUTION_FILE),
        descriptor=compile_pattern(data["descriptor_before_name"]["pattern"], macros, ATTRIBUTION_FILE),
    )


class AttributionFinder:
    """Finds sentence attributions in text order, carrying the last claimant for pronoun continuations."""

    def __init__(
        self,
        spans: list[EntitySpan],
        actors: dict[str, ActorEntity],
        publisher: str | None = None,
        text: str | None = None,
    ) -> None:
        self.spans = [s for s in spans if s.kind == "actor"]
        self.text = text  # the article, for "the governor" after "Kirkuk's governor, Najmaldin Karim"
        self.actors = actors
        self.previous: tuple[int, Claimant] | None = None  # (paragraph, claimant) of the last attribution
        self.publisher = _norm(publisher) if publisher else None
        # "SOHR" for the Syrian Observatory for Human Rights: the initials of the name's capitalised words
        # "JFL's field team" for Justice for Life Organization: an acronym may leave out a generic last word
        # (and may keep its function words: "SOHR" but "JFL")
        whole = (publisher or "").split()
        named = [whole, whole[:-1] if whole and _GENERIC_LAST.fullmatch(whole[-1]) else whole]
        self.publisher_initials = {
            initials.casefold()
            for words in named
            for initials in ("".join(w[0] for w in words if w[:1].isupper()), "".join(w[0] for w in words))
            if len(initials) >= 3
        }
        # "SMART's correspondent" in a SMART News Agency story: the outlet's first word with a possessive
        head = (publisher or "").split()[0] if publisher and publisher.split() else ""
        self.publisher_possessive = (
            re.compile(rf"^(?:the\s+)?{re.escape(head)}['’]s?\s", re.IGNORECASE) if len(head) >= 4 else None
        )
        # "Al Mayadeen's correspondent" in an Al Mayadeen English story, "Step News correspondent" in Step News
        # Agency's: the outlet's name without its generic tail, before a newsroom noun
        # "Zvezda's correspondent" in a TV Zvezda story: a generic word may also open the name ("TV", "Radio")
        core = _PUBLISHER_HEAD.sub("", _PUBLISHER_TAIL.sub("", publisher or "").strip()).strip()
        self.publisher_staff = (
            re.compile(
                rf"^(?:the\s+|an?\s+)?(?:{_TAIL_WORD}\s+)*{re.escape(core)}(?:\s+{_TAIL_WORD})*(?:['’]s?)?\s+{_NEWSROOM}",
                re.I,
            )
            if len(core) >= 4
            else None
        )
        # "according to figures compiled by Dijlah" in a Dijlah TV story: the outlet's name without its generic word
        # ("Baghdad Post" in a story of The Baghdad Post: the article is left out on both sides)
        self.publisher_core = _unarticled(core) if len(core) >= 4 else None
        self.speaks_for: dict[str, str] = {}  # person IRI -> IRI of the body the text introduced them with
        self.history: list[Claimant] = []  # every claimant so far, for "the Observatory" after other sources
        self.worded: dict[str, str] = {}  # claimant name -> the fuller words it was named with

    def find(self, sentence: Sentence) -> list[Attribution]:
        """The attributions of one sentence (call in text order)."""
        rules = attribution_rules()
        found: list[Attribution] = []
        for rule in rules.cues:
            for match in rule.regex.finditer(sentence.text):
                attribution = self._attribution(rule, match, sentence)
                if attribution is None:
                    continue
                if any(a.start < attribution.end and attribution.start < a.end for a in found):
                    continue
                found.append(attribution)
        found.sort(key=lambda a: a.start)
        found = [self._named_next(a, sentence) for a in found]
        if found:
            self.previous = (sentence.paragraph, found[0].claimant)
            self.history.extend(a.claimant for a in found)
        return [self._voice(a) for a in found]

    def _named_next(self, attribution: Attribution, sentence: Sentence) -> Attribution:
        """ "…, a senior Peshmerga commander said. Brigadier General Kamal Duski, the commander of the Peshmerga
        forces on the front, said …": a source described by its role and named, with that role, as the speaker of
        the very next sentence is that person (news prose introduces a source first, then names them)."""
        claimant = attribution.claimant
        if self.text is None or claimant.actor_iri is not None:
            return attribution
        role = _UNNAMED_ROLE.fullmatch(claimant.name)
        if role is None:
            return attribution
        after = sentence.start + len(sentence.text)
        nxt = self.text[after : after + 400]
        lead = len(nxt) - len(nxt.lstrip())  # the lede's source is often named in the next paragraph
        for span in self.spans:
            offset = span.start - after - lead
            if offset < 0 or offset > 40 or not _is_person(self.actors.get(span.iri)):
                continue
            if not _RANK_WORDS.fullmatch(nxt[lead : lead + offset]):
                continue
            apposed = _NAMED_ROLE.match(self.text, span.end)
            if apposed is None or not re.match(
                rf"(?:[\w’'\-]+\s+){{0,4}}?{role.group('role')}\b", apposed.group("role"), re.IGNORECASE
            ):
                continue
            named = Claimant(self.actors[span.iri].name, span.iri)
            return Attribution(**{**attribution.__dict__, "claimant": named})
        return attribution

    def _voice(self, attribution: Attribution) -> Attribution:
        """Marks the publisher's own voice ("SOHR activists", "Enab Baladi's correspondent", "our agency")."""
        claimant = attribution.claimant
        if attribution_rules().own_voice.search(claimant.name):
            return Attribution(**{**attribution.__dict__, "own_voice": True})
        if self.publisher is None:
            return attribution
        names = [claimant.name]
        if claimant.actor_iri and claimant.actor_iri in self.actors:
            names.append(self.actors[claimant.actor_iri].name)
        # "SOHR sources", "ANHA correspondent": a name inside the claimant's own words
        named = [s for s in self.spans if attribution.start <= s.start and s.end <= attribution.end]
        inside = [s for s in named if s.iri in self.actors and _norm(s.text) in _norm(claimant.name)]
        names += [self.actors[s.iri].name for s in inside]
        words = set(_norm(claimant.name).split())
        if (
            any(_norm(n) == self.publisher or self.publisher in _norm(n) for n in names if n)
            or bool(self.publisher_initials & words)
            or (self.publisher_possessive is not None and self.publisher_possessive.match(claimant.name))
            or (self.publisher_staff is not None and self.publisher_staff.match(claimant.name))
            or (self.publisher_core is not None and _unarticled(claimant.name) == self.publisher_core)
        ):
            return Attribution(**{**attribution.__dict__, "own_voice": True})
        return attribution

    def _attribution(self, rule: Rule, match: re.Match[str], sentence: Sentence) -> Attribution | None:
        form = rule.get("form")
        base = sentence.start
        if form == "fixed":
            claimant = Claimant(rule.get("name"))
            return Attribution(claimant, base + match.start(), base + match.end(), rule.id, rule.confidence)
        if form == "according_to":
            start, end = match.span("src")
            claimant = self._claimant(sentence.text, start, end, base)
            if claimant is None:
                return None
            return Attribution(claimant, base + match.start(), base + end, rule.id, rule.confidence)
        if form == "inverted":
            return self._inverted(rule, match, sentence)
        verb_start = match.start("verb")
        if verb_start > 0 and sentence.text[verb_start].isupper():
            return None  # "the Sheikh Said neighbourhood": a name, not "said"
        if rule.regex.match(sentence.text, _skip_spaces(sentence.text, match.end())):
            return None  # "reports said": the first word is the subject's noun, not a verb
        if _PASSIVE_BY.match(sentence.text, match.end()):
            return None  # "bombings, most of them claimed by IS": the words before a passive are what was claimed
        if verb_start > 0 and sentence.text[verb_start - 1] in "-‐":
            return None  # "Raqqa, the group's self-declared capital": a compound adjective, not a report
        subject_start = _subject_start(sentence.text, verb_start)
        relative = rules_relative().search(sentence.text, 0, verb_start)
        if relative and subject_start >= relative.start() and relative.end() >= verb_start - 1:
            # "A local source, who asked not to be named, gave a higher toll": the subject precedes the clause
            subject_start = _subject_start(sentence.text, relative.start())
            verb_start = relative.start()
        before = sentence.text[:verb_start].rstrip()
        if before.endswith(")") and "(" in before and subject_start >= before.rfind("("):
            # "The Syrian Observatory for Human Rights (SOHR) reported": the name before its acronym
            subject_start = _subject_start(sentence.text, before.rfind("("))
        subject = sentence.text[subject_start:verb_start]
        if not subject.strip():
            return None
        if _RESTRICTIVE_WHICH.search(sentence.text, 0, subject_start):
            # "struck two sites which Washington claimed were used by the IRGC": a claim inside a restrictive
            # relative clause qualifies the noun before it, not the act told before that noun
            return None
        claimant = self._claimant(sentence.text, subject_start, verb_start, base)
        if claimant is None:
            return None
        # "In a statement released by its news agency, Amaq, ISIS claimed that …": the whole frame before a
        # complement clause belongs to the claim, and names no participant of the event
        frame_end = match.end()
        late = None if _COMPLEMENT.match(sentence.text, frame_end) else _LATE_COMPLEMENT.match(sentence.text, frame_end)
        if late is not None:
            frame_end = late.end()  # the listener ("told SANA reporter that") is no participant either
        medium = _MEDIUM.match(sentence.text, frame_end)
        if medium is not None:
            frame_end = medium.end()  # "claimed responsibility in a statement on its Amaq news agency"
        frame_start = 0 if _COMPLEMENT.match(sentence.text, match.end()) else subject_start
        contrast = _CONTRASTED.match(sentence.text, subject_start, verb_start)
        if contrast is not None:
            # "set up three observation points …, but residents say they have done nothing": the source of a
            # contrasted clause speaks for that clause, so its frame starts after the conjunction
            frame_start = contrast.end()
        return Attribution(
            claimant,
            base + frame_start,
            base + frame_end,
            rule.id,
            rule.confidence,
            is_agent=bool(rule.get("agent")),
        )

    def _inverted(self, rule: Rule, match: re.Match[str], sentence: Sentence) -> Attribution | None:
        """ "One soldier was killed, said the Quneitra Now network": the subject after its verb. Only a name or a
        source noun is taken, since the words after a bare "said" may as well be its reported clause ("…, said
        the strike killed four")."""
        if sentence.text[match.start("verb")].isupper():
            return None
        start, end = match.span("src")
        claimant = self._claimant(sentence.text, start, end, sentence.start)
        if claimant is None:
            return None
        rules = attribution_rules()
        phrase = " ".join(sentence.text[start:end].split())
        head = rules.generic_head.match(phrase)
        words = rules.determiners.sub("", phrase).split()
        named = bool(words) and words[0][:1].isupper() and not re.search(r"\bthat\b", phrase)
        if not (claimant.actor_iri or (head and head.end() == len(phrase)) or _proper(words) or named):
            return None  # a name ("the Palmyra Today network"), not a clause ("the strike killed four")
        base = sentence.start
        return Attribution(claimant, base + match.start("verb"), base + end, rule.id, rule.confidence)

    def _named_with(self, noun: str, position: int) -> EntitySpan | None:
        """The last organisation named before ``position`` whose name holds ``noun`` ("the 51st Brigade of the
        Popular Mobilisation" for a later "a statement from the brigade")."""
        word = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
        for span in reversed([s for s in self.spans if s.end <= position]):
            if not _is_person(self.actors.get(span.iri)) and word.search(span.text):
                return span
        return None

    def _titled(self, title: str, position: int, persons: bool) -> EntitySpan | None:
        """The last person (or body) named before ``position`` with ``title`` right before or after the name
        ("Kirkuk's governor, Najmaldin Karim", "the Horan Free League, an activist network"), for a later "the
        governor said", "the network said"."""
        if self.text is None:
            return None
        noun = re.escape(title)
        # "governor, Najmaldin Karim", "SDF spokesman Farhad Shami" / "X, an activist network", "X, the SDF spokesman"
        before = re.compile(rf"\b{noun}\s*,?\s+(?:[A-Z][\w.]*\s+){{0,3}}$", re.IGNORECASE)
        after = re.compile(rf"\s*(?:\([^()]{{1,20}}\))?\s*,\s+(?:a|an|the|its)\s+(?:[\w'’-]+\s+){{0,3}}?{noun}\b", re.I)
        # "Major General Viktor Kupchishin" read as one name: the title is inside the span, before the name
        inside = re.compile(rf"(?:[A-Z][\w.]*\s+){{0,2}}{noun}\s+[A-Z]", re.IGNORECASE)
        for span in reversed([s for s in self.spans if s.end <= position]):
            if _is_person(self.actors.get(span.iri)) != persons:
                continue
            if before.search(self.text, max(0, span.start - 40), span.start) or after.match(self.text, span.end):
                return span
            if persons and inside.match(span.text):
                return span
        return None

    def _claimant(self, text: str, start: int, end: int, base: int) -> Claimant | None:
        rules = attribution_rules()
        owned = _OWNED_BY.search(text, start, end)
        if owned is not None and owned.start() > start:
            # "according to the War Media Center run by Hezbollah": the outlet speaks, not the body that runs it
            end = owned.start()
        aside = _TRAILING_ASIDE.search(text, start, end)
        if aside is not None and aside.start() > start:
            end = aside.start()  # "Opposition activists, for their part, said": the subject without the aside
        named = [s for s in self.spans if s.start >= base + start and s.end <= base + end]
        phrase = " ".join(text[start:end].split()).rstrip(",")  # "…, Delshad Taha, said": no closing comma
        phrase = rules.leading.sub("", phrase).strip()
        dashed = _DASHED_APPOSITION.fullmatch(phrase)
        if dashed is not None:
            # "The Islamic Resistance in Iraq—a coalition of Iranian-backed Iraqi militias—claimed": the name before
            # the apposition speaks, not a body the apposition describes it by
            offset = text.find(dashed.group("np"), start, end)
            if offset >= 0:
                return self._claimant(text, offset, offset + len(dashed.group("np")), base)
        apposed = _ROLE_THEN_NAME.fullmatch(phrase)
        if apposed is not None and not any(
            s.iri in self.actors and not _is_person(self.actors[s.iri]) for s in named
        ):
            # "The director of the Kani Masi sub-district, Delshad Taha": the person, when the role names no body
            # ("the head of the Russian Reconciliation Centre, Major General X": the centre, as for a title)
            offset = text.rfind(apposed.group("name"), start, end)
            if offset >= 0:
                return self._claimant(text, offset, offset + len(apposed.group("name")), base)
        phrase = re.sub(r"\s+who\s+(?!spoke|asked|requested|declined|preferred|wished)\S.*$", "", phrase, flags=re.I)
        phrase = _ADVERB_TAIL.sub("", phrase)  # "The centre also said": the subject without the adverb
        phrase = _AUXILIARY_TAIL.sub("", phrase)  # "The group had claimed": the subject without the auxiliary
        coordinated = _COORDINATED_PREDICATE.fullmatch(phrase)
        if coordinated is not None:
            # "Rebel commanders reached by telephone acknowledged losing Sahel but said": the subject of the first
            # of two coordinated predicates; "ISIL, which named its magazine after it and claimed": none here
            subject = coordinated.group("np").strip()
            offset = text.find(subject, start) if subject else -1
            if offset < 0 or not rules.determiners.sub("", subject).strip():
                return None
            return self._claimant(text, offset, offset + len(subject), base)
        if _REDUCED_RELATIVE.search(phrase):
            return None  # "a move critics said abandoned …", "a man it accused of …": a claim inside a noun's clause
        if _NOBODY.match(phrase) or _SUBORDINATE.search(phrase) or _EVENT_NOUN.fullmatch(phrase):
            return None  # "No party has claimed …", "hours after it declared …": nobody reports anything
        if _DOCUMENT.fullmatch(phrase):
            return None  # "The report also documented …": the article's own report, or one whose author is unsaid
        owner = _OWNERS_DOCUMENT.fullmatch(phrase)
        if owner is not None:
            # "according to the Observatory's count", "according to KirkukNow's records": the owner of the figures
            offset = text.find(owner.group("who"), start)
            if offset >= 0:
                return self._claimant(text, offset, offset + len(owner.group("who")), base)
        first = _FIRST_CONJUNCT.match(phrase)
        if first is not None and (
            _A_MONITOR.fullmatch(first.group(1)) or rules.generic_head.fullmatch(first.group(1))
        ):
            # "a war monitor and local activists said": two sources credit the first-named, as two bodies do
            second = _AND.sub("", phrase[first.end(1):], count=1).strip()
            if not named and not _A_MONITOR.fullmatch(first.group(1)) and rules.generic_head.fullmatch(second):
                # "residents and security officials said": two kinds of unnamed witness speak as one source, in
                # the text's own words (a monitor is a body, and the first-named body is the one credited)
                return self._in_own_words(text, start, rules.determiners.sub("", phrase).strip())
            offset = text.find(first.group(1), start)
            if offset >= 0:
                return self._claimant(text, offset, offset + len(first.group(1)), base)
        if _A_MONITOR.fullmatch(phrase):
            monitors = [iri for iri, actor in self.actors.items() if actor.type == "MonitoringGroup"]
            if len(monitors) == 1:  # "a war monitor said" … "The Syrian Observatory for Human Rights said"
                return Claimant(self.actors[monitors[0]].name, monitors[0])
            # "The Britain-based monitoring group said" after "the Syrian Observatory for Human Rights said", in a
            # story that also names a rights network: the monitor the text has already cited
            cited = [c for c in self.history if c.actor_iri in monitors]
            if cited:
                return cited[-1]
        force = self._national_force(phrase, named, base + start)
        if force is not None:
            return force
        titled = _TITLE_ANAPHOR.fullmatch(phrase) or _BODY_ANAPHOR.fullmatch(phrase)
        if titled and not named:
            # "the brigade" after "the 51st Brigade": a body whose name holds the noun, else one introduced with it
            body = self._named_with(titled.group(1), base + start) if titled.re is _BODY_ANAPHOR else None
            person = body or self._titled(titled.group(1), base + start, persons=titled.re is _TITLE_ANAPHOR)
            if person is not None and person.iri in self.speaks_for and self.speaks_for[person.iri] in self.actors:
                # "According to the general" after "the head of the Reconciliation Centre, Major General X, said":
                # the body he was credited for then, as his bare name would be
                voice = self.speaks_for[person.iri]
                return Claimant(self.actors[voice].name, voice)
            if person is not None and person.iri in self.actors:
                return Claimant(self.actors[person.iri].name, person.iri)
        same = self._same_source(phrase, base + start)
        if same is not None:
            return same
        definite = re.fullmatch(r"the\s+((?:[\w’'\-]+\s+)?[\w’'\-]+)", phrase, re.IGNORECASE)
        if definite and (not named or len(definite.group(1).split()) > 1):
            # "the officer said" after "A Federal Police officer … told", "the Syrian source" after "A Syrian military
            # source": the source named before with that head (and that modifier)
            *modifiers, noun = definite.group(1).lower().split()
            same = [
                c for c in self.history
                if c.name.lower().split()[-1:] == [noun] and len(c.name.split()) > 1
                and all(m in self.worded.get(c.name, c.name).lower().split() for m in modifiers)
                and (modifiers or c.name.lower() != noun)
            ]
            if same:
                return same[-1]
        issuer = _ISSUER.fullmatch(text, start, end) or _COMPILER.fullmatch(text, start, end)
        if issuer is not None and issuer.start("who") < end:
            # "according to a statement from the brigade": the body that issued it
            return self._claimant(text, issuer.start("who"), end, base)
        issued = self._issuing_body(phrase, base + start)
        if issued is not None:
            return issued
        if rules.pronouns.match(phrase.lower()):
            head = phrase.lower().split()[-1]
            if phrase.lower().startswith("the ") and len(phrase.split()) == 2:
                # "according to the Observatory": the last source so named, not merely the last source
                named_so = [c for c in self.history if head in c.name.lower()]
                if named_so:
                    return named_so[-1]
            if self.previous is not None:
                return self.previous[1]
            return None
        if _FINITE.search(phrase):
            return None  # "The strikes were carried out after reconnaissance confirmed": no reporting subject
        # the phrase in its own words, without its article or trailing punctuation
        worded = rules.determiners.sub("", rules.trailing.sub("", phrase).strip()).strip()
        head = rules.generic_head.match(phrase)
        if head and _CLOSE_TO.match(phrase, head.end()):
            # "a source close to the negotiations", "a source close to the Syrian government": the closeness is
            # what the text tells of the source, and the body named after it is not the one that speaks
            return self._in_own_words(text, start, worded)
        if head:  # "A military source from the 17th Division", "An Iraqi security source": the source itself
            covering = (
                [s for s in named if s.end >= base + end - 1 and not _ONE_OF_A_FORCE.search(s.text)]
                if head.end() == len(phrase)
                else []
            )  # "a police officer" names a source even where it is also read as a mention of the police
            bare = _BARE_SOURCE.fullmatch(head.group(0))
            bodies = [s for s in named if s.end >= base + end - 1 and not _is_person(self.actors.get(s.iri))]
            if bare and bodies and head.end() < len(phrase) and bodies[-1].iri in self.actors:
                # "a source at Latakia Police Command": an unqualified source speaks for the body it sits in
                return Claimant(self.actors[bodies[-1].iri].name, bodies[-1].iri)
            if not covering:
                words = rules.determiners.sub("", head.group(0)).strip()
                seat = _SEAT.fullmatch(phrase, head.end())
                if seat is not None:  # "an official at the refinery", "our sources in the city": where it sits
                    words = re.sub(r"^our\s+", "", words, flags=re.I) + " " + " ".join(seat.group(1).split())
                military = _national_military().fullmatch(words)
                if military:  # "A Syrian military source": the conventional "military source"
                    self.worded[military.group(1)] = words
                    return Claimant(military.group(1))
                initial = words == head.group(0).strip() and not text[:start].strip()
                # "Local sources said" starts a sentence; "An Iraqi security source" keeps its proper adjective
                lower = initial and not _proper(words.split()) and words[1:2].islower()  # not "SDF sources"
                lower = lower and not self._proper_word(words.split()[0])  # not "Turkish security sources"
                return Claimant(words[0].lower() + words[1:] if lower else words)
        if named:
            persons = [s for s in named if _is_person(self.actors.get(s.iri))]
            bodies = [s for s in named if not _is_person(self.actors.get(s.iri))]
            last = named[-1]
            pair = len(bodies) >= 2 and bodies[-1] is last
            pair = pair and bodies[-2].iri in self.actors
            if pair and _AND.fullmatch(text, bodies[-2].end - base, last.start - base):
                # "the Syrian American Medical Society and the White Helmets": the first-named
                return Claimant(self.actors[bodies[-2].iri].name, bodies[-2].iri)
            unread = _UNREAD_FIRST.fullmatch(text, start, last.start - base) if last in bodies else None
            if unread is not None and not any(s.start < last.start for s in named):
                # "the Syrian American Medical Society and the White Helmets", the first name unread: the
                # first-named speaks, as when both are read, in its own words
                return Claimant(unread.group("first"))
            if persons and bodies and last in persons and _branch_of_rank(text, bodies[-1], last, base):
                # "said Army Col. Wade Brannigan": the service before a rank is part of the person's title
                return Claimant(self.actors[last.iri].name, last.iri)
            if persons and bodies and last in persons:
                # "deputy chief of the Reconciliation Center … Alexander Karpov said": the body he speaks for
                self.speaks_for[last.iri] = bodies[-1].iri
                last = bodies[-1]
            elif last.iri in self.speaks_for:
                last = next((s for s in self.spans if s.iri == self.speaks_for[last.iri]), last)
            tail = text[last.end - base : end]
            office = _OFFICE_TAIL.fullmatch(rules.trailing.sub("", tail).rstrip())
            if office is not None and not _is_person(self.actors.get(last.iri)):
                # "the PMF media office said": the body's office speaks, and is credited in the text's own words
                return Claimant(worded)
            if _MODIFIER_TAIL.match(tail):  # "the HTS-affiliated Amjad agency": the agency, in its own words
                return Claimant(worded)
            person = _titled_name().fullmatch(rules.trailing.sub("", tail))
            if person is not None:  # "SDF spokesman Farhad Shami": the person who speaks, by name
                return Claimant(person.group("name"))
            if last.end < base + end - 1 and re.search(r"[A-Z]", re.sub(r"\([^)]*\)", "", tail)):
                # "the SDF Media Center": the name only modifies a longer proper name
                if _proper(worded.split()) or worded.split()[0].isupper():
                    return Claimant(worded)
            actor = self.actors.get(last.iri)
            return Claimant(actor.name if actor else last.text, last.iri)
        phrase = _described_name(worded)
        words = phrase.split()
        if not words or len(words) > rules.max_words or not any(ch.isalpha() for ch in phrase):
            return None
        common = words[0][:1].isupper() and words[0][1:2].islower() and not self._proper_word(words[0])
        if common and not _proper(words):
            phrase = phrase[0].lower() + phrase[1:]
        return Claimant(phrase)

    def _same_source(self, phrase: str, position: int) -> Claimant | None:
        """ "according to the same local page", "the same source said": the source cited before under that noun,
        whether its label holds the noun ("a military source" … "the same source") or an apposition gave it
        ("Hawija Now, a local Facebook news page, said" … "according to the same local page")."""
        same = _SAME.fullmatch(phrase)
        if same is None:
            return None
        noun = same.group("noun").lower()
        before = (self.text or "")[: max(0, position)]
        for claimant in reversed(self.history):
            words = self.worded.get(claimant.name, claimant.name).lower().split()
            apposed = rf"{re.escape(claimant.name)}\s*,\s+(?:a|an|the)\s+(?:[\w’'\-]+\s+){{0,3}}?{re.escape(noun)}\b"
            if noun in words or re.search(apposed, before, re.IGNORECASE):
                return claimant
        return None

    def _issuing_body(self, phrase: str, position: int) -> Claimant | None:
        """ "according to a coalition statement": a document whose issuer is told by a bare noun before it credits
        the body the article introduced with that noun (the US-led coalition), as "a statement from the coalition"
        does; with no such body the words stand."""
        document = _NOUN_DOCUMENT.fullmatch(phrase)
        if document is None:
            return None
        body = self._named_with(document.group("noun"), position)
        if body is None or body.iri not in self.actors:
            return None
        return Claimant(self.actors[body.iri].name, body.iri)

    def _national_force(self, phrase: str, named: list[EntitySpan], position: int) -> Claimant | None:
        """ "…, the army said" in a story about Jordan's or Israel's troops: the state force the article names
        nearest, not the force a bare "army" defaults to, unless the article also names that one otherwise."""
        if not _ARMY.fullmatch(phrase):
            return None
        own = {s.iri for s in named}
        forces = [
            s
            for s in self.spans
            if s not in named and s.iri in self.actors and gold_type(self.actors[s.iri].type) == "StateForce"
        ]
        if not forces or own & {s.iri for s in forces}:
            return None
        nearest = min(forces, key=lambda s: abs(s.start - position))
        return Claimant(self.actors[nearest.iri].name, nearest.iri)

    def _in_own_words(self, text: str, start: int, words: str) -> Claimant:
        """A source credited in the text's own words; opening the sentence, its capital is dropped unless the
        article capitalises the first word inside sentences too ("Residents and security officials said")."""
        initial = not text[:start].strip() and not self._proper_word(words.split()[0])
        return Claimant(words[0].lower() + words[1:] if initial else words)

    def _proper_word(self, word: str) -> bool:
        """ "Turkish officials said" opening a sentence: a word the article also capitalises inside sentences is a
        proper adjective or name, and keeps its capital."""
        return self.text is not None and re.search(rf"[a-z,;:] {re.escape(word)}\b", self.text) is not None


#: Generic words that end outlets' names ("Al Mayadeen English", "Step News Agency"), dropped to find the name
#: their staff go by.
_TAIL_WORD = r"(?:English|Arabic|Agency|News|Network|Online|Net|TV|Television|Channel|Media|Radio|Daily|Newspaper)"
#: The generic last word of an organisation's name, which its acronym may leave out ("JFL", Justice for Life
#: Organization).
_GENERIC_LAST = re.compile(r"Organi[sz]ation|Foundation|Association|Society|Group|Institute|Agency|Network")
#: "Hashtag Syria" is "Hashtag" in its own stories ("a count by Hashtag"): a country closing an outlet's name (never
#: opening it: "Syria TV" stays "Syria") is generic as "News" is
_PUBLISHER_TAIL = re.compile(rf"(?:\s+(?:{_TAIL_WORD}|Syria|Iraq|Lebanon|Jordan|Turkey|Kurdistan))+$", re.IGNORECASE)
_PUBLISHER_HEAD = re.compile(rf"^(?:{_TAIL_WORD}\s+)+(?=\S{{4}})", re.IGNORECASE)
_NEWSROOM = r"(?:own\s+)?(?:correspondents?|reporters?|journalists?|sources|team|crew|staff|editors?|office|network)\b"

_MODIFIER_TAIL = re.compile(r"[-‐](?:affiliated|backed|linked|run|controlled|aligned|held|funded|based)\b.*\w", re.I)
_MEDIUM = re.compile(
    r"\s+(?:in|via|through|on)\s+(?:a|an|its|their|the)\s+(?:[\w’'\-]+\s+){0,2}?"
    r"(?:statement|post|video|message|report|communiqu[ée]|channel|account|website|outlet|agency|mouthpiece|"
    r"newspaper|weekly)\b(?:(?!\bthat\b)(?!\bto\s+have\b)[^,;.“\"])*",
    re.I,
)
_RELATIVE_REST = re.compile(r"\s+(?:spoke|asked|requested|declined|preferred|wished)\b[^,;]*$", re.I)
#: "The figure could not be confirmed"; not "to be" ("a source who asked not to be named told …"), nor a capitalised
#: word of a name ("according to the Raqqa Is Being Slaughtered Silently campaign")
_FINITE = re.compile(r"\b(?:was|were|is|are|(?<!\bto\s)be|been|being|had)\b")
_AND = re.compile(r"\s+and\s+(?:the\s+)?")
@lru_cache(maxsize=1)
def _titled_name() -> re.Pattern[str]:
    """After a body's name, a title and a personal name: "(SDF) spokesman Farhad Shami", "Turkish Defence Minister
    Hulusi Akar", "commander Brig. Gen. X". The ranks are the resolver's (``ranks`` in actor_patterns.json), so a
    rank it reads before a name is dropped here too."""
    from kg.resolution.data import alternation, load

    ranks = alternation(load("actor_patterns")["ranks"])
    return re.compile(
        r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:(?i:spokes(?:man|woman|person)|commander|head|chief|leader|director|official|"
        r"minister|envoy|governor|representative|member|deputy|general|colonel)\s+)+"
        rf"(?:(?:{ranks})\s+)*"
        r"(?P<name>[A-Z][\w’'\-]+(?:\s+(?:al-|bin\s+|ibn\s+)?[A-Z][\w’'\-]+){1,3})\s*"
    )


@lru_cache(maxsize=1)
def _national_military() -> re.Pattern[str]:
    """ "Syrian military source": a nationality before the conventional label adds nothing to it (FORMAT.md's
    "military source"); "Iraqi security official" keeps its words. The nationalities are the country table's
    adjectives."""
    from kg.resolution.context import country_table
    from kg.resolution.data import alternation

    adjectives = alternation(a for country in country_table() for a in country["adjectives"])
    return re.compile(rf"(?:{adjectives})\s+(military\s+sources?)")


@lru_cache(maxsize=1)
def _abbreviation_macros() -> dict[str, str]:
    """TITLE_DOT / NO_TITLE_DOT for attribution_cues.json: the full stop after an abbreviated rank or title
    ("Col.", "Brig.", "Dr.") of the resolver's lists (``ranks`` and ``titles`` in actor_patterns.json)."""
    from kg.resolution.data import load

    data = load("actor_patterns")
    words = sorted({w[:-1] for phrase in [*data["ranks"], *data["titles"]] for w in phrase.split() if w.endswith(".")})
    return {
        "TITLE_DOT": "(?:" + "|".join(rf"(?<=\b{re.escape(w)})" for w in words) + r")\.",
        "NO_TITLE_DOT": "".join(rf"(?<!\b{re.escape(w)})" for w in words),
    }


_BARE_SOURCE = re.compile(r"(?:(?:a|an|the|one)\s+)?sources?", re.I)
#: "a statement from the brigade", "a communiqué issued by the ministry": a document credits whoever issued it
_ISSUER = re.compile(
    r"\s*(?:a|an|the|its|their)\s+(?:[\w’'\-]+\s+){0,2}?(?:statement|communiqu[ée]|announcement|post|message)"
    r"\s+(?:from|by|of|issued\s+by|released\s+by|published\s+by)\s+(?P<who>\S.*?)\s*",
    re.I,
)

#: "a coalition statement", "the ministry's communiqué": a document after the bare noun of the body that issued it
_NOUN_DOCUMENT = re.compile(
    r"(?:a|an|the)\s+(?P<noun>coalition|alliance|ministry|command|militia|movement|brigade|division|army|"
    r"council|committee|directorate|agency|observatory|network|group)(?:['’]s)?\s+"
    r"(?:statement|communiqu[ée]|announcement|press\s+release)",
    re.I,
)
#: "the PMF media office": a body's office that speaks for it, credited in the text's own words
_OFFICE_TAIL = re.compile(r"\s+(?-i:media|press|information)\s+(?-i:office|bureau)", re.I)
#: "figures released by the department", "data compiled by the UN": figures credit whoever compiled them
_COMPILER = re.compile(
    r"\s*(?:(?:a|an|the|its|their|official|latest|new|updated|running)\s+)*"
    r"(?:(?:figures|data|statistics|numbers|tallies)\s+(?:compiled|released|published|issued|gathered|collected|provided)"
    # "according to a count by Hashtag", "a tally kept by the monitor": a count made by a body is that body's
    r"|(?:count|tally|toll|estimate)(?:\s+(?:kept|made|compiled|published|released|conducted))?)"
    r"\s+by\s+(?P<who>\S.*?)\s*",
    re.I,
)

#: "the War Media Center run by Hezbollah", "a channel affiliated with the SDF": a reduced relative telling who owns
#: the source, which is no part of its name
_OWNED_BY = re.compile(
    r"\s+(?:(?:run|operated|owned|funded|financed|controlled|managed)\s+by|affiliated\s+(?:with|to))\s+\S", re.I
)
#: "a source close to …": a source described by whom it is close to
_CLOSE_TO = re.compile(r"\s+close\s+to\s+\S", re.I)
#: a perfect auxiliary (and an adverb after it) between the subject and the reporting verb ("had claimed")
_AUXILIARY_TAIL = re.compile(r"\s+(?:has|have|had)(?:\s+(?:also|already|earlier|previously|again|since))?$", re.I)
_ADVERB_TAIL = re.compile(r"\s+(?:also|later|earlier|previously|already|again|further|then|repeatedly)$", re.I)
#: A noun phrase followed by the subject of a relative clause without "that": a pronoun ("a man it accused of"),
#: or a bare plural after a singular article ("a move critics said abandoned …"); the claim is the clause's only
_REDUCED_RELATIVE = re.compile(
    r"(?:^|\s)(?:a|an|the|this|that|these|those|another|one)\s+(?:[\w’'\-]+\s+){0,3}?[\w’'\-]+\s+(?:it|they|he|she|we)$"
    r"|(?:^|\s)(?:a|an|another)\s+(?:(?!(?:of|for|and|or)\b)[\w’'\-]+\s+){1,2}(?-i:[a-z]+[^su’'\W]s)$",
    re.I,
)
#: the body an unnamed source belongs to ("an official at the refinery", "a military official in the faction", "a
#: source in the Babil police command"), which the source's label keeps; where it merely is ("in Diyala province",
#: "in the town", "in the Deir Ezzor Governorate", "at the scene") is left out
_SEAT = re.compile(
    r"\s+((?:in|at)\s+the\s+(?!(?:[\w’'\-]+\s+){0,3}?(?:scene|time|towns?|city|village|district|area|region|"
    r"province|governorate|countryside|neighbou?rhood)\b)"
    r"(?:(?!(?:on|yesterday|today|last|this|earlier|later|who)\b)[\w’'\-]+\s*){1,4}"
    # "a source at al-Mujtahid Hospital": a named facility the source works in, with no article before its name
    r"|(?:in|at)\s+(?:[\w’'\-]+\s+){1,3}(?-i:Hospital|Clinic|Medical\s+Cent(?:er|re)|Prison)\b)",
    re.I,
)
#: "the Observatory's count", "KirkukNow's records": figures or a document named by their owner's possessive
_OWNERS_DOCUMENT = re.compile(
    r"(?P<who>(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,5})['’]s?\s+(?:(?:own|latest|new|daily|final|"
    r"preliminary|updated)\s+)?(?:count|tally|figures|data|toll|records|estimates?|statistics|documentation)",
)
#: "a war monitor and local activists": the first of two coordinated sources
#: ("Iraqi officials and a monitoring group": the second may have its article)
_FIRST_CONJUNCT = re.compile(
    r"(.+?)\s+and\s+(?:(?:a|an|the)\s+)?(?:(?:local|other|several|some)\s+)?\S+(?:\s+\S+)?$", re.I
)
#: a subject that ends in a conjunction is a verb phrase coordinated with the reporting verb; its own subject is
#: the words before its first past-tense verb, or before the perfect auxiliary of an irregular one ("The SDF has
#: since sent hundreds of reinforcements … and said")
_COORDINATED_PREDICATE = re.compile(
    r"(?P<np>.*?)(?:^|\s)(?:(?-i:[a-z]+ed)|(?-i:has|have|had)\s+(?:(?-i:since|also|already|now)\s+)?(?-i:[a-z]+))\b"
    r".*\s(?:and|but)",
    re.I,
)
#: a reporting verb in the passive ("claimed by IS", "reported by the agency") has no reporting subject before it;
#: "said by the evening that", "said by telephone": a time or a medium after "by" is no agent of a passive
_PASSIVE_BY = re.compile(
    r"\s+by\b(?!\s+(?:the\s+)?(?:evening|morning|afternoon|night|nightfall|noon|midday|dawn|dusk|then|now|"
    r"end\s+of|(?:tele)?phone|e-?mail|text\s+message)\b)",
    re.I,
)
#: "sites which Washington claimed were …": "which" right before the subject, with no comma before it
_RESTRICTIVE_WHICH = re.compile(r"(?<![,\s])\s+which\s*$", re.I)
#: a conjunction of contrast opening the reporting clause ("…, but residents say")
_CONTRASTED = re.compile(r"(?:but|while|whereas)\s+", re.I)
#: "No party has claimed …"; "…, with no casualties reported": an absolute phrase, whose noun reports nothing
_NOBODY = re.compile(r"(?:no|none|nobody|neither|never|with|without)\b", re.IGNORECASE)
_SUBORDINATE = re.compile(r"\b(?:after|before|since|until|when|whenever|while|once)\s+(?:it|he|she|they|we)$", re.I)

#: "a war monitor", "the Britain-based monitoring group": the one monitor the article names, wherever it names it
_A_MONITOR = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:(?:Britain|UK|U\.K\.|London)-based\s+)?(?:war\s+)?monitor(?:ing\s+group)?", re.I
)

#: "an attack also claimed by IS": an act is no source
_DOCUMENT = re.compile(
    r"(?:the|this|its|our|a)\s+(?:(?:monthly|weekly|daily|latest|new|same)\s+)?(?:report|update|bulletin)"
    r"(?:\s+(?:also|further|again))?",
    re.I,
)
_EVENT_NOUN = re.compile(
    r"(?:(?:in|after|since)\s+)?(?:(?:an?|the|this|that|its|their)\s+)?(?:[\w’'\-]+\s+)?(?:attacks?|bombings?|strikes?|operations?|blasts?|"
    r"explosions?|assaults?|raids?|ambush(?:es)?|killings?|shelling)(?:\s+(?:also|later|was|were))?",
    re.IGNORECASE,
)

#: a bare "the army" / "the military" as a source: the state force the story is about
_ARMY = re.compile(r"the\s+(?:army|military|armed\s+forces)", re.IGNORECASE)
_ONE_OF_A_FORCE = re.compile(r"\b(?:officers?|officials?|soldiers?|sources?)$", re.IGNORECASE)

#: A source described only by a role ("a senior Peshmerga commander", "an army spokesman"), who may be named next
_UNNAMED_ROLE = re.compile(
    r"(?:(?:a|an|one)\s+)?(?:[\w’'\-]+\s+){0,3}?(?P<role>commander|spokes(?:man|woman|person)|governor|officer|"
    r"official|general|colonel)",
    re.IGNORECASE,
)
#: the words before a name opening a sentence: ranks and titles only ("Brigadier General", "Maj. Gen.")
_RANK_WORDS = re.compile(r"(?:[A-Z][\w.\-]*\s+){0,4}")
#: the name's apposition holding the same role, then a reporting verb: ", the commander of the X forces, said"
_NAMED_ROLE = re.compile(
    r"\s*,\s+(?:(?:a|an|the)\s+)?(?P<role>[^,.;]{1,120}),\s+"
    r"(?:said|says|told|added|stated|confirmed|explained)\b"
)


#: A bare title that stands for the person the article introduced with it: "according to the governor".
_TITLE_ANAPHOR = re.compile(
    r"the\s+(governor|mayor|minister|spokes(?:man|woman|person)|commander|general|colonel|official|envoy|"
    r"president|prime minister|director|chief|head|emir|leader|deputy|officer)",
    re.IGNORECASE,
)


#: A bare noun that stands for the body the article introduced with it: "the network said".
_BODY_ANAPHOR = re.compile(
    r"the\s+(network|monitor|observatory|agency|cent(?:re|er)|campaign|outlet|channel|council|committee|"
    r"command|ministry|directorate|coalition|alliance|militia|organi[sz]ation|movement|brigade|division|battalion|"
    r"regiment|front|faction)",
    re.IGNORECASE,
)


#: "the same source", "the same local page": a source cited before, taken up by its noun
_SAME = re.compile(r"(?:the|this|that)\s+same\s+(?:[\w’'\-]+\s+){0,2}?(?P<noun>[\w’'\-]+)", re.IGNORECASE)
#: an abbreviated rank opening a person's name ("Col. Wade Brannigan", "Lt. Gen. X")
_ABBREVIATED_RANK = re.compile(r"(?-i:[A-Z][a-z]{0,4})\.\s")


def _branch_of_rank(text: str, body: EntitySpan, person: EntitySpan, base: int) -> bool:
    """ "Army Col. Wade Brannigan", "Marine Lt. Gen. X": a body read right before a person whose name opens with an
    abbreviated rank is the service the rank belongs to, so the person speaks, not that body."""
    gap = text[body.end - base : person.start - base]
    return body.end <= person.start and not gap.strip() and bool(_ABBREVIATED_RANK.match(person.text))


def _described_name(words: str) -> str:
    """ "according to the NGO Community Peacemaker Teams": a common noun describing a body before its proper name
    is no part of the name the text credits (``descriptor_before_name`` in attribution_cues.json)."""
    described = attribution_rules().descriptor.match(words)
    if described is None or not _proper(words[described.end() :].split()):
        return words
    return words[described.end() :]


def _norm(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", name.casefold()).split())


def _unarticled(name: str) -> str:
    """A name compared without its article ("The Baghdad Post" and "Baghdad Post" are one outlet)."""
    return re.sub(r"^the\s+", "", _norm(name))


def _is_person(actor: ActorEntity | None) -> bool:
    from kg.extraction.rules import gold_type

    return actor is not None and gold_type(actor.type) == "Person"


def rules_relative() -> re.Pattern[str]:
    return attribution_rules().relative_clause


#: a person's name set off by commas: two to four capitalised words, with a particle ("Abu", "al-") allowed
_APPOSED_NAME = re.compile(r"(?:[A-Z][\w’'\-]*\s+){1,3}[A-Z][\w’'\-]*")


#: an aside set off by commas between a reporting verb and its subject ("activists, for their part, said")
_ASIDE = re.compile(
    r"(?:for\s+(?:its|their|his|her|our)\s+part|in\s+turn|however|meanwhile|for\s+example|in\s+contrast|"
    r"by\s+contrast|on\s+the\s+other\s+hand|though|instead|too)",
    re.I,
)
_TRAILING_ASIDE = re.compile(r"\s*,\s*" + _ASIDE.pattern + r"\s*,?\s*$", re.I)
#: a proper name of two or more words, then "and" before a second source ("the Syrian American Medical Society and")
_UNREAD_FIRST = re.compile(
    r"\s*(?:the\s+)?(?P<first>(?-i:[A-Z][\w’'\-]*)(?:\s+(?:of|for|the|(?-i:[A-Z][\w’'\-]*)))*\s+(?-i:[A-Z][\w’'\-]*))"
    r"\s+and\s+(?:the\s+)?",
    re.I,
)
#: a subject, then an apposition set off by dashes ("X—a coalition of Y—", "X -- an alliance of Y --")
_DASHED_APPOSITION = re.compile(r"(?P<np>[^—–]+?)\s*(?:[—–]|--)\s*(?:a|an|the|one)\s+[^—–]+?\s*(?:[—–]|--)\s*")


#: a class of sources, then the one member the text names: "local media, including Suwayda 24, reported"
_NAMED_MEMBER = re.compile(
    r"\s*(?:including|among\s+them|notably|such\s+as|chief\s+among\s+them)\s+(?P<name>(?:the\s+)?"
    + _APPOSED_NAME.pattern.replace("{1,3}", "{0,4}")
    + r"(?:\s+\d+)?)\s*"
)


#: a role, then a name in apposition: "The director of the sub-district, Delshad Taha"
_ROLE_THEN_NAME = re.compile(r"(?i:the|a|an)\s+[^,]+,\s*(?P<name>" + _APPOSED_NAME.pattern + ")")


def _subject_start(text: str, verb_start: int) -> int:
    """Start of the reporting verb's subject: after the last comma, quote, "that" … before the verb.

    "a security official who spoke on condition of anonymity said": a relative clause without commas belongs
    to the subject, so the subject starts before "who".
    """
    start = 0
    stops = list(_SUBJECT_STOP.finditer(text, 0, verb_start))
    if len(stops) >= 1 and stops[-1].group().lower() in ("who", "which") and _RELATIVE_REST.match(
        text, stops[-1].end(), verb_start
    ):
        stops = stops[:-1]
    elif (
        len(stops) >= 1
        and stops[-1].group().lower() == "who"
        and "," not in text[stops[-1].end() : verb_start]
        and not re.match(r"\s*(?:they|he|she|it|we|i|you)\b", text[stops[-1].end() : verb_start], re.I)
    ):
        stops = stops[:-1]  # "Residents who escaped the Old City said": the residents ("a woman who they said": they)
    for stop in stops:
        start = stop.end()
    if len(stops) >= 2 and stops[-1].group() == "," and not text[start:verb_start].strip():
        # "The director of the sub-district, Delshad Taha, said": the role and the name in apposition after it
        # are the subject (_claimant credits the body the role names, else the name); a role in apposition
        # after the name is the relative_clause cue's
        name = text[stops[-2].end() : stops[-1].start()].strip()
        named_member = _NAMED_MEMBER.fullmatch(text, stops[-2].end(), stops[-1].start())
        if named_member is not None and stops[-2].group() == ",":
            # "Syrian local media, including Suwayda 24, reported": the one outlet the text names speaks
            start = named_member.start("name")
        elif _APPOSED_NAME.fullmatch(name) and stops[-2].group() == ",":
            start = stops[-3].end() if len(stops) >= 3 else 0
        elif _ASIDE.fullmatch(name) and stops[-2].group() == ",":
            # "Opposition activists, for their part, said": an aside between commas leaves the subject before it
            start = stops[-3].end() if len(stops) >= 3 else 0
    while start < verb_start and text[start] in ' ,;:”"’':
        start += 1
    return start


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position] == " ":
        position += 1
    return position


def _proper(words: list[str]) -> bool:
    """A phrase of capitalised words is a name ("Syrian Observatory"): keep its case."""
    words = [w.strip("()[]\"'“”‘’") for w in words]
    return len(words) > 1 and all(w[:1].isupper() for w in words if w and w.lower() not in ("of", "for", "the", "and"))


def unconfirmed_sentences(sentences: list[Sentence]) -> set[int]:
    """Indexes of sentences whose claims the text calls unconfirmed ("These claims remain unconfirmed")."""
    rules = attribution_rules()
    marked: set[int] = set()
    for sentence in sentences:
        if rules.unconfirmed.search(sentence.text):
            marked.add(sentence.index)
            for back in range(1, rules.unconfirmed_reach + 1):
                earlier = sentence.index - back
                if earlier >= 0 and sentences[earlier].paragraph == sentence.paragraph:
                    marked.add(earlier)
    return marked
