#!/usr/bin/env python3
"""Build a corpus of scraped news-page "furniture" lines (everything on an
article page that is not the story itself).

All wordings and templates below were written by hand from general knowledge
of how web pages read once copied or scraped to plain text.  The script uses
only the Python standard library and a fixed random seed, so repeated runs
produce byte-identical output.

Writes furniture.jsonl and README.md into the folder holding this script.
"""
import collections
import datetime
import json
import os
import random
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "furniture.jsonl")
README_PATH = os.path.join(HERE, "README.md")
SEED = 20240917
MAX_REPEAT = 2
SCALE = 0.8  # per-kind targets below are multiplied by this

# ---------------------------------------------------------------------------
# Sites: (name, domain, region, type)
# ---------------------------------------------------------------------------
SITES = [
    # United Kingdom & Ireland
    ("The Guardian", "theguardian.com", "UK", "news"),
    ("BBC News", "bbc.co.uk", "UK", "news"),
    ("Sky News", "news.sky.com", "UK", "news"),
    ("The Independent", "independent.co.uk", "UK", "news"),
    ("The Telegraph", "telegraph.co.uk", "UK", "news"),
    ("Daily Mirror", "mirror.co.uk", "UK", "news"),
    ("Manchester Evening News", "manchestereveningnews.co.uk", "UK", "local"),
    ("Liverpool Echo", "liverpoolecho.co.uk", "UK", "local"),
    ("WalesOnline", "walesonline.co.uk", "UK", "local"),
    ("The Scotsman", "scotsman.com", "UK", "news"),
    ("Yorkshire Post", "yorkshirepost.co.uk", "UK", "local"),
    ("Press Gazette", "pressgazette.co.uk", "UK", "trade"),
    ("Farmers Weekly", "fwi.co.uk", "UK", "trade"),
    ("Retail Gazette", "retailgazette.co.uk", "UK", "trade"),
    ("Construction News", "constructionnews.co.uk", "UK", "trade"),
    ("Which?", "which.co.uk", "UK", "consumer"),
    ("TechRadar", "techradar.com", "UK", "tech"),
    ("Sky Sports", "skysports.com", "UK", "sport"),
    ("BBC Sport", "bbc.co.uk", "UK", "sport"),
    ("Financial Times", "ft.com", "UK", "biz"),
    ("GOV.UK", "gov.uk", "UK", "gov"),
    ("NHS England", "england.nhs.uk", "UK", "gov"),
    ("Scottish Government", "gov.scot", "UK", "gov"),
    ("Met Office", "metoffice.gov.uk", "UK", "gov"),
    ("UCL News", "ucl.ac.uk", "UK", "uni"),
    ("The Conversation", "theconversation.com", "UK", "nonprofit"),
    ("Oxfam GB", "oxfam.org.uk", "UK", "ngo"),
    ("Amnesty International", "amnesty.org", "UK", "ngo"),
    ("Arseblog", "arseblog.com", "UK", "fan"),
    ("Football365", "football365.com", "UK", "fan"),
    ("Nintendo Life", "nintendolife.com", "UK", "fan"),
    ("Allotment Diaries", "allotmentdiaries.co.uk", "UK", "blog"),
    ("Birding the Borders", "birdingtheborders.wordpress.com", "UK", "blog"),
    ("Tesco PLC", "tescoplc.com", "UK", "corp"),
    ("Unilever", "unilever.com", "UK", "corp"),
    ("The Irish Times", "irishtimes.com", "IE", "news"),
    ("RTÉ News", "rte.ie", "IE", "news"),
    ("TheJournal.ie", "thejournal.ie", "IE", "news"),
    # United States
    ("Reuters", "reuters.com", "US", "agency"),
    ("Associated Press", "apnews.com", "US", "agency"),
    ("CNN", "cnn.com", "US", "news"),
    ("The New York Times", "nytimes.com", "US", "news"),
    ("The Washington Post", "washingtonpost.com", "US", "news"),
    ("Los Angeles Times", "latimes.com", "US", "news"),
    ("USA Today", "usatoday.com", "US", "news"),
    ("NPR", "npr.org", "US", "news"),
    ("Axios", "axios.com", "US", "news"),
    ("Politico", "politico.com", "US", "news"),
    ("Chicago Tribune", "chicagotribune.com", "US", "local"),
    ("The Boston Globe", "bostonglobe.com", "US", "local"),
    ("Tampa Bay Times", "tampabay.com", "US", "local"),
    ("The Seattle Times", "seattletimes.com", "US", "local"),
    ("Star Tribune", "startribune.com", "US", "local"),
    ("The Texas Tribune", "texastribune.org", "US", "nonprofit"),
    ("ProPublica", "propublica.org", "US", "nonprofit"),
    ("KFF Health News", "kffhealthnews.org", "US", "nonprofit"),
    ("CalMatters", "calmatters.org", "US", "nonprofit"),
    ("Chalkbeat", "chalkbeat.org", "US", "nonprofit"),
    ("The 19th", "19thnews.org", "US", "nonprofit"),
    ("Honolulu Civil Beat", "civilbeat.org", "US", "nonprofit"),
    ("Block Club Chicago", "blockclubchicago.org", "US", "nonprofit"),
    ("WRAL", "wral.com", "US", "localtv"),
    ("KTLA 5", "ktla.com", "US", "localtv"),
    ("WFAA", "wfaa.com", "US", "localtv"),
    ("KARE 11", "kare11.com", "US", "localtv"),
    ("WGN-TV", "wgntv.com", "US", "localtv"),
    ("KIRO 7", "kiro7.com", "US", "localtv"),
    ("WSB-TV", "wsbtv.com", "US", "localtv"),
    ("FOX 5 DC", "fox5dc.com", "US", "localtv"),
    ("KPRC 2 Click2Houston", "click2houston.com", "US", "localtv"),
    ("9News Denver", "9news.com", "US", "localtv"),
    ("Bloomberg", "bloomberg.com", "US", "biz"),
    ("CNBC", "cnbc.com", "US", "biz"),
    ("MarketWatch", "marketwatch.com", "US", "biz"),
    ("Yahoo Finance", "finance.yahoo.com", "US", "biz"),
    ("The Motley Fool", "fool.com", "US", "biz"),
    ("Business Insider", "businessinsider.com", "US", "biz"),
    ("The Verge", "theverge.com", "US", "tech"),
    ("Wired", "wired.com", "US", "tech"),
    ("TechCrunch", "techcrunch.com", "US", "tech"),
    ("Engadget", "engadget.com", "US", "tech"),
    ("Ars Technica", "arstechnica.com", "US", "tech"),
    ("CNET", "cnet.com", "US", "tech"),
    ("Tom's Guide", "tomsguide.com", "US", "tech"),
    ("Wirecutter", "nytimes.com/wirecutter", "US", "consumer"),
    ("Good Housekeeping", "goodhousekeeping.com", "US", "consumer"),
    ("ESPN", "espn.com", "US", "sport"),
    ("The Athletic", "nytimes.com/athletic", "US", "sport"),
    ("Variety", "variety.com", "US", "trade"),
    ("Deadline", "deadline.com", "US", "trade"),
    ("Modern Healthcare", "modernhealthcare.com", "US", "trade"),
    ("Supply Chain Dive", "supplychaindive.com", "US", "trade"),
    ("Automotive News", "autonews.com", "US", "trade"),
    ("Fierce Pharma", "fiercepharma.com", "US", "trade"),
    ("Nieman Lab", "niemanlab.org", "US", "trade"),
    ("Law360", "law360.com", "US", "trade"),
    ("Chemical & Engineering News", "cen.acs.org", "US", "trade"),
    ("PR Newswire", "prnewswire.com", "US", "wire"),
    ("Business Wire", "businesswire.com", "US", "wire"),
    ("GlobeNewswire", "globenewswire.com", "US", "wire"),
    ("ACCESSWIRE", "accesswire.com", "US", "wire"),
    ("EIN Presswire", "einpresswire.com", "US", "wire"),
    ("PRWeb", "prweb.com", "US", "wire"),
    ("MIT News", "news.mit.edu", "US", "uni"),
    ("Stanford Report", "news.stanford.edu", "US", "uni"),
    ("University of Michigan News", "news.umich.edu", "US", "uni"),
    ("ScienceDaily", "sciencedaily.com", "US", "science"),
    ("EurekAlert!", "eurekalert.org", "US", "science"),
    ("NASA", "nasa.gov", "US", "gov"),
    ("NOAA", "noaa.gov", "US", "gov"),
    ("U.S. Department of Energy", "energy.gov", "US", "gov"),
    ("Human Rights Watch", "hrw.org", "US", "ngo"),
    ("UNICEF", "unicef.org", "US", "ngo"),
    ("UN News", "news.un.org", "US", "ngo"),
    ("The Weather Channel", "weather.com", "US", "weather"),
    ("Pounding The Rock", "poundingtherock.com", "US", "fan"),
    ("TrekMovie", "trekmovie.com", "US", "fan"),
    ("Screen Rant", "screenrant.com", "US", "fan"),
    ("Towards Data Science", "towardsdatascience.com", "US", "medium"),
    ("The Startup", "medium.com/swlh", "US", "medium"),
    ("Better Programming", "betterprogramming.pub", "US", "medium"),
    ("UX Collective", "uxdesign.cc", "US", "medium"),
    ("Platformer", "platformer.news", "US", "substack"),
    ("Noahpinion", "noahpinion.blog", "US", "substack"),
    ("The Honest Broker", "tedgioia.com", "US", "substack"),
    ("Slow Boring", "slowboring.com", "US", "substack"),
    ("Kitchen Table Economics", "kitchentableeconomics.com", "US", "blog"),
    ("The Frugal Forager", "thefrugalforager.com", "US", "blog"),
    ("Toyota Newsroom", "pressroom.toyota.com", "US", "corp"),
    # Canada
    ("CBC News", "cbc.ca", "CA", "news"),
    ("The Globe and Mail", "theglobeandmail.com", "CA", "news"),
    ("Toronto Star", "thestar.com", "CA", "news"),
    ("Global News", "globalnews.ca", "CA", "localtv"),
    ("CTV News", "ctvnews.ca", "CA", "news"),
    ("The Canadian Press", "thecanadianpress.com", "CA", "agency"),
    ("University of Toronto News", "utoronto.ca", "CA", "uni"),
    ("Canada.ca", "canada.ca", "CA", "gov"),
    ("Newsfile", "newsfilecorp.com", "CA", "wire"),
    ("Rural Route Notes", "ruralroutenotes.ca", "CA", "blog"),
    # Australia & New Zealand
    ("ABC News", "abc.net.au", "AU", "news"),
    ("The Sydney Morning Herald", "smh.com.au", "AU", "news"),
    ("news.com.au", "news.com.au", "AU", "news"),
    ("The Age", "theage.com.au", "AU", "news"),
    ("Guardian Australia", "theguardian.com", "AU", "news"),
    ("Fox Sports Australia", "foxsports.com.au", "AU", "sport"),
    ("University of Melbourne Pursuit", "pursuit.unimelb.edu.au", "AU", "uni"),
    ("Australian Department of Health", "health.gov.au", "AU", "gov"),
    ("Telstra Exchange", "telstra.com.au", "AU", "corp"),
    ("NZ Herald", "nzherald.co.nz", "NZ", "news"),
    ("Stuff", "stuff.co.nz", "NZ", "news"),
    ("RNZ", "rnz.co.nz", "NZ", "news"),
    # South and East Asia
    ("The Times of India", "timesofindia.indiatimes.com", "IN", "news"),
    ("Hindustan Times", "hindustantimes.com", "IN", "news"),
    ("NDTV", "ndtv.com", "IN", "news"),
    ("The Hindu", "thehindu.com", "IN", "news"),
    ("ESPNcricinfo", "espncricinfo.com", "IN", "sport"),
    ("Moneycontrol", "moneycontrol.com", "IN", "biz"),
    ("Infosys Newsroom", "infosys.com", "IN", "corp"),
    ("Dawn", "dawn.com", "PK", "news"),
    ("The Daily Star", "thedailystar.net", "BD", "news"),
    ("The Straits Times", "straitstimes.com", "SG", "news"),
    ("CNA", "channelnewsasia.com", "SG", "news"),
    ("Media OutReach Newswire", "media-outreach.com", "SG", "wire"),
    ("South China Morning Post", "scmp.com", "HK", "news"),
    ("The Japan Times", "japantimes.co.jp", "JP", "news"),
    ("The Korea Herald", "koreaherald.com", "KR", "news"),
    ("Rappler", "rappler.com", "PH", "news"),
    ("Inquirer.net", "inquirer.net", "PH", "news"),
    # Middle East
    ("Al Jazeera", "aljazeera.com", "ME", "news"),
    ("The National", "thenationalnews.com", "ME", "news"),
    ("Arab News", "arabnews.com", "ME", "news"),
    ("Gulf News", "gulfnews.com", "ME", "news"),
    ("The Times of Israel", "timesofisrael.com", "IL", "news"),
    # Africa
    ("Daily Maverick", "dailymaverick.co.za", "ZA", "news"),
    ("News24", "news24.com", "ZA", "news"),
    ("Mail & Guardian", "mg.co.za", "ZA", "news"),
    ("University of Cape Town News", "news.uct.ac.za", "ZA", "uni"),
    ("Nation Africa", "nation.africa", "KE", "news"),
    ("The Standard", "standardmedia.co.ke", "KE", "news"),
    ("Safaricom Newsroom", "safaricom.co.ke", "KE", "corp"),
    ("Premium Times", "premiumtimesng.com", "NG", "news"),
    ("The Punch", "punchng.com", "NG", "news"),
    ("Graphic Online", "graphic.com.gh", "GH", "news"),
    # Europe
    ("Euronews", "euronews.com", "EU", "news"),
    ("DW", "dw.com", "EU", "news"),
    ("France 24", "france24.com", "EU", "news"),
    ("Politico Europe", "politico.eu", "EU", "news"),
    ("The Local Sweden", "thelocal.se", "EU", "news"),
    ("Kyiv Independent", "kyivindependent.com", "EU", "news"),
    ("European Commission Press Corner", "ec.europa.eu", "EU", "gov"),
    ("Médecins Sans Frontières", "msf.org", "EU", "ngo"),
    ("ICRC", "icrc.org", "EU", "ngo"),
    ("Siemens Press", "press.siemens.com", "EU", "corp"),
    ("Maersk News", "maersk.com", "EU", "corp"),
    # Latin America & Caribbean
    ("Mexico News Daily", "mexiconewsdaily.com", "LATAM", "news"),
    ("Buenos Aires Times", "batimes.com.ar", "LATAM", "news"),
    ("The Rio Times", "riotimesonline.com", "LATAM", "news"),
    ("Jamaica Gleaner", "jamaica-gleaner.com", "JM", "news"),
    ("Trinidad Express", "trinidadexpress.com", "JM", "news"),
]
SITE_BY_NAME = {s[0]: dict(name=s[0], domain=s[1], region=s[2], type=s[3]) for s in SITES}

REACH = ["Daily Mirror", "Manchester Evening News", "Liverpool Echo", "WalesOnline"]
GUARDIAN = ["The Guardian", "Guardian Australia"]
BBC = ["BBC News", "BBC Sport"]
US_NONPROFIT = ["The Texas Tribune", "ProPublica", "KFF Health News", "CalMatters", "Chalkbeat",
                "The 19th", "Honolulu Civil Beat", "Block Club Chicago"]
INDIA = ["The Times of India", "Hindustan Times", "NDTV", "The Hindu"]
US_LOCALTV = ["WRAL", "KTLA 5", "WFAA", "KARE 11", "WGN-TV", "KIRO 7", "WSB-TV", "FOX 5 DC",
              "KPRC 2 Click2Houston", "9News Denver"]

# ---------------------------------------------------------------------------
# Regional formatting
# ---------------------------------------------------------------------------
REG = {
    "US": dict(tz=["ET", "EDT", "EST", "CT", "PT", "MT", "CDT", "PDT"], t12=["us_ap", "us_caps", "us_pm"],
               t24=[], dates="mdy", cur=("$", "USD", 1.0, True),
               retail=["Amazon", "Best Buy", "Walmart", "Target", "Home Depot", "REI", "B&H Photo",
                       "Costco", "Lowe's", "Wayfair", "Dick's Sporting Goods", "Nordstrom"],
               cities=["Phoenix", "Columbus", "Sacramento", "Tulsa", "Raleigh", "Boise", "Milwaukee",
                       "Albuquerque", "Savannah", "Spokane", "Houston", "Denver", "St. Paul", "Fresno"],
               country="U.S.", phone="us", temp="F", sports=["nba", "nfl", "mlb"],
               agencies=["AP", "Reuters", "Bloomberg", "AFP"]),
    "UK": dict(tz=["GMT", "BST"], t12=["uk_dot", "us_pm"], t24=["24dot", "24colon"], dates="dmy",
               cur=("£", "GBP", 0.8, True),
               retail=["Amazon", "Argos", "Currys", "John Lewis", "Boots", "Very", "Halfords", "Lakeland",
                       "AO.com", "Robert Dyas", "Marks & Spencer", "Sainsbury's"],
               cities=["Leeds", "Bristol", "Cardiff", "Norwich", "Sheffield", "Derby", "Plymouth",
                       "Aberdeen", "Swansea", "Stoke-on-Trent", "Salford", "Dundee", "Exeter", "Wigan"],
               country="UK", phone="uk", temp="C", sports=["football"],
               agencies=["PA", "Reuters", "AP", "AFP"]),
    "IE": dict(tz=["GMT", "IST"], t12=["uk_dot", "us_pm"], t24=["24dot", "24colon"], dates="dmy",
               cur=("€", "EUR", 0.92, True),
               retail=["Harvey Norman", "Currys", "Argos", "Arnotts", "Brown Thomas", "Power City"],
               cities=["Cork", "Galway", "Limerick", "Waterford", "Sligo", "Kilkenny", "Athlone"],
               country="Ireland", phone="ie", temp="C", sports=["football", "rugby"],
               agencies=["PA", "Reuters", "AFP"]),
    "AU": dict(tz=["AEST", "AEDT", "AWST", "ACDT"], t12=["uk_dot", "us_pm"], t24=["24colon"], dates="dmy",
               cur=("$", "AUD", 1.5, True),
               retail=["JB Hi-Fi", "The Good Guys", "Harvey Norman", "Amazon Australia", "Bunnings",
                       "Officeworks", "Kmart", "Myer"],
               cities=["Brisbane", "Perth", "Adelaide", "Hobart", "Geelong", "Townsville", "Newcastle",
                       "Darwin", "Cairns", "Wollongong"],
               country="Australia", phone="au", temp="C", sports=["afl", "cricket"],
               agencies=["AAP", "Reuters", "AFP"]),
    "NZ": dict(tz=["NZST", "NZDT"], t12=["uk_dot", "us_pm"], t24=["24colon"], dates="dmy",
               cur=("$", "NZD", 1.65, True),
               retail=["Noel Leeming", "Harvey Norman", "JB Hi-Fi", "The Warehouse", "PB Tech"],
               cities=["Hamilton", "Tauranga", "Dunedin", "Wellington", "Christchurch", "Napier",
                       "Whangārei", "Nelson"],
               country="New Zealand", phone="nz", temp="C", sports=["rugby", "cricket"],
               agencies=["AAP", "Reuters", "AFP"]),
    "CA": dict(tz=["ET", "PT", "MT", "AT", "CT"], t12=["us_ap", "us_caps", "us_pm"], t24=[],
               dates="mdy", cur=("$", "CAD", 1.35, True),
               retail=["Amazon.ca", "Best Buy Canada", "Canadian Tire", "Walmart Canada", "Staples",
                       "Sport Chek"],
               cities=["Winnipeg", "Halifax", "Calgary", "Ottawa", "Saskatoon", "Kelowna", "Victoria",
                       "Hamilton", "Moncton", "Regina"],
               country="Canada", phone="us", temp="C", sports=["nhl"],
               agencies=["The Canadian Press", "Reuters", "AP"]),
    "IN": dict(tz=["IST"], t12=["us_caps", "us_pm"], t24=["24colon"], dates="dmy",
               cur=("₹", "INR", 83.0, False),
               retail=["Amazon.in", "Flipkart", "Croma", "Reliance Digital", "Myntra"],
               cities=["Pune", "Lucknow", "Jaipur", "Kochi", "Bhopal", "Guwahati", "Chandigarh",
                       "Hyderabad", "Nagpur", "Surat"],
               country="India", phone="in", temp="C", sports=["cricket"],
               agencies=["PTI", "ANI", "IANS", "Reuters"]),
    "PK": dict(tz=["PKT"], t12=["us_caps", "us_pm"], t24=["24colon"], dates="dmy",
               cur=("Rs", "PKR", 280.0, False), retail=["Daraz"],
               cities=["Lahore", "Karachi", "Peshawar", "Quetta", "Multan", "Faisalabad"],
               country="Pakistan", phone="pk", temp="C", sports=["cricket"],
               agencies=["APP", "Reuters", "AFP"]),
    "BD": dict(tz=["BST"], t12=["us_caps", "us_pm"], t24=["24colon"], dates="dmy",
               cur=("Tk ", "BDT", 110.0, False), retail=["Daraz"],
               cities=["Chattogram", "Sylhet", "Khulna", "Rajshahi", "Cox's Bazar"],
               country="Bangladesh", phone="bd", temp="C", sports=["cricket"],
               agencies=["BSS", "UNB", "AFP"]),
    "SG": dict(tz=["SGT"], t12=["us_caps", "us_pm"], t24=["24colon"], dates="dmy",
               cur=("S$", "SGD", 1.35, True), retail=["Lazada", "Shopee", "Courts", "Harvey Norman"],
               cities=["Jurong", "Tampines", "Kuala Lumpur", "Johor Bahru", "Jakarta", "Woodlands"],
               country="Singapore", phone="sg", temp="C", sports=["football"],
               agencies=["Reuters", "AFP", "Bernama"]),
    "HK": dict(tz=["HKT"], t12=["us_caps", "us_pm"], t24=["24colon"], dates="dmy",
               cur=("HK$", "HKD", 7.8, False), retail=["Fortress", "Broadway", "HKTVmall"],
               cities=["Kowloon", "Sha Tin", "Shenzhen", "Guangzhou", "Tsuen Wan"],
               country="Hong Kong", phone="hk", temp="C", sports=["football"],
               agencies=["Reuters", "AFP", "Xinhua"]),
    "JP": dict(tz=["JST"], t12=["us_caps", "us_pm"], t24=["24colon"], dates="mdy",
               cur=("¥", "JPY", 150.0, False), retail=["Bic Camera", "Yodobashi", "Rakuten"],
               cities=["Osaka", "Sapporo", "Fukuoka", "Nagoya", "Sendai", "Kobe"],
               country="Japan", phone="jp", temp="C", sports=["football"],
               agencies=["Kyodo", "Jiji", "Reuters"]),
    "KR": dict(tz=["KST"], t12=["us_caps", "us_pm"], t24=["24colon"], dates="mdy",
               cur=("₩", "KRW", 1350.0, False), retail=["Coupang", "Gmarket"],
               cities=["Busan", "Incheon", "Daegu", "Gwangju", "Suwon"],
               country="South Korea", phone="kr", temp="C", sports=["football"],
               agencies=["Yonhap", "Reuters", "AFP"]),
    "PH": dict(tz=["PHT"], t12=["us_caps", "us_pm"], t24=["24colon"], dates="mdy",
               cur=("₱", "PHP", 56.0, False), retail=["Lazada", "Shopee", "Abenson"],
               cities=["Cebu City", "Davao City", "Quezon City", "Iloilo City", "Baguio"],
               country="Philippines", phone="ph", temp="C", sports=["football"],
               agencies=["Reuters", "AFP", "PNA"]),
    "ME": dict(tz=["GST", "AST"], t12=["us_caps", "us_pm"], t24=["24colon"], dates="dmy",
               cur=("AED ", "AED", 3.67, False), retail=["Noon", "Sharaf DG", "Amazon.ae", "Virgin Megastore"],
               cities=["Dubai", "Abu Dhabi", "Riyadh", "Doha", "Jeddah", "Muscat", "Sharjah"],
               country="UAE", phone="ae", temp="C", sports=["football"],
               agencies=["Reuters", "AFP", "WAM", "SPA"]),
    "IL": dict(tz=["IDT", "IST"], t12=["us_caps", "us_pm"], t24=["24colon"], dates="dmy",
               cur=("NIS ", "ILS", 3.7, False), retail=["KSP", "Ivory"],
               cities=["Haifa", "Beersheba", "Tel Aviv", "Jerusalem", "Eilat"],
               country="Israel", phone="il", temp="C", sports=["football"],
               agencies=["AP", "AFP", "Reuters"]),
    "ZA": dict(tz=["SAST"], t12=["us_caps", "us_pm"], t24=["24colon", "24h"], dates="dmy",
               cur=("R", "ZAR", 18.5, False), retail=["Takealot", "Makro", "Incredible Connection", "Game"],
               cities=["Durban", "Gqeberha", "Pretoria", "Bloemfontein", "Polokwane", "Stellenbosch",
                       "Soweto"],
               country="South Africa", phone="za", temp="C", sports=["football", "rugby"],
               agencies=["Reuters", "AFP", "Sapa"]),
    "KE": dict(tz=["EAT"], t12=["us_caps", "us_pm"], t24=["24colon"], dates="dmy",
               cur=("KSh ", "KES", 130.0, False), retail=["Jumia", "Carrefour Kenya"],
               cities=["Mombasa", "Kisumu", "Nakuru", "Eldoret", "Nyeri", "Machakos"],
               country="Kenya", phone="ke", temp="C", sports=["football"],
               agencies=["Reuters", "AFP", "KNA"]),
    "NG": dict(tz=["WAT"], t12=["us_caps", "us_pm"], t24=["24colon"], dates="dmy",
               cur=("₦", "NGN", 1500.0, False), retail=["Jumia", "Konga"],
               cities=["Lagos", "Abuja", "Kano", "Ibadan", "Port Harcourt", "Enugu", "Kaduna"],
               country="Nigeria", phone="ng", temp="C", sports=["football"],
               agencies=["NAN", "Reuters", "AFP"]),
    "GH": dict(tz=["GMT"], t12=["us_caps", "us_pm"], t24=["24colon"], dates="dmy",
               cur=("GH₵", "GHS", 13.0, True), retail=["Jumia", "Melcom"],
               cities=["Kumasi", "Tamale", "Takoradi", "Cape Coast", "Ho"],
               country="Ghana", phone="gh", temp="C", sports=["football"],
               agencies=["GNA", "Reuters", "AFP"]),
    "EU": dict(tz=["CET", "CEST", "EET"], t12=["us_pm"], t24=["24colon"], dates="dmy",
               cur=("€", "EUR", 0.92, True), retail=["Amazon.de", "MediaMarkt", "Fnac", "Elgiganten"],
               cities=["Lyon", "Hamburg", "Antwerp", "Gothenburg", "Porto", "Kraków", "Lviv",
                       "Kharkiv", "Bologna", "Rotterdam"],
               country="Europe", phone="eu", temp="C", sports=["football"],
               agencies=["dpa", "AFP", "Reuters", "AP"]),
    "LATAM": dict(tz=["CST", "ART", "BRT"], t12=["us_pm"], t24=["24colon"], dates="mdy",
                  cur=("US$", "USD", 1.0, True), retail=["Mercado Libre", "Amazon México", "Liverpool"],
                  cities=["Monterrey", "Guadalajara", "Oaxaca", "Córdoba", "Rosario", "Mendoza",
                          "São Paulo", "Recife", "Curitiba"],
                  country="Mexico", phone="mx", temp="C", sports=["football"],
                  agencies=["EFE", "Reuters", "AFP"]),
    "JM": dict(tz=["EST"], t12=["us_caps", "us_pm"], t24=["24colon"], dates="dmy",
               cur=("J$", "JMD", 155.0, False), retail=["Courts", "Singer"],
               cities=["Montego Bay", "Kingston", "Ocho Rios", "Mandeville", "Port of Spain",
                       "San Fernando"],
               country="Jamaica", phone="jm", temp="C", sports=["cricket", "football"],
               agencies=["CMC", "AP", "Reuters"]),
}

# Outlets whose own city pool differs from their region's default
SITE_CITIES = {
    "Kyiv Independent": ["Kyiv", "Kharkiv", "Odesa", "Zaporizhzhia", "Dnipro", "Lviv", "Kherson", "Sumy"],
    "Buenos Aires Times": ["Buenos Aires", "Rosario", "Córdoba", "Mendoza", "La Plata", "Mar del Plata"],
    "Mexico News Daily": ["Mexico City", "Monterrey", "Guadalajara", "Oaxaca", "Puebla", "Tijuana", "Mérida"],
    "The Rio Times": ["Rio de Janeiro", "São Paulo", "Recife", "Curitiba", "Salvador", "Belo Horizonte"],
    "The Local Sweden": ["Stockholm", "Gothenburg", "Malmö", "Uppsala", "Umeå"],
    "DW": ["Berlin", "Hamburg", "Munich", "Cologne", "Leipzig", "Bonn"],
    "France 24": ["Paris", "Lyon", "Marseille", "Toulouse", "Lille", "Bordeaux"],
    "Politico Europe": ["Brussels", "Strasbourg", "Berlin", "Paris", "Warsaw", "Rome"],
    "European Commission Press Corner": ["Brussels", "Luxembourg", "Strasbourg"],
    "Siemens Press": ["Munich", "Erlangen", "Berlin", "Nuremberg"],
    "Maersk News": ["Copenhagen", "Rotterdam", "Aarhus", "Algeciras"],
    "Trinidad Express": ["Port of Spain", "San Fernando", "Chaguanas", "Arima", "Scarborough"],
    "Jamaica Gleaner": ["Kingston", "Montego Bay", "Ocho Rios", "Mandeville", "Spanish Town"],
    "The Scotsman": ["Edinburgh", "Glasgow", "Aberdeen", "Dundee", "Inverness", "Stirling"],
    "Scottish Government": ["Edinburgh", "Glasgow", "Aberdeen", "Dundee", "Inverness"],
    "WalesOnline": ["Cardiff", "Swansea", "Newport", "Wrexham", "Bridgend"],
    "Honolulu Civil Beat": ["Honolulu", "Hilo", "Kailua", "Lahaina", "Kapolei"],
    "RTÉ News": ["Dublin", "Cork", "Galway", "Limerick", "Waterford", "Sligo"],
}
REGION_TEMP_C = {"UK": (-4, 31), "IE": (-3, 27), "US": (-12, 40), "CA": (-25, 33), "AU": (2, 43), "NZ": (0, 30),
                 "ZA": (3, 36), "EU": (-8, 36), "JP": (-3, 35), "KR": (-10, 34), "IL": (6, 38), "HK": (11, 34),
                 "LATAM": (8, 36)}

