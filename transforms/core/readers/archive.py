"""Archives (``.tar`` in any compression layer, ``.tgz``, ``.zip``): each member is a file of its own.

The readers here only list members, with the stdlib's ``tarfile`` (in stream mode: one pass, nothing held
but the member being read) and ``zipfile`` (which seeks, by its central directory); ``registry`` reads each
member by its own name, as it reads a file, so a member's documents are named ``archive!member#N``. A member
that is not a regular file (a link, a device) is skipped or rejected, never lost; damage that ends the archive
early is raised as ``Reject`` after the members before it. Archives appended to one another (``cat a.tar
b.tar``, ``cat a.zip b.zip``) are read whole.
"""
from __future__ import annotations

import io
import posixpath
import stat
import tarfile
import zipfile
import zlib
from dataclasses import dataclass
from typing import BinaryIO, Iterator

from wirewash.transforms.core.readers.base import Extract, ReadConfig, Reader, Reject, Skipped, error_detail
from wirewash.transforms.core.readers.compression import CHUNK
from wirewash.transforms.core.wording import count_of

# What macOS adds to the archives it makes: a folder of resource forks in a zip (Finder), a "._x.jsonl"
# AppleDouble file beside each file in a tar (bsdtar); neither is a file of the data.
_MAC_FOLDER, _MAC_PREFIX = "__MACOSX/", "._"
# tarfile reads its stream a record (20 blocks of 512 bytes) at a time; the last two hold the block it
# stopped at, which says whether the archive ended or was damaged there.
_RECENT = 2 * tarfile.RECORDSIZE


@dataclass(frozen=True)
class Member:
    """One file of an archive: its path inside the archive and a stream of its bytes (read it before the
    next member is asked for: a tar is read in one pass), or ``problem`` (reason, detail) when it cannot be
    read as a file."""

    name: str
    stream: BinaryIO | None = None
    problem: tuple[str, str] | None = None


class _MemberStream(io.RawIOBase):
    """A member's bytes, not seekable (a reader that seeks copies the member under ``max_inflated_bytes``,
    as for a compressed file), with the archive library's errors on a damaged member as ``Reject``."""

    def __init__(self, raw: BinaryIO, errors: tuple[type[Exception], ...]) -> None:
        super().__init__()
        self._raw, self._errors = raw, errors

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            data = self._raw.read(len(buffer))
        except self._errors as e:
            raise _damage(e, "the member") from None
        buffer[: len(data)] = data
        return len(data)


def _damage(e: Exception, what: str) -> Reject:
    """An archive library's error as a rejection: ``truncated`` when the data ends early (a download cut
    off), ``corrupt_archive`` otherwise."""
    if isinstance(e, EOFError) or "unexpected end of data" in str(e):
        return Reject("truncated", f"{what} ends early: {error_detail(e)}")
    return Reject("corrupt_archive", f"{what} is damaged: {error_detail(e)}")


def _member(name: str, raw: BinaryIO, errors: tuple[type[Exception], ...]) -> Member:
    return Member(name, io.BufferedReader(_MemberStream(raw, errors), CHUNK))


class _Recent:
    """The stream tarfile reads (``head``, then ``raw``), keeping the last ``_RECENT`` bytes read and the
    count of all of them."""

    def __init__(self, raw: BinaryIO, head: bytes = b"") -> None:
        self._raw, self._head = raw, head
        self.kept = bytearray()
        self.end = 0

    def read(self, size: int = -1) -> bytes:
        if self._head:
            size = len(self._head) if size < 0 else size
            data, self._head = self._head[:size], self._head[size:]
        else:
            data = self._raw.read(size)
        self.end += len(data)
        self.kept += data
        del self.kept[: max(0, len(self.kept) - _RECENT)]
        return data

    def after(self, data: bytes) -> _Recent:
        """The stream from ``data`` (its last bytes read) on, counted from there."""
        return _Recent(self._raw, data + self._head)

    def since(self, offset: int) -> bytes:
        """The bytes read from ``offset`` on (``offset`` within the last ``_RECENT`` bytes read)."""
        return bytes(self.kept[max(0, offset - (self.end - len(self.kept))) :])


