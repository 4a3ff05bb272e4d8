"""Temporal tagging quality on TimeBank and AQUAINT (TempEval-3 metrics) and on the seeds.

Runs ../shared/tools/score_timex.py exactly as the README does: `input` to
JSONL, `storyline analyze --stages sentences,time`, then `score`. The seed
recall (every required seed timex found with its value) runs in process.
`slice_scores` is the in-process form the CI gate uses on a fixed slice.

ISO week numbers are compared zero-padded by the scorer itself (AQUAINT writes
2000-W7, TimeBank 2000-W07), so nothing is rewritten here.

MEANTIME (120 Wikinews articles) is scored the same way, from its token-anchored
TIMEX3s: news of another source, decade and style than TimeBank and AQUAINT. Its
first score, before any rule was written from it, was value F1 0.800; the general
gaps its errors showed (line breaks, UTC clocks, market days, periods a year
back) were fixed only where TimeBank and AQUAINT did not fall, so it is now
development data too. The TempEval-3 platinum set, kept apart, is the unseen test.

    .venv/bin/python -m eval.timex [--corpus TimeBank|AQUAINT|MEANTIME] [--errors N]
"""

from __future__ import annotations

import argparse
import datetime as dt
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
TOOL = SHARED / "tools" / "score_timex.py"
DATA = SHARED / "data" / "timebank-aquaint-tbaq-cleaned"
SEEDS = SHARED / "data" / "seeds"
CORPORA = ("TimeBank", "AQUAINT", "MEANTIME")
MEANTIME = SHARED / "data" / "meantime-en" / "intra_cross-doc_annotation"

__all__ = [
    "load_scorer",
    "main",
    "meantime_as_timeml",
    "run_corpus",
    "seed_recall",
    "slice_scores",
]


def load_scorer(shared: Path = SHARED) -> ModuleType:
    """The shared scorer as a module (it is a standalone script, not a package)."""
    spec = importlib.util.spec_from_file_location("score_timex", shared / "tools/score_timex.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def meantime_as_timeml(out_dir: Path, source: Path = MEANTIME) -> Path:
    """MEANTIME's token-anchored TIMEX3s written as TimeML files the shared scorer reads.

    MEANTIME (Wikinews) checks that the rules written on TimeBank and AQUAINT carry
    over to other news. MEANTIME
    annotates time only in the title, the date line and the first four sentences
    (sentences 0-5: no TIMEX3 lies further in any document), so the text is cut
    there and expressions later on are neither missed nor spurious. Overlapping
    gold spans cannot both be inline tags; the later one is dropped (none occur in
    the corpus as shipped, but the writer must not produce broken XML).
    """
    from xml.sax.saxutils import escape, quoteattr

    from eval.meantime import annotated_end, load_doc

    out_dir.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.glob("*/*.xml")):
        doc = load_doc(path)
        text = doc.text[: annotated_end(doc)]
        parts, pos = [], 0
        for start, end, kind, value in sorted(doc.timexes):
            if start < pos:
                continue
            parts.append(escape(text[pos:start]))
            parts.append(
                f"<TIMEX3 type={quoteattr(kind)} value={quoteattr(value)}>"
                f"{escape(text[start:end])}</TIMEX3>"
            )
            pos = end
        parts.append(escape(text[pos:]))
        dct = f'<TIMEX3 functionInDocument="CREATION_TIME" value="{doc.dct}"/>' if doc.dct else ""
        (out_dir / f"{doc.name}.tml").write_text(
            f"<TimeML><DOCID>{escape(doc.name)}</DOCID><DCT>{dct}</DCT>"
            f"<TEXT>{''.join(parts)}</TEXT></TimeML>\n"
        )
    return out_dir


def run_corpus(name: str, workdir: Path) -> dict[str, Any]:
    """input -> `storyline analyze --stages sentences,time` -> score, through the CLIs."""
    gold = meantime_as_timeml(workdir / name) if name == "MEANTIME" else DATA / name
    inp, out = workdir / f"{name}.in.jsonl", workdir / f"{name}.out.jsonl"
    with inp.open("w") as fh:
        subprocess.run([sys.executable, str(TOOL), "input", str(gold)], stdout=fh, check=True)
    storyline = Path(sys.executable).with_name("storyline")
    with inp.open() as fin, out.open("w") as fout:
        subprocess.run(
            [str(storyline), "analyze", "--stages", "sentences,time"],
            stdin=fin,
            stdout=fout,
            check=True,
        )
    return _score(gold, out)


