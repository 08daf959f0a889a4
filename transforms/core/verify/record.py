"""What verification keeps of one text: the ``Evidence`` record, built by ``evidence`` from the text's
``Words`` (``minhash.sign`` calls it), and packed into one bytes object for shuffles and Beam state
(``packed``, ``unpacked``)."""
from __future__ import annotations

import functools
import re
import struct
from collections.abc import Sequence
from urllib.parse import urlsplit
from dataclasses import dataclass, field

import numpy as np

from wirewash.transforms.core.verify.sets import member, ranked, sorted_unique
from wirewash.transforms.core.verify.vocabulary import FUNCTION_WORDS, NUMBER_WORDS, SESSIONS, listed_hashes

_DIGIT = re.compile(r"\d")
# Distinctive words this many words apart or fewer fill the slots of one template passage.
_RUN_GAP = 3
# A context window that does not exist (a token at the very start or end of a text).
NO_WINDOW = np.uint32(0xFFFFFFFF)
# Odd 64-bit multiplier (golden ratio) mixing a slot's key with a word's hash.
_GOLDEN64 = np.uint64(0x9E3779B97F4A7C15)


class _Derived:
    """A property of a record computed on its first use and kept in the record's ``__dict__``, where the next
    lookup finds it before this descriptor: ``functools.cached_property`` without its lock, which costs 1-2 us
    a first use on Python 3.11 (a dozen a pair verified)."""

    def __init__(self, compute) -> None:
        self._compute = compute
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self._name = name

    def __get__(self, record, owner=None):
        if record is None:
            return self
        value = record.__dict__[self._name] = self._compute(record)
        return value


