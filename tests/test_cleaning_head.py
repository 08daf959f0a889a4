"""The cleaner's head zone: what stands above the lead is judged by its place and shape, not by its words.

Each kind has a positive case (the furniture goes, the metadata is read) and a negative one (story text of the
same shape stays). Examples are written in the shapes outlets and wires use, in several languages.
"""
from __future__ import annotations

import datetime

from wirewash.transforms.core.cleaning import CleanConfig, clean
from wirewash.transforms.core.cleaning.head.title import unstamped
from wirewash.transforms.core.cleaning.normalise import count_words, paragraphs
from wirewash.transforms.core.counters import noop
from cleaned import kept, run

CFG = CleanConfig()
LEAD = "The central bank raised its main interest rate by half a point on Thursday, the third rise this year."
BODY = "Economists had expected a smaller move after inflation eased in the spring, a survey showed."
TAIL = "The bank's governor said further rises could not be ruled out if prices kept climbing."


def test_everything_above_the_lead_goes_once_the_headline_is_known() -> None:
    out = run(
        "Business › Economy", "Central bank lifts rates for third time this year", "Oskar Lindgren",
        "14 March 2024, 09:41", "Lesezeit 4 Minuten", "Teilen | Drucken | Merken", "Kurz erklärt: Zinsen",
        LEAD, BODY, TAIL,
    )
    assert out.title == "Central bank lifts rates for third time this year"
    assert kept(out) == [LEAD, BODY, TAIL]


def test_short_lines_below_the_lead_are_story_text() -> None:
    out = run("Central bank lifts rates for third time this year", LEAD, "What happens next", BODY, TAIL)
    assert kept(out) == [LEAD, "What happens next", BODY, TAIL]


def test_the_headline_is_the_most_headline_shaped_line_not_the_first() -> None:
    out = run(
        "Economy", "By Marta Olsen and Piotr Nowak", "Updated 11:20 GMT, 2 May 2023",
        "Rates rise as inflation refuses to cool", "Share on Facebook Share on X", LEAD, BODY,
    )
    assert out.title == "Rates rise as inflation refuses to cool"
    assert "Marta Olsen" in out.byline and "Piotr Nowak" in out.byline
    assert kept(out) == [LEAD, BODY]


def test_a_headline_with_a_bracketed_update_stamp_is_the_title_without_it() -> None:
    # A stamp's clock time made the whole line a stamp: it went as head furniture and the title was null.
    for head in ("Central bank lifts rates again (Updated 14:05 GMT)", "Central bank lifts rates again [2 Dec, 09:41]"):
        out = run(head, LEAD, BODY, TAIL)
        assert out.title == "Central bank lifts rates again"
        assert kept(out) == [LEAD, BODY, TAIL]
    # A year alone, or a note without a date, stays the headline's.
    assert unstamped("Alien returns to cinemas (1979)") == "Alien returns to cinemas (1979)"
    assert unstamped("Harbour at dawn (file photo)") == "Harbour at dawn (file photo)"
    assert unstamped("Rates rise (Dec. 2)") == "Rates rise"


def test_a_page_title_copy_with_the_site_name_loses_to_the_headline() -> None:
    out = run("Rates rise as inflation refuses to cool | The Daily Ledger",
              "Rates rise as inflation refuses to cool", LEAD, BODY)
    assert out.title == "Rates rise as inflation refuses to cool"
    assert kept(out) == [LEAD, BODY]


def test_a_headline_in_another_script_than_the_story_is_not_taken() -> None:
    # An English story under a Korean page's furniture: the Hangul byline is not the headline.
    out = run("이민호 기자", "Rates rise as inflation refuses to cool", LEAD, BODY)
    assert out.title == "Rates rise as inflation refuses to cool"


def test_without_a_headline_short_lines_over_the_lead_stay() -> None:
    out = run("Reform agenda", LEAD, BODY)
    assert kept(out) == ["Reform agenda", LEAD, BODY] and out.title is None


def test_a_credited_photo_caption_above_the_lead_is_not_the_lead() -> None:
    out = run(
        "Rates rise as inflation refuses to cool", "Traders watch screens at the exchange in Stockholm.",
        "Photo: Erik Sand/TT", LEAD, BODY,
    )
    assert kept(out) == [LEAD, BODY]
    inline = run("Rates rise as inflation refuses to cool",
                 "Traders watch screens at the exchange. Foto: Erik Sand/TT", LEAD, BODY)
    assert kept(inline) == [LEAD, BODY]


