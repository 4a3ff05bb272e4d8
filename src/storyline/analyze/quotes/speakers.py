"""Who a source span refers to: a named entity, a pronoun's antecedent, a role, or nobody named.

Resolution is deliberately local and explainable, and every name carries the
mention it was read from (`Speaker.resolved_from`):

- a name written in the source phrase wins when it is the phrase's head or its
  appositive ("Its director, Samuel Reyes"), never when it sits behind a
  preposition or owns the head ("a lawyer for Smith", "Smith's lawyer",
  "officials in Caldera" are unnamed descriptions);
- "he"/"she" takes the previous quote's speaker when the pronoun continues that
  passage, unless a different person has since been introduced as the subject of
  a sentence; with no speaker in view, the one person named in the nearest
  sentence that names someone of a compatible gender. Two candidates and no way
  to choose leave the pronoun unresolved (named=False, canonical None): it is
  never guessed across a different person;
- "they"/"it" take the previous speaker when that was a group or an
  organisation; "I", "we" and "you" are never resolved to a name;
- a relative pronoun ("the board, which ruled") speaks for the noun it hangs on;
- a role noun ("the prime minister") takes the latest person the article gave
  that role;
- anything else is an unnamed description ("a top Israeli official").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from storyline.analyze.entities.roles import ROLE_HEADS
from storyline.analyze.quotes.genders import Gender, gender_of_pronoun, person_genders
from storyline.analyze.quotes.nonspeakers import credit_spans
from storyline.analyze.quotes.referents import (
    described_subject,
    names_a_person,
    person_description,
)
from storyline.analyze.quotes.source_heads import (
    POSSESSIVE,
    PREPOSITIONS,
    SPEAKING_LABELS,
    WORD,
    names_speaker,
)
from storyline.model import EntityMention, Sentence, Span, Speaker


def _vocab(words: str) -> frozenset[str]:
    return frozenset(words.split())


__all__ = ["LOOKBACK_CHARS", "SpeakerResolver"]

LOOKBACK_CHARS = 1500
"""How far back a pronoun looks for its antecedent."""

_GROUP = frozenset({"they", "them"})
_IT = frozenset({"it"})
_NEVER_NAMED = _vocab(
    "i me we us you one someone somebody nobody anyone anybody everyone everybody none what "
    "whatever"
)
_FUNCTION_WORDS = PREPOSITIONS | _vocab(
    "below above here there now then today meanwhile also still yet however thus hence "
    "the a an this that these those it its his her their our"
)
"""Words that begin a sentence with a capital and that a tagger may take for a name
("Below is a video of ..."): a lone one is never a person a pronoun can stand for."""
_QUANTIFIERS = _vocab("anyone anybody everyone everybody nobody someone somebody no none")
_BARE_QUANTIFIERS = _vocab("some many most others few several all both")
"""A source that is only one of these ("Some think", "Many believe") names nobody to show;
"Some officials said" is a description."""
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
_GROUP_LABELS = frozenset({"ORG", "GPE", "NORP"})
_APPOSITIVE_NAME = re.compile(r",\s+((?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+),?\s*$")
_OWNED_APPOSITIVE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s*$")
"""A possessive pronoun's noun set off before a name ("his father, ", "her longtime aide, ")."""
_BRACKET_TAG = re.compile(r"[A-Z][\w.-]{0,10}\s*(?:-RRB-|\))")
_OPENING_BRACKET = re.compile(r"(?:\(|-LRB-)\s*$")


@dataclass(frozen=True, slots=True)
class _Said:
    """A speaker already resolved, with where its source stands and what it names."""

    pos: int
    speaker: Speaker
    label: str | None


@dataclass(frozen=True, slots=True)
class _Person:
    mention: EntityMention
    name: str
    sentence: int
    subject: bool


