"""blind9's outlets: 33 sites none of blind5 to blind8 model, 29 of them English-language (US regional papers and
TV stations, UK and Irish regional papers, Canadian, Australian, New Zealand, Indian, Pakistani, Nigerian,
Kenyan, South African, Singaporean and Philippine papers, business, trade and tech sites, portals that re-host
wire copy, a newsletter re-publisher and press-release wires), and four in Spanish, French and German. Each has
its own wordings for the kinds it lays out its own way; the language's house wordings (``house.py``) fill the
rest. Written for this set from how these sites' pages read once copied or scraped. A wording marked ``T:`` is
test-only, as is every own wording of a test-only outlet. Placeholders are ``compose._context``'s."""
from __future__ import annotations

from benchmarks.eval.blind6.outlets import Outlet

from .house import HOUSE

O = Outlet

OUTLETS: list[Outlet] = [
    O("seattletimes", "The Seattle Times", "en", "seattletimes.com", {
        "byline": ["By {a1}\nSeattle Times staff reporter", "By {a1} and {a2}\nSeattle Times staff reporters",
                   "By {a1}\nThe Associated Press", "T:By {a1}\nSeattle Times business reporter"],
        "published": ["{mon}, {year} at {hh}:{mm} {ampm}", "Updated {mon}, {year} at {hh}:{mm} {ampm}"],
        "paywall": ["Subscribe for 25¢ a week\nGet unlimited digital access to The Seattle Times\nSubscribe",
                    "Support local journalism. Subscribe to The Seattle Times.",
                    "T:You've used all of your free articles this month. Subscribe to keep reading."],
        "newsletter": ["The Morning Brief\nThe most important news of the day, delivered to your inbox.\n"
                       "Email address\nSign up", "Sign up for Evening Brief"],
        "comments": ["Comments are closed on this story.", "View {nn} Comments / {nn} New"],
        "ad": ["Advertising"],
    }, wires=("Seattle Times", "The Associated Press", "Getty Images")),
    O("startribune", "Star Tribune", "en", "startribune.com", {
        "byline": ["By {a1}\nStar Tribune", "By {a1} and {a2}\nStar Tribune", "By {a1}\nThe Associated Press"],
        "published": ["{mon}, {year} — {hh}:{mm}{apm}"],
        "caption": ["{cap}. ({ph}/The Minnesota Star Tribune)", "{cap}. ({wire})",
                    "T:{cap}. ({ph}/The Minnesota Star Tribune via AP)"],
        "related": ["Related Coverage\n{h1}\n{h2}", "Read More\n{h1}\n{h2}\n{h3}"],
        "paywall": ["Subscribe now for unlimited access to the Star Tribune\n$1 for 8 weeks\nSubscribe",
                    "Already a subscriber? Log in"],
    }, wires=("AP", "Getty Images")),
    O("wral", "WRAL", "en", "wral.com", {
        "kicker": ["WRAL News", "5 On Your Side", "WRAL WeatherCenter", "Local News"],
        "byline": ["Posted {usnum} {hh}:{mm}{apm}", "By {a1}, WRAL reporter", "By {a1}, WRAL multiplatform producer",
                   "T:WRAL Digital Desk"],
        "published": ["Posted {mon}, {year} {hh}:{mm}{apm} - Updated {mon}, {year} {uhh}:{mm}{apm}",
                      "Updated: {hh}:{mm} {AMPM} EDT {mon3} {dd}, {year}"],
        "video": ["▶ WATCH: {h1}", "Live stream: WRAL News at {hh}", "Video Player is loading.\nPause\nUnmute\n"
                  "Remaining Time -{len}\nFullscreen", "Watch WRAL News on WRAL+ for free", "T:WRAL+ | Watch now"],
        "live": ["{hh}:{mm} {ampm}\n{h1}", "UPDATE {hh}:{mm} {ampm}", "T:{hh}:{mm} {ampm} — {a1}, WRAL reporter"],
        "live_key": ["LIVE UPDATES: {h1}", "Key takeaways\n{h1}\n{h2}"],
        "app_promo": ["Download the WRAL News app for breaking news alerts.", "Get WRAL News on your TV: Roku, "
                      "Fire TV, Apple TV"],
        "copyright": ["Copyright {year} by Capitol Broadcasting Company. All rights reserved. This material may "
                      "not be published, broadcast, rewritten or redistributed."],
    }, live=True),
    O("men", "Manchester Evening News", "en", "manchestereveningnews.co.uk", {
        "byline": ["{a1}\nNews Reporter", "{a1}, {a2}\nNews Reporter", "By {a1}\nCourts Reporter",
                   "T:{a1}\nTrending Reporter"],
        "published": ["{hh}:{mm}, {dd} {mon3} {year}Updated{uhh}:{mm}, {dd} {mon3} {year}",
                      "{hh}:{mm}, {dd} {MON3} {year}"],
        "newsletter": ["Get the biggest stories sent straight to your inbox with the MEN's daily newsletter\n"
                       "Enter email\nSubscribe\nWe use your sign-up to provide content in ways you've consented to "
                       "and to improve our understanding of you. More info\nThank you for subscribing!\n"
                       "We have more newsletters\nShow me\nInvalid email\nSomething went wrong, please try again later.",
                       "Join the MEN's WhatsApp community HERE"],
        "caption": ["{cap}(Image: {ph})", "{cap}(Image: Manchester Evening News)", "{cap}(Image: {wire})",
                    "T:{cap}(Image: Google Maps)"],
        "live": ["KEY EVENT\n{hh}:{mm}\n{h1}", "{hh}:{mm}\n{a1}", "{hh}:{mm}{h1}", "T:{hh}:{mm}\nLatest updates"],
        "live_key": ["Key Events\n{h1}\n{h2}\nLatest updates", "BREAKING: {h1}"],
        "read_also": ["READ MORE: {h1}", "READ NEXT:\n{h1}\n{h2}", "T:READ MORE: {h1}\nREAD MORE: {h2}"],
        "video": ["Video Loading\nVideo Unavailable\nClick to play\nTap to play\nThe video will auto-play soon8Cancel\n"
                  "Play now", "T:Video Loading\nVideo Unavailable"],
        "comments": ["Have your say in our comments section below", "Comments\n{nn}"],
    }, live=True, wires=("PA", "Google Maps", "Manchester Evening News")),
    O("scotsman", "The Scotsman", "en", "scotsman.com", {
        "byline": ["By {a1}\nPublished {ddth} {mon3} {year}, {hh}:{mm}", "By {a1}\nScotland Correspondent",
                   "T:By {a1}, {a2}\nPublished {ddth} {mon3} {year}"],
        "published": ["Published {ddth} {month} {year}, {hh}:{mm} GMT\nUpdated {ddth} {month} {year}, {uhh}:{mm} GMT"],
        "paywall": ["Read more from The Scotsman with a subscription.\nSubscribe", "Listen to this article for free "
                    "with a Scotsman subscription", "T:This article is free to read for registered users. "
                    "Register now."],
        "listen": ["Listen to this article\nListen to this article for free with a subscription",
                   "Audio created using AI assistance"],
        "ai_note": ["This article was crafted with the help of an AI tool, which may have helped with content, "
                    "research and editing. Learn more"],
        "copyright": ["© {year} National World Publishing Ltd."],
        "caption": ["{cap} | {wire}", "{cap} | Lisa Ferguson", "T:{cap} | Contributed"],
    }, wires=("Getty Images", "PA", "AFP via Getty Images")),
    O("independentie", "Irish Independent", "en", "independent.ie", {
        "byline": ["{a1}\nToday at {hh}:{mm}", "{a1} and {a2}\nYesterday at {hh}:{mm}", "{a1}\nIrish Independent",
                   "T:{a1}\n{dow} {dd} {month} {year} at {hh}:{mm}"],
        "caption": ["{cap}. Photo: {ph}", "{cap}. Photo: Collins", "{cap}. Photo: Getty", "T:{cap}. Photo: Mark Condren"],
        "read_also": ["Read more\n{h1}", "Also in {kick}\n{h1}"],
        "share": ["Share this article\nFacebook\nX\nEmail\nWhatsapp\nLinkedIn", "Open on Facebook¦ ¦Open on X"],
        "paywall": ["Subscribe for €1 for the first 3 months\nSubscribe", "Get unlimited access to the Irish "
                    "Independent\nSubscribe", "T:Sign up for free and read more\nRegister"],
        "newsletter": ["Today's News in 90 Seconds – {date}", "Join the Irish Independent WhatsApp channel\n"
                       "Stay up to date with all the latest news"],
    }, wires=("Collins", "Getty", "Reuters")),
    O("torontostar", "Toronto Star", "en", "thestar.com", {
        "byline": ["By {a1}Staff Reporter", "By {a1} and {a2}Staff Reporters", "By {a1}Business Reporter",
                   "T:By {a1}Star Vancouver"],
        "published": ["Updated {date} at {hh}:{mm} {ampm}", "{min} min to read"],
        "ad": ["Article Continued Below", "Story continues below advertisement", "ADVERTISEMENT"],
        "caption": ["{cap}. {ph} Toronto Star file photo", "{cap}. {ph} The Canadian Press", "T:{cap}. {ph} / Special "
                    "to the Star"],
        "bio": ["{a1} is a Toronto-based reporter for the Star covering {t1}. Follow {a1} on X: @{handle}",
                "{a1}\nSPEAK UP! Conversations are opinions of our readers and are subject to the Code of Conduct."],
        "comments": ["Conversations are opinions of our readers and are subject to the Code of Conduct. The Star "
                     "does not endorse these opinions.", "Join the conversation\nLog in to comment"],
        "agency_credit": ["With files from The Canadian Press", "With files from {ph}", "T:— With files from Reuters"],
        "paywall": ["Subscribe for unlimited access\n$1 per week for 24 weeks\nSubscribe Now", "Already a subscriber? "
                    "Log in"],
    }, wires=("The Canadian Press", "Toronto Star", "Getty Images")),
    O("nationalpost", "National Post", "en", "nationalpost.com", {
        "byline": ["{a1}\nPublished {mon3} {dd}, {year}\n{min} minute read", "{a1}, The Canadian Press",
                   "{a1} and {a2}\nPublished {mon3} {dd}, {year}"],
        "ad": ["Article content", "Advertisement {n}\nStory continues below\nThis advertisement has not loaded yet, "
               "but your article continues below.", "Advertisement", "T:Article content\nArticle content"],
        "comments": ["Join the Conversation\nPostmedia is committed to maintaining a lively but civil forum for "
                     "discussion. Please keep comments relevant and respectful.", "{nn} Comments"],
        "newsletter": ["Sign up to receive the daily top stories from the National Post, a division of Postmedia "
                       "Network Inc.\nBy signing up you consent to receive the above newsletter from Postmedia "
                       "Network Inc.\nThanks for signing up!\nA welcome email is on its way. If you don't see it, "
                       "please check your junk folder.",
                       "Subscribe now to read the latest news in your city and across Canada.\nUnlimited online "
                       "access to articles from across Canada with one account."],
        "related": ["Recommended from Editorial\n{h1}\n{h2}\n{h3}", "Trending\n{h1}\n{h2}"],
        "share": ["Share this Story : {h1}\nCopy Link\nEmail\nX (Twitter)\nReddit\nLinkedIn\nTumblr"],
        "copyright": ["© {year} National Post, a division of Postmedia Network Inc. All rights reserved."],
    }, wires=("The Canadian Press", "Postmedia", "Reuters")),
    O("newscomau", "news.com.au", "en", "news.com.au", {
        "byline": ["{a1}\nnews.com.au", "{a1} and {a2}\n{n} min read", "{a1}\n@{handle}\n{n} min read",
                   "T:{a1}\nNCA NewsWire"],
        "published": ["{hh}:{mm}{apm} {mon3} {dd}, {year}", "Updated {hh}:{mm}{apm} {mon3} {dd}, {year}"],
        "caption": ["{cap}. Picture: {ph}/NewsWire", "{cap}. Picture: {wire}", "{cap}. Source: Supplied",
                    "T:{cap}. Picture: Instagram"],
        "read_also": ["RELATED: {h1}", "MORE: {h1}", "READ: {h1}", "T:LATEST: {h1}"],
        "paywall": ["$1 per week for the first 12 weeks\nSubscribe", "T:Already a subscriber? Sign in here"],
        "agency_credit": ["— with AAP", "with NCA NewsWire", "T:— With Reuters"],
        "video": ["Play\nWatch: {h1}\n{len}", "Replay", "Watch more"],
        "comments": ["Join the conversation\nLogin or signup to comment\nContinue", "{nn} comments"],
    }, wires=("AAP", "NCA NewsWire", "Getty Images", "Supplied")),
    O("stuff", "Stuff", "en", "stuff.co.nz", {
        "byline": ["{a1}\n{dd} {month} {year}", "{a1} and {a2}", "{a1}\nReporter", "{a1}\n{city}"],
        "caption": ["{cap}. {ph}/Stuff", "{cap}. Supplied", "{cap}. {wire}", "T:{cap}. {ph}/Waikato Times"],
        "read_also": ["READ MORE:\n* {h1}\n* {h2}\n* {h3}", "READ MORE: {h1}"],
        "agency_credit": ["– Stuff", "– RNZ", "– Stuff and {wire}"],
        "tags": ["Topics\n{t1}\n{t2}"],
        "related": ["Related articles\n{h1}\n{h2}"],
    }, wires=("Stuff", "RNZ", "Getty Images")),
    O("indianexpress", "The Indian Express", "en", "indianexpress.com", {
        "byline": ["Written by {a1}\n{city} | Updated: {mon3} {dd}, {year} {hh}:{mm} IST",
                   "Written by {a1}, {a2}\n{city} | Updated: {mon3} {dd}, {year}", "Express News Service",
                   "T:By: Express Web Desk\n{city} | Updated: {mon3} {dd}, {year}"],
        "read_also": ["Also Read | {h1}", "ALSO READ | {h1}", "Also Read: {h1}", "T:Express View | {h1}"],
        "app_promo": ["Click here to join our channel on WhatsApp", "📣 Follow Indian Express on Instagram, Threads",
                      "Download the Indian Express App", "T:📣 Join our WhatsApp channel"],
        "tags": ["Tags:\n{t1}\n{t2}\n{t3}"],
        "live_key": ["Live Blog\n{h1}\n{h2}", "Live Updates: {h1}"],
        "live": ["{mon3} {dd}, {year} {hh}:{mm} IST\n{h1}", "{hh}:{mm} (IST) {dd} {mon3} {year}\n{h1}",
                 "T:{mon3} {dd}, {year} {hh}:{mm} IST\nBy: {a1}"],
        "copyright": ["© The Indian Express Pvt Ltd"],
        "agency_credit": ["(With inputs from PTI)", "With PTI inputs", "(PTI)"],
        "ad": ["ADVERTISEMENT", "Story continues below this ad"],
        "most_read": ["Most Read\n1\n{h1}\n2\n{h2}\n3\n{h3}", "Top News\n{h1}\n{h2}"],
    }, live=True, wires=("PTI", "Express photo", "Reuters", "AP")),
    O("dawn", "Dawn", "en", "dawn.com", {
        "byline": ["{a1}\nPublished {month} {dd}, {year}", "{a1} | {a2}\nPublished {month} {dd}, {year}\n"
                   "Updated a day ago", "Reuters\nPublished {month} {dd}, {year}", "T:Dawn.com | {a1}"],
        "caption": ["{cap}. — Reuters/File", "{cap}. — Photo courtesy: {ph}", "{cap}. — AFP",
                    "{cap}. — Screengrab", "T:{cap}. — White Star/File"],
        "share": ["Facebook\nTwitter\nWhatsApp\nLinkedIn\nEmail\nComments"],
        "comments": ["Comments ({nn}) Closed", "Comments are closed on this story.", "T:Dear visitor, the comments "
                     "section is undergoing an overhaul and will return soon."],
        "copyright": ["Copyright © {year}, Dawn"],
        "origin": ["Published in Dawn, {month} {ddth}, {year}", "T:Published in Dawn, The Business and Finance "
                   "Weekly, {month} {ddth}, {year}"],
        "read_also": ["Read: {h1}", "Also read: {h1}"],
    }, wires=("Reuters", "AFP", "White Star", "APP")),
    O("punch", "Punch", "en", "punchng.com", {
        "byline": ["By {a1}", "{a1}", "{a1}, {city}", "T:By {a1} and {a2}"],
        "published": ["{dd} {month} {year}", "{month} {dd}, {year}"],
        "caption": ["{cap}", "File photo: {cap}", "Photo: {ph}", "T:{cap} Credit: X/@{handle}"],
        "read_also": ["READ ALSO: {h1}", "ALSO READ: {h1}", "T:SEE ALSO: {h1}"],
        "ad": ["Advertisement", "Join Punch’s WhatsApp Channel"],
        "app_promo": ["Follow the Punch News Online channel on WhatsApp", "T:Download the Punch app"],
        "comments": ["Leave a Reply"],
        "copyright": ["All rights reserved. This material, and other digital content on this website, may not be "
                      "reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior "
                      "express written permission from PUNCH.\nContact: the_editor@punchng.com"],
        "newsletter": ["Latest News\nSubscribe to Punch Newsletter\nEmail\nSubscribe"],
    }),
    O("nation", "Nation", "en", "nation.africa", {
        "byline": ["By {a1}\nSenior Reporter\nNation Media Group", "By {a1}\nNairobi", "By {a1} &  {a2}",
                   "T:By {a1}\nBusiness Writer\nNation Media Group"],
        "published": ["{dow}, {month} {dd}, {year}", "Updated {dow}, {month} {dd}, {year}"],
        "paywall": ["Premium\nSubscribe to read the full story\nSubscribe for full access to the story and unlock "
                    "unlimited access to the Nation", "Already a subscriber? Log in"],
        "caption": ["{cap}. Photo credit: {ph} | Nation Media Group", "{cap}. Photo credit: Shutterstock",
                    "T:{cap}. Photo credit: Pool"],
        "read_also": ["Read: {h1}", "Also read: {h1}"],
        "bio": ["{a1} is a senior reporter covering {t1}. {handle}@ke.nationmedia.com"],
        "tags": ["{t1}\n{t2}\n{t3}"],
    }, wires=("Nation Media Group", "AFP", "Shutterstock")),
    O("news24", "News24", "en", "news24.com", {
        "byline": ["{a1}\nNews24", "{a1} and {a2}", "{a1}\nJournalist", "T:News24 Wire"],
        "published": ["Published {dd} {month} {year}", "{dd} {MON3} {year}"],
        "caption": ["{cap} (Gallo Images/{ph})", "{cap} ({wire})", "{cap} (PHOTO: {PH}/NEWS24)", "T:{cap} (Supplied)"],
        "listen": ["Listen to this article\n{len}\nBeta\nAudio generated by AI", "T:0:00\n{len}"],
        "live": ["{hh}:{mm}\n{h1}", "{dd} {MON3} {year} - {hh}:{mm}\n{a1}", "T:{hh}:{mm}\nSHARE"],
        "live_key": ["LIVE | {h1}", "WHAT WE KNOW SO FAR\n{h1}\n{h2}"],
        "paywall": ["Subscribe to News24\nJoin News24 today and read the stories that matter.\nSubscribe",
                    "Already a subscriber? Sign in", "T:News24 subscribers get free access to our weekly "
                    "investigations."],
        "read_also": ["READ | {h1}", "ALSO READ | {h1}", "WATCH | {h1}", "T:LISTEN | {h1}"],
        "app_promo": ["Get the News24 app\nDownload the News24 app for breaking news alerts", "Join News24's "
                      "WhatsApp channel"],
        "comments": ["Add your voice\nComments are available to News24 subscribers", "Read {nn} comments"],
    }, live=True, wires=("Gallo Images", "Getty Images", "News24", "Supplied")),
    O("businesstimes", "The Business Times", "en", "businesstimes.com.sg", {
        "byline": ["{a1}\nPublished {dow}, {mon3} {dd}, {year} · {hh}:{mm} {AMPM}", "{a1} and {a2}",
                   "BLOOMBERG", "T:{a1}\nCorrespondent"],
        "paywall": ["Get the latest news and insights from the top companies in Singapore and the region.\n"
                    "Subscribe to BT", "Already a subscriber?\nLog in", "T:Decoding Asia newsletter: your guide to "
                    "navigating Asia in a new global order. Sign up here"],
        "agency_credit": ["BLOOMBERG", "REUTERS", "AFP", "T:BLOOMBERG, REUTERS"],
        "app_promo": ["Download the BT app for full access to our stories", "Join BT's Telegram channel and get the "
                      "latest business insights and analysis."],
        "related": ["Related Articles\n{h1}\n{h2}", "Latest\n{h1}\n{h2}"],
        "caption": ["{cap}. PHOTO: {wire}", "{cap}. PHOTO: BT FILE", "T:{cap}. PHOTO: SCREENGRAB FROM {SITE}"],
    }, wires=("BLOOMBERG", "REUTERS", "AFP", "BT FILE")),
    O("inquirer", "Philippine Daily Inquirer", "en", "inquirer.net", {
        "byline": ["By: {a1} - Reporter / @{handle}\nINQUIRER.net / {hh}:{mm} {AMPM} {month} {dd}, {year}",
                   "By: {a1}, {a2} - Reporters / @{handle}", "By: Agence France-Presse", "T:By: {a1} - "
                   "@inquirerdotnet\nPhilippine Daily Inquirer"],
        "caption": ["{cap}. | Photo from {ph}", "{cap}. INQUIRER.net FILE PHOTO", "{cap}. AP PHOTO",
                    "T:{cap}. | SCREENGRAB"],
        "read_also": ["READ: {h1}", "RELATED STORY: {h1}", "T:RELATED STORIES\n{h1}\n{h2}"],
        "ad": ["ADVERTISEMENT"],
        "agency_credit": ["/cb", "/atm", "/ed", "T:/abc"],
        "most_read": ["EDITORS' PICK\n{h1}\n{h2}\nMOST READ\n{h3}", "Read Next\n{h1}"],
        "newsletter": ["Don't miss out on the latest news and information.\nSubscribe to our daily newsletter\n"
                       "Subscribe\nBy providing an email address. I agree to the Terms of Use and acknowledge that I "
                       "have read the Privacy Policy."],
        "app_promo": ["Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles, "
                      "share up to 5 gadgets, listen to the news, download as early as 4am & share articles on "
                      "social media. Call 896 6000."],
        "dateline": ["MANILA, Philippines — ", "{CITY}, Philippines — ", "T:{CITY} CITY — "],
    }, wires=("AP", "AFP", "INQUIRER.net", "Reuters")),
    O("aol", "AOL", "en", "aol.com", {
        "byline": ["{a1}\n{dow}, {month} {dd}, {year} at {hh}:{mm} {AMPM}", "{a1}\n{n} min read",
                   "The Associated Press", "T:{a1} and {a2}\nUpdated {dow}, {month} {dd}, {year}"],
        "ad": ["Advertisement", "Ad", "Advertisement · Scroll to continue"],
        "related": ["Related Content\n{h1}\n{h2}", "More from AOL\n{h1}\n{h2}\n{h3}", "T:Trending Now\n{h1}\n{h2}"],
        "origin": ["Read the original article on {partner}", "This article originally appeared on {partner}: {h1}",
                   "Read more on {partner}", "T:Copyright {year} {partner}. Reprinted with permission."],
        "share": ["Link Copied", "Email¦ ¦Share¦ ¦Reddit¦ ¦Flipboard¦ ¦Tumblr", "{nn} comments"],
        "comments": ["Sign in to comment", "View comments ({nn})"],
    }, wires=("AP", "Reuters", "Getty Images")),
    O("marketwatch", "MarketWatch", "en", "marketwatch.com", {
        "byline": ["By {a1}\nFollow", "By {a1} and {a2}\nFollow", "By {a1}\nMarkets Reporter\nFollow",
                   "T:{a1}\nContributor"],
        "published": ["Last Updated: {mon3}. {dd}, {year} at {hh}:{mm} {ampm} ET\nFirst Published: {mon3}. {dd}, {year} "
                      "at {hh}:{mm} {ampm} ET"],
        "listen": ["Listen\n({min} min)"],
        "tags": ["{AB}\n+{n}.{nn}%\n{T1}\n-0.{nn}%"],
        "related": ["More On MarketWatch\n{h1}\n{h2}\n{h3}", "Partner Center"],
        "copyright": ["Copyright © {year} MarketWatch, Inc. All rights reserved.", "Intraday Data provided by FACTSET "
                      "and subject to terms of use. Historical and current end-of-day data provided by FACTSET. "
                      "All quotes are in local exchange time."],
        "newsletter": ["Meet your new financial advisor\nSign up for our Personal Finance newsletter\nSubscribe",
                       "T:Get the Need to Know newsletter\nSign up"],
        "bio": ["{a1} is a MarketWatch reporter based in {city}. You can follow {a1} on X @{handle}."],
    }),
    O("prnewswire", "PR Newswire", "en", "prnewswire.com", {
        "kicker": ["News provided by\n{partner}", "News provided by\n{partner}\n{mon3} {dd}, {year}, {hh}:{mm} ET"],
        "byline": ["News provided by\n{partner}"],
        "published": ["{mon3} {dd}, {year}, {hh}:{mm} ET", "{mon3} {dd}, {year} {hh}:{mm} ET"],
        "share": ["Share this article\nShare toX\nShare toFacebook\nShare toLinkedIn"],
        "dateline": ["{CITY}, {mon}, {year} /PRNewswire/ -- ", "{CITY}, {mon}, {year} /PRNewswire-HISPANIC PR WIRE/ -- "],
        "bio": ["About {partner}\n{partner} is a leading provider of {t1} solutions. For more information, visit "
                "www.{domain}.", "Media Contact:\n{ph}\n{handle}@{domain}\n+1 {nn}{n}-555-{big}{n}"],
        "origin": ["SOURCE {partner}", "View original content to download multimedia:https://www.prnewswire.com/news-"
                   "releases/{handle}-{big}{nn}.html", "T:View original content:https://www.prnewswire.com/news-"
                   "releases/{handle}-{big}{big}.html"],
        "ad": ["WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?\n440k+ Newsrooms & Influencers\n9k+ "
                    "Digital Media Outlets\n270k+ Journalists Opted In\nGET STARTED",
                    ],
        "related": ["Also from this source\n{h1}\n{h2}"],
        "tags": ["Explore\nMore news releases in similar topics\n{t1}\n{t2}"],
        "correction": ["/CORRECTION -- {partner}/", "In the news release, {h1}, issued {mon3} {dd}, {year} by "
                       "{partner} over PR Newswire, we are advised by the company that the second paragraph, "
                       "second sentence, should read as below."],
    }),
    O("supplychaindive", "Supply Chain Dive", "en", "supplychaindive.com", {
        "kicker": ["Brief", "Deep Dive", "Opinion", "T:Sponsored Content"],
        "byline": ["Published {mon3}. {dd}, {year}\n{a1}\nReporter", "{a1}\nSenior Editor\n{a2}\nReporter",
                   "T:{a1}\nLead Editor"],
        "newsletter": ["Get the free newsletter subscribed to by industry leaders\nWork email:\nSelect user consent:"
                       "\nBy signing up to receive our newsletter, you agree to our Terms of Use and Privacy Policy. "
                       "You can unsubscribe at anytime.\nSign up\nA valid email address is required.\nPlease select "
                       "at least one newsletter.", "Want to share a tip? Email us",
                       "Get Supply Chain Dive in your inbox\nThe free newsletter covering the top industry headlines\n"
                       "Sign up"],
        "share": ["Share\nLinkedIn\nEmail\nPrint\nlicense", "Share it\nPrint\nLicense"],
        "related": ["Recommended Reading\n{partner}\n{h1}\n{partner}\n{h2}", "Editors' picks\n{h1}\n{h2}",
                    "Filed Under:\n{t1}, {t2}"],
        "caption": ["{cap}. {ph} via Getty Images", "{cap}. Retrieved from {partner}.", "T:{cap}. Permission granted "
                    "by {partner}"],
        "most_read": ["Most popular\n1\n{h1}\n2\n{h2}"],
    }),
    O("inkl", "inkl", "en", "inkl.com", {
        "kicker": ["{partner}", "From {partner}"],
        "byline": ["{a1}", "{a1} and {a2}", "T:{a1} in {city}"],
        "origin": ["This article originally appeared in {partner}", "Read more from {partner}", "Original article: "
                   "{partner}", "T:Content supplied by {partner}"],
        "paywall": ["Read the full story\nJoin inkl to read unlimited articles from the world's best publishers",
                    "Try inkl free for 14 days", "T:This article is available to inkl members only."],
        "related": ["More from {partner}\n{h1}\n{h2}", "Discover more\n{h1}\n{h2}\n{h3}"],
        "share": ["Bookmark¦ ¦Share¦ ¦Listen"],
    }),
    # Test-only outlets: every wording of their own is test-only.
    O("cleveland", "cleveland.com", "en", "cleveland.com", {
        "byline": ["By {a1}, cleveland.com", "By {a1}, cleveland.com and {a2}, The Plain Dealer",
                   "By The Associated Press"],
        "published": ["Updated: {mon}, {year}, {hh}:{mm} {ampm}|Published: {mon}, {year}, {hh}:{mm} {ampm}"],
        "ad": ["AdvertisementAdvertisement"],
        "newsletter": ["Want Cleveland news in your inbox? Sign up for the Today in Cleveland newsletter\n"
                       "Email address\nSubscribe", "Subscribe to cleveland.com on YouTube"],
        "affiliate": ["If you purchase a product or register for an account through a link on our site, we may "
                     "receive compensation. By using this site, you consent to our User Agreement and agree that "
                     "your clicks, interactions, and personal information may be collected."],
        "bio": ["{a1} covers {t1} for cleveland.com and The Plain Dealer. Reach {a1} at {handle}@cleveland.com or "
                "{nn}{n}-{big}-{big}{n}."],
        "caption": ["{cap}{ph}, cleveland.com", "{cap}{wire}"],
    }, test_only=True, wires=("AP", "The Plain Dealer")),
    O("belfasttelegraph", "Belfast Telegraph", "en", "belfasttelegraph.co.uk", {
        "byline": ["{a1}\nToday at {hh}:{mm}", "{a1} and {a2}\n{dow} {dd} {month} {year} at {hh}:{mm}",
                   "PA Reporter\nToday at {hh}:{mm}"],
        "caption": ["{cap} (Liam McBurney/PA)", "{cap} Photo: {ph}", "{cap} (PA Wire)"],
        "live": ["{hh}:{mm}\n{a1}", "{hh}:{mm} | {h1}", "Key update · {hh}:{mm}"],
        "live_key": ["Live updates\nAuto refresh\n{h1}"],
        "agency_credit": ["PA", "Press Association", "PA Media"],
        "paywall": ["Belfast Telegraph Premium\nSubscribe for unlimited access\nSign in", "This article is "
                    "exclusively for Belfast Telegraph subscribers."],
        "app_promo": ["Get the Belfast Telegraph app\nThe latest news, sport and more, on the move"],
    }, test_only=True, live=True, wires=("PA", "Pacemaker")),
    O("tribunepk", "The Express Tribune", "en", "tribune.com.pk", {
        "byline": ["{a1}\n{month} {dd}, {year}", "Our Correspondent\n{month} {dd}, {year}", "{a1}\nUpdated "
                   "{month} {dd}, {year}"],
        "caption": ["{cap}. PHOTO: {WIRE}", "{cap}. PHOTO: FILE", "{cap}. SCREENGRAB"],
        "origin": ["Published in The Express Tribune, {month} {ddth}, {year}."],
        "app_promo": ["Like Business on Facebook, follow @TribuneBiz on Twitter to stay informed and join in the "
                      "conversation."],
        "read_also": ["Read: {h1}", "Read more: {h1}", "Also read: {h1}"],
        "comments": ["COMMENTS ({nn})\nComments are moderated and generally will be posted if they are on-topic and "
                     "not abusive.", "For more information, please see our Comments FAQ"],
    }, test_only=True, wires=("REUTERS", "AFP", "EXPRESS")),
    O("globenewswire", "GlobeNewswire", "en", "globenewswire.com", {
        "byline": ["Source: {partner}", "{partner}"],
        "dateline": ["{CITY}, {mon}, {year} (GLOBE NEWSWIRE) -- ", "{city}, {month} {dd}, {year} (GLOBE NEWSWIRE) -- "],
        "bio": ["About {partner}\n{partner} is a global company focused on {t1}. Learn more at {domain}.",
                "Contact Information:\n{ph}\nInvestor Relations\n{handle}@{domain}"],
        "origin": ["Attachment\n{h1}"],
        "tags": ["Tags\n{t1}\n{t2}\nRelated Links\nhttps://www.{domain}"],
        "copyright": ["Forward-Looking Statements\nThis press release contains forward-looking statements within "
                       "the meaning of the Private Securities Litigation Reform Act of 1995."],
        "share": ["Share\nTwitter\nFacebook\nLinkedIn\nEmail", "Print"],
        "published": ["{month} {dd}, {year} {hh}:{mm} ET | Source: {partner}"],
    }, test_only=True),
    O("mb", "Manila Bulletin", "en", "mb.com.ph", {
        "byline": ["By {a1}", "By {a1} and {a2}", "By Agence France-Presse"],
        "published": ["Published {mon3} {dd}, {year} {hh}:{mm} {apm}"],
        "caption": ["({ph}/ MANILA BULLETIN)", "{cap} (Photo courtesy of {ph})", "{cap} (Screenshot)"],
        "read_also": ["READ MORE: {h1}", "Related: {h1}"],
        "app_promo": ["Be the first to know about breaking news, follow our Viber channel", "Download the Manila "
                      "Bulletin app via Google Play and App Store"],
        "ad": ["ADVERTISEMENT", "Continue reading below"],
    }, test_only=True, wires=("MANILA BULLETIN", "AFP")),
    O("khou", "KHOU 11", "en", "khou.com", {
        "kicker": ["KHOU 11 News", "Local News", "VERIFY"],
        "byline": ["Author: {a1}\nPublished: {hh}:{mm} {AMPM} CDT {month} {dd}, {year}\nUpdated: {uhh}:{mm} {AMPM} CDT "
                   "{month} {dd}, {year}", "Author: {a1} (KHOU 11), {a2}"],
        "video": ["Credit: KHOU", "Video: {h1}\nCredit: KHOU 11 News", "Watch more: Trending News"],
        "live": ["UPDATE {hh}:{mm} {ampm}:", "{hh}:{mm} {ampm}: {h1}"],
        "live_key": ["KEY FACTS\n{h1}\n{h2}"],
        "app_promo": ["Download the KHOU 11 app to get the latest news and weather alerts.", "Stream KHOU 11+ on "
                      "Roku and Fire TV"],
        "related": ["More Videos\n{h1}\n{h2}\n{h3}", "In Other News\n{h1}"],
    }, test_only=True, live=True),
    O("techcrunch", "TechCrunch", "en", "techcrunch.com", {
        "byline": ["{a1}\n{hh}:{mm} {AMPM} PDT · {month} {dd}, {year}", "{a1}, {a2}\n{n} hours ago"],
        "ad": ["Techcrunch event\nSave up to $400 on your pass before prices rise\nRegister now"],
        "newsletter": ["Newsletters\nSubscribe for the industry's biggest tech news\nSign up"],
        "bio": ["{a1} is a senior reporter at TechCrunch covering {t1}. You can contact or verify outreach from "
                "{a1} by emailing {handle}@techcrunch.com.", "View Bio"],
        "tags": ["Topics\n{t1}\n{t2}"],
        "published": ["In Brief\nPosted:\n{hh}:{mm} {AMPM} PDT · {month} {dd}, {year}"],
        "related": ["Most Popular\n{h1}\n{h2}\n{h3}", "Related\n{h1}\n{h2}"],
    }, test_only=True),
    O("20minutos", "20minutos", "es", "20minutos.es", {
        "byline": ["{a1}", "20minutos / Agencias", "{a1}\nPeriodista"],
        "read_also": ["LEER MÁS: {h1}", "Relacionados\n{h1}"],
    }),
    O("leparisien", "Le Parisien", "fr", "leparisien.fr", {
        "byline": ["Par {a1}", "Par {a1} et {a2}", "Par Le Parisien avec AFP"],
        "live": ["{hh}h{mm}", "{hh}h{mm}\n{h1}", "T:{hh}h{mm} · {a1}"],
        "paywall": ["La suite est réservée aux abonnés. Déjà abonné ? Se connecter", "Offre numérique à 1€"],
    }, live=True),
    O("ntv", "n-tv.de", "de", "n-tv.de", {
        "byline": ["Von {a1}", "Quelle: ntv.de, dpa", "Quelle: ntv.de, {ab}/rts"],
        "live": ["{hh}:{mm}\n{h1}", "+++ {hh}:{mm} {h1} +++"],
        "agency_credit": ["Quelle: ntv.de, dpa", "Quelle: ntv.de, {ab}/AFP"],
    }, live=True),
    O("rnd", "RND", "de", "rnd.de", {
        "byline": ["{a1}\n{num1}, {hh}:{mm} Uhr", "RND/dpa"],
        "paywall": ["RND+\nJetzt weiterlesen mit RND+", "Hier klicken und weiterlesen"],
        "agency_credit": ["RND/dpa", "RND/AFP/{ab}"],
    }, test_only=True),
]

__all__ = ["HOUSE", "OUTLETS", "Outlet"]
