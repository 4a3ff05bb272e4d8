"""Seed articles: ingest ../shared/data/seeds/articles, export, score with score_seeds.py.

    python -m eval.seeds

Prints the scorer's per-aspect counts (published, timexes, entities, canonical,
quotes, speakers, claims, boilerplate) and its misses.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from storyline.engine import Storyline
from storyline.serialize import article_to_json

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def run(as_json: bool = False) -> str:
    """Return the scorer's output for a fresh ingest of the seed articles."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "seeds.db"
        export = Path(tmp) / "seeds.jsonl"
        with Storyline(db) as engine:
            engine.ingest([str(SHARED / "data" / "seeds" / "articles")])
            export.write_text(
                "".join(json.dumps(article_to_json(a)) + "\n" for a in engine.articles())
            )
        cmd = [
            sys.executable,
            str(SHARED / "tools" / "score_seeds.py"),
            str(SHARED / "data" / "seeds" / "gold_articles.json"),
            str(export),
        ]
        if as_json:
            cmd.append("--json")
        return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def main() -> int:
    print(run())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
