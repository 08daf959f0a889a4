"""A page's notes on where its text came from (the print edition, a translation, a machine), a prompt run into a
story paragraph's end, and a Markdown page's h1 as its headline."""
from __future__ import annotations

import pytest

from tests.cleaned import BODY, LEAD, SECOND, TAIL, kept, removed_by, run
from wirewash.transforms.core.cleaning.cues import page_subject, print_note, translation_note, wall_prompt
from wirewash.transforms.core.cleaning.glued import glued_head
from wirewash.transforms.core.cleaning.prompts import disclosure_note
from wirewash.transforms.core.cleaning.shaped import stamped_author
from wirewash.transforms.core.cleaning.structure import Line
from wirewash.transforms.core.cleaning.tail import author_note


@pytest.mark.parametrize("note", [
    "Artículo publicado en la edición impresa.",
    "Artigo publicado na edição impressa.",
    "Материал впервые опубликован в печатной версии.",
    "Article paru dans l'édition du 9 décembre 2020.",
    "紙面掲載記事です。",
])
def test_a_print_note_with_the_page_as_its_subject_needs_no_date(note: str) -> None:
    assert print_note(note)


@pytest.mark.parametrize("sentence", [
    "The print edition will close next year.",  # no date, no page as subject: the story's
    "Article 5 of the treaty was never printed.",  # a law's article, and no print edition named
    "Text messages sent to readers of the print edition were answered by the paper's staff on Monday.",
])
def test_a_story_sentence_on_print_is_no_print_note(sentence: str) -> None:
    assert not print_note(sentence)


def test_the_page_as_subject_is_not_a_laws_article() -> None:
    assert page_subject("Artículo publicado en la edición impresa.")
    assert page_subject("Текст переведен с английского.")
    assert not page_subject("Article 5 of the treaty sets the rule.")
    assert not page_subject("The article was published.")


@pytest.mark.parametrize("note", [
    "Перевод с английского.",
    "英語版の記事を翻訳したものです。",
    "Translated from the Spanish by Ana Ruiz.",
    "This article was translated from Spanish.",
    "Aus dem Englischen übersetzt von Jana Roth.",
])
def test_a_translators_note(note: str) -> None:
    assert translation_note(note)


@pytest.mark.parametrize("sentence", [
    "The book, translated from the French, sold well.",  # a clause of the story's
    "He translated from Latin every day.",  # a subject of the story's, not the page
    "Translated from the Spanish, the word means a small boat that carries fishermen out past the reef at dawn.",
])
def test_a_story_sentence_on_translation_is_no_note(sentence: str) -> None:
    assert not translation_note(sentence)


def test_origin_notes_after_the_story_go_and_the_story_stays() -> None:
    for note in ("Artículo publicado en la edición impresa.", "Перевод с английского.",
                 "This article first appeared in Axios AM."):
        assert kept(run(LEAD, BODY, SECOND, TAIL, note)) == [LEAD, BODY, SECOND, TAIL], note


def test_a_machine_translation_note_naming_a_neural_network_is_a_disclosure() -> None:
    note = "Текст переведен с английского с помощью нейросети и отредактирован."
    assert disclosure_note(note, len(note.split()))
    assert disclosure_note("Este texto foi traduzido com recurso a inteligência artificial e revisto pela redação.", 14)
    # A story sentence on neural networks speaks as no site and of no page.
    story = "Researchers trained a neural network to translate the letters, the university said."
    assert not disclosure_note(story, len(story.split()))


PHONE = ("Given that few people back up the data on their PC it is a fair bet that even fewer do so with the phone "
         "they carry around, the survey of taxi firms in nine cities found.")
APP = "Download our app for the latest news and alerts."


def test_a_prompt_run_into_a_story_paragraphs_end_goes_and_the_paragraph_stays() -> None:
    out = run(LEAD, BODY, f"{PHONE} {APP}", SECOND, TAIL)
    assert kept(out) == [LEAD, BODY, PHONE, SECOND, TAIL]
    assert removed_by(out, "inserted_furniture") == [APP]


def test_a_last_sentence_on_the_paragraphs_subject_stays() -> None:
    # It speaks to the reader, but of the phones the paragraph is about.
    own = f"{PHONE} Your phone may hold numbers you have nowhere else."
    assert own in kept(run(LEAD, BODY, own, SECOND, TAIL))


def test_speech_running_on_in_a_paragraph_is_never_cut() -> None:
    # A quotation opened in the paragraph goes on past its sentences: its last one is the speaker's.
    speech = ("“You’ve beaten some really good teams this year,” he said he told them. “You’ve been in every game "
              "for the last 10 games. So if you start believing in yourself, then good things are going to happen.")
    assert speech in kept(run(LEAD, BODY, speech, SECOND, TAIL))


def test_a_markdown_h1_is_the_headline_whatever_stands_above_it() -> None:
    out = run("Um Sie besser zu informieren, verwenden wir Cookies.", "SZ Plus abonnieren", "**ANALYSE**",
              "# U.S. auto output said down this week", "Von Florian Haas", LEAD, BODY, SECOND, TAIL)
    assert out.title == "U.S. auto output said down this week"
    assert out.byline == "Florian Haas"
    assert kept(out) == [LEAD, BODY, SECOND, TAIL]


