"""The head zone judged by place and shape: which line is the headline, what stands over the lead.

Each rule has a positive case (the headline is found, the furniture goes) and a negative one (a line of the same
shape that must not be taken). Examples are invented in the shapes outlets and wires use.
"""
from __future__ import annotations

import pytest

from wirewash.transforms.core.cleaning.byline import headline_shaped
from wirewash.transforms.core.cleaning.head import page_head
from wirewash.transforms.core.cleaning.structure import Line
from wirewash.transforms.core.cleaning import CleanConfig, clean
from wirewash.transforms.core.counters import noop
from cleaned import kept, run

LEAD = "Dockworkers in Rotterdam walked out on Monday over pay, halting container traffic at Europe's largest port."
BODY = "The union said the strike would last 48 hours unless the port authority improved its offer."
TAIL = "Shipping lines diverted several vessels to Antwerp and Hamburg, the port authority said."


def test_a_headline_with_by_in_it_is_the_headline_when_it_names_the_subject() -> None:
    # "stunned by <Name>" reads as "Reporting by <Name>"; the subject shared with the lead decides.
    out = run("Europe", "Rotterdam crippled by Dockworkers Union", "Ines Kowalczyk | Harbour Post", LEAD, BODY, TAIL)
    assert out.title == "Rotterdam crippled by Dockworkers Union"
    assert kept(out) == [LEAD, BODY, TAIL]


def test_a_credit_with_a_phrase_label_is_no_headline() -> None:
    out = run("Additional reporting by Tomas Lindqvist", LEAD, BODY, TAIL)
    assert out.title is None


def test_a_headline_in_capitals_after_a_short_word_is_no_byline() -> None:
    out = run("PORTS", "ITF TO BACK ROTTERDAM DOCKWORKERS", "3 min read", LEAD, BODY, TAIL)
    assert out.title == "ITF TO BACK ROTTERDAM DOCKWORKERS"
    assert kept(out) == [LEAD, BODY, TAIL]


def test_a_byline_in_capitals_is_no_headline() -> None:
    out = run("BY INES KOWALCZYK AND TOMAS LINDQVIST", LEAD, BODY, TAIL)
    assert out.title is None


def test_headline_shaped_bylines() -> None:
    assert headline_shaped("Rotterdam crippled by Dockworkers Union")
    assert headline_shaped("ITF TO BACK DOCKERS")
    assert headline_shaped("Ajax Amsterdam 2-1 Feyenoord")
    assert not headline_shaped("By Ines Kowalczyk and Tomas Lindqvist")
    assert not headline_shaped("Ines Kowalczyk, Harbour Post")
    assert not headline_shaped("Texto: Ines Kowalczyk")


def test_a_byline_with_a_label_in_lower_case_continues_no_headline() -> None:
    # "dal nostro inviato" opens the line under the headline in lower case: a byline, not the rest of a sentence.
    out = run("Rotterdam port at a standstill as dockers strike", "dal nostro inviato Marco Esposito", LEAD, BODY)
    assert out.title == "Rotterdam port at a standstill as dockers strike"
    assert "Marco Esposito" in (out.byline or "")
    assert kept(out) == [LEAD, BODY]


def test_a_sentence_broken_over_two_lines_is_still_no_headline() -> None:
    out = run("Dockworkers in Rotterdam walked out on Monday over pay and", "conditions, the union said.", BODY)
    assert out.title is None


def test_a_wire_headline_in_capitals_with_figures_is_no_table_row() -> None:
    rows = ["Shr 41 cts vs 33 cts", "Net 8,150,000 vs 6,420,000", "Revs 92.4 mln vs 81.0 mln"]
    out = run("Markets", "HARBOUR LOGISTICS <HRBL> 2ND QTR NET", *rows,
              "The company said volumes rose on new routes to the Baltic in the quarter.")
    assert out.title == "HARBOUR LOGISTICS <HRBL> 2ND QTR NET"
    assert kept(out)[:3] == rows


