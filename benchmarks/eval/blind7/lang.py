"""Per-language fillers of blind7's furniture: people, cities, sections, tags, photo captions, native
headlines and long dates. Written for this set; the same name, city and day fill every segment of a page."""
from __future__ import annotations

from datetime import datetime, timedelta

PEOPLE = {
    "en": ["Marisa Okafor", "Declan Hurley", "Priya Raman", "Tobias Wendt", "Hannah Castellano", "Julian Mbeki",
           "Colleen Frazier", "Aditya Menon", "Rosalind Tait", "Grant Whitlock", "Siobhan Keane", "Wei Lin Tan",
           "Marcus Delacroix", "Naomi Ferreira", "Owen Pritchard", "Leah Abernathy"],
    "es": ["Lucía Beltrán", "Álvaro Quintana", "Marta Iriarte", "Jorge Salcedo", "Inés Valdivia", "Pablo Rojo",
           "Carmen Azpilicueta", "Diego Arrieta"],
    "fr": ["Claire Dubois-Martel", "Mathieu Lefranc", "Sophie Garnier", "Étienne Roux", "Camille Vautrin",
           "Julien Bassard", "Anaïs Perrin", "Hugo Marchand"],
    "de": ["Katrin Wehrle", "Jonas Brückner", "Miriam Seidl", "Florian Haas", "Lena Obermaier", "Tobias Kranz",
           "Sabine Rößler", "Matthias Vogt"],
    "pt": ["Mariana Albuquerque", "João Pedro Teixeira", "Beatriz Lacerda", "Rui Carvalhal", "Inês Moura",
           "Tiago Bragança", "Luísa Antunes", "Gonçalo Pires"],
    "it": ["Giulia Ferraresi", "Marco Benedetti", "Chiara Lombardo", "Alessandro Vitale", "Francesca Orsini",
           "Davide Pellegrini", "Elena Santoro", "Luca Morandi"],
    "ru": ["Анна Крылова", "Дмитрий Соболев", "Ольга Миронова", "Игорь Ветров", "Екатерина Зайцева",
           "Павел Громов", "Мария Лаптева", "Сергей Фролов"],
    "ar": ["سارة العتيبي", "محمد الشمري", "ليلى حداد", "خالد المنصوري", "نور الهدى يوسف", "عمر الفاسي",
           "ريم القحطاني", "يوسف البدري"],
    "zh": ["王晓岚", "陈志远", "刘思琪", "赵明轩", "李婉清", "周海涛", "孙嘉怡", "吴振宇"],
    "ja": ["山本 彩花", "佐藤 健太", "中村 美咲", "高橋 亮", "小林 真由", "伊藤 翔", "渡辺 千尋", "加藤 大輔"],
}

CITIES = {
    "en": ["Washington", "London", "New Delhi", "Singapore", "Dublin", "Chicago", "Atlanta", "Mumbai",
           "Los Angeles", "Toronto"],
    "es": ["Madrid", "Barcelona", "Sevilla", "Bilbao", "Valencia", "Bruselas"],
    "fr": ["Paris", "Lyon", "Marseille", "Bruxelles", "Genève", "Dakar"],
    "de": ["München", "Berlin", "Hamburg", "Frankfurt", "Wien", "Brüssel"],
    "pt": ["Lisboa", "Porto", "Coimbra", "Bruxelas", "Luanda", "Maputo"],
    "it": ["Milano", "Roma", "Torino", "Bruxelles", "Napoli", "Bologna"],
    "ru": ["Москва", "Санкт-Петербург", "Казань", "Новосибирск", "Минск", "Екатеринбург"],
    "ar": ["دبي", "الرياض", "القاهرة", "بيروت", "عمّان", "الدوحة"],
    "zh": ["北京", "上海", "广州", "深圳", "武汉", "成都"],
    "ja": ["東京", "大阪", "名古屋", "福岡", "札幌", "ワシントン"],
}

SECTIONS = {
    "en": ["Politics", "World", "Business", "Markets", "Tech", "Science", "Sport", "Health", "Entertainment",
           "Economy", "Media", "Opinion"],
    "es": ["Economía", "Internacional", "Nacional", "Deportes", "Cultura", "Sociedad"],
    "fr": ["Économie", "International", "Politique", "Sport", "Culture", "Société"],
    "de": ["Wirtschaft", "Politik", "Ausland", "Sport", "Kultur", "Panorama"],
    "pt": ["Economia", "Mundo", "Política", "Desporto", "Cultura", "Sociedade"],
    "it": ["Economia", "Esteri", "Politica", "Sport", "Cultura", "Finanza"],
    "ru": ["Экономика", "В мире", "Политика", "Спорт", "Культура", "Общество"],
    "ar": ["اقتصاد", "العالم", "سياسة", "رياضة", "ثقافة", "تكنولوجيا"],
    "zh": ["财经", "国际", "时政", "体育", "文化", "科技"],
    "ja": ["経済", "国際", "政治", "スポーツ", "文化", "テクノロジー"],
}

