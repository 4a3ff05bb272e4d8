"""End to end through the command: re-ingesting the same input stores it once, whatever the
cleaning rules of the run that stored it, and an older store keeps its ids.

The cleaning rules are changed the way a new session changes them: a step of
`clean_body` replaced (here: the last paragraph dropped) in the process that runs
the command. A store written by older code is made the same way, with the ids it
gave (the hash of the clean text) put back in place of the source ids.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cli_runner import export, run

BODIES = (
    "The county council voted on Thursday to close the Old Mill bridge to lorries after "
    "engineers found cracks in two of its three arches, a spokesperson for the council said. "
    "Buses and cars may still cross at walking pace while repairs are planned for the spring.",
    "Traders on the east bank said the diversion through Hollin Cross would add half an hour "
    "to every delivery, and asked the council to pay for a temporary crossing downstream "
    "until the arches of the old bridge are rebuilt and its weight limit lifted again.",
    "Engineers began drilling core samples from the cracked arches on Monday morning. The "
    "results, due within a fortnight, will show whether the stone can be repaired in place "
    "or whether the middle span has to be taken down and rebuilt from the river bed.",
)
FOOTER = "Share this story with a friend."
CHANGED_RULES = """
import storyline.ingest.records as records
_clean = records.clean_body
records.clean_body = lambda text, author=None: _clean(text, author=author).rsplit("\\n\\n", 1)[0]
"""
OLDER_CODE = """
import storyline.ingest.records as records
from storyline.ingest.identity import legacy_article_id
_Article = records.Article
def _as_older_code_stored_it(**kw):
    if kw["id"].startswith("t:"):
        kw["id"] = legacy_article_id(
            kw["text"], published=kw["published"], outlet=kw["outlet"], title=kw["title"]
        )
    return _Article(**kw)
records.Article = _as_older_code_stored_it
"""


def _inputs(folder: Path) -> Path:
    src = folder / "in"
    src.mkdir()
    (src / "bridge.txt").write_text(f" date 2024-03-14 {BODIES[0]}\n\n{FOOTER}")
    rows = [
        {"text": f"{BODIES[1]}\n\n{FOOTER}", "date": "2024-03-15", "source": "Ledger"},
        {"text": f"{BODIES[2]}\n\n{FOOTER}", "date": "2024-03-16", "source": "Courier"},
    ]
    (src / "more.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return src


def _ingest_with(patch: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`storyline ingest ARGS` in a process whose code was changed by `patch` first."""
    command = "import sys\nfrom storyline.cli import main\nsys.argv[0] = 'storyline'\nmain()\n"
    code = f"{patch}\n{command}"
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-c", code, "ingest", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def _ids(db: Path) -> list[str]:
    return sorted(a["id"] for a in export(db))


def test_changed_cleaning_stores_the_same_input_once(tmp_path: Path) -> None:
    src, db = _inputs(tmp_path), tmp_path / "s.db"
    first = run("ingest", str(src), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "3 new, 0 updated, 0 already present, 0 duplicates" in first.stdout + first.stderr
    ids = _ids(db)
    assert len(ids) == 3 and all(i.startswith("t:") for i in ids)
    again = _ingest_with(CHANGED_RULES, str(src), "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert "0 new, 0 updated, 3 already present, 0 duplicates" in again.stdout + again.stderr
    assert _ids(db) == ids


def test_a_store_written_by_older_code_keeps_its_ids(tmp_path: Path) -> None:
    src, db = _inputs(tmp_path), tmp_path / "old.db"
    older = _ingest_with(OLDER_CODE, str(src), "--db", str(db))
    assert older.returncode == 0, older.stderr
    legacy = _ids(db)
    assert len(legacy) == 3 and all(i.startswith("h:") for i in legacy)
    for patch in ("", CHANGED_RULES):  # the same rules as then, then changed ones
        again = _ingest_with(patch, str(src), "--db", str(db))
        assert again.returncode == 0, again.stderr
        out = again.stdout + again.stderr
        assert "0 new, 0 updated, 3 already present, 0 duplicates" in out, out
        assert _ids(db) == legacy  # exports and citations name them as before
