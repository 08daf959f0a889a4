"""Shingles (script-aware), signatures (checked against datasketch), band keys, Jaccard and the LSH math."""
from __future__ import annotations

import dataclasses
import datetime
import json
import pickle
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash
from datasketch.lsh import _optimal_param
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import chinese_reprint
from wirewash.transforms.core import minhash
from wirewash.transforms.core.article import count_words
from wirewash.transforms.core.minhash import (
    MAX_HASH,
    MinhashConfig,
    band_keys,
    cased_words,
    optimal_bands_rows,
    shingle_hashes,
    signature,
    tokens,
    word_hashes,
)
from wirewash.transforms.core.schema import Article
from wirewash.transforms.core.verify import Evidence, VerifyConfig, jaccard, record, sets

ROOT = Path(__file__).resolve().parent.parent

TEXTS = [
    "Kazakhstan’s ruling party won a commanding majority in Sunday’s parliamentary election.",
    "President Kassym-Jomart Tokayev called the snap vote after deadly unrest in January 2022.",
    "Turnout was 54%, the central election commission said — lower than in previous ballots.",
    "one",
    "a b",
]


def datasketch_signature(hashes: np.ndarray, num_perm: int, seed: int) -> np.ndarray:
    m = MinHash(num_perm=num_perm, seed=seed, hashfunc=int)
    m.update_batch(hashes.tolist())
    return m.hashvalues


@pytest.mark.parametrize("seed", [1, 7, 42])
@pytest.mark.parametrize("text", TEXTS)
def test_signature_equals_datasketch(text, seed):
    hashes = shingle_hashes(text, 3)
    ours = signature(hashes, 128, seed)
    assert ours.dtype == np.uint32 and ours.shape == (128,)
    np.testing.assert_array_equal(ours, datasketch_signature(hashes, 128, seed))


@settings(max_examples=60, deadline=None)
@given(
    values=st.lists(st.integers(min_value=0, max_value=(1 << 32) - 1), min_size=1, max_size=300, unique=True),
    seed=st.integers(min_value=0, max_value=1000),
    num_perm=st.sampled_from([2, 16, 64, 128]),
)
def test_signature_equals_datasketch_on_random_hashes(values, seed, num_perm):
    hashes = np.array(sorted(values), dtype=np.uint32)
    np.testing.assert_array_equal(signature(hashes, num_perm, seed), datasketch_signature(hashes, num_perm, seed))


@settings(max_examples=40, deadline=None)
@given(
    a=st.sets(st.sampled_from([f"w{i}" for i in range(60)]), min_size=1, max_size=40),
    b=st.sets(st.sampled_from([f"w{i}" for i in range(60)]), min_size=1, max_size=40),
)
def test_signature_agreement_estimates_jaccard(a, b):
    ha, hb = shingle_hashes(" ".join(sorted(a)), 1), shingle_hashes(" ".join(sorted(b)), 1)
    exact = len(a & b) / len(a | b)
    assert jaccard(ha, hb) == pytest.approx(exact)
    estimate = float(np.mean(signature(ha, 128, 1) == signature(hb, 128, 1)))
    assert abs(estimate - exact) <= 0.25


def test_empty_text():
    for text in ("", "   ", "—, ... !!"):
        hashes = shingle_hashes(text, 3)
        assert hashes.dtype == np.uint32 and hashes.size == 0
        sig = signature(hashes, 128, 1)
        assert sig.dtype == np.uint32 and np.all(sig == MAX_HASH) and int(sig[0]) == 0xFFFFFFFF
    np.testing.assert_array_equal(signature(shingle_hashes("", 3), 16, 1), MinHash(num_perm=16).hashvalues)


