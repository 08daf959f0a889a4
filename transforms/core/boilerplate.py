"""Boilerplate removal: named, versioned rules per wire/syndication platform plus structural detectors.

INTERFACE (fixed; other modules depend on it):

    @dataclass(frozen=True)
    class CleanConfig:            # validates itself in __post_init__ (raise ValueError with a clear message)
        min_words: int = 25       # a cleaned text shorter than this is rejected by the caller as "too_short"
        ...                       # any other knobs the rules need, all with defaults that work on seeds/

    @dataclass(frozen=True)
    class Cleaned:
        text: str                 # clean body, paragraphs separated by exactly one blank line ("\\n\\n")
        title: str | None
        published: datetime.date | None
        byline: str | None
        publisher: str | None     # "Bloomberg", "Reuters", "AP", ... from wire credits
        removed: tuple[Removal, ...]   # transforms.core.schema.Removal(rule, text), in document order

    def clean(text: str, cfg: CleanConfig, inc: Inc, title_hint: str | None = None) -> Cleaned

Every paragraph is one non-empty input line with its whitespace collapsed. Line rules are anchored to the
whole line (``fullmatch``) or to its start, so a story sentence that merely mentions "Reuters" or "read more"
is never touched. Every quantifier over free text is bounded or unambiguous, so matching is linear in the
input however adversarial it is.
"""
from __future__ import annotations

import dataclasses
import datetime
import re
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from transforms.core.counters import Inc
from transforms.core.schema import Removal

RuleKind = Literal["line", "prefix", "structural"]


@dataclass(frozen=True)
class Rule:
    """A named, versioned boilerplate rule.

    ``kind`` says how it is applied: "line" rules drop a whole paragraph their ``pattern`` fullmatches,
    "prefix" rules strip a matched start of a paragraph and keep the rest, "structural" rules need the
    surrounding document and are applied by a dedicated pass (``pattern``, if set, is the local test that pass
    uses). ``example`` is a real instance, so a report or a test can show what the rule is for.
    """

    name: str
    version: int
    kind: RuleKind
    example: str
    pattern: re.Pattern[str] | None = None
    publisher: str | None = None


# A dateline such as "ALMATY", "DOHA, Qatar", "LONDON, March 3": all-caps words, then an optional
# comma-separated qualifier. Each repetition starts with a space, so the pattern cannot backtrack badly.
_PLACE = r"(?:[A-Z][A-Z.'’\-]{1,30}(?: [A-Z][A-Z.'’\-]{1,30}){0,3}(?:,(?: [\w.'’\-]{1,30}){1,4})? ?)?"
# Wires write "--", em/en dash or hyphen, sometimes glued to the next word ("(Reuters) -Kazakh").
_DASH = r" ?(?:--|—|–|-)? ?"


# AFP and syndicators write the place in title case ("Paris (AFP) –"); then a dash is required, so that
# "The Associated Press (AP) reported" stays a sentence.
_TITLE_PLACE = r"[A-Z][a-z.'’\-]{1,30}(?: [A-Z][a-z.'’\-]{1,30}){0,2}(?:, [\w.'’\-]{1,30}){0,2} "


def _wire(name: str, wire: str, publisher: str, example: str, version: int = 1) -> Rule:
    credit = r"\((?:" + wire + r")\)"
    pattern = _PLACE + credit + _DASH + "|" + _TITLE_PLACE + credit + r" ?(?:--|—|–|-) ?"
    return Rule(name, version, "prefix", example, re.compile(pattern), publisher)


_WIRE_RULES: tuple[Rule, ...] = (
    _wire("bloomberg_credit", r"Bloomberg(?: [A-Z][a-z]{1,20})?", "Bloomberg", "(Bloomberg) -- "),
    _wire("reuters_credit", r"Reuters", "Reuters", "ALMATY (Reuters) - "),
    _wire("ap_credit", r"AP|Associated Press", "AP", "DOHA, Qatar (AP) — "),
    _wire("afp_credit", r"AFP|Agence France-Presse", "AFP", "Paris (AFP) – ", version=2),
    _wire("cnn_credit", r"CNN(?: Business| Politics| Sport)?", "CNN", "(CNN) — "),
    Rule(
        "tass_credit", 1, "prefix", "MOSCOW, March 4. /TASS/. ",
        re.compile(
            r"[A-Z][A-Z\-]{1,30}(?: [A-Z][A-Z\-]{1,30}){0,2}, [A-Z][a-z]{2,8}\.? \d{1,2}\. /(?:TASS|ITAR-TASS)/\.? ?"
        ),
        "TASS",
    ),
)

DATE_PREFIX = Rule(
    "date_prefix", 1, "prefix", " date 2023-03-19 ",
    re.compile(r"(?i:date):? (?P<date>\d{4}-\d{2}-\d{2})(?: |$)"),
)

_PHOTO_AGENCY = (
    r"(?:Getty Images|AFP|Reuters|AP|Bloomberg|EPA(?:-EFE)?|Shutterstock|Sipa|Anadolu|Xinhua|PA Media)"
)

_DAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_AGO = r"\d{1,3} ?(?:h|hrs?|hours?|m|mins?|minutes?|d|days?|weeks?) ago"
_ISO_TIME = r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+\-]\d{2}:?\d{2})?)?"
_STAMP_WORDS = (
    r"(?:(?:\d{1,4}(?:[:.]\d{2})?(?:st|nd|rd|th)?|[ap]\.?m\.?|AM|PM|[A-Z]{2,4}T|GMT|UTC|ET|"
    + _DAY + "|" + _MONTH + r"),?(?: |$)){1,9}"
)

