"""Whether the text speaks of someone else between a name and a pronoun: of the other
gender (below), by the surname of someone of the pronoun's (`fitting_surname_after`), or
names since the last speaker someone known to fit it (`fitting_other_since`).

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
from storyline.analyze.quotes.given_names import given_name_gender

__all__ = ["fitting_other_since", "fitting_surname_after", "other_pronoun_after"]

_PRONOUN_WORD = re.compile(r"\b[A-Za-z]+\b")
_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")
"""A capitalised word right after a surname: it is one word of a longer name."""


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


def fitting_surname_after(d: Discourse, chosen: Person, start: int, gender: Gender) -> bool:
    """Whether the surname of another person the text or a given name says is of the
    pronoun's gender is written again between the mention of `chosen` and the pronoun
    ("Ana Ruiz ... a panel headed by Senator Tomas Vell. Ruiz quickly left town.
    And she said ..."), even where the recogniser tagged it nothing or an organisation:
    the text turned back to that person, whom the pronoun may as well mean."""
    own = chosen.name.split()[-1]
    fitting = {
        surname
        for p in d.people_before(start)
        if (surname := p.name.split()[-1]) != own
        and len(surname) > 2
        and (d.gender_of(p.name) or given_name_gender(p.name)) == gender
    }
    for surname in fitting:
        for hit in re.finditer(rf"\b{re.escape(surname)}\b", d.text[chosen.mention.end : start]):
            at = chosen.mention.end + hit.start()
            if _NAME_GOES_ON.match(d.text, at + len(surname)):
                continue  # "the Young Farmers Club", "the White House": a longer name's word
            # a mention tagged as a person is weighed as such (pronouns.py); only one left
            # untagged or tagged otherwise ("For Ruiz", read as a firm) is added here
            tagged = any(e.label == "PERSON" for e in d.overlapping(at, at + len(surname)))
            if not tagged and not d.quoted(at):
                return True
    return False


def fitting_other_since(
    d: Discourse, people: list[Person], since: int, name: str, gender: Gender
) -> bool:
    """Whether someone else named since the last speaker's source is known to fit the
    pronoun, by the text's own words or a given name that says it ("Tom Hale said ...
    Dan Brask took over. Rivals sued Brask after he testified": "he" may be Brask): the
    last speaker is then no safer a reading than they are, unless a sentence has made
    the speaker its subject again since ("... Brask won. Hale then left. `...,' he said")."""
    again = [p.mention.start for p in people if p.name == name and p.subject]
    since = max([since, *again])
    return any(
        p.mention.start > since
        and p.name != name
        and gender in (d.gender_of(p.name), given_name_gender(p.name))
        for p in people
    )
