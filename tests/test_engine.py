"""The Storyline engine over a real SQLite file (analysis stages replaced where noted)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from storyline.engine import Storyline
from storyline.model import Article

BODY = (
    "The city council approved the new transit budget on Tuesday after a long debate. "
    "Supporters said the plan would add bus routes to neighbourhoods that have waited years, "
    "while critics warned that fares could rise and that the timeline was unrealistic. "
    "The mayor is expected to sign the measure next week, officials said."
)


def write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text)


def test_exact_and_near_duplicates_link_to_the_first_copy(tmp_path: Path) -> None:
    src = tmp_path / "in"
    write(src, "a.txt", " date 2024-05-01 " + BODY)
    write(src, "b.txt", " date 2024-05-02 " + BODY)  # same body, other outlet/day
    write(src, "c.txt", " date 2024-05-02 " + BODY.replace("long debate", "lengthy debate"))
    with Storyline(tmp_path / "x.db", stages=()) as s:
        report = s.ingest([str(src)])
        # issue 15: duplicates are counted once, as duplicates, not inside "new" too
        assert (report.new, report.duplicates, report.failed) == (1, 2, 0)
        by_path = {Path(a.path or "").name: a for a in s.articles()}
        first = by_path["a.txt"].id
        assert by_path["a.txt"].duplicate_of is None
        assert by_path["b.txt"].duplicate_of == first
        assert by_path["c.txt"].duplicate_of == first


def test_a_report_without_ids_counts_the_same(tmp_path: Path) -> None:
    """keep_ids=False (the ingest command's): counts, no per-article list."""
    write(tmp_path / "in", "a.txt", " date 2024-05-01 " + BODY)
    write(tmp_path / "in", "b.txt", " date 2024-05-02 " + BODY.replace("Tuesday", "Monday"))
    write(tmp_path / "in", "c.txt", " date 2024-05-02 The ferry timetable changes in June.")
    with Storyline(tmp_path / "x.db", stages=()) as s:
        report = s.ingest([str(tmp_path / "in")], keep_ids=False)
        assert (report.new, report.duplicates, report.new_ids) == (2, 1, [])
        write(tmp_path / "in", "c.txt", " date 2024-05-02 The ferry timetable changes in July.")
        again = s.ingest([str(tmp_path / "in")], keep_ids=False)
        assert (again.new + again.updated, again.present) == (1, 2)
        assert again.new_ids == again.updated_ids == []
        kept = s.ingest_articles(
            [Article(id="x1", text="A lone note on the harbour.", content_hash="hx1")]
        )
        assert kept.new_ids == ["x1"]


def test_duplicate_index_is_rebuilt_from_the_store(tmp_path: Path) -> None:
    write(tmp_path / "one", "a.txt", " date 2024-05-01 " + BODY)
    write(tmp_path / "two", "c.txt", " date 2024-05-03 " + BODY.replace("Tuesday", "Monday"))
    with Storyline(tmp_path / "x.db", stages=()) as s:
        s.ingest([str(tmp_path / "one")])
    with Storyline(tmp_path / "x.db", stages=()) as s:
        report = s.ingest([str(tmp_path / "two")])
        assert report.duplicates == 1


class Explodes:
    name = "explodes"
    requires: frozenset[str] = frozenset()
    assigns = frozenset({"claims"})

    def __call__(self, article: Article) -> Article:
        if "boom" in article.text:
            raise RuntimeError("stage bug")
        return replace(article, title="analysed")


def test_a_failing_analysis_keeps_the_article_and_reports_it(tmp_path: Path) -> None:
    src = tmp_path / "in"
    write(src, "ok.txt", "A calm report about the harvest festival and its visitors.")
    write(src, "bad.txt", "boom goes the stage on this one article about nothing much.")
    with Storyline(tmp_path / "x.db", stages=[Explodes()]) as s:
        report = s.ingest([str(src)])
        # issue 15: counted once: the failed analysis is "failed", never also "new"
        assert (report.new, report.failed) == (1, 1)
        assert "bad.txt" in report.errors[0] and "stage bug" in report.errors[0]
        titles = sorted(str(a.title) for a in s.articles())
        assert "analysed" in titles


def test_ingest_articles_api_and_search(tmp_path: Path) -> None:
    with Storyline(tmp_path / "x.db", stages=()) as s:
        art = Article(
            id="u:1",
            text=BODY,
            title="Transit budget",
            published="2024-05-01",
            published_source="metadata",
            content_hash="c1",
        )
        assert s.ingest_articles([art]).new == 1
        assert s.ingest_articles([art]).present == 1
        assert [h.article_id for h in s.search("transit")] == ["u:1"]
        got = s.article("u:1")
        assert got is not None and got.title == "Transit budget"


def test_article_by_unique_id_prefix(tmp_path: Path) -> None:
    with Storyline(tmp_path / "x.db", stages=(), stories=False) as s:
        for aid in ("u:abc1", "u:abc2", "u:xyz3"):
            s.ingest_articles([Article(id=aid, text=f"{BODY} {aid}", content_hash=aid)])
        got = s.article("u:xyz")
        assert got is not None and got.id == "u:xyz3"
        assert s.article("u:abc") is None  # ambiguous
        assert s.article("u:abc2") is not None


class NamesCapitalised:
    """A stand-in entity stage: every capitalised word after the first is a PERSON."""

    name = "entities"
    requires: frozenset[str] = frozenset()
    assigns = frozenset({"entities"})

    def __call__(self, article: Article) -> Article:
        import re

        from storyline.model import EntityMention

        found = tuple(
            EntityMention(m.start(), m.end(), m.group(0), "PERSON", m.group(0))
            for m in re.finditer(r"(?<=\s)[A-Z][a-z]+", article.text)
        )
        return replace(article, entities=found)


def test_the_entity_list_is_rebuilt_when_read_after_ingest(tmp_path: Path) -> None:
    src = tmp_path / "in"
    write(src, "a.txt", " date 2024-05-01 The report says Alvarez met Brandt in the city.")
    with Storyline(tmp_path / "x.db", stages=[NamesCapitalised()], stories=False) as s:
        s.ingest([str(src)])
        assert s.store.entities_stale()  # ingest only marked it
        assert {e.name for e in s.entities()} == {"Alvarez", "Brandt"}
        assert not s.store.entities_stale()
        write(src, "b.txt", " date 2024-05-02 Later Brandt spoke to Okafor about the plan.")
        s.ingest([str(src)])
        found = s.entity("Brandt")
        assert found is not None and found.mentions == 2
        assert {e.name for e in s.entities()} == {"Alvarez", "Brandt", "Okafor"}


def test_a_run_with_nothing_new_builds_no_pipeline(tmp_path: Path) -> None:
    """The pipeline (its stages' imports and patterns, 0.7 s) is built when a first article
    needs analysing: a run whose every item is stored already never builds it."""
    write(tmp_path / "in", "a.txt", " date 2024-05-01 " + BODY)
    with Storyline(tmp_path / "x.db", stages=()) as s:
        assert s.ingest([str(tmp_path / "in")]).new == 1
    with Storyline(tmp_path / "x.db", stages=()) as s:
        again = s.ingest([str(tmp_path / "in")])
        assert (again.new, again.present, again.failed) == (0, 1, 0)
        assert s._pipeline is None
        write(tmp_path / "in", "b.txt", " date 2024-05-02 The ferry to Marlow sails in June.")
        more = s.ingest([str(tmp_path / "in")])
        assert (more.new, more.present) == (1, 1)
        assert s._pipeline is not None
        assert {Path(a.path or "").name for a in s.articles()} == {"a.txt", "b.txt"}


def test_story_threads_resolves_any_id_and_refuses_an_unknown_one(tmp_path: Path) -> None:
    with Storyline(tmp_path / "t.db", stages=()) as s:
        arts = [
            Article(
                id=f"u:{i}",
                text=BODY,
                title="Transit budget",
                published=f"2024-05-0{i}",
                published_source="metadata",
                content_hash=f"c{i}",
            )
            for i in (1, 2)
        ]
        s.ingest_articles(arts)
        story_id = s.stories()[0].id
        root, threads = s.story_threads(story_id)
        assert root == story_id
        assert threads and all(t.count > 0 for t in threads)
        assert [t.start for t in threads] == sorted(t.start or "" for t in threads)
        for thread in threads:  # a thread's own id reads the same story
            again_root, again = s.story_threads(thread.id)
            assert (again_root, [t.id for t in again]) == (root, [t.id for t in threads])
        try:
            s.story_threads("s-no-such-story")
        except KeyError:
            pass
        else:
            raise AssertionError("an unknown story id must raise KeyError")
