"""``wirewash explain DOC_ID --output DIR``: what happened to one document, and why.

Reads only the rows for that id (a pyarrow filter on ``doc_id``, which Parquet row-group statistics use to
skip data), plus a bounded list of the members of its cluster.
"""

from __future__ import annotations

import argparse
import datetime
import os
import posixpath
import re
import sys
import unicodedata

import pyarrow.compute as pc
from wirewash.pipeline.output.checks import UsageError
from wirewash.pipeline.output.layout import current_report
from wirewash.pipeline.samples import column_problems, output_dataset, rows_with_ids, stream_batches
from wirewash.pipeline.options import OnceParser
from wirewash.pipeline.usage import did_you_mean
from wirewash.transforms.core.article import count_words
from wirewash.transforms.core.cleaning import METADATA_RULES
from wirewash.transforms.core.clusters import (
    DESCRIBING_FIELDS,
    DedupConfig,
    Rank,
    metadata_given,
    rank,
    text_digest,
)
from wirewash.transforms.core.minhash import MinhashConfig, sign
from wirewash.transforms.core.readers.html import HTML
from wirewash.transforms.core.readers.registry import resolve
from wirewash.transforms.core.readers.warc import WARC
from wirewash.transforms.core.schema import OUTPUT_NAMES, OUTPUT_SCHEMAS
from wirewash.transforms.core.verify import DISAGREEING, REASONS, VerifyConfig, verify
from wirewash.transforms.core.wording import count_of

ARTICLE_COLUMNS = [
    "doc_id",
    "source",
    "title",
    "publisher",
    "removed",
    "cluster_id",
    "cluster_size",
    "duplicate_of",
    "similarity",
]
REJECTED_COLUMNS = ["doc_id", "source", "reason", "detail"]
# What a representative was ranked on (``clusters.rank``).
RANK_COLUMNS = ["doc_id", "cluster_id", "text", "published_at", *DESCRIBING_FIELDS]
# The columns each table must hold for an explanation: duplicates are read as articles are.
NEEDED_COLUMNS = {"articles": [*ARTICLE_COLUMNS, *RANK_COLUMNS], "rejected": REJECTED_COLUMNS}
NEEDED_COLUMNS["duplicates"] = NEEDED_COLUMNS["articles"]
MAX_MEMBERS = 20
# 6 hex digits are 24 bits: in an output of a million doc_ids, one's 6-digit prefix is another's too about 6%
# of the time (1 - e^(-1e6 / 16^6)), so a shared prefix is listed, never guessed.
MIN_PREFIX = 6
MAX_MATCHES = 10
# The subcommand's usage, in its own --help and in wirewash --help's.
USAGE = "wirewash explain DOC_ID [--output OUTPUT] [--full]"
# Flags of explain alone: the main command, given one, says where it belongs.
OWN_FLAGS = ("--full",)
_HINT = ("a doc_id is 16 hex digits as in the output tables; its first 6 or more are enough; or an input's source "
         "as the tables name it, path#N for a record")


def explain(doc_id: str, output: str) -> dict:
    """Every output row with ``doc_id``, a duplicate's representative, and a few members of its cluster."""
    articles, duplicates = output_dataset(output, "articles"), output_dataset(output, "duplicates")
    kept = rows_with_ids(articles, [doc_id], ARTICLE_COLUMNS)
    dropped = rows_with_ids(duplicates, [doc_id], ARTICLE_COLUMNS)
    rejected_dataset = output_dataset(output, "rejected")
    # (An output written before the rejected table had ``removed`` has no such column.)
    removed = ["removed"] if rejected_dataset is not None and "removed" in rejected_dataset.schema.names else []
    rejected = rows_with_ids(rejected_dataset, [doc_id], [*REJECTED_COLUMNS, *removed])
    representatives = rows_with_ids(
        articles, [d["duplicate_of"] for d in dropped], ["doc_id", "source", "title"]
    )
    cluster_ids = [r["cluster_id"] for r in kept + dropped if _clustered(r)]
    members = (
        duplicates.head(
            MAX_MEMBERS,
            columns=["doc_id", "source", "similarity"],
            filter=pc.field("cluster_id").isin(cluster_ids),
        ).to_pylist()
        if duplicates is not None and cluster_ids
        else []
    )
    # What the representative was ranked on (``clusters.rank``): its figures and those of the members shown.
    ranked_ids = [r["cluster_id"] for r in kept + dropped if _clustered(r)]
    ranked_ids = list(dict.fromkeys([*ranked_ids, doc_id, *(m["doc_id"] for m in members)]))
    ranked = [row for table in (articles, duplicates) for row in rows_with_ids(table, ranked_ids, RANK_COLUMNS)]
    return {
        "doc_id": doc_id,
        "keep": keep_policy(output),
        "candidate_pairs": candidate_pairs(output),
        "lsh": lsh_settings(output),
        "refused_pairs": refused_pairs(output),
        "disagreeing": disagreeing_pairs(output),
        "rank_figures": [_figures(row) for row in ranked],
        "verdicts": _verdicts(articles, duplicates, doc_id, [d["duplicate_of"] for d in dropped]),
        "html_in_text": html_in_text(output),
        "kept": kept,
        "duplicates": dropped,
        "rejected": rejected,
        "representatives": representatives,
        "cluster_duplicates": members,
    }


