"""Line breaks inside HTML text nodes are spaces, as a browser renders them, outside preformatted text."""
from __future__ import annotations

import pytest
from lxml import html as lxml_html

import wirewash.transforms.core.html as html_package

from wirewash.transforms.core.article import to_article
from wirewash.transforms.core.cleaning import CleanConfig
from wirewash.transforms.core.counters import noop
from wirewash.transforms.core.html import extract_page, unwrap_text_nodes
from wirewash.transforms.core.parse import RawDoc
from wirewash.transforms.core.schema import Article

LEAD = ("Photos which were released online and are making the rounds on social media, show the actress looking "
        "stunning in new make-up photos.")
SECOND = ("Veteran actress Kate Henshaw, who in 2008 won the Africa Movie Academy Award for Best Actress in a "
          "Leading Role, has taken to her Instagram page to share some stunning photos of herself.")


def hard_wrapped(text: str) -> str:
    """``text`` broken into source lines of about 60 characters, as some blog engines write their HTML."""
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) > 60:
            lines.append(line)
            line = ""
        line += ("\n " if not line and lines else "") + word + " "
    return "\n".join(lines + [line])


# A Blogger page: the story set in spans inside divs, its text hard-wrapped in the source.
PAGE = (
    "<html><head><title>Actress Stuns In New Photos</title></head><body><h1>Actress Stuns In New Photos</h1>"
    f'<div class="post-body"><div><span><span>{hard_wrapped(LEAD)}<br></span></span></div>'
    f"<div><span>{hard_wrapped(SECOND)}</span></div>"
    "<div><span>She flaunted a hand bag in the colours of the Nigerian flag at an event in Lagos on Friday.</span>"
    "</div></div></body></html>"
)


def test_a_hard_wrapped_paragraph_is_one_paragraph() -> None:
    extracted = extract_page(PAGE)
    assert extracted is not None
    lines = [" ".join(line.split()) for line in extracted.text.splitlines() if line.strip()]
    assert LEAD in lines and SECOND in lines
    doc = RawDoc("0" * 16, "page.html", extracted.text, title=extracted.title)
    article = to_article(doc, CleanConfig(min_words=0), noop)
    assert isinstance(article, Article) and article.text.split("\n\n")[:2] == [LEAD, SECOND]


def test_without_the_unwrap_trafilatura_splits_the_lead(monkeypatch: pytest.MonkeyPatch) -> None:
    # The fixture is what it claims: the source's line breaks reach the text when they are left in.
    monkeypatch.setattr(html_package, "unwrap_text_nodes", lambda tree: 0)
    extracted = extract_page(PAGE)
    assert extracted is not None
    assert LEAD not in [" ".join(line.split()) for line in extracted.text.splitlines()]
    assert "Photos which were" in " ".join(extracted.text.split())


def test_preformatted_text_keeps_its_line_breaks() -> None:
    tree = lxml_html.fromstring(
        "<div><p>Run\n it:</p><pre>pip install wirewash\nwirewash --help</pre><code>a = 1\nb = 2</code>"
        "<textarea>line one\nline two</textarea></div>"
    )
    unwrap_text_nodes(tree)
    assert tree.findtext("p") == "Run it:"
    assert tree.findtext("pre") == "pip install wirewash\nwirewash --help"
    assert tree.findtext("code") == "a = 1\nb = 2"
    assert tree.findtext("textarea") == "line one\nline two"
