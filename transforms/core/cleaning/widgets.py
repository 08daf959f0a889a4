"""Page widgets told by their shape wherever they stand: separator rules and end marks, the buttons and notice
of a cookie-consent banner, a row of share buttons that repeat their label, the comment section's headings,
buttons and commenter lines; and, by the words of ``boxes``, an ad slot's label (run into a story paragraph too)
and the lines of a newsletter or sign-up box.

None of these is story text in any zone, and each has a shape no story paragraph has:

- a separator or end mark is a line without letters made of dashes, stars or rules ("* * *", "———", "-0-",
  "- 30 -", the copy-desk end marks), not figures ("20,210" is an attendance, "1-0" a score);
- a consent banner is a run of buttons ("Accept all", "Manage preferences"), a short notice in the site's
  voice about cookies ("We use cookies to improve your experience.") and its heading (told in ``consent``);
- a comment section (Disqus, Coral, Viafoura, OpenWeb and the outlets' own) shows a heading with its count
  ("Comments (23)", "Комментарии (8)", "コメント(3)"), buttons that name comments and an action on them ("Show
  comments", "Sign in to comment", "Mostra commenti", "登录后发表评论"), and over each comment its author and
  age ("jdoe123 · 3h ago", "Maria García hace 2 horas"). A story's line about comments is a sentence or longer
  ("The ministry declined to comment on Monday.").
"""
from __future__ import annotations

import itertools
import re

from wirewash.transforms.core.cleaning.boxes import (
    AD_LABEL, AD_MAX_WORDS, BOX_LINE_MAX_WORDS, NEWSLETTER, ad_label, newsletter_box, restyled,
)
from wirewash.transforms.core.cleaning.consent import (
    CONSENT, CONSENT_NOTICE_MAX_WORDS, CONSENT_ROW_MAX_WORDS, consent_button, consent_heading, consent_notice,
)
from wirewash.transforms.core.cleaning.cues import has_inner_end, page_named, quoted, reader_addressed, unattributed
from wirewash.transforms.core.cleaning.generic import glued_tail, statement_before
from wirewash.transforms.core.cleaning.matcher import LINE, Words
from wirewash.transforms.core.cleaning.prompts import DISCLOSURE, disclosure_note
from wirewash.transforms.core.cleaning.regex_shape import leads, led
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.rules.shapes import RELATIVE_AGE
from wirewash.transforms.core.cleaning.shaped import undecorated
from wirewash.transforms.core.cleaning.structure import Doc, Line, is_sentence

SEPARATOR = Rule(
    "separator", 2, "structural", "* * *", keep="The vote was 3-2 - a narrow margin.",
)

# Three or more rule characters (spaces between allowed), or an end mark: a number of one or two digits
# between dashes ("-0-", "- 30 -", "-30-"). Dashes alone need two: "――".
_RULE_CHARS = r"\-–—―‐_=~*#+•·.◆◇■□●○★☆＊"
_SEPARATOR = re.compile(
    rf"(?:[{_RULE_CHARS}] ?){{3,}}|[-–—―‐]{{2,}}|[-–—―=#*] ?\d{{1,2}} ?[-–—―=#*]"
)
# Not the attribution line of an embedded post ("— Jane Doe (@janedoe) May 4, 2019"), which has letters: that is
# ``embeds``'.

