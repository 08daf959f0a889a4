"""Outlets in Russian, Arabic, Chinese, Japanese and Korean: TASS, Al Jazeera (Arabic), Xinhua, NHK,
Yonhap and (test only) RIA Novosti, People's Daily and the Asahi Shimbun."""
from __future__ import annotations

from .outlets import outlet

TASS = outlet(
    "ТАСС", "ru", "tass.ru", joiner=" и ",
    kicker=("Экономика и бизнес", "Международная панорама"),
    dateline=("{CITY}, {d} {month}. /ТАСС/. ", "{CITY}, {d} {month}. /Корр. ТАСС {author}/. "),
    published=("{d} {month} {y}, {HH}:{M}", "{d} {month}, {HH}:{M}\nобновлено {d} {month}, {uHH}:{uM}"),
    read_also=("Читайте также\n{rel}", "T:Подробнее\n{rel}"),
    share="Поделиться\nВКонтакте\nTelegram\nОдноклассники",
    ad="Реклама",
    tags=("Теги\n{tag}\n{tag}",),
    copyright="© Информационное агентство ТАСС",
    app_promo=("Больше новостей — в Telegram-канале ТАСС", "Все новости\nЛента новостей"),
)

RIA = outlet(
    "РИА Новости", "ru", "ria.ru", joiner=", ", test_only=True,
    dateline=("{CITY}, {d} {mon} — РИА Новости. ", "{CITY}, {d} {month} — РИА Новости, {author}. "),
    published="{HH}:{M} {dd}.{mm}.{y} (обновлено: {uHH}:{uM} {dd}.{mm}.{y})",
    read_time="{count} просмотров",
    read_also="Читайте также:\n{rel}",
    caption="{caption}\n© РИА Новости / {photog}\nПерейти в медиабанк",
    tags="{tag}, {tag}, {tag}",
    app_promo="Подпишитесь на канал РИА Новости в Telegram",
    comments="Комментарии\nДобавить комментарий",
)

AL_JAZEERA = outlet(
    "الجزيرة", "ar", "aljazeera.net", joiner=" و",
    kicker=("اقتصاد", "سياسة"),
    byline=("{names}", "{names} - {city}"),
    published=("{d}/{mo}/{y}", "آخر تحديث: {ud}/{mo}/{y} {uh12}:{uM} (توقيت مكة)", "نُشر في {d} {month} {y}"),
    share="حفظ\nشارك\nاطبع",
    ad="إعلان",
    caption="{caption}§ §(رويترز)",
    read_also=("اقرأ أيضا\n{rel}\n{rel}\nlist of 2 items\nend of list",),
    agency_credit=("المصدر : الجزيرة + وكالات", "المصدر : رويترز", "T:المصدر : الجزيرة + الفرنسية"),
    tags="مواضيع ذات صلة\n{tag}",
    app_promo="تابع الجزيرة نت على:\nfacebook-f-darktwitteryoutube-whiteinstagram-whiterss-white",
    copyright="جميع الحقوق محفوظة © {y} شبكة الجزيرة الإعلامية",
)

XINHUA = outlet(
    "新华社", "zh", "news.cn", joiner="、",
    dateline=("新华社{city}{mon}{d}日电（记者{names}）", "新华社{city}{mon}{d}日电 "),
    glue={"dateline": "prefix"},
    published=("{y}-{mm}-{dd} {HH}:{M}:{digits2}\n来源：新华网", "{y}年{mon}{d}日 {HH}:{M} 来源：新华社"),
    share=("分享到：", "扫一扫在手机打开当前页"),
    caption="{caption}§§新华社记者{photog}摄",
    agency_credit=("【纠错】\n【责任编辑:{editor}】", "责任编辑：{editor}"),
    related="相关新闻\n{rel}\n{rel}",
    app_promo="新华社客户端 下载",
)

PEOPLES_DAILY = outlet(
    "人民日报", "zh", "people.com.cn", joiner="、", test_only=True,
    kicker="国际频道",
    byline="本报记者 {names}",
    published="{y}年{mon}{dd}日{HH}:{M}  来源：人民网－人民日报",
    share="分享让更多人看到",
    agency_credit="（责编：{editor}、{editor2}）",
    related="推荐阅读\n{rel}\n{rel}",
    copyright="《 人民日报 》（ {y}年{mon}{dd}日 17 版）",
    app_promo="人民网 客户端",
)

NHK = outlet(
    "NHK", "ja", "www3.nhk.or.jp", joiner="、",
    kicker=("国際", "ビジネス"),
    published=("{y}年{mon}{d}日 {HH}時{M}分", "T:{mon}{d}日 {HH}時{M}分更新"),
    share=("シェアする\nX\nFacebook\nLINE", "ブックマーク"),
    video=("動画を再生する",),
    related=("関連ニュース\n{rel}\n{rel}", "特集\n{rel}"),
    app_promo="NHKニュース・防災アプリで最新情報を",
    copyright="Copyright NHK (Japan Broadcasting Corporation). All rights reserved.",
)

ASAHI = outlet(
    "朝日新聞", "ja", "asahi.com", joiner="、", test_only=True,
    glue={"byline": "suffix"},
    byline="（{city}={names}）",
    published="{y}年{mon}{d}日 {HH}時{M}分",
    share="list\n写真・図版\nシェア\nブックマーク\n有料記事",
    paywall="この記事は有料記事です。残り{count}文字有料会員になると続きをお読みいただけます。",
    read_also="【関連記事】{rel}",
    tags="この記事を書いた人\n{names}\n{city}総局",
    copyright="朝日新聞デジタルに掲載の記事・写真の無断転載を禁じます。すべての内容は日本の著作権法並びに国際条約により保護されています。",
)

YONHAP = outlet(
    "연합뉴스", "ko", "yna.co.kr", joiner="·",
    dateline=("({city}=연합뉴스) {names} 기자 = ", "({city}=연합뉴스) {names} 특파원 = "),
    published=("{y}-{mm}-{dd} {HH}:{M} 송고", "송고시간{y}-{mm}-{dd} {HH}:{M}"),
    share="공유\n댓글\n글자크기조정\n인쇄",
    caption="{caption}§ §[연합뉴스 자료사진]",
    ad="광고",
    agency_credit=("{handle}@yna.co.kr", "T:{handle}@yna.co.kr\n제보는 카카오톡 okjebo"),
    copyright="<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
    most_read="많이 본 뉴스\n{rel}\n{rel}\n{rel}",
    related="관련 뉴스\n{rel}",
)

OUTLETS = (TASS, RIA, AL_JAZEERA, XINHUA, PEOPLES_DAILY, NHK, ASAHI, YONHAP)
