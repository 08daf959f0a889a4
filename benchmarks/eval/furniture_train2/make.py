#!/usr/bin/env python3
"""Deterministic generator for a corpus of English news-page "furniture" lines.

Every wording below was written by hand for this corpus. Re-running the script
rewrites furniture.jsonl byte for byte (fixed seed, fixed iteration order).
"""
import datetime
import json
import os
import random
import re

SEED = 20250611
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "furniture.jsonl")

# ---------------------------------------------------------------------------
# Outlets: (name, domain, region, type)
# ---------------------------------------------------------------------------
OUTLETS = [
    # United States
    ("The New York Times", "nytimes.com", "US", "paper"),
    ("The Washington Post", "washingtonpost.com", "US", "paper"),
    ("CNN", "cnn.com", "US", "broadcaster"),
    ("Fox News", "foxnews.com", "US", "broadcaster"),
    ("NBC News", "nbcnews.com", "US", "broadcaster"),
    ("CBS News", "cbsnews.com", "US", "broadcaster"),
    ("ABC News", "abcnews.go.com", "US", "broadcaster"),
    ("NPR", "npr.org", "US", "broadcaster"),
    ("PBS NewsHour", "pbs.org", "US", "broadcaster"),
    ("USA Today", "usatoday.com", "US", "paper"),
    ("Los Angeles Times", "latimes.com", "US", "paper"),
    ("Chicago Tribune", "chicagotribune.com", "US", "paper"),
    ("The Wall Street Journal", "wsj.com", "US", "paper"),
    ("Bloomberg", "bloomberg.com", "US", "wire"),
    ("Politico", "politico.com", "US", "digital"),
    ("Axios", "axios.com", "US", "digital"),
    ("The Atlantic", "theatlantic.com", "US", "magazine"),
    ("HuffPost", "huffpost.com", "US", "digital"),
    ("Vox", "vox.com", "US", "digital"),
    ("Business Insider", "businessinsider.com", "US", "digital"),
    ("The Hill", "thehill.com", "US", "digital"),
    ("Newsweek", "newsweek.com", "US", "magazine"),
    ("Time", "time.com", "US", "magazine"),
    ("The Boston Globe", "bostonglobe.com", "US", "paper"),
    ("Houston Chronicle", "houstonchronicle.com", "US", "paper"),
    ("Miami Herald", "miamiherald.com", "US", "paper"),
    ("The Seattle Times", "seattletimes.com", "US", "paper"),
    ("The Denver Post", "denverpost.com", "US", "paper"),
    ("Star Tribune", "startribune.com", "US", "paper"),
    ("Tampa Bay Times", "tampabay.com", "US", "paper"),
    ("The Philadelphia Inquirer", "inquirer.com", "US", "paper"),
    ("Associated Press", "apnews.com", "US", "wire"),
    ("UPI", "upi.com", "US", "wire"),
    ("ProPublica", "propublica.org", "US", "digital"),
    ("The Texas Tribune", "texastribune.org", "US", "digital"),
    ("CalMatters", "calmatters.org", "US", "digital"),
    ("Semafor", "semafor.com", "US", "digital"),
    ("The Verge", "theverge.com", "US", "digital"),
    ("TechCrunch", "techcrunch.com", "US", "trade"),
    ("Wired", "wired.com", "US", "magazine"),
    ("Ars Technica", "arstechnica.com", "US", "digital"),
    ("ESPN", "espn.com", "US", "broadcaster"),
    ("CNBC", "cnbc.com", "US", "broadcaster"),
    ("MarketWatch", "marketwatch.com", "US", "digital"),
    ("Forbes", "forbes.com", "US", "magazine"),
    ("Fortune", "fortune.com", "US", "magazine"),
    ("Variety", "variety.com", "US", "trade"),
    ("The Hollywood Reporter", "hollywoodreporter.com", "US", "trade"),
    ("Rolling Stone", "rollingstone.com", "US", "magazine"),
    ("Voice of America", "voanews.com", "US", "broadcaster"),
    ("The Daily Beast", "thedailybeast.com", "US", "digital"),
    ("Slate", "slate.com", "US", "digital"),
    ("The Cedar County Courier", "cedarcountycourier.com", "US", "local"),
    ("Tri-Valley Sentinel", "trivalleysentinel.com", "US", "local"),
    ("Riverbend Post", "riverbendpost.com", "US", "local"),
    ("WKRL 7 Action News", "wkrl7.com", "US", "broadcaster"),
    ("KTVR Channel 4", "ktvr4.com", "US", "broadcaster"),
    ("Lakeside Public Radio", "lakesidepublicradio.org", "US", "broadcaster"),
    ("Capitol Memo", "capitolmemo.substack.com", "US", "newsletter"),
    ("The Morning Ping", "themorningping.com", "US", "newsletter"),
    ("Grid & Gauge", "gridandgauge.com", "US", "trade"),
    ("FreightWire Daily", "freightwiredaily.com", "US", "trade"),
    ("Metro Transit Watch", "metrotransitwatch.blog", "US", "blog"),
    ("Notes from the Overpass", "overpassnotes.substack.com", "US", "blog"),
    # United Kingdom
    ("BBC News", "bbc.co.uk", "UK", "broadcaster"),
    ("The Guardian", "theguardian.com", "UK", "paper"),
    ("The Times", "thetimes.co.uk", "UK", "paper"),
    ("The Telegraph", "telegraph.co.uk", "UK", "paper"),
    ("Financial Times", "ft.com", "UK", "paper"),
    ("The Independent", "independent.co.uk", "UK", "paper"),
    ("Daily Mail", "dailymail.co.uk", "UK", "paper"),
    ("The Sun", "thesun.co.uk", "UK", "paper"),
    ("Daily Mirror", "mirror.co.uk", "UK", "paper"),
    ("Evening Standard", "standard.co.uk", "UK", "paper"),
    ("Sky News", "news.sky.com", "UK", "broadcaster"),
    ("ITV News", "itv.com", "UK", "broadcaster"),
    ("Channel 4 News", "channel4.com", "UK", "broadcaster"),
    ("The Economist", "economist.com", "UK", "magazine"),
    ("New Statesman", "newstatesman.com", "UK", "magazine"),
    ("The Spectator", "spectator.co.uk", "UK", "magazine"),
    ("Manchester Evening News", "manchestereveningnews.co.uk", "UK", "local"),
    ("Liverpool Echo", "liverpoolecho.co.uk", "UK", "local"),
    ("The Scotsman", "scotsman.com", "UK", "paper"),
    ("The Herald", "heraldscotland.com", "UK", "paper"),
    ("WalesOnline", "walesonline.co.uk", "UK", "local"),
    ("Belfast Telegraph", "belfasttelegraph.co.uk", "UK", "paper"),
    ("The i Paper", "inews.co.uk", "UK", "paper"),
    ("Metro", "metro.co.uk", "UK", "paper"),
    ("PA Media", "pamediagroup.com", "UK", "wire"),
    ("Press Gazette", "pressgazette.co.uk", "UK", "trade"),
    ("The Week", "theweek.co.uk", "UK", "magazine"),
    ("GB News", "gbnews.com", "UK", "broadcaster"),
    ("LBC", "lbc.co.uk", "UK", "broadcaster"),
    ("Ashford & District Echo", "ashfordecho.co.uk", "UK", "local"),
    ("North Shore Dispatch", "northshoredispatch.co.uk", "UK", "local"),
    ("Kestrel FM News", "kestrelfm.co.uk", "UK", "broadcaster"),
    ("Pharma Pulse Weekly", "pharmapulseweekly.co.uk", "UK", "trade"),
    ("Hotel Trade Today", "hoteltradetoday.co.uk", "UK", "trade"),
    # Ireland
    ("The Irish Times", "irishtimes.com", "IE", "paper"),
    ("Irish Independent", "independent.ie", "IE", "paper"),
    ("RTÉ News", "rte.ie", "IE", "broadcaster"),
    ("TheJournal.ie", "thejournal.ie", "IE", "digital"),
    ("Irish Examiner", "irishexaminer.com", "IE", "paper"),
    ("BreakingNews.ie", "breakingnews.ie", "IE", "digital"),
    ("Newstalk", "newstalk.com", "IE", "broadcaster"),
    ("The Irish News", "irishnews.com", "IE", "paper"),
    ("Kilcarra Observer", "kilcarraobserver.ie", "IE", "local"),
    ("Shannonside Weekly", "shannonsideweekly.ie", "IE", "local"),
    # Canada
    ("CBC News", "cbc.ca", "CA", "broadcaster"),
    ("The Globe and Mail", "theglobeandmail.com", "CA", "paper"),
    ("Toronto Star", "thestar.com", "CA", "paper"),
    ("National Post", "nationalpost.com", "CA", "paper"),
    ("CTV News", "ctvnews.ca", "CA", "broadcaster"),
    ("Global News", "globalnews.ca", "CA", "broadcaster"),
    ("Montreal Gazette", "montrealgazette.com", "CA", "paper"),
    ("Vancouver Sun", "vancouversun.com", "CA", "paper"),
    ("The Canadian Press", "thecanadianpress.com", "CA", "wire"),
    ("Winnipeg Free Press", "winnipegfreepress.com", "CA", "paper"),
    ("Calgary Herald", "calgaryherald.com", "CA", "paper"),
    ("Ottawa Citizen", "ottawacitizen.com", "CA", "paper"),
    ("The Tyee", "thetyee.ca", "CA", "digital"),
    ("Prairie Sun Weekly", "prairiesunweekly.ca", "CA", "local"),
    ("Agri Monitor Canada", "agrimonitor.ca", "CA", "trade"),
    # Australia
    ("ABC News (Australia)", "abc.net.au", "AU", "broadcaster"),
    ("The Sydney Morning Herald", "smh.com.au", "AU", "paper"),
    ("The Age", "theage.com.au", "AU", "paper"),
    ("The Australian", "theaustralian.com.au", "AU", "paper"),
    ("news.com.au", "news.com.au", "AU", "digital"),
    ("Guardian Australia", "theguardian.com/au", "AU", "paper"),
    ("SBS News", "sbs.com.au", "AU", "broadcaster"),
    ("9News", "9news.com.au", "AU", "broadcaster"),
    ("7NEWS", "7news.com.au", "AU", "broadcaster"),
    ("Australian Associated Press", "aap.com.au", "AU", "wire"),
    ("The Conversation", "theconversation.com", "AU", "digital"),
    ("Crikey", "crikey.com.au", "AU", "digital"),
    ("The Courier-Mail", "couriermail.com.au", "AU", "paper"),
    ("Herald Sun", "heraldsun.com.au", "AU", "paper"),
    ("Brisbane Times", "brisbanetimes.com.au", "AU", "digital"),
    ("The West Australian", "thewest.com.au", "AU", "paper"),
    ("The Canberra Times", "canberratimes.com.au", "AU", "paper"),
    ("Wattle Creek Advocate", "wattlecreekadvocate.com.au", "AU", "local"),
    ("Outback Freight Journal", "outbackfreight.com.au", "AU", "trade"),
    # New Zealand
    ("RNZ", "rnz.co.nz", "NZ", "broadcaster"),
    ("Stuff", "stuff.co.nz", "NZ", "digital"),
    ("The New Zealand Herald", "nzherald.co.nz", "NZ", "paper"),
    ("1News", "1news.co.nz", "NZ", "broadcaster"),
    ("Newsroom", "newsroom.co.nz", "NZ", "digital"),
    ("The Spinoff", "thespinoff.co.nz", "NZ", "digital"),
    ("Otago Daily Times", "odt.co.nz", "NZ", "paper"),
    ("The Press", "thepress.co.nz", "NZ", "paper"),
    ("Tasman Bay Times", "tasmanbaytimes.co.nz", "NZ", "local"),
    # India
    ("The Times of India", "timesofindia.indiatimes.com", "IN", "paper"),
    ("Hindustan Times", "hindustantimes.com", "IN", "paper"),
    ("The Hindu", "thehindu.com", "IN", "paper"),
    ("The Indian Express", "indianexpress.com", "IN", "paper"),
    ("NDTV", "ndtv.com", "IN", "broadcaster"),
    ("India Today", "indiatoday.in", "IN", "broadcaster"),
    ("Scroll.in", "scroll.in", "IN", "digital"),
    ("The Wire", "thewire.in", "IN", "digital"),
    ("Mint", "livemint.com", "IN", "paper"),
    ("The Economic Times", "economictimes.indiatimes.com", "IN", "paper"),
    ("Press Trust of India", "ptinews.com", "IN", "wire"),
    ("Deccan Herald", "deccanherald.com", "IN", "paper"),
    ("ThePrint", "theprint.in", "IN", "digital"),
    ("News18", "news18.com", "IN", "broadcaster"),
    ("Business Standard", "business-standard.com", "IN", "paper"),
    ("Pune Metro Mirror", "punemetromirror.in", "IN", "local"),
    # South Africa
    ("News24", "news24.com", "ZA", "digital"),
    ("Daily Maverick", "dailymaverick.co.za", "ZA", "digital"),
    ("Mail & Guardian", "mg.co.za", "ZA", "paper"),
    ("TimesLIVE", "timeslive.co.za", "ZA", "digital"),
    ("IOL", "iol.co.za", "ZA", "digital"),
    ("eNCA", "enca.com", "ZA", "broadcaster"),
    ("SABC News", "sabcnews.com", "ZA", "broadcaster"),
    ("BusinessDay", "businessday.co.za", "ZA", "paper"),
    ("The Citizen", "citizen.co.za", "ZA", "paper"),
    ("GroundUp", "groundup.org.za", "ZA", "digital"),
    ("African News Agency", "africannewsagency.com", "ZA", "wire"),
    ("Karoo Courant", "karoocourant.co.za", "ZA", "local"),
    # Singapore
    ("The Straits Times", "straitstimes.com", "SG", "paper"),
    ("CNA", "channelnewsasia.com", "SG", "broadcaster"),
    ("TODAY", "todayonline.com", "SG", "digital"),
    ("The Business Times", "businesstimes.com.sg", "SG", "paper"),
    ("Mothership", "mothership.sg", "SG", "digital"),
    ("Straits Retail Insider", "straitsretailinsider.sg", "SG", "trade"),
    # Gulf
    ("Gulf News", "gulfnews.com", "GULF", "paper"),
    ("Khaleej Times", "khaleejtimes.com", "GULF", "paper"),
    ("The National", "thenationalnews.com", "GULF", "paper"),
    ("Arab News", "arabnews.com", "GULF", "paper"),
    ("Al Jazeera English", "aljazeera.com", "GULF", "broadcaster"),
    ("Gulf Times", "gulf-times.com", "GULF", "paper"),
    ("The Peninsula", "thepeninsulaqatar.com", "GULF", "paper"),
    ("Saudi Gazette", "saudigazette.com.sa", "GULF", "paper"),
    ("Oman Observer", "omanobserver.om", "GULF", "paper"),
    ("Emirates News Agency", "wam.ae", "GULF", "wire"),
    ("Gulf Build Review", "gulfbuildreview.com", "GULF", "trade"),
    # International / other English-language
    ("Reuters", "reuters.com", "INTL", "wire"),
    ("AFP", "afp.com", "INTL", "wire"),
    ("DW", "dw.com", "INTL", "broadcaster"),
    ("France 24", "france24.com", "INTL", "broadcaster"),
    ("Euronews", "euronews.com", "INTL", "broadcaster"),
    ("The Japan Times", "japantimes.co.jp", "INTL", "paper"),
    ("South China Morning Post", "scmp.com", "INTL", "paper"),
    ("Kyodo News", "english.kyodonews.net", "INTL", "wire"),
    ("Yonhap", "en.yna.co.kr", "INTL", "wire"),
    ("The Korea Herald", "koreaherald.com", "INTL", "paper"),
    ("Bangkok Post", "bangkokpost.com", "INTL", "paper"),
    ("Dawn", "dawn.com", "INTL", "paper"),
    ("The Daily Star", "thedailystar.net", "INTL", "paper"),
    ("Nation Africa", "nation.africa", "INTL", "paper"),
    ("Rest of World", "restofworld.org", "INTL", "digital"),
    ("The Coastal Grid", "thecoastalgrid.blog", "INTL", "blog"),
    ("Ledger Brief", "ledgerbrief.news", "INTL", "newsletter"),
]

REGIONS = ["US", "UK", "IE", "CA", "AU", "NZ", "IN", "ZA", "SG", "GULF", "INTL"]
BY_REGION = {g: [o for o in OUTLETS if o[2] == g] for g in REGIONS}

WIRES = ["Reuters", "AP", "AFP", "PA", "The Canadian Press", "AAP", "PTI", "ANI", "IANS",
         "WAM", "SPA", "QNA", "Bernama", "Kyodo", "Yonhap", "dpa", "EFE", "ANA", "Xinhua",
         "Bloomberg", "UPI", "NZPA", "ANP", "Anadolu"]

TZ = {
    "US": ["ET", "EST", "EDT", "PT", "PDT", "CT", "CDT", "MT"],
    "UK": ["GMT", "BST"],
    "IE": ["IST", "GMT"],
    "CA": ["ET", "EDT", "PT", "MT", "AT"],
    "AU": ["AEST", "AEDT", "AWST", "ACST"],
    "NZ": ["NZST", "NZDT"],
    "IN": ["IST"],
    "ZA": ["SAST"],
    "SG": ["SGT"],
    "GULF": ["GST", "UAE", "AST", "KSA"],
    "INTL": ["GMT", "UTC", "CET", "CEST"],
}

PLACES = {
    "US": ["Washington", "New York", "Chicago", "Los Angeles", "Houston", "Phoenix", "Atlanta",
           "Miami", "Denver", "Seattle", "Boston", "Detroit", "New Orleans", "Philadelphia",
           "Minneapolis", "Austin", "Sacramento", "Nashville", "Portland, Oregon", "Tampa"],
    "UK": ["London", "Manchester", "Birmingham", "Glasgow", "Cardiff", "Belfast", "Leeds",
           "Bristol", "Edinburgh", "Liverpool", "Newcastle", "Norwich", "Plymouth", "Aberdeen"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick", "Waterford", "Sligo", "Killarney",
           "Dundalk", "Athlone", "Letterkenny"],
    "CA": ["Toronto", "Ottawa", "Vancouver", "Montreal", "Calgary", "Halifax", "Winnipeg",
           "Edmonton", "Regina", "Quebec City", "Victoria, B.C."],
    "AU": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra", "Hobart",
           "Darwin", "Cairns", "Geelong", "the Gold Coast", "Townsville"],
    "NZ": ["Auckland", "Wellington", "Christchurch", "Dunedin", "Hamilton", "Tauranga",
           "Napier", "Nelson", "Queenstown", "Rotorua"],
    "IN": ["New Delhi", "Mumbai", "Bengaluru", "Chennai", "Kolkata", "Hyderabad", "Pune",
           "Ahmedabad", "Lucknow", "Jaipur", "Kochi", "Guwahati"],
    "ZA": ["Johannesburg", "Cape Town", "Durban", "Pretoria", "Gqeberha", "Bloemfontein",
           "Polokwane", "Soweto", "Stellenbosch", "East London"],
    "SG": ["Orchard Road", "Jurong East", "Marina Bay", "Changi Airport", "Toa Payoh",
           "Woodlands", "Tampines", "Punggol", "Bukit Timah", "Clementi"],
    "GULF": ["Dubai", "Abu Dhabi", "Riyadh", "Doha", "Jeddah", "Muscat", "Manama",
             "Kuwait City", "Sharjah", "Al Ain"],
    "INTL": ["Geneva", "Brussels", "Paris", "Berlin", "Tokyo", "Nairobi", "Kyiv", "Beirut",
             "Sao Paulo", "Jakarta", "Seoul", "Hong Kong", "Dhaka", "Karachi", "Bangkok",
             "Lagos", "Mexico City", "Manila"],
}

FIRST = ["Sarah", "James", "Priya", "Mohammed", "Aoife", "Liam", "Chloe", "Daniel", "Fatima",
         "Wei", "Thandiwe", "Rahul", "Emma", "Olivia", "Noah", "Siobhán", "Ciarán", "Kiri",
         "Aroha", "Tane", "Mei Ling", "Arjun", "Ananya", "Lerato", "Sipho", "Naledi", "Hamza",
         "Layla", "Omar", "Aisha", "Rachel", "Michael", "Jennifer", "David", "Hannah", "Tom",
         "Lucy", "Ben", "Grace", "Jack", "Isla", "Harry", "Zoe", "Marcus", "Kwame", "Nkechi",
         "Diego", "Sofia", "Elena", "Ravi", "Deepa", "Vikram", "Meera", "Jun", "Hyun-woo",
         "Yuki", "Kenji", "Lachlan", "Mia", "Matilda", "Cooper", "Tiana", "Nathan", "Kate",
         "Patrick", "Niamh", "Seán", "Cormac", "Gemma", "Alex", "Jordan", "Sam", "Robyn",
         "Fergus", "Eilidh", "Rhys", "Cerys", "Dylan", "Megan", "Amara", "Tariq", "Noor",
         "Yasmin", "Khalid", "Reem", "Jean-François", "Geneviève", "Maxime", "Anjali", "Suresh"]
LAST = ["Patel", "Nguyen", "O'Brien", "Murphy", "Smith", "Johnson", "Williams", "Brown", "Okafor",
        "Mensah", "Naidoo", "Dlamini", "Khumalo", "van der Merwe", "Botha", "Singh", "Sharma",
        "Iyer", "Menon", "Chatterjee", "Reddy", "Kapoor", "Tan", "Lim", "Ng", "Goh", "Chen",
        "Wong", "Lee", "Kim", "Park", "Sato", "Tanaka", "Al-Mansouri", "Haddad", "Khan",
        "Hussain", "Rahman", "Siddiqui", "Al-Harbi", "Farouk", "Fitzgerald", "Kelly", "Byrne",
        "Walsh", "Ryan", "McCarthy", "Doyle", "Campbell", "MacLeod", "Jones", "Evans", "Thomas",
        "Davies", "Hughes", "Taylor", "Wilson", "Martin", "Roy", "Tremblay", "Gagnon", "Leblanc",
        "Harris", "Clarke", "Robinson", "Walker", "Young", "Hall", "Wright", "Scott", "Green",
        "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Pérez", "Garcia", "Rodriguez",
        "Hernandez", "Lopez", "Rossi", "Müller", "Novak", "Kowalski", "Te Rangi", "Ngata",
        "Parata", "Henare", "Fonoti", "Tuilagi", "Ó Súilleabháin", "Bhattacharya", "Mokoena"]

BEATS = ["politics", "the White House", "Congress", "climate and energy", "health care",
         "education", "crime and courts", "technology", "artificial intelligence",
         "personal finance", "markets", "real estate", "transport", "immigration",
         "national security", "foreign affairs", "the Middle East", "South Asia", "China",
         "Europe", "Africa", "the environment", "sport", "cricket", "rugby", "the AFL",
         "Premier League football", "culture", "film", "music", "food and drink", "travel",
         "science", "space", "labour and workplace issues", "local government", "Westminster",
         "Holyrood", "the Oireachtas", "Parliament Hill", "federal politics in Canberra",
         "the Beehive", "state politics", "public health", "the property market", "retail",
         "aviation", "energy", "mining", "agriculture", "the arts", "media", "consumer affairs",
         "the economy", "banking", "startups", "video games", "weather and climate",
         "social affairs", "investigations", "data journalism", "diplomacy", "defence",
         "the Gulf economy", "Indian politics", "South African politics", "Singapore politics",
         "city hall", "the Supreme Court", "housing", "wildlife and conservation", "motoring",
         "fashion", "television", "books", "religion", "the NRL", "GAA", "hockey", "the NFL"]

ROLES = ["staff writer", "senior reporter", "political correspondent", "political editor",
         "business reporter", "chief economics correspondent", "health reporter",
         "education correspondent", "Washington bureau chief", "Europe correspondent",
         "Asia editor", "data reporter", "investigations editor", "deputy news editor",
         "social affairs correspondent", "climate reporter", "technology editor",
         "courts reporter", "sports writer", "senior writer", "features writer",
         "audience editor", "photo editor", "video journalist", "multimedia producer",
         "national affairs editor", "Middle East correspondent", "South Asia correspondent",
         "Africa correspondent", "columnist", "contributing writer", "chief reporter",
         "consumer affairs reporter", "transport correspondent", "science writer",
         "night editor", "live news editor", "breaking news reporter", "digital producer",
         "parliamentary reporter", "crime correspondent", "arts critic", "food critic",
         "markets reporter", "property editor", "energy correspondent", "diplomatic editor"]

SECTIONS = ["News", "World", "Politics", "Business", "Opinion", "Sport", "Culture", "Lifestyle",
            "Tech", "Science", "Health", "Travel", "Money", "Climate", "Entertainment", "Arts",
            "Food", "Property", "Motoring", "Education", "Local", "Crime", "Weather", "Video",
            "Podcasts", "Puzzles", "Markets", "Economy", "Environment", "Books", "Film", "Music",
            "TV", "Fashion", "Wellness", "Style", "Cricket", "Football", "Rugby", "AFL", "NRL",
            "GAA", "Hockey", "Golf", "Tennis", "Motorsport", "Racing", "Obituaries", "Letters",
            "Editorials", "Investigations", "Explainers", "Fact check", "Data", "Photos",
            "Regional", "National", "Asia", "Africa", "Middle East", "Europe", "Americas",
            "UK", "Ireland", "Canada", "Australia", "New Zealand", "India", "US", "Gulf",
            "Singapore", "South Africa", "Companies", "Personal finance", "Jobs", "Careers",
            "Startups", "Energy", "Mining", "Agriculture", "Real estate", "Auto", "Gadgets",
            "Gaming", "Parenting", "Relationships", "Recipes", "Royals", "Celebrity", "Horoscopes"]

# Headlines of OTHER stories (teasers, lists, read-more links)
HEADLINES = [
    "Council approves plan for new cycle lanes on busy corridor",
    "Storm warning issued as heavy rain sweeps in from the west",
    "Central bank holds interest rates steady for third month",
    "Five things to know before the markets open today",
    "Teenager charged after crash that closed motorway for hours",
    "What the new visa rules mean for international students",
    "Why petrol prices are rising again, explained",
    "Hospital waiting lists hit record high, new figures show",
    "Star striker ruled out for six weeks with hamstring injury",
    "Ex-minister launches bid to lead the party",
    "The best budget laptops of the year, tested",
    "How to cut your energy bill this winter",
    "Search resumes for missing hikers in national park",
    "Airline cancels dozens of flights amid staff shortage",
    "Review: A slow-burning thriller that never quite catches fire",
    "Housing prices fall in most capital cities",
    "Union announces strike dates for rail workers",
    "Scientists discover new species of deep-sea fish",
    "Opinion: It's time we talked honestly about public transport",
    "Live updates: Election count continues in key seats",
    "Wildfire forces evacuation of hillside suburbs",
    "Court hears closing arguments in fraud trial",
    "Startup raises $40 million to build battery plants",
    "Tourist numbers bounce back to pre-pandemic levels",
    "Police appeal for witnesses after overnight stabbing",
    "The restaurant that changed how a city eats",
    "Mortgage rates: what experts expect next",
    "School term dates confirmed for next year",
    "Heatwave to bring temperatures near 40C by weekend",
    "Tech giant fined over data breach",
    "Inside the race to build a better vaccine",
    "Water restrictions lifted after wettest month on record",
    "Grocery prices: the items that cost the most more this year",
    "Former captain named new head coach",
    "Quiz: How closely did you follow the news this week?",
    "Government unveils plan to tackle youth unemployment",
    "Protesters gather outside parliament over fuel tax",
    "Bridge closure: traffic chaos expected for commuters",
    "Obituary: Beloved broadcaster dies aged 84",
    "The rise and fall of a crypto empire",
    "Report finds widespread mould in rental homes",
    "New metro line opens after years of delays",
    "Dog rescued from cliff ledge by coastguard",
    "Watch: Drone footage shows scale of flood damage",
    "How the budget will affect your household",
    "Cricket: Hosts collapse on day three",
    "Rugby: Late try seals dramatic comeback win",
    "Grand Slam champion announces retirement",
    "Long-lost painting sells for record sum at auction",
    "Ceasefire talks resume as pressure mounts",
    "Minister under fire over leaked emails",
    "Supreme Court agrees to hear landmark case",
    "These are the suburbs where rents rose fastest",
    "Inflation eases but food costs stay stubborn",
    "Major retailer to close 30 stores",
    "Doctors warn of early start to flu season",
    "Festival line-up announced with surprise headliner",
    "Explainer: Who are the candidates and what do they stand for?",
    "Coastal town braces for king tides",
    "Bus fares to be frozen for another year",
    "Man jailed for 12 years over drug importation plot",
    "Monsoon rains cause landslides in hill districts",
    "Sensex ends higher as IT stocks rally",
    "Load-shedding: Eskom announces stage 2 tonight",
    "HDB resale prices rise for 16th straight quarter",
    "Dubai Metro extends hours for holiday weekend",
    "Riyadh Season draws record crowds in opening week",
    "Provincial budget promises more family doctors",
    "All Blacks name squad for northern tour",
    "Dáil passes housing bill after late-night sitting",
    "Tánaiste rejects calls for inquiry",
    "Stamp duty changes: what buyers need to know",
    "AFL trade period: every deal done so far",
    "State of Origin: Blues name unchanged side",
    "NHS trust declares critical incident",
    "Snow closes roads across the Highlands",
    "Premier League: five talking points from the weekend",
    "Canucks extend win streak to seven",
    "Wildfire smoke prompts air quality warning",
    "Petrol price to rise by 40 cents next month",
    "Matric results: how your province performed",
    "Kiwi dollar slides after RBNZ decision",
    "Cyclone upgraded to category 3 as it nears coast",
    "Diwali travel rush: railways add special trains",
    "IPL auction: the biggest buys",
    "COE prices mixed in latest bidding round",
    "Expat guide: renewing your residence visa",
    "Emiratisation deadline: what private firms must do",
    "Qatar announces new tourism visa scheme",
    "Two dead after light aircraft crashes in field",
    "Gallery: The best photos from the weekend's carnival",
    "Pictures: Crowds turn out for royal visit",
    "Recipe: A five-ingredient weeknight curry",
    "Ask the expert: Should I fix my mortgage now?",
    "Letters: Readers respond to the parking debate",
    "Podcast: The week that shook Westminster",
    "Fact check: No, the photo does not show what viral posts claim",
    "Crossword champion reveals secrets of the grid",
    "The 20 best albums of the year so far",
    "Film review: A dazzling debut from a director to watch",
    "Streaming guide: What to watch this weekend",
    "Weather: Sunny spells but a chilly start",
    "Traffic: Lane closures on the ring road tonight",
    "Boil-water notice issued for three towns",
    "Zoo welcomes rare twin panda cubs",
    "Lottery: Jackpot rolls over to record amount",
    "Ferry services cancelled as gales hit",
    "Student loan repayment threshold to change",
    "Pension age rise: who is affected?",
    "Working from home: the new rules for employers",
    "Scam alert: Fake parcel texts target shoppers",
    "Electric car sales overtake diesel for first time",
    "Mayor announces plan to plant 10,000 trees",
    "Parents warned over dangerous online trend",
    "Climate summit ends with last-minute deal",
    "Election 2025: the seats to watch",
    "Opinion: The budget nobody asked for",
    "Analysis: What the polls are really telling us",
    "Editorial: The city deserves a better plan for buses",
    "In pictures: Life on the frontline of the drought",
    "Tributes paid to local teacher killed in crash",
    "Shark sighting closes popular beach",
    "Train strike: full list of affected services",
    "Gold price hits fresh record high",
    "Oil slips as supply concerns ease",
    "The quiet town that became a property hotspot",
    "Why so many young people are leaving the city",
    "Meet the volunteers keeping the library open",
    "Hundreds turn out for charity fun run",
    "New speed cameras switched on from Monday",
    "Former MP dies after short illness",
    "Five of the best walks within an hour of the city",
    "Hidden costs of owning a pet, revealed",
    "Airport security queues: tips to beat the wait",
    "Power outage leaves thousands without electricity",
    "Kabaddi league returns with two new teams",
    "Bafana Bafana coach names provisional squad",
    "Springboks confirm team for opening Test",
    "Black Caps complete series sweep",
    "Matildas secure Olympic berth",
    "Raptors trade rumours heat up",
    "Blue Jays rally late to snap skid",
]

VIDEO_TITLES = [
    "Drone footage shows flooded streets in {place}",
    "Moment car plunges into river caught on dashcam",
    "How the new tax rules affect you, explained in 90 seconds",
    "Rescue crews pull driver from floodwaters",
    "Prime minister's full press conference",
    "Crowds gather as fireworks light up {place}",
    "Bodycam footage released in police shooting inquiry",
    "Firefighters battle blaze at warehouse in {place}",
    "Our reporter tries the city's new driverless taxi",
    "Highlights: Late goal settles derby",
    "Inside the hospital ward at breaking point",
    "Why are rents so high? We asked the experts",
    "Watch the moment the rocket lifts off",
    "Residents describe terrifying night as storm hit",
    "Tornado caught on camera near {place}",
    "What's in the budget? Our political editor explains",
    "Protesters march through central {place}",
    "Whale spotted swimming in harbour",
    "Behind the scenes at the country's busiest airport",
    "Minister grilled in heated TV interview",
    "Timelapse: New bridge lifted into place",
    "Dog reunited with owner after three weeks missing",
    "Election night: the moment the result was called",
    "Scenes of devastation after earthquake",
    "Chef shares a 15-minute family dinner",
    "How to spot a scam text",
    "Flash flood sweeps through market in {place}",
    "Bushfire jumps containment lines",
    "Commuters stranded as trains cancelled",
    "Hailstones the size of golf balls batter {place}",
    "Explainer: How does ranked-choice voting work?",
    "The weekend's best tries",
    "Post-match reaction from the coach",
    "Cyclone makes landfall: live pictures",
    "Aerial view shows scale of landslide",
    "Students celebrate exam results",
    "Mayor answers your questions on housing",
    "A day in the life of a night-shift nurse",
    "The weather forecast for the week ahead",
    "Markets wrap: Stocks end week higher",
    "Diwali celebrations light up {place}",
    "Load-shedding explained in two minutes",
    "National Day Parade rehearsal in pictures",
    "Sandstorm engulfs {place}",
    "Bull run: the day's market movers",
    "Opposition leader's reply speech in full",
    "Police chase ends in crash on motorway",
    "Skier's lucky escape from avalanche",
    "Paramedics' bodycam shows abuse on shift",
    "Rare snowfall blankets {place}",
    "Road rage incident caught on camera",
    "Cricket: Every wicket from day one",
    "Inside the new children's hospital",
    "Meet the woman who has fostered 100 children",
    "Hikers rescued by helicopter",
    "Queues stretch around block for new phone launch",
    "Sea lions take over beach in {place}",
    "The moment a sinkhole opened in a car park",
    "Former president speaks at rally",
    "Wildlife officers relocate crocodile",
    "Families evacuated as river bursts banks",
    "Tour of the most expensive home ever sold in {place}",
    "Kids react to the new school lunch menu",
    "Cyclists take over city streets for car-free day",
    "Why the Northern Lights were visible so far south",
    "Reporter's notebook: On the ground in {place}",
    "Full interview: Chief executive on job cuts",
    "Power lines down after overnight gales",
    "Freight train derails near {place}",
    "Heatwave: tips to keep your home cool",
    "The best moments from the awards night",
    "Watch: The budget in 60 seconds",
    "CCTV shows suspects fleeing jewellery store",
    "Stranded whale refloated by volunteers",
    "Drone show replaces fireworks in {place}",
    "Morning headlines",
    "Evening news bulletin",
    "News in 90 seconds",
    "Your week in review",
    "Top stories at noon",
]

