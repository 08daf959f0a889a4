"""Generated syndicated copies: what an outlet does to a wire story before running it.

:func:`syndicate` turns one real article (text, title) into the copy another outlet would print, applying a
chosen list of edit operations with a seeded random generator, so a pair file can store only
``{"from": ref, "ops": [...], "seed": n}`` and every run rebuilds the same copy.

Operations (each draws from its own ``random.Random(f"{seed}:{op}")``, so adding one op leaves the others'
choices unchanged):

- ``trim``: keep the leading paragraphs holding about 60-80 % of the words (the outlet cut the bottom).
- ``reheadline``: a new headline: case changed (wire capitals -> sentence case), words swapped for the
  outlet's usual ones, or a clause of the first sentence used instead.
- ``respell``: house style: US <-> UK spelling, curly quotes, dashes, a typo fixed or introduced.
- ``rewrite``: light editing: a few words swapped for synonyms, or one sentence in the middle dropped.
- ``credit``: the wire credit or dateline changed: an outlet dateline/credit added at the top and a
  "Distributed by" tagline at the end, and the wire's own sign-off ("Reuter") removed.

Paragraphs in the output are separated by one blank line whatever the source used (Reuters indents them by
four spaces; BBC separates them with blank lines).
"""
from __future__ import annotations

import random
import re
from collections.abc import Callable

OPS = ("trim", "reheadline", "respell", "rewrite", "credit")

_PARA_SPLIT_RE = re.compile(r"\n\s*\n|\n(?=[ \t]{2,}\S)")
_SIGNOFF_RE = re.compile(r"\s*\b(?:reuter|reuters)\s*\Z", re.IGNORECASE)
_SENTENCE_RE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”']))\s+(?=[\"“A-Z])")

# Pairs seen in wire copy of both corpora; either direction is an outlet's house style.
_SPELLINGS = [
    ("favour", "favor"), ("labour", "labor"), ("colour", "color"), ("honour", "honor"),
    ("centre", "center"), ("metre", "meter"), ("programme", "program"), ("defence", "defense"),
    ("licence", "license"), ("organisation", "organization"), ("organise", "organize"),
    ("privatisation", "privatization"), ("liberalisation", "liberalization"), ("realise", "realize"),
    ("recognise", "recognize"), ("criticise", "criticize"), ("emphasise", "emphasize"),
    ("stabilise", "stabilize"), ("authorise", "authorize"), ("analyse", "analyze"), ("cheque", "check"),
    ("tonne", "ton"), ("travelled", "traveled"), ("cancelled", "canceled"), ("modelling", "modeling"),
    ("totalling", "totaling"), ("signalled", "signaled"), ("catalogue", "catalog"), ("grey", "gray"),
    ("tyre", "tire"), ("jewellery", "jewelry"), ("fulfil", "fulfill"), ("enrol", "enroll"),
    ("ageing", "aging"), ("sceptical", "skeptical"), ("aluminium", "aluminum"), ("whilst", "while"),
    ("percent", "per cent"), ("pct", "percent"), ("mln", "million"), ("dlrs", "dollars"), ("bln", "billion"),
]
# Common typos both ways: an outlet's subeditor fixes one, or a retyping introduces one.
_TYPOS = [
    ("received", "recieved"), ("government", "goverment"), ("separate", "seperate"),
    ("occurred", "occured"), ("committee", "comittee"), ("which", "wich"), ("their", "thier"),
    ("until", "untill"), ("beginning", "begining"), ("business", "buisness"), ("foreign", "foriegn"),
    ("expected", "expectd"), ("agreement", "agreemnet"), ("million", "millon"), ("analysts", "analysys"),
]
_SYNONYMS = [
    ("said", "stated"), ("says", "states"), ("rose", "climbed"), ("fell", "declined"), ("rise", "increase"),
    ("big", "large"), ("help", "assist"), ("about", "around"), ("shows", "indicates"),
    ("talks", "negotiations"), ("also", "additionally"), ("told", "informed"), ("profits", "earnings"),
    ("expected", "anticipated"), ("major", "key"), ("reported", "posted"), ("increased", "raised"),
]
_HEADLINE_SWAPS = [
    ("says", "said to"), ("sees", "expects"), ("to", "set to"), ("ups", "raises"), ("cuts", "lowers"),
    ("win", "triumph"), ("rise", "gain"), ("fall", "drop"), ("plan", "proposal"), ("deal", "agreement"),
    ("talks", "negotiations"), ("row", "dispute"), ("boost", "lift"), ("hits", "strikes"),
]
_DATELINES = ["NEW YORK", "LONDON", "WASHINGTON", "TOKYO", "SYDNEY", "TORONTO", "CHICAGO", "FRANKFURT"]
_OUTLETS = ["Daily Ledger", "Morning Courier", "Evening Post-Dispatch", "Metro Business Wire", "The Sentinel"]


def paragraphs(text: str) -> list[str]:
    """Split a body into paragraphs (blank-line or indented-line breaks); each paragraph on one line."""
    return [" ".join(p.split()) for p in _PARA_SPLIT_RE.split(text) if p.strip()]


