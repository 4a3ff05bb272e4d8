"""Zip and tar(.gz) archives: members read as files, bounded against bombs and path tricks."""

from __future__ import annotations

import io
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from storyline.errors import InputError
from storyline.ingest.archives import member_name_problem
from storyline.model import Article

Reader = Callable[..., list[object]]

TEXT = "The harbour bridge reopened on Monday after repairs, the port authority said."


def _zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _tar(path: Path, members: dict[str, bytes], mode: str = "w:gz") -> Path:
    with tarfile.open(path, mode) as tf:  # type: ignore[call-overload]
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


def _articles(items: list[object]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def _errors(items: list[object]) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]


def test_zip_members_are_read_as_files(tmp_path: Path, read: Reader) -> None:
    path = _zip(
        tmp_path / "dump.zip",
        {
            "a/one.txt": f" date 2024-05-01 {TEXT}".encode(),
            "b/two.jsonl": b'{"text": "' + TEXT.encode() + b' Second."}\n',
            "__MACOSX/._one.txt": b"\x00\x05\x16\x07",
            "a/": b"",
        },
    )
    items = read(path)
    assert not _errors(items)
    found = _articles(items)
    assert len(found) == 2
    assert found[0].path == f"{path}!a/one.txt" and found[0].published == "2024-05-01"


def test_tar_gz_and_plain_tar(tmp_path: Path, read: Reader) -> None:
    members = {"x/one.txt": TEXT.encode(), "x/two.txt": (TEXT + " Again.").encode()}
    for mode, name in (("w:gz", "dump.tar.gz"), ("w", "dump.tar"), ("w:gz", "dump.tgz")):
        items = read(_tar(tmp_path / name, members, mode))
        assert len(_articles(items)) == 2 and not _errors(items), (name, items)


def test_zip_bomb_member_is_refused_and_the_rest_kept(tmp_path: Path, read: Reader) -> None:
    path = _zip(tmp_path / "bomb.zip", {"ok.txt": TEXT.encode(), "bomb.txt": b"0" * 30_000_000})
    items = read(path, max_bytes=50 * 1024 * 1024)
    (error,) = _errors(items)
    assert "bomb.txt" in error.item and "ratio" in error.reason
    assert len(_articles(items)) == 1


def test_zip_member_over_max_bytes_and_archive_total(tmp_path: Path, read: Reader) -> None:
    big = (TEXT + "\n").encode() * 2000  # about 160 kB, compresses well but not bomb-like
    path = _zip(tmp_path / "big.zip", {f"m{i}.txt": big for i in range(3)}, zipfile.ZIP_STORED)
    items = read(path, max_bytes=100_000)
    assert len(_errors(items)) == 3 and all("limit" in e.reason for e in _errors(items))


def test_lying_zip_sizes_are_enforced_on_the_bytes_read(tmp_path: Path, read: Reader) -> None:
    path = _zip(tmp_path / "liar.zip", {"big.txt": b"A" * 400_000}, zipfile.ZIP_STORED)
    raw = bytearray(path.read_bytes())
    # rewrite the declared uncompressed size (local header and central directory) to 100
    for offset in _find_all(raw, b"PK\x03\x04"):
        raw[offset + 22 : offset + 26] = (100).to_bytes(4, "little")
    for offset in _find_all(raw, b"PK\x01\x02"):
        raw[offset + 24 : offset + 28] = (100).to_bytes(4, "little")
    path.write_bytes(bytes(raw))
    items = read(path, max_bytes=200_000)
    assert not _articles(items) and _errors(items)


def _find_all(data: bytearray, needle: bytes) -> list[int]:
    out, start = [], 0
    while (i := data.find(needle, start)) >= 0:
        out.append(i)
        start = i + 1
    return out


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "a/../../b.txt", "C:\\x.txt"])
def test_unsafe_member_names_are_refused(name: str) -> None:
    assert member_name_problem(name) is not None


def test_unsafe_tar_member_is_an_error_naming_it(tmp_path: Path, read: Reader) -> None:
    path = _tar(tmp_path / "evil.tar", {"../evil.txt": TEXT.encode(), "ok.txt": TEXT.encode()}, "w")
    items = read(path)
    (error,) = _errors(items)
    assert "../evil.txt" in error.item and "unsafe" in error.reason
    assert len(_articles(items)) == 1


def test_nested_archives_are_read_one_level_deep(tmp_path: Path, read: Reader) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("deep.txt", TEXT)
    middle = io.BytesIO()
    with zipfile.ZipFile(middle, "w") as zf:
        zf.writestr("inner.zip", inner.getvalue())
        zf.writestr("mid.txt", TEXT + " Middle.")
    path = _zip(tmp_path / "outer.zip", {"middle.zip": middle.getvalue()})
    items = read(path)
    assert [a.text.endswith("Middle.") for a in _articles(items)] == [True]
    (error,) = _errors(items)
    assert "inner.zip" in error.item and "nested" in error.reason


def test_office_documents_are_not_taken_for_archives_of_articles(
    tmp_path: Path, read: Reader
) -> None:
    path = _zip(
        tmp_path / "report.docx", {"[Content_Types].xml": b"<Types/>", "word/x.xml": b"<w/>"}
    )
    (error,) = read(path)
    assert isinstance(error, InputError) and "office document" in error.reason


def test_corrupt_zip_is_one_error(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "cut.zip"
    data = _zip(tmp_path / "whole.zip", {"a.txt": TEXT.encode() * 50}).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    items = read(path)
    assert items and all(isinstance(i, InputError) for i in items)
