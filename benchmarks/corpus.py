"""Benchmark corpora from ../shared/data: real articles, syndicated copies of them, and same-story hard negatives.

The copy generator applies what outlets do to wire copy before running it: a new headline, an outlet
dateline/credit, the story cut from the bottom, house spelling (UK/US, "pct" -> "percent", "mln" ->
"million"), a few words swapped for the outlet's usual ones, a sentence dropped, and a tagline appended.
"""
from __future__ import annotations

import glob
import html
import os
import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime

from wirewash.transforms.core.readers.encoding import decode_text


@dataclass(frozen=True)
class Story:
    id: str
    title: str
    body: str  # paragraphs separated by a blank line
    topic: str
    date: datetime | None

    @property
    def text(self) -> str:
        return f"{self.title}\n\n{self.body}"


_REUTERS_RE = re.compile(r'<REUTERS[^>]*NEWID="(\d+)">(.*?)</REUTERS>', re.S)
_FIELD_RE = {f: re.compile(rf"<{f}>(.*?)</{f}>", re.S) for f in ("DATE", "TITLE", "BODY", "TOPICS")}


def load_reuters(data_dir: str, min_words: int = 80) -> list[Story]:
    out = []
    for path in sorted(glob.glob(os.path.join(data_dir, "reuters21578", "reut2-*.sgm"))):
        with open(path, encoding="latin-1") as f:
            raw = f.read()
        for newid, block in _REUTERS_RE.findall(raw):
            fields = {k: (m.group(1) if (m := r.search(block)) else "") for k, r in _FIELD_RE.items()}
            body = html.unescape(fields["BODY"]).replace("\x03", "")
            body = re.sub(r"\s*Reuter\s*$", "", body.strip())
            # Reuters marks paragraphs with an indented line.
            paras = [" ".join(p.split()) for p in re.split(r"\n\s{3,}", body) if p.strip()]
            if not paras or len(" ".join(paras).split()) < min_words:
                continue
            try:
                date = datetime.strptime(fields["DATE"].strip()[:20], "%d-%b-%Y %H:%M:%S")
            except ValueError:
                date = None
            topic = ",".join(re.findall(r"<D>(.*?)</D>", fields["TOPICS"]))
            title = " ".join(html.unescape(fields["TITLE"]).split())
            out.append(Story(f"reuters-{newid}", title, "\n\n".join(paras), topic, date))
    return out


def load_bbc(data_dir: str, min_words: int = 80) -> list[Story]:
    out = []
    for path in sorted(glob.glob(os.path.join(data_dir, "bbc-news", "*", "*.txt"))):
        # The BBC files are UTF-8 but for one in Latin-1 (sport/199); read as Latin-1, 646 stories had "Â£".
        with open(path, "rb") as f:
            lines = [ln.strip() for ln in decode_text(f.read()).splitlines()]
        title, paras = lines[0], [ln for ln in lines[1:] if ln]
        if len(" ".join(paras).split()) < min_words:
            continue
        category = os.path.basename(os.path.dirname(path))
        out.append(Story(f"bbc-{category}-{os.path.basename(path)[:3]}", title, "\n\n".join(paras), category, None))
    return out


# House-style substitutions outlets apply to wire copy (both directions occur in practice).
_RESPELL = [
    ("pct", "percent"), ("mln", "million"), ("billion dlrs", "billion dollars"), ("dlrs", "dollars"),
    ("organisation", "organization"), ("labour", "labor"), ("centre", "center"), ("favour", "favor"),
    ("per cent", "percent"), ("programme", "program"), ("defence", "defense"), ("analysed", "analyzed"),
    ("Mr ", "Mr. "), ("U.S.", "US"), ("the company", "the firm"), ("shr", "share"), ("cts", "cents"),
]
_REWORD = [
    ("said", "says"), ("told", "said to"), ("rose", "increased"), ("fell", "declined"), ("however", "but"),
    ("announced", "said"), ("expected", "forecast"), ("about", "around"), ("bought", "acquired"),
    ("chairman", "chair"), ("will", "would"), ("shares", "stock"), ("also", "additionally"),
]
_OUTLETS = ["Reuters", "AP", "AFP", "Bloomberg", "Dow Jones"]
_CITIES = ["LONDON", "NEW YORK", "TOKYO", "WASHINGTON", "FRANKFURT", "SYDNEY"]
_TAGLINES = [
    "Reporting by {a}; Editing by {b}",
    "Copyright {y} {o}. All rights reserved.",
    "Read more business news at our website.",
    "({o} contributed to this report.)",
    "Related: Markets wrap | Currencies | Commodities",
]
_NAMES = ["Jane Doe", "Tom Lee", "Ana Ruiz", "Raj Patel", "Kim Park", "Ola Berg"]


def _sub_words(text: str, pairs, rng: random.Random, share: float) -> str:
    for a, b in pairs:
        if rng.random() < share:
            src, dst = (a, b) if rng.random() < 0.8 else (b, a)
            text = re.sub(rf"\b{re.escape(src)}\b", dst, text, flags=re.I)
    return text


