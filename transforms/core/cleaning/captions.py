"""A photo caption on a line of its own, in any zone: a short description closing on the picture's credit, or a
file-photo label.

A caption is told by how it ends, never by its words. Its credit (the credit shapes of ``cues.credited`` and
these, as outlets in the packs' languages print them):

- a dash or bar, a picture word and the source: "Manifestanti davanti a Montecitorio - Foto Ansa";
- a dash and an agency: "محتجون أمام البرلمان - أ ف ب", "Protesters gather outside parliament - Reuters";
- an agency or picture library in brackets after the description: "Protesters gather outside parliament.
  (Getty Images)"; a picture library's alone: "(Getty Images)";
- the photographer's mark in Chinese and Japanese: "图为城市夜景。王婷 摄", "新华社记者 杨磊 摄",
  "图为城市夜景。（记者 Amara Kowalski 摄）", "夕暮れの市街地（2025年9月撮影）";
- a file-photo label alone or as the credit: "Immagine d'archivio", "Photo d'illustration", "الصورة من
  الأرشيف", "资料图", "EFE/Archivo";
- a file-photo label or a picture word and a colon before one sentence: "File photo: Shoppers walk along a
  high street.", "Pictured: ...".

A bullet before the caption ("• Vista de la ciudad al atardecer. EFE/Elena Sánchez") is a slideshow's, not a
list's: no item of a story's list closes on a picture credit. A story sentence ends with its full stop, names an
agency as a source inside it ("..., Reuters reported."), or is longer than a caption; a quoted line is speech.
All tests are linear in a line's length.
"""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.byline import byline_names
from wirewash.transforms.core.cleaning.credits import AGENCY_NAMES, tail_credit
from wirewash.transforms.core.cleaning.cues import credited, has_inner_end, quoted
from wirewash.transforms.core.cleaning.learned.scored import english_page, leans_furniture
from wirewash.transforms.core.cleaning.matcher import LINE
from wirewash.transforms.core.cleaning.regex_shape import leads
from wirewash.transforms.core.cleaning.rules import en
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.structure import BULLET, Doc, Line, is_body

CAPTION_LINE = Rule(
    "caption_line", 1, "structural", "Manifestanti davanti a Montecitorio - Foto Ansa (between two paragraphs)",
    keep="Protesters gathered outside parliament on Sunday, Reuters reported.",
)

