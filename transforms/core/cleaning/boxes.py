"""Ad slots and sign-up boxes told by their words wherever they stand: an ad slot's label and the prompt to read
on under it, and the lines of a newsletter, sign-up or subscriber-wall box.

- an ad slot's label is the word for an advertisement or sponsored content in the packs' languages, alone or
  with the prompt to read on, or "sponsored by" a name; ad servers and sites print these few words on every
  slot, a standard vocabulary like the consent buttons' (``widgets``);
- a box names what it sends (a newsletter, the inbox, an official account) and asks for the sign-up, offers a
  trial at a price, asks to follow the site on a messaging app or to register to read on.

A page styles a box's line (a decoration before it, an arrow, colon or ellipsis after it): ``restyled`` takes
the styling off before the words are read. ``widgets`` applies both in any zone.
"""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.cues import ACCOUNT, ATTRIBUTED, quoted, reader_addressed, unattributed
from wirewash.transforms.core.cleaning.matcher import Words
from wirewash.transforms.core.cleaning.normalise import count_words
from wirewash.transforms.core.cleaning.regex_shape import led
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.shaped import undecorated
from wirewash.transforms.core.cleaning.structure import Doc, Line, is_body, is_sentence

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
_AD_READ_ON = led(re.compile(
    r"(?i:scroll (?:down )?to continue(?: (?:with|reading)(?: content)?)?|continue reading(?: below)?"
    r"|(?:story|article) continues(?: below)?|(?:sigue|contin[úu]a) leyendo(?: debajo| abajo)?"
    r"(?: (?:después|tras) (?:de la publicidad|del anuncio))?"
    r"|(?:lire )?la suite (?:après|ci-dessous)(?: (?:la|cette) publicité)?|weiterlesen(?: nach der (?:anzeige|werbung))?"
    # The story named, going on below or after the ad: "La noticia continúa tras la publicidad", "L'article se
    # poursuit ci-dessous", "A reportagem continua abaixo", "La notizia prosegue dopo la pubblicità".
    r"|(?:the |la |l['’]|a |o |der |die |das )?(?:story|article|content|report|text|noticia|nota|información|artículo"
    r"|artikel|notizia|articolo|notícia|matéria|reportagem|texto) (?:continues|continúa|sigue|continue|se poursuit"
    r"|geht weiter|prosegue|continua|segue)(?: (?:below(?: (?:the|this) (?:ad|advertisement))?|debajo|abajo"
    r"|ci-dessous|unten|sotto|abaixo|after (?:the|this) (?:ad|advertisement)|(?:tras|después de) (?:la|esta) publicidad|après (?:la|cette) publicité"
    r"|nach der (?:anzeige|werbung)|dopo la pubblicità|(?:após|depois d)a publicidade))?"
    r"|(?:weiter|mehr) nach der (?:anzeige|werbung)|lesen sie (?:nach|unter) der (?:anzeige|werbung) weiter"
    r"|(?:der )?artikel (?:wird )?(?:unten|(?:nach|unter) der (?:anzeige|werbung)) (?:fortgesetzt|weiter)"
    r"|continua a leggere(?: dopo la pubblicità)?"
    r"|continue (?:lendo|a ler(?: a seguir)?)|continua (?:depois|após) (?:da|a) publicidade"
    r"|продолжение (?:после рекламы|ниже)|читайте далее"
    r"|(?:تابع|أكمل|واصل) القراءة(?: بعد الإعلان| أدناه)?|يتواصل المقال بعد الإعلان"
    r"|继续阅读|(?:以下|下方)(?:为|是)?广告|滚动(?:以)?继续阅读"
    r"|(?:この)?広告の下に記事が続きます|記事の続きは(?:広告の(?:後|あと)で?|こちら|下)|下に続きます|يتبع)"
))
# A word of every prompt above, found in the lower-cased line before the prompt is searched for run on after a
# label: the search tries the led alternatives at most places of the line (15 us a line of ten words).
_AD_READ_ON_WORDS = Words(_AD_READ_ON, (
    "scroll", "contin", "leyendo", "sigue", "suite", "weiter", "nach der ", "poursuit", "prosegue", "segue",
    "fortgesetzt", "продолжение", "читайте", "القراءة", "يتواصل", "继续阅读", "广告", "広告", "記事の続き", "続きます",
    "يتبع",
))
# "Sponsored by Acme Bank", "Gesponsert von ...", "Patrocinado por ...", "Sponsorisé par ...", "При поддержке ...".
_SPONSORED_BY = led(re.compile(
    r"(?i:sponsored by|presented by|in partnership with|gesponsert von|präsentiert von|in zusammenarbeit mit"
    r"|patrocinado por|presentado por|sponsorisé par|présenté par|en partenariat avec|sponsorizzato da"
    r"|in collaborazione con|при поддержке|برعاية"
    # "Ofrecido por ...", "Proposé par ...", "Conteúdo oferecido por ...", "Contenuto offerto da ...".
    r"|(?:contenido )?ofrecido por|(?:contenu )?proposé par|(?:conteúdo )?oferecido por|(?:contenuto )?offerto da"
    r"|(?:материал (?:подготовлен|создан) )?при поддержке) [^\s,;.][^,;.]{0,60}"
))
_AD_NAMED = led(re.compile(r"(?i:advert|anzeige|werbung|publicit|publicid|pubblicit|anuncio|реклам|الإعلان|广告|広告)"))
# Labels of a few words that are no list of the label words: the slot's own buttons and the ad networks' credits
# ("Report this ad", "Ads by Google", "Recommended by Outbrain").
_AD_PHRASES = led(re.compile(
    r"(?i:report this ad|remove ads|hide (?:this )?ad|skip (?:this )?ad(?:vertisement)?|ad feedback|ad closed by google|ads by google|advertise (?:with|on) us"
    r"|(?:recommended|promoted|sponsored|ads|content|stories) by (?:outbrain|taboola|revcontent|mgid|zergnet)"
    r"|contenido de marca|conteúdo de marca|contenu de marque)"
))
# The marking Russian law puts on an ad: "Реклама. ООО «Ромашка», ИНН 7700000000", "Реклама. erid: 2Vtzqx...".
_AD_MARKING = re.compile(r"(?i:реклама[.,:] [^\n]{0,100}\b(?:инн|erid)\b[^\n]{0,60})")
_AD_SEPARATORS = re.compile(r" ?[-–—·|:•/] ?|[▼▲↓⬇︎]|\. ")
_SLOT_NUMBER = re.compile(r"\d{1,2}")
_AGE_RATING = re.compile(r"\d{1,2}\+")  # "Реклама. 18+": the rating the law has an ad carry
AD_MAX_WORDS = 10
_WORD_CHARS = re.compile(r"\w")


# What a page sets after a box's line: an arrow, a colon, an ellipsis ("Advertisement →", "Publicité :",
# "Newsletter abonnieren…"). No label or button ends so in the packs' words.
_RESTYLED_END = re.compile(r"(?: ?[→»>›▶►↓]| ?[:：]|…|\.{3})+$")
_RESTYLED_LAST = frozenset("→»>›▶►↓:：….")  # the last characters it can take: no regex scan for any other line
_RESTYLED_CHARS = " →»>›▶►↓:：…."  # every character it can take


