"""Page widgets told by their shape wherever they stand: separator rules and end marks, the buttons and notice
of a cookie-consent banner, and the comment section's headings, buttons and commenter lines.

None of these is story text in any zone, and each has a shape no story paragraph has:

- a separator or end mark is a line without letters made of dashes, stars or rules ("* * *", "———", "-0-",
  "- 30 -", the copy-desk end marks), not figures ("20,210" is an attendance, "1-0" a score);
- a consent banner is a run of buttons ("Accept all", "Manage preferences") and a short notice in the site's
  voice about cookies ("We use cookies to improve your experience."). Consent-management platforms (OneTrust,
  Didomi, Quantcast, Usercentrics) ship the same few button words on every site, translated: those words are a
  standard vocabulary, not one outlet's, so a line made only of them is a button in any language;
- a comment section (Disqus, Coral, Viafoura, OpenWeb and the outlets' own) shows a heading with its count
  ("Comments (23)", "Комментарии (8)", "コメント(3)"), buttons that name comments and an action on them ("Show
  comments", "Sign in to comment", "Mostra commenti", "登录后发表评论"), and over each comment its author and
  age ("jdoe123 · 3h ago", "Maria García hace 2 horas"). A story's line about comments is a sentence or longer
  ("The ministry declined to comment on Monday.").
"""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.cues import quoted, reader_addressed
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.rules.shapes import RELATIVE_AGE
from wirewash.transforms.core.cleaning.shaped import _undecorated
from wirewash.transforms.core.cleaning.structure import Doc

SEPARATOR = Rule(
    "separator", 2, "structural", "* * *", keep="The vote was 3-2 - a narrow margin.",
)
CONSENT = Rule(
    "consent_banner", 1, "structural",
    "We use cookies to improve your experience on our site.\nAccept all cookies\nManage preferences",
    keep="The bakery sold 4,000 cookies on Saturday, the owner said.",
)

# Three or more rule characters (spaces between allowed), or an end mark: a number of one or two digits
# between dashes ("-0-", "- 30 -", "-30-"). Dashes alone need two: "――".
_RULE_CHARS = r"\-–—―‐_=~*#+•·.◆◇■□●○★☆＊"
_SEPARATOR = re.compile(
    rf"(?:[{_RULE_CHARS}] ?){{3,}}|[-–—―‐]{{2,}}|[-–—―=#*] ?\d{{1,2}} ?[-–—―=#*]"
)
# Not the attribution line of an embedded post ("— Jane Doe (@janedoe) May 4, 2019"), which has letters: that is
# ``embeds``'.

# The button words of consent banners, casefolded, per language: the verbs (accept, reject, agree, allow,
# refuse, continue without, customise, manage) and the nouns they go with (cookies, preferences, settings,
# privacy, choices, consent, all).
_CONSENT_WORDS = frozenset(
    "accept agree allow reject decline deny refuse ok okay manage customise customize "
    "all cookies cookie preferences settings options privacy choices consent your my necessary only "
    "i got it continue without accepting "  # en
    "aceptar acepto aceito aceitar rechazar rechazo rejeitar recusar configurar gestionar gerenciar "
    "todo todas todos tudo preferencias preferências configuración configurações privacidad privacidade "
    "consentimiento consentimento continuar sin sem aceptar "  # es, pt
    "accepter refuser tout paramétrer gérer continuer sans les mes préférences paramètres confidentialité "
    "consentement j'accepte "  # fr
    "akzeptieren ablehnen alle einstellungen verwalten zustimmen datenschutz einwilligung "
    "cookie-einstellungen nur notwendige "  # de
    "accetta accetto accettare rifiuta rifiuto gestisci le preferenze impostazioni tutti tutto "
    "consenso continua senza accettare "  # it
    "принять отклонить согласен согласна настройки все cookie файлы управлять "  # ru
    "قبول رفض موافق أوافق الكل إعدادات الخصوصية".split()  # ar
)
# Scripts without spaces: the line is made only of these.
_CONSENT_CJK = ("全部接受", "全部拒绝", "接受", "拒绝", "同意する", "同意しない", "同意", "拒否", "すべて", "受け入れる",
                "隐私设置", "设置", "設定", "クッキー", "プライバシー", "모두", "수락", "거부", "동의", "쿠키", "설정")