def test_tokens_fold_quotes_case_and_nfkc():
    assert tokens("Tokayev’s") == tokens("tokayev's") == ["tokayev's"]
    assert tokens("“Quoted” ‘words’") == ["quoted", "words"]
    assert tokens("ＦＵＬＬwidth ﬁne") == ["fullwidth", "fine"]  # NFKC: fullwidth letters, fi ligature
    assert tokens("STRASSE Straße") == ["strasse", "strasse"]  # casefold, not lower
    assert tokens("state-run, 54% (ok)") == ["state", "run", "54", "ok"]
    assert tokens("rock 'n' roll") == ["rock", "n", "roll"]


def _fullwidth(text: str) -> str:
    """``text`` with its ASCII letters, digits and punctuation in their fullwidth forms, spaces ideographic."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in text)


@pytest.mark.parametrize("copy", [
    _fullwidth,
    # Romanian's comma-below letters, and the cedilla forms legacy code pages and keyboards put in their place.
    lambda text: text.replace("ș", "ş").replace("ț", "ţ").replace("Ș", "Ş"),
], ids=["fullwidth", "romanian-cedilla"])
def test_a_copy_in_compatibility_or_legacy_forms_is_a_duplicate(copy):
    """A CJK site's fullwidth copy of a story, and a Romanian story spelt with ş ţ, share every shingle and band
    with the original (the Romanian one shared 3 of 42 bands, Jaccard 0.32, before ş ţ were folded)."""
    from wirewash.transforms.core.verify import verify

    text = ("Guvernul de la București a anunțat luni că alegerile parlamentare vor avea loc în toamnă, pe 26 "
            "octombrie 2025. Potrivit sondajului, majoritatea cetățenilor susțin schimbările propuse de coaliția "
            "de guvernare. Ștefan Popescu, purtătorul de cuvânt, a spus că opoziția cere un referendum.")
    cfg = MinhashConfig()
    a, b = minhash.sign("a", text, cfg), minhash.sign("b", copy(text), cfg)
    assert copy(text) != text and a.band_keys == b.band_keys
    assert verify(a.evidence, b.evidence, VerifyConfig()).reason == "duplicate"


def test_shingles_are_sorted_unique_and_order_sensitive():
    abc, cba = shingle_hashes("a b c", 3), shingle_hashes("c b a", 3)
    assert abc.size == cba.size == 1 and abc[0] != cba[0]
    # Order does not matter for single-word shingles.
    np.testing.assert_array_equal(shingle_hashes("a b c", 1), shingle_hashes("c b a", 1))
    h = shingle_hashes("the cat sat on the cat sat on the mat", 3)
    assert h.size == 5  # 8 windows; "the cat sat", "cat sat on", "sat on the" repeat
    assert np.all(np.diff(h.astype(np.int64)) > 0)
    # Fewer words than the shingle size: one shingle, the whole text.
    assert shingle_hashes("two words", 5).size == 1
    assert shingle_hashes("two words", 5)[0] != shingle_hashes("two", 5)[0]
    # Normalisation reaches the hashes.
    np.testing.assert_array_equal(shingle_hashes("Tokayev’s Party WON", 2), shingle_hashes("tokayev's party won", 2))


def test_shingle_hashes_are_the_same_in_another_process():
    code = (
        "import json; from transforms.core.minhash import shingle_hashes; "
        f"print(json.dumps([shingle_hashes(t, 3).tolist() for t in {TEXTS!r}]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
        env={"PYTHONHASHSEED": "12345", "PATH": "/usr/bin:/bin"},
    ).stdout
    assert json.loads(out) == [shingle_hashes(t, 3).tolist() for t in TEXTS]


def test_band_keys():
    sig = signature(shingle_hashes(TEXTS[0], 3), 128, 1)
    keys = band_keys(sig, 42, 3)
    assert len(keys) == 42 and all(isinstance(k, bytes) and len(k) == 2 + 3 * 4 for k in keys)
    assert [int.from_bytes(k[:2], "big") for k in keys] == list(range(42))
    assert keys[5][2:] == sig[15:18].astype(">u4").tobytes()
    assert band_keys(sig.copy(), 42, 3) == keys
    # Equal rows in different bands still give different keys (the band index prefix).
    flat = np.full(128, 7, dtype=np.uint32)
    flat_keys = band_keys(flat, 10, 4)
    assert len(set(flat_keys)) == 10 and len({k[2:] for k in flat_keys}) == 1
    # A change in one row changes exactly that band's key.
    other = sig.copy()
    other[16] ^= 1
    changed = [i for i, (x, y) in enumerate(zip(keys, band_keys(other, 42, 3))) if x != y]
    assert changed == [5]


def test_jaccard_exact():
    a = np.array([1, 2, 3, 4], dtype=np.uint32)
    b = np.array([3, 4, 5, 6], dtype=np.uint32)
    assert jaccard(a, b) == pytest.approx(2 / 6)
    assert jaccard(a, a) == 1.0
    assert jaccard(a, np.array([9], dtype=np.uint32)) == 0.0
    assert jaccard(a, np.empty(0, dtype=np.uint32)) == 0.0
    assert jaccard(np.empty(0, dtype=np.uint32), np.empty(0, dtype=np.uint32)) == 1.0
    assert jaccard(a, b) == jaccard(b, a)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"bands": 43, "rows": 3}, "exceeds num_perm"),
        ({"shingle_size": 0}, "shingle_size"),
        ({"num_perm": 1, "bands": 1, "rows": 1}, "num_perm"),
        ({"bands": 0}, "bands and rows"),
        ({"rows": 0}, "bands and rows"),
    ],
)
def test_minhash_config_validation(kwargs, message):
    with pytest.raises(ValueError, match=message):
        MinhashConfig(**kwargs)


def test_minhash_config_accepts_edges():
    assert MinhashConfig(bands=32, rows=4).bands == 32
    assert MinhashConfig(bands=128, rows=1).rows == 1


def test_candidate_probability_and_midpoint():
    cfg, threshold = MinhashConfig(), VerifyConfig().threshold
    xs = np.linspace(0, 1, 101)
    ps = [cfg.candidate_probability(x) for x in xs]
    assert ps[0] == 0.0 and ps[-1] == 1.0
    assert all(p2 >= p1 for p1, p2 in zip(ps, ps[1:]))
    assert all(p2 > p1 for p1, p2 in zip(ps, ps[1:]) if p2 < 1.0)  # strictly, until it rounds to 1.0
    assert cfg.candidate_probability(0.5) == pytest.approx(1 - (1 - 0.5**3) ** 42)
    assert cfg.s_curve_midpoint() == pytest.approx((1 / 42) ** (1 / 3))
    # The default S-curve sits below the threshold: a pair at the threshold is very likely a candidate.
    assert cfg.s_curve_midpoint() < threshold
    assert cfg.candidate_probability(threshold) > 0.6
    # At the midpoint the curve is roughly at its steepest: about 1 - 1/e for many bands.
    mid = cfg.s_curve_midpoint()
    assert 0.55 < cfg.candidate_probability(mid) < 0.7


@pytest.mark.parametrize("threshold, num_perm", [(0.5, 128), (0.3, 128), (0.8, 64)])
def test_optimal_bands_rows_matches_datasketch(threshold, num_perm):
    assert optimal_bands_rows(threshold, num_perm) == _optimal_param(threshold, num_perm, 0.5, 0.5)


_MASK64 = (1 << 64) - 1


def reference_word_hash(word: str) -> int:
    """word_hashes' definition, with Python ints: fmix64(sum byte_j * POLY^j mod 2^64)."""
    h = 0
    for j, byte in enumerate(word.encode("utf-8")):
        h = (h + byte * pow(0x100000001B3, j, 1 << 64)) & _MASK64
    for shift, mul in ((33, 0xFF51AFD7ED558CCD), (33, 0xC4CEB9FE1A85EC53)):
        h = ((h ^ (h >> shift)) * mul) & _MASK64
    return h ^ (h >> 33)


