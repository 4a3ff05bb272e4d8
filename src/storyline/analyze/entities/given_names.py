"""Short forms of English given names ("Hank" for "Henry"), as general knowledge.

Writers name one person "Hank Reyes" in a feature and "Henry M. Reyes Jr." in a
formal report; the corpus merge (corpus/entities.py) joins such names only when the
surname and the rest of the name agree and says so in the alias evidence. The
table holds common English hypocorisms, nothing taken from any corpus; a short form
shared by several given names ("Ted": Edward or Theodore) lists them all, and the
merge then needs exactly one of them to be written in full.
"""

from __future__ import annotations

__all__ = ["formal_given_names", "known_given_name"]

_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "abe": ("abraham",),
    "al": ("albert", "alan", "alfred", "alexander"),
    "alex": ("alexander", "alexandra"),
    "andy": ("andrew",),
    "archie": ("archibald",),
    "art": ("arthur",),
    "barb": ("barbara",),
    "becky": ("rebecca",),
    "ben": ("benjamin",),
    "bert": ("albert", "herbert", "robert"),
    "beth": ("elizabeth",),
    "betty": ("elizabeth",),
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
    "debbie": ("deborah",),
    "dick": ("richard",),
    "don": ("donald",),
    "doug": ("douglas",),
    "ed": ("edward", "edwin", "edmund"),
    "eddie": ("edward",),
    "frank": ("francis", "franklin"),
    "fred": ("frederick",),
    "gene": ("eugene",),
    "geoff": ("geoffrey",),
    "gerry": ("gerald", "gerard"),
    "greg": ("gregory",),
    "hank": ("henry",),
    "harry": ("henry", "harold"),
    "herb": ("herbert",),
    "jack": ("john",),
    "jackie": ("jacqueline",),
    "jacqui": ("jacqueline",),
    "jake": ("jacob",),
    "jamie": ("james",),
    "jeff": ("jeffrey",),
    "jenny": ("jennifer",),
    "jerry": ("gerald", "jerome"),
    "jess": ("jessica",),
    "jim": ("james",),
    "jimmy": ("james",),
    "joe": ("joseph",),
    "johnny": ("john",),
    "jon": ("jonathan",),
    "josh": ("joshua",),
    "kate": ("katherine", "catherine"),
    "kathy": ("katherine", "kathleen"),
    "ken": ("kenneth",),
    "larry": ("lawrence",),
    "len": ("leonard",),
    "liz": ("elizabeth",),
    "maggie": ("margaret",),
    "mandy": ("amanda",),
    "marty": ("martin",),
    "matt": ("matthew",),
    "mick": ("michael",),
    "mike": ("michael",),
    "nate": ("nathan", "nathaniel"),
    "ned": ("edward",),
    "nick": ("nicholas",),
    "pat": ("patrick", "patricia"),
    "peggy": ("margaret",),
    "pete": ("peter",),
    "phil": ("philip", "phillip"),
    "randy": ("randall", "randolph"),
    "ray": ("raymond",),
    "reg": ("reginald",),
    "rich": ("richard",),
    "rick": ("richard",),
    "rob": ("robert",),
    "ron": ("ronald",),
    "russ": ("russell",),
    "sam": ("samuel", "samantha"),
    "stan": ("stanley",),
    "steve": ("stephen", "steven"),
    "stu": ("stuart",),
    "sue": ("susan",),
    "ted": ("edward", "theodore"),
    "terry": ("terence",),
    "theo": ("theodore",),
    "tim": ("timothy",),
    "tom": ("thomas",),
    "tommy": ("thomas",),
    "tony": ("anthony",),
    "trish": ("patricia",),
    "vic": ("victor",),
    "vicky": ("victoria",),
    "vince": ("vincent",),
    "walt": ("walter",),
    "will": ("william",),
    "zach": ("zachary",),
}


def formal_given_names(first: str) -> tuple[str, ...]:
    """The given names `first` is a common short form of (lower case), else ()."""
    return _SHORT_FORMS.get(first.casefold(), ())


_KNOWN = frozenset(_SHORT_FORMS) | frozenset(n for names in _SHORT_FORMS.values() for n in names)


def known_given_name(word: str) -> bool:
    """Whether `word` is a given name of the table, short or formal ("Will", "William"):
    many are also common nouns ("will", "frank", "mark"), so an article writing one in
    lower case is no sign that it is a calling."""
    return word.casefold() in _KNOWN
