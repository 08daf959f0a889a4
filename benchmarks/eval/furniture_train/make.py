#!/usr/bin/env python3
"""Generate a corpus of news-page "furniture" lines (non-story text found on
scraped news pages).  All wordings, templates and pools below were written by
hand for this file.  Output is deterministic (fixed seed).

Usage:  python make.py            -> writes furniture.jsonl and README.md
"""
import collections
import datetime as dt
import json
import os
import random
import re

SEED = 20250611
SCALE = 0.715  # the per-kind targets below sum to ~3,500; scale to ~2,500 lines
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))


def L(block):
    """Split a hand-written block into non-empty stripped lines."""
    out = []
    for ln in block.split("\n"):
        ln = ln.strip()
        if ln and not ln.startswith("##"):
            out.append(ln)
    return out


# ---------------------------------------------------------------------------
# Outlets: name | domain | handle | region | types
# ---------------------------------------------------------------------------
OUTLETS_RAW = L("""
The New York Times|nytimes.com|@nytimes|us|paper
The Washington Post|washingtonpost.com|@washingtonpost|us|paper
Los Angeles Times|latimes.com|@latimes|us|paper
Chicago Tribune|chicagotribune.com|@chicagotribune|us|paper
The Boston Globe|bostonglobe.com|@BostonGlobe|us|paper
USA Today|usatoday.com|@USATODAY|us|paper
The Wall Street Journal|wsj.com|@WSJ|us|paper finance
The Seattle Times|seattletimes.com|@seattletimes|us|paper local
Star Tribune|startribune.com|@StarTribune|us|paper local
The Denver Post|denverpost.com|@denverpost|us|paper local
Tampa Bay Times|tampabay.com|@TB_Times|us|paper local
Miami Herald|miamiherald.com|@MiamiHerald|us|paper local
The Philadelphia Inquirer|inquirer.com|@PhillyInquirer|us|paper local
The Arizona Republic|azcentral.com|@arizonarepublic|us|paper local
Des Moines Register|desmoinesregister.com|@DMRegister|us|paper local
The Santa Fe New Mexican|santafenewmexican.com|@sfnewmexican|us|paper local
The Post and Courier|postandcourier.com|@postandcourier|us|paper local
Cedar Valley Sentinel|cedarvalleysentinel.com|@CVSentinel|us|paper local
The Millbrook Courier|millbrookcourier.com|@MillbrookCourier|us|paper local
The Texas Tribune|texastribune.org|@TexasTribune|us|nonprofit local
ProPublica|propublica.org|@propublica|us|nonprofit
CalMatters|calmatters.org|@CalMatters|us|nonprofit local
KFF Health News|kffhealthnews.org|@KFFHealthNews|us|nonprofit trade
The 19th|19thnews.org|@19thnews|us|nonprofit
Block Club Chicago|blockclubchicago.org|@BlockClubCHI|us|nonprofit local
CNN|cnn.com|@CNN|us|tv
NBC News|nbcnews.com|@NBCNews|us|tv
CBS News|cbsnews.com|@CBSNews|us|tv
ABC News|abcnews.go.com|@ABC|us|tv
Fox News|foxnews.com|@FoxNews|us|tv
NPR|npr.org|@NPR|us|radio public
KTLA 5|ktla.com|@KTLA|us|tv local
WRAL|wral.com|@WRAL|us|tv local
KING 5|king5.com|@KING5Seattle|us|tv local
WFAA|wfaa.com|@wfaa|us|tv local
Politico|politico.com|@politico|us|digital
Axios|axios.com|@axios|us|digital newsletter
The Hill|thehill.com|@thehill|us|digital
Vox|vox.com|@voxdotcom|us|digital
Slate|slate.com|@Slate|us|mag digital
Salon|salon.com|@Salon|us|digital
HuffPost|huffpost.com|@HuffPost|us|digital
The Daily Beast|thedailybeast.com|@thedailybeast|us|digital
Newsweek|newsweek.com|@Newsweek|us|mag
The Atlantic|theatlantic.com|@TheAtlantic|us|mag
The New Yorker|newyorker.com|@NewYorker|us|mag
Wired|wired.com|@WIRED|us|mag tech
The Verge|theverge.com|@verge|us|tech
TechCrunch|techcrunch.com|@TechCrunch|us|tech
Ars Technica|arstechnica.com|@arstechnica|us|tech
Engadget|engadget.com|@engadget|us|tech
9to5Mac|9to5mac.com|@9to5mac|us|tech blog
Android Police|androidpolice.com|@AndroidPolice|us|tech blog
Tom's Hardware|tomshardware.com|@tomshardware|us|tech
Gizmodo|gizmodo.com|@Gizmodo|us|tech
Business Insider|businessinsider.com|@BusinessInsider|us|digital finance
Forbes|forbes.com|@Forbes|us|mag finance
Fortune|fortune.com|@FortuneMagazine|us|mag finance
CNBC|cnbc.com|@CNBC|us|tv finance
MarketWatch|marketwatch.com|@MarketWatch|us|finance
Barron's|barrons.com|@barronsonline|us|finance mag
Seeking Alpha|seekingalpha.com|@SeekingAlpha|us|finance
The Motley Fool|fool.com|@themotleyfool|us|finance
Yahoo Finance|finance.yahoo.com|@YahooFinance|us|finance aggregator
Kiplinger|kiplinger.com|@Kiplinger|us|finance mag
Bloomberg|bloomberg.com|@business|us|finance wire
Yahoo News|news.yahoo.com|@YahooNews|us|aggregator
MSN|msn.com|@MSN|us|aggregator
NewsBreak|newsbreak.com|@NewsBreakApp|us|aggregator
Ground News|ground.news|@Ground_app|us|aggregator
Variety|variety.com|@Variety|us|trade mag
The Hollywood Reporter|hollywoodreporter.com|@THR|us|trade
Deadline|deadline.com|@DEADLINE|us|trade
Billboard|billboard.com|@billboard|us|trade mag
Adweek|adweek.com|@Adweek|us|trade
Nieman Lab|niemanlab.org|@NiemanLab|us|trade
STAT|statnews.com|@statnews|us|trade
Supply Chain Dive|supplychaindive.com|@SupplyChainDive|us|trade
Retail Dive|retaildive.com|@RetailDive|us|trade
Modern Healthcare|modernhealthcare.com|@modrnhealthcr|us|trade
Automotive News|autonews.com|@Automotive_News|us|trade
FreightWaves|freightwaves.com|@FreightWaves|us|trade
Insurance Journal|insurancejournal.com|@InsuranceJrnl|us|trade
Law360|law360.com|@Law360|us|trade
Farm Progress|farmprogress.com|@FarmProgress|us|trade
Restaurant Business|restaurantbusinessonline.com|@RBOnline|us|trade
Platformer|platformer.news|@platformer|us|newsletter tech
Semafor|semafor.com|@semafor|us|digital newsletter
The Free Press|thefp.com|@TheFP|us|newsletter
The Dispatch|thedispatch.com|@thedispatch|us|newsletter
Noahpinion|noahpinion.blog|@noahpinion|us|newsletter
Harbor Lines|harborlines.substack.com|@harborlines|us|newsletter
The Prairie Ledger|prairieledger.substack.com|@prairieledger|us|newsletter local
Rust Belt Notes|rustbeltnotes.substack.com|@rustbeltnotes|us|newsletter
Associated Press|apnews.com|@AP|us|wire
UPI|upi.com|@UPI|us|wire
PR Newswire|prnewswire.com|@PRNewswire|us|pr
Business Wire|businesswire.com|@BusinessWire|us|pr
GlobeNewswire|globenewswire.com|@GlobeNewswire|us|pr
EIN Presswire|einpresswire.com|@EINPresswire|us|pr
Accesswire|accesswire.com|@accesswire|us|pr
The Conversation|theconversation.com|@ConversationUS|us|nonprofit
The Guardian|theguardian.com|@guardian|uk|paper
BBC News|bbc.co.uk|@BBCNews|uk|tv public
The Times|thetimes.co.uk|@thetimes|uk|paper
The Telegraph|telegraph.co.uk|@Telegraph|uk|paper
The Independent|independent.co.uk|@Independent|uk|digital
Financial Times|ft.com|@FT|uk|paper finance
Daily Mail|dailymail.co.uk|@MailOnline|uk|paper
Daily Mirror|mirror.co.uk|@DailyMirror|uk|paper
Evening Standard|standard.co.uk|@standardnews|uk|paper local
The i Paper|inews.co.uk|@theipaper|uk|paper
Manchester Evening News|manchestereveningnews.co.uk|@MENnewsdesk|uk|paper local
Yorkshire Post|yorkshirepost.co.uk|@yorkshirepost|uk|paper local
The Scotsman|scotsman.com|@TheScotsman|uk|paper
The Herald|heraldscotland.com|@heraldscotland|uk|paper
Belfast Telegraph|belfasttelegraph.co.uk|@BelTel|uk|paper local
WalesOnline|walesonline.co.uk|@WalesOnline|uk|digital local
Bristol Post|bristolpost.co.uk|@BristolLive|uk|paper local
Hexham Courant|hexham-courant.co.uk|@HexhamCourant|uk|paper local
Sky News|news.sky.com|@SkyNews|uk|tv
ITV News|itv.com|@itvnews|uk|tv
The Economist|economist.com|@TheEconomist|uk|mag
New Statesman|newstatesman.com|@NewStatesman|uk|mag
The Spectator|spectator.co.uk|@spectator|uk|mag
Press Gazette|pressgazette.co.uk|@pressgazette|uk|trade
The Register|theregister.com|@TheRegister|uk|tech
Computer Weekly|computerweekly.com|@ComputerWeekly|uk|trade tech
PA Media|pamediagroup.com|@PA|uk|wire
Reuters|reuters.com|@Reuters|uk|wire
Lobby Notes|lobbynotes.substack.com|@lobbynotes|uk|newsletter
Chips & Context|chipsandcontext.substack.com|@chipscontext|uk|newsletter tech
The Irish Times|irishtimes.com|@IrishTimes|ie|paper
Irish Independent|independent.ie|@Independent_ie|ie|paper
TheJournal.ie|thejournal.ie|@thejournal_ie|ie|digital
RTÉ News|rte.ie|@rtenews|ie|tv public
Irish Examiner|irishexaminer.com|@irishexaminer|ie|paper
The Hindu|thehindu.com|@the_hindu|in|paper
The Times of India|timesofindia.indiatimes.com|@timesofindia|in|paper
Hindustan Times|hindustantimes.com|@htTweets|in|paper
The Indian Express|indianexpress.com|@IndianExpress|in|paper
NDTV|ndtv.com|@ndtv|in|tv
Scroll.in|scroll.in|@scroll_in|in|digital
The Wire|thewire.in|@thewire_in|in|digital
Mint|livemint.com|@livemint|in|paper finance
Deccan Herald|deccanherald.com|@DeccanHerald|in|paper
ThePrint|theprint.in|@ThePrintIndia|in|digital
The Economic Times|economictimes.indiatimes.com|@EconomicTimes|in|paper finance
Business Standard|business-standard.com|@bsindia|in|paper finance
Moneycontrol|moneycontrol.com|@moneycontrolcom|in|finance
News18|news18.com|@CNNnews18|in|tv
Press Trust of India|ptinews.com|@PTI_News|in|wire
ANI|aninews.in|@ANI|in|wire
IANS|ians.in|@ians_india|in|wire
The News Minute|thenewsminute.com|@thenewsminute|in|digital
Mumbai Memo|mumbaimemo.substack.com|@mumbaimemo|in|newsletter
ABC News (Australia)|abc.net.au|@abcnews|au|tv public
The Sydney Morning Herald|smh.com.au|@smh|au|paper
The Age|theage.com.au|@theage|au|paper
The Australian|theaustralian.com.au|@australian|au|paper
news.com.au|news.com.au|@newscomauHQ|au|digital
Guardian Australia|theguardian.com/au|@GuardianAus|au|paper
Crikey|crikey.com.au|@crikey_news|au|digital
AAP|aap.com.au|@AAPNewswire|au|wire
Brisbane Times|brisbanetimes.com.au|@brisbanetimes|au|digital local
The West Australian|thewest.com.au|@westaustralian|au|paper
Australian Financial Review|afr.com|@FinancialReview|au|finance
The Canberra Times|canberratimes.com.au|@canberratimes|au|paper local
Stuff|stuff.co.nz|@NZStuff|nz|digital
NZ Herald|nzherald.co.nz|@nzherald|nz|paper
RNZ|rnz.co.nz|@rnz_news|nz|radio public
CBC News|cbc.ca|@CBCNews|ca|tv public
The Globe and Mail|theglobeandmail.com|@globeandmail|ca|paper
Toronto Star|thestar.com|@TorontoStar|ca|paper
National Post|nationalpost.com|@nationalpost|ca|paper
CTV News|ctvnews.ca|@CTVNews|ca|tv
Global News|globalnews.ca|@globalnews|ca|tv
The Canadian Press|thecanadianpress.com|@CdnPress|ca|wire
Vancouver Sun|vancouversun.com|@VancouverSun|ca|paper local
Winnipeg Free Press|winnipegfreepress.com|@WinnipegNews|ca|paper local
The Tyee|thetyee.ca|@TheTyee|ca|digital nonprofit
Financial Post|financialpost.com|@FinancialPost|ca|finance
The Narwhal|thenarwhal.ca|@thenarwhalca|ca|nonprofit
News24|news24.com|@News24|za|digital
Daily Maverick|dailymaverick.co.za|@dailymaverick|za|digital
Mail & Guardian|mg.co.za|@mailandguardian|za|paper
TimesLIVE|timeslive.co.za|@TimesLIVE|za|digital
IOL|iol.co.za|@IOL|za|digital
BusinessDay|businesslive.co.za|@BDliveSA|za|finance
Nation Africa|nation.africa|@NationAfrica|ke|paper
The Standard|standardmedia.co.ke|@StandardKenya|ke|paper
The East African|theeastafrican.co.ke|@The_EastAfrican|ke|paper
Premium Times|premiumtimesng.com|@PremiumTimesng|ng|digital
Punch|punchng.com|@MobilePunch|ng|paper
Vanguard|vanguardngr.com|@vanguardngrnews|ng|paper
TheCable|thecable.ng|@thecableng|ng|digital
GhanaWeb|ghanaweb.com|@TheGhanaWeb|gh|digital aggregator
Graphic Online|graphic.com.gh|@graphicgh|gh|paper
Daily Monitor|monitor.co.ug|@DailyMonitor|ug|paper
The New Times|newtimes.co.rw|@NewTimesRwanda|rw|paper
The Citizen|thecitizen.co.tz|@TheCitizenTZ|tz|paper
Ahram Online|english.ahram.org.eg|@ahramonline|eg|paper
South China Morning Post|scmp.com|@SCMPNews|hk|paper
The Straits Times|straitstimes.com|@straits_times|sg|paper
CNA|channelnewsasia.com|@ChannelNewsAsia|sg|tv
The Japan Times|japantimes.co.jp|@japantimes|jp|paper
Nikkei Asia|asia.nikkei.com|@NikkeiAsia|jp|finance
Kyodo News|english.kyodonews.net|@kyodo_english|jp|wire
The Korea Herald|koreaherald.com|@TheKoreaHerald|kr|paper
Korea JoongAng Daily|koreajoongangdaily.joins.com|@JoongAngDaily|kr|paper
Yonhap|en.yna.co.kr|@YonhapNews|kr|wire
Bangkok Post|bangkokpost.com|@BangkokPostNews|th|paper
Rappler|rappler.com|@rapplerdotcom|ph|digital
Philippine Daily Inquirer|inquirer.net|@inquirerdotnet|ph|paper
Dawn|dawn.com|@dawn_com|pk|paper
The Express Tribune|tribune.com.pk|@etribune|pk|paper
The Daily Star|thedailystar.net|@dailystarnews|bd|paper
The Jakarta Post|thejakartapost.com|@jakpost|id|paper
Malay Mail|malaymail.com|@malaymail|my|digital
The Star (Malaysia)|thestar.com.my|@staronline|my|paper
Taipei Times|taipeitimes.com|@TaipeiTimes|tw|paper
The Kathmandu Post|kathmandupost.com|@kathmandupost|np|paper
Al Jazeera|aljazeera.com|@AJEnglish|qa|tv
Gulf News|gulfnews.com|@gulf_news|ae|paper
The National|thenationalnews.com|@TheNationalNews|ae|paper
Arab News|arabnews.com|@arabnews|sa|paper
Khaleej Times|khaleejtimes.com|@khaleejtimes|ae|paper
The Times of Israel|timesofisrael.com|@TimesofIsrael|il|digital
Politico Europe|politico.eu|@POLITICOEurope|eu|digital
Euronews|euronews.com|@euronews|eu|tv
DW|dw.com|@dwnews|eu|tv public
France 24|france24.com|@FRANCE24|eu|tv
AFP|afp.com|@AFP|eu|wire
dpa International|dpa-international.com|@dpa_intl|eu|wire
The Local Sweden|thelocal.se|@TheLocalSweden|eu|digital
The Kyiv Independent|kyivindependent.com|@KyivIndependent|eu|digital
Euractiv|euractiv.com|@EURACTIV|eu|trade
""")

OUTLETS = []
for row in OUTLETS_RAW:
    name, domain, handle, region, types = row.split("|")
    OUTLETS.append({"name": name, "domain": domain, "handle": handle,
                    "region": region, "types": set(types.split())})
OUT_BY_NAME = {o["name"]: o for o in OUTLETS}

# Parent companies (only where the pairing is well known or the outlet is invented)
PARENTS = {
    "USA Today": "Gannett", "Des Moines Register": "Gannett", "The Arizona Republic": "Gannett",
    "Miami Herald": "McClatchy", "The Denver Post": "MediaNews Group", "Chicago Tribune": "Tribune Publishing",
    "The New Yorker": "Condé Nast", "Wired": "Condé Nast", "The Verge": "Vox Media", "Vox": "Vox Media",
    "Manchester Evening News": "Reach plc", "Daily Mirror": "Reach plc", "WalesOnline": "Reach plc",
    "Bristol Post": "Reach plc", "Yorkshire Post": "National World plc", "The Scotsman": "National World plc",
    "The Times": "News UK", "The Australian": "News Corp Australia", "news.com.au": "News Corp Australia",
    "The Sydney Morning Herald": "Nine Entertainment Co.", "The Age": "Nine Entertainment Co.",
    "Brisbane Times": "Nine Entertainment Co.", "Australian Financial Review": "Nine Entertainment Co.",
    "National Post": "Postmedia Network Inc.", "Vancouver Sun": "Postmedia Network Inc.",
    "Financial Post": "Postmedia Network Inc.", "Hindustan Times": "HT Media Ltd",
    "Mint": "HT Media Ltd", "The Times of India": "Bennett, Coleman & Co. Ltd",
    "The Economic Times": "Bennett, Coleman & Co. Ltd", "Nation Africa": "Nation Media Group",
    "Daily Monitor": "Nation Media Group", "The Citizen": "Nation Media Group",
    "The East African": "Nation Media Group", "The Straits Times": "SPH Media",
    "Irish Independent": "Mediahuis Ireland", "Belfast Telegraph": "Mediahuis",
    "Politico Europe": "Axel Springer", "Politico": "Axel Springer", "Business Insider": "Axel Springer",
    "Engadget": "Yahoo", "Yahoo News": "Yahoo", "Yahoo Finance": "Yahoo",
    "Tom's Hardware": "Future plc", "Billboard": "Penske Media Corporation",
    "Variety": "Penske Media Corporation", "Deadline": "Penske Media Corporation",
    "The Hollywood Reporter": "Penske Media Corporation", "Supply Chain Dive": "Industry Dive",
    "Retail Dive": "Industry Dive", "The Wall Street Journal": "Dow Jones & Company",
    "Barron's": "Dow Jones & Company", "MarketWatch": "Dow Jones & Company",
    "Cedar Valley Sentinel": "Prairie Lakes Media LLC", "The Millbrook Courier": "Millbrook Publishing Co.",
    "Hexham Courant": "CN Group", "TimesLIVE": "Arena Holdings", "BusinessDay": "Arena Holdings",
    "Stuff": "Stuff Ltd", "NZ Herald": "NZME", "BBC News": "BBC", "The Guardian": "Guardian News & Media Limited",
    "Guardian Australia": "Guardian News & Media Limited", "The Hindu": "THG Publishing Pvt Ltd", "Reuters": "Thomson Reuters",
    "The New York Times": "The New York Times Company", "The Washington Post": "WP Company LLC", "Los Angeles Times": "Los Angeles Times Communications LLC",
    "The Boston Globe": "Boston Globe Media Partners, LLC", "The Philadelphia Inquirer": "The Philadelphia Inquirer, LLC",
    "The Star (Malaysia)": "Star Media Group Berhad", "South China Morning Post": "South China Morning Post Publishers Ltd",
    "Daily Mail": "Associated Newspapers Ltd", "The Telegraph": "Telegraph Media Group Limited", "Sky News": "Sky UK",
    "CBC News": "CBC/Radio-Canada", "ABC News (Australia)": "Australian Broadcasting Corporation", "RTÉ News": "RTÉ",
    "The Irish Times": "The Irish Times DAC", "News24": "Media24", "Mail & Guardian": "M&G Media", "The Indian Express": "The Indian Express [P] Ltd",
    "Deccan Herald": "The Printers (Mysore) Private Ltd", "The Economist": "The Economist Newspaper Limited", "Financial Times": "The Financial Times Ltd",
    "CNN": "Cable News Network", "CTV News": "Bell Media", "Global News": "Corus Entertainment Inc.", "Toronto Star": "Toronto Star Newspapers Ltd.",
    "The Globe and Mail": "The Globe and Mail Inc.",
}

# Home cities for outlets with an obvious base; {city} favours these.
HOME = {
    "The New York Times": ["New York"], "The Washington Post": ["Washington"], "Los Angeles Times": ["Los Angeles"],
    "Chicago Tribune": ["Chicago"], "The Boston Globe": ["Boston"], "The Seattle Times": ["Seattle"], "Star Tribune": ["Minneapolis"],
    "The Denver Post": ["Denver"], "Tampa Bay Times": ["Tampa", "St. Petersburg"], "Miami Herald": ["Miami"],
    "The Philadelphia Inquirer": ["Philadelphia"], "The Arizona Republic": ["Phoenix"], "Des Moines Register": ["Des Moines"],
    "The Santa Fe New Mexican": ["Santa Fe", "Albuquerque"], "The Post and Courier": ["Charleston"], "Cedar Valley Sentinel": ["Cedar Falls", "Waterloo"],
    "The Millbrook Courier": ["Millbrook"], "The Texas Tribune": ["Austin", "Houston"], "CalMatters": ["Sacramento"], "Block Club Chicago": ["Chicago"],
    "KTLA 5": ["Los Angeles"], "WRAL": ["Raleigh"], "KING 5": ["Seattle"], "WFAA": ["Dallas"], "The Prairie Ledger": ["Des Moines", "Cedar Falls"],
    "Rust Belt Notes": ["Cleveland", "Detroit"], "Harbor Lines": ["Portland"],
    "Evening Standard": ["London"], "Manchester Evening News": ["Manchester"], "Yorkshire Post": ["Leeds", "Sheffield"],
    "The Scotsman": ["Edinburgh"], "The Herald": ["Glasgow"], "Belfast Telegraph": ["Belfast"], "WalesOnline": ["Cardiff", "Swansea"],
    "Bristol Post": ["Bristol"], "Hexham Courant": ["Hexham"], "The Irish Times": ["Dublin"], "Irish Examiner": ["Cork"],
    "The Hindu": ["Chennai"], "Deccan Herald": ["Bengaluru"], "The News Minute": ["Bengaluru", "Chennai", "Hyderabad"], "Mumbai Memo": ["Mumbai"],
    "The Sydney Morning Herald": ["Sydney"], "The Age": ["Melbourne"], "Brisbane Times": ["Brisbane"], "The West Australian": ["Perth"],
    "The Canberra Times": ["Canberra"], "Vancouver Sun": ["Vancouver"], "Winnipeg Free Press": ["Winnipeg"], "The Tyee": ["Vancouver", "Victoria"],
    "Toronto Star": ["Toronto"], "Daily Maverick": ["Cape Town", "Johannesburg"], "Nation Africa": ["Nairobi"], "The Standard": ["Nairobi"],
    "Punch": ["Lagos"], "Vanguard": ["Lagos"], "Premium Times": ["Abuja"], "Graphic Online": ["Accra"], "GhanaWeb": ["Accra"],
    "Daily Monitor": ["Kampala"], "The New Times": ["Kigali"], "The Citizen": ["Dar es Salaam"], "Dawn": ["Karachi", "Islamabad"],
    "The Express Tribune": ["Karachi", "Lahore"], "The Daily Star": ["Dhaka"], "The Kathmandu Post": ["Kathmandu"], "Gulf News": ["Dubai"],
    "Khaleej Times": ["Dubai"], "The National": ["Abu Dhabi"], "Arab News": ["Riyadh", "Jeddah"], "Al Jazeera": ["Doha"],
    "The Local Sweden": ["Stockholm"], "The Kyiv Independent": ["Kyiv"], "Euractiv": ["Brussels"], "Politico Europe": ["Brussels"],
}

# ---------------------------------------------------------------------------
# Region data
# ---------------------------------------------------------------------------
REGION_GROUP = {
    "us": "us", "uk": "uk", "ie": "uk", "in": "in", "pk": "sas", "bd": "sas", "np": "sas",
    "au": "au", "nz": "au", "ca": "ca", "za": "af", "ke": "af", "ng": "af", "gh": "af",
    "ug": "af", "rw": "af", "tz": "af", "eg": "me", "qa": "me", "ae": "me", "sa": "me",
    "il": "il", "hk": "ea", "sg": "ea", "jp": "jp", "kr": "kr", "th": "ea", "ph": "ph",
    "id": "ea", "my": "ea", "tw": "ea", "eu": "eu",
}

CITIES = {
    "us": L("""New York|Chicago|Houston|Phoenix|Atlanta|Seattle|Denver|Miami|Boston|Los Angeles|Minneapolis|Tampa|Philadelphia|Des Moines|Santa Fe|Austin|Sacramento|Charleston|Raleigh|Detroit|Cleveland|Portland|Kansas City|Nashville|Cedar Falls|Albuquerque""".replace("|", "\n")),
    "uk": L("""London|Manchester|Leeds|Glasgow|Edinburgh|Cardiff|Belfast|Bristol|Birmingham|Liverpool|Newcastle|Sheffield|Hexham|Swansea|Aberdeen|Nottingham""".replace("|", "\n")),
    "ie": L("""Dublin|Cork|Galway|Limerick|Waterford|Sligo""".replace("|", "\n")),
    "in": L("""Mumbai|New Delhi|Bengaluru|Chennai|Kolkata|Hyderabad|Pune|Ahmedabad|Lucknow|Kochi|Jaipur|Guwahati|Bhopal|Chandigarh""".replace("|", "\n")),
    "pk": L("""Karachi|Lahore|Islamabad|Peshawar|Quetta|Multan""".replace("|", "\n")),
    "bd": L("""Dhaka|Chattogram|Sylhet|Khulna|Rajshahi""".replace("|", "\n")),
    "np": L("""Kathmandu|Pokhara|Lalitpur|Biratnagar""".replace("|", "\n")),
    "au": L("""Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|Darwin|Gold Coast|Newcastle|Geelong""".replace("|", "\n")),
    "nz": L("""Auckland|Wellington|Christchurch|Dunedin|Hamilton|Tauranga""".replace("|", "\n")),
    "ca": L("""Toronto|Vancouver|Montreal|Calgary|Ottawa|Winnipeg|Halifax|Edmonton|Victoria|Regina|Saskatoon""".replace("|", "\n")),
    "za": L("""Johannesburg|Cape Town|Durban|Pretoria|Gqeberha|Bloemfontein|Polokwane""".replace("|", "\n")),
    "ke": L("""Nairobi|Mombasa|Kisumu|Nakuru|Eldoret""".replace("|", "\n")),
    "ng": L("""Lagos|Abuja|Kano|Port Harcourt|Ibadan|Enugu""".replace("|", "\n")),
    "gh": L("""Accra|Kumasi|Tamale|Takoradi|Cape Coast""".replace("|", "\n")),
    "ug": L("""Kampala|Entebbe|Gulu|Mbarara|Jinja""".replace("|", "\n")),
    "rw": L("""Kigali|Musanze|Huye|Rubavu""".replace("|", "\n")),
    "tz": L("""Dar es Salaam|Dodoma|Arusha|Mwanza|Zanzibar""".replace("|", "\n")),
    "eg": L("""Cairo|Alexandria|Giza|Luxor""".replace("|", "\n")),
    "hk": L("""Hong Kong|Kowloon|Sha Tin|Tsuen Wan|Tuen Mun""".replace("|", "\n")),
    "sg": L("""Singapore|Jurong|Tampines|Woodlands|Punggol""".replace("|", "\n")),
    "jp": L("""Tokyo|Osaka|Kyoto|Sapporo|Fukuoka|Nagoya""".replace("|", "\n")),
    "kr": L("""Seoul|Busan|Incheon|Daegu|Gwangju""".replace("|", "\n")),
    "th": L("""Bangkok|Chiang Mai|Phuket|Pattaya""".replace("|", "\n")),
    "ph": L("""Manila|Quezon City|Cebu|Davao|Makati""".replace("|", "\n")),
    "id": L("""Jakarta|Surabaya|Bandung|Denpasar|Medan""".replace("|", "\n")),
    "my": L("""Kuala Lumpur|Penang|Johor Bahru|Kota Kinabalu|Ipoh""".replace("|", "\n")),
    "tw": L("""Taipei|Kaohsiung|Taichung|Tainan""".replace("|", "\n")),
    "qa": L("""Doha|Lusail""".replace("|", "\n")),
    "ae": L("""Dubai|Abu Dhabi|Sharjah|Ajman""".replace("|", "\n")),
    "sa": L("""Riyadh|Jeddah|Dammam""".replace("|", "\n")),
    "il": L("""Jerusalem|Tel Aviv|Haifa|Beersheba""".replace("|", "\n")),
    "eu": L("""Brussels|Berlin|Paris|Stockholm|Kyiv|Warsaw|Madrid|Rome|Amsterdam|Vienna|Lisbon""".replace("|", "\n")),
}

REGION_NAME = {
    "us": ["the Midwest", "Northern California", "South Florida", "the Twin Cities", "Central Texas", "the Pacific Northwest", "New Mexico", "the Lowcountry", "eastern Iowa"],
    "uk": ["the North East", "Greater Manchester", "Yorkshire", "Scotland", "Wales", "Northern Ireland", "the West Country", "Northumberland"],
    "ie": ["Munster", "Connacht", "the west of Ireland", "Dublin"],
    "in": ["Karnataka", "Kerala", "Tamil Nadu", "Maharashtra", "the Northeast", "Uttar Pradesh", "West Bengal"],
    "pk": ["Sindh", "Punjab", "Khyber Pakhtunkhwa", "Balochistan"],
    "bd": ["Dhaka division", "Chattogram division", "Sylhet"],
    "np": ["Bagmati Province", "Gandaki Province"],
    "au": ["Western Sydney", "regional Victoria", "Queensland", "the Top End", "the ACT", "Tasmania"],
    "nz": ["Canterbury", "the Waikato", "Otago", "Northland"],
    "ca": ["the Prairies", "Atlantic Canada", "British Columbia", "Northern Ontario", "Quebec"],
    "za": ["Gauteng", "the Western Cape", "KwaZulu-Natal", "the Eastern Cape"],
    "ke": ["the Rift Valley", "the Coast region", "Western Kenya"],
    "ng": ["the South-West", "the North-East", "the Niger Delta"],
    "gh": ["the Ashanti Region", "the Northern Region", "Greater Accra"],
    "ug": ["northern Uganda", "the Buganda region"],
    "rw": ["the Northern Province", "Kigali"],
    "tz": ["the Lake Zone", "Zanzibar"],
    "eg": ["Upper Egypt", "the Nile Delta"],
    "hk": ["the New Territories", "Kowloon"],
    "sg": ["the heartlands", "the CBD"],
    "jp": ["Kansai", "Tohoku", "Hokkaido", "Kyushu"],
    "kr": ["Gyeonggi Province", "Jeju"],
    "th": ["northern Thailand", "the Deep South"],
    "ph": ["Mindanao", "the Visayas", "Metro Manila"],
    "id": ["West Java", "Bali", "Sumatra"],
    "my": ["Sabah", "Sarawak", "the Klang Valley"],
    "tw": ["southern Taiwan", "Greater Taipei"],
    "qa": ["the Gulf"], "ae": ["the Gulf", "the Northern Emirates"], "sa": ["the Gulf", "the Kingdom"],
    "il": ["the Galilee", "the Negev"],
    "eu": ["Central Europe", "the Nordics", "the Baltics", "the Balkans", "Southern Europe"],
}

TZ = {
    "us": ["ET", "EST", "EDT", "CT", "CDT", "PT", "PDT", "MT"], "uk": ["GMT", "BST"], "ie": ["GMT", "IST"],
    "in": ["IST"], "pk": ["PKT"], "bd": ["BST"], "np": ["NPT"], "au": ["AEST", "AEDT", "AWST", "ACDT"],
    "nz": ["NZST", "NZDT"], "ca": ["ET", "PT", "MT", "CT", "AT"], "za": ["SAST"], "ke": ["EAT"],
    "ug": ["EAT"], "tz": ["EAT"], "ng": ["WAT"], "gh": ["GMT"], "rw": ["CAT"], "eg": ["EET"],
    "hk": ["HKT"], "sg": ["SGT"], "jp": ["JST"], "kr": ["KST"], "th": ["ICT"], "ph": ["PHT"],
    "id": ["WIB"], "my": ["MYT"], "tw": ["CST"], "qa": ["AST"], "ae": ["GST"], "sa": ["AST"],
    "il": ["IDT", "IST"], "eu": ["CET", "CEST"],
}

