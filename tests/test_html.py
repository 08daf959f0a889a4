"""HTML extraction settings and page metadata: title, date (metadata only), author, site as publisher."""
from __future__ import annotations

import datetime

import pytest

from wirewash.transforms.core.article import to_article
from wirewash.transforms.core.cleaning import CleanConfig
from wirewash.transforms.core.counters import noop
from wirewash.transforms.core.html import (
    ExtractionSettings,
    clean_author,
    clean_sitename,
    clean_title,
    extract_page,
    furniture_boxes,
    site_or_none,
)
from wirewash.transforms.core.html.metadata import byline_authors
from wirewash.transforms.core.parse import RawDoc, ReadConfig, parse_file
from wirewash.transforms.core.readers.html import moment_on
from wirewash.transforms.core.schema import Article

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


# ---------------------------------------------------------------- site name, title suffix, author


@pytest.mark.parametrize(
    ("raw_name", "expected"),
    [
        ("(c) 2004 Daily Planet Media", "Daily Planet Media"),
        ("© 2019-2023 Steppe Herald", "Steppe Herald"),
        ("Copyright © 2019 The Hindu", "The Hindu"),  # two marks
        ("© Copyright 2001-2019 Ledger Inc.", "Ledger"),
        ("Copyright 2014", None),
        ("Example.com > News", "Example.com"),
        ("LinkNaija | Nigeria's popular news platform", "LinkNaija"),
        ("https://www.hawaiinewsnow.com", "hawaiinewsnow.com"),
        ("Expert how-to for English Riders", None),  # a magazine's slogan
        ("The magazine for people who love fast cars", None),
        ("потеря веса до 10 кг. Отзывы", None),
        ("The New York Times", "The New York Times"),
        ("Inexhibit magazine", "Inexhibit magazine"),
        ("Mensagens de Reflexão", "Mensagens de Reflexão"),
        ("新华网", "新华网"),
        ("Wday_", "Wday"),
        (None, None),
    ],
)
def test_site_name_is_cleaned_or_dropped(raw_name: str | None, expected: str | None) -> None:
    assert clean_sitename(raw_name) == expected


@pytest.mark.parametrize(
    ("title", "site", "url", "expected"),
    [
        ("WeWork under investigation – TechCrunch", "TechCrunch", None, "WeWork under investigation"),
        ("Oil slides as supply worries grow | REUTERS", None, None, "Oil slides as supply worries grow"),
        # A wire agency after any separator, on any site.
        ("Oil slides as supply worries grow - Reuters", "Hosted", None, "Oil slides as supply worries grow"),
        ("Storm hits coast — Associated Press", None, None, "Storm hits coast"),
        ("Rates fall again - Money Desk", None, "https://www.moneydesk.com/a/1", "Rates fall again"),
        ("Pear Jam Recipe | The Anti-June Cleaver", "The Anti-June Cleaver", None, "Pear Jam Recipe"),
        ("Light Festival | Inexhibit", "Inexhibit magazine", None, "Light Festival"),
        ("Old toys - Remember 80/90 - Memorabilia anni 80/90", "Remember 80/90 - Memorabilia anni 80/90", None,
         "Old toys"),
        ("LinkNaija | Nigeria's popular news platform: Actress Stuns", "LinkNaija | Nigeria's popular news platform",
         None, "Actress Stuns"),
        # Kept: a segment that mentions the site, a section prefix, a dash inside the title; the site's name alone
        # is no headline (L3S-GN1: "MyFox Houston", "clubcall").
        ("Take C.A.R.E. - comwrap auf der DMEXCO 2018", "Comwrap", None, "Take C.A.R.E. - comwrap auf der DMEXCO 2018"),
        ("Opinion | Republicans Are Following Trump", "NYTimes", None, "Opinion | Republicans Are Following Trump"),
        ("Fallen Order review - shoots for the moon", None, None, "Fallen Order review - shoots for the moon"),
        ("TechCrunch", "TechCrunch", None, None),
        ("Interview - AFP", None, None, "Interview - AFP"),  # one word would be left
        ("AFP", None, None, "AFP"),
    ],
)
def test_title_loses_only_a_site_name_segment(title: str, site: str | None, url: str | None, expected: str | None) -> None:
    assert clean_title(title, site, url) == expected


def test_title_is_the_page_heading_less_a_separated_segment() -> None:
    headings = ("Sentra is what we want from Nissan",)
    assert clean_title("Sentra is what we want from Nissan - Auto News", None, None, headings) == headings[0]
    assert clean_title("Opinion | Is Football Violence a Crime?", "WSJ", None, ("WSJ", "Is Football Violence a Crime?")) == (
        "Is Football Violence a Crime?"
    )
    # Not a separated segment: a colon, a heading that is only part of a word run, a short heading.
    assert clean_title("Brexit: May wins the vote", None, None, ("May wins the vote",)) == "Brexit: May wins the vote"
    assert clean_title("Sentra is what we want - from Nissan", None, None, ("Sentra is what",)) == (
        "Sentra is what we want - from Nissan"
    )
    assert clean_title("Live | Storm hits coast", None, None, ("Live",)) == "Live | Storm hits coast"


