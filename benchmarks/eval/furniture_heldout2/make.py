#!/usr/bin/env python3
"""Generate furniture.jsonl: hand-written news-page furniture (non-article text).

Standard library only.  Every wording below was written by hand for this
corpus; templates are filled from hand-written slot lists with a fixed seed,
so the output is fully deterministic.

    python3 make.py            # writes furniture.jsonl next to this file
"""
import datetime
import json
import os
import random
import re

SEED = 4_2024_0611
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "furniture.jsonl")

# ---------------------------------------------------------------------------
# Countries: currency, places, agencies, helplines, time zones, name pools
# ---------------------------------------------------------------------------
C = {}


def country(cc, syms, rate, tld, tzs, places, agencies, helplines, names, us=False):
    C[cc] = dict(syms=syms, rate=rate, tld=tld, tzs=tzs, places=places,
                 agencies=agencies, helplines=helplines, names=names, us=us)


GENERIC_HELP = [
    "If you or someone you know is struggling, please contact a local crisis line or your nearest emergency department.",
    "If you are in immediate danger, call your local emergency number.",
]

country("us", ["$"], 1, ".com", ["ET", "CT", "PT", "MT", "EDT", "CDT", "PDT", "EST"],
        ["Tulsa", "Boise", "Dayton", "Fresno", "Spokane", "Knoxville", "Lubbock", "Duluth", "Albany",
         "Savannah", "Toledo", "Reno", "Des Moines", "Chattanooga", "Wichita", "Eugene", "Flagstaff",
         "Bangor", "Asheville", "Green Bay", "Macon", "Pueblo"],
        ["The Associated Press", "AP", "Reuters", "Bloomberg News", "Tribune News Service",
         "States Newsroom", "CNN Wire", "Stateline", "Kaiser Health News"],
        ["Call or text 988 to reach the 988 Suicide & Crisis Lifeline, available 24 hours a day.",
         "The National Domestic Violence Hotline is 1-800-799-7233; you can also text START to 88788.",
         "SAMHSA's National Helpline, 1-800-662-4357, is free, confidential and open around the clock.",
         "Text HOME to 741741 to reach the Crisis Text Line."],
        "west", us=True)
country("uk", ["£"], 0.79, ".co.uk", ["GMT", "BST"],
        ["Leeds", "Bristol", "Norwich", "Stoke-on-Trent", "Derby", "Hull", "Exeter", "Luton", "Preston",
         "Ipswich", "Sunderland", "Reading", "Wolverhampton", "Blackpool", "Swindon", "Lincoln",
         "Carlisle", "Bournemouth", "Doncaster", "Canterbury"],
        ["PA Media", "PA", "Reuters", "AFP", "Press Association", "SWNS", "Local Democracy Reporting Service"],
        ["Samaritans can be contacted for free, day or night, on 116 123 or by emailing jo@samaritans.org.",
         "You can call Mind's information line on 0300 123 3393.",
         "The National Domestic Abuse Helpline is free and open 24 hours on 0808 2000 247.",
         "Young people can call Childline free on 0800 1111.",
         "Papyrus HOPELINE247 supports under-35s on 0800 068 4141."],
        "west")
country("ie", ["€"], 0.92, ".ie", ["GMT", "IST"],
        ["Cork", "Galway", "Limerick", "Athlone", "Sligo", "Waterford", "Kilkenny", "Dundalk",
         "Tralee", "Ennis", "Letterkenny", "Navan", "Castlebar", "Portlaoise"],
        ["PA", "Reuters", "AFP", "Press Association", "Irish Press Association"],
        ["Samaritans is available 24/7 on freephone 116 123 or at jo@samaritans.ie.",
         "Pieta offers free counselling on 1800 247 247, or text HELP to 51444.",
         "Women's Aid runs a 24-hour freephone helpline on 1800 341 900.",
         "Aware's support line is 1800 80 48 48."],
        "west")
country("sco", ["£"], 0.79, ".co.uk", ["GMT", "BST"],
        ["Dundee", "Paisley", "Inverness", "Perth", "Stirling", "Kirkcaldy", "Aberdeen", "Falkirk",
         "Ayr", "Dumfries", "Livingston", "Oban", "Elgin"],
        ["PA", "PA Media", "Reuters", "Local Democracy Reporting Service"],
        ["Breathing Space can be reached on 0800 83 85 87.",
         "Samaritans can be contacted free on 116 123.",
         "Scotland's Domestic Abuse and Forced Marriage Helpline is open 24 hours on 0800 027 1234."],
        "west")
country("wal", ["£"], 0.79, ".co.uk", ["GMT", "BST"],
        ["Wrexham", "Swansea", "Newport", "Bangor", "Aberystwyth", "Llanelli", "Merthyr Tydfil",
         "Bridgend", "Carmarthen", "Caernarfon", "Pontypridd", "Barry"],
        ["PA", "PA Media", "Local Democracy Reporting Service"],
        ["The CALL mental health helpline for Wales is 0800 132 737, or text help to 81066.",
         "Samaritans can be contacted free on 116 123 in English or 0808 164 0123 in Welsh.",
         "Live Fear Free can be reached 24 hours on 0808 80 10 800."],
        "west")
country("ca", ["$", "C$"], 1.36, ".ca", ["ET", "PT", "MT", "AT", "CT"],
        ["Halifax", "Moncton", "Regina", "Kelowna", "Sudbury", "Kingston", "Lethbridge", "Thunder Bay",
         "Saskatoon", "Kamloops", "Sherbrooke", "Nanaimo", "Red Deer", "Peterborough"],
        ["The Canadian Press", "CP", "Postmedia News", "Reuters", "Local Journalism Initiative"],
        ["Anyone in Canada can call or text 9-8-8 for suicide crisis support, any time.",
         "Kids Help Phone is available 24/7 at 1-800-668-6868 or by texting CONNECT to 686868.",
         "The Hope for Wellness Help Line offers support to Indigenous people at 1-855-242-3310."],
        "west")
country("au", ["$", "A$"], 1.52, ".com.au", ["AEST", "AEDT", "AWST", "ACST"],
        ["Geelong", "Townsville", "Ballarat", "Wollongong", "Cairns", "Bendigo", "Toowoomba",
         "Launceston", "Mackay", "Wagga Wagga", "Bunbury", "Rockhampton", "Dubbo", "Mildura"],
        ["AAP", "Australian Associated Press", "Reuters", "AFP"],
        ["Lifeline: 13 11 14. Beyond Blue: 1300 22 4636.",
         "Readers seeking support can contact Lifeline on 13 11 14 or the Suicide Call Back Service on 1300 659 467.",
         "If you are affected by family violence, call 1800RESPECT on 1800 737 732.",
         "13YARN (13 92 76) is a crisis line for Aboriginal and Torres Strait Islander people."],
        "west")
country("nz", ["$", "NZ$"], 1.65, ".co.nz", ["NZST", "NZDT"],
        ["Hamilton", "Tauranga", "Dunedin", "Napier", "Nelson", "Whanganui", "Invercargill", "Rotorua",
         "Palmerston North", "Whangārei", "Gisborne", "Timaru", "New Plymouth"],
        ["RNZ", "Local Democracy Reporting", "AAP", "Reuters"],
        ["Need to talk? Free call or text 1737 any time to speak to a trained counsellor.",
         "Lifeline: 0800 543 354 or free text 4357 (HELP).",
         "Youthline: 0800 376 633, free text 234.",
         "Women's Refuge crisis line: 0800 733 843."],
        "west")
country("in", ["₹", "Rs "], 83, ".in", ["IST"],
        ["Pune", "Lucknow", "Kochi", "Indore", "Nagpur", "Guwahati", "Bhopal", "Coimbatore", "Jaipur",
         "Visakhapatnam", "Chandigarh", "Mysuru", "Patna", "Surat", "Dehradun"],
        ["PTI", "ANI", "IANS", "Press Trust of India", "Reuters"],
        ["If you need support, call the Tele-MANAS helpline on 14416 or 1-800-891-4416.",
         "KIRAN mental health helpline: 1800-599-0019 (toll free, 24x7).",
         "Women in distress can call 181 or the national emergency number 112."],
        "sasia")
country("pk", ["Rs", "Rs."], 280, ".com.pk", ["PKT"],
        ["Lahore", "Multan", "Peshawar", "Quetta", "Faisalabad", "Hyderabad", "Sialkot", "Gujranwala",
         "Abbottabad", "Bahawalpur", "Sukkur"],
        ["APP", "Associated Press of Pakistan", "PPI", "Reuters", "AFP"],
        ["Umang Pakistan runs a free mental health helpline on 0311-7786264.",
         "If you are in danger, call 15 for police assistance."],
        "sasia")
country("bd", ["Tk ", "Tk"], 110, ".com.bd", ["BST"],
        ["Chattogram", "Sylhet", "Khulna", "Rajshahi", "Barishal", "Cumilla", "Rangpur", "Mymensingh",
         "Cox's Bazar", "Gazipur"],
        ["BSS", "UNB", "AFP", "Reuters"],
        ["Kaan Pete Roi provides emotional support for people in distress.",
         "Call 999, the national emergency service, if someone is in immediate danger.",
         "The national helpline for violence against women and children is 109."],
        "sasia")
country("lk", ["Rs.", "LKR "], 300, ".lk", ["SLST"],
        ["Kandy", "Galle", "Jaffna", "Matara", "Kurunegala", "Negombo", "Trincomalee", "Batticaloa",
         "Anuradhapura", "Ratnapura"],
        ["News.lk", "AFP", "Reuters", "Xinhua"],
        ["Sumithrayo offers confidential support on 011 2 696 666.",
         "The CCCline can be reached free on 1333."],
        "sasia")
country("ng", ["₦", "N"], 1500, ".com.ng", ["WAT"],
        ["Ibadan", "Kano", "Enugu", "Port Harcourt", "Abeokuta", "Jos", "Kaduna", "Benin City",
         "Owerri", "Ilorin", "Calabar", "Uyo", "Akure"],
        ["NAN", "News Agency of Nigeria", "Reuters", "AFP"],
        ["The Mentally Aware Nigeria Initiative offers support to people in crisis.",
         "Call 112, the national emergency number, if you or someone else is in danger."],
        "africa")
country("ke", ["KSh ", "Sh"], 130, ".co.ke", ["EAT"],
        ["Kisumu", "Nakuru", "Eldoret", "Mombasa", "Nyeri", "Machakos", "Thika", "Kakamega", "Kericho",
         "Garissa", "Naivasha", "Meru"],
        ["KNA", "Kenya News Agency", "Reuters", "AFP", "Xinhua"],
        ["Befrienders Kenya offers emotional support on +254 722 178 177.",
         "Kenya Red Cross toll-free line: 1199.",
         "Gender-based violence survivors can call the free 1195 helpline."],
        "africa")
country("za", ["R"], 18.5, ".co.za", ["SAST"],
        ["Gqeberha", "Durban", "Polokwane", "Bloemfontein", "Pietermaritzburg", "Mbombela",
         "Stellenbosch", "East London", "Kimberley", "Rustenburg", "George", "Mthatha"],
        ["African News Agency", "ANA", "Reuters", "AFP", "Bloomberg"],
        ["The South African Depression and Anxiety Group (Sadag) runs a 24-hour helpline on 0800 567 567.",
         "The GBV Command Centre can be reached on 0800 428 428.",
         "Childline South Africa: 116 (toll free)."],
        "africa")
country("gh", ["GH₵", "GH¢"], 13, ".com.gh", ["GMT"],
        ["Kumasi", "Tamale", "Takoradi", "Cape Coast", "Ho", "Koforidua", "Sunyani", "Bolgatanga",
         "Wa", "Tema"],
        ["GNA", "Ghana News Agency", "Reuters", "AFP"],
        ["The Mental Health Authority helplines are available if you need to talk to someone.",
         "Call 112 if someone is in immediate danger."],
        "africa")
country("sg", ["S$"], 1.35, ".com.sg", ["SGT"],
        ["Tampines", "Jurong East", "Woodlands", "Punggol", "Bedok", "Toa Payoh", "Ang Mo Kio",
         "Sengkang", "Clementi", "Yishun", "Bukit Batok", "Pasir Ris"],
        ["Reuters", "AFP", "Bloomberg", "AP"],
        ["Samaritans of Singapore (SOS) 24-hour hotline: 1767. CareText (WhatsApp): 9151 1767.",
         "National mindline: 1771, or WhatsApp 6669 1771.",
         "Institute of Mental Health's Mental Health Helpline: 6389 2222."],
        "sea")
country("my", ["RM"], 4.7, ".my", ["MYT"],
        ["Ipoh", "Johor Bahru", "Kota Kinabalu", "Kuching", "George Town", "Melaka", "Shah Alam",
         "Kuantan", "Seremban", "Alor Setar", "Miri", "Petaling Jaya"],
        ["Bernama", "Reuters", "AFP"],
        ["Those in need of support can call Befrienders KL on 03-7627 2929 or Talian HEAL 15555.",
         "Talian Kasih 15999 is available around the clock."],
        "sea")
country("ph", ["₱", "P"], 56, ".com.ph", ["PHT"],
        ["Cebu City", "Davao City", "Iloilo City", "Baguio", "Cagayan de Oro", "Bacolod",
         "Zamboanga City", "Tacloban", "Legazpi", "General Santos", "Dumaguete", "Puerto Princesa"],
        ["PNA", "Philippine News Agency", "Reuters", "AFP"],
        ["The National Center for Mental Health crisis hotline is 1553 (landline) or 0917-899-8727.",
         "Hopeline PH: (02) 8804-4673 or 0917-558-4673."],
        "sea")
country("hk", ["HK$"], 7.8, ".hk", ["HKT"],
        ["Sha Tin", "Tsuen Wan", "Mong Kok", "Tuen Mun", "Kwun Tong", "Yuen Long", "Sai Kung",
         "Tai Po", "Causeway Bay", "Sham Shui Po"],
        ["Reuters", "AFP", "Bloomberg", "Xinhua"],
        ["The Samaritans 24-hour hotline is 2896 0000. The Samaritan Befrienders Hong Kong: 2389 2222.",
         "Suicide Prevention Services: 2382 0000."],
        "hk")
country("jm", ["J$"], 155, ".com.jm", ["EST"],
        ["Montego Bay", "Spanish Town", "Mandeville", "Ocho Rios", "May Pen", "Port Antonio",
         "Savanna-la-Mar", "Portmore"],
        ["JIS", "CMC", "Reuters", "AP"],
        ["The Ministry of Health's mental health and suicide prevention helpline is 888-639-5433.",
         "Call 119 in an emergency."],
        "west")
country("tt", ["TT$", "$"], 6.8, ".co.tt", ["AST"],
        ["San Fernando", "Arima", "Chaguanas", "Scarborough", "Point Fortin", "Couva", "Sangre Grande",
         "Diego Martin"],
        ["CMC", "Reuters", "AFP"],
        ["Lifeline TT can be reached on 800-5588 or 866-5433.",
         "Childline: 131 or 800-4321."],
        "west")
country("bb", ["BDS$", "$"], 2, ".bb", ["AST"],
        ["Bridgetown", "Speightstown", "Oistins", "Holetown", "Six Roads", "Warrens"],
        ["CMC", "Barbados Government Information Service", "AP"],
        ["The Samaritans of Barbados can be reached on 246-429-9999.",
         "Call 211 for the police in an emergency."],
        "west")
country("bs", ["$", "B$"], 1, ".bs", ["EST"],
        ["Nassau", "Freeport", "Marsh Harbour", "George Town", "Andros Town"],
        ["CMC", "AP", "Reuters"],
        ["The National Crisis Hotline is 322-2763.",
         "Call 919 or 911 in an emergency."],
        "west")
country("ae", ["AED ", "Dh"], 3.67, ".ae", ["GST", "UAE time"],
        ["Sharjah", "Ajman", "Al Ain", "Ras Al Khaimah", "Dubai Marina", "Abu Dhabi", "Fujairah",
         "Jumeirah Village Circle", "Deira", "Khalifa City"],
        ["WAM", "Reuters", "AFP", "Bloomberg"],
        ["The National Programme for Happiness and Wellbeing support line is 800 4673.",
         "Call 999 in an emergency."],
        "gulf")
country("qa", ["QR", "QAR "], 3.64, ".qa", ["AST"],
        ["Doha", "Al Wakrah", "Lusail", "Al Khor", "The Pearl", "Al Rayyan", "Msheireb"],
        ["QNA", "Reuters", "AFP"],
        ["The Ministry of Public Health's mental health helpline is 16000.", "Call 999 in an emergency."],
        "gulf")
country("bh", ["BD", "BHD "], 0.38, ".bh", ["AST"],
        ["Manama", "Muharraq", "Riffa", "Isa Town", "Seef", "Juffair", "Hamad Town"],
        ["BNA", "Reuters", "AFP"],
        ["Call 999 in an emergency."], "gulf")
country("om", ["RO ", "OMR "], 0.385, ".om", ["GST"],
        ["Muscat", "Sohar", "Salalah", "Nizwa", "Sur", "Seeb", "Ibri"],
        ["ONA", "Reuters", "AFP"],
        ["Call 9999 in an emergency."], "gulf")
country("kw", ["KD ", "KWD "], 0.31, ".com.kw", ["AST"],
        ["Kuwait City", "Salmiya", "Hawalli", "Jahra", "Fahaheel", "Farwaniya", "Mangaf"],
        ["KUNA", "Reuters", "AFP"],
        ["Call 112 in an emergency."], "gulf")
country("sa", ["SR ", "SAR "], 3.75, ".com", ["AST"],
        ["Riyadh", "Jeddah", "Dammam", "Khobar", "Abha", "Tabuk", "AlUla", "Madinah"],
        ["SPA", "Saudi Press Agency", "Reuters", "AFP"],
        ["Call 911 in an emergency."], "gulf")

# ---------------------------------------------------------------------------
# Outlets (name, country).  Real and invented names; page types vary.
# ---------------------------------------------------------------------------
_OUT = {
    "us": """Tampa Bay Times; The Seattle Times; Star Tribune; The Oregonian; Houston Chronicle; The Denver Post;
Milwaukee Journal Sentinel; The Boston Globe; Chicago Sun-Times; The Arizona Republic; The Kansas City Star;
Detroit Free Press; Pittsburgh Post-Gazette; The Atlanta Journal-Constitution; The Philadelphia Inquirer;
San Antonio Express-News; The Salt Lake Tribune; Omaha World-Herald; Richmond Times-Dispatch; The Post and Courier;
Honolulu Civil Beat; The Texas Tribune; CalMatters; Mississippi Today; Chalkbeat; ProPublica; The Marshall Project;
Block Club Chicago; Berkeleyside; Inside Climate News; Searchlight New Mexico; The City; Cardinal News;
WRAL; KSDK; WFAA; KARE 11; WBAL-TV 11; KOMO News; WSB-TV; NBC 5 Dallas-Fort Worth; KCRA 3; WPTV;
Fox 8 Cleveland; KTVB 7; WCNC Charlotte; KOAT Action 7 News; WTHR 13; News 4 Jax;
Lubbock Plains Courier; Duluth Harbor Herald; The Savannah Ledger-Dispatch; Knoxville Ridge Times;
Boise Sentinel-Record; Albany Capital Journal; The Hudson Valley Chronicle; Cape Fear Daily; Mesa County Dispatch;
The Ozark Mountain Echo; Sandusky Bay Register; Petaluma Courier; Bucks County Daily Item; Tri-Cities Tribune-Herald;
Yakima Valley Monitor; The Brazos Bulletin; Cedar Rapids Evening Gazette; The Panhandle Pilot; Chesapeake Tidewater News;
The Atlantic; The New Yorker; Wired; Rolling Stone; Popular Science; Texas Monthly; Smithsonian Magazine;
Scientific American; National Geographic; Car and Driver; Runner's World; Bon Appétit; Golf Digest;
The Athletic; ESPN; Variety; Billboard; Deadline; Pitchfork;
FreightWaves; Modern Farmer; Successful Farming; Farm Progress; Fierce Healthcare; STAT; MedPage Today;
Healthcare Dive; Utility Dive; Construction Dive; TechCrunch; The Verge; Ars Technica; Engadget; VentureBeat;
MarketWatch; Barron's; Kiplinger; American Banker; Insurance Journal; CoinDesk; Restaurant Business;
Grain Markets Weekly; Rig Count Report; Heartland Co-op Journal;
The Daily Orange; The Michigan Daily; The Daily Texan; The Harvard Crimson; The Stanford Daily; The Daily Tar Heel;
The Badger Herald; The Lantern;
Associated Press; Bloomberg; UPI; Courthouse News Service;
Yahoo News; MSN; NewsBreak; Flipboard; SmartNews; Patch; Axios Local; Ground News;
Rust Belt Ramblings; The Margin Call (Substack); Capitol Gripe; Prairie Dispatch Blog; The Daily Tinker""",
    "uk": """The Guardian; The Times; The Independent; Daily Mirror; Evening Standard; The i Paper; The Telegraph;
Manchester Evening News; Liverpool Echo; Birmingham Mail; Yorkshire Post; The Northern Echo; Eastern Daily Press;
Bristol Post; Hull Daily Mail; Leicester Mercury; Nottingham Post; The Argus; Oxford Mail; Cambridge Independent;
KentOnline; Lancashire Telegraph; Derby Telegraph; Stoke Sentinel; Plymouth Herald; Express & Star; Shropshire Star;
ITV News; BBC News; Sky News; Channel 4 News;
Luton Gazette & Courier; The Preston Citizen; Exeter Express; Norwich Market Post; The Wessex Chronicle;
Cotswold Journal; Tees Valley Bugle; Fenland Advertiser;
The Spectator; New Statesman; The Economist; Prospect; Which?; Farmers Weekly; Farmers Guardian; Lloyd's List;
TradeWinds; Computer Weekly; The Register; The Grocer; Construction News; Nursing Times; Press Gazette; Tortoise;
The Bristol Cable; Citywire; Investment Week; Money Marketing; Railway Gazette; Air Cargo News; New Scientist;
Autocar; Top Gear; Sky Sports; Wisden; The Cricketer; When Saturday Comes; Finextra; Energy Voice; Upstream;
Varsity; Cherwell; The Tab; Felix""",
    "ie": """The Irish Times; Irish Independent; Irish Examiner; TheJournal.ie; RTÉ News; Limerick Leader; Connacht Tribune;
The Kerryman; Sligo Champion; Dundalk Democrat; Western People; Business Post; Agriland; The Ditch;
University Times; Galway Advertiser; Irish Farmers Journal""",
    "sco": """The Herald; The Scotsman; Daily Record; The National; Press and Journal; The Courier; Edinburgh Evening News;
Paisley Daily Express; Inverness Courier; The Ferret; STV News; Glasgow Times; The Orcadian; Greenock Telegraph""",
    "wal": """WalesOnline; Western Mail; South Wales Argus; North Wales Live; Nation.Cymru; South Wales Evening Post;
Cambrian News; The Leader; Gair Rhydd; Caerphilly Observer; Wrexham.com""",
    "ca": """Toronto Star; The Globe and Mail; National Post; CBC News; CTV News; Global News; Winnipeg Free Press;
Calgary Herald; Edmonton Journal; Vancouver Sun; Ottawa Citizen; Halifax Examiner; The Tyee; The Narwhal;
Regina Leader-Post; The Chronicle Herald; Kelowna Capital News; Sudbury.com; The Hamilton Spectator; The Walrus;
Maclean's; The Western Producer; The Varsity; The McGill Daily; Northern Ontario Pulse""",
    "au": """The Sydney Morning Herald; The Age; The Australian; ABC News; Brisbane Times; The West Australian;
Herald Sun; The Canberra Times; Newcastle Herald; Illawarra Mercury; Townsville Bulletin; The Cairns Post;
Geelong Advertiser; The Courier; Crikey; The Conversation; The Saturday Paper; InDaily; Michael West Media;
The Land; Grain Central; The Monthly; Honi Soit; Riverina Leader""",
    "nz": """Stuff; The New Zealand Herald; RNZ; The Spinoff; Otago Daily Times; Waikato Times; The Press; Newsroom;
Hawke's Bay Today; Rotorua Daily Post; Farmers Weekly NZ; Critic Te Arohi; BusinessDesk; 1News""",
    "in": """The Hindu; Hindustan Times; The Times of India; The Indian Express; NDTV; Deccan Herald; The Tribune;
Mint; Business Standard; The Telegraph India; Scroll.in; The Wire; ThePrint; News18; Mid-Day;
The New Indian Express; Deccan Chronicle; Moneycontrol; Down To Earth; The Quint; Newslaundry; The Statesman;
Free Press Journal; The Assam Tribune; Onmanorama; Krishi Jagran""",
    "pk": """Dawn; The Express Tribune; The News International; Business Recorder; Pakistan Today; Daily Times;
The Friday Times; Geo News; Samaa English; ARY News; The Nation; Profit""",
    "bd": """The Daily Star; Dhaka Tribune; The Business Standard; New Age; The Financial Express; bdnews24.com;
Prothom Alo English; Daily Sun; The Daily Observer; United News of Bangladesh""",
    "lk": """Daily Mirror Sri Lanka; Daily FT; The Island; Sunday Times Sri Lanka; EconomyNext; Ceylon Today;
Daily News; Newswire.lk; The Morning""",
    "ng": """Premium Times; The Punch; Vanguard; The Guardian Nigeria; ThisDay; BusinessDay; Daily Trust; TheCable;
Channels TV; Sahara Reporters; Nairametrics; The Nation Nigeria; Leadership; HumAngle""",
    "ke": """Daily Nation; The Standard; The Star Kenya; Business Daily Africa; Citizen Digital; Capital FM Kenya;
Kenyans.co.ke; Tuko; The EastAfrican; Nation Africa""",
    "za": """News24; Daily Maverick; Mail & Guardian; TimesLIVE; IOL; The Citizen; BusinessLIVE; Sowetan; GroundUp;
The South African; Eyewitness News; Farmer's Weekly SA; Moneyweb; Daily Dispatch; The Witness; amaBhungane""",
    "gh": """Graphic Online; Citi Newsroom; MyJoyOnline; GhanaWeb; Ghanaian Times; The Chronicle Ghana; Pulse Ghana;
3News; Modern Ghana; B&FT Online""",
    "sg": """The Straits Times; CNA; TODAY; The Business Times; Mothership; Rice Media; The Independent SG; Vulcan Post;
The Edge Singapore; Tech in Asia""",
    "my": """The Star Malaysia; New Straits Times; Malay Mail; Free Malaysia Today; Malaysiakini; The Edge Malaysia;
The Vibes; Daily Express Sabah; The Borneo Post; Bernama""",
    "ph": """Philippine Daily Inquirer; Rappler; Philstar.com; Manila Bulletin; GMA News Online; ABS-CBN News; BusinessWorld;
SunStar Cebu; Mindanao Times; The Freeman; The Manila Times; PCIJ; Interaksyon""",
    "hk": """South China Morning Post; Hong Kong Free Press; The Standard HK; RTHK English; Harbour Times; Young Post;
EJ Insight""",
    "jm": """Jamaica Gleaner; Jamaica Observer; Radio Jamaica News; Loop Jamaica""",
    "tt": """Trinidad Guardian; Trinidad and Tobago Newsday; Trinidad Express; Loop Caribbean""",
    "bb": """Barbados Today; Nation News; St Lucia Times; Antigua Observer; Stabroek News; Kaieteur News; Dominica News Online""",
    "bs": """The Tribune Bahamas; The Nassau Guardian; Cayman Compass; Bermuda Royal Gazette""",
    "ae": """Gulf News; Khaleej Times; The National; Arabian Business; Gulf Today; Zawya""",
    "qa": """Gulf Times; The Peninsula Qatar; Doha News; Qatar Tribune""",
    "bh": """Gulf Daily News; Daily Tribune Bahrain""",
    "om": """Times of Oman; Muscat Daily; Oman Observer""",
    "kw": """Arab Times; Kuwait Times""",
    "sa": """Arab News; Saudi Gazette""",
}
OUTLETS = []
_seen_outlets = set()
for _cc, _blob in _OUT.items():
    for _name in _blob.replace("\n", " ").split(";"):
        _name = _name.strip()
        if _name and _name not in _seen_outlets:
            _seen_outlets.add(_name)
            OUTLETS.append((_name, _cc))

# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------
NAMES = {
    "west": (
        "James Sarah Michael Emma Daniel Olivia Liam Hannah Connor Aoife Ciarán Siobhan Rhys Cerys Fraser Isla "
        "Jake Chloe Marcus Tom Rebecca Nathan Grace Owen Megan Tyler Brianna Kevin Jessica Ethan Natalie Mateo "
        "Sofia Andre Keisha Wiremu Aroha Mitchell Kylie Dominic Harriet Callum Niamh Gareth Bethan Jordan Tamsin",
        "Thompson O'Brien Walsh McKenzie Davies Hughes Patel Nguyen Garcia Robinson Fletcher Marsh Donnelly "
        "Campbell Morgan Evans Jenkins Whitaker Castillo Brooks Kowalski Lindqvist Schultz Hart Bennett Doyle "
        "Reid Sinclair Tremblay Leblanc Nakamura Ramírez Wallace Parata Henare Kaur Cheng Ahmed Murphy Okafor "
        "Pritchard Gallagher Armstrong Byrne Fitzgerald Hollis"),
    "sasia": (
        "Aarav Priya Rohan Ananya Vikram Sneha Arjun Kavya Imran Ayesha Bilal Sana Farhan Nusrat Tahmid Shirin "
        "Dinesh Nimali Kasun Tharushi Rahul Meera Zain Hina Aditi Siddharth Fatima Usman Rubina Naveen",
        "Sharma Iyer Reddy Banerjee Menon Singh Chaudhry Qureshi Malik Siddiqui Hossain Rahman Chowdhury Perera "
        "Fernando Wijesinghe Nair Gupta Kapoor Mukherjee Bhatt Khan Das Pillai Jayasuriya Rao Ansari Baig"),
    "africa": (
        "Chinedu Ngozi Tunde Amaka Emeka Funmilayo Kwame Ama Kofi Efua Yaw Abena Wanjiru Kamau Otieno Achieng "
        "Njeri Kiprono Thabo Lerato Sipho Naledi Pieter Zanele Bukola Ifeoma Musa Halima",
        "Okonkwo Adeyemi Balogun Eze Ibrahim Mensah Boateng Asante Owusu Agyeman Mwangi Odhiambo Kariuki "
        "Wekesa Chebet Nkosi Dlamini Mokoena Botha Naidoo Khumalo Okoro Bello Ndlovu Oduya Abubakar"),
    "sea": (
        "Wei Ling|Jun Hao|Siti|Ahmad|Nurul|Farid|Mei|Darren|Joanna|Marites|Paolo|Bea|Carlo|Trisha|Rizal|Aisyah|"
        "Kelvin|Charmaine|Hafiz|Jasmine|Gerald|Kristine",
        "Tan Lim Ng Wong Lee Chua Abdullah Ismail Santos Reyes Cruz Bautista Mendoza Aquino Villanueva Yeo Goh "
        "Teo Hashim Ong Ramos Lopez"),
    "hk": (
        "Ka-yan|Wing|Kit|Vivian|Jeffie|Candice|Ho-yin|Natalie|Edmond|Cheryl|Kelly|Tony|Yuen-ting",
        "Chan Leung Cheung Lau Ho Wong Lam Tsang Yip Fung Kwok Mak"),
    "gulf": (
        "Ahmed Fatima Omar Mariam Khalid Noura Yousef Layla Hamad Aisha Rashid Huda Salem Reem Sultan Dana",
        "Al Mansoori|Al Hashimi|Al Kuwari|Al Balushi|Al Harthy|Al Saleh|Haddad|Nasser|Al Amiri|Al Shamsi|"
        "Al Rumaihi|Al Otaibi|Al Zadjali|Al Sayegh"),
}


def _split(s):
    return [x.strip() for x in (s.split("|") if "|" in s else s.split()) if x.strip()]


NAME_POOLS = {k: (_split(f), _split(l)) for k, (f, l) in NAMES.items()}

PHOTO_AGENCIES = ["Getty Images", "AP", "Reuters", "AFP via Getty Images", "EPA", "EPA-EFE", "PA Wire", "Shutterstock",
                  "Alamy", "Bloomberg", "NurPhoto", "Anadolu", "SOPA Images", "Xinhua", "AAP Image", "The Canadian Press",
                  "PTI", "Zuma Press", "Sipa USA", "Supplied", "Handout", "iStock", "Unsplash", "Pexels",
                  "Wikimedia Commons", "Instagram", "X", "courtesy of the family", "File", "Pool", "Contributed"]

PARTNERS = ["the Google News Initiative", "the Meta Journalism Project", "the European Journalism Centre",
            "the Pulitzer Center", "the Solutions Journalism Network", "the Bill & Melinda Gates Foundation",
            "Open Society Foundations", "the Wellcome Trust", "the Future of Media Fund",
            "the Facebook Journalism Project", "the Rural Reporting Fund", "a coalition of local donors",
            "a group of local philanthropists", "the Media Development Investment Fund"]
PARTNERS_BY_CC = {
    "us": ["the Knight Foundation", "the Lenfest Institute", "Report for America", "the Walton Family Foundation",
           "the Heising-Simons Foundation", "the American Journalism Project", "a community foundation"],
    "uk": ["the Joseph Rowntree Charitable Trust", "the Public Interest News Foundation", "the Civitates fund"],
    "ca": ["the Local Journalism Initiative", "the Canadian Periodical Fund"],
    "nz": ["the Aotearoa New Zealand Public Interest Journalism Fund", "NZ On Air"],
    "au": ["the Public Interest Journalism Initiative", "the Walkley Foundation"],
    "za": ["the Raith Foundation", "the Henri Nannen fund"],
    "in": ["the Independent and Public-Spirited Media Foundation"],
}
PHONE_FMTS = {
    "us": ["(XXX) 555-XXXX", "1-800-XXX-XXXX", "XXX-555-XXXX"], "uk": ["0800 XXX XXXX", "020 7XXX XXXX", "0161 XXX XXXX"],
    "sco": ["0141 XXX XXXX", "0131 XXX XXXX", "0800 XXX XXXX"], "wal": ["029 20XX XXXX", "01792 XXXXXX"],
    "ie": ["01 XXX XXXX", "021 XXX XXXX", "1800 XXX XXX"], "ca": ["1-800-XXX-XXXX", "(416) 555-XXXX", "902-555-XXXX"],
    "au": ["1300 XXX XXX", "(02) XXXX XXXX", "(03) 9XXX XXXX"], "nz": ["0800 XXX XXX", "(09) XXX XXXX"],
    "in": ["011-XXXX XXXX", "+91 22 XXXX XXXX", "1800-XXX-XXXX"], "pk": ["021-XXXXXXXX", "+92 42 XXXXXXXX"],
    "bd": ["+880 2 XXXXXXX", "02-XXXXXXX"], "lk": ["011 2 XXX XXX", "+94 11 XXX XXXX"],
    "ng": ["0803 XXX XXXX", "0907 XXX XXXX"], "ke": ["0709 XXX XXX", "+254 20 XXX XXXX"],
    "za": ["021 XXX XXXX", "011 XXX XXXX", "0800 XXX XXX"], "gh": ["030 XXX XXXX", "+233 30 XXX XXXX"],
    "sg": ["6XXX XXXX", "1800 XXX XXXX"], "my": ["03-XXXX XXXX", "1-300-XX-XXXX"], "ph": ["(02) 8XXX-XXXX", "0917 XXX XXXX"],
    "hk": ["2XXX XXXX", "3XXX XXXX"], "jm": ["876-XXX-XXXX"], "tt": ["868-XXX-XXXX"], "bb": ["246-XXX-XXXX"],
    "bs": ["242-XXX-XXXX"], "ae": ["+971 4 XXX XXXX", "800 XXXX"], "qa": ["+974 44XX XXXX"], "bh": ["+973 17XX XXXX"],
    "om": ["+968 24XX XXXX"], "kw": ["+965 22XX XXXX"], "sa": ["+966 11 XXX XXXX"],
}
WHATSAPP_PREFIX = {"uk": "+44 7700 9", "sco": "+44 7700 9", "wal": "+44 7700 9", "ie": "+353 87 ", "in": "+91 9",
                   "pk": "+92 300 ", "bd": "+880 17", "lk": "+94 77 ", "ng": "+234 80", "ke": "+254 72",
                   "za": "+27 82", "gh": "+233 24", "sg": "+65 9", "my": "+60 12-", "ph": "+63 917 ",
                   "hk": "+852 9", "au": "+61 4", "nz": "+64 21 ", "ae": "+971 50 ", "qa": "+974 5",
                   "jm": "+1 876 ", "tt": "+1 868 "}

UNIS = ["the University of Leeds", "Ohio State University", "the University of Cape Town", "McGill University",
        "the University of Melbourne", "Trinity College Dublin", "the National University of Singapore",
        "Ashoka University", "the University of Nairobi", "Lahore University of Management Sciences",
        "the University of the West Indies", "Victoria University of Wellington", "the London School of Economics",
        "Columbia Journalism School", "the University of Lagos", "Ateneo de Manila University",
        "the University of Edinburgh", "Cardiff University", "the University of Ghana", "Wits University"]

BOOKS = ["The Salt Road", "Small Hours", "Counting the Tide", "A Quiet Audit", "Borrowed Ground",
         "The Long Commute", "What the River Knew", "Paper Towns, Paper Money", "Nobody's Harbour",
         "The Ledger Keepers", "After the Mill", "Monsoon Accounts", "The Last Bus to Nowhere"]

BEATS = ["local government", "courts and crime", "health", "education", "climate and environment", "transport",
         "housing", "business", "politics", "agriculture", "technology", "the arts", "sport", "energy",
         "immigration", "social affairs", "science", "consumer affairs", "defence", "religion", "food and drink",
         "personal finance", "shipping", "labour", "media", "the economy", "public safety", "higher education"]

ROLES = ["Staff Reporter", "Senior Correspondent", "Political Editor", "Health Reporter", "Chief Reporter",
         "Local Democracy Reporter", "Business Editor", "Data Journalist", "Investigations Editor",
         "Courts Reporter", "Environment Correspondent", "Special Correspondent", "Deputy Editor",
         "Contributing Writer", "News Editor", "Senior Writer", "Metro Reporter", "Education Reporter",
         "Sports Writer", "Chief Political Correspondent", "Features Writer", "Trainee Reporter",
         "Associate Editor", "Video Journalist", "Audience Editor", "Breaking News Reporter",
         "Washington Correspondent", "Westminster Correspondent",
         "Digital Producer", "Weekend Editor", "Columnist"]

SECTIONS = ["News", "Local", "Sport", "Business", "Opinion", "Politics", "World", "Culture", "Lifestyle",
            "Entertainment", "Health", "Science", "Tech", "Money", "Property", "Travel", "Food", "Motoring",
            "Education", "Environment", "Crime", "Courts", "Weather", "Obituaries", "Letters", "Puzzles",
            "Video", "Podcasts", "Photos", "Features", "Analysis", "Comment", "Markets", "Farming", "Community",
            "Arts", "Books", "Music", "Film", "TV & Radio", "Jobs", "Classifieds", "Public Notices", "Events",
            "Cricket", "Rugby", "Football", "GAA", "Hockey", "Racing", "Nation", "Metro", "Region", "City",
            "Explainers", "Investigations", "Fact Check", "Climate", "Personal Finance", "Wellness",
            "Real Estate", "Autos", "Energy", "Shipping", "Agribusiness", "Startups", "Columnists", "Editorials",
            "Horoscopes", "Recipes", "Schools", "Elections", "Traffic", "Newsletters", "e-Paper"]

TAGS = ["cost of living", "housing", "interest rates", "heatwave", "flooding", "wildfires", "local elections",
        "city council", "school board", "NHS", "transport", "rail strikes", "inflation", "budget", "tourism",
        "crime", "policing", "courts", "climate change", "drought", "monsoon", "cyclone", "energy prices",
        "fuel", "electricity", "water", "public health", "measles", "mental health", "universities", "exams",
        "farming", "fisheries", "mining", "shipping", "ports", "trade", "tariffs", "jobs", "unemployment",
        "small business", "retail", "restaurants", "arts", "music", "festivals", "football", "cricket",
        "rugby", "netball", "athletics", "Premier League", "IPL", "AFL", "NRL", "NFL", "NBA", "MLB",
        "Super Rugby", "local history", "obituaries", "traffic", "roadworks", "weather", "property market",
        "rent", "homelessness", "immigration", "elections 2024", "parliament", "Congress", "Senate",
        "state legislature", "county commission", "wildlife", "parks", "libraries", "churches",
        "artificial intelligence", "cybersecurity", "startups", "banking", "crypto", "stock market",
        "oil and gas", "renewables", "solar", "electric vehicles", "airlines", "road safety", "children",
        "older people", "disability", "Indigenous affairs", "Māori", "First Nations", "religion", "Ramadan",
        "Diwali", "Christmas", "Eid", "Lunar New Year", "back to school", "consumer rights", "scams"]

HEADLINES = [
    "{place} council approves plan for 400 new homes on former golf course",
    "Bus fares to rise from April, operator confirms",
    "Why are so many young people moving back to {place}?",
    "Five things we learned from this week's budget",
    "Man charged after stolen car crashes into {place} shopfront",
    "Heat warning issued as temperatures set to soar this weekend",
    "The housing crisis won't be solved by slogans",
    "Rescue crew pulls dog from icy river",
    "Election results as counting continues overnight",
    "{place} bakery owner marks 40 years behind the counter",
    "Hospital waiting lists hit new record, figures show",
    "Teachers vote to strike over pay offer",
    "What the rate decision means for your mortgage",
    "Families told to boil water after contamination scare in {place}",
    "Police appeal for witnesses after late-night assault",
    "New cycle lane divides opinion on {place} high street",
    "Former mayor {sur} dies aged 81",
    "Inside the race to save the last cinema in {place}",
    "Airport expansion plan faces fresh legal challenge",
    "Power cuts expected as storm moves inland",
    "Price of a weekly shop up again, says watchdog",
    "Local startup raises millions for battery recycling plant",
    "Road closed for three weeks while bridge is repaired",
    "Star striker signs new three-year deal",
    "Coach quits after humiliating cup exit",
    "Fans queue overnight for final-day tickets",
    "Rain forces abandonment of opening match",
    "Record crowd expected for derby clash in {place}",
    "Five of the best walks near {place} this spring",
    "Is it still worth buying an electric car?",
    "The quiet scandal at the heart of our care homes",
    "Landlords warn of exodus as new rules take effect",
    "Mystery over dead fish found along {place} riverbank",
    "School to close early after heating system fails",
    "Town's last bank branch to shut its doors",
    "Drought declared across three districts",
    "Flood defences to be strengthened after winter damage",
    "Shoppers urged to check fridges after product recall",
    "Family pays tribute to 'kind and funny' teenager",
    "Court hears of 'campaign of harassment' against neighbour",
    "Planners reject controversial waste plant near {place}",
    "City's first night market opens to huge crowds",
    "How a tiny library became the heart of its village",
    "Wildfire smoke triggers air quality alert",
    "Ferry services cancelled as high winds batter coast",
    "Exam results: top marks up at {place} schools",
    "Cost of living: the families skipping meals to pay rent",
    "Doctors warn of measles cases rising again",
    "Train operator fined over repeated cancellations",
    "New rules for dog owners on beaches come into force",
    "Tourist numbers return to pre-pandemic levels",
    "Council tax set to rise by almost five per cent",
    "The dark side of the online resale boom",
    "Farmers count cost of worst harvest in a decade",
    "Rice prices climb as export curbs bite",
    "Fuel price hike: what changes from midnight",
    "Monsoon rains flood low-lying areas of {place}",
    "Load-shedding schedule extended for another week",
    "Matatu operators call off planned strike",
    "Jeepney modernisation deadline pushed back again",
    "HDB resale prices edge up for sixth straight quarter",
    "Landslide cuts off highway near {place}",
    "MTR disruption as signal fault hits morning commute",
    "Expats in {place} face new visa rules from next month",
    "Rupee slips against the dollar in early trade",
    "Naira weakens further at the parallel market",
    "Cedi steadies as central bank steps in",
    "Shilling holds firm despite import demand",
    "Power tariff increase approved by regulator",
    "Cricket board names new selection panel",
    "All Blacks name uncapped trio in squad",
    "Socceroos boss keeps faith with veterans",
    "Wallabies coach under pressure after another loss",
    "Proteas chase down record target",
    "Black Caps thrashed inside three days",
    "GAA: county final goes to replay",
    "Rangers and Celtic to meet in cup semi-final",
    "Wrexham promotion party draws thousands",
    "Village pub saved by community buyout",
    "Crofters demand action on ferry reliability",
    "Ambulance waits worst on record in {place}",
    "Hurricane season forecast: what to expect",
    "Sargassum seaweed returns to eastern beaches",
    "Carnival organisers confirm new route",
    "Desalination plant expansion to boost water supply",
    "New metro line opening date announced",
    "Heat stress rules for outdoor workers take effect",
    "Ten restaurants that defined {place} this year",
    "Review: a thrilling, uneven return to form",
    "Podcast: the election, explained in 20 minutes",
    "Quiz: how well did you follow the news this week?",
    "Letters: readers on parking, potholes and politeness",
    "Obituary: the teacher who never stopped learning",
    "Explained: what happens now the talks have collapsed",
    "Analysis: the numbers behind the surprise result",
    "Watch: drone footage shows scale of flooding",
    "Pictures: the best photos of the week",
    "The week in {place}: ten stories you may have missed",
    "Ask the expert: can my landlord keep my deposit?",
    "Recipe: a five-ingredient weeknight curry",
    "Horoscopes for the week ahead",
    "Stocks rally as tech shares rebound",
    "Oil slips on demand worries",
    "Central bank holds rates steady, signals cuts later",
    "Container freight rates fall for fourth week",
    "Wheat futures jump on dry-weather concerns",
    "Hospital group cuts 200 admin roles",
    "Chip maker to open plant near {place}",
    "Regulator opens probe into supermarket pricing",
    "Startup founder {sur} on building in a downturn",
    "Opinion: our roads are a national embarrassment",
    "Editorial: the council must come clean",
    "Column: I tried living without my phone for a week",
    "Student union votes to cut ties with sponsor",
    "Campus housing costs up 12 per cent",
    "Teen's invention wins national science prize",
    "Zoo welcomes twin red panda cubs",
    "Missing hiker found safe after two nights in bush",
    "Great white sighting closes beach near {place}",
    "Bird flu detected at second farm",
    "Woman, 92, finally gets her degree",
    "The best budget headphones we've tested",
    "Our pick of the weekend's TV",
    "Eight new books to read this month",
    "Concert review: a night to remember in {place}",
    "Landmark hotel sold to overseas buyer",
    "{place} named one of the best places to live",
    "Pothole complaints double in a year",
    "Bin collections to move to every three weeks",
    "Speed limit cut to 20mph on residential roads",
    "Rates relief scheme for small shops extended",
    "Local charity needs volunteers for winter appeal",
    "Golden oldies: {place} care home residents recreate famous album covers",
    "Tributes paid to former councillor {sur}",
    "Man jailed for 14 years over drugs operation",
    "Fraud trial told of lavish spending",
    "Arrest after fire at derelict building in {place}",
    "Fresh bid to revive disused railway line",
    "Flights delayed after air traffic control glitch",
    "Rent caps: what tenants need to know",
    "Smart meter rollout falls behind schedule",
    "Super fund returns beat expectations",
    "KiwiSaver members urged to check fees",
    "PAYE changes: how your payslip will look",
    "Section 8 waitlist reopens for first time in years",
    "State to pay more for rural broadband",
    "County sheriff unveils body camera policy",
    "Tenants say mould complaints ignored for months",
]

SCENES = [
    "Residents queue for drinking water at a distribution point in {place} on {day}.",
    "A worker inspects solar panels at a plant outside {place}.",
    "Firefighters damp down the remains of a warehouse in {place}.",
    "{name} stands outside the shop she has run for more than two decades.",
    "Commuters wait on a crowded platform during the morning rush.",
    "Supporters celebrate after the final whistle.",
    "Floodwater surrounds homes on the outskirts of {place}.",
    "A farmer checks his crop after weeks without rain.",
    "Students sit an exam at a secondary school in {place}.",
    "Protesters gather outside the city hall on {day} evening.",
    "{name} speaks to reporters after the hearing.",
    "Shoppers browse stalls at the weekend market in {place}.",
    "A nurse prepares a vaccine at a clinic in {place}.",
    "The ferry leaves the harbour at first light.",
    "Volunteers sort donated food at a community pantry.",
    "Construction continues on the new bridge across the river.",
    "A mural by a local artist on the side of the old post office.",
    "Traffic backs up on the highway after the crash.",
    "{name} with her grandchildren in the family garden.",
    "Police tape cordons off the street where the incident happened.",
    "The skyline of {place} seen from the hills at dusk.",
    "Children play in a fountain as temperatures climb.",
    "Fishing boats moored in the harbour during the storm.",
    "Delegates arrive for the opening session of the summit.",
    "The team lifts the trophy in front of a packed stand.",
    "A bus passes a flooded underpass in {place}.",
    "Dock workers unload containers at the port.",
    "Pilgrims gather at the shrine ahead of the festival.",
    "Smoke rises over the ridge as crews battle the blaze.",
    "An aerial view of the landslide that buried the road.",
    "Customers wait outside the bank before opening time.",
    "{name}, pictured in {place} last year.",
    "The empty council chamber before Tuesday's budget vote.",
    "A health worker checks a child's temperature at a school in {place}.",
    "Cattle graze on dry pasture near {place}.",
    "A cyclist rides along the new bike lane.",
    "Mourners carry the coffin through the village.",
    "A giant panda eats bamboo in its enclosure.",
    "The candidates face each other during the televised debate.",
    "Rescuers search through rubble after the building collapsed.",
    "A vendor sells mangoes at a roadside stall in {place}.",
    "Tea pickers at work on a hillside estate near {place}.",
    "An ambulance waits outside the emergency department.",
    "The former factory site, which is earmarked for housing.",
    "A jeepney driver waits for passengers in {place}.",
    "Matatus line up at the main stage in {place}.",
    "Runners cross the harbour bridge during the annual race.",
    "A man walks his dog along the seafront in {place}.",
    "Lanterns light up the old town during the celebrations.",
    "File photo of the courthouse in {place}.",
    "Workers repair power lines after the cyclone.",
    "Steam rises from cooling towers at the power station.",
    "Nurses on the picket line outside the hospital.",
    "A display of second-hand books at the library fair.",
    "Fans arrive at the stadium ahead of kick-off.",
    "The first cargo ship to use the new berth docks in {place}.",
    "Rice paddies after the first rains of the season.",
    "A customer pays with a mobile phone at a kiosk in {place}.",
    "{name} (left) and {name2} at the launch event in {place}.",
    "Snow covers the village green on {day} morning.",
]

