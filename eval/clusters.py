"""Story clustering quality: ECB+ seminal events, Timeline17 topics mixed, the demo seeds.

Runs ../shared/tools/score_clusters.py exactly as its README does (`ecb`/`t17` to
JSONL, `storyline cluster`, `score`), with the one shipped StoryConfig for every
corpus. `slice_scores` is the in-process form the CI gate uses on a fixed slice
(ECB+ dev topics 2, 5 and 12, train topic 25, whose two events online assignment
mixes and only the split separates, and the five demo articles).

    .venv/bin/python -m eval.clusters [--corpus ecb|t17|all] [--stages entities]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TOOL = SHARED / "tools" / "score_clusters.py"
SOURCES = {
    "ecb": SHARED / "data" / "ecbplus" / "ECBplus_train_dev_docs.tar.gz",
    "t17": SHARED / "data" / "timeline17",
}
GATE_TOPICS = ("2", "5", "12", "25")

__all__ = ["demo_lines", "load_scorer", "main", "run_corpus", "slice_docs", "slice_scores"]


def load_scorer(shared: Path = SHARED) -> ModuleType:
    """The shared scorer as a module (it is a standalone script, not a package)."""
    spec = importlib.util.spec_from_file_location(
        "score_clusters", shared / "tools" / "score_clusters.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_corpus(name: str, workdir: Path, stages: str = "") -> dict[str, Any]:
    """`score_clusters.py NAME` -> `storyline cluster` -> `score --json`, through the CLIs."""
    docs, out = workdir / f"{name}.jsonl", workdir / f"{name}.out.jsonl"
    with docs.open("w") as fh:
        subprocess.run([sys.executable, str(TOOL), name, str(SOURCES[name])], stdout=fh, check=True)
    storyline = Path(sys.executable).with_name("storyline")
    command = [str(storyline), "cluster"] + (["--stages", stages] if stages else [])
    with docs.open() as fin, out.open("w") as fout:
        subprocess.run(command, stdin=fin, stdout=fout, check=True)
    done = subprocess.run(
        [sys.executable, str(TOOL), "score", str(docs), str(out), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def demo_lines(demo_dir: Path = REPO / "data" / "demo") -> list[dict[str, Any]]:
    """The demo articles as cluster input, dated from their "date YYYY-MM-DD" header."""
    docs = []
    for path in sorted(demo_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        m = re.match(r"\s*date (\d{4}-\d{2}-\d{2}) ", text)
        docs.append({"id": path.stem, "text": text, "published": m and m.group(1)})
    return docs


def slice_docs(shared: Path = SHARED) -> list[dict[str, Any]]:
    """The gate slice: ECB+ documents of the topics in GATE_TOPICS, in the tool's order."""
    scorer = load_scorer(shared)
    source = shared / "data" / "ecbplus" / "ECBplus_train_dev_docs.tar.gz"
    return [d for d in scorer.ecb_docs(source) if d["id"].split("_")[0] in GATE_TOPICS]


def _cluster(docs: list[dict[str, Any]]) -> dict[str, str]:
    from storyline.analyze.inputs import article_from_input
    from storyline.corpus.stories import InMemoryStoryRepository, StoryAssigner
    from storyline.corpus.stories.split import article_split_terms, settle

    assigner = StoryAssigner(InMemoryStoryRepository())
    articles = [article_from_input(d, d["id"]) for d in docs]
    done = list(assigner.assign_many(articles))
    terms_of = {a.id: article_split_terms(a) for a in articles}
    return settle(assigner, [(a.article_id, a.story_id) for a in done], terms_of)


def slice_scores(shared: Path = SHARED) -> dict[str, Any]:
    """B-cubed F1 on the gate slice, the number of demo stories, and the slice's hash."""
    scorer = load_scorer(shared)
    docs = slice_docs(shared)
    digest = hashlib.sha256()
    for d in docs:
        digest.update(json.dumps(d, sort_keys=True).encode())
    system = _cluster(docs)
    p, r, f1 = scorer.bcubed({d["id"]: d["label"] for d in docs}, system)
    demo = _cluster(demo_lines())
    return {
        "documents": len(docs),
        "sha256": digest.hexdigest(),
        "bcubed_p": p,
        "bcubed_r": r,
        "bcubed_f1": f1,
        "demo_stories": len(set(demo.values())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=["ecb", "t17", "all"], default="all")
    parser.add_argument("--stages", default="", help="per-article stages run before clustering")
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])
    names = ["ecb", "t17"] if args.corpus == "all" else [args.corpus]
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            r = run_corpus(name, Path(tmp), args.stages)
            b, p = r["bcubed"], r["pairwise"]
            print(
                f"{name}: docs={r['documents']} clusters={r['system_clusters']} "
                f"(gold {r['gold_clusters']}) B3 P={b['p']:.3f} R={b['r']:.3f} F1={b['f1']:.3f} "
                f"| pairwise F1={p['f1']:.3f}",
                flush=True,
            )
    demo = _cluster(demo_lines())
    print(f"demo: {len(demo)} articles in {len(set(demo.values()))} story(ies)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
