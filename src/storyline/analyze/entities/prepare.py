"""Each recogniser span made a prepared mention on its own: edges trimmed, type and role read.

The first stage of `canonicalize` (canonical.py): a raw (start, end, label) span is cut to
its name (brackets, possessives, time stamps, credit dashes, weekdays run into it, a title
ahead of it), retyped by the words right around it (an honorific, a calling, a kin word, a
legal form, an age, a product cue) and given the role written before or after it. The
passes across the article's mentions follow in canonical.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from storyline.analyze.entities.ages import aged, followed_by_who
from storyline.analyze.entities.aliases import (
    ALIASES,
    name_key,
    normalize_name,
    us_state,
    without_company_suffix,
)
from storyline.analyze.entities.context import (
    AFTER_PLACE,
    CALLING_TITLE,
    CREDIT_AFTER,
    CREDIT_WORD,
    DISEASE_HEAD,
    EVENT_HEAD,
    FUNCTION_WORD,
    GLUED_WORDS,
    HEADLINE_VERB,
    KIN_BEFORE,
    LEADING_FUNCTION_WORD,
    MEMBER_BEFORE,
    NAME_PARTICLES,
    NO_NOUN_AFTER,
    OFFICE_AFTER,
    ORG_AFTER,
    ORG_BEFORE,
    PERSON_HONORIFIC,
    PRODUCT_APPOSITIVE,
    PRODUCT_BEFORE,
    QUESTION_OPENER,
    RANK_TITLE,
    RULER_APPOSITIVE,
    TIME_ZONE,
    TITLE_ABBREVIATION,
    TRAILING_CLAUSE_WORD,
    TRAILING_DAY,
    headline_fragment,
    imperative,
    opens_question,
    ticker_after,
)
from storyline.analyze.entities.context_types import retype_cue
from storyline.analyze.entities.kind_words import BODY_KINDS, INDUSTRY_WORDS
from storyline.analyze.entities.mention_labels import (
    PLACE_LIKE,
    PreparedMention,
)
from storyline.analyze.entities.name_tails import cut_trailing_rank, owned_after
from storyline.analyze.entities.roles import (
    split_title,
    titles_only,
    trailing_role,
)
from storyline.analyze.entities.title_context import (
    apposed_role,
    degree_after_person,
    role_before,
)

__all__ = ["RawMention", "SpanIndex", "prepare_mention"]

_ARTICLE = re.compile(r"(?:the|The|THE)\s+")
_FACILITY = re.compile(
    r"\b(?:Hospital|Airport|Bridge|Stadium|Crossing|Port|Mosque|Church|Cathedral|Temple|"
    r"Synagogue|Square|Palace|Prison|Tower|Station|Camp|Dam|Base|Embassy|Centre|Center|"
    r"Building|Hall|Museum|Park|Highway|Road|Street|Avenue|Checkpoint|Terminal)$"
)


@dataclass(frozen=True, slots=True)
class RawMention:
    start: int
    end: int
    label: str


_BRACKET_TOKEN = re.compile(r"-[LR][RSC]B-|--+|[()\[\]{}]")
"""Tokenised brackets (-LRB-, -RRB-, ...) and dashes at a mention's edges are not its name."""


_HEAD_TOKEN = re.compile(r"\s*(?:" + _BRACKET_TOKEN.pattern + r")\s*")
_TAIL_TOKEN = re.compile(r"\s*(?:" + _BRACKET_TOKEN.pattern + r")\s*$")


class SpanIndex:
    """The recogniser's spans sorted by start, with the running furthest end, so "is this
    offset inside any span starting before X" is two bisections instead of a scan of all
    spans for every role word (quadratic on a long page)."""

    def __init__(self, spans: Sequence[RawMention]) -> None:
        self.spans = spans
        self.starts = [s.start for s in spans]
        self.reach = list(accumulate((s.end for s in spans), max))

    def person_ends_at(self, offset: int) -> bool:
        """Whether a span typed a person ends at `offset` (spans start at most 80 before)."""
        lo, hi = bisect_left(self.starts, offset - 80), bisect_left(self.starts, offset)
        return any(s.label == "PERSON" and s.end == offset for s in self.spans[lo:hi])

    def covers(self, offset: int, before: int) -> bool:
        """Whether a span starting before `before` contains `offset`."""
        n = min(bisect_right(self.starts, offset), bisect_left(self.starts, before))
        return n > 0 and self.reach[n - 1] > offset


