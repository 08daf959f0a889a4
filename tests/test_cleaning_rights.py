"""Rights notices in the tail zone, per language (the packs' ``copyright*`` rules): the line forbidding a copy or
naming the holder goes, a story sentence on a reproduction ban stays wherever it stands."""
from __future__ import annotations

import pytest

from tests.cleaned import kept, run

LEAD = "Kazakhstan’s ruling party won a commanding majority in early parliamentary elections on Sunday."
BODY = "Turnout was estimated at around 54%, far below the 63% participation in previous elections."
LAST = "Economic challenges, including high inflation, are also top of mind for Tokayev, analysts said."


# As news sites print them under the story: a rights line, alone or after the copyright sign.
@pytest.mark.parametrize("notice", [
    "Reproduction in whole or in part without permission is prohibited.",
    "Queda prohibida la reproducción total o parcial de este contenido.",
    "Toute reproduction, même partielle, est interdite.",
    "Reproduction interdite sans autorisation.",
    "Nachdruck nur mit Genehmigung des Verlags.",
    "Vervielfältigung nur mit schriftlicher Genehmigung.",
    "Proibida a reprodução total ou parcial.",
    "È vietata la riproduzione anche parziale.",
    "При цитировании ссылка на источник обязательна.",
    "Перепечатка материалов без согласия редакции запрещена.",
    "Все права защищены. Использование материалов разрешено при наличии гиперссылки.",
    "يمنع نسخ أو إعادة نشر هذا المحتوى دون إذن.",
    "版权所有，未经授权不得转载。",
    "本文为原创，转载请注明出处。",
    "版权声明：本文由财新传媒独家提供，未经授权不得转载。",
    "版权所有 © 2026 新华社。未经许可，不得转载。",  # the owner after the words, with a sign and a year
    "記事の著作権は株式会社みなと新聞社に帰属します。",
])
def test_a_rights_notice_in_the_tail_goes(notice: str) -> None:
    out = run(LEAD, BODY, LAST, notice)
    assert kept(out) == [LEAD, BODY, LAST]
    assert any(r.rule.startswith("copyright") for r in out.removed)


# Story sentences on a ban of a copy: a subject before the ban, or the speaker after it.
@pytest.mark.parametrize("sentence", [
    "Reproduction of the painting without permission is prohibited under the law, the museum said.",
    "La reproducción de la obra fue prohibida por el tribunal en 2019.",
    "Toute reproduction de ce tableau a été interdite par le tribunal en 2019, a indiqué le musée.",
    "Der Nachdruck des Buches wurde 2019 vom Gericht verboten, sagte der Verlag.",
    "A reprodução da obra foi proibida pelo tribunal em 2019.",
    "La riproduzione del quadro è stata vietata dal tribunale nel 2019.",
    "Перепечатка книги была запрещена судом в 2019 году, сообщили в издательстве.",
    "Использование материалов разрешено при наличии согласия правообладателя, заявил юрист.",
    "قالت المحكمة إن إعادة نشر الكتاب ممنوعة منذ عام 2019.",
    "法院表示，该书自2019年起禁止转载。",
    "法院表示，未经授权不得转载该判决书全文。",
    "该公司称对此版权所有争议将诉诸法院，未经许可不得转载的规定也在讨论之中。",
    "出版社は、無断転載が相次いだため法的措置を取ると発表した。",
])
def test_a_story_sentence_on_a_copy_ban_stays(sentence: str) -> None:
    assert kept(run(LEAD, BODY, LAST, sentence)) == [LEAD, BODY, LAST, sentence]
    assert kept(run(LEAD, sentence, BODY, LAST)) == [LEAD, sentence, BODY, LAST]


def test_a_chinese_magazines_origin_and_its_editors_in_the_tail_go() -> None:
    lead = "阿里巴巴周二公布季度业绩，收入增长百分之十二，超过分析师预期。公司表示，云计算业务继续扩张。"
    body = "分析师认为，这一结果显示中国消费复苏的迹象，但仍存在不确定性。"
    out = run(lead, body, "来源于 《财新周刊》 第65期", "责任编辑：张浩然 | 版面编辑：陈若溪")
    assert kept(out) == [lead, body]
    assert [r.rule for r in out.removed] == ["editor_zh", "editor_zh"]
