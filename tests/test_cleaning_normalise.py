"""wirewash.transforms.core.cleaning.normalise: format characters, NFC, and unwrapping hard-wrapped lines."""
from __future__ import annotations

from wirewash.transforms.core.cleaning import CleanConfig, clean
from wirewash.transforms.core.cleaning.normalise import (
    ascii_folded, normalise, paragraphs, single_spaced, wrap_width,
)
from wirewash.transforms.core.counters import noop
from cleaned import GOODYEAR, OKUMA

# A Reuters-21578 body as distributed: wrapped near 70 columns, each paragraph's first line indented.
REUTERS = """Showers continued throughout the week in
the Bahia cocoa zone, alleviating the drought since early
January and improving prospects for the coming temporao,
although normal humidity levels have not been restored,
Comissaria Smith said in its weekly review.
    The dry period means the temporao will be late this year.
    Arrivals for the week ended February 22 were 155,221 bags
of 60 kilos making a cumulative total for the season of 5.93
mln against 5.81 at the same stage last year. Again it seems
that cocoa delivered earlier on consignment was included in the
arrivals figures.
    Shr 1.59 dlrs vs 54 cts
    Net 43.3 mln vs 13.9 mln
    Comissaria Smith said there is still some doubt as to how
much old crop cocoa is still available as harvesting has
practically come to an end.
 Reuter
"""


def test_format_characters_go_and_text_is_nfc() -> None:
    assert normalise("\ufeff\ufeffHead\u200bline\u200e \u202bx\u202c soft\u00adhyphen e\u0301") == (
        "Headline x softhyphen é"
    )
    assert normalise("می\u200cخواهم") == "می\u200cخواهم"  # ZWNJ spells Persian words
    assert normalise("plain ascii") == "plain ascii"


def test_a_bom_before_a_wire_credit_does_not_hide_it() -> None:
    out = clean("\ufeffWASHINGTON (AP) \u2014 The Senate approved a stopgap bill late Friday, averting a "
                "shutdown.\n\nMore text follows here with enough words in it.", CleanConfig(), noop)
    assert out.publisher == "AP" and out.text.startswith("The Senate approved")


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in text)


FULLWIDTH_STORY = (
    "LONDON (Reuters) - Britain's economy grew by 0.3 percent in the third quarter of 2025, official figures "
    "showed on Friday.\n\nThe Office for National Statistics said services output rose strongly while "
    "manufacturing stalled again in September.\n\n(Reporting by Jane Doe; Editing by John Smith)"
)


def test_credits_in_fullwidth_forms_are_still_credits_and_the_text_stays_as_written() -> None:
    """A CJK site's copy of a wire story in fullwidth forms kept "ＬＯＮＤＯＮ （Ｒｅｕｔｅｒｓ） －" and its
    "(Reporting by ...)" line: the rules are written in ASCII. They now read the paragraph folded to ASCII;
    what is kept is cut from the paragraph as written."""
    # Paragraphs are single-spaced: the ideographic space becomes a space, as it did before.
    for story, kept in [
        (_fullwidth(FULLWIDTH_STORY), _fullwidth("Britain's economy grew by 0.3 percent").replace("\u3000", " ")),
        (FULLWIDTH_STORY.replace("(Reuters) -", _fullwidth("(Reuters) -")), "Britain's economy grew by 0.3 percent"),
    ]:
        out = clean(story, CleanConfig(), noop)
        assert out.publisher == "Reuters" and [r.rule for r in out.removed] == ["reuters_credit", "reporting_credit"]
        assert out.text.startswith(kept) and out.text.endswith(("September.", _fullwidth("September.")))


def test_only_latin_in_fullwidth_forms_is_folded() -> None:
    assert ascii_folded("（Ｒｅｕｔｅｒｓ）\u3000－ Ｉｎｆｌａｔｉｏｎ ２.５％") == "(Reuters) - Inflation 2.5%"
    # Chinese and Japanese keep their fullwidth punctuation, which their own rules are written with.
    assert ascii_folded("政府は４日、ＪＲ東日本の運賃改定を認可した。（共同）") is None
    assert ascii_folded("（来源：中新社）") is None  # no fullwidth letter or digit: nothing to fold
    assert ascii_folded("plain ascii") is None


