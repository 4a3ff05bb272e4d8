"""Canonical entities across a corpus: one record per person, place or organisation.

Each article already names its mentions canonically (titles stripped, aliases
and in-article surnames resolved); this merges those names across articles,
and says why in `Entity.alias_evidence`:

- names that differ only in spelling, punctuation, accents or a company suffix
  ("World Health Organisation"/"Organization", "BP Plc"/"BP") are one entity;
- a lone surname ("Obama") joins the full name ("Barack Obama") when that full
  name holds nearly all (DOMINANT_SHARE) of the full-name mentions with that
  surname, so two people sharing a surname with comparable coverage are never
  merged, and different names ("Netanyahu", "Biden") never are; a surname may be
  written without its hyphenated article ("Rami" of "Musa al-Rami"), and one the
  recogniser typed a body joins a person written in full at least half as often when no
  body of the corpus starts with that word;
- a name of three words or more written with the same words in another order
  ("Provisional People's Assembly", "People's Provisional Assembly"), of one type other
  than a person or a country, is one entity (entity_reorders.py);
- a people's member noun and its adjective in -ic ("Democrat", "Democratic"), both
  typed NORP, are one group label;
- a body's first word written alone far more often than the long name an article
  read it as ("Kestrel" of a "Kestrel Weekly podcast" named once) is its own entity;
- an acronym ("WHO") joins the longer name whose initials it is, when an article
  defines it as that name (analysis there read the acronym as the long name) and that
  name holds DOMINANT_SHARE of the mentions of defined names with those initials: a
  phrase that merely has those initials ("Keen Polluters" for "KP") is no evidence;
- a lone word naming a place, a building, an event or a body ("Gulf", "Katrina",
  "Hubble", "Treasury") joins the longer name of that type it shortens ("Gulf of
  Mexico": the word before "of"; "Hurricane Katrina": the last word; "Hubble Space
  Telescope": a building's first word; "Treasury Department": a body's first word
  before common heads only, or when an article wrote that word alone for it ("Carver"
  of "Carver Holdings"); a body named after a place: its last word, "Herald" of
  "Dorvan Herald") when that name holds DOMINANT_SHARE of such mentions
  (never for countries and cities: "Korea" is not "North Korea");
- a person's name with middle initials or a generational suffix ("Dana K. Reyes Jr.")
  joins the same name without them ("Dana Reyes") when it is the only such variant
  (initials written glued, "Dana H.K. Reyes", count too: entity_person_forms.py);
- a person written by a common short form of the given name ("Hank Reyes") joins the
  one person written with the given name it shortens and the same rest of the name
  ("Henry M. Reyes Jr."), and a long given name spelled one letter apart with the same
  surname ("Karl-Henric Dalberg") joins the more written spelling (never "Jon"/"Jan");
- a lone first name joins the full name it starts ("Saddam"), on the same terms as a
  surname, when no full name ends with it;
- a lone word typed as a person that no full name contains, and that the
  recogniser also types as a thing ("Twitter"), takes that other type;
- a body written with the abbreviated country or union it belongs to ("U.S. Coast
  Guard", read as "United States Coast Guard") joins the same name written without it
  ("Coast Guard") when no other body of the corpus ends with that name;
- a lone plural typed a body or a person whose stem the corpus names as a country or a
  people ("Dorvanders" of "Dorvand") is that people, and a long name typed a people that
  ends with a body's head ("Dorvanian Federation of Trade Unions") is that body;
- a name written somewhere with a company's legal form ("Harlow Ltd.") is a company,
  whatever type the recogniser gave its other mentions, and one typed a people that an
  article read as a product ("the antiviral Zelvarin") is that product.

Aliases never include pronouns or other lower-case words. Pure logic: the caller
stores the result.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from storyline.analyze.entities.aliases import (
    acronym,
    acronym_variants,
    name_key,
    surname_keys,
    vowel_variant,
)
from storyline.analyze.entities.body_forms import compound_initials, compound_parts
from storyline.analyze.entities.designators import without_designators
from storyline.analyze.entities.mention_labels import cached_name_key
from storyline.corpus.entity_abbreviations import merge_abbreviated_kinds
from storyline.corpus.entity_designators import merge_designators
from storyline.corpus.entity_groups import DOMINANT_SHARE
from storyline.corpus.entity_groups import MISTYPED_RATIO as _MISTYPED_RATIO
from storyline.corpus.entity_groups import Group as _Group
from storyline.corpus.entity_groups import absorb as _absorb
from storyline.corpus.entity_groups import best_name as _best_name
from storyline.corpus.entity_groups import type_of as _type_of
from storyline.corpus.entity_kinds import retype_vessels
from storyline.corpus.entity_person_forms import (
    merge_given_name_forms,
    merge_middle_initials,
    merge_middle_names,
    merge_one_letter_spellings,
)
from storyline.corpus.entity_reorders import merge_reordered
from storyline.corpus.entity_retypes import (
    retype_companies,
    retype_nationality_bodies,
    retype_people,
    retype_people_plurals,
    retype_products,
    retype_things,
)
from storyline.corpus.entity_short_forms import (
    merge_place_prefixed,
    merge_short_forms,
    return_first_word_reads,
)
from storyline.corpus.entity_stated import stated_alias_evidence
from storyline.corpus.entity_tails import (
    merge_body_tails,
    merge_ending_variants,
    merge_kindless_bodies,
    merge_town_named_bodies,
)
from storyline.corpus.entity_word_forms import merge_adjectives, merge_plurals
from storyline.model import Article, Entity, EntityMention

__all__ = [
    "DOMINANT_SHARE",
    "build_entities",
    "canonical_groups",
    "entities_from_mentions",
    "entity_id",
    "entity_of",
    "format_entity",
    "mention_key",
]

_BODY_READ_RATIO = 2
"""A lone surname typed a body joins the person written in full when it is written at most
this many times as often (a company written by the word far more often than its namesake
in full, "Ford" beside one "Henry Ford", stays a company)."""
_ACRONYM_TYPES = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT"})


def entity_id(type_: str, name: str) -> str:
    """A stable id from type and name: "person:antony-blinken"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "x"
    return f"{type_.lower()}:{slug}"


