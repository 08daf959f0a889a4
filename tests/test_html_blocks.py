"""A page's blocks through trafilatura (``html.blocks``): a widget's element is a block of the extracted text, so
the cleaner can tell the lines the rules left in it (``cleaning.blocks``)."""
from __future__ import annotations

import lxml.html

from wirewash.transforms.core.article import to_article
from wirewash.transforms.core.cleaning import CleanConfig
from wirewash.transforms.core.counters import noop
from wirewash.transforms.core.html import extract_page
from wirewash.transforms.core.html.blocks import BLOCK_MARK, blocked_text, mark_blocks
from wirewash.transforms.core.parse import RawDoc, ReadConfig, parse_file
from wirewash.transforms.core.schema import Article

STORY = [
    "Kazakhstan’s ruling party won a commanding majority in early parliamentary elections on Sunday, the "
    "central election commission said on Monday.",
    "Turnout was estimated at around 54%, far below the 63% participation in previous elections, officials "
    "said, citing preliminary figures from the regions.",
    "Seven parties, including two newly registered ones, competed for 69 party-list seats in the lower house "
    "of parliament, the commission said.",
    "Economic challenges, including high inflation, are also top of mind for President Tokayev, analysts "
    "said, as the country's currency weakened this year.",
]
# blind8 dev 67500456038b's box (a tabloid's newsletter sign-up), in an element whose name says nothing of it.
BOX = [
    "Get the biggest daily stories by email", "Subscribe",
    "We use your sign-up to provide content in ways you've consented to and to improve our understanding of "
    "you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at "
    "any time. More info",
    "Thank you for subscribing!", "We have more newsletters", "Show me", "Invalid Email",
]


def _page(box: list[str]) -> str:
    paras = [f"<p>{p}</p>" for p in STORY]
    boxed = f'<div class="c7">{"".join(f"<p>{line}</p>" for line in box)}</div>'
    return (
        "<html><head><meta charset='utf-8'><title>Ruling party wins snap vote</title></head><body><article>"
        f"<h1>Ruling party wins snap vote</h1>{''.join(paras[:2])}{boxed}{''.join(paras[2:])}"
        "</article></body></html>"
    )


def test_a_containers_lines_open_a_block_and_so_does_the_line_after_it() -> None:
    tree = lxml.html.fromstring(_page(["Sign up now", "Enter email"]))
    assert mark_blocks(tree) == 3  # the story's first paragraph, the box's first line, the story after it
    text = "\n".join(line.text_content() for line in tree.iter("p"))
    assert blocked_text(text).split("\n") == [STORY[0], STORY[1], "", "Sign up now", "Enter email", "",
                                              STORY[2], STORY[3]]


def test_a_mark_inside_a_line_is_dropped_and_a_text_without_marks_is_unchanged() -> None:
    assert blocked_text(f"a{BLOCK_MARK}b\n{BLOCK_MARK}c") == "ab\n\nc"
    assert blocked_text("a\nb") == "a\nb"


def test_the_extracted_text_and_fields_hold_no_mark() -> None:
    page = extract_page(_page(BOX).replace("<h1>", "<div><h1>").replace("</h1>", "</h1><p>Standfirst here.</p></div>"))
    assert page is not None and BLOCK_MARK not in page.text
    assert page.title is not None and BLOCK_MARK not in page.title
    assert "\n\nGet the biggest daily stories by email\n" in page.text, page.text


def test_a_newsletter_boxs_leftover_lines_go_from_an_html_page_and_the_story_stays() -> None:
    (doc,) = parse_file("page.html", _page(BOX).encode("utf-8"), ReadConfig(), noop)
    assert isinstance(doc, RawDoc)
    article = to_article(doc, CleanConfig(), noop)
    assert isinstance(article, Article)
    assert all(p in article.text for p in STORY), article.text
    assert not any(line in article.text for line in BOX), article.text
    # The lines the rules left in the box go as the block's leftovers or, English lines leaning to furniture
    # beside a plea, first by the furniture score reading them as one box.
    assert "We have more newsletters" in [
        r.text for r in article.removed if r.rule in ("block_leftover", "scored_furniture")
    ]
