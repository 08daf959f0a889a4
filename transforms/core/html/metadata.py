"""Metadata trafilatura reads off a page (site name, title, author), cleaned of what pages put there besides,
and the agency a stamp line names."""
from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from wirewash.transforms.core.cleaning.byline import byline_list
from wirewash.transforms.core.cleaning.credits import AGENCY_NAMES, agency

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# Marks may come doubled ("Copyright © 2019 The Hindu").
_COPYRIGHT_HEAD = re.compile(
    r"(?:(?i:copyright|\(c\)|©)[\s,]{0,3})+(?:\d{4}(?:\s?[-–]\s?\d{4})?[\s,.]{0,3})?"
)
_SITE_SEPARATORS = re.compile(r" (?:\||>|»|::|·|–|—|-) ")
_NAME_PARTICLES = frozenset(
    "of the and & de du des la le les el los las di da do dos van von der y e und et on for in at a an".split()
)
# Lower-case words an outlet's name may hold ("Inexhibit magazine"); any other makes it a slogan.
_OUTLET_WORDS = frozenset("magazine news blog online media daily weekly times post journal tv radio".split())


_HOST_AFFIXES = re.compile(
    r"(?i)^(?:https?://)?(?:www\.)?|\.(?:com|net|org|co\.uk|co|info|news|ca|ru|de|fr|in)(?:/.*)?$"
)


def _squash(text: str) -> str:
    """Letters and digits only, casefolded: "TechCrunch" == "techcrunch.com" minus the ".com"."""
    text = _HOST_AFFIXES.sub("", text)
    return "".join(c for c in text.casefold() if c.isalnum())


def clean_sitename(sitename: str | None) -> str | None:
    """The site's name from an og:site_name-like value, or None when the value is not a name.

    "(c) 2004 Daily Planet" -> "Daily Planet"; "Example.com > News" and "LinkNaija | Nigeria's popular news
    platform" -> their first segment; "https://www.example.com" -> "example.com"; "Copyright 2014", a slogan
    ("Expert how-to for English Riders"), a sentence -> None.
    """
    if sitename is None:
        return None
    name = " ".join(sitename.split())
    name = _COPYRIGHT_HEAD.sub("", name, count=1) if _COPYRIGHT_HEAD.match(name) else name
    name = re.sub(r"(?i)^https?://(?:www\.)?", "", name).rstrip("/")
    name = _SITE_SEPARATORS.split(name, maxsplit=1)[0].strip(" .,;:|-_")
    name = re.sub(r"(?i)[\s,.]{1,3}(?:all rights reserved|inc|ltd|llc)\.?$", "", name).strip()
    words = name.split()
    if not words or not any(c.isalpha() for c in name):
        return None
    # A name is a few capitalised words; lower-case words other than particles ("how-to", "for people
    # who") or sentence punctuation make it a slogan.
    lower = [
        w for w in words if w[0].islower() and w.casefold() not in _NAME_PARTICLES | _OUTLET_WORDS and "." not in w
    ]
    if len(words) > 6 or lower or re.search(r"[!?]|[.,;:] ", name):
        return None
    return name


def _brand_like(segment: str) -> bool:
    """A short site brand: "REUTERS", "TechCrunch", "9to5Mac", "SpaceNews.com", "Daily Ledger"."""
    words = segment.split()
    return (
        1 <= len(words) <= 4
        and len(segment) <= 40
        and all(w[0].isupper() or w[0].isdigit() or w.casefold() in _NAME_PARTICLES for w in words)
        and not re.search(r"[.!?:]$", segment)
    )


_TITLE_SEPARATOR = re.compile(r" (?:\||-|–|—|::|·|»|/) ")
# Between a heading found on the page and the rest of the title, looser marks set a site or a section apart
# too ("Erekat: ... _English_Xinhua", "T.J. Ford Cleared To Practice : PROTRADE", "World -- Judges in ...",
# "Ad|ABC 7 News", "Airport- Travel-Services-News"): the heading's own match vouches for the cut. A colon
# closing a word is a headline's own ("Brexit: May wins the vote").
_HEADING_SEPARATOR = re.compile(r" ?(?:\||_|--|-|–|—|::|·|»|/) ?| : | \(")