def _new_headline(title: str, rng: random.Random) -> str:
    words = title.split()
    choice = rng.randrange(4)
    if choice == 0:
        return title.title()
    if choice == 1:
        return f"UPDATE {rng.randint(1, 3)}-{title}"
    if choice == 2 and len(words) > 3:
        cut = rng.randint(2, len(words) - 1)
        return " ".join(words[cut:] + ["-"] + words[:cut]).capitalize()
    return f"{title.capitalize()} | {rng.choice(['Business', 'World', 'Markets', 'News'])}"


def syndicate(story: Story, copy_id: str, rng: random.Random) -> Story:
    """One outlet's copy of ``story``: every edit is applied with some probability, at least two of them."""
    paras = story.body.split("\n\n")
    edits = [e for e in ("headline", "credit", "trim", "respell", "reword", "drop", "tagline") if rng.random() < 0.6]
    while len(edits) < 2:
        edits.append(rng.choice(["headline", "trim", "respell", "reword"]))
    title = _new_headline(story.title, rng) if "headline" in edits else story.title
    if "trim" in edits and len(paras) > 2:
        # Cut from the bottom, as an editor short of space does; keep at least 60% of the paragraphs.
        keep = max(2, int(len(paras) * rng.uniform(0.6, 0.95)))
        paras = paras[:keep]
    if "drop" in edits:
        sentences = [s for p in paras for s in re.split(r"(?<=[.!?])\s+", p)]
        if len(sentences) > 4:
            victim = rng.randrange(1, len(sentences))
            paras = [" ".join(s for s in re.split(r"(?<=[.!?])\s+", p) if s != sentences[victim]) for p in paras]
            paras = [p for p in paras if p]
    body = "\n\n".join(paras)
    if "respell" in edits:
        body = _sub_words(body, _RESPELL, rng, 0.7)
    if "reword" in edits:
        body = _sub_words(body, _REWORD, rng, 0.3)
    if "credit" in edits:
        outlet = rng.choice(_OUTLETS)
        body = f"{rng.choice(_CITIES)} ({outlet}) - {body}" if rng.random() < 0.5 else f"By {rng.choice(_NAMES)}\n\n{body}"
    if "tagline" in edits:
        body += "\n\n" + rng.choice(_TAGLINES).format(
            a=rng.choice(_NAMES), b=rng.choice(_NAMES), y=rng.choice([1987, 2005]), o=rng.choice(_OUTLETS)
        )
    return Story(copy_id, title, body, story.topic, story.date)


_WORD = re.compile(r"[a-z0-9]+")


def _words(story: Story) -> set[str]:
    return set(_WORD.findall(story.body.lower()))


def drop_resends(stories: list[Story], containment: float = 0.8, rare_df: int = 200) -> list[Story]:
    """Stories are dropped when ``containment`` or more of the distinct words of the shorter of two bodies are
    also in an earlier kept story's body.

    Reuters-21578 holds re-sends (corrected figures, reworded headline) and BBC about 100 exact duplicates;
    left in, they would be true duplicates labelled as different articles. Word containment is not what any
    compared system measures (they use word-n-gram Jaccard), so this filter favours none of them. Candidates
    are the stories sharing words that occur in at most ``rare_df`` stories.
    """
    words = [_words(s) for s in stories]
    df = Counter(w for ws in words for w in ws)
    by_word: dict[str, list[int]] = defaultdict(list)
    kept: list[int] = []
    for i, ws in enumerate(words):
        rare = [w for w in ws if df[w] <= rare_df]
        shared = Counter(k for w in rare for k in by_word.get(w, ()))
        if not ws or any(
            len(ws & words[k]) >= containment * min(len(ws), len(words[k])) for k, _ in shared.most_common(50)
        ):
            continue
        for w in rare:
            by_word[w].append(i)
        kept.append(i)
    return [stories[i] for i in kept]


_STOP = set("a an the of in on at to for and or by with from as is are was were be it its after over up".split())


def hard_negative_pairs(stories: list[Story], limit: int, rng: random.Random) -> list[tuple[Story, Story]]:
    """Different articles about the same story.

    Reuters: updates of one story share a TITLE prefix (first three words) and topic within three days.
    BBC: follow-ups in one category share three or more content words of the headline.
    """
    pairs: list[tuple[Story, Story]] = []
    groups: dict[tuple, list[Story]] = defaultdict(list)
    for s in stories:
        if s.id.startswith("reuters") and s.date:
            groups[(tuple(s.title.split()[:3]), s.topic)].append(s)
    for group in groups.values():
        group.sort(key=lambda s: s.date)
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if (b.date - a.date).days <= 3 and len(a.title.split()) >= 3:
                    pairs.append((a, b))
    bbc_by_cat: dict[str, list[Story]] = defaultdict(list)
    for s in stories:
        if s.id.startswith("bbc"):
            bbc_by_cat[s.topic].append(s)
    for group in bbc_by_cat.values():
        words = [{w for w in re.findall(r"[a-z']+", s.title.lower()) if w not in _STOP and len(w) > 2} for s in group]
        for i in range(len(group)):
            for j in range(i + 1, len(group)):
                if len(words[i] & words[j]) >= 3:
                    pairs.append((group[i], group[j]))
    rng.shuffle(pairs)
    return pairs[:limit]
