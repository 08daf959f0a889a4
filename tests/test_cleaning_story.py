"""Story text the cleaner must keep although it has a furniture-like shape: the short question and answer
lines of an interview, run-in heads ("Why it matters: ..."), a one-line quote lead under the headline, and a
hard-wrapped lead among lines set one a paragraph. Each kind has a negative twin where the furniture goes."""
from __future__ import annotations

from wirewash.transforms.core.cleaning.normalise import paragraphs
from cleaned import SECOND, kept, run

TITLE = "Finance minister defends budget after week of protests"
LEAD = "The finance minister on Sunday defended the budget that brought thousands onto the streets this week."
BODY = "Unions have called another strike for Thursday and say they will not negotiate until the cuts are withdrawn."


def test_the_short_answers_at_the_end_of_an_interview_stay() -> None:
    qa = [
        "Q: Will you resign if the budget fails?",
        "A: No. I was elected to do this job.",
        "Q: And after the election?",
        "A: We will see.",
    ]
    out = run(TITLE, LEAD, BODY, "Q: Why now, after two years of delay?",
              "A: Because the deficit would otherwise have doubled by the end of next year, and nobody wants that.",
              *qa)
    assert kept(out)[-4:] == qa


def test_interview_turns_named_by_speaker_stay() -> None:
    qa = ["Reporter: Any regrets?", "Lindgren: None at all.", "Reporter: Thank you.", "Lindgren: Thank you."]
    out = run(TITLE, LEAD, BODY, *qa)
    assert kept(out)[-4:] == qa


def test_interview_turns_between_story_paragraphs_stay_but_a_thanks_alone_goes() -> None:
    # Between the story's paragraphs a thanks reads as a page's cue; among the speakers' turns it is the story's.
    qa = ["Reporter: Any regrets?", "Lindgren: None at all.", "Reporter: Thank you.", "Lindgren: Thank you."]
    assert kept(run(TITLE, LEAD, BODY, *qa, SECOND))[-5:] == [*qa, SECOND]
    out = run(TITLE, LEAD, BODY, "Thank you for reading.", SECOND)
    assert "Thank you for reading." not in kept(out) and SECOND in kept(out)


def test_tags_after_the_story_still_go() -> None:
    out = run(TITLE, LEAD, BODY, "Tags: Budget, Protests, Unions", "Share this article")
    assert kept(out) == [LEAD, BODY]


def test_an_authors_note_and_a_dated_update_after_the_story_still_go() -> None:
    out = run(TITLE, LEAD, BODY, "About the author: Hannah Kessler writes about politics.",
              "Update, July 2: Adds comment from the unions.")
    assert kept(out) == [LEAD, BODY]


RUN_IN = [
    "Why it matters: The cuts fall hardest on pensioners, who make up a third of voters.",
    "The big picture: Three governments have fallen over budgets since 2010.",
    "What's next: Parliament votes on Friday.",
]


def test_run_in_heads_in_the_body_stay() -> None:
    out = run(TITLE, LEAD, *RUN_IN, BODY)
    assert kept(out) == [LEAD, *RUN_IN, BODY]


def test_run_in_heads_at_the_end_stay() -> None:
    out = run(TITLE, LEAD, BODY, *RUN_IN)
    assert kept(out) == [LEAD, BODY, *RUN_IN]


def test_a_teaser_label_with_another_stories_headline_still_goes() -> None:
    out = run(TITLE, LEAD, "Read more: Pension reform stalls in parliament", BODY)
    assert kept(out) == [LEAD, BODY]


QUOTE = "\u201cWe cannot spend money we do not have,\u201d the minister said."


def test_a_one_line_quote_lead_under_the_headline_stays() -> None:
    out = run(TITLE, QUOTE, LEAD, BODY)
    assert out.title == TITLE
    assert kept(out) == [QUOTE, LEAD, BODY]


def test_a_short_quote_lead_under_the_headline_and_byline_stays() -> None:
    quote = "\u201cEnough is enough.\u201d"
    out = run(TITLE, "By Oskar Lindgren", quote, LEAD, BODY)
    assert out.byline == "Oskar Lindgren"
    assert kept(out) == [quote, LEAD, BODY]


def test_a_standfirst_without_quotes_under_the_headline_still_goes() -> None:
    out = run(TITLE, "Unions promise more strikes", LEAD, BODY)
    assert kept(out) == [LEAD, BODY]


def test_a_hard_wrapped_lead_under_head_lines_is_unwrapped() -> None:
    lead = ("The finance minister on Sunday defended the budget that brought\n"
            "thousands onto the streets this week, saying the country could not\n"
            "keep borrowing at the rate of the past three years.")
    out = run(TITLE, "By Oskar Lindgren", lead, BODY)
    assert kept(out)[0] == " ".join(lead.split())
    assert kept(out)[1:] == [BODY]