@pytest.mark.parametrize("title", [
    "Official sacked after beating man to death_English_Xinhua",
    "T.J. Ford Cleared To Practice : PROTRADE",
    "World -- Official sacked after beating man to death",
    "Official sacked after beating man to death|ABC 7 News",
    "Official sacked after beating man to death- Travel-Services-News By Industry",
    "Official sacked after beating man to death (from The Bolton News)",
])
def test_a_heading_from_h1_to_h3_is_the_title_less_a_segment_set_off_by_a_looser_mark(title: str) -> None:
    heading = "T.J. Ford Cleared To Practice" if "Ford" in title else "Official sacked after beating man to death"
    assert clean_title(title, None, None, ("Latest News", heading)) == heading
    page = f"<html><head><title>{title}</title></head><body><h3>{heading}</h3>{BODY}</body></html>"
    extracted = extract_page(page)
    assert extracted is not None and extracted.title == heading


def test_page_title_is_read_against_the_h1() -> None:
    # trafilatura splits a <title> at " - " itself, but takes og:title whole.
    og = '<meta property="og:title" content="Ruling Party Wins Snap Vote - World news from the steppe">'
    assert raw(page(og)).title == "Ruling Party Wins Snap Vote"
    no_h1 = page(og).replace("<h1>Ruling Party Wins Snap Vote</h1>", "")
    assert raw(no_h1).title == "Ruling Party Wins Snap Vote - World news from the steppe"


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("Jan 1", None),
        ("November 19, 2019", None),
        ("Carrie Arnold November", "Carrie Arnold"),
        ("Jeff Foust Monday; November", "Jeff Foust"),
        ("Jane Doe; Updated Jan. 1, 2020 at 3:04 pm", "Jane Doe"),
        ("Phil Helsel is a reporter", "Phil Helsel"),
        ("Theresa May", "Theresa May"),
        ("Sean Martin; Laura Mowat", "Sean Martin; Laura Mowat"),
    ],
)
def test_a_date_is_not_a_byline(author: str, expected: str | None) -> None:
    assert clean_author(author) == expected


@pytest.mark.parametrize(
    ("author", "site", "expected"),
    [
        ("Tom Gillespie News reporter", "Sky News", "Tom Gillespie"),
        ("Paul Takahashi; Staff writer", "Houston Chronicle", "Paul Takahashi"),
        ("STEVE PEOPLES; AP National Political Writer", "Associated Press", "STEVE PEOPLES"),
        ("Analysis by Chris Cillizza; CNN Editor-at-large", "CNN", "Chris Cillizza"),
        ("DANICA KIRKA; JILL LAWLESS Associated Press", "Hosted", "DANICA KIRKA; JILL LAWLESS"),
        ("Ilana Muhlstein; MS; RDN", "The Beachbody Blog", "Ilana Muhlstein"),
        ("Charlie Wood; Business Insider", "Business Insider Deutschland", "Charlie Wood"),
        ("Sandee LaMotte; CNN", "MSN", "Sandee LaMotte"),
        ("LinkNaija", "LinkNaija", None),
        ("JERUSALEM POST STAFF", "jpost.com", None),
        ("Staff Reports", "The Republic", None),
        ("News Nation Bureau", "News Nation", None),
        # A CMS account shown as the author.
        ("Jdadmin", "Jeongdong Theater", None),
        ("admin; Jane Doe", None, "Jane Doe"),
        ("Webmaster", None, None),
        # Kept: an agency alone, a one-word pen name, names that hold role-like words.
        ("Reuters", "VentureBeat", "Reuters"),
        ("Rmb", "Remember 80/90", "Rmb"),
        ("Adminah Smith", None, "Adminah Smith"),
        ("Victor Davis Hanson", "National Review", "Victor Davis Hanson"),
        ("Mark Editor", None, "Mark Editor"),
        # A job title after the name is no second author (the page of aeb 05844573ca7e: "Tom Krisher, AP Auto
        # Writer", which trafilatura gives as "Tom Krisher; Ap Auto Writer").
        ("Tom Krisher; Ap Auto Writer", None, "Tom Krisher"),
        ("Jane Doe; Associated Press Writer", None, "Jane Doe"),
        ("Jane Doe; Staff Reporter", None, "Jane Doe"),
        ("Jane Doe; Senior Correspondent", None, "Jane Doe"),
        ("Anna Weber; Redakteurin", None, "Anna Weber"),
        ("Ana Ruiz; Corresponsal en Bruselas", None, "Ana Ruiz"),
        ("Anne Roy; Envoyée spéciale", None, "Anne Roy"),
        # Kept: a second author whose name is no role.
        ("Tom Krisher; Dee-Ann Durbin", None, "Tom Krisher; Dee-Ann Durbin"),
        ("Ana Ruiz; Elena Corresponsal", None, "Ana Ruiz; Elena Corresponsal"),
    ],
)
def test_a_byline_keeps_the_names_not_the_roles_or_the_site(author: str, site: str | None, expected: str | None) -> None:
    assert clean_author(author, site) == expected