# A caption's description and credit; a story sentence with a caption run into its end is longer, and is
# ``glued``'s (the credit goes, the sentence stays).
_CAPTION_MAX_WORDS = 20
# The picture libraries and picture desks, and the agencies as their credit lines spell them
# (``credits.AGENCY_NAMES``).
_LIBRARIES = {
    "Getty Images", "Getty", "EPA", "EPA-EFE", "Shutterstock", "PA", "PA Media", "PA Wire", "Alamy", "Keystone",
    "Imago", "Europa Press", "LaPresse", "Folhapress", "Sputnik", "Kommersant", "غيتي", "إي بي إيه",
    "iStock", "Gallo Images", "Unsplash", "Pexels",
}
_SOURCE = "(?:" + "|".join(map(re.escape, sorted(
    {n for names in AGENCY_NAMES.values() for n in names} | _LIBRARIES, key=len, reverse=True
))) + ")"
# Picture libraries whose name alone over a description credits a picture: not "PA" (the Press Association's
# credit line too) nor the bare "Getty".
_LIBRARY_NAMES = _LIBRARIES - {"PA", "Getty"}
_LIBRARY = "(?:" + "|".join(map(re.escape, sorted(_LIBRARIES, key=len, reverse=True))) + ")"
# The picture word of a credit, in the packs' languages.
_PICTURE = r"(?i:photo|foto|bild|picture|image|imagen|imagem|immagine|фото|снимок|صورة|الصورة)"
# A file or illustration photo's label, in the packs' languages ("File photo", "Photo d'archives",
# "Imagen de archivo", "Archivbild", "Symbolbild", "Архивное фото", "صورة أرشيفية", "资料图", "資料写真").
_FILE_PHOTO = (
    r"(?i:file (?:photo|picture|image)|archive (?:photo|picture|image)|photo d['’](?:illustration|archives?)"
    r"|image d['’]archives?|imagen de archivo|foto de archivo|imagem de arquivo|foto de arquivo"
    r"|immagine d['’]archivio|foto d['’]archivio|archivbild|archivfoto|symbolbild|symbolfoto|архивное фото"
    r"|фото из архива|иллюстративное фото|صورة أرشيفية|صورة من الأرشيف|الصورة من الأرشيف|资料图(?:片)?|資料写真"
    r"|ファイル写真)"
)
_ARCHIVE = r"(?i:archivo|archiv|archives?|arquivo|archivio|архив|أرشيف)"
_CAPS = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]*(?: [A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]*){0,2}"
_CAPS2 = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+ [A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+"  # a name's first two words
_PICTURED_BY = r"(?i:by|de|von|di|par|por)"  # "Photo by", "Foto de", "Foto von", "Photo par"
_FOR = r"(?:for|para|pour|für|per)"
# A name set in capitals, two to four words: "DIEGO FUENTES", "ANTOINE LEFÈVRE".
_CAPS_NAME = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+){1,3}"
# A photographer on assignment for the paper, the paper's name in quotes, closing a caption after its
# description: "Une vue de Bruxelles, mardi. ANTOINE LEFÈVRE POUR « LE MONDE »". It ends on a closing quote,
# which ends sentences too: told before that test.
_FOR_PAPER = re.compile(
    rf"(?<=[^\W\d_]{{2}}[.!?]) ?(?:{_CAPS_NAME}|{_CAPS2}) (?i:{_FOR}) [«\"“„] ?[^«»\"“”\n]{{2,30}} ?[»\"”“]$"
)
# The link a picture desk sets after its credit, with a screen reader's note that it opens a tab: "... REUTERS/
# Jane Doe Purchase Licensing Rights, opens new tab". Read past, as a link's arrow is.
_NEW_TAB_LINK = re.compile(
    r"\s(?:[A-Z][\w-]*(?: [\w-]+){0,3},? )?\(?(?i:opens?(?: in)?(?: a)? new (?:tab|window)|öffnet (?:in )?(?:einem )?"
    r"neuen? (?:tab|fenster)|s['’]ouvre dans (?:un )?nouvel? (?:onglet|fenêtre)|abre en (?:una )?nueva (?:pestaña"
    r"|ventana))\)?$"
)
# A gallery's counter opening the caption of its picture: "[1/3]People walk past ...".
_GALLERY_COUNTER = re.compile(r"[\[(]\d{1,3} ?/ ?\d{1,3}[\])] ?")
# A picture's source after a caption's one sentence, with the story run on after it: "Fans celebrate
# after the final whistle. (AFP via Getty Images) The Edinburgh-based firm ..." (a wire's credit follows a place,
# not a sentence's end: "LONDON (Reuters) - ...").
_SOURCE_AFTER_CAPTION = re.compile(
    rf"(?<=[^\W\d_]{{2}}[.!?。]) ?[(（]{_SOURCE}(?: via [^()\n]{{1,30}})?[)）] (?=[^\W\d_])"
    # Or under the picture word's credit label, where the source's closed name marks where the story starts: "A
    # trader works on the floor of the exchange. Image credit: Shutterstock The latest threat ...".
    rf"|[.!?。] (?<=[^\W\d_]{{2}}[.!?。] ){_PICTURE}(?: (?i:credit))?[:：] {_SOURCE}(?: via [A-Z][\w-]*(?: [A-Z][\w-]*)?)?"
    r" (?=[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_])"
    # The credit's label or a bar right after the description's last word: "Workers at an assembly line Credit:
    # Reuters However, the dealers ...", "Commuters queue at a bus stop | Getty Images Since ...".
    rf"|(?<=[a-zß-ÿ]{{2}}) (?:Credit[:：]|{_PICTURE}[:：]|\|) {_SOURCE} (?=[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-ÿ])"
    # A photographer and the source in brackets, slashed, after the last word: "Aficionados durante el partido
    # (Lucía Fernández / AFP via Getty Images) He named ...".
    rf"|(?<=[^\W\d_]{{2}}) [(（][^()（）/\n]{{1,40}}/ ?{_SOURCE}(?: via [^()\n]{{1,30}})?[)）] (?=[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_])"
)


