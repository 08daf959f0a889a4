"""Page widgets told by their shape wherever they stand: separator rules and end marks, the buttons and notice
of a cookie-consent banner, a row of share buttons that repeat their label, the comment section's headings,
buttons and commenter lines, an ad slot's label, and the lines of a newsletter or sign-up box.

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

import re

from wirewash.transforms.core.cleaning.consent import (
    CONSENT, CONSENT_NOTICE_MAX_WORDS, CONSENT_ROW_MAX_WORDS, consent_button, consent_heading, consent_notice,
)
from wirewash.transforms.core.cleaning.cues import quoted, reader_addressed
from wirewash.transforms.core.cleaning.generic import glued_tail, statement_before
from wirewash.transforms.core.cleaning.matcher import LINE
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


AD_LABEL = Rule(
    "ad_label", 1, "structural", "- Anzeige -",
    keep="Die Anzeige wurde nach Protesten zurückgezogen, sagte ein Sprecher.",
)
# An ad slot's label: the word for an advertisement or sponsored content in the packs' languages, alone or with
# the prompt to read on ("ADVERTISEMENT - SCROLL TO CONTINUE", "Publicidad - Sigue leyendo debajo", "▼
# Advertisement ▼"), or "sponsored by" and a name. Ad servers and sites print these few words on every slot:
# a standard vocabulary, like the consent buttons'. Matched casefolded, between separators.
_AD_WORDS = frozenset(
    "advertisement advertisements advertising ad ads sponsored promoted paid content post posts stories links "
    "partner sponsor sponsors sponsored content "  # en
    "anzeige anzeigen werbung gesponsert gesponserter inhalt reklame "  # de
    "publicidad anuncio anuncios contenido patrocinado publirreportaje "  # es
    "publicité pub contenu sponsorisé partenaire publireportage partenariat "  # fr
    "publicidade anúncio conteúdo patrocinado publieditorial "  # pt
    "pubblicità contenuto sponsorizzato pubbliredazionale "  # it
    "реклама рекламы спецпроект партнерский партнёрский материал проект промо на правах "  # ru
    "إعلان إعلانات محتوى ممول إعلاني مادة إعلانية ممولة".split()  # ar
)
# Words that make a line an ad's label (the rest, "content", "partner", "material", only go with them).
_AD_HEADS = frozenset(
    "advertisement advertisements advertising ad ads sponsored promoted sponsor anzeige anzeigen werbung "
    "paid partner partenaire gesponsert gesponserter reklame publicidad anuncio anuncios patrocinado publirreportaje publicité pub "
    "sponsorisé publireportage publicidade anúncio publieditorial pubblicità sponsorizzato pubbliredazionale "
    "реклама рекламы спецпроект партнерский партнёрский промо إعلان إعلانات ممول إعلاني إعلانية ممولة".split()
)
_AD_CJK = ("広告", "スポンサーリンク", "スポンサード", "プロモーション", "广告", "廣告", "推广", "推廣", "赞助内容", "贊助內容", "PR")
# The prompt to read on under the slot, per language.
_AD_READ_ON = re.compile(
    r"(?i:scroll (?:down )?to continue(?: (?:with|reading)(?: content)?)?|continue reading(?: below)?"
    r"|(?:story|article) continues(?: below)?|sigue leyendo(?: debajo| abajo)?|contin[úu]a leyendo"
    r"|la suite (?:après|ci-dessous)(?: (?:la|cette) publicité)?|weiterlesen(?: nach der anzeige)?"
    r"|(?:der )?artikel (?:wird )?(?:unten|nach der anzeige) (?:fortgesetzt|weiter)|continua a leggere(?: dopo la pubblicità)?"
    r"|continue lendo|continua (?:depois|após) (?:da|a) publicidade|продолжение (?:после рекламы|ниже)|читайте далее"
    r"|記事の続きは(?:こちら|下)|下に続きます|يتبع)"
)
# "Sponsored by Acme Bank", "Gesponsert von ...", "Patrocinado por ...", "Sponsorisé par ...", "При поддержке ...".
_SPONSORED_BY = re.compile(
    r"(?i:sponsored by|presented by|in partnership with|gesponsert von|präsentiert von|in zusammenarbeit mit"
    r"|patrocinado por|presentado por|sponsorisé par|présenté par|en partenariat avec|sponsorizzato da"
    r"|in collaborazione con|при поддержке|برعاية) [^\s,;.][^,;.]{0,60}"
)
_AD_NAMED = re.compile(r"(?i:advert|anzeige|publicit|pubblicit|реклам)")
_AD_SEPARATORS = re.compile(r" ?[-–—·|:•/] ?|[▼▲↓⬇︎]|\. ")
_AGE_RATING = re.compile(r"\d{1,2}\+")  # "Реклама. 18+": the rating the law has an ad carry
_AD_MAX_WORDS = 10
_GLUED_LINE_MAX_CHARS = 120
_WORD_CHARS = re.compile(r"\w")


def ad_label(text: str) -> bool:
    """Whether ``text`` is an ad slot's label (see ``_AD_WORDS``): "Advertisement", "- Anzeige -", "PUBLICITÉ",
    "Реклама", "広告", "Advertisement · Scroll to continue", "Sponsored by Acme Bank". A story sentence about
    advertising goes on in words that are no label's ("Die Anzeige wurde nach Protesten zurückgezogen")."""
    if len(text) > 120 or text[-1:] in "!?。":
        return False
    if _SPONSORED_BY.fullmatch(text.rstrip(".")) is not None:
        return len(text.split()) <= _AD_MAX_WORDS
    has_head = False
    if " " in text and (m := _AD_READ_ON.search(text)) is not None and m.end() == len(text.rstrip(" .…")):
        # "Advertisement Story continues": the prompt run on after the label with a space.
        has_head = _AD_NAMED.search(m.group()) is not None
        text = text[:m.start()]
    for part in _AD_SEPARATORS.split(text.strip(" .…")):
        part = part.strip(" .…*()[]")
        if not part or _WORD_CHARS.search(part) is None or _AGE_RATING.fullmatch(part):
            continue
        if _AD_READ_ON.fullmatch(part):
            # "Continua a leggere dopo la pubblicità", "Продолжение после рекламы": the prompt names the ad.
            has_head = has_head or _AD_NAMED.search(part) is not None
            continue
        if part in _AD_CJK:
            has_head = True
            continue
        words = part.casefold().split()
        if not words or not all(w in _AD_WORDS for w in words):
            return False
        has_head = has_head or not _AD_HEADS.isdisjoint(words)
    return has_head


