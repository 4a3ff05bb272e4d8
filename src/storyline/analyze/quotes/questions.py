"""Words the text quotes but nobody in the sentence said: a question put to someone, a
manner phrase set in scare quotes, and whom a pronoun after "asked <Name>" stands for.

- "..., Orlov said, when asked whether the council might authorize it": the "whether"
  clause is the reporter's question put TO Orlov, neither his statement nor that of the
  council named inside it. A bare participle "asked" (no subject of its own: "when
  asked", "if asked", "Asked whether", "was asked about") reports a question received.
- "Her husband drove their truck `` at high rate of speed '' to the bridge": quoted
  words that open with a preposition, hold no verb and stand inside the writer's own
  sentence are a phrase borrowed from a report (a scare quote), no words of the nearest
  name.
- "When I asked Tom Hale whether ..., he replied that ...": the one asked answers, so the
  "he" of the clause after is that person, not a name further back.

- "According to media reports, Ana Ruiz checked her machine and heard this : `` Will you
  marry me ? ''": the reports tell what happened; the words a colon sets after a verb of
  the sentence are someone's the text does not name, never the reports'.

Word classes only (prepositions, subordinators, verbs of asking), never names.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from storyline.analyze.quotes.attribution import Attribution
from storyline.analyze.quotes.cues import cue_lemma, vocab
from storyline.analyze.quotes.discourse import Discourse, mention_span
from storyline.analyze.quotes.genders import Gender
from storyline.model import EntityMention, Span

__all__ = ["asked_one", "asked_person", "heard_after", "question_received", "scare_phrase"]

_RECEIVED_BEFORE = re.compile(
    r"(?:^|[;:(]|\b(?:when|if|once|after|before|as|while|unless|being|was|were|is|are|been|be|"
    r"When|If|Once|After|Before|As|While|Unless|Being))\s*$"
)
"""What stands right before a participle "asked" that has no subject of its own: a clause
opener ("when asked"), the sentence's start ("Asked whether ..."), a passive auxiliary
("was asked about"). Not a comma: one closes an appositive as often as it opens a clause
("Dozens of residents , angry at the delay , asked whether ..." put the question); a bare
participle after a comma is read through the parse (agentless._question_put)."""
_QUESTION_OPENERS = vocab("whether if about why how what who when where which")


def question_received(text: str, a: Attribution) -> bool:
    """Whether an attribution's cue "asked" reports a question put to its subject ("when
    asked whether ...", "was asked about ...") rather than one its subject put."""
    if a.cue.casefold() != "asked":
        return False
    if not _RECEIVED_BEFORE.search(text[max(0, a.cue_start - 40) : a.cue_start]):
        return False
    if a.content is None:
        return True
    first = text[a.content[0] : a.content[0] + 20].split()
    return bool(first) and first[0].casefold() in _QUESTION_OPENERS


def heard_after(
    text: str, a: Attribution, mark_start: int, entities: Sequence[EntityMention]
) -> bool:
    """Whether quoted words an "according to" source covers are introduced by a colon of
    their own sentence after the source, in a clause about a person the source is not
    ("According to reports, Ana Ruiz ... heard this : `` ... ''"): the source reports the
    event, not the words. A person's own account ("According to Dr Ruiz, we are not there
    yet : `` ... ''") goes on in the words after the colon."""
    if a.cue != "according to" or a.cue_end > mark_start:
        return False
    colon = text.rfind(":", a.cue_end, mark_start)
    if colon < 0:
        return False
    # "According to the statement : `` ... ''": the colon follows the source itself, whose
    # words they are; only a clause of the sentence's own between makes them relayed
    after_source = a.source[1] if a.source is not None else a.cue_end
    if a.source is None or _WORD.search(text, after_source, colon) is None:
        return False
    people = [e for e in entities if e.label == "PERSON"]
    if any(a.source[0] <= e.start < a.source[1] for e in people):
        return False
    return any(after_source <= e.start < colon for e in people)