# Home city and time zone of local and regional outlets
HOME = {
    "WRAL": ("Raleigh", "ET"), "KTLA 5": ("Los Angeles", "PT"), "WFAA": ("Dallas", "CT"), "KARE 11": ("Minneapolis", "CT"),
    "WGN-TV": ("Chicago", "CT"), "KIRO 7": ("Seattle", "PT"), "WSB-TV": ("Atlanta", "ET"), "FOX 5 DC": ("Washington", "ET"),
    "KPRC 2 Click2Houston": ("Houston", "CT"), "9News Denver": ("Denver", "MT"), "Chicago Tribune": ("Chicago", "CT"),
    "The Boston Globe": ("Boston", "ET"), "Tampa Bay Times": ("Tampa", "ET"), "The Seattle Times": ("Seattle", "PT"),
    "Star Tribune": ("Minneapolis", "CT"), "Block Club Chicago": ("Chicago", "CT"), "Honolulu Civil Beat": ("Honolulu", "HST"),
    "The Texas Tribune": ("Austin", "CT"), "CalMatters": ("Sacramento", "PT"), "Los Angeles Times": ("Los Angeles", "PT"),
    "Manchester Evening News": ("Manchester", None), "Liverpool Echo": ("Liverpool", None), "WalesOnline": ("Cardiff", None),
    "Yorkshire Post": ("Leeds", None), "The Scotsman": ("Edinburgh", None), "The Sydney Morning Herald": ("Sydney", None),
    "The Age": ("Melbourne", None), "Toronto Star": ("Toronto", "ET"), "Global News": ("Toronto", "ET"),
    "Jamaica Gleaner": ("Kingston", None), "Trinidad Express": ("Port of Spain", "AST"), "Buenos Aires Times": ("Buenos Aires", "ART"),
    "Mexico News Daily": ("Mexico City", "CST"), "The Rio Times": ("Rio de Janeiro", "BRT"), "Dawn": ("Karachi", None),
    "The Punch": ("Lagos", None), "Graphic Online": ("Accra", None), "Nation Africa": ("Nairobi", None),
    "The Standard": ("Nairobi", None), "Kyiv Independent": ("Kyiv", "EET"), "The Local Sweden": ("Stockholm", "CET"),
    "The Times of Israel": ("Jerusalem", None), "Gulf News": ("Dubai", "GST"), "The National": ("Abu Dhabi", "GST"),
    "Arab News": ("Riyadh", "AST"), "Al Jazeera": ("Doha", "AST"), "The Straits Times": ("Singapore", None),
    "CNA": ("Singapore", None), "South China Morning Post": ("Hong Kong", None), "The Japan Times": ("Tokyo", None),
    "The Korea Herald": ("Seoul", None), "The Daily Star": ("Dhaka", None), "Rappler": ("Manila", None),
    "Inquirer.net": ("Manila", None),
}

FIRST_F = ["Sarah", "Priya", "Mei", "Aisha", "Fatima", "Chloe", "Ngozi", "Ana", "Siobhán", "Grace", "Leila",
           "Zanele", "Emily", "Ingrid", "Hannah", "Nadia", "Ayesha", "Thandiwe", "Sofia", "Rosa", "Amara", "Niamh",
           "Tamsin", "Anjali", "Lerato", "Maya", "Aroha", "Farida", "Beatriz", "Kirsty", "Elena", "Imogen", "Adaeze"]
FIRST_M = ["James", "Oluwaseun", "Tomás", "Liam", "Kenji", "Rahul", "Daniel", "Hamza", "Kwame", "Mateo", "Arjun",
           "Ethan", "Hiroshi", "Omar", "Rafael", "Minh", "Connor", "Luca", "Marcus", "Wiremu", "Dev", "Callum",
           "Bilal", "Joaquín", "Kofi", "Patrick", "Eitan", "Samuel", "Declan", "Tunde", "Rohan", "Graham", "Yusuf",
           "Brett"]