NEWSLETTER = Rule(
    "newsletter_box", 1, "structural", "APÚNTATE: boletín diario de La Voz de la Costa",
    keep="Subscribers to the newsletter rose 20% last year, the company said.",
)
# A newsletter or sign-up box: a short line that names what it sends (a newsletter, the inbox, a mailing list,
# an official account) and asks for the sign-up, or offers a trial at a price. Its words, per language: the
# nouns, the sign-up verbs (imperative or infinitive, as the box's button has them) and the words a sign-up
# button adds ("now", "free", "here"). Matched in any case.
_NEWSLETTER_NOUNS = re.compile(
    r"newsletter|inbox|mailing list|e-?mail alerts|bolet[ií]n|boletim|infolettre|lettre d'information"
    r"|lettre quotidienne|notiziario|рассылк|на почту|نشرة|النشرة|نشرت|بريدك|简报|邮件|电子报|メールマガジン|メルマガ"
    r"|ニュースレター|公众号|公眾號",
    re.IGNORECASE,
)
_SIGN_UP = (
    r"sign up|sign-up|subscribe|register|get our|get the|join"  # en
    r"|suscr[ií]bete|suscribirse|susc[rí]ibase|ap[úu]ntate|reg[ií]strate|recibe|recibir"  # es
    r"|inscrivez-vous|abonnez-vous|s'inscrire|s’inscrire|je m'inscris|recevez|recevoir"  # fr
    r"|abonnieren|jetzt anmelden|anmelden|registrieren|melden sie sich|erhalten sie|bestellen"  # de
    r"|assine|inscreva-se|cadastre-se|receba|receber"  # pt
    r"|iscriviti|abbonati|registrati|ricevi|ricevere"  # it
    r"|подпишитесь|подписывайтесь|подписаться|подписка|получайте"  # ru
    r"|اشترك|اشتركوا|سجل|سجّل|تابعونا|تابعنا|احصل"  # ar
    r"|订阅|訂閱|关注|關注|注册|登録|購読|フォロー"  # zh, ja
)
# The sign-up opening the line or a clause of it ("APÚNTATE: ...", "Like this story? Get our ..."), or a
# caseless script's verb anywhere ("メールマガジンの登録はこちら", "关注...公众号").
_SIGN_UP_LEAD = re.compile(rf"(?:^|[?!:.|—–-] )(?:{_SIGN_UP})\b|(?:订阅|訂閱|关注|關注|登録|購読)", re.IGNORECASE)
# The verbs that ask for a subscription itself: a short line they open is a button ("Abonnieren", "S'abonner",
# "Подписаться на новости", "Don't miss a thing. Subscribe now.").
_SUBSCRIBE = re.compile(
    r"(?:^|[?!:.|—–-] )(?:subscribe|suscr[ií]bete|suscribirse|s'abonner|s’abonner|abonnez-vous|abonnieren|assine"
    r"|iscriviti|abbonati|подпишитесь|подписаться|اشترك|اشتركوا)\b|^(?:订阅|訂閱|購読)",
    re.IGNORECASE,
)
# A sign-up form's e-mail field ("Your email address", "Ihre E-Mail-Adresse", "Introduce tu correo electrónico").
_EMAIL_FIELD = re.compile(
    r"e-?mail[- ]?(?:address|adresse)|adresse (?:e-?mail|électronique)|correo electr[oó]nico|endere[çc]o de e-?mail"
    r"|indirizzo (?:e-?mail|di posta)|(?:адрес )?электронн\w* почт\w*|البريد الإلكتروني|电子邮件地址|邮箱地址|メールアドレス",
    re.IGNORECASE,
)
_EMAIL_FIELD_MAX_WORDS = 5
_NEWSLETTER_HEADING_MAX_WORDS = 2  # "Newsletter", "NEWSLETTER", "Boletín diario": the box's heading
# What a sign-up button adds: now, free, here, today.
_SIGN_UP_NOW = re.compile(
    r"\b(?:now|free|here|today|ahora|gratis|aqu[ií]|maintenant|gratuitement|ici|jetzt|kostenlos|hier|agora"
    r"|gr[áa]tis|aqui|ora|adesso|qui|сейчас|бесплатно|здесь)\b|الآن|مجانا|مجاناً|هنا|免费|立即|無料|こちら|今すぐ",
    re.IGNORECASE,
)
# A trial at a price: "Jetzt 4 Wochen für 0 € testen", "Try 3 months for $1", "1 € le premier mois".
_TRIAL = re.compile(
    r"(?=.{0,60}(?:\d ?[€$£]|[€$£] ?\d|\d ?(?:euros?|eur)\b))"
    r".{0,60}\b(?:testen|test|try|trial|essai|essayez|prueba|pruébalo|teste|experimente|prova|provalo"
    r"|probeabo|пробн\w*|abo|abonnement|suscripción|assinatura|abbonamento|подписк\w*)\b",
    re.IGNORECASE,
)
_NEWSLETTER_MAX_WORDS = 16
_TRIAL_MAX_WORDS = 12
_SIGN_UP_ALONE_MAX_WORDS = 6


