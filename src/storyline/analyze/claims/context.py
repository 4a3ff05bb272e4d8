"""What a number counts: its category, read from the words the parse ties to it.

"killed more than 32,000 people in Gaza": the counted noun is "people", a
noun that stands for persons, so the category comes from the words tied to
it, nearest first ("killed"). A noun that names a category itself decides
("twelve bodies", "1,000 cases", "300 refugees"); a noun that names neither
persons nor a category ("20 countries", "40 miles", "six stops") makes the
number "other" whatever verb governs it. Money and percentages are known from
the number itself. The lexicons are general news vocabulary, by lemma.

Without a parse (a stage run without the parser, or a number the parse did
not reach) the words right after the number decide ("21 dead", "12 wounded").
"""

from __future__ import annotations

import re
from typing import Any

from storyline.analyze.claims.syntax import NumberSyntax

__all__ = [
    "ARMED_NOUNS",
    "CATEGORY_NOUNS",
    "CUE_CATEGORIES",
    "ENDED_BY",
    "HELD_NOUNS",
    "PEOPLE_NOUNS",
    "PERSON_CATEGORIES",
    "STATUS_NOUNS",
    "category_from_syntax",
    "category_of",
    "counted_noun",
    "is_people_noun",
]

PERSON_CATEGORIES = frozenset(
    {"killed", "injured", "missing", "rescued", "evacuated", "displaced", "arrested", "hostages"}
)
"""Categories that count persons whatever noun the report uses."""

CUE_CATEGORIES: dict[str, tuple[str, ...]] = {
    "killed": (
        "kill", "killed", "die", "dead", "death", "deaths", "fatality", "fatal", "perish",
        "slay", "slain", "murder", "massacre", "drown", "execute", "behead", "toll",
        "body", "corpse", "casualty", "life", "lethal", "eliminate", "neutralize",
        "neutralise",
    ),
    "injured": (
        "injure", "injured", "injury", "wound", "wounded", "hurt", "hospitalize",
        "hospitalise", "hospitalized", "hospitalised", "treat", "maim", "hospital",
    ),
    "missing": ("missing", "miss", "unaccounted", "disappear", "vanish"),
    "rescued": ("rescue", "save", "airlift"),
    "evacuated": ("evacuate", "evacuee", "evacuation"),
    "displaced": (
        "displace", "displaced", "displacement", "flee", "refugee", "homeless", "uproot",
        "shelter", "exodus",
    ),
    "arrested": (
        "arrest", "detain", "detainee", "detention", "jail", "imprison", "prisoner", "custody",
    ),
    "hostages": ("hostage", "captive", "abduct", "kidnap", "abductee", "captivity"),
    "aided": (
        "aid", "deliver", "delivery", "supply", "ration", "meal", "vaccinate", "vaccination",
        "feed", "airdrop", "donate", "assistance", "assist",
    ),
    "cases": ("case", "infection", "infect", "infected", "positive", "diagnose", "contract"),
}  # fmt: skip
"""Category -> lemmas that say it when tied to a count of persons.

A charge, an indictment or a sentence is no arrest ("2 men charged in the death of a
teenager" were perhaps never held): those verbs name no category, and their counts are
"other"."""

CATEGORY_NOUNS: dict[str, str] = {
    "death": "killed", "body": "killed", "corpse": "killed", "fatality": "killed",
    "casualty": "killed", "dead": "killed", "life": "killed",
    "injury": "injured", "wounded": "injured", "injured": "injured",
    "refugee": "displaced", "evacuee": "evacuated", "hostage": "hostages",
    "captive": "hostages", "detainee": "arrested", "prisoner": "arrested", "arrest": "arrested",
    "case": "cases", "infection": "cases",
}  # fmt: skip
"""Counted nouns that are a category by themselves ("twelve bodies", "1,000 cases")."""

STATUS_NOUNS = frozenset({"prisoner", "detainee", "hostage", "captive", "refugee", "evacuee"})
"""Category nouns that name persons by their state: what was done to them, when the verb
they hang from says it, is what their count counts ("a mortar barrage killed 22 prisoners"
counts the dead, not arrests); otherwise the noun's own category ("holds 300 prisoners")."""