def test_two_markdown_h1s_mark_no_headline() -> None:
    # A page of sections: neither heading is surely the page's headline, and neither goes as one.
    out = run("# Markets", LEAD, BODY, "# Politics", SECOND, TAIL)
    assert out.title != "Markets"
    assert "# Politics" in kept(out)


@pytest.mark.parametrize("meta", [
    "13. Januar 2020, 10:20 Uhr | Lesezeit: 10 Min.",
    "13. Januar 2020, 10:20 Uhr · 4 Min. Lesezeit",
])
def test_a_meta_line_opening_on_a_stamp_is_the_heads_though_it_ends_as_a_sentence(meta: str) -> None:
    out = run("Greek duo cleared in doping case", meta, LEAD, BODY, SECOND, TAIL)
    assert out.title == "Greek duo cleared in doping case"
    assert kept(out) == [LEAD, BODY, SECOND, TAIL]


def test_a_lead_with_a_bar_in_it_is_still_the_lead() -> None:
    # Its first part is no stamp or byline: a story sentence, bar and all.
    lead = "Shares of Acme | the maker of anvils | rose 4% on Monday after the company raised its forecast."
    out = run("Acme shares rise", lead, BODY, SECOND, TAIL)
    assert kept(out)[0] == lead


@pytest.mark.parametrize("meter", [
    "Has alcanzado el límite de artículos gratuitos de este mes",
    "ATINGIU O LIMITE DE ARTIGOS GRATUITOS",
    "You have 9 free articles remaining this month",
    "残り4本の記事をお読みいただけます。",
    "Subscribe for unlimited access.",
    "Get unlimited access to ideas that shape the world",
])
def test_a_walls_meter_and_offer(meter: str) -> None:
    assert wall_prompt(meter)


@pytest.mark.parametrize("sentence", [
    "Members get unlimited access to the gym, the club said.",  # no imperative: the story's
    "The limit was raised.",  # no free articles
    "The paper lifted the limit on free articles last year, its editor said in a statement on Monday.",
])
def test_a_story_sentence_on_limits_and_access_is_no_wall(sentence: str) -> None:
    assert not wall_prompt(sentence)


def test_a_walls_meter_and_offer_after_the_story_go() -> None:
    meter = "You have 9 free articles remaining this month. Subscribe for unlimited access."
    assert kept(run(LEAD, BODY, SECOND, TAIL, meter)) == [LEAD, BODY, SECOND, TAIL]


def test_a_player_that_did_not_load() -> None:
    out = run(LEAD, BODY, "This video can not be played", SECOND, TAIL)
    assert kept(out) == [LEAD, BODY, SECOND, TAIL]
    assert "The video could not be played on older phones, the company said." in kept(
        run(LEAD, BODY, "The video could not be played on older phones, the company said.", SECOND, TAIL))


CEC = "The Edinburgh-based firm CEC has married speech technology with ever-popular internet search."


@pytest.mark.parametrize("caption", [
    "Fans celebrate after the final whistle. (AFP via Getty Images)",
    "A trader works on the floor of the exchange. (Shutterstock)",
    "会談に臨む閣僚。（Xinhua）",
    # Or under a credit label, the source's closed name ending it.
    "A trader works on the floor of the exchange. Image credit: Shutterstock",
    "Workers assemble vehicles at a plant outside the city. Photo: EPA-EFE",
    "Officials speak to reporters after the meeting. Foto: AFP via Getty Images",
])
def test_a_caption_closing_on_its_source_run_into_a_paragraph_goes(caption: str) -> None:
    out = run(LEAD, BODY, f"{caption} {CEC}", SECOND, TAIL)
    assert kept(out) == [LEAD, BODY, CEC, SECOND, TAIL]


@pytest.mark.parametrize("para", [
    f"LONDON (Reuters) - {CEC}",  # a wire's credit after a place: the lead's
    f"Shares fell on the news. The firm said so. (Reuters) {CEC}",  # more than one sentence before it
    f"Shares fell on the news. The firm said so. Photo: Reuters {CEC}",
    f"He showed the picture. Image: Reuters reported it first, he said. {CEC}",  # no capital opens a story after it
])
def test_a_bracketed_agency_that_closes_no_caption_stays(para: str) -> None:
    assert glued_head(para, 8) is None


@pytest.mark.parametrize("note", [
    "Diego Arrieta es periodista de la sección de Economía.",
    "Jane Doe is a senior reporter covering politics. She previously worked in Chicago.",
])
def test_an_authors_note_between_the_paragraphs_goes(note: str) -> None:
    byline = "Por Diego Arrieta" if note.startswith("Diego") else "By Jane Doe"
    out = run("Kazakhstan votes", byline, LEAD, BODY, note, SECOND, TAIL)
    assert kept(out) == [LEAD, BODY, SECOND, TAIL]


