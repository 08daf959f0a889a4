"""A byline's shape, in any script: the authors' names read off a line of the article head.

    byline_names(text) -> "Jane Doe, John Roe" | None

A byline is a short label or none ("By", "Von", "Propos recueillis par", "Текст:", "作者：", "بقلم"), one or
more names joined by commas or a conjunction ("and", "et", "y", "и", "·", "、", Arabic "و" glued to the next
name), then perhaps an outlet, a place, a role or a handle after a separator ("Jane Doe, Reuters", "JAN WEBER |
dpa", "Ana Ruiz @anaruiz", "王伟（本报记者）", "박준호 기자", "فاطمة حسن - دبي"). Names in scripts with case are
two to four capitalised words; in scripts without case (Chinese, Japanese, Korean, Arabic) nothing marks a
name, so a line there is a byline only with a label, a role word or a separator after the names. Sources: the
bylines of wire services and newspapers in en, es, fr, de, pt, it, ru, ar, zh, ja, ko.
"""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.structure import _NAME_PARTICLES, _NOT_NAMES, is_name

# A label in a script with case: a short word before the names ("By ", "BY ", "Von ", "di ", "Por "), a word
# before a colon ("Текст: "), or a phrase in lower case ending with a preposition or a correspondent's role
# before the first name ("Propos recueillis par ", "dal nostro inviato ", "Reporting by "): any other phrase
# would read "Profits slide at India's Dr Reddy" as a byline.
_LABEL = re.compile(
    r"(?:[^\s:：｜|]{1,12} ?[:：｜|] ?"
    r"|(?:[A-Z][a-z]{0,12} |[a-z]{2,12} )(?:[a-z]{2,12} ){0,1}(?:by|par|por|von|di|da|de|door|av|af|inviato"
    r"|inviata|enviado|enviada|corrispondente|envoyé|envoyée) "
    # German capitalises the noun of the phrase: "Ein Beitrag von", "Eine Analyse von", "Von unserem
    # Korrespondenten", "Von unserer Korrespondentin in Paris".
    r"|Eine? [A-ZÄÖÜ][a-zäöüß]{2,20} von |[Vv]on unsere[mr] [A-ZÄÖÜ][a-zäöüß]{2,24} "
    r"|(?:[A-Z][A-Za-z]{1,3}|[a-z]{1,3}) "
    # Russian papers' "Материал подготовили Иван Соколов и Дмитрий Петров", "Подготовила Ольга Иванова".
    r"|(?:Материал )?[Пп]одготовил[аи]? )"
)
_SHORT_WORD = re.compile(r"[A-Z][a-z]{1,3} ")
# How a picture's credit is labelled ("Photo:", "Créditos:", "Bild:", "图片来源："): names under it are a
# photographer's, not the authors'. A label starting with one of these (case-folded) is one.
PICTURE_LABELS = tuple(
    "photo foto image bild picture video graphic grafik imagen immagine illustration credit crédit фото видео "
    "صورة الصورة 图 照片 写真 사진 영상".split()
)
# Short words that open a byline as its label, in the languages of the packs ("By", "Von", "Por", "Par", "Di",
# "Door", "Av", "Af", "Van", "Dal"); "Text"/"Von" and longer labels end with a colon or are phrases.
_LABEL_WORDS = frozenset({"by", "von", "por", "par", "di", "da", "de", "del", "dal", "door", "av", "af", "van", "text"})
_NAME_TOKEN = re.compile(r"[^\W\d_][\w.'’\-]*")
# Conjunctions between names (any case: "BY JANE DOE AND JOHN ROE").
_CONJUNCTIONS = frozenset({"and", "&", "et", "y", "e", "und", "и", "ve", "en", "og", "och"})
# Words that make a name-shaped run an organisation or a role: "Jane Doe, Bloomberg News", "Google News".
_ORG_WORDS = frozenset(
    ["News", "Press", "Times", "Post", "Reuters", "Bloomberg", "AP", "AFP", "Staff", "staff", "Agency",
     "Correspondent", "Correspondents", "Reporter", "Reporters", "Editor", "Editors", "Writer", "Writers",
     "Journal", "Media", "Service", "Herald", "Tribune", "Magazine", "Network", "Associated", "Wire", "Daily",
     "Online", "Digital", "Bureau", "Chief", "Contributor", "Desk", "Telegraph", "Guardian", "Sun", "Mail",
     # The newsroom, signing as a whole: "Redacción El Universal", "Rédaction Le Point", "Редакция РБК".
     "Redacción", "Redação", "Rédaction", "Redaktion", "Redazione", "Редакция"]
)
# A reporter's role in the packs' other languages, capitalised after the names ("Ana Ruiz, Corresponsal en
# Bruselas", "Anna Weber, Korrespondentin in Paris").
_ROLE_WORDS = frozenset(
    "Corresponsal Enviado Enviada Periodista Redactor Redactora Correspondant Correspondante Envoyé Envoyée "
    "Journaliste Rédacteur Rédactrice Korrespondent Korrespondentin Redakteur Redakteurin Reporterin "
    "Corrispondente Inviato Inviata Giornalista Redattore Redattrice Correspondente Repórter Jornalista Redator "
    "Redatora Корреспондент Обозреватель Журналист".split()
)
# What may follow the names: a separator and an outlet, place, role or date; a handle; a word in lower case
# ("avec AFP", "with Reuters").
_TAIL_START = re.compile(r"[|·•—–/@(（\[-]|,|[a-zà-ÿа-яё]")
_TAIL_MAX_WORDS = 12  # "Kim Soo-jin • Google News — First published October 1, 2019: 4:37 PM ET"

