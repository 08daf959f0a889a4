"""Shape cues of page furniture written as a sentence, and the words a run of lines shares with a story.

Furniture a page inserts into or appends to a story is mostly short lines, judged by place and shape
(``structure``). Some of it is a whole sentence: a newsletter box ("Get the news in your inbox."), an author's
note ("About the author: ..."), a correction ("Correction: an earlier version ..."), a comments or consent
prompt. Such a sentence is told from a story sentence by how it is written, not by its words:

- it speaks to the reader (second person) or as the site (first person plural), outside any quotation;
- it carries a link, a handle or an address (``http``, ``www.``, ``@``);
- it opens with a short label and a colon ("Update, April 19: ...") and is short;
- it is wholly in brackets ("(Reporting by ...)").

A quoted sentence is story text (speech), whatever it says. All tests are linear in the line's length.
"""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.dateline import script_of
from wirewash.transforms.core.cleaning.normalise import cjk_characters, count_words
from wirewash.transforms.core.cleaning.regex_shape import led
from wirewash.transforms.core.cleaning.structure import Line

# Second person and the site's first person plural, by language: grammar, not any outlet's wording. Only
# forms that are no common word of another listed language: not "us" (the US in lower-case wire copy), "ton"
# (English), "te"/"ta"/"tu"/"nos"/"seu"/"ihr" (short, shared or "her"/"their"). Chinese, Japanese and Korean
# are matched as substrings.
_READER_WORDS = frozenset(
    "you your yours yourself you've you're you'll you'd you’ve you’re you’ll you’d our ours "  # en
    "usted ustedes tus contigo vosotros nuestro nuestra nuestros nuestras "  # es
    "vous votre toi nous notre "  # fr
    "ihnen dich dein deine deinen deinem deiner unser unsere unseren "  # de
    "você vocês nosso nossa nossos nossas "  # pt
    "vostro vostra tuoi nostro nostra nostri nostre "  # it
    "вы вас вам ваш ваша ваше ваши вашем вашей вашего ты тебя тебе твой нас нам наш наша наши "  # ru
    "أنت لك لكم نحن".split()  # ar
)
_READER_CJK = ("你", "您", "あなた", "皆さん", "당신", "여러분", "구독", "登録", "订阅")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")  # "pay-as-you-go" is one word, and not "you"
# A link, an address, a handle; not a handle in brackets, which attributes an embedded post (``embeds`` takes
# its attribution line, "— Jane Doe (@janedoe) May 4, 2019") or names an account in a story sentence.
_LINK = re.compile(r"https?://|www\.|[^\s(]@\S|(?:^|\s)@\w|\.com/")
_LINK_LINE_MAX_WORDS = 6
_QUOTE = re.compile("[\"“”«»„「」『』]")
# "Update, April 19:", "Korrektur:", "About the author:", "Rectificatif :": one to four words, no brackets,
# before a colon that opens the line (the full-width colon of CJK text too), then a clause of three words or
# more. Not "He said: ..." before a quotation (speech), not "Astronaut (NR): ..." or "[1] Title: ..." (a
# results table, a reference), not "Replacements: Elloway, Sigley, Page." (a line-up: a list of names).
_LABEL = re.compile(r"[^\s:：()\[\]]+(?: [^\s:：()\[\]]+){0,3} ?[:：] *(?![\"“«„])(?P<rest>\S.*)")
# Sentence-shaped furniture is short; a long paragraph with a cue is story text that quotes or addresses.
FURNITURE_SENTENCE_MAX_WORDS = 16


def reader_addressed(text: str) -> bool:
    """Whether ``text`` speaks to the reader or as the site (second person, first person plural)."""
    if not _READER_WORDS.isdisjoint(_WORD.findall(text.casefold())):
        return True
    return any(w in text for w in _READER_CJK)


# The writer's first person singular, by language: a story's author speaks so ("But this story isn't about me."),
# the page's furniture speaks as the site or to the reader. Only forms that are no common word of another listed
# language (not "me", Spanish and French "me" too, nor "mi", "ma", "mes").
_WRITER_WORDS = frozenset(
    "i me my mine myself i'm i've i'd i'll i’m i’ve i’d i’ll "  # en
    "yo conmigo "  # es
    "je moi "  # fr
    "ich mich mir "  # de
    "eu comigo "  # pt
    "io "  # it
    "я меня мне".split()  # ru
)


def writer_speaks(text: str) -> bool:
    """Whether ``text`` speaks in its writer's first person singular (``_WRITER_WORDS``)."""
    return not _WRITER_WORDS.isdisjoint(_WORD.findall(text.casefold()))


def has_link(text: str) -> bool:
    """Whether ``text`` carries a link, handle or address as furniture does: anywhere in a short fragment, at
    the end of a sentence ("Send tips to desk@example.com."). A sentence that goes on after its link is the
    story's
    ("Results are posted at https://... every hour, officials said.")."""
    m = _LINK.search(text)
    if m is None:
        return False
    if text.rstrip()[-1:] in ".!?。":
        return " " not in text[m.start():].strip()
    # A fragment: a handle or address line ("Follow us @desk"), not a quoted post ending in its picture link.
    return len(text.split()) <= _LINK_LINE_MAX_WORDS


def labelled(text: str) -> bool:
    """Whether ``text`` opens with a short label and a colon ("Correction: ...", "Foto: ...")."""
    if ":" not in text and "：" not in text:
        return False  # no colon anywhere (most lines): no label
    m = _LABEL.match(text)
    if m is None:
        return False
    rest = m["rest"].split()
    return len(rest) >= 3 and 2 * sum(w.endswith(",") for w in rest) < len(rest)


