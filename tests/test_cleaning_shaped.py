"""Furniture after the lead told by shape and place (transforms.core.cleaning.shaped): runs of listed
headlines in any language and layout, kicker lines, decorated teasers, restyled pack lines; and the story's
own lists, subheads and sentences of the same shapes, which stay."""
from __future__ import annotations

import pytest
from test_cleaning import RESULTS_TABLE, BODY, LEAD, SECOND, TAIL, doc, paragraphs, run

from wirewash.transforms.core.cleaning import CleanConfig, clean
from wirewash.transforms.core.cleaning.config import FURNITURE_SCORE_OFF
from wirewash.transforms.core.cleaning.stamps import clock_stamp, stamp_line
from wirewash.transforms.core.counters import noop


def test_a_run_of_aged_headlines_goes_in_any_language() -> None:
    for items in (
        ("• Central bank signals pause as inflation cools 2h ago", "• Port strike enters second week 5 hours ago"),
        ("> El Banco Central mantiene los tipos hace 1 h", "> Cinco claves para entender la reforma hace 9 h"),
        ("■ Heizungsgesetz: Die wichtigsten Fragen vor 6 Std.", "■ Bahnstreik: Was Pendler wissen müssen vor 7 Std."),
        ("→ ЦБ сохранил ключевую ставку на прежнем уровне 2 ч назад",),
        ("• ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية منذ 2 ساعات",),
        ("> 新NISA、始める前に知っておきたい5つのこと 6時間前", "- 央行宣布下调存款准备金率0.25个百分点 11小时前"),
    ):
        out = run(doc(LEAD, BODY, *items, SECOND, TAIL))
        assert paragraphs(out.text) == [LEAD, BODY, SECOND, TAIL], items


def test_a_labelled_run_goes_with_its_label_and_plain_items_under_a_pack_label() -> None:
    box = ("Самое читаемое", "→ Что изменится в законах с 1 сентября", "→ Как получить налоговый вычет: инструкция")
    assert paragraphs(run(doc(LEAD, BODY, *box, SECOND, TAIL)).text) == [LEAD, BODY, SECOND, TAIL]
    plain = ("Leggi anche", "Borsa, Piazza Affari chiude in rialzo trainata dalle banche",
             "Sciopero dei treni, le fasce di garanzia")
    assert paragraphs(run(doc(LEAD, BODY, *plain, SECOND, TAIL)).text) == [LEAD, BODY, SECOND, TAIL]


def test_a_storys_own_list_stays() -> None:
    # Introduced by a colon, or restating the story's words, or plain bullets without a label: the story's.
    own = ("Parties promised voters:", "• Higher pensions for retirees", "• Cheaper fuel for farmers")
    assert paragraphs(run(doc(LEAD, BODY, *own, SECOND, TAIL)).text) == [LEAD, BODY, *own, SECOND, TAIL]
    restated = ("• Turnout far below previous elections", "• Ruling party wins commanding majority")
    assert paragraphs(run(doc(LEAD, BODY, *restated, SECOND, TAIL)).text) == [LEAD, BODY, *restated, SECOND, TAIL]
    # One bulleted line with a plain bullet is an aside, and a story sentence ending in an age is a sentence.
    aside = "- Seven parties in total, two of them new"
    assert aside in run(doc(LEAD, BODY, aside, SECOND, TAIL)).text
    aged = "The count was published by the commission 2 hours ago."
    assert aged in run(doc(LEAD, BODY, aged, SECOND, TAIL)).text


def test_kicker_lines_and_decorated_teasers_go() -> None:
    for line in (
        "VAI ALLO SPECIALE | Manovra, il governo punta sul taglio del cuneo fiscale",
        "🔴 LIRE AUSSI - EN DIRECT - Grève dans les transports : le point sur le trafic",
        "• LEER MÁS: Cinco claves para entender la reforma de las pensiones",
        "» La BCE laisse ses taux inchangés malgré la pression des marchés",
        "[La BCE laisse ses taux inchangés malgré la pression des marchés]",
    ):
        assert paragraphs(run(doc(LEAD, BODY, line, SECOND, TAIL)).text) == [LEAD, BODY, SECOND, TAIL], line
    # A quotation in capitals before a dash, and a subhead without a decoration, stay.
    for line in ('"NO MORE DELAYS" - protesters outside the commission', "Turnout and the opposition's case"):
        assert line in run(doc(LEAD, BODY, line, SECOND, TAIL)).text, line


