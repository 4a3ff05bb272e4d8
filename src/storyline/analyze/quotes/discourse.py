"""What speaker resolution remembers of one article: the people it names, who spoke.

The resolver (speakers.py) reads names written in a source phrase; the pronoun
rules (pronouns.py) read this state to find an antecedent. Both need the same
facts about each person mention -- which sentence it is in, whether it stands
as that sentence's subject, whether it lies inside quotation marks or a credit
line -- so they are computed once here, in one place.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from storyline.analyze.quotes.cues import cue_lemma, vocab
from storyline.analyze.quotes.genders import Gender, person_genders
from storyline.analyze.quotes.given_names import given_name_gender
from storyline.analyze.quotes.nonspeakers import credit_spans, in_label_role
from storyline.analyze.quotes.source_heads import POSSESSIVE, PREPOSITIONS, WORD
from storyline.model import EntityMention, Sentence, Span, Speaker

__all__ = ["Discourse", "Person", "Said", "evidence_of", "mention_span", "plural"]

_FUNCTION_WORDS = PREPOSITIONS | vocab(
    "below above here there now then today meanwhile also still yet however thus hence "
    "the a an this that these those it its his her their our"
)
"""Words that begin a sentence with a capital and that a tagger may take for a name
("Below is a video of ..."): a lone one is never a person a pronoun can stand for."""
_AFTER_A_NAME = PREPOSITIONS | vocab(
    "and or but nor who whom whose which that himself herself also too alone still then now "
    "never not just only even already again later once first ever since both each all yet "
    "instead whether if why how what where when"
)
"""Lower-case words that may follow a person's name without being a noun the name
modifies ("Ana Ruiz also said", "Tom Hale himself", "asked Tom Hale whether")."""
_AFTER_A_VERB = vocab(
    "into onto to at from through across out up down off back a an the his her their"
)
"""Words that follow a verb, not a noun a name modifies ("burst into", "tore up the")."""


_INVERTED_REPLY = re.compile(r" ?, ([a-z]+) [A-Z][a-z]")
"""A comma, a lower-case verb and a capitalised word: "..., retorted Ron"."""
_OPENING_PHRASE = re.compile(r"\s*([A-Z][a-z]+)\b([^,.;:!?\n]{1,120}),")
"""A sentence's first word and what follows it up to the first comma."""


@dataclass(frozen=True, slots=True)
class Said:
    """A speaker already resolved, with where its source stands and what it names."""

    pos: int
    speaker: Speaker
    label: str | None


@dataclass(frozen=True, slots=True)
class Person:
    """A person mention with its sentence and whether it stands as that sentence's subject."""

    mention: EntityMention
    name: str
    sentence: int
    subject: bool


