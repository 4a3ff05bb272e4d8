"""Fixtures for timeline tests: the demo articles analysed once per session (real spaCy)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article

_HEADER = re.compile(r"\s*date (\d{4}-\d{2}-\d{2})\s*")


def demo_inputs(demo_dir: Path) -> list[Article]:
    """The demo files as raw articles: an optional ' date YYYY-MM-DD ' header, then the body."""
    out = []
    for path in sorted(demo_dir.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        m = _HEADER.match(raw)
        text = raw[m.end() :] if m else raw
        published = m.group(1) if m else None
        out.append(
            Article(
                id=path.stem[:3],
                text=text,
                outlet=f"outlet-{path.stem[:3]}",
                published=published,
                published_source="metadata" if published else "none",
            )
        )
    return out


@pytest.fixture(scope="session")
def demo_raw(demo_dir: Path) -> list[Article]:
    return demo_inputs(demo_dir)


@pytest.fixture(scope="session")
def demo_articles(demo_raw: list[Article]) -> list[Article]:
    pipeline = Pipeline(["sentences", "time"])
    return [pipeline.run(a) for a in demo_raw]


@pytest.fixture(autouse=True)
def _private_analysis_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI caches analyses by default: keep tests out of the user's cache directory."""
    monkeypatch.setenv("STORYLINE_CACHE_DIR", str(tmp_path / "analysis-cache"))