_LINE_RULES: tuple[Rule, ...] = (
    Rule(
        "most_read", 1, "line", "Most Read from Bloomberg Businessweek",
        re.compile(
            r"(?:Most (?:Read|Popular|Viewed|Shared)|Trending Now)(?: (?:from|on|at) [A-Z][\w.&’' ]{0,40})?"
        ),
    ),
    Rule(
        "more_stories", 1, "line", "More stories like this are available on bloomberg.com",
        re.compile(
            r"More stories like this are available on [\w.\-]{1,60}"
            r"|More (?:from|on) Bloomberg(?: [A-Z]\w{0,20}){0,3}:?"
        ),
    ),
    Rule(
        "read_more", 2, "line", "READ MORE: Polling underway in Kazakhstan snap legislative elections",
        re.compile(
            r"Read also [A-Z][^\n]{0,200}|Also on [a-z][\w\-]{0,30}\.[a-z]{2,6} [^\n]{1,200}"
            r"|(?i:read more|read also|also read|see also|see more"
            r"|related(?: articles?| stories| coverage| content| video| links?)?"
            r"|watch|more) ?[:|] ?[^\n]{0,300}|(?i:read more|related (?:articles|stories|coverage|content))"
        ),
    ),
    Rule("loading", 1, "line", "Loading...", re.compile(r"(?i:loading)(?:\.{1,3}|…)?")),
    Rule(
        "advertisement", 1, "line", "Advertisement",
        re.compile(
            r"(?i:advertisement|skip advertisement|ad feedback|sponsored content|sponsored|paid content"
            r"|promoted content|scroll to continue with content)"
        ),
    ),
    Rule(
        "continue_reading", 1, "line", "Story continues",
        re.compile(
            r"(?i:story continues(?: below(?: advertisement)?)?"
            r"|continue reading(?: below| the (?:main )?story| this article| on [^\n]{1,60})?"
            r"|read the full (?:story|article)(?: here| on [^\n]{1,60})?)\.?"
        ),
    ),
    Rule(
        "newsletter_prompt", 2, "line", "Sign up to First Edition, our free daily newsletter",
        re.compile(
            r"For more [^\n]{1,60}? newsletters? [^\n]{0,100}|[A-Z][^\n]{0,40} Newsletter"
            r"|(?:Thanks|Thank you) for (?:signing up|subscribing)!?"
            r"|There was an error processing your subscription\."
            r"|Keep an eye on your inbox[^\n]{0,100}"
            r"|(?:Sign up|Subscribe|Register|Get our)\b[^\n]{0,200}?\b(?i:newsletters?|inbox|e-?mail alerts"
            r"|unlimited access)\b[^\n]{0,200}|(?:Sign up|Subscribe) (?:here|now|today)[.!]?"
            r"|(?i:after newsletter promotion)|Privacy Notice: Newsletters may contain[^\n]{0,300}"
        ),
    ),
    Rule(
        "social_follow", 2, "line", "Follow us on Twitter @business",
        re.compile(
            r"Follow (?:us|@\w{1,30}|[A-Z][^\n]{0,60}?) on "
            r"(?:Twitter|X|Facebook|Instagram|LinkedIn|Threads|TikTok|Bluesky|YouTube|Google News|WhatsApp"
            r"|Telegram)\b[^\n]{0,400}|Like us on Facebook[^\n]{0,200}"
            r"|Follow [A-Z][^\n]{0,60}?coverage (?:at|of|on)\b[^\n]{0,200}"
        ),
    ),
    Rule(
        "share_bar", 2, "line", "Share Tweet Email",
        re.compile(
            r"(?:- )?(?:(?i:Share(?: this (?:article|story)| on (?:Facebook|Twitter|X|WhatsApp|LinkedIn|Email))?"
            r"|Tweet|E-?mail|Facebook|Twitter|WhatsApp|LinkedIn|Pinterest|Reddit|Copy link|Link copied!?"
            r"|Print(?: Article)?|Save|Flipboard|Messenger|Telegram|Reuse this content|View comments|Comments"
            r"|Order Reprints|Tags)"
            r"(?: ?[|·•/,] ?| |$)){1,12}"
        ),
    ),
    Rule(
        "editorial_note", 1, "line", "(Updates with analyst comments in eighth paragraph)",
        re.compile(
            r"\((?:Updates|Adds|Corrects|Recasts|Rewrites|Refiles|Clarifies|Changes|Fixes|Removes|Inserts"
            r"|Deletes|Repeats|Adding|Updating|This (?:story|article) (?:was|has been|is)"
            r"|Story (?:corrects|updates|was|has been))\b[^()\n]{0,400}\)\.?"
            r"|(?i:editor[’']s note) ?[:—] ?[^\n]{1,600}"
        ),
    ),
    Rule(
        "copyright", 2, "line", "©2023 Bloomberg L.P.",
        re.compile(
            r"(?:Copyright ?)?(?:©[^\n]{1,200}|\([cC]\) ?\d{4}\b[^\n]{0,200})"
            r"|Copyright \d{4}\b[^\n]{0,200}|(?i:all rights reserved)\.?"
            r"|(?i:copyright) [A-Z][\w.&\- ]{0,60}? \d{4}\b[^\n.]{0,100}"
            r"|This material may not be published, broadcast, rewritten,? or redistributed[^\n]{0,100}"
            r"|This copy is for your personal, non-commercial use only\.[^\n]{0,400}"
        ),
    ),
    Rule(
        "reporting_credit", 2, "line", "(Reporting by Mariya Gordeyeva; Editing by Alex Richardson)",
        re.compile(
            r"\((?:Additional )?(?i:reporting|writing|editing|compiled|research)(?: by| and)\b"
            r"[^()\n]{1,400}\)"
            r"|(?:Additional )?Reporting by [^;\n]{1,200}; (?:[^\n]{1,200}; )?"
            r"(?:[Ee]diting|[Ww]riting) by [^\n]{1,200}"
            r"|-{0,2} ?With assistance from [^\n]{1,200}"
            r"|[^\n]{1,200}? contributed (?:to )?this (?:report|story|article)\."
        ),
    ),
    Rule(
        "trust_principles", 2, "line", "Our Standards: The Thomson Reuters Trust Principles.",
        # reuters.com appends the screen-reader hint ", opens new tab" to footer links.
        re.compile(
            r"(?:(?:Our Standards: ?)?The Thomson Reuters Trust Principles\.?|Acquire Licensing Rights)"
            r"(?:, opens new tab)?"
        ),
    ),
    Rule(
        "contact_line", 2, "line",
        "To contact the reporter on this story: Nariman Gizitdinov in Almaty at ngizitdinov@bloomberg.net",
        re.compile(
            r"To contact the (?:reporters?|editors?|authors?)[^\n:]{0,60}:[^\n]{0,300}"
            r"|(?:Have a tip\? )?(?:(?:Write to|Contact|Email) [A-Z][^\n@]{1,60}?"
            r"|[A-Z][^\n@]{1,60}? (?:may|can) be reached) at [\w.+\-]{1,60}@[\w.\-]{1,60}\b[^\n]{0,200}"
        ),
    ),
    Rule(
        "photo_credit", 2, "line", "Reuters",
        re.compile(
            r"(?:Reuters|AP|AFP|Getty Images|EPA|EPA-EFE|Bloomberg|Shutterstock|PA|PA Media|Xinhua|Anadolu"
            r"|AP Photo|AFP via Getty Images|Reuters Graphics?|AP Graphics?|Bloomberg Graphics?)"
            r"|(?:AP|AFP|Reuters) Photo/[^\n]{1,80}"
            r"|(?:Photo|Photograph|Image|Picture|Photo credit|Credit|Photographer)s?: ?[^\n]{1,100}"
            r"|Image source, [^\n]{1,100}"
            r"|[^/\n]{1,60}/" + _PHOTO_AGENCY + r"(?: via Getty Images)?"
            r"|\((?:AP|AFP|Reuters|Getty Images) Photo(?:/[^()\n]{1,80})?\)"
        ),
    ),
    Rule(
        "photo_caption", 1, "line", "Tokayev votes in Astana. (AP Photo/Vladimir Tretyakov)",
        re.compile(
            r"[^\n]{1,400}? (?:\((?:AP|AFP|Reuters) Photo/[^()\n]{1,80}\)"
            r"|\(Photo(?:graph)?(?: by)?:? [^()\n]{1,80}\)"
            r"|Photographer: [^\n]{1,80}/[^\n]{1,40}|Photograph: [^\n]{1,100})"
            r"|(?:Image|Media|Video) caption, [^\n]{1,400}"
        ),
    ),
    Rule(
        "timestamp", 1, "line", "Updated 3:14 PM EST, March 4, 2024",
        # A line of nothing but date and time words: publication stamps, never a sentence of the story. A
        # bare clock time ("4:14 p.m.") heads a live blog's entries, so without an "Updated" it needs a day,
        # a month or a year.
        re.compile(
            r"(?:[•·] ?)?(?:(?:AFP|AP|Reuters) )?(?:"
            r"(?i:updated|published|posted|last updated|first published)(?: (?i:on|at))?:? "
            r"(?:" + _AGO + "|" + _ISO_TIME + r"|(?=[^\n]{0,60}\d)" + _STAMP_WORDS + ")"
            r"|" + _AGO + r"|\d{1,2} ?[hm]|" + _ISO_TIME
            + r"|(?=[^\n]{0,80}(?:" + _DAY + "|" + _MONTH + r"|\d{4}))(?=[^\n]{0,60}\d)" + _STAMP_WORDS
            + r")\.?"
        ),
    ),
    Rule(
        "syndication_note", 1, "line", "Read the original article on Business Insider",
        re.compile(
            r"Read the original article on [^\n]{1,60}"
            r"|This (?:article|story) (?:was|is) (?:originally|first) (?:published|appeared)"
            r" (?:on|in|by|at) [^\n]{1,100}"
            r"|(?:Originally|First) published (?:on|in|by|at) [^\n]{1,100}"
            r"|Source: [A-Z][^\n.]{0,60}"
        ),
    ),
    Rule(
        "click_prompt", 1, "line", "CLICK HERE TO GET THE FOX NEWS APP",
        re.compile(
            r"(?i:click(?:ing)? here (?:to|for)) [^\n]{1,150}"
            r"|[^\n]{1,150}\b(?i:by clicking here|click here(?: for more(?: information| details)?)?)[.!]?"
        ),
    ),
    Rule(
        "audio_player", 1, "line", "Listen to this article",
        re.compile(
            r"(?i:listen to this (?:article|story)|play audio)"
            r"(?: ?[·•|-]? ?\d{1,2}(?::\d{2})? ?(?:min|mins|minutes)?)?"
        ),
    ),
    Rule(
        "comment_prompt", 1, "line", "Tell us what YOU think...",
        re.compile(
            r"(?i:tell us what you think|leave a comment|join the conversation|add your comment"
            r"|like this story\? share it with a friend!?|have your say)(?:\.{1,3}|…|!|:)?"
        ),
    ),
    Rule(
        "wire_slug", 1, "line", "bur-jm/rox",
        # AFP closes copy with the writers' and editors' initials.
        re.compile(r"[a-z]{2,4}(?:-[a-z]{2,4}){0,2}(?:/[a-z]{2,4}){1,3}"),
    ),
    Rule(
        "bare_url", 1, "line",
        "https://www.mysanantonio.com/news/article/Cat-found-in-New-Mexico-after-going-missing-in-14848175.php",
        re.compile(r"(?:[A-Z][\w ]{0,20}: )?https?://\S{1,500}"),
    ),
    Rule(
        "caps_link", 1, "line", "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'",
        # Fox and Express set inline links to other stories in capitals. Capital subheads are shorter or
        # questions ("HOW WILL OBAMA PLAY?"), and all-caps telex copy ends its sentences with a full stop, so
        # a link needs seven words and no closing punctuation.
        re.compile(
            r"(?=[^\n]{0,200}[A-Z]{3})(?=(?:[^ \n]{1,40} ){6})[A-Z0-9 '’‘\"“”:,\-–—&!$%()/.]{29,199}"
            r"[A-Z0-9'’‘\"“”)]"
        ),
    ),
    Rule("separator", 1, "line", "* * *", re.compile(r"(?=[^\n]{3})[-_=*~#•·—–]+(?: [-_=*~#•·—–]+)*")),
)

