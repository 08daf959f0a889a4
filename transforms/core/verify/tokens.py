"""The distinctive words two texts disagree on: template slots filled with another name or figure
(respellings, abbreviations and figures written out paired up), title words, the readings of a scale; and
when they make another report."""
from __future__ import annotations

import difflib

import numpy as np

from wirewash.transforms.core.verify.config import VerifyConfig
from wirewash.transforms.core.verify.record import NO_WINDOW, Evidence
from wirewash.transforms.core.verify.sets import member
from wirewash.transforms.core.verify.vocabulary import (
    FULL_FORM, NAME, NUMBER, NUMBER_WORDS, READINGS, RESEND_FLAGS, SESSIONS, kind_of,
)

# Two words at least this alike (difflib ratio) in one slot are one word respelled.
_RESPELLED = 0.8
# Most distinctive words in a run where a figure the other text has elsewhere still counts as put for another.
_SHORT_RUN = 4
# Prefix of disagreeing words that open both texts (one subject put for another).
OPENING = "opening:"
# Prefix of disagreeing words that name each text's own subject (title words) in one slot.
SUBJECT = "subject:"
# Prefix of disagreeing words that give each text its own reading of one scale (a market higher in one text,
# lower in the other; another month; another weekday), in any case.
READING = "reading:"
# Prefix of the title words ``verify`` adds to a verdict's disagreeing words (shown, never counted by ``too_many``).
TITLE = "title:"


def _slot_fillers(
    x: Evidence, y: Evidence, missing: np.ndarray, slots_of: dict[int, tuple[int, bool]]
) -> tuple[dict[int, list[str]], list[str], list[str], set[str]]:
    """Distinctive words of ``x`` that ``y`` lacks (``missing``: which of ``x``'s words ``y``'s vocabulary
    lacks) where they fill a slot of a passage the two share (``slots_of``: for those of ``x``'s words
    ``y``'s run has another word in the place of, their slot there and whether both runs there are short;
    ``_substituted``):
    (inside the text, by slot; opening the text, shared after; all those opening the text; those inside that
    are words of ``x``'s title).
    Words in a passage only ``x`` has (trimmed from ``y``, an added sentence, a sign-off) are not, nor are
    words ``x`` adds to the same run (a ticker or an initial added to a name ``y`` has in that slot too)."""
    slots: dict[int, list[str]] = {}
    subjects = set()
    # Most pairs (copies: 98% of those of a story in 25 copies) have no slot filled anew.
    if slots_of:
        # One name or figure put for another even if ``y`` has it elsewhere (the Fed's funds rate "6-1/16" one
        # day, "6-3/16" the next, in a text with "1.5 billion"): a figure counts there, only in a short run (a
        # rate, a time, a price: a table is one long run, re-set line by line); a name only if ``y`` lacks it
        # everywhere (a desk writes "Mths" or "mths").
        filled = [i for i in sorted(slots_of) if missing[i] or (slots_of[i][1] and _figure(x.tokens[i]))]
        title = set(x.title_hashes.tolist())
        for i in filled:
            slots.setdefault(slots_of[i][0], []).append(x.tokens[i])
            if int(x.token_hashes[i]) in title:
                subjects.add(x.tokens[i])
    opening = x.opening_at[missing[x.opening_at]].tolist()
    # Of those, the words whose run is followed by a passage ``y`` has too.
    after = x.contexts[opening, 1] if opening else None
    start = [i for i, ok in zip(opening, (member(after, y.shingles) & (after != NO_WINDOW)).tolist()) if ok] if opening else []
    return (
        slots,
        [x.tokens[i] for i in start],
        [x.tokens[i] for i in opening],
        subjects,
    )


def _figure(word: str) -> bool:
    """Whether a distinctive word is a figure's (opens with a digit)."""
    return word[:1].isdigit()


def _may_fill(x: Evidence, missing: np.ndarray, at: np.ndarray) -> bool:
    """Whether any of ``x``'s words at ``at`` may count as a slot filler (``_slot_fillers``): one the other text
    lacks (``missing``), or a figure."""
    return bool(missing[at].any()) or any(_figure(x.tokens[i]) for i in at.tolist())