def bracketed(text: str) -> bool:
    """Whether ``text`` is wholly in one pair of brackets: "(Reporting by ...)", "【...】", "[...]"."""
    return len(text) > 2 and text[0] in "([【［（" and text[-1] in ")]】］）" and text.count(text[0]) == 1


_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-Я"
# A picture's credit closing a caption: "... REUTERS/Jane Doe", "... - João Silva/Folhapress", "(AP Photo/Tom
# Brennan)", "(Foto: Elena Mansilla)", "... . Bild: Keystone", "© SPIEGEL".
_NAME = rf"[{_UP}][\w.'’-]*(?: [\w'’-]+){{0,3}}"  # one to four words, the first capitalised
_CAPS = rf"[{_UP}][\w'’-]*(?: [{_UP}][\w'’-]*){{0,3}}"  # one to four capitalised words: a name
_CREDIT = re.compile(
    # The slash may chain a photographer, an agency and a library: "Jane Doe/AFP/Getty Images".
    rf"©|(?:^|[\s(]){_CAPS}(?: ?/ ?{_CAPS}){{1,3}}\)?$"
    rf"|\([^():]{{1,30}}: {_NAME}\)$"
    # The label in a script without case too: "متداول في البورصة. - صورة: Getty Images"; after any dash, as g1
    # sets it: "... após a reunião. — Foto: Rafael Albuquerque/g1".
    rf"|(?:\. |\| |[-–—] )[{_UP}\u0621-\u064a]\w{{1,15}}(?: \w{{1,15}})? ?: [^\s.:]+(?: [^\s.:-]+){{0,3}}$"
    # The New York Times' "Credit...Kenji Watanabe for The New York Times", run on after the caption or not.
    rf"|Credit(?:\.\.\.|…) ?{_NAME}(?: for [^\n]{{1,40}})?$"
    # A picture's source alone in brackets: a picture desk's word ("(Supplied)", "(PA Wire)", "(Getty Images)"), or
    # an agency in lower case as Italian captions set it ("... , martedì. (ansa)"); "(AFP)" closing a paragraph
    # is a wire story's sign-off, and "(ePA)" a term's abbreviation.
    r"|\((?:(?i:supplied|handout|file photo|getty images|pa wire|pa media|imago|keystone|archivo|foto d['’]archivio)"
    r"|ansa|afp|ap|epa|reuters|lapresse|ftg)\)$"
)


def credited(text: str) -> bool:
    """Whether ``text`` closes with a picture credit (or holds a rights sign): a caption's shape."""
    # What each branch of _CREDIT holds: the sign, the name's slash, a closing bracket at the end (or before a
    # last newline), a label's colon and space. A story paragraph holds none of them mostly, and the search
    # tries the capitalised-name branch at every word (4 us a paragraph).
    if not ("©" in text or "/" in text or ")" in text[-2:] or ": " in text or "Credit" in text):
        return False
    return _CREDIT.search(text) is not None


# Words that open a story sentence: where a teaser headline or a picture credit glued to the story ends. A
# capitalised one of these after a lower-case word ("... elections The vote ...") or before one ("...
# Elections The vote ...").
STARTERS = frozenset(
    ["The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "On", "At", "But", "And", "This", "That", "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "After", "Before", "When", "While", "As", "For", "If", "Since", "Although", "Despite", "Officials", "Police", "Authorities", "Meanwhile", "However", "El", "La", "Los", "Las", "Un", "Una", "Le", "Les", "Der", "Die", "Das", "Ein", "Eine", "Il", "Lo", "Gli", "O", "Os"]
)
# A title before a name: it opens a story sentence ("Mr Straw used ..."), never a picture credit's name.
_HONORIFICS = frozenset(["Mr", "Mrs", "Ms", "Dr"])
# Words that open a story's sentence before a name or a capitalised word, and never stand in a credit's name: the
# sentence openers, and "... /The West Australian Under Mr Ebbers' leadership, ...".
_CREDIT_ENDERS = STARTERS | frozenset(["Under", "Over", "With", "From", "By", "During", "Following", "Amid", "Without", "Through",
                            "Against", "Among", "Until", "Once", "Unless", "Because", "Where", "Why", "How", "What",
                            "Who", "Which", "According"])
OPENING_QUOTES = "\"“‘«„"
# What follows an agency's capitals inside its credit ("AAP Image/...", "AP Photo/...", "PA Wire", "AFP via ...").
_AGENCY_CREDIT_WORDS = frozenset(["Photo", "Photos", "Image", "Images", "Picture", "Pictures", "Wire", "Media",
                                  "Press", "Newswire", "via"])
_AGENCY_MAX_CHARS = 6
_CREDIT_SLASHES = frozenset("/|-–—")
NON_LATIN = 0x370  # Greek, Cyrillic and every script after them; below: Latin with its diacritics


