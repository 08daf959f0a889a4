"""Markup a crawler cut short (transforms/core/html/markup.py): the page's story is read, not lost to a
doctype, title or <html> tag that swallowed it."""
from __future__ import annotations

import pytest

from wirewash.transforms.core.html import extract_page, repair_markup

STORY = (
    "<p>The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of "
    "its piers during the annual inspection.</p>"
    "<p>Repairs are expected to take six months, and a temporary crossing will be built downstream while the "
    "work goes on, the council said in a statement.</p>"
)


def _page(head: str, body: str = STORY) -> str:
    return f"{head}\n<body><div class=\"story\">{body}</div></body></html>"


@pytest.mark.parametrize(("head", "repaired"), [
    # A title that runs into markup is closed after its first line.
    ('<html><head>\n<title>Bridge closed to lorries(The Daily)ntById("font");\nobj.x = 1;\n</head>',
     '<title>Bridge closed to lorries(The Daily)ntById("font");</title>'),
    # An <html> start tag that a later tag's "/>" closed is reopened.
    ('<!DOCTYPE html>\n<html xmogo.jpg" alt="Logo" width="145" /></a><head><title>Bridge</title></head>',
     '<html xmogo.jpg" alt="Logo" width="145">'),
])
def test_a_tag_that_swallowed_the_page_is_repaired_and_the_story_read(head: str, repaired: str):
    html = _page(head)
    assert repaired in repair_markup(html)
    page = extract_page(html)
    assert page is not None and "engineers found cracks" in page.text


def test_a_cut_off_doctype_is_dropped():
    html = '<!DOCTYPE htm\n  <div id="header">Header</div>\n' + STORY * 2
    assert repair_markup(html).lstrip().startswith('<div id="header">')
    page = extract_page(html)
    assert page is not None and "temporary crossing" in page.text


def test_sound_pages_are_unchanged():
    for html in (
        _page("<!DOCTYPE html>\n<html><head><title>Bridge closed\n to lorries | The Daily</title></head>"),
        _page("<html><head><title>Is a < b? A maths story</title></head>"),
        _page('<html lang="en"><head><title>x</title><link rel="icon" href="/f.ico" /></head>'),
        STORY,
    ):
        assert repair_markup(html) == html