VIDEO_TITLES = [
    "Firefighters battle blaze at {place} warehouse", "Moment rescue boat reaches stranded surfers",
    "What the rate cut means for your mortgage", "Drone footage shows scale of flooding in {place}",
    "Mayor {sur} answers your questions", "Highlights: a dramatic late winner in the derby",
    "Inside the new children's hospital", "How to spot a scam text", "Weather: your forecast for the week ahead",
    "Crowds line the streets for the carnival parade", "Press conference in full", "Minister grilled over waiting lists",
    "The farmer who swapped cows for solar panels", "Residents clear up after the storm",
    "Five-minute recipe: lemon garlic noodles", "Tour the most expensive house for sale in {place}",
    "CCTV released in hunt for burglar", "Cricket: all the wickets from day two",
    "Explained: why your energy bill is going up", "Watch the moment the bridge was lowered into place",
    "Market wrap: stocks, oil and the currency", "Traffic update: delays on the ring road",
    "Students react to exam results", "Behind the scenes at the city zoo", "Storm chaser films huge waterspout",
    "Our reporter tries the new metro line", "Police chief addresses the media", "Budget in 90 seconds",
    "The art of making handmade paper", "Meet the oldest barber in {place}", "Full interview: the coach on the season",
    "Rally in {place} draws thousands", "Landslide caught on camera", "The week in 60 seconds",
    "Night market comes alive in {place}", "Kids react to the solar eclipse", "Documentary: The River Keepers",
]

PODCASTS = ["The Briefing", "Today in Focus", "The Daily Pod", "Between the Lines", "Off the Record",
            "The Local Angle", "Morning Edition Extra", "Inside Westminster", "Capitol Notes", "The Inquiry Room",
            "Money Talks", "The Farm Gate", "Full Time", "Dugout Diaries", "The Long Read Audio", "Court Report",
            "On the Beat", "Business Unpacked", "The Spin Cycle", "Hill Country Hour", "The Harbour Master",
            "Pitch Side", "Under the Banyan", "The Tea Break", "Bourse Bites", "Silicon Strait", "The Dispatch Desk",
            "Shipping Forecast Plus", "The Culture Corner", "Ballot Box"]

NEWSLETTERS = ["Morning Briefing", "The Evening Edition", "First Thing", "The Week in Review", "Politics Weekly",
               "Business Daily", "Climate Matters", "Health Check", "Food & Drink", "Weekend Reads",
               "Breaking News Alerts", "Sports Extra", "The Download", "Money Matters", "Property Watch",
               "Education Digest", "The Farm Report", "Market Close", "Lunchtime Update", "The Long Read",
               "Opinion Digest", "Culture Fix", "The Commute", "Tech Bytes", "Parenting", "What's On",
               "Court Roundup", "Election Countdown", "The Big Picture", "Good News Friday"]

WEATHER = ["Sunny", "Partly cloudy", "Cloudy", "Showers", "Light rain", "Heavy rain", "Thunderstorms", "Fog",
           "Mist", "Clear", "Windy", "Drizzle", "Hazy", "Humid", "Snow", "Sleet", "Mostly sunny", "Overcast"]

TICKERS = [("FTSE 100", 7000, 8500), ("S&P 500", 4000, 5600), ("Dow", 33000, 40000), ("Nasdaq", 13000, 18000),
           ("ASX 200", 7000, 8000), ("NZX 50", 11000, 12500), ("Sensex", 65000, 80000), ("Nifty 50", 19000, 24500),
           ("KSE-100", 45000, 80000), ("DSEX", 5000, 6500), ("ASPI", 10000, 13000), ("NGX ASI", 70000, 105000),
           ("NSE 20", 1500, 1900), ("JSE All Share", 70000, 82000), ("GSE-CI", 3000, 4500), ("STI", 3100, 3500),
           ("FBM KLCI", 1400, 1650), ("PSEi", 6000, 7300), ("Hang Seng", 16000, 20000), ("TSX", 19000, 22500),
           ("ISEQ", 8500, 10000), ("DFM", 3900, 4500), ("QE Index", 9500, 10800), ("Tadawul", 11000, 12800),
           ("Brent", 70, 95), ("WTI", 65, 90), ("Gold", 1900, 2450), ("Bitcoin", 25000, 70000),
           ("EUR/USD", 1.05, 1.12), ("GBP/USD", 1.20, 1.32), ("USD/INR", 82, 84), ("USD/JPY", 140, 158)]