def newsletter_box(text: str, words: int) -> bool:
    """Whether ``text`` is a newsletter or sign-up box's line: at most 16 words, unquoted, naming a newsletter
    and asking for the sign-up ("Sign up for our Morning Briefing newsletter", "APÚNTATE: boletín diario",
    "メールマガジンの登録はこちら »"), or in the site's voice ("Like this story? Get our free ... newsletter");
    a short sign-up button with "now" or "free" ("Jetzt kostenlos anmelden", "سجل الآن مجاناً"); or a trial
    at a price ("Jetzt 4 Wochen für 0 € testen"). A story sentence on a newsletter neither asks nor speaks to
    the reader ("Subscribers to the newsletter rose 20% last year")."""
    # A page sets a decoration before the box's line and an arrow after it ("► Sign up ...", "... こちら »").
    text = undecorated(text).rstrip(" →»>›▶►↓")
    if words > _NEWSLETTER_MAX_WORDS or not text or quoted(text):
        return False
    lead = _SIGN_UP_LEAD.search(text)
    if _NEWSLETTER_NOUNS.search(text) is not None and (
        lead is not None or reader_addressed(text) or words <= _NEWSLETTER_HEADING_MAX_WORDS
        # A short line names its verb anywhere ("Jetzt Newsletter abonnieren").
        or (words <= _SIGN_UP_ALONE_MAX_WORDS and re.search(_SIGN_UP, text, re.IGNORECASE) is not None)
    ):
        return not is_sentence(text) or words > _NEWSLETTER_HEADING_MAX_WORDS
    if words <= _SIGN_UP_ALONE_MAX_WORDS and (
        (lead is not None and lead.start() == 0 and _SIGN_UP_NOW.search(text) is not None)
        or _SUBSCRIBE.search(text) is not None
    ):
        return True
    if words <= _EMAIL_FIELD_MAX_WORDS and not is_sentence(text) and _EMAIL_FIELD.search(text) is not None:
        return True
    return words <= _TRIAL_MAX_WORDS and _TRIAL.match(text) is not None


_RULE_FIRST = frozenset(_RULE_CHARS.replace("\\", ""))


def separator(text: str) -> bool:
    """Whether ``text`` is a separator rule or an end mark: "* * *", "———", "-0-", "- 30 -"."""
    return text[:1] in _RULE_FIRST and len(text) <= 80 and _SEPARATOR.fullmatch(text) is not None


