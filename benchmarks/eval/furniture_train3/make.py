#!/usr/bin/env python3
"""Generate furniture.jsonl: a hand-written corpus of English news-page "furniture".

Furniture = text found on a scraped news page that is not the article itself
(paywall asks, newsletter boxes, captions, share bars, live-blog chrome, credits ...).

Every wording below was written by hand from general knowledge of how news sites
look once scraped to plain text. Lines are composed from templates x slot values.
Deterministic: a fixed random.Random seed, no set iteration, no clock.

Usage:  python make.py        (writes furniture.jsonl next to this file)
"""
import datetime
import json
import os
import random
from collections import Counter

SEED = 20250611
HEAVY_SCALE = 0.64    # multiplier on registry weight for heavy kinds (weight >= 60)
LIGHT_SCALE = 0.40    # multiplier for the remaining kinds
MIN_PER_KIND = 12
MAX_REPEAT = 2        # no text may appear more than this many times
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "furniture.jsonl")

# --------------------------------------------------------------------------
# Outlets: (name, region, type)
# --------------------------------------------------------------------------

def _o(region, typ, names):
    return [(n, region, typ) for n in names]

OUTLETS = (
    _o("us", "paper", [
        "The New York Times", "The Washington Post", "The Wall Street Journal", "Los Angeles Times",
        "USA Today", "Chicago Tribune", "The Boston Globe", "San Francisco Chronicle",
        "The Philadelphia Inquirer", "The Dallas Morning News", "Houston Chronicle", "The Seattle Times",
        "The Denver Post", "Star Tribune", "The Atlanta Journal-Constitution", "Tampa Bay Times",
        "Miami Herald", "The Arizona Republic", "The Oregonian", "Detroit Free Press", "The Baltimore Sun",
        "Pittsburgh Post-Gazette", "The Sacramento Bee", "The Kansas City Star", "The Charlotte Observer",
        "The Christian Science Monitor", "Newsday", "The Star-Ledger", "The Plain Dealer",
        "Milwaukee Journal Sentinel", "The Salt Lake Tribune", "The Courier-Journal"]) +
    _o("us", "digital", [
        "Politico", "Axios", "The Hill", "Business Insider", "Vox", "HuffPost", "The Daily Beast", "Slate",
        "Salon", "Semafor", "The Free Press", "Mashable", "Gizmodo", "Ars Technica", "Engadget", "CNET",
        "The Verge", "TechCrunch", "Deadline", "The Intercept", "Yahoo News", "BuzzFeed News", "Insider"]) +
    _o("us", "nonprofit", [
        "ProPublica", "The Texas Tribune", "CalMatters", "The Marshall Project", "KFF Health News",
        "Chalkbeat", "Grist", "Inside Climate News", "The 19th", "Capital B", "Block Club Chicago",
        "Honolulu Civil Beat", "VTDigger", "The City", "Mississippi Today", "Wisconsin Watch"]) +
    _o("us", "broadcast", [
        "CNN", "Fox News", "NBC News", "CBS News", "ABC News", "NPR", "PBS NewsHour", "CNBC", "MSNBC",
        "Voice of America", "ESPN", "WNYC", "KQED"]) +
    _o("us", "magazine", [
        "The Atlantic", "The New Yorker", "Time", "Newsweek", "Vanity Fair", "Rolling Stone", "Wired",
        "Forbes", "Fortune", "Mother Jones", "The Nation", "National Review", "Reason", "Variety",
        "The Hollywood Reporter", "Sports Illustrated", "Scientific American", "National Geographic",
        "Smithsonian Magazine", "Popular Science", "Esquire", "GQ", "Vogue", "People", "Good Housekeeping",
        "Men's Health", "Bon Appétit", "Food & Wine", "Consumer Reports", "Kiplinger", "Barron's",
        "MarketWatch", "The Athletic", "Harper's Magazine", "New York Magazine"]) +
    _o("us", "tabloid", ["New York Post", "New York Daily News", "Page Six", "TMZ", "National Enquirer"]) +
    _o("uk", "paper", [
        "The Guardian", "The Times", "The Sunday Times", "The Telegraph", "The Independent",
        "Financial Times", "The Observer", "Evening Standard", "The i Paper", "City A.M.", "Metro",
        "The Scotsman", "The Herald", "The National (Scotland)", "Belfast Telegraph", "The Yorkshire Post"]) +
    _o("uk", "local", [
        "Manchester Evening News", "Liverpool Echo", "Birmingham Mail", "WalesOnline", "The Northern Echo",
        "Bristol Post", "The Press and Journal", "Eastern Daily Press", "The Argus", "Kent Online",
        "Nottingham Post", "Leicester Mercury", "Oxford Mail", "Cambridge News", "Hull Daily Mail",
        "Plymouth Herald", "Chronicle Live", "Edinburgh Evening News"]) +
    _o("uk", "broadcast", ["BBC News", "Sky News", "ITV News", "Channel 4 News", "LBC", "GB News",
                           "BBC Sport"]) +
    _o("uk", "tabloid", ["Daily Mail", "MailOnline", "The Sun", "Daily Mirror", "Daily Express",
                         "Daily Star", "Daily Record", "The Sun on Sunday"]) +
    _o("uk", "magazine", [
        "The Economist", "New Statesman", "The Spectator", "Prospect", "Private Eye", "The Week UK",
        "Tortoise", "Byline Times", "PinkNews", "LADbible", "Which?", "Radio Times", "TechRadar",
        "Tom's Guide", "Autocar", "Top Gear", "Country Life", "Tatler", "Wired UK", "The Conversation UK",
        "HuffPost UK", "Marie Claire UK", "Good Housekeeping UK", "Woman & Home"]) +
    _o("ie", "paper", [
        "The Irish Times", "Irish Independent", "Irish Examiner", "Sunday Independent", "Business Post",
        "The Irish News", "Irish Daily Mail", "Irish Mirror", "The Irish Sun", "Sunday World"]) +
    _o("ie", "digital", ["TheJournal.ie", "BreakingNews.ie", "Extra.ie", "Dublin Live"]) +
    _o("ie", "broadcast", ["RTÉ News", "Newstalk", "Virgin Media News"]) +
    _o("ie", "local", ["Limerick Leader", "Connacht Tribune", "Echo Live", "Kilkenny People",
                       "Donegal Daily", "Galway Advertiser"]) +
    _o("au", "paper", [
        "The Sydney Morning Herald", "The Age", "The Australian", "The Daily Telegraph (Sydney)",
        "Herald Sun", "The Courier-Mail", "The West Australian", "The Advertiser",
        "Australian Financial Review", "The Canberra Times", "Brisbane Times", "The Mercury", "NT News",
        "Newcastle Herald", "The Saturday Paper"]) +
    _o("au", "digital", ["news.com.au", "Guardian Australia", "Crikey", "The New Daily", "InDaily",
                         "The Conversation Australia"]) +
    _o("au", "broadcast", ["ABC News (Australia)", "SBS News", "9News", "7NEWS", "10 News First",
                           "Sky News Australia"]) +
    _o("nz", "paper", ["The New Zealand Herald", "Stuff", "RNZ", "The Spinoff", "Otago Daily Times",
                       "The Post (Wellington)", "1News"]) +
    _o("ca", "paper", [
        "The Globe and Mail", "Toronto Star", "National Post", "Montreal Gazette", "Vancouver Sun",
        "Ottawa Citizen", "Calgary Herald", "Edmonton Journal", "Winnipeg Free Press", "Toronto Sun",
        "The Hamilton Spectator", "Halifax Examiner"]) +
    _o("ca", "digital", ["The Tyee", "The Narwhal", "Maclean's", "The Walrus", "Canadaland"]) +
    _o("ca", "broadcast", ["CBC News", "CTV News", "Global News", "CityNews"]) +
    _o("in", "paper", [
        "The Times of India", "Hindustan Times", "The Hindu", "The Indian Express", "The Economic Times",
        "Mint", "Business Standard", "Deccan Herald", "The Telegraph India", "The New Indian Express",
        "The Tribune India", "Deccan Chronicle", "Mid-Day"]) +
    _o("in", "digital", ["Scroll.in", "The Wire", "ThePrint", "The Quint", "Firstpost", "Moneycontrol",
                         "News18", "Newslaundry", "The News Minute", "Outlook India", "Frontline"]) +
    _o("in", "broadcast", ["NDTV", "India Today", "WION", "Republic World", "Zee News"]) +
    _o("asia", "paper", [
        "South China Morning Post", "The Straits Times", "CNA", "The Japan Times", "Nikkei Asia",
        "The Korea Herald", "The Korea Times", "Korea JoongAng Daily", "Bangkok Post", "The Nation Thailand",
        "Philippine Daily Inquirer", "Rappler", "The Jakarta Post", "The Star (Malaysia)",
        "New Straits Times", "Malay Mail", "Dawn", "The Express Tribune", "The Daily Star (Bangladesh)",
        "Dhaka Tribune", "The Kathmandu Post", "Taipei Times", "Focus Taiwan", "Hong Kong Free Press",
        "The Standard (Hong Kong)", "VnExpress International", "Khmer Times", "Daily Mirror (Sri Lanka)",
        "The Diplomat", "Asia Times", "China Daily", "Global Times", "TODAY (Singapore)", "Mothership"]) +
    _o("me", "paper", ["Gulf News", "The National", "Khaleej Times", "Arab News", "Al Jazeera English",
                       "The Times of Israel", "Haaretz", "Middle East Eye", "Daily Sabah"]) +
    _o("africa", "paper", ["News24", "Daily Maverick", "Mail & Guardian", "The Citizen (South Africa)",
                           "Nation Africa", "The Standard (Kenya)", "Punch", "Premium Times",
                           "BusinessDay (Nigeria)", "The East African", "GroundUp"]) +
    _o("wire", "wire", [
        "Reuters", "Associated Press", "AFP", "Bloomberg", "PA Media", "Press Trust of India", "ANI", "IANS",
        "Kyodo News", "Yonhap", "Xinhua", "AAP", "The Canadian Press", "dpa", "EFE", "ANSA", "UPI",
        "Bernama", "Anadolu Agency"]) +
    _o("intl", "broadcast", ["DW", "France 24", "Euronews", "BBC World Service", "NHK World", "TRT World",
                             "RFI English", "Al Jazeera"]) +
    _o("us", "newsletter", [
        "Letters from an American", "Platformer", "Stratechery", "Garbage Day", "The Bulwark",
        "Slow Boring", "Noahpinion", "Morning Brew", "theSkimm", "Punchbowl News", "Puck", "Tangle",
        "Popular Information", "The Dispatch", "Silver Bulletin", "Lenny's Newsletter", "1440 Daily Digest",
        "The Rebooting", "Hell Gate", "Status"]) +
    _o("us", "aggregator", ["Yahoo News", "MSN", "Google News", "Apple News", "Flipboard", "NewsBreak",
                            "SmartNews", "Ground News", "Newser", "RealClearPolitics", "Drudge Report"]) +
    _o("au", "aggregator", ["inkl"]) +
    _o("uk", "aggregator", ["Pocket"])
)
# de-duplicate outlet names (Yahoo News appears twice by design of grouping) keeping first
_seen = []
_tmp = []
for _x in OUTLETS:
    if _x[0] not in _seen:
        _seen.append(_x[0])
        _tmp.append(_x)
OUTLETS = _tmp

CURRENCY = {"us": "$", "uk": "£", "ie": "€", "au": "$", "nz": "$", "ca": "$", "in": "₹", "asia": "$",
            "me": "$", "africa": "$", "wire": "$", "intl": "€"}
PRICES = {
    "$": ["1", "1.99", "2", "2.50", "3", "3.99", "4", "4.99", "5", "6", "7.99", "9.99", "12", "15", "19.99"],
    "£": ["1", "1.50", "2", "2.99", "3", "4", "4.99", "5", "6.99", "8", "9.99", "12", "15"],
    "€": ["1", "1.99", "2", "2.50", "3", "4.99", "5", "6.99", "9.99", "11", "14.99"],
    "₹": ["49", "99", "149", "199", "299", "399", "499", "799", "999", "1,499", "2,499"],
}
TLD = {"us": ".com", "uk": ".co.uk", "ie": ".ie", "au": ".com.au", "nz": ".co.nz", "ca": ".ca",
       "in": ".in", "asia": ".com", "me": ".com", "africa": ".co.za", "wire": ".com", "intl": ".com"}

OWNER = {
    "The Guardian": "Guardian News & Media Limited or its affiliated companies",
    "The Observer": "Guardian News & Media Limited or its affiliated companies",
    "Guardian Australia": "Guardian News & Media Limited or its affiliated companies",
    "The Sun": "News Group Newspapers Limited", "The Times": "Times Media Limited",
    "The Sunday Times": "Times Media Limited", "The Telegraph": "Telegraph Media Group Limited",
    "Daily Mail": "Associated Newspapers Ltd", "MailOnline": "Associated Newspapers Ltd",
    "Daily Mirror": "Reach plc", "Daily Express": "Reach plc", "Liverpool Echo": "Reach plc",
    "Manchester Evening News": "Reach plc", "Birmingham Mail": "Reach plc",
    "The Wall Street Journal": "Dow Jones & Company, Inc.", "Barron's": "Dow Jones & Company, Inc.",
    "MarketWatch": "Dow Jones & Company, Inc.", "The New York Times": "The New York Times Company",
    "The Sydney Morning Herald": "Nine Entertainment Co", "The Age": "Nine Entertainment Co",
    "Brisbane Times": "Nine Entertainment Co", "The Australian": "Nationwide News Pty Ltd",
    "news.com.au": "Nationwide News Pty Ltd", "National Post": "Postmedia Network Inc.",
    "Vancouver Sun": "Postmedia Network Inc.", "Ottawa Citizen": "Postmedia Network Inc.",
    "Calgary Herald": "Postmedia Network Inc.", "Hindustan Times": "HT Media Ltd",
    "Mint": "HT Digital Streams Ltd", "The Times of India": "Bennett, Coleman & Co. Ltd",
    "The Economic Times": "Bennett, Coleman & Co. Ltd", "The Straits Times": "SPH Media Limited",
    "Irish Independent": "Mediahuis Ireland", "Sunday Independent": "Mediahuis Ireland",
    "Belfast Telegraph": "Mediahuis", "The Irish Times": "The Irish Times DAC",
    "Financial Times": "The Financial Times Ltd", "The Economist": "The Economist Newspaper Limited",
    "South China Morning Post": "South China Morning Post Publishers Ltd",
    "Vogue": "Condé Nast", "The New Yorker": "Condé Nast", "Wired": "Condé Nast",
    "Esquire": "Hearst Magazines", "Good Housekeeping": "Hearst Magazines",
    "USA Today": "USA TODAY, a division of Gannett Satellite Information Network, LLC",
    "Detroit Free Press": "Gannett", "The Arizona Republic": "Gannett",
    "The Globe and Mail": "The Globe and Mail Inc.", "Toronto Star": "Toronto Star Newspapers Limited",
}

WIRES_BY_REGION = {
    "us": ["AP", "Reuters", "Bloomberg", "AFP"], "uk": ["PA", "Reuters", "AFP", "AP"],
    "ie": ["PA", "Reuters", "AFP"], "au": ["AAP", "Reuters", "AFP", "AP"], "nz": ["AAP", "RNZ", "Reuters"],
    "ca": ["The Canadian Press", "Reuters", "AP"], "in": ["PTI", "ANI", "IANS", "Reuters"],
    "asia": ["AFP", "Reuters", "Kyodo", "Yonhap", "Xinhua", "Bernama", "AP"],
    "me": ["AFP", "Reuters", "AP", "Anadolu"], "africa": ["AFP", "Reuters", "AP", "News24Wire"],
    "wire": ["Reuters", "AP", "AFP"], "intl": ["AFP", "Reuters", "dpa", "AP", "EFE"],
}
TZ = {"us": ["ET", "EDT", "EST", "PT", "CT", "a.m. ET"], "uk": ["BST", "GMT", "UK time"],
      "ie": ["IST", "GMT"], "au": ["AEST", "AEDT", "AWST", "ACST"], "nz": ["NZST", "NZDT"],
      "ca": ["ET", "PT", "MT", "EDT"], "in": ["IST"], "asia": ["SGT", "HKT", "JST", "KST", "GMT+8"],
      "me": ["GST", "GMT+3"], "africa": ["SAST", "EAT", "WAT"], "wire": ["GMT", "UTC", "ET"],
      "intl": ["CET", "CEST", "UTC"]}

def cur(o):
    return CURRENCY[o[1]]

def price(r, o):
    c = cur(o)
    return c + r.choice(PRICES.get(c, PRICES["$"]))

def domain(o):
    n = o[0].lower()
    if n.startswith("the "):
        n = n[4:]
    n = "".join(ch for ch in n if ch.isalnum())
    if "." in o[0] and " " not in o[0]:
        return o[0].lower()
    return n + TLD[o[1]]

def handle(o):
    n = o[0]
    for a, b in (("The ", ""), (" ", ""), (".", ""), ("'", ""), ("&", "and"), ("(", ""), (")", ""),
                 ("-", ""), ("É", "E"), ("é", "e"), ("?", "")):
        n = n.replace(a, b)
    return "@" + n

def short(o):
    """How an outlet refers to itself in running text."""
    return o[0]

# --------------------------------------------------------------------------
# Slot pools
# --------------------------------------------------------------------------
FIRST = ["Sarah", "James", "Priya", "Tom", "Aoife", "Liam", "Chloe", "Daniel", "Mei", "Rahul", "Grace",
         "Oliver", "Fatima", "Ben", "Nadia", "Ciarán", "Hannah", "Marcus", "Yuki", "Siobhán", "Ethan",
         "Zara", "Patrick", "Anjali", "Lucy", "David", "Amara", "Josh", "Emily", "Kwame", "Isabel",
         "Sean", "Ji-woo", "Rachel", "Arjun", "Sophie", "Michael", "Leila", "Niamh", "Jack", "Elena",
         "Matt", "Tamsin", "Omar", "Kate", "Vikram", "Harriet", "Diego", "Ruth", "Connor", "Aisha",
         "Will", "Meera", "Callum", "Jessica", "Hiroshi", "Laura", "Andrew", "Ngozi", "Finn", "Alicia",
         "Kieran", "Simone", "Rory", "Tanvi", "Caroline", "Jamal", "Eleanor", "Wei", "Brendan"]
LAST = ["Thompson", "O'Brien", "Patel", "Nguyen", "Murphy", "Clarke", "Walsh", "Sharma", "Chen",
        "Henderson", "Kelly", "Okafor", "Morrison", "Tanaka", "Byrne", "Reyes", "Fitzgerald", "Singh",
        "Campbell", "Abbott", "Kim", "Hughes", "Mensah", "Gallagher", "Rossi", "Lindqvist", "Banerjee",
        "McCarthy", "Foster", "Ahmed", "Doyle", "Taylor", "Wong", "Brennan", "Iyer", "Harrington",
        "Mitchell", "Costa", "Donnelly", "Park", "Evans", "Whitaker", "Shah", "Lowe", "Kowalski",
        "Greene", "Nair", "Sullivan", "Bishop", "Adeyemi", "Carter", "Hale", "Jansen", "Flanagan",
        "Robinson", "Menon", "Holt", "Baptiste", "Quinn", "Sato", "Delaney", "Marsh", "Varghese",
        "Stewart", "Ito", "Ferreira", "Cole", "Kaur", "Lam", "Hayes"]

FEM = {"Sarah", "Priya", "Aoife", "Chloe", "Mei", "Grace", "Fatima", "Nadia", "Hannah", "Siobhán", "Zara",
       "Anjali", "Lucy", "Amara", "Emily", "Isabel", "Rachel", "Sophie", "Leila", "Niamh", "Elena", "Tamsin",
       "Kate", "Harriet", "Ruth", "Aisha", "Meera", "Jessica", "Laura", "Ngozi", "Alicia", "Simone", "Tanvi",
       "Caroline", "Eleanor"}
MASC = {"James", "Tom", "Liam", "Daniel", "Rahul", "Oliver", "Ben", "Ciarán", "Marcus", "Ethan", "Patrick",
        "David", "Josh", "Kwame", "Sean", "Arjun", "Michael", "Jack", "Matt", "Omar", "Vikram", "Diego",
        "Connor", "Jamal", "Will", "Callum", "Hiroshi", "Andrew", "Finn", "Kieran", "Rory", "Brendan"}

