"""Verification of a candidate pair: is one text a copy of the other, or another article on the same story?

A copy is one text trimmed, re-headed, respelled or lightly edited, its edits spread through it. A different
article on the same story has passages the other lacks, or other distinctive tokens: templated wire reports
(the Fed's repurchase operations on different days, different companies' convertible offerings, weather
warnings for different counties) share most of their wording and differ exactly in names, figures, dates.

So the evidence about a pair is

- ``jaccard``: shingle-set Jaccard, the similarity written to the output (a floor: ``threshold``);
- ``coverage``: the share of the shorter text's shingles (its 3-word passages) found in the longer one. A copy
  trimmed to 70% has Jaccard ~0.7 but coverage ~1.0; an update that reuses background paragraphs covers
  only those;
- ``disagreeing``: each text's distinctive words - numbers, and capitalised words (names of people,
  companies and places, tickers, weekdays and months) - that the other does not contain in that slot (a
  figure in a short run) or in any case or position (a name), where they sit in a passage the two share (a
  filled-in template slot; a credit line an outlet added, or the part a copy trimmed, is not shared). A
  trimmed copy has none. The title's words count too where the text has them, even in lower case ("hog
  prices"): each text's own subject in one slot is another report. So do the readings of a scale a
  templated report fills in lower case (higher / steady, march / april, bushel / tonne) where the two texts
  have none in common. A desk's correction (a CORRECTED / RPT title, a "corrects" note) may differ in the
  figure it corrects.
- ``own passages``: the longest passage inside each text (neither its opening nor its end) that the other
  lacks. A copy's edits leave one text with none longer than a corrected note; an update or a follow-up
  and the story it follows each have a sentence of their own. On different days a shorter sentence each
  is another day's story: an overnight re-send repeats, trims or re-edits.
- ``lead``: the passage of its own opening the longer text while the shorter's opening is in it: new
  paragraphs put above an old story (an update's or a follow-up's new lead). A copy keeps its lead (trims cut
  the end; a dateline or a credit is a few words), and a rewritten lead leaves both texts an opening of
  their own;
- the publication dates, when both are known: re-sends go out the same working day or the next (a Friday
  story re-sent on Monday is one working day late; a weekly report a week later is five); and a copy is
  trimmed from the text it copies, never the reverse, so a longer text published on a later day than the
  shorter, closing with paragraphs of its own, is an update of it;
- the titles: the title words of either text that the other's title and text lack. A re-headlined copy
  takes its headline's words from the story, or rewrites one headline only; another company's dividend
  report or another market's hog prices, word for word the same body, opens its title with another name
  (a desk's CORRECTED-/RPT- flag and a possessive excepted), and a market's midday report and its close
  name different sessions.

Batch, incremental and streaming dedup all decide with ``verify``, over ``Evidence`` records built by
``transforms.core.minhash.sign``.
"""
from __future__ import annotations

import difflib
import functools
import pickle
import re
from dataclasses import dataclass, field, fields

import numpy as np