def test_reuters_body_is_unwrapped_into_its_paragraphs() -> None:
    paras = [p.text for p in paragraphs(REUTERS)]
    assert paras == [
        ("Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early "
        "January and improving prospects for the coming temporao, although normal humidity levels have not "
        "been restored, Comissaria Smith said in its weekly review."),
        "The dry period means the temporao will be late this year.",
        ("Arrivals for the week ended February 22 were 155,221 bags of 60 kilos making a cumulative total for "
        "the season of 5.93 mln against 5.81 at the same stage last year. Again it seems that cocoa delivered "
        "earlier on consignment was included in the arrivals figures."),
        "Shr 1.59 dlrs vs 54 cts",
        "Net 43.3 mln vs 13.9 mln",
        ("Comissaria Smith said there is still some doubt as to how much old crop cocoa is still available as "
        "harvesting has practically come to an end."),
        "Reuter",
    ]


def test_wrapped_email_keeps_its_short_lines() -> None:
    text = (
        "LONDON, March 3\n\n"
        "Key points\n"
        "- Rates held at 5.25 per cent for a third meeting in a row\n"
        "- Two members voted for a cut\n\n"
        "The Bank of England left interest rates unchanged on Thursday, saying\n"
        "inflation was still too high to begin easing policy, although two members\n"
        "of the committee voted for a quarter-point cut in borrowing costs.\n"
    )
    assert [p.text for p in paragraphs(text)] == [
        "LONDON, March 3",
        "Key points",
        "- Rates held at 5.25 per cent for a third meeting in a row",
        "- Two members voted for a cut",
        ("The Bank of England left interest rates unchanged on Thursday, saying inflation was still too high to "
        "begin easing policy, although two members of the committee voted for a quarter-point cut in "
        "borrowing costs."),
    ]


def test_a_paragraph_per_line_is_not_unwrapped() -> None:
    lines = [
        "Kazakhstan’s ruling party won a commanding majority in early parliamentary elections on Sunday.",
        "Turnout was estimated at around 54%, far below the 63% participation in previous elections.",
        "Economic challenges, including high inflation, are also top of mind for Tokayev, analysts said.",
        "Ruling party sweeps parliamentary election as observers criticise the vote",
        "The ruling Amanat party received 53.9% of the ballots, according to a preliminary tally.",
    ]
    assert wrap_width(lines) is None
    assert [p.text for p in paragraphs("\n".join(lines))] == lines
    headlines = ["Thai official says tourism revenue will beat pre-pandemic record this year",
                 "Ferry operator suspends crossings as storm batters northern coast",
                 "Regional airline orders twelve new turboprops in fleet renewal",
                 "Chipmaker shares slide after weaker guidance for first quarter",
                 "Museum returns looted bronze statues to West African kingdom"]
    assert [p.text for p in paragraphs("\n".join(headlines))] == headlines


def test_a_line_set_at_the_margin_after_an_indented_paragraph_is_its_own_paragraph() -> None:
    # Paragraphs marked by an indented first line; a teaser and a caption set at the margin between two of
    # them. A line that stops well short of the margin although the next word would have fitted ends its
    # paragraph; the caption's own wrapped lines still run on.
    text = (
        "    The study, commissioned by Pact and the UK Film Council, included\n"
        "interviews with industry experts and individuals. They said about 10%\n"
        "of independent production companies in the UK are minority\n"
        "ethnic led.\n"
        "See also:\n"
        "City council approves new cycle lanes\n"
        "Traders work on the floor of the stock exchange in Ankara on\n"
        "Saturday. Photo: Priya Nandakumar/Yonhap\n"
        "    A minority ethnic led company is defined as one in which the\n"
        "majority of decision-making power rests with one individual.\n"
    )
    assert [p.text for p in paragraphs(text)] == [
        ("The study, commissioned by Pact and the UK Film Council, included interviews with industry experts "
         "and individuals. They said about 10% of independent production companies in the UK are minority "
         "ethnic led."),
        "See also:",
        "City council approves new cycle lanes",
        "Traders work on the floor of the stock exchange in Ankara on Saturday. Photo: Priya Nandakumar/Yonhap",
        ("A minority ethnic led company is defined as one in which the majority of decision-making power rests "
         "with one individual."),
    ]


