"""A page's calls to the reader in any place of the story: appeals for support, offers at a price, a
newsletter box's pitch and heading run into one line, paid products' marks and locked tools; and the story's
own sentences in the same words, which stay."""
from __future__ import annotations

import pytest

from tests.cleaned import kept, run
from wirewash.transforms.core.cleaning.boxes import newsletter_box

LEAD = "Kazakhstan’s ruling party won a commanding majority in early parliamentary elections on Sunday."
BODY = "Turnout was estimated at around 54%, far below the 63% participation in previous elections."
TAIL = "Economic challenges, including high inflation, are also top of mind for Tokayev, analysts said."


@pytest.mark.parametrize("line", [
    "Support free-thinking journalism and attend Independent events",
    "Support independent journalism and get our app",
    "«Медуза» — в России заблокирована. Помогите нам работать дальше.",
    "Поддержите «Медузу»",
    "Поддержите нас!",
    "Get one year for $40 Cancel anytime.",
    "Digital: 2,99 € im Monat, monatlich kündbar",
    "Roula Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter.",
    "La newsletter Économie Recevez chaque matin l'essentiel de l'actualité économique.",
    "Stay informed with free updates Simply sign up to the Technology myFT Digest -- delivered directly to your inbox.",
])
def test_an_appeal_offer_or_pitch_between_the_storys_paragraphs_goes(line: str) -> None:
    assert newsletter_box(line, len(line.split()))
    assert kept(run(LEAD, line, BODY, TAIL)) == [LEAD, BODY, TAIL]


@pytest.mark.parametrize("line", [
    "Supporting quality journalism has become harder for local papers in the region, the report found.",
    "The tickets cost $40 a year and members can cancel anytime, the club said.",
    "The weekly newsletter has 4,000 readers, the firm said.",
    "The company said its newsletter Subscribe Weekly reached 20,000 readers last year.",
    "Болельщики просили: поддержите «Спартак» в финале, сказал тренер журналистам.",
])
def test_the_storys_sentences_in_the_same_words_stay(line: str) -> None:
    assert not newsletter_box(line, len(line.split()))
    assert kept(run(LEAD, line, BODY, TAIL)) == [LEAD, line, BODY, TAIL]


@pytest.mark.parametrize("line", [
    "Dieser Artikel ist Teil von ZEIT ONLINE Z+ Jetzt testen",
    "Dieser Beitrag gehört zu SPIEGEL+",
    "Esta funcionalidad es sólo para registrados",
    "Share or comment on this article:",
    "Read in app",
    "Be the first one to comment.",
])
def test_a_paid_products_mark_a_locked_tool_or_a_button_between_paragraphs_goes(line: str) -> None:
    assert kept(run(LEAD, line, BODY, TAIL)) == [LEAD, BODY, TAIL]


def test_a_storys_sentences_on_paid_products_and_registration_stay() -> None:
    for line in ("Dieser Artikel ist Teil einer Serie über die Wahl, sagte die Redaktion am Montag.",
                 "El servicio es sólo para registrados en el padrón municipal, explicó el alcalde."):
        assert kept(run(LEAD, line, BODY, TAIL)) == [LEAD, line, BODY, TAIL], line


def test_a_flattened_list_run_into_the_end_of_a_story_paragraph_goes_and_the_sentence_stays() -> None:
    glued = (
        "Fox said the offer represents 50 pct of preferred shares currently outstanding.Most Read from "
        "Bloomberg Neeson in bid to revive theatre Tottenham bid for Forest duo Soderling wins tense Milan final"
    )
    out = run(LEAD, glued, BODY, TAIL)
    assert kept(out) == [
        LEAD, "Fox said the offer represents 50 pct of preferred shares currently outstanding.", BODY, TAIL,
    ]
    assert [r.rule for r in out.removed] == ["headline_list"]
    # Run in after a figure: "... rose 4%.Most Read from ...".
    statement = "Fox said the offer values the preferred shares 50% above their price on Monday at 12%."
    out = run(LEAD, statement + glued[glued.index("Most Read"):], BODY, TAIL)
    assert kept(out) == [LEAD, statement, BODY, TAIL]


def test_a_paragraph_ending_as_a_sentence_keeps_a_list_labels_words_inside_it() -> None:
    line = ("The count continued overnight in the capital.Most Read from the commission's site was its guide to "
            "polling stations, officials said.")
    assert kept(run(LEAD, line, BODY, TAIL)) == [LEAD, line, BODY, TAIL]