def test_a_hard_wrapped_lead_among_paragraphs_set_on_one_line_is_unwrapped() -> None:
    # The lead was pasted from a wire feed, wrapped at 70 columns; the paragraphs after it are one long line
    # each, so the text as a whole shows no wrap width.
    lead = ("The finance minister on Sunday defended the budget that brought\n"
            "thousands onto the streets this week, saying the country could not\n"
            "keep borrowing at the rate of the past three years.")
    # (Not a copy of BODY with more after it: that shorter copy would go as a repeated passage.)
    long = ("Teachers have called another strike for Thursday and say they will not negotiate until the cuts are "
            "withdrawn, and the opposition has tabled a motion of no confidence that will be debated next week.")
    out = run(TITLE, "By Oskar Lindgren", lead, long, BODY)
    assert kept(out) == [" ".join(lead.split()), long, BODY]


def test_lines_set_one_a_paragraph_beside_long_paragraphs_stay_apart() -> None:
    long = ("Unions have called another strike for Thursday and say they will not negotiate until the cuts are "
            "withdrawn, and the opposition has tabled a motion of no confidence that will be debated next week.")
    items = "Pensions frozen for two years\nFuel duty up 3 pence a litre\nTobacco up 5 per cent"
    text = "\n\n".join([TITLE, LEAD, long, items, BODY])
    assert [p.text for p in paragraphs(text)] == [TITLE, LEAD, long, *items.split("\n"), BODY]


AWARDS_LEAD = "The Producers beat Mary Poppins to the top prize at the Olivier Awards on Sunday night."
AWARDS_BODY = ("Nathan Lane won best musical actor for The Producers, and The History Boys took best new "
               "play and best actor for Richard Griffiths.")


def test_the_storys_own_closing_list_naming_its_subjects_stays() -> None:
    # The BBC closes an awards story with its full list of winners, bulleted, no teasers (bbc-news
    # entertainment/275): the items name what the story's opening names.
    winners = [
        "- Best actor - Richard Griffiths for The History Boys at the Lyttelton theatre",
        "- Best musical actor - Nathan Lane for The Producers at Theatre Royal, Drury Lane",
        "- Best new musical - The Producers at Theatre Royal, Drury Lane in London",
        "- Best musical actress - Laura Michelle Kelly for Mary Poppins at the Prince Edward",
    ]
    out = run("Producers scoops stage awards", AWARDS_LEAD, AWARDS_BODY, *winners)
    assert kept(out) == [AWARDS_LEAD, AWARDS_BODY, *winners]


def test_a_closing_list_of_other_stories_headlines_still_goes() -> None:
    links = [
        "- Ferry operator suspends all crossings as the storm nears the coast",
        "- Regional airline orders twelve new jets for its summer routes",
        "- Museum returns looted bronze statues to their country of origin",
    ]
    out = run("Producers scoops stage awards", AWARDS_LEAD, AWARDS_BODY, *links)
    assert kept(out) == [AWARDS_LEAD, AWARDS_BODY]


def test_a_tables_column_heads_of_two_months_stay_and_a_stamp_still_goes() -> None:
    # Reuters: "Sales and end-month stocks in tonnes were:" over "Feb 87 Jan 87 Feb 86" and the rows.
    table = ["Sales and end-month stocks in tonnes were:", "Feb 87 Jan 87 Feb 86",
             "Sales 36,557 38,611 31,005", "Stocks 28,710 27,340 30,122"]
    assert kept(run(TITLE, LEAD, BODY, *table)) == [LEAD, BODY, *table]
    # One moment, a page's stamp, between two story paragraphs: it goes; so does its update after a bar, the same
    # month twice (HuffPost's, blind8 dev).
    assert kept(run(TITLE, LEAD, "Tuesday, 1 March 2005 14:02 GMT", BODY)) == [LEAD, BODY]
    assert kept(run(TITLE, LEAD, "Jun 30, 2021, 3:22 PM EST | Updated Jun 30, 2021", BODY)) == [LEAD, BODY]


def test_a_table_row_with_the_same_figures_in_the_quarter_and_the_year_stays_twice() -> None:
    quarter = ["Shr 2.11 dlrs vs nine cts", "Net 285,000,000 vs 10,500,000", "Avg shrs 134,300,000 vs 131,600,000"]
    year = ["Year", "Shr 4.35 dlrs vs 1.73 dlrs", "Net 582,300,000 vs 221,200,000",
            "Avg shrs 134,300,000 vs 131,600,000"]
    note = "NOTE: Latest year earnings include a loss of 16.4 mln dlrs for a premium paid in the early call of debt."
    assert kept(run("HARBOUR STORES CORP <HRB> 4TH QTR NET", *quarter, *year, note)) == [*quarter, *year, note]
    # A paragraph printed twice is still a copy.
    assert kept(run(TITLE, LEAD, BODY, LEAD)) == [LEAD, BODY]


