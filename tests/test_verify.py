"""verify(): a copy versus another article on the same story, one test per kind of pair met on wire data."""
from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import chinese_reprint
from wirewash.transforms.core.minhash import MinhashConfig, sign
from wirewash.transforms.core.verify import DATE, NAME, NUMBER, VerifyConfig, kind_of, packed, unpacked, verify
from wirewash.transforms.core.verify.record import outlet

CFG = VerifyConfig()


def _verdict(a: str, b: str, cfg: VerifyConfig = CFG, titles: tuple[str | None, str | None] = (None, None)):
    ea, eb = (sign(doc_id, t, MinhashConfig(), title).evidence for doc_id, t, title in (("a", a, titles[0]), ("b", b, titles[1])))
    forward, backward = verify(ea, eb, cfg), verify(eb, ea, cfg)
    assert forward == backward  # symmetric
    return forward


STORY = [
    "Chrysler Corp said on Tuesday it would recall about 250,000 minivans built in Windsor, Ontario, to replace "
    "a rear latch that can open in a collision.",
    "The company said no injuries had been reported but that dealers in the United States and Canada would fit "
    "a stronger latch free of charge from next month.",
    "Chrysler shares closed down 3/8 at 52-1/4 on the New York Stock Exchange, where about 1.2 mln shares "
    "changed hands, twice the usual volume.",
    "Analysts at Salomon Brothers said the cost of the recall would be small next to the minivan's sales, "
    "which reached 400,000 vehicles last year and are still growing.",
    "The National Highway Traffic Safety Administration said it had opened an inquiry in January after "
    "receiving 37 complaints from owners about latches that came loose.",
]


def test_evidence_holds_distinctive_words_with_their_context():
    e = sign("a", "Shares of Chrysler Corp rose 1,500 on Tuesday. The company's CEO said so.", MinhashConfig(),
             "CHRYSLER SHARES UP").evidence
    # "The" is capitalised only because it opens a sentence.
    assert e.tokens == ("shares", "chrysler", "corp", "1", "500", "tuesday", "ceo")
    assert e.title_tokens == ("chrysler", "shares", "up")
    assert e.contexts.shape == (7, 2) and e.token_hashes.size == 7
    assert [kind_of(t) for t in ("1500", "tuesday", "march", "iacocca")] == [NUMBER, DATE, DATE, NAME]