# Structural rules: applied by the passes below, which need the neighbouring paragraphs.
HEADLINE = Rule("headline", 2, "structural", "Kazakh Leader Seeks Reset After Riots With Parliament Ballot")
BYLINE = Rule(
    "byline", 2, "structural", "By Jane Doe, Reuters",
    re.compile(r"(?:(?:Story|Written|Words|Text) )?"
               r"(?i:by) (?P<name>[^,|/—\n]{2,60}?)(?: ?[,|/—] ?(?P<org>[^\n]{1,60}))?"),
)
READ_TIME = Rule(
    "read_time", 1, "structural", "·5 min read",
    re.compile(
        r"(?:(?P<name>[^·•|\n]{2,60}?) ?)?[·•|]? ?\d{1,3} ?(?:min|mins|minute|minutes)\.? (?:read|reading)"
    ),
)
HEADLINE_LIST = Rule(
    "headline_list", 3, "structural", "Latest Stories",
    re.compile(
        r"(?i:(?:latest|top|more|related|recommended|popular|trending|recent|other|most read|most popular)"
        r"(?: \w{1,20})? (?:stories|news|headlines|articles|videos|reads|topics|links)"
        r"|you (?:may|might) also like|recommended for you|more for you|read next|up next|what to read next"
        r"|more on this story|explore more on these topics|don[’']t miss|related topics|trending(?: now)?"
        r"|most (?:read|popular|viewed|shared)(?: (?:from|on|at) [A-Z][\w.&’' ]{0,40})?)(?::|\.{3}|…)?"
    ),
)
OUTLET_LABEL = Rule(
    "outlet_label", 1, "structural", "BBC News",
    re.compile(
        r"(?:BBC|CNN|Sky|ABC|NBC|CBS|Fox|Al Jazeera|Reuters|Bloomberg|The Guardian|Guardian)"
        r"(?: (?:News|Business|Sport|Politics|World|Digital|staff|Staff))?"
    ),
)
REPEATED_STANDFIRST = Rule(
    "repeated_standfirst", 1, "structural",
    "Kazakhstan holds parliamentary elections on Sunday ... (repeated as the lead after the wire credit)",
)
REPEATED_PARAGRAPH = Rule("repeated_paragraph", 2, "structural", "a paragraph that already appeared above")
WIDGET_TOKEN = Rule("widget_token", 1, "structural", "Route 6", re.compile(r"[A-Z][A-Za-z]{1,20} \d{1,4}"))
UNRELATED_BLOCK = Rule(
    "unrelated_block", 1, "structural",
    "Like this article? Our weekend edition brings the best recipes, gardening tips and travel ideas "
    "straight to your kitchen table. (after a story on Kazakhstan's elections)",
)

