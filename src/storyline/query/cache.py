"""Records that are costly to derive, kept in the page cache under a version of their inputs.

A record is stored as JSON (pydantic reads and writes the dataclasses) under a key
and the version of what it was derived from; the version also carries a digest of
the code that derives it, so a change of that code (or of a record's shape) makes
every stored copy miss instead of being read wrongly.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from storyline.query.reads import PageReads

__all__ = ["cached_record", "code_digest", "is_cached"]

T = TypeVar("T")

_DERIVING_MODULES = (
    "access",
    "article_parts",
    "cache",
    "claims",
    "flags",
    "quotes",
    "reads",
    "records",
    "story_parts",
    "timeline",
)
"""The modules of this package that derive cached records or define their shapes: a change
elsewhere in it (search, listings, warming) leaves the cache valid."""
_DERIVING_PACKAGES = ("storyline.corpus.timeline",)


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the code that derives cached records: those modules, the timeline
    package, and the version of the story reviews (the claims and flags of a page come
    from the review, so a change of the cross-checking code makes them stale too)."""
    from storyline.corpus.flags import REVIEW_VERSION

    h = hashlib.sha256(REVIEW_VERSION.encode())
    here = resources.files(__package__ or "storyline.query")
    entries = [here / f"{name}.py" for name in _DERIVING_MODULES]
    for package in _DERIVING_PACKAGES:
        entries += sorted(resources.files(package).iterdir(), key=lambda e: e.name)
    for entry in entries:
        if entry.name.endswith(".py"):
            h.update(entry.name.encode())
            h.update(entry.read_bytes())
    return h.hexdigest()[:16]


_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}
"""One adapter per record type: building one costs more than a read."""


def _full_version(version: str) -> str:
    return f"{version}:{code_digest()}"


def is_cached(reads: PageReads, key: str, version: str) -> bool:
    """Whether a record is stored under `key` for `version` by the code of now."""
    return reads.has_cached(key, _full_version(version))


def cached_record(
    reads: PageReads, key: str, version: str, kind: type[T], build: Callable[[], T]
) -> T:
    """The record stored under `key` for `version`, else `build()` (then stored)."""
    adapter: TypeAdapter[T] | None = _ADAPTERS.get(kind)
    if adapter is None:
        adapter = _ADAPTERS[kind] = TypeAdapter(kind)
    full_version = _full_version(version)
    payload = reads.cached(key, full_version)
    if payload is not None:
        try:
            return adapter.validate_json(payload)
        except ValidationError:
            pass  # not a record of this shape after all: build it again
    record = build()
    reads.store_cached(key, full_version, adapter.dump_json(record).decode())
    return record