def restyled(text: str) -> str:
    """``text`` without the decoration before it and the arrow, colon or ellipsis after it, as a page styles a
    box's line ("► Advertisement →" -> "Advertisement")."""
    text = undecorated(text)
    # A sentence's own full stop is no styling (an ellipsis is three): answered before the run is read.
    if text[-1:] not in _RESTYLED_LAST or (text[-1] == "." and text[-2:-1] not in _RESTYLED_CHARS):
        return text
    # A match ends the text and holds only those characters: it lies in their run at the end, and the pattern
    # is tried there only, not at every character of a sentence ending in a full stop.
    run = len(text.rstrip(_RESTYLED_CHARS))
    return (text[:run] + _RESTYLED_END.sub("", text[run:])).rstrip()


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
        return len(text.split()) <= AD_MAX_WORDS
    has_head = False
    if (
        " " in text and _AD_READ_ON_WORDS.may_hold(text) and (m := _AD_READ_ON.search(text)) is not None
        and m.end() == len(text.rstrip(" .…"))
    ):
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
        if len(words) > 1 and _SLOT_NUMBER.fullmatch(words[-1]):
            words.pop()  # the slot's number on a page that counts its ads: "Advertisement 9"
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
_NEWSLETTER_NOUNS = led(re.compile(
    r"newsletter|inbox|mailing list|e-?mail alerts|bolet[ií]n|boletim|infolettre|lettre d'information"
    r"|lettre quotidienne|notiziario|рассылк|на почту|نشرة|النشرة|نشرت|بريدك|简报|邮件|电子报|メールマガジン|メルマガ"
    r"|ニュースレター|公众号|公眾號"
    # The inbox in the box's own words: "en tu correo", "nella tua casella di posta", "no seu e-mail".
    r"|en tu (?:correo|bandeja)|dans votre boîte|in (?:ihr|dein) postfach|no seu e-?mail|na sua caixa"
    r"|casella di posta|nella tua (?:e-?mail|casella)",
    re.IGNORECASE,
))
# A word of every noun above, found in the lower-cased line first: the search tries the nouns wherever a line
# has a "b", "e", "i", "l", "m" or "n" (``Words`` checks that they cover every alternative).
_NEWSLETTER_WORDS = Words(_NEWSLETTER_NOUNS, (
    "newsletter", "inbox", "mailing list", "mail alerts", "bolet", "infolettre", "lettre ", "notiziario",
    "рассылк", "на почту", "نشر", "بريدك", "简报", "邮件", "电子报", "メールマガジン", "メルマガ", "ニュースレター",
    "公众号", "公眾號", "en tu ", "dans votre bo", "postfach", "no seu e", "na sua caixa", "casella di posta",
    "nella tua ",
))


def _names_newsletter(text: str) -> bool:
    """Whether ``text`` names a newsletter or an inbox (``_NEWSLETTER_NOUNS``), the words found first."""
    return _NEWSLETTER_WORDS.may_hold(text) and _NEWSLETTER_NOUNS.search(text) is not None