def story_after_credit(text: str, at: int, max_tokens: int, agency_first: bool = False) -> int | None:
    """Where the story sentence starts after a picture credit's words that begin at ``at``, in a caption run
    into a paragraph ("REUTERS/Ana Ruiz | There is ...", "Divulgação | Are the people ..."): at the first
    capitalised word a lower-case word follows (a sentence's opening) or at a sentence opener (``STARTERS``,
    "Mr"), after at most ``max_tokens`` tokens of the credit, each capitalised or a slash. None when a word of
    the credit is not capitalised (a sentence, not a name). ``agency_first``: the credit opens with an
    agency's name, which may be in lower case ("© dpa"); a word in capitals there is the credit's ("REUTERS"),
    and so is a token that opens with no letter."""
    tokens = text[at:].split(" ")
    pos = at
    for i, tok in enumerate(tokens[:max_tokens + 1]):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if i and tok[:1].isupper() and nxt[:1].islower() and not (agency_first and tok.isupper()):
            return pos
        # A sentence opener or a title after the credit's first word is the story's, whatever follows it
        # ("Foto: Ana Ruiz/AFP The House committee ...", "Bild: Keystone However, Chittabrata Majumdar ..."), and
        # so is a quotation it opens ('Photo: Dow Jones "Many factions ...').
        if i and (tok.rstrip(",") in _CREDIT_ENDERS or tok in _HONORIFICS or tok[:1] in OPENING_QUOTES):
            return pos
        # An agency's capitals alone open the credit and close it ("Credit: AAP LG Card had been ..."), unless its
        # credit goes on with the picture's desk or a slash ("AAP Image/Dan Himbrechts", "PA Wire", "AP Photo/...").
        if i == 1 and tokens[0].isupper() and tokens[0].isalpha() and len(tokens[0]) <= _AGENCY_MAX_CHARS and (
            tok[:1].isupper() and "/" not in tok and tok not in _AGENCY_CREDIT_WORDS and nxt not in _CREDIT_SLASHES
            and not agency_first
        ):
            return pos
        # A credit in the page's script (Cyrillic, Greek, a script without case) before a story in Latin
        # script: the story starts where the script changes, its first words capitalised or not ("Фото:
        # Сергей Орлов/ТАСС Brian Kerr's side will ...").
        if i and tok[:1].isascii() and tok[:1].isupper() and any(
            c.isalpha() and ord(c) >= NON_LATIN for c in tokens[i - 1]
        ):
            return pos
        # An agency in lower case after the name's slash closes the credit ("Lena Fischer/dpa"): a capital
        # after it is the story's, however the story's first words are set ("... /dpa Shelley Taylor, analyst").
        # So does an agency in capitals after a name in mixed case ("Beatriz Lacerda/LUSA GEC Avionics ..."); not
        # a name in capitals after the agency ("EPA-EFE/OLIVIER HOSLET").
        before, slash, after = tokens[i - 1].rpartition("/") if i else ("", "", "")
        if i and tok[:1].isupper() and (
            after[:1].islower() or slash and len(after) >= 2 and after.isupper() and not before.isupper()
        ):
            return pos
        lenient = agency_first and (not i or not tok[:1].isalpha())
        if not (tok in _CREDIT_SLASHES or tok[:1].isupper() or lenient):
            return None
        pos += len(tok) + 1
    return None


# A clause giving the words to a speaker: "..., the spokesman said.", "..., dijo el ministro."
ATTRIBUTED = re.compile(
    r",[^,.]{0,40}\b(?:said|says|urged|told|added|dijo|afirmó|explicó|a (?:déclaré|dit|expliqué)|sagte|erklärte"
    r"|ha detto|ha spiegato|disse|afirmou|заявил\w*|сказал\w*|قال)\b"
)


def unattributed(text: str) -> bool:
    """Whether ``text`` speaks in the page's voice: no quotation mark, and no clause giving it to a speaker
    (``ATTRIBUTED``). A story reports a note, a disclaimer or a rule it quotes so."""
    return not quoted(text) and ATTRIBUTED.search(text) is None


def quoted(text: str) -> bool:
    if text.isascii():
        return '"' in text  # the only quotation mark of ASCII: a find, not the class tried at every position
    return _QUOTE.search(text) is not None


def furniture_sentence(text: str, words: int, voiced: bool | ReaderVoice = False) -> bool:
    """Whether a sentence of ``words`` words reads as furniture: short, unquoted, and addressed to the reader,
    carrying a link, labelled, or bracketed whole; or a paragraph of two or three such sentences, every one of
    them furniture ("Do you have a tip on a story we should be covering? Do you have a question about this
    story? Let us know via news@example.com.")."""
    if quoted(text):
        return False
    if words <= FURNITURE_SENTENCE_MAX_WORDS:
        return labelled(text) or furniture_line(text, voiced)
    if words > _FURNITURE_SENTENCES * FURNITURE_SENTENCE_MAX_WORDS:
        return False
    # A line with no full-width end split by the Latin ends alone: the lookbehind for one is tried at every
    # character (10 us a paragraph, against 1).
    pieces = _gaps(text).split(text)
    return 1 < len(pieces) <= _FURNITURE_SENTENCES and all(
        count_words(p) <= FURNITURE_SENTENCE_MAX_WORDS and (labelled(p) or furniture_line(p, voiced)) for p in pieces
    )


_FURNITURE_SENTENCES = 3
# A Latin-script sentence's end with a space after it: a stop after a lower-case letter, a figure, "%" or ")", and
# the quotation it closes ("U.S. Long" and "news@example.com." hold none). ``_INNER_END`` and ``_SENTENCE_GAP``
# both start from it. The stop first, then what stands before it looked behind for: a pattern opening on a class
# lets the regex engine skip to the next stop, where the lookbehind first was tried at every character.
_LATIN_END = r"[.!?](?<=[a-z\d%)][.!?])[\"”’']? +"
# Between two sentences: the end, then a capital or a Spanish question's or exclamation's opening mark ("covering?
# Do you", "... aquí. ¿Tienes ...?"), or after a full-width end; the stop stays with the sentence it closes.
_LATIN_GAP = re.compile(_LATIN_END + r"(?=[A-Z¿¡\"“])")
_SENTENCE_GAP = re.compile(_LATIN_GAP.pattern + r"|(?<=[。！？])")


