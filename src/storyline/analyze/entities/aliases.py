"""Surface forms of one name: "US", "U.S." and "the United States" are the same country.

Only generic knowledge lives here (common country and organisation
abbreviations used in English news); nothing is taken from an evaluation corpus.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "ALIASES",
    "PREFIX_EXPANSIONS",
    "acronym",
    "acronym_variants",
    "name_key",
    "normalize_name",
    "one_letter_inside",
    "surname_keys",
    "us_state",
    "vowel_variant",
    "without_company_suffix",
    "written_initials",
]

_COUNTRY_FORMS: dict[str, tuple[str, ...]] = {
    "United States": ("US", "USA", "America", "United States of America", "the States"),
    "United Kingdom": ("UK", "Britain", "Great Britain"),
    "United Nations": ("UN",),
    "European Union": ("EU",),
    "United Arab Emirates": ("UAE", "Emirates"),
    "Soviet Union": ("USSR",),
    "North Korea": ("DPRK",),
    "Democratic Republic of the Congo": ("DRC", "DR Congo"),
    "Washington": (
        "D.C.",
        "Washington D.C.",
        "Washington, D.C.",
        "Washington DC",
        "District of Columbia",
    ),
    "NATO": ("North Atlantic Treaty Organization",),
    "World Health Organization": ("WHO",),
    "International Monetary Fund": ("IMF",),
    "International Criminal Court": ("ICC",),
    "International Court of Justice": ("ICJ",),
    "Federal Bureau of Investigation": ("FBI",),
    "Central Intelligence Agency": ("CIA",),
    "United Nations Security Council": ("UNSC",),
}


_STATES: dict[str, tuple[str, str]] = {
    "Alabama": ("Ala.", "AL"),
    "Alaska": ("", "AK"),
    "Arizona": ("Ariz.", "AZ"),
    "Arkansas": ("Ark.", "AR"),
    "California": ("Calif.", "CA"),
    "Colorado": ("Colo.", "CO"),
    "Connecticut": ("Conn.", "CT"),
    "Delaware": ("Del.", "DE"),
    "Florida": ("Fla.", "FL"),
    "Georgia": ("Ga.", "GA"),
    "Hawaii": ("", "HI"),
    "Idaho": ("", "ID"),
    "Illinois": ("Ill.", "IL"),
    "Indiana": ("Ind.", "IN"),
    "Iowa": ("", "IA"),
    "Kansas": ("Kan.", "KS"),
    "Kentucky": ("Ky.", "KY"),
    "Louisiana": ("La.", "LA"),
    "Maine": ("", "ME"),
    "Maryland": ("Md.", "MD"),
    "Massachusetts": ("Mass.", "MA"),
    "Michigan": ("Mich.", "MI"),
    "Minnesota": ("Minn.", "MN"),
    "Mississippi": ("Miss.", "MS"),
    "Missouri": ("Mo.", "MO"),
    "Montana": ("Mont.", "MT"),
    "Nebraska": ("Neb.", "NE"),
    "Nevada": ("Nev.", "NV"),
    "New Hampshire": ("N.H.", "NH"),
    "New Jersey": ("N.J.", "NJ"),
    "New Mexico": ("N.M.", "NM"),
    "New York": ("N.Y.", "NY"),
    "North Carolina": ("N.C.", "NC"),
    "North Dakota": ("N.D.", "ND"),
    "Ohio": ("", "OH"),
    "Oklahoma": ("Okla.", "OK"),
    "Oregon": ("Ore.", "OR"),
    "Pennsylvania": ("Pa.", "PA"),
    "Rhode Island": ("R.I.", "RI"),
    "South Carolina": ("S.C.", "SC"),
    "South Dakota": ("S.D.", "SD"),
    "Tennessee": ("Tenn.", "TN"),
    "Texas": ("Tex.", "TX"),
    "Utah": ("", "UT"),
    "Vermont": ("Vt.", "VT"),
    "Virginia": ("Va.", "VA"),
    "West Virginia": ("W.Va.", "WV"),
    "Wisconsin": ("Wis.", "WI"),
    "Wyoming": ("Wyo.", "WY"),
}
"""US states by their old-style (news agency) abbreviation and postal code. Washington is
left out: "Wash." and "WA" name the state, which a bare "Washington" (the capital) is not."""
_OLD_STYLE = {old: state for state, (old, _) in _STATES.items() if old}
_POSTAL = {code: state for state, (_, code) in _STATES.items()}


def us_state(surface: str, *, after_place: bool) -> str | None:
    """The US state a mention abbreviates: an old-style abbreviation written with its dots
    ("La.", "Calif.") anywhere, a two-letter postal code ("TX") only right after a place
    and a comma ("Austin, TX"), where it cannot be a word ("OR", "ME") or a city ("LA"); a
    state's full name right after a place and a comma is the state too, however typed."""
    compact = surface.replace(" ", "")
    if compact in _OLD_STYLE:
        return _OLD_STYLE[compact]
    if after_place and surface in _STATES:
        return surface  # "Mobile, Alabama": a state's name after a place is that state
    return _POSTAL.get(surface) if after_place else None