CAPTIONS = [
    "Commuters wait on a crowded platform at {place} station",
    "Firefighters work to contain a blaze on the outskirts of {place}",
    "Residents wade through floodwater in {place}",
    "A general view of the parliament building",
    "Shoppers walk past a closing-down sale sign in {place}",
    "Supporters wave flags during a campaign rally in {place}",
    "Emergency services at the scene of the crash",
    "Police officers stand guard outside the court",
    "A worker inspects solar panels at a farm near {place}",
    "Students sit an exam in a school hall",
    "Protesters hold placards outside the offices in {place}",
    "The skyline of {place} at dusk",
    "Players celebrate after the final whistle",
    "A nurse prepares a vaccine dose at a clinic in {place}",
    "Cars queue at a petrol station in {place}",
    "Smoke rises over hills behind {place}",
    "A man walks his dog along the beach",
    "Rescue workers search through rubble",
    "Delegates arrive for the summit in {place}",
    "The minister speaks to reporters outside her office",
    "The former chief executive leaves court",
    "Travellers queue at the security checkpoint at {place} airport",
    "An aerial view of the damaged bridge",
    "Fans arrive at the stadium before kick-off",
    "Farmers harvest wheat in a field near {place}",
    "A container ship is loaded at the port of {place}",
    "A for-sale sign outside a house in {place}",
    "Volunteers hand out food parcels in {place}",
    "A child looks out of a bus window",
    "The new hospital wing, which opened last month",
    "Lightning strikes over {place}",
    "Snow covers cars on a residential street in {place}",
    "Traders work on the floor of the stock exchange",
    "A view of the damaged homes after the storm",
    "Mourners gather for the funeral",
    "The coach watches from the sideline",
    "Pedestrians cross a busy intersection in {place}",
    "A polling station worker empties a ballot box",
    "Tourists take photos at a lookout in {place}",
    "A jet takes off from {place} airport",
    "Workers on a construction site in {place}",
    "The accused arrives at the magistrates court",
    "A koala sits in a tree at a wildlife sanctuary",
    "Worshippers pray at a mosque in {place}",
    "Devotees take a holy dip in the river",
    "Crowds at a night market in {place}",
    "An electric vehicle charges at a station in {place}",
    "A classroom at a primary school in {place}",
    "Smoke haze over the city centre",
    "The wreckage of the vehicle on the roadside",
    "Lifeguards patrol the beach at {place}",
    "The batter plays a shot during day two",
    "The winger scores the opening try",
    "A selection of fresh produce at a market stall",
    "Demonstrators march through the streets of {place}",
    "Paramedics wheel a stretcher into the emergency department",
    "A ferry crosses the harbour in {place}",
    "The prime minister, centre, arrives for a cabinet meeting",
    "From left: the three candidates on stage before the debate",
    "Rows of houses in a new development near {place}",
    "A stock image of a person using a smartphone",
    "A generic image of coins and banknotes",
    "An illustration of a virus particle",
    "Screenshot from the video posted online",
    "A still from the film",
    "The band performs on the main stage",
    "The author at her home in {place}",
    "Handout photo of the missing teenager",
    "The victim, pictured in an undated family photo",
    "The suspect, seen in a police handout image",
    "CCTV image released by police",
    "Satellite image showing the extent of the flooding",
    "A map showing the affected area",
    "Graphic: How the scheme will work",
    "The site where the new stadium will be built",
    "A fishing boat returns to port at {place}",
    "Cattle graze in a drought-hit paddock near {place}",
    "Cricket fans in the stands at {place}",
    "A boy plays in a fountain to cool off in {place}",
    "Visitors walk through the exhibition",
    "The recovered artefacts on display",
    "A tram travels through {place}",
    "Buses parked at a depot in {place}",
    "A helicopter drops water on the fire",
    "Long queues outside a bank branch in {place}",
    "Abandoned cars on a flooded road",
    "Riot police face demonstrators in {place}",
    "Rangers inspect a rhino at a reserve",
    "A doctor examines an X-ray",
    "The wind farm off the coast of {place}",
    "An artist's impression of the proposed tower",
    "File image of the company's headquarters",
    "The building's facade, pictured last year",
    "A crane lifts a section of the new bridge",
    "The royal couple greet well-wishers in {place}",
    "Members of the public lay flowers at the scene",
    "Soldiers take part in a training exercise",
    "A woman carries water containers in {place}",
    "The two leaders shake hands at the start of talks",
    "The finished dish, served with rice",
    "The interior of the renovated terrace house",
]

CAPTION_TAILS = ["", "", "", " on Tuesday", " on Monday", " on Saturday", " last week",
                 " earlier this year", " in 2022", " last month", " on Sunday morning",
                 " on Friday evening"]

PHOTOGRAPHERS = [f + " " + l for f, l in [
    ("Mark", "Schiefelbein"), ("Emily", "Pratt"), ("Joel", "Carrett"), ("Dan", "Himbrechts"),
    ("Leon", "Neal"), ("Kirsty", "O'Connor"), ("Yui", "Mok"), ("Jacob", "King"),
    ("Niall", "Carson"), ("Brian", "Lawless"), ("Darren", "Calabrese"), ("Sean", "Kilpatrick"),
    ("Jeff", "McIntosh"), ("Bianca", "De Marchi"), ("James", "Ross"), ("Lukas", "Coch"),
    ("David", "Rowland"), ("Mark", "Mitchell"), ("Hagen", "Hopkins"), ("Manish", "Swarup"),
    ("Rajanish", "Kakade"), ("Altaf", "Qadri"), ("Themba", "Hadebe"), ("Jerome", "Delay"),
    ("Gallo", "Images"), ("Ong", "Wee Jin"), ("Kua", "Chee Siong"), ("Karim", "Sahib"),
    ("Giuseppe", "Cacace"), ("Fayez", "Nureldine"), ("Amr", "Nabil"), ("Chris", "Jackson"),
    ("Anna", "Moneymaker"), ("Kevin", "Dietsch"), ("Win", "McNamee"), ("Matt", "Rourke"),
    ("Jae C.", "Hong"), ("Ashley", "Landis"), ("Lindsey", "Parnaby"), ("Hannah", "McKay"),
    ("Toby", "Melville"), ("Clodagh", "Kilcoyne"), ("Mark", "Stedman"), ("Collins", "Photos"),
    ("Loren", "Elliott"), ("Jaimi", "Joy"), ("Sandra", "Sanders"), ("Chris", "Young"),
    ("Nathan", "Denette"), ("Adrian", "Wyld"), ("Sanjeev", "Verma"), ("Shiraaz", "Mohamed"),
    ("Esa", "Alexander"), ("Ariel", "Schalit"), ("Peter", "Dejong"), ("Pavel", "Golovkin"),
]]

AGENCY_PHOTO = ["Getty Images", "Reuters", "AP", "AFP", "EPA", "PA", "AAP", "PTI", "ANI",
                "Shutterstock", "Alamy", "Bloomberg", "NurPhoto", "SOPA Images", "Sipa USA",
                "ZUMA Press", "Gallo Images", "The Canadian Press", "Xinhua", "Anadolu",
                "Sportsfile", "Inpho", "PA Wire", "EPA-EFE", "dpa", "Kyodo", "Yonhap",
                "WAM", "SPA", "Hindustan Times", "ST", "NZME", "Photosport", "Backpage Images",
                "Action Images", "Newspix", "Hindustan Times via Getty Images", "Imago"]

PODCASTS = ["The Daily Briefing", "Today in Focus", "The Front", "Newscast", "The Intelligence",
            "Inside Politics", "The Fourth Estate", "Behind the Headlines", "The Explainer",
            "Money Talks", "Full Story", "The Context", "Front Burner", "The Decibel",
            "The Spinoff Daily", "The Detail", "Daybreak", "The Wire Weekly", "Cape Talk Politics",
            "The Big Story", "Gulf Business Hour", "Lakeside Mornings", "The Long Read",
            "Political Currency", "Tech Tonic", "Scam Busters", "Courtside", "The Pitch",
            "Crime Desk", "Weekend Edition Extra", "Global News Podcast", "In the Loop"]

NEWSLETTERS = ["First Thing", "Morning Mail", "The Briefing", "Evening Standard Daily",
               "The Download", "Politics Weekly", "Today's Headlines", "The Morning Rundown",
               "Breaking News Alerts", "The Daily Debrief", "Business Daily", "Markets Close",
               "Weekend Reads", "Opinion Today", "Climate Fix", "Tech Digest", "The Sports Pass",
               "Food & Drink", "Travel Dispatch", "Health Check", "The Week in Review",
               "Money Matters", "The Long Read", "Culture Fix", "Five Things",
               "Morning Briefing", "Evening Edition", "Lunchtime Roundup", "Capital Letter",
               "Westminster Insider", "Ottawa Playbook", "The Canberra Letter", "The Bulletin",
               "Delhi Dispatch", "Cape Morning", "Singapore Sling", "Gulf Wrap", "Dublin Daily",
               "The Local Ledger", "Property Pulse", "The Crossword Club", "Parenting Notes"]

TOPICS = ["Climate crisis", "Cost of living", "Elections", "Housing", "Immigration",
          "Artificial intelligence", "Health", "Education", "Crime", "Transport", "Energy",
          "Interest rates", "Inflation", "Ukraine", "Middle East", "China", "Trade",
          "Cricket", "Premier League", "Rugby World Cup", "Olympics", "Royal family",
          "Local government", "Wildfires", "Floods", "Weather", "Technology", "Space",
          "Social media", "Cybersecurity", "Startups", "Stock markets", "Oil prices",
          "Mining", "Agriculture", "Tourism", "Aviation", "Public transport", "Pensions",
          "Taxes", "Budget 2025", "Mental health", "Vaccines", "NHS", "Medicare",
          "Load-shedding", "Monsoon", "HDB", "Expo City", "Visas", "Property", "Retail",
          "Courts", "Policing", "Child safety", "Schools", "Universities", "Jobs", "Wages",
          "Strikes", "Unions", "Diplomacy", "Defence", "Refugees", "Indigenous affairs",
          "Te Tiriti", "Gaelic games", "Hockey", "NBA", "NFL", "F1", "Tennis", "Golf"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec."]
WKD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WK3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def pick(r, seq):
    return seq[r.randrange(len(seq))]


def outlet(r, regions=None, types=None):
    pool = OUTLETS
    if regions:
        pool = [o for o in pool if o[2] in regions]
    if types:
        pool = [o for o in pool if o[3] in types] or pool
    return pick(r, pool)


def handle(o):
    name = o[0] if isinstance(o, tuple) else o
    words = [w for w in name.replace("&", "and").split() if w.lower() != "the" or len(name.split()) < 3]
    h = "".join(c for c in "".join(words) if c.isalnum() and c.isascii())
    return h[:15]


def person(r):
    return pick(r, FIRST) + " " + pick(r, LAST)


def person_handle(r, name):
    parts = name.replace("'", "").replace("-", "").split()
    base = "".join(c for c in "".join(parts) if c.isascii() and c.isalnum())
    style = r.randrange(4)
    if style == 0:
        return base
    if style == 1:
        return base.lower()
    if style == 2:
        return parts[0][0].lower() + "".join(c for c in parts[-1] if c.isascii()).lower()
    return (base + pick(r, ["News", "_", "Reports", "Writes", "1", "TV"]))[:15]


def place(r, region):
    return pick(r, PLACES[region])


PROPER_TOPICS = {"Ukraine", "Middle East", "China", "Premier League", "Rugby World Cup", "Olympics",
                 "NHS", "Medicare", "HDB", "Expo City", "Te Tiriti", "NBA", "NFL", "F1", "Budget 2025",
                 "Indigenous affairs", "Gaelic games"}


def tlow(t):
    return t if t in PROPER_TOPICS else t.lower()


def headline(r):
    return pick(r, HEADLINES)


def headlines(r, n):
    return r.sample(HEADLINES, n)


def a_date(r):
    d = datetime.date(2019, 1, 1) + datetime.timedelta(days=r.randrange(365 * 6 + 150))
    return d, r.randrange(24), r.randrange(60)


def h12(hh):
    h = hh % 12
    return 12 if h == 0 else h


def date_styles(d, hh, mm, tz, with_time):
    ap = "am" if hh < 12 else "pm"
    apu = ap.upper()
    apd = "a.m." if hh < 12 else "p.m."
    if not with_time:
        styles = [
            f"{MONTHS[d.month-1]} {d.day}, {d.year}",
            f"{d.day} {MONTHS[d.month-1]} {d.year}",
            f"{MON3[d.month-1]} {d.day}, {d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.month}/{d.day}/{d.year}",
            f"{d.year}-{d.month:02d}-{d.day:02d}",
            f"{WKD[d.weekday()]}, {MONTHS[d.month-1]} {d.day}, {d.year}",
            f"{WKD[d.weekday()]} {d.day} {MONTHS[d.month-1]} {d.year}",
            f"{MON_AP[d.month-1]} {d.day}, {d.year}",
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day} {MON3[d.month-1]} {d.year}",
            f"{MON3[d.month-1].upper()} {d.day:02d}, {d.year}",
        ]
    else:
        styles = [
            f"{MON3[d.month-1]} {d.day}, {d.year} {h12(hh)}:{mm:02d} {apu} {tz}",
            f"{WK3[d.weekday()]} {d.day} {MON3[d.month-1]} {d.year} {hh:02d}.{mm:02d} {tz}",
            f"{d.year}-{d.month:02d}-{d.day:02d}T{hh:02d}:{mm:02d}:00Z",
            f"{MON_AP[d.month-1]} {d.day}, {d.year} {h12(hh)}:{mm:02d} {apd} {tz}",
            f"{h12(hh)}:{mm:02d}{ap} {WKD[d.weekday()]} {d.day} {MONTHS[d.month-1]} {d.year}",
            f"{d.day} {MON3[d.month-1]} {d.year}, {hh:02d}:{mm:02d}",
            f"{MON3[d.month-1]} {d.day:02d}, {d.year} {hh:02d}:{mm:02d} {tz}",
            f"{h12(hh)}:{mm:02d} {apu} {tz}, {WK3[d.weekday()]} {MONTHS[d.month-1]} {d.day}, {d.year}",
            f"{d.day:02d} {MON3[d.month-1]} {d.year} | {h12(hh):02d}:{mm:02d} {apu} {tz}",
            f"{WKD[d.weekday()]}, {d.day} {MONTHS[d.month-1]} {d.year} at {hh:02d}:{mm:02d}",
            f"{d.day:02d}/{d.month:02d}/{d.year} {hh:02d}:{mm:02d}",
            f"{MONTHS[d.month-1]} {d.day}, {d.year} at {h12(hh)}:{mm:02d} {ap} {tz}",
            f"{hh:02d}:{mm:02d} {tz} {d.day} {MON3[d.month-1]} {d.year}",
            f"{MON3[d.month-1]} {d.day}, {d.year}, {h12(hh)}:{mm:02d} {apd}",
            f"{d.day} {MONTHS[d.month-1]} {d.year} - {hh:02d}:{mm:02d}",
        ]
    return styles


def fmt_date(r, region, with_time=None):
    d, hh, mm = a_date(r)
    tz = pick(r, TZ[region])
    if with_time is None:
        with_time = r.random() < 0.6
    return pick(r, date_styles(d, hh, mm, tz, with_time))


def fmt_pair(r, region):
    """A published stamp and a later updated stamp in the same style."""
    d, hh, mm = a_date(r)
    tz = pick(r, TZ[region])
    start = datetime.datetime(d.year, d.month, d.day, hh, mm)
    later = start + datetime.timedelta(minutes=r.randrange(7, 60 * 40))
    with_time = r.random() < 0.8
    a = date_styles(start.date(), start.hour, start.minute, tz, with_time)
    b = date_styles(later.date(), later.hour, later.minute, tz, with_time)
    k = r.randrange(len(a))
    return a[k], b[k]


def prose_date(r):
    d, _, _ = a_date(r)
    return pick(r, [f"{MONTHS[d.month-1]} {d.day}", f"{d.day} {MONTHS[d.month-1]}",
                    f"{WKD[d.weekday()]}, {MONTHS[d.month-1]} {d.day}", f"{WKD[d.weekday()]} {d.day} {MONTHS[d.month-1]}"])


def rel_time(r):
    n = r.randrange(1, 59)
    h = n % 23 + 1
    dd = n % 6 + 1
    s = lambda k, one, many: one if k == 1 else many
    return pick(r, [f"{n} {s(n, 'min', 'mins')} ago", f"{n} min ago", f"{n}m ago", f"{h}h ago",
                    f"{h} {s(h, 'hour', 'hours')} ago", f"{h} hr ago", "Just now",
                    f"{dd} {s(dd, 'day', 'days')} ago", "Yesterday", f"{n} {s(n, 'minute', 'minutes')} ago",
                    f"{h}{s(h, 'hr', 'hrs')} ago", "1 hour ago", "an hour ago", f"{n}s ago"])


def clock(r, region=None):
    hh, mm = r.randrange(24), r.randrange(60)
    tz = pick(r, TZ[region]) if region else ""
    ap = "am" if hh < 12 else "pm"
    s = pick(r, [f"{hh:02d}:{mm:02d}", f"{hh:02d}.{mm:02d}", f"{h12(hh)}:{mm:02d}{ap}",
                 f"{h12(hh)}.{mm:02d}{ap}", f"{h12(hh)}:{mm:02d} {ap.upper()}",
                 f"{h12(hh)}:{mm:02d} {'a.m.' if hh < 12 else 'p.m.'}"])
    if tz and r.random() < 0.6:
        s += " " + tz
    return s


def duration(r):
    m, s = r.randrange(0, 12), r.randrange(60)
    if m == 0 and s < 10:
        s += 15
    return pick(r, [f"{m}:{s:02d}", f"{m:02d}:{s:02d}", f"{m}:{s:02d}", f"{m} min",
                    f"{m}m {s}s", f"{m + 1} mins", f"{m}:{s:02d} min",
                    f"1:{m:02d}:{s:02d}" if r.random() < 0.15 else f"{m}:{s:02d}"])


def vtitle(r, region):
    t = pick(r, VIDEO_TITLES)
    return t.replace("{place}", place(r, region))


def price(r, region):
    table = {
        "US": ["$1", "$4", "$2 a week", "$9.99/month", "$0.50 a week", "$29 for the first year",
               "$1 for 6 months", "$60/year"],
        "UK": ["£1", "£2 a week", "£5.99/month", "£1 a month for 3 months", "£49 a year",
               "99p", "£8 per month"],
        "IE": ["€1", "€2 a week", "€5.99 per month", "€1 for 3 months", "€69 a year"],
        "CA": ["$1", "$2.99/week", "$0.99 per week", "$19.99/month", "$1 for 4 weeks"],
        "AU": ["$1", "$1 a week", "$28/4 weeks", "$4 for 4 weeks", "$9.99 per month"],
        "NZ": ["$1", "$2.50 a week", "$3.99 per week", "$5 for the first month"],
        "IN": ["₹1", "₹99", "₹799/year", "₹299 for 3 months", "Rs 49 a month", "₹2,499 for 2 years"],
        "ZA": ["R5", "R99 a month", "R1 for the first month", "R29/month", "R875 a year"],
        "SG": ["S$0.99", "S$9.90/month", "S$1 for 3 months", "S$29.90/month"],
        "GULF": ["AED 29", "AED 1 for the first month", "SAR 49", "QR 15/month", "AED 199 a year"],
        "INTL": ["$1", "€1", "$4.99/month", "US$1 for the first month", "$59 a year"],
    }
    return pick(r, table[region])


def region_of(o):
    return o[2]


def bullet(r):
    return pick(r, ["• ", "- ", "· ", "▪ ", "► ", "→ ", "> ", "» ", "◦ ", "* ", "", "▸ ", "■ "])


# ---------------------------------------------------------------------------
# Kind generators. Each returns (outlet_name, text).
# ---------------------------------------------------------------------------
GENERIC = "generic"

VIDEO_FIXED = [
    "Play Video", "Now Playing", "NOW PLAYING", "Watch", "WATCH", "Watch now", "Video",
    "Replay", "Play", "Pause", "Mute", "Unmute", "Fullscreen", "Exit fullscreen",
    "Video unavailable", "Video Unavailable. This video is no longer available.",
    "This video is unavailable in your region.", "This video can not be played",
    "Sorry, this video is not available in your location.",
    "Your browser does not support the video tag.",
    "Media playback is unsupported on your device",
    "Media playback is not supported on this device",
    "Please enable JavaScript to view this video.",
    "An error occurred. Try watching this video on www.youtube.com, or enable JavaScript if it is disabled in your browser.",
    "The video could not be loaded, either because the server or network failed or because the format is not supported.",
    "Autoplay next video", "Autoplay: ON", "Autoplay: OFF", "Turn autoplay off", "Up next",
    "UP NEXT", "Next video starting in 5", "Cancel", "Watch again", "Video ended",
    "Video settings", "Quality: Auto", "Captions: Off", "CC", "Subtitles/closed captions",
    "Speed 1x", "Picture-in-picture", "Cast to TV", "Skip Ad", "Skip ad in 5",
    "Advertisement · Your video will begin after this ad",
    "Your video will play after this message", "Ad 1 of 2 · 0:15",
    "Video will play after ad", "Loading video...", "Video player loading",
    "Video Player is loading.", "Stream type LIVE", "Seek to live, currently behind liveLIVE",
    "Remaining Time -0:00", "1x Playback Rate", "Chapters", "Descriptions off, selected",
    "Captions settings, opens captions settings dialog", "captions off, selected",
    "This is a modal window.", "Beginning of dialog window. Escape will cancel and close the window.",
    "End of dialog window.", "Close Modal Dialog",
    "Video Player is loading. Play Video Play Mute Current Time 0:00 / Duration 0:00 Loaded: 0% Stream Type LIVE Seek to live, currently behind liveLIVE Remaining Time -0:00 1x Playback Rate",
    "Text Color White Black Red Green Blue Yellow Magenta Cyan Transparency Opaque Semi-Transparent Background Color Black White Red Green Blue Yellow Magenta Cyan",
    "Reset restore all settings to the default values Done",
    "Watch on YouTube", "Watch later", "Copy link", "Share video", "Info",
    "More videos", "MORE VIDEOS", "Latest videos", "Trending videos", "Top videos",
    "Featured video", "Recommended videos", "Related videos", "Most watched",
    "You may also like these videos", "Video playlist", "Watch the full episode",
    "Watch the video above.", "Watch the full video above.", "See the video below.",
    "Scroll down to watch the video.", "Video below.", "(Video above)",
    "Sound on 🔊", "Tap to unmute", "Click to unmute", "Tap for sound",
    "This video has been removed for violating the site's Terms of Service.",
    "This video is private.", "This video is age-restricted and only available on YouTube.",
    "Sign in to confirm your age", "Live stream offline", "The live stream has ended.",
    "Live broadcast will begin shortly.", "Stream will start soon", "Waiting for stream...",
    "Video content not available. Please try again later.",
    "Video cannot be played in this browser. Please upgrade.",
    "We're having trouble playing this video.", "Retry",
    "Sorry, we're having trouble playing this video. Learn More",
    "This content is not available in your region due to rights restrictions.",
    "Watch on Facebook", "Watch on Vimeo", "Watch on Dailymotion",
    "Video: Supplied", "Video: Reuters", "Video: AP", "Video: AFP", "Video: Getty",
    "Video: Social media", "Video: Storyful", "Video credit: TikTok", "Vision: Supplied",
    "Source: Nine News", "Source: 7NEWS", "Source: Sky News Australia", "Source: ABC News",
    "Footage courtesy of a viewer", "Viewer video", "Video provided to us by a witness",
]

VIDEO_TEMPLATES = [
    "Watch: {t}", "WATCH: {t}", "WATCH | {t}", "Watch | {t}", "Now playing {t} {d}",
    "{d} Now Playing {t}", "Now Playing: {t}", "▶ {d} | {t}", "▶️ {t} ({d})", "{t} ({d})",
    "WATCH: {t} ({d})", "Video duration {d}", "Duration {d}", "Duration: {d}", "{d}",
    "Up next: {t} {d}", "Up Next {t}", "Next: {t}", "Autoplay next video in 5 seconds: {t}",
    "Next video in 10 seconds: {t} Cancel", "Media caption, {t}", "Media caption: {t}",
    "Video caption: {t}", "Click to play video: '{t}'", "Click to play video: \"{t}\"",
    "Watch more: {t}", "Watch the video: {t}", "VIDEO: {t}", "Video: {t}", "🎥 {t}",
    "📹 WATCH: {t}", "Play video: {t}", "Play {t} Video {d}", "{t} Video, {d}",
    "{t} Play video, \"{t}\", duration {d}", "Video, {t}, Duration {d}",
    "Loaded: 0% Progress: 0% 0:00 / {d}", "0:00 / {d}", "Current Time 0:00 / Duration {d}",
    "{t} — {o} video", "{t} | {o}", "{o} Video: {t}", "Watch: {t}. Video / {o}",
    "{t}. Video / {o}", "Watch {o} live", "LIVE: {t}", "LIVE NOW: {t}", "🔴 LIVE: {t}",
    "Video by {p}", "Video by {p}, {o}", "Video produced by {p}", "Video: {p} / {o}",
    "Video: {p}/{o}", "Filmed and edited by {p}", "Camera: {p}; Editing: {p2}",
    "Video journalist: {p}", "Producer: {p}. Editor: {p2}.", "{n} views", "{n} views · {d}",
    "{t} {n} views {r}", "{r} · {d} · {t}", "{t} · {r}", "Latest {o} videos",
    "More from {o} Video", "{o} videos", "Watch all {o} videos", "Watch {o} on demand",
    "Watch the latest news on {o} TV", "Stream {o} 24/7 for free",
    "Watch now: {t} ({d}) — Autoplay is on", "Video unavailable: {t}",
    "This video is no longer available: {t}",
    "Watch: {t} — (Video: {w})", "Watch: {t} Source: {w}", "Watch: {t} Credit: {w}",
    "{t} Credit: {w}", "{t} - {w}", "{t} (Source: {w})", "{w} video: {t}",
    "Video: {t} (Photo/Video: {w})", "Featured Video: {t}", "Must watch: {t}",
    "Trending video: {t}", "Most watched: {t}", "Editor's pick: {t}",
]


def k_video_player(r):
    if r.random() < 0.35:
        return GENERIC, pick(r, VIDEO_FIXED)
    o = outlet(r)
    reg = o[2]
    t = vtitle(r, reg)
    s = pick(r, VIDEO_TEMPLATES)
    n = pick(r, ["1.2K", "48K", "312", "2.3M", "9,841", "15K", "604K", "87", "1,032", "3.4K"])
    s = (s.replace("{t}", t).replace("{d}", duration(r)).replace("{o}", o[0])
          .replace("{p2}", person(r)).replace("{p}", person(r)).replace("{n}", n)
          .replace("{r}", rel_time(r)).replace("{w}", pick(r, WIRES + ["Storyful", "Supplied", "TikTok", "X", "Instagram", "Facebook", "Viewer footage"])))
    return o[0], s


VIDEO_TITLE_SHAPES = ["{t}", "{t}", "{t}", "{T}", "{t} | {o}", "{t} - {o}", "{t} – Video",
                      "{t} – video", "{t} video", "{t}: video", "Video: {t}", "{t} (video)",
                      "{t}. {d}", "{t} — {r}", "{k}: {t}", "{k} | {t}"]
VIDEO_KICKERS = ["Explained", "Watch", "Live", "Exclusive", "Highlights", "Raw video",
                 "Full interview", "In 60 seconds", "Breaking", "On the ground", "Opinion",
                 "Newsround", "Eyewitness", "Vertical video", "Short"]


def k_video_title(r):
    o = outlet(r)
    t = vtitle(r, o[2])
    s = pick(r, VIDEO_TITLE_SHAPES)
    s = (s.replace("{t}", t).replace("{T}", t.upper()).replace("{o}", o[0])
          .replace("{d}", duration(r)).replace("{r}", rel_time(r))
          .replace("{k}", pick(r, VIDEO_KICKERS)))
    return o[0], s


CAPTION_STYLES = [
    ("ANY", "{c}. Photograph: {p}/{a}"),
    ("ANY", "{c}. Photograph: {a}"),
    ("ANY", "{c}. Photograph: {p}/The Guardian"),
    ("ANY", "{c}. Photograph: Handout"),
    ("ANY", "{c}. (Photo by {p}/{a})"),
    ("ANY", "{c}. (Photo by {P}/AFP via Getty Images)"),
    ("ANY", "{c}. (Photo credit should read {P}/AFP via Getty Images)"),
    ("ANY", "{c} | Photo Credit: {p}"),
    ("ANY", "{c} | Photo: {a}"),
    ("ANY", "{c} | Image: {a}"),
    ("ANY", "{c} — {a}"),
    ("ANY", "{c} - {a}"),
    ("ANY", "{c}. Picture: {p}"),
    ("ANY", "{c}. Picture: {a}"),
    ("ANY", "{c}. Image: Supplied"),
    ("ANY", "{c}. Image: {a}"),
    ("ANY", "{c}. Credit: {p}"),
    ("ANY", "{c}. Credit: {p}/{a}"),
    ("ANY", "{c}. Credit: {p} for {o}"),
    ("ANY", "{c}Credit...{p} for {o}"),
    ("ANY", "{c}. Photo: {p}/{a} via Getty Images"),
    ("ANY", "{c}. Photo: {a}"),
    ("ANY", "{c}. File photo: {p}/{a}"),
    ("ANY", "{c}. (File photo)"),
    ("ANY", "{c} (File photo: {a})"),
    ("ANY", "File photo: {c}. ({a})"),
    ("ANY", "FILE PHOTO: {c}. {a}/{p}/File Photo"),
    ("ANY", "{c}. [{p}/{a}]"),
    ("ANY", "{c} [{a}]"),
    ("ANY", "{c}. © {p}"),
    ("ANY", "{c}. © {a}"),
    ("ANY", "{c} (Image credit: {a})"),
    ("ANY", "{c}. (Image: {a})"),
    ("ANY", "{c}. Image: Instagram/@{h}"),
    ("ANY", "{c}. Photo: X/@{h}"),
    ("ANY", "{c}. Image: Screengrab"),
    ("ANY", "{c}. Screenshot: {o}"),
    ("ANY", "{c}. (Courtesy of the family)"),
    ("ANY", "{c}. Photo: Supplied"),
    ("ANY", "{c}. (Supplied)"),
    ("ANY", "{c}. Picture supplied"),
    ("ANY", "{c}. Photo illustration: {o}"),
    ("ANY", "{c}. Photo illustration by {p}; source images: {a}"),
    ("ANY", "{c}. Illustration: {p}"),
    ("ANY", "{c}. Photo by {p} on Unsplash"),
    ("ANY", "{c}. Image source: {a}"),
    ("ANY", "{c} ({a}: {p})"),
    ("ANY", "{c}. Photo: {p} | {o}"),
    ("ANY", "{c} Photo: {p}"),
    ("ANY", "{c}. Photo / {p}"),
    ("ANY", "{c}. PHOTO: {P}/{O}"),
    ("ANY", "{C}. PHOTO: {A}"),
    ("ANY", "{c}. (Photo: {a})"),
    ("ANY", "{c}. Photographer: {p}/{a}"),
    ("ANY", "{c} Photo by {p}"),
    ("ANY", "{c}. Image copyright {a}"),
    ("UK", "Image source, {a} Image caption, {c}"),
    ("UK", "IMAGE SOURCE, {A} Image caption, {c}"),
    ("UK", "Image caption, {c}"),
    ("UK", "Image copyright {a} Image caption {c}"),
    ("UK", "{c}. Photograph: {p}/PA"),
    ("UK", "{c} (Image: {a})"),
    ("UK", "{c} (Picture: {a})"),
    ("UK", "{c} Credit: {a}"),
    ("UK", "{c}. Picture: {p}/Reach"),
    ("US", "{c}. (AP Photo/{p})"),
    ("US", "{c}. (AP Photo/{p}, File)"),
    ("US", "{c} (Photo by {p}/Getty Images)"),
    ("US", "Enlarge this image {c}. {p}/NPR hide caption toggle caption {p}/NPR"),
    ("US", "{c}. {p}/Getty Images hide caption toggle caption {p}/Getty Images"),
    ("US", "{c}. (REUTERS/{p})"),
    ("US", "{c}. REUTERS/{p}/File Photo Purchase Licensing Rights, opens new tab"),
    ("US", "{c}. (Jabin Botsford/The Washington Post)"),
    ("US", "{c}. ({p}/The Washington Post)"),
    ("US", "{c}. {p}/USA TODAY NETWORK"),
    ("US", "{c}. (Photo: {p}, USA TODAY)"),
    ("US", "{c}. {p}/Bloomberg"),
    ("US", "{c}. ({p} / Los Angeles Times)"),
    ("US", "{c}. {p} | Staff Photographer"),
    ("US", "{c}. ({p}/Star Tribune)"),
    ("US", "{c}. {p} | Tampa Bay Times"),
    ("IE", "{c}. Photograph: {p}/The Irish Times"),
    ("IE", "{c}. Photo: Collins"),
    ("IE", "{c}. Picture: {p}/RollingNews.ie"),
    ("IE", "{c} (Image: Sam Boal/RollingNews.ie)"),
    ("IE", "{c}. Photo: {p}/Sportsfile"),
    ("IE", "{c}. Picture: Larry Cummins"),
    ("IE", "{c} (Niall Carson/PA)"),
    ("CA", "{c}. (The Canadian Press/{p})"),
    ("CA", "{c}. THE CANADIAN PRESS/{P}"),
    ("CA", "{c}. Photo by {p} /Postmedia"),
    ("CA", "{c}. ({p}/CBC)"),
    ("CA", "{c}. (Submitted by {p})"),
    ("CA", "{c}. Fred Chartrand/The Globe and Mail"),
    ("CA", "{c}. Photo: {p} / The Canadian Press"),
    ("CA", "{c}. Global News"),
    ("AU", "{c}. (ABC News: {p})"),
    ("AU", "{c}. (Supplied: {p})"),
    ("AU", "{c}. (AAP Image/{p})"),
    ("AU", "{c}. Photo: AAP Image/{p}"),
    ("AU", "{c}. Picture: NCA NewsWire / {p}"),
    ("AU", "{c}. Picture: Supplied"),
    ("AU", "{c}. Credit: {p}"),
    ("AU", "{c}.Credit: Getty Images"),
    ("AU", "{c}. Source: Getty Images"),
    ("AU", "{c}. Source: Supplied"),
    ("AU", "{c}. Picture: Facebook"),
    ("AU", "{c}. (Reuters: {p})"),
    ("AU", "{c}. Photograph: {p}/AAP"),
    ("NZ", "{c}. Photo / {p}"),
    ("NZ", "{c}. Photo / NZME"),
    ("NZ", "{c}. Photo / Getty Images"),
    ("NZ", "{c}. Photo: RNZ / {p}"),
    ("NZ", "{c} Photo: 123rf"),
    ("NZ", "{c}. Photo: Stuff"),
    ("NZ", "{c}. PHOTO: STUFF"),
    ("NZ", "{c}. Image: Supplied / The Spinoff"),
    ("NZ", "{c}. Photo: Photosport"),
    ("NZ", "{c}. Photo: 1News"),
    ("IN", "{c}. (PTI Photo)"),
    ("IN", "{c}. (ANI Photo)"),
    ("IN", "{c}. Photo: ANI"),
    ("IN", "{c}. (Express Photo by {p})"),
    ("IN", "{c}. (HT Photo/{p})"),
    ("IN", "{c}. (File image)"),
    ("IN", "{c} | Photo Credit: {P}"),
    ("IN", "{c} | Photo Credit: The Hindu"),
    ("IN", "{c} | Photo Credit: PTI"),
    ("IN", "{c}. (Representational image)"),
    ("IN", "Representative image. ({a})"),
    ("IN", "{c}. Image Source : PTI"),
    ("IN", "{c}. (Photo: India Today)"),
    ("IN", "{c}. (Reuters file photo)"),
    ("ZA", "{c}. (Gallo Images/{p})"),
    ("ZA", "{c}. Picture: {P}"),
    ("ZA", "{c}. Image: {p}/Sunday Times"),
    ("ZA", "{c}. (Photo: {p})"),
    ("ZA", "{c}. Photo: Daily Maverick"),
    ("ZA", "{c}. Image: Gallo Images/Getty Images"),
    ("ZA", "{c}. Picture: {p}/African News Agency (ANA)"),
    ("ZA", "{c}. Photo: GroundUp/{p}"),
    ("ZA", "{c}. (Picture: Twitter)"),
    ("SG", "{c}. ST PHOTO: {P}"),
    ("SG", "{c}. PHOTO: REUTERS"),
    ("SG", "{c}. PHOTO: LIANHE ZAOBAO"),
    ("SG", "{c}. (Photo: CNA/{p})"),
    ("SG", "{c}. (File photo: TODAY)"),
    ("SG", "{c}. Photo via {p}/Facebook"),
    ("SG", "{c}. PHOTO: BT FILE"),
    ("SG", "{c}. ST FILE PHOTO"),
    ("GULF", "{c}. (Photo: WAM)"),
    ("GULF", "{c}. (SPA)"),
    ("GULF", "{c}. Image Credit: {p}/Gulf News"),
    ("GULF", "{c}. Image Credit: Supplied"),
    ("GULF", "{c}. KT Photo: {p}"),
    ("GULF", "{c}. (KT file)"),
    ("GULF", "{c}. Photo: {p} / The National"),
    ("GULF", "{c}. ({p}/Al Jazeera)"),
    ("GULF", "{c} [{p}/Reuters]"),
    ("GULF", "{c}. (Supplied)"),
    ("GULF", "{c}. (AN photo by {p})"),
    ("GULF", "{c}. (QNA)"),
]

