"""benchmarks/over_removal.py's measure: a headline moved to ``title`` is not lost, a story paragraph the
cleaner removes is, and the hard-wrapped layout carries the same paragraphs."""
from __future__ import annotations

from benchmarks.over_removal import Doc, measure, wrapped

LEAD = "The finance minister on Sunday defended the budget that brought thousands onto the streets this week."
BODY = "Unions have called another strike for Thursday and will not negotiate until the cuts are withdrawn."


def _doc(text: str, headline: str | None, paragraphs: tuple[str, ...]) -> Doc:
    return Doc("bbc-test-001", "bbc", "en", "dev", "para", text, headline, paragraphs)


def test_a_headline_moved_to_title_is_not_lost() -> None:
    headline = "Finance minister defends budget after week of protests"
    out = measure(_doc(f"{headline}\n\n{LEAD}\n\n{BODY}", headline, (LEAD, BODY)))
    assert out.lost == [] and not out.headline_lost
    assert sum(out.removed_chars.values()) == 0


def test_a_removed_story_paragraph_is_lost_and_charged_to_its_rule() -> None:
    share = "Share this article"  # furniture-shaped, but here a "story paragraph" of the measured body
    out = measure(_doc(f"{LEAD}\n\n{BODY}\n\n{share}", None, (LEAD, BODY, share)))
    assert [i for i, _ in out.lost] == [2]
    assert out.lost[0][1] != "(altered, no removal)"
    assert sum(out.removed_chars.values()) >= len(share)


def test_the_wrapped_layout_wraps_every_paragraph_at_70_columns() -> None:
    doc = wrapped(_doc(f"{LEAD}\n\n{BODY}", None, (LEAD, BODY)))
    assert doc.layout == "wrap"
    assert max(map(len, doc.text.splitlines())) <= 70
    assert measure(doc).lost == []