def _match_case(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _swap_words(text: str, table: list[tuple[str, str]], rng: random.Random, k: int,
                both_ways: bool = True) -> str:
    """Replace up to k (word, other) occurrences present in text, one table entry at a time, whole words."""
    choices = []
    for left, right in table:
        directions = [(left, right), (right, left)] if both_ways else [(left, right)]
        present = [(src, dst) for src, dst in directions
                   if re.search(rf"\b{re.escape(src)}\b", text, re.IGNORECASE)]
        if present:
            choices.append(present[rng.randrange(len(present))])
    rng.shuffle(choices)
    done = 0
    for src, dst in choices:
        if done == k:
            break
        # An earlier swap may have consumed this word ("pct" -> "percent" before "percent" -> "per cent").
        matches = list(re.finditer(rf"\b{re.escape(src)}\b", text, re.IGNORECASE))
        if not matches:
            continue
        hit = matches[rng.randrange(len(matches))]
        text = text[:hit.start()] + _match_case(hit.group(0), dst) + text[hit.end():]
        done += 1
    return text


def _trim(paras: list[str], title: str, rng: random.Random) -> tuple[list[str], str]:
    total = sum(len(p.split()) for p in paras)
    target = total * rng.uniform(0.6, 0.8)
    kept: list[str] = []
    words = 0
    for para in paras:
        size = len(para.split())
        if words + size <= target:
            kept.append(para)
            words += size
            continue
        # The cut falls inside this paragraph: keep its sentences up to the target (some sources run
        # several paragraphs together on one line, so a paragraph-only cut could drop most of the story).
        sentences, partial = _SENTENCE_RE.split(para), []
        for sentence in sentences:
            if words + len(sentence.split()) > target and (kept or partial):
                break
            partial.append(sentence)
            words += len(sentence.split())
        if partial and (len(partial) < len(sentences) or not kept):
            kept.append(" ".join(partial))
        break
    return kept, title


def _reheadline(paras: list[str], title: str, rng: random.Random) -> tuple[list[str], str]:
    style = rng.randrange(3)
    new = title
    if style == 0 and paras:
        # The outlet's own headline from the lead: its first clause, cut to at most eight words.
        lead = re.split(r"[,;:]| - ", _SENTENCE_RE.split(paras[0])[0])[0].split()
        new = " ".join(lead[:8]).strip('."\u201c\u201d')
    elif style == 1:
        new = _swap_words(title, _HEADLINE_SWAPS, rng, k=2)
    if new.strip() in ("", title) or style == 2:
        words = title.lower().split() if title.isupper() else title.split()
        new = " ".join(words)
        new = new[:1].upper() + new[1:]
        if new == title:
            new = title.upper()
    return paras, new


def _respell(paras: list[str], title: str, rng: random.Random) -> tuple[list[str], str]:
    text = "\n".join(paras)
    text = _swap_words(text, _SPELLINGS, rng, k=rng.randint(2, 5))
    text = _swap_words(text, _TYPOS, rng, k=rng.randint(1, 2))
    if rng.random() < 0.7:
        text = re.sub(r'"(\S[^"\n]*?)"', "\u201c\\1\u201d", text)
        text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
    if rng.random() < 0.6:
        text = re.sub(r" - ", " \u2014 ", text)
        text = re.sub(r"(?<=\d)-(?=\d)", "\u2013", text)
    return text.split("\n"), title


def _rewrite(paras: list[str], title: str, rng: random.Random) -> tuple[list[str], str]:
    paras = list(paras)
    if rng.random() < 0.5 and len(paras) >= 3:
        # Drop one sentence from a middle paragraph (never the lead), keeping the paragraph if it empties.
        index = rng.randrange(1, len(paras) - 1)
        sentences = _SENTENCE_RE.split(paras[index])
        if len(sentences) > 1:
            del sentences[rng.randrange(len(sentences))]
            paras[index] = " ".join(sentences)
            return paras, title
    text = _swap_words("\n".join(paras), _SYNONYMS, rng, k=rng.randint(2, 4), both_ways=False)
    return text.split("\n"), title


def _credit(paras: list[str], title: str, rng: random.Random) -> tuple[list[str], str]:
    paras = list(paras)
    if paras:
        paras[-1] = _SIGNOFF_RE.sub("", paras[-1])
        if not paras[-1]:
            paras.pop()
    outlet = rng.choice(_OUTLETS)
    if paras and rng.random() < 0.6:
        paras[0] = f"{rng.choice(_DATELINES)} ({outlet}) - {paras[0]}"
    else:
        paras.insert(0, f"By {outlet} staff and wire reports")
    if rng.random() < 0.5:
        paras.append(f"Distributed by {outlet}. All rights reserved.")
    return paras, title


_APPLY: dict[str, Callable[[list[str], str, random.Random], tuple[list[str], str]]] = {
    "trim": _trim, "reheadline": _reheadline, "respell": _respell, "rewrite": _rewrite, "credit": _credit,
}


def syndicate(text: str, title: str, ops: list[str] | tuple[str, ...], seed: int) -> tuple[str, str]:
    """Return (copy_text, copy_title): the copy another outlet would run of one article.

    ops: names from :data:`OPS`, applied in the order given; seed: any int. Same inputs -> same output.
    Raises ValueError on an unknown op name.
    """
    unknown = [op for op in ops if op not in _APPLY]
    if unknown:
        raise ValueError(f"unknown copy ops {unknown}; known: {OPS}")
    paras, new_title = paragraphs(text), title
    for op in ops:
        paras, new_title = _APPLY[op](paras, new_title, random.Random(f"{seed}:{op}"))
    return "\n\n".join(paras), new_title