def _heading_in_title(title: str, headings: tuple[str, ...]) -> str | None:
    """The page heading that ``title`` is, give or take a segment set off by a title separator: "All-new 2020
    Sentra is here - Auto News" over an <h1> "All-new 2020 Sentra is here"; "Opinion | Is Football Violence a
    Crime?" over "Is Football Violence a Crime?". Headings of fewer than 3 words are not compared."""
    for heading in headings:
        if len(heading.split()) < 3 or len(heading) >= len(title):
            continue
        if title.startswith(heading) and _HEADING_SEPARATOR.match(title, len(heading)):
            return heading
        if title.endswith(heading):
            at = len(title) - len(heading)
            if any(m.end() == at for m in _HEADING_SEPARATOR.finditer(title, 0, at)):
                return heading
    return None


def site_or_none(sitename: str | None, headings: tuple[str, ...], page_title: str | None) -> str | None:
    """``sitename``, unless it is the page's headline: then the brand the <title> names after it, or None.

    With no og:site_name, trafilatura takes a segment of the <title>; of "DREXEL TELLS U.S. STOCK BUYERS TO LOOK
    ABROAD - Harbour Post" over that <h1> it took the headline, which then stripped the title down to "Harbour
    Post" and stood as the publisher. Here that gives "Harbour Post". A blog whose <h1> is its name ("The
    GiveWell Blog" over "September 2018 open thread - The GiveWell Blog") keeps it: the <title> does not start
    with it.
    """
    if sitename is None or page_title is None:
        return sitename
    site = _squash(sitename)
    page_title = " ".join(page_title.split())
    for heading in (" ".join(h.split()) for h in headings):
        # Under three words a heading may be the site's own name over its front page, as clean_title's are.
        if len(heading.split()) < 3 or _squash(heading) != site or not page_title.startswith(heading):
            continue
        cut = _HEADING_SEPARATOR.match(page_title, len(heading))
        if cut:
            rest = page_title[cut.end():].strip()
            return rest if _brand_like(rest) else None
    return sitename