_STRUCTURAL_RULES: tuple[Rule, ...] = (
    HEADLINE, BYLINE, OUTLET_LABEL,
    READ_TIME, HEADLINE_LIST, REPEATED_STANDFIRST, REPEATED_PARAGRAPH, WIDGET_TOKEN, UNRELATED_BLOCK,
)

RULES: tuple[Rule, ...] = (DATE_PREFIX,) + _WIRE_RULES + _LINE_RULES + _STRUCTURAL_RULES

_PUBLISHERS = {r.name: r.publisher for r in _WIRE_RULES}
_PHOTO_CREDIT = next(r for r in _LINE_RULES if r.name == "photo_credit")
_PHOTO_CAPTION = next(r for r in _LINE_RULES if r.name == "photo_caption")
_BULLET = re.compile(r"[•·▪►*\-–—] (?P<text>\S[^\n]*)")
_SENTENCE_END = re.compile(r"[.!?…][\"”’'»)\]]{0,3}\Z")
_NAME_PARTICLES = frozenset(
    {"and", "de", "da", "del", "der", "van", "von", "al", "bin", "la", "le", "du", "dos"}
)
_NAME_IN_PLACE = re.compile(r"(?P<name>[^\n]{2,60}?) in [A-Z][\w.’'\-]{1,30}(?: [A-Z][\w.’'\-]{1,30}){0,2}")
_NOT_NAMES = frozenset({"The", "A", "An", "This", "That", "In", "On", "At"})
# Content words for the unrelated-block test: letters only, four or more. Scripts written without spaces
# (CJK, Thai) would make a whole sentence one "word", so only Latin, Greek and Cyrillic words count; a page in
# another script has no content words and is never judged.
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_STOPWORDS = frozenset(
    """about above after again against also among another around because been before being below between
    both could does doing down during each even every from further have having here into just last like made
    make many more most much must only other over said says same should since some still such than that their
    them then there these they this those through told under until very were what when where which while
    will with within without would year years your""".split()
)


