"""Per-language fillers of blind8's templates: people, cities, sections, tags, photo captions, native
headlines and long dates. Written for this set; names are made up."""
from __future__ import annotations

from datetime import datetime, timedelta

PEOPLE = {
    "en": ["Megan Castellano", "Darius Whitfield", "Priya Raman", "Tomasz Kowal", "Hannah O'Rourke",
           "Marcus Delaney", "Aisha Bello", "Connor McBride", "Lucy Tran", "Raymond Achebe", "Olivia Sandoval",
           "Gareth Pryce", "Neha Kulkarni", "Benjamin Ashdown", "Chloe Fairbanks", "Ethan Mbeki"],
    "es": ["Lucía Echeverría", "Martín Olazábal", "Valentina Rosales", "Diego Cifuentes", "Carmen Ibarra",
           "Andrés Villalobos", "Paula Arrieta", "Joaquín Bermúdez"],
    "fr": ["Camille Lefèvre", "Julien Marchand", "Élodie Perrin", "Mathieu Carré", "Anaïs Barthélemy",
           "Romain Guérin", "Sophie Delattre", "Hugo Lemaire"],
    "de": ["Katrin Vogelsang", "Jonas Hartmann", "Miriam Eckert", "Florian Brandt", "Lena Kuhlmann",
           "Tobias Reinhardt", "Sabine Wolter", "Niklas Seidel"],
    "pt": ["Mariana Figueiredo", "Rafael Albuquerque", "Beatriz Nogueira", "Thiago Pimentel",
           "Larissa Cavalcanti", "Gustavo Medeiros", "Juliana Prado", "Felipe Tavares"],
    "it": ["Giulia Ferraresi", "Matteo Lombardi", "Chiara Benedetti", "Alessandro Moretti", "Francesca Gatti",
           "Davide Rinaldi", "Elena Pellegrini", "Stefano Marchetti"],
    "ru": ["Анна Кравцова", "Дмитрий Ларионов", "Екатерина Белова", "Игорь Савченко", "Ольга Мельникова",
           "Павел Громов", "Наталья Зуева", "Сергей Ткачёв"],
    "ar": ["محمد الشريف", "سارة المنصوري", "أحمد عبد الرحيم", "ليلى الحسيني", "خالد العتيبي", "نور الدين حمدان",
           "ريم الفاسي", "يوسف القاسم"],
    "zh": ["王晓东", "李佳怡", "张建华", "刘思远", "陈雨桐", "赵志刚", "孙梦琪", "周立新"],
    "ja": ["佐藤健太", "鈴木美咲", "高橋直樹", "田中由紀", "伊藤翔", "渡辺彩", "山本浩二", "中村真理子"],
}

CITIES = {
    "en": ["Washington", "London", "Sydney", "Los Angeles", "Singapore", "Brussels", "Mumbai", "Boston",
           "Hong Kong", "Toronto", "Dubai", "Johannesburg"],
    "es": ["Buenos Aires", "Madrid", "Ciudad de México", "Bogotá", "Lima", "Santiago"],
    "fr": ["Paris", "Rennes", "Nantes", "Bruxelles", "Brest", "Caen"],
    "de": ["Berlin", "Hamburg", "Wien", "Brüssel", "München", "Köln"],
    "pt": ["São Paulo", "Rio de Janeiro", "Brasília", "Belo Horizonte", "Lisboa", "Recife"],
    "it": ["Roma", "Torino", "Milano", "Bruxelles", "Genova", "Napoli"],
    "ru": ["Москва", "Санкт-Петербург", "Лондон", "Вашингтон", "Пекин", "Брюссель"],
    "ar": ["القاهرة", "الرياض", "دبي", "لندن", "واشنطن", "بيروت"],
    "zh": ["北京", "上海", "香港", "伦敦", "华盛顿", "布鲁塞尔"],
    "ja": ["東京", "大阪", "ロンドン", "ワシントン", "北京", "ブリュッセル"],
}