CAPTION_ATTRIB = ["ANY", "ANY", "ANY"]


def caption_body(r, reg):
    c = pick(r, CAPTIONS)
    if "{place}" in c:
        c = c.replace("{place}", place(r, reg))
    tail = pick(r, CAPTION_TAILS)
    if tail and r.random() < 0.5:
        c += tail
    return c


def k_photo_caption(r):
    o = outlet(r)
    reg = o[2]
    styles = [s for g, s in CAPTION_STYLES if g in ("ANY", reg)]
    # weight region styles higher
    regional = [s for g, s in CAPTION_STYLES if g == reg]
    s = pick(r, regional) if regional and r.random() < 0.5 else pick(r, styles)
    c = caption_body(r, reg)
    p = pick(r, PHOTOGRAPHERS)
    a = pick(r, AGENCY_PHOTO)
    s = (s.replace("{c}", c).replace("{C}", c.upper()).replace("{p}", p)
          .replace("{P}", p.upper()).replace("{a}", a).replace("{A}", a.upper())
          .replace("{o}", o[0]).replace("{O}", o[0].upper())
          .replace("{h}", person_handle(r, person(r))))
    return o[0], s


CREDIT_FIXED = [
    "Photo: Getty Images", "Getty Images", "Image source, Getty Images", "Image source, Reuters",
    "IMAGE SOURCE, EPA", "Image source, PA Media", "Image source, Family handout",
    "Image copyright Getty Images", "(Supplied)", "Supplied", "Photo: Supplied",
    "Picture: Supplied", "Image: Supplied", "Photo: Shutterstock", "Image: iStock",
    "Photo: iStock/Getty Images Plus", "Photograph: Alamy", "Photograph: Alamy Stock Photo",
    "Photograph: Handout", "Handout", "HANDOUT", "Courtesy photo", "Courtesy image",
    "Photo courtesy of the family", "Photo: Facebook", "Photo: X", "Image: Instagram",
    "Screenshot", "Screengrab", "Screengrab / YouTube", "Image: Google Maps",
    "Image: Google Street View", "Source: Google Maps", "Illustration: Getty Images",
    "Illustration by The Verge", "Photo illustration", "Composite image", "Stock image",
    "Representational image", "Representative image", "File image", "File photo", "FILE PHOTO",
    "(File)", "Archive photo", "Photo: Pool", "Pool photo", "Photo: AAP", "Photo: PTI",
    "Photo: ANI", "Photo: AP", "AP Photo", "AFP", "REUTERS", "Reuters", "EPA-EFE",
    "PA Wire/PA Images", "WAM", "SPA", "QNA", "Bernama", "Xinhua", "Kyodo", "Yonhap",
    "Photo: RNZ", "Photo: NZME", "Photo: 123RF", "Photo: Unsplash", "Image: Pexels",
    "Image: Wikimedia Commons", "Image: Creative Commons", "CC BY-SA 4.0",
    "Photo: Public domain", "Photo: NASA", "Image: NASA/JPL-Caltech", "Image: ESA",
    "Map: OpenStreetMap contributors", "Graphic: Staff", "Chart: Datawrapper",
    "Source: Bureau of Meteorology", "Source: Met Office", "Source: ONS",
    "Source: Statistics Canada", "Source: ABS", "Source: Stats NZ", "Source: Stats SA",
]

CREDIT_TEMPLATES = [
    "Photo: {p}/{a}", "Photograph: {p}/{a}", "Picture: {p}", "Credit: {p}", "Credit: {a}",
    "Credit: {p}/{a}", "Photo by {p}", "Photo by {p}/{a}", "Photos by {p}",
    "Photo: {p} for {o}", "Photograph: {p} for {o}", "Photography: {p}",
    "Image: {p}/{a}", "({p}/{a})", "[{p}/{a}]", "{p}/{a}", "{P}/{A}", "© {p}", "© {a}",
    "© {p} / {a}", "Photo credit: {p}", "PHOTO: {P}", "Photo / {p}", "Picture: {p}/{o}",
    "{a} via Getty Images", "{p}/{a} via Getty Images", "{p} / {a} / {a2}",
    "Image credit: {a}", "(Photo: {p})", "Photo: {p} | {o}", "Pictures: {p}",
    "Illustration: {p}", "Illustration by {p}", "Photo illustration by {p}",
    "Photo illustration: {o}; source: {a}", "Graphic: {p}", "Data visualisation: {p}",
    "Main image: {p}/{a}", "Top image: {a}", "Header image: {a}", "Lead image: {p}",
    "Cover photo: {p}", "Photo (top): {p}/{a}", "Photos: {p}, {p2}",
    "Photographs by {p} and {p2}", "Additional photography by {p}",
    "Photo: {p} (CC BY 2.0)", "Photo: Instagram @{h}", "Video still: {a}",
    "Photo: {a} file", "{a} file photo",
]


def k_photo_credit(r):
    if r.random() < 0.35:
        return GENERIC, pick(r, CREDIT_FIXED)
    o = outlet(r)
    p = pick(r, PHOTOGRAPHERS)
    a = pick(r, AGENCY_PHOTO)
    s = pick(r, CREDIT_TEMPLATES)
    s = (s.replace("{p2}", pick(r, PHOTOGRAPHERS)).replace("{p}", p).replace("{P}", p.upper())
          .replace("{a2}", pick(r, AGENCY_PHOTO)).replace("{a}", a).replace("{A}", a.upper())
          .replace("{o}", o[0]).replace("{h}", person_handle(r, person(r))))
    return o[0], s


GALLERY_TITLES = ["the weekend's carnival", "the storm's aftermath", "the royal visit",
                  "the grand final parade", "fashion week", "the marathon", "Diwali celebrations",
                  "the election count", "the flood clean-up", "the city's best new buildings",
                  "the festival's opening night", "the national day parade", "the bushfire zone",
                  "the solar eclipse", "Pride march", "St Patrick's Day", "Canada Day",
                  "Waitangi Day", "Heritage Day", "the Dubai Airshow", "the Ashes Test",
                  "the awards red carpet", "the state funeral", "the snowstorm",
                  "the northern lights", "the harvest", "the new metro line",
                  "the protest march", "the world's best wildlife photos", "the food festival"]

GALLERY_TEMPLATES = [
    "{i} of {n}", "{i}/{n}", "Photo {i} of {n}", "Image {i} of {n}", "{i} / {n}", "({i}/{n})",
    "Slide {i} of {n}", "View gallery ({n} photos)", "View gallery: {n} images",
    "Open gallery", "Open Gallery {n} photos", "{n} photos", "{n} PHOTOS", "📷 {n} photos",
    "Gallery: {g}", "In pictures: {g}", "IN PICTURES: {G}", "Photos: {g}", "PHOTOS | {g}",
    "See the photos: {g}", "Pictures: {g}", "Photo gallery: {g} ({n} images)",
    "Gallery ({n}): {g}", "Swipe for more photos of {g}", "{i} of {n} {c}",
    "Photo {i}/{n}: {c}", "Next image", "Previous image", "Next", "Prev", "Back to gallery",
    "View all {n} images", "Enlarge", "Expand image", "Click to enlarge", "Tap to expand",
    "Launch gallery", "Full screen", "Close gallery", "Image {i} of {n}: {c}",
    "Show caption", "Hide caption", "Toggle caption", "Start slideshow", "Play slideshow",
    "Swipe left for more", "← Swipe →", "More galleries", "Latest galleries",
    "More photo galleries: {g}", "Related gallery: {g}", "Also in pictures: {g}",
]


def k_gallery_label(r):
    o = outlet(r)
    n = r.randrange(5, 60)
    i = r.randrange(1, n)
    s = pick(r, GALLERY_TEMPLATES)
    g = pick(r, GALLERY_TITLES)
    s = (s.replace("{i}", str(i)).replace("{n}", str(n)).replace("{g}", g)
          .replace("{G}", g.upper()).replace("{c}", caption_body(r, o[2]) + "."))
    if "{" not in s and not any(ch.isdigit() for ch in s) and "gallery" not in s.lower() and r.random() < 0.5:
        return GENERIC, s
    return o[0], s


LIVE_EVENTS = [
    "Polls close in eastern states", "Prime minister arrives at summit", "What we know so far",
    "Recap: the day so far", "Opposition leader responds", "Markets open lower",
    "Emergency services give update", "Evacuation orders expanded", "Key witness takes the stand",
    "Jury retires to consider verdict", "Result declared in first seat", "Exit poll released",
    "Rain delays start of play", "Team news", "Half-time", "Full-time", "Kick-off",
    "Wicket! Opener falls for 12", "Lunch on day one", "Stumps", "Goal!", "Red card",
    "Penalty awarded", "Treasurer begins speech", "Budget papers released",
    "Central bank decision", "Press conference begins", "Press conference ends",
    "Summary", "Opening summary", "Closing summary", "Morning summary", "Evening summary",
    "Welcome to our live coverage", "Good morning", "That's all for today",
    "We're pausing our live coverage", "Live coverage resumes", "Today's key developments",
    "Cyclone makes landfall", "Fire danger rating raised to catastrophic",
    "Power restored to thousands", "Roads reopened", "Schools closed tomorrow",
    "Flights cancelled", "Death toll rises", "Rescue teams reach village",
    "Aid convoy arrives", "Ceasefire announced", "Talks adjourned until tomorrow",
    "Vote passes", "Vote fails", "Bill clears upper house", "Minister resigns",
    "Leader concedes", "Victory speech", "Turnout figures", "Counting resumes",
    "Swing against the government", "Seat changes hands", "Recount ordered",
    "Defence makes closing submission", "Sentence handed down", "Court adjourns",
    "Weather warning updated", "River peaks", "Evacuation centre opens",
    "Apple unveils new phone", "Keynote begins", "Keynote wraps up",
    "Sensex opens 300 points higher", "Rupee weakens", "Stage 4 load-shedding announced",
    "Dubai Airshow opens", "Budget speech begins in Lok Sabha", "Finance minister wraps up",
    "Taoiseach speaks", "Dáil debate begins", "PMQs begins", "Speaker calls order",
    "Question period", "House rises", "Senate votes", "Governor declares state of emergency",
    "Earthquake felt across region", "Tsunami warning lifted", "Volcano alert level raised",
    "Your questions answered", "Reader questions", "Reader comment", "Reporter's view",
    "Analysis from our political editor", "Correction", "In pictures", "Watch",
]

LIVE_MARKERS = ["Key events", "KEY EVENTS", "Key Events", "Key updates", "Highlights",
                "Key moments", "Top updates", "Catch up on the key moments", "Key posts",
                "Main developments", "Latest updates"]


def live_stamps(r, reg, n):
    """n timestamps, newest first, all in one style."""
    style = r.randrange(6)
    tz = pick(r, TZ[reg])
    t = r.randrange(6 * 60, 23 * 60)
    out = []
    ago = r.randrange(1, 20)
    for _ in range(n):
        hh, mm = divmod(t, 60)
        ap = "am" if hh < 12 else "pm"
        out.append([f"{hh:02d}:{mm:02d}", f"{hh:02d}.{mm:02d} {tz}", f"{h12(hh)}:{mm:02d}{ap}",
                    f"{h12(hh)}.{mm:02d}{ap}", f"{h12(hh)}:{mm:02d} {ap.upper()} {tz}",
                    (f"{ago}m ago" if ago < 60 else f"{ago // 60}h ago")][style])
        step = r.randrange(4, 70)
        t -= step
        ago += step
    return out


def k_live_key_events(r):
    shape = r.randrange(6)
    o = BY_NAME[pick(r, ["The Guardian", "Guardian Australia"])] if shape == 2 else outlet(r)
    reg = o[2]
    n = r.randrange(2, 7)
    evs = r.sample(LIVE_EVENTS, n)
    st = live_stamps(r, reg, n)
    b = bullet(r)
    if shape == 0:
        body = " ".join(f"{t} {e}" for t, e in zip(st, evs))
        s = f"{pick(r, LIVE_MARKERS)} {body}"
    elif shape == 1:
        body = " ".join(f"{b}{e} {t}" for t, e in zip(st, evs))
        s = f"{pick(r, LIVE_MARKERS)} {body}"
    elif shape == 2:
        body = " ".join(f"{t} {e}" for t, e in zip(st, evs))
        s = f"{pick(r, LIVE_MARKERS)} {body} Show key events only Please turn on JavaScript to use this feature"
    elif shape == 3:
        body = "; ".join(evs)
        s = f"{pick(r, LIVE_MARKERS)}: {body}"
    elif shape == 4:
        body = " ".join(f"{t} {e}" for t, e in zip(st, evs))
        s = f"{pick(r, LIVE_MARKERS)} {body} View all updates"
    else:
        body = " | ".join(evs)
        s = f"{pick(r, LIVE_MARKERS).upper()} | {body}"
    return o[0], s


LIVE_TS_FIXED = ["Pinned post", "PINNED", "📌 Pinned", "Pinned", "Just now", "JUST IN",
                 "Latest", "LATEST", "New post", "1 new update", "Show 3 new updates",
                 "Load more updates", "Load earlier posts", "Show more posts", "Older posts",
                 "Newer posts", "Jump to latest", "Back to top", "Newest first", "Oldest first",
                 "Sort: Latest", "Sort: Oldest", "Filter: All posts", "Show key events only",
                 "Please turn on JavaScript to use this feature", "Live", "LIVE", "● LIVE",
                 "🔴 LIVE", "Live updates", "LIVE UPDATES", "Live coverage", "Live reporting",
                 "Updated just now", "Auto-update on", "Auto update: ON", "Auto-refresh off",
                 "Refresh", "Refresh to see latest updates", "Tap to see new posts",
                 "Click here to refresh the blog", "Paused", "Live blog paused"]


def k_live_timestamp(r):
    if r.random() < 0.25:
        return GENERIC, pick(r, LIVE_TS_FIXED)
    o = outlet(r)
    reg = o[2]
    d, hh, mm = a_date(r)
    tz = pick(r, TZ[reg])
    shapes = [
        f"{rel_time(r)}", f"{hh:02d}:{mm:02d} {tz}", f"{hh:02d}.{mm:02d} {tz}",
        f"{rel_time(r)} {hh:02d}.{mm:02d} {tz}", f"{rel_time(r)} {hh:02d}:{mm:02d} {tz} Share",
        f"{h12(hh)}:{mm:02d}{'am' if hh < 12 else 'pm'}", f"Posted at {hh:02d}:{mm:02d}",
        f"Posted {rel_time(r)}", f"Updated {rel_time(r)}", f"{hh:02d}:{mm:02d} {WK3[d.weekday()]} {d.day} {MON3[d.month-1]}",
        f"Pinned post {hh:02d}:{mm:02d} {tz}", f"Pinned {rel_time(r)}", f"📌 {hh:02d}:{mm:02d}",
        f"{h12(hh)}:{mm:02d} {'a.m.' if hh < 12 else 'p.m.'} {tz}",
        f"{MONTHS[d.month-1]} {d.day}, {h12(hh)}:{mm:02d} {'a.m.' if hh < 12 else 'p.m.'}",
        f"{d.day} {MON3[d.month-1]} {hh:02d}:{mm:02d}", f"At {hh:02d}:{mm:02d}",
        f"{hh:02d}:{mm:02d} - {d.day} {MON3[d.month-1]} {d.year}", f"{hh:02d}h{mm:02d}",
        f"{rel_time(r)} By {person(r)}", f"{hh:02d}:{mm:02d} {tz} | Updated {rel_time(r)}",
        f"Breaking {hh:02d}:{mm:02d}", f"{hh:02d}:{mm:02d} Key event", f"Key event {rel_time(r)}",
        f"{rel_time(r)} · Link copied", f"{hh:02d}:{mm:02d} Copy link",
        f"{h12(hh)}:{mm:02d}{'am' if hh < 12 else 'pm'} {tz} Share this post",
        f"LIVE {hh:02d}:{mm:02d} {tz}", f"{hh:02d}:{mm:02d} IST", f"{hh:02d}:{mm:02d} (local time)",
        f"{hh:02d}:{mm:02d} GMT / {(hh + 5) % 24:02d}:{mm:02d} local",
    ]
    return o[0], pick(r, shapes)


ENTRY_BYLINE = [
    "From {p} in {pl}", "{p} reporting from {pl}", "Posted by {p} at {t}", "{p}, {role}",
    "By {p}", "By {p} in {pl}", "{p} in {pl}", "Update from {p}", "{p} ({pl})",
    "From our correspondent {p}", "{p} is at the scene", "{p} is in the courtroom",
    "{p} is at the count centre in {pl}", "{p}, at Parliament House", "{p}, reporting live",
    "Reporting by {p}", "Written by {p}", "Entry by {p}", "{p} takes over the blog",
    "{p} here, taking over the live blog", "This is {p}, picking up the blog from {p2}",
    "Good morning, {p} with you for the next few hours", "{p} signing off; {p2} is taking over",
    "{p} and {p2} are bringing you the latest", "Live blog by {p} and {p2}",
    "Live coverage edited by {p}", "Edited by {p}", "Producer: {p}", "Blog host: {p}",
    "{p} — {t}", "{t} — {p}", "{t} {p}", "{p} {t}", "Analysis: {p}, {role}",
    "Analysis by {p}, {role}", "From {p}, our {role}", "Our {role} {p} writes:",
    "Our {role} {p} has this update:", "{p}, {role}, {o}", "{p} | {o}",
    "Contributors: {p}, {p2}", "With {p} in {pl} and {p2} in {pl2}", "Share {p}",
]


def k_live_entry_byline(r):
    o = outlet(r)
    reg = o[2]
    s = pick(r, ENTRY_BYLINE)
    s = (s.replace("{p2}", person(r)).replace("{p}", person(r))
          .replace("{pl2}", place(r, pick(r, REGIONS))).replace("{pl}", place(r, reg))
          .replace("{t}", clock(r, reg)).replace("{role}", pick(r, ROLES)).replace("{o}", o[0]))
    return o[0], s


LIVE_STATUS_FIXED = [
    "This live page is no longer being updated.", "This blog is now closed.",
    "This live blog is now closed.", "This liveblog has now closed.",
    "We've now closed this live blog.", "Our live coverage has ended.",
    "This live coverage has ended.", "Live coverage has ended. You can read the full story here.",
    "Live updates have ended. Follow the latest in our new live blog.",
    "This live blog has now ended. For the latest, see our new live page.",
    "This live page is no longer being updated. You can find our latest coverage here.",
    "We're no longer updating this page. Thanks for following along.",
    "The live blog is paused for now; we'll be back in the morning.",
    "This page will be updated automatically.", "This page refreshes automatically.",
    "This page is being updated as new information comes in.",
    "This is a live blog. Refresh the page for the latest updates.",
    "New updates available. Click to refresh.", "Refresh the page to see new posts",
    "Updates are paused. Tap to resume", "There are new posts. Refresh to load them.",
    "Live coverage continues below.", "Live updates continue below.",
    "Scroll down for live updates", "Follow along with live updates below.",
    "Follow our live coverage here.", "Catch up on earlier coverage here.",
    "Catch up", "Catch up on our previous live blog", "Missed the earlier updates? Catch up here.",
    "Get up to speed", "Here's what you need to know", "What we know so far",
    "Where things stand", "The latest", "Latest updates", "Live blog", "Liveblog",
    "Ongoing coverage", "Developing", "DEVELOPING", "Developing story",
    "Pinned post", "Updated", "Live: Updated", "Live page", "See all updates",
    "Show all updates", "View all posts", "Show earlier posts", "Show latest updates",
    "Return to latest post", "Go to latest update", "Jump to the latest update",
    "Enable alerts to be notified of new updates", "Turn on live blog alerts",
]


def k_live_status(r):
    if r.random() < 0.55:
        return GENERIC, pick(r, LIVE_STATUS_FIXED)
    o = outlet(r)
    reg = o[2]
    shapes = [
        f"Updated {fmt_date(r, reg, True)}", f"Last updated {rel_time(r)}",
        f"Updated {rel_time(r)} · {r.randrange(3, 240)} updates",
        f"{r.randrange(3, 240)} posts", f"{r.randrange(3, 99)} updates",
        f"Live: {r.randrange(2, 90)} new posts since you last visited",
        f"This live page is no longer being updated. Last update {fmt_date(r, reg, True)}.",
        f"Live updates ended at {clock(r, reg)}.", f"Live coverage ended {rel_time(r)}",
        f"Our live coverage will resume at {clock(r, reg)}.",
        f"We'll be back from {clock(r, reg)} with more live coverage.",
        f"This blog is now closed. Follow {o[0]} for the latest.",
        f"Follow {o[0]}'s live coverage of {tlow(pick(r, TOPICS))}",
        f"LIVE UPDATES | {pick(r, TOPICS)}", f"Live: {pick(r, TOPICS)} — latest updates",
        f"Catch up: {headline(r)}", f"Catch up on yesterday's live blog: {headline(r)}",
        f"Previous live blog: {headline(r)}", f"Our earlier live blog is here: {headline(r)}",
        f"Started {rel_time(r)} · Updated {rel_time(r)}",
        f"Live · Updated {clock(r, reg)}", f"Pinned post from {person(r)}",
        f"Updated: {fmt_date(r, reg, True)}", f"Live updates · {fmt_date(r, reg, False)}",
    ]
    return o[0], pick(r, shapes)


KEY_POINTS_LABELS = ["Key points", "Key points:", "KEY POINTS", "Key Points", "Summary",
                     "In short:", "In short", "Quick read", "The big picture", "At a glance",
                     "Top line", "TL;DR", "Quick summary", "Need to know", "What's next?",
                     "Key facts", "Main points", "Key takeaways", "Takeaways", "Brief"]


def k_live_key_points(r):
    o = outlet(r)
    evs = r.sample(LIVE_EVENTS, r.randrange(2, 5))
    lab = pick(r, KEY_POINTS_LABELS)
    shape = r.randrange(4)
    if shape == 0:
        s = lab + " " + " ".join(bullet(r) + e for e in evs)
    elif shape == 1:
        s = lab + " " + " ".join(f"{i+1}. {e}" for i, e in enumerate(evs))
    elif shape == 2:
        s = lab + " (" + str(len(evs)) + "): " + "; ".join(evs)
    else:
        s = lab
        if r.random() < 0.5:
            s = lab + " " + pick(r, ["Show", "Hide", "Expand", "Collapse", "▼", "+", "Show more", "Read more"])
        else:
            return GENERIC, s + " " + pick(r, ["(this summary was written by our editors)", "↓", "Jump to:", "Show key points", "Hide key points"])
    return o[0], s


APP_FIXED = ["Open in app", "OPEN APP", "Open app", "Get the app", "Download the app",
             "Continue in app", "Read in app", "Use app", "Not now", "Continue in browser",
             "Stay on web", "View in app", "Try the app", "INSTALL", "Install",
             "Available on the App Store", "Get it on Google Play",
             "Download on the App Store | Get it on Google Play", "App Store Google Play",
             "Scan the QR code to download our app", "📱 Get the app",
             "Read this story in the app for a better experience.",
             "For the best experience, open this article in our app.",
             "This feature is only available in the app.",
             "Looks like you're on mobile. Get our free app?",
             "News, sport and weather — all in one free app.",
             "Download our free app for breaking news, live scores and more.",
             "The app is free to download and available on iPhone, iPad and Android.",
             "Get the news you want, delivered to your phone. Download the app.",
             "Save articles to read offline in the app.",
             "Listen to articles on the go with our app.",
             "Customise your news feed in the app.",
             "Now on your smart speaker: just ask for the news.",
             "Add us to your home screen", "Add to Home Screen", "Install this site as an app",
             "Read today's e-paper in the app", "Replica edition available in the app",
             "Get the digital print edition on your tablet",
             "Our new app is here. Faster, cleaner, and built for you.",
             "Update your app to get the latest features.",
             "You're using an old version of the app. Update now."]

APP_TEMPLATES = [
    "Download the {o} app for the latest news", "Get the {o} app on iOS and Android",
    "Download the {o} app", "Get the {o} app", "Read more on the {o} app",
    "Get breaking news alerts: download the {o} app", "Stay informed with the {o} app",
    "📲 Download the {o} app for the latest updates", "Download the {o} News app today",
    "The {o} app: {feat}", "New in the {o} app: {feat}", "{o} app — {feat}",
    "Get the {o} app — {feat}. Download free", "Download the free {o} app: {feat}.",
    "Try the {o} app. {feat}.", "Open this article in the {o} app",
    "{o} is better in the app", "Enjoy {o} in the app", "{O} APP: {FEAT}",
    "Get {o} on your phone. Search '{o}' in the App Store or Google Play.",
    "The new {o} app is here — {feat}. Download now",
    "Follow {topic} in the {o} app", "Get {topic} updates in the {o} app",
    "Listen to {o} on the go: download the app", "Watch {o} live in the app",
    "Download the {o} app to get the latest on {topic}",
    "Want more? {feat} in the {o} app.", "Get {o} Premium in the app. {price}",
]
APP_FEATS = ["personalised news, offline reading and live scores",
             "breaking news alerts as they happen", "your local news, weather and traffic",
             "the day's top stories in one place", "audio articles you can listen to anywhere",
             "live blogs with instant updates", "the digital edition every morning",
             "puzzles, crosswords and games", "a faster, ad-light experience",
             "save stories to read later", "follow the topics you care about",
             "dark mode and larger text options", "live TV and radio streams",
             "real-time market data and watchlists", "prayer times and local news",
             "fixtures, results and live match centres", "the latest cricket scores",
             "daily briefings in 5 minutes", "video news you can swipe through"]


def k_app_promo(r):
    if r.random() < 0.3:
        return GENERIC, pick(r, APP_FIXED)
    o = outlet(r)
    feat = pick(r, APP_FEATS)
    s = pick(r, APP_TEMPLATES)
    s = (s.replace("{o}", o[0]).replace("{O}", o[0].upper()).replace("{feat}", feat)
          .replace("{FEAT}", feat.upper()).replace("{topic}", tlow(pick(r, TOPICS)))
          .replace("{price}", "From " + price(r, o[2])))
    return o[0], s


PUSH_FIXED = ["Get notifications", "Turn on notifications", "Enable notifications",
              "Allow", "Block", "Don't allow", "Not now", "Maybe later", "No thanks",
              "Yes, please", "Allow notifications", "🔔 Get alerts", "Get alerts",
              "Notifications", "Notification settings", "Manage alerts", "Turn off alerts",
              "You're all set! You'll now receive breaking news alerts.",
              "Notifications are blocked. Change your browser settings to allow them.",
              "We'd like to send you notifications for the latest news and updates. You can unsubscribe at any time. Allow Not now",
              "Would you like to receive desktop browser notifications about breaking news and other major stories?",
              "Never miss a story: turn on push alerts.",
              "Be the first to know. Turn on breaking news alerts.",
              "Get breaking news alerts on your phone or desktop.",
              "Stay in the know with instant notifications.",
              "Follow this story to get notified of updates.",
              "Follow this story", "Follow story", "Following", "Unfollow",
              "Get notified when this story is updated", "Alert me when this is updated",
              "Sign up for breaking news alerts", "Breaking news alerts: Enable",
              "Get push notifications with news, features and more.",
              "Click 'Allow' to get news alerts", "Tap 'Allow' when prompted",
              "Subscribe to notifications", "Unsubscribe from notifications",
              "You have turned off notifications for this site.",
              "Receive alerts from this topic", "Get an alert when a new article is published"]

PUSH_TEMPLATES = [
    "Get {o} breaking news alerts", "Turn on {o} notifications", "{o} would like to send you notifications",
    "{o} wants to show notifications. Allow Block", "Get alerts for {t}", "Follow {t} to get alerts",
    "🔔 Get push alerts for {t}", "Want to know when there's news about {t}? Turn on alerts.",
    "Get instant alerts about {t} from {o}", "Get notified about {t}",
    "Receive alerts when {p} publishes a new story", "Get alerts on {p}'s stories",
    "Follow {p} for alerts", "Never miss a {o} story: enable notifications",
    "{o}: Allow notifications for breaking news, exclusives and live coverage?",
    "Get {o} alerts on WhatsApp", "Get election alerts from {o}", "Get score alerts for {team}",
    "Turn on match alerts for {team}", "Set a reminder: {t} live coverage starts at {c}",
]


def k_push_alert_pitch(r):
    if r.random() < 0.35:
        return GENERIC, pick(r, PUSH_FIXED)
    o = outlet(r)
    s = pick(r, PUSH_TEMPLATES)
    s = (s.replace("{o}", o[0]).replace("{t}", tlow(pick(r, TOPICS))).replace("{p}", person(r))
          .replace("{team}", pick(r, ["the All Blacks", "the Matildas", "India", "the Proteas", "Man United", "the Leafs", "Dublin GAA", "the Socceroos", "the Lakers", "Celtic"]))
          .replace("{c}", clock(r, o[2])))
    return o[0], s


KICKERS = ["Politics", "POLITICS", "Opinion", "OPINION", "Exclusive", "EXCLUSIVE", "Analysis",
           "ANALYSIS", "Breaking", "BREAKING", "Live", "LIVE", "Explainer", "EXPLAINER",
           "Explained", "World", "WORLD", "Business", "BUSINESS", "Sport", "SPORT", "Sports",
           "Review", "REVIEW", "Interview", "INTERVIEW", "Comment", "COMMENT", "Editorial",
           "EDITORIAL", "Letters", "Obituary", "OBITUARY", "Feature", "FEATURE", "Investigation",
           "INVESTIGATION", "Fact check", "FACT CHECK", "Satire", "Sponsored", "Paid content",
           "Partner content", "Advertorial", "Premium", "PREMIUM", "Subscriber only",
           "Members only", "Free to read", "Updated", "UPDATED", "Developing", "Just in",
           "JUST IN", "Watch", "WATCH", "Listen", "Podcast", "Gallery", "Photos", "Video",
           "Quiz", "Recipe", "Weather", "Traffic", "Courts", "Crime", "Health", "Climate",
           "Environment", "Science", "Tech", "Technology", "Money", "Personal Finance",
           "Property", "Markets", "Economy", "Culture", "Arts", "Music", "Film", "TV", "Books",
           "Travel", "Food", "Lifestyle", "Wellness", "Education", "Royals", "Cricket",
           "Football", "Rugby", "AFL", "NRL", "GAA", "Hockey", "F1", "Tennis", "Golf",
           "Local", "National", "Regional", "Asia", "Africa", "Middle East", "Europe", "US",
           "US news", "UK news", "Ireland", "Canada", "Australia", "NZ", "India", "Gulf",
           "Singapore", "South Africa", "Long read", "The long read", "Big read", "Deep dive",
           "Perspective", "Viewpoint", "Column", "Columnists", "Guest column", "Op-Ed",
           "Op-ed", "Voices", "First person", "Essay", "Profile", "Q&A", "Data", "Graphics",
           "Visual story", "Special report", "SPECIAL REPORT", "Long form", "Newsletter",
           "Brand Studio", "In depth", "In Focus", "Spotlight", "Trending", "Viral",
           "Offbeat", "Weird news", "Good news", "Ask Amy", "Dear Prudence", "Horoscope",
           "Puzzles", "Crossword", "Election 2024", "Election 2025", "Budget 2025",
           "Cost of living", "Housing crisis", "Climate crisis", "War in Ukraine",
           "Israel-Gaza war", "Coronavirus", "Monsoon 2024", "Load-shedding", "State of Origin",
           "Ashes 2025", "World Cup", "Olympics", "Paris 2024", "IPL 2025", "Six Nations",
           "Wimbledon", "The Ashes", "Super Rugby", "Dubai Expo", "Ramadan 2025",
           "Eid al-Adha", "Diwali", "Lunar New Year", "Pride Month", "Black History Month",
           "Matariki", "Heritage Month", "NAIDOC Week", "Reconciliation", "Indigenous",
           "Te Ao Māori", "Pasifika", "First Nations", "Immigration", "Expat life", "Careers",
           "Startups", "AI", "Crypto", "Gadgets", "Reviews", "Best buys", "Deals",
           "Shopping", "Tested", "Recommended", "Editor's pick", "Editors' picks",
           "Staff pick", "Must read", "Top story", "Top stories", "Latest", "Most read",
           "Breaking news", "Developing story", "Opinion | Politics", "Politics | Analysis",
           "WORLD NEWS", "UK NEWS", "US NEWS", "SPORT | CRICKET", "Business › Markets",
           "News / Local", "Opinion — Columnists", "ANALYSIS / ELECTION 2025",
           "EXCLUSIVE • INVESTIGATION", "Live | Election", "Explainer · Health",
           "Climate & Environment", "Science & Tech", "Arts & Culture", "Life & Style",
           "Money & Markets", "Health & Wellness", "Crime & Justice", "Law & Order",
           "Transport & Infrastructure", "Planning & Development", "City & State",
           "Nation & World", "Region & Nation", "Sponsored by a partner", "Brought to you by",
           "In partnership with", "Advertising feature", "ADVERTISING FEATURE", "Supported by",
           "Promoted", "PROMOTED", "Presented by", "Content from our partners"]