def clean_title(
    title: str | None,
    sitename: str | None,
    url: str | None = None,
    headings: tuple[str, ...] = (),
    page_title: str | None = None,
) -> str | None:
    """``title`` without a leading or trailing site-name or wire-agency segment.

    When one of the page's ``headings`` (its <h1>s) is the title less a segment after or before a separator,
    that heading is the title: the segment is the site's name, a section or a slogan, whatever its words.
    Otherwise a trailing segment after " | ", " - ", " – ", " — " goes when it names the site (its letters match
    the site name or the host, or one contains the other) or is a wire agency's name ("- Reuters", "| AP",
    whatever the site); after " | " it also goes when it is a short brand ("| REUTERS", "| Daily Ledger"). A
    leading "<site name>: " or "<site name> | " goes too. The title is left as it is when nothing would remain.

    A ``title`` that is only the site's name (a blog's name set in its first <h1>, "The GiveWell Blog") gives
    way to the page's ``<title>``, ``page_title`` ("September 2018 open thread - The GiveWell Blog"), cleaned
    the same way.
    """
    if title is None:
        return None
    title = " ".join(title.split())
    names = {n for n in (_squash(sitename or ""), _squash(clean_sitename(sitename) or "")) if len(n) >= 3}
    host = urlsplit(url).hostname if url and "://" in url else None
    if host:
        names.add(_squash(host))
    page_title = " ".join((page_title or "").split())
    if _squash(title) in names and page_title and _squash(page_title) not in names:
        title = page_title
    # An <h1> that is the site's name is the segment to drop, never the title.
    spaced = tuple(" ".join(h.split()) for h in headings)
    heading = _heading_in_title(title, tuple(h for h in spaced if _squash(h) not in names))
    if heading is None and title in page_title and title != page_title:
        # trafilatura split the <title> and kept the wrong piece as the title, the other as the site's name
        # ("PROTRADE" and "T.J. Ford Cleared To Practice" of "T.J. Ford Cleared To Practice : PROTRADE"): the
        # whole <title> is read against every heading.
        heading = _heading_in_title(page_title, spaced)
    if heading is not None:
        return heading

    def names_site(segment: str) -> bool:
        s = _squash(segment)
        # "Inexhibit" names "Inexhibit magazine"; "SpaceNews.com" names "SpaceNews", but "comwrap auf der
        # DMEXCO 2018" is a title segment that mentions the site, not its name.
        return len(s) >= 3 and any(
            s == n or (len(s) >= 4 and s in n) or (n in s and _brand_like(segment)) for n in names
        )

    for name in sorted((n for n in (sitename, clean_sitename(sitename)) if n), key=len, reverse=True):
        for sep in (" | ", " - ", " – ", " — ", ": "):
            if title.startswith(name + sep) and len(title) > len(name + sep):
                title = title[len(name + sep):]
            if title.endswith(sep + name) and sep != ": " and len(title) > len(sep + name):
                title = title[: -len(sep + name)]
    parts = _TITLE_SEPARATOR.split(title)
    seps = _TITLE_SEPARATOR.findall(title)
    if len(parts) >= 2:
        last, sep = parts[-1], seps[-1]
        # A brand after a pipe goes only from a title longer than it ("Opinion | Republicans Are ..." stays).
        brand = sep.strip() in "|·" and _brand_like(last) and len(last.split()) < len(title.split()) / 2
        # An agency ends a headline of two words or more ("Oil falls - Reuters"); "Interview - AFP" is the title.
        wire = agency(last) is not None and len(title[: title.rfind(sep + last)].split()) >= 2
        if names_site(last) or brand or wire:
            title = title[: title.rfind(sep + last)]
    title = title.strip()
    # The site's name alone is no headline ("MyFox Houston", "clubcall"): the story's title is missing.
    return None if not title or _squash(title) in names else title


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_WORD = re.compile(
    rf"(?i:{_MONTH}|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?|\d{{1,4}}(?:st|nd|rd|th)?"
    r"|\d{1,2}[:.h]\d{2}|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})"
)
_DATE_FILLER = re.compile(r"(?i:[ap]\.?m\.?|today|yesterday|updated|published|posted|at|on|[|·•-])")
# Months that are also names: a trailing "May" is Theresa May's, unless a digit or a weekday says it is a date.
_NAME_MONTHS = frozenset({"may", "june", "april", "august"})
_ROLE_CLAUSE = re.compile(r"(?i) (?:is|was) (?:a|an|the) [^;]{1,80}$")


def _strip_date_tail(name: str) -> str:
    """``name`` without a trailing run of date and time words ("Carrie Arnold November", "Jan 1")."""
    words = name.replace(",", " ").split()
    cut = len(words)
    while cut > 0 and (_DATE_WORD.fullmatch(words[cut - 1]) or _DATE_FILLER.fullmatch(words[cut - 1])):
        cut -= 1
    dated = [w.casefold().rstrip(".") for w in words[cut:] if _DATE_WORD.fullmatch(w)]
    if not dated or (cut > 0 and all(w in _NAME_MONTHS for w in dated)):
        return name  # no date in the tail ("Mark Updated"), or a name ("Theresa May")
    return " ".join(words[:cut])


