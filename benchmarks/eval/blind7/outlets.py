"""blind7's outlets: none of them modelled by blind5 or blind6. Each has wordings of its own for some kinds
(the rest come from its language's house furniture, ``house.HOUSE``). Written from how these sites and the
feeds that carry them read once copied or scraped. A leading ``T:`` marks a wording only test pages use; every
wording of a ``test_only`` outlet is test-only. Template fields are listed in ``house``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .house import HOUSE


@dataclass(frozen=True)
class Outlet:
    key: str
    name: str
    lang: str
    domain: str
    kinds: dict[str, list[str]] = field(default_factory=dict, hash=False, compare=False)
    test_only: bool = False
    live: bool = False


_SHARED = [
    Outlet("cnn", "CNN", "en", "edition.cnn.com", live=True, kinds={
        "byline": ["By {a1}, CNN", "By {a1} and {a2}, CNN", "{a1}, {a2} and {a3}, CNN"],
        "published": ["Updated {hh}:{mm} PM EST, {day} {date}", "Published {hh}:{mm} AM EDT, {day} {date}"],
        "dateline": ["{CITY} (CNN) — ", "(CNN) — "],
        "ad": ["Ad Feedback", "Advertisement"],
        "video": ["Video Ad Feedback\n{h1}\n{len} - Source: CNN", "Related video\n{h1}",
                  "T:Now playing\n- Source: CNN\n{h2}"],
        "live": ["{hh}:{mm} p.m. ET, {date}\n{a2}", "Link Copied!", "{n} min ago\n{h2}\nFrom CNN’s {a2}",
                 "T:Our live coverage has moved here.", "T:{hh}:{mm} a.m. ET\nThe latest from the ground"],
        "live_key": ["What we're covering\n{h1}\n{h2}\n{h3}"],
        "agency_credit": ["CNN’s {a2} and {a3} contributed to this report.", "CNN’s {a2} contributed reporting.",
                          "T:This story has been updated with additional developments."],
        "newsletter": ["Sign up for CNN’s Wonder Theory science newsletter. Explore the universe with news on "
                       "fascinating discoveries, scientific advancements and more.",
                       "Get Our Free Weekly Newsletter\nSign up for CNN’s {kick} newsletter"],
        "copyright": ["© {year} Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved."],
    }),
    Outlet("cbs", "CBS News", "en", "www.cbsnews.com", kinds={
        "byline": ["By {a1}", "By {a1}, {a2}", "{a1}, {a2}, {a3}"],
        "published": ["Updated on: {date} / {hh}:{mm} PM EST / CBS News",
                      "{date} / {hh}:{mm} AM EST / CBS/AP"],
        "video": ["Watch CBS News\n{len}", "{h1}\n{len}", "T:CBS News 24/7\nWatch Live"],
        "agency_credit": ["The Associated Press contributed to this report.", "CBS News' {a2} contributed."],
        "bio": ["{a1}\n{a1} is a reporter for CBS News Digital covering {kick}.",
                "T:{a1} is a senior producer for CBS News based in {city}."],
        "related": ["More from CBS News\n{h1}\n{h2}\n{h3}"],
        "copyright": ["© {year} CBS Interactive Inc. All Rights Reserved.",
                      "© {year} The Associated Press. All Rights Reserved. This material may not be published, "
                      "broadcast, rewritten, or redistributed."],
        "share": ["Share\nFacebook\nTwitter\nReddit\nFlipboard\nEmail"],
    }),
    Outlet("nbc", "NBC News", "en", "www.nbcnews.com", live=True, kinds={
        "published": ["{date}, {hh}:{mm} AM EST¦ / Updated {date1}, {uhh}:{mm} PM EST",
                      "{date}, {hh}:{mm} PM EST"],
        "byline": ["By {a1}", "By {a1} and {a2}", "By {a1}, {a2} and {a3}"],
        "affiliate": ["NBC Select is editorially independent. We may earn a commission from links on this page.",
                      "T:Select is editorially independent; our editors chose these deals and items because we "
                      "think you'll enjoy them at these prices."],
        "live": ["{hh}h ago\n{a2}", "Pinned\n{a2}", "{hh}:{mm} PM EST\n{h2}",
                 "T:{n}m ago¦ · {a2}¦ · Share this -"],
        "ad": ["ADVERTISEMENT", "SKIP AD"],
        "agency_credit": ["{a2} contributed.", "{a2} and {a3} contributed.", "T:{a2} reported from {city}."],
        "share": ["Share & Save —\nCopy link\nFacebook\nX\nEmail"],
        "newsletter": ["Sign up for the Morning Rundown\nEmail\nSIGN UP\nTHANKS FOR SIGNING UP!"],
    }),
    Outlet("fox", "Fox News", "en", "www.foxnews.com", kinds={
        "byline": ["By {a1} Fox News", "By {a1} , {a2} Fox News", "By {a1}, {a2} | Fox News"],
        "published": ["Published {date} {hh}:{mm}pm EST", "Updated {date} {hh}:{mm}am EST"],
        "listen": ["NEW You can now listen to Fox News articles!", "T:Listen to this article\n{len}"],
        "app_promo": ["CLICK HERE TO GET THE FOX NEWS APP", "CLICK HERE TO SIGN UP FOR OUR LIFESTYLE NEWSLETTER",
                      "T:CLICK HERE TO DOWNLOAD THE FOX NEWS APP"],
        "read_also": ["{H1}", "CLICK HERE FOR MORE {KICK} COVERAGE", "T:WATCH: {h1}"],
        "video": ["Video", "Fox News Flash top headlines are here. Check out what's clicking on Foxnews.com."],
        "bio": ["{a1} is a writer for Fox News Digital.¦ Story tips can be sent to {handle}@fox.com.",
                "T:{a1} is a reporter for Fox News Digital. Follow on X at @{handle}."],
        "agency_credit": ["The Associated Press contributed to this report.",
                          "Fox News' {a2} contributed to this report.",
                          "T:Reuters contributed to this report."],
        "copyright": ["This material may not be published, broadcast, rewritten, or redistributed. ©{year} FOX "
                      "News Network, LLC. All rights reserved. Quotes displayed in real-time or delayed by at "
                      "least 15 minutes. Market data provided by Factset."],
    }),
    Outlet("atlantic", "The Atlantic", "en", "www.theatlantic.com", kinds={
        "byline": ["By {a1}", "By {a1} and {a2}"],
        "affiliate": ["When you buy a book using a link on this page, we receive a commission. Thank you for "
                      "supporting The Atlantic."],
        "paywall": ["Never miss a story. Start your subscription.", "Subscribe to The Atlantic\n"
                    "Get unlimited access to ideas that shape the world.", "T:Continue reading with a free trial."],
        "listen": ["Listen to more stories on audm", "T:Produced by ElevenLabs and News Over Audio (Noa) using "
                   "AI narration. Listen to more stories on the Noa app."],
        "origin": ["This article appears in the {date} print edition with the headline “{h1}.”",
                   "T:This article was adapted from a forthcoming book."],
        "newsletter": ["Sign up for Atlantic Daily, a newsletter about the biggest stories of the day."],
        "kicker": ["{kick}", "Ideas", "T:The Atlantic Daily"],
    }),
    Outlet("axios", "Axios", "en", "www.axios.com", live=True, kinds={
        "byline": ["{a1}", "{a1}, {a2}", "{a1}, {a2}, {a3}"],
        "read_time": ["Smart Brevity® count: {n} mins...{big} words", "T:{big} words, {n} min read"],
        "read_also": ["Go deeper: {h1}", "Go deeper\n{h1}\n{h2}", "T:Flashback: {h1}"],
        "origin": ["This article first appeared in Axios AM.¦ Sign up here.",
                   "T:This story first appeared in the Axios Markets newsletter."],
        "newsletter": ["Get more news that matters about your city: Sign up for Axios Local.",
                       "T:Subscribe to Axios Pro\nGet started"],
        "copyright": ["© {year} Axios Media Inc."],
        "correction": ["Editor's note: This story has been corrected to reflect the bill passed the Senate on "
                       "{day}, not the day before."],
        "live": ["{hh}:{mm} p.m. ET\nUpdated", "Catch up quick"],
    }),
    Outlet("telegraph", "The Telegraph", "en", "www.telegraph.co.uk", live=True, kinds={
        "byline": ["By {a1}", "By {a1} and {a2}", "By {a1}, {kick} Editor"],
        "published": ["{date} {hh}:{mm}pm GMT", "{date} • {hh}:{mm}am", "Updated {date1} {uhh}:{mm}pm"],
        "paywall": ["This article is for subscribers only", "Broaden your horizons with award-winning British "
                    "journalism. Try The Telegraph free for 1 month, then enjoy 1 year for just $9 with our "
                    "US-exclusive offer.", "T:Unlock this article\nSubscribe now"],
        "live": ["{hh}:{mm}PM\n{a2}", "{hh}:{mm}AM\nWatch: {h2}", "Pinned\n{h2}", "T:Latest\nRefresh"],
        "comments": ["Join the conversation\nComments ({nn})", "T:Have your say\nWe rely on readers' comments."],
        "copyright": ["© Telegraph Media Group Limited {year}"],
        "related": ["Related Topics\n{t1}\n{t2}"],
        "caption": ["{cap} Credit: {ph}/{wire}", "{cap} Credit: {wire}"],
    }),
    Outlet("newsweek", "Newsweek", "en", "www.newsweek.com", kinds={
        "correction": ["Update {date1}, {uhh}:{mm} a.m. ET: This article was updated with additional "
                       "information.", "Correction {date1}: This article was amended to correct a figure.",
                       "T:Update: This story has been updated to include a statement from the agency."],
        "comments": ["Do you have a tip on a world news story that Newsweek should be covering? Do you have a "
                     "question about this story? Let us know via worldnews@newsweek.com.",
                     "T:Have a story Newsweek should cover? Email us."],
        "paywall": ["Newsweek is committed to challenging conventional wisdom and finding connections in the "
                    "search for common ground.\nNewsweek is committed to challenging conventional wisdom and "
                    "finding connections in the search for common ground.", "T:Become a member\nSupport "
                    "independent journalism"],
        "share": ["Request Reprint & Licensing\nSubmit Correction\nView Editorial Guidelines"],
        "ai_note": ["This article includes reporting by Newsweek's AI-assisted desk and was reviewed by an editor.",
                    "T:Newsweek AI is in beta. Translations may contain inaccuracies."],
        "byline": ["By {a1}", "By {a1} and {a2}"],
        "bio": ["{a1} is a Newsweek reporter based in {city}.", "T:{a1} is a Senior News Reporter at Newsweek."],
    }),
    Outlet("forbes", "Forbes", "en", "www.forbes.com", kinds={
        "byline": ["{a1}\nContributor", "By {a1},\nForbes Staff.", "{a1}, {a2}"],
        "bio": ["I am a senior contributor covering {kick}. I previously worked in {city}.",
                "Follow me on Twitter or LinkedIn.¦ Check out my website.",
                "T:{a1} is a staff writer at Forbes covering {kick}."],
        "origin": ["Opinions expressed by Forbes Contributors are their own.",
                   "T:Forbes Daily: Join over 1 million Forbes Daily subscribers and get our best stories."],
        "share": ["Share to Facebook\nShare to Twitter\nShare to Linkedin"],
        "ad": ["ADVERTISEMENT"],
        "affiliate": ["Forbes Advisor may earn a commission on sales made from partner links on this page, but "
                      "that doesn't affect our editors' opinions or evaluations."],
        "related": ["MORE FROM FORBES\n{h1}\n{h2}\n{h3}", "T:MORE FOR YOU\n{h1}\n{h2}"],
        "copyright": ["Editorial Standards\nReprints & Permissions"],
    }),
    Outlet("verge", "The Verge", "en", "www.theverge.com", kinds={
        "byline": ["by {a1}", "by {a1} and {a2}"],
        "published": ["{date}, {hh}:{mm} AM EST", "Updated {date1}, {uhh}:{mm} PM EST"],
        "affiliate": ["If you buy something from a Verge link, Vox Media may earn a commission. See our ethics "
                      "statement.", "T:We may earn a commission when you buy through our links."],
        "comments": ["{nn} Comments", "T:{nn} Comments\nLoading comments..."],
        "most_read": ["Most Popular\n{h1}\n{h2}\n{h3}"],
        "newsletter": ["A free daily digest of the news that matters most.\nEmail (required)\n"
                       "Sign Up\nBy submitting your email, you agree to our Terms and Privacy Notice."],
        "tags": ["{t1}\n{t2}\n{t3}"],
        "social": ["— {a2} (@{handle}) {date}", "T:{a2} (@{handle}.bsky.social) {date}"],
    }),
    Outlet("hindu", "The Hindu", "en", "www.thehindu.com", kinds={
        "published": ["Published - {date} {hh}:{mm} pm IST", "Updated - {date1} {uhh}:{mm} am IST"],
        "byline": ["{a1}", "{a1} & {a2}"],
        "dateline": ["{CITY}: ", "{CITY} "],
        "share": ["Copy link\nEmail\nFacebook\nTwitter\nTelegram\nLinkedIn\nWhatsApp\nReddit"],
        "read_also": ["Also Read | {h1}", "T:ALSO READ: {h1}"],
        "paywall": ["This is a Premium article available exclusively to our subscribers. To read 250+ such "
                    "premium articles every month", "You have exhausted your free article limit.",
                    "T:You have reached your free article limit.\nSubscribe"],
        "comments": ["Comments have to be in English, and in full sentences. They cannot be abusive or "
                     "personal. Please abide by our community guidelines for posting your comments."],
        "tags": ["Related Topics\n{t1}\n{t2}\n{t3}"],
        "copyright": ["© THG PUBLISHING PVT LTD."],
        "agency_credit": ["(With inputs from agencies)", "T:With inputs from Reuters"],
    }),
    Outlet("straits", "The Straits Times", "en", "www.straitstimes.com", kinds={
        "app_promo": ["Join ST's WhatsApp Channel and get the latest news and must-reads.",
                      "Join ST's Telegram channel and get the latest breaking news delivered to you.",
                      "T:Discover how to enjoy other premium articles here"],
        "published": ["Published {date}, {hh}:{mm} PM", "Updated {date1}, {uhh}:{mm} AM"],
        "read_also": ["MORE ON THIS TOPIC\n{h1}\n{h2}", "READ MORE HERE\n{h1}"],
        "paywall": ["Subscribe to gain unlimited access to ST's award-winning journalism.",
                    "T:This article is for subscribers only.\nSubscribe now\nAlready a subscriber? Log in"],
        "copyright": ["Copyright {year} SPH Media. All rights reserved."],
        "byline": ["{a1}", "{a1}\nCorrespondent", "{a1} and {a2}"],
        "caption": ["{cap} PHOTO: {wire}", "{cap} ST PHOTO: {ph}"],
    }),
    Outlet("irishtimes", "The Irish Times", "en", "www.irishtimes.com", live=True, kinds={
        "app_promo": ["Sign up to push alerts and have the best news, analysis and comment delivered directly to "
                      "your phone", "Find The Irish Times on WhatsApp and stay up to date",
                      "T:Listen to our Inside Politics podcast"],
        "published": ["{day} {date}", "{day} {date} at {hh}:{mm}"],
        "kicker": ["{kick}", "Subscriber Only"],
        "byline": ["{a1}", "{a1} and {a2}", "{a1}, {kick} Correspondent"],
        "copyright": ["© {year} The Irish Times DAC"],
        "newsletter": ["Sign up for the Business Today newsletter\nA daily briefing on the latest "
                       "developments.", "T:Your Wednesday digest\nSign up"],
        "comments": ["Comments are closed\nThe Irish Times Comment Policy"],
    }),
    Outlet("europapress", "Europa Press", "es", "www.europapress.es", kinds={
        "dateline": ["{CITY}, {n} (EUROPA PRESS) - ", "{CITY} {n} (EUROPA PRESS) - "],
        "copyright": ["© Europa Press {year}", "T:© Europa Press. Queda prohibida la reproducción."],
        "agency_credit": ["(Información elaborada por Europa Press)", "T:Redacción EP"],
        "byline": ["{a1}", "{a1} / Europa Press"],
        "read_also": ["Leer también: {h1}", "Relacionado\n{h1}"],
    }),
    Outlet("france24", "France 24", "fr", "www.france24.com", live=True, kinds={
        "published": ["Publié le : {date} - {hh}:{mm}¦ Modifié le : {date1} - {uhh}:{mm}", "Publié le : {date}"],
        "byline": ["Par : {a1}", "Par : FRANCE 24¦ Suivre", "Par : {a1}¦ Suivre¦ | {a2}¦ Suivre"],
        "read_time": ["{min} mn", "T:{min} min"],
        "agency_credit": ["Avec AFP", "(Avec AFP et Reuters)", "T:Avec AFP et AP"],
        "read_also": ["Lire aussiÀ lire aussi : {h1}", "Lire aussi{h1}", "T:Le Débat{h1}"],
        "related": ["La rédaction vous conseille\n{h1}\n{h2}", "T:Contenus partenaires\n{h1}\n{h2}"],
        "app_promo": ["Téléchargez l'application France 24", "T:Restez informé en direct avec l'application"],
        "newsletter": ["Recevez toute l'actualité internationale directement dans votre boîte mail",
                       "T:Abonnez-vous"],
        "live": ["{hh}:{mm}\n{a2}", "{hh}:{mm}\nCe qu'il faut retenir"],
    }),
    Outlet("sz", "Süddeutsche Zeitung", "de", "www.sueddeutsche.de", kinds={
        "paywall": ["SZ Plus\nExklusiv für Abonnenten\nJetzt abonnieren",
                    "Sie möchten diesen Artikel lesen? Testen Sie SZ Plus 14 Tage kostenlos.",
                    "T:Zum Weiterlesen bitte anmelden\nAnmelden\nAbo abschließen"],
        "origin": ["Direkt aus dem dpa-Newskanal", "T:Dieser Artikel ist zuerst in der Digitalen Ausgabe erschienen."],
        "copyright": ["© dpa-infocom, dpa:{year}{n}{nn}-{big}", "© SZ/dpa"],
        "newsletter": ["SZ am Morgen & SZ am Abend: Unser Nachrichten-Newsletter bringt Sie zweimal täglich auf "
                       "den neuesten Stand.", "T:Newsletter abonnieren"],
        "read_also": ["Lesen Sie mehr zum Thema\n{h1}\n{h2}", "T:Exklusiv für Abonnenten{h1}"],
        "byline": ["Von {a1}", "Von {a1} und {a2}, {city}"],
        "published": ["{date}, {hh}:{mm} Uhr¦ | Lesezeit: {min} Min."],
        "consent": ["Um Sie besser zu informieren, verwenden wir Cookies.\nZustimmen\nSZ Plus abonnieren"],
    }),
    Outlet("lusa", "Lusa", "pt", "www.lusa.pt", kinds={
        "dateline": ["{CITY}, {nn} (Lusa) - ", "{city}, {date} (Lusa) - "],
        "agency_credit": ["{ab} // {ab}\nLusa/Fim", "Lusa/Fim", "T:{AB}/{ab} // ZO\nLusa/fim"],
        "copyright": ["© {year} Lusa - Agência de Notícias de Portugal, S.A."],
        "byline": ["Lusa", "{a1} (Lusa)"],
        "caption": ["{cap} {ph}/LUSA", "T:{cap} ({ph}/Lusa)"],
    }),
    Outlet("sole24", "Il Sole 24 ORE", "it", "www.ilsole24ore.com", kinds={
        "listen": ["Ascolta la versione audio dell'articolo", "T:Ascolta l'articolo\n{len}"],
        "paywall": ["Riservato agli abbonati", "Continua a leggere questo articolo\nAbbonati\nAccedi",
                    "T:Articolo riservato agli abbonati 24+"],
        "read_also": ["Per saperne di più\n{h1}", "Loading...", "T:Scopri di più: {h1}"],
        "copyright": ["Riproduzione riservata ©", "T:RIPRODUZIONE RISERVATA © Copyright Il Sole 24 Ore"],
        "byline": ["di {a1}", "di {a1} e {a2}"],
        "published": ["{date}", "{date} | {hh}:{mm}"],
        "share": ["Salva\nCondividi\nCommenta"],
    }),
    Outlet("ria", "РИА Новости", "ru", "ria.ru", kinds={
        "dateline": ["{CITY}, {date} — РИА Новости. ", "{CITY}, {date} — РИА Новости, {a1}. "],
        "read_also": ["Читайте также: {h1}", "{h1}\n{date}, {hh}:{mm}", "T:Ранее сообщалось: {h1}"],
        "caption": ["{cap} © РИА Новости / {ph}¦ Перейти в медиабанк", "{cap} © Фото : {wire}"],
        "app_promo": ["Читайте РИА Новости в Telegram", "T:Подпишитесь на РИА Новости в Max"],
        "published": ["{hh}:{mm} {date}", "{hh}:{mm} {date} (обновлено: {uhh}:{mm} {date1})"],
        "share": ["Все новости\nВКонтакте\nTelegram\nОдноклассники"],
        "tags": ["{t1}\n{t2}\n{t3}"],
    }),
    Outlet("alarabiya", "العربية", "ar", "www.alarabiya.net", kinds={
        "byline": ["العربية.نت - {a1}", "{city} - العربية.نت", "{city} - العربية.نت، وكالات"],
        "published": ["نشر في: {date} ,: {hh}:{mm} ص KSA", "آخر تحديث: {date1} ,: {uhh}:{mm} م KSA"],
        "read_also": ["اقرأ أيضاً\n{h1}", "T:للمزيد: {h1}"],
        "app_promo": ["حمّل تطبيق العربية", "T:تابعوا العربية على واتساب"],
        "most_read": ["الأكثر قراءة\n{h1}\n{h2}\n{h3}", "T:المزيد من العربية\n{h1}\n{h2}"],
        "listen": ["استمع للمقال", "T:ملخص بالذكاء الاصطناعي"],
        "copyright": ["© جميع الحقوق محفوظة لقناة العربية {year}"],
    }),
    Outlet("peoples", "人民网", "zh", "www.people.com.cn", kinds={
        "origin": ["来源：人民网－人民日报", "《 人民日报 》（ {date} 第 {n} 版）", "T:来源：人民网－国际频道"],
        "agency_credit": ["（责编：{a2}、{a3}）", "（责编：{a2}）"],
        "byline": ["本报记者 {a1}", "本报记者 {a1} {a2}", "T:人民网记者 {a1}"],
        "share": ["分享让更多人看到", "T:推荐阅读\n返回顶部"],
        "copyright": ["人民网版权所有，未经书面授权禁止使用", "T:人民日报社概况\n关于人民网\n网站声明"],
        "dateline": ["本报{city}电 ", "人民网{city}{date}电 "],
        "related": ["相关新闻\n{h1}\n{h2}\n{h3}"],
    }),
    Outlet("nikkei", "日本経済新聞", "ja", "www.nikkei.com", kinds={
        "paywall": ["この記事は会員限定です。登録すると続きをお読みいただけます。\n無料会員登録\nログイン",
                    "残り{n}本の記事をお読みいただけます。", "T:有料会員限定の記事です。\n今すぐ登録"],
        "share": ["保存\n共有\n印刷\nその他"],
        "read_also": ["【関連記事】\n・{h1}\n・{h2}", "T:【前回記事】{h1}"],
        "copyright": ["Nikkei Inc. No reproduction without permission."],
        "published": ["{date} {hh}:{mm}", "{date} {hh}:{mm} (更新)"],
        "byline": ["{city}={a1}", "{a1}、{a2}"],
        "ai_note": ["この記事は英文記事をAIで翻訳したものです。", "T:英文記事の翻訳です。"],
    }),
]

_TEST_ONLY = [
    Outlet("globeandmail", "The Globe and Mail", "en", "www.theglobeandmail.com", test_only=True, kinds={
        "caption": ["Open this photo in gallery:\n{cap} {ph}/The Globe and Mail",
                    "Open this photo in gallery:\n{cap} {wire}"],
        "correction": ["This article was published more than 6 months ago. Some information may no longer be "
                       "current.", "Report an editorial error\nReport a technical issue\nEditorial code of conduct"],
        "listen": ["Please log in to listen to this story.", "This article was audio generated."],
        "paywall": ["Thank you for your patience. Subscribe to read this story.",
                    "Go beyond the headlines\nGet full access to The Globe and Mail for $1.99 a week."],
        "published": ["Published {date}", "Updated {date1}"],
        "byline": ["{a1}", "{a1} and {a2}", "{a1}\n{city}"],
        "comments": ["Comments are closed\nWe have closed comments on this story for legal reasons."],
    }),
    Outlet("ndtv", "NDTV", "en", "www.ndtv.com", test_only=True, kinds={
        "origin": ["(Except for the headline, this story has not been edited by NDTV staff and is published from "
                   "a syndicated feed.)"],
        "video": ["Featured Video Of The Day\n{h1}", "Watch Live News:"],
        "app_promo": ["Track Latest News Live on NDTV.com and get news updates from India and around the world."],
        "published": ["Updated: {date} {hh}:{mm} pm IST", "{ab} | Updated: {date}"],
        "read_time": ["Read Time: {n} mins"],
        "byline": ["Edited by {a1}", "Written by {a1}"],
        "read_also": ["Also Read | {h1}", "Also Read\n{h1}"],
    }),
    Outlet("wired", "WIRED", "en", "www.wired.com", test_only=True, kinds={
        "affiliate": ["All products featured on WIRED are independently selected by our editors. However, we may "
                      "receive compensation from retailers and/or from purchases of products through these links."],
        "origin": ["This story originally appeared on WIRED Italia and has been translated from Italian.",
                   "This story originally appeared on Ars Technica."],
        "share": ["Save this story\nSave\nSave this story\nSave"],
        "paywall": ["You've read your last free article.\nGet unlimited access for $2.50 per month.",
                    "WIRED is where tomorrow is realized."],
        "byline": ["{a1}", "{a1}\n{kick}", "{a1} and {a2}"],
        "comments": ["Comment\nLoader", "Join the WIRED community to add comments."],
        "bio": ["{a1} is a senior writer at WIRED, covering {kick}.¦ Previously, {a1} wrote for The Verge."],
    }),
    Outlet("thehill", "The Hill", "en", "thehill.com", test_only=True, live=True, kinds={
        "copyright": ["Copyright {year} Nexstar Media Inc. All rights reserved. This material may not be "
                      "published, broadcast, rewritten, or redistributed."],
        "app_promo": ["For the latest news, weather, sports, and streaming video, head to The Hill."],
        "byline": ["by {a1} - {date} {hh}:{mm} PM ET", "by {a1} and {a2} - {date1} {uhh}:{mm} AM ET"],
        "tags": ["Tags\n{t1}\n{t2}\n{t3}"],
        "live": ["Updated {hh}:{mm} PM ET\n{a2}", "Pinned Post"],
        "video": ["Trending videos\n{h1}"],
    }),
    Outlet("dw", "Deutsche Welle", "de", "www.dw.com", test_only=True, kinds={
        "agency_credit": ["{ab}/{ab} (dpa, afp, rtr)", "Redaktion: {a2}"],
        "ai_note": ["Dieser Artikel wurde aus dem Englischen adaptiert.", "Adaptiert aus dem Englischen von {a2}"],
        "share": ["Senden\nFacebook\nX\nWhatsApp\nE-Mail"],
        "caption": ["{cap} Bild: {ph}/{wire}", "{cap} Bild: {wire}/picture alliance"],
        "related": ["Mehr zum Thema\n{h1}\n{h2}", "Weitere Artikel anzeigen"],
        "published": ["{date}"],
    }),
    Outlet("clarin", "Clarín", "es", "www.clarin.com", test_only=True, kinds={
        "read_also": ["Mirá también\n{h1}", "Mirá también{h1}"],
        "bio": ["Sobre la firma\n{a1}\n{a1} es periodista en {city}.¦ Bio completa"],
        "newsletter": ["Newsletter Clarín\nRecibí en tu email todas las noticias, coberturas, historias y "
                       "análisis de la mano de nuestros periodistas especializados."],
        "comments": ["Comentarios\nComentar las notas de Clarín es exclusivo para suscriptores."],
        "tags": ["Tags relacionados\n{t1}\n{t2}"],
        "published": ["{date} {hh}:{mm}", "Actualizado al {date1} {uhh}:{mm}"],
        "paywall": ["Para seguir leyendo, suscribite a Clarín\nSuscribirme\nYa tengo suscripción"],
    }),
    Outlet("thepaper", "澎湃新闻", "zh", "www.thepaper.cn", test_only=True, kinds={
        "origin": ["原标题：《{h1}》", "本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP"],
        "agency_credit": ["责任编辑：{a2}\n校对：{a3}", "澎湃新闻报料：021-962866"],
        "copyright": ["澎湃新闻，未经授权不得转载"],
        "caption": ["{cap} 图片来源：视觉中国", "{cap} 澎湃新闻记者 {ph} 图"],
        "byline": ["澎湃新闻记者 {a1}", "澎湃新闻记者 {a1} 实习生 {a2}"],
    }),
    Outlet("kyodo", "共同通信", "ja", "www.kyodo.co.jp", test_only=True, kinds={
        "dateline": ["【{city}共同】", "【{city}共同＝{a1}】"],
        "copyright": ["共同通信社", "Copyright © Kyodo News. All rights reserved. 無断転載を禁じます。"],
        "related": ["最新ニュース\n{h1}\n{h2}", "おすすめ記事\n{h1}"],
        "published": ["{date} {hh}時{mm}分 (共同通信)"],
    }),
]

OUTLETS = _SHARED + _TEST_ONLY
__all__ = ["HOUSE", "OUTLETS", "Outlet"]