def test_a_pack_line_goes_under_a_decoration_or_a_sites_capitals() -> None:
    for line in ("LOS COMENTARIOS ESTÁN CERRADOS.", "► Con información de EFE y Reuters.",
                 "Fe de errores: una versión anterior de esta noticia atribuía la cifra a otro organismo."):
        assert paragraphs(run(doc(LEAD, BODY, SECOND, TAIL, line)).text) == [LEAD, BODY, SECOND, TAIL], line


def test_a_listed_headline_glued_before_a_story_sentence_goes_and_the_sentence_stays() -> None:
    sentence = "Officials said the disease only affects certain rubber clones in the region."
    for teaser in (
        "[Greve dos professores chega à segunda semana]",
        "＜台風10号、週末に西日本へ接近の恐れ＞",
        "→ Mehr zum Thema: Bundesbank senkt Wachstumsprognose deutlich",
        "» Cinco perguntas sobre a nova lei da habitação",
    ):
        out = run(doc(LEAD, BODY, f"{teaser} {sentence}", SECOND, TAIL))
        assert paragraphs(out.text) == [LEAD, BODY, sentence, SECOND, TAIL], teaser


def test_a_quotation_opening_a_paragraph_is_no_glued_headline() -> None:
    for para in (
        "» Wir schaffen das «, sagte die Kanzlerin am Montag in Berlin vor der Presse.",
        "[The ministry] said the figures would be revised next month, officials added.",
        "« Nous ne céderons pas », a déclaré le ministre lundi devant les députés à Paris.",
    ):
        out = run(doc(LEAD, BODY, para, SECOND, TAIL))
        assert paragraphs(out.text) == [LEAD, BODY, para, SECOND, TAIL], para


def test_kicker_lines_run_together_go_whole() -> None:
    glued = "VÍDEO | La huelga de transportistas deja sin fruta los mercados ► VÍDEO | El Gobierno aprueba el plan de ayudas"
    assert paragraphs(run(doc(LEAD, BODY, glued, SECOND, TAIL)).text) == [LEAD, BODY, SECOND, TAIL]


def test_a_decorated_teaser_goes_whatever_its_case_and_closing_punctuation() -> None:
    for teaser in (
        "→ read more: central bank holds rates steady for third meeting",
        "* Also read: Central bank holds rates steady for third meeting.",
        "🔴 LEGGI ANCHE | Caldo record, bollino rosso in 18 città:",
        "📌 اقرأ أيضاً: البنك المركزي يثبت أسعار الفائدة للمرة الثالثة.",
        "🔴 【関連記事】台風10号、週末に西日本へ接近の恐れ:",
    ):
        assert paragraphs(run(doc(LEAD, BODY, teaser, SECOND, TAIL)).text) == [LEAD, BODY, SECOND, TAIL], teaser


def test_a_decorated_label_set_off_by_a_space_before_a_sentence_stays() -> None:
    para = "→ Mehr zum Thema Wahlrecht sagte die Kommission nichts, berichteten Beobachter."
    assert para in paragraphs(run(doc(LEAD, BODY, para, SECOND, TAIL)).text)


def test_a_table_row_set_between_bars_is_no_decorated_item() -> None:
    # A rendered table's row (a 181-page benchmark page) once lost "| Bridenstine expects to produce three" as a
    # headline behind a bar glued before "SLS rockets ...": bars on both ends are cell borders.
    row = ("| Bridenstine expects to produce three SLS rockets through 2024. “Adding an additional SLS into the mix"
           " could—I’m not confident that could happen.” |")
    assert paragraphs(run(doc(LEAD, BODY, row, SECOND, TAIL)).text) == [LEAD, BODY, row, SECOND, TAIL]
    glued = "[Greve dos professores chega à segunda semana] Officials said the strike would go on."
    assert "Greve" not in run(doc(LEAD, BODY, glued, SECOND, TAIL)).text


def test_a_bracketed_or_boxed_headline_with_a_figure_or_a_closing_colon_goes() -> None:
    # A bracketed headline of four words or more may hold a figure; a box or arrow may close it with a colon or
    # an arrow; a pack's bare "関連：" and a Chinese link prompt label the one headline under them.
    for line in (
        "[Retraites : ce qui change au 1er septembre]",
        "【央行宣布下调存款准备金率0.25个百分点】",
        "＜新NISA、始める前に知っておきたい5つのこと＞",
        "◆【速報】東証、終値は前日比300円高:",
        "◆新NISA、始める前に知っておきたい5つのこと ↓",
        "関連：日銀、金融政策の現状維持を決定",
        "点击阅读：新能源汽车出口再创新高",
    ):
        assert paragraphs(run(doc(LEAD, BODY, line, SECOND, TAIL)).text) == [LEAD, BODY, SECOND, TAIL], line


