"""Bytes to text for files of unknown encoding, and refusal of binary files.

News dumps arrive in UTF-8, UTF-16 from Windows tools, and Latin-1/cp1252 from
older sites. A wrong guess garbles quotes and names but loses nothing; a
binary file (PDF, image, archive) decoded as text would be stored as garbage,
so it is refused with the reason instead.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

__all__ = [
    "Decoded",
    "binary_kind",
    "declared_charset",
    "decode_bytes",
    "decode_text",
    "quick_text",
]

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!", "RAR archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media"),
    (b"RIFF", "RIFF media"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1b")


def binary_kind(head: bytes) -> str | None:
    """The kind of binary file `head` starts with, or None when it may be text."""
    if head.startswith(codecs.BOM_UTF8) or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if b"\x00" in head[:4096] and _utf16_without_bom(head) is None:
        return "binary data (NUL bytes)"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit on one side of mostly-ASCII pairs."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / max(len(odd), 1)
    if odd_nul > 0.6 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.6 and odd_nul < 0.05:
        return "utf-16-be"
    return None


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, the encoding it was read as, and what could not be read.

    `replaced` counts the bytes that were not valid in that encoding: each became
    U+FFFD, or, in a UTF-8 text, the Windows-1252 character it stands for (a
    paragraph pasted from an older page). `warning` says so in one line, for the
    user; it is None when every byte was read as it was meant.
    """

    text: str
    encoding: str
    replaced: int = 0

    @property
    def warning(self) -> str | None:
        if not self.replaced:
            return None
        unit = "byte" if self.replaced == 1 else "bytes"
        if self.encoding == "utf-8":
            return (
                f"{self.replaced} {unit} not valid UTF-8 (mixed encodings); "
                "read as Windows-1252 where they form a character, else replaced by U+FFFD"
            )
        return f"{self.replaced} {unit} not valid {self.encoding}; replaced by U+FFFD"


