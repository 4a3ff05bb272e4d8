"""What a reader sees of Timeline17 stories, laid out for a person to judge.

    python -m eval.t17_reading quotes DB [DB ...] [--n 100] [--seed 14]
    python -m eval.t17_reading entities DB [DB ...] [--stories 3]

`quotes` draws a seeded random sample of `--n` quotes from each given database (one
per topic, built with `storyline ingest`) among those whose speaker a reader is shown,
and prints each with the
sentences before it, its speaker, how the speaker was resolved and the mention it
was read from, numbered, for a person to mark right or wrong. `entities` prints
each large story's top 10 entities and flags pairs a reader would take for one
entity split in two (one name inside the other, or one the initials of the other).
Nothing here decides correctness on its own: the judging is done by reading.
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Sequence
from pathlib import Path

from storyline.analyze.entities.aliases import acronym, acronym_variants, name_key
from storyline.analyze.entities.org_tails import ending_variant
from storyline.corpus.entity_person_forms import one_letter_apart
from storyline.corpus.entity_retypes import BODY_HEAD
from storyline.engine import Storyline
from storyline.model import Article, Entity, Quote

__all__ = ["main", "quote_sample", "split_pairs", "story_top_entities"]

_CONTEXT_CHARS = 420


def quote_sample(
    dbs: Sequence[Path], n: int, seed: int, counts: dict[str, int] | None = None
) -> list[tuple[str, Article, Quote]]:
    """A seeded sample of `n` quotes whose speaker a reader is shown (a name or an unnamed
    source's description), `n` from each database; `counts` receives how many quotes there
    were, how many show a speaker and how many were left unresolved. Attributions that
    state nothing (`Quote.stated`) are no quotes: counted apart, never drawn."""
    out: list[tuple[str, Article, Quote]] = []
    rng = random.Random(seed)
    for db in dbs:
        pool: list[tuple[str, Article, Quote]] = []
        with Storyline(db) as engine:
            for article in engine.articles():
                for quote in article.quotes:
                    if not quote.stated:
                        # a wish, a deed, a topic or a stance: no quote a reader is shown
                        if counts is not None:
                            counts["not statements"] = counts.get("not statements", 0) + 1
                        continue
                    if counts is not None:
                        counts["quotes"] = counts.get("quotes", 0) + 1
                    sp = quote.speaker
                    if sp is not None and sp.name is not None:
                        pool.append((db.stem, article, quote))
                    elif counts is not None:
                        counts["no speaker shown"] = counts.get("no speaker shown", 0) + 1
        if counts is not None:
            counts["speaker shown"] = counts.get("speaker shown", 0) + len(pool)
        out.extend(rng.sample(pool, min(n, len(pool))))
    return out


def _show_quote(i: int, topic: str, article: Article, quote: Quote) -> str:
    sp = quote.speaker
    assert sp is not None
    start = min(quote.start, sp.start if sp.start is not None else quote.start)
    before = article.text[max(0, start - _CONTEXT_CHARS) : start]
    evidence = sp.resolved_from
    seen = f"{evidence.text!r}@{evidence.start}" if evidence else "-"
    return (
        f"[{i}] {topic} {article.id} ({article.published})\n"
        f"    ...{' '.join(before.split())}\n"
        f"    QUOTE ({quote.kind}, cue {quote.cue!r}): {' '.join(quote.text.split())[:300]}\n"
        f"    SPEAKER: {sp.name!r}  [written {sp.text!r}, {sp.resolution}, from {seen}]"
    )


def story_top_entities(db: Path, stories: int) -> list[tuple[str, str, list[Entity]]]:
    """(story id, title, top 10 entities) for the largest stories of a database as
    Storyline.story_entities defines them: the store's canonical entities (one name, one
    type each) counted on the story's mentions. The label a reader sees lists the story's
    names as written (corpus/stories/labels.py): reading the store's entity list there
    would rebuild it over every mention after each ingest (12 s at 10k articles)."""
    out = []
    with Storyline(db) as engine:
        for label in engine.stories(limit=stories):
            out.append((label.id, label.title, engine.story_entities(label.id)[:10]))
    return out


def split_pairs(entities: Sequence[Entity]) -> list[tuple[str, str]]:
    """Pairs of entities a reader would read as one: a name inside the other, a word
    clipped from the other's first word ("Fed", "Federal Reserve"), a place with and
    without its kind ("Tarvo", "Tarvo Village", typed differently), or initials. A place
    inside a place's name ("Mexico", "Mexico City") and a body named after initials
    ("NHS", "NHS Confederation") are two entities, not flagged. The same words in another
    order are flagged, and a name starting another is flagged whatever the two were typed
    (three rows of one company typed PRODUCT, PERSON and ORG are one split), and so is
    one person's long given name spelled one letter apart ("Karl-Henric Dalberg")."""
    pairs = []
    for i, a in enumerate(entities):
        for b in entities[i + 1 :]:
            ka, kb = name_key(a.name), name_key(b.name)
            words_a, words_b = _words(ka), _words(kb)
            inside = (
                (words_a < words_b or words_b < words_a)
                and a.type == b.type
                and a.type != "GPE"
                and not _named_after(a.name, b.name)
                and not _named_after(b.name, a.name)
                # "Dorvanian" and "Dorvanian Federation of Trade Unions", both typed a
                # people: a nationality inside a body's name is no short form of it
                and not (_people_in_body(a, b) or _people_in_body(b, a))
                # "American" and "African - American": a people named with a qualifier
                # before it is another people
                and not (a.type == "NORP" and (_ends(ka, kb) or _ends(kb, ka)))
            )
            # "Oshen" PERSON and "Tamir Oshen" typed a place: a person's lone surname or
            # given name beside the full name typed otherwise is one person ("Washington"
            # the city beside "George Washington" stays apart: the lone word is no person)
            inside |= _person_word_of(a, b, ka, kb) or _person_word_of(b, a, kb, ka)
            inside |= a.type == b.type and (_clipped(ka, kb) or _clipped(kb, ka))
            inside |= ka == kb  # one name written two ways ("Acme s", "Acme")
            inside |= _with_kind(ka, kb) or _with_kind(kb, ka)
            # the same words in another order ("Transitional National Council")
            inside |= len(words_a) > 1 and words_a == words_b
            # one name the start of the other, typed apart ("Gulf" LOC, "Gulf of Mexico"
            # FAC): a type difference is no sign of two entities, the recogniser's type of a
            # short form is a guess; a country or city inside a name stays apart ("Mexico")
            inside |= (
                a.type != b.type
                and "GPE" not in (a.type, b.type)
                and (_starts(ka, kb) or _starts(kb, ka))
                # "Tarrow" and "Tarrow 's Field Guide": a title named after its owner
                and not (_possessive_of(a.name, b.name) or _possessive_of(b.name, a.name))
                # "British" and "British Medical Journal": a people's adjective opening a
                # body's name is no short form of it
                and not (_people_word_of(a, kb) or _people_word_of(b, ka))
            )
            # one name the end of the other, typed apart ("Harriers" PRODUCT, "Velmar Falls
            # Harriers" ORG): a team's or a body's last word is how news writes it once named
            inside |= (
                a.type != b.type
                and {a.type, b.type} <= _TAIL_TYPES
                and (_ends(ka, kb) or _ends(kb, ka))
            )
            # one company's name with its last word's ending changed ("Velmar Distribution",
            # "Velmar Distributors")
            inside |= a.type == b.type != "PERSON" and ending_variant(ka, kb)
            # one person's given name spelled one letter apart ("Karl-Henric Dalberg")
            inside |= a.type == b.type == "PERSON" and one_letter_apart(ka, kb)
            # a person's initials are no short form ("Bobby Pitre" is not "BP")
            initials = a.name.isupper() and b.type != "PERSON" and _initials_of(a.name, b.name)
            initials |= b.name.isupper() and a.type != "PERSON" and _initials_of(b.name, a.name)
            if inside or initials:
                pairs.append((a.name, b.name))
    return _without_competing(pairs)