def person(r):
    return r.choice(FIRST) + " " + r.choice(LAST)

def pronoun(r, name):
    f = name.split()[0]
    if f in FEM:
        return r.choice(["She", "She", "She", "They"])
    if f in MASC:
        return r.choice(["He", "He", "He", "They"])
    return "They"

ROLES = ["Political Editor", "Senior Reporter", "Staff Writer", "Chief Political Correspondent",
         "Economics Editor", "Health Reporter", "Climate Correspondent", "Technology Editor",
         "Business Reporter", "Consumer Affairs Editor", "Education Correspondent", "Crime Reporter",
         "Transport Correspondent", "Data Journalist", "Foreign Correspondent", "Washington Correspondent",
         "Europe Correspondent", "Asia Editor", "Deputy Editor", "Features Writer", "Arts Editor",
         "Food Critic", "Chief Sports Writer", "Football Correspondent", "Investigations Editor",
         "Local Democracy Reporter", "Courts Reporter", "Property Editor", "Personal Finance Editor",
         "Science Editor", "Environment Reporter", "Senior Correspondent", "Contributing Editor",
         "Associate Editor", "Audience Editor", "Digital Producer", "Breaking News Reporter",
         "Video Journalist", "Commerce Writer", "Shopping Editor", "Deals Writer", "Social Affairs Correspondent",
         "Housing Reporter", "Legal Affairs Correspondent", "Markets Reporter", "Columnist",
         "Opinion Editor", "Lifestyle Editor", "Travel Editor", "Motoring Editor", "Senior Political Reporter"]
BEATS = ["politics", "climate and the environment", "health", "technology", "business", "education",
         "crime and justice", "transport", "housing", "science", "culture", "sport", "the courts",
         "immigration", "energy", "the economy", "foreign affairs", "food and drink", "travel",
         "local government", "consumer affairs", "personal finance", "labour and workplace issues",
         "rural affairs", "artificial intelligence", "the property market", "media", "religion",
         "agriculture", "public safety", "higher education", "city hall", "the state legislature"]
PLACES = ["London", "Manchester", "Dublin", "Cork", "Sydney", "Melbourne", "Brisbane", "Perth", "Toronto",
          "Vancouver", "Montreal", "Calgary", "New York", "Chicago", "Los Angeles", "Houston", "Atlanta",
          "Denver", "Seattle", "Boston", "Mumbai", "Delhi", "Bengaluru", "Chennai", "Kolkata", "Singapore",
          "Hong Kong", "Tokyo", "Seoul", "Bangkok", "Manila", "Jakarta", "Kuala Lumpur", "Dubai", "Nairobi",
          "Lagos", "Johannesburg", "Cape Town", "Auckland", "Wellington", "Edinburgh", "Glasgow", "Cardiff",
          "Belfast", "Galway", "Limerick", "Leeds", "Bristol", "Birmingham", "Adelaide", "Hobart",
          "Ottawa", "Winnipeg", "Halifax", "Brussels", "Paris", "Berlin", "Washington", "Phoenix",
          "Karachi", "Lahore", "Dhaka", "Colombo", "Kathmandu", "Taipei", "Hanoi", "Geneva", "Madrid"]
COUNTRIES = ["Kenya", "Japan", "Canada", "India", "Ireland", "Australia", "Brazil", "Germany", "Mexico",
             "Indonesia", "Scotland", "Wales", "Ghana", "Vietnam", "Portugal", "Chile", "Norway", "Egypt"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SECTIONS = ["News", "World", "Politics", "Business", "Sport", "Opinion", "Culture", "Lifestyle", "Tech",
            "Science", "Health", "Travel", "Money", "Entertainment", "Environment", "UK News", "US News",
            "Australia News", "Ireland", "Canada", "India", "Asia", "Europe", "Africa", "Middle East",
            "Local", "Food", "Property", "Education", "Motoring", "Markets", "Weather", "Crime",
            "Football", "Cricket", "Rugby", "Tennis", "Climate", "Arts", "Books", "Film", "Music", "TV",
            "Fashion", "Wellbeing", "Personal Finance", "Careers", "Obituaries", "Analysis", "Explainers"]
SUBSECTIONS = ["Premier League", "Westminster", "Capitol Hill", "NSW", "Victoria", "Queensland", "Ontario",
               "British Columbia", "Mumbai News", "Delhi News", "Bengaluru", "Courts", "Transport",
               "Housing", "Schools", "Energy", "Economy", "Banking", "Startups", "Gadgets", "Reviews",
               "Recipes", "Gardening", "Relationships", "Fitness", "Celebrity", "Royals", "Weather",
               "Elections", "Budget", "Interest rates", "Cost of living", "Ashes", "Six Nations",
               "GAA", "Hurling", "AFL", "NRL", "NHL", "NFL", "NBA", "IPL", "F1", "Golf", "Cycling"]
TOPICS = ["Cost of living", "Climate crisis", "Housing", "Interest rates", "Artificial intelligence",
          "Local elections", "Budget", "Energy bills", "NHS", "Public transport", "Schools", "Immigration",
          "Heatwave", "Flooding", "Wildfires", "Premier League", "Champions League", "Wimbledon",
          "The Ashes", "World Cup", "Olympics", "US politics", "Federal election", "General election",
          "Stock markets", "Cryptocurrency", "Royal family", "Weather warnings", "Inflation",
          "Mortgages", "Rent", "Health", "Mental health", "Space", "Electric vehicles", "Farming",
          "Trade", "Tariffs", "Crime", "Courts", "Universities", "Tourism", "Water quality",
          "Bushfires", "Monsoon", "Diwali", "Christmas", "Black Friday", "Oscars", "Eurovision", "IPL",
          "Six Nations", "Super Bowl", "Stanley Cup", "Glastonbury", "Planning", "Childcare", "Pensions"]

# --- invented headline machinery ------------------------------------------
HL_SUBJ = ["City council", "Transport minister", "Regional health board", "Water regulator",
           "School board", "National airline", "Biggest supermarket chain", "State government",
           "Tech start-up", "Housing association", "Energy regulator", "Football club", "University",
           "Police chief", "Port authority", "Rail operator", "Mayor", "Teachers' union", "Central bank",
           "Hospital group", "Opposition leader", "County board", "Fire service", "Bus company",
           "Zoo", "Museum", "Festival organisers", "Parks department", "Library service", "Ferry operator"]
HL_PRED = ["approves plan for new cycle lanes", "warns of longer waits this winter",
           "faces backlash over parking charges", "scraps controversial fee", "delays vote on housing scheme",
           "launches review into delays", "promises to cut waiting lists", "reports record profits",
           "announces job cuts", "pauses expansion plans", "agrees pay deal with staff",
           "sued over data breach", "fined over missed targets", "under pressure to explain missing funds",
           "to close three branches", "set to raise fares in January", "opens new terminal",
           "rejects bid for second runway", "calls for calm after flooding", "backs four-day week trial",
           "apologises after website crash", "unveils 10-year strategy", "hires new chief executive",
           "extends opening hours", "drops plan after public outcry", "admits errors in report",
           "launches free app for residents", "confirms summer timetable", "bans single-use plastics",
           "wins award for green scheme", "accused of ignoring complaints", "cuts ribbon on new wing",
           "moves headquarters out of city centre", "teams up with rival on joint bid"]
HL_PLACE_PRED = ["residents told to boil water after main bursts", "to get new light rail line by 2030",
                 "named best city for remote workers", "records wettest month in a decade",
                 "votes to ban e-scooters from footpaths", "bakery wins national pie award",
                 "marathon route revealed", "set for busiest weekend of the summer",
                 "restaurant closes after 40 years", "traffic chaos as bridge shuts for repairs",
                 "school celebrates centenary", "lights switch-on date confirmed",
                 "rent rises outpace wages, survey finds", "airport delays: what passengers need to know",
                 "pool to reopen after refurbishment", "street named among most expensive in the country",
                 "bin collections change from next month", "named host of national games",
                 "house prices: where they are rising fastest", "weather: warnings issued for weekend"]
HOW_TASKS = ["cut your energy bills this winter", "save money on your weekly shop",
             "keep your home cool in a heatwave", "spot a phishing email", "get a better mortgage deal",
             "sleep better", "grow tomatoes on a balcony", "talk to your kids about money",
             "protect your garden from frost", "switch broadband provider", "claim a flight refund",
             "stop your phone tracking you", "make the perfect roast potatoes", "start running at 50",
             "pack light for a long weekend", "check if you are owed a tax rebate",
             "make your CV stand out", "choose a good password", "store herbs so they last",
             "reduce screen time without a fight", "deal with a noisy neighbour", "book cheap train tickets"]
WHY_CLAIMS = ["everyone is suddenly talking about sourdough again", "your grocery bill keeps going up",
              "the four-day week is harder than it looks", "the housing shortage won't fix itself",
              "so many young people are leaving the city", "your flight was delayed",
              "we need to rethink the school day", "the electric car market has stalled",
              "nobody answers their phone any more", "the office is never coming back",
              "cinemas are having a comeback", "your tap water tastes different"]
EXPLAINERS = ["what the new rental rules mean for tenants", "how the budget affects your pay packet",
              "what happens next after the vote", "the key changes to parking fines",
              "what we know so far about the proposed stadium", "how daylight saving time works",
              "who can get a free flu jab this year", "what the new speed limits mean for drivers",
              "how the new school admissions system works", "what a rate cut would mean for mortgages",
              "how the ticket ballot works", "where the new bus routes will go"]
OPINIONS = ["Our cities deserve better public toilets", "It's time to bring back the local library",
            "Stop telling young people to buy fewer coffees", "The case for a longer summer holiday",
            "Why I finally gave up my car", "We should all be reading more poetry",
            "Remote work has changed suburbs for good", "The humble bus deserves more respect",
            "In defence of the group chat", "Small towns need their high streets",
            "Let's be honest about the cost of childcare", "The joy of doing nothing on a Sunday"]
REVIEW_TITLES = ["the new season of the hit crime drama", "a sprawling family saga",
                 "the festival's opening-night musical", "the latest budget smartphone",
                 "a new Italian restaurant in the old bank", "the year's most hyped debut novel",
                 "a quiet, devastating stage play", "the electric hatchback everyone is asking about",
                 "the revamped art gallery", "the comeback album"]
VERDICTS = ["a triumph", "not quite worth the wait", "five stars", "a slow burn that pays off",
            "three stars", "flawed but fascinating", "a mixed bag", "an instant classic", "two stars"]
LISTICLES = ["best air fryers", "best running shoes", "best budget laptops", "best coffee machines",
             "best mattresses", "best robot vacuums", "best noise-cancelling headphones",
             "best electric toothbrushes", "best kids' scooters", "best walking boots",
             "best SIM-only deals", "best travel cards", "best savings accounts", "best beach reads"]
PIC_TOPICS = ["the week in wildlife", "the best photos of the day", "life on the river",
              "street fashion at the festival", "autumn colours across the country",
              "the city from above", "the night sky this month", "a century of the local fair",
              "readers' holiday snaps", "the show's most striking costumes"]

def headline(r):
    t = r.random()
    if t < 0.34:
        return r.choice(HL_SUBJ) + " " + r.choice(HL_PRED)
    if t < 0.50:
        return r.choice(PLACES) + " " + r.choice(HL_PLACE_PRED)
    if t < 0.58:
        return "How to " + r.choice(HOW_TASKS)
    if t < 0.64:
        return "Why " + r.choice(WHY_CLAIMS)
    if t < 0.71:
        return "Explained: " + r.choice(EXPLAINERS)
    if t < 0.78:
        return r.choice(["Opinion: ", "Comment: ", "", "Analysis: "]) + r.choice(OPINIONS)
    if t < 0.84:
        return "Review: " + r.choice(REVIEW_TITLES) + " is " + r.choice(VERDICTS)
    if t < 0.91:
        return "The " + r.choice(LISTICLES) + " for " + str(r.choice([2024, 2025])) + r.choice(
            [", tested by experts", "", ", according to our reviewers", " tried and tested"])
    if t < 0.96:
        return str(r.choice([5, 7, 8, 10, 12, 15])) + " ways to " + r.choice(HOW_TASKS)
    return "In pictures: " + r.choice(PIC_TOPICS)

def headline_cap(r):
    """Headline in Title Case, as some US sites show them."""
    return title(headline(r))

LIVE_HEADS = ["Welcome to our live coverage", "Summary of the day so far", "Recap: what happened overnight",
              "Polls close in eastern states", "First results expected within the hour",
              "Police confirm road closures", "Opening statements begin", "Markets open lower",
              "Half-time", "Full-time reaction", "Minister arrives at summit venue",
              "Press conference due at 3pm", "Key vote delayed", "Crowds gather outside the venue",
              "Weather warning upgraded to amber", "Team news: two changes", "What we know so far",
              "Turnout higher than expected", "Court adjourns for lunch", "Trains cancelled on main line",
              "Counting under way", "Statement expected shortly", "Evening summary",
              "Closing bell: stocks end mixed", "Rain delays play", "Declaration expected after midnight",
              "That's all for today", "Reaction pours in", "Emergency services on scene",
              "Mayor speaks to reporters", "Kick-off", "Goal!", "Wicket!", "Debate begins in the chamber",
              "Live coverage resumes", "Fans arriving at the ground", "Ceremony gets under way"]

PRODUCTS = ["Apple AirPods Pro (2nd generation)", "Dyson V15 Detect cordless vacuum", "Ninja Foodi dual-zone air fryer",
            "Kindle Paperwhite", "Le Creuset cast-iron casserole, 24cm", "Sony WH-1000XM5 headphones",
            "Instant Pot Duo 7-in-1", "Samsung Galaxy Tab S9", "Apple Watch SE", "Nespresso Vertuo Next",
            "Fitbit Charge 6", "Shark Navigator upright vacuum", "Bose QuietComfort Ultra Earbuds",
            "Philips Sonicare 4100 electric toothbrush", "Lego Botanical Collection bonsai tree",
            "Stanley Quencher 40oz tumbler", "Ring Video Doorbell (2nd gen)", "Google Pixel 8a",
            "Oral-B iO Series 5", "Ninja Creami ice cream maker", "Garmin Forerunner 265",
            "Anker 737 power bank", "Crocs Classic clog", "Hydro Flask 32oz wide mouth",
            "Breville Barista Express", "Tefal ActiFry Genius", "Eufy RoboVac 11S", "JBL Flip 6 speaker",
            "Amazon Echo Dot (5th gen)", "Nintendo Switch OLED", "Weber Spirit II gas barbecue",
            "Emma Original mattress", "Vitamix E310 blender", "Levoit Core 300 air purifier",
            "Theragun Mini", "Tile Mate Bluetooth tracker", "Osprey Farpoint 40 travel pack",
            "Zwilling Pro chef's knife", "Brooks Ghost 16 running shoes", "KitchenAid Artisan stand mixer",
            "Apple iPad (10th generation)", "Samsung 55in Crystal UHD TV", "Dreame L10s robot mop",
            "Uniqlo Ultra Light Down jacket", "Yeti Rambler 20oz", "Ember Mug 2", "Moleskine Classic notebook"]
RETAILERS = {"us": ["Amazon", "Walmart", "Target", "Best Buy", "Home Depot", "Costco", "Wayfair", "Nordstrom",
                    "Macy's", "Sephora", "REI", "Dick's Sporting Goods"],
             "uk": ["Amazon", "Argos", "John Lewis", "Currys", "Boots", "Very", "AO.com", "Lakeland",
                    "Marks & Spencer", "Selfridges", "Wiggle"],
             "ie": ["Amazon", "Harvey Norman", "Currys", "Argos", "Brown Thomas", "Power City", "DID Electrical"],
             "au": ["Amazon", "JB Hi-Fi", "Harvey Norman", "The Good Guys", "Myer", "David Jones", "Kmart", "Big W"],
             "nz": ["Noel Leeming", "The Warehouse", "Harvey Norman", "JB Hi-Fi", "PB Tech"],
             "ca": ["Amazon", "Best Buy", "Canadian Tire", "Walmart", "Hudson's Bay", "Indigo", "Costco"],
             "in": ["Amazon", "Flipkart", "Croma", "Reliance Digital", "Myntra", "Nykaa", "Tata CLiQ"],
             "asia": ["Lazada", "Shopee", "Amazon", "Courts", "Harvey Norman", "Zalora"]}

def retailer(r, o):
    return r.choice(RETAILERS.get(o[1], RETAILERS["us"]))

PODCASTS = ["The Daily Briefing", "Today in Focus", "The Intelligence", "The Front", "Post Reports",
            "The Journal", "Politics Weekly", "The Explainer", "Inside the Newsroom", "Money Talks",
            "The Long Read", "Full Story", "The Global Story", "Behind the Headlines", "Off Message",
            "The Briefing Room", "Breaking Point", "The Sports Desk", "Science Weekly", "Hot Takes",
            "In Conversation", "Local Matters", "The Week Unwrapped", "Business Daily", "Tech Tonic",
            "The Climate Question", "The Big Story", "Unspun", "City Limits", "Sunday Papers"]
NEWSLETTERS = ["First Edition", "Morning Briefing", "The Evening Read", "Politics Weekly", "Business Today",
               "The Download", "Health Check", "Down to Earth", "The Catch-Up", "Sunday Long Read",
               "Money Matters", "Inside Westminster", "Capitol Agenda", "Weekend Edition", "The Daily Brief",
               "Tech Brief", "Climate Fix", "The Sports Desk", "What's On", "Food Club", "The Morning Edition",
               "Breaking News Alerts", "Book Club", "Opinion Today", "Headlines", "The Property Report",
               "Travel Inspiration", "Wellness Weekly", "The Race Card", "Markets Close", "Five Things",
               "Evening Update", "Good News Friday", "Culture Fix", "The Local Lowdown", "Commute Read"]

AGENCIES_PHOTO = ["Getty Images", "AFP", "Reuters", "AP", "EPA", "PA", "Shutterstock", "Alamy", "Bloomberg",
                  "AAP", "The Canadian Press", "PTI", "Xinhua", "Kyodo", "Yonhap", "Anadolu", "SOPA Images",
                  "NurPhoto", "ZUMA Press", "Sipa USA", "EPA-EFE", "PA Wire", "AAP Image", "Hindustan Times",
                  "iStock", "Bloomberg via Getty Images", "AFP via Getty Images", "Rex Features"]

PARTNERS = ["ProPublica's Local Reporting Network", "Report for America", "the Pulitzer Center",
            "the Solutions Journalism Network", "the Local Democracy Reporting Service",
            "the Economic Hardship Reporting Project", "the Public Interest Journalism Initiative",
            "the Lenfest Institute", "the Google News Initiative", "the Fund for Investigative Journalism",
            "the Bertha Foundation", "Type Investigations", "the Center for Public Integrity",
            "the Journalism Funding Partners", "the Institute for Nonprofit News",
            "the Association of Health Care Journalists", "the Corporation for Public Broadcasting",
            "the European Journalism Centre", "Covering Climate Now", "the Open Society Foundations",
            "the MacArthur Foundation", "the Knight Foundation", "the Walton Family Foundation",
            "the Bill & Melinda Gates Foundation", "the Wellcome Trust"]

BOOKS = ["The Quiet Coast", "A Year Without Shopping", "Small Rooms", "The River Keepers", "Night Shift",
         "Salt and Stone", "The Long Commute", "Borrowed Time", "How We Eat Now", "The Last Ferry",
         "Ordinary Weather", "The Map Room", "Kitchen Table Economics", "Hold the Line", "Paper Towns of the North"]
PUBLISHERS = ["Penguin", "HarperCollins", "Faber", "Bloomsbury", "Picador", "Simon & Schuster",
              "Allen & Unwin", "Penguin Random House India", "Profile Books", "Canongate",
              "Hachette", "Knopf", "W. W. Norton", "Macmillan", "Gill Books", "Text Publishing"]

# --------------------------------------------------------------------------
# Generic helpers
# --------------------------------------------------------------------------
SMALL = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "as", "is"}