WORDY = st.lists(
    st.sampled_from(list("ab Z9_'’-.,\n\tééß£€«»ﬁΣ中文\u0301\u00a0") + ["don't", "’s", "''"]), max_size=40
).map("".join)


@settings(max_examples=200, deadline=None)
@given(text=WORDY)
def test_word_hashes_are_the_regex_words_hashed(text):
    # The numpy tokeniser must find exactly tokens()'s words, ASCII or not.
    assert word_hashes(text).tolist() == [reference_word_hash(w) for w in tokens(text)]


@pytest.mark.parametrize(
    "text, words",
    [
        ("It’s £5bn, l’État — «déjà» vu", ["it's", "5bn", "l'état", "déjà", "vu"]),
        ("a''b 'c d' e'f'g", ["a", "b", "c", "d", "e'f'g"]),
        ("ＦＵＬＬ ﬁne", ["full", "fine"]),
    ],
)
def test_word_hashes_known_texts(text, words):
    assert tokens(text) == words
    assert word_hashes(text).tolist() == [reference_word_hash(w) for w in words]


def test_seed_calibration_survives_the_hashing():
    # README's calibration: the rewritten Reuters pair (002/003) is above the 0.3 threshold, the two
    # different Bloomberg articles sharing paragraphs (000/001) below it.
    from wirewash.transforms.core.cleaning import CleanConfig, clean

    def shingles(prefix):
        (path,) = (ROOT / "seeds").glob(f"{prefix}_*.txt")
        return shingle_hashes(clean(path.read_text(encoding="utf-8"), CleanConfig(), lambda _n: None).text, 3)

    s = {p: shingles(p) for p in ("000", "001", "002", "003", "004")}
    assert 0.38 <= jaccard(s["002"], s["003"]) <= 0.48
    assert 0.08 <= jaccard(s["000"], s["001"]) <= 0.18
    threshold = VerifyConfig().threshold
    assert jaccard(s["002"], s["003"]) >= threshold > jaccard(s["000"], s["001"])
    assert max(jaccard(s[x], s["004"]) for x in ("000", "001", "002", "003")) < 0.1