# A stop after a lower-case letter, a figure or a bracket with a capital or a letter of a caseless script right
# after it, no space between: a block copied from the page's elements into the text ("... Cherkasky
# said.Scarica la nostra app ...", "... Pass the Mic.相关阅读：..."). "U.S.A", "3.5" and "Inc.com" hold none.
RUN_IN_END = re.compile(r"[.!?](?<=[a-z\d)][.!?])(?=[A-ZÀ-ÖØ-ÞА-ЯЁ\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])")


def _gaps(text: str) -> re.Pattern[str]:
    # The full-width end's lookbehind is tried at every character: only a text holding one needs it.
    return _SENTENCE_GAP if "。" in text or "！" in text or "？" in text else _LATIN_GAP


def sentences(text: str) -> list[str]:
    """``text`` cut between its sentences (``_SENTENCE_GAP``), each piece without the spaces after it; one piece
    when it holds one sentence."""
    pieces, at = [], 0
    for gap in _gaps(text).finditer(text):
        pieces.append(text[at:gap.end()].rstrip())
        at = gap.end()
    return [*pieces, text[at:]]


def last_sentence_at(text: str, start: int = 0) -> int | None:
    """Where the last sentence of ``text`` starts when another ends at or after ``start`` (``_SENTENCE_GAP``),
    or None: a caller after a short last sentence reads only the text's end."""
    at = None
    for at in (m.end() for m in _gaps(text).finditer(text, start)):
        pass
    return at if at is not None and at < len(text) else None


def furniture_line(text: str, voiced: bool | ReaderVoice = False) -> bool:
    """Whether a line of any shape carries a cue no story line has: a link, a picture credit, brackets round
    it all, a few words trailing off (``trails_off``), the reader addressed or the page named (unless
    ``voiced``: the story itself speaks to the reader, see ``speaks_to_reader``). A label alone is not one (wire
    tables close with "Note: full name of company is ..."), nor brackets round figures ("(Note - company earlier
    reported net profit 315.9 mln ...)")."""
    return (
        has_link(text)
        or trails_off(text)
        or credited(text)
        or (bracketed(text) and not any(c.isdigit() for c in text))
        or ((reader_addressed(text) or names_the_page(text)) and not voiced)
        or print_note(text)
        or translation_note(text)
        or wall_prompt(text)
    )


# The page itself named by a demonstrative and its medium, by language: "this article", "this report", "cet
# article", "este contenido", "diesen Artikel", "questa notizia", "esta matéria", "эта статья", "本文", "この記事",
# "이 기사", "هذا المقال". Furniture speaks of the page it is set on ("X contributed to this report.", "Comments
# are closed for this article.", "This story has been updated."); a story speaks of what happened. Of 116,086
# BBC and Reuters-21578 paragraphs, one of 16 words or fewer names the page ("You can hear more on this story
# on the BBC World Service's Go Digital programme.", a programme note). A blog naming its post ("In this
# article, I ...") speaks to its reader too, which ``voiced`` catches; a law's article is followed by what it
# belongs to or its number ("this article of the constitution", "cet article de la loi", "este artículo 5").
# Behind its first characters (``led``): searched in every short line, a third of the time.
_THE_PAGE = led(re.compile(
    r"(?i:\b(?:(?:this|these) (?:article|story|report|page|post|content|ad|advertisement)s?"
    r"|cet article|ce contenu|cette page|cet espace|ce reportage"
    r"|(?:este|esta) (?:artículo|contenido|texto|noticia|nota|página|información|artigo|conteúdo|notícia|matéria"
    r"|reportagem)"
    r"|(?:dieser|diesen|diesem|dieses) (?:artikels?|beitrags?|text|inhalts?)"
    r"|(?:questo|questa) (?:articolo|contenuto|notizia|pagina)"
    r"|(?:эт(?:а|у|ой|от|ого|ом)|данн(?:ый|ого|ая|ой)) (?:стать|материал|новост|публикац)\w*)\b"
    r"(?! (?:of|de|des|du|del|della|dello|der|do|da|dos|das|\d)))"
    r"|本文|この記事|本記事|이 기사|본 기사|هذا (?:المقال|التقرير|الخبر|النص)|هذه المادة"
))


def page_named(text: str) -> bool:
    """Whether ``text`` names the page it is on (``_THE_PAGE``) in any sentence shape."""
    return _THE_PAGE.search(text) is not None


def page_name(text: str) -> str | None:
    """The words by which ``text`` names the page it is on ("this article", "diesen Artikel"), or None."""
    m = _THE_PAGE.search(text)
    return None if m is None else m[0]


# A clause set off by a comma: a lower-case word after it ("The Times, which ..."), or any text after a full-width
# comma. A date's or a page reference's commas are followed by figures and capitals ("on June 6, 2026, Section
# B, Page 4").
_CLAUSE = re.compile(r", (?=[a-zß-ÿа-я])|[，、]")


def names_the_page(text: str) -> bool:
    """Whether ``text`` names the page it is on (see ``_THE_PAGE``) in a plain statement: not to introduce what
    follows (a line ending in a colon: "This post will discuss the following:"), and with no clause set off by
    a comma (``_CLAUSE``), as a story's report is ("The Times, which first reported the plan, said its staff
    contributed to this report.")."""
    return (
        not text.rstrip().endswith((":", "："))
        and _CLAUSE.search(text) is None
        and page_named(text)
    )


