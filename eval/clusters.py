"""Story clustering quality: ECB+ events (threads), Timeline17 topics (stories), held out by topic.

    .venv/bin/python -m eval.clusters              # in-sample and leave-one-topic-out
    .venv/bin/python -m eval.clusters --official   # score_clusters.py over `storyline cluster`

Two granularities from one assignment (corpus/stories/threads.py): a thread is one
development (ECB+ labels one seminal event per cluster), a story holds the threads
of one subject linked across time (Timeline17 labels one topic). ECB+ is scored on
threads, Timeline17 on stories; both levels of both corpora are printed.

The default run clusters in process, with every document's embedding computed once
and kept on disk (eval/story_inputs.py), under each setting of
`clusters_grid.GRID`, and chooses settings leave-one-topic-out (eval/loto.py):
- a Timeline17 topic is held out by clustering the other five topics alone (the
  held-out topic's articles are not in the stream at all) and choosing the setting
  with the best mean of that stream's B-cubed F1 and ECB+'s; the held-out topic's
  documents are then scored in the full stream under the chosen setting;
- an ECB+ topic (33, each two events) is held out from the choice: the setting is
  chosen on the other 32 topics' documents and on Timeline17, from the same runs
  (the held-out topic's documents stay in the stream, only its labels are unused).
B-cubed is a mean over documents, so the LOTO figure scores each document under the
setting chosen without its topic.

`--official` runs ../shared/tools/score_clusters.py exactly as its README does
(`ecb`/`t17` to JSONL, `storyline cluster`, `score`): Timeline17 with the default
story level, ECB+ with `--level thread`. `slice_scores` is the in-process form the
CI gate uses on a fixed slice (ECB+ dev topics 2, 5 and 12 and train topic 25, whose
two events online assignment mixes and only the split separates, and the five demo
articles).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from eval.story_inputs import SHARED, SOURCES, documents, embedded_articles, load_scorer, topic_of

REPO = Path(__file__).resolve().parents[1]
TOOL = SHARED / "tools" / "score_clusters.py"
GATE_TOPICS = ("2", "5", "12", "25")
LEVEL = {"ecb": "threads", "t17": "stories"}
"""The level each corpus's gold labels: ECB+ one event, Timeline17 one topic."""

__all__ = [
    "bcubed_rows",
    "cluster",
    "demo_lines",
    "main",
    "run_corpus",
    "slice_docs",
    "slice_loto",
    "slice_scores",
]

Rows = dict[str, dict[str, float]]
"""document id -> {"p", "r"}: its B-cubed precision and recall."""


def bcubed_rows(gold: Mapping[str, str], system: Mapping[str, str]) -> Rows:
    """Per-document B-cubed precision and recall (their means are B-cubed P and R)."""
    gold_size = Counter(gold.values())
    system_size = Counter(system[d] for d in gold)
    both = Counter((gold[d], system[d]) for d in gold)
    return {
        d: {
            "p": both[(gold[d], system[d])] / system_size[system[d]],
            "r": both[(gold[d], system[d])] / gold_size[gold[d]],
        }
        for d in gold
    }


def f1_of(rows: Rows, ids: Sequence[str]) -> tuple[float, float, float]:
    """B-cubed (P, R, F1) over the documents `ids`."""
    if not ids:
        return 0.0, 0.0, 0.0
    p = statistics.mean(rows[d]["p"] for d in ids)
    r = statistics.mean(rows[d]["r"] for d in ids)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def cluster(articles: Sequence[Any], config: Any = None) -> Any:
    """Online assignment then `settle` (consolidate, link, split), in process: a `Settled`."""
    from storyline.corpus.stories import InMemoryStoryRepository, StoryAssigner
    from storyline.corpus.stories.split import article_split_terms, settle

    assigner = StoryAssigner(InMemoryStoryRepository(), config=config)
    done = list(assigner.assign_many(articles))
    terms_of = {a.id: article_split_terms(a) for a in articles}
    return settle(assigner, [(a.article_id, a.story_id) for a in done], terms_of)