@pytest.mark.parametrize(
    "text, words",
    [
        ("新华社北京电", ["新", "华", "社", "北", "京", "电"]),
        ("東京でiPhone 15を発売", ["東", "京", "で", "iphone", "15", "を", "発", "売"]),
        ("ราคาทอง today", ["ร", "า", "ค", "า", "ท", "อ", "ง", "today"]),
        ("Seoul 서울 시장", ["seoul", "서울", "시장"]),  # Korean is written with spaces: words
    ],
)
def test_unspaced_scripts_are_tokenised_per_character(text, words):
    assert tokens(text) == words
    assert word_hashes(text).tolist() == [reference_word_hash(w) for w in words]


def test_a_chinese_reprint_with_five_one_character_edits_stays_similar():
    original, edited = chinese_reprint()
    assert sum(a != b for a, b in zip(original, edited)) >= 5
    assert jaccard(shingle_hashes(original, 3), shingle_hashes(edited, 3)) > 0.7
    # As whitespace words, each clause is one word, and five edits change most 3-clause shingles.
    clauses = [re.split(r"[，。]", t) for t in (original, edited)]
    grams = [{tuple(c[i : i + 3]) for i in range(len(c) - 2)} for c in clauses]
    assert len(grams[0] & grams[1]) / len(grams[0] | grams[1]) < 0.3


ASCII_WORDY = st.lists(
    st.sampled_from(["The", "the", "Six", "six", "SIXTEEN", "U.S.", "6-1/16", "pct", "However", "A", "I", "Ab", "x2",
                     "ZX81", "don't", "Fed's", "'", "''", " ", "\n", ",", ".", "-", "_", "ninety", "Inc", "é", "’"]),
    max_size=60,
).map(" ".join)


