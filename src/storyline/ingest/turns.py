"""The label of a turn in a transcript: kept as a name for the readers that import it from
ingest; the one definition is `storyline.text.speaker_labels`, below ingest, analyze and
the corpus."""

from __future__ import annotations

from storyline.text.speaker_labels import (
    LABEL_NAME,
    PAGE_MARKERS,
    TURN_LABEL,
    speaker_label,
    turn_labels,
)

__all__ = ["LABEL_NAME", "PAGE_MARKERS", "TURN_LABEL", "speaker_label", "turn_labels"]
