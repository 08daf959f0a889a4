"""blind8's outlets and their own furniture, written for this set from how these sites, their live blogs and
the feeds that carry them read once copied or scraped. None is an outlet blind5, blind6 or blind7 models.
Kinds an outlet has no wording of its own for come from its language's house wordings (``house.py``). ``¦``
ends a scored piece inside a line; ``T:`` marks a wording only the test split uses; every wording of a
``test_only`` outlet is test-only (README, last section)."""
from __future__ import annotations

from benchmarks.eval.blind6.outlets import Outlet

from .house import HOUSE

OUTLETS = [
    # --- English, shared -------------------------------------------------------------------------------
    Outlet("latimes", "Los Angeles Times", "en", "latimes.com", {
        "kicker": ["{kick}", "California", "T:Essential California"],
        "byline": ["By {a1}\nStaff Writer", "By {a1} and {a2}\nStaff Writers", "By {a1}, {a2} and {a3}",
                   "T:By {a1}\nStaff Writer\nFollow"],
        "published": ["{mon}, {year} {hh}:{mm} {AMPM} PT", "Updated {mon}, {year} {uhh}:{ss} {AMPM} PT"],
        "newsletter": ["Get the latest from {a1}\nStay informed with updates delivered to your inbox.\nEnter "
                       "email address\nSign Me Up\nYou may occasionally receive promotional content from the "
                       "Los Angeles Times."],
        "paywall": ["You have reached your free article limit.\nSubscribe for $1 for 6 months\nAlready a "
                    "subscriber? Log in"],
        "agency_credit": ["Times staff writer {ph} contributed to this report.",
                          "The Associated Press contributed to this report."],
        "origin": ["This story originally appeared in Los Angeles Times."],
        "bio": ["{a1} is a {kick} reporter for the Los Angeles Times. Before joining The Times in {year}, "
                "{a1} covered {t1} at a regional daily.", "T:More to Read from {a1}"],
        "copyright": ["Copyright © {year}, Los Angeles Times ¦| Terms of Service ¦| Privacy Policy ¦| "
                      "CA Notice of Collection"],
        "correction": ["T:For the record:\n{hh}:{mm} {AMPM} {mon}, {year}: An earlier version of this article "
                       "misspelled {ph}'s last name."],
        "related": ["More to Read\n{h1}\n{h2}\n{h3}"],
        "dateline": ["{CITY} — "],
    }),
    Outlet("smh", "The Sydney Morning Herald", "en", "smh.com.au", {
        "kicker": ["Exclusive", "{kick}", "National"],
        "byline": ["By {a1}", "By {a1} and {a2}", "By {a1}, {a2} and {a3}"],
        "published": ["{dmy} — {hh}.{mm}{apm}", "Updated {dmy} — {uhh}.{ss}{apm}, first published {hh}.{mm}{apm}"],
        "share": ["Save\nLog in, register or subscribe to save articles for later.\nShare\nNormal text size\n"
                  "Larger text size\nVery large text size", "T:Gift this article\nSubscribe to gift this "
                  "article\nGift 5 articles to anyone you choose each month when you subscribe."],
        "caption": ["{cap}¦Credit: {wire}", "{cap}¦Credit: {ph}"],
        "newsletter": ["Get the day's breaking news, entertainment ideas and a long read to enjoy. Sign up to "
                       "receive our Evening Edition newsletter.\nSign up"],
        "live_key": ["Key posts\n{h1}\n{h2}\n{h3}", "T:Latest posts\n{h1}\n{h2}"],
        "live": ["{hh}.{mm}{apm}\nBy {ph}", "Latest post {n} mins ago", "T:{hh}.{mm}{apm}\nPinned"],
        "tags": ["License this article\n{t1}\n{t2}"],
        "agency_credit": ["With AAP", "AAP, Reuters", "T:AAP, AP"],
        "most_read": ["Most Viewed in {kick}\nLoading"],
        "bio": ["{a1} is a senior reporter at The Sydney Morning Herald.¦Connect via X or email."],
        "dateline": ["{city}: "],
    }, live=True, wires=("AAP", "Getty Images", "Reuters", "Nine", "AP")),
    Outlet("euronews", "Euronews", "en", "euronews.com", {
        "kicker": ["{kick}", "Europe News", "T:The Cube"],
        "byline": ["By {a1}", "By {a1} with AP, AFP", "By {a1}  & {a2}", "T:By {a1} with Reuters"],
        "published": ["Published on {num} - {hh}:{mm} GMT+1\nUpdated {num} - {uhh}:{ss} GMT+1",
                      "Published on {num} - {hh}:{mm} GMT+2"],
        "share": ["Share this article\nComments\nShare this article\nFacebook\nX\nFlipboard\nSend\nReddit\n"
                  "Linkedin\nMessenger\nTelegram\nWhatsapp", "Close Button\nShare this article"],
        "video": ["Copy/paste the article video embed link below:\nCopy", "T:Video.\n{h1}"],
        "ai_note": ["This article has been translated with the help of AI."],
        "origin": ["This article was originally published in French", "This article was originally published "
                   "in German", "T:This article was originally published in Italian"],
        "agency_credit": ["Additional sources • AP, AFP", "Video editor • {ph}", "T:Additional sources • "
                          "Reuters"],
        "most_read": ["Top news stories\n{h1}\n{h2}\n{h3}"],
        "live": ["{hh}:{mm}\n{h1}", "{hh}:{mm}"],
    }, live=True, wires=("AP", "AFP", "Reuters", "EBU")),
    Outlet("cnbc", "CNBC", "en", "cnbc.com", {
        "byline": ["{a1}\n@{handle}", "{a1}\n{a2}", "{a1}\n@{handle}\n{a2}"],
        "published": ["Published {dow3}, {mon3} {dd} {year}{hh}:{mm} {AMPM} EST\nUpdated {dow3}, {mon3} {dd} "
                      "{year}{uhh}:{ss} {AMPM} EST", "Published {dow3}, {mon3} {dd} {year}{hh}:{mm} {AMPM} EST"],
        "share": ["Share\nShare Article via Facebook\nShare Article via Twitter\nShare Article via LinkedIn\n"
                  "Share Article via Email"],
        "video": ["watch now\nVIDEO{len}\n{h1}", "T:{h2}\nVIDEO{len}\n{kick}"],
        "agency_credit": ["— CNBC's {ph} contributed to this report.", "T:— CNBC's {ph} and Reuters contributed "
                          "to this report."],
        "affiliate": ["Disclosure: Comcast is the parent company of CNBC."],
        "newsletter": ["Sign up now for the CNBC Daily Open newsletter\nGet this delivered to your inbox, and "
                       "more info about our products and services."],
        "read_also": ["Read more CNBC coverage on {t1}", "T:Don't miss these stories from CNBC PRO:\n{h1}\n{h2}"],
        "copyright": ["© {year} CNBC LLC. All Rights Reserved. A Division of NBCUniversal"],
    }),
    Outlet("huffpost", "HuffPost", "en", "huffpost.com", {
        "kicker": ["{KICK}", "POLITICS"],
        "byline": ["By {a1}", "{a1}\nReporter, HuffPost", "By {a1} and {a2}", "T:{a1}\nSenior Reporter, HuffPost"],
        "published": ["{mon3} {dd}, {year}, {hh}:{mm} {AMPM} EST | Updated {mon3} {dd}, {year}"],
        "paywall": ["Support HuffPost\nAt HuffPost, we believe that everyone needs high-quality journalism, "
                    "but we understand that not everyone can afford to pay for expensive news subscriptions.\n"
                    "Contribute $2\nAlready contributed? Log in to hide these messages.",
                    "T:Can't afford to donate? Support HuffPost by creating a free account and log in while "
                    "you read.\nCreate account"],
        "affiliate": ["HuffPost may receive a share from purchases made via links on this page. Every item is "
                      "independently selected by the HuffPost Shopping team. Prices and availability are "
                      "subject to change."],
        "origin": ["This article originally appeared on HuffPost and has been updated."],
        "tags": ["Related\n{t1}\n{t2}\n{t3}"],
        "related": ["Go To Homepage", "Popular in the Community"],
    }),
    Outlet("mirror", "The Mirror", "en", "mirror.co.uk", {
        "kicker": ["{KICK}", "EXCLUSIVE", "T:BREAKING"],
        "byline": ["By {a1}\nNews Reporter", "By {a1}\nNews Reporter\n{a2}\nSenior News Reporter",
                   "T:{a1}\nAssistant News Editor"],
        "published": ["{hh}:{mm}, {dmy}¦Updated{uhh}:{ss}, {dmy}", "{hh}:{mm}, {dmy}"],
        "newsletter": ["Get the biggest daily stories by email\nSubscribe\nWe use your sign-up to provide "
                       "content in ways you've consented to and to improve our understanding of you. This may "
                       "include adverts from us and 3rd parties based on our understanding. You can "
                       "unsubscribe at any time. More info\nThank you for subscribing!\nWe have more "
                       "newsletters\nShow me\nSee our privacy notice\nInvalid Email"],
        "read_also": ["READ MORE: {H1}", "READ MORE: {h1}\nREAD MORE: {h2}", "T:Don't Miss\n{h1}\n{h2}"],
        "app_promo": ["Join our new WhatsApp community and receive your daily dose of Mirror content. We also "
                      "treat our community members to special offers, promotions, and adverts from us and our "
                      "partners. If you don't like our community, you can check out any time you like."],
        "comments": ["Comments\nAdd a comment"],
        "most_read": ["Most Read\nMost Recent\n{h1}\n{h2}"],
        "live": ["{hh}:{mm}\nBy{ph}", "{hh}:{mm}{h1}", "T:{hh}:{mm}\nKey Update"],
        "caption": ["{cap} (Image: {wire})", "{cap} (Image: Getty Images)"],
        "video": ["{h1}\n{len}\nVideo Loading\nVideo Unavailable\nClick to play\nTap to play\nThe video will "
                  "start in 8Cancel\nPlay now"],
    }, live=True, wires=("Getty Images", "PA", "REUTERS", "AFP via Getty Images", "Daily Mirror")),
    Outlet("hindustantimes", "Hindustan Times", "en", "hindustantimes.com", {
        "kicker": ["{kick} News", "Trending"],
        "byline": ["By {a1}, {city}", "By {a1}", "By {a1}, {a2}", "By HT News Desk", "T:By {a1} | Edited by "
                   "{ph}"],
        "published": ["{mon3} {dd}, {year} {hh}:{mm} {AMPM} IST", "Updated on: {mon3} {dd}, {year} {uhh}:{ss} "
                      "{AMPM} IST"],
        "read_also": ["Also read: {h1}", "Also read | {h1}"],
        "share": ["Share Via\nCopy link"],
        "agency_credit": ["(With inputs from agencies)", "(With inputs from PTI, Reuters)",
                          "T:(With agency inputs)"],
        "app_promo": ["Catch all the Latest {kick} News along with Breaking News and Latest Headlines from "
                      "India and around the world.", "T:Get Latest Updates on {t1} and more on the HT App"],
        "newsletter": ["Thank you for subscribing to our Daily News Capsule newsletter."],
        "bio": ["{a1} is a Principal Correspondent at Hindustan Times covering {t1}....view detail"],
        "live": ["{mon3} {dd}, {year} {hh}:{mm} {AMPM} IST", "T:{mon3} {dd}, {year} {hh}:{mm} {AMPM} IST\n"
                 "Share this article"],
        "dateline": ["{city}: "],
    }, live=True),
    Outlet("cna", "CNA", "en", "channelnewsasia.com", {
        "kicker": ["{kick}", "Asia", "Singapore"],
        "published": ["{dmy} {hh}:{mm}{apm}\n(Updated: {dmy} {uhh}:{ss}{apm})", "{dmy} {hh}:{mm}{apm}"],
        "share": ["Bookmark\nBookmark\nShare\nWhatsApp\nTelegram\nFacebook\nTwitter\nEmail\nLinkedIn"],
        "read_also": ["READ: {h1}", "T:Commentary: {h1}"],
        "app_promo": ["Stay updated with notifications for breaking news and our best stories\nGet WhatsApp "
                      "alerts\nJoin our channel for the top reads for the day on your preferred chat app",
                      "T:Download the CNA app for the latest news"],
        "newsletter": ["Get our pick of top stories and thought-provoking articles in your inbox"],
        "agency_credit": ["Source: Reuters/{ab}", "Source: AFP/{ab}", "Source: Agencies/{ab}",
                          "T:Source: Bloomberg/{ab}"],
        "caption": ["{cap} (Photo: {wire}/{ph})", "{cap} (File photo: {wire})"],
        "related": ["Also worth reading\n{h1}\n{h2}"],
    }, wires=("Reuters", "AFP", "AP", "CNA")),
    Outlet("bostonglobe", "The Boston Globe", "en", "bostonglobe.com", {
        "byline": ["By {a1} Globe Staff,¦Updated {mon}, {year}, {hh}:{mm} {ampm}", "By {a1} and {a2} Globe "
                   "Staff", "By {a1} Globe Correspondent", "T:By {a1} and {a2} Globe Staff and {a3} Globe "
                   "Correspondent"],
        "share": ["Share on Facebook\nShare on X\nGift Article\nShow comments"],
        "paywall": ["Get Unlimited Access\nSubscribe now\n$1 for 6 months", "T:Give the gift of news\nTry it "
                    "now"],
        "bio": ["{a1} can be reached at {handle}@globe.com. Follow {a1} @{handle}.",
                "T:{a1} can be reached at {handle}@globe.com."],
        "newsletter": ["Sign up for {kick} Today\nA daily rundown of the news you need to know.\nEnter Email\n"
                       "Sign Up"],
        "agency_credit": ["Material from the Associated Press was used in this report.",
                          "Globe correspondent {ph} contributed to this report."],
        "copyright": ["©{year} Boston Globe Media Partners, LLC"],
    }),
    Outlet("upi", "UPI", "en", "upi.com", {
        "byline": ["By {a1} ¦| {mon}, {year} / {hh}:{mm} {AMPM}", "By {a1}", "By {a1} & {a2}"],
        "published": ["{mon}, {year} / {hh}:{mm} {AMPM}"],
        "dateline": ["{mon} (UPI) -- ", "T:{CITY}, {mon} (UPI) -- "],
        "copyright": ["© {year} United Press International, Inc. All Rights Reserved."],
        "related": ["Latest Headlines\n{h1}\n{h2}\n{h3}"],
        "most_read": ["Trending Stories\n{h1}\n{h2}"],
        "caption": ["{cap} Photo by {ph}/UPI¦| License Photo", "{cap} File Photo by {ph}/UPI"],
        "read_also": ["Related\n{h1}\n{h2}"],
        "ad": ["Advertisement"],
    }),
    Outlet("arabnews", "Arab News", "en", "arabnews.com", {
        "byline": ["{a1}\nSpecial to Arab News", "Arab News\n{a1}", "T:{a1}\nArab News"],
        "published": ["{mon3} {dd}, {year} {hh}:{mm}\nUpdated {mon3} {dd}, {year}"],
        "share": ["Short Url\nhttps://arab.news/{ab}{nn}", "T:Follow\nShort Url"],
        "agency_credit": ["Agencies", "Reuters", "AFP"],
        "read_also": ["Also read\n{h1}"],
        "related": ["Related\n{h1}\n{h2}", "Latest updates\n{h1}\n{h2}\n{h3}"],
    }, wires=("AFP", "Reuters", "AP", "SPA")),
    Outlet("japantimes", "The Japan Times", "en", "japantimes.co.jp", {
        "byline": ["By {a1}\nStaff writer", "By {a1}\nBloomberg", "By {a1} and {a2}\nStaff writers"],
        "published": ["{mon3} {dd}, {year}", "{mon3} {dd}, {year}\nUpdated: {hh}:{mm} JST"],
        "share": ["Share/Save\nfacebook\nX\nEmail\nLine"],
        "paywall": ["In a time of both misinformation and too much information, quality journalism is more "
                    "crucial than ever.\nBy subscribing, you can help us get the story right.\nSUBSCRIBE NOW",
                    "T:This could be due to a conflict with your ad-blocking or security software."],
        "caption": ["{cap} | {wire}", "{cap} | Kyodo"],
        "tags": ["KEYWORDS\n{t1}, {t2}"],
    }, wires=("Reuters", "Kyodo", "Bloomberg", "Jiji")),
    # --- other languages, shared -------------------------------------------------------------------------
    Outlet("infobae", "Infobae", "es", "infobae.com", {
        "published": ["{num} - {hh}:{mm} hs", "{date}"],
        "share": ["Guardar\nCompartir\nFacebook\nTwitter\nLinkedin\nEnviar por WhatsApp\nCopiar enlace"],
        "caption": ["{cap} (REUTERS/{ph})", "{cap} (Europa Press)", "{cap} (EFE/{ph})"],
        "agency_credit": ["(Con información de EFE)", "(Con información de Reuters)",
                          "(Con información de AFP, EFE y AP)", "T:(Con información de Europa Press)"],
        "related": ["Seguir leyendo:\n{h1}\n{h2}\n{h3}"],
        "video": ["(Video: {ph} / Infobae)", "T:(Video: Reuters)"],
    }, wires=("REUTERS", "EFE", "AFP", "Europa Press", "AP")),
    Outlet("ouestfrance", "Ouest-France", "fr", "ouest-france.fr", {
        "kicker": ["{kick}", "Vidéo", "Abonnés"],
        "byline": ["Ouest-France {a1}.", "Ouest-France {a1} et {a2}.", "T:Ouest-France avec AFP. {a1}."],
        "published": ["Publié le {date} à {hh}h{mm}", "Publié le {date} à {hh}h{mm}\nModifié le {date1} à "
                      "{uhh}h{ss}"],
        "paywall": ["L'article est réservé aux abonnés. Le reste de l'article est à lire en vous abonnant.\nJe "
                    "m'abonne"],
        "read_also": ["À LIRE : {h1}", "EN IMAGES. {h2}"],
        "share": ["Partager\nÉcouter\nCommenter"],
        "live": ["{hh}h{mm}\n{h1}", "{hh}h{mm}\nÀ retenir", "T:{hh}:{mm}\nLe point"],
        "comments": ["Cet article vous a été utile ?\nOui\nNon"],
        "agency_credit": ["Ouest-France avec AFP.", "T:Ouest-France avec Reuters."],
    }, live=True),
    Outlet("tagesschau", "tagesschau.de", "de", "tagesschau.de", {
        "published": ["Stand: {num1} {hh}:{mm} Uhr"],
        "byline": ["Von {a1}, ARD-Studio {city}", "Von {a1}, SWR", "Von {a1} und {a2}, BR",
                   "T:Von {a1}, NDR"],
        "video": ["Video\n{h1}\ntagesschau {hh}:{mm} Uhr, {num1}", "tagesschau24 {hh}:{mm} Uhr, {num1}"],
        "origin": ["Dieses Thema im Programm: Das Erste ¦| tagesschau ¦| {num1} ¦| {uhh}:{ss} Uhr",
                   "T:Über dieses Thema berichtete Deutschlandfunk am {num1} um {hh}:{mm} Uhr."],
        "agency_credit": ["Mit Informationen von dpa und Reuters", "T:Mit Informationen von {ph}, ARD-Studio "
                          "{city}"],
        "share": ["Teilen\nMessenger\nFacebook\nX\nE-Mail\nPocket"],
        "live": ["{hh}:{mm} Uhr\n{h1}", "{hh}:{mm} Uhr"],
        "live_key": ["Die wichtigsten Entwicklungen\n{h1}\n{h2}"],
    }, live=True),
    Outlet("g1", "g1", "pt", "g1.globo.com", {
        "byline": ["Por {a1}, g1", "Por {a1}, g1 — {city}", "Por {a1} e {a2}, g1", "T:Por {a1}, TV Globo"],
        "published": ["{num} {hh}h{mm}  Atualizado há {n} horas", "{num} {hh}h{mm}"],
        "caption": ["{cap} — Foto: Reprodução/TV Globo", "{cap} — Foto: {ph}/g1"],
        "read_also": ["LEIA TAMBÉM:\n{h1}\n{h2}", "VÍDEOS: {h1}"],
        "video": ["VÍDEOS: mais assistidos do g1", "T:Assista ao vídeo\n{len}"],
        "app_promo": ["📲 Participe do canal do g1 no WhatsApp"],
    }),
    Outlet("lastampa", "La Stampa", "it", "lastampa.it", {
        "byline": ["{A1}", "dal nostro corrispondente {a1}", "di {a1}\n{city}"],
        "published": ["Aggiornato alle {hh}:{mm}", "{num} - {hh}:{mm}"],
        "read_time": ["{min} minuti di lettura"],
        "paywall": ["Questo contenuto è riservato agli abbonati\n1 € al mese per 3 mesi\nAttiva Ora\nSei già "
                    "abbonato?\nAccedi"],
        "related": ["Leggi anche\n{h1}\n{h2}"],
    }),
    Outlet("interfax", "Интерфакс", "ru", "interfax.ru", {
        "dateline": ["{city}. {dm}. INTERFAX.RU - ", "T:{city}. {dm}. ИНТЕРФАКС - "],
        "published": ["{date} {hh}:{mm}"],
        "copyright": ["© 1991—{year} Интерфакс. Все права защищены."],
        "read_also": ["Читайте также\n{h1}"],
    }),
    Outlet("youm7", "اليوم السابع", "ar", "youm7.com", {
        "byline": ["كتب {a1}", "كتبت {a1}", "كتب {a1} - {a2}"],
        "published": ["{date} {hh}:{mm} ص", "{date} {hh}:{mm} م"],
        "read_also": ["اقرأ أيضا.. {h1}"],
        "comments": ["إضافة تعليق\nالاسم\nالبريد الإلكترونى\nالتعليق"],
        "app_promo": ["تابع أخبار اليوم السابع عبر Google News"],
    }),
    Outlet("chinanews", "中国新闻网", "zh", "chinanews.com.cn", {
        "dateline": ["中新网{city}{mo}月{dd}日电 ", "中新社{city}{mo}月{dd}日电 (记者 {a1})"],
        "published": ["{year}年{mo}月{dd}日 {hh}:{mm} 来源：中国新闻网"],
        "agency_credit": ["(完)", "【编辑:{ph}】", "T:(完) 【编辑:{ph}】"],
        "copyright": ["本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。"],
        "comments": ["参与互动"],
    }),
    Outlet("asahi", "朝日新聞", "ja", "asahi.com", {
        "dateline": ["【{city}＝{a1}】", "（{city}＝{a1}）"],
        "published": ["{date} {hh}時{mm}分\n（{mo}月{dd}日 {uhh}時{ss}分更新）", "{date} {hh}時{mm}分"],
        "paywall": ["この記事は有料記事です。残り{big}文字", "有料会員になると続きをお読みいただけます。\n今すぐ登録\nログインする"],
        "caption": ["{cap}＝{year}年{mo}月{dd}日、{city}、{ph}撮影"],
        "comments": ["コメントプラス\n{ph}\n（{kick}研究者）\n【視点】"],
        "related": ["関連ニュース\n{h1}\n{h2}"],
        "origin": ["朝日新聞デジタル", "T:（朝日新聞デジタル）"],
    }),
    # --- test-only outlets: never on dev pages -----------------------------------------------------------
    Outlet("nzherald", "NZ Herald", "en", "nzherald.co.nz", {
        "byline": ["By {a1}\nReporter · NZ Herald·", "By {a1}\nReporter · NZ Herald·\n{a2}\nSenior Reporter · "
                   "NZ Herald·"],
        "published": ["{dmy} {hh}:{mm}{apm}"],
        "read_time": ["{min} mins to read"],
        "share": ["Share\nSave\nGift article"],
        "paywall": ["Premium\nThis article is for Premium subscribers\nSubscribe to the NZ Herald\nAlready a "
                    "subscriber? Sign in"],
        "live": ["{hh}.{mm}{apm}\n{h1}", "{hh}.{mm}{apm}"],
        "live_key": ["Latest updates\n{h1}\n{h2}"],
        "agency_credit": ["- RNZ", "- Additional reporting AP"],
        "caption": ["{cap} Photo / {wire}"],
        "related": ["Latest from {kick}\n{h1}\n{h2}"],
        "app_promo": ["Download the NZ Herald app for the latest news and updates"],
    }, test_only=True, live=True, wires=("Getty Images", "AP", "NZME", "Supplied")),
    Outlet("chicagotribune", "Chicago Tribune", "en", "chicagotribune.com", {
        "byline": ["By {a1} | {handle}@chicagotribune.com | Chicago Tribune",
                   "By {a1} and {a2} | Chicago Tribune"],
        "published": ["PUBLISHED: {date} at {hh}:{mm} {AMPM} CST ¦| UPDATED: {date} at {uhh}:{ss} {AMPM} CST"],
        "newsletter": ["Sign up for the Daily Digest: top headlines delivered every weekday morning."],
        "bio": ["{a1} covers {t1} for the Chicago Tribune."],
        "origin": ["Originally Published: {date} at {hh}:{mm} {AMPM}"],
        "comments": ["Report an Error\nPolicies and Standards"],
        "related": ["More in {kick}\n{h1}\n{h2}"],
        "tags": ["Tags: {t1}, {t2}"],
        "paywall": ["Get unlimited digital access\nSubscribe now for only 99¢ for 8 weeks\nLog in"],
    }, test_only=True),
    Outlet("vox", "Vox", "en", "vox.com", {
        "byline": ["by {a1}", "by {a1} and {a2}"],
        "published": ["{mon}, {year}, {hh}:{mm} {ampm} EST"],
        "bio": ["{a1} is a senior reporter at Vox covering {t1}."],
        "paywall": ["You've read {n} articles in the last month\nHere at Vox, we're unwavering in our "
                    "commitment to covering the issues that matter most to you.\nWill you help us keep it free?\n"
                    "One-time\nMonthly\nAnnual\nYes, I'll give $5/month\nWe accept credit card, Apple Pay, and "
                    "Google Pay."],
        "newsletter": ["This story was first featured in the {kick} newsletter. Sign up here for future "
                       "editions."],
        "correction": ["Update, {mon}, {hh}:{mm} {ampm} ET: This story has been updated to include the latest "
                       "figures."],
        "tags": ["See More:\n{t1}\n{t2}"],
        "share": ["Share\nGift\nShare this story"],
    }, test_only=True),
    Outlet("metro", "Metro", "en", "metro.co.uk", {
        "byline": ["{a1}", "{a1} and {a2}"],
        "published": ["Published {date} {hh}:{mm}{apm}\nUpdated {date} {uhh}:{ss}{apm}"],
        "read_also": ["MORE : {h1}", "MORE : {h1}\nMORE : {h2}"],
        "caption": ["{cap} (Picture: {wire})"],
        "share": ["Comment\nShare this with\nEmail\nFacebook\nMessenger\nX\nPinterest\nLinkedIn\nCopy link"],
        "comments": ["Get in touch with our news team by emailing us at webnews@metro.co.uk."],
        "app_promo": ["For more stories like this, check our news page."],
    }, test_only=True, wires=("Getty Images", "PA", "Reuters", "Shutterstock", "Metro")),
    Outlet("elmundo", "El Mundo", "es", "elmundo.es", {
        "byline": ["{A1}\n{city}", "{a1}\n@{handle}"],
        "published": ["Actualizado {date} - {hh}:{mm}"],
        "paywall": ["Para seguir leyendo, hazte Premium\nSuscríbete\n¿Ya eres premium? Inicia sesión"],
        "related": ["Más información\n{h1}\n{h2}"],
        "origin": ["Conforme a los criterios de\nThe Trust Project\nSaber más"],
    }, test_only=True),
    Outlet("derstandard", "DER STANDARD", "de", "derstandard.at", {
        "byline": ["{a1}", "{a1}, {a2}"],
        "published": ["{date}, {hh}:{mm}"],
        "comments": ["{big} Postings\nZum Forum"],
        "agency_credit": ["(red, APA, {num1})", "(APA, dpa, {num1})"],
        "paywall": ["Jetzt weiterlesen mit einem STANDARD-Abo\nAbo abschließen"],
        "read_also": ["Weiterlesen: {h1}"],
        "app_promo": ["Jetzt die STANDARD-App herunterladen"],
    }, test_only=True),
    Outlet("zaobao", "联合早报", "zh", "zaobao.com.sg", {
        "dateline": ["（{city}综合电）", "（联合早报讯）"],
        "byline": ["{a1} 报道", "{a1} {a2} 报道"],
        "published": ["发布/{date} {hh}:{mm}"],
        "paywall": ["此文章为订户专享内容\n立即订阅\n已是订户？登录"],
        "caption": ["{cap}（{wire}）"],
        "app_promo": ["立即下载《联合早报》应用"],
    }, test_only=True, wires=("路透社", "法新社", "美联社", "彭博社")),
    Outlet("yomiuri", "読売新聞", "ja", "yomiuri.co.jp", {
        "dateline": ["【{city}支局】", "（{city}支局）"],
        "paywall": ["この記事は読者会員限定です\n読売新聞を購読している方は、無料で読売新聞オンラインの会員登録をするとお読みいただけます。\n"
                    "新規登録\nログイン"],
        "published": ["{date} {hh}:{mm}"],
        "share": ["スクラップ\nメモ入力"],
        "related": ["あわせて読みたい\n{h1}\n{h2}"],
        "copyright": ["Copyright © The Yomiuri Shimbun"],
    }, test_only=True),
]

__all__ = ["HOUSE", "OUTLETS", "Outlet"]