# Scripts without case: labels before the names, role words after or before them, separators between them.
_CASELESS_LABELS = (
    # Japanese papers' "執筆者：" (writer), Chinese sites' "撰稿：".
    "取材・文", "文・写真", "写真・文", "執筆者", "執筆", "作者", "文", "记者", "記者", "撰文", "撰稿", "编辑", "بقلم", "كتبه", "كتبته", "كتب", "كتبت",
    "إعداد", "تحرير", "تقرير", "글", "취재"
)
_CASELESS_ROLES = frozenset(
    ["기자", "특파원", "선임기자", "논설위원", "记者", "本报记者", "特约记者", "通讯员", "記者", "編集委員", "特派員",
     "論説委員", "本社記者", "مراسل", "مراسلة"]
)
_ROLE_TUPLE = tuple(_CASELESS_ROLES)
_CASELESS_SEP = re.compile(r"[·・、,，،]| و(?=\S)| ")
_HAN_HANGUL_KANA = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]+")
_ARABIC_WORD = re.compile("[\u0600-\u06ff]{2,12}")
_HANGUL = re.compile("[\uac00-\ud7a3]+")
_KANA = re.compile("[\u3040-\u30ff]+")
_CASELESS_SCRIPT = re.compile("[\u0600-\u06ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
# What follows the names in a caseless byline: a bracketed credit or e-mail, closed by at most a mark ("(서울=
# 연합뉴스) =", "(رويترز) -"); words after the bracket are a lead run into the byline, not its tail.
_CASELESS_TAIL = re.compile(
    r"\s*(?:[(（\[【][^)）\]】]*(?:[)）\]】](?: ?[^\w\s]{1,2})?)?|[-–—|｜/]\s*\S.*|[(（]?\S+@\S+[)）]?)$"
)


# How a byline's names are joined in what ``byline_names`` returns and in a page's author field.
_AUTHOR_SEPARATOR = re.compile(r", | and | & |; ")


def authors(byline: str | None) -> list[str]:
    """The single names in ``byline`` ("Jane Doe, John Roe and Ana Ruiz" -> three), stripped; [] for None."""
    return [name for name in (part.strip() for part in _AUTHOR_SEPARATOR.split(byline or "")) if name]


def byline_names(text: str) -> str | None:
    """The authors' names, joined by ", ", when ``text`` is byline-shaped; else None. Linear in the length."""
    if not text or len(text) > 160:
        return None
    slashed = _SLASHED_REPORTER.search(text) if "/" in text else None
    if slashed is not None:
        return slashed["names"]
    if text[-1] in ".!?。":
        return None
    if text.isascii() or not _CASELESS_SCRIPT.search(text):
        label = _LABEL.match(text)
        if label and label.group().strip(" :：｜|") in _NOT_NAMES:
            label = None
        elif label and label.group().casefold().startswith(PICTURE_LABELS):
            return None  # "Créditos: Mariana Silva", "Foto: Jane Doe"
        if label and _SHORT_WORD.fullmatch(label.group()) and label.group().strip().casefold() not in _LABEL_WORDS:
            # A short capitalised word that is no byline's label is a first name: "Ana García Ruiz y Elena
            # Sánchez | La Voz de la Costa", not "García Ruiz y Elena Sánchez" after a label "Ana".
            names = _cased(text, 0)
            if names is not None:
                return names
        names = _cased(text, label.end()) if label else None
        return names if names is not None else _cased(text, 0)
    return _caseless(text)


_PHRASE_LABEL = re.compile(r"[^\s:：｜|]+ [^\s:：｜|]+ ")  # two words or more before the first name


def headline_shaped(text: str, phrase_labels: bool = True) -> bool:
    """Whether a line ``byline_names`` reads as a byline may as well be a headline: its label is a phrase
    ("Venus stunned by Farina Elia" reads as "Additional reporting by Jane Doe" does), it is set in capitals
    after a short word ("NYSE TO REVIEW PROGRAM TRADING", "GULF EDIBLE OIL PRICES - April 7" read as "BY JANE
    DOE"), or it has no label and goes on after the names with no separator ("Man City 0-2 Man Utd"). Only
    where the line stands in the head tells them apart. "By Jane Doe", "Text: Jane Doe", "Jane Doe, Reuters"
    and bylines in scripts without case are none of these; with ``phrase_labels`` False, neither are those with
    a phrase for a label (more often a byline than a headline where no headline is found)."""
    if not text.isascii() and _CASELESS_SCRIPT.search(text):
        return False
    label = _LABEL.match(text)
    names = _cased(text, label.end()) if label is not None else None
    if names is not None:
        words = label.group()
        if words.rstrip()[-1] in ":：｜|":
            return False
        if words.strip().casefold() in _BY_WORDS and (
            _NAME_SEPARATORS.search(names) or _name_words(names.split()) <= 3
        ):
            return False  # "BY JANE DOE AND JOHN ROE", "POR PABLO NAVARRO": names under a byline's own word
        return (phrase_labels and _PHRASE_LABEL.match(words) is not None) or (words + names).isupper()
    names = _cased(text, 0)
    if names is None:
        return False
    rest = text[len(names):].strip()
    return bool(rest) and _TAIL_START.match(rest) is None


# The word a byline opens with in each language ("By", "Por", "Par", "Di", "Von", "Door", "Av"): set in
# capitals with names after it (a list of them, or one of two or three words), a byline, not a headline ("BY
# SARAH FISCHER AND PRIYA OKAFOR", "POR PABLO NAVARRO"); "BY ELECTION LOOMS IN KENT" runs on past a name.
_BY_WORDS = frozenset({"by", "por", "par", "di", "von", "door", "av", "af"})
# What sets names of a list apart: a comma, or "and" in the packs' languages.
_NAME_SEPARATORS = re.compile(r", | (?:and|&|et|y|e|und|и|AND|ET|Y|E|UND|И) ")


def byline_list(text: str) -> list[str]:
    """Each author ``byline_names`` reads off ``text``, one name an item ("Por Ana Ruiz e Luís Costa, de
    Lisboa" -> ["Ana Ruiz", "Luís Costa"]); [] when ``text`` is no byline."""
    names = byline_names(text)
    return [] if names is None else [n for n in _NAME_SEPARATORS.split(names) if n]


def byline_before_stamp(text: str, figures: bool = True) -> str | None:
    """The byline at the start of a line that goes on with a stamp or a note ("By Ana Ruiz and Ola Berg Saturday
    14 Aug 2022 17.27 GMT", "박준호·정다은 기자 입력 2016.01.10 14:13", "Por Pedro Almeida Atualizado há 3 horas",
    "DI LUCA RICCI E LUCA ROMANO Rettifica: in una precedente versione ...", "记者 李娜 王洋 🔴 更正：..."): the line
    cut before the first figure or the note's label, or one to three words earlier (a weekday, a month,
    "Updated", a decoration); of the cuts that read as a byline, the one with the most names, then the
    shortest. With ``figures`` False only a note's label ends the byline (a lead may name two people and then
    their ages: "Jane Doe and John Roe, 25, were ...")."""
    colon = ":" in text or "：" in text  # what every note's label holds
    if not figures and not colon:
        return None  # a lead paragraph, most often: neither a figure nor a note's label may end a byline in it
    words = text.split(" ")
    figure = next((k for k, w in enumerate(words) if any(c.isdigit() for c in w)), None) if figures else None
    # Names in a script without case are one word, spaces or none between them ("佐藤由美、高橋太郎、田中花子記者
    # 2025/04/29 07:03"); names with case two at least.
    least = 1 if not words[0].isascii() and _CASELESS_SCRIPT.search(words[0]) else 2
    figure = None if figure is not None and figure < least else figure
    # The byline's own label comes first ("Текст: Ольга Смирнова"): a note's label follows two words or more.
    note = next(
        (k for k, w in enumerate(words) if k >= 2 and (":" in w or "：" in w) and _NOTE_LABEL.search(w)), None
    ) if colon else None
    stop = min((k for k in (figure, note) if k is not None), default=None)
    if stop is None:
        return None
    best: tuple[int, int, str] | None = None
    for cut in range(stop, max(stop - 4, least - 1), -1):
        names = byline_names(" ".join(words[:cut]))
        if names is not None and (figures or _labelled_or_listed(" ".join(words[:cut]), names)):
            rank = (len(_NAME_SEPARATORS.split(names)), -len(names), names)
            best = rank if best is None or rank > best else best
    return best[2] if best else None


# A writer's role after the names in English, and the packs' other languages' (``_ROLE_WORDS``): "Aisha Bello and
# Luis Ortega, Staff writers", "Jane Doe, Senior Correspondent".
_EN_ROLE_WORDS = frozenset(
    "writer writers correspondent correspondents reporter reporters editor editors columnist contributor "
    "contributors journalist".split()
)
_ROLE_MAX_WORDS = 4


def role_byline(text: str) -> str | None:
    """The names of ``text`` when it is names and, after a comma, the writers' role (a role word in its last
    word, at most four words: "Aisha Bello and Luis Ortega, Staff writers", "Ana Ruiz, Corresponsal en
    Bruselas"): a byline without its label. None for anything else ("Barack Obama, President")."""
    names = byline_names(text)
    if names is None or not text.startswith(names + ", "):
        return None
    role = text[len(names) + 2:].split()
    if not 1 <= len(role) <= _ROLE_MAX_WORDS:
        return None
    return names if role[-1].casefold() in _EN_ROLE_WORDS or role[0] in _ROLE_WORDS else None


# Words of a label with a colon that names the writer ("Текст: Ольга Смирнова", "Autor: Jan Weber"), in the
# packs' languages; "Profile: Gordon Brown" is a kicker's.
_AUTHOR_LABELS = frozenset("text texto testo autor autore auteur author writer текст автор".split())


def labelled_byline(text: str) -> bool:
    """Whether ``text`` is a byline under a byline's own label or role: "By Jane Doe", "POR ANA RUIZ", "Текст:
    Ольга Смирнова", "作者：陈静", "執筆者：中村美咲", "田中健一記者", "بقلم خالد منصور". A line of names alone
    ("Jane Doe", "Basin Pipeline Reopens in U.S. Southwest" read as one) or under another word is not."""
    if byline_names(text) is None:
        return False
    if not text.isascii() and _CASELESS_SCRIPT.search(text):
        # The role next to the names, at the line's start or end ("記者 刘伟", "田中健一記者"), not inside it
        # after other words ("Nasa adds five companies ... 記者：佐藤花子": a headline run into a byline).
        text = text.strip()
        return text.startswith(_CASELESS_LABELS) or text.startswith(_ROLE_TUPLE) or text.endswith(_ROLE_TUPLE)
    label = _LABEL.match(text)
    if label is None:
        return False
    words = label.group().strip(" :：").casefold()
    return words in _LABEL_WORDS or words in _BY_WORDS or (label.group().rstrip()[-1] in ":：" and words in _AUTHOR_LABELS)


def _labelled_or_listed(text: str, names: str) -> bool:
    # A byline beyond doubt: under a byline's own word or a label with a colon ("DI LUCA RICCI", "Текст: Ольга
    # Смирнова"), in a script without case (a label or a role marked it), or several names ("RIO GRANDO DO SUL"
    # reads as "GRANDO DO" under a label "RIO").
    if not text.isascii() and _CASELESS_SCRIPT.search(text):
        return True
    label = _LABEL.match(text)
    if label is not None and (label.group().strip().casefold() in _LABEL_WORDS or label.group().rstrip()[-1] in ":："):
        return True
    return text.startswith(names) and _NAME_SEPARATORS.search(names) is not None


# A note's label: a word and a colon ("Rettifica:", "Исправлено:"), or a label glued to its text ("更正：本文").
_NOTE_LABEL = re.compile(r"[^\W\d_][:：](?:$|(?<=：)\S)")


_BARE_SEPARATORS = " |·•—–-/,"
_BARE_MAX_NAMES = 4
_LABELLED_MAX_NAMES = 6
_NAME_MAX_TOKENS = 6  # "José María de la Fuente Ruiz"


def _name_words(tokens: list[str]) -> int:
    """How many of a name's ``tokens`` are its words, not particles ("de", "LA"); the first always is ("AL
    GORE", "LE PEN")."""
    return 1 + sum(not _particle(t) for t in tokens[1:])


def _particle(token: str) -> bool:
    # A name set in capitals sets its particles so too: "POR CARMEN LÓPEZ DE LA TORRE" is three words of a name.
    return token in _NAME_PARTICLES or (token.isupper() and token.casefold() in _NAME_PARTICLES)


def _cased(text: str, start: int) -> str | None:
    tokens = text[start:].split(" ")
    names: list[tuple[int, int]] = []  # token ranges [first, last] of each name
    first = -1  # the first token of the name being read, -1 between names
    i = 0
    ended = False  # the name being read was closed by a comma
    while i < len(tokens):
        tok = tokens[i]
        core = tok.rstrip(",")
        if core.casefold() in _CONJUNCTIONS and (first >= 0 or names):
            if first >= 0:
                names.append((first, i - 1))
                first = -1
            i += 1
            ended = False
            continue
        if ended and first >= 0:
            names.append((first, i - 1))
            first = -1
        if first < 0 and names and (core in _NOT_NAMES or core in _ROLE_WORDS):
            # "Jane Doe and Ola Berg, The Independent": the outlet follows; "Ana Ruiz, Corresponsal en Bruselas":
            # a role, whose "en" is no conjunction between names.
            break
        if _NAME_TOKEN.fullmatch(core) and (core[0].isupper() or (first >= 0 and core in _NAME_PARTICLES)):
            first = i if first < 0 else first
            ended = tok.endswith(",")
            i += 1
            continue
        break
    rest_at = i
    if first >= 0:
        # A last run of one word, or an organisation, is the outlet or place: "OLA BERG, AFP".
        if i - first >= 2 and not _ORG_WORDS.intersection(t.rstrip(",") for t in tokens[first:i]):
            names.append((first, i - 1))
        else:
            rest_at = first
    elif names and tokens[i - 1].casefold() in _CONJUNCTIONS:
        return None  # a conjunction with no name after it: "By Jane Doe and" cut off
    # A label makes a longer list a byline ("By Jane Doe, John Roe, Ann Poe, Mark Moe and Sue Loe"), and
    # longer names ("Por José María de la Fuente": its particles are no words of the name's count).
    if not names or len(names) > (_LABELLED_MAX_NAMES if start else _BARE_MAX_NAMES):
        return None
    words = [[t.rstrip(",") for t in tokens[a:b + 1]] for a, b in names]
    if not all(
        2 <= _name_words(w) <= (4 if start else 3) and len(w) <= _NAME_MAX_TOKENS
        for w in words
    ) or any(_ORG_WORDS.intersection(w) for w in words):
        return None
    if any(w[0] in _NOT_NAMES or len(w[-1]) < 2 or not w[-1][0].isupper() for w in words):
        return None  # "The Independent", "Auf X", "Veduta del"
    rest_tokens = tokens[rest_at:]
    rest = " ".join(rest_tokens)
    caps = all(t.isupper() for w in words for t in w if not _particle(t))
    if caps and not start and not rest.strip(_BARE_SEPARATORS):
        # Capitals with a separator and nothing after it are as bare as capitals alone: a label ("ARTICLE
        # RÉSERVÉ ·" over "13 MIN"), not a byline.
        rest = ""
    if rest:
        # An outlet, a place, a role, a handle: short, and after a separator unless it is a name of its own.
        if rest[-1] in ".!?:-–—":  # not a sentence, nor a dateline: "São Paulo (AFP) -"
            return None
        after_comma = rest_at > 0 and tokens[rest_at - 1].endswith(",")
        if rest[0].islower() and not after_comma and not (
            len(rest_tokens) in (2, 3) and len(rest_tokens[0]) <= 4 and rest_tokens[-1][:1].isupper()
        ):
            return None  # "avec AFP", "with Reuters" name a source; "Three DJs replace Peel radio show" is a headline
        if len(rest_tokens) > (_TAIL_MAX_WORDS if after_comma or _TAIL_START.match(rest) else 3):
            return None
        if caps and not start and rest.isupper() and len(rest.strip(",|-—–• ")) > 4:
            return None  # a headline in capitals: "RATES RISE, FED SAYS"
    elif not start and (len(names) < 2 or caps):
        return None  # a name alone with no label could be a subhead or a headline in capitals
    # The names as written, with their own commas and conjunctions: "Jane Doe, John Roe and Ann Poe".
    return " ".join(tokens[names[0][0]:names[-1][1] + 1]).rstrip(",")


# A reporter named in brackets inside a dateline: "新华社上海4月19日电（记者 陈静）".
_BRACKETED_REPORTER = re.compile(r"[（(](?:记者|記者) ?(?P<names>[^）)]{2,16})[）)]")
# TASS names its correspondent inside its credit: "КАЗАНЬ, 27 сентября. /Корр. ТАСС Сергей Орлов/.".
_SLASHED_REPORTER = re.compile(r"/(?:Корр|Спец\. корр)\. ТАСС (?P<names>[А-ЯЁ][а-яё]+(?: [А-ЯЁ][а-яё]+){1,2})/")
# A source in brackets before the names, a closing "=" after them: "[KBS 뉴스] 이지은 기자", "(서울=연합뉴스)
# 최수진 기자 =".
_LEADING_BRACKET = re.compile(r"^[\[【(（][^\]】)）]{1,20}[\]】)）] ?")
_TRAILING_EQUALS = re.compile(r" ?=$")
# Japanese papers sign a wire or staff story with the reporters' names in brackets, alone on a line:
# "（高橋美咲）", "（高橋美咲、伊藤大輔）". Three to five ideographs a name, so "（共同）", "（了）" or "（ロイター）" is
# none, nor an agency's or a paper's name ("（共同通信）", "（時事通信社）", "（朝日新聞）").
_BRACKETED_SIGNATURE = re.compile("（(?P<names>[\u4e00-\u9fff]{3,5}(?:、[\u4e00-\u9fff]{3,5}){0,3})）")
_AGENCY_ENDING = re.compile("通信|新聞|新闻|[社電电報报]$")
# A byline's label after a source's on one line: "来源：东方日报网 作者：刘娜 赵娜".
# A correspondent's role and the outlet before a colon: "مراسل الجزيرة:", "مراسلو أخبار الساعة:" (Arabic papers).
_ROLE_LABEL = re.compile(r"(?:مراسلو|مراسلي|مراسلة|مراسل)(?: [\u0600-\u06ff]{2,12}){0,3} ?[:：] ?")
# What another pass left after the names when it cut a note off the line: a separator or a decoration ("مراسلو
# أخبار الساعة: محمد منصور وليلى حداد /", "记者 李娜 王洋 张静 🔴").
_TRAILING_MARKS = re.compile("(?:\\s*[/|｜·•\u2190-\u21ff\u2500-\u27bf\U0001f300-\U0001faff])+$")
# How a paper's or an agency's name ends in Chinese, Japanese and Korean ("Times", "News", "Daily", "Shimbun").
_OUTLET_ENDING = re.compile("(?:タイムズ|ニュース|新聞|新闻|日報|日报|晚报|通信|통신|신문|일보|뉴스)$")
_MID_LABEL = re.compile(r"\s(?:作者|记者|記者|撰文)[:：]\s*")


def _caseless(text: str) -> str | None:
    reporter = _BRACKETED_REPORTER.search(text)
    if reporter is not None:
        names = [t for t in _CASELESS_SEP.split(reporter["names"]) if t]
        return ", ".join(names) if all(_HAN_HANGUL_KANA.fullmatch(t) for t in names) else None
    body = _TRAILING_EQUALS.sub("", _LEADING_BRACKET.sub("", _TRAILING_MARKS.sub("", _glued_and(text.strip()))))
    if not body:
        return None
    labelled = False
    mid = _MID_LABEL.search(body)
    if mid is not None and mid.start() > 0:
        body, labelled = body[mid.end():], True  # "来源：东方日报网 作者：刘娜 赵娜 | 发布时间：..."
    elif (role := _ROLE_LABEL.match(body)) is not None:
        body, labelled = body[role.end():], True  # "مراسلو أخبار الساعة: يوسف منصور ومريم الحسن"
    for label in _CASELESS_LABELS:
        if body.startswith(label):
            after = body[len(label):]
            stripped = after.lstrip(" :：｜|・／＝=")  # "文・渡辺健", "文／张静", "取材・文＝佐藤美咲"
            if stripped != after or (label == "بقلم" and after.startswith(" ")):
                body, labelled = stripped, True
                break
    tail = _CASELESS_TAIL.search(body)
    tailed = tail is not None and tail.start() > 0
    if tailed:
        body = body[:tail.start()]
    tokens = [t for t in _CASELESS_SEP.split(body) if t]
    if len(tokens) >= 2 and _OUTLET_ENDING.search(tokens[0]) and not _OUTLET_ENDING.search(tokens[-1]):
        # The paper's name before its reporters': "北斗タイムズ 渡辺翔太", "东方日报 刘娜 赵娜".
        tokens, labelled = tokens[1:], True
    roled = False
    while tokens and (tokens[-1] in _CASELESS_ROLES or tokens[0] in _CASELESS_ROLES):
        tokens.pop(-1 if tokens[-1] in _CASELESS_ROLES else 0)
        roled = True
    for role in _CASELESS_ROLES:  # "編集委員・田中健" split above; "本报记者 刘洋" too; a glued role "陈静记者"
        if tokens and len(tokens[-1]) > len(role) + 1 and tokens[-1].endswith(role):
            tokens[-1] = tokens[-1][:-len(role)]
            roled = True
    if not tokens or not (labelled or roled or tailed or len(tokens) >= 2):
        return None
    arabic = _ARABIC_WORD.fullmatch(tokens[0]) is not None
    if arabic:
        # Two or three words a name: "خالد إبراهيم وليلى منصور" split at the glued "و".
        if not all(_ARABIC_WORD.fullmatch(t) for t in tokens) or len(tokens) > 9:
            return None
        names = _arabic_names(body)
        if names is None or not (labelled or roled or tailed) or (
            not (labelled or roled) and len(tokens) != 2 and len(names) < 2
        ):
            # Unlabelled, one name of two words ("فاطمة حسن - دبي") or a list of names ("أحمد منصور وليلى منصور -
            # بروكسل"), not a caption's words before its credit.
            return None
        return ", ".join(names)
    if len(tokens) > 4 or not all(_HAN_HANGUL_KANA.fullmatch(t) and 2 <= len(t) <= 5 for t in tokens):
        return None
    if not (labelled or roled) and tailed and len(tokens) == 1 and not _bracketed_role(text):
        return None  # "澎湃新闻 | 科技": a site and its section, not a name
    if not (labelled or roled) and any(_HANGUL.fullmatch(t) and len(t) != 3 for t in tokens):
        return None  # Korean names are three syllables: "박준호, 최수진", not buttons ("기사, 듣기")
    if not (labelled or roled) and any(_KANA.fullmatch(t) for t in tokens):
        return None  # Japanese names are in kanji: words in kana alone are buttons ("ツイート シェア はてブ")
    return ", ".join(tokens)


# "Jane Doe in Kyiv" (the Guardian), "Anna Müller berichtet aus Brüssel" (German papers), perhaps with a stamp
# after a dash: "Anna Müller berichtet aus Brüssel — Aktualisiert am 2. Mai 2022, 10:00 Uhr".
_NAME_IN_PLACE = re.compile(
    r"(?P<name>[^\n]{2,80}?) (?P<verb>in|berichtet aus|berichten aus|reports from|reporting from) "
    r"[A-Z][\w.’'\-]{1,30}(?: [A-Z][\w.’'\-]{1,30}){0,2}(?: [—–|·] [^\n]{1,60})?"
)


def placed_byline(text: str) -> tuple[str | None, bool]:
    """The names of a byline that says where its authors are ("Jane Doe in Kyiv", "Anna Schäfer und Anna Weber
    berichten aus Brüssel"), or None; and whether it is surely no headline: it says they report from there, or
    names several of them ("Angela Merkel in Washington" may be a headline)."""
    placed = _NAME_IN_PLACE.fullmatch(text)
    if placed is None:
        return None, False
    name = placed.group("name")
    # One name has no comma: "Aibd, Cedel, Euroclear Join in Trade Match System" is a headline, whose words
    # between the commas are no names of two words.
    names = name if is_name(name) and "," not in name else byline_names(name)
    if names is None:
        return None, False
    return names, placed.group("verb") != "in" or _NAME_SEPARATORS.search(names) is not None


_BUTTON_WORDS = frozenset(
    "Article Story Gift Share Save Print Listen Watch Read Now Live Video Audio Photos Updated Published Comments "
    "Follow Subscribe More Latest Top Breaking Home Opinion Analysis Exclusive Explainer".split()
)


def bare_names(text: str) -> str | None:
    """The names of a line that is a name and nothing else ("Дмитрий Попова", "Jane Doe"), or a list of names in
    Arabic script with no label ("خالد الخطيب، يوسف الحسن ومحمد حداد"), or None. Weaker than ``byline_names``:
    such a line is a subhead, a place or a caption as often, so only the line under a headline is read so."""
    text = _glued_and(text)
    tokens = text.split()
    if not text.isascii() and _ARABIC_WORD.fullmatch(tokens[0]) is not None:
        names = _arabic_names(text) if all(_ARABIC_WORD.fullmatch(t.strip("،")) for t in tokens) else None
        return ", ".join(names) if names is not None and len(names) >= 2 else None
    if not 2 <= len(tokens) <= 3 or text.isupper() or not text[-1].isalpha() or _ORG_WORDS.intersection(tokens):
        return None  # "BREAKING NEWS", "Food Stores." (a sentence's end), "Redacción El Universal"
    if _BUTTON_WORDS.intersection(tokens):
        return None  # buttons English pages set in title case: "Gift Article", "Listen Now"
    return text if all(_NAME_TOKEN.fullmatch(t) and t[0].isupper() and t not in _NOT_NAMES for t in tokens) else None


def signature_names(text: str) -> str | None:
    """The reporters a line of names in brackets signs ("（高橋美咲）", "（高橋美咲、伊藤大輔）"), or None. A weaker
    sign than a byline: a photo agency or a note is set the same way ("（视觉中国）", "（本文已修订）"), so the
    head takes it only when no byline stands there."""
    signed = _BRACKETED_SIGNATURE.fullmatch(text.strip())
    if signed is None or _AGENCY_ENDING.search(signed["names"]):
        return None
    return ", ".join(signed["names"].split("、"))


def _bracketed_role(text: str) -> bool:
    m = re.search(r"[(（]([^)）]{1,8})[)）]", text)
    return m is not None and any(role in m.group(1) for role in _CASELESS_ROLES)


# Arabic "and" set apart from the next name, as some pages do: "أحمد منصور و ليلى منصور".
_SPACED_AND = re.compile(r"(?<= )و (?=[\u0600-\u06ff])")


def _glued_and(text: str) -> str:
    return _SPACED_AND.sub("و", text) if " و " in text else text


def _arabic_names(body: str) -> list[str] | None:
    # The Arabic comma between names, or a Latin one on a page set in both scripts: "مريم الخطيب، نور الحسن".
    words = body.replace("،", " ، ").replace(",", " ، ").split()
    names: list[list[str]] = [[]]
    for w in words:
        if w == "،":
            names.append([])
        elif w.startswith("و") and len(names[-1]) >= 2 and len(w) > 2:
            names.append([w[1:]])
        else:
            names[-1].append(w)
    if not all(2 <= len(n) <= 3 for n in names):
        return None
    return [" ".join(n) for n in names]
