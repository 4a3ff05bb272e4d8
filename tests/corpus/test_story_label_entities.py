"""A story's top entities as the store's canonical entities (Storyline.story_entities,
what the evaluation reads): counted over the story's mentions, they list no two rows the
store joins. The story list's labels (and the web story page, which must read its
story once) still list the names as written; `storyline story` lists the store's names.
Through the engine on a real SQLite file; a stand-in entity stage marks invented names."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app
from storyline.corpus.entities import entities_from_mentions
from storyline.corpus.story_entities import StoreEntities, counted_mentions, story_entities_in
from storyline.engine import Storyline
from storyline.model import Article, Entity, EntityMention

NAMES = {"Bay of Tarvo": "LOC", "Bay": "LOC", "Kessa": "ORG", "Orin Dask": "PERSON"}


class MarkNames:
    """A stand-in entity stage: each invented name where it is written, canonical as written."""

    name = "entities"
    requires: frozenset[str] = frozenset()
    assigns = frozenset({"entities"})

    def __call__(self, article: Article) -> Article:
        pattern = "|".join(re.escape(n) for n in sorted(NAMES, key=len, reverse=True))
        found = tuple(
            EntityMention(m.start(), m.end(), m.group(0), NAMES[m.group(0)], m.group(0), None)
            for m in re.finditer(rf"\b(?:{pattern})\b", article.text)
        )
        return replace(article, entities=found)


TEXT = (
    "Oil from the Kessa well reached the Bay of Tarvo on Monday. Fishermen in the Bay of "
    "Tarvo stopped work. Kessa said the Bay would close. The Bay of Tarvo has six ports, "
    "and the Bay of Tarvo council met Orin Dask. The Bay stays shut, Kessa said."
)


def test_a_storys_entities_are_the_stores_canonical_entities(tmp_path: Path) -> None:
    with Storyline(tmp_path / "s.db", stages=[MarkNames()], stories=True) as engine:
        engine.ingest_articles([Article(id="a1", text=TEXT, published="2031-03-02")])
        (label,) = engine.stories()
        top = engine.story_entities(label.id)
        # "Bay" is the store's short form of "Bay of Tarvo": one row, counted 6 times
        assert [(e.name, e.mentions) for e in top] == [
            ("Bay of Tarvo", 6),
            ("Kessa", 3),
            ("Orin Dask", 1),
        ]
        # the label lists the story's names as its state counts them, "Bay" apart
        assert label.top_entities[:2] == ("Bay of Tarvo", "Kessa")
        assert "Bay" in label.top_entities
        (state,) = [s for s in engine.store.stories().active_stories()]
        assert "Bay" in state.entities  # assignment still counts the names as written


def test_one_storys_page_lists_each_entity_once_by_the_stores_name(tmp_path: Path) -> None:
    with Storyline(tmp_path / "s.db", stages=[MarkNames()], stories=True) as engine:
        engine.ingest_articles([Article(id="a1", text=TEXT, published="2031-03-02")])
        (label,) = engine.stories()
        assert engine.story_top_names(label.id) == ("Bay of Tarvo", "Kessa", "Orin Dask")
    shown = CliRunner().invoke(app, ["story", label.id, "--db", str(tmp_path / "s.db")])
    assert shown.exit_code == 0, shown.output
    assert "entities: Bay of Tarvo, Kessa, Orin Dask\n" in shown.output
    as_json = CliRunner().invoke(app, ["story", label.id, "--db", str(tmp_path / "s.db"), "--json"])
    assert json.loads(as_json.output)["top_entities"] == ["Bay of Tarvo", "Kessa", "Orin Dask"]


def test_counted_mentions_read_as_the_story_mentions_they_count() -> None:
    def m(text: str, label: str) -> EntityMention:
        return EntityMention(0, len(text), text, label, text, None)

    store_mentions = [m("Bay of Tarvo", "LOC")] * 6 + [m("Bay", "LOC")] * 2 + [m("Kell", "GPE")]
    store = StoreEntities.build(store_mentions)
    from_counts = story_entities_in(store, *counted_mentions(store, {"Bay": 2, "Kell": 1}))
    from_mentions = story_entities_in(store, [m("Bay", "LOC")] * 2 + [m("Kell", "GPE")])
    assert [(e.name, e.type, e.mentions) for e in from_counts] == [
        (e.name, e.type, e.mentions) for e in from_mentions
    ]
    # a name the store no longer holds is left out, not guessed
    assert counted_mentions(store, {"Vanished": 3}) == ([], [])


def test_the_stores_entity_list_indexes_as_its_mentions_do() -> None:
    def m(text: str, label: str, canonical: str | None = None) -> EntityMention:
        return EntityMention(0, len(text), text, label, canonical or text, None)

    store_mentions = (
        [m("Bay of Tarvo", "LOC")] * 6
        + [m("Bay", "LOC")] * 2
        + [m("Dana Vale", "PERSON")] * 3
        + [m("Vale", "PERSON", "Dana Vale")] * 2
    )
    from_mentions = StoreEntities.build(store_mentions)
    from_list = StoreEntities.of_entities(entities_from_mentions(store_mentions))
    counts = {"Bay": 2, "Bay of Tarvo": 1, "Dana Vale": 2}  # a state counts canonical names
    assert (
        [
            (e.name, e.type, e.mentions)
            for e in story_entities_in(from_list, *counted_mentions(from_list, counts))
        ]
        == [
            (e.name, e.type, e.mentions)
            for e in story_entities_in(from_mentions, *counted_mentions(from_mentions, counts))
        ]
        == [("Bay of Tarvo", "LOC", 3), ("Dana Vale", "PERSON", 2)]
    )


def test_a_weighted_mention_counts_as_that_many_written_alike() -> None:
    def m(text: str, label: str) -> EntityMention:
        return EntityMention(0, len(text), text, label, text, None)

    names = [m("Harlow Mae", "ORG"), m("Harlow", "PERSON"), m("Kell", "GPE"), m("Kells", "GPE")]
    weights = [3, 2, 7, 1]
    expanded = [x for x, w in zip(names, weights, strict=True) for _ in range(w)]
    store = StoreEntities.build(expanded)

    def rows(found: list[Entity]) -> list[tuple[str, str, int, tuple[str, ...]]]:
        return [(e.name, e.type, e.mentions, e.aliases) for e in found]

    assert rows(story_entities_in(store, names, weights)) == rows(
        story_entities_in(store, expanded)
    )
    assert rows(entities_from_mentions(names, weights)) == rows(entities_from_mentions(expanded))