def test_a_wire_line_broken_a_few_columns_early_still_runs_on() -> None:
    # Reuters-21578 wraps ragged: a line inside a paragraph stops up to about five columns short of the margin.
    text = (
        "    Arrivals for the week ended February 22 were 155,221 bags\n"
        "of 60 kilos making a cumulative total for the season of 5.93\n"
        "mln against 5.81 at the same stage last year. Again it\n"
        "seems that cocoa delivered earlier on consignment was included.\n"
        "    The dry period means the temporao will be late this year.\n"
    )
    assert [p.text for p in paragraphs(text)] == [
        ("Arrivals for the week ended February 22 were 155,221 bags of 60 kilos making a cumulative total for "
         "the season of 5.93 mln against 5.81 at the same stage last year. Again it seems that cocoa delivered "
         "earlier on consignment was included."),
        "The dry period means the temporao will be late this year.",
    ]


def test_single_spaced_is_split_and_join_on_every_kind_of_whitespace() -> None:
    # Its shortcut for printable text must agree with str.split on every character split takes for a space.
    texts = ["a b", " a  b ", "a\tb", "a\xa0b", "a\u3000b", "a\u2028b", "a\x1fb", "  ", "", "中 文\x85x"]
    for text in texts + ["a\u200bb"]:
        assert single_spaced(text) == " ".join(text.split())


def test_marked_paragraphs_still_break_after_a_sentence_or_credit_ending_short_of_the_width() -> None:
    # Blank lines mark the paragraphs, yet a note set under the story's last line stands on its own lines: the
    # line before it closes a sentence (or a credit in brackets) well short of the width.
    text = (
        "The state's largest utility began a new round of power shutoffs on\n"
        "Wednesday, cutting electricity to about 180,000 customers.\n\n"
        "Businesses and residents also have complained of poor communications\n"
        "and say that the outages in the northern counties were overly broad and\n"
        "carried out thoughtlessly.\n"
        "(Tradotto da Luca Ferrari, editing Marco Rossi)\n"
        "Rettifica: in una precedente versione dell'articolo la data\n"
        "del voto era errata.\n\n"
        "The utilities commission is frustrated with both communications\n"
        "and utilities companies, saying they failed to share details.\n"
    )
    assert [p.text for p in paragraphs(text)] == [
        "The state's largest utility began a new round of power shutoffs on Wednesday, cutting electricity to "
        "about 180,000 customers.",
        "Businesses and residents also have complained of poor communications and say that the outages in the "
        "northern counties were overly broad and carried out thoughtlessly.",
        "(Tradotto da Luca Ferrari, editing Marco Rossi)",
        "Rettifica: in una precedente versione dell'articolo la data del voto era errata.",
        "The utilities commission is frustrated with both communications and utilities companies, saying they "
        "failed to share details.",
    ]
    # A line that stops on an abbreviation or a name's gloss runs on: "the U.S.", "Corporation (CCC)".
    text = (
        "Sugar imports subject to the U.S.\n"
        "sugar import quota during the 1987 quota year totalled 38,000 short\n"
        "tons, the Agriculture Department said on Monday in its weekly report.\n\n"
        "The Commodity Credit Corporation (CCC)\n"
        "has accepted bids for export bonuses to cover sales of 15,000 tonnes\n"
        "of semolina to Egypt, the department said on Monday in a statement.\n\n"
        "Union Bank of Switzerland (Securities)\n"
        "Ltd said it is lead manager of a 100 mln dlr bond for the company.\n"
    )
    assert len(paragraphs(text)) == 3


