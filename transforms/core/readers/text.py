"""Plain text files: each file is one document, read up to ``max_doc_bytes``."""
from __future__ import annotations

import io
from typing import BinaryIO, Iterator

from wirewash.transforms.core.readers.base import Extract, RawDoc, ReadConfig, Reader, Reject
from wirewash.transforms.core.readers.encoding import Decoded, decoded
from wirewash.transforms.core.readers.markup import markdown_media_reduced
from wirewash.transforms.core.readers.records import CONTROL_RE, controls_removed
from wirewash.transforms.core.schema import make_doc_id

# Magic numbers of the binary formats most often found mixed into text dumps.
BINARY_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"PK\x03\x04",  # zip, docx, xlsx
    b"\x7fELF",
    # Compression still there after the layers peeled by magic number (a gzip quine).
    b"\x1f\x8b",
    b"\x28\xb5\x2f\xfd",
)
_MAX_CONTROL_SHARE = 0.05
_CONTROL_SAMPLE = 65536


def read_upto(stream: BinaryIO, n: int) -> bytes:
    """At most ``n`` bytes; a stream may return short reads before its end, so read until n or EOF."""
    out = bytearray()
    while len(out) < n:
        piece = stream.read(min(n - len(out), 1 << 16))
        if not piece:
            break
        out += piece
    return bytes(out)


class Prepended(io.RawIOBase):
    """``head`` bytes already read, then the rest of ``rest``: a stream read again from its start."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._head, self._rest = io.BytesIO(head), rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = self._head.readinto(buffer) or self._rest.readinto(buffer)
        return n or 0


def head_of(stream: BinaryIO, n: int, exact: bool = False) -> tuple[bytes, BinaryIO]:
    """(up to the first ``n`` bytes of ``stream``, a stream that still starts with them). Reads no more than
    ``n`` bytes from a stream that can neither peek nor seek (no read-ahead past a limit the caller set).
    A peek gives what one buffer holds (4 KiB of a file open()ed, 512 bytes of a zip member), enough to tell a
    format by; ``exact``: fewer than ``n`` bytes only when the stream ends, for a caller that judges the
    whole file by a short head."""
    if hasattr(stream, "peek"):
        head = stream.peek(n)[:n]
        if len(head) == n or not exact:
            return head, stream
    if stream.seekable():
        at = stream.tell()
        head = read_upto(stream, n)
        stream.seek(at)
        return head, stream
    head = read_upto(stream, n)
    return head, Prepended(head, stream)


def read_document_bytes(stream: BinaryIO, cfg: ReadConfig) -> bytes:
    """The whole stream, or ``too_large`` past ``max_doc_bytes`` (one byte past it is enough to know)."""
    data = read_upto(stream, cfg.max_doc_bytes + 1)
    if len(data) > cfg.max_doc_bytes:
        raise Reject("too_large", f"more than max_doc_bytes={cfg.max_doc_bytes} bytes")
    return data


def to_text(data: bytes, content_type: str | None = None, html: bool = False) -> Decoded:
    """Decoded text with control characters removed; ``binary`` or ``empty`` when it is no text."""
    if data.startswith(BINARY_MAGIC):
        raise Reject("binary", f"binary file (starts with {data[:4]!r})")
    text, mixed = decoded(data, content_type, html)
    controls = len(CONTROL_RE.findall(text[:_CONTROL_SAMPLE]))
    if controls > _MAX_CONTROL_SHARE * min(len(text), _CONTROL_SAMPLE):
        raise Reject("binary", f"{controls} control characters in the first 64 KiB: not text")
    text = controls_removed(text)
    if not text.strip():
        raise Reject("empty", "no text")
    return Decoded(text, mixed)


def encoding_repairs(text: Decoded) -> tuple[str, ...]:
    """What ``RawDoc.repaired`` notes of how ``text`` was decoded: ``mixed_encoding`` for parts of a UTF-8
    text read in a code page (counted ``read:field:mixed_encoding``)."""
    return ("mixed_encoding",) if text.mixed else ()


def _read_text(source: str, stream: BinaryIO, cfg: ReadConfig, _extract: Extract) -> Iterator[RawDoc]:
    data = read_document_bytes(stream, cfg)
    text = to_text(data)
    repaired = encoding_repairs(text)
    # A page saved as Markdown (what scrapers and "reader" services write) reaches us as a text file: its
    # images' alt text is a caption and its link targets are no story's words, as in a record's text field.
    plain = markdown_media_reduced(text.text)
    if plain != text.text:
        repaired = (*repaired, "markdown_in_text")
    yield RawDoc(doc_id=make_doc_id(source, data), source=source, text=plain, repaired=repaired)


TEXT = Reader("text", (), _read_text, whole_file=True)
