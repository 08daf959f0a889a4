"""Japanese: 共同通信 and 時事通信 datelines and closing credits; 関連記事, タグ, 有料記事, 更新日時, credits."""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.rules.shapes import HAN, credit, label, line

L = "ja"
_KANA = "\u3040-\u30ff"
_NEN = r"\d{4}年\d{1,2}月\d{1,2}日(?:[（(][月火水木金土日][）)])?"
_JI = r"\d{1,2}(?:時\d{1,2}分|:\d{2})"

RULES: tuple[Rule, ...] = (
    credit(
        "kyodo_credit", L, "Kyodo",
        # "【ワシントン共同】" opens the story: the place in katakana or kanji, then the agency.
        re.compile(rf"【[{_KANA}{HAN}ー・]{{0,12}}共同】 ?"),
        "【ワシントン共同】米政府は4日、新たな対中半導体規制を発表した。",
        "共同通信の世論調査によると、内閣支持率は前月から3ポイント下落した。",
    ),
    credit(
        "jiji_credit", L, "Jiji",
        re.compile(rf"【[{_KANA}{HAN}ー・]{{0,12}}時事】 ?"),
        "【ロンドン時事】英中央銀行は4日、政策金利を据え置くと発表した。",
        "時事通信の調べでは、英中央銀行は4日、政策金利を据え置くと発表した。",
    ),
    Rule(
        # Regional papers close wire copy with the agency in brackets: "…と発表した。（共同）".
        "closing_kyodo_credit", 1, "suffix", "政府は4日、新たな経済対策を閣議決定した。（共同）",
        re.compile(r"[（(]共同[）)]\Z"), "tail", L, "Kyodo",
        "共同で開発した新薬について、両社は4日に記者会見を開いた。",
    ),
    Rule(
        "closing_jiji_credit", 1, "suffix", "日銀は4日、国債買い入れの減額を決めた。（時事）",
        re.compile(r"[（(]時事[）)]\Z"), "tail", L, "Jiji",
        "時事問題を扱う番組は、4日に放送時間を拡大した。",
    ),
    label(
        "tags_ja", L, "list_label", r"(?:タグ|キーワード|関連キーワード|この記事のタグ)(?: ?[:：])?",
        "キーワード", "キーワードは「持続可能性」だと社長は記者会見で述べた。", zone="tail",
    ),
    label(
        "teaser_ja", L, "teaser_label",
        r"(?:関連記事|関連ニュース|あわせて読みたい|合わせて読みたい|こちらもおすすめ|おすすめ記事|こちらも読まれています)(?: ?[:：])?",
        "関連記事", "関連記事の削除を求める声が相次ぎ、同社は4日に謝罪した。",
    ),
    line(
        "paywall_ja", L,
        r"(?:この記事は)?(?:有料記事|有料会員限定記事|会員限定記事)(?:です)?。?"
        r"|(?:この記事は)?(?:有料会員|会員)(?:限定|になると)[^\n]{0,60}"
        r"|残り\d{1,5}文字[（(]全文\d{1,6}文字[）)]",
        "この記事は有料記事です。",
        "有料記事の配信を始めた新聞社は、この1年で倍増したと調査会社は分析する。",
    ),
    line(
        "stamp_ja", L,
        rf"(?:更新日時|更新|配信|公開日|最終更新|掲載日)[:：]? ?{_NEN}(?: ?{_JI})?(?: ?(?:更新|配信))?|{_NEN} ?{_JI}(?: ?(?:更新|配信|公開))?",
        "更新日時：2024年3月4日 10時20分",
        "更新された計画では、2024年3月4日から新たな運賃が適用されると発表した。",
    ),
    line(
        "copyright_ja", L,
        r"(?:Copyright ?)?(?:©|\([cC]\)) ?[^\n]{1,100}|[^\n、。]{0,40}無断転載(?:を)?(?:禁止|禁じます)[^\n、]{0,60}",
        "Copyright © 2024 共同通信社 無断転載禁止",
        "記事の無断使用が相次いだため、同社は法的措置を検討すると述べた。",
        zone="tail",
    ),
    line(
        "share_ja", L,
        r"(?:シェア|この記事をシェアする|ツイート|ポスト|LINEで送る|はてなブックマーク|ブックマーク|フォローする|印刷)"
        r"(?: ?[|・/]? ?(?:シェア|ツイート|ポスト|LINE|Facebook|X|はてなブックマーク|ブックマーク|印刷)){0,6}",
        "シェア ツイート ブックマーク",
        "シェアの拡大を目指す同社は、来年にも新工場を稼働させる方針だ。",
    ),
    line(
        "photo_credit_ja", L,
        r"(?:写真|画像|撮影)[:：=＝][^\n]{1,40}|[（(](?:写真|画像)[:：=＝]?[^（）()\n]{1,30}[）)]",
        "写真：共同",
        "写真展は4日から東京都内で開かれ、約200点が展示される。",
    ),
)