def k_kicker_label(r):
    return GENERIC, pick(r, KICKERS)


READ_MORE_LABELS = ["Read more:", "READ MORE:", "Read more", "Read More", "READ ALSO:", "Read also:",
                    "Read also", "Also read:", "ALSO READ |", "Also Read:", "ALSO READ:", "Related:",
                    "RELATED:", "Related", "Related story:", "RELATED STORY:", "Related Article",
                    "More:", "MORE:", "More on this:", "Read next:", "Read Next", "Don't miss:",
                    "DON'T MISS", "Recommended:", "See also:", "SEE ALSO:", "Continue reading:",
                    "In case you missed it:", "ICYMI:", "You might also like:", "Must read:",
                    "Trending:", "Popular:", "Previously:", "Earlier:", "Background:",
                    "Catch up:", "Go deeper:", "Dig deeper:", "Keep reading:", "Also:",
                    "➡️", "→", "»", "▶", "►", "Read:", "READ:", "Also see:", "More coverage:",
                    "Top story:", "Latest:", "From the archive:", "From our archive:",
                    "Read the full story:", "Read our explainer:", "Our coverage:",
                    "Live:", "Opinion:", "Analysis:", "Listen:", "Watch:", "Subscriber exclusive:"]


def k_read_more_link(r):
    o = outlet(r)
    lab = pick(r, READ_MORE_LABELS)
    h = headline(r)
    shape = r.randrange(10)
    if shape == 0:
        s = f"{lab} {h.upper()}"
    elif shape == 1:
        s = f"{lab} {h} ({rel_time(r)})"
    elif shape == 2:
        s = f"{lab} {h} | {o[0]}"
    elif shape == 3:
        s = f"MORE FROM {o[0].upper()}: {h}"
    elif shape == 4:
        s = f"{lab} {h} — {o[0]}"
    elif shape == 5:
        s = f"{lab} {h} https://www.{o[1]}/{pick(r, ['news', 'story', 'article', 'world', 'local', 'sport', '2024', '2025'])}/{'-'.join(h.lower().replace(':', '').replace(',', '').replace('?', '').replace(chr(39), '').split()[:7])}"
    elif shape == 6:
        s = f"{lab} {h}; {headline(r)}"
    elif shape == 7:
        s = f"[{lab.rstrip(':')}] {h}"
    else:
        s = f"{lab} {h}"
    return o[0], s


RELATED_LABELS = ["More on this story", "More on this story:", "Related stories", "Related Stories",
                  "RELATED STORIES", "Related articles", "Related coverage", "Related Content",
                  "More stories", "More Stories", "More from {sec}", "More in {sec}",
                  "Latest in {sec}", "More {sec} news", "Top stories", "Top Stories",
                  "Latest news", "Latest stories", "Latest News", "Other stories",
                  "Elsewhere on {o}", "More from {o}", "Also on {o}", "Around {o}",
                  "Related topics", "Previous coverage", "Earlier coverage",
                  "Related links", "In this series", "More in this series",
                  "Explore more on these topics", "Continue reading", "Next up",
                  "What to read next", "Keep reading", "Stories you may have missed",
                  "Today's top stories", "Top headlines", "Headlines", "News in brief"]


def k_related_stories_list(r):
    o = outlet(r)
    lab = pick(r, RELATED_LABELS).replace("{sec}", pick(r, SECTIONS)).replace("{o}", o[0])
    hs = headlines(r, r.randrange(2, 6))
    shape = r.randrange(6)
    if shape == 0:
        s = lab + " " + " ".join(hs)
    elif shape == 1:
        s = lab + " " + " ".join(bullet(r) + h for h in hs)
    elif shape == 2:
        s = lab + ": " + " | ".join(hs)
    elif shape == 3:
        s = lab + " " + " ".join(f"{h} {rel_time(r)}" for h in hs)
    elif shape == 4:
        s = lab + " " + " ".join(f"{pick(r, SECTIONS)} {h}" for h in hs)
    else:
        s = lab + " " + " ".join(f"{h} {fmt_date(r, o[2], False)}" for h in hs)
    return o[0], s


RECO_LABELS = ["Recommended", "RECOMMENDED", "Recommended for you", "Recommended Stories",
               "You may also like", "You might also like", "You May Also Like",
               "We think you'll like", "Picked for you", "For you", "Suggested for you",
               "Because you read this", "Readers also viewed", "People also read",
               "Readers also liked", "Others are reading", "What others are reading",
               "Editors' picks", "Editor's Picks", "Don't miss", "Must reads",
               "Best of {o}", "Our picks", "Staff picks", "Today's picks", "Featured",
               "Featured stories", "More for you", "Up next", "Next article",
               "Promoted stories", "Recommended by", "Selected for you",
               "More stories like this", "Similar stories", "Further reading"]


def k_recommended_list(r):
    o = outlet(r)
    lab = pick(r, RECO_LABELS).replace("{o}", o[0])
    hs = headlines(r, r.randrange(2, 5))
    shape = r.randrange(5)
    if shape == 0:
        s = lab + " " + " ".join(hs)
    elif shape == 1:
        s = lab + " " + " ".join(f"{h} {pick(r, ['3 min read', '5 min read', '7 min read', '2 min read', '10 min read'])}" for h in hs)
    elif shape == 2:
        s = lab + " " + " ".join(f"{h} By {person(r)}" for h in hs)
    elif shape == 3:
        s = lab + " " + " · ".join(hs)
    else:
        s = lab.upper() + " " + " ".join(f"{i+1} {h}" for i, h in enumerate(hs))
    return o[0], s


MOST_READ_LABELS = ["Most read", "Most Read", "MOST READ", "Most popular", "Most Popular",
                    "MOST POPULAR", "Most viewed", "Most Viewed", "Most shared", "Most commented",
                    "Trending now", "Trending Now", "TRENDING", "Trending", "Popular now",
                    "Popular", "What people are reading", "What's hot", "Hot right now",
                    "Top 10", "Top five", "The most-read stories this week", "Most read today",
                    "Most read in {sec}", "Popular in {sec}", "Trending in {sec}",
                    "Most read on {o}", "Top reads", "Top Reads", "Hot stories", "In the news"]


def k_most_read_list(r):
    o = outlet(r)
    lab = pick(r, MOST_READ_LABELS).replace("{sec}", pick(r, SECTIONS)).replace("{o}", o[0])
    n = r.randrange(3, 8)
    hs = headlines(r, n)
    shape = r.randrange(5)
    if shape == 0:
        s = lab + " " + " ".join(f"{i+1} {h}" for i, h in enumerate(hs))
    elif shape == 1:
        s = lab + " " + " ".join(f"{i+1}. {h}" for i, h in enumerate(hs))
    elif shape == 2:
        s = lab + " " + " ".join(f"0{i+1} {h}" for i, h in enumerate(hs))
    elif shape == 3:
        s = lab + ": " + "; ".join(hs)
    else:
        s = lab + " " + " ".join(f"{i+1} {h} {rel_time(r)}" for i, h in enumerate(hs))
    return o[0], s


def k_trending_topics(r):
    o = outlet(r)
    lab = pick(r, ["Trending:", "TRENDING", "Trending topics", "Trending Topics", "Hot topics",
                   "Hot Topics:", "Popular topics", "In the news:", "Trending searches",
                   "What's trending", "Top searches", "Follow:", "Topics:", "🔥 Trending",
                   "TRENDING NOW", "Quick links:", "Spotlight:", "Don't miss:", "Explore:"])
    ts = r.sample(TOPICS, r.randrange(3, 8))
    sep = pick(r, [" · ", " | ", ", ", " • ", "  ", " / ", " ", " #"])
    if sep == " #":
        s = lab + " #" + " #".join(t.replace(" ", "").replace("-", "") for t in ts)
    else:
        s = lab + " " + sep.join(ts)
    return o[0], s


def rand_code(r, n=10):
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(chars[r.randrange(len(chars))] for _ in range(n))


X_FIXED = ["This post is unavailable.", "This Tweet is unavailable.", "This Post is from a suspended account.",
           "This tweet has been deleted.", "Post deleted", "Tweet deleted by the author.",
           "Skip twitter post", "Skip X post", "Skip X post, 1", "Skip twitter post, 2",
           "End of Twitter post", "End of X post, 1", "End of twitter post, 2",
           "Allow X content?", "Allow Twitter content?",
           "This article contains content provided by X. We ask for your permission before anything is loaded, as they may be using cookies and other technologies. You may want to read X's cookie policy and privacy policy before accepting. To view this content choose 'accept and continue'.",
           "Twitter content. This content is blocked. Accept cookies to view it.",
           "Content from X is not displayed due to your cookie preferences.",
           "Load tweet", "View on X", "View on Twitter", "Read more on X", "See the latest posts on X",
           "Read the full conversation on X", "Reply Repost Like Share", "Retweet Like Reply",
           "Copy link to post", "Read replies", "Read 312 replies", "Show this thread",
           "Follow on X", "Embedded post", "Embedded tweet", "Post on X", "Tweet",
           "X (formerly Twitter)", "Twitter/X", "Source: X", "Source: Twitter",
           "Posted to X", "Posted on X", "https://t.co/", "pic.twitter.com",
           "Content not available", "The following content is hosted by X"]


def k_social_embed_x(r):
    if r.random() < 0.25:
        return GENERIC, pick(r, X_FIXED)
    o = outlet(r)
    reg = o[2]
    nm = person(r)
    h = person_handle(r, nm)
    d, hh, mm = a_date(r)
    date = pick(r, [f"{MONTHS[d.month-1]} {d.day}, {d.year}", f"{d.day} {MONTHS[d.month-1]} {d.year}",
                    f"{MON3[d.month-1]} {d.day}, {d.year}"])
    who = pick(r, [f"{nm} (@{h})", f"{o[0]} (@{handle(o)})", f"{pick(r, ['Met Police', 'NSW Police', 'Fire and Rescue NSW', 'RNZ News', 'Dubai Media Office', 'Bureau of Meteorology', 'Met Éireann', 'Environment Canada', 'NDRF', 'Eskom Hold Co', 'LTA Singapore', 'City of Cape Town', 'TfL', 'NWS', 'Road Safety Authority', 'Waka Kotahi NZTA'])} (@{rand_code(r, r.randrange(5, 12))})"])
    pic = f"pic.twitter.com/{rand_code(r)}"
    tco = f"https://t.co/{rand_code(r)}"
    shapes = [
        f"— {who} {date}", f"— {who} {date} {pic}", f"{pic} — {who} {date}", pic, tco,
        f"{tco} — {who} {date}", f"{pic}", f"{pic} {tco}", f"— {who} {MONTHS[d.month-1]} {d.day}, {d.year}",
        f"{h12(hh)}:{mm:02d} {'AM' if hh < 12 else 'PM'} · {MON3[d.month-1]} {d.day}, {d.year}",
        f"{h12(hh)}:{mm:02d} {'AM' if hh < 12 else 'PM'} · {MON3[d.month-1]} {d.day}, {d.year} · {r.randrange(2, 900)}K Views",
        f"{r.randrange(1, 99)}K Likes {r.randrange(1, 40)}K Reposts",
        f"{r.randrange(1, 999)} Replies {r.randrange(1, 999)} Reposts {r.randrange(1, 99)}K Likes",
        f"@{h}", f"Follow @{h}", f"Posted by @{h} on X", f"Post by @{h}",
        f"Twitter post by @{h}", f"X post by @{handle(o)}", f"See {nm}'s other posts on X",
        f"A post shared on X by @{h}", f"(via @{h})", f"h/t @{h}", f"Source: @{h}/X",
        f"Image: X/@{h}", f"{nm} (@{h}) · X", f"{nm} @{h} · {rel_time(r)}",
        f"{nm} ✓ @{h} Follow", f"Quote @{h}", f"Replying to @{h}",
        f"Embedded content from X: @{h}", f"Twitter content from @{h}. Accept cookies to view.",
        f"Skip @{h}'s post on X", f"https://twitter.com/{h}/status/{r.randrange(10**18, 10**19)}",
        f"https://x.com/{h}/status/{r.randrange(10**18, 10**19)}",
    ]
    return o[0], pick(r, shapes)


IG_FIXED = ["View this post on Instagram", "View more on Instagram", "View this profile on Instagram",
            "Add a comment...", "Like", "Comment", "Share", "Save", "Instagram post",
            "Instagram content", "Skip Instagram post", "Skip Instagram post, 1",
            "End of Instagram post, 1", "Allow Instagram content?",
            "This article contains content provided by Instagram. We ask for your permission before anything is loaded, as they may be using cookies and other technologies.",
            "Instagram content is unavailable. Accept social cookies to view.",
            "This content is hosted by Instagram", "Open in Instagram", "Follow on Instagram",
            "View profile", "Load more", "View all comments", "Sorry, this post isn't available.",
            "This post may have been removed", "Reels", "Watch this reel on Instagram",
            "Image: Instagram", "Source: Instagram", "Via Instagram"]


def k_social_embed_instagram(r):
    if r.random() < 0.3:
        return GENERIC, pick(r, IG_FIXED)
    o = outlet(r)
    nm = person(r)
    h = person_handle(r, nm).lower()
    shapes = [
        f"A post shared by {nm} (@{h})", f"A post shared by @{h}", f"A post shared by {o[0]} (@{handle(o).lower()})",
        f"View this post on Instagram A post shared by {nm} (@{h})",
        f"{h} Verified", f"{h} • Follow", f"{h} View profile {r.randrange(1, 900)}K followers",
        f"{r.randrange(100, 99999):,} likes", f"Liked by {person_handle(r, person(r)).lower()} and {r.randrange(10, 9999):,} others",
        f"View all {r.randrange(5, 3000):,} comments", f"{rel_time(r).upper()}",
        f"https://www.instagram.com/p/{rand_code(r, 11)}/", f"https://www.instagram.com/reel/{rand_code(r, 11)}/",
        f"instagram.com/{h}", f"@{h} on Instagram", f"Photo: Instagram/@{h}",
        f"Image: @{h} via Instagram", f"(Instagram/{h})", f"Instagram: @{h}",
        f"Posted by {h} on Instagram", f"{nm} (@{h}) • Instagram photos and videos",
        f"{r.randrange(1, 50)}M followers · {r.randrange(100, 5000)} posts",
    ]
    return o[0], pick(r, shapes)


OTHER_SOCIAL_FIXED = [
    "Watch on TikTok", "Skip TikTok post", "Skip TikTok post, 1", "End of TikTok post, 1",
    "TikTok content is not available", "Allow TikTok content?", "Open TikTok",
    "Watch on YouTube", "Skip YouTube post", "Skip YouTube post, 1", "End of YouTube post, 1",
    "Allow YouTube content?", "YouTube content. This content is blocked.",
    "This article contains content provided by Google YouTube. We ask for your permission before anything is loaded, as they may be using cookies and other technologies.",
    "Subscribe", "SUBSCRIBE", "Subscribe to our YouTube channel", "Hit the bell icon",
    "Skip Facebook post", "End of Facebook post", "Allow Facebook content?",
    "View this post on Facebook", "Posted by Facebook", "Open in Facebook",
    "Skip Telegram post", "Join our Telegram channel", "View in Telegram", "Preview channel",
    "Skip Bluesky post", "View on Bluesky", "Post on Bluesky", "Skip Threads post",
    "View on Threads", "Skip LinkedIn post", "View on LinkedIn", "Skip Reddit post",
    "View on Reddit", "Skip Spotify content", "Play on Spotify", "Listen on Spotify",
    "Skip SoundCloud embed", "Listen in browser", "Skip Flourish content",
    "Skip Datawrapper chart", "Skip Google Maps embed", "View larger map",
    "Open in Google Maps", "Embedded content", "External content", "Third-party content",
    "This content is provided by a third party.",
    "This content is not available due to your privacy preferences. Update your settings here to see it.",
    "Click to load external content", "Show external content", "Load content",
    "To see this content, please enable targeting cookies. Manage cookie settings",
    "Content is unavailable. Please allow cookies to view social media content.",
    "The BBC is not responsible for the content of external sites.",
    "Warning: Third party content may contain adverts",
    "External sites are not the responsibility of this website.",
]


def k_social_embed_other(r):
    if r.random() < 0.4:
        return GENERIC, pick(r, OTHER_SOCIAL_FIXED)
    o = outlet(r)
    nm = person(r)
    h = person_handle(r, nm).lower()
    d, hh, mm = a_date(r)
    shapes = [
        f"@{h} ♬ original sound - {h}", f"@{h} ♬ original sound - {nm}", f"♬ original sound – {h}",
        f"@{h} #{pick(r, TOPICS).replace(' ', '').lower()} #fyp ♬ {pick(r, ['original sound', 'som original', 'Espresso - Sabrina Carpenter', 'trending audio'])} - {h}",
        f"TikTok video from {nm} (@{h})", f"Source: TikTok/@{h}", f"Video: TikTok/@{h}",
        f"https://www.tiktok.com/@{h}/video/{r.randrange(10**18, 10**19)}",
        f"Posted by {nm} on {WKD[d.weekday()]}, {MONTHS[d.month-1]} {d.day}, {d.year}",
        f"Posted by {o[0]} on {WKD[d.weekday()]}, {MONTHS[d.month-1]} {d.day}, {d.year}",
        f"{nm} posted on Facebook", f"Source: Facebook/{nm}", f"Image: Facebook/{pick(r, ['Police', 'Fire Service', 'Council', 'Community Group', 'SES'])}",
        f"{o[0]} · {r.randrange(1, 900)}K subscribers", f"Subscribe to {o[0]} on YouTube",
        f"https://youtu.be/{rand_code(r, 11)}", f"https://www.youtube.com/watch?v={rand_code(r, 11)}",
        f"Watch on YouTube: {vtitle(r, o[2])}", f"{vtitle(r, o[2])} - YouTube",
        f"{o[0]} on Telegram: t.me/{handle(o).lower()}", f"t.me/{h}", f"Telegram channel: {nm}",
        f"{h}.bsky.social", f"@{h}.bsky.social · {rel_time(r)}", f"Threads: @{h}",
        f"{nm} on LinkedIn", f"{nm} • {pick(r, ROLES)} • {r.randrange(2, 50)}d • Edited",
        f"r/{pick(r, ['worldnews', 'australia', 'unitedkingdom', 'canada', 'newzealand', 'india', 'southafrica', 'singapore', 'dubai', 'ireland'])} · Posted by u/{h}",
        f"Map data ©{d.year} Google", f"Chart: {o[0]} • Source: {pick(r, ['ONS', 'ABS', 'Statistics Canada', 'RBI', 'Stats SA', 'SingStat', 'BLS', 'CSO'])} • Get the data • Created with Datawrapper",
        f"A Flourish chart", f"A Flourish map", f"Made with Flourish",
    ]
    return o[0], pick(r, shapes)


FOLLOW_FIXED = ["Follow us", "FOLLOW US", "Follow us on", "Follow us:", "Connect with us",
                "Stay connected", "Find us on", "Join us on", "Like us on Facebook",
                "Follow us on Instagram", "Follow us on X", "Follow us on TikTok",
                "Subscribe on YouTube", "Join our WhatsApp channel", "Join our Telegram",
                "Join the conversation on Facebook", "Share your photos with us on Instagram",
                "Facebook X Instagram YouTube TikTok LinkedIn", "f 𝕏 ◎ ▶", "Follow",
                "Following", "+ Follow", "Follow topic", "Like Page", "Liked", "Subscribed"]


def k_social_follow_prompt(r):
    if r.random() < 0.25:
        return GENERIC, pick(r, FOLLOW_FIXED)
    o = outlet(r)
    h = handle(o)
    nm = person(r)
    shapes = [
        f"Follow {o[0]} on X @{h}", f"Follow us on X @{h}", f"Follow @{h} on Instagram",
        f"Like {o[0]} on Facebook", f"Follow {o[0]} on Instagram, TikTok and YouTube",
        f"Follow {o[0]} on Facebook, X, Instagram and Threads",
        f"Get the latest from {o[0]}: follow us on WhatsApp", f"Join {o[0]}'s WhatsApp channel for the latest news",
        f"📲 Join our WhatsApp channel: whatsapp.com/channel/{rand_code(r, 20)}",
        f"Subscribe to {o[0]} on YouTube for more videos", f"{o[0]} on TikTok: @{h.lower()}",
        f"Follow {nm} on X @{person_handle(r, nm)}", f"Follow {nm} on Instagram @{person_handle(r, nm).lower()}",
        f"Follow {nm} on Bluesky and LinkedIn", f"You can follow {nm} on X at @{person_handle(r, nm)}.",
        f"{nm} is on X as @{person_handle(r, nm)}", f"Follow the author: {nm}",
        f"{r.randrange(1, 999)}K followers", f"{r.randrange(1, 9)}.{r.randrange(10)}M followers",
        f"{r.randrange(1, 99)},{r.randrange(100, 999)} likes", f"{o[0]} {r.randrange(1, 99)}K Followers Follow",
        f"Facebook {r.randrange(1, 9)}M Likes · X {r.randrange(100, 999)}K Followers · Instagram {r.randrange(50, 900)}K Followers",
        f"Follow us: Facebook · X · Instagram · YouTube · TikTok · WhatsApp",
        f"Follow {o[0]} on Google News", f"Add {o[0]} as a preferred source on Google",
        f"⭐ Make {o[0]} a preferred source on Google", f"Follow us on Google News ➝",
        f"Follow {o[0]} on Flipboard", f"Follow {o[0]} on Apple News",
        f"Find {o[0]} on Threads and Bluesky", f"Keep up with {o[0]} on social media: @{h}",
        f"Like and follow {o[0]} for updates on {tlow(pick(r, TOPICS))}",
        f"For more news, follow us on X: @{h}", f"Tag us @{h} to be featured",
        f"Got a video? Send it to us on WhatsApp or tag @{h}",
    ]
    return o[0], pick(r, shapes)


BIO_TEMPLATES = [
    "{p} is a senior reporter covering {b} for {o}.",
    "{p} is a {role} at {o}, covering {b}.",
    "{p} is {o}'s {role}. {Pr} previously worked at {o2}.",
    "{p} is a {role} based in {pl}. {Pr} covers {b} and {b2}.",
    "{p} is a freelance journalist based in {pl}.",
    "{p} is a freelance writer and photographer based in {pl}.",
    "{p} is a {role} for {o} based in {pl}. Contact {pr} at {e}.",
    "About the author: {p} is a {role} at {o}.",
    "ABOUT THE AUTHOR {p} has covered {b} for more than {n} years.",
    "{p} joined {o} in {y} after {n} years at {o2}.",
    "{p} writes about {b} for {o}. Reach {pr} at {e} or on X @{h}.",
    "{p} covers {b}. {Pr} can be reached at {e}.",
    "{p} covers {b} for {o}. Send tips securely via Signal at +1 {ph}.",
    "{p} is an award-winning journalist who covers {b}.",
    "{p} is a {role}. {Pr} was previously {role2} at {o2}.",
    "{p} is a {role} at {o}, where {pr2} covers {b}. {Pr} has a master's degree in journalism from {uni}.",
    "{p} is a PhD candidate at {uni} researching {b}.",
    "{p} is a professor of {field} at {uni}.",
    "{p} is a senior lecturer in {field} at {uni}. This article is part of a series on {b}.",
    "{p} is the author of \"{book}\".",
    "{p} is a columnist for {o}. {Pr} writes on {b}.",
    "{p} is {o}'s {role}. {Pr} is based in {pl}.",
    "{p} is a {role} with {o}'s investigations unit.",
    "{p} is a {role} on the {sec} desk.",
    "{p} is a Report for America corps member covering {b} for {o}.",
    "{p} is a Local Democracy Reporter for {o}.",
    "{p} is a Local Journalism Initiative reporter with {o}.",
    "{p} is a Public Interest Journalism Initiative reporter at {o}.",
    "{p}'s reporting is supported by a grant from {fund}. {o} maintains full editorial control.",
    "{p} is a {role}. Got a story? Email {e}",
    "{p} — {role}, {o} — {e}", "{p} | {role} | {e}", "{p}, {role}, is based in {pl}.",
    "More by {p}", "More from {p}", "Read more from {p}", "See all stories by {p}",
    "All articles by {p}", "{p}'s latest articles", "View {p}'s profile",
    "{p} {role} {o} Follow", "{p} is on leave.", "{p} is a regular contributor to {o}.",
    "{p} has been a journalist for {n} years and has reported from more than {n2} countries.",
    "{p} is a former {formerly} who now writes about {b}.",
    "{p} is a data journalist at {o}. {Pr} previously worked as a software developer.",
    "{p} is a {role} at {o} in {pl} and a former correspondent in {pl2}.",
    "{p} reports on {b} from {pl}. Before joining {o}, {pr2} worked for {o2} and {o3}.",
    "Written by {p}. {p} is {o}'s {role}.",
    "{p} hosts the {pod} podcast.", "{p} is the editor of {nl}, {o}'s newsletter on {b}.",
    "{p} is a deputy editor at {o} and the host of {pod}.",
    "{p} is a {role} and author of the {nl} newsletter. Subscribe here.",
    "Opinions expressed are those of the author. {p} is a {formerly}.",
    "{p} is a {formerly} and a fellow at the {think}.",
    "{p} is executive director of the {think}.",
    "{p}, MD, is a physician in {pl} and a contributor to {o}.",
    "{p} is a retired {formerly} living in {pl}.",
]
PRONOUNS = [("He", "him", "he"), ("She", "her", "she"), ("They", "them", "they")]
UNIS = ["the University of Sydney", "University College Dublin", "the University of Toronto",
        "the University of Auckland", "the University of Cape Town", "Jawaharlal Nehru University",
        "the National University of Singapore", "King's College London", "Columbia University",
        "Monash University", "the University of Edinburgh", "McGill University",
        "the American University of Sharjah", "Victoria University of Wellington",
        "the University of the Witwatersrand", "Ashoka University", "Trinity College Dublin",
        "the University of Queensland", "the London School of Economics", "Stanford University"]
FIELDS = ["economics", "public health", "political science", "climate science", "journalism",
          "computer science", "law", "history", "urban planning", "international relations",
          "sociology", "marine biology", "epidemiology", "finance", "media studies"]
FORMERLY = ["diplomat", "police officer", "teacher", "nurse", "army officer", "member of parliament",
            "federal prosecutor", "central bank economist", "trade negotiator", "paramedic",
            "city councillor", "headteacher", "investment banker", "cabinet minister"]
THINKS = ["Lowy Institute", "Brookings Institution", "Chatham House", "Institute for Fiscal Studies",
          "C.D. Howe Institute", "Observer Research Foundation", "Grattan Institute",
          "Institute of Security Studies", "S. Rajaratnam School of International Studies",
          "Gulf Research Center", "Economic and Social Research Institute", "Resolution Foundation"]
FUNDS = ["the Walton Family Foundation", "the Google News Initiative", "the Public Interest Journalism Fund",
         "the Local Journalism Initiative", "the Meta Australian News Fund", "a local philanthropic trust",
         "the European Journalism Centre", "the Pulitzer Center", "the Government of Canada"]
BOOKS = ["The Long Way Home", "Cities of Salt and Steel", "Counting the Cost", "The Last Harbour",
         "Borrowed Time", "A Nation Divided", "The Quiet Coup", "Paper Tigers", "Tides of Change",
         "Made in the Margins"]


def email_for(r, name, o):
    parts = [p for p in name.lower().replace("'", "").split() if p.isascii() or True]
    first = "".join(c for c in parts[0] if c.isascii() and c.isalpha()) or "news"
    last = "".join(c for c in parts[-1] if c.isascii() and c.isalpha()) or "desk"
    dom = o[1].split("/")[0]
    return pick(r, [f"{first}.{last}@{dom}", f"{first[0]}{last}@{dom}", f"{first}@{dom}",
                    f"{last}{first[0]}@{dom}", f"{first}_{last}@{dom}"])


def k_author_bio(r):
    o = outlet(r)
    o2, o3 = outlet(r), outlet(r)
    p = person(r)
    pr = pick(r, PRONOUNS)
    s = pick(r, BIO_TEMPLATES)
    rep = {
        "{p}": p, "{o}": o[0], "{o2}": o2[0], "{o3}": o3[0], "{b}": pick(r, BEATS),
        "{b2}": pick(r, BEATS), "{role}": pick(r, ROLES), "{role2}": pick(r, ROLES),
        "{Pr}": pr[0], "{pr}": pr[1], "{pr2}": pr[2], "{pl}": place(r, o[2]),
        "{pl2}": place(r, pick(r, REGIONS)), "{e}": email_for(r, p, o), "{h}": person_handle(r, p),
        "{n}": str(r.randrange(3, 30)), "{n2}": str(r.randrange(12, 60)), "{y}": str(r.randrange(2005, 2025)),
        "{ph}": f"{r.randrange(200, 999)}-{r.randrange(200, 999)}-{r.randrange(1000, 9999)}",
        "{uni}": pick(r, UNIS), "{field}": pick(r, FIELDS), "{book}": pick(r, BOOKS),
        "{sec}": pick(r, SECTIONS).lower(), "{fund}": pick(r, FUNDS), "{formerly}": pick(r, FORMERLY),
        "{think}": pick(r, THINKS), "{pod}": pick(r, PODCASTS), "{nl}": pick(r, NEWSLETTERS),
    }
    for k in sorted(rep, key=len, reverse=True):
        s = s.replace(k, rep[k])
    if pr[0] == "They":
        s = s.replace("They was", "They were").replace("They is", "They are").replace("They has", "They have").replace("They covers", "They cover").replace("They writes", "They write").replace("They can", "They can")
        s = s.replace("they covers", "they cover").replace("they worked", "they worked")
    return o[0], s


CONTRIB_FIXED = ["Staff writer", "Staff Writer", "STAFF WRITER", "Contributor", "CONTRIBUTOR",
                 "Contributing writer", "Senior Contributor", "Guest contributor", "Guest writer",
                 "Special correspondent", "Special to The Star", "Special to The Globe and Mail",
                 "Freelance journalist", "Freelance contributor", "Correspondent", "Our correspondent",
                 "Staff Reporter", "Staff reporter", "Staff Correspondent", "Bureau chief",
                 "News desk", "Newsdesk", "Digital desk", "Web desk", "Web Desk", "Online desk",
                 "Express News Service", "HT Correspondent", "TOI News Desk", "Agencies",
                 "Reuters staff", "AP staff", "Associated Press", "The Associated Press",
                 "Wire services", "From wire reports", "News agencies", "Staff and agencies",
                 "Guardian staff and agencies", "Staff & agencies", "Team", "Editorial Board",
                 "The Editorial Board", "Editorial", "Our view", "Letters editor", "Opinion editor",
                 "Columnist", "Political Columnist", "Opinion Columnist", "Guest Columnist",
                 "Deputy Editor", "Executive Editor", "Editor-at-large", "Chief Correspondent",
                 "Senior Correspondent", "Senior Writer", "Senior Editor", "Associate Editor",
                 "Audience Engagement Editor", "Fact-checker", "Intern", "Editorial intern",
                 "Cadet journalist", "Trainee reporter", "Forbes Staff",
                 "Opinions expressed by Forbes Contributors are their own.",
                 "The views expressed are the author's own.",
                 "The views expressed in this article are the author's own and do not necessarily reflect the editorial stance of this publication.",
                 "The opinions expressed in this commentary are solely those of the author.",
                 "Views expressed are personal.", "(The author is a former diplomat. Views are personal.)",
                 "Disclosure statement: The author does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article, and has disclosed no relevant affiliations beyond their academic appointment.",
                 "Partners: The Conversation UK receives funding from these organisations.",
                 "This is an opinion piece. The views are the author's own.",
                 "Guest essay", "Reader essay", "Reader contribution", "Community contributor",
                 "Citizen journalist", "Sponsored contributor", "Brand contributor"]


def k_contributor_role(r):
    if r.random() < 0.5:
        return GENERIC, pick(r, CONTRIB_FIXED)
    o = outlet(r)
    p = person(r)
    role = pick(r, ROLES)
    shapes = [f"By {p}, {role.title()}", f"{p} | {role.title()}", f"{p}, {role}",
              f"{p} · {role.title()} · {o[0]}", f"{p}\u2009—\u2009{role}", f"{p.upper()} {role.upper()}",
              f"{p} {role.title()}", f"{role.title()}: {p}", f"{p}, {o[0]} {role}",
              f"{p} is a contributor to {o[0]}", f"{p}, special to {o[0]}",
              f"{p}, for {o[0]}", f"{p} in {place(r, o[2])}", f"{p}, {place(r, o[2])} bureau",
              f"{p}, {o[0]} Staff", f"{p}, {o[0]} staff writer", f"{role.title()}, {o[0]}",
              f"{o[0]} {role}", f"{p} ({role})", f"{p} - {role} - {place(r, o[2])}"]
    return o[0], pick(r, shapes)


def k_byline(r):
    o = outlet(r)
    p, p2, p3 = person(r), person(r), person(r)
    reg = o[2]
    shapes = [f"By {p}", f"By {p} and {p2}", f"By {p}, {p2} and {p3}", f"BY {p.upper()}",
              f"By {p} | {fmt_date(r, reg)}", f"By {p} · {rel_time(r)}", f"Words by {p}",
              f"Story by {p}", f"Written by {p}", f"Reported by {p}", f"By {p} in {place(r, reg)}",
              f"By {p} For {o[0]}", f"By {p} For Dailymail.Com", f"By {p}, {o[0]}",
              f"{p} and {p2}", f"{p}, {p2}", f"{p} & {p2}", f"By {p} and agencies",
              f"By {p} with AFP", f"By {p} with Reuters", f"By {p} and {pick(r, WIRES)}",
              f"By {o[0]} staff", f"By {o[0]} Staff and Wire Reports", f"By {o[0]} Web Desk",
              f"{p} Published {fmt_date(r, reg)}", f"{p} {rel_time(r)}", f"Author: {p}",
              f"Authors: {p}, {p2}", f"Byline: {p}", f"Posted by {p}", f"By {p} ✉",
              f"By {p} | Edited by {p2}", f"By: {p}", f"by {p.lower()}",
              f"{p} @{person_handle(r, p)}", f"{p} in {place(r, reg)} and {p2} in {place(r, reg)}"]
    return o[0], pick(r, shapes)