def title(s):
    out = []
    for i, w in enumerate(s.split(" ")):
        if i and w.lower() in SMALL:
            out.append(w.lower())
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out)

def vc(r, s, up=0.12, tt=0.12, low=0.0):
    """Vary casing: sometimes ALL CAPS, sometimes Title Case, sometimes lower."""
    x = r.random()
    if x < up:
        return s.upper()
    if x < up + tt:
        return title(s)
    if x < up + tt + low:
        return s.lower()
    return s

SEPS = [" | ", " • ", " · ", " / ", "  ", " - ", " — ", " ", " › "]

def join(r, items, seps=None):
    return r.choice(seps or SEPS[:6]).join(items)

def sample(r, pool, k):
    pool = list(pool)
    r.shuffle(pool)
    return pool[:k]

def dt(r, lo=2019, hi=2025):
    start = datetime.date(lo, 1, 1).toordinal()
    end = datetime.date(hi, 12, 31).toordinal()
    d = datetime.date.fromordinal(r.randint(start, end))
    return d

MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]

def fmt_date(r, d=None, o=None):
    d = d or dt(r)
    m = MON[d.month - 1]
    wd = WEEKDAYS[d.weekday()]
    region = o[1] if o else "us"
    us = region in ("us", "ca", "wire")
    choices = [
        lambda: f"{d.day} {m} {d.year}",
        lambda: f"{m} {d.day}, {d.year}",
        lambda: f"{m[:3]} {d.day}, {d.year}",
        lambda: f"{d.day} {m[:3]} {d.year}",
        lambda: f"{wd[:3]} {d.day} {m[:3]} {d.year}",
        lambda: f"{wd}, {m} {d.day}, {d.year}",
        lambda: f"{wd} {d.day} {m} {d.year}",
        lambda: f"{d.year}-{d.month:02d}-{d.day:02d}",
        lambda: (f"{d.month:02d}/{d.day:02d}/{d.year}" if us else f"{d.day:02d}/{d.month:02d}/{d.year}"),
        lambda: (f"{m[:3]}. {d.day}, {d.year}" if m not in ("May", "June", "July") else f"{m} {d.day}, {d.year}"),
        lambda: f"{d.day}.{d.month:02d}.{d.year}",
        lambda: f"{m[:3]} {d.day:02d} {d.year}",
    ]
    return r.choice(choices)()

def fmt_time(r, o=None):
    h = r.randint(0, 23)
    mi = r.randint(0, 59)
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    choices = [
        lambda: f"{h:02d}:{mi:02d}",
        lambda: f"{h12}:{mi:02d}{ap}",
        lambda: f"{h12}.{mi:02d}{ap}",
        lambda: f"{h12}:{mi:02d} {'a.m.' if h < 12 else 'p.m.'}",
        lambda: f"{h12}:{mi:02d} {ap.upper()}",
        lambda: f"{h:02d}.{mi:02d}",
    ]
    return r.choice(choices)()

def tz(r, o):
    return r.choice(TZ.get(o[1], ["GMT"]))

def dur(r, lo=15, hi=900):
    s = r.randint(lo, hi)
    if s >= 3600:
        return f"{s // 3600}:{(s % 3600) // 60:02d}:{s % 60:02d}"
    return f"{s // 60}:{s % 60:02d}"

def ago(r):
    return r.choice([
        f"{r.randint(1, 59)}m ago", f"{r.randint(1, 23)}h ago", f"{r.randint(1, 59)} min ago",
        f"{r.randint(2, 59)} minutes ago", f"{r.randint(2, 11)} hours ago", "1 hour ago", "Just now",
        f"{r.randint(1, 59)} mins ago", f"{r.randint(2, 6)} days ago", "Yesterday",
        f"{r.randint(1, 23)} hrs ago", f"{r.randint(1, 59)}min"])

def num(r, lo, hi):
    n = r.randint(lo, hi)
    return f"{n:,}"

def wire(r, o):
    return r.choice(WIRES_BY_REGION.get(o[1], ["Reuters", "AP"]))

def email_of(r, o, name=None):
    name = name or person(r)
    local = name.lower().replace(" ", r.choice([".", "", "_"])).replace("'", "")
    for a, b in (("á", "a"), ("é", "e"), ("ó", "o"), ("í", "i")):
        local = local.replace(a, b)
    return local + "@" + domain(o)

def pick(r, *opts):
    return r.choice(opts)

# --------------------------------------------------------------------------
# Kind registry
# --------------------------------------------------------------------------
KINDS = []

def kind(name, n, desc):
    def deco(f):
        KINDS.append((name, n, desc, f))
        return f
    return deco

# ======================= reader revenue / paywall ==========================
PLEA_OPEN = [
    "Before you go...", "We have a small favour to ask.", "Thank you for reading {O}.",
    "You've read {N} articles in the last year.", "If you value what we do, we need your help.",
    "Can you help?", "Independent journalism needs you.", "A note to our readers:",
    "We're glad you're here.", "Dear reader,", "This story was free to read, but it wasn't free to make.",
    "Did you find this article useful?", "Thanks for sticking with us to the end.",
    "You're reading {O} for free.", "Journalism like this takes time, and money.",
    "Help keep {O} going.", "We don't have a paywall. Here's why.",
    "If this story mattered to you, please read on.", "It's the end of the year and we need your support.",
]
PLEA_BODY = [
    "Millions turn to us for fearless, independent journalism that is free for everyone to read.",
    "Our reporting holds the powerful to account and gives a voice to those who often go unheard.",
    "We have no billionaire owner and no shareholders, so our journalism is free from commercial and political influence.",
    "Local news is disappearing across the country. Our small newsroom is one of the few still covering council meetings every week.",
    "Quality journalism costs money to produce, and advertising alone no longer pays for it.",
    "As a nonprofit newsroom, we rely on readers like you to keep our work free and open to all.",
    "Every story we publish is fact-checked, carefully edited and free of clickbait.",
    "We believe everyone deserves access to accurate information, regardless of their ability to pay.",
    "Our reporters spent months on this investigation. That kind of work is only possible because of reader support.",
    "Unlike many others, we have chosen to keep our journalism open to all, with no paywall.",
    "Fewer than 1 in 100 of our readers currently support us. If more did, our future would be far more secure.",
    "At a time when trust in news is under strain, we are committed to reporting that is rigorous, fair and transparent.",
    "Reader donations fund more than half of our newsroom budget.",
    "We are an independent, reader-funded publication with no corporate backers.",
    "Our journalists are on the ground in communities that the national press rarely visits.",
]
PLEA_ASK = [
    "If you can, please support us with a contribution of any size.",
    "Support {O} from as little as {C}1 - it only takes a minute.",
    "Make a tax-deductible gift today.",
    "Please consider becoming a member.",
    "Give once, or set up a monthly donation.",
    "Will you join the readers who chip in to keep us going?",
    "A regular gift of {P} a month makes the biggest difference.",
    "Please donate today to help us reach our goal of {G} new supporters this month.",
    "Become a supporter today and help keep our journalism free for everyone.",
    "Chip in {P} to support our reporting.",
    "If you're able, please consider a one-off or recurring contribution.",
    "Donate now and your gift will be matched, up to {C}{M}.",
]
PLEA_CLOSE = ["Thank you.", "Every contribution, however big or small, makes a difference.",
              "It only takes a minute.", "", "", "Thank you for your support.", "Cancel anytime.",
              "Your support powers our journalism.", "We can't do it without you."]

def _fill(s, r, o):
    return (s.replace("{O}", short(o)).replace("{C}", cur(o)).replace("{P}", price(r, o))
             .replace("{N}", str(r.randint(5, 140))).replace("{G}", num(r, 500, 5000))
             .replace("{M}", num(r, 5000, 100000)))

@kind("donation_plea", 110, "Long reader-revenue pleas explaining why journalism needs money and asking for a contribution")
def k_donation_plea(r, o):
    parts = [r.choice(PLEA_OPEN)] + sample(r, PLEA_BODY, r.choice([1, 1, 2])) + [r.choice(PLEA_ASK), r.choice(PLEA_CLOSE)]
    if r.random() < 0.15:
        parts = parts[1:]
    return _fill(" ".join(p for p in parts if p), r, o)

@kind("support_box", 60, "Short 'support us' box headings, amount pickers and donate buttons")
def k_support_box(r, o):
    c = cur(o)
    t = r.random()
    if t < 0.35:
        s = r.choice(["Support {O}", "Support independent journalism", "Support us", "Support our journalism",
                      "Become a member", "Donate now", "Contribute", "Make a contribution", "Give now",
                      "Support local news", "Become a Friend of {O}", "Join {O}", "Donate", "Become a supporter",
                      "Fund the free press", "Power our newsroom", "Keep {O} free", "Chip in",
                      "Support fearless reporting", "Back our reporting", "Become a patron",
                      "Support us on Patreon", "Buy us a coffee", "Give to our year-end campaign"])
        s = _fill(s, r, o)
        if r.random() < 0.35:
            s += r.choice([" →", " ›", " >", " ❤", ""])
        return vc(r, s, up=0.2, tt=0.1)
    if t < 0.6:
        amts = sorted(r.sample([3, 5, 7, 10, 12, 15, 20, 25, 50, 100], 3))
        return join(r, [r.choice(["Single", "One-time", "Once"]), "Monthly", "Annual"]) + " " + \
            " ".join(c + str(a) for a in amts) + " " + r.choice(["Other", "Other amount", "Custom"]) + " " + \
            r.choice(["Continue", "Donate", "Support now", "Next", "Give"])
    if t < 0.8:
        return r.choice(["Choose an amount", "Select your contribution", "Amount",
                         "Choose how often", "Payment methods"]) + r.choice([": ", " ", " | "]) + \
            join(r, [c + str(a) for a in sorted(r.sample([2, 5, 8, 10, 15, 20, 30, 40, 60, 75, 100, 250], 4))])
    if t < 0.9:
        return f"{num(r, 1000, 60000)} readers have donated this month. " + r.choice([
            f"Help us reach {num(r, 60001, 100000)}.", "Will you join them?", "Add your name.",
            "Join them today."])
    return r.choice(["We accept PayPal, Apple Pay and Google Pay", "Secure payment", "Cancel or change anytime",
                     "Tax-deductible", "Your gift is tax-deductible to the extent allowed by law.",
                     "Gift Aid your donation", "Payment is securely processed by Stripe."]) + \
        r.choice(["", ".", " · Donate", " | Support us"])

@kind("subscription_offer", 110, "Price offers and trial deals for subscriptions")
def k_sub_offer(r, o):
    c = cur(o)
    p = price(r, o)
    n = r.choice([3, 4, 6, 12])
    w = r.choice([4, 8, 12])
    pct = r.choice([25, 30, 40, 50, 60, 65, 70, 75, 80])
    T = [
        f"{p} a week for {n} months",
        f"Get {n} months for {c}1",
        f"Subscribe for {p}/month. Cancel anytime.",
        f"Limited time offer: {pct}% off your first year",
        f"Digital access for just {p} per week, billed every four weeks",
        f"Try {w} weeks free, then {p} a month",
        f"Unlimited access to {short(o)} for {p}",
        f"Special offer: {p} for your first {n} months",
        f"Get unlimited digital access for {p} a week. Billed as {price(r, o)} every 4 weeks for the first year.",
        f"Save {pct}% on an annual subscription",
        f"Black Friday sale: {pct}% off all digital subscriptions",
        f"Subscribe now for {p} for {w} weeks",
        f"{c}1 for {w} weeks. Then {p}/week. Cancel anytime.",
        f"Start your free trial",
        f"Try {short(o)} for {c}1",
        f"Your first month for {c}1, then {p} per month",
        f"{p}/mo for {n} months, then {price(r, o)}/mo",
        f"Was {price(r, o)}, now {p} per month",
        f"Get {pct}% off print and digital",
        f"Annual plan {p} per year. Save over {pct}%",
        f"Standard Digital: {p} per month. Premium Digital: {price(r, o)} per month",
        f"Print + Digital from {p} a week",
        f"Weekend print delivery and unlimited digital access for {p} a week",
        f"Introductory offer: {p} for the first {n} months, then {price(r, o)} per month. Cancel anytime.",
        f"Subscribe to {short(o)} from {p} a month",
        f"ONLY {p} A WEEK",
        f"New subscribers only. Offer ends {fmt_date(r, dt(r, 2024, 2025), o)}.",
        f"Join today for {p} and get a free tote bag",
        f"Give a gift subscription from {p}",
        f"Student offer: {p} a month with a valid university email",
        f"Ad-free reading from {p} a month",
        f"Unlock everything for {p}",
        f"{pct}% OFF — subscribe before midnight",
        f"Basic {p} · All Access {price(r, o)} · All Access Plus {price(r, o)}",
        f"Less than {p} a week",
    ]
    s = r.choice(T)
    if r.random() < 0.18:
        s += r.choice([" Terms apply.", " *Terms and conditions apply.", " Cancel anytime.", " Renews automatically.",
                       " Taxes may apply.", " Offer available to new subscribers only."])
    return vc(r, s, up=0.08, tt=0.08)

@kind("membership_benefits", 40, "Lists of what a subscription or membership includes")
def k_benefits(r, o):
    items = ["Unlimited access to all articles", "Ad-free reading", "Exclusive subscriber newsletters",
             "Cancel anytime", "The daily digital edition", "Access on any device", "Full access to our archive",
             "Subscriber-only events", "Puzzles and crosswords", "Share 10 gift articles a month",
             "Members-only Q&As with our journalists", "Early access to investigations",
             "Unlimited recipes", "The app, with offline reading", "Fewer ads", "Live events and webinars",
             "Premium podcasts", "Weekly print magazine delivered", "Expert analysis every day",
             "Comment on articles", "Access to our games", "Audio versions of every story",
             "Support independent journalism"]
    k = r.randint(3, 6)
    lead = r.choice(["", "What's included: ", "Your subscription includes: ", "Members get: ",
                     "Why subscribe? ", "All Access includes ", "Benefits: ", "Included: ", "You'll get "])
    marks = r.choice(["✓ ", "• ", "- ", "", "✔ "])
    sep = r.choice([" ", " | ", "; ", ", "])
    return lead + sep.join(marks + x for x in sample(r, items, k))

@kind("paywall_meter", 70, "Metered-paywall notices counting free articles left")
def k_meter(r, o):
    lim = r.choice([3, 4, 5, 6, 10])
    n = r.randint(1, lim)
    T = [f"You have {n} free articles left this month.", "This is your last free article.",
         f"You've reached your limit of {lim} free articles this month.", f"{n} of {lim} free articles read",
         f"Free articles remaining: {n}", f"You have read {n} of {lim} free articles",
         f"You have {n} free {'story' if n == 1 else 'stories'} remaining", f"Enjoying {short(o)}? You've used {n} of your {lim} free articles.",
         f"Your free article limit resets on {fmt_date(r, dt(r, 2024, 2025), o)}.",
         "You've read all your free articles for this month.", "You've hit your free article limit.",
         f"{n} free {'article' if n == 1 else 'articles'} left. Subscribe for unlimited access.",
         f"You have {n} gift articles and {r.randint(1, 5)} free articles remaining",
         f"Only {n} free {'article' if n == 1 else 'articles'} left this week.",
         "That was your last free story for the month. Subscribe to keep reading.",
         f"You're reading article {n} of {lim}", f"Article limit reached",
         "Thanks for reading! You've reached your monthly limit.",
         f"You've read {n} articles this month. Sign in to get {lim} more free.",
         f"Keep reading: {n} free {'article' if n == 1 else 'articles'} left"]
    return vc(r, r.choice(T), up=0.1, tt=0.06)

@kind("subscriber_only_notice", 70, "Notices that an article is for subscribers/members only")
def k_subonly(r, o):
    T = ["This article is for subscribers only.", "Exclusive to subscribers", "Subscriber exclusive",
         "Premium", "This story is available exclusively to {O} subscribers.", "To continue reading, subscribe now.",
         "Unlock this article", "Continue reading with a subscription", "Members only", "★ PREMIUM",
         "Subscribe to read", "Only available to paying subscribers", "This content is for subscribers",
         "Subscribe to unlock this article", "Subscribe to continue reading", "Exclusive", "Plus",
         "For subscribers", "Subscriber content", "This is a premium article", "Read the full story with a subscription",
         "Want to read more? Subscribe to {O}.", "Access to this article is restricted to subscribers.",
         "The rest of this story is for subscribers", "Keep reading with a digital subscription",
         "This is subscriber-only content. Subscribe to get full access.", "This article is reserved for our subscribers.",
         "Paid subscribers only", "This post is for paid subscribers", "Upgrade to paid to read the rest",
         "Continue reading this article with a {O} subscription", "Get full access to this article",
         "INSIDER", "Premium story", "This is an exclusive story available for selected readers only.",
         "Unlock the full story", "Subscribe now to read this article and enjoy unlimited access",
         "Read more with Premium", "EXCLUSIVE TO MEMBERS", "Subscriber-only story"]
    s = _fill(r.choice(T), r, o)
    if r.random() < 0.25:
        s = join(r, [s, r.choice(["Subscribe", "Subscribe now", "See offers", "View plans", "Log in",
                                  "Already a subscriber? Sign in", "Try it free"])])
    return vc(r, s, up=0.1, tt=0.08)

@kind("subscribe_button", 50, "Subscribe / offer call-to-action buttons")
def k_subbtn(r, o):
    T = ["Subscribe", "Subscribe now", "Subscribe today", "Get offer", "Start your trial", "See subscription options",
         "View all offers", "Subscribe to {O}", "Choose your plan", "Get Digital Access", "Get access",
         "Claim offer", "See plans", "Start free trial", "Subscribe for {C}1", "Become a subscriber",
         "Get unlimited access", "Join now", "Upgrade", "Upgrade to Premium", "Unlock now", "Try it free",
         "Subscribe & save", "Select", "Continue", "Get started", "Redeem offer", "Continue to payment",
         "View offers", "Go Premium", "Subscribe for free", "Upgrade to paid", "Choose this plan"]
    s = _fill(r.choice(T), r, o)
    if r.random() < 0.15:
        s += r.choice([" →", " >", " ›"])
    return vc(r, s, up=0.25, tt=0.15)

@kind("login_prompt", 45, "'Already a subscriber? Log in' style sign-in prompts")
def k_login(r, o):
    T = ["Already a subscriber? Log in", "Already have an account? Sign in", "Sign in", "Log in",
         "Already a member? Sign in here", "Are you a print subscriber? Activate your digital access",
         "Already subscribed? Log in to continue reading", "Link your subscription", "Have a subscription? Sign in",
         "Already a subscriber? Sign in to continue", "Existing subscriber? Log in", "Log in or register",
         "Sign in to read", "Sign in with Google", "Continue with Apple", "Already registered? Log in",
         "Subscriber? Sign in", "Not a subscriber yet? Join today", "My account", "Login / Register",
         "Sign in to your {O} account", "Already paid? Sign in", "Print subscriber? Activate your digital access for free",
         "Log in to access your subscription", "Forgot password?", "Sign in or create an account"]
    s = _fill(r.choice(T), r, o)
    return vc(r, s, up=0.15, tt=0.15)

@kind("registration_wall", 30, "Free-registration walls asking readers to create an account")
def k_regwall(r, o):
    T = ["Register for free to continue reading", "Create a free account to read this article",
         "Sign up for free to keep reading", "This article is free to read, but you need to register",
         "Register now for unlimited free access", "Create your free {O} account",
         "To keep reading, register for free. It only takes a moment.", "Continue reading for free by registering with {O}",
         "Register to read {N} more free articles", "Join {O} for free to unlock this story",
         "Enter your email to keep reading", "Free registration required", "Register for free and get more free articles every month",
         "Sign up to keep reading. It's free.", "Please register to continue. You'll also get our daily newsletter."]
    s = _fill(r.choice(T), r, o)
    if r.random() < 0.3:
        s = join(r, [s, r.choice(["Register", "Create account", "Continue", "Sign up free"])])
    return vc(r, s, up=0.08, tt=0.1)

