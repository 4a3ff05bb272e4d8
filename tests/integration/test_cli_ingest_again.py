"""A second `storyline ingest` into a database that already has stories.

That run reads the story index file (usearch) before its first article builds the embedder
(onnxruntime): with usearch loaded first, onnxruntime's module init crashed the process
(SIGSEGV, exit -11; see storyline.corpus.stories.usearch_loader)."""

from __future__ import annotations

import json
from pathlib import Path

from cli_runner import export, run

FIRST = {
    "id": "harbor-1",
    "time": "2031-03-04",
    "text": "The Velmora harbour board approved a new ferry terminal on Monday. "
    "Board chair Ilsa Trevane said the terminal would open next spring. " * 3,
}
SECOND = {
    "id": "harbor-2",
    "time": "2031-03-06",
    "text": "Workers at the Velmora harbour began clearing the site of the ferry terminal. "
    "Engineer Doran Pike said the ground was firmer than expected. " * 3,
}


def test_a_second_ingest_reads_the_story_index_and_analyses_a_new_article(
    tmp_path: Path,
) -> None:
    db = tmp_path / "harbor.db"
    for number, article in enumerate((FIRST, SECOND)):
        batch = tmp_path / f"batch{number}.jsonl"
        batch.write_text(json.dumps(article) + "\n")
        done = run("ingest", str(batch), "--db", str(db))
        assert done.returncode == 0, done.stderr
        assert "1 new, 0 updated, 0 already present" in done.stdout
        assert (tmp_path / "harbor.db.stories.usearch").exists()
    assert len(export(db)) == 2