def _clustered(row: dict) -> bool:
    """Whether an article may share a cluster: more than one member, or unknown (a stream on a runner counts
    no cluster sizes: docs/incremental-streaming.md)."""
    return row["cluster_size"] is None or row["cluster_size"] > 1


# How a stream on a runner (its rows have no cluster_size) chooses, by transforms/core/streaming.py.
_STREAM_RULE = (
    "a stream keeps the first of a story to arrive (earliest poll, then smallest doc_id; an indexed article "
    "before any) and makes each later copy a duplicate of its closest earlier match (highest similarity, then "
    "earliest); --keep does not apply"
)


def matching_ids(given: str, output: str) -> list[dict]:
    """The output rows ``given`` names, as ``{"doc_id", "table", "source"}``: those whose doc_id is ``given``
    (in any case: doc_ids are lower-case hex), else, when ``given`` has at least ``MIN_PREFIX`` characters,
    those whose doc_id starts with it, else the row whose ``source`` is ``given`` (``in/feed.jsonl#2``: the
    name a user knows an input by; it read as "not found"). At most ``MAX_MATCHES + 1`` rows of each table,
    sorted by doc_id, table: enough to say a prefix is ambiguous without reading a large output's matches
    whole."""
    low = given.lower()
    conditions = [pc.field("doc_id").isin(sorted({given, low}))]
    if len(low) >= MIN_PREFIX:
        # A range, not starts_with, so that Parquet's row-group statistics skip what cannot match.
        after = low[:-1] + chr(ord(low[-1]) + 1)
        conditions.append((pc.field("doc_id") >= low) & (pc.field("doc_id") < after))
    conditions.append(pc.field("source") == given)
    tables = [(name, output_dataset(output, name)) for name in OUTPUT_NAMES]
    for condition in conditions:
        rows = sorted(
            (row["doc_id"], name, row["source"])
            for name, table in tables
            if table is not None
            for row in table.head(MAX_MATCHES + 1, columns=["doc_id", "source"], filter=condition).to_pylist()
        )
        if rows:
            return [{"doc_id": d, "table": t, "source": s} for d, t, s in rows]
    return []


def ambiguity(given: str, matches: list[dict]) -> str | None:
    """What to say when ``given`` is the start of several doc_ids (``matching_ids``): the first
    ``MAX_MATCHES`` of them with a table and source each; None when it names one doc_id or none."""
    first: dict[str, dict] = {}
    for m in matches:
        first.setdefault(m["doc_id"], m)
    ids = list(first)
    if len(ids) < 2:
        return None
    many = f"{len(ids)}" if len(ids) <= MAX_MATCHES else f"more than {MAX_MATCHES}"
    lines = [f"{given} is the start of {many} doc_ids; give more of its digits:"]
    lines += [f"  {i} in {first[i]['table']} ({first[i]['source']})" for i in ids[:MAX_MATCHES]]
    return "\n".join(lines)


def _reports(output: str) -> list[dict]:
    """The report.json of each run that wrote ``output``'s rows: its current run's, or each micro-batch's of
    a local stream (the stream's own report sums only its last session's batches and names no --keep)."""
    batches = stream_batches(output)
    return [r for r in map(current_report, batches or [output]) if r is not None]