def _trim_tokens(text: str, start: int, end: int) -> tuple[int, int]:
    changed = True
    while changed and start < end:
        changed = False
        head = _HEAD_TOKEN.match(text[start:end])
        if head and head.end() > 0:
            start += head.end()
            changed = True
        tail = _TAIL_TOKEN.search(text[start:end])
        if tail and tail.start() < end - start:
            end = start + tail.start()
            changed = True
    return start, end


def prepare_mention(text: str, m: RawMention, spans: SpanIndex) -> PreparedMention | None:
    """The mention a recogniser span makes on its own, or None when it names nothing."""
    start, end = _trim_tokens(text, m.start, m.end)
    surface = text[start:end]
    if not any(c.isupper() for c in surface):
        return None  # "us", "the": the recogniser's mistakes, never a name
    if "\n\n" in surface:
        surface = surface.split("\n\n", 1)[0]
        end = start + len(surface)
    while end > start and text[end - 1] in " \t\n,;:'’\"”`":
        end -= 1
    if surface.endswith(("'s", "’s")):
        end = min(end, start + len(surface) - 2)
    lost = _LOST_APOSTROPHE.search(text, start, end)
    if lost is not None and owned_after(text[lost.end() : end]):
        end = lost.start()  # "Acme s chief": a possessive whose apostrophe the source lost
    if titles_only(text[start:end], m.label):
        return None  # "Det Insp" cut from the name after it: a rank, never an entity
    if m.label != "PERSON":
        title = _TRAILING_TITLE.search(text, start, end)
        if title is not None and title.start() > start:
            end = title.start()  # "Coast Guard Adm. Ana Vale": the title is the person's
    else:
        end = cut_trailing_rank(text, start, end)  # "says Vale Admiral Ana Reyes"
    dash = _TRAILING_DASH.search(text, start, end)
    if dash is not None:
        end = dash.start()  # "Associated Press - May 2": a credit's dash is no part of it
    stutter = _STUTTER.fullmatch(text, start, end)
    if stutter is not None:
        end = start + len(stutter.group(1))  # "until Vale - Vale steps down": said once
    while start < end and text[start] in " \t\n\"“'‘(`&":  # "``": a tokenised opening quote
        start += 1  # "& Vale": the ampersand of "Tarn & Vale" joins names, opens none
    clock = _LEADING_CLOCK.match(text, start, end)
    if clock is not None and clock.end() < end:
        start = clock.end()  # "; 7:04 PM BP has reimbursed": a page's time stamp
    zone = _LEADING_ZONE.match(text, start, end)
    if (
        zone is not None
        and zone.end() < end
        and _CLOCK_BEFORE.search(text, max(0, start - 24), start)
    ):
        start = zone.end()  # "3:55 am IST DORCHESTER": the time stamp's zone, then a dateline
    article = _ARTICLE.match(text, start, end)
    if article and article.end() < end:
        start = article.end()
    if end <= start:
        return None
    surface = text[start:end]
    if TIME_ZONE.fullmatch(surface):
        return None  # "10:00 BST": a way of telling the time
    if _DECIMAL_OPENING.match(surface):
        return None  # ".357 Magnum", ".5 Percent": a calibre or a figure, never a name
    if FUNCTION_WORD.fullmatch(surface):
        return None  # "`` Along with that": a preposition opening a quote, never a name
    if CREDIT_WORD.fullmatch(surface) and CREDIT_AFTER.match(text, end):
        return None  # "Photo by Ann Vale": a caption's credit word
    day = TRAILING_DAY.search(surface) if m.label != "EVENT" else None
    day = day or TRAILING_CLAUSE_WORD.search(surface)
    if m.label == "PERSON":
        day = day or HEADLINE_VERB.search(surface)
    if day is not None and day.start() > 0:
        # "said Reyes Sunday": the weekday the recogniser ran into the name is no part of it
        end = start + day.start()
        dash = _TRAILING_DASH.search(text, start, end)
        if dash is not None:
            end = dash.start()  # "Associated Press - September 20": the credit's date
        surface = text[start:end]
    label, retype = m.label, retype_cue(text, surface, end, m.label)
    # "Farmer Odell": a calling as a title says a person, however the recogniser typed it,
    # and the article's other mentions of "Odell" follow (unify_labels)
    titled = CALLING_TITLE.match(surface) is not None or RANK_TITLE.match(surface) is not None
    if label in PLACE_LIKE | {"FAC"} and (titled or PERSON_HONORIFIC.match(surface)):
        label, titled = "PERSON", True  # "Dr Vale" typed a body: the honorific says a person
    label = retype or label
    if (
        (label in {"GPE", "LOC"} and _LONE_WORD.fullmatch(surface))
        # "health spokeswoman Ann Vale" typed a body: a name of a person's shape,
        # not a trade's or a body's ("analyst Harlow Research")
        or (
            label == "ORG"
            and _PLAIN_NAME.fullmatch(surface)
            and surface.split()[-1].lower() not in _NO_SURNAMES
            and not _THE_BEFORE.search(text, max(0, start - 8), start)
        )
    ) and role_before(text, start, spans)[0]:
        label, titled = "PERSON", True  # "why has President Dorvan acted": a person
    if label != "PERSON" and degree_after_person(text, start, end, spans):
        return None  # "Ana Reyes, MD": her degree, not Maryland
    if label == "PERSON" and surface in {"A", "An", "I"}:
        return None  # "-RRB- A jury": the article or the pronoun, never a name on its own
    if label == "PERSON" and _LIST_COMMA.search(surface) and not _POST_NOMINAL.search(surface):
        return None  # "Top Glove , Supermax and Kossan": a list run together, no one's name
    if label == "ORG" and " " not in surface and _SECTION_AFTER.match(text, end):
        return None  # "on p35 of the Main section": a newspaper's section, furniture
    if label == "PERSON" and DISEASE_HEAD.fullmatch(surface.split()[-1]):
        return None  # "Bird Flu": an illness, never a person
    if label == "PERSON" and _ABSTRACT_NOUN.fullmatch(surface):
        return None  # "Arachnophobia", "Realism": a common noun's ending, never a name's
    if (
        label in {"GPE", "LOC", "NORP"}
        and " " in surface
        and EVENT_HEAD.fullmatch(surface.split()[-1])
        and (surface.split()[-1] != "Spring" or _THE_BEFORE.search(text, max(0, start - 8), start))
    ):
        # "the Arab Spring": what happened, not a place; a town named for its spring
        # ("Silver Spring , Md .") takes no article, an event's season does
        label = "EVENT"
    post = _POST_NOMINAL.search(surface) if label == "PERSON" else None
    if post is not None and post.start() > 0:
        end = start + post.start()  # "Ada Rusk VC": the honour's letters are no name
        surface = text[start:end]
    m = RawMention(start, end, label)
    role: str | None = None
    if m.label == "PERSON":
        name, role = split_title(surface)
        if name != surface:
            start = start + surface.rfind(name)
            surface = name
        lead = LEADING_FUNCTION_WORD.match(surface)
        if lead is not None:
            start, surface = start + lead.end(), surface[lead.end() :]
        aux = QUESTION_OPENER.match(surface)
        if aux is not None and opens_question(text, start, end):
            # "Will Varga survive ?": the auxiliary opens a question, no given name
            start, surface = start + aux.end(), surface[aux.end() :]
        glued = GLUED_WORDS.match(surface)
        if glued and glued.group(1) not in NAME_PARTICLES:
            # "exit Mubarak": a lower-case word run into the name is no part of it
            start, surface = start + glued.end(), surface[glued.end() :]
        if " " not in surface and imperative(text, start, end):
            return None
        if role is None:
            role, role_start = role_before(text, start, spans)
            if role is not None:
                # "President Dorvan": a title right before a lone word says a person, so
                # the article's place readings of it yield (not a country's or a city's
                # alias such as "Washington")
                name = normalize_name(surface)
                cue = titled or (" " not in name and name_key(name) not in ALIASES)
                return PreparedMention(start, end, m.label, name, role, role_start, person_cue=cue)
            role = trailing_role(text[end : end + 100]) or apposed_role(text, start, end)
    if not any(c.isalpha() for c in surface):
        return None
    if TITLE_ABBREVIATION.fullmatch(surface) or headline_fragment(text, end, surface, m.label):
        return None
    label = "FAC" if m.label in {"ORG", "PERSON", "GPE"} and _FACILITY.search(surface) else m.label
    if label in PLACE_LIKE:
        place_before = AFTER_PLACE.search(text, max(0, start - 40), start)
        after_place = place_before is not None
        if place_before is not None and normalize_name(surface) == normalize_name(
            place_before.group().rstrip(" ,")
        ):
            return None  # "Washington, D.C.": the place's second part names it again
        state = us_state(surface, after_place=after_place)
        if state is not None:
            # "Mobile, Alabama" typed a body: the article's other mentions follow
            retyped = "GPE" if state == surface and label != "GPE" else None
            return PreparedMention(start, end, "GPE", state, None, retype=retyped)
    if label == "ORG" and _PLAIN_NAME.fullmatch(surface):
        # "Ann Vale , the health secretary ,": a title in apposition says a person
        appositive = trailing_role(text[end : end + 100])
        if appositive is not None:
            label, role = "PERSON", appositive
    kin = False
    kin_before = KIN_BEFORE.search(text, max(0, start - 20), start)
    if (
        label in {"ORG", "GPE", "LOC", "FAC", "PERSON"}
        and kin_before is not None
        and (
            _PLAIN_NAME.fullmatch(surface)
            # a lone word only after a family word ("her daughter Tilde"), not "friend"
            or (_LONE_WORD.fullmatch(surface) and kin_before.group().split()[0] in _FAMILY)
        )
    ):
        # "neighbor Ana Ruiz shouted": a kin or a neighbour is a person, and so are the
        # article's other mentions of the name ("with Ana", typed a place there)
        label, kin = "PERSON", True
    business = False
    if label in {"ORG", "GPE", "LOC", "NORP", "PERSON"} and _has_company_suffix(surface):
        # "Harlow Ltd.": a legal form says a company, whatever the recogniser typed; the
        # article's other mentions of "Harlow" follow (retype_businesses)
        label, business = "ORG", True
    if label in {"ORG", "GPE", "PERSON", "NORP"} and (
        PRODUCT_BEFORE.search(text, max(0, start - 30), start)
        or PRODUCT_APPOSITIVE.match(text, end)
    ):
        name = normalize_name(surface)
        return PreparedMention(start, end, "PRODUCT", name, None, product=True)
    if label == "PERSON":
        # "research firm Autodata", "Acme's chief executive": the words around the name
        # say it is a business; every mention of that name in the article follows
        business = business or bool(
            ORG_BEFORE.search(text, max(0, start - 60), start)
            or ORG_AFTER.match(text, end)
            or ticker_after(text, end, surface)
        )
        member = MEMBER_BEFORE.search(text, max(0, start - 4), start)
        if not business and member and NO_NOUN_AFTER.match(text, end):
            label = "NORP"  # "I'm a Lib Dem.": a member of a group, never a person's name
    if label in {"ORG", "FAC", "NORP", "PRODUCT"} and aged(text, end, surface):
        label = "PERSON"  # "Pacitti , 24 , was the tenth case": an age says a person
    who = label == "FAC" and followed_by_who(text, end, surface)
    if who:
        label = "PERSON"  # "Orrin Hall , who directs the agency": no building is "who"
    person_cue = (
        titled
        or kin
        or who
        or (label == "PERSON" and aged(text, end, surface))
        or (
            label in {"GPE", "LOC", "ORG", "PERSON"}
            and OFFICE_AFTER.match(text, end) is not None
            and _LONE_WORD.fullmatch(surface) is not None
        )
    )
    ruler = " " not in surface and RULER_APPOSITIVE.match(text, end) is not None
    if ruler and label in PLACE_LIKE | {"FAC", "PERSON"}:
        label, person_cue = "PERSON", True  # "Tovaris, ruler from 604 BC,": a person
    if person_cue and label == "ORG":
        label = "PERSON"  # "the Reyes administration": a person's name modifying an office
    name = normalize_name(surface)
    if label == "ORG":
        name = without_company_suffix(name)
    return PreparedMention(
        start, end, label, name, role, business=business, person_cue=person_cue, retype=retype
    )