def k_reporting_credit(r):
    o = outlet(r)
    reg = o[2]
    p, p2, p3, p4 = person(r), person(r), person(r), person(r)
    pl, pl2 = place(r, reg), place(r, pick(r, REGIONS))
    shapes = [
        f"Reporting by {p} in {pl}; Additional reporting by {p2}; Editing by {p3} and {p4}",
        f"Reporting by {p}; Editing by {p2}", f"Reporting by {p} and {p2}; Writing by {p3}; Editing by {p4}",
        f"(Reporting by {p}; Editing by {p2})", f"(Reporting by {p} in {pl} and {p2} in {pl2}; Editing by {p3})",
        f"Writing by {p}; Editing by {p2}", f"Compiled by {p}; Editing by {p2}",
        f"Our Standards: The Thomson Reuters Trust Principles.",
        f"Reporting by {p}; Editing by {p2} Our Standards: The Thomson Reuters Trust Principles., opens new tab",
        f"Associated Press writers {p} in {pl} and {p2} in {pl2} contributed to this report.",
        f"Associated Press writer {p} contributed from {pl}.",
        f"{p} contributed reporting from {pl}.", f"{p} and {p2} contributed reporting.",
        f"Additional reporting by {p}", f"With additional reporting by {p} and {p2}",
        f"Additional reporting by agencies", f"With additional reporting from {pick(r, WIRES)}",
        f"— With files from The Canadian Press", f"With files from {p}", f"With files from CBC's {p}",
        f"With files from Reuters and The Associated Press", f"— With files from {o[0]}",
        f"Contributing: {p}, USA TODAY", f"Contributing: {p} and {p2}, USA TODAY Network",
        f"(With inputs from PTI)", f"(With inputs from agencies)", f"With agency inputs",
        f"(With inputs from ANI)", f"— IANS", f"-- IANS", f"(IANS)", f"— PTI", f"(PTI)",
        f"(ANI)", f"— AFP", f"(AFP)", f"— Reuters", f"- Reuters", f"AAP", f"— AAP", f"— RNZ",
        f"— WAM", f"(WAM)", f"— SPA", f"— Bernama", f"— Xinhua", f"— dpa", f"- Sapa", f"— ANA",
        f"— Staff and agencies", f"– Additional reporting: {p}",
        f"This story includes reporting by {p} and {p2}.",
        f"This report was produced with help from {p} in {pl}.",
        f"Research by {p}. Graphics by {p2}.", f"Data analysis by {p}; design by {p2}",
        f"Edited by {p}", f"Editing by {p} and {p2}", f"Edited by {p} | Produced by {p2}",
        f"Fact-checked by {p}", f"Copy edited by {p}", f"Sub-edited by {p}",
        f"Production: {p}. Development: {p2}. Design: {p3}.",
        f"Reporting: {p} | Photography: {p2} | Editing: {p3}",
        f"Text: {p}; Photos: {p2}; Video: {p3}",
        f"Credits: Reporter {p} · Editor {p2} · Producer {p3} · Designer {p4}",
        f"{p} reported from {pl}. {p2} reported from {pl2}.",
        f"{p}, {p2} and {p3} contributed to this report.",
        f"The Associated Press contributed to this report.",
        f"{pick(r, WIRES)} contributed to this report.",
        f"Reuters and AFP contributed to this report.",
        f"This article contains reporting from {pick(r, WIRES)} and {pick(r, WIRES)}.",
        f"{o[0]} with wires", f"{o[0]}/wire services", f"Wire services contributed to this report.",
    ]
    s = pick(r, shapes)
    if "Reuters" in s and "Thomson" in s:
        return "Reuters", s
    return o[0], s


COOKIE_FIXED = [
    "Accept all", "Accept All Cookies", "Accept cookies", "Reject all", "Reject All",
    "Manage preferences", "Manage cookies", "Cookie settings", "Cookie Settings", "Customise",
    "Customize", "Manage options", "Save and exit", "Save preferences", "Confirm my choices",
    "Allow all", "Allow selection", "Necessary only", "Use necessary cookies only",
    "Only essential cookies", "I agree", "I Accept", "Agree", "AGREE", "Disagree", "OK",
    "Got it", "Got it!", "Continue without accepting", "Continue without agreeing →",
    "Decline", "Decline all", "Show purposes", "Show vendors", "Vendor list", "Legitimate interest",
    "Object to legitimate interest", "Strictly necessary cookies", "Performance cookies",
    "Functional cookies", "Targeting cookies", "Advertising cookies", "Analytics cookies",
    "Social media cookies", "Always active", "Cookie Policy", "Cookie policy", "Cookies",
    "We use cookies", "This site uses cookies", "Your privacy", "Your Privacy Choices",
    "Privacy settings", "Privacy Preference Center", "Privacy Manager", "Consent",
    "We care about your privacy", "We value your privacy", "Your privacy matters",
    "Let us know you agree to cookies",
    "We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.",
    "We use cookies and similar technologies to personalise content and ads, provide social media features and analyse our traffic.",
    "We and our partners store and/or access information on a device, such as cookies and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content, advertising and content measurement, audience research and services development.",
    "With your permission we and our partners may use precise geolocation data and identification through device scanning.",
    "You may click to consent to our and our partners' processing as described above. Alternatively you may access more detailed information and change your preferences before consenting or to refuse consenting.",
    "Please note that some processing of your personal data may not require your consent, but you have a right to object to such processing.",
    "Your preferences will apply to this website only. You can change your preferences at any time by returning to this site or visit our privacy policy.",
    "Store and/or access information on a device", "Use limited data to select advertising",
    "Create profiles for personalised advertising", "Use profiles to select personalised content",
    "Measure advertising performance", "Understand audiences through statistics or combinations of data from different sources",
    "Develop and improve services", "Use precise geolocation data", "Actively scan device characteristics for identification",
    "Some features on this site won't work unless you accept cookies.",
    "This content requires cookies. Change your cookie settings to view it.",
    "You have rejected non-essential cookies. Some content may not display.",
    "To continue, please accept cookies or subscribe to our ad-free plan.",
    "Accept cookies or pay: read ad-free for a small monthly fee.",
    "Accept and continue", "Reject and subscribe", "Subscribe to read ad-free",
    "Let's get personal: we'd like to use cookies to improve your experience.",
    "Hey there! We use cookies 🍪", "🍪 Cookies help us deliver our services.",
    "Cookies on the BBC website", "Let us know you agree to cookies. We use cookies to give you the best online experience.",
    "Yes, I agree No, take me to settings", "Change settings", "Update consent",
    "Do you consent to cookies?", "Consent to all", "Withdraw consent",
    "Powered by Cookiebot", "Powered by OneTrust", "Cookie consent by Didomi",
    "TCF vendors", "Google Consent Mode", "IAB Transparency and Consent Framework",
]

COOKIE_TEMPLATES = [
    "{o} uses cookies to give you the best experience. Accept or manage your settings.",
    "{o} and our {n} partners use cookies and similar technologies to personalise ads and measure performance.",
    "We ({o}) and our partners use cookies. By clicking 'Accept all' you agree to the use of cookies.",
    "By using {d} you agree to our use of cookies as described in our Cookie Policy.",
    "Cookies on {o}. We use some essential cookies to make this service work.",
    "{o} would like to use cookies to store information on your device. Accept all Reject all Manage settings",
    "To continue reading {o}, please accept cookies or sign in.",
    "You can change your cookie choices at any time via the 'Privacy settings' link at the bottom of every page of {d}.",
    "{n} partners can use this purpose", "View our {n} partners", "Show all {n} vendors",
    "Manage consent for {n} vendors", "{o} cookie notice", "Learn more about how {o} uses cookies",
    "We use cookies on {d} to analyse traffic and show relevant ads. Read our cookie policy.",
    "{o} values your privacy. We and our partners process data to provide: Personalised advertising and content, advertising and content measurement, audience research and services development.",
]


def k_cookie_consent(r):
    if r.random() < 0.6:
        return GENERIC, pick(r, COOKIE_FIXED)
    o = outlet(r)
    s = pick(r, COOKIE_TEMPLATES).replace("{o}", o[0]).replace("{d}", o[1].split("/")[0]).replace("{n}", str(r.randrange(80, 950)))
    return o[0], s


PRIVACY_FIXED = [
    "Privacy Policy", "Privacy policy", "Privacy Notice", "Privacy", "Terms of Use", "Terms of Service",
    "Terms & Conditions", "Do Not Sell or Share My Personal Information", "Do Not Sell My Info",
    "Your Privacy Choices", "California Notice at Collection", "Your California Privacy Rights",
    "Limit the Use of My Sensitive Personal Information", "Opt out of sale/sharing",
    "Ad Choices", "AdChoices", "About Our Ads", "Data Protection", "GDPR", "Data protection request",
    "Manage your data", "Download your data", "Delete my account", "Privacy dashboard",
    "By signing up, you agree to our Terms of Use and Privacy Policy.",
    "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
    "By submitting your email, you agree to our Terms and Privacy Notice. You can opt out at any time.",
    "We will use your email address only for sending you newsletters. Please see our Privacy Notice for details of your data protection rights.",
    "Newsletters may contain info about charities, online ads, and content funded by outside parties.",
    "By entering your details, you are agreeing to our terms and conditions and privacy policy. You can unsubscribe at any time.",
    "Your information will be used in accordance with our Privacy Policy.",
    "We respect your privacy. Unsubscribe at any time.", "No spam. Unsubscribe anytime.",
    "We'll never share your email address.", "Your email will not be published.",
    "Your email address will not be published. Required fields are marked *",
    "Read our privacy notice", "How we use your data", "Why am I seeing this?",
    "This information is collected for the purposes of providing the service.",
    "Personal data will be processed in line with our privacy statement.",
    "Processing of personal data is governed by the Protection of Personal Information Act (POPIA).",
    "We handle your data in accordance with the Personal Data Protection Act (PDPA).",
    "We process your data in line with the Privacy Act 2020.",
    "Under the Australian Privacy Principles, you may request access to your information.",
    "Your data is handled in line with the Digital Personal Data Protection Act, 2023.",
    "Consumer Health Data Privacy Notice", "Accessibility statement", "Cookie statement",
]


def k_privacy_notice(r):
    if r.random() < 0.7:
        return GENERIC, pick(r, PRIVACY_FIXED)
    o = outlet(r)
    d = o[1].split("/")[0]
    shapes = [f"For information on how {o[0]} uses your data, see our Privacy Policy.",
              f"Read {o[0]}'s privacy policy at {d}/privacy", f"Contact our Data Protection Officer at dpo@{d}",
              f"Privacy enquiries: privacy@{d}", f"{o[0]} Privacy Policy | Terms | Cookie Settings",
              f"By registering you agree to {o[0]}'s Terms of Use and acknowledge the data practices in our Privacy Policy.",
              f"By clicking Sign up, you agree to receive marketing emails from {o[0]} as well as other partner offers and accept our Terms of Service and Privacy Policy."]
    return o[0], pick(r, shapes)


SYND_TEMPLATES = [
    "This article originally appeared on {o2}.", "This article originally appeared on {o2}: {h}",
    "This story originally appeared in {o2}.", "This story was originally published by {o2}.",
    "This article was originally published on {o2}. Read the original article.",
    "This article is republished from The Conversation under a Creative Commons license. Read the original article.",
    "This story was originally published by {o2} and is republished here under a Creative Commons license.",
    "This article first appeared in {o2} and is republished with permission.",
    "This article first appeared on {o2} and is reproduced with permission.",
    "This story was produced by {o2} and reviewed and distributed by Stacker.",
    "This story was produced by {o2}, a nonprofit newsroom, and is republished with permission.",
    "©{y} {o2}. Visit {d2}. Distributed by Tribune Content Agency, LLC.",
    "Distributed by Tribune Content Agency, LLC.", "Distributed by Tribune Content Agency.",
    "Distributed by The Washington Post News Service and Syndicate.",
    "Distributed by Andrews McMeel Syndication", "Distributed by King Features Syndicate",
    "Distributed by Project Syndicate", "Copyright: Project Syndicate, {y}. www.project-syndicate.org",
    "Bloomberg Opinion. Distributed by Tribune Content Agency.",
    "(Except for the headline, this story has not been edited by {o} staff and is published from a syndicated feed.)",
    "(Only the headline and picture of this report may have been reworked by the {o} staff; the rest of the content is auto-generated from a syndicated feed.)",
    "This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.",
    "Disclaimer: This story is auto-aggregated by a computer program and has not been created or edited by {o}.",
    "This is an auto-generated story from a syndicated feed.",
    "Published via {w}. Copyright {w}.", "Content syndicated from {o2}.", "Syndicated from {o2}",
    "Republished with permission from {o2}.", "Republished from {o2}.", "Reprinted with permission.",
    "Reproduced with permission of {o2}.", "Via {o2}", "Source: {o2}", "Source: {w}",
    "Originally published at {d2}", "Read the original at {o2}.",
    "This piece was first published on {o2}'s website.", "Cross-posted from {o2}.",
    "A version of this story was first published by {o2}.", "A version of this article first appeared in {nl}, {o2}'s newsletter.",
    "This article is part of a partnership between {o} and {o2}.",
    "Published in partnership with {o2}.", "In partnership with {o2}",
    "This story is a collaboration between {o} and {o2}.",
    "This article was produced in collaboration with {o2} as part of {series}.",
    "This story is part of {series}, a project supported by {fund}.",
    "This story is part of the {series} series from {o}.",
    "This content is produced by {o2} and syndicated to {o}.",
    "This article is from {o2}, an independent, nonprofit newsroom.",
    "Content provided by {o2}. Copyright {y}.", "Article courtesy of {o2}.",
    "This story was produced by {o2}, which is solely responsible for its content.",
    "Republished under Creative Commons CC BY-ND 4.0.", "License: CC BY-NC-ND 4.0",
    "Republish this article", "Republish this story for free under a Creative Commons license.",
    "Syndicate this story", "Reuse permissions", "Purchase Licensing Rights", "Licensing",
    "Request reprint rights", "Reprints & Permissions", "Buy a reprint",
]
SERIES = ["Climate Lab", "The Housing Project", "Local Matters", "Rural Health Watch",
          "Solutions Journalism", "Water Futures", "Covering Climate Now",
          "Future of Work", "Democracy Watch", "Across the Divide"]


NONPROFITS = ["ProPublica", "The Texas Tribune", "CalMatters", "GroundUp", "The Conversation", "The Tyee",
              "Rest of World", "Lakeside Public Radio", "NPR", "Newsroom", "The Spinoff"]


def k_syndication_credit(r):
    o = outlet(r)
    s = pick(r, SYND_TEMPLATES)
    o2 = BY_NAME[pick(r, NONPROFITS)] if ("nonprofit" in s or "Creative Commons" in s) else outlet(r)
    s = (s.replace("{o2}", o2[0]).replace("{o}", o[0]).replace("{d2}", o2[1].split("/")[0])
          .replace("{y}", str(r.randrange(2019, 2026))).replace("{h}", headline(r))
          .replace("{w}", pick(r, WIRES)).replace("{nl}", pick(r, NEWSLETTERS))
          .replace("{series}", pick(r, SERIES)).replace("{fund}", pick(r, FUNDS)))
    return o[0], s


OWNERS = [("Manchester Evening News", "Reach plc"), ("Liverpool Echo", "Reach plc"), ("Daily Mirror", "Reach plc"),
          ("WalesOnline", "Reach plc"), ("The Sydney Morning Herald", "Nine"), ("The Age", "Nine"),
          ("Brisbane Times", "Nine"), ("The Australian", "News Corp Australia"), ("Herald Sun", "News Corp Australia"),
          ("The Courier-Mail", "News Corp Australia"), ("news.com.au", "News Corp Australia"),
          ("National Post", "Postmedia Network Inc."), ("Calgary Herald", "Postmedia Network Inc."),
          ("Vancouver Sun", "Postmedia Network Inc."), ("Ottawa Citizen", "Postmedia Network Inc."),
          ("Montreal Gazette", "Postmedia Network Inc."), ("Irish Independent", "Mediahuis Ireland"),
          ("Belfast Telegraph", "Mediahuis"), ("The New Zealand Herald", "NZME"), ("Hindustan Times", "HT Media"),
          ("Mint", "HT Media"), ("The Straits Times", "SPH Media"), ("The Business Times", "SPH Media"),
          ("The Scotsman", "National World"), ("The Herald", "Newsquest"), ("Chicago Tribune", "Tribune Publishing"),
          ("USA Today", "Gannett"), ("The Times", "News UK"), ("The Sun", "News UK"), ("CNA", "Mediacorp"),
          ("TODAY", "Mediacorp"), ("IOL", "Independent Media"), ("TimesLIVE", "Arena Holdings"),
          ("Wattle Creek Advocate", "the Wattle Creek Community Media Co-op"), ("Riverbend Post", "Riverbend Media LLC")]


def k_copyright_notice(r):
    o = outlet(r)
    y = r.randrange(2019, 2026)
    d = o[1].split("/")[0]
    shapes = [
        f"Copyright {y} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.",
        f"Copyright {y} The Associated Press. All rights reserved.",
        f"© {y} {o[0]}. All rights reserved.", f"© {o[0]} {y}", f"Copyright © {y} {o[0]}",
        f"© Copyright {y} {o[0]}. All Rights Reserved.", f"©{y} {o[0]}",
        f"© {y} {o[0]} Limited. All rights reserved. Not to be redistributed or copied in any way.",
        f"Copyright {y} {o[0]}. All rights reserved. Reproduction in whole or in part without permission is prohibited.",
        f"Copyright © {y} Thomson Reuters.", f"© {y} Reuters. All rights reserved.",
        f"© Agence France-Presse", f"© {y} AFP", f"Copyright (c) {y} Agence France-Presse",
        f"© {y} Bloomberg L.P.", f"© {y} The Canadian Press", f"© Australian Associated Press Pty Ltd {y}",
        f"This material is subject to copyright and any unauthorised use, copying or mirroring is prohibited.",
        f"© Press Trust of India {y}", f"© Copyright PA Media {y}", f"Copyright {y} NZME Publishing Limited",
        f"© {y} Nine Entertainment Co.", f"© Mediahuis Ireland Group Limited {y}",
        f"© {y} SPH Media Limited. Co. Regn. No. 202120748H", f"Copyright © {y} Mediacorp Pte Ltd. All rights reserved.",
        f"Copyright © {y} Khaleej Times. All Rights Reserved.", f"© {y} Al Jazeera Media Network",
        f"Copyright © {y} Arab News. All rights reserved.", f"© {y} Daily Maverick. All rights reserved.",
        f"© {y} News24. All rights reserved.", f"© {y} Independent Media. All rights reserved.",
        f"Copyright © {y} HT Media Limited. All rights reserved.", f"© {y} Bennett, Coleman & Co. Ltd.",
        f"Copyright© {y} Living Media India Limited.", f"© THG PUBLISHING PVT LTD.",
        f"© {y} {o[0]} | {d}", f"All content © {y} {o[0]} unless otherwise noted.",
        f"Powered by WordPress VIP", f"Powered by Arc XP", f"Site by {pick(r, ['Ink & Wire Studio', 'Newsroom Digital', 'Pressroom Labs'])}",
        "{} is part of {}.".format(*pick(r, OWNERS)),
    ]
    s = pick(r, shapes)
    if " is part of " in s:
        return s.split(" is part of ")[0], s
    return o[0], s


WIRE_BY_REGION = {"US": ["AP", "Reuters", "Bloomberg", "UPI", "AFP"], "UK": ["PA", "Reuters", "AFP", "AP"],
                  "IE": ["PA", "Reuters", "AFP"], "CA": ["The Canadian Press", "CP", "Reuters", "AP"],
                  "AU": ["AAP", "Reuters", "AFP"], "NZ": ["RNZ", "AAP", "Reuters"], "IN": ["PTI", "ANI", "IANS", "Reuters"],
                  "ZA": ["ANA", "Reuters", "AFP"], "SG": ["Reuters", "AFP", "Bernama", "Xinhua"],
                  "GULF": ["WAM", "SPA", "QNA", "Reuters", "AFP"], "INTL": ["AFP", "Reuters", "AP", "dpa", "EFE", "Kyodo", "Yonhap", "Anadolu", "ANP"]}

COUNTRY = {"US": "United States", "UK": "England", "IE": "Ireland", "CA": "Canada", "AU": "Australia",
           "NZ": "New Zealand", "IN": "India", "ZA": "South Africa", "SG": "Singapore", "GULF": "UAE",
           "INTL": "Switzerland"}


def k_dateline(r):
    o = outlet(r)
    reg = o[2]
    pl = place(r, reg if reg != "SG" else "SG")
    if reg == "SG":
        pl = "Singapore"
    PL = pl.upper()
    d, hh, mm = a_date(r)
    w = pick(r, WIRE_BY_REGION[reg])
    shapes = [f"{PL} (AP) —", f"{PL}, {MON3[d.month-1]} {d.day} (Reuters) -", f"{PL} (Reuters) -",
              f"{PL}: ", f"{PL} —", f"{pl}, {COUNTRY[reg] if reg != 'GULF' else pick(r, ['UAE', 'Saudi Arabia', 'Qatar', 'Oman'])} —",
              f"(CNN) —", f"(CNN)", f"{PL} ({w}) —", f"{PL}, {MON_AP[d.month-1]} {d.day} ({w}) —",
              f"{PL} // ", f"{PL} – ", f"{pl} ({w})", f"{pl}, {MONTHS[d.month-1]} {d.day}:",
              f"{pl}, {MON3[d.month-1]} {d.day} ({w}):", f"By {person(r)} | {PL}",
              f"{pl}, {d.day} {MONTHS[d.month-1]} ({w}) –", f"{PL}, {MONTHS[d.month-1].upper()} {d.day} —",
              f"{pl}:", f"{PL} (Bloomberg) --", f"{PL} (AFP) -", f"{PL} (dpa-AFX) -",
              f"{PL}, {MON3[d.month-1]} {d.day} /PRNewswire/ --", f"{PL}, {MONTHS[d.month-1]} {d.day}, {d.year} /{'CNW' if reg == 'CA' else 'PRNewswire'}/ -",
              f"{PL}, {MONTHS[d.month-1]} {d.day}, {d.year} (GLOBE NEWSWIRE) --",
              f"{pl} [{o[0]}]", f"{PL}, {WKD[d.weekday()]}", f"DATELINE: {PL}",
              f"{pl}, {d.day:02d}/{d.month:02d}/{d.year}", f"{pl} / {MON3[d.month-1]} {d.day}"]
    return o[0], pick(r, shapes)


PUB_LABELS = ["Published", "Published:", "Published on", "PUBLISHED:", "Posted", "Posted:",
              "Posted on", "First published", "First published on", "Date:", "Publication date:",
              "Originally published", "Created:", "Released:", "On", ""]


def k_published_stamp(r):
    o = outlet(r)
    reg = o[2]
    lab = pick(r, PUB_LABELS)
    dt = fmt_date(r, reg)
    shape = r.randrange(8)
    if shape == 0:
        s = f"{lab} {dt}".strip()
    elif shape == 1:
        s = f"{lab} {dt} | {pick(r, ['3 min read', '5 min read', 'Updated ' + rel_time(r), 'Comments', person(r)])}".strip()
    elif shape == 2:
        s = f"{dt}"
    elif shape == 3:
        s = f"{lab} {rel_time(r)}".strip()
    elif shape == 4:
        s = f"{pick(r, ['Published', 'Posted'])} {dt} · {pick(r, SECTIONS)}"
    elif shape == 5:
        s = f"{person(r)} · {dt}"
    elif shape == 6:
        s = f"{dt} • {pick(r, SECTIONS)} • {pick(r, ['2', '4', '6', '8', '11'])} min read"
    else:
        s = f"{lab.upper()} {dt.upper()}".strip()
    return o[0], s


UPD_LABELS = ["Updated", "Updated:", "Updated on", "UPDATED:", "Last updated", "Last updated:",
              "Last Updated:", "Modified", "Modified:", "Last modified", "Updated at", "Edited",
              "Revised", "Amended", "Last reviewed"]


def k_updated_stamp(r):
    o = outlet(r)
    reg = o[2]
    lab = pick(r, UPD_LABELS)
    shape = r.randrange(7)
    if shape == 0:
        s = f"{lab} {fmt_date(r, reg)}"
    elif shape == 1:
        s = f"{lab} {rel_time(r)}"
    elif shape == 2:
        a, b = fmt_pair(r, reg)
        s = f"Published {a} {lab} {b}"
    elif shape == 3:
        s = f"Published {rel_time(r)} | Updated {rel_time(r)}"
    elif shape == 4:
        s = f"{lab} {clock(r, reg)}"
    elif shape == 5:
        a, b = fmt_pair(r, reg)
        s = f"First published: {a} · {lab} {b}"
    else:
        s = f"{lab.upper()} {fmt_date(r, reg).upper()}"
    return o[0], s


def k_reading_time(r):
    n = r.randrange(1, 25)
    shapes = [f"{n} min read", f"{n} MIN READ", f"{n}-minute read", f"{n} minute read",
              f"Reading time: {n} minutes", f"Reading time: {n} min", f"Read time: {n} mins",
              f"⏱ {n} min", f"⏱️ {n} min read", f"Est. read time {n} mins", f"Time to read: {n} min",
              f"{n} mins to read", f"{n}m read", f"~{n} min read", f"Approx. {n} min read",
              f"This article is {n * 230} words long and will take about {n} minutes to read.",
              f"{n * 220:,} words · {n} min", f"Reading Time: {n} minutes",
              f"{n} min read · {rel_time(r)}", f"{n} min read | {pick(r, SECTIONS)}",
              f"Long read ({n} min)", f"{n} min reading time", f"It takes {n} minutes to read this article",
              f"{n} min read Listen {n + r.randrange(1, 4)} min", f"Read in {n} mins"]
    s = pick(r, shapes)
    if r.random() < 0.3:
        o = outlet(r)
        return o[0], s
    return GENERIC, s


NL_FIXED = ["Sign up", "Sign Up", "SIGN UP", "Subscribe", "Enter your email", "Email address",
            "Your email address", "Enter email address", "Sign me up", "Sign me up!", "Submit",
            "Subscribe now", "Thanks for signing up!", "Thank you for subscribing!",
            "You're subscribed!", "Success! You're on the list.", "Check your inbox to confirm your subscription.",
            "Almost done: please check your email to confirm.", "Invalid email address",
            "Please enter a valid email address.", "Something went wrong. Please try again.",
            "You are already subscribed to this newsletter.", "Newsletters", "NEWSLETTERS",
            "Our newsletters", "Explore our newsletters", "See all newsletters", "Manage newsletters",
            "Free newsletter", "Get our newsletter", "Join our mailing list",
            "Sign up to our free newsletters", "Get the best of our journalism in your inbox",
            "The news you need, delivered to your inbox.", "Start your day informed.",
            "Be the first to know.", "Never miss a story.", "Get smarter in five minutes a day.",
            "Sign up for our daily briefing", "Sign up for breaking news emails",
            "Newsletter sign-up", "Newsletter promotion", "after newsletter promotion",
            "skip past newsletter promotion", "Free daily newsletter",
            "Get the morning headlines delivered to your inbox",
            "Sign up for the newsletter that makes sense of the day's news.",
            "Our best stories, straight to your inbox every weekday morning.",
            "Your weekly dose of good news.", "A guide to the week ahead, every Sunday.",
            "Stay on top of the latest news — sign up for our free newsletter.",
            "Get the headlines without the noise.", "One email, every morning. That's it."]

NL_TEMPLATES = [
    "Sign up to {nl}, our {freq} newsletter", "Sign up for {nl}: {desc}", "{nl}: {desc}",
    "{NL} {desc} Sign up", "Sign up to {nl} {desc} Enter your email address Sign up",
    "Get {nl} in your inbox {freq}", "Subscribe to {nl}", "Subscribe to {o}'s {nl} newsletter",
    "Get {o}'s {nl} newsletter: {desc}", "{o} Newsletters: {desc}",
    "Want more? Sign up for {nl}, {desc}.", "📧 {nl}: {desc}. Sign up free",
    "✉️ Sign up to {nl} → {desc}", "Like this story? Get {nl}, {desc}.",
    "{nl} newsletter | {desc} | Subscribe", "Enjoying this? Subscribe to {nl}",
    "Get the {nl} newsletter {freq}. Sign up at {d}/newsletters", "Sign up at {d}/newsletters",
    "Sign up for {o}'s {nl} newsletter at {d}/{slug}", "Never miss {nl}. Sign up now.",
    "{nl} is delivered {freq}. Sign up here.", "Newsletter: {nl} {desc}",
    "Free newsletter from {o}: {nl}", "{nl} — {desc}. {freq_cap}.",
    "Get {p}'s {nl} newsletter {freq}", "{p}'s newsletter, {nl}, lands {freq}. Sign up here.",
    "This article is from {nl}, {o}'s newsletter on {b}. Sign up here.",
    "This story first appeared in {nl}, a {freq} newsletter. Subscribe.",
    "Get this in your inbox: sign up for {nl}", "Join {n} readers who get {nl} {freq}",
    "Join {n}+ subscribers", "Join more than {n} readers and sign up for {nl}.",
    "Sign up to receive our {nl} newsletter. By signing up you agree to our privacy policy.",
]
NL_DESC = ["the day's biggest stories in one email", "our pick of the best stories",
           "everything you need to know before you start your day", "the week in politics, decoded",
           "a curated look at markets and money", "the best things to eat, drink and do",
           "the latest on the climate crisis", "expert analysis of the week's top stories",
           "the stories everyone is talking about", "breaking news as it happens",
           "local news from your neighbourhood", "deals, reviews and recommendations",
           "the best long reads of the week", "what's on this weekend", "sport in your inbox",
           "a quick, smart read on tech", "must-know business news by 7am",
           "the stories behind the headlines", "property news and market data"]
NL_FREQ = ["daily", "weekly", "every weekday morning", "every Monday", "every Friday",
           "twice a week", "each evening", "at 6am every morning", "on Sundays"]


def k_newsletter_signup(r):
    if r.random() < 0.25:
        return GENERIC, pick(r, NL_FIXED)
    o = outlet(r)
    nl = pick(r, NEWSLETTERS)
    s = pick(r, NL_TEMPLATES)
    fr = pick(r, NL_FREQ)
    s = (s.replace("{nl}", nl).replace("{NL}", nl.upper()).replace("{desc}", pick(r, NL_DESC))
          .replace("{freq_cap}", fr[0].upper() + fr[1:]).replace("{freq}", fr).replace("{o}", o[0])
          .replace("{d}", o[1].split("/")[0]).replace("{slug}", nl.lower().replace(" ", "-").replace("&", "and"))
          .replace("{p}", person(r)).replace("{b}", pick(r, BEATS))
          .replace("{n}", pick(r, ["10,000", "50,000", "120,000", "1 million", "250,000", "30,000"])))
    return o[0], s


def k_email_newsletter_chrome(r):
    o = outlet(r)
    d = o[1].split("/")[0]
    nl = pick(r, NEWSLETTERS)
    fixed = ["View in browser", "View this email in your browser", "View online",
             "Having trouble viewing this email? View it online.", "Forwarded this email? Subscribe here.",
             "Was this forwarded to you? Sign up here.", "Unsubscribe", "Unsubscribe | Manage preferences",
             "Update your preferences or unsubscribe from this list.", "Manage your email settings",
             "Add us to your address book to make sure we land in your inbox.",
             "Reply to this email to send feedback.", "Share this newsletter",
             "Forward to a friend", "Did someone forward you this? Subscribe for free.",
             "Open in app", "Listen to this newsletter", "Read time: 4 minutes", "In today's edition:",
             "In this issue:", "Today's top stories", "Quote of the day", "Number of the day",
             "One more thing...", "That's it for today.", "See you tomorrow.", "Until next time,",
             "Thanks for reading.", "Thanks for reading! Send us your feedback.",
             "Our mailing address is:", "You can update your preferences or unsubscribe from this list.",
             "This email was sent to you because you subscribed.", "Privacy policy | Unsubscribe | Contact us",
             "Sponsored by", "Presented by", "A message from our sponsor", "PAID PROMOTION",
             "Advertise in this newsletter", "Want to advertise? Email us."]
    if r.random() < 0.45:
        return GENERIC, pick(r, fixed)
    p = person(r)
    shapes = [f"You're receiving this email because you signed up for {nl} from {o[0]}.",
              f"You are receiving {nl} because you subscribed at {d}.", f"{nl} | {fmt_date(r, o[2], False)}",
              f"{nl} — {WKD[r.randrange(7)]} edition", f"Good morning. This is {nl}, written by {p}.",
              f"{nl}, by {p}", f"Edited by {p}. Questions or tips? Email {email_for(r, p, o)}.",
              f"{o[0]}, {r.randrange(1, 999)} {pick(r, ['Main Street', 'High Street', 'Queen Street', 'King St W', 'Sheikh Zayed Road', 'Collins Street'])}, {place(r, o[2])}",
              f"© {r.randrange(2019, 2026)} {o[0]}. Unsubscribe from {nl}.",
              f"Sent by {o[0]} · {d} · Unsubscribe", f"Issue #{r.randrange(10, 900)}",
              f"{nl} #{r.randrange(10, 900)} · {fmt_date(r, o[2], False)}",
              f"Read {nl} online at {d}/newsletters", f"Send feedback to newsletters@{d}"]
    return o[0], pick(r, shapes)


PAYWALL_FIXED = [
    "This article is for subscribers only.", "Subscriber only", "Subscribers only",
    "Subscribe to continue reading", "Subscribe to read", "Subscribe to unlock this article",
    "Already a subscriber? Log in", "Already a subscriber? Sign in", "Already have an account? Log in",
    "Unlock this article", "Continue reading with a subscription", "Premium", "PREMIUM",
    "Premium content", "Exclusive to members", "Members only", "This story is for members.",
    "Become a member to keep reading", "To read the full story, subscribe",
    "Get unlimited access", "Unlimited digital access", "You've reached your free article limit.",
    "You have reached your limit of free articles this month.",
    "This is your last free article this month.", "You have 1 free article remaining.",
    "Want to keep reading? Subscribe today.", "Keep reading for just $1",
    "This content is reserved for subscribers.", "Read the full article with a subscription.",
    "Support quality journalism. Subscribe today.", "Continue reading this article",
    "Create a free account to read this article", "Register for free to continue reading",
    "Register to read this article for free", "Get access to this article",
    "Read the rest of this story with a free account.",
    "You're reading a free preview. Subscribe to read more.",
    "The rest of this article is locked.", "🔒 Subscriber exclusive", "🔒", "🔓 Free to read",
    "Free for subscribers", "Gift this subscriber-only article",
    "This article was gifted to you by a subscriber.", "Your gift article",
    "You are reading a gifted article.", "Read for free today", "Today's free article",
    "Please disable your ad blocker to continue reading.",
    "It looks like you're using an ad blocker.", "Support us by whitelisting our site.",
    "We noticed you're using an ad blocker. Please consider supporting us by disabling it or subscribing.",
    "Turn off your ad blocker or subscribe for ad-free reading.",
    "Verify your email to continue reading", "Please log in to continue",
    "Your subscription has expired.", "Renew your subscription to continue reading",
    "Payment failed. Update your payment details to keep your access.",
    "Account sharing detected.", "Subscription required", "Paywall", "Login wall",
]

