"""Every export a user sees of a SQLite store, for the "nothing lost" migration tests.

A store migration that makes the database smaller (issue 19) must not change what any
reader sees: these take every CLI export, every API and web page, and the reads later
stages make, so a test can compare them before and after the migration.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from storyline.api.app import create_app
from storyline.api.settings import ServerSettings
from storyline.cli import app
from storyline.store.sqlite import SQLiteStore

__all__ = ["applied", "cli", "exports"]


def cli(*args: str) -> str:
    result = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert result.exit_code == 0, (args, result.output, result.exception)
    return result.output


def applied(db: Path) -> set[str]:
    """The names of the migrations the store at `db` records as applied."""
    conn = sqlite3.connect(db)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
    finally:
        conn.close()


def exports(db: Path) -> dict[str, str]:
    """Every export a user sees of the store, by the command that printed it."""
    at = ("--db", str(db))
    out = {
        "export articles": cli("export", "articles", "--sentences", *at),
        "export stories": cli("export", "stories", *at),
        "articles": cli("articles", *at),
        "stories --json": cli("stories", "--json", *at),
        "flags --all --json": cli("flags", "--all", "--json", *at),
        "flags --by-outlet": cli("flags", "--by-outlet", *at),
        "entities": cli("entities", *at),
    }
    stories = [json.loads(line)["id"] for line in out["stories --json"].splitlines()]
    articles = [json.loads(line)["id"] for line in out["export articles"].splitlines()]
    assert stories and articles
    for story in stories:
        out[f"story {story} --json"] = cli("story", story, "--json", *at)
        out[f"story {story}"] = cli("story", story, *at)
        out[f"timeline {story}"] = cli("timeline", story, *at)
        out[f"claims {story} --json"] = cli("claims", story, "--json", *at)
        out[f"claims {story}"] = cli("claims", story, *at)
        out[f"flags {story} --json"] = cli("flags", story, "--all", "--json", *at)
        for form in ("json", "text", "md", "html"):
            out[f"brief {story} {form}"] = cli("brief", story, "--full", "--format", form, *at)
    for article in articles:
        out[f"show {article} --json"] = cli("show", article, "--json", *at)
        out[f"show {article}"] = cli("show", article, *at)
        out[f"show {article} --versions"] = cli("show", article, "--versions", *at)
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
