"""Reading news from anywhere into unannotated `Article` records.

`discover` expands what the user named into Sources; `read_source` yields one
Article per article found, or an InputError per bad item, and never raises for
bad input. Identity (`identity`), boilerplate removal (`boilerplate`), near
duplicates (`dedup`), guarded fetching (`fetch`) and feed polling (`watch`)
are the pieces the store and CLI wire together.
"""

from __future__ import annotations

from storyline.ingest.boilerplate import clean_body
from storyline.ingest.dedup import NearDuplicateIndex, minhash_signature
from storyline.ingest.discover import discover
from storyline.ingest.fetch import FetchResult, fetch_url
from storyline.ingest.identity import article_id, content_hash, normalize_url
from storyline.ingest.options import DEFAULT_MAX_BYTES, IngestOptions, Source
from storyline.ingest.source import read_source
from storyline.ingest.textfile import open_text
from storyline.ingest.watch import FeedState, PollResult, parse_every, poll_feed, read_feed_list

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