# The print edition named, by language: a note that the story also ran in the paper ("Appeared in the June 3,
# 2026, print edition.", "Publicado en la edición impresa del 3 de junio", "Erschienen in der Zeitung vom 3. Juni
# 2026", "Статья вышла в печатном номере", "نُشر في العدد الورقي", "原文刊于报纸第4版", "6月3日付の紙面から",
# "신문 3면"). The medium's words are a closed class, the paper's and its page's, not "print" alone (a mint prints
# notes) nor "edition" alone (a festival's 2026 edition).
_PRINT_EDITION = re.compile(
    r"(?i:\b(?:in print|print (?:edition|version|issue)|printed (?:in|edition|version|on)"
    r"|(?:edici[oó]n|versi[oó]n) (?:impresa|de papel|en papel)|impres[oa] (?:del|de)"
    r"|(?:[ée]dition|version) (?:papier|imprim[ée]e)|journal papier|paru dans (?:l'[ée]dition|le (?:journal|quotidien))"
    r"|print-?(?:ausgabe|version)|druckausgabe|gedruckten ausgabe|(?:zeitung|ausgabe) vom"
    r"|(?:edi[çc][ãa]o|vers[ãa]o) (?:impressa|em papel|de papel)"
    r"|(?:edizione|versione) (?:cartacea|stampata)|in edicola"
    r"|печатн\w+|в (?:номере|выпуске) (?:от|за|газеты))\b)"
    r"|الورقي|المطبوع|印刷版|纸质版|报纸第|第\d+版|刊于|朝刊|夕刊|紙面|지면|\d+면"
)
_PRINT_NOTE_MAX_WORDS = 24  # The New York Times' note runs to 21: "... Section B, Page 8 of the New York edition"
# The print headline the note quotes, and the page's links after it, are not counted: "A version of this
# article appears in print on May 3, 2023, Section B, Page 8 of the New York edition with the headline: ...
# Order Reprints | Today's Paper | Subscribe".
_PRINT_HEADLINE = re.compile(r" (?:with|under) the (?:headline|title)\b")


def print_note(text: str) -> bool:
    """Whether ``text`` is a note that the story ran in the print edition: a short line or sentence naming the
    print edition (``_PRINT_EDITION``) and a date or page (a figure) or the page as its subject
    (``page_subject``: "Artículo publicado en la edición impresa."), unquoted, before any print headline it
    quotes (``_PRINT_HEADLINE``). A story's sentence on a paper's print run is set in a paragraph of its own
    length; after the story a short one is the page's."""
    # The headline's literals looked for first: a split scans the line from each space.
    if " the headline" in text or " the title" in text:
        text = _PRINT_HEADLINE.split(text, 1)[0]
    return (
        count_words(text, _PRINT_NOTE_MAX_WORDS) <= _PRINT_NOTE_MAX_WORDS
        and (any(c.isdigit() for c in text) or page_subject(text))
        and not quoted(text)
        and _PRINT_EDITION.search(text) is not None
    )


# The page's own kind as a sentence's subject, with no article before it, as a page's note writes it ("Artículo
# publicado en la edición impresa", "Материал впервые опубликован ...", "Текст переведен ...", "紙面掲載記事です"):
# a story names a law's article by its number or what it belongs to ("Article 5 of the treaty"), and speaks of
# a report or a story with a determiner. Not "text" where it opens a story's noun phrase ("Text messages sent to
# ..."); Russian's "Текст переведен ..." is a note's. Chinese, Japanese and Korean nouns anywhere.
_PAGE_SUBJECT = re.compile(
    r"(?i:(?:article|artículo|artigo|articolo|artikel|beitrag|материал|статья|текст|публикация)"
    r"(?! (?:\d|of|de|del|des|du|der|di|do|da|№))\b)"
)
_PAGE_SUBJECT_CJK = re.compile("記事|本文|文章|기사")


def page_subject(text: str) -> bool:
    """Whether ``text`` opens with the page's own kind as its subject (``_PAGE_SUBJECT``) or, in a script
    without spaces, names it anywhere."""
    return _PAGE_SUBJECT.match(text) is not None or _PAGE_SUBJECT_CJK.search(text) is not None


# A translator's note, by language: translated from a language ("Translated from the Spanish", "Traduit de
# l'anglais", "Перевод с английского", "Aus dem Englischen übersetzt", "英語版の記事を翻訳したものです").
_TRANSLATED = re.compile(
    r"(?i:\btranslated (?:from|by)\b|\btraduit (?:de|par)\b|\btraducid[oa] (?:del?|por)\b|\btraduzid[oa] (?:do|da|por)\b"
    r"|\btradott[oa] (?:da|dal|dall|dallo|dalla)\b|\baus dem \w+en (?:übersetzt|von)|\bübersetzung aus\b|\bübersetzt von\b"
    r"|\bперевод (?:с|из)\b|\bпереведен\w* (?:с|из)\b|\bв переводе с\b)|を翻訳|より翻訳|から翻訳|译自|翻译自|مترجم|ترجمة"
)
_TRANSLATION_NOTE_MAX_WORDS = 10


def translation_note(text: str) -> bool:
    """Whether ``text`` is a short unquoted translator's note (``_TRANSLATED``) that opens on the translation or
    has the page as its subject ("Текст переведен с английского ..."; in a script without spaces, anywhere). A
    story's sentence names what was translated and sets it off in a clause ("The book, translated from the
    French, sold well.")."""
    if count_words(text) > _TRANSLATION_NOTE_MAX_WORDS or quoted(text) or _CLAUSE.search(text) is not None:
        return False
    m = _TRANSLATED.search(text)
    return m is not None and (m.start() == 0 or " " not in text.strip() or page_subject(text) or page_named(text))


