"""Who reported a figure whose attribution the quote lists hide.

The quotes stage marks the source of an attribution that states no words "unstated"
(analyze/quotes/shown.py): "BP reported a loss of $17 billion", "Norland confirmed 12
cases" are a body reporting a figure, not words anyone said, so no quote list shows them.
The figure is still the source's: a fact-checker reads "a loss of $17 billion" as BP's
figure, not an unsourced one. The unstated source keeps only its written span, never a
resolved name (a resolved name on it would be shown, and taken by the later rules of the
quotes stage, as a speaker), so the claims stage reads the name from that span itself:

- only for a cue whose object is itself what the source gave out ("report", "confirm",
  "announce": `OBJECT_STATEMENT_VERBS`); a wish, a deed or a stance ("wants", "attacked",
  "criticized") reports no figure of the source's;
- a span made of recognised names and the words that join them ("Norland and the UK
  earlier") is those names; any other span is a description ("One source", "A spokesman
  for Kestra Oil") shown as written when its head noun is someone who can speak; a
  pronoun is nobody, as the quotes stage resolves no pronoun of a hidden attribution.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.analyze.quotes.cues import cue_lemma
from storyline.analyze.quotes.shown import OBJECT_STATEMENT_VERBS
from storyline.analyze.quotes.speaking_sources import head_can_speak, name_can_speak
from storyline.model import EntityMention, Quote, Speaker

__all__ = ["hidden_source"]

_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_JOINING_TAGS = frozenset({"DT", "CC", ",", "RB", "RBR", "RBS"})
"""Tags of the words a span of names may hold besides the names: "the", "and", a comma,
an adverb the parse left in the subject ("Spain and the UK earlier")."""
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def hidden_source(q: Quote, pos: int, doc: Any, mentions: Sequence[EntityMention]) -> str | None:
    """Who reported the figure at `pos` inside quote `q` when its attribution states no
    words (its speaker marked "unstated"); None for any other quote or a source naming no
    one. `doc`: the article's parse (tags); `mentions`: its entity mentions in text order.

    What a source reports as an object follows its verb: a figure written before the
    source ("With oil below $75 a barrel, analysts expressed hope") is the writer's
    framing, not the source's report, and a source span the parse ended on a dash or
    bracket ("The survey of 102 managers -- conducted ... and reporting") is cut inside
    a phrase, not someone."""
    sp = q.speaker
    if sp is None or sp.resolution != "unstated" or sp.start is None or sp.end is None:
        return None
    if not sp.start < sp.end <= pos or cue_lemma(q.cue or "") not in OBJECT_STATEMENT_VERBS:
        return None
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or len(span) == 0 or span[-1].is_punct:
        return None
    names = [
        e for e in mentions if sp.start <= e.start and e.end <= sp.end and e.label in _NAME_LABELS
    ]
    rest = [t for t in span if not any(e.start <= t.idx < e.end for e in names)]
    if names and all(t.tag_ in _JOINING_TAGS for t in rest):
        shown = [e.canonical or " ".join(e.text.split()) for e in names]
        return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]
    written = Speaker(sp.text, sp.start, sp.end).name  # None for a pronoun
    head = _head(span)
    if written is None or head is None or not head_can_speak(head):
        return None
    return written if name_can_speak(written) else None


def _head(span: Any) -> Any | None:
    """The head noun of a source phrase: its last noun before any preposition ("One
    source", "A spokesman for Kestra Oil" -> spokesman)."""
    head = None
    for t in span:
        if t.tag_ == "IN" and head is not None:
            break
        if t.tag_ in _NOUN_TAGS:
            head = t
    return head