# A teaser's label and headline run into a short story sentence: the sentence is story text, however few its
# words (it was removed with the teaser when it had fewer than seven), in the packs' languages; a teaser that
# is a headline alone goes whole, full stop or question mark at its end or not.
SHORT = "Analysts expect a cut in June."


def test_a_short_story_sentence_after_a_glued_teaser_stays() -> None:
    for teaser in (
        "Lire aussi : La grève s'étend aux raffineries",
        "Читайте также: Правительство представило план",
        "관련기사: 정부, 겨울 대책 발표",
        "Leia também: Governo anuncia pacote",
        "Leggi anche: Il governo presenta il piano",
        "Read more: Government unveils winter plan",
    ):
        out = run(TITLE, LEAD, f"{teaser} {SHORT}", BODY)
        assert kept(out) == [LEAD, SHORT, BODY], teaser
        assert [r.text for r in out.removed if r.rule != "headline"] == [teaser]


def test_a_story_sentence_going_on_after_a_colon_or_comma_stays_whole_after_a_glued_teaser() -> None:
    # The story after a teaser's headline starts at "Ms", not at the quote the colon opens ("said: "The ..."):
    # the sentence up to the colon was cut with the teaser (furniture set, a pt teaser on a BBC story).
    story = ('Ms Jamieson praised the police for their action and said: "The police do want to identify '
             'whether there are individuals inciting hatred."')
    # After a comma too: a quote or a title the sentence goes on with.
    quoted = '"People\'s money is safe," Garn said, but he added, "We need to quiet down the situation."'
    titled = ("Partly based upon Alan Bennett's experience as a teacher, The History Boys has been at "
              "London's National Theatre since last May.")
    for teaser, text in (("SAIBA MAIS: Onda de calor eleva consumo de energia", story),
                         ("Read more: Heatwave pushes energy use to record high", story),
                         ("Related: City council approves new cycle lanes", quoted),
                         ("See also: Insurer sets aside more cash for flood claims", titled)):
        out = run(TITLE, LEAD, f"{teaser} {text}", BODY)
        assert kept(out) == [LEAD, text, BODY], teaser
        assert [r.text for r in out.removed if r.rule != "headline"] == [teaser]


def test_a_sentence_opener_after_and_or_as_goes_on_the_story_after_a_glued_teaser() -> None:
    # "The" after "and" is a title inside the story's sentence; the story started at "During" (furniture set).
    story = ("During its 24-year history, the Sundance Film Festival has showcased successes such as Reservoir "
             "Dogs and The Full Monty. Last year's festival drew a record audience to its venues in Park City.")
    teaser = "Read more: Heatwave pushes energy use to record high"
    out = run(TITLE, LEAD, f"{teaser} {story}", BODY)
    assert kept(out) == [LEAD, story, BODY]
    # After a headline's last word the opener still starts the story, past a capitalised headline word.
    teaser = "Read more: Government unveils plan for Winter Games"
    out = run(TITLE, LEAD, f"{teaser} {SHORT.replace('Analysts', 'The analysts')}", BODY)
    assert kept(out) == [LEAD, SHORT.replace("Analysts", "The analysts"), BODY]
    assert [r.text for r in out.removed if r.rule != "headline"] == [teaser]


def test_an_opener_inside_the_storys_first_sentence_leaves_the_sentence_whole_after_a_glued_teaser() -> None:
    # The story starts at the capitalised word after the headline's last word; an opener further on than a
    # headline runs ("class A"), or inside a quotation that word opens ("I"), is inside its first sentence
    # (furniture set: the teaser took "Inverness said it issued 2,640,000 class" with it).
    for teaser, story in (
        ("Read more: Startup unveils battery it says charges in ten minutes",
         "Inverness said it issued 2,640,000 class A convertible preferred shares for the assets."),
        ("Read more: Hospital waiting lists fall for third month",
         '"Maybe when I turn 60 I will have the power to make them tremble a little bit," the manager said.'),
    ):
        out = run(TITLE, LEAD, f"{teaser} {story}", BODY)
        assert kept(out) == [LEAD, story, BODY], teaser
        assert [r.text for r in out.removed if r.rule != "headline"] == [teaser]
    # A quotation closed inside the headline: the opener after it still starts the story.
    teaser = 'Read more: Police name "Brown Street" victim'
    story = "The victim, a 24-year-old man, died at the scene, officers said."
    out = run(TITLE, LEAD, f"{teaser} {story}", BODY)
    assert kept(out) == [LEAD, story, BODY]
    assert [r.text for r in out.removed if r.rule != "headline"] == [teaser]


