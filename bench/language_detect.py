"""Language detection: speed, memory and how often English articles are taken for another language.

The pipeline skips the English-model stages for a non-English article, so the
figure that matters most is the share of English articles NOT detected as
English (they would lose their annotations). It is measured on every English
corpus in ../shared/data; speed is articles and megabytes per second over the
same texts, load time and the resident memory the detector adds.
Prints figures, asserts nothing.

    .venv/bin/python bench/language_detect.py [--limit 400]
"""

from __future__ import annotations

import argparse
import collections
import json
import resource
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _polnear(limit: int) -> Iterator[str]:
    for split in ("train", "dev"):
        for path in sorted((SHARED / "polnear" / split / "text").glob("*.txt"))[:limit]:
            yield path.read_text(encoding="utf-8")


def _timeline17(limit: int) -> Iterator[str]:
    import gzip

    texts: list[str] = []
    for path in sorted((SHARED / "timeline17").glob("*/articles.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    step = max(1, len(texts) // limit)
    yield from texts[::step][:limit]


def _timeml(limit: int) -> Iterator[str]:
    import re

    paths = sorted((SHARED / "timebank-aquaint-tbaq-cleaned").rglob("*.tml"))[:limit]
    for path in paths:
        raw = path.read_text(encoding="utf-8", errors="replace")
        yield re.sub(r"<[^>]+>", "", raw)


def _ecbplus(limit: int) -> Iterator[str]:
    import re

    archive = SHARED / "ecbplus" / "ECBplus_train_dev_docs.tar.gz"
    if not archive.exists():
        return
    with tarfile.open(archive) as tar:
        n = 0
        for member in tar:
            if n >= limit or not member.isreg() or not member.name.endswith(".xml"):
                continue
            handle = tar.extractfile(member)
            if handle is None:
                continue
            raw = handle.read().decode("utf-8", errors="replace")
            words = re.findall(r"<token[^>]*>([^<]*)</token>", raw)
            n += 1
            yield " ".join(words)


def _crosscheck(limit: int) -> Iterator[str]:
    path = SHARED / "crosscheck-dev" / "articles.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines()[:limit]:
        yield json.loads(line)["text"]


CORPORA = {
    "polnear": _polnear,
    "timeline17": _timeline17,
    "timebank+aquaint": _timeml,
    "ecbplus": _ecbplus,
    "crosscheck-dev": _crosscheck,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=400, help="texts per corpus")
    args = parser.parse_args()
    import numpy  # noqa: F401  (loaded by the rest of storyline anyway: not the detector's cost)

    before = _rss_mb()
    start = time.perf_counter()
    from storyline.analyze.language import detect_language, is_english

    detect_language("warm up: load the model before timing the detector itself, please.")
    load_s = time.perf_counter() - start
    print(f"detector: py3langid; load {load_s:.2f} s, +{_rss_mb() - before:.0f} MB resident")
    total_docs = total_chars = 0
    total_s = 0.0
    for name, read in CORPORA.items():
        texts = [t for t in read(args.limit) if t.strip()]
        if not texts:
            print(f"{name}: not found")
            continue
        t0 = time.perf_counter()
        found = [detect_language(t) for t in texts]
        spent = time.perf_counter() - t0
        total_docs += len(texts)
        total_chars += sum(min(len(t), 4000) for t in texts)
        total_s += spent
        langs = collections.Counter(str(d.language) for d in found)
        skipped = sum(not is_english(d.language) for d in found)
        print(
            f"{name}: {len(texts)} texts, English stages skipped for {skipped} "
            f"({skipped / len(texts):.2%}); languages {dict(langs.most_common(5))}"
        )
    if total_s:
        print(
            f"speed: {total_docs / total_s:.0f} articles/s, "
            f"{total_chars / total_s / 1e6:.2f} M characters/s read (at most 4000 per article)"
        )


if __name__ == "__main__":
    main()
