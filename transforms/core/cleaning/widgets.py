"""Page widgets told by their shape wherever they stand: separator rules and end marks, the buttons and notice
of a cookie-consent banner, a row of share buttons that repeat their label, the comment section's headings,
buttons and commenter lines, an ad slot's label, and the lines of a newsletter or sign-up box.

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
from wirewash.transforms.core.cleaning.generic import LINE, glued_tail
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.rules.shapes import RELATIVE_AGE
from wirewash.transforms.core.cleaning.shaped import undecorated
from wirewash.transforms.core.cleaning.structure import Doc, Line, is_sentence

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
    "i got it continue without accepting show purposes vendors "  # en
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
# A banner's buttons run together on one line ("I Accept Reject All Show Purposes"): consent words only, two or
# more of them actions.
_CONSENT_ROW_MAX_WORDS = 10
# The cookie itself, in the languages whose sites translate it; and the consent framework's (IAB TCF) first
# purpose, which every banner built on it states in its fixed wording and translations: "store and/or access
# information on a device" ("We and our 842 partners store and access information on your device.").
_COOKIE = re.compile(
    r"cookie|クッキー|쿠키|куки|ملفات تعريف الارتباط"
    r"|access\w* information on (?:a|your) device|acc[èée]d\w* à des informations sur (?:un|votre) appareil"
    r"|informationen auf (?:einem|ihrem) gerät|acced\w* a (?:la )?información en (?:un|su) dispositivo"
    r"|acced\w* (?:a|alle) informazioni su (?:un|il tuo) dispositivo|aced\w* (?:a|às) informações (?:num|no seu) dispositivo",
    re.IGNORECASE,
)
# "This site" in the languages of the packs ("Questo sito utilizza cookie", "当サイトでは", Arabic "we use").
_SITE = re.compile(
    r"\b(?:this|our) (?:web)?site\b|\b(?:questo|este|nuestro|ce|notre|nosso) (?:sito|sitio|site)\b"
    r"|\b(?:diese|unsere) (?:(?:web)?seite|website)\b|\b(?:этот|наш) сайт|当サイト|本网站|本站|이 사이트|موقعنا|نستخدم",
    re.IGNORECASE,
)
_CONSENT_NOTICE_MAX_WORDS = 40

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
_WORDS = re.compile(r"[\w'’-]+")


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
    "partner sponsor sponsors sponsored content advertorial "  # en
    "anzeige anzeigen werbung gesponsert gesponserter inhalt reklame werbeanzeige bezahlter bezahlte beitrag "  # de
    "publicidad anuncio anuncios contenido patrocinado publirreportaje espacio publicitario de marca "  # es
    "artículo publicité pub contenu sponsorisé partenaire publireportage partenariat espace publicitaire "  # fr
    "article publicidade anúncio conteúdo patrocinado publieditorial espaço publicitário artigo "  # pt
    "pubblicità contenuto sponsorizzato pubbliredazionale spazio pubblicitario informazione pubblicitaria "  # it
    "articolo messaggio promozionale annonce annonces annuncio annunci "  # fr, it
    "реклама рекламы спецпроект партнерский партнёрский материал проект промо на правах рекламный блок "  # ru
    "إعلان إعلانات محتوى ممول إعلاني مادة إعلانية ممولة اعلان اعلانات مساحة برعاية".split()  # ar
)
# Words that make a line an ad's label (the rest, "content", "partner", "material", only go with them).
_AD_HEADS = frozenset(
    "advertisement advertisements advertising ad ads sponsored promoted sponsor anzeige anzeigen werbung "
    "paid partner partenaire gesponsert gesponserter reklame publicidad anuncio anuncios patrocinado publirreportaje publicité pub "
    "sponsorisé publireportage publicidade anúncio publieditorial pubblicità sponsorizzato pubbliredazionale "
    "реклама рекламы спецпроект партнерский партнёрский промо إعلان إعلانات ممول إعلاني إعلانية ممولة "
    # Words that name an ad's slot or kind: "Espacio publicitario", "Werbeanzeige", "Рекламный блок", "اعلان".
    "advertorial werbeanzeige bezahlter bezahlte publicitario publicitaire publicitário pubblicitario "
    "pubblicitaria promozionale рекламный اعلان اعلانات annonce annonces annuncio annunci برعاية".split()
)
_AD_CJK = (
    "広告", "スポンサーリンク", "スポンサード", "プロモーション", "广告", "廣告", "推广", "推廣", "赞助内容", "贊助內容", "PR",
    "【PR】", "商业推广", "商業推廣", "广告位", "广告位招租", "广告合作", "推广内容",
)
# The prompt to read on under the slot, per language.
_AD_READ_ON = re.compile(
    r"(?i:scroll (?:down )?to continue(?: (?:with|reading)(?: content)?)?|continue reading(?: below)?"
    r"|(?:story|article) continues(?: below)?|(?:sigue|contin[úu]a) leyendo(?: debajo| abajo)?"
    r"(?: (?:después|tras) (?:de la publicidad|del anuncio))?"
    r"|la suite (?:après|ci-dessous)(?: (?:la|cette) publicité)?|weiterlesen(?: nach der (?:anzeige|werbung))?"
    r"|(?:weiter|mehr) nach der (?:anzeige|werbung)|lesen sie (?:nach|unter) der (?:anzeige|werbung) weiter"
    r"|(?:der )?artikel (?:wird )?(?:unten|(?:nach|unter) der (?:anzeige|werbung)) (?:fortgesetzt|weiter)"
    r"|continua a leggere(?: dopo la pubblicità)?"
    r"|continue (?:lendo|a ler(?: a seguir)?)|continua (?:depois|após) (?:da|a) publicidade"
    r"|продолжение (?:после рекламы|ниже)|читайте далее"
    r"|(?:تابع|أكمل|واصل) القراءة(?: بعد الإعلان| أدناه)?|يتواصل المقال بعد الإعلان"
    r"|继续阅读|(?:以下|下方)(?:为|是)?广告|滚动(?:以)?继续阅读"
    r"|(?:この)?広告の下に記事が続きます|記事の続きは(?:広告の(?:後|あと)で?|こちら|下)|下に続きます|يتبع)"
)
# "Sponsored by Acme Bank", "Gesponsert von ...", "Patrocinado por ...", "Sponsorisé par ...", "При поддержке ...".
_SPONSORED_BY = re.compile(
    r"(?i:sponsored by|presented by|in partnership with|gesponsert von|präsentiert von|in zusammenarbeit mit"
    r"|patrocinado por|presentado por|sponsorisé par|présenté par|en partenariat avec|sponsorizzato da"
    r"|in collaborazione con|при поддержке|برعاية"
    # "Ofrecido por ...", "Proposé par ...", "Conteúdo oferecido por ...", "Contenuto offerto da ...".
    r"|(?:contenido )?ofrecido por|(?:contenu )?proposé par|(?:conteúdo )?oferecido por|(?:contenuto )?offerto da"
    r"|(?:материал (?:подготовлен|создан) )?при поддержке) [^\s,;.][^,;.]{0,60}"
)
_AD_NAMED = re.compile(r"(?i:advert|anzeige|werbung|publicit|publicid|pubblicit|anuncio|реклам|الإعلان|广告|広告)")
# Labels of a few words that are no list of the label words: the slot's own buttons and the ad networks' credits
# ("Report this ad", "Ads by Google", "Recommended by Outbrain").
_AD_PHRASES = re.compile(
    r"(?i:report this ad|remove ads|hide (?:this )?ad|skip (?:this )?ad(?:vertisement)?|ad feedback|ad closed by google|ads by google|advertise (?:with|on) us"
    r"|(?:recommended|promoted|sponsored|ads|content|stories) by (?:outbrain|taboola|revcontent|mgid|zergnet)"
    r"|contenido de marca|conteúdo de marca|contenu de marque)"
)
# The marking Russian law puts on an ad: "Реклама. ООО «Ромашка», ИНН 7700000000", "Реклама. erid: 2Vtzqx...".
_AD_MARKING = re.compile(r"(?i:реклама[.,:] [^\n]{0,100}\b(?:инн|erid)\b[^\n]{0,60})")
_AD_SEPARATORS = re.compile(r" ?[-–—·|:•/] ?|[▼▲↓⬇︎]|\. ")
_AGE_RATING = re.compile(r"\d{1,2}\+")  # "Реклама. 18+": the rating the law has an ad carry
_AD_MAX_WORDS = 10
_GLUED_LINE_MAX_CHARS = 120
_WORD_CHARS = re.compile(r"\w")


# What a page sets after a box's line: an arrow, a colon, an ellipsis ("Advertisement →", "Publicité :",
# "Newsletter abonnieren…"). No label or button ends so in the packs' words.
_RESTYLED_END = re.compile(r"(?: ?[→»>›▶►↓]| ?[:：]|…|\.{3})+$")


def restyled(text: str) -> str:
    """``text`` without the decoration before it and the arrow, colon or ellipsis after it, as a page styles a
    box's line ("► Advertisement →" -> "Advertisement")."""
    return _RESTYLED_END.sub("", undecorated(text)).rstrip()


