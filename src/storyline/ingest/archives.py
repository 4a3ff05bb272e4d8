"""Zip and tar(.gz) archives: each member is read as if it were a file of its own.

An archive is untrusted input like any other, and it is the classic carrier of
decompression bombs and path tricks, so reading one is bounded before anything
is decompressed: the number of members, each member's size (max_bytes), the
total decompressed size (`ARCHIVE_TOTAL_FACTOR` x max_bytes) and the ratio of
a zip member's size to its compressed size. Sizes are read as declared and
then enforced on the bytes actually produced, since a header can lie. Nothing
is ever extracted to disk; a member whose name is absolute, climbs out with
"..", or holds control characters is refused (named in the error) because a
user extracting the archive would be hurt by it and its name ends up in
`Article.path`. Members that are archives themselves are read one level deep.
"""

from __future__ import annotations

import io
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import PurePosixPath
from typing import IO

from storyline.errors import InputError
from storyline.ingest.options import ReadContext
from storyline.model import Article

__all__ = [
    "ARCHIVE_TOTAL_FACTOR",
    "CONTAINER_MAGIC",
    "MAX_MEMBERS",
    "MAX_NESTING",
    "MAX_RATIO",
    "member_name_problem",
    "read_tar",
    "read_zip",
]

MAX_MEMBERS = 100_000
"""Most members read from one archive (a news dump of single articles can be large)."""
ARCHIVE_TOTAL_FACTOR = 20
"""All members together may decompress to at most this many times max_bytes."""
MAX_RATIO = 200
"""Largest size / compressed size of a zip member; text compresses 3-10x, bombs 1000x+."""
MAX_NESTING = 1
"""Archives inside archives are read this many levels deep, no deeper."""
CONTAINER_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"\x1f\x8b", b"WARC/")
"""Files starting so are read member by member, never whole: they may be up to
`ARCHIVE_TOTAL_FACTOR` x max_bytes on disk."""

_SKIPPED_PARTS = ("__MACOSX",)

ReadMember = Callable[[IO[bytes], str, ReadContext, int], Iterator[Article | InputError]]
"""read(stream, name, context, depth): the dispatcher of source.py, for one member."""


def member_name_problem(name: str) -> str | None:
    """Why a member name is unsafe to use, or None when it is a plain relative path."""
    if not name or "\x00" in name or any(ord(c) < 32 for c in name):
        return "unsafe member name (control characters)"
    posix = name.replace("\\", "/")
    if posix.startswith("/") or (len(posix) > 1 and posix[1] == ":"):
        return "unsafe member name (absolute path)"
    if ".." in PurePosixPath(posix).parts:
        return "unsafe member name (climbs out with '..')"
    return None


def _skipped(name: str) -> bool:
    """Hidden files and folders (".DS_Store", "__MACOSX/"), skipped as a folder walk skips them."""
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return any((p.startswith(".") and p != "..") or p in _SKIPPED_PARTS for p in parts)


def _member_context(ctx: ReadContext, name: str) -> ReadContext:
    inner = f"{ctx.item}!{name}"
    return replace(ctx, item=inner, path=f"{ctx.path}!{name}" if ctx.path else None)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


class _Budget:
    """What is left of an archive's member count and total decompressed size."""

    def __init__(self, ctx: ReadContext) -> None:
        self.members = MAX_MEMBERS
        self.bytes = ARCHIVE_TOTAL_FACTOR * ctx.options.max_bytes
        self.limit = ctx.options.max_bytes

    def refusal(self, ctx: ReadContext) -> InputError | None:
        if self.members <= 0:
            return InputError(ctx.item, f"more than {MAX_MEMBERS} members; the rest not read")
        if self.bytes <= 0:
            total = _mb(ARCHIVE_TOTAL_FACTOR * self.limit)
            return InputError(ctx.item, f"members decompress to over {total}; the rest not read")
        return None

    def read(self, stream: IO[bytes]) -> bytes | None:
        """The member's bytes, or None when it is over max_bytes or the archive total."""
        data = stream.read(min(self.limit, self.bytes) + 1)
        self.members -= 1
        self.bytes -= len(data)
        return None if len(data) > self.limit or self.bytes < 0 else data