# ======================= affiliate / commerce ==============================
@kind("affiliate_disclosure", 110, "Affiliate-commission and editorial-independence disclosures on shopping content")
def k_affiliate(r, o):
    O = short(o)
    T = [
        "We may earn a commission when you buy through links on our site.",
        f"{O} may receive a share of sales from products purchased through this article as part of our affiliate partnerships with retailers.",
        "When you buy through our links, we may earn an affiliate commission. This doesn't affect our editorial independence.",
        "Our journalists independently select products. If you buy something through our links, we may earn a commission.",
        f"As an Amazon Associate, {O} earns from qualifying purchases.",
        "This article contains affiliate links.",
        f"{O}'s journalism is supported by our readers. When you purchase through links on our site, we may earn commission.",
        "We independently review everything we recommend. When you buy through our links, we may earn a commission.",
        f"Products featured are independently selected by our editors. {O} may earn a commission on purchases made via links in this article.",
        "If you click on a link and make a purchase we may receive a small commission. Read our editorial policy.",
        "Every product is independently selected by our editors. Things you buy through our links may earn us a commission.",
        "This post may contain affiliate links, which means we receive a commission if you make a purchase using these links.",
        "Disclosure: Some links in this article are affiliate links.",
        f"{O} is reader-supported. We may earn a fee when you buy through links on this page, at no extra cost to you.",
        "Why trust us? Our experts test hundreds of products every year. We may earn revenue from the products available on this page.",
        "Our deals team is separate from our newsroom. We may get a commission from purchases made through links.",
        "All products were independently chosen by our shopping team. We may earn money from links on this page.",
        "Editorial content is not influenced by advertisers or affiliate partnerships.",
        f"{O} has affiliate partnerships, so we may get a share of the revenue from your purchase.",
        "This content is created independently of the newsroom. We may earn commission on some items you choose to buy.",
        "Affiliate links: we may earn a small commission if you shop via the links below.",
        "Commerce content is produced independently of our editorial team.",
        "We only recommend products we love, and we may earn a commission if you buy them.",
        f"If you buy via our links, {O} may earn a fee. Prices and availability were accurate at the time of publication.",
        "The Filter, our shopping team, tests products independently. We may earn commission from some links.",
        "Links to retailers may earn us money, but they never influence our reviews.",
        "Reviewed independently. We may earn an affiliate commission if you buy through links in this article.",
        f"{O} may be compensated and/or receive an affiliate commission if you buy through our links.",
        "Your purchases help support our journalism.",
        "How we test: we spend weeks using every product before recommending it. We may earn money when you click our links.",
        "This story contains affiliate links, which may earn us money when you click and buy.",
        "We receive commission on sales made via these links, which helps fund our journalism.",
    ]
    s = r.choice(T)
    t = r.random()
    if t < 0.15:
        s = r.choice(["Disclosure: ", "Note: ", "Affiliate disclosure: ", "Why you can trust us: ", "ℹ ", ""]) + s
    elif t < 0.3:
        s = s + r.choice([" Learn more", " Read more about how we test.", " Find out more.", " See our affiliate policy.",
                          " Learn more about our review process.", " Here's how it works."])
    elif t < 0.38:
        s = s.upper()
    return s

@kind("price_disclaimer", 60, "Notices that prices and availability may change")
def k_pricedisc(r, o):
    d = fmt_date(r, dt(r, 2023, 2025), o)
    T = ["Prices may change after publication.", "Prices correct at time of publishing.",
         "Prices and availability are subject to change.", f"Prices accurate as of {d}.",
         "Deal prices were correct at time of writing but may change.", "*Price at time of publication",
         f"Prices were accurate at the time this article was published on {d}, but may change.",
         "Prices shown are the lowest we could find at the time of writing.", "Prices may vary by retailer.",
         "Price and stock could change after publish date, and we may make money from these links.",
         f"Pricing and availability as of {d}.", "Prices include VAT.", "Prices are in US dollars.",
         "Deals may sell out or expire at any time.", "Offer ends soon.", "While stocks last.",
         "Prices and promotions may differ in-store.", "All prices in AUD.", "Prices listed in Canadian dollars.",
         "MRP inclusive of all taxes.", "Prices may differ from those shown.", "Prices correct as of this morning.",
         f"Last updated {d}. Prices are subject to change.", "Discount applied at checkout.",
         "Sale price shown; original price may vary by size and colour.", "Lowest price in 30 days shown."]
    return vc(r, r.choice(T), up=0.06, tt=0.06)

@kind("deal_price_box", 100, "Shopping boxes with product name, old/new price and retailer")
def k_deal(r, o):
    c = cur(o)
    if c == "₹":
        was = r.randint(20, 300) * 100 - 1
    else:
        was = r.randint(25, 600) - 0.01 * r.choice([0, 1, 5])
    pct = r.choice([10, 15, 20, 22, 25, 30, 33, 35, 40, 45, 50, 60])
    now = was * (100 - pct) / 100
    fw = f"{c}{was:,.2f}".replace(".00", "") if c != "₹" else f"{c}{int(was):,}"
    fn = f"{c}{now:,.2f}" if c != "₹" else f"{c}{int(now):,}"
    p = r.choice(PRODUCTS)
    rt = retailer(r, o)
    T = [f"{p} | Was {fw}, now {fn} at {rt}", f"{p}: {fn} ({pct}% off) at {rt}", f"Save {pct}%: {p}, now {fn}",
         f"{p} RRP {fw} | Deal {fn}", f"{p} — {fn} (was {fw})", f"{fn} at {rt} (save {pct}%)",
         f"{p}, {fn} ({fw}), {rt}", f"Lowest price ever: {p} for {fn}", f"{p} {fw} {fn} at {rt}",
         f"BEST DEAL: {p} — {fn} at {rt}", f"{p} was {fw} now {fn}", f"{pct}% off {p}",
         f"Our pick: {p}, {fn} from {rt}", f"Best overall: {p} | {fn}", f"Best budget buy: {p}, {fn}",
         f"{p} Rating: {r.choice(['4', '4.5', '5', '3.5'])}/5 | {fn} at {rt}",
         f"{p}. Buy from {rt} ({fn})", f"{p} deal: {fw} → {fn}", f"Today's best {p} deals: {fn} at {rt}",
         f"Editor's choice: {p}. Price: {fn}", f"Pros: easy to use, good value. Cons: bulky. {fn} at {rt}",
         f"{fn} {fw} Save {c}{was - now:,.0f}"]
    return r.choice(T)

@kind("buy_button", 80, "Retailer buy / check-price buttons")
def k_buy(r, o):
    rt = retailer(r, o)
    c = cur(o)
    p = "₹" + num(r, 499, 49999) if c == "₹" else c + r.choice([str(r.randint(9, 899)), f"{r.randint(9, 899)}.99", f"{r.randint(9, 499)}.00"])
    T = [f"Buy now at {rt}", f"{p} at {rt}", "Shop now", f"Check price at {rt}", f"See at {rt}", "View deal",
         f"{p} from {rt}", f"Shop at {rt}", f"Buy from {rt}", "Buy now", "Check price", "See price",
         f"View at {rt}", f"{rt}", f"Buy it: {p} at {rt}", f"Shop it: {rt}, {p}", "Add to basket",
         f"See all deals at {rt}", f"Get the deal at {rt}", "Shop the look", f"{p} | {rt}", "Get it now",
         f"View {r.randint(2, 14)} more deals", f"Buy on {rt}", "Shop the sale", "Grab it now", f"Shop {rt}'s sale",
         f"Check {rt}", "See latest price", f"{rt}: {p}", f"Was {p} | {rt}"]
    s = r.choice(T)
    if r.random() < 0.15:
        s += r.choice([" →", " >", " ›", " ↗"])
    return vc(r, s, up=0.2, tt=0.1)

BRANDS = ["Visa", "HSBC", "Toyota", "Qantas", "Samsung", "Emirates", "Tourism Ireland", "Destination Canada",
          "Dell Technologies", "Unilever", "Vodafone", "Accenture", "Tata Consultancy Services", "DBS Bank",
          "Tourism Australia", "Bupa", "Aviva", "Allianz", "BHP", "Shell", "Lexus", "Volvo", "Rolex", "Etihad",
          "Singapore Airlines", "Fidelity", "Vanguard", "Salesforce", "Microsoft", "IBM"]

@kind("sponsored_label", 40, "Sponsored / paid-partnership labels")
def k_sponsored(r, o):
    b = r.choice(BRANDS)
    T = ["Sponsored", "Sponsored content", f"Paid content by {b}", f"In partnership with {b}", f"Presented by {b}",
         "Paid post", f"Brought to you by {b}", "Partner content", f"This content was produced by {short(o)}'s commercial team.",
         f"Sponsored by {b}", "Advertiser content", f"Paid for by {b}", "Branded content",
         f"This article was paid for by {b} and created by the {short(o)} Studio. It was not written by our newsroom.",
         f"{b} | Sponsored", "Promoted", "Supported by", "Sponsor content", f"Created with {b}",
         "This article is an advertorial", f"Content from our partner, {b}", "BRAND STUDIO",
         f"Produced in partnership with {b}. Editorial staff were not involved.", "Paid partnership",
         "SPONSORED FEATURE", f"Made possible by {b}"]
    return vc(r, r.choice(T), up=0.15, tt=0.05)

# ======================= apps / push / social ==============================
@kind("app_download_promo", 70, "Promos for downloading the outlet's app")
def k_app(r, o):
    O = short(o)
    T = [f"Download the {O} app", f"Get the {O} app for iOS and Android",
         "Read this story in the app for a better experience",
         "Get breaking news alerts on your phone. Download our free app.",
         "Available on the App Store | Get it on Google Play", "Scan the QR code to download our app",
         f"The {O} app: all the news that matters, wherever you are.", f"Download the free {O} app today",
         "Try our app — it's free", "Get the app", "Download our app for the latest news",
         "Never miss a story. Download the app now.", f"Stay informed on the go with the {O} app",
         f"Read {O} on your phone. Download on the App Store or Google Play.",
         "For the best reading experience, download our app", "Get the news as it happens with our app",
         f"Listen, read and play puzzles in the {O} app", "New: our redesigned app is here. Update now.",
         f"Download the {O} app for exclusive articles, offline reading and breaking news notifications.",
         "Get it on Google Play", "Download on the App Store", "Try the app", "Install app",
         f"Your daily news, now in the {O} app", "Faster, simpler, better: download the app",
         "Enjoy ad-free reading in our app", f"Download {O} app. Get the latest updates on your phone.",
         "Read the e-paper on our app", "App exclusive: save articles to read offline"]
    return vc(r, r.choice(T), up=0.1, tt=0.1)

@kind("open_in_app", 30, "Open-in-app banners and buttons")
def k_openapp(r, o):
    T = ["Open in app", "OPEN APP", "Continue in app", "Read in the app", "View in app", f"Open in the {short(o)} app",
         "Continue in browser", "Open", "Use app", "Switch to the app", "Get the app | Not now", "Open app | Continue on web",
         "Read in app", "This story reads better in the app", f"{short(o)} · Free · Open", "Stay on web",
         "Open this article in the app", "View in app for the best experience"]
    return vc(r, r.choice(T), up=0.15, tt=0.15)

@kind("push_alert_promo", 50, "Prompts to enable push notifications and breaking-news alerts")
def k_push(r, o):
    O = short(o)
    T = ["Turn on notifications", "Get breaking news alerts", "Allow notifications to get the latest headlines",
         f"{O} would like to send you notifications. Allow | No thanks", "Never miss a story – enable push alerts",
         "Sign up for breaking news alerts", "Get push notifications", "Enable alerts",
         "Would you like to receive notifications on the latest news?", "Allow | Block", "Not now | Allow",
         "Subscribe to notifications", "Turn on alerts for this story", f"Get alerts from {O} when big news breaks",
         "Stay up to date with notifications from us", "Click 'Allow' to receive breaking news updates",
         "We'd like to show you notifications for the latest news and updates.", "Maybe later | Yes, please",
         "Notify me", "🔔 Get notified", "Turn on notifications to follow this story", "Enable notifications",
         "Get alerts on this topic", "Receive notifications for live updates"]
    return vc(r, r.choice(T), up=0.08, tt=0.08)

@kind("follow_google_news", 70, "'Follow us on Google News' / preferred-source promos")
def k_gnews(r, o):
    O = short(o)
    T = ["Follow us on Google News", f"Add {O} as a preferred source on Google", f"Click here to follow {O} on Google News",
         "Stay updated — follow us on Google News", "Add us as a preferred source", f"⭐ Make {O} your preferred source on Google",
         f"Follow {O} on Google News for the latest updates", "Catch all the latest news on Google News",
         f"Get {O} updates on Google News", "Google News: follow us", f"Follow {O} on Google News. Click here",
         f"Add {O} as a trusted source on Google", "Make us a preferred source on Google",
         f"Stay informed: follow {O} on Google News and never miss a story", "Click to follow us on Google News",
         "Follow us on Google Discover", f"Set {O} as a preferred source on Google Search",
         f"Also follow us on Google News, X and Facebook", f"Follow us on Google News, and join our WhatsApp channel",
         f"Read more news on {O}. Follow us on Google News", "Add as preferred source",
         f"Catch the latest {r.choice(['business', 'sports', 'tech', 'entertainment', 'world', 'India', 'city'])} news on Google News",
         "Tap the star to follow us on Google News", "Prefer us on Google", "Google Preferred Source"]
    s = r.choice(T)
    if r.random() < 0.2:
        s = s + r.choice([" ↗", " »", " →", ""])
    return vc(r, s, up=0.12, tt=0.15)

SOCIAL = ["X", "Twitter", "Facebook", "Instagram", "TikTok", "YouTube", "LinkedIn", "Threads", "Bluesky",
          "WhatsApp", "Telegram", "Snapchat", "Reddit", "Mastodon"]

@kind("social_follow_prompt", 60, "Follow-us prompts for social networks and messaging channels")
def k_social(r, o):
    O = short(o)
    nets = sample(r, SOCIAL, r.randint(2, 4))
    T = [f"Follow {O} on " + ", ".join(nets[:-1]) + " and " + nets[-1], "Join our WhatsApp channel",
         "Follow us on Telegram", "Like us on Facebook", f"Follow {handle(o)} on {r.choice(['X', 'Instagram', 'Threads', 'Bluesky', 'TikTok'])}",
         f"Join {O}'s WhatsApp channel for the latest updates", "Follow us: " + " ".join(nets),
         f"Subscribe to our YouTube channel", f"Find us on {nets[0]}", "Follow us on social media",
         f"Stay connected with {O} on {nets[0]} and {nets[1]}", f"Join the conversation on {nets[0]} {handle(o)}",
         f"Get {O} on WhatsApp: click here", "Follow our live coverage on X", "Join our Telegram channel for breaking news",
         f"For more news follow {handle(o)}", f"Connect with us on " + " | ".join(nets),
         f"Follow {O} on Instagram for behind-the-scenes photos", "Join our community on Facebook",
         f"Follow us on {nets[0]} to get the latest news"]
    return vc(r, r.choice(T), up=0.08, tt=0.1)

# ======================= newsletters =======================================
NL_PITCH = [
    "Sign up to {NL}, our free daily newsletter", "The best of {O}, delivered to your inbox every morning.",
    "Get the latest {B} news straight to your inbox", "Sign up for {NL}",
    "Start your day with {NL}: the news you need in five minutes.",
    "Our {B} newsletter brings you the week's most important stories every Friday.",
    "Get {NL} in your inbox every weekday", "Don't miss a thing. Sign up for {NL}.",
    "Want more stories like this? Sign up for {NL}.", "{NL}: the essential morning read. Free, every weekday.",
    "Be the first to know. Sign up for our breaking news emails.",
    "Get our free {NL} newsletter for the top stories of the day.",
    "Sign up to our free weekly {B} newsletter",
    "Join {N} readers who start their day with {NL}",
    "A smarter way to follow {B}. Get {NL}, free.", "The day's biggest stories, explained. Sign up for {NL}.",
    "Newsletter: {NL}", "Get the newsletter", "Subscribe to our {B} newsletter",
    "Enjoying this article? Get more like it in your inbox with {NL}.",
    "Stay informed with {O}'s {NL} newsletter.",
    "Our editors' picks, sent every Sunday. Sign up for {NL}.",
    "{NL} — a free newsletter from {O} about {B}. Delivered weekly.",
    "Get local news you can use, delivered daily. Sign up for {NL}.",
    "Sign up to receive our twice-weekly {B} newsletter.",
    "Like this? Get {NL}, our {B} newsletter, every Tuesday.",
    "Get the {O} {NL} newsletter in your inbox", "Catch up on the day's news in under five minutes with {NL}.",
    "Never miss a story: get {NL} delivered to your inbox.", "The smartest take on {B}, every morning.",
]

def _nl(s, r, o):
    return _fill(s.replace("{NL}", r.choice(NEWSLETTERS)).replace("{B}", r.choice(BEATS)), r, o).replace(
        "{N}", num(r, 10000, 900000))

@kind("newsletter_pitch", 110, "Newsletter sign-up box pitches")
def k_nlpitch(r, o):
    s = _nl(r.choice(NL_PITCH), r, o)
    if r.random() < 0.2:
        s = r.choice(["NEWSLETTER ", "Newsletter | ", "📩 ", "✉ ", "FREE NEWSLETTER: ", "Sign up | "]) + s
    return vc(r, s, up=0.07, tt=0.07)

@kind("newsletter_field_label", 35, "Email-field labels and placeholders from sign-up forms")
def k_nlfield(r, o):
    T = ["Email address", "Enter your email", "Your email", "Email*", "First name", "Postcode", "ZIP code",
         "Required field", "example@domain.com", "Enter your email address here", "Email address (required)",
         "Your email address", "E-mail", "name@example.com", "Enter email", "Email Address *",
         "Invalid email address", "* indicates required", "Your email here", "Email address:", "Country",
         "Last name", "Enter your email to sign up", "Work email", "Type your email…", "you@email.com"]
    s = r.choice(T)
    if r.random() < 0.3:
        s = join(r, [s, r.choice(["Sign up", "Subscribe", "Submit", "Go", "→", "Join"])])
    return vc(r, s, up=0.1, tt=0.05)

@kind("newsletter_privacy_note", 60, "Privacy and consent small print under newsletter forms")
def k_nlpriv(r, o):
    O = short(o)
    T = ["By signing up, you agree to our Terms of Use and Privacy Policy.", "You can unsubscribe at any time.",
         "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
         "Newsletters may contain info about charities, online ads, and content funded by outside parties.",
         "We will use your email address only to send you newsletters. See our privacy notice.",
         f"By entering your email, you consent to receive marketing from {O} and its partners.",
         f"By clicking Sign up, you confirm that your data has been entered correctly and you have read and agree to our Terms of use, Cookie policy and Privacy notice.",
         "We respect your privacy.", "No spam, ever. Unsubscribe anytime.",
         f"{O} will use your email to send you newsletters and occasional offers. You can opt out at any time.",
         "For more information, see our Privacy Policy.", "By registering, you agree to our T&Cs and privacy policy.",
         "You may also receive promotional content from us.", "We'll never share your details.",
         "Your information will be used in accordance with our Privacy Policy.",
         "Thank you for your interest. Please check the box to consent to receive emails.",
         f"I would like to receive offers and updates from {O} by email.",
         "By submitting your email you agree to our Terms and Privacy Notice. You can opt out at any time.",
         "Unsubscribe with one click.", "We process your data in accordance with the GDPR.",
         "You must be 16 or older to sign up.", f"{O} may use your email for marketing. See our privacy policy for details.",
         "Sign up to receive our newsletter. You may unsubscribe at any time by clicking the link at the bottom of each email.",
         "Your data will be handled in line with our privacy notice.", "We use Mailchimp to send our newsletters.",
         "Please read our privacy policy for how we handle your data.", "Free. Unsubscribe anytime.",
         "Check the box to receive offers from our partners."]
    s = " ".join(sample(r, T, r.choice([1, 1, 1, 2])))
    return vc(r, s, up=0.05, tt=0.03)

