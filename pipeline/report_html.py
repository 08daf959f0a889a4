"""report.html: one self-contained page (inline CSS and SVG, no network) from report.json and bounded samples.

Pure: ``render_report`` takes the report dict and a ``Samples`` and returns the page as a string.
"""

from __future__ import annotations

import difflib
import html
import json
import re
from typing import Iterable

from wirewash.pipeline.samples import Samples
from wirewash.transforms.core.histogram import BUCKET_WIDTH, similarity_histogram
from wirewash.transforms.core.schema import GENERATOR
from wirewash.transforms.core.verify import VerifyConfig
from wirewash.transforms.core.wording import count_of, noun_for

# A sentence ends at . ! ? (and any closing quotes or bracket) followed by space and a capital, digit or
# quote.
_SENTENCE_RE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019)]))\s+(?=[A-Z0-9\"'\u201c\u2018(])")

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1100px;
padding:1.5em;color:#1d2430;background:#fff}
h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.2em;margin-top:1.8em;border-bottom:1px solid #d8dde6;
padding-bottom:.2em}
.totals{display:flex;gap:1em;flex-wrap:wrap}.total{border:1px solid #d8dde6;border-radius:6px;padding:.6em 1em;
min-width:8em}.total b{display:block;font-size:1.7em}.accounting{font-family:ui-monospace,monospace;
background:#eef6ee;padding:.4em .7em;border-radius:4px;display:inline-block}
.accounting.bad{background:#fbe9e9}
table{border-collapse:collapse;width:100%;margin:.5em 0}td,th{border-bottom:1px solid #e5e8ee;padding:.3em .5em;
text-align:left;vertical-align:top}th{background:#f4f6f9}td.n{text-align:right;font-variant-numeric:tabular-nums}
.ex{font-family:ui-monospace,monospace;font-size:.85em;color:#5a2a2a;background:#fdf3f3;padding:0 .3em;
border-radius:3px;display:inline-block;margin:.1em 0;max-width:60em;overflow-wrap:anywhere}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1em;margin-bottom:1.5em}.pair>div{border:1px solid #d8dde6;
border-radius:6px;padding:.5em .8em;max-height:30em;overflow:auto}.pair h3{font-size:1em;margin:.2em 0}
.same{background:#e6f4ea}.near{background:#f1f7d9}.diff{background:#fff4d6}.legend span{padding:0 .4em;margin-right:.6em}
.muted{color:#6b7385}.warn{background:#fff4d6;border-left:4px solid #e0a800;padding:.4em .7em}svg text{font:11px system-ui,sans-serif;fill:#1d2430}
"""

# Written into the page so a headless browser's DOM dump shows whether it rendered without script errors.
_PROBE = """<script>
window.addEventListener("error",function(e){var p=document.getElementById("js-errors");
if(p){p.textContent+=String(e.message)+"\\n";}});
window.addEventListener("load",function(){document.documentElement.setAttribute("data-rendered","yes");});
</script>"""


def _inputs(value: str | list[str]) -> str:
    """The report's input: one --input value, or the several given (--input repeated), comma-separated."""
    return value if isinstance(value, str) else ",".join(value)


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _clip(text: str, limit: int = 240) -> str:
    """Long removed passages (appended headline lists) shortened so a rule's row stays readable."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _table(
    header: Iterable[str], rows: Iterable[Iterable[str]], numeric: frozenset[int] = frozenset()
) -> str:
    """Rows of already-escaped cells; ``numeric`` column indexes are right-aligned."""
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join(
        "<tr>"
        + "".join(f'<td class="n">{c}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(r))
        + "</tr>"
        for r in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def bar_chart(
    bars: list[tuple[str, int]], marker: tuple[float, str] | None = None, width: int = 720, height: int = 180
) -> str:
    """An inline SVG bar chart of (label, count); ``marker`` is (position in [0, 1] of the x axis, label)."""
    if not bars:
        return '<p class="muted">nothing to show</p>'
    top = max(n for _, n in bars) or 1
    pad, base = 30, height - 24
    slot = (width - 2 * pad) / len(bars)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">']
    for i, (label, n) in enumerate(bars):
        h = (base - 16) * n / top
        x = pad + i * slot
        parts.append(
            f'<rect x="{x + 1:.1f}" y="{base - h:.1f}" width="{max(slot - 2, 1):.1f}" height="{h:.1f}" '
            f'fill="#4a78c2"><title>{_e(label)}: {n}</title></rect>'
        )
        if n:
            parts.append(
                f'<text x="{x + slot / 2:.1f}" y="{base - h - 3:.1f}" text-anchor="middle">{n}</text>'
            )
        parts.append(f'<text x="{x + slot / 2:.1f}" y="{height - 8}" text-anchor="middle">{_e(label)}</text>')
    if marker is not None:
        position, marker_label = marker
        mx = pad + position * (width - 2 * pad)
        parts.append(
            f'<line x1="{mx:.1f}" x2="{mx:.1f}" y1="4" y2="{base}" stroke="#c0392b" stroke-width="2" '
            f'stroke-dasharray="4 3"/><text x="{mx + 4:.1f}" y="14" style="fill:#c0392b">{_e(marker_label)}</text>'
        )
    parts.append(f'<line x1="{pad}" x2="{width - pad}" y1="{base}" y2="{base}" stroke="#888"/></svg>')
    return "".join(parts)


def similarity_chart(counters: dict[str, int], threshold: float) -> str:
    """Candidate pairs per similarity bucket over the whole [0, 1] axis, the threshold marked."""
    counts = {round(edge, 2): n for edge, n in similarity_histogram(counters)}
    if not counts:
        return '<p class="muted">no candidate pairs</p>'
    buckets = round(1 / BUCKET_WIDTH) + 1  # the last one holds exact copies (similarity 1.0)
    bars = [(f"{i * BUCKET_WIDTH:.2f}", counts.get(round(i * BUCKET_WIDTH, 2), 0)) for i in range(buckets)]
    # Bar i spans similarities [i * width, (i + 1) * width), so the threshold sits inside its bucket's slot.
    return bar_chart(bars, marker=(threshold / BUCKET_WIDTH / buckets, f"threshold {threshold:g}"))


def passages(text: str) -> list[str]:
    """Sentences of each paragraph: the units a duplicate pair is compared in."""
    out = []
    for para in re.split(r"\n\s*\n|\n", text):
        para = para.strip()
        if para:
            out.extend(s for s in _SENTENCE_RE.split(para) if s.strip())
    return out


SAME, NEAR, DIFF = "same", "near", "diff"
# A rewritten sentence keeps most of its words in order: at this word-sequence ratio it is shown as "near".
NEAR_RATIO = 0.6
# Fuzzy matching compares every sentence of a changed block with every one on the other side; above this
# many pairs (very long changed runs) the block is shown as differing rather than spend the time.
_MAX_FUZZY_PAIRS = 2500
MAX_PASSAGES = 80


def _words(sentence: str) -> list[str]:
    return re.sub(r"\W+", " ", sentence).casefold().split()


def _near_flags(xs: list[list[str]], ys: list[list[str]]) -> list[str]:
    if len(xs) * len(ys) > _MAX_FUZZY_PAIRS:
        return [DIFF] * len(xs)
    return [
        NEAR
        if any(difflib.SequenceMatcher(None, x, y, autojunk=False).ratio() >= NEAR_RATIO for y in ys)
        else DIFF
        for x in xs
    ]


def passage_diff(a: str, b: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Each side's passages as (flag, sentence): ``same`` on both sides (ignoring case, punctuation and quote
    styles), ``near`` a rewrite of a sentence in the other side's changed run, else ``diff``."""
    pa, pb = passages(a), passages(b)
    wa, wb = [_words(s) for s in pa], [_words(s) for s in pb]
    matcher = difflib.SequenceMatcher(
        None, [" ".join(w) for w in wa], [" ".join(w) for w in wb], autojunk=False
    )
    left: list[tuple[str, str]] = []
    right: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            left.extend((SAME, s) for s in pa[i1:i2])
            right.extend((SAME, s) for s in pb[j1:j2])
        else:
            left.extend(zip(_near_flags(wa[i1:i2], wb[j1:j2]), pa[i1:i2]))
            right.extend(zip(_near_flags(wb[j1:j2], wa[i1:i2]), pb[j1:j2]))
    return left, right


def _side(title: str, row: dict, flagged: list[tuple[str, str]]) -> str:
    body = "".join(f'<p class="{flag}">{_e(s)}</p>' for flag, s in flagged[:MAX_PASSAGES])
    if len(flagged) > MAX_PASSAGES:
        body += f'<p class="muted">&hellip; {count_of(len(flagged) - MAX_PASSAGES, "more sentence")}</p>'
    return (
        f"<div><h3>{_e(title)}: {_e(row.get('title') or row['doc_id'])}</h3>"
        f'<p class="muted">{_e(row["doc_id"])} &middot; {_e(row.get("source"))}</p>{body}</div>'
    )


def _pairs_section(pairs: list[dict]) -> str:
    if not pairs:
        return '<p class="muted">no duplicates in this run</p>'
    out = [
        '<p class="legend"><span class="same">in both</span><span class="near">reworded</span>'
        '<span class="diff">in one only</span></p>'
    ]
    for pair in pairs:
        dup, rep = pair["duplicate"], pair["representative"]
        left, right = passage_diff(rep["text"], dup["text"])
        out.append(
            f"<p>similarity <b>{_e(dup['similarity'])}</b> (word-shingle Jaccard to the representative)</p>"
        )
        out.append(f'<div class="pair">{_side("kept", rep, left)}{_side("duplicate", dup, right)}</div>')
    return "".join(out)


def _rules_table(counts: dict[str, int], samples: Samples) -> str:
    """Rule, count and a few removed texts per rule, most frequent rule first."""
    return _table(
        ["rule", "removals", "examples"],
        (
            [
                _e(rule),
                f"{n:,}",
                "<br>".join(
                    f'<span class="ex">{_e(_clip(t))}</span>' for t in samples.removal_examples.get(rule, [])
                ),
            ]
            for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        ),
        numeric=frozenset({1}),
    )


def _pieces(per_rule: dict[str, int]) -> str:
    """The pieces of text a table of rules counts, in all: the figure the terminal's table gives them."""
    return count_of(sum(per_rule.values()), "piece") + " of text"


def _run_line(report: dict) -> str:
    run = report.get("run")
    if not run:
        return ""
    started = run["started"].replace("T", " ").replace("+00:00", " UTC")
    return (
        f'<p class="muted" id="run">run {_e(run["id"])}, started {_e(started)}, '
        f"took {_duration(run['duration_s'])}</p>"
    )


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min {secs:02d} s"


def _nearest_pairs_section(samples: Samples, threshold: float, clusters_by_size: dict[str, int]) -> str:
    if not samples.nearest_pairs:
        return ""
    multi = {int(k): v for k, v in clusters_by_size.items() if int(k) > 1}
    pairs_share = multi.get(2, 0) / (sum(multi.values()) or 1)
    note = (
        f"{pairs_share:.0%} of clusters are pairs, so cluster size says little: "
        if pairs_share >= 0.5
        else ""
    )
    table = _table(
        ["similarity", "duplicate", "title", "kept instead", "title"],
        (
            [f"{p['similarity']:.3f}", _e(p["doc_id"]), _e(p.get("title")), _e(p["duplicate_of"]),
             _e(p.get("representative_title"))]
            for p in samples.nearest_pairs
        ),
        numeric=frozenset({0}),
    )
    return (
        f'<h3 id="nearest-pairs">Pairs nearest the threshold {threshold:g}</h3><p class="muted">{note}these are '
        "the merges a small change of --threshold would undo: check them first.</p>" + table
    )


def _untitled(report: dict, samples: Samples) -> str:
    n = report.get("kept_without_title", 0)
    if not n:
        return ""
    examples = ", ".join(f"{_e(r['doc_id'])} ({_e(r['source'])})" for r in samples.untitled)
    return (
        f'<p class="warn" id="untitled"><b>{count_of(n, "kept article")} without a title</b>: '
        f"no headline in the metadata or the text. {('For example ' + examples + '.') if examples else ''}</p>"
    )


def _read_notes(report: dict) -> str:
    """A line for what reading changed without losing an input: paths to a file already read, and fields
    cut or dropped from documents that were kept (``report.json``'s same_file_paths and fields_repaired)."""
    same = report.get("same_file_paths", 0)
    fields = report.get("fields_repaired", {})
    notes = [f"{count_of(same, 'path')} to a file already read (a symlink, a hardlink or a "
             "second pattern): read once"] if same else []
    if fields:
        notes.append("fields repaired in kept documents: " + ", ".join(f"{_e(k)} {n:,}" for k, n in fields.items()))
    return f'<p class="muted" id="read-notes">{"; ".join(notes)}.</p>' if notes else ""


def _candidates_note(report: dict, threshold: float) -> str:
    """What became of the candidate pairs, each count with its noun in the number it takes ("1 candidate pair"
    read "1 candidate pairs"), and the days-apart limit as the figure it is: no flag sets it."""
    counters: dict[str, int] = report.get("counters", {})
    pairs, copies = counters.get("dedup:candidate_pair", 0), counters.get("dedup:verdict:duplicate", 0)
    identical, returned = counters.get("dedup:identical_copy", 0), counters.get("dedup:identical_text_other_date", 0)
    days = report["options"]["dedup"]["verify"].get("max_days_apart", VerifyConfig.max_days_apart)
    return (
        f"{count_of(pairs, 'candidate pair')} from LSH, "
        f"{copies:,} verified as {'a copy' if copies == 1 else 'copies'} "
        f"(Jaccard at least {threshold:g}, coverage and distinctive words agreeing); buckets of {BUCKET_WIDTH:g}. "
        f"{count_of(identical, 'byte-identical copy', 'byte-identical copies')} (same text, title and day) took "
        f"the decision of the first of them, unverified; {count_of(returned, 'time')} a text came back word for "
        f"word on a day too far from its last to be a copy (more than {count_of(days, 'working day')}, a fixed "
        "limit no flag sets), kept apart as another day's report"
    )


def render_report(report: dict, samples: Samples) -> str:
    """The whole report page."""
    counters: dict[str, int] = report.get("counters", {})
    ok = report["inputs"] == report["kept"] + report["duplicates"] + report["rejected"]
    # The tiles' nouns: "1 duplicates" read under a tile of 1 (kept and rejected are the same in both numbers).
    totals = "".join(
        f'<div class="total" id="total-{k}"><b>{report[k]:,}</b>{noun_for(report[k], one, k)}</div>'
        for k, one in (("inputs", "input"), ("kept", "kept"), ("duplicates", "duplicate"), ("rejected", "rejected"))
    )
    removals = _rules_table(report["removals_per_rule"], samples)
    metadata = (
        _rules_table(report.get("metadata_per_rule", {}), samples)
        if report.get("metadata_per_rule")
        else '<p class="muted">no metadata taken from the text</p>'
    )
    sizes = bar_chart([(k, v) for k, v in report["clusters_by_size"].items()])
    clusters = (
        _table(
            ["representative", "title", "members"],
            (
                [_e(c["doc_id"]), _e(c.get("title")), f"{c['cluster_size']:,}"]
                for c in samples.largest_clusters
            ),
            numeric=frozenset({2}),
        )
        if samples.largest_clusters
        else '<p class="muted">no cluster has more than one member</p>'
    )
    partial = (
        ""
        if samples.complete
        else '<p class="muted" id="partial-scan">The output is larger than the sample scan budget: examples and '
        "the largest clusters come from the rows scanned first, and larger clusters may exist further on.</p>"
    )
    reasons = (
        _table(
            ["reason", "inputs"],
            ([_e(r), f"{n:,}"] for r, n in sorted(report["rejected_by_reason"].items())),
            numeric=frozenset({1}),
        )
        if report["rejected_by_reason"]
        else ""
    )
    rejected = (
        _table(
            ["doc_id", "source", "reason", "detail"],
            ([_e(r[c]) for c in ("doc_id", "source", "reason", "detail")] for r in samples.rejected),
        )
        if samples.rejected
        else '<p class="muted">nothing rejected</p>'
    )
    threshold = float(report["options"]["dedup"]["verify"]["threshold"])
    options = json.dumps(report["options"], indent=2, default=str, sort_keys=True)
    versions = _table(["package", "version"], ([_e(k), _e(v)] for k, v in sorted(report["versions"].items())))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="generator" content="{GENERATOR}">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>wirewash report</title><style>{_CSS}</style>{_PROBE}</head><body>
<h1>wirewash run report</h1>
<p class="muted">input {_e(_inputs(report["options"]["input"]))} &rarr; output {_e(report["options"]["output"])}</p>
{_run_line(report)}<div class="totals">{totals}</div>
<p>Accounting: <span class="accounting{"" if ok else " bad"}" id="accounting">{_e(report["accounting"])}</span></p>
{_untitled(report, samples)}{_read_notes(report)}{partial}<pre id="js-errors" class="muted"></pre>
<h2>Boilerplate removed, per rule</h2>
<p class="muted" id="boilerplate-total">{_pieces(report["removals_per_rule"])} dropped
(the terminal's boilerplate_removed)</p>{removals}
<h2>Metadata taken from the text</h2>
<p class="muted" id="metadata-total">{_pieces(report.get("metadata_per_rule", {}))}
(the terminal's metadata_taken): headlines, bylines, datelines and credits lifted out of the body into the title,
byline, published and publisher columns: moved, not discarded</p>{metadata}
<h2>Candidate-pair similarity</h2>
<p class="muted">{_candidates_note(report, threshold)}</p>
{similarity_chart(counters, threshold)}
<h2>Cluster sizes</h2><p class="muted">clusters per number of members (1 = no near-duplicate)</p>{sizes}
<h2>Largest clusters</h2>{clusters}{_nearest_pairs_section(samples, threshold, report["clusters_by_size"])}
<h2>Duplicate pairs</h2>{_pairs_section(samples.duplicate_pairs)}
<h2>Rejected inputs</h2>{reasons}{rejected}
<h2>Options and versions</h2>{versions}<p class="muted" id="options-note">the settings each stage ran with. A
field is set by the flag --help lists for it (most by their own name: threshold by --threshold); a field no flag
sets (max_days_apart, a limit of verification) is fixed in this version</p><pre>{_e(options)}</pre>
</body></html>
"""