def _byline_page(byline: str, head: str = "") -> str:
    return page(head).replace("<h1>Ruling Party Wins Snap Vote</h1>", f"<h1>Ruling Party Wins Snap Vote</h1>{byline}")


@pytest.mark.parametrize(("byline", "expected"), [
    # A place or a role after the names, which trafilatura split off at the comma and capitalised (blind4 dev).
    ('<div class="author-name">Ana Ruiz e Luís Costa, de Lisboa</div>', "Ana Ruiz; Luís Costa"),
    ('<div class="byline">Claire Roux et Luc Martin, envoyée spéciale à Kyiv</div>', "Claire Roux; Luc Martin"),
    # An outlet after a bar; a label in the packs' other languages.
    ('<p class="article__author">By Jane Doe and Ola Berg | Harbour Post</p>', "Jane Doe; Ola Berg"),
    ('<div class="byline">di Chiara Neri e Luca Bassi</div>', "Chiara Neri; Luca Bassi"),
    ('<div class="author-name">作者：陈静、王洋</div>', "陈静; 王洋"),
    ('<div class="byline">執筆者：中村美咲</div>', "中村美咲"),
    ('<div class="byline">نور حداد, كريم يوسف و سارة ناصر - القاهرة</div>', "نور حداد; كريم يوسف; سارة ناصر"),
    # Left as trafilatura read it: names already clean, a role on its own line under them.
    ('<div class="author-name">Jane Doe<br>Senior correspondent</div>', "Jane Doe"),
    # The line ends at a block, not at a new line in the source; a link runs on in it.
    ('<div class="byline"><div>Por Ana Ruiz e Luís Costa</div><div>Corresponsal en Madrid</div></div>',
     "Ana Ruiz; Luís Costa"),
    ('<div class="byline">Por <a href="/autor/ana-ruiz">\n    Ana Ruiz e Luís Costa, de Lisboa\n  </a></div>',
     "Ana Ruiz; Luís Costa"),
])
def test_a_byline_element_is_read_as_the_cleaner_reads_a_byline(byline: str, expected: str) -> None:
    assert raw(_byline_page(byline)).byline == expected


def test_a_meta_author_naming_the_same_people_stays_as_it_is() -> None:
    # The byline element sets them in capitals under a label; the <meta> names them one by one, cleanly.
    head = '<meta name="author" content="Jane Doe, Ola Berg">'
    doc = raw(_byline_page('<div class="author-name">BY JANE DOE AND OLA BERG</div>', head))
    assert doc.byline == "Jane Doe; Ola Berg"


def test_an_author_from_elsewhere_stays_beside_the_bylines_names() -> None:
    # "Iván Soto" is no part of the byline line: trafilatura read it elsewhere on the page, and it stays.
    author = "Ana Ruiz e Luís Costa; De Lisboa; Iván Soto"
    assert byline_authors(author, author, "Ana Ruiz e Luís Costa, de Lisboa") == "Ana Ruiz; Luís Costa; Iván Soto"


def test_a_byline_element_naming_others_than_the_meta_author_changes_nothing() -> None:
    head = '<meta name="author" content="Jane Doe">'
    doc = raw(_byline_page('<div class="byline">Por Ana Ruiz e Luís Costa, de Lisboa</div>', head))
    assert doc.byline == "Jane Doe"


def test_a_title_that_is_the_site_name_gives_way_to_the_page_title() -> None:
    headings = ("The GiveWell Blog", "September 2018 open thread")
    page_title = "September 2018 open thread - The GiveWell Blog"
    assert clean_title("The GiveWell Blog", "The GiveWell Blog", None, headings, page_title) == (
        "September 2018 open thread"
    )
    assert clean_title("The GiveWell Blog", "The GiveWell Blog", None, headings[:1], page_title) == (
        "September 2018 open thread"
    )
    # A page whose <title> is the site's name too has no title: the cleaner may find the headline in the text.
    assert clean_title("TechCrunch", "TechCrunch", None, (), "TechCrunch") is None


