"""How far a speaker read back from a pronoun can be trusted: withhold what is too far away.

A pronoun ("he said"), a relative pronoun ("who said") or a quote running on takes its
speaker from an earlier mention. Issue 14 asks for the nearest compatible speaker *in the
discourse*, or none, never a guess. When the resolver's candidate lies far back, the
pronoun is no longer read against it: on a page of readers' comments every "I think ..."
was read back hundreds of sentences to a page heading that looked like a turn's label.

Measured by hand on 408 judged quotes of four in-sample readings (calibrate20, session
40): among speakers read back by a pronoun, a relative or a run-on quote, every right one
had its antecedent at most 14 sentences before the source, and every one farther than 46
sentences was wrong (9 of 9). `MAX_ANTECEDENT_SENTENCES` lies between the two.

A far speaker is kept when the name it is shown as is written again within that distance
before it: a transcript introduces its guest once ("Ana Ruiz") and labels each turn again
("RUIZ : ... I think"), so the guest's "I" read back to the introduction is still right.
(Without this, the rule withheld about 35 right speakers in the readings' transcripts.)

A running chain of "he said"/"she said" is evidence the same way: a profile names its
subject once and quotes "he said" every few sentences after, each "he" read back to that
first name. Each kept third-person source counts as the name written again, so the distance
is measured from the nearest earlier "he"/"she" shown as the same name, not from the first
name. An "I" does not chain: on a comment page each reader's "I think" is read back to
the same far heading, and a run of them is no evidence that the heading still speaks.

A bare anaphoric description is withheld too (`withhold_bare`): a source written as a
determiner and one common noun ("the company", "this person", "its executives") points
back to someone the text named before; when no earlier mention was found for it
(anaphors.py found no fuller source, titled.py no one titled so), a reader shown "the
company" is told less than the text said, and across articles every "the company" falls
into one speaker. Readers judge it wrong (strict) wherever the text named it before. Only
after the text's first sentence: a notice opening on "The mayor said" has said nothing
for it to point back to. (Until session 41 such a source was shown as written.)
Measured on the six in-sample readings (withhold21, session 41; 511 judged quotes): 13
such speakers strict-wrong, 5 right (institutions and documents: "The military", "the
poll"); left out one reading at a time, strict precision rose in five readings; in the
sixth one right "The government" was withheld (76/78 -> 75/77). About 3% of the shown
speakers of a Timeline17 page are such sources.

A withheld speaker is shown to no one: its resolution becomes "withheld", so the quote
still lists (speaker unknown). The JSON says why: with `resolved_from`, the name found
too far back and not trusted; without, the source as written ("the company") was a bare
anaphor read back to nothing. The source span is kept, so PolNeAR's scoring, which reads
only where the source is written, sees no change.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from storyline.analyze.quotes.anaphors import bare_noun
from storyline.analyze.quotes.cues import vocab
from storyline.analyze.quotes.speaking_nouns import WRITING_NOUNS
from storyline.model import EntityMention, Quote, Sentence, Speaker

__all__ = ["MAX_ANTECEDENT_SENTENCES", "bare_anaphor", "withhold_bare", "withhold_far"]

MAX_ANTECEDENT_SENTENCES = 30
"""Sentences between an antecedent and the pronoun read back to it beyond which the
speaker is withheld: right ones were at most 14 back, wrong ones 47 and more (above)."""

_READ_BACK = frozenset({"pronoun", "relative", "continuation"})
"""Resolutions that take the speaker from an earlier mention rather than from the words
of the source itself (a name, a role or a description written there)."""


def _far_antecedent(speaker: Speaker, sentence_starts: Sequence[int]) -> bool:
    """Whether `speaker` was read back to a mention more than `MAX_ANTECEDENT_SENTENCES`
    sentences before its own source (`sentence_starts`: each sentence's start, ascending)."""
    evidence = speaker.resolved_from
    if speaker.resolution not in _READ_BACK or evidence is None or speaker.start is None:
        return False
    here = bisect.bisect_right(sentence_starts, speaker.start)
    there = bisect.bisect_right(sentence_starts, evidence.start)
    return here - there > MAX_ANTECEDENT_SENTENCES


def _withheld(speaker: Speaker) -> Speaker:
    """The same source, shown to no reader: resolution "withheld", the candidate kept as
    evidence of what was found and not trusted."""
    return Speaker(
        speaker.text, speaker.start, speaker.end, None, False, "withheld", speaker.resolved_from
    )


_WRITTEN = frozenset({"name", "role"})
"""Resolutions of a source that writes its name where it speaks (a name, "the minister")."""

_CHAINED = frozenset({"he", "she"})
"""Third-person pronoun sources which, once kept, stand for their name written again (a
profile's running "he said"); "I" is not one (the comment page above)."""


def _written_names(
    quotes: Sequence[Quote], mentions: Sequence[EntityMention]
) -> dict[str, list[int]]:
    """Where each name is written: entity mentions (by canonical name, else as written) and
    sources written as a name or a role (a transcript's turn label "RACHID :"), by the
    name a reader is shown; offsets ascending."""
    where: dict[str, list[int]] = {}
    for m in mentions:
        where.setdefault(m.canonical or m.text, []).append(m.start)
    for q in quotes:
        sp = q.speaker
        if sp is not None and sp.resolution in _WRITTEN and sp.start is not None and sp.name:
            where.setdefault(sp.name, []).append(sp.start)
    for offsets in where.values():
        offsets.sort()
    return where


def _named_near(
    speaker: Speaker, written: dict[str, list[int]], sentence_starts: Sequence[int]
) -> bool:
    """Whether the name `speaker` is shown as is written within `MAX_ANTECEDENT_SENTENCES`
    sentences before its source."""
    name = speaker.name
    if not name or speaker.start is None:
        return False
    offsets = written.get(name, [])
    k = bisect.bisect_left(offsets, speaker.start)
    if k == 0:
        return False
    here = bisect.bisect_right(sentence_starts, speaker.start)
    return here - bisect.bisect_right(sentence_starts, offsets[k - 1]) <= MAX_ANTECEDENT_SENTENCES


def withhold_far(
    quotes: list[Quote],
    sentences: Sequence[Sentence],
    mentions: Sequence[EntityMention] = (),
) -> list[Quote]:
    """`quotes` with every speaker read back too far (`_far_antecedent`) withheld, unless
    the name it is shown as is written near enough before it (`mentions`, and the quotes'
    own sources written as names or roles, and the kept "he"/"she" sources before it shown
    as the same name: a running chain)."""
    starts = [s.start for s in sentences]
    written = _written_names(quotes, mentions)
    out = list(quotes)
    # in source order, so that each kept "he"/"she" is written before the next one is read
    order = sorted(
        (q.speaker.start, i, q.speaker)
        for i, q in enumerate(quotes)
        if q.speaker is not None and q.speaker.start is not None
    )
    for at, i, sp in order:
        if _far_antecedent(sp, starts) and not _named_near(sp, written, starts):
            out[i] = replace(quotes[i], speaker=_withheld(sp))
        elif sp.resolution == "pronoun" and sp.text.lower() in _CHAINED and sp.name:
            bisect.insort(written.setdefault(sp.name, []), at)
    return out


_ANAPHORIC_DETERMINERS = frozenset({"the", "this", "that", "its"})
"""Determiners that point back to something named before ("the firm", "its chief"); not
"a"/"one" (a new, unnamed source: "a spokesman"), nor "his"/"her"/"their" (someone's
staff or colleagues, a relation the reader is told)."""
_SOLE_BODIES = vocab("government police army military navy")
"""Bodies a country has one of: "the police said" names its source as fully as the text
can, with nothing earlier to read it back to, and readers judge it right."""


def bare_anaphor(speaker: Speaker) -> bool:
    """Whether `speaker` is a description written as an anaphoric determiner and one
    lower-case noun ("The company", "this person") that was read back to nothing: no
    earlier mention (`resolved_from`), no name (`canonical`). A capitalised second word is
    a name ("The Guardian") and is left alone, and so is a body the country has one of ("The
    police") or a writing ("the report": the document is the source the text gives)."""
    if speaker.resolution != "description" or speaker.resolved_from is not None:
        return False
    if speaker.canonical:
        return False
    noun = bare_noun(speaker.text, _ANAPHORIC_DETERMINERS)
    return noun is not None and noun not in _SOLE_BODIES | WRITING_NOUNS


def withhold_bare(quotes: list[Quote], sentences: Sequence[Sentence]) -> list[Quote]:
    """`quotes` with every bare anaphoric description (`bare_anaphor`) after the text's
    first sentence withheld: resolution "withheld", no candidate (none was found), the
    source span kept. A text that opens on "The mayor said" introduces its mayor as the one
    the reader knows (a short notice, a headline); only after it has said something does a
    bare "the X" point back to what it said."""
    if not sentences:
        return quotes
    first_end = sentences[0].end
    return [
        replace(q, speaker=_withheld(q.speaker))
        if q.speaker is not None
        and q.speaker.start is not None
        and q.speaker.start >= first_end
        and bare_anaphor(q.speaker)
        else q
        for q in quotes
    ]