@kind("newsletter_button", 40, "Newsletter submit buttons")
def k_nlbtn(r, o):
    T = ["Sign up", "Subscribe", "Sign me up", "Join", "Get the newsletter", "Submit", "Yes, sign me up",
         "Count me in", "Subscribe for free", "Sign up now", "I'm in", "Sign up for free", "Subscribe now",
         "Get it", "Send me the newsletter", "Join for free", "Sign Up", "Register", "Continue", "Try it free",
         "No thanks", "Maybe later", "Subscribe to newsletter", "Sign up for newsletters", "Manage newsletters",
         "More newsletters", "See all newsletters", "Preview newsletter"]
    s = r.choice(T)
    if r.random() < 0.2:
        s += r.choice([" →", " >", " ›", "!"])
    return vc(r, s, up=0.3, tt=0.15)

@kind("newsletter_confirmation", 45, "Post-submit confirmation and error messages from sign-up forms")
def k_nlconf(r, o):
    NL = r.choice(NEWSLETTERS)
    T = ["Thanks for signing up!", "You're all set.", "Check your inbox to confirm your subscription.",
         f"Thank you for subscribing to {NL}.", "Something went wrong. Please try again later.",
         "Please enter a valid email address.", "You're already subscribed.", f"Success! You're now signed up to {NL}.",
         "Thanks! Look out for your first newsletter soon.", "Almost done: please verify your email address.",
         f"You're in! {NL} will arrive in your inbox every {r.choice(WEEKDAYS)}.", "This email is already registered.",
         "There was an error. Please try again.", "Thank you. You have successfully subscribed.",
         "Great! We've sent a confirmation email.", "You've been subscribed.", "Oops! That didn't work.",
         "Thanks for subscribing. You can manage your newsletters in your account.",
         f"Welcome to {NL}!", "Confirm your email to complete sign-up.", "You have successfully signed up.",
         "Sorry, there was a problem. Please try again later.", f"Thanks for signing up to {NL}. Explore our other newsletters."]
    return vc(r, r.choice(T), up=0.06, tt=0.06)

# ======================= video / audio =====================================
VIDEO_TOPICS = [
    "Drone footage shows flooded streets in {P}", "Moment a bear wanders into a backyard in {P}",
    "Firefighters tackle warehouse blaze in {P}", "Rescuers free dog trapped in storm drain",
    "Timelapse shows new bridge being lifted into place", "How a 100-year-old bakery makes its bread",
    "Inside the city's newest library", "Watch the northern lights over {P}", "Highlights: late winner seals the title",
    "Key moments from the leaders' debate", "Weather forecast for the week ahead", "Explained in 60 seconds: how rate rises work",
    "Meet the volunteers cleaning up the beach in {P}", "Tornado caught on camera", "The view from the summit",
    "Residents describe the moment the storm hit", "Chef shows how to make the perfect omelette",
    "Tour of a tiny house in {P}", "Crowds gather for fireworks in {P}", "Student's viral piano performance",
    "Behind the scenes at the zoo's new enclosure", "How to spot a scam text", "Press conference in full",
    "Markets wrap: what moved stocks today", "Our reporter takes the first ride on the new tram line",
    "The week in 90 seconds", "Match highlights", "Traffic cam shows near miss at junction",
    "Orca pod spotted off the coast of {P}", "Aerial view of the festival site", "Baby panda takes first steps",
    "Morning news brief", "Top stories this hour", "Interview: the author on her new novel",
    "The full speech", "Cooking with the chef behind {P}'s best noodle bar", "Sunrise over the harbour",
]

def _vt(r):
    return r.choice(VIDEO_TOPICS).replace("{P}", r.choice(PLACES))

@kind("video_title_duration", 110, "Video titles with durations and Watch:/VIDEO: labels")
def k_vtitle(r, o):
    h = _vt(r)
    d = dur(r, 12, 1500)
    T = [f"{h} ({d})", f"Watch: {h}", f"VIDEO: {h} | {d}", f"{d} {h}", f"Play video: {h}", f"{h} – video",
         f"{h} | {short(o)}", f"WATCH: {h}", f"{h} Duration {d}", f"{d} · {h}", f"Video: {h}", f"▶ {h} {d}",
         f"{h}. Video, {d}", f"{h} - {d} - Video", f"Now playing: {h}", f"{h} ({d}) Play Video",
         f"Watch | {h}", f"Media caption, {h}", f"{h} Video duration: {d}", f"{title(h)} {d}",
         f"{h}. Video, 0{d}" if len(d) == 4 else f"{h}. Video, {d}"]
    return r.choice(T)

@kind("video_player_ui", 80, "Video-player chrome: up next, countdowns, ads, controls")
def k_vplayer(r, o):
    n = r.randint(3, 10)
    bits = ["Now playing", "Up next", f"The video will start in {n}", "Your video will play after this ad",
            f"Ad 1 of {r.randint(1, 3)} · 0:{r.randint(5, 30):02d}", "Skip ad", "Replay", "Unmute", "Tap to unmute",
            "Autoplay is on", "Watch more", "Cancel", f"Playing in {n} seconds", "Video will begin after advertisement",
            "Closed captions", "Share video", "More videos", "Loaded: 0%", "Playback speed", "Fullscreen",
            "Picture-in-picture", "Click to play", "Pause", "Play", "Mute", "Volume", "Settings", "Quality: Auto",
            "CC", "Chapters", "Current Time 0:00", f"Duration {dur(r)}", "Remaining Time -" + dur(r), "Live",
            "Seek back 10 seconds", "Seek forward 10 seconds", "Watch again", "Advertisement", f"Skip ad in {n}",
            "Learn more", "Video Player is loading.", "This is a modal window.", "Stream Type LIVE",
            "Beginning of dialog window. Escape will cancel and close the window.", "Close Modal Dialog",
            "Captions settings", "subtitles off, selected", "Next video", "Previous video", "Autoplay next video",
            "Up Next in 5", "Watch full episode", "See more videos", "Related videos"]
    t = r.random()
    if t < 0.35:
        return vc(r, r.choice(bits), up=0.12, tt=0.05)
    if t < 0.65:
        return join(r, sample(r, bits, r.randint(2, 4)))
    if t < 0.85:
        return r.choice(["Up next", "Up Next", "UP NEXT", "Next up", "Coming up", "Playing next"]) + r.choice([": ", " ", " | "]) + _vt(r) + r.choice(["", " " + dur(r)])
    return r.choice(["Now playing", "NOW PLAYING", "Now Playing", "Playing now"]) + r.choice([": ", " ", " · "]) + _vt(r)

@kind("listen_to_article", 60, "Listen-to-this-article audio widgets and AI voice labels")
def k_listen(r, o):
    m = r.randint(2, 25)
    T = ["Listen to this article", f"Listen to this article · {m} min", f"Listen · {dur(r, 90, 1800)}",
         "Audio generated by AI", "Press play to listen to this article", "Voiced by artificial intelligence.",
         "🎧 Listen", f"Listen to article {m} min", "This audio is auto-generated. Please let us know if you have feedback.",
         "Listen to this story", f"Listen to this story ({m} minutes)", "Listen (2 min)".replace("2", str(m)),
         "Play article", f"{m} min listen", "Hear this story", "Listen to the audio version of this article",
         "Audio version", "Text to speech", "Read aloud", "Pause audio", "Speed 1x", "Listen now",
         "Narrated by " + person(r), f"This article is also available as audio. Listen ({m} minutes)",
         "Listen to this article. Voiced by Amazon Polly", "AI narrated", "Article audio",
         f"Listen to article. Duration {dur(r, 90, 1800)} minutes", "Listen to this article (audio brief)",
         "Listen · Audio generated by AI", "Your browser does not support the audio element."]
    s = r.choice(T)
    if r.random() < 0.25:
        s = join(r, [s, r.choice(["Share", "Save", "Gift article", "0:00", "1x", "Listen later"])])
    return vc(r, s, up=0.1, tt=0.1)

@kind("podcast_promo", 70, "Podcast promos and 'listen wherever you get your podcasts' lines")
def k_podcast(r, o):
    pd = r.choice(PODCASTS)
    O = short(o)
    T = [f"Listen to {pd} on Apple Podcasts, Spotify or wherever you get your podcasts.",
         f"Subscribe to {pd} for free on Apple Podcasts, Spotify or your preferred podcast app.",
         f"New episodes of {pd} every weekday.", f"{pd}: the {O} podcast. Listen now.",
         f"Listen: {pd}", f"Podcast: {pd}, with {person(r)}", f"Follow {pd} wherever you get your podcasts",
         f"Listen on Apple Podcasts | Spotify | YouTube Music", f"Available on Apple Podcasts, Spotify, Amazon Music and Pocket Casts",
         f"🎧 {pd} is out now", f"This episode of {pd} was produced by {person(r)} and {person(r)}.",
         f"For more, listen to {pd}, {O}'s daily news podcast.", f"Listen to the latest episode of {pd} ({dur(r, 900, 3600)})",
         f"Hosted by {person(r)}. Produced by {person(r)}. Executive producer {person(r)}.",
         f"{pd} is a production of {O}.", f"PODCAST: {pd}", f"Listen to {pd}, from {O}.",
         f"Episode {r.randint(1, 400)}: {pd}", f"Hear more on {pd}", f"Catch up on every episode of {pd}",
         f"Listen and subscribe: Apple Podcasts | Spotify | RSS", f"Want more? Try {pd}, our {r.choice(['weekly', 'daily', 'fortnightly'])} podcast.",
         f"{pd} — {dur(r, 900, 3600)} — Listen", f"Rate and review {pd} on Apple Podcasts"]
    return r.choice(T)

@kind("embed_share_video", 25, "Embed-code and copy-link controls for media")
def k_embed(r, o):
    T = ["Copy embed code", "Embed", "Copy link", "Link copied!", "Share this video", "Copy video URL",
         "Embed this video on your site", "Get embed code", "Embed <>", "Share | Embed", "Copy link to video",
         "Start at " + dur(r, 1, 300), "Copy video link at current time", "Embed video", "Share this clip",
         "Embed this graphic", "Download chart", "Get the data", "Embed this chart"]
    return vc(r, r.choice(T), up=0.1, tt=0.15)

@kind("media_unavailable", 25, "Media error / unavailable / enable-JavaScript messages")
def k_mediaerr(r, o):
    T = ["This video can not be played", "Video unavailable", "Sorry, this video is not available in your region",
         "Please enable JavaScript to view this video", "Your browser does not support the video tag.",
         "The media could not be loaded, either because the server or network failed or because the format is not supported.",
         "This content is not available in your location", "Sorry, this content isn't available", "Media playback is unsupported on your device",
         "To play this video you need to enable JavaScript in your browser.", "Video is not available", "Error loading media",
         "This video is no longer available", "This interactive is best viewed on desktop", "Content unavailable",
         "Sorry, this media is not supported on this device.", "This audio is not available in your region.",
         "Something went wrong. Please refresh the page."]
    return vc(r, r.choice(T), up=0.05, tt=0.05)

# ======================= photos ============================================
CAP_SUBJ_ACT = [
    "Commuters cross the bridge", "Shoppers browse stalls at a Christmas market", "A woman walks her dog along the seafront",
    "Firefighters damp down the remains of a warehouse", "Children play in a fountain", "Protesters hold placards",
    "Farmers harvest wheat", "Students sit an exam", "A nurse prepares a vaccine", "Fans celebrate",
    "Volunteers fill sandbags", "Tourists queue to enter the museum", "Workers repair a water main",
    "A cyclist rides past a mural", "Police officers stand guard", "Delegates arrive for the conference",
    "A boy feeds ducks on the canal", "Fishermen unload their catch", "Passengers wait on the platform",
    "A man clears snow from his driveway", "Surfers head into the water", "Runners cross the finish line",
    "Residents inspect damage to their homes", "Traders work on the floor of the stock exchange",
    "Cranes tower over a construction site", "A barista pours coffee", "Demonstrators march",
    "Voters queue outside a polling station", "A pedestrian shelters under an umbrella", "Rail workers inspect the track",
    "Supporters wave flags", "A couple walk through autumn leaves", "Pupils return to the classroom",
    "Ferries cross the harbour", "Staff stack shelves", "A lifeguard watches over swimmers",
    "Cattle graze in a field", "Visitors look at paintings", "A worker installs solar panels on a roof",
    "Smoke rises over the hills", "Lanterns light up the night sky", "Steam rises from cooling towers",
    "A tram passes through the square", "Dancers perform", "An aerial view of the flooded town centre",
    "A general view of the stadium", "The sun sets behind the skyline", "Houses line a quiet residential street",
    "Boats are moored in the marina", "A queue forms outside the food bank", "Election posters are seen on a lamp post",
    "A sign displays new parking charges", "A vendor sells flowers", "Cars queue at a petrol station",
    "Musicians perform on the main stage", "A child holds a sparkler", "Hikers walk along the ridge",
    "Doctors walk through a hospital corridor", "Crowds fill the beach", "A rainbow appears over the valley",
    "Snow covers the mountain pass", "A firefighter sprays water on a burning building", "Players warm up before kick-off",
    "A farmer checks his crops", "A woman carries shopping bags", "Workers leave the factory at the end of a shift",
    "Rescue boats patrol the river", "A delivery rider waits at traffic lights", "Office workers eat lunch in the park",
]
CAP_SETTING = ["during the morning rush hour", "in central London on Tuesday", "in {P} on {W}", "earlier this month",
               "last week", "in this file photo", "on the first day of the festival", "as temperatures climbed above 30C",
               "ahead of the weekend", "after heavy overnight rain", "in 2022", "at dusk", "near the city centre",
               "outside the town hall", "on the outskirts of {P}", "in {P}, {C}", "on {W} morning", "in {P}",
               "last summer", "on {D}", "in March", "at the weekend", "on New Year's Eve", "in the early hours of {W}",
               "as the sun rises", "at the height of the season", "in {P} last year", "", "", "in a file image"]

def caption(r, o=None):
    s = r.choice(CAP_SUBJ_ACT)
    st = r.choice(CAP_SETTING).replace("{P}", r.choice(PLACES)).replace("{W}", r.choice(WEEKDAYS)) \
        .replace("{C}", r.choice(COUNTRIES)).replace("{D}", fmt_date(r, None, o))
    s = (s + " " + st).strip()
    t = r.random()
    if t < 0.07:
        s = "File photo: " + s[0].lower() + s[1:]
    elif t < 0.12:
        s = "Pictured: " + s[0].lower() + s[1:]
    elif t < 0.16:
        s = "Above, " + s[0].lower() + s[1:]
    return s + r.choice([".", ".", ".", "", "."])

def credit(r, o):
    p = person(r)
    ag = r.choice(AGENCIES_PHOTO)
    O = short(o)
    return r.choice([
        f"Photograph: {p}/{ag}", f"(AP Photo/{p})", f"REUTERS/{p}", f"Photo: {p}", f"Photo credit: {ag}",
        f"Credit: {p} for {O}", f"[Photo: {ag}]", f"(Photo by {p}/Getty Images)", f"Picture: {p}", f"Image: {ag}",
        f"— {p}/{O}", f"© {p}", "(Supplied)", f"Photo: {ag} via Getty Images", f"({p}/Bloomberg)",
        f"Credit...{p} for The New York Times", f"SOURCE: {ag}", f"PHOTO: {p.upper()}", f"Photo: {ag} | Image for representation",
        "(File photo)", f"Image credit: {ag}", f"Photo by {p} / AFP", f"{p}/{O}", f"(Photo: {p})", f"Photo: {p}/The Canadian Press",
        f"Photograph: {ag}", f"Credit: {ag}", f"Picture: {ag}", "Photo: Supplied", f"(Image: {p})", "Credit: Handout",
        f"PA Wire/PA Images", f"Photo: {p}/AAP", f"Photo: {p}/Stuff", f"Express photo by {p}", f"HT Photo/{p}",
        f"(PTI Photo)", f"Source: Unsplash/{p}", f"Photo: X/@{p.split()[0]}{r.randint(1, 99)}", "Photo: Screenshot",
        f"Getty Images/iStockphoto", f"Illustration: {p}", f"Photo illustration by {p}", "Image: Google Street View",
        f"Photo: Courtesy of {p}", f"Image courtesy of {O}", f"{p} | Stuff", f"Photo / {p}", f"Photo: {p} for {O}"])

@kind("photo_caption_plain", 120, "Photo captions describing the picture, with no credit")
def k_capplain(r, o):
    s = caption(r, o)
    if r.random() < 0.06:
        s = s.upper()
    return s

@kind("photo_caption_credited", 120, "Photo captions followed by a photographer/agency credit in many styles")
def k_capcred(r, o):
    s = caption(r, o)
    c = credit(r, o)
    t = r.random()
    if t < 0.65:
        return s + " " + c
    if t < 0.85:
        return s + r.choice([" | ", " · ", " — ", " / "]) + c
    return "Image caption, " + s + " Image source, " + r.choice(AGENCIES_PHOTO)

@kind("photo_credit", 60, "Bare photo / image credits on their own line")
def k_credit(r, o):
    t = r.random()
    if t < 0.8:
        return credit(r, o)
    return r.choice(["Image source, ", "Image source: ", "Photos: ", "Images: ", "Main image: ", "Top image: ",
                     "Header image: ", "Lead photo: ", "Pictures: "]) + r.choice(AGENCIES_PHOTO + [person(r), person(r)])

@kind("gallery_counter", 45, "Gallery counters and navigation")
def k_gallery(r, o):
    n = r.randint(5, 60)
    i = r.randint(1, n)
    T = [f"{i} of {n}", f"Image {i} of {n}", "View gallery", f"Open gallery ({n} images)", f"Photo {i}/{n}",
         "◀ Previous | Next ▶", "Swipe for more photos", f"See all {n} photos", f"{i}/{n}", f"Gallery: {n} photos",
         f"View all {n} images", "Next image", "Previous image", f"Show all {n} pictures", f"{n} PHOTOS",
         f"Expand gallery ({n})", f"Slide {i} of {n}", f"Back to gallery", f"Picture {i} of {n}",
         f"View {n} photos", f"+{n - 1}", "Open slideshow", f"Image {i} of {n} Expand", "Thumbnails", "Exit gallery"]
    return vc(r, r.choice(T), up=0.1, tt=0.1)

@kind("image_controls", 20, "Image expand/zoom/caption toggle controls")
def k_imgctl(r, o):
    T = ["Enlarge this image", "Open image in new window", "Expand", "View full size", "toggle caption",
         "Hide caption", "Zoom", "Show caption", "Click to enlarge", "Tap to expand", "View image",
         "Open image", "Close", "Expand image", "Image 1", "Full screen", "Collapse"]
    return vc(r, r.choice(T), up=0.2, tt=0.2)

@kind("image_license", 15, "Buy-this-photo and image-licensing links")
def k_imglic(r, o):
    T = ["Buy this photo", "Purchase a print", "License this image", "Buy photo", "Order a print of this image",
         f"Reprints and licensing: {short(o)} Photo Sales", "Purchase licensing rights", "Buy Now",
         "Photo reprints", "Buy a print of this photo", "Request reuse rights", "Image for sale"]
    return vc(r, r.choice(T), up=0.2, tt=0.2)

# ======================= related / trending ================================
READ_PREFIX = ["Read also:", "READ MORE:", "Also read |", "Related:", "See also:", "READ NEXT:", "MORE:", "Read more:",
               "►", "Recommended:", "ALSO READ:", "You might also like:", "Don't miss:", "Also Read:", "READ:",
               "RELATED:", "Read More |", "➤", "Read:", "More:", "Related story:", "MUST READ:", "Also see:",
               "Suggested:", "RELATED STORY:", "Editor's pick:", "Related Content:", "READ ALSO:", "Related reading:",
               "Also on", "Catch up:"]

@kind("read_also_link", 120, "'Read also / Related / Read more' inline links with invented headlines")
def k_readalso(r, o):
    pre = r.choice(READ_PREFIX)
    if pre == "Also on":
        pre = "Also on " + short(o) + ":"
    h = headline(r) if r.random() < 0.7 else headline_cap(r)
    if r.random() < 0.08:
        h = h.upper()
    return pre + " " + h

