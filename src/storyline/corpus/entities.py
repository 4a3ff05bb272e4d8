"""Canonical entities across a corpus: one record per person, place or organisation.

Each article already names its mentions canonically (titles stripped, aliases
and in-article surnames resolved); this merges those names across articles.
A lone surname ("Netanyahu") joins a full name only when exactly one full
name in the whole corpus ends with it, so two people sharing a surname are
never merged, and different names ("Netanyahu", "Biden") never are. Pure
logic: the caller stores the result.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from storyline.analyze.entities.aliases import name_key
from storyline.model import Article, Entity, EntityMention

__all__ = ["build_entities", "entities_from_mentions", "entity_id", "format_entity"]


@dataclass(slots=True)
class _Group:
    labels: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    aliases: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    mentions: int = 0


def entity_id(type_: str, name: str) -> str:
    """A stable id from type and name: "person:antony-blinken"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "x"
    return f"{type_.lower()}:{slug}"


def build_entities(articles: Iterable[Article]) -> list[Entity]:
    """Canonical entities with aliases, type, roles and mention counts, most mentioned first."""
    return entities_from_mentions(m for article in articles for m in article.entities)


def entities_from_mentions(mentions: Iterable[EntityMention]) -> list[Entity]:
    """`build_entities` from the mentions alone (a store streams them without the articles)."""
    groups: dict[str, _Group] = defaultdict(_Group)
    for m in mentions:
        name = (m.canonical or m.text).strip()
        key = name_key(name)
        if not key:
            continue
        g = groups[key]
        g.labels[m.label] += 1
        g.names[name] += 1
        g.aliases[" ".join(m.text.split())] += 1
        if m.role:
            g.roles[" ".join(m.role.split())] += 1
        g.mentions += 1
    _merge_surnames(groups)
    by_id: dict[str, _Group] = {}
    for g in groups.values():
        # names that differ only in punctuation or accents ("Al-Shifa", "Al Shifa") share an id
        # and are one entity
        key = entity_id(_type_of(g), _best_name(g))
        if key in by_id:
            _absorb(by_id[key], g)
        else:
            by_id[key] = g
    entities = [_entity(g) for g in by_id.values()]
    entities.sort(key=lambda e: (-e.mentions, e.name))
    return entities


def _best_name(g: _Group) -> str:
    return max(sorted(g.names), key=lambda n: (g.names[n], len(n)))


def _absorb(target: _Group, g: _Group) -> None:
    target.labels.update(g.labels)
    target.names.update(g.names)
    target.aliases.update(g.aliases)
    target.roles.update(g.roles)
    target.mentions += g.mentions


def _type_of(g: _Group) -> str:
    return max(sorted(g.labels), key=lambda k: g.labels[k])


def _merge_surnames(groups: dict[str, _Group]) -> None:
    full: dict[str, list[str]] = defaultdict(list)
    for key, g in groups.items():
        words = key.split()
        if len(words) > 1 and _type_of(g) == "PERSON":
            full[words[-1]].append(key)
    for key in [k for k in groups if " " not in k]:
        g = groups[key]
        if _type_of(g) != "PERSON" or len(full.get(key, [])) != 1:
            continue
        target = groups[full[key][0]]
        names = target.names.copy()
        _absorb(target, g)
        target.names = names  # the full name stays the canonical name
        del groups[key]


def _entity(g: _Group) -> Entity:
    type_ = _type_of(g)
    name = _best_name(g)
    aliases = tuple(sorted({a for a in g.aliases if a != name}, key=lambda a: (-g.aliases[a], a)))
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
    )


def format_entity(entity: Entity) -> str:
    """A few human-readable lines: name, type, roles, aliases, mentions."""
    lines = [f"{entity.name}  [{entity.type}]  {entity.mentions} mention(s)  id={entity.id}"]
    if entity.roles:
        lines.append("  roles:   " + "; ".join(entity.roles))
    if entity.aliases:
        lines.append("  aliases: " + "; ".join(entity.aliases))
    return "\n".join(lines)