def _positions(e: Evidence, wanted: list[int]) -> dict[int, np.ndarray]:
    """The positions of the words of each of ``wanted`` (slot keys) in ``e``, in text order: a slice each of
    the positions in slot order (a scan of every key per slot cost as much as the rest of the slots' work)."""
    keys = np.array(wanted, dtype=np.uint64)
    ordered = e.sorted_slot_keys
    lo, hi = ordered.searchsorted(keys, "left").tolist(), ordered.searchsorted(keys, "right").tolist()
    order = e.slot_order
    return {key: order[i:j] for key, i, j in zip(wanted, lo, hi)}


def _substituted(
    a: Evidence, b: Evidence, missing: tuple[np.ndarray, np.ndarray]
) -> tuple[dict[int, tuple[int, bool]], dict[int, tuple[int, bool]]]:
    """Which distinctive words of each text the other text's run in the same slot has another word in the
    place of: for ``a`` and for ``b``, each such word's position, with its slot (numbered) and whether both
    runs of that slot are short (at most _SHORT_RUN words). ``missing``: which words of
    ``a`` the other text lacks, and of ``b``; a slot whose runs hold no word that may count as a filler
    (``_may_fill``) is not aligned, as nothing there would count.

    A slot is a pair of contexts (the passages before and after a run), or a text's start or end: the
    runs opening both texts are in one slot whatever follows them (the first rows of two tables), as are
    those closing both. A slot's runs aligned word by word, a word counts where the alignment replaces it by
    words the other text's runs there lack, between words both have or a passage both texts share: words
    one run adds (a ticker, an initial), the words a run opening a text starts with (a dateline or a credit
    an outlet put before the story) and those a run closing it ends with (the part a copy trimmed) are not.
    A templated table differs inside its run, its rows' figures between words both have ("0.78 under 0.77"
    / "0.78 under 0.80"). A figure set to another precision is one figure: after the same digits, one's
    rounded ("11.9 mln" / "11,908,000" split "11", "9" / "11", "908", "000")."""
    slots_a: dict[int, tuple[int, bool]] = {}
    slots_b: dict[int, tuple[int, bool]] = {}
    if not (a.tokens and b.tokens):
        return slots_a, slots_b
    # Only slots where a run has a word the other's lacks (few: most runs of two texts alike are the same),
    # looked up in sorted order (numpy narrows each search by the last one): only which slots matters.
    own_a = a.keys_by_fill[~member(a.sorted_fills, b.sorted_fills)].tolist()
    own_b = b.keys_by_fill[~member(b.sorted_fills, a.sorted_fills)].tolist()
    # The slots of those runs that both texts have, in order: a few keys each, looked up as Python sets (numpy's
    # calls cost more than their work on arrays of a few).
    keys = sorted(b.slot_key_set.intersection(own_a) | a.slot_key_set.intersection(own_b))
    # The runs opening (closing) both texts, when their other contexts differ (else a slot of their own).
    ends = [(x, y) for x, y in zip(a.edge_slots, b.edge_slots) if x is not None and y is not None and x != y]
    if not keys and not ends:
        return slots_a, slots_b
    at_a = _positions(a, keys + [x for x, _ in ends])
    at_b = _positions(b, keys + [y for _, y in ends])
    slots = [(at_a[key], at_b[key], key) for key in keys]
    slots += [(at_a[x], at_b[y], -1) for x, y in ends]
    for n, (at_a, at_b, key) in enumerate(slots):
        run_a, run_b = a.token_hashes[at_a].tolist(), b.token_hashes[at_b].tolist()
        if run_a == run_b or not (_may_fill(a, missing[0], at_a) or _may_fill(b, missing[1], at_b)):
            continue
        edges = (bool(a.contexts[at_a[0], side] == NO_WINDOW) or key == -1 for side in (0, 1))
        short = max(at_a.size, at_b.size) <= _SHORT_RUN
        # The alignment is not symmetric in its two runs (a table's figures re-set align either way): a word
        # counts where either order puts another in its place.
        for put_a, put_b in _replaced((a.tokens, at_a, run_a), (b.tokens, at_b, run_b), tuple(edges)):
            slots_a.update(dict.fromkeys(put_a.tolist(), (n, short)))
            slots_b.update(dict.fromkeys(put_b.tolist(), (n, short)))
    return slots_a, slots_b


