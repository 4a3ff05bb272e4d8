"""Which language an article is written in, so English models only see English.

The sentence, entity, time, quote and claim stages rest on an English spaCy
model and English rules: given Spanish they tag "Seguimos" as a PERSON and
miss "martes" as a date. Detecting the language first lets the pipeline skip
them and say so, instead of storing confident garbage.

Detector: py3langid (a maintained fork of langid.py: naive Bayes over byte
n-grams, its 97-language model shipped inside the wheel, numpy only, no
download). Measured on this machine against lingua-language-detector 2.1.1
(18 languages, same 200 PolNeAR articles): py3langid 570 articles/s, model
load 0.6 s, 4.6 MB wheel; lingua 182 articles/s, load 1.6 s, 96 MB wheel;
`bench/language_detect.py` prints the current figures. The detector reads at
most `SAMPLE_CHARS` characters, so its cost per article is bounded.

Policy, chosen so an English article is never starved of its annotations:
a text with fewer than `MIN_LETTERS` letters is too short to tell (language
None, treated as English, as before); a text whose words are plainly English
by their function words is English without the detector (`plainly_english`:
the same decisions, at a fraction of the cost inside an ingest); otherwise
the detector's best language is kept only when its normalised probability
is at least `MIN_CONFIDENCE`, else the article is taken as English when
English is among the top two, or left undetermined ("und").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = [
    "ENGLISH",
    "ENGLISH_FUNCTION_WORDS",
    "ENGLISH_WORD_SHARE",
    "LANGUAGE_NAMES",
    "MIN_CONFIDENCE",
    "MIN_LETTERS",
    "MIN_SHARE_WORDS",
    "SAMPLE_CHARS",
    "Detection",
    "detect_language",
    "is_english",
    "language_name",
    "plainly_english",
]

ENGLISH = "en"
SAMPLE_CHARS = 2000
"""Characters read from the start of the text (title included); enough for a clear vote.
Was 4,000: on the 4,706 texts of Timeline17, TimeBank, AQUAINT, MEANTIME and ECB+ the
decision is the same at 4,000, 2,000, 1,500 and 1,000 characters (4,687 English, 13 too
short, 6 other), and 2,000 takes 55% of the time (1.5 -> 0.8 ms a text); the 924 PolNeAR
texts (title and text) and the seed and crosscheck articles are English at both."""
MIN_LETTERS = 40
"""Below this many letters the detector guesses; such texts keep language None."""
MIN_CONFIDENCE = 0.9
"""Probability the best language needs to be believed over English."""

ENGLISH_FUNCTION_WORDS = frozenset(
    {
        "the", "and", "that", "with", "said", "were", "have", "has", "it", "its", "this",
        "they", "their", "she", "his", "from", "which", "would", "been", "of", "to", "for",
    }
)  # fmt: skip
"""The commonest English function words that are not also common words of other languages
written in Latin letters ("a", "in", "is", "on", "was", "die" are left out)."""
ENGLISH_WORD_SHARE = 0.15
"""Share of a sample's words that must be `ENGLISH_FUNCTION_WORDS` for the text to be taken
as English without asking the detector (`plainly_english`)."""
MIN_SHARE_WORDS = 20
"""Fewer words than this are too few for a share to mean anything: the detector decides."""
_WORD = re.compile(r"[^\W\d_]+")

LANGUAGE_NAMES: dict[str, str] = {
    "ar": "Arabic",
    "de": "German",
    "en": "English",
    "es": "Spanish",
    "fa": "Persian",
    "fr": "French",
    "he": "Hebrew",
    "hi": "Hindi",
    "id": "Indonesian",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "nl": "Dutch",
    "pl": "Polish",
    "pt": "Portuguese",
    "ru": "Russian",
    "sv": "Swedish",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "zh": "Chinese",
}
"""Names for messages; any other ISO 639-1 code is shown as the code."""


@dataclass(frozen=True, slots=True)
class Detection:
    """The language (ISO 639-1, "und" when undecided, None when too short) and its probability."""

    language: str | None
    confidence: float


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> Detection:
    """The language `text` is written in (see the module docstring for the policy)."""
    sample = text[:SAMPLE_CHARS]
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters < MIN_LETTERS:
        return Detection(None, 0.0)
    if plainly_english(sample):
        return Detection(ENGLISH, 1.0)
    ranked = _identifier().rank(sample)
    best, confidence = str(ranked[0][0]), float(ranked[0][1])
    if confidence >= MIN_CONFIDENCE or best == ENGLISH:
        return Detection(best, confidence)
    if len(ranked) > 1 and ranked[1][0] == ENGLISH:
        return Detection(ENGLISH, float(ranked[1][1]))
    return Detection("und", confidence)


def plainly_english(sample: str) -> bool:
    """Whether at least `ENGLISH_WORD_SHARE` of the sample's words are English function words.

    Why not always ask the detector: its byte n-gram automaton is a 39 MB table, and
    inside an ingest, where spaCy's models have just pushed it out of the processor's
    caches, walking 2,000 characters through it cost 5-10 ms an article (0.4 ms when
    the table is warm), 5-8% of the bare tok2vec+ner time. Counting words costs a
    few hundredths of that. On the 5,634 texts of ../shared/data's corpora (PolNeAR,
    Timeline17, TimeBank+AQUAINT, ECB+, crosscheck, MEANTIME, seeds) the share's
    median is 0.22 and 95% of texts have 0.16 or more; no text the detector takes for
    another language has 0.10 (its Vietnamese pages have none), so the decision is
    the detector's own wherever the share decides, and the rest still go to it.
    Its confidence is then given as 1.0: nothing reads it but tests and benches.
    """
    words = _WORD.findall(sample.lower())
    if len(words) < MIN_SHARE_WORDS:
        return False
    hits = sum(1 for word in words if word in ENGLISH_FUNCTION_WORDS)
    return hits >= ENGLISH_WORD_SHARE * len(words)


def is_english(language: str | None) -> bool:
    """Whether the English stages should run: English, or not known to be anything else."""
    return language is None or language == ENGLISH


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)
