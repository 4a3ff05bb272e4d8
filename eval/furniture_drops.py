"""What ingest's furniture passes (comment sections, boilerplate) drop from Timeline17.

A change to comments.py or boilerplate.py is judged by what it newly removes: every
removed block must be reader comments or page furniture, never the newsroom's text.
This tool runs clean_body over every Timeline17 article (3,558) and counts the lines and
characters it drops; with --ref it runs the same count on another revision's source
(unpacked with `git archive` into a temporary directory, in a subprocess) and lists a
seeded random sample of the lines dropped now and not there, to be read by a person.

    python -m eval.furniture_drops --ref 1b051e5 --sample 20 --seed 4130
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from eval.story_inputs import documents

__all__ = ["dropped_lines", "main"]

REPO = Path(__file__).resolve().parents[1]


def dropped_lines(text: str) -> list[str]:
    """The non-blank lines of `text` that clean_body does not keep word for word."""
    from storyline.ingest.boilerplate import clean_body

    kept = Counter(line.strip() for line in clean_body(text).split("\n"))
    out: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        s = line.strip()
        if not s:
            continue
        if kept[s] > 0:
            kept[s] -= 1
        else:
            out.append(s)
    return out


def _dump() -> dict[str, list[str]]:
    return {doc["id"]: dropped_lines(doc["text"]) for doc in documents("t17")}


def _dump_at(ref: str) -> dict[str, list[str]]:
    """The drops of revision `ref`: its src/ unpacked and this tool run against it."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", ref, "src"], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        env = {**os.environ, "PYTHONPATH": f"{tmp}/src{os.pathsep}{REPO}"}
        out = subprocess.run(
            [sys.executable, "-m", "eval.furniture_drops", "--dump"],
            check=True,
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp,
        ).stdout
    loaded: dict[str, list[str]] = json.loads(out)
    return loaded


def _totals(drops: dict[str, list[str]]) -> tuple[int, int, int]:
    lines = sum(len(v) for v in drops.values())
    chars = sum(len(x) for v in drops.values() for x in v)
    return lines, chars, sum(1 for v in drops.values() if v)


def _new_blocks(
    before: dict[str, list[str]], after: dict[str, list[str]]
) -> list[tuple[str, list[str]]]:
    """Per article, the runs of consecutive lines dropped after and not before."""
    blocks: list[tuple[str, list[str]]] = []
    for key, lines in after.items():
        old = Counter(before.get(key, []))
        run: list[str] = []
        for line in lines:
            if old[line] > 0:
                old[line] -= 1
                if run:
                    blocks.append((key, run))
                    run = []
            else:
                run.append(line)
        if run:
            blocks.append((key, run))
    return blocks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dump", action="store_true", help="print the drops as JSON")
    parser.add_argument("--ref", help="a revision to compare with (e.g. main)")
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=4130)
    args = parser.parse_args(argv)
    now = _dump()
    if args.dump:
        json.dump(now, sys.stdout)
        return 0
    lines, chars, arts = _totals(now)
    print(f"this tree: {lines} lines, {chars} characters dropped in {arts}/{len(now)} articles")
    if not args.ref:
        return 0
    before = _dump_at(args.ref)
    b_lines, b_chars, b_arts = _totals(before)
    print(f"{args.ref}: {b_lines} lines, {b_chars} characters dropped in {b_arts} articles")
    new = _new_blocks(before, now)
    kept_again = _new_blocks(now, before)
    print(
        f"newly dropped: {sum(len(b) for _, b in new)} lines in {len(new)} blocks of "
        f"{len({k for k, _ in new})} articles; no longer dropped: "
        f"{sum(len(b) for _, b in kept_again)} lines in {len(kept_again)} blocks"
    )
    rng = random.Random(args.seed)
    for key, block in rng.sample(new, min(args.sample, len(new))):
        shown: Any = block
        if len(block) > 4:
            shown = [*block[:2], f"... {len(block)} lines", block[-1]]
        print(f"--- {key}")
        for line in shown:
            print(f"    {line[:200]}")
    if kept_again:
        print("=== no longer dropped (sample)")
        for key, block in rng.sample(kept_again, min(args.sample, len(kept_again))):
            print(f"--- {key}: {' / '.join(x[:120] for x in block[:3])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