FIRST_N = ["Ji-woo", "Hyun-jin", "Yuki", "Alex", "Sam", "Jordan", "Robin"]
FIRST = FIRST_F + FIRST_M + FIRST_N
LAST = ["Thompson", "Okafor", "Nguyen", "Patel", "Murphy", "García", "Kowalski", "Tanaka", "Mensah",
        "O'Brien", "Haddad", "Singh", "Fraser", "Mbeki", "Kim", "Rossi", "Hughes", "Chowdhury",
        "Walker", "Ferreira", "Adeyemi", "Lindqvist", "Baptiste", "Nakamura", "Kaur", "MacLeod",
        "Dlamini", "Silva", "Cohen", "Abdullah", "Reyes", "Brennan", "Osei", "Chen", "Iyer", "Novak",
        "Taylor", "Mwangi", "Sato", "Fitzgerald", "Bakr", "Lee", "Papadopoulos", "Henare", "Ramos",
        "Ward", "Qureshi", "Kruger", "Ahmed", "Delgado", "Whitfield", "Park", "Achieng", "Bianchi",
        "Lawson", "Ncube", "Moreau", "Hussain", "Collins", "Yilmaz", "Okonkwo", "Gallagher", "Banerjee",
        "Sokolova", "Pereira", "Donnelly", "Tran", "Appiah", "Holloway", "Castillo"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

AGENCY_FULL = {"AP": "The Associated Press", "PA": "PA Media", "AAP": "Australian Associated Press",
               "PTI": "Press Trust of India"}
PHOTO_AGENCIES = ["Getty Images", "AP Photo", "Reuters", "AFP via Getty Images", "PA", "Shutterstock",
                  "EPA-EFE", "AAP Image", "Bloomberg", "Alamy", "SOPA Images/LightRocket", "Anadolu",
                  "NurPhoto", "ZUMA Press", "Gallo Images", "Xinhua", "Kyodo", "Yonhap", "PTI", "Reuters/Alamy"]

ROLES = ["Senior Correspondent", "Political Reporter", "Live Editor", "Breaking News Reporter",
         "Chief Political Correspondent", "Europe Correspondent", "Health Editor", "Sports Reporter",
         "Business Reporter", "Digital Producer", "Weather Anchor", "Staff Writer", "Economics Editor",
         "Courts Reporter", "Climate Correspondent", "Asia Correspondent", "Data Reporter",
         "Video Journalist", "Deputy Live Editor", "Multimedia Journalist", "Education Reporter",
         "Transport Correspondent", "Social Affairs Editor", "Night Editor"]
BEATS = ["climate and energy", "health care", "housing", "education", "criminal justice",
         "local government", "immigration", "the economy", "technology", "transport", "agriculture",
         "public health", "labour and workplaces", "the courts", "consumer affairs", "science",
         "elections", "water and drought", "gender and policy", "food security", "mental health",
         "the arts", "small business", "rural communities", "aging"]
TOPICS = ["Climate crisis", "Housing", "Cost of living", "Artificial intelligence", "Elections",
          "Public health", "Immigration", "Interest rates", "Premier League", "Ukraine", "Energy bills",
          "Education", "Wildfires", "Transport", "NHS", "Space", "Cricket", "Mental health",
          "Supreme Court", "Real estate", "Oil prices", "Cybersecurity", "Electric vehicles",
          "Local politics", "Weather", "Tourism", "Retail", "Farming", "Crime", "Startups"]
SECTIONS = [("News", ["UK", "World", "Politics", "Local", "Crime", "Health"]),
            ("Business", ["Markets", "Economy", "Companies", "Personal finance", "Property"]),
            ("Sport", ["Football", "Cricket", "Rugby union", "Tennis", "Formula 1", "Golf"]),
            ("Lifestyle", ["Food", "Travel", "Health & fitness", "Home & garden"]),
            ("Technology", ["Gadgets", "AI", "Reviews", "Security", "Gaming"]),
            ("Opinion", ["Columnists", "Editorials", "Letters"]),
            ("Culture", ["Film", "Music", "Books", "TV & radio", "Stage"]),
            ("Science", ["Environment", "Space", "Health science"]),
            ("World", ["Africa", "Asia", "Europe", "Americas", "Middle East", "Asia Pacific"])]
FUNDERS = ["the Walton Family Foundation", "the John S. and James L. Knight Foundation",
           "the Google News Initiative", "the Bill & Melinda Gates Foundation", "the Robert Wood Johnson Foundation",
           "the Lumina Foundation", "the Scottish Government's Local News Fund", "the Public Interest News Foundation",
           "the European Journalism Centre", "the Ford Foundation", "the Meta Journalism Project",
           "the Judith Neilson Institute", "the Joseph Rowntree Charitable Trust", "the Heising-Simons Foundation",
           "the Howard Hughes Medical Institute", "the Calgary Foundation", "the Open Society Foundations",
           "the Local Journalism Initiative", "the Walton Foundation for Rural Reporting", "the MacArthur Foundation"]
PARTNERS = ["The Conversation", "Inside Climate News", "Grist", "The Trace", "Civil Eats", "Mongabay",
            "The Marshall Project", "Undark", "Stateline", "KFF Health News", "The Bureau of Investigative Journalism",
            "Carbon Brief", "Context", "Global Voices", "Rest of World", "The New Humanitarian", "bird Story Agency",
            "The Fuller Project", "Floodlight", "Hechinger Report", "Capital B", "Yale Environment 360",
            "Taipei Times", "Mekong Eye", "African Arguments"]
SERIES = ["Running Dry", "The Long Wait", "Priced Out", "Home Truths", "Heat Check", "Lost in Care",
          "The Rural Divide", "Broken Ladders", "Water Ways", "Shift Work", "After the Flood",
          "Class Divide", "The Commute", "Unfinished Business"]
LANGS = ["Spanish", "French", "Arabic", "Hindi", "Ukrainian", "Portuguese", "Tagalog", "Swahili",
         "Korean", "Japanese", "Urdu", "Bengali", "Mandarin", "Hebrew", "Yoruba", "German", "Welsh",
         "Irish", "Māori", "Polish"]
SRC_GLOBAL = ["World Bank", "IMF", "OECD", "UNHCR", "ACLED", "Our World in Data", "LSEG Datastream", "FactSet",
              "Bloomberg", "company filings", "NASA Earth Observatory", "WHO", "Copernicus Climate Change Service", "Ipsos"]
SRC_REGIONAL = {
    "UK": ["ONS", "Office for National Statistics", "Met Office", "NHS England", "Land Registry", "Bank of England",
           "Ofgem", "Department for Transport", "Rightmove", "YouGov", "Electoral Commission", "local authority data"],
    "US": ["U.S. Bureau of Labor Statistics", "Census Bureau", "Federal Reserve", "CDC", "NOAA", "Zillow",
           "Pew Research Center", "Gallup", "Energy Information Administration", "county election offices"],
    "CA": ["Statistics Canada", "Bank of Canada", "Environment and Climate Change Canada", "CMHC"],
    "AU": ["Australian Bureau of Statistics", "Reserve Bank of Australia", "Bureau of Meteorology", "CoreLogic"],
    "NZ": ["Stats NZ", "Reserve Bank of New Zealand", "NIWA", "Te Whatu Ora"],
    "IN": ["Reserve Bank of India", "MoSPI", "IMD", "CMIE", "Election Commission of India"],
    "ZA": ["Statistics South Africa", "South African Reserve Bank", "Eskom"],
    "KE": ["Kenya National Bureau of Statistics", "Central Bank of Kenya"],
    "NG": ["National Bureau of Statistics", "Central Bank of Nigeria"],
    "GH": ["Ghana Statistical Service", "Bank of Ghana"],
    "EU": ["Eurostat", "ECB", "Destatis", "INSEE"],
    "IE": ["CSO", "Central Bank of Ireland", "Met Éireann", "Daft.ie"],
    "SG": ["Department of Statistics Singapore", "MAS", "HDB"],
    "HK": ["Census and Statistics Department", "Hong Kong Observatory"],
    "JP": ["Bank of Japan", "Japan Meteorological Agency"],
    "KR": ["Statistics Korea", "Bank of Korea"],
    "PH": ["Philippine Statistics Authority", "PAGASA", "Bangko Sentral ng Pilipinas"],
    "PK": ["Pakistan Bureau of Statistics", "State Bank of Pakistan"],
    "BD": ["Bangladesh Bureau of Statistics", "Bangladesh Bank"],
    "ME": ["GASTAT", "Dubai Statistics Center", "Qatar Planning and Statistics Authority"],
    "IL": ["Central Bureau of Statistics", "Bank of Israel"],
    "LATAM": ["INEGI", "INDEC", "IBGE"],
    "JM": ["Statistical Institute of Jamaica", "Bank of Jamaica"],
}
COMPANY_PRE = ["Northwind", "Bluecrest", "Harbourline", "Kestrel", "Solvara", "Meridian Peak", "Tidewater",
               "Ironbark", "Lumenfield", "Crescent Ridge", "Aster", "Granite Bay", "Veridian", "Copperleaf",
               "Halcyon", "Brightwater", "Oakhaven", "Silverline", "Everstone", "Cobalt Arc", "Pinecrest",
               "Redwood Signal", "Summit Harbor", "Nova Ridge", "Quillon", "Arbor Lane", "Fernhill",
               "Stratus", "Wavecrest", "Emberly", "Kairos", "Tallowmere", "Orrin", "Pellucid", "Marlowe"]
SUFFIX_IND = {
    "Biosciences": ("clinical-stage biotechnology", ["developing targeted therapies for rare kidney diseases",
                                                     "discovering antibody treatments for autoimmune disorders"]),
    "Therapeutics": ("clinical-stage biopharmaceutical", ["advancing oral therapies for metabolic disease",
                                                          "developing gene therapies for inherited retinal disorders"]),
    "Logistics": ("third-party logistics", ["cold-chain warehousing and last-mile delivery",
                                            "cross-border freight forwarding for online retailers"]),
    "Energy": ("renewable energy", ["utility-scale solar and battery storage", "onshore and offshore wind development"]),
    "Software": ("enterprise software", ["workflow automation for mid-sized manufacturers",
                                         "cloud accounting tools for finance teams"]),
    "Analytics": ("data analytics", ["real-time pricing intelligence for retailers", "credit risk modelling for lenders"]),
    "Foods": ("food and beverage", ["plant-based dairy alternatives", "ready-to-eat meals sold through major supermarkets"]),
    "Robotics": ("industrial automation", ["autonomous mobile robots for warehouses", "robotic welding systems"]),
    "Health": ("digital health", ["remote patient monitoring", "virtual physiotherapy programmes"]),
    "Semiconductors": ("fabless semiconductor", ["power-management chips for electric vehicles",
                                                 "low-power chips for connected devices"]),
    "Networks": ("telecommunications infrastructure", ["fibre broadband for rural communities",
                                                       "private 5G networks for ports and factories"]),
    "Mining": ("mineral exploration", ["lithium and copper projects in the Americas", "gold exploration in West Africa"]),
    "Water": ("water technology", ["leak detection for municipal networks", "desalination and water reuse"]),
    "Medical": ("medical device", ["minimally invasive cardiac devices", "point-of-care diagnostic imaging"]),
    "Payments": ("payments", ["cross-border payments for small businesses", "point-of-sale financing"]),
    "Materials": ("advanced materials", ["low-carbon cement", "recycled battery materials"]),
}
COMPANY_FORM = ["Inc.", "Ltd", "plc", "Corp.", "Group", "AG", "Pty Ltd", "LLC", "", "", "Holdings"]
EXCH = [("NASDAQ", "Nasdaq Global Select Market"), ("NYSE", "New York Stock Exchange"),
        ("TSX", "Toronto Stock Exchange"), ("TSXV", "TSX Venture Exchange"), ("LSE", "London Stock Exchange"),
        ("AIM", "AIM market of the London Stock Exchange"), ("ASX", "Australian Securities Exchange"),
        ("NSE", "National Stock Exchange of India"), ("JSE", "Johannesburg Stock Exchange"),
        ("SGX", "Singapore Exchange"), ("OTCQB", "OTCQB Venture Market")]
REAL_TICKERS = ["AAPL", "MSFT", "TSLA", "NVDA", "AMZN", "GOOGL", "META", "JPM", "XOM", "NFLX", "DIS",
                "BP.L", "HSBA.L", "TSCO.L", "RIO.AX", "BHP.AX", "CBA.AX", "7203.T", "005930.KS",
                "RELIANCE.NS", "TCS.NS", "SHOP.TO", "RY.TO", "NPN.JO", "SAP.DE", "MC.PA", "D05.SI",
                "0700.HK", "SCOM.NR", "BA", "F", "WMT", "KO", "INTC", "AMD", "PFE"]
PRODUCTS = {
    "audio": ["Sony WH-1000XM5", "Bose QuietComfort Ultra Headphones", "Apple AirPods Pro (2nd generation)",
              "Sennheiser Momentum 4 Wireless", "JBL Flip 6", "Sonos Era 100", "Jabra Elite 8 Active",
              "Nothing Ear (a)"],
    "kitchen": ["Ninja Foodi Dual Zone Air Fryer", "Instant Pot Duo 7-in-1", "KitchenAid Artisan Stand Mixer",
                "Breville Barista Express", "Nespresso Vertuo Next", "Le Creuset Signature Casserole 24cm",
                "Vitamix E310", "Tefal ActiFry Genius XL"],
    "home": ["Dyson V15 Detect", "Shark Stratos Cordless Vacuum", "iRobot Roomba j7+", "Philips Hue White Starter Kit",
             "Eufy RoboVac 11S", "Levoit Core 300 Air Purifier", "Ring Video Doorbell (2nd Gen)",
             "Dreo Tower Fan"],
    "tech": ["Apple iPad (10th generation)", "Samsung Galaxy S24", "Google Pixel 8a", "Kindle Paperwhite (16GB)",
             "MacBook Air 13in (M3)", "Lenovo IdeaPad Slim 5", "Garmin Forerunner 265",
             "Fitbit Charge 6", "Anker 737 Power Bank", "Logitech MX Master 3S", "Nintendo Switch OLED"],
    "outdoor": ["Osprey Talon 22", "Patagonia Nano Puff Jacket", "Coleman Sundome 4-Person Tent",
                "Hydro Flask 32oz Wide Mouth", "Weber Spirit II E-310", "Salomon X Ultra 4 GTX"],
}
SPEC_LINES = {
    "audio": ["Battery life: up to {n:20-40} hours | Noise cancelling: Yes | Weight: {n:190-260}g",
              "Connectivity: Bluetooth 5.3, USB-C | Codecs: AAC, SBC, LDAC",
              "Drivers: {n:30-40}mm | Frequency response: 4Hz–40kHz | Water resistance: IPX4",
              "Type: Over-ear | Colours: Black, Silver, Midnight Blue"],
    "kitchen": ["Capacity: {n:4-9}.{n2:1-9}L | Power: {n:12-24}00W | Programs: {n3:4-12}",
                "Dimensions: {n:30-45} x {n2:20-35} x {n3:28-40}cm | Dishwasher-safe parts: Yes",
                "Pressure: 15 bar | Water tank: 2L | Milk frother: Yes",
                "Material: Enamelled cast iron | Oven-safe to 260C | Weight: 4.{n:1-9}kg"],
    "home": ["Run time: up to {n:40-70} minutes | Bin volume: 0.{n:3-9}L | Weight: 2.{n:1-9}kg",
             "Coverage: up to {n:20-60} m² | Filter: True HEPA | Noise: {n:24-50}dB",
             "Resolution: 1080p HD | Field of view: 155° | Power: Battery or hardwired",
             "Suction: {n:150-240}AW | Charging time: 4.5 hours | Filtration: Whole-machine HEPA"],
    "tech": ["Display: 6.{n:1-8}in OLED, 120Hz | Storage: 128GB/256GB | Battery: {n:4-5},{n2:100-900}mAh",
             "Processor: Apple M3 | RAM: 8GB | Storage: 256GB SSD | Weight: 1.24kg",
             "Screen: 10.9in Liquid Retina | Chip: A14 Bionic | Ports: USB-C",
             "Battery life: up to {n:8-18} days | GPS: Multi-band | Water rating: 5ATM",
             "OS: Android 14 | Cameras: 50MP + 12MP ultrawide | Charging: 27W wired",
             "Capacity: 24,000mAh | Output: 140W | Ports: 2 x USB-C, 1 x USB-A"],
    "outdoor": ["Volume: 22L | Weight: 880g | Back length: S/M, L/XL",
                "Sleeps: 4 | Packed weight: 4.{n:1-9}kg | Waterproof rating: 3,000mm",
                "Insulation: 60g PrimaLoft Gold | Fit: Regular | Sizes: XS–XXL",
                "Burners: 3 | Cooking area: 529 sq in | Fuel: Propane"],
}
PROS = ["Long battery life", "Comfortable fit", "Excellent noise cancelling", "Easy to clean",
        "Compact design", "Great value", "Bright, sharp display", "Fast charging", "Quiet operation",
        "Intuitive app", "Premium build quality", "Lightweight", "Generous capacity", "Simple controls",
        "Strong suction", "Good warranty", "Plenty of accessories included"]
CONS = ["Expensive", "No headphone jack", "Bulky", "Noisy on the highest setting", "Short cable",
        "App requires an account", "Fiddly to assemble", "Limited colour options", "Fingerprint magnet",
        "No charger in the box", "Small water tank", "Heavy", "Average battery life", "Pricey replacement filters"]
VIDTITLES = ["Drone footage shows scale of flooding in {city}", "How a heat dome forms, explained in 90 seconds",
             "Moment a sinkhole opens up on a busy road", "Firefighters battle a grassfire on the outskirts of {city}",
             "What the rate decision means for your mortgage",
             "Inside the factory building the next generation of heat pumps",
             "Fans pack the streets of {city} for the victory parade", "Rescuers free a whale tangled in fishing line",
             "Storm brings down trees and power lines", "The minister's full statement to reporters",
             "Why are egg prices so high?", "Time-lapse shows new bridge span lifted into place",
             "Residents describe the moment the blast hit", "How the new visa rules work",
             "Rocket lifts off on resupply mission", "Police release bodycam footage of the chase",
             "Hundreds march through {city} calling for climate action", "A look inside {city}'s newest food market",
             "Farmers block roads with tractors in protest over costs", "The moment the winning goal went in",
             "Meteorologist {name} breaks down the week's forecast", "Volunteers clean up the beach after oil spill",
             "How to spot a scam text message", "Astronauts return to Earth after six months in orbit",
             "Snow blankets {city} as cold snap tightens its grip", "Students react on results day",
             "Behind the scenes at the city's only night market", "What's behind the rise in measles cases?",
             "Aerial view of the wildfire burn scar", "Post-match reaction from the manager",
             "Crowds gather for the eclipse", "Key moments from the leaders' debate",
             "Flash flooding sweeps cars down a street", "Explainer: what is a bear market?"]
PODTITLES = ["The Daily Brief", "Inside Health", "The Overnight", "Money Talks", "The Long Read Audio",
             "Front Burner", "The Briefing Room", "Trial by Jury", "Africa Daily", "The Climate Question",
             "Pitch Side", "Ear to the Ground", "Tech Tonic", "The Backstory", "Stay Tuned with {fname}",
             "City Desk", "Capitol Notes", "Deep Cover", "Morning Edition Extra", "The Last Over",
             "Tide Turners", "Small Print", "Field Notes", "Culture Clash"]
PODEP = ["Why rents keep rising", "The fight over the river", "Inside the cyberattack", "What happened at the summit",
         "Can the club survive?", "The science of sleep", "A town without a bank", "Who pays for the flood defences?",
         "Election night special", "The hidden cost of cheap flights", "Listener questions answered",
         "Bonus: the full interview", "The race to save the reef", "One year on"]
GALTITLES = ["Storm damage across the region", "Fans descend on {city} for the final", "The week in wildlife",
             "{city} Pride parade {year}", "Highlights from the county show", "Scenes from the picket line",
             "Best dressed on the red carpet", "Snow day in {city}", "Then and now: the high street",
             "Our readers' best photos this month", "Inside the restored railway station",
             "Rescue dogs looking for a home", "The week in pictures", "Drone photos of the flooded valley",
             "Street food festival returns", "Graduation day", "Landscape photographer of the year shortlist"]
HEADLINES = ["{city} council approves {n:12-40}-storey tower despite objections", "What the budget means for renters",
             "Five things to know before you travel this summer", "Record heat forecast for the long weekend",
             "Hospital waiting lists reach new high", "Man charged after crash on {city} ring road",
             "Our cities need fewer car parks", "The best budget phones we've tested this year",
             "Train fares to rise by {n:3-6}% from March", "Why your energy bill could fall in spring",
             "School term dates for {year} confirmed", "Planning row over new supermarket in {city}",
             "Heatwave: how to keep pets cool", "Interest rates held for a third month",
             "Airport chaos as IT outage grounds flights", "New cycle lane opens on main road",
             "Tributes paid to former mayor", "Inside the race to build a cheaper battery",
             "How to watch the meteor shower this week", "Drought declared in three more districts",
             "Police appeal after jewellery shop raid", "The town that banned smartphones in schools",
             "Ferry services cancelled as gales hit coast", "Property prices: is the slump over?",
             "{n:3-9} new restaurants to try in {city}", "Striking nurses to hold fresh walkout",
             "Why the central bank is in no hurry to cut", "Fresh delays for {city} tram extension",
             "Teenager's invention wins national science prize", "Water restrictions lifted after rain"]
NEWSLETTERS = ["The Morning Brief", "First Edition", "Daily Digest", "The Download", "Morning Mail",
               "The Evening Wrap", "Money Matters", "Climate Fix", "Well Read", "The Whistle", "Below the Fold",
               "The Weekend Edition", "Breaking News Alerts", "Politics Weekly", "Health Check",
               "The Sports Bulletin", "Business Today", "The Briefing", "Inside Track", "Tech Weekly",
               "Eat & Drink", "The Sunday Read", "Your Local Roundup", "Best of the Week"]
EVENTS = ["the {outlet} Future of Energy Summit", "{outlet} Live", "the Climate Solutions Forum",
          "the Small Business Awards", "the Health Innovation Summit", "the Women in Leadership breakfast",
          "the Festival of Ideas", "the Tech Forward Conference", "the Local Heroes Awards",
          "the Housing Summit", "the Future of Work conference", "the Agri Show Breakfast Briefing"]
VENUES = ["the Convention Centre", "the Town Hall", "Kings Place", "the Exhibition Centre", "the Grand Hotel",
          "the Civic Theatre", "the Innovation Hub", "the Royal Pavilion", "the Arts Centre"]
TOC = ["What happened?", "Why does it matter?", "What happens next?", "Key figures", "Timeline", "FAQ",
       "How we tested", "Best overall", "Best budget pick", "Specs compared", "Eligibility", "How to apply",
       "Background", "Who is affected?", "What the experts say", "Our verdict", "Price and availability",
       "Design", "Performance", "Battery life", "Should you buy it?", "Methodology", "Frequently asked questions"]
JOURNALS = ["Nature", "Science", "The Lancet", "JAMA", "Nature Climate Change", "PNAS", "Cell", "BMJ",
            "Nature Communications", "The Astrophysical Journal", "Science Advances", "PLOS ONE",
            "New England Journal of Medicine", "Current Biology", "Geophysical Research Letters",
            "Lancet Planetary Health", "Nature Medicine", "Ecology Letters"]
UNIS = ["University of Leeds", "University of Michigan", "University of Cape Town", "University of Melbourne",
        "University of Toronto", "McGill University", "University of Auckland", "University of Nairobi",
        "National University of Singapore", "Trinity College Dublin", "University of Edinburgh",
        "Arizona State University", "University of Ghana", "Monash University", "Indian Institute of Science"]
FIELDS = ["public health", "economics", "marine biology", "political science", "computer science",
          "urban planning", "climate science", "epidemiology", "history", "sociology", "psychology",
          "agricultural economics", "law", "hydrology"]
POLLQ = ["Should the council ban cars from the city centre?", "Will you be watching the final?",
         "Do you support a four-day working week?", "Is it time to scrap daylight saving time?",
         "Should school phones be banned during lessons?", "Have you changed your holiday plans because of costs?",
         "Who will win the title this season?", "Should the speed limit in built-up areas be 20mph?",
         "Do you trust online reviews?", "Would you buy an electric car in the next two years?",
         "Should tourists pay a nightly levy?", "Are you working from home more or less than last year?"]
BLOG_CATS = ["Gardening", "Recipes", "Uncategorized", "Travel", "Birding", "Personal Finance", "Book Reviews",
             "Local History", "DIY", "Family Life", "Allotment", "Photography", "Field Notes", "Frugal Living",
             "Homesteading", "News", "Match Reports", "Transfer Rumours", "Reviews", "Features"]
BLOG_TAGS = ["tomatoes", "composting", "budget", "winter walks", "waders", "savings", "sourdough", "raised beds",
             "rspb", "index funds", "road trip", "heritage", "foraging", "chickens", "seed swap", "pensions",
             "transfer window", "matchday", "switch 2", "season 3", "nuthatch", "spring migration", "meal prep",
             "coupons", "canning", "woodworking"]
BLOGGERS = ["admin", "Margaret", "thegardeningdad", "birdnerd_jen", "Editorial Team", "Dave R", "sam_writes",
            "The Forager", "plot42", "KTE Staff", "ruralroute_anne", "Guest Author"]
CORR_WHAT = ["the year the bridge opened", "the number of homes affected by the flooding",
             "the name of the health minister", "the date of the council vote", "the amount of the fine",
             "the location of the clinic", "the size of the budget shortfall", "when the new rules take effect",
             "the party that controls the council", "the length of the new rail line",
             "the number of staff employed at the site", "the age of the building",
             "the title of a report cited in the article", "the cost of the project",
             "the district where the school is located", "the capacity of the stadium"]
CORR_THING = ["date for the public hearing", "figure for the total cost of the project", "location of the crash",
              "name of the school", "percentage of households affected", "start date for the scheme",
              "population of the town", "price of the ticket", "number of patients on the waiting list",
              "name of the charity's chief executive"]
DEPTS_UK = ["Department for Transport", "HM Treasury", "Department of Health and Social Care", "Home Office",
            "Department for Education", "Department for Energy Security and Net Zero",
            "Department for Environment, Food & Rural Affairs", "Ministry of Housing, Communities and Local Government"]
SLUGS = ["storm-latest-power-cuts-roads-closed", "budget-what-it-means-for-you", "council-tax-rise-approved",
         "live-election-results", "heatwave-warning-issued", "rail-strike-dates-confirmed",
         "new-bus-routes-announced", "flood-defences-plan-unveiled", "school-closures-snow",
         "hospital-parking-charges", "bushfire-emergency-warning", "interest-rate-decision-live",
         "monsoon-update-heavy-rain", "transfer-news-live", "water-restrictions-latest", "property-market-outlook",
         "tram-extension-delayed", "best-air-fryers", "wildfire-evacuation-orders", "exam-results-day-live"]
TEAMS = {
    "football": {"UK": ["Arsenal", "Aston Villa", "Brighton", "Everton", "Leeds United", "Newcastle United",
                        "Nottingham Forest", "Wolves", "Sunderland", "Celtic", "Rangers", "Hearts", "Cardiff City",
                        "Swansea City", "Bristol City", "Norwich City"],
                 "IE": ["Shamrock Rovers", "Bohemians", "Shelbourne", "Derry City", "St Patrick's Athletic"],
                 "EU": ["Bayern Munich", "Ajax", "Benfica", "Inter Milan", "Lyon", "Shakhtar Donetsk", "Celta Vigo",
                        "Club Brugge", "Malmö FF"],
                 "ZA": ["Kaizer Chiefs", "Orlando Pirates", "Mamelodi Sundowns", "SuperSport United", "Cape Town City"],
                 "KE": ["Gor Mahia", "AFC Leopards", "Tusker FC", "Kenya Police"],
                 "NG": ["Enyimba", "Rivers United", "Kano Pillars", "Shooting Stars"],
                 "GH": ["Hearts of Oak", "Asante Kotoko", "Medeama", "Dreams FC"],
                 "LATAM": ["Boca Juniors", "River Plate", "Flamengo", "Palmeiras", "Club América", "Chivas"],
                 "ME": ["Al Hilal", "Al Nassr", "Al Ain", "Al Sadd", "Sharjah FC"],
                 "IL": ["Maccabi Tel Aviv", "Hapoel Be'er Sheva", "Maccabi Haifa"],
                 "SG": ["Lion City Sailors", "Johor Darul Ta'zim", "Tampines Rovers"],
                 "HK": ["Kitchee", "Eastern", "Lee Man"],
                 "JP": ["Kawasaki Frontale", "Yokohama F. Marinos", "Urawa Reds", "Vissel Kobe"],
                 "KR": ["Ulsan HD", "Jeonbuk Hyundai Motors", "FC Seoul", "Pohang Steelers"],
                 "PH": ["Kaya-Iloilo", "Stallion Laguna", "Dynamic Herb Cebu"],
                 "JM": ["Harbour View", "Mount Pleasant", "Cavalier", "Waterhouse"]},
    "cricket": {"INTL": ["India", "Australia", "England", "Pakistan", "Bangladesh", "South Africa", "New Zealand",
                         "Sri Lanka", "West Indies", "Afghanistan", "Ireland"],
                "IN": ["Mumbai Indians", "Chennai Super Kings", "Royal Challengers Bengaluru", "Kolkata Knight Riders",
                       "Rajasthan Royals", "Sunrisers Hyderabad", "Delhi Capitals"],
                "PK": ["Lahore Qalandars", "Karachi Kings", "Islamabad United", "Peshawar Zalmi", "Quetta Gladiators"],
                "AU": ["Perth Scorchers", "Sydney Sixers", "Brisbane Heat", "Melbourne Stars", "Adelaide Strikers"],
                "JM": ["Jamaica Tallawahs", "Trinbago Knight Riders", "Barbados Royals", "Guyana Amazon Warriors"],
                "BD": ["Comilla Victorians", "Rangpur Riders", "Fortune Barishal", "Sylhet Strikers"],
                "NZ": ["Auckland Aces", "Wellington Firebirds", "Canterbury Kings", "Otago Volts"]},
    "nba": [("Boston Celtics", "BOS"), ("Los Angeles Lakers", "LAL"), ("Denver Nuggets", "DEN"),
            ("New York Knicks", "NYK"), ("Golden State Warriors", "GSW"), ("Milwaukee Bucks", "MIL"),
            ("Miami Heat", "MIA"), ("Minnesota Timberwolves", "MIN"), ("Oklahoma City Thunder", "OKC")],
    "nfl": [("Kansas City Chiefs", "KC"), ("Philadelphia Eagles", "PHI"), ("Buffalo Bills", "BUF"),
            ("San Francisco 49ers", "SF"), ("Dallas Cowboys", "DAL"), ("Green Bay Packers", "GB"),
            ("Detroit Lions", "DET"), ("Baltimore Ravens", "BAL"), ("Houston Texans", "HOU")],
    "mlb": [("New York Yankees", "NYY"), ("Los Angeles Dodgers", "LAD"), ("Chicago Cubs", "CHC"),
            ("Seattle Mariners", "SEA"), ("Atlanta Braves", "ATL"), ("Houston Astros", "HOU"),
            ("Toronto Blue Jays", "TOR"), ("Minnesota Twins", "MIN")],
    "nhl": [("Toronto Maple Leafs", "TOR"), ("Montreal Canadiens", "MTL"), ("Edmonton Oilers", "EDM"),
            ("Vancouver Canucks", "VAN"), ("Calgary Flames", "CGY"), ("Ottawa Senators", "OTT"),
            ("Winnipeg Jets", "WPG")],
    "afl": ["Collingwood", "Carlton", "Sydney Swans", "Brisbane Lions", "West Coast Eagles", "Geelong Cats",
            "Richmond", "Fremantle", "Port Adelaide", "Hawthorn"],
    "rugby": ["Crusaders", "Blues", "Chiefs", "Hurricanes", "Stormers", "Bulls", "Leinster", "Munster",
              "Sharks", "Highlanders"],
}


# ---------------------------------------------------------------------------
# Token filling
# ---------------------------------------------------------------------------
def asciify(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def compact(s):
    return re.sub(r"[^a-z0-9]", "", asciify(s).lower())


def mail_domain(site):
    d = site["domain"].split("/")[0]
    for p in ("www.", "news.", "finance.", "pressroom.", "press.", "pursuit.", "blog."):
        rest = d[len(p):]
        if d.startswith(p) and rest.count(".") >= 1 and rest.split(".")[0] not in ("com", "co", "org", "net", "gov", "ac"):
            d = rest
    return d


def base_url(site):
    d = site["domain"]
    host = d.split("/")[0]
    parts = host.split(".")
    two_level = parts[-2] in ("co", "com", "ac", "gov", "org", "net", "edu") and len(parts[-1]) == 2
    if len(parts) == 2 or (len(parts) == 3 and two_level):
        return "https://www." + d
    return "https://" + d


CORP_NAMES = {"Tesco PLC": "Tesco", "Unilever": "Unilever", "Toyota Newsroom": "Toyota Motor North America",
              "Telstra Exchange": "Telstra", "Infosys Newsroom": "Infosys", "Safaricom Newsroom": "Safaricom",
              "Siemens Press": "Siemens", "Maersk News": "A.P. Moller - Maersk"}
CORP_TICK = {"Tesco PLC": "LSE: TSCO", "Unilever": "LSE: ULVR", "Toyota Newsroom": "NYSE: TM",
             "Telstra Exchange": "ASX: TLS", "Infosys Newsroom": "NSE: INFY", "Safaricom Newsroom": "NSE: SCOM",
             "Siemens Press": "XETRA: SIE", "Maersk News": "Nasdaq Copenhagen: MAERSK B"}
PRESS_ROLES = ["Head of Communications", "Media Relations Manager", "Press Officer", "Senior Communications Officer",
               "Director of Public Affairs", "Communications Lead", "Media Officer", "External Affairs Manager",
               "Investor Relations Director", "PR Account Director"]
WIRES = ["PR Newswire", "Business Wire", "GlobeNewswire", "ACCESSWIRE", "EIN Presswire", "PRWeb", "Newsfile",
         "Media OutReach Newswire"]
CORPS = list(CORP_NAMES)
UNI_SITES = ["MIT News", "Stanford Report", "University of Michigan News", "UCL News", "University of Toronto News",
             "University of Melbourne Pursuit", "University of Cape Town News"]
NGO_SITES = ["UNICEF", "Human Rights Watch", "Médecins Sans Frontières", "ICRC", "Oxfam GB", "Amnesty International",
             "UN News"]
GOV_SITES = ["GOV.UK", "NHS England", "Scottish Government", "Met Office", "NASA", "NOAA", "U.S. Department of Energy",
             "Canada.ca", "Australian Department of Health", "European Commission Press Corner"]

BLOG_META = {
    "Allotment Diaries": (["Allotment", "Gardening", "Recipes", "Seasonal jobs", "Uncategorized"],
                          ["tomatoes", "composting", "raised beds", "seed swap", "runner beans", "slugs", "greenhouse"],
                          ["plot42", "Margaret", "admin"]),
    "Birding the Borders": (["Birding", "Field Notes", "Photography", "Trip Reports"],
                            ["waders", "nuthatch", "spring migration", "rspb", "ospreys", "winter walks"],
                            ["birdnerd_jen", "borderbirder", "admin"]),
    "Kitchen Table Economics": (["Personal Finance", "Economy", "Housing", "Explainers", "Uncategorized"],
                                ["index funds", "pensions", "budget", "inflation", "mortgages", "savings"],
                                ["KTE Staff", "Dave R", "Guest Author"]),
    "The Frugal Forager": (["Foraging", "Frugal Living", "Recipes", "Seasonal Guides"],
                           ["foraging", "wild garlic", "elderflower", "mushrooms", "coupons", "meal prep"],
                           ["The Forager", "sam_writes"]),
    "Rural Route Notes": (["Homesteading", "Family Life", "Local History", "DIY"],
                          ["chickens", "canning", "woodworking", "snow", "heritage", "well water"],
                          ["ruralroute_anne", "admin"]),
    "Arseblog": (["News", "Match Reports", "Transfer Rumours", "Podcast", "Blog"],
                 ["arsenal", "matchday", "transfer window", "injuries", "women's team"],
                 ["Andrew Mangan", "James McNicholas", "Arseblog News"]),
    "Football365": (["Premier League", "Mediawatch", "Transfer news", "Features"],
                    ["transfer window", "mailbox", "16 Conclusions", "VAR"], ["Editorial Team", "Football365"]),
    "Pounding The Rock": (["Spurs News", "Game Recaps", "Draft", "Podcasts"],
                         ["spurs", "trade deadline", "box score", "draft lottery"], ["PtR Staff", "Guest Author"]),
    "TrekMovie": (["Star Trek: Strange New Worlds", "Star Trek: Lower Decks", "Merchandise", "Review", "Interview"],
                  ["season 3", "paramount+", "trailers", "comic-con"], ["TrekMovie.com Staff", "admin"]),
    "Nintendo Life": (["News", "Reviews", "Features", "Guides"], ["switch 2", "zelda", "indie", "eshop sale"],
                      ["Nintendo Life Staff"]),
    "Screen Rant": (["Movies", "TV", "Gaming", "Comics"], ["marvel", "box office", "trailers", "ending explained"],
                    ["Screen Rant Staff"]),
}
GENERIC_BLOG_META = (["News", "Features", "Analysis", "Policy", "Local", "Opinion", "Industry", "People"],
                     ["policy", "funding", "jobs", "regulation", "local government", "supply chain", "awards"],
                     ["Editorial Team", "Staff Writer", "Guest Author", "admin"])
SCI_KEYWORDS = ["Climate change", "Sea level rise", "Microbiome", "Antibiotic resistance", "Exoplanets", "Coral reefs",
                "Dementia", "Battery technology", "Machine learning", "Soil carbon", "Malaria", "Gene editing",
                "Wildfires", "Air pollution", "Sleep", "Biodiversity", "Quantum computing", "Groundwater"]
COMMENTERS = ["margaret_k", "BristolRover77", "Jen from Leeds", "oldtimer_62", "skeptical_reader", "DaveInDenver",
              "Anon", "Guest", "northern_lass", "kiwi_commuter", "TruthSeeker", "mike.h", "CapeTownCyclist",
              "ravi_k", "JoburgJo", "retired_teacher", "PeterF", "sunnyside", "Lagos_Lad", "Maple_Leaf_88"]


TOKEN_RE = re.compile(r"\{([a-z_]+?)(\d*)(?::([^{}]*))?\}")


class Filler:
    def __init__(self, r, site):
        self.r = r
        self.site = site
        self.reg = REG[site["region"]]
        self.ctx = {}

    # --- helpers -------------------------------------------------------
    def person(self, idx):
        k = "_p" + idx
        if k not in self.ctx:
            used = [v for kk, v in self.ctx.items() if kk.startswith("_p") and not kk.startswith("_pr")]
            while True:
                p = (self.r.choice(FIRST), self.r.choice(LAST))
                if p not in used:
                    break
            self.ctx[k] = p
            if self.r.random() < 0.06 or p[0] in FIRST_N:
                pr = "they"
            else:
                pr = "she" if p[0] in FIRST_F else "he"
            self.ctx["_pr" + idx] = pr
        return self.ctx[k]

    def pron(self, idx, which):
        self.person(idx)
        p = self.ctx["_pr" + idx]
        table = {"she": ("she", "her", "her", "She", "Her"), "he": ("he", "him", "his", "He", "His"),
                 "they": ("they", "them", "their", "They", "Their")}
        return table[p][which]

    def date(self, idx):
        k = "_d" + idx
        if k not in self.ctx:
            base = datetime.date(2021, 1, 4)
            if idx and idx != "1":
                # later dates in a template always follow the first one
                prev = self.date(str(int(idx) - 1) if int(idx) > 2 else "")
                step = self.r.randint(1, 12) if self.r.random() < 0.5 else self.r.randint(13, 400)
                if step % 7 == 0:
                    step += 1
                self.ctx[k] = prev + datetime.timedelta(days=step)
            else:
                self.ctx[k] = base + datetime.timedelta(days=self.r.randrange(0, 1500))
        return self.ctx[k]

    def hm(self, idx):
        k = "_t" + idx
        if k not in self.ctx:
            h = self.r.choices(range(24), [1, 1, 1, 1, 1, 2, 4, 6, 7, 7, 7, 7, 7, 7, 7, 7, 6, 6, 5, 4, 3, 3, 2, 1])[0]
            self.ctx[k] = (h, self.r.randrange(60))
        return self.ctx[k]

    def fmt_time(self, idx, style):
        h, m = self.hm(idx)
        h12 = h % 12 or 12
        am = h < 12
        if style == "us_ap":
            return "%d:%02d %s" % (h12, m, "a.m." if am else "p.m.")
        if style == "us_caps":
            return "%d:%02d %s" % (h12, m, "AM" if am else "PM")
        if style == "us_pm":
            return "%d:%02d%s" % (h12, m, "am" if am else "pm")
        if style == "uk_dot":
            return "%d.%02d%s" % (h12, m, "am" if am else "pm")
        if style == "24dot":
            return "%02d.%02d" % (h, m)
        if style == "24h":
            return "%02dh%02d" % (h, m)
        return "%02d:%02d" % (h, m)

    def tz(self, idx):
        k = "_tz" + idx
        if k not in self.ctx:
            home = HOME.get(self.site["name"])
            if home and home[1] and self.r.random() < 0.85:
                tz = home[1]
                if tz in ("ET", "CT", "PT", "MT") and self.r.random() < 0.35:
                    tz = tz[0] + self.r.choice("SD") + "T"
                self.ctx[k] = tz
            else:
                self.ctx[k] = self.r.choice(self.reg["tz"])
        return self.ctx[k]

    def t24(self):
        return self.reg["t24"] or self.reg["t12"]

    def fmt_date(self, idx, kind):
        d = self.date(idx)
        mdy = self.reg["dates"] == "mdy"
        if kind == "long":
            return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year) if mdy else "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
        if kind == "short":
            if mdy:
                if self.site["name"] == "Associated Press" or self.r.random() < 0.3:
                    return "%s %d, %d" % (AP_MON[d.month - 1], d.day, d.year)
                return "%s %d, %d" % (MON3[d.month - 1], d.day, d.year)
            return "%d %s %d" % (d.day, MON3[d.month - 1], d.year)
        if kind == "noyear":
            return "%s %d" % (MONTHS[d.month - 1], d.day) if mdy else "%d %s" % (d.day, MONTHS[d.month - 1])
        if kind == "num":
            return "%d/%d/%d" % (d.month, d.day, d.year) if mdy else "%02d/%02d/%d" % (d.day, d.month, d.year)
        if kind == "iso":
            return d.isoformat()
        raise KeyError(kind)

    def money(self, usd, force_dec=None):
        sym, code, factor, dec = self.reg["cur"]
        if force_dec is not None:
            dec = force_dec
        v = usd * factor
        if dec:
            if v < 1000:
                v = int(v) + (0.99 if self.r.random() < 0.7 else 0.0)
                s = "%s%.2f" % (sym, v)
                if s.endswith(".00") and self.r.random() < 0.6:
                    s = s[:-3]
                return s
            return "%s%s" % (sym, format(int(round(v, -1)), ","))
        mag = 10 ** max(0, len(str(int(v))) - 3)
        v = int(round(v / mag)) * mag
        if sym in ("Rs", "₹") and self.r.random() < 0.3:
            return "Rs %s" % format(v, ",")
        return "%s%s" % (sym, format(v, ","))

    def amount(self):
        if "_amt" not in self.ctx:
            self.ctx["_amt"] = self.r.choice([19, 24, 29, 34, 39, 49, 59, 79, 89, 99, 129, 149, 179, 199, 229,
                                              249, 279, 299, 349, 399, 449, 499, 599, 799, 999, 1299])
            self.ctx["_was"] = int(self.ctx["_amt"] * self.r.choice([1.2, 1.25, 1.3, 1.4, 1.5, 1.6]))
        return self.ctx["_amt"]

    def company(self):
        if "_co" not in self.ctx:
            pre = self.r.choice(COMPANY_PRE)
            suf = self.r.choice(sorted(SUFFIX_IND))
            form = self.r.choice(COMPANY_FORM)
            self.ctx["_co"] = (pre, suf, form)
        return self.ctx["_co"]

    def sport(self):
        if "_sport" not in self.ctx:
            self.ctx["_sport"] = self.r.choice(self.reg["sports"])
        return self.ctx["_sport"]

    def team_list(self):
        sp = self.sport()
        t = TEAMS[sp]
        if isinstance(t, dict):
            if sp == "cricket":
                if "_crset" not in self.ctx:
                    local = self.site["region"] in t and self.r.random() < 0.5
                    self.ctx["_crset"] = self.site["region"] if local else "INTL"
                return t[self.ctx["_crset"]]
            t = t.get(self.site["region"], t["UK"])
        return t

    def team(self, idx, abbr=False):
        k = "_team" + idx
        if k not in self.ctx:
            lst = self.team_list()
            used = [v for kk, v in self.ctx.items() if kk.startswith("_team")]
            while True:
                t = self.r.choice(lst)
                if t not in used:
                    break
            self.ctx[k] = t
        t = self.ctx[k]
        if isinstance(t, tuple):
            return t[1] if abbr else t[0]
        return t

    # --- main -----------------------------------------------------------
    def tok(self, base, idx, arg):
        r = self.r
        s = self.site
        if base == "c":
            return r.choice(arg.split("|"))
        if base == "n":
            a, b = (arg or "1-20").split("-")
            return str(r.randint(int(a), int(b)))
        if base == "name":
            f, l = self.person(idx)
            return "%s %s" % (f, l)
        if base == "fname":
            return self.person(idx)[0]
        if base == "lname":
            return self.person(idx)[1]
        if base == "nameup":
            f, l = self.person(idx)
            return ("%s %s" % (f, l)).upper()
        if base == "initname":
            f, l = self.person(idx)
            return "%s. %s" % (f[0], l)
        if base == "pron":
            return self.pron(idx, 0)
        if base == "obj":
            return self.pron(idx, 1)
        if base == "poss":
            return self.pron(idx, 2)
        if base == "prcap":
            return self.pron(idx, 3)
        if base == "posscap":
            return self.pron(idx, 4)
        if base == "time":
            style = r.choice(self.reg["t12"] + self.reg["t24"])
            return self.fmt_time(idx, style)
        if base == "tampm":
            return self.fmt_time(idx, r.choice(self.reg["t12"]))
        if base == "thm":
            return self.fmt_time(idx, r.choice(self.t24()))
        if base == "tz":
            return self.tz(idx)
        if base == "clock":
            style = r.choice(self.reg["t12"] + self.reg["t24"])
            return "%s %s" % (self.fmt_time(idx, style), self.tz(idx))
        if base == "date":
            return self.fmt_date(idx, "long")
        if base == "date_short":
            return self.fmt_date(idx, "short")
        if base == "date_noyear":
            return self.fmt_date(idx, "noyear")
        if base == "date_num":
            return self.fmt_date(idx, "num")
        if base == "date_iso":
            return self.fmt_date(idx, "iso")
        if base == "weekday":
            return DAYS[self.date(idx).weekday()]
        if base == "wkd":
            return DAYS[self.date(idx).weekday()][:3]
        if base == "month":
            return MONTHS[self.date(idx).month - 1]
        if base == "year":
            return str(self.date(idx).year)
        if base == "yearold":
            return str(r.randint(1952, 2019))
        if base == "datetime":
            d = self.date(idx)
            reg = self.site["region"]
            if reg in ("US", "CA", "PH", "LATAM"):
                opts = ["%s at %s %s" % (self.fmt_date(idx, "long"), self.fmt_time(idx, self.reg["t12"][0]), self.tz(idx)),
                        "%s, %s %s" % (self.fmt_date(idx, "short"), self.fmt_time(idx, "us_caps"), self.tz(idx)),
                        "%s %s, %s" % (self.fmt_time(idx, "us_caps"), self.tz(idx), self.fmt_date(idx, "short"))]
            elif reg in ("UK", "IE"):
                opts = ["%s %d %s %d %s %s" % (DAYS[d.weekday()][:3], d.day, MON3[d.month - 1], d.year,
                                                self.fmt_time(idx, "24dot"), self.tz(idx)),
                        "%s, %s" % (self.fmt_time(idx, "24colon"), self.fmt_date(idx, "long")),
                        "%s %s" % (self.fmt_date(idx, "num"), self.fmt_time(idx, "24colon"))]
            else:
                opts = ["%s, %s %s" % (self.fmt_date(idx, "long"), self.fmt_time(idx, r.choice(self.reg["t12"])), self.tz(idx)),
                        "%s %02d, %d %s %s" % (MONTHS[d.month - 1], d.day, d.year, self.fmt_time(idx, "24colon"), self.tz(idx)),
                        "%s | %s %s" % (self.fmt_date(idx, "short"), self.fmt_time(idx, "24colon"), self.tz(idx))]
            return r.choice(opts)
        if base == "ago":
            return r.choice(["%d minutes ago" % r.randint(2, 59), "%dh ago" % r.randint(1, 23),
                             "%d hrs ago" % r.randint(2, 12), "%dm ago" % r.randint(1, 59), "1 hour ago",
                             "%d hours ago" % r.randint(2, 20), "Yesterday", "%d mins ago" % r.randint(2, 59)])
        if base == "dur":
            return "%d:%02d" % (r.choices([0, 1, 2, 3, 4, 5, 7, 9, 12, 18, 24], [3, 6, 7, 6, 5, 4, 3, 2, 2, 1, 1])[0],
                                r.randrange(60))
        if base == "durlong":
            if r.random() < 0.4:
                return "%d:%02d:%02d" % (1, r.randrange(30), r.randrange(60))
            return "%d:%02d" % (r.randint(14, 59), r.randrange(60))
        if base == "mins":
            return str(r.randint(2, 19))
        if base == "bign":
            return format(r.randint(1000, 250000), ",")
        if base == "kcount":
            return r.choice(["%.1fK" % (r.randint(11, 99) / 10.0), "%dK" % r.randint(10, 48), str(r.randint(12, 980))])
        if base == "pct":
            return "%s%.2f%%" % (r.choice(["+", "-", "−"]), r.randint(1, 480) / 100.0)
        if base == "price":
            if idx:
                return self.money(self.amount() * r.choice([0.93, 0.95, 0.97, 1.03, 1.05, 1.08]))
            return self.money(self.amount())
        if base == "wasprice":
            self.amount()
            return self.money(self.ctx["_was"])
        if base == "nowprice":
            return self.money(self.amount())
        if base == "saveprice":
            self.amount()
            return self.money(self.ctx["_was"] - self.ctx["_amt"], force_dec=False)
        if base == "pctoff":
            self.amount()
            return str(int(round(100.0 * (self.ctx["_was"] - self.ctx["_amt"]) / self.ctx["_was"])))
        if base == "subprice":
            return self.money(r.choice([1, 2, 3, 4, 5, 8, 12, 15, 17]))
        if base == "bigprice":
            return self.money(r.choice([5000, 10000, 25000, 50000, 100000]), force_dec=False)
        if base == "cur":
            return self.reg["cur"][0].strip()
        if base == "curcode":
            return self.reg["cur"][1]
        if base == "retailer":
            return r.choice(self.reg["retail"])
        if base == "product":
            if "_pcat" not in self.ctx:
                self.ctx["_pcat"] = r.choice(sorted(PRODUCTS))
            return r.choice(PRODUCTS[self.ctx["_pcat"]])
        if base == "spec":
            if "_pcat" not in self.ctx:
                self.ctx["_pcat"] = r.choice(sorted(PRODUCTS))
            return r.choice(SPEC_LINES[self.ctx["_pcat"]])
        if base in ("pro", "con", "retailer", "scikw"):
            pool = {"pro": PROS, "con": CONS, "retailer": self.reg["retail"], "scikw": SCI_KEYWORDS}[base]
            k = "_u" + base + idx
            if k not in self.ctx:
                used = [v for kk, v in self.ctx.items() if kk.startswith("_u" + base)]
                free = [x for x in pool if x not in used] or pool
                self.ctx[k] = r.choice(free)
            return self.ctx[k]
        if base == "commenter":
            return r.choice(COMMENTERS + [compact(self.person(idx)[0]) + str(r.randint(1, 99))])
        if base == "wordsmin":
            w = r.randint(450, 6200)
            return "%s words · %d min read" % (format(w, ","), max(2, int(round(w / 230.0))))
        if base == "theuni":
            u = self.tok("uni", idx, None)
            return ("the " + u) if u.startswith(("University", "National", "Indian", "Massachusetts")) else u
        if base in ("category", "tag", "blogger"):
            cats, tags, bloggers = BLOG_META.get(s["name"], GENERIC_BLOG_META)
            pool = {"category": cats, "tag": tags, "blogger": bloggers}[base]
            k = "_b" + base + idx
            if k not in self.ctx:
                used = [v for kk, v in self.ctx.items() if kk.startswith("_b" + base)]
                free = [x for x in pool if x not in used] or pool
                self.ctx[k] = r.choice(free)
            return self.ctx[k]
        if base == "email":
            f, l = self.person(idx)
            f, l = compact(f), compact(l)
            d = mail_domain(s)
            return r.choice(["%s.%s@%s" % (f, l, d), "%s%s@%s" % (f[0], l, d), "%s@%s" % (f, d),
                             "%s.%s@%s" % (f, l, d)])
        if base == "bbgemail":
            f, l = self.person(idx)
            return "%s%s%d@bloomberg.net" % (compact(f)[0], compact(l), r.randint(1, 99))
        if base == "tipemail":
            return "%s@%s" % (r.choice(["tips", "newsdesk", "news", "tipline", "investigations", "yourstory",
                                        "editor", "newsroom", "letters", "local"]), mail_domain(s))
        if base == "staff":
            return r.choice(["40", "85", "120", "260", "350", "600", "800", "1,200", "2,400", "3,100", "5,000",
                             "8,500", "14,000", "22,000"])
        if base == "corptick":
            return CORP_TICK.get(s["name"], "NYSE: %s" % self.tok("ticker", "", None))
        if base == "prrole":
            return r.choice(PRESS_ROLES)
        if base == "coemail":
            f, l = self.person(idx)
            f, l = compact(f), compact(l)
            if s["type"] in ("corp", "uni", "gov", "ngo", "science"):
                d = mail_domain(s)
            else:
                pre, suf, form = self.company()
                d = "%s%s.com" % (compact(pre), compact(suf)) if r.random() < 0.6 else "%s-pr.com" % compact(pre)
            return r.choice(["%s.%s@%s" % (f, l, d), "%s%s@%s" % (f[0], l, d)])
        if base == "pressemail":
            if s["type"] in ("corp", "uni", "gov", "ngo", "science"):
                return "%s@%s" % (r.choice(["press", "media", "mediarelations", "communications", "pressoffice"]), mail_domain(s))
            pre, suf, form = self.company()
            return "%s@%s%s.com" % (r.choice(["press", "media", "pr", "communications", "ir", "investors"]),
                                    compact(pre), compact(suf))
        if base == "handle":
            f, l = self.person(idx)
            f, l = asciify(f).replace("-", ""), asciify(l).replace("'", "")
            return "@" + r.choice([f + l, f.lower() + "_" + l.lower(), f[0] + l, f + l + "News", f.lower() + l.lower()])
        if base == "handleplain":
            return self.tok("handle", idx, None)[1:]
        if base == "outlethandle":
            return "@" + re.sub(r"[^A-Za-z0-9]", "", asciify(s["name"]))
        if base == "domain":
            return s["domain"]
        if base == "url":
            sect = r.choice(["news", "local", "business", "world", "sport", "politics", "live", "article"])
            d = self.date(idx)
            if r.random() < 0.3:
                sect = "%d/%02d/%02d" % (d.year, d.month, d.day)
            return "%s/%s/%s" % (base_url(s), sect, r.choice(SLUGS))
        if base == "siteurl":
            return "%s/%s" % (base_url(s), arg or "")
        if base == "wireurl":
            return self.wire_url(idx)
        if base == "logourl":
            pre, suf, form = self.company()
            if s["name"] == "PR Newswire" or r.random() < 0.5:
                return "https://mma.prnewswire.com/media/%d/%s_%s_Logo.jpg" % (r.randint(1900000, 2599999), pre.replace(" ", "_"), suf)
            return "https://www.globenewswire.com/newsroom/ti?nf=%s" % "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(24))
        if base == "outlet":
            return s["name"]
        if base == "phone":
            return self.phone()
        if base == "agency":
            return r.choice(self.reg["agencies"])
        if base == "photoagency":
            return r.choice(PHOTO_AGENCIES)
        if base == "city":
            k = "_city" + idx
            if k not in self.ctx:
                used = [v for kk, v in self.ctx.items() if kk.startswith("_city")]
                home = HOME.get(s["name"])
                if home and home[0] not in used and r.random() < 0.5:
                    self.ctx[k] = home[0]
                    return self.ctx[k]
                pool = SITE_CITIES.get(s["name"], self.reg["cities"])
                while True:
                    c = r.choice(pool)
                    if c not in used:
                        break
                self.ctx[k] = c
            return self.ctx[k]
        if base == "country":
            return self.reg["country"]
        if base == "company":
            if s["name"] in CORP_NAMES:
                return CORP_NAMES[s["name"]]
            pre, suf, form = self.company()
            return ("%s %s %s" % (pre, suf, form)).strip()
        if base == "companyshort":
            if s["name"] in CORP_NAMES:
                return CORP_NAMES[s["name"]]
            pre, suf, form = self.company()
            return "%s %s" % (pre, suf)
        if base == "companyurl":
            pre, suf, form = self.company()
            return r.choice(["www.%s%s.com" % (compact(pre), compact(suf)), "https://%s%s.com" % (compact(pre), compact(suf)),
                             "%s.com" % compact(pre)])
        if base == "ticker":
            pre, suf, form = self.company()
            k = "_tick"
            if k not in self.ctx:
                letters = re.sub(r"[^A-Z]", "", asciify(pre + suf).upper())
                self.ctx[k] = (letters[:2] + letters[-2:])[:4] if len(letters) > 3 else letters + "X"
            return self.ctx[k]
        if base == "exch":
            if "_exch" not in self.ctx:
                self.ctx["_exch"] = r.choice(EXCH)
            return self.ctx["_exch"][0]
        if base == "exchfull":
            if "_exch" not in self.ctx:
                self.ctx["_exch"] = r.choice(EXCH)
            return self.ctx["_exch"][1]
        if base == "industry":
            return SUFFIX_IND[self.company()[1]][0]
        if base == "focus":
            return r.choice(SUFFIX_IND[self.company()[1]][1])
        if base == "realtick":
            k = "_rt" + idx
            if k not in self.ctx:
                used = [v for kk, v in self.ctx.items() if kk.startswith("_rt")]
                while True:
                    t = r.choice(REAL_TICKERS)
                    if t not in used:
                        break
                self.ctx[k] = t
            return self.ctx[k]
        if base == "topic":
            k = "_topic" + idx
            if k not in self.ctx:
                used = [v for kk, v in self.ctx.items() if kk.startswith("_topic")]
                while True:
                    t = r.choice(TOPICS)
                    if t not in used:
                        break
                self.ctx[k] = t
            return self.ctx[k]
        if base in ("section", "sub", "sectionup", "subup"):
            if "_sec" not in self.ctx:
                sec, subs = r.choice(SECTIONS)
                self.ctx["_sec"] = (sec, r.choice(subs))
            sec, sub = self.ctx["_sec"]
            return {"section": sec, "sub": sub, "sectionup": sec.upper(), "subup": sub.upper()}[base]
        if base == "beat":
            fan = {"Arseblog": ["Arsenal", "Arsenal Women", "transfers"], "Football365": ["the Premier League", "transfers"],
                   "Pounding The Rock": ["the Spurs", "the NBA draft"], "TrekMovie": ["Star Trek", "streaming TV"],
                   "Nintendo Life": ["Nintendo", "indie games"], "Screen Rant": ["film and TV", "superhero movies"]}
            if s["name"] in fan:
                return r.choice(fan[s["name"]])
            if s["type"] == "sport":
                return r.choice(["football", "cricket", "rugby", "the NFL", "college sports", "tennis", "Formula 1",
                                 "women's sport", "the Olympics"])
            if s["type"] == "tech":
                return r.choice(["consumer tech", "AI", "cybersecurity", "smartphones", "gaming", "Big Tech", "startups"])
            return r.choice(BEATS)
        if base == "role":
            return r.choice(ROLES)
        if base == "rolelc":
            return r.choice(ROLES).lower()
        if base == "funder":
            return r.choice(FUNDERS)
        if base == "partner":
            k = "_partner" + idx
            if k not in self.ctx:
                self.ctx[k] = r.choice([p for p in PARTNERS if p != s["name"]])
            return self.ctx[k]
        if base == "series":
            return r.choice(SERIES)
        if base == "lang":
            return r.choice(LANGS)
        if base == "src":
            k = "_src" + idx
            if k not in self.ctx:
                used = [v for kk, v in self.ctx.items() if kk.startswith("_src")]
                local = SRC_REGIONAL.get(s["region"], [])
                while True:
                    t = r.choice(local if local and r.random() < 0.65 else SRC_GLOBAL)
                    if t not in used:
                        break
                self.ctx[k] = t
            return self.ctx[k]
        if base == "vidtitle":
            return r.choice(VIDTITLES)
        if base == "podtitle":
            if "_pod" not in self.ctx:
                self.ctx["_pod"] = r.choice(PODTITLES)
            return self.ctx["_pod"]
        if base == "podep":
            return r.choice(PODEP)
        if base == "galtitle":
            return r.choice(GALTITLES)
        if base == "headline":
            return r.choice(HEADLINES)
        if base == "nl":
            if "_nl" not in self.ctx:
                self.ctx["_nl"] = r.choice(NEWSLETTERS + ["%s Today" % s["name"], "%s Daily" % s["name"],
                                                          "%s Briefing" % s["name"]])
            return self.ctx["_nl"]
        if base == "event":
            return r.choice(EVENTS)
        if base == "venue":
            return r.choice(VENUES)
        if base == "tocitem":
            k = "_toc" + idx
            if k not in self.ctx:
                used = [v for kk, v in self.ctx.items() if kk.startswith("_toc")]
                while True:
                    t = r.choice(TOC)
                    if t not in used:
                        break
                self.ctx[k] = t
            return self.ctx[k]
        if base == "journal":
            return r.choice(JOURNALS)
        if base == "uni":
            if s["type"] == "uni":
                return {"MIT News": "Massachusetts Institute of Technology", "Stanford Report": "Stanford University",
                        "University of Michigan News": "University of Michigan", "UCL News": "UCL",
                        "University of Toronto News": "University of Toronto",
                        "University of Melbourne Pursuit": "University of Melbourne",
                        "University of Cape Town News": "University of Cape Town"}.get(s["name"], r.choice(UNIS))
            if "_uni" not in self.ctx:
                self.ctx["_uni"] = r.choice(UNIS)
            return self.ctx["_uni"]
        if base == "field":
            return r.choice(FIELDS)
        if base == "pollq":
            return r.choice(POLLQ)
        if base == "corr":
            return r.choice(CORR_WHAT)
        if base == "corrthing":
            return r.choice(CORR_THING)
        if base == "hex":
            return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([8, 12, 16])))
        if base == "code":
            return r.choice(["SAVE", "DEAL", "SPRING", "HELLO", "EXTRA", "READER", "VIP", "WELCOME"]) + str(r.randint(10, 40))
        if base == "team":
            return self.team(idx)
        if base == "teamab":
            return self.team(idx, abbr=True)
        if base == "sportsdesk":
            return r.choice(["Sports Desk", "Sport Desk", "Web Desk", "Digital Desk", "News Desk", "Online Desk"])
        if base == "dept":
            return r.choice(DEPTS_UK)
        if base == "doi":
            return "10.%d/%s" % (r.choice([1038, 1126, 1016, 1371, 1093, 1029, 1136]),
                                 r.choice(["s41586-0%d-0%d-%d" % (r.randint(23, 25), r.randint(1000, 9999), r.randint(1, 9)),
                                           "science.adk%d" % r.randint(1000, 9999),
                                           "journal.pone.0%d" % r.randint(280000, 310000),
                                           "j.cell.20%d.%02d.0%d" % (r.randint(22, 25), r.randint(1, 12), r.randint(10, 99))]))
        if base == "prnurl":
            pre, suf, form = self.company()
            act = r.choice(["announces-first-quarter-results", "appoints-chief-financial-officer",
                            "opens-new-facility", "completes-acquisition", "launches-new-platform",
                            "reports-record-revenue", "secures-series-b-funding", "expands-into-europe"])
            return "https://www.prnewswire.com/news-releases/%s-%s-%s-30%d.html" % (
                compact(pre), compact(suf), act, r.randint(1000000, 2999999))
        if base == "bwurl":
            d = self.date(idx)
            return "https://www.businesswire.com/news/home/%d%02d%02d%06d/en/" % (d.year, d.month, d.day, r.randint(100000, 999999))
        if base == "gnwurl":
            d = self.date(idx)
            pre, suf, form = self.company()
            return "https://www.globenewswire.com/news-release/%d/%02d/%02d/%d/0/en/%s-%s-Reports-Results.html" % (
                d.year, d.month, d.day, r.randint(2800000, 3099999), pre.replace(" ", "-"), suf)
        raise KeyError("unknown token %s" % base)

    def wire_url(self, idx):
        r = self.r
        name = self.site["name"]
        pre, suf, form = self.company()
        slug = "%s-%s-%s" % (compact(pre), compact(suf), r.choice(
            ["announces-first-quarter-results", "appoints-chief-financial-officer", "opens-new-facility",
             "completes-acquisition", "launches-new-platform", "reports-record-revenue", "secures-series-b-funding",
             "expands-into-europe", "receives-fda-clearance", "signs-supply-agreement"]))
        d = self.date(idx)
        if name == "Business Wire":
            return self.tok("bwurl", idx, None)
        if name == "GlobeNewswire":
            return self.tok("gnwurl", idx, None)
        if name == "ACCESSWIRE":
            return "https://www.accesswire.com/%d/%s" % (r.randint(700000, 999999), slug)
        if name == "EIN Presswire":
            return "https://www.einpresswire.com/article/%d/%s" % (r.randint(600000000, 799999999), slug)
        if name == "PRWeb":
            return "https://www.prweb.com/releases/%s-30%d.html" % (slug, r.randint(1000000, 2999999))
        if name == "Newsfile":
            return "https://www.newsfilecorp.com/release/%d/%s" % (r.randint(150000, 260000), slug.title())
        if name == "Media OutReach Newswire":
            return "https://www.media-outreach.com/news/%s/%d/%02d/%02d/%d/%s/" % (
                r.choice(["singapore", "malaysia", "hong-kong", "thailand", "philippines"]), d.year, d.month, d.day,
                r.randint(200000, 350000), slug)
        return "https://www.prnewswire.com/news-releases/%s-30%d.html" % (slug, r.randint(1000000, 2999999))

    def phone(self):
        r = self.r
        p = self.reg["phone"]
        if p == "us":
            return r.choice(["(%d) 555-01%02d", "%d-555-01%02d", "%d.555.01%02d"]) % (
                r.choice([212, 312, 404, 512, 617, 713, 206, 303, 919, 416, 604, 403]), r.randint(0, 99))
        if p == "uk":
            return r.choice(["020 7946 0%03d" % r.randint(0, 999), "0113 496 0%03d" % r.randint(0, 999),
                             "07700 900%03d" % r.randint(0, 999), "0161 496 0%03d" % r.randint(0, 999)])
        if p == "au":
            return r.choice(["(02) 5550 %04d" % r.randint(0, 9999), "0491 570 %03d" % r.randint(100, 999),
                             "(03) 7010 %04d" % r.randint(0, 9999)])
        codes = {"ie": "+353 1 %d %04d", "nz": "+64 9 %d %04d", "in": "+91 98%d %05d", "pk": "+92 21 %d %04d",
                 "bd": "+880 2 %d %04d", "sg": "+65 6%d %04d", "hk": "+852 2%d %04d", "jp": "+81 3 %d %04d",
                 "kr": "+82 2 %d %04d", "ph": "+63 2 8%d %04d", "ae": "+971 4 %d %04d", "il": "+972 3 %d %04d",
                 "za": "+27 21 %d %04d", "ke": "+254 20 %d %04d", "ng": "+234 1 %d %04d", "gh": "+233 30 %d %04d",
                 "eu": "+32 2 %d %04d", "mx": "+52 55 %d %04d", "jm": "+1 876 %d %04d"}
        return codes[p] % (r.randint(200, 999), r.randint(0, 9999))

    def fill(self, tpl):
        out = tpl
        for _ in range(6):
            if "{" not in out:
                break

            def rep(m):
                base, idx, arg = m.group(1), m.group(2), m.group(3)
                key = "%s%s:%s" % (base, idx, arg)
                if base in ("c", "n", "ago", "kcount", "pct", "headline", "vidtitle", "galtitle", "beat", "role",
                            "photoagency", "hex", "time", "tampm", "thm",
                            "date_short", "datetime", "email", "handle", "url", "agency", "src", "corr", "corrthing",
                            "funder", "podep", "lang", "event", "venue", "dur", "bign",
                            "mins", "yearold", "field", "pollq", "dept", "companyurl", "rolelc", "code", "doi",
                            "journal", "series", "sportsdesk", "product", "spec"):
                    return self.tok(base, idx, arg)
                if key not in self.ctx:
                    self.ctx[key] = self.tok(base, idx, arg)
                return self.ctx[key]

            out = TOKEN_RE.sub(rep, out)
        return out


