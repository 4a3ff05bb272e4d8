"""People named inside the words a trailing "he said" reports.

"Darnell Whitby was on probation for an earlier arrest , he said .": the clause before
", he said" is what was said, and a name inside it is who it is about. A writer who meant
Whitby as the speaker would have written "Whitby said he was on probation", so the name
is never the pronoun's antecedent (pronouns.py), however it stands as that clause's
subject; the pronoun goes to someone before, or stays unresolved.
"""

from __future__ import annotations

import re

from storyline.analyze.quotes.cues import vocab
from storyline.analyze.quotes.discourse import Discourse, Person

__all__ = ["reported_by_pronoun"]

_BEFORE = re.compile(r",\s*$")
"""A trailing or parenthetical cue follows a comma: "..., he said." / "The levy, he said, ..."."""
_CUE_AFTER = re.compile(r"\s*[A-Za-z]+\s+[a-z]+(?:\s+(?!that\b)[\w'’-]+){0,4}\s*[.,;!?]")
"""The pronoun, its verb and at most a few words (a date, "later", "in a statement")
before the clause ends: "he said .", "she added in 1998 ,"; never "he said that ..."."""
_SUBORDINATORS = vocab(
    "when after before as while if although though since because once until unless whereas"
)
"""A sentence opening with one of these puts its first clause under the pronoun's own
("When Whitby arrived , he said ."): that name may well be the pronoun's."""


def reported_by_pronoun(d: Discourse, person: Person, start: int) -> bool:
    """Whether `person` is named, in the pronoun's own sentence, inside the clause that a
    trailing or parenthetical "he said" at `start` reports."""
    here = d.sentence_of(start)
    if person.sentence != here or person.mention.start >= start:
        return False
    if not _BEFORE.search(d.text, max(0, start - 4), start):
        return False
    if not _CUE_AFTER.match(d.text, start):
        return False
    if ":" in d.text[person.mention.end : start]:
        # "Tom Hale was upbeat : the team would recover , he said": the reported words
        # begin after the colon; the clause before it is the writer's, and its subject
        # is who says them
        return False
    sentence = d.sentences[here]
    opener = d.text[sentence.start : person.mention.start].split()
    return not (opener and opener[0].casefold().strip("`'\"“") in _SUBORDINATORS)
