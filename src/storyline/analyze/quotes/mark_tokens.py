"""Quotation marks as the tokeniser writes them, for the passes that read tokens.

A module of its own, importing nothing: cues.py reads the manner-of-speaking verbs,
which read these marks, and marks.py imports cues.py.
"""

from __future__ import annotations

__all__ = ["MARK_TOKENS"]

MARK_TOKENS = frozenset({"``", "''", '"', "“", "”", "‘", "’", "'", "`"})
"""Quotation marks as tokens (a tokenised "``" may come as two "`")."""