_SIGN_UP = (
    r"sign up|sign me up|sign-up|subscribe|register|get our|get the|join"  # en
    r"|suscr[ií]bete|suscribirse|suscribirme|susc[rí]ibase|ap[úu]ntate|reg[ií]strate|recibe|recibir"  # es
    # The Rioplatense forms Argentine and Uruguayan sites address the reader in: "Suscribite", "Recibí ...".
    r"|suscribite|registrate|recibí"
    r"|inscrivez-vous|abonnez-vous|s'inscrire|s’inscrire|je m'inscris|recevez|recevoir"  # fr
    r"|abonnieren|jetzt anmelden|anmelden|registrieren|melden sie sich|erhalten sie|bestellen"  # de
    r"|assine|inscreva-se|cadastre-se|cadastrar|receba|receber"  # pt
    r"|iscriviti|abbonati|registrati|ricevi|ricevere"  # it
    r"|подпишитесь|подписывайтесь|подписаться|подписка|получайте"  # ru
    r"|اشترك|اشتركوا|سجل|سجّل|تابعونا|تابعنا|احصل"  # ar
    r"|订阅|訂閱|关注|關注|注册|登録|購読|フォロー"  # zh, ja
)
# The sign-up opening the line or a clause of it ("APÚNTATE: ...", "Like this story? Get our ..."), or a
# caseless script's verb anywhere ("メールマガジンの登録はこちら", "关注...公众号").
_SIGN_UP_ANY = led(re.compile(_SIGN_UP, re.IGNORECASE))
# A word of every verb above, found in the lower-cased line before the search tries the verbs at each position
# (``Words`` checks that they cover every alternative).
_SIGN_UP_WORDS = Words(_SIGN_UP_ANY, (
    "sign", "scr", "regist", "get ", "join", "ibase", "ntate", "strate", "recib", "abonn", "rece", "melden",
    "erhalten", "bestellen", "assine", "cadastr", "abbonati", "ricev", "подпи", "получайте", "اشترك", "سجل",
    "سجّل", "تابع", "احصل", "订阅", "訂閱", "关注", "關注", "注册", "登録", "購読", "フォロー",
))
_SIGN_UP_LEAD = led(re.compile(rf"(?:^|[?!:.|—–-] )(?:{_SIGN_UP})\b|(?:订阅|訂閱|关注|關注|登録|購読)", re.IGNORECASE))
# The verbs that ask for a subscription itself: a short line they open is a button ("Abonnieren", "S'abonner",
# "Подписаться на новости", "Don't miss a thing. Subscribe now.").
_SUBSCRIBE = led(re.compile(
    r"(?:^|[?!:.|—–-] )(?:subscribe|sign up|suscr[ií]bete|suscribirse|suscribirme|s'abonner|s’abonner|abonnez-vous|abonnieren|assine"
    r"|iscriviti|abbonati|подпишитесь|подписаться|اشترك|اشتركوا)\b|^(?:订阅|訂閱|購読)",
    re.IGNORECASE,
))
# A sign-up form's e-mail field ("Your email address", "Ihre E-Mail-Adresse", "Introduce tu correo electrónico").
_EMAIL_FIELD = led(re.compile(
    r"e-?mail[- ]?(?:address|adresse)|adresse (?:e-?mail|électronique)|correo electr[oó]nico|endere[çc]o de e-?mail"
    r"|indirizzo (?:e-?mail|di posta)|(?:адрес )?электронн\w* почт\w*|البريد الإلكتروني|电子邮件地址|邮箱地址|メールアドレス",
    re.IGNORECASE,
))
# Or the field's placeholder: a call to type it in, or the reader's own, and the word alone ("Enter Email",
# "Ingresá tu email", "La tua email", "Votre e-mail", "Ihre E-Mail"). A story's line on e-mail says more.
_EMAIL_PLACEHOLDER = re.compile(
    r"(?:(?:enter|type|add|insert|your|ingres[aá]|ingrese|introduc[eií]|introduzca|escrib[eí]|tu|su|entrez|saisissez"
    r"|votre|ton|geben sie|ihre|deine|inserisci|la tua|il tuo|digite|insira|informe|seu|o seu|введите|ваш|ваша)"
    r" ){1,2}(?:e-?mail|correo|courriel|mail)(?: address)?\.?",
    re.IGNORECASE,
)
_EMAIL_FIELD_MAX_WORDS = 5
# The field's prompt or its check's message, a sentence to the reader ("Please enter a valid email address.",
# "Bitte geben Sie Ihre E-Mail-Adresse ein.", "Introduce un email válido", "Veuillez saisir une adresse email
# valide"): a call to type in, the address named; or the address called invalid ("Invalid email address").
_EMAIL_PROMPT = re.compile(
    r"(?:(?:please|bitte|veuillez|por favor|per favore) )?(?:enter|provide|type|geben sie|saisir|saisissez|entrer"
    r"|entrez|renseignez|introduce|introduzca|ingresa|ingrese|inserisci|insira|introduza|digite|введите)\b"
    r"[^.!?,]{0,30}?(?:e-?mail|correo|courriel|posta elettronica|почт\w*)\b[^.!?,]{0,30}?(?: ein| an)?[.!]?"
    r"|(?:invalid|ungültige|invalide|inválido|non valido|неверный) (?:e-?mail|correo|adresse e-?mail)"
    r"(?:[- ]?(?:address|adresse))?[.!]?",
    re.IGNORECASE,
)
_EMAIL_PROMPT_MAX_WORDS = 10
# A trial free for a time, with no price ("30 Tage kostenlos testen", "Try it free for 30 days", "1 mois offert"),
# and an offer that is its price by the period alone ("1€ al mese per 3 mesi", "$1 a week for 6 months").
_PERIODS = (
    r"(?:tage|wochen|monate|days?|weeks?|months?|jours|semaines|mois|días|semanas|meses|giorni|settimane|mesi|dias"
    r"|дней|недел\w*|месяц\w*)"
)
_FREE_TRIAL = re.compile(
    rf"(?:jetzt |now |ahora |maintenant |ora |agora )?(?:\d{{1,3}} {_PERIODS} (?:lang )?(?:kostenlos|gratis|free"
    r"|gratuitement|gratuits?|gratuito|grátis|offerts?|бесплатно)(?: (?:testen|lesen|ausprobieren|try|essayer"
    r"|probar|provare|experimentar|leer|lire))?"
    rf"|try (?:it )?(?:for )?free for \d{{1,3}} {_PERIODS})[.!]?",
    re.IGNORECASE,
)
# A price by its period, perhaps after "only" or "from": "nur 1 € im Monat", "$1 a week", "R$ 1,90 por mês".
_PRICE_BY_PERIOD = (
    r"(?:(?:only|just|solo|sólo|nur|seulement|apenas|dès|ab|da|desde|from|por|für|pour|per) )?"
    r"(?:\d[\d.,]* ?(?:€|\$|£|euros?\b)|(?:[€$£]|R\$|US\$) ?\d[\d.,]*) ?(?:a|per|/|al|par|im|pro|por|ao|в) ?"
    r"(?:week|month|year|semana|mes|mese|settimana|mois|semaine|monat|woche|mês|месяц)\b"
)
_PRICE_ALONE = re.compile(
    rf"{_PRICE_BY_PERIOD}(?: (?:per|for|für|pendant|durante|pour|por) \d{{1,2}} {_PERIODS})?[.!]?",
    re.IGNORECASE,
)
_OFFER_ALONE_MAX_WORDS = 8
_NEWSLETTER_HEADING_MAX_WORDS = 2  # "Newsletter", "NEWSLETTER", "Boletín diario": the box's heading
# What a sign-up button adds: now, free, here, today.
_SIGN_UP_NOW = led(re.compile(
    r"\b(?:now|free|here|today|ahora|gratis|aqu[ií]|maintenant|gratuitement|ici|jetzt|kostenlos|hier|agora"
    r"|gr[áa]tis|aqui|ora|adesso|qui|сейчас|бесплатно|здесь)\b|الآن|مجانا|مجاناً|هنا|免费|立即|無料|こちら|今すぐ",
    re.IGNORECASE,
))
# The box's pitch in the site's voice about this very newsletter: "Roula Khalaf, Editor of the FT, selects her
# favourite stories in this weekly newsletter."; a story reporting on one says "its" or "the".
_THIS_NEWSLETTER = re.compile(
    r"(?i:\bin this (?:free |weekly |daily |monthly )*newsletter|dans cette (?:lettre|newsletter)|in diesem newsletter"
    r"|en este (?:bolet[ií]n|newsletter)|in questa newsletter|в этой рассылке)\b"
)
# A box's heading and its call flattened into one line: the call's verb starts a new sentence without the stop
# ("La newsletter Économie Recevez chaque matin l'essentiel ...", "Stay informed with free updates Simply sign
# up to the Technology myFT Digest"), then goes on in lower case (a newsletter named "Subscribe Weekly" is not a
# call).
_JOINED_SIGN_UP = re.compile(
    rf"(?<=\w )(?=[A-ZÀ-ÝА-Я])(?i:(?:simply|just|please|einfach|jetzt) )?(?i:{_SIGN_UP})\b(?= [a-zß-ÿа-я])"
)
# A trial or an offer at a price: "Jetzt 4 Wochen für 0 € testen", "Try 3 months for $1", "1 € le premier mois".
_TRIAL = re.compile(
    r"(?=.{0,60}(?:\d ?[€$£]|[€$£] ?\d|\d ?(?:euros?|eur)\b))"
    r".{0,60}\b(?:testen|test|try|trial|essai|essayez|prueba|pruébalo|teste|experimente|prova|provalo"
    r"|probeabo|пробн\w*|abo|abonnement|suscripción|assinatura|abbonamento|подписк\w*"
    # An offer's small print: "Get one year for $40 Cancel anytime", "monatlich kündbar".
    r"|cancel any ?time|cancel at any time|kündbar|résiliable|sin permanencia|disdici quando vuoi)\b",
    re.IGNORECASE,
)
# An offer's price by the period after the offer's word opening the line: "Join today for just $1 a week",
# "Offre spéciale : 1€ le premier mois". "Tickets cost $40 a year." names a price, and offers nothing.
_PRICE_OFFER = re.compile(
    r"(?:join|subscribe|get|try|start|save|sign up|only|just|special offer|offre spéciale|profitez|abonnez-vous"
    r"|jetzt|nur|solo|sólo|ahora|abbonati|assine|подпишитесь)\b[^.!?]{0,40}?"
    r"(?:\d[\d.,]* ?(?:€|\$|£|euros?\b)|[€$£] ?\d[\d.,]*)[^.!?]{0,12}? ?"
    r"(?:a|per|/|le|par|im|pro|al|в) ?(?:week|month|year|premier mois|mois|monat|mes|mese|месяц)\b",
    re.IGNORECASE,
)
# Prompts of a sign-up or a subscriber wall that name no newsletter, per language: following the site on a
# messaging app ("Never miss a story: follow us on WhatsApp", "تابعونا على تيليغرام", "公式LINEを友だち追加",
# "扫码关注官方微信"), the app download ("下载客户端，阅读更多精彩内容"), registering to read on ("Jetzt kostenlos
# registrieren und weiterlesen") and the log-in under a wall ("Sie sind bereits Abonnent? Hier anmelden",
# "Уже подписаны? Войти"). Fullmatched, casefolded.
_FOLLOW_APP = re.compile(
    # A contributor's own links under the bio: "Follow me on Twitter or LinkedIn", "Check out my website".
    r"check out my (?:website|blog|podcast|newsletter|substack|books?|portfolio)[^.!?]{0,30}"
    r"|(?:[^.!?]{0,30}[:—–-] )?(?:follow (?:us|me)|join (?:us|our [\w ]{1,20}(?:channel|community))|síguenos|suivez-nous"
    r"|rejoignez-nous|folgen sie uns|siga-nos|segue-nos|seguici|подписывайтесь на (?:нас|наш [\w-]{1,20}канал)"
    r"|تابعونا|تابعنا|انضم إلى قناتنا) (?:on|en|sur|auf|no|na|su|в|على|عبر) [^.!?]{0,30}"
    r"(?:whatsapp|telegram|viber|signal|google news|line|канал|telegram-канал|واتساب|تيليغرام|تلغرام|تليجرام"
    # The social networks too, listed ("Síguenos en X, Facebook e Instagram", "تابعونا على إكس وفيسبوك").
    r"|\bx\b|facebook|instagram|tiktok|youtube|linkedin|threads|bluesky|إكس|فيسبوك|إنستغرام|انستغرام)"
    r"[^.!?]{0,20}"
    # The site named where a messaging app carries it, in the imperative with no pronoun: "Find The Irish Times
    # on WhatsApp and stay up to date", "Читайте РИА Новости в Telegram", "Join ST's WhatsApp Channel and get
    # the latest news"; with no comma, where a story sentence would name who said it ("Read the statement on
    # Telegram, the ministry said.").
    r"|(?:find|follow|join|читайте|следите за|retrouvez|encuentra|finden sie) [^.!?,;]{1,30}? (?:on|в|sur|en|auf)"
    r" (?:whatsapp|telegram|viber|google news|apple news|дзен|max)\b[^.!?,;]{0,40}"
    r"|join [^.!?,;]{1,20}? (?:whatsapp|telegram) (?:channel|community)\b[^.!?,;]{0,60}"
    # The site's channel on a messaging app, joined in the packs' languages: "Entre no canal de WhatsApp de
    # Estadão", "Únete a nuestro canal de WhatsApp", "Rejoignez notre chaîne WhatsApp".
    r"|(?:entre|entra|únete|unete|súmate|rejoignez|iscriviti|tritt) (?:no |ao |al |a |en |dem |la |à |notre |nuestro "
    r"|al nostro |nosso )*(?:canal|canale|chaîne|kanal) (?:de |do |da |del |di |sur |en |no |auf )?(?:whatsapp|telegram)"
    r"\b[^.!?,;]{0,40}"
    r"|(?:欢迎|歡迎)?(?:扫码|扫描二维码|长按二维码)?关注(?:我们的)?(?:官方)?(?:微信|微博|抖音)(?:公众号)?[^\n。]{0,20}"
    r"|(?:扫码|掃碼|扫描二维码)?(?:下载|下載)[^\n，。]{0,8}(?:客户端|客戶端|app)[^\n]{0,20}"
    # The call to get the site's app, in the imperative ("Download the app to get breaking news alerts", "Baixe o
    # app e receba ...", "Laden Sie jetzt unsere App herunter", "Laden Sie die n-tv.de-App herunter"); with no comma after it, where a story sentence
    # would name who urged it, but a list's ("for the latest headlines, live updates and more") or a purpose's
    # ("Скачайте наше приложение, чтобы ..."); after a short lead-in and its colon or dash, as the follow call
    # ("Stay informed on the go: download our app."), not a speaker's ("The minister said: get the app").
    r"|(?:(?![^.!?:—–-]*\b(?:said|says|told|tells|asked|urged|added)\b)[^.!?]{0,30}[:—–-] )?"
    r"(?:download|get|install|baixe|instale|descarregue|descarga|descargue|descárgate|instala|téléchargez"
    r"|télécharge|installez|laden sie|holen sie sich|installieren sie|scarica|installa|скачайте|установите"
    r"|حمّل|حمل|نزّل|نزل) (?:[^.!?,;]{0,30} )?(?:l['’]|[\w.-]{1,30}-)?(?:app|application|appli|aplicativo|aplicación"
    r"|applicazione|приложение|تطبيق\w*)\b"
    # What the app brings, the site named perhaps: "Scarica l'app di Il Fatto Quotidiano per ricevere le notizie in
    # tempo reale".
    r"[^.!?,;]{0,80}(?:, (?:[^.!?,;]{1,30} (?:and|y|et|und|e|и) more|чтобы|para|pour|um|per)[^.!?,;]{0,50})?"
    # Reading on in the app, and the stores' badges alone ("Jetzt in der App lesen", "Disponible sur Google Play",
    # "App Store").
    r"|(?:jetzt )?in der [\w.-]{0,20}app (?:lesen|weiterlesen|öffnen)|(?:read|continue reading|open) (?:this (?:story"
    r"|article) )?in (?:the|our) app"
    r"|(?:download on the |get it on |disponible (?:sur|en) (?:l['’])?|disponível (?:na|no) |jetzt (?:bei|im) "
    r"|laden im |scarica (?:su|da) |disponibile su )?(?:apple )?(?:app store|google play|play store)"
    # The German infinitive closes the call: "Jetzt die App herunterladen und keine Eilmeldung mehr verpassen".
    r"|(?:jetzt )?(?:die |unsere )?(?:[\w.-]{1,20}-)?app (?:herunterladen|installieren|laden)\b[^.!?,;]{0,60}"
    # The call to turn on the site's notifications: "Ative as notificações da Folha", "Activez les notifications".
    r"|(?:turn on|enable|allow|activa|active|activez|ative|attiva|aktivieren sie|включите) (?:the |our |las |les "
    r"|as |le |die )?(?:push |breaking news )?(?:notifications?|notificaciones|notificações|notifiche"
    r"|benachrichtigungen|push-mitteilungen|уведомления|alerts)[^.!?,;]{0,40}"
    r"|(?:[^\n。]{0,20})アプリ(?:で|を)[^\n。]{0,20}"  # "NHKニュース・防災アプリで最新情報を"
    # Following the site on networks shown as icons only: the line ends on its preposition ("تابع الجزيرة نت
    # على", "Follow us on", "Síguenos en").
    r"|(?:follow|síguenos|siguenos|suivez|folgen sie|siga|seguici|подписывайтесь|تابع|تابعونا|تابعنا)"
    r"(?: [^.!?\n]{1,30})? (?:on|en|sur|auf|no|na|su|в|على)"
    r"|[^\n。]{0,20}(?:公式)?line(?:公式アカウント)?を?友だち追加[^\n。]{0,20}",
    re.IGNORECASE,
)
# Where one call ends and the next begins on a line of several: "Follow me on Twitter. Check out my website."
_CALLS_APART = re.compile(r"(?<=[.!?]) (?=[A-Z])")
_WALL = re.compile(
    r"(?:jetzt )?(?:kostenlos |gratis )?registrieren und (?:weiterlesen|weiter lesen)|reg[ií]strate (?:gratis )?para"
    r" (?:seguir|continuar) leyendo|inscrivez-vous (?:gratuitement )?pour lire la suite|registe-se para continuar a ler"
    r"|cadastre-se (?:gratuitamente )?para continuar lendo|registrati (?:gratis )?per continuare a leggere"
    r"|(?:sie sind )?bereits (?:abonnent|abonnentin|registriert)\?[^\n]{0,30}|уже (?:подписаны|подписчик|зарегистрированы)\?"
    r"[^\n]{0,20}|já é assinante\?[^\n]{0,30}|sei già abbonato\?[^\n]{0,30}|هل أنت مشترك[؟?][^\n]{0,30}"
    r"|已(?:是|经是)(?:订阅|付费|会员)用户[？?][^\n]{0,20}",
    re.IGNORECASE,
)
# A subscriber wall's notice, in any wording: a short line naming the subscribers (members) and what restricts the
# text to them ("Cet article est réservé aux abonnés.", "Материал доступен только подписчикам", "本文仅限会员阅读",
# "この記事は有料会員限定です"). The nouns and the restricting words per language; a line needs one of each.
_SUBSCRIBERS = led(re.compile(
    r"\b(?:subscribers?|(?:paying|premium) members|members-only|abonn[ée]e?s|abonnent(?:en|innen)?|suscriptor(?:es|as)|abonados"
    r"|assinantes|abbonati|подписчик\w*)\b|(?:لل|ال)?مشتركين|会員|會員|会员|購読者|订阅用户|訂閱用戶|付费用户|구독자|유료회원",
    re.IGNORECASE,
))
_RESTRICTED = led(re.compile(
    r"\b(?:only|exclusive(?:ly)?|reserved|uniquement|réservée?|exclusi(?:f|ve|vement)|nur|exklusiv|vorbehalten"
    r"|s[oó]lo|exclusiv[oa]|reservad[oa]|apenas|só|riservat[oa]|esclusiv[oa]|solo|только|эксклюзив\w*)\b"
    r"|فقط|حصري|仅限|僅限|专享|專享|限定|のみ|전용",
    re.IGNORECASE,
))
_WALL_NOTICE_MAX_WORDS = 8
_WALL_NOTICE_MAX_CHARS = 60
_WALL_CLOSE_MAX_CHARS = 2  # "です"
_WALL_GAP_MAX_SPACES = 3  # two words between at most: "réservé aux abonnés", "riservato agli abbonati"
# A subscription offered at a price ("Hazte suscriptor por 1 € el primer mes", "ОФОРМИТЕ ПОДПИСКУ ЗА 1 РУБЛЬ",
# "Assine por R$ 1,90 no primeiro mês"): a subscription's word stem and a price, a figure beside a currency's
# sign or word. A story's sentence on prices closes as a sentence.
_SUBSCRIPTION = led(re.compile(
    r"subscri|suscri|abonn|\babo\b|assin[ae]|abbona|подпис|订阅|訂閱|購読|اشتراك|اشترك|구독", re.IGNORECASE
))
_PRICE = re.compile(
    r"\d ?(?:[€$£¥₽₹]|euros?\b|eur\b|руб\w*|рубл\w*|доллар\w*|dollars?\b|円|元|ريال|درهم|جنيه|원)"
    r"|(?:[€$£¥₽₹]|R\$|US\$) ?\d",
    re.IGNORECASE,
)
_OFFER_MAX_WORDS = 12
# A question to the reader on their subscription or account, then the call to act on it: "¿Tienes una suscripción
# de empresa? Accede aquí para contratar más cuentas", "Have a group subscription? Click here to add readers",
# "Vous avez un compte ? Connectez-vous ici": a short question, then a button's call that points "here", opening
# on its verb or on "here". A story's question ("Have you cancelled a subscription? Many readers here did.") goes on
# in a sentence with its subject. The question's words name the account (``cues.ACCOUNT``).
_QUESTION = re.compile(r"¿?[^?¿？؟.!]{1,90}[?？؟] ")
_ACCOUNT_CALL_MAX_WORDS = 16
_ACCOUNT_QUESTION_MAX_SPACES = 8
_HERE = re.compile(r"\b(?:here|aqu[ií]|ici|hier|aqui|qui|здесь)\b|هنا|こちら|这里|這裡", re.IGNORECASE)
_CALL = re.compile(
    r"(?:click|tap|log|sign|go|visit|contact|call|email|access|accede|entra|haz|pulsa|inicia|contacta|cliquez"
    r"|connectez|rendez|contactez|klicken|melden|clique|acesse|entre|fale|clicca|accedi|contatta|нажмите|войдите"
    r"|here|aqu[ií]|ici|hier|aqui|qui|здесь)\b|اضغط|انقر|سجل|هنا|点击|點擊|こちら",
    re.IGNORECASE,
)


