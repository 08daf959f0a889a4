"""Page furniture vocabulary of news outlets, per layout language, written for the blind evaluation set.

Every string here was written from how wire services, aggregators, newspapers and broadcasters lay out their
pages (not taken from wirewash's cleaner or its tests). Templates use ``str.format`` fields:
``{a} {b} {c}`` author names, ``{agency}`` the wire service's credit name, ``{site}`` the outlet,
``{CITY}``/``{City}`` a dateline city, ``{d} {m} {y} {mon} {month} {HH} {MM} {h12} {ampm} {dow}`` date parts,
``{n}`` a small number, ``{email}`` an address, ``{handle}`` a social-media handle.

``AGENCIES`` maps a canonical publisher name to the ways pages spell it, for scoring a system's ``publisher``.
"""
from __future__ import annotations

from benchmarks.eval.locales import ar, de, en, es, fr, it, ja, ko, pt, ru, zh

AGENCIES: dict[str, tuple[str, ...]] = {
    "AP": ("ap", "associated press", "the associated press"),
    "Reuters": ("reuters", "thomson reuters", "رويترز", "路透", "路透社", "ロイター", "로이터"),
    "AFP": ("afp", "agence france-presse", "agence france presse", "أ ف ب", "法新社"),
    "Bloomberg": ("bloomberg", "bloomberg news"),
    "dpa": ("dpa", "deutsche presse-agentur", "د ب أ"),
    "EFE": ("efe", "agencia efe"),
    "ANSA": ("ansa",),
    "Xinhua": ("xinhua", "新华社", "xinhua news agency"),
    "Kyodo": ("kyodo", "共同", "共同通信", "kyodo news"),
    "Yonhap": ("yonhap", "연합뉴스", "yonhap news agency"),
    "TASS": ("tass", "тасс"),
    "Anadolu": ("anadolu", "aa", "anadolu agency", "الأناضول"),
    "Lusa": ("lusa",),
    "RIA Novosti": ("ria novosti", "риа новости"),
    "China News Service": ("中新社", "china news service"),
    "Jiji": ("jiji", "時事", "時事通信"),
    "News1": ("news1", "뉴스1"),
}

LOCALES: dict[str, dict[str, list]] = {
    "en": en.VOCAB,
    "es": es.VOCAB,
    "fr": fr.VOCAB,
    "de": de.VOCAB,
    "pt": pt.VOCAB,
    "it": it.VOCAB,
    "ru": ru.VOCAB,
    "ar": ar.VOCAB,
    "zh": zh.VOCAB,
    "ja": ja.VOCAB,
    "ko": ko.VOCAB,
}

# A wire service's name as its own credit lines print it, per layout language.
AGENCY_CREDIT: dict[str, dict[str, str]] = {
    "en": {"AP": "The Associated Press", "Anadolu": "Anadolu Agency"},
    "ar": {"Reuters": "رويترز", "AFP": "أ ف ب", "Anadolu": "الأناضول", "dpa": "د ب أ"},
    "zh": {"Xinhua": "新华社", "Reuters": "路透社", "AFP": "法新社", "China News Service": "中新社"},
    "ja": {"Kyodo": "共同通信", "Jiji": "時事通信", "Reuters": "ロイター"},
    "ko": {"Yonhap": "연합뉴스", "News1": "뉴스1"},
    "ru": {"TASS": "ТАСС", "RIA Novosti": "РИА Новости"},
}

# Agency-free datelines: place and dash only, as newspapers print their own correspondents' copy.
PLAIN_DATELINES: dict[str, list[str]] = {
    "en": ["{CITY} —", "{CITY} -", "{City}, {month} {d} —"],
    "es": ["{CITY}.-", "{City}, {d} de {month}.-"],
    "fr": ["{CITY} —", "{City}, correspondance."],
    "de": ["{City} –", "{CITY}."],
    "pt": ["{CITY} —"],
    "it": ["{CITY} —"],
    "ru": ["{CITY}, {d} {month}."],
}
