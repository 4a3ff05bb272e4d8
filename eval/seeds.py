"""Seed articles: ingest ../shared/data/seeds/articles, export, score with score_seeds.py.

    python -m eval.seeds [--quotes]

Prints the scorer's per-aspect counts (published, timexes, entities, canonical,
quotes, speakers, claims, boilerplate) and its misses. The scorer checks the
speakers of the quotes its gold lists; `--quotes` also prints every quote found
with its speaker, how it was resolved and the mention it was read from, so the
ones the gold does not list can be read for a wrong speaker too.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from storyline.engine import Storyline
from storyline.serialize import article_from_json, article_to_json

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def quote_lines(exported: list[dict[str, Any]]) -> list[str]:
    """One line per quote of the exported articles: speaker, resolution, evidence, words."""
    out = []
    for article in exported:
        out.append(f"== {article.get('path') or article['id']}")
        for q in article.get("quotes") or []:
            sp = q.get("speaker") or {}
            evidence = (sp.get("resolved_from") or {}).get("text")
            speaker = article_from_json({"id": "q", "quotes": [q]}).quotes[0].speaker
            name = speaker.name if speaker is not None else None
            words = " ".join(str(q["text"]).split())[:90]
            out.append(
                f"  {name!r:30} [{sp.get('resolution')}; written {sp.get('text')!r}; "
                f"from {evidence!r}] {words!r}"
            )
    return out


def run(as_json: bool = False, quotes: bool = False) -> str:
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
        scored = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        if not quotes:
            return scored
        exported = [json.loads(line) for line in export.read_text().splitlines()]
        return scored + "\n" + "\n".join(quote_lines(exported)) + "\n"


def main(argv: list[str] | None = None) -> int:
    print(run(quotes="--quotes" in (sys.argv[1:] if argv is None else argv)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
