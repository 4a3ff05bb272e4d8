"""A double quotation mark, in every form the corpora write one: one definition for ingest,
the quote stage and the brief.

Pages quote with curly marks (“ ”), straight ones (") or, once tokenised the treebank way,
`` and ''. A test of whether a line or a span holds quoted words must see all four, and
each module that asked wrote the same pattern again.
"""

from __future__ import annotations

import re

__all__ = ["DOUBLE_QUOTE_MARK"]

DOUBLE_QUOTE_MARK = re.compile(r"``|''|[\"“”]")
"""An opening or closing double quotation mark: ``, '', ", “ or ”."""