def test_a_short_lead_after_a_wire_credit_is_story_text() -> None:
    short = "The bank raised rates on Thursday."
    out = run("Rates rise as inflation refuses to cool", "OSLO (NTB) - " + short, BODY, TAIL)
    assert short in kept(out)


def test_a_story_that_opens_with_a_results_table_keeps_its_rows() -> None:
    out = run(
        "NORDIC PAPER MILL POSTS HIGHER FIRST QUARTER PROFIT", "Shr loss three cts vs loss five cts",
        "Net 4,120,000 vs 2,870,000", "Revs 61.3 mln vs 55.0 mln",
        "The company said results were helped by higher pulp prices and lower energy costs in the quarter.",
    )
    assert kept(out)[:3] == ["Shr loss three cts vs loss five cts", "Net 4,120,000 vs 2,870,000",
                             "Revs 61.3 mln vs 55.0 mln"]


def test_a_wire_code_is_no_table_row() -> None:
    out = run("BC-EU--Rates,2nd Ld-Writethru,412", "Rates rise as inflation refuses to cool", LEAD, BODY)
    assert out.title == "Rates rise as inflation refuses to cool" and kept(out) == [LEAD, BODY]


def test_a_lead_with_a_teaser_glued_to_its_end_stays() -> None:
    glued = LEAD + " Related: Krona slips against the euro"
    out = run("Rates rise as inflation refuses to cool", "Share this article", glued, BODY)
    assert any(p.startswith(LEAD) for p in kept(out))


def test_a_dateline_opening_the_lead_goes_by_its_shape() -> None:
    for dateline in ("HELSINKI -", "Tallinn, June 4 —", "RIGA, 4 June (LETA) --"):
        out = run("Rates rise as inflation refuses to cool", f"{dateline} {LEAD}", BODY)
        assert kept(out)[0] == LEAD, dateline


def test_a_dateline_closed_by_a_full_stop_goes_a_leads_acronym_stays() -> None:
    # A place in capitals closed by a full stop (German and Austrian papers), a correspondent's note.
    for dateline in ("BERLIN.", "NEW YORK.", "Washington, correspondance.", "Bruxelles, de notre correspondant."):
        out = run("Rates rise as inflation refuses to cool", f"{dateline} {LEAD}", BODY)
        assert kept(out)[0] == LEAD, dateline
    # An acronym with its own full stops, or a place in lower case, opens the lead's sentence.
    for lead in ("U.S. officials said rates would rise again in June, the central bank's minutes showed.",
                 "Berlin. Die Regierung will die Zinsen im Juni erneut anheben, sagte ein Sprecher am Montag."):
        assert kept(run("Rates rise as inflation refuses to cool", lead, BODY))[0] == lead, lead


def test_a_byline_a_bar_sets_off_from_a_stamp_ending_on_an_abbreviation_goes() -> None:
    for stamp in ("vor 5 Min.", "3 Std.", "hace 4 min."):
        out = run("Rates rise as inflation refuses to cool", f"Von LENA VOGT, Frankfurt · {stamp}", LEAD, BODY)
        assert kept(out) == [LEAD, BODY], stamp
        assert out.byline == "LENA VOGT", stamp
    # A byline, its outlet and a dateline run into the lead: the lead after the bar is no stamp, and stays.
    credited = f"By Hannah Kessler | Google News BRUSSELS, May 27 (Reuters) - {LEAD}"
    assert kept(run("Rates rise as inflation refuses to cool", credited, BODY))[0] == LEAD
    # A lead with a middle dot and a figure after names is no byline: the sentence goes on in lower case.
    lead = "Lena Vogt · a trader in Frankfurt, said 4 banks had cut their forecasts for the year on Monday."
    assert kept(run("Rates rise as inflation refuses to cool", lead, BODY))[0] == lead


def test_a_lead_opening_with_a_name_and_a_hyphen_keeps_it() -> None:
    lead = "Volvo - The carmaker's shares rose 4% after it raised its forecast for the year, traders said."
    out = run(lead, BODY)
    assert kept(out)[0] == lead


def test_a_byline_run_into_the_dateline_and_the_lead_is_read_and_stripped() -> None:
    out = run("Rates rise as inflation refuses to cool", f"By Ingrid Dahl and Mikko Laine HELSINKI - {LEAD}", BODY)
    assert kept(out)[0] == LEAD
    assert "Ingrid Dahl" in out.byline and "Mikko Laine" in out.byline


