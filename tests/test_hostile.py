"""The real pipeline over a hostile corpus mixed with the seeds: nothing crashes, nothing vanishes.

Also: a failed run leaves the earlier output byte-for-byte intact, and the accounting check fails loudly.
"""
from __future__ import annotations

import codecs
import gzip
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to

import pipeline.cli
from conftest import snapshot, table_rows
from pipeline.cli import main, run
from pipeline.report import AccountingError, check_accounting
from transforms import io
from transforms.core.parse import ReadConfig
from transforms.io import ReadDocuments, expand_input

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
MB = 1_000_000

_VOCAB = (
    "election parliament minister market budget river harbour council treaty school hospital railway court "
    "mayor farmers bank energy export inflation coalition reform strike storm museum festival airport police "
    "university contract pipeline steel wheat fishing tourism port factory village province senator union"
).split()


def story(seed: int) -> str:
    """Three paragraphs of plain sentences, different for every seed, so no two stories are near-duplicates."""
    rng = random.Random(seed)
    paragraphs = []
    for _ in range(3):
        sentences = [" ".join(rng.choice(_VOCAB) for _ in range(12)).capitalize() + "." for _ in range(2)]
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs) + "\n"


RUSSIAN = (
    "Правящая партия Казахстана одержала уверенную победу на парламентских выборах в воскресенье.\n\n"
    "Явка составила 54 процента, сообщила центральная избирательная комиссия в понедельник. Наблюдатели "
    "заявили, что выборы были организованы эффективно, но им не хватало реальной конкуренции.\n"
)
CHINESE = (
    "哈萨克斯坦执政党在周日举行的议会选举中赢得了压倒性多数席位。\n\n"
    "中央选举委员会周一表示，投票率为百分之五十四。观察人士说，选举组织得很有效率，但缺乏真正的竞争，"
    "候选人登记也受到限制。\n"
)
ARABIC = (
    "فاز الحزب الحاكم في كازاخستان بأغلبية ساحقة في الانتخابات البرلمانية التي جرت يوم الأحد.\n\n"
    "وقالت لجنة الانتخابات المركزية يوم الاثنين إن نسبة المشاركة بلغت أربعة وخمسين في المئة. وقال المراقبون "
    "إن الانتخابات نظمت بكفاءة لكنها افتقرت إلى منافسة حقيقية بين المرشحين.\n"
)
NAV_ONLY = (
    "<html><head><title>Menu</title></head><body><nav><ul>"
    + "".join(f'<li><a href="/{w}">{w.title()}</a></li>' for w in _VOCAB[:12])
    + "</ul></nav></body></html>"
)
ARTICLE_HTML = (
    "<html><head><title>Harbour reopens</title></head><body><nav><a href='/'>Home</a></nav><article>"
    + "".join(f"<p>{p}</p>" for p in story(99).split("\n\n"))
    + "</article></body></html>"
)

# file name -> what must become of it: "kept" or the rejection reason.
EXPECTED = {
    "invalid-utf8.txt": "kept",
    "latin1.txt": "kept",
    "cp1252.txt": "kept",
    "utf16-bom.txt": "kept",
    "utf16le-nobom.txt": "kept",
    "image.png": "binary",
    "paper.pdf": "binary",
    "random.bin": "binary",
    "empty.txt": "empty",
    "whitespace.txt": "empty",
    "empty.txt.gz": "empty",
    "truncated.txt.gz": "corrupt_gzip",
    "bomb.txt.gz": "too_large",
    "bomb.jsonl.gz": "too_large",
    "huge-200mb.txt": "too_large",
    "mixed.jsonl#1": "kept",
    "mixed.jsonl#2": "malformed_json",
    "mixed.jsonl#3": "too_large",
    "mixed.jsonl#4": "kept",
    "nav-only.html": "no_main_text",  # trafilatura (favor_precision) finds no main text
    "nested-100k.html": "no_main_text",
    "article.html": "kept",
    "controls.txt": "kept",
    "russian.txt": "kept",
    "chinese.txt": "kept",
    "arabic.txt": "kept",
    "name with spaces ñ.txt": "kept",
    "новости 新闻.txt": "kept",
    "dangling.txt": "unreadable",
    "loop-a.txt": "unreadable",
    "loop-b.txt": "unreadable",
    "fifo.txt": "not_regular_file",
}