def build_entities(articles: Iterable[Article]) -> list[Entity]:
    """Canonical entities with aliases, type, roles and mention counts, most mentioned first."""
    return entities_from_mentions(m for article in articles for m in article.entities)


def entities_from_mentions(
    mentions: Iterable[EntityMention], weights: Iterable[int] | None = None
) -> list[Entity]:
    """`build_entities` from the mentions alone (a store streams them without the articles);
    `weights`, when given, says how many times each mention counts (`canonical_groups`)."""
    entities = [entity_of(g) for g in canonical_groups(mentions, weights)]
    entities.sort(key=lambda e: (-e.mentions, e.name))
    return entities


def canonical_groups(
    mentions: Iterable[EntityMention], weights: Iterable[int] | None = None
) -> list[_Group]:
    """The merged groups `entities_from_mentions` makes entities of, each with the keys of
    the names it holds (`mention_key`), so other mentions can be counted against them.
    With `weights`, each mention counts as that many written alike (a story's names with
    their counts, read without repeating each name once per mention)."""
    groups: dict[str, _Group] = defaultdict(_Group)
    counted = zip(mentions, weights, strict=True) if weights is not None else _once(mentions)
    for m, w in counted:
        name = (m.canonical or m.text).strip()
        key = mention_key(m)
        if not key:
            continue
        g = groups[key]
        g.keys.add(key)
        g.labels[m.label] += w
        g.names[name] += w
        g.aliases[" ".join(m.text.split())] += w
        if m.role:
            g.roles[" ".join(m.role.split())] += w
        stated = stated_alias_evidence(m.text, name) if m.canonical not in (None, m.text) else None
        if stated is not None and stated not in g.evidence:
            g.evidence.append(stated)  # "Grey City" read as "Porthaven": the text said so
        g.mentions += w
        if " " in key and name_key(m.text) == key.split()[0]:
            g.first_word_reads[(" ".join(m.text.split()), m.label)] += w
    retype_companies(groups)
    retype_products(groups)
    retype_people(groups)
    retype_things(groups)
    retype_vessels(groups)
    retype_people_plurals(groups)
    retype_nationality_bodies(groups)
    merge_plurals(groups)
    merge_reordered(groups)
    merge_adjectives(groups)
    merge_middle_initials(groups)
    merge_given_name_forms(groups)
    merge_middle_names(groups)
    merge_one_letter_spellings(groups)
    merge_designators(groups)
    merge_abbreviated_kinds(groups)
    _merge_surnames(groups)
    _merge_acronyms(groups)
    return_first_word_reads(groups)
    merge_short_forms(groups)
    merge_body_tails(groups)
    merge_ending_variants(groups)
    merge_kindless_bodies(groups)
    merge_town_named_bodies(groups)
    merge_place_prefixed(groups)
    by_id: dict[str, _Group] = {}
    for g in groups.values():
        # names that differ only in punctuation or accents ("Al-Shifa", "Al Shifa") share an id
        # and are one entity
        key = entity_id(_type_of(g), _best_name(g))
        if key in by_id:
            _absorb(by_id[key], g)
        else:
            by_id[key] = g
    return list(by_id.values())