def test_a_short_story_whose_wrapped_lines_break_before_names_is_unwrapped() -> None:
    # Too short to show its width: every break falls before a capitalised word, but each line is full, so the
    # first paragraph is one sentence, not a headline over a two-word paragraph.
    text = ("Jefferies Group Inc said it is making a market in the stock of\nSupermarkets General Corp.\n\n"
            "It said the current bid is 45 dlrs bid, 46 dlrs offered.\n")
    assert [p.text for p in paragraphs(text)] == [
        "Jefferies Group Inc said it is making a market in the stock of Supermarkets General Corp.",
        "It said the current bid is 45 dlrs bid, 46 dlrs offered.",
    ]
    out = clean(text, CleanConfig(min_words=0), noop)
    assert out.title is None and out.removed == ()


def test_a_head_stacked_a_line_an_item_over_blank_line_paragraphs_is_not_unwrapped() -> None:
    head = "Kazakh leader seeks reset after riots with snap parliament ballot\nA vote in March, he says."
    text = head + "\n\nThe president said on Sunday that the vote would be held in March, a year early.\n"
    assert [p.text for p in paragraphs(text)][:2] == head.split("\n")


def test_japanese_set_a_paragraph_a_line_is_not_unwrapped() -> None:
    # A blog page as the HTML path gives it: each <p> a line, the longest stopping short of nothing but itself.
    lines = [
        "Kindle for PCをCtrl＋Alt＋Kのショートカットキーで立ち上がらなくする方法",
        "Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思いますが、"
        "何か書籍で調べながら作業をする場合など、パソコンでそのまま読みたい時もあります。",
        "そんな用途を考慮してか、Kindleや楽天koboにはデスクトップアプリが用意されています。",
        "Kindle for PCの起動ホットキーがKeePassと被る",
        "さて、このKindle for PC、Amazonがあまり力を入れていないのか操作性などあまりよくありません。"
        "設定で変更できる箇所も少なく、融通が効かない面も多々あります。",
        "特に困ったのが、起動ショートカットキーに関する設定。",
        "Kindle for PCをインストールすると自動でホットキーが設定され、「Ctrl＋Alt＋K」で立ち上がるようになります。",
    ]
    assert wrap_width(lines) is None
    assert [p.text for p in paragraphs("\n".join(lines))] == lines


def test_japanese_hard_wrapped_at_a_width_is_still_unwrapped() -> None:
    # Wrapped text of a script without spaces breaks between any two characters: every line but a paragraph's
    # last is full.
    first = "報道によると、今回販売されたのは、いわゆる「脱獄」したiPhone。「脱獄」とは、iPhoneのiOSを改造して機能制限を解除することで、脱獄すれば非公式アプリを利用することもできるようになるとのことです。"
    second = "通常、権利者により正規のルートで販売された商品をそのまま転売する場合は、商標権侵害にはなりません。しかし、もとの商品に改造を加えて販売した場合は、商標権侵害と判断される場合があります。"
    lines = [text[i:i + 42] for text in (first, second) for i in range(0, len(text), 42)]
    assert wrap_width(lines) == 42
    assert len(paragraphs("\n".join(lines))) < len(lines)


def test_a_one_paragraph_wire_story_without_blank_lines_is_unwrapped() -> None:
    # A whole text of one wrapped sentence, every break before a capitalised word: one paragraph, no headline.
    text = ("<Alaska Micro Systems>, a Kaypro dealer, said the Anchorage School\n"
            "District chose it to provide 116,000 dlrs of computer equipment to\n"
            "Chugiak High School for computer and typing classes.\n")
    assert len(paragraphs(text)) == 1
    out = clean(text, CleanConfig(min_words=0), noop)
    assert out.title is None and out.removed == ()


def test_a_wrapped_note_without_its_full_stop_is_one_paragraph() -> None:
    text = ("Shr 50 cts vs 40 cts\n\nNet 9,421,000 vs 9,312,000\n\n"
            "NOTE: Per-share results adjusted for two-for-one common stock split in\nJune 1986\n")
    assert [p.text for p in paragraphs(text)][-1] == (
        "NOTE: Per-share results adjusted for two-for-one common stock split in June 1986"
    )
    assert "June 1986" in clean(text, CleanConfig(min_words=0), noop).text