def _same_evidence(a: Evidence, b: Evidence) -> None:
    for f in dataclasses.fields(Evidence):
        x, y = getattr(a, f.name), getattr(b, f.name)
        if isinstance(x, np.ndarray):
            assert x.dtype == y.dtype and x.shape == y.shape and np.array_equal(x, y), f.name
        else:
            assert x == y, f.name


# Words past ASCII: capitals of other scripts, a letter case-folding splits ("İ"), digits of another script,
# characters NFKC changes, a script written without spaces, and ASCII words beside them.
WIDE_WORDY = st.lists(
    st.sampled_from(["Über", "über", "ÜBER", "Zwölf", "İstanbul", "Ǆemal", "Σίγμα", "σ", "٣", "x٣", "Ⅻ", "½",
                     "ﬁnance", "中文", "É", "Éa", "café", "’", "«", "Six", "six", "The", "U.S.", "6-1/16", "Inc",
                     "don't", "Fed's", " ", "\n", ",", "-"]),
    max_size=60,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=ASCII_WORDY | WIDE_WORDY)
def test_words_read_off_code_points_are_the_regex_words_by_the_per_word_rule(text):
    # sign() reads a text's words, their case, digits and listed words off its bytes or code points (word by
    # word only those past ASCII): the distinctive words and their case-folded forms must be exactly those
    # of the regex's words, one Python string each, by the per-word rule.
    words, cased = minhash._words(text, 3), cased_words(text)
    assert words.hashes.tolist() == word_hashes(text).tolist()
    assert words.folded(np.arange(words.starts.size)) == tuple(w.casefold() for w in cased)
    assert words.placed == (len(cased) == len(tokens(text)))
    if words.placed:
        assert record._distinctive(words).tolist() == [i for i, w in enumerate(cased) if record._distinctive_word(w)]


@settings(max_examples=100, deadline=None)
@given(text=WORDY | ASCII_WORDY, title=st.none() | ASCII_WORDY)
def test_evidence_pickles_to_the_same_evidence(text, title):
    # Every shuffle pickles evidence compactly (raw bytes, windows as positions in shingles).
    signed = minhash.sign("d", text, MinhashConfig(), title or None)
    _same_evidence(pickle.loads(pickle.dumps(signed.evidence)), signed.evidence)


@settings(max_examples=100, deadline=None)
@given(text=WORDY | ASCII_WORDY | st.just(""), title=st.none() | ASCII_WORDY)
def test_signed_evidence_packs_the_same_without_checking_its_shingles(text, title):
    # clusters.signed_docs tells packed that a signed text's shingles are its windows' (no sort to check).
    evidence = minhash.sign("d", text, MinhashConfig(), title or None).evidence
    assert record.packed(evidence, derived=True) == record.packed(evidence)


def test_evidence_pickles_windows_that_are_not_shingles_as_they_are():
    e = Evidence(np.array([1, 5], np.uint32), windows=np.array([5, 9, 1], np.uint32))
    _same_evidence(pickle.loads(pickle.dumps(e)), e)
    _same_evidence(pickle.loads(pickle.dumps(Evidence(np.empty(0, np.uint32)))), Evidence(np.empty(0, np.uint32)))


def test_packed_evidence_keeps_what_is_not_rebuilt_and_refuses_what_it_cannot_hold():
    # Shingles that are not the windows' (none at all beside windows), contexts that are no shingles, words
    # past ASCII and lone surrogates, a day and moment of 0: each comes back as it was.
    odd = Evidence(np.empty(0, np.uint32), windows=np.array([5, 9], np.uint32), tokens=("über", "\udc80x", ""),
                   contexts=np.array([[7, record.NO_WINDOW]], np.uint32), published=0, published_at=0, outlet="")
    _same_evidence(record.unpacked(record.packed(odd)), odd)
    with pytest.raises(ValueError, match="NUL"):
        record.packed(dataclasses.replace(odd, title_tokens=("a\0b",)))
    with pytest.raises(TypeError, match="uint32"):
        record.packed(dataclasses.replace(odd, vocabulary=np.array([1, 2])))
    for not_packed in (pickle.dumps(odd), "WWe1", None, b""):
        with pytest.raises(TypeError, match="not packed Evidence"):
            record.unpacked(not_packed)
    with pytest.raises(ValueError, match="header counts"):
        record.unpacked(record.packed(odd) + b"x")


