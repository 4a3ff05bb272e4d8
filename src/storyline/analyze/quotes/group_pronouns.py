"""Which speaker a group pronoun source ("they said", "it said") stands for: the previous
speaker when that was a group or an organisation, people made a sentence's subject since,
or for "it" an organisation heading a nearer clause. Kept apart from pronouns.py, which
resolves "he"/"she", because the two share no rule, only the look-back distance."""

from __future__ import annotations

import re

from storyline.analyze.quotes.body_subjects import described_body_subject
from storyline.analyze.quotes.discourse import Discourse, evidence_of, mention_span, plural
from storyline.analyze.quotes.pronouns import LOOKBACK_CHARS
from storyline.analyze.quotes.referents import group_subject, names_a_person
from storyline.analyze.quotes.untagged_people import heads_clause
from storyline.model import EntityMention, Span, Speaker, SpeakerResolution

__all__ = ["group_pronoun"]

_GROUP_LABELS = frozenset({"ORG", "GPE", "NORP"})
_BODY_LABELS = frozenset({"ORG", "GPE"})
"""Bodies an "it" may stand for: an organisation, or a country or city as its government."""
_COPULA_BEFORE = re.compile(
    r"\b(?:[Ii]t|[Tt]his|[Tt]hat)\s+(?:was|is)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:work|doing)\s+of\s+(?:the\s+)?)?$"
)
"""What makes a body the predicate that identifies someone ("It was the Red Hand group")."""
_AFTER_COMMA = re.compile(r",\s*$")
"""A pronoun source set after its words ("..., they said"): a trailing attribution."""


def group_pronoun(d: Discourse, start: int, end: int, singular: bool) -> Speaker:
    """ "they said" / "it said": the previous speaker, when that was a body or a group; for
    "it", an organisation named as the subject of a nearer sentence comes first ("The
    agency met on Tuesday, and it declared ..."): an organisation's "it" is that
    organisation, never the person who last spoke."""
    surface = d.text[start:end]
    if not singular:
        group = _people_since(d, start)
        if group is not None:
            return Speaker(surface, start, end, None, False, *group)
    body = _subject_organisation(d, start) if singular else None
    described = _described_body(d, start) if singular and body is None else None
    if described is not None:
        return Speaker(surface, start, end, None, False, "pronoun", described)
    for said in reversed(d.history):
        if said.pos >= start:
            continue
        if start - said.pos > LOOKBACK_CHARS:
            break
        if body is not None and said.pos < body.start:
            break
        sp = said.speaker
        if said.label == "PERSON":
            break
        group_like = said.label in _GROUP_LABELS or (
            sp.resolution == "description"
            and singular != plural(sp.text)
            # "A ministry spokesperson said ... It declared": "it" is no person
            and not (singular and names_a_person(sp.text))
        )
        if group_like:
            if _body_predicated_since(d, said.pos, start):
                break  # "police said ... It was the Red Hand group. They said": either
            evidence = evidence_of(sp)
            return Speaker(surface, start, end, sp.canonical, sp.named, "pronoun", evidence)
        break
    if body is not None:
        name = body.canonical or body.text
        speaker = Speaker(surface, start, end, name, True, "pronoun", mention_span(body))
        return d.said(start, speaker, body.label)
    return Speaker(surface, start, end, None, False, "unresolved")


def _described_body(d: Discourse, start: int) -> Span | None:
    """A body described, not named, as the subject of the "it"'s sentence or the one
    before, after the last source (body_subjects.py): what the "it" stands for."""
    latest = next((s for s in reversed(d.history) if s.pos < start), None)
    lo = max(0, start - LOOKBACK_CHARS)
    if latest is not None and latest.pos > lo:
        lo = latest.pos + 1
    found = described_body_subject(d.text, d.sentences, d.verbs, lo, start)
    if found is None or found[0] < d.sentence_of(start) - 1:
        return None
    return found[1]


def _people_since(d: Discourse, start: int) -> tuple[SpeakerResolution, Span | None] | None:
    """How a "they" reads when several unnamed people became a sentence's subject after the
    last source spoke ("Kestrel Mining said ... Protesters gathered outside. They said"):
    those people when they are the subject of the pronoun's sentence or the one before
    (shown by the phrase that names them), else nobody, since the pronoun may mean them as
    well as the source before. None when no such people stand after the last source."""
    latest = next((s for s in reversed(d.history) if s.pos < start), None)
    lo = max(0, start - LOOKBACK_CHARS)
    if latest is not None and latest.pos > lo:
        lo = latest.pos + 1
    hi = start
    if _AFTER_COMMA.search(d.text, max(0, start - 4), start):
        # "Eleven patients have gone home, they said": the people the reported words are
        # about stand in those words, and no one there is who said them
        hi = min(hi, d.sentences[d.sentence_of(start)].start)
    found = group_subject(d.text, d.sentences, d.verbs, lo, hi)
    if found is None:
        return None
    sentence, phrase = found
    if sentence >= d.sentence_of(start) - 1:
        return "pronoun", phrase
    return "unresolved", None


def _subject_organisation(d: Discourse, start: int) -> EntityMention | None:
    """The organisation or place that is the last body named before the pronoun, in its
    sentence or the sentence just before, when it heads its clause ("The agency met", "NATO
    agrees"): not a modifier ("The BP report makes") nor behind a nearer body ("... for
    NATO, the United States says it"); None otherwise."""
    here = d.sentence_of(start)
    lo = d.sentences[max(0, here - 1)].start
    bodies = [
        e
        for e in d.overlapping(lo, start)
        if e.label in _BODY_LABELS and e.start >= lo and e.end <= start and not d.quoted(e.start)
    ]
    if not bodies:
        return None
    last = bodies[-1]
    sentence = d.sentence_of(last.start)
    if not d.subject_like(last, sentence) or not heads_clause(d, last):
        return None
    subjects = {
        e.canonical or e.text
        for e in bodies
        if d.sentence_of(e.start) == sentence and d.subject_like(e, sentence)
    }
    return last if len(subjects) == 1 else None  # "The board and the authority met"


def _body_predicated_since(d: Discourse, since: int, start: int) -> bool:
    """Whether a group or organisation is named as what "it was" after the last source and
    in the pronoun's sentence or the one before ("police said ... It was the Red Hand
    group. They said"): the text has made that body the one in view, so the pronoun may
    mean it as well as the source before, and it is not guessed."""
    lo = max(since + 1, d.sentences[max(0, d.sentence_of(start) - 1)].start)
    for e in d.overlapping(lo, start):
        if e.label not in _GROUP_LABELS or e.start < lo or d.quoted(e.start):
            continue
        if _COPULA_BEFORE.search(d.text, max(0, e.start - 40), e.start):
            return True
    return False