Run = tuple[tuple[str, ...], np.ndarray, list[int]]


def _replaced(x: Run, y: Run, edges: tuple[bool, bool]) -> list[tuple[np.ndarray, np.ndarray]]:
    """The words of two runs in one slot (each: the text's ``tokens``, the run's positions in them, its
    words' hashes) that an alignment, in either order, replaces by words the other run lacks, as pairs of
    positions; ``edges``: whether the slot's start and end are a text's or unmatched (a replacement there is
    a dateline or a trim, not a slot filled anew)."""
    found: list[tuple[np.ndarray, np.ndarray]] = []
    lacked_x, lacked_y = set(x[2]) - set(y[2]), set(y[2]) - set(x[2])
    if not (lacked_x or lacked_y):
        return found  # the same words in another order or number: none is put for another
    for first, second, swapped in ((x, y, False), (y, x, True)):
        (tokens_f, at_f, run_f), (tokens_s, at_s, run_s) = first, second
        for i1, i2, j1, j2 in replacements(run_f, run_s):
            if (edges[0] and 0 in (i1, j1)) or (edges[1] and (i2 == len(run_f) or j2 == len(run_s))):
                continue
            if i1:
                i1, j1 = _past_rounded(tokens_f, at_f[i1 - 1 : i2], tokens_s, at_s[j1 - 1 : j2], i1, j1)
                if i1 == i2 or j1 == j2:
                    continue  # the rest of the replacement is words one run adds
            if max(i2 - i1, j2 - j1) > 2 * min(i2 - i1, j2 - j1) + 1:
                continue  # a clause rewritten around a word ("Company 81.4 pct owned" / "Effective ...")
            figures = [{kind_of(tokens[t]) == NUMBER for t in at[lo:hi]}
                       for tokens, at, lo, hi in ((tokens_f, at_f, i1, i2), (tokens_s, at_s, j1, j2))]
            if len(figures[0]) == len(figures[1]) == 1 and figures[0] != figures[1]:
                continue  # figures for words: a label reworded ("12 mths" / "Year"), not a slot filled anew
            put_f = at_f[[k for k in range(i1, i2) if run_f[k] in (lacked_y if swapped else lacked_x)]]
            put_s = at_s[[k for k in range(j1, j2) if run_s[k] in (lacked_x if swapped else lacked_y)]]
            found.append((put_s, put_f) if swapped else (put_f, put_s))
    return found


def replacements(a: list[int], b: list[int]) -> list[tuple[int, int, int, int]]:
    """The ``replace`` opcodes (i1, i2, j1, j2) of ``difflib.SequenceMatcher(None, a, b, autojunk=False)``: the
    same alignment (the longest matching block, earliest in ``a`` then in ``b``, then the same on each side
    of it), without the matcher's objects and junk handling (none here), which cost most of a pair's
    alignment of runs of a few words. Adjacent blocks are not merged: that leaves the gaps between them."""
    b2j: dict[int, list[int]] = {}
    for j, value in enumerate(b):
        b2j.setdefault(value, []).append(j)
    blocks = []
    queue = [(0, len(a), 0, len(b))]
    while queue:
        alo, ahi, blo, bhi = queue.pop()
        best_i = best_j = size = 0
        ending: dict[int, int] = {}  # j: length of the match ending at a[i - 1] and b[j]
        for i in range(alo, ahi):
            ending_here = {}
            for j in b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = ending_here[j] = ending.get(j - 1, 0) + 1
                if k > size:
                    best_i, best_j, size = i - k + 1, j - k + 1, k
            ending = ending_here
        if size:
            blocks.append((best_i, best_j, size))
            if alo < best_i and blo < best_j:
                queue.append((alo, best_i, blo, best_j))
            if best_i + size < ahi and best_j + size < bhi:
                queue.append((best_i + size, ahi, best_j + size, bhi))
    blocks.sort()
    blocks.append((len(a), len(b), 0))
    found, i, j = [], 0, 0
    for block_i, block_j, size in blocks:
        if i < block_i and j < block_j:
            found.append((i, block_i, j, block_j))
        i, j = block_i + size, block_j + size
    return found


