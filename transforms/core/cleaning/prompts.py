"""Lines a page's interface sets, told by a closed class of interface words and the line's shape rather than by
any outlet's wording: a gallery's prompt or count, a membership wall, a note that the story ran in the paper, a
disclosure of affiliate links or of a machine's part in the text.

Each word class is a closed one per language (the nouns of a gallery, of a subscription, of the printed paper;
the verbs of a button), never a phrase: the phrase changes from outlet to outlet, the class does not. Each test
also asks for the shape a button or a note has and a story line has not (short, no sentence, a count beside
the noun, the page named), so a story sentence on photographs, subscribers or newspapers stays.
"""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.cues import (
    ATTRIBUTED, page_named, page_subject, quoted, reader_addressed, unattributed,
)
from wirewash.transforms.core.cleaning.matcher import Words
from wirewash.transforms.core.cleaning.normalise import count_words
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.stamp_date import has_date
from wirewash.transforms.core.cleaning.stamps import stamp_line

# What a gallery shows, by language (en es fr de pt it ru ar zh ja ko).
_PICTURES = (
    r"(?i:\b(?:galler(?:y|ies)|slide(?:show)?s?|photos?|pictures?|images?"
    r"|galer[ií]as?|fotogaler[ií]as?|fotos?|im[aá]gen(?:es)?|diapositivas?"
    r"|galeries?|diaporamas?|clich[ée]s"
    r"|(?:bilder)?galerie|fotostrecken?|bilder|bild"
    r"|imagens?|imagem"
    r"|gallerie|fotogallery|fotogalleria|immagin[ei]"
    r"|галере\w*|фото\w*|снимк\w*|снимок|изображени\w*)\b)"
    r"|معرض|الصور|صور|صورة|图集|组图|大图|图片|相册|写真|画像|ギャラリー|フォト|갤러리|사진|화보|포토"
)
# A button's verb: to open, see, browse, swipe or enlarge (and "zur"/"zum" of a German link: "Zur Bildergalerie").
_UI_VERBS = (
    r"(?i:\b(?:view|see|open|browse|click|tap|swipe|scroll|enlarge|expand|zoom|launch|show"
    r"|ver|abr[ae]|abrir|desliza|pulsa|haz clic|ampl[ií]a|ampliar|mira"
    r"|voir|ouvrir|cliquez|agrandir|faites d[ée]filer|d[ée]couvrez|d[ée]couvrir"
    r"|zur|zum|öffnen|ansehen|anzeigen|vergrößern|klicken|wischen|durchklicken"
    r"|veja|clique|deslize|confira|amplie"
    r"|vai|apri|guarda|vedi|sfoglia|clicca|ingrandisci|scorri"
    r"|смотреть|посмотреть|открыть|листайте|увеличить|нажмите)\b)"
    r"|شاهد|اضغط|افتح|تصفح|انقر|اعرض|查看|点击|浏览|滑动|打开|放大|見る|拡大|開く|表示|クリック|タップ|スワイプ"
    r"|보기|클릭|열기|확대|넘기기"
    # A slideshow's arrows, spelled: "Next image", "Foto siguiente", "Bild zurück", "下一张".
    r"|(?i:\b(?:next|previous|prev|back|siguiente|anterior|suivante|pr[ée]c[ée]dente|n[äa]chstes|vorheriges|zur[üu]ck"
    r"|pr[óo]xima|successiva|precedente|следующ\w*|предыдущ\w*)\b)|التالي|السابق|下一张|上一张|次へ|前へ|다음|이전"
)
_GALLERY_WORDS = re.compile(_PICTURES)
_BUTTON = re.compile(_UI_VERBS)
# A count beside the noun: "(12 photos)", "12 Bilder", "共12张", "全12枚", "23장", "صور 8".
# Up to three digits: "Photos: 2026 in review" is a year's.
_COUNT = re.compile(
    r"(?<!\d)\d{1,3} ?(?:\S+ )?(?=\S)(?:" + _PICTURES + r")|(?:" + _PICTURES + r")\s?[:：(（]?\s?\d{1,3}(?!\d)"
    r"|(?<!\d)\d{1,3}\s?[张張枚장]"
)
_GALLERY_MAX_WORDS = 6


