"""Counts of things no category names, lined up by what they count.

The claim stage gives a category (killed, cases, money...) to the counts it
knows; the rest are "other": the customers a data breach affected, the votes
of an election count, the identity numbers stolen. Such a count is often the
story's central quantity, and a reader checks it across outlets as much as a
death toll: "2.1 million customers" one day and "4.6 million customers" two
days later is a series, and "a lead of 6,443 votes" against a campaign's
"ahead by 9,000 votes" the same day is a disagreement.

A count of this kind is filed under its counted noun ("customer", "vote"),
and the noun is the series' label. A margin ("a lead of 6,443 votes", "won by
1,214 votes") is another quantity than a total of the same noun and is filed
apart. Durations and measures ("three years", "40 km") are no counts of
anything a story reports on and are not lined up. A noun counted in only one
article or two of a story is a detail, not the story's quantity: the ledger keeps a
series of such a noun only when a good share of the story's articles report it
(`central`).
"""

from __future__ import annotations

import re

from storyline.corpus.ledger.keys import latin_safe_singular

__all__ = [
    "CENTRAL_SHARE",
    "COUNTED",
    "MARGIN",
    "MIN_ARTICLES",
    "central",
    "counted_group",
    "counted_label",
    "counted_unit",
    "disputable",
    "is_counted_group",
    "is_counted_key",
]

COUNTED = "other"
"""The claim stage's category of a count it gives no category of its own."""
MARGIN = "lead"
"""The subject of a margin: how far one side is ahead, not how many there are."""
MIN_ARTICLES = 2
"""How many articles of a story must report a noun's count for it to be a series."""
CENTRAL_SHARE = 0.4
"""What share of a story's articles must report a noun's count for it to be a series: the
share by which a name is what a story is about (`storyline.corpus.ledger.state.MAIN_SHARE`,
not tuned here). A noun two of seven articles count ("140 passengers" aboard, "4.1 million
passengers" a year) is a detail of those articles."""

_WORD = re.compile(r"[a-z][a-z'-]*")
_NOT_COUNTED = frozenset(
    {
        # time and measures: a duration or a size is no count a story follows
        "second", "minute", "hour", "day", "night", "week", "month", "year", "decade",
        "century", "time", "km", "kilometre", "kilometer", "mile", "metre", "meter", "foot",
        "feet", "inch", "yard", "acre", "hectare", "kg", "kilogram", "pound", "ton", "tonne",
        "litre", "liter", "gallon", "degree", "point", "per", "percent",
        # nouns that say nothing of what is counted ("the other two", "three of them")
        "people", "person", "other", "one", "them", "they", "those", "these", "some",
        "more", "times", "way", "part", "side", "kind", "type", "sort", "lot",
    }
)  # fmt: skip
"""Head nouns whose counts are no quantity a reader follows through a story."""
_VAGUE_HEADS = frozenset({"number", "figure", "item", "unit", "piece", "record", "file"})
"""Heads that need the word before them to say what is counted ("identity numbers")."""
_MARGIN_BEFORE = re.compile(
    r"(?i)\b(?:lead|leads|leading|margin|ahead|behind|trail(?:s|ed|ing)?|won|wins|lost|"
    r"loses|beat|beats|edged?)\s+(?:\w+\s+){0,2}?(?:of|by)\s+(?:about\s+|some\s+|just\s+|"
    r"only\s+|nearly\s+|almost\s+|more\s+than\s+|fewer\s+than\s+|roughly\s+)?$"
)
"""Words before a count that make it a margin ("a lead of", "ahead by", "won by just")."""
_MARGIN_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:lead|margin)\s+(?:\w+\s+){0,6}?(?:to|at|of|by)\s+(?:about\s+|some\s+|just\s+|"
    r"only\s+|nearly\s+|almost\s+|roughly\s+)?$"
)
"""A margin named before its verb ("her lead had narrowed to 5,900 votes")."""


def counted_group(subject: str | None, before: str) -> str | None:
    """The group of an uncategorised count, named by its counted noun ("other|customer"),
    a margin apart ("other|vote:lead"); None when the count has no noun a reader follows
    (a duration, "the other two").

    `before`: the text of the count's sentence before the number."""
    words = _WORD.findall(subject.lower()) if subject else []
    if not words:
        return None
    head = latin_safe_singular(words[-1])
    if head in _NOT_COUNTED or len(head) < 3:
        return None
    noun = head
    if head in _VAGUE_HEADS and len(words) > 1 and words[-2] not in _NOT_COUNTED:
        noun = f"{words[-2]} {head}"
    near = before[-60:]
    if _MARGIN_BEFORE.search(near) or _MARGIN_NOUN_BEFORE.search(near):
        noun = f"{noun}:{MARGIN}"
    return f"{COUNTED}|{noun}"


def is_counted_group(group: str) -> bool:
    """Whether a group key is one of `counted_group`'s."""
    return group.startswith(f"{COUNTED}|")


def disputable(group: str) -> bool:
    """Whether two sources of one article giving a group's count different values dispute
    it: any category's count ("killed", "cases") and a margin, but not a bare noun's ("14
    patients" of one source, "11 patients" in a ward of another): the noun alone says
    nothing of which of them each counts."""
    return not is_counted_group(group) or group.endswith(f":{MARGIN}")


def is_counted_key(key: str) -> bool:
    """Whether a ledger state's key ("n|" and a group) is a counted noun's group: its
    outcome depends on the story's size (`central`)."""
    return key.startswith("n|") and is_counted_group(key[2:])


def central(articles_reporting: int, story_articles: int) -> bool:
    """Whether a noun reported by `articles_reporting` of a story's `story_articles` is
    its quantity: by `MIN_ARTICLES` and by `CENTRAL_SHARE` of them (an unknown story size
    asks only the first)."""
    return articles_reporting >= max(MIN_ARTICLES, CENTRAL_SHARE * story_articles)


_IRREGULAR_PLURALS = {"child": "children", "man": "men", "woman": "women"}


def _plural(noun: str) -> str:
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith(("s", "x", "ch", "sh")):
        return f"{noun}es" if not noun.endswith("s") else noun
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return f"{noun[:-1]}ies"
    return f"{noun}s"


def counted_unit(unit: str) -> str:
    """What one report of a counted noun's series is a number of, as a brief prints it
    after the value ("2,100,000 customers", "6,443 votes"): the noun in the plural."""
    return _plural(unit.partition(":")[0])


def counted_label(unit: str) -> str:
    """How a reader names a series of uncategorised counts (`unit`: what `counted_group`
    put after "other|"): the noun in the plural, a margin said ("votes: lead")."""
    noun, _, margin = unit.partition(":")
    return f"{_plural(noun)}: {margin}" if margin else _plural(noun)
