"""Whether the text speaks of someone of the other gender between a name and a pronoun.

"If Draga faced Faroud now , she would slap him , she told the paper": Draga stands as a
subject in the pronoun's own sentence and the article says nothing of Draga's gender, so
the nearest-subject rule (pronouns.py) would read "she" as Draga. The "him" between them
is most likely Draga, and the "she" someone else; a pronoun of the other gender there
means two people of different genders are spoken of, and the speaker is not guessed.
"""

from __future__ import annotations

import re

from storyline.analyze.quotes.discourse import Discourse, Person
from storyline.analyze.quotes.genders import Gender, gender_of_pronoun

__all__ = ["other_pronoun_after"]

_PRONOUN_WORD = re.compile(r"\b[A-Za-z]+\b")


def other_pronoun_after(d: Discourse, chosen: Person, start: int, gender: Gender) -> bool:
    """Whether an unquoted pronoun of the other gender than `gender` stands between the
    mention of `chosen`, a person of no known gender, and the pronoun at `start`."""
    if d.gender_of(chosen.name) is not None:
        return False
    for word in _PRONOUN_WORD.finditer(d.text, chosen.mention.end, start):
        said = gender_of_pronoun(word.group())
        if said is not None and said != gender and not d.quoted(word.start()):
            return True
    return False