def gallery_prompt(text: str) -> bool:
    """Whether ``text`` is a gallery's button or count: a few words, no sentence, naming what a gallery shows
    and either a button's verb ("View gallery (12 photos)", "Swipe for more photos", "Zur Bildergalerie",
    "查看图集") or a count beside the noun ("Galería: 12 imágenes", "組図：共12张"). A subhead on a photograph
    ("The photo that changed the race") has neither; a sentence about one ends as a sentence."""
    if count_words(text) > _GALLERY_MAX_WORDS or text.rstrip()[-1:] in ".!?。" or quoted(text):
        return False
    if _GALLERY_WORDS.search(text) is None:
        return False
    return _BUTTON.search(text) is not None or _COUNT.search(text) is not None


# A subscription, membership or paid access, by language: the wall's nouns and verbs.
_MEMBERSHIP = re.compile(
    r"(?i:\b(?:subscri\w*|members?(?:hip)?|premium|paywall|free trial"
    r"|suscri\w*|socios?|abonad[oa]s?"
    r"|abonn\w*|abo|plus-artikel"
    r"|assin\w*"
    r"|abbonat\w*|abbonamento|abbonati"
    r"|подпис\w*|подписчик\w*)\b)"
    r"|مشترك|اشترك|اشتراك|للمشتركين|مدفوع|订阅|訂閱|会员|會員|付费|付費|会員|有料|購読|구독|회원|유료"
)
_WALL_MAX_WORDS = 12


def membership_wall(text: str) -> bool:
    """Whether ``text`` is a membership wall's line: a short unquoted line naming a subscription or
    membership (``_MEMBERSHIP``) that names the page ("To read this article in full, become a member."), speaks
    to the reader, or is no sentence but a button or badge ("Exclusivo para assinantes", "会員限定記事"). A
    story's line on subscribers is a sentence about a company ("Netflix added two million subscribers.")."""
    if (
        count_words(text, _WALL_MAX_WORDS) > _WALL_MAX_WORDS or quoted(text)
        or _MEMBERSHIP.search(text) is None
    ):
        return False
    return page_named(text) or reader_addressed(text) or text.rstrip()[-1:] not in ".!?。"


# Publishing, by language: the verb of a note that the story ran in a paper a name gives ("Published in The
# Daily Meridian on 3 June 2026", "Erschienen im Tagblatt am ...", "刊于...", "掲載").
_PUBLISHED = re.compile(
    r"(?i:\b(?:published|appeared|printed|ran|publicad[oa]|aparecid[oa]|publi[ée]e?|paru|parue|erschienen"
    r"|ver[öo]ffentlicht|pubblicat[oa]|uscit[oa]|опубликова\w*|вышл[аио]|напечатан\w*)\b)"
    r"|نشر|نُشر|刊于|刊登|刊发|发表于|掲載|게재|실렸"
)
# The printed paper, by language: the paper, its edition or issue, its page.
_PAPER = re.compile(
    r"(?i:\b(?:(?:news)?papers?|editions?|issue|print(?:ed)?|page"
    r"|peri[oó]dico|diario|edici[oó]n|papel|impres[oa]|p[aá]gina"
    r"|journal|[ée]dition|num[ée]ro|papier|imprim[ée]e?"
    r"|zeitung|ausgabe|print\w*|druck\w*|seite|blatt"
    r"|jornal|edi[çc][ãa]o|impress[oa]"
    r"|giornale|quotidiano|edizione|cartace[oa]|pagina|stampa"
    r"|газет\w*|номер\w*|выпуск\w*|печатн\w*|полос\w*)\b)"
    r"|صحيفة|الصحيفة|جريدة|العدد|عدد|الطبعة|الورقي\w*|الصفحة"
    r"|报|報|版|纸质|紙面|朝刊|夕刊|本紙|新聞|신문|지면|면"
)
_PAPER_NOTE_MAX_WORDS = 15


def paper_note(text: str) -> bool:
    """Whether ``text`` is a note that the story ran in the paper, set as a label rather than a sentence: a
    short unquoted line with a full date and a word of the printed paper (``_PAPER``) or of publishing
    (``_PUBLISHED``), closing on no sentence's end ("Print edition | June 3, 2026", "Dal quotidiano del 3
    giugno 2026", "Из номера от 3 июня 2026 года", "Published in The Daily Meridian on June 3, 2026"). A story's
    paragraph on a newspaper ends as a sentence; a page's own stamp ("Publié le 9 novembre 2021 à 8h34") is
    ``stamps``', which reads the publication date off it."""
    return (
        count_words(text, _PAPER_NOTE_MAX_WORDS) <= _PAPER_NOTE_MAX_WORDS
        # A paper's name may be quoted ("в «Городских вестях»"); a quotation closing the line is speech.
        and text.rstrip()[-1:] not in ".!?。\"”»」"
        and (_PAPER.search(text) is not None or (_PUBLISHED.search(text) is not None and not stamp_line(text)))
        and has_date(text)
    )