# A wall's notice with its offer's price run in after it, flattened from the box: "Questo contenuto è riservato
# agli abbonati 1 € al mese per 3 mesi", "Exclusivo para suscriptores $ 990 por mes": a price by its period,
# the line's end.
_PRICE_PERIOD_END = re.compile(rf" {_PRICE_BY_PERIOD}[^.!?\n]{{0,30}}$", re.IGNORECASE)


def subscriber_wall(text: str, words: int) -> bool:
    """Whether ``text`` is a subscriber wall's notice or offer, in words no pack lists: a short line naming the
    subscribers and what restricts the text to them ("Este contenido es exclusivo para suscriptores"), with no
    figure, comma or quotation a story's sentence on subscribers has ("Only 2% of subscribers left, it said."); or
    an unpunctuated line offering the subscription at a price ("Abonnez-vous dès 1 € le premier mois"); or a
    question on the reader's subscription or account with its call (``_QUESTION``, ``_CALL``)."""
    if (
        words <= _ACCOUNT_CALL_MAX_WORDS and (asked := _QUESTION.match(text)) is not None
        and asked[0].count(" ") <= _ACCOUNT_QUESTION_MAX_SPACES and ACCOUNT.search(asked[0]) is not None
        and _CALL.match(text, asked.end()) is not None
        and _HERE.search(text, asked.end()) is not None
        and not quoted(text)
    ):
        return True
    if (price := _PRICE_PERIOD_END.search(text)) is not None and price.start() > 0:
        notice = text[:price.start()].rstrip(" .:—–-")
        # The notice closes on its subscribers or its restriction, as a box's heading does; a headline on prices
        # goes on to its verb ("Only subscribers pay $5 a month").
        if subscriber_wall(notice, count_words(notice)) and any(
            m.end() == len(notice) for pattern in (_SUBSCRIBERS, _RESTRICTED) for m in pattern.finditer(notice)
        ):
            return True
    if words <= _WALL_NOTICE_MAX_WORDS and len(text) <= _WALL_NOTICE_MAX_CHARS and not any(
        c.isdigit() or c in ",，、،" for c in text
    ) and (noun := _SUBSCRIBERS.search(text)) is not None and (limit := _RESTRICTED.search(text)) is not None:
        # The restriction bears on the subscribers, two words apart at most ("réservé aux abonnés", "会員限定").
        # Set after them it closes the line ("For subscribers only", "للمشتركين فقط", "会員限定です"), not a clause
        # of a story's ("... subscribers only in Asia").
        if limit.start() < noun.start():
            between = text[limit.end():noun.start()]
        elif len(text[limit.end():].strip(" .!。")) <= _WALL_CLOSE_MAX_CHARS:
            between = text[noun.end():limit.start()]
        else:
            return False
        return between.count(" ") <= _WALL_GAP_MAX_SPACES and not quoted(text)
    if words > _OFFER_MAX_WORDS or is_sentence(text) or _PRICE.search(text) is None:
        return False
    # The offer is a button's line: the subscription is its first or second word ("Assine por ...", "Hazte
    # suscriptor por ..."); a headline on a price names its subject first ("Netflix raises its subscription ...").
    offer = _SUBSCRIPTION.search(text)
    return offer is not None and text.count(" ", 0, offer.start()) <= 1 and not quoted(text)