@pytest.mark.parametrize("credit", [
    "Associated Press writers Sarah-Jane Whitcombe in Sydney contributed to this report.",
    "ABC News' Julia Jacobo, Jordyn Phelps and Emily Shapiro contributed to this report.",
    "Marcus Reid contributed reporting from Chicago.",
    "—With assistance from Kenji Watanabe.",
    "Marcus Reid and Aigerim Sadykova contributed.",
    "CBS News' Aigerim Sadykova contributed.",
])
def test_a_contributors_credit_run_into_the_last_paragraph_goes(credit: str) -> None:
    out = run(LEAD, BODY, f"{TAIL} {credit}")
    assert kept(out) == [LEAD, BODY, TAIL]
    assert [r.text for r in out.removed] == [credit]


def test_a_last_sentence_reporting_who_contributed_stays() -> None:
    last = f"{TAIL} The Times, which first reported the plan on Tuesday, said its staff contributed to this report."
    assert kept(run(LEAD, BODY, last)) == [LEAD, BODY, last]
    # One name is a subject, not a credit's list: a company or a person the story is about.
    last = f"{TAIL} Halyk contributed."
    assert kept(run(LEAD, BODY, last)) == [LEAD, BODY, last]


@pytest.mark.parametrize("credit", ["Megan Hollis, USA TODAY", "Jane Roe/USA TODAY NETWORK"])
def test_a_photographers_credit_with_the_paper_in_capitals_goes_below_the_head(credit: str) -> None:
    assert kept(run(LEAD, credit, BODY, TAIL)) == [LEAD, BODY, TAIL]


def test_a_wire_tables_rows_in_capitals_are_no_photographers_credit() -> None:
    out = run(LEAD, BODY, "SOYBEAN CAKE/MEAL", "EXPORTERS SPOT, UA", "SRW WHEAT, UNQUOTED", TAIL)
    assert all(r.rule != "picture_desk_credit" for r in out.removed)


def test_a_gallerys_count_of_more_pictures_between_paragraphs_goes() -> None:
    assert kept(run(LEAD, "+8", BODY, TAIL)) == [LEAD, BODY, TAIL]


@pytest.mark.parametrize(("story", "widget"), [
    ("Bayer said sales rose 4.4 pct from the previous year.", "Story continues"),
    ("The minister said no more than a third would come from any one country.", "تابع القراءة بعد الإعلان"),
    ("Congress passed a bill that sets energy standards for refrigerators and furnaces.", "广告"),
])
def test_an_ad_label_run_into_a_sentence_with_no_space_goes(story: str, widget: str) -> None:
    assert kept(run(LEAD, story + widget, TAIL)) == [LEAD, story, TAIL]


def test_a_sentence_with_stops_inside_its_words_stays_whole() -> None:
    for line in ("The U.S.Steel unit said prices rose 1.5 pct in the quarter from a year earlier.",
                 "Orders placed at example.com rose 12% in the year to March, the company said."):
        assert kept(run(LEAD, line, TAIL)) == [LEAD, line, TAIL], line


@pytest.mark.parametrize("line", [
    "Premium content",
    "This is a premium article",
    "Join today for just $1 a week",
    "Offre spéciale : 1€ le premier mois",
    "Lesen Sie jetzt weiter mit SZ Plus",
    "Mit F+ weiterlesen",
    "Hazte socio y lee sin límites",
    "Recibe cada mañana las noticias más importantes",
    "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
    "The video player is currently playing an ad.",
    "This article contains affiliate links.",
    "Este artículo contiene enlaces de afiliados.",
    "Prices were accurate at the time of publishing.",
    "Retweet",
    "Copy link to Tweet",
    "Read the full thread on X",
    "Join the conversation on Twitter using #Election2026",
    "LIVE",
    "EN DIRECT",
    "Liveblog",
    "Load more posts",
    "Please turn on JavaScript. Key events require JavaScript.",
])
def test_a_walls_offers_players_shopping_and_live_pages_buttons_between_paragraphs_go(line: str) -> None:
    assert kept(run(LEAD, line, BODY, TAIL)) == [LEAD, BODY, TAIL]


@pytest.mark.parametrize("line", [
    "Tickets cost $40 a year, and the club said 3,000 members had renewed.",
    "The fee rose to 5 euros per month in March, the regulator said.",
    "The retailer said affiliate links brought in 12% of its online sales last year.",
    "Prices were higher at the time of the vote, the statistics office said.",
    "Los vecinos reciben cada mañana el agua en camiones cisterna, explicó el alcalde.",
    "Live music returned to the city's squares on Sunday for the first time since 2019.",
])
def test_the_storys_sentences_on_prices_links_and_live_events_stay(line: str) -> None:
    assert kept(run(LEAD, line, BODY, TAIL)) == [LEAD, line, BODY, TAIL]