# That the page ran first, or originally, elsewhere, its own kind as the subject ("This story originally appeared in
# ...", "Материал впервые опубликован на сайте Bloomberg.", "L'articolo è stato pubblicato originariamente su
# Reuters.", "Dieser Artikel erschien zuerst bei ..."). A story names a study or a report it is about ("The paper
# was first published in Nature, the authors said"), not its own article, and gives it to a speaker.
_OWN_KIND = re.compile(
    r"(?i:(?:the |this |l'|el |este |esta |o |a |il |questo |der |dieser |die |das |le |cet |ce )?"
    r"(?:article|story|artículo|nota|artigo|texto|matéria|articolo|artikel|beitrag|text|материал|статья)\b)"
)
_FIRST = re.compile(
    r"(?i:\b(?:originally|first|originalmente|originariamente|initialement|d'abord|zuerst|ursprünglich|erstmals"
    r"|впервые|изначально)\b)"
)
_ORIGIN_NOTE_MAX_WORDS = 16


def origin_note(text: str) -> bool:
    """Whether ``text`` is a note that the page ran first elsewhere (``_OWN_KIND``, ``_FIRST``): short,
    unattributed, its own kind the subject, a verb of publishing."""
    return (
        count_words(text) <= _ORIGIN_NOTE_MAX_WORDS and _OWN_KIND.match(text) is not None
        and _FIRST.search(text) is not None
        and (_PUBLISHED.search(text) is not None or "erschien" in text) and unattributed(text)
    )