def source_end(text: str, window: int) -> int | None:
    """Where the story starts after a caption closing on its picture's source, in brackets or under a credit
    label, within the first ``window`` characters of ``text`` (``_SOURCE_AFTER_CAPTION``), when the caption is
    one sentence; else None."""
    m = _SOURCE_AFTER_CAPTION.search(text, 0, window)
    if m is None or _SENTENCE_INSIDE.search(text, 0, m.start() - 1) is not None or _BY.match(text):
        return None  # (a byline closing on its agency: "By Jane Doe | Reuters FRANKFURT (Reuters) - ...")
    return m.end()


_SENTENCE_INSIDE = re.compile(r"[^\W\d_]{2}[.!?。] ")
# How a caption's credit closes the line (after the description).
_CREDIT_END = re.compile(
    # "- Foto Ansa", "- أ ف ب", "- Archivbild"; not after a sentence's full stop: a story's last sentence and
    # the wire's sign-off ("... a survey showed. — Adnkronos >"), the tail's (``credits``).
    rf"(?<![.!?])\s[-–—|] (?:{_PICTURE}(?: {_PICTURED_BY}|[:：])? {_CAPS}|{_SOURCE}|{_FILE_PHOTO})$"
    # A photographer on assignment, after a dash or bar: "... at dusk — Owen Prescott for Daily Meridian".
    rf"|(?<![.!?])\s[-–—|] {_CAPS2}(?: [A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+)? {_FOR} {_CAPS}$"
    r"|\s/ ?사진 ?= ?\S{2,12}(?: 기자)?$"  # "... 시민들 / 사진 = 최유진"
    rf"|(?<=[.!?。]) ?(?:[(（]{_SOURCE}(?: via [^()\n]{{1,30}})?[)）]|{_FILE_PHOTO}\.?)$"  # ". (Getty Images)"
    rf"|\s[(（]{_PICTURE}[:：]? ?{_SOURCE}[)）]$"  # "... al tramonto (foto ANSA)"
    # A labelled credit in brackets naming a photographer or a desk, two capitalised words on: "(Credit: Olivia
    # Nakamura for Metro Tribune)". The label is any word, so a template's own label is read by its shape.
    rf"|\s[(（][^\W\d_][\w-]{{1,14}}[:：] {_CAPS2}[^()（）\n,;.]{{0,40}}[)）]$"
    # The same after the description's full stop, with no dash: "... in the capital. Jane Doe for Reuters".
    rf"|(?<=[^\W\d_A-Z]{{3}}[.!?]) {_CAPS2}(?: [A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+)? {_FOR} {_CAPS}$"
    # A file-photo label and the library or agency after the description: "... l'usine. Photo d'archives AFP".
    rf"|(?<=[.!?。]) ?{_FILE_PHOTO} {_SOURCE}$"
    r"|\sⓒ ?\S{1,20}$"  # Korean pages' circled c: "... 자료사진 ⓒ이서연"
    # A Chinese picture credit's label after the description, or the source's "picture" in brackets: "...
    # 长队。图源：路透社", "……（新华社图片）", "…… 图/王芳".
    r"|(?<=。)(?:图源|图片来源|图片|图|摄|供图|配图)[:：/／] ?[^\s。]{1,20}$|(?<=。)[^\s。]{1,20}(?:供图|摄)$"
    r"|[(（][^()（）\n]{1,20}(?:图片|供图|图)[)）]$"
    r"|(?:^|[。\s]|记者)[\u4e00-\u9fff]{2,4} ?摄[:：]?$"  # "图为城市夜景。王婷 摄"
    # The same mark in brackets after the description's full stop, whatever script the photographer's name is
    # in (a foreign staff photographer's keeps the Latin spelling): "……一景。（新华社记者 Amara Kowalski 摄）".
    r"|(?<=。)[(（][^()（）\n]{1,30} ?摄[)）]$"
    r"|[(（][^()（）\n]{0,20}撮影[)）]$"  # "夕暮れの市街地（2025年9月撮影）"
    # Japanese papers set the source after an equals sign: "会談に臨む閣僚＝共同", "…集まったデモ参加者。=Bloomberg",
    # "…＝ロイター", "…＝田中撮影", the day and the place before a photographer's mark ("…支持者=2024年4月7日、
    # ワシントン、高橋直樹撮影"). The source is a Latin or katakana name, a Japanese agency or a photographer's mark:
    # a headline's second clause after the sign ("日銀、利上げ決定＝市場予想通り") is none of them, nor one that
    # provides ("…＝中小企業に、資金を提供": only a photographer's mark follows the day and the place).
    r"|(?<=[\u3040-\u30ff\u4e00-\u9fff。）)])[=＝] ?(?:[A-Za-z][\w.&'’ -]{0,24}|[\u30a0-\u30ff・]{2,12}"
    r"|共同|時事|新華社|聯合|[^\s=＝。、]{1,12}(?:撮影|提供)|(?:[^\s=＝。、]{1,24}、){1,3}[^\s=＝。、]{1,12}撮影)$"
    # The photographer's name in capitals and the agency in brackets after the description's end, as Spanish
    # papers print it: "... frente al banco, este martes. DIEGO FUENTES (EFE)" (the space may be lost).
    rf"|(?<=[^\W\d_]{{2}}[.!?]) ?{_CAPS_NAME} [(（](?i:{_SOURCE})[)）]$"
    # A credit's label right after the description's last word, and the source: "Supporters gather outside the
    # venue Credit: Shutterstock", "Der Minister vor der Presse Foto: Jonas Becker/dpa"; or a picture library
    # alone in brackets: "The singer performs on stage (Gallo Images)".
    rf"|(?<=[^\W\d_]{{2}}) (?:(?:Photo|Picture|Image) [Cc]redits?|Credits?|CREDIT|Foto|Photo|PHOTO|Bild)[:：] {_CAPS}"
    r"(?:/[\w.-]{2,20})?$"
    rf"|\s[(（]{_LIBRARY}[)）]$"
    # An agency alone in brackets after a description with no full stop ("Commuters wait for a train (THE CANADIAN
    # PRESS)"), or a picture word and the photographer after a slash ("(Staff photo / Ben Carruthers)").
    rf"|(?<=[^\W\d_]{{2}})\s[(（](?i:{_SOURCE})[)）]$"
    rf"|\s[(（](?i:staff |file |handout )?{_PICTURE} ?/ ?{_CAPS2}[^()（）\n]{{0,30}}[)）]$"
    # What a desk writes for a picture it did not take, after the description's full stop: "... at the port.
    # Supplied", "... the match. - Screengrab", "... the summit. AP PHOTO".
    r"|(?<=[^\W\d_]{2}\.) (?:[-–—] )?(?i:supplied|screengrab|screenshot|handout|ap photo|file photo)$"
)
# What sets a credit off from the description before it: a sentence's end after a lower-case word, a dash or
# bar, an opening bracket, a rights sign.
# A wire's caption ends its description on the day's date ("... Kazakhstan, March 19, 2023. REUTERS/Pavel
# Mikheyev"): a year's full stop sets the credit off too.
_SET_OFF = re.compile(r"(?<=[^\W\d_A-Z]{3})[.!?] |(?<= (?:19|20)\d\d)\. |。|\s[-–—|] |[(（©]")
_SENTENCE_ENDS = frozenset(".!?。！？\"”»")
# A credit's own label: "Photo credit:", "Crédits :", "Crédito:", "Источник фото:", "مصدر الصورة:". Not a
# source's ("Source: Eurostat" under a story's figures).
_CREDIT_WORD = r"(?i:cr[ée]dits?|cr[ée]ditos?|credit|источник фото)|مصدر الصورة"
_PICTURE_CREDIT = re.compile(rf"/|©|{_PICTURE}(?: \w+)? ?[:：]|(?<![\w-]){_CREDIT_WORD} ?[:：]")
# A file-photo label alone, or a picture library's: "Immagine d'archivio", "资料图", "EFE/Archivo", "(Getty
# Images)". An agency alone in brackets ("(AFP)") is a credit line, the publisher's (``credits``).
_LABEL = re.compile(
    rf"{_FILE_PHOTO}[.。]?|{_SOURCE} ?/ ?{_ARCHIVE}|[(（]{_LIBRARY}(?: via [^()\n]{{1,30}})?[)）]"
)
_LABEL_LEADS = leads(_LABEL)  # most lines open otherwise: told before the match