@pytest.mark.parametrize(
    ("site", "headings", "page_title", "expected"),
    [
        # trafilatura's site name is the headline, the <title>'s first segment: the brand after it is the site.
        ("MINERS STRIKE OVER PAY CUTS", ("MINERS STRIKE OVER PAY CUTS",), "MINERS STRIKE OVER PAY CUTS - Harbour Post",
         "Harbour Post"),
        ("Floods close the coast road", ("Floods close the coast road",), "Floods close the coast road | The Daily Ledger",
         "The Daily Ledger"),
        # ... or nothing, when what follows is no brand.
        ("Floods close the coast road", ("Floods close the coast road",),
         "Floods close the coast road - read the latest on the storm", None),
        # Kept: a blog's name in its <h1>, set after the post's title; a front page's short brand; a real name.
        ("The GiveWell Blog", ("The GiveWell Blog",), "September 2018 open thread - The GiveWell Blog", "The GiveWell Blog"),
        ("TechCrunch", ("TechCrunch",), "TechCrunch - Startup and Technology News", "TechCrunch"),
        ("Harbour Post", ("Floods close the coast road",), "Floods close the coast road - Harbour Post", "Harbour Post"),
        (None, ("Floods close the coast road",), "Floods close the coast road - Harbour Post", None),
    ],
)
def test_a_site_name_that_is_the_headline_is_no_site_name(
    site: str | None, headings: tuple[str, ...], page_title: str, expected: str | None
) -> None:
    assert site_or_none(site, headings, page_title) == expected


def test_a_page_titled_headline_dash_site_keeps_its_headline_as_title() -> None:
    html = (
        "<html><head><title>DREXEL TELLS U.S. STOCK BUYERS TO LOOK ABROAD - Harbour Post</title></head><body>"
        "<article><h1>DREXEL TELLS U.S. STOCK BUYERS TO LOOK ABROAD</h1>"
        + "".join(f"<p>{s}</p>" for s in (
            "Drexel Burnham Lambert Inc is telling clients getting nervous about the volatile U.S. stock market "
            "to take a look at European and other foreign stock markets, its strategists said on Monday.",
            "The firm recently dropped its recommendation on Jaguar plc following a sharp runup in the shares, "
            "and about the same time issued a buy recommendation on the West German automaker BMW.",
        ))
        + "</article></body></html>"
    )
    page_text = extract_page(html)
    assert page_text is not None
    assert (page_text.title, page_text.sitename) == ("DREXEL TELLS U.S. STOCK BUYERS TO LOOK ABROAD", "Harbour Post")


def test_page_metadata_is_cleaned() -> None:
    head = (
        '<meta property="og:site_name" content="(c) 2004 Steppe Herald">'
        '<meta name="author" content="Jan 1">'
    )
    html = page(head).replace("<title>Ruling Party Wins Snap Vote</title>", "<title>Ruling Party Wins Snap Vote | STEPPE HERALD</title>")
    doc = raw(html)
    assert (doc.title, doc.byline, doc.publisher) == ("Ruling Party Wins Snap Vote", None, "Steppe Herald")


# ---------------------------------------------------------------- dates


UTC = datetime.timezone.utc


@pytest.mark.parametrize("head, published, moment", [
    # A newcomer's page: published 2024-03-05, published_at null.
    ('<meta property="article:published_time" content="2024-03-05T14:20:00Z">',
     datetime.date(2024, 3, 5), datetime.datetime(2024, 3, 5, 14, 20, tzinfo=UTC)),
    # The day as written, the moment in UTC: 23:20 in New York is 04:20 UTC the next day.
    ('<meta property="article:published_time" content="2024-03-05T23:20:00-05:00">',
     datetime.date(2024, 3, 5), datetime.datetime(2024, 3, 6, 4, 20, tzinfo=UTC)),
    ('<meta itemprop="datePublished" content="2024-03-05T09:00:00+05:30">',
     datetime.date(2024, 3, 5), datetime.datetime(2024, 3, 5, 3, 30, tzinfo=UTC)),
    ('<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", '
     '"datePublished": "2024-03-05T14:20:00+01:00"}]}</script>',
     datetime.date(2024, 3, 5), datetime.datetime(2024, 3, 5, 13, 20, tzinfo=UTC)),
    # A day alone is no midnight; an update's full stamp of another day is not the publication's moment.
    ('<meta property="article:published_time" content="2024-03-05">', datetime.date(2024, 3, 5), None),
    ('<meta property="article:published_time" content="2024-03-05">'
     '<meta property="article:modified_time" content="2024-03-06T10:00:00Z">', datetime.date(2024, 3, 5), None),
])
def test_a_pages_full_publication_stamp_gives_published_at(head, published, moment) -> None:
    doc = raw(page(head))
    assert (doc.published, doc.published_at) == (published, moment)
    assert moment is None or doc.published_at.tzinfo == UTC


def test_the_moment_is_taken_only_from_a_stamp_of_the_publication_day() -> None:
    day = datetime.date(2024, 3, 5)
    stamps = ("2024-03-04T22:00:00Z", "2024-03-05", "2024-03-05T08:15:00+01:00")
    assert moment_on(day, stamps) == datetime.datetime(2024, 3, 5, 7, 15, tzinfo=UTC)
    assert moment_on(day, stamps[:2]) is None


