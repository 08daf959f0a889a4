"""English site and syndication furniture: prompts, labels, credits, stamps and notes.

Every ``line`` rule is anchored to a whole paragraph (``fullmatch``), so a story sentence that merely mentions
"Reuters" or "read more" is never touched. Every quantifier over free text is bounded or unambiguous, so
matching stays linear in the input however adversarial it is.
"""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.regex_shape import max_width
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.rules.shapes import PLATFORMS

_PHOTO_AGENCY = (
    r"(?:Getty Images|AFP|Reuters|AP|Bloomberg|EPA(?:-EFE)?|Shutterstock|Sipa|Anadolu|Xinhua|PA Media|iStock(?:photo)?"
    r"|Alamy)"
)
_DAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_AGO = r"\d{1,3} ?(?:h|hrs?|hours?|m|mins?|minutes?|d|days?|weeks?) ago"
_ISO_TIME = r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+\-]\d{2}:?\d{2})?)?"
# Date and time words, each followed by one separator: "March 4, 2021: 7:15 AM ET", "Mon 4 Mar 2024 / 10:02"; a
# bar may bring the update's stamp ("Jun 30, 2021, 3:22 PM EST | Updated Jun 30, 2021").
# A clock time has at most two digits before its colon, so "147.50" in a price table is no time; a figure is a
# day (two digits) or a year (19xx, 20xx), so "May 6765" and "Dec 167", a wire's table rows of a month and its
# tonnage, are no stamps.
_STAMP_WORDS = (
    r"(?:(?:\d{1,2}[:.]\d{2}|\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d{2}|[ap]\.?m\.?|AM|PM|[A-Z]{2,4}T|GMT|UTC|ET"
    r"|at|on|"
    + _DAY + "|" + _MONTH
    + r")[,:]?(?: [/|] (?:(?i:updated|last updated|published)(?: (?i:on|at))?:? )?| |$)){1,12}"
)

# "." never meets a line break here (no DOTALL, and a paragraph is one line), and the regex engine runs it
# faster than the class [^\n] it stands for.
# Credited people and the places they filed from: "Jane Doe, Ahmed Ali and John Roe", "New York", "Cairo and
# Beirut". Bounded: a credit line is short.
_NAME = r"[A-Z][\w.'’\-]{0,30}(?: [A-Z][\w.'’\-]{0,30}){0,3}"
_PEOPLE = rf"{_NAME}(?:(?:,| and|, and) {_NAME}){{0,8}}"
_PLACES = rf"{_NAME}(?:(?:,| and|, and) {_NAME}){{0,4}}"