@dataclass(frozen=True)
class CleanConfig:
    """Knobs of the cleaner. Word counts are whitespace-separated tokens."""

    min_words: int = 25  # the caller rejects a cleaned text shorter than this
    headline_min_words: int = 3  # a two-word first line is more likely a subhead than a headline
    headline_max_words: int = 20
    body_min_words: int = 8  # a sentence this long starts the body; bylines are only looked for above it
    repeat_min_words: int = 4  # short repeats ("No.", subheads) can be legitimate, long ones are not
    repeat_max_copies: int = 2  # more copies than this are a recurring label of the page, not a copy
    list_min_items: int = 3  # bullets needed to call an unheaded run a headline list
    list_item_max_words: int = 30
    appended_item_min_words: int = 7  # an untreated link at a page's end carries its dek: headline + teaser
    max_passes: int = 4  # removing one piece can expose another; bounded so the cleaner stays linear
    # A trailing paragraph is unrelated when under this share (percent) of its content words occur above it.
    unrelated_max_shared_pct: int = 12
    unrelated_min_words: int = 6  # content words a paragraph needs before it is judged at all
    unrelated_min_body: int = 3  # paragraphs that must stay above a trailing unrelated block
    unrelated_min_vocabulary: int = 40  # distinct content words above it: a results table has no vocabulary

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"CleanConfig.{f.name} must be an int, got {value!r}")
            least = 0 if f.name == "min_words" else 1
            if value < least:
                raise ValueError(f"CleanConfig.{f.name} must be >= {least}, got {value}")
        if self.unrelated_max_shared_pct > 100:
            raise ValueError(
                f"CleanConfig.unrelated_max_shared_pct must be <= 100 (a percentage), got "
                f"{self.unrelated_max_shared_pct}"
            )
        if self.headline_min_words > self.headline_max_words:
            raise ValueError(
                f"CleanConfig.headline_min_words ({self.headline_min_words}) must not exceed "
                f"headline_max_words ({self.headline_max_words})"
            )


@dataclass(frozen=True)
class Cleaned:
    text: str
    title: str | None
    published: datetime.date | None
    byline: str | None
    publisher: str | None
    removed: tuple[Removal, ...]


@dataclass
class _Line:
    idx: int  # input position: the document-order key of removals
    indent: int  # headline-list teasers are indented deeper than their bullet
    text: str
    offset: int = 0  # characters already stripped from the front; orders removals within one line
    kept: bool = True
    credited: bool = False  # a wire credit was stripped: this is the lead a standfirst may repeat


class _Doc:
    def __init__(self, text: str) -> None:
        self.lines: list[_Line] = []
        for idx, raw in enumerate(text.splitlines()):
            collapsed = " ".join(raw.split())
            if collapsed:
                self.lines.append(_Line(idx, len(raw) - len(raw.lstrip()), collapsed))
        self.removals: list[tuple[int, int, Removal]] = []

    def kept(self) -> list[_Line]:
        return [line for line in self.lines if line.kept]

    def remove(self, line: _Line, rule: str) -> None:
        line.kept = False
        self.removals.append((line.idx, line.offset, Removal(rule, line.text)))

    def strip(self, line: _Line, rule: str, start: int, end: int) -> None:
        """Record line.text[start:end] as removed; the caller cuts all stripped prefixes at once (cut)."""
        self.removals.append((line.idx, line.offset + start, Removal(rule, line.text[start:end].strip())))

    @staticmethod
    def cut(line: _Line, end: int) -> None:
        # One slice per line, not one per prefix, so a line of a thousand stacked credits stays linear.
        line.offset += end
        line.text = line.text[end:].strip()
        line.kept = bool(line.text)


def _is_sentence(text: str) -> bool:
    return _SENTENCE_END.search(text[-4:]) is not None


def _is_headline(text: str, cfg: CleanConfig) -> bool:
    n = len(text.split())
    return (
        cfg.headline_min_words <= n <= cfg.headline_max_words
        and not _is_sentence(text)
        and text[-1] not in ":;,"
        and not _BULLET.fullmatch(text)
    )


def _is_data_row(text: str) -> bool:
    # "Revs 566.7 mln vs 487.8 mln": a results table, not a teaser headline.
    tokens = text.split()
    return sum(any(c.isdigit() for c in t) for t in tokens) * 3 >= len(tokens)


def _is_body(text: str, cfg: CleanConfig) -> bool:
    return _is_sentence(text) and len(text.split()) >= cfg.body_min_words