def build_corpus(d: Path) -> None:
    (d / "sub").mkdir(parents=True)
    w = lambda name, data: (d / name).write_bytes(data)  # noqa: E731
    w("invalid-utf8.txt", story(1).encode().replace(b"market", b"mark\xff\xfet"))
    w("latin1.txt", (story(2) + "Le café est fermé à Genève.\n").encode("latin-1"))
    w("cp1252.txt", (story(3) + "He said \u201cno comment\u201d \u2013 and left.\n").encode("cp1252"))
    w("utf16-bom.txt", codecs.BOM_UTF16_LE + story(4).encode("utf-16-le"))
    w("utf16le-nobom.txt", story(5).encode("utf-16-le"))
    rng = random.Random(5)
    w("image.png", b"\x89PNG\r\n\x1a\n" + rng.randbytes(4000))
    w("paper.pdf", b"%PDF-1.7\n" + rng.randbytes(4000))
    w("random.bin", rng.randbytes(8000))
    w("empty.txt", b"")
    w("whitespace.txt", b"  \n\t \r\n   \n")
    w("empty.txt.gz", b"")
    packed = gzip.compress(story(6).encode() * 20)
    w("truncated.txt.gz", packed[: len(packed) // 2])
    w("bomb.txt.gz", gzip.compress(b"\0" * 60 * MB, compresslevel=1))
    w("bomb.jsonl.gz", gzip.compress(b"\0" * 60 * MB, compresslevel=1))
    with open(d / "huge-200mb.txt", "wb") as f:
        # 6 MB of text, then a sparse hole to 200 MB: the reader must stop at max_doc_bytes (5 MB) either way.
        f.write(story(7).encode() * (6 * MB // len(story(7)) + 1))
        f.truncate(200 * MB)
    with open(d / "mixed.jsonl", "wb") as f:
        f.write(json.dumps({"id": "jsonl-good-1", "text": story(8)}).encode() + b"\n")
        f.write(b'{"text": "malformed\n')
        f.write(b'{"text": "' + b"word " * (10 * MB) + b'"}\n')  # a 50 MB line
        f.write(json.dumps({"text": story(9)}).encode() + b"\n")
    w("nav-only.html", NAV_ONLY.encode())
    w("nested-100k.html", ("<div>" * 100_000 + "deep " * 40 + "</div>" * 100_000).encode())
    w("article.html", ARTICLE_HTML.encode())
    w("controls.txt", ("Coun\x00cil\x07 members met on Monday.\x0b " + story(10)).encode())
    w("russian.txt", RUSSIAN.encode())
    w("chinese.txt", CHINESE.encode())
    w("arabic.txt", ARABIC.encode())
    w("name with spaces ñ.txt", story(11).encode())
    (d / "sub" / "новости 新闻.txt").write_bytes(story(12).encode())
    os.symlink(d / "nowhere", d / "dangling.txt")
    os.symlink(d / "loop-b.txt", d / "loop-a.txt")
    os.symlink(d / "loop-a.txt", d / "loop-b.txt")
    os.symlink(d, d / "sub" / "dir-loop")  # a directory loop: must not hang the listing
    os.mkfifo(d / "fifo.txt")


def _rows(out: Path, name: str) -> list[dict]:
    return table_rows(out, name)


def _key(source: str) -> str:
    return os.path.basename(source)


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("hostile")
    build_corpus(corpus)
    out = tmp_path_factory.mktemp("out")
    report = run(["--input", f"{SEEDS}/*,{corpus}", "--output", str(out)])
    return out, report


def test_every_hostile_input_is_kept_or_rejected_with_its_reason(hostile_run):
    out, report = hostile_run
    outcome = {_key(r["source"]): "kept" for r in _rows(out, "articles") + _rows(out, "duplicates")}
    rejected = {_key(r["source"]): r["reason"] for r in _rows(out, "rejected")}
    assert not set(outcome) & set(rejected)
    outcome.update(rejected)
    seeds = {p.name: "kept" for p in SEEDS.iterdir()}
    assert outcome == {**seeds, **EXPECTED}


def test_hostile_accounting(hostile_run):
    out, report = hostile_run
    n_seeds = len(list(SEEDS.iterdir()))
    n_rejected = sum(1 for v in EXPECTED.values() if v != "kept")
    n_articles = n_seeds + len(EXPECTED) - n_rejected
    assert report["inputs"] == n_seeds + len(EXPECTED)
    # The only near-duplicate is the seeds' one: every hostile story is distinct.
    assert (report["kept"], report["duplicates"], report["rejected"]) == (n_articles - 1, 1, n_rejected)
    assert report["inputs"] == report["kept"] + report["duplicates"] + report["rejected"]
    by_reason: dict[str, int] = {}
    for reason in EXPECTED.values():
        if reason != "kept":
            by_reason[reason] = by_reason.get(reason, 0) + 1
    assert report["rejected_by_reason"] == by_reason
    assert json.loads((out / "report.json").read_text())["accounting"] == report["accounting"]


def test_non_english_text_is_kept_intact(hostile_run):
    out, _ = hostile_run
    texts = {_key(r["source"]): r["text"] for r in _rows(out, "articles")}
    assert "Явка составила 54 процента" in texts["russian.txt"]
    assert "投票率为百分之五十四" in texts["chinese.txt"]
    assert "نسبة المشاركة" in texts["arabic.txt"]
    assert "Council members met on Monday. " in texts["controls.txt"]
    assert "“no comment” –" in texts["cp1252.txt"]


def test_a_failed_run_leaves_the_earlier_output_intact(tmp_path, monkeypatch, capsys, seed_output):
    out = tmp_path / "out"
    shutil.copytree(seed_output[0], out, symlinks=True)
    before = snapshot(out)
    assert "report.json" in before and len(before) >= 8

    # The job itself fails: a reader raises out of the pipeline.
    def broken(*_args, **_kwargs):
        raise RuntimeError("reader bug")

    with monkeypatch.context() as m:
        m.setattr(pipeline.cli, "build", broken)
        assert main(["--input", str(SEEDS), "--output", str(out)]) == 1
    assert "run failed, output left untouched: reader bug" in capsys.readouterr().err
    assert snapshot(out) == before

    # The job succeeds but its counters do not add up: an input that landed nowhere.
    real = pipeline.cli.counters_of

    def one_lost(result):
        counters = real(result)
        counters["read:document"] += 1
        return counters

    monkeypatch.setattr(pipeline.cli, "counters_of", one_lost)
    assert main(["--input", str(SEEDS / "00[01]*"), "--output", str(out)]) == 1
    assert "accounting failed: inputs=3" in capsys.readouterr().err
    assert snapshot(out) == before  # byte for byte, and no run folder left


def test_a_killed_run_leaves_the_earlier_output_and_its_run_folder(tmp_path, seed_output):
    out = tmp_path / "out"
    shutil.copytree(seed_output[0], out, symlinks=True)
    before = snapshot(out)
    current = os.readlink(out / ".current").split("/")[-1]
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "--input", str(SEEDS), "--output", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # Kill it as soon as it has started writing: long before it could switch the output.
        while len(list((out / ".runs").iterdir())) < 2 and proc.poll() is None:
            time.sleep(0.01)
    finally:
        proc.kill()
        proc.wait()
    (killed,) = [p for p in (out / ".runs").iterdir() if p.name != current]
    after = snapshot(out)
    assert {k: v for k, v in after.items() if not k.startswith(f".runs/{killed.name}")} == before


def test_check_accounting_raises_on_a_mismatch():
    ok = {"read:document": 3, "read:rejected:binary": 1, "write:articles": 2, "write:duplicates": 1,
          "write:rejected": 1}
    assert check_accounting(ok) == {"inputs": 4, "kept": 2, "duplicates": 1, "rejected": 1}
    with pytest.raises(AccountingError, match="inputs=4 but kept=2 \\+ duplicates=1 \\+ rejected=0 = 3"):
        check_accounting({**ok, "write:rejected": 0})
    with pytest.raises(AccountingError, match="inputs=5"):
        check_accounting({**ok, "read:rejected:empty": 1})


def test_html_extraction_timeout_in_the_pipeline(tmp_path):
    for name in ("a.html", "b.html"):
        (tmp_path / name).write_text(ARTICLE_HTML)
    # No child answers within a millisecond (starting Python alone takes longer), so every page times out,
    # and each timeout kills the child and the next page gets a fresh one.
    cfg = ReadConfig(html_timeout_s=0.001)
    with test_pipeline.TestPipeline(runner="FnApiRunner") as p:
        read = p | ReadDocuments(expand_input(str(tmp_path)), cfg)
        assert_that(read[io.DOCS], equal_to([]), label="NoDocs")
        assert_that(
            read[io.REJECTED] | "Reasons" >> beam.Map(lambda r: (_key(r.source), r.reason)),
            equal_to([("a.html", "extraction_timeout"), ("b.html", "extraction_timeout")]),
            label="TimedOut",
        )