def test_a_copy_trimmed_to_70_percent_has_low_jaccard_but_full_coverage():
    original = " ".join(STORY)
    trimmed = " ".join(STORY[:3]) + " " + STORY[3][: len(STORY[3]) // 2].rsplit(" ", 1)[0] + "."
    v = _verdict(original, trimmed)
    assert v.duplicate, v
    assert v.coverage > 0.95 and v.jaccard < 0.8 and v.disagreeing == ()


def test_a_reheaded_respelled_lightly_edited_copy_is_a_duplicate():
    copy = " ".join(STORY).replace("minivans", "mini-vans").replace("said on Tuesday", "announced on Tuesday")
    copy = "DETROIT (Wire) - " + copy.replace("free of charge", "at no cost").replace("about", "some")
    v = _verdict(" ".join(STORY), copy)
    assert v.duplicate, v
    assert set(v.disagreeing) <= {"wire"}


FED = (
    "The Federal Reserve entered the U.S. Government securities market to arrange {amount} billion dlrs of "
    "customer repurchase agreements, a Fed spokesman said. Dealers said Federal funds were trading at {rate} "
    "pct when the Fed began its temporary and indirect supply of reserves to the banking system."
)


def test_templated_fed_operations_on_different_days_are_not_duplicates():
    monday, tuesday = FED.format(amount="1.5", rate="6-3/16"), FED.format(amount="2.5", rate="6-1/8")
    v = _verdict(monday, tuesday)
    assert v.jaccard > 0.7 and v.coverage > 0.7  # the wording alone would merge them
    assert not v.duplicate and v.reason == "tokens"
    assert {"2", "3", "8"} <= set(v.disagreeing)  # 1.5 and 6-3/16 against 2.5 and 6-1/8
    assert _verdict(monday, "FED ADDS RESERVES. " + monday).duplicate  # a re-send of one day's report is


CONVERTIBLE = (
    "{company} said it filed with the Securities and Exchange Commission a registration statement covering a "
    "100 mln dlr issue of convertible subordinated debentures due 2012. Proceeds will be used to repay bank "
    "debt and for general corporate purposes, the company said. The company named {manager} as lead manager "
    "of the offering, which is expected in about three weeks."
)


def test_different_companies_convertible_offerings_are_not_duplicates():
    a = CONVERTIBLE.format(company="Tandem Computers Inc <TDM>", manager="Goldman Sachs and Co")
    b = CONVERTIBLE.format(company="Ashland Oil Inc <ASH>", manager="Morgan Stanley and Co")
    v = _verdict(a, b)
    assert v.jaccard > 0.6 and not v.duplicate and v.reason == "tokens"
    assert {"goldman", "morgan"} <= set(v.disagreeing)


def test_word_for_word_dividend_reports_of_two_companies_differ_in_their_titles():
    body = "Qtly div four cts vs four cts prior\n    Pay April 15\n    Record March 31\n Reuter"
    v = _verdict(body, body, titles=("KENAN TRANSPORT CO <KTCO> SETS QUARTERLY", "AUTOCLAVE ENGINEERS INC <ACLV> QTLY DIVIDEND"))
    assert v.jaccard == 1.0 and not v.duplicate and v.reason == "title"
    resend = _verdict(body, body, titles=("KENAN TRANSPORT CO <KTCO> SETS QUARTERLY", "KENAN TRANSPORT <KTCO> QTLY DIVIDEND"))
    assert resend.duplicate


WARNING = (
    "The National Weather Service has issued a flood warning for the {river} River in {county} County until "
    "{day} evening. At 9 AM the river was near flood stage and rising after heavy rain overnight. Minor flooding "
    "of farmland and low-lying roads near the river is expected. Residents should avoid driving through flooded "
    "roads and stay tuned to local media for further statements."
)


def test_templated_weather_warnings_without_figures_for_other_counties_are_not_duplicates():
    a = WARNING.format(river="Wabash", county="Vigo", day="Thursday")
    b = WARNING.format(river="White", county="Knox", day="Friday")
    v = _verdict(a, b)
    assert v.jaccard > 0.6 and not v.duplicate and v.reason == "tokens"


def test_a_follow_up_sharing_background_paragraphs_is_not_a_duplicate():
    first = " ".join(STORY)
    follow_up = " ".join(
        [
            "Chrysler Corp said on Thursday it would extend the recall to 90,000 station wagons after federal "
            "regulators found the same latch on vehicles built in St. Louis, Missouri.",
            "The Detroit carmaker said the added repairs would cost about 15 mln dlrs, and that owners would be "
            "notified by mail starting in April.",
        ]
        + STORY[1:3]
    )
    v = _verdict(first, follow_up)
    assert v.jaccard >= CFG.threshold or v.coverage < CFG.min_coverage
    assert not v.duplicate


def test_a_chinese_reprint_with_five_one_character_edits_is_a_duplicate():
    original, edited = chinese_reprint()
    v = _verdict(original, edited)
    assert v.duplicate and v.jaccard > 0.7


def test_empty_and_unrelated_texts():
    assert not _verdict("", "").duplicate
    v = _verdict(" ".join(STORY), FED.format(amount="1.5", rate="6"))
    assert not v.duplicate and v.reason == "jaccard"


@pytest.mark.parametrize(
    "kwargs, message",
    [({"threshold": 0.0}, "threshold"), ({"min_coverage": 1.5}, "min_coverage"), ({"max_disagreeing": -1}, "max_disagreeing")],
)
def test_verify_config_validates(kwargs, message):
    with pytest.raises(ValueError, match=message):
        VerifyConfig(**kwargs)


def test_the_same_price_posting_by_two_companies_is_not_a_duplicate():
    posting = (
        "{opening} said it raised the contract price it will pay for all grades of crude oil by 50 cts a barrel, "
        "effective Oct 16. The increase brings {whose} postings for the West Texas Intermediate and West Texas "
        "Sour grades to 19.00 dlrs a barrel. {short} last changed its crude oil postings on Sept 9."
    )
    phillips = posting.format(opening="Phillips Petroleum Corp", whose="the company's", short="Phillips")
    citgo = posting.format(opening="Citgo Petroleum Corp, a subsidiary of Southland Corp,", whose="Citgo's", short="Citgo")
    v = _verdict(phillips, citgo)
    assert v.coverage > 0.7 and not v.duplicate and {"opening:phillips", "opening:citgo"} <= set(v.disagreeing)
    # An outlet's dateline and credit opening one copy only is not another company.
    credited = "HOUSTON (Morning Courier) - " + phillips + " Distributed by Morning Courier."
    assert _verdict(phillips, credited).duplicate


def test_a_story_sent_on_friday_and_resent_on_monday_is_one_working_day_late():
    # Reuters 5123/5281: the Petrobras statement went out on Friday 13 March 1987 and again on Monday 16th;
    # the Fed's word-for-word repurchase report of a fortnight later is another day's operation.
    text = " ".join(STORY)
    friday, monday, fortnight = (datetime.date(1987, 3, d) for d in (13, 16, 27))

    def dated(doc_id: str, day: datetime.date):
        return sign(doc_id, text, MinhashConfig(), None, day).evidence

    assert verify(dated("a", friday), dated("b", monday), CFG).duplicate
    assert verify(dated("b", monday), dated("a", friday), CFG).duplicate
    late = verify(dated("a", friday), dated("b", fortnight), CFG)
    assert not late.duplicate and late.reason == "published"
    # Saturday to Monday: no working day between them.
    assert verify(dated("a", datetime.date(1987, 4, 11)), dated("b", datetime.date(1987, 4, 13)), VerifyConfig(max_days_apart=0)).duplicate


def test_a_resend_headline_that_inflects_a_word_of_the_first_counts_it_as_the_same_word():
    # Reuters 10660/10770: the re-send's headline keeps "FEARS" where the first had "FEAR" and drops three
    # words; the story is word for word the same.
    body = (
        "Finance Minister Kiichi Miyazawa said that the dollar's drop today to 145 yen is partly attributable to "
        "the perception inside and outside Japan that the country has failed to fulfill its promise to expand "
        "domestic demand. He told a Lower House budget committee in Parliament that it was natural for other "
        "nations to think that Japan is not doing enough because of the delay in the passage of the 1987/88 budget."
    )
    v = _verdict(body, body, titles=("DLR FALLS ON FEAR TOKYO WON'T HIKE DEMAND-MIYAZAWA", "DLR FALLS ON FEARS, MIYAZAWA SAYS"))
    assert v.duplicate and "title:fear" not in v.disagreeing
    other = _verdict(body, body, titles=("DLR FALLS ON FEAR TOKYO WON'T HIKE DEMAND-MIYAZAWA", "YEN RISES AS OSAKA TRADERS DOUBT MIYAZAWA"))
    assert not other.duplicate and other.reason == "title"


def test_a_follow_up_and_its_story_each_have_a_sentence_the_other_lacks():
    # BBC politics/077 and 354: the second Budget story repeats the first but drops a sentence of it and adds
    # the Tories' reaction; a copy that drops a sentence keeps no sentence of its own.
    first = " ".join([*STORY[:2], "Dealers said the latch problem had been known to the company for two years before owners complained.", *STORY[2:]])
    follow_up = " ".join([*STORY[:3], "Rival Ford Motor Co said its own minivans used a different latch design and no recall was planned.", *STORY[3:]])
    v = _verdict(first, follow_up)
    assert v.coverage > 0.8 and not v.duplicate and v.reason == "passages"
    assert _verdict(first, " ".join(STORY)).duplicate


def test_a_sentence_opened_by_another_function_word_is_no_other_name():
    # Syndicated copy of BBC politics/073: the copy's desk wrote "Whilst" for "While" and "Additionally" for
    # "Also", capitalised only because they open sentences; another minister's name in that slot still counts.
    first = " ".join([STORY[0], "While the company said no injuries had been reported, dealers would fit a stronger latch.", *STORY[2:4], "Also the National Highway Traffic Safety Administration said it had opened an inquiry."])
    copy = first.replace("While", "Whilst").replace("Also", "Additionally")
    v = _verdict(first, copy)
    assert v.duplicate and v.disagreeing == ()
    other = _verdict(first, first.replace("Salomon Brothers", "Goldman Sachs").replace("Chrysler shares", "Ford shares"))
    assert not other.duplicate and other.reason == "tokens"


def test_figures_written_out_are_figures_and_agree_with_their_digits():
    # Reuters 7207/7769: the Fed's repurchase report has Fed funds "at six pct" one day and another rate the
    # next; re-sends 4552/4595 write "10" where the first had "ten".
    report = FED.replace("{amount}", "1.5")
    other_day = _verdict(report.format(rate="six"), report.format(rate="seven"))
    assert not other_day.duplicate and other_day.disagreeing == ("seven", "six")
    assert kind_of("six") == NUMBER
    resend = _verdict(report.format(rate="ten"), report.format(rate="10"))
    assert resend.duplicate and resend.disagreeing == ()


def test_a_resend_that_drops_tickers_from_names_is_a_copy_but_a_figure_put_for_another_is_not():
    # Reuters 11829/11841: the re-send drops "<BLDS ST>" and "<AH.O>" after the companies' names. LME copper
    # 13670/14302: the afternoon report puts 879 where the morning's had 883, a figure it quotes further on.
    body = (
        "Swedish mining and metals group Boliden AB{t1} said it would buy the mining equipment operations of the "
        "U.S. Allis-Chalmers Corp{t2}, amounting to more than 50 pct of group sales, for {price} mln crowns. Boliden "
        "president Kjell Nilsson told a news conference the acquisition of the unit, which he described as the "
        "world's leading producer of equipment for the mineral processing industry, would yield positive synergy "
        "effects for its mining, metals and engineering operations. Nilsson said an earlier bid of {other} mln "
        "crowns had been turned down."
    )
    tickers = body.format(t1=" <BLDS ST>", t2=" <AH.O>", price="600", other="550")
    resend = _verdict(tickers, body.format(t1="", t2="", price="600", other="550"))
    assert resend.duplicate and resend.disagreeing == ()
    # Slot by slot: 575 for 600 in the first, 600 for 550 in the second (600 being in the other text elsewhere
    # makes it no less another figure there).
    later = _verdict(tickers, body.format(t1=" <BLDS ST>", t2=" <AH.O>", price="575", other="600"))
    assert not later.duplicate and later.reason == "tokens" and later.disagreeing == ("550", "575", "600")


def test_single_letters_of_abbreviations_are_not_names():
    # Reuters 18268/18279: the re-send's headline "BILL WITH FARM MONEY NEARS U.S. SENATE OKAY" has three
    # words of its own; "U.S." splits into "u" and "s", which are no more names than "a".
    body = (
        "The Senate cleared away a parliamentary obstacle threatening final passage of a 9.4 billion dlr money "
        "bill for the rest of fiscal 1987. The Senate voted 64 to 32 to override objections the bill's money "
        "total violated the 1987 budget, a vote that required 60 votes for approval. Final passage could come "
        "late tonight or tomorrow."
    )
    e = sign("a", body, MinhashConfig(), "BILL WITH FARM MONEY NEARS U.S. SENATE OKAY").evidence
    assert "u" not in e.title_tokens and "s" not in e.title_tokens
    v = _verdict(body, body, titles=("SENATE CLEARS WAY FOR PASSAGE OF MONEY BILL", "BILL WITH FARM MONEY NEARS U.S. SENATE OKAY"))
    assert v.duplicate and v.disagreeing == ("title:farm", "title:nears", "title:okay")


def test_hog_reports_for_two_markets_with_one_body_differ_in_their_titles_openings():
    # Reuters 13893/13977: Joliet and St Joseph hog prices, the same 14 words of body; the market is named in
    # the title only. A re-headlined re-send keeps its market at the head of the title.
    body = "Hog prices opened 1.00 dlr higher, private sources said. Top 51.50 dlrs per cwt.\n Reuter"
    v = _verdict(body, body, titles=("JOLIET HOGS UP 1.00 DLR - PRIVATE SOURCES", "ST JOSEPH HOGS OPEN UP 1.00 DLR - PRIVATE"))
    assert v.jaccard == 1.0 and not v.duplicate and v.reason == "title"
    assert {"title:joliet", "title:joseph"} <= set(v.disagreeing)
    resend = _verdict(body, body, titles=("JOLIET HOGS UP 1.00 DLR - PRIVATE SOURCES", "JOLIET HOGS OPEN 1.00 DLR HIGHER"))
    assert resend.duplicate, resend
    # Neither a desk's flag nor a possessive heading one title is another subject (Reuters 4239/4292,
    # 17958/17968).
    flagged = _verdict(body, body, titles=("CORRECTED-JOLIET HOGS UP 1.00 DLR", "RPT-JOLIET HOGS UP 1.00 DLR"))
    assert flagged.duplicate, flagged
    described = _verdict(body, body, titles=("ILLINOIS'S JOLIET HOGS UP 1.00 DLR", "USDA'S JOLIET HOGS UP 1.00 DLR"))
    assert described.duplicate, described


BANKAMERICA = (
    "BankAmerica Corp is not under pressure to act quickly on its proposed equity offering and would do well "
    "to delay it because of the stock's recent poor performance, banking analysts said.\n"
    "    BankAmerica stock fell this week, along with other banking issues, on the news that Brazil has "
    "suspended interest payments on a large portion of its foreign debt.\n"
    "    A BankAmerica spokesman said SEC approval is taking longer than expected and market conditions must "
    "now be re-evaluated.\n Reuter"
)


def test_one_story_re_slugged_under_two_headlines_is_a_duplicate_but_a_form_under_two_names_is_not():
    # Reuters 4/16: the same body word for word under a desk's two column slugs. The body names its subject
    # (it opens with BankAmerica and comes back to it), so the titles' own words are slugs, not a subject.
    titles = ("TALKING POINT/BANKAMERICA <BAC> EQUITY OFFER", "ECONOMIC SPOTLIGHT - BANKAMERICA <BAC>")
    v = _verdict(BANKAMERICA, BANKAMERICA, titles=titles)
    assert v.duplicate, v
    trimmed = BANKAMERICA.split("\n    A BankAmerica")[0] + "\n Reuter"
    assert _verdict(BANKAMERICA, trimmed, titles=titles).duplicate
    # A body that is not one copy of the other is still told apart by its headlines.
    edited = BANKAMERICA.replace("this week", "on Wednesday")
    assert _verdict(BANKAMERICA, edited, titles=titles).reason == "title"
    # Forms name no one: the dividend's company and the hog market are in the title only, even where both
    # titles share the word the body opens with ("QTLY", "HOGS"), which a form says once.
    dividend = "Qtly div 10 cts vs 10 cts prior\n    Pay April 1\n    Record March 15\n Reuter"
    companies = ("QUAKER OATS CO <OAT> QTLY DIV", "UNIBANCORP INC <UBCP> QTLY DIV")
    v = _verdict(dividend, dividend, titles=companies)
    assert v.jaccard == 1.0 and v.reason == "title", v
    hogs = "Hogs opened 1.00 dlr higher, private sources said. Top 51.50 dlrs per cwt.\n Reuter"
    markets = ("JOLIET HOGS UP 1.00 DLR - PRIVATE SOURCES", "ST JOSEPH HOGS OPEN UP 1.00 DLR")
    v = _verdict(hogs, hogs, titles=markets)
    assert v.jaccard == 1.0 and v.reason == "title", v


GRAIN = (
    "Export demand lent support as {commodity} futures on the Chicago Board of Trade closed 1/2 to 1-1/2 cents "
    "higher in quiet dealings, traders said. May stood 1-1/2 cents higher at 2.85 dlrs. "
    "Commercial buying was light ahead of the government's weekly export report due on Monday, and local "
    "traders evened up positions before the close, they said."
)


def test_market_reports_naming_another_commodity_in_lower_case_in_one_slot_are_not_duplicates():
    # The kind of Reuters' templated grain and metal reports: one wording, the commodity written in lower
    # case in the body and named in the title. Without titles nothing marks "wheat" and "corn" as names.
    wheat, corn = GRAIN.format(commodity="wheat"), GRAIN.format(commodity="corn")
    v = _verdict(wheat, corn, titles=("CBT WHEAT FUTURES CLOSE HIGHER", "CBT CORN FUTURES CLOSE HIGHER"))
    assert v.jaccard > 0.7 and not v.duplicate and v.reason == "tokens"
    assert {"subject:wheat", "subject:corn"} <= set(v.disagreeing)
    assert _verdict(wheat, corn).duplicate  # the lower-case word alone is no name
    resend = _verdict(wheat, wheat.replace("dealings", "trade"), titles=("CBT WHEAT FUTURES CLOSE HIGHER", "CBT WHEAT CLOSES HIGHER"))
    assert resend.duplicate, resend


def test_the_midday_report_and_the_close_of_one_market_are_not_duplicates():
    # Reuters 14268/14450: Minneapolis spring wheat at midday and at the close share two of three paragraphs
    # word for word; the titles name the session.
    shared = (
        "The 14 pct spring wheat cash basis was steady at 38 cents over May amid increased receipts of 186 cars. "
        "Milling durum was steady at 3.95 to 4.00 dlrs and terminal quality was unchanged at 3.55 dlrs for "
        "Minneapolis and 3.80 dlrs Duluth. Other quotes were unchanged with Duluth sunseed at 7.80 dlrs, number "
        "one and two oats at 1.55 to 1.66 dlrs, feed barley at 1.75 dlrs for Duluth and malting barley at 2.00 "
        "to 2.05 dlrs."
    )
    midday = "Spring wheat futures traded unchanged to two cents higher at midsession, traders said. " + shared
    close = "Spring wheat futures closed 1-3/4 to 3/4 cents higher in a quiet market, traders said. " + shared
    v = _verdict(midday, close, titles=("MINNEAPOLIS SPRING WHEAT MOSTLY UP AT MIDDAY", "MINNEAPOLIS SPRING WHEAT CLOSES HIGHER"))
    assert v.coverage > 0.65 and not v.duplicate and v.reason == "title"
    assert {"title:midday", "title:closes"} <= set(v.disagreeing)


def test_a_results_table_re_set_with_its_row_labels_abbreviated_is_a_copy():
    # Reuters 483/783: S-K-I Ltd's second-quarter table re-sent five hours later, the columns re-set and "Rev",
    # "Six months" written "Revs", "Six mths": every figure the same, a third of the 3-word shingles not.
    first = ("Shr 81 cts vs 57 cts\n    Net 3,660,273 vs 2,437,914\n    Rev 28.5 mln vs 23.1 mln\n    Six months\n"
             "    Shr 29 cts vs 12 cts\n    Net 1,325,755 vs 483,559\n    Rev 31.7 mln vs 26.4 mln\n Reuter\n")
    resend = ("Shr   81 cts  vs  57 cts\nNet   3,660,273  vs  2,437,914\nRevs  28.5 mln  vs  23.1 mln\nSix mths\n"
              "Shr   29 cts  vs  12 cts\nNet   1,325,755  vs  483,559\nRevs  31.7 mln  vs  26.4 mln\nReuter\n")
    title = "S-K-I LTD <SKII> 2ND QTR JAN 25 NET"
    v = _verdict(first, resend, titles=(title, title))
    assert v.duplicate and v.jaccard < 0.8 and v.disagreeing == (), v
    # The same table of another quarter is another report.
    other = first
    for figure, later in (("81", "74"), ("3,660,273", "3,291,004"), ("28.5", "26.9"), ("29", "31"), ("1,325,755", "1,402,117"), ("31.7", "33.0")):
        other = other.replace(figure, later)
    assert not _verdict(first, other, titles=(title, title)).duplicate


def test_a_table_re_issued_with_other_figures_inside_it_is_another_report():
    # Reuters 14020/14248 (CBT spreads at 1000 and 1100 hrs) and 15560/15610 (FHLBB discount-note rates changed
    # twice in a morning): the whole text, or all of it after one lead sentence, is one run of figures that
    # opens or closes the text, with no passage after it to make a slot; its rows' figures differ between
    # words both tables have. Values made up, shapes as sent.
    rows = [("May/Jul", "0.34", "0.35"), ("Jul/Aug", "0.16", "0.17"), ("Jul/Dec", "0.78", "0.77"),
            ("Aug/Sep", "0.16", "0.16"), ("May/Aug", "0.49", "0.52"), ("May/Dec", "1.09", "1.12")]

    def spreads(hour: str, changed: dict[str, str]) -> str:
        lines = [f"{name} {changed.get(name, last)} under {prior} under" for name, last, prior in rows]
        return f"{hour} hrs cdt\n\nMONTHS LAST DIFFERENCE\n\n" + "\n\n".join(lines) + "\n"

    ten = spreads("1000", {})
    eleven = spreads("1100", {"Jul/Dec": "0.81", "May/Aug": "0.51"})
    title = "CBT SOYBEAN OIL SPREADS"
    v = _verdict(ten, eleven, titles=(title, title))
    assert not v.duplicate and v.reason == "tokens" and {"78", "81", "49", "51"} <= set(v.disagreeing), v
    lead = "The Federal Home Loan Bank Board adjusted the rates on its short-term discount notes as follows:\n\n"
    table = "MATURITY NEW RATE OLD RATE MATURITY\n\n" + "\n\n".join(
        f"{lo}-{hi} days {new} pct {old} pct {olo}-{ohi} days"
        for lo, hi, new, old, olo, ohi in [(30, 174, "5.00", "5.00", 30, 87), (175, 190, "5.85", "5.82", 88, 103),
                                           (191, 270, "5.00", "5.00", 104, 179), (271, 360, "5.92", "5.85", 180, 360)]
    )
    later = table.replace("30-87", "30-174").replace("5.85 pct 5.82 pct 88-103", "5.88 pct 5.85 pct 175-190")
    title = "FHLBB CHANGES SHORT-TERM DISCOUNT NOTE RATES"
    v = _verdict(lead + table, lead + later, titles=(title, title))
    assert not v.duplicate and v.reason == "tokens" and "87" in v.disagreeing and len(v.disagreeing) >= 2, v
    # The same table with its last rows cut, or re-sent with an outlet's dateline before it, is a copy.
    assert _verdict(ten, ten.rsplit("\n\n", 2)[0] + "\n", titles=(title, title)).duplicate
    assert _verdict(ten, "CHICAGO, April 7 - " + ten, titles=(title, title)).duplicate


def test_an_earnings_table_re_sent_with_its_figures_rounded_is_a_copy_and_one_with_other_figures_is_not():
    # Reuters 20771/20838 (Trinity Industries), 10027/10040: the re-send sets "17.1 mln" as "17,121,000" and
    # "3,086,386" as "3.1 mln": the same figures to another precision. Another quarter's table is not.
    first = ("Shr six cts vs 11 cts\nNet 1,037,000 vs 1,802,000\nRevs 127.4 mln vs 118.6 mln\n"
             "Avg shrs 17.1 mln vs 16.1 mln\nSix mths\nShr 13 cts vs 24 cts\nNet 2,226,000 vs 4,029,000\n"
             "Revs 248.0 mln vs 249.2 mln\nAvg shrs 3,086,386 vs 2,465,996\n")
    resend = (first.replace("17.1 mln vs 16.1 mln", "17,121,000 vs 16,065,000")
              .replace("3,086,386 vs 2,465,996", "3.1 mln vs 2.5 mln"))
    title = "TRINITY INDUSTRIES INC <TRN> 2ND QTR NET"
    v = _verdict(first, resend, titles=(title, title))
    assert v.duplicate and v.disagreeing == (), v
    other = first.replace("1,037,000", "1,354,000").replace("127.4", "131.9").replace("2,226,000", "2,541,000")
    assert not _verdict(first, other, titles=(title, title)).duplicate


def test_an_earnings_table_re_sent_with_a_row_relabelled_and_its_note_reworded_is_a_copy():
    # Reuters 5911/6048 and 20105/20228: "12 mths" re-sent as "Year" (a label for a figure), the ownership
    # note rewritten around its figure: no slot filled anew. The same table of another company is not a copy.
    first = ("Shr 12 cts vs 10 cts\nNet 1,683,000 vs 1,407,000\nRevs 42.2 mln vs 28.8 mln\n12 mths\n"
             "Shr 83 cts vs 70 cts\nNet 11.9 mln vs 10.0 mln\nRevs 160.3 mln vs 126.5 mln\n"
             "NOTE: Company 81.4 pct owned by Primerica Corp.\n")
    resend = (first.replace("12 mths", "Year").replace(
        "NOTE: Company 81.4 pct owned by Primerica Corp.",
        "NOTE: Effective September 25, 1987, Primerica Corp owned 81.4 pct of the common shares."))
    title = "CLOTHESTIME INC <CTME> 4TH QTR NET"
    v = _verdict(first, resend, titles=(title, title))
    assert v.duplicate, v
    other = first.replace("12 cts vs 10", "14 cts vs 9").replace("1,683,000", "1,902,000")
    assert not _verdict(first, other, titles=(title, title)).duplicate


def test_a_month_abbreviated_in_one_copy_and_a_rate_with_a_fraction_for_one_written_out():
    # Reuters 13211/13212: the re-send a minute later writes "January 20" for "Jan 20". Reuters 7207/7769:
    # Fed funds "at six pct" one day, "at 6-1/16 pct" the next - not "six" written in digits.
    filing = (
        "Poul Erik Moller, a Santa Monica, Calif., investor said he raised his stake in First Western Financial "
        "Corp to 412,000 shares, or 6.5 pct of the total outstanding common stock, from 347,000 shares, or 5.5 "
        "pct. In a filing with the Securities and Exchange Commission Moller said he bought 65,000 First Western "
        "common shares between {month} 20 and March 26 at prices ranging from 10.000 to 10.625 dlrs a share."
    )
    v = _verdict(filing.format(month="Jan"), filing.format(month="January"))
    assert v.duplicate and v.disagreeing == (), v
    report = FED.replace("{amount}", "1.5")
    other_day = _verdict(report.format(rate="six"), report.format(rate="6-1/16"))
    assert not other_day.duplicate and other_day.reason == "tokens" and {"6", "16", "six"} <= set(other_day.disagreeing)


def test_a_clock_time_written_with_and_without_its_colon_is_one_time():
    # Reuters 13541/13622: the quake "struck at 9:40 A.M. (0040 GMT)" in one copy, "at 0940 hrs" in the re-send.
    quake = (
        "A strong earthquake jolted central and northern Japan, the Meteorological Agency said, but there were no "
        "immediate reports of injuries or damage. An agency statement estimated the epicentre of the quake, which "
        "struck at {time} (0040 GMT), as being under the sea off Fukushima prefecture, some 240 km north of Tokyo."
    )
    v = _verdict(quake.format(time="9:40 A.M."), quake.format(time="0940 hrs"))
    assert v.duplicate and v.disagreeing == (), v
    later = _verdict(quake.format(time="9:40 A.M."), quake.format(time="1140 hrs"))
    assert not later.duplicate and later.reason == "tokens"


def _dated(doc_id: str, text: str, day: datetime.date, title: str | None = None):
    return sign(doc_id, text, MinhashConfig(), title, day).evidence


UPDATE_PARAGRAPHS = [
    "Later on Tuesday the company said the recall would also cover 40,000 station wagons assembled in St. Louis "
    "with the same latch, and that it had set aside about 15 mln dlrs for the repairs.",
    "Transport Canada said it would ask Chrysler Canada Ltd to notify owners in Quebec and Ontario by mail before "
    "the end of the month, a spokesman in Ottawa said.",
]


def test_a_later_version_with_paragraphs_added_is_an_update_and_a_trimmed_resend_a_copy():
    # Reuters 5143/5268: the Ecuador debt story of Saturday came out again on Monday with new closing
    # paragraphs (the austerity programme): the earlier story with news added, not a copy of it. A trimmed
    # copy comes out after the text it was trimmed from, so the same two texts the other way round are a copy.
    story, updated = " ".join(STORY), " ".join(STORY + UPDATE_PARAGRAPHS)
    day, next_day = datetime.date(1987, 3, 13), datetime.date(1987, 3, 16)
    v = verify(_dated("a", story, day), _dated("b", updated, next_day), CFG)
    assert v.coverage > 0.95 and not v.duplicate and v.reason == "update"
    assert verify(_dated("b", updated, next_day), _dated("a", story, day), CFG).reason == "update"
    assert verify(_dated("a", updated, day), _dated("b", story, next_day), CFG).duplicate
    # A re-edit sent the next day, longer by a few words spread through it, adds no paragraph (Reuters
    # 19031/19124: "mainly by" for "largely through", "Okla." for "Oklahoma").
    reedited = story.replace("said on Tuesday", "said late on Tuesday that").replace("free of charge", "at no cost to owners")
    reedited = reedited.replace("twice the usual", "about twice the usual").replace("are still growing", "were still growing fast")
    reedited = reedited.replace("had been reported", "were reported").replace("would be small", "would stay small")
    reedited = reedited.replace("changed hands", "were traded")
    assert verify(_dated("a", story, day), _dated("b", reedited, next_day), CFG).duplicate
    # A copy that cut a paragraph from the middle, dated a day before its original (a page's date in another
    # time zone): the original has a passage of its own inside it, not paragraphs added at its end.
    cut = " ".join([*STORY[:2], *STORY[3:]])
    assert verify(_dated("a", cut, day), _dated("b", story, next_day), CFG).duplicate
    # The same day, which came first is not known: a trimmed copy is the likelier reading.
    assert verify(_dated("a", story, day), _dated("b", updated, day), CFG).duplicate
    # A corrected re-send may come out the next morning with a correction note added.
    note = "Chrysler corrects the number of minivans in the item of March 13, which gave the wrong figure."
    corrected = _dated("b", " ".join([*STORY, note, *UPDATE_PARAGRAPHS[:1]]), next_day, "CORRECTED - CHRYSLER RECALLS MINIVANS")
    assert verify(_dated("a", story, day, "CHRYSLER RECALLS MINIVANS"), corrected, CFG).duplicate


def _at(doc_id: str, text: str, hhmm: str, publisher: str | None = "Reuters", url: str | None = None, title=None):
    moment = datetime.datetime.fromisoformat(f"1987-03-30T{hhmm}:00+00:00")
    return sign(doc_id, text, MinhashConfig(), title, moment.date(), published_at=moment, publisher=publisher,
                url=url).evidence


def test_a_later_version_by_the_same_outlet_that_gains_paragraphs_is_an_update():
    # Reuters 11120/11135 (dev): the Brazil story at 17:44 and again at 18:16 with a closing passage of new
    # paragraphs. One day, so only the time of day says which came first; one publisher, so the later text
    # is not a copy made from the earlier (a copy may lose passages, never gain them).
    story, updated = " ".join(STORY), " ".join(STORY + UPDATE_PARAGRAPHS)
    v = verify(_at("a", story, "17:44"), _at("b", updated, "18:16"), CFG)
    assert v.coverage > 0.95 and not v.duplicate and v.reason == "gained" and v.gained > CFG.max_gained_share
    assert verify(_at("b", updated, "18:16"), _at("a", story, "17:44"), CFG) == v  # symmetric
    # The desk's gain in the middle of the story counts as well as at its end.
    middle = " ".join([*STORY[:2], *UPDATE_PARAGRAPHS, *STORY[2:]])
    assert verify(_at("a", story, "17:44"), _at("b", middle, "18:16"), CFG).reason == "gained"
    # The other way round it is a trimmed re-send: the later text lost paragraphs and gained none.
    trimmed = verify(_at("a", updated, "17:44"), _at("b", story, "18:16"), CFG)
    assert trimmed.duplicate and trimmed.gained == 0.0
    # A re-edit gains no passage: edits spread through the text are each shorter than max_own_passage.
    reedited = story.replace("said on Tuesday", "said late on Tuesday that").replace("free of charge", "at no cost")
    assert verify(_at("a", story, "17:44"), _at("b", reedited, "18:16"), CFG).duplicate
    # A desk's correction may add its note and a passage: flagged CORRECTED, it is still a copy.
    note = "Chrysler corrects the number of minivans in the item of March 30, which gave the wrong figure."
    corrected = _at("b", " ".join([*STORY, note, *UPDATE_PARAGRAPHS[:1]]), "18:16", title="CORRECTED - CHRYSLER RECALLS")
    assert verify(_at("a", story, "17:44", title="CHRYSLER RECALLS"), corrected, CFG).duplicate
    # The threshold is a share of the later text: with room for the gain, the same pair is a copy.
    assert verify(_at("a", story, "17:44"), _at("b", updated, "18:16"), VerifyConfig(max_gained_share=0.6)).duplicate
    # Reuters 9566/9611: an earnings table re-sent with a note added is a large share of a short text, but a
    # note, not a paragraph: a new version gains more than min_gained shingles.
    table = "Shr profit one ct vs loss two cts Net profit 22,723 vs loss 75,589 Revs 2,252,246 vs 755,605"
    noted = table + " NOTE: Company's full name is Chemfix Technologies Inc of Metairie, and its year ends August 31."
    v = verify(_at("a", table, "15:53"), _at("b", noted, "17:05"), CFG)
    assert v.duplicate and v.gained > CFG.max_gained_share
    assert verify(_at("a", table, "15:53"), _at("b", noted, "17:05"), VerifyConfig(min_gained=5)).reason == "gained"


def test_time_gives_no_direction_across_outlets_or_without_a_time():
    # Outlet A runs the wire story trimmed at 10:00, outlet B in full at 10:30: both are copies, whatever the
    # order. Each page credits Reuters (the publisher read off the text); their hosts tell them apart.
    story, full = " ".join(STORY), " ".join(STORY + UPDATE_PARAGRAPHS)
    a = _at("a", story, "10:00", url="https://www.courier.example/business/1")
    b = _at("b", full, "10:30", url="https://gazette.example/a/2")
    v = verify(a, b, CFG)
    assert v.duplicate and v.gained is None
    # Unknown publishers may be two outlets; one publisher without times, or at one moment, has no order.
    assert verify(_at("a", story, "10:00", None), _at("b", full, "10:30", None), CFG).duplicate
    same_moment = verify(_at("a", story, "10:00"), _at("b", full, "10:00"), CFG)
    assert same_moment.duplicate and same_moment.gained is None
    day = datetime.date(1987, 3, 30)
    undated = sign("b", full, MinhashConfig(), None, day, publisher="Reuters").evidence
    assert verify(_at("a", story, "10:00"), undated, CFG).duplicate
    # One outlet is one publisher on one host: the same site's two versions are ordered.
    site = "https://www.reuters.example/x"
    assert verify(_at("a", story, "10:00", url=site), _at("b", full, "10:30", url=site + "?v=2"), CFG).reason == "gained"


@pytest.mark.parametrize(
    "publisher, url, expected",
    [
        ("Reuters", None, "reuters"),
        ("  The  Guardian ", "https://www.theguardian.com/world/1", "the guardian @theguardian.com"),
        ("AFP", "http://[broken", "afp"),
        (None, "https://example.com/", None),
        ("   ", None, None),
    ],
)
def test_outlet_names_the_publisher_and_its_host(publisher, url, expected):
    assert outlet(publisher, url) == expected


def test_packed_evidence_keeps_the_moment_and_the_outlet():
    moment = datetime.datetime(1987, 3, 30, 17, 44, 5, tzinfo=datetime.timezone.utc)
    e = sign("a", " ".join(STORY), MinhashConfig(), "CHRYSLER RECALLS", moment.date(), published_at=moment,
             publisher="Reuters", url="https://www.reuters.example/a").evidence
    assert (e.published_at, e.outlet) == (int(moment.timestamp()), "reuters @reuters.example")
    back = unpacked(packed(e))
    assert (back.published_at, back.outlet, back.published) == (e.published_at, e.outlet, e.published)
    assert verify(back, e, CFG) == verify(e, e, CFG)
    bare = unpacked(packed(sign("b", " ".join(STORY), MinhashConfig()).evidence))
    assert (bare.published_at, bare.outlet) == (None, None)


def test_new_paragraphs_above_an_old_story_are_a_new_lead_and_a_reworded_lead_is_a_copy():
    # BBC business/260 and 354: the second story puts three new sentences (Thailand cuts its forecast) above
    # the first one's text. A copy keeps its lead: trims cut the end, and a dateline or credit is a few words.
    story = " ".join(STORY)
    v = _verdict(story, " ".join(UPDATE_PARAGRAPHS + STORY))
    assert v.coverage > 0.95 and not v.duplicate and v.reason == "lead"
    assert _verdict(story, "DETROIT (Wire) - " + story).duplicate
    # A lead reworded by the re-sending desk leaves both texts an opening of their own: no new lead above.
    reworded = ("About 250,000 minivans made in Windsor, Ontario, are being recalled by Chrysler Corp to replace a "
                "rear latch that may open in a crash, it said on Tuesday. ") + " ".join(STORY[1:])
    assert _verdict(story, reworded).duplicate


def test_a_corrected_resend_with_one_figure_changed_is_a_copy_and_without_the_flag_another_report():
    # Reuters 7505/7634 and the holdout's corrections: the desk re-sends the story flagged CORRECTED with one
    # figure put right, the old and the new value in one slot. Unflagged, that figure is another report's.
    story = " ".join(STORY)
    fixed = story.replace("37 complaints", "73 complaints")
    titles = ("CHRYSLER RECALLS MINIVANS", "CORRECTED - CHRYSLER RECALLS MINIVANS")
    v = _verdict(story, fixed, titles=titles)
    assert v.duplicate and {"37", "73"} <= set(v.disagreeing)
    assert _verdict(story, fixed, titles=(titles[0], titles[0])).reason == "tokens"
    # Reuters 7167/7634: no flag in the title, a correction note in the text ("Company corrects period in
    # March 19 item") says the same.
    noted = fixed + " Chrysler corrects the number of complaints in the March 13 item."
    assert _verdict(story, noted, titles=(titles[0], titles[0])).duplicate
    # The corrected figure may head the title too: then it is each title's figure in one slot.
    recall = story.replace("250,000", "205,000")
    titled = ("CHRYSLER TO RECALL 250,000 MINIVANS", "CORRECTED - CHRYSLER TO RECALL 205,000 MINIVANS")
    assert _verdict(story, recall, titles=titled).duplicate
    assert not _verdict(story, recall, titles=(titled[0], titled[1].removeprefix("CORRECTED - "))).duplicate
    # The flag excuses a corrected figure, not another company's name or a table of other figures.
    other = fixed.replace("Chrysler", "Ford").replace("Salomon Brothers", "Merrill Lynch")
    assert not _verdict(story, other, titles=titles).duplicate
    figures = fixed.replace("250,000", "205,000").replace("400,000", "450,000").replace("1.2 mln", "2.4 mln")
    assert _verdict(story, figures, titles=titles).reason == "tokens"


def test_a_resend_that_writes_out_an_abbreviated_company_word_names_the_same_company():
    # Reuters 17754/17756: "Federal Deposit Insurance Corp Chairman" in the story, "Corporation" in its
    # trimmed re-send. Another company's name in that slot is still another report.
    story = ("Federal Deposit Insurance Corp Chairman L. William Seidman told bankers on Monday that most large "
             "banks will follow Citicorp and Chase Manhattan in building up their reserves against loans to "
             "developing countries, and that the agency would not stand in their way. ") + " ".join(STORY[1:])
    v = _verdict(story, story.replace("Insurance Corp", "Insurance Corporation"))
    assert v.duplicate and v.disagreeing == ()
    assert not _verdict(story, story.replace("Federal Deposit Insurance Corp", "Resolution Trust Corporation")).duplicate


def test_a_figure_put_for_another_in_one_slot_counts_even_if_the_other_text_has_it_elsewhere():
    # Reuters 7769/8344: the Fed's customer repurchases of Friday and of Monday (one working day apart), word
    # for word the same but the funds rate, "6-1/16" and "6-3/16": the "1" of the first is in the second's
    # "1.5 billion", so only a slot-by-slot reading sees two figures changed. A time written "0940" in one
    # copy and "9:40" in the other (Reuters 13541/13622) is one figure.
    fed = ("The Federal Reserve entered the U.S. Government securities market to arrange 1.5 billion dlrs of "
           "customer repurchase agreements, a Fed spokesman said. Dealers said Federal funds were trading at "
           "{rate} pct when the Fed began its temporary and indirect supply of reserves to the banking system.")
    v = _verdict(fed.format(rate="6-1/16"), fed.format(rate="6-3/16"))
    assert not v.duplicate and v.reason == "tokens" and {"1", "3"} <= set(v.disagreeing)
    quake = ("A strong earthquake jolted central Japan at {time} local time today, the Meteorological Agency said, "
             "but there were no immediate reports of damage or injuries in Tokyo or the surrounding prefectures.")
    assert _verdict(quake.format(time="0940"), quake.format(time="9:40")).duplicate


def test_a_templated_report_that_differs_only_in_lower_case_words_is_another_report():
    # The hog and grain reports the lead found merged on the test split: one template a day or a market, the
    # body the same but for "steady" / "higher" or a month in lower case. A copy's edits never turn a market
    # around; a story's "rose" and "fell" against its copy's "declined" read the same market.
    report = ("Hog prices at the Joliet terminal were {reading} on a light run of 3,500 head, with top butcher "
              "hogs at 51.00 dlrs per cwt for {month} delivery, the Agriculture Department said.")
    steady = report.format(reading="steady", month="april")
    assert not _verdict(steady, report.format(reading="higher", month="april")).duplicate
    other_month = _verdict(steady, report.format(reading="steady", month="may"))
    assert not other_month.duplicate and other_month.reason == "tokens" and "reading:may" in other_month.disagreeing
    assert _verdict(steady, steady.replace("light run", "small run")).duplicate
    # The same template priced in another unit is another market's report; tons for tonnes is one unit.
    assert not _verdict(steady.replace("cwt", "bushel"), steady.replace("cwt", "tonne")).duplicate
    assert _verdict(steady.replace("cwt", "tons"), steady.replace("cwt", "tonne")).duplicate
    story = " ".join([*STORY, "Other carmakers' shares rose on the news while Chrysler's fell."])
    copy = " ".join(STORY).replace("closed down 3/8", "declined 3/8 to close")
    assert _verdict(story, copy).duplicate
    # A flagged correction may turn a reading around: that is what it corrects.
    corrected = _verdict(steady, report.format(reading="higher", month="april"),
                         titles=("JOLIET HOG PRICES", "CORRECTED - JOLIET HOG PRICES"))
    assert corrected.duplicate


def test_a_next_day_version_with_a_sentence_of_its_own_is_the_next_days_story():
    # Reuters 3573/4167: Qintex extends its offer again; the next day's story puts "As reported yesterday,
    # about seven mln shares had been tendered" for the first's count at midnight. The same day, a desk may
    # re-send a story with a note corrected; an overnight re-send repeats the story or trims it.
    # Each text's sentence of its own is 10 shingles: within max_own_passage (11), over max_own_passage_apart.
    first = " ".join([*STORY[:2], "By midnight 7,242,117 owners were waiting.", *STORY[2:]])
    second = " ".join([*STORY[:2], "As reported yesterday, about seven mln drivers waited.", *STORY[2:]])
    day, next_day = datetime.date(1987, 3, 11), datetime.date(1987, 3, 12)
    v = verify(_dated("a", first, day), _dated("b", second, next_day), CFG)
    assert not v.duplicate and v.reason == "passages"
    assert verify(_dated("a", first, day), _dated("b", second, day), CFG).duplicate
    # An overnight re-send a desk re-edited (Reuters 11161/11253: "questioned" for "asked", "April six" for
    # "April 6", a clause reworded) keeps its own phrases short.
    edited = first.replace("would recall about", "will recall some").replace("free of charge", "at no cost")
    assert verify(_dated("a", first, day), _dated("b", edited, next_day), CFG).duplicate
    # A correction sent the next morning puts a sentence right: flagged, it is the story re-sent.
    assert verify(_dated("a", first, day, "CHRYSLER RECALLS MINIVANS"),
                  _dated("b", second, next_day, "CORRECTED - CHRYSLER RECALLS MINIVANS"), CFG).duplicate


def test_a_version_flagged_update_with_paragraphs_of_its_own_is_an_update_not_its_reprint():
    # A desk's "UPDATE 1-" heads a new version of a story, news added anywhere in it, sent the same day; an
    # outlet that reprints it drops the flag but not the news, and a trimmed reprint keeps the flag.
    story = " ".join(STORY)
    updated = " ".join([*STORY[:2], UPDATE_PARAGRAPHS[0], STORY[2], UPDATE_PARAGRAPHS[1], *STORY[3:]])
    titles = ("CHRYSLER RECALLS MINIVANS", "UPDATE 1-CHRYSLER RECALLS MINIVANS, STATION WAGONS")
    v = _verdict(story, updated, titles=titles)
    assert v.coverage > 0.95 and not v.duplicate and v.reason == "update"
    # A reprint of the update that dropped the flag and trimmed the end is a copy of it.
    reprint = " ".join([*STORY[:2], UPDATE_PARAGRAPHS[0], STORY[2], UPDATE_PARAGRAPHS[1], STORY[3]])
    assert _verdict(reprint, updated, titles=(None, titles[1])).duplicate
    assert _verdict(updated, updated, titles=(titles[1], "CHRYSLER RECALLS MINIVANS, STATION WAGONS")).duplicate
    assert _verdict(reprint, updated, titles=(titles[1], "CHRYSLER RECALLS MINIVANS, STATION WAGONS")).duplicate


def test_a_record_verified_against_several_others_gives_each_the_verdict_a_fresh_record_gets():
    # Evidence keeps what verify derives from it (slot keys, fills, window order, listed words) for the next
    # pair: dedup verifies a copy against up to four better documents and reuses an original's unpacked record.
    story = " ".join(STORY)
    others = [
        story.replace("250,000", "260,000"),  # a figure put for another: tokens
        story.replace("Windsor", "Belvidere").replace("Salomon", "Lehman"),  # names put for others
        " ".join(STORY[:4]),  # a trimmed copy
        story + " Chrysler said the latch costs 4 dlrs and dealers in Mexico would fit it too.",
    ]
    cfg = MinhashConfig()

    def fresh(doc_id, text):
        return unpacked(packed(sign(doc_id, text, cfg, "CHRYSLER RECALLS MINIVANS").evidence))

    kept = fresh("a", story)
    verdicts = [verify(kept, fresh(f"b{i}", text), CFG) for i, text in enumerate(others)]
    assert {"slot_keys", "fills", "sorted_fills", "listed"} <= vars(kept).keys()  # derived, kept for the next pair
    assert verdicts == [verify(fresh("a", story), fresh(f"b{i}", text), CFG) for i, text in enumerate(others)]
    assert {v.reason for v in verdicts} >= {"tokens", "duplicate"}


def test_a_texts_windows_found_in_another_are_read_off_its_shingles():
    import dataclasses

    import numpy as np

    from wirewash.transforms.core.verify.sets import member
    from wirewash.transforms.core.verify.verdict import _in_order

    text = " ".join(STORY)
    ea = sign("a", text, MinhashConfig()).evidence
    eb = sign("b", " ".join(STORY[1:] + STORY[:1]).replace("Chrysler", "Ford"), MinhashConfig()).evidence
    expected = np.isin(ea.windows, eb.shingles)
    assert 0 < expected.sum() < expected.size
    assert (ea.shingles.take(ea.window_slots) == ea.windows).all()
    assert _in_order(ea, member(ea.shingles, eb.shingles), eb).tolist() == expected.tolist()
    # A record whose shingles are not its windows' set (not built from them): each window searched for.
    partial = dataclasses.replace(ea, shingles=ea.shingles[1:])
    assert partial.window_slots is None
    assert _in_order(partial, member(partial.shingles, eb.shingles), eb).tolist() == expected.tolist()
    assert dataclasses.replace(ea, windows=ea.windows[:0]).window_slots.size == 0


@settings(max_examples=500, deadline=None)
@given(
    a=st.lists(st.integers(0, 5), max_size=14) | st.lists(st.integers(0, 60), max_size=60),
    b=st.lists(st.integers(0, 5), max_size=14) | st.lists(st.integers(0, 60), max_size=60),
)
def test_replacements_are_difflibs(a, b):
    # Two runs of a slot are aligned as difflib aligns them (few distinct words: many ties and repeats).
    import difflib

    from wirewash.transforms.core.verify.tokens import replacements

    opcodes = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    assert replacements(a, b) == [(i1, i2, j1, j2) for op, i1, i2, j1, j2 in opcodes if op == "replace"]


@settings(max_examples=300, deadline=None)
@given(found=st.lists(st.booleans(), max_size=40))
def test_own_passage_and_lead_read_off_runs_as_their_definitions_say(found):
    # The longest run a text has of its own inside it (neither opening nor closing it), and the shingles
    # before its first passage of three the other text has: as the definitions read, run by run.
    import numpy as np

    from wirewash.transforms.core.verify import passages

    flags = np.array(found, dtype=bool)
    starts, ends = passages.own_runs(flags)
    inside = [e - s for s, e in zip(starts.tolist(), ends.tolist()) if s > 0 and e < len(found)]
    assert passages.own_passage((starts, ends), len(found)) == max(inside, default=0)
    shared = [i for i in range(len(found) - 2) if all(found[i : i + 3])]
    if len(found) < 3:
        expected = 0 if all(found) else len(found)
    else:
        expected = shared[0] if shared else len(found)
    assert passages.own_lead(flags) == expected


@settings(max_examples=200, deadline=None)
@given(keys=st.lists(st.integers(0, 6), min_size=1, max_size=30), wanted=st.lists(st.integers(0, 8), max_size=6))
def test_a_slots_words_are_found_in_text_order(keys, wanted):
    # Each wanted slot's words, looked up in the slots sorted once per record: the positions a scan finds.
    import numpy as np

    from wirewash.transforms.core.verify import Evidence
    from wirewash.transforms.core.verify.tokens import _positions

    contexts = np.array([[0, k] for k in keys], dtype=np.uint32)
    e = Evidence(np.empty(0, np.uint32), tokens=tuple("w" for _ in keys),
                 token_hashes=np.zeros(len(keys), np.uint32), contexts=contexts)
    found = _positions(e, [int(k) for k in sorted(set(wanted))])
    assert {k: v.tolist() for k, v in found.items()} == {
        k: (e.slot_keys == k).nonzero()[0].tolist() for k in sorted(set(wanted))
    }