@pytest.mark.parametrize("line", [
    "AdChoices",
    "Report an ad",
    "Comments are moderated",
    "toggle caption",
    "Getty Images/iStockphoto",
    "Contenu externe : cliquez pour afficher le post X.",
    "Join thought-provoking conversations, follow other Independent readers and see their replies",
    "A woman casts her ballot at a polling station in Astana, Kazakhstan, March 19, 2023. REUTERS/Pavel Mikheyev",
])
def test_more_widgets_and_a_wire_caption_closing_on_its_date_go(line: str) -> None:
    assert kept(run(LEAD, line, BODY, TAIL)) == [LEAD, BODY, TAIL]


@pytest.mark.parametrize("glued", [
    "Loading...",
    "Read next",
    "Continue reading with one of these options",
])
def test_a_placeholder_a_lost_lists_label_or_a_walls_offer_run_into_a_paragraphs_end_goes(glued: str) -> None:
    story = "UAW president Owen Bieber said the union was ready for a long fight with the major auto makers."
    assert kept(run(LEAD, f"{story} {glued}", TAIL)) == [LEAD, story, TAIL]


def test_a_paragraph_trailing_off_in_its_own_ellipsis_stays() -> None:
    line = "Prices kept rising, and the rest, he said, is history..."
    assert kept(run(LEAD, line, TAIL)) == [LEAD, line, TAIL]


def test_a_flattened_list_under_a_label_naming_an_outlet_goes_whatever_the_first_headline() -> None:
    # The label's outlet is capitalised words, and so is the first headline: the shortest label is the list's.
    glued = ("The budget would produce about a 133 billion dlr deficit.Most Read from Bloomberg Lions blow to "
             "World Cup stars Google's toolbar sparks concern Brown hits back in Blair rift row")
    flat = ("More from The Post Spirit awards hail Sideways Chelsea ridiculed over complaint UK plan to deport "
            "terror suspects")
    assert kept(run(LEAD, glued, BODY, TAIL, flat)) == [
        LEAD, "The budget would produce about a 133 billion dlr deficit.", BODY, TAIL,
    ]


@pytest.mark.parametrize("label", ["Read more:", "Read more on this story:"])
def test_a_teasers_label_left_at_a_paragraphs_end_goes(label: str) -> None:
    story = "The company aims to turn users of fake copies into paying customers."
    assert kept(run(LEAD, f"{story} {label}", BODY, TAIL)) == [LEAD, story, BODY, TAIL]


def test_a_russian_more_news_box_on_one_line_goes() -> None:
    box = "Еще новости • ЦБ сохранил ключевую ставку • В Москве открылась новая станция метро"
    assert kept(run(LEAD, BODY, TAIL, box)) == [LEAD, BODY, TAIL]


def test_a_description_over_a_photographers_credit_goes_with_it_unless_a_story_paragraph_is_above() -> None:
    out = run("Eastwood's Baby scoops top Oscars", "A general view of the building on Tuesday.",
              "Megan Hollis, USA TODAY", LEAD, BODY, TAIL)
    assert kept(out) == [LEAD, BODY, TAIL]
    # Under a story paragraph a short sentence over the credit may be the story's.
    out = run("Eastwood's Baby scoops top Oscars", LEAD, "He denied the charges.", "Megan Hollis, USA TODAY", BODY,
              TAIL)
    assert kept(out) == [LEAD, "He denied the charges.", BODY, TAIL]


@pytest.mark.parametrize("button", ["Continue with Google", "Sign in with email", "Continue with Apple", "Cancel anytime"])
def test_a_sign_in_walls_buttons_go_and_a_sentence_with_the_words_stays(button: str) -> None:
    # blind7 dev: a sign-in wall's buttons left between the story's paragraphs.
    assert kept(run(LEAD, BODY, button, TAIL)) == [LEAD, BODY, TAIL]
    story = "Continue with the reforms, the minister told parliament on Tuesday."
    assert kept(run(LEAD, story, BODY, TAIL)) == [LEAD, story, BODY, TAIL]


@pytest.mark.parametrize("label", ["Lesen Sie mehr zum Thema", "Per saperne di più"])
def test_a_german_or_italian_read_more_label_goes_with_its_headlines(label: str) -> None:
    out = run(LEAD, BODY, label, "Unwetter sorgt für Bahnchaos im Süden", "Streik im Nahverkehr angekündigt", TAIL)
    assert kept(out) == [LEAD, BODY, TAIL]


def test_a_print_note_quoting_its_headline_closes_the_story_with_the_authors_note_above_it() -> None:
    note = "Leah Abernathy covers politics and the economy."
    printed = 'This article appears in the May 3, 2026 print edition with the headline "Ruling party wins majority."'
    out = run("By Leah Abernathy", LEAD, BODY, TAIL, note, printed)
    assert kept(out) == [LEAD, BODY, TAIL]