def _next_tar(recent: _Recent, offset: int, members: int, base: int) -> tuple[int, _Recent] | None:
    """Where the tar whose end tarfile stopped at (its data from ``base`` in the file) is followed by another
    (``cat a.tar b.tar``, or of two .tar.gz: read on as ``tar --ignore-zeros`` does, break12 F17): (its
    offset in the file, a stream from its first header), or None when nothing but zeros follows.

    tarfile stops without a word at a header it cannot read after the first: the rest of a damaged or cut
    archive would be lost silently. An archive ends with zero blocks, and nothing but zeros or another
    archive follows."""
    tail = recent.since(offset)
    if not tail:
        detail = f"the archive ends after {count_of(members, 'member')} without its end-of-archive blocks"
        raise Reject("truncated", detail)
    while tail:
        data = tail.lstrip(b"\0")
        if data:
            offset += len(tail) - len(data)
            while len(data) < tarfile.BLOCKSIZE and (more := recent.read(CHUNK)):
                data += more
            if offset % tarfile.BLOCKSIZE == 0 and _tar_header(data[: tarfile.BLOCKSIZE]):
                return base + offset, recent.after(data)
            detail = f"unreadable tar header at byte {base + offset} after {count_of(members, 'member')}"
            raise Reject("corrupt_archive", f"{detail}: the rest is not read")
        offset += len(tail)
        tail = recent.read(CHUNK)
    return None


def _tar_header(block: bytes) -> bool:
    try:
        tarfile.TarInfo.frombuf(block, tarfile.ENCODING, "surrogateescape")
    except tarfile.HeaderError:
        return False
    return True


def _mac_metadata(name: str) -> bool:
    return name.startswith(_MAC_FOLDER) or posixpath.basename(name).startswith(_MAC_PREFIX)


def _read_tar(
    source: str, stream: BinaryIO, cfg: ReadConfig, _extract: Extract
) -> Iterator[Member | Skipped]:
    recent: _Recent | None = _Recent(stream)
    members = base = 0
    try:
        while recent is not None:
            # Stream mode ("r|"): one pass, no seeks; compression layers were peeled by the registry.
            archive = tarfile.open(fileobj=recent, mode="r|")  # noqa: SIM115 - closed below
            with archive:
                for info in _tar_infos(archive):
                    if not info.isdir():  # a folder is no input, as in a listing
                        members += 1
                        yield _tar_member(archive, info)
                base, recent = _next_tar(recent, archive.offset, members, base) or (0, None)
    except (tarfile.TarError, EOFError, zlib.error) as e:
        raise _damage(e, f"the archive, after {count_of(members, 'member')},") from None


def _tar_member(archive: tarfile.TarFile, info: tarfile.TarInfo) -> Member | Skipped:
    if info.issym() or info.islnk():
        return Skipped("archive_link")  # its target is a member of its own, or not in the archive
    if not info.isfile():
        return Member(info.name, problem=("not_regular_file", "a device or FIFO in the archive"))
    if _mac_metadata(info.name):
        return Skipped("archive_metadata")
    return _member(info.name, archive.extractfile(info), (tarfile.TarError, EOFError))


def _tar_infos(archive: tarfile.TarFile) -> Iterator[tarfile.TarInfo]:
    while (info := archive.next()) is not None:
        # Stream mode keeps every header read: a million-member archive would hold them all.
        archive.members = []
        yield info


class _Window(io.RawIOBase):
    """The first ``size`` bytes of a seekable stream, as a file of their own (an archive that another was
    appended to ends where the other starts)."""

    def __init__(self, raw: BinaryIO, size: int) -> None:
        super().__init__()
        self._raw, self._size, self._pos = raw, size, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        base = (0, self._pos, self._size)[whence]
        self._pos = max(0, min(self._size, base + offset))
        return self._pos

    def tell(self) -> int:
        return self._pos

    def readinto(self, buffer) -> int:
        self._raw.seek(self._pos)
        data = self._raw.read(min(len(buffer), self._size - self._pos))
        buffer[: len(data)] = data
        self._pos += len(data)
        return len(data)


# The four bytes every zip member's local header starts with.
_ZIP_LOCAL = b"PK\x03\x04"