@kind("related_header", 30, "Headings of related-content modules")
def k_relhdr(r, o):
    sec = r.choice(SECTIONS)
    T = ["Related stories", "Related Articles", f"More from {short(o)}", "You may also like", "Recommended for you",
         "Around the web", "More stories", "Read next", "Further reading", "Related Topics", f"More in {sec}",
         "Related coverage", "More like this", "Keep reading", "Explore more", "Don't miss", "Editor's picks",
         "Top stories", f"Latest {sec} news", "Related", "What to read next", "In case you missed it",
         "Popular on " + short(o), "Related links", "More on this topic", "Also in the news", f"Latest from {sec}"]
    return vc(r, r.choice(T), up=0.2, tt=0.2)

@kind("more_on_this_story", 50, "'More on this story' modules with linked headlines")
def k_moreon(r, o):
    k = r.randint(1, 4)
    hs = [headline(r) for _ in range(k)]
    lead = r.choice(["More on this story", "MORE ON THIS STORY", "More on this story:", f"More on {r.choice(TOPICS).lower()}",
                     "Related Internet Links", "Top Stories", "Our coverage", "Background", "More on this",
                     "Read more about", "Full coverage:", f"More on {r.choice(TOPICS)}", "Catch up on our coverage:"])
    if k == 1 and r.random() < 0.3:
        return lead
    ds = []
    for h in hs:
        if r.random() < 0.3:
            h = h + " " + r.choice([fmt_date(r, None, o), ago(r), f"Published {r.randint(2, 12)} {r.choice(['days', 'hours'])} ago"])
        ds.append(h)
    sep = " " if lead.endswith(":") else r.choice([" ", ": ", " | "])
    return lead + sep + join(r, ds, [" | ", " • ", "  ", " · ", "; "])

@kind("recommended_list", 50, "Recommended / you-may-like lists run together on one line")
def k_reclist(r, o):
    k = r.randint(2, 5)
    lead = r.choice(["Recommended", "Recommended:", "RECOMMENDED", "You may also like", "Read next", "Editor's picks",
                     "Recommended Stories", "Picked for you", "More for you", "Trending in " + r.choice(SECTIONS), ""])
    items = [headline(r) for _ in range(k)]
    body = join(r, items, [" | ", " • ", " · ", "  ", " ▪ "])
    return (lead + " " + body).strip()

@kind("sponsored_recommendations", 30, "Third-party sponsored-link widgets (Taboola/Outbrain-style)")
def k_sponsrec(r, o):
    ads = ["Doctors Stunned: This Simple Trick Melts Belly Fat", "The Most Comfortable Shoes for Walking All Day",
           "Homeowners Are Trading In Their Doorbell Cams For This", "Here's What a New Roof Should Cost You in 2025",
           "You Won't Believe What These Child Stars Look Like Now", "Seniors Are Loving This New Hearing Aid",
           "This Game Is So Addictive You'll Forget to Sleep", "Retirees: Do This Before Your Next Birthday",
           "The Genius Gadget Everyone Is Buying This Year", "Why Everyone Is Talking About This New Mattress",
           "Top Surgeon: Do This Every Morning", "The Cheapest Way to Insure Your Car"]
    lead = r.choice(["Sponsored Links", "Promoted Stories", "From around the web", "You May Like",
                     "Promoted links by Taboola", "Sponsored Links by Taboola", "Recommended by Outbrain",
                     "Sponsored Content", "Around The Web", "Paid Content", "More from our partners", "Ads by Revcontent"])
    t = r.random()
    if t < 0.35:
        return vc(r, lead, up=0.2, tt=0.1)
    items = sample(r, ads, r.randint(1, 3))
    srcs = ["Health Journal", "SmartFinance", "Gadget Report", "Home Pros", "Daily Saver", "Trend Chaser"]
    return lead + " " + join(r, [i + " " + r.choice(srcs) for i in items], [" | ", "  ", " · "])

@kind("most_read_list", 80, "Most-read / most-popular lists, numbered, bulleted or run together")
def k_mostread(r, o):
    k = r.randint(3, 6)
    hs = [headline(r) for _ in range(k)]
    lead = r.choice(["Most read", "Most Read", "MOST READ", "Most popular", "Most Popular", "MOST POPULAR",
                     "Most viewed", "Most Viewed", "Popular now", "Most shared", "Top 5", "Most read in " + r.choice(SECTIONS),
                     "Popular", "Most read this week", "What others are reading", "Most commented", "Trending stories"])
    style = r.random()
    if style < 0.35:
        body = " ".join(f"{i + 1} {h}" for i, h in enumerate(hs))
    elif style < 0.6:
        body = " ".join(f"{i + 1}. {h}" for i, h in enumerate(hs))
    elif style < 0.8:
        body = join(r, hs, [" | ", " • ", " · ", " / "])
    else:
        body = " ".join(f"0{i + 1} {h}" for i, h in enumerate(hs))
    if r.random() < 0.1:
        return lead
    return lead + r.choice([" ", ": ", "  "]) + body

@kind("trending_bar", 60, "Trending-topic bars and hot-topic strips")
def k_trending(r, o):
    k = r.randint(3, 7)
    ts = sample(r, TOPICS, k)
    lead = r.choice(["Trending:", "TRENDING", "Trending Now", "Hot topics:", "TRENDING NOW:", "In the news:",
                     "Trending", "Hot Topics", "What's hot:", "Popular topics:", "Breaking:", "Quick links:", "🔥 Trending",
                     "Top searches:", "Latest:"])
    return lead + " " + join(r, ts, [" | ", " • ", " · ", "  ", ", ", " / "])

@kind("next_article", 25, "Next-article teasers at the foot of a story")
def k_next(r, o):
    T = ["Next article: ", "NEXT STORY: ", "Up next: ", "Continue reading: ", "Next up: ", "Keep reading: ",
         "Next: ", "Read next: ", "NEXT ARTICLE ", "Next in " + r.choice(SECTIONS) + ": "]
    t = r.random()
    if t < 0.15:
        return vc(r, r.choice(["Next article", "Next story", "Next up", "Keep reading", "Previous article", "Next post",
                               "← Previous | Next →", "Scroll to continue reading"]), up=0.3, tt=0.2)
    return r.choice(T) + headline(r)

# ======================= share / tools =====================================
@kind("share_bar", 70, "Share bars listing networks and share counts")
def k_share(r, o):
    nets = ["Facebook", "X", "Twitter", "LinkedIn", "WhatsApp", "Email", "Reddit", "Pinterest", "Telegram",
            "Messenger", "Flipboard", "Bluesky", "Copy link", "SMS", "Threads"]
    t = r.random()
    if t < 0.3:
        return vc(r, r.choice(["Share", "Share this article", "Share on Facebook", "Share on X", "Share via Email",
                               "Share on WhatsApp", "Share this with", "Share full article", "Share this story",
                               "Share on LinkedIn", "Share via", "Share options", "Share page", "Tweet", "Email this",
                               "Share this", "Share on Twitter", "Post to X", "Send by email"]), up=0.15, tt=0.1)
    if t < 0.75:
        items = sample(r, nets, r.randint(3, 6))
        lead = r.choice(["", "Share ", "Share this article ", "Share: ", "SHARE ", "Share on "])
        return (lead + join(r, items, [" ", " | ", " · ", " • ", "  "])).strip()
    if t < 0.9:
        return r.choice(["Share", "Shares", "SHARES"]) + " " + num(r, 2, 20000)
    return join(r, ["Share", r.choice(["Tweet", "Post"]), "Email", r.choice(["Save", "Print", "Comment"])])

@kind("save_print_tools", 40, "Save / bookmark / print / PDF article tools")
def k_saveprint(r, o):
    bits = ["Save", "Save article", "Saved", "Print", "Print this page", "Bookmark", "Add to reading list",
            "Save for later", "Remove from saved", "Print article", "Download PDF", "Listen", "Share", "Gift",
            "Add to myFT", "Save story", "Reading list", "Saved articles", "Print edition", "Reprints",
            "Reprints & Permissions", "Save to Pocket", "Unsave", "Add bookmark", "Follow", "Comment"]
    if r.random() < 0.45:
        return vc(r, r.choice(bits), up=0.15, tt=0.1)
    return join(r, sample(r, bits, r.randint(2, 5)))

@kind("text_size_control", 15, "Text-size / font controls")
def k_textsize(r, o):
    T = ["Text size", "A A A", "A- A+", "Aa", "Font size: Small Medium Large", "Increase text size",
         "Reset text size", "Change font size", "Text Size: A A A", "Decrease font size", "Font Size", "Aa Text size",
         "Adjust text size", "Larger text", "Default | Large | Larger", "Reader mode", "Dark mode", "Text size: S M L"]
    return vc(r, r.choice(T), up=0.15, tt=0.1)

@kind("comment_count", 40, "Comment counts and comment-section toggles")
def k_ccount(r, o):
    n = num(r, 1, 4000)
    T = [f"{n} Comments", f"Comments ({n})", f"View {n} comments", f"Join the conversation ({n})", f"💬 {n}",
         "Show comments", "Comments are closed", "Be the first to comment", f"{n} comments", f"Read {n} comments",
         f"Comments {n}", f"{n} replies", "Hide comments", "Load more comments", f"Show all {n} comments",
         "View comments", "0 Comments", "Comments", f"{n} Responses", f"See all {n} comments"]
    return vc(r, r.choice(T), up=0.1, tt=0.05)

@kind("gift_article", 55, "Gift-article / share-subscriber-link tools and notices")
def k_gift(r, o):
    n = r.choice([5, 8, 10, 15, 20])
    T = ["Gift this article", "Give this article", "Share gift link", f"You have {n} gift articles to give each month.",
         "Gift this subscriber-only story", "Send this article to anyone, no subscription required",
         f"This article was gifted to you by a {short(o)} subscriber.", f"Gift {n} articles to anyone you choose each month when you subscribe.",
         "Gift article", f"Gift · {n} left", "Share this article with a friend", "Unlock this article for a friend",
         f"As a subscriber, you have {n} gift articles each month. Anyone can read what you share.",
         "Gift link copied", "Copy gift link", f"{r.randint(0, n)} of {n} gift articles remaining",
         "Someone shared this article with you. Subscribe to read more.", "Give the gift of reading",
         "Give this article, free to read", "Gift unlocked article", "This link will expire in 30 days",
         "You've used all your gift articles this month.", f"Enjoy this gifted story from {short(o)}.",
         "Share free access", "Gift premium story"]
    return vc(r, r.choice(T), up=0.08, tt=0.1)

@kind("copy_link", 15, "Copy-link buttons and confirmations")
def k_copylink(r, o):
    T = ["Copy link", "Link copied", "Copy article link", "Copied!", "Copy URL", "Copy to clipboard", "Link copied to clipboard",
         "Copy the link", "URL copied", "Copy share link", "Copy"]
    return vc(r, r.choice(T), up=0.2, tt=0.2)

# ======================= live blogs ========================================
def live_time(r, o):
    t = r.random()
    if t < 0.4:
        return ago(r)
    if t < 0.8:
        return fmt_time(r, o)
    return fmt_time(r, o) + " " + tz(r, o)

@kind("live_key_events", 70, "Live-blog key-events / key-posts lists with timestamps and headlines")
def k_keyev(r, o):
    k = r.randint(2, 5)
    lead = r.choice(["Key events", "Key events:", "KEY EVENTS", "Key posts", "Key updates", "Highlights",
                     "Key moments", "Show key events only", "Jump to key events", "Catch up on key moments"])
    if k == 2 and r.random() < 0.2:
        return lead
    items = [live_time(r, o) + " " + r.choice(LIVE_HEADS) for _ in range(k)]
    return lead + r.choice([" ", ": ", "  "]) + join(r, items, [" • ", " | ", " ", "  ", " · "])

@kind("live_timestamp", 70, "Live-blog entry timestamps and relative times")
def k_livets(r, o):
    t = r.random()
    if t < 0.3:
        return ago(r)
    if t < 0.55:
        return fmt_time(r, o) + r.choice(["", " " + tz(r, o)])
    if t < 0.75:
        return fmt_date(r, None, o) + r.choice([" ", ", ", " at ", " · "]) + fmt_time(r, o) + r.choice(["", " " + tz(r, o)])
    if t < 0.9:
        return r.choice(["Updated ", "Posted ", "Published ", ""]) + ago(r)
    return fmt_time(r, o) + " " + r.choice(["Breaking", "Key event", "New", "Latest"])

@kind("live_pinned", 25, "Pinned-post markers in live blogs")
def k_pinned(r, o):
    T = ["Pinned", "PINNED POST", "📌 Pinned", f"Pinned post from {person(r)}", "Featured", "Important update",
         "Key event", "Highlight", "Pinned: " + r.choice(LIVE_HEADS), "📌 " + r.choice(LIVE_HEADS), "Pinned post",
         "Top post", "PINNED", "Pinned message", "Editor's pick"]
    return vc(r, r.choice(T), up=0.1, tt=0.1)

@kind("live_update_controls", 40, "Live-blog update/refresh/load-more controls")
def k_livectl(r, o):
    n = r.randint(2, 30)
    T = ["Show latest updates", f"{n} new updates", "Load more", f"Show {n} new posts", "Load earlier posts",
         "Older posts", "Newest first | Oldest first", "Refresh", "Auto-update: on", "View latest posts",
         "Show more updates", "Back to top", f"{n} new posts", "Load newer posts", "Latest", "First", "Previous", "Next",
         "Turn on auto-refresh", "Sort: Latest", "Show all updates", "Live updates paused", "See more",
         f"Page {r.randint(1, 4)} of {r.randint(5, 12)}", "New post", "Jump to latest", f"Load {n} more"]
    return vc(r, r.choice(T), up=0.12, tt=0.12)

@kind("live_entry_byline", 50, "Bylines on individual live-blog entries")
def k_livebyline(r, o):
    p = person(r)
    T = [f"{p} (now)", f"By {p}", f"{p} in {r.choice(PLACES)}", f"Posted by {p} at {fmt_time(r, o)}", f"From {p}, {r.choice(ROLES)}",
         f"{p} reporting from {r.choice(PLACES)}", f"— {p}, {fmt_time(r, o)}", f"{p} {ago(r)}", f"{fmt_time(r, o)} {p}",
         f"Updated {ago(r)} by {p}", f"{p}, {r.choice(ROLES).lower()}", f"{ago(r)} By {p}",
         f"{p} and {person(r)}", f"Post by {p}", f"{p} · {fmt_time(r, o)} {tz(r, o)}"]
    return r.choice(T)

@kind("live_status", 35, "LIVE labels, live-blog closed notices and live credits")
def k_livestatus(r, o):
    T = ["LIVE", "Live", "• LIVE", "LIVE UPDATES", "Live coverage has ended", "This live blog has now closed.",
         f"Live reporting by {person(r)} and {person(r)}", f"Updated {ago(r)}", "Live: " + r.choice(LIVE_HEADS),
         "LIVE NOW", "Live updates", "This blog is now closed", "We've paused our live coverage for now.",
         f"Edited by {person(r)}", "Follow our live coverage", "Live blog", "ENDED", "Live text", "● Live",
         "Watch live", "Breaking news", "BREAKING", "Developing story", "Live coverage continues here"]
    return r.choice(T)

# ======================= credits / syndication =============================
@kind("agency_credit", 70, "Wire/agency credits at the foot or head of a story")
def k_agency(r, o):
    w = wire(r, o)
    full = {"AP": "The Associated Press", "PA": "PA Media", "PTI": "Press Trust of India", "AAP": "Australian Associated Press"}
    T = [f"With {w}", f"— {w}", f"({w})", "With agencies", w, f"{full.get(w, w)} contributed to this report.",
         f"With {w} and {r.choice(['AFP', 'Reuters', 'AP', 'agencies'])}", f"With files from {w}", f"With inputs from {w}",
         "with wires", "Agencies", f"Source: {w}", f"— With files from The Canadian Press", f"(With inputs from agencies)",
         f"{r.choice(PLACES).upper()} ({w}) —", f"{r.choice(PLACES).upper()}, {fmt_date(r, None, o)} ({w}) -",
         f"Copyright {w}", f"— {w}, {full.get(w, w)}", f"{w} / {short(o)}", f"Story by {w}", f"Wire services contributed to this report.",
         f"This story includes reporting from {w}.", f"Material from {w} was used in this report.", f"({w} with additional input)",
         f"Reporting by {w}", f"By {w} | {fmt_date(r, None, o)}", f"{w} | Updated: {fmt_date(r, None, o)}"]
    return r.choice(T)

@kind("additional_reporting", 70, "Additional-reporting and Reuters-style reporting/editing credit lines")
def k_addrep(r, o):
    p = person
    pl = r.choice(PLACES)
    T = [f"Additional reporting by {p(r)}", f"Additional reporting by {p(r)} in {pl}",
         f"Reporting by {p(r)}; Editing by {p(r)}", f"Reporting by {p(r)} in {pl}; Additional reporting by {p(r)}; Writing by {p(r)}; Editing by {p(r)} and {p(r)}",
         f"{p(r)} contributed reporting from {pl}.", f"With additional reporting from {p(r)}", f"Research by {p(r)}",
         f"Additional reporting: {p(r)} and {p(r)}", f"{p(r)} and {p(r)} contributed to this report.",
         f"Reporting by {p(r)} and {p(r)}; Editing by {p(r)}", f"Edited by {p(r)}", f"Reporting by {p(r)}; Writing by {p(r)}",
         f"Additional reporting by {p(r)}, {p(r)} and {p(r)}", f"{p(r)} in {pl} contributed to this report.",
         f"Our Standards: The Thomson Reuters Trust Principles.", f"Compiled by {p(r)}", f"Fact-checking by {p(r)}",
         f"Data analysis by {p(r)}. Graphics by {p(r)}.", f"Produced by {p(r)}. Design by {p(r)}.",
         f"{p(r)} is a {r.choice(['Report for America corps member', 'staff writer', 'data reporter'])} who contributed to this story.",
         f"Associated Press writers {p(r)} in {pl} and {p(r)} in {r.choice(PLACES)} contributed to this report.",
         f"Additional reporting by {p(r)}; editing by {p(r)}", f"Translation by {p(r)}"]
    return r.choice(T)

@kind("first_appeared_note", 60, "'This article first appeared in / was originally published by' origin notes")
def k_first(r, o):
    o2 = r.choice(OUTLETS)
    d = fmt_date(r, None, o)
    T = [f"This article first appeared in {short(o2)}.", "This article originally appeared on The Conversation.",
         f"This story was originally published by {short(o2)}.", f"A version of this story first appeared in {short(o2)}.",
         f"This piece originally ran in the {r.choice(NEWSLETTERS)} newsletter.", f"This article was first published on {d}.",
         f"This article was originally published on {d} and has been updated.", f"This story first appeared on {domain(o2)}.",
         f"Originally published on {short(o2)}.", f"This article first appeared in the {d} issue of {short(o2)}.",
         f"This is an edited extract from {r.choice(BOOKS)} by {person(r)} ({r.choice(PUBLISHERS)}).",
         f"This article was originally published in the {r.choice(['print', 'weekend', 'Sunday'])} edition of {short(o2)}.",
         f"A version of this article was first published in {short(o2)}'s {r.choice(NEWSLETTERS)} newsletter.",
         f"This story originally appeared in {short(o2)} and is part of a content-sharing agreement.",
         f"This post originally appeared on {person(r)}'s Substack, {r.choice(NEWSLETTERS)}.",
         f"First published in {d[-4:]}.", f"This article was first published by {short(o2)} on {d}.",
         f"Originally published at {domain(o2)}", f"This story was first published in {short(o2)}. Read the original here."]
    return r.choice(T)

@kind("republished_permission", 40, "Republished/reprinted-with-permission notices")
def k_repub(r, o):
    o2 = r.choice(OUTLETS)
    T = ["Republished with permission.", f"Reprinted with permission from {short(o2)}.",
         "This article is republished from The Conversation under a Creative Commons license. Read the original article.",
         f"Republished with permission of {short(o2)}. All rights reserved.", "Used with permission.",
         f"Adapted from {r.choice(BOOKS)} by {person(r)}, published by {r.choice(PUBLISHERS)}. Reprinted with permission.",
         f"Republished with permission from {short(o2)}.", "Reproduced with permission.",
         f"© {short(o2)}. Reprinted with permission.", "This article is republished under a Creative Commons licence (CC BY-ND 4.0).",
         f"Republish this article: {short(o)} articles can be republished for free under a Creative Commons license.",
         f"Excerpted from {r.choice(BOOKS)}, copyright © {r.randint(2019, 2025)} by {person(r)}. Used by permission of {r.choice(PUBLISHERS)}.",
         f"This story is republished courtesy of {short(o2)}.", "Reprinted by arrangement.",
         f"Shared with permission from {short(o2)}."]
    return r.choice(T)

