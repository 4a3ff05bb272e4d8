"""Checking what a caller asks of a query: days, cursors, sizes. One error type for all.

Query functions are reached from URLs, so every parameter is untrusted: a bad one
raises `QueryError` with a sentence naming it, which the API turns into a 400.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json

from storyline.errors import StorylineError
from storyline.query.reads import Cursor

__all__ = ["QueryError", "check_day", "decode_cursor", "encode_cursor"]


class QueryError(StorylineError, ValueError):
    """A parameter of a page query is unusable; the message names it and why."""

    code = "E400"


def check_day(value: str | None, name: str) -> str | None:
    """`value` as a YYYY-MM-DD day, or None; anything else is a QueryError naming `name`."""
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise QueryError(f"{name}: {value[:40]!r} is not a day (YYYY-MM-DD)") from None


def encode_cursor(cursor: Cursor) -> str:
    raw = json.dumps(list(cursor), separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(token: str | None) -> Cursor | None:
    """The position a `next_cursor` names; a token not made by `encode_cursor` is refused."""
    if not token:
        return None
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        published, rowid = json.loads(raw)
    except (binascii.Error, ValueError, TypeError):
        raise QueryError("cursor: not a cursor given by a previous page") from None
    if not (published is None or isinstance(published, str)) or type(rowid) is not int:
        raise QueryError("cursor: not a cursor given by a previous page")
    return published, rowid
