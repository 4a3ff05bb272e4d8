"""The five real seed articles: dates with provenance, and the boilerplate line of 004."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.ingest import IngestOptions, discover, read_source
from storyline.model import Article


def test_seed_articles(shared_dir: Path) -> None:
    seeds = shared_dir / "data" / "seeds"
    gold = json.loads((seeds / "gold_articles.json").read_text())["articles"]
    articles = [
        item
        for source in discover([str(seeds / "articles")])
        for item in read_source(source, IngestOptions())
    ]
    assert len(articles) == 5 and all(isinstance(a, Article) for a in articles)
    for art in articles:
        assert isinstance(art, Article) and art.path is not None
        expected = gold[Path(art.path).stem]
        assert art.published == expected["published"]
        assert art.published_source == ("header" if expected["published"] else "none")
        assert not art.text.startswith(" date") and not art.text.startswith("date ")
        for line in expected.get("boilerplate") or ():
            assert line not in art.text
        raw = Path(art.path).read_text()
        kept = [ln for ln in raw.splitlines()[1:] if ln.strip() and ln not in art.text]
        assert kept == list(expected.get("boilerplate") or ())  # nothing else removed
    assert len({a.id for a in articles if isinstance(a, Article)}) == 5
