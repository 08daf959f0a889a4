"""Furniture told by its shape in words no pack lists: a slideshow's counter between story paragraphs, a note
that the story ran in the print edition and a subscriber wall's prompts after it; and the story's own lines of
the same words, which stay."""
from __future__ import annotations

import pytest

from tests.cleaned import kept, run
from wirewash.transforms.core.cleaning.boxes import subscriber_wall
from wirewash.transforms.core.cleaning.cues import print_note, wall_prompt
from wirewash.transforms.core.cleaning.prompts import disclosure_note

LEAD = "Kazakhstan’s ruling party won a commanding majority in early parliamentary elections on Sunday."
BODY = "Turnout was estimated at around 54%, far below the 63% participation in previous elections."
TAIL = "Economic challenges, including high inflation, are also top of mind for Tokayev, analysts said."


@pytest.mark.parametrize("counter", ["1 / 11", "‹ 4 / 12 ›", "10 | 12", "3枚目／12枚", "Diapositiva 2 / 9"])
def test_a_slideshows_counter_between_story_paragraphs_goes(counter: str) -> None:
    assert kept(run(LEAD, counter, BODY, TAIL)) == [LEAD, BODY, TAIL]


def test_a_storys_own_figures_between_its_paragraphs_stay() -> None:
    # A score line and a list item with a fraction are the story's: a sentence, a bullet.
    for line in ("The vote was carried 12 / 9 in committee, officials said.", "- 1/2 cup of sugar"):
        assert kept(run(LEAD, line, BODY, TAIL)) == [LEAD, line, BODY, TAIL], line


@pytest.mark.parametrize("note", [
    "Appeared in the Monday, August 10, 2026, print edition.",
    "Printed in the 12 February 2026 edition.",
    "Publicado en la edición impresa del 4 de mayo de 2026",
    "Article paru dans l'édition papier du 18 avril 2026",
    "Erschienen in der Zeitung vom 28. Mai 2026",
    "Publicado na versão impressa de 19 de junho de 2026",
    "Pubblicato sull'edizione cartacea del 3 marzo 2026",
    "Статья вышла в печатном номере 11 июля 2026",
    "نُشر في العدد الورقي بتاريخ 10 يناير 2026",
    "原文刊于2026年2月20日报纸第14版",
    "2026年3月28日付の紙面から",
    "2026년 1월 21일자 신문 3면",
    # With the print headline it quotes and the page's links after it, longer than a note alone.
    "A version of this article appears in print on May 3, 2023, Section B, Page 8 of the New York edition with the"
    " headline: Ruling party wins Kazakh vote. Order Reprints | Today’s Paper | Subscribe",
])
def test_a_print_edition_note_after_the_story_goes(note: str) -> None:
    assert print_note(note)
    assert kept(run(LEAD, BODY, TAIL, note)) == [LEAD, BODY, TAIL]


def test_a_storys_last_sentence_on_printing_stays() -> None:
    # A mint prints notes; a festival has its 2026 edition; a quotation is speech. None names the paper's edition.
    for last in ("The central bank said it would print 5 billion new notes in 2026.",
                 "The festival's 2026 edition drew 40,000 visitors, organisers said.",
                 '"It ran in print on 3 May 2026," the editor said.'):
        assert not print_note(last), last
        assert kept(run(LEAD, BODY, TAIL, last)) == [LEAD, BODY, TAIL, last], last


@pytest.mark.parametrize("prompt", [
    "To keep reading, become a member today.",
    "Subscribe to continue reading.",
    "Already have an account? Sign in",
    "Jetzt weiterlesen mit Plus",
    "Pour lire la suite, abonnez-vous",
    "Чтобы читать дальше, войдите или оформите подписку",
    "لمواصلة القراءة، سجّل الدخول أو اشترك",
    "登录后继续阅读全文",
    "ログインして続きを読む",
    "구독하고 전문 보기",
])
def test_a_subscriber_walls_prompt_after_the_story_goes(prompt: str) -> None:
    assert wall_prompt(prompt)
    assert kept(run(LEAD, BODY, TAIL, prompt)) == [LEAD, BODY, TAIL]


def test_a_storys_sentences_on_reading_or_logging_in_stay() -> None:
    for last in ("He said he would continue reading the files on Monday.",
                 "Users could not log in for three hours, the bank said.",
                 '"Keep reading," she told the class.',
                 "Has the recession already begun?"):
        assert not wall_prompt(last), last
        assert kept(run(LEAD, BODY, TAIL, last)) == [LEAD, BODY, TAIL, last], last


@pytest.mark.parametrize("teaser", [
    "Keep exploring: Ferry operator suspends crossings as storm nears",
    "Our pick: Regional airline orders twelve new jets",
    "Dans l'actu : Le Sénat adopte le projet de loi sur l'eau",
    "Noch mehr: Kommunen fordern mehr Geld vom Bund",
    "No radar: Governo anuncia novo pacote para a habitação",
    "热点：港口货物吞吐量创新高",
])
def test_a_label_and_another_storys_headline_between_paragraphs_go(teaser: str) -> None:
    assert kept(run(LEAD, BODY, teaser, TAIL)) == [LEAD, BODY, TAIL]


