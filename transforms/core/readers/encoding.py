"""Bytes -> text the way a browser would read them, and never failing.

Order (the WHATWG encoding-sniffing order): a byte-order mark; then a charset declared by the transport (an
HTTP ``Content-Type``); then, for HTML, a ``<meta charset>`` or ``http-equiv`` declaration; then detection.
Unlike a browser, a declaration of another charset over bytes that are valid UTF-8 (with non-ASCII) gives way.
Declarations and labels are read by w3lib (Scrapy's), which maps labels as browsers do (``latin1`` means
windows-1252). Detection: UTF-8 when the bytes are UTF-8, or UTF-8 with parts in a code page (a paragraph
pasted from another source, a stray byte: ``_utf8_mixed``), those parts read in the code page detected in
them, instead of turning them, or the whole file, into mojibake; else charset-normalizer's best guess when it
recognises a language, or finds a multi-byte CJK charset whose text is CJK; for a language it names but whose
code page it often gets wrong (Polish, Czech, Romanian, Spanish...), the code page of that language that
reads no C1 control and the most of its letters. UTF-8 declared (a label or a BOM) over parts in a code page
reads them so too. A document with such parts is noted ``mixed_encoding`` (``Decoded.mixed``).
"""
from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, to_unicode

# Where one source's paragraph ends and another's may begin: a line break, or one escaped in a JSON string.
_BREAK_RE = re.compile(rb"(\n|\\n)")
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
    },
    # Romanian's own code page, ISO-8859-16, puts ș and ț (comma below) where ISO-8859-2 and Windows-1250,
    # which lack them, have ş and ţ (cedilla), their stand-ins: charset-normalizer named Windows-1250, and
    # "Bucureşti" came out with the cedilla. Only the comma's reading counts for the language, so ISO-8859-16
    # wins where the bytes fit it; Windows-1250 where it reads „quotes” (0x84, 0x94: controls in ISO-8859-16).
    ("iso8859_16", "iso8859_2", "cp1250"): {
        "Romanian": "ăâîșț",
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


class Decoded(NamedTuple):
    """Text decoded from bytes; ``mixed``: parts of it that were not UTF-8 among UTF-8 were read in a code
    page (``_utf8_mixed``), which readers note as the repair ``mixed_encoding``."""

    text: str
    mixed: bool = False


def _spans(paragraph: bytes) -> tuple[list[str], list[bytes], int, int]:
    """(the valid UTF-8 parts of ``paragraph``, the invalid byte runs between them, its UTF-8 characters beyond
    ASCII, its invalid bytes); ``goods[i]`` comes before ``bads[i]``. Stops early, the parts cut short, once
    the invalid bytes pass 64 and outnumber the UTF-8 characters: a paragraph in another charset, read whole
    (a long one would otherwise cost an exception per invalid byte run)."""
    view = memoryview(paragraph)
    goods: list[str] = []
    bads: list[bytes] = []
    pos = utf8 = other = 0
    while other <= 64 or other <= utf8:
        try:
            goods.append(codecs.utf_8_decode(view[pos:], "strict", True)[0])
            rest = True
        except UnicodeDecodeError as e:
            goods.append(codecs.utf_8_decode(view[pos : pos + e.start], "strict", True)[0])
            bads.append(bytes(view[pos + e.start : pos + e.end]))
            other += e.end - e.start
            pos += e.end
            rest = False
        utf8 += len(goods[-1]) - len(goods[-1].encode("ascii", "ignore"))
        if rest:
            break
    return goods, bads, utf8, other


def _fallback(data: bytes) -> str:
    """``data`` in Windows-1252, by far the most common Latin code page, else Latin-1 (which decodes any
    byte) where it holds a byte Windows-1252 leaves undefined."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _cesu8(data: bytes) -> str | None:
    """``data`` as CESU-8 (Java's modified UTF-8, MySQL's 3-byte ``utf8``: a character past U+FFFF written as
    its two UTF-16 surrogates, 3 bytes each) when it is UTF-8 but for such surrogates: each pair joined into
    its character, a lone one U+FFFD; None otherwise. The surrogates were read as Windows-1252 ("í ½í¸€" for
    one emoji: break12 F6)."""
    try:
        text = codecs.utf_8_decode(data, "surrogatepass", True)[0]
    except UnicodeDecodeError:
        return None
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _utf8_mixed(data: bytes, declared: bool = False) -> Decoded | None:
    """``data`` as UTF-8 when it is; when it is UTF-8 with parts in another code page (a paragraph pasted from
    a Windows-1250 source, a stray Windows-1252 quote), those parts read in the code page that best reads
    them; None when it is no UTF-8 (more bytes that are not UTF-8 than UTF-8 characters beyond ASCII, and no
    paragraph of it both UTF-8 and beyond ASCII), unless it is ``declared`` UTF-8.

    A paragraph (a line, or a line of a JSON string: an escaped line break) that is not UTF-8 is read whole in
    the code page, so a pair of its bytes that happens to be valid UTF-8 ("ß“", Ukrainian "Ні" in
    Windows-1251) is read as its neighbours are; one most of whose characters beyond ASCII are UTF-8 keeps
    them, only its invalid bytes read in the code page. The code page is detected in the paragraphs that
    are not UTF-8 (``_code_page``: the language charset-normalizer recognises in them, and that language's
    code page), Windows-1252 (``_fallback``) when it recognises none.
    """
    try:
        return Decoded(codecs.utf_8_decode(data, "strict", True)[0])
    except UnicodeDecodeError:
        pass
    cesu = _cesu8(data)
    if cesu is not None:
        return Decoded(cesu)
    parts = _BREAK_RE.split(data)  # paragraphs at even indices, the breaks between them at odd ones
    clean = False
    foreign = []
    for i in range(0, len(parts), 2):
        if not parts[i].isascii():
            try:
                codecs.utf_8_decode(parts[i], "strict", True)
                clean = True
            except UnicodeDecodeError:
                foreign.append(i)
    # Per paragraph not UTF-8: its UTF-8 parts, its invalid byte runs, and whether it is read whole.
    spans: dict[int, tuple[list[str], list[bytes], bool]] = {}
    valid = stray = 0
    for i in foreign:
        goods, bads, utf8, other = _spans(parts[i])
        # Read whole unless its strays are only a word processor's signs among UTF-8 letters ("Zürich" beside
        # "council\x92s"): bytes of a code page's letters may pair into a valid UTF-8 character, signs do not.
        spans[i] = goods, bads, utf8 <= other and not (utf8 and _signs_only(b"".join(bads)))
        valid, stray = valid + utf8, stray + other
        if not (declared or clean) and stray > 64 and stray > valid:
            return None  # not mostly UTF-8: stop early on a file in another charset
    strays = b"".join(bad for i in foreign for bad in spans[i][1])
    # UTF-8 letters among a word processor's signs are UTF-8 however few they are.
    if not (declared or clean or valid > stray or (valid and _signs_only(strays))):
        return None
    whole = [i for i in foreign if spans[i][2]]
    if not whole and _typed_in_cp1252(strays):
        # Stray bytes among UTF-8, each a character Windows-1252 defines (a word processor's quote, dash or
        # euro sign): too few for any detector, which names whatever code page its statistics of the UTF-8
        # around them favour (Mac Roman read "council\x92s" as "councilís").
        code_page = "cp1252"
    else:
        code_page = _code_page(b"\n".join(parts[i] for i in whole or foreign)[:_DETECT_SAMPLE])

    def read(piece: bytes) -> str:
        return to_unicode(piece, code_page) if code_page else _fallback(piece)

    out = []
    for i, part in enumerate(parts):
        if i not in spans:
            out.append(part.decode("utf-8"))
            continue
        goods, bads, read_whole = spans[i]
        if read_whole:
            out.append(read(part))
        else:
            out.append(goods[0] + "".join(read(bad) + good for bad, good in zip(bads, goods[1:])))
    return Decoded("".join(out), mixed=True)


# What Windows-1252 puts in 0x80-0x9F: the punctuation and signs word processors type (curly quotes, dashes,
# the euro, ellipsis, trademark), read alike by every Latin-script language. Another code page puts letters or
# controls there.
_CP1252_SIGNS = frozenset("€‚„…†‡ˆ‰‹‘’“”•–—˜™›")


def _signs_only(strays: bytes) -> bool:
    """Whether ``strays`` are only Windows-1252's typed signs (``_CP1252_SIGNS``)."""
    return bool(strays) and all(c in _CP1252_SIGNS for c in strays.decode("cp1252", "replace"))


def _typed_in_cp1252(strays: bytes) -> bool:
    """Whether ``strays`` (bytes that are not UTF-8) are a few of Windows-1252's typed signs and letters."""
    if not strays or len(strays) > 64:
        return False
    text = strays.decode("cp1252", "replace")
    return all(c in _CP1252_SIGNS or c.isalpha() for c in text)


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
    pages reads the fewest C1 controls and undefined bytes (never in text: a code page that puts one where
    another reads a quote is the wrong one), then the most of the language's letters (a neighbour's letters
    count neither way, any other non-ASCII character against); a tie keeps ``guess``."""
    for code_pages, languages in _LETTERS_BY_CODE_PAGES.items():
        if language in languages:
            break
    else:
        return guess
    own = set(languages[language] + languages[language].upper())
    # Neighbours are confused with each other (Croatian is named Slovene, Slovak Czech): theirs is no misreading.
    region = {c for word in languages.values() for c in word + word.upper()}
    sample = data[:_DETECT_SAMPLE]

    def fit(encoding: str) -> tuple[int, int]:
        beyond = [c for c in sample.decode(encoding, "replace") if c > "\x7f"]
        unreadable = sum(1 for c in beyond if c <= "\x9f" or c == "\ufffd")
        return -unreadable, sum(1 if c in own else 0 if c in region or c in _CP1252_SIGNS else -1 for c in beyond)

    return max((guess, *code_pages), key=fit)


def _code_page(data: bytes) -> str | None:
    """The code page of ``data``, bytes that are not UTF-8: charset-normalizer's best guess when it recognises
    a language (corrected by ``_code_page_of``), or finds a multi-byte CJK charset whose text is CJK; None
    without such evidence (short Latin text fits several code pages equally well)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_DETECT_SAMPLE]).best()
    if best is not None and (
        best.coherence >= _MIN_COHERENCE
        or (codecs.lookup(best.encoding).name in _CJK_CODECS and _mostly_cjk(str(best)))
    ):
        return _code_page_of(data, best.encoding, best.language)
    return None


