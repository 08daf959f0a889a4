"""The head zone's rules: what its passes remove, each with a line it takes and one it keeps."""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.rules.base import Rule

DATE_PREFIX = Rule(
    "date_prefix", 1, "structural", " date 2023-03-19 ",
    re.compile(r"(?i:date):? (?P<date>\d{4}-\d{2}-\d{2})(?: |$)"),
    keep="The vote date 2023-03-19 was set by the commission in January.",
)
HEADLINE = Rule(
    "headline", 3, "structural", "Kazakh Leader Seeks Reset After Riots With Parliament Ballot",
    keep="Reform agenda",
)
BYLINE = Rule(
    "byline", 3, "structural", "By Marisol Trent, Devon Achebe and Priya Nandakumar",
    re.compile(r"(?:(?:Story|Written|Words|Text) )?(?i:by) (?P<rest>[^\n]{2,200})"),
    keep="By Monday, officials had counted every ballot in the capital city.",
)
# Minutes and the reading they take in the packs' languages, a closed class of units and labels: "Tempo di
# lettura: 4 minuti", "Lesezeit: 6 Min.", "Leitura de 7 minutos", "LECTURE 7 MIN.", "5 min de lecture",
# "Время чтения: 5 минут", "6分で読める", "阅读时间：5分钟", "3분 읽기", "5 دقائق قراءة".
_MINUTES = (
    r"\d{1,3} ?(?i:min(?:s|ute[ns]?|uti|uto|utos)?\.?|мин(?:ут[аы]?)?\.?|分(?:钟|鐘|間)?|분|دقائق|دقيقة)"
)
_READING = (
    r"(?i:(?:(?:temps|tiempo|tempo|durée) (?:de |di )?)?(?:lecture|lectura|leitura|lettura)|lese(?:zeit|dauer)"
    r"|(?:время )?чтения|読了(?:時間)?|阅读(?:时间)?|閱讀(?:時間)?|읽는 ?시간|(?:وقت )?(?:ال)?قراءة)"
)
_FOREIGN_READ_TIME = (
    rf"{_READING}(?: ?[:：] ?| (?:de |di |da )?|){_MINUTES}"
    rf"|{_MINUTES} (?i:(?:de |di |da |на )?(?:lecture|lectura|leitura|lettura|lesezeit|lesedauer|чтения|прочтение"
    r"|قراءة))"
    rf"|{_MINUTES}(?:で読める|で読めます| ?읽기|钟阅读|鐘閱讀)"
)
READ_TIME = Rule(
    "read_time", 3, "structural", "·5 min read",
    re.compile(
        r"(?:(?P<name>[^·•|\n]{2,60}?) ?)?[·•|⏱]? ?(?:"
        r"\d{1,3}[ -]?(?:min|mins|minute|minutes)\.? (?:read|reading(?: time)?|to read)"
        r"|(?i:(?:estimated )?(?:reading|read) time):? ?\d{1,3} ?(?:min|mins|minute|minutes)\.?"
        r"|(?<=⏱) ?\d{1,3} ?(?:min|mins|minute|minutes)\.?)"  # a stopwatch and minutes: "⏱ 3 min"
        # Outside the name's group: "Tiempo de" before "lectura: 8 minutos" is no author.
        rf"|{_FOREIGN_READ_TIME}"
    ),
    keep="The report takes 5 min to read, officials said.",
)
OUTLET_LABEL = Rule(
    "outlet_label", 1, "structural", "BBC News",
    re.compile(
        r"(?:BBC|CNN|Sky|ABC|NBC|CBS|Fox|Al Jazeera|Reuters|Bloomberg|The Guardian|Guardian)"
        r"(?: (?:News|Business|Sport|Politics|World|Digital|staff|Staff))?"
    ),
    keep="BBC News reported the result first, officials said on Monday.",
)
HEAD_FURNITURE = Rule(
    "head_furniture", 1, "structural", "Gift this article (between the headline and the lead)",
    keep="Reform agenda (a subhead below the lead)",
)