def _open_zip(stream: BinaryIO) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as e:
        raise Reject("corrupt_archive", f"not a readable zip archive: {error_detail(e)}") from None


def _zips(stream: BinaryIO) -> tuple[list[zipfile.ZipFile], Reject | None]:
    """(the zips appended to one another in ``stream``, first first; why the bytes before the first cannot
    be read, or None). zipfile reads the last central directory only: what precedes the archive it lists is a
    self-extractor's stub (passed over, as unzip does) or, when it starts as a zip does, an earlier zip
    another was appended to (`cat a.zip b.zip`), whose members were lost without a count (break12 F18)."""
    archives = [_open_zip(stream)]
    while True:
        infos = archives[-1].infolist()
        start = min((info.header_offset for info in infos), default=archives[-1].start_dir)
        stream.seek(0)
        if start <= 0 or stream.read(len(_ZIP_LOCAL)) != _ZIP_LOCAL:
            return archives[::-1], None
        try:
            archives.append(_open_zip(io.BufferedReader(_Window(stream, start), CHUNK)))
        except Reject as r:  # raised after the members of the zips after it, which are intact
            detail = f"the {start} bytes before a zip start as one: {r.detail}"
            return archives[::-1], Reject(r.reason, detail)


def _read_zip(
    source: str, stream: BinaryIO, cfg: ReadConfig, _extract: Extract
) -> Iterator[Member | Skipped]:
    archives, earlier = _zips(stream)
    for archive in archives:
        with archive:
            yield from _zip_members(archive, cfg)
    if earlier is not None:
        raise earlier


# zip compression methods Python's zipfile cannot read, by the number a member's header gives: the detail
# says which and what to do, where it said "That compression method is not supported".
_ZIP_METHODS = {
    6: "Implode (PKZIP 1)",
    9: "Deflate64 (Windows' compressed folders write it for large files)",
    10: "PKWARE DCL Implode",
    19: "IBM LZ77",
    20: "Zstandard (zip method 20)",
    93: "Zstandard",
    95: "xz",
    96: "JPEG (WinZip)",
    97: "WavPack",
    98: "PPMd (WinZip, 7-Zip)",
}


def _unsupported(method: int) -> str:
    name = _ZIP_METHODS.get(method, "an unknown method")
    return (f"compressed with {name}, zip method {method}, which Python's zipfile cannot inflate: unpack the "
            "archive (7-Zip, unzip) and give its folder")


def _zip_members(archive: zipfile.ZipFile, cfg: ReadConfig) -> Iterator[Member | Skipped]:
    errors = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError)
    for info in archive.infolist():  # the central directory's order: the same on every run
        if info.is_dir():
            continue
        if stat.S_ISLNK(info.external_attr >> 16):
            yield Skipped("archive_link")
        elif _mac_metadata(info.filename):
            yield Skipped("archive_metadata")
        elif info.flag_bits & 0x1:
            yield Member(info.filename, problem=("encrypted", "encrypted: no password is known"))
        elif info.compress_type != zipfile.ZIP_STORED and info.file_size > cfg.max_inflated_bytes:
            limit = cfg.max_inflated_bytes
            detail = f"inflates to {info.file_size} bytes, past max_inflated_bytes={limit}"
            yield Member(info.filename, problem=("too_large", detail))
        else:
            try:
                raw = archive.open(info)
            except NotImplementedError:
                problem = ("unsupported_compression", _unsupported(info.compress_type))
                yield Member(info.filename, problem=problem)
                continue
            except errors as e:
                yield Member(info.filename, problem=("corrupt_archive", error_detail(e)))
                continue
            with raw:
                yield _member(info.filename, raw, errors)


# Compressed tars by their short names: the compression is found by its magic number (registry).
TAR = Reader("tar", (".tar", ".tgz", ".tbz2", ".txz"), _read_tar, archive=True)
# zip's central directory is at its end: a zip that cannot seek (in a compression layer, a tar member) is
# held in memory under max_inflated_bytes first.
ZIP = Reader("zip", (".zip",), _read_zip, seekable=True, archive=True)
# Where a tar header says it is one ("ustar" at byte 257), whatever the file's name.
TAR_MAGIC = (257, b"ustar")