def test_compact_pickle_is_smaller_than_numpy_pickling():
    signed = minhash.sign("d", (ROOT / "seeds" / sorted(p.name for p in (ROOT / "seeds").iterdir())[0]).read_text(
        errors="replace"), MinhashConfig())
    arrays = {f.name: getattr(signed.evidence, f.name) for f in dataclasses.fields(Evidence)}
    assert len(pickle.dumps(signed.evidence)) < 0.9 * len(pickle.dumps(arrays))


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(" \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x00\x07ab.'1"), max_size=40))
def test_ascii_split_count_is_str_split(text):
    # sign() counts an ASCII text's words off the bytes it already read: str.split()'s whitespace exactly
    # (the separators \x1c-\x1f too, not NUL or BEL).
    codes = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    assert minhash.ascii_split_count(codes) == len(text.split()) == count_words(text)


@pytest.mark.parametrize("text", TEXTS + ["", "  lead  and  trail \n", "x\x1cy\x1fz"])
def test_sign_counts_words_as_count_words(text):
    assert minhash.sign("d", text, MinhashConfig()).words == count_words(text)


@settings(max_examples=100, deadline=None)
@given(text=WORDY | ASCII_WORDY, title=ASCII_WORDY | WIDE_WORDY)
def test_a_title_without_windows_gives_the_same_evidence(text, title):
    # sign() skips a title's shingle windows: evidence reads a title's words only.
    words = minhash._words(text, 3)
    shingles = record.sorted_unique(words.windows)
    headline = minhash._words(title, 3, windows=False)
    assert headline.windows.size == 0
    _same_evidence(record.evidence(shingles, words, headline), record.evidence(shingles, words, minhash._words(title, 3)))


@settings(max_examples=200, deadline=None)
@given(values=st.lists(st.integers(0, 40), max_size=60), listed=st.lists(st.integers(0, 40), max_size=30))
def test_scattered_member_is_isin(values, listed):
    # verify() looks a text's windows, in text order, up in the other's shingles: searched sorted, same answer.
    values, listed = np.array(values, dtype=np.uint32), record.sorted_unique(np.array(listed, dtype=np.uint32))
    assert sets.scattered_member(values, listed).tolist() == np.isin(values, listed).tolist()


@settings(max_examples=200, deadline=None)
@given(a=st.lists(st.integers(0, 40), max_size=60), b=st.lists(st.integers(0, 40), max_size=60))
def test_members_is_isin_both_ways(a, b):
    # verify() finds which shingles each text of a pair has of the other's with one search, not two.
    a, b = (record.sorted_unique(np.array(x, dtype=np.uint32)) for x in (a, b))
    found_a, found_b = sets.members(a, b)
    assert found_a.tolist() == np.isin(a, b).tolist()
    assert found_b.tolist() == np.isin(b, a).tolist()


