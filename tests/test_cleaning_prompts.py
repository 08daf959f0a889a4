"""Interface lines told by a closed class of interface words and their shape (``cleaning.prompts``): a gallery's
button or count between story paragraphs, a membership wall's line and a print note set as a label after the
story; teasers under a label of any wording; captions closing on a credit of other shapes. And the story's own
lines in the same words, which stay."""
from __future__ import annotations

import pytest

from tests.cleaned import kept, run
from wirewash.transforms.core.cleaning.captions import caption_line
from wirewash.transforms.core.cleaning.normalise import count_words
from wirewash.transforms.core.cleaning.prompts import gallery_prompt, membership_wall, paper_note

LEAD = "Kazakhstan’s ruling party won a commanding majority in early parliamentary elections on Sunday."
BODY = "Turnout was estimated at around 54%, far below the 63% participation in previous elections."
TAIL = "Economic challenges, including high inflation, are also top of mind for Tokayev, analysts said."


def goes_between(line: str) -> None:
    assert kept(run(LEAD, BODY, line, TAIL)) == [LEAD, BODY, TAIL], line


def stays_between(line: str) -> None:
    assert kept(run(LEAD, BODY, line, TAIL)) == [LEAD, BODY, line, TAIL], line


def goes_after(line: str) -> None:
    assert kept(run(LEAD, BODY, TAIL, line)) == [LEAD, BODY, TAIL], line


def stays_after(line: str) -> None:
    assert kept(run(LEAD, BODY, TAIL, line)) == [LEAD, BODY, TAIL, line], line


@pytest.mark.parametrize("prompt", [
    "Browse the gallery (18 pictures)",
    "Tap to enlarge photo",
    "Ver fotogalería: 15 imágenes",
    "Voir le diaporama",
    "Fotostrecke ansehen",
    "Sfoglia la fotogallery",
    "Открыть фотогалерею",
    "تصفح معرض الصور",
    "点击查看组图",
    "画像を拡大する",
    "사진 더보기",
    "Galerie : 24 clichés",
    "Pictures (14)",  # a count in brackets, a slideshow's arrows in words
    "Previous photo",
    "Foto siguiente",
    "下一张图片",
])
def test_a_gallerys_button_or_count_between_story_paragraphs_goes(prompt: str) -> None:
    assert gallery_prompt(prompt)
    goes_between(prompt)


@pytest.mark.parametrize("line", [
    "The photo that changed the race",  # a subhead on a picture: no button, no count
    "Photographs from the front line, 1916",  # a year, not a count
    "Police released images of the suspect on Tuesday.",  # a sentence
    "Die Bilder der Überwachungskamera",  # a subhead naming pictures without a button or a count
])
def test_a_storys_lines_on_pictures_stay(line: str) -> None:
    assert not gallery_prompt(line)
    stays_between(line)


WALLS = [
    "To read this story in full, become a member.",
    "Premium content for members",
    "Solo para suscriptores",
    "Réservé à nos abonnés",
    "Nur für Abonnenten",
    "Exclusivo para assinantes",
    "Riservato agli abbonati",
    "Доступно только по подписке",
    "محتوى للمشتركين",
    "付费会员专享",
    "有料会員限定",
    "유료 회원 전용",
]


def test_a_storys_last_sentence_on_subscribers_stays() -> None:
    for last in ("Netflix added two million subscribers in the quarter, the company said.",
                 "Members of the committee will meet again on Friday.",
                 '"Subscribers deserve better," the regulator said.'):
        assert not membership_wall(last), last
        stays_after(last)


NOTES = [
    "Print edition | June 3, 2026",
    "From the newspaper of 12 February 2026",
    "Periódico del 4 de mayo de 2026, página 12",
    "Dans le journal du 18 avril 2026",
    "Zeitung vom 28. Mai 2026, Seite 3",
    "Jornal de 19 de junho de 2026",
    "Dal quotidiano del 3 marzo 2026",
    "Из номера газеты от 11 июля 2026 года",
    "من عدد الصحيفة الصادر في 10 يناير 2026",
    "见报：2026年2月20日第6版",
]


def test_a_storys_last_sentence_on_a_newspaper_stays() -> None:
    for last in ("The newspaper was founded on 3 June 1990, its editor said.",
                 "The edition sold out by noon on 4 May 2026."):
        assert not paper_note(last), last
        stays_after(last)


@pytest.mark.parametrize("teaser", [
    "More from our reporters: Ferry operator suspends crossings as storm nears",  # four words
    "Also worth reading - Regional airline orders twelve new jets",  # a dash
    "Relacionado | El Congreso aplaza la votación del presupuesto",  # a bar
    "推荐｜多地出台新政稳定楼市",  # a full-width bar
])
def test_a_teaser_under_a_longer_label_or_a_dash_goes(teaser: str) -> None:
    goes_between(teaser)


def test_a_teaser_goes_beside_a_line_a_pack_took() -> None:
    # A pack's line rule took the tail's "Read more: ..."; its label is no second run-in subhead of the story's.
    teaser = "Our picks: Regional airline orders twelve new jets"
    out = run(LEAD, teaser, BODY, TAIL, "Read more: Ferry operator suspends crossings as storm nears")
    assert kept(out) == [LEAD, BODY, TAIL]


