"""English-language outlets: AP, Reuters, Bloomberg, The Guardian, BBC News and (test only) CNN."""
from __future__ import annotations

from .outlets import outlet

AP = outlet(
    "Associated Press", "en", "apnews.com",
    byline=("By {NAMES}", "By {NAMES}\nAssociated Press", "{names}, Associated Press"),
    dateline=("{CITY} (AP) — ", "{CITY} (AP) -- "),
    published=("Updated {h12}:{M} {ampm} GMT, {month} {d}, {y}",
               "Published {h12}:{M} {ampm} EST, {wd} {month} {d}, {y}",
               "T:Updated {wdab}, {mon} {d}, {y} at {h12}:{M} {ampm}"),
    share="Share\nCopy\nLink copied\nEmail\nFacebook\nX\nReddit\nLinkedIn\nPinterest\nFlipboard\nPrint",
    caption=("FILE - §§{caption}§ §({photo_ap}, File)", "{caption}§ §({photo_ap})"),
    ad=("ADVERTISEMENT", "Advertisement"),
    read_also=("RELATED COVERAGE\n{rel}\n{rel}\n{rel}", "T:MORE FROM AP\n{rel}\n{rel}"),
    video="Video: {rel}\n0:58",
    agency_credit=("Associated Press writer {name2} in {city} contributed to this report.",
                   "Associated Press writers {name2} and {name3} contributed.",
                   "___\n{name2} reported from {city}."),
    copyright="Copyright {y} The Associated Press. All Rights Reserved. This material may not be published, "
              "broadcast, rewritten or redistributed.",
    tags=("___\nFollow AP’s coverage of the economy at https://apnews.com/hub/economy",
          "T:___\nMore AP business news: https://apnews.com/business"),
    correction=("This story has been corrected to show that the company’s shares fell, not rose.",
                "This story has been updated to correct the spelling of {name2}’s name."),
    bio="{NAME1}\n{name1} is a business writer for The Associated Press, based in {city}.\ntwitter\nmailto",
)

REUTERS = outlet(
    "Reuters", "en", "reuters.com",
    kicker=("Business", "Markets", "World", "Technology"),
    byline=("By {names}", "By {names}\n{n} minute read"),
    dateline=("{CITY}, {mon} {d} (Reuters) - ", "{CITY}, {month} {d} (Reuters) - "),
    published=("{month} {d}, {y}{h12}:{M} {ampm} GMT§§Updated {ago} ago",
               "{month} {d}, {y} {h12}:{M} {ampm} GMT"),
    share="Share\nX\nFacebook\nLinkedin\nEmail\nLink",
    ad=("Advertisement§ · §Scroll to continue", "Advertisement\nScroll to continue"),
    caption=("{caption}§ §REUTERS/{photog}/File Photo§ §Purchase Licensing Rights, opens new tab",
             "[1/3]§§{caption}§ §REUTERS/{photog}§ §Purchase Licensing Rights, opens new tab"),
    newsletter=("Sign up here.",
                "The Reuters Daily Briefing newsletter provides all the news you need to start "
                "your day. Sign up here.",
                "T:Get a look at the day ahead in U.S. and global markets with the "
                "Morning Bid U.S. newsletter. Sign up here."),
    agency_credit=("Reporting by {name2} in {city}§; §Additional reporting by {name3}§; §Editing by {editor}",
                   "Reporting by {name2}§; §Writing by {name3}§; §Editing by {editor} and {name4}"),
    correction=("(This story has been corrected to fix the name of the ministry in paragraph 3)",
                "(This story has been refiled to add dropped word in paragraph 2)"),
    copyright="Our Standards: The Thomson Reuters Trust Principles., opens new tab",
    tags=("Suggested Topics:\n{tag}\n{tag}", "T:Read Next\n{tag}"),
    app_promo="Purchase Licensing Rights, opens new tab",
    bio="{name1} reports on global markets and the economy from {city}. Contact: +44 20 7542 {digits}",
)

BLOOMBERG = outlet(
    "Bloomberg", "en", "bloomberg.com",
    byline=("By {names}", "{names}"),
    dateline=("(Bloomberg) -- ", "{CITY} (Bloomberg) -- "),
    published=("{month} {d}, {y} at {h12}:{M} {ampm} GMT+1",
               "{month} {d}, {y} at {h12}:{M} {ampm} UTC\nUpdated on "
               "{month} {d}, {y} at {uh12}:{uM} {uampm} UTC"),
    listen=("Listen\n{n}:{digits2}", "T:Listen to this article\n{n}:{digits2} min"),
    share="Gift this article\nContact us:\nProvide news feedback or report an error",
    most_read=("Most Read from Bloomberg\n{rel}\n{rel}\n{rel}\n{rel}", "T:More From Bloomberg\n{rel}\n{rel}"),
    agency_credit=("--With assistance from {name2} and {name3}.", "--With assistance from {name2}."),
    correction=("(Updates with analyst comment in fifth paragraph.)",
                "(Adds details from statement from third paragraph.)"),
    copyright="©{y} Bloomberg L.P.",
    app_promo=("Before it’s here, it’s on the Bloomberg Terminal. LEARN MORE",),
    bio="To contact the reporter on this story:\n{name1} in {city} at {handle}@bloomberg.net",
)