SECTIONS = {
    "en": ["World", "Politics", "Business", "Markets", "Tech", "Entertainment", "Sport", "Economy", "Health",
           "Europe", "Asia", "U.S. News", "Money", "Companies"],
    "es": ["Mundo", "Economía", "Política", "Deportes", "Tecnología", "Teleshow", "América"],
    "fr": ["Monde", "Économie", "Politique", "Sports", "Culture", "Faits divers", "Europe"],
    "de": ["Ausland", "Wirtschaft", "Inland", "Sport", "Kultur", "Europa", "Wissen"],
    "pt": ["Mundo", "Economia", "Política", "Esporte", "Tecnologia", "Pop & Arte", "Negócios"],
    "it": ["Esteri", "Economia", "Politica", "Sport", "Cultura", "Tecnologia", "Finanza"],
    "ru": ["В мире", "Экономика", "Политика", "Спорт", "Культура", "Бизнес", "Технологии"],
    "ar": ["عربي ودولي", "اقتصاد", "سياسة", "رياضة", "فن وثقافة", "تكنولوجيا", "أخبار عاجلة"],
    "zh": ["国际", "财经", "时政", "体育", "文娱", "科技", "社会"],
    "ja": ["国際", "経済", "政治", "スポーツ", "文化", "テクノロジー", "社会"],
}

TAGS = {
    "en": ["Economy", "Interest Rates", "Elections", "Football", "Film", "Technology", "Europe", "Trade",
           "Oil", "Banking", "Music", "Government", "Stocks", "Inflation", "Climate"],
    "es": ["Economía", "Elecciones", "Fútbol", "Cine", "Tecnología", "Petróleo", "Inflación", "Europa"],
    "fr": ["Économie", "Élections", "Football", "Cinéma", "Technologie", "Pétrole", "Inflation", "Europe"],
    "de": ["Wirtschaft", "Wahlen", "Fußball", "Kino", "Technologie", "Ölpreis", "Inflation", "EU"],
    "pt": ["Economia", "Eleições", "Futebol", "Cinema", "Tecnologia", "Petróleo", "Inflação", "Europa"],
    "it": ["Economia", "Elezioni", "Calcio", "Cinema", "Tecnologia", "Petrolio", "Inflazione", "Europa"],
    "ru": ["Экономика", "Выборы", "Футбол", "Кино", "Технологии", "Нефть", "Инфляция", "Европа"],
    "ar": ["اقتصاد", "انتخابات", "كرة القدم", "سينما", "تكنولوجيا", "النفط", "التضخم", "أوروبا"],
    "zh": ["经济", "选举", "足球", "电影", "科技", "石油", "通胀", "欧洲"],
    "ja": ["経済", "選挙", "サッカー", "映画", "テクノロジー", "原油", "物価", "欧州"],
}

CAPTIONS = {
    "en": ["Traders work on the floor of the exchange on Tuesday.",
           "Supporters gather outside the venue ahead of the announcement.",
           "The company's headquarters pictured earlier this year.",
           "Players warm up before the match.",
           "A man walks past a shuttered shop front in the city centre.",
           "Delegates arrive for the summit.",
           "Workers on a production line at the plant.",
           "The minister speaks to reporters after the meeting."],
    "es": ["Operadores en la bolsa durante la jornada del martes.", "Simpatizantes reunidos frente a la sede.",
           "Vista de la sede de la compañía.", "El ministro habla con la prensa tras la reunión."],
    "fr": ["Des opérateurs à la Bourse, mardi.", "Des partisans rassemblés devant le siège.",
           "Le siège de l'entreprise, en début d'année.", "Le ministre s'adresse à la presse après la réunion."],
    "de": ["Händler an der Börse am Dienstag.", "Anhänger versammeln sich vor dem Gebäude.",
           "Die Konzernzentrale im Frühjahr.", "Der Minister spricht nach dem Treffen mit Journalisten."],
    "pt": ["Operadores na bolsa nesta terça-feira.", "Apoiadores reunidos em frente à sede.",
           "A sede da empresa, no início do ano.", "O ministro fala com a imprensa após a reunião."],
    "it": ["Operatori in Borsa martedì.", "Sostenitori radunati davanti alla sede.",
           "La sede della società all'inizio dell'anno.", "Il ministro parla con i giornalisti dopo l'incontro."],
    "ru": ["Трейдеры на бирже во вторник.", "Сторонники собрались у здания.",
           "Штаб-квартира компании.", "Министр общается с журналистами после встречи."],
    "ar": ["متداولون في البورصة يوم الثلاثاء.", "أنصار يتجمعون أمام المقر.", "مقر الشركة في وقت سابق من العام.",
           "الوزير يتحدث إلى الصحفيين بعد الاجتماع."],
    "zh": ["交易员在交易所内工作。", "支持者聚集在会场外。", "该公司总部资料图。", "部长在会后接受记者采访。"],
    "ja": ["取引所で働くトレーダー", "会場の外に集まった支持者", "同社の本社（資料写真）", "会合後に記者団の取材に応じる閣僚"],
}