# Nouns that end a person's role named after, or in place of, the name ("Tom Gillespie News reporter", "Staff
# writer", "AP National Security Writer").
_ROLE_NOUNS = frozenset(
    "reporter writer editor editor-at-large correspondent columnist contributor producer analyst "
    # The packs' other languages: "Anna Weber; Redakteurin", "Iván Ruiz; Periodista".
    "redakteur redakteurin korrespondent korrespondentin reporterin journalist journalistin autor autorin "
    "periodista redactor redactora corresponsal journaliste rédacteur rédactrice correspondant correspondante "
    "giornalista redattore redattrice corrispondente inviato inviata jornalista redator redatora correspondente "
    "repórter корреспондент журналист обозреватель редактор".split()
)
# Roles the Romance languages set before what qualifies them: "Corresponsal en Bruselas", "Envoyée spéciale",
# "Corrispondente da Roma".
_ROLE_FIRST = frozenset(
    "corresponsal enviado enviada redactor redactora periodista correspondant correspondante envoyé envoyée "
    "journaliste rédacteur rédactrice corrispondente inviato inviata giornalista redattore redattrice "
    "correspondente jornalista redator redatora repórter".split()
)
# Nouns that end a credit to a desk, not to a person ("JERUSALEM POST STAFF", "Staff Reports", "News Nation
# Bureau", "Practical Horseman Editorial Staff").
_DESK_NOUNS = frozenset(
    "staff bureau desk reports editorial team reporters writers editors correspondents contributors".split()
)
# Words that qualify a role noun before it ("Senior Political", "National Security", "News").
_ROLE_QUALIFIERS = frozenset(
    "news press staff senior chief national political politics security sports business health science tech "
    "technology investigative foreign economics legal contributing special deputy managing executive associate "
    "assistant breaking entertainment world local metro digital web online editorial white house "
    # A beat: "AP Auto Writer", "Energy Correspondent", "Transportation Reporter".
    "auto automotive energy transportation medical religion education environment environmental travel food "
    "finance aviation courts crime climate diplomatic military arts music film television markets economy "
    "economic labor labour immigration agriculture space weather culture sport sports".split()
)
_LEADING_LABEL = re.compile(r"(?i)^(?:[\w-]+ ){0,2}by (?=\S)")
_AGENCY_TAIL = re.compile(
    r" (?:" + "|".join(re.escape(s) for s in sorted({s for v in AGENCY_NAMES.values() for s in v if " " in s or
                                                     s.isalpha()}, key=len, reverse=True)) + r")$"
)


def _without_role(name: str) -> str:
    """``name`` without a label before it, an agency after it and a trailing role phrase ("Analysis by Chris
    Cillizza" -> "Chris Cillizza", "ERIC TUCKER Associated Press" -> "ERIC TUCKER", "Tom Gillespie News
    reporter" -> "Tom Gillespie", "AP National Security Writer" -> ""), or "" for a desk's credit."""
    name = _LEADING_LABEL.sub("", name)
    if len(name.split()) > 2:
        name = _AGENCY_TAIL.sub("", name)
    words = name.split()
    if words and words[-1].casefold() in _DESK_NOUNS:
        return ""
    if words and words[0].casefold() in _ROLE_FIRST and (len(words) == 1 or words[1][0].islower()):
        return ""  # "Corresponsal en Bruselas", "Envoyée spéciale"
    cut = len(words)
    while cut > 0 and words[cut - 1].casefold() in _ROLE_NOUNS:
        cut -= 1
    if cut == len(words):
        return name
    while cut > 0:
        if cut >= 2 and agency(" ".join(words[cut - 2:cut])) is not None:
            cut -= 2  # "Associated Press Writer"
        elif (
            words[cut - 1].casefold() in _ROLE_QUALIFIERS or agency(words[cut - 1].upper()) is not None
            or (words[cut - 1].isupper() and len(words[cut - 1]) <= 4)  # "CNN Editor-at-large", "Ap Auto Writer"
        ):
            cut -= 1
        else:
            break
    # What is left is a name of two words or more, or nothing (the whole was a role); "Mark Editor" is a name.
    return name if cut == 1 else " ".join(words[:cut])


# The login of a site's CMS account, which WordPress shows as the author ("admin", "Jdadmin", "webmaster").
_CMS_ACCOUNT = re.compile(r"(?i)\w{0,12}admin|administrator|webmaster|superuser")


def _not_a_person(name: str, site: str) -> bool:
    """A credential ("MS", "RDN"), a CMS account ("Jdadmin") or the site's own name ("LinkNaija", "Business
    Insider" on Business Insider Deutschland, "India Post News Weekly" on India Post) in an author list."""
    if " " not in name and ((name.isupper() and len(name) <= 4) or _CMS_ACCOUNT.fullmatch(name)):
        return True
    s = _squash(name)
    return len(site) >= 4 and len(s) >= 4 and (s in site or site in s)


