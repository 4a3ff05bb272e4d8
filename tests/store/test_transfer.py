"""`transfer_store` / `storyline migrate`: SQLite -> PostgreSQL -> SQLite, checked by hashes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.corpus.stories import Membership, MergeRecord, StoryState
from storyline.errors import StorageError
from storyline.model import Article, Entity, FeedState
from storyline.store import SqlArticleStore, open_store
from storyline.store.transfer import TABLES, table_digest, transfer_store

from .test_contract import annotated

runner = CliRunner()


def _story(sid: str, key: int) -> StoryState:
    return StoryState(
        id=sid,
        key=key,
        vector_sum=np.arange(384, dtype=np.float32) * key,
        count=1,
        start="2024-03-19",
        end="2024-03-23",
        terms={"ceasefire": 1.5},
        title=f"Story {sid}",
    )


def _fill(store: SqlArticleStore) -> None:
    """A store with something in every kind of table (a duplicate and a merge included)."""
    store.put_article(annotated("a1"), signature=b"\x00\x01sig")
    store.put_article(annotated("a2", duplicate_of="a1", content_hash="hash-a1"))
    store.put_article(annotated("a3", published="2024-03-19", title="Ceasefire talks"))
    store.update_article(replace(annotated("a3"), text="Changed text.", content_hash="h3b"))
    store.put_feed(FeedState("https://x/feed", etag='"e"', failures=1))
    store.replace_entities([Entity("e1", "Antony Blinken", "PERSON", ("Blinken",), (), 2)])
    repo = store.stories()
    # the later story first: a merge into a story created after it (a forward reference)
    repo.add_story(_story("s-2", repo.next_key()))
    repo.add_story(_story("s-1", repo.next_key()))
    repo.add_member(Membership("a1", "s-1", repo.next_seq(), 0.9, "2024-03-23", "T", None, "h"))
    repo.add_member(Membership("a3", "s-2", repo.next_seq(), 0.8, "2024-03-19", "U", None, "g"))
    repo.record_merge(MergeRecord("s-1", "s-2", 0.7, repo.next_seq()))
    repo.add_document_terms(["ceasefire", "talks"])
    store.tokens().issue()


def _same_reads(a: SqlArticleStore, b: SqlArticleStore) -> None:
    assert [x.id for x in a.iter_articles()] == [x.id for x in b.iter_articles()]
    assert a.get_articles(["a1", "a2", "a3"]) == b.get_articles(["a1", "a2", "a3"])
    assert a.article_versions("a3") == b.article_versions("a3")
    assert list(a.iter_signatures()) == list(b.iter_signatures())
    assert a.stories().resolve("s-1") == b.stories().resolve("s-1") == "s-2"
    assert [m.article_id for m in a.stories().members("s-2")] == ["a1", "a3"]
    assert [m.article_id for m in b.stories().members("s-2")] == ["a1", "a3"]
    assert a.stories().document_frequencies(["talks"]) == {"talks": 1}
    assert b.stories().document_frequencies(["talks"]) == {"talks": 1}
    assert a.find_entity("blinken") == b.find_entity("blinken")
    assert b.tokens().any()
    assert {h.article_id for h in a.search("ceasefire")} == {
        h.article_id for h in b.search("ceasefire")
    }


def test_sqlite_to_postgres_and_back_keeps_every_table(tmp_path: Path, pg_url: str) -> None:
    with open_store(tmp_path / "a.db") as source, open_store(pg_url) as middle:
        _fill(source)
        report = transfer_store(source, middle)
        assert report.ok and {t.table for t in report.tables} == {t for t, _ in TABLES}
        assert all(t.source_rows > 0 for t in report.tables if t.table in ("articles", "stories"))
        _same_reads(source, middle)
        with open_store(f"sqlite:///{tmp_path / 'back.db'}") as back:
            assert transfer_store(middle, back).ok
            _same_reads(source, back)


def test_a_changed_row_changes_the_table_hash(tmp_path: Path, pg_url: str) -> None:
    with open_store(tmp_path / "a.db") as source, open_store(pg_url) as target:
        _fill(source)
        assert transfer_store(source, target).ok
        columns = target.table_columns("claims")
        before = table_digest(target, "claims", columns, ("article_id", "idx"))
        target.conn.execute("UPDATE claims SET value = value + 1 WHERE article_id = 'a1'")
        after = table_digest(target, "claims", columns, ("article_id", "idx"))
        assert before[0] == after[0] and before[1] != after[1]
        assert after != table_digest(source, "claims", columns, ("article_id", "idx"))


def test_target_must_be_empty(tmp_path: Path, pg_url: str) -> None:
    with open_store(tmp_path / "a.db") as source, open_store(pg_url) as target:
        _fill(source)
        target.put_article(annotated("other"))
        with pytest.raises(StorageError, match="already holds 1 articles"):
            transfer_store(source, target)


def test_a_failed_copy_leaves_the_target_unchanged(tmp_path: Path, pg_url: str) -> None:
    """PostgreSQL text holds no NUL character, SQLite's does: the copy stops, nothing stays."""
    with open_store(tmp_path / "a.db") as source, open_store(pg_url) as target:
        _fill(source)
        source.put_article(Article(id="nul", text="a\x00b", content_hash="n"))
        with pytest.raises(Exception, match="NUL"):
            transfer_store(source, target)
        assert target.count_articles() == 0 and target.stories().count_active() == 0


def test_migrate_command_reports_each_table(tmp_path: Path, pg_url: str) -> None:
    with open_store(tmp_path / "a.db") as source:
        _fill(source)
    done = runner.invoke(app, ["migrate", "--from", f"sqlite:///{tmp_path}/a.db", "--to", pg_url])
    assert done.exit_code == 0, done.output
    assert "articles" in done.stdout and "MISMATCH" not in done.stdout
    assert "tables copied and checked" in done.stdout
    again = runner.invoke(app, ["migrate", "--from", str(tmp_path / "a.db"), "--to", pg_url])
    assert again.exit_code == 2 and "already holds 3 articles" in again.output
    missing = runner.invoke(app, ["migrate", "--from", str(tmp_path / "no.db"), "--to", pg_url])
    assert missing.exit_code == 2 and "no such database" in missing.output