@dataclass(frozen=True)
class Evidence:
    """What verification needs of one text; built by ``minhash.sign``, stored in the index.

    ``shingles``: sorted unique uint32 shingle hashes of the text. ``vocabulary``: sorted unique uint32
    hashes of every word of the text and title. ``tokens``: its distinctive words (any with a digit or a
    capital: numbers, names of people, companies and places, tickers, weekdays, months; then the words of
    its title it has, in lower case too), case-folded, one per occurrence, each group in text order, with
    ``token_hashes`` and ``contexts`` (n x 2: the shingle just before and just after the occurrence's run
    of distinctive words). ``title_tokens`` / ``title_hashes``: the title's distinctive words.
    ``published``: the publication day (``date.toordinal()``), if known. ``windows``: the text's uint32
    shingle hashes in text order, one per word position (empty when not known: no passage is then found).
    ``published_at``: the moment of publication in whole seconds since the Unix epoch (UTC), when the input
    gave a time of day. ``outlet``: who published the text (``outlet``), when known.
    """

    shingles: np.ndarray
    vocabulary: np.ndarray = field(default_factory=lambda: np.empty(0, np.uint32))
    tokens: tuple[str, ...] = ()
    token_hashes: np.ndarray = field(default_factory=lambda: np.empty(0, np.uint32))
    contexts: np.ndarray = field(default_factory=lambda: np.empty((0, 2), np.uint32))
    title_tokens: tuple[str, ...] = ()
    title_hashes: np.ndarray = field(default_factory=lambda: np.empty(0, np.uint32))
    published: int | None = None
    windows: np.ndarray = field(default_factory=lambda: np.empty(0, np.uint32))
    published_at: int | None = None
    outlet: str | None = None

    def __reduce__(self):
        # Beam state pickles evidence as it is (streaming's members): the same compact bytes as a shuffle's.
        return unpacked, (packed(self),)

    # What ``verify`` reads off one record alone, derived once per record: a copy is verified against up to four
    # better documents, and dedup's verifying DoFn keeps recent records (an original, for each of its copies).
    # Not fields: not compared, packed or pickled.
    @_Derived
    def window_slots(self) -> np.ndarray | None:
        """Each window's position in ``shingles``, so which of a text's windows another text has is read off
        which of its shingles it has (a search of one sorted array in another, not of the windows in text
        order); None when a window is not among ``shingles`` (a record not built from its windows)."""
        windows, shingles = self.windows, self.shingles
        # ``shingles`` is nearly always the windows' distinct values (``packed`` rebuilds it so): then a window's
        # position there is its rank among them, read off the windows sorted, where a binary search of each
        # window in text order mispredicts most of its branches (50 against 100 us for a 3 kB article).
        distinct, at = ranked(windows)
        if distinct.size == shingles.size and (distinct == shingles).all():
            return at
        at = shingles.searchsorted(windows)
        if windows.size and (shingles.size == 0 or not (shingles.take(at, mode="clip") == windows).all()):
            return None
        return at

    @_Derived
    def slot_keys(self) -> np.ndarray:
        """One uint64 per distinctive word (as ``tokens``): the two contexts of its run, its slot."""
        return (self.contexts[:, 0].astype(np.uint64) << np.uint64(32)) | self.contexts[:, 1].astype(np.uint64)

    @_Derived
    def slot_order(self) -> np.ndarray:
        """The order that sorts ``slot_keys``, the words of one slot in text order."""
        return self.slot_keys.argsort(kind="stable")

    @_Derived
    def sorted_slot_keys(self) -> np.ndarray:
        """``slot_keys`` sorted."""
        return self.slot_keys.take(self.slot_order)

    @_Derived
    def slot_key_set(self) -> frozenset[int]:
        """``slot_keys`` as a set."""
        return frozenset(self.slot_keys.tolist())

    @_Derived
    def edge_slots(self) -> tuple[int | None, int | None]:
        """The slot of the run opening the text, and of the one closing it (None where the first run starts
        after the text's start, or the last ends before its end)."""
        contexts, keys = self.contexts, self.slot_keys
        return (int(keys[0]) if contexts[0, 0] == NO_WINDOW else None,
                int(keys[-1]) if contexts[-1, 1] == NO_WINDOW else None)

    @_Derived
    def opening_at(self) -> np.ndarray:
        """The positions of the words in the run that opens the text (none when a passage does)."""
        return (self.contexts[:, 0] == NO_WINDOW).nonzero()[0]

    @_Derived
    def fills(self) -> np.ndarray:
        """One uint64 per distinctive word, its slot and word mixed: the same word in the same slot of two texts
        hashes alike."""
        fills = self.slot_keys * _GOLDEN64  # numpy's integer arrays wrap silently
        fills ^= self.token_hashes
        return fills

    @_Derived
    def fill_order(self) -> np.ndarray:
        """The order that sorts ``fills``."""
        return self.fills.argsort()

    @_Derived
    def sorted_fills(self) -> np.ndarray:
        """``fills`` sorted."""
        return self.fills.take(self.fill_order)

    @_Derived
    def keys_by_fill(self) -> np.ndarray:
        """``slot_keys`` in the order of ``sorted_fills``."""
        return self.slot_keys.take(self.fill_order)

    @_Derived
    def title_sessions(self) -> frozenset[str]:
        """The title's words that name a market's session (``SESSIONS``)."""
        return frozenset(t for t in self.title_tokens if t in SESSIONS)

    @_Derived
    def listed(self) -> np.ndarray:
        """Which of ``vocabulary.listed_hashes()`` (the readings of a scale, a correction's verb) the text's
        vocabulary holds, in that order."""
        return member(listed_hashes(), self.vocabulary)


# ``packed``'s layout: this header (68 bytes: the uint32 arrays after it stay aligned), the arrays' raw bytes
# in _ARRAYS order (``contexts`` last: it may be uint16), then the words' and the outlet's UTF-8. Counts:
# elements of each array (``contexts`` in rows), each word tuple's words and bytes, the outlet's bytes.
_HEADER = struct.Struct("<4sI6I2I2IIqq")
_MAGIC = b"WWe1"
_ARRAYS = ("shingles", "vocabulary", "token_hashes", "title_hashes", "windows", "contexts")
# Header flags: which optional values are there, whether ``shingles`` is the sorted unique ``windows`` (rebuilt,
# not stored), how ``contexts`` is stored (positions in ``shingles``, the largest position standing for
# NO_WINDOW, in uint16 unless there are too many shingles).
_PUBLISHED, _PUBLISHED_AT, _OUTLET, _DERIVED, _POSITIONS, _WIDE = 1, 2, 4, 8, 16, 32
# Joins a tuple of words: no word holds it (a word is made of word characters and apostrophes).
_SEP = "\0"