def test_listed_headlines_opening_on_their_age_are_no_table_rows_over_the_lead() -> None:
    # blind8 dev 6a9fd642ad0b (a live page's head): a reading time and a key-updates list whose items open on
    # their age had counted as two rows of a results table, so the story seemed to open at "6 mins".
    head = ["# Dockers strike at Rotterdam", "6 mins", "Key updates", "- 5h ago More reforms ahead says Milburn",
            "- 7h ago Radcliffe proves doubters wrong"]
    out = run(*head, LEAD, BODY)
    assert out.title == "Dockers strike at Rotterdam"
    assert kept(out) == [LEAD, BODY], out.removed


def test_listed_headlines_run_into_one_line_with_their_ages_are_no_lead() -> None:
    # blind8 dev 9891c5a13c6c: the key-updates list on one line is as long as a lead and mostly in lower case,
    # but its ages date headlines; the lead under it, with its dateline, stayed below the head.
    listed = "Key updates 8h ago Wolves appoint Hoddle as manager 10h ago Henry tipped for Fifa award"
    out = run("Rates rise as inflation refuses to cool", listed, "Reading time: 7 minutes", f"TORONTO — {LEAD}", BODY)
    assert kept(out) == [LEAD, BODY], out.removed
    # A lead that lost its full stop is still the lead.
    lead = LEAD.rstrip(".")
    assert kept(run("Rates rise as inflation refuses to cool", "Reading time: 7 minutes", lead, BODY))[0] == lead


def test_a_wire_headline_may_open_with_a_bracketed_company() -> None:
    out = run("Business", "<HARBOUR LOGISTICS> TO GO PUBLIC", "Ines Kowalczyk", "2 hours ago", LEAD, BODY)
    assert out.title == "<HARBOUR LOGISTICS> TO GO PUBLIC"
    assert kept(out) == [LEAD, BODY]


def test_a_tables_own_caption_in_capitals_stays_a_row() -> None:
    rows = ["2ND QTR TO JUNE 30", "Net 8,150,000 vs 6,420,000", "Revs 92.4 mln vs 81.0 mln"]
    out = run(*rows, "The company said volumes rose on new routes to the Baltic in the quarter.")
    assert kept(out)[:3] == rows


def test_a_page_head_without_a_headline_goes_but_yields_no_title() -> None:
    # Under a stamp and a byline a share row is no headline; the head over the lead is furniture all the same.
    out = run("Politics", "Updated 12:40 GMT, 3 May 2024", "By Ines Kowalczyk | Harbour Post",
              "Share on WhatsApp | Bookmark | Save", LEAD, BODY, TAIL)
    assert out.title is None
    assert kept(out) == [LEAD, BODY, TAIL]


def test_a_short_label_over_the_lead_is_no_title() -> None:
    out = run("Manage cookie settings", LEAD, BODY, TAIL)
    assert out.title is None


def test_a_relative_time_or_reading_time_is_no_title() -> None:
    for line in ("12 min de leitura", "vor 6 Minuten", "8 мин назад"):
        out = run("Foto: Ines Kowalczyk/HP", line, LEAD, BODY, TAIL)
        assert out.title is None, line


def test_a_headline_that_shares_no_word_with_the_lead_still_counts_above_the_byline() -> None:
    out = run("World", "A November to remember", "By Ines Kowalczyk", "2 hours ago", LEAD, BODY, TAIL)
    assert out.title == "A November to remember"
    assert kept(out) == [LEAD, BODY, TAIL]


def test_a_head_without_a_headline_is_known_by_a_byline_or_a_stamp_in_it() -> None:
    for meta in ("Von Ines Kowalczyk", "Ines Kowalczyk, Tomas Lindqvist", "Aggiornato il 25/12/2023 ore 07:57",
                 "이민호·박지현 기자"):
        out = run("Home / Economy", "Listen to this story", meta, LEAD, BODY, TAIL)
        assert kept(out) == [LEAD, BODY, TAIL], meta
        assert out.title is None


def test_a_meta_line_ending_on_its_reading_times_full_stop_marks_a_page_head() -> None:
    # blind7 dev 044945e8a87d (Süddeutsche Zeitung's head): a kicker and a stamp whose reading time ends on "Min.",
    # no headline. The full stop is the abbreviation's: the line is the head's, and so is the kicker over it.
    meta = "28. Oktober 2024, 4:41 Uhr | Lesezeit: 3 Min."
    out = run("ANALYSE", meta, LEAD, BODY, TAIL)
    assert kept(out) == [LEAD, BODY, TAIL]
    assert out.title is None and out.published is not None
    lead = Line(9, 0, LEAD)
    assert page_head([Line(0, 0, meta), lead], lead.idx)
    # A story's sentence broken over lines still is no sign, whatever its full stop.
    assert not page_head([Line(0, 0, "Year ended December 31."), lead], lead.idx)