def test_a_long_headline_over_a_byline_in_the_first_block_stays_two_lines() -> None:
    # Short under a line that stops on a word in lower case, as a note's broken-off end, but at the top of the
    # text, where the head stands a line an item.
    text = ("Markets brace for another week of turbulence as central banks meet\nBy Jane Doe\n\n"
            "Stocks fell on Monday as investors waited for the central banks to decide.\n")
    assert [p.text for p in paragraphs(text)][:2] == [
        "Markets brace for another week of turbulence as central banks meet", "By Jane Doe",
    ]


def test_a_dash_that_continues_a_wrapped_sentence_is_no_list_item() -> None:
    text = ("General Motors Corp said almost 125,000 of Chevrolet's two newest cars\n"
            "- the four-door Corsica sedan and two-door Beretta Sport Coupe - have\n"
            "been ordered by dealers in advance of their official introduction\nThursday.\n\n"
            "It said on hand in dealer inventory and for immediate delivery were\n"
            "35,000 of the two models. Another 8,000 were in transit from assembly\nplants.\n")
    first = paragraphs(text)[0].text
    assert first.startswith("General Motors Corp said") and first.endswith("introduction Thursday.")
    assert clean(text, CleanConfig(min_words=0), noop).title is None


def test_a_dashed_list_item_under_a_label_stays_an_item() -> None:
    text = ("The company listed the changes it expects this year in its filing:\n"
            "- lower costs for the division that makes the four-door Corsica sedan\n"
            "- higher prices.\n\n"
            "It said on hand in dealer inventory and for immediate delivery were\n"
            "35,000 of the two models. Another 8,000 were in transit from assembly\nplants.\n")
    texts = [p.text for p in paragraphs(text)]
    assert texts[1] == "- lower costs for the division that makes the four-door Corsica sedan"
    assert texts[2] == "- higher prices."