def test_the_storys_own_labelled_lines_stay() -> None:
    # A run-in subhead on the story's subject shares its opening's words; labelled steps in a row are a list.
    subhead = "Analysis: Ruling party turnout falls below previous elections"
    assert kept(run(LEAD, BODY, subhead, TAIL)) == [LEAD, BODY, subhead, TAIL]
    steps = ["Step 1: Register at the polling station", "Step 2: Show a valid passport or identity card"]
    assert kept(run(LEAD, BODY, *steps, TAIL)) == [LEAD, BODY, *steps, TAIL]
    # Subheads under different labels apart, and a list of handles or counts under a label, are no teaser
    # (what other passes make of a short labelled line is theirs).
    heads = ["The Build Stage: Iterate quickly to find out what works",
             "The Grow Stage: Leverage your early success into lasting growth"]
    out = run(LEAD, heads[0], BODY, heads[1], TAIL)
    assert heads[0] in kept(out) and "inserted_teaser" not in {r.rule for r in out.removed}
    for listed in ("Accounts: @cityhall, @newsdesk, @metro_live", "Portion Containers: 1 Green, 1 Blue"):
        assert "inserted_teaser" not in {r.rule for r in run(LEAD, BODY, listed, TAIL).removed}, listed


@pytest.mark.parametrize("caption", [
    "Demonstrators gather outside the ministry | Photo by Megan Costa",
    "Shipping containers stacked at the port — Owen Prescott for Daily Meridian",
    "Vista general del centro de la ciudad — Foto de Lucía Fernández",
    "Varias personas caminan frente al edificio | Foto: Javier Montoya",
])
def test_a_caption_closing_on_a_photographers_credit_goes(caption: str) -> None:
    assert kept(run(LEAD, BODY, caption, TAIL)) == [LEAD, BODY, TAIL]


def test_a_story_line_naming_who_it_is_for_stays() -> None:
    # A sentence is no caption; nor is a line-up naming a player "for" a club with no dash before it.
    line = "The award went to Owen Prescott for Daily Meridian, the jury said."
    assert kept(run(LEAD, BODY, line, TAIL)) == [LEAD, BODY, line, TAIL]


@pytest.mark.parametrize("prompt", [
    "¿Tienes una suscripción de empresa? Accede aquí para contratar más cuentas.",
    "Have a group subscription? Click here to add readers.",
    "Vous avez un compte ? Connectez-vous ici",
    "Haben Sie ein Konto? Hier anmelden",
])
def test_a_question_on_the_readers_subscription_with_its_call_goes(prompt: str) -> None:
    assert kept(run(LEAD, BODY, TAIL, prompt)) == [LEAD, BODY, TAIL]


def test_a_storys_question_on_accounts_stays() -> None:
    # The call points nowhere ("here"), or the question runs long as a story's does.
    for inner in ("Have you cancelled a subscription? Many readers here did so last year.",
                  "Do you have an account with the bank? Customers were told on Monday to visit a branch.",
                  "What happens to the subscriptions people bought during the pandemic once the price rises? "
                  "Analysts here expect many to cancel."):
        assert not subscriber_wall(inner, len(inner.split())), inner
    assert kept(run(LEAD, BODY, inner, TAIL)) == [LEAD, BODY, inner, TAIL]


@pytest.mark.parametrize("prompt", [
    "Sign in to continue reading", "Become a member to keep reading", "Register to read this article for free",
    "This is a premium article. Subscribe to read more.", "Free articles remaining: 1 of 3",
    "You have 2 free articles left this month",
])
def test_a_walls_prompt_or_meter_goes_between_the_storys_paragraphs_and_after_them(prompt: str) -> None:
    assert kept(run(LEAD, BODY, prompt, TAIL)) == [LEAD, BODY, TAIL]
    assert kept(run(LEAD, BODY, TAIL, prompt)) == [LEAD, BODY, TAIL]


def test_a_storys_lines_on_reading_and_free_articles_stay() -> None:
    for line in ("Residents were asked to read the notice before voting, officials said.",
                 "The paper said 2 free articles a month would remain for readers without a subscription."):
        assert kept(run(LEAD, BODY, line, TAIL)) == [LEAD, BODY, line, TAIL], line


@pytest.mark.parametrize("note", [
    "This article contains affiliate links; if you buy through them we may earn a small fee",
    "We may earn a commission when you buy through links on our site",
    "Si compras a través de nuestros enlaces, podemos recibir una comisión",
    "Wenn Sie über diese Links einkaufen, erhalten wir eine Provision",
    "An AI tool helped summarise this article; it was reviewed by our editors",
    "Esta noticia ha sido traducida con ayuda de inteligencia artificial",
    "Generated by AI",
])
def test_a_pages_affiliate_or_machine_disclosure_goes_anywhere(note: str) -> None:
    assert disclosure_note(note, len(note.split()))
    assert kept(run(LEAD, BODY, note, TAIL)) == [LEAD, BODY, TAIL]
    assert kept(run(LEAD, BODY, TAIL, note)) == [LEAD, BODY, TAIL]


def test_a_storys_sentences_on_commissions_and_ai_stay() -> None:
    for line in ("The retailer said affiliate commissions rose 5% last year as more shoppers bought online.",
                 "The company said its AI tool generated 40% of new code last year.",
                 "KAISER ALUMINUM <KLU> RAISES PRODUCT PRICES"):
        assert not disclosure_note(line, len(line.split())), line