def test_a_tables_caption_or_a_price_range_is_no_sign_of_a_page_head() -> None:
    lead = Line(9, 0, LEAD)
    for text in ("44 PCT SOYBEAN MEAL 156.70-160.70", "YEAR TO END-DEC 1986", "VOL OPEN CHANGE",
                 "Government tax revenues for the 1986/87", "Year ended December 31."):
        assert not page_head([Line(0, 0, text), lead], lead.idx), text
    for text in ("Updated 2023-12-05T13:55:00Z", "By Ines Kowalczyk", "Ines Kowalczyk and Tomas Lindqvist"):
        assert page_head([Line(0, 0, text), lead], lead.idx), text
    volumes = ["YEAR TO END-DEC 1986", "Proposed dividend 45 francs vs 34.50 francs",
               "The company said the dividend would be paid to shareholders of record in June."]
    assert kept(run(*volumes)) == volumes


def test_a_stamp_with_a_m_is_no_sentence_end() -> None:
    out = run("Rotterdam port at a standstill as dockers strike",
              "Ines Kowalczyk • Harbour Post  May 3, 2024 at 9:15 a.m. ET", LEAD, BODY)
    assert kept(out) == [LEAD, BODY]


def test_a_wire_headline_in_capitals_ending_in_an_abbreviation_is_no_lead() -> None:
    out = run("HARBOUR LOGISTICS TO ACQUIRE 51 PCT OF N.V.B.", LEAD, BODY)
    assert out.title == "HARBOUR LOGISTICS TO ACQUIRE 51 PCT OF N.V.B."
    assert kept(out) == [LEAD, BODY]
    # A sentence in mixed case that ends in an abbreviation is story text.
    short = "Harbour Logistics agreed to buy 51 pct of the Dutch port operator N.V.B."
    assert kept(run(short, BODY)) == [short, BODY]


def test_a_results_table_with_its_figures_spelled_out_is_no_head() -> None:
    # Reuters spells small figures: rows that compare words ("six cts vs loss two cts") are a table all the same,
    # and its first row is no headline.
    rows = ["Qtrly Class A div five cts vs five cts prior", "Qtrly Class B div four cts vs four cts prior",
            "Pay May 29", "Record April 30"]
    note = "NOTE: The company moved its annual shareholders' meeting to June 24 from June 15 after a conflict."
    out = run(*rows, note)
    assert out.title is None
    assert kept(out) == [*rows, note]


def test_one_headline_that_pits_two_sides_is_still_the_headline() -> None:
    out = run("Dockers vs Port Authority: the strike in numbers", "Ines Kowalczyk", LEAD, BODY, TAIL)
    assert out.title == "Dockers vs Port Authority: the strike in numbers"
    assert kept(out) == [LEAD, BODY, TAIL]


def test_a_stamp_closing_on_p_m_is_no_lead() -> None:
    # Its "p.m." made it a sentence of eight words: the lead, so the head over it stayed.
    for stamp in ("Posted Oct. 8, 2021 · Updated 1:49 p.m.",
                  "Ines Kowalczyk and Tomas Lindqvist → Published July 25, 2022 at 6:15 p.m."):
        out = run("Rotterdam port at a standstill as dockers strike", stamp, "Share", LEAD, BODY, TAIL)
        assert kept(out) == [LEAD, BODY, TAIL], stamp
        assert out.title == "Rotterdam port at a standstill as dockers strike", stamp
    # Without a headline, a byline run into its stamp is no title either: the head goes by its stamps.
    out = run("EXCLUSIVE", "Ines Kowalczyk and Tomas Lindqvist → Published July 25, 2022 at 6:15 p.m.",
              "Updated 2:34 p.m. ET, Monday July 25, 2022", LEAD, BODY)
    assert out.title is None and kept(out) == [LEAD, BODY]