def test_a_story_line_under_a_dash_stays() -> None:
    # A list item with commas, and a sentence, under a label with a dash are the story's.
    # A name after the dash is no headline ("PEPA – Universitätsklinikum Heidelberg (UKHD)", a German story's).
    for line in ("Group C - Scotland, Norway, Serbia", "Update - The ministry said the talks would resume.",
                 "Charité – Universitätsmedizin Berlin (CUB)", "Partner - Städtisches Klinikum Karlsruhe"):
        stays_between(line)


@pytest.mark.parametrize("caption", [
    "Commuters wait on the platform. Photograph: Jane Doe/Getty Images",  # not a teaser glued to a sentence
    "Commuters wait on the platform. Owen Prescott for Daily Meridian",
    "Le quai de la gare. Photo d'archives AFP",
    "지하철 승강장 자료사진 ⓒ김민수",
    "乘客在站台候车。图源：新华社",
    "乘客在站台候车（路透社图片）",
    "Commuters wait at the station. Picture credit: Jane Doe",  # a credit's own label
    "Des voyageurs en gare. Crédits : Jean Martin",
    "旅客在车站候车。新华社供图",
])
def test_a_caption_closing_on_a_credit_goes_whole(caption: str) -> None:
    goes_between(caption)


def test_a_story_sentence_with_a_label_glued_after_it_keeps_its_sentence() -> None:
    # A headline (no credit) after the label is a teaser: it goes, the story's sentence stays.
    para = "Turnout was estimated at around 54%, far below previous elections. Related: Ferry operator suspends crossings"
    assert kept(run(LEAD, para, TAIL)) == [LEAD, "Turnout was estimated at around 54%, far below previous elections.", TAIL]


# A print note naming the paper that published it: the publishing verb and a date.
PUBLISHED_NOTES = [
    "First published in the Harbour Gazette on 12 February 2026",
    "Erschienen im Stadtanzeiger am 28. Mai 2026",
    "Напечатано в номере «Городских вестей» от 11 июля 2026 года",
]


@pytest.mark.parametrize("test, line", [(membership_wall, w) for w in WALLS]
                         + [(paper_note, n) for n in NOTES + PUBLISHED_NOTES])
def test_a_wall_or_print_note_after_the_story_goes(test, line: str) -> None:
    assert test(line)
    goes_after(line)


def test_a_pages_own_stamp_is_left_to_the_stamps() -> None:
    # "Publié le ..." with its clock is a stamp: ``stamps`` reads the publication date off it.
    assert not paper_note("Publié le 9 novembre 2021 à 8h34 - Mis à jour à 10h34")


def test_teasers_under_different_labels_go_when_each_label_is_a_teasers() -> None:
    # Two labels tell run-in subheads apart, unless the labels are a teaser's words or capitals.
    first, second = "LEIA: Câmara adia votação da reforma tributária", "Recomendado para ti: El puerto bate su récord anual"
    assert kept(run(LEAD, first, BODY, second, TAIL)) == [LEAD, BODY, TAIL]


def test_a_sources_label_is_no_picture_credit() -> None:
    # A source under the story's figures names no picture (what other passes make of its label is theirs).
    line = "Unemployment rose to 5.1% in May. Source: Eurostat"
    assert not caption_line(line, count_words(line))


@pytest.mark.parametrize("pitch", [
    "Support local journalism. Become a subscriber today.", "SUPPORT LOCAL JOURNALISM. BECOME A SUBSCRIBER TODAY",
    "Support independent journalism by becoming a member", "Support The Guardian's journalism. Donate now.",
    "Join News24 today and read the stories that matter.", "Become a subscriber today.",
])
def test_a_papers_appeal_for_support_and_its_call_go(pitch: str) -> None:
    goes_between(pitch)


@pytest.mark.parametrize("line", [
    "Support for local journalism fell sharply last year, the survey found.",
    "Join us today and help rebuild the town, the mayor said.",
    "Join the queue today, officials said.",
])
def test_a_story_line_on_supporting_journalism_stays(line: str) -> None:
    stays_between(line)


@pytest.mark.parametrize("call", ["Laden Sie die n-tv.de-App herunter", "Jetzt die tagesschau.de-App herunterladen"])
def test_an_app_call_naming_the_sites_app_in_a_compound_goes(call: str) -> None:
    goes_between(call)
    stays_between("Laden Sie die App herunter, sagte der Minister.")


@pytest.mark.parametrize("call", [
    "Descárgate la app de La Vanguardia y recibe las noticias más relevantes",
    "Descarregue a app do Estadão e receba alertas.",
    "Scarica l'app di Il Fatto Quotidiano per ricevere le notizie in tempo reale",
    "Jetzt in der App lesen",
])
def test_an_app_call_naming_the_site_and_what_it_brings_goes_in_any_language(call: str) -> None:
    goes_between(call)


def test_the_app_stores_badges_go_alone_and_a_story_line_on_a_store_stays() -> None:
    assert kept(run(LEAD, BODY, "App Store", "Google Play", TAIL)) == [LEAD, BODY, TAIL]
    assert kept(run(LEAD, BODY, "Disponible sur Google Play", "Disponible sur l'App Store", TAIL)) == [LEAD, BODY, TAIL]
    stays_between("Google Play will stop carrying the app next month, the company said.")
    stays_between("App Store sales rose 10 percent")


@pytest.mark.parametrize("call", ["Entre no canal de WhatsApp de Estadão", "Únete a nuestro canal de WhatsApp",
                                  "Rejoignez notre chaîne WhatsApp"])
def test_a_call_to_join_the_sites_messaging_channel_goes_in_any_language(call: str) -> None:
    goes_between(call)
    stays_between("Entre os canais de televisão, a Globo lidera, disse o relatório.")