def _past_rounded(
    tokens_a: tuple[str, ...], at_a: np.ndarray, tokens_b: tuple[str, ...], at_b: np.ndarray, i: int, j: int
) -> tuple[int, int]:
    """Where a replacement (``at_a``, ``at_b``: its words' positions in each text, after the word both runs
    have before it; ``i``, ``j``: its start in each run) starts once the pieces of a figure set to another
    precision are left out: after the same figure, the digits of one rounded or cut are the other's ("11",
    "9" / "11", "908", "000"; "3", "1" / "3", "086", "386")."""
    if not tokens_a[at_a[0]].isdigit():
        return i, j
    digits_a, digits_b = ([x[t] for t in at[1:]] for x, at in ((tokens_a, at_a), (tokens_b, at_b)))
    n_a, n_b = (next((k for k, t in enumerate(d) if not t.isdigit()), len(d)) for d in (digits_a, digits_b))
    short, long = sorted(("".join(digits_a[:n_a]), "".join(digits_b[:n_b])), key=len)
    if not short or len(short) == len(long):
        return i, j
    head = long[: len(short)]
    if short == head or (long[len(short)] >= "5" and short == str(int(head) + 1).zfill(len(short))):
        return i + n_a, j + n_b
    return i, j


def _respelled(x: str, y: str) -> bool:
    """One word respelled or inflected ("labour"/"labor", "comittee"/"committee", "Rev"/"Revs"), not another
    name or figure."""
    short, long = (len(x), len(y)) if len(x) <= len(y) else (len(y), len(x))
    if short >= 2 and x.isalpha() and (y == x + "s" or x == y + "s"):
        return True  # a plural or a verb's -s ("Rev" / "Revs" heading one table row)
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
    return NUMBER_WORDS.get(word, FULL_FORM.get(word, word))


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
    if any(t in NUMBER_WORDS or t in FULL_FORM for t in x_set | y_set):
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


def disagreeing(a: Evidence, b: Evidence) -> tuple[str, ...]:
    """Slot fillers of either text the other lacks, less respelled words and figures written out. Opening
    the texts they count only when both texts open with words the other lacks (one company's name put for
    another's), not when one text alone does (a dateline or a credit an outlet added). Fillers that name each
    text's own subject (words of its title) on both sides are marked ``subject:``: one market, commodity or
    place put for another in a templated report, even in lower case ("hog prices" / "cattle prices")."""
    missing_a, missing_b = ~member(a.token_hashes, b.vocabulary), ~member(b.token_hashes, a.vocabulary)
    slots_a, slots_b = _substituted(a, b, (missing_a, missing_b))
    inside_a, starts_a, opening_a, subjects_a = _slot_fillers(a, b, missing_a, slots_a)
    inside_b, starts_b, opening_b, subjects_b = _slot_fillers(b, a, missing_b, slots_b)
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


def title_disagreeing(a: Evidence, b: Evidence) -> tuple[tuple[str, ...], int, tuple[str, ...]]:
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
    missing_a, missing_b = (~member(x.title_hashes, y.vocabulary) for x, y in ((a, b), (b, a)))
    most: tuple[str, ...] = ()
    fewer = 0
    heads: tuple[str, ...] = ()
    # Nearly every candidate pair (copies, re-headlined or not) has each title's words in the other text: no
    # word of its own, so no side with more and none opening the titles: the rest, a tenth of verify()'s time
    # on copies, is skipped.
    if missing_a.any() or missing_b.any():
        only_a, only_b = _unpaired(*([x.title_tokens[i] for i in missing.nonzero()[0].tolist()]
                                     for x, missing in ((a, missing_a), (b, missing_b))))
        most = max((tuple(sorted(side)) for side in (only_a, only_b)), key=lambda side: (len(side), side))
        fewer = min(len(only_a), len(only_b))
        # The words opening each title up to the first the other text has, less those the other title respells,
        # possessives, which describe the subject that follows ("ITALY'S AGIP" / "ENI UNIT AGIP"), and a desk's
        # flags ("CORRECTED-INSITUFORM" / "RPT-INSITUFORM").
        open_a, open_b = (
            {t for t in x.title_tokens[:n] if t in only and not t.endswith("'s") and t not in RESEND_FLAGS}
            for x, missing, only in ((a, missing_a, only_a), (b, missing_b, only_b))
            for n in [int(missing.argmin()) if not missing.all() else missing.size]
        )
        heads = tuple(sorted(open_a | open_b)) if open_a and open_b else ()
    return most, fewer, heads + sessions_apart(a, b)