def _is_name(text: str) -> bool:
    tokens = text.split()
    return (
        2 <= len(tokens) <= 6
        and len(text) <= 60
        and not any(c.isdigit() for c in text)
        and not _is_sentence(text)
        and all(t in _NAME_PARTICLES or (t[0].isupper() and t not in _NOT_NAMES) for t in tokens)
    )


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _date_prefix(doc: _Doc) -> datetime.date | None:
    published: datetime.date | None = None
    # Stripped repeatedly, and on through lines that were nothing but a date, so that a second clean() never
    # finds another prefix under the first.
    for line in doc.kept():
        pos = 0
        while m := DATE_PREFIX.pattern.match(line.text, pos):
            try:
                day = datetime.date.fromisoformat(m.group("date"))
            except ValueError:
                break  # "date 2023-02-31" is not a date: leave the text as it is
            published = published or day
            doc.strip(line, DATE_PREFIX.name, pos, m.end())
            pos = m.end()
        if pos:
            doc.cut(line, pos)
        if line.kept:
            break
    return published


def _headline_lists(doc: _Doc, cfg: CleanConfig) -> None:
    kept = doc.kept()
    n = len(kept)
    i = 0
    while i < n:
        if HEADLINE_LIST.pattern.fullmatch(kept[i].text):
            end, items, _ = _list_run(kept, i + 1)
            # A "Latest Stories" heading in the back half of a page heads everything after it, bullets or not,
            # until the story resumes: two body paragraphs in a row are prose, never headline-teaser pairs.
            if i >= n // 2:
                end = _story_resumes(kept, i + 1, cfg)
                if end == i + 1:  # a lone heading is left to its line rule ("most_read")
                    i += 1
                    continue
            elif items == 0:
                # "Most Read from Bloomberg" over plain headline lines, no bullets.
                end = i + 1
                while end < n and _is_headline(kept[end].text, cfg) and not _is_data_row(kept[end].text):
                    end += 1
                if end - i - 1 < cfg.list_min_items:
                    i += 1
                    continue
        else:
            end, items, teased = _list_run(kept, i, cfg.list_item_max_words, cfg.headline_min_words)
            # "The measures include:" introduces a list that belongs to the story.
            introduced = i > 0 and kept[i - 1].text.endswith(":")
            # Teasers or not, a run of long capitalised headlines that ends the page is an appended link list;
            # "- 1 tsp cinnamon" ending a recipe, "- England (Group A): 10th appearance" or a list of
            # sentences (critics' picks) are not.
            bullets = [m.group("text") for line in kept[i:end] if (m := _BULLET.fullmatch(line.text))]
            appended = (
                end == n
                and all(b[0].isupper() and len(b.split()) >= cfg.appended_item_min_words for b in bullets)
                and 2 * sum(map(_is_sentence, bullets)) < len(bullets)
            )
            if items < cfg.list_min_items or not (teased or appended) or introduced:
                i = max(end, i + 1)  # a rejected run is not re-scanned from each of its lines
                continue
        _remove_block(doc, kept[i:end])
        i = end


def _story_resumes(kept: list[_Line], start: int, cfg: CleanConfig) -> int:
    """Index of the first story paragraph after a heading: a body paragraph that is no item's teaser (it does
    not follow a headline or bullet) or that another body paragraph follows (teasers alternate with items)."""
    for j in range(start, len(kept)):
        if not _is_body(kept[j].text, cfg):
            continue
        prev = kept[j - 1].text
        after_item = j > start and (_is_headline(prev, cfg) or _BULLET.fullmatch(prev) is not None)
        prose_follows = j + 1 < len(kept) and _is_body(kept[j + 1].text, cfg)
        if not after_item or prose_follows:
            return j
    return len(kept)


def _list_run(
    kept: list[_Line], start: int, max_words: int | None = None, min_words: int = 1
) -> tuple[int, int, bool]:
    """End index, bullet count, and whether every bullet but the last has a teaser, of the run at start.

    Items outside ``min_words``..``max_words`` end the run: a one-word "– Name" under a quote is an
    attribution, not a headline.
    """
    j, items, teased = start, 0, True
    n = len(kept)
    while j < n:
        m = _BULLET.fullmatch(kept[j].text)
        words = len(m.group("text").split()) if m else 0
        if not m or words < min_words or (max_words is not None and words > max_words):
            break
        bullet = kept[j]
        items += 1
        j += 1
        teasers = 0
        while j < n and not _BULLET.fullmatch(kept[j].text) and kept[j].indent > bullet.indent:
            j += 1
            teasers += 1
        # Without indentation, one paragraph between two bullets is that item's teaser.
        between = j + 1 < n and not _BULLET.fullmatch(kept[j].text) and _BULLET.fullmatch(kept[j + 1].text)
        if teasers == 0 and between:
            j += 1
            teasers = 1
        if teasers == 0 and j < n and _BULLET.fullmatch(kept[j].text):
            teased = False
    return j, items, teased


def _remove_block(doc: _Doc, block: list[_Line]) -> None:
    first = block[0]
    text = "\n".join(b.text for b in block)
    doc.removals.append((first.idx, first.offset, Removal(HEADLINE_LIST.name, text)))
    for line in block:
        line.kept = False