def _score(gold: Path, out: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(TOOL), "score", str(gold), str(out), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def slice_scores(
    shared: Path, corpus: str = "TimeBank", first: int | None = 25
) -> dict[str, float]:
    """Scores of the first `first` documents (sorted by file name; None: all), in process.

    `corpus` is TimeBank, AQUAINT or MEANTIME (converted to TimeML first).
    """
    from storyline.analyze import Pipeline
    from storyline.analyze.inputs import article_from_input

    scorer = load_scorer(shared)
    pipeline = Pipeline(["sentences", "time"])
    with tempfile.TemporaryDirectory() as tmp:
        if corpus == "MEANTIME":
            source = shared / "data" / "meantime-en" / "intra_cross-doc_annotation"
            gold_dir = meantime_as_timeml(Path(tmp) / "meantime", source)
        else:
            gold_dir = shared / "data" / "timebank-aquaint-tbaq-cleaned" / corpus
        paths = sorted(gold_dir.glob("*.tml"))[:first]
        sub = Path(tmp) / "gold"
        sub.mkdir()
        lines = []
        for path in paths:
            (sub / path.name).write_bytes(path.read_bytes())
            doc = scorer.read_timeml(path)
            article = pipeline.run(
                article_from_input(
                    {"id": doc["id"], "text": doc["text"], "published": doc["dct"]}, path.name
                )
            )
            timexes = [
                {"start": t.start, "end": t.end, "type": t.type, "value": t.value}
                for t in article.timexes
            ]
            lines.append(json.dumps({"id": doc["id"], "timexes": timexes}))
        system = Path(tmp) / "system.jsonl"
        system.write_text("\n".join(lines) + "\n")
        result = scorer.score(sub, system)
    return {
        "value_f1": result["value_f1"],
        "relaxed_f1": result["relaxed"]["f1"],
        "type_f1": result["type_f1"],
        "documents": float(len(paths)),
        "gold": float(result["gold"]),
    }


_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d\d-\d\d)\s")


def seed_recall(shared: Path = SHARED) -> tuple[int, int, list[str]]:
    """(found, required, misses) for the seed gold timexes, by text containment and value."""
    from storyline.analyze.time import tag_timexes

    gold = json.loads((shared / "data/seeds/gold_articles.json").read_text())
    found = total = 0
    misses: list[str] = []
    for stem, g in gold["articles"].items():
        text = (shared / "data/seeds/articles" / f"{stem}.txt").read_text()
        header = _HEADER.match(text)
        dct = dt.date.fromisoformat(header.group(1)) if header else None
        got = tag_timexes(text, dct)
        for t in g["timexes"]:
            total += 1
            want, value = t["text"].lower(), t["value"].upper()
            if any(
                (x.text.lower() in want or want in x.text.lower()) and x.value.upper() == value
                for x in got
            ):
                found += 1
            else:
                misses.append(f"{stem}: {t['text']!r}={t['value']}")
    return found, total, misses


def _print(name: str, r: dict[str, Any], errors: int) -> None:
    for e in r["errors"][:errors]:
        print(
            f"  {e['kind']:6} {e['doc']}: {e['text']!r} gold={e['gold']} system={e.get('system')}"
        )
    s, x = r["strict"], r["relaxed"]
    print(
        f"{name:9} docs={r['documents']} gold={r['gold']} system={r['system']}"
        f" | strict F1={s['f1']:.3f}"
        f" | relaxed P={x['p']:.3f} R={x['r']:.3f} F1={x['f1']:.3f} | type F1={r['type_f1']:.3f}"
        f" | value F1={r['value_f1']:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", choices=CORPORA, action="append")
    parser.add_argument("--errors", type=int, default=0, help="print the first N errors")
    args = parser.parse_args(argv if argv is not None else [])
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.corpus or CORPORA:
            _print(name, run_corpus(name, Path(tmp)), args.errors)
    found, total, misses = seed_recall()
    print(f"seeds     timex recall {found}/{total}" + "".join(f"\n  missed {m}" for m in misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
