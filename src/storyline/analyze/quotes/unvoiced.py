"""Cues of the attribution lexicon used for something nobody voiced: a wish, a search, a
perception, or a result one event shows.

PolNeAR annotates these as attributions (so they keep their source span), but a
reader shown "The company: more information on 12,000 claims" from "The company
is seeking more information on 12,000 claims", or "Smog: a pale blue sky" from
"Smog had cleared, revealing a pale blue sky", is shown words nobody said. The
checks read the parse only, with generic English vocabulary:

- a saying still to come of a thing ("The mayor will announce standards next week")
  has said nothing yet (words given in advance, "will say that ...", are kept);
- a wish with a clause of its own ("is hoping that the move will be seen as
  bold") is the writer's account of what someone wants, not their words;
- "seeking" a thing ("seeks more information", "sought damages") is an act;
- seeing or hearing "how", "what" or "where" something happened is a perception;
- a verb that only introduces quotations ("began", "continued") set right before the
  marks with no comma or colon takes the quoted words as its object ("saw the town
  begin 'counting its losses'"): nobody is quoted by it;
- a participle of a broad cue hung on a clause whose verb reports nothing
  ("the fog lifted, revealing a sky", "sales fell, showing a slump") is a result
  of that event, whatever its subject is.

An imperative naming verb opening its sentence ("Call it viral fundraising.") is the
writer giving a thing a name: no attribution at all (`writers_naming`).
"""

from __future__ import annotations

from typing import Any

from storyline.analyze.quotes.cues import cue_lemma, vocab

__all__ = ["quote_as_object", "unvoiced", "writers_naming"]

_FUTURE: frozenset[str] = vocab("will shall 'll wo")
"""Auxiliaries of a saying still to come ("will announce standards"): nothing is said yet."""
_WISHES: frozenset[str] = vocab("hope wish want")
"""Verbs of wanting: with a clause of their own they say what someone wants."""
_PERCEPTIONS: frozenset[str] = vocab("see hear notice watch sense")
_WH_WORDS: frozenset[str] = vocab("how what where when why who whom which whether")
_NAMING: frozenset[str] = vocab("call name dub term label")
"""Verbs that give a thing a name ("call it a fetish"): as an imperative, the writer's."""
_RESULTS: frozenset[str] = vocab("reveal show indicate signal suggest mean reflect")
"""Broad cues that, as a participle on an event's clause, give what the event showed."""


def unvoiced(verb: Any, lemma: str, content: tuple[Any, Any] | None, phrase: bool) -> bool:
    """Whether a cue verb with its `content` (`phrase`: an object, not a clause) reports
    something no one voiced: a saying to come, a wish, a search, a perception or an
    event's result."""
    if content is None:
        return False
    if phrase and any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children):
        return True
    first = content[0]
    if lemma in _WISHES:
        return not phrase and any(c.dep_ == "ccomp" for c in verb.children)
    if lemma == "seek":
        return phrase
    if lemma in _PERCEPTIONS:
        return not phrase and first.lower_ in _WH_WORDS
    if lemma in _RESULTS and phrase and verb.tag_ == "VBG" and verb.dep_ == "advcl":
        governor = verb.head
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        return not own_subject and cue_lemma(governor.lower_) is None
    return False


def writers_naming(verb: Any, lemma: str) -> bool:
    """Whether a naming verb is a bare imperative opening its sentence with a name for its
    object ("Call it the politics of pique."): no subject, so nobody but the writer names."""
    if lemma not in _NAMING or verb.tag_ != "VB" or verb.dep_ != "ROOT":
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in verb.children):
        return False
    if not any(c.dep_ == "oprd" for c in verb.children):
        return False
    before = verb.doc[verb.sent.start : verb.i]
    return all(t.is_punct or t.is_space for t in before)


def quote_as_object(verb: Any) -> bool:
    """Whether a quote-only verb runs straight into an opening quotation mark, with no comma
    or colon between ("saw the town begin “counting its losses”"): the quoted
    words are what is begun or continued, not what the subject says ("He began: “...")."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return following is not None and following.tag_ == "``"