_GLUED_AD_MAX_WORDS = 6
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
    m = _CAPS_RUN.match(text)
    if m is not None and m.end() < len(text) and text[m.end()].isupper():
        words = text[:m.end()].split()
        for k in range(min(len(words), _GLUED_AD_MAX_WORDS), 0, -1):
            head = " ".join(words[:k])
            if len(head) >= _GLUED_AD_MIN_CHARS and ad_label(head):
                end = text.index(words[k - 1]) + len(words[k - 1])
                return 0, end
    return None


def _box(line: Line) -> str | None:
    """The rule naming ``line`` an ad label or a newsletter box's line, or None; a pack's line rule names its own
    lines. Kept in the line's memo: the passes ask again every round."""
    memo = line.memo.get("widget_box")
    if memo is not None and memo[0] == line.text:
        return memo[1]
    text, words, found = line.text, line.words, None
    if (words <= _AD_MAX_WORDS and ad_label(text)) or newsletter_box(text, words):
        if LINE[True, True].first(text, 0, "fullmatch") is None:
            found = AD_LABEL.name if words <= _AD_MAX_WORDS and ad_label(text) else NEWSLETTER.name
    line.memo["widget_box"] = (text, found)
    return found


def comment_widget(text: str, words: int, tail: bool = True) -> bool:
    """Whether ``text`` is a comment section's heading with its count, a button naming comments and an action
    ("Show comments", "Accedi per commentare", "登录后发表评论"), or, in the tail zone (``tail``), a commenter's
    name and age ("jdoe123 · 3h ago"): a short line that ends no sentence. Above the story's end a name and an
    age is a byline with its stamp ("Jane Doe · 2 hours ago")."""
    if not text[:1].isalnum():
        text = undecorated(text)  # "🔴 Comments (8)", "► Show comments": the page's decoration
    if words > _COMMENT_LINE_MAX_WORDS or (text[-1:] in ".。" and _CONVERSATION.fullmatch(text) is None):
        return False
    if _COMMENT_COUNT.fullmatch(text) is not None or _CONVERSATION.fullmatch(text) is not None:
        return True
    if _COMMENT_WORD.search(text) is not None:
        return _COMMENT_ACTION.search(text) is not None and not any(c.isdigit() for c in text)
    age = RELATIVE_AGE.search(text) if tail else None
    return age is not None and _COMMENTER.fullmatch(text, 0, age.start()) is not None


def widgets(doc: Doc) -> None:
    """Separators and end marks, consent buttons and notices, share rows, comment-section lines, ad labels and newsletter
    boxes, in any zone (a commenter's line in the tail); an ad label run into a story paragraph (``_glued_ad``)."""
    kept, (_, tail) = doc.zones()
    for i, line in enumerate(list(kept)):
        words = line.words
        text = line.text
        if words > CONSENT_NOTICE_MAX_WORDS:
            pass  # a story paragraph: only a label run into it is looked for
        elif separator(text):
            doc.remove(line, SEPARATOR.name)
            continue
        elif words <= CONSENT_ROW_MAX_WORDS and consent_button(text, words):
            doc.remove(line, CONSENT.name)
            continue
        elif consent_notice(text, words):
            doc.remove(line, CONSENT.name)
            if i and kept[i - 1].kept and consent_heading(kept[i - 1].text, kept[i - 1].words):
                doc.remove(kept[i - 1], CONSENT.name)
            continue
        elif words <= _SHARE_ROW_MAX_WORDS and share_row(text):
            doc.remove(line, SHARE_ROW.name)
            continue
        elif words <= _COMMENT_LINE_MAX_WORDS and line.memo.get("comment") != (text, i > tail) and comment_widget(
            text, words, tail=i > tail
        ):
            doc.remove(line, COMMENTS.name)
            continue
        elif words <= _NEWSLETTER_MAX_WORDS and (rule := _box(line)) is not None:
            at = _story_before(line)
            if at is None:
                doc.remove(line, rule)
            else:  # a story sentence and the box's line run into one paragraph: the sentence stays
                doc.strip(line, rule, at, len(text))
                doc.cut_tail(line, at)
            continue
        if words <= _COMMENT_LINE_MAX_WORDS:
            line.memo["comment"] = (text, i > tail)  # kept: not tested again while unchanged
        if words <= _GLUED_AD_MAX_WORDS or line.memo.get("glued_ad") == text:
            continue
        line.memo["glued_ad"] = text
        found = _glued_ad(line)
        if found is not None:
            start, end = found
            doc.strip(line, AD_LABEL.name, start, end)
            if start == 0:
                doc.cut(line, end)
            else:
                doc.cut_tail(line, start)
