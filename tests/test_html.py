"""HTML extraction settings and page metadata: title, date (metadata only), author, site as publisher."""
from __future__ import annotations

import datetime

import pytest

from transforms.core.article import to_article
from transforms.core.cleaning import CleanConfig
from transforms.core.counters import noop
from transforms.core.html import ExtractionSettings, extract_page
from transforms.core.parse import ReadConfig, RawDoc, parse_file
from transforms.core.schema import Article

BODY = "".join(
    f"<p>Paragraph {i}: Kazakhstan’s ruling party won a snap parliamentary election on Sunday, according "
    f"to preliminary results released by the central election commission on Monday.</p>"
    for i in range(4)
)


def page(head: str = "", foot: str = "") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>Ruling Party Wins Snap Vote</title>{head}</head><body>"
        f"<article><h1>Ruling Party Wins Snap Vote</h1>{BODY}</article><footer>{foot}</footer></body></html>"
    )


META = (
    '<meta property="og:site_name" content="Steppe Herald">'
    '<meta property="article:published_time" content="2023-03-20T08:00:00Z">'
    '<meta name="author" content="Jane Doe">'
)


def raw(html: str) -> RawDoc:
    (doc,) = parse_file("page.html", html.encode("utf-8"), ReadConfig(), noop)
    assert isinstance(doc, RawDoc)
    return doc


def test_metadata_from_the_page() -> None:
    doc = raw(page(META, "<p>Copyright 2019 Steppe Herald</p>"))
    assert (doc.title, doc.byline, doc.publisher) == ("Ruling Party Wins Snap Vote", "Jane Doe", "Steppe Herald")
    assert doc.published == datetime.date(2023, 3, 20)


def test_copyright_footer_is_not_a_publication_date() -> None:
    assert raw(page(foot="<p>Copyright 2023 Steppe Herald. All rights reserved.</p>")).published is None


def test_wire_credit_beats_site_name_as_publisher() -> None:
    cfg = CleanConfig()
    site_only = to_article(raw(page(META)), cfg, noop)
    assert isinstance(site_only, Article) and site_only.publisher == "Steppe Herald"
    credited = raw(page(META).replace("<p>Paragraph 0: ", "<p>ALMATY (Reuters) - Paragraph 0: "))
    article = to_article(credited, cfg, noop)
    assert isinstance(article, Article) and article.publisher == "Reuters"


def test_tables_are_extracted_by_default() -> None:
    table = "<table><tr><td>Amanat party share of the vote</td><td>53.9 percent</td></tr></table>"
    html = page().replace("</article>", table + "</article>")
    with_tables = extract_page(html)
    without = extract_page(html, ExtractionSettings(include_tables=False))
    assert with_tables is not None and without is not None
    assert "53.9 percent" in with_tables.text and "53.9 percent" not in without.text


@pytest.mark.parametrize("kwargs", [{"favor_precision": True, "favor_recall": True}, {"include_tables": 1}])
def test_settings_reject_bad_values(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        ExtractionSettings(**kwargs)