# (symbol, intro, week, month, year, day)
MONEY = {
    "us": ("$", ["$1", "99¢", "$2", "$4", "$0.50"], ["$1", "$2", "$2.50", "$3.75", "$4"], ["$4", "$8", "$9.99", "$12", "$15", "$17"], ["$39", "$99", "$120", "$179", "$199"], ["25¢", "50¢"]),
    "uk": ("£", ["£1", "£2", "£4", "99p"], ["£1", "£2", "£2.50", "£3"], ["£3.99", "£6", "£9", "£12", "£15"], ["£49", "£69", "£99", "£149"], ["20p", "50p"]),
    "ie": ("€", ["€1", "€2", "€3"], ["€1", "€2", "€2.50"], ["€4.99", "€7", "€10", "€15"], ["€59", "€89", "€129"], ["30c", "50c"]),
    "in": ("₹", ["₹1", "₹49", "₹99", "₹199"], ["₹29", "₹49", "₹59"], ["₹149", "₹199", "₹299", "₹399"], ["₹999", "₹1,499", "₹2,499", "₹3,199"], ["₹3", "₹5", "₹2"]),
    "pk": ("Rs", ["Rs99", "Rs199"], ["Rs99", "Rs149"], ["Rs499", "Rs799"], ["Rs4,999", "Rs7,500"], ["Rs15", "Rs25"]),
    "bd": ("Tk", ["Tk 99", "Tk 149"], ["Tk 49", "Tk 99"], ["Tk 299", "Tk 399"], ["Tk 2,999", "Tk 3,500"], ["Tk 10", "Tk 15"]),
    "np": ("Rs", ["Rs 99", "Rs 149"], ["Rs 50", "Rs 99"], ["Rs 299", "Rs 499"], ["Rs 2,999", "Rs 3,999"], ["Rs 10"]),
    "au": ("$", ["$1", "$4", "$5"], ["$1", "$3", "$4", "$6"], ["$12", "$16", "$28", "$36"], ["$99", "$156", "$299"], ["50c", "$1"]),
    "nz": ("$", ["$1", "$2", "$5"], ["$1", "$2.75", "$4.50"], ["$9.99", "$14.99", "$19.99"], ["$99", "$159", "$199"], ["50c"]),
    "ca": ("$", ["$1", "$0.99", "$2"], ["$1", "$1.99", "$3.75"], ["$6.99", "$9.99", "$16.99", "$24.99"], ["$79", "$129", "$219"], ["25¢", "50¢"]),
    "za": ("R", ["R5", "R10", "R29"], ["R15", "R25", "R35"], ["R75", "R99", "R120", "R160"], ["R750", "R999", "R1,200"], ["R2", "R3"]),
    "ke": ("KSh", ["KSh 1", "KSh 100"], ["KSh 50", "KSh 100"], ["KSh 350", "KSh 500", "KSh 780"], ["KSh 3,500", "KSh 4,999"], ["KSh 10", "KSh 20"]),
    "ng": ("₦", ["₦500", "₦1,000"], ["₦500", "₦750"], ["₦2,000", "₦3,500", "₦5,000"], ["₦20,000", "₦30,000"], ["₦100"]),
    "gh": ("GH₵", ["GH₵5", "GH₵10"], ["GH₵10", "GH₵15"], ["GH₵30", "GH₵50"], ["GH₵300", "GH₵450"], ["GH₵2"]),
    "ug": ("UGX", ["UGX 1,000", "UGX 5,000"], ["UGX 5,000"], ["UGX 15,000", "UGX 20,000"], ["UGX 150,000"], ["UGX 500"]),
    "rw": ("Frw", ["Frw 1,000"], ["Frw 2,000"], ["Frw 5,000", "Frw 7,000"], ["Frw 50,000"], ["Frw 300"]),
    "tz": ("TSh", ["TSh 1,000"], ["TSh 3,000"], ["TSh 10,000", "TSh 15,000"], ["TSh 100,000"], ["TSh 500"]),
    "eg": ("EGP", ["EGP 10"], ["EGP 25"], ["EGP 99"], ["EGP 999"], ["EGP 5"]),
    "hk": ("HK$", ["HK$1", "HK$10"], ["HK$15", "HK$20"], ["HK$68", "HK$88", "HK$128"], ["HK$688", "HK$988"], ["HK$3"]),
    "sg": ("S$", ["S$0.99", "S$1", "S$2"], ["S$2", "S$3"], ["S$9.90", "S$14.90", "S$29.90"], ["S$99", "S$149"], ["S$0.50"]),
    "jp": ("¥", ["¥100", "¥500"], ["¥500"], ["¥1,980", "¥2,480", "¥3,300"], ["¥19,800", "¥26,400"], ["¥100"]),
    "kr": ("$", ["$1", "$2"], ["$2"], ["$5.99", "$8.99"], ["$59", "$89"], ["$0.50"]),
    "th": ("฿", ["฿99", "฿49"], ["฿49", "฿79"], ["฿199", "฿299"], ["฿1,990", "฿2,990"], ["฿10"]),
    "ph": ("₱", ["₱99", "₱49"], ["₱49", "₱99"], ["₱199", "₱299", "₱399"], ["₱1,999", "₱2,999"], ["₱10"]),
    "id": ("Rp", ["Rp 10,000", "Rp 25,000"], ["Rp 15,000"], ["Rp 50,000", "Rp 75,000"], ["Rp 500,000", "Rp 750,000"], ["Rp 2,000"]),
    "my": ("RM", ["RM1", "RM5"], ["RM3", "RM5"], ["RM9.90", "RM14.90", "RM19.90"], ["RM99", "RM149"], ["RM0.50"]),
    "tw": ("NT$", ["NT$30", "NT$99"], ["NT$50"], ["NT$150", "NT$250"], ["NT$1,500", "NT$2,400"], ["NT$10"]),
    "qa": ("$", ["$1", "$2"], ["$2"], ["$7.99", "$9.99"], ["$79"], ["$0.50"]),
    "ae": ("AED", ["AED 1", "AED 5"], ["AED 5", "AED 10"], ["AED 20", "AED 35", "AED 49"], ["AED 199", "AED 349"], ["AED 1"]),
    "sa": ("SAR", ["SAR 1", "SAR 5"], ["SAR 5", "SAR 10"], ["SAR 25", "SAR 39"], ["SAR 249", "SAR 399"], ["SAR 1"]),
    "il": ("$", ["$1", "$5"], ["$2", "$3"], ["$6", "$10", "$15"], ["$60", "$99"], ["$0.50"]),
    "eu": ("€", ["€1", "€2", "€4.99"], ["€1", "€2", "€3"], ["€7.99", "€9.99", "€14.99"], ["€79", "€99", "€149"], ["€0.50"]),
}

PHONE = {
    "us": lambda: "({}) {}-{:04d}".format(rng.choice(["212", "312", "206", "303", "813", "305", "215", "602", "515", "505", "843", "319", "919", "214", "612"]), rng.randint(200, 989), rng.randint(0, 9999)),
    "uk": lambda: "0{} {} {:04d}".format(rng.choice(["20", "161", "113", "131", "141", "29", "117", "28", "191"]), rng.randint(3000, 8999), rng.randint(0, 9999)),
    "ie": lambda: "+353 {} {} {:04d}".format(rng.choice(["1", "21", "91", "61"]), rng.randint(200, 899), rng.randint(0, 9999)),
    "in": lambda: "+91 {} {:05d}".format(rng.randint(70000, 99999), rng.randint(0, 99999)),
    "au": lambda: "({}) {} {:04d}".format(rng.choice(["02", "03", "07", "08"]), rng.randint(8000, 9999), rng.randint(0, 9999)),
    "nz": lambda: "0{} {} {:04d}".format(rng.choice(["9", "4", "3"]), rng.randint(300, 999), rng.randint(0, 9999)),
    "ca": lambda: "({}) {}-{:04d}".format(rng.choice(["416", "604", "514", "403", "613", "204", "902"]), rng.randint(200, 989), rng.randint(0, 9999)),
    "za": lambda: "0{} {} {:04d}".format(rng.choice(["11", "21", "31", "12"]), rng.randint(200, 899), rng.randint(0, 9999)),
    "ke": lambda: "+254 7{:02d} {:03d} {:03d}".format(rng.randint(0, 99), rng.randint(0, 999), rng.randint(0, 999)),
    "ng": lambda: "+234 80{} {:03d} {:04d}".format(rng.randint(2, 9), rng.randint(0, 999), rng.randint(0, 9999)),
    "gh": lambda: "+233 24 {:03d} {:04d}".format(rng.randint(0, 999), rng.randint(0, 9999)),
    "sg": lambda: "+65 6{:03d} {:04d}".format(rng.randint(0, 999), rng.randint(0, 9999)),
    "hk": lambda: "+852 2{:03d} {:04d}".format(rng.randint(0, 999), rng.randint(0, 9999)),
    "pk": lambda: "+92 21 {:03d} {:05d}".format(rng.randint(100, 999), rng.randint(0, 99999)),
    "qa": lambda: "+974 4{:03d} {:04d}".format(rng.randint(0, 999), rng.randint(0, 9999)),
    "ae": lambda: "+971 4 {:03d} {:04d}".format(rng.randint(200, 999), rng.randint(0, 9999)),
    "sa": lambda: "+966 11 {:03d} {:04d}".format(rng.randint(200, 999), rng.randint(0, 9999)),
    "il": lambda: "+972 2 {:03d} {:04d}".format(rng.randint(500, 999), rng.randint(0, 9999)),
    "jp": lambda: "+81 3 {:04d} {:04d}".format(rng.randint(1000, 9999), rng.randint(0, 9999)),
    "kr": lambda: "+82 2 {:03d} {:04d}".format(rng.randint(200, 999), rng.randint(0, 9999)),
    "my": lambda: "+60 3 {:04d} {:04d}".format(rng.randint(2000, 9999), rng.randint(0, 9999)),
    "ph": lambda: "+63 2 {:04d} {:04d}".format(rng.randint(8000, 8999), rng.randint(0, 9999)),
    "bd": lambda: "+880 2 {:04d} {:04d}".format(rng.randint(5500, 9999), rng.randint(0, 9999)),
    "np": lambda: "+977 1 {:03d} {:04d}".format(rng.randint(400, 599), rng.randint(0, 9999)),
    "eu": lambda: rng.choice(["+32 2 {:03d} {:02d} {:02d}", "+49 30 {:03d} {:02d} {:02d}", "+33 1 {:02d} {:02d} {:02d}"]).format(rng.randint(10, 99), rng.randint(10, 99), rng.randint(10, 99)),
    "ug": lambda: "+256 41 {:03d} {:04d}".format(rng.randint(200, 999), rng.randint(0, 9999)),
    "tz": lambda: "+255 22 {:03d} {:04d}".format(rng.randint(200, 999), rng.randint(0, 9999)),
    "rw": lambda: "+250 788 {:03d} {:03d}".format(rng.randint(0, 999), rng.randint(0, 999)),
}

STATES = {
    "us": ["Iowa", "Texas", "California", "Minnesota", "Colorado", "Florida", "New Mexico", "South Carolina", "Illinois", "Washington", "Pennsylvania", "Arizona", "North Carolina", "Ohio", "Michigan"],
    "in": ["Karnataka", "Kerala", "Tamil Nadu", "Maharashtra", "Assam", "Bihar", "Gujarat", "Rajasthan"],
    "au": ["New South Wales", "Victoria", "Queensland", "Western Australia", "South Australia", "Tasmania"],
    "ca": ["Ontario", "British Columbia", "Manitoba", "Alberta", "Nova Scotia", "Saskatchewan"],
}

# ---------------------------------------------------------------------------
# People.  first names carry a gender marker for pronouns (m/f).
# ---------------------------------------------------------------------------
FIRST = {
    "us": "James m|Emily f|Marcus m|Rachel f|Tyler m|Danielle f|Kevin m|Laura f|Carlos m|Maria f|Jasmine f|Derek m|Hannah f|Brian m|Megan f|Andre m|Sofia f|Nathan m|Kayla f|Luis m|Grace f|Jordan m|Alyssa f|Samuel m|Keisha f|Ethan m|Olivia f|Miguel m|Brianna f|Patrick m|Dana f|Trevor m|Lindsey f|Raymond m|Yesenia f|Curtis m|Amanda f|Hector m|Whitney f",
    "uk": "Oliver m|Charlotte f|Harry m|Amelia f|George m|Sophie f|Callum m|Niamh f|Rhys m|Imogen f|Tom m|Priya f|Fraser m|Aisling f|Jack m|Eleanor f|Owain m|Hollie f|Kieran m|Fatima f|Declan m|Siobhan f|Ben m|Gemma f|Alastair m|Ciara f|Ruairi m|Nadia f|Hamish m|Bethan f",
    "in": "Priya f|Arjun m|Ananya f|Rohan m|Kavya f|Siddharth m|Meera f|Vikram m|Sneha f|Aditya m|Pooja f|Rahul m|Divya f|Karthik m|Nandini f|Amit m|Shreya f|Harsh m|Lakshmi f|Manish m|Aparna f|Sandeep m|Fatima f|Imran m|Jaspreet f|Abhishek m|Ritu f|Sourav m",
    "sas": "Ahmed m|Ayesha f|Bilal m|Sana f|Tanvir m|Nusrat f|Farhan m|Mehreen f|Rafiq m|Sadia f|Prakash m|Sushma f|Bikash m|Anjali f|Zeeshan m|Rumana f",
    "af": "Chinedu m|Ngozi f|Oluwaseun m|Aisha f|Kwame m|Ama f|Wanjiru f|Otieno m|Thandiwe f|Sipho m|Lindiwe f|Tendai m|Amina f|Kofi m|Zanele f|Musa m|Nomvula f|Emeka m|Fatou f|Kelvin m|Esther f|Eric m|Akosua f|Bongani m|Halima f|Moses m|Joyce f",
    "me": "Omar m|Layla f|Khalid m|Noura f|Yousef m|Rania f|Tariq m|Huda f|Ahmed m|Mariam f|Hassan m|Dina f",
    "au": "Lachlan m|Chloe f|Mitchell m|Jessica f|Brendan m|Tahlia f|Hamish m|Georgia f|Liam m|Bianca f|Nick m|Sarah f|Josh m|Matilda f|Dan m|Kate f|Ngaio f|Tama m|Mei f|Aroha f",
    "ca": "Connor m|Isabelle f|Mathieu m|Chantal f|Ryan m|Leah f|Dylan m|Mackenzie f|Jean-Philippe m|Harpreet f|Wesley m|Naomi f|Graham m|Anika f|Marc-André m|Tessa f",
    "eu": "Lukas m|Camille f|Matteo m|Anna f|Jakob m|Elena f|Olena f|Pieter m|Sofia f|Marco m|Ingrid f|Tomasz m|Clara f|Andriy m",
}
LAST = {
    "us": "Thompson|Alvarez|Kim|Patel|Nguyen|Reyes|Johnson|Whitaker|O'Connell|Brooks|Castillo|Feldman|Goldberg|Okafor|Hayes|Ramirez|Chen|Duffy|Marsh|Sandoval|Washington|Lindqvist|Kowalski|Romero|Bennett|Carver|Holloway|Pierce|Novak|Tran|Delgado|Morrison|Yazzie|Abernathy|Fitzgerald",
    "uk": "Whitfield|McAllister|Hughes|Patel|Begum|Fletcher|Ashworth|O'Brien|Campbell|Jenkins|Carmichael|Doherty|Pennington|Rahman|Evans|Quinn|Sutherland|Haworth|Lloyd|Maguire|Okoro|Kaur|Gallagher|Pritchard|Brennan|Lowry|Moran",
    "in": "Sharma|Nair|Iyer|Reddy|Menon|Gupta|Chatterjee|Das|Kulkarni|Singh|Mishra|Banerjee|Pillai|Joshi|Rao|Qureshi|Khan|Deshpande|Bhattacharya|Sethi|Varghese|Mukherjee|Kaur|Hegde|Saikia",
    "sas": "Hussain|Rahman|Chowdhury|Siddiqui|Malik|Baloch|Islam|Haque|Shrestha|Thapa|Adhikari|Raza|Sheikh|Karki",
    "af": "Okonkwo|Adeyemi|Mensah|Owusu|Mwangi|Otieno|Kamau|Ndlovu|Dlamini|Nkosi|Abubakar|Eze|Boateng|Achieng|Mutasa|Moyo|Njoroge|Bello|Mugisha|Nyambura|van der Merwe|Botha|Naidoo|Asante|Ochieng|Nwosu|Kiprono",
    "me": "Al Hashimi|Haddad|Mansour|Saleh|Nasser|El-Sayed|Farouk|Karam|Al Qassimi|Abdelrahman|Khoury|Al Amiri",
    "au": "Nguyen|Walsh|McKenzie|Papadopoulos|Kelly|Harrison|O'Sullivan|Tran|Webb|Fraser|Nikolic|Ryan|Te Whaiti|Rangi|Ahmadi|Collins|Doyle",
    "ca": "Tremblay|Gagnon|MacDonald|Singh|Chen|Roy|Campbell|Bouchard|Fraser|Sandhu|Lavoie|McLeod|Bellegarde|Wong|Côté",
    "eu": "Schneider|Dubois|Ricci|Kowalczyk|Lindgren|Petrova|Hrytsenko|de Vries|Andersson|Bianchi|Novak|Moreau|Fischer|Jansen|Kovalenko",
}
FULL = {
    "ea": "Tan Hui Min f|Lim Jun Wei m|Kenneth Cheng m|Natalie Choi f|Jeffrey Lau m|Vivian Ho f|Ong Kai Xuan m|Goh Yan Han f|Ng Wei Kai m|Cheryl Tan f|Nur Aisyah Hamzah f|Faizal Rahman m|Kavitha Subramaniam f|Ratna Wulandari f|Budi Santoso m|Ahmad Syahril m|Pattaraporn Suksai f|Somchai Pongsiri m|Chen Yi-ting f|Lin Chia-hao m|Wong Ka-yan f|Chan Tsz-hin m|Siti Nurhaliza Osman f|Daniel Lee m",
    "jp": "Kenji Watanabe m|Yuki Tanaka f|Haruka Sato f|Takeshi Mori m|Aiko Yamamoto f|Daisuke Ito m|Mariko Suzuki f|Shota Kobayashi m|Emi Nakamura f",
    "kr": "Park Ji-won f|Kim Min-jun m|Lee Seo-yeon f|Choi Hyun-woo m|Jung Da-eun f|Yoon Sung-ho m|Han Ye-jin f|Kang Tae-hoon m",
    "ph": "Miguel Santos m|Patricia Dizon f|Carmela Reyes f|Paolo Villanueva m|Bea Mendoza f|Jerome Cruz m|Kristine Bautista f|Rafael Aquino m|Joanna Lim f",
    "il": "Noa Levi f|Eitan Cohen m|Tamar Shapiro f|Yossi Ben-David m|Maya Friedman f|Amir Katz m",
}

# ---------------------------------------------------------------------------
# Misc pools (hand-written)
# ---------------------------------------------------------------------------
PHOTO_AGENCIES = L("""
Getty Images
AFP via Getty Images
Bloomberg via Getty Images
Reuters
AP
EPA-EFE
Shutterstock
PA
Alamy
AAP Image
The Canadian Press
PTI
ANI
Xinhua
NurPhoto via Getty Images
Sipa USA
Zuma Press
Imago
SOPA Images/LightRocket via Getty Images
Anadolu via Getty Images
iStock
Handout
Supplied
Gallo Images
Bloomberg
""")

PHOTO_AGENCIES_SHORT = ["Getty Images", "AFP", "Reuters", "AP", "EPA", "Shutterstock", "PA", "Alamy", "Bloomberg", "Handout", "iStock", "Supplied"]

SECTIONS = L("""
News
World
Politics
Business
Markets
Tech
Technology
Sport
Sports
Entertainment
Lifestyle
Opinion
Health
Science
Climate
Environment
Local
Metro
Travel
Food
Culture
Arts
Education
Money
Economy
Real Estate
Cities
Nation
Crime
Courts
Weather
Autos
Personal Finance
Investing
Startups
Gadgets
Reviews
Obituaries
Books
Film
TV
Music
Life & Style
Wellness
Media
Energy
Agriculture
""")
SECTIONS_REGION = {
    "us": ["U.S.", "Nation", "Elections", "NFL", "NBA", "College Sports", "Metro"],
    "uk": ["UK News", "Football", "Rugby", "Westminster", "Scotland", "Wales", "Northern Ireland"],
    "in": ["India", "Cricket", "States", "Cities", "Bollywood", "Mumbai", "Delhi", "Bengaluru"],
    "sas": ["Pakistan", "Bangladesh", "Nepal", "Cricket", "Provinces"],
    "au": ["Australia", "AFL", "NRL", "Cricket", "Federal Politics", "Queensland", "NSW"],
    "ca": ["Canada", "Hockey", "NHL", "Ottawa", "Toronto", "B.C."],
    "af": ["Africa", "Kenya", "Nigeria", "South Africa", "Counties", "Football", "Ghana"],
    "me": ["Gulf", "UAE", "Middle East", "Saudi Arabia", "Business"],
    "ea": ["Asia", "Singapore", "Hong Kong", "China", "Southeast Asia", "Malaysia"],
    "jp": ["Japan", "Asia Pacific"], "kr": ["Korea", "North Korea", "K-pop"], "ph": ["Philippines", "Metro Manila"],
    "il": ["Israel", "Middle East", "Jewish Times"], "eu": ["Europe", "EU", "Brussels", "Ukraine"],
}
SUBSECTIONS = L("""
Crime & Courts
Elections
Premier League
Stock Market
Banking
Property
AI
Health Care
Schools
Transport
Climate Change
Housing
Immigration
Startups
Gadgets
Television
Books
Restaurants
Weather
Personal Finance
Cricket
Tennis
Formula 1
Mental Health
Energy
Space
Labour
Budget 2025
""")

TOPICS = L("""
the cost-of-living crisis
climate change
artificial intelligence
the housing crisis
the 2024 US election
the war in Ukraine
the Paris Olympics
interest rates
the Federal Reserve
the NHS
the Union Budget
the monsoon
the Champions Trophy
wildfires
hurricane season
immigration
the Middle East
China's economy
the Premier League
the Ashes
electric vehicles
the state budget
public transport
school funding
the energy transition
Bitcoin
the World Cup
tariffs
the general election
the heatwave
bird flu
the property market
water shortages
mental health
the Supreme Court
tech layoffs
""")

TAGS = L("""
Climate change
Elections
Federal Reserve
Inflation
Premier League
Artificial intelligence
Housing market
Cricket
Reserve Bank of India
NHS
Supreme Court
Ukraine
China
Cost of living
Tesla
Apple
Bitcoin
Wildfires
Hurricanes
Public transport
Education
Mental health
Immigration
Interest rates
Taylor Swift
Formula 1
World Cup
Olympics
Local government
Crime
Courts
Weather
Travel
Food and drink
Books
Television
Space
Nasa
Energy
Oil prices
Mining
Agriculture
Kenya
Nigeria
South Africa
ANC
ASEAN
Singapore
Canadian politics
Stock markets
Startups
Cybersecurity
Real estate
Labour Party
Conservatives
Congress
BJP
Monsoon
Heatwave
Floods
Gaza
Iran
Taiwan
Diwali
Christmas
Budget 2025
Tariffs
Electric vehicles
Healthcare
Universities
Schools
Police
Transport
Aviation
Retail
Banking
Jobs
Wages
Rugby
AFL
NRL
NFL
NBA
Tennis
Golf
Music
Film
Celebrity
Royal family
""")

BEATS = L("""
climate and energy
health policy
higher education
courts and criminal justice
city hall
state politics
personal finance
technology and AI
labour and the workforce
immigration
housing
transport
agriculture
the Premier League
cricket
consumer affairs
national security
retail and consumer brands
banking and fintech
science and space
the Pacific Islands
Southeast Asian politics
the oil and gas industry
food and restaurants
arts and culture
K-12 education
public health
the Middle East
elections and democracy
water and drought
crypto and digital assets
media and advertising
real estate
aviation
mining
wildlife and conservation
Indigenous affairs
rural communities
the courts
trade and tariffs
""")

ROLES = L("""
staff writer
senior reporter
political correspondent
business reporter
data journalist
reporter
senior editor
deputy editor
audience editor
investigations editor
courts reporter
features writer
chief correspondent
health reporter
video journalist
economics editor
tech reporter
sports writer
opinion columnist
news editor
breaking news reporter
senior correspondent
""")

UNIVERSITIES = {
    "us": ["the University of Iowa", "Arizona State University", "Northwestern University", "the University of Texas at Austin", "Columbia University", "the University of Minnesota", "Howard University", "UC Berkeley"],
    "uk": ["the University of Leeds", "Cardiff University", "the University of Glasgow", "King's College London", "the University of Manchester", "Queen's University Belfast", "Durham University"],
    "in": ["Jawaharlal Nehru University", "the Asian College of Journalism", "IIT Bombay", "the University of Delhi", "Ashoka University", "Christ University"],
    "sas": ["the University of Dhaka", "Lahore University of Management Sciences", "Tribhuvan University"],
    "au": ["the University of Melbourne", "the University of Sydney", "Monash University", "the University of Queensland", "Victoria University of Wellington"],
    "ca": ["Toronto Metropolitan University", "the University of British Columbia", "Carleton University", "McGill University"],
    "af": ["the University of Nairobi", "Wits University", "the University of Lagos", "the University of Ghana", "Makerere University", "Rhodes University"],
    "me": ["the American University of Sharjah", "Zayed University", "the American University in Cairo"],
    "ea": ["the National University of Singapore", "Nanyang Technological University", "the University of Hong Kong", "Universiti Malaya"],
    "jp": ["Waseda University", "Keio University"], "kr": ["Seoul National University", "Yonsei University"],
    "ph": ["the University of the Philippines Diliman", "Ateneo de Manila University"],
    "il": ["Tel Aviv University", "the Hebrew University of Jerusalem"], "eu": ["Sciences Po", "Humboldt University of Berlin", "the University of Amsterdam", "Kyiv-Mohyla Academy"],
}

AWARDS = L("""
Pulitzer Prize for Explanatory Reporting
Orwell Prize for Journalism
Walkley Award for Business Journalism
Ramnath Goenka Excellence in Journalism Award
Michener Award
National Magazine Award
Gerald Loeb Award
George Polk Award
Sigma Award for data journalism
Standard Bank Sikuvile Award
SOPA Award for Excellence in Reporting
British Journalism Award for investigations
Edward R. Murrow Award
Canadian Journalism Foundation Award
Voss Award
""")

BOOKS = L("""
The Last Good Harbor
Running on Empty: Inside a Health Service at Breaking Point
The Monsoon Economy
Small Town, Big Money
Pipelines and Promises
The Quiet Frontier
Counting the Cost
City of Water
The Algorithm Will See You Now
Salt and Stone
Where the Rivers Meet
The Price of Bread
Borderlands: Notes from the Edge of Empire
Paper Tigers
A Field Guide to the Future
The Long Drought
""")
PUBLISHERS = ["Penguin", "HarperCollins", "Bloomsbury", "Simon & Schuster", "Picador", "Allen & Unwin", "Juggernaut", "Jacana Media", "Text Publishing", "McClelland & Stewart", "Faber", "Knopf", "Pan Macmillan"]
THINKTANKS = ["Brookings Institution", "Chatham House", "Lowy Institute", "Observer Research Foundation", "Carnegie Endowment for International Peace", "Institute for Fiscal Studies", "C.D. Howe Institute", "Institute for Security Studies", "Council on Foreign Relations", "Resolution Foundation", "Grattan Institute", "Centre for Policy Research"]
FIELDS = ["economics", "public health", "political science", "environmental science", "journalism", "history", "computer science", "law", "sociology", "urban planning", "marine biology", "international relations", "epidemiology", "philosophy"]
FUNDS = ["Pulitzer Center", "Solutions Journalism Network", "Google News Initiative", "Knight Foundation", "Judith Neilson Institute", "European Journalism Centre", "Public Interest Journalism Initiative", "Local Democracy Reporting Service", "Report for America", "Bertha Foundation", "Open Society Foundations", "Mozilla Foundation"]
SERIES = ["Broken Promises", "The Heat Is On", "Left Behind", "Priced Out", "Faultlines", "The Missing", "Running Dry", "Follow the Money", "Ground Truth", "Next Stop", "Unequal Justice", "Hidden Costs"]
VENDORS = ["Automated Insights", "United Robots", "Data Skrive", "Lede AI", "RADAR"]
DATA_SOURCES = ["Zacks Investment Research", "the National Weather Service", "the Bureau of Labor Statistics", "the Office for National Statistics", "MaxPreps", "Sportradar", "the Australian Bureau of Statistics", "Statistics Canada", "Refinitiv", "the Census Bureau"]
LANGS = ["Spanish", "French", "German", "Hindi", "Tamil", "Bengali", "Urdu", "Swahili", "Arabic", "Japanese", "Korean", "Ukrainian", "Portuguese", "Afrikaans", "Malay", "Mandarin", "Tagalog", "Welsh", "Irish", "Hebrew"]
TTS = ["BeyondWords", "Trinity Audio", "ElevenLabs", "Ad Auris", "SpeechKit", "Amazon Polly"]
RETAILERS = {
    "us": ["Amazon", "Walmart", "Target", "Best Buy", "Home Depot", "Nordstrom", "REI", "Wayfair"],
    "uk": ["Amazon", "Argos", "John Lewis", "Currys", "Boots", "Marks & Spencer", "Very"],
    "in": ["Amazon", "Flipkart", "Myntra", "Croma", "Nykaa", "Reliance Digital"],
    "au": ["Amazon", "JB Hi-Fi", "The Good Guys", "Myer", "David Jones", "Bunnings"],
    "ca": ["Amazon", "Best Buy Canada", "Canadian Tire", "Walmart Canada", "Indigo"],
}
BRANDS = ["SmartAsset", "NerdWallet", "Novus Hearing", "Hometown Solar", "LendingTree", "Healthy Habits Daily", "Deloitte", "HSBC", "Tata Consultancy Services", "Emirates", "VisitScotland", "Qantas", "Tourism Australia", "Siemens", "Standard Chartered", "Safaricom", "Shell", "Toyota", "Samsung", "Salesforce", "IBM", "Mastercard", "Unilever", "Absa", "DBS", "Air Canada", "BlackRock", "Fidelity", "Zurich Insurance"]
SPONSORED_HEADLINES = L("""
Doctors Stunned: This Simple Morning Habit Melts Belly Fat
The Most Comfortable Shoes for Standing All Day, According to Nurses
Seniors Born Before 1965 Are Entitled to These Benefits
Why Everyone in {city} Is Switching to This Internet Provider
These Are the 10 Best Cars for Seniors in {year}
Unsold Luxury SUVs Are Now Going for a Fraction of the Price
Here's What a New Walk-In Shower Should Cost You in {year}
Homeowners Are Trading In Their Doorbell Cams for This
Retire Early? Here's How Much You Actually Need
Pay Off Your Credit Card Debt With This Smart Move
The One Kitchen Gadget Chefs Can't Live Without
Play This Game for 1 Minute and See Why Everyone Is Addicted
Dentists Hate This Simple Teeth-Whitening Hack
{city}: New Solar Program Leaves Power Companies Furious
How Much Should You Have Saved for Retirement by 50?
Hearing Aids Are Getting Cheaper — See the New Prices
Top 5 Credit Cards With 0% Interest Until {year2}
The Smartest Way to Pay Off $10,000 in Debt
Surgeon: Do This Immediately If You Have Knee Pain
Forget Expensive Gutters — Do This Instead
This Is the Most Addictive Strategy Game of {year}
Ancient Japanese Trick Helps You Sleep Through the Night
Why This Tiny Device Is Flying Off the Shelves in {country}
Get to Know the New {year} SUV Lineup
""")

COMPANIES = L("""
Northwind Analytics Inc.|northwindanalytics.com|NWND|NASDAQ
Helios Grid Solutions|heliosgrid.com|HLGS|NYSE
BrightPath Learning|brightpathlearning.com|BPLN|NASDAQ
Meridian Biotherapeutics|meridianbio.com|MRDB|NASDAQ
Cobalt Harbor Capital|cobaltharbor.com|CBHC|NYSE
Verdant Agritech Ltd|verdantagritech.in|VERDANT|NSE
Kestrel Aerospace|kestrelaero.com|KSTL|NYSE
Quantia Health|quantiahealth.com|QNTH|NASDAQ
Lumen Ridge Pharmaceuticals|lumenridge.com|LRPH|NASDAQ
Saffron Fintech Pvt Ltd|saffronfintech.in|SAFFRON|BSE
Blue Acacia Holdings|blueacacia.co.za|BAH|JSE
Pinecrest Software|pinecrestsoftware.com|PCSW|NASDAQ
Orbital Freight Co.|orbitalfreight.com|ORBF|NYSE
Halcyon Robotics|halcyonrobotics.com|HLCY|NASDAQ
Tidewater Energy Partners|tidewaterep.com|TWEP|NYSE
Maple Crest Foods|maplecrestfoods.ca|MCF|TSX
Southern Cross Minerals|southerncrossminerals.com.au|SXM|ASX
Lionsgate Mobility Ltd|lionsgatemobility.co.ke|LGML|NSE Kenya
""")

REAL_TICKERS = [("Apple", "AAPL"), ("Microsoft", "MSFT"), ("Nvidia", "NVDA"), ("Amazon", "AMZN"), ("Tesla", "TSLA"), ("Alphabet", "GOOGL"), ("Meta Platforms", "META"), ("JPMorgan Chase", "JPM"), ("Walmart", "WMT"), ("Netflix", "NFLX"), ("Costco", "COST"), ("Boeing", "BA"), ("Ford", "F"), ("Intel", "INTC"), ("Disney", "DIS")]

PODCASTS = ["The Briefing Room", "Behind the Headlines", "Inside the Newsroom", "The Backstory", "Money Talks", "Tech Tonic", "The Big Story", "Politics Weekly", "Across the Ditch", "Local Matters", "The Long Game", "Street Level", "Off Script", "Morning Rundown", "The Explainer", "Full Time", "Market Minute", "Capital Letters", "The Dispatch Box", "Mind the Gap"]
EPISODE_TITLES = L("""
Why your grocery bill is still so high
The town that ran out of water
Inside the race to build a better battery
Who really wins from the new budget?
The long fight over a small-town school
What happens when the rain doesn't come
How a single text message brought down a company
The rise and fall of a crypto king
Is the four-day week here to stay?
The doctors leaving for Australia
What the polls are missing
A river, a dam and a decades-old promise
Cricket's new money and what it means for the Test game
The quiet crisis in rental housing
Can AI really predict the weather?
The border town where everyone knows a smuggler
Life after the floods
Why airfares are so unpredictable
The teenagers running a city's food bank
Inside the world's busiest port
""")
VIDEO_TITLES = L("""
Drone footage shows scale of flooding across the valley
Moment rescuers pull boy from rubble
Watch the rocket lift off from Cape Canaveral
Dashcam captures near-miss on the motorway
Why are egg prices so high?
See the storm make landfall
How tariffs could affect your grocery bill
Firefighters rescue puppy from storm drain
Highlights: India vs Australia, third Test, day two
Protesters clash with police outside parliament
Tour of the new £1.2bn hospital
Explained: What is a heat dome?
Inside the world's largest cruise ship
Bus crashes into shopfront in city centre
Aerial view of wildfire burning near homes
Minister grilled in tense TV interview
What the budget means for you, in 90 seconds
Fans celebrate title win in the streets
Residents describe terrifying moment tornado hit
Northern lights dazzle skywatchers
Crowds gather for Diwali celebrations
The moment the verdict was read out
Last-minute winner sends stadium into frenzy
How to spot a scam text message
Meet the 101-year-old who still runs the family shop
""")
VIDEO_CAPTIONS = L("""
Residents filmed the water rising around their homes
The footage was shared widely on social media
Watch: the moment the bridge collapsed
Our correspondent reports from the scene
Eyewitnesses describe what they saw
The minister was asked about the rising cost of energy
Fans react after the final whistle
Police released footage of the arrest
The blaze could be seen for miles
Our reporter explains what the ruling means
""")

