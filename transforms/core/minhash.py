"""Shingles, MinHash signatures, LSH band keys and the threshold math, in one place.

Signatures use datasketch's default ``affine32`` scheme (same seed -> same ``a``/``b`` parameters, same
32-bit values), applied to all shingles of a document at once with numpy instead of one shingle per call.
``tests/test_minhash.py`` checks the values are identical to ``datasketch.MinHash`` fed the same hashes.
"""
from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from wirewash.transforms.core.article import count_words
from wirewash.transforms.core.schema import Article
from wirewash.transforms.core.verify import Evidence, Words, evidence, sorted_unique
from wirewash.transforms.core.verify.record import distinctive, outlet

MAX_HASH = np.uint32((1 << 32) - 1)
_GOLDEN64 = np.uint64(0x9E3779B97F4A7C15)

# Curly quotes and dashes vary between outlets copying the same wire story; fold them before tokenising. So do
# Romanian's ș and ț (comma below) and the ş and ţ (cedilla) that code pages and keyboards without them put in
# their place: a copy of a story in either spelling had a Jaccard of 0.32 with the other (NFKC keeps both).
# str.replace per pair: str.translate with a dict costs ~50 ns per character, the whole budget of a document.
_FOLD = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"),
         ("ş", "ș"), ("ţ", "ț"), ("Ş", "Ș"), ("Ţ", "Ț"))
# Words are found by numpy over UTF-8 bytes: ASCII word bytes are [0-9A-Za-z_] (\w for ASCII) and every
# byte >= 0x80 belongs to a word once the non-ASCII characters that are not \w have been made spaces.
_WORD_BYTE = np.zeros(256, dtype=bool)
_WORD_BYTE[[ord(c) for c in "0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"]] = True
_WORD_BYTE[0x80:] = True
_NON_ASCII_NON_WORD = re.compile(r"[^\x00-\x7f\w]")
# Scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar): each character is a
# token, so shingles over them are character n-grams; a run of them would otherwise be one "word" per clause
# and a one-character edit would change the whole clause.
_UNSPACED = (
    "\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
)
_UNSPACED_RE = re.compile(f"[{_UNSPACED}]")
_WORD_RE = re.compile(f"(?=\\w)[{_UNSPACED}]|(?:(?![{_UNSPACED}])\\w)+(?:'(?:(?![{_UNSPACED}])\\w)+)*")
_APOSTROPHE = ord("'")
# The ASCII characters str.split() splits on: \t \n \v \f \r, the file/group/record/unit separators, space.
_SPLIT_BYTE = np.zeros(256, dtype=bool)
_SPLIT_BYTE[[*range(0x09, 0x0E), *range(0x1C, 0x21)]] = True
_ASCII_LOWER = np.arange(256, dtype=np.uint8)
_ASCII_LOWER[ord("A") : ord("Z") + 1] += ord("a") - ord("A")
# Polynomial word hash base (odd, so invertible mod 2^64) and its inverse.
_POLY = 0x100000001B3
_POLY_INV = pow(_POLY, -1, 1 << 64)


@dataclass(frozen=True)
class MinhashConfig:
    """Shingling and LSH settings: what an index is only valid for (``transforms.core.index.settings``).

    ``bands`` x ``rows`` place the LSH S-curve (``candidate_probability``) below the verification
    threshold (``VerifyConfig.threshold``) so that rewritten copies near it still become candidates.
    """

    shingle_size: int = 3
    num_perm: int = 128
    bands: int = 42
    rows: int = 3
    seed: int = 1

    def __post_init__(self) -> None:
        if self.shingle_size < 1:
            raise ValueError(f"shingle_size must be >= 1, got {self.shingle_size}")
        if self.num_perm < 2:
            raise ValueError(f"num_perm must be >= 2, got {self.num_perm}")
        if self.bands < 1 or self.rows < 1:
            raise ValueError(f"bands and rows must be >= 1, got {self.bands} x {self.rows}")
        if not 0 <= self.seed < 2**32:  # numpy's RandomState, which draws the permutations, takes no other
            raise ValueError(f"seed must be between 0 and 2**32 - 1, got {self.seed}")
        if self.bands * self.rows > self.num_perm:
            raise ValueError(
                f"bands x rows = {self.bands * self.rows} exceeds num_perm = {self.num_perm}"
            )

    def candidate_probability(self, similarity: float) -> float:
        """Probability that a pair with this Jaccard similarity shares at least one band (the S-curve)."""
        return 1.0 - (1.0 - similarity**self.rows) ** self.bands

    def s_curve_midpoint(self) -> float:
        """The similarity where the S-curve is steepest, about (1/bands)^(1/rows)."""
        return (1.0 / self.bands) ** (1.0 / self.rows)