def decode_text(data: bytes) -> str:
    """The text of `data` (see `decode_bytes`); ValueError when the bytes are not text."""
    return decode_bytes(data).text


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode bytes of unknown or `declared` encoding, saying what could not be read.

    Order: a byte-order mark; the declared encoding (an HTTP or HTML charset) when
    the bytes are valid in it; UTF-16 without a BOM; UTF-8, strictly, or with a
    few bad bytes in otherwise valid UTF-8 (read as Windows-1252, counted); and
    for bytes with no valid UTF-8 sequence at all, the legacy encoding
    charset-normalizer finds most coherent (Windows-1252 when it reads the bytes
    as well as the best guess: the commonest legacy encoding of news sites).
    Raises ValueError naming the kind of file when the bytes are not text.
    """
    found = _decode_guessing(data, declared)
    _refuse_control_heavy(found.text)
    return found


def _decode_guessing(data: bytes, declared: str | None) -> Decoded:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode_counting(data[len(bom) :], name)
    kind = binary_kind(data)
    if kind is not None:
        raise ValueError(f"binary file ({kind}), not text")
    found = _decode_declared(data, declared)
    if found is not None:
        return found
    utf16 = _utf16_without_bom(data) if b"\x00" in data[:4096] else None
    return _decode_counting(data, utf16) if utf16 else _decode_8bit(data)


def _decode_declared(data: bytes, declared: str | None) -> Decoded | None:
    """`data` in its declared encoding when that is a known codec the bytes are valid in."""
    if not declared:
        return None
    try:
        name = codecs.lookup(declared.strip().strip("\"'")).name
    except LookupError:
        return None
    if name in ("latin-1", "iso8859-1"):
        name = "cp1252"  # what browsers do: the C1 range holds Windows-1252 punctuation
    try:
        return Decoded(data.decode(name), name)
    except UnicodeDecodeError:
        return None  # the label lies: detect instead


def _decode_counting(data: bytes, encoding: str) -> Decoded:
    text = data.decode(encoding, errors="replace")
    strict_len = len(data.decode(encoding, errors="ignore"))
    return Decoded(text, encoding, max(0, len(text) - strict_len))


def _decode_8bit(data: bytes) -> Decoded:
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return _decode_mixed_utf8(data)
    return _decode_legacy(data)


_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _mostly_utf8(data: bytes) -> bool:
    """Whether `data` is UTF-8 with a few stray bytes rather than a legacy encoding.

    Legacy 8-bit text almost never forms valid multi-byte UTF-8 sequences by
    chance, so as many valid sequences as invalid bytes (in the first megabyte)
    mean UTF-8 whose bad bytes are the exception.
    """
    sample = data[:1_000_000]
    good = len(_UTF8_MULTIBYTE.findall(sample))
    if good == 0:
        return False
    valid_len = len(sample.decode("utf-8", errors="ignore").encode("utf-8"))
    bad = len(sample) - valid_len
    return good >= bad


def _decode_mixed_utf8(data: bytes) -> Decoded:
    """UTF-8 with stray bytes: each invalid byte read as Windows-1252 (or U+FFFD), counted."""
    bad = 0
    parts: list[str] = []
    view = memoryview(data)
    pos = 0
    while pos < len(data):
        try:
            parts.append(bytes(view[pos:]).decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            parts.append(bytes(view[pos : pos + exc.start]).decode("utf-8"))
            for byte in bytes(view[pos + exc.start : pos + exc.end]):
                bad += 1
                parts.append(_cp1252_char(byte))
            pos += exc.end
    return Decoded("".join(parts), "utf-8", bad)


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return "\ufffd"


_WESTERN = ("cp1252", "latin_1", "iso8859_15")


def _decode_legacy(data: bytes) -> Decoded:
    """A legacy single- or multi-byte encoding, detected by charset-normalizer."""
    import charset_normalizer

    matches = list(charset_normalizer.from_bytes(data[:_DETECT_BYTES]))
    if not matches:
        return _decode_counting(data, "cp1252")
    least_chaos = min(m.chaos for m in matches)
    calm = [m for m in matches if m.chaos <= least_chaos + 0.01]
    most_coherent = max(m.coherence for m in calm)
    best = [m for m in calm if m.coherence >= most_coherent - 0.05]
    sample = data[:_DETECT_BYTES]
    western = sample.decode("cp1252", errors="replace")
    if any(m.encoding in _WESTERN or str(m) == western for m in best):
        return _decode_counting(data, "cp1252")
    return _decode_counting(data, best[0].encoding)


_DETECT_BYTES = 256 * 1024
"""Detection reads at most this much: enough to tell encodings apart, bounded time on huge files."""


_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE
)
_XML_ENCODING = re.compile(
    rb"""\A\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})"""
)
_CONTENT_TYPE_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)


def declared_charset(head: bytes, content_type: str | None = None) -> str | None:
    """The encoding a response or document names for itself, if any.

    The HTTP Content-Type wins over what the document says (as browsers do);
    then an XML declaration, then an HTML <meta charset>. `decode_bytes` only
    follows it when the bytes are valid in it.
    """
    if content_type:
        m = _CONTENT_TYPE_CHARSET.search(content_type)
        if m:
            return m.group(1)
    for pattern in (_XML_ENCODING, _META_CHARSET):
        found = pattern.search(head[:4096])
        if found:
            return found.group(1).decode("ascii")
    return None


def quick_text(head: bytes) -> str:
    """A cheap decoding of the start of a file, for sniffing its format (markup, brackets)."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return head[len(bom) :].decode(name, errors="replace")
    utf16 = _utf16_without_bom(head) if b"\x00" in head[:4096] else None
    return head.decode(utf16 or "utf-8", errors="replace")


def _refuse_control_heavy(text: str) -> None:
    sample = text[:8192]
    if not sample:
        return
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in _ALLOWED_CONTROLS)
    if "\x00" in sample or controls / len(sample) > 0.05:
        raise ValueError("binary file (control characters), not text")