def _without_competing(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`pairs` without those of a short name that is part of two longer names neither of
    which holds the other ("Navy" beside "Dorvanian Navy" and "Kestrian Navy"): a reader
    cannot tell which one it is, so it is no split of either. Nested long names ("Harriers",
    "Falls Harriers", "Velmar Falls Harriers") are one name written three ways."""
    longer: dict[str, set[str]] = {}
    for a, b in pairs:
        wa, wb = _words(name_key(a)), _words(name_key(b))
        if wa < wb:
            longer.setdefault(a, set()).add(b)
        elif wb < wa:
            longer.setdefault(b, set()).add(a)
    ambiguous = {
        short
        for short, names in longer.items()
        if any(
            not (_words(name_key(x)) <= _words(name_key(y)))
            and not (_words(name_key(y)) <= _words(name_key(x)))
            for x in names
            for y in names
        )
    }
    return [(a, b) for a, b in pairs if a not in ambiguous and b not in ambiguous]


_TAIL_TYPES = frozenset({"ORG", "PRODUCT", "PERSON", "NORP", "FAC"})
"""Types a name's last words may be read under while the whole name is read under another:
a country's or city's name inside a longer place ("Jersey" GPE) stays apart."""


def _ends(short: str, long: str) -> bool:
    """Whether `long` is more words and then `short` ("harriers", "velmar falls harriers")."""
    return len(long.split()) > len(short.split()) and long.endswith(" " + short)


def _people_in_body(short: Entity, long: Entity) -> bool:
    """Whether `short` is a people's word (typed NORP) opening `long`, a body's name by its
    head ("Dorvanian Federation of Trade Unions"): two entities, whatever `long` was typed."""
    return (
        short.type == "NORP"
        and long.name.startswith(short.name + " ")
        and BODY_HEAD.search(long.name) is not None
    )


def _person_word_of(short: Entity, long: Entity, short_key: str, long_key: str) -> bool:
    """Whether the lone word `short` typed a person is the first or last word of the two- or
    three-word name `long` typed otherwise, or `long` typed a person and `short` a body or a
    place but no country or city ("Tamir" LOC beside "Tamir Oshen"): one person's name
    split by the recogniser's types."""
    words = long_key.split()
    if " " in short_key or not 2 <= len(words) <= 3 or short.type == long.type:
        return False
    if short_key not in (words[0], words[-1]):
        return False
    return short.type == "PERSON" or (long.type == "PERSON" and short.type != "GPE")


def _starts(short: str, long: str) -> bool:
    """Whether `long` is `short` and more words after it ("constellation", "constellation
    energy group")."""
    return len(long.split()) > len(short.split()) and long.startswith(short + " ")


def _people_word_of(short: Entity, long_key: str) -> bool:
    """Whether `short` is a people's word (typed NORP: "British", "Kestrian") that opens
    the name `long_key` as an adjective ("british medical journal"): two entities. A
    people's word before a party's or a group's head ("Green", "Green Party") names that
    group's members, and stays flagged."""
    if short.type != "NORP":
        return False
    rest = long_key[len(name_key(short.name)) :].split()
    return not (rest and rest[0] in _GROUP_HEADS)


_GROUP_HEADS = frozenset(
    {"party", "movement", "alliance", "league", "front", "coalition", "bloc", "caucus"}
)
"""Heads of a political group's name: the group's member noun or adjective before one
("Green", "Green Party"; "Reform", "Reform Alliance") is that group, a split."""


def _possessive_of(short: str, long: str) -> bool:
    """Whether `long` is `short` as a possessive and more words ("Tarrow 's Field Guide"):
    a thing named after its owner, two entities."""
    head = long.replace("’", "'")[len(short) :]
    return long.startswith(short) and re.match(r"\s*'s\s+\S", head) is not None


def _words(key: str) -> set[str]:
    """A key's words without lone dashes: "vale - vale" (a stutter) is "vale"."""
    return {w for w in key.split() if any(c.isalnum() for c in w)}


_KINDS = frozenset({"village", "town", "township", "hamlet", "island", "county"})


def _with_kind(short: str, long: str) -> bool:
    """Whether `long` is `short` and a place's kind ("tarvo", "tarvo village"), whatever the
    two were typed ("City" is left out: "Mexico" and "Mexico City" are two places)."""
    words = long.split()
    return len(words) > 1 and words[-1] in _KINDS and " ".join(words[:-1]) == short


def _named_after(short: str, long: str) -> bool:
    """Whether `long` is a body named after the initials `short` ("NHS Confederation")."""
    words = long.split()
    if len(words) > 1 and all(w.casefold() in _COMPANY_WORDS for w in words[1:]):
        return False  # "TFS Financial Services Group" is the company "TFS" in full
    return short.isupper() and len(words) > 1 and words[0] == short


_COMPANY_WORDS = frozenset(
    {"financial", "services", "group", "holdings", "corporation", "corp", "company", "inc"}
)


def _clipped(short: str, long: str) -> bool:
    """Whether the one word `short` clips `long`'s first word ("fed", "federal reserve")."""
    first = long.split()[0] if " " in long else ""
    return (
        " " not in short
        and len(short) >= 3
        and len(first) >= len(short) + 2
        and first.startswith(short)
        # "congress", "congressional oversight panel": a word and its adjective, two things
        and first[len(short) :] not in _ADJECTIVE_ENDINGS
    )


_ADJECTIVE_ENDINGS = frozenset({"al", "ial", "ional", "ic", "ian", "ish", "ese", "ern", "ary"})


def _initials_of(short: str, long: str) -> bool:
    """Whether `short` is `long`'s initials, also without its country ("CDC" of "United
    States Centers for Disease Control and Prevention")."""
    letters = _letters(short)
    return acronym(long) == letters or letters in acronym_variants(long)


def _letters(name: str) -> str:
    return name.replace(".", "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("quotes", "entities"))
    parser.add_argument("dbs", nargs="+", type=Path)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--stories", type=int, default=3)
    args = parser.parse_args(argv)
    if args.what == "quotes":
        counts: dict[str, int] = {}
        sample = quote_sample(args.dbs, args.n, args.seed, counts)
        for i, (topic, article, quote) in enumerate(sample, 1):
            print(_show_quote(i, topic, article, quote))
        print(f"counts: {counts}")
        return 0
    for db in args.dbs:
        for story_id, title, top in story_top_entities(db, args.stories):
            print(f"== {db.stem} {story_id}: {title}")
            for e in top:
                print(f"   {e.mentions:5d} {e.type:7s} {e.name}")
            for a, b in split_pairs(top):
                print(f"   SPLIT? {a!r} / {b!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
