"""Bytes to text for files of unknown encoding, and refusal of binary files.

News dumps arrive in UTF-8, UTF-16 from Windows tools, and Latin-1/cp1252 from
older sites. A wrong guess garbles quotes and names but loses nothing; a
binary file (PDF, image, archive) decoded as text would be stored as garbage,
so it is refused with the reason instead.
"""

from __future__ import annotations

import codecs

__all__ = ["binary_kind", "decode_text"]

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


def decode_text(data: bytes) -> str:
    """Decode with BOM detection, then UTF-8, then cp1252, then Latin-1.

    Raises ValueError naming the kind of file when the bytes are not text.
    """
    encoding: str | None = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding, data = name, data[len(bom) :]
            break
    if encoding is None:
        kind = binary_kind(data)
        if kind is not None:
            raise ValueError(f"binary file ({kind}), not text")
        encoding = _utf16_without_bom(data) if b"\x00" in data[:4096] else None
    text = data.decode(encoding, errors="replace") if encoding is not None else _decode_8bit(data)
    _refuse_control_heavy(text)
    return text


def _decode_8bit(data: bytes) -> str:
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _refuse_control_heavy(text: str) -> None:
    sample = text[:8192]
    if not sample:
        return
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in _ALLOWED_CONTROLS)
    if "\x00" in sample or controls / len(sample) > 0.05:
        raise ValueError("binary file (control characters), not text")