def _wire_credits(doc: _Doc) -> None:
    for line in doc.kept():
        pos = 0
        while m_rule := next(((m, r) for r in _WIRE_RULES if (m := r.pattern.match(line.text, pos))), None):
            m, rule = m_rule
            doc.strip(line, rule.name, pos, m.end())
            pos = m.end()
        if pos:
            doc.cut(line, pos)
            line.credited = True


def _photo_captions(doc: _Doc) -> None:
    # A caption shows up twice (above and below the picture) next to a lone credit line; story text does not.
    kept = doc.kept()
    counts = Counter(line.text for line in kept)
    is_credit = [_PHOTO_CREDIT.pattern.fullmatch(line.text) is not None for line in kept]
    captions: set[str] = set()
    for i, credit in enumerate(is_credit):
        if credit:
            for j in (i - 1, i + 1):
                if 0 <= j < len(kept) and not is_credit[j] and counts[kept[j].text] >= 2:
                    captions.add(kept[j].text)
    for line in kept:
        if line.text in captions:
            doc.remove(line, _PHOTO_CAPTION.name)


def _line_rules(doc: _Doc) -> None:
    for line in doc.kept():
        for rule in _LINE_RULES:
            if rule.pattern.fullmatch(line.text):
                doc.remove(line, rule.name)
                break


def _repeated_standfirst(doc: _Doc, cfg: CleanConfig) -> None:
    kept = doc.kept()
    lead_at = next((i for i, line in enumerate(kept) if line.credited), None)
    if lead_at is None:
        return
    lead = kept[lead_at].text
    for line in kept[:lead_at]:
        prefix = lead.startswith(line.text + " ") and len(line.text.split()) >= cfg.body_min_words
        if line.text == lead or prefix:
            doc.remove(line, REPEATED_STANDFIRST.name)


def _repeated_paragraphs(doc: _Doc, cfg: CleanConfig) -> None:
    # Furniture is copied once (a caption above and below the picture, a standfirst over the lead); a line
    # recurring three or more times is the page's own structure: recipe steps, interview questions.
    counts = Counter(line.text for line in doc.kept())
    seen: set[str] = set()
    for line in doc.kept():
        if len(line.text.split()) < cfg.repeat_min_words or counts[line.text] > cfg.repeat_max_copies:
            continue
        if line.text in seen:
            doc.remove(line, REPEATED_PARAGRAPH.name)
        else:
            seen.add(line.text)


def _bylines(doc: _Doc, cfg: CleanConfig) -> str | None:
    found: str | None = None
    kept = doc.kept()
    in_head = True
    for i, line in enumerate(kept):
        m = READ_TIME.pattern.fullmatch(line.text)
        if m:
            name = m.group("name")
            if name is not None and not _is_name(name):
                name = None
            prev = kept[i - 1] if i > 0 else None
            if name is None and prev is not None and prev.kept and _is_name(prev.text):
                name = prev.text
                doc.remove(prev, BYLINE.name)
            doc.remove(line, READ_TIME.name)
            found = found or name
        elif in_head:
            if _is_body(line.text, cfg):
                in_head = False  # below the lead, "By The Numbers" is a subhead, not a byline
                continue
            # "Jane Doe" over "BBC News": a name line names the author only when the outlet line follows.
            if OUTLET_LABEL.pattern.fullmatch(line.text):
                doc.remove(line, OUTLET_LABEL.name)
                prev = kept[i - 1] if i >= 2 else None
                if prev is not None and prev.kept and _is_name(prev.text):
                    doc.remove(prev, BYLINE.name)
                    found = found or prev.text
                continue
            # The Guardian's "Jane Doe in Kyiv".
            placed = _NAME_IN_PLACE.fullmatch(line.text)
            if placed and i >= 1 and _is_name(placed.group("name")):
                doc.remove(line, BYLINE.name)
                found = found or placed.group("name")
                continue
            b = BYLINE.pattern.fullmatch(line.text)
            org = b.group("org") if b else None
            org_ok = org is None or (len(org.split()) <= 6 and not _is_sentence(org))
            if b and _is_name(b.group("name")) and org_ok:
                doc.remove(line, BYLINE.name)
                found = found or b.group("name")
    return found


def _widget_tail(doc: _Doc) -> None:
    for line in reversed(doc.lines):
        if not line.kept:
            continue
        if not WIDGET_TOKEN.pattern.fullmatch(line.text):
            break
        doc.remove(line, WIDGET_TOKEN.name)


def _content_words(text: str) -> set[str]:
    # Cut to five letters, a crude stem: "demonstrators" meets "demonstration", "Поризкова" "Поризковой".
    words = {w.casefold() for w in _CONTENT_WORD.findall(text)}
    return {w[:5] for w in words if w not in _STOPWORDS and max(w) <= "\u04ff"}