def _counters(output: str) -> dict[str, int] | None:
    """The runs' counters summed; None when no report.json can be read."""
    reports = _reports(output)
    if not reports or not all(isinstance(r.get("counters"), dict) for r in reports):
        return None
    summed: dict[str, int] = {}
    for report in reports:
        for name, n in report["counters"].items():
            summed[name] = summed.get(name, 0) + n
    return summed


def keep_policy(output: str) -> str | None:
    """The run's ``--keep``, from its report.json (a local stream's batches all run with one); None when the
    report cannot be read."""
    try:
        return _reports(output)[0]["options"]["dedup"]["cluster"]["keep"]
    except (IndexError, KeyError, TypeError):
        return None


def candidate_pairs(output: str) -> dict[str, int] | None:
    """The run's candidate pairs and how many of them verification passed as copies (its
    ``dedup:candidate_pair`` and ``dedup:verdict:duplicate`` counters); None when report.json cannot be read."""
    counters = _counters(output)
    if counters is None:
        return None
    return {"pairs": counters.get("dedup:candidate_pair", 0), "copies": counters.get("dedup:verdict:duplicate", 0)}


def lsh_settings(output: str) -> tuple[MinhashConfig, float]:
    """The run's banding and --threshold, from its report.json; the defaults when it cannot be read (as the
    verdicts explain recomputes are)."""
    try:
        dedup = _reports(output)[0]["options"]["dedup"]
        return MinhashConfig(**dedup["minhash"]), float(dedup["verify"]["threshold"])
    except (IndexError, KeyError, TypeError, ValueError):
        return MinhashConfig(), VerifyConfig().threshold


def refused_pairs(output: str) -> dict[str, int] | None:
    """Verdict reason -> candidate pairs of the run verification refused for it (its ``dedup:rejected_by:``
    counters); None when report.json cannot be read."""
    counters = _counters(output)
    if counters is None:
        return None
    prefix = "dedup:rejected_by:"
    return {name[len(prefix):]: n for name, n in sorted(counters.items()) if name.startswith(prefix) and n}


def disagreeing_pairs(output: str) -> dict[str, int] | None:
    """Kind of distinctive word (``verify.DISAGREEING``) -> candidate pairs refused as ``tokens`` that
    disagreed on such words (its ``dedup:disagreeing:`` counters; a pair counts under each kind it had);
    None when report.json cannot be read."""
    counters = _counters(output)
    if counters is None:
        return None
    prefix = "dedup:disagreeing:"
    return {name[len(prefix):]: n for name, n in sorted(counters.items()) if name.startswith(prefix) and n}


def html_in_text(output: str) -> int | None:
    """How many record texts of the run were HTML and extracted as pages (``read:field:html_in_text``); None
    when report.json cannot be read."""
    counters = _counters(output)
    return None if counters is None else counters.get("read:field:html_in_text", 0)


# A record number, and before it the version a stream gave a file read again (``path#v2#1``).
_RECORD = re.compile(r"(#v\d+)?(#\d+)?$")
_EXTRACTION = (
    "main text extracted by trafilatura (precision first, tables kept, comments left out) after wirewash "
    "dropped scripts and pruned furniture boxes (share rows, related and teaser links) and agency stamp "
    "lines; title, date and author from the page's metadata. What extraction left out is not recorded per "
    "article"
)


def read_step(source: str, html_records: int | None) -> str | None:
    """How the reader got the text of the article read from ``source`` (``path``, ``path#N``, ``path#v2#N``,
    ``archive!member``), as far as the output tells: by the format its file name picks (``registry.resolve``),
    and for a record, whether any record text of the run was HTML (``html_records``). None for plain text."""
    name = posixpath.basename(_RECORD.sub("", source).rsplit("!", 1)[-1])
    _, reader = resolve(name)
    if reader is HTML:
        return f"an HTML page (by its name): {_EXTRACTION}"
    if reader is WARC:
        return f"the HTML of a WARC response: {_EXTRACTION}"
    if reader.records and html_records:
        return (f"a record's text field; {count_of(html_records, 'record text')} of this run "
                f"{'was' if html_records == 1 else 'were'} HTML and had their "
                "main text extracted as a page's (not recorded per article: look at the record)")
    return None


def _figures(row: dict) -> dict:
    """What ``clusters.rank`` orders an article by, recomputed from its output row: words and digest of its
    text, its day and moment of publication, how many of its describing fields it has."""
    return {
        "doc_id": row["doc_id"],
        "cluster_id": row["cluster_id"],
        "words": count_words(row["text"]),
        "digest": text_digest(row["text"]),
        "published": row["published"],
        "published_at": row["published_at"],
        "described": metadata_given(row.get),
    }