def _file_label(text: str) -> bool:
    """Whether ``text`` is a file-photo label or a picture library's alone (``_LABEL``)."""
    return text[:2] in _LABEL_LEADS and _LABEL.fullmatch(text) is not None


# A caption's own label, the word for a picture's caption ("Pie de foto: ...", "Légende : ...", "Legenda: ...").
_CAPTION_WORD = r"(?i:caption|pie de foto|l[ée]gende|legenda|didascalia|bildunterschrift|bildtext|подпись)"
# A link's arrow or a cut-off's ellipsis the page sets after a caption ("Imagem de arquivo | Lusa >",
# "EFE/Archivo…"): no credit closes on it, so it is read past.
_LINK_END = re.compile(r"(?:\s?(?:[›»>→]|…|\.\.\.))+$")
_LINK_END_MAX_CHARS = 8
_BY = re.compile(r"(?i:by) ")
_BRACKETED_END = re.compile(r"\s*\([^()]{1,60}\)$")
# A file-photo label or a picture word opening the line before a colon, the description after it: "File photo:
# Shoppers walk along a high street.", "Photo d'archives : Des voyageurs en gare.", "Pictured: ...". A screen
# reader's label for the caption ends on a comma ("Image caption, Fans cheer before the match"), and the picture's
# enlarge button is set before it with a slash ("Enlarge / Fans celebrate outside the stadium. (Jane Doe)").
LABEL_FIRST = re.compile(
    rf"(?:(?:{_FILE_PHOTO}|{_PICTURE}|{_CAPTION_WORD}|(?i:pictured)) ?[:：]|(?:{_PICTURE} )?(?i:caption),"
    r"|(?i:enlarge) /) "
)
# Such a description is a short clause; a longer run holds the story's sentence a lost line break joined to it
# ("Pictured: Fans cheer before the match The bank also cut its ... rate").
LABEL_FIRST_MAX_WORDS = 12