# An app call may name the site and what the app brings: "Scarica l'app di Il Fatto Quotidiano per ...".
_PROMPT_MAX_WORDS = 14
NEWSLETTER_MAX_WORDS = 16
_TRIAL_MAX_WORDS = 12
_SIGN_UP_ALONE_MAX_WORDS = 6


# A box's line may run longer when its call opens or closes it and it names the newsletter: "Iscriviti alla
# newsletter "Whatever it Takes" di ... . Dati, innovazione e lavoro: ...", "The Daily Briefing newsletter
# provides all the news you need to start your day. Sign up here.", "Sigue toda la información de Economía en
# Facebook y X, o en nuestra newsletter semanal".
_LONG_BOX_MAX_WORDS = 32
_CALL_CLOSING = led(re.compile(
    rf"[.!?] (?:{_SIGN_UP})(?: (?:now|here|today|ahora|aqu[ií]|ici|hier|agora|aqui|qui))?[.!]?$", re.IGNORECASE
))
_FOLLOW_OPENING = re.compile(
    r"(?i:follow|sigue|siga|síguenos|suivez|folgen sie|segui|seguite|следите|تابع)\b[^.!?]{0,120}\b(?:our|nuestr[ao]s?"
    r"|nos(?:so|sa)s?|notre|nos|unser(?:en|em)?|nostr[aoie]|наш\w*)\b"
)


