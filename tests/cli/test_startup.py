"""Commands load models and heavy libraries only when they need them (issue 19).

Each check runs in a fresh interpreter: the test process itself has long since
imported spaCy and numpy. A command that only reads the database must start
without them; `ingest` and `analyze` load them when they analyse, not on --help.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = (
    "spacy",
    "thinc",
    "onnxruntime",
    "tokenizers",
    "numpy",
    "scipy",
    "trafilatura",
    "httpx",
    "datasketch",
    "feedparser",
    "warcio",
    "usearch",
    "dateparser",
    "py3langid",
    "charset_normalizer",
    "dask",
    "distributed",
)

_PROBE = """
import json, sys
from storyline.cli import app
try:
    app(sys.argv[1:])
except SystemExit:
    pass
heavy = sorted(m for m in json.loads(NAMES) if m in sys.modules)
print("HEAVY=" + json.dumps(heavy))
"""


def heavy_after(*args: str, stdin: str = "") -> list[str]:
    """The heavy modules imported by running `storyline ARGS` in a fresh interpreter."""
    probe = _PROBE.replace("NAMES", repr(json.dumps(HEAVY)))
    done = subprocess.run(
        [sys.executable, "-c", probe, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )
    line = next(x for x in done.stdout.splitlines() if x.startswith("HEAVY="))
    loaded: list[str] = json.loads(line.removeprefix("HEAVY="))
    return loaded


def test_the_probe_sees_a_heavy_import() -> None:
    """The check can fail: `analyze` on one article does load spaCy."""
    loaded = heavy_after("analyze", stdin='{"id": "a", "text": "Paris is in France."}\n')
    assert {"spacy", "numpy"} <= set(loaded)


@pytest.mark.parametrize(
    "args",
    [
        ("--help",),
        ("ingest", "--help"),
        ("analyze", "--help"),
        ("search", "--help"),
        ("timeline", "--help"),
        ("stories", "--help"),
    ],
)
def test_help_imports_no_heavy_module(args: tuple[str, ...]) -> None:
    assert heavy_after(*args) == []


def test_search_and_listing_read_the_database_without_heavy_modules(tmp_path: Path) -> None:
    from storyline.model import Article
    from storyline.store import open_store

    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.put_article(
            Article(
                id="a1",
                text="Ceasefire talks resumed in Cairo on Monday.",
                title="Talks resume",
                published="2024-03-04",
                content_hash="h1",
            )
        )
    assert heavy_after("search", "ceasefire", "--db", str(db)) == []
    assert heavy_after("articles", "--db", str(db)) == []


def test_ingest_reads_and_signs_without_scipy(tmp_path: Path) -> None:
    """An ingest computes near-duplicate signatures without datasketch, whose import
    brings scipy (0.6 s of every ingest process's start). One article, no models: a
    text that is not news is stored without analysis."""
    source = tmp_path / "one.jsonl"
    row = {"id": "x1", "time": "2024-03-04", "text": "Marlow ferry timetable. " * 3}
    source.write_text(json.dumps(row) + "\n")
    loaded = heavy_after("ingest", str(source), "--db", str(tmp_path / "s.db"))
    assert "datasketch" not in loaded
    assert "scipy" not in loaded


def test_an_ingest_with_nothing_new_opens_no_model_and_no_story_index(tmp_path: Path) -> None:
    """The pipeline and the story stream (story index, usearch, the assignment modules)
    are opened when a first article needs them: a run whose every item is stored already
    loads neither."""
    source = tmp_path / "one.jsonl"
    row = {
        "id": "k1",
        "time": "2031-05-02",
        "text": "The Kessal council opened a new library on Friday. " * 4,
    }
    source.write_text(json.dumps(row) + "\n")
    db = tmp_path / "s.db"
    first = heavy_after("ingest", str(source), "--db", str(db))
    assert {"spacy", "usearch"} <= set(first)
    assert (tmp_path / "s.db.stories.usearch").exists()
    assert heavy_after("ingest", str(source), "--db", str(db)) == []