def clean_author(author: str | None, sitename: str | None = None) -> str | None:
    """Author names (``;``-separated, as trafilatura joins them) without dates, roles, credentials and the
    site's name.

    "Jan 1" and "November 19, 2019" are dates, not bylines (None); "Carrie Arnold November" -> "Carrie Arnold";
    "Phil Helsel is a reporter" -> "Phil Helsel"; "Paul Takahashi; Staff writer" -> "Paul Takahashi"; "Analysis
    by Chris Cillizza; CNN Editor-at-large" -> "Chris Cillizza"; "Ilana Muhlstein; MS; RDN" -> "Ilana
    Muhlstein"; "Sandee LaMotte; CNN" -> "Sandee LaMotte"; "Staff Reports", "Jdadmin" and, on a site named so,
    "LinkNaija" -> None. An agency alone ("Reuters") stays: the page credits the story to it.
    """
    if author is None:
        return None
    site = _squash(clean_sitename(sitename) or "") if sitename else ""
    names: list[str] = []
    parts = author.split(";")
    for part in parts:
        name = " ".join(part.split())
        name = _ROLE_CLAUSE.sub("", name)
        name = _without_role(_strip_date_tail(name).strip(" ,|·")).strip(" ,|·")
        if not any(c.isalpha() for c in name) or name in names:
            continue
        if _not_a_person(name, site) or (agency(name) is not None and len(parts) > 1):
            continue
        names.append(name)
    return "; ".join(names) or None


def byline_authors(author: str | None, raw: str | None, byline: str | None) -> str | None:
    """``author`` (``clean_author`` of trafilatura's ``raw`` author) with what it read off the page's byline
    element read again as the cleaner reads a byline line: trafilatura splits a byline at commas, "and" and
    bars and capitalises each word, so "Ana Ruiz e Luís Costa, de Lisboa" came out as "Ana Ruiz e Luís Costa;
    De Lisboa", "di Chiara Rossi e Luca Neri" as "Di Chiara Rossi E Luca Neri", "作者：张静" whole. ``byline``:
    the element's first line of text. Only when each name the line yields is in ``raw`` (trafilatura read that
    byline) are the parts of ``author`` taken from the line replaced by those names; parts from elsewhere (a
    ``<meta name="author">``, another element) stay, and an author already naming just those people stays as
    it is. Returns ``"; "``-joined names, like ``clean_author``."""
    if author is None or raw is None or byline is None:
        return author
    names = byline_list(byline)
    wanted = {_letters(n) for n in names}
    parts = [p.strip() for p in author.split(";")]
    raw_letters = _letters(raw)
    if not names or all(_letters(p) in wanted for p in parts) or not all(n in raw_letters for n in wanted):
        return author
    line = _letters(byline)
    out: list[str] = []
    for part in parts:
        # A part of the line ("De Lisboa"), or the whole element's text ("Por Ana Ruiz e Luís Costa Corresponsal
        # en Madrid": trafilatura read past the line's end).
        lined = _letters(part) in line or line in _letters(part)
        for name in names if lined else [part]:
            if all(_letters(name) != _letters(o) for o in out):
                out.append(name)
    return "; ".join(out)


def _letters(text: str) -> str:
    # Letters and digits of any script, casefolded: "O&#x27;Connell" as trafilatura decodes it or not.
    return "".join(c for c in text.casefold() if c.isalnum())


# A stamp line is short: "By AFP | Updated: Nov 19, 2019 10:32 IST" is 40 characters.
_STAMP_MAX_CHARS = 60
# The rest of a stamp line: time zones, "Uhr", "ago", labels and separators ("By AFP | Updated: 10:32 IST").
_STAMP_FILLER = re.compile(
    r"(?i:[ap]\.?m\.?|[ecmp][sd]?t|gmt|utc|bst|cet|cest|ist|jst|kst|msk|uhr|h|hrs?|ago|mins?|minutes?|hours?"
    r"|by|updated|published|posted|at|on|today|yesterday|[|·•/—–-]"
    # The articles and prepositions of a date in the agencies' other languages ("19 de noviembre", "le 19
    # novembre à 10h32", "alle 10:32", "às 10:32", "um 14:35 Uhr").
    r"|de|del|le|à|a|las|alle|às|um|am)"
)
# Month names of the languages the agencies write in, and a clock time with an "h" ("10h32"): the stamp line of a
# Spanish, French, German, Italian or Portuguese page is dated in them.
_STAMP_DATE_WORD = re.compile(
    r"(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre"
    r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|januar|jänner|februar|märz|juni|juli|oktober|dezember"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|\d{1,2}h\d{2})"
)


