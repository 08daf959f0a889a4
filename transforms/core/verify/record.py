"""What verification keeps of one text: the ``Evidence`` record, built by ``evidence`` from the text's
``Words`` (``minhash.sign`` calls it), and packed into one bytes object for shuffles and Beam state
(``packed``, ``unpacked``)."""
from __future__ import annotations

import functools
import pickle
import re
from urllib.parse import urlsplit
from dataclasses import dataclass, field, fields

import numpy as np

from wirewash.transforms.core.verify.sets import member, sorted_unique
from wirewash.transforms.core.verify.vocabulary import FUNCTION_WORDS, NUMBER_WORDS

_DIGIT = re.compile(r"\d")
# Distinctive words this many words apart or fewer fill the slots of one template passage.
_RUN_GAP = 3
# A context window that does not exist (a token at the very start or end of a text).
NO_WINDOW = np.uint32(0xFFFFFFFF)
# How Evidence.__reduce__ pickles a field: as is, an array's raw bytes, an array of shingles as positions in
# ``shingles`` (the largest position standing for NO_WINDOW), ``shingles`` as the sorted unique ``windows``.
_VALUE, _ARRAY, _POSITIONS, _UNIQUE_WINDOWS = 0, 1, 2, 3


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
        # Every shuffle and Beam state pickles evidence, once per candidate pair: raw array bytes rather than
        # numpy's own pickling (about half the size); ``shingles`` rebuilt from ``windows`` (every shingle of
        # the text, in order) rather than stored beside them, ``contexts`` as positions in ``shingles``.
        derived = self.windows.size > 0 and np.array_equal(sorted_unique(self.windows), self.shingles)
        return _unpickle_evidence, tuple(_pickled_field(self, f.name, derived) for f in fields(self))


def _pickled_field(e: Evidence, name: str, derived: bool) -> tuple:
    value = getattr(e, name)
    if not isinstance(value, np.ndarray):
        return _VALUE, value
    if name == "shingles" and derived:
        return (_UNIQUE_WINDOWS,)
    if name == "contexts" and value.size and e.shingles.size:
        exists = value != NO_WINDOW
        at = np.minimum(np.searchsorted(e.shingles, value), e.shingles.size - 1)
        if (e.shingles[at][exists] == value[exists]).all():
            wide = e.shingles.size >= np.iinfo(np.uint16).max
            positions = np.where(exists, at, np.iinfo(np.uint32 if wide else np.uint16).max)
            positions = positions.astype(np.uint32 if wide else np.uint16)
            return _POSITIONS, positions.tobytes(), positions.dtype.str, value.shape
    return _ARRAY, value.tobytes(), value.dtype.str, value.shape


def _unpickle_evidence(*pickled: tuple) -> Evidence:
    values, positions = {}, {}
    for f, (kind, *value) in zip(fields(Evidence), pickled):
        if kind == _VALUE:
            values[f.name] = value[0]
        elif kind == _ARRAY:
            values[f.name] = np.frombuffer(value[0], dtype=value[1]).reshape(value[2])
        elif kind == _POSITIONS:
            positions[f.name] = np.frombuffer(value[0], dtype=value[1]).reshape(value[2])
    if "shingles" not in values:
        values["shingles"] = sorted_unique(values["windows"])
    for name, at in positions.items():
        exists = at != np.iinfo(at.dtype).max
        values[name] = np.where(exists, values["shingles"][np.where(exists, at, 0)], NO_WINDOW).astype(np.uint32)
    return Evidence(**values)


def packed(e: Evidence) -> bytes:
    """``e`` as one bytes object, the form shuffles carry: a runner that holds grouped values in memory (the
    local one does, decoded) then holds one object per copy, not a tuple of every distinctive word."""
    return pickle.dumps(e, protocol=pickle.HIGHEST_PROTOCOL)


def unpacked(blob: bytes) -> Evidence:
    """The Evidence ``packed`` made ``blob`` from (pickle: only ever data this pipeline wrote)."""
    evidence = pickle.loads(blob)
    if not isinstance(evidence, Evidence):
        raise TypeError(f"not packed Evidence: {type(evidence).__name__}")
    return evidence


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
    # A segment runs from one word's start to the next one's: between words are no digits (word characters).
    digit = np.logical_or.reduceat((codes >= ord("0")) & (codes <= ord("9")), starts)
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
) -> Evidence:
    """The Evidence of a text (and title, publication day and moment, and ``outlet_key``, what ``outlet``
    gives) from its words."""
    hi = np.uint64(32)
    vocab = [text.hashes >> hi] + ([title.hashes >> hi] if title is not None else [])
    vocabulary = sorted_unique(np.concatenate(vocab).astype(np.uint32))
    title_tokens: tuple[str, ...] = ()
    title_hashes = np.empty(0, np.uint32)
    subjects = None
    if title is not None and title.placed:
        t_at = _distinctive(title)
        title_tokens = title.folded(t_at)
        subjects = title.hashes[t_at]
        title_hashes = (subjects >> hi).astype(np.uint32)
    if not text.placed:  # case-folding split a word: tokens cannot be placed
        return Evidence(shingles, vocabulary, title_tokens=title_tokens, title_hashes=title_hashes, published=published,
                        windows=text.windows, published_at=published_at, outlet=outlet_key)
    groups = [_distinctive(text)]
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