SCORES = ["Arsenal 2-1 Chelsea", "Leeds 0-0 Hull", "Celtic 3-1 Aberdeen", "Cork 1-14 Kerry 2-17",
          "Lakers 108 Celtics 115", "Yankees 4 Red Sox 2", "Blues 24 Crusaders 31", "Bulls 19 Stormers 17",
          "India 287/6 v Australia", "Pakistan 198 all out", "Sri Lanka 245/8 (50)", "Storm 22 Panthers 18",
          "Collingwood 12.10 (82) d Carlton 10.9 (69)", "Raptors 101 Bucks 96", "Gor Mahia 1-0 AFC Leopards",
          "Kotoko 2-2 Hearts of Oak", "Enyimba 1-0 Rangers", "Mumbai Indians 182/5", "Wellington Phoenix 2-2 Auckland FC",
          "Wrexham 3-1 Stockport", "Swans 17 Giants 12", "Liverpool 1-1 Man City", "Kaizer Chiefs 0-1 Orlando Pirates"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

SEPS = [" | ", " • ", " · ", " / ", " — ", " - ", "  ", " :: ", " | ", " • "]

# ---------------------------------------------------------------------------
# Slot filling
# ---------------------------------------------------------------------------
FRESH = {"hl", "sect", "tag", "vt", "ticker", "score", "place_any", "scene_any", "temp", "ball", "mm"}
SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as"}


def _nice(v, r):
    if v < 1:
        return f"{v:.2f}"
    if v < 20:
        return r.choice([f"{int(v)}.99", f"{max(1, round(v))}", f"{int(v)}.50", f"{max(1, round(v))}"])
    if v < 100:
        return f"{round(v)}"
    if v < 1000:
        return f"{int(round(v / 5.0) * 5)}"
    step = 50 if v < 10000 else 500
    return f"{int(round(v / step) * step):,}"


class Ctx:
    def __init__(self, rng, outlet, cc):
        self.r = rng
        self.o = outlet
        self.cc = cc
        self.c = C[cc]
        self.cache = {}

    # -- helpers -------------------------------------------------------------
    def money(self, usd):
        r = self.r
        v = usd * self.c["rate"]
        if self.cc in ("uk", "sco", "wal") and v < 1:
            return f"{int(round(v * 100))}p"
        if self.cc == "us" and v < 1 and r.random() < 0.5:
            return f"{int(round(v * 100))}¢"
        sym = r.choice(self.c["syms"])
        s = _nice(v, r) if v >= 1 else r.choice(["1", "0.99", "1.99"])
        if r.random() < 0.08 and not sym.endswith(" "):
            code = {"us": "USD", "uk": "GBP", "ie": "EUR", "ca": "CAD", "au": "AUD", "nz": "NZD", "in": "INR",
                    "za": "ZAR", "sg": "SGD", "my": "MYR", "hk": "HKD", "ae": "AED", "ph": "PHP"}.get(self.cc)
            if code:
                return f"{s} {code}"
        return sym + s

    def person(self):
        r = self.r
        group = self.c["names"] if r.random() < 0.75 else r.choice(list(NAME_POOLS))
        first, last = NAME_POOLS[group]
        return r.choice(first), r.choice(last)

    def date(self):
        r = self.r
        d = datetime.date(2023, 1, 1) + datetime.timedelta(days=r.randrange(0, 900))
        m, M, D, Y, wd = d.month, MONTHS[d.month - 1], d.day, d.year, DAYS[d.weekday()]
        if self.c["us"] or (self.cc in ("ph", "ca", "sa") and r.random() < 0.5):
            fmts = [f"{M} {D}, {Y}", f"{M[:3]}. {D}, {Y}", f"{m}/{D}/{Y}", f"{wd}, {M} {D}, {Y}", f"{M} {D}",
                    f"{wd[:3]} {M[:3]} {D} {Y}"]
        else:
            fmts = [f"{D} {M} {Y}", f"{D} {M[:3]} {Y}", f"{D:02d}/{m:02d}/{Y}", f"{wd} {D} {M} {Y}",
                    f"{wd}, {D} {M}, {Y}", f"{D}.{m:02d}.{Y}", f"{D} {M}", f"{Y}-{m:02d}-{D:02d}"]
        return r.choice(fmts)

    def time(self):
        r = self.r
        h, mi = r.randrange(0, 24), r.randrange(0, 60)
        h12 = h % 12 or 12
        ap = "am" if h < 12 else "pm"
        tz = r.choice(self.c["tzs"])
        if self.c["us"]:
            fmts = [f"{h12}:{mi:02d} {ap[0]}.m. {tz}", f"{h12}:{mi:02d} {ap.upper()} {tz}", f"{h12}:{mi:02d}{ap}",
                    f"{h12}:{mi:02d} {ap.upper()}"]
        else:
            fmts = [f"{h:02d}:{mi:02d} {tz}", f"{h12}.{mi:02d}{ap}", f"{h12}:{mi:02d}{ap} {tz}", f"{h:02d}:{mi:02d}",
                    f"{h12}:{mi:02d} {ap.upper()} {tz}", f"{h:02d}.{mi:02d}"]
        return r.choice(fmts)

    def domain(self):
        o = self.o
        low = o.lower()
        for suf in (".com", ".ie", ".in", ".lk", ".cymru"):
            if low.endswith(suf):
                return low.replace(" ", "")
        low = re.sub(r"\(.*?\)", "", low)
        low = re.sub(r"^the ", "", low)
        low = re.sub(r"[^a-z0-9]", "", low.replace("&", "and"))
        return low + self.c["tld"]

    # -- slot resolution -----------------------------------------------------
    def slot(self, key):
        if key not in FRESH and key in self.cache:
            return self.cache[key]
        v = self._make(key)
        if key not in FRESH:
            self.cache[key] = v
        return v

    def _make(self, k):
        r = self.r
        c = self.c
        if k == "o":
            return self.o
        if k == "o_short":
            return re.sub(r"^The ", "", self.o)
        if k == "dom":
            return self.domain()
        if k == "url":
            return "https://www." + self.domain() + "/" + r.choice(["news", "local", "sport", "business", "opinion", "world"]) + "/" + str(r.randrange(100000, 9999999))
        if k == "email":
            return r.choice(["tips", "newsdesk", "news", "letters", "editor", "corrections", "feedback", "support",
                             "membership", "help", "reader.editor", "tipline", "audience"]) + "@" + self.domain()
        if k == "rep_email":
            f, l = self.slot("first"), self.slot("sur")
            return re.sub(r"[^a-z.]", "", (f[0] + l).lower() if r.random() < 0.5 else (f + "." + l).lower()) + "@" + self.domain()
        if k in ("place", "place2", "place_any"):
            p = r.choice(c["places"])
            if k == "place2":
                while p == self.slot("place") and len(c["places"]) > 1:
                    p = r.choice(c["places"])
            return p
        if k in ("name", "name2", "pname"):
            f, l = self.person()
            return f"{f} {l}"
        if k == "first":
            return self.slot("name").split(" ")[0]
        if k == "sur":
            return self.slot("name").split(" ", 1)[1]
        if k == "handle":
            f, l = self.slot("name").split(" ", 1)
            base = r.choice([f + l, f[0] + l, f + "_" + l, l + f[0], f + l[:3]])
            return "@" + re.sub(r"[^A-Za-z0-9_]", "", base)[:15]
        if k == "ohandle":
            base = re.sub(r"[^A-Za-z0-9]", "", self.slot("o_short"))
            return "@" + (base[:15] if r.random() < 0.7 else base[:12] + r.choice(["News", "HQ", "Live"]))
        if k in ("date", "date2"):
            return self.date()
        if k in ("time", "time2"):
            return self.time()
        if k == "day":
            return r.choice(DAYS)
        if k == "month":
            return r.choice(MONTHS)
        if k == "year":
            return str(r.choice([2023, 2024, 2024, 2025]))
        if k == "n":
            return str(r.randrange(2, 10))
        if k == "n2":
            return str(r.randrange(2, 10))
        if k == "nn":
            return str(r.randrange(10, 100))
        if k == "nnn":
            return str(r.randrange(100, 1000))
        if k == "big":
            return f"{r.randrange(1000, 99999):,}"
        if k == "pct":
            return str(r.randrange(5, 96))
        if k == "mins":
            return str(r.choice([2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 18, 22, 25]))
        if k == "dur":
            s = r.choice([r.randrange(15, 120), r.randrange(60, 600), r.randrange(300, 3000)])
            return f"{s // 60}:{s % 60:02d}"
        if k == "hl":
            used = self.cache.setdefault("_hl_used", set())
            for _ in range(20):
                h = r.choice(HEADLINES)
                if h not in used:
                    break
            used.add(h)
            return Ctx._sub(self, h)
        if k in ("scene", "scene_any"):
            return Ctx._sub(self, r.choice(SCENES))
        if k == "vt":
            return Ctx._sub(self, r.choice(VIDEO_TITLES))
        if k == "pod":
            return r.choice(PODCASTS)
        if k == "nl":
            return r.choice(NEWSLETTERS)
        if k == "sect":
            return r.choice(SECTIONS)
        if k == "tag":
            return r.choice(TAGS)
        if k == "agency":
            return r.choice(c["agencies"])
        if k == "photo_ag":
            return r.choice(PHOTO_AGENCIES + [self.o_short_plain()] * 3 + c["agencies"][:2])
        if k == "partner":
            return r.choice(PARTNERS + PARTNERS_BY_CC.get(self.cc, []) * 3)
        if k == "uni":
            return r.choice(UNIS)
        if k == "book":
            return r.choice(BOOKS)
        if k == "beat":
            return r.choice(BEATS)
        if k == "role":
            return r.choice(ROLES)
        if k == "helpline":
            return r.choice(c["helplines"] + GENERIC_HELP[:1])
        if k == "temp":
            return str(r.randrange(-3, 42))
        if k == "wx":
            return r.choice(WEATHER)
        if k == "ticker":
            name, lo, hi = r.choice(TICKERS)
            v = r.uniform(lo, hi)
            ch = r.uniform(-2.5, 2.5)
            vs = f"{v:.4f}" if hi < 5 else (f"{v:,.2f}" if hi < 5000 else f"{v:,.0f}")
            arrow = r.choice(["▲", "▼", "+", "", "↑"]) if ch >= 0 else r.choice(["▼", "-", "↓", ""])
            if arrow in ("", "+") and ch < 0:
                arrow = "-"
            return f"{name} {vs} {arrow}{abs(ch):.2f}%".replace("  ", " ")
        if k == "score":
            return r.choice(SCORES)
        if k == "phone":
            pat = r.choice(PHONE_FMTS.get(self.cc, ["+XX XXX XXX XXXX"]))
            return re.sub("X", lambda _m: str(r.randrange(10)), pat)
        if k == "whatsapp":
            return WHATSAPP_PREFIX.get(self.cc, "+1 555 ") + \
                f"{r.randrange(10000, 99999)} {r.randrange(100, 999)}"
        if k == "ball":
            return str(r.randrange(1, 60))
        if k == "mm":
            return f"{r.randrange(60):02d}"
        if k == "ep":
            return str(r.randrange(1, 420))
        if k == "count":
            return str(r.randrange(3, 60))
        if k == "p_intro":
            return self.money(r.choice([0.25, 0.5, 1, 1, 1, 2, 2, 4]))
        if k == "p_small":
            return self.money(r.choice([2, 3, 5, 5, 7, 10, 10, 15, 20, 25]))
        if k == "p_wk":
            return self.money(r.choice([0.5, 1, 1.5, 2, 2.5, 3, 4, 5]))
        if k == "p_mo":
            return self.money(r.choice([4, 5, 6, 8, 9, 10, 12, 15, 17, 20]))
        if k == "p_yr":
            return self.money(r.choice([39, 49, 59, 69, 79, 99, 120, 149, 199]))
        if k == "p_big":
            return self.money(r.choice([5000, 10000, 25000, 50000, 100000, 250000]))
        if k == "p_deal":
            usd = r.choice([9, 15, 19, 25, 30, 40, 49, 60, 80, 99, 129, 199, 249, 399, 599])
            self.cache["_deal"] = usd
            return self.money(usd)
        if k == "p_was":
            usd = self.cache.get("_deal", 50) * r.choice([1.25, 1.4, 1.5, 1.6, 2.0])
            return self.money(usd)
        if k == "p_prize":
            return self.money(r.choice([100, 250, 500, 1000, 2500, 10000]))
        if k == "p_ticket":
            return self.money(r.choice([10, 15, 20, 25, 35, 49, 75]))
        if k == "off":
            return str(r.choice([10, 15, 20, 25, 30, 33, 40, 50, 60]))
        if k == "salary":
            lo = r.choice([28000, 35000, 42000, 50000, 65000, 80000])
            return self.money(lo) + " - " + self.money(lo * 1.25)
        if k == "sep":
            return r.choice(SEPS)
        raise KeyError(k)

    def o_short_plain(self):
        return re.sub(r"^The ", "", self.o)

    def _sub(self, template):
        return re.sub(r"\{(\w+)\}", lambda m: self.slot(m.group(1)), template)

    def fill(self, t):
        if callable(t):
            return t(self)
        return self._sub(t)


def titlecase(text):
    out = []
    for i, w in enumerate(text.split(" ")):
        if any(ch in w for ch in "@/.:") and len(w) > 4 and not w.endswith((".", ":")):
            out.append(w)
        elif w.islower() and w.isalpha() and (i == 0 or w not in SMALL_WORDS):
            out.append(w[0].upper() + w[1:])
        elif w[:1].islower() and (i == 0 or w not in SMALL_WORDS):
            out.append(w[0].upper() + w[1:])
        else:
            out.append(w)
    return " ".join(out)


def vary(text, r, case=True):
    w = len(text.split())
    if case:
        x = r.random()
        if w <= 6:
            up, ti = 0.12, 0.15
        elif w < 15:
            up, ti = 0.04, 0.08
        else:
            up, ti = 0.01, 0.0
        if x < up:
            text = text.upper()
        elif x < up + ti:
            text = titlecase(text)
    if text.endswith(".") and not text.endswith("..") and r.random() < 0.2:
        text = text[:-1]
    return text


KINDS = []


def K(kind, target, templates, join=False, case=True):
    assert isinstance(templates, list) and templates, kind
    KINDS.append((kind, target, templates, join, case))

# ===========================================================================
# KINDS: reader revenue, paywalls, subscriptions
# ===========================================================================
K("donation_plea", 70, [
    "Before you go: {o} is funded by readers, not billionaires. If you valued this story, chip in {p_small} today so the next one gets written.",
    "We don't put our journalism behind a paywall because we believe everyone in {place} deserves to know what is happening in their community. That only works if those who can afford to pay do.",
    "Independent journalism costs money. A single gift of {p_small} covers roughly an hour of a reporter sitting through the council meetings most people never see.",
    "Support {o}", "Donate now", "Donate", "Give today", "Chip in", "Give {p_small}", "Make a gift",
    "Yes, I'll give {p_mo} a month",
    "Make a tax-deductible gift",
    "{o} is a nonprofit newsroom. Your donation is tax-deductible to the full extent allowed by law, and every gift made before {date} will be matched up to {p_big} by {partner}.",
    "Every month about {nn}0,000 people read {o} for free. Fewer than one in {nn} of them give anything. If you're one of the readers who could, this is a good moment.",
    "If you've read this far, you already know why this work matters. Help keep it free for everyone - give once, or better still, give monthly.",
    "Our reporters filed {nnn} public records requests last year. None of them paid for themselves. You can help.",
    "Quality journalism is expensive and advertising no longer covers the bill. Readers do. Join the {big} people who already support {o}.",
    "Choose an amount: {p_small} | {p_mo} | {p_yr} | Other",
    "Monthly · Annual · One-time",
    "Help us reach our goal of {nnn} new donors by {day}. We're {pct}% of the way there.",
    "A note from our editor: I'll be straight with you. Local news is in trouble and {o} is not immune. We have cut costs everywhere we can. What we will not cut is the reporting. If this site has been useful to you, please consider backing it.",
    "Journalism like this takes time, lawyers and stubbornness. We've got plenty of the last one. Help us pay for the first two.",
    "Please don't scroll past this. We rarely ask, but we're asking now.",
    "Your support keeps {o} free to read, free from advertisers' influence and free to keep asking awkward questions of people in power.",
    "SUPPORT INDEPENDENT JOURNALISM",
    "Donations are processed securely. You can cancel a recurring gift at any time.",
    "This story was made possible by readers like you. Keep it coming: {dom}/donate",
    "Enjoyed this? Buy us a coffee.",
    "We're a team of {n} journalists covering a region of {nnn},000 people. Every contribution, however small, lets us keep turning up.",
    "It's our end-of-year appeal. Every gift made before midnight on {date} is doubled, so {p_small} becomes twice that.",
    "Not in a position to give right now? Sharing this article helps too, and it costs nothing.",
    "Can you spare {p_small}? It takes less than a minute and pays for reporting nobody else in {place} is doing.",
    "Readers like you make this work possible. Become a sustaining member for as little as {p_wk} a week.",
    "We'd love your help. Contributions from readers now fund {pct} per cent of our newsroom.",
    "Back our journalism from just {p_small}",
    "Contribute {p_small}  Contribute {p_mo}  Other amount",
    "You've read {n} stories from us this month. If they were worth something to you, consider giving something back.",
    "Unlike many others, we have no shareholders and no owner to answer to. It's just us and you.",
    "Help fund the next investigation",
    "Why give? Because what happens in {place} matters, and somebody has to be in the room when decisions are made.",
    "Our spring member drive ends {day}. Don't miss your chance to be counted.",
    "Every rand, shilling, naira and cedi we receive goes straight into reporting.",
    "Gifts of any size are welcome. Donors who give {p_yr} or more a year receive our quarterly print edition.",
    "Donate via bank transfer, card or mobile money. Details at {dom}/support",
    "{o} relies on reader donations to survive. Please support us if you can.",
])

K("membership_thanks", 20, [
    "Thank you for being a member.",
    "Thanks for supporting {o}, {first}. Your membership makes stories like this possible.",
    "You're a supporter - thank you! Enjoy ad-free reading on this device.",
    "Welcome back, {first}. As a member you can read every story without limits.",
    "Thank you for your contribution. You'll receive a receipt by email shortly.",
    "Members like you funded {pct} per cent of this story. Thank you.",
    "Your subscription supports independent local journalism. We're grateful.",
    "THANK YOU FOR SUBSCRIBING",
    "Thanks for reading and for paying for journalism.",
    "Because of readers like you, this article is free for everyone.",
    "You are one of {big} people who support {o}. Thank you.",
    "We appreciate you, {first}. Your monthly gift renews on {date}.",
    "Supporter since {year}",
    "Thanks to our members, we can keep this reporting open to everyone in {place}, whether or not they can pay.",
])

K("paywall_notice", 55, [
    "This article is for subscribers only.",
    "Subscribe to keep reading",
    "To continue reading this story, subscribe to {o} for just {p_intro} for your first month.",
    "You've hit the wall. Subscribe now to unlock unlimited access to {o} on any device.",
    "This content is available exclusively to {o} subscribers.",
    "Premium", "Subscriber exclusive", "Members only", "PLUS", "Exclusive to subscribers", "Insider",
    "Keep reading with a digital subscription. Cancel anytime.",
    "The rest of this story is for subscribers. Already have an account? Log in to continue.",
    "Want to read more? Unlock this article and everything else on {dom} for {p_intro}.",
    "Continue reading this article and all of our journalism for {p_wk} per week.",
    "This is a premium story. Get full access to {o} today, including the e-paper, puzzles and our award-winning archive.",
    "Unlock this article",
    "Read the full story with a subscription. Plans start at {p_mo} a month; cancel online whenever you like.",
    "You need a subscription to read this. Subscribers get every story, every newsletter and ad-lite browsing.",
    "Exclusive content for our paying readers. Help us keep reporting on {place}.",
    "This article is part of our premium coverage. Subscribe for unlimited access or sign in if you're already a member.",
    "Only subscribers can read the full article. Subscribe today to support local journalism in {place}.",
    "Continue reading - it's only {p_intro}",
    "THIS ARTICLE IS RESERVED FOR SUBSCRIBERS",
    "To read this article in full you need a {o} subscription. Our introductory offer gives you the first {n} months for {p_intro} each.",
    "Oops - this story is locked. Subscribe or log in to unlock it.",
    "Access to this content requires an active subscription. If you believe you are seeing this message in error, please contact customer service.",
    "Story continues for subscribers",
    "Dive deeper with {o} Premium: independent analysis, data and insight you won't find anywhere else.",
    "Get access to this article and all of {dom} for the whole year for just {p_yr}.",
    "Become a subscriber to read the rest of this analysis by {name}.",
    "This piece is free to read for registered users. Sign up in seconds - no card required.",
    "Register for free to continue reading",
    "Don't miss out. Get unlimited digital access for {p_intro} for {n} weeks.",
])

K("metered_notice", 30, [
    "You have {n} free articles left this month.",
    "You've read {n} of {nn} free articles this month.",
    "This is your last free article.",
    "You have reached your limit of free stories. Subscribe for unlimited access.",
    "Free articles remaining: {n}",
    "{n} free stories left. Register to get more.",
    "You've used all your free articles for this month. Your allowance resets on the 1st.",
    "Enjoying our journalism? You've read {n} articles this week. Sign up for unlimited access.",
    "This is free article {n} of {nn}.",
    "You have 1 free article left this month. Subscribe now and don't miss a story.",
    "Your free access ends soon: {n} stories remaining.",
    "You're out of free articles. Create a free account and get {n} more each month, or subscribe for unlimited reading.",
    "We noticed you've been reading a lot of {o} lately - thank you! You've reached your monthly limit of free stories.",
    "ARTICLE LIMIT REACHED",
    "Only {n} free articles remain. Don't get cut off mid-story.",
    "You can read {n} more articles for free before you'll need to subscribe.",
    "Monthly limit: {n}/{nn} free reads used",
    "Thanks for reading {o}. You've reached the end of your free preview.",
    "Your free trial of premium articles has ended.",
    "You've now read your {n} complimentary stories for this period. To keep reading without interruption, pick a plan that suits you.",
])

K("subscription_offer", 60, [
    "Subscribe for {p_intro}",
    "Get {n} months for {p_intro}",
    "Digital subscription: {p_mo}/month. Cancel anytime.",
    "Special offer: {off}% off your first year",
    "Limited time: unlimited digital access for {p_intro} a week for {nn} weeks, then {p_mo} a month.",
    "Our best offer of the year ends {day}. Get a full year of {o} for {p_yr} - that's less than {p_wk} a week.",
    "Subscribe now and save {off}%. Digital access plus the weekend paper delivered to your door.",
    "Choose your plan: Digital {p_mo}/mo | Digital + Print {p_yr}/yr | Student {p_intro}/mo",
    "All Access | {p_mo} a month | Most popular",
    "Billed as {p_yr} annually. Renews automatically unless cancelled. Taxes may apply.",
    "Try it free for {nn} days",
    "Start your free trial",
    "Subscribe today and get the print edition replica, puzzles and our daily newsletters, plus invitations to subscriber-only events in {place}.",
    "Offer available to new subscribers only. After the introductory period your subscription will renew at the standard rate of {p_mo} per month.",
    "FLASH SALE: {off}% OFF ALL PLANS",
    "Black Friday deal: {p_intro} for your first {n} months",
    "Get the paper delivered from {p_wk} a week. Home delivery available in most areas of {place}.",
    "Give the gift of news - gift subscriptions from {p_mo}.",
    "Students and teachers save {off}% with a verified academic email address.",
    "Save {p_yr} compared with the monthly plan",
    "Join {o} Premium: ad-free reading, exclusive analysis and early access to investigations.",
    "Your first month is on us. Then just {p_mo}/month.",
    "Unlimited access. Zero ads. Every puzzle. {p_mo} a month.",
    "See all subscription options",
    "Subscribe", "SUBSCRIBE", "Subscribe now", "Join now", "See offers", "View plans", "Get started",
    "Best value", "Most popular", "Recommended", "Save {off}%",
    "Digital Basic — {p_mo}/month — Read every article on {dom} and in our app.",
    "Premium Digital — {p_yr}/year — Everything in Basic plus the e-edition, archive and crosswords.",
    "Print + Digital — from {p_wk}/week — Seven-day delivery with full online access.",
    "Why subscribe? Because real reporting on {place} costs real money, and we'd rather be paid by readers than by the people we cover.",
    "Exclusive offer for readers in {place}: {p_intro} for {n} months.",
    "Get the full picture for {p_wk} per week",
    "Prices shown include GST. Offer ends {date}.",
    "Pay annually and get 2 months free.",
    "*Introductory rate for the first {n} weeks, charged every four weeks. You can cancel online at any time.",
    "Subscriptions from {p_mo}/month. Includes unlimited articles, the daily e-paper and subscriber-only newsletters.",
    "Corporate and group subscriptions are available. Contact our sales team for a quote.",
    "Subscribe to {o} and join the conversation that shapes {place}.",
    "Pay with card, PayPal, GCash, M-Pesa or UPI.",
    "Unlock everything for {p_intro}",
])

K("subscriber_login_prompt", 25, [
    "Already a subscriber? Log in", "Already a subscriber? Sign in here.", "Already subscribed? Log in.",
    "Already have an account? Sign in",
    "Subscribed in print? Activate your free digital access.",
    "Print subscriber? Link your account to get digital access at no extra cost.",
    "Already a member? Sign in to continue reading.",
    "Are you a subscriber? Log in to read this story.",
    "Have a subscription? Sign in | Need help? Contact us",
    "Log in", "Sign in", "Login / Register", "My account", "Manage subscription",
    "If you are already a subscriber, please make sure you are logged in on this device.",
    "Subscribed through Apple or Google? Restore your purchase here.",
    "Forgot your password? Reset it here.",
    "Having trouble signing in? Call customer service on {phone} or email {email}.",
    "Your subscription gives you access on up to {n} devices. Sign in on this one to keep reading.",
    "You're signed in but don't have access to this content. Upgrade your plan.",
    "Already a Premium reader? Log in to your account to unlock this article.",
    "Existing subscribers: sign in with the email address you used to subscribe.",
    "Institutional access? Sign in through your library or company.",
    "Not you? Sign out",
    "Welcome back. Please sign in to continue.",
])

K("gift_article_note", 25, [
    "Gift this article", "Gift article", "Share this gift link",
    "This article was gifted to you by a subscriber.",
    "You're reading a gift article. {name} shared it with you so you can read it for free.",
    "Subscribers can gift up to {nn} articles each month. You have {n} gifts left.",
    "Enjoy this free story, courtesy of a subscriber to {o}. Like what you read? Subscribe to get unlimited access.",
    "Give this article to a friend. Anyone with the link can read it without a subscription.",
    "Gift link copied",
    "Send this story to anyone - they won't need a subscription to read it.",
    "This story has been unlocked for you by a friend.",
    "Gift links expire after {n} days.",
    "As a subscriber, you have {nn} articles to gift each month. Anyone can read what you share.",
    "Copy gift link | Email | WhatsApp",
    "Someone thought you'd like this. Read it free, then see what else {o} has to offer.",
    "GIFT THIS STORY",
    "Unlock for a friend",
])

# ===========================================================================
# Commerce, newsletters, apps, social
# ===========================================================================
K("affiliate_disclosure", 50, [
    "We may earn a commission when you buy through links on our site.",
    "If you buy something through a link in this article, {o} may earn a small commission. This does not affect our editorial independence.",
    "Our journalists independently select every product we recommend. We may receive a share of revenue from purchases made through our links.",
    "This article contains affiliate links. Prices correct at time of publication.",
    "Affiliate disclosure: some links on this page are affiliate links, which means we get paid if you click and buy. It costs you nothing extra.",
    "Products featured are chosen by our editors. {o} may collect a share of sales or other compensation from the links on this page.",
    "When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.",
    "Why you can trust us: we test every product ourselves and are never paid to include one.",
    "{o} is reader-supported. When you buy via links on our site, we may earn a commission at no extra cost to you.",
    "This story includes links to retailers, which may earn us a fee. Prices and availability subject to change.",
    "Commerce content is produced independently of our newsroom.",
    "We independently review everything we recommend. When you buy through our links, we may earn a commission. Learn more",
    "Prices were accurate at the time of writing but may change. We may be paid if you click on a product link.",
    "Disclosure: {o} has affiliate partnerships. These do not influence our editorial content, though we may earn commissions on products bought via our links.",
    "This post may contain affiliate links. As an Amazon Associate we earn from qualifying purchases.",
    "Deals are selected by our shopping team, not our advertisers.",
    "Heads up: buying through our links can earn us money, and that helps fund our journalism.",
    "All prices include VAT. {o} earns commission from some retailers featured here.",
    "How we test: our reviewers spent {nn} hours using each product before choosing our winners.",
    "Our experts test products independently. Learn more about our review process.",
    "Independent product reviews. We may earn money from the links on this page.",
    "PARTNER CONTENT: WE MAY EARN A COMMISSION",
    "Recommendations are made by {name}, our {beat} reviewer. {o} may earn revenue if you buy.",
])

K("deal_box", 25, [
    "{p_deal} at Amazon", "{p_deal} at Currys", "{p_deal} at Best Buy", "{p_deal} at JB Hi-Fi", "{p_deal} at Flipkart",
    "{p_deal} (was {p_was}) at Argos", "Was {p_was}, now {p_deal}", "Now {p_deal} | Save {off}%",
    "Shop now", "Check price", "View deal", "Buy now", "See at Walmart", "See price at Lazada", "Get the deal",
    "Price: {p_deal} | Rating: {n}/10 | Verdict: Best buy",
    "Our pick: {p_deal} at John Lewis. Why we like it: quiet, compact and easy to clean.",
    "Best budget option - {p_deal}, Jumia",
    "Lowest price we've seen: {p_deal} (RRP {p_was})",
    "Deal ends in {n}h {nn}m",
    "Pros: long battery life, light. Cons: pricey accessories, no charger in box.",
    "Buy from Takealot ({p_deal})",
    "Available at Shopee for {p_deal} with free delivery",
    "{off}% OFF TODAY ONLY",
    "Rating: ★★★★☆",
    "Key specs - Weight: {nnn}g | Battery: {nn} hours | Water resistance: IPX{n}",
    "Today's best deals: {p_deal} at Amazon | {p_was} at Target | {p_deal} at Walmart",
    "Prices are checked daily and were last updated {date}.",
    "Get {off}% off with code SAVE{off} at checkout",
    "Out of stock",
    "Compare prices",
])

K("newsletter_signup", 60, [
    "Sign up for our newsletter",
    "Get the {nl} newsletter",
    "Sign up to {nl}: the day's top stories, delivered to your inbox every morning at 6am.",
    "Want more stories like this? Get {o}'s free {nl} email every weekday.",
    "Stay informed. Sign up for {nl} and get the news that matters to {place} in your inbox.",
    "Never miss a story. Subscribe to our free newsletters.",
    "The {nl} newsletter: everything you need to know, nothing you don't. Free, every {day}.",
    "Join {big} readers who start their day with {nl}.",
    "Enter your email to get our {nl} newsletter. It's free and you can unsubscribe any time.",
    "Get local news you can use, delivered daily",
    "Newsletter", "Newsletters", "Sign up", "Sign me up", "Subscribe to newsletters",
    "Like this story? There's more where it came from. Our reporters send a short note every {day} about what they're working on and what they couldn't fit in the paper.",
    "Our {beat} team sends one email a week with the best reporting from across {o}, plus reading recommendations and the occasional chart. Sign up below.",
    "Free newsletter: {nl} with {name}. Smart, short and out every {day}.",
    "Don't rely on the algorithm. Get our journalism straight to your inbox.",
    "Breaking news alerts by email - be the first to know",
    "Get {nl} delivered to your inbox",
    "INBOX: The best of {o}, handpicked by our editors",
    "Sign up for the {place} Briefing and we'll send you the five things to know before you leave the house.",
    "Love sport? Our {nl} newsletter brings results, analysis and gossip to your inbox every Monday.",
    "Explore more newsletters",
    "More newsletters you might like",
    "Choose the newsletters you want",
    "Curious about {tag}? Our free weekly newsletter explains it all in under five minutes.",
    "Keep up with {tag}. Get our weekly digest, written by {name}.",
    "You're reading {nl}, our daily newsletter. Forwarded this email? Sign up here.",
    "Sign up for our free business newsletter for essential news and analysis from the markets, delivered weekday mornings.",
    "Get the morning headlines in your inbox",
    "Wake up to {o}: our morning newsletter, every weekday at 7am.",
    "Newsletter sign-up: Get the best stories from {o} directly to your inbox.",
    "The smartest way to follow {tag}: free weekly briefing",
    "Get our {nl} email. Unsubscribe with one click.",
    "Receive our editors' picks every Sunday",
])

K("newsletter_form_field", 25, [
    "Email address", "Your email", "Enter your email", "Enter your email address", "Email*", "First name",
    "Last name", "Postcode", "ZIP code", "Country", "Required field", "* indicates required",
    "Sign up", "Subscribe", "Submit", "Go", "Join", "Continue", "Get it", "Yes, sign me up",
    "Email address | Sign up", "name@example.com", "Enter email → Subscribe",
    "I would like to receive offers and updates from {o} and its partners",
    "I agree to the terms and conditions",
    "Send me occasional updates about events and special offers",
    "Please enter a valid email address", "This field is required", "Something went wrong. Please try again.",
    "Select your newsletters:", "Daily | Weekly | Breaking news",
    "Check the box to confirm you're not a robot", "Loading...", "Please wait",
    "Invalid email", "Which newsletters would you like?", "Frequency: Daily", "Frequency: Weekly",
])

K("newsletter_privacy_smallprint", 40, [
    "By signing up, you agree to our Terms of Use and Privacy Policy.",
    "We will use your email address only to send you this newsletter. You can unsubscribe at any time.",
    "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
    "By entering your email you consent to receive newsletters from {o}. You may opt out at any time using the unsubscribe link in each email. See our privacy notice for details.",
    "Newsletters may contain information about charities, online ads, and content funded by outside parties.",
    "We care about your data. Read our privacy policy.",
    "You can unsubscribe at any time. For more information, see our Privacy Notice.",
    "By clicking Sign up, you confirm that you have read and accept our terms and that you are over 16.",
    "Your information will be used in accordance with our privacy policy. We won't share it with third parties without your consent.",
    "We'll also send you occasional offers from {o}. You can change your preferences at any time.",
    "By subscribing you agree to receive marketing emails from {o} and its group companies, which you can stop at any time.",
    "{o} and its partners may use your details to personalise the content and advertising you see.",
    "No spam. Unsubscribe anytime.",
    "We respect your privacy.",
    "Privacy policy | Terms",
    "Your email address will never be sold. We use it only to deliver the newsletters you choose and to understand how they perform.",
    "Data is processed in line with the Data Protection Act and the GDPR. Contact our data protection officer at {email}.",
    "Personal information collected here is handled under our privacy policy and the Privacy Act.",
    "You must be 18 or over to sign up. Message and data rates may apply.",
    "By providing your email you also agree to receive occasional messages about {o} subscriptions.",
    "We use Mailchimp as our marketing platform. By subscribing, you acknowledge your information will be transferred to Mailchimp for processing.",
    "Unsubscribe links are included at the bottom of every email.",
])

K("newsletter_confirmation", 20, [
    "Thanks for signing up!", "You're subscribed.", "You're in!", "Success! Check your inbox.",
    "Thank you for subscribing to {nl}.",
    "Almost done: please check your inbox to confirm your subscription.",
    "Thanks! Look out for your first edition of {nl} on {day}.",
    "We've sent a confirmation link to your email address. Click it to start receiving {nl}.",
    "You're already subscribed to this newsletter.",
    "Great, you're on the list. Add {email} to your contacts so we don't end up in spam.",
    "Welcome aboard! Your first newsletter arrives tomorrow morning.",
    "Check your email to verify your address.",
    "Subscription confirmed",
    "Thanks for joining. While you wait for the next edition, explore our other newsletters.",
    "You'll now receive {nl} every {day}. Manage your preferences in My Account.",
    "Didn't get the email? Check your junk folder or try again.",
    "THANK YOU! YOU'RE NOW SUBSCRIBED.",
])

K("app_promo", 30, [
    "Download the {o} app", "Get the app", "Open in app", "Read in the app", "Download our app",
    "Get the {o} app for the fastest breaking news, on iOS and Android.",
    "Download our free app and never miss a story. Available on the App Store and Google Play.",
    "Read this story in the {o} app for a better experience.",
    "Continue in the app",
    "Try our app: faster loading, offline reading and alerts on the stories you follow.",
    "Scan the QR code to download our app",
    "Available on the App Store | Get it on Google Play",
    "The {o} app is now available on AppGallery.",
    "Prefer to read on your phone? Our redesigned app lets you save stories, listen to articles and play puzzles.",
    "Open {o} app?  Open | Not now",
    "Better in the app. Faster, and with no pop-ups.",
    "New: read the e-paper in our app every morning from 5am.",
    "Get our app for live scores, match alerts and highlights.",
    "Download the {o} app to get local weather warnings and traffic alerts for {place}.",
    "Our app is the best way to follow live coverage. Download it free today.",
    "Rate our app", "View in browser",
    "The {o} news app: rated {n}.{n2} on the App Store",
])

K("push_alert_promo", 18, [
    "Turn on notifications", "Get breaking news alerts", "Enable alerts", "Allow notifications", "No thanks",
    "Want breaking news alerts? Click Allow to get notifications from {o}.",
    "Get notified when we publish updates to this story.",
    "{o} would like to send you notifications. You can turn these off at any time in your browser settings.",
    "Never miss breaking news. Turn on push notifications.",
    "Allow | Block",
    "Get alerts on {tag}",
    "Would you like to receive the latest news alerts from {o} on your desktop?",
    "Don't miss an update - switch on notifications for this live coverage.",
    "Be the first to know: enable browser alerts for breaking news in {place}.",
    "Maybe later",
    "Get alerts when {name} publishes a new story",
    "Follow this story and we'll notify you when there's an update.",
])

K("follow_social", 35, [
    "Follow us on Facebook", "Follow us on X", "Follow us on Instagram", "Follow us on TikTok",
    "Follow {o} on Threads", "Like us on Facebook", "Find us on Bluesky", "Subscribe on YouTube",
    "Follow {ohandle} on X for the latest updates.",
    "Follow us on Twitter {ohandle} and on Facebook at facebook.com/{dom}",
    "Stay connected: Facebook | X | Instagram | LinkedIn | YouTube",
    "Join the conversation on our Facebook page.",
    "For more stories like this, follow {o} on Google News.",
    "Add {o} as a preferred source on Google.",
    "Follow {name} on X at {handle}",
    "Join our community on Reddit, r/{o_short}",
    "Connect with us on LinkedIn for business news and career insights.",
    "Get our latest videos by subscribing to our YouTube channel.",
    "Keep up with our reporters on Bluesky, where we post breaking news first.",
    "FOLLOW US",
    "Follow us: FB / IG / X / YT / TikTok",
    "Follow us on Instagram for behind-the-scenes looks at our newsroom and the best photos from {place}.",
    "Want more? Follow {o} on social media for daily updates, video and live coverage.",
    "Like, share and follow for more local news.",
    "Find {o} on Mastodon",
    "Follow us on Google News to get our stories in your feed",
    "Tap the star to add us to your favourites on Google News.",
    "Follow our sports desk on X: {ohandle}Sport",
    "Don't forget to follow us on Facebook, X and Instagram - and tell your friends about us too!",
    "Catch us on TikTok for news explained in 60 seconds.",
    "Follow the author",
])

K("messaging_channel_promo", 20, [
    "Join our WhatsApp channel", "Follow us on WhatsApp", "Join us on Telegram",
    "Get the latest news on WhatsApp - join the {o} channel today.",
    "Join our WhatsApp community for breaking news from {place}. We won't share your number.",
    "Get {o} alerts on Telegram: t.me/{o_short}",
    "Click here to join our WhatsApp channel and get the top stories sent to your phone.",
    "We're on WhatsApp! Follow our channel for daily updates.",
    "Have a news tip? Send it to us on WhatsApp at {whatsapp}.",
    "Join the {o} Viber community",
    "Stay updated: follow {o} on WhatsApp, Telegram and Signal.",
    "Receive news updates on WhatsApp. Tap here to join.",
    "Get news alerts on your phone by joining our free WhatsApp broadcast list. Save our number and send START.",
    "SUBSCRIBE TO OUR WHATSAPP CHANNEL",
])

# ===========================================================================
# Video, audio, podcasts
# ===========================================================================
K("video_title", 35, [
    "{vt} | {dur}", "{vt} ({dur})", "{vt} - {dur}", "▶ {vt} {dur}", "{dur} {vt}", "VIDEO: {vt}",
    "Watch: {vt}", "{vt}  Duration {dur}", "{vt}  {dur}  {date}", "Video: {vt} | Source: {o}",
    "{vt} • {dur} • {nn}K views", "Play video: {vt}", "{vt}. Video / {agency}",
    "Now playing: {vt} ({dur})", "WATCH | {vt}", "{vt} [{dur}]",
    "Video duration {dur} | {vt}", "{vt}, {dur}. Credit: {o}",
    "Video: {vt}. ({o}/{pname})", "{vt} — Video by {pname}",
])

K("video_player_controls", 25, [
    "Now playing", "Up next", "Autoplay", "Autoplay: On", "Autoplay Off", "Replay", "Play", "Pause", "Mute",
    "Unmute", "Skip ad", "Ad · 0:1{n}", "Your video will begin in {n} seconds", "Video will play after this ad",
    "Close video", "Picture-in-picture", "Fullscreen", "Exit fullscreen", "Captions", "CC", "Settings", "Share video",
    "Copy video URL", "Copy embed code", "Playback speed: 1x", "Quality: Auto", "Loading video...",
    "This video is not available in your region.", "Video unavailable",
    "Sorry, this video could not be loaded. Please refresh the page or try again later.",
    "Next video in {n}", "Cancel", "More videos", "Watch more", "Watch again", "Live", "LIVE",
    "Media error: format(s) not supported or source(s) not found",
    "Javascript is required to play this video.", "Click to unmute",
    "0:00 / {dur}", "{dur} / {dur}",
    "Up next: {vt}",
    "Press play to watch the full interview.",
    "Scroll down for video", "Tap to play", "Transcript", "Show transcript", "Hide transcript",
    "Read video transcript",
    "Audio description available",
], join=True)

K("listen_to_article", 25, [
    "Listen to this article", "Listen to this article · {mins} min", "Listen to this story", "Listen ({mins} min)",
    "Listen to this article {mins}:{mm}", "LISTEN", "Listen · {mins} min read", "Audio version",
    "Listen to this article: {mins} minutes", "Play article audio", "Speed 1x", "Pause audio",
    "This audio is auto-generated. Please let us know if you have feedback.",
    "Audio narration powered by artificial intelligence. Some pronunciations may be imperfect.",
    "Listen to this article, read by {name}.",
    "Brief listening time: {mins} minutes. Narrated by a synthetic voice.",
    "Hear this story: tap play to have it read aloud to you.",
    "Listen to more articles in the {o} app",
    "Subscribers can listen to this article in the app.",
    "Article narrated using text-to-speech technology. The audio may not reflect the latest corrections.",
    "0:00 / {mins}:{mm} | 1.0x",
    "Audio available",
    "Want to listen? Download our app for narrated stories.",
    "Voiced by Amazon Polly",
    "Listen now · {mins} min · Produced by {name}",
    "Hear the article read by the author",
])

K("podcast_promo", 35, [
    "Listen to {pod} on Apple Podcasts, Spotify or wherever you get your podcasts.",
    "Subscribe to {pod}", "New episode of {pod}", "Listen now: {pod}, episode {ep}",
    "{pod} is our daily news podcast, hosted by {name}. New episodes every weekday morning.",
    "Want more? Listen to the latest episode of {pod}, where {name} and {name2} break down the week in {tag}.",
    "Podcast: {pod} | Episode {ep} | {dur}",
    "Listen on Apple Podcasts | Spotify | YouTube Music | Pocket Casts",
    "Follow {pod} so you never miss an episode.",
    "This episode was produced by {name} with sound design by {name2}. Our executive producer is {pname}.",
    "Find all episodes of {pod} at {dom}/podcasts",
    "Hear more on this story in today's episode of {pod}.",
    "Listen to our podcast", "Podcasts", "Latest episode", "All episodes", "Listen & subscribe",
    "Got a question for the {pod} team? Email {email} or leave a voice note on {whatsapp}.",
    "Enjoying {pod}? Leave us a rating and review - it helps other listeners find the show.",
    "In this week's episode: {hl}",
    "{pod}: {hl} ({dur})",
    "Listen to the full conversation on {pod}, out now.",
    "PODCAST | {pod} | Ep. {ep}",
    "Our podcasts are free, but they aren't cheap to make. Support {o} to keep them coming.",
])

K("audio_player_chrome", 14, [
    "Play episode", "Download", "Skip back 15 seconds", "Skip forward 30 seconds", "{dur}", "Episode {ep}",
    "Volume", "Audio player", "Listen live", "On air now", "Play live radio", "Now: {pod}",
    "Episode notes", "Share episode", "Subscribe: RSS", "Embed", "Speed 1.5x", "Queue", "Add to playlist",
], join=True)

K("audio_transcript_note", 16, [
    "This transcript was automatically generated and may contain errors. Please check the audio before quoting.",
    "Transcripts are produced on a tight deadline and may not be in their final form.",
    "This is a rush transcript. The authoritative record of {o}'s programming is the audio.",
    "Full transcript available below.",
    "Read the full transcript",
    "Transcript: edited for length and clarity.",
    "This conversation has been lightly edited and condensed for clarity.",
    "This interview has been edited for length.",
    "Machine-generated transcript. Accuracy may vary.",
    "Click here for a transcript of this episode.",
    "A transcript of this video is available at the bottom of this page.",
    "Transcript provided by a third-party service.",
    "The following is an edited transcript of the episode.",
    "Quotes have been edited lightly for grammar and brevity.",
])

# ===========================================================================
# Images
# ===========================================================================
CREDIT_FMTS = [
    "Photo: {pname}/{photo_ag}", "(Photo: {pname}/{photo_ag})", "Photograph: {pname}/{photo_ag}",
    "Picture: {pname}", "Image: {photo_ag}", "Credit: {pname} for {o}", "© {photo_ag}", "({photo_ag})",
    "{pname}/{photo_ag}", "Photo by {pname} / {photo_ag}", "PHOTO: {photo_ag}", "Image credit: {pname}",
    "(Picture: {photo_ag})", "Photo / {pname}", "— {pname}/{o}", "Photo courtesy of {name2}",
    "[Photo: {pname}]", "Source: {photo_ag}", "PHOTO | {pname}", "Pic: {pname}", "Photo: Supplied",
    "(AP Photo/{pname})", "REUTERS/{pname}", "AFP", "Photo: {pname} | {o}", "(Photo credit: {pname})",
    "Image: {pname}/{photo_ag}", "Photographer: {pname}", "(File photo)", "Photo: File", "Credit: {photo_ag}",
    "Photo: {pname} / The {o_short}", "Photo/{agency}", "Photo: Facebook", "Image: screengrab",
]


def _caption(ctx):
    r = ctx.r
    scene = ctx.slot("scene")
    credit = ctx._sub(r.choice(CREDIT_FMTS))
    form = r.random()
    if form < 0.65:
        return f"{scene} {credit}"
    if form < 0.75:
        return f"{scene}"
    if form < 0.83:
        return f"{credit} {scene}"
    if form < 0.9:
        return f"{scene} | {credit}"
    extra = r.choice(["The site has been closed since {month}.", "The image was taken on {date}.",
                      "It is the first time in {nn} years this has happened.", "More pictures in our gallery below.",
                      "(Image {n} of {nn})", "Picture taken with a drone.", "Click to enlarge."])
    return f"{scene} {ctx._sub(extra)} {credit}"


K("photo_caption", 80, [_caption] * 6 + [
    "Image {n} of {nn}: {scene}", "{scene} Photograph: {pname} for {o}", "{scene} (Photo by {pname}/{photo_ag} via Getty Images)",
    "Pictured: {scene}", "ABOVE: {scene}", "{scene} Picture: {o}",
])

K("photo_credit_only", 35, CREDIT_FMTS + [
    "Getty Images", "Reuters", "Photo: Getty", "AP", "Illustration: {pname}", "Illustration by {pname}; photos: {photo_ag}",
    "Composite: {o}; Getty Images", "Photo illustration: {o} / Source images: {photo_ag}", "Main image: {photo_ag}",
    "Top photo: {pname}/{photo_ag}", "Lead image: {photo_ag}", "Photos: {pname} and {name2}",
    "Photographs by {pname} for {o}", "Header image: {photo_ag}", "Cover photo: {pname}",
])

K("gallery_counter", 18, [
    "{n}/{nn}", "{n} of {nn}", "Image {n} of {nn}", "Photo {n} of {nn}", "1 / {nn}", "View gallery ({nn} photos)",
    "Open gallery", "Gallery: {nn} images", "Next image", "Previous image", "Slide {n} of {nn}", "Back to article",
    "See all {nn} photos", "Enlarge", "View all photos", "Start slideshow", "{nn} PHOTOS", "Swipe for more photos",
    "Photos: {hl}", "In pictures: {hl}", "Gallery: {hl} ({nn} images)", "View {nn} images", "Expand gallery",
    "Close gallery", "Thumbnails", "Show captions", "Hide captions",
], join=True)

K("image_controls", 15, [
    "Image", "Expand image", "Enlarge this image", "Open image in gallery", "toggle caption", "hide caption",
    "Show caption", "View image in fullscreen", "Zoom", "Click to expand", "Image loading...", "Image unavailable",
    "Skip past image", "Image description: {scene}", "Alt text: {scene}", "Caption", "Collapse", "Photo",
    "Tap to enlarge", "Close", "Reuse this image", "Download image",
], join=True)

K("photo_reprint", 16, [
    "Buy this photo", "Purchase a print of this photo", "Buy photo reprints", "Order a print",
    "Buy Photo", "Photo reprints available at {dom}/photos",
    "Like this image? Prints are available from our photo store, framed or unframed.",
    "To license this image, contact our syndication team at {email}.",
    "Purchase photos from our archive. Prints from {p_small}.",
    "Own a piece of history: browse and buy more than {big} photos from the {o} archive.",
    "Request permission to reuse this image",
    "Images may not be reproduced without permission.",
    "BUY PICTURES",
    "Commercial use of this image requires a licence.",
])

K("graphic_credit", 18, [
    "Graphic: {pname}", "Graphic: {pname} | Source: {agency}", "Chart: {o} | Source: {photo_ag}",
    "Map: {pname}/{o}", "Graphic by {pname} and {name2}", "Data visualisation: {pname}",
    "Graphic: {o} staff", "Map data: OpenStreetMap contributors", "Chart: {pname} • Get the data • Created with Datawrapper",
    "Created with Flourish", "Interactive graphic by {pname}. Design by {name2}.",
    "Source: Bureau of Labor Statistics | Chart: {pname}",
    "Source: Office for National Statistics", "Source: Reserve Bank of Australia", "Source: Statistics Canada",
    "Source: Ministry of Health; {o} analysis", "Source: company filings", "Sources: {agency}; {o} research",
    "Note: figures rounded. Data as of {date}.", "Figures are provisional and may be revised.",
    "Embed this chart", "Download the data", "Get the data", "Hover over the map to see figures for each area.",
    "Tap on a district for details",
])

# ===========================================================================
# Lists and links
# ===========================================================================
K("related_list", 50, [
    "Related: {hl}", "RELATED: {hl}", "Related stories: {hl} | {hl} | {hl}", "Related Articles {hl} {hl} {hl}",
    "Related coverage: {hl}; {hl}", "See also: {hl}", "More on this story: {hl} • {hl} • {hl}",
    "RELATED COVERAGE", "Related", "Related topics", "Related content",
    "Also on {o}: {hl}", "More coverage: {hl} / {hl}", "In context: {hl}",
    "From our archive: {hl} ({year})", "Background: {hl}", "Previously: {hl}",
    "► {hl}", "» {hl}", ">> {hl}", "— {hl}",
    "You may also be interested in: {hl}",
    "Related: {hl} {hl} {hl} {hl}",
    "More from {sect}: {hl} | {hl}",
    "Other stories you might like {hl} {hl}",
    "This story is related to: {hl}",
    "Related links: {hl} - {hl} - {hl}",
])

K("read_more_link", 30, [
    "Read more: {hl}", "READ MORE: {hl}", "Read more", "Read more »", "Read the full story",
    "READ ALSO: {hl}", "Also read: {hl}", "ALSO READ | {hl}", "Also Read", "Read next", "Read next: {hl}",
    "Continue reading", "Click here to read more", "Read: {hl}", "MORE: {hl}", "Keep reading",
    "Read the latest on {tag}", "Read our full coverage of {tag}", "Click here for more stories from {place}",
    "Read more from {name}", "Related reading: {hl}", "Suggested reading: {hl}", "Don't miss: {hl}",
    "RECOMMENDED READING: {hl}", "Must read: {hl}", "Read this next", "Further reading",
    "For more on this, read: {hl}", "Explore more", "Also see: {hl}", "Read the full report here",
    "Full story ›", "Read in full", "More →",
])

K("most_read_list", 35, [
    "Most read", "Most Read", "MOST READ", "Most popular", "Most viewed", "Popular now", "Top stories",
    "Most read 1 {hl} 2 {hl} 3 {hl} 4 {hl} 5 {hl}",
    "Most popular: 1. {hl} 2. {hl} 3. {hl}",
    "MOST READ {hl} {hl} {hl}",
    "Most viewed today: {hl} | {hl} | {hl} | {hl}",
    "Top 5 {hl} {hl} {hl} {hl} {hl}",
    "Most read in {sect}: {hl}; {hl}; {hl}",
    "Popular on {o}: {hl} · {hl} · {hl}",
    "The most-read stories this week: {hl}, {hl} and {hl}.",
    "Most shared", "Most commented", "Most emailed",
    "Most shared {hl} {hl} {hl}",
    "What everyone's reading: {hl} | {hl}",
    "Today's most read 1 {hl} 2 {hl} 3 {hl}",
])

K("trending_bar", 15, [
    "Trending: {tag} | {tag} | {tag} | {tag}", "Trending now", "TRENDING", "Trending topics:",
    "Trending {tag} • {tag} • {tag}", "Hot topics: {tag}, {tag}, {tag}", "In the news: {tag} / {tag} / {tag}",
    "Trending: {hl}", "Trending stories {hl} {hl} {hl}", "What's hot", "Talking points: {tag} · {tag}",
    "TRENDING: {tag} | {tag} | {tag} | {tag} | {tag}", "Popular searches: {tag}, {tag}, {tag}",
    "Hot right now: {hl}", "Buzzing: {tag} {tag} {tag}",
])

K("recommended_list", 20, [
    "Recommended for you", "Recommended", "You might also like", "You may have missed", "Don't miss",
    "Recommended for you: {hl} | {hl} | {hl}", "You might also like {hl} {hl} {hl}",
    "Editor's picks: {hl} / {hl} / {hl}", "Editors' Picks", "Our picks", "Staff picks",
    "More for you", "Because you read {tag}", "Based on your reading: {hl}",
    "Picked for you {hl} {hl}", "More stories", "More Stories", "Latest stories", "Latest news",
    "Latest: {hl} · {hl} · {hl}", "Just in: {hl}", "More top stories: {hl} | {hl}",
    "From around the web", "Promoted stories", "Sponsored links", "Around the web: {hl}",
    "Recommended by Outbrain", "Ads by Taboola", "Powered by Taboola",
])

K("more_from_author", 16, [
    "More from {name}", "More stories by {name}", "More by this author", "Latest from {name}: {hl} | {hl}",
    "See all stories by {name}", "{name}'s latest articles", "View author profile", "All articles by {name}",
    "Other stories by {name}: {hl}; {hl}", "Read more from our columnist {name}",
    "Follow {name}", "Follow", "Following", "Get email alerts when {name} writes",
    "More from this columnist", "MORE FROM {name}",
])

K("share_bar", 30, [
    "Share", "Share this", "Share this article", "Share this story", "SHARE", "Share on Facebook",
    "Share on X", "Share on WhatsApp", "Share on LinkedIn", "Email", "Copy link", "Link copied!",
    "Share via Email", "Tweet", "Pin it", "Share on Reddit", "Share on Telegram", "Share on Threads",
    "Facebook X WhatsApp Email Copy link", "Share: Facebook | Twitter | WhatsApp | Email",
    "Share this article: Facebook, X, LinkedIn, Email", "Share • Tweet • Email • Print",
    "Click to share on Facebook (Opens in new window)", "Click to email a link to a friend (Opens in new window)",
    "Opens in new window", "Share full article", "Copy article link", "Share options", "More sharing options",
    "Shares {nnn}", "{big} shares", "Share this with", "Messenger", "Viber", "WeChat", "Line",
    "Send to a friend", "Share on Bluesky", "Share via SMS",
], join=True)

K("article_tools", 20, [
    "Print", "Print this page", "Save", "Save article", "Save for later", "Saved", "Bookmark", "Remove from saved",
    "Font size", "Text size", "A A A", "A- A+", "Aa", "Increase text size", "Decrease text size",
    "Print | Email | Save", "Save this story to read later", "Sign in to save articles",
    "Add to reading list", "Reading list", "Email this article", "Print article", "Download PDF",
    "Listen | Share | Save | Print", "Comment", "Comments", "Gift", "Translate", "Zoom in", "Dark mode",
    "Reader view", "Report", "Cite this article", "Copy citation", "Print-friendly version",
    "You need to be logged in to save articles.", "Article saved. Find it in your reading list.",
], join=True)

K("pagination", 13, [
    "Page {n} of {nn}", "Next page", "Previous page", "Next", "Previous", "« Older posts", "Newer posts »",
    "Load more", "Show more", "Load more stories", "View all", "See more", "1 2 3 ... {nn} Next ›",
    "Continue to page {n}", "Page {n}", "Back to top", "Back to top ↑", "Show all", "See all", "End of page",
], join=True)

K("print_view_leftover", 13, [
    "Printed from {dom} on {date}", "Source URL: {url}", "This copy is for your personal, non-commercial use only.",
    "© {year} {o}. All rights reserved. Printed on {date} at {time}.",
    "To order presentation-ready copies for distribution to colleagues or clients, contact our reprints department.",
    "Printer-friendly version", "URL: {url}", "Page printed from: {url}", "Close window", "Print this article",
    "Article printed from {o}", "https://www.{dom}",
])

# ===========================================================================
# Live blogs, breaking banners
# ===========================================================================
K("live_key_events", 20, [
    "Key events", "Key events: {time} {hl} {time2} {hl}", "Key updates", "Key points", "Show key events only",
    "Key events {time} {hl}", "Highlights", "Show all posts", "Filter: All | Key events",
    "Summary: {hl} | {hl} | {hl}", "Latest updates at a glance",
    "What we know so far", "Key moments", "Jump to: {hl}", "Catch up: {hl} • {hl}", "Top developments",
    "Please turn on JavaScript for a better experience", "Key events {time} {vt} {time2} {hl}",
    "Show key events", "View key events", "Timeline", "Highlights only",
])

K("live_pinned_post", 18, [
    "Pinned", "Pinned post", "PINNED", "📌 Pinned",
    "Pinned: Welcome to our live coverage. I'm {name} and I'll be bringing you updates throughout the day.",
    "Pinned post from {name}: We'll be updating this page as results come in. Refresh for the latest.",
    "Featured post", "Editor's summary",
    "Pinned: If you're just joining us, here's a quick recap of what's happened so far.",
    "Welcome to our live blog. Send your questions and photos to {email}.",
    "Pinned: Our live coverage has now ended. Thanks for following along. You can read the full story here.",
    "This blog is now closed. You can find our latest coverage on our homepage.",
    "We're pausing our live coverage for now. We'll be back at {time} with more.",
    "That's all from us today. {name} will pick things up again tomorrow morning.",
])

K("live_entry_stamp", 25, [
    "{time}", "{nn}m ago", "{n}h ago", "{nn} mins ago", "Just now", "1 min ago", "{n} hours ago",
    "{time} {date}", "Updated {time}", "Posted at {time}", "{date} {time}",
    "{time} {name}", "{time} by {name}", "{nn}m ago {name}", "Post update", "{time} (updated {time2})",
    "Share this post", "Link to this post", "Share post", "Copy link to post", "Posted by {name}, {role}",
    "{name} {time}", "{time}   {name}   {place}", "BREAKING {time}", "{time} Key event", "Update {time}",
    "{time} - Share", "{nn} minutes ago | Share", "{name} reporting from {place}",
], join=True)

K("live_refresh_notice", 20, [
    "Show latest updates", "Show {n} new updates", "{n} new posts", "New update", "Refresh for latest",
    "Auto-update: On", "Auto-update: Off", "Auto refresh", "Live updates paused", "Resume live updates",
    "Please refresh the page for the latest version.", "Latest updates", "Newest first", "Oldest first",
    "Sort by: Latest | Oldest", "Load earlier posts", "Show older posts", "View more updates",
    "This page will automatically update every {n} minutes.",
    "There are new updates. Click here to see them.", "Loading latest posts...",
    "Updates will appear automatically. You may need to refresh if you have been on this page a while.",
    "Live coverage has ended", "This live page is no longer being updated.",
    "Live: Refreshing in {nn}s", "{n} new updates - scroll to top",
])

K("breaking_banner", 20, [
    "BREAKING", "Breaking News", "BREAKING NEWS", "Developing story", "DEVELOPING", "Just in", "LIVE",
    "Live updates", "Live coverage", "Latest", "BREAKING: {hl}", "Breaking: {hl}", "JUST IN: {hl}",
    "LIVE: {hl}", "Developing: {hl}", "Alert: {hl}", "NEWS ALERT", "Urgent", "Watch live", "LIVE NOW",
    "This is a developing story and will be updated.", "This story is developing. Check back for updates.",
    "More to follow.", "Updates to follow.", "This is a breaking news story. Please refresh for updates.",
    "MORE TO COME", "This story will be updated as more information becomes available.",
    "Breaking news alert: {hl}",
    "Live: {hl} - follow for updates",
    "Update: this article has been updated with new information.",
])

# ===========================================================================
# Credits, syndication, series
# ===========================================================================
K("agency_credit", 40, [
    "{agency}", "— {agency}", "- {agency}", "({agency})", "With {agency}", "With wires", "Agencies",
    "With agency inputs", "AFP/Reuters", "{agency}/dpa", "Reuters/Agencies", "Wire services contributed to this report.",
    "This story was reported by {agency}.", "Reporting by {name}; Editing by {name2}",
    "Reporting by {name} in {place}; Additional reporting by {pname}; Writing by {name2}; Editing by {pname}",
    "(Reporting by {name}; editing by {name2})", "Compiled by {name}",
    "This article was provided by {agency}.", "Source: {agency}", "Copyright {year} {agency}. All rights reserved.",
    "This story has not been edited by {o} staff and is published from a syndicated news agency feed.",
    "(Only the headline and picture of this report may have been reworked by the {o} staff; the rest of the content is auto-generated from a syndicated feed.)",
    "Published from a wire agency feed without modifications to the text.",
    "Disclaimer: This story is from a syndicated feed. Nothing has been changed except the headline.",
    "© {agency}", "{agency} contributed to this report.", "The {agency} contributed.",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "Staff and agencies", "{o} with {agency}", "By {agency} and {o} staff",
    "Material from {agency} was used in this report.",
    "{agency} | Updated: {date}",
    "The Associated Press receives support from several private foundations to enhance its coverage. AP is solely responsible for all content.",
])

K("syndication_origin", 35, [
    "This article originally appeared in {o}.",
    "This story was originally published by {o} and is republished here with permission.",
    "This article first appeared on The Conversation, and is republished under a Creative Commons licence. Read the original article.",
    "A version of this story first ran in our print edition on {date}.",
    "This piece was first published on {o_short}'s website and has been updated.",
    "Originally published on {date}.",
    "This story was produced by {o} and distributed through a partnership with {partner}.",
    "This article is republished from {o} under a Creative Commons license.",
    "This story originally appeared on {name}'s Substack and is reproduced with permission.",
    "Republished with permission from {o}. The original can be found at {url}.",
    "This is an edited extract from {book} by {name}, published by Penguin on {date}.",
    "This article appears in the {month} {year} issue of {o}.",
    "This article was published in partnership with {o}.",
    "A version of this article appeared in print on {date}, on page A{n} of the {place} edition with the headline: {hl}.",
    "Appeared in the {date} print edition as '{hl}'.",
    "This content was first published on {o}'s blog.",
    "This story is published in collaboration with {o}, a nonprofit newsroom covering {beat}.",
    "Adapted from a post on {o}'s website.",
    "This report was produced with {o} as part of a joint investigation.",
    "This piece was originally broadcast on {pod}.",
    "Cross-posted from {o}.",
    "First published in {year}; updated {date}.",
    "Syndicated from {o} via {agency}.",
    "This is an abridged version of an article that first appeared in {o}.",
])

K("additional_reporting", 30, [
    "Additional reporting by {name}.", "Additional reporting by {name} and {name2}.",
    "Additional reporting by {name} in {place}.", "With additional reporting from {agency}.",
    "{name} contributed reporting.", "{name} and {name2} contributed reporting from {place}.",
    "{name} contributed to this report.", "{agency} contributed to this report.",
    "Reporting contributed by {name}.", "Research by {name}.", "With reporting by {name}.",
    "Additional research by {name}. Data analysis by {name2}.",
    "Contributing: {name}, {name2}", "Staff writer {name} contributed to this story.",
    "This report includes material from {agency} and {name2} of {o}.",
    "Additional reporting: {name}", "Fact-checking by {name}.", "Edited by {name}.",
    "Editing by {name}. Copy editing by {name2}.",
    "Reporting by {name}, editing by {name2}, graphics by {pname}.",
    "{name} in {place} contributed to this article.",
])

K("translation_note", 18, [
    "This article was translated from the original Bengali.",
    "This article was originally published in Malay and has been translated into English.",
    "This story was translated from Urdu by {name}.",
    "Read this story in Spanish.", "Leer en español", "Read this in Welsh / Darllenwch yn Gymraeg",
    "This article has been machine translated and reviewed by an editor.",
    "Translated by {name}. Edited by {name2}.",
    "This piece was first published in Hindi. Translation by {name}.",
    "Interviews were conducted in Swahili and translated into English.",
    "This is an English translation of an article published in {o}'s Filipino edition.",
    "Automatic translation. The original-language version prevails.",
    "Quotes have been translated from Cantonese.",
    "Read in Māori | Pānuitia i te reo Māori",
    "Also available in: Français | العربية | 中文",
])

K("story_series_label", 25, [
    "This story is part of {o}'s series on {tag}.",
    "Part {n} of a {n2}-part series.", "Part {n} of our series: {hl}",
    "This article is part of our special report on {tag}.",
    "Series: The {place} Files", "More in this series", "Read the rest of the series",
    "This is the {n}th instalment of our summer series, in which reporters revisit places they first wrote about years ago.",
    "This story is part of The Uncounted, an investigation into {tag}.",
    "Read the full investigation", "Read all parts of this series",
    "Special report: {tag}", "In-depth: {tag}", "Explainer series", "The Big Read",
    "This story is part of Covering Climate Now, a global collaboration of more than 500 news outlets.",
    "This piece is part of our {year} Voter Guide.",
    "This article is part of {o}'s coverage of the {year} election.",
    "Part of our ongoing coverage of {tag}.",
    "Chapter {n}: {hl}",
    "Episode {n} of {n2}",
    "Return to the series homepage",
])

K("funding_disclosure", 35, [
    "This story was produced with support from {partner}.",
    "This reporting is supported by a grant from {partner}. {o} retains full editorial control.",
    "{o}'s coverage of {beat} is supported by {partner}. Funders have no say over our journalism.",
    "This article was funded by {partner} as part of its local news programme.",
    "{name} is a Report for America corps member covering {beat} for {o}.",
    "This position is funded by the Local Democracy Reporting Service, a partnership between the BBC and the local news industry.",
    "The Local Journalism Initiative is funded by the Government of Canada.",
    "This coverage is made possible through a partnership with {partner}.",
    "This project was funded by {partner}. The funder did not review the story before publication.",
    "This story is part of a reporting fellowship supported by {partner}.",
    "Made with the support of the Public Interest Journalism Fund.",
    "Our health coverage receives support from {partner}. All content is editorially independent.",
    "{o} receives funding from foundations and individual donors. A full list of supporters is on our website.",
    "Travel for this story was paid for by {partner}.",
    "The writer travelled as a guest of the tourism board.",
    "This investigation was supported by the Pulitzer Center.",
    "Supported by", "In partnership with {partner}", "Funded by {partner}",
    "The views expressed here are those of the newsroom and not of our funders.",
    "This article is one of a series funded by {partner}. See our ethics policy for how we handle grants.",
])

K("republish_notice", 25, [
    "Republish this article", "Republish", "Republish this story for free", "Creative Commons",
    "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.",
    "You are free to republish this story under a Creative Commons licence. Please credit {o} and link to the original.",
    "We want our journalism to reach as many people as possible. You can republish our articles for free, online or in print, as long as you follow our guidelines.",
    "Republishing guidelines: do not edit the piece, credit the author and {o}, and include the tracking pixel.",
    "Copy and paste the HTML below to republish this article.",
    "Want to run this story? Email {email} for permission.",
    "Please include the following credit line: Originally published by {o}.",
    "You may not republish photos or illustrations without separate permission.",
    "Our stories may be republished online or in print under Creative Commons licence CC BY-ND 4.0.",
    "Tracking code: do not remove",
    "For reprint and licensing requests, contact our syndication desk at {email}.",
    "This article can be republished for free under certain conditions. Read the terms here.",
])

# ===========================================================================
# Bylines, bios, contacts
# ===========================================================================
K("byline", 45, [
    "By {name}", "BY {name}", "By {name}, {role}", "{name} | {role}", "{name}, {role}, {o}", "By {name} and {name2}",
    "By {name} | {date}", "By {name} | {o} | {date}", "{name} — {role}", "By {name}, {agency}",
    "Written by {name}", "Words by {name}. Photos by {pname}.", "Story by {name}; photography by {pname}",
    "{name}  {role}  {place}", "By {name} in {place}", "From {name} in {place}", "{name} | Reporter | {place}",
    "By {name}, Special to {o}", "By {name} For {o}", "By {name}, Staff writer", "By Our Correspondent",
    "By Staff Reporter", "Our Bureau", "{o} Staff", "By {o} Web Desk", "By {o} News Desk", "News Desk",
    "By {name}, Local Democracy Reporter", "Reporter: {name}", "Author: {name}", "{name} ({handle})",
    "By {name} {handle}", "{name} is {o}'s {role}", "Reviewed by {name}", "Fact checked by {name2}",
    "By {name}, {name2} and {pname}", "Opinion by {name}", "Analysis by {name}, {role}",
    "By {name} · {mins} min read", "{name}, {place} Bureau Chief",
])

K("author_bio", 70, [
    "{name} is a {role} at {o}, covering {beat}. She previously worked at {o_short} Weekly and holds a master's degree from {uni}.",
    "{name} covers {beat} for {o}. Before joining the newsroom in {year} he spent a decade reporting in {place}. Contact him at {rep_email}.",
    "{name} is a reporter based in {place}. They write about {beat}, and the people affected by it.",
    "About the author: {name} has been writing about {beat} for more than {nn} years. Her book, {book}, was published last year.",
    "{name} joined {o} as {role} in {year}. He grew up in {place} and still plays for the local cricket club when deadlines allow.",
    "{name} is {o}'s {role}. Follow her on X {handle} or email {rep_email}.",
    "{name} is a freelance journalist based in {place} who reports on {beat}.",
    "{name} is a Pulitzer finalist and {role} whose work on {beat} has led to changes in state law.",
    "{name} is an associate professor of {beat} at {uni}.",
    "{name} is a senior fellow at the Centre for Policy Studies and a former adviser to the finance ministry.",
    "{name} is the author of {book}. He lives in {place} with his family and an unreasonable number of bicycles.",
    "{name} reports on {beat} from {place}. She has won two regional press awards and was shortlisted for the national young journalist of the year.",
    "{name} is a former {role} at {o} and now writes a weekly column on {beat}.",
    "About {name}: {name} is a {role} with {o}. Reach them at {rep_email} or on Signal at {phone}.",
    "{name} is an editor at {o}, where she oversees coverage of {beat} and {beat}.",
    "{name} writes about {beat} and anything else that catches her eye. She has been with {o} since {year}.",
    "{name} is a {beat} reporter at {o}. He studied journalism at {uni} and previously interned at {agency}.",
    "{name} is a writer and editor who has covered {beat} across the region for {n} years, first for radio and later online.",
    "{name} is a doctoral researcher at {uni} whose work focuses on {beat}.",
    "{name} is a journalist with more than {nn} years' experience across print, radio and digital. She has reported from {nn} countries.",
    "{name} is the {role} for {o}. When he's not chasing stories he's usually at a farmers' market.",
    "{name} ({handle}) is a staff writer at {o}.",
    "{name} has covered politics in {place} since {year}, including three general elections and one very long recount.",
    "{name} is an investigative reporter. Got a tip? Email {rep_email}.",
    "{name} is a contributing editor at {o} and the host of {pod}.",
    "{name} covers technology and startups. She was previously a software developer.",
    "{name} leads our {beat} coverage and is based in our {place} office.",
    "{name} is a student at {uni} and news editor of {o}.",
    "{name} is a Chartered Financial Analyst and writes the Money Matters column.",
    "{name} is {o}'s correspondent in {place}, where he has lived since {year}.",
    "About the author", "Author bio", "Meet the author", "View profile",
    "{name} is a veteran agricultural journalist who grew up on a dairy farm near {place}.",
    "{name} is a maritime reporter covering ports, freight and shipping finance.",
])

K("contributor_tagline", 30, [
    "The writer is a former diplomat.", "The writer is a lawyer based in {place}.",
    "The author is a retired civil servant and writes on governance.",
    "{name} is a professor of economics at {uni}.", "{name} is a columnist for {o}.",
    "The writer is a development economist and former central bank official.",
    "The author is a member of {o}'s editorial board.",
    "{name} is a member of parliament for {place}.",
    "{name} is chief executive of a think tank focused on {beat}.",
    "The writer is a freelance contributor.", "The author teaches at {uni}.",
    "{name} is a GP in {place}.", "{name} is a retired headteacher from {place}.",
    "{name} was {role} at {o} from {year}.",
    "The writer is a security analyst and the author of {book}.",
    "{name} is a second-year law student at {uni}.",
    "{name} is a community organiser in {place}.",
    "{name} is a former minister of finance.",
    "The writer tweets at {handle}.",
    "The writer is a senior lecturer at {uni}. Views are personal.",
    "{name} is a research fellow at {uni}. This article is based on a longer paper published in {month}.",
    "The author can be reached at {rep_email}.",
    "{name} is a farmer and writer from near {place}.",
    "{name} is an Opinion contributor. Follow her at {handle}.",
])

K("contact_author", 25, [
    "Contact {name} at {rep_email}.", "Email {name}: {rep_email}", "Reach {name} at {rep_email} or {phone}.",
    "Contact the reporter: {rep_email}", "Have a question about this story? Email {rep_email}.",
    "{name} can be reached at {rep_email}. Follow her on X: {handle}.",
    "Reach the writer at {rep_email} or on Signal at {phone}.",
    "Contact {first}: {rep_email} | {handle}",
    "Send us your thoughts on this story: {email}", "Write to us at {email}",
    "Have something to say? Send a letter to the editor.",
    "Got a question for {name}? Send it to {email} and she may answer it in a future column.",
    "Email the author", "Contact us", "Contact the newsroom",
    "Share your story with our reporters: {email}",
    "Do you have more information about this? Contact {name} securely on Signal at {phone}, or email {rep_email}.",
    "{name} covers {beat}. Contact her at {rep_email}.",
])

# ===========================================================================
# Corrections, notes, policies
# ===========================================================================
K("correction_note", 50, [
    "Correction: An earlier version of this article misspelled the name of {name}.",
    "Correction: This story has been updated to correct the date of the hearing, which is {date}, not {date2}.",
    "An earlier version of this story incorrectly stated the population of {place}. It has been corrected.",
    "CORRECTION: A previous version of this article misidentified the company that owns the site.",
    "Correction, {date}: An earlier version of this article gave the wrong figure for the number of homes affected. It is {nnn}, not {nn}.",
    "This article has been amended to correct the title of {name}, who is deputy mayor, not mayor.",
    "Correction: A photo caption in an earlier version of this story misidentified the person pictured.",
    "A previous version of this story incorrectly attributed a quote to {name}. The quote was from {name2}.",
    "This article was corrected on {date} to reflect that the vote was {nn}-{n}, not unanimous.",
    "Corrections & clarifications",
    "Correction appended",
    "We regret the error.",
    "Due to an editing error, a headline on an earlier version of this story overstated the size of the increase.",
    "An earlier version of this article said the school would close in {month}. It will close at the end of the academic year.",
    "Correction: The spelling of {place} has been corrected throughout.",
    "The original version of this article wrongly said {name} had been charged. She has been arrested but not charged.",
    "Editor's note: This story has been corrected to show that the report was published by the regulator, not the ministry.",
    "CORRECTION: An earlier version of this story gave an incorrect age for {name}. She is {nn}.",
    "This story was updated to correct an error in the second paragraph.",
    "Correction: A chart in this article mislabelled the years on the horizontal axis. It has been replaced.",
    "An earlier version of this article misstated the amount of the grant. It was {p_big}.",
    "{o} corrects errors as quickly as possible. See our corrections policy.",
    "Correction: An earlier version incorrectly described {name} as a former councillor.",
    "Correction: Due to a reporting error, this story originally stated that the road would be closed for {n} weeks. It will be closed for {n2} days.",
    "Corrected on {date}: the article previously referred to the wrong ward.",
    "We apologise to {name} for the error.",
])

K("clarification_note", 20, [
    "Clarification: This article has been updated to make clear that {name} was speaking in a personal capacity.",
    "Clarification: An earlier version of this story did not make clear that the figures relate only to {place}.",
    "This article has been clarified to note that the company disputes the findings.",
    "CLARIFICATION: The headline has been changed to more accurately reflect the content of the report.",
    "Clarification, {date}: This story has been updated to include a response from the council, which was received after publication.",
    "Update: After publication, {name}'s lawyer contacted {o} to say her client denies the allegations.",
    "This article has been updated to add context about the survey's methodology.",
    "Clarification: The study referred to in this article has not yet been peer reviewed.",
    "This story has been updated to clarify the timeline of events.",
    "A sentence in this article has been amended for clarity.",
    "Clarification: {name} was not present at the meeting, as an earlier version may have implied.",
    "This article was amended on {date} to clarify that the policy applies to new tenants only.",
    "Updated to clarify the source of the figures.",
])

K("editors_note", 40, [
    "Editor's note: This story contains descriptions of violence that some readers may find distressing.",
    "Editor's note: {o} has agreed not to publish the full names of some people in this story because they fear reprisals.",
    "Editor's note: This article was published before the final results were declared.",
    "Editor's note: {name} is married to a member of the {o} board. She had no role in the editing of this piece.",
    "Note to readers: This story includes strong language.",
    "Editor's note: We have updated this article with comment from the police, received after publication.",
    "Warning: This article contains images of the deceased.",
    "Aboriginal and Torres Strait Islander readers are advised that this article contains images and names of people who have died.",
    "Content warning: sexual violence.", "Trigger warning: this article discusses suicide.",
    "Editor's Note:", "A note from the editor", "A note on sources", "Note:",
    "Editor's note: This is an opinion piece. The views expressed are the author's own.",
    "Editor's note: The names of the children have been changed to protect their identities.",
    "{o} does not usually grant anonymity to sources. We made an exception here because the individuals could lose their jobs.",
    "Editor's note: This story was updated at {time} to include new figures from the health department.",
    "Editor's note: The following article was written before the death of {name} was announced.",
    "This article is more than {n} years old.", "This article is more than {n} months old",
    "Archive: This story is from {year} and may contain outdated information.",
    "Note: This post was written before the announcement on {day} and has not been updated.",
    "Editor's note: Our reporter was invited to the event as a panellist. {o} paid for all travel and accommodation.",
    "How we reported this story: {o} reviewed more than {nnn} pages of court documents and interviewed {nn} people.",
    "Methodology: figures were calculated using data from the national statistics office for the period {year} to {year}.",
    "About this story", "How we did this", "Why we wrote this",
    "Reader advisory: This article includes details of a death. Support is available - see below.",
    "Editor's note: {o} is owned by a company with interests in the energy sector. See our ownership disclosure.",
    "Our editorial team independently decided to cover this issue.",
])

K("copyright_line", 30, [
    "© {year} {o}. All rights reserved.", "Copyright © {year} {o}", "© {o} {year}", "(c) {year} {o}",
    "All rights reserved.", "Copyright {year}, {o}. All Rights Reserved.",
    "This material may not be published, broadcast, rewritten or redistributed without permission.",
    "Copyright {year} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    "Copyright © {year} {o} Ltd. Registered in England and Wales No. {big}. Registered office: 1 Harbour Street, {place}.",
    "© {year} {o} | Powered by WordPress", "All content © {o} unless otherwise stated.",
    "© {year} {o}. Reproduction in whole or in part without written permission is prohibited.",
    "Copyright {year} {o}, a division of Nine Entertainment.",
    "© Copyright {o} {year} - {year}", "© {year} {o} Media Group. Terms of use apply.",
    "All materials on this website are protected by copyright and may not be reproduced without the publisher's consent.",
    "Copyright © {o}. ABN {big} {nnn} {nnn}.", "© {year} {o} Pvt. Ltd.", "© {year} {o} Sdn Bhd",
    "Distributed by Tribune Content Agency, LLC.", "©{year} Bloomberg L.P.", "Copyright {year} Nexstar Media Inc. All rights reserved.",
    "Reproduction or copying of {o} content without permission may result in legal action.",
    "{o} is a trading name of {o_short} Media Limited.",
    "Copyright {year}. {o}. Designed by {o_short} Digital.",
])

K("ai_disclosure", 25, [
    "This article was written with the help of AI and reviewed by an editor.",
    "This summary was generated by artificial intelligence and checked by our journalists.",
    "AI-generated summary", "Summary generated with AI. Read the full article for complete context.",
    "We used artificial intelligence tools to help analyse the documents in this investigation. All findings were verified by our reporters.",
    "This story was produced using automated technology from {agency} and edited by a journalist.",
    "Image generated using AI.", "Illustration created with AI (Midjourney).",
    "The audio for this article is AI-generated.",
    "AI disclosure: An AI tool was used to transcribe interviews. Quotes were checked against the recordings.",
    "This content was created with the assistance of generative AI and reviewed by {o} staff for accuracy.",
    "Our newsroom's policy on artificial intelligence is available here.",
    "Key points in this article were drafted by AI and edited by {name}.",
    "Some parts of this article were translated using machine translation.",
    "No AI was used in the writing of this article.",
    "Was this AI summary helpful? Yes | No",
    "This market report was generated automatically from exchange data.",
    "Results data compiled automatically. Figures may change as more votes are counted.",
    "This article was created by {o}'s automated news service using data from the weather bureau.",
    "Why we use AI, and why we don't",
])

# ===========================================================================
# Comments and community
# ===========================================================================
K("comment_prompt", 30, [
    "Join the conversation", "Leave a comment", "Comments", "Add a comment", "Post a comment", "View comments",
    "Have your say", "What do you think? Let us know in the comments below.",
    "Comments are closed on this article.", "Comments are now closed.", "Commenting is disabled for this story.",
    "Comments on this story are moderated and may take time to appear.",
    "You must be logged in to comment. Log in or register.",
    "Sign in to join the conversation. Only subscribers can comment.",
    "We welcome comments that are relevant, respectful and on topic. Comments may be removed without notice.",
    "Be the first to comment", "Start the conversation", "Show comments", "Hide comments", "Load comments",
    "Reply", "Report", "Like", "Newest | Oldest | Most liked", "Sort by: Best",
    "Comments will be open for {n} days after publication.",
    "To keep our comment section a civil space, we have closed comments on stories involving court cases.",
    "Have something to add? Send us a letter to the editor instead. Letters are published on Saturdays.",
    "What's your view on this? Leave a comment below or email {email}.",
    "Want to join the discussion? Subscribe now to comment on this story.",
    "Please read our commenting rules before posting.",
    "Commenting is currently unavailable. We're working to restore it.",
    "Comments are powered by Disqus.", "Viafoura comments", "Conversation powered by OpenWeb",
    "Please log in to reply.", "Your comment is awaiting moderation.",
    "Readers' comments", "Reader comments ({count})",
])

K("comment_count", 15, [
    "{count} comments", "{count} Comments", "{nnn} comments", "{count}", "💬 {count}", "Comments ({count})",
    "View {count} comments", "{count} replies", "Show {count} more replies", "1 comment", "No comments yet",
    "Comments {count}", "{nnn} people are talking about this", "Read {nnn} comments", "Join {nnn} others commenting",
    "{big} reactions", "{count} comments | {nnn} shares",
], join=True)

K("community_guidelines", 16, [
    "Community guidelines", "Community Standards", "House rules", "Commenting policy", "Read our community guidelines",
    "By commenting, you agree to our terms of service and community guidelines. Personal attacks, hate speech and spam will be removed.",
    "{o} reserves the right to remove any comment. Comments do not reflect the views of {o}.",
    "Keep it civil and stay on topic. Comments containing abuse, profanity or links to external sites may be deleted.",
    "Please keep comments respectful. Repeated violations may result in a ban.",
    "Comments are the opinion of their authors and not of this publication.",
    "Flag a comment if you believe it breaches our rules.",
    "We moderate all comments before they appear. Comments are open between 8am and 10pm.",
    "Under defamation law, you are responsible for what you post. Please don't name people involved in ongoing court cases.",
    "Comments that identify victims of crime will be deleted.",
    "Real names are required. Anonymous comments will not be published.",
])

# ===========================================================================
# Consent, ads, sponsored
# ===========================================================================
K("cookie_banner", 50, [
    "We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.",
    "This website uses cookies. Some are essential, others help us improve the site or show you relevant advertising.",
    "{o} and our partners use cookies and similar technologies to store and access information on your device, to personalise content and ads, and to measure audiences. You can accept all, reject all or choose your settings.",
    "We value your privacy",
    "Your privacy choices",
    "We and our {nnn} partners store and/or access information on a device, such as unique IDs in cookies, to process personal data.",
    "Cookies help us deliver our services. By using our services, you agree to our use of cookies.",
    "We use cookies to give you the best possible experience. Learn more in our cookie policy.",
    "Some features of this page, such as embedded videos and social posts, require cookies you have not accepted.",
    "To view this content, please enable functional cookies.",
    "This site uses cookies to analyse traffic and for ads measurement purposes. Manage settings.",
    "Do not sell or share my personal information",
    "Your California privacy rights",
    "We care about your privacy. You can change your cookie settings at any time via the link in the footer.",
    "Cookie policy", "Cookie settings", "Privacy settings", "Manage cookies", "Privacy preferences",
    "By clicking 'Accept all', you agree to the storing of cookies on your device to enhance site navigation, analyse site usage and assist in our marketing efforts.",
    "We use cookies and data to deliver and maintain our services, track outages, protect against abuse and measure audience engagement.",
    "Strictly necessary cookies | Performance cookies | Targeting cookies | Functional cookies",
    "These cookies are necessary for the website to function and cannot be switched off.",
    "You can withdraw your consent at any time by clicking Privacy Settings at the bottom of any page.",
    "We'd like to use cookies to understand how you use our site. Is that OK?",
    "Consent to cookies is required for personalised advertising. Without it, you'll still see ads, but they'll be less relevant to you.",
    "Reading {o} without consenting to cookies? Try our ad-free subscription from {p_mo} a month.",
    "Accept cookies or subscribe: to read {o} for free you need to agree to tracking. Alternatively, pay {p_mo} for a tracking-free version.",
    "Vendor list", "Legitimate interest", "Show purposes",
    "Personalised advertising and content, advertising and content measurement, audience research and services development.",
])

K("consent_buttons", 15, [
    "Accept", "Accept all", "Accept All Cookies", "Reject all", "Decline", "Manage preferences", "Save preferences",
    "Customise", "I agree", "Agree and close", "OK", "Got it", "Got it!", "Allow all", "Deny", "Confirm my choices",
    "Continue without accepting", "More options", "Accept & continue", "Necessary only", "Only essential cookies",
    "Accept | Reject | Settings", "Agree | Disagree", "Yes, I'm happy", "Close and accept",
], join=True)

K("ad_label", 20, [
    "Advertisement", "ADVERTISEMENT", "Advertising", "Ad", "AD", "Ads", "Sponsored", "Promoted", "Paid post",
    "Paid content", "Promotion", "Partner", "Ad Feedback", "Report this ad", "Why this ad?", "Close ad",
    "Ad closed by Google", "Stop seeing this ad", "Ads help fund our journalism", "Advertise with us",
    "Remove ads", "Go ad-free", "Hide ads for {p_mo} a month", "Advertisement - scroll to continue",
    "Scroll to continue with content", "Content continues below", "Advertisement · Scroll to continue",
    "- Advertisement -", "— ADVERTISEMENT —", "Continue reading below advertisement", "Skip advertisement",
    "Ad loading...", "Advertising by Google", "AdChoices", "Sponsored by {o_short} Partners",
], join=True)

K("story_continues", 20, [
    "Story continues below advertisement", "Article continues below", "Story continues below",
    "The story continues below", "Article continues after this advertisement", "Continue reading the main story",
    "Continues below", "Story continues after advertisement", "STORY CONTINUES BELOW THIS AD",
    "Article continues below this ad", "Advertisement. Scroll to continue reading.",
    "Content continues after advertisement", "Article continues after video", "Story continues after video",
    "Scroll down to continue reading", "The article continues after the ad", "Keep scrolling for more",
    "Continue reading below", "ARTICLE CONTINUES BELOW", "Story continues",
    "Advertisement | Story continues below",
    "The story continues after this message from our sponsor", "Skip to the rest of the story",
])

K("sponsored_label", 35, [
    "Sponsored content", "Sponsored by {o_short} Bank", "Paid partnership", "In partnership with {partner}",
    "This content was paid for by an advertiser and produced by {o}'s commercial team.",
    "This article is sponsored by a third party. {o}'s newsroom was not involved in its creation.",
    "Brought to you by {o_short} Energy", "Presented by {o_short} Insurance", "Promoted content",
    "Branded content", "Partner content", "Advertorial", "ADVERTORIAL", "Paid for by {name2} for Council",
    "This is a paid post. The views expressed do not necessarily reflect those of {o}.",
    "This content is produced by {o} Studio on behalf of a client. It is not written by our journalists.",
    "Produced in association with the tourism authority of {place}.",
    "Commercial feature", "Supported content", "Sponsored: Discover {place}", "Native advertising",
    "Content by Brand Studio", "Created with a sponsor. Learn more about sponsored content.",
    "This story is part of a paid partnership and was not reviewed by editorial staff.",
    "The following content is sponsored. For more information, see our advertising policy.",
    "Sponsored by {o_short} Motors | Learn more",
    "Affiliated content: this page was created with a commercial partner.",
    "Paid Post by a real estate developer. This content was produced by the advertising department.",
    "Political advertisement authorised by {name}, {place}.",
])

K("press_release_disclaimer", 20, [
    "This is a press release. {o} is not responsible for its content.",
    "The above press release has been provided courtesy of the company. {o} takes no editorial responsibility for the same.",
    "Disclaimer: This content is distributed by a third party. The publisher does not guarantee its accuracy.",
    "Press release distributed by a wire service on behalf of the company.",
    "Content provided by a partner. The views expressed are those of the author.",
    "(Disclaimer: The above press release comes to you under an arrangement with PRNewswire and {o} takes no editorial responsibility for the same.)",
    "View original content: {url}",
    "SOURCE {o_short} Holdings",
    "Media contact: {name}, {email}",
    "This article is a paid press release. Readers should do their own research.",
    "Press Release", "PRESS RELEASE", "Company announcement",
    "The information in this press release is provided for informational purposes only and does not constitute investment advice.",
    "Forward-looking statements: This release contains statements that involve risks and uncertainties.",
    "Brand Desk Content", "Spotlight | Partner content",
])

# ===========================================================================
# Navigation, stamps
# ===========================================================================
K("breadcrumb", 25, [
    "Home > {sect} > {sect}", "Home / {sect} / {place}", "Home › {sect}", "{sect} » {sect}", "Home | {sect} | {sect}",
    "You are here: Home > {sect} > {sect}", "{sect} / {sect}", "News > {place} > {sect}", "Home » {sect} » {place}",
    "HOME / {sect} / {sect}", "{sect} · {sect}", "Home - {sect}", "{o} > {sect} > {tag}", "Home ▸ {sect} ▸ {sect}",
    "{sect}", "{sect} | {place}", "{place} | {sect}", "Back to {sect}", "< Back to {sect}", "← {sect}",
])

K("tag_list", 25, [
    "Tags: {tag}, {tag}, {tag}", "Topics: {tag} | {tag} | {tag}", "TAGS {tag} {tag} {tag} {tag}",
    "Filed under: {tag}, {tag}", "Explore more on these topics: {tag} {tag} {tag}", "Related topics: {tag} · {tag}",
    "In this article: {tag}, {tag}", "Posted in {sect}. Tagged {tag}, {tag}.", "Categories: {sect}, {sect}",
    "More on: {tag}", "Topics", "Tags", "Keywords: {tag}; {tag}; {tag}", "#{tag}", "See more: {tag} {tag}",
    "Follow topics: {tag} + | {tag} + | {tag} +", "Subjects: {tag}, {tag}", "{tag} / {tag} / {tag}",
    "Topics in this story: {tag} {tag} {tag}", "Tagged with: {tag}", "Follow this topic: {tag}",
])

K("site_navigation", 25, [
    "Home News Sport Business Opinion Culture Lifestyle", "Menu", "☰ Menu", "Sections", "All sections",
    "{sect} | {sect} | {sect} | {sect} | {sect}", "{sect} {sect} {sect} {sect} {sect} {sect}",
    "News Sport Weather iPlayer Sounds", "Top Stories Local World Business Tech Entertainment",
    "Home · {sect} · {sect} · {sect} · {sect}", "Toggle navigation", "Open menu", "Close menu",
    "Main menu", "Navigation", "More", "More sections", "Go to homepage", "{o} homepage", "Today's paper",
    "e-Paper", "Print edition", "Shop", "Jobs", "Dating", "Puzzles", "Games", "Obituaries", "Notices",
    "Our network: {o} | {o_short} Weekly | {o_short} Sport | {o_short} Business",
    "Explore {o}: {sect} {sect} {sect}", "News ▾ Sport ▾ Business ▾ Opinion ▾",
    "Edition: {place}", "Change edition", "Choose your region", "Local edition: {place} ▼",
], join=True)

K("skip_link", 14, [
    "Skip to main content", "Skip to content", "Skip to navigation", "Skip to footer", "Jump to content",
    "Skip to search", "Skip to main navigation", "Skip to Accessibility help", "Skip past newsletter promotion",
    "after newsletter promotion", "Skip next section", "Skip to comments", "Skip to key events", "Skip to article",
    "Skip navigation", "Jump to navigation",
])

K("footer_links", 20, [
    "About us | Contact | Advertise | Privacy policy | Terms of use",
    "About · Careers · Contact · Corrections · Ethics · Privacy", "Terms & Conditions", "Privacy Policy",
    "Contact us", "Advertise", "Careers", "Work for us", "Complaints", "Accessibility", "Sitemap", "RSS feeds",
    "Help centre", "FAQs", "Subscription terms", "Editorial code", "Terms of Service | Privacy Policy | Cookie Policy",
    "About {o} | Our team | Ethics policy | Corrections policy | Masthead",
    "{o} is a member of the Independent Press Standards Organisation (IPSO).",
    "{o} is regulated by IMPRESS.", "Regulated by the Press Council of India.", "Member of the Australian Press Council.",
    "Member of the National NewsMedia Council.", "{o} subscribes to the Press Code of Ethics of the Press Council of South Africa.",
    "Licensed under the Kenya Media Council Act.", "The Editors' Code of Practice", "Complaints procedure",
    "Registered as a newspaper at the Post Office.", "Our offices: {nn} Main Street, {place}",
    "Published by {o_short} Media Group, {place}.", "Manage cookies · Do Not Sell My Info · Accessibility statement",
], join=True)

K("login_register_bar", 14, [
    "Sign in | Register", "Log in / Sign up", "Register", "Create account", "Create a free account",
    "Sign in with Google", "Continue with Apple", "Continue with Facebook", "Or continue with email",
    "Hi, {first}", "My profile", "Log out", "Sign out", "Manage account", "Account settings",
    "Don't have an account? Register for free", "New here? Create an account", "Subscribe | Sign in",
    "Welcome, Guest", "My {o_short}",
], join=True)

K("account_wall", 25, [
    "Register to continue reading", "Create a free account to keep reading",
    "This article is free to read, but you need to register first. It only takes a minute.",
    "Sign up free to read this article. No payment needed.",
    "Register with {o} to unlock this story and get {n} free articles every month.",
    "Please sign in or register to continue reading. Registration is free and gives you access to newsletters and comments.",
    "Keep reading for free. Enter your email address and we'll send you a sign-in link.",
    "Create your free account", "Free registration required",
    "Why register? Save articles, follow topics and get personalised news for {place}.",
    "To continue reading this article, please log in or create a free account with your email address.",
    "Join {o} for free and read {n} more stories",
    "Want to keep reading? Create an account - it's free.",
    "Continue with email",
    "Registration helps us keep {o} free. We will never sell your data.",
])

K("search_box", 12, [
    "Search", "Search {o}", "Search...", "Type to search", "Press enter to search", "Search news, topics and people",
    "What are you looking for?", "Search for:", "Enter keywords", "Search the archive", "No results found",
    "Search results for: {tag}", "Clear search", "Popular searches", "Search site",
], join=True)

K("language_switcher", 15, [
    "English | Español", "EN | FR", "English · हिन्दी", "English | বাংলা", "English | اردو", "English | Te Reo Māori",
    "English | Cymraeg", "EN / 中文", "Language: English", "Change language", "Select language", "Choose language ▾",
    "English | සිංහල | தமிழ்", "Also available in: Français", "Read in Bahasa Malaysia", "Switch to Filipino",
    "English edition", "International edition", "Edition: English", "Read this page in Kiswahili", "Gaeilge",
    "English | Afrikaans | isiZulu",
], join=True)

K("masthead_dateline", 15, [
    "{date}", "{day}, {date}", "{date} | {place}", "{date} | {temp}°C {wx}", "Today's paper: {date}",
    "{place} edition", "Updated {time} | {date}", "Last updated: {date} {time}", "{day} | {place}",
    "Vol. {nnn} No. {nn}", "Est. 18{nn}", "Serving {place} since 19{nn}", "{date} | e-Paper | Subscribe",
    "{date}  |  {place}  |  {temp}°", "Established 19{nn}. Independent. Local.",
], join=True)

K("published_stamp", 35, [
    "Published {date}", "Published: {date}, {time}", "Posted {date}", "Posted on {date} at {time}",
    "{date} at {time}", "{date}, {time}", "First published on {date}", "Published on: {date}",
    "Published {time}, {date}", "PUBLISHED: {date}", "{time} {date}", "Posted: {date}", "Date: {date}",
    "Published {nn} minutes ago", "Published {n} hours ago", "{n} days ago", "{n} hr ago", "Yesterday at {time}",
    "Published {date} | Updated {date2}", "Published: {date} Updated: {time}", "Pub: {date}",
    "Created: {date}", "Filed {date}", "Last modified on {date}", "Written on {date}", "Originally posted {date}",
    "Published in print: {date}", "{date} | {time}", "{day} {time}", "Aired {date}",
])

K("updated_stamp", 20, [
    "Updated {date}", "Updated: {time}", "Last updated {date} at {time}", "Updated {nn} minutes ago",
    "Updated {n} hours ago", "UPDATED: {date}", "Last update: {time}", "Modified {date}", "Updated at {time} on {date}",
    "This article was last updated on {date}.", "Story updated {time}", "Page last updated at {time}",
    "Updated {date} with new figures", "Updated: {date} - adds comment from police", "Updated {time} ET",
    "Updated {date}, first published {date2}", "Last reviewed {date}", "Refreshed {time}", "Edited {date}",
    "Updated {time}, {date}: This story has been updated throughout.",
])

K("reading_time", 15, [
    "{mins} min read", "{mins} minute read", "{mins}-min read", "Reading time: {mins} minutes", "{mins} mins",
    "Read time: {mins} min", "⏱ {mins} min", "Estimated reading time: {mins} minutes", "{mins} MIN READ",
    "Time to read: {mins} min", "Approx. {mins} minutes", "Long read: {mins} minutes", "{mins} min listen",
    "This article is {nnn}0 words long and should take about {mins} minutes to read.", "Less than 1 min read",
    "{mins}m read", "Quick read", "{mins} min read · {date}",
], join=True)

# ===========================================================================
# Tips, helplines, standards
# ===========================================================================
K("tip_line", 40, [
    "Got a story? Email {email}", "Do you have a story to share? Contact our newsroom at {email} or call {phone}.",
    "Have a news tip? Send it to {email}.", "Tip us off", "Send us a tip", "Submit a news tip",
    "If you have information about this story, please contact us confidentially at {email}.",
    "Know more? We want to hear from you. Our journalists read every message, and we will protect your identity if you ask us to.",
    "Do you know more about this story? Contact {name} at {rep_email} or securely via Signal on {phone}.",
    "Were you affected? Share your experience with us by filling in the form below.",
    "Have you been affected by the issues raised in this story? Get in touch: {email}",
    "Send your photos and videos to {whatsapp} on WhatsApp.",
    "Want to share a confidential tip? Learn how to contact us securely.",
    "Is there something happening in {place} you think we should be covering? Tell us.",
    "Seen something newsworthy? Send pictures and video to {email} or message us on Facebook.",
    "Call our newsdesk on {phone}, or email {email}.",
    "WhatsApp us on {whatsapp}",
    "Tell us your story. Our reporters are listening.",
    "We rely on readers to tell us what's going on. If you know something, say something: {email}",
    "Got a question about {tag}? Our reporters will answer as many as we can. Submit yours here.",
    "Share your views: are you worried about {tag}? Email {email}, including your name and suburb.",
    "Contact our investigations team in confidence via SecureDrop.",
    "Do you work in {beat}? We'd like to hear from you. Responses are confidential.",
    "Know of a local hero? Nominate them for our Community Awards.",
    "Contact the newsroom: {phone}",
])

K("helpline_notice", 50, [
    "{helpline}",
    "If you or someone you know is affected by the issues in this story, help is available. {helpline}",
    "Need help? {helpline}",
    "If this story has raised concerns for you, support is available. {helpline}",
    "If you're struggling with your mental health, you are not alone. {helpline}",
    "For confidential support: {helpline}",
    "Support is available for anyone affected by these issues. {helpline} If you are in immediate danger, call emergency services.",
    "Where to get help: {helpline}",
    "Help and support",
    "If you have been affected by any of the issues raised in this article, please contact a health professional. {helpline}",
    "Anyone experiencing distress can seek support. {helpline} In an emergency, go to your nearest hospital.",
    "If you are experiencing domestic abuse, help is available in confidence. {helpline}",
    "Help is available if you or anyone you know is struggling. {helpline}",
    "If you or a loved one is having thoughts of suicide, please reach out. {helpline}",
    "Free support for anyone affected: {helpline}",
    "Information about support services is available at the bottom of this page.",
    "Need to talk to someone? {helpline}",
    "Worried about someone? Here's where to get help. {helpline}",
    "SUPPORT SERVICES: {helpline}",
])

K("report_error", 20, [
    "Report an error", "Report a correction or typo", "Spotted a mistake? Let us know.",
    "Found an error? Email {email}.", "Submit a correction", "Report a typo", "Is there a mistake in this story?",
    "Did we get something wrong? Contact the readers' editor at {email}.",
    "To request a correction, email {email} with the article link and details of the error.",
    "Help us improve: report an error in this article.",
    "If you see something that doesn't look right, contact us.",
    "We strive for accuracy and fairness. If you see something that doesn't look right, click here to contact us.",
    "Notice an error? Highlight the text and press Ctrl+Enter.",
    "See our corrections policy", "Send feedback", "Feedback",
    "Think we've got it wrong? Complaints can be made to the readers' editor.",
    "Report an issue with this page",
])

K("opinion_disclaimer", 40, [
    "The views expressed are the author's own and do not necessarily reflect those of {o}.",
    "Opinions expressed in this article are the writer's own.",
    "Views expressed are personal.", "The views expressed are personal.",
    "This is an opinion column. The views are those of the author.",
    "Opinion", "OPINION", "Comment", "Analysis", "Perspective", "Guest column", "Letters to the editor", "Our view",
    "Disclaimer: The opinions expressed within this article are the personal opinions of the author. The facts and opinions appearing in the article do not reflect the views of {o} and {o} does not assume any responsibility or liability for the same.",
    "This piece reflects the opinion of the author. It is not written by the {o} newsroom.",
    "Opinion pieces are written by people outside our newsroom and are edited for clarity and length.",
    "Editorials represent the view of {o}'s editorial board, which operates separately from the newsroom.",
    "Want to respond? Submit a letter to the editor or write an op-ed of up to {nnn} words.",
    "The author's views are his own and do not represent those of his employer.",
    "This article is commentary. The analysis and conclusions are the author's.",
    "{o} publishes a diversity of views. We encourage readers to respond.",
    "This content is for information only and should not be taken as financial advice.",
    "This article is not investment advice. Always do your own research before investing.",
    "The information in this article is general in nature and is not medical advice. Consult your doctor.",
    "This is a satirical piece.",
    "Guest essays are selected by our opinion editors and do not represent the positions of {o}.",
    "Readers' letters may be edited for length and clarity. Please include your full name and suburb.",
    "How to submit an op-ed", "Submit a letter",
])

K("ethics_standards", 18, [
    "Our standards", "Why you can trust {o}", "Editorial standards", "Read our editorial guidelines",
    "{o} is committed to accurate, fair and independent journalism. Learn about our ethics policy.",
    "Our journalists follow a strict code of ethics. We do not accept gifts or payment from the people we cover.",
    "Trust Project indicators: About us | Ethics | Corrections | Ownership | Funding",
    "Learn more about how we report on {beat}.",
    "{o} is owned by {o_short} Holdings. Our editorial decisions are made independently of our owners.",
    "This outlet is signatory to the Journalism Trust Initiative.",
    "Our newsroom operates independently of our advertising and business teams.",
    "How we work", "Our mission", "Meet the team", "Ownership and funding",
    "We name sources whenever possible. When we don't, we explain why.",
    "We are an IFCN-certified fact-checking organisation.",
    "Fact-checked", "Verified by our fact-check desk",
])

K("print_edition_note", 25, [
    "This article appeared in print on {date}.", "A version of this article appears in print on {date}, Section A, Page {n}.",
    "This article appears in the {date} print edition.", "From the print edition", "Print edition | {sect}",
    "Published in the {day} edition of {o}.", "This story appeared on page {nn} of {o} on {date}.",
    "Appeared in the print edition under the headline: {hl}",
    "Read today's e-paper", "Read the digital edition", "View print edition", "Today's front page",
    "See today's front and back pages, download the newspaper, order back issues and use the historic newspaper archive.",
    "This article was published in our weekly magazine. Subscribe to get the magazine delivered.",
    "Pick up a copy of {o} at your local newsagent every {day}.",
    "In print: {date} | Page {n}",
    "This story is from the {month} {year} issue.",
    "Home delivery available across {place}. Call {phone} to start your subscription.",
    "The paper is back on shelves every Thursday.",
    "Newspaper back issues can be ordered online.",
    "The {o} print edition is available at selected supermarkets and petrol stations.",
])

K("event_promo", 35, [
    "Join us at {o} Live in {place} on {date}. Tickets from {p_ticket}.",
    "Subscriber event: an evening with {name}, {date}, {time}. Book now.",
    "Register now for our free webinar on {tag}, {date}.",
    "{o} Business Awards {year}: nominations now open.",
    "Don't miss the {o} {place} Summit - early-bird tickets end {day}.",
    "Book your place", "Get tickets", "Buy tickets", "Register now", "Register for free", "Save the date",
    "Events", "Upcoming events", "What's on",
    "EVENT: {tag} Forum | {date} | {place} Convention Centre",
    "Members get {off}% off all {o} events. Use your subscriber code at checkout.",
    "Meet the journalists behind {pod} at a live recording in {place}. Limited seats.",
    "Join our reporters for a free Q&A about {tag} on {date} at {time}. Submit your questions in advance.",
    "Live online event: How to fix {tag}. Panellists include {name} and {name2}.",
    "Our Reader Day is back. Tour the newsroom and meet the team - {date}.",
    "Coming up: the {place} Food Festival, {date}. Presented by {o}.",
    "Book now for {o}'s Festival of Ideas - {n} days, {nn} speakers, one city.",
    "Tickets are non-refundable. Programme subject to change.",
    "Sponsorship opportunities available. Contact {email}.",
    "Watch the recording of our latest subscriber event.",
    "Webinar | {date} | {time} | Free for subscribers",
])

K("market_ticker", 20, [
    "{ticker} | {ticker} | {ticker}", "{ticker}  {ticker}  {ticker}  {ticker}", "Markets: {ticker} · {ticker}",
    "{ticker}", "MARKETS {ticker} {ticker}", "Market data delayed by 15 minutes.", "Data as of {time}",
    "Markets data provided by a third party. Prices are indicative.", "Live markets", "Market snapshot",
    "View all markets", "Currencies", "Commodities", "Indices", "Stocks to watch",
    "{ticker} • {ticker} • {ticker} • {ticker}", "Market open", "Market closed",
    "Quotes delayed at least 15 minutes. Market data provided by ICE Data Services.",
    "Fuel prices today: Petrol {p_small}/l | Diesel {p_small}/l",
    "Gold rate today: {p_big} per 10 grams", "Forex: USD {p_small} | EUR {p_small} | GBP {p_small}",
    "Watchlist", "Add to watchlist", "Portfolio",
], join=True)

K("weather_widget", 20, [
    "{place} {temp}°C {wx}", "{temp}° {wx}", "{place}, {temp}°", "Weather: {wx}, {temp}°C", "{wx} {temp}°C H: {temp}° L: {temp}°",
    "Today {temp}° | Tomorrow {temp}° | {day} {temp}°", "Forecast for {place}: {wx}. High {temp}°C.",
    "Weather", "Change location", "Set your location", "Full forecast", "10-day forecast", "Hourly forecast",
    "UV index: {n} (High)", "Rain: {pct}%", "Wind: {nn} km/h", "Humidity {pct}%", "Sunrise 6:{mm} | Sunset 7:{mm}",
    "Pollen count: High", "Air quality: Moderate (AQI {nn})", "Weather warning in force for {place}",
    "{temp}°F {wx}", "Feels like {temp}°", "Powered by the Met Office", "Data: Bureau of Meteorology",
    "Tide times {place}: High {time} | Low {time2}",
], join=True)

K("sports_scorebox", 15, [
    "FT: {score}", "{score} (FT)", "HT {score}", "LIVE {score}", "Full-time: {score}", "Result: {score}",
    "{score} | {score} | {score}", "Scores: {score} • {score}", "Live scores", "Fixtures", "Results", "Standings",
    "Table", "Match centre", "Scorecard", "View full scorecard", "Match report", "Tap for live commentary",
    "Latest scores: {score}; {score}", "Follow live: {score}", "Kick-off {time}", "Postponed", "Abandoned",
], join=True)

# ===========================================================================
# Technical notices and placeholders
# ===========================================================================
K("browser_notice", 16, [
    "Your browser is out of date. Please update it to view this site properly.",
    "You are using an outdated browser. Upgrade your browser to improve your experience and security.",
    "Please enable JavaScript to view this content.", "JavaScript is disabled in your browser.",
    "This site works best in the latest versions of Chrome, Firefox, Edge and Safari.",
    "For the best experience, please use a modern browser.",
    "Your browser does not support the audio element.", "Your browser does not support the video tag.",
    "Please enable cookies and JavaScript to continue.", "Checking your browser before accessing {dom}.",
    "Unsupported browser", "Upgrade your browser",
    "It looks like your browser is blocking content from our site. Some features may not work.",
    "Verifying you are human. This may take a few seconds.",
    "Please wait while we verify your browser...",
])

K("adblock_notice", 25, [
    "We noticed you're using an ad blocker.",
    "It looks like you're using an ad blocker. Ads help fund our journalism. Please whitelist {dom} or subscribe for ad-free access.",
    "Please disable your ad blocker to continue reading.",
    "Ad blocker detected", "Turn off your ad blocker", "I've disabled my ad blocker", "Continue without supporting us",
    "Advertising pays for the journalism you're reading. Please consider allowing ads on {o}.",
    "We get it: ads can be annoying. But they pay our reporters. Whitelist us, or go ad-free for {p_mo} a month.",
    "Hi there. We see you're blocking ads. That's your right, but it makes it harder for us to keep {o} free. Here's how to add us to your allow list.",
    "How to disable your ad blocker: click the icon in your browser toolbar and choose 'Pause on this site'. Then refresh the page.",
    "Refresh page", "Whitelist {o}", "Ad-free experience available",
    "Support us by allowing ads, or subscribe to remove them.",
    "Your ad blocker may be blocking some content on this page, including videos and social posts.",
    "Using a VPN or privacy extension? Some features may not load.",
    "Thank you for disabling your ad blocker!",
])

K("accessibility_note", 13, [
    "Accessibility statement", "Accessibility help", "Accessibility settings", "High contrast", "Large text",
    "Screen reader users: press Enter to skip to the main content.",
    "If you use assistive technology and have trouble reading this page, please contact {email}.",
    "Audio description is available for this video.", "This page has been designed to meet WCAG 2.1 AA.",
    "Alt text is provided for all images on our site. Report missing alt text to {email}.",
    "Keyboard shortcuts", "Easy read version", "Open dyslexia-friendly font", "Sign language version available",
    "This video has subtitles. Press C to turn them on.",
])

K("content_unavailable", 20, [
    "This content is not available in your region.", "This content is currently unavailable.",
    "This embed is unavailable.", "Content unavailable", "This video has been removed.",
    "The media could not be loaded, either because the server or network failed or because the format is not supported.",
    "This element requires JavaScript.", "Embedded content is hidden. Accept cookies to view.",
    "Click to load content from Instagram", "Load YouTube content", "Show content",
    "This tweet is unavailable.", "This post has been deleted.", "Page not found", "404 - Page not found",
    "Sorry, the page you are looking for does not exist.", "The interactive could not be loaded.",
    "Something went wrong. Please try again later.", "Oops! Something went wrong.",
    "This content is blocked because you have not accepted social media cookies.",
    "Graphic could not be displayed.", "Map loading...", "Loading...", "Please wait while we load this content.",
    "Unable to load comments.", "Image not available", "Error loading player: No playable sources found",
    "Sorry, this content cannot be displayed in the app. Open it in your browser instead.",
    "We're having trouble loading this. Refresh the page.",
])

K("interactive_fallback", 15, [
    "This interactive is best viewed on a desktop computer.",
    "If you can't see the graphic, click here.", "Can't see the map? Open it in a new window.",
    "Rotate your device for the best experience.", "Tap the map to explore.",
    "Interactive: explore the data for your area.", "Use the search box to find your suburb.",
    "App users: tap here to view the interactive.", "Open the full interactive", "View this chart on our website",
    "Having trouble viewing the table? Use the mobile version.", "Click on a bar to see more detail.",
    "Enter your postcode", "Select your state", "Drag the slider to compare before and after.",
    "Scroll to continue", "Scroll to explore", "Click and drag to rotate the 3D model.",
])

K("social_embed_wrapper", 30, [
    "View this post on Instagram", "A post shared by {name} ({handle})", "View this post on Instagram A post shared by {name} ({handle})",
    "— {name} ({handle}) {date}", "— {o} ({ohandle}) {date}", "pic.twitter.com/{nn}abcXYZ",
    "Posted by {name} on {day}, {date}", "Embedded post from Facebook", "See more on Facebook",
    "View on Threads", "Watch on YouTube", "Watch on TikTok", "{handle} · Follow", "Original sound - {name}",
    "This content is hosted by X. By showing the external content you accept the Terms of Service of X.",
    "Load tweet", "View original tweet", "Allow Instagram content?",
    "This article contains content provided by Instagram. We ask for your permission before anything is loaded, as they may be using cookies and other technologies.",
    "Allow and continue", "Skip Instagram post", "End of Instagram post", "Skip TikTok post", "End of X post",
    "Skip X post, {n}", "End of X post, {n}", "Content from Instagram", "A post shared by {o} ({ohandle})",
    "Read more on X", "Replies", "Like", "{big} likes", "Tap to see the full post",
    "{name} (@{first}) {date} Reply Repost Like", "Posted {n}h ago on Bluesky",
])

# ===========================================================================
# Widgets: jobs, contests, gambling, obituaries, polls
# ===========================================================================
K("job_listings", 18, [
    "Jobs", "Local jobs", "Find a job", "Featured jobs", "Post a job", "Search jobs",
    "{role} | {o} | {place} | {salary}", "Jobs in {place}: Warehouse operative, {salary} | Care assistant | HGV driver",
    "Latest jobs: Teaching assistant ({place}) · Accounts payable clerk · Site manager",
    "Job of the week: Registered nurse, {place} District Health Board, {salary}",
    "We're hiring! {o} is looking for a {role}. Apply by {date}.",
    "Work with us: join the {o} newsroom. See current vacancies.",
    "Recruitment powered by Jobrapido", "View all jobs", "Apply now", "Upload your CV", "Set up a job alert",
    "Find your next role with {o} Jobs. Thousands of vacancies across {place} and beyond.",
    "Are you an employer? Advertise your vacancy to {big} local readers.",
])

K("contest_rules", 20, [
    "Enter now", "Enter the competition", "Win!", "WIN", "Competition closes {date}.",
    "Win a {p_prize} shopping voucher! Enter by {date}.",
    "No purchase necessary. Open to residents of {place} aged 18 and over. Void where prohibited.",
    "Terms and conditions apply. Winners will be chosen at random and notified by email within {n} days of the closing date.",
    "Competition terms: one entry per person. Employees of {o} and their families are not eligible.",
    "The prize is non-transferable and there is no cash alternative.",
    "Entries received after the closing date will not be accepted.",
    "By entering you agree to receive marketing emails from {o} and the competition sponsor.",
    "Sweepstakes sponsored by {o_short} Media. Odds of winning depend on the number of eligible entries received.",
    "Full T&Cs at {dom}/competitions", "Winners list", "Congratulations to last week's winner, {name} from {place}!",
    "To enter, answer this question: In which year was {o} founded?",
    "Text WIN followed by your name to {nn}{nnn}. Texts cost {p_intro} plus standard network rates.",
])

K("gambling_note", 25, [
    "18+. Gamble responsibly.", "18+ | T&Cs apply | BeGambleAware.org", "Please gamble responsibly.",
    "When the fun stops, stop.", "Gambling can be addictive. Play responsibly.",
    "18+ only. New customers only. Min deposit {p_small}. Odds subject to change. Full T&Cs apply.",
    "Think! About your choices. Call Gambling Help on 1800 858 858 or visit gamblinghelponline.org.au.",
    "If you or someone you know has a gambling problem, call 1-800-GAMBLER.",
    "Chances are you're about to lose. For free and confidential support call 1800 858 858.",
    "Gamble responsibly. Call the National Gambling Helpline on 0808 8020 133.",
    "Take time to think. Set a deposit limit.",
    "{o} may receive commission from betting partners. Odds correct at time of publication.",
    "Betting is for adults only. Know your limits. Play responsibly.",
    "Winners know when to stop. Not for persons under 18.",
    "Lottery results are unofficial. Always check your ticket against official results.",
    "Gambling Therapy offers free support in several languages.",
    "Sponsored: {o_short}Bet | 18+ | Terms apply",
    "National Responsible Gambling Programme toll-free counselling line: 0800 006 008.",
    "Odds: 5/2 | 7/4 | 11/10", "Bet now", "Claim offer",
])

K("lottery_widget", 12, [
    "Lotto results", "Latest lotto results", "Winning numbers: {ball} {ball} {ball} {ball} {ball} {ball} Bonus: {ball}",
    "Powerball: {ball} {ball} {ball} {ball} {ball} PB {n}", "Next draw: {day}, {date}", "Jackpot: {p_big}",
    "Check your numbers", "Lottery results for {date}", "Draw {nnn}", "Estimated jackpot {p_big}",
    "Results are unofficial. Please check with the official operator.", "EuroMillions | Lotto | Thunderball | Set For Life",
])

K("obituary_widget", 18, [
    "Sign the guestbook", "View guestbook", "Send flowers", "Share a memory", "Light a candle",
    "Obituaries powered by Legacy.com", "Place a notice", "Death notices", "Funeral notices", "In memoriam",
    "{name} | {date} | {place}", "View {name}'s obituary", "Offer condolences",
    "Place an obituary or death notice by calling {phone} or emailing {email}.",
    "To place a tribute, please contact our family notices team. Deadlines apply for print publication.",
    "{nn} people have signed the guestbook.", "Plant a tree in memory", "Funeral arrangements", "Search obituaries",
    "Condolences can be left online or sent to the family care of the funeral director.",
])

K("quiz_poll_widget", 15, [
    "Poll", "Vote now", "Vote", "View results", "Results", "Thanks for voting!", "You have already voted.",
    "Poll: Should {place} introduce a congestion charge? Yes | No | Not sure",
    "Have your say: do you support the plan? Vote in our poll.", "Total votes: {big}",
    "Quiz", "Start quiz", "Take the quiz", "Next question", "Question {n} of {nn}", "Your score: {n}/{nn}",
    "Share your score", "Play again", "Answer: {hl}", "This poll is not scientific and reflects only the views of readers who chose to take part.",
    "Polls close at midnight.", "Yes {pct}% No {pct}%",
], join=True)

K("survey_feedback", 18, [
    "Was this article helpful?", "Was this helpful? Yes / No", "How would you rate this article?",
    "Tell us what you think", "Give feedback", "Rate this story", "Did you find this useful?",
    "Help us improve {o}: take our {n}-minute reader survey.",
    "We'd love your feedback on our new website design. It will take less than 5 minutes.",
    "Thanks for your feedback!", "What could we do better?", "Share your feedback with our team",
    "Tell us how we can improve this article", "Not now", "Take the survey", "Rate us ★★★★★",
    "This survey is run by an independent research company on our behalf.",
    "How likely are you to recommend {o} to a friend? 0 1 2 3 4 5 6 7 8 9 10",
    "We're testing a new design. Let us know what you think.",
    "Beta", "Try the new look", "Switch back to classic view",
])

K("key_points_label", 15, [
    "Key points", "Key Points", "In short", "At a glance", "The short version", "Quick read", "Summary",
    "Story highlights", "Highlights", "What you need to know", "Why it matters", "The big picture",
    "Key takeaways", "TL;DR", "In brief", "Catch up quickly", "Need to know", "Fast facts", "By the numbers",
    "The essentials",
], join=False)

K("election_results_widget", 13, [
    "Results: {nn} of {nnn} precincts reporting", "{pct}% of votes counted", "Projected winner", "Called by AP",
    "Seats declared: {nnn}/{nnn}", "Live results", "Full results", "See results for your area",
    "Results as of {time}. Source: Electoral Commission.", "Results are unofficial until certified.",
    "Turnout: {pct}%", "Gain from", "Hold", "Too close to call", "Enter your address to see your ballot",
])

K("classifieds_box", 13, [
    "Classifieds", "Place an ad", "Public notices", "Legal notices", "Marketplace", "Buy & Sell", "Property for sale",
    "Cars for sale", "Homes for rent", "Garage sales", "Pets",
    "Public notices are published as required by law. Search notices from {place} and surrounding areas.",
    "To place a public notice, email {email} by noon {day}.", "Browse all classifieds",
    "Tenders | Appointments | Notices", "Advertise in our classifieds from {p_small}",
])

K("puzzles_promo", 15, [
    "Play today's crossword", "Puzzles", "Crosswords", "Sudoku", "Word game", "Play now",
    "Try our new daily word game. Can you solve it in {n} guesses?",
    "Subscribers get unlimited access to our puzzle archive.",
    "Crossword solutions: see yesterday's answers", "Today's Wordle hints",
    "Play our daily quiz: ten questions on this week's news.", "Puzzles & Games", "Horoscopes",
    "Your daily horoscope", "Daily Jumble", "Cryptic crossword", "Quick crossword no. {nnn}",
    "Check your answers", "Reveal solution",
])

K("topic_follow", 14, [
    "Follow topic", "Follow this topic", "+ Follow", "Following ✓", "Unfollow",
    "Follow {tag} to get updates in your feed.", "Get alerts on {tag}", "Add {tag} to myFT",
    "Follow the topics, people and places that matter to you.", "Manage your followed topics",
    "You are now following {tag}.", "Sign in to follow topics", "Get email updates on {tag}",
    "Follow {place}", "Follow this story", "Add to myNews",
])

K("print_subscription", 15, [
    "Home delivery", "Get the paper delivered", "Start home delivery", "Manage delivery", "Report a missed paper",
    "Vacation hold", "Pause my delivery", "Newspaper delivery from {p_wk} a week",
    "Print subscribers: manage your account, pay your bill or report a delivery problem online.",
    "Weekend print edition plus full digital access for {p_mo} a month.",
    "Missed your paper? Call {phone} before 10am and we'll redeliver where possible.",
    "Newspaper vouchers and subscription cards accepted at participating newsagents.",
    "Get Saturday and Sunday delivered to your door.", "Print + Digital bundle",
    "Delivery areas: {place}, {place2} and surrounding districts.",
])

K("syndication_rights", 15, [
    "Reprints & permissions", "Licensing", "Syndication", "Buy reprint rights", "Content licensing",
    "For reprint rights, contact {email}.", "To republish this article or use our content commercially, contact our licensing team.",
    "Request reprint permission", "Purchase licensing rights", "Copyright licensing for businesses and schools",
    "Use of this article for commercial purposes requires a licence from {o}.",
    "Distributed by {o} Syndication. For rights enquiries call {phone}.",
    "Partners can access our content via our syndication feed.",
    "Interested in licensing this story? Visit our syndication page.",
])

K("location_prompt", 12, [
    "Set your location", "Use my location", "Choose your area", "Personalise your news",
    "Enter your postcode to see news near you", "We couldn't find your location.", "Showing news for {place}",
    "Not in {place}? Change", "Allow {o} to use your location to show local news and weather?",
    "Local news for {place} · Change area", "Select your city",
], join=True)

K("traffic_widget", 13, [
    "Traffic", "Live traffic", "Traffic and travel", "Road closures", "Check your commute",
    "Delays on the {place} bypass: {nn} minutes", "Live traffic map", "Travel news: {place}", "Train times",
    "Rail updates", "Bus service changes", "Flight arrivals and departures", "Incidents: {n} | Roadworks: {nn}",
    "Traffic information provided by a third party.", "Ferry status: on schedule",
], join=True)

# ===========================================================================
# Longer variants (added after a first run showed too few paragraph-length lines)
# ===========================================================================
_BY = {k: tmpls for k, _t, tmpls, _j, _c in KINDS}


def ADD(kind, templates):
    _BY[kind].extend(templates)


SCENES.extend([
    "Volunteers from the local rowing club help residents carry belongings out of flooded homes in {place} on {day} afternoon.",
    "A man looks at the remains of his family's shop, which was destroyed when fire spread through the market in the early hours.",
    "{name}, who has taught at the school for 31 years, in her classroom on the last day before the summer holidays.",
    "Passengers wait for information at the departures hall after dozens of flights were cancelled because of the weather.",
    "Workers at the recycling centre in {place} sort plastic by hand, a job the company says it hopes to automate by next year.",
    "The view from the top of the new 40-storey tower, which will house offices, a hotel and a rooftop garden when complete.",
    "Riot police stand guard outside parliament as demonstrators gather for a third consecutive day of protests against the bill.",
    "A pharmacist restocks shelves in {place}, where shortages of some common medicines have been reported since the spring.",
    "Relatives of the missing fishermen wait at the jetty in {place} as search teams return at dusk on {day}.",
    "Members of the winning team celebrate with supporters on the pitch after the final whistle at a sold-out stadium.",
    "An elderly couple shelter from the heat under a tree in a park in {place}, where temperatures topped 40C for a fourth day.",
    "Schoolchildren in {place} take part in a tree-planting drive organised by the district council and a local charity.",
    "Construction workers take a break on scaffolding at a housing development on the edge of {place} that has been delayed for two years.",
    "A lone swimmer braves the cold water off the beach at {place} as winter sets in, despite warnings from lifeguards.",
    "{name} and {name2} (right) shake hands after signing the agreement at a ceremony in {place} on {day}.",
])

ADD("agency_credit", [
    "This story was written by {agency} and has been edited lightly for style and length by {o}'s digital desk.",
    "Reporting by {name} in {place} and {name2}; writing by {pname}; editing by the {agency} world desk team.",
    "This article is published under a content-sharing agreement with {agency}. It has not been reviewed by {o} editors.",
    "Content in this article was provided by {agency} and is subject to its terms. Questions about the story should be directed to the agency.",
    "This report was filed by {agency}. {o} added local context and the background information in the final three paragraphs.",
])
ADD("syndication_origin", [
    "This article is published as part of a content-sharing partnership between {o} and several other independent newsrooms in the region.",
    "This piece was originally written for our sister publication and has been updated with the latest figures for readers in {place}.",
    "A longer version of this essay first appeared in {o}'s quarterly print magazine, which is sent free to every member.",
    "This story was first published on {date} and is being shared again because of renewed reader interest in {tag}.",
])
ADD("story_series_label", [
    "This article is part of a year-long series examining how {tag} is changing life in {place}. Read the other instalments here.",
    "This story is the {n}th in our series on the hidden costs of {tag}, produced with support from {partner}. Find the full series at {dom}.",
    "Welcome to our summer reading series, in which writers from across the country tell us about a place that shaped them.",
    "This is part of a weekly series answering readers' questions about {tag}. Send yours to {email}.",
])
ADD("contributor_tagline", [
    "The author is a former senior official at the finance ministry and now advises development agencies on public debt. Views are personal.",
    "{name} is a professor of public policy at {uni} and the author of {book}. She has advised three governments on {beat}.",
    "The writer is a retired judge of the high court who now writes on constitutional questions. He can be contacted at {rep_email}.",
    "{name} is a farmer near {place}, a former president of the regional growers' association and a regular contributor to these pages.",
    "The writer chairs a community housing trust in {place}. She is writing in a personal capacity and not on behalf of the trust.",
])
ADD("subscriber_login_prompt", [
    "Already a subscriber? Log in with the email address linked to your account to read the rest of this article without interruption.",
    "If you already pay for the newspaper at home, you can activate digital access at no extra cost. You'll need your subscriber number.",
    "Subscribed through a partner such as your bank, mobile network or a news bundle? Sign in with that account to continue reading.",
])
ADD("comment_prompt", [
    "Comments are open to subscribers for {n} days after publication. Please keep the discussion civil and on topic, and read our community guidelines first.",
    "We've turned off comments on this story because it concerns an ongoing legal case. You can still send a letter to the editor at {email}.",
    "Join the discussion below. Our moderators review flagged comments every day, and repeated breaches of the rules will lead to a ban.",
    "You can comment on this article once you're logged in. Not a subscriber yet? Subscribe to join the conversation with other readers.",
])
ADD("follow_social", [
    "Follow {o} on Facebook, Instagram and X for breaking news, behind-the-scenes updates from our reporters and the best pictures from around {place}.",
    "Want more stories like this in your feed? Follow us on Google News and tap the star to make {o} one of your preferred sources.",
    "Stay up to date with the latest news from {place} by following our pages on social media, or by joining our free newsletter.",
])
ADD("app_promo", [
    "Our free app gives you live scores, breaking news alerts and the daily e-paper in one place. Download it from the App Store or Google Play today.",
    "Reading on your phone? The {o} app loads faster, remembers where you left off and lets you save stories to read offline on the train.",
    "Subscribers can read the digital replica of the newspaper in our app every morning from 5am, including puzzles and the weekend magazine.",
])
ADD("sponsored_label", [
    "This article was produced by {o}'s commercial content team on behalf of an advertiser. Our journalists were not involved in its creation.",
    "This content is paid for by an advertiser and published under our partnership guidelines. It does not reflect the views of {o}'s newsroom.",
    "Sponsored content is created in collaboration with brands. It is clearly labelled and never written by our editorial staff. Find out more about our advertising policy.",
])
ADD("event_promo", [
    "Join our political editor and a panel of experts for a live discussion about what the election result means for {place}. Tickets are free for subscribers.",
    "Come and meet the team behind {o} at our annual readers' evening on {date}. There'll be a tour of the newsroom, drinks and a chance to ask us anything.",
    "Our {tag} conference returns to {place} on {date}, bringing together more than {nn} speakers. Book before {day} to save {off}% on standard tickets.",
])
ADD("print_edition_note", [
    "This article appeared in the {day} print edition of {o}. Subscribe to get the newspaper delivered to your door, plus full digital access.",
    "A version of this story was published in print on {date} under a different headline. It has been updated online with the latest information.",
    "You can read today's full print edition online, exactly as it appeared on the page, with our digital replica edition. Available to subscribers from 5am.",
])
ADD("content_unavailable", [
    "This content is not available because you have not accepted the relevant cookies. To view it, update your privacy settings or open the link in a new window.",
    "We're sorry, this video is not available in your country due to rights restrictions. Please try again later or visit our website.",
    "Part of this article, such as an embedded post or interactive graphic, could not be displayed. Try viewing it in a web browser instead.",
])
ADD("gambling_note", [
    "Gambling can be addictive and harmful. If you or someone you know is struggling, free confidential help is available 24 hours a day on the national helpline.",
    "Odds and offers are correct at the time of publishing but are subject to change. {o} may be paid a commission if you sign up with a bookmaker through our links.",
    "Betting content on this page is intended for readers aged 18 and over in jurisdictions where it is legal. Please bet responsibly and within your means.",
])
ADD("copyright_line", [
    "All content on this site, including text, photographs and graphics, is the property of {o} and may not be copied, republished or distributed without written permission.",
    "Copyright {year} {o}. This material may be freely quoted with attribution but may not be reproduced in full without prior consent from the publisher.",
])
ADD("deal_box", [
    "Our top pick is {p_deal} right now, down from {p_was}. It's the one we'd buy ourselves: light, well built and easy to repair, with a two-year warranty.",
    "Prices change frequently, so the deals listed here may not be available for long. We check them every morning and remove expired offers.",
    "Looking for something cheaper? Our budget pick costs {p_deal} and does most of what the premium model does, minus the fancy app.",
])
ADD("recommended_list", [
    "More from {o}: {hl} | {hl} | {hl} | {hl}",
    "You might also be interested in these stories: {hl}; {hl}; {hl}",
    "Stories we think you'll like, based on what you've been reading: {hl} · {hl} · {hl}",
])
ADD("live_key_events", [
    "Key events {time} {hl} {time2} {hl} {time} {hl}",
    "Summary of today's key developments: {hl}; {hl}; {hl}. Scroll down for the latest updates from our reporters.",
    "If you're just joining us, here are the key events so far: {hl}, {hl} and {hl}.",
])
ADD("breaking_banner", [
    "This is a breaking news story and will be updated as more details become available. Refresh the page for the latest version.",
    "We are working to confirm details of this developing story. Our earlier reporting may change as information emerges.",
])
ADD("membership_thanks", [
    "Thank you for being a member. Because of you, {o} can keep its reporting free for everyone in {place}, including people who cannot afford to pay.",
    "Thanks, {first}. Your support pays for the reporters who sit through council meetings, court hearings and planning committees so you don't have to.",
    "You're one of the {big} readers who fund our journalism. As a thank you, you'll see fewer ads and get early access to our investigations.",
])
ADD("job_listings", [
    "We're hiring a {role} to join our newsroom in {place}. The successful candidate will cover {beat} and contribute to our investigations team. Applications close {date}.",
    "Looking for a new role? Browse hundreds of vacancies in {place} and surrounding areas, from hospitality to healthcare, on {o} Jobs.",
])
ADD("obituary_widget", [
    "Family notices, including death notices, funeral notices and acknowledgements, can be placed online at any time or through your funeral director.",
    "Share your memories of {name} and offer condolences to the family in the online guestbook. Entries are moderated before they appear.",
])
ADD("ethics_standards", [
    "{o} follows the editors' code of practice. If you believe we have fallen short, you can complain to our readers' editor or to the independent regulator.",
    "We are transparent about who owns and funds us. Read our editorial independence policy and our list of major donors on the About page.",
])
ADD("survey_feedback", [
    "We're redesigning our website and would love to hear what you think. The survey takes about {n} minutes and all answers are anonymous.",
    "Help us understand our readers better. Answer a few quick questions about how you get your news and you could win a {p_prize} voucher.",
])
ADD("translation_note", [
    "This article was originally published in Hindi and has been translated into English by our staff. Some quotes have been condensed.",
    "Interviews for this story were conducted in Tagalog and Cebuano and translated by the reporter. Translations have been checked by a second editor.",
])
ADD("photo_reprint", [
    "Photos from this article and thousands of others from our archive are available to buy as prints, canvases and framed pictures through our photo sales service.",
])
ADD("more_from_author", [
    "Read more by {name}, who has covered {beat} for {o} since {year}: {hl} | {hl}",
])
ADD("market_ticker", [
    "Markets at a glance: {ticker} | {ticker} | {ticker} | {ticker} | {ticker}",
    "Prices delayed by at least 15 minutes. Data is provided for information only and should not be relied on for trading decisions.",
])
ADD("weather_widget", [
    "Weather warning: heavy rain is expected across {place} from {time}, with a risk of localised flooding. Check the full forecast before you travel.",
])
ADD("published_stamp", [
    "This article was published on {date} and was accurate at the time of publication. Details may have changed since then.",
])
ADD("byline", [
    "By {name}, who has reported on {beat} in {place} for more than a decade, and {name2}, {role}",
])
ADD("video_title", [
    "Watch: {vt}. Footage filmed by {pname} for {o} on {date}. Duration {dur}.",
    "Video: {vt}. This video was first broadcast on our evening news bulletin and runs for {dur}.",
])
ADD("read_more_link", [
    "For more on this story and the rest of our coverage of {tag}, read: {hl}",
    "If you want to understand the background, our explainer is a good place to start: {hl}",
])
ADD("newsletter_form_field", [
    "Yes, I would like to receive occasional emails about offers, events and new products from {o}. I can unsubscribe at any time.",
    "Tick this box if you do not want to receive marketing from {o}'s partners, selected by us, about products we think may interest you.",
])
ADD("additional_reporting", [
    "Additional reporting by {name} in {place} and {name2} in {place2}, with research assistance from the {o} library.",
    "This report was compiled with additional reporting by {name}, who spent several weeks interviewing residents in {place}.",
])
ADD("photo_credit_only", [
    "All photographs by {pname} for {o}, except where otherwise stated. Archive images courtesy of the {place} museum.",
])
ADD("tag_list", [
    "Topics covered in this article: {tag}, {tag}, {tag}, {tag}, {tag}, {tag}",
])
ADD("listen_to_article", [
    "This article is available to listen to. The audio version was generated using a synthetic voice and may differ slightly from the text.",
    "Short on time? Listen to this story instead. Our narrated articles are available to subscribers in the app and on the website.",
])
ADD("social_embed_wrapper", [
    "This article includes content provided by X. We ask for your permission before anything is loaded, as they may be using cookies and other technologies. To view this content, choose Accept cookies and continue.",
    "Instagram content is blocked because of your privacy settings. Click here to load it, or view the original post on Instagram.",
])
ADD("account_wall", [
    "You can read this story for free, but first we need you to create an account or log in. It helps us keep the site free and lets you save articles and follow topics.",
])

ADD("donation_plea", [
    "We have a small favour to ask. More people are reading {o} than at any point in our history, but far fewer are paying for it, and advertising revenue keeps falling. Our reporting takes a lot of time, money and hard work to produce, and we do it because we believe it matters for {place}. If everyone who reads us and likes it helps fund it, our future would be much more secure. Thank you.",
    "Dear reader, this is the only time this year we will interrupt your reading to ask. {o} has no owner, no shareholders and no paywall. We are funded by people like you who believe local news should be free for everyone. If you can spare {p_small} today, or {p_mo} a month, you will help us keep a reporter in the courtroom, at the council meeting and on the streets of {place}.",
])
ADD("author_bio", [
    "{name} is {o}'s {role}. Before joining the newsroom in {year}, she spent eight years at {agency}, reporting from {place} and across the region on elections, natural disasters and the economy. Her reporting on {beat} has won two national awards, and she is the author of {book}. She lives in {place2} with her partner and two children. Send her tips at {rep_email} or follow her on X at {handle}.",
    "{name} has written about {beat} for more than twenty years, first as a trainee on a weekly paper in {place} and later as a correspondent for several national titles. He joined {o} in {year} and now edits our weekend features section. When he isn't working he coaches an under-12s football team and tries, mostly unsuccessfully, to grow tomatoes.",
])
ADD("cookie_banner", [
    "We and our partners use cookies and similar technologies to store and access personal data such as browsing data on your device. This allows us to show you personalised content and advertising, measure how well ads and content perform, develop and improve our products, and understand our audience. You can accept these uses, reject them, or choose which ones you allow. You can change your choices at any time by clicking Privacy Settings in the footer of every page.",
])
ADD("editors_note", [
    "A note to our readers: this article is the result of a six-month investigation by {o}. Our reporters reviewed thousands of pages of documents, many of them obtained through freedom of information requests, and spoke to more than {nn} current and former employees. Several asked not to be named because they feared losing their jobs. Everyone named in this story was given the opportunity to respond before publication.",
])
ADD("subscription_offer", [
    "For a limited time, new subscribers can get unlimited access to {o} for just {p_intro} for the first {n} months. That includes every story on our website and app, the digital replica of the print edition, our full archive going back decades, subscriber-only newsletters and invitations to events. After the introductory period your plan renews at {p_mo} a month. Cancel anytime.",
])
ADD("newsletter_privacy_smallprint", [
    "By submitting your email address you agree to receive our newsletters and occasional marketing emails from {o} and carefully selected partners. We will process your personal data in accordance with our privacy notice, which explains how we collect, use and protect your information and how you can exercise your rights. You can unsubscribe at any time by clicking the link at the bottom of any email we send you.",
])
ADD("helpline_notice", [
    "If you or someone you know has been affected by anything in this article, you don't have to face it alone. {helpline} If you are worried that someone is in immediate danger, stay with them if it is safe to do so and contact the emergency services. You can also speak to your doctor, a pharmacist or someone you trust about how you're feeling.",
])

# ===========================================================================
# Several short elements flattened onto one line
# ===========================================================================
MIX_KINDS = ["published_stamp", "reading_time", "share_bar", "byline", "updated_stamp", "article_tools",
             "comment_count", "ad_label", "breadcrumb", "video_player_controls", "listen_to_article",
             "gallery_counter", "consent_buttons", "subscriber_login_prompt", "follow_social", "story_continues",
             "photo_credit_only", "tag_list", "live_entry_stamp", "masthead_dateline", "weather_widget",
             "market_ticker", "login_register_bar", "search_box", "site_navigation", "skip_link",
             "newsletter_form_field", "app_promo", "topic_follow", "key_points_label", "opinion_disclaimer"]
MIX_TARGET = 90


# ===========================================================================
# Generation
# ===========================================================================
def _clean(text):
    text = text.replace("\n", " ").strip()
    text = text.replace("'s's ", "'s ").replace("the The ", "the ").replace("The The ", "The ")
    text = text.replace("THE THE ", "THE ").replace("an The ", "a ")
    text = re.sub(r" {3,}", "  ", text)
    return text


def _weight(t):
    """Favour paragraph-length templates: they are the hard cases."""
    if callable(t):
        return 3
    w = len(t.split())
    return 4 if w >= 15 else (2 if w >= 10 else 1)


def generate():
    r = random.Random(SEED)
    seen = set()
    rows = []
    table = {k: (tmpls, join, case) for k, _t, tmpls, join, case in KINDS}

    def one(kind, tmpls, join, case):
        name, cc = r.choice(OUTLETS)
        ctx = Ctx(r, name, cc)
        text = ctx.fill(r.choices(tmpls, weights=[_weight(t) for t in tmpls])[0])
        if join and len(text.split()) <= 5 and r.random() < 0.3:
            parts = [text]
            for _ in range(r.randrange(1, 4)):
                extra = ctx.fill(r.choice(tmpls))
                if len(extra.split()) <= 5 and extra not in parts:
                    parts.append(extra)
            text = r.choice(SEPS).join(parts)
        return name, _clean(vary(text, r, case))

    for kind, target, tmpls, join, case in KINDS:
        got = 0
        tries = 0
        while got < target and tries < target * 200:
            tries += 1
            outlet, text = one(kind, tmpls, join, case)
            if not text or text in seen:
                continue
            seen.add(text)
            rows.append({"kind": kind, "outlet": outlet, "text": text})
            got += 1
        if got < 12:
            raise SystemExit(f"kind {kind} produced only {got} lines")

    got = 0
    tries = 0
    while got < MIX_TARGET and tries < MIX_TARGET * 200:
        tries += 1
        name, cc = r.choice(OUTLETS)
        ctx = Ctx(r, name, cc)
        kinds = r.sample(MIX_KINDS, r.randrange(2, 5))
        parts = []
        for k in kinds:
            tmpls, _join, _case = table[k]
            for _ in range(10):
                p = ctx.fill(r.choice(tmpls))
                if len(p.split()) <= 9:
                    parts.append(p)
                    break
        if len(parts) < 2:
            continue
        text = _clean(vary(r.choice(SEPS).join(parts), r, True))
        if text in seen:
            continue
        seen.add(text)
        rows.append({"kind": "mixed_chrome", "outlet": name, "text": text})
        got += 1

    r.shuffle(rows)
    return rows


def main():
    rows = generate()
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    kinds = {row["kind"] for row in rows}
    outlets = {row["outlet"] for row in rows}
    long_share = sum(len(row["text"].split()) >= 15 for row in rows) / len(rows)
    print(f"wrote {len(rows)} lines, {len(kinds)} kinds, {len(outlets)} outlets "
          f"(of {len(OUTLETS)} listed), {long_share:.1%} of lines have 15+ words -> {OUT}")


if __name__ == "__main__":
    main()
