"""Pattern pieces the language packs share: how a pattern of each kind is read, and the shape of a dateline.

How the engine reads a pack's ``pattern``, per kind (the packs' tests read them the same way):

- ``line``, ``list_label``, ``teaser_label``: ``pattern.fullmatch(unit)``, the whole line or fragment;
- ``prefix``: ``pattern.match(paragraph)``; the matched start is stripped, the rest kept;
- ``suffix``: ``pattern.fullmatch(paragraph, pos)`` from a sentence end to the paragraph's end (a tail glued
  after the story: "…と発表した。（共同）"); the matched end is stripped, the rest kept. A suffix pattern
  ends with ``\\Z`` so that it reads the same under ``search``.

Packs are one per language, and an agency's credit lives in the pack of the language it is written in
(``PARIS (AFP) -`` in fr, ``(أ ف ب)`` in ar): the shape of a dateline (where the date goes, which brackets,
which dash) belongs to the language and the agency's desk in it, not to the agency. The English-language
services of non-English agencies (Xinhua, Kyodo, Yonhap, KUNA, WAM, ...) are one family in ``wire_intl``.

A dateline before a credit ("MADRID, 4 mar (EFE).-") needs the dash after the credit: words before a
bracketed agency name could be a sentence ("Según la agencia (EFE) ..."), a dash after it never is. A
paragraph that opens with the bracketed credit itself needs no dash. Every quantifier over free text is
bounded, so a match costs at most a few hundred steps wherever it is tried.
"""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.rules.base import Rule

# Dashes wires put after a credit: "--", em, en, hyphen, and EFE's ".-" (spaced too: "(EFE). -").
SEP = r" ?\.? ?(?:--|—|–|-) ?"
# Capitals of Latin-script alphabets (Latin-1 and Latin Extended-A: Ñ, Ç, Ł, Š, ...).
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_WORD = rf"[{_UP}][\w.'’\-]{{0,30}}"
_CONNECTORS = "de|del|da|do|dos|di|la|el|le|am|an|der|sur|upon|sul"
# A place in Latin script: capitalised words ("BUENOS AIRES", "Ciudad de México", "Frankfurt am Main"). The
# lookahead reads the first word only: a dateline's is followed by a comma, a bracket, a full stop or another
# word of the place, a story sentence's mostly by a lower-case word ("The company said"), which ends the match
# before any split of the sentence into a place and a date is tried.
LATIN_PLACE = (
    rf"(?=[^ ,.(\n]{{1,31}}(?:[,.]| ?\(| [{_UP}]| (?:{_CONNECTORS}) ))"
    rf"{_WORD}(?: (?:{_WORD}|{_CONNECTORS})){{0,3}}"
)
# What may sit between a place and its credit: ", 4 mar", ", 04 mar 2024", ", 4 de marzo", ", 4th March, 2024",
# ", March 4". It starts with a digit or a capitalised month before a digit, so the first words of a story
# sentence fail it at once: no split of them into a place and a date is ever tried.
LATIN_DATE = (
    r",? (?:\d{1,2}(?:st|nd|rd|th|º|\.)?(?:(?: de)? [A-Za-zÀ-ÿ]{3,10}\.?)?|[A-Z][a-z]{2,8}\.? \d{1,2})"
    r"(?:,? (?:de )?\d{4})?"
)
CYRILLIC_PLACE = r"[А-ЯЁ][А-ЯЁа-яё\-]{1,30}(?: [А-ЯЁ][А-ЯЁа-яё\-]{1,30}){0,2}"
ARABIC_WORDS = r"[\u0621-\u064a\u0660-\u0669\d]{1,20}(?: [\u0621-\u064a\u0660-\u0669\d]{1,20}){0,5}"
HAN = "\u4e00-\u9fff"