def _detect(data: bytes) -> Decoded:
    # Checked before UTF-8: ASCII text in UTF-16 is also valid UTF-8 (NUL is), and would decode half NULs.
    sample = data[:4096]
    utf16 = utf16_without_bom(sample) if b"\0" in sample else None
    if utf16:
        return Decoded(data.decode(utf16, errors="replace"))
    decoded = _utf8_mixed(data)
    if decoded is not None:
        return decoded
    code_page = _code_page(data)
    return Decoded(to_unicode(data, code_page) if code_page else _fallback(data))


def in_code_page(data: bytes, text: Decoded) -> bool:
    """Whether ``decoded`` read ``data`` (as ``text``) whole in a code page: bytes beyond ASCII that are
    neither UTF-8, nor UTF-8 with parts in a code page (``mixed``), nor CESU-8 (UTF-8's surrogates)."""
    if text.mixed or data.isascii():
        return False
    try:
        codecs.utf_8_decode(data, "surrogatepass", True)
    except UnicodeDecodeError:
        return True
    return False


def _with_label(data: bytes, encoding: str) -> Decoded:
    if encoding in ("utf-8", "utf8"):
        # A page declared UTF-8 with a stray byte or a paragraph in a code page keeps its other characters.
        return _utf8_mixed(data, declared=True)
    if not data.isascii() and not codecs.lookup(encoding).name.startswith(("utf-16", "utf-32")):
        # A template declaring Latin-1 over UTF-8 content (or a server's default charset header) is common;
        # text really in a single-byte or CJK charset is almost never valid UTF-8 once it has a few non-ASCII
        # characters, so valid UTF-8 wins where a browser would show "CafÃ©". (UTF-16 of Latin text is valid
        # UTF-8, NULs and all; 7-bit charsets such as ISO-2022-JP are ASCII bytes, so never get here.)
        try:
            return Decoded(codecs.utf_8_decode(data, "strict", True)[0])
        except UnicodeDecodeError:
            pass
    return Decoded(to_unicode(data, encoding))


def decode_text(data: bytes, content_type: str | None = None, html: bool = False) -> str:
    """``decoded(data, content_type, html).text``."""
    return decoded(data, content_type, html).text


def decoded(data: bytes, content_type: str | None = None, html: bool = False) -> Decoded:
    """Text of ``data``: BOM, then ``content_type``'s charset (an HTTP header value), then for ``html`` the
    page's own declaration, then detection. Undecodable bytes become U+FFFD; never raises."""
    encoding, bom = read_bom(data)
    if encoding is not None and bom is not None:
        if encoding == "utf-8":
            return _utf8_mixed(data[len(bom) :], declared=True)
        return Decoded(to_unicode(data[len(bom) :], encoding))
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