EVENTS = ["{outlet} Climate Summit", "Future of Work Forum {year}", "{outlet} Business Awards", "{city} Food & Wine Festival", "{outlet} Book Club Live", "Women in Leadership Breakfast", "{outlet} Ideas Festival", "Tech Leaders Summit {year}", "Annual Readers' Evening", "Homes & Property Expo", "{outlet} Sports Awards", "Energy Transition Conference", "{outlet} Education Forum", "Startup Pitch Night", "{city} Writers Festival", "Small Business Forum"]
EVENT_TALKS = ["What's next for interest rates?", "Can our cities cope with the heat?", "The future of local news", "AI and your job", "Inside the newsroom: how we cover elections", "Housing: fixing a broken market", "Ask the editor", "Cricket's changing economics", "The state of the nation's health", "Investing in uncertain times"]
VENUES = {"us": ["the Civic Center", "City Winery", "the Public Library main branch", "Union Station"], "uk": ["Kings Place", "the Barbican", "the Lowry", "the Royal Institution"], "in": ["the India Habitat Centre", "NCPA", "the Taj Lands End"], "au": ["the State Library", "the Wheeler Centre", "ICC Sydney"], "ca": ["the Royal Ontario Museum", "the Château Laurier", "Roy Thomson Hall"], "af": ["the Sandton Convention Centre", "the Kenyatta International Convention Centre", "Eko Hotel"], "other": ["the Grand Hyatt", "the Marina Bay Sands Expo", "the Convention Centre"]}
JOB_TITLES = ["breaking news reporter", "audience development editor", "data journalist", "video producer", "senior business reporter", "courts reporter", "newsletter editor", "graphics editor", "photojournalist", "social media producer", "investigations editor", "sub-editor", "copy editor", "political correspondent", "product manager", "engagement reporter"]
POLL_QS = ["the council build a new stadium", "schools ban mobile phones in classrooms", "the speed limit in residential streets be lowered to 20mph", "daylight saving time be scrapped", "the city introduce a congestion charge", "the voting age be lowered to 16", "the government raise the pension age", "dogs be allowed on public transport", "the four-day work week become standard", "tipping be abolished in restaurants", "the Test series be moved to day-night matches", "e-scooters be banned from footpaths", "the airport get a third runway", "plastic bags be banned entirely"]
QUIZ_TOPICS = ["this week's news", "world capitals", "the Premier League", "the royal family", "Australian politics", "Bollywood", "the history of the Olympics", "famous inventions", "space exploration", "the year in business", "Canadian geography", "African football", "Christmas movies", "cricket records"]
GAMES = ["crossword", "mini crossword", "Sudoku", "word search", "Spelling Bee", "Codeword", "quick cryptic", "news quiz", "jigsaw"]
PRIZES = ["a weekend for two in the Lake District", "a $500 grocery voucher", "tickets to the grand final", "a signed copy of the book", "a year's digital subscription", "two tickets to the concert", "a family pass to the zoo"]
CREDENTIALS = ["RD", "CFP", "MD", "PhD", "CPA", "PharmD", "RN"]
PR_CHANNELS = ["Business & Economy, Technology, World & Regional", "Banking, Finance & Investment Industry, Energy Industry", "Healthcare & Pharmaceuticals Industry, Science", "Education, Companies, Environment", "Automotive Industry, Manufacturing"]
DISTRIBUTORS = ["PR Newswire", "Business Wire", "GlobeNewswire", "EIN Presswire", "Accesswire", "Newswire", "Cision"]
TEAMS = {
    "uk": ["Arsenal", "Liverpool", "Man City", "Chelsea", "Newcastle", "Aston Villa", "Celtic", "Rangers", "Wrexham", "Leeds"],
    "us": ["Yankees", "Red Sox", "Cubs", "Dodgers", "Mariners", "Twins", "Rockies", "Phillies", "Astros", "Braves"],
    "in": ["Mumbai Indians", "Chennai Super Kings", "RCB", "KKR", "Delhi Capitals", "Gujarat Titans"],
    "au": ["Collingwood", "Brisbane Lions", "Sydney Swans", "Carlton", "Geelong", "Essendon", "Fremantle", "West Coast"],
    "ca": ["Maple Leafs", "Canadiens", "Oilers", "Canucks", "Jets", "Flames"],
    "af": ["Gor Mahia", "Kaizer Chiefs", "Orlando Pirates", "Enyimba", "Hearts of Oak", "AFC Leopards", "Mamelodi Sundowns"],
}
WEATHER_CONDS = ["Sunny", "Partly cloudy", "Mostly cloudy", "Light rain", "Showers", "Thunderstorms", "Clear", "Fog", "Drizzle", "Windy", "Haze", "Snow", "Overcast", "Scattered showers", "Humid"]
WEATHER_ALERTS = ["Heat advisory", "Severe thunderstorm warning", "Flood watch", "Winter storm warning", "Red flag warning", "Yellow weather warning for rain", "Amber wind warning", "Air quality alert", "Orange alert for heavy rainfall", "Cyclone watch"]
INDICES = {
    "us": [("Dow", 33000, 44000), ("S&P 500", 4100, 6000), ("Nasdaq", 12500, 19800), ("Russell 2000", 1800, 2400), ("10-Yr Bond", 3.6, 4.9)],
    "uk": [("FTSE 100", 7400, 8700), ("FTSE 250", 18000, 21500), ("GBP/USD", 1.21, 1.34), ("GBP/EUR", 1.13, 1.21)],
    "in": [("Sensex", 62000, 85000), ("Nifty 50", 18500, 26000), ("Nifty Bank", 42000, 54000), ("USD/INR", 82.1, 87.4)],
    "au": [("ASX 200", 6900, 8500), ("All Ords", 7100, 8800), ("AUD/USD", 0.63, 0.70)],
    "ca": [("S&P/TSX", 19000, 25500), ("CAD/USD", 0.70, 0.76)],
    "af": [("JSE All Share", 72000, 92000), ("NGX ASI", 70000, 105000), ("NSE 20", 1500, 2100), ("USD/ZAR", 17.2, 19.4)],
    "ea": [("Hang Seng", 15500, 23500), ("STI", 3100, 3900), ("KLCI", 1400, 1650), ("Nikkei 225", 27000, 41000), ("Kospi", 2300, 2900)],
    "other": [("Brent Crude", 68, 94), ("Gold", 1850, 2750), ("Bitcoin", 26000, 98000), ("EUR/USD", 1.04, 1.12), ("WTI", 64, 90)],
}
MARKET_PROVIDERS = ["FactSet", "Morningstar", "ICE Data Services", "Refinitiv", "Cboe Global Markets", "Dow Jones Market Data", "Tradeweb", "LSEG"]

# ---------------------------------------------------------------------------
# Teaser headlines, by bucket.  (Hand-written; used only as teaser/related
# links, never as the headline of the page's own article.)
# ---------------------------------------------------------------------------
HEADLINES = {}
HEADLINES["global"] = L("""
UN warns of record hunger levels as aid funding dries up
Oil prices jump after surprise output cut by major producers
Scientists confirm 2024 was the hottest year on record
What we know about the deadly earthquake so far
Global shipping costs surge as Red Sea attacks continue
Ceasefire talks stall as mediators push for hostage deal
Why the world's largest companies are betting on nuclear power
Measles cases climb in dozens of countries, WHO says
The countries where your money goes furthest in retirement
Inside the race to regulate artificial intelligence
Coral bleaching event now affects most of the world's reefs
Pope makes surprise appearance at Easter service
Airlines cancel thousands of flights after global IT outage
How a tiny island nation is preparing for rising seas
Billionaire's space company completes first private spacewalk
Cocoa prices hit all-time high as West African harvest fails
Tourists told to stay away as heatwave grips southern Europe
Why food prices are falling everywhere except the supermarket
Five things to watch at this year's climate summit
The shipping lane that moves a fifth of the world's oil
Interpol issues alert over new online investment scam
Record number of people displaced by conflict, report finds
Taylor Swift breaks another attendance record
G20 leaders agree on debt relief framework, but critics say it falls short
The quiet comeback of the landline phone
Mpox declared a global health emergency for second time
Researchers find microplastics in human brain tissue
Why everyone is suddenly talking about the 'loud budgeting' trend
A Nobel laureate's warning about the future of democracy
Volcano erupts again, forcing fresh evacuations
Cruise passengers stranded after ship detained in port
How the world's richest 1% spend their money
""")
HEADLINES["us"] = L("""
Fed holds rates steady, signals two cuts later this year
Supreme Court agrees to hear major case on social media and free speech
Senate passes stopgap bill hours before government shutdown deadline
Egg prices hit record high as bird flu spreads to more farms
Heat dome to bring triple-digit temperatures to much of the Southwest
What the new student loan rules mean for borrowers
Tornado outbreak leaves trail of destruction across three states
FAA orders inspections of dozens of jets after midair scare
Man charged in connection with string of arson fires
School board votes to restrict cellphones during class
How to watch the presidential debate tonight
Gas prices fall ahead of holiday travel weekend
Jury finds former city official guilty on all counts
The best places to see the total solar eclipse
Social Security recipients to get 2.5% raise next year
Measles outbreak grows to 124 cases in West Texas
Wildfire forces thousands to evacuate near Los Angeles
Minimum wage rises in 20 states on Jan. 1. Is yours one of them?
House Republicans unveil spending plan with deep cuts
The NFL's new kickoff rule, explained
Amtrak to add more trains on Northeast Corridor
Police release bodycam footage from fatal traffic stop
Why home insurance premiums are soaring in Florida
Judge blocks state's new voter ID law
Iowa farmers brace for losses as soybean prices slide
New Mexico lawmakers approve free child care for most families
Teacher shortage eases, but rural districts still struggle
Here's when you'll get your tax refund this year
Chicago's migrant shelters to close by end of month
Lottery jackpot climbs to $1.2 billion after no winner
Denver voters reject plan to ban slaughterhouses
Starbucks workers strike at hundreds of stores
The restaurants everyone will be talking about this summer
Hurricane center tracking two systems in the Atlantic
Why Phoenix had its deadliest summer yet
""")
HEADLINES["uk"] = L("""
Junior doctors announce fresh strike dates in pay row
Energy price cap to rise by 6.4% from April, Ofgem confirms
Chancellor under pressure to rule out tax rises in budget
Rail passengers face disruption as engineering works close major routes
Bank of England cuts interest rates to 4.5%
Water company fined record £90m over sewage discharges
Met Office issues amber warning for snow and ice
Thousands of pupils to miss out on first-choice secondary school
Man arrested after woman found dead in flat
Southern Water hosepipe ban to be lifted next week
Nurses vote to reject pay offer as union warns of winter strikes
Scottish Government confirms free bus travel extension
Wrexham's promotion party draws thousands to city streets
Council tax bills to rise by nearly 5% in most of England
Where to find the best fish and chips, according to readers
Ofsted to scrap one-word judgments for schools
HS2 costs could rise by another £20bn, report warns
King to make first state visit since cancer diagnosis
Train drivers' union calls off overtime ban
House prices rise for fifth month in a row, says Nationwide
Leeds United confirm new stadium expansion plans
NHS waiting list falls for third consecutive month
Northern Lights could be visible across UK tonight
Cardiff roadworks to cause months of delays, council admits
Glasgow's LEZ fines top £1m in first year
Belfast bonfire builders told to remove tyres
Hexham bypass plans back on the table after funding boost
The best walks in Northumberland for autumn
Greggs to open 150 new shops this year
Pub landlords warn of closures as beer duty rises
""")
HEADLINES["in"] = L("""
Sensex climbs 800 points as banking stocks rally
Monsoon to arrive over Kerala three days early, says IMD
Bengaluru water crisis: Residents queue for tankers as borewells run dry
Delhi air quality slips to 'severe' as stubble burning rises
RBI keeps repo rate unchanged at 6.5%, revises GDP forecast
Indian Railways announces 10 new Vande Bharat routes
Supreme Court seeks Centre's response on electoral bond plea
IPL 2025: Full schedule, venues and squads
Mumbai local train services hit as heavy rain floods tracks
Gold price today: Yellow metal dips ₹400 in early trade
Kerala reports fresh Nipah case; contact tracing under way
UPSC Civil Services final result declared; check toppers list
Petrol, diesel prices unchanged across metros
Chennai Metro phase 2 to open first stretch by December
Hyderabad techie loses ₹1.2 crore in digital arrest scam
Kohli hits 50th ODI century as India crush New Zealand
Assam floods: Over 2 lakh people affected in 15 districts
Onion prices soar in Pune wholesale market
Govt extends free ration scheme for another five years
NEET-UG counselling schedule released; registration from July 20
Heatwave alert for Rajasthan, Gujarat as mercury crosses 46°C
Startup funding in India falls to four-year low
Lucknow gets its first underwater tunnel road
Kolkata doctors call off strike after talks with state govt
Tata Motors to launch three new EVs this festive season
New income tax regime: What changes from April 1
Ahmedabad plane crash: What we know so far
Bengaluru traffic police roll out AI cameras at 50 junctions
Why Indian students are choosing Germany over the US
Maharashtra cabinet expansion: 39 ministers take oath
""")
HEADLINES["sas"] = L("""
Karachi power outages extend to 12 hours as heat intensifies
Pakistan, IMF reach staff-level agreement on $7bn loan
Dhaka metro rail extended to Kamalapur
Lahore smog forces schools to shut for a week
Nepal's tourism arrivals cross one million for first time
Bangladesh to hold national election in February
Petrol price cut by Rs10 per litre from midnight
Kathmandu Valley to get new bus rapid transit line
Cricket board announces central contracts for new season
Dengue cases rise sharply in Chattogram
""")
HEADLINES["au"] = L("""
Reserve Bank holds cash rate at 4.35 per cent
Sydney rents hit new record as vacancy rates fall
Queensland braces for cyclone as residents told to prepare
Albanese announces $10b housing fund deal with crossbench
Perth heatwave: Temperatures to top 40C for fifth straight day
AFL grand final: Team changes, tips and everything you need to know
Victorian teachers vote to strike over pay
Woolworths and Coles face ACCC court action over discounts
Melbourne's Metro Tunnel to open months ahead of schedule
Canberra drivers face new speed camera crackdown
Great Barrier Reef suffers sixth mass bleaching event
Swimmers warned after shark sighting closes Bondi Beach
Centrelink payments to rise from March 20
Matildas confirm friendly against world champions
NRL star handed three-match ban for dangerous tackle
Darwin flights cancelled as smoke haze lingers
Tasmania's AFL stadium approved after marathon debate
Aussie dollar slides to five-month low
Brisbane Olympics venue plan overhauled
Auckland Harbour Bridge lanes closed after wind warning
Wellington water rates to rise 18 per cent
All Blacks name uncapped winger for Ireland Test
Christchurch's new stadium gets opening date
NZ Reserve Bank cuts OCR by 50 basis points
""")
HEADLINES["ca"] = L("""
Bank of Canada lowers key interest rate to 2.75 per cent
Toronto condo prices fall for sixth straight month
Wildfire near Jasper forces evacuation of thousands
Canada Post strike: What it means for your mail
Ottawa announces new caps on international students
Vancouver rents finally easing, new report says
Manitoba to cut gas tax for another year
Oilers advance to Stanley Cup Final
Quebec introduces bill to tighten language rules
Halifax rental vacancy rate lowest in the country
Grocery code of conduct takes effect across Canada
Carbon tax rebate: When you'll get your next payment
Calgary water main break: Residents urged to keep conserving
Measles exposure reported at Montreal hospital
Canada's unemployment rate ticks up to 6.8 per cent
Winnipeg Jets clinch Presidents' Trophy
Federal budget to include $8B for defence
B.C. ferries cancel sailings due to high winds
Edmonton city council approves 8.9% tax increase
What's open and closed on Canada Day
""")
HEADLINES["af"] = L("""
Eskom suspends load shedding for 100th consecutive day
Kenya's Finance Bill protests: What we know
Naira weakens further against dollar at official window
Ghana's cedi posts biggest weekly gain in two years
Matric results: Pass rate rises to 87.3%
Nairobi expressway toll fees to rise from next month
Lagos-Calabar coastal highway: First section opens to traffic
Springboks name squad for Rugby Championship
Cholera outbreak spreads to three more counties
Uganda opens new oil pipeline section despite protests
Rwanda hosts African leaders for climate finance summit
Tanzania's tourism earnings hit record $3.5bn
Zambia lifts national emergency as drought eases
South Africa's unemployment rate falls to 31.9%
Kenyan shilling steady as remittances rise
Harambee Stars qualify for AFCON after dramatic win
CBN raises interest rate to 27.25% to fight inflation
Fuel scarcity hits Abuja as queues return
Durban floods: Death toll rises as search continues
Accra's new interchange opens to ease traffic
Ethiopia's airline adds new routes to Asia
Kenya Airways returns to profit for first time in 11 years
SA Post Office to close 366 branches
Ghana election: Electoral commission releases final timetable
Ramaphosa signs education bill into law
""")
HEADLINES["me"] = L("""
UAE announces new long-term visa for skilled workers
Dubai Metro Blue Line construction begins
Saudi Arabia unveils plans for world's largest airport
Oil-rich Gulf states ramp up spending on AI
Petrol prices in UAE to fall in August
Qatar Airways named world's best airline again
Abu Dhabi's new Guggenheim to open next year
Egypt's inflation slows for fifth straight month
Riyadh Season breaks visitor record
Sharjah announces four-day week for government employees
""")
HEADLINES["ea"] = L("""
Singapore's HDB resale prices rise 2.4% in third quarter
Hong Kong to launch new talent visa scheme
Malaysia's ringgit strengthens to 20-month high
Thailand to legalise casinos in bid to lure tourists
Indonesia's new capital Nusantara opens first government offices
Taiwan braces for typhoon as schools and offices close
Philippine Senate approves minimum wage increase
China's exports beat forecasts despite tariff threat
Singapore's GST voucher payouts: Who gets what
Hong Kong Sevens moves to new Kai Tak stadium
Vietnam's GDP growth accelerates to 7%
Bangkok smog prompts work-from-home order
Japanese yen slides to 38-year low against dollar
South Korea's birth rate rises for first time in nine years
Kuala Lumpur's MRT3 line delayed again
Manila braces for super typhoon landfall
Jakarta's air quality worst in the world, monitor says
Taipei's new metro line opens to the public
Singapore Airlines reports record profit
CPF changes from Jan 1: What you need to know
Japan's cherry blossoms bloom earliest on record in Tokyo
Seoul apartment prices rise at fastest pace in six years
K-pop group announces world tour dates
North Korea fires ballistic missile into sea, Seoul says
Osaka Expo welcomes 10 millionth visitor
""")
HEADLINES["il"] = L("""
Knesset passes budget after overnight session
Israel's central bank holds rate at 4.5%
Tel Aviv light rail Purple Line delayed to 2028
Hostage families rally outside Defense Ministry
Shekel strengthens against dollar for third straight week
""")
HEADLINES["eu"] = L("""
EU agrees landmark deal on AI rules
Eurozone inflation falls to 2.2% in latest reading
Kyiv hit by drone attack overnight, officials say
Farmers block roads in Brussels over trade deal
Sweden formally joins Nato
Germany's economy shrinks for second year
Paris to ban SUVs from parking in city centre
Spain's heatwave forces early school closures
Poland votes in tight presidential runoff
Dutch government collapses over asylum policy
European Commission fines tech giant €1.8bn
Ukraine's grain exports rise despite Black Sea attacks
""")
HEADLINES["business"] = L("""
Nvidia becomes first company to hit $4 trillion market value
Stocks slide as bond yields climb to 16-year high
Bitcoin tops $100,000 for the first time
Oil falls to lowest level since 2021 on demand fears
Boeing to cut 10% of workforce as losses mount
Why the US dollar is losing its shine
Gold hits record high as investors seek safe haven
Tesla deliveries fall short of Wall Street expectations
Apple sales in China slump 11% amid fierce competition
The hidden fees eating into your retirement savings
Private equity firms circle struggling retailers
Mortgage rates drop to lowest level in a year
Warren Buffett's firm sits on record cash pile
How to protect your savings if inflation returns
Chip stocks tumble after export curbs tightened
Airline profits soar as travellers shrug off higher fares
Bank shares fall after surprise jump in bad loans
Three dividend stocks to buy and hold for a decade
The real reason your rent keeps going up
Supermarket giant to cut 2,000 head-office jobs
Amazon to invest $10bn in new data centres
Should you pay off your mortgage early?
Pension funds pile into private credit
Electric carmaker files for bankruptcy
Rate cuts are coming. Here's what that means for your savings
Copper prices surge on supply worries
Shipping giant Maersk warns of prolonged disruption
Retail sales rise more than expected in December
Insurers pull out of wildfire-prone regions
Consumer confidence slumps to lowest since pandemic
""")
HEADLINES["tech"] = L("""
OpenAI unveils new model that can reason through complex problems
Apple announces iPhone 17 with thinner design and new camera
Google hit with record fine over search practices
Microsoft to invest $80bn in AI data centres this year
Meta's new smart glasses go on sale
The best budget Android phones you can buy right now
Hackers stole data from millions of customers, company admits
Why your Wi-Fi is slow, and how to fix it
Samsung Galaxy S25 review: Small upgrades, big AI promises
X loses another major advertiser
How to turn off AI features on your phone
Starlink now available in more than 100 countries
TikTok ban: What happens next
Intel's new chips promise longer laptop battery life
Nintendo Switch 2 launch date and price confirmed
The best password managers for 2025
Ransomware attack cripples hospital systems
AI chatbots are getting better at lying, study finds
Windows 10 support ends: What you need to do
Amazon's new Kindle has a colour screen
Raspberry Pi launches $70 AI kit
Why your next laptop will have an NPU
Researchers find flaw affecting billions of Bluetooth devices
Bluesky passes 30 million users
Spotify raises prices again in several markets
The AI startup that wants to replace your inbox
iOS 18.4 is out with new emoji and AI features
Linux kernel adds support for new Arm chips
GPU prices finally come down
EU orders Apple to open up iPhone to rival app stores
""")
HEADLINES["sport"] = L("""
Liverpool clinch Premier League title with four games to spare
India beat Australia to win Champions Trophy
Sinner wins Australian Open for second straight year
Verstappen wins chaotic Brazilian Grand Prix from 17th
Chiefs beat Eagles in overtime thriller
England name squad for Six Nations opener
Djokovic withdraws from Wimbledon with knee injury
Real Madrid complete signing of teenage striker
Kohli retires from Test cricket
Boxing Day Test: Five talking points from day one
Women's World Cup final draws record TV audience
Transfer deadline day: All the done deals
Lakers fire head coach after playoff exit
Manchester United announce plans for new 100,000-seat stadium
Olympic champion announces shock retirement at 26
The Ashes: England's batting order questioned after collapse
Kipchoge to run final marathon in Nairobi
Super Eagles coach sacked after AFCON qualifying defeat
Canadiens rookie named player of the month
Formula 1 confirms new race in Thailand
Matildas star signs with Chelsea
Wimbledon seeds: Full list for the men's and women's draws
Pakistan appoint new white-ball captain
Bafana Bafana qualify for World Cup
Tiger Woods to miss Masters after surgery
""")
HEADLINES["culture"] = L("""
The 25 best films of the year so far
Beyoncé announces stadium tour dates
Netflix's most-watched show of all time gets final season date
Booker Prize shortlist announced
The restaurant that takes no reservations and still has a two-month wait
Oscars 2025: The full list of winners
Why everyone is rereading Jane Austen this year
Coldplay add extra dates to UK tour after ticket frenzy
Glastonbury line-up revealed
Hugh Grant on why he's done with romantic comedies
The 10 best new books to read this month
Bollywood star's film breaks opening-day record
Met Gala 2025: The best-dressed celebrities
Emmys: Snubs and surprises
Review: A dazzling new production of Hamlet
K-drama fans flock to filming locations
How to get tickets for the Eras Tour film
Sydney Opera House at 50: The shows that shaped it
The Grammys' most memorable moments
Stranger Things stage show heads to Broadway
The best TV shows to stream this weekend
Paul McCartney to headline festival's 50th anniversary
Yoga, ice baths and 10,000 steps: Inside the wellness boom
Is this the end of the celebrity cookbook?
How to make the perfect roast potatoes
The best beaches in Europe for a late summer break
Ed Sheeran surprises fans with busking set
Nollywood film wins top prize at festival
Canadian author wins Giller Prize
Booker-winning novel to be adapted for TV
""")
HEADLINES["science"] = L("""
New weight-loss drugs may also cut dementia risk, study suggests
Nasa's Europa Clipper launches on mission to Jupiter's moon
Scientists discover new species of deep-sea octopus
Daily walk of 4,000 steps cuts risk of early death, study finds
Antarctic sea ice hits record low for winter
Bird flu found in dairy cows in three more states
Why you shouldn't skip the flu vaccine this year
First pig kidney transplant patient leaves hospital
Webb telescope spots most distant galaxy ever observed
The surprising health benefits of cold showers
Too much screen time linked to poorer sleep in teens
Ancient DNA reveals new chapter in human migration
Covid variant spreads: Symptoms to watch for
Blood test could detect cancer years earlier
Solar maximum: Why the sun is so active right now
Hay fever season could be worst in years, experts warn
Mosquito-borne virus detected in more regions
New malaria vaccine rolled out in 12 African countries
Why we're sleeping worse than ever
Study links ultra-processed food to 32 health problems
India's moon mission finds sulphur near lunar south pole
Asteroid that could hit Earth in 2032 now less likely to strike
""")
HEADLINES["trade"] = L("""
Freight rates climb as Red Sea diversions persist
FDA clears first gene therapy for rare muscle disease
Hospital mergers face tougher scrutiny under new rules
Carmakers delay EV launches as demand cools
Warehouse vacancy rate hits five-year high
Restaurant chains lean on value menus as traffic slips
Box office rebounds on strength of summer sequels
Ad spending forecast cut as brands pull back
Publishers strike licensing deals with AI companies
Truckload spot rates fall for third straight week
Insurers brace for costly hurricane season
Law firm mergers hit record pace
Grain exporters warn of port congestion
Streaming giants shift strategy to live sports
Pharma giant to buy biotech in $14bn deal
Newsroom layoffs top 1,000 so far this year
Nurses' union wins staffing ratios in new contract
Retailers cut prices ahead of back-to-school season
Grocery chains test AI-powered checkout
Fertiliser prices drop as supply improves
""")
LOCAL_HEADLINES = L("""
{city} council approves {n}-storey apartment tower near train station
Police appeal for witnesses after hit-and-run in {city}
{city} schools to start later next year after parent survey
New bike lanes divide opinion in {city}
Water main break closes roads in downtown {city}
{city} restaurant named among best new openings of the year
Man, {age}, charged after stabbing in {city}
Bus fares in {city} to rise {pct}% from next month
Beloved {city} bookshop to close after {n2} years
{city} hospital emergency wait times hit record high
Property prices in {city} fall for third straight month
Heat warning issued for {city} as temperatures soar
{city} marathon: Road closures and everything you need to know
Missing teenager found safe in {city}, police say
{city} mayor unveils plan to tackle homelessness
Residents fight plans for new landfill near {city}
{city} zoo welcomes rare baby giraffe
Fire destroys historic church in {city}
{city} airport to add {n} new international routes
Two injured after car crashes into {city} shopfront
Parking fees to double in central {city}
{city} farmers market to move to new site
Teen wins national spelling title for {city} school
Power outage leaves {n},000 {city} homes in the dark
""")

# ---------------------------------------------------------------------------
# Engine
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONTH_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

SMALL_WORDS = {"a", "an", "the", "and", "but", "or", "for", "nor", "on", "at", "to", "from", "by", "of", "in", "with", "as", "vs", "vs."}


def title_case(s):
    words = s.split(" ")
    out = []
    for i, w in enumerate(words):
        if not w:
            out.append(w)
            continue
        if any(c.isupper() for c in w[1:]) or any(c.isdigit() for c in w) or w[0] in "'\"‘“(":
            out.append(w)
        elif i > 0 and w.lower() in SMALL_WORDS and not words[i - 1].endswith(":"):
            out.append(w.lower())
        else:
            out.append(w[0].upper() + w[1:])
    return " ".join(out)


class Person:
    def __init__(self, first, last, gender):
        self.first, self.last, self.gender = first, last, gender

    @property
    def full(self):
        return (self.first + " " + self.last).strip()


SURNAME_FIRST = {"Tan", "Lim", "Ong", "Goh", "Ng", "Chen", "Lin", "Wong", "Chan", "Park", "Kim", "Lee", "Choi", "Jung", "Yoon", "Han", "Kang"}


class _Fixed(Person):
    def __init__(self, full, gender):
        self._full = full
        self.gender = gender
        parts = full.split(" ")
        if parts[0] in SURNAME_FIRST and (len(parts) == 3 or "-" in parts[-1]):
            self.first, self.last = " ".join(parts[1:]), parts[0]
        else:
            self.first, self.last = parts[0], parts[-1]

    @property
    def full(self):
        return self._full


def make_person(region):
    g = REGION_GROUP.get(region, "us")
    if g in FULL:
        if rng.random() < 0.75:
            nm, gender = rng.choice(FULL[g].split("|")).rsplit(" ", 1)
            return _Fixed(nm, gender)
        g = "us"
    if g == "sas" and rng.random() < 0.3:
        g = "in"
    pool_first = FIRST.get(g, FIRST["us"])
    pool_last = LAST.get(g, LAST["us"])
    f, gender = rng.choice(pool_first.split("|")).rsplit(" ", 1)
    return Person(f, rng.choice(pool_last.split("|")), gender)


SLOT_RE = re.compile(r"\{([a-zA-Z_]+?)(\d*)\}")


class Ctx:
    def __init__(self, outlet):
        self.o = outlet
        self.region = outlet["region"]
        self.group = REGION_GROUP.get(self.region, "us")
        self.cache = {}
        self.people = {}
        self.used = collections.defaultdict(set)
        self.date_obj = None

    # -- helpers --
    def person(self, idx):
        if idx not in self.people:
            for _ in range(20):
                p = make_person(self.region if rng.random() < 0.85 else rng.choice(list(REGION_GROUP)))
                if p.full not in self.used["person"]:
                    break
            self.used["person"].add(p.full)
            self.people[idx] = p
        return self.people[idx]

    def distinct(self, base, fn):
        for _ in range(25):
            v = fn()
            if v not in self.used[base]:
                break
        self.used[base].add(v)
        return v

    def money(self):
        return MONEY.get(self.region, MONEY["us"])

    def date(self, idx=""):
        key = "_date" + idx
        if key not in self.cache:
            start = dt.date(2019, 1, 1)
            span = (dt.date(2025, 12, 31) - start).days
            d = start + dt.timedelta(days=int(span * (rng.random() ** 0.5)))
            self.cache[key] = d
        return self.cache[key]

    def us_dates(self):
        return self.group in ("us", "ca", "ph") or self.region in ("in",) and rng.random() < 0.5


def fmt_date(ctx, d, style=None):
    if style is None:
        style = "us" if ctx.group in ("us", "ph") or (ctx.group == "ca" and rng.random() < 0.7) or (ctx.group == "in" and rng.random() < 0.5) else "uk"
    if style == "us":
        return f"{MONTHS[d.month-1]} {d.day}, {d.year}"
    if style == "ap":
        return f"{MONTH_AP[d.month-1]} {d.day}, {d.year}"
    if style == "uk":
        return f"{d.day} {MONTHS[d.month-1]} {d.year}"
    if style == "short_us":
        return f"{MONTHS[d.month-1][:3]} {d.day}, {d.year}"
    if style == "short_uk":
        return f"{d.day} {MONTHS[d.month-1][:3]} {d.year}"
    if style == "in":
        return f"{MONTHS[d.month-1][:3]} {d.day:02d}, {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "num_uk":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "num_us":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    raise ValueError(style)


def rand_time(ctx, style):
    h = rng.randint(0, 23)
    m = rng.randint(0, 59)
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    if style == "us":
        return rng.choice([f"{h12}:{m:02d} {ap}", f"{h12}:{m:02d} {ap.lower()[0]}.m.", f"{h12}:{m:02d} {ap.lower()}"])
    if style == "24":
        return f"{h:02d}:{m:02d}"
    if style == "dot":
        return f"{h:02d}.{m:02d}"
    if style == "ampm":
        return f"{h12}.{m:02d}{ap.lower()}" if rng.random() < 0.6 else f"{h12}:{m:02d}{ap.lower()}"
    raise ValueError(style)


def slugify(s):
    s = re.sub(r"[^a-z0-9 ]", "", s.lower())
    return "-".join(s.split()[:9])


def headline_pool(ctx):
    g = ctx.group
    types = ctx.o["types"]
    buckets = []
    reg = {"us": "us", "uk": "uk", "in": "in", "sas": "sas", "au": "au", "ca": "ca", "af": "af", "me": "me",
           "ea": "ea", "jp": "ea", "kr": "ea", "ph": "ea", "il": "il", "eu": "eu"}[g]
    buckets += [(reg, 5), ("global", 3)]
    if "tech" in types:
        buckets += [("tech", 10)]
    if "finance" in types or "pr" in types:
        buckets += [("business", 9)]
    if "trade" in types:
        buckets += [("trade", 6), ("business", 2), ("culture", 2)]
    if "mag" in types:
        buckets += [("culture", 4), ("science", 2)]
    if "local" in types:
        buckets += [("local", 5)]
    buckets += [("business", 1), ("sport", 2), ("culture", 1), ("science", 1), ("tech", 1)]
    return buckets


def gen_headline(ctx, idx):
    buckets = headline_pool(ctx)
    tot = sum(w for _, w in buckets)
    def pick():
        r = rng.random() * tot
        for b, w in buckets:
            r -= w
            if r <= 0:
                break
        if b == "local":
            return LOCAL_HEADLINES and rng.choice(LOCAL_HEADLINES)
        return rng.choice(HEADLINES[b])
    h = ctx.distinct("headline", pick)
    h = fill_once(h, ctx, nested=True)
    r = rng.random()
    if ctx.group == "us" and r < 0.35:
        h = title_case(h)
    elif r < 0.08:
        h = title_case(h)
    return h