PAYWALL_TEMPLATES = [
    "You've read {i} of {n} free articles this month.", "You have {k} free articles left this month.",
    "{k} free articles remaining", "Article {i} of {n} free this month",
    "This article is exclusive to {o} subscribers.", "Subscribe to {o} to continue reading.",
    "{o} Premium: subscribe to unlock.", "Read more with {o} Premium",
    "Get full access to {o} for {pr}.", "Subscribe for {pr} to keep reading.",
    "Unlock unlimited access to {o} for just {pr}", "Continue reading for {pr}",
    "This is a {o}+ story.", "{o} Plus article", "{o} Premium", "{o} Insider only",
    "Subscribe to {o} — {pr}. Cancel anytime.", "Keep reading: {pr}. Cancel anytime.",
    "Already a {o} subscriber? Sign in here.", "Already subscribed to {o}? Log in to continue.",
    "Print subscriber? Activate your digital access.", "Print subscribers get digital access free: link your account.",
    "Subscribe to {o} to read this {sec} story", "Exclusive: only available to {o} members",
    "{o}: Subscribe now — {pr}", "You have reached your limit for free {o} articles.",
    "Sign in or subscribe to read this {o} story.", "Get unlimited {o} access from {pr}",
]


def k_paywall_notice(r):
    if r.random() < 0.4:
        return GENERIC, pick(r, PAYWALL_FIXED)
    o = outlet(r)
    n = r.randrange(3, 11)
    i = r.randrange(1, n + 1)
    s = pick(r, PAYWALL_TEMPLATES)
    s = (s.replace("{i}", str(i)).replace("{n}", str(n)).replace("{k}", str(n - i))
          .replace("{o}", o[0]).replace("{pr}", price(r, o[2])).replace("{sec}", pick(r, SECTIONS).lower()))
    return o[0], s


SUB_TEMPLATES = [
    "Subscribe for {pr}", "Just {pr}", "{pr}. Cancel anytime.", "Only {pr}",
    "Limited time offer: {pr}", "LIMITED TIME OFFER {pr}", "Special offer: {pr} for your first {per}",
    "Get {pct}% off your first year", "Save {pct}% today", "{pct}% OFF", "Flash sale: {pct}% off digital access",
    "Black Friday sale: {pr}", "Cyber Monday: {pct}% off", "New Year offer: {pr}",
    "Try {per} free, then {pr}", "Free trial for {per}", "Start your free trial",
    "Start your {per} free trial", "All Access Digital: {pr}", "Digital + Print: {pr}",
    "Digital subscription {pr}", "Premium Digital {pr}", "Basic {pr} · Premium {pr2}",
    "Standard Digital · Premium Digital · Print + Digital", "Choose your plan: Monthly {pr} | Annual {pr2}",
    "Best value: annual plan {pr2}", "Most popular", "Best value", "Recommended plan",
    "Student discount: {pct}% off with a valid university email", "Group subscriptions for teams",
    "Give a gift subscription", "Gift a subscription from {pr}", "Give the gift of {o}",
    "Subscribe to {o}: {pr}", "{o} All Access: {pr}", "{o} Digital: {pr}",
    "Subscribe to {o} today from {pr}", "Join {o} for {pr}", "Become a {o} subscriber for {pr}",
    "{o} subscribers get unlimited access, the e-paper, puzzles and more. {pr}",
    "Billed as {pr2} after the first year.", "After the intro period, {pr2}.",
    "Auto-renews at {pr2} unless cancelled. Terms apply.", "Plus applicable taxes. Terms & conditions apply.",
    "Offer available to new subscribers only.", "*Terms apply. See offer details.",
    "Prices include GST.", "Prices include VAT.", "Excl. GST", "Inclusive of VAT at 5%",
    "Pay with UPI, cards or net banking", "Pay with Apple Pay or Google Pay",
    "Subscribe with Google", "Subscribe Now", "SUBSCRIBE NOW", "See subscription options",
    "View all plans", "Compare plans", "Upgrade", "Upgrade to Premium", "Go ad-free",
]


def k_subscription_offer(r):
    o = outlet(r)
    s = pick(r, SUB_TEMPLATES)
    s = (s.replace("{pr2}", price(r, o[2])).replace("{pr}", price(r, o[2]))
          .replace("{pct}", str(pick(r, [20, 25, 30, 40, 50, 60, 70, 75, 80])))
          .replace("{per}", pick(r, ["month", "3 months", "6 months", "4 weeks", "14 days", "30 days", "year"]))
          .replace("{o}", o[0]))
    if o[0] not in s and r.random() < 0.4:
        return GENERIC, s
    return o[0], s


AD_FIXED = ["Advertisement", "ADVERTISEMENT", "Advertisement:", "- Advertisement -", "— Advertisement —",
            "Ad", "AD", "Ads", "Advert", "ADVERT", "Sponsored", "SPONSORED", "Promoted",
            "Story continues below advertisement", "Story continues below this ad",
            "Article continues below this ad", "Article continues below", "Continue reading below",
            "Content continues below", "Scroll to continue with content", "SCROLL TO CONTINUE WITH CONTENT",
            "The article continues below this advertisement", "Advertisement - scroll to continue",
            "Advertisement · Scroll to continue", "Ad · Scroll to continue", "Skip advertisement",
            "SKIP ADVERTISEMENT", "Close ad", "Close Ad ✕", "Ad Feedback", "AD FEEDBACK",
            "Report this ad", "Why this ad?", "Ads by Google", "Stop seeing this ad",
            "Remove ads", "Go ad-free", "Want an ad-free experience?", "Hide ads",
            "Advertise with us", "Advertise with Us", "Advertising", "Advertise", "Media kit",
            "Advertisement Feature", "ADVERTISING FEATURE", "Paid advertisement",
            "Supported by", "SUPPORTED BY", "This ad will close in 5 seconds",
            "Please support us by allowing ads", "Ad loading...", "Advertisement (loading)",
            "ADVERTISEMENT. SCROLL TO CONTINUE READING.", "Advertising – Scroll to continue",
            "Sponsored Content", "Sponsored Links", "Promoted Links", "Promoted Content",
            "Paid Content", "Paid Post", "Partner Content", "From our advertisers",
            "Trending Ad", "Ad Choices", "Advertisement Ad", "Adv.", "ADV", "[ad]", "(Advertisement)"]


def k_ad_marker(r):
    return GENERIC, pick(r, AD_FIXED)


SPONS_TEMPLATES = [
    "Sponsored content by {b}", "Paid post by {b}", "Paid Post: {b}", "Partner content: {b}",
    "Presented by {b}", "Brought to you by {b}", "In partnership with {b}", "Supported by {b}",
    "This content was paid for by {b} and produced by {o} Studios.",
    "This content was produced by {o}'s commercial team in partnership with {b}.",
    "This article is sponsored by {b}. It was not written by {o}'s editorial staff.",
    "This is paid content. The newsroom was not involved in its creation.",
    "Created by {o} Brand Studio for {b}", "{o} Labs for {b}", "Produced by {o} Creative for {b}",
    "Sponsored by {b} | Advertiser content", "ADVERTISER CONTENT FROM {B}", "From our partner {b}",
    "Commercial content in partnership with {b}", "Advertorial: {b}", "Promotional feature for {b}",
    "Taboola | Sponsored Links", "Recommended by Outbrain", "Sponsored Stories", "Around the web",
    "AROUND THE WEB", "You May Like", "Promoted Stories", "From the web", "More from our partners",
    "Sponsored · {b}", "{b} | Sponsored", "Ad · {b}", "Ad {b} {dom}", "Sponsored {h2} {b}",
    "{h2} Sponsored | {b}", "{h2} ({b})", "{h2} {b} | Sponsored Learn More",
    "Promoted by {b}", "{b} — Sponsored — Learn More", "Sponsored: {h2}",
]
BRANDS = ["Northwind Bank", "Aurora Travel", "Crestline Insurance", "Helios Energy", "BlueHarbour Super",
          "Maple Leaf Mutual", "Kiwi Fresh", "Sunstate Tourism", "Desert Rose Properties",
          "Lion City Telecom", "Springbok Motors", "Emerald Isle Credit Union", "Pioneer Wealth",
          "Nimbus Cloud", "Vantage Health", "GreenLeaf Grocers", "Atlas Airways", "Metro Home Loans",
          "Tata Capital", "Emirates NBD", "DBS Bank", "Standard Bank", "Bank of Ireland",
          "Scotiabank", "Westpac", "ANZ", "Tourism Western Australia", "Visit Scotland"]
SPONS_HEADS = ["Doctors stunned by this simple trick", "Here's what a new roof should cost you in 2025",
               "Homeowners are switching to this energy plan", "The smartest way to pay off debt",
               "Seniors are flocking to this retirement village", "This hearing aid is taking the country by storm",
               "Why everyone is talking about this mattress", "Five signs you're overpaying for insurance",
               "The best credit cards of the year", "Discover luxury villas on the coast",
               "Learn how to invest with as little as $50", "Plan your dream holiday today"]


def k_sponsored_content(r):
    o = outlet(r)
    b = pick(r, BRANDS)
    s = pick(r, SPONS_TEMPLATES)
    s = (s.replace("{b}", b).replace("{B}", b.upper()).replace("{o}", o[0])
          .replace("{h2}", pick(r, SPONS_HEADS)).replace("{dom}", b.lower().replace(" ", "") + ".com"))
    return o[0], s


COMMENT_FIXED = ["Comments", "COMMENTS", "Show comments", "Hide comments", "View comments",
                 "Join the conversation", "Join the discussion", "Leave a comment", "Leave a Reply",
                 "Add a comment", "Post comment", "Post a comment", "Submit comment", "Reply", "Report",
                 "Share", "Like", "Sort by: Newest", "Sort by: Oldest", "Sort by: Most liked",
                 "Newest | Oldest | Most replied", "Newest first", "Oldest first", "Top comments",
                 "Staff picks", "Featured comments", "Readers' picks", "All comments",
                 "Be the first to comment", "Be the first to comment.", "No comments yet",
                 "Comments are closed", "Comments are closed for this article",
                 "Comments have been disabled for this article.", "Comments are closed on this story.",
                 "Comments on this article are now closed.", "Commenting has been disabled.",
                 "Comments are open for 48 hours after publication.",
                 "Comments are moderated and will appear once approved.",
                 "Your comment is awaiting moderation.", "This comment has been removed by a moderator.",
                 "This comment was deleted.", "Comment removed", "Show more replies", "Load more comments",
                 "View more comments", "Show 12 more replies", "Reply to this comment",
                 "Log in to comment", "Sign in to comment", "You must be logged in to post a comment.",
                 "Subscribers can comment on this article", "Comment as a subscriber",
                 "Commenting is only available to subscribers.", "Create a display name to comment",
                 "Display name", "Your name", "Name *", "Email *", "Website",
                 "Save my name, email, and website in this browser for the next time I comment.",
                 "Notify me of follow-up comments by email.", "Notify me of new posts by email.",
                 "Have your say", "Have your say:", "What do you think? Let us know in the comments.",
                 "Tell us what you think in the comments below.", "Share your thoughts in the comments",
                 "Comment on this story", "Discussion", "Conversation", "Powered by Viafoura",
                 "Powered by OpenWeb", "Powered by Disqus", "Disqus Comments", "blog comments powered by Disqus",
                 "Coral by Vox Media", "Community guidelines", "Flag as inappropriate", "Mute user",
                 "Block user", "Edit", "Delete", "Cancel", "Upvote", "Downvote", "Recommend"]


def k_comment_section(r):
    if r.random() < 0.5:
        return GENERIC, pick(r, COMMENT_FIXED)
    o = outlet(r)
    n = r.randrange(0, 4000)
    p = person_handle(r, person(r))
    shapes = [f"Comments ({n})", f"{n} Comments", f"{n} comments", f"💬 {n}", f"View {n} comments",
              f"Show all {n} comments", f"{n:,} Reader comments", f"Comments {n}", f"{n} replies",
              f"Join the conversation ({n})", f"{n} people are discussing this", f"Read {n} comments",
              f"Comments · {n}", f"{p} {rel_time(r)} Reply Report", f"{p} · {rel_time(r)} · {r.randrange(1, 400)} likes",
              f"{p} replied {rel_time(r)}", f"Reply to {p}", f"In reply to {p}", f"{p} said:",
              f"@{p} {rel_time(r)} Flag Share Reply", f"{r.randrange(1, 900)} Recommend {r.randrange(1, 50)} Replies",
              f"Comments on {o[0]} are moderated", f"Conversation ({n}) Log in to join",
              f"{n} Comments Sort by Best", f"Comments closed · {n} comments", f"{n} Responses",
              f"{n} thoughts on this", f"{n} comments so far", f"Discuss ({n})"]
    return o[0], pick(r, shapes)


POLICY_FIXED = [
    "We welcome comments that add to the conversation. Please keep it civil and on topic.",
    "Comments are subject to our community guidelines, which can be viewed here.",
    "Please read our community guidelines before commenting.",
    "Our comments section is for subscribers only.",
    "We reserve the right to remove comments that are abusive, off-topic or defamatory.",
    "Comments containing links may be held for moderation.",
    "Please be respectful. Comments that contain personal attacks will be removed.",
    "Due to legal reasons, comments are closed on this article.",
    "Comments have been closed as this article relates to an ongoing court case.",
    "Comments have been disabled on this story for legal reasons.",
    "We have turned off comments on this story to protect the integrity of court proceedings.",
    "Readers are welcome to comment, but must use their real name.",
    "Comments are moderated before they appear. Allow up to 24 hours.",
    "House rules: No spam, no abuse, no hate speech. Stay on topic.",
    "Be kind. Be constructive. Be on topic.",
    "By posting a comment you agree to our Terms of Use.",
    "Our moderators read every comment. Those breaching our rules will be removed.",
    "Comments may be edited for length and clarity before publication.",
    "Comments are the views of the writer, not of this publication.",
    "Readers' comments are not checked before publication. If you see something offensive, report it.",
    "Open for comments: we want to hear from you. Comments close at midnight.",
    "Conversation guidelines | FAQ | Report a problem",
    "Read our comment moderation policy",
    "Why can't I comment? Find out more about our commenting policy.",
    "Comments are limited to 1,500 characters.", "Character limit: 1000",
    "Threads are closed after seven days.", "Commenting is temporarily unavailable.",
    "We are experiencing technical issues with comments. Please try again later.",
    "Comment moderation is provided in partnership with a third party.",
]


def k_comment_policy(r):
    return GENERIC, pick(r, POLICY_FIXED)


SHARE_FIXED = ["Share", "SHARE", "Share this", "Share this article", "Share this story", "Share article",
               "Share on Facebook", "Share on X", "Share on WhatsApp", "Share on LinkedIn", "Share via Email",
               "Share on Reddit", "Share on Telegram", "Share on Bluesky", "Share on Threads",
               "Email", "Print", "Save", "Saved", "Bookmark", "Copy link", "Copy Link", "Link copied",
               "Link copied!", "Copied to clipboard", "Tweet", "Pin", "Post", "Send", "More",
               "Gift article", "Gift this article", "Gift Article", "Give this article",
               "Share full article", "Save article", "Save for later", "Read later", "Add to reading list",
               "Remove from saved", "Print this page", "Email this article", "Send to a friend",
               "Share Facebook Twitter LinkedIn Email Copy link", "Share: f 𝕏 in ✉ 🔗",
               "Facebook Twitter Email", "Facebook X WhatsApp Email Print",
               "Facebook Twitter LinkedIn Reddit Pinterest Email", "Share via... Facebook X Messenger WhatsApp Email",
               "Facebook Twitter Flipboard Email", "Share Tweet Share Email", "Tweet Share Pin Email",
               "Share 0 Tweet 0 Pin 0", "Share this with Facebook Messenger WhatsApp X Email Copy this link",
               "Share this with Email Facebook Messenger Twitter Pinterest WhatsApp LinkedIn",
               "Copy this link", "These are external links and will open in a new window",
               "Share page", "Share on social", "Share icon", "Share options", "Close share panel",
               "Text size", "Aa", "A- A A+", "Listen Share Save", "Save Share Comments",
               "Comment Share Print", "Share story", "Forward"]


def k_share_row(r):
    if r.random() < 0.55:
        return GENERIC, pick(r, SHARE_FIXED)
    o = outlet(r)
    n = r.randrange(1, 20000)
    shapes = [f"{n} shares", f"{n:,} Shares", f"Share {n}", f"Shares {n}", f"{n} Shares Share Tweet",
              f"You have {r.randrange(1, 11)} gift articles to give each month.",
              f"You have {r.randrange(1, 11)} articles left to gift this month.",
              f"Share this article with a friend who doesn't subscribe to {o[0]}.",
              f"Subscribers can gift {r.randrange(5, 20)} articles each month.",
              f"Share this {o[0]} story", f"Share this story on {pick(r, ['Facebook', 'X', 'WhatsApp', 'LinkedIn'])}",
              f"Copy link https://www.{o[1]}/{pick(r, ['news', 'a', 'story', 'article'])}/{rand_code(r, 8).lower()}",
              f"Share via: https://{o[1].split('/')[0]}/{rand_code(r, 6)}", f"Share on WhatsApp {r.randrange(1, 999)}",
              f"Save {rand_code(r, 0)}{r.randrange(1, 300)} saves", f"Share · Save · {r.randrange(1, 30)} min read",
              f"Share Save {r.randrange(1, 3000)} Comments", f"Print {pick(r, ['this article', 'Page', 'edition'])}"]
    return o[0], pick(r, shapes)


CORR_ERRORS = ["misspelled the name of a spokesperson", "gave an incorrect date for the hearing",
               "misidentified the city where the meeting took place", "misstated the year the company was founded",
               "incorrectly described the organisation as a charity", "gave the wrong title for a council official",
               "misstated the size of the budget", "included an incorrect photo caption",
               "misattributed a quote", "referred incorrectly to the minister's portfolio",
               "gave the wrong age for one of the people mentioned", "misstated the percentage change",
               "stated that the vote had taken place; it has not yet been held",
               "overstated the number of people affected", "misnamed the hospital",
               "incorrectly said the road would close on Monday", "gave an outdated figure for the population",
               "confused two electoral districts", "described the product incorrectly",
               "misstated the outcome of an earlier court ruling", "used an incorrect map",
               "referred to the wrong party affiliation", "misstated the exchange rate used",
               "gave the incorrect spelling of a town"]


def k_correction_note(r):
    o = outlet(r)
    reg = o[2]
    e = pick(r, CORR_ERRORS)
    dt = fmt_date(r, reg, False)
    shapes = [f"Correction: An earlier version of this article {e}.",
              f"CORRECTION: An earlier version of this story {e}.",
              f"Correction, {dt}: An earlier version of this article {e}.",
              f"Correction ({dt}): A previous version of this story {e}.",
              f"An earlier version of this article {e}. This has been corrected.",
              f"This article was amended on {dt} because an earlier version {e}.",
              f"This article was corrected on {dt}. A previous version {e}.",
              f"This story has been corrected. A previous version {e}.",
              f"Clarification: An earlier version of this article {e}.",
              f"Correction appended: {dt}", f"Correction appended", f"Corrections & clarifications",
              f"Corrections and clarifications", f"A correction has been made to this article.",
              f"This article has been corrected. See note at bottom.", f"See correction at end of article",
              f"* Correction: {e[0].upper() + e[1:]} in an earlier version.",
              f"Corrects {pick(r, ['paragraph 4', 'headline', 'spelling of name in paragraph 2', 'date in paragraph 6', 'figure in third paragraph', 'photo caption'])}",
              f"(Corrects {pick(r, ['paragraph 5', 'spelling of minister name', 'day of week in first paragraph', 'dateline'])} to show ...)",
              f"Fixes typo in {pick(r, ['headline', 'paragraph 3', 'byline'])}",
              f"To report an error, email corrections@{o[1].split('/')[0]}",
              f"Spotted an error? Email our corrections desk at corrections@{o[1].split('/')[0]}",
              f"Read {o[0]}'s corrections policy", f"{o[0]} is committed to correcting errors. See our corrections page.",
              f"Editor's note: This article was updated on {dt} to correct an error."]
    return o[0], pick(r, shapes)


def k_editors_note(r):
    o = outlet(r)
    dt = fmt_date(r, o[2], False)
    fixed = ["Editor's note: This story has been updated with additional information.",
             "Editor's note: This is a developing story and will be updated.",
             "This is a breaking news story. Check back for updates.",
             "This story will be updated.", "This story has been updated.",
             "This story has been updated to include comment from the company.",
             "This story has been updated to include a statement from police.",
             "This article has been updated to reflect new developments.",
             "Editor's note: Some names in this article have been changed to protect privacy.",
             "Editor's note: The names of minors have been withheld.",
             "Editor's note: This article contains descriptions of violence that some readers may find distressing.",
             "Warning: This story contains details some readers may find distressing.",
             "Content warning: This article discusses suicide.",
             "Warning: This article contains images of people who have died.",
             "Aboriginal and Torres Strait Islander readers are advised that this article contains images and names of people who have died.",
             "Editor's note: This column reflects the views of the author.",
             "Editor's note: This article first ran in 2019 and has been updated.",
             "From the archive: This story was originally published in 1998.",
             "This article is more than 2 years old", "This article is more than 5 years old",
             "This article is over a year old", "This article was published more than 3 months ago",
             "Older article: information may be out of date.",
             "Editor's note: Prices and availability were accurate at the time of publication.",
             "Editor's note: This interview has been edited for length and clarity.",
             "This conversation has been condensed and edited for clarity.",
             "This transcript has been lightly edited.",
             "Editor's note: Our reporter travelled as a guest of the tourism board, which did not review this story.",
             "The writer travelled as a guest of the airline.",
             "The author was a guest of the festival organisers.",
             "Editor's note: Coverage is limited under reporting restrictions.",
             "Reporting restrictions apply to this case.",
             "Editor's note: This story is part of our continuing coverage.",
             "Update: The event has been postponed. Details below.",
             "UPDATE: This story has been updated with the latest figures.",
             "Note: This article has been updated since publication."]
    if r.random() < 0.55:
        return GENERIC, pick(r, fixed)
    shapes = [f"This article was updated on {dt}.", f"This story was updated on {dt} with new information.",
              f"Editor's note: {o[0]} has a commercial partnership with the event's sponsor.",
              f"Disclosure: {o[0]} receives funding from a foundation mentioned in this article.",
              f"Disclosure: {person(r)} is a former employee of {outlet(r)[0]}.",
              f"This article is more than {r.randrange(2, 12)} years old",
              f"Editor's note ({dt}): This story has been updated.",
              f"Update, {dt}: This story has been updated with comment.",
              f"Note from the editor: {o[0]} will continue to report on this story."]
    return o[0], pick(r, shapes)


AI_FIXED = [
    "This article was generated with the help of AI and reviewed by an editor.",
    "This story was written with the assistance of an AI tool and edited by a journalist.",
    "AI-generated summary", "Summary generated by AI", "AI summary", "✨ AI summary",
    "AI-generated summary. Read the full story below.", "Summary by AI, checked by our newsroom.",
    "This summary was generated by AI and reviewed by our editors.",
    "Key points summarised by AI. Read the full article for context.",
    "This summary was created with AI. Please report any errors.",
    "Audio narration is AI-generated.", "Voiced by artificial intelligence.",
    "This audio is generated by an automated voice.", "Listen to this article, read by an AI voice.",
    "This story was translated using AI tools and edited by our staff.",
    "This article was automatically translated.", "Machine translated",
    "This article was produced by automation using data from the stock exchange.",
    "This story was automatically generated from official results data.",
    "This story was generated automatically by our data system and checked by a reporter.",
    "This content was created with the help of generative AI.",
    "Image generated using AI", "AI-generated image", "Illustration created with AI",
    "This image was created using an AI tool.", "Image: AI-generated illustration",
    "How we use AI in our journalism", "Read our AI policy", "Our approach to generative AI",
    "Powered by AI. Verified by journalists.", "Experimental: AI-generated content",
    "Beta: Ask a question about this story", "Ask AI about this article", "Ask our AI assistant",
    "Generated answers may be inaccurate. Always check the original reporting.",
    "Was this AI summary helpful? Yes / No", "This feature is in beta.",
    "The AI assistant can make mistakes. Check important information.",
    "Bullet points generated by AI", "Quick summary (AI)", "TL;DR by AI",
    "This article includes AI-assisted research.", "AI was used to transcribe the interview.",
    "Robo-journalism: automated story", "Automated content", "Generated by our newsbot",
]


def k_ai_disclosure(r):
    if r.random() < 0.7:
        return GENERIC, pick(r, AI_FIXED)
    o = outlet(r)
    shapes = [f"{o[0]} uses AI tools to assist in some of our reporting. Read our AI principles.",
              f"This article was created with the help of AI and reviewed by {o[0]} editors.",
              f"AI-generated summary by {o[0]}. The full story is below.",
              f"{o[0]} Newsroom AI: summary checked by {person(r)}",
              f"Audio version narrated by an AI voice trained by {o[0]}.",
              f"Translated from {lang_for(r, o[2])[0]} with AI assistance and reviewed by {person(r)}."]
    return o[0], pick(r, shapes)


AFF_FIXED = [
    "We may earn a commission if you buy through links on this page.",
    "We may earn a commission from links on this page.",
    "When you buy through links on our site, we may earn an affiliate commission.",
    "This article contains affiliate links. We may earn a commission at no extra cost to you.",
    "Our editors independently select these products. Making a purchase through our links may earn us a commission.",
    "Every product is independently selected by our editors. Things you buy through our links may earn us a commission.",
    "We independently review everything we recommend. When you buy through our links, we may earn a commission.",
    "Prices correct at time of publication.", "Prices were accurate at the time of publishing.",
    "Prices and availability are subject to change.", "Deals may expire.",
    "Affiliate disclosure", "Affiliate links", "Commerce content", "Shopping", "Shop now",
    "Buy now", "Check price", "View deal", "See deal", "Shop at Amazon", "Buy on Amazon",
    "Was $199, now $129", "Save 35%", "Lowest price ever", "Price drop", "Best seller",
    "Editor's choice", "Best overall", "Best budget", "Best value", "Tested and reviewed",
    "Why trust us", "How we test", "Our testing process",
    "Disclosure: This post may contain affiliate links.",
    "As an Amazon Associate we earn from qualifying purchases.",
    "Some of the links in this article are affiliate links.",
    "The Independent's journalism is supported by our readers. When you purchase through links on our site, we may earn commission.",
    "Recommended content is editorially independent.", "This article is part of our shopping coverage.",
    "Our journalism is independent. We may earn affiliate revenue from some links, but this never influences our recommendations.",
    "If you buy something using links in our stories, we may earn a commission. This helps support our journalism.",
    "We receive a commission when you sign up via our links. Learn more",
]


def k_affiliate_disclaimer(r):
    if r.random() < 0.6:
        return GENERIC, pick(r, AFF_FIXED)
    o = outlet(r)
    pr = price(r, o[2])
    shapes = [f"When you buy through our links, {o[0]} may earn an affiliate commission. Learn more",
              f"{o[0]} may receive a commission on purchases made from links.",
              f"{o[0]}'s product recommendations are independent. We may earn a commission on purchases.",
              f"{o[0]} Shopping: our editors pick products they love.", f"{o[0]} Deals: {pr} at {pick(r, ['Amazon', 'Argos', 'Best Buy', 'JB Hi-Fi', 'Flipkart', 'Takealot', 'Noon', 'Lazada', 'Currys', 'Walmart'])}",
              f"{pick(r, ['Amazon', 'Argos', 'Best Buy', 'JB Hi-Fi', 'Flipkart', 'Takealot', 'Noon', 'Shopee', 'Harvey Norman', 'Canadian Tire'])} — {pr}",
              f"Buy now for {pr}", f"From {pr}", f"Was {pr}"]
    return o[0], pick(r, shapes)


POD_FIXED = ["Listen to the podcast", "Podcast", "PODCAST", "Listen", "LISTEN", "Listen now", "Play episode",
             "Pause episode", "Download", "Download MP3", "Download audio", "Subscribe to the podcast",
             "Follow the podcast", "Apple Podcasts", "Spotify", "Pocket Casts", "Overcast",
             "Google Podcasts", "YouTube Music", "Amazon Music", "iHeartRadio", "Castbox", "RSS",
             "Subscribe on Apple Podcasts | Spotify | Pocket Casts", "Listen on Apple Podcasts, Spotify or wherever you get your podcasts.",
             "Find it wherever you get your podcasts.", "Listen and subscribe wherever you get your podcasts.",
             "Transcript", "Show transcript", "Read transcript", "Full transcript", "Transcript available",
             "Episode notes", "Show notes", "More episodes", "All episodes", "Latest episode",
             "Previous episode", "Next episode", "Play all", "Queue", "Add to queue", "Playback speed",
             "1x", "1.5x", "2x", "Skip back 15 seconds", "Skip forward 30 seconds", "-15s", "+30s",
             "Rewind 10 seconds", "Fast forward 10 seconds", "Audio player", "Audio", "Listen live",
             "Audio unavailable", "This audio is not available in your location.", "Listen on the app",
             "Sponsored by our podcast partner", "Podcast ad", "Loading audio..."]


def k_podcast_player(r):
    if r.random() < 0.35:
        return GENERIC, pick(r, POD_FIXED)
    o = outlet(r)
    pod = pick(r, PODCASTS)
    ep = r.randrange(1, 900)
    m, s = r.randrange(8, 75), r.randrange(60)
    h = headline(r)
    shapes = [f"Episode {ep} · {m} min", f"Ep. {ep}: {h}", f"{pod} · Episode {ep}", f"{pod}: {h}",
              f"Podcast: {pod}", f"{pod} — {h} — {m}:{s:02d}", f"0:00 / {m}:{s:02d}", f"00:00 / {m:02d}:{s:02d}",
              f"{m}:{s:02d}", f"{m} min listen", f"{m} mins", f"Listen · {m} min", f"▶ Play · {m} min {s} sec",
              f"Listen to {pod} on Apple Podcasts, Spotify or wherever you get your podcasts.",
              f"Subscribe to {pod} from {o[0]}", f"{pod} is produced by {person(r)} and hosted by {person(r)}.",
              f"Hosted by {person(r)}. Produced by {person(r)}. Executive producer: {person(r)}.",
              f"{pod} | {o[0]} Podcasts", f"More from {pod}", f"Listen: {pod}, episode {ep}",
              f"🎧 {pod}: {h}", f"{pod} {fmt_date(r, o[2], False)} {m} mins", f"S{r.randrange(1, 9)} E{r.randrange(1, 40)} · {m} min",
              f"Season {r.randrange(1, 9)}, Episode {r.randrange(1, 40)}", f"{o[0]} Podcasts", f"{pod} (podcast)",
              f"Listen to {pod}: {h} ({m} min)", f"Audio: {pod}", f"{pod}. {m}m {s}s. {fmt_date(r, o[2], False)}",
              f"Music: {person(r)}. Sound design: {person(r)}.", f"Theme music by {person(r)}"]
    return o[0], pick(r, shapes)


def k_listen_to_article(r):
    m, s = r.randrange(1, 25), r.randrange(60)
    fixed = ["Listen to this article", "Listen to article", "LISTEN TO THIS ARTICLE", "🎧 Listen",
             "Listen", "Play audio", "Press play to listen to this article", "Listen to this story",
             "Audio version", "Hear this story", "Listen to the article", "Read aloud", "Listen instead",
             "Listen on the go", "Stop listening", "Pause", "Resume", "Audio is not available for this article.",
             "Audio for this article is not available.", "Voiced by artificial intelligence.",
             "Audio is generated by AI", "Powered by text-to-speech", "Narrated by a human voice actor",
             "Listen to more articles in the app", "Get audio articles in the app", "Listen to this article (beta)",
             "Read by the author", "Narrated by our reporter", "Audio: Noa", "Powered by Trinity Audio",
             "Powered by SpeechKit", "Speed: 1.0x", "Listen: Your browser does not support the audio element."]
    shapes = [f"Listen to this article {m} min", f"Listen to this article · {m}:{s:02d} min",
              f"Listen · {m}:{s:02d}", f"Listen ({m} min)", f"{m} min listen", f"🎧 {m} min",
              f"Listen to this article {m} minutes", f"00:00 / {m:02d}:{s:02d}", f"Listen {m}:{s:02d} min",
              f"Listen to article {m} min Share Save", f"Audio {m} min", f"🔊 Listen to this story ({m} min)",
              f"Listen · {m} min read", f"Narrated by {person(r)} · {m} min", f"Listen to this article, read by {person(r)}"]
    if r.random() < 0.45:
        return GENERIC, pick(r, fixed)
    o = outlet(r)
    return o[0], pick(r, shapes)


WEATHER_COND = ["Partly cloudy", "Sunny", "Showers", "Light rain", "Overcast", "Clear", "Thunderstorms",
                "Fog", "Windy", "Mostly sunny", "Drizzle", "Heavy rain", "Haze", "Dust", "Snow", "Sleet",
                "Humid", "Smoke", "Scattered showers", "Cloudy"]
WX_ICON = ["☀", "☁", "⛅", "🌧", "⛈", "🌫", "🌤", "❄", "🌦", "", "", ""]