# ---------------------------------------------------------------------------
# Kinds.  Each template is a string (any outlet from the kind's pool) or a
# (string, outlet-or-list-of-outlets) pair for outlet-specific wording.
# ---------------------------------------------------------------------------
POOLS = {
    "news": ["news", "local", "localtv", "agency", "nonprofit", "biz", "sport", "tech", "trade", "consumer", "fan"],
    "live": ["news", "localtv", "sport", "biz", "local"],
    "video": ["news", "localtv", "sport", "biz", "tech", "local", "fan", "weather", "ngo", "agency"],
    "photo": ["news", "local", "localtv", "agency", "nonprofit", "sport", "biz", "ngo", "uni", "trade"],
    "commerce": ["tech", "consumer", "news", "local", "fan"],
    "wire": ["wire"],
    "press": ["wire", "corp", "uni", "gov", "ngo", "science"],
    "blog": ["blog", "fan", "trade", "nonprofit", "local"],
    "any": ["news", "local", "localtv", "agency", "nonprofit", "biz", "sport", "tech", "trade", "consumer", "fan",
            "gov", "uni", "ngo", "science", "blog", "substack", "medium", "corp", "weather", "wire"],
    "pitch": ["news", "local", "localtv", "nonprofit", "biz", "sport", "tech", "trade", "consumer", "fan"],
    "nonprofit": ["nonprofit"],
    "authored": ["news", "local", "localtv", "agency", "nonprofit", "biz", "sport", "tech", "trade", "consumer", "fan",
                 "blog", "substack", "medium", "uni"],
    "data": ["news", "local", "localtv", "agency", "nonprofit", "biz", "trade"],
    "ads": ["news", "local", "localtv", "biz", "sport", "tech", "trade", "consumer", "fan", "weather", "blog"],
    "gov": ["gov"],
    "science": ["science", "uni"],
    "medium": ["medium"],
    "substack": ["substack"],
    "finance": ["biz", "news", "agency"],
    "sport": ["sport", "news", "local", "localtv", "fan"],
    "weather": ["weather", "localtv", "news", "local"],
    "election": ["news", "agency", "localtv", "local"],
}

KINDS = {}
US_NEWS = [x[0] for x in SITES if x[2] == "US" and x[3] in ("news", "local", "localtv", "nonprofit")]
UK_LOCAL = ["BBC News", "Liverpool Echo", "WalesOnline", "Yorkshire Post", "Manchester Evening News", "The Scotsman"]
CA_NEWS = [x[0] for x in SITES if x[2] == "CA" and x[3] in ("news", "localtv", "agency")]
CONV_REPUBLISHERS = ["Associated Press", "Yahoo Finance", "The Independent", "news.com.au", "WRAL", "The Canadian Press",
                     "Rappler", "Daily Maverick", "Business Insider", "NPR", "Mail & Guardian", "The Times of India"]
BLOGS = [x[0] for x in SITES if x[3] == "blog"]


def K(name, pool, n, templates, case=0.0, gen=0.0):
    KINDS[name] = dict(pool=pool, n=n, t=templates, case=case, gen=gen)


# ---- live blogs -----------------------------------------------------------
K("live_entry_header", "live", 40, [
    "{clock}", "{thm} {tz}", "{ago}", "{tampm} {tz} — {name}", "{ago} | By {name}",
    "Posted at {tampm}, {date_noyear}", "{date_short}, {tampm} {tz}", "Updated {ago}",
    "{wkd} {date_short} {thm} {tz}", "Just now", "{n:1-59} min ago", "{n:1-9}h ago", "{clock} · {name}",
    "{thm}", "Posted {ago} by {name}", "{name} · {clock}", "{date_noyear} · {clock}", "{wkd}, {clock}",
    "{clock} Updated", "{tampm}", "BREAKING {clock}", "{clock} Key event", "{n:2-40}m ago", "{tampm} {tz}, {date_noyear}",
    "{thm} {tz} Share", "Posted {tampm} · Updated {tampm2}", "Entry {n:12-140} · {clock}",
    ("{thm} {tz}", GUARDIAN), ("{n:2-59} minutes ago", BBC), ("{tampm} {tz}, {date_short}", "CNN"),
    ("{tampm} {tz}", US_LOCALTV),
], case=0.05)
K("live_entry_byline", "live", 36, [
    "By {name}", "{name} reporting from {city}", "From {name} in {city}", "{name} in {city}", "Posted by {name}",
    "{name}, {role}", "{name} and {name2}", "Entry by {name} · {clock}", "{nameup}", "{name} ({handle})",
    "Written by {name}", "{name}, {outlet}", "Reporting by {name}", "{name} in {city} and {name2} in {city2}",
    "Updated by {name}", "{name} | {role}", "Live editor: {name}", "{name} on the ground in {city}",
    "With {name} in {city}", "{name} — {role}, {outlet}", "Posted by {name} at {tampm}",
    ("From {name}, {role}", BBC), ("{name} in {city}", GUARDIAN), ("{name}, CNN", "CNN"),
])
K("live_pinned_post", "live", 26, [
    "Pinned post", "Pinned", "📌 Pinned", "Pinned post from {name}", "Pinned post · Updated {clock}",
    "Pinned post {thm} {tz}", "Featured post", "Highlight", "Key update", "Pinned message", "Pinned: latest summary",
    "📌 PINNED POST", "Pinned · {ago}", "Top post", "Pinned update", "Sticky post", "Pinned post – {date_short}",
    "Editor's pick", "Pinned by {outlet}", "Pinned post | {name}",
], case=0.15)
K("live_key_events", "live", 34, [
    "Key events", "Show key events only", "Please turn on JavaScript to use this feature", "Key events ({n:3-14})",
    "Key event", "View all key events", "Jump to key events", "Show only key events", "Key events only",
    "Live timeline", "Timeline", "Key moments", "Show all updates", "Highlights only", "Key updates", "Key points",
    "Key events: On", "Key events: Off", "See all key events", "Filter: Key events", "Show {n:3-12} key events",
    "Hide key events", "Key events Show key events only Please turn on JavaScript to use this feature",
    "Key moments ({n:4-9})", "Show: All | Key events",
], case=0.12)
K("live_new_updates", "live", 40, [
    "{n:2-9} new updates", "1 new update", "{n:2-12} new posts", "Refresh", "Click to see {n:2-9} new updates",
    "Show {n:2-9} new updates", "Load new posts", "New updates available. Tap to view", "Auto-update is on",
    "Auto-update: Off", "Turn on auto-refresh", "Load more", "Load {n:5-20} more updates", "Older posts",
    "Newer posts", "View earlier updates", "Show earlier posts", "Latest", "Oldest", "Sort by: Newest first",
    "Newest first", "Oldest first", "{n:2-9} new posts since you last refreshed", "Refresh to see new posts",
    "New post", "See latest updates", "Showing latest {n:10-30} posts", "Updates paused. Resume",
    "Go to latest update", "Jump to latest", "Back to latest", "↑ {n:2-9} new updates", "{n:2-9} new", "Show newer posts",
    "Load older updates",
], case=0.1)
K("live_catch_up", "live", 30, [
    "Catch up", "Catch up on the key developments", "Catch up: what we know so far", "What we know so far",
    "Where things stand", "Quick summary", "Summary so far", "The latest", "In brief", "Catch up quick",
    "Catch up: key points", "Recap", "Get caught up", "Key takeaways", "Catch up on the day's main events",
    "What you need to know", "Latest updates", "At a glance", "The story so far", "Catch up in {n:30-90} seconds",
    "Today's top lines", "Evening summary", "Morning recap", "Summary of the day", "Need to catch up? Start here",
    "Catch up with our earlier coverage", "Read our full coverage of the {c:storm|election|trial|budget|floods|summit|strike}",
    "Catch up: {n:4-8} things you need to know", "Summary: {clock}",
], case=0.1)
K("live_share_post", "live", 30, [
    "Share this post", "Share", "Copy link", "Link copied", "Copied!", "Share on X", "Share on Facebook",
    "Share on WhatsApp", "Share this update", "Facebook Twitter Email", "Share via Email", "Link to this post",
    "Copy link to post", "Post link copied to clipboard", "Share Share on Facebook Share on X Copy link",
    "Share this entry", "Link copied to clipboard", "Share post", "Copy link to this update", "Share on Threads",
    "Share on Bluesky", "Share on LinkedIn", "Email this post", "Share · Copy link · Report", "Permalink",
    "Link to this", "Share update on X", "Copy post URL",
], case=0.05)
K("live_status", "live", 40, [
    "LIVE", "Live", "● LIVE", "Live updates", "Live coverage", "This live page is no longer being updated.",
    "This blog is now closed.", "We've paused our live coverage for now. Follow the latest at {url}.",
    "This live blog has now closed, thanks for following along.", "Updated {n:2-59} minutes ago",
    "Live reporting by {name} and {name2}", "Live: updated {clock}", "Edited by {name}",
    "Live coverage ended {clock} {date_short}",
    "Our live coverage has ended for today. We'll be back at {tampm} {tz} tomorrow.", "Last updated {datetime}",
    "Coverage has ended", "This live blog is no longer active", "Live updates have ended. See the latest developments here.",
    "The live coverage of this event has ended.", "LIVE: Updated {ago}", "Live · {n:12-480} updates", "Live blog",
    "Live now", "Ended", "Live updates: {date_noyear}", "Follow live", "Live coverage by {outlet} reporters in {city} and {city2}",
    "Contributors: {name}, {name2}, {name3}", "Live updates from {outlet}'s newsroom", "LIVE NOW · {n:3-60}K watching",
    ("Live Reporting Edited by {name}", BBC), ("Updated {thm} {tz}", GUARDIAN),
    ("Live Updates: {n:2-59} min ago", "CNN"),
], case=0.1)

# ---- video & audio --------------------------------------------------------
K("video_player_controls", "video", 44, [
    "Video", "Play Video", "Play", "Pause", "Mute", "Unmute", "Fullscreen", "Exit fullscreen", "Replay",
    "Duration {dur}", "{dur}", "Watch {dur}", "Video duration {dur}", "0:00 / {dur}", "Playback speed 1x",
    "Quality: Auto (720p)", "Captions Off", "CC", "Skip Ad", "Ad 1 of 2 · 0:15", "Your video will play after this ad",
    "Video Ad Feedback", "Loading video...", "Click to play video", "Tap to unmute", "Picture-in-picture",
    "Autoplay is on", "Autoplay: Off", "Current Time 0:00", "Duration Time {dur}", "Remaining Time -{dur}",
    "Stream Type LIVE", "Seek to live, currently behind live", "Chapters", "descriptions off, selected",
    "captions settings, opens captions settings dialog", "captions off, selected", "This is a modal window.",
    "Beginning of dialog window. Escape will cancel and close the window.", "End of dialog window.",
    "Volume 90%", "Share video", "Embed", "Watch full video", "Advertisement · {n:5-30}s",
    "Video will resume after this ad", "Your ad will end in {n:3-15}", "Watch in HD", "Settings",
], case=0.08)
K("video_now_playing", "video", 40, [
    "Now playing", "Up next", "Next up in {n:3-10}", "Playing next", "Up next: {vidtitle}", "Now Playing: {vidtitle}",
    "{vidtitle} {dur}", "{vidtitle} · {dur}", "More videos", "Related videos", "Watch more",
    "Next video starting in {n:3-9} seconds", "Cancel", "Now playing {dur}", "Trending videos", "Latest videos",
    "Most watched", "Up next {dur} {vidtitle}", "{n:2-9} videos", "Watch next",
    "Playlist: {c:Top stories|Weather|Sport|Business|Politics} ({n:5-20} videos)", "Play all", "Previous video",
    "More from {outlet} Video", "NOW PLAYING {vidtitle}", "{dur} {vidtitle}",
], case=0.12)
K("video_unavailable", "video", 28, [
    "Video unavailable", "This video is unavailable", "This video can not be played",
    "Media playback is unsupported on your device", "Media playback is not supported on this device",
    "Sorry, this video is not available in your region.", "This content is not available in your location.",
    "An error occurred. Please try again later. (Playback ID: {hex})", "Video no longer available",
    "This video has been removed for violating YouTube's Terms of Service.",
    "Your browser does not support the video tag.", "Please enable JavaScript to watch this video.",
    "To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video",
    "This video is private", "Watch on YouTube",
    "The media could not be loaded, either because the server or network failed or because the format is not supported.",
    "Sign in to confirm your age", "This video is no longer available due to rights restrictions.",
    "Video failed to load. Error code: {n:100-599}", "This content is currently unavailable.",
    "Oops! Something went wrong. Please try again.", "Playback of this video is not currently available",
    ("Media playback is unsupported on your device", BBC),
], case=0.05)
K("video_transcript", "video", 26, [
    "Show transcript", "Hide transcript", "Transcript", "Read transcript", "Video transcript", "Expand transcript",
    "Full transcript available below", "Audio described version", "Show captions",
    "This transcript was automatically generated and may contain errors.",
    "Transcripts are produced on a rush deadline and may be updated. Please check the audio before quoting.",
    "This is a rush transcript. Copy may not be in its final form.",
    "Transcript provided by {c:Verbit|Rev|our captioning partner|3Play Media}.",
    "This transcript has been edited for length and clarity.", "Show full transcript", "Collapse transcript",
    "Download transcript (PDF)", "Interactive transcript", "Transcript: {vidtitle}",
    "Closed captioning is available for this video.",
    ("NPR transcripts are created on a rush deadline by an NPR contractor. This text may not be in its final form and may be updated or revised in the future. Accuracy and availability may vary. The authoritative record of NPR’s programming is the audio record.", "NPR"),
], case=0.08)
K("video_watch_label", "video", 42, [
    "Watch: {vidtitle}", "WATCH: {vidtitle}", "VIDEO: {vidtitle}", "Watch | {vidtitle}",
    "▶ Watch: {vidtitle} ({dur})", "WATCH | {vidtitle} | {dur}", "Video: {vidtitle}", "[WATCH] {vidtitle}",
    "WATCH ▶ {vidtitle}", "Watch the video: {vidtitle}", "VIDEO | {vidtitle} – {dur}", "Watch: {vidtitle} | {outlet}",
    "Video: {vidtitle} (Source: {outlet})", "Watch below: {vidtitle}", "▶️ {vidtitle}",
    ("Media caption, Watch: {vidtitle}", BBC), ("Media caption, {vidtitle}", BBC),
    ("Watch: {vidtitle} – video", GUARDIAN), ("{vidtitle} – video report", GUARDIAN),
    ("WATCH | {vidtitle}", ["News24", "Daily Maverick"]), ("WATCH LIVE: {vidtitle}", US_LOCALTV),
])
K("audio_listen_article", "authored", 34, [
    "Listen to this article", "Listen to this article · {mins} min", "Listen · {dur}", "Listen to article {mins} minutes",
    "{dur} / Listen", "Audio version", "Audio is generated by AI and may contain errors. Feedback",
    "This audio is automatically generated. Please let us know if you have feedback.",
    "Listen to this story. Enjoy more audio and podcasts on iOS or Android.",
    "Powered by {c:Trinity Audio|BeyondWords|ElevenLabs|Ad Auris|SpeechKit}", "Listen to this article {dur}",
    "Hear this story", "Play audio", "Narrated by {name}", "0:00 / {dur} 1x", "Voiced by Amazon Polly",
    "Listen: {mins} minutes", "Listen to the story", "Getting your Trinity Audio player ready...",
    "Listen to this article now", "{mins} min listen", "Listen (AI voice) · {dur}", "Speed 1.0x",
    "Audio: {mins}:{n:10-59}", "Listen to this article. This audio was created using AI.",
    ("Listen to this article {mins} min", "The New York Times"), ("Listen to article", "The Washington Post"),
])
K("podcast_row", "video", 36, [
    "Episode {n:12-412} · {mins} min", "{date_short} · {n:18-64} min", "S{n:1-6} E{n2:1-24}: {podep}",
    "Listen on Apple Podcasts", "Listen on Spotify", "Subscribe: Apple Podcasts | Spotify | Pocket Casts | RSS",
    "Play episode", "Download (MP3, {n:18-64} MB)", "{durlong}", "Podcast: {podtitle}",
    "Presented by {name}. Produced by {name2}.", "Episode notes", "Show notes", "Runtime: {durlong}",
    "{podtitle} · {podep}", "{podtitle} Episode {n:20-300}", "Latest episode: {podep}", "All episodes",
    "Follow the podcast", "Listen now · {n:18-64} min", "Share episode", "Podcast · {outlet}",
    "Executive producer: {name}. Sound design by {name2}.", "Subscribe via RSS", "{n:18-64} mins · {date_noyear}",
    "Listen on YouTube Music", "Add to queue", "Previous episodes",
])
K("podcast_pitch", "pitch", 26, [
    "Listen to {podtitle} on Apple Podcasts, Spotify or wherever you get your podcasts.",
    "Subscribe to {podtitle}, our daily news podcast, wherever you get your podcasts.",
    "New episodes of {podtitle} drop every {weekday}.",
    "Want more? Catch every episode of {podtitle} in the {outlet} app.",
    "Hear more from {name} on {podtitle}, out every {weekday} morning.",
    "Enjoyed this? Follow {podtitle} so you never miss an episode.",
    "{podtitle} is {outlet}'s weekly podcast on {beat}. Find it wherever you listen.",
    "Listen to the latest episode of {podtitle} below, or search for it in your podcast app.",
    "Got a question for the {podtitle} team? Leave us a voicemail on {phone}.",
    "Rate and review {podtitle} on Apple Podcasts — it helps other listeners find us.",
    "Listen and subscribe: Apple Podcasts | Spotify | Amazon Music | YouTube",
    "This episode of {podtitle} was produced by {name} and mixed by {name2}. Our executive producer is {name3}.",
])

