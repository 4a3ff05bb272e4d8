"""A pronoun joined to others in one subject: "he and other officials said".

"Brandt admitted there had been debate , but he and other ministry officials said ...":
the pronoun names a person the text has just named, and the phrase is that person and the
others. Left as written, a reader sees "he and other ministry officials", with no one
named; read back, "Rolf Brandt and other ministry officials". The pronoun is read exactly
as a lone "he said" would be (pronouns.pronoun_antecedent): nobody is guessed where that
would guess nobody. A joined name is shown in place of the pronoun a reader could have
weighed, so it needs more than the lone pronoun's nearest-subject guess: the article's own
words give the person the pronoun's gender (`genders.person_genders`: a title, a gendered
noun, the pronouns after them). "Ana Ruiz said Tom Berne had lied . Berne denied it , but
she and two other members said ...": with no gender given to either, "Tom Berne and two
other members" would show the accused voting himself out; the phrase stays as written.
"""

from __future__ import annotations

from storyline.analyze.quotes.discourse import Discourse
from storyline.analyze.quotes.genders import gender_of_pronoun
from storyline.analyze.quotes.pronouns import pronoun_antecedent
from storyline.model import Speaker

__all__ = ["pronoun_and_others"]

_SUBJECT_PRONOUNS = frozenset({"he", "she"})


def pronoun_and_others(d: Discourse, start: int, end: int, words: list[str]) -> Speaker | None:
    """The speaker of "he and <others>" at text[start:end] (`words` its lower-case words):
    the pronoun's person and the others, shown together; None when the phrase has no such
    shape or the pronoun cannot be read."""
    if len(words) < 3 or words[0] not in _SUBJECT_PRONOUNS or words[1] != "and":
        return None
    gender = gender_of_pronoun(words[0])
    if gender is None:
        return None
    found = pronoun_antecedent(d, start, gender)
    if found is None:
        return None
    name, evidence = found
    if name is None or d.gender_of(name) != gender:
        return None  # the pronoun read by proximity alone: shown as written
    surface = d.text[start:end]
    rest = surface.split(None, 1)[1]
    return Speaker(surface, start, end, f"{name} {rest}", True, "pronoun", evidence)