# A subscriber wall's buttons, by language: the page's verbs to read on, to unlock the text or to log in
# ("Subscribe to continue reading", "Pour lire la suite, abonnez-vous", "Jetzt weiterlesen mit Plus", "Чтобы
# читать дальше, войдите", "登录后继续阅读全文", "ログインして続きを読む", "구독하고 전문 보기"). A closed class of
# interface words, matched where a button sets them: opening the line or a clause, or after the purpose's "to"
# ("To keep reading, ..."), not after a subject ("He would continue reading the files.").
_READ_ON = (
    r"(?:continue|keep) reading|read (?:on|the full (?:story|article)|the rest|this (?:article|story))|unlock"  # en
    r"|(?:seguir|continuar|sigue) leyendo|desbloquea"  # es
    r"|lire la suite|continuer (?:à|a) lire|poursuivre (?:la|votre) lecture|débloquez"  # fr
    r"|weiterlesen|weiter lesen|freischalten"  # de
    r"|continuar (?:lendo|a ler)|continue lendo|desbloqueie"  # pt
    r"|continu(?:are|a) a leggere|sblocca"  # it
    r"|читать (?:дальше|далее|полностью)|продолжить чтение|продолжение доступно"  # ru
)
_READ_ON_AT = re.compile(
    rf"(?i:(?:^(?:\w+ )?|[,:.!?|—–-] |\b(?:to|para|pour|um|per|чтобы|und|and|e|y|et) )(?:{_READ_ON})\b"
    # "Subscribe to read more"; opening a line, "Read more about the plan ..." is a story's sentence too.
    r"|\bto read more\b"
    # The wall's offer in the imperative: "Subscribe for unlimited access", "Get unlimited access to ideas that
    # shape the world"; not a story's "Members get unlimited access to the gym".
    r"|(?:^|[.!?] )(?:subscribe|get|enjoy|try)\b[^.!?]{0,20}\bunlimited (?:digital )?access\b)"
    r"|(?:لمواصلة|لمتابعة|مواصلة|متابعة|أكمل) القراءة|继续阅读|繼續閱讀|阅读全文|閱讀全文|查看全文|解锁全文|解鎖全文"
    r"|続きを読む|続きは|全文を読む|계속 읽기|전문 보기|계속 보기"
)
# Logging in, offered as a button: after a question ("Already have an account? Sign in", "¿Ya eres
# suscriptor? Inicia sesión") or on a line that is no sentence.
_LOG_IN = re.compile(
    r"(?i:\b(?:log ?in|sign ?in|inicia(?:r)? sesi[oó]n|se connecter|connectez-vous|einloggen|anmelden"
    r"|fa[çc]a (?:o )?login|fazer login|entrar|accedi|войти|войдите)\b)"
    r"|تسجيل الدخول|سجّل الدخول|سجل الدخول|登录|登入|ログイン|로그인"
)
_WALL_PROMPT_MAX_WORDS = 12
# The wall's question over its log-in button: "already" and an account or a subscription, asked ("Already have
# an account?", "¿Ya tienes cuenta?", "Déjà abonné ?", "Schon ein Konto?", "Уже есть аккаунт?", "已有账号？").
# A page splits the button off as a widget of its own; the question stays alone.
_ALREADY = re.compile(
    r"(?i:\b(?:already|ya|déjà|bereits|schon|já|già|уже)\b)|بالفعل|已有|已是|已经是|既に|すでに|이미"
)
ACCOUNT = re.compile(
    r"(?i:account|subscri|member|abonn|suscri|cuenta|compte|konto|\babo\b|conta\b|assinante|abbonat|registr"
    r"|подпис|аккаунт|учётн|учетн)|حساب|مشترك|账号|账户|会员|会員|アカウント|회원|계정"
)
_WALL_QUESTION_MAX_WORDS = 8
# The wall's meter: free articles and how many are left, with the figure ("Free articles remaining: 1 of 3", "You
# have 2 free articles left this month", "Artículos gratuitos restantes: 2", "Il vous reste 2 articles gratuits").
_METER = re.compile(
    r"(?i:free (?:articles?|stories|reads)"
    r"|(?:articles?|art[ií]culos?|artigos?|articoli|stories) (?:gratuit|gratis|gratuito|kostenlos|gratuiti)\w*"
    r"|(?:gratuit|kostenlos|gratuit|gratis)\w* (?:artikel|articles?)|бесплатн\w+ (?:стат|материал)\w*)"
)
_METER_LEFT = re.compile(
    r"(?i:remaining|left|restantes?|restants?|verbleibend\w*|übrig|rimanent\w*|осталось|reste)"
)
# The meter run out: its limit named beside the free articles ("Has alcanzado el límite de artículos gratuitos de
# este mes", "You've reached your limit of free articles"), with no count left to give.
_METER_LIMIT = re.compile(r"(?i:\blimit|l[ií]mite|grenze|лимит)")
# The count left in the scripts without spaces: "残り4本の記事をお読みいただけます", "剩余3篇", "还可免费阅读2篇".
_METER_CJK = re.compile(r"残り\d+本|剩余\d+篇|还可(?:免费)?阅读\d+篇|남은 무료 기사")
_METER_MAX_WORDS = 14