def test_every_format_character_lies_in_the_planes_scanned_at_import():
    """normalise reads format characters (category Cf) from FORMAT_PLANES only, to start fast; a Python whose
    Unicode puts one elsewhere must widen them, or that character would stay in texts."""
    import sys
    import unicodedata

    from wirewash.transforms.core.cleaning.normalise import FORMAT_PLANES

    planes = {c >> 16 for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"}
    assert planes <= set(FORMAT_PLANES)
    assert normalise("\U000e0041tag\u200bged\ufeff") == "tagged"


def test_rows_set_a_line_each_without_blank_lines_are_not_joined() -> None:
    # A story that is a list (blind set bf0071, "tight" layout: a paragraph a line, no blank lines): rows start
    # with a number, which reads as a wrapped sentence's continuation, but each stops far short of the longest
    # line although the next word would have fitted, which wrapping does not do.
    rows = [f"{n}a etapa: {d} de {m} – {place}" for n, d, m, place in (
        (1, 10, "março", "Interlagos"), (2, 8, "abril", "Curitiba / Alternativa"), (3, 22, "abril", "Velopark"),
        (4, 6, "maio", "Londrina"), (5, 20, "maio", "Santa Cruz do Sul"), (6, 5, "agosto", "Corrida do Milhão"),
    )]
    text = "\n".join([
        "» Récord de turistas extranjeros en el primer semestre de este año en España",
        "Calendário da Stock Car 2018", *rows, "Este contenido es exclusivo para suscriptores",
    ]) + "\n"
    out = [p.text for p in paragraphs(text)]
    for row in rows[1:]:
        assert row in out
    assert "Este contenido es exclusivo para suscriptores" in out
    # A label over a line in capitals stops short too.
    text = ("KAISER ALUMINUM <KLU> RAISES PRODUCT PRICES\n» Что изменится в законах с 1 сентября\n"
            "ОФОРМИТЕ ПОДПИСКУ ЗА 1 РУБЛЬ\nНОВОСТИ ПАРТНЁРОВ\n"
            "The company said prices to distributors and direct customers on shipments of new orders placed "
            "March 4 and after will be increased by four to eight cts per lb.\n")
    assert "ОФОРМИТЕ ПОДПИСКУ ЗА 1 РУБЛЬ" in [p.text for p in paragraphs(text)]


def test_an_unmarked_wire_story_still_runs_on_over_a_short_first_line_and_ragged_lines() -> None:
    # Not evidence of a list: a wire body's first line, short where it shared its line with the markup, and a
    # line inside the story stopping under a quarter of the width short (Reuters-21578 wraps ragged).
    text = ("Mobil Corp said its Montgomery Ward and\n"
            "Co's retail sales for the four weeks ended February 28 rose 12.7 pct\n"
            "on a comparable store basis, and the purchase of privately-held\n"
            "units for an undisclosed amount of cash and notes was completed.\n")
    assert len(paragraphs(text)) == 1
    text = ("There were seven grain ships loading and\n"
            "six ships were waiting to load at Portland, according to the\n"
            "Portland Merchants Exchange.\n")
    assert len(paragraphs(text)) == 1


def test_wire_lines_under_one_overlong_line_still_run_on() -> None:
    # Reuters-21578 story 11644 as distributed: one paragraph was filed on a single 114-column line and a blank
    # line follows it, so every wrapped line below stops a quarter short of the text's longest; lines as long
    # as a wire's wrap still run on.
    text = ("Agriculture Minister Mutsuki Kato said he\n"
            "will meet U.S. Agriculture Secretary Richard Lyng here on April\n"
            "17 and 20 to discuss bilateral farm trade issues. Lyng will\n"
            "visit Tokyo from April 16 to 27.\n"
            "    Kato told reporters after a cabinet meeting all topics ofconcern to the U.S. Will be discussed, "
            "such as trade in beef\n\n"
            "and oranges and import controls on farm products. He said\n"
            "Shintaro Abe, the ruling Liberal Democratic Party's executive\n"
            "council chairman, would propose some unspecified measures in\n"
            "response to demands to ease import controls on U.S. Farm\n"
            "products. Kato declined to give any details.\n REUTER\n")
    assert any(p.text.startswith("Shintaro Abe, the ruling Liberal Democratic Party's executive council chairman")
               for p in paragraphs(text))


def test_a_wrapped_line_ending_on_an_abbreviation_runs_on_in_lower_case() -> None:
    # Reuters-21578 NEWID 1827: the sentence goes on after "U.S." on the next line.
    text = OKUMA
    assert [p.text for p in paragraphs(text)] == [
        "State Commerce Secretary Claude Pope said Japan's Okuma Machinery Works LTD will build a multi-million "
        "dollar manufacturing machinery plant here.",
        "He said the plant will be the company's first in the U.S. and will employ approximately 150 people.",
        "He said start-up date is set for late this year.",
        "Reuter",
    ]


def test_an_abbreviation_that_ends_a_sentence_before_a_capital_still_ends_the_paragraph() -> None:
    text = (
        "Nissan said it would build its first car plant in the U.S.\n"
        "The plant will employ approximately 150 people next year.\n"
    )
    assert len(paragraphs(text)) == 2


def test_a_first_line_a_short_word_and_its_comma_continue_runs_on() -> None:
    # Reuters-21578 NEWID 1292: its first line shared the markup's line; "Co," goes on with the sentence.
    text = GOODYEAR.removesuffix(" Reuter\n")
    first = paragraphs(text)[0].text
    assert first.startswith("The chairman of Goodyear Tire and Rubber Co, a concern that survived")
    assert first.endswith("industrial base.")


def test_a_stacked_head_line_over_a_dateline_with_a_comma_stays_its_own_line() -> None:
    # "Lyon, le" is a short word, its comma and a word in lower case too, but a dateline has its day.
    text = (
        "Dockers strike at Lyon port\n"
        "Lyon, le 3 mai (AFP)\n"
        "Par Jean Dupont\n"
        "  Les dockers du port ont cessé le travail lundi pour protester contre\n"
        "les salaires, a indiqué leur syndicat dans un communiqué publié lundi.\n"
        "  Le port est le premier de la région pour le trafic de conteneurs et de\n"
        "marchandises, selon la chambre de commerce et d'industrie de Lyon.\n"
    )
    assert [p.text for p in paragraphs(text)][:3] == ["Dockers strike at Lyon port", "Lyon, le 3 mai (AFP)", "Par Jean Dupont"]


_WRAPPED_STORY = (
    "The action increases Morocco's cumulative fiscal year 1987 program\n"
    "for wheat under GSM-103 to 75.0 mln dlrs, the department said on\n"
    "Tuesday in Washington.\n\n"
)


def test_a_short_line_over_a_line_in_a_script_without_case_ends_its_paragraph() -> None:
    # A related box in Arabic between wrapped paragraphs: the label stops well short of the width, and the
    # headline under it shows no capital to say a new line starts (bf0345 of the blind set's dev split).
    text = _WRAPPED_STORY + "اقرأ أيضاً\nموجة حر تضرب المنطقة وتحذيرات من الأرصاد\n\n" + _WRAPPED_STORY
    assert [p.text for p in paragraphs(text)][1:3] == ["اقرأ أيضاً", "موجة حر تضرب المنطقة وتحذيرات من الأرصاد"]


def test_a_full_line_in_a_script_without_case_still_runs_on() -> None:
    # Wrapped where the next word would not have fitted: one paragraph, whatever the script.
    line = "ارتفعت أسعار النفط في الأسواق العالمية اليوم مع تراجع المخزونات"
    text = _WRAPPED_STORY + line + "\nالأمريكية للأسبوع الثالث على التوالي.\n\n" + _WRAPPED_STORY
    assert [p.text for p in paragraphs(text)][1] == line + " الأمريكية للأسبوع الثالث على التوالي."


# A paragraph a line, no blank lines (blind dev bf0273, bf0055): lines in capitals over lines in capitals make
# the text look wrapped, but a headline in capitals over a byline in running case, or a breadcrumb closing on
# its mark, was set one item a line.
_TABLE = (
    "Kaiser Aluminum and Chemical Corp said it is increasing prices for a broad range of common alloy coil, flat "
    "sheet and plate products.\n"
    "ОФОРМИТЕ ПОДПИСКУ ЗА 1 РУБЛЬ\n"
    "НОВОСТИ ПАРТНЁРОВ\n"
    "The company said prices to distributors and direct customers on shipments of new orders placed March 4 "
    "and after will be increased by four to eight cts per lb.\n"
)


def test_a_headline_in_capitals_over_a_byline_is_not_run_into_it() -> None:
    head = "KAISER ALUMINUM <KLU> RAISES PRODUCT PRICES\nМатериал подготовили Иван Соколов и Дмитрий Петров\n"
    assert wrap_width((head + _TABLE).splitlines()) is not None
    texts = [p.text for p in paragraphs(head + _TABLE)]
    assert texts[:2] == ["KAISER ALUMINUM <KLU> RAISES PRODUCT PRICES", "Материал подготовили Иван Соколов и Дмитрий Петров"]


def test_a_chinese_or_japanese_headline_is_not_run_into_its_byline() -> None:
    # Such text wraps wherever a character falls, at the width: a short first line closing no sentence is a
    # heading set one a line, not a wrapped line's start.
    for head in ("新線の地下鉄、来月開業へ\n山田太郎 記者\n", "新線の地下鉄、来月開業へ\n文＝山田太郎\n", "东京股市连续三天下跌\n记者 王小明\n"):
        assert [p.text for p in paragraphs(head + _TABLE)][:2] == head.splitlines(), head
        assert clean(head + _TABLE, CleanConfig(), noop).byline in ("山田太郎", "王小明")


def test_a_first_line_of_chinese_or_japanese_closing_a_clause_still_runs_on() -> None:
    # A clause's comma ends no heading: the sentence goes on under it.
    head = "東京都は３日、新しい地下鉄路線を来月開業すると発表し、\n総事業費は約２０００億円と明らかにした。\n"
    assert [p.text for p in paragraphs(head + _TABLE)][0] == " ".join(head.split())


def test_a_breadcrumb_closing_on_its_mark_is_not_run_into_the_headline() -> None:
    head = "Portada > Política ›\nNEWPORT ELECTRONICS INC <NEWE> 4TH QTR NET\n"
    assert [p.text for p in paragraphs(head + _TABLE)][:2] == [
        "Portada > Política ›", "NEWPORT ELECTRONICS INC <NEWE> 4TH QTR NET"
    ]


def test_telex_copy_in_capitals_and_a_wire_bodys_first_line_still_run_on() -> None:
    # Both lines in capitals: telex copy wrapped; a first line in running case shares its line with the markup.
    text = (
        "THE BANK OF JAPAN WILL BUY 200 BILLION YEN OF BILLS TODAY TO EASE A\n"
        "SEASONAL SHORTAGE, DEALERS SAID. THE OPERATION WAS THE FIRST OF ITS KIND THIS MONTH.\n"
        "Mobil Corp said its\n"
        "Montgomery Ward unit would be sold to a group of investors for an undisclosed sum, the company said.\n"
    )
    texts = [p.text for p in paragraphs(text)]
    assert texts[0].startswith("THE BANK OF JAPAN") and texts[0].endswith("THIS MONTH.")


def test_arabic_indic_digits_are_read_as_ascii_digits() -> None:
    # Arabic pages write dates and figures in their own digits; Persian and Urdu in the extended ones.
    assert ascii_folded("١٢ مارس ٢٠٢٤ - ١٠:٣٢") == "12 مارس 2024 - 10:32"
    assert ascii_folded("۱۲ مارس ۲۰۲۴") == "12 مارس 2024"
    assert ascii_folded("١٢ مارس") is not None and len(ascii_folded("١٢ مارس")) == len("١٢ مارس")
    assert ascii_folded("مارس") is None  # nothing to fold


def test_a_hyphenated_word_the_wrap_broke_is_joined_whole() -> None:
    # fmt, textwrap and mail clients break a line after a hyphen: Reuters-21578 holds "anti-" / "aircraft",
    # "end-" / "January". A suspended hyphen before a conjunction keeps its space; a dash keeps both.
    text = "\n".join([
        "Iraq said it had downed six aircraft and that its 250 anti-",
        "aircraft guns were ready, the agency reported at end-",
        "January after talks on the region's aid, both pre-",
        "and post-war, that began in March in the capital, Baghdad -",
        "the first since the war - and ended in May in Geneva.",
    ])
    assert [p.text for p in paragraphs(text)] == [
        "Iraq said it had downed six aircraft and that its 250 anti-aircraft guns were ready, the agency reported "
        "at end-January after talks on the region's aid, both pre- and post-war, that began in March in the "
        "capital, Baghdad - the first since the war - and ended in May in Geneva."
    ]


def test_a_figure_closing_a_wrapped_sentence_is_no_numbered_item() -> None:
    # A wrap may set a sentence's last figure and its full stop first on a line ("in another" / "11. The changes"):
    # under a full line that stops on a word in lower case, it runs on; a numbered list stands under a label
    # (a colon) or under another item.
    text = (
        "They include Dallas in the US, Bordeaux in France and Oporto in\n"
        "Portugal, with local staff replacing UK representation in another\n"
        "11. The changes are due to be put in place before the end of 2006,\n"
        "with most savings made from cutting staff and running costs.\n"
        "\n"
        "The embassy review lists three changes to be made across the regions:\n"
        "1. Fewer consulates in Europe and across the whole of North America.\n"
        "2. More honorary consuls appointed in the smaller cities and towns.\n"
    )
    assert [p.text for p in paragraphs(text)] == [
        "They include Dallas in the US, Bordeaux in France and Oporto in Portugal, with local staff replacing UK "
        "representation in another 11. The changes are due to be put in place before the end of 2006, with most "
        "savings made from cutting staff and running costs.",
        "The embassy review lists three changes to be made across the regions:",
        "1. Fewer consulates in Europe and across the whole of North America.",
        "2. More honorary consuls appointed in the smaller cities and towns.",
    ]
