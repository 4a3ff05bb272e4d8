"""An article's id comes from what the source gave, so a change of cleaning never changes it.

Each test reads one input with the cleaning rules as they are, then again with a
cleaning step changed (monkeypatched: the last paragraph dropped, as a new
boilerplate rule would), and checks the clean text changed while the id did not.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from storyline.ingest import records
from storyline.ingest.identity import SOURCE_PREFIX, legacy_article_id
from storyline.model import Article

Reader = Callable[..., list[object]]

BODY = (
    "Heavy rain flooded the lower town of Marrow Bend on Tuesday, the river authority said.\n\n"
    "Residents of forty houses were moved to the school hall overnight.\n\n"
    "Follow our live coverage for updates."
)


def _one(items: list[object]) -> Article:
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


def _new_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """A changed cleaning step: the last paragraph is furniture from now on."""
    clean = records.clean_body

    def stricter(text: str, author: str | None = None) -> str:
        return clean(text, author=author).rsplit("\n\n", 1)[0]

    monkeypatch.setattr(records, "clean_body", stricter)


def _twice(monkeypatch: pytest.MonkeyPatch, read: Reader, path: Path) -> tuple[Article, Article]:
    before = _one(read(path))
    with monkeypatch.context() as m:
        _new_rule(m)
        after = _one(read(path))
    assert after.text != before.text and "live coverage" not in after.text
    return before, after


def test_text_file_keeps_its_id_when_cleaning_changes(
    tmp_path: Path, read: Reader, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "flood.txt"
    path.write_text(f" date 2024-03-20 {BODY}")
    before, after = _twice(monkeypatch, read, path)
    assert before.id == after.id and before.id.startswith(SOURCE_PREFIX)


def test_jsonl_record_keeps_its_id_when_cleaning_changes(
    tmp_path: Path, read: Reader, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "flood.jsonl"
    record = {"text": BODY, "date": "2024-03-20", "source": "The Ledger", "title": "Floods"}
    path.write_text(json.dumps(record) + "\n")
    before, after = _twice(monkeypatch, read, path)
    assert before.id == after.id and before.id.startswith(SOURCE_PREFIX)


def test_html_page_keeps_its_id_when_cleaning_changes(
    tmp_path: Path, read: Reader, monkeypatch: pytest.MonkeyPatch
) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    path = tmp_path / "flood.html"
    path.write_text(
        "<html><head><title>Floods in Marrow Bend</title></head>"
        f"<body><article><h1>Floods in Marrow Bend</h1>{paragraphs}</article></body></html>"
    )
    before, after = _twice(monkeypatch, read, path)
    assert before.id == after.id and before.id.startswith(SOURCE_PREFIX)


def test_metadata_as_given_still_separates_publications(tmp_path: Path, read: Reader) -> None:
    # the same body from two outlets, or on two days, is two articles (linked as copies)
    rows = [
        {"text": BODY, "date": "2024-03-20", "source": "The Ledger"},
        {"text": BODY, "date": "2024-03-20", "source": "The Courier"},
        {"text": BODY, "date": "2024-03-21", "source": "The Ledger"},
    ]
    path = tmp_path / "copies.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    ids = [a.id for a in read(path) if isinstance(a, Article)]
    assert len(ids) == 3 and len(set(ids)) == 3


def test_legacy_id_is_computed_from_the_article_as_cleaned(tmp_path: Path, read: Reader) -> None:
    # what older code gave: the clean text, normalised date, outlet and clean title
    path = tmp_path / "flood.jsonl"
    path.write_text(json.dumps({"text": BODY, "date": "20 March 2024", "source": "Ledger"}) + "\n")
    art = _one(read(path))
    assert art.published == "2024-03-20"
    legacy = legacy_article_id(art.text, published="2024-03-20", outlet="Ledger", title=art.title)
    assert legacy.startswith("h:") and legacy[2:] != art.id[2:]
