"""A cookie-consent banner told by its shape wherever it stands: its buttons, its notice and its heading.

Consent-management platforms (OneTrust, Didomi, Quantcast, Usercentrics) ship the same few button words on
every site, translated: those words are a standard vocabulary, not one outlet's, so a line made only of them
is a button in any language ("Accept all", "Manage preferences"). The notice is a short paragraph about cookies
in the site's voice ("We use cookies to improve your experience."), and the heading a short line over it
("We value your privacy"). ``widgets`` removes them.
"""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.cues import quoted, reader_addressed, unattributed
from wirewash.transforms.core.cleaning.matcher import Words
from wirewash.transforms.core.cleaning.regex_shape import led
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.structure import is_sentence

CONSENT = Rule(
    "consent_banner", 1, "structural",
    "We use cookies to improve your experience on our site.\nAccept all cookies\nManage preferences",
    keep="The bakery sold 4,000 cookies on Saturday, the owner said.",
)

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
# Words that are actions (a line of nouns only, "Privacy", "Settings", "Your choices", may be a subhead); "got"
# of the acknowledgement ("Got it", "OK, got it").
_CONSENT_ACTIONS = frozenset(
    "accept agree allow reject decline deny refuse manage customise customize got aceptar acepto aceito aceitar "
    "rechazar rejeitar recusar configurar gestionar gerenciar accepter refuser paramétrer gérer j'accepte "
    "akzeptieren ablehnen verwalten zustimmen accetta accetto rifiuta gestisci принять отклонить согласен "
    "согласна قبول رفض موافق أوافق cookie-einstellungen".split()
)
# Nouns that make a button with any other consent word: "Cookie settings", "Your privacy choices".
_CONSENT_NOUNS = frozenset("cookie cookies privacy privacidad privacidade confidentialité datenschutz".split())
_CONSENT_BUTTON_MAX_WORDS = 5
# A banner's buttons run together on one line ("I Accept Reject All Show Purposes"): consent words only, two or
# more of them actions.
CONSENT_ROW_MAX_WORDS = 10
# The cookie itself, in the languages whose sites translate it; and the consent framework's (IAB TCF) first
# purpose, which every banner built on it states in its fixed wording and translations: "store and/or access
# information on a device" ("We and our 842 partners store and access information on your device.").
_COOKIE = led(re.compile(
    r"cookie|クッキー|쿠키|куки|ملفات تعريف الارتباط"
    r"|access\w* information on (?:a|your) device|acc[èée]d\w* à des informations sur (?:un|votre) appareil"
    r"|informationen auf (?:einem|ihrem) gerät|acced\w* a (?:la )?información en (?:un|su) dispositivo"
    r"|acced\w* (?:a|alle) informazioni su (?:un|il tuo) dispositivo|aced\w* (?:a|às) informações (?:num|no seu) dispositivo",
    re.IGNORECASE,
))
# What ASCII text holds, in any case, wherever _COOKIE matches it: its other branches need a letter outside
# ASCII ("à", "información", "gerät", "クッキー"), and no ASCII letter folds to one of those.
_COOKIE_ASCII = ("cookie", "access", "acced")


def _cookie(text: str) -> bool:
    """Whether ``text`` names cookies or access to a device (``_COOKIE``). A case-insensitive alternation has no
    literal prefix, so the regex engine tries it at every position: ASCII text without any of its words (most
    short paragraphs) skips that scan."""
    if text.isascii():
        low = text.lower()
        if not any(w in low for w in _COOKIE_ASCII):
            return False
    return _COOKIE.search(text) is not None


# "This site" in the languages of the packs ("Questo sito utilizza cookie", "当サイトでは", Arabic "we use").
_SITE = led(re.compile(
    r"\b(?:this|our) (?:web)?site\b|\b(?:questo|este|nuestro|ce|notre|nosso) (?:sito|sitio|site)\b"
    r"|\b(?:diese|unsere) (?:(?:web)?seite|website)\b|\b(?:этот|наш) сайт|当サイト|本网站|本站|이 사이트|موقعنا|نستخدم",
    re.IGNORECASE,
))
CONSENT_NOTICE_MAX_WORDS = 40
# A banner's heading over its notice ("We value your privacy", "Nous respectons votre vie privée", "Ihre
# Privatsphäre ist uns wichtig"): a short line on privacy or cookies, or in the site's voice. Only a line
# directly over a notice: elsewhere such a line may be a story's subhead.
_CONSENT_HEADING_MAX_WORDS = 8
_PRIVACY = led(re.compile(
    r"privacy|privacidad|privacidade|vie privée|confidentialité|datenschutz|privatsphäre|riservatezza"
    r"|конфиденциальн|الخصوصية|隐私|隱私|プライバシー|개인정보",
    re.IGNORECASE,
))
# A site's terms, as its banner names them beside or instead of its privacy policy.
_TERMS = led(re.compile(
    r"terms (?:of (?:use|service)|and conditions)|conditions (?:générales )?d'utilisation|nutzungsbedingungen"
    r"|términos (?:y condiciones|de uso)|termos (?:de uso|e condições)|termini (?:e condizioni|di (?:uso|utilizzo))"
    r"|пользовательск\w* соглашени",
    re.IGNORECASE,
))
# A word every match of either holds: most short paragraphs name neither, and are answered without a search
# (``_PRIVACY`` and ``_TERMS`` searched every paragraph of up to 40 words, 3% of the cleaner's time).
_POLICY_WORDS = Words(re.compile(f"{_PRIVACY.pattern}|{_TERMS.pattern}", re.IGNORECASE), (
    "privac", "vie privée", "confidentialit", "datenschutz", "privatsphäre", "riservatezza", "конфиденциальн",
    "الخصوصية", "隐私", "隱私", "プライバシー", "개인정보",
    "terms ", "utilisation", "nutzungsbedingungen", "términos", "termos ", "termini ", "пользовательск",
))
_WORDS = re.compile(r"[\w'’-]+")


def consent_button(text: str, words: int) -> bool:
    """Whether ``text`` is a consent banner's button or link: at most five words, every one a consent word, one
    of them an action ("Accept all cookies", "Tout accepter", "Alle akzeptieren", "全部接受"); or a row of its
    buttons, up to ten consent words with two actions or more ("I Accept Reject All Show Purposes")."""
    if words > CONSENT_ROW_MAX_WORDS or text[-1:] in ".!?。":
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
    ("We use cookies to improve your experience.", "当サイトではクッキーを使用しています。"), or the banner that
    asks for agreement to the site's privacy policy or terms instead, naming the site and the reader ("By using
    this site, you agree to our updated Privacy Policy and our Terms of Use."). A story sentence about biscuits
    names no site and does not address the reader; one on a site's terms gives them to a speaker."""
    if words > CONSENT_NOTICE_MAX_WORDS or quoted(text):
        return False
    if _cookie(text):
        return reader_addressed(text) or _SITE.search(text) is not None
    return (
        _POLICY_WORDS.may_hold(text) and (_PRIVACY.search(text) is not None or _TERMS.search(text) is not None)
        and _SITE.search(text) is not None and reader_addressed(text) and unattributed(text)
    )


def consent_heading(text: str, words: int) -> bool:
    """Whether ``text``, standing directly over a consent notice, is the banner's heading: at most eight words,
    no sentence, unquoted, on privacy or cookies or in the site's voice ("We value your privacy"). Without it
    the heading stayed first in the text and was read as the headline."""
    if words > _CONSENT_HEADING_MAX_WORDS or is_sentence(text) or quoted(text):
        return False
    return _PRIVACY.search(text) is not None or _cookie(text) or reader_addressed(text)