def test_a_byline_and_a_dateline_run_into_a_lead_with_a_figure_leave_the_lead() -> None:
    # A figure in the lead is no stamp after the names: the dateline before it says where the lead starts.
    lead = "It could cost £80m to run a referendum on the constitution, ministers revealed on Monday."
    out = run("Referendum could cost £80m", f"By Ola Berg, Ana Ruiz and Jane Holloway TOKYO - {lead}", BODY)
    assert kept(out)[0] == lead
    assert out.byline == "Ola Berg, Ana Ruiz and Jane Holloway"
    # Names and a stamp the unwrapping ran into them still go whole.
    stamped = "By Daniel Okafor, Tom Fischer and Aisha Raman, Harbor Daily News Originally published 6/12/2025"
    assert kept(run("Rates rise as inflation refuses to cool", stamped, LEAD, BODY)) == [LEAD, BODY]


def test_bylines_in_capitals_and_with_a_label_in_another_language() -> None:
    caps = run("Rates rise as inflation refuses to cool", "BY INGRID DAHL AND MIKKO LAINE", LEAD, BODY)
    assert "INGRID DAHL" in caps.byline and "MIKKO LAINE" in caps.byline
    assert run("Rates rise as inflation refuses to cool", "Von Lena Vogt, Frankfurt | 4. Juni 2024", LEAD,
               BODY).byline == "Lena Vogt"
    # A headline in capitals split by a preposition is no pair of names.
    out = run("RATES RISE IN OSLO AS INFLATION STICKS", LEAD, BODY)
    assert out.title == "RATES RISE IN OSLO AS INFLATION STICKS" and out.byline is None


def test_a_credit_in_the_page_script_before_a_story_in_another_goes() -> None:
    out = run("Rates rise as inflation refuses to cool", "(서울=연합뉴스) " + LEAD, BODY)
    assert kept(out)[0] == LEAD


def test_a_hinted_title_takes_the_line_that_is_that_title() -> None:
    out = run("Markets", "Rates rise as inflation refuses to cool", LEAD, BODY,
              hint="Rates rise as inflation refuses to cool - The Daily Ledger")
    assert out.title == "Rates rise as inflation refuses to cool" and kept(out) == [LEAD, BODY]


def test_thai_lao_myanmar_and_khmer_words_are_counted_five_characters_a_word() -> None:
    """A 400-word Thai story (spaces only between phrases) counted 20 words and was rejected as too_short."""
    thai = ("นายกรัฐมนตรีกล่าวว่ารัฐบาลจะเร่งออกมาตรการกระตุ้นเศรษฐกิจเพื่อช่วยเหลือประชาชนที่ได้รับผลกระทบ"
            "จากราคาพลังงานที่สูงขึ้น โดยคาดว่าจะเสนอต่อคณะรัฐมนตรีภายในสัปดาห์หน้า ")
    assert count_words(thai) == (len(thai) - 2) // 5 == 32
    assert count_words(thai * 10) > 300
    assert count_words("ລັດຖະບານລາວ") == 2 and count_words("ရန်ကုန်မြို့") == 2 and count_words("រាជរដ្ឋាភិបាល") == 2
    assert count_words("Bangkok กรุงเทพมหานคร 2024") == 2 + len("กรุงเทพมหานคร") // 5


def test_chinese_and_japanese_words_are_counted_two_characters_a_word() -> None:
    assert count_words("央行宣布上调利率") == 4
    assert count_words("Rates rise") == 2
    out = clean("央行宣布上调基准利率\n\n" + "新华社北京6月4日电 中国人民银行周四宣布上调基准利率，这是今年以来的第三次加息。\n\n"
                + "经济学家此前预计加息幅度会更小。", CFG, noop)
    assert out.title == "央行宣布上调基准利率"


def test_head_lines_stacked_over_an_indented_wrapped_story_stay_apart() -> None:
    text = (
        "Economy\n"
        "RATES RISE AS INFLATION REFUSES TO COOL\n"
        "By Ingrid Dahl\n"
        "Updated 2 hours ago\n"
        "    The central bank raised its main interest rate by half a point on\n"
        "Thursday, the third rise this year, and said more could follow.\n"
        "    Economists had expected a smaller move after inflation eased in\n"
        "the spring, a survey showed.\n"
    )
    assert [p.text for p in paragraphs(text)][:4] == [
        "Economy", "RATES RISE AS INFLATION REFUSES TO COOL", "By Ingrid Dahl", "Updated 2 hours ago",
    ]