def _cased(text: str) -> str:
    """NFKC, curly quotes, dashes and Romanian's cedilla forms folded (``_FOLD``): the text ``tokens`` finds
    words in, before case-folding."""
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        for curly, plain in _FOLD:
            text = text.replace(curly, plain)
    return text


def _normalise(text: str) -> str:
    return _cased(text).casefold()


def tokens(text: str) -> list[str]:
    """Normalised words: NFKC, case-folded, quotes, dashes and ş ţ folded (``_FOLD``), punctuation dropped; each
    character of a script written without spaces (Chinese, Japanese, Thai, ...) is a word of its own."""
    return _WORD_RE.findall(_normalise(text))


def word_hashes(text: str) -> np.ndarray:
    """64-bit hashes of ``tokens(text)``, in order; a function of each word's UTF-8 bytes only.

    The same words as the regex, found by numpy without building a Python string per word.
    """
    return _normalised_word_hashes(_normalise(text))


def _normalised_word_hashes(norm: str) -> np.ndarray:
    buf = np.frombuffer(_spaced(norm).encode("utf-8"), dtype=np.uint8)
    in_word = _in_word(buf)
    return _run_hashes(buf, in_word, _run_edges(in_word)[0])


def _spaced(text: str) -> str:
    """``text`` with the same words as ``_WORD_RE`` finds, each now a run of word bytes (``_in_word``): the
    non-ASCII characters that are not word characters made spaces (one non-word character for another leaves
    the regex's words unchanged), each character of a script written without spaces set apart."""
    if text.isascii():
        return text
    text = _NON_ASCII_NON_WORD.sub(" ", text)
    if _UNSPACED_RE.search(text):
        text = _UNSPACED_RE.sub(r" \g<0> ", text)
    return text


def _in_word(codes: np.ndarray) -> np.ndarray:
    """Which of a ``_spaced`` text's UTF-8 bytes (uint8) or code points (uint32) are in a word."""
    # take(), not indexing: an index array of bytes is first converted to intp (twice the time on a document).
    in_word = _WORD_BYTE.take(codes if codes.dtype == np.uint8 else np.minimum(codes, 0xFF))
    # An apostrophe is inside a word only between two word characters (the regex's \w+(?:'\w+)*).
    in_word[1:-1] |= (codes[1:-1] == _APOSTROPHE) & in_word[:-2] & in_word[2:]
    return in_word


