"""The name each prepared mention of one article stands for: a surname the full name it
abbreviates, initials the long name the article defines or wrote before them, a body's
first word the body it starts, a rare vowel spelling the common one.

Split from canonical.py, which prepares the mentions and runs the article-wide passes;
names are looked up in an index built once per article, never in a list of names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from storyline.analyze.entities.aliases import (
    surname_keys,
    vowel_variant,
)
from storyline.analyze.entities.given_names import formal_given_names
from storyline.analyze.entities.kind_words import (
    BODY_KINDS,
    INDUSTRY_WORDS,
    join_org_first_words,
    longest_form,
)
from storyline.analyze.entities.mention_labels import (
    PLACE_LIKE,
    PreparedMention,
    cached_name_key,
)
from storyline.analyze.entities.name_index import NameIndex
from storyline.analyze.entities.org_tails import body_ending_in

__all__ = ["resolve_names", "within_a_sentence"]


def resolve_names(
    text: str, work: Sequence[PreparedMention], persons: Sequence[PreparedMention]
) -> list[str]:
    """The canonical name of each of `work` (in order); `persons` are its full names."""
    join_org_first_words(text, work, persons)  # "Harlow" typed a person after "Harlow Mae"
    names = NameIndex(text, work, persons)
    canon = _short_first_names(work, [_resolve(w, names) for w in work])
    return _vowel_variants(work, _established_surnames(text, work, canon, names.related))


def _short_first_names(work: Sequence[PreparedMention], canon: list[str]) -> list[str]:
    """A person written in full once with a common short form of the given name and once
    with the given name it shortens and middle initials ("Fred Quenby" and "Frederick C.
    Quenby"), the surname the same, is one person: the article's first-written form
    names both, so that a lone "Quenby" is not read as one of two people. As in the corpus
    merge (corpus/entity_person_forms.py), the short form must fit exactly one such name
    ("Ted Quenby" beside "Edward Quenby" and "Theodore Quenby" stays apart)."""
    names = list(dict.fromkeys(c for w, c in zip(work, canon, strict=True) if w.label == "PERSON"))
    full = [n for n in names if " " in n]
    by_surname: dict[str, list[str]] = {}  # `_shortens` asks for the same last word
    for n in full:
        if n.split():
            by_surname.setdefault(n.split()[-1], []).append(n)
    fix: dict[str, str] = {}
    for short in full:
        if len(short.split()) != 2:
            continue  # no short form of a given name and a surname
        same = by_surname.get(short.split()[-1], ())
        wholes = [n for n in same if _shortens(short.split(), n.split())]
        if len(wholes) == 1:
            first, second = sorted((short, wholes[0]), key=names.index)
            fix[second] = first
    if not fix:
        return canon
    return [fix.get(c, c) if w.label == "PERSON" else c for w, c in zip(work, canon, strict=True)]


def _shortens(short: list[str], whole: list[str]) -> bool:
    """Whether `short` ("Fred Quenby") writes `whole` ("Frederick C. Quenby") with a common
    short form of its given name (given_names.py): the same surname, and between `whole`'s
    given name and surname initials, the formal form's mark. Without one ("Jacqui Orland",
    "Jacqueline Orland") the two may be relatives named alike, and stay apart."""
    if len(short) != 2 or len(whole) < 2 or short[-1] != whole[-1]:
        return False
    formal = formal_given_names(short[0])
    middle = whole[1:-1]
    return (
        whole[0].casefold() in formal
        and bool(middle)
        and all(_INITIAL.fullmatch(w) for w in middle)
    )


_INITIAL = re.compile(r"[A-Z]\.?")


def _established_surnames(
    text: str, work: Sequence[PreparedMention], canon: list[str], related: set[int]
) -> list[str]:
    """A lone surname the article wrote for one person while it had named only that person
    of the surname in full goes on naming them after a second one is named in full
    ("Ravi Quenby ... Quenby said ... his father , coach Oren Quenby ... Quenby said"): a
    writer who has begun calling one person by the surname names the newcomer in full to
    tell them apart, so the last full name before a later lone surname is not the one it
    means, unless written in the surname's own sentence or the one before it ("Oren Quenby
    arrived . Quenby spoke"). The surname's first use after two are named, in the sentence
    right after one of them only, makes it that one's the same way; a relative named as
    such ("his son , Ivo Quenby", the ids in `related`) is not one of them, as a lone
    surname is the article's principal (`NameIndex.principal`), and a sentence before
    naming several of the surname ("his daughters Ana Quenby , Lia Quenby") is no
    evidence for the last of them. A lone surname left as written stays so."""
    seen: dict[str, set[str]] = {}
    last: dict[str, tuple[PreparedMention, str]] = {}
    established: dict[str, str] = {}
    where: dict[str, PreparedMention] = {}  # each full name's last mention
    out = list(canon)
    for i, (w, c) in enumerate(zip(work, canon, strict=True)):
        if w.label != "PERSON":
            continue
        if " " in w.name:
            if id(w) in related:
                continue
            for key in surname_keys(c):
                seen.setdefault(key, set()).add(c)
                last[key] = (w, c)
            where[c] = w
            continue
        key = cached_name_key(w.name)
        named = seen.get(key, set())
        if c == w.name or c not in named:
            continue
        near, nearest = last[key]  # the last full name of the surname, and whom it names
        close = within_a_sentence(text, near.end, w.start)
        alone = not any(
            within_a_sentence(text, where[n].end, w.start) for n in named if n != nearest
        )
        if len(named) == 1 or (close and alone and c == nearest and key not in established):
            # the surname's first use for a person: the only one of it named so far, or
            # the one named in the sentence before ("The man , Gary Gomes , 35 , ... .
            # Gomes was arrested")
            established.setdefault(key, c)
            continue
        first = established.get(key)
        if first in named and first != c and not (close and alone):
            out[i] = first
    return out


_SENTENCE_END = re.compile(r"[.!?](?:\s*(?:''|”|\"))?\s+(?=\S)")
"""A full stop, a question or an exclamation mark (a closing quote mark after it) and the
space before the next sentence."""


def within_a_sentence(text: str, end: int, start: int) -> bool:
    """Whether at most one sentence ends between `end` and `start`: the name at `end` is
    in the sentence of `start` or the one right before it. The search stops at the second
    sentence end: the name may be pages back on a long page, and counting every end
    between was a walk of the page for each lone surname."""
    ends = _SENTENCE_END.finditer(text, end, start + 1)  # the next word seen
    return next(ends, None) is None or next(ends, None) is None


def _vowel_variants(work: Sequence[PreparedMention], canon: list[str]) -> list[str]:
    """A person's full name written once or twice with one word's vowels changed ("Hajj
    Osama" in an article that writes "Hajj Usama" seven times) is that person: the same
    article, the other words the same, a word of four letters or more and the other
    spelling three times as common. Across articles such variants stay apart (two people
    may be "Dana" and "Dina" of one family)."""
    counts = Counter(c for w, c in zip(work, canon, strict=True) if w.label == "PERSON")
    names = [n for n in counts if " " in n]
    fix: dict[str, str] = {}
    for rare in names:
        found = {
            common
            for common in names
            if counts[common] >= _VARIANT_RATIO * counts[rare] and vowel_variant(rare, common)
        }
        if len(found) == 1:
            fix[rare] = found.pop()
    return [fix.get(c, c) if w.label == "PERSON" else c for w, c in zip(work, canon, strict=True)]


_VARIANT_RATIO = 3


def _resolve(w: PreparedMention, names: NameIndex) -> str:
    if w.label == "PERSON":
        return _full_name(w, names)
    if w.label in PLACE_LIKE and w.name.isupper() and 2 <= len(w.name) <= 6:
        expansion = names.expansion(w.name, w.start)
        if expansion is not None:
            return expansion
    if w.label == "ORG" and " " not in w.name:
        return _org_short_form(w, names)
    if w.label == "ORG":
        return _org_first_words(w, names)
    return w.name


def _org_first_words(w: PreparedMention, names: NameIndex) -> str:
    """A body's name written by its first words ("Harlow Mae" after "Harlow Mae
    Technologies") is that body when exactly one body named before it starts so and
    the words it drops name a kind of firm (`_FIRM_TAILS`): as `_org_short_form` reads a
    first word alone. Not when the article named a company so
    in full, with its legal form ("Harlow Mae Inc. ... its Harlow Mae Air unit ... Harlow
    Mae said"): the longer name is its unit's."""
    words = w.name.split()
    bodies = [o for o in names.org_first.get(cached_name_key(words[0]), []) if o.start < w.start]
    if _written_longer(w, names) or any(
        o.name == w.name and (o.business or _written_longer(o, names)) for o in bodies
    ):
        # "Tarnby Savings Group" (named "Tarnby Savings") beside "Tarnby Savings Bank": the
        # short form is the name of a body of its own, not a short form of the bank's
        return w.name
    longer = {
        o.name
        for o in bodies
        if len(o.name.split()) > len(words) and o.name.split()[: len(words)] == words
    }
    full = _one_form(longer, w.name)
    dropped = cached_name_key(" ".join(full.split()[len(words) :])).split()
    return full if set(dropped) <= _FIRM_TAILS else w.name


def _written_longer(o: PreparedMention, names: NameIndex) -> bool:
    """Whether a body's mention was written with more words than its name keeps (a kind
    word or designator cut: "Tarnby Savings Group" named "Tarnby Savings")."""
    return len(names.text[o.start : o.end].split()) > len(o.name.split())


_FIRM_TAILS = INDUSTRY_WORDS | frozenset(
    {"bank", "savings", "financial", "technologies", "technology", "processing", "cos", "trust"}
)
"""Words a company's full name ends in that its short form drops ("Harlow Mae Technologies",
"Harlow Mae Savings Bank"): a kind of firm. Any other word names another body, a unit of
the company ("Harlow Mae Air", "Harlow Mae Marine"), and the short form is the company's."""


def _one_form(found: set[str], default: str) -> str:
    """The one body `found` holds, written in full or shorter ("Harlow Mae Savings Bank"
    and "Harlow Mae Savings" are one): its longest name; else `default`."""
    by_key = {cached_name_key(n): n for n in found}
    full = longest_form(set(by_key))
    return by_key[full] if full is not None else default


def _org_short_form(w: PreparedMention, names: NameIndex) -> str:
    """A body's first word alone ("Carver" after "Carver Holdings"), or that word clipped
    ("Fed" after "Federal Reserve"), is that body when the article named exactly one
    organisation starting so before it: companies are written by their first word once
    introduced, as people are by their surname."""
    if w.name.isupper() or len(names.org_spellings.get(cached_name_key(w.name), ())) > 1:
        # initials are a body's own name ("KLX" beside "KLX America"), and a word the
        # article writes two ways ("Al-Dawa" opening a quote, "al-Dawa" in the text) is a
        # name in its own right, not a short form of a headline's "Al-Dawa Web Sites"
        return w.name
    if w.business:
        # a name written with its own legal form ("Velmar Corp.") is a company of its own
        # beside a longer one it does not start ("Velmar Texas Bank", its unit), and the
        # longer one it starts as written ("Velmar Corp. International") is itself
        written = " ".join(names.text[w.start : w.end].split()).casefold() + " "
        return _one(
            {
                o.name
                for o in names.org_first.get(cached_name_key(w.name), [])
                if o.start < w.start and o.name.casefold().startswith(written)
            },
            w.name,
        )
    key = cached_name_key(w.name)
    before = {
        o.name
        for o in names.org_first.get(key, [])
        if o.start < w.start and o.name.split()[0] == w.name
    }
    if not before and len(key) >= _CLIPPED_MIN and w.name[:1].isupper():
        # "the Fed" after "the Federal Reserve": news clips a body's first word to its
        # opening letters once the body is named; the article's own long name is the
        # evidence, and only when exactly one body named before starts so
        before = {
            o.name
            for first, bodies in names.org_first.items()
            if len(first) >= len(key) + 2 and first.startswith(key)
            for o in bodies
            if o.start < w.start and o.name.split()[0].startswith(w.name)
        }
    if (
        not before
        and key in _LONE_KINDS | _OUTLET_KINDS
        and w.name[:1].isupper()
        and _THE_BEFORE.search(names.text, max(0, w.start - _THE_CHARS), w.start)
    ):
        # "the Council" ("this Council") of an article that names one council;
        # "its Board" or "Acme's Board" is another body's own, and a bare capitalised
        # kind with no "the" is a country's own institution ("told Parliament")
        return _one(names.org_kind.get(key, set()), w.name)
    if not before and key not in _LONE_KINDS:
        # "the Harriers" once "Velmar Falls Harriers" is named: a team by its nickname
        return body_ending_in(w.name, names.org_tails, w.start) or w.name
    return _one_form(before, w.name)


def _one(found: set[str], default: str) -> str:
    """The one name `found` holds, else `default` (none, or several to choose from)."""
    return next(iter(found)) if len(found) == 1 else default


_LONE_KINDS = BODY_KINDS | frozenset({"ministry", "board", "tribunal"})
"""A body's kind noun that news writes alone, capitalised, after "the", for the one body of
that kind it named in full ("the Harbour Council ... the Council's vote"). Two bodies of the
kind leave it as written. Nouns that also close names of other things are left out: "House"
(of "White House" and of a chamber), "Court", "Bank", "Department", "Party"; and so are
"Parliament" and "Assembly", which news writes alone for the country's own chamber whatever
youth or regional parliament the article also names."""
_OUTLET_KINDS = frozenset({"post", "times", "news", "press"})
"""A newspaper's last word, shared by many ("the Post"): after "the", in an article that
names exactly one paper ending in it ("The Velmar Post reported ... the Post stated"),
the article's own paper; two papers ending so, or none, leave it as written."""
_THE_BEFORE = re.compile(r"(?<![\w'])(?:[Tt]he|[Tt]his|[Tt]hat)\s+$")
""""the", or a demonstrative pointing back ("members of this Council")."""
_THE_CHARS = 7


_CLIPPED_MIN = 3
"""Letters a clipped first word keeps at least ("Fed" of "Federal"): fewer read as initials."""


def _full_name(w: PreparedMention, index: NameIndex) -> str:
    words = w.name.split()
    if len(words) > 1:
        # the last words of one longer name ("bin Tarek" of "Sami bin Tarek", "Fogh Larsen"
        # of "Jens Fogh Larsen") are that person
        tail = " " + cached_name_key(w.name)
        holders = {
            p.name
            for p in index.persons(cached_name_key(words[-1]))
            if cached_name_key(p.name).endswith(tail)
        }
        return holders.pop() if len(holders) == 1 else w.name
    matches = index.principal(index.persons(cached_name_key(w.name)))
    if not matches and w.name.isupper() and w.name.isalpha():
        # a person written by the initials of a full name the article writes ("FDR" of
        # "Franklin D. Roosevelt"), when exactly one person of the article has them
        holders = index.person_initials.get(w.name, set())
        return next(iter(holders)) if len(holders) == 1 else w.name
    if not matches:
        matches = _by_formal_given_name(w, index)
    before = _last_before(matches, w.start)
    if before is not None:
        return before.name
    # no full name before it: a headline's or a lede's surname is the person named in full
    # just after ("Vale quits" above "Dana Vale resigned"), when the article names one such
    # person; one named only far below may be another of that surname ("the Dana Vale
    # era" in a story on her son), and two leave it unresolved, never the first seen
    names = {p.name for p in matches}
    after = next((p for p in matches if p.start > w.start), None)
    if len(names) == 1 and after is not None and after.start - w.end <= _CATAPHOR_CHARS:
        return after.name
    return w.name


def _by_formal_given_name(w: PreparedMention, index: NameIndex) -> list[PreparedMention]:
    """The full names whose first name `w` is a short form of ("Hank" alone after "Henry
    Dorwin Quenby": a victim's or a child's feature calls them by the short given name),
    when exactly one person of the article has such a first name; a short form two
    persons' given names share ("Al": Albert, Alfred) stays as written."""
    key = cached_name_key(w.name)
    found = [
        p
        for formal in formal_given_names(key)
        if formal != key
        for p in index.by_first.get(formal, [])
    ]
    return found if len({p.name for p in found}) == 1 else []


_CATAPHOR_CHARS = 400
"""How far below a lone surname the one full name may be written first for the surname to
be that person: a headline, a dateline and a lede; past that the surname stays as written
and the corpus decides (corpus/entities.py joins it to a dominant full name)."""


def _last_before(matches: Sequence[PreparedMention], start: int) -> PreparedMention | None:
    """The last of `matches` (in text order) that starts before `start`."""
    for p in reversed(matches):
        if p.start < start:
            return p
    return None