class Discourse:
    """The people an article names and the speakers resolved so far, in text order.

    `verbs` are the character offsets of the article's verb tokens (from the
    tagger) and `quoted` says whether an offset lies inside quotation marks;
    both are optional, and without them every person counts as a subject and no
    mention is set aside as quoted. `turns` are the offsets of transcript-turn
    labels, where one person's words begin.
    """

    def __init__(
        self,
        text: str,
        entities: Sequence[EntityMention],
        sentences: Sequence[Sentence] = (),
        verbs: Sequence[int] = (),
        quoted: Callable[[int], bool] | None = None,
        turns: Sequence[int] = (),
    ) -> None:
        self.text = text
        self.turns = sorted(turns)
        self.entities = sorted(entities, key=lambda e: e.start)
        self.starts = [e.start for e in self.entities]
        self.sentences = list(sentences) or [Sentence(0, len(text))]
        self.sentence_starts = [s.start for s in self.sentences]
        self.verbs = sorted(verbs)
        self.quoted = quoted or (lambda _: False)
        self.genders = person_genders(
            text, self.entities, self.sentences, quoted, given_name_gender
        )
        self.bound: dict[str, Gender] = {}
        self.credits = credit_spans(text)
        self.people = [
            self._person(e)
            for e in self.entities
            if e.label == "PERSON"
            and not self.credits.covers(e.start)
            and not in_label_role(text, e.start)
            and e.text.casefold() not in _FUNCTION_WORDS
            and not self.modifier(e)
            and not self.retort_word(e)
        ]
        self.people_starts = [p.mention.start for p in self.people]
        self.history: list[Said] = []
        self.continued: list[tuple[int, Gender, Span]] = []
        """Where a "he"/"she" was read to an unnamed person ("said a resident ... She said"),
        its gender and the description: the person a later "the woman" names again
        (descriptions.py)."""
        self.left_open: list[tuple[int, Gender]] = []
        """Where a "he"/"she" was left unresolved, and its gender: the text had made the
        person ambiguous there (pronouns.py)."""
        self._surnames: set[str] | None = None
        self._narrated: list[Sentence] | None = None

    def turn_said(self, pos: int) -> Said | None:
        """The resolved label of the transcript turn offset `pos` lies in ("HALE : I think
        ..."), None outside a transcript or when the label was resolved to nobody."""
        i = bisect_left(self.turns, pos) - 1
        if i < 0:
            return None
        label = self.turns[i]
        return next((s for s in reversed(self.history) if s.pos == label), None)

    def turn_label(self, pos: int) -> tuple[int, int] | None:
        """The span of the label of the transcript turn offset `pos` lies in (the words
        from the turn's start to its colon), None outside a transcript."""
        i = bisect_left(self.turns, pos) - 1
        if i < 0:
            return None
        start = self.turns[i]
        colon = self.text.find(":", start, pos)
        return (start, len(self.text[:colon].rstrip())) if colon > start else None

    def turn_speaker(self, pos: int) -> str | None:
        """The name of whoever's transcript turn ("ZAKARIA: ...", a label at a line's start)
        offset `pos` lies in: the last turn label before it, as resolved; None outside a
        transcript or when the label named nobody."""
        i = bisect_left(self.turns, pos) - 1
        if i < 0:
            return None
        label = self.turns[i]
        said = next((s for s in reversed(self.history) if s.pos == label), None)
        return said.speaker.canonical if said is not None else None

    def is_verb(self, pos: int) -> bool:
        """Whether a verb token starts at offset `pos` (False without the tagger's verbs)."""
        i = bisect_left(self.verbs, pos)
        return i < len(self.verbs) and self.verbs[i] == pos

    def people_before(self, pos: int) -> list[Person]:
        """The people named before offset `pos`, in text order."""
        return self.people[: bisect_left(self.people_starts, pos)]

    def people_between(self, lo: int, hi: int) -> list[Person]:
        """The people named after offset `lo` and before `hi`."""
        return self.people[
            bisect_right(self.people_starts, lo) : bisect_left(self.people_starts, hi)
        ]

    def sentence_of(self, pos: int) -> int:
        """The index of the sentence holding offset `pos`."""
        return max(0, bisect_right(self.sentence_starts, pos) - 1)

    def gender_of(self, name: str) -> Gender | None:
        """The gender the article gives `name`: its own words first, else what a possessive
        bound to it says ("said Tom Hale. His wife, ..."); None when nothing says."""
        return self.genders.get(name) or self.bound.get(name)

    def compatible(self, name: str, gender: Gender) -> bool:
        """Whether the article's own words, and a given name that clearly says a gender
        (given_names.py), let a pronoun of `gender` stand for `name`. The given name only
        rules a pronoun out: it is no evidence that one of two people fits better than the
        other, whose name the lists may simply not hold ("Tomas Varga ... Viktor Halden")."""
        if self.gender_of(name) not in (None, gender):
            return False
        return self.genders.get(name) is not None or given_name_gender(name) in (None, gender)

    def bind(self, name: str, gender: Gender) -> None:
        """Remember the gender a possessive gives `name` ("His wife, Ana Hale," after Tom
        Hale spoke). An earlier "he said" resolved to someone is no such evidence: that
        resolution may itself be wrong, and would then block the right one later."""
        self.bound.setdefault(name, gender)

    def overlapping(self, start: int, end: int) -> list[EntityMention]:
        """The entity mentions overlapping text[start:end]."""
        i = max(0, bisect_left(self.starts, start) - 1)
        out = []
        while i < len(self.entities) and self.entities[i].start < end:
            e = self.entities[i]
            if e.end > start:
                out.append(e)
            i += 1
        return out

    def label_of(self, speaker: Speaker) -> str | None:
        """The entity label of the mention a speaker was resolved from, if any."""
        evidence = speaker.resolved_from
        if evidence is None:
            return None
        for e in self.overlapping(evidence.start, evidence.end):
            if e.start == evidence.start:
                if e.label == "ORG" and self._person_named(e.text):
                    return "PERSON"
                return e.label
        return None

    def _person_named(self, name: str) -> bool:
        """Whether a name the tagger called an organisation is a person's the article names
        elsewhere ("Keira Fuld" tagged ORG once, "Dr Fuld" a person later): first and last
        word both capitalised and the last one a person's surname here."""
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            return False
        if self._surnames is None:
            self._surnames = {
                e.text.split()[-1]
                for e in self.entities
                if e.label == "PERSON" and not self.credits.covers(e.start)
            }
        return words[-1] in self._surnames

    def narrated_sentences(self) -> list[Sentence]:
        """The sentences that do not open inside quotation marks: the narration's own, not a
        speaker's words. Filtered once per article: a long page asks for every pronoun."""
        if self._narrated is None:
            self._narrated = [s for s in self.sentences if not self.quoted(s.start)]
        return self._narrated

    def said(self, pos: int, speaker: Speaker, label: str | None) -> Speaker:
        """Remember a resolved speaker (a name or a description) for later pronouns."""
        if speaker.canonical or speaker.resolution == "description":
            self.history.append(Said(pos, speaker, label))
        return speaker

    def forget(self, speaker: Speaker, holders: Sequence[tuple[int, int]] = ()) -> None:
        """Drop a resolution from the history: that very one (by identity), never an
        earlier one. An unnamed source marked as stating nothing (`unstated_speaker`, a
        copy of the resolution) and written inside one of the `holders`' words ("Hale said
        a senator knew of it") drops the description it was copied from, which a later
        "he" would otherwise continue. A name reported so stays: the pronoun rules weigh
        the people an article names whether or not they spoke."""
        if speaker.resolution == "unstated" and speaker.start is not None:
            inside = any(lo <= speaker.start < hi for lo, hi in holders)
            same = [
                s
                for s in self.history
                if inside
                and s.speaker.start == speaker.start
                and s.speaker.end == speaker.end
                and s.speaker.text == speaker.text
                and s.speaker.resolution == "description"
            ]
            if same:
                speaker = same[-1].speaker
        self.history = [s for s in self.history if s.speaker is not speaker]

    def modifier(self, e: EntityMention) -> bool:
        """Whether a name tagged as a person only modifies the common noun after it ("the
        Ocean Star rig", "the Dahl administration"): a thing named after someone, not a
        person a pronoun ("he said") can stand for. Needs the tagger's verbs: without
        them "Ana Ruiz told" could not be told from "Ana Ruiz rig"."""
        if not self.verbs:
            return False
        after = WORD.match(self.text, e.end + 1) if self.text[e.end : e.end + 1] == " " else None
        if after is None:
            return False
        word = after.group()
        if not (word.isalpha() and word.islower()) or word.endswith("ly"):
            return False
        if word in _AFTER_A_NAME:
            return False
        i = bisect_left(self.verbs, after.start())
        if i < len(self.verbs) and self.verbs[i] == after.start():
            return False
        return not self._opens_with_untagged_verb(e, after.end())

    def _opens_with_untagged_verb(self, e: EntityMention, word_end: int) -> bool:
        """Whether a name opening its sentence is followed by a word and then a preposition
        or an article ("Lina Darvesh burst into a hotel"): the word is the verb the tagger
        missed, not a noun the name modifies ("Dahl administration officials said")."""
        opening = self.sentences[self.sentence_of(e.start)].start if self.sentences else 0
        if self.text[opening : e.start].strip("`'\" \n"):
            return False
        nxt = (
            WORD.match(self.text, word_end + 1)
            if self.text[word_end : word_end + 1] == " "
            else None
        )
        return nxt is not None and nxt.group() in _AFTER_A_VERB

    def retort_word(self, e: EntityMention) -> bool:
        """Whether a one-word "name" opening its sentence is the words someone answered
        ("Nonsense , replied Ron - ..."): a capitalised word set off by a comma before an
        inverted reporting verb and its own subject. The tagger may call it a person, but
        it is what was said, and a later "he explained" is Ron's, never that word's."""
        opening = self.sentences[self.sentence_of(e.start)].start
        if " " in e.text.strip() or self.text[opening : e.start].strip():
            return False
        m = _INVERTED_REPLY.match(self.text, e.end)
        return m is not None and cue_lemma(m.group(1)) is not None

    def _person(self, e: EntityMention) -> Person:
        sentence = self.sentence_of(e.start)
        return Person(e, e.canonical or e.text, sentence, self.subject_like(e, sentence))

    def subject_like(self, e: EntityMention, sentence: int) -> bool:
        """A mention standing where a subject stands: before its sentence's first verb, not
        behind a preposition, not owning a noun ("Smith's regime")."""
        if POSSESSIVE.match(self.text, e.end):
            return False
        if self.inverted_subject(e):
            return True
        # only the mention's own sentence: "... said Ana Ruiz on Monday. Tom Hale was
        # working" -- the "on" before "Monday" is no preposition governing "Tom Hale"
        begin = self.sentences[sentence].start
        opening = self.opening_phrase_end(begin)
        if opening is not None:
            if e.start < opening:
                return False
            begin = opening
        words = WORD.findall(self.text[max(0, begin, e.start - 80) : e.start])
        while words and words[-1].casefold() not in PREPOSITIONS:
            if not (words[-1][:1].isupper() or words[-1].casefold() in {"and", "or", "&"}):
                break
            words.pop()  # "between Anna Berg and Lena Holm": the names share the preposition
        if _passive_agent(words):
            return True  # "This point was backed by Ana Ruiz": she is who backed it
        if words and words[-1].casefold() in PREPOSITIONS:
            return False
        if not self.verbs:
            return True
        before = self.verbs[bisect_left(self.verbs, begin) : bisect_left(self.verbs, e.start)]
        # "Acting Director Ana Ruiz", "Harbour-based spokesman Tom Hale": a capitalised
        # title word or a hyphened modifier the tagger calls a verb is no verb of the clause
        return not any(self._clause_verb(v) for v in before)

    def inverted_subject(self, e: EntityMention) -> bool:
        """Whether a name stands right after a comma and a reporting verb ("Absurd ,
        retorted Ron", "..., said Ana Ruiz"): the subject of that verb, set after it."""
        words = self.text[max(0, e.start - 40) : e.start].split()
        return len(words) >= 2 and words[-2] == "," and cue_lemma(words[-1]) is not None

    def opening_phrase_end(self, begin: int) -> int | None:
        """Where a sentence's opening participial or prepositional phrase ends, after its
        comma ("Appearing before a Senate panel in Lyon, Ana Ruiz said"): a name inside it
        ("Senate") is no subject. The phrase must hold a lower-case word, so a title
        ("Acting Director Ana Ruiz said") is no such phrase; None when the sentence opens
        otherwise."""
        m = _OPENING_PHRASE.match(self.text, begin)
        if m is None or not any(w[:1].islower() for w in WORD.findall(m.group(2))):
            return None
        first = m.group(1)
        if first.casefold() not in PREPOSITIONS:
            if not first.endswith(("ing", "ed")) or not self.verbs:
                return None
            i = bisect_left(self.verbs, m.start(1))
            if i == len(self.verbs) or self.verbs[i] != m.start(1):
                return None  # "Sterling, ...": a word in -ing the tagger took for no verb
        return m.end()

    def _clause_verb(self, offset: int) -> bool:
        token = WORD.match(self.text, offset)
        word = token.group() if token else ""
        joined = offset > 0 and self.text[offset - 1] == "-"
        return word[:1].islower() and "-" not in word and not joined