def test_a_lead_closing_on_a_clock_time_is_still_the_lead() -> None:
    lead = "Dockworkers in Rotterdam said the strike would begin on Monday at 6:15 p.m."
    out = run("Rotterdam port at a standstill as dockers strike", lead, BODY, TAIL)
    assert kept(out) == [lead, BODY, TAIL]


# Real BBC News openings (bbc-news sport/093, sport/225): a one-sentence first paragraph over the lead.
def test_a_short_statement_over_the_lead_opens_the_story() -> None:
    opening = "Jamie Costin should be paralysed."
    lead = ("He says so himself in a matter-of-fact way as he recalls the car accident which occurred nine days "
            "before he was scheduled to step out into the Olympic Stadium in Athens.")
    out = run("Costin aims for comeback in 2006", opening, lead, BODY)
    assert out.title == "Costin aims for comeback in 2006"
    assert kept(out) == [opening, lead, BODY]
    out = run("Hereford 1-1 Doncaster", "Hereford win 3-1 on penalties.", LEAD, BODY)
    assert kept(out) == ["Hereford win 3-1 on penalties.", LEAD, BODY]


def test_furniture_ending_in_a_full_stop_over_the_lead_still_goes() -> None:
    for line in ("Updated on March 5, 2016.", "Player wird geladen ...", "Montréal, le 10 janvier (Reuters).",
                 "Average daily intake is 1694 kcal.",
                 "Von Lena Vogt, Frankfurt | Harbour Post."):
        out = run("Dockworkers strike shuts Rotterdam port", line, LEAD, BODY)
        assert out.title == "Dockworkers strike shuts Rotterdam port", line
        assert kept(out) == [LEAD, BODY], line


def test_a_note_over_the_heads_furniture_and_a_credited_lead_is_head_furniture() -> None:
    # A correction note no pack names reads as a body line; the share row and the wire credit under it say the
    # story starts at the credited lead.
    note = "A figure in the fourth paragraph was put right on 7 May 2023 after a reader wrote in."
    out = run("Dockworkers strike at Rotterdam", note, "Share", "ROTTERDAM (Reuters) -", LEAD, BODY, TAIL)
    assert kept(out) == [LEAD, BODY, TAIL]
    assert out.publisher == "Reuters"
    # A dateline naming its agency after the place, as Italian desks set it.
    out = run("Dockworkers strike at Rotterdam", note, "Salva", "Rotterdam - (ANSA)", LEAD, BODY, TAIL)
    assert kept(out) == [LEAD, BODY, TAIL]


def test_a_storys_first_paragraph_over_a_credited_one_stays() -> None:
    # Nothing removed between them: the story's own paragraphs, the second opening with its own credit.
    out = run(LEAD, "LONDON (Reuters) - " + BODY, TAIL)
    assert kept(out)[0] == LEAD
    short = "Dockworkers walked out on Monday over pay."
    out = run(short, BODY, "LONDON (Reuters) - " + TAIL)
    assert kept(out)[0] == short
    # A lead a credit opened, broken off mid-sentence by a wrap, is still the lead over the rest of its sentence.
    broken = ("The equity benchmark Sensex scaled a new all-time high of 40,816.38 in the morning trade on November",
              "20. Not just the Sensex, even the Nifty has been rallying at a time when concerns are growing.")
    out = run("Markets on a high", "01 feb 2015 - 19:55 h", "MADRID (AP) — " + broken[0], broken[1], BODY, TAIL)
    assert kept(out) == [*broken, BODY, TAIL]
    # A caption's credit between the lead and the next paragraph opens no lead.
    out = run("Dockworkers strike at Rotterdam", LEAD, "Dockworkers outside the port gates - AFP", BODY, TAIL)
    assert kept(out) == [LEAD, BODY, TAIL]


# Reuters-21578 NEWID 83 (reut2-000.sgm): a dividend's note, its rate and its dates, are the story.
DIVIDEND = (
    "Qtly div five cts vs N.A.\n"
    "    Payable April two\n"
    "    Record March 20\n"
    "    NOTE:1986 dividend includes special two cts per share for\n"
    "the period beginning with the fund's commencement of operations\n"
    "on Novebmer three through December 31, 1986.\n"
    " Reuter\n"
)


