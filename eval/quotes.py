"""Attribution quality on PolNeAR with ../shared/tools/score_quotes.py (content F1, speakers).

The full run goes through the command-line contract exactly as the tools
README does (`input` -> `storyline analyze` -> `score`). `slice_scores` runs
the pipeline in process on a slice of a split and scores it with the same
tool over a directory of links to just those documents: the CI gate uses it.

    .venv/bin/python -m eval.quotes [--split dev|train] [--first N] [--json]
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
TOOL = SHARED / "tools" / "score_quotes.py"
STAGES = ("sentences", "entities", "quotes")

__all__ = ["main", "run_split", "slice_scores"]


def _score(tool: Path, gold: Path, system: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(tool), "score", str(gold), str(system), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def run_split(split: str, workdir: Path, shared: Path = SHARED) -> dict[str, Any]:
    """The whole split through the CLIs, as an outside user would run it."""
    gold = shared / "data" / "polnear" / split
    tool = shared / "tools" / "score_quotes.py"
    inp, out = workdir / f"{split}.in.jsonl", workdir / f"{split}.out.jsonl"
    with inp.open("w") as fh:
        subprocess.run([sys.executable, str(tool), "input", str(gold)], stdout=fh, check=True)
    storyline = Path(sys.executable).with_name("storyline")
    with inp.open() as fin, out.open("w") as fout:
        subprocess.run(
            [str(storyline), "analyze", "--stages", ",".join(STAGES)],
            stdin=fin,
            stdout=fout,
            check=True,
        )
    return _score(tool, gold, out)


def slice_scores(shared: Path, split: str = "dev", first: int = 12) -> dict[str, Any]:
    """Scores of the first `first` annotated documents of a split (by file name), in process."""
    from storyline.analyze import Pipeline
    from storyline.analyze.inputs import article_from_input
    from storyline.serialize import article_to_json

    gold = shared / "data" / "polnear" / split
    names = sorted(
        p.stem
        for p in (gold / "text").glob("*.txt")
        if any((gold / "attributions").glob(f"{p.stem}*.ann"))
    )[:first]
    pipeline = Pipeline(list(STAGES))
    with tempfile.TemporaryDirectory() as tmp:
        sub = Path(tmp) / split
        (sub / "text").mkdir(parents=True)
        (sub / "attributions").mkdir()
        system = Path(tmp) / "system.jsonl"
        with system.open("w") as out:
            for name in names:
                (sub / "text" / f"{name}.txt").symlink_to(gold / "text" / f"{name}.txt")
                for ann in (gold / "attributions").glob(f"{name}*.ann"):
                    (sub / "attributions" / ann.name).symlink_to(ann)
                text = (gold / "text" / f"{name}.txt").read_text(encoding="utf-8")
                article = pipeline.run(article_from_input({"id": name, "text": text}, name))
                out.write(json.dumps(article_to_json(article)) + "\n")
        return _score(shared / "tools" / "score_quotes.py", sub, system)


def _line(r: dict[str, Any]) -> str:
    c = r["content"]
    return (
        f"articles={r['articles']} gold={r['gold']} system={r['system']} | content "
        f"P={c['p']:.3f} R={c['r']:.3f} F1={c['f1']:.3f} | direct R={r['direct_recall']:.3f} | "
        f"speaker acc={r['speaker_accuracy']:.3f} | end-to-end F1={r['end_to_end_f1']:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("--first", type=int, default=0, help="only the first N documents")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.first:
        result = slice_scores(SHARED, args.split, args.first)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            result = run_split(args.split, Path(tmp))
    print(json.dumps(result, indent=1) if args.json else f"PolNeAR {args.split}: {_line(result)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