def _run_edges(in_word: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start and end (excluded) positions of each maximal run of ``in_word``."""
    padded = np.zeros(in_word.size + 2, dtype=bool)
    padded[1:-1] = in_word
    # .nonzero()[0], not np.flatnonzero: the same on a 1-d array without its Python wrapper (a few us per call).
    edges = (padded[1:] != padded[:-1]).nonzero()[0]
    return edges[::2], edges[1::2]


# Texts up to this many bytes take their powers of _POLY from one table computed once per process.
_POWER_TABLE = 1 << 16


@functools.lru_cache(maxsize=1)
def _power_table() -> tuple[np.ndarray, np.ndarray]:
    """``_POLY`` and ``_POLY_INV`` to the powers 0 .. _POWER_TABLE - 1, mod 2^64 (read-only)."""
    tables = _power_series(_POWER_TABLE, _POLY), _power_series(_POWER_TABLE, _POLY_INV)
    for table in tables:
        table.flags.writeable = False
    return tables


def _power_series(n: int, base: int) -> np.ndarray:
    powers = np.full(n, base, dtype=np.uint64)
    powers[0] = 1
    return np.cumprod(powers)


def _run_hashes(buf: np.ndarray, in_word: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """One hash per maximal run of ``in_word`` bytes (starting at ``starts``): fmix64(sum byte_j * POLY^(j -
    run start)) mod 2^64."""
    if starts.size == 0:
        return np.empty(0, dtype=np.uint64)
    n = buf.size
    if n <= _POWER_TABLE:
        powers, inv_powers = (table[:n] for table in _power_table())
    else:
        powers, inv_powers = _power_series(n, _POLY), _power_series(n, _POLY_INV)
    # Bytes between runs are zero terms, so each reduceat segment sums exactly one run.
    # buf * in_word, not np.where: the same zeros at a quarter of the cost.
    sums = np.add.reduceat(np.multiply(buf * in_word, powers), starts)
    sums *= inv_powers[starts]
    return _fmix64(sums)


def shingle_hashes(text: str, size: int) -> np.ndarray:
    """Sorted unique 32-bit hashes of the word ``size``-grams of ``text`` (fewer words: one shingle)."""
    return sorted_unique(window_hashes(word_hashes(text), size))


def window_hashes(word_h: np.ndarray, size: int) -> np.ndarray:
    """The 32-bit hash of the ``size``-gram starting at each word (one window over fewer words; none over none)."""
    if word_h.size == 0:
        return np.empty(0, dtype=np.uint32)
    n = max(1, len(word_h) - size + 1)
    # An order-sensitive combination of the window: h = (h * K) ^ w from h = 0, with 64-bit wraparound
    # (numpy's integer arrays wrap silently).
    h = word_h[:n].copy()
    for i in range(1, min(size, len(word_h))):
        h *= _GOLDEN64
        h ^= word_h[i : i + n]
    h = _fmix64(h)
    h >>= np.uint64(32)
    return h.astype(np.uint32)


def cased_words(text: str) -> list[str]:
    """``tokens(text)`` before case-folding (same normalisation otherwise): which words are capitalised."""
    return _WORD_RE.findall(_cased(text))


def _words(text: str, shingle_size: int, *, windows: bool = True) -> Words:
    """``Words`` of a text, normalised once, found by numpy: an ASCII text's over its bytes, case and all
    (ASCII case-folding is lowering, byte for byte), as are those of a text ``_spaced_form`` reads as one;
    another's over the code points of its ``_spaced`` form (its hashes from the bytes of that form
    case-folded). ``windows=False``: ``Words.windows`` left empty (a title's: evidence reads its words, never
    its shingles)."""
    cased = _cased(text)
    spaced, narrow = _spaced_form(cased)
    if narrow:
        codes, starts, ends, hashes = _ascii_runs(spaced)
        return Words(hashes, _windows(hashes, shingle_size, windows), shingle_size, spaced, codes, starts, ends,
                     spaced.lower(), hashes)
    return _wide_words(cased, spaced, shingle_size, windows)


def _spaced_form(cased: str) -> tuple[str, bool]:
    """``_spaced(cased)``, and whether its words are read as an ASCII text's: it is ASCII, and case-folding
    keeps each character past ASCII that it made a space (so ``cased.casefold()`` has the same words). A
    text whose only characters past ASCII are marks and symbols ('\ufffd' of a mis-decoded page, "£", "©")
    then costs what an ASCII one does, not 265 us of code points (2,000 NewsArticles: 264 such texts)."""
    if cased.isascii():
        return cased, True
    spaced = _spaced(cased)
    return spaced, spaced.isascii() and all(c.casefold() == c for c in set(_NON_ASCII_NON_WORD.findall(cased)))


def _ascii_runs(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """An ASCII text's bytes (uint8), its words' start and end offsets and their hashes (case-folded)."""
    codes = np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    in_word = _in_word(codes)
    starts, ends = _run_edges(in_word)
    return codes, starts, ends, _run_hashes(_ASCII_LOWER.take(codes), in_word, starts)


def _wide_words(cased: str, spaced: str, shingle_size: int, windows: bool) -> Words:
    codes = np.frombuffer(spaced.encode("utf-32-le"), dtype="<u4")
    in_word = _in_word(codes)
    starts, ends = _run_edges(in_word)
    hashes = _normalised_word_hashes(cased.casefold())
    lowered = codes + ((codes >= ord("A")) & (codes <= ord("Z"))).view(np.uint8) * np.uint32(32)
    return Words(hashes, _windows(hashes, shingle_size, windows), shingle_size, spaced, codes, starts, ends,
                 lowered.astype("<u4").tobytes().decode("utf-32-le"), _run_hashes(lowered, in_word, starts))


def _ascii_words(texts: Sequence[str], shingle_size: int, windows: bool) -> tuple[list[Words], Words]:
    """``Words`` of each ASCII text (a ``_spaced_form``), all found by one pass of numpy over their bytes
    joined by spaces (no word runs across one), and that joined text's own ``Words`` (its ``windows`` empty)
    for ``record.distinctive``. Each text's arrays are slices of the joined ones; its ``windows`` a copy (an
    Evidence keeps them, and would otherwise keep the whole batch's)."""
    joined = " ".join(texts)
    codes, starts, ends, hashes = _ascii_runs(joined)
    lowered = joined.lower()
    offsets = np.fromiter(map(len, texts), dtype=np.intp, count=len(texts)).cumsum() + np.arange(len(texts))
    offsets = [0, *(offsets[:-1] + 1).tolist()]
    cuts = [*starts.searchsorted(offsets).tolist(), starts.size]
    # Windows over the joined words: those starting in a text's last shingle_size - 1 words run into the next.
    joined_windows = window_hashes(hashes, shingle_size) if windows else None
    found = []
    for text, at, first, end in zip(texts, offsets, cuts, cuts[1:]):
        text_hashes = hashes[first:end]
        if not windows:
            text_windows = np.empty(0, dtype=np.uint32)
        elif end - first >= shingle_size:
            text_windows = joined_windows[first : end - shingle_size + 1].copy()
        else:
            text_windows = window_hashes(text_hashes, shingle_size)
        found.append(Words(text_hashes, text_windows, shingle_size, text, codes[at : at + len(text)],
                           starts[first:end] - at, ends[first:end] - at, lowered[at : at + len(text)], text_hashes))
    joined_words = Words(hashes, np.empty(0, dtype=np.uint32), shingle_size, joined, codes, starts, ends, lowered,
                         hashes)
    return found, joined_words