def ad_label(text: str) -> bool:
    """Whether ``text`` is an ad slot's label (see ``_AD_WORDS``) or the prompt to read on under it: "Advertisement",
    "- Anzeige -", "PUBLICITÉ", "Реклама", "広告", "Advertisement · Scroll to continue", "Sponsored by Acme Bank",
    "Sigue leyendo debajo". A story sentence about
    advertising goes on in words that are no label's ("Die Anzeige wurde nach Protesten zurückgezogen")."""
    if len(text) > 120 or text[-1:] in "!?。":
        return False
    if _AD_PHRASES.fullmatch(text.rstrip(" .")) is not None or _AD_MARKING.fullmatch(text) is not None:
        return True
    if _AD_READ_ON.fullmatch(text.rstrip(" .…")) is not None:
        return True  # the prompt under the slot on a line of its own ("Sigue leyendo debajo", "下に続きます")
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
    r"|ニュースレター|公众号|公眾號"
    # The inbox in the box's own words: "en tu correo", "nella tua casella di posta", "no seu e-mail".
    r"|en tu (?:correo|bandeja)|dans votre boîte|in (?:ihr|dein) postfach|no seu e-?mail|na sua caixa"
    r"|casella di posta|nella tua (?:e-?mail|casella)",
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
    r"(?:^|[?!:.|—–-] )(?:subscribe|sign up|suscr[ií]bete|suscribirse|s'abonner|s’abonner|abonnez-vous|abonnieren|assine"
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
# Prompts of a sign-up or a subscriber wall that name no newsletter, per language: following the site on a
# messaging app ("Never miss a story: follow us on WhatsApp", "تابعونا على تيليغرام", "公式LINEを友だち追加",
# "扫码关注官方微信"), the app download ("下载客户端，阅读更多精彩内容"), registering to read on ("Jetzt kostenlos
# registrieren und weiterlesen") and the log-in under a wall ("Sie sind bereits Abonnent? Hier anmelden",
# "Уже подписаны? Войти"). Fullmatched, casefolded.
_FOLLOW_APP = re.compile(
    r"(?:[^.!?]{0,30}[:—–-] )?(?:follow us|join (?:us|our [\w ]{1,20}(?:channel|community))|síguenos|suivez-nous"
    r"|rejoignez-nous|folgen sie uns|siga-nos|segue-nos|seguici|подписывайтесь на (?:нас|наш [\w-]{1,20}канал)"
    r"|تابعونا|تابعنا|انضم إلى قناتنا) (?:on|en|sur|auf|no|na|su|в|على|عبر) [^.!?]{0,30}"
    r"(?:whatsapp|telegram|viber|signal|google news|line|канал|telegram-канал|واتساب|تيليغرام|تلغرام|تليجرام)[^.!?]{0,20}"
    r"|(?:扫码|扫描二维码|长按二维码)?关注(?:我们的)?(?:官方)?(?:微信|微博)(?:公众号)?[^\n。]{0,20}"
    r"|(?:下载|下載)[^\n，。]{0,8}(?:客户端|客戶端|app)[^\n]{0,20}"
    r"|[^\n。]{0,20}(?:公式)?line(?:公式アカウント)?を?友だち追加[^\n。]{0,20}",
    re.IGNORECASE,
)
_WALL = re.compile(
    r"(?:jetzt )?(?:kostenlos |gratis )?registrieren und (?:weiterlesen|weiter lesen)|reg[ií]strate (?:gratis )?para"
    r" (?:seguir|continuar) leyendo|inscrivez-vous (?:gratuitement )?pour lire la suite|registe-se para continuar a ler"
    r"|cadastre-se (?:gratuitamente )?para continuar lendo|registrati (?:gratis )?per continuare a leggere"
    r"|(?:sie sind )?bereits (?:abonnent|abonnentin|registriert)\?[^\n]{0,30}|уже (?:подписаны|подписчик|зарегистрированы)\?"
    r"[^\n]{0,20}|já é assinante\?[^\n]{0,30}|sei già abbonato\?[^\n]{0,30}|هل أنت مشترك[؟?][^\n]{0,30}"
    r"|已(?:是|经是)(?:订阅|付费|会员)用户[？?][^\n]{0,20}",
    re.IGNORECASE,
)
_PROMPT_MAX_WORDS = 12
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
    text = restyled(text)
    if words > _NEWSLETTER_MAX_WORDS or not text or quoted(text):
        return False
    if words <= _PROMPT_MAX_WORDS and (
        _FOLLOW_APP.fullmatch(text.rstrip(" .!。")) is not None or _WALL.fullmatch(text.rstrip(" .")) is not None
    ):
        return True
    lead = _SIGN_UP_LEAD.search(text)
    if _NEWSLETTER_NOUNS.search(text) is not None and (
        lead is not None or reader_addressed(text) or words <= _NEWSLETTER_HEADING_MAX_WORDS
        # A short line names its verb anywhere ("Jetzt Newsletter abonnieren").
        or (words <= _SIGN_UP_ALONE_MAX_WORDS and re.search(_SIGN_UP, text, re.IGNORECASE) is not None)
        # Or a button's line, unpunctuated ("Jetzt den Newsletter bestellen und nichts mehr verpassen").
        or (words <= _PROMPT_MAX_WORDS and not is_sentence(text) and re.search(_SIGN_UP, text, re.IGNORECASE))
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


def consent_button(text: str, words: int) -> bool:
    """Whether ``text`` is a consent banner's button or link: at most five words, every one a consent word, one
    of them an action ("Accept all cookies", "Tout accepter", "Alle akzeptieren", "全部接受"); or a row of its
    buttons, up to ten consent words with two actions or more ("I Accept Reject All Show Purposes")."""
    if words > _CONSENT_ROW_MAX_WORDS or text[-1:] in ".!?。":
        return False
    tokens = _WORDS.findall(text.casefold())
    if tokens and all(t in _CONSENT_WORDS for t in tokens):
        if words > _CONSENT_BUTTON_MAX_WORDS:
            return sum(t in _CONSENT_ACTIONS for t in tokens) >= 2
        return not _CONSENT_ACTIONS.isdisjoint(tokens) or (len(tokens) > 1 and not _CONSENT_NOUNS.isdisjoint(tokens))
    if words > _CONSENT_BUTTON_MAX_WORDS:
        return False
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
    if words > _CONSENT_NOTICE_MAX_WORDS or _COOKIE.search(text) is None or quoted(text):
        return False
    return reader_addressed(text) or _SITE.search(text) is not None


_GLUED_AD_MAX_WORDS = 6
_GLUED_AD_MIN_CHARS = 5  # "AD", "PR", "PUB" in capitals run into a sentence are a party's, an era's, a firm's
_CAPS_RUN = re.compile(r"(?:[^\W\d_a-zß-ÿа-яё]{2,}[ .:·|–—-]*){1,6}")


def _glued_ad(line: Line) -> tuple[int, int] | None:
    """(start, end) of an ad slot's label run into a story paragraph, or None: after its last sentence
    ("... June 1989. Advertisement Story continues"), set in capitals at its end or its start ("... de Verdade
    PUBLICIDADE", "ADVERTISEMENT The vote ..."). A label in capitals is set off from any text; one in sentence
    case only after a sentence's end."""
    text = line.text
    if text[-1:] not in ".!?。":
        # A label with a stop of its own ("... before retiring. Реклама. 18+", "... Advertisement. Scroll to
        # continue"): the tail from the sentence end before the last one, tried first (it holds the label).
        ends = [b.end() for b in line.breaks() if b[0][-1] == " "]
        if len(ends) >= 2 and len(text) - ends[-2] <= _GLUED_LINE_MAX_CHARS and ad_label(text[ends[-2]:]):
            return ends[-2], len(text)
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
    bare = restyled(text) or text
    if (words <= _AD_MAX_WORDS and ad_label(bare)) or newsletter_box(text, words):
        if LINE[True, True].first(text, 0, "fullmatch") is None:
            found = AD_LABEL.name if words <= _AD_MAX_WORDS and ad_label(bare) else NEWSLETTER.name
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
        if words > _CONSENT_NOTICE_MAX_WORDS:
            pass  # a story paragraph: only a label run into it is looked for
        elif separator(text):
            doc.remove(line, SEPARATOR.name)
            continue
        elif (words <= _CONSENT_ROW_MAX_WORDS and consent_button(text, words)) or consent_notice(text, words):
            doc.remove(line, CONSENT.name)
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
            doc.remove(line, rule)
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