@kind("partnership_note", 55, "'Produced in partnership with' / grant-support notes")
def k_partner(r, o):
    pt = r.choice(PARTNERS)
    o2 = r.choice(OUTLETS)
    T = [f"This story was produced in partnership with {pt}.", f"This article is a collaboration between {short(o)} and {short(o2)}.",
         f"This story was reported with support from {pt}.", f"Published in partnership with {short(o2)}.",
         f"This coverage is supported by a grant from {pt}. {short(o)} retains full editorial control.",
         f"This reporting was funded by {pt}.", f"This story is part of a collaboration with {pt}.",
         f"{person(r)} is a reporter with {pt}.", f"This article was produced by {short(o2)} and co-published with {short(o)}.",
         f"This series is supported by {pt}. All content is editorially independent.",
         f"This project was supported by {pt}. Read more about our funders.",
         f"This story is part of {short(o)}'s partnership with {pt}.",
         f"This article is part of a series produced with the support of {pt}.",
         f"Support for this reporting comes from {pt}.", f"Reporting for this story was supported by {pt}."]
    return r.choice(T)

@kind("syndication_note", 35, "Syndication and unedited-feed notes")
def k_synd(r, o):
    y = r.randint(2019, 2025)
    T = ["Distributed by Tribune Content Agency, LLC.", f"©{y} The New York Times Company. Distributed by Tribune Content Agency.",
         f"(Except for the headline, this story has not been edited by {short(o)} staff and is published from a syndicated feed.)",
         f"This story has not been edited by {short(o)} staff and is auto-generated from a syndicated feed.",
         f"This article is part of the Local Democracy Reporting Service. {short(o)} is a partner in the scheme.",
         f"Copyright Agence France-Presse, {y}", f"This content was syndicated from {short(r.choice(OUTLETS))}.",
         f"Disclaimer: This story is from the syndicated feed. Nothing has been changed except the headline.",
         "(Only the headline and picture of this report may have been reworked by the staff; the rest of the content is auto-generated from a syndicated feed.)",
         f"Published via the {wire(r, o)} feed", f"Distributed by {r.choice(['Andrews McMeel Syndication', 'Creators Syndicate', 'King Features Syndicate', 'Tribune Content Agency'])}",
         f"For reprint rights: {domain(o)}/syndication", f"Syndication: for licensing enquiries contact syndication@{domain(o)}"]
    return r.choice(T)

# ======================= people / notes ====================================
@kind("author_bio", 80, "Author bio blurbs at the foot of an article")
def k_bio(r, o):
    p = person(r)
    O = short(o)
    pr = pronoun(r, p)
    s1 = r.choice([f"{p} is a {r.choice(ROLES).lower()} at {O}.", f"{p} is {O}'s {r.choice(ROLES).lower()}, based in {r.choice(PLACES)}.",
                   f"{p} covers {r.choice(BEATS)} for {O}.", f"{p} has been a reporter for more than {r.randint(5, 30)} years.",
                   f"{p} joined {O} in {r.randint(2005, 2024)}.", f"{p} is a senior writer at {O}, where {pr.lower()} {'cover' if pr == 'They' else 'covers'} {r.choice(BEATS)}.",
                   f"About the author: {p} writes about {r.choice(BEATS)}."])
    s2 = r.choice([f"{pr} {'cover' if pr == 'They' else 'covers'} {r.choice(BEATS)}.", f"Previously, {pr.lower()} worked at {short(r.choice(OUTLETS))}.",
                   f"{pr} can be reached at {email_of(r, o, p)}.", f"Follow {'them' if pr == 'They' else ('her' if pr == 'She' else 'him')} on X {handle(o)[:1]}{p.split()[0].lower()}{p.split()[1].lower().replace(chr(39), '')}.",
                   f"{pr} {'are' if pr == 'They' else 'is'} the author of {r.choice(BOOKS)}.", f"{pr} {'live' if pr == 'They' else 'lives'} in {r.choice(PLACES)}.",
                   f"{'They have' if pr == 'They' else pr + ' has'} won {r.choice(['a Walkley Award', 'an Edward R. Murrow Award', 'a British Journalism Award', 'a National Press Club award', 'two regional press awards', 'a Ramnath Goenka Award'])}.",
                   f"{pr} studied journalism at the University of {r.choice(PLACES)}.", ""])
    s3 = r.choice(["", "", f"Send tips to {email_of(r, o, p)}.", f"Contact {'them' if pr == 'They' else ('her' if pr == 'She' else 'him')}: {email_of(r, o, p)}", "Read more from this author", "View all articles", f"More by {p}"])
    return " ".join(x for x in (s1, s2, s3) if x)

@kind("contributor_note", 45, "Italic contributor notes identifying guest writers")
def k_contrib(r, o):
    p = person(r)
    T = [f"{p} is a freelance journalist based in {r.choice(PLACES)}.", f"{p} is a professor of {r.choice(['economics', 'public health', 'history', 'law', 'urban planning', 'sociology', 'climate science', 'politics'])} at the University of {r.choice(PLACES)}.",
         f"{p} is the author of {r.choice(BOOKS)} ({r.choice(PUBLISHERS)}).", f"{p} is a contributing writer for {short(o)}.",
         f"{p} is a former {r.choice(['diplomat', 'police officer', 'teacher', 'GP', 'civil servant', 'MP', 'city councillor', 'chef'])} and writes a weekly column.",
         f"{p} is a {r.choice(['writer', 'photographer', 'filmmaker', 'researcher', 'novelist'])} living in {r.choice(PLACES)}.",
         f"{p} is a senior fellow at {r.choice(['the Brookings Institution', 'Chatham House', 'the Lowy Institute', 'the Observer Research Foundation', 'the Grattan Institute', 'the Resolution Foundation', 'the C.D. Howe Institute'])}.",
         f"{p} writes the {r.choice(NEWSLETTERS)} newsletter.", f"{p} is a regular contributor.",
         f"{p} is an Opinion contributor. {r.choice(['', 'The views expressed are their own.'])}".strip(),
         f"{p} is a PhD candidate at {r.choice(['Oxford', 'Trinity College Dublin', 'the University of Sydney', 'McGill', 'JNU', 'the National University of Singapore'])}.",
         f"{p} was a guest on {r.choice(PODCASTS)}.", f"Guest writer {p} is a campaigner with a local community group.",
         f"{p} is a doctor and writer based in {r.choice(PLACES)}."]
    s = r.choice(T)
    if r.random() < 0.2:
        pr = pronoun(r, p)
        s += " " + r.choice([f"{pr} is on X at", f"{pr} {'tweet' if pr == 'They' else 'tweets'} at", f"Find {'her' if pr == 'She' else ('him' if pr == 'He' else 'them')} on Bluesky at"]) + " @" + p.split()[0].lower() + str(r.randint(1, 99))
    return s

CORR_THINGS = [("the year the bridge opened", "1998", "1989"), ("the name of the school", "St Mary's", "St Mark's"),
               ("the spelling of a spokesperson's surname", "Harrington", "Harington"),
               ("the date of the hearing", "Thursday", "Tuesday"), ("the size of the budget", "4.2 million", "42 million"),
               ("the location of the event", "Leeds", "Leicester"), ("a councillor's title", "deputy mayor", "mayor"),
               ("the number of homes affected", "120", "210"), ("the age of the runner", "34", "43"),
               ("the name of the restaurant", "The Green Door", "The Red Door"), ("the percentage increase", "4.5 percent", "45 percent"),
               ("the team's league position", "third", "fourth"), ("the distance of the route", "12km", "21km"),
               ("the party the candidate represents", "the Greens", "Labour"), ("the author's job title", "lecturer", "professor")]

@kind("correction_note", 60, "Correction notices")
def k_corr(r, o):
    th, a, b = r.choice(CORR_THINGS)
    d = fmt_date(r, None, o)
    T = [f"Correction: An earlier version of this article misstated {th}. It is {a}, not {b}.",
         f"This article was amended on {d} to correct {th}.", f"CORRECTION ({d}): An earlier version of this story incorrectly stated {th}.",
         f"An earlier version of this story incorrectly described {th}.", f"Correction: {d}. A previous version of this article gave the wrong {th.replace('the ', '', 1)}.",
         f"This article has been corrected to reflect {th}.", f"Correction, {d}: An earlier version of this article misspelled a name.",
         f"Clarification: This story has been updated to clarify {th}.", f"A previous version of this article misidentified {th}. We regret the error.",
         f"Correction appended: {d}", f"• This article was amended on {d}. An earlier version referred incorrectly to {th}.",
         f"Correction: This story has been updated to correct {th}, which is {a}.", f"Editor's note: this article was corrected on {d}.",
         f"We apologise for the error.", f"Corrections & Clarifications: {th} was incorrectly given as {b}. It is {a}.",
         f"CORRECTION: A previous version of this article misstated {th}. {short(o)} regrets the error."]
    return r.choice(T)

@kind("update_note", 45, "Story-updated notes and developing-story notices")
def k_upd(r, o):
    d = fmt_date(r, None, o)
    T = ["This story has been updated with additional information.", f"UPDATE: This article was updated at {fmt_time(r, o)} with comment from the company.",
         f"Editor's note: This story was updated on {d} to include a statement from the council.", "This is a developing story and will be updated.",
         "This article has been updated to reflect new information.", "This story is developing. Check back for updates.",
         f"Update, {d}: This article has been updated with the latest figures.", "This post has been updated.",
         "This breaking news story is being updated and more details will be published shortly. Please refresh the page for the fullest version.",
         "More to follow.", "Refresh for updates.", f"This article was updated on {d} to add details.",
         "This report will be updated as more information becomes available.", "Updated with new details throughout.",
         f"UPDATE {fmt_time(r, o)}: Adds quotes from residents.", "This story has been updated to include a response.",
         "We will update this story as it develops.", "This is a breaking news story. More details to come.",
         "You can get all the latest news on our homepage."]
    return vc(r, r.choice(T), up=0.05, tt=0.0)

@kind("copyright_line", 70, "Copyright lines and all-rights-reserved footers")
def k_copy(r, o):
    y = r.randint(2019, 2025)
    ow = OWNER.get(o[0], o[0])
    T = [f"© {y} {o[0]}. All rights reserved.", f"Copyright © {ow} {y}", f"© Copyright {y} {o[0]}", f"© {ow} {y}",
         f"Copyright {y} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.",
         f"© {y} {ow}. All rights reserved. Registered in England and Wales.", f"All content © {y} {o[0]}",
         f"Copyright {y} {ow}. All Rights Reserved.", f"© {ow}. All rights reserved.", f"{o[0]} © {y}",
         f"Copyright © {y}, {ow}", f"© {y} {ow} | Terms of use | Privacy policy",
         f"© {y - r.randint(1, 20)}-{y} {o[0]}. All rights reserved. Use of this site constitutes acceptance of our User Agreement and Privacy Policy.",
         f"Copyright {y} {ow}. This material may not be published, broadcast, rewritten, or redistributed.",
         f"© {ow} {y}. All rights reserved. No part of this publication may be reproduced without permission.",
         f"© {y} Reuters. All rights reserved", f"Copyright ©{y} {o[0]}", f"(c) {y} {ow}",
         f"© {y}, {o[0]}. Unauthorised reproduction prohibited.", f"Copyright © {y} {ow}. Reproduction in whole or in part without permission is prohibited."]
    return r.choice(T)

@kind("ai_disclosure", 50, "Disclosures about AI-generated summaries, audio or translation")
def k_ai(r, o):
    O = short(o)
    T = ["This article was generated with the help of AI and reviewed by an editor.",
         "This summary was generated by AI and checked by our journalists.",
         f"AI-assisted: parts of this article were drafted with artificial intelligence and edited by {person(r)}.",
         "The audio version of this article is generated by AI-based technology. Mispronunciations can occur.",
         "Key points (AI-generated summary)", "This content was translated with the help of AI.", "Read our AI policy",
         f"{O} uses AI tools to help produce some content. All articles are reviewed by our editors. Learn more about how we use AI.",
         "This story was written with the assistance of an AI tool and reviewed by a journalist before publication.",
         "Summary generated by AI. Read the full article for context.", "AI-generated summary. Was this helpful? Yes | No",
         "This article was produced with the help of automated tools using data from official sources.",
         "Generative AI was used to help create the first draft of this story. A journalist edited and fact-checked it.",
         "Quick read: AI-generated", "Bullet points generated with AI, reviewed by editors.",
         "This image was created using AI.", "Illustration generated with AI", f"How {O} uses AI", "Show summary",
         "This article was automatically generated and has not been edited.", "Insights (AI-generated). Feedback",
         f"This story was translated from {r.choice(['Hindi', 'Japanese', 'Korean', 'French', 'Irish', 'Chinese', 'Spanish'])} using AI and reviewed by our staff.",
         "Summarise this article with AI", "AI disclaimer: this content may contain errors."]
    return r.choice(T)

@kind("comment_prompt", 55, "Comment-section prompts, rules and states")
def k_comm(r, o):
    T = ["What do you think? Let us know in the comments below.", "Join the conversation", "Have your say",
         "Comments are subject to our community guidelines.", "Log in to comment", "You must be logged in to comment.",
         "Comments on this article have been closed.", "Please keep comments respectful and on topic.", "Add your comment",
         "Start the conversation", "Sort by: Newest | Oldest | Most liked", "Commenting is available to subscribers only",
         "Read our comment policy", "Report this comment", "Comments are turned off for legal reasons.",
         "Have your say in our comments section", "Share your thoughts", "Leave a comment", "Write a reply…",
         "Comments are moderated and may take some time to appear.", "Post comment", "Reply", "Show more replies",
         "Legal notice: comments are disabled as this case is active.", "Do you have a view on this story? Write to us at letters@" + domain(o),
         "Want to join the conversation? Subscribe now.", "We moderate all comments. Abuse will not be tolerated.",
         "What's your view? Email us", "This discussion is now closed", "Comments will open shortly",
         "Our community guidelines", "Picks | Newest | Oldest", "Sign up to comment"]
    return vc(r, r.choice(T), up=0.06, tt=0.06)

@kind("cookie_banner", 70, "Cookie / consent banner text")
def k_cookie(r, o):
    n = r.randint(120, 1600)
    O = short(o)
    parts = [
        "We use cookies and similar technologies to personalise content and ads, provide social media features and analyse our traffic.",
        "By clicking 'Accept all', you agree to the storing of cookies on your device to enhance site navigation and analyse site usage.",
        f"We and our {n} partners store and/or access information on a device, such as unique IDs in cookies, to process personal data.",
        "You can change your preferences at any time via 'Privacy settings' at the bottom of the page.",
        "Your privacy choices", "We care about your privacy", "This website uses cookies",
        f"{O} and our partners use cookies to deliver our services and show you relevant ads.",
        "Some cookies are necessary for the site to work; others help us understand how you use it.",
        "Personalised advertising and content, advertising and content measurement, audience research and services development.",
        "You may withdraw your consent at any time.", "Use precise geolocation data. Actively scan device characteristics for identification.",
        "Cookie policy", "Manage cookies", "We value your privacy",
        "If you do not consent, we will only use strictly necessary cookies.",
        "To find out more, read our Privacy Policy and Cookie Policy.",
        "Do Not Sell or Share My Personal Information", "California residents: your privacy rights",
        "It's your choice", f"Support {O} by accepting cookies, or subscribe for an ad-free experience.",
        "Accept cookies and continue reading for free, or subscribe to reject.", "Consent or Pay",
        "We use cookies to give you the best online experience.", "Click 'Manage options' to make choices about how your data is used.",
        "Legitimate interest", "List of partners (vendors)", "Store and/or access information on a device",
    ]
    s = " ".join(sample(r, parts, r.choice([1, 1, 2, 2, 3])))
    return s

@kind("consent_button", 35, "Consent-banner buttons")
def k_consbtn(r, o):
    bits = ["Accept all", "Reject all", "Manage preferences", "Cookie settings", "I agree", "Agree and close",
            "Continue without accepting", "Save choices", "Necessary cookies only", "Allow all", "Customise",
            "Got it", "OK", "Accept", "Decline", "Manage options", "More options", "Accept and continue",
            "Confirm my choices", "Allow selection", "Reject optional cookies", "Learn more", "Subscribe and reject"]
    if r.random() < 0.55:
        return vc(r, r.choice(bits), up=0.25, tt=0.1)
    return join(r, sample(r, bits, r.randint(2, 3)))

@kind("ad_label", 45, "Advertisement labels and 'story continues below' markers")
def k_ad(r, o):
    T = ["Advertisement", "ADVERTISEMENT", "Story continues below", "Story continues below advertisement",
         "Article continues below this ad", "Ad", "Advertisement - Scroll to continue", "ADVERTISING",
         "Continue reading below", "Remove ads", "Skip Ad", "Ad Feedback", "Advertise with us", "Report this ad",
         "Content continues below", "Article continues after advertisement", "Advert", "Advertisement · Scroll to continue",
         "SPONSORED", "Advertisement: Story continues below", "Continue reading the main story",
         "Story continues after advertisement", "AD", "Ads", "Why this ad?", "Adchoices", "Ad free? Subscribe",
         "Hide ads", "Go ad-free", "Advertisement Feature", "Article continues below", "Scroll down to continue reading",
         "THE STORY CONTINUES BELOW", "Advertisement. Scroll to continue reading."]
    return vc(r, r.choice(T), up=0.15, tt=0.08)

@kind("breadcrumb", 60, "Breadcrumb trails")
def k_bread(r, o):
    k = r.randint(2, 4)
    items = ([r.choice(["Home", "News", short(o)])] if r.random() < 0.6 else []) + sample(r, SECTIONS, k - 1)
    if r.random() < 0.5:
        items.append(r.choice(SUBSECTIONS))
    sep = r.choice([" › ", " > ", " / ", " » ", " | ", " • ", "  ", " → "])
    s = sep.join(items)
    return vc(r, s, up=0.12, tt=0.0)

@kind("tag_list", 60, "Topic tag lists at the foot of articles")
def k_tags(r, o):
    k = r.randint(2, 6)
    pool = []
    for x in TOPICS + PLACES[:30] + SECTIONS[:20] + [person(r) for _ in range(3)]:
        if x not in pool:
            pool.append(x)
    ts = sample(r, pool, k)
    lead = r.choice(["Topics: ", "Tags: ", "More about: ", "Related topics: ", "Filed under: ", "In this article: ",
                     "Explore more on these topics: ", "TOPICS ", "Tagged: ", "Read more about ", "", "More on: ", "Keywords: "])
    t = r.random()
    if t < 0.15:
        return lead + " ".join("#" + title(x).replace(" ", "").replace("'", "") for x in ts)
    return lead + join(r, ts, [", ", " | ", " · ", "  ", " • ", " "])

@kind("reading_time", 40, "Reading-time estimates")
def k_rt(r, o):
    m = r.randint(1, 25)
    T = [f"{m} min read", f"Reading time: {m} minutes", f"{m}-minute read", f"⏱ {m} min", f"Read time: {m} mins",
         f"{m} min read · Listen", f"Approx. reading time {m} minutes", f"{m} MIN READ", f"{m} minute read",
         f"Estimated reading time: {m} min", f"{m}m read", f"{m} mins", f"Time to read: {m} minutes",
         f"{m} min read | {fmt_date(r, None, o)}", f"{fmt_date(r, None, o)} · {m} min read", f"{m} Min Read"]
    return r.choice(T)

@kind("article_age_notice", 20, "Notices that an article is old/archived")
def k_age(r, o):
    y = r.randint(1, 12)
    T = [f"This article is more than {max(y, 2)} years old", f"This article is from {2025 - y}", "Archived content",
         f"This article is more than {y} {'year' if y == 1 else 'years'} old.", "This story is from our archive.",
         f"From the archive: first published {fmt_date(r, dt(r, 1995, 2015), o)}",
         "This content is archived and may no longer be accurate.", f"Published {max(y, 2)} years ago",
         "Note: this article is over a year old and some information may be out of date."]
    return r.choice(T)