CORRECTION_NOTE = Rule(
    "correction_note", 1, "structural",
    "Rettifica: in una precedente versione dell'articolo era indicata una data errata.",
    keep="An earlier version of the bill was rejected by the Senate in March, the minister said.",
)
# A correction note in words no pack lists, wherever the page sets it: a correction's label opening the line before
# a colon or in brackets ("Fe de errores: ...", "【訂正】...", "[Correction] ..."), or the note's own words on the
# text it corrects, an earlier version of the article or story ("una versión anterior de esta noticia atribuía
# ...", "An earlier version of this story misstated ..."). A story's sentence on an earlier version names a
# bill's, a plan's, a product's, not the article's.
_CORRECTION_LABEL = led(re.compile(
    r"(?i:(?:correction|corrección|fe de errores|rectificaci[óo]n|aclaraci[óo]n|rectificatif|correctif|erratum"
    r"|berichtigung|korrektur|richtigstellung|correção|errata|retificação|rettifica|precisazione|исправление"
    r"|поправка|уточнение|editor's note|note de la rédaction|nota de la redacci[óo]n|anmerkung der redaktion"
    r"|nota della redazione|nota da reda[çc][ãa]o"
    # A press-release wire's correction of a release it carried: "Correction to Business Wire release of Dec. 23,
    # 2025: In the second paragraph, ...".
    r"|correction to (?:the )?(?:[\w ]{1,30} )?(?:news |press )?release of [^:\n]{3,30})(?: ?[:：] | ?[)\]】]))"
    r"|(?:تصحيح|توضيح) ?[:：] |【(?:訂正|更正|정정)】|(?:訂正|更正|勘误|정정) ?[:：]"
))
_CORRECTION_LEADS = leads(_CORRECTION_LABEL)  # most lines open otherwise: told before the match
# An update note saying what the new version adds, as wires and sites set it over or under the story: the label,
# perhaps its date and time, then what was added ("UPDATE July 17, 2020: Adds comment from officials", "Updated
# 9:41 a.m.: This story has been updated with ...", "Article mis à jour à 9h55 avec la réaction du ministre",
# "Actualización 10:15: con declaraciones del alcalde"). A story's sentence on an update names what was updated
# ("Updated figures show ...") and adds nothing after a colon.
_UPDATE_NOTE = led(re.compile(
    r"(?i:(?:update[ds]?|mise à jour|actualizaci[óo]n|actualizado|aktualisierung|aktualisiert|aggiornamento"
    r"|aggiornato|atualiza[çc][ãa]o|atualizado)"
    # Its date and time, if any: "July 17, 2020", "9:41 a.m.", "17.07.2020, 10:15 ET".
    r"(?: (?:[^\W\d_]{3,9}\.? )?\d{1,2}(?:[:.h]\d{2})?(?:[.,]? ?\d{2,4})?(?:,? (?:at |à |um )?\d{1,2}[:.h]\d{2})?"
    r"(?: ?[ap]\.? ?m\.?)?(?: [A-Z]{2,4})?)? ?[:：] ?(?:adds?|added|adding|this (?:story|article) (?:has been|was)"
    r" updated|ajoute|añade|agrega|ergänzt|aggiunge|acrescenta|adiciona)\b"
    r"|(?:article|story|artículo|artikel|articolo|matéria|noticia|notícia|notizia|nouvelle|meldung|nachricht)"
    r" (?:mis à jour|mise à jour|updated|actualizad[oa]|aktualisiert|aggiornat[oa]|atualizad[oa])"
    r" (?:à|at|a las|um|alle|às) \d{1,2}[:.h]\d{2}\S* (?:avec|with|con|mit|com)\b)"
))
_EARLIER_VERSION = led(re.compile(
    r"(?i:\b(?:earlier|previous|prior) version of (?:this|the) (?:article|story|report)"
    r"|versi[óo]n anterior de (?:esta|este|la|el) (?:noticia|art[íi]culo|nota|informaci[óo]n)"
    r"|vers[ãa]o anterior (?:desta|deste|da|do) (?:not[íi]cia|artigo|reportagem|texto)"
    r"|version (?:pr[ée]c[ée]dente|ant[ée]rieure) de (?:cet|l'|l’)(?:article| article)"
    r"|(?:precedente versione|versione precedente) (?:dell'|dell’|di questo )articolo"
    r"|fr[üu]heren? (?:version|fassung) (?:dieses|des) (?:artikels|beitrags|textes)"
    r"|предыдущ\w* верси\w* (?:этой |этого )?(?:статьи|материала|новости)"
    r"|(?:this|the) (?:article|story) (?:was|has been) (?:amended|corrected) (?:on [^.]{3,30} )?to correct)"
))
# Most lines name none of these, and the search above tries its alternatives at every "e", "p", "t", "v" ...
# of the line; ``Words`` checks that they cover every alternative.
_EARLIER_VERSION_WORDS = Words(
    _EARLIER_VERSION, ("version", "fassung", "anterior", "article", "amended", "corrected", "предыдущ")
)
# A press-release wire's correction of a release it carried: "In the news release, <title>, issued <date> by
# <company> over PR Newswire, we are advised by the company that ...".
_RELEASE_CORRECTION = re.compile(r"(?i:in the (?:news|press) release,? [^\n]{0,200}?\bwe are advised by\b)")
_CORRECTION_MAX_WORDS = 40
# A byline the unwrapping ran a note into is no lead into it: its label or a separator ("By Jane Doe | An earlier
# version ..."); ``joined_note`` takes the note alone.
_LEAD_SEPARATOR = re.compile(r"[|·*•—–]")
_BYLINE_LABELS = ("by ", "por ", "von ", "par ", "di ", "escrito ", "de ")
_THIS_PAGE = re.compile(r"(?i:\bthis\b|\besta\b|\beste\b|\bdesta\b|\bdeste\b|\bcet\b|\bdieses\b|\bdi questo\b|этой|этого)")
_NOTE_LEAD_MAX_CHARS = 40


def correction_note(text: str) -> bool:
    """Whether ``text`` is a correction note (see ``_CORRECTION_LABEL``, ``_EARLIER_VERSION``): "Fe de errores: una
    versión anterior de esta noticia atribuía la cifra a otro organismo.", "【訂正】記事中の日付に誤りがありました。"."""
    text = undecorated(text) if not text[:1].isalnum() and text[:1] not in "【[" else text
    if text[:2] in _CORRECTION_LEADS and _CORRECTION_LABEL.match(text) is not None:
        return True
    if _UPDATE_NOTE.match(text) is not None or _RELEASE_CORRECTION.match(text) is not None:
        return True
    # The note opens the line, perhaps under a label of its own ("Nota de la redacción: una versión anterior ...");
    # further in, a line the unwrapping joined carries it (a byline over it: "Escrito por ... Fe de errores: ...").
    m = _EARLIER_VERSION.search(text) if _EARLIER_VERSION_WORDS.may_hold(text) else None
    if m is None:
        return False
    before = text[:m.start()]
    # A few words may lead into a note that names the page itself ("Diferentemente do informado em versão
    # anterior deste texto, ..."); a sentence on "the report" names another's.
    return len(before) <= _NOTE_LEAD_MAX_CHARS and (
        ":" in before or "：" in before or before.count(" ") <= 2
        or (_THIS_PAGE.search(m[0]) is not None and not has_inner_end(before)
            and _LEAD_SEPARATOR.search(before) is None and not before.lower().startswith(_BYLINE_LABELS))
    )