PEOPLE_NOUNS = frozenset(
    {
        "people", "person", "persons", "individual", "man", "woman", "child", "kid", "boy",
        "girl", "baby", "infant", "adult", "teenager", "youth", "minor", "civilian",
        "resident", "inhabitant", "citizen", "national", "local", "villager", "passenger",
        "crew", "crewman", "crewmember", "sailor", "worker", "employee", "staff", "miner",
        "soldier", "troop", "officer", "policeman", "policemen", "police", "guard", "marine",
        "militant", "fighter", "rebel", "insurgent", "gunman", "gunmen", "terrorist",
        "attacker", "bomber", "protester", "protestor", "demonstrator", "activist",
        "student", "pupil", "teacher", "doctor", "nurse", "patient", "journalist", "reporter",
        "tourist", "visitor", "pilgrim", "migrant", "immigrant", "asylum-seeker", "survivor",
        "victim", "other", "member", "supporter", "voter", "fan", "spectator", "player",
        "athlete", "farmer", "fisherman", "fishermen", "driver", "pilot", "firefighter",
        "rescuer", "volunteer", "official", "diplomat", "lawmaker", "politician", "leader",
        "suspect", "inmate", "convict", "prisoner", "detainee", "hostage", "captive",
        "refugee", "evacuee", "family", "household", "elderly", "pensioner",
        "customer", "shopper", "worshipper", "mourner", "bystander", "occupant", "guest",
        "Palestinian", "user", "subscriber", "casualty", "dead", "injured", "wounded",
        "missing", "body", "death", "fatality", "life", "contractor", "engineer", "scientist",
        "expert", "judge", "lawyer", "priest", "monk", "nun", "peacekeeper", "troops",
        "serviceman", "servicemen", "servicemember", "personnel", "commuter", "swimmer",
        "climber", "hiker", "skier", "diver", "crewmen", "seaman", "seamen", "islander",
    }
)  # fmt: skip
"""Nouns that stand for persons: their count takes its category from the words around."""

ARMED_NOUNS = frozenset(
    {
        "soldier", "troop", "troops", "militant", "fighter", "rebel", "insurgent", "gunman",
        "gunmen", "terrorist", "attacker", "bomber", "combatant", "militiaman", "militiamen",
        "jihadist", "sniper", "commander", "operative",
    }
)  # fmt: skip
"""Nouns for armed people: the only ones that "eliminate" or "neutralize" counts as killed."""
_ARMED_ONLY_CUES = frozenset({"eliminate", "neutralize", "neutralise"})
"""Verbs that mean killing only when armed people are their object: a company that will
"eliminate 400, or a third, of its dealers" kills no one."""

HELD_NOUNS = frozenset({"prisoner", "detainee", "hostage", "captive"})
ENDED_BY: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        HELD_NOUNS,
        frozenset(
            {
                "escape", "flee", "free", "release", "liberate", "exchange", "swap", "pardon",
                "repatriate", "return", "break", "walk",
            }
        ),
    ),
    **dict.fromkeys(("refugee", "evacuee"), frozenset({"return", "repatriate", "resettle"})),
}  # fmt: skip
"""Verbs that end the state a status noun names: "1,000 prisoners escaped", "released 200
detainees", "5,000 refugees returned home" count people leaving it, not arrests or the
displaced; such a count is "other"."""

_PEOPLE_SUFFIXES = ("ist", "ian", "men", "ees")
_NOT_PEOPLE = frozenset(
    {
        "committee", "degree", "fee", "guarantee", "median", "amen", "assist", "list",
        "playlist", "checklist", "wrist", "fist", "twist", "waist", "mist", "specimen",
        "abdomen", "regimen", "omen",
    }
)  # fmt: skip
"""Nouns with a people suffix that name no person ("8 assists", "two lists")."""

_GROUP_PRONOUNS = frozenset({"they", "them", "whom", "those", "these"})
_NEED_VERBS = frozenset({"need", "require", "lack"})
"""A count of persons whose verb says they need something ("a million people fleeing or inside
the country need aid") counts people in need: neither the help they lack ("aided") nor a word
describing them on the way ("fleeing": "displaced") says what happened to that many."""
_CUE_TO_CATEGORY = {cue: cat for cat, cues in CUE_CATEGORIES.items() for cue in cues}
_AFTER_WORDS = re.compile(
    r"^[\s,]*(?:more\s+|other\s+)?([A-Za-z-]+)(?:\s+([A-Za-z-]+))?(?:\s+([A-Za-z-]+))?"
)
_AUXILIARIES = frozenset({"were", "was", "are", "is", "be", "been", "being", "have", "has", "had"})


def is_people_noun(lemma: str | None, *, nationality: bool = False) -> bool:
    """Whether a counted noun stands for persons ("people", "Palestinians", "journalists")."""
    if lemma is None:
        return True  # a number standing alone ("rose to 21") counts what its words say
    low = lemma.lower()
    if nationality or low in PEOPLE_NOUNS or lemma in PEOPLE_NOUNS:
        return True
    return low.endswith(_PEOPLE_SUFFIXES) and low not in _NOT_PEOPLE