_SPELLINGS = (
    (re.compile(r"isation\b"), "ization"),
    (re.compile(r"ise\b"), "ize"),
    (re.compile(r"(?<=[a-z])tre\b"), "ter"),
    (re.compile(r"\bdefence\b"), "defense"),
    (re.compile(r"\bprogramme\b"), "program"),
)
"""British and American spellings of one word ("Organisation"/"Organization")."""
_COMPANY_SUFFIX = re.compile(
    r"(?:,?\s+(?:plc|inc|ltd|llc|corp|gmbh|ag|s\.?a|n\.?v|b\.?v|s\.?p\.?a|pty|limited)\.?)+$",
    re.IGNORECASE,
)
"""A company's legal form after its name ("BP Plc", "Acme Inc."): not part of the name."""


def without_company_suffix(name: str) -> str:
    """ "BP Plc" -> "BP"; a name that is nothing but a suffix stays as it is."""
    stripped = _COMPANY_SUFFIX.sub("", name).strip(" ,")
    return stripped or name


_STOP_AFTER_LETTER = re.compile(r"(?<=[A-Za-z]) \.")
_INITIALS_GAP = re.compile(r"(?<=\b[A-Z]\.) (?=[A-Z]\.)")


def written_initials(text: str) -> str:
    """`text` with a tokenised text's spaced full stops written as on a page: "U . S . Navy"
    is "U.S. Navy", "Ana B . Ruiz" is "Ana B. Ruiz", "Vell Corp ." is "Vell Corp."
    (analyze/spaced_forms.py reads each as one token; the name must compare and read as
    the written one). Inside a name a full stop only ever ends an abbreviation."""
    if " ." not in text:
        return text
    return _INITIALS_GAP.sub("", _STOP_AFTER_LETTER.sub(".", text))


def name_key(text: str) -> str:
    """A comparison key: no dots, no leading article, no possessive, no company suffix,
    one spelling for British/American variants, folded case and spaces."""
    t = written_initials(text.replace("’", "'").strip())
    t = re.sub(r"'s?$|(?<=\w)\s+s$", "", t)  # "Acme's", "Acme s" (an apostrophe lost)
    t = re.sub(r"^(?:the|The|THE)\s+", "", t)
    t = t.replace(".", "")
    t = " ".join(t.split()).casefold()
    t = without_company_suffix(t)
    for pattern, replacement in _SPELLINGS:
        t = pattern.sub(replacement, t)
    return t


ALIASES: dict[str, str] = {
    name_key(form): canonical for canonical, forms in _COUNTRY_FORMS.items() for form in forms
}
ALIASES.update({name_key(c): c for c in _COUNTRY_FORMS})

PREFIX_EXPANSIONS: dict[str, str] = {
    "un": "United Nations",
    "us": "United States",
    "eu": "European Union",
    "uk": "United Kingdom",
}
"""Abbreviations expanded when they start a longer name ("U.N. Security Council")."""

_STOP = frozenset({"of", "the", "for", "and", "on", "in", "de", "&"})


_QUOTED_NICKNAME = re.compile(
    r"(?<=[A-Za-z.])\s+(?:``?|‘|“|\"|')\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s*(?:''?|'|”|\")"
    r"\s+(?=[A-Z])"
)
"""A nickname in quote marks between a given name and a surname ("Marten ` K ' Dowd"): the
person's name is the given name and the surname, as the article writes it elsewhere."""


def normalize_name(text: str) -> str:
    """The display form of a mention: the alias target, else the text tidied up.

    Strips a leading "the", a possessive "'s" and line breaks, and expands a
    generic abbreviation at the start ("UN Security Council" -> "United Nations
    Security Council").
    """
    key = name_key(text)
    if key in ALIASES and (len(key) > 3 or text.replace(".", "").isupper()):
        # a short form only in capitals: "US" is the country, "us" and "Us" are not
        return ALIASES[key]
    t = written_initials(" ".join(text.replace("’", "'").split()))
    t = _QUOTED_NICKNAME.sub(" ", t)
    t = re.sub(r"'s?$", "", t)
    t = re.sub(r"^(?:the|The|THE)\s+", "", t)
    first, _, rest = t.partition(" ")
    expansion = PREFIX_EXPANSIONS.get(first.replace(".", "").casefold())
    if rest and expansion and first.replace(".", "").isupper():
        t = f"{expansion} {rest}"
        return ALIASES.get(name_key(t), t)
    return t