def packed(e: Evidence, *, derived: bool = False) -> bytes:
    """``e`` as one bytes object, the form shuffles carry: a runner that holds grouped values in memory (the
    local one does, decoded) then holds one object per copy, not a tuple of every distinctive word. Raw array
    bytes, each word tuple one UTF-8 string, ``shingles`` rebuilt from ``windows`` (every shingle of the text,
    in order) and ``contexts`` as positions in ``shingles``: about half numpy's pickling, at a fraction of
    pickle's cost per field and per word. ``derived``: the caller built ``e.shingles`` as
    ``sorted_unique(e.windows)`` (``minhash.Signed``), so that is not checked again (a sort per document)."""
    arrays = [getattr(e, name) for name in _ARRAYS]
    for name, value in zip(_ARRAYS, arrays):
        if value.dtype != np.uint32:
            raise TypeError(f"Evidence.{name} must be uint32, not {value.dtype}")
    shingles, contexts, windows = e.shingles, e.contexts, e.windows
    flags = 0
    if windows.size and (derived or _derived(shingles, windows)):
        arrays[0] = shingles[:0]
        flags |= _DERIVED
    if contexts.ndim != 2 or contexts.shape[1] != 2:
        raise ValueError(f"Evidence.contexts must be n x 2, not {contexts.shape}")
    rows = contexts.shape[0]
    if rows and shingles.size:
        exists = contexts != NO_WINDOW
        at = shingles.searchsorted(contexts)
        if (shingles.take(at, mode="clip")[exists] == contexts[exists]).all():
            wide = shingles.size >= np.iinfo(np.uint16).max
            dtype = np.uint32 if wide else np.uint16
            arrays[5] = np.where(exists, at, np.iinfo(dtype).max).astype(dtype)
            flags |= _POSITIONS | (_WIDE if wide else 0)
    words = [_joined(e.tokens, "tokens"), _joined(e.title_tokens, "title_tokens")]
    outlet_bytes = e.outlet.encode("utf-8", "surrogatepass") if e.outlet is not None else b""
    flags |= (_PUBLISHED if e.published is not None else 0) | (_PUBLISHED_AT if e.published_at is not None else 0)
    flags |= _OUTLET if e.outlet is not None else 0
    header = _HEADER.pack(
        _MAGIC, flags, *(a.size for a in arrays[:5]), rows,
        len(e.tokens), len(words[0]), len(e.title_tokens), len(words[1]), len(outlet_bytes),
        e.published or 0, e.published_at or 0,
    )
    return b"".join([header, *(a.tobytes() for a in arrays), *words, outlet_bytes])


def _derived(shingles: np.ndarray, windows: np.ndarray) -> bool:
    """Whether ``shingles`` is ``sorted_unique(windows)``."""
    if windows.size < shingles.size:
        return False
    rebuilt = sorted_unique(windows)
    # Not np.array_equal: its checks and wrapper cost as much as the sort.
    return rebuilt.size == shingles.size and bool((rebuilt == shingles).all())


def _joined(words: tuple[str, ...], name: str) -> bytes:
    joined = _SEP.join(words)
    if joined.count(_SEP) != max(0, len(words) - 1):
        raise ValueError(f"Evidence.{name} holds a word with a NUL character")
    return joined.encode("utf-8", "surrogatepass")