NL_NAMES = ["The Morning", "First Edition", "Morning Briefing", "Evening Update", "The Daily Brief", "Politics Weekly", "Today's Paper", "The Download", "Money Matters", "Weekend Reads", "Headlines at Six", "Sports Extra", "The Climate Fix", "Well+Being", "Tech Digest", "Morning Wire", "The Sunday Read", "Noon Edition", "Market Close", "The Catch-Up", "The Cheat Sheet", "Food & Drink", "Off the Record", "The 5 Things", "Health Check", "The Briefing", "What's On", "Breaking News Alerts", "The Week in Review", "Opinion Today", "Business Daily", "The Big Picture", "Eat Your Greens", "The Lowdown", "Matchday", "Property Pulse", "The Long Read"]
NL_REGIONAL = {"uk": ["Inside Westminster", "The Cricket Column", "Matchday Live"], "us": ["Capitol Report", "Statehouse Brief", "Game Day"], "in": ["The Cricket Column", "India Dispatch", "Dalal Street Daily"], "au": ["The Cricket Column", "Canberra Confidential", "The Footy Fix"], "ca": ["Ottawa Insider", "Hockey Night Notes"], "af": ["Africa Briefing", "The Continent Weekly"], "ea": ["Asia Morning Brief", "The Lion City Letter"], "eu": ["Brussels Playbook", "Europe Express"]}
NL_PITCHES = ["the biggest stories, explained in five minutes.", "a smart, quick read on the day's news.", "our best journalism, hand-picked by editors.", "everything you need to know before your first coffee.", "the stories that matter, with none of the noise.", "essential analysis of the week in politics.", "what's happening in markets and why it matters to you.", "the best things to eat, see and do this weekend.", "a roundup of the day's top stories and must-reads.", "exclusive reporting and insider analysis, every weekday.", "the scores, the stats and the stories behind them.", "practical advice on money, health and home.", "our pick of the week's longer reads.", "the news you need, in your inbox by 7am."]
NL_FREQ = ["daily", "weekly", "twice-weekly", "weekday", "fortnightly", "morning", "evening"]
NL_DAY = ["weekday morning", "Friday", "Sunday", "Monday morning", "Saturday", "weekday afternoon", "Thursday"]
KICKERS = ["EXCLUSIVE", "ANALYSIS", "OPINION", "EXPLAINER", "LIVE", "WATCH", "PREMIUM", "INVESTIGATION", "REVIEW", "Explainer", "Analysis", "Opinion", "Exclusive", "Live", "Comment", "Perspective", "Fact check", "Interview", "Podcast", "Obituary"]
COUNTRIES = {"us": "the US", "uk": "the UK", "ie": "Ireland", "in": "India", "pk": "Pakistan", "bd": "Bangladesh", "np": "Nepal", "au": "Australia", "nz": "New Zealand", "ca": "Canada", "za": "South Africa", "ke": "Kenya", "ng": "Nigeria", "gh": "Ghana", "ug": "Uganda", "rw": "Rwanda", "tz": "Tanzania", "eg": "Egypt", "hk": "Hong Kong", "sg": "Singapore", "jp": "Japan", "kr": "South Korea", "th": "Thailand", "ph": "the Philippines", "id": "Indonesia", "my": "Malaysia", "tw": "Taiwan", "qa": "Qatar", "ae": "the UAE", "sa": "Saudi Arabia", "il": "Israel", "eu": "Europe"}
READER_GROUPS = ["parent", "renter", "nurse", "teacher", "small-business owner", "student", "farmer", "commuter", "carer", "first-home buyer", "gig worker", "pensioner"]
AQI_CATS = [(0, 50, "Good"), (51, 100, "Moderate"), (101, 150, "Unhealthy for sensitive groups"), (151, 200, "Unhealthy"), (201, 300, "Very unhealthy"), (301, 450, "Severe")]


def email_domain(domain):
    d = domain.split("/")[0]
    for pre in ("news.", "english.", "en.", "finance.", "asia.", "www."):
        if d.startswith(pre):
            d = d[len(pre):]
    if d == "abcnews.go.com":
        d = "abc.com"
    if d.endswith(".substack.com"):
        d = "substack.com"
    return d


def www(domain):
    d = domain.split("/")[0]
    if d.count(".") >= 2 and not d.endswith((".co.uk", ".com.au", ".co.za", ".co.nz", ".co.ke", ".com.gh", ".co.ug", ".co.rw", ".co.tz", ".com.pk", ".com.my", ".co.jp", ".co.kr", ".com.gh")):
        return domain
    if domain.endswith(".substack.com") or domain in ("ground.news", "nation.africa", "scroll.in", "thecable.ng"):
        return domain
    return "www." + domain


def parent_of(o):
    if o["name"] in PARENTS:
        return PARENTS[o["name"]]
    n = o["name"]
    if "newsletter" in o["types"]:
        return n + " LLC"
    if "nonprofit" in o["types"]:
        return n + ", Inc."
    h = sum(map(ord, n)) % 4
    return [n + " Media Group", n + " Media Ltd", n + " Publishing Co.", n + " Holdings"][h]


def other_outlet(ctx, idx):
    key = "_other" + idx
    if key not in ctx.cache:
        def pick():
            same = [o for o in OUTLETS if o["region"] == ctx.region and o["name"] != ctx.o["name"] and "pr" not in o["types"] and "aggregator" not in o["types"]]
            if same and rng.random() < 0.6:
                return rng.choice(same)["name"]
            return rng.choice([o for o in OUTLETS if o["name"] != ctx.o["name"] and "pr" not in o["types"]])["name"]
        ctx.cache[key] = OUT_BY_NAME[ctx.distinct("outlet2", pick)]
    return ctx.cache[key]


def company(ctx, idx):
    key = "_co" + idx
    if key not in ctx.cache:
        ctx.cache[key] = ctx.distinct("company", lambda: rng.choice(COMPANIES)).split("|")
    return ctx.cache[key]


def index_row(ctx):
    pool = INDICES.get(ctx.group if ctx.group in INDICES else "other", INDICES["other"])
    if rng.random() < 0.3:
        pool = INDICES["other"]
    name, lo, hi = rng.choice(pool)
    val = rng.uniform(lo, hi)
    pct = rng.uniform(0.02, 2.9)
    up = rng.random() < 0.5
    if hi < 10:
        v = f"{val:.4f}" if hi < 2 else f"{val:.2f}"
        chg = f"{val*pct/100:.4f}"
    else:
        v = f"{val:,.2f}"
        chg = f"{val*pct/100:,.2f}"
    if name in ("Gold", "Bitcoin", "Brent Crude", "WTI"):
        v = "$" + v
    return name, v, chg, f"{pct:.2f}", up


def n_limit(ctx):
    if "n_limit" not in ctx.cache:
        ctx.cache["n_limit"] = str(rng.choice([3, 4, 5, 5, 10, 10, 20]))
    return ctx.cache["n_limit"]


def pronoun(ctx, idx, form):
    p = ctx.person(idx)
    f = p.gender == "f"
    return {"he": "she" if f else "he", "He": "She" if f else "He", "his": "her" if f else "his",
            "His": "Her" if f else "His", "him": "her" if f else "him"}[form]


def handle_for(p, style=None):
    f = re.sub(r"[^A-Za-z]", "", p.first)
    l = re.sub(r"[^A-Za-z]", "", p.last)
    style = style if style is not None else rng.randint(0, 5)
    return ["@" + f + l, "@" + f.lower() + l.lower(), "@" + f[0].lower() + l.lower(), "@" + f + "_" + l,
            "@" + f.lower() + "_" + l.lower()[:6], "@" + l + f[0]][style]


def sec(ctx):
    extra = SECTIONS_REGION.get(ctx.group, [])
    if extra and rng.random() < 0.35:
        return rng.choice(extra)
    return rng.choice(SECTIONS)


def the_headline_city(ctx):
    return rng.choice(CITIES.get(ctx.region, CITIES["us"]))


GEN = {
    # outlet
    "outlet": lambda c, i: c.o["name"] if not i else other_outlet(c, i)["name"],
    "outlet_upper": lambda c, i: c.o["name"].upper(),
    "domain": lambda c, i: www(c.o["domain"]) if not i else www(other_outlet(c, i)["domain"]),
    "bare_domain": lambda c, i: c.o["domain"],
    "url": lambda c, i: "https://{}/{}/{}".format(www(c.o["domain"]), slugify(sec(c)) or "news", slugify(fill_once(rng.choice(HEADLINES["global"] + HEADLINES["business"] + HEADLINES["culture"]), c))),
    "url_nl": lambda c, i: "https://{}/{}".format(www(c.o["domain"]), rng.choice(["newsletters", "newsletter", "email-signup", "newsletters/signup", "subscribe/newsletters"])),
    "url_sub": lambda c, i: "https://{}/{}".format(www(c.o["domain"]), rng.choice(["subscribe", "subscriptions", "offers", "membership", "join", "plans"])),
    "url_tips": lambda c, i: "https://{}/{}".format(www(c.o["domain"]), rng.choice(["tips", "contact/tips", "securedrop", "newstips", "send-us-a-tip"])),
    "url_ai": lambda c, i: "https://{}/{}".format(www(c.o["domain"]), rng.choice(["ai-policy", "about/ai-principles", "standards/artificial-intelligence", "how-we-use-ai"])),
    "handle": lambda c, i: c.o["handle"] if not i else other_outlet(c, i)["handle"],
    "handle_lower": lambda c, i: c.o["handle"].lower(),
    "email": lambda c, i: rng.choice(["newsroom", "tips", "news", "letters", "corrections", "feedback", "editor", "metro", "newsdesk", "readers", "community", "digital", "help", "stories", "investigations", "business", "sport", "yourstory"]) + "@" + email_domain(c.o["domain"]),
    "email_person": lambda c, i: (re.sub(r"[^a-z]", "", c.person(i).first.lower().split(" ")[0]) + rng.choice([".", "", "_"]) + re.sub(r"[^a-z]", "", c.person(i).last.lower())) + "@" + email_domain(c.o["domain"]),
    "phone": lambda c, i: PHONE.get(c.region, PHONE["us"])(),
    "person_handle": lambda c, i: handle_for(c.person(i)),
    "bsky": lambda c, i: "@" + email_domain(c.o["domain"]),
    "bsky_person": lambda c, i: "@" + re.sub(r"[^a-z]", "", c.person(i).first.lower()) + re.sub(r"[^a-z]", "", c.person(i).last.lower()) + ".bsky.social",
    "ig": lambda c, i: handle_for(c.person(i), rng.choice([1, 4]))[1:],
    "parent": lambda c, i: parent_of(c.o),
    "country": lambda c, i: COUNTRIES.get(c.region, "the US"),
    # newsletters
    "nl_name": lambda c, i: c.distinct("nl", lambda: rng.choice(NL_NAMES + NL_REGIONAL.get(c.group, [])) if rng.random() < 0.85 else rng.choice(CITIES.get(c.region, CITIES["us"])) + rng.choice([" Today", " Morning Briefing", " Weekend", " Daily"])),
    "nl_pitch": lambda c, i: rng.choice(NL_PITCHES),
    "nl_freq": lambda c, i: rng.choice(NL_FREQ),
    "nl_day": lambda c, i: rng.choice(NL_DAY),
    "nl_time": lambda c, i: rng.choice(["6am", "7am", "7 a.m.", "8am", "6:30 a.m.", "noon", "5pm", "7am AEST", "6 a.m. ET", "8.30am"]),
    # money
    "price_intro": lambda c, i: rng.choice(c.money()[1]),
    "price_week": lambda c, i: rng.choice(c.money()[2]),
    "price_month": lambda c, i: rng.choice(c.money()[3]),
    "price_year": lambda c, i: c.money()[4][0] if i == "" else c.money()[4][-1],
    "price_day": lambda c, i: rng.choice(c.money()[5]),
    "cur": lambda c, i: c.money()[0],
    "k": lambda c, i: str(rng.choice([5, 10, 15, 20, 25, 50, 75, 100])),
    "pct_off": lambda c, i: str(rng.choice([20, 25, 30, 40, 50, 60, 70, 75, 80])),
    "n_free": lambda c, i: str(rng.choice([1, 2, 2, 3, 4, 5, 7])),
    "n_limit": lambda c, i: n_limit(c),
    "n_read": lambda c, i: str(rng.randint(1, max(1, int(n_limit(c)) - 1))),
    "n_months": lambda c, i: str(rng.choice([2, 3, 3, 6, 12])),
    "n_days": lambda c, i: str(rng.choice([3, 7, 7, 14, 14, 30])),
    "n_gift": lambda c, i: str(rng.choice([5, 10, 10, 15])),
    "n_extra": lambda c, i: str(rng.choice([2, 3, 5, 10])),
    "n_partners": lambda c, i: str(rng.randint(140, 1650)),
    # content pools
    "headline": gen_headline,
    "sponsored_headline": lambda c, i: fill_once(c.distinct("sh", lambda: rng.choice(SPONSORED_HEADLINES)), c, nested=True),
    "video_title": lambda c, i: c.distinct("vt", lambda: rng.choice(VIDEO_TITLES)),
    "video_caption": lambda c, i: rng.choice(VIDEO_CAPTIONS),
    "episode_title": lambda c, i: rng.choice(EPISODE_TITLES),
    "podcast": lambda c, i: c.distinct("pod", lambda: rng.choice(PODCASTS)),
    "ep": lambda c, i: str(rng.randint(3, 412)),
    "section": lambda c, i: c.distinct("section", lambda: sec(c)),
    "section_upper": lambda c, i: c.distinct("section", lambda: sec(c)).upper(),
    "subsection": lambda c, i: c.distinct("subsection", lambda: rng.choice(SUBSECTIONS)),
    "topic": lambda c, i: c.distinct("topic", lambda: rng.choice(TOPICS)),
    "tag": lambda c, i: c.distinct("tag", lambda: rng.choice(TAGS)),
    "hashtag": lambda c, i: c.distinct("hashtag", lambda: re.sub(r"[^A-Za-z0-9]", "", rng.choice(TAGS).title())),
    "kicker": lambda c, i: rng.choice(KICKERS),
    # people
    "name": lambda c, i: c.person(i).full,
    "name_upper": lambda c, i: c.person(i).full.upper(),
    "first": lambda c, i: c.person(i).first,
    "last": lambda c, i: c.person(i).last,
    "he": lambda c, i: pronoun(c, i, "he"),
    "He": lambda c, i: pronoun(c, i, "He"),
    "his": lambda c, i: pronoun(c, i, "his"),
    "His": lambda c, i: pronoun(c, i, "His"),
    "him": lambda c, i: pronoun(c, i, "him"),
    "photog": lambda c, i: c.person("p" + i).full,
    "age": lambda c, i: str(rng.randint(17, 88)),
    "years": lambda c, i: str(rng.randint(4, 32)),
    "year": lambda c, i: str(c.date().year) if not i else str(rng.randint(1998, 2023)),
    "year_next": lambda c, i: str(c.date().year + 1),
    "year_range": lambda c, i: "{}-{}".format(rng.choice([1995, 1998, 2001, 2004, 2008, 2010]), c.date().year),
    # dates
    "date": lambda c, i: fmt_date(c, c.date(i)),
    "date_us": lambda c, i: fmt_date(c, c.date(i), "us"),
    "date_uk": lambda c, i: fmt_date(c, c.date(i), "uk"),
    "date_ap": lambda c, i: fmt_date(c, c.date(i), "ap"),
    "date_in": lambda c, i: fmt_date(c, c.date(i), "in"),
    "date_iso": lambda c, i: fmt_date(c, c.date(i), "iso"),
    "date_num": lambda c, i: fmt_date(c, c.date(i), "num_us" if c.group == "us" else "num_uk"),
    "date_short": lambda c, i: (f"{MONTHS[c.date(i).month-1][:3]} {c.date(i).day}" if c.group in ("us", "ca", "ph") else f"{c.date(i).day} {MONTHS[c.date(i).month-1][:3]}"),
    "date_long": lambda c, i: WEEKDAYS[c.date(i).weekday()] + ", " + fmt_date(c, c.date(i)),
    "weekday": lambda c, i: WEEKDAYS[c.date(i).weekday()] if not i else c.distinct("wd", lambda: rng.choice(WEEKDAYS)),
    "weekday_short": lambda c, i: WEEKDAYS[c.date(i).weekday()][:3],
    "month": lambda c, i: MONTHS[c.date(i).month - 1],
    "month_abbr": lambda c, i: MONTHS[c.date(i).month - 1][:3],
    "day": lambda c, i: str(c.date(i).day),
    "time_us": lambda c, i: rand_time(c, "us"),
    "time_h": lambda c, i: rand_time(c, "24"),
    "sunrise": lambda c, i: f"{rng.randint(5, 7):02d}:{rng.randint(0, 59):02d}",
    "sunset": lambda c, i: f"{rng.randint(17, 20):02d}:{rng.randint(0, 59):02d}",
    "time_dot": lambda c, i: rand_time(c, "dot"),
    "time_ampm": lambda c, i: rand_time(c, "ampm"),
    "time": lambda c, i: rand_time(c, "us" if c.group in ("us", "ca", "in", "ph") else rng.choice(["24", "ampm", "dot"])),
    "tz": lambda c, i: rng.choice(TZ.get(c.region, ["GMT"])),
    "tzuk": lambda c, i: rng.choice(["GMT", "BST"]),
    "ago": lambda c, i: rng.choice([f"{rng.randint(2, 59)} mins ago", f"{rng.randint(1, 23)} hours ago", f"{rng.randint(1, 23)}h ago", f"{rng.randint(2, 59)}m ago", "1 hour ago", f"{rng.randint(2, 6)} days ago", "Yesterday", f"{rng.randint(2, 59)} minutes ago", f"{rng.randint(1, 11)} hrs ago"]),
    # numbers
    "mins": lambda c, i: str(rng.choice([2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 18, 22, 25])),
    "secs": lambda c, i: f"{rng.randint(0, 59):02d}",
    "words": lambda c, i: f"{rng.randint(350, 5200):,}",
    "dur": lambda c, i: rng.choice([f"{rng.randint(0, 9)}:{rng.randint(0, 59):02d}", f"{rng.randint(10, 58)}:{rng.randint(0, 59):02d}", f"1:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", f"0:{rng.randint(15, 59):02d}"]),
    "comments": lambda c, i: rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 2400)), f"{rng.randint(1, 9)}.{rng.randint(0, 9)}K"]),
    "shares": lambda c, i: rng.choice([str(rng.randint(12, 999)), f"{rng.randint(1, 48)}.{rng.randint(0, 9)}K", f"{rng.randint(1, 9)}K"]),
    "n": lambda c, i: str(rng.randint(2, 40)),
    "m": lambda c, i: str(rng.randint(2, 950)),
    "pct": lambda c, i: str(rng.randint(3, 97)),
    "i": lambda c, i: str(rng.randint(1, 9)),
    "rank": lambda c, i: str(rng.randint(1, 10)),
    "page": lambda c, i: rng.choice([str(rng.randint(1, 32)), "A" + str(rng.randint(1, 24)), "B" + str(rng.randint(1, 12))]),
    "sec_letter": lambda c, i: rng.choice("ABCDEF"),
    "votes": lambda c, i: f"{rng.randint(80, 48000):,}",
    "ein": lambda c, i: f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}",
    "abn": lambda c, i: f"{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
    "company_no": lambda c, i: f"{rng.randint(100000, 9999999):08d}",
    # places and people descriptors
    "city": lambda c, i: c.distinct("city", lambda: rng.choice(HOME[c.o["name"]]) if c.o["name"] in HOME and not i and rng.random() < 0.75 else rng.choice(CITIES.get(c.region, CITIES["us"]))),
    "state": lambda c, i: rng.choice(STATES.get(c.region, STATES["us"] if c.group == "us" else [COUNTRIES.get(c.region, "the region")])),
    "region_name": lambda c, i: rng.choice(REGION_NAME.get(c.region, ["the region"])),
    "university": lambda c, i: rng.choice(UNIVERSITIES.get(c.group, UNIVERSITIES.get({"uk": "uk"}.get(c.region, "us"), UNIVERSITIES["us"]))),
    "beat": lambda c, i: c.distinct("beat", lambda: rng.choice(BEATS)),
    "role": lambda c, i: rng.choice(ROLES),
    "role_title": lambda c, i: title_case(rng.choice(ROLES)),
    "award": lambda c, i: rng.choice(AWARDS),
    "book": lambda c, i: rng.choice(BOOKS),
    "publisher": lambda c, i: rng.choice(PUBLISHERS),
    "thinktank": lambda c, i: rng.choice(THINKTANKS),
    "field": lambda c, i: rng.choice(FIELDS),
    "fund": lambda c, i: rng.choice(FUNDS),
    "series": lambda c, i: rng.choice(SERIES),
    "vendor": lambda c, i: rng.choice(VENDORS),
    "source": lambda c, i: rng.choice(DATA_SOURCES),
    "lang": lambda c, i: c.distinct("lang", lambda: rng.choice(LANGS)),
    "tts": lambda c, i: rng.choice(TTS),
    "retailer": lambda c, i: rng.choice(RETAILERS.get(c.group if c.group in RETAILERS else ("uk" if c.region == "ie" else "us"), RETAILERS["us"])),
    "brand": lambda c, i: c.distinct("brand", lambda: rng.choice(BRANDS)),
    "company": lambda c, i: company(c, i)[0],
    "company_domain": lambda c, i: company(c, i)[1],
    "ticker": lambda c, i: company(c, i)[2],
    "exchange": lambda c, i: company(c, i)[3],
    "company_real": lambda c, i: c.cache.setdefault("_rt" + i, rng.choice(REAL_TICKERS))[0],
    "ticker_real": lambda c, i: c.cache.setdefault("_rt" + i, rng.choice(REAL_TICKERS))[1],
    "pr_channels": lambda c, i: rng.choice(PR_CHANNELS),
    "distributor": lambda c, i: rng.choice(DISTRIBUTORS),
    "event": lambda c, i: fill_once(rng.choice(EVENTS), c, nested=True),
    "event_talk": lambda c, i: rng.choice(EVENT_TALKS),
    "venue": lambda c, i: rng.choice(VENUES.get(c.group, VENUES["other"])),
    "job_title": lambda c, i: rng.choice(JOB_TITLES),
    "poll_q": lambda c, i: rng.choice(POLL_QS),
    "quiz_topic": lambda c, i: rng.choice(QUIZ_TOPICS),
    "game": lambda c, i: rng.choice(GAMES),
    "prize": lambda c, i: rng.choice(PRIZES),
    "credential": lambda c, i: rng.choice(CREDENTIALS),
    "group": lambda c, i: rng.choice(READER_GROUPS),
    "agency": lambda c, i: rng.choice(PHOTO_AGENCIES),
    "agency_short": lambda c, i: rng.choice(PHOTO_AGENCIES_SHORT),
    "team": lambda c, i: c.distinct("team", lambda: rng.choice(TEAMS.get(c.group if c.group in TEAMS else "uk", TEAMS["uk"]))),
    "score": lambda c, i: c.distinct("score", lambda: str(rng.choice([0, 0, 1, 1, 1, 2, 2, 3, 4, 5]))),
    "runs": lambda c, i: str(rng.randint(178, 392)),
    "small_pct": lambda c, i: f"{rng.uniform(0.05, 6.4):.2f}",
    # weather
    "temp": lambda c, i: str(rng.randint(-8, 42) if c.group != "us" else rng.randint(18, 104)),
    "hi": lambda c, i: c.cache.setdefault("_hi", str(rng.randint(4, 43) if c.group != "us" else rng.randint(35, 106))),
    "lo": lambda c, i: str(int(c.cache.setdefault("_hi", str(rng.randint(4, 43) if c.group != "us" else rng.randint(35, 106)))) - rng.randint(4, 14)),
    "feels": lambda c, i: str(int(c.cache.get("temp", rng.randint(5, 30))) + rng.randint(-4, 4)),
    "cond": lambda c, i: rng.choice(WEATHER_CONDS),
    "cond_lower": lambda c, i: rng.choice(WEATHER_CONDS).lower(),
    "hum": lambda c, i: str(rng.randint(18, 98)),
    "wind": lambda c, i: str(rng.randint(3, 65)),
    "uv": lambda c, i: str(rng.randint(1, 12)),
    "aqi": lambda c, i: c.cache.setdefault("_aqi", str(rng.randint(60, 440) if c.group in ("in", "sas", "ea") else rng.randint(8, 160))),
    "aqi_cat": lambda c, i: next(cat for lo_, hi_, cat in AQI_CATS if lo_ <= int(GEN["aqi"](c, "")) <= hi_),
    "alert": lambda c, i: rng.choice(WEATHER_ALERTS),
    "provider": lambda c, i: rng.choice(MARKET_PROVIDERS),
}


def fill_once(template, ctx, nested=False):
    def rep(m):
        full = m.group(0)[1:-1]
        base, idx = m.group(1), m.group(2)
        if full in ctx.cache and not base.startswith("_"):
            return ctx.cache[full]
        if base not in GEN:
            raise KeyError("unknown slot {%s} in %r" % (full, template))
        val = GEN[base](ctx, idx)
        ctx.cache[full] = val
        return val
    return SLOT_RE.sub(rep, template)


def fill(template, ctx):
    s = template
    for _ in range(4):
        if "{" not in s:
            break
        s = fill_once(s, ctx)
    return s

# ---------------------------------------------------------------------------
# Caption scenes (full-sentence picture descriptions) and credit styles
# ---------------------------------------------------------------------------
SCENES = L("""
Firefighters battle a brush fire near Malibu, California, on {weekday}.
Commuters wait for a delayed train at London Bridge station on {weekday} morning.
Supporters of the ruling party cheer during a rally in Lagos.
A man walks past a mural in the Shoreditch area of east London.
Farmers harvest paddy in a field on the outskirts of Amritsar.
Rescue workers search through rubble after a building collapsed in Nairobi on {weekday}.
Shoppers browse produce at a farmers market in Des Moines, Iowa.
The Sydney Harbour Bridge is lit up during the Vivid Sydney light festival.
Students take part in a climate protest outside Parliament House in Canberra.
Floodwaters surround homes in Lismore, New South Wales, on {weekday}.
Traders work on the floor of the New York Stock Exchange.
A worker inspects solar panels at a plant in Rajasthan.
Passengers queue at a check-in counter at Changi Airport in Singapore.
Riot police stand guard as demonstrators gather in Nairobi's central business district.
The Federal Reserve building in Washington, D.C.
A customer pays for groceries at a supermarket in Toronto.
Children play in a fountain to cool off during a heatwave in New Delhi.
{name}, left, and {name2} at their bakery in Halifax, Nova Scotia.
{name} celebrates after scoring {his} side's second goal.
Voters line up at a polling station in Soweto, Johannesburg.
Fishermen unload their catch at the port of Tema, Ghana.
A general view of the Supreme Court in New Delhi.
Smoke rises over Kharkiv after an overnight drone strike.
Cherry blossoms in full bloom along the Meguro River in Tokyo.
Delegates arrive for the opening session of the climate summit.
An aerial view shows flooded farmland in Sindh province, Pakistan.
Lava flows from a fissure near Grindavik, Iceland.
Cars queue at a petrol station in Harare amid a fuel shortage.
A nurse prepares a vaccine dose at a clinic in Kampala.
Tourists take photos in front of the Eiffel Tower in Paris.
Members of the public lay flowers at a memorial in Christchurch.
Demonstrators hold placards outside the Houses of Parliament.
A screen displays the Nikkei share average outside a brokerage in Tokyo.
Shipping containers are stacked at the Port of Los Angeles.
A plane takes off from Mumbai's Chhatrapati Shivaji Maharaj International Airport.
Volunteers hand out food parcels at a community kitchen in Cape Town.
Snow blankets the streets of Montreal after an overnight storm.
The sun sets behind the Dubai skyline.
A protester waves a flag during a march in Dhaka.
Residents wade through a flooded street in Jakarta after heavy rain.
Fans celebrate in the streets of Buenos Aires.
A health worker checks a patient's temperature at a hospital in Karachi.
Construction continues on a new apartment complex in Auckland.
The exterior of Westminster Magistrates' Court in London.
Students walk across the campus of the University of Cape Town.
Heavy traffic on the Outer Ring Road in Bengaluru during the evening rush.
Police officers cordon off the scene of a shooting in Philadelphia on {weekday} night.
A new smartphone is displayed at a store in Shanghai.
A woman uses a mobile phone at a market in Lagos.
The Bank of England in the City of London.
Workers assemble electric scooters at a factory near Chennai.
Pedestrians cross a street in the Shibuya district of Tokyo.
Cattle graze on a drought-affected property near Wagga Wagga.
An undated handout photo provided by police shows the missing hiker.
The damaged bridge in Baltimore, Maryland, seen from the water.
Wildfire smoke blankets the Manhattan skyline, turning the sky orange.
Members of parliament during a session in Nairobi.
A man rides a bicycle past a shuttered shop in Colombo.
Villagers walk past the site of a landslide in Wayanad, Kerala.
The Hollywood sign seen from Griffith Park in Los Angeles.
Commuters ride the MRT in Singapore during the morning peak.
A poster for the film outside a cinema in Hyderabad.
A chef plates a dish at a restaurant in Melbourne's CBD.
{name} photographed at {his} home in {city}.
{name}, {age}, at {his} shop in {city}. {He} has run the business for {years} years.
{name} says the changes have made it harder to find work.
{name} with {his} daughter outside their home in {city}.
An illustration shows the logo of an AI chatbot on a smartphone screen.
A composite image of the two candidates.
The logo of the company is seen at its headquarters.
Workers clear debris from a road after the storm.
Emergency services at the scene on {weekday} afternoon.
A boy carries water containers through a camp for displaced people.
The house where the family lived for more than 30 years.
Kangaroos graze near a golf course in Canberra.
An artist's impression of the proposed development.
The new stadium under construction, pictured in {month}.
A file photo of the coal-fired power station.
Protesters march through central Kampala.
Polar bears on the sea ice near Churchill, Manitoba.
The Parliament building in Ottawa.
Officers patrol the platform at Central station.
The Taj Mahal shrouded in smog on {weekday}.
People queue outside a bank branch in Dhaka.
A vendor sells vegetables at a roadside stall in Accra.
A woman walks her dog along Bondi Beach at sunrise.
Police tape surrounds the property on {weekday}.
The former minister arrives at court in Dublin.
Crowds gather on the Mall ahead of the ceremony.
""")

TECH_SCENES = L("""
A visitor tries out a virtual reality headset at a trade show in Las Vegas.
Server racks inside a data centre in northern Virginia.
The new laptop, photographed in our review lab.
A close-up of the phone's triple-camera array.
The company's chief executive speaks on stage at its annual developer conference.
The back of the phone in its green finish.
The new earbuds and their charging case.
A robot arm sorts parcels at a fulfilment centre.
Attendees walk past a booth at the Mobile World Congress in Barcelona.
The updated home screen running on a tablet.
""")
SCENE_KW = [("California", "us"), ("Los Angeles", "us"), ("Des Moines", "us"), ("Washington, D.C.", "us"), ("New York", "us"),
            ("Philadelphia", "us"), ("Baltimore", "us"), ("Manhattan", "us"), ("Hollywood", "us"), ("London", "uk"),
            ("Westminster", "uk"), ("Houses of Parliament", "uk"), ("Bank of England", "uk"), ("Lagos", "ng"), ("Tema", "gh"),
            ("Accra", "gh"), ("Nairobi", "ke"), ("Kampala", "ug"), ("Soweto", "za"), ("Cape Town", "za"), ("Harare", "za"),
            ("Amritsar", "in"), ("New Delhi", "in"), ("Rajasthan", "in"), ("Mumbai", "in"), ("Bengaluru", "in"),
            ("Chennai", "in"), ("Hyderabad", "in"), ("Kerala", "in"), ("Taj Mahal", "in"), ("Sydney", "au"), ("Canberra", "au"),
            ("Lismore", "au"), ("Wagga", "au"), ("Melbourne", "au"), ("Bondi", "au"), ("Christchurch", "nz"), ("Auckland", "nz"),
            ("Singapore", "sg"), ("Changi", "sg"), ("Tokyo", "jp"), ("Toronto", "ca"), ("Halifax", "ca"), ("Montreal", "ca"),
            ("Manitoba", "ca"), ("Ottawa", "ca"), ("Karachi", "pk"), ("Sindh", "pk"), ("Dhaka", "bd"), ("Jakarta", "id"),
            ("Shanghai", "hk"), ("Dubai", "ae"), ("Kharkiv", "eu"), ("Paris", "eu"), ("Grindavik", "eu"), ("Dublin", "ie"),
            ("Colombo", "np"), ("Buenos Aires", "eu"), ("Central station", "au")]


def scene_group(s):
    for kw, reg in SCENE_KW:
        if kw in s:
            return REGION_GROUP.get(reg, reg)
    return None


