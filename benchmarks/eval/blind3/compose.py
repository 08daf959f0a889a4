"""Cases of the third blind set: a real story body with furniture placed where outlets put it, rendered as a
plain-text file (blank-line paragraphs, hard-wrapped at 70 columns, or one newline per paragraph) or an HTML page.

Every piece is a ``Segment`` with its role, so the truth of each character is known by construction.
"""
from __future__ import annotations

import hashlib
import html
import json
import random
import textwrap
from dataclasses import dataclass, field
from datetime import date

from benchmarks.eval.blind3 import furniture as F
from benchmarks.eval.blind3.stories import Story

SEED = "blind3-2026-12-03"
LAYOUTS = ("blank", "wrapped", "tight", "html", "jsonl")
_FOREIGN = ("es", "fr", "de", "pt", "it", "ru", "ar", "zh", "ja", "ko")
_INSERTS = ("related", "ad", "newsletter", "caption", "social", "gallery")
_TAILS = ("tags", "copyright", "correction", "credits", "follow", "comments", "headlines", "newsletter", "share",
          "paywall", "print", "contact")


@dataclass(frozen=True)
class Segment:
    text: str
    role: str  # "story", "furniture", "title" or "neutral" (scored as neither)
    kind: str  # furniture kind, "story", or the trap a story paragraph is
    zone: str  # "head", "body" or "tail"
    novel: bool = False  # furniture in test-only vocabulary
    para: int = -1  # index of the story paragraph this segment is (story segments only)


@dataclass
class Case:
    id: str
    split: str
    lang: str  # the furniture's language
    body_lang: str
    layout: str
    title: str
    blocks: list[list[Segment]] = field(default_factory=list)
    # None: not scored (the furniture names a person or outlet a cleaner may fairly take); [] or "": expect none
    byline: list[str] | None = None
    byline_line: str = ""
    publisher: str | None = None
    publisher_scored: bool = True
    site: str = ""
    author_meta: bool = False
    json_ld: bool = False  # an HTML page's schema.org NewsArticle block (headline, date, authors, publisher)
    crlf: bool = False  # a plain-text file saved with Windows line ends
    # the day a stamp gives in full (day, month, year) or the page's JSON-LD; None: not scored
    published: date | None = None
    time_iso: str = ""
    # a JSON Lines record's fields besides its text (a scraper's dump: id, url, sometimes title and publisher)
    record: dict[str, str] = field(default_factory=dict)

    @property
    def filename(self) -> str:
        return f"{self.id}.{self.layout if self.layout in ('html', 'jsonl') else 'txt'}"


def split_of(story_id: str) -> str:
    """dev or test by a stable hash of the story (every case of one story in one split)."""
    return "dev" if int(hashlib.sha256(story_id.encode()).hexdigest()[:8], 16) % 2 == 0 else "test"


def _rng(case_id: str) -> random.Random:
    return random.Random(int(hashlib.sha256(f"{SEED}:{case_id}".encode()).hexdigest()[:16], 16))


def _piece(kind: str, zone: str, ctx: F.Context, split: str, rng: random.Random, skip_agency: bool) -> Segment:
    templates = F.PIECES[kind][ctx.lang]
    if skip_agency:
        templates = [t for t in templates if "{agency}" not in t] or templates[:1]
    template, novel = F.choose(templates, split, rng)
    return Segment(ctx.fill(template), "furniture", kind, zone, novel)