def latin_credit(agency: str, place: str = LATIN_PLACE) -> re.Pattern[str]:
    """``PLACE[, DATE] (AGENCY) -`` or a paragraph opening with ``(AGENCY)``; ``agency`` is a regex."""
    credit = rf"\((?:{agency})\)"
    return re.compile(rf"{place}(?:{LATIN_DATE})? ?{credit}{SEP}|{credit}(?:{SEP}| )")


def credit(
    name: str, language: str, publisher: str, pattern: re.Pattern[str], example: str, keep: str, version: int = 1
) -> Rule:
    """A wire credit or dateline stripped from the start of a paragraph in the head zone."""
    return Rule(name, version, "prefix", example, pattern, "head", language, publisher, keep)


def line(
    name: str, language: str, pattern: str, example: str, keep: str, zone: str = "any", version: int = 1
) -> Rule:
    """A whole line of furniture; ``pattern`` is fullmatched."""
    return Rule(name, version, "line", example, re.compile(pattern), zone, language, None, keep)  # type: ignore[arg-type]


def label(
    name: str, language: str, kind: str, pattern: str, example: str, keep: str, zone: str = "any", version: int = 1
) -> Rule:
    """A ``list_label`` or ``teaser_label`` line; ``pattern`` is fullmatched against the label alone."""
    return Rule(name, version, kind, example, re.compile(pattern), zone, language, None, keep)  # type: ignore[arg-type]

# A clock time and a year, the pieces of every date-or-time stamp pattern: "15:27", "8h34"; "1987", "2024".
# Each pattern sets its own bounds around them (a word boundary, or no digit beside).
CLOCK = r"\d{1,2}[:h]\d{2}"
YEAR = r"(?:19|20)\d{2}"

# A relative age closing a listed headline ("2h ago", "hace 1 h", "il y a 6 h", "vor 3 Std.", "há 2 h",
# "3 ore fa", "9 ч назад", "منذ 2 ساعات", "1 小时前", "3時間前"): how news sites in these languages date the
# items of a related or latest-news list. A story sentence ends in a full stop, never in a bare age.
_AGE = (
    r"(?:\b\d{1,3} ?(?:s|sec|secs|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?) ago"
    r"|\b(?:hace|il y a|vor|há) \d{1,3} ?(?:s|seg|min\.?|minutos?|minutes?|Min\.?|Minuten|h|hs|horas?|heures?"
    r"|Std\.?|Stunden?|d|días?|jours?|Tagen|dias?)"
    r"|\b\d{1,3} (?:ore|ora|minuti|min|giorni|giorno) fa"
    r"|\b\d{1,3} ?(?:ч|мин|час(?:а|ов)?|минут[уы]?|дн(?:я|ей)?|д)\.? назад"
    r"|منذ \d{1,3} (?:ساعات|ساعة|دقائق|دقيقة|أيام|يوم)"
    r"|\d{1,3} ?(?:小时|小時|分钟|分鐘|天|時間|分|日)前)"
)
RELATIVE_AGE = re.compile(_AGE + r"\.?$")
# The same age anywhere in a line: one opening a listed headline ("5h ago More reforms ahead says Milburn").
AGE_IN_LINE = re.compile(_AGE)

# The platforms whose posts and players pages embed, as their names are written in the packs' languages: the
# placeholder and consent lines of an embed name one ("Skip twitter post", "Allow Instagram content?", "Пропустить
# пост в Twitter", "تخطى منشورات تويتر", "跳过Twitter帖子").
PLATFORMS = (
    r"(?i:x|twitter|instagram|facebook|tiktok|youtube|bluesky|threads|telegram|mastodon|linkedin|reddit|spotify"
    r"|soundcloud|vimeo|flourish|datawrapper|google|твиттер[еа]?|телеграм[еа]?|инстаграм[еа]?|фейсбук[еа]?"
    r"|ютуб[еа]?|تويتر|إكس|انستغرام|إنستغرام|فيسبوك|تيك توك|يوتيوب|تلغرام|تيليغرام|ツイッター|インスタグラム"
    r"|フェイスブック|ユーチューブ|推特|脸书|油管)"
)