_BE = vocab("is are was were be been being")


def _passive_agent(words: list[str]) -> bool:
    """Whether the words before a name end in a passive verb and "by" ("was backed by",
    "were echoed by"): the name is the one who did it, the clause's subject in sense."""
    return (
        len(words) >= 3
        and words[-1].casefold() == "by"
        and words[-3].casefold() in _BE
        and words[-2].casefold().endswith(("ed", "en", "wn"))
    )


def plural(phrase: str) -> bool:
    """Whether a description reads as plural by its last word ("many contributors", "the
    ministers"; not "the press", "the news agency"): "it" never takes a plural group and
    "they" never a single body."""
    words = WORD.findall(phrase)
    last = words[-1].casefold() if words else ""
    if last in _IRREGULAR_PLURALS:
        return True  # "most people", "the police": never an "it"
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


_IRREGULAR_PLURALS = vocab("people men women children police folk cattle")


def mention_span(e: EntityMention) -> Span:
    """The evidence span of an entity mention."""
    return Span(e.start, e.end, e.text)


def evidence_of(speaker: Speaker) -> Span:
    """Where a speaker's name was read: its own evidence, else its source mention."""
    if speaker.resolved_from is not None:
        return speaker.resolved_from
    return Span(speaker.start or 0, speaker.end or 0, speaker.text)