def _unrelated_tail(doc: _Doc, cfg: CleanConfig) -> None:
    """Remove a trailing block of paragraphs whose vocabulary the article above the block does not share.

    A block starting at paragraph ``s`` qualifies when every paragraph in it has at least
    ``unrelated_min_words`` content words and under ``unrelated_max_shared_pct`` percent of them in
    paragraphs 0..s-1 (words shared only inside the block do not count: a promo's paragraphs repeat each
    other), and paragraphs 0..s-1 number at least ``unrelated_min_body`` with ``unrelated_min_vocabulary``
    distinct content words. The largest qualifying block is taken, and then only if it is at most half the
    words above it and not one lone sentence; otherwise nothing. A story's own last paragraph (a quote,
    context, an analyst's view) repeats the story's names and terms and so ends every candidate, and a short
    closing line ("He declined to comment.") cannot be judged and ends it too. Never in the middle of a page.
    Removing the block changes no verdict on the paragraphs above it, so a second clean() finds nothing more.
    Linear up to sorting each paragraph's own words.
    """
    kept = doc.kept()
    n = len(kept)
    if n <= cfg.unrelated_min_body:
        return
    first: dict[str, int] = {}
    vocabulary: list[int] = []  # vocabulary[j]: distinct content words in paragraphs 0..j-1
    # bound[j]: the largest block start s for which paragraph j still counts as unrelated (-1: never).
    bound: list[int] = []
    for j, line in enumerate(kept):
        words = _content_words(line.text)
        vocabulary.append(len(first))
        for w in words:
            first.setdefault(w, j)
        if len(words) < cfg.unrelated_min_words:
            bound.append(-1)  # too few words to judge: never part of a block
            continue
        allowed = (cfg.unrelated_max_shared_pct * len(words) - 1) // 100  # most shared words still unrelated
        bound.append(sorted(first[w] for w in words)[allowed] if allowed >= 0 else -1)
    start, least = n, n
    for s in range(n - 1, cfg.unrelated_min_body - 1, -1):
        least = min(least, bound[s])
        if s <= least and vocabulary[s] >= cfg.unrelated_min_vocabulary:
            start = s
    block = kept[start:]
    if not block:
        return
    # Never most of the page, and one paragraph alone only when it is no sentence (a teaser, a widget label).
    block_words = sum(len(line.text.split()) for line in block)
    body_words = sum(len(line.text.split()) for line in kept[:start])
    if 2 * block_words > body_words or (len(block) == 1 and _is_sentence(block[0].text)):
        return
    first_line = block[0]
    text = "\n".join(line.text for line in block)
    doc.removals.append((first_line.idx, first_line.offset, Removal(UNRELATED_BLOCK.name, text)))
    for line in block:
        line.kept = False


def _guessable(kept: list[_Line], i: int, cfg: CleanConfig) -> bool:
    return i + 1 < len(kept) and _is_headline(kept[i].text, cfg) and _is_sentence(kept[i + 1].text)


def _title_copies(doc: _Doc, title_hint: str | None) -> None:
    # The page's own title again further down is a share box, a related link or a breadcrumb; the first
    # line is left to _headline, which reads the title from it.
    if title_hint is None:
        return
    hint = _norm(title_hint)
    for line in doc.kept()[1:]:
        if _norm(line.text) == hint:
            doc.remove(line, HEADLINE.name)


def _headline(doc: _Doc, cfg: CleanConfig, title_hint: str | None, title: str | None) -> str | None:
    kept = doc.kept()
    if title is not None:
        # Later removals can expose another copy of the title, or a headline-like line (a kicker, a dek)
        # on top of a sentence; a fresh clean() of the output would take either, so they go now.
        top = 0
        while top < len(kept) and _norm(kept[top].text) == _norm(title):
            doc.remove(kept[top], HEADLINE.name)
            top += 1
        if _guessable(kept, top, cfg):
            doc.remove(kept[top], HEADLINE.name)
        return title
    if not kept:
        return None
    title = kept[0].text
    copies = 1  # the page title and the h1 often stack the same headline
    while copies < len(kept) and _norm(kept[copies].text) == _norm(title):
        copies += 1
    # A headline is only guessed when a sentence follows it, and a hinted title only removed when no guessable
    # headline is left behind: either way the cleaned text cannot yield another title on a second pass.
    matches_hint = title_hint is not None and _norm(title_hint) == _norm(title)
    hinted = matches_hint and not _guessable(kept, copies, cfg)
    if not (hinted or _guessable(kept, 0, cfg)):
        return None
    for line in kept[:copies]:
        doc.remove(line, HEADLINE.name)
    return title


def clean(text: str, cfg: CleanConfig, inc: Inc, title_hint: str | None = None) -> Cleaned:
    doc = _Doc(text)
    published: datetime.date | None = None
    byline: str | None = None
    title: str | None = None
    # Each removal can expose another (a dropped credit line leaves a dated headline first), so the passes
    # repeat until nothing changes: what a second clean() would still find, this one already removed.
    for _ in range(cfg.max_passes):
        before = len(doc.removals)
        day = _date_prefix(doc)  # also after a removed headline exposed a second dated line
        published = published or day
        _headline_lists(doc, cfg)
        _wire_credits(doc)
        _photo_captions(doc)
        _line_rules(doc)
        _repeated_standfirst(doc, cfg)
        _repeated_paragraphs(doc, cfg)
        byline = byline or _bylines(doc, cfg)
        _widget_tail(doc)
        _unrelated_tail(doc, cfg)
        _title_copies(doc, title_hint)
        title = _headline(doc, cfg, title_hint, title)
        if len(doc.removals) == before:
            break

    removed = tuple(r for _, _, r in sorted(doc.removals, key=lambda t: (t[0], t[1])))
    for r in removed:
        inc(f"clean:removed:{r.rule}")
    for name, value in (("title", title), ("byline", byline), ("published", published)):
        if value is not None:
            inc(f"clean:{name}_found")
    publisher = next((_PUBLISHERS[r.rule] for r in removed if r.rule in _PUBLISHERS), None)
    return Cleaned(
        text="\n\n".join(line.text for line in doc.lines if line.kept),
        title=title,
        published=published,
        byline=byline,
        publisher=publisher,
        removed=removed,
    )