def k_weather_widget(r):
    o = outlet(r)
    reg = o[2]
    pl = place(r, reg) if reg != "SG" else "Singapore"
    hi = {"GULF": 40, "IN": 34, "SG": 32, "AU": 28, "ZA": 26, "US": 24, "NZ": 18, "UK": 16, "IE": 14, "CA": 12, "INTL": 20}[reg]
    t = hi + r.randrange(-8, 8)
    lo = t - r.randrange(3, 11)
    c = pick(r, WEATHER_COND)
    while (c in ("Snow", "Sleet") and t > 3) or (c in ("Dust", "Haze") and reg not in ("GULF", "IN", "INTL")):
        c = pick(r, WEATHER_COND)
    i = pick(r, WX_ICON)
    f = round(t * 9 / 5 + 32)
    shapes = [f"{pl} {t}°C {c}", f"Weather: {pl} {t}° {i} H:{t + 2}° L:{lo}°", f"{pl} {i} {t}°",
              f"{t}°C {c} {pl}", f"Today {t}° / {lo}° {c}", f"{pl} weather: {c}, high {t + 1}°C",
              f"{f}°F {c} {pl}", f"{pl}, {f}°F, {c}", f"Now {t}° Feels like {t - 2}° {c}",
              f"{pl} | {t}° | {c} | Wind {r.randrange(5, 60)} km/h", f"Max {t} Min {lo} {c}",
              f"Your local weather: {pl} {t}°C", f"Change location", f"Weather {pl} {t}°C ▾",
              f"{pl} {t}° {c} · Full forecast →", f"UV index: {r.randrange(1, 12)} ({pick(r, ['Low', 'Moderate', 'High', 'Very high', 'Extreme'])})",
              "AQI {} {}".format(*pick(r, [(r.randrange(10, 50), "Good"), (r.randrange(51, 100), "Moderate"), (r.randrange(101, 150), "Unhealthy for sensitive groups"), (r.randrange(151, 200), "Unhealthy"), (r.randrange(201, 300), "Very poor"), (r.randrange(301, 450), "Severe")])),
              f"Sunrise {r.randrange(5, 7)}:{r.randrange(60):02d}am Sunset {r.randrange(5, 9)}:{r.randrange(60):02d}pm",
              f"Tides: High {r.randrange(1, 12)}:{r.randrange(60):02d}am, Low {r.randrange(1, 12)}:{r.randrange(60):02d}pm",
              f"Humidity {r.randrange(20, 99)}% · Rain {r.randrange(0, 100)}%",
              f"Mon {t}° Tue {t + 1}° Wed {t - 1}° Thu {lo + 4}° Fri {t}°",
              f"7-day forecast for {pl}", f"Weather warnings in force: {r.randrange(1, 6)}",
              f"⚠ {pick(r, ['Yellow', 'Amber', 'Orange', 'Red'])} weather warning for {pl}",
              f"Pollen count: {pick(r, ['Low', 'Moderate', 'High', 'Very High'])}", f"Weather data: {pick(r, ['Met Office', 'BoM', 'MetService', 'Met Éireann', 'Environment Canada', 'IMD', 'SAWS', 'NEA', 'NCM', 'AccuWeather'])}"]
    return o[0], pick(r, shapes)


MARKETS = {
    "US": [("DOW", 38000, 42000), ("S&P 500", 4800, 5900), ("NASDAQ", 15000, 19500), ("Russell 2000", 1900, 2300), ("10-Yr Bond", 3.8, 4.9), ("Crude Oil", 68, 88)],
    "UK": [("FTSE 100", 7600, 8700), ("FTSE 250", 18500, 21500), ("GBP/USD", 1.21, 1.34), ("GBP/EUR", 1.14, 1.20), ("Brent", 70, 90)],
    "IE": [("ISEQ", 8800, 10500), ("EUR/USD", 1.05, 1.12), ("EUR/GBP", 0.83, 0.88)],
    "CA": [("TSX", 20500, 25500), ("CAD/USD", 0.71, 0.76), ("WTI", 65, 88), ("Gold", 2000, 2700)],
    "AU": [("S&P/ASX 200", 7400, 8500), ("All Ords", 7600, 8800), ("AUD/USD", 0.62, 0.69), ("Iron ore", 95, 140)],
    "NZ": [("NZX 50", 11200, 12800), ("NZD/USD", 0.57, 0.63), ("NZD/AUD", 0.89, 0.93)],
    "IN": [("Sensex", 70000, 82000), ("Nifty 50", 21500, 25000), ("USD/INR", 82.8, 86.5), ("Nifty Bank", 46000, 53000), ("Gold (10g)", 62000, 78000)],
    "ZA": [("JSE All Share", 72000, 88000), ("USD/ZAR", 17.4, 19.4), ("Top 40", 65000, 80000), ("Platinum", 880, 1050)],
    "SG": [("STI", 3100, 3900), ("USD/SGD", 1.32, 1.37), ("SGD/MYR", 3.3, 3.55)],
    "GULF": [("DFM", 4000, 5200), ("ADX", 9000, 9800), ("Tadawul (TASI)", 11000, 12700), ("QE Index", 9800, 10800), ("Brent", 70, 92), ("USD/AED", 3.6725, 3.6735)],
    "INTL": [("Nikkei 225", 33000, 41000), ("Hang Seng", 16000, 23000), ("DAX", 16500, 21000), ("Bitcoin", 40000, 99000), ("Gold", 2000, 2750), ("EUR/USD", 1.05, 1.12)],
}


def mkt_item(r, reg):
    name, lo, hi = pick(r, MARKETS[reg])
    v = lo + (hi - lo) * r.random()
    ch = r.uniform(-2.5, 2.5)
    dec = 4 if hi < 5 else 2
    arrow = "▲" if ch >= 0 else "▼"
    val = f"{v:,.{dec}f}"
    pct = f"{ch:+.2f}%"
    abs_ch = f"{abs(v * ch / 100):,.{dec}f}"
    return pick(r, [f"{name} {val} {arrow} {pct}", f"{name} {val} {pct}", f"{name} {val} {arrow}{abs_ch}",
                    f"{name.upper()} {val} ({pct})", f"{name}: {val} {'+' if ch >= 0 else '-'}{abs_ch} ({pct})"])


def k_markets_widget(r):
    o = outlet(r)
    reg = o[2]
    n = r.randrange(1, 5)
    items = [mkt_item(r, reg) for _ in range(n)]
    lab = pick(r, ["", "", "Markets", "MARKETS", "Market data", "Markets snapshot", "Live markets",
                   "Market watch", "Stocks", "Currencies", "Commodities", "Indices", "Market summary"])
    sep = pick(r, [" | ", " · ", "  ", " ", " • "])
    s = (lab + " " + sep.join(items)).strip()
    if r.random() < 0.25:
        s += " " + pick(r, [f"As of {clock(r, reg)}", "Delayed 15 minutes", "Data delayed by 20 mins",
                            "Source: Refinitiv", "Source: LSEG", "Data: Morningstar", "Powered by FactSet",
                            "Market closed", "Market open", "Pre-market", "After hours", "View all markets →",
                            "Quotes delayed at least 15 minutes. Market data provided by ICE Data Services."])
    return o[0], s


SPORTS = {
    "UK": [("Arsenal", "Chelsea", "soccer"), ("Man City", "Liverpool", "soccer"), ("Celtic", "Rangers", "soccer"), ("England", "Wales", "rugby"), ("Surrey", "Yorkshire", "cricket")],
    "IE": [("Dublin", "Kerry", "gaa"), ("Leinster", "Munster", "rugby"), ("Shamrock Rovers", "Bohemians", "soccer"), ("Ireland", "France", "rugby"), ("Limerick", "Clare", "gaa")],
    "US": [("Lakers", "Celtics", "basketball"), ("Yankees", "Red Sox", "baseball"), ("Chiefs", "Eagles", "nfl"), ("Warriors", "Knicks", "basketball"), ("Dodgers", "Giants", "baseball")],
    "CA": [("Maple Leafs", "Canadiens", "hockey"), ("Oilers", "Flames", "hockey"), ("Canucks", "Jets", "hockey"), ("Raptors", "Bucks", "basketball"), ("Blue Jays", "Orioles", "baseball")],
    "AU": [("Collingwood", "Carlton", "afl"), ("Storm", "Panthers", "nrl"), ("Sydney Swans", "Brisbane Lions", "afl"), ("Australia", "India", "cricket"), ("Broncos", "Roosters", "nrl")],
    "NZ": [("Crusaders", "Blues", "rugby"), ("All Blacks", "Wallabies", "rugby"), ("Black Caps", "England", "cricket"), ("Warriors", "Sharks", "nrl"), ("Auckland FC", "Wellington Phoenix", "soccer")],
    "IN": [("Mumbai Indians", "Chennai Super Kings", "cricket"), ("India", "Pakistan", "cricket"), ("RCB", "KKR", "cricket"), ("Mohun Bagan", "East Bengal", "soccer"), ("Bengaluru FC", "Kerala Blasters", "soccer")],
    "ZA": [("Kaizer Chiefs", "Orlando Pirates", "soccer"), ("Stormers", "Bulls", "rugby"), ("Proteas", "Australia", "cricket"), ("Sundowns", "SuperSport United", "soccer"), ("Springboks", "All Blacks", "rugby")],
    "SG": [("Lion City Sailors", "Tampines Rovers", "soccer"), ("Singapore", "Malaysia", "soccer"), ("Geylang", "Albirex", "soccer")],
    "GULF": [("Al Ain", "Al Wahda", "soccer"), ("Al Hilal", "Al Nassr", "soccer"), ("Al Sadd", "Al Duhail", "soccer"), ("UAE", "Oman", "cricket"), ("Sharjah", "Shabab Al Ahli", "soccer")],
    "INTL": [("Real Madrid", "Barcelona", "soccer"), ("Bayern", "Dortmund", "soccer"), ("PSG", "Marseille", "soccer"), ("Brazil", "Argentina", "soccer"), ("Japan", "South Africa", "rugby")],
}

SCORE_RANGE = {"soccer": (0, 5), "rugby": (3, 45), "gaa": (8, 30), "basketball": (85, 131), "baseball": (0, 12),
               "nfl": (3, 42), "hockey": (0, 7), "afl": (40, 121), "nrl": (4, 40), "cricket": (0, 1)}
SPORT_FIXED = ["Live scores", "LIVE SCORES", "Scoreboard", "Fixtures & results", "Results", "Fixtures",
               "Table", "Ladder", "Standings", "Match report", "Line-ups", "Get live scores in the app",
               "Match centre", "Stats", "Commentary", "Ball-by-ball", "Scorecard", "Box score", "Play-by-play"]


def k_sports_score_widget(r):
    if r.random() < 0.2:
        return GENERIC, pick(r, SPORT_FIXED)
    o = outlet(r)
    reg = o[2]
    a, b, sport = pick(r, SPORTS[reg])
    lo, hi = SCORE_RANGE[sport]
    x, y = r.randrange(lo, hi), r.randrange(lo, hi)
    when = f"{a} v {b} · {pick(r, ['Sat', 'Sun', 'Fri', 'Tonight', 'Tomorrow'])} {clock(r, reg)}"
    if sport == "cricket":
        shapes = [f"{a} {r.randrange(120, 380)}/{r.randrange(1, 10)} ({r.randrange(20, 50)} ov) v {b}",
                  f"{a} {r.randrange(150, 420)} & {r.randrange(50, 300)}/{r.randrange(1, 10)}; {b} {r.randrange(150, 420)} — Stumps, Day {r.randrange(1, 6)}",
                  f"{b} {r.randrange(100, 250)}/{r.randrange(0, 10)} ({r.randrange(5, 20)}.{r.randrange(6)} ov) · CRR {r.randrange(5, 11)}.{r.randrange(10)} · Need {r.randrange(10, 90)} off {r.randrange(6, 60)}",
                  f"LIVE · {a} v {b} · {a} {r.randrange(10, 200)}/{r.randrange(0, 6)}", when,
                  f"{a} won by {r.randrange(2, 9)} wickets", f"{b} won by {r.randrange(3, 150)} runs", f"Scorecard: {a} v {b}"]
    elif sport == "soccer":
        shapes = [f"FT {a} {x}-{y} {b}", f"LIVE {r.randrange(1, 90)}' {a} {x}-{y} {b}", f"HT {a} {x}-{y} {b}",
                  f"{a} {x} - {y} {b} (FT)", f"{a} {x}-{x} {b} · {pick(r, ['AET', 'Pens 4-3', 'Full time'])}",
                  f"{a} v {b} · Kick-off {clock(r, reg)}", when, f"Match centre: {a} v {b}", f"{a} {x}-{y} {b} · Postponed" if r.random() < 0.2 else f"Scores: {a} {x}, {b} {y}"]
    elif sport == "gaa":
        shapes = [f"{a} {r.randrange(0, 4)}-{x} {b} {r.randrange(0, 4)}-{y}", f"FT: {a} {r.randrange(0, 4)}-{x} ({r.randrange(10, 35)}) {b} {r.randrange(0, 4)}-{y}",
                  f"LIVE {a} v {b}, {clock(r, reg)} throw-in", when]
    else:
        per = {"basketball": f"Q{r.randrange(1, 5)} {r.randrange(0, 12)}:{r.randrange(60):02d}",
               "nfl": f"Q{r.randrange(1, 5)} {r.randrange(0, 15)}:{r.randrange(60):02d}",
               "hockey": f"P{r.randrange(1, 4)} {r.randrange(0, 20)}:{r.randrange(60):02d}",
               "baseball": f"{pick(r, ['Top', 'Bot'])} {r.randrange(1, 10)}th",
               "afl": f"Q{r.randrange(1, 5)} {r.randrange(0, 20)}:{r.randrange(60):02d}",
               "nrl": f"{r.randrange(1, 80)}'", "rugby": f"{r.randrange(1, 80)}'"}[sport]
        shapes = [f"{a} {x} {b} {y} Final", f"Final: {a} {x}, {b} {y}", f"{per} {a} {x} {b} {y}",
                  f"LIVE {per} · {a} {x} - {b} {y}", f"FT {a} {x}-{y} {b}", when, f"Next match: {a} v {b}, {prose_date(r)}"]
        if sport == "afl":
            g1, b1 = divmod(x, 6)
            g2, b2 = divmod(y, 6)
            shapes.append(f"{a} {g1}.{b1} ({g1 * 6 + b1}) d. {b} {g2}.{b2} ({g2 * 6 + b2})")
    return o[0], pick(r, shapes)


SUBSECTIONS = {
    "News": ["UK", "World", "Local", "National", "Politics", "Crime", "Education", "Health", "Asia", "Africa", "Europe", "US & Canada", "Middle East", "Australia", "India"],
    "Business": ["Markets", "Economy", "Companies", "Personal finance", "Property", "Tech", "Energy", "Banking", "Startups"],
    "Sport": ["Cricket", "Football", "Rugby union", "Rugby league", "AFL", "GAA", "Tennis", "Golf", "Hockey", "F1", "Racing"],
    "Lifestyle": ["Food", "Travel", "Health", "Fashion", "Relationships", "Home & garden", "Parenting"],
    "Entertainment": ["TV", "Film", "Music", "Celebrity", "Books", "Gaming", "Streaming"],
    "Opinion": ["Columnists", "Editorials", "Letters", "Analysis", "Cartoons"],
}


LEVEL3 = {"Politics": ["Elections", "Parliament", "Budget"], "Crime": ["Courts", "Police"],
          "Education": ["Schools", "Universities"], "Health": ["NHS", "Mental health", "Hospitals"],
          "Markets": ["Stocks", "Currencies", "Commodities"], "Economy": ["Inflation", "Jobs"],
          "Property": ["Housing", "Mortgages", "Renting"], "Tech": ["AI", "Gadgets", "Startups"],
          "Cricket": ["Tests", "IPL", "The Ashes"], "Football": ["Premier League", "A-League", "MLS", "PSL"],
          "Rugby union": ["Six Nations", "Super Rugby", "URC"], "Food": ["Recipes", "Restaurants"],
          "Travel": ["Destinations", "Tips"], "TV": ["Reviews", "Streaming"], "Film": ["Reviews"],
          "Columnists": ["Letters"], "Local": ["Transport", "Council", "Weather"]}


def k_breadcrumb(r):
    o = outlet(r)
    top = pick(r, list(SUBSECTIONS))
    sub = pick(r, SUBSECTIONS[top])
    parts = [pick(r, ["Home", "Home", "HOME", o[0], "🏠"]), top, sub]
    if r.random() < 0.4:
        if sub in LEVEL3:
            parts.append(pick(r, LEVEL3[sub]))
        elif top == "News":
            parts.append(place(r, o[2]))
    if r.random() < 0.2:
        parts = parts[1:]
    sep = pick(r, [" > ", " / ", " › ", " » ", " | ", " → ", " ⁄ ", " · ", " >> ", " - "])
    s = sep.join(parts)
    if r.random() < 0.15:
        s = pick(r, ["You are here: ", "Breadcrumb: ", "Back to: ", "Path: "]) + s
    if r.random() < 0.1:
        s = s.upper()
    return o[0], s


NAV_FIXED = ["Menu", "☰ Menu", "MENU", "Search", "🔍 Search", "Close", "Close menu", "Open menu",
             "Sections", "All sections", "More", "More sections", "Expand menu", "Toggle navigation",
             "Main menu", "Navigation", "Site navigation", "Sign in Subscribe", "Menu Search Sign in",
             "Edition: UK", "Edition: International", "Change edition", "Switch to Dark Mode",
             "Dark mode", "Light mode", "Today's paper", "E-paper", "ePaper", "Digital edition",
             "Print edition", "Archive", "Contact us", "About us", "Help", "FAQ", "Careers",
             "Subscribe Sign in", "Log in Register", "My account", "My profile", "Saved articles",
             "Manage subscription", "Sign out", "Search the site", "Search news, topics and more",
             "What are you looking for?", "Type to search", "Press enter to search", "Go", "Back",
             "Home", "Latest", "For you", "Following", "Discover", "Browse", "Explore"]


def k_nav_menu(r):
    if r.random() < 0.3:
        return GENERIC, pick(r, NAV_FIXED)
    o = outlet(r)
    n = r.randrange(4, 12)
    items = r.sample(SECTIONS, n)
    sep = pick(r, [" ", " | ", " · ", "  ", " • ", " / "])
    s = sep.join(items)
    shape = r.randrange(5)
    if shape == 0:
        s = "Home " + s + " More"
    elif shape == 1:
        s = s + " " + pick(r, ["Subscribe", "Sign in", "Search", "Menu", "Log in", "Donate", "Newsletters"])
    elif shape == 2:
        s = o[0] + " " + s
    elif shape == 3:
        s = s.upper()
    return o[0], s


ACCESS_FIXED = ["Skip to main content", "Skip to content", "Skip to navigation", "Skip to footer",
                "Skip to search", "Skip to main navigation", "Jump to content", "Jump to comments",
                "Jump to navigation", "Accessibility help", "Accessibility", "Accessibility statement",
                "Text size", "Increase text size", "Decrease text size", "Text size A A A",
                "High contrast", "Screen reader mode", "Keyboard shortcuts", "Back to top",
                "Back to top ↑", "↑ Top", "Return to top", "Scroll to top", "Skip Ad",
                "You are using an outdated browser. Please upgrade your browser to improve your experience.",
                "Your browser is not supported. Please update to the latest version.",
                "Please enable JavaScript for the best experience.", "JavaScript is required for this feature.",
                "This site works best with JavaScript enabled.", "Press Esc to close",
                "Use left and right arrow keys to navigate", "Opens in a new window", "(opens in new tab)",
                "External link", "opens new tab", "Link opens in new window", "Download PDF",
                "PDF, 2.1MB", "Alt text", "Image description", "Audio description available",
                "Sign language version", "Easy read version", "Read in plain English",
                "Change language", "English | Français", "English | Te Reo Māori", "English | हिन्दी", "English | العربية",
                "English | Gaeilge", "English | Afrikaans", "English | Cymraeg", "Low bandwidth version", "Text-only version", "Lite mode"]


def k_accessibility_links(r):
    return GENERIC, pick(r, ACCESS_FIXED)


def k_tag_list(r):
    o = outlet(r)
    ts = r.sample(TOPICS, r.randrange(2, 7))
    lab = pick(r, ["Topics:", "Tags:", "TAGS", "Filed under:", "More on:", "Related topics:", "Topics",
                   "Explore more on these topics", "In this story:", "Keywords:", "Categories:",
                   "Posted in", "Tagged:", "Subjects:", "More about", "Follow these topics:",
                   "Related Topics", "Read more about:", "#", "Topic:", "Trending topics:", "See more:"])
    sep = pick(r, [", ", " · ", " | ", " ", " / ", " • ", "; "])
    if lab == "#":
        s = " ".join("#" + t.replace(" ", "").replace("-", "") for t in ts)
    else:
        s = f"{lab} {sep.join(ts)}"
    if r.random() < 0.15:
        s += " " + pick(r, ["+ Follow", "Follow", "Get alerts", "Add to myFT", "See all"])
    return o[0], s


SIGNIN_FIXED = ["Sign in", "Sign In", "SIGN IN", "Log in", "Log In", "LOG IN", "Login", "Register",
                "Sign up", "Create account", "Create a free account", "Join for free", "Register for free",
                "Sign in or register", "Sign in / Register", "Log in | Sign up", "Continue with Google",
                "Continue with Apple", "Continue with Facebook", "Continue with email", "Sign in with email",
                "Email or username", "Password", "Forgot password?", "Forgotten your password?",
                "Reset password", "Remember me", "Keep me signed in", "Show password",
                "Don't have an account? Sign up", "Already have an account? Sign in",
                "New here? Create an account", "Or", "OR", "By continuing, you agree to our Terms.",
                "Log in to save this article", "Sign in to save articles", "Sign in to listen",
                "Sign in to follow topics", "Log in to personalise your news",
                "Create a free account to continue reading", "Register to read more",
                "Register to continue reading", "Register to unlock this article for free",
                "Please verify your email address", "Verification email sent",
                "Check your email for a login link", "We've sent you a magic link",
                "Your session has expired. Please log in again.", "Welcome back", "Welcome back!",
                "You are signed in", "Signed in as", "Not you? Sign out", "My Account",
                "Hi there! Sign in for the full experience.", "Join free to unlock bookmarks and alerts"]


def k_sign_in_prompt(r):
    if r.random() < 0.55:
        return GENERIC, pick(r, SIGNIN_FIXED)
    o = outlet(r)
    p = person(r).split()[0]
    shapes = [f"Sign in to {o[0]}", f"Log in to your {o[0]} account", f"Create your free {o[0]} account",
              f"Welcome back, {p}", f"Hi, {p}", f"Signed in as {p}", f"Register with {o[0]} to read this article for free",
              f"Join {o[0]} — it's free", f"One account for all {o[0]} services", f"Sign in with your {o[0]} ID",
              f"{o[0]} ID: Sign in or create an account", f"Register for a free {o[0]} account to keep reading",
              f"Sign in to comment on {o[0]}", f"Log in to {o[0]} to save this story"]
    return o[0], pick(r, shapes)


DONATE_FIXED = [
    "Support independent journalism", "Support our journalism", "Donate", "DONATE", "Donate now",
    "Give now", "Chip in", "Become a member", "Become a supporter", "Support us", "Contribute",
    "Make a contribution", "Make a one-time gift", "Give monthly", "Single | Monthly | Annual",
    "$5 $10 $25 Other", "£4/month £10/month Other", "Continue →", "Remind me in May",
    "Accepted payment methods: Visa, Mastercard, American Express and PayPal",
    "Your gift is tax-deductible.", "Donations are tax-deductible to the extent allowed by law.",
    "Donations over $2 are tax deductible.", "We are a registered charity.",
    "We're a nonprofit newsroom. Your support keeps us going.",
    "Independent journalism needs your support.", "Quality journalism costs money. Please help.",
    "If you value what we do, please consider supporting us.",
    "No paywall. No billionaire owner. Just readers like you.",
    "We keep our journalism free for everyone. Can you help?",
    "Readers like you make this work possible.", "Every contribution, however big or small, makes a difference.",
    "Support fearless, independent journalism.", "Join our community of supporters.",
    "Already a member? Thank you.", "Thank you for your support.", "Not now", "Maybe later",
    "Help us hold power to account.", "Journalism you can trust. Funded by readers.",
    "Can you spare a few dollars to keep local news alive?", "Keep local news strong.",
    "Support local journalism", "Fund the next investigation", "Power our reporting",
]


def k_donation_ask(r):
    if r.random() < 0.45:
        return GENERIC, pick(r, DONATE_FIXED)
    o = outlet(r)
    pr = price(r, o[2])
    n = pick(r, ["1,000", "2,500", "10,000", "500", "5,000", "100"])
    shapes = [f"Support {o[0]} today from just {pr}", f"Become a {o[0]} member from {pr}",
              f"Donate to {o[0]}", f"{o[0]} is reader-funded. Please support us.",
              f"{o[0]} is a nonprofit newsroom. Donate today.",
              f"Help us reach {n} new members this month. Join today.",
              f"We need {n} more supporters by the end of the month. Will you be one of them?",
              f"Support {o[0]} with a one-off or monthly contribution.",
              f"... we have a small favour to ask. Millions are turning to {o[0]} for open, independent, quality news every day. Readers in {pick(r, ['180 countries', 'every state', 'every province', 'every region'])} now support us financially. Support {o[0]} from as little as {pr} — it only takes a minute.",
              f"Thank you for reading {o[0]}. If you can, please support us: {pr}.",
              f"Give to {o[0]}'s year-end campaign. Gifts matched up to {pr}.",
              f"Your donation to {o[0]} will be matched until midnight.",
              f"Support {o[0]}'s reporting on {pick(r, BEATS)}. Donate now.",
              f"Like this story? Buy {o[0]} a coffee ☕", f"Tip jar: support {person(r)}'s work",
              f"Become a paid subscriber to support {o[0]}"]
    return o[0], pick(r, shapes)


PULLQ_FIXED = ["Pull quote", "PULL QUOTE", "Quote", "QUOTE", "Quote of the day", "Quote of the week",
               "In their words", "In his words", "In her words", "They said it", "Overheard", "Say what?",
               "Soundbite", "By the numbers", "In numbers", "The number", "Number of the day",
               "Stat of the day", "Key quote", "Notable quotes", "What they're saying", "What they said",
               "Voices", "Reaction", "Reactions", "What readers say", "Reader reaction", "Your views",
               "Quotable", "The quote"]


def k_pull_quote_label(r):
    return GENERIC, pick(r, PULLQ_FIXED)


FACTBOX_FIXED = ["Fast facts", "FAST FACTS", "Key figures", "What we know", "What we don't know",
                 "Timeline", "TIMELINE", "Background", "BACKGROUND", "Fact box", "Factbox", "FACTBOX",
                 "At a glance", "AT A GLANCE", "Explainer", "Need to know", "The key facts",
                 "Who's who", "How it works", "What happens next", "What happens next?",
                 "Why it matters", "Why it matters:", "The big picture:", "Between the lines:",
                 "Yes, but:", "Go deeper:", "Context", "Catch up", "Key dates", "Key dates:",
                 "Glossary", "Methodology", "How we did this", "About this data", "Sources",
                 "Q&A", "Frequently asked questions", "Jargon buster", "The details",
                 "Where to get help", "How to help", "What you can do", "If you go",
                 "The verdict", "Our verdict", "Score: 4/5", "★★★★☆", "Rating: 3 out of 5 stars",
                 "Pros", "Cons", "Specs", "Price:", "Details:", "Info:", "Box: The main points",
                 "Map: Where the flooding hit", "Chart: How prices have changed",
                 "Graphic: Votes counted so far", "Table: Full results", "Interactive: Search the data"]


def k_fact_box_label(r):
    return GENERIC, pick(r, FACTBOX_FIXED)


def k_footer_links(r):
    fixed = ["About Us Contact Us Advertise Careers Terms of Use Privacy Policy",
             "About | Contact | Advertise | Privacy | Terms", "Contact us Help Feedback Sitemap",
             "Sitemap", "Site map", "RSS", "RSS feeds", "Press releases", "Media centre",
             "Work for us", "Jobs at our company", "Code of conduct", "Complaints", "Editorial policy",
             "Ethics policy", "Accessibility", "Modern Slavery Statement", "Legal", "Imprint",
             "Our team", "Masthead", "Staff directory", "Send us a tip", "Licensing and syndication",
             "Terms and conditions of sale", "Competitions terms", "House ads", "Manage preferences",
             "Back to top", "All rights reserved.", "Corporate", "Investor relations", "Our brands",
             "Follow us", "Download our apps", "Newsletters", "Podcasts", "Contact the newsroom"]
    if r.random() < 0.4:
        return GENERIC, pick(r, fixed)
    o = outlet(r)
    d = o[1].split("/")[0]
    items = r.sample(["About", "Contact", "Advertise", "Careers", "Terms", "Privacy", "Cookies",
                      "Accessibility", "Complaints", "Corrections", "Sitemap", "Help", "Newsletters",
                      "Apps", "Archive", "RSS", "Subscriptions", "Events", "Shop", "Puzzles",
                      "Syndication", "Code of Practice", "Editorial Guidelines", "Tip line"], r.randrange(4, 10))
    sep = pick(r, [" | ", " · ", " ", " • ", "  "])
    shapes = [sep.join(items), f"{o[0]} {sep.join(items)}", f"{sep.join(items)} © {r.randrange(2019, 2026)} {o[0]}",
              f"Contact {o[0]}: {pick(r, ['newsdesk', 'news', 'editor', 'hello', 'info'])}@{d}",
              f"{o[0]}, {r.randrange(1, 300)} {pick(r, ['Harbour St', 'Queen St', 'Fleet Street', 'Bay Street', 'Collins St', 'Long Street', 'Anson Road', 'Al Maktoum Road', 'Park Avenue', 'Baggot St'])}, {place(r, o[2])}",
              f"Registered in {pick(r, ['England and Wales', 'Ireland', 'Scotland', 'Delaware', 'New South Wales'])}. No. {r.randrange(100000, 9999999)}",
              f"ABN {r.randrange(10, 99)} {r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}",
              f"GST Reg. No. {r.randrange(100000000, 999999999)}", f"CIN: U{r.randrange(10000, 99999)}DL{r.randrange(1990, 2020)}PLC{r.randrange(100000, 999999)}",
              f"Call us: {PHONE_PREFIX[o[2]]}{r.randrange(100, 999)}"]
    return o[0], pick(r, shapes)


PHONE_PREFIX = {"UK": "+44 7700 900", "US": "+1 (555) 010-", "IE": "+353 87 555 ", "CA": "+1 (416) 555-0",
                "AU": "+61 400 555 ", "NZ": "+64 21 555 ", "IN": "+91 98100 00", "ZA": "+27 82 555 ",
                "SG": "+65 8555 0", "GULF": "+971 50 555 ", "INTL": "+33 6 55 55 "}


def k_contact_tips(r):
    o = outlet(r)
    d = o[1].split("/")[0]
    ph = PHONE_PREFIX[o[2]] + str(r.randrange(100, 999))
    shapes = [f"Do you have a story to share? Email {pick(r, ['tips', 'news', 'newsdesk', 'yourstory', 'investigations'])}@{d}",
              f"Got a news tip? Contact us at news@{d} or WhatsApp {ph}",
              f"Have a story? Email {pick(r, ['tips', 'news'])}@{d}", f"Got a story? Call {ph}",
              f"Send us your news: news@{d}", f"Have you been affected? Share your experience: yourstories@{d}",
              f"Share your story with {o[0]}: {d}/tips", f"Contact the newsroom: newsroom@{d}",
              f"If you have information about this story, contact {person(r)} at {email_for(r, person(r), o)}.",
              f"Know more? Contact {person(r)} securely via Signal at {ph}.",
              f"Send tips confidentially via SecureDrop at {d}/securedrop",
              f"Have a question about this story? Email {pick(r, ['ask', 'questions', 'readers'])}@{d}",
              f"Were you there? Send your pictures and videos to {pick(r, ['pictures', 'video', 'ugc'])}@{d}",
              f"Witness this? WhatsApp us on {ph}", f"📩 Tips: tips@{d}", f"✉️ news@{d} | ☎ {ph}",
              f"Send your letters to letters@{d} (max 200 words).", f"Write to the editor: letters@{d}",
              f"Contact the author: {email_for(r, person(r), o)}", f"Got a consumer complaint? Email {pick(r, ['fixit', 'money', 'consumer'])}@{d}",
              f"To contact the newsroom, call {ph} or email news@{d}."]
    return o[0], pick(r, shapes)


def k_print_edition_note(r):
    o = outlet(r)
    d = fmt_date(r, o[2], False)
    p = r.randrange(1, 40)
    shapes = [f"A version of this article appears in print on {d}, Section A, Page {p} of the New York edition.",
              f"A version of this article appeared in the print edition on {d}.",
              f"This article appeared in the print edition of {o[0]} on {d}.",
              f"This article appeared in the {pick(r, SECTIONS)} section of the print edition.",
              f"This article appeared in the {pick(r, ['Leaders', 'Briefing', 'Finance & economics', 'Asia', 'Britain', 'International'])} section of the print edition under the headline shown.",
              f"Appeared in the {d}, print edition.", f"First published in {o[0]}, {d}.",
              f"Published in the print edition on page {p}.", f"Page {p}, {o[0]}, {d}",
              f"Print edition: {d}, p{p}", f"From the print edition: {d}", f"In print: {d}",
              f"This story was published in the {pick(r, ['Weekend', 'Sunday', 'Saturday', 'Monday'])} edition of {o[0]}.",
              f"Read the {o[0]} e-paper for {d}", f"Today's paper · {d}", f"Print this page",
              f"Order a copy of today's paper", f"Back issues: {d}"]
    return o[0], pick(r, shapes)


def k_breaking_banner(r):
    fixed = ["BREAKING NEWS", "Breaking News", "Breaking", "BREAKING", "JUST IN", "Just in", "DEVELOPING STORY",
             "Developing", "LIVE", "UPDATE", "URGENT", "FLASH", "NEWS ALERT", "News alert", "ALERT",
             "This is a breaking news story and will be updated.", "This story is developing.",
             "More to come.", "MORE TO FOLLOW", "Please refresh for updates.", "This is a developing story.",
             "BREAKING NEWS ALERT", "⚡ Breaking", "🚨 BREAKING", "🔴 BREAKING", "Breaking news:",
             "Latest news", "Happening now", "HAPPENING NOW", "Top story", "Dismiss", "Close alert"]
    if r.random() < 0.5:
        return GENERIC, pick(r, fixed)
    o = outlet(r)
    h = headline(r)
    shapes = [f"BREAKING: {h}", f"Breaking News: {h}", f"JUST IN: {h}", f"LIVE: {h}", f"Breaking {h}",
              f"🚨 {h}", f"NEWS ALERT: {h}", f"Developing: {h}", f"{h} — breaking", f"Breaking · {rel_time(r)} · {h}"]
    return o[0], pick(r, shapes)


def k_embed_placeholder(r):
    fixed = ["Loading...", "Loading", "Loading content...", "Please wait...", "Loading comments...",
             "Something went wrong, please try again later.", "Something went wrong. Please refresh the page.",
             "Sorry, this content is unavailable.", "This content is unavailable.", "Content unavailable",
             "This content is currently unavailable.", "Oops! Something went wrong.",
             "Error loading content", "We're sorry, this page could not be loaded.", "Try again",
             "Interactive content is not supported in this view.",
             "This interactive graphic requires JavaScript.", "View the interactive version",
             "Open the interactive", "The interactive is best viewed on desktop.",
             "Rotate your device for the best experience.", "Click here to view this content",
             "Embedded content unavailable", "Iframe content", "Poll loading...", "Vote", "Results",
             "Poll closed", "Thank you for voting!", "You have already voted.", "Take our poll",
             "Quiz loading", "Start quiz", "Retake quiz", "Map loading...", "Chart loading...",
             "Form loading...", "Please complete the CAPTCHA", "I'm not a robot",
             "Please verify you are a human", "Access denied", "403 Forbidden", "Checking your browser before accessing the site.",
             "Enable JavaScript and cookies to continue", "Verifying you are human. This may take a few seconds.",
             "Page not found", "404 - Page not found", "The page you requested could not be found.",
             "This page has moved.", "Redirecting...", "This story is no longer available.",
             "This article has been removed.", "Content removed for legal reasons.",
             "This content is not available in your country.",
             "Unfortunately, our website is currently unavailable in most European countries.",
             "Sorry, we're unable to show this article in your region."]
    return GENERIC, pick(r, fixed)


