"""`storyline analyze`: stdin JSONL to article JSON, text untouched, bad lines reported."""

from __future__ import annotations

import json

from cli_runner import run

TEXT = '  Officials said on Friday that "talks will resume next week."\n\nMore later.  '


def test_analyze_keeps_text_and_offsets_and_reports_bad_lines() -> None:
    lines = [
        json.dumps({"id": "ok", "text": TEXT, "date": "2024-03-23"}),
        "{not json",
        json.dumps({"id": "bad-date", "text": "x", "published": "the day after tomorrow-ish"}),
        json.dumps({"id": "no-text", "title": "t"}),
        json.dumps({"id": "undated", "text": "On Friday it rained."}),
    ]
    result = run("analyze", stdin="\n".join(lines) + "\n")
    assert result.returncode == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["id"] for a in out] == ["ok", "undated"]
    ok = out[0]
    assert ok["text"] == TEXT
    for kind in ("timexes", "quotes", "entities", "claims"):
        for ann in ok[kind]:
            assert TEXT[ann["start"] : ann["end"]] == ann["text"], (kind, ann)
    assert {t["value"] for t in ok["timexes"]} >= {"2024-03-22", "2024-W13"}
    assert out[1]["published"] is None
    assert all("XXXX" in t["value"] for t in out[1]["timexes"])
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert "line 2" in errors[0] and "not JSON" in errors[0]
    assert "bad-date" in errors[1] and "publication date" in errors[1]
    assert "no-text" in errors[2] and "text" in errors[2]
