"""Issue 19's "nothing lost": a store written before 0601_span_texts reads the same after it.

The store is ingested through the real `storyline ingest` with the write path and
schema as they were before 0601: migrations up to 0600 only, and every quote, claim
and timex row keeping its text whole (`stored_span_text` as the identity, as the old
writer was). Every export a user sees is taken from a copy of that store, then the
store is opened by the current code (which applies 0601, emptying the texts that
are the article's slice) and every export is taken again: they must be the same
bytes. The exports are taken from separate copies so the after side reads no page
cached by the before side.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from storyline.api.app import create_app
from storyline.api.settings import ServerSettings
from storyline.cli import app
from storyline.store import migrate, sqlite_rows
from storyline.store.sqlite import SQLiteStore

SPAN_TABLES = ("quotes", "claims", "timexes")


def _cli(*args: str) -> str:
    result = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert result.exit_code == 0, (args, result.output, result.exception)
    return result.output


def _empty_texts(db: Path) -> dict[str, tuple[int, int]]:
    """(rows, rows keeping '' as text) per span table."""
    conn = sqlite3.connect(db)
    try:
        return {
            table: conn.execute(
                f"SELECT count(*), coalesce(sum(text = ''), 0) FROM {table}"
            ).fetchone()
            for table in SPAN_TABLES
        }
    finally:
        conn.close()


def _applied(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
    finally:
        conn.close()


def exports(db: Path) -> dict[str, str]:
    """Every export a user sees of the store, by the command that printed it."""
    at = ("--db", str(db))
    out = {
        "export articles": _cli("export", "articles", "--sentences", *at),
        "export stories": _cli("export", "stories", *at),
        "articles": _cli("articles", *at),
        "stories --json": _cli("stories", "--json", *at),
        "flags --all --json": _cli("flags", "--all", "--json", *at),
        "flags --by-outlet": _cli("flags", "--by-outlet", *at),
        "entities": _cli("entities", *at),
    }
    stories = [json.loads(line)["id"] for line in out["stories --json"].splitlines()]
    articles = [json.loads(line)["id"] for line in out["export articles"].splitlines()]
    assert stories and articles
    for story in stories:
        out[f"story {story} --json"] = _cli("story", story, "--json", *at)
        out[f"story {story}"] = _cli("story", story, *at)
        out[f"timeline {story}"] = _cli("timeline", story, *at)
        out[f"claims {story} --json"] = _cli("claims", story, "--json", *at)
        out[f"claims {story}"] = _cli("claims", story, *at)
        out[f"flags {story} --json"] = _cli("flags", story, "--all", "--json", *at)
        for form in ("json", "text", "md", "html"):
            out[f"brief {story} {form}"] = _cli("brief", story, "--full", "--format", form, *at)
    for article in articles:
        out[f"show {article} --json"] = _cli("show", article, "--json", *at)
        out[f"show {article}"] = _cli("show", article, *at)
        out[f"show {article} --versions"] = _cli("show", article, "--versions", *at)
    out.update(served(db, stories, articles))
    out.update(reads(db, stories, articles))
    return out


def reads(db: Path, stories: list[str], articles: list[str]) -> dict[str, str]:
    """What the later stages read (whole articles, the story page reads), as their repr."""
    out: dict[str, str] = {}
    with SQLiteStore(db) as store:
        pages = store.page_reads()
        for story in stories:
            out[f"timeline articles {story}"] = repr(pages.story_timeline_articles(story))
            out[f"claims {story}"] = repr(pages.story_claims(story))
            out[f"quotes {story}"] = repr(pages.story_quotes(story))
        for article in articles:
            out[f"article {article}"] = repr(store.get_article(article))
    return out


def served(db: Path, stories: list[str], articles: list[str]) -> dict[str, str]:
    """The API's JSON and the web pages (they read through the SQL page reads, not the CLI's)."""
    web = create_app(ServerSettings(db=str(db)))
    paths = ["/api/home", "/api/articles", "/api/stories", "/api/flags", "/api/entities", "/"]
    paths += ["/stories", "/articles", "/entities"]
    for story in stories:
        paths += [f"/api/stories/{story}", f"/stories/{story}"]
        paths += [f"/api/stories/{story}/{part}" for part in ("timeline", "claims", "quotes")]
        paths.append(f"/api/stories/{story}/flags")
    for article in articles:
        paths += [f"/api/articles/{article}", f"/articles/{article}"]
    out: dict[str, str] = {}
    with TestClient(web, base_url="http://127.0.0.1:8000", follow_redirects=False) as client:
        entities = client.get("/api/entities").json()
        names = [item["name"] for item in entities["items"]][:10]
        paths += [f"/entities/{name}" for name in names]
        paths += [f"/api/entities/{name}" for name in names]
        paths += [f"/api/quotes?speaker={name}" for name in names]
        for path in paths:
            response = client.get(path)
            assert response.status_code in (200, 404), (path, response.text[:300])
            out[path] = f"{response.status_code} {response.text}"
    assert sum(text.startswith("200 ") for text in out.values()) > len(out) // 2
    return out


@pytest.fixture(scope="module")
def old_store(tmp_path_factory: pytest.TempPathFactory, demo_dir: Path) -> Iterator[Path]:
    """The demo articles ingested with the schema and write path of before 0601.

    The demo's spans are all their article's slice; one row of each table is then
    given a text that is not (a tidied text, which the writer keeps whole), so the
    test also sees a migration that would empty more than it should.
    """
    db = tmp_path_factory.mktemp("old") / "old.db"
    with pytest.MonkeyPatch.context() as patch:
        scripts, modules = migrate.migration_scripts, migrate.python_migrations
        patch.setattr(
            migrate,
            "migration_scripts",
            lambda suffix=".sql": [s for s in scripts(suffix) if s[0] < "0601"],
        )
        patch.setattr(migrate, "python_migrations", lambda: [m for m in modules() if m[0] < "0601"])
        patch.setattr(sqlite_rows, "stored_span_text", lambda span, text, start, end: span)
        _cli("ingest", str(demo_dir), "--db", str(db))
    conn = sqlite3.connect(db, isolation_level=None)
    for table in SPAN_TABLES:  # one row a table whose text is not its slice, as a writer may keep
        conn.execute(
            f"UPDATE {table} SET text = text || ' (tidied)' WHERE (article_id, idx) = "
            f"(SELECT article_id, idx FROM {table} ORDER BY article_id, idx LIMIT 1)"
        )
    conn.close()
    yield db


def test_every_export_reads_the_same_after_0601(old_store: Path, tmp_path: Path) -> None:
    assert "0601_span_texts" not in _applied(old_store)
    before_counts = _empty_texts(old_store)
    assert all(rows > 0 for rows, _ in before_counts.values()), before_counts
    assert all(empty == 0 for _, empty in before_counts.values()), before_counts

    before_db = tmp_path / "before.db"
    after_db = tmp_path / "after.db"
    shutil.copy(old_store, before_db)
    shutil.copy(old_store, after_db)
    with pytest.MonkeyPatch.context() as patch:  # the before side stays before 0601
        scripts = migrate.migration_scripts
        patch.setattr(
            migrate,
            "migration_scripts",
            lambda suffix=".sql": [s for s in scripts(suffix) if s[0] < "0601"],
        )
        before = exports(before_db)
    assert "0601_span_texts" not in _applied(before_db)

    after = exports(after_db)  # opening it applies 0601
    assert "0601_span_texts" in _applied(after_db)
    assert after.keys() == before.keys()
    for name, text in before.items():
        assert after[name] == text, name
    after_counts = _empty_texts(after_db)
    assert after_counts.keys() == before_counts.keys()
    for table, (rows, empty) in after_counts.items():
        assert rows == before_counts[table][0]
        assert 0 < empty < rows, (table, after_counts)  # emptied the slices, kept the tidied