def label_first(text: str) -> re.Match[str] | None:
    """``LABEL_FIRST.match(text)``: the picture label and its colon opening ``text``, or None."""
    # A colon's test skips the alternation of labels on most paragraphs; a single character is found by memchr,
    # a two-character needle (": ") by a scan that costs more than the match it would save.
    if ":" not in text and "：" not in text and "aption," not in text and text[:9].lower() != "enlarge /":
        return None
    return LABEL_FIRST.match(text)


def caption_line(text: str, words: int) -> bool:
    """Whether ``text`` (a whole line of ``words`` words) is a photo caption: at most 20 words, unquoted,
    closing on a picture credit or a file-photo label (see the module's docstring)."""
    if words > _CAPTION_MAX_WORDS:
        return False
    if text[-1] in "»\"”“" and _FOR_PAPER.search(text, max(0, len(text) - 80)) is not None:
        return True  # the paper's name in quotes: no speech, and its closing quote no link's arrow
    if quoted(text):
        return False
    bullet = BULLET.fullmatch(text)
    if bullet is not None:
        text = bullet["text"]
    if text[-1] in "›»>→….":
        # Within the last few characters: a search from the start would try every position of a long run.
        m = _LINK_END.search(text, max(0, len(text) - _LINK_END_MAX_CHARS))
        text = text[:m.start()] if m is not None and m.start() else text
    if text[-1] in "bwl)":  # "... new tab", "window", "Fenster", "onglet", "(opens in new tab)"
        m = _NEW_TAB_LINK.search(text, max(0, len(text) - 60))
        text = text[:m.start()] if m is not None and m.start() else text
    if text[:1] in "[(":
        m = _GALLERY_COUNTER.match(text)
        text = text[m.end():] if m is not None and m.end() < len(text) else text
    if not text:
        return False
    if _file_label(text):
        return True
    if _BY.match(text) and byline_names(text) is not None:
        return False  # a byline ending on its agency: "By Lucia Ferrante and Owen Blake | Bloomberg"
    label = label_first(text)
    # One description, perhaps its credit in brackets after it ("Enlarge / Fans celebrate. (Jane Doe)"): a
    # caption's, not a story's sentences.
    described = _BRACKETED_END.sub("", text[label.end():]) if label else ""
    if label and not has_inner_end(described) and len(described.split()) <= LABEL_FIRST_MAX_WORDS:
        return True
    if text[-1:] in _SENTENCE_ENDS and "©" not in text:
        return False  # a sentence's end closes no credit: most lines end the test here
    if _CREDIT_END.search(text, max(0, len(text) - 80)):
        return True
    # A credit of ``cues``' shapes ("... LUDOVIC MARIN / AFP", "... Фото: Дмитрий Лебедев/РИА Новости") set off
    # from a description by its sentence's end, a dash or a bracket; not after an abbreviation ("St. Lukes/
    # Roosevelt Hospital"), nor in a line all in capitals (telex copy: "U.S. TREASURY/FED").
    # The credit names a picture: a slash, a rights sign or a picture label, not any label ("Replacements: ...
    # Not used: Fury, Brooks", a line-up).
    return (
        credited(text) and not text.isupper() and _SET_OFF.search(text) is not None
        and _PICTURE_CREDIT.search(text, max(0, len(text) - 80)) is not None
    )


