"""Page furniture found in the HTML tree before trafilatura runs (boxes of links, labels, polls, hover cards,
agency stamp lines), the scripts that mislead date search, and bare text and spans inside sentences that
trafilatura would drop.

``running_text`` tells an inline element inside a sentence (``in_running_text``), which no class name makes
furniture; ``words`` counts an element's words and reads its label; ``boxes`` finds and marks the boxes of
furniture, ``stamps`` the agency stamp lines among them; ``bare_text`` keeps text outside paragraphs;
``layout`` drops scripts, unframes layout tables and lifts embedded posts out of their wrappers; ``spans``
unwraps the spans inside sentences that trafilatura would drop.
"""
from wirewash.transforms.core.html.furniture.bare_text import drop_empty_openers, wrap_bare_text
from wirewash.transforms.core.html.furniture.boxes import PRUNE_XPATH, furniture_boxes, mark_furniture
from wirewash.transforms.core.html.furniture.layout import (
    drop_scripts,
    lift_embedded_posts,
    unframe_layout_tables,
)
from wirewash.transforms.core.html.furniture.running_text import in_running_text
from wirewash.transforms.core.html.furniture.spans import unwrap_spans_in_sentences
from wirewash.transforms.core.html.furniture.stamps import stamp_credit, stamp_lines

__all__ = [
    "PRUNE_XPATH", "drop_empty_openers", "drop_scripts", "furniture_boxes", "in_running_text",
    "lift_embedded_posts", "mark_furniture", "stamp_credit", "stamp_lines", "unframe_layout_tables",
    "unwrap_spans_in_sentences", "wrap_bare_text",
]