TAGS = {
    "en": ["Elections", "Interest rates", "Climate change", "Premier League", "Artificial intelligence",
           "Oil prices", "Music", "Film", "Trade", "Europe", "Stocks", "Labour market"],
    "es": ["Elecciones", "Bolsa", "Fútbol", "Cambio climático", "Unión Europea", "Inflación", "Cine"],
    "fr": ["Élections", "Bourse", "Football", "Climat", "Union européenne", "Inflation", "Cinéma"],
    "de": ["Wahlen", "Börse", "Fußball", "Klimawandel", "Europäische Union", "Inflation", "Kino"],
    "pt": ["Eleições", "Bolsa", "Futebol", "Alterações climáticas", "União Europeia", "Inflação", "Cinema"],
    "it": ["Elezioni", "Borsa", "Calcio", "Clima", "Unione europea", "Inflazione", "Cinema"],
    "ru": ["Выборы", "Биржа", "Футбол", "Климат", "Евросоюз", "Инфляция", "Кино"],
    "ar": ["انتخابات", "البورصة", "كرة القدم", "المناخ", "الاتحاد الأوروبي", "التضخم", "السينما"],
    "zh": ["选举", "股市", "足球", "气候变化", "欧盟", "通胀", "电影"],
    "ja": ["選挙", "株式市場", "サッカー", "気候変動", "欧州連合", "インフレ", "映画"],
}

CAPTIONS = {
    "en": ["Demonstrators gather outside the building on Tuesday.",
           "A trader works on the floor of the exchange.",
           "Officials speak to reporters after the meeting.",
           "Fans celebrate after the final whistle.",
           "Workers assemble vehicles at a plant outside the city.",
           "The minister arrives for talks in the capital."],
    "es": ["Manifestantes frente al edificio, este martes.", "Un operador en el parqué de la Bolsa.",
           "El ministro, a su llegada a la reunión."],
    "fr": ["Des manifestants devant le bâtiment, mardi.", "Un opérateur sur le parquet de la Bourse.",
           "Le ministre à son arrivée à la réunion."],
    "de": ["Demonstranten vor dem Gebäude am Dienstag.", "Ein Händler an der Börse.",
           "Der Minister bei seiner Ankunft zu den Gesprächen."],
    "pt": ["Manifestantes em frente ao edifício, esta terça-feira.", "Um operador na bolsa de valores.",
           "O ministro à chegada à reunião."],
    "it": ["Manifestanti davanti al palazzo, martedì.", "Un operatore alla Borsa.",
           "Il ministro al suo arrivo all'incontro."],
    "ru": ["Участники акции у здания во вторник.", "Трейдер на бирже.", "Министр перед началом переговоров."],
    "ar": ["متظاهرون أمام المبنى يوم الثلاثاء.", "متداول في البورصة.", "الوزير لدى وصوله إلى الاجتماع."],
    "zh": ["周二，示威者聚集在大楼外。", "交易员在交易所内工作。", "部长抵达会场。"],
    "ja": ["火曜日、建物の前に集まったデモ参加者。", "取引所で働くトレーダー。", "会談に臨む閣僚。"],
}

HEADLINES = {
    "en": ["Markets slip as investors weigh rate outlook", "Council approves new housing plan",
           "Storm leaves thousands without power"],
    "es": ["El Gobierno aprueba el nuevo plan de vivienda", "La Bolsa cierra la semana en positivo",
           "Las lluvias obligan a cortar varias carreteras", "El paro baja por tercer mes consecutivo",
           "Sanidad refuerza la campaña de vacunación"],
    "fr": ["Le gouvernement présente son plan pour le logement", "La Bourse de Paris termine en hausse",
           "Intempéries : plusieurs départements en vigilance orange", "Le chômage recule au troisième trimestre",
           "Retraites : les syndicats appellent à une nouvelle journée"],
    "de": ["Bundesregierung einigt sich auf Haushaltsentwurf", "Dax schließt mit leichtem Plus",
           "Unwetter sorgt für Bahnchaos im Süden", "Arbeitslosenzahl sinkt im Herbst",
           "Streik im Nahverkehr angekündigt"],
    "pt": ["Governo aprova novo pacote para a habitação", "Bolsa de Lisboa fecha em alta",
           "Mau tempo obriga a cortar estradas no Norte", "Desemprego desce pelo terceiro mês",
           "Sindicatos marcam greve para a próxima semana"],
    "it": ["Il governo approva la manovra", "Piazza Affari chiude in rialzo",
           "Maltempo, allerta arancione in cinque regioni", "Disoccupazione in calo a settembre",
           "Sciopero dei trasporti venerdì"],
    "ru": ["Правительство утвердило новый бюджет", "Биржевые индексы завершили неделю ростом",
           "Снегопад парализовал движение в столице", "Безработица снизилась третий месяц подряд",
           "Центробанк сохранил ключевую ставку"],
    "ar": ["الحكومة تقر خطة جديدة للإسكان", "البورصة تغلق على ارتفاع", "أمطار غزيرة تغلق عدة طرق",
           "تراجع معدل البطالة للشهر الثالث", "البنك المركزي يثبت سعر الفائدة"],
    "zh": ["国务院部署稳就业新举措", "A股三大指数集体收涨", "强降雨致多地交通中断", "前三季度经济运行稳中向好",
           "央行维持贷款市场报价利率不变"],
    "ja": ["政府、新たな住宅支援策を決定", "日経平均、続伸して取引終了", "大雨で交通機関に乱れ",
           "失業率、3カ月連続で改善", "日銀、政策金利を据え置き"],
}

_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"],
}


def long_date(lang: str, when: datetime, days_later: int = 0) -> str:
    """A date as that language's pages print it ("March 5, 2024", "5 de marzo de 2024", "2024年3月5日")."""
    when = when + timedelta(days=days_later)
    d, m, y = when.day, when.month, when.year
    if lang in ("zh", "ja"):
        return f"{y}年{m}月{d}日"
    month = _MONTHS[lang][m - 1]
    if lang == "en":
        return f"{month} {d}, {y}"
    if lang in ("es", "pt"):
        return f"{d} de {month} de {y}"
    if lang == "de":
        return f"{d}. {month} {y}"
    if lang == "ru":
        return f"{d} {month} {y} года"
    return f"{d} {month} {y}"
