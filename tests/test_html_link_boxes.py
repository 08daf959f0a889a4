"""Links set round blocks (a teaser) and headings over nothing but links: furniture trafilatura's link
density tests miss, pruned before it runs."""
from __future__ import annotations

import pytest
from lxml import html as lxml_html

from wirewash.transforms.core.html import ExtractionSettings, extract_page, furniture_boxes

STORY = "".join(
    f"<p>Paragraph {i}: Apple plans to release a new 13-inch MacBook Pro with a scissor switch keyboard in the "
    f"first half of 2020, according to industry sources cited by a Taiwanese publication on Monday.</p>"
    for i in range(4)
)
TEASER = (
    "Night mode is an automatic setting which takes advantage of the new wide-angle camera that's in the iPhone "
    "11 and 11 Pro models. It's equipped with a larger sensor that is able to let in more light."
)
FEATURE_HEADING = '16" MacBook Pro Now Available'
# The shape of a news site's page: a box of links under its own heading before the story, and a sidebar of
# guides whose teaser sits in a <div class="text">, the first frame trafilatura tries, and inside a link.
PAGE = (
    "<html><head><title>13-Inch MacBook Pro Expected in 2020</title></head><body>"
    '<div id="content"><div id="feature">'
    f"<h2>{FEATURE_HEADING}</h2>"
    '<div><a href="/16-inch-announced">16-Inch MacBook Pro: Magic Keyboard, Physical Esc Key, and More</a></div>'
    '<div><a href="/16-inch-first">First Impressions Praise Scissor Keyboard, Larger Display</a></div>'
    '<div><a href="/mac-pro">Mac Pro Shipping in December</a></div></div>'
    f'<div class="article"><h1>13-Inch MacBook Pro Expected in 2020</h1>{STORY}</div></div>'
    '<div id="right"><h3>Guides</h3><ul><li><a class="image" href="/guide/night-mode/"><img src="n.jpg"></a>'
    '<div class="text"><a class="product-title" href="/guide/night-mode/">Night Mode (iPhone 11)</a>'
    f'<a href="/guide/night-mode/"><p>{TEASER}</p></a></div></li></ul></div>'
    "</body></html>"
)


def test_a_teaser_card_and_a_heading_over_links_are_pruned() -> None:
    unpruned = extract_page(PAGE, ExtractionSettings(prune_furniture=False))
    assert unpruned is not None and TEASER[:40] in unpruned.text and FEATURE_HEADING in unpruned.text
    extracted = extract_page(PAGE)
    assert extracted is not None
    assert TEASER[:40] not in extracted.text and FEATURE_HEADING not in extracted.text
    assert extracted.text.count("scissor switch keyboard") == 4


def test_a_link_left_open_over_the_story_is_not_a_card() -> None:
    # The parser closes an unclosed <a> at the end of its container: the story's paragraphs end up inside it.
    left_open = f'<div class="body"><a href="/x">Read the report</a><a href="/y"><p>{TEASER}</p>{STORY}</div>'
    own_text = f'<div class="body"><a href="/x">Read the report{STORY}</div>'
    for body in (left_open, own_text):
        assert not any(b.tag == "a" for b in furniture_boxes(lxml_html.fromstring(body)))
    # A link round an image or a phrase is a link, not a card.
    inline = f'<div><p>{TEASER} <a href="/z">More on the camera</a></p><a href="/i"><img src="i.jpg"></a></div>'
    assert furniture_boxes(lxml_html.fromstring(inline)) == []


def test_a_subhead_over_story_paragraphs_is_not_a_heading_over_links() -> None:
    section = (
        "<section><h2>What the new keyboard means</h2>"
        '<p>The keyboard, <a href="/k">first seen on the 16-inch model</a>, uses scissor switches.</p>'
        '<p><a href="/r">The report</a> says the display stays at 13.3 inches.</p>'
        "<p>Wistron and Global Lighting Technologies will supply parts.</p></section>"
    )
    linked = (
        '<div><h3><a href="/charger">Satechi 72W USB-C Car Charger</a></h3>'
        '<div><a href="/a">Amazon</a></div><div><a href="/b">Walmart</a></div></div>'
    )
    for html in (section, linked):
        assert furniture_boxes(lxml_html.fromstring(html)) == []
    extracted = extract_page(PAGE.replace(STORY, section + STORY))
    assert extracted is not None and "What the new keyboard means" in extracted.text



@pytest.mark.parametrize(
    "label",
    ["Related Coverage", "Also Read:", "Recommended for you", "You may also be interested in", "Editor's Picks",
     "Most Viewed", "Further reading", "From around the web", "Promoted Stories", "Partner content", "Next Post"],
)
def test_other_labels_over_links_inside_the_story_are_pruned(label: str) -> None:
    box = f"<h4>{label}</h4><ul><li><a href='/a'>Apple cuts iPad prices for the holidays</a></li></ul>"
    html = PAGE.replace("<p>Paragraph 2:", box + "<p>Paragraph 2:")
    unpruned = extract_page(html, ExtractionSettings(prune_furniture=False))
    assert unpruned is not None and label in unpruned.text, "trafilatura keeps the label"
    extracted = extract_page(html)
    assert extracted is not None and label not in extracted.text and "iPad prices" not in extracted.text
    assert extracted.text.count("scissor switch keyboard") == 4


@pytest.mark.parametrize("subhead", ["Next steps", "Most people agree", "Top officials react", "In other news"])
def test_story_subheads_like_labels_are_kept(subhead: str) -> None:
    # Over a list of one link, or over prose with a link: a subhead that merely opens like a label stays.
    for block in (
        f"<h4>{subhead}</h4><ul><li><a href='/a'>Apple cuts iPad prices for the holidays</a></li></ul>",
        f"<h4>{subhead}</h4><p>Apple will <a href='/k'>ship the keyboard</a> in the spring, the report says.</p>",
    ):
        extracted = extract_page(PAGE.replace("<p>Paragraph 2:", block + "<p>Paragraph 2:"))
        assert extracted is not None and subhead in extracted.text, block


ARCHIVE_ROW = '<tr><td>Past sports :</td>' + "".join(
    f'<td><a href="/archive/{m}">{m} 2007</a></td>' for m in ("August", "September", "October", "November")
) + "</tr>"
RESULTS = (
    "<table><tr><th>Team</th><th>Played</th><th>Points</th></tr>"
    '<tr><td><a href="/t/saint-john">Saint John</a></td><td>40</td><td>58</td></tr>'
    '<tr><td><a href="/t/lewiston">Lewiston</a></td><td>39</td><td>51</td></tr></table>'
)


def test_a_table_of_links_is_pruned_and_a_table_of_data_kept() -> None:
    page = (
        "<html><head><title>MacBook Pro</title></head><body>"
        '<table><tr><td><a href="/">Home</a></td><td><a href="/news">News</a></td>'
        '<td><a href="/forum">Forum</a></td><td><a href="/polls">Polls</a></td></tr></table>'
        f'<div class="article"><h1>13-Inch MacBook Pro Expected in 2020</h1>{STORY}{RESULTS}</div>'
        f"<table>{ARCHIVE_ROW}{ARCHIVE_ROW}</table></body></html>"
    )
    tree = lxml_html.fromstring(page)
    pruned = furniture_boxes(tree)
    assert [b.tag for b in pruned] == ["table", "table"]
    extracted = extract_page(page)
    assert extracted is not None and "Paragraph 3" in extracted.text
    assert "Forum" not in extracted.text and "September 2007" not in extracted.text
    assert "Lewiston" in extracted.text