GUARDIAN = outlet(
    "The Guardian", "en", "theguardian.com",
    kicker=("Business", "World news", "Technology", "Economics"),
    standfirst=("{standfirst}",),
    byline=("{names} in {city}", "{names} {tag} correspondent", "{names}"),
    published=("{wdab} {d} {monab} {y} {HH}.{M} GMT",
               "{wdab} {d} {monab} {y} {HH}.{M} GMT\nLast modified on {wdab} "
               "{d} {monab} {y} {uHH}.{uM} GMT"),
    share=("Share", "Share\nReuse this content"),
    ad="Advertisement",
    caption=("{caption}§ §Photograph: {photog}/Reuters", "{caption}§ §Photograph: {photog}/AFP/Getty Images"),
    newsletter=("Sign up to Business Today\nFree daily newsletter\nGet set for the working day – we'll point "
                "you to all the business news and analysis you need every morning\nPrivacy Notice: "
                "Newsletters may contain info about charities, online ads, and content funded by outside "
                "parties.\nafter newsletter promotion",
                "skip past newsletter promotion"),
    correction=("This article was amended on {ud} {umonth} {y}. An earlier version said the figure was in "
                "dollars rather than pounds.",),
    tags=("Explore more on these topics\n{tag}\n{tag}\n{tag}\nShare\nReuse this content",),
    most_read=("Most viewed\n{rel}\n{rel}\n{rel}", "T:Most popular\n{rel}\n{rel}"),
    comments=("Comments ({count})", "Sign in or create your Guardian account to join the discussion"),
    paywall=("I hope you appreciated this article. Before you move on, I was hoping you would consider "
             "taking the step of supporting the Guardian’s journalism.\nSupport the Guardian",),
)

BBC = outlet(
    "BBC News", "en", "bbc.co.uk",
    byline=("{names}\n{tag} reporter, BBC News", "By {names}\nBBC News, {city}", "{names}\nBBC News"),
    published=("{d} {month} {y}", "Published\n{d} {month} {y}", "T:{ago} ago"),
    share=("Share\nSave", "Share this page\nFacebook\nMessenger\nEmail\nShare"),
    caption=("Getty Images\n{caption}", "Image source, Reuters\nImage caption,\n{caption}"),
    video=("Media caption,§ §Watch:§ §{rel}", "Watch:§ §{rel}"),
    read_also=("Related topics\n{tag}\n{tag}", "T:You may also be interested in:\n{rel}\n{rel}"),
    related=("More on this story\n{rel}\n{d} {month} {y}\n{rel}\n{d} {month} {y}",
             "Related Internet Links\n{rel}\n"
             "The BBC is not responsible for the content of external sites."),
    most_read="Top stories\n{rel}\n{rel}\n{rel}",
    app_promo=("Get in touch\nContact BBC News with a story", "T:Follow BBC News on X and Instagram"),
)

CNN = outlet(
    "CNN", "en", "edition.cnn.com", test_only=True,
    kicker=("Business", "Markets", "World"),
    byline=("By {names}, CNN", "{names}\nCNN"),
    published=("Updated {h12}:{M} {ampm} EST, {wd} {month} {d}, {y}", "Published {h12}:{M} {ampm} EDT, {wd} "
               "{month} {d}, {y}"),
    read_time="{n} min read",
    share="Link Copied!",
    caption=("{caption}\n{photog}/Bloomberg/Getty Images",),
    dateline=("{CITY} (CNN) — ", "{City}CNN — "),
    ad=("Ad Feedback", "Video Ad Feedback"),
    read_also="Related article\n{rel}",
    newsletter="Sign up for CNN’s Before the Bell newsletter. Not a subscriber? You can sign up right here.",
    agency_credit=("CNN’s {name2} contributed to this report.",),
    copyright="© {y} Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.",
    most_read="Most stock quotes provided by BATS.\nPaid Partner Content\n{rel}\n{rel}",
)

OUTLETS = (AP, REUTERS, BLOOMBERG, GUARDIAN, BBC, CNN)