def test_a_bracketed_note_and_a_boxed_sentence_stay() -> None:
    # An abbreviation or a short figure in brackets is a reference; a stop after an arrow may end the story's
    # own sentence; a plain bullet before a colon opens the story's list.
    # (A bracketed note is another rule's to judge: it is no listed headline here.)
    for line in ("[Ni’matul Ukhuwah hal. 41]", "[Table 2]"):
        assert "related_run" not in {r.rule for r in run(doc(LEAD, BODY, line, SECOND, TAIL)).removed}, line
    for line in (
        "► The new rules come into force on Monday across the country.",
        "• What the new law changes for tenants:",
    ):
        assert line in run(doc(LEAD, BODY, line, SECOND, TAIL)).text, line


def test_a_box_line_or_a_listed_headline_goes_however_the_page_closes_it() -> None:
    # A page's styling after a line: an arrow, a colon, an ellipsis; a boxed headline in lower case, or closed
    # with an ellipsis, which makes it read as a sentence of its own (it is no story line to compare it with).
    for line in (
        "Advertisement →", "► Publicité :", "Skip Advertisement…", "Annonce.", "Article réservé aux abonnés…",
        "► oil prices climb as US stockpiles shrink", "► Oil prices climb as US stockpiles shrink…",
        "[Heatwave grips the region as forecasters issue warnings] →",
        "» Cargando reproductor...",  # a pack's line with its own ellipsis
    ):
        assert paragraphs(run(doc(LEAD, BODY, line, SECOND, TAIL)).text) == [LEAD, BODY, SECOND, TAIL], line


def test_a_story_line_closed_with_a_colon_or_an_ellipsis_stays() -> None:
    for line in ("The minister listed three reasons:", "Nobody expected what came next…", "► Key points:"):
        assert line in run(doc(LEAD, BODY, line, SECOND, TAIL)).text, line


def test_telex_copy_in_capitals_closing_on_a_colon_stays() -> None:
    # Reuters-21578 telex copy: a sentence in capitals introducing a list of prices.
    line = "MAXIMUN PRICES, IN AUSTRALES PER KILO, WITH DOLLAR EQUIVALENT IN BRACKETS, INCLUDED:"
    assert line in run(doc(LEAD, BODY, line, SECOND, TAIL)).text