def test_a_script_expiry_date_is_not_a_publication_date() -> None:
    script = '<script>var consent = {"expires": "2021-01-31", "renew": "2021-01-31T00:00:00Z"};</script>'
    assert raw(page(script, "<p>© Steppe Herald 2023 - All rights reserved</p>")).published is None
    dated = page(script).replace(
        "<h1>Ruling Party Wins Snap Vote</h1>",
        '<h1>Ruling Party Wins Snap Vote</h1><p class="meta"><time datetime="2019-11-20T08:30:00+01:00">20 Nov</time></p>',
    )
    assert raw(dated).published == datetime.date(2019, 11, 20)


# ---------------------------------------------------------------- furniture boxes pruned before extraction

FURNITURE = {
    "related": '<section class="related-links"><h3>Related Links</h3><ul>'
    + "".join(f'<li><a href="/r{i}">Neighbouring republic holds its own snap poll number {i}</a></li>' for i in range(4))
    + "</ul></section>",
    "latest": "<h3>Latest News</h3><ul>"
    + "".join(f'<li><a href="/l{i}">Ferry operator suspends crossings as storm batters coast {i}</a></li>' for i in range(5))
    + "</ul>",
    "sponsored": '<div class="sponsored-links"><a href="/s1">Sponsored: Cheap flights to Astana</a> '
    '<a href="/s2">Sponsored: Learn Kazakh in 30 days</a></div>',
    "poll": '<div class="reader-poll"><p>Do you think the vote was fair?</p><button>Yes</button><button>No</button></div>',
    "say": '<div><h4>Have your say</h4><p>To have your say on this story, <a href="/c">join the debate</a>.</p></div>',
    "archive": '<div class="archive-links"><a href="/2023/03">March 2023</a> <a href="/2023/02">February 2023</a></div>',
    "share": '<div class="share-tools"><button>Gift this article</button><p>Subscribers can send 8 gift articles each '
    "month.</p></div>",
    "tags": '<div class="tags"><span>Temas</span> <a href="/t/a">Elecciones</a> <a href="/t/b">Kazajistán</a></div>',
    "paywall": '<div class="paywall"><p>Este contenido es exclusivo para suscriptores.</p></div>',
    "cta": '<div class="plus-cta"><h4>Something to Consider</h4><p>Join PLUS: no paywalls, fewer ads.</p></div>',
    # A prompt named so, with one paragraph of a story's length.
    "prompt": '<div class="nrplus-cta"><h4>Before you go</h4><p>If you enjoyed this article, we have a proposition '
    "for you: become a member. Members get all of our content, including the magazine, no content meters, an "
    "advertising-minimal experience, and unique access to our writers and editors. And members keep us going. "
    'Consider it?</p><a class="button" href="/join">LEARN MORE</a></div>',
    # Named by two pieces of a class read together ("read-more").
    "readmore": '<a href="/m"><span class="read-more-big__container"><span>Also on example.com</span>'
    "<span>Opposition deputies threatened with arrest as the new cabinet is sworn in</span></span></a>",
    # No class: a label and its links on one line.
    "from_archive": '<p>From the archive: <a href="/a1">Snap poll of 2004 annulled</a> | <a href="/a2">Steppe vote '
    "count, 2005</a></p>",
    "related_item": '<ul><li>From our archives: <a href="/a3">Election monitors barred in 2011</a></li></ul>',
    # No class: the French pack's teaser label over a list of links.
    "lire": '<h4>Lire aussi</h4><ul><li><a href="/f">Grève des contrôleurs aériens à Orly</a></li></ul>',
}
FURNITURE_TEXT = ("Neighbouring republic", "Latest News", "Ferry operator", "Sponsored", "vote was fair",
                  "Have your say", "have your say", "March 2023", "Gift this article", "Subscribers can send",
                  "Temas", "Elecciones", "exclusivo para suscriptores", "Lire aussi", "Orly", "Something to Consider",
                  "Join PLUS", "Before you go", "proposition", "Also on example.com", "Opposition deputies",
                  "From the archive", "Snap poll of 2004", "From our archives", "monitors barred")


def test_furniture_boxes_inside_the_article_are_pruned() -> None:
    html = page().replace("<p>Paragraph 2:", "".join(FURNITURE.values()) + "<p>Paragraph 2:")
    extracted = extract_page(html)
    assert extracted is not None
    for text in FURNITURE_TEXT:
        assert text not in extracted.text, text
    assert extracted.text.count("according to preliminary results") == 4
    unpruned = extract_page(html, ExtractionSettings(prune_furniture=False))
    assert unpruned is not None and any(t in unpruned.text for t in FURNITURE_TEXT), "the fixture has furniture"


