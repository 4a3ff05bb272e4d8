"""How far a speaker read back from a pronoun can be trusted: withhold what is too far away.

A pronoun ("he said"), a relative pronoun ("who said") or a quote running on takes its
speaker from an earlier mention. Issue 14 asks for the nearest compatible speaker *in the
discourse*, or none, never a guess. When the resolver's candidate lies far back, the
pronoun is no longer read against it: on a page of readers' comments "I think ..." was
read back 575 sentences to a heading ("THE END"); in a broadcast transcript a host's "we"
was read back 104 sentences to his own name, though he was relaying others' words.

Measured by hand on 408 judged quotes of four in-sample readings (calibrate20, session
40): among speakers read back by a pronoun, a relative or a run-on quote, every right one
had its antecedent at most 14 sentences before the source, and every one farther than 46
sentences was wrong (9 of 9). `MAX_ANTECEDENT_SENTENCES` lies between the two, with room
on both sides. Such a speaker is shown to no one: its resolution becomes "withheld" and the
candidate stays as `resolved_from`, so the quote still lists (speaker unknown) and the
JSON says which name was found and not trusted. The source span is kept, so PolNeAR's
scoring, which reads only where the source is written, sees no change.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from storyline.model import Quote, Sentence, Speaker

__all__ = ["MAX_ANTECEDENT_SENTENCES", "READ_BACK", "far_antecedent", "withhold_far"]

MAX_ANTECEDENT_SENTENCES = 30
"""Sentences between an antecedent and the pronoun read back to it beyond which the
speaker is withheld: right ones were at most 14 back, wrong ones 47 and more (above)."""

READ_BACK = frozenset({"pronoun", "relative", "continuation"})
"""Resolutions that take the speaker from an earlier mention rather than from the words
of the source itself (a name, a role or a description written there)."""


def far_antecedent(speaker: Speaker, sentence_starts: Sequence[int]) -> bool:
    """Whether `speaker` was read back to a mention more than `MAX_ANTECEDENT_SENTENCES`
    sentences before its own source (`sentence_starts`: each sentence's start, ascending)."""
    evidence = speaker.resolved_from
    if speaker.resolution not in READ_BACK or evidence is None or speaker.start is None:
        return False
    here = bisect.bisect_right(sentence_starts, speaker.start)
    there = bisect.bisect_right(sentence_starts, evidence.start)
    return here - there > MAX_ANTECEDENT_SENTENCES


def withheld(speaker: Speaker) -> Speaker:
    """The same source, shown to no reader: resolution "withheld", the candidate kept as
    evidence of what was found and not trusted."""
    return Speaker(
        speaker.text, speaker.start, speaker.end, None, False, "withheld", speaker.resolved_from
    )


def withhold_far(quotes: list[Quote], sentences: Sequence[Sentence]) -> list[Quote]:
    """`quotes` with every speaker read back too far (`far_antecedent`) withheld."""
    starts = [s.start for s in sentences]
    return [
        replace(q, speaker=withheld(q.speaker))
        if q.speaker is not None and far_antecedent(q.speaker, starts)
        else q
        for q in quotes
    ]
