"""An opinion piece's disclaimer (its views are its writer's own), in each language's usual form, and the story
sentences on someone's views that share its words."""
from __future__ import annotations

import pytest

from tests.cleaned import BODY, LEAD, SECOND, kept, removed_by, run
from wirewash.transforms.core.cleaning.prompts import disclosure_note


@pytest.mark.parametrize("note", [
    "Opinions expressed by Forbes Contributors are their own.",
    "The views expressed in this commentary are solely those of the author.",
    "The views expressed here are the writer's own.",
    "Las opiniones expresadas son responsabilidad exclusiva de su autor.",
    "Les opinions exprimées n'engagent que leur auteur.",
    "Gastbeiträge geben nicht unbedingt die Meinung der Redaktion wieder.",
    "As opiniões emitidas neste artigo são de inteira responsabilidade de seus autores.",
    "Le opinioni espresse sono esclusivamente quelle dell'autore.",
    "Мнение автора может не совпадать с позицией редакции.",
    "الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة موقف الموقع.",
    "本文仅代表作者观点。",
    "記事の内容は筆者の個人的見解です。",
])
def test_an_opinion_disclaimer_is_a_disclosure(note: str) -> None:
    assert disclosure_note(note, len(note.split()))


@pytest.mark.parametrize("sentence", [
    "The views expressed by the minister are his own, the spokesman said.",  # given to a speaker
    "He said the views expressed in the letter were his own.",  # reported, in the past
    "\"The views expressed are my own,\" she wrote.",  # quoted
    "Мнение автора книги вызвало споры в парламенте.",  # the author's opinion as the story's subject
    "Her views on the merger are well known in the City.",
])
def test_a_story_sentence_on_views_is_no_disclaimer(sentence: str) -> None:
    assert not disclosure_note(sentence, len(sentence.split()))


def test_the_disclaimer_line_goes_and_the_story_stays() -> None:
    out = run(LEAD, BODY, "Opinions expressed by Forbes Contributors are their own.", SECOND)
    assert removed_by(out, "disclosure_note") == ["Opinions expressed by Forbes Contributors are their own."]
    assert kept(out) == [LEAD, BODY, SECOND]