# caption style templates: (selector, template)  ({scene} is filled first)
CAPTION_STYLES = L("""
[[t:paper|tv|digital;r:us]] {scene} (Photo by {photog}/Getty Images)
[[o:Associated Press|The Seattle Times|Star Tribune|Tampa Bay Times|The Denver Post|Miami Herald|Yahoo News|ABC News|Winnipeg Free Press|The Post and Courier]] {scene} (AP Photo/{photog})
[[o:Associated Press|Chicago Tribune|The Santa Fe New Mexican|Yahoo News|MSN|Des Moines Register]] FILE - {scene} (AP Photo/{photog}, File)
[[o:Reuters|The Straits Times|MSN|Yahoo Finance|Malay Mail|The Japan Times|The Express Tribune]] {scene} REUTERS/{photog}
[[o:Reuters|Yahoo News|Financial Post|BusinessDay|Mint]] FILE PHOTO: {scene} REUTERS/{photog}/File Photo
[[o:The Guardian|Guardian Australia]] {scene} Photograph: {photog}/{agency}
[[o:The Guardian|Guardian Australia]] {scene} Photograph: {photog}/The Guardian
[[o:The Hindu]] {scene} | Photo Credit: {photog}
[[o:The Hindu|Deccan Herald]] {scene} | Photo Credit: PTI
[[o:Hindustan Times|The Times of India|NDTV|News18|Deccan Herald|ThePrint]] {scene} (PTI Photo)
[[o:The Indian Express]] {scene} (Express Photo by {photog})
[[o:Hindustan Times]] {scene} (HT Photo/{photog})
[[o:The New York Times]] {scene} Credit...{photog} for The New York Times
[[o:The New York Times]] {scene}Credit...{photog}/{agency}
[[o:Al Jazeera]] {scene} [{photog}/{agency}]
[[o:Daily Mirror|Manchester Evening News|WalesOnline|Bristol Post|Belfast Telegraph]] {scene} (Image: {agency})
[[o:Daily Mirror|Manchester Evening News|WalesOnline|Bristol Post]] {scene} (Image: {photog})
[[o:Yorkshire Post|The Scotsman|Hexham Courant|The Herald|The Australian|news.com.au|The West Australian]] {scene} Picture: {photog}
[[o:The Sydney Morning Herald|The Age|Brisbane Times|The Canberra Times|Australian Financial Review]] {scene} Credit: {photog}
[[o:ABC News (Australia)|The Sydney Morning Herald|news.com.au|Crikey]] {scene} (Supplied)
[[o:ABC News (Australia)]] {scene} (ABC News: {photog})
[[o:Stuff]] {scene} Photo: {photog}/Stuff
[[o:NZ Herald]] {scene} Photo / {photog}
[[o:RNZ]] {scene} Photo: RNZ / {photog}
[[o:The Canadian Press|CBC News|CTV News|Global News|Toronto Star|National Post|Vancouver Sun]] {scene} THE CANADIAN PRESS/{photog}
[[o:CBC News]] {scene} ({photog}/CBC)
[[o:The Globe and Mail]] {scene} {photog}/The Globe and Mail
[[o:South China Morning Post]] {scene} Photo: {photog}
[[o:South China Morning Post]] {scene} Photo: SCMP Pictures
[[o:The Straits Times]] {scene} ST PHOTO: {photog}
[[o:CNA]] {scene} (Photo: CNA/{photog})
[[o:Nation Africa|Daily Monitor|The Citizen|The East African]] {scene} PHOTO | FILE | NMG
[[o:Nation Africa|The Standard]] {scene} Photo credit: {photog} | Nation Media Group
[[o:News24|TimesLIVE|IOL|Daily Maverick|Mail & Guardian]] {scene} (Photo: Gallo Images/{photog})
[[o:Daily Maverick]] {scene} (Photo: {photog})
[[o:Premium Times|Punch|Vanguard|TheCable]] {scene} [PHOTO: {photog}]
[[o:Xinhua|The Jakarta Post|Bangkok Post|Khaleej Times]] {scene} (Xinhua/{photog})
[[o:Euronews|DW|France 24|The Kyiv Independent|Politico Europe]] {scene} (EPA-EFE/{photog})
[[o:AFP|France 24|Yahoo News|Gulf News|Arab News|The National]] {scene} (Photo by {photog} / AFP)
[[o:Bloomberg|Business Insider|Fortune|Nikkei Asia]] {scene} Photographer: {photog}/Bloomberg
[[o:BBC News]] Image caption, {scene}
[[o:The Irish Times|Irish Independent|TheJournal.ie|Irish Examiner]] {scene} Photograph: {photog}
[[o:TheJournal.ie|RTÉ News]] {scene} Image: RollingNews.ie
[[o:Rappler|Philippine Daily Inquirer]] {scene} (Photo by {photog}/Rappler)
[[o:Dawn|The Express Tribune|The Daily Star|The Kathmandu Post]] {scene} — Photo: {photog}
[[o:The Daily Star]] {scene} Photo: Star
[[o:Korea JoongAng Daily|The Korea Herald|Yonhap]] {scene} [YONHAP]
[[o:The Japan Times|Kyodo News]] {scene} | KYODO
[[t:local]] {scene} (Courtesy of {name3})
[[t:local|nonprofit]] {scene} Photo by {photog} for {outlet}
[[t:tech|blog]] {scene} Image: {outlet}
[[t:newsletter|blog|nonprofit]] {scene} Photo by {photog} on Unsplash
[[t:nonprofit]] {scene} ({photog}/{outlet})
[[t:mag]] {scene} Photograph by {photog}
[[t:paper|digital]] {scene} — {photog}/{agency}
[[t:paper|tv]] Caption: {scene}
[[t:paper|digital|tv]] {scene} | Photo: {agency_short}
""")

# ---------------------------------------------------------------------------
# Kinds.  Each: target count, default outlet selector, templates.
# A template line may start with [[selector]] to tie it to outlets:
#   o:Name|Name   t:type|type   r:region|region   (';' = AND)
# ---------------------------------------------------------------------------
KINDS = collections.OrderedDict()


def K(kind, target, block, sel=None):
    KINDS[kind] = {"target": target, "templates": L(block), "sel": sel}


K("ad_marker", 62, """
Advertisement
ADVERTISEMENT
Advertisement · Scroll to continue
Advertisement - Scroll to Continue
Story continues below advertisement
Story continues below
Article continues below advertisement
Article continues below this ad
Continue reading below
CONTINUE READING BELOW
Scroll to continue reading
Content continues below
The story continues below the ad.
Ad
AD
- Advertisement -
— ADVERTISEMENT —
Advertisement Advertisement
ADVERTISEMENT SKIP ADVERTISEMENT
SKIP ADVERTISEMENT
Ad Feedback
Report this ad
Remove ads
Advertise with us
Advertising
ADVERTISING
Advert
Advert: Article continues below
Article continues after this advertisement
Story continues after advertisement
(Story continues below)
Scroll down to continue reading
Ad • Continue reading below
Why am I seeing this ad?
Ad closed by Google
Stop seeing this ad
Advertisement (Scroll down to continue reading)
↓ Article continues below ↓
Story continues below ↓
Our site is supported by ads. Please consider turning off your ad blocker.
We noticed you're using an ad blocker. Ads help fund our journalism — please whitelist {domain} or subscribe to go ad-free.
Hey there! It looks like you're using an ad blocker. {outlet} relies on advertising to keep our local reporting free. Please add us to your allow list.
Enjoy an ad-free experience with {outlet} Premium.
Tired of ads? Subscribe to {outlet} and read without interruptions.
Ads help keep {outlet} free for everyone.
Advertisement: {brand}
ADVERTISEMENT: This space is available. Contact ads@{bare_domain}
Ad choices
AdChoices
Paid advertisement
Continue reading the main story
Advertisement · Article continues below
Advertisement — Scroll to continue
""")

K("sponsored_label", 42, """
Sponsored Content
Sponsored
SPONSORED
Paid Content
Paid Post
Promoted Stories
Promoted Content
Recommended by Outbrain
by Taboola
Sponsored Links by Taboola
From Our Partners
Partner Content
Around the Web
You May Like
Content from our partners
Presented by {brand}
Sponsored by {brand}
In partnership with {brand}
Brought to you by {brand}
Promoted by {brand}
Advertiser content from {brand}
This content was paid for by {brand} and produced by {outlet}'s branded content team. The newsroom was not involved in its creation.
This article is sponsored by {brand}. The views expressed do not necessarily reflect those of {outlet}.
Paid for by {brand}
{brand} | Sponsored
{sponsored_headline}
Sponsored: {sponsored_headline}
{sponsored_headline} {brand} | Sponsored
{sponsored_headline} Sponsored | {brand}
{sponsored_headline} (Promoted)
Ad {sponsored_headline}
{brand} · Sponsored · Learn more
Partner content: this article was produced in partnership with {brand}.
SPONSORED FEATURE
Supported by {brand}
Branded content
Native advertising
Commercial content
""")

K("newsletter_signup", 95, """
Sign up for {outlet}'s {nl_name} newsletter to get the day's top stories delivered to your inbox every {nl_day}.
Get the {nl_name} newsletter: {nl_pitch}
Sign up for the {nl_name} newsletter
Want more stories like this? Sign up for {nl_name}, our free {nl_freq} newsletter.
Stay informed. Get {outlet}'s breaking news alerts and daily headlines straight to your inbox.
Don't miss a thing. Subscribe to our free newsletters.
Sign up to {nl_name}: {nl_pitch}
Sign up to {nl_name}, our free newsletter – every {nl_day} at {nl_time}
after newsletter promotion
skip past newsletter promotion
{nl_name} | The essential morning briefing from {outlet}. Free, every weekday.
The {nl_name} newsletter: {nl_pitch} Sign up here.
📬 Get {nl_name} in your inbox — it's free.
Like this story? Get more like it every {nl_day} in {nl_name}.
Subscribe to {nl_name} for {nl_pitch}
Enter your email to get {nl_name}, a daily digest of what matters in {city}.
Get local news you can trust, delivered free to your inbox. Sign up for {nl_name}.
Never miss a story: sign up for our {nl_freq} {section} newsletter.
Sign up for our {section} newsletter and get the latest straight to your inbox.
Get smart on {topic} in five minutes. Sign up for {nl_name}.
Newsletter
NEWSLETTER
Free newsletter
Our newsletters
Sign up for free newsletters and get more from {outlet} delivered to your inbox
Get this delivered to your inbox, and more info about our products and services.
[[t:newsletter]] Thanks for reading {outlet}! Subscribe for free to receive new posts and support my work.
[[t:newsletter]] {outlet} is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.
Thanks for reading! Subscribe for free to receive new posts and support my work.
Sign up for the Breaking News newsletter and receive up to the minute alerts.
Get the latest headlines from {outlet} on {topic}, delivered to your inbox.
Your guide to what's happening in {city} this weekend. Sign up for {nl_name}.
NEWSLETTER SIGN-UP: Get the {section} briefing from {outlet} every {nl_day}.
📩 Sign up for {nl_name}
Sign up for {nl_name} ➔
Start your day with {outlet}'s {nl_name}: {nl_pitch}
Don't miss out on the headlines from {section}. Followed categories will be added to My News.
Get the day's biggest stories sent to your inbox every {nl_day} with the {outlet} newsletter.
Like what you're reading? Sign up for our free newsletter: {url_nl}
Morning Headlines: Get the news that matters delivered to your inbox by {nl_time}.
Sign up for the {outlet} {section} newsletter for the latest {section} news and analysis, delivered every {nl_day}.
This article first appeared in {nl_name}, {outlet}'s {nl_freq} newsletter. Sign up here to get it in your inbox.
You're reading {nl_name}, {outlet}'s newsletter about {beat}. Not subscribed? Sign up here.
Welcome to {nl_name}! Was this newsletter forwarded to you? Sign up here to get it every {nl_day}.
[[t:newsletter|digital]] Get {outlet} in your inbox. It's free, and it takes ten seconds: {url_nl}
Join {readers} readers who start their day with {nl_name}.
More than {readers} people read {nl_name} every {nl_day}. Join them.
Get our free {section} newsletter — a short, sharp read every {nl_day}.
The best of {outlet}, in your inbox. Choose from more than {n} newsletters.
Sign up for {outlet} Morning Report to receive the day's top news stories, straight to your inbox every morning.
Subscribe to our newsletter
SUBSCRIBE TO OUR NEWSLETTER
Stay in the loop
Get updates
Join our mailing list
""")

K("newsletter_form", 60, """
Email address
Enter your email address
Enter your email
Your email
Email*
Email Address *
First name
Last name (optional)
ZIP code
Postcode (optional)
Sign up
SIGN UP
Sign Up
Subscribe
SUBSCRIBE
Submit
Sign me up
Sign me up!
Join now
Thank you for signing up!
Thanks for signing up.
You're all set!
Thanks! You're subscribed.
Check your inbox to confirm your subscription.
Almost done! Please check your email to confirm.
Please enter a valid email address.
Invalid email address
This field is required.
Oops! Something went wrong.
By signing up, you agree to our Terms of Use and Privacy Policy.
By clicking Sign Up, you confirm that you have read and agree to our Terms of Use and acknowledge our Privacy Notice.
By submitting your email, you agree to receive marketing communications from {outlet} and its partners. You may unsubscribe at any time.
You may unsubscribe at any time.
Unsubscribe anytime.
No spam. Unsubscribe at any time.
We will never share your email address.
This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.
Yes, I'd like to receive special offers and promotions from {outlet}.
I agree to receive emails from {outlet} and its partners.
Select the newsletters you'd like to receive
☐ {nl_name} ☐ {nl_name2} ☐ {nl_name3}
Daily | Weekly
Delivered every weekday
Manage your newsletter preferences
Already subscribed? Manage your newsletters
See all newsletters
Explore more newsletters
Sign up with Google
Continue with email
You've been subscribed to {nl_name}.
Success! Check your inbox for details.
An error has occurred. Please try again.
Get it in your inbox
See latest edition
Preview the newsletter
Your information will be used in accordance with our Privacy Policy.
We respect your privacy.
Country/Region
Please select at least one newsletter.
Privacy Notice: Newsletters may contain information about charities, online ads and content funded by outside parties. For more, see our Privacy Policy.
I would like to receive updates about products, services and events from {outlet}.
Enter email address to sign up
you@example.com
name@example.com
Subscribe for free
Type your email…
Sign up to receive our newsletter. By signing up you agree to our Terms & Privacy Policy.
""")

K("paywall_notice", 75, """
This article is for subscribers only.
This content is reserved for subscribers.
Subscribe to continue reading.
To continue reading this article, you must be a subscriber.
You've reached the end of your free preview. Subscribe to {outlet} to keep reading.
Premium Content
PREMIUM
Subscriber-only story
Exclusive to subscribers
This is premium content. Subscribe now for unlimited access to {outlet} journalism from just {price_week} a week.
Unlock this article. Subscribe to {outlet} for unrestricted access to award-winning journalism, the daily e-edition, puzzles and more. Cancel anytime.
To read this article in full, you need a subscription. Subscribers get unlimited access to {domain}, the {outlet} app and the digital print edition, plus exclusive newsletters and events. Plans start at {price_month} a month.
Keep reading for {price_intro}
Continue reading your article with a {outlet} membership
Get full access to {outlet}
Try unlimited access. Only {price_intro} for 4 weeks. Then {price_month} per month. Complete digital access to quality journalism on any device. Cancel anytime during your trial.
This story is only available to {outlet} Plus members.
Read the full story with {outlet} Premium.
This article is available to premium subscribers. Already one? Log in to read.
You've hit the paywall. We know, we know. But good reporting costs money, and {outlet} readers are the reason we can keep doing it.
Our reporters spend weeks on stories like this one. To keep reading, please subscribe — it costs less than a coffee a week.
Sorry, this content is for subscribers only. Subscribe today to continue reading.
Only subscribers can read this article. Subscribe for {price_intro} for the first {n_months} months.
Subscribe to unlock
Unlock unlimited access
Want to keep reading? Subscribe for unlimited access to {outlet}.
The rest of this article is locked.
Please subscribe to read the full article.
[[t:newsletter]] Paid subscribers can read the rest of this post. Upgrade to paid to continue reading.
[[t:newsletter]] This post is for paid subscribers
[[t:newsletter]] Keep reading with a 7-day free trial
[[t:newsletter]] Subscribe to {outlet} to keep reading this post and get 7 days of free access to the full post archives.
This article is exclusive to {outlet} Premium subscribers. Sign up for Premium to access this story and every other story on {domain}.
Get access to this article and all of {domain} for {price_intro}
Exclusive to subscribers. Subscribe now and save {pct_off}%.
It looks like you're browsing in private mode. To keep reading, please log in or subscribe.
Register for free to read this article. You'll also get access to our newsletters and the ability to comment.
Create a free account to keep reading
You need to be registered to read this article. Registration is free and takes less than a minute.
To read this {outlet} story, sign in or create a free account.
SUBSCRIBER EXCLUSIVE
🔒 Members only
🔒 Premium
🔒 Subscriber content
[[r:in]] This story is exclusive to {outlet} Prime members. Become a member to read stories like this and enjoy an ad-lite experience.
[[r:in]] You are reading a Premium story. Subscribe to read the full article and access the e-paper.
Access to this content is limited to {outlet} subscribers and registered trial users.
This article is restricted to subscribers. Already have a subscription? Log in.
This is a subscriber-only article. It's free to start a trial — and you can cancel anytime.
Continue reading with a {outlet} subscription. Plans start at {price_week}/week.
You've read the first part of this story. The rest is for subscribers.
Read more with a subscription. Support the journalists who report on {city}.
Want to read more? Local journalism takes time and money. Subscribe to {outlet} for {price_intro} for your first {n_months} months.
Unlock this story now. Just {price_intro} for {n_months} months of unlimited digital access.
Subscribers only: This story is part of our in-depth coverage, available exclusively to {outlet} members.
You've reached premium content. Join {outlet} to read on.
This article is for paid members. Become a member to continue reading and support independent journalism.
Get unlimited access to this article and more.
Continue reading this article with a {outlet} subscription.
[[r:au|nz]] This story is for subscribers. Subscribe to continue reading. Already a subscriber? Log in.
""")

K("metered_notice", 48, """
You have {n_free} free articles remaining this month.
You have 1 free article left this month.
This is your last free article.
You've read {n_read} of {n_limit} free articles this month.
{n_read} of {n_limit} free stories read
You have reached your limit of free articles.
You've reached your monthly article limit.
Free articles remaining: {n_free}
You've used {n_read} of your {n_limit} free articles for this month.
Enjoy {n_limit} free articles a month. You've read {n_read}.
You have {n_free} free stories left. Subscribe for unlimited access.
Thanks for reading. You have {n_free} free articles left this week.
Your free article limit resets on {date}.
Your free articles reset in {n_days} days.
You've read all your free articles for this month. Subscribe to keep reading {outlet} — plans from {price_week} a week.
This is one of your {n_limit} free articles this month.
{n_free} free articles left
{n_free} FREE ARTICLES LEFT THIS MONTH
You're out of free articles for this month
You have read {n_read} of your free articles this month. Sign in or create an account to read more.
Articles remaining: {n_free}/{n_limit}
Sign in to get {n_limit} more free articles each month.
You've reached your free article limit. Register for a free account to get {n_extra} more.
Only {n_free} free articles left! Don't miss out — subscribe today.
You've read {n_read} free articles. Create a free account to keep reading.
Free article limit reached
Free stories remaining this month: {n_free}
Welcome back. You have {n_free} free articles left this month.
You're reading your free article for the day.
You have unlocked {n_read} of {n_limit} articles this month. Subscribe for unlimited reading.
Metered access: {n_free} stories remaining
You have 0 free articles remaining.
This article is one of {n_limit} you can read for free each month. Support our work by subscribing.
""")

K("subscription_upsell", 72, """
Subscribe now
SUBSCRIBE NOW
Subscribe for {price_intro}
Limited time offer: {pct_off}% off your first year
Get {n_months} months for {price_intro}
Subscribe to {outlet} for just {price_week} per week.
Special offer: Unlimited digital access for {price_intro} a month for your first {n_months} months. Cancel anytime.
Best value: Annual plan — {price_year}/year
Support local journalism. Subscribe to the {outlet} today.
Become a subscriber and get unlimited access to {domain}, our apps and the e-edition.
Already a print subscriber? Activate your free digital access.
Give the gift of {outlet}. Subscriptions start at {price_month}.
Enjoy {outlet} ad-free. Upgrade your subscription.
SALE: {pct_off}% off all digital subscriptions — ends {date}
Black Friday Sale: {price_intro} for a full year of {outlet}
Get All Access for {price_month}/month — digital, print and puzzles
Digital Basic | Digital Premium | Print + Digital
Compare plans
See subscription options
View all offers
Cancel anytime.
No commitment. Cancel anytime.
*Offer available to new subscribers only. Billed as {price_year} for the first year, then {price_year2} annually thereafter. Taxes may apply. Cancel anytime.
Standard Digital: {price_month} per month
Try {n_days} days free, then {price_month}/month.
Unlimited access for {price_intro}
Support independent journalism from {price_week}/week
Journalism you can trust. Subscribe to {outlet}.
Why subscribe? Unlimited articles, exclusive newsletters, the daily crossword and more.
Subscribers get: ✓ Unlimited access ✓ Ad-lite experience ✓ Daily e-paper ✓ Exclusive newsletters
✔ Unlimited articles on any device ✔ Subscriber-only events ✔ Cancel anytime
Student? Get {outlet} for {price_intro} a month.
Upgrade to Premium
Go Premium
Start free trial
Start your free trial
[[t:newsletter]] Become a paid subscriber
[[t:newsletter]] Upgrade to paid
[[t:newsletter]] Get {pct_off}% off for 1 year
[[t:newsletter]] Pledge your support
[[t:newsletter]] Paid subscribers get the full archive, the Sunday deep-dive and the comment section. Join them for {price_month} a month.
Subscribe to {outlet} Plus and get access to exclusive features, the digital replica and more.
Home delivery: get the weekend paper on your doorstep from {price_week} a week.
{outlet} Digital Access — {price_intro} for the first 3 months
Read without limits. Subscribe to {outlet}.
[[r:in]] Only {price_day} a day
Subscribe to the e-paper
Read today's e-paper
ePaper
E-Edition
Digital subscription
Don't miss out on the news that matters to you. Subscribe from just {price_week} a week.
Independent journalism isn't cheap. Subscribe to {outlet} and help us keep reporting.
Get the {outlet} for less than {price_day} a day.
Offer ends soon: {n_months} months for {price_intro}
Summer sale: Save {pct_off}% on a year of {outlet}
Get 1 year for {price_year}. That's {pct_off}% off.
Already a subscriber? Thank you for supporting local journalism.
Subscribers, thank you. Your support makes our reporting possible.
Renew your subscription today and keep your uninterrupted access.
Your subscription payment failed. Update your billing details to keep reading.
Introductory offer for new subscribers only. Renews at {price_month}/month unless cancelled.
Give a gift subscription
Get our Weekend Edition delivered for {price_week}
Choose your plan
Monthly {price_month} · Annual {price_year}
""")

K("login_prompt", 38, """
Already a subscriber? Log in
Already have an account? Sign in
Sign in
Log in
LOG IN
Sign In / Register
Register
Create a free account
Log in or create an account to continue
Sign in to your {outlet} account
Welcome back! Log in to continue reading.
Have a print subscription? Link your account for free digital access.
Sign in with Google
Sign in with Apple
Continue with Facebook
Don't have an account? Sign up
Forgot password?
My Account
Manage subscription
Hi, {first}
Hi {first} 👋
Log out
Subscriber login
Member log in
Log in to save this article
Sign in to listen to this article
Register to save articles to your reading list
Sign in to comment
Already a member? Sign in
Not you? Sign out
Sign in to {outlet}
Log in to {outlet} to read this story and access your saved articles.
Login to continue
Your session has expired. Please log in again.
Sign in with your email to get a one-time link.
We've sent a login link to your inbox.
Create your free {outlet} account
""")

K("gift_article", 30, """
Gift this article
Give this article
Share full article
Gift Article
Send any friend a story: As a subscriber, you have {n_gift} gift articles to give each month. Anyone can read what you share.
You have {n_gift} gift articles left to share this month.
Gift {n_gift} articles to anyone you choose each month when you subscribe.
Share this article free with a friend
Unlock this article for a friend
Gift article: anyone with the link can read this for free.
As a subscriber, you can share up to {n_gift} articles a month.
Copy gift link
Link copied. Anyone with this link can read the article for {n_days} days.
This article was gifted to you by a {outlet} subscriber.
Someone shared this article with you. Subscribe to read more.
You're reading a gifted article. Enjoy!
Enjoy this article, free — courtesy of a subscriber.
🎁 Gift this story
Gift articles remaining: {n_gift}
Subscribers can gift {n_gift} articles each month.
This gift link has expired.
Share this free article with anyone — no subscription needed.
""")

K("related_label", 45, """
Related
RELATED
Related:
Related Articles
RELATED STORIES
Related Content
Related coverage
Related Topics
RELATED TOPICS
See also
SEE ALSO:
Read more
READ MORE
Read more:
Read More:
Also read
ALSO READ
Also Read |
MORE:
More on this story
More on this topic
MORE ON THIS
Further reading
Keep reading
Don't miss
DON'T MISS
Explore more on these topics
More coverage
In other news
What to read next
Read next
READ NEXT
Up next
You might be interested in
Related Links
Related reading
In Depth
Background
Read the full series
Also on {outlet}
More stories
Recommended reading
Related news
Continue reading
Related Quotes
Must Read
Top stories
Related Stories:
More from {outlet}:
[[r:in]] ALSO READ |
Related Reads
""")

K("related_teaser", 85, """
Read more: {headline}
READ MORE: {headline}
RELATED: {headline}
Related: {headline}
ALSO READ: {headline}
Also Read | {headline}
Also read: {headline}
SEE ALSO: {headline}
MORE: {headline}
► {headline}
➤ Read more: {headline}
👉 {headline}
[READ: {headline}]
Read: {headline}
Read more → {headline}
LISTEN: {headline}
RELATED STORY: {headline}
Related | {headline}
Also See: {headline}
Don't miss: {headline}
MUST READ: {headline}
{headline} (opens in new tab)
Catch up: {headline}
Previously: {headline}
Earlier: {headline}
Opinion: {headline}
ANALYSIS: {headline}
Read our full coverage of {topic} here.
For more on {topic}, see our live coverage.
Check out our full coverage of {topic} here.
Click here to read more about {topic}.
Follow our live updates on {topic}.
This story is part of {outlet}'s ongoing coverage of {topic}. Read more here.
Read more of our coverage on {topic}
Related: {headline} | {headline2}
Also read: {headline}; {headline2}
— {headline}
- {headline}
* {headline}
>> {headline}
→ {headline}
TRENDING: {headline}
More: {headline}
Read also: {headline}
Read more on {outlet}: {headline}
Related article: {headline}
[[r:in]] ALSO READ | {headline}
[[r:in]] Also Read: {headline}
[[r:uk|ie]] Read more: {headline}
[[r:af]] READ ALSO: {headline}
[[r:af]] ALSO READ: {headline}
[[t:tv]] WATCH: {headline}
""")

K("teaser_headline", 120, """
{headline}
{headline}
{headline}
{headline}
{headline}
• {headline}
– {headline}
{rank}. {headline}
0{i} {headline}
{headline} {ago}
{section_upper} {headline}
{section} | {headline}
{headline} — {date_short}
{headline} {mins} min read
{headline} Video {dur}
{headline} {comments} comments
{headline} | {outlet}
{headline} Premium
{headline} ▸
{headline} (Subscribers only)
{kicker}: {headline}
EXCLUSIVE {headline}
{headline} By {name}
{headline} {name}
{headline} {date_short}
{headline} 🔒
{section} {headline} {ago}
{headline} {time_us}
Opinion {headline}
{headline} Listen {mins} min
""")

K("most_read", 65, """
Most Read
MOST READ
Most Popular
Most popular
Trending
Trending Now
TRENDING
🔥 Trending
Most viewed
Most Viewed This Week
Popular Now
What others are reading
Most read in {section}
Most shared
Most commented
Editor's Picks
Today's top stories
Top 5
The most-read stories on {outlet} this week
Hot right now
Trending in {city}
Popular on {outlet}
Most read this week
Most Read Stories
Readers' choice
{rank}. {headline}
{rank} {headline}
{rank}
{headline} {rank}
Most read {rank}. {headline}
Trending #{rank}: {headline}
🔥 {headline}
MOST POPULAR · {headline}
Popular: {headline}
Most Read Today
Most Read in {city}
Top Stories Right Now
What's hot
Most watched
Trending topics
""")

K("recommended", 52, """
Recommended
Recommended for you
RECOMMENDED FOR YOU
You may also like
You might also like
You may have missed
Picked for you
More for you
Suggested reading
Editors' picks
Our picks
Personalised for you
Based on your reading
Because you read about {topic}
More you might like
Stories you may like
Recommended Stories
Recommended videos
Readers also viewed
People also read
Readers Also Liked
Continue exploring
Recommended: {headline}
For you: {headline}
You may like: {headline}
Picked for you · {headline}
Editor's pick: {headline}
Don't miss: {headline}
Recommended by {outlet} editors
Handpicked for you
Explore more
Stories chosen for you
You might have missed: {headline}
From our network
More from our partners
Recommended in {section}
Trending in {section}
""")

K("more_from_section", 58, """
More from {section}
MORE FROM {section_upper}
More in {section}
More {section} news
More from {outlet}
More from {outlet} {section}
Latest in {section}
More stories from {name}
More by {name}
More from this author
See all {section} stories
View all {section} →
More coverage of {topic}
All {section} stories
More top stories
{section} news
More on {topic}
Latest from {city}
More local news
More in {section} »
Back to {section}
Go to {section} section
Explore {section}
See more from {outlet}
More stories like this
More from our {section} desk
Other {section} headlines
More from {section}: {headline}; {headline2}; {headline3}
Latest {section}: {headline} · {headline2}
Also in {section}
More {section} →
Latest news
The latest from {outlet}
Latest Stories
More Stories
MORE STORIES
More headlines
Up next in {section}
Keep up with {section}
More from {city}
Latest {city} news
More in this series
Other stories in this series
Read more by {name}
More articles by {name}
More from {name} ›
Latest from {name}
""")

# photo_caption is built from SCENES x CAPTION_STYLES (see build_captions)
K("photo_caption", 150, "", sel=None)

K("photo_credit", 60, """
Photo: {photog}
Photo by {photog}
(Getty Images)
Getty Images
AP Photo/{photog}
Image source, Getty Images
Image source, {agency}
Credit: {photog} for {outlet}
Photograph: {photog}/{agency}
Illustration: {name}
Illustration by {name}/{outlet}; source images: Getty Images
Photo illustration by {outlet}; Getty Images
(Photo: Shutterstock)
Image: iStock
Image credit: {agency}
Photo courtesy of {name}
Supplied
(Supplied)
Photo: Supplied
File photo
FILE PHOTO
Representational image
Representative Image
Image for representation purposes only.
[[o:The Indian Express]] Express Photo
[[o:Hindustan Times]] HT Photo
Photo: PTI
Photo: AFP
Photo: Reuters
REUTERS
(Reuters)
Credit: AAP
[[r:au|nz]] AAP Image/{photog}
Picture: {photog}
Photo / {photog}
📷: {photog}
Photo credit: {photog} / {outlet}
Photos: {photog} and {photog2}
Video: {outlet}
Graphic: {name}
Chart: {outlet}
Source: Bloomberg
Data: {source}; Chart: {name}/{outlet}
Map: {name}/{outlet}
Image: Screenshot/X
Screengrab from video
Screenshot via YouTube
Image: {outlet} composite
Photo: Handout
HANDOUT
Handout via REUTERS
Alamy Stock Photo
Photo: Instagram/@{ig}
(AP Photo)
[[r:ca]] THE CANADIAN PRESS/{photog}
Photo: {photog}/{outlet}
Image: {outlet} / {photog}
Images: Getty; Illustration: {outlet}
Credit: iStock/Getty Images Plus
Photographer: {photog}/Bloomberg
""")

K("gallery_control", 32, """
1 of {n}
{i} / {n}
View gallery
View Gallery ({n} photos)
Open gallery
Expand
Enlarge this image
Click to enlarge
Toggle caption
Hide caption
Show caption
Previous
Next
Next image
‹ Prev | Next ›
Image {i} of {n}
See all {n} photos
In pictures: {topic}
PHOTOS: {topic} in pictures
Swipe for more photos
Gallery
Full screen
Close
Slideshow
Zoom
View all {n} images
Photo gallery: {headline}
+{n} photos
Back to gallery
Image 1 of {n}: {photog}/{agency}
""")

K("video_label", 70, """
Watch
WATCH
Watch: {video_title}
WATCH | {video_title}
VIDEO: {video_title}
Video: {video_title}
Video {dur}
{dur}
Duration {dur}
Now Playing
Up Next
Play Video
Play
Replay
Watch Now
Watch again
Video player loading
Loading video...
This video can not be played
Your browser does not support the video tag.
Media playback is unsupported on your device
[[o:BBC News]] Media caption, {video_caption}
Video caption: {video_caption}
Video source: {outlet}
Watch the full interview above.
Watch on YouTube
Skip Ad
Ad · {dur}
Autoplay: On
Tap to unmute
CC
Mute
Related Videos
More Videos
Latest Videos
Top Videos
Watch more videos from {outlet}
0:00 / {dur}
Click to play video
Video unavailable
Watch live: {video_title}
LIVE: {video_title}
Watch: {name} explains what the ruling means
{video_title} | {outlet}
Video Ad Feedback
{video_title} {dur}
Now playing {video_title}
Click here if the video doesn't load.
Watch {outlet} live
Stream {outlet} 24/7
Up next: {video_title}
▶ {video_title}
▶ Watch: {video_title} ({dur})
Video: {video_title} (Source: {outlet})
{video_title} 01:{secs}
More from {outlet} Video
Video by {name}
Footage courtesy of {name}
The video player is currently playing an ad. You can skip the ad in 5 sec with a mouse or keyboard
{video_caption} (Video: {outlet})
Can't see the video? Click here.
Video: {video_caption}
Watch in full screen
Turn on captions
""")

K("listen_audio", 42, """
Listen to this article
Listen to this article · {mins} min
Listen to article
Listen ({dur})
▶ Listen
🎧 Listen to this story
Listen · {mins}:{secs} min
This audio is auto-generated. Please let us know if you have feedback.
Audio generated by AI. Learn more
Narrated by {name}
Listen to this story. Enjoy more audio and podcasts on iOS or Android.
Your browser does not support the audio element.
Speed 1x
1.5x
Press play to listen to this article
Voiced by artificial intelligence.
Listen to the story
Hear this story
Audio version available to subscribers
Listen now
Read aloud
This article is also available as audio.
Powered by {tts}
Getting your Trinity Audio player ready...
Listen to this article now
{mins} min listen
Play audio
Audio: {mins} minutes
Article audio is generated by {tts}.
Listen: {mins}:{secs}
Listen to this article in Hindi
Listen to this article ({mins} minutes)
🔊 Listen
Text to speech
Pause audio
Listen to this article read by {name}.
""")

K("podcast_promo", 48, """
Listen to {podcast} on Apple Podcasts, Spotify or wherever you get your podcasts.
Subscribe to {podcast}
🎙 {podcast}: {episode_title}
Podcast: {episode_title}
LISTEN | {episode_title}
Listen on Apple Podcasts
Listen on Spotify
Apple Podcasts | Spotify | Amazon Music | RSS
Follow {podcast} wherever you listen.
New episodes every {weekday}.
Episode {ep}: {episode_title}
{podcast} is produced by {name} and {name2}, with help from {name3}. Our theme music is by {name4}.
This episode was produced by {name}. It was edited by {name2}, with original music by {name3}.
Transcript
Show notes
Listen to the full episode
Hosted by {name}
{podcast} — the {outlet} podcast
Have a question for {podcast}? Email us at {email}.
Podcasts
More from our podcasts
Catch up on previous episodes here.
Play episode
Download the episode
Listen to more episodes of {podcast} here.
🎧 New episode: {episode_title}
From the podcast {podcast}: {episode_title}
{podcast} is available on all major podcast platforms.
Subscribe to {outlet}'s daily news podcast, {podcast}, on your favourite app.
Listen to {podcast} with {name}, every weekday morning.
[[t:newsletter]] Listen now (≈{mins} min) | Transcript below
This is an edited transcript of an episode of {podcast}.
Rate and review {podcast} on Apple Podcasts.
Full episode: {episode_title} ({dur})
{podcast}: {episode_title} · {dur}
Podcast transcripts are generated using a combination of speech recognition software and human transcribers, and may contain errors.
""")