# The appeal for readers' money that closes a story on sites without a paywall, and its button: "Before you move
# on, I was hoping you would consider taking the step of supporting the Guardian's journalism.", "Support the
# Guardian", "Unterstützen Sie unseren Journalismus". A short button, or a line to the reader.
_APPEAL_MAX_WORDS = 40
# The longest line ``newsletter_box`` may take: callers skip longer lines unread.
BOX_LINE_MAX_WORDS = _APPEAL_MAX_WORDS
# Behind its first characters (``led``): a search of its dozen case-insensitive alternatives at every position
# of a line that holds "support" or "fund" took 30 us.
_SUPPORT_APPEAL = led(re.compile(
    r"(?i:\bsupport(?:ing)? (?:the [\w'’ ]{1,30}?['’]s |our |independent |quality |local |trusted |fact-based "
    r"|this |[\w-]{1,20}-thinking )?journalism\b"
    r"|^(?:support|fund) (?:the [A-Z][\w'’]*(?: [A-Z][\w'’]*){0,2}|us)(?: today| now)?[.!]?$|^make a contribution"
    # "Support us" in the packs' languages, a button alone: "Sostienici ora", "Apóyanos", "Soutenez-nous".
    r"|^(?:sostienici|apóyanos|apoyanos|soutenez-nous|unterstützen sie uns|apoie-nos)"
    r"(?: ora| ahora| maintenant| jetzt| agora| oggi| hoy| aujourd'hui| heute| hoje)?[.!]?$"
    # Joining the site named, or becoming its subscriber, today: "Join News24 today and read the stories that
    # matter.", "Become a subscriber today."
    r"|^(?:join (?-i:[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,2})|become an? (?:subscriber|member|supporter))"
    r" (?:today|now)\b"
    # The site names itself in quotes: "Поддержите «Медузу»" (``restyled`` took the closing "»" for an arrow).
    r"|^поддержите (?:нас|«[^»]{1,30}»?|\"[^\"]{1,30}\")[.!]?$"
    r"|apoy[ae] (?:el |nuestro |al )?periodismo|soutenez (?:le |notre |un )?journalisme|soutenir (?:le |notre )"
    r"journalisme|unterstützen sie (?:unseren |den |unabhängigen )?journalismus|sostieni (?:il |un |questo )?"
    r"giornalismo|apoie o jornalismo|поддержите (?:нашу |независимую )?журналистику"
    # Help us go on working, alone or after why: "«Медуза» — в России заблокирована. Помогите нам работать
    # дальше.", "Help us keep reporting".
    r"|(?:^|[.!?] )помогите нам (?:работать|продолжать)[^.!?]{0,30}[.!]?$|^help us (?:keep|continue) (?:reporting|going|working)\b)"
))


# A promotion closing on its button in capitals after its sentence: "Before it's here, it's on the Bloomberg
# Terminal. LEARN MORE".
_CTA_CLOSING = re.compile(
    r"[.!?] (?:LEARN MORE|FIND OUT MORE|SUBSCRIBE(?: NOW)?|SIGN UP(?: NOW)?|TRY (?:IT )?(?:FOR )?FREE"
    r"|GET STARTED|START (?:YOUR )?FREE TRIAL|EN SAVOIR PLUS|MEHR ERFAHREN|JETZT TESTEN|SABER MÁS|SAIBA MAIS"
    r"|SCOPRI DI PIÙ|ПОДРОБНЕЕ)[.!»›>]?$"
)
# A paywalled site's note that a subscriber gifted the reader this article: "Dieser Artikel gehört zum Angebot
# von SPIEGEL+. Sie können ihn auch ohne Abonnement lesen, weil er Ihnen geschenkt wurde.", "This article was
# gifted to you by a subscriber.", "Cet article vous est offert".
_GIFTED = re.compile(
    r"(?i:\b(?:this|the) (?:article|story) (?:was|has been|is) gifted to you|\bgifted (?:to )?you\b"
    r"|(?:ihnen|dir) geschenkt|geschenkten? (?:artikel|zugang)|cet article vous (?:est|a été) offert"
    r"|(?:te|le) (?:ha sido |han )?regalad[oa]|(?:ti|le) è stato regalato|articolo regalato"
    r"|(?:te|lhe) foi (?:presenteado|oferecido)|(?:вам|тебе) подарил)"
)


_GIFTED_WORDS = Words(
    _GIFTED, ("gift", "geschenk", "offert", "regalad", "regalat", "presentead", "oferecid", "подарил")
)
# The gift is the page's: the note names the article or the subscription ("Der Wagen wurde ihnen geschenkt"
# is a story's).
_PAGE_WORD = re.compile(
    r"(?i:article|story|artikel|abo|artículo|noticia|suscripci|articolo|abbonament|artigo|assinatura|стать|подписк)"
)


_APPEAL_WORDS = Words(_SUPPORT_APPEAL, (
    "journalis", "support", "fund", "contribution", "join", "become", "periodismo", "giornalismo", "jornalismo",
    "sostienici", "apóyanos", "apoyanos", "soutenez", "apoie",
    "журналист",
    "unterstützen", "help us", "помогите нам", "поддержите",
))


_BOX_LABEL_MAX_WORDS = 8
# A speaker before a colon: what follows is speech, not a box's line ("The editor said: ...").
_SPEECH_END = re.compile(r"(?i:\b(?:said|says|told|added|wrote|writes|sagte|schreibt|dijo|escribió|a dit|a écrit)$)")


def _long_box_line(text: str) -> bool:
    """Whether ``text``, longer than a box's line mostly is, names a newsletter and opens on the box's call or on
    following the site's own channels, or closes on the call (``_LONG_BOX_MAX_WORDS``)."""
    if not _names_newsletter(text):
        return False
    if ATTRIBUTED.search(text) is not None:
        return False  # a story's sentence reports who said it ("Join the newsletter's readers, the chief urged")
    head, colon, rest = text.partition(": ")
    if (
        colon and count_words(head) <= _BOX_LABEL_MAX_WORDS and not any(c in head for c in ".!?")
        and _SPEECH_END.search(head) is None and newsletter_box(rest, count_words(rest))
    ):
        return True  # the newsletter's name as a label, then a box's line: "SZ am Morgen & SZ am Abend: Unser ..."
    lead = _SIGN_UP_LEAD.search(text)
    if lead is not None and lead.start() == 0:
        return True  # the call first: quotes after it name the newsletter ("Iscriviti alla newsletter "...")
    if _JOINED_SIGN_UP.search(text) is not None:
        return True  # the box's heading, then its call
    return not quoted(text) and (_CALL_CLOSING.search(text) is not None or _FOLLOW_OPENING.match(text) is not None)


# A sign-up form's confirmation, left in the text with its buttons ("SIGN UP FOR THE MORNING RUNDOWN EMAIL SIGN UP
# THANKS FOR SIGNING UP!"): thanks for the sign-up, in the packs' languages.
_THANKS = re.compile(
    r"(?i:thanks? (?:you )?for (?:signing up|subscribing|registering)|gracias por (?:suscribirte|registrarte|tu suscripci[oó]n)"
    r"|merci (?:pour votre inscription|de vous être inscrit)|danke für (?:ihre|deine) anmeldung"
    r"|obrigad[oa] por (?:se inscrever|assinar|se registrar)|grazie per (?:l['’]iscrizione|esserti iscritt)"
    r"|спасибо за подписку|شكرا (?:لاشتراكك|على اشتراكك|لتسجيلك))|感谢(?:您的)?订阅|ご登録ありがとうございま"
)
_THANKS_WORDS = Words(_THANKS, (
    "for signing", "for subscribing", "for registering", "gracias por", "merci ", "danke für", "por se", "por assinar",
    "grazie per", "спасибо за", "شكرا", "感谢", "ご登録",
))
# A newsletter's pitch under its name, a noun phrase with no verb: its article, how often it comes and what it
# is ("A daily briefing on the latest developments.", "A free daily digest of the news that matters most", "Un
# resumen diario de la actualidad", "Der tägliche Überblick über die wichtigsten Nachrichten"). Fullmatched.
_PITCH = re.compile(
    r"(?i:(?:a|an|your|the|our) (?:free )?(?:daily|weekly|morning|evening|nightly|twice-daily|monthly)(?: free| news| email)?"
    r" (?:briefing|digest|round-?up|newsletter|bulletin|dispatch|rundown|summary|email)"
    r"|(?:un|el|tu|nuestro) (?:resumen|bolet[ií]n) (?:diario|semanal|matinal)"
    r"|(?:un|le|votre|notre) (?:résumé|récapitulatif|point|brief) (?:quotidien|hebdomadaire|du matin)"
    r"|(?:der|ein|ihr|unser) (?:tägliche|wöchentliche)[rn]? (?:überblick|newsletter|briefing)"
    r"|(?:um|o|seu|nosso) (?:resumo|boletim) (?:diário|semanal)|(?:un|il) (?:riepilogo|notiziario) (?:quotidiano|settimanale))"
    r"(?: [^.!?;:,\n]{1,70})?[.!]?"
)
_PITCH_WORDS = Words(_PITCH, (
    "daily", "weekly", "morning", "evening", "nightly", "monthly", "diario", "semanal", "matinal", "quotidien",
    "hebdomadaire", "matin", "tägliche", "wöchentliche", "diário", "quotidiano", "settimanale", "résumé ",
    "récapitulatif ", "point ", "brief ",
))
_PITCH_MAX_WORDS = 14
# A verb makes the phrase a story's sentence ("The daily briefing was cancelled.", "A weekly summary of trading
# showed losses."): an auxiliary or a past form in the packs' Latin-script languages.
_PITCH_VERB = re.compile(
    r"(?i:\b(?:is|are|was|were|has|have|had|will|would|can|could|may|did|does|says?|said|shows?|es|fue|son|est|était"
    r"|sont|ist|war|sind|wurde|é|foi|são|è|era|sono)\b|\b\w{2,}ed\b)"
)