def acronym(name: str) -> str:
    """Initials without function words: "World Health Organization" -> "WHO"; a word in
    capitals keeps all its letters ("BGC Partners" -> "BGCP", never "BP")."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.casefold() not in _STOP]
    if len(words) < 2:
        return ""
    # a word that is itself in capitals gives all its letters ("BGC Partners" is "BGCP")
    initials = (w if w.isupper() and w.isalpha() and len(w) > 1 else w[0] for w in words)
    return "".join(c for part in initials for c in part if c.isalpha()).upper()


_PREFIX_NAMES = tuple(f"{p} " for p in sorted(set(PREFIX_EXPANSIONS.values())))
_TRAILING_AND = re.compile(r"\s+and\s+[A-Z][\w-]*$")


def acronym_variants(name: str) -> set[str]:
    """Initials a body is known by besides `acronym`: without the country or union its name
    was written with ("U.S. Harbor Safety Board": "HSB") and without a last "and ..."
    added to its name after the initials were coined ("Harbor Safety Board and Rescue":
    "HSB"); three letters or more, as shorter ones match a phrase by chance."""
    names = {name}
    for prefix in _PREFIX_NAMES:
        if name.startswith(prefix):
            names.add(name[len(prefix) :])
    names |= {_TRAILING_AND.sub("", n) for n in names}
    full = acronym(name)
    found = {a for n in names for a in _with_function_words(n)}
    return {a for a in found if len(a) >= 3 and a != full}


_LETTERED = frozenset({"of", "the", "for", "and"})
"""Function words whose initial some bodies keep in their initials ("Bank of Nordland" is
"BON" as often as "BN"; "Office for the Arts" may be "OFTA")."""
_MAX_LETTERED = 3


def _with_function_words(name: str) -> set[str]:
    """`name`'s initials with and without each of its function words' initial: news coins
    "BON" for "Bank of Nordland" and "HSB" for "Harbor Safety Board", and the function
    words a body's initials keep are its own choice. Only lower-case function words
    between the name's words count (a name opening "The" is "The Times", never "TT"), and
    at most `_MAX_LETTERED` of them (beyond that the variants match phrases by chance)."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    inner = [i for i, w in enumerate(words) if 0 < i < len(words) - 1 and w in _LETTERED]
    if len(inner) > _MAX_LETTERED:
        inner = []
    out = {acronym(name)}
    for mask in range(1, 1 << len(inner)):
        kept = {inner[b] for b in range(len(inner)) if mask >> b & 1}
        initials = (w[0].upper() if i in kept else _acronym_word(w) for i, w in enumerate(words))
        out.add("".join(initials))
    return {a for a in out if a}


def _acronym_word(word: str) -> str:
    """What one word gives `acronym`: nothing for a function word, all its letters for a
    word in capitals ("BGC"), else its initial."""
    if word.casefold() in _STOP:
        return ""
    if word.isupper() and word.isalpha() and len(word) > 1:
        return word
    return "".join(c for c in word[0] if c.isalpha()).upper()


_ARTICLE_PREFIX = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az)-(?=[^\W\d_]{2})")
"""The Arabic article joined to a surname by a hyphen ("al-Marabit", "el-Sayed"): news
writes the surname alone with or without it ("Marabit said")."""


@lru_cache(maxsize=1 << 14)
def surname_keys(name: str) -> tuple[str, ...]:
    """Comparison keys a person's name may be written by alone: its last word before any
    generational suffix ("Dana K. Reyes Jr.": "reyes"), and that word without a
    hyphenated article ("Musa al-Rami": "al-rami" and "rami")."""
    words = name.split()
    while len(words) > 2 and name_key(words[-1]).strip(",") in _GENERATIONS:
        words.pop()  # "Dana Reyes Jr.": the surname is the word before the suffix
    last = name_key(words[-1]).strip(",") if words else ""
    bare = _ARTICLE_PREFIX.sub("", last, count=1) if _ARTICLE_PREFIX.match(last) else last
    return (last,) if bare == last else (last, bare)


_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})

_VOWELS = re.compile(r"[aeiou]")


def vowel_variant(a: str, b: str) -> bool:
    """Whether two names differ in one word only, and there only in its vowels ("Hajj
    Usama", "Hajj Osama"), that word being four letters or more: a transliteration, when
    other evidence says it is the same person."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(diff) != 1:
        return False
    x, y = (w.casefold() for w in diff[0])
    return x != y and min(len(x), len(y)) >= 4 and _VOWELS.sub("", x) == _VOWELS.sub("", y)


def one_letter_inside(a: str, b: str) -> bool:
    """Whether two words differ by one letter changed, added or dropped, or two neighbours
    swapped, inside them: the first and the last letters the same."""
    if a == b or a[:1] != b[:1] or a[-1:] != b[-1:]:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        i = diff[0]
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(long) - len(short) != 1:
        return False
    return any(long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 1))