_PREPOSITIONS = vocab(
    "at in on by with without from into onto under over through across for toward towards "
    "against amid among behind beyond like near"
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_SCARE_WORDS = 8
"""Longest manner phrase read as a scare quote; a longer stretch may be words of its own."""


def scare_phrase(
    text: str, start: int, end: int, sentence_start: int, verbs: Sequence[int]
) -> bool:
    """Whether quoted words at text[start:end] are a short phrase the writer's sentence
    borrows: it opens with a lower-case preposition, holds no verb and follows words of
    the same sentence ("drove `` at high rate of speed '' to the bridge")."""
    words = _WORD.findall(text, start, end)
    if not words or len(words) > _SCARE_WORDS or words[0] not in _PREPOSITIONS:
        return False
    if not _WORD.search(text, sentence_start, start):
        return False
    i = bisect_left(verbs, start)
    return not (i < len(verbs) and verbs[i] < end)


_ASKING = vocab("asked questioned interviewed pressed quizzed")
_ASKED = re.compile(r"\b([a-z]+)\s+(?:[A-Z][a-z]*\.?\s+){0,2}$")
"""The verb right before a name, past up to two titles ("asked Mr. Hale")."""
_ANSWERS = vocab("reply respond answer retort counter")
_LEAD = re.compile(r"\s*(?:he|she|He|She)\s+(\w+)")
_ONLY_QUOTED = re.compile(r"\s*(?:``?|\"|“)[^`\"“”]*?(?:''|\"|”)\s*,?\s*")
"""A sentence's words before a pronoun that are all in quotation marks (`` `` Yes , '' ``)."""


def asked_one(
    text: str, people: Sequence[EntityMention], sentence_start: int, start: int
) -> EntityMention | None:
    """The person the pronoun at `start` stands for when its own sentence asked that
    person something just before ("When I asked Tom Hale whether ..., he replied"): the
    named object of a verb of asking, set off by a comma before the pronoun. Another
    person named between, or one named before the question and the pronoun's verb not
    an answer, leaves it to the usual reading."""
    before = [p for p in people if sentence_start <= p.start and p.end <= start]
    asked = [p for p in before if _object_of_asking(text, p, sentence_start)]
    if not asked:
        return None
    person = asked[-1]
    if any(p.start > person.start for p in before):
        return None  # someone named since: either may answer
    if "," not in text[person.end : start]:
        return None
    lead = _LEAD.match(text, start)
    answered = lead is not None and cue_lemma(lead.group(1)) in _ANSWERS
    if not answered and any(p.start < person.start for p in before):
        return None  # "Ana Ruiz asked Tom Hale ..., and she said": the asker may go on
    return person


def _object_of_asking(text: str, person: EntityMention, sentence_start: int) -> bool:
    m = _ASKED.search(text, max(sentence_start, person.start - 40), person.start)
    return m is not None and m.group(1) in _ASKING


def asked_person(d: Discourse, start: int, gender: Gender) -> tuple[str, Span] | None:
    """`asked_one` over an article's `Discourse`: the name and mention of the person the
    pronoun's sentence asked, when that person may be "he"/"she" by gender."""
    here = d.sentence_of(start)
    sentence = d.sentences[here]
    opening = sentence.start
    lead = _LEAD.match(d.text, start)
    if (
        here > 0
        and lead is not None
        and cue_lemma(lead.group(1)) in _ANSWERS
        and _ONLY_QUOTED.fullmatch(d.text, sentence.start, start) is not None
    ):
        # "Ruiz asked Brask , `` ... ? '' `` Yes , '' he responded": the answer set apart
        # as a sentence of its own, holding only the answer's words before its pronoun,
        # answers the question of the sentence before
        before = here - 1
        while (
            before > 0
            and _WORD.search(d.text, d.sentences[before].start, d.sentences[before].end) is None
        ):
            before -= 1  # a stray quotation mark the splitter set apart
        opening = d.sentences[before].start
    people = {p.mention.start: p for p in d.people_before(start)}
    people = {at: p for at, p in people.items() if at >= opening}
    chosen = asked_one(d.text, [p.mention for p in people.values()], opening, start)
    if chosen is None or d.quoted(chosen.start):
        return None
    person = people[chosen.start]
    return (person.name, mention_span(chosen)) if d.compatible(person.name, gender) else None
