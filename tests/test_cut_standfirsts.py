"""A standfirst cut short with an ellipsis over the lead it copies, and the datelines that open such leads in
Russian (RIA Novosti naming its writer) and Chinese (a year in the date, the paper's own undated desk), and
Chinese copyright lines naming a written permission."""
from __future__ import annotations

import pytest

from tests.cleaned import BODY, LEAD, SECOND, TAIL, kept, removed_by, run

HEADLINE = "Solskjaer raises hopes of return"
STORY = ("Manchester United striker Ole Gunnar Solskjaer said he hoped to return next season following a "
         "career-threatening injury to his right knee.")
AFTER = ("The 31-year-old Norway international had surgery in Sweden in August to transplant cartilage into the "
         "joint, and he said it was going as it should.")


@pytest.mark.parametrize("cut", [
    "Manchester United striker Ole Gunnar Solskjaer said he hoped to return next season…",
    "Manchester United striker Ole Gunnar Solskjaer said he hoped to return next season ...",
])
def test_a_standfirst_cut_short_over_the_lead_goes(cut: str) -> None:
    out = run(HEADLINE, cut, STORY, AFTER)
    assert removed_by(out, "repeated_standfirst") == [cut]
    assert kept(out) == [STORY, AFTER]


def test_the_cut_standfirst_goes_before_the_leads_dateline_is_read() -> None:
    # The standfirst stood where the lead is looked for, so the dateline under it was not read as one.
    lead = "НОВОСИБИРСК, 19 ноября 2024 года — РИА Новости, Ольга Миронова. " + STORY
    out = run(HEADLINE, "Manchester United striker Ole Gunnar Solskjaer said he hoped to return next season…", lead, AFTER)
    assert kept(out) == [STORY, AFTER]
    assert out.publisher == "RIA Novosti"


@pytest.mark.parametrize("paras", [
    # The story's own paragraph trailing off: no paragraph below opens with its words.
    (LEAD, "He said the talks would go on, but that the parties were still far apart and…", BODY, SECOND),
    # Five words before the ellipsis: a paragraph below may open so by chance.
    (LEAD, "He said he would try…", "He said he would try again next year if the party asked him to.", TAIL),
    # The words stand deep in the paragraph below, not at its start after a dateline: a quotation, not a copy.
    (LEAD, "Seven parties, including two newly registered ones…",
     "Observers from the mission counted the ballots twice and wrote in their report on the vote that "
     "Seven parties, including two newly registered ones, competed for seats.", TAIL),
])
def test_an_ellipsis_over_no_copy_of_it_stays(paras: tuple[str, ...]) -> None:
    out = run(*paras)
    assert removed_by(out, "repeated_standfirst") == []
    assert kept(out) == list(paras)


@pytest.mark.parametrize("dateline", [
    "НОВОСИБИРСК, 19 ноября 2024 года — РИА Новости, Ольга Миронова. ",
    "МОСКВА, 10 окт — РИА Новости, Дмитрий Макаров. ",
    "МОСКВА, 4 мар — РИА Новости. ",
])
def test_ria_novosti_datelines_with_and_without_the_writer(dateline: str) -> None:
    out = run(HEADLINE, dateline + STORY, AFTER)
    assert removed_by(out, "ria_credit") == [dateline.strip()]
    assert out.publisher == "RIA Novosti"


def test_a_sentence_naming_ria_novosti_and_a_writer_stays() -> None:
    sentence = "Как сообщили РИА Новости, Ольга Миронова покинула редакцию в конце прошлого года после ссоры."
    out = run(HEADLINE, sentence, AFTER)
    assert removed_by(out, "ria_credit") == []
    assert sentence in kept(out)


ZH_STORY = "全国政协十四届二次会议今天下午在人民大会堂开幕，来自各界的委员出席了会议并听取了工作报告。"
ZH_AFTER = "会议期间，委员们将围绕经济社会发展的重大问题建言资政，提出提案。"


@pytest.mark.parametrize("dateline", [
    "人民网上海2020年3月21日电 ",  # the year in the date
    "本报北京3月4日电（记者 王五）",  # the paper's desk, dated
    "本报深圳电 ",  # the paper's desk, undated
])
def test_peoples_daily_datelines(dateline: str) -> None:
    out = run("全国政协会议开幕", dateline + ZH_STORY, ZH_AFTER)
    assert removed_by(out, "people_cn_credit") == [dateline.strip()]
    assert out.publisher == "People's Daily"
    assert kept(out) == [ZH_STORY, ZH_AFTER]


@pytest.mark.parametrize("sentence", [
    "本报记者在电话中获悉，全国政协十四届二次会议今天下午在人民大会堂开幕。",  # the paper's reporter, no desk
    "本报电视频道今天下午直播了全国政协十四届二次会议的开幕式。",  # 电 opening a word, no space after
])
def test_a_sentence_opening_on_the_paper_is_no_dateline(sentence: str) -> None:
    out = run("全国政协会议开幕", sentence, ZH_AFTER)
    assert removed_by(out, "people_cn_credit") == []
    assert sentence in kept(out)


@pytest.mark.parametrize("line", [
    "人民网版权所有，未经书面授权禁止使用",  # a written permission, and use banned
    "未经本网授权不得转载、摘编或利用其它方式使用上述作品",
])
def test_chinese_copyright_lines_naming_a_written_or_the_sites_permission(line: str) -> None:
    out = run("全国政协会议开幕", ZH_STORY, ZH_AFTER, line)
    assert removed_by(out, "copyright_zh") == [line]


def test_a_story_sentence_on_unauthorised_use_stays() -> None:
    sentence = "法院表示，未经书面授权禁止使用他人作品，被告应当赔偿原告的经济损失。"
    out = run("全国政协会议开幕", ZH_STORY, sentence, ZH_AFTER)
    assert sentence in kept(out)
