"""English-language page furniture; template fields are listed in ``benchmarks.eval.locales``."""

VOCAB: dict[str, list] = {
    "sites": [
        "Yahoo News", "MSN", "Google News", "The Guardian", "Sky News", "The Independent", "CNN", "Reuters",
        "Associated Press", "The Telegraph", "ABC News", "Daily Ledger",
    ],
    "sections": [
        "World", "Business", "Politics", "Technology", "Sport", "Markets", "Entertainment", "UK", "US News",
        "Europe", "Asia Pacific", "Economy",
    ],
    "home": ["Home", "News", "HOME"],
    "names": [
        "Jane Holloway", "Tom Brennan", "Ana Ruiz", "Raj Patel", "Kim Soo-jin", "Ola Berg",
        "Marcus Whitfield", "Priya Nandakumar", "Devon Achebe", "Claire Oduya", "Liam Fergus",
        "Hannah Kessler", "Owen Blake", "Rosalind Tarrant", "Samuel Okafor", "Grace Lindqvist",
    ],
    "and": " and ",
    "cities": [
        "LONDON", "NEW YORK", "WASHINGTON", "TOKYO", "BRUSSELS", "SYDNEY", "BEIJING", "SEOUL", "MOSCOW",
        "ANKARA", "MADRID", "BERLIN", "ROME", "PARIS", "FRANKFURT", "SINGAPORE",
    ],
    "months": [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ],
    "mons": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "datelines": [
        ("Reuters", "{CITY} (Reuters) -"), ("Reuters", "{CITY}, {month} {d} (Reuters) -"),
        ("AP", "{CITY} (AP) —"), ("AP", "{CITY} (AP) --"), ("AFP", "{CITY} (AFP) -"),
        ("Bloomberg", "({agency}) --"), ("Xinhua", "BEIJING, {month} {d} (Xinhua) --"),
        ("Yonhap", "SEOUL, {month} {d} (Yonhap) --"), ("TASS", "MOSCOW, {month} {d}. /TASS/."),
        ("Anadolu", "ANKARA (AA) -"), ("Kyodo", "TOKYO, {month} {d} (Kyodo) --"), ("dpa", "BERLIN (dpa) -"),
        ("EFE", "Madrid, {mon} {d} (EFE).-"), ("ANSA", "ROME (ANSA) -"), ("Reuters", "(Reuters) -"),
        ("AFP", "{City} (AFP) —"),
    ],
    "provided": ["Provided by {agency}", "From {agency}", "{agency} Videos", "Source: {agency}"],
    "bylines": [
        "By {a}", "By {a}{and}{b}", "By {a}, {b}{and}{c}", "{a} | {agency}", "By {A}", "BY {A}{AND}{B}",
        "By {a}, {agency}", "{a}, {b}{and}{c} | {agency}", "{A}, {agency}", "Written by {a}",
        "{a} and {b}, {site}", "By {a} | {site}", "By {a}, {b}, and {c}", "By {a} @{handle}", "{a} • {site}",
        "By {a}\n{agency}", "{A} / {agency}", "By {a} and {b} | {agency}", "Staff and agencies",
    ],
    "role": ["Senior correspondent", "Business reporter", "Political editor", "Staff writer"],
    "stamps": [
        "Published {month} {d}, {y} {h12}:{MM} {ampm} GMT",
        "Updated {h12}:{MM} {ampm} EST, {month} {d}, {y}", "{month} {d}, {y} at {h12}:{MM} a.m. ET",
        "{dow} {d} {mon} {y} {HH}.{MM} GMT", "Last updated: {d} {month} {y}",
        "{y}-{m:02d}-{d:02d}T{HH}:{MM}:00Z", "Posted: {mon} {d}, {y} / {h12}:{MM} {ampm} EST",
        "First published {month} {d}, {y}: {h12}:{MM} {ampm} ET", "{n} hours ago", "Updated {d} {mon} {y}",
        "{m:02d}/{d:02d}/{y} {HH}:{MM}", "{mon}. {d}, {y} {h12}:{MM} {ampm} ET", "{n} hours ago",
        "{n} min ago", "Updated {n} hours ago", "Published {n} days ago", "{d} {mon} {y}",
    ],
    "read": [
        "{n} min read", "Reading time: {n} minutes", "{n}-minute read", "Estimated read time: {n} min",
        "⏱ {n} min", "{n} MIN READ", "Reading time {n} mins", "{n} minute read · Published {mon} {d}",
        "Read time: {n} min",
    ],
    "share": [
        "Share this article", "Share", "Gift this article", "Save", "Copy link",
        "Share on Facebook Share on Twitter Share via Email", "Send any friend a story",
        "Subscribers can send {n} gift articles each month.", "Add to bookmarks", "Print",
        "Twitter Facebook LinkedIn WhatsApp Email", "Share full article", "Save article", "Share this story",
        "Tweet", "Share via WhatsApp", "Save for later", "Bookmark", "Gift Article",
    ],
    "audio": [
        "Listen to this article", "Listen to this article · {n}:12 min", "Play audio 00:00 / 0{n}:12",
        "This audio is auto-generated. Please let us know if you have feedback.", "Listen · {n}:03",
        "Audio: Listen to this story",
    ],
    "subjects": [
        "A view of the city skyline at dusk", "Traders work on the floor of the stock exchange",
        "The company logo is seen at its headquarters", "Members of parliament attend a session",
        "Supporters wave flags during a rally", "Visitors walk past a display at a trade fair",
        "Fans cheer before the match", "Police officers stand guard outside the building",
        "A worker inspects equipment at a factory", "Delegates arrive for the summit",
        "Commuters wait on a crowded platform", "Firefighters work at the scene",
        "Shoppers walk along a high street",
    ],
    "captions": [
        "{S} in {City} on {dow}. Photo: {a}/{agency}", "File photo: {S}.", "{S}. (AP Photo/{a})",
        "{S}. REUTERS/{a}", "Image caption, {S}", "{S} ({agency}/{a})", "{S}. Photograph: {a}/Getty Images",
        "FILE - {S}, in {City}. (AP Photo/{a}, File)", "{S} | Photo credit: {a}", "Pictured: {S}",
        "{S} (Image: {agency})",
    ],
    "credits": [
        "Photo: Getty Images", "Image source, Getty Images", "REUTERS/{a}", "(AP Photo/{a})", "© AFP",
        "Photograph: {a}/EPA", "Credit: {a}/Bloomberg", "Image: Shutterstock",
    ],
    "teasers": [
        "READ MORE:", "Read more:", "RELATED:", "Related:", "See also:", "ALSO READ |", "Read next:",
        "MORE:", "WATCH:", "LISTEN:", "In Other News:", "Click here to read more", "Recommended Stories",
    ],
    "ads": [
        "Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Article continues below",
        "Sponsored", "Skip Advertisement", "Story continues", "Advertisement - Scroll to continue", "AD",
        "Sponsored Content", "Paid Content",
    ],
    "newsletter": [
        "Sign up for our daily newsletter",
        "Get the latest headlines delivered to your inbox every morning.", "Enter your email address",
        "By signing up, you agree to our Privacy Policy and Terms of Use.", "Subscribe",
        "The Morning Briefing: the news you need to start your day.",
        "Sign up to First Edition, our free daily newsletter",
        "Get our breaking news email, free app or daily news podcast", "Thank you for signing up!",
    ],
    "paywall": [
        "This article is for subscribers only.", "Already a subscriber? Log in",
        "Subscribe now for unlimited access.",
    ],
    "embeds": [
        "pic.twitter.com/{code}", "— {a} (@{handle}) {month} {d}, {y}", "View this post on Instagram",
        "A post shared by {a} (@{handle})", "Loading tweet...",
        "This content is not available due to your privacy preferences.",
    ],
    "copyright": [
        "© {y} {agency}. All rights reserved.",
        (
            "Copyright {y} The Associated Press. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed."
        ),
        (
            "(c) Copyright Thomson Reuters {y}. Click For Restrictions - "
            "https://agency.reuters.com/en/copyright.html"
        ),
        "© {y} {site}", "Copyright © {y} {site}. All rights reserved.", "All rights reserved.",
    ],
    "tails": [
        "Reporting by {a} in {City}; Additional reporting by {b}; Editing by {c}",
        "(Reporting by {a}; Writing by {b}; Editing by {c})",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Associated Press writer {a} in {City} contributed to this report.",
        "--With assistance from {a} and {b}.", "Editing by {a} and {b}",
        "{agency} contributed to this report.", "bur-{x}/{z}",
        "Follow AP's coverage at https://apnews.com/hub/world-news",
        (
            "Anadolu Agency website contains only a portion of the news stories offered to subscribers "
            "in the AA News Broadcasting System (HAS), and in summarized form."
        ),
        "©{y} Bloomberg L.P.", "This story was originally published by {agency}.",
        "(Writing by {a}; Editing by {b} and {c})",
    ],
    "contact": [
        "To contact the reporter on this story: {a} in {City} at {email}",
        "To contact the editor responsible for this story: {b} at {email}", "Contact us at {email}",
        "Send tips to {email}", "Got a story? Email {email}", "Have a news tip? Contact {email}",
        "Email the author at {email}",
    ],
    "corrections": [
        "Correction: An earlier version of this story misstated the date of the vote.",
        "This story has been updated with additional details.",
        "Update, {month} {d}: Adds comment from the company.",
        "(Corrects spelling of name in paragraph {n})",
        "This article was amended on {d} {month} {y} to correct a figure.",
        "This is a developing story and will be updated.",
        "Editor's note: This story has been updated to include new figures.",
    ],
    "tags": ["Tags: {t}", "Topics: {t}", "Filed under: {t}", "More on: {t}"],
    "tag_label": ["TOPICS", "Related topics", "Tags"],
    "tag_words": [
        "Economy", "Inflation", "Central banks", "Elections", "Europe", "Trade", "Energy", "Climate change",
        "Technology", "Football", "Markets", "Transport",
    ],
    "related": [
        "Latest News", "More from {site}", "Most Read", "Related Stories", "Top Stories",
        "You might also like", "Recommended", "MORE STORIES", "Full coverage",
        "View full coverage on Google News", "Trending Now", "Popular on {site}",
    ],
    "headlines": [
        "Thai official says tourism revenue beat forecasts", "Ferry operator suspends crossings amid storm",
        "Regional airline orders twelve new jets", "Chipmaker shares slide after profit warning",
        "Museum returns looted bronze statues", "Port workers end three-day strike after pay deal",
        "Heatwave prompts water restrictions in southern towns", "Rail fares to rise by 4% next year",
        "Startup unveils battery it says charges in ten minutes", "Coach sacked after six straight defeats",
        "Village celebrates return of its last post office",
        "Satellite images show glacier retreat speeding up", "Insurer sets aside more cash for flood claims",
        "Festival organisers cancel final night over weather", "City council approves new cycle lanes",
        "Pharmacy chain to close 40 branches", "Storm leaves thousands without power along the coast",
        "Bank holds rates steady, signals cut later this year",
        "Carmaker recalls 80,000 vehicles over brake fault", "Hospital waiting lists fall for third month",
        "Police appeal for witnesses after warehouse fire", "Record crowds expected at weekend marathon",
    ],
    "comments": [
        "Comments", "Join the conversation", "Leave a comment", "{n} comments",
        "Comments are closed for this article.", "Show comments",
        "What do you think? Let us know in the comments below.", "Be the first to comment",
    ],
    "follow": [
        "Follow us on Twitter @{handle}", "Follow {site} on Facebook, Twitter and Instagram",
        "Follow the latest news on our WhatsApp channel", "Download our app for breaking news alerts.",
        "📩 Get our newsletter", "👉 Follow us on Google News",
    ],
    "consent": [
        "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
        "Accept all cookies", "Manage preferences", "Your privacy choices",
    ],
    "gallery": ["1 of {n}", "Image {n} of 12", "Photo 1/{n}", "(1/{n})", "Gallery: {n} photos"],
    "video": [
        "Video: Watch the latest report", "Now playing", "Watch: {n}:14", "Video duration 02:1{n}",
        "Video Duration 02 minutes 1{n} seconds", "Up next", "Replay video",
    ],
    "rules": [
        "___", "* * *", "—", "-- --", "------------------------------", "(MORE)", "(END)", "-0-", "- 30 -",
        "ENDS",
    ],
    "bio": [
        "{a} is a business reporter at {site}.", "{a} covers energy and climate for {site} from {City}.",
        "{a} is a senior correspondent based in {City}. Follow her on X @{handle}.",
        "About the author: {a} writes about politics.",
    ],
    "wire_headers": [
        "BC-{slug},{n}{n}{n}", "Eds: UPDATES with details, comment; With AP Photos.", "URGENT", "BULLETIN",
        "AM-{slug},{n}{n}{n}", "^{SLUG}", "(Adds comment in paragraph {n})",
        "Eds: This story is part of a series.", "FLASH", "Priority: Urgent", "*** STORY FOLLOWS ***",
    ],
}