def _rank_of(figures: dict, keep: str) -> Rank:
    return rank(figures["doc_id"], figures["words"], figures["published"], keep, figures["digest"],
                figures["published_at"], figures["described"])


def _figure(figures: dict, keep: str) -> str:
    """The figure ``keep`` ranks an article by, in words."""
    if keep == "longest":
        return f"{figures['words']:,} words"
    moment = figures["published_at"]
    if moment is not None:
        return moment.astimezone(datetime.timezone.utc).strftime("published %Y-%m-%d %H:%M:%S UTC")
    day = figures["published"]
    return f"published {day.isoformat()} (a day: read as 00:00 UTC)" if day is not None else "no date"


_DAY_ALONE = "(a date alone counts as its 00:00 UTC), undated last"
_POLICY = {
    "longest": "the most words of cleaned text first",
    "earliest": f"the earliest moment of publication first {_DAY_ALONE}",
    "latest": f"the latest moment of publication first {_DAY_ALONE}",
}


def representative_reason(info: dict, cluster_id: str) -> list[str]:
    """Why ``cluster_id`` represents its cluster: the --keep rule and, for the representative and the members
    shown, the figures it compared (``clusters.rank``: the policy's figure, then the text's digest, then the
    doc_id; every duplicate was verified against a representative ranked before it)."""
    keep = info.get("keep")
    policy = keep or "longest"
    said = "" if keep else " (report.json not readable: the default assumed)"
    members = sorted(
        (f for f in info.get("rank_figures", []) if f["cluster_id"] == cluster_id),
        key=lambda f: _rank_of(f, policy),
    )
    rep = next((f for f in members if f["doc_id"] == cluster_id), None)
    lines = [f"  why {cluster_id} represents the cluster: --keep {policy}{said} ranks {_POLICY[policy]}; "
             f"ties: more of {', '.join(DESCRIBING_FIELDS)} given, the smaller digest of the text, then the "
             "smaller doc_id"]
    if rep is None:
        return lines + [f"    {cluster_id} is not in this run's articles: an article of the --index, "
                        "published by an earlier run, ranks before every new one"]
    lines += [
        f"    {f['doc_id']}: {_figure(f, policy)}, digest {f['digest']}{' (representative)' * (f is rep)}"
        for f in members
    ]
    others = [f for f in members if f is not rep]
    if not others:
        return lines
    if members[0] is not rep:
        first = members[0]["doc_id"]
        return lines + [f"    by these figures {first} would rank first: this output was not made with "
                        f"--keep {policy}"]
    runner_up = others[0]
    next_id = runner_up["doc_id"]
    mine, theirs = _rank_of(rep, policy), _rank_of(runner_up, policy)
    if mine[:2] != theirs[:2] and _figure(rep, policy) == _figure(runner_up, policy):
        decided = (f"a tie at {_figure(rep, policy)} with {next_id}, broken by what it says of itself: "
                   f"{rep['described']} of {', '.join(DESCRIBING_FIELDS)} given against {runner_up['described']}")
    elif mine[:2] != theirs[:2]:
        decided = f"{_figure(rep, policy)} against {_figure(runner_up, policy)} ({next_id}, ranked next)"
    elif mine[2] != theirs[2]:
        decided = (f"a tie at {_figure(rep, policy)} with {next_id}, broken by the smaller digest "
                   f"({rep['digest']} < {runner_up['digest']})")
    else:
        decided = f"the same text as {next_id} (one digest), broken by the smaller doc_id"
    return lines + [f"    decided by {decided}"]


def _verdicts(articles, duplicates, doc_id: str, representatives: list[str]) -> dict:
    """representative id -> the verification verdict of ``doc_id`` against it, recomputed from both texts
    with the default settings (transforms/core/verify/config.py)."""
    if not representatives:
        return {}
    columns = ["doc_id", "text", "title", "published", "published_at", "publisher", "url"]
    (dup,) = rows_with_ids(duplicates, [doc_id], columns)[:1] or [None]
    if dup is None:
        return {}
    cfg = DedupConfig()

    def evidence(row):
        return sign(
            row["doc_id"], row["text"], cfg.minhash, row["title"], row["published"],
            published_at=row["published_at"], publisher=row["publisher"], url=row["url"],
        ).evidence

    return {
        rep["doc_id"]: verify(evidence(dup), evidence(rep), cfg.verify)
        for rep in rows_with_ids(articles, representatives, columns)
    }