@settings(max_examples=300, deadline=None)
@given(
    words=st.integers(1, 40),
    size=st.integers(1, 4),
    picks=st.lists(st.lists(st.integers(0, 39), max_size=12), max_size=3),
)
def test_run_contexts_are_the_windows_around_each_run(words, size, picks):
    # Each distinctive word's contexts: the shingle ending just before its run, the one starting just after
    # (NO_WINDOW past either end of the text); a run is a group's words at most _RUN_GAP apart.
    n_windows = max(1, words - size + 1)
    windows = np.arange(100, 100 + n_windows, dtype=np.uint32)
    text = record.Words(np.zeros(words, np.uint64), windows, size, "", np.empty(0, np.uint8),
                        np.empty(0, np.int64), np.empty(0, np.int64), "", np.empty(0, np.uint64))
    groups = [np.array(sorted({p for p in g if p < words}), dtype=np.int64) for g in picks]
    at, contexts = record._run_contexts(groups, text)
    expected_at, expected = [], []
    for g in (g.tolist() for g in groups if g.size):
        for i, p in enumerate(g):
            start = i
            while start > 0 and g[start] - g[start - 1] <= record._RUN_GAP:
                start -= 1
            end = i
            while end < len(g) - 1 and g[end + 1] - g[end] <= record._RUN_GAP:
                end += 1
            before, after = g[start] - size, g[end] + 1
            expected_at.append(p)
            expected.append([int(windows[before]) if 0 <= before < n_windows else int(record.NO_WINDOW),
                             int(windows[after]) if after < n_windows else int(record.NO_WINDOW)])
    assert at.tolist() == expected_at
    assert contexts.tolist() == (expected or [])
    assert contexts.dtype == np.uint32 and contexts.shape == (len(expected_at), 2)


@settings(max_examples=60, deadline=None)
@given(
    sets_=st.lists(st.lists(st.integers(min_value=0, max_value=(1 << 32) - 1), max_size=80, unique=True), max_size=12),
    seed=st.integers(min_value=0, max_value=1000),
    num_perm=st.sampled_from([2, 16, 128]),
)
def test_signatures_of_many_sets_are_each_sets_signature(sets_, seed, num_perm):
    # Empty sets anywhere in the batch (first, last, several in a row) are where reduceat's segments go wrong.
    hash_sets = [np.array(sorted(s), dtype=np.uint32) for s in sets_]
    batch = minhash.signatures(hash_sets, num_perm, seed)
    assert batch.shape == (len(hash_sets), num_perm) and batch.dtype == np.uint32
    for hashes, row in zip(hash_sets, batch):
        np.testing.assert_array_equal(row, signature(hashes, num_perm, seed))


def _articles(texts: list[str]) -> list[Article]:
    when = datetime.datetime(2024, 3, 1, 9, 30, tzinfo=datetime.timezone.utc)
    return [
        Article(f"d{i}", "s", text, title=f"Title {i} ’{text[:12]}’" if i % 3 else None,
                published=when.date() if i % 2 else None, published_at=when if i % 4 == 1 else None,
                publisher="Reuters" if i % 5 == 0 else None, url=f"https://example.com/{i}" if i % 7 == 0 else None)
        for i, text in enumerate(texts)
    ]


def _same_signed(a: minhash.Signed, b: minhash.Signed) -> None:
    assert (a.doc_id, a.band_keys, a.words) == (b.doc_id, b.band_keys, b.words)
    _same_evidence(a.evidence, b.evidence)