def build_case(story: Story, variant: int, lang: str, english_headlines: list[str]) -> Case:
    case_id = f"{story.id}~{variant}"
    split = split_of(story.id)
    rng = _rng(case_id)
    layout = rng.choice(LAYOUTS)
    ctx = F.context(lang, rng, [h for h in english_headlines if h != story.title])
    case = Case(case_id, split, lang, story.lang, layout, story.title, site=ctx.values["Site"])
    if layout == "jsonl":
        slug = "-".join(story.title.lower().split()[:6])
        case.record = {"id": case_id, "url": f"https://news.example/{ctx.values['year']}/{slug}"}
        if rng.random() < 0.5:
            case.record["title"] = story.title
        if rng.random() < 0.5:
            case.record["publisher"] = case.site

    credit = None
    if rng.random() < 0.55:
        template, novel = F.choose([t for _, t in F.CREDITS[lang]], split, rng)
        case.publisher = next(p for p, t in F.CREDITS[lang] if t.removeprefix("T|") == template)
        credit = Segment(ctx.fill(template), "furniture", "credit", "head", novel)
        ctx.values["agency"] = case.publisher
    live = rng.random() < 0.08
    case.time_iso = f"{ctx.day.isoformat()}T{ctx.values['hh']}:{ctx.values['mm']}:00+00:00"
    head = _head(case, ctx, rng, live, credit is None)
    body = _body(story, case, ctx, rng, live, credit)
    tail, kinds = _tail(case, ctx, rng, credit is None)

    pieces = [s for block in head + body + tail for s in block if s.role == "furniture"]
    names_source = any(case.site in s.text or F.names_agency(s.text) for s in pieces if s.kind != "caption")
    if case.byline is None and "credits" not in kinds:
        case.byline = []
    if case.publisher is None:
        if layout == "html" or "publisher" in case.record:
            case.publisher = case.site
        elif names_source:
            case.publisher_scored = False

    if credit and rng.random() < 0.3:
        head.insert(0, [_piece("refile", "head", ctx, split, rng, True)])
    page: list[list[Segment]] = []
    if layout == "html":
        if rng.random() < 0.3:
            page.append([_piece("consent", "head", ctx, split, rng, True)])
        page.append([_piece("nav", "head", ctx, split, rng, True)])
    if rng.random() < 0.15:
        page.append([_piece("section", "head", ctx, split, rng, True)])
    page.append([Segment(story.title, "title", "title", "head")])
    page += head + body + tail
    if layout == "html":
        page.append([_piece("footer", "tail", ctx, split, rng, True)])
    case.blocks = page
    case.json_ld = layout == "html" and rng.random() < 0.3
    if case.json_ld:
        case.published = ctx.day
    case.crlf = layout in ("blank", "tight", "wrapped") and rng.random() < 0.2
    return case


def _head(case: Case, ctx: F.Context, rng: random.Random, live: bool, skip_agency: bool) -> list[list[Segment]]:
    """What sits between the headline and the lead: live badge, byline, stamp, read time, share bar, photo..."""
    head: list[list[Segment]] = []
    if live:
        head.append([_piece("live", "head", ctx, case.split, rng, skip_agency)])
    if rng.random() < 0.6:
        template, novel = F.choose(F.BYLINES[case.lang], case.split, rng)
        line = ctx.fill(template)
        head.append([Segment(line, "furniture", "byline", "head", novel)])
        case.byline = [ctx.values[k] for k in ("a1", "a2", "a3") if "{" + k + "}" in template]
        case.byline_line = line
        case.author_meta = case.layout == "html" and rng.random() < 0.5
    extras = [k for k, p in (("stamp", 0.5), ("readtime", 0.3), ("share", 0.25), ("caption", 0.3), ("listen", 0.15))
              if rng.random() < p]
    rng.shuffle(extras)
    for kind in extras:
        seg = _piece(kind, "head", ctx, case.split, rng, skip_agency)
        if kind == "stamp" and ctx.values["year"] in seg.text:
            case.published = ctx.day
        if kind == "stamp" and case.byline and rng.random() < 0.3:
            # "By A and B | 3 December 2026": the stamp on the byline's line
            glued = Segment(rng.choice((" | ", " · ", ", ", "  ")) + seg.text, "furniture", "stamp", "head", seg.novel)
            head[[b[0].kind for b in head].index("byline")].append(glued)
        else:
            head.append([seg])
    return head


def _body(story: Story, case: Case, ctx: F.Context, rng: random.Random, live: bool,
          credit: Segment | None) -> list[list[Segment]]:
    """The story's paragraphs, the credit glued to the lead, and inserts between paragraphs (never before the
    lead); a teaser sometimes glued to a paragraph's end."""
    split, skip_agency = case.split, credit is None
    paragraphs = list(story.paragraphs)
    bullets = len(paragraphs) >= 6 and all(len(p) < 250 for p in paragraphs[-3:]) and rng.random() < 0.25
    body: list[list[Segment]] = []
    for i, para in enumerate(paragraphs):
        zone = "head" if i == 0 else "tail" if i == len(paragraphs) - 1 else "body"
        kind = story.traps.get(i, "story")
        if bullets and i >= len(paragraphs) - 3:
            kind, para = "story_bullets", "• " + para
        seg = Segment(para, "neutral" if kind == "neutral" else "story", kind, zone, para=i)
        block = [credit, seg] if i == 0 and credit else [seg]
        if live and 0 < i < len(paragraphs) - 1 and rng.random() < 0.5:
            template, novel = F.choose(F.LIVE_STAMPS[case.lang], split, rng)
            body.append([Segment(ctx.fill(template), "furniture", "live_stamp", "body", novel)])
        body.append(block)
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        seg = _piece(rng.choice(_INSERTS), "body", ctx, split, rng, skip_agency)
        body.insert(rng.randint(1, max(1, len(body) - 1)), [seg])
    if len(body) > 2 and rng.random() < 0.15:
        at = rng.randint(1, len(body) - 2)
        if body[at][-1].role == "story" and not body[at][-1].text.startswith("•"):
            template, novel = F.choose(F.PIECES["related"][case.lang], split, rng)
            glue = rng.choice((" ", " ", "\u00a0"))
            body[at] = body[at] + [Segment(glue + ctx.fill(template), "furniture", "related_glued", "body", novel)]
    return body