def test_a_story_sentence_opening_on_the_bylined_name_stays() -> None:
    # The byline's name opens a story sentence that names no trade of the writer's.
    said = "Jane Doe said the turnout figures would be checked again by the commission on Monday."
    assert said in kept(run("Kazakhstan votes", "By Jane Doe", LEAD, BODY, said, SECOND, TAIL))


def test_an_authors_note_in_a_script_without_case() -> None:
    note = "孙嘉怡，本报体育记者。"
    out = run("Kazakhstan votes", "记者 孙嘉怡", LEAD, BODY, SECOND, TAIL, note)
    assert out.byline == "孙嘉怡"
    assert kept(out) == [LEAD, BODY, SECOND, TAIL]


def test_an_authors_note_names_the_writer_then_a_comma_in_caseless_scripts() -> None:
    assert author_note(Line(0, 0, "孙嘉怡，本报体育记者。"), "孙嘉怡")
    assert author_note(Line(0, 0, "高橋 亮 経済担当記者。"), "高橋 亮")
    assert not author_note(Line(0, 0, "孙嘉怡说，会议将于周一举行。"), "孙嘉怡")  # the name as a speaker


ENTRY = "The Consumer Affairs subcommittee bill would limit credit card interest rates at eight points above the yield."
ENTRY2 = "If in effect now, the bill would limit credit card rates to 13.8 pct compared to a nation-wide average of 18 pct."


def test_a_live_entrys_author_under_a_pinned_mark_goes() -> None:
    out = run(LEAD, BODY, "Pinned", "Naomi Ferreira", ENTRY, "Pinned", "Naomi Ferreira", ENTRY2, TAIL)
    assert kept(out) == [LEAD, BODY, ENTRY, ENTRY2, TAIL]


def test_a_live_entrys_stamp_and_author_on_one_line_go() -> None:
    out = run(LEAD, BODY, "11.35pm GMT · Siobhan Keane", ENTRY, "9:06 a.m. ET | Jane Doe", ENTRY2, TAIL)
    assert kept(out) == [LEAD, BODY, ENTRY, ENTRY2, TAIL]


def test_a_name_alone_with_no_live_mark_stays() -> None:
    # One pinned mark is no live page: a name alone under it may be the story's subhead.
    out = run(LEAD, BODY, "Pinned", "Naomi Ferreira", ENTRY, TAIL)
    assert "Naomi Ferreira" in kept(out)


def test_a_stamp_before_a_statement_is_no_entry_head() -> None:
    assert not stamped_author("11.35pm GMT · Polls close in the capital")
    assert stamped_author("11.35pm GMT · Siobhan Keane")


@pytest.mark.parametrize("teaser", [
    "Keep reading UK economy ends year with spurt Google shares fall as staff sell",
    "Go deeper Retirement age could be scrapped Battered dollar hits another low",
    "Go deeper: Retirement age could be scrapped",
])
def test_a_rails_label_set_off_by_a_space_before_its_headlines(teaser: str) -> None:
    out = run(LEAD, BODY, teaser, SECOND, TAIL)
    assert kept(out) == [LEAD, BODY, SECOND, TAIL]
    assert removed_by(out, "read_more") == [teaser]


def test_go_deeper_in_a_story_sentence_stays() -> None:
    # The label's words opening a sentence in lower case: the story's.
    deeper = "Go deeper into the data and the turnout figures look weaker than the commission says."
    assert deeper in kept(run(LEAD, BODY, deeper, SECOND, TAIL))


@pytest.mark.parametrize("call", [
    "Find The Irish Times on WhatsApp and stay up to date",
    "Читайте РИА Новости в Telegram",
    "Join ST's WhatsApp Channel and get the latest news and must-reads",
])
def test_a_call_to_read_the_site_on_a_messaging_app_goes(call: str) -> None:
    assert kept(run(LEAD, BODY, call, SECOND, TAIL)) == [LEAD, BODY, SECOND, TAIL]


@pytest.mark.parametrize("sentence", [
    "Police found the messages on WhatsApp, the court heard.",
    "Read the full statement on Telegram, the ministry said.",  # who urged it is named: the story's
    "Follow the minister on Telegram, the party urged its voters.",
])
def test_a_story_sentence_naming_a_messaging_app_stays(sentence: str) -> None:
    assert sentence in kept(run(LEAD, BODY, sentence, SECOND, TAIL))


@pytest.mark.parametrize("note", ["刘思琪，本报文化记者。", "高橋 亮 経済担当記者。"])
def test_a_note_naming_the_papers_desk_needs_no_byline(note: str) -> None:
    assert author_note(Line(0, 0, note), None)


@pytest.mark.parametrize("sentence", ["他是一名记者。", "据报道，他是记者。", "本报记者。"])
def test_a_sentence_on_a_reporter_is_no_self_named_note(sentence: str) -> None:
    assert not author_note(Line(0, 0, sentence), None)


def test_a_contributors_own_links_under_the_bio_go() -> None:
    out = run(LEAD, BODY, SECOND, "Follow me on Twitter or LinkedIn. Check out my website.")
    assert kept(out) == [LEAD, BODY, SECOND]
    follow = "Follow me on this one, he said, and the crowd went after him up the hill to the square."
    assert follow in kept(run(LEAD, BODY, follow, SECOND))