def test_a_page_set_a_paragraph_a_line_is_not_unwrapped() -> None:
    lines = [
        "Economy", "Rates rise as inflation refuses to cool",
        LEAD + " " + BODY + " " + TAIL + " " + LEAD,
        "Markets reacted calmly, with the krona little changed against the euro and the dollar by midday.",
    ]
    assert [p.text for p in paragraphs("\n".join(lines))] == lines


def test_a_hard_wrapped_lead_under_its_headline_keeps_its_first_line() -> None:
    # Reuters-21578 with the title put back on top: the lead's first line is short because the dateline was
    # cut from it, which is no sign of a head set one item a line.
    text = (
        "TANDEM <TNDM> APPLIES FOR NYSE LISTING\n\nTandem Computers Inc said it\n"
        "has applied for a New York Stock Exchange listing and expects\nto start trading there by mid-April.\n"
        "    Tandem's stock is now traded on the NASDAQ system.\n Reuter\n"
    )
    out = clean(text, CFG, noop)
    assert out.title == "TANDEM <TNDM> APPLIES FOR NYSE LISTING"
    assert out.text.startswith("Tandem Computers Inc said it has applied for a New York Stock Exchange listing")


def test_stacked_head_lines_over_an_indented_story_stay_apart() -> None:
    text = (
        "Tandem applies for NYSE listing\nBy Jane Doe\nMarch 3, 1987\n"
        "    Tandem Computers Inc said it has applied for a New York Stock Exchange listing and\n"
        "expects to start trading there by mid-April, the company said.\n"
    )
    assert [p.text for p in paragraphs(text)][:3] == ["Tandem applies for NYSE listing", "By Jane Doe", "March 3, 1987"]


def test_prose_above_a_results_table_is_no_head() -> None:
    # The lead is a sentence broken over two lines that were not unwrapped; the table below it does not make
    # them a headline and a piece of furniture (and a second clean of the output must change nothing).
    text = "The Senate approved a stopgap bill late\n\nFriday, averting a partial shutdown.\n\nShr 1.59 dlrs vs 54 cts"
    out = clean(text, CFG, noop)
    assert out.title is None
    assert out.text == text


def test_a_long_headline_in_sentence_case_over_a_byline_is_the_headline_not_the_lead() -> None:
    # A slug-made headline runs long and mostly in lower case, as a lead that lost its full stop does; the
    # byline under it says it is the head.
    headline = "Uefa euro qualifying tracking every team to clinch a spot as wales punches ticket"
    lead = ("Euro 2020 qualifying is over, and 20 teams have booked their spots in next summer's tournament, "
            "which for the first time will be held across Europe.")
    body = "Wales beat Hungary 2-0 to earn the 20th spot on Tuesday, with Aaron Ramsey scoring twice."
    out = run(headline, "By Claire Oduya and Samuel Okafor", lead, body)
    assert out.title == headline
    assert kept(out) == [lead, body]
    # Without a byline under it, the same line over a story is its lead that lost the full stop.
    lost_stop = "Officials said the count went on late into the night in every district of the capital region"
    assert kept(run(lost_stop, lead, body))[0] == lost_stop


def test_a_results_table_with_words_around_one_figure_is_no_head() -> None:
    # Reuters-21578 opens earnings stories with the table itself; rows with one figure and words ("Rev 3.4 mln
    # vs nil") are rows as much as "Net 4.1 mln vs 2.9 mln", so its first row is no headline.
    rows = ["Shr 26 cts vs nil", "Net 2,244,000 vs nil", "Rev 3.4 mln vs nil"]
    note = "NOTE: The company's full name is Harbour Health Realty Trust. The quarter is its first in full."
    given = ["Shr 31 cts vs not given", "Net 1,943,000 vs not given", "Shr 2.35 dlrs vs not given"]
    for table in (rows, given):
        out = run(*table, note)
        assert out.title is None
        assert kept(out) == [*table, note]


def test_head_lines_with_a_small_figure_still_go_above_the_lead() -> None:
    out = run("Central bank lifts rates for third time this year", "Updated 2 hours ago", "5 min read",
              "Listen to 3 minutes of audio", LEAD, BODY, TAIL)
    assert out.title == "Central bank lifts rates for third time this year"
    assert kept(out) == [LEAD, BODY, TAIL]