_DATE_WORDS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
_DIGIT = re.compile(r"\d")
# A month abbreviated is the same month ("Jan 31" in one copy, "January 31" in the re-send).
_MONTHS = {
    month[:3]: month for month in "january february march april may june july august september october november december".split()
} | {"sept": "september"}
# The words of a name a desk writes out or abbreviates ("Federal Deposit Insurance Corp" in the story,
# "Corporation" in its re-send): one word, as a month abbreviated is.
_NAME_WORDS = {
    "corp": "corporation", "inc": "incorporated", "co": "company", "cos": "companies", "ltd": "limited",
    "intl": "international", "govt": "government", "dept": "department", "assn": "association",
    "natl": "national", "bros": "brothers", "mfg": "manufacturing",
}
# Abbreviated words by their full form.
_FULL_FORM = _MONTHS | _NAME_WORDS
# Figures written out ("trading at six pct" where the next day's report has "6-1/16 pct"), with their value:
# a re-send may write "nine" where the first had "9".
_NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
        seventeen eighteen nineteen twenty""".split()
    )
} | {word: str(10 * tens) for tens, word in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3)}
# English function words and sentence adverbs: capitalised only because they open a sentence, never a name
# (a desk's rewrite swaps "Also" for "Additionally", "While" for "Whilst", "However" for "But").
_FUNCTION_WORDS = frozenset(
    """a about additionally after again against also although an and another any as at because before both
    but by despite during each either even every for from further furthermore he her here hers his how
    however i if in indeed instead it its meanwhile moreover most much neither nevertheless no nonetheless
    nor not of on once only or other our out over she since so some still such than that the their them
    then there therefore these they this those though thus to too under unless until upon we what whatever
    when where whereas whether which while whilst who whom whose why with within without yet you your""".split()
)
# The session a market report covers, named in its title: the midday report and the close of one market
# share their wording and differ in figures that may fall outside the passages they share.
_SESSIONS = {
    word: session
    for session, words in (
        ("open", "open opens opened opening"),
        ("midday", "midday midsession noon"),
        ("close", "close closes closed closing"),
    )
    for word in words.split()
}
# A desk's flags heading a re-sent story's title: the same story, not another subject.
_RESEND_FLAGS = frozenset("corrected correction rpt repeat repeated refile refiled update updated urgent flash".split())
# Those of a desk's flags that say the story replaces one sent before (not a new version with news added): its
# corrected figure (the old and the new value) may differ, and it may come out a day later with a note added
# or a sentence put right.
_CORRECTION_FLAGS = frozenset("corrected correction corrects rpt repeat repeated refile refiled".split())
# Figures a corrected re-send may disagree on beyond max_disagreeing_figures: the one corrected, old and new.
_CORRECTED_FIGURES = 2
# A desk's flags opening the title of a new version of a story, news added ("UPDATE 2-", "WRAPUP").
_UPDATE_FLAGS = frozenset("update updated updates newlead writethru recasts wrapup".split())
# Two words at least this alike (difflib ratio) in one slot are one word respelled.
_RESPELLED = 0.8
# Most distinctive words in a run where a figure the other text has elsewhere still counts as put for another.
_SHORT_RUN = 4
# Shingles in a row that make a passage two texts share, where one text's new lead meets the other's text.
_LEAD_PASSAGE = 3
# Distinctive words this many words apart or fewer fill the slots of one template passage.
_RUN_GAP = 3
# Odd 64-bit multiplier (golden ratio) mixing a slot's key with a word's hash.
_GOLDEN64 = np.uint64(0x9E3779B97F4A7C15)
# A context window that does not exist (a token at the very start or end of a text).
_NO_WINDOW = np.uint32(0xFFFFFFFF)
NUMBER, DATE, NAME = "number", "date", "name"
# How Evidence.__reduce__ pickles a field: as is, an array's raw bytes, an array of shingles as positions in
# ``shingles`` (the largest position standing for _NO_WINDOW), ``shingles`` as the sorted unique ``windows``.
_VALUE, _ARRAY, _POSITIONS, _UNIQUE_WINDOWS = 0, 1, 2, 3
# Prefix of disagreeing words that open both texts (one subject put for another).
OPENING = "opening:"
# Prefix of disagreeing words that name each text's own subject (title words) in one slot.
SUBJECT = "subject:"
# Prefix of disagreeing words that give each text its own reading of one scale (a market higher in one text,
# lower in the other; another month; another weekday), in any case.
READING = "reading:"
# Words a templated report fills in lower case, by scale and reading: a market report of another day, place
# or commodity has "steady" for "higher", "april" for "march", "bushel" for "tonne". A copy's edits never turn
# a market around; a correction, flagged, may.
_READINGS = {
    word: (scale, reading)
    for scale, readings in (
        ("direction", (
            ("up", "higher up rose firmer stronger gained advanced rallied"),
            ("down", "lower down fell easier weaker lost declined eased"),
            ("flat", "steady unchanged flat"),
        )),
        ("month", tuple((m, m) for m in _MONTHS.values())),
        ("weekday", tuple((d, d) for d in sorted(_DATE_WORDS - set(_MONTHS) - set(_MONTHS.values())))),
        ("unit", (
            ("bushel", "bushel bushels"),
            ("tonne", "tonne tonnes ton tons"),
            ("ounce", "ounce ounces oz"),
            ("barrel", "barrel barrels bbl bpd"),
            ("cwt", "cwt hundredweight"),
            ("bale", "bale bales"),
            ("gallon", "gallon gallons"),
        )),
    )
    for reading, words in readings
    for word in words.split()
}


def kind_of(token: str) -> str:
    """``number``, ``date`` (weekday or month) or ``name`` (people, companies, places, tickers)."""
    if token[:1].isdigit() or token in _NUMBER_WORDS:
        return NUMBER
    return DATE if token in _DATE_WORDS else NAME


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
        exists = value != _NO_WINDOW
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
        values[name] = np.where(exists, values["shingles"][np.where(exists, at, 0)], _NO_WINDOW).astype(np.uint32)
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
    """One text's words as ``minhash`` sees them: 64-bit hashes, the shingle window starting at each word,
    and the words before case-folding (same length as the hashes, unless case-folding split a word). An ASCII
    text's words are given instead as byte spans ``starts``..``ends`` in its ``text`` (``cased`` empty): their
    case, digits and identity are then read with numpy, not one Python string per word."""

    hashes: np.ndarray
    windows: np.ndarray
    cased: list[str]
    shingle_size: int
    text: str = ""
    starts: np.ndarray | None = None
    ends: np.ndarray | None = None

    @property
    def placed(self) -> bool:
        """Whether every hash has its word before case-folding."""
        return self.starts is not None or len(self.cased) == self.hashes.size

    def folded(self, at: np.ndarray) -> tuple[str, ...]:
        """The case-folded words at positions ``at`` (ASCII case-folding is lowering)."""
        if self.starts is None or self.ends is None:
            return tuple(self.cased[i].casefold() for i in at)
        return tuple(self.text[i:j].lower() for i, j in zip(self.starts[at].tolist(), self.ends[at].tolist()))


def _distinctive(words: Words) -> np.ndarray:
    if words.starts is not None and words.ends is not None:
        return _distinctive_ascii(words, words.starts, words.ends)
    # A single capital is a piece of an abbreviation ("U.S." is "U", "S"; "<AH.O>" ends in "O"), not a name.
    # Only a word that is not all letters can hold a digit: the regex runs on few words.
    flags = [
        (w[0].isupper() and len(w) > 1 and w.casefold() not in _FUNCTION_WORDS)
        or (not w.isalpha() and _DIGIT.search(w) is not None)
        or w.casefold() in _NUMBER_WORDS
        for w in words.cased
    ]
    return np.flatnonzero(np.array(flags, dtype=bool)) if flags else np.empty(0, np.int64)


def _run_contexts(groups: list[np.ndarray], text: Words) -> tuple[np.ndarray, np.ndarray]:
    """The positions of ``groups`` (each sorted word positions) one after the other, and the context of each
    run of a group's words at most _RUN_GAP apart ("Ashland Oil Inc", "6-1/16", "the Wabash River in Vigo
    County until Thursday"): the shingle that ends just before the run and the one that starts just after it
    (n x 2, _NO_WINDOW where the run opens or closes the text)."""
    groups = [g for g in groups if g.size]
    if not groups:
        return np.empty(0, np.int64), np.empty((0, 2), np.uint32)
    at = np.concatenate(groups)
    new_run = np.concatenate([np.concatenate(([True], np.diff(g) > _RUN_GAP)) for g in groups])
    run_id = np.cumsum(new_run) - 1
    run_start, run_end = at[new_run], at[np.concatenate((new_run[1:], [True]))]
    contexts = np.full((at.size, 2), _NO_WINDOW, dtype=np.uint32)
    for column, starts in enumerate((run_start[run_id] - text.shingle_size, run_end[run_id] + 1)):
        ok = (starts >= 0) & (starts < text.windows.size)
        contexts[ok, column] = text.windows[starts[ok]]
    return at, contexts


def _distinctive_ascii(words: Words, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """``_distinctive`` of an ASCII text's words, the same rule read off its bytes: a capital first letter,
    a digit anywhere, the word's hash in a table of the listed function and number words' hashes (confirmed on
    the word itself, so a hash collision changes nothing)."""
    if starts.size == 0:
        return np.empty(0, np.int64)
    buf = np.frombuffer(words.text.encode("ascii"), dtype=np.uint8)
    first = buf[starts]
    capital = (first >= ord("A")) & (first <= ord("Z")) & (ends - starts > 1)
    digit = np.add.reduceat((buf >= ord("0")) & (buf <= ord("9")), starts) > 0
    slots = (words.hashes & np.uint64(_LISTED_SLOTS - 1)).astype(np.intp)
    function_slots, number_slots = _listed_slots()

    def listed(candidates: np.ndarray, listing: frozenset[str] | dict[str, str]) -> np.ndarray:
        at = np.flatnonzero(candidates)
        found = np.zeros(starts.size, dtype=bool)
        found[at] = [words.text[i:j].lower() in listing for i, j in zip(starts[at].tolist(), ends[at].tolist())]
        return found

    named = capital & ~listed(capital & function_slots[slots], _FUNCTION_WORDS)
    return np.flatnonzero(named | digit | listed(number_slots[slots], _NUMBER_WORDS))


# Size of the tables of listed words' hashes (low bits): few collisions, each then checked on the word.
_LISTED_SLOTS = 1 << 16


@functools.lru_cache(maxsize=1)
def _listed_slots() -> tuple[np.ndarray, np.ndarray]:
    """Which low bits of a word hash the function words' and the number words' hashes have."""
    from wirewash.transforms.core.minhash import word_hashes  # minhash imports this module

    tables = []
    for listing in (_FUNCTION_WORDS, _NUMBER_WORDS):
        table = np.zeros(_LISTED_SLOTS, dtype=bool)
        table[(word_hashes(" ".join(sorted(listing))) & np.uint64(_LISTED_SLOTS - 1)).astype(np.intp)] = True
        tables.append(table)
    return tables[0], tables[1]


def evidence(shingles: np.ndarray, text: Words, title: Words | None = None, published: int | None = None) -> Evidence:
    """The Evidence of a text (and title, and publication day) from its words."""
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
                        windows=text.windows)
    groups = [_distinctive(text)]
    if subjects is not None and subjects.size:
        # Words of the title in the text ("hog prices", "spring wheat futures": the report's market, even in
        # lower case) are distinctive too, in runs of their own after the names and figures: joined to their
        # runs they would swallow the passage that frames a figure ("raising its copper cathode price by").
        in_title = _member(text.hashes, np.sort(subjects))
        in_title[groups[0]] = False
        groups.append(np.flatnonzero(in_title))
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
    )


@dataclass(frozen=True)
class VerifyConfig:
    """When a candidate pair is a copy. Defaults tuned on the dev split of benchmarks/eval (README).

    ``threshold``: least shingle Jaccard. ``min_coverage``: least share of the shorter text's shingles in
    the longer. ``max_disagreeing``: most names of the shorter text the longer may lack (a respelled name, a
    new byline); ``max_disagreeing_figures``: most numbers, weekdays and months it may lack (templated
    reports differ in little else); ``max_disagreeing_title``: most title words both titles may each have
    that the other text lacks (a copy re-headlined on one side, not two headlines). ``max_days_apart``: most days between the publication dates of two copies, when
    both are known, counted in working days (Monday to Friday): a central bank's unchanged-policy report is
    word for word the same every fortnight, while a desk re-sends Friday's story on Monday.
    ``max_own_passage``: the longest passage, in shingles (a run of n shingles spans n + shingle_size - 1
    words), that both texts may each have inside them and the other lacks: a re-send corrects a note, but an
    update or a follow-up adds a sentence of its own to a story that itself has one the update dropped. The
    longer text may open with no longer a passage of its own above the shorter's opening (a new lead).
    ``max_own_passage_apart``: the same for two texts published on different days: a desk's overnight
    re-send repeats the story or trims it, while the next day's version tells one thing in a sentence of
    its own (how many shares were tendered by midnight, "as reported yesterday").
    ``max_update_share``: the most of its shingles a longer text published on a later day than the shorter
    may have in a passage of its own that closes it; more is an update of the earlier story, paragraphs added
    at its end (a trimmed copy comes after the text it was trimmed from).
    """

    threshold: float = 0.3
    min_coverage: float = 0.65
    max_disagreeing: int = 2
    max_disagreeing_figures: int = 1
    max_disagreeing_title: int = 2
    max_days_apart: int = 1
    max_own_passage: int = 11
    max_own_passage_apart: int = 9
    max_update_share: float = 0.2

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {self.threshold}")
        if not 0.0 <= self.min_coverage <= 1.0:
            raise ValueError(f"min_coverage must be in [0, 1], got {self.min_coverage}")
        if not 0.0 <= self.max_update_share <= 1.0:
            raise ValueError(f"max_update_share must be in [0, 1], got {self.max_update_share}")
        limits = (self.max_disagreeing, self.max_disagreeing_figures, self.max_disagreeing_title, self.max_days_apart,
                  self.max_own_passage, self.max_own_passage_apart)
        if min(limits) < 0:
            raise ValueError(
                "max_disagreeing, max_disagreeing_figures, max_disagreeing_title, max_days_apart, "
                f"max_own_passage and max_own_passage_apart must be >= 0, got {limits}"
            )


DUPLICATE = "duplicate"


@dataclass(frozen=True)
class Verdict:
    """``reason``: ``duplicate``, or why not (``jaccard``, ``coverage``, ``passages``, ``lead``,
    ``published``, ``update``, ``title``, ``tokens``).
    ``disagreeing``: the shorter text's distinctive tokens the longer lacks."""

    reason: str
    jaccard: float
    coverage: float
    disagreeing: tuple[str, ...] = field(default=())

    @property
    def duplicate(self) -> bool:
        return self.reason == DUPLICATE


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)``: numpy 2.x's costs several times a sort plus a mask on arrays of a document's size."""
    values = np.sort(values)
    keep = np.empty(values.size, dtype=bool)
    keep[:1] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def _member(values: np.ndarray, sorted_unique: np.ndarray) -> np.ndarray:
    """``np.isin(values, sorted_unique)`` for a sorted array, by binary search: a few microseconds on a
    document's arrays where np.isin sorts both."""
    if sorted_unique.size == 0:
        return np.zeros(values.shape, dtype=bool)
    at = np.searchsorted(sorted_unique, values)
    return sorted_unique[np.minimum(at, sorted_unique.size - 1)] == values


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted unique hash arrays (two empty sets: 1.0)."""
    if a.size == 0 and b.size == 0:
        return 1.0
    inter = np.intersect1d(a, b, assume_unique=True).size
    return inter / (a.size + b.size - inter)


def verify(a: Evidence, b: Evidence, cfg: VerifyConfig) -> Verdict:
    """Whether ``a`` and ``b`` are copies of one text, with the evidence; symmetric in ``a`` and ``b``."""
    small, large = (a, b) if (a.shingles.size, a.tokens) <= (b.shingles.size, b.tokens) else (b, a)
    if small.shingles.size == 0:
        return Verdict("jaccard", 1.0 if large.shingles.size == 0 else 0.0, 0.0)
    inter = int(_member(small.shingles, large.shingles).sum())
    sim = inter / (small.shingles.size + large.shingles.size - inter)
    coverage = inter / small.shingles.size
    title, title_fewer, title_opening = _title_disagreeing(a, b)
    disagreeing = _disagreeing(a, b)
    if sim < cfg.threshold:
        reason = "jaccard"
    elif coverage < cfg.min_coverage:
        reason = "coverage"
    else:
        # Alike enough to be a copy: the readings the texts give apart, then the rest of the evidence.
        listed = _member(_listed_hashes(), a.vocabulary), _member(_listed_hashes(), b.vocabulary)
        corrected = _corrected(a, b, listed)
        disagreeing += () if corrected else _readings(listed)
        titled_apart = title_fewer > cfg.max_disagreeing_title or bool(title_opening)
        reason = _copy_reason((small, large), cfg, corrected, disagreeing, titled_apart)
    title_words = sorted(set(title) | set(title_opening))
    return Verdict(reason, sim, coverage, disagreeing + tuple(f"title:{t}" for t in title_words))


def _copy_reason(
    pair: tuple[Evidence, Evidence], cfg: VerifyConfig, corrected: bool, disagreeing: tuple[str, ...], titled_apart: bool
) -> str:
    """``duplicate``, or why two texts (``pair``: the shorter, the longer) alike enough in Jaccard and coverage
    are not copies."""
    small, large = pair
    # Which of each text's shingles, in text order, the other has (empty when the order is not known).
    in_small, in_large = _member(small.windows, large.shingles), _member(large.windows, small.shingles)
    runs_large = _own_runs(in_large)
    limit = cfg.max_own_passage_apart if _apart(small, large) and not corrected else cfg.max_own_passage
    if min(_own_passage(_own_runs(in_small), in_small.size), _own_passage(runs_large, in_large.size)) > limit:
        return "passages"
    if _own_lead(in_large) > cfg.max_own_passage and _own_lead(in_small) == 0:
        return "lead"
    if (
        small.published is not None and large.published is not None
        and _working_days_apart(small.published, large.published) > cfg.max_days_apart
    ):
        return "published"
    if not corrected and _updated(small, large, runs_large, in_large.size, cfg):
        return "update"
    if titled_apart:
        return "title"
    if _too_many(disagreeing, cfg, _CORRECTED_FIGURES if corrected else 0):
        return "tokens"
    return DUPLICATE


def _apart(a: Evidence, b: Evidence) -> bool:
    """Whether both publication days are known and differ."""
    return a.published is not None and b.published is not None and a.published != b.published


def _corrected(a: Evidence, b: Evidence, listed: tuple[np.ndarray, np.ndarray]) -> bool:
    """Whether one text is a desk's correction of the other: a title flagged CORRECTED, CORRECTION, RPT...,
    or a correction note ("Company corrects period in March 19 item") in one text only (``listed``: which of
    ``_listed_hashes`` each text's vocabulary holds)."""
    if not (_CORRECTION_FLAGS.isdisjoint(a.title_tokens) and _CORRECTION_FLAGS.isdisjoint(b.title_tokens)):
        return True
    return bool(listed[0][-1] != listed[1][-1])


def _own_passage(runs: tuple[np.ndarray, np.ndarray], size: int) -> int:
    """The longest of a text's ``runs`` of its own (``_own_runs``; ``size`` shingles in all) that neither
    opens nor closes the text, in shingles (0 when the order is not known)."""
    starts, ends = runs
    inside = (starts > 0) & (ends < size)
    return int((ends[inside] - starts[inside]).max()) if inside.any() else 0


def _own_runs(found: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The runs of a text's shingles the other text lacks (``found``: which it has, in text order), as
    start and end (excluded) positions."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], (~found).view(np.int8), [0]))))
    return edges[::2], edges[1::2]


def _own_lead(found: np.ndarray) -> int:
    """How many of a text's shingles open it before its first passage the other text has too (``found``:
    which of its shingles, in text order, the other has; 0 when the order is not known). A passage is
    _LEAD_PASSAGE shingles in a row: a phrase any two stories share ("the company said") is not where one
    text's lead meets the other."""
    if found.size == 0:
        return 0
    if found.size < _LEAD_PASSAGE:
        return 0 if found.all() else int(found.size)
    passage = found[: found.size - _LEAD_PASSAGE + 1].copy()
    for i in range(1, _LEAD_PASSAGE):
        passage &= found[i : found.size - _LEAD_PASSAGE + 1 + i]
    return int(np.argmax(passage)) if passage.any() else int(found.size)


def _updated(
    small: Evidence, large: Evidence, runs: tuple[np.ndarray, np.ndarray], size: int, cfg: VerifyConfig
) -> bool:
    """Whether ``large`` (``runs``: its runs of its own, ``_own_runs``; ``size`` shingles in all) is a new
    version of ``small`` with more than ``max_update_share`` of its shingles in passages of its own longer
    than ``max_own_passage``: one published on a later day whose passage of its own closes it (paragraphs
    added at the end: a trimmed copy comes after its original, a desk's re-edit leaves short runs, a copy
    that cut a middle paragraph leaves the story one inside it), or one whose title alone opens with a
    desk's UPDATE flag (its passages above or among the old ones: "UPDATE 1-" over a new lead)."""
    flagged = _update_flag(large) and not _update_flag(small)
    later = small.published is not None and large.published is not None and large.published > small.published
    if not (flagged or later):
        return False
    starts, ends = runs
    closing = ends == size
    # A later day's paragraphs close the text; a flagged version's news above or among the old paragraphs
    # (not at its end, where a reprint of it that was trimmed would have its cut).
    lengths = (ends - starts)[(closing & later) | (~closing & flagged)]
    own = int(lengths[lengths > cfg.max_own_passage].sum())
    return own > cfg.max_update_share * size


def _update_flag(e: Evidence) -> bool:
    """Whether the title opens with a desk's flag for a new version of a story ("UPDATE 2-", "NEWLEAD")."""
    return bool(e.title_tokens) and e.title_tokens[0] in _UPDATE_FLAGS


def _working_days_apart(x: int, y: int) -> int:
    """Working days (Monday to Friday) from the earlier of two days (``date.toordinal()``) to the later:
    the days counted are the earlier one and those after it, up to the later one excluded."""
    lo, hi = min(x, y), max(x, y)
    # date.fromordinal(1) is a Monday: an ordinal's weekday is (ordinal - 1) % 7, 0 for Monday.
    weeks, rest = divmod(hi - lo, 7)
    first = (lo - 1) % 7
    return weeks * 5 + sum((first + i) % 7 < 5 for i in range(rest))


def _slot_fillers(
    x: Evidence, y: Evidence, keys: tuple[np.ndarray, np.ndarray], lacked: tuple[np.ndarray, np.ndarray]
) -> tuple[dict[int, list[str]], list[str], list[str], set[str]]:
    """Distinctive words of ``x`` that ``y`` lacks where they fill a slot of a passage the two share
    (``keys``: each text's slot per word, ``_pair_keys``; ``lacked``: which of each text's words the other's
    run in that slot lacks):
    (inside the text, shared on both sides, by slot; opening the text, shared after; all those opening the
    text; those inside that are words of ``x``'s title).
    Words in a passage only ``x`` has (trimmed from ``y``, an added sentence, a sign-off) are not, nor are
    words ``x`` adds to the same run (a ticker or an initial added to a name ``y`` has in that slot too)."""
    missing = ~_member(x.token_hashes, y.vocabulary)
    exists = x.contexts != _NO_WINDOW
    shared = _member(x.contexts, y.shingles) & exists
    # A slot: ``y`` has a run of its own between the same two passages (a substitution, not a sentence
    # ``y`` dropped).
    x_keys, y_keys = keys
    # ... filled with a word that ``y``'s run there lacks, even if ``y`` has it elsewhere (the Fed's funds
    # rate "6-1/16" one day, "6-3/16" the next, in a text with "1.5 billion"), where ``y``'s run has a word
    # ``x``'s lacks too: one name or figure put for another, not words ``x`` adds to the run.
    # A figure counts there; a name only if ``y`` lacks it everywhere (a desk writes "Mths" or "mths").
    inside = lacked[0] & shared.all(axis=1) & _member(x_keys, np.sort(y_keys[lacked[1]]))
    # Only in a short run (a rate, a time, a price): a table is one long run, re-set line by line.
    elsewhere = np.flatnonzero(inside & ~missing)
    inside[elsewhere] = [
        x.tokens[i][0].isdigit()
        and max(int((x_keys == x_keys[i]).sum()), int((y_keys == x_keys[i]).sum())) <= _SHORT_RUN
        for i in elsewhere
    ]
    opening = missing & ~exists[:, 0]
    start = opening & shared[:, 1]
    slots: dict[int, list[str]] = {}
    subjects = set()
    filled = np.flatnonzero(inside).tolist()
    title = set(x.title_hashes.tolist()) if filled else set()
    for i in filled:
        slots.setdefault(int(x_keys[i]), []).append(x.tokens[i])
        if int(x.token_hashes[i]) in title:
            subjects.add(x.tokens[i])
    return (
        slots,
        [x.tokens[i] for i in np.flatnonzero(start)],
        [x.tokens[i] for i in np.flatnonzero(opening)],
        subjects,
    )


def _pair_keys(contexts: np.ndarray) -> np.ndarray:
    return (contexts[:, 0].astype(np.uint64) << np.uint64(32)) | contexts[:, 1].astype(np.uint64)


def _fills(keys: np.ndarray, token_hashes: np.ndarray) -> np.ndarray:
    """One hash per (slot, word): the same word in the same slot of two texts hashes alike."""
    with np.errstate(over="ignore"):
        return (keys * _GOLDEN64) ^ token_hashes.astype(np.uint64)


def _respelled(x: str, y: str) -> bool:
    """One word respelled ("labour"/"labor", "comittee"/"committee"), not another name or figure."""
    short, long = (len(x), len(y)) if len(x) <= len(y) else (len(y), len(x))
    # Respellings and inflections keep their first letter, and the ratio is at most 2 * short / (short +
    # long): most pairs are told apart without difflib.
    return (
        short >= 4
        and (x[0] == y[0] or x[1:] == y or y[1:] == x)
        and 2 * short >= _RESPELLED * (short + long)
        and difflib.SequenceMatcher(None, x, y).ratio() >= _RESPELLED
    )


def _value(word: str) -> str:
    """A figure written out as its digits ("nine": "9"), a month or a word of a name abbreviated as its full
    form ("jan": "january", "corp": "corporation")."""
    return _NUMBER_WORDS.get(word, _FULL_FORM.get(word, word))


def _unpaired(xs: list[str], ys: list[str]) -> tuple[set[str], set[str]]:
    """``xs`` and ``ys`` less the words of each that the other has respelled, inflected, written out in digits
    or abbreviated: one word, not two. A figure written out is one figure only against one figure: "six"
    against "6-1/16" ("6", "16") is another rate; "9:40" ("9", "40") and "0940" are one time."""
    if not xs or not ys:
        return set(xs), set(ys)
    x_digits, y_digits = ("".join(t for t in side if t.isdigit()).lstrip("0") for side in (xs, ys))
    if x_digits and x_digits == y_digits:
        xs, ys = [t for t in xs if not t.isdigit()], [t for t in ys if not t.isdigit()]
    x_set, y_set = set(xs), set(ys)
    paired_x: set[str] = set()
    paired_y: set[str] = set()
    if any(t in _NUMBER_WORDS or t in _FULL_FORM for t in x_set | y_set):
        # Figures written out and words abbreviated, by their value; a figure's only against one figure.
        one_figure = sum(kind_of(t) == NUMBER for t in x_set) == 1 == sum(kind_of(t) == NUMBER for t in y_set)
        x_value, y_value = ({t: _value(t) for t in side if one_figure or kind_of(t) != NUMBER} for side in (x_set, y_set))
        same = set(x_value.values()) & set(y_value.values())
        paired_x = {t for t, v in x_value.items() if v in same}
        paired_y = {t for t, v in y_value.items() if v in same}
    # Respelled words: figures are not respelled ("1986"/"1987").
    for x in x_set - paired_x:
        if x[0].isdigit():
            continue
        for y in y_set - paired_y:
            if _respelled(x, y):
                paired_x.add(x)
                paired_y.add(y)
    return x_set - paired_x, y_set - paired_y


def _disagreeing(a: Evidence, b: Evidence) -> tuple[str, ...]:
    """Slot fillers of either text the other lacks, less respelled words and figures written out. Opening
    the texts they count only when both texts open with words the other lacks (one company's name put for
    another's), not when one text alone does (a dateline or a credit an outlet added). Fillers that name each
    text's own subject (words of its title) on both sides are marked ``subject:``: one market, commodity or
    place put for another in a templated report, even in lower case ("hog prices" / "cattle prices")."""
    keys_a, keys_b = _pair_keys(a.contexts), _pair_keys(b.contexts)
    fills_a, fills_b = _fills(keys_a, a.token_hashes), _fills(keys_b, b.token_hashes)
    lacked_a, lacked_b = ~_member(fills_a, np.sort(fills_b)), ~_member(fills_b, np.sort(fills_a))
    inside_a, starts_a, opening_a, subjects_a = _slot_fillers(a, b, (keys_a, keys_b), (lacked_a, lacked_b))
    inside_b, starts_b, opening_b, subjects_b = _slot_fillers(b, a, (keys_b, keys_a), (lacked_b, lacked_a))
    only_a, only_b = set(), set()
    for key in inside_a.keys() | inside_b.keys():
        slot_a, slot_b = _unpaired(inside_a.get(key, []), inside_b.get(key, []))
        only_a |= slot_a
        only_b |= slot_b
    words = only_a | only_b
    if only_a & subjects_a and only_b & subjects_b:
        words = (words - subjects_a - subjects_b) | {f"{SUBJECT}{w}" for w in words & (subjects_a | subjects_b)}
    if (starts_a and opening_b) or (starts_b and opening_a):
        open_a, open_b = _unpaired(opening_a, opening_b)
        if (set(starts_a) & open_a and open_b) or (set(starts_b) & open_b and open_a):
            words.update(f"{OPENING}{w}" for w in open_a | open_b)
    return tuple(sorted(words))


def _title_disagreeing(a: Evidence, b: Evidence) -> tuple[tuple[str, ...], int, tuple[str, ...]]:
    """(the title words of either text that the other's text and title lack, less those the other's title has
    respelled or inflected ("FEAR"/"FEARS"), for the side with more; how many the side with fewer has; the
    words opening both titles that the other text lacks, and the sessions the titles name when they name
    different ones: "MIDDAY" / "CLOSES").

    A re-headlined copy takes its headline's words from the story, or rewrites one headline only; two
    headlines each with words of their own head two stories. A copy keeps its subject at the head of the
    title; another company's or market's report, word for word the same body, opens its title with another
    name ("JOLIET HOGS" / "ST JOSEPH HOGS", "QUAKER OATS CO" / "UNIBANCORP INC")."""
    if not a.title_tokens or not b.title_tokens:
        return (), 0, ()
    missing_a, missing_b = (~_member(x.title_hashes, y.vocabulary) for x, y in ((a, b), (b, a)))
    only_a, only_b = _unpaired(
        *([x.title_tokens[i] for i in np.flatnonzero(missing)] for x, missing in ((a, missing_a), (b, missing_b)))
    )
    most = max((tuple(sorted(side)) for side in (only_a, only_b)), key=lambda side: (len(side), side))
    # The words opening each title up to the first the other text has, less those the other title respells,
    # possessives, which describe the subject that follows ("ITALY'S AGIP" / "ENI UNIT AGIP"), and a desk's
    # flags ("CORRECTED-INSITUFORM" / "RPT-INSITUFORM").
    open_a, open_b = (
        {t for t in x.title_tokens[:n] if t in only and not t.endswith("'s") and t not in _RESEND_FLAGS}
        for x, missing, only in ((a, missing_a, only_a), (b, missing_b, only_b))
        for n in [int(np.argmin(missing)) if not missing.all() else missing.size]
    )
    heads = tuple(sorted(open_a | open_b)) if open_a and open_b else ()
    sessions_a, sessions_b = ({t for t in x.title_tokens if t in _SESSIONS} for x in (a, b))
    if sessions_a and sessions_b and {_SESSIONS[t] for t in sessions_a}.isdisjoint(_SESSIONS[t] for t in sessions_b):
        heads += tuple(sorted(sessions_a | sessions_b))
    return most, min(len(only_a), len(only_b)), heads


def _readings(listed: tuple[np.ndarray, np.ndarray]) -> tuple[str, ...]:
    """The words of ``_READINGS`` each text has and the other lacks (``listed``: which of ``_listed_hashes``
    each text's vocabulary holds), on the scales where the two texts read apart: each has a word of its own
    there and no reading of one is the other's ("higher" / "steady"; a story's "rose" and "fell" against its
    copy's "declined" are not apart), marked ``reading:``."""
    present_a, present_b = listed[0][: len(_READINGS)], listed[1][: len(_READINGS)]
    only_a, only_b = present_a & ~present_b, present_b & ~present_a
    if not (only_a.any() and only_b.any()):
        return ()
    words = list(_READINGS)

    def read(present: np.ndarray) -> list[tuple[str, str]]:
        return [_READINGS[words[i]] for i in np.flatnonzero(present)]

    scales = {scale for scale, _ in read(only_a)} & {scale for scale, _ in read(only_b)}
    reads_a, reads_b = read(present_a), read(present_b)
    apart = {
        scale for scale in scales
        if {r for s, r in reads_a if s == scale}.isdisjoint(r for s, r in reads_b if s == scale)
    }
    own = np.flatnonzero(only_a | only_b)
    return tuple(sorted(f"{READING}{words[i]}" for i in own if _READINGS[words[i]][0] in apart))


@functools.lru_cache(maxsize=1)
def _listed_hashes() -> np.ndarray:
    """The vocabulary hashes of the words of ``_READINGS``, in its order, then of "corrects" (the verb of a
    desk's correction note): looked up in each text's vocabulary at once."""
    from wirewash.transforms.core.minhash import word_hashes  # minhash imports this module

    return (word_hashes(" ".join([*_READINGS, "corrects"])) >> np.uint64(32)).astype(np.uint32)


def _too_many(disagreeing: tuple[str, ...], cfg: VerifyConfig, corrected_figures: int = 0) -> bool:
    """Whether the disagreeing words make another report; ``corrected_figures`` more figures may disagree,
    and then a figure of each title in one slot is the corrected figure, not another subject."""
    if corrected_figures:
        disagreeing = tuple(
            t.removeprefix(SUBJECT) if kind_of(t.removeprefix(SUBJECT)) == NUMBER else t for t in disagreeing
        )
    if any(t.startswith((OPENING, SUBJECT, READING)) for t in disagreeing):
        return True  # the texts open on different names, name different subjects or read a market apart
    names = sum(kind_of(t) == NAME for t in disagreeing)
    figures = len(disagreeing) - names
    return names > cfg.max_disagreeing or figures > cfg.max_disagreeing_figures + corrected_figures
