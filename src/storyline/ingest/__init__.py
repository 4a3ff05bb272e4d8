"""Reading news from anywhere into unannotated `Article` records.

`discover` expands what the user named into Sources; `read_source` yields one
Article per article found, or an InputError per bad item, and never raises for
bad input. Identity (`identity`), boilerplate removal (`boilerplate`), near
duplicates (`dedup`), guarded fetching (`fetch`) and feed polling (`watch`)
are the pieces the store and CLI wire together.

The names below are imported when first asked for, not with the package: any
`storyline.ingest.X` import runs this file first, and importing every reader here
(trafilatura, feedparser, httpx) cost a JSONL ingest 0.2 s of start-up it never used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# `discover` is also a submodule's name: importing storyline.ingest.discover anywhere
# sets the package's attribute to the module, so the function is bound here (both light)
from storyline.ingest.discover import discover
from storyline.lazy_names import lazy_name

if TYPE_CHECKING:
    from storyline.ingest.boilerplate import clean_body
    from storyline.ingest.dedup import NearDuplicateIndex, minhash_signature
    from storyline.ingest.fetch import FetchResult, fetch_url
    from storyline.ingest.identity import article_id, content_hash, normalize_url
    from storyline.ingest.options import DEFAULT_MAX_BYTES, IngestOptions, Source
    from storyline.ingest.source import read_source
    from storyline.ingest.textfile import open_text
    from storyline.ingest.watch import (
        FeedState,
        PollResult,
        parse_every,
        poll_feed,
        read_feed_list,
    )

_WHERE = {
    "clean_body": "boilerplate",
    "NearDuplicateIndex": "dedup",
    "minhash_signature": "dedup",
    "FetchResult": "fetch",
    "fetch_url": "fetch",
    "article_id": "identity",
    "content_hash": "identity",
    "normalize_url": "identity",
    "DEFAULT_MAX_BYTES": "options",
    "IngestOptions": "options",
    "Source": "options",
    "read_source": "source",
    "open_text": "textfile",
    "FeedState": "watch",
    "PollResult": "watch",
    "parse_every": "watch",
    "poll_feed": "watch",
    "read_feed_list": "watch",
}


def __getattr__(name: str) -> Any:
    """A public name, imported from its module on first use (storyline.lazy_names)."""
    return lazy_name(__name__, _WHERE, name)


__all__ = [
    "DEFAULT_MAX_BYTES",
    "FeedState",
    "FetchResult",
    "IngestOptions",
    "NearDuplicateIndex",
    "PollResult",
    "Source",
    "article_id",
    "clean_body",
    "content_hash",
    "discover",
    "fetch_url",
    "minhash_signature",
    "normalize_url",
    "open_text",
    "parse_every",
    "poll_feed",
    "read_feed_list",
    "read_source",
]