def newsletter_box(text: str, words: int) -> bool:
    """Whether ``text`` is a newsletter or sign-up box's line: at most 16 words, unquoted, naming a newsletter
    and asking for the sign-up ("Sign up for our Morning Briefing newsletter", "APÚNTATE: boletín diario",
    "メールマガジンの登録はこちら »"), or in the site's voice ("Like this story? Get our free ... newsletter");
    a short sign-up button with "now" or "free" ("Jetzt kostenlos anmelden", "سجل الآن مجاناً"); or a trial
    at a price ("Jetzt 4 Wochen für 0 € testen"). A story sentence on a newsletter neither asks nor speaks to
    the reader ("Subscribers to the newsletter rose 20% last year")."""
    # A page sets a decoration before the box's line and an arrow after it ("► Sign up ...", "... こちら »").
    text = restyled(text)
    if (
        words <= NEWSLETTER_MAX_WORDS and _THANKS_WORDS.may_hold(text) and _THANKS.search(text) is not None
        and unattributed(text)
    ):
        return True
    if (
        words <= _PITCH_MAX_WORDS and _PITCH_WORDS.may_hold(text) and _PITCH.fullmatch(text) is not None
        and _PITCH_VERB.search(text) is None
    ):
        return True
    if words > NEWSLETTER_MAX_WORDS and words <= _LONG_BOX_MAX_WORDS and _long_box_line(text):
        return True
    if words <= _LONG_BOX_MAX_WORDS and text[-1:].isupper() and _CTA_CLOSING.search(text) is not None:
        return True
    if (
        words <= _APPEAL_MAX_WORDS and _GIFTED_WORDS.may_hold(text) and _GIFTED.search(text) is not None
        and _PAGE_WORD.search(text) is not None
    ):
        return True
    if words <= _APPEAL_MAX_WORDS and _APPEAL_WORDS.may_hold(text):
        appeal = _SUPPORT_APPEAL.search(text)
        if appeal is not None and (
            words <= _SIGN_UP_ALONE_MAX_WORDS or reader_addressed(text)
            # The appeal opening the line in the imperative, whatever follows ("Support free-thinking journalism
            # and attend Independent events"); "Supporting quality journalism has become harder" is a story's.
            or (appeal.start() == 0 and text.startswith(("Support ", "Join ", "Become "))
                and ATTRIBUTED.search(text) is None)
        ):
            return True
    if words > NEWSLETTER_MAX_WORDS or not text or quoted(text):
        return False
    if words <= _PROMPT_MAX_WORDS and (
        _FOLLOW_APP.fullmatch(text.rstrip(" .!。")) is not None or _WALL.fullmatch(text.rstrip(" .")) is not None
    ):
        return True
    if words <= 2 * _PROMPT_MAX_WORDS and len(calls := _CALLS_APART.split(text)) > 1 and all(
        _FOLLOW_APP.fullmatch(call.rstrip(" .!。")) is not None for call in calls
    ):
        return True  # two calls in a row: "Follow me on Twitter or LinkedIn. Check out my website."
    if subscriber_wall(text, words):
        return True
    nouns = _names_newsletter(text)
    # Read only where a branch below asks: each of these case-insensitive searches scans the whole line.
    lead = _SIGN_UP_LEAD.search(text) if nouns or words <= _SIGN_UP_ALONE_MAX_WORDS else None
    if nouns and (
        lead is not None or reader_addressed(text) or words <= _NEWSLETTER_HEADING_MAX_WORDS
        or _THIS_NEWSLETTER.search(text) is not None or _JOINED_SIGN_UP.search(text) is not None
        # A short line names its verb anywhere ("Jetzt Newsletter abonnieren").
        or (words <= _SIGN_UP_ALONE_MAX_WORDS and re.search(_SIGN_UP, text, re.IGNORECASE) is not None)
        # Or a button's line, unpunctuated ("Jetzt den Newsletter bestellen und nichts mehr verpassen").
        or (words <= _PROMPT_MAX_WORDS and not is_sentence(text) and re.search(_SIGN_UP, text, re.IGNORECASE))
        # Or the box's heading opening or closing on what its button adds ("Free daily newsletter", "Newsletter
        # gratis"), not a subhead naming one ("The free newsletter market").
        or (words <= _SIGN_UP_ALONE_MAX_WORDS and not is_sentence(text) and _button_word_at_edge(text))
    ):
        return not is_sentence(text) or words > _NEWSLETTER_HEADING_MAX_WORDS
    if words <= _SIGN_UP_ALONE_MAX_WORDS and (
        (lead is not None and lead.start() == 0 and _SIGN_UP_NOW.search(text) is not None)
        or _SUBSCRIBE.search(text) is not None
    ):
        return ATTRIBUTED.search(text) is None  # "Join the queue today, officials said." is a story's
    if words <= _EMAIL_FIELD_MAX_WORDS and not is_sentence(text) and (
        _EMAIL_FIELD.search(text) is not None or _EMAIL_PLACEHOLDER.fullmatch(text) is not None
    ):
        return True
    if words <= _EMAIL_PROMPT_MAX_WORDS and _EMAIL_PROMPT.fullmatch(text) is not None:
        return True
    if words <= _OFFER_ALONE_MAX_WORDS and (
        _FREE_TRIAL.fullmatch(text) is not None or _PRICE_ALONE.fullmatch(text) is not None
    ):
        return True
    return words <= _TRIAL_MAX_WORDS and (_TRIAL.match(text) is not None or _PRICE_OFFER.match(text) is not None)


def _button_word_at_edge(text: str) -> bool:
    return any(m.start() == 0 or m.end() == len(text) for m in _SIGN_UP_NOW.finditer(text))


# What a sign-up box's small print says under its call, in the packs' languages: that the reader may
# unsubscribe, and the privacy policy ("You can unsubscribe at any time.", "Puedes darte de baja en cualquier
# momento.", "Die Abmeldung ist jederzeit möglich.", "Отписаться можно в любой момент.", "配信はいつでも停止できます。").
_OPT_OUT = led(re.compile(
    r"(?i:unsubscrib|opt[- ]out|privacy|no spam|d[ée]sinscri|d[ée]sabonn|confidentialit"
    r"|donn[ée]es personnelles"
    r"|dar(?:te|se) de baja|privacidad|abmeld|abbestell|datenschutz|privacidade|descadastr"
    r"|cancelar (?:a|la) (?:inscri|suscri|assinatura)|disiscri|annullare l'iscrizione|cancellarti|отпис"
    r"|конфиденциальн|персональных данных)"
    r"|إلغاء الاشتراك|الخصوصية|取消订阅|退订|隐私|配信停止|停止でき|配信解除|登録解除|プライバシー|個人情報"
))
_CALL_MAX_WORDS = 4  # a sign-up button no rule took: "Apúntate", "Quero receber", "Jetzt anmelden"
# "By signing up, you agree to our Terms of Use and Privacy Policy. You can unsubscribe at any time."
_NOTE_MAX_WORDS = 24
_PITCH_MAX_WORDS = 14  # "The morning briefing: the day's top stories in five minutes"