LANGS = [("Hindi", "IN", "Navbharat Times"), ("Marathi", "IN", "Loksatta"), ("Tamil", "IN", "Dinamani"),
         ("Bengali", "IN", "Anandabazar Patrika"), ("Afrikaans", "ZA", "Netwerk24"), ("Zulu", "ZA", "Isolezwe"),
         ("Arabic", "GULF", "Al Khaleej"), ("Arabic", "GULF", "Asharq Al-Awsat"), ("French", "CA", "Le Devoir"),
         ("French", "CA", "La Presse"), ("Irish", "IE", "Tuairisc.ie"), ("Irish", "IE", "RTÉ Nuacht"),
         ("te reo Māori", "NZ", "Te Ao Māori News"), ("Malay", "SG", "Berita Harian"),
         ("Mandarin", "SG", "Lianhe Zaobao"), ("Tamil", "SG", "Tamil Murasu"), ("Welsh", "UK", "Golwg360"),
         ("Spanish", "US", "El Nuevo Herald"), ("Spanish", "US", "La Opinión"), ("Urdu", "INTL", "Jang"),
         ("French", "INTL", "Le Monde"), ("German", "INTL", "Der Spiegel"), ("Japanese", "INTL", "Asahi Shimbun")]


def lang_for(r, reg):
    opts = [x for x in LANGS if x[1] == reg] or [x for x in LANGS if x[1] == "INTL"]
    return pick(r, opts)


def k_translation_note(r):
    o = outlet(r)
    lang, _, src_outlet = lang_for(r, o[2])
    shapes = [f"This article was first published in {lang} by {src_outlet}.",
              f"This article was translated from {lang}.", f"Translated from the {lang} by {person(r)}.",
              f"Read this article in {lang}", f"Also available in: {lang} | English",
              f"This story is also available in {lang}.", f"Read in {lang} →",
              f"This story was originally written in {lang} and translated by our staff.",
              f"Translation: {person(r)}", f"English translation by {person(r)}",
              f"Switch to {lang}", f"{lang} version", f"Original language: {lang}",
              f"Available in: English · {lang} · {pick(r, ['French', 'Arabic', 'Hindi', 'Malay'])}",
              f"This article is part of our {lang}-language service."]
    return o[0], pick(r, shapes)


def k_puzzle_promo(r):
    o = outlet(r)
    shapes = ["Play today's crossword", "Crossword", "Cryptic crossword", "Quick crossword", "Sudoku",
              "Daily quiz: Test your knowledge", "Take the news quiz", "Games", "Puzzles", "Word search",
              "Play Wordle", "Today's Wordle hint", "Connections", "Spelling Bee", "Mini crossword",
              "Jumble", "Chess puzzle", "Brain teaser", "Trivia", "Solve today's puzzle",
              f"{o[0]} Puzzles: play free", f"New: {o[0]} Games", f"Play the {o[0]} crossword",
              f"Weekly news quiz: how much do you know? {r.randrange(10, 20)} questions",
              f"Crossword No {r.randrange(10000, 30000)}", f"Sudoku #{r.randrange(100, 5000)} ({pick(r, ['Easy', 'Medium', 'Hard', 'Fiendish'])})",
              "Puzzles & games for subscribers", "Yesterday's answers", "See the solution", "Reveal answer"]
    s = pick(r, shapes)
    return (o[0] if o[0] in s else GENERIC), s


def k_event_promo(r):
    o = outlet(r)
    d = prose_date(r)
    pl = place(r, o[2])
    shapes = [f"Join us at the {o[0]} {pick(r, ['Summit', 'Festival of Ideas', 'Business Forum', 'Live'])} on {d}. Register now",
              f"Tickets on sale now: {o[0]} Live in {pl}", f"Book your place: {pick(r, ['Future of Energy', 'AI in Business', 'Housing Forum', 'Women in Leadership', 'Climate Conversations'])} — {d}, {pl}",
              f"EVENT: {pick(r, ['Subscriber Q&A', 'Book club', 'Live podcast recording'])} with {person(r)}, {d}",
              f"Subscribers get 20% off tickets. Use code {rand_code(r, 6).upper()}",
              f"Register for our free webinar on {pick(r, BEATS)}", f"Watch the event on demand",
              f"Save the date: {d}", f"Early-bird tickets end {d}", "Sold out", "Join the waitlist",
              f"Sponsored by {pick(r, BRANDS)} | {o[0]} Events", "Events", "Upcoming events", "Past events"]
    s = pick(r, shapes)
    return (o[0] if o[0] in s else GENERIC), s


def k_feedback_prompt(r):
    fixed = ["Was this article helpful?", "Was this article helpful? Yes No", "Did you find this useful?",
             "Rate this article", "How would you rate this article?", "👍 👎", "Tell us what you think",
             "Give feedback", "Send feedback", "Feedback", "Report an error", "Report a typo",
             "Spotted a mistake? Let us know", "Something wrong? Let us know", "Suggest a correction",
             "Thanks for your feedback!", "Thank you for your feedback.", "How can we improve?",
             "What could we do better?", "Take our reader survey", "Help us improve: take our 2-minute survey",
             "We'd love your feedback", "Beta: Tell us what you think of our new design",
             "Try the new site", "Back to the old site", "Reader survey", "Share your feedback",
             "How did we do?", "Helpful? Yes | No", "Not helpful", "Very helpful"]
    return GENERIC, pick(r, fixed)


def k_standards_note(r):
    fixed = ["Why you can trust us", "Our standards", "Our Standards", "Editorial standards",
             "How we report", "Our ethics policy", "Ethics and standards", "The Trust Project",
             "This site follows the Trust Project's standards.", "Learn more about our editorial process",
             "Regulated by IPSO", "This publication is regulated by IPSO, the Independent Press Standards Organisation.",
             "This publication is a member of the Press Council of Ireland.",
             "This publication is a member of the Australian Press Council.",
             "Complaints may be directed to the New Zealand Media Council.",
             "We subscribe to the Press Code of South Africa.", "We are a member of the National NewsMedia Council.",
             "Independent. Fact-checked. Trusted.", "Fact-checked", "Fact checked by our editors",
             "Reviewed by a medical professional", "Medically reviewed", "Verified", "Sources verified",
             "Transparency", "Funding and ownership", "Who funds us", "Our funders",
             "We are a member of the IFCN and abide by its code of principles.",
             "Signatory of the International Fact-Checking Network", "Impress regulated",
             "Journalism Trust Initiative certified", "Corrections policy", "Anonymous sources policy",
             "Award-winning journalism since 1887", "Independent journalism since 1821"]
    return GENERIC, pick(r, fixed)


HELPLINES = {
    "US": ["If you or someone you know is struggling, call or text 988 to reach the Suicide & Crisis Lifeline.",
           "The National Domestic Violence Hotline is available 24/7 at 1-800-799-7233.",
           "If you are in crisis, call or text 988, or chat at 988lifeline.org."],
    "UK": ["If you've been affected by any of the issues raised, the Samaritans can be contacted free on 116 123.",
           "Help and support is available. Visit the BBC Action Line.",
           "In the UK, the Samaritans can be contacted on 116 123 or email jo@samaritans.org."],
    "IE": ["If you have been affected by any of the issues in this article, Samaritans can be contacted 24 hours a day on 116 123, or email jo@samaritans.ie.",
           "Pieta House: 1800 247 247 or text HELP to 51444.", "Women's Aid 24hr National Freephone Helpline: 1800 341 900."],
    "CA": ["If you or someone you know is struggling, call or text 988, Canada's Suicide Crisis Helpline.",
           "Kids Help Phone: 1-800-668-6868 or text CONNECT to 686868.",
           "Where to get help: Crisis Services Canada, Hope for Wellness Helpline 1-855-242-3310."],
    "AU": ["If you or anyone you know needs help: Lifeline on 13 11 14; Beyond Blue on 1300 22 4636; Kids Helpline on 1800 55 1800.",
           "If you or someone you know is impacted by sexual assault, domestic or family violence, call 1800RESPECT on 1800 737 732.",
           "13YARN: 13 92 76 (Aboriginal and Torres Strait Islander crisis support)."],
    "NZ": ["Where to get help: Need to talk? Free call or text 1737 any time. Lifeline: 0800 543 354. Youthline: 0800 376 633.",
           "If it is an emergency and you feel like you or someone else is at risk, call 111.",
           "Women's Refuge: 0800 733 843 (0800 REFUGE)."],
    "IN": ["If you or someone you know is in distress, call Tele-MANAS at 14416 or 1-800-891-4416.",
           "Helplines: AASRA +91-9820466726, iCall +91-9152987821 (Mon-Sat, 10am-8pm).",
           "Women's helpline: 181. Childline: 1098."],
    "ZA": ["If you need help, contact SADAG on 0800 567 567 or SMS 31393.",
           "GBV Command Centre: 0800 428 428. Childline: 116.", "Lifeline South Africa: 0861 322 322."],
    "SG": ["Where to get help: National mental health helpline 1771; SOS 24-hour hotline 1767; CHAT (for youth) 6493-6500.",
           "Samaritans of Singapore: 1767 (24 hours) or WhatsApp 9151-1767."],
    "GULF": ["If you or someone you know is struggling, contact the National Programme for Happiness and Wellbeing support line 800 HOPE (4673).",
             "For support in Qatar, call the national mental health helpline on 16000."],
    "INTL": ["If you are struggling, find a helpline in your country at findahelpline.com.",
             "International: befrienders.org lists emotional support services worldwide."],
}


def k_helpline_box(r):
    reg = pick(r, REGIONS)
    o = outlet(r, regions=[reg])
    s = pick(r, HELPLINES[reg])
    if r.random() < 0.35:
        s = pick(r, ["Where to get help: ", "Support: ", "Need help? ", "HELP IS AVAILABLE: ", "If you need support: "]) + s
    return o[0], s


def k_topic_follow(r):
    o = outlet(r)
    t = pick(r, TOPICS)
    p = person(r)
    shapes = [f"Follow {t}", f"+ Follow {t}", f"Get alerts on {t}", f"Add {t} to myFT", f"Follow {p}",
              f"Follow the topics in this article: {t}", f"Get email alerts for {t}", f"Following {t} ✓",
              f"Unfollow {t}", f"Follow this author", f"Follow the authors of this article: {p}",
              f"Get updates on {t} in your feed", f"Add {t} to My News", f"Track {t}",
              f"Receive free {t} updates", f"Sign up for {t} alerts", f"Follow {p} to get notified of new stories",
              f"{t} — Follow", f"Follow topics and authors from this story to see more like this in your personalised homepage feed and to receive email updates."]
    s = pick(r, shapes)
    return o[0], s


def k_series_label(r):
    o = outlet(r)
    ser = pick(r, SERIES + ["The Cost of Living", "Unequal Cities", "Life After Work", "Power Shift",
                             "On the Frontline", "The Housing Trap", "Voices of the Region"])
    n = r.randrange(2, 9)
    shapes = [f"This article is part of a series on {pick(r, BEATS)}.", f"Part {r.randrange(1, n)} of {n}",
              f"Part {r.randrange(1, n)} of a {n}-part series", f"From the series: {ser}", f"Explore the series",
              f"This story is part of {ser}.", f"{ser}: Part {r.randrange(1, n)}", f"Series: {ser}",
              f"Read the full series: {ser}", f"Read part one", f"Next in this series →", f"← Previous in the series",
              f"This is the {pick(r, ['first', 'second', 'third', 'final'])} instalment of {ser}.",
              f"{ser} · Chapter {r.randrange(1, n)}", f"More from {ser}", f"{o[0]} special series: {ser}"]
    return o[0], pick(r, shapes)


def k_table_of_contents(r):
    o = outlet(r)
    items = r.sample(["Background", "What happened", "Key dates", "Who is affected", "What's next",
                      "Reaction", "How we got here", "The numbers", "Explained", "FAQ", "Methodology",
                      "Verdict", "Specs", "Price and availability", "Pros and cons", "Our pick",
                      "How we tested", "Alternatives", "Conclusion", "Glossary"], r.randrange(3, 7))
    lab = pick(r, ["In this article:", "Contents", "Table of contents", "Jump to:", "On this page",
                   "Skip to section", "In this guide", "Jump to section", "Quick links", "Article sections"])
    sep = pick(r, [" ", " · ", " | ", " • ", " → ", ", "])
    if r.random() < 0.3:
        s = lab + " " + " ".join(f"{i+1}. {x}" for i, x in enumerate(items))
    else:
        s = lab + " " + sep.join(items)
    return o[0], s


def k_site_services(r):
    o = outlet(r)
    items = ["Jobs", "Place an ad", "Death notices", "Public notices", "Classifieds", "Find a job",
             "Obituaries", "Celebrations", "Legal notices", "Tenders", "Real estate listings", "Cars for sale",
             "Dating", "Shop", "Store", "Photo sales", "Buy photos", "Reprints", "Competitions", "Win",
             "Lotto results", "Horoscopes", "TV guide", "Cinema times", "Traffic cameras", "Fuel prices",
             "School closures", "Prayer times", "Currency converter", "Gold rate today", "Petrol price today",
             "Exchange rates", "Flight tracker", "Tide times", "Load-shedding schedule", "Matric results",
             "Exam results", "Election results", "Community calendar", "Marketplace", "Deals"]
    k = r.randrange(1, 7)
    sel = r.sample(items, k)
    sep = pick(r, [" | ", " · ", " ", " • "])
    s = sep.join(sel)
    if r.random() < 0.3:
        s = f"{o[0]} {pick(r, ['Services', 'Marketplace', 'Notices', 'Classifieds'])}: {s}"
        return o[0], s
    return GENERIC, s


def k_feed_leftover(r):
    o = outlet(r)
    o2 = outlet(r)
    h = headline(r)
    d = o2[1].split("/")[0]
    shapes = [f"The post {h} appeared first on {o2[0]}.", f"The post {h} appeared first on {d}.",
              f"Continue reading...", f"Continue reading →", f"Read the full story at {o2[0]}",
              f"Read the full article on {d}", f"[…]", f"[...]", f"Read more »", f"Read More…",
              f"This entry was posted in {pick(r, SECTIONS)}. Bookmark the permalink.",
              f"This entry was posted in {pick(r, SECTIONS)} and tagged {pick(r, TOPICS)}, {pick(r, TOPICS)}. Bookmark the permalink.",
              f"Posted in {pick(r, SECTIONS)} | Leave a comment", f"Permalink", f"Posted in Uncategorized",
              f"Source: {o2[0]}", f"Source link", f"Feed: {o2[0]} – {pick(r, SECTIONS)}",
              f"Read original article", f"Originally posted on {d}", f"Via RSS from {o2[0]}",
              f"Story continues at {d}", f"Click here to read the full article.", f"Full story: {d}",
              f"← Previous post", f"Next post →", f"Previous article Next article",
              f"{h} — {o2[0]}", f"Related posts: {h}; {headline(r)}",
              f"Share this: Twitter Facebook Like this: Like Loading...", f"Like this: Like Loading...",
              f"Related", f"Leave a Reply Cancel reply", f"Powered by WordPress", f"Theme by {person(r)}",
              f"Filed under {pick(r, SECTIONS)} · {rel_time(r)}", f"Subscribe via RSS", f"Atom feed"]
    s = pick(r, shapes)
    return (o2[0] if (o2[0] in s or d in s) else GENERIC), s


def k_broadcast_promo(r):
    o = outlet(r, types=["broadcaster"])
    shows = ["the 6 O'Clock News", "Nightly News", "Morning Report", "The National", "News at Ten",
             "Evening Bulletin", "The Late Edition", "Breakfast", "Newsnight", "The Project",
             "Prime Time", "World Tonight", "Morning Express", "Checkpoint", "Q&A", "Insight",
             "Your Morning", "Business Live", "The Stream", "Inside Story"]
    sh = pick(r, shows)
    c = clock(r, o[2])
    shapes = [f"Watch {sh} weeknights at {c} on {o[0]}", f"Catch {sh} on {o[0]} at {c}",
              f"Listen live to {o[0]}", f"{o[0]} Live", f"Watch {o[0]} live", f"On air now: {sh}",
              f"Up next on {o[0]}: {sh}", f"Catch up on {sh} on demand", f"Watch {sh} on {pick(r, ['iPlayer', 'ITVX', '9Now', '7plus', 'ABC iview', 'SBS On Demand', 'TVNZ+', 'CBC Gem', 'Crave', 'RTÉ Player', 'JioCinema', 'mewatch', 'OSN+', 'Paramount+', 'Peacock'])}",
              f"Stream {o[0]} free", f"{sh} airs {pick(r, ['weekdays', 'Sundays', 'Monday to Friday', 'every night'])} at {c}",
              f"Tune in: {o[0]} {pick(r, ['FM 97.3', 'AM 774', 'on DAB', 'on channel 501', 'on Freeview 231', 'on Sky 503', 'on Foxtel 602'])}",
              f"Now playing on {o[0]}: {sh}", f"{o[0]} Radio: Listen live", f"Watch the full episode of {sh}",
              f"This story appeared on {sh}.", f"As seen on {sh}", f"As heard on {o[0]}",
              f"Find your local {o[0]} station", f"Schedule", f"TV guide: {sh}, {c}"]
    return o[0], pick(r, shapes)


def k_flattened_widgets(r):
    """Several widgets flattened into one run-on paragraph."""
    o = outlet(r)
    reg = o[2]
    parts_pool = [
        lambda: pick(r, SHARE_FIXED), lambda: pick(r, AD_FIXED[:20]), lambda: f"{r.randrange(1, 15)} min read",
        lambda: f"Updated {rel_time(r)}", lambda: f"Published {fmt_date(r, reg)}", lambda: f"By {person(r)}",
        lambda: pick(r, KICKERS), lambda: pick(r, ["Listen to this article", "Listen", "🎧 Listen"]) + f" {r.randrange(1, 12)} min",
        lambda: pick(r, ["Save", "Gift article", "Share", "Comments", "Print"]),
        lambda: "Read more: " + headline(r), lambda: pick(r, SIGNIN_FIXED[:12]),
        lambda: pick(r, NAV_FIXED[:15]), lambda: f"{pick(r, TOPICS)}", lambda: pick(r, ["Follow", "+ Follow"]),
        lambda: f"Comments ({r.randrange(0, 900)})", lambda: pick(r, APP_FIXED[:15]),
        lambda: f"{vtitle(r, reg)} {duration(r)}", lambda: pick(r, ["Advertisement", "ADVERTISEMENT"]),
        lambda: f"Photo: {pick(r, AGENCY_PHOTO)}", lambda: f"{pick(r, SECTIONS)}",
        lambda: pick(r, ["Sign up", "Subscribe", "Newsletters"]),
    ]
    k = r.randrange(3, 8)
    parts = [f() for f in r.sample(parts_pool, k)]
    sep = pick(r, [" ", " ", " | ", " · ", "  "])
    return o[0], sep.join(parts)


# ---------------------------------------------------------------------------
# Registry: kind -> (generator, target count, description)
# ---------------------------------------------------------------------------
KINDS = [
    ("video_player", k_video_player, 125, "Video player chrome: Watch/Now playing, durations, autoplay and ad notices, errors such as 'Video unavailable', player controls, video credits, view counts."),
    ("video_title", k_video_title, 70, "A video's own title line as it appears under/over a player or in a video rail, sometimes with outlet, duration or kicker."),
    ("photo_caption", k_photo_caption, 190, "Inline photo captions describing a picture, with many credit styles (Photograph:, Picture:, Credit:, (AP Photo/..), via Getty Images, File photo, BBC 'Image source, ... Image caption,', NPR 'hide caption toggle caption', regional agency styles)."),
    ("photo_credit", k_photo_credit, 55, "Stand-alone image credits with no caption text."),
    ("gallery_label", k_gallery_label, 40, "Photo gallery chrome: '3 of 24', 'View gallery', 'In pictures:' labels, slideshow controls."),
    ("live_key_events", k_live_key_events, 50, "Live-blog key-events lists flattened with timestamps, incl. 'Show key events only'."),
    ("live_timestamp", k_live_timestamp, 60, "Live-blog entry timestamps: '2h ago', '14:32 GMT', 'Pinned post', sort/filter/refresh labels."),
    ("live_entry_byline", k_live_entry_byline, 45, "Live-blog entry bylines and hand-over lines ('From X in Y', 'Posted by X at 14:05')."),
    ("live_status", k_live_status, 60, "Live-page status notices: no longer updated, closed, refresh, catch up, post counts."),
    ("live_key_points", k_live_key_points, 30, "'Key points' / summary box labels with their list shapes."),
    ("app_promo", k_app_promo, 60, "App download and open-in-app promos."),
    ("push_alert_pitch", k_push_alert_pitch, 45, "Push-notification and alert pitches, browser permission prompts, follow-story alerts."),
    ("kicker_label", k_kicker_label, 95, "Kicker/section/format labels over headlines (Politics, OPINION, EXCLUSIVE, Analysis...)."),
    ("read_more_link", k_read_more_link, 90, "Inline 'Read more:' / 'READ ALSO:' / 'Related:' links carrying another story's headline."),
    ("related_stories_list", k_related_stories_list, 55, "'More on this story' / 'Related stories' / 'Top stories' blocks with other headlines."),
    ("recommended_list", k_recommended_list, 35, "'Recommended' / 'You may also like' modules."),
    ("most_read_list", k_most_read_list, 45, "Numbered most-read / most-popular / trending-now lists."),
    ("trending_topics", k_trending_topics, 30, "Trending topic/tag rails."),
    ("social_embed_x", k_social_embed_x, 60, "X/Twitter embed leftovers: '— Name (@handle) date', pic.twitter.com links, t.co, skip/allow notices, counts."),
    ("social_embed_instagram", k_social_embed_instagram, 40, "Instagram embed leftovers: 'View this post on Instagram', 'A post shared by ...', likes."),
    ("social_embed_other", k_social_embed_other, 50, "TikTok, YouTube, Facebook, Telegram, Bluesky, Threads, LinkedIn, Reddit, maps/charts embed leftovers and third-party consent blocks."),
    ("social_follow_prompt", k_social_follow_prompt, 55, "Follow/like prompts and follower counts for outlets and authors, WhatsApp/Google News channels."),
    ("author_bio", k_author_bio, 80, "Author bio lines ('X is a senior reporter covering ...'), contact, academic and op-ed bios."),
    ("contributor_role", k_contributor_role, 50, "Role labels and contributor disclaimers (Staff writer, Contributor, 'Views are personal')."),
    ("byline", k_byline, 40, "Bylines in many shapes (By X and Y, Words by, By X | date)."),
    ("reporting_credit", k_reporting_credit, 60, "'Reporting by ...; Editing by ...', 'contributed to this report', 'With files from', '(With inputs from PTI)', wire sign-offs, production credits."),
    ("cookie_consent", k_cookie_consent, 60, "Cookie/consent banners, IAB/TCF purposes and buttons."),
    ("privacy_notice", k_privacy_notice, 35, "Privacy/terms links and sign-up data notices, regional privacy-law notes."),
    ("syndication_credit", k_syndication_credit, 60, "'This article originally appeared on ...', 'Distributed by ...', Creative Commons republish notes, syndicated-feed disclaimers, licensing links."),
    ("copyright_notice", k_copyright_notice, 40, "Copyright lines for outlets and agencies, platform credits, ownership lines."),
    ("dateline", k_dateline, 45, "Datelines as standalone lines (LONDON (Reuters) -, (CNN) —, wire/press-release datelines)."),
    ("published_stamp", k_published_stamp, 60, "Published/posted stamps in many date-time formats and time zones."),
    ("updated_stamp", k_updated_stamp, 50, "Updated/modified stamps, published+updated pairs."),
    ("reading_time", k_reading_time, 35, "Reading-time labels."),
    ("newsletter_signup", k_newsletter_signup, 70, "Newsletter sign-up boxes and promos, form states."),
    ("email_newsletter_chrome", k_email_newsletter_chrome, 30, "Chrome of an e-mailed newsletter scraped as a page (view in browser, unsubscribe, issue numbers)."),
    ("paywall_notice", k_paywall_notice, 60, "Paywall/metering/registration-wall and ad-blocker notices."),
    ("subscription_offer", k_subscription_offer, 45, "Subscription offers with prices in local currencies, plan pickers, tax notes."),
    ("ad_marker", k_ad_marker, 60, "Advertisement markers and ad-slot chrome."),
    ("sponsored_content", k_sponsored_content, 40, "Sponsored/partner content labels, native-ad chumbox items."),
    ("comment_section", k_comment_section, 55, "Comment-section chrome: counts, sort, reply/report, closed notices, form fields."),
    ("comment_policy", k_comment_policy, 25, "Comment moderation/house-rules notes."),
    ("share_row", k_share_row, 55, "Share/save/print/gift rows and share counts."),
    ("correction_note", k_correction_note, 40, "Corrections and clarifications (about the page, not story content) and corrections contacts."),
    ("editors_note", k_editors_note, 40, "Editor's notes: updated, developing, content warnings, archive age, travel disclosures, edited-for-clarity."),
    ("ai_disclosure", k_ai_disclosure, 40, "AI/automation disclosure and AI-summary chrome."),
    ("affiliate_disclaimer", k_affiliate_disclaimer, 40, "Affiliate/commerce disclaimers and buy buttons."),
    ("podcast_player", k_podcast_player, 55, "Podcast/audio players, episode labels, platforms, transcripts, credits."),
    ("listen_to_article", k_listen_to_article, 40, "'Listen to this article' text-to-speech players and durations."),
    ("weather_widget", k_weather_widget, 35, "Weather widgets (temperatures, conditions, AQI, UV, tides)."),
    ("markets_widget", k_markets_widget, 40, "Market tickers with indices, currencies and commodities by region."),
    ("sports_score_widget", k_sports_score_widget, 30, "Score bugs and match-centre chrome."),
    ("breadcrumb", k_breadcrumb, 45, "Breadcrumb trails."),
    ("nav_menu", k_nav_menu, 40, "Navigation menus and header controls."),
    ("accessibility_links", k_accessibility_links, 30, "Skip links, text size, browser/JS warnings, language switchers."),
    ("tag_list", k_tag_list, 45, "Tag/topic lists at the foot of articles."),
    ("sign_in_prompt", k_sign_in_prompt, 40, "Sign-in/register prompts and login form labels."),
    ("donation_ask", k_donation_ask, 40, "Donation/membership asks for reader-funded outlets."),
    ("pull_quote_label", k_pull_quote_label, 22, "Pull-quote and quote-box labels (without any quote)."),
    ("fact_box_label", k_fact_box_label, 35, "Fact-box, explainer-box, review-verdict and graphic labels."),
    ("footer_links", k_footer_links, 35, "Footer links, addresses, registration numbers, phone lines."),
    ("contact_tips", k_contact_tips, 35, "'Got a story?' tip lines, letters addresses, WhatsApp/Signal contacts."),
    ("print_edition_note", k_print_edition_note, 25, "Print-edition notes and e-paper links."),
    ("breaking_banner", k_breaking_banner, 35, "Breaking/developing banners, optionally with another story's headline."),
    ("embed_placeholder", k_embed_placeholder, 40, "Loading/error/poll/CAPTCHA/bot-check placeholders and removed-content notices."),
    ("translation_note", k_translation_note, 20, "Translation and language-version notes."),
    ("puzzle_promo", k_puzzle_promo, 20, "Puzzle and quiz promos."),
    ("event_promo", k_event_promo, 18, "Outlet events promos."),
    ("feedback_prompt", k_feedback_prompt, 22, "Reader feedback and error-report prompts."),
    ("standards_note", k_standards_note, 25, "Trust/standards/regulator notes."),
    ("helpline_box", k_helpline_box, 22, "Support/helpline boxes appended to sensitive stories, by country."),
    ("topic_follow", k_topic_follow, 22, "Follow-topic/follow-author controls."),
    ("series_label", k_series_label, 18, "Series/part labels and navigation."),
    ("table_of_contents", k_table_of_contents, 18, "In-article tables of contents."),
    ("site_services", k_site_services, 20, "Classifieds/notices/services links."),
    ("feed_leftover", k_feed_leftover, 35, "RSS/WordPress/aggregator leftovers ('The post ... appeared first on ...', permalink lines)."),
    ("broadcast_promo", k_broadcast_promo, 30, "Broadcaster tune-in/stream/catch-up promos."),
    ("flattened_widgets", k_flattened_widgets, 45, "Run-on lines where several widgets were flattened into one paragraph."),
]

KIND_DOC = {k: d for k, _, _, d in KINDS}

BY_NAME = {o[0]: o for o in OUTLETS}
S_ENDING = [o[0] for o in OUTLETS if o[0].endswith("s")]

# Wording that only makes sense for outlets in certain regions (keyword regex -> regions).
REGION_CUES = [
    (r"\bPTI\b|\bIANS\b|\bANI\b|₹|\bRs \d|Lok Sabha|Sensex|Nifty|Tele-MANAS|Digital Personal Data|HT Media|Bennett, Coleman|Living Media|THG PUBLISHING|syndicated feed|Express Photo|HT Photo|India Today\)|AASRA|iCall", ["IN"]),
    (r"Canadian Press|With files from|/CNW/|Postmedia|Local Journalism Initiative|NewsMedia Council|CBC's|\(CBC\)|Kids Help Phone|Crisis Helpline|Canada's|Le Devoir|La Presse", ["CA"]),
    (r"\bAAP\b|NCA NewsWire|Public Interest Journalism|Australian Press Council|Nine Entertainment|\bABN \d|Lifeline on 13|1800RESPECT|13YARN|ABC News:|Torres Strait", ["AU"]),
    (r"\bNZME\b|\bRNZ\b|Media Council|Privacy Act 2020|Photo / |1737|Youthline|Women's Refuge|Te Ao Māori News|Photo: Stuff|PHOTO: STUFF|Photosport|The Spinoff\b", ["NZ"]),
    (r"\bWAM\b|\bSPA\b|\bQNA\b|\bAED\b|\bSAR \d|\bQR \d|Khaleej|KT Photo|KT file|Arab News|AN photo|Al Khaleej|Asharq|800 HOPE|\b16000\b", ["GULF"]),
    (r"SPH Media|Mediacorp|S\$|\bPDPA\b|ST PHOTO|LIANHE|BT FILE|ST FILE|\b1771\b|Samaritans of Singapore|CNA/|Berita Harian|Zaobao|Tamil Murasu", ["SG"]),
    (r"POPIA|Gallo|\bSapa\b|\(ANA\)|— ANA|Independent Media|Press Code of South Africa|\bR\d+ |R\d+ a |R\d+/|Stats SA|Netwerk24|Isolezwe|SADAG|GBV Command|Lifeline South Africa|Sunday Times|GroundUp/", ["ZA"]),
    (r"USA TODAY|Report for America|\b988\b|Suicide & Crisis|California|AP Photo|Domestic Violence Hotline|Star Tribune\)|Tampa Bay Times$|Los Angeles Times\)|Staff Photographer", ["US"]),
    (r"Local Democracy Reporter|\bIPSO\b|Impress regulated|PA Media|PA Wire|Reach plc|Reach\b|£|99p|BBC Action Line|116 123 or email jo@samaritans.org|\(Image: |\(Picture: ", ["UK"]),
    (r"Press Council of Ireland|RollingNews|Mediahuis Ireland|€|Sportsfile|Larry Cummins|Collins$|Pieta|Women's Aid|samaritans\.ie|Photo: Collins", ["IE", "INTL"]),
    (r"Thomson Reuters|REUTERS/|\(REUTERS/", ["REUTERS"]),
]
REGION_CUES = [(re.compile(p), regs) for p, regs in REGION_CUES]


# Wording that belongs to one house style (cue -> candidate outlets).
OUTLET_CUES = [
    ("myFT", ["Financial Times"]), ("New York edition", ["The New York Times"]),
    ("Thomson Reuters", ["Reuters"]), ("Purchase Licensing Rights", ["Reuters"]),
    ("hide caption toggle caption", ["NPR"]), ("Image caption,", ["BBC News"]),
    ("Image source,", ["BBC News"]), ("IMAGE SOURCE,", ["BBC News"]),
    ("/The Guardian", ["The Guardian", "Guardian Australia"]), ("Fred Chartrand/The Globe", ["The Globe and Mail"]),
    ("/The Washington Post)", ["The Washington Post"]), ("/The Irish Times", ["The Irish Times"]),
    ("For Dailymail.Com", ["Daily Mail"]), ("Forbes Contributors", ["Forbes"]),
    ("Insider may earn", ["Business Insider"]), ("The Independent's journalism", ["The Independent"]),
    ("Show key events only", ["The Guardian", "Guardian Australia"]),
]


def refit(r, outlet_name, text):
    """If the wording carries a regional cue that clashes with the outlet, move it to a fitting outlet."""
    for cue, names in OUTLET_CUES:
        if cue in text:
            if outlet_name in names:
                return outlet_name, text
            new = pick(r, names)
            if outlet_name != GENERIC and outlet_name in text:
                text = text.replace(outlet_name, new)
            return new, text
    if outlet_name == GENERIC:
        return outlet_name, text
    o = BY_NAME.get(outlet_name)
    if o is None:
        return outlet_name, text
    for pat, regs in REGION_CUES:
        if pat.search(text):
            if regs == ["REUTERS"]:
                if outlet_name in ("Reuters",):
                    return outlet_name, text
                # Reuters copy runs on many sites; only rename if the outlet is named in the text
                return outlet_name, text
            if o[2] in regs:
                return outlet_name, text
            new = pick(r, [x for x in OUTLETS if x[2] in regs])
            if o[0] in text:
                text = text.replace(o[0], new[0])
            dom = o[1].split("/")[0]
            if dom in text:
                text = text.replace(dom, new[1].split("/")[0])
            return new[0], text
    return outlet_name, text

BAD_FRAGMENTS = ["{", "}"]
SCALE = 0.70  # the per-kind targets above are relative weights; this brings the total to about 2,500


def main():
    r = random.Random(SEED)
    seen = {}
    rows = []
    for kind, fn, target, _doc in KINDS:
        target = max(12, round(target * SCALE))
        got = 0
        tries = 0
        while got < target and tries < target * 60:
            tries += 1
            outlet_name, text = fn(r)
            text = " ".join(text.split())
            outlet_name, text = refit(r, outlet_name, text)
            text = re.sub(r"\b([Tt]he) The ", r"\1 ", text)
            for nm in S_ENDING:
                text = text.replace(nm + "'s ", nm + "' ")
            if not text or any(b in text for b in BAD_FRAGMENTS):
                continue
            if text in seen:
                continue
            seen[text] = kind
            rows.append({"kind": kind, "outlet": outlet_name, "text": text})
            got += 1
    r.shuffle(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT}")


if __name__ == "__main__":
    main()