def stamp_agency(text: str) -> str | None:
    """The agency an agency-plus-time line names, or None for any other text: "AFP, 10:32 AM", "Reuters | 3:04
    pm ET", "dpa · 14:35 Uhr", "By AFP | Updated: Nov 19, 2019 10:32 IST", "(Reuters) 14:05 GMT", "EFE, 19 de
    noviembre de 2019" name AFP, Reuters, dpa, AFP, Reuters, EFE. The line holds a date or a clock time, and
    nothing but the agency's name (``cleaning.credits.agency``) besides."""
    if not text or len(text) > _STAMP_MAX_CHARS:
        return None
    name: list[str] = []
    dated = False
    for word in text.replace(",", " ").split():
        # "19." is a German day; "(Reuters)" an agency in brackets.
        word = word.strip(":()[]")
        word = word.rstrip(".") if word[:-1].isdigit() else word
        if _DATE_WORD.fullmatch(word) or _STAMP_DATE_WORD.fullmatch(word):
            dated = True
        elif not (_STAMP_FILLER.fullmatch(word) or not word):
            name.append(word)
    return agency(" ".join(name)) if dated and name else None


# The <meta> tags that give a page's first publication, by the attribute that names them (property, name or
# itemprop; case-folded): Open Graph's, schema.org's, Dublin Core's and common CMSs'. htmldate, which
# trafilatura asks for the date, reads these too but gives the day alone: a full timestamp lost its time.
_PUBLISHED_META = frozenset({
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued",
    "dc.date.created", "dcterms.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
    "article.published", "article_date_original", "original-publish-date",
})
# Bytes of one JSON-LD block read: a NewsArticle's is a few kB; a page may inline far more (a site's catalogue).
_MAX_JSON_LD = 200_000


def published_stamps(tree: HtmlElement) -> tuple[str, ...]:
    """What a page's metadata gives as the moment of its first publication, in page order, as written: the
    content of its ``<meta>`` tags for it (``article:published_time``, ``datePublished``, ``dc.date``...), the
    ``datetime`` of a ``<time itemprop="datePublished">``, and ``datePublished`` of a JSON-LD block's object
    or of those in its ``@graph`` (not deeper: a list of related articles has dates of its own). Read before
    the scripts are dropped. Each may be a day alone or a full timestamp; nothing is parsed here."""
    stamps: list[str] = []
    for element in tree.iter("meta", "time", "script"):
        if element.tag == "script":
            if (element.get("type") or "").strip().lower() == "application/ld+json":
                stamps += _json_ld_published(element.text or "")
            continue
        names = {(element.get(a) or "").strip().lower() for a in ("property", "name", "itemprop")}
        value = element.get("content") if element.tag == "meta" else element.get("datetime")
        if value and value.strip() and names & _PUBLISHED_META:
            stamps.append(value.strip())
    return tuple(stamps)


def _json_ld_published(block: str) -> list[str]:
    """``datePublished`` of a JSON-LD block's top-level objects and of the objects of their ``@graph``."""
    if len(block) > _MAX_JSON_LD:
        return []
    try:
        value = json.loads(block)
    except (ValueError, RecursionError):
        return []
    tops = value if isinstance(value, list) else [value]
    objects = [o for top in tops if isinstance(top, dict) for o in (top, *_listed(top.get("@graph")))]
    return [o["datePublished"].strip() for o in objects
            if isinstance(o, dict) and isinstance(o.get("datePublished"), str) and o["datePublished"].strip()]


def _listed(value: object) -> list:
    return value if isinstance(value, list) else []