def unpacked(blob: bytes) -> Evidence:
    """The Evidence ``packed`` made ``blob`` from."""
    if isinstance(blob, (bytearray, memoryview)):
        blob = bytes(blob)
    if not isinstance(blob, bytes) or len(blob) < _HEADER.size or blob[:4] != _MAGIC:
        head = blob[:4] if isinstance(blob, bytes) else type(blob).__name__
        raise TypeError(f"not packed Evidence: {head!r}")
    (_, flags, n_shingles, n_vocabulary, n_token_hashes, n_title_hashes, n_windows, rows, n_tokens, tokens_len,
     n_title_tokens, title_tokens_len, outlet_len, published, published_at) = _HEADER.unpack_from(blob)
    at = _HEADER.size
    counts = (n_shingles, n_vocabulary, n_token_hashes, n_title_hashes, n_windows, 2 * rows)
    values = {}
    for name, count in zip(_ARRAYS, counts):
        dtype = np.uint32
        if name == "contexts" and flags & _POSITIONS:
            dtype = np.uint32 if flags & _WIDE else np.uint16
        values[name] = np.frombuffer(blob, dtype, count, at)
        at += count * values[name].itemsize
    tokens, at = _split(blob, at, tokens_len, n_tokens)
    title_tokens, at = _split(blob, at, title_tokens_len, n_title_tokens)
    if at + outlet_len != len(blob):
        raise ValueError(f"packed Evidence of {len(blob)} bytes, its header counts {at + outlet_len}")
    if flags & _DERIVED:
        values["shingles"] = sorted_unique(values["windows"])
    contexts = values["contexts"].reshape(rows, 2)
    if flags & _POSITIONS:
        exists = contexts != np.iinfo(contexts.dtype).max
        contexts = np.where(exists, values["shingles"].take(np.where(exists, contexts, 0)), NO_WINDOW).astype(np.uint32)
    return Evidence(
        values["shingles"], values["vocabulary"], tokens, values["token_hashes"], contexts, title_tokens,
        values["title_hashes"], published if flags & _PUBLISHED else None, values["windows"],
        published_at if flags & _PUBLISHED_AT else None,
        blob[at:].decode("utf-8", "surrogatepass") if flags & _OUTLET else None,
    )


def _split(blob: bytes, at: int, size: int, count: int) -> tuple[tuple[str, ...], int]:
    """The ``count`` words ``_joined`` wrote at ``at`` in ``size`` bytes, and the offset past them."""
    if not count:
        return (), at + size
    return tuple(blob[at : at + size].decode("utf-8", "surrogatepass").split(_SEP)), at + size


@dataclass(frozen=True)
class Words:
    """One text's words as ``minhash`` sees them: 64-bit hashes of the case-folded words, the shingle window
    starting at each word (none for a title: ``evidence`` reads only a text's), and the words before case-folding as spans ``starts``..``ends`` (character offsets)
    in ``text`` (the text, other characters perhaps made spaces), whose ``codes`` (uint8 for an ASCII text,
    else uint32 code points) are read with numpy, not one Python string per word. ``lowered``: ``text`` with
    its ASCII capitals lowered (an ASCII word's span there is its case-folded form); ``span_hashes``: the
    hash of each span of ``lowered`` (an ASCII word's case-folded form's hash). There are as many spans as
    hashes unless case-folding split a word ("İ")."""

    hashes: np.ndarray
    windows: np.ndarray
    shingle_size: int
    text: str
    codes: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    lowered: str
    span_hashes: np.ndarray

    @property
    def placed(self) -> bool:
        """Whether every hash has its word before case-folding."""
        return self.starts.size == self.hashes.size

    def folded(self, at: np.ndarray) -> tuple[str, ...]:
        """The case-folded words at positions ``at``."""
        spans = zip(self.starts[at].tolist(), self.ends[at].tolist())
        if self.text.isascii():  # ASCII case-folding is lowering
            return tuple([self.lowered[i:j] for i, j in spans])
        return tuple([self.text[i:j].casefold() for i, j in spans])