@kind("published_stamp", 60, "Published date/time stamps")
def k_pub(r, o):
    d = fmt_date(r, None, o)
    t = fmt_time(r, o)
    z = tz(r, o)
    T = [f"Published: {d}", f"Published {t} {z}, {d}", f"Posted on {d}", f"First published on {d}", f"{d} — {t}",
         f"{d} {t} {z}", f"Published {d}", f"PUBLISHED: {t} {z}, {d}", f"Published on {d}, {t} {z}",
         f"{d}, {t}", f"Posted {d} at {t}", f"Published {ago(r)}", f"First published {d}", f"{d} · {t} {z}",
         f"Published: {d} at {t}", f"Date: {d}", f"Issued on: {d} - {t}", f"Last Updated: {d} | Published: {d}"]
    return r.choice(T)

@kind("updated_stamp", 45, "Updated/last-modified stamps")
def k_updst(r, o):
    d = fmt_date(r, None, o)
    t = fmt_time(r, o)
    z = tz(r, o)
    T = [f"Updated: {d}", f"Last updated {d} at {t}", f"Updated {ago(r)}", f"Modified {d}", f"Last modified on {d} {t} {z}",
         f"UPDATED: {t} {z}, {d}", f"Updated {d}, {t} {z}", f"Updated on: {d}", f"Last updated: {t} {z}",
         f"Updated {t} {z}", f"Updated {d} {t}", f"Last Updated: {d}, {t} {z}", f"Updated at {t}"]
    return r.choice(T)

@kind("byline_with_role", 90, "Bylines with roles, bureaus, handles and co-authors")
def k_byline(r, o):
    p = person(r)
    role = r.choice(ROLES)
    O = short(o)
    T = [f"By {p}, {role}", f"{p} | {role}", f"By {p} and {person(r)}", f"{p}, {role}, in {r.choice(PLACES)}",
         f"Words by {p} | Photography by {person(r)}", f"By {p} · {O}", p.upper(), f"Written by {p}",
         f"By {p} {handle(o)[:1]}{p.split()[0]}{p.split()[1].replace(chr(39), '')}", f"By {p} for {O}",
         f"{p} {role}", f"By {p}, {person(r)} and {person(r)}", f"{p} in {r.choice(PLACES)}",
         f"By {p.upper()}, {role.upper()}", f"{p} — {role}", f"By {p} | {r.choice(PLACES)} | {fmt_date(r, None, o)}",
         f"Story by {p}", f"{p}, {r.choice(PLACES)} Bureau", f"By {p}, {O} Staff", f"By {p} Contributor",
         f"{p} Senior Writer", f"Reported by {p}", f"By {p} ({r.choice(PLACES)})", f"By {p} on {fmt_date(r, None, o)}",
         f"{p} | Edited by {person(r)}", f"Opinion by {p}", f"Analysis by {p}", f"Review by {p}",
         f"By {p}, {role} | {ago(r)}", f"{p} & {person(r)}", f"{p} • {r.choice(PLACES)}"]
    return r.choice(T)

@kind("editors_note", 35, "Editor's notes, content warnings and series tags")
def k_ednote(r, o):
    T = ["Editor's note: This article contains descriptions of violence that some readers may find distressing.",
         "Editor's note: This is an opinion piece. The views expressed are the author's own.",
         "Content warning: this article discusses suicide.", "Warning: this story contains graphic images.",
         f"This article is part of our series on {r.choice(BEATS)}.",
         f"This story is part of {r.choice(['Hidden Costs', 'The Long View', 'Rising Tides', 'Making Ends Meet', 'On the Ground', 'Future Cities', 'Lost Jobs'])}, a series about {r.choice(BEATS)}.",
         f"Editor's note: {short(o)} has agreed not to publish the surname of the family for privacy reasons.",
         "Editor's note: Names have been changed to protect identities.", "This interview has been edited for length and clarity.",
         "This conversation has been condensed and edited.", "Some names in this story have been changed.",
         "Trigger warning: this article contains references to abuse.", "Editor's note: This article was written before the results were announced.",
         "This is part of a paid partnership.", "Spoiler warning: this review contains plot details.",
         "Part of our Explainers series", "Editor's note: This story contains strong language."]
    return r.choice(T)

@kind("tip_line", 40, "News-tip and got-a-story contact prompts")
def k_tip(r, o):
    ph = r.choice(["0800 " + str(r.randint(100, 999)) + " " + str(r.randint(1000, 9999)),
                   "+44 7" + str(r.randint(100, 999)) + " " + str(r.randint(100000, 999999)),
                   "(" + str(r.randint(200, 989)) + ") 555-" + str(r.randint(1000, 9999)),
                   "+91 98" + str(r.randint(10000000, 99999999)), "1800 " + str(r.randint(100, 999)) + " " + str(r.randint(100, 999))])
    T = [f"Got a story? Email {r.choice(['news', 'tips', 'newsdesk', 'stories'])}@{domain(o)}",
         f"Do you have a news tip? Contact us at tips@{domain(o)}", f"Have information about this story? Contact {person(r)} at {email_of(r, o)} or via Signal at {ph}.",
         f"Send us your story: WhatsApp us on {ph}", "Got a tip? Get in touch securely", f"Do you know more? Email {email_of(r, o)}",
         f"Have you been affected? Share your experience with us at {domain(o)}/contact", "Send us a tip",
         f"Got a story or a picture? Email newsdesk@{domain(o)} or call {ph}", "Contact the newsroom",
         f"Got a news tip? Text or WhatsApp {ph}", "Share your story with our reporters", "How to contact us securely",
         f"Do you have a story for {short(o)}? Get in touch", "Tell us what you think: " + email_of(r, o),
         "Share your photos and videos with us", f"Anything to add? Email {email_of(r, o)}",
         "Contact our investigations team confidentially."]
    return r.choice(T)

HELP = {
    "uk": ["In the UK and Ireland, Samaritans can be contacted on freephone 116 123, or email jo@samaritans.org.",
           "If you have been affected by any of the issues raised in this article, call Samaritans on 116 123.",
           "The freephone 24-hour National Domestic Abuse Helpline, run by Refuge, is 0808 2000 247.",
           "If you are struggling, you can call Samaritans for free, any time, on 116 123.",
           "For support with mental health, contact Mind on 0300 123 3393."],
    "ie": ["If you have been affected by any of the issues in this article, contact Samaritans on 116 123 or Pieta House on 1800 247 247.",
           "Support is available from Pieta on freephone 1800 247 247 or text HELP to 51444.",
           "If you are affected by domestic abuse, contact Women's Aid on 1800 341 900."],
    "us": ["If you or someone you know is in crisis, call or text 988 to reach the Suicide and Crisis Lifeline.",
           "If you are having thoughts of suicide, call or text 988 or chat at 988lifeline.org.",
           "The National Domestic Violence Hotline is available 24/7 at 1-800-799-7233.",
           "Help is available. Call or text 988."],
    "au": ["If you or anyone you know needs help, contact Lifeline on 13 11 14 or Beyond Blue on 1300 22 4636.",
           "Readers seeking support can contact Lifeline on 13 11 14, Kids Helpline on 1800 55 1800 or 1800RESPECT on 1800 737 732.",
           "If this story has raised issues for you, call Lifeline on 13 11 14."],
    "nz": ["Where to get help: Need to talk? Free call or text 1737 any time.", "Lifeline: 0800 543 354 or text 4357 (HELP)."],
    "ca": ["If you or someone you know is struggling, call or text 988 for the Suicide Crisis Helpline.",
           "Kids Help Phone can be reached at 1-800-668-6868 or by texting CONNECT to 686868."],
    "in": ["If you or someone you know is struggling, call the Tele-MANAS helpline on 14416.",
           "If you need support or know someone who does, reach out to your nearest mental health specialist. Helplines: Tele-MANAS 14416."],
}

@kind("helpline_notice", 40, "Support-helpline notices after sensitive stories")
def k_help(r, o):
    reg = o[1] if o[1] in HELP else r.choice(list(HELP.keys()))
    s = r.choice(HELP[reg])
    if r.random() < 0.25:
        s = r.choice(["Support is available. ", "Need help? ", "Where to get help: ", ""]) + s
    return s

@kind("error_report", 20, "Report-an-error and article-feedback prompts")
def k_err(r, o):
    T = ["Spotted an error? Let us know.", "Report an error", "Found a mistake? Contact our corrections team",
         f"Notice an error? Email corrections@{domain(o)}", "Was this article helpful? Yes | No", "Feedback",
         "Suggest a correction", "Report a correction or typo", "Help us improve", "Give feedback",
         "Did we get something wrong?", "Send feedback", "Flag an issue", "Rate this article",
         "How would you rate this article?", "Thanks for your feedback!", "Was this helpful?"]
    return vc(r, r.choice(T), up=0.1, tt=0.1)

@kind("footer_links", 35, "Site footer link rows")
def k_footer(r, o):
    items = ["About us", "Contact us", "Terms of use", "Privacy policy", "Cookie policy", "Careers", "Advertise",
             "Accessibility", "Sitemap", "Help", "Complaints", "Corrections", "Code of conduct", "Editorial standards",
             "Modern Slavery Act", "Manage cookies", "Syndication", "Newsletters", "RSS", "Archive",
             "Do not sell my info", "Work for us", "Subscriptions", "E-paper", "Contact the editor", "Ethics policy",
             "Reprints", "Licensing", "Site map", "FAQ", "Media kit", "Our journalism", "Ownership and funding",
             "Comment guidelines", "Your Privacy Choices", "Terms & Conditions"]
    return join(r, sample(r, items, r.randint(4, 9)), [" | ", " · ", "  ", " • ", " "])

@kind("site_nav", 35, "Top navigation menus as scraped")
def k_nav(r, o):
    items = ["Home"] + sample(r, SECTIONS, r.randint(4, 10))
    if r.random() < 0.5:
        items += sample(r, ["Search", "Menu", "Sign in", "Subscribe", "Newsletters", "Podcasts", "Video", "Puzzles",
                            "E-paper", "Account", "More", "Latest", "Live"], r.randint(1, 3))
    return join(r, items, [" ", " | ", "  ", " · "])

@kind("market_ticker", 20, "Market / index ticker strips")
def k_market(r, o):
    idx = [("FTSE 100", 7000, 8600), ("Dow", 33000, 44000), ("S&P 500", 4000, 6000), ("Nasdaq", 12000, 19000),
           ("Sensex", 60000, 82000), ("Nifty 50", 18000, 25000), ("ASX 200", 6800, 8400), ("S&P/TSX", 19000, 25000),
           ("Nikkei 225", 27000, 41000), ("Hang Seng", 15000, 23000), ("STI", 3000, 3600), ("ISEQ", 8000, 10500),
           ("NZX 50", 11000, 12800), ("Kospi", 2300, 2900)]
    fx = ["GBP/USD 1.2" + str(r.randint(100, 999)), "EUR/USD 1.0" + str(r.randint(500, 999)), "USD/INR 8" + str(r.randint(1, 4)) + "." + str(r.randint(10, 99)),
          "AUD/USD 0.6" + str(r.randint(100, 999)), "Gold $" + num(r, 1800, 2700), "Brent $" + str(r.randint(60, 95)) + "." + str(r.randint(10, 99)),
          "Bitcoin $" + num(r, 25000, 105000)]
    items = []
    for name, lo, hi in sample(r, idx, r.randint(2, 4)):
        v = r.uniform(lo, hi)
        ch = r.uniform(-2.5, 2.5)
        arrow = r.choice(["", "▲ " if ch > 0 else "▼ "])
        items.append(f"{name} {v:,.2f} {arrow}{ch:+.2f}%")
    if r.random() < 0.5:
        items.append(r.choice(fx))
    return join(r, items, [" | ", "  ", " · ", " • "])

@kind("weather_widget", 15, "Weather widget text")
def k_weather(r, o):
    c = r.randint(-5, 38)
    cond = r.choice(["Light rain", "Partly cloudy", "Sunny", "Overcast", "Showers", "Clear", "Thunderstorms", "Fog", "Windy", "Snow"])
    pl = r.choice(PLACES)
    T = [f"{pl} {c}°C {cond}", f"{pl} {c}° {cond}", f"{cond} {c}°", f"Weather: {pl}, {c}°C", f"{pl} Weather {c}° H:{c + r.randint(1, 6)}° L:{c - r.randint(2, 8)}°",
         f"{c}°C {pl} | Change location", f"Today {c}° {cond}. Tomorrow {c + r.randint(-3, 3)}°"]
    return r.choice(T)

@kind("adblock_notice", 25, "Ad-blocker detection notices")
def k_adblock(r, o):
    O = short(o)
    T = ["We noticed you're using an ad blocker.", f"Please consider disabling your ad blocker or whitelisting {O}.",
         "Advertising helps fund our journalism.", "Turn off ad blocker | Subscribe instead",
         "It looks like you're using an ad blocker.", f"{O} relies on advertising revenue to pay our journalists. Please disable your ad blocker.",
         "Ad blocker detected", "To continue reading, please disable your ad blocker or subscribe.",
         "I've disabled my ad blocker", "Continue without supporting us", "How to disable your ad blocker",
         "We get it: ads can be annoying. But they help keep our journalism free.", "Please allow ads on our site"]
    return r.choice(T)

@kind("browser_notice", 12, "Unsupported-browser / enable-JavaScript notices")
def k_browser(r, o):
    T = ["Your browser is out of date", "Please enable JavaScript", "For the best experience, use the latest version of Chrome, Firefox, Safari or Edge",
         "This site works best with JavaScript enabled", "You are using an outdated browser. Please upgrade your browser to improve your experience.",
         "JavaScript is disabled in your browser", "Please enable cookies and JavaScript to continue", "Checking your browser before accessing the site",
         "Please update your browser", "Some features may not work in your browser"]
    return r.choice(T)

@kind("event_promo", 20, "Promos for the outlet's live events")
def k_event(r, o):
    O = short(o)
    ev = r.choice([f"{O} Live", "the Future of Work Summit", "our Climate Forum", "Festival of Ideas", "the Business Awards",
                   "a subscriber-only webinar", "the Book Club live", "our Leaders Breakfast", "the Food Festival"])
    d = fmt_date(r, dt(r, 2024, 2025), o)
    T = [f"Join us at {ev} on {d}. Book your tickets now.", f"Subscriber event: {ev}, {d}. Register now.",
         f"{ev}: tickets on sale now", f"Don't miss {ev}. Subscribers save {r.choice([10, 20, 25, 30])}%.",
         f"Register now for {ev}", f"Watch {ev} on demand", f"Book now: {ev}, {r.choice(PLACES)}, {d}"]
    return r.choice(T)

@kind("topic_follow", 30, "Follow-topic / follow-author / email-alert controls")
def k_follow(r, o):
    tp = r.choice(TOPICS)
    T = ["Follow", "+ Follow", "Follow this topic", "Add to myFT", f"Follow {person(r)}", f"Get alerts on {tp} when a new story is published",
         "Following", f"Receive free {tp} updates", "Follow the authors of this article", "Get email alerts", f"Follow {tp}",
         f"Get notified about {tp}", "Unfollow", "Follow topics and authors", f"+ {tp}", f"Sign up for alerts on {tp}",
         f"Follow {person(r)} and never miss a story", "Manage my alerts"]
    return vc(r, r.choice(T), up=0.1, tt=0.1)

@kind("print_edition_note", 40, "'A version of this article appears in print' notes")
def k_print(r, o):
    d = fmt_date(r, None, o)
    h = headline(r)
    T = [f"A version of this article appears in print on {d}, Section {r.choice('ABCD')}, Page {r.randint(1, 28)} of the New York edition with the headline: {title(h)}.",
         f"This article appeared in the {r.choice(SECTIONS)} section of the print edition under the headline \"{h}\"",
         f"Appeared in the {d} print edition as '{h}'.", f"Published in print: {d}", f"This article appeared in print on {d}.",
         f"A version of this story appeared in the {d} edition of {short(o)}.", f"Printed in the {r.choice(['Sunday', 'Saturday', 'weekend'])} edition",
         f"This story appeared in print on page {r.randint(1, 40)}.", f"From the {r.choice(MON)} {r.randint(2019, 2025)} issue",
         f"This article was published in the print edition of {short(o)} on {d}.", f"Print headline: {h}"]
    return r.choice(T)

@kind("skip_links", 12, "Accessibility skip links")
def k_skip(r, o):
    T = ["Skip to main content", "Skip to navigation", "Skip to content", "Accessibility help", "Jump to", "Skip to footer",
         "Skip to search", "Skip to main menu", "Skip to article", "Accessibility links", "Skip to key events", "Skip to comments"]
    return r.choice(T) if r.random() < 0.6 else join(r, sample(r, T, 2))

@kind("poll_widget", 15, "Reader polls and vote widgets")
def k_poll(r, o):
    q = r.choice(["Should the speed limit be lowered on residential streets?", "Do you support a four-day week?",
                  "Will you be watching the final?", "Should e-scooters be banned from footpaths?",
                  "Are you planning a holiday this summer?", "Should school uniforms be cheaper?"])
    T = ["Vote now", "What do you think?", "Take our poll", "Results", "Thank you for voting", f"Poll: {q} Yes / No / Not sure",
         "View results", f"{num(r, 100, 9000)} votes", f"{q} Vote", "Poll closed", "POLL"]
    return r.choice(T)

@kind("opinion_disclaimer", 25, "Opinion-piece disclaimers")
def k_opdisc(r, o):
    O = short(o)
    T = [f"The views expressed in this article are those of the author and do not necessarily reflect the views of {O}.",
         "Views expressed are personal.", "Opinions expressed are the author's own.",
         f"This is an opinion column. Views expressed are the writer's own and not those of {O}.",
         "Disclaimer: The opinions expressed above are the personal views of the author.",
         "This is an opinion piece.", "OPINION", "Opinion", f"{O} publishes a diversity of opinions. We'd like to hear what you think about this article.",
         "Want to respond? Submit a letter to the editor.", "The author's views are their own.",
         "This column does not necessarily reflect the opinion of the editorial board.", "Guest essay",
         "Comment is free, but facts are sacred."]
    return r.choice(T)

@kind("language_switch", 12, "Read-in-another-language / edition switchers")
def k_lang(r, o):
    T = ["Read in Hindi", "Read this article in Irish", "Also available in Welsh", "Read in Chinese",
         "This article is also available in French", "Edition: UK | US | Australia | International",
         "Switch edition", "Change edition: International", "Read in Simplified Chinese", "English | Español",
         "Read this in Malay", "Select language", "Also in Tamil", "Edition: India"]
    return r.choice(T)


# --------------------------------------------------------------------------
def target_for(n):
    """Heavy kinds (registry weight >= 60) get 60-90 lines; the rest 12-25."""
    if n >= 60:
        return max(60, round(n * HEAVY_SCALE))
    return max(MIN_PER_KIND, round(n * LIGHT_SCALE))


def generate():
    r = random.Random(SEED)
    counts = Counter()
    rows = []
    shortfalls = []
    for name, n, desc, f in KINDS:
        target = target_for(n)
        got = 0
        tries = 0
        while got < target and tries < target * 200:
            tries += 1
            o = r.choice(OUTLETS)
            res = f(r, o)
            if isinstance(res, tuple):
                text, outlet = res
            else:
                text, outlet = res, o[0]
            text = " ".join(text.split())
            if not text:
                continue
            c = counts[text]
            if c >= MAX_REPEAT:
                continue
            # prefer new wordings; allow an occasional second copy
            if c == 1 and r.random() < 0.85:
                continue
            if outlet == o[0] and o[0] not in text and r.random() < 0.25:
                outlet = "generic"
            counts[text] += 1
            rows.append({"kind": name, "outlet": outlet, "text": text})
            got += 1
        if got < target:
            shortfalls.append((name, got, target))
    return rows, shortfalls


def main():
    rows, shortfalls = generate()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    for name, got, target in shortfalls:
        print(f"shortfall: {name} {got}/{target}")
    print(f"wrote {len(rows)} lines, {len(KINDS)} kinds, {len(OUTLETS)} outlets -> {OUT}")


if __name__ == "__main__":
    main()