def _once(mentions: Iterable[EntityMention]) -> Iterator[tuple[EntityMention, int]]:
    for m in mentions:
        yield m, 1


def mention_key(m: EntityMention) -> str:
    """The comparison key a mention is grouped by (its canonical name's, else its text's);
    memoised, as a name recurs in most of a corpus's or a story's mentions."""
    return cached_name_key((m.canonical or m.text).strip())


def _merge_surnames(groups: dict[str, _Group]) -> None:
    """A lone name joins the dominant full name it ends ("Rossi"), or, when no full name
    ends with it, the dominant one it starts ("Saddam" of "Saddam Hussein": some people
    are known by their first name, and a word that is someone's surname stays a surname)."""
    full: dict[str, list[str]] = defaultdict(list)
    first: dict[str, list[str]] = defaultdict(list)
    body_words: set[str] = set()
    for key, g in groups.items():
        words = key.split()
        if len(words) > 1 and _type_of(g) == "PERSON":
            for surname in surname_keys(key):
                full[surname].append(key)
            first[words[0]].append(key)
        elif len(words) > 1 and _type_of(g) == "ORG" and all(w.isalpha() for w in words[1:]):
            body_words.add(words[0])  # "Vantor Motors": the word alone may be that body
    for key in [k for k in groups if " " not in k]:
        g = groups[key]
        candidates = full.get(key, [])
        part = "surname"
        if not candidates and _type_of(g) == "PERSON":
            candidates, part = first.get(key, []), "first name"
        if not candidates or _type_of(g) == "NORP":
            continue
        total = sum(groups[c].mentions for c in candidates)
        best = max(sorted(candidates), key=lambda c: groups[c].mentions)
        held = groups[best].mentions
        if held < DOMINANT_SHARE * total:
            continue
        read_as_person = held >= _MISTYPED_RATIO * g.mentions and g.labels["PERSON"] > 0
        # a surname typed a body ("Kadrel 's forces" read as ORG) where the person is
        # written in full at least half as often, and no body of the corpus starts with
        # the word
        mistyped_body = (
            _type_of(g) == "ORG" and held * _BODY_READ_RATIO >= g.mentions and key not in body_words
        )
        if _type_of(g) != "PERSON" and not (read_as_person or mistyped_body):
            # "Washington" the city stays apart from "George Washington", a word the
            # recogniser never once read as a person ("Jordan" the country beside a much
            # written "Mika Jordan") is a place, not a mistyped surname, and a body written
            # by the word more often than the namesake in full is that body ("Ford")
            continue
        target = groups[best]
        share = "all" if held == total else f"{held} of {total}"
        typed = "" if _type_of(g) == "PERSON" else f", typed {_type_of(g)} by the recogniser"
        g.labels = Counter({"PERSON": g.mentions})  # read as the person it names
        target.evidence.append(
            f"{_best_name(g)}: {part} of {_best_name(target)} "
            f"({share} full-name mentions with that {part}{typed})"
        )
        _absorb(target, g, keep_name=True)  # the full name stays the canonical name
        del groups[key]