# The longest platform's name, in characters ("datawrapper"): a lookahead for what follows one reaches that far.
_PLATFORM_MAX_CHARS = max_width(re.compile(PLATFORMS))
# The line rules' join tries every alternative at the start of most paragraphs, and three of these read the
# paragraph's opening whatever it is (a run of words, a platform's name in either case, up to 80 characters):
# each looks ahead first for its literal within its reach (greedy, then the literal: the regex engine's fast
# path), which most paragraphs fail at once (embed_placeholder in the join: 19 -> 10 us per 3 kB article).
_EMBED_NOTE = (
    rf"(?:skip|end of) (?:the )?{PLATFORMS} (?:post|content|video|tweet|embed)s?(?: by [^\n]{{1,60}})?"
    # The consent question and its notice, run into one line or not.
    rf"(?:, ?\d{{1,2}})?|allow {PLATFORMS} content\??(?: this (?:article|page) contains content provided by [^\n]{{1,600}})?"
    r"|accept and continue"
    r"|(?:embedded|external) content (?:is )?(?:not |un)available[^\n]{0,80}"
    r"|read \d[\d,.]*[km]? repl(?:y|ies)"
    r"|(?=.{1,34} is not responsible)(?:the )?[\w ]{1,30} is not responsible for the content of external"
    r" (?:web)?sites"
    r"|this (?:article|page) contains content provided by [^\n]{1,600}"
    # Condé Nast's placeholder under the platform's name ("Twitter content" / "This content can also be viewed
    # on the site it originates from.").
    rf"|{PLATFORMS} content|this content can also be viewed on the site it originates from"
    rf"|(?:view|watch|see|open|listen|read) (?:this |the )?(?:post |video |thread |tweet )?(?:on|in) {PLATFORMS}"
    r"|(?:this )?(?:tweet|post|video|content) (?:may have been deleted|is (?:no longer )?(?:unavailable|available)"
    r"|has been (?:deleted|removed))"
    rf"|(?:click (?:here )?to )?(?:load|show) (?:the )?(?:{PLATFORMS} )?(?:tweet|post|content|video|embed)s?"
    rf"|(?=.{{1,{_PLATFORM_MAX_CHARS}}} ad){PLATFORMS} ad(?:vertisement)? content"
    r"|(?=.{0,80}♬)[^\n♬]{0,80}♬ [^\n]{1,100}"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "most_read", 1, "line", "Most Read from Bloomberg Businessweek",
        re.compile(
            r"(?:Most (?:Read|Popular|Viewed|Shared)|Trending Now)(?: (?:from|on|at) [A-Z][\w.&’' ]{0,40})?"
        ),
        keep="Most read books this year were thrillers, the survey found.",
    ),
    Rule(
        "more_stories", 1, "line", "More stories like this are available on bloomberg.com",
        re.compile(
            r"More stories like this are available on [\w.\-]{1,60}"
            r"|More (?:from|on) Bloomberg(?: [A-Z]\w{0,20}){0,3}:?"
        ),
        keep="More stories like this are expected as the campaign heats up, analysts said.",
    ),
    # A label and the one headline it teases, on its own line or glued to the next story sentence (the glued
    # story sentence stays: the engine splits it off).
    Rule(
        "read_more", 6, "teaser_label", "READ MORE: Polling underway in Kazakhstan snap legislative elections",
        re.compile(
            r"(?:(?i:read more|read also|also read|see also|see more"
            r"|related(?: articles?| stories| coverage| content| video| links?)?|watch|listen|more"
            r"|read next|in other news|(?:read )?more on this(?: story| topic)?|recommended(?: for you| stories)?"
            r"|you (?:may|might) also like|top stories|more (?:from|stories from) [\w .'’]{2,30}"
            r"|catch up|video|audio|podcast|in pictures|gallery"
            # Rails of other stories as sites title them: "Don't miss:", "Trending:", "Editor's picks:".
            r"|don[’']t miss|do not miss|trending(?: now)?|editor[’']s picks?"
            r"|further reading|up next|must read|keep reading|go deeper)"
            r" ?[:|·] ?|(?i:click here to read more)"
            r"|(?:Read also|Also read) (?=[A-Z])|Also on [a-z][\w\-]{0,30}\.[a-z]{2,6} "
            # Alone on its line over its one headline: "Further Reading" (a site's box of one linked story).
            r"|(?i:read more(?: on this story)?|related (?:articles|stories|coverage|content)|recommended stories"
            r"|further reading)"
            # A rail's label set off from its headline by a space alone, as an extractor flattens the rail: "Keep
            # reading UK economy ends ...", "Go deeper Retirement age ..."; the capital after it is the headline's.
            r"|(?i:keep reading|go deeper)(?= [A-Z]))"
        ),
        keep="Read more about the plan in the report, officials said.",
    ),
    Rule("loading", 1, "line", "Loading...", re.compile(r"(?i:loading)(?:\.{1,3}|…)?"),
         keep="Loading of grain onto ships resumed on Monday."),
    Rule(
        "advertisement", 1, "line", "Advertisement",
        re.compile(
            r"(?i:advertisement|skip advertisement|ad feedback|sponsored content|sponsored|paid content"
            r"|promoted content|scroll to continue with content)"
        ),
        keep="Advertisement spending fell 5% last year, the group said.",
    ),
    Rule(
        "continue_reading", 1, "line", "Story continues",
        re.compile(
            r"(?i:story continues(?: below(?: advertisement)?)?"
            r"|continue reading(?: below| the (?:main )?story| this article| on .{1,60})?"
            r"|read the full (?:story|article)(?: here| on .{1,60})?)\.?"
        ),
        keep="The story continues to unfold as officials count the ballots.",
    ),
    Rule(
        "newsletter_prompt", 2, "line", "Sign up to First Edition, our free daily newsletter",
        re.compile(
            r"For more .{1,60}? newsletters? .{0,100}|[A-Z].{0,40} Newsletter"
            r"|(?:Thanks|Thank you) for (?:signing up|subscribing)!?"
            r"|There was an error processing your subscription\."
            r"|Keep an eye on your inbox.{0,100}"
            r"|(?:Sign up|Subscribe|Register|Get our)\b.{0,200}?\b(?i:newsletters?|inbox|e-?mail alerts"
            r"|unlimited access)\b.{0,200}|(?:Sign up|Subscribe) (?:here|now|today)[.!]?"
            r"|(?i:(?:skip past|after) newsletter promotion)|Privacy Notice: Newsletters may contain.{0,300}"
        ),
        keep="Subscribers to the newsletter rose 20% last year, the company said.",
    ),
    Rule(
        "gift_prompt", 2, "line",
        "Subscribers can send 8 gift articles each month. Anyone you share with can read the story for free.",
        # Paywalled sites' share tools: a button label, or the sentence explaining gift links to subscribers,
        # or counting the reader's own ("You have 5 gift articles to give each month.").
        re.compile(
            # The button's label may go on to say what the gift costs or who gets it ("Unlock this article for
            # free: gift it to a friend", "Share this story with a friend for free").
            r"(?i:gift|give|unlock|share) this (?:article|story)"
            r"(?: [^\n]{0,60}?\b(?i:free|friends?|anyone)\b[^\n.]{0,20})?[.!]?|Send any friend a story"
            r"|(?:Subscribers?|Members?|As a subscriber,? you) .{0,80}?\bgift (?:articles?|links?|stories)\b"
            # The count's " gift " stands within 69 characters of the start (60, and "Unlimited"): looked ahead
            # for first, a scan the engine makes at C speed, the lazy start then tried only on such a line (it
            # was tried at every place up to 60 of every paragraph: ~2% of clean()'s time).
            r".{0,200}|(?=.{0,69} gift ).{0,60}?\b(?:\d{1,3}|[Uu]nlimited) gift (?:articles?|links?)\b(?! of\b)"
            r".{0,200}"
        ),
        keep="The charity said donors can gift articles of clothing to shelters this winter.",
    ),
    Rule(
        "social_follow", 2, "line", "Follow us on Twitter @business",
        re.compile(
            r"Follow (?:us|@\w{1,30}|[A-Z].{0,60}?) on "
            r"(?:Twitter|X|Facebook|Instagram|LinkedIn|Threads|TikTok|Bluesky|YouTube|Google News|WhatsApp"
            r"|Telegram)\b.{0,400}|Like us on Facebook.{0,200}"
            r"|Follow [A-Z].{0,60}?coverage (?:at|of|on)\b.{0,200}"
        ),
        keep="Follow-up talks were announced on Twitter by the ministry.",
    ),
    Rule(
        "share_bar", 3, "line", "Share Tweet Email",
        re.compile(
            r"(?:- )?(?:(?i:Share(?: (?:or comment on )?this (?:article|story):?| (?:on|via) (?:Facebook|Twitter|X|WhatsApp|LinkedIn|Email))?"
            # Twitter's button is "X" since 2023; the letter stands as a button only among the row's others.
            r"|Tweet|E-?mail|Facebook|Twitter|X(?= ?[|·•/,] ?\S)|(?<=[|·•/,] )X|(?<=[|·•/,])X|WhatsApp|LinkedIn|Pinterest|Reddit"
            r"|Bluesky|Mastodon|Copy link|Link copied!?"
            r"|Print(?: Article)?|Save|Flipboard|Messenger|Telegram|Reuse this content|View comments|Comments"
            r"|Order Reprints|Tags)"
            r"(?: ?[|·•/,] ?| |$)){1,12}"
        ),
        keep="Share prices fell 3% on Monday.",
    ),
    Rule(
        "live_blog_nav", 1, "line", "Show key events only",
        re.compile(
            r"(?i:(?:show )?key events(?: only)?|pinned(?: post)?|show (?:more|all|latest|newer|older) "
            r"(?:posts|updates|entries)|\d{1,3} new (?:posts?|updates?)|live (?:updates|coverage|blog)"
            # A live page's badge and controls: "LIVE", "EN DIRECT", "Liveblog", "Refresh", "Load more posts";
            # the Guardian's note for readers without scripts.
            r"|live|live ?blog|en direct|en vivo|en directo|in diretta|ao vivo|live-?ticker|прямой эфир|refresh"
            r"|load more(?: posts| updates| entries)?|please turn on javascript\. key events require javascript\.)"
        ),
        keep="Key events of the campaign were televised, officials said.",
    ),
    Rule(
        "editorial_note", 2, "line", "(Updates with analyst comments in eighth paragraph)",
        re.compile(
            r"\((?:Updates|Adds|Corrects|Recasts|Rewrites|Refiles|Clarifies|Changes|Fixes|Removes|Inserts"
            r"|Deletes|Repeats|Adding|Updating|This (?:story|article) (?:was|has been|is)"
            r"|Story (?:corrects|updates|was|has been))\b[^()\n]{0,400}\)\.?"
            r"|(?i:editor[’']s note) ?[:—] ?.{1,600}"
            r"|This (?:story|article|post|report) (?:has been|was) (?:updated|corrected|amended)\b.{0,300}"
        ),
        keep="Updates with analyst comments were published later, the agency said.",
    ),
    Rule(
        "copyright", 3, "line", "©2023 Bloomberg L.P.",
        re.compile(
            r"(?:Copyright ?)?(?:[©ⓒ].{1,200}|\([cC]\) ?\d{4}\b.{0,200})"
            r"|Copyright \d{4}\b.{0,200}|(?i:all rights reserved)\.?"
            # A holder without a year, and the reservation: "Copyright NHK (Japan Broadcasting Corporation). All
            # rights reserved."
            r"|(?i:copyright) [A-Z][^\n]{0,80}?[.,] (?i:all rights reserved)\.?"
            r"|(?i:copyright) [A-Z][\w.&\- ]{0,60}? \d{4}\b[^\n.]{0,100}"
            r"|This material may not be published, broadcast, rewritten,? or redistributed.{0,100}"
            r"|This copy is for your personal, non-commercial use only\..{0,400}"
            # The rights notice under it: "Reproduction in whole or in part without permission is prohibited."
            r"|(?i:(?:any )?(?:reproduction|redistribution|republication|copying)\b[^\n]{0,80}"
            r"\b(?:is (?:strictly )?(?:prohibited|forbidden|not permitted)|without (?:(?:the )?(?:prior )?(?:written )?"
            r"(?:permission|consent)|permission)[^\n,]{0,40}))\.?"
        ),
        keep="Copyright law was reformed in 2019, lawmakers said.",
    ),
    Rule(
        "reporting_credit", 3, "line", "(Reporting by Mariya Gordeyeva; Editing by Alex Richardson)",
        # Who wrote the story, never what someone reported: outside parentheses the credited people must be a
        # list of names ("Jane Doe in Almaty and John Roe"), so "The Times, which first reported the plan,
        # said its staff contributed to this report." is a story sentence.
        re.compile(
            r"\((?:Additional )?(?i:reporting|writing|editing|compiled|research)(?: by| and)\b"
            r"[^()\n]{1,400}\)"
            # The desk's note that agencies' copy went in: "(With inputs from agencies)", "(With inputs from PTI)".
            r"|\((?i:with (?:inputs?|agency inputs) from) [^()\n]{1,80}\)"
            r"|(?:Additional )?Reporting by [^;\n]{1,200}; (?:.{1,200}; )?"
            r"(?:[Ee]diting|[Ww]riting) by .{1,200}"
            r"|(?:-{1,2}|[—–])? ?With assistance from (?:[A-Z][\w.'’\-]{0,30},? (?:and )?){1,12}"
            r"(?:[A-Z][\w.'’\-]{0,30})\.?"
            # The alternatives below all hold "contributed" after names and words with no line break: looked
            # ahead for first (greedy, then a literal: the regex engine's fast path; a lazy scan took twice the
            # alternatives' own time), the names then read only on such a line, not at the start of every
            # paragraph the line rules' join tries (this rule in the join: 18 -> 8 us per 3 kB article).
            r"|(?=.*contributed)(?:"
            # Up to 40 words: AP lists seven writers and more ("Associated Press writers Alan Fram, Zeke Miller,
            # ..., Lolita Baldor and Jill Colvin contributed to this report.").
            r"(?:(?:[A-Z][\w.'’\-]{0,30}|and|in|of|the|staff|writers?|reporters?|correspondents?),? ){1,40}"
            r"(?:also )?contributed (?:to )?this (?:report|story|article)\."
            # The desk's writers named as such, the report left unsaid: "Associated Press writers Jane Doe and
            # John Roe contributed."
            r"|(?:[A-Z][\w.&'’\-]*(?: [A-Z][\w.&'’\-]*){0,3} )?(?:staff )?(?:writers?|reporters?|correspondents?) "
            r"(?:[A-Z][\w.'’\-]{0,30},? (?:and )?){1,20}(?:also )?contributed\.?"
            # Names alone, as a sentence: "Jane Doe and John Roe contributed.", "CBS News' Jane Doe contributed."
            r"|(?:[A-Z][\w.'’\-]{0,30},? (?:and )?){2,12}(?:also )?contributed\."
            # The names first, the role after: "Jane Doe contributed reporting from Paris, and Ahmed Ali from
            # Cairo.", "Reporting was contributed by Jane Doe in Paris."
            rf"|(?:(?:[A-Z][\w.'’\-]{{0,30}}|and|in|of|the|staff|writers?|reporters?|correspondents?),? ){{1,16}}"
            rf"(?:also )?contributed (?:additional )?(?:reporting|research)(?: (?:from|in) {_PLACES})?"
            rf"(?:,? and {_PEOPLE} (?:from|in) {_PLACES})?\.?"
            rf"|(?:Additional )?[Rr]eporting (?:was )?contributed by {_PEOPLE}(?: (?:from|in) {_PLACES})?\.?)"
        ),
        keep="The Times, which first reported the plan on Tuesday, said its staff contributed to this report.",
    ),
    Rule(
        "trust_principles", 2, "line", "Our Standards: The Thomson Reuters Trust Principles.",
        # reuters.com appends the screen-reader hint ", opens new tab" to footer links.
        re.compile(
            r"(?:(?:Our Standards: ?)?The Thomson Reuters Trust Principles\.?|Acquire Licensing Rights)"
            r"(?:, opens new tab)?"
            # The Trust Project's badge, which member outlets set under stories in their own words: "Se adhiere
            # a los criterios de | The Trust Project | Más información".
            # The badge's name looked ahead for first (any characters, then the literal: the engine's fast path),
            # not the class read up to 50 characters into every paragraph and backtracked (2.3 us per 3 kB article).
            r"|(?=.{0,50}The Trust Project)[^\n]{0,50}\bThe Trust Project\b[^\n.]{0,40}"
        ),
        keep="Reuters said its Trust Principles guide its coverage of the election.",
    ),
    Rule(
        "contact_line", 2, "line",
        "To contact the reporter on this story: Nariman Gizitdinov in Almaty at ngizitdinov@bloomberg.net",
        re.compile(
            r"To contact the (?:reporters?|editors?|authors?)[^\n:]{0,60}:.{0,300}"
            # The address's "@" stands within 152 characters of the start (12 + 76 + 4 + 60): looked ahead for
            # first, so the lazy name is not tried at every place of a story paragraph.
            r"|(?=.{0,152}@)(?:Have a tip\? )?(?:(?:Write to|Contact|Email) [A-Z][^\n@]{1,60}?"
            r"|[A-Z][^\n@]{1,60}? (?:may|can) be reached) at [\w.+\-]{1,60}@[\w.\-]{1,60}\b.{0,200}"
        ),
        keep="To contact the election commission, voters can call a hotline, officials said.",
    ),
    Rule(
        "photo_credit", 2, "line", "Reuters",
        re.compile(
            r"(?:Reuters|AP|AFP|Getty Images|EPA|EPA-EFE|Bloomberg|Shutterstock|PA|PA Media|Xinhua|Anadolu"
            r"|AP Photo|AFP via Getty Images|Reuters Graphics?|AP Graphics?|Bloomberg Graphics?)"
            r"|(?:AP|AFP|Reuters) Photo/.{1,80}"
            r"|(?:Photo|Photograph|Image|Picture|Photo credit|Credit|Photographer)s?: ?.{1,100}"
            r"|Image source, .{1,100}"
            r"|Photo by [^\n]{1,40} on (?:Unsplash|Pexels|Pixabay)"
            r"|[^/\n]{1,60}/" + _PHOTO_AGENCY + r"(?: via Getty Images)?"
            r"|\((?:AP|AFP|Reuters|Getty Images) Photo(?:/[^()\n]{1,80})?\)"
        ),
        keep="Reuters reported the figures on Monday.",
    ),
    Rule(
        # A photographer and the paper in capitals on a line of their own under a picture, as USA TODAY's
        # network sets them ("Megan Hollis, USA TODAY", "Jane Roe/USA TODAY NETWORK"). Below the head only:
        # there the same shape is a byline.
        "picture_desk_credit", 1, "line", "Megan Hollis, USA TODAY",
        re.compile(
            # The names in mixed case: a wire's table labels its rows in capitals ("SOYBEAN CAKE/MEAL").
            r"[A-Z][a-z][\w.'’\-]{0,29}(?: [A-Z][a-z][\w.'’\-]{0,29}){1,3}(?:, ?|/)[A-Z]{2,}(?: [A-Z]{2,}){0,3}"
        ),
        zone="below_head",
        keep="Megan Hollis, a USA TODAY photographer, took the picture.",
    ),
    Rule(
        "photo_caption", 1, "line", "Tokayev votes in Astana. (AP Photo/Vladimir Tretyakov)",
        re.compile(
            r"(?=.{0,420}Photo).{1,400}? (?:\((?:AP|AFP|Reuters) Photo/[^()\n]{1,80}\)"
            r"|\(Photo(?:graph)?(?: by)?:? [^()\n]{1,80}\)"
            r"|Photographer: .{1,80}/.{1,40}|Photograph: .{1,100})"
            r"|(?:Image|Media|Video) caption, .{1,200}"  # a caption's length: no story paragraph glued after
        ),
        keep="The AP Photo/Video desk filed pictures from Astana on Sunday.",
    ),
    Rule(
        "timestamp", 2, "line", "First published March 4, 2021: 7:15 AM ET",
        # A line of nothing but date and time words: publication stamps, never a sentence of the story. A
        # bare clock time ("4:14 p.m.") heads a live blog's entries, so without an "Updated" it needs a day,
        # a month or a year.
        re.compile(
            r"(?:[•·] ?)?(?:(?:AFP|AP|Reuters) )?(?:"
            r"(?i:updated|published|posted|last updated|first published)(?: (?i:on|at))?:? "
            r"(?:" + _AGO + "|" + _ISO_TIME + r"|(?=.{0,60}\d)" + _STAMP_WORDS + ")"
            r"|" + _AGO + r"|\d{1,2} ?[hm]|" + _ISO_TIME
            + r"|(?=\d|[ap]\.?m|AM|PM|[A-Z]{2,4}T|GMT|UTC|ET|at |on |" + _DAY + "|" + _MONTH + ")"
            # Two months side by side are a table's column heads ("Feb 87 Jan 87 Feb 86" under "Sales and
            # stocks in tonnes were:" in a Reuters story), not one moment a page was stamped with. Tested after
            # the opening above, which most lines fail at once (this rule alone: 12.6 -> 4.2 us per article). A
            # second date after a bar and its update word is the page's stamp again ("Jun 30, 2021, 3:22 PM EST |
            # Updated Jun 30, 2021", HuffPost's).
            + r"(?:(?=[^|\n]{0,60}\| ?(?i:updated|published))|(?!(?:.{0,40}?\b" + _MONTH + r"(?!\w)){2}))"
            + r"(?=.{0,80}(?:" + _DAY + "|" + _MONTH + r"|\d{4}))(?=.{0,60}\d)" + _STAMP_WORDS
            + r")\.?"
        ),
        keep="Updated figures on March 4 showed turnout at 54%, officials said.",
    ),
    Rule(
        "source_line", 1, "line", "CNNMoney (New York)",
        # The outlet and the desk's city closing a story: capitalised words, then a parenthesised place.
        re.compile(
            r"[A-Z][\w.&'’\-]{1,30}(?: [A-Z][\w.&'’\-]{1,30}){0,3} "
            r"\([A-Z][\w.'’\-]{1,30}(?: [A-Z][\w.'’\-]{1,30}){0,3}\)"
        ),
        zone="tail",
        keep="Shares of Apple (AAPL) rose 3% on Monday.",
    ),
    Rule(
        "syndication_note", 1, "line", "Read the original article on Business Insider",
        re.compile(
            r"Read the original article on .{1,60}"
            r"|This (?:article|story) (?:(?:was|is) )?(?:originally|first) (?:published|appeared)"
            r" (?:on|in|by|at) .{1,100}"
            r"|(?:Originally|First) published (?:on|in|by|at) .{1,100}"
            r"|Source: [A-Z][^\n.]{0,60}"
            # A partner's content and who answers for it: "This content was produced by Reuters, which is solely
            # responsible for the content.", "This story was produced in partnership with ...".
            r"|This (?:content|article|story|piece) (?:was|is|has been) (?:produced|provided|created"
            r"|written|published|distributed|reported) (?:(?:by|for) (?:the )?[A-Z]|in (?:partnership|collaboration)"
            r" with ).{1,160}"
            r"|(?:Distributed|Syndicated) by [A-Z].{1,60}"
        ),
        keep="The report was originally published on Monday by the commission, officials said.",
    ),
    Rule(
        "click_prompt", 1, "line", "CLICK HERE TO GET THE FOX NEWS APP",
        re.compile(
            r"(?i:click(?:ing)? here (?:to|for)) .{1,150}"
            # The lookahead (greedy, then a literal: the regex engine's fast path) rejects most lines at once.
            r"|(?=.{0,170}lick|.{0,170}LICK)"
            r".{1,150}\b(?i:by clicking here|click here(?: for more(?: information| details)?)?)[.!]?"
        ),
        keep="Voters who click here and there on the portal found the results, officials said.",
    ),
    Rule(
        "audio_player", 1, "line", "Listen to this article",
        re.compile(
            r"(?i:listen to this (?:article|story)|play audio)"
            r"(?: ?[·•|-]? ?\d{1,2}(?::\d{2})? ?(?:min|mins|minutes)?)?"
        ),
        keep="Listen to this article of the constitution, the president told parliament.",
    ),
    Rule(
        "comment_prompt", 1, "line", "Tell us what YOU think...",
        re.compile(
            r"(?i:tell us what you think|leave a comment|join the conversation|add your comment"
            r"|like this story\? share it with a friend!?|have your say"
            # A blog platform's comment form, flattened: "Leave a Reply Cancel reply", "Your email address will
            # not be published. Required fields are marked *".
            r"|leave a (?:reply|comment)(?: cancel reply)?|cancel reply|post comment"
            r"|your email address will not be published\.?(?: required fields are marked \*)?"
            r"|required fields are marked \*|save my name, email, and website in this browser for the next time i"
            r" comment\.?)(?:\.{1,3}|…|!|:)?"
        ),
        keep="“Tell us what you think,” the candidate urged voters at the rally.",
    ),
    Rule(
        "wire_slug", 1, "line", "bur-jm/rox",
        # AFP closes copy with the writers' and editors' initials.
        re.compile(r"[a-z]{2,4}(?:-[a-z]{2,4}){0,2}(?:/[a-z]{2,4}){1,3}"),
        keep="The slug bur-jm/rox on the copy named its editors, staff said.",
    ),
    Rule(
        "bare_url", 1, "line",
        "https://www.mysanantonio.com/news/article/Cat-found-in-New-Mexico-after-going-missing-in-14848175.php",
        # The address opens within 23 characters (the label's reach): looked ahead for first, so the label's
        # words are not read and backtracked at the start of every paragraph.
        re.compile(r"(?=.{0,23}https?://)(?:[A-Z][\w ]{0,20}: )?https?://\S{1,500}"),
        keep="Results are posted at https://www.election.gov.kz every hour, officials said.",
    ),
    Rule(
        "caps_link", 2, "line", "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'",
        # Fox and Express set inline links to other stories in capitals. Capital subheads are shorter or
        # questions ("HOW WILL OBAMA PLAY?"), and all-caps telex copy ends its sentences with a full stop, so
        # a link needs seven words and no closing punctuation; with three numbers it is a table row. A byline
        # in capitals is none ("BY SARAH FISCHER, DAVID FISCHER AND PRIYA OKAFOR"): the byline pass reads it.
        re.compile(
            r"(?!BY )(?=[A-Z0-9 '’‘\"“”:,\-–—&!$%()/.]{29,199}[A-Z0-9'’‘\"“”)]\Z)"  # all capitals first: fails fast
            r"(?=.{0,200}[A-Z]{3})(?=(?:[^ \n]{1,40} ){6})(?!(?:[^\d\n]{0,200}\d{1,20}){3})"
            r"[A-Z0-9 '’‘\"“”:,\-–—&!$%()/.]{29,199}"
            r"[A-Z0-9'’‘\"“”)]"
        ),
        keep="HOW WILL OBAMA PLAY?",
    ),
    # Separator lines and end marks: the structural ``separator`` rule (cleaning.widgets), in every language.
    Rule(
        "headline_list", 7, "list_label", "Latest Stories",
        # The label heads the run of headlines (with or without bullets, each perhaps with a one-paragraph
        # teaser) that follows it; the engine takes the run (transforms.core.cleaning.lists).
        re.compile(
            r"(?i:(?:latest|top|more|related|recommended|popular|trending|recent|other|most read|most popular)"
            r"(?: \w{1,20})? (?:stories|news|headlines|articles|videos|reads|topics|links)"
            r"|you (?:may|might) also like|recommended for you|more for you|read next|up next|what to read next"
            r"|more on this story|explore more on these topics|don[’']t miss|related(?: topics| story| article)?|see also"
            r"|also see"
            # A rail's label in the singular or as a site's own ("Related Story", "Also worth reading", "Popular").
            r"|also read|read also|(?:also )?worth reading|popular|trending(?: now)?|go deeper"
            r"|most (?:read|popular|viewed|shared)(?: (?:from|on|at) [A-Z][\w.&’' ]{0,40})?"
            # "More from The Daily Ledger": the outlet's name, capitalised ("More from the region" is a tail list's).
            r"|more (?:from|on) (?-i:[A-Z])[\w.&’' ]{0,40}"
            # Stories the editors picked, or popular under the site's name: "Editors' Picks", "Editor's choice",
            # "Popular on inkl", "Popular at The Hill" ("Popular culture" names no site after "on" or "at").
            r"|editors?['’]s?['’]? (?:picks?|choice)|popular (?:on|at) \w[\w.&’' ]{0,40})(?::|\.{3}|…)?"
        ),
        keep="Latest news from the front suggested the offensive had stalled, officials said.",
    ),
    # Ad slots, player and embed placeholders, comment counters, subscribe and consent buttons: a widget's
    # label on a line of its own.
    Rule(
        "page_widget", 5, "line", "Advertisement - Scroll to continue",
        re.compile(
            r"(?i:ad|advertisement(?: ?[-–—:] ?(?:scroll|continue) [\w ]{1,30})?|(?:article"
            r"|story) continues(?: (?:below|after)(?: this)?(?: (?:advertisement|ad))?)?(?: (?:advertisement|ad))?"
            r"|promoted|sponsored(?: content| links?| by .{1,40})?|paid (?:content|post|partner content)"
            r"|now playing|next video|next up|replay(?: video)?|play video|watch(?: the)? video"
            # A video player's own lines, flattened: "Video Loading", "Click to play", "Tap to play", "Play now",
            # "The video will auto-play soon8Cancel", "Watch Live", "Your browser does not support the video tag".
            r"|video (?:is )?loading|video player is loading|(?:click|tap) to (?:play|unmute)|play now|watch (?:live|more)"
            r"|the video will (?:start|auto-?play|begin)(?: soon| in)? ?\d{0,2} ?(?:seconds? ?)?cancel"
            r"|your browser does not support (?:the )?(?:video|audio)(?: tag| element)?\.?"
            # The notice a page shows where its scripts did not run: "Please turn on JavaScript to use this feature",
            # "JavaScript is disabled in your browser."; a story names JavaScript in a sentence of its own.
            r"|please (?:turn on|enable) javascript(?: in your browser)?(?: to (?:use|view|see|read|play) [\w ]{1,30})?\.?"
            # video.js's own notice: "To view this video please enable JavaScript, and consider upgrading to a web
            # browser that supports HTML5 video".
            r"|to view this video please enable javascript,? and consider upgrading to a web browser that supports"
            r" html5 video\.?"
            r"|javascript is (?:disabled|not enabled|turned off) in your browser\.?"
            r"|(?:you need to|you must) enable javascript to (?:use|view|see|read|run|play) [\w ]{1,30}\.?"
            # A player that did not load: "This video can not be played", "Video unavailable".
            r"|this (?:video|media|content) (?:can ?not|can't|cannot) be played\.?|(?:this )?video (?:is )?unavailable"
            r"|video duration \d{1,2} minutes?(?: \d{1,2} seconds?)?|loading (?:tweet|post|video|embed"
            r"|content)(?:\.{1,3}|…)?|view this post on (?:instagram|x|twitter|facebook|tiktok)|(?:external"
            r"|embedded) content|pic\.twitter\.com/\w{1,20}|\d{1,5} comments?|comments are (?:moderated|closed"
            r"|disabled)(?: for this (?:article|story))?\.?|be the first(?: one)? to comment\.?|(?:show|view"
            r"|hide) comments|join the (?:conversation|discussion)|subscribe|sign in|log in|bookmark|save (?:article|for later)|recommended"
            r"|accept(?: all)?(?: cookies)?|reject all|manage (?:preferences|cookies|consent|settings)"
            r"|cookie settings|(?:read|open|continue|listen|watch) in (?:the )?app|(?:toggle|hide|show) caption"
            r"|adchoices|report (?:an|this) ad"
            # A sign-in wall's buttons: "Continue with Google", "Sign in with email", "Cancel anytime".
            r"|(?:continue|sign in|log in|sign up) with (?:google|apple|facebook|microsoft|(?:your )?e-?mail)"
            r"|cancel any ?time\.?"
            # A paid article's badge: "Premium content", "This is a premium article", "Subscriber exclusive".
            r"|premium(?: content| article| story)?|this is (?:a )?premium (?:article|story|content)|subscriber exclusive"
            r"|donate(?: now)?"
            # An embedded post's buttons and links: "Retweet", "Copy link to Tweet", "Read the full thread on X".
            r"|retweet|copy link to (?:tweet|post)|read the full (?:thread|conversation) on (?:x|twitter|threads)"
            r"|join the conversation on (?:twitter|x|facebook|instagram|threads)\b.{0,60})"
        ),
        keep="The advertisement ran for six weeks before regulators ordered it withdrawn.",
    ),
    # Newsletter, paywall, consent and embed prompts written as a sentence to the reader.
    Rule(
        "page_prompt", 1, "line", "A post shared by Grace Lindqvist (@gracelindqvist)",
        re.compile(
            r"(?i:a post shared by [^()\n]{1,60}(?: \(@\w{1,30}\))?"
            r"|this content is not available due to your (?:privacy|cookie) (?:preferences|settings)\.?"
            r"|already a subscriber\?? (?:log|sign) in\.?|subscribe (?:to|and) (?:continue|keep) reading\.?"
            r"|this (?:article|story|content) is (?:for|only available to|exclusive to"
            r"|reserved for) (?:paying )?subscribers(?: only)?\.?|enter your e-?mail(?: address)?"
            r"|by (?:signing up|subscribing),? you agree to .{1,50}|get the (?:latest|top) (?:headlines|news"
            r"|stories) (?:delivered )?(?:to|in) your inbox.{0,40}"
            # The sign-up form's small print and a player's note: "This site is protected by reCAPTCHA and the
            # Google Privacy Policy and Terms of Service apply.", "The video player is currently playing an ad."
            r"|this site is protected by recaptcha.{0,120}|the video player is currently playing an ad\.?"
            # A wall's offer and a comment box's pitch: "Continue reading with one of these options", "Join
            # thought-provoking conversations, follow other Independent readers and see their replies".
            r"|continue reading with one of these options\.?"
            r"|join (?:[\w-]+ ){0,2}conversations?,? [^\n]{0,100}\b(?:readers|replies|comments)\b[^\n.]{0,40}\.?"
            r"|prices? (?:were|are|was|is) (?:accurate|correct) (?:at|as of) (?:the )?time of (?:publishing|publication"
            r"|writing)\.?"
            r"|what do you think\? (?:let us know"
            r"|tell us) in the comments(?: below)?\.?|we use cookies.{0,70}"
            # A sign-up form's messages and consent box: "There was an error, please provide a valid email
            # address", "Something went wrong, please try again later", "A welcome email is on its way. If you
            # don't see it, please check your junk folder", "I agree to receive emails".
            r"|(?:there was an error|something went wrong)[,.!]? please (?:provide|enter) a valid e-?mail(?: address)?\.?"
            r"|something went wrong[,.!]? please try again(?: later)?\.?"
            r"|(?:a|your) (?:welcome|confirmation) e-?mail is on its way\.?(?: [^\n]{0,100})?"
            r"|i (?:agree|consent|would like) to receive (?:e-?mails|newsletters|updates)\b[^\n]{0,100}"
            # A wall's and a pitch's offers, by their shape: "$1 per week for the first 12 weeks", "Try inkl free
            # for 14 days", "Join News24 today and read the stories that matter", "Read more from The Scotsman
            # with a subscription", "Unlimited online access to articles from across Canada with one account",
            # "Stay up to date with all the latest news", "Join the Irish Independent WhatsApp channel"; the
            # broadest with no full stop, which a story's sentence on access or the news would close with.
            r"|[$€£]\d{1,3}(?:[.,]\d{2})? (?:per|a|/) ?(?:week|month|year|day)(?: for (?:the first )?\d{1,2} (?:weeks|months"
            r"|days|years))?\.?"
            r"|try [^\n]{1,40}? free for \d{1,2} (?:days|weeks|months)\.?"
            r"|join [^\n]{1,40}? (?:today )?(?:and|to) read\b[^\n.!?]{0,80}"
            r"|read (?:more|unlimited articles|the full (?:story|article)) (?:from|on) [^\n]{1,40}? with an? "
            r"(?:subscription|membership)\.?"
            r"|(?:get )?unlimited (?:online |digital )?access to [^\n.!?]{0,100}"
            r"|(?:stay up to date|keep up to date|stay informed) with (?:all )?the latest (?:news|headlines)[^\n.!?]{0,60}"
            r"|don['’]t miss (?:out on )?the latest (?:news|headlines|stories)[^\n.!?]{0,60}"
            r"|join the [^\n]{1,40}? (?:whatsapp|telegram) channel\.?"
            r"|(?:want to share|got|have) a (?:news )?tip\? (?:e-?mail|contact|message|write to) us\b[^\n]{0,60}"
            r"|get breaking news alerts\.?(?: download (?:the|our) app(?: now)?\.?)?|download (?:the|our) app(?: now)?\.?"
            r"|get started)"
        ),
        keep="Subscribers who shared the post said it was taken down within hours.",
    ),
    # The consent gate and placeholders round an embedded post or player (BBC: "Skip twitter post by Jane Doe",
    # "Allow Twitter content?", "This article contains content provided by Twitter. We ask for your permission
    # ...", "Accept and continue", "The BBC is not responsible for the content of external sites.", "End of
    # twitter post by Jane Doe"; X's card: "Read 123 replies"); the post itself is ``embeds``'.
    # A card's buttons and notes where the post did not load ("View on Threads", "Watch on YouTube", "Load tweet",
    # "Click to load the Instagram post", "This tweet may have been deleted", "Twitter Ad Content"), TikTok's
    # sound credit ("@handle ♬ original sound - Jane Doe").
    Rule(
        "embed_placeholder", 2, "line", "Allow Twitter content? This article contains content provided by Twitter.",
        re.compile(
            rf"(?i:{_EMBED_NOTE})\.?"
        ),
        keep="Skip the post office queue by booking online, the minister said on Monday.",
    ),
    # A screen reader's marks round a list of links, read out as text: "list of 2 items", "end of list".
    Rule(
        "screen_reader_note", 1, "line", "list of 3 items",
        re.compile(r"(?i:list of \d{1,3} items?|end of list)"),
        keep="A list of 3 items was sent to the minister, officials said.",
    ),
    # An author's note closing the article: a name, then the journalist's role or beat.
    Rule(
        "author_bio", 1, "line", "Hannah Kessler is a business reporter at The Independent.",
        # The name may be in another script, as an English edition of a foreign outlet prints its staff's: in
        # capitals (Cyrillic, Greek), or Chinese, Japanese, Korean or Arabic, which have no case ("李磊 is a
        # business reporter for 新华社", "Иван Петров is a correspondent for ТАСС").
        re.compile(
            r"(?:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁΑ-Ω][\w'’.-]{1,20}(?: [A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁΑ-Ω][\w'’.-]{1,20}){1,3}"
            r"|[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]{2,6}(?: [\u4e00-\u9fff\uac00-\ud7af]{1,4})?"
            r"|[\u0621-\u064a]{2,15}(?: [\u0621-\u064a]{2,15}){1,3}|She|He) (?:is (?:a|an"
            r"|the|[A-Z][\w.&'’]{1,30}['’]s) (?:[\w-]{1,20} ){0,3}(?:reporter|correspondent|editor|writer|journalist|columnist"
            r"|contributor|producer|critic)(?: [\w-]{1,20}){0,2} (?:at|for|in|based in|covering|with) .{1,80}"
            # Then a sentence or two on the writer's career, told by its verb ("She previously worked at ...").
            r"(?:\. (?:She|He|They) (?:previously|formerly|has (?:covered|reported|written|worked)|joined|is the"
            r" author|lives|can be reached|studied|began)\b.{1,150})?"
            r"|(?:covers|writes about|reports on) .{1,100}"
            r"|has been an? (?:reporter|correspondent|editor|writer|journalist) for \d{1,2} years\b.{0,80})"
            # The author box's link: "View all posts by Jane Doe" (its heading, "About the author", is
            # ``bios.author_boxes``', which reads the box under it).
            r"|View (?:all|more) (?:posts|articles|stories) (?:by|from) [^\n]{1,60}"
        ),
        keep="Jane Holloway is a former teacher who now runs the charity, the report said.", zone="tail",
    ),
    # A note that the story is developing or was updated, on its own line.
    Rule(
        "update_note", 1, "line", "This is a developing story and will be updated.",
        re.compile(
            r"(?i:this is a developing (?:news )?story(?:\.|,)?(?: (?:and )?(?:it )?(?:will be"
            r"|is being) updated(?: as .{1,60})?)?\.?|this story (?:is developing"
            r"|will be updated)(?: as .{1,60})?\.?)"
            r"|Update(?:d)?,? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?: .{1,80}"
        ),
        keep="This is a developing story for the region's economy, analysts said on Monday.",
    ),
    # The desk's credit without its brackets, at the end.
    Rule(
        "editing_credit", 1, "line", "Editing by Kim Soo-jin and Samuel Okafor",
        re.compile(
            r"(?:Reporting|Writing|Additional reporting|Editing) by [A-Z][\w'’ .,;-]{1,120}"
        ),
        keep="Editing by hand took the team three weeks, the producer said.", zone="tail",
    ),
    # A picture's caption under its label: "File photo: ...", "Pictured: ...".
    Rule(
        "caption_label", 1, "line", "File photo: Supporters wave flags during a rally.",
        re.compile(
            r"(?:File (?:photo|picture|image)|Pictured|Picture|Image"
            r"|Photo)(?: \([^()\n]{1,20}\))?: [A-Z][^\n]{1,80}"
        ),
        keep="Pictured at the summit, the two leaders shook hands but took no questions.",
    ),
    # A contact prompt closing on an e-mail address, in any language ("Got a story? Email ...", "Schreiben Sie uns: ...").
    Rule(
        "contact_address", 1, "line", "Sie haben einen Hinweis? Schreiben Sie uns: tobiaskrueger@spiegel.de",
        re.compile(
            # The "@" looked ahead for twice: first by the regex engine's fast path (any characters, then the
            # literal), which most paragraphs fail at once, then by the class, slower, that bounds it (3.6 us per
            # 3 kB article less in the line rules' join).
            r"(?=.{1,80}@)(?=[^\n@]{1,80}@)[^\n@]{1,60}[: ][\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,10}){1,3}"
        ),
        keep="Officials said complaints sent to help@city.gov would be answered within a week.",
    ),
    # An agency's notice on what its website carries, closing a syndicated story.
    Rule(
        "agency_trailer", 1, "line", "Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form.",
        re.compile(
            r"[A-Z][\w ]{1,30} website contains only a portion of the news stories offered to subscribers[^\n]{0,300}"
        ),
        keep="The agency's website contains only a portion of its archive, the report said.", zone="tail",
    ),
    # A tag or topic label over its list, or before it on one line ("Tags: Elections, Kazakhstan", "FILED UNDER:
    # ECONOMY, TRADE"; the one-line form is ``closing.tag_line``).
    Rule(
        "tags_en", 1, "list_label", "Tags:",
        re.compile(r"(?i:tags|topics|filed under|categories|keywords|more about|related tags)(?: ?:)?"),
        keep="Topics ranged from taxes to trade, the moderator said.", zone="tail",
    ),
)
