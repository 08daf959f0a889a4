"""Teasers set into a story: a pack's label framed by brackets or an arrow, set off by a space only, glued
after a story's last sentence, or before a story sentence in another script; and the story sentences that open
with the same words, which stay."""
from __future__ import annotations

import pytest

from test_cleaning import BODY, LEAD, SECOND, TAIL, THIRD, doc, paragraphs, run
from wirewash.transforms.core.cleaning.cues import trails_off


def test_a_framed_label_and_its_headline_go() -> None:
    for teaser in ("【相关阅读】 暴风雨致数千户停电", "[관련기사] 자동차 업체 8만 대 리콜", "▶ 관련기사 시, 자전거도로 신설"):
        out = run(doc(LEAD, BODY, teaser, SECOND, TAIL))
        assert paragraphs(out.text) == [LEAD, BODY, SECOND, TAIL], teaser
    # Brackets round something that is no teaser label stay: a story's own bracketed note.
    note = "[관련 법안은 다음 달 국회에 제출될 예정이다.]"
    assert paragraphs(run(doc(LEAD, BODY, note, SECOND, TAIL)).text) == [LEAD, BODY, note, SECOND, TAIL]


def test_a_label_set_off_by_a_space_goes_before_a_capitalised_headline_only() -> None:
    glued = "Click here to read more Insurer sets aside more cash for flood claims " + THIRD
    out = run(doc(LEAD, BODY, glued, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, THIRD, TAIL]
    # The same words opening a story sentence (a lower-case word follows): the sentence stays.
    story = "Lesen Sie auch die Stellungnahme des Ministeriums, forderte die Opposition am Montag."
    assert story in run(doc(LEAD, BODY, story, TAIL)).text


def test_a_pack_label_glued_after_the_last_sentence_goes_with_its_headline() -> None:
    for label in ("ALSO READ |", "اقرأ أيضاً", "관련기사", "Click here to read more"):
        glued = f"{BODY} {label} Museum returns looted bronze statues"
        out = run(doc(LEAD, glued, SECOND, TAIL))
        assert paragraphs(out.text) == [LEAD, BODY, SECOND, TAIL], label
    # A last sentence that opens with a label's words and goes on as a sentence stays.
    story = f"{BODY} Read more about the plan in the report, officials said."
    assert paragraphs(run(doc(LEAD, story, SECOND, TAIL)).text) == [LEAD, story, SECOND, TAIL]


def test_a_headline_in_a_script_without_case_ends_where_the_latin_story_starts() -> None:
    story = "NASA is developing a mission called Europa Clipper, which is scheduled to launch next year."
    out = run(doc(LEAD, BODY, "▶ 관련기사 박물관, 약탈 청동상 반환 " + story, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, story, TAIL]
    quote = '"Kim had considered returning to action in Paris on 7 February," a statement on her website said.'
    out = run(doc(LEAD, BODY, "▶ 관련기사 태풍에 여객선 운항 중단 " + quote, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, quote, TAIL]


def test_a_furniture_line_run_into_a_paragraphs_end_goes() -> None:
    for widget in ("Advertisement - Scroll to continue", "PUBLICIDADE", "Newsletter abonnieren"):
        out = run(doc(LEAD, BODY + " " + widget, SECOND, TAIL))
        assert paragraphs(out.text) == [LEAD, BODY, SECOND, TAIL], widget
    # Not a link closing a paragraph (the story's reference), nor a name after a title's abbreviation, nor
    # figures after a decimal point.
    kept = [
        BODY + " Ticket details: http://www.daviscupfinals.com/",
        "The Senate voted 52 to 48 to confirm the nominee, backed by Sen. Edward Zorinsky (D-Neb.)",
        "The dollar was quoted at 1.6180 - 1.6190",
    ]
    out = run(doc(LEAD, *kept, SECOND, TAIL))
    assert paragraphs(out.text) == [LEAD, *kept, SECOND, TAIL]


def test_a_caption_run_into_a_paragraphs_start_goes_and_the_story_stays() -> None:
    for caption in ("Diputados durante la sesión en el Congreso. (Foto: Javier Romero)",
                    "경기 전 응원하는 팬들 [연합뉴스 자료사진]", "Deputados durante sessão na Câmara (Reprodução)"):
        out = run(doc(LEAD, caption + " " + SECOND, TAIL))
        assert paragraphs(out.text) == [LEAD, SECOND, TAIL], caption
    # Brackets inside a story sentence close no picture credit: the sentence stays whole.
    story = "The bill (HB 1234) passed the state Senate 31-19 on Tuesday, sending it to the governor."
    speaker = "Edward Zorinsky (D-Neb.) said the vote would be close, according to his office on Monday."
    out = run(doc(LEAD, story, speaker, TAIL))
    assert paragraphs(out.text) == [LEAD, story, speaker, TAIL]


def test_an_unbracketed_caption_and_its_labelled_credit_run_into_a_paragraph_go() -> None:
    for caption in ("Vista geral do porto. Foto: Divulgação", "Voters queue in Almaty. Photo : Reuters",
                    "Вид на порт. © РИА Новости / Сергей Орлов", "Fans vor dem Spiel. Bild: Keystone"):
        out = run(doc(LEAD, caption + " " + SECOND, TAIL))
        assert paragraphs(out.text) == [LEAD, SECOND, TAIL], caption
    # A labelled figure or a run-in head after a story sentence is no credit: the paragraph stays whole.
    for story in ("Officials were cautious. Outlook: Analysts at the bank expect growth to slow further this year.",
                  "He said the plan was dead. Reason: The money ran out before the work began, the mayor said.",
                  "Prices rose again in May. Source: Statistics Office data show food costs up 4% on the year."):
        out = run(doc(LEAD, story, TAIL))
        assert paragraphs(out.text) == [LEAD, story, TAIL], story


def test_a_caption_credited_in_another_script_ends_where_the_latin_story_starts() -> None:
    # The story opens with two capitalised words ("Brian Kerr's side"): after a Cyrillic or caseless credit the
    # script change, not the first capital before a lower-case word, starts it (furniture set, a Russian page).
    story = ("Brian Kerr's side will face the 54th ranked Chinese on 29 March, just three days after the World "
             "Cup qualifier against Israel in Tel Aviv.")
    for caption in ("Пассажиры на вокзале. Фото: Сергей Орлов/ТАСС", "Вид на порт. © РИА Новости / Сергей Орлов"):
        out = run(doc(LEAD, f"{caption} {story}", TAIL))
        assert paragraphs(out.text) == [LEAD, story, TAIL], caption
    # A Latin credit's name runs on in capitals: the story still starts at its sentence's opening.
    out = run(doc(LEAD, f"Vista geral do porto. Foto: Divulgação Ana Ruiz {SECOND}", TAIL))
    assert paragraphs(out.text) == [LEAD, SECOND, TAIL]


def test_a_caption_credit_closed_by_an_agency_in_lower_case_leaves_the_storys_first_name() -> None:
    story = ("Shelley Taylor, analyst and author of a report about online music services, said the locks were "
             "done to maximise the cash.")
    out = run(doc(LEAD, f"Blick auf die Skyline am Abend. Foto: Lena Fischer/dpa {story}", TAIL))
    assert paragraphs(out.text) == [LEAD, story, TAIL]
    # A name after the agency's slash is the credit's ("REUTERS/Ana Ruiz"): it goes with the caption.
    out = run(doc(LEAD, f"Voters queue in Almaty. Photo: REUTERS/Ana Ruiz {SECOND}", TAIL))
    assert paragraphs(out.text) == [LEAD, SECOND, TAIL]


def test_a_pack_label_and_headline_closing_a_paragraph_with_an_open_quotation_go() -> None:
    # BBC copy opens a quotation again at each sentence it goes on with and leaves the last one open when the
    # quotation goes on in the next paragraph: the count of marks put the teaser inside it, so it stayed.
    story = ('"I am quite confident," said Claxton. "But I take each race as it comes. As long as I keep up '
             'my training I think there is a chance.')
    out = run(doc(LEAD, f"{story} See also: Rail fares to rise by 4% next year", TAIL))
    assert paragraphs(out.text) == [LEAD, story, TAIL]
    # A label inside a quotation that a sentence follows is speech, and stays.
    speech = ('"I am quite confident," said Claxton. "But I take each race as it comes. Read more: the coach '
              'says I should rest, and he is right about that.')
    assert paragraphs(run(doc(LEAD, speech, TAIL)).text) == [LEAD, speech, TAIL]


def test_a_caption_its_picture_label_opens_goes_from_a_paragraphs_start() -> None:
    for caption in ("File photo: Shoppers walk along a high street.",
                    "Photo d'archives : Des voyageurs en gare."):
        out = run(doc(LEAD, f"{caption} {SECOND}", TAIL))
        assert paragraphs(out.text) == [LEAD, SECOND, TAIL], caption
    # A first sentence longer than a caption is the story's own, label and all.
    story = ("Photo: the first picture of the comet was taken in May by a team of astronomers working in "
             "Chile. It shows a tail of gas.")
    assert paragraphs(run(doc(LEAD, story, TAIL)).text) == [LEAD, story, TAIL]


def test_a_caption_credit_ends_at_the_storys_sentence_opener_or_title() -> None:
    # The story opens with an opener or a title before a capitalised word ("The House", "Mr Straw"): the
    # credit took it as one of its names (furniture set).
    for caption, story in (
        ("Police officers stand guard outside the building. Photo: Ana Ruiz/AFP",
         "The House committee's budget proposal includes some increases in federal user fees."),
        ("Supporters wave flags during a rally. REUTERS/Ana Ruiz",
         "Mr Straw used Thursday's Commons debate to launch the new White Paper on the EU."),
        ("Händler an der Frankfurter Börse. Bild: Keystone",
         "However, Chittabrata Majumdar, general secretary of the union, said the plan was wrong."),
    ):
        out = run(doc(LEAD, f"{caption} {story}", TAIL))
        assert paragraphs(out.text) == [LEAD, story, TAIL], caption
    # An agency's own article after the slash is the credit's: the story starts after the agency's name.
    story = "Union leaders said their members would strike on Thursday."
    out = run(doc(LEAD, f"Fans cheer before the match. Photo: Ana Ruiz/The Associated Press {story}", TAIL))
    assert paragraphs(out.text) == [LEAD, story, TAIL]


def test_a_capitals_label_run_into_a_paragraph_goes_with_its_headline() -> None:
    # Set off by a space only, after text that ends no sentence: the label and the headline after it go.
    glued = "The regulator warned of the growing influence of the Commission (FCC) MÁS INFORMACIÓN: " \
            "Una tormenta obliga a cerrar el puerto de Valencia"
    out = run(doc(LEAD, glued, BODY, TAIL))
    assert paragraphs(out.text) == [LEAD, "The regulator warned of the growing influence of the Commission (FCC)",
                                     BODY, TAIL]
    # The label alone ends the paragraph and its headline stands on the next line, the story resuming after.
    out = run(doc(LEAD, BODY + " READ MORE:", "Pharmacy chain to close 40 branches", SECOND, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, SECOND, TAIL]
    # A source in capitals before a quotation, and a colon line in lower case introducing a list, stay.
    quote = 'The minister spoke on Sunday. He told CNN: "We will not raise taxes this year."'
    intro = BODY + " The measures include:"
    out = run(doc(LEAD, quote, intro, "Raising the minimum wage", SECOND, TAIL))
    assert paragraphs(out.text) == [LEAD, quote, intro, "Raising the minimum wage", SECOND, TAIL]


def test_a_glued_headline_ends_before_a_pronoun_and_verb_in_one() -> None:
    story = "I’ve worked on my own vehicles since I was 17, but this is my first time with a manual."
    out = run(doc(LEAD, "READ MORE: Record crowds at the Louvre " + story, TAIL))
    assert paragraphs(out.text) == [LEAD, story, TAIL]
    # A possessive in a headline is no opening: "Louvre's" stays part of the headline that goes.
    out = run(doc(LEAD, "READ MORE: Record crowds at the Louvre's new wing The museum said it expects more "
                        "visitors this summer than ever before.", TAIL))
    assert paragraphs(out.text)[1] == "The museum said it expects more visitors this summer than ever before."


def test_a_label_inside_a_quotation_is_speech_and_stays() -> None:
    # Reuters quotes a newspaper: "... The natural solution: direct elections soon." is the quote's end.
    said = '"It deserves to be buried as quickly as possible. The natural solution: direct elections soon'
    quote, quote_end = said + '," the paper wrote.', said + '."'
    for story in (quote, quote_end):
        assert paragraphs(run(doc(LEAD, BODY, story, TAIL)).text) == [LEAD, BODY, story, TAIL]
    # The same label and headline glued after a closed quotation is a teaser: it goes.
    glued = '"We will not give up," she said. Related: Museum returns looted bronze statues'
    out = run(doc(LEAD, BODY, glued, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, '"We will not give up," she said.', TAIL]


def test_a_cyrillic_teaser_glued_to_a_quoted_english_sentence_ends_where_the_latin_script_starts() -> None:
    story = ('"Two months after the onset of the symptoms, I was unable to stand or walk for more than a few '
             'minutes," he wrote.')
    out = run(doc(LEAD, BODY, "ЧИТАЙТЕ ТАКЖЕ: Жара побила рекорд полувековой давности " + story, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, story, TAIL]
    # A Latin brand inside a Russian headline is no change of script: the label and headline go whole.
    teaser = "Читайте также: Компания Apple представила новый телефон в Москве"
    assert paragraphs(run(doc(LEAD, BODY, teaser, TAIL)).text) == [LEAD, BODY, TAIL]


def test_a_prompt_run_into_a_short_story_statement_goes_and_the_statement_stays() -> None:
    # Unwrapping joins a prompt line to the story statement above it: the statement is story text however
    # short; a prompt of two sentences, its pitch first, goes whole.
    statement = "Analysts expect a cut next year."
    out = run(doc(LEAD, BODY, f"{statement} Подписывайтесь на наш канал", SECOND, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, statement, SECOND, TAIL]
    assert [r.text for r in out.removed] == ["Подписывайтесь на наш канал"]
    pitch = run(doc(LEAD, BODY, "Like this story? Share it with your friends", SECOND, TAIL))
    assert paragraphs(pitch.text) == [LEAD, BODY, SECOND, TAIL]


def test_a_rail_label_and_its_headline_go_in_each_language() -> None:
    # The labels sites set over one other story, per pack, with the one headline after the colon.
    for teaser in (
        "Don't miss: Oil prices climb as US stockpiles shrink",
        "Trending: Oil prices climb as US stockpiles shrink",
        "Noticia relacionada: Récord de turistas extranjeros en el primer semestre",
        "Puede interesarte: Récord de turistas extranjeros en el primer semestre",
        "Sur le même sujet : Grève des contrôleurs aériens dans le Sud",
        "Auch lesenswert: Museum gibt geraubte Bronzefiguren zurück",
        "Confira: Governo aprova pacote contra a seca",
        "Da non perdere: Caldo record, bollino rosso in molte città",
        "Читайте по теме: Жара накрыла юг страны",
        "قد يهمك أيضاً: موجة حر تضرب المنطقة",
        "推荐：多地发布高温红色预警",
        "おすすめ：台風が西日本へ接近の恐れ",
    ):
        assert paragraphs(run(doc(LEAD, BODY, teaser, SECOND, TAIL)).text) == [LEAD, BODY, SECOND, TAIL], teaser


def test_story_sentences_opening_with_a_rail_labels_words_stay() -> None:
    for sentence in (
        "Don't miss the deadline on Friday, officials warned residents.",
        "Confira a lista completa no site do governo.",
        "Relacionado con el caso, el juez citó a tres testigos.",
        "Sur le même sujet, le ministre a refusé de commenter.",
        "Lesenswert ist vor allem das Kapitel über die Finanzen, sagte der Kritiker.",
        "Рекомендуем всем гражданам проверить документы, заявил министр.",
        "推荐的方案将在下月公布，官员表示。",
        "おすすめの商品は売り切れたと同社は発表した。",
    ):
        assert sentence in run(doc(LEAD, BODY, sentence, SECOND, TAIL)).text, sentence


def test_a_teaser_label_delimited_by_a_dash_or_a_full_width_bar_goes_with_its_headline() -> None:
    # Sites set the label off with a spaced dash or the full-width bar as often as with a colon; glued to the
    # next story sentence, the label and headline go and the sentence stays.
    for teaser in (
        "Читайте также — Правительство представило новый план по развитию регионов",
        "推荐阅读｜国务院发布新规 加强城市管理",
        "Lire aussi – Le gouvernement dévoile son plan pour les écoles",
    ):
        assert paragraphs(run(doc(LEAD, BODY, teaser, TAIL)).text) == [LEAD, BODY, TAIL], teaser
    story = '"Two months after the onset, I was unable to stand or walk," he wrote.'
    out = run(doc(LEAD, BODY, "Читайте также — Жара побила рекорд полувековой давности " + story, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, story, TAIL]
    story = "Analysts expect the rules to take effect next year."
    out = run(doc(LEAD, BODY, "推荐阅读｜国务院发布新规 加强城市管理 " + story, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, story, TAIL]


def test_a_dash_before_a_word_in_lower_case_after_a_label_word_is_the_sentences_own() -> None:
    sentence = "Read more – and the plan was criticised by the unions on Monday."
    assert paragraphs(run(doc(LEAD, BODY, sentence, TAIL)).text) == [LEAD, BODY, sentence, TAIL]


def test_a_most_read_box_between_story_paragraphs_goes_with_its_label() -> None:
    # The packs' "most read" labels (``more_news_*``) fire below the head, not only in the tail: a box set
    # between two story paragraphs (blind set bf0536) went unremoved.
    box = ["الأكثر قراءة:", "> خمسة أسئلة عن قانون الإيجارات الجديد", "> ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية"]
    out = run(doc(LEAD, BODY, *box, SECOND, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, SECOND, TAIL]


def test_a_most_read_label_in_the_head_leaves_the_headline_under_it() -> None:
    # In the head such a label is a kicker over the page's own headline ("ULTIM'ORA" is Italian "latest"), and
    # the one-headline teaser pass would take the headline with it.
    out = run(doc("ULTIM'ORA", "Moody joins up with England", LEAD, BODY, TAIL))
    assert out.title == "Moody joins up with England"
    assert paragraphs(out.text) == [LEAD, BODY, TAIL]


_OTHER_HEADLINES = (
    "Oil prices climb as OPEC weighs deeper output cuts",
    "Tesla shares slide after delivery miss",
    "Bank of Japan holds rates steady, signals patience",
)


@pytest.mark.parametrize("standfirst", [None, "Voters were asked to pick a new parliament a year early."])
def test_a_most_read_list_over_the_page_head_leaves_the_headline_and_byline(standfirst: str | None) -> None:
    # A new user's page: "Most Read from Reuters" and other stories' headlines over the page's own headline and
    # byline took both with the list, and ``title`` and ``byline`` were null.
    head = ["Kazakh ruling party wins early parliamentary elections", *([standfirst] if standfirst else []),
            "By Jane Doe and Tom Smith"]
    out = run(doc("Most Read from Reuters", *_OTHER_HEADLINES, *head, LEAD, BODY, SECOND, TAIL))
    assert out.title == "Kazakh ruling party wins early parliamentary elections"
    assert out.byline == "Jane Doe and Tom Smith"
    assert [r.rule for r in out.removed][0] == "headline_list"
    assert all(h not in out.text for h in _OTHER_HEADLINES)
    assert paragraphs(out.text) == [*([standfirst] if standfirst else []), LEAD, BODY, SECOND, TAIL]


def test_a_tail_list_of_headlines_with_bylines_goes_whole() -> None:
    # Lower on the page a byline under a list's headline is the teaser's, not the story's.
    box = ["Most Read from Reuters", _OTHER_HEADLINES[0], "By Jane Doe", _OTHER_HEADLINES[1], "By Tom Smith"]
    out = run(doc(LEAD, BODY, SECOND, THIRD, TAIL, *box))
    assert paragraphs(out.text) == [LEAD, BODY, SECOND, THIRD, TAIL]


def test_a_story_sentence_under_the_last_item_of_a_bulleted_list_stays() -> None:
    # A new user's page: "The mayor said ..." under the last of three bulleted headlines went with the list as
    # its teaser, though no other item had one (a list sets a teaser under every item or under none).
    box = ["Most Read from Bloomberg", *(f"- {h}" for h in _OTHER_HEADLINES)]
    story = "The mayor said the bridge will reopen on Monday."
    out = run(doc(LEAD, BODY, *box, story, "© 2026 Bloomberg L.P. All rights reserved."))
    assert paragraphs(out.text) == [LEAD, BODY, story]
    assert [r.rule for r in out.removed] == ["headline_list", "copyright"]


def test_a_german_teaser_headline_is_not_split_at_its_own_capitalised_noun() -> None:
    # German capitalises nouns: "Plan" after "legt" is inside the headline; the English story starts at
    # "Analysts". A sentence opener still marks the start however short the headline before it.
    statement = "Analysts expect a cut next year."
    out = run(doc(LEAD, BODY, f"Lesen Sie auch: Regierung legt Plan vor {statement}", TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, statement, TAIL]
    story = "The index rose 1.2 pct in early trading on Monday."
    out = run(doc(LEAD, BODY, f"Read more: Oil climbs {story}", TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, story, TAIL]


def test_a_few_words_trailing_off_in_an_ellipsis_go_between_paragraphs_and_after_the_story() -> None:
    # A widget's placeholder while it loads, or a link's text cut short: its ellipsis looks like a sentence's end.
    for line in ("Loading video...", "Carregando vídeo…", "Загрузка...", "読み込み中…", "Más leídas… ›"):
        assert paragraphs(run(doc(LEAD, BODY, line, SECOND, TAIL)).text) == [LEAD, BODY, SECOND, TAIL], line
        assert paragraphs(run(doc(LEAD, BODY, SECOND, TAIL, line)).text) == [LEAD, BODY, SECOND, TAIL], line


def test_a_chinese_or_japanese_placeholder_is_counted_by_its_characters() -> None:
    # Kana spell a word in more characters than the two a word is counted at: "プレーヤーを読み込み中" is three words
    # in 11 characters (blind set, dev, packs' lines off).
    for line in ("プレーヤーを読み込み中...", "正在加载播放器…", "記事を読み込んでいます…"):
        assert trails_off(line), line
        assert paragraphs(run(doc(LEAD, BODY, line, SECOND, TAIL)).text) == [LEAD, BODY, SECOND, TAIL], line
    # A story's sentence trailing off is longer, or holds a sentence's end before the ellipsis.
    for line in ("他说我们将会继续努力推进这项改革工作...", "我们会继续努力。然后..."):
        assert not trails_off(line), line
        assert line in run(doc(LEAD, BODY, line, SECOND, TAIL)).text, line


def test_a_story_line_trailing_off_stays() -> None:
    # A pause set off by a space, a quoted line, a sentence before the ellipsis, or a line longer than a label.
    for line in ("So frustrating …", "The bottom line ...", '"We will see..."', "And then... nothing.",
                 "Nobody expected what came next…"):
        assert line in run(doc(LEAD, BODY, line, SECOND, TAIL)).text, line


def test_a_placeholder_behind_a_decoration_goes_but_a_quotation_or_a_list_item_stays() -> None:
    # The guillemet or bullet a page sets before it read as a quotation's opening or a list's item.
    for line in ("» Un momento...", "• Lädt gerade...", "» Patientez…"):
        assert paragraphs(run(doc(LEAD, BODY, line, SECOND, TAIL)).text) == [LEAD, BODY, SECOND, TAIL], line
    # A German quotation in guillemets and a list item that goes on past its ellipsis stay.
    for line in ("»Wir werden sehen...«", "• Tax cuts... and what they cost the budget next year"):
        assert line in run(doc(LEAD, BODY, line, SECOND, TAIL)).text, line


def test_a_players_button_between_story_paragraphs_goes_and_a_subhead_on_the_subject_stays() -> None:
    # Buttons no pack lists: a verb to listen, play or watch and the medium (blind set, dev, packs' lines off).
    for button in ("Listen to this story", "Escuchar la noticia", "Прослушать статью", "点击播放", "動画を再生"):
        assert paragraphs(run(doc(LEAD, BODY, button, SECOND, TAIL)).text) == [LEAD, BODY, SECOND, TAIL], button
    # A subhead names what the story is about, not a medium to play; a sentence on a video is the story's.
    for story in ("Players to watch", "Watch this space", "The video shows the police car."):
        assert paragraphs(run(doc(LEAD, BODY, story, SECOND, TAIL)).text) == [LEAD, BODY, story, SECOND, TAIL], story


def test_a_pack_label_in_capitals_set_off_by_a_dash_goes_with_its_headline_glued_before_the_story() -> None:
    # The page's dash where the pack writes a colon (blind dev bf0012): the label and the headline go, the
    # story's sentence glued after them stays.
    story = "Companies echoed this sentiment, saying that they would require more information before acting."
    out = run(doc(LEAD, BODY, f"SEE ALSO — Analysis: The quiet winners of the new trade deal {story}", TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, story, TAIL], out.removed


def test_a_dateline_or_a_dash_before_lower_case_is_no_dashed_label() -> None:
    for line in (
        "WASHINGTON — The Senate passed the bill on Tuesday, sending it to the president for his signature.",
        "MORE — and the plan was criticised by the unions on Monday, officials said in a statement.",
    ):
        out = run(doc(LEAD, BODY, line, TAIL))
        assert line in paragraphs(out.text), out.removed


def test_a_short_line_in_a_script_the_story_does_not_use_goes() -> None:
    # A page's widget labels in its own language set round a story in another: none of their words can be the
    # story's, whatever they say. Written for this test, in words no pack lists.
    for widget in ("مساحة إعلانية للشركاء", "협찬 콘텐츠 영역", "Читайте нас в мессенджерах", "会员专享内容解锁"):
        out = run(doc(LEAD, BODY, widget, SECOND, TAIL))
        assert paragraphs(out.text) == [LEAD, BODY, SECOND, TAIL], widget
        assert [r.rule for r in out.removed] == ["inserted_furniture"], widget


def test_a_line_in_another_script_stays_when_the_story_owns_it() -> None:
    # Quoted (speech), a name beside words in the story's script, a sentence (a story's quotation or
    # translation), or a bilingual story's second script.
    kept = ["«Я лично ненавижу, когда меня фотографируют»", "Apple 新品发布会 Cupertino", "Перепечатка запрещена."]
    out = run(doc(LEAD, BODY, *kept, SECOND, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, *kept, SECOND, TAIL]
    russian = "Партия власти получила большинство мест в парламенте по итогам воскресных выборов в стране."
    story = [LEAD, russian, BODY, "Явка избирателей", russian.replace("воскресных", "досрочных"), SECOND, TAIL]
    assert paragraphs(run(doc(*story)).text) == story


def test_a_label_naming_the_page_between_story_paragraphs_goes() -> None:
    # Written for this test, in words no pack lists.
    for widget in ("Article resumes below this ad", "This page continues"):
        out = run(doc(LEAD, BODY, widget, SECOND, TAIL))
        assert paragraphs(out.text) == [LEAD, BODY, SECOND, TAIL], widget
        assert [r.rule for r in out.removed] == ["inserted_furniture"], widget
    # A story sentence there naming a report or a law's article is the story's.
    for story in ("This report was published by the central bank on Monday.",
                  "Listen to this article of the constitution, the president told parliament."):
        assert paragraphs(run(doc(LEAD, BODY, story, SECOND, TAIL)).text) == [LEAD, BODY, story, SECOND, TAIL]


def test_a_label_without_case_and_its_headline_go_before_a_latin_story_that_ends_a_sentence() -> None:
    # The paragraph ends as a sentence, but only its Latin story does: the label's own words end none.
    story = "The St Kitts and Nevis star joins British Olympic relay gold medallists Jason Gardener and Mark Lewis."
    for teaser in ("اقرأ أيضا المتحف يسجل رقما قياسيا في عدد الزوار", "관련기사 시, 자전거도로 신설"):
        out = run(doc(LEAD, BODY, f"{teaser} {story}", TAIL))
        assert paragraphs(out.text) == [LEAD, BODY, story, TAIL], teaser
    # A story sentence in the label's script that opens with its words stays, whatever script follows it.
    arabic = "اقرأ أيضا تقرير البنك الدولي لتفهم حجم الأزمة، قال الخبير الاقتصادي IMF."
    assert paragraphs(run(doc(LEAD, BODY, arabic, TAIL)).text) == [LEAD, BODY, arabic, TAIL]


def test_a_pack_label_run_into_a_short_line_goes_with_its_headline() -> None:
    # A subhead or a list item a teaser was run into (the line breaks between them lost).
    for item, teaser in (("Pre-Workout Meal", "По теме: Музей установил рекорд посещаемости"),
                         ("Nighty Night (Baby Cow Productions, BBC Three)", "WATCH: Ferry operator suspends crossings"),
                         ("Pre-School Live Action - Balamory", "Más información: Una tormenta obliga a cerrar el puerto")):
        out = run(doc(LEAD, BODY, f"{item} {teaser}", SECOND, TAIL))
        assert paragraphs(out.text) == [LEAD, BODY, item, SECOND, TAIL], item
    # A list item's own label and colon, no pack's, stays whole.
    for line in ("Doc Martin (Buffalo Productions, ITV1) Filmed in: Port Isaac and Cornwall",
                 "Breakfast Portion Fix Containers: 1 Green, 1 Red, 1 Yellow"):
        assert line in run(doc(LEAD, BODY, line, SECOND, TAIL)).text, line


def test_a_caption_its_picture_label_opens_with_no_full_stop_ends_where_the_story_starts() -> None:
    # A screen reader's caption label and a label with a colon, the description run into the story sentence.
    story = "Speculative short covering early in the session pushed the market up, after locals triggered stops."
    for caption in ("Image caption, Members of parliament attend a session",
                    "Pictured: Traders work on the floor of the stock exchange"):
        out = run(doc(LEAD, f"{caption} {story}", TAIL))
        assert paragraphs(out.text) == [LEAD, story, TAIL], caption
        assert [r.rule for r in out.removed] == ["glued_caption"], caption
    # A caption alone on its line, after the comma label.
    out = run(doc(LEAD, BODY, "Image caption, Fans cheer before the match", SECOND, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, SECOND, TAIL]
    # A story sentence on a caption: the comma after "caption" goes on a sentence, no label.
    for kept in ("The caption, which read simply Home at last, was shared thousands of times on Monday.",
                 "Pictured: the first picture of the comet was taken in May by a team of astronomers working in "
                 "Chile and shows a tail of gas stretching far"):
        assert kept in run(doc(LEAD, kept, TAIL)).text, kept


def test_a_caption_its_picture_label_opens_goes_after_a_paragraphs_last_sentence() -> None:
    quote = 'He said the accord did not include target ranges for the dollar in an "academic way."'
    for caption in ("File photo: Members of parliament attend a session.",
                    "Imagen de archivo: Operadores en la Bolsa de Madrid.",
                    "Image caption, Fans cheer before the match"):
        out = run(doc(LEAD, f"{quote} {caption}", TAIL))
        assert paragraphs(out.text) == [LEAD, quote, TAIL], caption
    # Two sentences after the label are the story's, and so is a label inside the sentence.
    for story in (f"{quote} Photo: the picture was taken in May. It shows a tail of gas.",
                  f"{quote} Officials said the file photo: a fake, had been shared widely."):
        assert paragraphs(run(doc(LEAD, story, TAIL)).text) == [LEAD, story, TAIL], story


def test_a_list_label_with_a_colon_high_on_a_page_goes_with_its_one_headline() -> None:
    for label in ("Read next:", "Most popular stories…"):
        out = run(doc(LEAD, label, "Insurer sets aside more cash for flood claims", BODY, SECOND, TAIL, THIRD))
        assert paragraphs(out.text) == [LEAD, BODY, SECOND, TAIL, THIRD], label
    # Without a colon the label alone goes: the short line under it may be the story's subhead.
    out = run(doc(LEAD, "Read next", "Rising costs for insurers", BODY, SECOND, TAIL, THIRD))
    assert paragraphs(out.text) == [LEAD, "Rising costs for insurers", BODY, SECOND, TAIL, THIRD]


# My own forms of the dev set's teasers and players, in words no pack lists: a short label, its colon and
# another story's headline on one line between story paragraphs.
def test_a_label_and_another_storys_headline_on_one_line_go() -> None:
    for line in (
        "MORE: Ferry operator suspends crossings as storm nears",
        "Play video: Flood waters rise in the valley overnight",
        "Смотрите также: Синоптики предупредили о сильных морозах на следующей неделе",
        "Passend dazu: Warum die Mieten in Großstädten weiter steigen",
    ):
        out = run(doc(LEAD, BODY, line, SECOND, THIRD, TAIL))
        assert paragraphs(out.text) == [LEAD, BODY, SECOND, THIRD, TAIL], line


def test_a_labelled_line_on_the_storys_subject_or_in_a_list_stays() -> None:
    # A subhead naming the story's subject; the story's rows of one shape; a row with figures.
    for lines in (
        ["Analysis: Why turnout fell so far below previous elections"],
        ["First round: the ruling party sweeps the capital city", "Second round: the opposition holds on in the north"],
        ["Stage two: 10 March in the northern provinces"],
    ):
        out = run(doc(LEAD, BODY, *lines, SECOND, THIRD, TAIL))
        assert paragraphs(out.text) == [LEAD, BODY, *lines, SECOND, THIRD, TAIL], lines


def test_a_bare_label_over_two_headlines_between_story_paragraphs_goes_with_them() -> None:
    items = ["Kentucky Smelters Get Relief on Higher Rates", "Italian January Industrial Output Falls 3.4 Pct"]
    for label in ("Related", "See also", "Also read"):
        out = run(doc(LEAD, BODY, label, *items, SECOND, THIRD, TAIL))
        assert out.text.split("\n\n") == [LEAD, BODY, SECOND, THIRD, TAIL], label
    # One line under the label may be the story's own subhead: the label's line rule alone decides then.
    out = run(doc(LEAD, BODY, "Related", "A subhead of the story", SECOND, THIRD, TAIL))
    assert "A subhead of the story" in out.text.split("\n\n")


def test_a_newsletter_box_heading_opening_or_closing_on_its_button_word_goes() -> None:
    for heading in ("Free daily newsletter", "Newsletter gratis", "Kostenloser Newsletter hier"):
        out = run(doc(LEAD, BODY, "Sign up to Daily Digest", heading, SECOND, THIRD, TAIL))
        assert out.text.split("\n\n") == [LEAD, BODY, SECOND, THIRD, TAIL], heading
    # A subhead naming a newsletter keeps its place.
    out = run(doc(LEAD, BODY, "The free newsletter market", SECOND, THIRD, TAIL))
    assert "The free newsletter market" in out.text.split("\n\n")


def test_a_sign_up_box_s_pitch_between_its_name_and_its_button_goes() -> None:
    boxes = [
        ("Suscríbete a nuestra newsletter First Edition", "Recibe cada mañana las noticias más importantes.",
         "Suscribirme"),
        ("Inscrivez-vous à la newsletter Morning Briefing", "Chaque matin, l'essentiel de l'actualité.",
         "Je m'inscris"),
        ("Assine a newsletter Daily Digest", "Receba as principais notícias do dia no seu e-mail.", "Cadastrar"),
        ("Newsletter abonnieren: Morning Briefing", "Die wichtigsten Nachrichten des Tages direkt in Ihr Postfach.",
         "Jetzt anmelden"),
    ]
    for box in boxes:
        out = run(doc(LEAD, BODY, *box, SECOND, THIRD, TAIL))
        assert out.text.split("\n\n") == [LEAD, BODY, SECOND, THIRD, TAIL], box
    # A wall's call over a short line and a comment prompt is no newsletter box round that line.
    out = run(doc(LEAD, BODY, SECOND, "Subscribe now to keep reading", "The vote is due on Tuesday.",
                  "Join the conversation", THIRD, TAIL))
    assert "The vote is due on Tuesday." in out.text.split("\n\n")


def test_related_labels_in_other_languages_take_their_headlines() -> None:
    for label in ("Verwandte Artikel", "Altre notizie", "Lee también:", "À lire aussi", "Leia também",
                  "More from The Daily Ledger"):
        out = run(doc(LEAD, BODY, label, "Continental 'may run out of cash'", "Millions 'to lose textile jobs'",
                      SECOND, THIRD, TAIL))
        assert out.text.split("\n\n") == [LEAD, BODY, SECOND, THIRD, TAIL], label


def test_a_sign_up_box_s_longer_pitch_between_its_call_and_its_small_print_goes() -> None:
    # The Guardian's box: the call names the newsletter by its own title, the small print follows the pitch.
    box = ("Sign up to Business Today", "Get set for the working day - we'll point you to all the business news and "
           "analysis you need every morning", "Privacy Notice: Newsletters may contain info about charities, online "
           "ads, and content funded by outside parties.")
    out = run(doc(LEAD, BODY, "skip past newsletter promotion", *box, "after newsletter promotion", SECOND, THIRD,
                  TAIL))
    assert out.text.split("\n\n") == [LEAD, BODY, SECOND, THIRD, TAIL]
    # A story paragraph between a call and a privacy sentence of the story stays: it has figures, or is long.
    said = "The bank's privacy policy changed on Tuesday, a spokesman said."
    out = run(doc(LEAD, BODY, "Sign up", SECOND, said, THIRD, TAIL))
    assert SECOND in out.text.split("\n\n")


@pytest.mark.parametrize("insert", [
    "— Read more: Insurer sets aside more cash for flood claims",
    "• RELATED: Rail fares to rise by 4% next year",
    "ALSO READ - Rail fares to rise by 4% next year",  # a hyphen for the dash, as typed copy sets it
])
def test_a_teaser_label_behind_a_dash_or_bullet_goes_wherever_it_is_glued(insert: str) -> None:
    assert paragraphs(run("\n\n".join([LEAD, BODY + " " + insert, TAIL])).text) == [LEAD, BODY, TAIL]
    assert paragraphs(run("\n\n".join([LEAD, insert, BODY, TAIL])).text) == [LEAD, BODY, TAIL]
    if insert[0] in "—•":
        assert paragraphs(run("\n\n".join([LEAD, insert + " " + BODY, TAIL])).text) == [LEAD, BODY, TAIL]


def test_a_storys_dash_items_opening_on_a_labels_word_stay() -> None:
    # "More" is a teaser label's word; behind a dash and without a delimiter it opens a story's item.
    items = ["— More than 200 people were hurt in the crush", "— More police were sent to the square"]
    text = "\n\n".join([LEAD, BODY, "What happened next:", *items, TAIL])
    assert paragraphs(run(text).text) == [LEAD, BODY, "What happened next:", *items, TAIL]


@pytest.mark.parametrize("note", [
    "Lire la suite ci-dessous", "La noticia continúa tras la publicidad", "L'article se poursuit ci-dessous",
    "A reportagem continua abaixo", "La notizia prosegue dopo la pubblicità", "Der Artikel geht weiter",
    "The story continues after this advertisement",
])
def test_the_read_on_note_under_an_ad_goes_in_any_language(note: str) -> None:
    assert paragraphs(run("\n\n".join([LEAD, BODY, note, SECOND, TAIL])).text) == [LEAD, BODY, SECOND, TAIL]


def test_a_label_run_into_its_headline_with_no_space_goes_with_it() -> None:
    # The label's element and the headline's joined as text: "Lire aussi" + "La Bourse ...".
    for teaser in ("Lire aussiLa Bourse de Paris termine en hausse", "Read moreFerry operator suspends crossings"):
        out = run(doc(LEAD, BODY, teaser, SECOND, TAIL))
        assert paragraphs(out.text) == [LEAD, BODY, SECOND, TAIL], teaser
    # A label's words running on into a word in lower case are a sentence's: "Read moreover ..." is no label.
    own = "Read more about the plan in the commission's report, officials said."
    assert own in paragraphs(run(doc(LEAD, BODY, own, SECOND, TAIL)).text)


def test_a_caption_credit_closed_by_an_agency_in_capitals_leaves_the_storys_first_names() -> None:
    story = ("GEC Avionics Limited of Rochester, England, has been awarded a 35.4 mln dlr increase to an existing "
             "contract, the department said.")
    out = run(doc(LEAD, f"Manifestantes em frente ao edifício, esta terça-feira. Beatriz Lacerda/LUSA {story}", TAIL))
    assert paragraphs(out.text) == [LEAD, story, TAIL]
    # A photographer's name in capitals after the agency is the credit's ("EPA-EFE/OLIVIER HOSLET").
    out = run(doc(LEAD, f"Voters queue in Almaty. EPA-EFE/OLIVIER HOSLET {SECOND}", TAIL))
    assert paragraphs(out.text) == [LEAD, SECOND, TAIL]


def test_a_short_sentence_to_the_reader_on_the_headlines_subject_stays() -> None:
    # BBC's punchy leads speak to the reader ("Search sites want to get to know you better."): a prompt's
    # voice, but the headline's subject.
    lead = "Search sites want to get to know you better."
    story = ("Not content with providing access to the millions of websites, many now offer ways that do a better "
             "job of remembering and managing all the information you come across, and search systems are next.")
    out = run(doc("Search sites get closer to users", "Prices were accurate at the time of publishing but may "
                  "change, and we may earn a commission.", lead, story, TAIL))
    assert lead in paragraphs(out.text)
    # A prompt shares no word of the headline, whatever it shares with the story by chance.
    prompt = "You have reached your limit of free articles."
    out = run(doc("WTO talks with Russia 'efficient'", LEAD, prompt,
                  "A decision could be reached in December, when the members gather, and free trade may follow.",
                  TAIL))
    assert prompt not in paragraphs(out.text)
