"""Wire credits wherever the head puts them: a credit line ("Provided by Kyodo", "Source : AFP", "المصدر:
الأناضول", "稿源：中新社"), or a dateline after a byline on one line ("By Jane Doe | Reuters FRANKFURT (Reuters) -").

The packs' ``prefix`` rules know each agency's dateline at the start of a paragraph; here the same rules are
tried at each word start of a head line, and the agencies' names, as their own credit lines spell them in each
script, are read off a line that is a label and a name. Both give ``publisher`` (the canonical names the packs
use: ``rules.base.Rule.publisher``).
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from wirewash.transforms.core.cleaning.byline import PICTURE_LABELS, byline_names
from wirewash.transforms.core.cleaning.matcher import PREFIX
from wirewash.transforms.core.cleaning.rules import PUBLISHERS
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.structure import Doc

CREDIT_LINE = Rule(
    "credit_line", 1, "structural", "Provided by Kyodo",
    keep="Kyodo News reported the figures on Monday, officials said.",
)

# How wire services' own credit lines name them, per script (the canonical name is the packs' ``publisher``).
AGENCY_NAMES: dict[str, tuple[str, ...]] = {
    "Reuters": ("Reuters", "REUTERS", "Thomson Reuters", "رويترز", "路透", "路透社", "ロイター", "로이터", "Рейтер"),
    "AP": ("AP", "The Associated Press", "Associated Press", "أسوشيتد برس", "美联社", "AP通信"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "أ ف ب", "法新社", "フランス通信"),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur", "د ب أ"),
    "EFE": ("EFE", "Agencia EFE", "Agência EFE"),
    "Europa Press": ("Europa Press", "EUROPA PRESS"),
    "ANSA": ("ANSA", "Agenzia ANSA"),
    "Adnkronos": ("Adnkronos", "ADNKRONOS"),
    "Belga": ("Belga", "BELGA"),
    "Keystone-SDA": ("Keystone-SDA", "SDA", "sda", "Keystone-ATS", "ATS", "ats"),
    "APA": ("APA",),
    "Lusa": ("Lusa", "Agência Lusa"),
    "Xinhua": ("Xinhua", "Xinhua News Agency", "新华社", "新華社", "Синьхуа", "شينخوا"),
    "China News Service": ("China News Service", "中新社", "中新网"),
    "Kyodo": ("Kyodo", "Kyodo News", "共同", "共同通信", "共同通信社"),
    "Jiji": ("Jiji", "Jiji Press", "時事", "時事通信", "時事通信社"),
    "Yonhap": ("Yonhap", "Yonhap News Agency", "연합뉴스"),
    "News1": ("News1", "뉴스1"),
    "Newsis": ("Newsis", "뉴시스"),
    "TASS": ("TASS", "ТАСС"),
    "RIA Novosti": ("RIA Novosti", "РИА Новости"),
    "Interfax": ("Interfax", "Интерфакс", "INTERFAX", "ИНТЕРФАКС"),
    "AAP": ("AAP", "Australian Associated Press"),
    "The Canadian Press": ("The Canadian Press", "THE CANADIAN PRESS", "Canadian Press"),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",),
    "ANI": ("ANI", "Asian News International"),
    "Agência Brasil": ("Agência Brasil", "Agencia Brasil"),
    "Bernama": ("Bernama",),
    "Antara": ("Antara",),
    "Anadolu": ("Anadolu", "Anadolu Agency", "AA", "الأناضول", "وكالة الأناضول"),
    "KUNA": ("KUNA", "كونا"),
    "WAM": ("WAM", "وام"),
    "SPA": ("SPA", "واس"),
}
_CANONICAL = {spelling: canon for canon, spellings in AGENCY_NAMES.items() for spelling in spellings}
_CYRILLIC = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
_NAMES = "|".join(re.escape(s) for s in sorted(_CANONICAL, key=len, reverse=True))
# A credit line: a short label (a word or three, perhaps before a colon: "Provided by", "Source :", "Quelle:",
# "mit Material von", "来源：", "المصدر:"), then the agency; or the agency in brackets after a short word
# ("(avec Reuters)", "(con AFP)"). The agency alone is a picture's credit as often as the story's.
_CREDIT_LINE = re.compile(
    rf"[^\s\d:：()]{{1,16}}(?: [^\s\d:：()]{{1,16}}){{0,2}} ?[:：]? ?(?P<agency>{_NAMES})\.?"
    rf"|[(（][^\s\d()（）]{{1,8}} (?P<with>{_NAMES})[)）]"
)
# Any agency's name: a line without one holds no credit, so the scan below is skipped (most head lines). Names
# in scripts with spaces are whole words ("AP" is not in "CAPITAL"); "路透上海" glues the name to the place. The
# lookahead of first letters lets the engine skip most positions at once (five times faster on a lead).
_SPACED = sorted(
    {n for n in [*_CANONICAL, *PUBLISHERS.values()] if n.isascii() or n[0] in _CYRILLIC}, key=len, reverse=True
)
_GLUED = sorted({n for n in _CANONICAL if not (n.isascii() or n[0] in _CYRILLIC)}, key=len, reverse=True)
_ANY_AGENCY = re.compile(
    "(?=[" + re.escape("".join(sorted({n[0] for n in _SPACED + _GLUED}))) + "])(?:"
    r"(?<!\w)(?:" + "|".join(map(re.escape, _SPACED)) + r")(?!\w)|" + "|".join(map(re.escape, _GLUED)) + ")"
)
_WORD_START = re.compile(r"(?<=\s)\S")
_SCAN = 160  # a byline before a dateline is short: the scan for a credit stops this far into a line


# An agency named as datelines name it, in any script: in brackets ("(Yonhap)", "(베이징=연합뉴스)", "【大阪＝共同】",
# after a colon too: "北京発（共同）:"; the last of two joined, "(APA/Reuters)"),
# between slashes ("/TASS/"), before the place and date it cabled from ("路透上海1月12日", "法新社深圳6月16日电"),
# or after a place and a dash ("عمان - الأناضول"). A bracketed name opens the line or has a dash after it: a
# caption ends with its picture's credit ("نواب خلال جلسة البرلمان (رويترز)", "REUTERS/Jane Doe").
_DATELINE_AGENCY = re.compile(
    rf"(?:^[(（]|[(（](?=[^)）]{{1,24}}[)）] ?[-–—.=:：]))(?:[^\s()（）=＝/]{{1,12}}[=＝/])?(?P<a>{_NAMES})[)）]"
    rf"|[【［][^】］]{{0,14}}(?P<b>{_NAMES})[】］]|/(?P<c>{_NAMES})/"
    rf"|^[【［]?(?P<d>{_NAMES})[^\s\d]{{0,10}}\d{{1,2}}月"
    rf"|[-–—] \(?(?P<e>{_NAMES})\)?[.:]?(?: ?[-–—])?$"
    # A place and a day before the agency, the line's end: "Ciudad de México, 24 (EFE)", "Roma, 3 mar (ANSA)".
    rf"|^[A-ZÀ-Þ][\w.'’\-]{{1,20}}(?: (?:[A-ZÀ-Þ][\w.'’\-]{{1,20}}|de|del|da|di|do|la|el|am|sur)){{0,3}}, \d{{1,2}}(?: [^\W\d]{{3,10}}\.?)? [(（](?P<f>{_NAMES})[)）][.:]?$"
)
# A byline's agency in brackets after a word for "with": "Par Thomas Bonnet (avec AFP)", "By Jane Doe (with
# Reuters)", "Por Ana Ruiz (con EFE)".
_WITH_AGENCY = re.compile(rf"[(（](?:avec|with|con|com|mit|e|and|et|y) (?P<agency>{_NAMES})[)）]$")


_SENTENCE_END = re.compile(r"[^\W\d_][.!?。] ")


def dateline_agency(text: str) -> str | None:
    """The agency a dateline names ("SEOUL, Nov 21 (Yonhap) --", "(부산=연합뉴스)", "路透上海1月12日 -",
    "عمان - الأناضول"), in a line of eight words and 80 characters or fewer; None otherwise."""
    if len(text) > 80 or text.count(" ") > 7 or _ANY_AGENCY.search(text) is None:
        return None
    m = _DATELINE_AGENCY.search(text)
    if m is None or _SENTENCE_END.search(text, 0, m.start()):
        return None  # a caption's credit after its sentence: "Crowds at the station. (AFP)"
    return _CANONICAL[next(g for g in m.groups() if g)]


def with_agency(text: str) -> str | None:
    """The agency a byline ends with in brackets after a word for "with" ("Par Thomas Bonnet (avec AFP)"), or
    None."""
    m = _WITH_AGENCY.search(text) if text.endswith((")", "）")) else None
    return _CANONICAL[m["agency"]] if m else None


def names_agency(text: str) -> bool:
    """Whether ``text`` names an agency within its first characters (a credit can hold no other)."""
    return _ANY_AGENCY.search(text, 0, _SCAN + 60) is not None


def agency(text: str) -> str | None:
    """The canonical name of the agency ``text`` spells, or None."""
    return _CANONICAL.get(text)


def credit_line(text: str) -> str | None:
    """The agency a credit line names ("Provided by Kyodo", "Source : AFP", "(avec Reuters)", "稿源：中新社"), or
    None for any other line. A line of six words or fewer."""
    if len(text) > 60 or text.count(" ") > 5 or _ANY_AGENCY.search(text) is None:
        return None
    text = text.rstrip(" ›»→>")  # a credit set as a link: "Avec AFP ›"
    if not text:
        return None
    if text[0] in "(（" and text[-1] in ")）":
        text = text[1:-1]  # a credit line set in brackets: "(Con información de EFE)", "（来源：中新社）"
    m = _CREDIT_LINE.fullmatch(text)
    if m is None or "©" in text or byline_names(text) not in (None, m["agency"]):
        return None  # "By Jane Doe, Reuters" is a byline; "Источник: РИА Новости" has a name's shape
    if m["agency"] and text[m.start("agency") - 1:m.start("agency")] == "/":
        return None  # a photographer and the agency: "OLIVIA BRENNAN/AP" credits a picture
    label = text[:m.start("agency")].strip(" :：").casefold().split() if m["agency"] else []
    # A picture's credit names an agency too ("Photo: AFP", "Foto: dpa"): it names no publisher.
    if label and label[0].startswith(PICTURE_LABELS):  # "Photo:", "图片来源："
        return None
    if _headline_label(text[:m.start("agency")], label):
        return None  # "Weak dollar hits Reuters": a headline about the agency
    return _CANONICAL[m["agency"] or m["with"]]


# The last word of a credit's label of two words or more with no colon: a preposition or a word for the source
# ("Provided by", "From The", "mit Material von", "Fonte Agência"), in the packs' languages.
_CREDIT_LABEL_ENDS = frozenset(
    "by from via of with courtesy source sources von mit material quelle de du des par avec source fuente "
    "con por según da do dos das com fonte di dal della от из источник agency agência agencia agenzia agence "
    "agentur".split()
)


def _headline_label(written: str, label: list[str]) -> bool:
    """Whether the words before an agency's name are a headline's, not a credit's label: two or more words, no
    colon, the last (an article aside) no preposition or word for a source ("Weak dollar hits Reuters",
    "Mirza told the Reuters")."""
    if len(label) < 2 or ":" in written or "：" in written:
        return False
    words = label[:-1] if label[-1] in ("the", "la", "le", "el", "der", "die") else label
    last = words[-1]
    return last.isalpha() and last not in _CREDIT_LABEL_ENDS


TAIL_CREDIT = Rule(
    "tail_credit", 1, "structural", "Redacción: Elena Fernández; Edición: Ana García Ruiz",
    keep="Editing the film took two years, Fernández said.",
)

# Who reported, wrote or edited the story, as its closing credit names them ("Reporting by ...; Editing by
# ...", "Redacción: ...; Edición: ...", "Rédigé par ...", "Mitarbeit: ...", "Testo di ...", "Текст: ..."):
# the role words of the packs' languages, matched in any case.
_ROLES = (
    r"(?:additional )?reporting|editing|writing|written|edited|compiled|produced|text|research"  # en
    r"|redacción|edición|texto|reportaje|coordinación|elaboración|colaboró|colaboraron|con información"  # es
    r"|reportagem|edição|redação|colaboração|produção|colaborou|colaboraram|com informações"  # pt
    r"|rédaction|rédigé|édité|écrit|texte|édition|propos recueillis|avec la rédaction"  # fr
    r"|redaktion|bearbeitung|mitarbeit|recherche|verfasst"  # de
    r"|redazione|testo|a cura|hanno collaborato|ha collaborato|collaborazione"  # it
    r"|текст|редактор|редакция|автор|подготовил[аи]?|при участии"  # ru
    r"|with files from|avec des informations de"  # a Canadian desk's sources: "With files from The Canadian Press"
)
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ"
_PERSON = rf"[{_UPPER}][\w.'’-]*(?: (?:[{_UPPER}][\w.'’-]*|de|da|del|dos|van|von|di|le|la)){{0,4}}"
_PEOPLE = rf"{_PERSON}(?:(?:,| and| et| y| e| und| и| &) {_PERSON}){{0,5}}"
# ... and where they worked: "Additional reporting by Jane Doe in London", "Texte : Anne Roy, à Genève".
_ROLE_PIECE = (
    rf"(?i:{_ROLES})(?: (?:by|par|por|von|di|de|da|du|dei))? ?[:：]? ?{_PEOPLE}"
    rf"(?:,? (?:in|from|en|desde|de|à|a|aus|da|em|в|из) {_PERSON})?"
)
_ROLE_CREDIT = re.compile(rf"[(（]?{_ROLE_PIECE}(?: ?[;|/,] ?{_ROLE_PIECE}){{0,5}}[)）]?\.?")
# The agencies a story drew on, after the outlet's name or alone: "With AFP", "Le Monde avec AFP", "Mit
# Material von dpa", "Con información de EFE", "(dpa/lhe)" (the agency and its regional desk), "/TASS/".
_WITH = (
    r"(?i:with|avec|con|com|mit|и|с|mit material von|con información de|com informações d[aeo]s?"
    r"|con informazioni di|по материалам|additional reporting by)"
)
# "Agencies" for the wires unnamed: "Con agencias", "(Com agências)", "Avec agences".
# A name may stand in quotes, and in Russian in the genitive: "По материалам ТАСС и «Интерфакса»".
_AGENCY = (
    rf"(?:[«\"„]?(?:{_NAMES})а?[»\"“]?|(?i:agencies|agencias|agências|agences|agenzie|agenturen|агентства|وكالات))"
)
_AGENCIES = rf"{_AGENCY}(?:(?:,| and| et| y| e| und| и|/) {_AGENCY}){{0,4}}"
# The agencies alone, perhaps in brackets: "AAP, Reuters", "(Agencies)", "(وكالات)". On a line of its own an
# agency's name is a picture's credit as often as the story's; run into the story's last paragraph it is the
# story's (``closing``).
_AGENCIES_ALONE = re.compile(rf"[(（]?{_AGENCIES}[)）]?\.?")
_AGENCY_CREDIT = re.compile(
    rf"(?:[{_UPPER}][\w.'’-]*(?: [{_UPPER}][\w.'’-]*){{0,3}} )?[(（]?{_WITH} {_AGENCIES}[)）]?\.?"
    # The agency and its desk or a second agency, in brackets or slashes: "(dpa/lhe)", "(APA/dpa)", "/ТАСС/"; or
    # an agency no list names, by its shape, a short word in capitals in brackets ("(ANP)", "(TT)"). Perhaps
    # closed by a full stop, as the Italian wires do: "(ANSA).".
    rf"|[(（/](?:(?:{_NAMES})(?:[/-]\w{{1,6}})*|\w{{2,6}}(?:/\w{{1,6}})*/(?:{_NAMES})(?:/\w{{1,6}})*"
    rf"|[{_UPPER}]{{2,6}})[)）/]\.?"
    # A wire's sign-off after a dash, perhaps before a link's arrow: "-- Reuter", "— AFP", "— Adnkronos >"; the
    # Chinese wires' end mark "（完）"; the Portuguese wire's "Lusa/Fim" (its "end" after a slash).
    rf"|(?:--|—|–|-) ?(?:{_WITH} )?(?:{_AGENCIES}|Reuter)(?: ?[>›»→])?|[(（]完[)）]|(?:{_NAMES})/(?i:fim)\.?"
    # An Indian desk's "With PTI inputs", "(With inputs from agencies)".
    rf"|[(（]?(?:{_WITH} )?{_AGENCIES} inputs[)）]?\.?|[(（]?(?i:with inputs from) {_AGENCIES}[)）]?\.?"
)
# A credit in a script without case: the role and a name, perhaps in brackets ("（记者 李洋）", "編集：田中一郎",
# "تحرير: محمد علي", "المصدر: وكالات").
_CASELESS_ROLES = r"(?:记者|記者|编辑|編集|责任编辑|責任編輯|撰稿|编译|編譯|取材|تحرير|إعداد|المصدر|مصدر)"
_CASELESS_NAMES = (
    r"[\u3040-\u30ff\u4e00-\u9fff\u0600-\u06ff]{1,12}(?:[ 、，,][\u3040-\u30ff\u4e00-\u9fff\u0600-\u06ff]{1,12}){0,3}"
)
_CASELESS_CREDIT = re.compile(
    rf"[(（]{_CASELESS_ROLES}(?: ?[:：] ?| ){_CASELESS_NAMES}[)）]|{_CASELESS_ROLES} ?[:：] ?{_CASELESS_NAMES}"
    # "ساهم في التغطية أحمد علي من القاهرة.": who contributed reporting, the role first.
    rf"|(?:ساهم|شارك)(?:ت|وا)? في (?:التغطية|إعداد (?:هذا )?التقرير|هذا التقرير) {_CASELESS_NAMES}\.?"
)
_TAIL_CREDIT_MAX_CHARS = 200


def tail_credit(text: str) -> bool:
    """Whether ``text`` is a story's closing credit line: roles and the names under them ("Reporting by Jane
    Doe; Editing by John Roe", "Rédigé par Élodie Leroy"), or the agencies it drew on ("Le Monde avec AFP",
    "(dpa/lhe)", "/РИА Новости/"). A story sentence goes on after the names in lower case ("Editing the film
    took two years")."""
    if len(text) > _TAIL_CREDIT_MAX_CHARS:
        return False
    return (
        _ROLE_CREDIT.fullmatch(text) is not None
        or _AGENCY_CREDIT.fullmatch(text) is not None
        or _CASELESS_CREDIT.fullmatch(text) is not None
    )


# A sign-off after a dash naming the outlet or people the story came from, whoever they are ("– Stuff", "– RNZ",
# "— Stuff and Getty Images", "— with NCA NewsWire"), or "with" and them alone: run into the end of the story's
# last paragraph it is the story's credit. A story sentence goes on after the names.
_SIGN_OFF_NAMES = re.compile(rf"(?:(?:--|—|–) ?(?:(?i:with) )?|(?i:with) ){_PEOPLE}")
_SIGN_OFF_MAX_WORDS = 6


def sign_off(text: str) -> bool:
    """Whether ``text`` is a dash and names, or "with" and names, and nothing else (``_SIGN_OFF_NAMES``)."""
    return text.count(" ") < _SIGN_OFF_MAX_WORDS and _SIGN_OFF_NAMES.fullmatch(text) is not None


def agencies_alone(text: str) -> bool:
    """Whether ``text`` names agencies and nothing else (``_AGENCIES_ALONE``)."""
    return len(text) <= _TAIL_CREDIT_MAX_CHARS and _AGENCIES_ALONE.fullmatch(text) is not None


# A sentence on the page itself naming the wire it drew on ("This story includes reporting from Kyodo.",
# "Material from the Associated Press was used in this report.", "The Associated Press contributed to this
# report."): the page ("this story", "the report"), what the wire gave ("reporting", "material", "contributed")
# and an agency, in a short line. A story's sentence naming an agency and a report says what the agency did
# with it ("Reuters could not independently verify the report.").
_PAGE_ITSELF = re.compile(r"\b(?i:this|the) (?i:story|report|article)\b")
_CONTRIBUTED = re.compile(r"(?i:\b(?:contribut\w*|reporting|material|information|inputs)\b)")
_SOURCED_MAX_WORDS = 16
# Or says in so many words that it drew on a source, whichever ("Information from Fortune was used in this
# report.", "This story was provided by The Seattle Times."): no agency needed.
_SOURCED = re.compile(
    r"(?i:\b(?:was|were) used in (?:this|the) (?:report|story|article)"
    r"|\b(?:this|the) (?:story|article|report) was (?:provided|supplied|distributed|produced) by)\b"
)


def sourced_note(text: str) -> bool:
    """Whether ``text`` is a short English sentence naming the agency the page drew on, or saying it drew on a
    source (see above)."""
    return text.count(" ") < _SOURCED_MAX_WORDS and _PAGE_ITSELF.search(text) is not None and (
        _SOURCED.search(text) is not None
        or (_CONTRIBUTED.search(text) is not None and _ANY_AGENCY.search(text) is not None)
    )


# Reuters' 1987 copy signs off with "Reuter" alone on its last line.
_SIGN_OFFS = {"Reuter": "Reuters"}


def closing_agency(text: str) -> str | None:
    """The agency a story's closing credit names ("(Con información de EFE)", "(dpa/lhe)", "/РИА Новости/",
    "Reuter"), or None: the publisher when nothing in the head named one."""
    if text in _SIGN_OFFS:
        return _SIGN_OFFS[text]
    m = _ANY_AGENCY.search(text) if tail_credit(text) else None
    return _CANONICAL.get(m.group()) if m is not None else None


def credits_in(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, publisher) of each wire credit a pack's ``prefix`` rule finds at a word start of ``text``
    within its first characters ("By Jane Doe | Reuters FRANKFURT (Reuters) -" from "FRANKFURT"), in order."""
    named = _ANY_AGENCY.search(text, 0, _SCAN + 60)
    if named is None:
        return
    matcher = PREFIX[(True, False)]
    # A credit starts at or before the agency's name.
    for start in itertools.chain((0,), (m.start() for m in _WORD_START.finditer(text, 0, named.start() + 1))):
        found = matcher.first(text, start, "match")
        if found is not None and found[0].publisher is not None and found[1].end() > start:
            yield start, found[1].end(), found[0].publisher


def credit_lines(doc: Doc) -> None:
    """Remove credit lines in the head and the tail zone (``structure.zones``); the first names the publisher."""
    kept, (head, tail) = doc.zones()
    tail_at = kept[max(head, tail)].idx if max(head, tail) < len(kept) else len(doc.lines)
    for line in [*kept[:head], *kept[max(head, tail):]]:
        if line.words > 6 or line.memo.get("credit_line") == line.text:
            continue
        line.memo["credit_line"] = line.text
        name = credit_line(line.text)
        if name is not None:
            doc.remove(line, CREDIT_LINE.name)
            if line.idx < tail_at:
                # A tail's credit names the publisher only when the head names none: a dateline the head
                # pass reads later ("Firenze - (ANSA)") is the story's own credit.
                doc.publisher = doc.publisher or name


# A copyright line: the word or the mark first ("Copyright 2023 Reuters", "(c) 2024 AFP", "© 2023 Thomson
# Reuters. All rights reserved.", "Copyright Reuters 2023"). The holder runs to the first stop; years, legal
# forms and "All rights reserved" are not part of it.
_COPYRIGHT_START = re.compile(r"(?:(?i:copyright)\b|[©ⓒ]|\([cC]\))[\s©ⓒ]*(?:\([cC]\) ?)?")
_YEARS = re.compile(r"\b(?:19|20)\d{2}(?: ?[-–] ?(?:(?:19|20)?\d{2}))?\b,?")
_LEGAL_FORM = re.compile(
    r",? \b(?:L\.P\.|LP|Inc\.?|Ltd\.?|LLC|GmbH|S\.A\.|S\.p\.A\.|AG|Limited|plc|Corp\.?)(?=\W|$)"
)
_HOLDER_MAX_WORDS = 6  # "El Diario de la Costa Media Group"
# "All rights reserved" in the packs' languages ends the holder too: a line of it alone names none.
_HOLDER_END = re.compile(
    r"[.;|,:]|\s[-–—]\s|(?i:\ball rights reserved|\btodos (?:los|os) (?:derechos|direitos)|\btous droits"
    r"|\balle rechte|\btutti i diritti|\bвсе права)|جميع الحقوق|版权所有|版權所有|著作権|無断転載"
)


def copyright_holder(text: str, credited: tuple[str, ...] = ()) -> str | None:
    """The publisher a copyright line names: a known wire or agency, by its canonical name ("Copyright 2023
    Reuters", "(c) 2024 Thomson Reuters. All rights reserved."), or a holder one of ``credited`` (the
    article's credits, as removed) names too, or one the line dates ("© 2026 Example Media Ltd": the site's
    own), as written. None for any other line: a generic "All rights reserved" in the packs' languages, a
    phrase in lower case, an undated holder nothing else names, a mark without a year or the word ("©
    Reuters" credits a picture as often). ``clean`` reads it only when no credit names the publisher, the
    input's own field before it (``article``)."""
    start = _COPYRIGHT_START.match(text)
    if start is None or len(text) > 200:
        return None
    rest = text[start.end():]
    if not text[:start.end()].casefold().startswith("copyright") and not _YEARS.match(rest):
        return None
    rest = _LEGAL_FORM.sub("", _YEARS.sub("", rest, count=2)).strip()
    end = _HOLDER_END.search(rest)
    holder = " ".join((rest[: end.start()] if end else rest).split())
    if not holder:
        return None
    # The wire services' own list, not every outlet a credit rule knows: "© 2014 CNN" is a site's own line.
    known = _CANONICAL.get(holder) or _CANONICAL.get(holder.removeprefix("The "))
    if known is not None:
        return known
    # The credit's whole name, between its label and the photographer's ("Photo: Jakarta Globe/Yudha"), not a
    # word of another name ("Globe" in "Jakarta Globe").
    named = re.compile(rf"(?:^|[:/(©|,;] ?|\bby ){re.escape(holder.casefold())} ?(?:$|[/),;|.])")
    if any(named.search(" ".join(credit.casefold().split())) for credit in credited):
        return holder
    # Else a name the line dates ("© 2026 Example Media Ltd"): the site's own, its publisher when nothing
    # better names one. Without a year the mark credits a picture as often ("© Jornal do Porto").
    words = holder.split()
    first = words[0][0]
    named_so = len(words) <= _HOLDER_MAX_WORDS and first.isalnum() and not first.islower() and not any(
        c in holder for c in "!?"
    )
    return holder if named_so and _YEARS.search(text) is not None else None


def tail_copyright_holder(doc: Doc) -> str | None:
    """``copyright_holder`` of the first copyright line removed at or after the last body paragraph (the tail
    zone, ``structure.zones``), with the article's removed credits (picture, closing and credit lines) as what
    else names a holder."""
    kept, (_head, tail) = doc.zones()
    tail_start = kept[tail].idx if kept else 0
    credited = tuple(r.text for _, _, r in doc.removals if "credit" in r.rule)
    for idx, _offset, removal in sorted(doc.removals, key=lambda t: (t[0], t[1])):
        if idx >= tail_start and removal.rule.startswith("copyright"):
            holder = copyright_holder(removal.text, credited)
            if holder is not None:
                return holder
    return None