class SpeakerResolver:
    """Resolves source spans of one article in text order, remembering who spoke.

    `verbs` are the character offsets of the article's verb tokens (from the
    tagger) and `quoted` says whether an offset lies inside quotation marks;
    both are optional, and without them every person counts as a subject and no
    mention is set aside as quoted.
    """

    def __init__(
        self,
        text: str,
        entities: Sequence[EntityMention],
        sentences: Sequence[Sentence] = (),
        verbs: Sequence[int] = (),
        quoted: Callable[[int], bool] | None = None,
    ) -> None:
        self.text = text
        self.entities = sorted(entities, key=lambda e: e.start)
        self._starts = [e.start for e in self.entities]
        self.sentences = list(sentences) or [Sentence(0, len(text))]
        self._sentence_starts = [s.start for s in self.sentences]
        self._verbs = sorted(verbs)
        self._quoted = quoted or (lambda _: False)
        self.genders = person_genders(text, self.entities, self.sentences, quoted)
        self._credits = credit_spans(text)
        self._people = [
            self._person(e)
            for e in self.entities
            if e.label == "PERSON"
            and not self._credits.covers(e.start)
            and e.text.casefold() not in _FUNCTION_WORDS
        ]
        self._people_starts = [p.mention.start for p in self._people]
        self.history: list[_Said] = []

    # -- public ------------------------------------------------------------------------

    def resolve(self, start: int, end: int, antecedent: tuple[int, int] | None = None) -> Speaker:
        """The speaker written at text[start:end]; `antecedent` is the noun phrase a
        relative pronoun source ("which", "who") hangs on, when the parse found one."""
        surface = self.text[start:end]
        words = surface.casefold().split()
        if self._credits.covers(start):
            # "By Peter Marsh", "(Editing by Tom Hale)": who wrote the page, not a source
            return Speaker(surface, start, end, None, False, "unresolved")
        tagged = self._tagged_name(start, end)
        if tagged is not None:
            return tagged
        if surface.strip().isupper() and len(surface.strip()) > 1:
            words = []  # "US", "IT": an abbreviation, never the pronoun it spells
        if words and (
            words[0] in _QUANTIFIERS or (len(words) == 1 and words[0] in _BARE_QUANTIFIERS)
        ):
            # "Anyone with a boat would agree": nobody in particular said it
            return Speaker(surface, start, end, None, False, "unresolved")
        if not any(sum(c.isalpha() for c in w) >= 2 for w in words) and not surface.isupper():
            # "t" of a split "don ' t", a stray letter: no one is named by it
            return Speaker(surface, start, end, None, False, "unresolved")
        if len(words) >= 3 and words[-2] == "of" and words[-1] in _RELATIVE:
            # "posters, some of which said ...", "ministers, one of whom said ...": a part of
            # what the clause hangs on; no one of them is named, so no name is shown
            return Speaker(surface, start, end, None, False, "unresolved")
        if len(words) == 1 and words[0] in _RELATIVE and antecedent is not None:
            head = self._by_phrase(*antecedent)
            evidence = head.resolved_from or Span(head.start or 0, head.end or 0, head.text)
            speaker = Speaker(surface, start, end, head.canonical, head.named, "relative", evidence)
            return self._said(start, speaker, self._label_of(head))
        if len(words) == 1:
            gender = gender_of_pronoun(words[0])
            if gender is not None:
                return self._personal(start, end, gender)
            if words[0] in _GROUP | _IT:
                return self._group(start, end, words[0] in _IT)
            if words[0] in _NEVER_NAMED | _RELATIVE:
                return Speaker(surface, start, end, None, False, "unresolved")
        return self._said(start, *self._by_phrase_labelled(start, end))

    def _tagged_name(self, start: int, end: int) -> Speaker | None:
        """A parse that took the bracketed tag after a name for the subject ("Gov. Ann Ruiz
        (R) said", tokenised "-LRB- R -RRB-"): the name before the bracket speaks."""
        if not _BRACKET_TAG.fullmatch(self.text[start:end].strip()):
            return None
        opening = _OPENING_BRACKET.search(self.text, max(0, start - 8), start)
        if opening is None:
            return None
        i = bisect_left(self._starts, opening.start()) - 1
        if i < 0 or self.entities[i].label != "PERSON":
            return None
        e = self.entities[i]
        if self.text[e.end : opening.start()].strip():
            return None
        return self._said(start, *self._by_phrase_labelled(e.start, e.end))

    def not_a_speaker(self, start: int, end: int) -> Speaker:
        """The subject of an attribution that states nothing (a plan, an intention, a state
        of things): kept as the source span written, never shown as a speaker, and not a
        speaker a later pronoun can take."""
        return Speaker(self.text[start:end], start, end, None, False, "unresolved")

    def continuation(self, speaker: Speaker, before: int) -> Speaker:
        """The speaker of a quote running on from one by `speaker`, pointing at its latest
        mention before `before` (or at the earlier source itself)."""
        if speaker.canonical is None:
            return speaker
        i = bisect_left(self._starts, before) - 1
        lowest = speaker.start if speaker.start is not None else 0
        while i >= 0 and self.entities[i].start >= lowest:
            e = self.entities[i]
            if (e.canonical or e.text) == speaker.canonical and not self._quoted(e.start):
                return Speaker(
                    e.text,
                    e.start,
                    e.end,
                    speaker.canonical,
                    True,
                    "continuation",
                    Span(e.start, e.end, e.text),
                )
            i -= 1
        evidence = speaker.resolved_from
        if evidence is None and speaker.start is not None and speaker.end is not None:
            evidence = Span(speaker.start, speaker.end, speaker.text)
        return Speaker(
            speaker.text,
            speaker.start,
            speaker.end,
            speaker.canonical,
            speaker.named,
            "continuation",
            evidence,
        )

    def subject_between(self, begin: int, end: int) -> tuple[int, int] | None:
        """The first name standing as the subject of text[begin:end] (a sentence up to its
        cue), for a cue the parser gave no subject; None when no name stands there."""
        for e in self.entities[bisect_left(self._starts, begin) : bisect_left(self._starts, end)]:
            if e.label not in SPEAKING_LABELS or self._quoted(e.start) or e.end > end:
                continue
            sentence = max(0, bisect_right(self._sentence_starts, e.start) - 1)
            if self._subject_like(e, sentence):
                return e.start, e.end
            return None
        return None

    # -- names in the phrase -------------------------------------------------------------

    def _by_phrase_labelled(self, start: int, end: int) -> tuple[Speaker, str | None]:
        speaker = self._by_phrase(start, end)
        return speaker, self._label_of(speaker)

    def _by_phrase(self, start: int, end: int) -> Speaker:
        surface = self.text[start:end]
        inside = [
            e for e in self._overlapping(start, end) if names_speaker(self.text, e, start, end)
        ]
        if inside:
            best = min(inside, key=lambda e: (SPEAKING_LABELS.index(e.label), e.start))
            return Speaker(
                surface,
                start,
                end,
                best.canonical or best.text,
                True,
                "name",
                Span(best.start, best.end, best.text),
            )
        known = self._known_person(start, end)
        if known is not None:
            name = known.canonical or known.text
            return Speaker(
                surface, start, end, name, True, "name", Span(known.start, known.end, known.text)
            )
        appositive = _APPOSITIVE_NAME.search(surface)
        if appositive and any(
            w in ROLE_HEADS for w in surface[: appositive.start()].casefold().split()
        ):
            # "Its chair, Ana Ruiz": a role, then a name the recogniser did not mark
            a, b = start + appositive.start(1), start + appositive.end(1)
            return Speaker(
                surface, start, end, self.text[a:b], True, "name", Span(a, b, self.text[a:b])
            )
        holder = self._role_holder(surface.casefold().split(), start)
        if holder is not None:
            name = holder.canonical or holder.text
            return Speaker(
                surface, start, end, name, True, "role", Span(holder.start, holder.end, holder.text)
            )
        return Speaker(surface, start, end, None, False, "description")

    def _known_person(self, start: int, end: int) -> EntityMention | None:
        """A person named earlier whose name the phrase writes where the recogniser saw
        none ("Lind said", "Its chair, Ana Ruiz, said"): the head or appositive only."""
        phrase = re.split(r"[,—–(]|--", self.text[start:end].strip(" ,"))
        tail = phrase[-1] if phrase[-1].strip() else (phrase[-2] if len(phrase) > 1 else "")
        every = WORD.findall(tail)
        words = [w for w in every if w[:1].isupper()]
        if not words or any(w.casefold() in PREPOSITIONS for w in every):
            return None
        if every[-1][:1].islower():
            return None  # "Dahl aides": the common noun at the end heads the phrase
        wanted = {w.casefold().strip(".'’") for w in words}
        found: dict[str, EntityMention] = {}
        for p in self._people[: bisect_left(self._people_starts, start)]:
            parts = {w.casefold() for w in p.name.split()}
            if " " in p.name and wanted <= parts and wanted & {p.name.split()[-1].casefold()}:
                found[p.name] = p.mention
        return next(iter(found.values())) if len(found) == 1 else None

    def _overlapping(self, start: int, end: int) -> list[EntityMention]:
        i = max(0, bisect_left(self._starts, start) - 1)
        out = []
        while i < len(self.entities) and self.entities[i].start < end:
            e = self.entities[i]
            if e.end > start:
                out.append(e)
            i += 1
        return out

    def _label_of(self, speaker: Speaker) -> str | None:
        evidence = speaker.resolved_from
        if evidence is None:
            return None
        for e in self._overlapping(evidence.start, evidence.end):
            if e.start == evidence.start:
                return e.label
        return None

    def _role_holder(self, words: list[str], start: int) -> EntityMention | None:
        """The person a role noun ("the prime minister") refers to: the latest one given
        that role before it."""
        if not words or words[0] != "the" or len(words) > 5:
            return None
        heads = [w.strip(".,") for w in words if w.strip(".,") in ROLE_HEADS]
        if not heads:
            return None
        head = heads[-1]
        for e in reversed(self.entities[: bisect_left(self._starts, start)]):
            if e.label == "PERSON" and e.role and head in e.role.casefold().split():
                return e
        return None

    # -- pronouns ------------------------------------------------------------------------

    def _personal(self, start: int, end: int, gender: Gender) -> Speaker:
        surface = self.text[start:end]
        found = self._antecedent(start, gender)
        if found is None:
            return Speaker(surface, start, end, None, False, "unresolved")
        name, evidence = found
        if name is None:
            # an unnamed person continued ("said a senior officer ... he said"): shown by
            # the description it was read from, never by a name
            return Speaker(surface, start, end, None, False, "pronoun", evidence)
        return self._said(
            start, Speaker(surface, start, end, name, True, "pronoun", evidence), "PERSON"
        )

    def _compatible(self, name: str, gender: Gender) -> bool:
        return self.genders.get(name, gender) == gender

    def _antecedent(self, start: int, gender: Gender) -> tuple[str | None, Span] | None:
        floor = start - LOOKBACK_CHARS
        people = [
            p
            for p in self._people[: bisect_left(self._people_starts, start)]
            if p.mention.start >= floor
            and not self._quoted(p.mention.start)
            and self._compatible(p.name, gender)
        ]
        last = next(
            (
                s
                for s in reversed(self.history)
                if s.pos < start and s.label == "PERSON" and s.speaker.canonical
            ),
            None,
        )
        unnamed = self._unnamed_person(start, floor, gender)
        if unnamed is not None and (last is None or unnamed.pos > last.pos):
            return None, _evidence(unnamed.speaker)
        if last is not None and last.pos >= floor and last.speaker.canonical:
            name = last.speaker.canonical
            if self._compatible(name, gender):
                # the pronoun continues the last speaker's passage unless someone else has
                # since been introduced as the subject of a sentence
                newer = [p for p in people if p.mention.start > last.pos and p.subject]
                newer = [p for p in newer if p.name != name and not self._kin(p.mention)]
                if not newer:
                    if self._described(last.pos, start, gender):
                        return None  # "The champion is expected to ...": not safely the last
                    return name, _evidence(last.speaker)
                return newer[-1].name, _mention_span(newer[-1].mention)
        if not people:
            return None
        nearest = [p for p in people if p.sentence == people[-1].sentence]
        if self._described(self.sentences[nearest[0].sentence].start, start, gender):
            return None  # an unnamed person is a subject since: never guessed across them
        subjects = {p.name for p in nearest if p.subject}
        names = {p.name for p in nearest}
        if len(subjects) == 1:
            chosen = next(p for p in reversed(nearest) if p.subject)
        elif len(names) == 1:
            chosen = nearest[-1]
        else:
            return None
        return chosen.name, _mention_span(chosen.mention)

    def _kin(self, e: EntityMention) -> bool:
        """Whether a person is named as someone's relation or associate by a pronoun ("His
        father, Jack Reid, built ..."): told of by way of the one the passage is about, not
        a new subject the passage turns to, so a later "he says" still goes to the speaker."""
        return bool(_OWNED_APPOSITIVE.search(self.text, max(0, e.start - 60), e.start))

    def _described(self, lo: int, hi: int, gender: Gender) -> bool:
        return described_subject(self.text, self.sentences, self._verbs, lo, hi, gender)

    def _unnamed_person(self, start: int, floor: int, gender: Gender) -> _Said | None:
        """The latest source before `start` when it is one unnamed person ("a senior
        officer") whom no person named as a sentence's subject has followed since."""
        latest = next((s for s in reversed(self.history) if s.pos < start), None)
        if latest is None or latest.pos < floor or latest.speaker.resolution != "description":
            return None
        if not person_description(latest.speaker.text, gender):
            return None
        since = self._people[
            bisect_right(self._people_starts, latest.pos) : bisect_left(self._people_starts, start)
        ]
        if any(p.subject and not self._quoted(p.mention.start) for p in since):
            return None
        return latest

    def _group(self, start: int, end: int, singular: bool) -> Speaker:
        """ "they said" / "it said": the previous speaker, when that was a body or a group."""
        surface = self.text[start:end]
        for said in reversed(self.history):
            if said.pos >= start:
                continue
            if start - said.pos > LOOKBACK_CHARS:
                break
            sp = said.speaker
            if said.label == "PERSON":
                break
            group_like = said.label in _GROUP_LABELS or (
                sp.resolution == "description"
                and singular != _plural(sp.text)
                # "A ministry spokesperson said ... It declared": "it" is no person
                and not (singular and names_a_person(sp.text))
            )
            if group_like:
                evidence = _evidence(sp)
                return Speaker(surface, start, end, sp.canonical, sp.named, "pronoun", evidence)
            break
        return Speaker(surface, start, end, None, False, "unresolved")

    # -- bookkeeping ---------------------------------------------------------------------

    def _said(self, pos: int, speaker: Speaker, label: str | None) -> Speaker:
        if speaker.canonical or speaker.resolution == "description":
            self.history.append(_Said(pos, speaker, label))
        return speaker

    def _person(self, e: EntityMention) -> _Person:
        sentence = max(0, bisect_right(self._sentence_starts, e.start) - 1)
        return _Person(e, e.canonical or e.text, sentence, self._subject_like(e, sentence))

    def _subject_like(self, e: EntityMention, sentence: int) -> bool:
        """A mention standing where a subject stands: before its sentence's first verb, not
        behind a preposition, not owning a noun ("Smith's regime")."""
        if POSSESSIVE.match(self.text, e.end):
            return False
        words = WORD.findall(self.text[max(0, e.start - 80) : e.start])
        while words and words[-1].casefold() not in PREPOSITIONS:
            if not (words[-1][:1].isupper() or words[-1].casefold() in {"and", "or", "&"}):
                break
            words.pop()  # "between Anna Berg and Lena Holm": the names share the preposition
        if words and words[-1].casefold() in PREPOSITIONS:
            return False
        if not self._verbs:
            return True
        begin = self.sentences[sentence].start
        before = self._verbs[bisect_left(self._verbs, begin) : bisect_left(self._verbs, e.start)]
        # "Acting Director Ana Ruiz", "Harbour-based spokesman Tom Hale": a capitalised
        # title word or a hyphened modifier the tagger calls a verb is no verb of the clause
        return not any(self._clause_verb(v) for v in before)

    def _clause_verb(self, offset: int) -> bool:
        token = WORD.match(self.text, offset)
        word = token.group() if token else ""
        joined = offset > 0 and self.text[offset - 1] == "-"
        return word[:1].islower() and "-" not in word and not joined


def _plural(phrase: str) -> bool:
    """Whether a description reads as plural by its last word ("many contributors", "the
    ministers"; not "the press", "the news agency"): "it" never takes a plural group and
    "they" never a single body."""
    words = WORD.findall(phrase)
    last = words[-1].casefold() if words else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _mention_span(e: EntityMention) -> Span:
    return Span(e.start, e.end, e.text)


def _evidence(speaker: Speaker) -> Span:
    """Where a speaker's name was read: its own evidence, else its source mention."""
    if speaker.resolved_from is not None:
        return speaker.resolved_from
    return Span(speaker.start or 0, speaker.end or 0, speaker.text)