def run_corpus(name: str, workdir: Path, stages: str = "") -> dict[str, Any]:
    """`score_clusters.py NAME` -> `storyline cluster` -> `score --json`, through the CLIs."""
    docs, out = workdir / f"{name}.jsonl", workdir / f"{name}.out.jsonl"
    with docs.open("w") as fh:
        subprocess.run([sys.executable, str(TOOL), name, str(SOURCES[name])], stdout=fh, check=True)
    storyline = Path(sys.executable).with_name("storyline")
    command = [str(storyline), "cluster", "--level", LEVEL[name].rstrip("s")]
    command += ["--stages", stages] if stages else []
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
    return [d for d in documents("ecb", shared) if d["id"].split("_")[0] in GATE_TOPICS]


def slice_scores(shared: Path = SHARED) -> dict[str, Any]:
    """B-cubed on the gate slice (threads), the number of demo stories, and the slice's hash."""
    from storyline.analyze.inputs import article_from_input

    scorer = load_scorer(shared)
    docs = slice_docs(shared)
    digest = hashlib.sha256()
    for d in docs:
        digest.update(json.dumps(d, sort_keys=True).encode())
    settled = cluster([article_from_input(d, d["id"]) for d in docs])
    p, r, f1 = scorer.bcubed({d["id"]: d["label"] for d in docs}, settled.threads)
    demo = cluster([article_from_input(d, d["id"]) for d in demo_lines()])
    return {
        "documents": len(docs),
        "sha256": digest.hexdigest(),
        "bcubed_p": p,
        "bcubed_r": r,
        "bcubed_f1": f1,
        "demo_stories": len(set(demo.stories.values())),
        "demo_threads": len(set(demo.threads.values())),
    }


def slice_loto(
    grid: Sequence[tuple[str, Mapping[str, Any]]], shared: Path = SHARED
) -> dict[str, Any]:
    """Leave-one-topic-out on the gate slice's four ECB+ topics, scored on threads.

    Each topic is scored under the setting whose threads' B-cubed F1 is best on the
    other three topics (from the same runs); embeddings are computed once.
    """
    from eval.loto import choose_held_out

    docs = slice_docs(shared)
    articles = embedded_articles(docs, cache=None)
    gold = {d["id"]: d["label"] for d in docs}
    topics = {d["id"]: topic_of("ecb", d) for d in docs}
    rows = {name: bcubed_rows(gold, cluster(articles, _settings(c)).threads) for name, c in grid}
    found = choose_held_out(rows, topics, lambda r, ids: f1_of(r, ids)[2], [n for n, _ in grid])
    choices = {topic: choice.setting for topic, choice in found.items()}
    held = {d: rows[choices[topics[d]]][d] for d in gold}
    p, r, f1 = f1_of(held, sorted(gold))
    return {"choices": choices, "bcubed_p": p, "bcubed_r": r, "bcubed_f1": f1}


def _settings(changes: Mapping[str, Any]) -> Any:
    from dataclasses import replace

    from storyline.corpus.stories import StoryConfig

    return replace(StoryConfig(), **changes)