def _direction(verdict) -> str:
    """What the publication moments said about a pair (``Verdict.gained``)."""
    cfg = VerifyConfig()
    if verdict.gained is None:
        return ("direction: none (both need a time of publication and one known publisher, and URL host when "
                "both have a URL)")
    return (f"direction: one publisher, the later text has {verdict.gained:.0%} of its shingles in passages the "
            f"earlier lacks (a later version with more than {cfg.max_gained_share:.0%}, over {cfg.min_gained} "
            "shingles, is an update)")


def _removals(row: dict, full: bool) -> list[str]:
    taken = [r for r in row.get("removed") or () if r["rule"] in METADATA_RULES]
    dropped = [r for r in row.get("removed") or () if r["rule"] not in METADATA_RULES]
    limit = None if full else REMOVED_CHARS
    lines = []
    if taken:
        lines.append("  metadata taken from the text (each line: rule: removed text):")
        lines += [f"    {r['rule']}: {_one_line(r['text'], limit)}" for r in taken]
    if not dropped:
        return lines + ["  boilerplate removed: nothing"]
    lines.append("  boilerplate removed (each line: rule: removed text):")
    lines += [f"    {r['rule']}: {_one_line(r['text'], limit)}" for r in dropped]
    return lines


# A removal is shown to this many characters, so that one removed list does not fill the terminal (``--full``
# shows it whole).
REMOVED_CHARS = 100


def _one_line(text: str, limit: int | None) -> str:
    """``text`` on one line; cut to about ``limit`` characters saying how many more there are (None: whole)."""
    flat = " ".join(text.split())
    if limit is None or len(flat) <= limit:
        return flat
    cut = _whole_character(flat, limit)
    if cut >= len(flat):
        return flat
    return f"{flat[:cut].rstrip()} [... {count_of(len(flat) - cut, 'more character')}; --full shows them]"


def _whole_character(text: str, at: int) -> int:
    """``at`` moved on past what draws one character with the character before it: combining marks, a
    joiner and what it joins, a variation selector, the second of a flag's pair, the consonant after an Indic
    virama ("क्षि" is not cut after "क", nor a family emoji after its first person)."""
    while at < len(text):
        before, here = text[at - 1], text[at]
        if unicodedata.category(here) in ("Mn", "Mc", "Me") or here in "\u200d\ufe0e\ufe0f" or before == "\u200d":
            at += 1
        elif unicodedata.combining(before) == 9:  # a virama joins the next consonant to the one before it
            at += 1
        elif _regional(here) and _regional(before) and _regionals_before(text, at) % 2 == 1:
            at += 1
        else:
            return at
    return at


def _regional(char: str) -> bool:
    return "\U0001F1E6" <= char <= "\U0001F1FF"


def _regionals_before(text: str, at: int) -> int:
    n = 0
    while at - n - 1 >= 0 and _regional(text[at - n - 1]):
        n += 1
    return n