def test_story_lists_and_long_boxes_are_not_furniture() -> None:
    story_list = (
        "<h2>What the new parliament means</h2><ul>"
        "<li>Amanat keeps a majority of the seats in the lower house of parliament</li>"
        "<li>Two new parties enter parliament for the first time since 2004</li>"
        "<li>Turnout was 54 percent, the lowest in a parliamentary election</li></ul>"
    )
    # A site that wraps its whole story in a "paywall" or "share" container: long prose is never a box.
    wrapped = page().replace("<article>", '<article><div class="paywall share-body promo-cta">').replace(
        "</article>", "</div></article>"
    )
    for html in (page().replace("<p>Paragraph 2:", story_list + "<p>Paragraph 2:"), wrapped):
        extracted = extract_page(html)
        assert extracted is not None and extracted.text.count("according to preliminary results") == 4
    listed = extract_page(page().replace("<p>Paragraph 2:", story_list + "<p>Paragraph 2:"))
    assert listed is not None and "Two new parties enter parliament" in listed.text
    # A prompt's class round a short story with no heading inside: two story paragraphs are no prompt.
    short = page().replace(
        "<article><h1>Ruling Party Wins Snap Vote</h1>",
        '<h1>Ruling Party Wins Snap Vote</h1><article><div class="story-cta">',
    ).replace("</article>", "</div></article>")
    boxed = extract_page(short)
    assert boxed is not None and boxed.text.count("according to preliminary results") == 4


def test_a_label_opening_a_story_sentence_is_not_furniture() -> None:
    # A label's words opening prose, or a label whose rest is no links, stay.
    for para in (
        '<p>Archives: the records of 1904 show the vote was first mooted then, <a href="/h">historians</a> say.</p>',
        "<p>Related: <em>the count</em> was delayed twice.</p>",
    ):
        extracted = extract_page(page().replace("<p>Paragraph 2:", para + "<p>Paragraph 2:"))
        assert extracted is not None and para.split(">")[1].split("<")[0] in extracted.text, para


def test_furniture_boxes_are_the_heading_its_list_and_the_poll() -> None:
    from lxml import html as lxml_html

    html = page().replace("<p>Paragraph 2:", FURNITURE["latest"] + FURNITURE["poll"] + "<p>Paragraph 2:")
    boxes = furniture_boxes(lxml_html.fromstring(html))
    assert [b.tag for b in boxes] == ["div", "h3", "ul"]
    assert "Latest News" in boxes[1].text_content() and "vote was fair" in boxes[0].text_content()


def test_metadata_inside_a_furniture_box_is_still_read() -> None:
    bar = '<div class="share-bar"><time datetime="2019-11-20T08:30:00Z">20 Nov</time> <a href="/t">Tweet</a></div>'
    doc = raw(page().replace("<h1>Ruling Party Wins Snap Vote</h1>", "<h1>Ruling Party Wins Snap Vote</h1>" + bar))
    assert doc.published == datetime.date(2019, 11, 20) and "Tweet" not in doc.text


# ---------------------------------------------------------------- text outside paragraphs

BR_STORY = (
    "<html><head><title>Scissor Keyboard Expected in 2020</title></head><body>"
    # Paragraphs elsewhere on the page: with these, trafilatura reads no text from a div outside a <p>.
    + "".join(f"<p>Sidebar item {i}: unrelated gadget news that the site lists beside every story it runs.</p>"
              for i in range(6))
    + '<div class="article"><h1>Scissor Keyboard Expected in 2020</h1><div class="content">Apple plans to release '
    "a new notebook with a scissor switch keyboard in the first half of 2020, according to sources cited by "
    '<em><a href="/d">DigiTimes</a></em>. A preview was shared with subscribers.<br> <br>'
    "The report claims the display size will remain 13.3 inches, although given the source we would not rule "
    "out a larger display.<br> <br>The new keyboard is based on the standalone Magic Keyboard and should prove "
    "more reliable than the butterfly keyboards used in recent years.<br><br></div></div></body></html>"
)


@pytest.mark.parametrize("tag", ["div", "section"])
def test_a_div_opening_with_bare_text_keeps_its_lead(tag: str) -> None:
    html = BR_STORY.replace('<div class="content">', f'<{tag} class="content">').replace(
        "<br><br></div></div>", f"<br><br></{tag}></div>"
    )
    extracted = extract_page(html)
    assert extracted is not None
    assert "Apple plans to release a new notebook" in extracted.text
    assert "A preview was shared with subscribers." in extracted.text
    assert extracted.text.index("Apple plans") < extracted.text.index("The report claims")


def test_bare_text_is_wrapped_only_when_it_is_a_paragraph_before_a_break() -> None:
    from lxml import html as lxml_html

    from wirewash.transforms.core.html import wrap_bare_text

    tree = lxml_html.fromstring(BR_STORY)
    assert wrap_bare_text(tree) == 1
    (lead,) = tree.find_class("content")[0].iterchildren("p")
    assert lead.text_content().startswith("Apple plans") and lead.text_content().endswith("subscribers.")
    # A short label before a break, a run of links, and a div holding only text are left as they are.
    for div in (
        "<div>Share this story<br><a href='/f'>Facebook</a></div>",
        "<div><a href='/1'>Ferry operator suspends crossings</a> | <a href='/2'>Storm batters the coast again</a>"
        " | <a href='/3'>Roads closed</a><br></div>",
        "<div class='dek'>A standfirst of more than twelve words that sits alone in its own div element.</div>",
    ):
        tree = lxml_html.fromstring(f"<html><body>{div}</body></html>")
        assert wrap_bare_text(tree) == 0, div
        assert not list(tree.iter("p"))