def test_a_table_row_after_a_glued_teaser_stays() -> None:
    # A results table's row is shorter than a story sentence: it went with the teaser (furniture set).
    for teaser, row in (("RELATED: City council approves new cycle lanes", "Revs 211.7 mln vs 193.4 mln"),
                        ("【相关阅读】暴风雨致数千户停电", "Net 98,322,000 vs 271,512,000")):
        out = run(TITLE, LEAD, f"{teaser} {row}", BODY)
        assert kept(out) == [LEAD, row, BODY], teaser
    # A headline with a figure in it is no row: it goes whole.
    out = run(TITLE, LEAD, "Read more: Pharmacy chain to close 40 branches in Wales", BODY)
    assert kept(out) == [LEAD, BODY]


def test_a_teased_headline_with_a_colon_or_comma_goes_whole_before_the_story() -> None:
    # "The" after a headline's own colon or comma is the headline's, not the story's start.
    for teaser in ("Read more: Brexit: The deal explained", "Read more: Markets, The Fed and the dollar"):
        out = run(TITLE, LEAD, f"{teaser} {SHORT}", BODY)
        assert kept(out) == [LEAD, SHORT, BODY], teaser
        assert [r.text for r in out.removed if r.rule != "headline"] == [teaser]


def test_a_story_opening_with_a_bracket_after_a_caseless_teaser_stays_whole() -> None:
    # The story in Latin script after a headline in a script without case opens with a bracket: a citation,
    # Reuters' company in angle brackets. It went with the teaser, or kept without its "<".
    for teaser, story in (
        ("اقرأ المزيد: العاصفة تقطع الكهرباء عن آلاف المنازل",
         "[HR. At-Tirmidzi no.1997 dan dishahihkan Asy-Syaikh Al-Albani dalam Shahih Al-Jami’ no. 178]"),
        ("相关阅读：暴风雨致数千户停电",
         "<SHV (United Kingdom) Holding Co Ltd> said it was making a tender offer for up to 33 mln shares."),
    ):
        out = run(TITLE, LEAD, f"{teaser} {story}", BODY)
        assert kept(out) == [LEAD, story, BODY], teaser
        assert [r.text for r in out.removed if r.rule != "headline"] == [teaser]


def test_a_caseless_teaser_with_a_bracketed_latin_word_goes_whole() -> None:
    teaser = "관련기사: [단독] 정부, 겨울 대책 발표 [KBS]"
    out = run(TITLE, LEAD, teaser, BODY)
    assert kept(out) == [LEAD, BODY]


def test_a_teaser_with_no_sentence_after_its_headline_goes_whole() -> None:
    for teaser in (
        "Read more: Is the recession over?",
        "Read more: Government unveils winter plan.",
        "Lire aussi : Le gouvernement dévoile son plan pour l'hiver.",
    ):
        out = run(TITLE, LEAD, teaser, BODY)
        assert kept(out) == [LEAD, BODY], teaser


def test_a_teased_headline_with_figures_or_a_quote_goes_whole() -> None:
    # Title-case headlines keep small words in lower case, and a quote or a figure may open one: a capital
    # after a lower-case word inside them is no story's start (blind4 dev a294cec47be8a8e6, 63b870adabf68e56).
    for teaser in (
        "LEIA TAMBÉM: U.S. Exporters Report 350,000 Tonnes Corn Switched from Unknown to Ussr for 1986/87",
        "Related: ‘He died in my hands’: 3 pro-Morales demonstrators killed in clashes with Bolivia’s police "
        "& soldiers near barricaded fuel plant",
    ):
        out = run(TITLE, LEAD, teaser, BODY)
        assert kept(out) == [LEAD, BODY], teaser


def test_a_story_sentence_cut_short_after_a_teased_headline_stays() -> None:
    # No full stop closes the paragraph, but a sentence's opener starts the story after the headline.
    story = "The central bank left its benchmark rate unchanged on Wednesday as officials weighed"
    out = run(TITLE, LEAD, "Related: Fed holds rates steady " + story, BODY)
    assert kept(out) == [LEAD, story, BODY]


def test_a_lead_without_its_full_stop_ends_the_head_so_a_teaser_under_it_is_the_bodys() -> None:
    # A line longer than a headline can be is the lead although it lost its full stop (blind set bf0419): the
    # decorated teaser under it is body furniture, not a head line left to the head's own rules.
    lead = ("Chelsea have this morning paid the £71.6million fee to the Spanish league to secure the world record "
            "signing of Athletic Bilbao keeper Kepa Arrizabalaga")
    out = run(lead, "▶ 台風10号、週末に西日本へ接近の恐れ", LEAD, BODY)
    assert kept(out) == [lead, LEAD, BODY]