def test_a_reading_time_in_each_packs_language_goes_wherever_the_head_ends() -> None:
    # Under a headline over a results table, where no lead sentence closes the head.
    rows = ["Oper shr loss 14 cts vs loss 49 cts", "Oper net loss 22,000 vs loss 441,000", "Revs 22.6 mln vs 13.6 mln"]
    for stamp in ("Tempo di lettura: 4 minuti", "Lesezeit: 6 Min.", "Leitura de 7 minutos", "LECTURE 7 MIN.",
                  "Время чтения: 5 минут", "6分で読める", "阅读时间：5分钟", "3분 읽기", "5 min de lecture"):
        out = run("LORI CORP 4TH QTR OPER NET LOSS", stamp, *rows)
        assert kept(out) == rows, stamp
    # Minutes in a story's line are no reading time: a sentence, or minutes of something else.
    for line in ("Leitura de 7 minutos, disse o ministro ao abrir a sessão.", "90 minutos de juego"):
        assert line in run("Rates rise as inflation refuses to cool", LEAD, line, BODY).text, line


def test_a_results_table_a_wire_credit_opens_is_the_lead_and_what_stands_over_it_the_head() -> None:
    rows = ["Oper net loss 22,000 vs loss 441,000", "Revs 22.6 mln vs 13.6 mln"]
    out = run("LORI CORP 4TH QTR OPER NET LOSS", "Aktualisiert vor 6 Stunden", "Vorlesen",
              "BRÜSSEL (dpa) - Oper shr loss 14 cts vs loss 49 cts", *rows)
    assert kept(out) == ["Oper shr loss 14 cts vs loss 49 cts", *rows]
    # Without a credit, a short line over the table is not known as the head's: it stays.
    out = run("LORI CORP 4TH QTR OPER NET LOSS", "Year ended December 31", *rows)
    assert "Year ended December 31" in out.text


def test_a_reading_time_in_another_language_names_no_author_and_leaves_the_bylines_label() -> None:
    out = run("Rates rise as inflation refuses to cool", "Tiempo de lectura: 8 minutos", LEAD, BODY)
    assert out.byline is None and kept(out) == [LEAD, BODY]
    out = run("Rates rise as inflation refuses to cool", "Por Lucía Fernández", "Leitura de 7 minutos", LEAD, BODY)
    assert out.byline == "Lucía Fernández" and kept(out) == [LEAD, BODY]


def test_a_headline_sharing_words_with_the_paragraph_after_a_caption_is_sure() -> None:
    # The paragraph after the lead is what the headline shares its subject with, below a caption line.
    out = run(
        "Updated 6:41 PM ET, 17 November 2025", "Governor warns prices may keep climbing", LEAD,
        "Image caption: The bank's tower in Frankfurt (Getty Images)",
        "The governor warned that further rises could not be ruled out if prices kept climbing.", TAIL,
    )
    assert out.title == "Governor warns prices may keep climbing"


def test_a_headline_read_as_names_gives_way_to_the_labelled_byline_under_it() -> None:
    # A headline no pass found reads as one name and a place ("Harbour Crane Strike Ends" in "West Rotterdam",
    # blind4 dev); the byline under its own label below it names the author.
    out = run("Harbour Crane Strike Ends in West Rotterdam", "POR ELENA RUIZ DE LA VEGA", LEAD, BODY)
    assert out.byline == "ELENA RUIZ DE LA VEGA"
    out = run("Dockers Union Votes to Return in Rotterdam", "Von Lena Vogt und Jan Weber", LEAD, BODY)
    assert out.byline == "Lena Vogt und Jan Weber"
    # A byline without a label stays the byline when no labelled one follows.
    out = run("Rates rise as inflation refuses to cool", "Oskar Lindgren and Mia Berg, Harbour Post",
              "14 March 2024, 09:41", LEAD, BODY)
    assert out.byline == "Oskar Lindgren and Mia Berg"


def test_a_bylines_label_is_no_kicker_though_the_lead_names_the_reporters() -> None:
    # The text opens with the byline (the record's title is apart); the dateline names the same reporters.
    out = run("作者：李芳、王伟", "发布时间：2024年9月3日 00:49", f"新华社北京2024年9月3日电（记者 李芳、王伟）{LEAD}", BODY,
              hint="Central bank lifts rates for third time this year")
    assert out.byline == "李芳, 王伟" and out.title != "作者：李芳、王伟"


