"""Per-language fillers for the furniture templates: dates, people, places, tags, sections, captions and
headlines in the paper's own language (English pages list real BBC headlines instead, see ``bodies``).

Every list here was written for blind6; none is taken from a cleaning rule.
"""
from __future__ import annotations

from datetime import datetime

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
}


def long_date(lang: str, when: datetime, style: int = 0) -> str:
    """``when`` as the language's papers print a date; ``style`` 1 gives English day-month order."""
    if lang in ("zh", "ja"):
        return f"{when.year}年{when.month}月{when.day}日"
    month = _MONTHS[lang].split()[when.month - 1]
    if lang == "en":
        return f"{when.day} {month} {when.year}" if style else f"{month} {when.day}, {when.year}"
    if lang == "de":
        return f"{when.day}. {month} {when.year}"
    if lang in ("es", "pt"):
        return f"{when.day} de {month} de {when.year}"
    return f"{when.day} {month} {when.year}"


PEOPLE = {
    "en": ["Megan Hollis", "Daniel Okafor", "Priya Raman", "Tom Brannigan", "Sarah-Jane Whitcombe",
           "Luis Ortega", "Hannah Cole", "Kenji Watanabe", "Aisha Bello", "Rory McAllister", "Claire Dupont",
           "Marcus Reid", "Emily Tran", "Oliver Haddad", "Grace Nkemelu", "Ben Lindqvist"],
    "fr": ["Camille Roussel", "Julien Marchetti", "Élodie Bernard", "Thibault Garnier", "Sophie Lemaire",
           "Antoine Ferrand"],
    "de": ["Katrin Vogel", "Matthias Hellwig", "Jana Petersen", "Florian Brandt", "Svenja Kühn",
           "Tobias Reuter"],
    "es": ["Lucía Herrera", "Javier Montoya", "Carmen Villalba", "Andrés Quintero", "Marta Ibáñez",
           "Sergio Calvo"],
    "it": ["Giulia Bassi", "Lorenzo Ferri", "Chiara Monti", "Matteo Galli", "Francesca Riva", "Davide Conti"],
    "pt": ["Inês Carvalho", "Rui Tavares", "Mariana Lopes", "João Figueiredo", "Catarina Sousa"],
    "ru": ["Анна Соколова", "Дмитрий Орлов", "Екатерина Белова", "Илья Громов", "Мария Лебедева"],
    "ar": ["سامر الحلبي", "ليلى منصور", "خالد العتيبي", "رنا حداد", "يوسف الشمري"],
    "zh": ["王晓峰", "李佳宁", "陈若溪", "张浩然", "刘思远"],
    "ja": ["佐藤健太", "高橋美咲", "田中亮", "中村由紀", "小林直樹"],
}

CITIES = {
    "en": ["Washington", "London", "New York", "Sydney", "Toronto", "Mumbai", "Hong Kong", "Chicago", "Ottawa",
           "Brussels"],
    "fr": ["Paris", "Lyon", "Marseille", "Bruxelles", "Genève"],
    "de": ["Berlin", "Hamburg", "München", "Frankfurt", "Wien"],
    "es": ["Madrid", "Barcelona", "Sevilla", "Bogotá", "Buenos Aires"],
    "it": ["Roma", "Milano", "Napoli", "Torino", "Bruxelles"],
    "pt": ["Lisboa", "Porto", "Coimbra", "Bruxelas"],
    "ru": ["Москва", "Рига", "Санкт-Петербург", "Тбилиси"],
    "ar": ["الرياض", "لندن", "بيروت", "القاهرة", "دبي"],
    "zh": ["北京", "上海", "深圳", "香港"],
    "ja": ["東京", "大阪", "名古屋", "福岡"],
}

TAGS = {
    "en": ["Economy", "Markets", "Politics", "Technology", "UK news", "World", "Business", "Sport", "Culture",
           "Elections", "Inflation", "Music"],
    "fr": ["Économie", "Politique", "International", "Entreprises", "Culture", "Sport"],
    "de": ["Wirtschaft", "Politik", "Ausland", "Börse", "Kultur", "Sport"],
    "es": ["Economía", "Política", "Internacional", "Empresas", "Cultura", "Deportes"],
    "it": ["Economia", "Politica", "Esteri", "Mercati", "Cultura", "Sport"],
    "pt": ["Economia", "Política", "Mundo", "Empresas", "Cultura", "Desporto"],
    "ru": ["Экономика", "Политика", "Мир", "Бизнес", "Культура", "Спорт"],
    "ar": ["اقتصاد", "سياسة", "العالم", "أسواق", "ثقافة", "رياضة"],
    "zh": ["经济", "金融", "国际", "公司", "科技", "政策"],
    "ja": ["経済", "政治", "国際", "企業", "社会", "スポーツ"],
}