# ---- images, galleries, graphics -----------------------------------------
K("image_caption", "photo", 90, [
    "Firefighters work to contain a blaze near {city} on {weekday}. Photograph: {name}/{photoagency}",
    "A woman walks past a closed shopfront in central {city}. (Photo by {name}/{photoagency})",
    "Residents queue for water in {city}, {date_noyear}. REUTERS/{name}",
    "Supporters wave flags outside the parliament building in {city} on {weekday}. AFP",
    "Children play in a flooded street in {city}. Image: {photoagency}",
    "Commuters wait on a crowded platform during the strike. Picture: {name}",
    "A rescue worker carries a dog through floodwater in {city}. Photo: {photoagency}",
    "Shoppers browse produce at a market in {city}. (Bloomberg photo by {name})",
    "Students sit an exam at a secondary school in {city}, {date_noyear}.",
    "{name}, left, and {name2} pose for a photograph at the launch in {city}.",
    "Police officers stand guard outside the court in {city} on {weekday}.",
    "An aerial view shows damaged homes in {city} after the storm. Drone image: {name}/{photoagency}",
    "Workers assemble electric vehicles on the production line at a plant outside {city}.",
    "Protesters hold placards during a march through {city} on {weekday}. Photo: {name}",
    "Rangers fit a tracking collar on a sedated lioness in the reserve. Photo: Supplied",
    "Volunteers sort donated clothes at a community centre in {city}. Photo: {name}/{outlet}",
    "Health workers prepare vaccine doses at a clinic in {city}. Credit: {photoagency}",
    "The stadium, pictured in {year}, will host the final. Photo: {photoagency}",
    "Fans celebrate in {city} after the final whistle. Photograph: {name}/{photoagency}",
    "Smoke rises over the skyline of {city} on {weekday} morning. Photo: {name} / {photoagency}",
    "This undated handout photo provided by {c:police|the family|the university|the museum} shows {name}.",
    "{name} at home in {city}. Photograph: {name2} for {outlet}",
    "Pictured: {name} with the award at the ceremony in {city}",
    "The original 1920s facade has been restored. Picture: Supplied",
    "Nurses attend a rally outside the health department in {city}. Picture: {name}",
    "A man cycles past a mural in {city}'s old town.",
    "A general view of the container terminal in {city}. REUTERS/{name}/File Photo",
    "People shelter from the rain under umbrellas in {city}. Credit: {name}/{photoagency}",
    "A worker inspects solar panels at a farm near {city}. Photographer: {name}/Bloomberg",
    "Snow covers cars parked along a residential street in {city} on {weekday}.",
    "The site of the proposed development, as seen from the river. Photo: {name}/{outlet}",
    "A file image of the hospital's emergency department entrance. Photo: {outlet}",
    "{name} speaks during a news conference in {city} on {weekday}, {date_noyear}.",
    "Traffic backs up on the main road into {city} during the morning rush hour.",
    "An artist's impression of the new library. Image: {company}",
    "Boats sit on the cracked bed of a reservoir near {city}. Photo: {name}/{photoagency}",
    "Delegates arrive for the opening session of the summit in {city}. Photo: {photoagency}",
    "Cattle graze on a farm outside {city}. Picture: {name}",
    "The wreckage was recovered from the water late on {weekday}. Photo: {c:Coastguard|Police|Fire and Rescue} handout",
    "{name} leaves the court building in {city} on {weekday}. Photograph: {name2}/{photoagency}",
    "Supporters watch the count at a party office in {city}. Photo: {name}",
    "A screengrab from video released by {c:the ministry of defence|the fire service|local police} shows the scene.",
    "This satellite image provided by Maxar Technologies shows the port on {date_noyear}.",
    "Graduates throw their caps in the air at the ceremony. Photo: {uni}",
    ("FILE - Voters cast their ballots at a polling station in {city}, {date}. (AP Photo/{name}, File)", "Associated Press"),
    ("{name} walks to a news conference in {city}, {weekday}, {date}. (AP Photo/{name2})", "Associated Press"),
    ("Image caption, Crews have been clearing debris since the early hours", BBC),
    ("Image caption, {name} said the support had been \"overwhelming\"", BBC),
    ("Firefighters at the scene on {weekday} afternoon. (Image: {name}/{outlet})", REACH),
    ("Emergency services were called to the property in {city}. (Image: Google)", REACH),
    ("A general view of the site. (Image: {outlet})", REACH),
    ("Passengers stranded at the railway station in {city} on {weekday}. | Photo Credit: {name}", "The Hindu"),
    ("Rescue operations under way in {city}. (PTI Photo)", INDIA),
    ("Commuters wade through a waterlogged street in {city}. (HT Photo/{name})", "Hindustan Times"),
    ("Visitors at the exhibition in {city}. — Photo by {name}", ["The National", "Gulf News", "Arab News"]),
    ("Residents collect water from a municipal tanker in {city}. (Photo: {name})", "Daily Maverick"),
    ("Taxi operators gather in {city} on {weekday}. (Gallo Images/{name})", ["News24", "Daily Maverick"]),
    ("Commuters brave the rain in Quezon City. Photo by {name}/Rappler", "Rappler"),
    ("Farmers drive tractors through {city} in protest at fuel prices. Photo / {name}", "NZ Herald"),
    ("Police at the cordon on {weekday} night. Photo / {name}", "NZ Herald"),
    ("Crowds gather on the waterfront for the fireworks. Credit: {name}", ["The Sydney Morning Herald", "The Age"]),
    ("Emergency crews at the scene in {city}. Credit: {name}/The New York Times", "The New York Times"),
    ("{name} in {city}. Credit...{name2} for The New York Times", "The New York Times"),
    ("Commuters at a station in {city}. (Bloomberg)", "Bloomberg"),
    ("Supporters at a rally in {city}. Photo by {name}/Getty Images", ["CNN", "Politico", "Axios"]),
    ("Students at a school in {city} earlier this year. (Photo: {name}/Chalkbeat)", "Chalkbeat"),
    ("Cars line up at a border crossing near {city}. Photo: {name} for The Texas Tribune", "The Texas Tribune"),
    ("Market stalls in {city}. Photo: {name}/Nation Media Group", "Nation Africa"),
    ("Traders at the market in {city}. Photo: {name}/Premium Times", "Premium Times"),
    ("A street in {city} after the overnight shelling. Photo: {name}/The Kyiv Independent", "Kyiv Independent"),
    ("Commuters cross a street in {city}. (The Straits Times/{name})", "The Straits Times"),
    ("Delegates at the forum in {city}. Photo: SCMP/{name}", "South China Morning Post"),
    ("The ferry terminal in {city}. (Yonhap)", "The Korea Herald"),
    ("Residents clear mud from their homes in {city}. Photo: {name}/Dawn", "Dawn"),
    ("Flooded rice fields near {city}. Photo: Star/{name}", "The Daily Star"),
    ("Players warm up before the match at Sabina Park. (Photo: {name}/Gleaner)", "Jamaica Gleaner"),
])
K("image_credit", "photo", 50, [
    "Photograph: {name}/{photoagency}", "(Image: Getty Images)", "Image source, Getty Images", "Image source, {photoagency}",
    "Photo: {photoagency}", "Picture: {name}", "© {name}", "Getty Images", "Photo by {name} on Unsplash",
    "Image: Supplied", "Source: Supplied", "Photo courtesy of {company}", "Illustration: {name}",
    "Illustration by {name}; Photos: {photoagency}", "Composite: {outlet}; Getty Images", "Handout",
    "Image credit: {company}", "Photo / {name}", "Image: {outlet} / {name}", "PHOTO: {name}",
    "Lead image: {photoagency}", "Featured image: {name}/Flickr (CC BY 2.0)", "Image: Wikimedia Commons",
    "Photo: Handout", "Source: AFP", "Photo: Shutterstock", "Photo: iStock", "(Reuters)", "(AP Photo/{name})",
    "Photo: {name}/{outlet}", "Credit: {name}", "Image: {photoagency} via {outlet}", "Photo illustration: {outlet}",
    "Photo: {name} | {outlet}", "Photography by {name}", "Image: {c:NASA/JPL-Caltech|ESA|NOAA|USGS}",
    "File photo", "Photo: File", "Credit: Screengrab", "Image: Screenshot/{outlet}", "Supplied image",
    ("(Image: {name}/{outlet})", REACH), ("Credit...{name}/Reuters", "The New York Times"),
    ("Credit: {name} for The New York Times", "The New York Times"), ("(Photo: {name}, USA TODAY)", "USA Today"),
    ("Image source, {name}", BBC), ("Photo: {name}/The Texas Tribune", "The Texas Tribune"),
    ("Photo: Rappler", "Rappler"), ("Photo: Nation Media Group", "Nation Africa"),
])
K("gallery_caption", "photo", 36, [
    "1 of {n:5-30}", "{n:1-5} / {n2:8-24}", "Image {n:1-9} of {n2:10-40}", "View gallery", "View {n:8-60} images",
    "Open gallery", "Gallery: {galtitle}", "Photos: {galtitle}", "Swipe for more photos", "Next image",
    "Previous image", "Expand", "Enlarge this image", "Toggle caption", "Hide caption", "(Photo {n:2-9} of {n2:10-20})",
    "In pictures: {galtitle}", "Launch gallery ({n:5-40} photos)", "{n:1-9} of {n2:10-25} photos", "Show caption",
    "View slideshow", "Close gallery", "Start slideshow", "{n:6-48} photos", "Full screen", "Back to article",
    "In pictures", "More galleries", "See all {n:8-30} photos", "Gallery | {galtitle}",
    "Photo {n:1-9} of {n2:10-18}: {galtitle}", "Drag to see before and after",
    ("Photographs from the week's news, selected by {outlet}'s picture desk", GUARDIAN),
    ("In pictures: {galtitle}", BBC),
], case=0.06)
K("graphic_source_note", "data", 40, [
    "Source: {src} | Graphic: {name}", "Source: {src}. Graphic by {name}/{outlet}", "Graphic: {name} | Source: {src}",
    "Chart: {outlet} • Source: {src} • Get the data", "Data: {src}; Chart: {name}/{outlet}", "Map: {name} | Source: {src}",
    "Sources: {src}; {src2}", "Map data © OpenStreetMap contributors", "Graphic: {outlet} | Sources: {src}, {src2}",
    "Infographic: {name}", "Visualisation by {name}. Data from {src}.", "Interactive: {name} and {name2}",
    "Graphic: {outlet} Graphics / {name}", "Created with Datawrapper",
    "Chart: {name} • Source: {src} • Created with Datawrapper", "Get the data • Embed • Download image",
    "Source: {src}, {outlet} analysis", "Graphic: {name}, {outlet}. Source: {src}", "Map: {outlet}. Satellite imagery: {c:Maxar|Planet Labs|Copernicus Sentinel-2}",
    "Data visualisation: {name}", "Graphics by {name} and {name2}", "Source: {src} (latest data {year})",
    "Credit: {name}/{outlet} | Source: {src}", "Source: {src} via {src2}", "Map: Mapbox, OpenStreetMap",
    "Sources: {src} | Graphic by {name}", "Chart: {outlet} | Data: {src} as of {date_short}",
    ("Data: {src}; Chart: {name}/Axios", "Axios"), ("Source: {src} | BBC", BBC),
    ("Source: {src} | Graphic: {name}, Reuters", "Reuters"),
])
K("chart_footnote", "data", 36, [
    "Note: Figures are seasonally adjusted.", "Note: Data for {year} are provisional.", "*Excludes Northern Ireland.",
    "Figures may not sum to 100% due to rounding.", "Note: Chart shows 12-month rolling average.",
    "Prices in {curcode}, adjusted for inflation ({year} prices).", "Last updated: {date}",
    "Note: Survey of {bign} adults conducted {date_short}–{date_short2}; margin of error ±{n:2-4} percentage points.",
    "Data as of {tampm} {tz}, {date_noyear}.", "Note: Y-axis does not start at zero.", "†Forecast",
    "Note: Shaded areas indicate recessions.", "Q{n:1-4} {year} is an estimate.",
    "Totals include provisional figures registered up to {date}.", "Hover over the map to see figures for each district.",
    "Tap on a country to see more details", "Click or tap on the chart for details",
    "Note: Bars show percentage change year on year; line shows three-month average.",
    "Includes only companies with a market capitalisation above {cur}1bn.", "* Provisional. ** Revised.",
    "Figures are rounded to the nearest thousand.", "Note: Excludes overseas territories.", "Index: {year} = 100",
    "Note: Polls conducted between {date_noyear} and {date_noyear2}. Lines show rolling averages.",
    "Rates shown are annualised.", "Note: Values below 5 have been suppressed to protect privacy.",
    "Latest figures are for the week ending {date_noyear}.", "Figures in millions unless otherwise stated.",
    "Note: Some data for {year} were unavailable at the time of publication.", "n = {bign}",
    "Scroll right to see more data →", "Select a region from the dropdown to update the chart",
])

# ---- editor notes and disclosures ----------------------------------------
K("editor_note_ai", "news", 34, [
    "This article was produced with the assistance of artificial intelligence and reviewed by an editor.",
    "Editor's note: This article was drafted with the help of an artificial intelligence tool that summarised public records and press releases. A {outlet} journalist reviewed every fact, rewrote portions of the text and is responsible for the final version. If you spot an error, please contact {tipemail}.",
    "Editor's note: This story was generated with the help of AI tools and checked by our newsroom staff before publication.",
    "AI was used to help summarise this article. It was reviewed and edited by {name}.",
    "This summary was generated by AI and edited by a journalist. Read our AI policy.",
    "Some elements of this story, including headline options, were created with the help of generative AI. A {outlet} editor reviewed the content before publication.",
    "Bullet points are generated by AI and reviewed by journalists.",
    "This story was automatically generated using data from {src}.",
    "This article was created using automation technology and was thoroughly edited and fact-checked by an editor on our editorial staff.",
    "AI-assisted: {outlet} uses AI tools for some tasks. Learn more about our standards at {siteurl:about/ai-policy}.",
    "Quick Read: AI summary", "Summary generated by AI", "Key takeaways (AI-generated)",
    "The summary above was produced with AI and checked by {outlet} staff.",
    "This story was written by a {outlet} reporter with research assistance from an AI tool. All facts were verified by our staff.",
    "This content was produced with the help of AI and reviewed by {name}, {role}.",
    "Was this AI summary useful? Let us know.",
    "{outlet} used an AI transcription tool for parts of this interview. Quotes were checked against the recording.",
    "This article includes AI-generated translations of some quotes, which were reviewed by a bilingual editor.",
    "Results for this story were compiled automatically from {src} data and reviewed by an editor.",
    "Editor's note: An earlier version of this summary was generated by AI and contained an error. It has been corrected.",
    "The audio version of this article is generated using AI voice technology.",
    "AI disclosure: No generative AI was used in the reporting or writing of this story.",
    "This weather story was generated automatically from {src} forecast data.",
    ("This story was generated by Automated Insights using data from {src}.", "Associated Press"),
    ("Generative AI was used to help create this story. It was reviewed and edited by a journalist before publication.", INDIA + ["NZ Herald", "Stuff"]),
])
K("production_note", "news", 34, [
    "This story was produced with support from {funder}.",
    "This story was produced by {partner}, a nonprofit newsroom covering {beat}.",
    "This story was produced in collaboration with {partner}.",
    "This article was reported with support from the {c:Pulitzer Center|Solutions Journalism Network|Fund for Investigative Journalism|International Women's Media Foundation|Rosalynn Carter Fellowship}.",
    "This story is part of {series}, a {outlet} series on {beat}.",
    "This piece is part of an ongoing series about {beat}. Read the rest of the series here.",
    ("This story was reported by {name} as part of the {c:Report for America|CatchLight Local} program.", US_NEWS),
    ("{name} is a Report for America corps member covering {beat} for {outlet}.", US_NEWS),
    ("This report by {name} was funded by the Local Journalism Initiative, which is funded by the Government of Canada.", CA_NEWS),
    ("{name} is a Local Journalism Initiative reporter based in {city}.", CA_NEWS),
    "This article was produced as part of {outlet}'s {series} project.",
    "This story was reported and written with the help of a grant from {funder}.",
    "Data analysis for this story was conducted by {name}.",
    "This story is part of a collaboration between {outlet} and {partner} examining {beat}.",
    "This report was produced by {outlet}'s investigations team. Research by {name}; data by {name2}.",
    "This article is the {c:first|second|third|final} in a {c:three|four|five}-part series.",
    "Reporting for this story was supported by a travel grant from {funder}.",
    "This story first ran in {outlet}'s print edition on {date}.",
    "This article appeared in print on page {n:2-24} of the {c:national|metro|business|weekend} edition.",
    "This is a shared story from {partner}.",
    "Additional research by {name}. Fact-checking by {name2}.",
    ("This article was produced by KFF Health News, which publishes California Healthline, an editorially independent service of the California Health Care Foundation.", "KFF Health News"),
    ("KFF Health News is a national newsroom that produces in-depth journalism about health issues and is one of the core operating programs at KFF.", "KFF Health News"),
    ("{name} is a Local Democracy Reporting Service reporter.", UK_LOCAL),
    ("This article is part of ProPublica's Local Reporting Network in partnership with {partner}.", "ProPublica"),
    ("This article was produced in partnership with {partner}, which was a member of the ProPublica Local Reporting Network in {year}. Sign up for Dispatches to get stories like this one as soon as they are published.", "ProPublica"),
])
K("translation_note", "any", 26, [
    "This article was translated from {lang}.", "Translated by {name}.",
    "This article was originally published in {lang} and has been translated.", "Translated from the {lang} by {name}",
    "Read this story in {lang}.", "This article is also available in {lang}.",
    "English version of a story first published by {partner} in {lang}.", "Translation: {name}; editing: {name2}",
    "This interview has been translated from {lang} and condensed for clarity.",
    "Machine-translated from {lang}; reviewed by {outlet} editors.", "Translated and adapted by {name}",
    "This story is available in English and {lang}.", "Quotes have been translated from {lang}.",
    "This article was translated into English by {name} and edited for clarity.", "Also available in: {lang}",
    "The original version of this article was published in {lang} on {date}.",
    "Interpreting by {name}.", "Translation provided by {partner}.",
    "Read in {lang} | Read in {lang2}", "This interview was conducted in {lang} through an interpreter.",
    ("This article was originally published on DW's {lang} service.", "DW"),
    ("This story was translated from {lang} by the Kyiv Independent.", "Kyiv Independent"),
])
K("partnership_note", "news", 30, [
    "This article is published in partnership with {partner}.",
    "This story is a collaboration between {outlet} and {partner}.",
    "This article first appeared on {partner} and is republished here with permission.",
    "This article is part of a content-sharing partnership between {outlet} and {partner}.",
    "Co-published with {partner}", "This story was originally published by {partner}. Sign up for their newsletters here.",
    "Published in association with {partner}", "In partnership with {partner}",
    "This story was produced and distributed by {partner} and is republished under a Creative Commons license.",
    "This article was originally published by {partner}, an independent news organisation covering {beat}.",
    "{outlet} is publishing this story in partnership with {partner}.",
    "This is a syndicated story from {partner}.", "Content partner: {partner}",
    "This story is brought to you by {outlet} and {partner} as part of a joint reporting project.",
    "Supported by {partner}", "A version of this story first appeared in {partner}.",
    "This story is part of Covering Climate Now, a global journalism collaboration strengthening coverage of the climate story.",
    "This article was amplified by {partner} as part of its {series} series.",
    ("This article is published in partnership with The Conversation and first appeared there.", ["Associated Press", "CNN", "Yahoo Finance"]),
    ("This story was originally published by Stateline. Stateline is part of States Newsroom, a nonprofit news network.", US_NONPROFIT),
])
K("funding_note", "nonprofit", 28, [
    "{outlet}'s coverage of {beat} is supported by {funder}. All content is editorially independent.",
    "This coverage is made possible through a grant from {funder}. {outlet} retains full editorial control.",
    "Support for this reporting comes from {funder}.",
    "{funder} funds {outlet}'s work on {beat} but has no say over what we publish.",
    "{outlet} is a nonprofit newsroom funded by readers, foundations and sponsors. Our funders have no input into editorial decisions.",
    "This project is funded by {funder}. Funders do not influence our reporting.",
    "Disclosure: {funder} has been a financial supporter of {outlet}. Financial supporters play no role in our journalism.",
    "See a list of our donors and sponsors at {siteurl:about/supporters}.",
    "Our journalism is funded in part by {funder}. See our full list of supporters.",
    "Underwriting support for this story comes from {funder}.",
    "The reporting for this story was funded by {funder}; the organisation had no editorial involvement.",
    ("The Associated Press receives support from {funder} for its coverage of {beat}. The AP is solely responsible for all content.", "Associated Press"),
    ("Associated Press {beat} coverage receives financial support from multiple private foundations. AP is solely responsible for all content.", "Associated Press"),
    ("Guardian {c:Global Development|Environment} is supported by {funder}. About this content", GUARDIAN),
    ("Support for NPR and the following message come from {funder}.", "NPR"),
    ("The Los Angeles Times' coverage of {beat} receives support from {funder}. The Times maintains editorial control.", "Los Angeles Times"),
    ("Education Lab is a Seattle Times project that is supported by {funder}. The Seattle Times maintains editorial control over Education Lab content.", "The Seattle Times"),
    ("This story is supported by {funder}. The Conversation is an independent nonprofit publisher.", "The Conversation"),
    ("This reporting is supported by a grant from {funder}. RNZ retains full editorial control.", "RNZ"),
    ("The Texas Tribune is a nonprofit, nonpartisan news organization. Donors and members have no role in our reporting. Find a complete list of them here.", "The Texas Tribune"),
])
K("disclosure_statement", "authored", 30, [
    ("{name} does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article, and has disclosed no relevant affiliations beyond their academic appointment.", "The Conversation"),
    ("Disclosure statement: {name} receives funding from {funder}.", "The Conversation"),
    ("{name} has received research funding from {funder}. {prcap} is a member of the {c:Labour|Green|Liberal Democrat} Party.", "The Conversation"),
    ("Partners: {uni} provides funding as a founding partner of The Conversation UK.", "The Conversation"),
    "Disclosure: The author owns shares in {company}.",
    "Full disclosure: {company} is an advertiser on {outlet}. It had no involvement in this story.",
    "Disclosure: {outlet}'s parent company has a commercial relationship with {company}.",
    "The author holds no positions in any of the stocks mentioned.",
    "Disclosure: This reviewer received a loan unit from the manufacturer. The company had no input on this review.",
    "{outlet} was provided with a review copy by the publisher.", "Disclosure: Travel and accommodation were provided by {company}.",
    "The writer travelled as a guest of {c:Tourism New Zealand|Visit Scotland|the Kenya Tourism Board|Destination Canada}.",
    "Editor's note: {name} previously worked as an adviser to {company}.", "Conflict of interest: none declared.",
    "The writer's spouse works for {company}.", "{company} is a sponsor of {event}.",
    ("{name} has positions in {realtick}. The Motley Fool has positions in and recommends {realtick2}. The Motley Fool has a disclosure policy.", "The Motley Fool"),
    ("Disclosure: Vox Media, The Verge's parent company, has a partnership with OpenAI.", "The Verge"),
])
K("embargo_note", "press", 24, [
    "EMBARGOED UNTIL {thm} {tz} {date}", "Embargoed until 00:01 {tz} {weekday} {date_noyear}",
    "Under embargo until {date} at {tampm} {tz}", "EMBARGO: {thm} {tz}, {date}", "For immediate release",
    "Not for publication or distribution before {datetime}",
    "Strictly embargoed: not for broadcast or publication before {thm} {tz}", "Embargo lifted at {tampm} {tz}",
    "Editor's note: This story was embargoed until {tampm} {tz} {date_noyear} at the request of {c:the journal|the researchers|the publisher}.",
    "EMBARGOED: {weekday} {date_noyear}, {thm} {tz}", "Release date: {date}", "NEWS RELEASE – EMBARGOED",
    "For release at {thm} {tz} on {weekday}", "Embargoed copy – do not publish", "For release: Immediate",
    "Media advisory – for planning purposes only", "Under strict embargo until {tampm} ({tz}) on {weekday} {date}",
    "Embargo: {date_iso} {thm} {tz}", "Embargoed until publication in {journal} on {date}",
], case=0.3)
K("reprint_permission", "any", 34, [
    ("This article is republished from The Conversation under a Creative Commons license. Read the original article.", CONV_REPUBLISHERS),
    "Republish this article", "Republish our articles for free, online or in print, under a Creative Commons license.",
    "© {year} {outlet}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed. Fair use of excerpts for commentary is permitted with a link back to the original article; for syndication or licensing enquiries, contact {tipemail}.",
    "© {year} {outlet}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    "Reprints & Permissions", "For reprint and licensing requests for this article, click here.", "Reuse permissions",
    "This article may be republished with attribution to {outlet}. Please include a link to the original.",
    "Want to republish this story? Read our guidelines.", "Distributed by Tribune Content Agency, LLC.",
    "Copyright © {year} {outlet} — All rights reserved", "Reprinted with permission from {partner}.",
    "Licensed under CC BY-NC-ND 4.0", "Purchase licensing rights", "Request reprint permission",
    "Content from this page may be reproduced with credit to {outlet}.", "Syndication: contact {tipemail}",
    "All rights reserved. No part of this article may be reproduced without written permission.",
    "This material may not be copied or distributed without the express written consent of {outlet}.",
    "Buy a print of this photo", "Licence this content", "© {year} {outlet} Media Ltd",
    ("Copyright {year} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.", "Associated Press"),
    ("Our Standards: The Thomson Reuters Trust Principles.", "Reuters"), ("Purchase Licensing Rights, opens new tab", "Reuters"),
    ("©{year} Bloomberg L.P.", "Bloomberg"), ("Copyright The Financial Times Limited {year}. All rights reserved.", "Financial Times"),
    ("Republish this story. Our articles can be republished for free under a Creative Commons license.", US_NONPROFIT),
    ("This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.", ["The Conversation", "ProPublica"]),
])
K("correction_note", "news", 46, [
    "Correction: An earlier version of this article misstated {corr}. It has been corrected.",
    "Correction, {date}: A previous version of this story incorrectly described {corr}.",
    "CORRECTION: A previous version of this story gave the wrong {corrthing}. {outlet} regrets the error.",
    "Correction appended", "Corrections & clarifications", "An earlier version of this article misspelled the name of {name}.",
    "Correction: This story has been updated to correctly identify {name}'s role at {company}.",
    "Editor's note: A previous version of this article incorrectly stated {corr}. We regret the error.",
    "Correction: {date_short}", "Clarification: This article has been updated to clarify {corr}.",
    "In an earlier version of this article, a photo caption misidentified the person pictured. The caption has been corrected.",
    "A previous version of this story included an incorrect {corrthing}. It has been updated.",
    "Correction: Due to an editing error, an earlier version of this article referred to the wrong ward.",
    "This article has been corrected to remove a reference to a company that is not involved in the case.",
    "To report an error or request a correction, email {tipemail}.", "Read our corrections policy",
    "Spotted an error? Contact our standards editor at {tipemail}.",
    "Correction ({date_num}): An earlier version of this story misattributed a quote. It was said by {name}, not {name2}.",
    "Clarification, {date_noyear}: This story has been updated to make clear that no charges have been filed.",
    "An earlier version of this story gave an incorrect age for {name}. {prcap} is {n:19-88}.",
    "CORRECTION: An earlier version of this story incorrectly spelled {name}'s first name.",
    "Correction: A chart in an earlier version of this article mislabelled the vertical axis.",
    "Editor's note, {date}: This article has been updated to correct {corr}.",
    "Clarification: An earlier headline on this story has been changed to better reflect its content.",
    ("This article was amended on {date} to correct the spelling of {name}'s surname.", GUARDIAN),
    ("This article was amended on {date}. An earlier version said the vote was held on a {weekday}; it was held on a {weekday2}.", GUARDIAN),
    ("Correction: {date_noyear}, {year}. An earlier version of this article misstated {corr}.", "The New York Times"),
    ("A correction was made on {date}: An earlier version of this article incorrectly described {corr}.", "The New York Times"),
    ("Correction: A previous version of this story gave the wrong {corrthing}.", "Associated Press"),
    ("This story has been corrected to show that {name} is a former employee, not a current one.", "Associated Press"),
    ("An earlier version of this article gave the wrong title for {name}. The error has been corrected.", "The Washington Post"),
])
K("update_note", "news", 40, [
    "Updated at {clock} on {date_noyear} with comment from {c:the council|police|the company|the minister's office|the union|the hospital trust}.",
    "This story has been updated with additional information.", "This article was originally published on {date} and has been updated.",
    "UPDATE ({clock}): This story has been updated with new figures from {src}.",
    "Editor's note: This story has been updated to include a response from {companyshort}.",
    "This is a developing story and will be updated.", "This story will be updated.",
    "This is a breaking news story and will be updated as more details become available.", "Last updated {datetime}",
    "First published on {date}", "Update, {date_noyear}: {companyshort} declined to comment after publication.",
    "This post has been updated.", "Updated {date_short} at {tampm}",
    "This story was updated at {clock} to add details from a police news conference.", "Check back for updates.",
    "Refresh this page for the latest.", "This article was first published in {year} and has been updated with the latest figures.",
    "Editor's note: This story was originally published on {date} and has been republished with new information.",
    "This piece has been updated to reflect the latest guidance from {src}.", "This story is developing. Check back for updates.",
    "UPDATED: {datetime}", "Story updated at {tampm} to include the final result.",
    "Updated: {date_short}, {tampm}", "This article has been updated to include additional reporting from {city}.",
    "Editor's note: This article is regularly updated as new information becomes available.",
    "Prices and availability were accurate at the time of the last update.",
    ("This story has been updated with additional details.", "Associated Press"),
    ("This article was updated with more information at {clock}.", US_LOCALTV),
    ("Stay with KTLA for updates on this developing story.", "KTLA 5"), ("Stay with WRAL for updates.", "WRAL"),
], case=0.03)