def _tail(case: Case, ctx: F.Context, rng: random.Random, skip_agency: bool) -> tuple[list[list[Segment]], list[str]]:
    """One to four pieces after the story (an author's note only where the byline names the author)."""
    tail: list[list[Segment]] = []
    kinds = rng.sample(_TAILS, rng.randint(1, 4))
    if case.byline and "{a1}" in case.byline_line and rng.random() < 0.25:
        kinds.insert(rng.randint(0, len(kinds)), "bio")
    for kind in kinds:
        if kind == "headlines":
            label = _piece("headlines", "tail", ctx, case.split, rng, True)
            items = [ctx.fill("{hl}") for _ in range(rng.randint(3, 5))]
            tail.append([label])
            tail.extend([[Segment(item, "furniture", "headlines", "tail", label.novel)] for item in dict.fromkeys(items)])
        else:
            tail.append([_piece(kind, "tail", ctx, case.split, rng, skip_agency)])
    return tail, kinds


def build_cases(english: list[Story], pages: list[Story], split: str, per_split: int = 240) -> list[Case]:
    """About ``per_split`` cases around English bodies (half BBC, half Reuters) plus three around each page body
    of the split, in a fixed order."""
    rng = random.Random(SEED)
    headlines = sorted({s.title for s in english if s.id.startswith("bbc-")})
    by_source = {src: [s for s in english if s.id.startswith(src) and split_of(s.id) == split]
                 for src in ("bbc-", "reuters-")}
    cases = []
    for src, stories in sorted(by_source.items()):
        # Every story that quotes a post is in, and ten that cite another outlet (rare traps); the rest a sample.
        picked = {s.id: s for s in rng.sample(stories, min(per_split // 2, len(stories)))}
        picked.update((s.id, s) for s in stories if "quoted_post" in s.traps.values())
        citing = [s for s in stories if "cites_outlet" in s.traps.values()]
        picked.update((s.id, s) for s in rng.sample(citing, min(10, len(citing))))
        for story in sorted(picked.values(), key=lambda s: s.id):
            r = _rng(story.id)
            lang = "en" if r.random() < 0.5 else r.choice(_FOREIGN)
            cases.append(build_case(story, 0, lang, headlines))
    for story in pages:
        if split_of(story.id) == split:
            cases.extend(build_case(story, v, story.lang, headlines) for v in range(3))
    return cases


# --- rendering -------------------------------------------------------------------------------------------------

def render_text(case: Case) -> str:
    blocks = ["".join(s.text for s in block) for block in case.blocks]
    if case.layout == "wrapped":
        blocks = ["\n".join(textwrap.fill(line, 70, break_long_words=False, break_on_hyphens=False) or line
                            for line in block.split("\n")) for block in blocks]
    text = ("\n" if case.layout == "tight" else "\n\n").join(blocks) + "\n"
    return text.replace("\n", "\r\n") if case.crlf else text


def _lines(text: str, tag: str) -> str:
    return "".join(f"<{tag}>{html.escape(line)}</{tag}>" for line in text.split("\n"))


_WRAP = {
    "nav": lambda t: "<header class=\"site-header\"><nav aria-label=\"Sections\"><ul>"
                     + "".join(f"<li><a href=\"/s/{i}\">{html.escape(x)}</a></li>" for i, x in enumerate(t.split("\n")))
                     + "</ul></nav></header>",
    "footer": lambda t: "<footer class=\"site-footer\"><ul>" + _lines(t, "li") + "</ul></footer>",
    "byline": lambda t: f"<div class=\"byline\"><span class=\"author\">{html.escape(t)}</span></div>",
    "readtime": lambda t: f"<span class=\"reading-time\">{html.escape(t)}</span>",
    "share": lambda t: "<div class=\"share-tools\">" + "".join(
        f"<a class=\"share\" href=\"#\">{html.escape(x)}</a>" for x in t.split("\n")) + "</div>",
    "caption": lambda t: f"<figure class=\"lead-image\"><img src=\"/media/photo.jpg\" alt=\"\" width=\"800\" height=\"450\">"
                         f"<figcaption>{html.escape(t)}</figcaption></figure>",
    "related": lambda t: f"<aside class=\"related-link\"><p><a href=\"/news/related\">{html.escape(t)}</a></p></aside>",
    "ad": lambda t: f"<div class=\"ad-slot\"><p class=\"ad-label\">{html.escape(t)}</p></div>",
    "newsletter": lambda t: "<div class=\"newsletter-promo\">" + _lines(t, "p")
                            + "<form action=\"/subscribe\"><input type=\"email\" name=\"email\"></form></div>",
    "social": lambda t: "<blockquote class=\"social-embed\">" + _lines(t, "p") + "</blockquote>",
    "tags": lambda t: f"<div class=\"tags\"><p>{html.escape(t)}</p></div>",
    "live": lambda t: "<div class=\"live-header\">" + _lines(t, "span") + "</div>",
    "consent": lambda t: "<div class=\"cookie-banner\" role=\"dialog\">" + "".join(
        f"<button>{html.escape(x)}</button>" if i else f"<p>{html.escape(x)}</p>" for i, x in enumerate(t.split("\n")))
                         + "</div>",
    "section": lambda t: f"<nav class=\"breadcrumb\"><a href=\"/section\">{html.escape(t)}</a></nav>",
    "listen": lambda t: f"<div class=\"audio-player\"><button>{html.escape(t)}</button></div>",
    "paywall": lambda t: "<div class=\"paywall\">" + _lines(t, "p") + "</div>",
    "gallery": lambda t: f"<div class=\"gallery-counter\">{html.escape(t)}</div>",
    "live_stamp": lambda t: f"<p class=\"entry-time\"><time>{html.escape(t)}</time></p>",
    "headlines": lambda t: f"<li><a href=\"/news/more\">{html.escape(t)}</a></li>",
}


def render_html(case: Case) -> str:
    title, site = html.escape(case.title), html.escape(case.site)
    out = ["<!DOCTYPE html>", f"<html lang=\"{case.lang}\">", "<head>", "<meta charset=\"utf-8\">",
           f"<title>{title} | {site}</title>", f"<meta property=\"og:title\" content=\"{title}\">",
           f"<meta property=\"og:site_name\" content=\"{site}\">",
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"]
    if case.author_meta and case.byline:
        out.append(f"<meta name=\"author\" content=\"{html.escape(', '.join(case.byline))}\">")
    if case.json_ld:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": case.title,
              "datePublished": case.time_iso, "publisher": {"@type": "Organization", "name": case.site}}
        if case.byline:
            ld["author"] = [{"@type": "Person", "name": name} for name in case.byline]
        # "</" cannot end the script early: JSON allows "<\/" for "</"
        out.append("<script type=\"application/ld+json\">" + json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
                   + "</script>")
    out += ["<link rel=\"stylesheet\" href=\"/static/site.css\">", "</head>", "<body>"]
    open_list = ""  # the closing tags of the list being written, if any
    previous = ""
    for block in case.blocks:
        first = block[0]
        kind = "story_bullets" if block[-1].kind == "story_bullets" else first.kind
        if open_list and kind != previous:
            out.append(open_list)
            open_list = ""
        if kind == "headlines" and previous != "headlines":
            out.append(f"<section class=\"more-stories\"><h2>{html.escape(first.text)}</h2><ul>")
            open_list = "</ul></section>"
        elif kind == "story_bullets" and previous != "story_bullets":
            out.append("<ul>" + _story_html(block))
            open_list = "</ul>"
        elif first.role == "title":
            out.append(f"<main><article><h1>{title}</h1>\n<div class=\"article-body\">")
        elif kind == "footer":
            out.append("</div></article></main>\n" + _WRAP["footer"](first.text))
        elif kind == "stamp":
            out.append(f"<p class=\"timestamp\"><time datetime=\"{case.time_iso}\">{html.escape(first.text)}</time></p>")
        elif first.role == "story" or len(block) > 1:
            out.append(_story_html(block))
        else:
            out.append(_WRAP.get(kind, lambda t: f"<p>{html.escape(t)}</p>")(first.text))
        previous = kind
    if open_list:
        out.append(open_list)
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def _story_html(block: list[Segment]) -> str:
    parts = []
    for seg in block:
        if seg.kind == "credit":
            parts.append(f"<strong>{html.escape(seg.text.rstrip())}</strong> ")
        elif seg.kind == "related_glued":
            parts.append(f" <a href=\"/news/related\">{html.escape(seg.text.strip())}</a>")
        else:
            parts.append(html.escape(seg.text.removeprefix("• ")))
    tag = "li" if block[-1].kind == "story_bullets" else "p"
    return f"<{tag}>{''.join(parts)}</{tag}>"


def render_record(case: Case) -> str:
    text = "\n\n".join("".join(s.text for s in block) for block in case.blocks)
    return json.dumps({**case.record, "text": text}, ensure_ascii=False) + "\n"


def render(case: Case) -> str:
    if case.layout == "html":
        return render_html(case)
    return render_record(case) if case.layout == "jsonl" else render_text(case)
