"""The gender a person's given name says, where the name leaves little doubt.

"'I never returned any of his calls,' she once said", right after "Vern Dalby": the
article's own words (genders.py) may say nothing of Dalby's gender, yet few readers would
take "she" for a man called Vern. The given names are read from the US Census 1990
first-name frequency lists by sex that the `names` package ships (dist.male.first,
dist.female.first: the percentage of men, resp. women, bearing each name). A name is taken
as one sex's only when that sex's frequency is at least `CLEAR_RATIO` times the other's
(a name absent from one list counts half that list's floor there, since the lists stop at
0.004 and 0.001 percent); "Terry", "Jean", "Leslie" or a rare "Ji" stay unknown, and so
does every name the lists do not hold. A title before the name ("Mrs.", "King") says
the gender first.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from storyline.analyze.quotes.cues import vocab
from storyline.analyze.quotes.genders import Gender, title_gender

__all__ = ["CLEAR_RATIO", "given_name_gender"]

CLEAR_RATIO = 10.0
"""How many times more frequent among one sex a given name must be to be taken as that
sex's. On the in-sample ECB+ articles (the people genders.py gives a gender) the lists
agree 330 times and disagree 15 at 10, on 10 names, every one a person the article's nouns
and pronouns had wrong (a man's agent voted "she"); 3 and 5 add one name borne by both
sexes, 20 loses 29 agreements for one disagreement."""


def given_name_gender(name: str) -> Gender | None:
    """The gender the name's title or given name clearly says ("Mrs. Ana Ruiz", "Tomas
    Vell"), None when neither does. A single word is taken as a surname and says nothing
    ("Page"), nor does an initial ("J. Vell")."""
    words = name.split()
    while words and title_gender(words[0]) is None and words[0].casefold() in _NEUTRAL_TITLES:
        words = words[1:]
    if not words:
        return None
    said = title_gender(words[0])
    if said is not None:
        return said
    if len(words) < 2:
        return None
    given = words[0].split("-")[0]
    if not (given.isalpha() and given[:1].isupper() and len(given) > 1):
        return None
    shares = _frequencies()
    if given.upper() not in shares or given.casefold() in _OTHER_SEX_ELSEWHERE:
        return None
    male, female = shares[given.upper()]
    # a name missing from one list is below that list's floor, not absent from that sex
    # ("Ji" is on the women's list at 0.001 only): it counts as half the floor
    male = male or _floors()[0] / 2
    female = female or _floors()[1] / 2
    if male >= CLEAR_RATIO * female:
        return "m"
    if female >= CLEAR_RATIO * male:
        return "f"
    return None


_NEUTRAL_TITLES = vocab(
    "dr dr. prof prof. professor judge justice sen sen. senator rep rep. representative "
    "gov gov. governor president minister gen gen. general col col. colonel capt capt. "
    "captain lt lt. sgt sgt. officer detective coach rev rev. mayor chancellor"
)
"""Titles that say nothing of the gender and stand before a given name ("Judge Ana Ruiz")."""

_OTHER_SEX_ELSEWHERE = vocab("andrea michele joan toni kari ashley lindsay laurence")
"""Given names the US lists give one sex that another country gives mostly the other, and
that world news writes often: Italian men are Andrea and Michele, Catalan men Joan, German,
Croatian and Finnish men Toni, Finnish and Norwegian men Kari, British men Ashley and
Lindsay, French women Laurence. A "he" after "Andrea Ferrante", the Italian coach, is him:
the lists cannot say so, so these say nothing."""


@cache
def _floors() -> tuple[float, float]:
    """The smallest share each list holds (men's, women's): the lists stop there."""
    listed = _frequencies().values()
    return (min(m for m, _ in listed if m > 0), min(f for _, f in listed if f > 0))


@cache
def _frequencies() -> dict[str, tuple[float, float]]:
    """Given name (upper case) -> (percent of men, percent of women) bearing it."""
    out: dict[str, tuple[float, float]] = {}
    for index, listing in enumerate(("dist.male.first", "dist.female.first")):
        text = files("names").joinpath(listing).read_text(encoding="ascii")
        for line in text.splitlines():
            fields = line.split()
            if len(fields) < 2:
                continue
            male, female = out.get(fields[0], (0.0, 0.0))
            share = float(fields[1])
            out[fields[0]] = (share, female) if index == 0 else (male, share)
    return out