# ---- credits, bylines, contacts ------------------------------------------
K("agency_credit", "news", 44, [
    "Additional reporting by {name} in {city}; Editing by {name2} and {name3}", "Reporting by {name}; Writing by {name2}; Editing by {name3}",
    "Reporting by {name} in {city} and {name2} in {city2}; Editing by {name3}", "Additional reporting by {name}",
    "{name} contributed reporting from {city}.", "With additional reporting by {name}", "Reporting by {name}; Editing by {name2}",
    "— Additional reporting by {agency}", "{name} and {name2} contributed to this report.",
    "Additional reporting by {name} and {name2}", "Research by {name}", "With reporting from {name} in {city}",
    "Produced by {name}. Edited by {name2}.", "Reporting by {name}; additional reporting by {name2}; editing by {name3}",
    "{name} in {city} contributed to this report.", "Writing by {name}; editing by {name2}",
    "{outlet} staff writer {name} contributed to this report.", "Staff writers {name} and {name2} contributed.",
    "Reporting by {name} and {name2}; Graphics by {name3}",
    ("Associated Press writers {name} in {city} and {name2} in {city2} contributed to this report.", "Associated Press"),
    ("AP writer {name} in {city} contributed.", "Associated Press"),
    ("Reporting by {name} in {city}; Additional reporting by {name2}; Editing by {name3}", "Reuters"),
    ("Contributing: {name}, USA TODAY Network", "USA Today"),
    ("--With assistance from {name} and {name2}.", "Bloomberg"),
    ("{name} contributed reporting.", "The New York Times"),
    ("{name} in {city} contributed to this report.", "The Washington Post"),
    ("With inputs from {name} in {city}", INDIA),
])
K("agency_tag", "news", 36, [
    "— AP", "With AFP", "—Bloomberg", "(Reuters)", "- Reuters", "AAP", "– PA", "PTI", "IANS", "(With inputs from agencies)",
    "With inputs from PTI", "— With AP", "Xinhua", "— Agencies", "ANI", "Kyodo", "Yonhap", "EFE", "CNA", "— The Washington Post",
    "— The New York Times", "© Agence France-Presse", "-- Bernama", "NAN", "The Canadian Press", "AFP/Reuters", "With Reuters",
    "(AFP)", "— dpa", "– Additional reporting by agencies", "— Staff and wire reports", "(AP)", "—AFP", "Agence France-Presse",
    "(With inputs from Reuters)", "(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)",
    ("This report by The Canadian Press was first published {date}.", ["The Canadian Press", "CTV News", "Global News", "Toronto Star"]),
    ("{c:kb|jsi|sdi|mf}/{c:rc|wd|ab|dj} ({c:AFP, Reuters|AP, dpa|Reuters, AFP, dpa})", "DW"),
    ("(Disclaimer: This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)", "NDTV"),
    ("Published - {date}", "The Hindu"),
    ("— Reuters", ["The National", "Gulf News", "Arab News", "Dawn"]),
])
K("compiled_by", "news", 28, [
    "Compiled by {outlet} staff", "Compiled by {name}", "Compiled from wire reports", "Staff and agencies", "From staff reports",
    "Staff report", "{outlet} Staff", "By {outlet} News Staff", "Compiled by the {outlet} news desk with input from {agency}",
    "Web staff", "{sportsdesk}", ("Express News Service", INDIA), "Compiled by {name} and {name2}", "Wire services",
    "{outlet} staff and wire services", "Compiled by our {c:metro|business|sports|night} desk", "By {outlet} Digital",
    "News Staff", "Team {outlet}", "{outlet} Web Team", "By The {outlet} Editorial Board",
    ("Guardian staff and agencies", GUARDIAN), ("NDTV News Desk", "NDTV"), ("HT News Desk", "Hindustan Times"),
    ("TOI.in", "The Times of India"), ("Times News Network", "The Times of India"), ("Web Desk", ["Dawn", "The National", "Gulf News"]),
    ("Star Online Report", "The Daily Star"), ("Rappler.com", "Rappler"), ("INQUIRER.net", "Inquirer.net"),
    ("Bloomberg News", "Bloomberg"), ("CNN Staff", "CNN"), ("BBC News", BBC),
])
K("byline", "authored", 44, [
    "By {name}", "By {name} and {name2}", "By {name}, {agency}", "{name} | {outlet}", "By {nameup}", "Story by {name}",
    "Written by {name}", "{name}, Staff Writer", "{name}, {role}", "{name} for {outlet}", "By {name} | {date_short}",
    "{name} · {role}", "By {name} | {outlet}", "{name} and {name2} | {outlet}", "By {name}, {name2} and {name3}",
    "{name} · {mins} min read", "By {initname}", "Words by {name}", "Reviewed by {name}", "Fact-checked by {name}",
    "By {name}, Contributor", "{name}, Correspondent, {city}", "By {name} in {city}", "Opinion by {name}",
    "By {name} | Special to {outlet}", "{name} {handle}", "Interview by {name}", "Edited by {name}",
    ("By {name}, CNN", "CNN"), ("By {nameup}", "Associated Press"), ("By {name} and {name2}, Reuters", "Reuters"),
    ("{name}, BBC News, {city}", BBC), ("{name} {role}", BBC),
])
K("publish_timestamp", "any", 44, [
    "Published {datetime}", "Updated {clock} {date_short}", "Posted {date_short} at {tampm}", "Last Modified: {datetime}",
    "{date}", "First published {date}", "Published {ago}", "Originally published {date}", "{date_short} · {tampm}",
    "Published: {date_short} | Updated: {ago}", "{weekday}, {date}", "Published on: {date}", "{date_num}",
    "Updated on {date} {thm} {tz}", "Last updated: {date_short}", "Published {thm} {tz}, {date}", "Posted: {datetime}",
    "{weekday} {date_noyear}", "Date: {date}", "{date_short}, {tampm} {tz}", "Updated {ago}", "Pub: {date_num}",
    ("Published {tampm} {tz}, {wkd} {date_short}", "CNN"), ("Updated {tampm} {tz}, {date_short}", "Associated Press"),
    ("{date_short} {tampm} {tz} Updated {ago}", "Reuters"), ("Published {date} • Last updated {ago}", "Sky News"),
    ("Updated - {date_short} {thm} {tz}", "The Hindu"), ("Updated: {date_short}, {thm} {tz}", "Hindustan Times"),
    ("Published {n:2-23} hours ago", BBC), ("Published {date}", BBC), ("Posted {ago}, updated {ago2}", "ABC News"),
    ("{wkd} {date_short} {thm} {tz}", GUARDIAN), ("Last modified on {wkd} {date_short} {thm} {tz}", GUARDIAN),
])
K("contact_line", "news", 36, [
    "Contact {name} at {email}.", "{name} can be reached at {email} or {phone}.", "Reach {fname} at {email} or on X at {handle}.",
    "Email: {email}", "Follow {name} on X: {handle}", "Reach the writer: {email}; follow on Instagram {handle}.",
    "Contact the author: {email}", "Write to {name} at {email}", "Email {fname}: {email} | X: {handle}",
    "{name} covers {beat} for {outlet}. Contact: {email}", "Send {fname} a tip at {email}.", "{email} | {phone}",
    "You can reach {name} at {email} and follow {obj} on Bluesky {handle}.bsky.social", "Contact: {email}",
    "Questions or comments? Email {name} at {email}.", "Reporter {name} can be contacted on {phone}.",
    "Email the author", "Letters to the editor: {tipemail}",
    ("To contact the reporter on this story: {name} in {city} at {bbgemail}", "Bloomberg"),
    ("To contact the editor responsible for this story: {name} at {bbgemail}", "Bloomberg"),
    ("Email {name} at {email}. Follow {obj} on X {handle}.", "USA Today"),
    ("Contact {name}: {email}; @{handleplain} on X", "The Motley Fool"),
])
K("tip_line", "news", 34, [
    "Have a story? Email {tipemail}", "Got a news tip? Email us at {tipemail} or call {phone}.",
    "Do you know more? Contact {name} at {email} or via Signal at {phone}.", "Have a tip? Send it to {tipemail}.",
    "If you have information about this story, contact {outlet} securely via SecureDrop.",
    "Got a story? Contact our newsdesk on {phone} or email {tipemail}", "Do you have a story to share? Email {tipemail}",
    "See something newsworthy? Send us your photos and videos via WhatsApp on {phone}.",
    "Have you been affected by the issues raised in this story? Get in touch at {tipemail}.",
    "Share your experience: fill in our form or email {tipemail}", "Submit a news tip", "Tip us: {tipemail}",
    "Know something we should look into? Email {tipemail} — we read every message.",
    "Send your story ideas to {tipemail} or message us on Facebook.", "Have a news tip? Call our tip line at {phone}.",
    "Are you a teacher, parent or student with a story to tell? Email {tipemail}.",
    "Have something to say about this story? Send us a letter at {tipemail}.",
    "Contact us securely: Signal {phone}", "Got a consumer problem? Email our troubleshooter at {tipemail}.",
    "Seen something? Send your pictures to {tipemail}", "Report a typo or error", "Suggest a correction",
    ("Do you have a story to share? Email {tipemail}", REACH), ("Get in touch: if you have been affected by this, email haveyoursay@bbc.co.uk.", BBC),
    ("Do you have a tip on a news story? Email us at tips@cnn.com", "CNN"),
])

# ---- commerce -------------------------------------------------------------
K("affiliate_disclosure", "commerce", 34, [
    "We may earn a commission when you buy through links on our site.",
    "Every product we recommend is independently chosen by {outlet}'s editors and tested by our reviewers, who spend hours comparing features, build quality and value for money. If you click a link and buy something, we may earn a small commission from the retailer, but this never affects which products we include or how we rank them. Prices and availability are accurate at the time of publishing and may change.",
    "{outlet} may earn a commission from products purchased through links on this page.",
    "When you buy through our links, we may earn an affiliate commission. Learn more.",
    "We independently review everything we recommend. When you buy through our links, we may earn a commission.",
    "This article contains affiliate links, which means we may earn a small commission at no extra cost to you.",
    "As an Amazon Associate I earn from qualifying purchases.", "Prices were accurate at the time of publishing but may change.",
    "Prices correct at time of writing", "Why you can trust {outlet}",
    "Products are independently selected by our editors. {outlet} may receive a share of revenue from purchases made via links.",
    "Deals are subject to change and availability. We'll update this page as prices change.",
    "Every product is independently selected by our editors. If you buy something through our links, we may earn a commission.",
    "{outlet} has affiliate partnerships so we may receive a commission from anything you buy.",
    "Shopping links are provided by our commerce team, which works independently of our newsroom.",
    "Our reviews are editorially independent. We test products ourselves and never accept payment for a review.",
    "Affiliate links: If you make a purchase after clicking a link, we may receive a small fee.",
    "All prices include VAT and were correct on {date}.", "Ad disclosure", "How we test",
    "This post may contain affiliate links. Please read our disclosure policy.",
    ("Our journalists strive for accuracy but on occasion we make mistakes. For further details on how we review products, see our reviews process.", ["The Independent", "The Telegraph"]),
    ("When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.", ["TechRadar", "Tom's Guide"]),
    ("We independently review everything we recommend. When you buy through our links, we may earn a commission. Learn more›", "Wirecutter"),
    ("The Independent's journalism is supported by our readers. When you purchase through links on our site, we may earn commission.", "The Independent"),
])
K("price_box", "commerce", 44, [
    "{price} at {retailer}", "{price} | {retailer}", "See at {retailer}", "Check price at {retailer}", "{price} from {retailer}",
    "View at {retailer} ({price})", "{price} (was {wasprice})", "From {subprice}/month", "RRP {price}", "{price} on {retailer}",
    "{price} at {retailer} | {price2} at {retailer2}", "Now {price}", "Price: {price}", "{retailer}: {price}",
    "{price} – {retailer}", "Starting at {price}", "{price} at {retailer} (save {saveprice})", "Available from {retailer}",
    "From {price}", "{price} @ {retailer}", "Check {retailer}", "Lowest price: {price} at {retailer}", "See all prices",
    "{n:2-9} offers from {price}",
])
K("buy_button", "commerce", 26, [
    "Buy now", "Buy now at {retailer}", "Shop now", "Shop at {retailer}", "BUY IT", "Add to basket", "Add to cart",
    "Check availability", "Get deal", "View deal", "See price", "Shop the look", "Buy from {retailer}",
    "Pre-order now at {retailer}", "Book now", "Get it now", "Shop now at {retailer}", "See deal at {retailer}",
    "Buy on {retailer}", "Visit site", "Go to deal", "Compare prices", "View product", "Shop this story",
], case=0.15)
K("deal_widget", "commerce", 34, [
    "Was {wasprice}, now {nowprice} ({pctoff}% off)", "Save {saveprice} at {retailer}", "{product}: {nowprice} (was {wasprice})",
    "Deal ends {date_noyear}", "Lowest price we've seen", "Today's best deals", "Limited-time deal",
    "Use code {code} for {n:10-30}% off", "Prime Day deal", "Price drop!", "Deal of the day",
    "Black Friday deal: {product} for {nowprice}", "{pctoff}% off", "Save {pctoff}%", "Lowest ever price",
    "{product} | Was {wasprice} | Now {nowprice} at {retailer}", "Free delivery on orders over {subprice}0",
    "In stock", "Out of stock", "Only {n:2-9} left", "Deal expires in {n:2-23}h {n2:10-59}m", "Members price: {nowprice}",
    "Cyber Monday price: {nowprice}", "Today's best {product} deals", "{nowprice} with trade-in", "Coupon applied at checkout",
    "Best price", "Sale ends midnight", "Clearance", "{product} {nowprice} {wasprice}",
])
K("product_spec", "commerce", 40, [
    "{spec}", "Specs: {spec}", "Key specs – {spec}", "Specifications", "Key specs", "Tech specs",
    "Dimensions and weight", "Model tested: {product}", "Tested: {product}", "What's in the box", "Compatibility: iOS and Android",
    "Warranty: {n:1-5} years", "Colours available: {c:Black, White|Sage, Cream, Charcoal|Graphite, Silver|Blue, Red, Green}",
    "Release date: {date}", "Size tested: {c:M|L|UK 9|EU 42|One size}",
])
K("review_rating", "commerce", 26, [
    "Rating: {n:3-5} out of 5", "★★★★☆", "★★★☆☆", "★★★★★", "{n:3-4}.5/5", "Score: {n:6-9}/10", "Our rating: {n:6-9}/10",
    "Editors' Choice", "Verdict: Recommended", "Rating: {n:3-4}.5 stars", "Overall score {n:70-94}%", "4.{n:1-9} ({bign} reviews)",
    "Best buy", "Our verdict", "Which? Best Buy", "Great Buy", "Value for money: {n:3-5}/5", "Ease of use: {n:3-5}/5",
    "Tested by {name}", "Verdict", "Recommended", "Highly rated",
])
K("pros_cons", "commerce", 34, [
    "Pros: {pro}, {pro2}, {pro3}", "Cons: {con}; {con2}", "+ {pro} + {pro2}", "− {con}", "Reasons to buy", "Reasons to avoid",
    "What we like", "What we don't like", "The good: {pro}; {pro2}", "The bad: {con}", "For: {pro}", "Against: {con}",
    "Pros {pro} {pro2} Cons {con}", "Like: {pro}. Dislike: {con}.", "✓ {pro}", "✗ {con}", "Buy it if: you want {c:a quiet machine|great battery life|something compact|the best value}",
    "Don't buy it if: you're on a tight budget", "Pros and cons", "Good points", "Bad points",
])

# ---- pitches --------------------------------------------------------------
K("newsletter_pitch", "pitch", 48, [
    "Sign up for {nl}, our free daily newsletter, and get the biggest stories delivered to your inbox every morning.",
    "Get the {nl} newsletter in your inbox every {weekday}.",
    "Sign up for {nl}, {outlet}'s free weekday newsletter. Every morning our editors pick the stories you need to know about, from {beat} to the best things to do this weekend, and send them straight to your inbox. By signing up you agree to our Terms of Use and acknowledge our Privacy Policy.",
    "Enter your email address to receive {nl}. By signing up you agree to our Privacy Policy.",
    "Sign up to {nl}: our free weekly newsletter with the best of our {beat} coverage.", "Thanks for signing up!",
    "You're all set.", "Please enter a valid email address.", "Want more stories like this? Subscribe to {nl}.",
    "Like what you're reading? Sign up for {nl} and never miss a story.",
    "This article originally appeared in {nl}, {outlet}'s weekly newsletter on {beat}. Sign up here.",
    "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.",
    "The essential {city} briefing, every weekday at 6am. Sign up.", "Subscribe to our newsletter", "Email address",
    "Sign up", "Something went wrong. Please try again later.", "Invalid email", "Newsletter",
    "Get the day's top headlines delivered to your inbox. Sign up for {nl}.", "By clicking Sign Up, you agree to receive marketing emails from {outlet}.",
    "You can unsubscribe at any time. Read our privacy notice.", "Don't miss a thing: get {nl} straight to your inbox.",
    "Stay informed with {nl} — free, every weekday.", "Sign up for our {beat} newsletter", "More newsletters",
    "Thanks for subscribing. Check your inbox to confirm your email address.",
    "{nl}: the one email you need to start your day. It's free.", "Subscribe to {nl}",
    "This is an edition of {nl}. To receive it in your inbox, sign up here.",
    ("We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. More info", REACH),
    ("Get our breaking news email, free app or daily news podcast", GUARDIAN),
    ("Sign up for Guardian Australia’s free morning and afternoon email newsletters for your daily news roundup", "Guardian Australia"),
    ("after newsletter promotion", GUARDIAN), ("skip past newsletter promotion", GUARDIAN),
    ("Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy. We use Google reCaptcha to protect our website and the Google Privacy Policy and Terms of Service apply.", GUARDIAN),
    ("Sign up for the Morning Brief newsletter", "Politico"), ("Sign up for CNBC's Morning Squawk", "CNBC"),
])
K("app_pitch", "pitch", 30, [
    "Download the {outlet} app for breaking news alerts.", "Get the {outlet} app on iOS and Android.",
    "Stay up to date: turn on notifications in the {outlet} app.", "Read this story in the app", "Open in app",
    "For the best experience, open this article in the {outlet} app.",
    "Follow the latest on the {outlet} app — available on the App Store and Google Play.", "Scan the QR code to download the app",
    "Get breaking news alerts from {outlet}. Allow notifications?", "Tap here to get the app", "Continue in browser",
    "Get the free {outlet} app", "Download our app for the latest news and weather", "Never miss a story: download the {outlet} app",
    "Get alerts for {topic} stories in the {outlet} app.", "Allow", "Not now", "Turn on notifications",
    "Stream {outlet} live on your TV with our free app for Roku, Fire TV and Apple TV.",
    "Get the app with the best {city} news, weather and sport.", "App users: tap here for the full interactive experience.",
    "Download on the App Store | Get it on Google Play",
    ("Download the FREE {outlet} app for iPhone or Android to stay up to date with breaking news and weather.", US_LOCALTV),
    ("Follow BBC News on WhatsApp", BBC), ("Get the BBC News app", BBC), ("Download the Stuff app for the latest news.", "Stuff"),
])
K("event_pitch", "pitch", 24, [
    "Join us at {event} on {date} in {city}. Book your tickets now.", "Register now for {event}: {date_short}, {venue}, {city}.",
    "Early-bird tickets for {event} end {weekday}. Save {n:15-40}% when you book today.",
    "{outlet} Live: {name} in conversation with {name2}, {date_noyear}. Tickets from {price}.",
    "Join our free webinar on {beat} on {date_noyear} at {tampm} {tz}. Register here.",
    "Subscribers get priority booking for all {outlet} events.",
    "Don't miss {event}, {date_short}, {city}. Speakers include {name}, {name2} and more.",
    "Join {name} and {name2} for a live Q&A on {beat}, {weekday} at {tampm} {tz}. Submit your questions in advance.",
    "Tickets are on sale now for {event}. Members save {n:10-30}%.", "Book now", "Upcoming events", "Register free",
    "Watch the replay of our {beat} event on demand.", "Nominations are open for {event}. Deadline: {date_noyear}.",
    "Want to sponsor {event}? Contact {tipemail}.", "Join us online or in person at {venue}, {city}.",
])
K("membership_pitch", "pitch", 44, [
    "Subscribe to {outlet} for {subprice} a month.",
    "Quality journalism takes time, money and hard work to produce. Subscribe to {outlet} today to get unlimited access to our reporting, the daily e-paper and exclusive subscriber newsletters, from just {subprice} a week for your first three months. Cancel anytime.", "You've read {n:3-5} of {n2:5-10} free articles this month.",
    "This article is for subscribers only.", "Already a subscriber? Log in",
    "Support independent journalism. Subscribe now for just {subprice} for your first 3 months.", "Become a member",
    "Unlock unlimited access to {outlet}. Cancel anytime.", "Subscribe for {subprice}/week",
    "Get digital access for {subprice} a week, billed every four weeks.", "Start your free trial",
    "Continue reading with a subscription", "Members get ad-free reading, exclusive newsletters and early access to events.",
    "Your subscription supports journalism that matters.", "Gift this article", "You have {n:2-10} gift articles left to share this month",
    "This is a premium article. Subscribe to read it.", "Log in or register to continue reading", "Subscriber exclusive",
    "You've reached your limit of free articles.", "Create a free account to keep reading.", "Sign in to read more",
    "Already have an account? Sign in", "Subscribe now", "Premium", "Get {n:40-60}% off your first year",
    "Subscriptions start at {subprice} a month. Cancel online anytime.", "Register for free to read this article",
    "Exclusive to subscribers", "Try unlimited access: only {subprice} for 4 weeks", "Upgrade to Premium",
    "Subscriber benefits include the e-paper, puzzles and members-only events.",
    "Thank you for being a subscriber.", "Your free trial ends in {n:2-13} days.",
    ("Try unlimited access Only $1 for 4 weeks Then $75 per month. Complete digital access to quality FT journalism on any device. Cancel anytime during your trial.", "Financial Times"),
    ("Explore more offers.", "Financial Times"), ("Exclusive news, data and analytics for financial market professionals", "Reuters"),
    ("This article is reserved for Premium subscribers", "NZ Herald"), ("This article is for Premium subscribers", "Moneycontrol"),
    ("To continue reading, subscribe to News24.", "News24"), ("Subscribe to read the full story", "The Straits Times"),
    ("PREMIUM", INDIA),
])
K("donation_pitch", "nonprofit", 34, [
    "{outlet} is a nonprofit newsroom. Donate today to support our work.", "If you value our reporting, please consider making a contribution.",
    "Your donation helps keep our journalism free for everyone.", "We're not behind a paywall because readers like you chip in. Give today.",
    "Support {outlet} from as little as {cur}1 – it only takes a minute. Thank you.", "Donate now", "Make a tax-deductible gift today",
    "Give monthly", "Every gift is matched up to {bigprice} until {date_noyear}.",
    "If there were ever a time to support independent, fact-based journalism, it is now. {outlet} has no billionaire owner and no shareholders, so our reporting is free from commercial and political influence. Because we believe everyone deserves access to trustworthy news, we keep our journalism open to all readers, regardless of where they live or what they can afford to pay. If you can, please support us today. It takes less than a minute, and every contribution, however big or small, makes a real difference.",
    "Thanks for reading {outlet}. Our newsroom depends on readers to pay for reporting on {beat}. This month we're aiming to welcome {n:300-2000} new monthly donors before {date_noyear}. A gift of any size counts, and donations of {cur}10 or more a month come with our members-only newsletter.", "Choose an amount: {cur}5 {cur}10 {cur}25 Other",
    "Help us reach {n:500-5000} new members by {date_noyear}.", "Republishing our reporting is free — donations keep it that way.",
    "Donate", "Support our journalism", "Become a sustaining member", "Chip in", "Give once", "Make a one-time gift",
    "Your gift will be doubled today.", "Support quality local news. Join {bign} readers who give.",
    "Before you go... Independent journalism costs money. If you can, please support {outlet} today.",
    ("Help protect children in emergencies. Donate now.", ["UNICEF", "Oxfam GB"]),
    ("Your support can save lives. Give today.", ["Médecins Sans Frontières", "ICRC", "UNICEF"]),
    ("Stand up for human rights. Donate to {outlet} today.", ["Amnesty International", "Human Rights Watch"]),
    ("Human Rights Watch is an independent organization. We do not accept government funds. Please give today.", "Human Rights Watch"),
    ("Give monthly and help us respond faster when disaster strikes.", ["Oxfam GB", "ICRC", "Médecins Sans Frontières"]),
    ("Become a member of NPR. Donate to your local station today.", "NPR"),
    ("Support NPR: Give now", "NPR"),
    ("The Conversation is a not-for-profit. Please help us with a tax-deductible donation.", "The Conversation"),
    "Our work is funded entirely by readers. Please consider becoming a member.", "We rely on you. Donate to {outlet}.",
    "I'd like to give: Monthly / Annually / One time", "Join our community of supporters",
    ("We hope you appreciated this article. Before you move on, we wonder if you would consider supporting The Guardian’s journalism. We have no shareholders or billionaire owner, meaning our reporting remains free of commercial and political interference. Support us from just {cur}1.", GUARDIAN),
    ("Support the Guardian Continue Remind me in {month}", GUARDIAN),
    ("Help us keep ProPublica free. Donate now.", "ProPublica"), ("Support independent, nonprofit journalism. Donate to CalMatters.", "CalMatters"),
    ("The Conversation relies on donations from readers like you. Please donate what you can.", "The Conversation"),
    ("MSF relies on private donations to act independently. Donate today.", "Médecins Sans Frontières"),
    ("Help UNICEF reach every child. Donate today.", "UNICEF"),
])

# ---- community and feedback -----------------------------------------------
K("comments_section", "news", 44, [
    "Comments ({n:2-900})", "{n:2-900} comments", "Join the conversation", "Comments are closed.", "Comments are closed for this article.",
    "Show comments", "View {n:2-900} comments", "Leave a comment", "Sort by: Newest | Oldest | Most liked", "Be the first to comment",
    "Log in to comment", "Commenting on this article has ended", "Reply", "Report", "Load more comments", "Conversation",
    "{n:2-40} replies", "Most recommended", "Comments have been disabled for this article.", "Display name", "Post comment",
    "{commenter} · {n:1-23}h ago", "{commenter} {n:2-59} minutes ago", "{commenter} replied to {commenter2}", "In reply to {commenter}", "Comments powered by Disqus", "Top comments", "Hide replies", "Show {n:2-40} more replies",
    "Flag as inappropriate", "Commenting is not available on this story.", "What do you think? Leave a comment below.",
    "{n:2-300} Comments", "Write a comment...", "Newest | Oldest | Top", "Comments may take a few minutes to appear.",
    "Recommend ({n:2-200})", "{kcount} likes", "Sign in to join the conversation", "You must be logged in to comment.",
    ("Comments are closed on this story.", BBC), ("Comments are moderated and will appear after approval.", REACH),
])
K("community_guidelines", "news", 28, [
    "Please read our community guidelines before commenting.",
    "We want our comment sections to be a lively and valuable part of our community, a place where readers can debate and engage with the most important local issues. The ability to comment on our stories is a privilege, not a right, and that privilege may be withdrawn if it is abused or misused. Please report any comments that break our rules.",
    "We welcome respectful discussion. Comments that include personal attacks, profanity or spam will be removed.",
    "By commenting you agree to our Terms of Use and Community Standards.",
    "Comments are subject to our community guidelines, which can be viewed here.", "Keep it civil and stay on topic.",
    "Comments are open for {c:24|48|72} hours after publication.", "Our moderators review comments between 8am and 10pm {tz}.",
    "Comments on this story are pre-moderated.", "Community guidelines", "House rules",
    "We reserve the right to remove comments that breach our guidelines.", "Real names are required to comment on {outlet}.",
    "Comments that are off-topic, abusive or promotional will be removed.", "Report a comment that breaks our rules.",
    "You must be a subscriber to comment on this article.", "Please be respectful. Comments are reviewed before publication.",
    "Commenting guidelines: be constructive, be kind, be brief.", "Comments are limited to {c:1,000|1,500|2,000|3,000} characters.",
    "Read our moderation policy", "Comments will close at midnight.", "Why are comments closed on this story?",
])
K("poll_widget", "news", 32, [
    "Poll", "POLL: {pollq}", "Vote", "View results", "{bign} votes", "Yes {n:20-80}%", "No {n:20-80}%", "Poll closed",
    "Thanks for voting!", "You've already voted", "Results are not scientific.", "{pollq}", "Cast your vote",
    "Total votes: {bign}", "Show results", "Poll ends {date_noyear}", "Not sure {n:3-20}%", "Back to vote",
    "This poll is not scientific and reflects only the opinions of those who chose to participate.",
    "Have your say: {pollq}", "Reader poll", "Quick poll", "Vote to see results",
])
K("quiz_widget", "news", 28, [
    "Quiz", "Take the quiz", "Question {n:1-5} of {n2:6-15}", "You scored {n:3-9}/10", "Start quiz", "Next question",
    "See your results", "Share your score", "{outlet} news quiz: how closely have you been following the news this week?",
    "Try another quiz", "Correct!", "Not quite.", "Answer all questions to see your score", "Play again",
    "Weekly news quiz", "Test your knowledge", "{n:3-12} questions · {n2:2-6} min", "Your answer", "Submit answer",
    "Reveal answer", "Today's crossword", "Play today's puzzle", "More puzzles and games", "Quiz of the week",
    ("Take our quiz: Test your knowledge of the week's news", US_LOCALTV), ("Quiz of the week: {n:7-15} questions", BBC),
])
K("feedback_prompt", "any", 30, [
    "Was this article helpful?", "Yes No", "Did you find this article useful?", "Thanks for your feedback!",
    "Rate this article", "How would you rate this article?", "Give feedback", "Tell us what you think",
    "Was this helpful? 👍 👎", "Send feedback", "Report an error", "Spot a mistake? Let us know.",
    "Thank you. Your feedback has been sent.", "How satisfied are you with this article?", "Did this answer your question?",
    "Help us improve", "What could we improve?", "Feedback", "Was this page helpful? Yes / No",
    "How likely are you to recommend {outlet} to a friend?", "Share your feedback on our new article page",
    ("Is this page useful? Yes This page is useful No This page is not useful Thank you for your feedback Report a problem with this page", "GOV.UK"),
    ("Help us improve GOV.UK", "GOV.UK"), ("Did you find what you were looking for?", ["Canada.ca", "NHS England", "Scottish Government"]),
    ("Report a problem or mistake on this page", "Canada.ca"),
])