K("share_prompt", 55, """
Share
SHARE
Share this article
Share this story
Share on Facebook
Share on X
Share on WhatsApp
Share via Email
Share on LinkedIn
Tweet
Email
Copy link
Copy Link
Link copied!
Link copied to clipboard
Share this:
Share article
Share options
Facebook Twitter Email
Facebook X LinkedIn Email Print
WhatsApp Telegram Email
Share via
Click to share on Facebook (Opens in new window)
Click to email a link to a friend (Opens in new window)
Pin it
Share on Reddit
Send to a friend
Found this useful? Share it with a friend.
If you found this article useful, please share it with someone who might benefit.
{shares} shares
{shares} Shares
Share this post
[[t:newsletter]] Share {outlet}
Email this article
Forward this newsletter to a friend
Know someone who'd like this? Forward it to them.
Was this forwarded to you? Sign up here.
Share on Bluesky
Share on Threads
Open share menu
More sharing options
Share this with
Share on Facebook Share on X Share via email
Share this article on WhatsApp
Share 📤
Copied!
Share this page
Post to X
Share to Flipboard
Send this article to a friend
Share your thoughts on X using #{hashtag}
""")

K("social_follow", 52, """
Follow us on X: {handle}
Follow {outlet} on Facebook, Instagram and X.
Follow {name} on X at {person_handle}.
Like us on Facebook
Follow us on Instagram {handle_lower}
Join our WhatsApp channel for the latest updates.
Join {outlet}'s WhatsApp Channel
📲 Join our Telegram channel for breaking news
Follow {outlet} on Google News
Add {outlet} as a preferred source on Google
Catch the latest news on {outlet} — follow us on Google News.
Stay updated with the latest news on {outlet}. Follow us on Facebook, X, Instagram and YouTube.
Subscribe to our YouTube channel
Follow us on TikTok {handle_lower}
Connect with us: Facebook | X | Instagram | LinkedIn
[[t:paper|tv|digital;!t:newsletter|trade|tech|finance|aggregator|wire]] Follow {outlet} Sport on Facebook, Instagram and X.
Find us on Bluesky: {bsky}
Follow us on Threads
Follow {first} on Bluesky at {bsky_person}.
Get the latest from {outlet} by following us on LinkedIn.
For more news, follow {handle} on X.
Click here to follow our WhatsApp channel
FOLLOW US
Follow
Follow Us On
Stay connected
Follow {name}
Follow {handle} for breaking news
Follow the author: {person_handle}
Follow {outlet} on Flipboard
[[t:paper|tv|digital;!t:newsletter|trade|tech|finance|aggregator|wire]] Keep up with the latest {section} news: follow {outlet} {section} on Instagram.
Have you joined our Facebook group for {city} residents yet? Join here.
Join the conversation on our {city} community Facebook page.
Follow our live coverage on X at {handle}
Like {outlet} on Facebook to see more stories like this in your feed.
Follow {outlet} on Instagram and X for the latest updates.
Be the first to know: follow {handle}
""")

K("embedded_social", 38, """
View this post on Instagram
A post shared by {name} (@{ig})
— {name} ({person_handle}) {date_us}
— {outlet} ({handle}) {date_us}
Loading twitter content...
This content is hosted by a third party.
Allow X content? This article contains content provided by X. We ask for your permission before anything is loaded, as they may be using cookies and other technologies. To view this content choose 'accept and continue'.
Allow Instagram content? This article includes content provided by Instagram. We ask for your permission before anything is loaded.
Skip twitter post
End of twitter post
Skip Instagram post
End of Instagram post
Skip TikTok post
Content not available
View on Threads
Watch on TikTok
Embedded content unavailable
View more on Instagram
Like · Comment · Share
This embed is not available in your region
Click to load the post
This post may have been deleted.
Read more on X
Accept and continue
Post by @{ig}
View this post on X
Show more replies
Facebook post by {outlet}
Content from X is not displayed due to your cookie preferences.
To display this content from YouTube, you must enable advertisement tracking and audience measurement.
This content is provided by a third party. Load content
Instagram post from @{ig}
Tweet embed
""")

K("cookie_consent", 55, """
We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.
Accept all cookies
Accept All
Reject All
Manage preferences
Cookie settings
Cookie Policy
Do Not Sell or Share My Personal Information
Your Privacy Choices
We and our {n_partners} partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device for personalised ads and content, ad and content measurement, and audience insights.
We value your privacy
Your privacy matters to us
This website uses cookies
Necessary cookies only
Allow all
Agree and continue
I Accept
Got it!
Customise
Strictly necessary cookies
Performance cookies
Targeting cookies
Save my choices
Privacy Preference Centre
We use cookies and similar technologies to personalise content and ads, provide social media features and analyse our traffic. You can change your choices at any time by visiting Privacy settings.
California residents: Do not sell my info
By using this site, you agree to our Privacy Policy and our Terms of Use.
{outlet} uses cookies to deliver a better reading experience. Find out more in our cookie policy.
To continue reading, please accept cookies or subscribe for an ad-free experience.
Accept cookies and continue for free, or subscribe to {outlet} for {price_month}/month with no tracking.
Manage consent
Withdraw consent
List of Partners (vendors)
Legitimate interest
Show purposes
Cookies help us deliver our services.
We've updated our Privacy Policy.
Please review our updated Terms of Service.
We care about your privacy. {outlet} and our partners use cookies to measure how you use our site and show you relevant ads.
Tell us if you agree to us using cookies for analytics and advertising.
You can change your mind at any time by clicking "Privacy settings" at the bottom of any page.
Use necessary cookies only
Reject non-essential cookies
Functional cookies
Analytics cookies
Confirm my choices
Continue without accepting
Learn more about cookies
[[r:uk|ie|eu]] We and our partners use cookies and other technologies to store and access personal data on your device. Some are essential; others help us improve the site and show you relevant advertising. You can manage your choices below.
Privacy settings
Your Privacy Rights
""")

K("notification_prompt", 26, """
Turn on notifications
Get breaking news alerts
Allow notifications
Would you like to receive desktop notifications for breaking news?
{bare_domain} wants to show notifications
Allow | Block
No thanks
Maybe later
Yes, please
Not now
Enable alerts
We'd like to send you notifications for the latest news and updates.
You can unsubscribe at any time in your browser settings.
Get alerts
🔔 Get notified when we publish new stories about {topic}
Follow this topic to get alerts
Alerts on
Turn on push notifications to never miss a story.
Click the bell to get breaking news alerts
Get {section} alerts
Notify me
You're now following {tag}.
Stay on top of the news. Allow {outlet} to send you notifications.
""")

K("app_promo", 48, """
Download the {outlet} app
Get the {outlet} app
Download our app for the latest news on the go.
Read this on the {outlet} app
Open in app
OPEN IN APP
Continue in the app
Get the app
Available on the App Store and Google Play
Download on the App Store
GET IT ON Google Play
Scan the QR code to download the {outlet} app.
Get the best experience with the {outlet} app — faster, personalised and with breaking-news alerts.
For the best experience, download the {outlet} app for iOS and Android.
Read in app
Install
Try the app
Enjoy {outlet} on the go: our app is free for subscribers.
Catch all the latest on {topic} with the {outlet} app.
Download the {outlet} app to track live scores.
Install the {outlet} app for instant updates on {topic}.
Read more of {outlet}'s stories in our app. Download now.
Get {outlet} on your phone
📱 Download the {outlet} app
Now on Apple News
Get {outlet} in your Apple News feed
Add {outlet} to your home screen
Get the free {outlet} News app — it's the fastest way to get breaking news.
View in app
Read this story in the {outlet} app for a better experience.
Open this article in the {outlet} app
Download the {outlet} app for iPhone and Android and never miss a story from {city}.
The {outlet} app: all the news, none of the clutter.
Get our app for live updates, push alerts and the digital edition.
Switch to the app
Get the {outlet} app for the full puzzles experience.
New: the {outlet} app for Android. Download it free from Google Play.
""")

K("author_bio", 95, """
{name} is a {role} at {outlet}, covering {beat}. {He} previously worked at {outlet2} and is based in {city}.
{name} is {outlet}'s {beat} correspondent. Before joining {outlet} in {year2}, {he} spent {years} years at {outlet3}. {He} can be reached at {email_person}.
{name} covers {beat} for {outlet}. Reach {him} at {email_person} or on X at {person_handle}.
{name} is a freelance journalist based in {city}. {His} work has appeared in {outlet2}, {outlet3} and {outlet4}.
About the author: {name} is a senior reporter for {outlet} who writes about {beat}.
{name} is a staff writer at {outlet}. {He} joined the newsroom in {year2} after graduating from {university}.
[[r:us]] {name} is a Report for America corps member covering {beat} for {outlet}.
{name} is a professor of {field} at {university}. {His} research focuses on {beat}.
{name} has been a journalist for more than {years} years. {He} writes a weekly column on {beat} for {outlet}.
{name} is the editor of {outlet}.
{name} is a data reporter on {outlet}'s {section} desk. {He} specialises in {beat}.
{name} is an award-winning investigative reporter whose work on {beat} won the {award} in {year2}.
{name} writes about {beat} and lives in {city} with {his} partner and two children.
{name} ({person_handle}) is a contributing editor at {outlet}.
{name} is the author of "{book}" ({publisher}, {year2}).
{name} is a {role} at {outlet} based in {city}. {He} covers {beat} and previously reported from {city2} and {city3} for {outlet2}. Send tips securely on Signal at {phone} or by email at {email_person}.
{name} is a senior fellow at the {thinktank}. The views expressed here are {his} own.
Contact the author at {email_person}.
{name} is a reporter for {outlet} based in {city}.
[[!x:1]] {name} is a {outlet} business reporter. {He} has covered {beat} since {year2}.
{name} is a PhD candidate in {field} at {university}.
{name} teaches {field} at {university} and is the author of {book}.
[[t:paper]] {name} is a member of {outlet}'s editorial board.
{name} is a columnist for {outlet}. {His} latest book is "{book}".
{name} is {outlet}'s {region_name} bureau chief.
ABOUT THE WRITER
About the Author
About the author
Written by
{name} | {role_title}
{name} is a freelance writer.
Sign up to receive email updates from {name}
{name} is a {role} for {outlet}. {He} grew up in {city} and studied {field} at {university}. When {he} isn't chasing stories about {beat}, {he} can be found on the cricket field or in a secondhand bookshop.
{name} joined {outlet} in {year2} and covers {beat}. {He} has won the {award} and was a finalist for the {award2}. {He} lives in {city}.
{name} is a veteran correspondent who has reported from more than {n} countries. {He} is now {outlet}'s {role}, based in {city}.
{name} reports on {beat} for {outlet}. Got a tip? Email {him} at {email_person}.
{name} is an editor at large for {outlet}. Follow {him} on Bluesky at {bsky_person}.
{name} is a contributor to {outlet} and a former {role} at {outlet2}.
{name} is a {role} with {outlet}'s investigative team. {His} reporting has prompted two government inquiries and a change in state law.
{name} is a science writer based in {city}. {He} holds a doctorate in {field} from {university}.
{name} writes the {nl_name} newsletter for {outlet}.
{name} is chief economist at {company}.
{name} is a practising GP in {city} and a regular contributor to {outlet}.
{name} is a lawyer and writer based in {city}.
[[!x:1]] {name} is a former {outlet} intern and a student at {university}.
{name} is a visual journalist at {outlet}, where {he} produces graphics and maps.
{name} is the {role} for {outlet}, where {he} has worked since {year2}. Previously, {he} was at {outlet2}, where {he} covered {beat}.
[[!x:1]] {name} is a {outlet} {role}. You can follow {him} on Instagram @{ig}.
{name} edits {outlet}'s {section} section.
{name} is a multimedia journalist at {outlet}. {He} reports from {region_name}.
[[t:nonprofit]] {name} is a reporter at {outlet}, a nonprofit newsroom. {He} covers {beat} and can be reached at {email_person}.
[[t:newsletter]] {name} writes {outlet}. {He} was previously a {role} at {outlet2} and lives in {city}.
[[r:in]] {name} is a {city}-based journalist who writes on {beat}.
[[r:in]] The writer is a {role} with {outlet}. Views are personal.
[[r:in|sas]] The author is a former civil servant and writes on {beat}.
[[r:uk|ie]] {name} is a {role} at {outlet}. Previously {he} was at {outlet2}. {He} is on X at {person_handle}.
[[r:au|nz]] {name} is a {role} for {outlet}, covering {beat}. Connect via email at {email_person}.
[[r:af;!x:1]] {name} is a {outlet} correspondent based in {city}. {He} writes about {beat}.
[[t:trade]] {name} is a senior editor at {outlet}, where {he} covers {beat}. {He} has reported on the industry for more than {years} years.
[[t:tech]] {name} is a senior reviewer at {outlet}. {He} has been testing phones, laptops and everything in between since {year2}.
[[o:The Conversation]] {name} is an associate professor of {field} at {university}.
""")

K("byline", 55, """
By {name}
BY {name_upper}
By {name} and {name2}
By {name}, {outlet}
{name} | {role_title}
{name}, {role_title}
By {name} | {date}
Written by {name}
Story by {name}
By {name} · {role_title} · {date}
{name} in {city}
{name} {role_title} {city}
By {name} / {outlet}
[[o:Associated Press|Yahoo News|Star Tribune|The Seattle Times]] By {name}, The Associated Press
By {name} Special to {outlet}
By {outlet} Staff
By {outlet} Web Team
{outlet} Staff Reporter
Staff Reporter
[[o:The Indian Express]] Express News Service
[[o:The Times of India]] TNN
By Agencies
Agencies
[[o:Hindustan Times]] HT Correspondent
{outlet} News Desk
By Reuters
By AFP
[[r:in]] Edited By: {name}
Written by: {name} Edited by: {name2}
[[r:in]] Curated By : {name}
Reported by {name}; edited by {name2}
Opinion by {name}
Analysis by {name}
[[o:CNN]] By {name}, CNN
Contributor
Guest Author
Guest post by {name}
By {name} and {name2} | {outlet}
{name} and {name2}
By {name}, Staff Writer
{name} Senior Correspondent
By {name} @{ig}
By {name} in {city} and {name2} in {city2}
{name} • {date_short}
Words by {name}
Words: {name} | Photos: {photog}
By {name} For Dailymail.com
By {name} For MailOnline
[[t:trade]] By {name} • Published {date_ap}
[[t:tech]] {name}, Senior Editor
[[t:tv]] By {name} • Updated {time_us}
""")

K("timestamp", 62, """
Published {time_us}, {date_us}
Updated {time_us} {tz}, {weekday_short} {date_us}
Published: {date_long}
Last updated: {date_uk} {time_h}
[[o:The Guardian|Guardian Australia]] {weekday_short} {day} {month_abbr} {year} {time_dot} {tzuk}
[[o:The Guardian|Guardian Australia]] First published on {weekday_short} {day} {month_abbr} {year} {time_dot} {tzuk}
[[o:The Guardian|Guardian Australia]] Last modified on {weekday_short} {day} {month_abbr} {year} {time_dot} {tzuk}
Posted {date_us} at {time_us}
Posted: {date_us} / {time_us} {tz}
Updated: {date_us} / {time_us} {tz}
{month_abbr} {day}, {year}, {time_us} {tz}
Updated {ago}
{ago}
Published {date_iso}
[[o:The Hindu]] Updated - {month_abbr} {day}, {year} {time_us} IST
[[o:The Hindu]] Published - {month} {day}, {year} {time_us} IST
[[o:The Times of India|Hindustan Times|Mint|The Economic Times]] Last Updated: {date_in}, {time_us} IST
[[o:Hindustan Times|Mint]] Updated on: {date_in} {time_us} IST
[[o:NDTV|News18]] Updated: {date_in} {time_h} IST
Published On {date} {time}
[[r:au]] Updated {date} — {time_ampm} first published at {time_ampm}
[[r:au]] Posted {time_ampm} AEST, {date}
[[r:za]] {date} | {time_h} SAST
[[r:ke|ug|tz]] {date} | {time_h} EAT
[[r:ng]] {date} {time_us} WAT
[[r:sg]] Published {date}, {time_ampm} SGT
[[r:sg]] Updated {date}, {time_ampm} SGT
[[r:hk]] Published: {time_ampm}, {day} {month_abbr} {year}
[[r:ca]] Published {month_abbr} {day}, {year} • Last updated {ago}
[[r:ca]] Updated {date_short} at {time_us} {tz}
[[r:pk|bd]] Published {date} {time_us}
[[o:BBC News]] {day} {month} {year}
[[o:BBC News]] {ago}
[[o:Reuters]] {month} {day}, {year} {time_us} GMT+{i}
[[o:Reuters]] Updated {ago}
Updated on: {date}
Originally published {date}
Updated {ago}; published {date}
Last Updated: {date_long}
{date_num}
{date_short} {year}
Updated: {time_us} {tz} {date_short}
UPDATED: {time_h} {tz}, {day} {month} {year}
PUBLISHED: {time_h} {tz}, {day} {month} {year}
Created: {date_iso} {time_h}
Posted on {date}
Date: {date}
Posted {ago}
Published {date_short}, {year} at {time_us}
Published {date_long}, {time_us}
{weekday}, {date}
{weekday} {date} | {time}
""")

K("reading_time", 38, """
{mins} min read
{mins} MIN READ
{mins}-minute read
Reading time: {mins} minutes
⏱ {mins} min read
Estimated reading time: {mins} minutes
Read time: {mins} mins
{mins} minute read
{mins} mins
{words} words
{mins} min read · {date_short}
{mins}m read
Approx. {mins} minutes to read
Time to read: {mins} min
{date_short} · {mins} min read
Long read
Quick read
{mins} min
Reading Time: {mins} min
{mins} min read • {section}
{section} · {mins} min read
⌚ {mins} min read
Read in {mins} minutes
{words} words · {mins} min read
""")

K("archive_notice", 24, """
This article is more than {n_years} years old
This article is more than 1 year old
This article was published more than {n_years} years ago. Some information may no longer be current.
ARCHIVE
From the archives
From the archive: this story was first published on {date}.
This story is from {month} {year}.
You are viewing an archived article.
Content from our archives. Information may be out of date.
This article is from our archive and may contain outdated information.
This story was originally published in {year2} and is part of our archive.
Archived content: This page is no longer being updated.
From the {outlet} archive, {date}
Note: This article is over {n_years} years old.
This article was last updated more than 12 months ago.
""")

K("copyright_line", 62, """
© {year} {outlet}
Copyright © {year} {outlet}. All rights reserved.
© Copyright {year}, {outlet}. All Rights Reserved.
[[o:Associated Press|Yahoo News|MSN|The Seattle Times|Star Tribune]] Copyright {year} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
[[o:Reuters]] © {year} Reuters. All rights reserved.
[[o:AFP|France 24|Yahoo News]] © {year} AFP
Copyright {year} {parent}
[[o:The New Yorker|Wired|Vox|The Verge|Billboard|Variety|Deadline|The Hollywood Reporter]] © {year} {parent}. All rights reserved. Use of this site constitutes acceptance of our User Agreement and Privacy Policy and Cookie Statement.
(c) {year} {outlet}
Copyright ©{year} {outlet}, Inc.
© {outlet} {year_range}
All rights reserved. Reproduction in whole or in part without permission is prohibited.
This material may not be published, broadcast, rewritten, or redistributed.
[[o:Fox News]] ©{year} FOX News Network, LLC. All rights reserved.
Distributed by Tribune Content Agency, LLC.
© {year} {parent} Ltd
Copyright of {outlet}. Reproduced with permission.
[[o:BBC News]] Copyright © {year} BBC. The BBC is not responsible for the content of external sites. Read about our approach to external linking.
[[r:uk]] {outlet} is published by {parent}. Registered in England and Wales. Company number {company_no}.
[[r:uk|ie|au|nz]] {outlet} is a trading name of {parent}.
[[r:au]] © {year} {parent} ABN {abn}
[[o:Bloomberg|Yahoo Finance|Financial Post|BusinessDay]] ©{year} Bloomberg L.P.
[[o:The Canadian Press|CTV News|Global News|CBC News]] © {year} The Canadian Press
[[o:AAP|The Canberra Times|news.com.au]] © AAP {year}
[[o:Press Trust of India|Deccan Herald|The Hindu]] © Press Trust of India {year}
Copyright © {year_range} {outlet}
© {year} {outlet}. All rights reserved. No part of this publication may be reproduced without written permission.
{outlet} © {year}
Copyright {year} {outlet}. All Rights Reserved. Terms of Use | Privacy Policy
Copyright © {year} {parent}. All rights reserved. {outlet} is a registered trademark.
© {year} {parent} All rights reserved. Powered by WordPress VIP.
Content © {year} {outlet}; photos © their respective owners.
All content © {year} {outlet} unless otherwise noted.
© {year} {outlet} · Privacy · Terms · Contact
Text and images © {outlet} {year}
{year} © {parent}
[[t:newsletter]] © {year} {name} · Privacy ∙ Terms ∙ Collection notice
[[t:pr]] Copyright © {year} {company}. All rights reserved.
© {year} {outlet}, a division of {parent}
[[r:in]] Copyright © {year} {parent}. All rights reserved. For reprint rights: {outlet} Syndication Services
""")

K("correction_note", 55, """
Correction: An earlier version of this story misspelled the surname of {name}.
Correction, {date}: A previous version of this article incorrectly stated that the council meeting was on {weekday2}. It was on {weekday3}.
CORRECTION: This story has been corrected to show that the company has {n},000 employees, not {n2},000.
An earlier version of this article gave the wrong figure for the cost of the project. It is ${m} million, not ${m2} million.
This article was amended on {date} to correct the spelling of {name}'s name.
This article was amended on {date}. An earlier version said the bridge opened in {year2}; it opened in {year3}.
Clarification: This story has been updated to clarify that the department did not respond to a request for comment before publication.
Correction appended
An earlier version of this story incorrectly identified {name} as a {role}. {He} is a {role2}.
A photo caption with an earlier version of this article misidentified the location. The photo was taken in {city}, not {city2}.
Editor's note: A previous version of this article included a quote that was attributed to the wrong person. It has been removed.
Correction: A headline on an earlier version of this story overstated the size of the rate rise.
We regret the error.
{outlet} regrets the error.
Corrections & Clarifications: To report an error, email {email_corr}.
Spotted an error? Let us know at {email_corr}.
This story was corrected at {time_us} on {date} to fix the date of the hearing.
[[o:Reuters|Yahoo Finance|MSN|Mint]] CORRECTION ({month_abbr} {day}): Corrects paragraph {i} to say the deal is worth ${n} billion, not ${n2} billion
[[o:Reuters|Yahoo Finance|MSN]] (Corrects spelling of minister's name in paragraph {i})
[[o:Reuters|Yahoo News]] (Corrects date of vote in headline and paragraph 1)
This article has been corrected to reflect that the vote was {n}-{i}, not {i}-{n}.
A previous version of this article misstated the age of {name}. {He} is {age}.
Clarification: This article has been updated to note that {name}'s firm is a client of the company mentioned.
Correction: {date}
CORRECTION
Corrections
Correction: The original version of this story misstated which school district {name} works for.
Correction: An earlier version of this story said the fire began on {weekday2}. It began late on {weekday3}.
This article has been updated to correct the name of the charity.
An earlier version of this article referred to {name} as the mayor of {city}. {He} is the deputy mayor.
Correction: A graphic in this story has been updated to fix an error in the scale of the chart.
An earlier version of this story stated the wrong population for {city}. The figure has been corrected.
Correction: Because of an editing error, an earlier version of this article misstated when the law takes effect. It takes effect on {date2}.
• This article was amended on {date} because an earlier version wrongly described {name} as a former minister.
[[r:in]] Correction: An earlier version of this report incorrectly mentioned the amount as ₹{n} crore. It has been corrected to ₹{n2} crore.
[[r:au|nz]] Correction: This article previously stated the incident occurred in {city}. It occurred in {city2}.
Clarification, {date}: This story has been updated to include the full name of the organisation.
This story has been corrected. See below.
An earlier version of this article included an incorrect photo. It has been replaced.
Due to a reporting error, a previous version of this article misidentified the team's coach.
Correction: The rate rise is {i} per cent, not {n} per cent as originally reported.
To request a correction, please contact our standards editor at {email_corr}.
Our corrections policy
""")

K("update_note", 45, """
This story has been updated.
UPDATE: This story has been updated with additional information.
This story was updated at {time_us} to include comment from the city.
Updated at {time_us} {tz} with details from a police news conference.
This is a developing story and will be updated.
This is a breaking news story. Check back for updates.
[[o:Associated Press|Yahoo News|MSN]] THIS IS A BREAKING NEWS UPDATE. AP's earlier story follows below.
Editor's note: This story has been updated with new information.
[[o:Reuters|Yahoo Finance]] (Updates with closing share prices)
[[o:Reuters|Yahoo Finance]] (Adds detail from statement in paragraph {i})
[[o:Reuters|MSN]] (Recasts with minister's comments, adds background)
Update, {date}: The company responded to a request for comment after publication.
This article was originally published on {date} and has been updated.
UPDATED {time_us}
Update ({time}): Added comments from {name}.
Developing story
DEVELOPING
More to follow.
More details to come.
This post will be updated as more information becomes available.
We'll bring you more on this as we get it.
Stay with {outlet} for updates.
Refresh this page for the latest.
Story updated {date}
This article has been updated to include a statement from the police.
UPDATE {time_us}: Police have reopened the road.
This story will be updated.
Update: This article was updated on {date} with the latest figures.
[[r:in]] (This is a developing story. More details awaited.)
[[r:uk|ie]] This story is being updated.
[[r:au|nz]] More to come.
[[t:tech]] Update, {month} {day}: Added details on pricing and availability.
[[t:tech]] Update {date_short}, {time_us} ET: The company has confirmed the outage has been resolved.
This article was updated with additional reporting on {date}.
Editor's note: This story was first published on {date} and has been updated to reflect the latest developments.
""")

K("editors_note_ai", 40, """
This article was generated with the assistance of AI and reviewed by an editor.
Editor's note: This story was written with the help of an AI tool. A {outlet} journalist checked the facts and edited the text before publication.
This summary was generated by AI and reviewed by our newsroom.
AI-generated summary. Read our AI policy.
This story was produced using automation technology from {vendor} and data from {source}.
This content was auto-generated from a syndicated feed and has not been edited by {outlet} staff.
(This story has not been edited by {outlet} staff and is auto-generated from a syndicated feed.)
(Only the headline and picture of this report may have been reworked by {outlet} staff; the rest of the content is auto-generated from a syndicated feed.)
Disclaimer: This article was produced with the help of generative AI and edited by {name}.
We used AI to translate this article from {lang}. A human editor reviewed the translation.
This audio is AI-generated.
Key points generated by AI, checked by journalists.
How we use AI: {url_ai}
This article was created with AI tools and reviewed by the editorial team. Learn more about our AI principles.
The text of this story was written by a human; the summary above was produced by AI.
Transparency note: Parts of this article were drafted using an AI language model and checked for accuracy by a member of our staff.
Quick Read — Summary is AI-generated, newsroom-reviewed.
This article was written by {name} and edited with AI assistance.
This story was generated by {vendor} using data from {source}.
[[t:local]] This article was generated automatically from public data. Contact {email} with questions.
AI Summary
Summary generated by AI
✨ AI summary
This article includes content produced with the help of AI. Read our guidelines at {url_ai}
The AI-generated summary is based on the text of the article and checked by an editor. It may not reflect every detail.
{outlet} used artificial intelligence to help produce this content. It was reviewed by a human editor before publication.
This is an AI-assisted translation of an article originally published in {lang}.
Some elements of this story were created with AI. For more, see our policy on artificial intelligence.
Editor's note: Images in this article were generated by AI for illustrative purposes.
Illustration created using AI. See our AI guidelines.
This content has been generated with the help of AI and verified by the editorial team.
Was this AI summary helpful? Yes / No
""")

K("editors_note", 45, """
Editor's note: This story contains descriptions of violence that some readers may find distressing.
Warning: This article contains graphic content.
Content warning: This article discusses suicide.
Editor's note: This is part {i} of a series on {topic}. Read part {n} here.
This article is part of {series}, a {outlet} series examining {topic}.
Editor's note: {name}'s name has been changed to protect {his} identity.
Some names in this story have been changed at the subjects' request.
Editor's note: {outlet} agreed to withhold the full name of the woman because she fears retaliation.
Editor's note: This article first appeared in our {month} print issue.
Editor's note: This story was reported with support from the {fund}.
This reporting was supported by a grant from the {fund}. {outlet} maintains full editorial control.
This is an opinion piece. Find out more about how {outlet} distinguishes news from opinion.
Editor's note: This article contains language some readers may find offensive.
Aboriginal and Torres Strait Islander readers are advised that this article contains images and names of people who have died.
Editor's note: This story is part of our partnership with {outlet2} on {topic}.
This story is part of {outlet}'s {year} election coverage.
Editor's note: The author of this piece is a relative of one of the people mentioned.
Editor's note: This interview has been edited and condensed for clarity.
This interview has been lightly edited for length and clarity.
This conversation has been edited for length and clarity.
Editor's note: We have republished this story on the anniversary of the event.
[[o:USA Today|Des Moines Register|The Arizona Republic|Miami Herald|The Denver Post|Chicago Tribune|The New Yorker|Wired|The Verge|Vox|Manchester Evening News|Daily Mirror|The Times|The Australian|news.com.au|The Sydney Morning Herald|The Age|National Post|Hindustan Times|Mint|The Times of India|Nation Africa|The Straits Times|Politico|Business Insider|Variety|The Wall Street Journal|Engadget]] Editor's note: {outlet} is owned by {parent}, which is mentioned in this article.
[[t:nonprofit|public|local|digital]] Disclosure: {outlet} receives funding from the {fund}, which is mentioned in this story.
Note from the editor: This piece was written before the result was announced.
Editor's note: Images in this story have been blurred to protect the identities of minors.
Trigger warning: This story contains references to sexual violence.
This article contains spoilers.
Spoiler alert: this review discusses the season finale.
Editor's note: Readers' letters may be edited for length and clarity.
This essay is adapted from the author's new book, "{book}" ({publisher}).
[[t:newsletter]] Programming note: there will be no newsletter on {weekday}. Back to normal next week.
Editor's note: The writer was a guest of the tourism board. {outlet} retains full editorial control.
The reporter travelled with the support of the {fund}.
""")

K("section_label", 35, """
OPINION
Opinion
ANALYSIS
Analysis
News analysis
EXPLAINER
Explainer
EXCLUSIVE
Exclusive
Fact check
FACT CHECK
Review
REVIEW
Obituary
Guest Essay
Letters
Comment
Perspective
Editorial
Column
Interview
Long read
Investigation
INVESTIGATION
Feature
First Person
Opinion | Columnist
Premium
Podcast
Sponsored
Breaking
Live
Video
{section}
{section_upper}
{section} | Opinion
{section} · Analysis
Our view
The Big Read
Weekend
""")

K("syndication_note", 58, """
This article originally appeared in {outlet2}.
This article was originally published on {outlet2}. Read the original article.
[[o:The Conversation|Yahoo News|Salon|Scroll.in|Daily Maverick|The Tyee]] This article is republished from The Conversation under a Creative Commons license. Read the original article.
This story was originally published by {outlet2} and is republished here with permission.
[[t:local|paper|digital]] This story was produced by {np_outlet}, a nonprofit newsroom covering {beat}, and is republished with permission.
A version of this story first appeared on {outlet2}.
This story first appeared in {nl_name}, {outlet2}'s {nl_freq} newsletter.
This article was produced in partnership with {outlet2}.
This story is part of a collaboration between {outlet} and {outlet2}.
This article is part of a partnership between {outlet} and {np_outlet}, a nonprofit newsroom.
Distributed by Tribune Content Agency.
Syndicated from {outlet2}.
Originally published on {domain2}
Source: {outlet2}
Courtesy: {outlet2}
This story was published in partnership with the Solutions Journalism Network.
Republished with permission from {outlet2}.
This article originally ran on {date} in {outlet2}.
[[t:paper|local|aggregator;r:us]] This story was first published by KFF Health News, a national newsroom that produces in-depth journalism about health issues.
Read the full story at {outlet2}.
Visit {domain2} for more.
[[t:newsletter]] This post originally appeared on the author's Substack, {nl_name}.
The original version of this story appeared in {outlet2}.
[[t:aggregator]] This story was originally featured on {outlet2}.
[[t:aggregator]] Read the original article on {outlet2}.
[[t:aggregator]] This article originally appeared on {outlet2}. View the original here.
[[o:Yahoo News|Yahoo Finance|MSN|NewsBreak]] Read more from {outlet2}: {url}
[[t:aggregator]] Story continues on {outlet2}
[[t:aggregator]] Continue reading on {domain2}
[[o:GhanaWeb]] Source: {outlet2}
[[o:Ground News]] Coverage from {n} sources · {pct}% left, {pct2}% centre
This article was first published in {outlet2} on {date}.
This piece first appeared on {outlet2}'s website.
[[r:in]] This article was first published on {outlet2}.
Republish this article: this work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.
We want our journalism to reach as many people as possible. Republish our articles for free, online or in print, under a Creative Commons license.
[[t:nonprofit]] Republish this story for free under a Creative Commons license.
This column was first published by {outlet2} and is reproduced with permission.
This is an edited extract from the author's new book, published by {publisher}.
[[r:af]] This article was first published by {outlet2}.
[[r:au|nz]] This article first appeared in {outlet2}.
""")

K("agency_credit", 60, """
— Reuters
(Reuters)
— AP
— The Associated Press
(AP)
— AFP
With inputs from PTI
(With inputs from agencies)
With agency inputs
— PTI
(PTI)
— IANS
(ANI)
— AAP
— The Canadian Press
[[o:The Canadian Press|CBC News|CTV News|Global News|Toronto Star|National Post|Winnipeg Free Press]] This report by The Canadian Press was first published {date_us}.
Additional reporting by Reuters
Reuters contributed to this report.
The Associated Press contributed to this report.
Agence France-Presse contributed to this report.
Bloomberg contributed to this report.
[[o:CNN]] CNN's {name} contributed to this report.
{outlet} wire services
Wire services contributed.
— With files from The Canadian Press
With files from {name}
— dpa
— Kyodo
— Xinhua
— Yonhap
— NAN
(KNA)
— APP
— BSS
(Bernama)
— UNB
— EFE
— Agencies
With Reuters and AFP
— Bloomberg
Bloomberg News
Source: Reuters
Sources: AP, Reuters
[[o:Mint|Hindustan Times]] (This story has been published from a wire agency feed without modifications to the text.)
(With inputs from Reuters, AFP)
— with wires
Reuters/AP
Agence France-Presse
Associated Press
— Staff and agencies
Staff and agencies
[[r:uk]] PA contributed to this report.
[[r:uk]] Additional reporting by PA
[[r:in]] (With PTI inputs)
[[r:in]] (IANS)
[[r:au]] AAP, with {outlet}
[[r:af]] Additional reporting by Reuters and AFP
—AP
-AFP
""")

