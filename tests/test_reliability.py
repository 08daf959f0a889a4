"""Pure reliability pieces: streaming reads and their limits, the HTML extraction child process, files that
must not be opened, and word counts for scripts without spaces."""
from __future__ import annotations

import gzip
import io
import json
import math
import os
import time

import pytest

from wirewash.transforms.core.article import count_words, to_article
from wirewash.transforms.core.cleaning import CleanConfig
from wirewash.transforms.core.counters import dict_counter
from wirewash.transforms.core.isolate import CallTimeout, ChildError, IsolatedCall
from wirewash.transforms.core.parse import RawDoc, ReadConfig, parse_stream
from wirewash.transforms.core.readers.listing import expand_input, list_local, unreadable_reason
from wirewash.transforms.core.schema import Rejected, make_doc_id

SMALL = ReadConfig(max_doc_bytes=1000, max_inflated_bytes=10_000)
GOOD = json.dumps({"text": "Astana voted on Sunday."}).encode()


class EndlessText(io.RawIOBase):
    """An endless text file that counts the bytes handed out, to prove a reader stops at its limit."""

    def __init__(self) -> None:
        super().__init__()
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = len(buffer)
        buffer[:n] = (b"word " * (n // 5 + 1))[:n]
        self.served += n
        return n


def parse(source: str, stream, cfg: ReadConfig = SMALL, extract=None):
    counts, inc = dict_counter()
    kwargs = {} if extract is None else {"extract": extract}
    return list(parse_stream(source, stream, cfg, inc, **kwargs)), dict(counts)


# --- streaming reads --------------------------------------------------------------------------------------


def test_an_endless_text_file_is_read_only_up_to_the_limit():
    stream = EndlessText()
    items, counts = parse("huge.txt", stream)
    assert counts == {"read:rejected:too_large": 1}
    assert items[0].reason == "too_large" and "max_doc_bytes=1000" in items[0].detail
    assert SMALL.max_doc_bytes < stream.served <= SMALL.max_doc_bytes + 1


def test_jsonl_larger_than_max_inflated_bytes_streams_every_line():
    lines = [GOOD] * 2000 + [b"x" * 5000, b"{not json", GOOD]
    data = b"\n".join(lines)
    assert len(data) > SMALL.max_inflated_bytes
    items, counts = parse("big.jsonl", io.BytesIO(data))
    assert counts == {"read:document": 2001, "read:rejected:too_large": 1, "read:rejected:malformed_json": 1}
    too_large, malformed = items[2000], items[2001]
    assert (too_large.source, too_large.reason) == ("big.jsonl#2001", "too_large")
    # Hashed chunk by chunk while skipped, the line still gets the id it would have had if held whole.
    assert too_large.doc_id == make_doc_id("big.jsonl#2001", b"x" * 5000)
    assert (malformed.source, malformed.reason) == ("big.jsonl#2002", "malformed_json")
    assert items[-1].source == "big.jsonl#2003"


def test_jsonl_crlf_lines_and_a_last_line_without_newline():
    items, counts = parse("w.jsonl", io.BytesIO(GOOD + b"\r\n" + GOOD))
    assert counts == {"read:document": 2}
    assert [i.doc_id for i in items] == [make_doc_id("w.jsonl#1", GOOD), make_doc_id("w.jsonl#2", GOOD)]


@pytest.mark.parametrize("newline", [b"\n", b"\r\n", b""])
def test_jsonl_line_limit_is_exact_whatever_the_line_ending(newline):
    cfg = ReadConfig(max_doc_bytes=len(GOOD), max_inflated_bytes=10_000)
    longer = GOOD[:-1] + b" }"
    items, counts = parse("e.jsonl", io.BytesIO(GOOD + newline + (longer + newline if newline else b"")), cfg)
    expected = {"read:document": 1, "read:rejected:too_large": 1} if newline else {"read:document": 1}
    assert counts == expected
    if newline:
        assert items[1].doc_id == make_doc_id("e.jsonl#2", longer)


def test_jsonl_nested_too_deeply_is_malformed():
    items, counts = parse("deep.jsonl", io.BytesIO(b"[" * 100_000 + b"\n" + GOOD), ReadConfig())
    assert counts == {"read:rejected:malformed_json": 1, "read:document": 1}
    assert items[0].source == "deep.jsonl#1"


def test_truncated_jsonl_gz_keeps_the_lines_before_the_cut():
    packed = gzip.compress(b"\n".join([GOOD] * 3000))
    items, counts = parse("cut.jsonl.gz", io.BytesIO(packed[: len(packed) // 2]), ReadConfig())
    assert counts["read:rejected:truncated"] == 1
    assert 0 < counts["read:document"] < 3000
    assert isinstance(items[-1], Rejected) and items[-1].source == "cut.jsonl.gz"
    assert items[-1].doc_id == make_doc_id("cut.jsonl.gz", b"")


def test_gzip_inflates_in_chunks_from_a_stream_of_short_reads():
    class Trickle(io.RawIOBase):
        def __init__(self, data: bytes) -> None:
            super().__init__()
            self._data = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:
            piece = self._data.read(min(len(buffer), 7))
            buffer[: len(piece)] = piece
            return len(piece)

    text = "Turnout was 54 percent. " * 30
    items, counts = parse("t.txt.gz", Trickle(gzip.compress(text.encode())))
    assert counts == {"read:document": 1}
    assert items[0].text == text


# --- HTML extraction failures ----------------------------------------------------------------------------


def _raises(exc: BaseException):
    def extract(_html: str):
        raise exc

    return extract


@pytest.mark.parametrize(
    "exc, reason",
    [
        (RecursionError("maximum recursion depth exceeded"), "html_error"),
        (ValueError("lxml: document is empty"), "html_error"),
        (ChildError("child process died: EOFError"), "html_error"),
        (CallTimeout("no result within 20 s"), "extraction_timeout"),
    ],
)
def test_extraction_failures_become_rejections(exc, reason):
    items, counts = parse("p.html", io.BytesIO(b"<p>hello</p>"), extract=_raises(exc))
    assert counts == {f"read:rejected:{reason}": 1}
    assert items == [Rejected(make_doc_id("p.html", b""), "p.html", reason, items[0].detail)]
    assert type(exc).__name__ in items[0].detail or reason == "extraction_timeout"


def test_html_nested_100k_levels_is_rejected_not_a_crash():
    page = ("<div>" * 100_000 + "deep " * 50 + "</div>" * 100_000).encode()
    items, counts = parse("deep.html", io.BytesIO(page), ReadConfig())
    assert len(items) == 1 and isinstance(items[0], Rejected), items
    assert sum(counts.values()) == 1


# --- the child process -----------------------------------------------------------------------------------


def test_isolated_call_returns_values_and_reports_errors():
    call = IsolatedCall(math.sqrt, timeout_s=30)
    try:
        assert call(16.0) == 4.0
        with pytest.raises(ChildError, match="ValueError: math domain error"):
            call(-1.0)
        assert call(9.0) == 3.0
        assert call.starts == 1  # an exception in the call does not cost the child
    finally:
        call.close()


def test_isolated_call_kills_a_hung_child_and_respawns():
    # The respawned child starts Python and imports within the timeout: 0.5 s failed on a loaded machine.
    call = IsolatedCall(time.sleep, timeout_s=2)
    try:
        call.start()
        with pytest.raises(CallTimeout):
            call(60)
        assert call(0) is None
        assert call.starts == 2
    finally:
        call.close()
        call.close()


def test_isolated_call_survives_a_child_that_dies():
    call = IsolatedCall(os._exit, timeout_s=30)
    try:
        with pytest.raises(ChildError, match="died"):
            call(3)
        with pytest.raises(ChildError, match="died"):
            call(4)
        assert call.starts == 2
    finally:
        call.close()


def test_html_child_process_starts_at_the_first_html_page_not_in_setup(tmp_path):
    from wirewash.transforms.io import ParseFileFn

    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "1", "text": "Plain text. " * 20}) + "\n")
    paragraph = "<p>" + "The council approved the new budget after a long debate. " * 8 + "</p>"
    (tmp_path / "b.html").write_text(f"<html><body><article>{paragraph * 3}</article></body></html>")
    jsonl, html = list_local(str(tmp_path / "*"))
    fn = ParseFileFn(ReadConfig())
    fn.setup()
    try:
        fn.start_bundle()
        assert [d.source.rsplit("/", 1)[-1] for d in fn.process(jsonl)] == ["a.jsonl#1"]
        assert fn._extract.starts == 0  # a worker that reads no HTML never starts the child
        assert [d.source.rsplit("/", 1)[-1] for d in fn.process(html)] == ["b.html"]
        assert fn._extract.starts == 1
    finally:
        fn.teardown()


def test_isolated_call_validates_its_timeout():
    with pytest.raises(ValueError, match="timeout_s must be positive"):
        IsolatedCall(math.sqrt, timeout_s=0)
    for value in (0, math.nan, math.inf):
        with pytest.raises(ValueError, match="html_timeout_s must be a finite number of seconds > 0"):
            ReadConfig(html_timeout_s=value)


# --- files that must not be opened ----------------------------------------------------------------------------


def test_unreadable_reason(tmp_path):
    (tmp_path / "ok.txt").write_text("fine")
    os.symlink(tmp_path / "nowhere", tmp_path / "dangling.txt")
    os.symlink(tmp_path / "b", tmp_path / "a")
    os.symlink(tmp_path / "a", tmp_path / "b")
    os.mkfifo(tmp_path / "pipe.txt")
    assert unreadable_reason(str(tmp_path / "ok.txt")) is None
    assert unreadable_reason("gs://bucket/a.txt") is None
    assert unreadable_reason(str(tmp_path / "dangling.txt"))[0] == "unreadable"
    reason, detail = unreadable_reason(str(tmp_path / "a"))
    assert reason == "unreadable" and "symbolic links" in detail
    reason, detail = unreadable_reason(str(tmp_path / "pipe.txt"))
    assert reason == "not_regular_file" and detail.startswith("not a regular file (mode p")
    assert unreadable_reason(str(tmp_path))[0] == "not_regular_file"


def test_a_file_gone_or_replaced_between_its_listing_and_its_read_is_rejected_saying_so(tmp_path):
    """fresh13 F8/F1: the read stage opens a file some time after the listing found it. Deleted meanwhile, it
    is one unreadable rejection saying it went ("FileNotFoundError" alone read as a wirewash bug); renamed
    over by another file when its lister gave the identity it listed (--input_file), it is rejected
    replaced_before_read instead of read as the newer file."""
    from wirewash.transforms.io import ParseFileFn

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The first story, deleted before it is read.")
    b.write_text("The story listed under b.txt.")
    (listed_a,) = list_local(str(a))
    (listed_b,) = list_local(str(b))
    st = os.stat(b)
    a.unlink()
    os.replace(b, tmp_path / "b.old")  # kept, so its inode is not reused by the new b.txt
    (tmp_path / "b.txt").write_text("Another story, renamed over b.txt after the listing.")
    fn = ParseFileFn(ReadConfig(files=((str(b), f"{st.st_dev}:{st.st_ino}"),)))
    fn.start_bundle()
    (gone,) = fn._items(listed_a)
    assert (gone.reason, gone.detail.split(":")[0]) == ("unreadable", "gone before it was read (deleted or renamed after it was listed)")
    assert unreadable_reason(str(a)) == (gone.reason, gone.detail)
    (replaced,) = fn._items(listed_b)
    assert replaced.reason == "replaced_before_read"
    assert replaced.detail.startswith(f"replaced after it was listed (file {st.st_dev}:{st.st_ino}, now ")
    # Without the listed identity (a batch run's own listing) the file is read as it now is.
    fn = ParseFileFn(ReadConfig())
    fn.start_bundle()
    (doc,) = fn._items(listed_b)
    assert doc.text == "Another story, renamed over b.txt after the listing."


def test_listing_finds_dangling_links_and_directory_loops_end(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "ok.txt").write_text("fine")
    os.symlink(tmp_path / "nowhere", tmp_path / "sub" / "dangling.txt")
    os.symlink(tmp_path / "ok.txt", tmp_path / "good-link.txt")
    (tmp_path / "ok.txt").write_text("fine")
    os.symlink(tmp_path, tmp_path / "sub" / "loop")  # a directory loop: not followed, reported
    os.symlink(tmp_path / "y", tmp_path / "x")
    os.symlink(tmp_path / "x", tmp_path / "y")
    found = {os.path.relpath(i.source, tmp_path): i.problem for i in list_local(f"{tmp_path}/**")}
    assert sorted(found) == ["good-link.txt", "ok.txt", "sub/dangling.txt", "sub/loop", "sub/ok.txt", "x", "y"]
    reason, detail = found["sub/loop"]
    assert reason == "symlink_to_directory" and detail.startswith(f"a symlink to a directory ({tmp_path}): ")
    assert detail.endswith(f"give it as an --input of its own ({tmp_path}/sub/loop/), or --exclude it")
    assert unreadable_reason(str(tmp_path / "sub" / "loop")) == found["sub/loop"]
    # The stat in the reader finds the dangling and looping links.
    assert [unreadable_reason(str(tmp_path / n))[0] for n in ("sub/dangling.txt", "x")] == ["unreadable"] * 2


def test_a_link_to_a_folder_says_what_it_is_and_is_read_when_given_as_an_input(tmp_path):
    """``latest -> day3``, a common dataset layout: not followed inside the input (it was ``not_regular_file``,
    which sent people looking for a device), read when named."""
    (tmp_path / "day3").mkdir()
    (tmp_path / "day3" / "a.txt").write_text("story")
    os.symlink("day3", tmp_path / "latest")
    found = {os.path.relpath(i.source, tmp_path): i.problem for i in list_local(f"{tmp_path}/**")}
    assert found == {"day3/a.txt": None, "latest": (
        "symlink_to_directory",
        "a symlink to a directory (day3): links inside an input folder are not followed, so a link loop or a "
        "link out of the folder is never read; to read it, give it as an --input of its own "
        f"({tmp_path}/latest/), or --exclude it")}
    named = [os.path.relpath(i.source, tmp_path)
             for pattern in expand_input(f"{tmp_path}/latest/") for i in list_local(pattern)]
    assert named == ["latest/a.txt"]


# --- words in scripts without spaces ------------------------------------------------------------------------


def test_count_words():
    assert count_words("Astana voted on Sunday.") == 4
    assert count_words("哈萨克斯坦执政党") == 4
    assert count_words("Reuters 报道 哈萨克斯坦执政党 won") == 2 + 1 + 4
    assert count_words("Правящая партия победила") == 3
    assert count_words("") == 0


def test_chinese_article_is_kept():
    text = (
        "哈萨克斯坦执政党在周日举行的议会选举中赢得了压倒性多数席位。\n\n"
        "中央选举委员会周一表示，投票率为百分之五十四。观察人士说，选举组织得很有效率，但缺乏真正的竞争。\n"
    )
    counts, inc = dict_counter()
    article = to_article(RawDoc("zh", "zh.txt", text), CleanConfig(), inc)
    assert counts == {"clean:article": 1}
    assert "投票率为百分之五十四" in article.text


def test_jsonl_text_of_only_control_characters_has_no_text():
    # Found by the fuzz test: the emptiness check ran before control characters were removed.
    items, counts = parse("c.jsonl", io.BytesIO(b'{"text": "\\b\\u0000"}'))
    assert counts == {"read:rejected:no_text_field": 1}