def _members_too_many(count: int, ctx: ReadContext) -> InputError | None:
    if count > MAX_MEMBERS:
        return InputError(ctx.item, f"archive lists {count} members, over {MAX_MEMBERS}")
    return None


MemberOpener = Callable[[], IO[bytes] | None]
"""Opens one member's bytes (None: nothing to read); may raise the archive's read errors."""

_READ_ERRORS = (zipfile.BadZipFile, tarfile.TarError, zlib.error, OSError, EOFError, RuntimeError)


def _read_members(
    members: Iterable[tuple[str, str | None, MemberOpener]],
    ctx: ReadContext,
    read_member: ReadMember,
    depth: int,
) -> Iterator[Article | InputError]:
    """Each member (name, problem seen in its header, opener) read within the archive's budget."""
    budget = _Budget(ctx)
    for name, declared_problem, open_member in members:
        member = _member_context(ctx, name)
        problem = member_name_problem(name) or declared_problem
        if problem is not None:
            yield InputError(member.item, problem)
            continue
        refusal = budget.refusal(ctx)
        if refusal is not None:
            yield refusal
            return
        try:
            stream = open_member()
            if stream is None:
                continue
            with stream:
                data = budget.read(stream)
        except _READ_ERRORS as exc:
            yield InputError(member.item, f"corrupt or encrypted member ({exc})")
            continue
        if data is None:
            yield InputError(member.item, _over_limit(budget))
            continue
        yield from read_member(io.BytesIO(data), name, member, depth + 1)


def read_zip(
    handle: IO[bytes], ctx: ReadContext, read_member: ReadMember, depth: int = 0
) -> Iterator[Article | InputError]:
    """Articles from every file of a zip archive; a bad member is an error naming it."""
    try:
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        yield InputError(ctx.item, f"unreadable zip archive ({exc})")
        return
    with archive:
        infos = archive.infolist()
        names = {i.filename for i in infos}
        if "[Content_Types].xml" in names or "mimetype" in names:
            yield InputError(ctx.item, "an office document or e-book (zip), not articles")
            return
        too_many = _members_too_many(len(infos), ctx)
        if too_many is not None:
            yield too_many
            return
        members = (
            (i.filename, _zip_size_problem(i, ctx.options.max_bytes), _zip_opener(archive, i))
            for i in infos
            if not i.is_dir() and not _skipped(i.filename)
        )
        yield from _read_members(members, ctx, read_member, depth)


def _zip_opener(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> MemberOpener:
    return lambda: archive.open(info)


def _zip_size_problem(info: zipfile.ZipInfo, limit: int) -> str | None:
    if info.file_size > limit:
        return f"member is {_mb(info.file_size)}, over the {_mb(limit)} limit (max_bytes)"
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > 1024 * 1024 and ratio > MAX_RATIO:
        return f"compression ratio {ratio:.0f}:1 (a decompression bomb?), over {MAX_RATIO}:1"
    return None


def _over_limit(budget: _Budget) -> str:
    if budget.bytes < 0:
        return "the archive's total decompressed size is over its limit"
    return f"member decompresses to over the {_mb(budget.limit)} limit (max_bytes)"


def read_tar(
    handle: IO[bytes], ctx: ReadContext, read_member: ReadMember, depth: int = 0
) -> Iterator[Article | InputError]:
    """Articles from every regular file of a tar (plain or compressed); links are skipped."""
    try:
        archive = tarfile.open(fileobj=handle, mode="r:*")  # noqa: SIM115
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        yield InputError(ctx.item, f"unreadable tar archive ({exc})")
        return
    limit = ctx.options.max_bytes
    with archive:
        try:
            members = (
                (i.name, _tar_size_problem(i, limit), _tar_opener(archive, i))
                for i in archive
                if i.isreg() and not _skipped(i.name)
            )
            yield from _read_members(members, ctx, read_member, depth)
        except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
            yield InputError(ctx.item, f"truncated or corrupt tar archive ({exc})")


def _tar_opener(archive: tarfile.TarFile, info: tarfile.TarInfo) -> MemberOpener:
    return lambda: archive.extractfile(info)


def _tar_size_problem(info: tarfile.TarInfo, limit: int) -> str | None:
    if info.size > limit:
        return f"member is {_mb(info.size)}, over the {_mb(limit)} limit (max_bytes)"
    return None