def test_a_headline_listing_names_before_in_is_no_placed_byline() -> None:
    # "Aibd, Cedel, Euroclear Join in ...": one word between commas is no name; the labelled byline under it is.
    out = run("Aibd, Cedel, Euroclear Join in Trade Match System", "di Francesca Bianchi", LEAD, BODY)
    assert out.byline == "Francesca Bianchi"


def test_a_labelled_byline_under_the_texts_first_sentence_is_read() -> None:
    # A standfirst under a label, a photo's caption with its credit, a long headline read as a sentence: the
    # first sentence is no lead when the page's byline stands under it (blind4 dev); the sentence stays.
    standfirst = f"In brief: {LEAD}"
    out = run("Rates rise as inflation refuses to cool", standfirst, "Von Lena Vogt und Jan Weber",
              "Stand: 04.05.2024 10:12 Uhr", LEAD, BODY)
    assert out.byline == "Lena Vogt und Jan Weber" and "Lena Vogt" not in out.text and LEAD in out.text
    caption = "Traders work on the floor of the exchange in Frankfurt on Monday."
    out = run("Rates rise as inflation refuses to cool", caption, "Image: Reuters",
              "By Jane Doe and Ola Berg | Harbour Post", LEAD, BODY)
    assert out.byline == "Jane Doe and Ola Berg" and "Ola Berg" not in out.text
    headline = "Coastal Said Raised Oil Postings 50 Cts a Barrel October 16. Wti Now 19.00 Dlrs."
    out = run(headline, "Автор: Ольга Иванова и Анна Смирнова", LEAD, BODY)
    assert out.byline == "Ольга Иванова и Анна Смирнова" and kept(out)[-2:] == [LEAD, BODY]


def test_a_line_of_names_without_a_label_under_the_lead_is_story_text() -> None:
    # Under the lead, names alone are no byline's: a list the story gives, a subhead.
    out = run("Rates rise as inflation refuses to cool", LEAD, "Lena Vogt and Jan Weber", BODY, TAIL)
    assert out.byline is None and "Lena Vogt and Jan Weber" in kept(out)


def test_a_date_line_in_arabic_indic_digits_is_head_furniture_and_gives_the_date() -> None:
    # A story in English under an Arabic page's date line, as a syndicated copy prints it.
    out = clean("\n\n".join(["Central bank raises rates again", "١٢ مارس ٢٠٢٤", LEAD, BODY]), CleanConfig(), noop)
    assert out.text == "\n\n".join([LEAD, BODY])
    assert out.title == "Central bank raises rates again"
    assert out.published == datetime.date(2024, 3, 12)


def test_a_short_lead_opened_by_a_colon_dateline_is_the_lead_not_a_caption() -> None:
    # Indian and Pakistani papers set the dateline in capitals before a colon ("NEW DELHI: ..."), which reads
    # as a caption's label ("Pictured: ..."): a one-sentence lead over furniture then went with the head.
    lead = "Aston Villa's Carlton Cole could be out for six weeks with a knee injury."
    for dateline in ("WASHINGTON:", "NEW DELHI:"):
        out = run("Cole faces lengthy injury lay-off", "Updated - September 11, 2021 6:45 am IST",
                  f"{dateline} {lead}", "You have exhausted your free article limit.", BODY, TAIL)
        assert kept(out)[0] == lead, dateline
        assert f"{dateline}" in [r.text for r in out.removed], dateline
    # A caption's own label still marks a caption over the lead.
    out = run("Rates rise as inflation refuses to cool", "Pictured: The governor at the bank's headquarters.",
              LEAD, BODY)
    assert kept(out) == [LEAD, BODY]


def test_the_leads_dateline_goes_when_the_furniture_score_took_the_line_over_it() -> None:
    # The affiliate note is a sentence of a body's length, so the head's passes took it for the lead; the score
    # takes it after them, and the real lead's dateline must go too.
    lead = "Sir Elton John has performed at a special concert in Paris to raise money for the victims of the tsunami."
    note = ("Our editors independently choose the products we feature. We may receive a share of sales from links "
            "on this page.")
    out = run("Elton plays Paris charity concert", "Reporting by Ethan Mbeki", note, f"WASHINGTON — {lead}", BODY)
    assert kept(out) == [lead, BODY]
    assert [r.rule for r in out.removed if r.text == note] == ["scored_furniture"]
    assert "WASHINGTON —" in [r.text for r in out.removed]