SECTIONS = {
    "en": ["World news", "Business", "Markets", "Politics", "Tech", "Sport", "Entertainment", "Money", "Asia",
           "Opinion"],
    "fr": ["Économie", "International", "Politique", "Culture"],
    "de": ["Wirtschaft", "Politik", "Ausland", "Kultur"],
    "es": ["Economía", "Internacional", "España", "Cultura"],
    "it": ["Economia", "Esteri", "Politica", "Cultura"],
    "pt": ["Economia", "Mundo", "Política", "Cultura"],
    "ru": ["Экономика", "Политика", "Мир", "Культура"],
    "ar": ["اقتصاد", "سياسة", "العالم", "ثقافة"],
    "zh": ["经济", "国际", "公司", "金融"],
    "ja": ["経済", "国際", "政治", "社会"],
}

# Caption sentences that fit any story (the bodies are unrelated to the pictures).
CAPTIONS = {
    "en": ["Commuters cross a bridge during the morning rush hour.", "A general view of the building on Tuesday.",
           "Officials arrive for the meeting earlier this week.", "Traders work on the floor of the exchange.",
           "Supporters wave flags outside the venue.", "The company's headquarters, pictured last year.",
           "Shoppers walk past a store window in the city centre.", "Delegates listen to a speech at the summit."],
    "fr": ["Des passants devant le siège de l'entreprise, mardi.", "Vue générale de la salle avant la réunion."],
    "de": ["Passanten vor dem Firmensitz am Dienstag.", "Blick in den Sitzungssaal vor Beginn der Beratungen."],
    "es": ["Varias personas pasan frente a la sede de la empresa, este martes.",
           "Vista general de la sala antes de la reunión."],
    "it": ["Passanti davanti alla sede della società, martedì.", "Una veduta della sala prima della riunione."],
    "pt": ["Pessoas passam em frente à sede da empresa, esta terça-feira.",
           "Vista geral da sala antes da reunião."],
    "ru": ["Прохожие у здания компании во вторник.", "Зал заседаний перед началом встречи."],
    "ar": ["مارة أمام مقر الشركة يوم الثلاثاء.", "منظر عام للقاعة قبل بدء الاجتماع."],
    "zh": ["周二，行人从公司总部前走过。", "会议开始前的会场全景。"],
    "ja": ["火曜日、本社前を行き交う人々。", "会議開始前の会場の様子。"],
}

# Headlines for read-also, related and most-read inserts of non-English papers.
HEADLINES = {
    "fr": ["La Banque centrale européenne maintient ses taux inchangés", "Grève dans les transports : le trafic reste perturbé",
           "Le déficit commercial se creuse au troisième trimestre", "Les ventes de voitures électriques reculent en Europe",
           "Sommet de Bruxelles : un accord trouvé sur le budget", "Le prix du gaz repart à la hausse cet hiver"],
    "de": ["Inflation in der Eurozone sinkt überraschend deutlich", "Bahn-Streik: Was Reisende jetzt wissen müssen",
           "Autobauer senken Prognose für das Gesamtjahr", "Bundestag beschließt neues Heizungsgesetz",
           "Dax schließt nach Zinsentscheid im Plus", "Mieten in Großstädten steigen weiter"],
    "es": ["El Banco de España eleva su previsión de crecimiento", "La inflación se modera en noviembre",
           "El Gobierno aprueba el nuevo plan de vivienda", "Las exportaciones caen por tercer mes consecutivo",
           "El Ibex cierra la semana con ganancias", "Huelga de controladores aéreos en verano"],
    "it": ["La Bce lascia i tassi invariati", "Manovra, il governo presenta gli emendamenti",
           "Borsa, Piazza Affari chiude in rialzo", "Caro energia, bollette in calo a gennaio",
           "Sciopero dei trasporti venerdì, le fasce garantite", "Istat, la disoccupazione scende al 7%"],
    "pt": ["Banco de Portugal revê em alta o crescimento", "Inflação abranda pelo terceiro mês",
           "Governo aprova novo pacote para a habitação", "Greve na CP afeta comboios em todo o país",
           "Bolsa de Lisboa fecha em alta", "Preço dos combustíveis volta a subir"],
    "ru": ["ЦБ сохранил ключевую ставку", "Рубль укрепился к доллару на торгах",
           "Правительство утвердило новый бюджет", "Цены на бензин выросли за неделю",
           "В Москве открылась новая станция метро", "Экспорт зерна сократился на треть"],
    "ar": ["البنك المركزي يبقي أسعار الفائدة دون تغيير", "ارتفاع أسعار النفط في ختام التعاملات",
           "الحكومة تقر موازنة العام المقبل", "تراجع معدل التضخم للشهر الثالث",
           "قمة اقتصادية في الرياض الأسبوع المقبل", "الأسهم الخليجية تغلق على ارتفاع"],
    "zh": ["央行宣布下调存款准备金率", "一季度国内生产总值同比增长", "多地出台楼市新政",
           "新能源汽车销量再创新高", "沪深两市收盘涨跌不一", "国务院常务会议部署稳就业"],
    "ja": ["日銀、金融政策の維持を決定", "円相場、一時1ドル=150円台に", "政府、経済対策を閣議決定",
           "日経平均、終値は続伸", "大手企業の賃上げ率、過去最高に", "新幹線、大雪で一部運休"],
}