# Words that are actions (a line of nouns only, "Privacy", "Settings", "Your choices", may be a subhead).
_CONSENT_ACTIONS = frozenset(
    "accept agree allow reject decline deny refuse manage customise customize aceptar acepto aceito aceitar "
    "rechazar rejeitar recusar configurar gestionar gerenciar accepter refuser paramétrer gérer j'accepte "
    "akzeptieren ablehnen verwalten zustimmen accetta accetto rifiuta gestisci принять отклонить согласен "
    "согласна قبول رفض موافق أوافق cookie-einstellungen".split()
)
# Nouns that make a button with any other consent word: "Cookie settings", "Your privacy choices".
_CONSENT_NOUNS = frozenset("cookie cookies privacy privacidad privacidade confidentialité datenschutz".split())
_CONSENT_BUTTON_MAX_WORDS = 5
# The cookie itself, in the languages whose sites translate it; and the site speaking of itself.
_COOKIE = re.compile(r"cookie|クッキー|쿠키|куки|ملفات تعريف الارتباط", re.IGNORECASE)
# "This site" in the languages of the packs ("Questo sito utilizza cookie", "当サイトでは", Arabic "we use").
_SITE = re.compile(
    r"\b(?:this|our) (?:web)?site\b|\b(?:questo|este|nuestro|ce|notre|nosso) (?:sito|sitio|site)\b"
    r"|\b(?:diese|unsere) (?:web)?seite\b|\b(?:этот|наш) сайт|当サイト|本网站|本站|이 사이트|موقعنا|نستخدم",
    re.IGNORECASE,
)
_CONSENT_NOTICE_MAX_WORDS = 40

