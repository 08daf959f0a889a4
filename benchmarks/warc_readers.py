"""warcio vs fastwarc: read every HTML response of a WARC.gz (headers + payload), the work wirewash's
WARC reader does before extraction. Builds the WARC from the article-extraction-benchmark pages.

    python benchmarks/warc_readers.py [--data ../shared/data] [--copies 20]
"""

from __future__ import annotations

import argparse
import gzip
import io
import sys
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the repository root: benchmarks is a package there
from benchmarks import shared  # noqa: E402


def build_warc(pages: list[bytes], copies: int) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for c in range(copies):
        for i, page in enumerate(pages):
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    f"https://example.com/{c}/{i}", "response", payload=io.BytesIO(page), http_headers=http
                )
            )
    return buf.getvalue()


def read_warcio(data: bytes) -> int:
    from warcio.archiveiterator import ArchiveIterator

    total = 0
    for rec in ArchiveIterator(io.BytesIO(data)):
        if rec.rec_type == "response" and "html" in (rec.http_headers.get_header("Content-Type") or ""):
            rec.rec_headers.get_header("WARC-Target-URI")
            total += len(rec.content_stream().read())
    return total


def read_fastwarc(data: bytes) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    total = 0
    for rec in ArchiveIterator(io.BytesIO(data), record_types=WarcRecordType.response, parse_http=True):
        if "html" in (rec.http_headers.get("Content-Type") or ""):
            rec.headers.get("WARC-Target-URI")
            total += len(rec.reader.read())
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(shared.DATA))
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pages = [
        gzip.decompress(p.read_bytes())
        for p in sorted(Path(args.data, "article-extraction-benchmark", "html").glob("*.html.gz"))
    ]
    if not pages:
        raise SystemExit(f"no pages under {args.data}/article-extraction-benchmark/html")
    data = build_warc(pages, args.copies)
    records = len(pages) * args.copies
    print(f"WARC.gz: {records} HTML responses, {len(data) / 1e6:.1f} MB compressed")
    for name, fn in (("warcio", read_warcio), ("fastwarc", read_fastwarc)):
        best = min(_timed(fn, data) for _ in range(args.repeat))
        payload = fn(data)
        print(
            f"{name:9s} best of {args.repeat}: {best:.3f} s  {records / best:,.0f} records/s  "
            f"{payload / 1e6:.0f} MB payload"
        )


def _timed(fn, data) -> float:
    t = time.perf_counter()
    fn(data)
    return time.perf_counter() - t


if __name__ == "__main__":
    main()
