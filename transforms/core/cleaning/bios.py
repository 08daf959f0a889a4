"""Who wrote the story, told again below it: the byline's name alone on a line, under an "about the author"
label and over the author's role ("Sobre el autor" / "Álvaro Quintana" / "Redactor en Valencia."), and a live
page's entries signed with it ("Aditya Menon" over an entry)."""
from __future__ import annotations

from wirewash.transforms.core.cleaning.byline import authors
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.structure import Doc, Line, has_digit

AUTHOR_BOX = Rule(
    "author_box", 1, "structural",
    "About the author / Leah Abernathy / Correspondent in Porto (below the story of a page whose byline is Leah "
    "Abernathy)",
    keep="Leah Abernathy, the club's captain, scored twice. (a story naming someone the byline names)",
)
_LABEL_WORDS = 3  # "About the author", "Sobre el autor", "作者简介"
_ROLE_WORDS = 6  # "Redactor en Valencia.", "Correspondante à Lyon", "驻广州记者"


def author_boxes(doc: Doc) -> None:
    """Below the head, a line that is one of the byline's names and nothing else goes: a signature, a live
    entry's author, an author box's name. Where the page prints the name on one line only (a box), the box's
    label above it (three words at most, no figure, no sentence) and the role under it (six words at most, no
    figure) go with it. Nothing is judged without a byline; a sentence opening with the name stays
    (``tail.author_note`` judges a note on the author)."""
    names = set(authors(doc.byline))
    if not names:
        return
    kept, (head, _) = doc.zones()
    signed = [k for k in range(head, len(kept)) if kept[k].text.rstrip(".") in names]
    # An author box is printed once; a name on many lines signs a live page's entries or an interview's
    # questions, whose neighbours are the story's.
    boxed = len(signed) == 1
    for k in signed:
        doc.remove(kept[k], AUTHOR_BOX.name)
        if not boxed:
            continue
        if k > head and _box_line(kept[k - 1], _LABEL_WORDS) and not kept[k - 1].sentence:
            doc.remove(kept[k - 1], AUTHOR_BOX.name)
        if k + 1 < len(kept) and _box_line(kept[k + 1], _ROLE_WORDS):
            doc.remove(kept[k + 1], AUTHOR_BOX.name)

def _box_line(line: Line, most: int) -> bool:
    """A kept line of at most ``most`` words (two characters a word in Chinese and Japanese) with no figure."""
    return line.kept and line.words <= most and not has_digit(line.text)
