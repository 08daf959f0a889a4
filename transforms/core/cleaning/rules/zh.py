"""Chinese: 新华社, 中新网/中新社, 人民网 datelines; 标签, 相关新闻, 更新时间, 责任编辑, copyright, share, photos."""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.rules.shapes import PLATFORMS, HAN, credit, label, line

L = "zh"
# A reporter's note after a dateline: "（记者 张三 李四）", half- or full-width brackets.
_REPORTERS = r"(?: ?[（(](?:记者|記者|通讯员|编辑)[^（）()\n]{1,40}[）)])?"
# "北京3月4日电", "华盛顿3月4日电", "上海2020年3月21日电": place, (year,) month, day, 电 (cabled).
_CABLED = rf"[{HAN}]{{0,10}}(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日(?:电|電)"
# The paper's own desk may leave the date out ("本报北京电 "): then only a place of two to six characters, and the
# dateline must end before a space or the reporters' bracket, so "本报记者在电话中获悉" is no dateline.
_PAPER_CABLED = rf"本报(?:{_CABLED}|(?!记者|記者)[{HAN}]{{2,6}}?(?:电|電)(?=[\s（(]))"

# What a site says of what it carries: not its views ("本网站所刊载信息，不代表中新社和中新网观点", "本文仅代表作者
# 观点"), and reuse only with its leave ("刊用本网站稿件，务经书面授权", "转载须经本网授权"). ``copyright_zh``.
_SITE_TERMS = (
    r"(?:本网站?|本站|本网|本平台|本报|本刊|本文)[^\n。]{0,20}?[，,]? ?(?:并?不|仅)代表[^\n。]{1,30}?(?:观点|立场)"
    r"(?:[，,] ?[^\n。]{0,20}?(?:观点|立场))?"
    r"|(?:刊用|转载|使用|引用)[^\n。，,]{0,12}[，,]? ?(?:务|须|需|必须|应)经[^\n。]{0,6}?(?:授权|许可|同意)"
)

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
        re.compile(rf"(?:人民网|央视网|人民日报){_CABLED}{_REPORTERS} ?|{_PAPER_CABLED}{_REPORTERS} ?"),
        "人民网北京3月4日电（记者 王五）全国政协十四届二次会议今天下午在人民大会堂开幕。",
        "人民网评论指出，全国政协十四届二次会议今天下午在人民大会堂开幕。",
        version=2,
    ),
    label(
        "tags_zh", L, "list_label", r"(?:标签|標籤|关键词|關鍵詞|热词|专题|專題|相关标签|话题)(?: ?[:：])?",
        "标签", "标签化的评价无助于解决问题，专家在座谈会上表示。", zone="tail",
    ),
    label(
        "teaser_zh", L, "teaser_label",
        r"(?:相关新闻|相关阅读|延伸阅读|推荐阅读|相关报道|相關新聞|延伸閱讀|热点推荐|猜你喜欢|关联阅读|關聯閱讀|相關閱讀|推薦閱讀"
        # A link's prompt before the teased headline: "点击阅读：新能源汽车出口再创新高".
        r"|点击阅读|点击查看|點擊閱讀|相关链接|相關鏈接|更多阅读|往期回顾|编辑推荐|精彩推荐|阅读更多|相关文章|热门推荐"
        # The bare words only as a label, with their colon: "相关：...", "推荐：...".
        r"|(?:相关|推荐)(?= ?[:：]))(?: ?[:：])?",
        "相关新闻", "相关新闻发布后，多家企业表示将配合调查，并暂停相关产品销售。", version=2,
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
        # Desks credit several editors on one line: "责任编辑：张浩然 | 版面编辑：陈若溪".
        r"(?:[（(【\[]?(?:责任编辑|責任編輯|版面编辑|编辑|校对|审核)[:：] ?[^\n|｜]{1,20}?[）)】\]]?(?: ?[|｜] ?|$)){1,4}"
        r"|(?:来源|來源|稿源)[:：] ?[^\n，。]{1,30}"
        # A magazine's print origin: "来源于 《财新周刊》 第65期".
        r"|(?:来源于|來源於|原载于|刊于) ?《[^》\n]{1,20}》 ?(?:[^\n，。]{0,6}第 ?\d{1,4} ?期)?",
        "【责任编辑：张三】",
        "编辑部收到了大量读者来信，询问新政策的具体实施时间。",
        zone="tail",
    ),
    line(
        "copyright_zh", L,
        r"(?:Copyright ?)?(?:©|\([cC]\))[^\n]{0,120}|[^\n，。]{0,40}版权所有[^\n，。]{0,60}"
        # "版权所有，未经授权不得转载。", "本文为原创，转载请注明出处。": who owns it, then the ban or the condition.
        # "版权声明：本文由财新传媒独家提供，未经授权不得转载。": one clause may come before the ban, but not a
        # speaker's ("法院表示，未经授权不得转载该判决书" is a story's report).
        # The owner may follow the words, set off by a space or a sign: "版权所有 © 2026 新华社。未经许可，不得转载。".
        r"|(?:[^\n，。]{0,30}(?:版权所有|原创)(?: ?(?:©|\([cC]\)|[:：])[^\n，。]{0,30}| [^\n，。]{1,30})?[，,。 ]?|(?:(?!表示|说|称|指出|认为|强调|宣布|规定)[^\n，。]){1,40}[，,] ?)?"
        # The permission may be a written one or the site's ("未经书面授权禁止使用", "未经本网授权不得转载、摘编").
        r"未经(?:书面|本网|本站|作者)?(?:授权|许可|同意)[^\n]{0,20}?(?:禁止|不得|严禁|请勿)(?:转载|复制|使用|摘编|镜像)[^\n]{0,40}"
        r"|(?:本文|本站|本网)[^\n]{0,20}?转载(?:请|须)注明(?:出处|来源)[^\n]{0,20}"
        # The site's disclaimer of the views it carries and its terms for reuse, one or both: "本网站所刊载信息，
        # 不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。", "本文仅代表作者观点，不代表本站立场。". A
        # story's sentence on someone's views names who holds them first ("专家表示，这并不代表官方立场。").
        rf"|(?:{_SITE_TERMS})(?:[。.]? ?(?:{_SITE_TERMS})){{0,3}}[。.]?",
        "版权所有 新华网",
        "他说，相关作品的著作权归作者所有，出版社无权擅自修改。",
        zone="tail", version=4,
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
    # 广告位、视频播放器和嵌入内容、评论计数、订阅和 Cookie 按钮。
    line(
        "widgets_zh", L,
        r"广告|赞助内容|推广|下一个视频|播放视频|点击(?:查看|观看)视频|视频[:：][^。\n]{1,20}|扫描二维码[^。\n]{0,20}|外部内容|\d{1,5}条评论|评论|发表评论"
        r"|查看评论|订阅|接受(?:全部)?|拒绝",
        "赞助内容",
        "这则广告播出后引发了消费者的投诉，公司随后撤下了广告。",
    ),
    # 新闻简报、付费墙和 Cookie 提示。
    line(
        "prompts_zh", L,
        r"订阅我们的(?:新闻简报|电子报|邮件)|(?:[\u4e00-\u9fff][^。\n]{0,19})?发到你的邮箱|开通会员继续阅读|(?:本文|此内容)为(?:付费)?会员专享[^。\n]{0,10}|登录后继续阅读"
        r"|(?:本网站|我们)使用(?:cookies?|Cookies?)[^\n]{0,60}",
        "订阅我们的新闻简报",
        "公司表示，新闻简报的读者数量在过去一年增长了一倍。",
    ),
    # 更新与更正说明。
    line(
        "update_zh", L,
        r"(?:本文|此文)已(?:更新|更正|修订)[^\n]{0,40}",
        "本文已更新，补充了相关细节。",
        "本文件已更新至第三版，部长在会上表示。",
    ),
    # 图片说明与来源："图片来源：视觉中国"、"新华社记者 刘洋 摄"、"（新华社发）"。
    line(
        "caption_zh", L,
        r"[\u4e00-\u9fff][^\n]{0,59}。(?:图片来源[:：][^\n]{1,20}|(?:新华社|中新社)记者 ?[^\n]{1,15} ?摄|[(（](?:新华社|中新社)发[)）])",
        "城市夜景。新华社记者 刘洋 摄",
        "城市夜景吸引了大量游客。新华社记者在现场看到，商场营业到深夜。",
    ),
    # 评论关闭、更正说明，以及标题前的视频、直播标签。
    line(
        "comments_closed_zh", L, r"(?:评论已关闭|評論已關閉|本文评论已关闭)。?",
        "评论已关闭。", "法院表示，公众评论期已于上周关闭。",
    ),
    line(
        "correction_zh", L, r"(?:更正|勘误)[:：].{5,120}",
        "更正：本文此前版本中数据有误，现已更正。", "公司表示将更正财报中的错误数据。",
    ),
    label(
        "media_zh", L, "teaser_label", r"(?:视频|視頻|直播|图集|組圖|组图)(?: ?[:：|])?",
        "视频：", "视频显示，大批民众聚集在广场上。",
    ),
    # Players loading, read-aloud buttons and embedded posts' placeholders.
    line(
        "loading_zh", L, r"(?:播放器|视频|内容)?(?:加载中|正在加载)(?:\.{3}|…)?",
        "播放器加载中...",
        "港口的粮食装船工作正在加载中途因暴雨暂停，官员表示。",
    ),
    line(
        "listen_zh", L, r"(?:收听|听)(?:本文|这篇文章|文章)",
        "收听本文",
        "市民表示，他们通过广播收听本文提到的政府通告。",
    ),
    line(
        "embed_placeholder_zh", L, r"在 ?(?:Instagram|X|Facebook) ?(?:上)?查看(?:这篇|此)帖子",
        "在 Instagram 查看这篇帖子",
        "警方表示，嫌疑人曾在网上查看这篇帖子并留言。",
    ),
    # The consent gate round an embedded post (BBC 中文: "跳过Twitter帖子", "Twitter帖子结束", "允许Twitter内容？",
    # "接受并继续").
    line(
        "embed_gate_zh", L,
        rf"(?:跳过|略过) ?{PLATFORMS} ?(?:帖子|推文|内容|视频)|{PLATFORMS} ?(?:帖子|推文|内容|视频) ?结束"
        rf"|允许 ?{PLATFORMS} ?内容[？?]?|接受并继续",
        "跳过Twitter帖子",
        "外交部发言人表示，相关推文内容不代表政府立场。",
    ),
    # The label over a box of other stories' headlines (most read, latest, related): a teaser label, the box
    # under it is taken by shape (transforms.core.cleaning.shaped).
    label(
        "more_news_zh", L, "teaser_label", r"(?:热门新闻|最新新闻|热门文章|阅读排行|今日热点|排行榜)(?: ?[:：])?",
        "热门新闻", "该报的热门新闻栏目由三名编辑负责。",
        zone="below_head", version=2,
    ),
)
