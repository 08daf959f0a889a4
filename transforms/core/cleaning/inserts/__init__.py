"""Furniture a page inserts between the story's paragraphs: teasers, ad slots, newsletter and paywall boxes,
embed and video leftovers, gallery counters, captions with a credit.

Between the lead and the story's last paragraph a short line is a subhead as often as furniture, so a line
goes only on a cue of its shape (``cues``) or of its place:

- a cue line: a link or handle, the reader addressed, brackets round the line, a media counter or duration
  ("Image 5 of 12", "02:13"), a label decorated with arrows or dashes ("▶ ...", "- ... -"), a short label with
  a colon ("Video: ...");
- a teaser: a short label line that ends in a colon or is decorated, and the one headline under it;
- a teaser label and headline glued to the start of a story paragraph ("LISTEN: <headline> The charity ..."),
  where the paragraph's own sentence starts after the headline: the label and headline go, the sentence stays;
- another story's headline glued into a paragraph with no label, told by its shape and by words the story never
  uses (``unlabelled``).

A line a colon line introduces stays (the story's list), and so does a quoted line (speech).
"""
from wirewash.transforms.core.cleaning.inserts.between import inserted_furniture
from wirewash.transforms.core.cleaning.inserts.glued_captions import glued_captions
from wirewash.transforms.core.cleaning.inserts.shapes import (
    GLUED_CAPTION, INSERTED_FURNITURE, INSERTED_TEASER,
)
from wirewash.transforms.core.cleaning.inserts.teasers import glued_teasers
from wirewash.transforms.core.cleaning.inserts.unlabelled import UNLABELLED_TEASER, unlabelled_teasers

__all__ = [
    "GLUED_CAPTION", "INSERTED_FURNITURE", "INSERTED_TEASER", "UNLABELLED_TEASER",
    "glued_captions", "glued_teasers", "inserted_furniture", "unlabelled_teasers",
]