def test_a_dividends_rate_and_dates_are_story_not_head_furniture() -> None:
    out = clean(DIVIDEND, CleanConfig(), noop)
    assert out.title is None
    assert kept(out)[:3] == ["Qtly div five cts vs N.A.", "Payable April two", "Record March 20"]
    assert [r.rule for r in out.removed] == ["wire_signoff"]


def test_a_headline_over_a_dividends_note_is_still_the_headline() -> None:
    out = clean("FIRST CAPITAL INCOME PROPERTIES SETS PAYOUT\n\n" + DIVIDEND, CleanConfig(), noop)
    assert out.title == "FIRST CAPITAL INCOME PROPERTIES SETS PAYOUT"
    assert kept(out)[:3] == ["Qtly div five cts vs N.A.", "Payable April two", "Record March 20"]


def test_a_line_that_merely_names_a_record_is_no_dividend_date() -> None:
    out = run("Record crowds at Rotterdam", "Payable on delivery", LEAD, BODY)
    assert out.title == "Record crowds at Rotterdam"
    assert kept(out) == [LEAD, BODY]


def test_authors_listed_one_a_line_under_the_headline_are_one_byline() -> None:
    out = run("Rotterdam dockers strike over pay", "Marisol Trent", "Devon Achebe", "Priya Nandakumar", LEAD, BODY)
    assert out.byline == "Marisol Trent, Devon Achebe, Priya Nandakumar"
    assert kept(out) == [LEAD, BODY]
    # One name alone is the byline as before; a name line further down, after other head lines, starts no list.
    out = run("Rotterdam dockers strike over pay", "Marisol Trent", "Photo gallery", "Devon Achebe", LEAD, BODY)
    assert out.byline == "Marisol Trent"


def test_a_results_headline_over_the_byline_and_stamp_is_no_table() -> None:
    # A results table stands under the head's byline and stamps; a row of figures over them is the headline,
    # and the player's running time under its button is no table row either.
    lead = ("Thermascan Inc said the U.S. Food and Drug Administration has approved clinical trials of a new "
            "AIDS confirmation test developed by the company.")
    second = ("The trials will be conducted in New York at the Beth Israel Medical Centre and at the Karolinska "
              "Institute in Stockholm, it said.")
    out = run("New york times co 3rd qtr shr 40 cts vs 33 cts", "By Marcus Feeney",
              "August 7, 2026 at 2:58 PM GMT+1", "Listen", "6:02", "Contact us:",
              "Provide news feedback or report an error", lead, second)
    assert kept(out) == [lead, second]
    assert out.byline == "Marcus Feeney"
    assert str(out.published) == "2026-08-07"


def test_a_photo_credit_under_its_label_below_the_lead_opens_no_later_lead() -> None:
    # "Quelle: picture alliance/dpa/..." names an agency, as a dateline does, but under a label: the line under it
    # is the story's second paragraph, not a lead the credit opened, and the lead above stays.
    lead = ("Leipzig/Berlin (Reuters) - Major copper producing and consuming countries are considering a U.S. "
            "proposal to set up a study group to review the world copper market, delegates said.")
    second = "This week's meeting, which began yesterday, is due to end Friday."
    out = clean("\n\n".join(["Veröffentlicht am 12.01.2021", lead,
                             "Fans feiern den Sieg auf dem Marktplatz\nQuelle: picture alliance/dpa/Ulrike Franke",
                             second]), CleanConfig(), noop)
    assert lead.split(" - ", 1)[1] in out.text and second in out.text, out.removed


@pytest.mark.parametrize("agency", ["Reuters", "AP"])
def test_a_story_sentence_naming_an_agency_in_brackets_opens_no_later_lead(agency: str) -> None:
    # Read as a dateline alone on its line, it made the paragraph under it the lead, and the lead above went as
    # head furniture with it.
    lead = ("Shares of the company rose 4 percent in early trading on Monday after the quarterly results beat "
            "analysts' forecasts by a wide margin, traders said.")
    named = f"The strike was called off on Monday ({agency})."
    rest = ["The company said it expected sales to grow further in the second half as demand recovered.",
            "Analysts said the outlook remained uncertain because of higher costs and weaker demand in Asia."]
    out = clean("\n\n".join(["Company beats forecasts", lead, named, *rest]), CleanConfig(), noop)
    assert [r.rule for r in out.removed] == ["headline"], out.removed