# A bracket closing a line after its last sentence's end, or a wire's end mark after its slash ("Lusa/Fim"): on
# the story's last line, the wire's own credit.
_CLOSING_CREDIT = re.compile(r"(?<=[.!?。]) ?([(（][^()（）\n]{1,40}[)）]|[^\s()（）/]{2,20}/[^\s()（）/]{2,10})$")


def _closes_on_credit(text: str) -> bool:
    """Whether ``text`` ends on a story's closing credit in brackets ("... a survey showed. (AFP)") or a wire's
    end mark ("... to do them. Lusa/Fim")."""
    m = _CLOSING_CREDIT.search(text, max(0, len(text) - 45))
    return m is not None and tail_credit(m[1])


def caption_lines(doc: Doc) -> None:
    """Photo captions on a line of their own, anywhere but the first line (the headline's place). A line a
    pack's line rule takes whole (a caption, a credit or a copyright line of its language) is left to that
    rule, which names it. The story's last line closing on an agency in brackets is the wire's sign-off run
    into its last sentence, not a caption: the tail takes the credit alone (cnote12 found "Economists had
    expected ... a survey showed. (AFP)" removed whole)."""
    kept = doc.kept()
    # A file-photo label or a picture library alone ("资料图", "EFE/Archivo") is no headline on the first line
    # either: a page without one opens on its picture.
    first = 0 if kept and _file_label(kept[0].text) else 1
    for line in kept[first:]:
        if line.words > _CAPTION_MAX_WORDS or line.memo.get("caption") == line.text:
            continue
        if line is kept[-1] and _closes_on_credit(line.text):
            continue
        if caption_line(line.text, line.words) and LINE[True, True].first(line.text, 0, "fullmatch") is None:
            doc.remove(line, CAPTION_LINE.name)
        else:
            line.memo["caption"] = line.text  # kept: not tested again while unchanged


# A picture's credit alone on its line, a picture word and a colon before the source ("Image: PA", "Foto: EFE",
# "Фото: ТАСС"), under the description it credits; and a caption's label alone ("Image caption,", "Legenda:"),
# over the description it labels (BBC's "Image source, AP" / "Image caption," / "Traders work ..."). A credit
# set as a source ("Image source, AP") stands over its caption, after the story's paragraph above it: not read
# as closing the line above.
_CREDIT_ALONE = re.compile(rf"(?:{_PICTURE}|(?i:photograph))s? ?[:：] ?[^\W\d_][^\n]{{0,60}}")
_LABEL_ALONE = re.compile(rf"(?:{_PICTURE} )?{_CAPTION_WORD} ?[:：,]?")
# A photographer and the paper in capitals ("Megan Hollis, USA TODAY") is a credit alone too, and so is a
# photographer and an agency after a slash ("Leah Abernathy/Bloomberg", the pack's picture credit).
_DESK_CREDIT = next(r for r in en.RULES if r.name == "picture_desk_credit").pattern
_PHOTO_CREDIT = next(r for r in en.RULES if r.name == "photo_credit").pattern


# Over a credit, a description is a sentence shorter than a lead: a 12-word lead may stand over the credit of
# the picture set under it ("By Jane Doe" / lead / "Image: PA" / story), and a gallery's counter, a stamp or a
# credit line over one ("Bild 1 von 3", "Обновлено 9 часа назад", "(con AFP)") is the head's or the tail's.
_OVER_CREDIT_MAX_WORDS = 10