def _distinctive(words: Words) -> np.ndarray:
    """Positions of a text's distinctive words (``_distinctive_word``), its ASCII words' read off its codes:
    a capital first letter, a digit anywhere, the word's hash in a table of the listed function and number
    words' hashes (confirmed on the word itself, so a hash collision changes nothing)."""
    starts, ends, codes = words.starts, words.ends, words.codes
    if starts.size == 0:
        return np.empty(0, np.int64)
    first = codes[starts]
    capital = (first >= ord("A")) & (first <= ord("Z")) & (ends - starts > 1)
    # A digit is a word character: it lies in the word that starts last at or before it. Few bytes are digits:
    # a binary search each costs a third of a reduceat over every word.
    digit = np.zeros(starts.size, dtype=bool)
    digit[starts.searchsorted(((codes >= ord("0")) & (codes <= ord("9"))).nonzero()[0], "right") - 1] = True
    slots = (words.span_hashes & np.uint64(_LISTED_SLOTS - 1)).astype(np.intp)
    function_slots, number_slots = _listed_slots()

    def listed(candidates: np.ndarray, listing: frozenset[str] | dict[str, str]) -> np.ndarray:
        # .nonzero()[0], not np.flatnonzero: the same on a 1-d array without its Python wrapper (sign() called
        # it nine times a document).
        at = candidates.nonzero()[0]
        found = np.zeros(starts.size, dtype=bool)
        found[at] = [words.lowered[i:j] in listing for i, j in zip(starts[at].tolist(), ends[at].tolist())]
        return found

    flags = (capital & ~listed(capital & function_slots[slots], FUNCTION_WORDS)) | digit
    flags |= listed(number_slots[slots], NUMBER_WORDS)
    if codes.dtype != np.uint8:
        # Words with a character past ASCII (the text's only non-word characters are ASCII): word by word.
        wide = np.logical_or.reduceat(codes > 0x7F, starts).nonzero()[0]
        flags[wide] = [_distinctive_word(words.text[i:j]) for i, j in zip(starts[wide].tolist(), ends[wide].tolist())]
    return flags.nonzero()[0]


def distinctive(batch: Sequence[Words | None], joins: Sequence[tuple[Sequence[int], Words]]
                ) -> list[np.ndarray | None]:
    """``_distinctive`` of each placed ``Words`` of a batch (None for the others), those of each of ``joins``
    (positions in the batch, the ``Words`` of their texts joined in that order: ``minhash._words_of``) at
    once, read off the joined codes (a word is a span of one text's codes, and so of theirs), so a document
    pays for none of the dozen numpy calls it would make alone."""
    joined_up = {i for narrow, _joined in joins for i in narrow}
    found = [None if i in joined_up or w is None or not w.placed else _distinctive(w) for i, w in enumerate(batch)]
    for narrow, joined in joins:
        at = _distinctive(joined)
        counts = np.fromiter((batch[i].starts.size for i in narrow), dtype=np.intp, count=len(narrow))
        first = np.cumsum(counts) - counts
        for i, w_at, offset in zip(narrow, np.split(at, at.searchsorted(first[1:])), first.tolist()):
            found[i] = w_at - offset
    return found


def _distinctive_word(word: str) -> bool:
    """Whether a word is distinctive: a capital first letter (not one capital alone, a piece of an
    abbreviation: "U.S." is "U", "S"; "<AH.O>" ends in "O"; nor a function word), a digit, a figure written out."""
    folded = word.casefold()
    return (
        (word[0].isupper() and len(word) > 1 and folded not in FUNCTION_WORDS)
        # Only a word that is not all letters can hold a digit: the regex runs on few words.
        or (not word.isalpha() and _DIGIT.search(word) is not None)
        or folded in NUMBER_WORDS
    )


def _run_contexts(groups: list[np.ndarray], text: Words) -> tuple[np.ndarray, np.ndarray]:
    """The positions of ``groups`` (each sorted word positions) one after the other, and the context of each
    run of a group's words at most _RUN_GAP apart ("Ashland Oil Inc", "6-1/16", "the Wabash River in Vigo
    County until Thursday"): the shingle that ends just before the run and the one that starts just after it
    (n x 2, NO_WINDOW where the run opens or closes the text)."""
    groups = [g for g in groups if g.size]
    if not groups:
        return np.empty(0, np.int64), np.empty((0, 2), np.uint32)
    at = np.concatenate(groups)
    new_run = np.empty(at.size, dtype=bool)
    np.greater(at[1:] - at[:-1], _RUN_GAP, out=new_run[1:])
    new_run[np.cumsum([0] + [g.size for g in groups[:-1]])] = True  # each group opens a run
    run_id = new_run.cumsum() - 1
    run_end = np.empty(at.size, dtype=bool)
    run_end[:-1], run_end[-1] = new_run[1:], True
    # The windows with shingle_size NO_WINDOWs before them and shingle_size + 1 after: a run starting at word i
    # has its context before at i, one ending at word j its context after at j + shingle_size + 1, read by one
    # take() each whether or not the run opens or closes the text.
    k = text.shingle_size
    padded = np.full(text.windows.size + 2 * k + 1, NO_WINDOW, dtype=np.uint32)
    padded[k : k + text.windows.size] = text.windows
    contexts = np.empty((at.size, 2), dtype=np.uint32)
    contexts[:, 0] = padded.take(at[new_run][run_id])
    contexts[:, 1] = padded.take(at[run_end][run_id] + (k + 1))
    return at, contexts