DISCLOSURE = Rule(
    "disclosure_note", 2, "structural",
    "This article contains affiliate links; if you buy through them we may earn a small fee",
    keep="The retailer said affiliate commissions rose 5% last year as more shoppers bought online.",
)
# An affiliate disclosure's nouns (en es fr de pt it ru): the links or the commission a purchase earns.
_AFFILIATE = re.compile(
    r"(?i:affiliate|commission|afiliad|comisi[oó]n|affili|provision|comiss[ãa]o|affiliazion|commissione"
    r"|партн[её]рск\w* ссылк|комисси)"
)
# The links named as affiliates' make the disclosure whole without the purchase: "This article contains
# affiliate links.", "Este artículo contiene enlaces de afiliados."
_AFFILIATE_LINKS = re.compile(
    r"(?i:affiliate[- ]links?|enlaces de afiliad|liens (?:d'|d’)?affili|link di affiliazione|links de afiliad"
    r"|партн[её]рск\w* ссылк)"
)
# A purchase, in the reader's or the site's words: "if you buy", "when you click", "si compras", "en cas d'achat".
_PURCHASE = re.compile(
    r"(?i:\b(?:buy|purchase|shop|click|earn|compra|compras|compres|achat|achetez|achète|(?:ein)?kauf|gekauft|käufe"
    r"|bestell|compre|comprar|acquist|покупк|покупа)\w*)"
)
# A machine's part in the text: the tool named and what it did to the page (translated, generated, summarised).
# Not beside another Latin letter ("AIG", "KIA"), but beside kana or a Han character ("この記事はAIが要約").
_MACHINE_NAME = re.compile(r"(?<![A-Za-z])(?:AI|KI|IA)(?![A-Za-z])|\bИИ\b|人工智能")
_MACHINE_NAMES = ("AI", "KI", "IA", "ИИ", "人工智能")  # the names in their case: tested as literals first
_MACHINE = re.compile(
    r"(?i:artificial intelligence|inteligencia artificial|intelligence artificielle"
    r"|künstliche\w* intelligenz|intelig[êe]ncia artificial|intelligenza artificiale|искусственн\w* интеллект"
    r"|machine translation|automatic translation|traducci[oó]n autom[aá]tica|traduction automatique"
    r"|maschinell\w* übersetz|large language model|neural network|нейросет\w*|нейронн\w* сет\w*)"
    r"|الذكاء الاصطناعي"
)
# Alone as a label, the machine's part says what it did and by what: "Generated by AI", "AI-generated",
# "Traducción automática", "KI-generiert".
_MACHINE_LABEL = re.compile(
    r"(?i:(?:generated|translated|written|created|summari[sz]ed|produced) (?:by|with|using) (?:an? )?(?:AI\b|ai tool"
    r"|artificial intelligence|machine translation)|ai[- ]generated|ki[- ]generiert|traducci[oó]n autom[aá]tica"
    r"|traduction automatique|maschinell übersetzt|generad[oa] (?:por|con) (?:IA|inteligencia artificial))"
)
_MACHINE_DID = re.compile(
    r"(?i:generat|translat|summar|written|produc|assist|help|creat|draft|traduc|tradu[ií]d|traduz|traduit|rédig|résum"
    r"|übersetz|erstellt|generiert|zusammengefasst|verfasst|generad|resumid|redactad|tradott|generat|riassunt"
    r"|переведен|сгенерирован|создан|подготовлен"
    # The help it gave, and the verbs of writing it in the Romance languages: "Este texto foi produzido com
    # auxílio de inteligência artificial", "elaborado con ayuda de ...", "scritto con l'aiuto di ...".
    r"|produz|elabor|scritt|écrit|ayuda|auxílio|aiuto|ajuda|hilfe|помощ)"
    r"|翻译|生成|翻訳|作成|要約|الاستعانة|بمساعدة|إعداد"
)
# The site speaking of itself ("erhalten wir eine Provision"): unquoted, no story's voice.
_SITE_WE = re.compile(r"(?i:\b(?:we|wir|nous|nosotros|noi|nós|мы)\b)")
_DISCLOSURE_MAX_WORDS = 40
_AFFILIATE_WORDS = Words(_AFFILIATE, (
    "affili", "commission", "afiliad", "comisi", "provision", "comiss", "партн", "ссылк", "комисси",
))
# The machine's names in their case ("AI", "KI", "IA", "ИИ" are words in capitals) or their words.
_MACHINE_WORDS = Words(_MACHINE, (
    "artificial", "intelig", "intelligen", "künstlich", "translation", "traducci", "traduction", "maschinell",
    "übersetz", "language model", "искусствен", "интеллект", "neural network", "нейросет", "нейронн", "الذكاء",
))
_MACHINE_LABEL_MAX_WORDS = 6  # "Generated by AI", "Traducción automática"
# A translation tool by name, and the adverb of a machine's translation: "Translated with DeepL", "Automatically
# translated", "Este texto fue traducido automáticamente", "Automatisch übersetzt".
_TRANSLATOR = re.compile(
    r"(?i:\b(?:translat|traduc|traduz|traduit|übersetz|tradott)\w* (?:\w+ ){0,2}(?:deepl|google translate)\b"
    r"|automatically translated|machine[- ]translated|traducid[oa] automáticamente"
    r"|traduzid[oa] automaticamente|traduit automatiquement|automatisch übersetzt|tradott[oa] automaticamente"
    r"|автоматически переведен\w*)|自動翻訳|机器翻译|机翻"
)
_TRANSLATOR_WORDS = Words(_TRANSLATOR, (
    "translat", "traduc", "traduz", "traduit", "übersetz", "tradott", "automatically", "automáticamente",
    "automaticamente", "automatiquement", "automatisch", "автоматически", "自動翻訳", "机器翻译", "机翻",
))
# The page's part a machine made, as the note's subject: "Key points generated by AI and checked by journalists",
# "This summary was generated by artificial intelligence", "Bloomberg AI summary", "Zusammenfassung von KI
# erstellt". A story's sentence on AI has another subject ("Songs generated by AI topped the charts").
_MACHINE_PART = re.compile(
    r"(?i:(?:(?:this|the|an?|our) )?(?:ai[- ](?:generated )?)?(?:summary|summaries|key points|takeaways"
    r"|audio version|resumen|résumé|zusammenfassung|riassunto|resumo|краткое содержание)\b)"
    r"|[^\n]{1,30} AI summary$|この記事|本文|要約"
)
_MACHINE_NOTE_MAX_WORDS = 15