def _alone(info: dict) -> list[str]:
    """Why an article with no near-duplicate was kept, as far as the output tells: the candidate pairs of the
    run, how many verification passed and refused, and which reasons refused them (each said in ``REASONS``'
    words) and, for ``tokens``, per kind of word the pair disagreed on (in ``DISAGREEING``'s words: a pair
    kept apart by its weekdays said --max_disagreeing, the flag for names). Which pairs an article was in is
    not recorded per article, only counted for the run.

    It said "verification refused no candidate pair in this run, so no other article shared enough LSH
    buckets with it to be compared": a newcomer's "awkward sentence", in words the rest of wirewash does not
    use (buckets, not bands; compared, not verified)."""
    lines = ["  why kept: no candidate pair joined it to a cluster's representative, so it is the representative "
             "of a cluster of its own (cluster_size 1)"]
    figures, refused = info.get("candidate_pairs"), info.get("refused_pairs")
    if figures is None or refused is None:
        return lines + ["  (report.json not readable: the run's candidate pairs are not known)"]
    minhash, threshold = info["lsh"]
    said = (f"{count_of(figures['pairs'], 'candidate pair')} in this run (two articles whose MinHash "
            f"signatures agree on all {minhash.rows} rows of one of the {minhash.bands} bands), "
            f"{figures['copies']:,} passed verification as {'a copy' if figures['copies'] == 1 else 'copies'}, "
            f"{sum(refused.values()):,} refused")
    if not refused:
        odds = ", ".join(
            f"{minhash.candidate_probability(j):.1%} at Jaccard {j:g}{' (--threshold)' * (j == threshold)}"
            for j in sorted({threshold, 0.5})
        )
        return lines + [
            f"  {said}: so it was in no candidate pair (or only in one with an article that is a duplicate of "
            "another representative: a cluster does not chain)",
            f"  the chance that an article this alike shares a band with it: {odds}",
        ]
    lines.append(f"  {said}; which were its own is not recorded per article; the refused, by reason:")
    unknown = "a reason this wirewash does not know (the output of another version)"
    disagreeing = info.get("disagreeing")
    for reason, n in refused.items():
        lines.append(f"    {reason} ({n:,}): {REASONS.get(reason, unknown)}")
        if reason == "tokens" and disagreeing:
            lines.append("      what those pairs disagreed on (a pair counts under each kind it had):")
            lines += [f"        {kind} ({k:,}): {DISAGREEING.get(kind, unknown)}"
                      for kind, k in disagreeing.items()]
    return lines


def _read_line(row: dict, info: dict) -> list[str]:
    step = read_step(row["source"], info.get("html_in_text"))
    return [f"  read: {step}"] if step else []


def format_explanation(info: dict, full: bool = False) -> str:
    """The explanation as terminal text; ``full``: each removed text whole, not cut to ``REMOVED_CHARS``."""
    doc_id = info["doc_id"]
    lines: list[str] = []
    for row in info["kept"]:
        lines.append(f"{doc_id}: KEPT in articles ({row['source']})")
        lines += _read_line(row, info)
        lines.append(f"  title: {row['title'] or '(none)'}")
        streamed = [m for m in info["cluster_duplicates"] if m["doc_id"] != doc_id]
        if row["cluster_size"] is None and streamed:
            lines.append(f"  why kept: it is the representative of its cluster (a stream counts no cluster sizes): "
                         f"{_STREAM_RULE}")
        elif row["cluster_size"] is None:
            lines.append("  why kept: no duplicate of it in this output (a stream counts no cluster sizes)")
        elif row["cluster_size"] > 1:
            others = row["cluster_size"] - 1
            lines.append(f"  why kept: it is the representative of its cluster of {row['cluster_size']} articles: "
                         + ("the other passed verification against it as a copy and is in duplicates"
                            if others == 1 else
                            f"the {others:,} others passed verification against it as copies and are in duplicates"))
            lines += representative_reason(info, row["cluster_id"])
        else:
            lines += _alone(info)
        lines += _removals(row, full)
    reps = {r["doc_id"]: r for r in info["representatives"]}
    for row in info["duplicates"]:
        rep = reps.get(row["duplicate_of"], {})
        lines.append(f"{doc_id}: DROPPED as a near-duplicate ({row['source']})")
        lines += _read_line(row, info)
        size = "(a stream counts no cluster sizes)" if row["cluster_size"] is None else f"of {row['cluster_size']} articles"
        lines.append(
            f"  cluster {row['cluster_id']} {size}; kept instead: "
            f"{row['duplicate_of']} ({rep.get('source', 'not found in articles')})"
        )
        if row["cluster_size"] is None:
            lines.append(f"  why {row['cluster_id']} represents the cluster: {_STREAM_RULE}")
        else:
            lines += representative_reason(info, row["cluster_id"])
        lines.append(f"  similarity to the kept article: {row['similarity']} (word-shingle Jaccard)")
        verdict = info.get("verdicts", {}).get(row["duplicate_of"])
        if verdict is not None:
            lines.append(
                f"  coverage: {verdict.coverage:.2f} of the shorter text's shingles are in the longer; "
                f"distinctive words that disagree: {', '.join(verdict.disagreeing) or 'none'}"
            )
            lines.append(f"  {_direction(verdict)}")
            lines.append(f"  verdict recomputed with the default settings: {verdict.reason}: {verdict.why}")
        lines += _removals(row, full)
    if info["kept"] or info["duplicates"]:
        members = [m for m in info["cluster_duplicates"] if m["doc_id"] != doc_id]
        if members:
            lines.append(f"  other duplicates in the cluster (at most {MAX_MEMBERS}):")
            lines += [f"    {m['doc_id']} similarity {m['similarity']} ({m['source']})" for m in members]
    for row in info["rejected"]:
        lines.append(
            f"{doc_id}: REJECTED ({row['source']}): {row['reason']}"
            + (f" - {row['detail']}" if row["detail"] else "")
        )
        if row.get("removed"):
            lines += _removals(row, full)  # a text cleaned to too few words: what the rules took
    if not lines:
        hint = "" if len(doc_id) >= MIN_PREFIX and re.fullmatch("[0-9a-fA-F]+", doc_id) else f" ({_HINT})"
        lines.append(f"{doc_id}: not found in articles, duplicates or rejected{hint}")
    return "\n".join(lines)


