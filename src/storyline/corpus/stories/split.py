"""Splitting: a finished story that holds two events of the same kind is cut in two.

Online assignment can let the first report of a second event (a second quake, a
second heist in the same city) into the story of the first: against the words of
the whole corpus the two look alike. Among the story's own articles, the words
every member shares (the city, "quake") count little and what tells the events
apart (the other names, the figures) counts for much. So the story is judged with
idf computed over its own members: its articles are bisected (the top split of an
average-link tree over their cosine similarities) and the split is kept when the
two groups are much less alike between them than within each. Each kept part is
checked again.

This is a batch step: `cluster` applies it to the final partition and `recluster`
to the new one, where every moved article is recorded. Online ingest does not
split (an assigned article never moves outside an explicit re-clustering).

How the settings were chosen (development data, after online assignment and
consolidation): split_ratio 0.75 and split_min_part 5 (StoryConfig) gave ECB+ 0.877 -> 0.928 in a
simulation (ratio 0.6 / 0.7 / 0.8: 0.925 / 0.925 / 0.928; min part 3: 0.90-0.91,
since groups of three are often one article's odd angle); Timeline17 unchanged (its
stories are topics whose halves share their names).
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

from storyline.corpus.stories.assign import StoryAssigner
from storyline.corpus.stories.scoring import StoryConfig
from storyline.corpus.stories.terms import article_terms
from storyline.model import Article

__all__ = [
    "article_split_terms",
    "local_similarities",
    "settle",
    "split_members",
    "split_partition",
    "split_story_id",
    "top_split",
]

Matrix = npt.NDArray[np.float64]


def local_similarities(terms: Sequence[Mapping[str, float]]) -> Matrix:
    """Cosine similarities of term-weight maps, with idf computed over these maps only."""
    n = len(terms)
    df: Counter[str] = Counter()
    for weights in terms:
        df.update(weights.keys())
    vocabulary = {term: i for i, term in enumerate(df)}
    matrix = np.zeros((n, len(vocabulary)), dtype=np.float64)
    for row, weights in enumerate(terms):
        for term, weight in weights.items():
            idf = math.log((1 + n) / (1 + df[term])) + 1.0
            matrix[row, vocabulary[term]] = weight * idf
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix /= np.where(norms > 0, norms, 1.0)
    similarities: Matrix = matrix @ matrix.T
    return similarities


def top_split(similarities: Matrix) -> npt.NDArray[np.bool_]:
    """The two groups of the last merge of average-link clustering (True: second group).

    Plain agglomeration over a distance matrix, O(n^2) memory and about n^3/2 simple
    operations in numpy: a few seconds for a story of 1,500 articles.
    """
    n = similarities.shape[0]
    distance = 1.0 - similarities.astype(np.float64, copy=True)
    np.fill_diagonal(distance, np.inf)
    size = np.ones(n)
    label = np.arange(n)
    active = n
    while active > 2:
        flat = int(np.argmin(distance))
        i, j = divmod(flat, n)
        if i > j:
            i, j = j, i
        merged = (distance[i] * size[i] + distance[j] * size[j]) / (size[i] + size[j])
        distance[i, :] = merged
        distance[:, i] = merged
        distance[i, i] = np.inf
        distance[j, :] = np.inf
        distance[:, j] = np.inf
        size[i] += size[j]
        label[label == j] = i
        active -= 1
    first = label[0]
    result: npt.NDArray[np.bool_] = label != first
    return result


def _within(similarities: Matrix, members: npt.NDArray[np.intp]) -> float:
    if len(members) < 2:
        return 1.0
    block = similarities[np.ix_(members, members)]
    return float((block.sum() - np.trace(block)) / (len(members) * (len(members) - 1)))


def split_members(
    terms: Sequence[Mapping[str, float]], config: StoryConfig | None = None
) -> list[list[int]]:
    """The parts (indices into `terms`) a story's members fall into; one part if whole.

    Parts keep the members' order; the largest part comes first.
    """
    config = config or StoryConfig()
    parts: list[list[int]] = []
    pending: list[list[int]] = [list(range(len(terms)))]
    while pending:
        part = pending.pop()
        if len(part) < 2 * config.split_min_part:
            parts.append(part)
            continue
        similarities = local_similarities([terms[i] for i in part])
        second = top_split(similarities)
        a = np.flatnonzero(~second)
        b = np.flatnonzero(second)
        if min(len(a), len(b)) < config.split_min_part:
            parts.append(part)
            continue
        between = float(similarities[np.ix_(a, b)].mean())
        if between < config.split_ratio * min(_within(similarities, a), _within(similarities, b)):
            pending.append([part[i] for i in a])
            pending.append([part[i] for i in b])
        else:
            parts.append(part)
    parts = [sorted(p) for p in parts]
    return sorted(parts, key=lambda p: (-len(p), p[0]))


def split_story_id(story_id: str, first_article: str) -> str:
    """The id of a part split off `story_id`, starting with `first_article` (stable)."""
    digest = hashlib.sha1(f"{story_id}\0{first_article}\0split".encode()).hexdigest()
    return f"s-{digest[:10]}"


def split_partition(
    members: Mapping[str, Sequence[str]],
    terms_of: Mapping[str, Mapping[str, float]],
    config: StoryConfig | None = None,
) -> dict[str, str]:
    """article id -> story id after splitting every story of `members` that holds two.

    The largest part keeps the story's id; the others get `split_story_id`.
    Articles without terms (too short to compare) stay with the largest part.
    """
    config = config or StoryConfig()
    out: dict[str, str] = {}
    for story_id, article_ids in members.items():
        comparable = [a for a in article_ids if terms_of.get(a)]
        for article_id in article_ids:
            out[article_id] = story_id
        if len(comparable) < 2 * config.split_min_part:
            continue
        parts = split_members([terms_of[a] for a in comparable], config)
        for part in parts[1:]:
            new_id = split_story_id(story_id, comparable[part[0]])
            for i in part:
                out[comparable[i]] = new_id
    return out


def article_split_terms(article: Article) -> dict[str, float]:
    """The words an article is split on: those it was assigned on (title and text)."""
    return article_terms(f"{article.title or ''}\n{article.text}")


def settle(
    assigner: StoryAssigner,
    assigned: Sequence[tuple[str, str]],
    terms_of: Mapping[str, Mapping[str, float]],
) -> dict[str, str]:
    """The final stories of a batch: consolidate, resolve merges, then split.

    `assigned` holds (article id, story id) pairs as assignment returned them.
    """
    assigner.consolidate()
    members: dict[str, list[str]] = {}
    for article_id, story_id in assigned:
        members.setdefault(assigner.resolve(story_id), []).append(article_id)
    return split_partition(members, terms_of, assigner.config)