def test_sign_articles_is_sign_article_of_each():
    seeds = [p.read_text() for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts = [*seeds, *TEXTS, "", "   ", "—, ... !!", *chinese_reprint(), "Ünïcödé straße ﬁnal « quoted » £5 €6",
             "ok", seeds[0][: len(seeds[0]) // 2], "\x00\ud800 lone surrogate"]
    articles = _articles(texts * 3)  # more than one batch's worth of short and long texts, mixed
    cfg = MinhashConfig()
    for batched, article in zip(minhash.sign_articles(articles, cfg), articles, strict=True):
        _same_signed(batched, minhash.sign_article(article, cfg))
    assert minhash.sign_articles([], cfg) == []


@settings(max_examples=100, deadline=None)
@given(texts=st.lists(st.none() | WIDE_WORDY | ASCII_WORDY | st.just("İstanbul 6 Six") | st.just(""), max_size=8),
       size=st.integers(1, 4), windows=st.booleans())
def test_words_of_a_batch_are_each_texts_own(texts, size, windows):
    # sign_articles finds the ASCII texts' words in their bytes joined by spaces, and their distinctive words
    # in those joined codes: no word or shingle may reach into the next text, none be lost at a border (a text
    # without words, one shorter than a shingle, one that is all one word).
    batch, joins = minhash._words_of(texts, size, windows=windows)
    assert len(batch) == len(texts)
    for text, words in zip(texts, batch, strict=True):
        if text is None:
            assert words is None
            continue
        alone = minhash._words(text, size, windows=windows)
        for f in dataclasses.fields(alone):
            x, y = getattr(words, f.name), getattr(alone, f.name)
            if isinstance(x, np.ndarray):
                assert x.dtype == y.dtype and np.array_equal(x, y), f.name
            else:
                assert x == y, f.name
    for words, at in zip(batch, record.distinctive(batch, joins), strict=True):
        if words is None or not words.placed:
            assert at is None
        else:
            assert at.tolist() == record._distinctive(words).tolist()


@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(["The", "Six", "6-1/16", "don't", "U.S.", "\ufffd", "£5", "©", "«", "»", "½",
                                      "\u0345", "\u00a0", "Ⓐ", "\u0301", "é", " ", "\n", ","]), max_size=40).map(" ".join))
def test_a_text_whose_only_characters_past_ascii_are_no_words_has_the_words_of_code_points(text):
    # Such a text's words are read off its bytes as an ASCII text's: the same Words as read off its code points.
    cased = minhash._cased(text)
    spaced, narrow = minhash._spaced_form(cased)
    if not narrow:
        return
    words, wide = minhash._words(text, 3), minhash._wide_words(cased, spaced, 3, True)
    assert words.codes.dtype == np.uint8 and words.codes.tolist() == wide.codes.tolist()
    for f in dataclasses.fields(words):
        x, y = getattr(words, f.name), getattr(wide, f.name)
        if f.name != "codes":
            assert (np.array_equal(x, y) and x.dtype == y.dtype) if isinstance(x, np.ndarray) else x == y, f.name
    assert record._distinctive(words).tolist() == record._distinctive(wide).tolist()


def test_words_of_many_texts_join_them_in_runs_that_fit_the_power_table():
    # Texts past the power table's bytes start a new run; a longer text is a run of its own.
    texts = ["Six Fed words 6-1/16. " * 700, "The U.S. pct ninety. " * 1_500, "Ab " * 30_000, None, "Zwölf Über",
             "Inc x2"]
    batch, joins = minhash._words_of(texts, 3)
    assert [run for run, _joined in joins] == [[0, 1], [2], [5]]
    for text, words, at in zip(texts, batch, record.distinctive(batch, joins), strict=True):
        if text is not None:
            alone = minhash._words(text, 3)
            assert np.array_equal(words.hashes, alone.hashes) and np.array_equal(words.windows, alone.windows)
            assert at.tolist() == record._distinctive(alone).tolist()


@settings(max_examples=40, deadline=None)
@given(texts=st.lists(WORDY | ASCII_WORDY, max_size=8))
def test_sign_articles_is_sign_article_of_each_on_any_texts(texts):
    articles, cfg = _articles(texts), MinhashConfig(shingle_size=2, num_perm=16, bands=5, rows=3)
    for batched, article in zip(minhash.sign_articles(articles, cfg), articles, strict=True):
        _same_signed(batched, minhash.sign_article(article, cfg))


@settings(max_examples=200, deadline=None)
@given(values=st.lists(st.integers(0, 40), max_size=60))
def test_ranked_is_unique_with_inverse(values):
    # A text's windows' positions among its shingles come from one sort of the windows (Evidence.window_slots).
    values = np.array(values, dtype=np.uint32)
    distinct, at = sets.ranked(values)
    expected, inverse = np.unique(values, return_inverse=True)
    assert distinct.dtype == values.dtype
    assert distinct.tolist() == expected.tolist() == sets.sorted_unique(values).tolist()
    assert at.tolist() == inverse.tolist()