# ---- navigation -----------------------------------------------------------
K("breadcrumb", "news", 40, [
    "Home > News > {section}", "Home / {section} / {sub}", "{outlet} » {section} » {sub}", "News › {section}",
    "You are here: Home / {section} / {sub}", "Home | {section}", "{sectionup} / {subup}", "{section} > {sub}",
    "Home › {section} › {sub}", "{section} / {sub} / {city}", "Home » {section}", "{outlet} > {section}",
    "Home / News / Local / {city}", "{sectionup} » {subup}", "News / {country} / {city}", "{section} · {sub}",
    ("Home Page > Sport > Football > Premier League", REACH + ["Sky Sports", "BBC Sport", "Football365", "The Independent"]),
    ("Home / News / Press releases", CORPS), ("Newsroom > Press releases > {year}", CORPS + WIRES),
    ("Home > Blog > {category}", list(BLOG_META)), ("Home » {category}", list(BLOG_META)),
    ("Home / News & Events / {c:Research|Campus|Awards}", UNI_SITES), ("Home > Media centre > Press releases", NGO_SITES),
    ("Home > News > {c:Press releases|Statements|Stories}", NGO_SITES),
    ("Home > Health topics > {topic}", ["NHS England", "Australian Department of Health"]),
    ("Canada.ca > Departments and agencies > News", "Canada.ca"),
])
K("section_label", "news", 40, [
    "{section}", "{sectionup}", "{section} | {sub}", "OPINION", "ANALYSIS", "EXCLUSIVE", "EXPLAINER", "Sponsored",
    "Paid content", "Partner content", "Advertorial", "Comment", "World · Asia", "Local News", "Breaking", "Premium",
    "{sub} news", "Review", "Interview", "Fact check", "Long read", "Obituary", "Letters", "Editorial", "Features",
    "Perspective", "FIRST PERSON", "Special report", "Investigation", "Podcast", "Live", "Sponsored content by {company}",
    "BREAKING NEWS", "Weather", "Traffic", "Politics", "Business Live", "Markets", "Tech", "Science & Environment",
    "Newsletters", "Community", "Brand Studio",
    ("Press release", GOV_SITES + CORPS + NGO_SITES), ("Media statement", GOV_SITES + CORPS), ("News release", ["Canada.ca", "NOAA", "NASA"]),
    ("Research", UNI_SITES), ("Campus news", UNI_SITES), ("Stories", CORPS), ("Feature story", CORPS + NGO_SITES),
    ("Statement", NGO_SITES), ("Field update", ["Médecins Sans Frontières", "ICRC", "UNICEF"]),
])
K("back_to_top", "any", 28, [
    "Back to top", "↑ Back to top", "Top", "Return to top", "Scroll to top", "Go to top", "Skip to main content",
    "Skip to content", "Skip to navigation", "Jump to comments", "Skip to footer", "Back to {section}", "Back to article",
    "Return to homepage", "Go back", "Skip to search", "Skip Navigation", "Accessibility help", "Jump to main content",
    "↑ Top", "Top of page", "Back to all news",
], case=0.2)
K("pagination", "any", 32, [
    "Page {n:1-3} of {n2:4-9}", "Next page", "Previous page", "« Previous 1 2 3 Next »", "Continue to page {n:2-5}",
    "Page {n:2-6}", "1 2 3 … {n:6-40} Next", "Older Entries", "Newer Entries", "« Previous Post", "Next Post »",
    "Load more articles", "Page {n:1-3}/{n2:4-9}", "Next Article", "Previous Article", "Next: {headline}",
    "Previous: {headline}", "Show more stories", "More stories", "← Older posts", "Newer posts →", "View all",
    "Next ›", "‹ Prev", "Go to page", "Page 1", "Read next", "See all results",
], case=0.08)
K("continue_reading", "authored", 30, [
    "Continue reading", "Continue reading below", "Read more", "Show more", "Show less", "Read full article", "Expand article",
    "Continue reading the main story", "Story continues below", "Read More »", "Continue Reading →", "Tap to expand",
    "See more", "Read the full story at {outlet}", "[…] Read more", "Read the rest of this entry »", "Keep reading",
    "Read full story", "Click to expand", "View full article", "Read more ›", "Continue reading on {outlet}",
    "Article continues after this ad", "Continue reading for free", "The rest of this article is below",
    "Read the full report", "Full story", "... more",
], case=0.08)
K("ad_label", "ads", 34, [
    "Advertisement", "ADVERTISEMENT", "Ad", "Story continues below advertisement", "Article continues below this ad",
    "Scroll to continue with content", "Advertise with us", "Remove ads", "AdChoices", "Report this ad", "Sponsored by {company}",
    "Promoted content", "Recommended by Outbrain", "Paid Partner Content", "Taboola Feed", "Sponsored Links",
    "Content continues below", "Advertisement - scroll to continue", "Ad Feedback", "Advertisement Skip advertisement",
    "Why am I seeing this ad?", "Ads by Google", "Sponsored stories", "From our partners", "Promoted by {company}",
    "Advertorial feature", "Support this site by disabling your ad blocker", "We noticed you're using an ad blocker.",
    "Story continues", "Presented by {company}", "Around the web", "Paid Post",
], case=0.05)
K("table_of_contents", "any", 30, [
    "Contents", "Table of contents", "Jump to:", "Jump to section", "In this article", "On this page",
    "Skip to: {tocitem} | {tocitem2} | {tocitem3}", "1. {tocitem} 2. {tocitem2} 3. {tocitem3}", "Show/hide contents",
    "In this guide", "Quick links", "{tocitem}", "Jump to: {tocitem}", "Contents: {tocitem} · {tocitem2} · {tocitem3} · {tocitem4}",
    "Toggle table of contents", "In this story", "Sections", "Quick navigation", "On this page: {tocitem}, {tocitem2}, {tocitem3}",
    "Expand all sections", "Collapse all",
])
K("ticker_box", "finance", 32, [
    "In this article: {realtick} {pct}", "Related stocks: {realtick} {pct}", "{realtick} {pct}",
    "Companies mentioned: {company} ({ticker})", "Stocks: {realtick}, {realtick2}", "Quotes in this article",
    "Follow {realtick}", "{company} ({exch}:{ticker})", "Tickers: {realtick} {realtick2} {realtick3}",
    "In this article {realtick} {pct} {realtick2} {pct2}", "Stocks mentioned in this story", "Add to watchlist",
    "{realtick} · {exch} · Real-time price", "Trending tickers: {realtick}, {realtick2}, {realtick3}",
    ("In This Article: {realtick} Follow your favorite stocks CREATE FREE ACCOUNT", "CNBC"),
    ("In this article: {realtick} Watchlist", "Yahoo Finance"), ("Companies {company}", "Financial Times"),
    ("Mentioned: {realtick} {pct}", "MarketWatch"), ("Companies", "Reuters"),
    ("Add {companyshort} to myFT", "Financial Times"), ("Stocks Mentioned {realtick} {pct}", "Business Insider"),
])
K("topic_follow", "authored", 34, [
    "Follow", "+ Follow", "Following", "Follow {topic}", "Follow this topic to get notified", "Get alerts on {topic}",
    "Follow {name}", "Unfollow", "Get email alerts for {topic}", "Topics: {topic}, {topic2}, {topic3}", "More on this topic",
    "Explore more on these topics: {topic}; {topic2}; {topic3}", "Related topics", "Topics", "{topic} · {topic2}",
    "Follow {name} on {outlet}", "Get notified when {name} publishes", "Tagged: {topic}", "More about {topic}",
    "Subscribe to {topic} alerts", "Added to your feed", "Save to My News",
    ("Follow topics and authors from this story to see more like this in your personalised homepage feed and to receive email updates.", "Reuters"),
    ("Add {topic} to myFT", "Financial Times"), ("Follow {name} Follow", "The Washington Post"),
    ("Explore more on these topics", GUARDIAN), ("Related Topics", BBC), ("More on this story", BBC),
])
K("related_links", "authored", 44, [
    "Related: {headline}", "READ MORE: {headline}", "More on this story", "Read more: {headline}", "You might also like",
    "Recommended", "Most read", "Most popular", "Trending now", "More from {outlet}", "Related articles", "Also read | {headline}",
    "ALSO READ: {headline}", "Related Stories", "Don't miss", "Top Stories", "Editor's picks", "▶ {headline}", "{headline}",
    "Read next: {headline}", "More from {section}", "Popular now", "What to read next", "Recommended for you",
    "Related coverage", "See also: {headline}", "MORE: {headline}", "Latest news", "Around the site",
    "Related: {headline} | {headline2}", "More in {sub}",
    ("READ MORE: {headline}", REACH), ("Related Topics", BBC), ("Most Read", ["The National", "Gulf News", "Arab News"]),
    ("ALSO READ | {headline}", INDIA), ("RELATED: {headline}", US_LOCALTV), ("More on this story", GUARDIAN),
])

# ---- blog platforms -------------------------------------------------------
K("blog_post_meta", "blog", 36, [
    "Posted in {category} | Tagged {tag}, {tag2}", "Filed under: {category}", "Posted on {date} by {blogger}",
    "Categories: {category}", "Tags: {tag}, {tag2}, {tag3}",
    "This entry was posted in {category} and tagged {tag}, {tag2}. Bookmark the permalink.", "Posted by {blogger} at {tampm}",
    "{n:0-40} Comments", "Filed Under: {category} Tagged With: {tag}, {tag2}", "Posted in Uncategorized", "Permalink", "Edit",
    "Posted on {date_noyear} by {blogger} — Leave a comment", "By {blogger} · {date} · {category}",
    "{date} · {n:0-40} comments", "Published by {blogger}", "Categories {category}, {category2}", "Tagged {tag}",
    "Posted in: {category}. Tagged: {tag}.", "Written by {blogger} on {date}", "{category} / {date_short}",
    "Last updated on {date} by {blogger}", "Filed in {category}", "Posted {date_short} in {category}",
])
K("wordpress_comment_form", "blog", 30, [
    "Leave a Reply", "Leave a Reply Cancel reply", "Your email address will not be published. Required fields are marked *",
    "Comment *", "Name *", "Email *", "Website", "Save my name, email, and website in this browser for the next time I comment.",
    "Notify me of follow-up comments by email.", "Notify me of new posts by email.", "Post Comment",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.", "{n:1-60} Responses",
    "Reply ↓", "{fname} says: {date} at {tampm}", "Log in to Reply", "Cancel reply", "Leave a comment",
    "{fname} on {date} at {tampm} said:", "You must be logged in to post a comment.", "Comment", "Submit Comment",
    "{n:1-60} thoughts on this post", "Your comment is awaiting moderation.", "Δ",
    "{fname} {lname} says {date_short} at {tampm}", "Reply to {fname}",
])
K("wordpress_share_like", "blog", 26, [
    "Share this:", "Like this:", "Like Loading...", "Related", "Click to share on Facebook (Opens in new window)",
    "Click to share on X (Opens in new window)", "Click to email a link to a friend (Opens in new window)",
    "Click to print (Opens in new window)", "Be the first to like this.", "{n:2-40} bloggers like this.", "Reblog",
    "Share this: Facebook X Email Print", "Click to share on Pinterest (Opens in new window)",
    "Click to share on Reddit (Opens in new window)", "Click to share on LinkedIn (Opens in new window)",
    "Click to share on WhatsApp (Opens in new window)", "Like", "Loading...", "Related posts", "You may also like",
    ("Follow {outlet} on WordPress.com", BLOGS), ("Subscribe Subscribed", BLOGS), "Sign me up",
    ("Already have a WordPress.com account? Log in now.", BLOGS), ("Discover more from {outlet}", BLOGS),
    ("Subscribe to get the latest posts sent to your email.", BLOGS), ("Type your email… Subscribe", BLOGS),
])
K("share_buttons", "any", 32, [
    "Share this article", "Share this story", "Share via", "Share: Facebook | X | LinkedIn | Email", "Tweet", "Share on LinkedIn",
    "Pin it", "Email this article", "Print", "Save article", "Save", "Saved", "Gift article", "Copy URL", "WhatsApp",
    "Share full article", "{n:2-900} Shares", "Facebook", "Share on Reddit", "Share via email", "Share Facebook Twitter Email",
    "Send to a friend", "Print this article", "Share page", "Copy link", "Share on Telegram", "Add to reading list",
    "Save for later", "Listen Share Save", "Share Share on Facebook Share on Twitter Share via email",
])
K("read_time", "authored", 28, [
    "{n:2-25} min read", "{n:2-25} minute read", "Reading time: {n:2-25} minutes", "⏱ {n:2-25} min",
    "{n:2-25} min read · {date_short}", "Estimated reading time: {n:2-25} minutes", "{n:2-25}-minute read",
    "Time to read: {n:2-25} min", "{wordsmin}", "{n:2-25} mins read", "Read time: {n:2-25} mins",
    "{n:2-25} MIN READ", "Approx. {n:2-25} min read",
])
K("medium_furniture", "medium", 36, [
    "Member-only story", "Published in {outlet}", "{mins} min read · {date_short}", "{kcount}", "{n:1-80} responses",
    "Written by {name}", "{kcount} Followers · Writer for {outlet}", "{n:100-990} Followers", "More from {name} and {outlet}",
    "Recommended from Medium", "See all from {name}", "See all from {outlet}",
    "Help Status About Careers Press Blog Privacy Terms Text to speech Teams",
    "Sign up to discover human stories that deepen your understanding of the world.", "Free", "Distraction-free reading. No ads.",
    "Organize your knowledge with lists and highlights.", "Tell your story. Find your audience.", "Membership",
    "Read member-only stories", "Support writers you read most",
    "Get unlimited access to the best of Medium for less than $1/week. Become a member", "Sign up", "Sign in", "Open in app",
    "Write", "Lists", "Staff Picks", "{name} in {outlet}", "Top highlight", "Responses ({n:1-80})", "What are your thoughts?",
    "Respond", "Listen", "Share", "Follow", "{kcount} claps",
])
K("substack_furniture", "substack", 36, [
    "Subscribe to {outlet}", "Thanks for reading {outlet}! Subscribe for free to receive new posts and support my work.",
    "Type your email...", "Subscribe", "Share {outlet}", "Leave a comment", "{n:12-900} Likes", "{n:2-90} Restacks",
    "Discover more from {outlet}",
    "{outlet} is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.",
    "Continue reading", "Already have an account? Sign in", "Upgrade to paid", "Ready for more?", "© {year} {name}",
    "Substack is the home for great culture", "Start writing", "Get the app", "This post is for paid subscribers",
    "Keep reading with a 7-day free trial", "Share this post", "{name}'s Substack", "Previous", "Next", "Top", "Latest",
    "Discussions", "Give a gift subscription", "{n:2-300} Comments", "Privacy ∙ Terms ∙ Collection notice",
    "Over {bign} subscribers", "Pledge your support", "Share this post with a friend", "{date_short} ∙ Paid",
    "Listen now", "Not now", "No thanks",
])
K("author_box", "authored", 40, [
    "{name} is a {rolelc} at {outlet}, covering {beat}.", "{name} is {outlet}'s {rolelc}. Follow {obj} on X {handle}.",
    "About the author", "{name} is a freelance journalist based in {city}.", "More by {name}", "View all posts by {name}",
    "{name} has covered {beat} for more than {n:5-25} years.",
    ("{name} is a professor of {field} at {theuni}.", ["The Conversation"] + UNI_SITES),
    "{name} writes about {beat}. {prcap} lives in {city}.", "See more stories from {name}", "Author profile",
    "Read more from {name}", "{name} · Reporter · {email}",
    ("{name} is a senior lecturer in {field} at {theuni}.", ["The Conversation"] + UNI_SITES),
    "{name} is a {rolelc} based in {city}. Before joining {outlet}, {pron} worked at {partner}.",
    "{name} is the author of three books, most recently on {beat}.", "{name} reports on {beat} from {city}.",
    "About {name}", "{name} joined {outlet} in {year}.", "Latest from {name}", "{n:20-900} articles",
    ("{name} is a PhD candidate in {field} at {theuni}.", ["The Conversation"] + UNI_SITES), "{name} is editor of {outlet}.",
    "{name} is a contributing writer for {outlet} who covers {beat}.", "{name} is an award-winning reporter covering {beat}.",
    "{posscap} work has appeared in {partner} and {partner2}.", "Contact {name}", "Meet the team",
])

# ---- press releases -------------------------------------------------------
K("press_source", "wire", 30, [
    "SOURCE {company}", "SOURCE: {company}", "Source: {company}", "/SOURCE {company}/", "SOURCE {companyshort}",
    "Source: {company} via {outlet}", "Company: {companyshort}", "Issuer: {company}",
    ("Source: {companyshort}", ["GlobeNewswire", "ACCESSWIRE", "Newsfile"]),
    ("SOURCE: {company}", "ACCESSWIRE"), ("Source: {company}", "Media OutReach Newswire"),
])
K("media_contact", "press", 40, [
    "Media contact:", "Media Relations: {name}, {phone}, {pressemail}", "Press inquiries: {pressemail}",
    "For more information, contact: {name} {phone}", "CONTACT: {name}, {pressemail}", "Media enquiries: {phone} (24 hours)",
    "Media contact {name}, Communications Manager, {phone}", "For media inquiries: {pressemail}", "Press Office",
    ("Media Contact: {name}, {companyshort} | {pressemail} | {phone}", WIRES + CORPS),
    ("Investor Relations: {name}, {pressemail}", WIRES + CORPS),
    ("Contacts Media: {name} {pressemail} Investors: {name2} {phone}", WIRES + CORPS),
    ("Journalists: please contact the press office on {phone} or email {pressemail}.", GOV_SITES + UNI_SITES + NGO_SITES),
    "Contact: {name} | {prrole} | {coemail}", "Media: {name}, {phone}", "Press contact: {name}, {coemail}",
    "NOTE TO EDITORS: For interviews, contact {name} on {phone}.", "{name} {prrole} {coemail} {phone}",
    ("Investors: {name}, {pressemail}", WIRES + CORPS),
    "For further information please contact: {name}, {prrole}, {phone}", "Out of hours: {phone}",
    ("Press Office: {phone} | Out of hours: {phone2}", ["GOV.UK", "NHS England", "Scottish Government"]),
    ("Media enquiries: {name}, {prrole}, {pressemail}", CORPS),
    ("Media contact: {name}, {email}, {phone}", ["MIT News", "Stanford Report", "University of Michigan News", "UCL News", "University of Toronto News", "University of Cape Town News"]),
    ("For more information, please contact: {name}, {email}", ["UNICEF", "Human Rights Watch", "Médecins Sans Frontières", "ICRC", "Oxfam GB", "Amnesty International"]),
    ("Media Relations Office, {phone}, media@{domain}", ["NOAA", "NASA", "U.S. Department of Energy"]),
])
K("press_about", "wire", 36, [
    "About {companyshort}", "About {company}",
    "About {companyshort}: Founded in {yearold}, {companyshort} is a {industry} company focused on {focus}. The company works with more than {n:200-900} customers across {n2:12-60} countries and employs approximately {staff} people at sites in {city}, {city2} and {city3}. {companyshort} has committed to reaching net-zero emissions across its operations by {c:2030|2035|2040}. For more information, visit {companyurl} or follow the company on LinkedIn.",
    "About {companyshort}: {companyshort} is a {industry} company focused on {focus}. Headquartered in {city}, {companyshort} employs more than {staff} people. Learn more at {companyurl}.",
    "{company} ({exch}: {ticker}) is a {industry} company focused on {focus}. The company's shares trade on the {exchfull}. For more information, visit {companyurl}.",
    "Founded in {yearold}, {companyshort} is a {industry} business specialising in {focus}. The company has offices in {city}, {city2} and {city3}.",
    "{companyshort} is a leading provider of {focus}. Since {yearold}, the company has served customers in more than {n:20-140} countries. Visit {companyurl} to learn more.",
    "About {companyshort} {companyshort} is a privately held {industry} company. For more information, visit {companyurl} or follow the company on LinkedIn.",
    "{company} is a {industry} company dedicated to {focus}. {companyshort} is listed on the {exchfull} under the ticker {ticker}.",
    ("About {theuni}", UNI_SITES), ("More news from {theuni}: {siteurl:news}", UNI_SITES),
    ("For media enquiries about research at {theuni}, visit {siteurl:media}.", UNI_SITES),
    ("About {company}", CORPS), ("About {company} ({corptick}): For more information about {company}, visit {siteurl:about-us}.", CORPS),
    ("{company} ({corptick}) will publish its next trading update on {date}.", CORPS),
    "Notes to editors: {companyshort} was founded in {yearold} and is headquartered in {city}.",
    "{companyshort} ({exch}: {ticker}) is headquartered in {city}. For more information, visit {companyurl}.",
    "{companyshort} in brief: {n:2-90},000 employees · {n2:3-60} countries · Founded {yearold}",
    ("About UNICEF: UNICEF works in some of the world’s toughest places to reach the world’s most disadvantaged children. Across more than 190 countries and territories, we work for every child, everywhere, to build a better world for everyone.", "UNICEF"),
    ("About Médecins Sans Frontières: MSF is an international, independent medical humanitarian organisation that delivers emergency aid to people affected by armed conflict, epidemics, natural disasters and exclusion from healthcare.", "Médecins Sans Frontières"),
])
K("forward_looking", "wire", 30, [
    "Forward-Looking Statements", "Cautionary Note Regarding Forward-Looking Statements", "Safe Harbor Statement",
    "This press release contains “forward-looking statements” within the meaning of the Private Securities Litigation Reform Act of 1995, including statements regarding {companyshort}'s expected revenue, the timing of regulatory submissions, the anticipated benefits of recent acquisitions and its plans for future product launches. These statements are subject to risks and uncertainties, many of which are beyond {companyshort}'s control, that could cause actual results to differ materially from those expressed or implied, including market conditions, supply chain disruptions, competition and the outcome of regulatory processes.",
    "Certain statements in this news release constitute “forward-looking information” under applicable Canadian securities legislation, including statements with respect to the timing and results of the {year} drilling program, the estimation of mineral resources, permitting timelines and the Company's future plans. Although {companyshort} believes the expectations reflected in such forward-looking information are reasonable, it can give no assurance that these expectations will prove to be correct, and readers should not place undue reliance on them.",
    "This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. These statements are based on current expectations and are subject to risks and uncertainties.",
    "Words such as “anticipate,” “believe,” “expect,” “intend,” “may,” “plan,” and “will” and similar expressions are intended to identify forward-looking statements.",
    "Actual results may differ materially from those indicated by such forward-looking statements as a result of various important factors, including those discussed in {companyshort}'s most recent Annual Report on Form 10-K filed with the SEC.",
    "{companyshort} undertakes no obligation to update any forward-looking statement, except as required by law.",
    "Non-GAAP Financial Measures",
    "This announcement contains inside information for the purposes of Article 7 of the UK Market Abuse Regulation.",
    "Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.",
    "The securities have not been registered under the U.S. Securities Act of 1933, as amended, and may not be offered or sold in the United States absent registration or an applicable exemption.",
    "NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES",
    "Readers are cautioned not to place undue reliance on these forward-looking statements, which speak only as of {date}.",
    "All statements other than statements of historical fact are forward-looking statements.",
    "A reconciliation of non-GAAP measures to the most directly comparable GAAP measures is included in the tables below.",
    "This release does not constitute an offer to sell or a solicitation of an offer to buy any securities.",
    "Past performance is not indicative of future results.", "Risk factors are described in the company's filings with the SEC, available at www.sec.gov.",
    "Forward-looking information in this news release is made as of {date} and {companyshort} disclaims any intent or obligation to update it.",
])
K("press_end_mark", "wire", 22, [
    "###", "# # #", "-30-", "– ENDS –", "ENDS", "-END-", "Notes to editors", "NOTES TO EDITORS:", "Editor's notes", "— End —",
    "*****", "For further information:", "Attachments", "Photos accompanying this announcement are available at {wireurl}",
    "Multimedia files: {wireurl}", "- ENDS -", "-ENDS-", "Editors' notes:", "Logo", "Related Links",
], case=0.1)
K("view_original_content", "wire", 30, [
    ("View original content: {prnurl}", ["PR Newswire", "Yahoo Finance", "MarketWatch"]),
    ("View original content to download multimedia: {prnurl}", ["PR Newswire", "Yahoo Finance", "MarketWatch"]),
    ("View source version on businesswire.com: {bwurl}", ["Business Wire", "Yahoo Finance", "MarketWatch"]),
    ("To view the original version on PR Newswire, visit: {prnurl}", ["PR Newswire", "Yahoo Finance", "MarketWatch", "Moneycontrol"]),
    "Originally published at {wireurl}", ("View the original press release on ACCESSWIRE", ["ACCESSWIRE", "Yahoo Finance"]),
    ("Copyright {year} GlobeNewswire, Inc.", ["GlobeNewswire", "Yahoo Finance"]),
    ("Distribution channels: {c:Business & Economy|Healthcare & Pharmaceuticals Industry|Technology|Energy Industry|Banking, Finance & Investment Industry}", "EIN Presswire"),
    ("Legal Disclaimer: EIN Presswire provides this news content \"as is\" without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article. If you have any complaints or copyright issues related to this article, kindly contact the author above.", "EIN Presswire"),
    ("Photo - {logourl}", "PR Newswire"), ("Logo - {logourl}", "PR Newswire"), ("Cision View original content: {prnurl}", "PR Newswire"), "Tags: {c:Energy|Biotech|Fintech|Earnings|Product launch}",
    "Related Links: {companyurl}", "Press release distributed by {outlet}", "Find more press releases from {companyshort}",
    "To view this piece of content from {outlet}, please give your consent at the top of this page.",
    "Copyright © {year} {outlet}. All Rights Reserved.", ("Video - {prnurl}", "PR Newswire"), "Release ID: {n:890000-999999}",
    "Article ID: {n:100000-999999}", "Issuer of this announcement is fully responsible for the content of this announcement.",
    ("Copyright © {year} Newsfile Corp. All rights reserved.", "Newsfile"),
    ("To view the source version of this press release, please visit {wireurl}", "Newsfile"),
])
K("press_header_meta", "press", 28, [
    "Press release | {date}", "Category: Press Releases", "NEWS RELEASE", "PRESS RELEASE", "Media release", "Media advisory",
    "Release Number: {year}-{n:100-999}", "Press Release No: {n:10-99}/{year}", "News Release | {date_short}", "Share this release",
    "Download PDF", "Print release", "Subscribe to press releases", "Press Contact", "{date_short}, {thm} {tz}",
    ("Company announcement No. {n:1-40} / {year}", WIRES + ["Maersk News"]), ("Regulatory News:", WIRES),
    ("Stock Exchange Release {date} at {thm} {tz}", WIRES), ("Inside information", WIRES + CORPS),
    ("News provided by {company}", WIRES), ("Ad hoc announcement pursuant to Art. 53 LR", WIRES), ("Corporate news", WIRES + CORPS),
    ("Trade release", WIRES + CORPS), ("Investor news", CORPS), ("Media statement", GOV_SITES + CORPS),
    ("News provided by {company} {date_short}, {thm} ET", "PR Newswire"), ("Reading Time: {mins} minutes", "EIN Presswire"),
    ("Press release from: {company}", "Media OutReach Newswire"),
], case=0.1)

# ---- government, science, footer ----------------------------------------
K("gov_page_meta", "gov", 34, [
    "Published {date}", "Last updated {date} — See all updates", "Press release", "News story", "Print this page",
    "Share this page", "Media release", "Official website", "Related content", "Explore the topic", "Documents",
    "Released {date}", "For release: Immediate", "Ministerial statement", "Topics: {topic}", "This page was last updated on {date}",
    "Contents", "Attachments", "Get emails about this page", "Stop getting emails about this page",
    ("From: {dept} and {name} MP", "GOV.UK"), ("From: {dept}", "GOV.UK"), ("Published {date} Last updated {date2} — See all updates", "GOV.UK"),
    ("OGL All content is available under the Open Government Licence v3.0, except where otherwise stated", "GOV.UK"),
    ("© Crown copyright", ["GOV.UK", "Scottish Government", "Met Office"]), ("Part of: {topic}", "GOV.UK"),
    ("Date modified: {date_iso}", "Canada.ca"), ("News release", "Canada.ca"), ("From: Environment and Climate Change Canada", "Canada.ca"),
    ("Page last reviewed: {date_short} Next review due: {date_short2}", "NHS England"),
    ("An official website of the United States government Here's how you know", ["NASA", "NOAA", "U.S. Department of Energy"]),
    ("Official websites use .gov. A .gov website belongs to an official government organization in the United States.", ["NASA", "NOAA", "U.S. Department of Energy"]),
    ("Media Release – The Hon {name} MP, Minister for Health and Aged Care", "Australian Department of Health"),
    ("Date published: {date}", "Australian Department of Health"), ("Audience: General public", "Australian Department of Health"),
    ("Press release {date} Brussels", "European Commission Press Corner"), ("Page contents", "European Commission Press Corner"),
    ("Part of: Health and social care", "Scottish Government"), ("Editor: {name}", "NASA"),
])
K("research_release_meta", "science", 30, [
    "Story Source:", "Materials provided by {uni}. Note: Content may be edited for style and length.", "Journal Reference:",
    "DOI: {doi}", "Journal: {journal}", "Method of Research: {c:Experimental study|Observational study|Meta-analysis|Computational simulation/modeling|Survey|Randomized controlled/clinical trial}",
    "Subject of Research: {c:People|Animals|Cells|Not applicable}", "Article Publication Date: {date}",
    "COI Statement: The authors declare no competing interests.",
    ("Disclaimer: AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert! by contributing institutions or for the use of any information through the EurekAlert system.", "EurekAlert!"),
    "Funding: This work was supported by {funder} (grant {n:100000-999999}).", "Related Multimedia", "Keywords: {scikw}; {scikw2}",
    ("Cite This Page: MLA APA Chicago", "ScienceDaily"), "News release from: {uni}", "Reference: {lname} {initname2} et al. {journal} ({year}). DOI: {doi}",
    "Peer-reviewed", "Original source: {uni}", "Public release: {date_short}", "Read the paper", "Media contact",
    "Source: {uni}", "Credit: {uni}", "Usage restrictions: Credit must be given to the creator.", "License: CC BY 4.0",
])
K("footer_links", "any", 36, [
    "Terms of Use | Privacy Policy | Cookie Settings | Accessibility", "Do Not Sell or Share My Personal Information",
    "About us Contact us Advertise Careers", "© {year} {outlet}. All rights reserved.", "Privacy Policy · Terms of Service · Cookie Preferences",
    "Sitemap", "RSS feeds", "Contact the newsroom", "Complaints", "Editorial standards and policies", "Ethics policy",
    "Manage cookies", "Advertise with {outlet}", "Work for us", "Help centre", "Modern Slavery Act Statement",
    "Copyright © {year} {outlet}", "Terms & Conditions", "Your Privacy Choices", "Accessibility statement", "Newsletters",
    "Download our apps", "Follow us", "Contact us", "Corrections", "Masthead", "Licensing", "Syndication",
    ("This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.", REACH + ["The Telegraph", "The Independent", "The Scotsman", "Yorkshire Post"]),
    ("Regulated by IPSO", REACH + ["The Scotsman", "Yorkshire Post"]),
    ("The BBC is not responsible for the content of external sites. Read about our approach to external linking.", BBC),
    ("Copyright {year} BBC. All rights reserved.", BBC), ("© {year} Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.", "CNN"),
    ("All quotes delayed a minimum of 15 minutes. See here for a full list of exchanges and delays.", "Reuters"),
    ("Copyright © {year} HT Digital Streams Ltd. All Rights Reserved.", "Hindustan Times"),
    ("Copyright © {year} Mediacorp Pte Ltd. All rights reserved.", "CNA"),
    ("© {year} Nation Media Group. All rights reserved.", "Nation Africa"),
])
K("cookie_consent", "any", 26, [
    "We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.", "Accept all",
    "Reject all", "Manage preferences", "Cookie settings", "We care about your privacy",
    "We and our {n:100-900} partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, audience research and services development. With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our partners' processing as described above, or access more detailed information and change your preferences before consenting.",
    "{outlet} uses cookies and similar technologies to make our site work, to understand how you use it and to show you relevant advertising. Some cookies are essential, while others help us improve your experience. You can choose which optional cookies to allow by selecting 'Manage preferences'. You can change your mind at any time in our cookie settings.",
    "We and our {n:100-900} partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device.",
    "Your privacy choices", "Necessary cookies only", "Save & exit", "Legitimate interest", "This site uses cookies. Find out more",
    "OK, got it", "Accept cookies", "Customise", "I agree", "Cookie policy", "Allow all cookies", "Use necessary cookies only",
    "We use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic.",
    "Strictly necessary cookies", "Performance cookies", "Targeting cookies", "Confirm my choices",
    ("Let us know you agree to cookies", BBC),
])
K("social_embed", "news", 38, [
    "View this post on Instagram", "A post shared by {name} (@{handleplain})", "— {name} ({handle}) {date}", "pic.twitter.com/{hex}",
    "Skip twitter post by {name}", "End of twitter post by {name}", "Skip TikTok post", "Content not available", "Twitter content",
    "Allow content", "Watch on TikTok", "Loading tweet…", "Follow {outlethandle}", "{n:2-900} Retweets {n2:10-9999} Likes",
    "This content is hosted by a third party. To view it, please allow cookies.", "Read more on X", "View on Threads",
    "Post by {handle}", "See more on Instagram", "Embedded video", "Facebook post by {name}", "View on Facebook",
    "A post shared by {outlet} ({outlethandle})", "— {outlet} ({outlethandle}) {date}", "See the latest posts on X",
    "{n:2-300} replies {n2:10-900} reposts {n3:100-9999} likes", "Reply · Copy link", "Read {n:2-90} replies",
    ("Allow X content? This article contains content provided by X. We ask for your permission before anything is loaded, as they may be using cookies and other technologies. You may want to read X’s cookie policy and privacy policy before accepting. To view this content choose ‘accept and continue’.", BBC),
    ("The BBC is not responsible for the content of external sites.", BBC),
    ("Instagram content This content can also be viewed on the site it originates from.", GUARDIAN),
    ("Skip past Twitter post", GUARDIAN), ("Allow Twitter content?", GUARDIAN),
])


