"""Bytes -> text the way a browser would read them, and never failing.

Order (the WHATWG encoding-sniffing order): a byte-order mark; then a charset declared by the transport (an
HTTP ``Content-Type``); then, for HTML, a ``<meta charset>`` or ``http-equiv`` declaration; then detection.
Unlike a browser, a declaration of another charset over bytes that are valid UTF-8 (with non-ASCII) gives way.
Declarations and labels are read by w3lib (Scrapy's), which maps labels as browsers do (``latin1`` means
windows-1252). Detection: UTF-8 when the bytes are UTF-8, or mostly UTF-8 with a few stray bytes (each stray
byte is read as Windows-1252, the usual culprit, instead of turning the whole file into Latin-1 mojibake);
else charset-normalizer's best guess when it recognises a language, or finds a multi-byte CJK charset whose
text is CJK; for a language it names but whose code page it often gets wrong (Polish, Czech, Spanish...), the
code page of that language that reads the most of its letters.
"""
from __future__ import annotations

import codecs
import re

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, to_unicode

# Detection reads a sample: enough for charset-normalizer's statistics, bounded in time on a 5 MB file.
_DETECT_SAMPLE = 1 << 17
# charset-normalizer's coherence (how well the text fits a language) below which its guess is not trusted.
_MIN_COHERENCE = 0.2
# The multi-byte East Asian charsets (Python's codec names). charset-normalizer finds them reliably, but its
# coherence, measured by letter frequencies, stays low for them (0.0 to 0.17 on real Japanese, Chinese and
# Korean news): a guess of one of these is trusted instead when its text is CJK (``_mostly_cjk``).
_CJK_CODECS = frozenset({
    "cp932", "shift_jis", "shift_jis_2004", "shift_jisx0213", "euc_jp", "euc_jis_2004", "euc_jisx0213",
    "gb2312", "gbk", "gb18030", "hz", "big5", "big5hkscs", "cp950", "euc_kr", "cp949", "johab",
})
# Kana, Han (with extension A and compatibility ideographs), Hangul syllables, fullwidth forms.
_CJK_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_TAG_RE = re.compile(r"<[^>]*>")
# Share of a text's letters that must be CJK. Western text misread in a CJK charset turns each accented
# letter and the byte after it into one ideograph: a few percent of its letters, never near this.
_MIN_CJK_SHARE = 0.3
# The letters beyond ASCII of languages charset-normalizer names well while it picks the wrong code page for
# them, by the code pages they are written in. Polish in ISO-8859-2 was read as ISO-8859-10 ("ogģosiģ" for
# "ogłosił"), Czech as Windows-1258 ("pond\u0301lí" for "pondělí"), Spanish in Windows-1252 as Windows-1250
# ("espańol"); ISO-8859-2 was not among its candidates at all.
_LETTERS_BY_CODE_PAGES: dict[tuple[str, ...], dict[str, str]] = {
    ("iso8859_2", "cp1250"): {
        "Polish": "ąćęłńóśźż",
        "Czech": "áčďéěíňóřšťúůýž",
        "Slovak": "áäčďéíĺľňóôŕšťúýž",
        "Hungarian": "áéíóöőúüű",
        "Slovene": "čšž",
        "Croatian": "čćđšž",
        "Romanian": "ăâîșțşţ",
    },
    ("cp1252",): {
        "Spanish": "áéíñóúü¡¿",
        "Portuguese": "àáâãçéêíóôõú",
        "French": "àâæçéèêëîïôœùûüÿ",
        "German": "äöüß",
        "Italian": "àèéìíîòóùú",
        "Dutch": "éëïóöü",
    },
}


def _utf8_with_strays(data: bytes) -> str | None:
    """``data`` as UTF-8 when it is UTF-8, or mostly UTF-8 (more valid non-ASCII characters than stray bytes),
    each stray byte read as Windows-1252; else None."""
    view = memoryview(data)
    parts: list[str] = []
    pos = stray = valid = 0
    while True:
        try:
            text, _ = codecs.utf_8_decode(view[pos:], "strict", True)
        except UnicodeDecodeError as e:
            good, _ = codecs.utf_8_decode(view[pos : pos + e.start], "strict", True)
            bad = bytes(view[pos + e.start : pos + e.end])
            parts += [good, bad.decode("cp1252", "replace").replace("\ufffd", "") or bad.decode("latin-1")]
            valid += sum(1 for c in good if c > "\x7f")
            stray += len(bad)
            pos += e.end
            if stray > 64 and stray > valid:  # not mostly UTF-8: stop early on a file in another charset
                return None
            continue
        parts.append(text)
        valid += sum(1 for c in text if c > "\x7f") if stray else 0
        break
    if stray and stray >= valid:
        return None
    return "".join(parts)


