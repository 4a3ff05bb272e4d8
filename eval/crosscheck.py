"""Cross-checking quality with ../shared/tools/score_crosscheck.py, through the CLI contract.

For each gold set (crosscheck-dev and the seed articles) the articles are
ingested into a fresh database, exported with `storyline export articles`
and `storyline export stories`, and scored, exactly as the tools README runs it.

    .venv/bin/python -m eval.crosscheck [--json] [--set dev|seeds]

`score_set` returns the scorer's JSON; `summary_numbers` turns it into the
figures the floor gate (tests/eval/test_crosscheck_gate.py) checks.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TOOL = SHARED / "tools" / "score_crosscheck.py"

SETS: dict[str, tuple[str, str]] = {
    "dev": ("data/crosscheck-dev/gold.json", "data/crosscheck-dev/articles.jsonl"),
    "seeds": ("data/seeds/gold_crosscheck.json", "data/seeds/articles"),
}
"""name -> (gold file, what to ingest), relative to ../shared."""

__all__ = ["SETS", "main", "score_set", "summary_numbers"]


def _storyline() -> str:
    return str(Path(sys.executable).with_name("storyline"))


def score_set(name: str, shared: Path = SHARED) -> dict[str, Any]:
    """Ingest, export and score one gold set; the scorer's JSON result."""
    gold, source = SETS[name]
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / f"{name}.db")
        articles, stories = Path(tmp) / "articles.jsonl", Path(tmp) / "stories.jsonl"
        cli = _storyline()
        subprocess.run(
            [cli, "ingest", str(shared / source), "--db", db], check=True, capture_output=True
        )
        for kind, path in (("articles", articles), ("stories", stories)):
            with path.open("w") as fh:
                subprocess.run([cli, "export", kind, "--db", db], stdout=fh, check=True)
        done = subprocess.run(
            [sys.executable, str(shared / "tools" / TOOL.name), str(shared / gold),
             str(articles), str(stories), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )  # fmt: skip
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _ratio(text: str) -> tuple[int, int]:
    found, total = text.split("/")
    return int(found), int(total)


def summary_numbers(r: dict[str, Any]) -> dict[str, float]:
    """The scorer's result as numbers: shares found (1.0 = all) and counts of errors."""
    points = sum(s["points"] for s in r["series"])
    held = sum(s["held"] for s in r["series"])
    as_of = sum(s["as_of_ok"] for s in r["series"])
    qual = sum(s["qualifier_ok"] for s in r["series"])
    must, must_n = _ratio(r["flags"]["must"])
    copies, copies_n = _ratio(r["copies"])
    est, est_n = _ratio(r["estimates"])

    def share(a: int, b: int) -> float:
        return a / b if b else 1.0

    return {
        "stories_exact": 1.0 if r["stories"]["exact"] else 0.0,
        "points_held": share(held, points),
        "as_of_ok": share(as_of, points),
        "qualifier_ok": share(qual, points),
        "conflicts_found": share(r["conflicts"]["found"], r["conflicts"]["gold"]),
        "false_alarms": float(len(r["false_alarms"]["raised"])),
        "must_flags": share(must, must_n),
        "must_not_violations": float(len(r["flags"]["must_not_violations"])),
        "copies_linked": share(copies, copies_n),
        "estimates_ok": share(est, est_n),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    for name in args.set or sorted(SETS):
        result = score_set(name)
        if args.json:
            print(json.dumps({"set": name, **result}))
            continue
        nums = summary_numbers(result)
        print(f"{name}: " + " ".join(f"{k}={v:g}" for k, v in nums.items()))
        for m in result["conflicts"]["missed"]:
            print(f"  missed conflict: {m}")
        for m in result["false_alarms"]["raised"]:
            print(f"  false alarm: {m}")
        for m in result["flags"]["missing_must"]:
            print(f"  missing flag: {m}")
        for m in result["flags"]["must_not_violations"]:
            print(f"  wrong flag: {m}")
        print(f"  flags should: {result['flags']['should']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