# ---------------------------------------------------------------------------
# Function-built widget kinds
# ---------------------------------------------------------------------------
DEC = {"GBP/USD": 4, "GBP/EUR": 4, "CAD/USD": 4, "AUD/USD": 4, "NZD/USD": 4, "EUR/USD": 4, "USD/SGD": 4,
       "USD/JPY": 2, "USD/INR": 2, "USD/GHS": 2, "USD/PKR": 2, "USD/PHP": 2, "USD/ILS": 3, "USD/MXN": 3,
       "USD/JMD": 2, "EUR/GBP": 4, "USD/ZAR": 3, "USD/KRW": 1, "USD/KES": 2, "USD/NGN": 2, "10-yr yield": 3}
INDICES = {
    "UK": [("FTSE 100", 8100), ("FTSE 250", 20300), ("GBP/USD", 1.27), ("GBP/EUR", 1.17), ("Brent crude", 83)],
    "US": [("Dow", 39100), ("S&P 500", 5200), ("Nasdaq", 16400), ("Russell 2000", 2050), ("10-yr yield", 4.3),
           ("Gold", 2320), ("Bitcoin", 63000), ("WTI crude", 78)],
    "CA": [("S&P/TSX", 21900), ("CAD/USD", 0.73), ("WTI crude", 78)],
    "AU": [("ASX 200", 7800), ("All Ords", 8050), ("AUD/USD", 0.66), ("Iron ore", 108)],
    "NZ": [("NZX 50", 11800), ("NZD/USD", 0.60)],
    "IN": [("Sensex", 73600), ("Nifty 50", 22300), ("Nifty Bank", 47800), ("USD/INR", 83.4)],
    "JP": [("Nikkei 225", 39700), ("Topix", 2750), ("USD/JPY", 151.2)],
    "HK": [("Hang Seng", 16500), ("Shanghai Composite", 3050)],
    "KR": [("Kospi", 2700), ("USD/KRW", 1350)],
    "SG": [("STI", 3250), ("USD/SGD", 1.35)],
    "ZA": [("JSE All Share", 75400), ("USD/ZAR", 18.7)],
    "EU": [("DAX", 18200), ("CAC 40", 8100), ("Euro Stoxx 50", 5050), ("EUR/USD", 1.08)],
    "ME": [("Tadawul", 12400), ("DFM", 4200), ("Brent crude", 83)],
    "KE": [("NSE 20", 1680), ("USD/KES", 131)],
    "NG": [("NGX ASI", 98000), ("USD/NGN", 1480)],
    "GH": [("GSE Composite", 3600), ("USD/GHS", 14.8)],
    "PK": [("KSE-100", 72000), ("USD/PKR", 278)],
    "BD": [("DSEX", 5800), ("DS30", 2050)],
    "PH": [("PSEi", 6700), ("USD/PHP", 57.2)],
    "IL": [("TA-35", 2000), ("TA-125", 2030), ("USD/ILS", 3.72)],
    "LATAM": [("IPC", 56000), ("Merval", 1200000), ("Ibovespa", 126000), ("USD/MXN", 17.1)],
    "JM": [("JSE Main Index", 330000), ("USD/JMD", 156)],
    "IE": [("ISEQ 20", 1650), ("EUR/USD", 1.08), ("EUR/GBP", 0.85)],
}


def fmt_num(v, name=None):
    if name in DEC:
        return format(v, ",.%df" % DEC[name])
    if v >= 1000:
        return format(round(v, 2), ",.2f")
    return "%.2f" % v


def w_market(f):
    r = f.r
    idx = INDICES.get(f.site["region"], INDICES["US"])
    name, base = r.choice(idx)
    v = base * (1 + r.uniform(-0.04, 0.04))
    ch = r.uniform(-2.4, 2.4)
    pct = "%+.2f%%" % ch
    pct2 = pct.replace("-", "−") if r.random() < 0.3 else pct
    absch = fmt_num(abs(v * ch / 100))
    arrow = "▲" if ch > 0 else "▼"
    sign = "+" if ch > 0 else "-"
    absch = fmt_num(abs(v * ch / 100), name)
    opts = [
        "%s %s %s" % (name, fmt_num(v, name), pct2),
        "%s %s %s%s (%s)" % (name, fmt_num(v, name), sign, absch, pct),
        "%s %s %s %s" % (name.upper(), fmt_num(v, name), arrow, pct.lstrip("+-")),
        "%s %s %s" % (name, fmt_num(v, name), pct),
        "%s %s%s" % (name, arrow, pct.lstrip("+-")),
    ]
    if len(idx) >= 3 and r.random() < 0.25:
        a, b, c = r.sample(idx, 3)
        row = " · ".join("%s %s %+.1f%%" % (n, fmt_num(bv * (1 + r.uniform(-0.03, 0.03)), n), r.uniform(-2, 2))
                         for n, bv in (a, b, c))
        return row
    extra = [
        f.fill("Markets data delayed by at least 15 minutes. As of {clock}."),
        f.fill("Data delayed 15 minutes. Market data provided by {c:ICE Data Services|FactSet|Morningstar|LSEG|Refinitiv}."),
        "Market closed", "Market open", "Pre-market", "After hours", "Markets", "Market snapshot", "Currencies",
        "Commodities", "Top gainers", "Top losers", "Most active", "View all markets", "Live market data",
        f.fill("Last updated {clock}"), f.fill("As of {date_short}, {tampm} {tz}"),
        f.fill("{realtick} {pct} · {realtick2} {pct2} · {realtick3} {pct3}"),
    ]
    if r.random() < 0.3:
        return r.choice(extra)
    return r.choice(opts)


def w_sport(f):
    r = f.r
    sp = f.sport()
    t1, t2 = f.team(""), f.team("2")
    a, b = r.randint(0, 4), r.randint(0, 4)
    m = r.randint(3, 90)
    ln, ln2 = f.person("")[1], f.person("2")[1]
    if sp == "football":
        opts = ["FT %s %d-%d %s" % (t1, a, b, t2), "%s %d – %d %s (HT)" % (t1, a, b, t2),
                "LIVE %d' %s %d-%d %s" % (m, t1, a, b, t2), f.fill("%s v %s · {wkd} {thm}" % (t1, t2)),
                f.fill("Kick-off: {thm} {tz}"), "Goals: %s %d', %s %d' (pen)" % (ln, r.randint(2, 45), ln2, r.randint(46, 90)),
                "Pos Club P W D L GD Pts",
                "%d %s %d %d %d %d %+d %d" % (r.randint(1, 20), t1, 30, r.randint(5, 22), r.randint(2, 10), r.randint(1, 12),
                                             r.randint(-25, 40), r.randint(20, 75)),
                "Match report", "Line-ups", "Fixtures", "Results", "Table", "Live text commentary", "Red card: %s %d'" % (ln, m),
                "Attendance: %s" % format(r.randint(4000, 75000), ","), f.fill("Referee: {name3}"), "Full-time", "Half-time",
                "%s %d (%s %d') %s %d" % (t1, a, ln, m, t2, b)]
        poss = r.randint(32, 68)
        opts.append("Possession %d%% | %d%%" % (poss, 100 - poss))
    elif sp == "cricket":
        rr, w, o = r.randint(90, 380), r.randint(2, 10), r.randint(15, 50)
        opts = ["%s %d/%d (%d ov)" % (t1, rr, w, o), "%s %d/%d (20 ov) v %s %d/%d (%d.%d ov)" % (t1, r.randint(130, 235), r.randint(3, 9), t2, r.randint(60, 200), r.randint(2, 9), r.randint(8, 19), r.randint(1, 5)),
                "%s won by %d runs" % (t1, r.randint(2, 120)), "%s won by %d wickets (%d balls left)" % (t2, r.randint(2, 9), r.randint(1, 40)),
                "Stumps: Day %d" % r.randint(1, 4), "Toss: %s, elected to %s" % (t1, r.choice(["bat", "bowl", "field"])),
                "CRR: %.2f | RRR: %.2f" % (r.uniform(5, 10), r.uniform(6, 13)), "Live scorecard", f.fill("Player of the match: {name3}"),
                "Target %d" % r.randint(120, 380), "%s need %d runs from %d balls" % (t2, r.randint(5, 80), r.randint(6, 60)),
                "%s %d* (%d)" % (ln, r.randint(10, 140), r.randint(12, 200)), "Match drawn", "Lunch: Day %d" % r.randint(1, 5),
                "Rain stops play", "Full scorecard", "Commentary", "Ball by ball"]
    elif sp in ("nba", "nfl", "mlb", "nhl"):
        a1, a2 = f.team("", True), f.team("2", True)
        if sp == "nba":
            sa, sb = r.randint(88, 130), r.randint(88, 130)
            opts = ["Final: %s %d, %s %d" % (t1, sa, t2, sb), "Q%d %d:%02d | %s %d – %s %d" % (r.randint(1, 4), r.randint(0, 11), r.randint(0, 59), a1, sa - 30, a2, sb - 30),
                    "%s %d %s %d FINAL" % (a1, sa, a2, sb), "Box score", "Game recap", f.fill("Tip-off {tampm} {tz}"),
                    "%s lead series %d-%d" % (a1, r.randint(1, 3), r.randint(0, 2)), "%s: %d PTS, %d REB, %d AST" % (ln, r.randint(12, 45), r.randint(2, 15), r.randint(1, 14))]
        elif sp == "nfl":
            sa, sb = r.choice([3, 7, 10, 13, 14, 17, 20, 21, 24, 27, 31, 34]), r.choice([0, 3, 6, 10, 13, 16, 20, 23, 28])
            opts = ["Final: %s %d, %s %d" % (a1, sa, a2, sb), "%s Q %d:%02d %s %d %s %d" % (r.choice(["1st", "2nd", "3rd", "4th"]), r.randint(0, 14), r.randint(0, 59), a1, sa, a2, sb),
                    "4th & %d at %s %d" % (r.randint(1, 10), a2, r.randint(5, 45)),
                    f.fill("%s (%d-%d) at %s (%d-%d), {wkd} {tampm} {tz}, %s" % (t1, r.randint(0, 12), r.randint(0, 12), t2, r.randint(0, 12), r.randint(0, 12), r.choice(["CBS", "FOX", "NBC", "ESPN", "Prime Video"]))),
                    "Drive chart", "Scoring summary", "%s %d-yd %s" % (ln, r.randint(1, 70), r.choice(["TD run", "TD pass", "field goal"]))]
        elif sp == "mlb":
            sa, sb = r.randint(0, 11), r.randint(0, 11)
            opts = ["Final: %s %d, %s %d" % (t1, sa, t2, sb), "Final/10: %s %d, %s %d" % (a1, sa, a2, sb),
                    "%s %s, %d out · %s %d %s %d" % (r.choice(["Top", "Bot"]), r.choice(["3rd", "5th", "7th", "9th"]), r.randint(0, 2), a1, sa, a2, sb),
                    "W: %s (%d-%d) L: %s (%d-%d)" % (ln, r.randint(1, 15), r.randint(1, 10), ln2, r.randint(1, 12), r.randint(1, 12)),
                    "Probable pitchers", "Box score", "R H E"]
        else:
            sa, sb = r.randint(0, 6), r.randint(0, 6)
            opts = ["Final: %s %d, %s %d" % (t1, sa, t2, sb), "Final/OT: %s %d, %s %d" % (a1, sa, a2, sb),
                    "%s %d:%02d | %s %d %s %d" % (r.choice(["1st", "2nd", "3rd"]), r.randint(0, 19), r.randint(0, 59), a1, sa, a2, sb),
                    "Shots: %s %d, %s %d" % (a1, r.randint(18, 40), a2, r.randint(18, 40)), "Three stars", "Game summary"]
    elif sp == "afl":
        g1, b1, g2, b2 = r.randint(6, 18), r.randint(4, 15), r.randint(6, 18), r.randint(4, 15)
        opts = ["%s %d.%d (%d) d %s %d.%d (%d)" % (t1, g1, b1, 6 * g1 + b1, t2, g2, b2, 6 * g2 + b2),
                "Q%d %d:%02d %s %d.%d (%d) %s %d.%d (%d)" % (r.randint(1, 4), r.randint(0, 25), r.randint(0, 59), t1, g1, b1, 6 * g1 + b1, t2, g2, b2, 6 * g2 + b2),
                "Goals: %s %d, %s %d" % (ln, r.randint(1, 6), ln2, r.randint(1, 4)), "Live match centre", "Stats", "Ladder",
                f.fill("Bounce: {tampm} {tz}"), "Final siren"]
    else:  # rugby
        sa, sb = r.randint(3, 45), r.randint(0, 40)
        opts = ["%s %d-%d %s (FT)" % (t1, sa, sb, t2), "HT: %s %d %s %d" % (t1, sa // 2, t2, sb // 2),
                "Tries: %s, %s; Cons: %s %d; Pens: %s %d" % (ln, ln2, ln, r.randint(1, 4), ln, r.randint(1, 5)),
                f.fill("Kick-off {thm} {tz}"), "Yellow card: %s %d'" % (ln2, r.randint(2, 79)), "Team lists", "Live blog", "Standings"]
    return r.choice(opts)


TROPICAL = ("SG", "PH", "ME", "NG", "GH", "KE", "BD", "IN", "JM", "LATAM", "PK", "HK")
ALERTS = {
    "US": ["Severe thunderstorm warning", "Flood watch", "Heat advisory", "Winter storm warning", "Red flag warning",
           "Wind advisory", "Tornado watch", "Dense fog advisory"],
    "CA": ["Special weather statement", "Snowfall warning", "Heat warning", "Rainfall warning", "Extreme cold warning"],
    "UK": ["Yellow weather warning for rain", "Amber warning for wind", "Yellow warning for snow and ice",
           "Yellow warning for thunderstorms"],
    "IE": ["Status Yellow wind warning", "Status Orange rainfall warning", "Status Yellow low temperature warning"],
    "AU": ["Severe weather warning", "Extreme fire danger", "Severe thunderstorm warning", "Flood watch"],
    "NZ": ["Heavy rain watch", "Strong wind warning", "Orange heavy rain warning"],
    "IN": ["Orange alert for heavy rain", "Red alert for extremely heavy rainfall", "Heatwave warning",
           "Yellow alert for thunderstorms"],
    "OTHER": ["Heavy rain warning", "Thunderstorm warning", "Heat warning", "Strong wind advisory"],
}


def w_weather(f):
    r = f.r
    reg = f.site["region"]
    us = f.reg["temp"] == "F"
    city = f.fill("{city}")
    if reg in TROPICAL:
        tc = r.randint(19, 39)
    else:
        tc = r.randint(*REGION_TEMP_C.get(reg, (-5, 33)))
    t = int(round(tc * 9 / 5.0 + 32)) if us else tc
    hi, lo = t + r.randint(1, 6), t - r.randint(3, 10)
    if tc <= 1:
        cond = r.choice(["Snow", "Light snow", "Freezing fog", "Clear", "Cloudy", "Flurries", "Sleet"])
    elif tc >= 27:
        cond = r.choice(["Sunny", "Hot", "Humid", "Thunderstorms", "Partly cloudy", "Haze", "Scattered showers"])
    else:
        cond = r.choice(["Partly cloudy", "Light rain", "Showers", "Overcast", "Clear", "Fog", "Mostly sunny",
                         "Drizzle", "Windy", "Sunny intervals", "Cloudy"])
    unit = "°F" if us else "°C"
    wind = "%d mph" % r.randint(3, 35) if us or reg == "UK" else "%d km/h" % r.randint(5, 55)
    alert = r.choice(ALERTS.get(reg, ALERTS["OTHER"]))
    uv = r.randint(1, 11)
    aqi = r.randint(12, 160)
    opts = ["%s %d%s %s" % (city, t, unit, cond), "H: %d° L: %d°" % (hi, lo),
            "%d%s | Feels like %d%s" % (t, unit, t + r.randint(-5, 4), unit), "Weather: %s, %d°" % (cond, t),
            "Humidity %d%% · Wind %s %s" % (r.randint(25, 98), r.choice(["N", "NE", "SW", "W", "SSE", "NW"]), wind),
            f.fill("Sunrise {tampm} · Sunset {tampm2}"),
            "UV index: %d (%s)" % (uv, "Low" if uv < 3 else "Moderate" if uv < 6 else "High" if uv < 8 else "Very high"),
            "Air quality: %s (AQI %d)" % ("Good" if aqi <= 50 else "Moderate" if aqi <= 100 else "Unhealthy for sensitive groups", aqi),
            "Pollen count: %s" % r.choice(["Low", "Moderate", "High", "Very high"]), "7-day forecast", "Hourly forecast",
            "Radar", "Change location", "%d° %s" % (t, cond), "Rain chance %d%%" % r.randint(5, 95), "%s ▾" % city,
            "Weather for %s: %s, %d°" % (city, cond.lower(), t),
            f.fill("%s in effect until {tampm} {weekday}" % alert), "%s for %s" % (alert, city),
            "Today %d°/%d° · Tonight %d°" % (hi, lo, lo - r.randint(0, 3)),
            "%s %d° %s" % (r.choice(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]), hi, cond),
            f.fill("Weather alerts ({n:1-4})"), "Your local forecast", "Weather warnings",
            "Tomorrow: %s, high %d°" % (cond.lower(), hi)]
    if reg in ("US", "CA"):
        opts += ["Live Doppler radar", "Interactive radar", "Traffic & weather", f.fill("First Alert Weather Day: {weekday}"),
                 "Closings & delays", "Track the storm"]
    return r.choice(opts)


PARTIES = {
    "UK": [("Labour", "Lab"), ("Conservative", "Con"), ("Liberal Democrat", "LD"), ("Reform UK", "Ref"), ("SNP", "SNP"), ("Green", "Grn"), ("Plaid Cymru", "PC")],
    "US": [("Democrat", "D"), ("Republican", "R"), ("Independent", "I"), ("Libertarian", "L")],
    "AU": [("Labor", "ALP"), ("Coalition", "LNP"), ("Greens", "GRN"), ("Independents", "IND")],
    "IN": [("BJP", "BJP"), ("Congress", "INC"), ("Samajwadi Party", "SP"), ("TMC", "TMC"), ("DMK", "DMK"), ("AAP", "AAP")],
    "ZA": [("ANC", "ANC"), ("DA", "DA"), ("MK", "MK"), ("EFF", "EFF"), ("IFP", "IFP")],
    "CA": [("Liberal", "LPC"), ("Conservative", "CPC"), ("NDP", "NDP"), ("Bloc Québécois", "BQ"), ("Green", "GPC")],
    "NZ": [("National", "NAT"), ("Labour", "LAB"), ("Green", "GRN"), ("ACT", "ACT"), ("NZ First", "NZF"), ("Te Pāti Māori", "TPM")],
    "IE": [("Fianna Fáil", "FF"), ("Fine Gael", "FG"), ("Sinn Féin", "SF"), ("Labour", "Lab"), ("Social Democrats", "SD")],
    "EU": [("EPP", "EPP"), ("S&D", "S&D"), ("Renew Europe", "RE"), ("Greens/EFA", "G/EFA"), ("ECR", "ECR")],
    "KE": [("UDA", "UDA"), ("ODM", "ODM"), ("Jubilee", "JP"), ("Wiper", "WDM")],
    "NG": [("APC", "APC"), ("PDP", "PDP"), ("Labour Party", "LP"), ("NNPP", "NNPP")],
    "GH": [("NPP", "NPP"), ("NDC", "NDC")],
    "JM": [("JLP", "JLP"), ("PNP", "PNP")],
    "PH": [("PFP", "PFP"), ("Lakas-CMD", "Lakas"), ("Liberal", "LP"), ("NUP", "NUP")],
}
ELEC_SRC = {"UK": "PA Media", "US": "AP", "AU": "AEC", "IN": "Election Commission of India", "ZA": "IEC",
            "CA": "Elections Canada", "NZ": "Electoral Commission", "IE": "RTÉ count centres", "EU": "European Parliament",
            "KE": "IEBC", "NG": "INEC", "GH": "Electoral Commission of Ghana", "JM": "Electoral Office of Jamaica", "PH": "Comelec"}


def w_election(f):
    r = f.r
    reg = f.site["region"] if f.site["region"] in PARTIES else "UK"
    ps = PARTIES[reg]
    (p1, a1), (p2, a2) = r.sample(ps, 2)
    total = {"UK": 650, "US": 435, "AU": 150, "IN": 543, "ZA": 400, "CA": 343, "NZ": 123, "IE": 174, "EU": 720,
             "KE": 349, "NG": 360, "GH": 276, "JM": 63, "PH": 316}[reg]
    seats = r.randint(total // 10, total // 2)
    pct = r.uniform(8, 52)
    cand = f.fill("{name}")
    opts = ["%s %d seats (%.1f%%)" % (p1, seats, pct), "%d of %d seats declared" % (r.randint(10, total), total),
            "Votes counted: %d%%" % r.randint(3, 99), "%d%% of expected vote in" % r.randint(3, 99),
            "Projected winner: %s" % p1, "%s %s from %s" % (a1, r.choice(["gain", "GAIN"]), a2), "%s hold" % p1,
            "%s (%s) %s votes %.1f%% ✓" % (cand, a1, format(r.randint(1200, 90000), ","), pct),
            "%d seats needed for majority" % (total // 2 + 1), "Turnout: %.1f%%" % r.uniform(38, 82),
            "Change from %d: %+d" % (r.choice([2016, 2019, 2020, 2021, 2022]), r.randint(-60, 60)), "Too early to call",
            "Counting in progress", "Source: %s" % ELEC_SRC[reg],
            "Swing: %.1f%% from %s to %s" % (r.uniform(0.5, 12), a2, a1), f.fill("Results last updated {clock}"),
            "Seats: " + " · ".join("%s %d" % (ab, r.randint(2, total // 3)) for _, ab in r.sample(ps, min(3, len(ps)))) + " · Others %d" % r.randint(0, 30),
            "Race call: %s %s" % (p1, r.choice(["win", "hold", "gain"])), "Leading: %s (%s) by %s votes" % (cand, a1, format(r.randint(40, 20000), ",")),
            "Full results", "Results map", "Live results", "Recount requested",
            "Estimated %d%% of votes counted" % r.randint(3, 99), "%s %d | %s %d" % (a1, seats, a2, r.randint(total // 10, total // 2))]
    if reg in ("UK", "IE", "NZ", "AU"):
        opts += ["Enter your postcode to see local results", "Declared", "Undeclared", "Search for your %s" % (
            {"UK": "constituency", "IE": "constituency", "NZ": "electorate", "AU": "electorate"}[reg])]
    if reg == "IN":
        opts += ["Leads/Wins: %s %d | %s %d" % (a1, seats, a2, r.randint(40, 240)), "Search for your constituency",
                 "%s leading in %d seats" % (p1, seats)]
    if reg == "US":
        opts += ["Search by ZIP code or state", "Precincts reporting: %d%%" % r.randint(2, 99),
                 f.fill("AP race call: {c:Democrat|Republican} wins at {tampm} {tz}"), "%d%% expected vote reported" % r.randint(2, 99),
                 "Electoral votes: %d needed to win" % 270, "Key races", "Senate · House · Governor", "D %d R %d" % (r.randint(40, 55), r.randint(40, 55))]
    return r.choice(opts)


K("market_ticker", "finance", 44, w_market)
K("sports_widget", "sport", 50, w_sport)
K("weather_box", "weather", 42, w_weather)
K("election_widget", "election", 44, w_election)


# ---------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------
OUTLET_TOKENS = ("{outlet", "{domain", "{url", "{email", "{tipemail", "{outlethandle", "{siteurl", "{wireurl",
                 "{pressemail", "{company", "{category", "{tag", "{blogger")


def sites_for(pool):
    types = POOLS[pool]
    return [SITE_BY_NAME[s[0]] for s in SITES if s[3] in types]


def generic_site(r):
    reg = r.choice(["US", "US", "UK", "AU", "CA", "IN"])
    return dict(name="generic", domain="news.local", region=reg, type="news")


def generate():
    r = random.Random(SEED)
    rows = []
    counts = collections.Counter()
    for kind in KINDS:  # dict insertion order: deterministic
        spec = KINDS[kind]
        cands = sites_for(spec["pool"])
        target = max(10, int(round(spec["n"] * SCALE)))
        got = 0
        tries = 0
        while got < target and tries < target * 80:
            tries += 1
            forced = None
            if callable(spec["t"]):
                tpl = spec["t"]
            else:
                tpl = r.choice(spec["t"])
                if isinstance(tpl, tuple):
                    tpl, forced = tpl
            if forced is not None:
                name = r.choice(forced) if isinstance(forced, list) else forced
                site = SITE_BY_NAME[name]
            else:
                site = r.choice(cands)
                if not callable(tpl) and r.random() < 0.06 and not any(t in tpl for t in OUTLET_TOKENS):
                    site = generic_site(r)
            f = Filler(r, site)
            text = tpl(f) if callable(tpl) else f.fill(tpl)
            if spec["case"] and r.random() < spec["case"] and len(text) < 60:
                text = text.upper()
            text = re.sub(r"\s+", " ", text).strip()
            text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)
            text = re.sub(r"\b([Tt]he) The ", r"\1 ", text)
            text = re.sub(r"\b([Tt]he) the ", r"\1 ", text)
            text = re.sub(r"\b([Aa]) (?=(?!one|uni|use|Euro|U\.)[AEIOUaeiou])", r"\1n ", text)
            if text.startswith("the "):
                text = "T" + text[1:]
            if not text or counts[text] >= MAX_REPEAT:
                continue
            # prefer fresh strings: accept a repeat only occasionally
            if counts[text] >= 1 and r.random() < 0.75:
                continue
            counts[text] += 1
            rows.append({"kind": kind, "outlet": site["name"], "text": text})
            got += 1
    r.shuffle(rows)
    return rows


def write_readme(rows):
    kinds = collections.Counter(x["kind"] for x in rows)
    outlets = collections.Counter(x["outlet"] for x in rows)
    regions = collections.Counter(SITE_BY_NAME[o]["region"] for o in outlets if o in SITE_BY_NAME)
    lines = []
    lines.append("# News-page furniture corpus (furniture_heldout)")
    lines.append("")
    lines.append("`furniture.jsonl` holds %d lines of page \"furniture\": text that appears on a scraped article page "
                 "but is not part of the article's story (live-blog chrome, player labels, captions and credits, "
                 "editor's notes, corrections, agency credits, commerce boxes, pitches, comment and poll widgets, "
                 "navigation leftovers, blog-platform chrome, press-release boilerplate, and market/sport/weather/"
                 "election widget text)." % len(rows))
    lines.append("")
    lines.append("Each line is a JSON object: `{\"kind\": <snake_case kind>, \"outlet\": <site name or \"generic\">, "
                 "\"text\": <one line/paragraph as it would appear in scraped text>}`.")
    lines.append("")
    lines.append("wirewash uses it for **evaluation only**: the cleaner's furniture score is never fitted on it. "
                 "`benchmarks/furniture_model.py` reports the share of its characters the score takes, on furniture "
                 "by a writer other than the one of `../furniture_train/` (which the score is fitted on).")
    lines.append("")
    lines.append("## How it was made")
    lines.append("")
    lines.append("- `make.py` (Python standard library only) contains hand-written wordings and templates for every kind, "
                 "plus small hand-written pools of names, cities, products, sources, teams, parties and so on.")
    lines.append("- Templates are filled deterministically with `random.Random(%d)`; running `make.py` twice gives "
                 "byte-identical output. Regional formatting (time zones, 12/24-hour clocks, date order, currency, "
                 "phone formats, retailers, agencies, sports) follows the site's region." % SEED)
    lines.append("- Some templates are tied to specific outlets where the wording is characteristic of that outlet's "
                 "page furniture; the rest are drawn for any site in the kind's pool. About 6% of outlet-neutral "
                 "lines are labelled `generic`.")
    lines.append("- No text may appear more than %d times; placeholders are never left unfilled. Phone numbers use "
                 "fictional/drama ranges where such ranges exist; people, companies and most e-mail addresses are invented." % MAX_REPEAT)
    lines.append("- The corpus was written blind: from general knowledge of how web pages read once scraped, "
                 "**without reading any repository, code checkout or corpus on this machine**.")
    lines.append("- `check.py` validates the file (JSON, keys, non-empty strings, no placeholders, repeat limit) and "
                 "prints counts per kind.")
    lines.append("")
    lines.append("## Counts per kind (%d kinds, %d lines)" % (len(kinds), len(rows)))
    lines.append("")
    lines.append("| kind | lines |")
    lines.append("|---|---|")
    for k in KINDS:
        lines.append("| %s | %d |" % (k, kinds[k]))
    lines.append("")
    lines.append("## Sites (%d distinct outlet labels incl. `generic`)" % len(outlets))
    lines.append("")
    lines.append("Regions covered: " + ", ".join("%s (%d sites)" % (k, v) for k, v in sorted(regions.items())))
    lines.append("")
    for o, c in sorted(outlets.items(), key=lambda x: (-x[1], x[0])):
        s = SITE_BY_NAME.get(o)
        desc = "%s, %s, %s" % (s["domain"], s["region"], s["type"]) if s else "no specific site"
        lines.append("- %s (%s): %d" % (o, desc, c))
    lines.append("")
    with open(README_PATH, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))


def main():
    rows = generate()
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    write_readme(rows)
    print("wrote %d lines, %d kinds, %d outlets -> %s" % (
        len(rows), len(set(x["kind"] for x in rows)), len(set(x["outlet"] for x in rows)), OUT_PATH))


if __name__ == "__main__":
    main()