def _pitch(line: Line, max_words: int = _PITCH_MAX_WORDS) -> bool:
    """Whether ``line`` may be a sign-up box's pitch: a short line, unquoted, with no figure."""
    return line.kept and line.words <= max_words and not quoted(line.text) and not any(
        c.isdigit() for c in line.text
    )


def _call(line: Line) -> bool:
    """Whether ``line`` is a sign-up box's call: a newsletter line (``newsletter_box``), whichever rule took
    it, or a button of a few words with a sign-up verb ("Apúntate", "Quero receber")."""
    text = restyled(line.text)
    if not text or line.words > NEWSLETTER_MAX_WORDS:
        return False
    verb = _SIGN_UP_WORDS.may_hold(text) and _SIGN_UP_ANY.search(text) is not None
    if line.words <= _CALL_MAX_WORDS and not is_sentence(text) and verb:
        return True
    # A line another rule took: read whole only when it names a sign-up or a newsletter (most such lines are a
    # headline, a byline, a credit), or is a form's e-mail field or its prompt ("Enter email address", "La tua
    # email", "Bitte geben Sie Ihre E-Mail-Adresse ein.").
    named = verb or _names_newsletter(text) or line.words <= _EMAIL_PROMPT_MAX_WORDS and "mail" in text.casefold()
    return not line.kept and named and newsletter_box(text, line.words)


# A box's or a wall's button, under the line a rule took as the box's or the wall's ("Get full access for just $2.99
# a month" / "See offers", "1€ al mese per 3 mesi" / "Attiva ora"): the buttons' closed class, in the packs'
# languages. Under a story paragraph, or alone, such a line stays: a subhead may read "Continue".
_BUTTON = re.compile(
    r"(?i:(?:see|view|compare|explore|choose) (?:all )?(?:our )?(?:offers?|options|plans|deals|subscription options)"
    r"|upgrade(?: now| to paid| to premium| today)?|subscribe(?: now| today)?|start (?:your )?(?:free )?trial"
    r"|claim (?:this |the |your )?offer|get (?:started|access|the offer|this offer)|unlock(?: now| access| this article)?"
    r"|activate(?: now)?|learn more|continue"
    r"|ver (?:las )?(?:ofertas|planes|opciones|planos)|suscribirme|suscr[ií]bete(?: ahora| ya)?|activa(?:r)?(?: ahora| ya)?"
    r"|hazte (?:socio|suscriptor)|continuar"
    r"|(?:voir|découvrir) (?:les |nos )?offres|je m['’]abonne|s['’]abonner|activer|continuer|en profiter"
    r"|(?:angebote?|abos?) (?:ansehen|entdecken|wählen)|jetzt (?:abonnieren|testen|sichern|freischalten|bestellen)"
    r"|abonnieren|zum angebot|weiter"
    r"|scopri (?:l['’]offerta|le offerte|di più)|attiva(?: ora| subito)?|abbonati(?: ora| subito)?|continua"
    r"|assinar(?: agora)?|subscrever|assine(?: já| agora)?|ativar(?: agora)?)[.!]?"
)
_BUTTON_MAX_WORDS = 4


def box_buttons(doc: Doc) -> None:
    """A button (``_BUTTON``) under a line taken as a sign-up box's or a subscriber wall's (``newsletter_box``,
    ``subscriber_wall``) goes with it."""
    lines = doc.lines
    for k in range(1, len(lines)):
        line, above = lines[k], lines[k - 1]
        if not line.kept or above.kept or line.words > _BUTTON_MAX_WORDS:
            continue
        if line.memo.get("box_button") == line.text:
            continue  # kept under the same line before: asked once
        line.memo["box_button"] = line.text
        text = line.text.rstrip(" ›»>→")
        if _BUTTON.fullmatch(text) is not None and (
            newsletter_box(above.text, above.words) or subscriber_wall(above.text, above.words)
        ):
            doc.remove(line, NEWSLETTER.name)


def sign_up_boxes(doc: Doc) -> None:
    """A sign-up box by its rhythm, in any language: its call (a newsletter line, or a button with a sign-up
    verb), the small print under it on unsubscribing or privacy, and then the pitch over the call, a short
    line that is no story paragraph ("Cada mañana, las claves del día en tu correo" / "Apúntate" / "Puedes
    darte de baja en cualquier momento."). Without the small print a short line over a call may be the story's
    subhead ("What happens next" over an inserted "Sign up"): it stays, as does the call the packs do not
    know."""
    lines, cfg = doc.lines, doc.cfg
    k = 0
    while k < len(lines):
        line = lines[k]
        seen = line.memo.get("sign_up") == (line.text, line.kept)
        if line.words > NEWSLETTER_MAX_WORDS or seen or not _call(line):
            line.memo["sign_up"] = (line.text, line.kept)  # no call: not read again while unchanged
            k += 1
            continue
        end = k + 1
        while end < len(lines) and lines[end].words <= NEWSLETTER_MAX_WORDS and _call(lines[end]):
            end += 1  # the box's other calls: "Enter your email address" / "Subscribe"
        note = lines[end] if end < len(lines) else None
        # A button beside a newsletter line a rule took is the same box's ("Assine a newsletter Daily Digest" /
        # "Receba as principais notícias do dia no seu e-mail." / "Cadastrar").
        if end - k >= 2 and any(not part.kept for part in lines[k:end]):
            for part in lines[k:end]:
                if part.kept and part.words <= _CALL_MAX_WORDS:
                    doc.remove(part, NEWSLETTER.name)
            # And the box's heading over them, naming its newsletter ("Checkpoint, der Newsletter für Berlin" over
            # "Bitte geben Sie Ihre E-Mail-Adresse ein." and "Kostenlos bestellen").
            heading = lines[k - 1] if k else None
            if (
                heading is not None and _pitch(heading) and not heading.sentence and not is_body(heading, cfg)
                and _names_newsletter(heading.text)
            ):
                doc.remove(heading, NEWSLETTER.name)
        # The pitch between the box's name and its button ("Suscríbete a nuestra newsletter First Edition" /
        # "Recibe cada mañana las noticias más importantes." / "Suscribirme"): a call naming a newsletter over
        # it and a call under it make it one (a wall's "Subscribe now" over a tag line and "Join the
        # conversation" does not).
        under = lines[end + 1] if note is not None and end + 1 < len(lines) else None
        if under is not None and (
            (_pitch(note) and _call(under) and _names_newsletter(lines[end - 1].text))
            # Or between any call and the small print under the pitch ("Sign up to Business Today" / "Get set
            # for the working day - we'll point you to all the business news ..." / "Privacy Notice: ..."):
            # the box's rhythm, whatever its words; such a pitch runs longer.
            or (_pitch(note, _NOTE_MAX_WORDS) and under.words <= _NOTE_MAX_WORDS and not quoted(under.text)
                and _OPT_OUT.search(under.text) is not None)
        ):
            for part in lines[k:end + 2]:
                if part.kept:
                    doc.remove(part, NEWSLETTER.name)
            k = end + 2
            continue
        if (
            note is not None and note.words <= _NOTE_MAX_WORDS and not quoted(note.text)
            and _OPT_OUT.search(note.text) is not None
        ):
            pitch = lines[k - 1] if k else None
            if pitch is not None and _pitch(pitch) and not is_body(pitch, cfg):
                doc.remove(pitch, NEWSLETTER.name)
            for part in lines[k:end + 1]:
                if part.kept:
                    doc.remove(part, NEWSLETTER.name)
        k = end + 1