def utf16_without_bom(sample: bytes) -> str | None:
    """The UTF-16 codec of BOM-less UTF-16 text in the Latin range: a NUL in every other byte."""
    if len(sample) < 4:
        return None
    half = len(sample) / 2
    even_nuls, odd_nuls = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _mostly_cjk(text: str) -> bool:
    """Whether at least ``_MIN_CJK_SHARE`` of ``text``'s letters, outside markup tags, are CJK."""
    text = _TAG_RE.sub(" ", text)
    letters = sum(1 for c in text if c.isalpha())
    return letters > 0 and len(_CJK_RE.findall(text)) >= _MIN_CJK_SHARE * letters


def _code_page_of(data: bytes, guess: str, language: str) -> str:
    """``guess``, or for a language of ``_LETTERS_BY_CODE_PAGES`` whichever of it and that language's code
    pages reads the most of the language's letters (a neighbour's letters count neither way, any other
    non-ASCII character against; a tie keeps ``guess``)."""
    for code_pages, languages in _LETTERS_BY_CODE_PAGES.items():
        if language in languages:
            break
    else:
        return guess
    own = set(languages[language] + languages[language].upper())
    # Neighbours are confused with each other (Croatian is named Slovene, Slovak Czech): theirs is no misreading.
    region = {c for word in languages.values() for c in word + word.upper()}
    sample = data[:_DETECT_SAMPLE]

    def fit(encoding: str) -> int:
        decoded = sample.decode(encoding, "replace")
        return sum(1 if c in own else 0 if c in region else -1 for c in decoded if c > "\x7f")

    return max((guess, *code_pages), key=fit)


def _detect(data: bytes) -> str:
    # Checked before UTF-8: ASCII text in UTF-16 is also valid UTF-8 (NUL is), and would decode half NULs.
    sample = data[:4096]
    utf16 = utf16_without_bom(sample) if b"\0" in sample else None
    if utf16:
        return data.decode(utf16, errors="replace")
    text = _utf8_with_strays(data)
    if text is not None:
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_DETECT_SAMPLE]).best()
    if best is not None and (
        best.coherence >= _MIN_COHERENCE
        or (codecs.lookup(best.encoding).name in _CJK_CODECS and _mostly_cjk(str(best)))
    ):
        return to_unicode(data, _code_page_of(data, best.encoding, best.language))
    # Without evidence of a language, short Latin text fits several code pages equally well; Windows-1252
    # is by far the most common of them, and Latin-1 (which decodes any byte) takes what it cannot.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _with_label(data: bytes, encoding: str) -> str:
    if encoding in ("utf-8", "utf8"):
        # A page declared UTF-8 with one stray byte keeps its other characters.
        return _utf8_with_strays(data) or data.decode("utf-8", errors="replace")
    if not data.isascii() and not codecs.lookup(encoding).name.startswith(("utf-16", "utf-32")):
        # A template declaring Latin-1 over UTF-8 content (or a server's default charset header) is common;
        # text really in a single-byte or CJK charset is almost never valid UTF-8 once it has a few non-ASCII
        # characters, so valid UTF-8 wins where a browser would show "CafÃ©". (UTF-16 of Latin text is valid
        # UTF-8, NULs and all; 7-bit charsets such as ISO-2022-JP are ASCII bytes, so never get here.)
        try:
            return codecs.utf_8_decode(data, "strict", True)[0]
        except UnicodeDecodeError:
            pass
    return to_unicode(data, encoding)


def decode_text(data: bytes, content_type: str | None = None, html: bool = False) -> str:
    """Text of ``data``: BOM, then ``content_type``'s charset (an HTTP header value), then for ``html`` the
    page's own declaration, then detection. Undecodable bytes become U+FFFD; never raises."""
    encoding, bom = read_bom(data)
    if encoding is not None and bom is not None:
        return to_unicode(data[len(bom) :], encoding)
    declared = http_content_type_encoding(content_type) if content_type else None
    if declared is None and html:
        declared = html_body_declared_encoding(data[:4096])
        if declared in ("utf-16-le", "utf-16-be", "utf-16", "utf-32"):
            declared = "utf-8"  # a page whose declaration is readable as ASCII is not UTF-16 (WHATWG)
    if declared is not None:
        try:
            return _with_label(data, declared)
        except LookupError:
            pass  # a label Python has no codec for: detect instead
    return _detect(data)