def test_a_hover_card_inside_a_sentence_is_pruned_and_the_name_kept() -> None:
    card = (
        '<span class="people"><a href="/p/omar">Ilhan Omar</a><span class="people-block"><img src="/o.jpg">'
        '<a href="/p/omar">Ilhan Omar</a><a href="/a1">Hillicon Valley: Progressives oppose funding bill</a> '
        '<a href="/a2">Omar asks court to apply system of compassion</a> <a href="/p/omar">MORE</a></span></span>'
    )
    html = page().replace("<p>Paragraph 1: Kazakhstan’s", f"<p>Paragraph 1: Rep. {card} (D-Minn.) said Kazakhstan’s")
    extracted = extract_page(html)
    assert extracted is not None
    assert "Rep. Ilhan Omar (D-Minn.) said" in " ".join(extracted.text.split())
    assert "Hillicon Valley" not in extracted.text and "compassion" not in extracted.text
    assert extracted.text.count("according to preliminary results") == 4


def test_links_in_a_sentence_are_not_a_hover_card() -> None:
    from lxml import html as lxml_html

    for para in (
        # Three links, but mostly prose around them.
        '<p><span>Officials from <a href="/a">Astana</a>, <a href="/b">Almaty</a> and <a href="/c">Shymkent</a> '
        "said turnout was lower than in any parliamentary election since independence.</span></p>",
        # Link text only, but two short links and no picture: a pair of names.
        '<p>The vote was observed by <span><a href="/o">OSCE monitors</a> and <a href="/u">UN envoys</a></span>.</p>',
    ):
        tree = lxml_html.fromstring(f"<html><body>{para}</body></html>")
        assert furniture_boxes(tree) == [], para


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("AFP, 10:32 AM", "AFP"),
        ("Reuters | 3:04 pm ET", "Reuters"),
        ("dpa · 14:35 Uhr", "dpa"),
        ("By AFP | Updated: Nov 19, 2019 10:32 IST", "AFP"),
        ("EFE | 19/11/2019", "EFE"),
        # Dated in the agency's own language, a German "19.", an agency in brackets.
        ("EFE, 19 de noviembre de 2019", "EFE"),
        ("AFP, le 19 novembre 2019 à 10h32", "AFP"),
        ("dpa, 19. November 2019, 14:35 Uhr", "dpa"),
        ("ANSA, 19 novembre 2019 alle 10:32", "ANSA"),
        ("(Reuters) 14:05 GMT, 19 November 2019", "Reuters"),
        # No stamp, no agency, or more than the agency's name: not a stamp line.
        ("AFP", None),
        ("10:32 AM", None),
        ("By Jane Doe | 10:32 AM", None),
        ("AFP reported at 10:32 AM", None),
        ("AP Photo/Evan Vucci", None),
        ("EFE informó el 19 de noviembre", None),
        ("Reuters, mars 2019 de la ville", None),
    ],
)
def test_agency_stamp_lines(line: str, expected: str | None) -> None:
    from wirewash.transforms.core.html import stamp_agency

    assert stamp_agency(line) == expected


def test_an_agency_stamp_line_is_pruned_and_names_the_publisher() -> None:
    stamp = '<div class="meta"><span>AFP</span>, <time>10:32 AM</time></div>'
    doc = raw(page(META).replace("<h1>Ruling Party Wins Snap Vote</h1>", "<h1>Ruling Party Wins Snap Vote</h1>" + stamp))
    assert "10:32" not in doc.text and doc.publisher == "AFP"
    assert doc.text.count("according to preliminary results") == 4
    # The agency named inside a story sentence is no stamp line: the sentence stays, the site is the publisher.
    said = page(META).replace("<p>Paragraph 1: ", "<p>Paragraph 1: AFP said at 10:32 AM that ")
    doc = raw(said)
    assert "AFP said at 10:32 AM that" in doc.text and doc.publisher == "Steppe Herald"


# ---------------------------------------------------------------- embedded posts and layout tables


