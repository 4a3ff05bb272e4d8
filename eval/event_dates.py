"""Sentence event dates scored against the SemEval-2015 Task 4 gold timelines.

The time stage gives every sentence one event date: its own explicit date if
it has one, else the publication date. Timelines are built on that choice, so
it is measured here on its own: SemEval-2015 Task 4 ("TimeLine") anchored
event mentions of 120 Wikinews articles (the MEANTIME documents) to calendar
dates, throughout each article, not only in its first sentences. For every
gold event mention with a date, the date of the sentence we put it in is
compared with the gold date at the gold's precision ("2008-03-XX" asks for the
month; a coarser date of ours is wrong, a finer one is right if it agrees).

Reported beside ours, from the same run:
- `published`: every event dated by its article's publication date;
- `any date in the sentence`: right when any DATE/TIME of the sentence, or
  the publication date, agrees: the most a choice among the sentence's own
  dates and the publication date could reach.

Gold mentions with no date (XXXX-XX-XX) are counted apart: nothing can be
right or wrong about them at calendar level. A mention whose word is not in
its sentence, or that two timelines date differently, is counted as skipped.

    .venv/bin/python -m eval.event_dates [--json]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from defusedxml import ElementTree

from eval.meantime import SHARED, join_tokens

__all__ = [
    "Document",
    "GoldMention",
    "agrees",
    "load_document",
    "load_documents",
    "load_gold",
    "main",
    "score",
]

DATA = SHARED / "data"
STAGES = ("sentences", "time")
_RAW_FOLDERS = frozenset({"corpus_trackA_TimeML", "Corpus-trial-data_task4_TimeML"})


@dataclass(frozen=True, slots=True)
class GoldMention:
    doc: str
    sentence: int
    word: str
    date: str


def load_gold(root: Path) -> tuple[list[GoldMention], int]:
    """Every dated or undated event mention of the gold timelines, once; and how many conflict.

    A line is `rank<TAB>date<TAB>doc-sentence-word[<TAB>coreferent mentions]`;
    the first line of a file names the entity.
    """
    dates: dict[tuple[str, int, str], set[str]] = {}
    for path in sorted(root.rglob("*.txt")):
        if "TimeLines" in path.parent.name:  # TimeLines_Gold_Standard, TimeLines_trial_data_*
            for line in path.read_text(encoding="utf-8").splitlines()[1:]:
                cells = line.split("\t")
                if len(cells) < 3:
                    continue
                for mention in cells[2:]:
                    doc, sentence, word = mention.split("-", 2)
                    dates.setdefault((doc, int(sentence), word), set()).add(cells[1])
    mentions = [
        GoldMention(doc, sentence, word, next(iter(found)))
        for (doc, sentence, word), found in sorted(dates.items())
        if len(found) == 1
    ]
    return mentions, sum(len(found) > 1 for found in dates.values())


def agrees(ours: str | None, gold: str) -> bool:
    """`ours` states the gold date at least as precisely as the gold does."""
    if not ours:
        return False
    want = [p for p in gold.split("-") if "X" not in p]
    have = ours.split("T")[0].split("-")
    return len(have) >= len(want) and have[: len(want)] == want


@dataclass(frozen=True, slots=True)
class Document:
    name: str
    text: str
    dct: str | None
    tokens: list[tuple[int, int, int, str]]


def load_document(path: Path) -> Document:
    """A SemEval TimeML article: its sentences as tokenised, rebuilt as printed text.

    The trial files leave the title out of the numbered sentences (they start
    at 1); it is put back as sentence 0 so every article reads the same way.
    """
    root = ElementTree.parse(path).getroot()
    words: list[tuple[int, str]] = []
    sentences = list(root.iter("s"))
    title = root.find("EXTRAINFO")
    if title is not None and not any(s.get("id") == "0" for s in sentences):
        words += [(0, w) for w in "".join(title.itertext()).split()]
    for s in sentences:
        number = int(s.get("id") or 0)
        words += [(number, w) for w in "".join(s.itertext()).split()]
    text, tokens, _ = join_tokens(words)
    dct = root.find("DCT/TIMEX3")
    value = dct.get("value") if dct is not None else None
    return Document(path.stem.split("_", 1)[0].split("-", 1)[0], text, value or None, tokens)


def load_documents(root: Path) -> dict[str, Document]:
    """The raw (track A and trial) articles, by document number."""
    folders = [p for p in root.rglob("*") if p.is_dir() and p.name in _RAW_FOLDERS]
    docs = [load_document(f) for folder in sorted(folders) for f in sorted(folder.glob("*.tml"))]
    return {d.name: d for d in docs}


def _locate(doc: Document, sentence: int, word: str) -> int | None:
    first = word.split("_", 1)[0]
    for start, _end, number, token in doc.tokens:
        if number == sentence and token == first:
            return start
    return None


def score(mentions: Sequence[GoldMention], docs: dict[str, Document]) -> dict[str, Any]:
    """Run the sentence and time stages on each article and date each gold mention."""
    from storyline.analyze import Pipeline
    from storyline.model import Article

    pipeline = Pipeline(list(STAGES))
    by_doc: dict[str, list[GoldMention]] = {}
    for m in mentions:
        by_doc.setdefault(m.doc, []).append(m)
    t = Counter[str]()
    for name, doc_mentions in sorted(by_doc.items()):
        doc = docs.get(name)
        if doc is None:
            t["skipped"] += len(doc_mentions)
            continue
        art = pipeline.run(Article(id=doc.name, text=doc.text, published=doc.dct))
        for m in doc_mentions:
            at = _locate(doc, m.sentence, m.word)
            sentence = next(
                (s for s in art.sentences if at is not None and s.start <= at < s.end), None
            )
            if sentence is None:
                t["skipped"] += 1
                continue
            if m.date.startswith("XXXX"):
                t["undated"] += 1
                t["undated_given_timex"] += sentence.date_source == "timex"
                continue
            own = [
                x.value
                for x in art.timexes
                if x.type in ("DATE", "TIME") and sentence.start <= x.start < sentence.end
            ]
            right = agrees(sentence.date, m.date)
            t["dated"] += 1
            t[f"dated_{sentence.date_source}"] += 1
            t["ours"] += right
            t[f"ours_{sentence.date_source}"] += right
            t["published"] += agrees(doc.dct, m.date)
            t["any"] += any(agrees(v, m.date) for v in [*own, doc.dct or ""])
    dated = t["dated"] or 1
    return {
        "dated_mentions": t["dated"],
        "undated_mentions": t["undated"],
        "skipped_mentions": t["skipped"],
        "accuracy": {
            "ours": t["ours"] / dated,
            "published": t["published"] / dated,
            "any_date_in_sentence": t["any"] / dated,
        },
        "ours_by_source": {
            source: {
                "mentions": t[f"dated_{source}"],
                "accuracy": t[f"ours_{source}"] / t[f"dated_{source}"]
                if t[f"dated_{source}"]
                else 0.0,
            }
            for source in ("timex", "published", "none")
        },
        "undated_given_own_date": t["undated_given_timex"] / (t["undated"] or 1),
    }


def _lines(result: dict[str, Any], conflicting: int) -> Iterable[str]:
    acc = result["accuracy"]
    yield (
        f"SemEval-2015 Task 4 event mentions: {result['dated_mentions']} dated, "
        f"{result['undated_mentions']} undated, {result['skipped_mentions']} skipped, "
        f"{conflicting} dated differently by two timelines (left out)"
    )
    yield (
        f"  sentence event date accuracy: ours {acc['ours']:.3f} | publication date "
        f"{acc['published']:.3f} | any date in the sentence {acc['any_date_in_sentence']:.3f}"
    )
    for source, r in result["ours_by_source"].items():
        if r["mentions"]:
            yield f"  dated by {source}: {r['mentions']} mentions, accuracy {r['accuracy']:.3f}"
    yield (
        "  undated gold mentions whose sentence we dated from its own timex: "
        f"{result['undated_given_own_date']:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args(argv)
    mentions, conflicting = load_gold(args.data / "semeval2015-task4-timeline")
    result = score(mentions, load_documents(args.data / "semeval2015-task4-timeline"))
    if args.json:
        print(json.dumps({**result, "conflicting_mentions": conflicting}, indent=1))
        return 0
    for line in _lines(result, conflicting):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