def _merge_acronyms(groups: dict[str, _Group]) -> None:
    """ "WHO" joins "World Health Organization" when an article defined it so and no other
    defined name with those initials is comparably common."""
    by_initials: dict[str, list[str]] = defaultdict(list)
    for key, g in groups.items():
        if _type_of(g) in _ACRONYM_TYPES and " " in key:
            initials = acronym(_best_name(g))
            if initials:
                by_initials[initials].append(key)
            for variant in acronym_variants(_best_name(g)):  # "CDC" of "U.S. Centers ..."
                by_initials[variant].append(key)
    for key in [k for k in groups if " " not in k]:
        found = groups.get(key)
        if found is None or _type_of(found) not in _ACRONYM_TYPES:
            continue
        g = found
        short = _best_name(g).replace(".", "")
        if not (short.isupper() and 2 <= len(short) <= 6):
            continue
        # evidence: an article defined the initials as that name (bracketed or in
        # apposition), so analysis read them there as the long name
        longer = [
            k
            for k in by_initials.get(short, [])
            if k in groups and any(a.replace(".", "") == short for a in groups[k].aliases)
        ]
        if not longer:
            continue
        # several names with these initials: the one holding nearly all of their mentions
        best = max(sorted(longer), key=lambda k: groups[k].mentions)
        if groups[best].mentions < DOMINANT_SHARE * sum(groups[k].mentions for k in longer):
            continue
        long_group = groups[best]
        target, other = (g, long_group) if g.mentions > long_group.mentions else (long_group, g)
        target.evidence.append(f"{short}: initials of {_best_name(long_group)}")
        _absorb(target, other, keep_name=True)
        del groups[key if target is long_group else best]


def _is_alias(alias: str) -> bool:
    """A name a reader may see as an alias: never a lower-case word or a pronoun."""
    return any(c.isupper() for c in alias) and (
        alias.isupper() or alias.casefold() not in _NOT_NAMES
    )


_NOT_NAMES = frozenset(
    ["i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "its"]
)


def _spelling_evidence(name: str, aliases: Iterable[str]) -> list[str]:
    """Aliases written differently but with the same comparison key as the name."""
    key = name_key(name)
    plain = " ".join(name.replace(".", "").split()).casefold()
    out = []
    for alias in aliases:
        text = " ".join(alias.replace(".", "").split()).casefold()
        text = re.sub(r"^the\s+", "", re.sub(r"['’]s?$", "", text))
        if name_key(alias) == key and text != plain:
            out.append(f"{alias}: another spelling or legal form of {name}")
        elif vowel_variant(alias, name):
            out.append(f"{alias}: a spelling of {name} by its vowels, in an article writing both")
        elif alias.isalpha() and alias.isupper() and acronym(name) == alias:
            out.append(f"{alias}: initials of {name}")
        elif alias.isalpha() and alias.isupper() and compound_initials(name) == alias:
            out.append(f"{alias}: initials of the parts of {name}, in an article writing both")
        elif compound_parts(name)[:1] == [alias]:
            out.append(f"{alias}: the first part of {name}, in an article writing both")
        elif name.isalpha() and name.isupper() and acronym(alias) == name:
            out.append(f"{name}: initials of {alias}")  # the body named by its initials
        elif name.isalpha() and name.isupper() and compound_initials(alias) == name:
            out.append(f"{name}: initials of the parts of {alias}, in an article writing both")
        elif compound_parts(alias)[:1] == [name]:
            out.append(f"{name}: the first part of {alias}, in an article writing both")
        elif without_designators(alias) != alias and name_key(without_designators(alias)) == key:
            out.append(f"{alias}: {name} with a company designator (written bare too)")
    return out


def entity_of(g: _Group) -> Entity:
    """The entity a merged group is shown as: its best name, type, aliases, roles, evidence."""
    type_ = _type_of(g)
    name = _best_name(g)
    aliases = tuple(
        sorted(
            {a for a in g.aliases if a != name and _is_alias(a)},
            key=lambda a: (-g.aliases[a], a),
        )
    )
    evidence = tuple(dict.fromkeys([*g.evidence, *_spelling_evidence(name, aliases)]))
    roles: dict[str, str] = {}
    for role, _ in g.roles.most_common():
        roles.setdefault(role.casefold(), role)
    return Entity(
        id=entity_id(type_, name),
        name=name,
        type=type_,
        aliases=aliases,
        roles=tuple(roles.values()),
        mentions=g.mentions,
        alias_evidence=evidence,
    )


def format_entity(entity: Entity) -> str:
    """A few human-readable lines: name, type, roles, aliases, mentions."""
    lines = [f"{entity.name}  [{entity.type}]  {entity.mentions} mention(s)  id={entity.id}"]
    if entity.roles:
        lines.append("  roles:   " + "; ".join(entity.roles))
    if entity.aliases:
        lines.append("  aliases: " + "; ".join(entity.aliases))
    lines.extend(f"  why:     {reason}" for reason in entity.alias_evidence)
    return "\n".join(lines)