K("reporting_credit", 48, """
Reporting by {name} in {city}; Additional reporting by {name2}; Editing by {name3}
Reporting by {name}; Editing by {name2} and {name3}
Writing by {name}; Editing by {name2}
Associated Press writers {name} in {city} and {name2} in {city2} contributed to this report.
{name} contributed reporting from {city}.
{name} and {name2} contributed reporting.
Additional reporting by {name}
Additional reporting: {name}
Edited by {name}
Editing by {name}
Fact-checked by {name}
Produced by {name}. Design by {name2}.
Graphics by {name}
Photo editing by {name}
Copy edited by {name}
Research by {name}
Compiled by {name}
This story was reported by {name} and written by {name2}.
Contributors: {name}, {name2}
With contributions from {name} and {name2}.
Reporting by {name} and {name2}; Writing by {name3}; Editing by {name4}
Reporting by {name}; additional reporting by {name2} in {city}; editing by {name3}
{name} in {city} contributed to this article.
{name} reported from {city}, and {name2} from {city2}.
Additional reporting by {name} in {city} and {name2} in {city2}.
Design and development by {name}. Editing by {name2}.
Produced by {name}, {name2} and {name3}
Data analysis by {name}
Video by {name}
Editor: {name}
Text: {name} · Photos: {photog} · Editing: {name2}
Our Standards: The Thomson Reuters Trust Principles.
Writing by {name} in {city}; Editing by {name2}
Research assistance by {name}
{name} contributed to this report.
""")

K("press_release_meta", 50, """
[[t:pr]] SOURCE {company}
[[t:pr]] View original content to download multimedia: https://www.prnewswire.com/news-releases/{ticker}-{m}.html
[[t:pr]] View original content: https://www.prnewswire.com/news-releases/{ticker}-{m}{m2}.html
Media Contact:
Media Contact: {name}, {email_person}, {phone}
Press Contact
Investor Relations
Investor Contact: {name} | ir@{company_domain}
[[t:pr]] Logo - https://mma.prnewswire.com/media/{m}{m2}/{ticker}_Logo.jpg
{company} logo
# # #
###
-ends-
– ENDS –
[[o:EIN Presswire]] Distribution channels: {pr_channels}
[[o:EIN Presswire]] EIN Presswire's priority is source transparency. We do not allow opaque clients, and our editors try to weed out false and misleading content. If you see something we have missed, please bring it to our attention.
[[o:EIN Presswire]] Legal Disclaimer: EIN Presswire provides this news content "as is" without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article.
[[t:pr]] NEWS PROVIDED BY {company} →
[[t:pr]] {date_us}, {time_us} ET
Forward-Looking Statements
Safe Harbor Statement
About {company}
Contacts
Media:
Investors:
Tel: {phone}
Web: https://www.{company_domain}
Follow {company} on LinkedIn
Ticker: {exchange}: {ticker}
Attachments
[[o:GlobeNewswire]] Source: {company}
[[o:GlobeNewswire]] {date_us} {time_us} ET | Source: {company}
[[o:Business Wire]] {company}
[[o:Business Wire]] View source version on businesswire.com: https://www.businesswire.com/news/home/{m}{m2}/en/
[[t:aggregator|finance]] Press release content from {distributor}. The {outlet} news staff was not involved in its creation.
[[t:aggregator|finance]] This press release was issued through {distributor}. The newsroom was not involved in its creation.
[[o:Accesswire]] SOURCE: {company}
[[o:Accesswire]] View the original press release on ACCESS Newswire
Originally published at https://www.{company_domain}/news
For further information, please contact:
Contact Information
Email: media@{company_domain}
Press kit
Download high-resolution images
Related Links
PRESS RELEASE
Press Release
FOR IMMEDIATE RELEASE
EMBARGOED UNTIL {time_h} {tz} {date}
Issued on behalf of {company} by {distributor}.
[[t:finance|aggregator]] Sponsored press release. {outlet} has not verified the claims made and takes no responsibility for the content.
""", sel="t:pr|aggregator|finance")

K("comments_prompt", 58, """
Comments
COMMENTS
{comments} Comments
View {comments} comments
Show comments
Hide comments
Join the conversation
Join the discussion
Leave a comment
Leave a Reply
Post a comment
Add a comment
Be the first to comment
Comments are closed
Comments are closed for this article.
Commenting has been disabled on this article.
Comments are open to subscribers only.
Comments have been disabled for this story due to the legal nature of the case.
We welcome your comments. Please keep them civil and on topic. Read our community guidelines.
Sign in to join the conversation
To comment, please log in or register.
Your email address will not be published. Required fields are marked *
Comment *
Name *
Website
Save my name, email, and website in this browser for the next time I comment.
Post Comment
Sort by: Newest | Oldest | Most liked
Load more comments
Report
Reply
{i} replies
Comments are moderated and may take up to 24 hours to appear.
Have your say
What do you think? Let us know in the comments below.
Share your thoughts in the comments.
Conversation
{comments} Conversations
Readers' Picks
Community guidelines
Read {comments} comments
Comment on this story
blog comments powered by Disqus
Please read our Comment Policy before commenting.
The views expressed in the comments section are those of the readers and not of {outlet}.
Commenting on this article has ended.
Please keep discussion civil. Comments that are abusive, off-topic or contain personal attacks will be removed.
This conversation is moderated according to {outlet}'s community rules. Please read the rules before joining the discussion.
Comments are switched off for this article.
💬 {comments}
Most Recommended
Newest first
Show {i} more replies
Log in to reply
Subscribers can comment on this story. Subscribe or log in.
We have closed comments on this story because of the volume of abusive posts.
Join the debate: what should {city} do about {topic}? Leave your comments below.
""")

K("liveblog_stamp", 55, """
{time_h}
{time_us}
[[r:uk|ie]] {time_dot} {tzuk}
Posted at {time_ampm}
[[r:us|ca]] {time_us} ET
{date_short} {time_h}
LIVE
● LIVE
🔴 LIVE
Live updates
LIVE UPDATES
Updated {n} minutes ago
{n} min ago
{n}m ago
Just now
Latest update {time}
Pinned
PINNED POST
Key event
Key Event
BREAKING
[[r:uk]] {time_h} BST
[[r:us]] {time_us} CT
[[r:in]] {time_h} IST
[[r:au]] {time_ampm} AEST
{name} {time_h}
{time_us} {tz} — {name}
From {name} in {city}
Posted by {name} at {time_us}
{time_h} {date_short}
{time_ampm}
{time_us} {tz}, {date_short}
{ago} By {name}
[[r:in]] {date_short}, {time_h} (IST)
{time_h} GMT+{i}
{time_h} {tz}
Updated at {time_h}
Posted {time_us} {tz}
LATEST
New post
⚡ {time_h}
""")

K("liveblog_control", 40, """
Show key events only
Please turn on JavaScript to use this feature
Key events
Show more
Show all updates
Load more posts
Load more updates
Newest first
Oldest first
Refresh
Auto-update: On
Auto refresh
New updates
{n} new posts
{n} new updates
Jump to latest
Back to top
Go to top
View all {n} updates
Summary
Live blog
Live reporting
Edited by {name}
Follow our live coverage
Filter by: All | Key events
Pause live updates
Updates will appear automatically
Next page
{page_of}
Catch up on the latest
What we know so far
The blog is now closed. Thanks for following along.
We're pausing our live coverage for now. You can find more updates here.
This live coverage has ended.
Our live coverage has now ended.
We've now closed this live blog. Thanks for joining us.
This live page is no longer being updated. For the latest, see our main story.
Live coverage edited by {name} and {name2}
Live updates by {name} in {city}
See all updates
""")

K("affiliate_disclosure", 48, """
We may earn a commission when you buy through links on our site.
{outlet} may earn a commission from purchases made through links in this article.
When you buy through our links, {outlet} may earn an affiliate commission. Learn more.
Our editors independently select these products. Making a purchase through our links may earn us a commission.
Products featured are independently selected by our editors. We may earn a commission if you buy through our links.
This article contains affiliate links. If you click on one and make a purchase, we may receive a small payment at no extra cost to you.
Affiliate links
Advertiser Disclosure
Editorial Note: We earn a commission from partner links on {outlet}. Commissions do not affect our editors' opinions or evaluations.
Prices were accurate at the time of publication.
Prices accurate as of {date}.
Prices and availability subject to change.
{outlet} is reader-supported. When you buy through links on our site, we may earn an affiliate commission. Here's why you can trust us.
Why you can trust {outlet}: Our expert reviewers spend hours testing and comparing products so you can choose the best for you.
If you buy something from a {outlet} link, we may earn a commission. See our ethics statement.
Each product has been independently selected by our editors. Some may have been sent as samples for us to evaluate, but all opinions are our own.
We independently review everything we recommend. When you buy through our links, we may earn a commission. Learn more ›
Disclosure: This post may contain affiliate links.
This article was produced by our commerce team, independently of the newsroom.
Our deals team scours the internet for the best prices. We may earn a commission from links on this page.
[[r:uk|ie]] We may earn commission from links on this page, but we only recommend products we back. Why trust us?
[[r:in]] Disclaimer: {outlet} has affiliate partnerships, so we may get a part of the revenue when you make a purchase.
[[r:au|nz]] {outlet} may receive a commission when you purchase through links in this article. Prices correct at time of writing.
The products in this article have been independently chosen by our shopping editors. We may earn a commission if you buy.
All products are independently selected. We sometimes receive a commission when you purchase.
*Deals are selected by our commerce team.
Amazon, the Amazon logo, and Prime are trademarks of Amazon.com, Inc. or its affiliates.
As an Amazon Associate, {outlet} earns from qualifying purchases.
Sponsored links may appear in this article.
Advertiser disclosure: We are a free online resource; some of the offers that appear are from advertisers who compensate us.
""")

K("commerce_widget", 34, """
Buy now
Shop now at {retailer}
{cur}{n}.99 at {retailer}
See at {retailer}
Check price on {retailer}
Deal: {cur}{m} (was {cur}{m2})
View deal
VIEW DEAL
Shop now
Check availability
{cur}{n}9 at {retailer}
Shop the look
Prime Day deal
Best for most people
Best budget pick
Our top pick
Runner-up
Pros: lightweight, long battery life
Cons: pricey, no headphone jack
Specifications
Rating: {i}/5
★★★★☆
4.5 out of 5 stars
Save {pct_off}%
Lowest price ever
Today's best deals
Free shipping
Compare prices
{cur}{m} at {retailer} · {cur}{m2} at {retailer2}
Price when reviewed: {cur}{m}
Buy at {retailer}
""")

K("tag_list", 52, """
Tags: {tag}, {tag2}, {tag3}
TAGS
Topics
Topics: {tag} · {tag2} · {tag3}
Filed under: {tag}, {tag2}
Explore more on these topics: {tag} / {tag2} / {tag3} / {tag4}
#{hashtag} #{hashtag2}
Related topics: {tag}, {tag2}
Tags {tag} | {tag2} | {tag3}
More about: {tag} {tag2}
Keywords: {tag}, {tag2}, {tag3}, {tag4}
Posted in {section} | Tagged {tag}, {tag2}
Categories: {section}
Follow topics: {tag}
{tag}, {tag2}, {tag3}
Subjects
Topic: {tag}
Related Topics {tag} {tag2} {tag3}
Tagged: {tag}
In this article: {tag}, {tag2}
Filed Under: {section}, {tag}
Follow the topics in this article: {tag} · {tag2}
Topics in this article
Read more about: {tag} · {tag2} · {tag3}
{tag} · {tag2} · {tag3} · {tag4} · {tag5}
Topics {tag} {tag2}
TOPICS: {tag} | {tag2}
#{hashtag} #{hashtag2} #{hashtag3}
First published in {section}
Tagged with: {tag}
""")

K("breadcrumb", 42, """
Home > News > {section}
Home / {section} / {subsection}
Home › {section} › {subsection}
News | {section}
{section} » {subsection}
You are here: Home » {section}
Home → {section} → {subsection}
NEWS / {section_upper}
Home > {country_bare} > {section}
Home | {section} | {city}
{section} > {subsection}
Front Page / {section}
Homepage / News / {city}
News › {city}
Home / News / {region_name}
{section} / {subsection} / {subsection2}
HOME / {section_upper} / {subsection}
Home » News » {city} News
News > World > {region_name}
You are here: {section} > {subsection}
Home ▸ {section}
{section} · {subsection}
News / {section} / {city}
Home > Latest News > {section}
""")

K("nav_menu", 40, """
Menu
MENU
Search
Home
Sections
Open navigation menu
Close menu
Toggle navigation
Search {outlet}
Search for:
Type to search
News Sport Business Opinion Culture Lifestyle
Home | News | Sport | Business | Entertainment | Lifestyle | Opinion
World US Politics Business Health Entertainment Style Travel Sports Video
[[r:in]] India | World | Cities | Business | Sports | Entertainment | Photos | Videos
Latest News
Top Stories
E-Paper
Subscribe | Log In
Today's Paper
Edition: UK
Edition: International
Choose your edition: US | UK | Australia | India
Change location
Weather
Podcasts
Puzzles
Newsletters
Games
Crossword
Jobs
Classifieds
Obituaries
Place an Ad
Trending topics: {tag} | {tag2} | {tag3}
Quick links
Sections ▾
More ▾
☰
≡ Menu
All Sections
Sign in Subscribe
Search Close search
Open search
[[r:au]] News Sport Lifestyle Business Entertainment Travel Real Estate
[[r:af]] News Business Sports Counties Opinion Videos Lifestyle
[[r:uk|ie]] News Sport Weather iPlayer Sounds
Skip to: News | Sport | Comment
""")

K("footer_links", 42, """
About Us | Contact Us | Advertise | Careers | Privacy Policy | Terms of Use
Privacy Policy
Terms of Service
Terms & Conditions
Accessibility
Accessibility Statement
Sitemap
RSS Feeds
Help
FAQ
Ethics Policy
Work for us
Back to top ↑
Licensing
Reprints & Permissions
Site Map
Do not sell my personal information
Cookie preferences
Manage cookies
Modern Slavery Statement
Complaints
[[r:uk]] Regulated by IPSO
[[r:uk]] This website and its associated newspaper adhere to the Independent Press Standards Organisation's Editors' Code of Practice. If you have a complaint about editorial content, please contact us.
[[r:au]] {outlet} is a member of the Australian Press Council.
[[r:ca]] {outlet} is a member of the National NewsMedia Council.
[[r:za]] {outlet} subscribes to the Press Code and is subject to the rulings of the Press Ombud.
[[r:ie]] {outlet} is a member of the Press Council of Ireland and supports the Office of the Press Ombudsman.
[[r:in]] {outlet} adheres to the norms of journalistic conduct of the Press Council of India.
Published by {parent}
Terms of Sale
Subscription Terms
Customer Service
Our Network
Partner sites: {outlet2} | {outlet3}
Contact us: {email}
About {outlet} | Staff | Masthead | Contact
Our Company
Media Kit
Corrections Policy
Community Guidelines
Careers
Advertise
Contact Us
Privacy Notice | Terms of Use | Cookie Policy | Accessibility Statement | Do Not Sell or Share My Personal Information
{outlet} | {city} | {phone}
""")

K("skip_link", 34, """
Skip to main content
Skip to content
Skip to navigation
Skip to main navigation
Skip to footer
Jump to content
Skip Navigation
Skip to search
Accessibility help
Accessibility links
Skip to Article
Skip to comments
Skip to site index
Keyboard shortcuts
Press ESC to close
Use the arrow keys to navigate
Toggle dark mode
Dark mode
Text size: A A A
Increase text size
Decrease font size
High contrast
Read in Easy Read
Skip to main content Skip to navigation
Jump to navigation
Skip to latest updates
Screen reader users: press enter to select a filter
Skip to key events
Skip to results
Accessibility options
""")

K("article_tools", 34, """
Print
Print this article
Save
Save article
Saved
Bookmark
Add to reading list
Save for later
Download PDF
Text size
Aa
Print Print
Save Save
Reading list
Remove from saved
Add to myFT
Follow
Listen Share Save
Save this story
Saved to your reading list
Zoom in / Zoom out
Reprints
Order reprint
Get reprint rights
Republish
Add {outlet} on Google
Print Email Share
Article saved
Read later
In this article
Jump to section
Contents
On this page
""")

K("contact_tipline", 55, """
Do you have a story tip? Email {email_tips}.
Got a news tip? Contact us at {email_tips} or call {phone}.
Have a tip? Reach us securely at {url_tips}
Share your story: If you've been affected by {affect}, we'd like to hear from you. Email {email}.
Do you have information about this story? Contact {name} at {email_person} or on Signal at {phone}.
Tips? Email {email_tips}
Send us a tip
Contact the newsroom: {email}
Got a story? Email us at {email} or WhatsApp {phone}.
Have you been affected by the issues raised in this article? Get in touch: {email}
Want to get in touch? Email {email}.
If you have information for this story, you can contact our team confidentially. Learn how.
Know something we should investigate? Send a secure tip.
Contact us
Submit a tip
Questions about this story? Email {email}.
Letters to the editor: {email_letters}
Write a letter to the editor. Letters should be no longer than 250 words and include your full name and suburb.
Want to submit a letter? Send it to {email_letters}. Please include your name, address and a daytime phone number.
Send your questions for {name} to {email}.
What questions do you have about {topic}? Submit them below and our reporters may answer them in a future story.
Call our newsroom at {phone}.
Are you a {group} affected by {affect}? Tell us about your experience.
To report an error, contact {email}.
Got a story or picture? Send it to us at {email}.
Send us your pictures and videos: email {email} or message us on WhatsApp on {phone}.
[[r:uk]] Do you have a story to share? Email {email}
[[r:in]] Have a grievance about civic issues in {city}? Write to us at {email}.
[[r:au|nz]] Do you know more? Contact {email}
[[r:af]] Send your news and stories to {email}.
Do you know more about this story? Contact {name} confidentially at {email_person}.
If you have a tip about {beat}, email {name} at {email_person}.
Do you work in {beat}? We want to hear from you. Contact {email} or use our secure tip line at {url_tips}.
Reporters can be reached at {email}. For urgent tips, call {phone}.
Submit your event to our community calendar at {url_cal}
Email your questions to {email}. Some may be answered in future columns.
Tip us off
Send a secure tip
Got a news tip?
Contact the author
""")

K("mission_statement", 45, """
[[t:nonprofit]] {outlet} is an independent, nonprofit newsroom that informs readers in {region_name} about {beat}.
[[t:nonprofit;r:us]] {outlet} is a nonprofit, nonpartisan news organization that covers {beat} in {state}.
Our mission is to hold the powerful to account and give voice to people who are too often unheard.
[[t:nonprofit|newsletter]] {outlet} is reader-funded and independent. We have no shareholders or billionaire owner.
[[t:local|nonprofit]] Founded in {founded}, {outlet} covers {city} and the surrounding communities.
We believe everyone deserves access to accurate, independent news — regardless of what they can afford.
{outlet} is owned by an independent trust, which guarantees our editorial independence.
[[t:local|nonprofit]] Independent journalism for {city} since {founded}.
[[t:local]] Trusted local news since {founded}.
[[t:nonprofit]] {outlet} is a member of the Institute for Nonprofit News.
Our newsroom is independent. Our funders have no control over our editorial content.
[[t:nonprofit|newsletter|digital;!t:aggregator|finance|tv]] {outlet} is an independent news outlet. We don't take money from political parties or corporate sponsors.
Journalism in the public interest.
Fearless, independent journalism from {region_name}.
[[t:nonprofit|newsletter|local|digital]] We are {outlet}: a team of {n} journalists covering {beat} across {region_name}.
[[o:SIBLINGS]] {outlet} is published by {parent}, which also publishes {sibling}.
About {outlet}
Who we are
Our mission
[[o:The Washington Post]] Democracy Dies in Darkness
[[o:The New York Times]] All the News That's Fit to Print
Local news. Local voices. Local ownership.
[[t:local]] Real news for real people in {city}.
[[t:local]] Covering {region_name} like no one else.
[[t:newsletter]] {outlet} is a newsletter about {beat}, written by {name} and read by more than {k},000 people.
[[t:newsletter]] {outlet} is an independent publication. It is funded entirely by its readers.
Independent. Trusted. Local.
We report the news without fear or favour.
[[t:nonprofit]] {outlet} is a 501(c)(3) nonprofit. We rely on the generosity of readers, foundations and sponsors.
Our journalism is free to read because of our members.
[[t:local]] {outlet} exists to inform, engage and empower the people of {region_name}.
[[r:af]] {outlet} is Africa's independent voice on {beat}.
[[r:in;t:digital]] {outlet} is an independent digital publication committed to public-interest journalism.
[[t:local]] Since {founded}, we've been the voice of {city}.
[[t:local|paper]] Serving {region_name} for more than {years} years.
""")

K("donation_ask", 58, """
Our journalism depends on readers like you, and every contribution helps keep it free for everyone.
If you value this reporting, please consider making a donation. Every gift, no matter the size, makes a difference.
Support {outlet}'s journalism
Donate
DONATE
Donate now
Give today
Become a member
Become a sustaining member for {price_month}/month
Make a one-time gift
Monthly | Annual | One-time
{cur}5 {cur}10 {cur}25 Other
Choose an amount
[[t:nonprofit;r:us]] Your tax-deductible gift will be matched up to {cur}{k},000 through {date}.
We rely on donations from readers to do this work. Can you chip in?
[[t:nonprofit|digital|newsletter;!t:tv|finance|aggregator]] Before you go… we have a small favour to ask. More people are reading {outlet} than ever, but advertising revenue is falling. Unlike many others, we haven't put up a paywall, because we want our journalism to be open to all. If you can, please support us today.
[[t:nonprofit|radio;r:us]] Thank you for reading. {outlet} is a nonprofit, and we can't do this without you. Donate today.
Help keep local news alive in {city}. Make a gift to {outlet} today.
Join {k},000 readers who support {outlet}.
We've reached {pct}% of our goal of {k}00 new members by {date}.
Support independent journalism — become a patron.
Support us on Patreon
Buy me a coffee ☕
Chip in {cur}{k}
Tip jar
Every reader contribution, big or small, keeps our journalism accessible and free for all.
Why donate? Because good journalism costs money and {outlet} is funded by readers like you.
Was this story useful? Help us produce more like it.
We're a small, reader-funded newsroom. If you can, please make a contribution today.
[[t:nonprofit]] Your donation is tax-deductible to the full extent of the law. EIN {ein}.
[[t:nonprofit;r:us]] NewsMatch will double your gift through December 31.
Support {outlet}
SUPPORT US
Support our journalism
I'm in. Support {outlet}
Give what you can. Every dollar goes directly to our reporting.
This story was made possible by the support of readers like you. Thank you.
Independent journalism needs your support. Contribute {cur}{k} a month.
Did you enjoy this story? Support local reporting by becoming a member for {price_month} a month.
Readers like you make stories like this possible. Donate to {outlet} today.
Our reporters don't work for billionaires. They work for you. Chip in today.
If everyone who read this gave {cur}5, we'd be funded for the year.
Donations are the lifeblood of our newsroom. Please give what you can.
You've read {n} stories this month. Would you consider supporting our work?
We don't have a paywall, but we do need your support. Contribute to {outlet}.
[[r:in]] Support independent journalism. Contribute as little as ₹{n}0.
[[o:Daily Maverick]] Become a Maverick Insider and support independent journalism.
Other amount
Yes, I'll give monthly
""")

K("event_promo", 42, """
Join us for {event} on {date} at {venue}. Tickets on sale now.
EVENT: {event} — {date}, {city}. Register now.
Register now for {event}
Don't miss {event}, live in {city} on {date_short}.
Subscribers get 20% off tickets to {event}.
{outlet} Live: {event_talk} with {name}. Book tickets.
Save the date: {event}, {date}
Early bird tickets end {date}.
Free virtual event — {event_talk}. Sign up to attend.
Join our subscriber-only webinar on {topic} on {weekday} at {time_us} {tz}.
Book now
Get tickets
Events
Upcoming events
Watch the replay of our {event} panel here.
Nominations are now open for the {outlet} Community Awards. Submit by {date}.
Vote now in our {year} Readers' Choice Awards!
Enter our competition for a chance to win {prize}.
{event_talk} — a {outlet} Live conversation with {name} and {name2}. {date_short}, {time_us}
Tickets from {cur}{n}
Sold out
Join the waitlist
[[r:uk]] {outlet} Live: an evening with {name}, {date}. Book now.
[[r:in]] Register for {event}. Entry free; seats limited.
[[r:au]] Ticketed event: {event_talk} — {venue}, {date_short}.
Sign up for our free online event: {event_talk}
{event} | {date_short} | {venue}
RSVP
Add to calendar
Spots are limited. Reserve yours today.
Events by {outlet}
Enter now for your chance to win {prize}. T&Cs apply.
Competition closes {date}. Terms and conditions apply.
""")

K("weather_widget", 32, """
{city} {temp}°C
{temp}°F {cond}
[[r:us]] {city} {temp}°F
Weather: {temp}°C, {cond}
H: {hi}° L: {lo}°
High {hi}° / Low {lo}°
Today {cond_lower}, {hi}°
{cond} · {temp}° · Feels like {feels}°
Humidity {hum}% | Wind {wind} km/h
Weather alert: {alert} in effect until {time_us}
Check the forecast
7-day forecast
Radar
Change location
Weather ☀️ {temp}°
UV Index: {uv}
AQI {aqi} · {aqi_cat}
Air quality: {aqi_cat} ({aqi})
Sunrise {sunrise} Sunset {sunset}
Pollen count: High
{city} weather: {cond}, max {hi}
Rain chance {pct}%
{alert} for {region_name}
Full forecast
Current conditions in {city}
[[r:in]] {city} AQI: {aqi} ({aqi_cat})
[[r:au]] {city} · Max {hi} · {cond}
""")

K("market_widget", 42, """
Markets
Market Data
Market closed
Pre-market
After hours
[[r:us|ca]] As of {time_us} ET
Data delayed by 15 minutes
Quotes delayed at least 15 minutes. Market data provided by {provider}.
Stock quotes by {provider}
Tickers in this article
Add to watchlist
View full quote
Markets snapshot
Related Quotes
{company_real} ({ticker_real}) ▲ {small_pct}%
{ticker_real} -{small_pct}%
{ticker_real} +{small_pct}%
[[r:in]] Petrol ₹{petrol_in}/litre
[[r:in]] Gold rate today: ₹{gold_in}/10g
[[r:in]] Diesel ₹{diesel_in}/litre in {city}
Market summary
Currencies
Commodities
Live market data
Stocks: Real-time U.S. stock quotes reflect trades reported through Nasdaq only. Market data provided by {provider}.
Watchlist
MARKETS
""")

K("scores_widget", 24, """
[[r:uk|ie|af|eu|me|ea]] {team} {score} - {score2} {team2} FT
[[r:uk|ie|af|eu]] HT: {team} {score}-{score2} {team2}
[[r:uk|ie|af|eu]] {team} v {team2} · {time_h} · Kick-off
[[r:uk|ie|af]] Live: {team} {score}-{score2} {team2} ({n}')
[[r:us]] Final: {team} {score}, {team2} {score2}
[[r:us]] {team} {score}, {team2} {score2} · Bottom 7th
[[r:ca]] {team} {score}, {team2} {score2} (OT)
[[r:ca]] {team} vs {team2} · 7 p.m. ET · Sportsnet
[[r:in]] IND {runs}/{i} (50 ov) · AUS yet to bat
[[r:in]] {team} vs {team2} · Match {n} · 7:30 PM IST
[[r:au]] {team} {n}.{i} ({m}) def {team2} {i}.{n} ({m2})
Live scores
Full time
Fixtures & Results
Standings
Scorecard
Match Centre
Box score
FT
Scores & Fixtures
Latest scores
League table
Upcoming fixtures
Results
View full scoreboard
""")

K("trust_ethics", 44, """
Our Standards: The Thomson Reuters Trust Principles.
Why you can trust {outlet}
About our editorial standards
We are committed to accurate, fair and transparent journalism. Read our ethics policy.
{outlet} adheres to the Trust Project's transparency standards.
This story follows {outlet}'s editorial standards and guidelines.
Learn more about how we report.
How we report: {outlet} follows strict guidelines on sources, corrections and conflicts of interest.
Fact-checked
✓ Fact checked by {name}
Reviewed by {name}, {credential}
Medically reviewed by {name}, MD
Our editorial process
Editorial independence: {outlet} retains full control over what we cover.
{outlet} is a signatory to the International Fact-Checking Network's Code of Principles.
This article meets our verification standards.
Independent. Fact-based. Trusted by {n} million readers.
No one tells us what to write. Our journalists follow our code of ethics.
[[t:nonprofit|newsletter|public|local]] Funding disclosure: {outlet} receives support from the {fund}; funders have no say over our journalism.
Transparency: We disclose all financial relationships with the companies we cover.
This article has been reviewed by our editorial team according to our editorial guidelines.
The Trust Project
Behind the Story
Why we wrote this
How we did this
Methodology
About this story
Sources for this article
Editorial standards
Ethics & Standards
[[o:The Times of Israel|Al Jazeera|Euronews]] Our editorial standards are available at {url}
Every fact in this article has been checked by our research team.
We use only primary sources where possible. Read more about our sourcing.
{outlet} does not accept payment for reviews.
Read our editorial code of conduct
This is a news report. It is based on facts observed and verified by the reporter or reported by verified sources.
This is an opinion article. It reflects the views of the author and is not a news report.
[[t:tech]] Our testing process: Every product we review is used for at least two weeks before we publish.
Reviewed and fact-checked by our editorial team.
[[r:in]] {outlet} is a signatory of the Digital News Publishers Association's code of ethics.
""")

K("job_ad", 26, """
We're hiring! {outlet} is looking for a {job_title}. Apply by {date}.
Join our team: {outlet} is hiring a {job_title} in {city}.
Careers at {outlet}
Work with us
Jobs at {outlet}
We're hiring
Now hiring: {job_title}
Want to work in journalism? {outlet} is recruiting a {job_title}. See open roles at {url_sub}.
Apply to be a {outlet} summer intern — applications close {date}.
Job board
Find your next job at {outlet} Jobs
Featured jobs: {job_title} — {company} — {city}
Post a job
Recruitment
{outlet} Careers: {n} open positions
JOBS
Jobs
Browse {m} jobs in {city}
Find jobs near you
Recruiting? Advertise your vacancies with {outlet}.
We're looking for a {job_title} to join our {section} team. Find out more.
Love news? We're hiring a {job_title}. Remote-friendly, based in {city}.
""")

K("quiz_poll", 42, """
Quiz: How well do you know {quiz_topic}?
Take our quiz
Test your knowledge
Question {i} of {n}
You scored {i}/10
Next question
See results
Poll
POLL
Vote
What do you think? Vote in our poll.
Should {poll_q}?
Yes / No / Not sure
Yes No Undecided
{pct}% Yes {pct2}% No
Thanks for voting!
Total votes: {votes}
Results are not scientific.
This poll is not scientific and reflects only the opinions of those who chose to participate.
Play today's {game}
Today's crossword
Daily Sudoku
Play the news quiz
Friday news quiz: {n} questions on the week's headlines
POLL: Should {poll_q}?
Have your say: should {poll_q}?
Vote now
Submit your answer
Show answer
{votes} votes
Poll closed
Start quiz
Retake quiz
Share your score
Puzzles
Quiz of the week: {quiz_topic}
Play now
How did you do? Share your result.
Answers at the bottom of the page.
Cast your vote
""")

K("print_edition", 34, """
[[o:The New York Times]] A version of this article appears in print on {date_us}, Section {sec_letter}, Page {i} of the New York edition with the headline: {headline}. Order Reprints | Today's Paper | Subscribe
[[o:The New York Times]] A version of this article appears in print on {date_us}, Section {sec_letter}, Page {n} of the New York edition with the headline: {headline}.
[[o:The Wall Street Journal|Barron's]] Appeared in the {date_us}, print edition as '{headline}'.
[[o:The Economist]] This article appeared in the {section} section of the print edition under the headline "{headline}"
[[o:The Times|The Telegraph|The Herald|The Irish Times]] This article appeared in print on page {page} of the {date_uk} edition.
[[o:The Hindu]] Published in The Hindu on {date}
[[o:The Atlantic]] This article appears in the {month} {year} print edition with the headline "{headline}."
[[o:The New Yorker]] Published in the print edition of the {date_us} issue, with the headline "{headline}."
[[o:The Washington Post]] This article appeared in print on page A{n} of the {date_us} edition.
[[o:Los Angeles Times|Chicago Tribune|The Boston Globe|Star Tribune|Tampa Bay Times]] This story originally appeared in the print edition on {date_us}.
[[o:The Sydney Morning Herald|The Age|Australian Financial Review]] This article appeared in print on {date}.
[[o:The Globe and Mail|Toronto Star|National Post]] This article was published in print on {date_us}.
[[o:Financial Times]] This article has been amended since original publication.
A version of this article was first published in the {date} edition of {outlet}.
Printed headline: {headline}
Published in print: {date}
This article appeared in the {month} {year} issue of {outlet}.
[[t:mag]] This article appears in the {month} {year} issue. Subscribe to the magazine.
[[t:paper]] A version of this story appeared in the {weekday} print edition.
[[t:paper]] This story appears in the {date_short} print edition of {outlet}.
[[r:in]] This article first appeared in the print edition on {date}.
[[r:in]] Published in print on {date}, under the headline "{headline}"
[[r:af]] This article first appeared in the {weekday} edition of {outlet}.
""", sel="t:paper|mag")

K("disclaimer", 48, """
Disclaimer: The views expressed in this article are those of the author and do not necessarily reflect the views of {outlet}.
Views expressed above are the author's own.
(Disclaimer: The opinions expressed in this column are those of the writer. The facts and opinions expressed here do not reflect the views of {domain}.)
This article is for informational purposes only and does not constitute financial advice.
Disclaimer: The views and recommendations made above are those of individual analysts or broking companies, and not of {outlet}. We advise investors to check with certified experts before making any investment decisions.
The author holds no position in any of the stocks mentioned.
[[o:The Motley Fool]] The Motley Fool has positions in and recommends {company_real}. The Motley Fool has a disclosure policy.
[[o:The Motley Fool]] {name} has no position in any of the stocks mentioned.
Investing involves risk, including the loss of principal.
Past performance is not indicative of future results.
This content is for general information only and is not intended as medical advice. Consult your doctor.
The information in this article is not legal advice.
Opinions expressed by {outlet} contributors are their own.
Disclosure: {name} owns shares of {company_real}.
[[o:The Conversation|Yahoo News|Scroll.in|The Tyee]] Disclosure statement: {name} does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article, and has disclosed no relevant affiliations beyond their academic appointment.
[[o:The Conversation]] {name} receives funding from the Australian Research Council.
[[o:The Conversation]] {university} provides funding as a member of The Conversation.
[[!t:wire|pr]] Disclaimer: This is a sponsored post. {outlet} does not endorse the views expressed.
[[r:in]] Crypto products and NFTs are unregulated and can be highly risky. There may be no regulatory recourse for any loss from such transactions.
[[r:uk|ie]] Gambling can be addictive. Please play responsibly. 18+ | BeGambleAware.org
[[r:us]] Odds are subject to change. 21+ only. Gambling problem? Call 1-800-GAMBLER.
[[r:au]] Think! About your choices. Call Gambling Help on 1800 858 858.
Capital at risk. The value of investments can go down as well as up.
[[t:finance]] {outlet} may hold positions in securities mentioned. This is not a recommendation to buy or sell.
The views expressed in this opinion piece are the writer's own and do not necessarily represent those of {outlet}.
Views are personal.
Disclaimer: The above content is for informational purposes only. Readers should consult a qualified professional.
[[t:finance|aggregator]] Disclosure: I/we have no stock, option or similar derivative position in any of the companies mentioned, and no plans to initiate any such positions within the next 72 hours.
[[t:finance]] Stock prices as of {date} market close.
This is not investment advice. Do your own research.
Disclaimer: {outlet} does not endorse any of the products or services mentioned.
[[t:tech]] {outlet} received a review unit from the manufacturer. The company had no input on this review.
[[t:trade]] The opinions in this column are the author's and do not reflect those of {outlet} or its parent company.
Medical disclaimer: this article does not replace professional medical advice.
[[r:in]] (Disclaimer: This article is part of a paid publication programme. {outlet} does not guarantee, vouch for or endorse any of the content within this article.)
""")