def test_an_embedded_post_in_a_widget_box_is_kept() -> None:
    from lxml import html as lxml_html

    from wirewash.transforms.core.html import lift_embedded_posts

    tweet = (
        '<div class="article-widget article-tweet"><div class="article-tweet__inner"><blockquote '
        'class="twitter-tweet"><p lang="en">I cannot thank this man enough for everything he has done for me. Good '
        'luck, my friend.</p>— Player (@player) <a href="https://twitter.com/p/status/1">November 19, 2019</a>'
        "</blockquote></div></div>"
    )
    html = page().replace("<p>Paragraph 2:", tweet + "<p>Paragraph 2:")
    extracted = extract_page(html)
    assert extracted is not None and "I cannot thank this man enough" in extracted.text
    assert extracted.text.index("Paragraph 1") < extracted.text.index("I cannot thank") < extracted.text.index(
        "Paragraph 2"
    )
    tree = lxml_html.fromstring(html)
    assert lift_embedded_posts(tree) == 1
    (post,) = tree.iter("blockquote")
    assert post.getparent().tag == "article" and not tree.find_class("article-widget")
    # A wrapper that holds a caption besides the post stays; the one inside it, holding the post alone, goes.
    captioned = lxml_html.fromstring(page().replace("<p>Paragraph 2:", tweet.replace(
        "</blockquote></div></div>", "</blockquote></div><p>The player's farewell</p></div>") + "<p>Paragraph 2:"))
    assert lift_embedded_posts(captioned) == 1
    (post,) = captioned.iter("blockquote")
    assert post.getparent().get("class") == "article-widget article-tweet"
    assert post.getnext() is not None and post.getnext().text == "The player's farewell"


LAYOUT = (
    "<html><head><title>Seeking a bigger role for a big rocket</title></head><body><table><tr><td>"
    '<a href="/">Home</a></td><td><h1>Seeking a bigger role for a big rocket</h1><p class="byline">by Jeff Foust'
    "<br>Monday, November 18, 2019</p>"
    + "".join(f"<p>Paragraph {i}: NASA announced the newest milestone in the development of its long-delayed Space "
              "Launch System, completing installation of the four engines on the first core stage.</p>" for i in range(4))
    + "<table><tr><td>“If you don’t have a big booster, you’re not going to make it,” Stafford said.</td></tr>"
    "</table></td></tr></table></body></html>"
)


def test_a_layout_table_is_read_as_paragraphs_and_a_data_table_stays_a_table() -> None:
    from lxml import html as lxml_html

    from wirewash.transforms.core.html import unframe_layout_tables

    extracted = extract_page(LAYOUT)
    assert extracted is not None
    lines = extracted.text.splitlines()
    assert any(line.startswith("Paragraph 0: NASA announced") for line in lines), lines
    assert not any(line.startswith("|") and "Paragraph" in line for line in lines), lines
    tree = lxml_html.fromstring(LAYOUT)
    assert unframe_layout_tables(tree) == 1
    # The pull quote's own table holds only text: it stays a table.
    (quote,) = tree.iter("table")
    assert "big booster" in quote.text_content()
    data = lxml_html.fromstring("<table><tr><th>Party</th><th>Seats</th></tr><tr><td><b>Amanat</b></td><td>62</td>"
                                "</tr></table>")
    assert unframe_layout_tables(data) == 0


def test_a_paragraph_opened_by_an_empty_anchor_is_kept() -> None:
    from lxml import html as lxml_html

    from wirewash.transforms.core.html import drop_empty_openers

    cut = (
        '<p><span id="more-5662"></span>Islam split into Sunni and Shia over politics, over power: the supporters '
        "of Ali were called Shia, those of Muawiyah and the neutral ones Sunni.</p>"
    )
    html = page().replace("<p>Paragraph 2:", cut + "<p>Paragraph 2:")
    extracted = extract_page(html)
    assert extracted is not None and "Islam split into Sunni and Shia over politics" in extracted.text
    tree = lxml_html.fromstring(html)
    assert drop_empty_openers(tree) == 1
    assert not any(True for _ in tree.iter("span"))
    # An anchor inside the text, or one holding text, stays.
    kept = lxml_html.fromstring('<p>Before <span id="a"></span>after</p><p><span>Label</span> text</p>')
    assert drop_empty_openers(kept) == 0


def test_a_button_after_a_quote_goes_and_the_quote_stays() -> None:
    quote = (
        '<p><span class="sw-click-to-tweet"><span class="sw-ctt-text">Every online business exists in the '
        "space-time continuum, and the laws of physics apply to it as well.</span>"
        '<span class="sw-ctt-btn"><a href="https://twitter.com/share">Click To Tweet</a></span></span></p>'
    )
    extracted = extract_page(page().replace("<p>Paragraph 2:", quote + "<p>Paragraph 2:"))
    assert extracted is not None
    assert "Every online business exists in the space-time continuum" in extracted.text
    assert "Click To Tweet" not in extracted.text


def test_a_pull_quote_box_the_page_says_again_is_furniture() -> None:
    from lxml import html as lxml_html

    said = "Considering its sophistication, the game runs surprisingly well on modest computers."
    body = f"<p>{said} But if ever there was an incentive to upgrade, this is it, the reviewer wrote.</p>"
    tree = lxml_html.fromstring(
        f"<html><body><article><h1>Review</h1><blockquote class='pull-quote'><p>“{said}”</p></blockquote>"
        f"{body}<blockquote class='pullquote'><p>A line this page prints only here, in the box itself.</p>"
        f"</blockquote></article></body></html>"
    )
    boxes = furniture_boxes(tree)
    assert [b.text_content() for b in boxes] == [f"“{said}”"]