def _words_of(texts: Sequence[str | None], shingle_size: int, *, windows: bool = True
              ) -> tuple[list[Words | None], list[tuple[list[int], Words]]]:
    """``_words`` of each text (None for None), those read as ASCII (``_spaced_form``) found together
    (``_ascii_words``) in runs of up to ``_POWER_TABLE`` bytes (one of a few runs' arrays stays in cache, a
    whole batch's does not: twice the time per document); with each run's positions among ``texts`` and
    joined ``Words``, for ``record.distinctive``."""
    cased = [_cased(text) if text is not None else None for text in texts]
    forms = [_spaced_form(text) if text is not None else ("", False) for text in cased]
    found: list[Words | None] = [
        None if text is None or narrow else _wide_words(text, spaced, shingle_size, windows)
        for text, (spaced, narrow) in zip(cased, forms)
    ]
    runs: list[list[int]] = []
    size = _POWER_TABLE
    for i, (spaced, narrow) in enumerate(forms):
        if cased[i] is None or not narrow:
            continue
        if size + len(spaced) >= _POWER_TABLE:
            runs.append([])
            size = 0
        runs[-1].append(i)
        size += len(spaced) + 1
    joins = []
    for run in runs:
        run_words, joined = _ascii_words([forms[i][0] for i in run], shingle_size, windows)
        for i, words in zip(run, run_words):
            found[i] = words
        joins.append((run, joined))
    return found, joins


def ascii_split_count(codes: np.ndarray) -> int:
    """``len(text.split())`` of an ASCII text given as its bytes (uint8), by numpy over the bytes ``_words``
    already read instead of a Python string per word."""
    if codes.size == 0:
        return 0
    gap = _SPLIT_BYTE.take(codes)
    # A word starts at a non-space byte that opens the text or follows a space.
    return int(np.count_nonzero(gap[:-1] & ~gap[1:])) + int(not gap[0])


def _windows(hashes: np.ndarray, shingle_size: int, wanted: bool) -> np.ndarray:
    return window_hashes(hashes, shingle_size) if wanted else np.empty(0, dtype=np.uint32)