# Size of the tables of listed words' hashes (low bits): few collisions, each then checked on the word.
_LISTED_SLOTS = 1 << 16


@functools.lru_cache(maxsize=1)
def _listed_slots() -> tuple[np.ndarray, np.ndarray]:
    """Which low bits of a word hash the function words' and the number words' hashes have."""
    from wirewash.transforms.core.minhash import word_hashes  # minhash imports this package

    tables = []
    for listing in (FUNCTION_WORDS, NUMBER_WORDS):
        table = np.zeros(_LISTED_SLOTS, dtype=bool)
        table[(word_hashes(" ".join(sorted(listing))) & np.uint64(_LISTED_SLOTS - 1)).astype(np.intp)] = True
        tables.append(table)
    return tables[0], tables[1]


def outlet(publisher: str | None, url: str | None) -> str | None:
    """Who published a text, as verification compares it: the publisher case-folded, with the URL's host
    (without "www.") when there is a URL; None when the publisher is not known.

    The host tells two outlets apart that both carry one agency's credit ("Reuters" read off the text of
    each): their copies of one wire story are copies whatever their times.
    """
    if not publisher or not publisher.strip():
        return None
    try:
        host = (urlsplit(url).hostname or "").removeprefix("www.") if url else ""
    except ValueError:  # a URL urllib cannot split ("http://[bad") names no host
        host = ""
    return " ".join(publisher.casefold().split()) + (f" @{host}" if host else "")


def evidence(
    shingles: np.ndarray,
    text: Words,
    title: Words | None = None,
    published: int | None = None,
    published_at: int | None = None,
    outlet_key: str | None = None,
    *,
    text_at: np.ndarray | None = None,
    title_at: np.ndarray | None = None,
) -> Evidence:
    """The Evidence of a text (and title, publication day and moment, and ``outlet_key``, what ``outlet``
    gives) from its words; ``text_at`` / ``title_at``: the positions of their distinctive words, when
    ``distinctive`` has found them for a whole batch."""
    hi = np.uint64(32)
    vocab = [text.hashes >> hi] + ([title.hashes >> hi] if title is not None else [])
    vocabulary = sorted_unique(np.concatenate(vocab).astype(np.uint32))
    title_tokens: tuple[str, ...] = ()
    title_hashes = np.empty(0, np.uint32)
    subjects = None
    if title is not None and title.placed:
        t_at = title_at if title_at is not None else _distinctive(title)
        title_tokens = title.folded(t_at)
        subjects = title.hashes[t_at]
        title_hashes = (subjects >> hi).astype(np.uint32)
    if not text.placed:  # case-folding split a word: tokens cannot be placed
        return Evidence(shingles, vocabulary, title_tokens=title_tokens, title_hashes=title_hashes, published=published,
                        windows=text.windows, published_at=published_at, outlet=outlet_key)
    groups = [text_at if text_at is not None else _distinctive(text)]
    if subjects is not None and subjects.size:
        # Words of the title in the text ("hog prices", "spring wheat futures": the report's market, even in
        # lower case) are distinctive too, in runs of their own after the names and figures: joined to their
        # runs they would swallow the passage that frames a figure ("raising its copper cathode price by").
        in_title = member(text.hashes, np.sort(subjects))
        in_title[groups[0]] = False
        groups.append(in_title.nonzero()[0])
    at, contexts = _run_contexts(groups, text)
    return Evidence(
        shingles,
        vocabulary,
        text.folded(at),
        (text.hashes[at] >> hi).astype(np.uint32),
        contexts,
        title_tokens,
        title_hashes,
        published,
        text.windows,
        published_at,
        outlet_key,
    )