def sessions_apart(a: Evidence, b: Evidence) -> tuple[str, ...]:
    """The sessions two titles name when they name different ones ("MIDDAY" / "CLOSES"), else ()."""
    sessions_a, sessions_b = a.title_sessions, b.title_sessions
    if sessions_a and sessions_b and {SESSIONS[t] for t in sessions_a}.isdisjoint(SESSIONS[t] for t in sessions_b):
        return tuple(sorted(sessions_a | sessions_b))
    return ()


def names_subject(small: Evidence, large: Evidence) -> bool:
    """Whether both texts open with a name both titles give and the longer text names again: its subject.

    A story names its subject in its body: its first sentence opens with it and later ones come back to it
    ("BankAmerica Corp is not under pressure ... BankAmerica filed the offer ..."). A form opens with its
    label once ("Qtly div 10 cts vs 10 cts", "Hog prices opened 1.00 dlr higher") and names no one: its
    company or market is in its title only. So when one body is the other, or the other trimmed, and it names
    the titles' subject so, words of either title the other text lacks are a desk's slug or a headline
    rewritten ("TALKING POINT/BANKAMERICA <BAC> EQUITY OFFER" / "ECONOMIC SPOTLIGHT - BANKAMERICA <BAC>"),
    not another subject."""
    shared = set(small.title_tokens).intersection(large.title_tokens)
    return any(
        kind_of(t) == NAME and t not in RESEND_FLAGS and large.tokens.count(t) > 1
        for t in shared & _first_names(small) & _first_names(large)
    )


def _first_names(e: Evidence) -> set[str]:
    """The words of the run of distinctive words the text opens with (its first sentence's names: "BankAmerica
    Corp"), none when a passage opens it; not the title's words the text has in lower case near its start
    ("Italy's overall balance of payments": runs of their own)."""
    first, _last = e.edge_slots if e.tokens else (None, None)
    if first is None:
        return set()
    return {e.tokens[i] for i in (e.slot_keys == first).nonzero()[0].tolist()}


def readings(listed: tuple[np.ndarray, np.ndarray]) -> tuple[str, ...]:
    """The words of ``READINGS`` each text has and the other lacks (``listed``: which of ``listed_hashes``
    each text's vocabulary holds), on the scales where the two texts read apart: each has a word of its own
    there and no reading of one is the other's ("higher" / "steady"; a story's "rose" and "fell" against its
    copy's "declined" are not apart), marked ``reading:``."""
    present_a, present_b = listed[0][: len(READINGS)], listed[1][: len(READINGS)]
    only_a, only_b = present_a & ~present_b, present_b & ~present_a
    if not (only_a.any() and only_b.any()):
        return ()
    words = list(READINGS)

    def read(present: np.ndarray) -> list[tuple[str, str]]:
        return [READINGS[words[i]] for i in np.flatnonzero(present)]

    scales = {scale for scale, _ in read(only_a)} & {scale for scale, _ in read(only_b)}
    reads_a, reads_b = read(present_a), read(present_b)
    apart = {
        scale for scale in scales
        if {r for s, r in reads_a if s == scale}.isdisjoint(r for s, r in reads_b if s == scale)
    }
    own = np.flatnonzero(only_a | only_b)
    return tuple(sorted(f"{READING}{words[i]}" for i in own if READINGS[words[i]][0] in apart))


def disagreeing_kind(token: str) -> str | None:
    """Which rule a word of ``Verdict.disagreeing`` falls under: ``opening``, ``subject`` or ``reading`` (one is
    enough to refuse a pair, whatever the flags) by its prefix, else ``kind_of``'s ``number``, ``date`` or
    ``name``; None for a title word (``TITLE``), which ``too_many`` does not weigh. A reading was counted as a
    name: ``kind_of("reading:tuesday")`` is ``name``."""
    if token.startswith(TITLE):
        return None
    prefix = next((p for p in (OPENING, SUBJECT, READING) if token.startswith(p)), None)
    return prefix.rstrip(":") if prefix else kind_of(token)


def too_many(disagreeing: tuple[str, ...], cfg: VerifyConfig, corrected_figures: int = 0) -> bool:
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