# A note the unwrapping ran into the end of a short head line, a byline most often ("by Jane Doe · * This article
# was amended on ... to correct ...", "DI LUCA RICCI Rettifica: in una precedente versione ..."): only the note
# goes, from its label or its sentence's opening, and the line before it stays for the byline pass (taking the
# whole line took the byline: blind dev bylines 94.4% -> 93.0%). Before it, a few words that end no sentence.
_JOINED_NOTE_LEAD_MAX_WORDS = 12
_NOTE_OPENING = re.compile(r"(?:[.!?·*|•—–] )(?=\w)")
_LEAD_MARKS = " ·*|•—–"


def _joined_note(text: str) -> tuple[int, int] | None:
    """Where the words before a correction note run into the end of ``text`` end and where the note starts, or
    None."""
    # A label closes on a colon or a bracket: a line without one is searched for the earlier version's words only.
    m = _CORRECTION_LABEL.search(text, 1) if any(c in text for c in ":：)]】") else None
    if m is not None and text[m.start() - 1] == " " and not text[m.start()].islower():
        start = m.start()
    else:
        m = _EARLIER_VERSION.search(text, 1) if _EARLIER_VERSION_WORDS.may_hold(text) else None
        if m is None:
            return None
        # The note's sentence opens after the last mark or sentence end before the words on the earlier version.
        opening = None
        for opening in _NOTE_OPENING.finditer(text, max(0, m.start() - _NOTE_LEAD_MAX_CHARS), m.start() + 1):
            pass
        start = opening.end() if opening is not None else m.start()
        if not text[start].isupper():
            return None
    lead = text[:start].rstrip(_LEAD_MARKS)
    if not lead or lead[-1] in ".!?" or len(lead.split()) > _JOINED_NOTE_LEAD_MAX_WORDS:
        return None
    return len(lead), start


SHARE_ROW = Rule(
    "share_row", 1, "structural", "Compartir en Facebook Compartir en Twitter Compartir en WhatsApp",
    keep="New York New York",
)
# A row of share buttons run together on one line repeats the label each button carries ("Share on Facebook
# Share on X Share via email", "Partager sur Facebook Partager sur X Envoyer par e-mail", "Give this article
# Give this article"): the line's first two words open two or more of its pieces, each the label and the
# one to three words naming where it shares (the last may be another button: "Envoyer par e-mail"). A story
# line repeats no two-word opening at such a beat, and a subhead that does ("New York New York") names nothing
# after it.
_SHARE_ROW_MAX_WORDS = 16
_SHARE_PIECE_MAX_WORDS = 5  # the label and up to three words: "Compartir en Google News"
_SHARE_LAST_MAX_WORDS = 8  # the last button and perhaps another after it


def share_row(text: str) -> bool:
    """Whether ``text`` is a row of share buttons that repeat their label (see ``_SHARE_ROW_MAX_WORDS``'s
    comment): no sentence, no figures, no clause punctuation."""
    tokens = text.casefold().split()
    if not 6 <= len(tokens) <= _SHARE_ROW_MAX_WORDS or is_sentence(text) or any(c in ",;:.!?" or c.isdigit() for c in text):
        return False
    opening = tokens[:2]
    starts = [i for i in range(len(tokens) - 1) if tokens[i:i + 2] == opening]
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    return (
        len(starts) >= 2
        and all(3 <= g <= _SHARE_PIECE_MAX_WORDS for g in gaps)
        and 3 <= len(tokens) - starts[-1] <= _SHARE_LAST_MAX_WORDS
    )


# The networks and buttons a share or follow row names the same way in every language ("Compartilhe / WhatsApp /
# Facebook / X / Copiar link", "Teilen | Facebook | X | E-Mail"), casefolded.
_NETWORKS = frozenset((
    "facebook", "x", "twitter", "whatsapp", "telegram", "linkedin", "instagram", "pinterest", "reddit", "threads",
    "bluesky", "mastodon", "flipboard", "messenger", "tiktok", "youtube", "vk", "вконтакте", "одноклассники",
    "line", "weibo", "wechat", "微博", "微信", "email", "e-mail", "mail", "sms",
))
# A row's pieces stand between bars, slashes, dots or commas; each is a button of a word to three.
_ROW_SEPARATOR = re.compile(r"\s*[|/·•,]\s*")
_ROW_PIECE_MAX_WORDS = 3


def network_row(text: str) -> bool:
    """Whether ``text`` is a row of three buttons or more, separated (``_ROW_SEPARATOR``), at least two of them
    and at least half networks (``_NETWORKS``): a share or follow row in any language, its label and other
    buttons in words no pack names ("Compartilhe", "Copiar link"). No figure, no sentence: "Facebook, X and
    WhatsApp were fined." is a story's."""
    if is_sentence(text) or any(c.isdigit() for c in text):
        return False
    pieces = [piece for piece in _ROW_SEPARATOR.split(text) if piece]
    if len(pieces) < 3 or any(len(piece.split()) > _ROW_PIECE_MAX_WORDS for piece in pieces):
        return False
    networks = sum(piece.casefold() in _NETWORKS for piece in pieces)
    return networks >= 2 and 2 * networks >= len(pieces)


