"""Proof that a speed-up changed no output: the time tagger and sentence splitter of two checkouts.

Runs each checkout's `tag_timexes` and `split_sentences` over the same texts (every
Timeline17 article, the TimeBank and AQUAINT documents, the MEANTIME documents of
../shared/data), each in its own child process with that checkout's `src` first on
the path, and prints every difference: a sentence boundary, or a timex's span, type
or value. Times nothing and asserts nothing: it prints counts and differences.

    git archive <commit> | tar -x -C /tmp/ref
    .venv/bin/python -m eval.same_output /tmp/ref/src [--limit N] [--every N]

Exit status 1 when any difference is found.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
TOOL = REPO.parent / "shared" / "tools" / "score_timex.py"

__all__ = ["main"]


def _texts(limit: int | None) -> Iterator[dict[str, Any]]:
    """{"id", "text", "published"} of every document, Timeline17 first."""
    for path in sorted((DATA / "timeline17").glob("*/articles.jsonl.gz")):
        with gzip.open(path, "rt") as fh:
            for line in fh:
                row = json.loads(line)
                yield {
                    "id": f"t17/{path.parent.name}/{row['id']}",
                    "text": row["text"],
                    "published": row.get("time"),
                }
    for corpus in ("TimeBank", "AQUAINT"):
        gold = DATA / "timebank-aquaint-tbaq-cleaned" / corpus
        done = subprocess.run(
            [sys.executable, str(TOOL), "input", str(gold)],
            capture_output=True,
            text=True,
            check=True,
        )
        for line in done.stdout.splitlines():
            row = json.loads(line)
            yield {
                "id": f"{corpus}/{row['id']}",
                "text": row["text"],
                "published": row["published"],
            }
    from eval.meantime import load_doc

    for path in sorted((DATA / "meantime-en" / "intra_cross-doc_annotation").glob("*/*.xml")):
        doc = load_doc(path)
        yield {"id": f"MEANTIME/{doc.name}", "text": doc.text, "published": doc.dct}


def dump(inputs: Path, out: Path) -> None:
    """The sentences and timexes of every input, as the checkout first on the path makes them."""
    from storyline.analyze.sentences import split_sentences
    from storyline.analyze.time.tagger import tag_timexes

    with inputs.open() as fin, out.open("w") as fout:
        for line in fin:
            row = json.loads(line)
            text = row["text"]
            dct = _date(row["published"])
            sentences = split_sentences(text)
            timexes = tag_timexes(text, dct, sentences or None)
            fout.write(
                json.dumps(
                    {
                        "id": row["id"],
                        "sentences": sentences,
                        "timexes": [(t.start, t.end, t.type, t.value) for t in timexes],
                    }
                )
                + "\n"
            )


def _date(value: str | None) -> dt.date | None:
    """A document's creation date: ISO, or the day-first "03-02-2009" some Timeline17 files use."""
    for form in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime((value or "")[:10], form).date()
        except ValueError:
            continue
    return None


def _run(src: Path, inputs: Path, out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(src)}
    code = (
        "import sys, pathlib; from eval.same_output import dump; "
        "dump(*map(pathlib.Path, sys.argv[1:]))"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(inputs), str(out)], env=env, check=True, cwd=REPO
    )
    check = subprocess.run(
        [sys.executable, "-c", "import storyline; print(storyline.__file__)"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    print(f"  {src}: storyline from {check.stdout.strip()}")


def _differences(ref: dict[str, Any], new: dict[str, Any]) -> list[str]:
    out = []
    if ref["sentences"] != new["sentences"]:
        out.append(f"sentences: {len(ref['sentences'])} -> {len(new['sentences'])} spans differ")
    before = {tuple(t) for t in ref["timexes"]}
    after = {tuple(t) for t in new["timexes"]}
    out += [f"only in reference: {t}" for t in sorted(before - after)]
    out += [f"only in this checkout: {t}" for t in sorted(after - before)]
    if not out and ref["timexes"] != new["timexes"]:
        out.append("timexes in another order")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("reference_src", type=Path, help="the other checkout's src folder")
    parser.add_argument("--limit", type=int, default=None, help="at most this many documents")
    parser.add_argument(
        "--every", type=int, default=1, help="every Nth document only (each corpus still sampled)"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        inputs = tmp / "inputs.jsonl"
        with inputs.open("w") as fh:
            rows = (row for n, row in enumerate(_texts(args.limit)) if n % args.every == 0)
            for n, row in enumerate(rows):
                if args.limit is not None and n >= args.limit:
                    break
                fh.write(json.dumps(row) + "\n")
        _run(args.reference_src.resolve(), inputs, tmp / "ref.jsonl")
        _run(REPO / "src", inputs, tmp / "new.jsonl")
        docs = sentences = timexes = differing = 0
        with (tmp / "ref.jsonl").open() as fa, (tmp / "new.jsonl").open() as fb:
            for la, lb in zip(fa, fb, strict=True):
                ref, new = json.loads(la), json.loads(lb)
                docs += 1
                sentences += len(ref["sentences"])
                timexes += len(ref["timexes"])
                found = _differences(ref, new)
                if found:
                    differing += 1
                    print(f"{ref['id']}:")
                    for line in found[:20]:
                        print(f"    {line}")
    print(
        f"{docs} documents, {sentences} sentences, {timexes} timexes in the reference; "
        f"{differing} documents differ"
    )
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