HEADLINES = {
    "es": ["El Banco Central mantuvo las tasas y anticipa una inflación más baja",
           "Cómo quedó la tabla tras la última fecha del torneo", "Qué se sabe del nuevo plan de infraestructura",
           "La industria automotriz cerró su peor trimestre en una década",
           "Los precios de los alquileres volvieron a subir en la capital"],
    "fr": ["La Banque centrale laisse ses taux inchangés", "Ce que contient le projet de loi sur l'énergie",
           "Le chômage recule légèrement au troisième trimestre", "Les syndicats appellent à une nouvelle grève",
           "Pourquoi le prix du pain augmente encore"],
    "de": ["Zentralbank lässt Leitzins unverändert", "Was das neue Heizungsgesetz bedeutet",
           "Arbeitslosigkeit sinkt leicht", "Gewerkschaften kündigen weitere Streiks an",
           "Warum die Mieten in den Städten weiter steigen"],
    "pt": ["Banco Central mantém juros e vê inflação menor", "O que se sabe sobre o novo pacote fiscal",
           "Desemprego recua no trimestre, diz IBGE", "Sindicatos anunciam nova greve nacional",
           "Preço da gasolina sobe pela terceira semana seguida"],
    "it": ["La Bce lascia i tassi invariati", "Cosa prevede la nuova manovra", "Disoccupazione in calo nel trimestre",
           "I sindacati annunciano un nuovo sciopero", "Perché il prezzo del pane continua a salire"],
    "ru": ["ЦБ сохранил ключевую ставку", "Что известно о новом бюджете", "Безработица снизилась в третьем квартале",
           "Профсоюзы объявили новую забастовку", "Почему дорожает хлеб"],
    "ar": ["البنك المركزي يثبت أسعار الفائدة", "ما نعرفه عن الموازنة الجديدة", "تراجع البطالة في الربع الثالث",
           "النقابات تعلن إضرابا جديدا", "لماذا يرتفع سعر الخبز"],
    "zh": ["央行宣布维持利率不变", "新预算案有哪些看点", "三季度失业率小幅下降", "多地工会宣布新一轮罢工", "面包价格为何持续上涨"],
    "ja": ["日銀、金利据え置きを決定", "新たな予算案のポイント", "7〜9月期の失業率、小幅に低下", "労組が新たなストを予告",
           "パンの値上がり続く　背景に何が"],
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


def month(lang: str, when: datetime) -> str:
    return _MONTHS.get(lang, _MONTHS["en"])[when.month - 1]


def long_date(lang: str, when: datetime, days: int = 0) -> str:
    """``when`` (plus ``days``) as the language writes a date in full."""
    when = when + timedelta(days=days)
    d, m, y = when.day, month(lang, when), when.year
    if lang == "en":
        return f"{m} {d}, {y}"
    if lang in ("es", "pt"):
        return f"{d} de {m} de {y}"
    if lang == "de":
        return f"{d}. {m} {y}"
    if lang in ("zh", "ja"):
        return f"{y}年{when.month}月{d}日"
    return f"{d} {m} {y}"


def day_month(lang: str, when: datetime) -> str:
    """The day and month as a dateline writes them ("5 марта", "5 de marzo", "3月5日")."""
    d, m = when.day, month(lang, when)
    if lang == "en":
        return f"{m} {d}"
    if lang in ("es", "pt"):
        return f"{d} de {m}"
    if lang == "de":
        return f"{d}. {m}"
    if lang in ("zh", "ja"):
        return f"{when.month}月{d}日"
    return f"{d} {m}"