K("helpline_note", 32, """
[[r:us]] If you or someone you know is struggling, call or text 988 to reach the Suicide & Crisis Lifeline.
[[r:uk|ie]] If you are affected by any of these issues, you can contact Samaritans for free on 116 123.
[[r:au]] Readers seeking support can contact Lifeline on 13 11 14 or Beyond Blue on 1300 22 4636.
[[r:in]] If you or someone you know is in distress, please reach out to Tele-MANAS on 14416 or your nearest mental health specialist.
[[r:uk]] If you need help, call the National Domestic Abuse Helpline on 0808 2000 247.
[[r:us]] The National Domestic Violence Hotline is available 24/7 at 1-800-799-7233.
[[r:ca]] If you or someone you know is in crisis, call or text 988 for Suicide Crisis Helpline support.
[[r:za]] The South African Depression and Anxiety Group can be reached on 0800 567 567.
[[r:sg]] If you're in Singapore, call the Samaritans of Singapore hotline at 1767.
[[r:nz]] Need to talk? Free call or text 1737 any time to speak with a trained counsellor.
[[r:au]] If you or someone you know is impacted by sexual assault or family violence, call 1800RESPECT on 1800 737 732.
If you or someone you know is in crisis, help is available. Find resources here.
[[r:au]] Kids Helpline: 1800 55 1800
[[r:uk]] You can contact the mental health charity Mind on 0300 123 3393.
[[r:us]] If you are having thoughts of suicide, call or text 988, or chat at 988lifeline.org.
Where to get help
WHERE TO GET HELP
Need help? Resources are listed below.
If this story has raised issues for you, support is available.
[[r:ie]] Pieta can be contacted free on 1800 247 247 or by texting HELP to 51444.
[[r:uk]] Childline is free and available 24/7 on 0800 1111.
[[r:au]] 13YARN: 13 92 76 for Aboriginal and Torres Strait Islander crisis support.
[[r:us]] Call the National Sexual Assault Hotline at 800-656-4673.
[[r:in]] Vandrevala Foundation helpline: +91 9999 666 555 (24x7)
""")

K("breaking_banner", 28, """
BREAKING NEWS
Breaking News
Breaking
BREAKING: {headline}
JUST IN
Just in: {headline}
Developing Story
ALERT
News Alert
LIVE NOW
Live now: {video_title}
Top story
Latest:
Breaking News Alert: {headline}
Happening now
URGENT
Latest news
🚨 BREAKING
BREAKING NEWS: {headline}
⚡ Just in
Breaking news · {time_h}
Developing: {headline}
Watch live
""")

K("feedback_prompt", 32, """
Was this article helpful?
Yes No
👍 👎
Thanks for your feedback!
How would you rate this article?
Rate this article
Tell us what you think
Give feedback
Feedback
Report an error
Report a correction or typo
Found an error? Let us know.
Send feedback on this article
Did you find this story useful?
What did you think of this story?
We'd love your feedback on our new article page. Take a 2-minute survey.
Help us improve: take our reader survey
Is there a problem with this article? Tell us.
Submit a correction
How satisfied are you with this article?
Not helpful · Somewhat helpful · Very helpful
Thank you. Your feedback helps us improve.
Did we get something wrong? Email {email}.
Tell us how we're doing: {email}
Help us make {outlet} better. Take our {n}-question survey.
Send us feedback
""")

K("error_loading", 30, """
Loading...
Loading…
Please wait...
Something went wrong.
Something went wrong. Please try again later.
Sorry, this content is not available in your region.
This content is not available.
Please enable JavaScript to view this content.
JavaScript is disabled. Some features may not work.
You need to enable JavaScript to run this app.
Your browser is out of date. Please update it for the best experience on {outlet}.
We're having trouble loading this content.
Content unavailable
Oops! We couldn't load this. Refresh the page to try again.
Please disable your ad blocker to view this content.
Error loading content
Retry
There was a problem loading the comments.
Are you a robot?
Please verify you are a human
Checking your browser before accessing {bare_domain}.
Press & Hold to confirm you are a human (and not a bot).
This interactive is best viewed on a desktop.
Interactive content may not display correctly in this format. View it on our website.
Unable to load the graphic. Please refresh.
Chart loading...
If you can't see the map, click here.
""")

K("translation_note", 22, """
This article was translated from {lang}.
This article was originally published in {lang} and translated by {name}.
Translated from the {lang} by {name}.
Read this story in {lang}.
Read in {lang}
Also available in: {lang} | {lang2}
This story is also available in {lang}.
Translation: {name}
Machine translated from {lang}; reviewed by {name}.
This is a translation of an article first published in {outlet2}.
Read this article in {lang} ›
Translated by {name}
This article was translated from {lang} with the help of AI tools and reviewed by an editor.
View original ({lang})
""")


# ---------------------------------------------------------------------------
# Extra generators that need the pools above
# ---------------------------------------------------------------------------
def gen_index_line(c, i):
    for _ in range(20):
        name, v, chg, pct, up = index_row(c)
        if name not in c.used["index"]:
            break
    c.used["index"].add(name)
    arrow_up, arrow_dn = rng.choice([("▲", "▼"), ("+", "-"), ("↑", "↓"), ("", "-")])
    a = arrow_up if up else arrow_dn
    fmt = rng.randint(0, 5)
    if fmt == 0:
        return f"{name} {v} {a}{chg} ({a}{pct}%)".replace("(+", "(+").replace("▲", "▲ ").replace("▼", "▼ ").replace("  ", " ")
    if fmt == 1:
        return f"{name} {v} {a}{pct}%"
    if fmt == 2:
        return f"{name.upper()} {v} {a}{chg}"
    if fmt == 3:
        return f"{name}: {v} ({a}{pct}%)"
    if fmt == 4:
        return f"{name} {a}{pct}% {v}"
    return f"{name} {v}"


GEN["index_line"] = gen_index_line
GEN["country_bare"] = lambda c, i: re.sub(r"^the ", "", COUNTRIES.get(c.region, "US"))
GEN["n_years"] = lambda c, i: str(rng.choice([2, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15]))


def _page_of(c, i):
    tot = rng.randint(2, 40)
    return f"Page {rng.randint(1, tot)} of {tot}"


GEN["page_of"] = _page_of
LANGS_BY_GROUP = {"us": ["Spanish", "Chinese", "Vietnamese", "Korean"], "uk": ["Welsh", "Polish", "Urdu", "Scottish Gaelic"],
                  "in": ["Hindi", "Tamil", "Bengali", "Marathi", "Malayalam", "Telugu", "Kannada"], "ca": ["French", "Punjabi", "Cree"],
                  "eu": ["French", "German", "Ukrainian", "Spanish", "Swedish", "Polish"], "af": ["Swahili", "Afrikaans", "Hausa", "Yoruba", "isiZulu", "French"],
                  "ea": ["Mandarin", "Malay", "Indonesian", "Thai", "Cantonese"], "jp": ["Japanese"], "kr": ["Korean"], "me": ["Arabic"], "il": ["Hebrew", "Arabic"],
                  "sas": ["Urdu", "Bengali", "Nepali"], "ph": ["Filipino", "Cebuano"], "au": ["Mandarin", "Vietnamese", "Arabic", "Te Reo Māori"]}
GEN["lang"] = lambda c, i: c.distinct("lang", lambda: rng.choice(LANGS_BY_GROUP.get(c.group, LANGS)) if rng.random() < 0.85 else rng.choice(LANGS))
AFFECT = ["rising rents", "the cost of living", "hospital waiting lists", "the teachers' strike", "cuts to bus services", "the floods",
          "the heatwave", "changes to childcare funding", "rising energy bills", "the new visa rules", "school closures", "the rail strikes",
          "mortgage rate rises", "long GP waits", "the water restrictions", "the fuel shortage"]
GEN["affect"] = lambda c, i: rng.choice(AFFECT)
GEN["email_letters"] = lambda c, i: rng.choice(["letters", "letters", "editor", "opinion", "yourview"]) + "@" + email_domain(c.o["domain"])
GEN["email_corr"] = lambda c, i: rng.choice(["corrections", "corrections", "standards", "readers.editor", "accuracy"]) + "@" + email_domain(c.o["domain"])
GEN["email_tips"] = lambda c, i: rng.choice(["tips", "tips", "newstips", "newsdesk", "news", "investigations", "scoops"]) + "@" + email_domain(c.o["domain"])
GEN["url_cal"] = lambda c, i: "https://{}/{}".format(www(c.o["domain"]), rng.choice(["events/submit", "community-calendar", "calendar/add-event", "whats-on/submit"]))
GEN["readers"] = lambda c, i: rng.choice(["40,000", "75,000", "120,000", "250,000", "300,000", "half a million", "1.2 million", "2 million", "18,000", "60,000"])
GEN["founded"] = lambda c, i: str(rng.randint(1841, 1985) if "paper" in c.o["types"] else rng.randint(2008, 2022) if c.o["types"] & {"nonprofit", "digital", "newsletter"} else rng.randint(1950, 2015))
NP_OUTLETS = [o["name"] for o in OUTLETS if "nonprofit" in o["types"]]
GEN["np_outlet"] = lambda c, i: c.distinct("outlet2", lambda: rng.choice([n for n in NP_OUTLETS if n != c.o["name"]]))
_by_parent = collections.defaultdict(list)
for _o in OUTLETS:
    if _o["name"] in PARENTS:
        _by_parent[PARENTS[_o["name"]]].append(_o["name"])
SIBLINGS = sorted(n for ns in _by_parent.values() if len(ns) > 1 for n in ns)
GEN["sibling"] = lambda c, i: rng.choice([n for n in _by_parent[PARENTS[c.o["name"]]] if n != c.o["name"]])
for _k in KINDS.values():
    _k["templates"] = [t.replace("[[o:SIBLINGS]]", "[[o:" + "|".join(SIBLINGS) + "]]") for t in _k["templates"]]
GEN["petrol_in"] = lambda c, i: f"{rng.uniform(94.5, 107.9):.2f}"
GEN["diesel_in"] = lambda c, i: f"{rng.uniform(87.1, 94.9):.2f}"
GEN["gold_in"] = lambda c, i: f"{rng.randint(58, 99)},{rng.randint(0, 99)*10:03d}"
GEN["retailer"] = lambda c, i: c.distinct("retailer", lambda: rng.choice(RETAILERS.get(c.group if c.group in RETAILERS else ("uk" if c.region == "ie" else "us"), RETAILERS["us"])))

KINDS["market_widget"]["templates"] += L("""
{index_line}
{index_line}
{index_line}
{index_line}
{index_line} | {index_line2}
{index_line} · {index_line2} · {index_line3}
{index_line} {index_line2}
""")

# Longer paragraphs (60-85 words): the hard cases that read like prose.
LONG = {
    "paywall_notice": """
You've read your free articles for this month. Subscribing to {outlet} gives you unlimited access to our award-winning coverage of {city} and {region_name}, including breaking news, investigations, sport and opinion. You'll also get the digital replica of the printed paper, our full suite of newsletters and the {outlet} app. Plans start at {price_week} a week, and you can cancel at any time. Already a subscriber? Log in to continue reading.
[[r:in|sas]] Quality journalism takes time, money and hard work to produce, and despite all the challenges we do it with dedication. If you have been enjoying our reporting, please consider supporting {outlet} with a subscription. For {price_month} a month you get unlimited access to every story on {domain}, an ad-lite experience, exclusive analysis from our columnists and early access to our investigations. Subscribe now and help us keep doing this work.
[[t:paper;t:local]] This story is available exclusively to subscribers. {outlet} subscribers enjoy unlimited access to local news, sport and community stories, the daily e-edition and our weekend magazine. It's the easiest way to stay connected to what's happening in {city}, and your subscription directly supports the journalists who live and work here. Start today for just {price_intro}, then {price_month} a month after your trial ends. Cancel anytime.
""",
    "author_bio": """
{name} is {outlet}'s {role}, based in {city}. Before joining {outlet} in {year2}, {he} spent {years} years at {outlet2}, where {he} covered {beat} and led the paper's coverage of two general elections. {His} reporting has been recognised with the {award}, and {he} was a visiting fellow at {university} in {year3}. {He} grew up in {city2} and studied {field}. Follow {him} on X at {person_handle} or email {email_person}.
{name} is a senior correspondent at {outlet} covering {beat}. {He} has reported from more than {n} countries, including stints in {city2} and {city3}, and has written for {outlet2} and {outlet3}. {His} first book, "{book}", was published by {publisher} in {year2} and shortlisted for a national non-fiction prize. {He} lives in {city} with {his} family and a badly behaved terrier. Tips and feedback are welcome at {email_person}.
[[t:nonprofit|local]] {name} joined {outlet} as a {role} in {year2}. {He} covers {beat}, with a focus on how policy decisions made far away play out in the lives of people in {region_name}. Before that {he} worked for {years} years at community papers across the region and taught reporting at {university}. {He} is a graduate of {university2}. Contact {him} at {email_person} or {phone}.
""",
    "donation_ask": """
[[t:nonprofit]] {outlet} is a nonprofit newsroom, which means we rely on readers, not advertisers or billionaires, to pay for the reporting you just read. Every month our small team of {n} journalists files public-records requests, sits through council meetings and chases the stories nobody else in {region_name} is covering. If you believe that work matters, please make a tax-deductible gift today. Even {cur}5 a month helps keep our journalism free for everyone.
[[t:newsletter|digital|nonprofit]] Thank you for reading to the end. {outlet} doesn't have a paywall, and we intend to keep it that way, because we think the news should be available to everyone, whatever their income. But reporting is expensive: travel, legal checks, data, and above all the time it takes to get a story right. If you can afford to, please become a supporter. It takes a minute, and it makes a real difference.
""",
    "cookie_consent": """
When you visit {bare_domain}, we and our {n_partners} advertising and analytics partners may store or retrieve information on your browser, mostly in the form of cookies. This information might be about you, your preferences or your device and is mostly used to make the site work as you expect it to. It can also give you a more personalised web experience. You can choose not to allow some types of cookies, but blocking them may affect your experience of the site.
""",
    "affiliate_disclosure": """
{outlet} journalists select and review products independently. If you buy through our links, we may earn a commission, but that never influences what we recommend. Our reviewers test every item in real-world conditions, often for weeks at a time, and we update our guides when prices change or better products arrive. Retailers have no say over what we cover and cannot pay to be included. Learn more about how we test and how we make money.
""",
    "editors_note_ai": """
About this article: {outlet} is experimenting with artificial intelligence tools to help our journalists work more efficiently. This story was drafted with the help of a large language model using material from our own archive and official documents, then checked, rewritten and approved by {name}, a {role} on our {section} desk. No part of this article was published without human review. If you spot an error, please contact {email}.
""",
    "syndication_note": """
[[t:paper|local|aggregator;r:us]] This article was produced by KFF Health News, a national newsroom that produces in-depth journalism about health issues and is one of the core operating programs at KFF, an independent source for health policy research, polling and journalism. It is republished here with permission.
""",
    "mission_statement": """
[[t:nonprofit]] {outlet} is a nonprofit, nonpartisan newsroom founded in {founded} to fill the gap left by shrinking local papers in {region_name}. We cover government, schools, housing and the environment with the aim of helping residents understand and take part in the decisions that shape their lives. Our work is free to read and free to republish, and it is funded by readers, local businesses and foundations that have no say over our coverage.
""",
    "newsletter_signup": """
Every {nl_day}, {nl_name} brings you the most important stories from {city} and beyond, hand-picked by our editors, plus the things you'd be embarrassed to have missed at dinner: the best new restaurants, what to stream, the weekend weather and a puzzle to finish with your coffee. It takes about five minutes to read, it's free, and you can unsubscribe whenever you like. Sign up now.
""",
    "correction_note": """
Correction, {date}: An earlier version of this article incorrectly described the findings of the report. The study found that waiting times had risen in most regions, not all of them, and it was commissioned by the health department rather than by the opposition. The article has also been updated to include a response from the hospital, which was received after publication. We apologise for the errors.
""",
    "press_release_meta": """
[[o:EIN Presswire]] EIN Presswire's priority is author transparency. We do our best to remove false or misleading material, and we do not allow anonymous clients. If you think something we have distributed is inaccurate or breaches our guidelines, please tell us. Every release carries the name of the organisation that issued it, and our editors review submissions before they go out. Your help in keeping our feeds trustworthy is always welcome.
""",
    "trust_ethics": """
How we work: {outlet} journalists verify information with at least two independent sources before publication, identify anonymous sources only when there is no other way to report a story, and correct errors promptly and transparently. Our reporters do not accept gifts, free travel or payment from the people and companies they cover. Read our full editorial standards, including our policies on conflicts of interest and the use of artificial intelligence, on our website.
""",
}
for _k, _block in LONG.items():
    KINDS[_k]["templates"] += L(_block)

# default outlet selectors per kind ("!" = exclude)
DEFAULT_SEL = {
    "paywall_notice": "!t:pr|wire|aggregator|public|tv|radio",
    "metered_notice": "!t:pr|wire|aggregator|public|newsletter|tv|radio",
    "subscription_upsell": "!t:pr|wire|aggregator|public|tv|radio",
    "login_prompt": "!t:pr|wire",
    "gift_article": "t:paper|mag|finance|digital",
    "mission_statement": "!t:pr|aggregator|wire",
    "donation_ask": "t:nonprofit|newsletter|digital|radio;!t:tv|aggregator|finance",
    "liveblog_stamp": "t:paper|tv|digital|radio|wire",
    "liveblog_control": "t:paper|tv|digital|radio|wire",
    "byline": "!t:pr|aggregator",
    "author_bio": "!t:pr|aggregator",
    "agency_credit": "!t:pr|wire",
    "reporting_credit": "!t:pr",
    "job_ad": "!t:pr|aggregator",
    "scores_widget": "t:paper|tv|digital|local",
    "weather_widget": "t:paper|tv|digital|local|radio",
    "market_widget": "t:finance|paper|tv|aggregator",
    "commerce_widget": "t:tech|mag|digital|paper;r:us|uk|ie|au|ca|nz",
    "affiliate_disclosure": "t:tech|mag|digital|paper|finance|tv",
    "event_promo": "!t:pr|aggregator|wire",
    "editors_note": "!t:pr",
    "comments_prompt": "!t:pr|wire",
    "correction_note": "!t:pr",
    "newsletter_signup": "!t:pr|wire",
    "newsletter_form": "!t:pr|wire",
    "contact_tipline": "!t:pr|aggregator",
    "trust_ethics": "!t:pr",
    "print_edition": "t:paper|mag",
    "press_release_meta": "t:pr|aggregator|finance",
}
DEFAULT_ANY = "!t:pr"


def matches(o, sel):
    for clause in sel.split(";"):
        clause = clause.strip()
        neg = clause.startswith("!")
        if neg:
            clause = clause[1:]
        kind, vals = clause.split(":", 1)
        vals = set(vals.split("|"))
        if kind == "o":
            ok = o["name"] in vals
        elif kind == "t":
            ok = bool(o["types"] & vals)
        elif kind == "r":
            ok = o["region"] in vals or REGION_GROUP.get(o["region"]) in vals
        elif kind == "x":
            ok = o["name"].startswith("The ")
        else:
            raise ValueError(clause)
        if neg:
            ok = not ok
        if not ok:
            return False
    return True


_SEL_CACHE = {}


def pick_outlet(sel):
    if sel not in _SEL_CACHE:
        _SEL_CACHE[sel] = [o for o in OUTLETS if matches(o, sel)]
    if not _SEL_CACHE[sel]:
        raise ValueError("selector matches nothing: " + sel)
    return rng.choice(_SEL_CACHE[sel])


def split_sel(t):
    if t.startswith("[["):
        j = t.index("]]")
        return t[2:j], t[j + 2:].strip()
    return None, t


AN_EXCEPT = re.compile(r"(?:uni|one|use|usu|Eur|eu|US\b|U\.S|Uni|One|Use)")


def tidy(text):
    text = re.sub(r"[ \t]+", " ", text).strip()
    text = text.replace("'s's", "'s")
    text = re.sub(r"\b(Limited|Ltd|plc|Inc\.|LLC|Co\.|Berhad|Corporation|Holdings|Group) Ltd\b", r"\1", text)
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)
    text = text.replace("?.", "?").replace("!.", "!")
    text = re.sub(r"\b((?:[A-Z][\w.&]*\s)*[A-Z][\w.&]*s)'s\b", r"\1'", text)
    text = re.sub(r"\b(a|an|A|An|this|This|our|your|free) The (?=[A-Z])", r"\1 ", text)
    text = re.sub(r"^([\w][\w &]*) \| \1$", r"\1", text)
    text = re.sub(r"\b([Tt])he (The )", lambda m: ("The " if m.group(1) == "T" else "") + ("" if m.group(1) == "T" else "The "), text)
    text = re.sub(r"\b(a|A) (?=[aeiouAEIOU][a-z])(?!" + AN_EXCEPT.pattern + ")", lambda m: m.group(1) + "n ", text)
    return text


def render(kind, template):
    sel, body = split_sel(template)
    default = KINDS[kind]["sel"] or DEFAULT_SEL.get(kind, DEFAULT_ANY)
    if sel and "o:" not in sel:
        combined = sel + ";" + default
        if combined not in _SEL_CACHE:
            _SEL_CACHE[combined] = [o for o in OUTLETS if matches(o, combined)]
        outlet = pick_outlet(combined if _SEL_CACHE[combined] else sel)
    else:
        outlet = pick_outlet(sel or default)
    ctx = Ctx(outlet)
    text = tidy(fill(body, ctx))
    has_slots = bool(SLOT_RE.search(body))
    label = outlet["name"] if (sel or has_slots) else "generic"
    return label, text


def render_caption():
    style = rng.choice(CAPTION_STYLES + ["[[t:paper|digital|tv]] {scene}"] * 6)
    sel, body = split_sel(style)
    outlet = pick_outlet(sel or DEFAULT_ANY)
    ctx = Ctx(outlet)
    wire = any(k in body for k in ("Getty", "AP Photo", "REUTERS", "AFP", "EPA-EFE", "Xinhua", "Bloomberg", "{agency}"))
    if "tech" in outlet["types"] and rng.random() < 0.7:
        pool = TECH_SCENES
    elif not wire or rng.random() < 0.5:
        pool = [s for s in SCENES if scene_group(s) in (None, ctx.group)]
    else:
        pool = SCENES
    scene = rng.choice(pool)
    text = tidy(fill(body.replace("{scene}", scene), ctx))
    # plain-scene captions still depend on the outlet's region only for names;
    # label them generic when the line carries no outlet-specific credit style
    label = outlet["name"] if sel and body != "{scene}" else "generic"
    return label, text


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
BAD_RE = re.compile(r"[{}]|\bNAME\b|\bFIRSTNAME\b|\bPLACEHOLDER\b|\bTODO\b|\bXXX\b|\bTBD\b|(?i:lorem ipsum)|\bNone\b|\bnan\b")


def build():
    rows = []
    seen = collections.Counter()
    for kind, spec in KINDS.items():
        target = max(12, round(spec["target"] * SCALE))
        got = 0
        attempts = 0
        while got < target and attempts < target * 60:
            attempts += 1
            if kind == "photo_caption":
                label, text = render_caption()
            else:
                label, text = render(kind, rng.choice(spec["templates"]))
            if not text or BAD_RE.search(text):
                raise RuntimeError(f"bad text in {kind}: {text!r}")
            c = seen[text]
            if c >= 2:
                continue
            if c == 1 and rng.random() > 0.25:
                continue
            seen[text] += 1
            rows.append({"kind": kind, "outlet": label, "text": text})
            got += 1
    return rows


def main():
    rows = build()
    rng.shuffle(rows)
    out = os.path.join(HERE, "furniture.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(rows)
    by_kind = collections.Counter(r["kind"] for r in rows)
    print(f"wrote {len(rows)} lines, {len(by_kind)} kinds, "
          f"{len(set(r['outlet'] for r in rows) - {'generic'})} named outlets -> {out}")


README_HEAD = """# News-page furniture corpus

`furniture.jsonl` holds {total} lines of English "furniture": the text on a scraped
news page that is *not* the article itself: sign-up boxes, paywall notices, teaser
links, captions and credits, ad markers, share and cookie prompts, bios, copyright and
correction lines, live-blog stamps, widgets and so on. Each line is one JSON object:

```json
{{"kind": "<snake_case kind>", "outlet": "<outlet name or generic>", "text": "<one paragraph>"}}
```

wirewash uses it for **training only**: `benchmarks/furniture_model.py` fits the cleaner's furniture
score on it beside the blind sets' dev furniture and real story paragraphs. It has no split and no
figure is ever measured on it (the blind sets' test splits are what the score is measured on).

## Files

* `make.py`: the generator. It holds all hand-written wordings, templates and pools. Run `python make.py` to rewrite `furniture.jsonl` and this README.
* `check.py`: the validator. It checks JSON on every line, the keys, empty texts, placeholders and the repeat limit, then prints counts per kind and random samples.
* `furniture.jsonl`: the corpus.

## How it was made

* `make.py` holds every wording used here. I wrote all of them by hand for this file:
  template lines for each kind, pools of teaser headlines, photo-caption scenes,
  caption-credit styles per outlet, newsletter names, people's names by region,
  prices in local currencies, time zones, cities, beats, companies and so on.
* The script fills the templates from those pools. Everything is deterministic
  (`random.Random({seed})`), so re-running `python make.py` produces the same file.
* A template can be tied to particular outlets, outlet types or regions, for example
  Guardian-style "Photograph: …" credits, Reuters "(Corrects … in paragraph 3)"
  notes, Indian "ALSO READ |" teasers or IPSO and press-council footers. The filled
  values (currency, date format, time zone, names, cities, headlines) follow the
  chosen outlet's region.
* `outlet` is `generic` when the line is a fixed string that could appear on any
  site ("Advertisement", "Skip to main content"). Otherwise it is the outlet the line
  was rendered for.
* Dedup rule: no text appears more than twice. A second copy is accepted only with
  probability 0.25.
* Checks run after generation: every line parses as JSON, has the three keys, and has
  non-empty text; no `{{`/`}}` or placeholder tokens remain; counts per kind are listed
  below.
* Teaser headlines, captions, names, e-mail addresses, phone numbers, companies and
  tickers are invented or generic. Some outlets, such as Cedar Valley Sentinel,
  The Millbrook Courier, Harbor Lines, The Prairie Ledger, Rust Belt Notes, Lobby
  Notes, Chips & Context and Mumbai Memo, are realistic inventions. The rest are real
  outlet names, used only to attach plausible furniture styles. Helpline numbers in
  `helpline_note` are well-known public lines.
* Story text is left out on purpose: no article sentences, quotes, datelines, or
  headlines or standfirsts of the page's own article. Teaser headlines stand only for
  *other* stories linked from the page. Captions describe pictures.

**Provenance statement:** this corpus and its generator were written blind. I did not
read, list, grep or open the wirewash repository, or any other code checkout on this
machine (`/work/main`, `/work/ci-check`, `/work/shared/cases`, etc.). All wordings
come from general knowledge of how news sites, wire services, blogs, newsletters and
syndication feeds lay out their pages once scraped to plain text.

## Kinds and counts ({nkinds} kinds)

| kind | lines | what it covers |
|---|---:|---|
"""


KIND_DESC = {
    "ad_marker": "ad slots and 'story continues below' markers, ad-blocker notices",
    "sponsored_label": "sponsored/partner content labels and Taboola-style promoted teasers",
    "newsletter_signup": "newsletter pitches, including Substack and 'after newsletter promotion' remnants",
    "newsletter_form": "sign-up form leftovers: fields, buttons, consent and confirmation text",
    "paywall_notice": "hard/registration paywall messages",
    "metered_notice": "free-article meters",
    "subscription_upsell": "subscription offers, prices, plan names, e-paper links",
    "login_prompt": "sign-in / register / account links",
    "gift_article": "gift-article and shared-link notices",
    "related_label": "bare 'Related' / 'Read more' labels",
    "related_teaser": "label + headline links and 'read our full coverage' lines",
    "teaser_headline": "headlines of other stories in rails and lists, with decorations",
    "most_read": "'Most read'/'Trending' labels and numbered list items",
    "recommended": "'Recommended for you' labels and items",
    "more_from_section": "'More from <section/author>' rails",
    "photo_caption": "full-sentence picture captions with outlet-specific credit styles",
    "photo_credit": "standalone photo/illustration/chart credits",
    "gallery_control": "gallery counters and controls",
    "video_label": "video player labels, durations, video captions",
    "listen_audio": "text-to-speech / audio player rows",
    "podcast_promo": "podcast promos, episode rows and production credits",
    "share_prompt": "share buttons and prompts",
    "social_follow": "follow-us lines, WhatsApp/Telegram/Google News prompts",
    "embedded_social": "embedded post wrappers and consent gates",
    "cookie_consent": "cookie/consent banners and buttons",
    "notification_prompt": "push-notification prompts",
    "app_promo": "app download / open-in-app prompts",
    "author_bio": "author/contributor bios in full sentences and bio labels",
    "byline": "byline lines (By ..., desk credits, TNN/Express News Service)",
    "timestamp": "published/updated stamps in many regional formats",
    "reading_time": "reading-time and word-count lines",
    "archive_notice": "'this article is more than N years old' notices",
    "copyright_line": "copyright, wire copyright and company-registration lines",
    "correction_note": "corrections and clarifications, Reuters-style correction tags",
    "update_note": "update and developing-story notes",
    "editors_note_ai": "AI-assistance, automation and syndicated-feed disclaimers",
    "editors_note": "content warnings, series notes, name-change and funding notes",
    "section_label": "article-type kickers (OPINION, ANALYSIS, section names)",
    "syndication_note": "originally-appeared / republished / partnership lines",
    "agency_credit": "wire agency credits (Reuters, AP, PTI, AAP ...)",
    "reporting_credit": "reporting/editing/production credit lines",
    "press_release_meta": "press-release distributor boilerplate and contacts",
    "comments_prompt": "comment-section prompts, forms and policies",
    "liveblog_stamp": "live-blog time stamps and labels",
    "liveblog_control": "live-blog controls and closing notes",
    "affiliate_disclosure": "affiliate/commerce disclosures",
    "commerce_widget": "buy buttons, prices, review-box labels",
    "tag_list": "tag/topic lists",
    "breadcrumb": "breadcrumb trails",
    "nav_menu": "navigation/menu text",
    "footer_links": "footer links, press-regulator lines",
    "skip_link": "skip links and accessibility controls",
    "article_tools": "print/save/bookmark/table-of-contents tools",
    "contact_tipline": "tip lines, letters, contact-us lines",
    "mission_statement": "outlet mission statements and taglines",
    "donation_ask": "donation and membership asks",
    "event_promo": "event, award and competition promos",
    "weather_widget": "weather widget text",
    "market_widget": "market/stock/fuel-price widget text",
    "scores_widget": "sports score widget text",
    "trust_ethics": "standards, fact-check and trust lines",
    "job_ad": "outlet job ads and job-board promos",
    "quiz_poll": "quiz and poll text",
    "print_edition": "'appeared in print' notes",
    "disclaimer": "opinion, investment, medical, gambling disclaimers and disclosure statements",
    "helpline_note": "crisis/helpline notes",
    "breaking_banner": "breaking-news banners",
    "feedback_prompt": "article feedback prompts",
    "error_loading": "loading/error/bot-check text",
    "translation_note": "translation notes and language links",
}


def write_readme(rows):
    by_kind = collections.Counter(r["kind"] for r in rows)
    by_outlet = collections.Counter(r["outlet"] for r in rows)
    s = README_HEAD.format(total=len(rows), seed=SEED, nkinds=len(by_kind))
    for k in KINDS:
        s += f"| `{k}` | {by_kind.get(k, 0)} | {KIND_DESC.get(k, '')} |\n"
    s += f"| **total** | **{len(rows)}** | |\n\n"
    named = sorted((o for o in by_outlet if o != "generic"), key=lambda o: (-by_outlet[o], o))
    s += f"## Outlets ({len(named)} named outlets + `generic`)\n\n"
    s += f"`generic`: {by_outlet['generic']} lines. Named outlets, with line counts, grouped by region:\n\n"
    regions = collections.OrderedDict()
    for o in OUTLETS:
        regions.setdefault(o["region"], [])
        if o["name"] in by_outlet:
            regions[o["region"]].append(o["name"])
    rname = {"us": "United States", "uk": "United Kingdom", "ie": "Ireland", "in": "India", "au": "Australia", "nz": "New Zealand", "ca": "Canada", "za": "South Africa", "ke": "Kenya", "ng": "Nigeria", "gh": "Ghana", "ug": "Uganda", "rw": "Rwanda", "tz": "Tanzania", "eg": "Egypt", "hk": "Hong Kong", "sg": "Singapore", "jp": "Japan", "kr": "South Korea", "th": "Thailand", "ph": "Philippines", "pk": "Pakistan", "bd": "Bangladesh", "id": "Indonesia", "my": "Malaysia", "tw": "Taiwan", "np": "Nepal", "qa": "Qatar", "ae": "UAE", "sa": "Saudi Arabia", "il": "Israel", "eu": "Europe"}
    for reg, names in regions.items():
        if names:
            s += f"* **{rname.get(reg, reg)}**: " + ", ".join(f"{n} ({by_outlet[n]})" for n in names) + "\n"
    s += "\nOutlet types in the generator: national and local newspapers, TV and radio sites, magazines, trade press, tech blogs, Substack-style newsletters, wire services, aggregators, press-release distributors and financial sites.\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(s)


if __name__ == "__main__":
    main()