def test_a_dateline_sentence_closed_before_a_wire_code_is_no_kicker_line() -> None:
    # A wire's news summary (Reuters-21578): "CITY - <sentence>.(CODE)" paragraphs, none a sentence by its last
    # character; the one short enough for a headline was taken as "KICKER - headline".
    summary = ("WASHINGTON - The Treasury said it will sell 13.2 billion dlrs of bills at its regular auction on "
               "April 13.(NRKV 2009)")
    out = run(doc(LEAD, BODY, summary, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, summary, TAIL]
    # A kicker over a headline closing on a bracket still goes.
    kicker = "VÍDEO | La huelga de transportistas deja desabastecidos los mercados (Reuters)"
    assert paragraphs(run(doc(LEAD, BODY, kicker, TAIL)).text) == [LEAD, BODY, TAIL]


def test_a_stamp_closing_on_a_m_or_p_m_goes_below_the_lead() -> None:
    # The stop of "p.m." ends no sentence: the line is a date, a clock time and a label.
    for line in ("Updated March 4, 2024 at 6:15 p.m.", "Posted 04/03/2024 · 9:02 A.M."):
        assert paragraphs(run(doc(LEAD, BODY, line, SECOND, TAIL)).text) == [LEAD, BODY, SECOND, TAIL], line
    # A story sentence naming a date and a time stays: it has more words than figures.
    story = "The polls closed on March 4, 2024 at 6 p.m. and counting began at 6:15 p.m."
    assert story in run(doc(LEAD, BODY, story, SECOND, TAIL)).text


@pytest.mark.parametrize("line", [
    # Published and updated stamps on one line, in any of the packs' languages and separators (blind dev
    # bf0112's "Publié le 9 novembre 2021 à 8h34 - Mis à jour à 10h34").
    "Publié le 3 déc. 2026 à 10h15 - Mis à jour le 3 déc. 2026 à 12h40",
    "Publicado el 3 de diciembre de 2026, 10:15 Actualizado el 3 de diciembre de 2026, 12:40",
    "Publicado em 3 de dezembro de 2026 às 10h15 | Atualizado há 2 horas",
    "Pubblicato il 3 dicembre 2026 alle 10:15 · Aggiornato il 3 dicembre 2026 alle 12:40",
    "Veröffentlicht am 03.12.2026, 10:15 Uhr | Stand: 03.12.2026, 12:40 Uhr",
    "Updated Dec 3, 2026 at 10:15 AM - Published Dec 3, 2026",
    "Опубликовано 3 декабря 2026, 10:15 — обновлено 3 декабря 2026, 12:40",
    # A clock with a stop before its meridiem (blind8 dev: an Australian paper's stamps).
    "Updated 17 December 2026 - 3.11pm, first published 2.38pm",
])
def test_a_line_of_stamps_goes_in_the_head_and_below_the_lead(line: str) -> None:
    headline = "Ruling party wins commanding majority"
    for text in (doc(headline, line, LEAD, BODY, SECOND, TAIL), doc(headline, LEAD, BODY, SECOND, line, TAIL)):
        assert paragraphs(run(text).text) == [LEAD, BODY, SECOND, TAIL], line


@pytest.mark.parametrize("line", [
    # A stamp verb opening a story line or a subhead: more words than its figures hold, or no day.
    "Published in 2019, the report found the agency had overspent by 8% on 12 March 2018.",
    "Updated forecasts for 2026 and 2027 are due in March",
    "Stand by for the results on 3 December 2026 at 10:15",
    "Posted letters reached 12 of the 40 polling stations by 10:15 on Monday, officials said",
])
def test_a_story_line_opening_on_a_stamp_verb_stays(line: str) -> None:
    # The rules' judgement: the furniture score is off (a clock in a line with no full stop scores as a stamp's,
    # ``test_cleaning_learned``).
    assert not stamp_line(line)
    out = clean(doc(LEAD, BODY, line, SECOND, TAIL), CleanConfig(furniture_score=FURNITURE_SCORE_OFF), noop)
    assert line in out.text


def test_a_clock_with_a_stop_is_a_clock_only_before_its_meridiem() -> None:
    # blind8 dev: "17 August 2025 - 10.34am" is a stamp; "10.34" alone is a figure, and so is one before a word.
    out = run(doc(LEAD, BODY, "17 August 2025 - 10.34am", SECOND, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, SECOND, TAIL], out.removed
    for line in ("17 August 2025 - 10.34 amendments", "Index 17 August 2025 - 10.34"):
        assert line in run(doc(LEAD, BODY, line, SECOND, TAIL)).text, line


def test_a_live_blogs_clock_stamp_goes_and_a_sentence_with_a_time_stays() -> None:
    # Blind3 dev: a live blog's entry stamps between the story's paragraphs.
    for line in ("7:57 p.m. ET", "14:05 Uhr", "10.15 GMT"):
        assert clock_stamp(line), line
        assert paragraphs(run(doc(LEAD, BODY, line, SECOND, TAIL)).text) == [LEAD, BODY, SECOND, TAIL], line
    # A bare time may be a table's cell; words round a time make a line of the story's.
    assert not clock_stamp("7:57") and not clock_stamp("Polls close at 7:57 p.m. ET")
    story = "Polls closed at 7:57 p.m. ET, officials said, three minutes early."
    assert story in run(doc(LEAD, BODY, story, SECOND, TAIL)).text


def test_a_stamp_with_a_year_written_before_nen_goes_below_the_lead() -> None:
    # "2025年4月29日": the year runs into 年 with no word boundary between.
    for line in ("2024年3月4日 08:15 星期一", "最后修改 2024年3月4日 08:15", "2024年3月4日 08:15 閲覧数"):
        assert paragraphs(run(doc(LEAD, BODY, line, SECOND, TAIL)).text) == [LEAD, BODY, SECOND, TAIL], line
    # A sentence with a date and a time stays.
    story = "選挙管理委員会は2024年3月4日の17:00に投票を締め切り、開票作業を始めたと発表した。"
    assert story in run(doc(LEAD, BODY, story, SECOND, TAIL)).text


def test_a_relative_age_alone_on_a_line_goes_in_any_script() -> None:
    # Alone, under a decoration or a trailing arrow, or after a label of a word or two, between paragraphs or
    # under the story's last.
    for line in ("14時間前", "12小时前 ›", "📌 منذ 2 ساعات", "2 hours ago", "Il y a 3 heures", "Vor 2 Stunden",
                 "Updated 5 mins ago", "Actualizado hace 3 horas", "9 ч назад"):
        assert paragraphs(run(doc(LEAD, BODY, line, SECOND, TAIL)).text) == [LEAD, BODY, SECOND, TAIL], line
        assert paragraphs(run(doc(LEAD, BODY, SECOND, TAIL, line)).text) == [LEAD, BODY, SECOND, TAIL], line
    # A sentence ending on an age has a clause before it and a full stop; a subhead has no figure.
    for line in ("Il a démissionné il y a 3 jours.", "Voters went to the polls 2 days ago.",
                 "Two hours ago, the count began"):
        assert line in run(doc(LEAD, BODY, line, SECOND, TAIL)).text, line


def test_plain_items_left_between_removed_lines_go_unless_they_restate_the_story() -> None:
    # Rules took the list's label and its last item (an ad slot's label, a decorated teaser here): the
    # plain-bulleted headlines left between them are another page's.
    items = ("- Ferry operator suspends crossings as storm nears", "- Regional airline orders twelve new jets")
    last = "→ Mehr zum Thema: Bundesbank senkt Wachstumsprognose deutlich"
    out = run(doc(LEAD, BODY, "Advertisement", *items, last, SECOND, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, SECOND, TAIL]
    # The story's own items restate its words; a kept line over the removed one is no label of theirs; and a
    # list with story text under it is the story's whatever was removed over it.
    restated = ("- Turnout far below previous elections", "- Ruling party wins commanding majority")
    out = run(doc(LEAD, BODY, "Advertisement", *restated, last, SECOND, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, *restated, SECOND, TAIL]
    out = run(doc(LEAD, BODY, "What the parties promised", "Advertisement", *items, last, SECOND, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, "What the parties promised", SECOND, TAIL]
    out = run(doc(LEAD, BODY, "Advertisement", *items, SECOND, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, *items, SECOND, TAIL]


def test_headlines_a_removed_label_leaves_go_and_a_table_row_under_them_stays() -> None:
    # Wire copy indented a paragraph a line: the label's rule takes the label and its first item, the items
    # left under it are the box's rest; the results table's row is the story's (bf0395 of the blind set's dev).
    row = "Avg shrs 7.8 mln vs 13.7 mln"
    box = "    延伸阅读\n    ■ 国际油价连续三日上涨\n    ■ 多地发布高温红色预警\n    ■ 直播：国务院新闻办举行发布会\n"
    out = run(RESULTS_TABLE.format(box))
    assert [r.rule for r in out.removed][-1] == "label_leftovers"
    assert "高温" not in out.text and "直播" not in out.text and row in paragraphs(out.text)


def test_a_label_with_a_count_goes_with_its_run_and_a_table_row_over_a_run_stays() -> None:
    # "24小时热文" ("hot in 24 hours", blind dev bf0373), "Top 10": a count in the label, no date or figures.
    items = ("■ 国际油价连续三日上涨", "■ 一图读懂新版个人所得税政策")
    for label in ("24小时热文", "Top 10"):
        out = run(doc(LEAD, BODY, label, *items, SECOND, TAIL))
        assert paragraphs(out.text) == [LEAD, BODY, SECOND, TAIL], out.removed
    row = "Revs 236.1 mln vs 256.2 mln"
    out = run(doc(LEAD, BODY, row, *items, SECOND, TAIL))
    assert row in paragraphs(out.text), out.removed


_ENTRIES = [
    "Turnout was estimated at around 54%, far below the 63% participation in previous elections.",
    "Seven parties, including two newly registered ones, competed for 69 party-list seats.",
    "The ruling party received 53.9% of the ballots, according to a preliminary tally on Monday.",
]


def test_a_live_blogs_bare_clocks_go_when_three_entries_open_on_them() -> None:
    for clocks in (("10.03", "11.08", "12.13"), ("10h03", "11h08", "12h13"), ("9:41", "10:02", "10:37")):
        parts = ["Kazakhstan’s ruling party won a commanding majority in early parliamentary elections on Sunday."]
        for clock, entry in zip(clocks, _ENTRIES):
            parts += [clock, entry]
        out = run("\n\n".join(parts + ["Economic challenges are also top of mind for Tokayev, analysts said."]))
        assert not any(clock in out.text.split("\n\n") for clock in clocks), clocks


def test_two_clock_times_open_a_live_blogs_entries_alone_or_with_a_label() -> None:
    lead = "Kazakhstan’s ruling party won a commanding majority in early parliamentary elections on Sunday."
    for first, second in (("6h41", "6h05"), ("9:41", "10:02"), ("2h40\n\nÀ retenir", "7h16 À retenir"),
                          ("10:03\n\nKey event", "11:08")):
        out = run("\n\n".join([lead, first, _ENTRIES[0], second, _ENTRIES[1], _ENTRIES[2]]))
        assert paragraphs(out.text) == [lead, *_ENTRIES], (first, second, out.removed)


@pytest.mark.parametrize("heads", [
    ("4h47",),  # one clock no decimal figure reads as (blind9 dev)
    ("14:05",),
    ("UPDATE 6:10 p.m.", "UPDATE 5:50 a.m."),  # under a label
    ("+++ 8:32 Bayern dreht Spiel in der Nachspielzeit +++", "+++ 9:00 Was über den Stromausfall bekannt ist +++"),
    ("10:16'Blog' picked as word of the year", "10:40'Blog' picked as word of the year"),  # the headline run on
])
def test_a_live_entrys_clock_goes_alone_or_with_its_label_or_headline(heads: tuple[str, ...]) -> None:
    lead = "Kazakhstan’s ruling party won a commanding majority in early parliamentary elections on Sunday."
    parts = [lead]
    for head, entry in zip(heads, _ENTRIES):
        parts += [head, entry]
    parts += _ENTRIES[len(heads):]
    assert paragraphs(run("\n\n".join(parts)).text) == [lead, *_ENTRIES]


def test_a_story_paragraph_opening_on_a_clock_or_one_labelled_clock_stays() -> None:
    lead = "Kazakhstan’s ruling party won a commanding majority in early parliamentary elections on Sunday."
    for kept_line in ("10:30 Police arrived at the scene and sealed off the square.", "UPDATE 6:10 p.m.",
                      "10.03 Shares"):
        out = run("\n\n".join([lead, kept_line, *_ENTRIES]))
        assert kept_line in paragraphs(out.text), kept_line


def test_bare_clocks_as_decimals_or_a_column_of_figures_stay() -> None:
    lead = "Kazakhstan’s ruling party won a commanding majority in early parliamentary elections on Sunday."
    two = "\n\n".join([lead, "10.03", _ENTRIES[0], "11.08", _ENTRIES[1], _ENTRIES[2]])
    assert "10.03" in run(two).text.split("\n\n")
    one = "\n\n".join([lead, "10.03", _ENTRIES[0], _ENTRIES[1], _ENTRIES[2]])
    assert "10.03" in run(one).text.split("\n\n")
    # A line of a few words after the clock is a label only when no sentence and no figure.
    told = "\n\n".join([lead, "10h03 Voters said yes.", _ENTRIES[0], "11h08 Turnout 54%", _ENTRIES[1]])
    assert {"10h03 Voters said yes.", "11h08 Turnout 54%"} <= set(run(told).text.split("\n\n"))
    table = "\n\n".join([lead, _ENTRIES[0], "Closing prices:", "10.03", "11.08", "12.13", _ENTRIES[1]])
    assert "11.08" in run(table).text.split("\n\n")


@pytest.mark.parametrize("head", ["+++ 11:29 Unwetter sorgt für Chaos auf Autobahnen +++",
                                  "+++ 9:46 Regierung einigt sich auf Haushaltsentwurf +++"])
def test_one_clock_between_a_tickers_marks_is_a_live_entrys_head(head: str) -> None:
    # The ticker's marks are the live page's alone: one such head is enough, where a bare "UPDATE 6:10 p.m." is not.
    lead = "Kazakhstan’s ruling party won a commanding majority in early parliamentary elections on Sunday."
    out = run("\n\n".join([lead, _ENTRIES[0], head, *_ENTRIES[1:]]))
    assert paragraphs(out.text) == [lead, *_ENTRIES]
    assert [r.rule for r in out.removed] == ["date_time_line"]