def wall_prompt(text: str) -> bool:
    """Whether ``text`` is a subscriber wall's prompt: a short unquoted line asking to read on, to unlock the
    text (``_READ_ON_AT``), or to log in after a question or as a button (``_LOG_IN``), or the question over
    that button (``_ALREADY`` and ``ACCOUNT``); or its meter: the free articles (``_METER``) with a count left
    or their limit reached."""
    words = count_words(text)
    if words > _WALL_PROMPT_MAX_WORDS or quoted(text):
        return False
    if _READ_ON_AT.search(text) is not None:
        return True
    if words <= _METER_MAX_WORDS and (
        _METER_CJK.search(text) is not None
        or _METER.search(text) is not None and (
            any(c.isdigit() for c in text) and _METER_LEFT.search(text) is not None
            or _METER_LIMIT.search(text) is not None
        )
    ):
        return True
    if (
        text.rstrip()[-1:] in "?？؟" and words <= _WALL_QUESTION_MAX_WORDS
        and _ALREADY.search(text) is not None and ACCOUNT.search(text) is not None
    ):
        return True
    found = _LOG_IN.search(text)
    return found is not None and (
        any(q in text[:found.start()] for q in "?？؟") or not text.rstrip()[-1:] in ".!。！"
    )


# An ellipsis set close after the last word, closing a line, perhaps behind a trailing arrow ("Loading
# player... ›"). Set off by a space it is a writer's pause ("The bottom line ...", "So frustrating …").
_TRAILING_OFF = re.compile(r"(?<=\S)(?:…|\.{3}) ?[›»>→]?$")
# A placeholder is a few words: "Loading player...", "Cargando reproductor...", "视频加载中...", "Most read…".
_TRAILING_OFF_MAX_WORDS = 4
# In Chinese or Japanese, a run of up to 12 characters: kana spell a word in more characters than the two
# ``count_words`` gives a word ("プレーヤーを読み込み中", three words in 11 characters).
_TRAILING_OFF_MAX_CJK = 12


def trails_off(text: str) -> bool:
    """Whether ``text`` is a few words trailing off in an ellipsis, alone on their line: a widget's placeholder
    while it loads, or a link's text cut short ("Loading player...", "Ver más…"). It is no sentence: a story
    paragraph that trails off is longer, quoted ("We'll see..."), holds a sentence's end before it, or sets
    its ellipsis off as a pause ("So frustrating …")."""
    if _TRAILING_OFF.search(text) is None or quoted(text):
        return False
    head = _TRAILING_OFF.sub("", text).rstrip()
    return bool(head) and (
        count_words(head) <= _TRAILING_OFF_MAX_WORDS
        or (len(head) <= _TRAILING_OFF_MAX_CJK and cjk_characters(head) == len(head))
    ) and not has_inner_end(head)


def speaks_to_reader(lines: list[Line]) -> bool:
    """Whether a story speaks to its reader (a how-to, a blog, an interview's questions): one of its long
    unquoted paragraphs, longer than any furniture sentence, does, and is the story's. Then "you" marks no line
    as furniture. A long paragraph of the page's own speaks to the reader too ("By signing up, you agree to our
    Terms of Use ...", "Comments have to be in English ... our community guidelines", a newsletter's pitch) and
    must not silence the cues on every other line: it carries a link, and neither speaks as its writer ("the
    five steps I took") nor shares ``_VOICE_SHARED`` content tokens with the story's other sentences, where the
    story's own address shares six or more ("... feather duvet lung ... not something you should be worried
    about"). Each line's address is kept in its memo: the passes ask again every round."""
    for line in lines:
        if line.words <= FURNITURE_SENTENCE_MAX_WORDS:
            continue
        memo = line.memo.get("speaks")
        if memo is None or memo[0] != line.text:
            text = line.text
            memo = (text, not quoted(text) and reader_addressed(text) and not has_link(text))
            line.memo["speaks"] = memo
        if memo[1] and (writer_speaks(line.text) or _story_shared(line, lines)):
            return True
    return False


# Content tokens a paragraph speaking to the reader shares with the story's other sentences to be the
# story's: on blind7 dev every page's own address shared one at most ("commu", "offer"), every story's six or more.
_VOICE_SHARED = 2


def _story_shared(line: Line, lines: list[Line]) -> bool:
    mine = content_tokens(line.text)
    others: set[str] = set()
    for other in lines:
        if other is not line and other.sentence:
            others |= content_tokens(other.text)
    return len(mine & others) >= min(_VOICE_SHARED, len(mine))


class ReaderVoice:
    """``speaks_to_reader`` of ``lines``, worked out the first time it is asked (as a truth value): most
    articles have no line addressed to the reader, and then the question never comes up."""

    def __init__(self, lines: list[Line]) -> None:
        self._lines = lines
        self._value: bool | None = None

    def __bool__(self) -> bool:
        if self._value is None:
            self._value = speaks_to_reader(self._lines)
        return self._value


def _emoji(c: str) -> bool:
    # Pictographs and dingbats: "💪", "👇", "✅", "❤".
    return c >= "\U0001F000" or "\u2600" <= c <= "\u27BF"