_LEADING_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s+(?=[A-Z])")
_POST_NOMINAL = re.compile(
    r"(?:\s*,)?\s+(?:VC|GC|MC|DSO|DSC|DFC|MBE|OBE|CBE|KBE|DBE|GBE|QC|KC|MP|MSP|MEP|FRS)\Z"
)
"""Post-nominal letters after a person's name ("Ada Rusk VC", "Eli Vance, QC"): an
honour's or an office's letters, a closed class of common ones, no part of the name."""
_DECIMAL_OPENING = re.compile(r"\.\d")
"""A mention opening with a decimal point and a digit: a calibre (".357 Magnum") or a
figure; no name opens so."""


_LEADING_ZONE = re.compile(TIME_ZONE.pattern + r"\s+(?=[A-Z])")
_CLOCK_BEFORE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*\Z")
"""A clock time ending right before a mention ("3:55 am "): a time zone opening the
mention after it belongs to the time stamp, not to the name (a dateline follows)."""
_TRAILING_DASH = re.compile(r"\s+[-–—]+\s*\Z|\s+\Z")
_STUTTER = re.compile(r"([^\W\d][\w.'’-]*(?:\s+[^\W\d][\w.'’-]*)*)\s+[-–—]+\s+\1")
"""A name said twice around a dash ("until Vale - Vale steps down"): a speaker's stutter
in a transcript, the name once; the recogniser reads both as one name."""
_ABSTRACT_NOUN = re.compile(r"[A-Z][a-z]+(?:phobia|ism|ology|itis|mania)")
"""A lone capitalised word with an abstract noun's ending: a word opening a sentence."""
_TRAILING_TITLE = re.compile(
    r"\s+(?:Adm|Gen|Lt|Col|Sgt|Capt|Cmdr|Maj|Rep|Sen|Gov|Supt|Insp|Det|Mr|Mrs|Ms|Pte|Pvt|"
    r"Cpl|LCpl|L/Cpl|Brig|Cdr|Gnr|Spr|Tpr|Rfn|Gdsm|Bdr|Cllr)\.?\Z"
)
"""A title abbreviation ending a body's or a place's mention ("Coast Guard Adm.", cut off
before the person it titles): no part of that name."""
_LOST_APOSTROPHE = re.compile(r"(?<=\w)\s+s(?=\s|\Z)")
"""A lone lower-case "s" after a name ("Acme s record", "Acme s chief executive" read as
one body): the possessive of a source that dropped its apostrophes; no name holds such a
word, so the name ends before the first one and the words after it are what it owns."""


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_LONE_WORD = re.compile(r"[A-Z][a-z]+")
_FAMILY = frozenset(
    [
        "son",
        "daughter",
        "father",
        "mother",
        "wife",
        "husband",
        "brother",
        "sister",
        "cousin",
        "uncle",
        "aunt",
        "nephew",
        "niece",
        "grandson",
        "granddaughter",
        "widow",
    ]
)
_BODY_NOUNS = frozenset(
    {
        *("research", "capital", "media", "news", "bank", "society", "association", "union"),
        *("federation", "league", "foundation", "trust", "fund", "party", "movement", "club"),
    }
)
_PLAIN_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")
"""Two or three capitalised words and nothing else: the shape of a person's name."""
_NO_SURNAMES = INDUSTRY_WORDS | BODY_KINDS | _BODY_NOUNS
"""Last words of a body's name that are no one's surname ("Harlow Research", "Tarn Bank",
"the Wildlife Society")."""


def _has_company_suffix(surface: str) -> bool:
    """Whether a name ends in a company's legal form ("Harlow Ltd.", "Acme Inc")."""
    plain = " ".join(surface.split())
    return without_company_suffix(plain) != plain


_LIST_COMMA = re.compile(r"\s,\s+(?!(?:Jr|Sr|II|III|IV)\b)")
"""A comma written apart inside a person's span ("Glove , Supermax"): a tokenised list of
names run into one span; a generational suffix or an honour's letters after a comma
("Vale , Jr.", "Vale , QC") are a name's."""
_SECTION_AFTER = re.compile(r"\s+section\b")
