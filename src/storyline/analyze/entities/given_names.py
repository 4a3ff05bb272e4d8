"""Short forms of English given names ("Hank" for "Henry"), as general knowledge.

Writers name one person "Hank Reyes" in a feature and "Henry M. Reyes Jr." in a
formal report; the corpus merge (corpus/entities.py) joins such names only when the
surname and the rest of the name agree and says so in the alias evidence. The
table holds common English hypocorisms, nothing taken from any corpus; a short form
shared by several given names ("Ted": Edward or Theodore) lists them all, and the
merge then needs exactly one of them to be written in full.
"""

from __future__ import annotations

__all__ = ["formal_given_names"]

_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "abe": ("abraham",),
    "al": ("albert", "alan", "alfred", "alexander"),
    "alex": ("alexander", "alexandra"),
    "andy": ("andrew",),
    "barb": ("barbara",),
    "ben": ("benjamin",),
    "bill": ("william",),
    "billy": ("william",),
    "bob": ("robert",),
    "bobby": ("robert",),
    "cathy": ("catherine", "cathleen"),
    "charlie": ("charles",),
    "chris": ("christopher", "christine", "christina"),
    "chuck": ("charles",),
    "dan": ("daniel",),
    "danny": ("daniel",),
    "dave": ("david",),
    "dick": ("richard",),
    "don": ("donald",),
    "ed": ("edward", "edwin", "edmund"),
    "eddie": ("edward",),
    "fred": ("frederick",),
    "frank": ("francis", "franklin"),
    "greg": ("gregory",),
    "hank": ("henry",),
    "harry": ("henry", "harold"),
    "jack": ("john",),
    "jake": ("jacob",),
    "jim": ("james",),
    "jimmy": ("james",),
    "joe": ("joseph",),
    "jon": ("jonathan",),
    "kate": ("katherine", "catherine"),
    "ken": ("kenneth",),
    "larry": ("lawrence",),
    "liz": ("elizabeth",),
    "matt": ("matthew",),
    "mike": ("michael",),
    "nick": ("nicholas",),
    "pat": ("patrick", "patricia"),
    "pete": ("peter",),
    "phil": ("philip", "phillip"),
    "rich": ("richard",),
    "rick": ("richard",),
    "rob": ("robert",),
    "ron": ("ronald",),
    "sam": ("samuel", "samantha"),
    "steve": ("stephen", "steven"),
    "sue": ("susan",),
    "ted": ("edward", "theodore"),
    "terry": ("terence",),
    "tim": ("timothy",),
    "tom": ("thomas",),
    "tony": ("anthony",),
    "will": ("william",),
}


def formal_given_names(first: str) -> tuple[str, ...]:
    """The given names `first` is a common short form of (lower case), else ()."""
    return _SHORT_FORMS.get(first.casefold(), ())
