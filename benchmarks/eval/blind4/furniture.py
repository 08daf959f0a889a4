"""Pick and fill furniture wordings: names, places, dates and outlets in each page language.

``pick(kind, lang, split, rng)`` chooses a wording (a test-only one only for the test split); ``render`` fills
its placeholders from a ``Fill`` made once per page, so a page's byline, credits and bio name the same people.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from .wordings_head import HEAD, INSIDE, Wordings
from .wordings_tail import TAIL

LANGS = ("en", "es", "fr", "de", "pt", "it", "ru", "ar", "zh", "ja")
ALL: Wordings = {**HEAD, **INSIDE, **TAIL}
KINDS = tuple(ALL)

_NAMES = {
    "en": (["James", "Sarah", "Priya", "Tom", "Lucy", "Daniel", "Amara", "Kenji", "Rachel", "Owen", "Fatima", "Michael"],
           ["Whitaker", "O'Connell", "Patel", "Nguyen", "Hargreaves", "Mensah", "Kowalski", "Brennan", "Lloyd", "Okafor"]),
    "es": (["María", "Javier", "Lucía", "Andrés", "Carmen", "Diego"], ["García Ruiz", "Fernández", "Martín", "López de la Torre", "Sánchez"]),
    "fr": (["Camille", "Étienne", "Claire", "Julien", "Amélie", "Hugo"], ["Lefèvre", "Dubois", "Moreau", "Girard", "Fontaine"]),
    "de": (["Katrin", "Jürgen", "Anna", "Matthias", "Sabine", "Florian"], ["Müller", "Schneider", "Weiß", "Hoffmann", "Krüger"]),
    "pt": (["João", "Ana", "Pedro", "Mariana", "Luís", "Beatriz"], ["Silva", "Gonçalves", "Pereira", "Costa", "Almeida"]),
    "it": (["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro"], ["Rossi", "Bianchi", "Esposito", "Ferrari", "Romano"]),
    "ru": (["Иван", "Анна", "Дмитрий", "Ольга"], ["Петров", "Смирнова", "Кузнецов", "Иванова"]),
    "ar": (["محمد", "فاطمة", "أحمد", "ليلى"], ["العلي", "حسن", "الخطيب", "منصور"]),
    "zh": (["伟", "芳", "磊", "静"], ["王", "李", "张", "刘"]),
    "ja": (["太郎", "花子", "健一", "由美"], ["佐藤", "鈴木", "高橋", "田中"]),
}
_CITIES = ["London", "Washington", "Brussels", "Madrid", "Paris", "Berlin", "Lisbon", "Rome", "Tokyo", "Nairobi", "Sydney", "Geneva"]
_CITY_NATIVE = {
    "ru": ["Москва", "Санкт-Петербург", "Минск"], "ar": ["القاهرة", "دبي", "بيروت"],
    "zh": ["北京", "上海", "香港"], "ja": ["東京", "大阪", "ワシントン"],
}
_OUTLETS = {
    "en": ["Reuters", "The Daily Ledger", "Northern Post", "Global News Wire", "The Evening Courier"],
    "es": ["EFE", "El Diario del Sur", "Noticias Hoy"], "fr": ["AFP", "Le Quotidien", "Ouest Matin"],
    "de": ["dpa", "Tagesblatt", "Rheinische Rundschau"], "pt": ["Lusa", "Jornal da Manhã", "Folha do Norte"],
    "it": ["ANSA", "Il Corriere del Nord", "La Gazzetta"], "ru": ["ТАСС", "РИА Новости"], "ar": ["الجزيرة", "رويترز"],
    "zh": ["新华社", "中新网"], "ja": ["共同通信", "毎日新聞"],
}
_AGENCIES = ["Reuters", "AFP", "AP", "Getty Images", "EPA", "Bloomberg", "Alamy", "PA"]
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
}
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_CAPTIONS = {
    "en": ["Officials arrive for the meeting on Tuesday.", "A general view of the city centre.", "Traders work on the floor of the exchange.",
           "Supporters wave flags outside the building.", "The site pictured earlier this month.", "Workers at the plant, in a file photo."],
    "es": ["Vista general del centro de la ciudad.", "Varios manifestantes frente al edificio."],
    "fr": ["Vue générale du centre-ville.", "Des manifestants devant le bâtiment, mardi."],
    "de": ["Blick auf das Stadtzentrum.", "Demonstranten vor dem Gebäude am Dienstag."],
    "pt": ["Vista geral do centro da cidade.", "Manifestantes em frente ao edifício."],
    "it": ["Veduta del centro città.", "Manifestanti davanti al palazzo martedì."],
    "ru": ["Общий вид центра города."], "ar": ["منظر عام لوسط المدينة."], "zh": ["图为市中心一景。"], "ja": ["市中心部の様子。"],
}
_TAGS = {
    "en": ["Economy", "Markets", "Europe", "Politics", "Technology", "World news", "Business", "Energy", "Trade"],
    "es": ["Economía", "Mercados", "Política", "Internacional"], "fr": ["Économie", "Marchés", "Politique", "International"],
    "de": ["Wirtschaft", "Börse", "Politik", "Ausland"], "pt": ["Economia", "Mercados", "Política", "Mundo"],
    "it": ["Economia", "Mercati", "Politica", "Esteri"],
}
_BEATS = {"beat": "energy markets", "beat_es": "economía", "beat_fr": "économie", "beat_de": "Wirtschaft", "beat_pt": "economia", "beat_it": "economia"}
_NEWSLETTERS = ["Morning Briefing", "First Edition", "The Download", "Daily Digest"]


@dataclass
class Fill:
    """One page's values for every placeholder: ``authors`` are the byline's names (the scorer's truth)."""

    lang: str
    authors: tuple[str, ...]
    values: dict[str, str] = field(default_factory=dict)


def _name(lang: str, rng: random.Random) -> str:
    first, last = _NAMES.get(lang, _NAMES["en"])
    given, family = rng.choice(first), rng.choice(last)
    return f"{family}{given}" if lang in ("zh", "ja") else f"{given} {family}"


def _join(names: tuple[str, ...], lang: str) -> str:
    if len(names) == 1:
        return names[0]
    word = {"en": "and", "es": "y", "fr": "et", "de": "und", "pt": "e", "it": "e", "ru": "и", "ar": "و", "zh": "、", "ja": "、"}[lang]
    return f"{', '.join(names[:-1])} {word} {names[-1]}" if lang not in ("zh", "ja") else word.join(names)


def _date(lang: str, day: int, month: int, year: int, rng: random.Random) -> str:
    if lang in ("zh", "ja"):
        return f"{year}年{month}月{day}日"
    name = _MONTHS[lang].split()[month - 1]
    if lang == "en":
        return rng.choice([f"{day} {name} {year}", f"{name} {day}, {year}", f"{name[:3]}. {day}, {year}", f"{day} {name[:3]} {year}"])
    if lang in ("es", "pt"):
        return f"{day} de {name} de {year}"
    if lang == "de":
        return f"{day}. {name} {year}"
    return f"{day} {name} {year}"


def make_fill(lang: str, rng: random.Random, headlines: list[str]) -> Fill:
    """Values for one page in ``lang``; ``headlines`` are other stories' titles for related lists (at least 5)."""
    people: list[str] = []
    while len(people) < 6:  # three byline authors at most, three more for credits; never one name twice
        name = _name(lang, rng)
        if name not in people:
            people.append(name)
    authors = tuple(people[: rng.choice((1, 1, 1, 2, 2, 3))])
    year, month, day = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hour, minute = rng.randint(0, 23), rng.randint(0, 59)
    city = rng.choice(_CITIES)
    native = _CITY_NATIVE.get(lang, [city])
    picks = rng.sample(headlines, 5)
    tags = rng.sample(_TAGS.get(lang, _TAGS["en"]), 3)
    en_month = _MONTHS["en"].split()[month - 1]
    helpers = people[3:]
    pronoun = rng.choice(("her", "him", "them"))
    values = {
        "authors": _join(authors, lang), "AUTHORS": _join(authors, lang).upper(),
        "author": helpers[0], "author2": helpers[1], "author3": helpers[2],
        "role": rng.choice(("senior correspondent", "business reporter", "political editor", "staff writer")),
        "city": city, "CITY": city.upper(), "city_ru": native[0], "CITY_RU": native[0].upper(), "city_ar": native[0],
        "city_zh": native[0], "city_ja": native[0],
        "outlet": rng.choice(_OUTLETS.get(lang, _OUTLETS["en"])), "agency": rng.choice(_AGENCIES),
        "date": _date(lang, day, month, year, rng), "numdate": f"{day:02d}.{month:02d}.{year}",
        "d": str(day), "mon": en_month[:3], "mon_es": _MONTHS["es"].split()[month - 1][:3], "mon_fr": _MONTHS["fr"].split()[month - 1][:4],
        "mon_pt": _MONTHS["pt"].split()[month - 1][:3], "MON_IT": _MONTHS["it"].split()[month - 1].upper(),
        "time": f"{hour:02d}:{minute:02d}", "timeh": f"{hour:02d}h{minute:02d}",
        "time12": f"{(hour % 12) or 12}:{minute:02d} {'am' if hour < 12 else 'pm'}", "weekday": rng.choice(_WEEKDAYS),
        "year": str(year), "year2": str(year - rng.randint(3, 15)), "n": str(rng.randint(2, 9)), "ss": f"{rng.randint(0, 59):02d}",
        "numid": f"{year % 100}{month:02d}{day:02d}-99-{rng.randint(100000, 999999)}/{rng.randint(2, 5)}",
        "photographer": _name(lang if lang not in ("zh", "ja", "ar", "ru") else "en", rng),
        "caption": rng.choice(_CAPTIONS[lang]), "headline": picks[0], "headline2": picks[1],
        "list": "\n".join(picks[2 : 2 + rng.randint(2, 3)]), "tags": rng.choice((", ", " | ", " \u00b7 ")).join(tags),
        "tags_lines": "\n".join(tags), "nl": rng.choice(_NEWSLETTERS), "pronoun": pronoun,
        "pronoun_cap": {"her": "She", "him": "He", "them": "They"}[pronoun],
        "handle": helpers[0].split()[-1].lower().replace("'", "") + str(rng.randint(1, 99)),
        "email": helpers[0].lower().replace(" ", ".").replace("'", "") + "@example.com", **_BEATS,
    }
    values["AGENCY"] = values["agency"].upper()
    values["speaker"] = helpers[1]
    return Fill(lang, authors, values)


@dataclass(frozen=True)
class Wording:
    """A template as chosen: ``key`` is ``kind/lang/index`` (``t`` before the index for a test-only wording)."""

    key: str
    template: str
    test_only: bool


def wordings(kind: str, lang: str) -> tuple[str, list[str], list[str]]:
    """(language used, shared, test_only) for ``kind`` in ``lang``; falls back to English where a language lacks it."""
    table = ALL[kind]
    used = lang if lang in table else "en"
    shared, test_only = table[used]
    return used, shared, test_only


def pick(kind: str, lang: str, split: str, rng: random.Random) -> Wording:
    """A wording for ``kind``: dev draws from the shared list only, test from shared and test-only alike."""
    used, shared, test_only = wordings(kind, lang)
    pool = [Wording(f"{kind}/{used}/{i}", t, False) for i, t in enumerate(shared)]
    if split == "test":
        pool += [Wording(f"{kind}/{used}/t{i}", t, True) for i, t in enumerate(test_only)]
    return rng.choice(pool)


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def render(template: str, fill: Fill, extra: dict[str, str] | None = None) -> str:
    """``template`` with every ``{name}`` replaced; a name neither ``fill`` nor ``extra`` holds is a KeyError."""
    values = {**fill.values, **(extra or {})}
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def literals(template: str) -> list[str]:
    """The fixed text of ``template`` between placeholders, stripped: what a wording carries of its own."""
    return [part.strip() for part in _PLACEHOLDER.split(template)[::2] if part.strip()]
