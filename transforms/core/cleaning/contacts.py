"""A press release's contact block: its label, then who to call and how ("Media Contact:" / "Dylan Ramirez" /
"+1 423-555-4413" / "dylan.ramirez@example.com"), wherever the page sets it (``contact_blocks``).

Wire services (PR Newswire, Business Wire, GlobeNewswire) print the block under every release, and outlets that
carry releases keep it, between the story's paragraphs or under them. Each of its lines alone is too plain to be
furniture (a name, a number), and together they read as a data table; the label over them and a phone number or
an e-mail address among them is what marks the block.
"""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.structure import Doc, has_digit

CONTACT_BLOCK = Rule(
    "contact_block", 1, "structural", "Media Contact: / Dylan Ramirez / +1 423-555-4413 / dylan@example.com",
    keep="Contact: the two teams meet again in the final on Sunday, officials said.",
)
# The block's label, in the packs' languages (the colon after it is read apart: ``_after_label``).
_LABEL = re.compile(
    r"(?i:(?:(?:media|press|news|investor|public relations|pr)(?: (?:and|&) (?:media|investors?|analysts?))? "
    r"(?:contacts?|inquiries|enquiries|relations(?: contacts?)?)|contacts?|for (?:more|further) information,?"
    r"(?: please)? contact|pressekontakt|medienkontakt|kontakt für (?:die )?medien"
    r"|contactos?(?: (?:de|para) (?:prensa|medios))?|contacts? (?:presse|médias?)"
    r"|contatt[oi] (?:stampa|per la stampa)|contato(?: (?:de|para) imprensa)?|assessoria de imprensa"
    r"|контакты(?: для (?:сми|прессы))?|للتواصل(?: الإعلامي)?|جهة الاتصال))"
)
_COLON = re.compile(r" ?[:：] ?")
# A line of the contact: a telephone number (perhaps labelled "Tel:", "Phone:", "T:"), an e-mail address, a web
# address.
_PHONE = re.compile(
    r"(?i:(?:tel|phone|telephone|mobile|cell|office|t|m|téléphone|teléfono|telefone|телефон)\.? ?[:：]? ?)?"
    r"(?:\+|\(?\d)[\d ().\-/–]{6,20}\d"
)
_ADDRESS = re.compile(r"(?i:(?:e-?mail|courriel|correo|почта) ?[:：]? ?)?\S+@\S+\.\w+|(?:https?://|www\.)\S+")
_SEPARATOR = re.compile(r" [|/·•] |, ")
_CONTACT_TAIL = re.compile(rf" (?:{_PHONE.pattern}|{_ADDRESS.pattern})$")
# A name, a title, an organisation: a few words, no sentence.
_PERSON_WORDS = 8
# The label's line: the label's words and a name or a contact after it ("For further information, please
# contact: Jane Doe"; "Media Contact: +1 (423) 555-4413 | dylan.ramirez@example.com").
_LABEL_LINE_WORDS = 14
# The lines a block holds under its label: a name, a title, an organisation, two numbers, an address.
_MOST_LINES = 6


def contact_blocks(doc: Doc) -> None:
    """Remove each contact block: a line that is the label alone (``_LABEL``) or the label and a contact
    ("Media Contact: Dylan Ramirez"), and under it a run of at most ``_MOST_LINES`` lines, each a contact (a
    number, an address) or a few words that are no sentence (a name, a title, an organisation), through the
    last number or address. A label over no number or address is left alone ("Contacts:" over a story's list of
    talks), and so is a label with the rest of a sentence after it; a label and its address on one line alone
    are the packs' line rules' (``contact_address``)."""
    kept = doc.kept()
    for i, line in enumerate(kept):
        # A label and what may follow it on its line are a few words: a story paragraph is not searched.
        if line.words > _LABEL_LINE_WORDS:
            continue
        rest = _after_label(line.text)
        if rest is None or rest and not (_contact(rest) or _person(rest)):
            continue
        end = None
        for k in range(i + 1, min(len(kept), i + 1 + _MOST_LINES)):
            if _contact(kept[k].text):
                end = k + 1
            elif not _person(kept[k].text):
                break
        if end is not None:
            doc.remove_block(kept[i:end], CONTACT_BLOCK.name)


def _after_label(text: str) -> str | None:
    """What follows the block's label on its line ("" for the label alone, "Dylan Ramirez" after "Media
    Contact: "), or None when the line opens with no label."""
    if _LABEL.fullmatch(text.rstrip(" :：")) is not None:
        return ""
    colon = _COLON.search(text)
    if colon is None or _LABEL.fullmatch(text[:colon.start()]) is None:
        return None
    return text[colon.end():].strip()


def _contact(text: str) -> bool:
    """Whether ``text`` is a telephone number or an address, perhaps labelled, perhaps two of them ("+1
    423-555-4413 | dylan@example.com"), perhaps after a name that a plain text's lines ran into one ("Claire
    Rousseau claire.rousseau@example.fr": the unwrapping reads a line of an address as a wrapped one)."""
    pieces = [p.strip() for p in _SEPARATOR.split(text) if p.strip()]
    return bool(pieces) and all(_contact_piece(p) for p in pieces)


def _contact_piece(piece: str) -> bool:
    if _PHONE.fullmatch(piece) or _ADDRESS.fullmatch(piece):
        return True
    tail = _CONTACT_TAIL.search(piece)
    if tail is None:
        return False
    before = piece[:tail.start()].strip()
    return _person(before) or _contact_piece(before)


def _person(text: str) -> bool:
    """Whether ``text`` may be a contact's name, title or organisation: a few words opening with a capital, no
    sentence's end, no figure."""
    return (
        len(text.split()) <= _PERSON_WORDS and text[:1].isupper() and text[-1:] not in ".!?"
        and not has_digit(text)
    )