FORM_FIELD = Rule(
    "form_field", 1, "structural", "Email *",
    keep="Revenue*",
)
# A form's field label with the mark of a required field after it, in any language ("Name *", "Email *",
# "Comment *", "Nombre *", "E-Mail-Adresse *"): a comment or sign-up form flattened into the text. A story's
# footnote mark runs into its word ("Revenue*") or closes a sentence, and a console command quoted in a story
# ("player.setav stamina *") opens in lower case.
_FORM_FIELD = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]{0,20}(?: [\w'’-]{1,20}){0,2} \*")


def form_field(text: str) -> bool:
    """Whether ``text`` is a form's field label marked required: up to three words, a space and an asterisk."""
    return text[-1:] == "*" and _FORM_FIELD.fullmatch(text) is not None


COMMENTS = Rule(
    "comment_widget", 1, "structural", "Comments (23)\nSign in to comment\njdoe123 · 3h ago",
    keep="Comments from the minister drew criticism from the opposition on Monday.",
)
# The noun "comment(s)" and the verb "to comment" in the packs' languages, as a stem: "commentaires",
# "kommentieren", "комментарий", "التعليقات", "评论", "コメント", "댓글".
_COMMENT = (
    r"(?:comment|coment|kommentar|kommentier|commentai|commentar|comentar|комментари|коммент|تعليق|التعليق"
    r"|评论|評論|留言|コメント|댓글)"
)
_COMMENT_WORD = led(re.compile(_COMMENT, re.IGNORECASE))
# Its count beside it: "Comments (23)", "23 comments", "Комментарии: 8", "コメント(3)", "评论 5", "(12) Kommentare",
# with a counter word before or after the count ("12条评论", "5件のコメント", "コメント（4件）", "댓글 (3개)"), or the
# readers' reactions counted ("8 réactions", "9 Reaktionen").
# Whose comments they are may come first ("Reader Comments (507)", "Leser-Kommentare (12)"), and a slash or a bar may
# set the count off ("Comments / 5").
_COMMENT_COUNT = re.compile(
    rf"(?i:[(\[（]?\d{{1,5}}[)\]）]? ?(?:条|件の?|개의? ?)?{_COMMENT}\w{{0,6}}"
    rf"|(?:(?:readers?['’]?|user|leser|lecteurs?|lectores|lettori|leitores)[ -])?{_COMMENT}\w{{0,6}}"
    r" ?(?:[:：/|] ?)?[(\[（]?\d{1,5}(?:条|件|개)?[)\]）]?"
    r"|\d{1,5} (?:réactions|reacciones|reações|reazioni|reaktionen|reactions|реакци[йия]))"
)
# A closed comment section's notice: the comments first, closed last ("Comments are closed.", "Les commentaires
# sont fermés.", "Комментарии закрыты.", "评论已关闭。"); a story's sentence has them close something else.
# The section's own word may run on ("Die Kommentarfunktion ist für diesen Artikel deaktiviert"), and name the article
# the comments are closed on, before or after the closing word.
_THIS_ARTICLE = (
    r"(?:for|on|under|für|unter|pour|sur|para|en|per|su|nesta|neste) (?:this|diesen|diesem|cet|este|esta|questo"
    r"|ce) (?:article|story|artikel|beitrag|artículo|articolo|artigo|noticia|notícia)"
)
_COMMENTS_CLOSED = re.compile(
    rf"(?i:(?:\w{{1,4}} )?{_COMMENT}\w{{0,8}} (?:\w{{1,7}} )?(?:{_THIS_ARTICLE} )?(?:now )?"
    r"(?:closed|cerrados|fermés|geschlossen|chiusi"
    r"|fechados|закрыты|disabled|désactivés|desactivados|deaktiviert|disattivati|desativados|отключены)"
    rf"(?: {_THIS_ARTICLE})?"
    r"|(?:评论|評論|留言)(?:已|已经)?(?:关闭|關閉)|コメント(?:は|の)?(?:受付を)?(?:終了|締め切)\w{0,6})[.。!]?"
)
# The comment section's actions, in the packs' languages: show, hide, view, load, read, add, post, leave, write,
# sign in, log in, join, reply, report, sort; "to" before "comment".
_COMMENT_ACTION = re.compile(
    r"(?i:\b(?:show|hide|view|load|read|add|post|leave|write|sign|log|join|reply|report|sort|see|mostrar|ver"
    r"|ocultar|cargar|leer|añadir|escribe|escribir|deja|inicia|únete|afficher|voir|masquer|lire|ajouter|écrire"
    r"|laisser|connectez|réagir|anzeigen|ausblenden|laden|lesen|schreiben|anmelden|einloggen|jetzt|mostra"
    r"|nascondi|carica|leggi|aggiungi|scrivi|lascia|accedi|exibir|esconder|carregar|adicionar|escreva|deixe"
    r"|entre|faça|показать|скрыть|загрузить|читать|добавить|написать|оставить|войдите|войти|عرض|إخفاء|أضف"
    r"|اكتب|سجل|شارك)\b"
    r"|查看|显示|隐藏|加载|发表|登录|写|表示|読む|書く|投稿|ログイン|もっと見る)"
)
_COMMENT_LINE_MAX_WORDS = 6
# A closed section's notice naming the article: "Die Kommentarfunktion ist für diesen Artikel deaktiviert."
_CLOSED_NOTICE_MAX_WORDS = 10
_COUNT_WORD = re.compile(r"[(\[（]?\d{1,5}[)\]）]?")
# The invitation to the comment section that names no comment: "Join the conversation", "Únete a la
# conversación", "Réagissez à cet article", "Diskutieren Sie mit", "Partecipa alla discussione", "Participe da
# conversa", "Присоединяйтесь к обсуждению", "انضم إلى النقاش", "加入讨论", "議論に参加する".
_CONVERSATION = led(re.compile(
    r"(?i:join the (?:conversation|discussion)|(?:únete|participa) (?:a|en) la (?:conversación|discusión)"
    r"|rejoignez la (?:conversation|discussion)|réagi(?:r|ssez) à cet article|diskutieren sie mit|mitdiskutieren"
    r"|partecipa alla (?:discussione|conversazione)|participe da (?:conversa|discussão)|entre na conversa"
    r"|присоединяйтесь к (?:обсуждению|дискуссии)|обсудить|انضم إلى (?:النقاش|المحادثة)|加入讨论|参与讨论"
    r"|(?:会話|議論)に参加(?:する)?)[.!。！]?"
))
# The comment section's heading alone: the noun, in the packs' languages.
_COMMENTS_HEADING = re.compile(
    r"(?i:comments|comentarios|commentaires|kommentare|commenti|comentários|комментарии|التعليقات|评论|評論"
    r"|コメント|댓글)[:：]?"
)
# A commenter's line: a name or handle of at most three words, perhaps a dot or bar, then the comment's age.
_COMMENTER = re.compile(r"[^\s.!?,;:]{2,30}(?: [^\s.!?,;:]{1,30}){0,2}(?: ?[·•|] ?| )")



_RULE_FIRST = frozenset(_RULE_CHARS.replace("\\", ""))


def separator(text: str) -> bool:
    """Whether ``text`` is a separator rule or an end mark: "* * *", "———", "-0-", "- 30 -"."""
    return text[:1] in _RULE_FIRST and len(text) <= 80 and _SEPARATOR.fullmatch(text) is not None


_GLUED_AD_MAX_WORDS = 6
_GLUED_LINE_MAX_CHARS = 120
# Where an ad slot's marker may be set into a paragraph, with or without a space or a stop around it (blind9
# dev: "... ask for\".Article continues below this ad", "... (Brive) Article continues below this ad", "... Far
# East.- ADVERTISEMENT -", "... Order of Bath.Advertisement · Scroll to continue Advertisement · ..."): the slot's
# word, or the prompt to read on that names the ad. Where each may stand, and where it ends, is read after
# (``_ad_slot``): a lookbehind, an optional decoration or a group in the pattern had the engine try more at every
# position (0.5 ms a 4 kB text, against 0.07 for these words alone).
_AD_SLOT_CUE = re.compile(
    r"ADVERTISEMENT|ANZEIGE|PUBLICIDADE?|PUBLICITÉ|PUBBLICITÀ|РЕКЛАМА|Advertisement|Anzeige|Werbung|Publicidade?"
    r"|Publicité|Pubblicità|Реклама|Story continues|Article continues"
)
# The prompt, whole: it names the ad.
_AD_PROMPT = re.compile(r"(?:Story|Article) continues (?:below|after) (?:this|the) ad(?:vertisement)?\b")
# Even so the search costs about 0.1 ms a 4 kB paragraph, which most of the time holds none of these pieces of
# the cues, lower-cased (``Words`` would read the case of a text outside ASCII with a regex that costs as much as
# the search; each piece looked for costs about 1 us a kB).
_AD_SLOT_PIECES = ("dvertis", "nzeige", "werbung", "ublici", "bblicit", "еклам", " continues ")
_STOPS = '.!?"”’)'
_DECORATIONS = ("- ", "– ", "— ", "· ", "• ")
# Words read past a cue for the label's end: "Advertisement · Scroll to continue reading" has six.
_AD_SLOT_MAX_WORDS = 8
_NON_SPACE = re.compile(r"\S+")
_GLUED_AD_MIN_CHARS = 5  # "AD", "PR", "PUB" in capitals run into a sentence are a party's, an era's, a firm's
_CAPS_RUN = re.compile(r"(?:[^\W\d_a-zß-ÿа-яё]{2,}[ .:·|–—-]*){1,6}")


def _story_before(line: Line) -> int | None:
    """Where a newsletter or ad box's line run into the end of a story statement starts ("Analysts expect a
    cut next year. Abonnez-vous à notre newsletter"), or None when the whole line is the box's."""
    at = statement_before(line, _GLUED_LINE_MAX_CHARS)
    if at is None:
        return None
    before, after = line.text[:at].rstrip(), line.text[at:]
    if newsletter_box(before, len(before.split())):
        return None
    return at if newsletter_box(after, len(after.split())) or ad_label(after) else None


def _glued_ad(line: Line) -> tuple[int, int] | None:
    """(start, end) of an ad slot's label run into a story paragraph, or None: after its last sentence
    ("... June 1989. Advertisement Story continues"), set in capitals at its end or its start ("... de Verdade
    PUBLICIDADE", "ADVERTISEMENT The vote ..."). A label in capitals is set off from any text; one in sentence
    case only after a sentence's end."""
    text = line.text
    if text[-1:] not in ".!?。":
        # A label with a stop of its own ("... before retiring. Реклама. 18+", "... Advertisement. Scroll to
        # continue"): the tail from the sentence end before the last one, tried first (it holds the label).
        # The last two sentence ends, read from the end of a paragraph that may hold dozens.
        ends = list(itertools.islice((b.end() for b in reversed(line.breaks()) if b[0][-1] == " "), 2))
        if len(ends) == 2 and len(text) - ends[1] <= _GLUED_LINE_MAX_CHARS and ad_label(text[ends[1]:]):
            return ends[1], len(text)
    at = glued_tail(line, _GLUED_LINE_MAX_CHARS)
    if at is not None and ad_label(text[at:]):
        return at, len(text)
    if text[-1:].isupper():
        starts = [m.start() for m in re.finditer(r"(?<= )\S", text[-_GLUED_LINE_MAX_CHARS:])]
        base = max(0, len(text) - _GLUED_LINE_MAX_CHARS)
        for start in starts:
            piece = text[base + start:]
            if len(piece.split()) > _GLUED_AD_MAX_WORDS or not piece.isupper():
                continue
            if len(piece) >= _GLUED_AD_MIN_CHARS and ad_label(piece) and text[base + start - 2:base + start - 1].islower():
                return base + start, len(text)
            break
    # A second letter in ASCII lower case (a sentence's "The ...") opens no run of capitals: told without a match.
    m = None if "a" <= text[1:2] <= "z" else _CAPS_RUN.match(text)
    if m is not None and m.end() < len(text) and text[m.end()].isupper():
        words = text[:m.end()].split()
        for k in range(min(len(words), _GLUED_AD_MAX_WORDS), 0, -1):
            head = " ".join(words[:k])
            if len(head) >= _GLUED_AD_MIN_CHARS and ad_label(head):
                end = text.index(words[k - 1]) + len(words[k - 1])
                return 0, end
    return _ad_slot(text)


def _ad_slot(text: str) -> tuple[int, int] | None:
    """(start, end) of the first ad slot's label set into ``text`` where ``_AD_SLOT_CUE`` finds one: the most
    words from the cue that are an ad's label (``ad_label``) and end the paragraph or stand before a capital (the
    story's next sentence, or the next piece of furniture, which its own pass then reads). The slot's word in
    capitals and the prompt stand after a space or a stop; in sentence case, only after a stop, spaced or not
    ("... broken. Advertisement revenue ..." opens a sentence on the word)."""
    low = text.lower()
    if not any(piece in low for piece in _AD_SLOT_PIECES):
        return None
    for cue in _AD_SLOT_CUE.finditer(text):
        start = cue.start()
        if text[cue.end():cue.end() + 1].isalnum():
            continue  # inside a longer word ("Advertisers", "Werbungskosten")
        prompt = cue[0].endswith("continues")
        if prompt and _AD_PROMPT.match(text, start) is None:
            continue
        if text[start - 2:start] in _DECORATIONS:
            start -= 2
        before = text[start - 1:start]
        if cue[0].isupper() or prompt:
            placed = not before or before == " " or before in _STOPS
        else:
            placed = before in _STOPS or before == " " and text[start - 2:start - 1] in _STOPS
        if not placed:
            continue
        words = list(itertools.islice(_NON_SPACE.finditer(text, start), _AD_SLOT_MAX_WORDS))
        for word in reversed(words):
            end = word.end()
            after = text[end + 1:end + 2]
            if (end == len(text) or text[end] == " " and (after.isupper() or not after.isalpha())) and ad_label(
                text[start:end].strip()
            ):
                # Between two spaces the label takes the one after it: the text on both sides joins with one.
                return start, end + (end < len(text) and before == " ")
    return None


def _box(line: Line) -> str | None:
    """The rule naming ``line`` an ad label, a newsletter box's line or a disclosure, or None; a pack's line rule names its own
    lines. Kept in the line's memo: the passes ask again every round."""
    memo = line.memo.get("widget_box")
    if memo is not None and memo[0] == line.text:
        return memo[1]
    text, words, found = line.text, line.words, None
    # Restyled only for a label's length: newsletter_box restyles the line itself.
    ad = words <= AD_MAX_WORDS and ad_label(restyled(text) or text)
    if ad or newsletter_box(text, words):
        if LINE[True, True].first(text, 0, "fullmatch") is None:
            found = AD_LABEL.name if ad else NEWSLETTER.name
    elif disclosure_note(text, words) and LINE[True, True].first(text, 0, "fullmatch") is None:
        found = DISCLOSURE.name
    line.memo["widget_box"] = (text, found)
    return found


# The comment section's disclaimer: the comments, whose opinions are their authors' and whose responsibility too
# ("Os comentários não representam a opinião do jornal; a responsabilidade é do autor da mensagem", "Comments
# are the sole responsibility of their authors and do not reflect the views of ...").
_DISCLAIMER_MAX_WORDS = 40
_OPINION = re.compile(
    r"(?i:opini|view|meinung|avis|parere|мнени|رأي|观点|意見)"
)
_RESPONSIBLE = re.compile(r"(?i:responsab|responsib|verantwort|ответствен|مسؤول|责任|責任)")
_AUTHOR = re.compile(r"(?i:author|autor|auteur|verfasser|autore|автор|كاتب|作者|投稿者)")
# The rarest of the four in a story's lines ("comment", "view", "author" of "authorities" are common): asked first,
# by ``Words`` (a few finds in the lower-cased line), before any of the case-insensitive searches.
_RESPONSIBLE_WORDS = Words(_RESPONSIBLE, ("responsab", "responsib", "verantwort", "ответствен", "مسؤول", "责任", "責任"))


# Or the views expressed, which do not reflect the site's: "The views expressed in the contents above are those
# of our users and do not necessarily reflect the views of MailOnline", "Las opiniones expresadas no reflejan
# necesariamente las de ...", "Die geäußerten Meinungen spiegeln nicht unbedingt ... wider".
_NOT_REFLECTED = re.compile(
    r"(?i:(?:do|does) not (?:necessarily )?reflect|don['’]t (?:necessarily )?reflect"
    r"|(?:do|does) not (?:necessarily )?endorse|(?:don|doesn)['’]t (?:necessarily )?endorse"
    r"|no reflejan|ne (?:reflètent|refletent) pas"
    r"|spiegeln nicht|non riflettono|não refletem|не (?:обязательно )?отражают)"
)

_REFLECTED_WORDS = Words(
    _NOT_REFLECTED, ("reflect", "endorse", "reflej", "reflèt", "reflet", "spiegeln", "riflett", "отража")
)


# The comment section's house rules: the comments (or the reader's) as the subject of a rule, and a word of
# moderation ("Comments are moderated and will appear after approval.", "Comments have to be in English, and in
# full sentences.", "Please keep comments respectful and on-topic.", "Community guidelines"). A story's sentence
# on comments to a regulator names no moderation ("Comments must be submitted by March 1.").
_HOUSE_RULE = re.compile(
    r"(?i:(?:^|(?<=[.!?] ))(?:(?:all|your|reader|readers['’]) )?comments? (?:are|is|will be|must|have to|should"
    r"|cannot|can(?:not|['’]t)|may)\b|(?:^|(?<=[.!?] ))please (?:keep|be|make|read|respect|stay)\b[^.!?]{0,40}"
    r"\bcomment|^(?:read |see )?(?:our )?"
    r"community (?:guidelines|standards|rules)\.?$)"
)
_MODERATION = re.compile(
    r"(?i:moderat|approv|guideline|abusive|respectful|on[- ]topic|off[- ]topic|in english|full sentences|offensive"
    r"|civil\b|community)"
)
_HOUSE_RULE_WORDS = Words(_HOUSE_RULE, ("comment", "community", "please"))


def house_rule(text: str) -> bool:
    """Whether ``text`` is one of the comment section's house rules (``_HOUSE_RULE``): unquoted, with a word of
    moderation, and given to no speaker."""
    return (
        _HOUSE_RULE_WORDS.may_hold(text) and _HOUSE_RULE.search(text) is not None
        and _MODERATION.search(text) is not None and unattributed(text)
    )


def comment_disclaimer(text: str) -> bool:
    """Whether ``text`` is a comment section's disclaimer: it names the comments, opinions, and their authors'
    responsibility (a story's sentence on someone's comments and responsibility names no author of them), or
    the views expressed on the page, which do not reflect the site's (``_NOT_REFLECTED``), unquoted; or one of
    the section's house rules (``house_rule``)."""
    if house_rule(text):
        return True
    if (
        _REFLECTED_WORDS.may_hold(text) and _NOT_REFLECTED.search(text) is not None
        and _OPINION.search(text) is not None and not quoted(text)
    ):
        # In the site's voice or of its comments: a story's sentence on a minister's views names neither.
        return page_named(text) or reader_addressed(text) or _COMMENT_WORD.search(text) is not None
    return (
        _RESPONSIBLE_WORDS.may_hold(text) and _RESPONSIBLE.search(text) is not None
        and _COMMENT_WORD.search(text) is not None
        and _OPINION.search(text) is not None and _AUTHOR.search(text) is not None
    )


def comment_widget(text: str, words: int, tail: bool = True) -> bool:
    """Whether ``text`` is a comment section's heading with its count, a button naming comments and an action
    ("Show comments", "Accedi per commentare", "登录后发表评论"), or, in the tail zone (``tail``), a commenter's
    name and age ("jdoe123 · 3h ago"): a short line that ends no sentence. Above the story's end a name and an
    age is a byline with its stamp ("Jane Doe · 2 hours ago")."""
    if not text[:1].isalnum():
        text = undecorated(text)  # "🔴 Comments (8)", "► Show comments": the page's decoration
    if words > _COMMENT_LINE_MAX_WORDS:
        return words <= _CLOSED_NOTICE_MAX_WORDS and _COMMENTS_CLOSED.fullmatch(text) is not None
    if text[-1:] in ".。" and _CONVERSATION.fullmatch(text) is None:
        return _COMMENTS_CLOSED.fullmatch(text) is not None
    if _COMMENT_COUNT.fullmatch(text) is not None or _CONVERSATION.fullmatch(text) is not None:
        return True
    if tail and _COMMENTS_HEADING.fullmatch(text) is not None:
        return True  # the section's heading alone, after the story: "Comentarios", "Kommentare"
    if _COMMENTS_CLOSED.fullmatch(text) is not None:
        return True
    if _COMMENT_WORD.search(text) is not None:
        # A button may carry the section's count ("View 32 comments", "Kommentare anzeigen (5)"): one count
        # as a word of its own; other figures ("Read comments on the 2024 budget") are a headline's.
        figures = [w for w in text.split() if any(c.isdigit() for c in w)]
        return _COMMENT_ACTION.search(text) is not None and (
            not figures or (len(figures) == 1 and _COUNT_WORD.fullmatch(figures[0]) is not None)
        )
    age = RELATIVE_AGE.search(text) if tail else None
    return age is not None and _COMMENTER.fullmatch(text, 0, age.start()) is not None


def _removed_row(doc: Doc, kept: list[Line], i: int) -> bool:
    """Whether ``kept[i]`` went as a separator, a consent button or notice (with the heading over it) or a
    share row. A line kept is not tested again while its text is unchanged: the passes run widgets every
    round, and these tests read only the line's text."""
    line = kept[i]
    text, words = line.text, line.words
    if separator(text):
        doc.remove(line, SEPARATOR.name)
    elif words <= CONSENT_ROW_MAX_WORDS and consent_button(text, words):
        doc.remove(line, CONSENT.name)
    elif consent_notice(text, words):
        doc.remove(line, CONSENT.name)
        if i and kept[i - 1].kept and consent_heading(kept[i - 1].text, kept[i - 1].words):
            doc.remove(kept[i - 1], CONSENT.name)
    elif words <= _SHARE_ROW_MAX_WORDS and (share_row(text) or network_row(text)):
        # A pack's share rule names a row in its words ("Share | Facebook | X"): the more specific rule.
        found = LINE[False, False].first(text, 0, "fullmatch")
        doc.remove(line, SHARE_ROW.name if found is None else found[0].name)
    elif form_field(text):
        doc.remove(line, FORM_FIELD.name)
    else:
        line.memo["widget_rows"] = text
        return False
    return True


def correction_notes(doc: Doc) -> None:
    """Correction notes no pack's line rule took (``correction_note``), in any zone. A pass after the packs' lines,
    not with the widgets: the headline is found with the note still over the lead, as when a pack's rule takes it
    (the note gone first, a head of stamps and a credit over a lead repeating the headline was read as body).
    A note run into a line is looked for in the head only, where a byline stands over it: a search for a label
    anywhere in every short line cost about a fifth of the cleaner's time on 3 kB articles."""
    kept, (head, _) = doc.zones()
    for i, line in enumerate(kept):
        if line.words <= _CORRECTION_MAX_WORDS and line.memo.get("correction") != line.text:
            line.memo["correction"] = line.text  # kept: not tested again while unchanged
            if correction_note(line.text):
                doc.remove(line, CORRECTION_NOTE.name)
            elif i < head and (joined := _joined_note(line.text)) is not None:
                doc.strip(line, CORRECTION_NOTE.name, joined[1], len(line.text))
                doc.cut_tail(line, joined[0])


PAGER = Rule(
    "pager", 1, "structural", "Previous\n1\nNext (a slider's controls, each on its own line)",
    keep="Next (a subhead alone: a pager has two controls or more)",
)
# A slider's or a pager's control alone on its line: previous, next, a slide's number ("1", "2 of 5"), an arrow.
_PAGER_CONTROL = re.compile(
    r"(?:[‹«←<] ?)?(?i:previous|prev|next|anterior|siguiente|précédent|suivant|zurück|weiter|precedente|successivo"
    r"|назад|далее|السابق|التالي|上一页|下一页|前へ|次へ)(?: ?[›»→>])?|[‹›«»←→<>]|\d{1,2}(?: ?(?:/|of|de|von|di|из) ?\d{1,2})?"
)
_PAGER_WORD = re.compile(r"[^\d\W]")  # a control in words: a run of numbers alone is a table's or a list's


def pagers(doc: Doc) -> None:
    """Runs of two or more lines that are each a slider's or a pager's control (``_PAGER_CONTROL``), one of them
    in words ("Previous" / "1" / "Next"): the widget's buttons left in the text, never a story's lines."""
    doc.remove_runs(
        lambda line: line.words <= 3 and _PAGER_CONTROL.fullmatch(line.text) is not None,
        lambda line: _PAGER_WORD.search(line.text) is not None,
        PAGER.name,
    )


def widgets(doc: Doc) -> None:
    """Separators and end marks, consent buttons and notices, share rows, comment-section lines, ad labels and newsletter
    boxes, in any zone (a commenter's line in the tail); an ad label run into a story paragraph (``_glued_ad``)."""
    kept, (_, tail) = doc.zones()
    for i, line in enumerate(list(kept)):
        words = line.words
        text = line.text
        if words > CONSENT_NOTICE_MAX_WORDS:
            pass  # a story paragraph: only a label run into it is looked for
        elif line.memo.get("widget_rows") != text and _removed_row(doc, kept, i):
            continue
        elif words <= _CLOSED_NOTICE_MAX_WORDS and line.memo.get("comment") != (text, i > tail) and comment_widget(
            text, words, tail=i > tail
        ):
            # A pack's line rule names its own closed-section notices ("comments_closed_fr").
            found = LINE[True, True].first(text, 0, "fullmatch") if (
                _COMMENTS_CLOSED.fullmatch(text) or _COMMENTS_HEADING.fullmatch(text)
            ) else None
            doc.remove(line, COMMENTS.name if found is None else found[0].name)
            continue
        elif words <= _DISCLAIMER_MAX_WORDS and line.memo.get("disclaimer") != text and comment_disclaimer(text):
            doc.remove(line, COMMENTS.name)
            continue
        elif words <= BOX_LINE_MAX_WORDS and (rule := _box(line)) is not None:
            at = _story_before(line)
            if at is None:
                doc.remove(line, rule)
            else:  # a story sentence and the box's line run into one paragraph: the sentence stays
                doc.strip(line, rule, at, len(text))
                doc.cut_tail(line, at)
            continue
        if words <= _CLOSED_NOTICE_MAX_WORDS:
            line.memo["comment"] = (text, i > tail)  # kept: not tested again while unchanged
        if words <= _DISCLAIMER_MAX_WORDS and words <= CONSENT_NOTICE_MAX_WORDS:
            line.memo["disclaimer"] = text  # asked above and kept: a third of the searches were a round's again
        if words <= _GLUED_AD_MAX_WORDS or line.memo.get("glued_ad") == text:
            continue
        line.memo["glued_ad"] = text
        found = _glued_ad(line)
        if found is not None:
            start, end = found
            doc.strip(line, AD_LABEL.name, start, end)
            if start == 0:
                doc.cut(line, end)
            elif end < len(text):
                doc.cut_between(line, start, end)
            else:
                doc.cut_tail(line, start)