def _description(line: Line, max_words: int) -> bool:
    """Whether ``line`` reads as a caption's description: one unquoted clause of ``max_words`` words at most."""
    text = line.text
    return (
        line.kept and 0 < line.words <= max_words and text[-1] not in ":;,"
        and not quoted(text) and not has_inner_end(text)
        and _CREDIT_ALONE.fullmatch(text) is None and _LABEL_ALONE.fullmatch(text) is None
    )


_UNPUNCTUATED_MIN_WORDS = 4


def _unpunctuated_description(line: Line) -> bool:
    """Whether ``line``, no sentence, reads as a picture's description: four words or more, no figure, no
    bracket first."""
    text = line.text
    return (
        not line.sentence and line.words >= _UNPUNCTUATED_MIN_WORDS and text[0] not in "([（"
        and not any(c.isdigit() for c in text)
    )


def described_pictures(doc: Doc) -> None:
    """A caption's description split from its credit or its label onto a line of its own: the line just under
    a caption's label alone, which goes with it, and the line just above a picture's credit alone
    (``_LABEL_ALONE``, ``_CREDIT_ALONE``), whether the credit is kept or already removed. Above a credit, only
    a short sentence (``_OVER_CREDIT_MAX_WORDS``) with no story paragraph over it: in the body, the short line
    over a credit may be the story's ("He denied the charges." over a credit set over its own caption), unless
    on an English page it scores as furniture (``scored.leans_furniture``: "Fans celebrate after the final
    whistle." over "Leah Abernathy/Bloomberg"). Not the document's first line, the headline's place, unless a
    title came with the text."""
    lines = doc.lines
    english: bool | None = None  # read once, and only for a sentence over a credit under a story paragraph
    # A page's own title (a record's, an HTML heading's) frees its first line: that is no headline's place.
    first = lines[0] if lines and doc.title_hint is None else None
    for i, line in enumerate(lines):
        text = line.text
        if not text or len(text) > 80:
            continue
        if text in _LIBRARY_NAMES and i + 2 < len(lines):
            # A picture library's name alone over the description, as BBC pages set the picture's source over
            # its caption ("Getty Images" / "Traders work on the floor of the exchange."), the story under it.
            under, story = lines[i + 1], lines[i + 2]
            if under is not first and _description(under, _OVER_CREDIT_MAX_WORDS) and is_body(story, doc.cfg):
                if line.kept:
                    doc.remove(line, CAPTION_LINE.name)
                doc.remove(under, CAPTION_LINE.name)
            continue
        desk = ("," in text or "/" in text) and _DESK_CREDIT.fullmatch(text) is not None or (
            "/" in text and _PHOTO_CREDIT.fullmatch(text) is not None
        )
        if ":" not in text and "：" not in text and "aption" not in text and not desk:
            continue
        if i > 0 and (desk or _CREDIT_ALONE.fullmatch(text) is not None):
            above = lines[i - 1]
            over = lines[i - 2] if i > 1 else None
            # A description set without its full stop ("Händler an der Börse in Köln" over "Foto: IMAGO") is
            # no story sentence wherever it stands; one with it is, under a story paragraph. Not a gallery's
            # counter, a stamp or a credit line ("Bild 1 von 3", "Обновлено 9 часа назад", "(con AFP)"): the
            # head's or the tail's.
            if above is first or not _description(above, _OVER_CREDIT_MAX_WORDS):
                continue
            if _unpunctuated_description(above) or (
                above.sentence and not (over is not None and over.kept and is_body(over, doc.cfg))
            ):
                doc.remove(above, CAPTION_LINE.name)
            elif above.sentence:
                if english is None:
                    english = english_page(doc)
                if english and leans_furniture(above.text):
                    doc.remove(above, CAPTION_LINE.name)
        elif i + 1 < len(lines) and _LABEL_ALONE.fullmatch(text) is not None:
            under = lines[i + 1]
            if under is not first and _description(under, LABEL_FIRST_MAX_WORDS):
                if line.kept:
                    doc.remove(line, CAPTION_LINE.name)
                doc.remove(under, CAPTION_LINE.name)