def run_loto(
    grid: Sequence[tuple[str, Mapping[str, Any]]],
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Both corpora under every setting; in-sample and leave-one-topic-out rows per document.

    Returns {corpus: {"gold", "topic_of", "in_sample": {level: Rows}, "held_out":
    {level: Rows}, "choices": {topic: setting}}}.
    """
    corpora: dict[str, dict[str, Any]] = {}
    for name in ("ecb", "t17"):
        docs = documents(name)
        corpora[name] = {
            "docs": docs,
            "articles": embedded_articles(docs),
            "gold": {d["id"]: d["label"] for d in docs},
            "topic_of": {d["id"]: topic_of(name, d) for d in docs},
        }
    full: dict[str, dict[str, dict[str, Rows]]] = {}
    without: dict[str, dict[str, float]] = {}
    for setting, changes in grid:
        began = time.monotonic()
        config = _settings(changes)
        full[setting] = {}
        for name, c in corpora.items():
            settled = cluster(c["articles"], config)
            full[setting][name] = {
                "threads": bcubed_rows(c["gold"], settled.threads),
                "stories": bcubed_rows(c["gold"], settled.stories),
            }
        t17 = corpora["t17"]
        without[setting] = {}
        for topic in sorted(set(t17["topic_of"].values())):
            kept = [a for a in t17["articles"] if t17["topic_of"][a.id] != topic]
            gold = {a.id: t17["gold"][a.id] for a in kept}
            rows = bcubed_rows(gold, cluster(kept, config).stories)
            without[setting][topic] = f1_of(rows, sorted(rows))[2]
        if progress is not None:
            ecb = f1_of(full[setting]["ecb"]["threads"], sorted(corpora["ecb"]["gold"]))[2]
            t = f1_of(full[setting]["t17"]["stories"], sorted(t17["gold"]))[2]
            progress(
                f"{setting:18} ECB+ threads F1 {ecb:.4f}  Timeline17 stories F1 {t:.4f}  "
                f"({time.monotonic() - began:.0f} s)"
            )
    order = [name for name, _ in grid]
    result: dict[str, Any] = {}
    for name, c in corpora.items():
        level = LEVEL[name]
        other = "t17" if name == "ecb" else "ecb"
        other_f1 = {
            s: f1_of(full[s][other][LEVEL[other]], sorted(corpora[other]["gold"]))[2] for s in order
        }
        choices: dict[str, str] = {}
        for topic in sorted(set(c["topic_of"].values())):
            if name == "t17":
                own = {s: without[s][topic] for s in order}
            else:
                others = sorted(d for d, t in c["topic_of"].items() if t != topic)
                own = {s: f1_of(full[s][name][level], others)[2] for s in order}
            best = order[0]
            for s in order:
                if own[s] + other_f1[s] > own[best] + other_f1[best] + 1e-12:
                    best = s
            choices[topic] = best
        held = {
            lv: {d: full[choices[c["topic_of"][d]]][name][lv][d] for d in c["gold"]}
            for lv in ("threads", "stories")
        }
        result[name] = {
            "gold": c["gold"],
            "topic_of": c["topic_of"],
            "in_sample": full[order[0]][name],
            "held_out": held,
            "choices": choices,
        }
    return result


def _print(result: Mapping[str, Any]) -> None:
    titles = {"ecb": "ECB+ (33 topics x 2 events)", "t17": "Timeline17 topics mixed (6)"}
    for name, r in result.items():
        ids = sorted(r["gold"])
        chosen = Counter(r["choices"].values())
        print(f"{titles[name]}: {len(ids)} documents, scored on {LEVEL[name]}")
        print(
            "  settings chosen with each topic held out: "
            + ", ".join(f"{s} x{n}" for s, n in chosen.most_common())
        )
        for level in ("threads", "stories"):
            p, rr, f = f1_of(r["in_sample"][level], ids)
            lp, lr, lf = f1_of(r["held_out"][level], ids)
            clusters_in = "" if level == LEVEL[name] else "  (the other level)"
            print(
                f"  {level:8} in-sample B3 P={p:.3f} R={rr:.3f} F1={f:.3f} | "
                f"LOTO P={lp:.3f} R={lr:.3f} F1={lf:.3f}{clusters_in}"
            )


def main(argv: list[str] | None = None) -> int:
    from eval.clusters_grid import GRID

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--official", action="store_true", help="score_clusters.py on the CLI")
    parser.add_argument("--corpus", choices=["ecb", "t17", "all"], default="all")
    parser.add_argument("--stages", default="", help="per-article stages run before clustering")
    parser.add_argument("--grid", choices=["full", "default"], default="full")
    args = parser.parse_args(argv if argv is not None else [])
    if args.official:
        names = ["ecb", "t17"] if args.corpus == "all" else [args.corpus]
        with tempfile.TemporaryDirectory() as tmp:
            for name in names:
                r = run_corpus(name, Path(tmp), args.stages)
                b, p = r["bcubed"], r["pairwise"]
                print(
                    f"{name} ({LEVEL[name]}): docs={r['documents']} "
                    f"clusters={r['system_clusters']} (gold {r['gold_clusters']}) "
                    f"B3 P={b['p']:.3f} R={b['r']:.3f} F1={b['f1']:.3f} "
                    f"| pairwise F1={p['f1']:.3f}",
                    flush=True,
                )
        return 0
    grid = GRID if args.grid == "full" else GRID[:1]

    def progress(line: str) -> None:
        print(f"   {line}", file=sys.stderr, flush=True)

    _print(run_loto(grid, progress))
    from storyline.analyze.inputs import article_from_input

    demo = cluster([article_from_input(d, d["id"]) for d in demo_lines()])
    print(
        f"demo: {len(demo.stories)} articles in {len(set(demo.stories.values()))} story(ies), "
        f"{len(set(demo.threads.values()))} thread(s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