COMMENTS = Rule(
    "comment_widget", 1, "structural", "Comments (23)\nSign in to comment\njdoe123 · 3h ago",
    keep="Comments from the minister drew criticism from the opposition on Monday.",
)
# The noun "comment(s)" and the verb "to comment" in the packs' languages, as a stem: "commentaires",
# "kommentieren", "комментарий", "التعليقات", "评论", "コメント".
_COMMENT = (
    r"(?:comment|coment|kommentar|kommentier|commentai|commentar|comentar|комментари|коммент|تعليق|التعليق"
    r"|评论|評論|留言|コメント)"
)
_COMMENT_WORD = re.compile(_COMMENT, re.IGNORECASE)
# Its count beside it: "Comments (23)", "23 comments", "Комментарии: 8", "コメント(3)", "评论 5", "(12) Kommentare".
_COMMENT_COUNT = re.compile(
    rf"(?i:[(\[（]?\d{{1,5}}[)\]）]? ?{_COMMENT}\w{{0,6}}|{_COMMENT}\w{{0,6}} ?[:：]? ?[(\[（]?\d{{1,5}}[)\]）]?)"
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
# The invitation to the comment section that names no comment: "Join the conversation", "Únete a la
# conversación", "Réagissez à cet article", "Diskutieren Sie mit", "Partecipa alla discussione", "Participe da
# conversa", "Присоединяйтесь к обсуждению", "انضم إلى النقاش", "加入讨论", "議論に参加する".
_CONVERSATION = re.compile(
    r"(?i:join the (?:conversation|discussion)|(?:únete|participa) (?:a|en) la (?:conversación|discusión)"
    r"|rejoignez la (?:conversation|discussion)|réagi(?:r|ssez) à cet article|diskutieren sie mit|mitdiskutieren"
    r"|partecipa alla (?:discussione|conversazione)|participe da (?:conversa|discussão)|entre na conversa"
    r"|присоединяйтесь к (?:обсуждению|дискуссии)|обсудить|انضم إلى (?:النقاش|المحادثة)|加入讨论|参与讨论"
    r"|(?:会話|議論)に参加(?:する)?)[.!。！]?"
)
# A commenter's line: a name or handle of at most three words, perhaps a dot or bar, then the comment's age.
_COMMENTER = re.compile(r"[^\s.!?,;:]{2,30}(?: [^\s.!?,;:]{1,30}){0,2}(?: ?[·•|] ?| )")
_WORDS = re.compile(r"[\w'’-]+")


_RULE_FIRST = frozenset(_RULE_CHARS.replace("\\", ""))


def separator(text: str) -> bool:
    """Whether ``text`` is a separator rule or an end mark: "* * *", "———", "-0-", "- 30 -"."""
    return text[:1] in _RULE_FIRST and len(text) <= 80 and _SEPARATOR.fullmatch(text) is not None


def consent_button(text: str, words: int) -> bool:
    """Whether ``text`` is a consent banner's button or link: at most five words, every one a consent word, one
    of them an action ("Accept all cookies", "Tout accepter", "Alle akzeptieren", "全部接受")."""
    if words > _CONSENT_BUTTON_MAX_WORDS or text[-1:] in ".!?。":
        return False
    tokens = _WORDS.findall(text.casefold())
    if tokens and all(t in _CONSENT_WORDS for t in tokens):
        return not _CONSENT_ACTIONS.isdisjoint(tokens) or (len(tokens) > 1 and not _CONSENT_NOUNS.isdisjoint(tokens))
    if text.isascii():
        return False
    rest = text.replace(" ", "")
    for w in _CONSENT_CJK:
        rest = rest.replace(w, "")
    return not rest and len(text) <= 12


def consent_notice(text: str, words: int) -> bool:
    """Whether ``text`` is a consent banner's notice: a short unquoted paragraph on cookies in the site's voice
    ("We use cookies to improve your experience.", "当サイトではクッキーを使用しています。"). A story sentence
    about biscuits names no site and does not address the reader."""
    if words > _CONSENT_NOTICE_MAX_WORDS or ("ookie" not in text and text.isascii()):
        return False
    if _COOKIE.search(text) is None or quoted(text):
        return False
    return reader_addressed(text) or _SITE.search(text) is not None


def comment_widget(text: str, words: int, tail: bool = True) -> bool:
    """Whether ``text`` is a comment section's heading with its count, a button naming comments and an action
    ("Show comments", "Accedi per commentare", "登录后发表评论"), or, in the tail zone (``tail``), a commenter's
    name and age ("jdoe123 · 3h ago"): a short line that ends no sentence. Above the story's end a name and an
    age is a byline with its stamp ("Jane Doe · 2 hours ago")."""
    if not text[:1].isalnum():
        text = _undecorated(text)[0]  # "🔴 Comments (8)", "► Show comments": the page's decoration
    if words > _COMMENT_LINE_MAX_WORDS or (text[-1:] in ".。" and _CONVERSATION.fullmatch(text) is None):
        return False
    if _COMMENT_COUNT.fullmatch(text) is not None or _CONVERSATION.fullmatch(text) is not None:
        return True
    if _COMMENT_WORD.search(text) is not None:
        return _COMMENT_ACTION.search(text) is not None and not any(c.isdigit() for c in text)
    age = RELATIVE_AGE.search(text) if tail else None
    return age is not None and _COMMENTER.fullmatch(text, 0, age.start()) is not None


def widgets(doc: Doc) -> None:
    """Separators and end marks, consent buttons and notices, comment-section lines, in any zone (a commenter's
    line in the tail)."""
    kept, (_, tail) = doc.zones()
    for i, line in enumerate(list(kept)):
        words = line.words
        if words > _CONSENT_NOTICE_MAX_WORDS:
            continue  # a story paragraph: most lines end the test here
        text = line.text
        if separator(text):
            doc.remove(line, SEPARATOR.name)
        elif (words <= _CONSENT_BUTTON_MAX_WORDS and consent_button(text, words)) or consent_notice(text, words):
            doc.remove(line, CONSENT.name)
        elif words <= _COMMENT_LINE_MAX_WORDS and line.memo.get("comment") != (text, i > tail):
            if comment_widget(text, words, tail=i > tail):
                doc.remove(line, COMMENTS.name)
            else:
                line.memo["comment"] = (text, i > tail)  # kept: not tested again while unchanged
