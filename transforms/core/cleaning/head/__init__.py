"""The head zone: date prefix, headline (to ``title``), byline (to ``byline``), and the furniture between them.

Between the headline and the lead an article carries a byline, a dateline, stamps, a reading time, share or
gift prompts. A short non-sentence line there is judged by its place, not by its words: it is head furniture,
so an unknown line cannot stop the headline being found or the byline being read.

Modules: ``rules`` (the passes' rules), ``meta`` (date prefix, bylines, reading times and the meta lines under
a headline), ``title`` (the headline and the title's copies), ``zone`` (where the head ends, and its
furniture), ``shapes`` (line shapes both the headline and the zone's extent judge by).
"""
from wirewash.transforms.core.cleaning.head.meta import bylines, date_prefix, page_head
from wirewash.transforms.core.cleaning.head.rules import (
    BYLINE, DATE_PREFIX, HEAD_FURNITURE, HEADLINE, OUTLET_LABEL, READ_TIME,
)
from wirewash.transforms.core.cleaning.head.title import headline, title_copies, without_site
from wirewash.transforms.core.cleaning.head.zone import head_furniture, lead_dateline

__all__ = [
    "BYLINE", "DATE_PREFIX", "HEAD_FURNITURE", "HEADLINE", "OUTLET_LABEL", "READ_TIME",
    "page_head", "without_site", "bylines", "date_prefix", "head_furniture", "lead_dateline", "headline", "title_copies",
]
