"""A source read inside the words it introduces is no source ("In Vell, the clerk, Ana
Ruiz, said the first boxes had been opened": not "the first boxes").

When a fronted phrase and an apposition leave the parse without the verb's subject, it
can take the subject of the reported clause instead: the source then lies inside the
attribution's own content, after its cue. Nobody is the source of words that begin
with them, so such a source is dropped and the stage looks for the subject before the
verb as it does when the parse finds none.
"""

from __future__ import annotations

from storyline.analyze.quotes.record import Attribution

__all__ = ["source_outside_content"]


def source_outside_content(a: Attribution) -> tuple[int, int] | None:
    """`a.source`, or None when it lies after the cue inside `a.content`."""
    source, content = a.source, a.content
    if source is None or content is None:
        return source
    if a.cue_end <= source[0] and content[0] <= source[0] and source[1] <= content[1]:
        return None
    return source