# An opinion piece's disclaimer: the views in it are its writer's own, not the site's ("Opinions expressed by Forbes
# Contributors are their own.", "The views expressed in this commentary are solely those of the author.", "Las
# opiniones expresadas son responsabilidad exclusiva de su autor.", "Мнение автора может не совпадать с позицией
# редакции.", "本文仅代表作者观点。"). The views expressed and whose they are, in the present tense: a story
# reports a disclaimer in the past ("He said the views expressed were his own").
_OWN_VIEWS = re.compile(
    r"(?i:\b(?:views?|opinions?) expressed\b[^.!?]{0,60}?\b(?:are|is) (?:solely |entirely |strictly )?"
    r"(?:(?:their|his|her|the author['’]s|the authors['’]|the writer['’]s|the contributor['’]s) own"
    r"|those of the (?:authors?|writers?|contributors?)\b)"
    r"|\bopiniones (?:expresadas|vertidas)\b[^.!?]{0,60}?\bson (?:de )?(?:la )?(?:exclusiva )?"
    r"(?:responsabilidad (?:exclusiva )?de )?(?:(?:sus?|los|el|la) )?autor"
    r"|\b(?:opinions|propos) (?:exprimée?s|tenus)\b[^.!?]{0,60}?n['’]engagent que (?:leurs?|son|ses) auteurs?"
    r"|\b(?:geben|gibt) (?:nicht (?:unbedingt |notwendigerweise |zwangsläufig )?)?(?:ausschließlich |nur )?die "
    r"(?:persönliche )?(?:Meinung|Ansicht)\w* (?:de[sr] (?:Autor|Verfasser)\w*|der Redaktion) wieder"
    r"|\bopini(?:ões|oes) (?:expressas|emitidas)\b[^.!?]{0,60}?\b(?:são|é) (?:d[ae] )?(?:inteira |exclusiva )?"
    r"(?:responsabilidade (?:exclusiva )?)?(?:d[oa]s?|de) (?:seus? )?autor"
    r"|\bopinioni espresse\b[^.!?]{0,60}?\b(?:sono|impegnano) (?:esclusivamente |solo |soltanto )?(?:quelle )?"
    r"(?:dell['’]autore|degli autori|l['’]autore)"
    r"|мнение (?:автора|редакции) (?:может не совпадать|не обязательно совпадает|может не отражать))"
    r"|(?:本文|文章|该文)(?:仅|只)代表作者(?:本人|个人)?(?:的)?观点"
    r"|(?:記事|本稿|コラム)[^。]{0,20}(?:筆者|著者)(?:個人)?の(?:個人的な?)?見解"
    r"|(?:المقال|الآراء)[^.]{0,40}(?:يعبر|تعبر) عن (?:رأي|وجهة نظر|آراء) (?:كاتبه|كاتبها|الكاتب|صاحبه)"
)
_OWN_VIEWS_WORDS = Words(_OWN_VIEWS, (
    "expressed", "expresadas", "vertidas", "engagent", "wieder", "expressas", "emitidas", "espresse",
    "мнение", "代表作者", "見解", "تعبر", "يعبر",
))


def disclosure_note(text: str, words: int) -> bool:
    """Whether ``text`` is a page's disclosure: that its links earn a commission on purchases ("This article
    contains affiliate links; if you buy through them we may earn a small fee", "Si compras a través de
    nuestros enlaces, podemos recibir una comisión"), or that a machine translated, wrote or summarised it ("An
    AI tool helped summarise this article", "Esta noticia ha sido traducida con ayuda de inteligencia
    artificial", "Generated by AI"), or that its views are its writer's own (``_OWN_VIEWS``). It speaks as the
    site, to the reader or of the page; a story's sentence on commissions or AI does neither, or is quoted, and
    one on someone's views gives them to a speaker (``ATTRIBUTED``)."""
    if words > _DISCLOSURE_MAX_WORDS:
        return False
    if _OWN_VIEWS_WORDS.may_hold(text) and _OWN_VIEWS.search(text) is not None:
        return unattributed(text)
    # Most lines hold neither noun: the literal gates answer before any search.
    affiliate = _AFFILIATE_WORDS.may_hold(text) and _AFFILIATE.search(text) is not None
    machine = not affiliate and (
        (any(map(text.__contains__, _MACHINE_NAMES)) and _MACHINE_NAME.search(text) is not None)
        or (_MACHINE_WORDS.may_hold(text) and _MACHINE.search(text) is not None)
    )
    if not (affiliate or machine) and words <= _MACHINE_NOTE_MAX_WORDS and _TRANSLATOR_WORDS.may_hold(text):
        return _TRANSLATOR.search(text) is not None and unattributed(text)
    if not (affiliate or machine) or quoted(text):
        return False
    def voiced() -> bool:
        return page_named(text) or page_subject(text) or reader_addressed(text) or _SITE_WE.search(text) is not None

    if affiliate:
        return (_PURCHASE.search(text) is not None or _AFFILIATE_LINKS.search(text) is not None) and voiced()
    label = words <= _MACHINE_LABEL_MAX_WORDS and _MACHINE_LABEL.search(text) is not None
    if not label and words <= _MACHINE_NOTE_MAX_WORDS and ATTRIBUTED.search(text) is None:
        part = _MACHINE_PART.match(text)
        label = part is not None and (part.end() == len(text) or _MACHINE_DID.search(text, part.end()) is not None)
    return label or (_MACHINE_DID.search(text) is not None and voiced())
