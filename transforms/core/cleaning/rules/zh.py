"""Chinese: 新华社, 中新网/中新社, 人民网 datelines; 标签, 相关新闻, 更新时间, 责任编辑, copyright, share, photos."""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.rules.shapes import HAN, credit, label, line

L = "zh"
# A reporter's note after a dateline: "（记者 张三 李四）", half- or full-width brackets.
_REPORTERS = r"(?: ?[（(](?:记者|記者|通讯员|编辑)[^（）()\n]{1,40}[）)])?"
# "北京3月4日电", "华盛顿3月4日电": place, month, day, 电 (cabled).
_CABLED = rf"[{HAN}]{{0,10}}\d{{1,2}}月\d{{1,2}}日(?:电|電)"

RULES: tuple[Rule, ...] = (
    credit(
        "xinhua_zh_credit", L, "Xinhua",
        re.compile(rf"(?:新华社|新華社){_CABLED}{_REPORTERS} ?"),
        "新华社北京3月4日电（记者 张三）国务院总理主持召开国务院常务会议，部署促进消费的措施。",
        "新华社记者在现场看到，救援工作仍在紧张进行，数十名群众已被安全转移。",
    ),
    credit(
        "chinanews_credit", L, "China News Service",
        re.compile(rf"(?:中新网|中新社){_CABLED}{_REPORTERS} ?(?:[(（]记者[^（）()\n]{{1,20}}[）)])?"),
        "中新网3月4日电 据国家统计局网站消息，2月份全国居民消费价格同比上涨0.7%。",
        "中新网记者从交通运输部获悉，春运期间全国铁路累计发送旅客4.8亿人次。",
    ),
    credit(
        "people_cn_credit", L, "People's Daily",
        re.compile(rf"(?:人民网|央视网|人民日报){_CABLED}{_REPORTERS} ?|本报{_CABLED}{_REPORTERS} ?"),
        "人民网北京3月4日电（记者 王五）全国政协十四届二次会议今天下午在人民大会堂开幕。",
        "人民网评论指出，全国政协十四届二次会议今天下午在人民大会堂开幕。",
    ),
    label(
        "tags_zh", L, "list_label", r"(?:标签|標籤|关键词|關鍵詞|热词)(?: ?[:：])?",
        "标签", "标签化的评价无助于解决问题，专家在座谈会上表示。", zone="tail",
    ),
    label(
        "teaser_zh", L, "teaser_label",
        r"(?:相关新闻|相关阅读|延伸阅读|推荐阅读|相关报道|相關新聞|延伸閱讀|热点推荐|猜你喜欢)(?: ?[:：])?",
        "相关新闻", "相关新闻发布后，多家企业表示将配合调查，并暂停相关产品销售。",
    ),
    line(
        "stamp_zh", L,
        r"(?:更新时间|发布时间|發布時間|更新時間|时间|來源時間)[:：] ?\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?"
        r"(?: ?\d{1,2}:\d{2}(?::\d{2})?)?(?: ?(?:来源|來源)[:：] ?[^\n]{1,30})?",
        "更新时间：2024-03-04 10:20",
        "更新时间表的工作将在下月完成，届时旅客可以在网上查询所有车次。",
    ),
    line(
        "editor_zh", L,
        r"[（(【\[]?(?:责任编辑|責任編輯|编辑|编辑|校对|审核)[:：] ?[^\n]{1,20}?[）)】\]]?"
        r"|(?:来源|來源|稿源)[:：] ?[^\n，。]{1,30}",
        "【责任编辑：张三】",
        "编辑部收到了大量读者来信，询问新政策的具体实施时间。",
        zone="tail",
    ),
    line(
        "copyright_zh", L,
        r"(?:Copyright ?)?(?:©|\([cC]\))[^\n]{0,120}|[^\n，。]{0,40}版权所有[^\n，。]{0,60}|(?:未经授权|未经许可)[^\n]{0,20}?(?:禁止|不得)转载[^\n]{0,40}",
        "版权所有 新华网",
        "他说，相关作品的著作权归作者所有，出版社无权擅自修改。",
        zone="tail",
    ),
    line(
        "share_zh", L,
        r"(?:分享到|分享|扫一扫|打开微信，点击底部的“发现”，使用“扫一扫”即可将网页分享至朋友圈。|关注我们)"
        r"(?: ?[:：])?(?: ?[，、|]? ?(?:微信|微博|QQ空间|QQ|朋友圈|豆瓣)){0,6}",
        "分享到：",
        "分享经济的发展给城市管理带来新的挑战，专家在论坛上表示。",
    ),
    line(
        "photo_credit_zh", L,
        r"[（(](?:新华社|中新社)?(?:记者|通讯员)? ?[^（）()\n]{1,20} ?摄[）)]|(?:图片来源|图源|图)[:：] ?[^\n]{1,40}",
        "（新华社记者 李四 摄）",
        "图书馆将于下月恢复开放，读者可通过官方小程序预约入馆。",
    ),
)