def _arguments(argv: list[str]) -> argparse.Namespace:
    """The doc_id and --output of ``argv``; UsageError naming the first thing not understood, with the
    closest valid flag, as the rest of the command line does (pipeline/cli.py)."""
    # (--output given twice is refused, as the main command refuses it, not the last one taken silently.)
    parser = OnceParser(
        prog="wirewash explain", usage=USAGE, description="Why a document was kept, dropped or rejected.",
        allow_abbrev=False,
    )
    # Optional here so that a missing id is reported in the words below, not argparse's.
    parser.add_argument(
        "doc_id", nargs="?", metavar="DOC_ID",
        help=f"The doc_id to explain, as in the output tables, or its first {MIN_PREFIX} or more digits "
        "(any case), or the input's source as the tables name it (path#N for a record).",
    )
    parser.add_argument("--output", default="output", help="The run's output directory. Default: %(default)s")
    parser.add_argument(
        "--full", action="store_true",
        help=f"Show each removed text whole, on one line (by default it is cut to {REMOVED_CHARS} characters).",
    )
    args, extra = parser.parse_known_args(argv)
    own = [s for a in parser._actions for s in a.option_strings if s.startswith("--")]
    first = extra[0] if extra else None
    if first and first.startswith("--"):
        flag = first.split("=", 1)[0]
        raise UsageError(f"unknown flag {flag}{did_you_mean(flag, own)}")
    if first and first.startswith("-") and len(first) > 1:
        raise UsageError(f"short flags are not accepted: {first[:2]}{did_you_mean(first[:2], own)}")
    if first:
        raise UsageError(f"unexpected argument {first!r}: explain takes one DOC_ID and --output DIR")
    if args.doc_id is None:
        raise UsageError("no DOC_ID given: wirewash explain DOC_ID --output DIR")
    return args


def main(argv: list[str]) -> int:
    try:
        args = _arguments(argv)
    except UsageError as e:
        print(f"wirewash explain: {e}", file=sys.stderr)
        return 2
    tables = {name: output_dataset(args.output, name) for name in OUTPUT_NAMES}
    if all(table is None for table in tables.values()):
        # Else a mistyped folder reads as "not found": as if the document had been lost.
        print(f"wirewash explain: {args.output} holds no wirewash output (no {', '.join(OUTPUT_NAMES)})",
              file=sys.stderr)
        return 2
    problems = [
        f"{name}: {problem}" for name, table in tables.items() if table is not None
        for problem in column_problems(table, OUTPUT_SCHEMAS[name], NEEDED_COLUMNS[name])
    ]
    if problems:
        # Else a table made by hand or by another program ends explain in a traceback from deep in a read.
        print(f"wirewash explain: {args.output} holds tables wirewash did not write: {'; '.join(problems)}",
              file=sys.stderr)
        return 2
    matches = matching_ids(args.doc_id, args.output)
    said = ambiguity(args.doc_id, matches)
    if said is not None:
        print(f"wirewash explain: {said}", file=sys.stderr)
        return 2
    info = explain(matches[0]["doc_id"] if matches else args.doc_id, args.output)
    try:
        print(format_explanation(info, args.full), flush=True)
    except BrokenPipeError:
        # ``explain ID | head``: the reader took what it wanted; the flush at exit must not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0 if info["kept"] or info["duplicates"] or info["rejected"] else 1


if __name__ == "__main__":  # python -m pipeline.explain DOC_ID --output DIR, as wirewash explain
    sys.exit(main(sys.argv[1:]))