class StoryScripts:
    """The scripts a story is written in, worked out from its body paragraphs (``bodies``) the first time a line
    asks: the script of most of them, and any other that two or more are in (a bilingual story's).

    A short line with no letter in any of them is furniture whatever its words: a page's widget labels in its
    own language set round a story in another ("محتوى مدفوع", "광고", "Пост в Telegram" between English
    paragraphs), a language menu. None of its words can be the story's. A story's own line in another script
    is quoted (speech), or a name beside words of the story's script ("Аккаунт: @name" in a Russian story)."""

    def __init__(self, bodies: list[Line]) -> None:
        self._bodies = bodies
        self._scripts: frozenset[str] | None = None

    def _story(self) -> frozenset[str]:
        if self._scripts is None:
            counts: dict[str, int] = {}
            for line in self._bodies:
                if (script := script_of(line.text)) is not None:
                    counts[script] = counts.get(script, 0) + 1
            top = max(counts, key=counts.__getitem__) if counts else None
            self._scripts = frozenset(s for s, n in counts.items() if n >= 2 or s == top)
        return self._scripts

    def foreign(self, line: Line) -> bool:
        """Whether ``line`` is a short unquoted line none of whose letters is in the story's scripts. Not a line
        introducing what follows (a colon: "他在微博上说："), nor one with an emoji: an embedded post's own text
        ("本日の決定についてのコメントです👇"), which stays as the post's other marks go (``embeds``)."""
        text = line.text
        if (
            line.words > FURNITURE_SENTENCE_MAX_WORDS or quoted(text) or text.endswith((":", "："))
            or any(_emoji(c) for c in text)
        ):
            return False
        story = self._story()
        if not story or (line.text.isascii() and "LATIN" in story):
            return False  # most lines: an English line in a story in Latin script
        letters = [c for c in text if c.isalpha()]
        return bool(letters) and all(script_of(c) not in story for c in letters)


_TOKEN = re.compile(r"[^\W\d_]{5,}")
# ``_TOKEN``'s words cut to five by the engine: a set of the matches' groups, not a comprehension slicing
# each word (a fifth of the cost on a 4 kB paragraph). A match starts at a word's start and takes all of it,
# as ``_TOKEN``'s does.
_STEM = re.compile(r"([^\W\d_]{5})[^\W\d_]*")
# ``_STEM`` in casefolded ASCII, where a letter is one of these: a range the engine tests three times faster
# than the Unicode class.
_ASCII_STEM = re.compile(r"([a-z]{5})[a-z]*")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]{2,}")


def content_tokens(text: str) -> set[str]:
    """Words of five letters or more cut to five (a crude stem: "households" and "household" meet), and the
    character pairs of runs in scripts written without spaces."""
    folded = text.casefold()
    if folded.isascii():
        return set(_ASCII_STEM.findall(folded))
    if _CJK.search(folded) is None:
        # No run of those scripts: no word is one, and no pairs come (one scan, not a match per word).
        return set(_STEM.findall(folded))
    out = {w[:5] for w in _TOKEN.findall(folded) if not _CJK.fullmatch(w)}
    for run in _CJK.findall(folded):
        out.update(run[i:i + 2] for i in range(len(run) - 1))
    return out


def held_tokens(tokens: set[str], text: str) -> set[str]:
    """``tokens & content_tokens(text)``, for a few ``tokens`` (content tokens) and a long ``text``. Outside the
    scripts written without spaces a token is held where a find meets it at a word's start, after no letter
    (``_STEM``'s runs start there, and its first five letters are the token): a find per token costs a fraction
    of collecting every word of a 4 kB paragraph (85 us in ASCII, 350 in other Latin text)."""
    if not tokens:
        return set()
    folded = text.casefold()
    if not folded.isascii() and _CJK.search(folded) is not None:
        return tokens & content_tokens(text)
    held = set()
    for token in tokens:
        at = folded.find(token)
        # ``[^\W\d_]``, the letters of ``_STEM``, is ``str.isalnum`` less the decimal digits.
        while at > 0 and (c := folded[at - 1]).isalnum() and not c.isdecimal():
            at = folded.find(token, at + 1)
        if at >= 0:
            held.add(token)
    return held


def share_with(items: list[str], story: set[str], least: int = 1) -> float:
    """The share of ``items`` that have ``least`` content tokens in ``story`` (all of theirs, when they have
    fewer): 0.0 for a list about other things. With ``least`` 2, one common word met by chance ("after",
    "official") does not make another story's headline the story's own."""
    if not items:
        return 0.0
    hits = 0
    for t in items:
        tokens = content_tokens(t)
        hits += bool(tokens) and len(tokens & story) >= min(least, len(tokens))
    return hits / len(items)


# A sentence's end with more text after it: "... steady. Traders said ...", "...。次の文".
_INNER_END = re.compile(_LATIN_END + r"[A-Z(\"“]|[。！？](?=.)")


def has_inner_end(text: str) -> bool:
    """Whether ``text`` holds a sentence's end with more text after it (two sentences, or one and a tail).
    Latin-script ends need a lower-case letter or a figure before them: "U.S. Long" is no end."""
    return _INNER_END.search(text) is not None


# A sentence opened by a short label and a colon: an interview's turn ("Q: Why now?", "Lindgren: None at all.")
# or a run-in head ("Why it matters: The cuts fall hardest on pensioners.").
# A label with a date or a comma is a stamp: "Update, July 2: Adds comment from the company."
_TURN = re.compile(r"(?P<label>[^\s:：()\[\],\d]+(?: [^\s:：()\[\],\d]+){0,2}) ?[:：] +\S")


def interview_turns(lines: list[Line]) -> set[int]:
    """Ids of the lines of ``lines`` that are turns of an interview or run-in heads: two or more labelled
    sentences in a row, whose labels recur (the speakers: "Q:", "A:") or that carry no furniture cue. A
    correction or an author's note stands alone."""
    out: set[int] = set()
    k = 0
    while k < len(lines):
        j = k
        labels = []
        while j < len(lines) and lines[j].sentence and (m := _TURN.match(lines[j].text)) is not None:
            labels.append(m["label"].casefold())
            j += 1
        run = lines[k:j]
        if len(run) >= 2 and (len(set(labels)) < len(labels) or not any(furniture_line(x.text) for x in run)):
            out.update(id(line) for line in run)
        k = max(j, k + 1)
    return out