def _fmix64(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser: spreads a weak hash over all bits (a new array; numpy's integer
    arrays wrap silently)."""
    h = h ^ (h >> np.uint64(33))
    h *= np.uint64(0xFF51AFD7ED558CCD)
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xC4CEB9FE1A85EC53)
    h ^= h >> np.uint64(33)
    return h


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser, datasketch's pre-mix for its ``affine32`` scheme."""
    with np.errstate(over="ignore"):
        h = h ^ (h >> np.uint32(16))
        h = h * np.uint32(0x85EBCA6B)
        h = h ^ (h >> np.uint32(13))
        h = h * np.uint32(0xC2B2AE35)
        return h ^ (h >> np.uint32(16))


@functools.lru_cache(maxsize=8)
def permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's ``affine32`` permutation parameters for this seed (odd ``a``: each is a bijection)."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def signature(hashes: np.ndarray, num_perm: int, seed: int) -> np.ndarray:
    """MinHash signature (``num_perm`` uint32) of a set of 32-bit shingle hashes, all shingles at once.

    Equal to ``datasketch.MinHash(num_perm, seed)`` (default ``affine32`` scheme) fed the same hashes.
    """
    if hashes.size == 0:
        return np.full(num_perm, MAX_HASH, dtype=np.uint32)
    a, b = permutations(num_perm, seed)
    with np.errstate(over="ignore"):
        # uint32 wraparound is the modulo 2^32 of datasketch's affine permutation. One row per permutation,
        # so each min runs over contiguous memory.
        phv = a[:, None] * _fmix32(hashes.astype(np.uint32))[None, :]
        phv += b[:, None]
    return phv.min(axis=1)


# How many permuted hashes ``signatures`` computes at once (256 kB of uint32): a block that stays in cache.
_BLOCK = 1 << 16


def signatures(hash_sets: Sequence[np.ndarray], num_perm: int, seed: int) -> np.ndarray:
    """``signature`` of each set of 32-bit shingle hashes, one row per set (``len(hash_sets)`` x ``num_perm``).

    All sets' hashes are concatenated and a block of permutations is applied to all of them at once, the minima
    per set taken by one ``np.minimum.reduceat``: the block stays in cache, where ``signature``'s whole
    ``num_perm`` x shingles matrix of a 3 kB article does not (40% of its time per document in batches of 16
    or more, ``benchmarks/sign_batch.py``)."""
    out = np.full((num_perm, len(hash_sets)), MAX_HASH, dtype=np.uint32)
    filled = [i for i, hashes in enumerate(hash_sets) if hashes.size]
    if not filled:
        return out.T
    # reduceat over an empty segment returns the next element, not the identity: empty sets stay MAX_HASH.
    sizes = np.fromiter((hash_sets[i].size for i in filled), dtype=np.intp, count=len(filled))
    starts = np.zeros(len(filled), dtype=np.intp)
    np.cumsum(sizes[:-1], out=starts[1:])
    mixed = _fmix32(np.concatenate([hash_sets[i] for i in filled]).astype(np.uint32))
    a, b = permutations(num_perm, seed)
    minima = np.empty((num_perm, len(filled)), dtype=np.uint32)
    step = max(1, _BLOCK // mixed.size)
    with np.errstate(over="ignore"):
        for row in range(0, num_perm, step):
            phv = a[row : row + step, None] * mixed[None, :]
            phv += b[row : row + step, None]
            np.minimum.reduceat(phv, starts, axis=1, out=minima[row : row + step])
    out[:, filled] = minima
    return out.T


def band_keys(sig: np.ndarray, bands: int, rows: int) -> list[bytes]:
    """One key per band: band index + that band's rows, as bytes (deterministic for any runner's coder)."""
    raw = sig[: bands * rows].astype(">u4").tobytes()
    width = 4 * rows
    return [prefix + raw[i * width : (i + 1) * width] for i, prefix in enumerate(_band_prefixes(bands))]


@functools.lru_cache(maxsize=8)
def _band_prefixes(bands: int) -> tuple[bytes, ...]:
    return tuple(band.to_bytes(2, "big") for band in range(bands))


def optimal_bands_rows(
    threshold: float, num_perm: int, fp_weight: float = 0.5, fn_weight: float = 0.5, steps: int = 200
) -> tuple[int, int]:
    """The (bands, rows) minimising weighted false-positive + false-negative area, as datasketch does."""

    def area(f, lo: float, hi: float) -> float:
        xs = np.linspace(lo, hi, steps)
        return float(np.trapezoid(f(xs), xs))

    best, best_err = (1, 1), float("inf")
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            fp = area(lambda s: 1 - (1 - s**r) ** b, 0.0, threshold)
            fn = area(lambda s: (1 - s**r) ** b, threshold, 1.0)
            err = fp * fp_weight + fn * fn_weight
            if err < best_err:
                best, best_err = (b, r), err
    return best


@dataclass(frozen=True)
class Signed:
    """What dedup needs of one article: its verification evidence (its ``shingles`` always the sorted unique
    ``windows``: ``verify.packed(derived=True)``), band keys and word count."""

    doc_id: str
    evidence: Evidence
    band_keys: list[bytes]
    words: int


def sign(
    doc_id: str,
    text: str,
    cfg: MinhashConfig,
    title: str | None = None,
    published: datetime.date | None = None,
    *,
    published_at: datetime.datetime | None = None,
    publisher: str | None = None,
    url: str | None = None,
) -> Signed:
    """Everything batch, incremental and streaming dedup compute from one article's text (title, day,
    moment of publication: an aware datetime, ``Article.published_at``; publisher and URL: ``outlet``)."""
    words = _words(text, cfg.shingle_size)
    shingles = sorted_unique(words.windows)
    sig = signature(shingles, cfg.num_perm, cfg.seed)
    return _signed(doc_id, text, words, shingles, sig, cfg, _headline(title, cfg), published, published_at, publisher,
                   url)


def _headline(title: str | None, cfg: MinhashConfig) -> Words | None:
    return _words(title, cfg.shingle_size, windows=False) if title else None


def _signed(
    doc_id: str,
    text: str,
    words: Words,
    shingles: np.ndarray,
    sig: np.ndarray,
    cfg: MinhashConfig,
    headline: Words | None,
    published: datetime.date | None,
    published_at: datetime.datetime | None,
    publisher: str | None,
    url: str | None,
    text_at: np.ndarray | None = None,
    title_at: np.ndarray | None = None,
) -> Signed:
    day = published.toordinal() if published is not None else None
    moment = int(published_at.timestamp()) if published_at is not None else None
    found = evidence(shingles, words, headline, day, moment, outlet(publisher, url), text_at=text_at,
                     title_at=title_at)
    # An ASCII text is its own NFKC form, so ``words.codes`` are its bytes: count_words is len(text.split()).
    count = ascii_split_count(words.codes) if text.isascii() else count_words(text)
    return Signed(doc_id, found, band_keys(sig, cfg.bands, cfg.rows), count)


def sign_article(article: Article, cfg: MinhashConfig) -> Signed:
    """``sign`` of an article, from every column verification reads."""
    return sign(
        article.doc_id, article.text, cfg, article.title, article.published,
        published_at=article.published_at, publisher=article.publisher, url=article.url,
    )


def sign_articles(articles: Sequence[Article], cfg: MinhashConfig) -> list[Signed]:
    """``sign_article`` of each article, their words found together (``_words_of``), so are their signatures
    (``signatures``) and the distinctive words of their texts and of their titles (``distinctive``)."""
    words, joins = _words_of([article.text for article in articles], cfg.shingle_size)
    headlines, title_joins = _words_of([a.title or None for a in articles], cfg.shingle_size, windows=False)
    shingles = [sorted_unique(w.windows) for w in words]
    sigs = signatures(shingles, cfg.num_perm, cfg.seed)
    return [
        _signed(a.doc_id, a.text, w, sh, sig, cfg, h, a.published, a.published_at, a.publisher, a.url, t_at, h_at)
        for a, w, h, sh, sig, t_at, h_at in zip(
            articles, words, headlines, shingles, sigs, distinctive(words, joins),
            distinctive(headlines, title_joins), strict=True
        )
    ]