def category_from_syntax(
    syntax: NumberSyntax, *, money: bool, percent: bool, nationality: bool = False
) -> str | None:
    """The category the parse gives a number, or None when its words name none."""
    if percent:
        return "percent"
    if money:
        return "money"
    if syntax.as_noun:
        return "other"
    noun = syntax.noun
    if noun is not None and noun in CATEGORY_NOUNS:
        if _ended(noun, syntax):
            return "other"
        done = _CUE_TO_CATEGORY.get(syntax.governor or "") if noun in STATUS_NOUNS else None
        return done or CATEGORY_NOUNS[noun]
    if not is_people_noun(noun, nationality=nationality) and noun not in _GROUP_PRONOUNS:
        return "other"
    if syntax.governor in _NEED_VERBS:
        return "other"
    for _distance, lemma in syntax.cues:
        found = _CUE_TO_CATEGORY.get(lemma)
        if found == "killed" and lemma in _ARMED_ONLY_CUES and noun not in ARMED_NOUNS:
            continue
        if found is not None:
            return found
    return None


def _ended(noun: str, syntax: NumberSyntax) -> bool:
    """Whether the verb a status noun's count hangs from, or one modifying it ("escaped
    prisoners", "prisoners who escaped"), ends that status (`ENDED_BY`)."""
    ending = ENDED_BY.get(noun)
    if not ending:
        return False
    near = {lemma for distance, lemma in syntax.cues if distance <= 1}
    return syntax.governor in ending or bool(ending & near)


def category_of(sentence: str, pos: int, money: bool, percent: bool) -> str:
    """The category from the words right after the number at `pos` ("21 dead", "5 wounded").

    The fallback when no parse ties words to the number: only the words that
    follow it are read ("more"/"other", then a noun for persons and auxiliaries
    may stand between: "3,000 people were killed"), never the rest of the sentence.
    """
    if percent:
        return "percent"
    if money:
        return "money"
    m = _AFTER_WORDS.match(sentence[pos:])
    if m is None:
        return "other"
    words = [w.lower() for w in m.groups() if w]
    for i, low in enumerate(words):
        for form in (low, low.rstrip("s"), low.removesuffix("ed"), low.removesuffix("d")):
            if form in CATEGORY_NOUNS:
                ending = ENDED_BY.get(form, frozenset())
                if any(_verb_forms(w) & ending for w in words[i + 1 :]):
                    return "other"  # "1,000 prisoners escaped"
                return CATEGORY_NOUNS[form]
            if form in _CUE_TO_CATEGORY and form not in ("charge", "contract", "case"):
                return _CUE_TO_CATEGORY[form]
        if low not in PEOPLE_NOUNS | _AUXILIARIES and low.rstrip("s") not in PEOPLE_NOUNS:
            break
    return "other"


def _verb_forms(word: str) -> set[str]:
    """Rough base forms of an inflected verb ("escaped" -> "escape", "freed" -> "free")."""
    return {word, word.removesuffix("d"), word.removesuffix("ed"), word.removesuffix("s")}


_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_MODIFIER_TAGS = frozenset({"JJ", "NN", "NNP", "NNPS", "VBN", "HYPH"})


def counted_noun(doc: Any, end_char: int, limit: int = 5) -> tuple[int, int, str] | None:
    """The noun a number counts: "32,000 [Palestinian civilians]" -> phrase span and head.

    Read from the tags when the parse did not reach the number. Skips "of"
    after a vague scale ("thousands of people") and adjectives before the head;
    stops at the first token that cannot be part of the phrase.
    """
    final = doc[-1] if len(doc) else None
    size = final.idx + len(final.text) if final is not None else 0
    span = doc.char_span(end_char, min(size, end_char + 80), alignment_mode="expand")
    if span is None:
        return None
    tokens = list(span)[: limit + 2]
    i = 0
    if tokens and tokens[0].lower_ == "of":
        i = 1
    first: Any = None
    last: Any = None
    for tok in tokens[i:]:
        if tok.is_space or tok.text in {",", ".", ";", ":", "(", ")"}:
            break
        if tok.tag_ in _NOUN_TAGS:
            first = first or tok
            last = tok
            if tok.tag_ == "NNS" or tok.lower_ in {"people", "children", "women", "men"}:
                break
            continue
        if tok.tag_ in _MODIFIER_TAGS and last is None:
            first = first or tok
            continue
        break
    if last is None or first is None:
        return None
    return first.idx, last.idx + len(last.text), last.lower_
