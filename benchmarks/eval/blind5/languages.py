"""Per-language material the outlet templates fill in: month and weekday names, people, cities, topic tags and
photo-caption sentences. Names are invented; the forms (family name first in zh/ja/ko, patronymic-free
Russian, Arabic with the article) follow how each language's press prints them."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """Words one language's furniture draws from; ``months``/``mon`` are 12 names each, ``weekdays`` 7
    (Monday first), ``captions`` sentences with a ``{city}`` slot."""

    code: str
    months: tuple[str, ...]
    mon: tuple[str, ...]
    weekdays: tuple[str, ...]
    names: tuple[str, ...]
    cities: tuple[str, ...]
    tags: tuple[str, ...]
    captions: tuple[str, ...]


def _t(words: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in words.split("|"))


LANGUAGES: dict[str, Language] = {lang.code: lang for lang in (
    Language("en",
             _t("January|February|March|April|May|June|July|August|September|October|November|December"),
             _t("Jan.|Feb.|March|April|May|June|July|Aug.|Sept.|Oct.|Nov.|Dec."),
             _t("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
             _t("Hannah Whitlock|Marcus Feeney|Priya Raghavan|Tom Ashdown|Lena Okafor|David Brennan|"
                "Sophie Caldwell|Ian McCrae|Rachel Osei|Graham Tully|Nadia Kassem|Owen Pritchard"),
             _t("London|Washington|New York|Brussels|Tokyo|Sydney|Chicago|Frankfurt|Singapore|Toronto"),
             _t("Business|Markets|Politics|Technology|Economy|World|Energy|Media|Sport|Europe"),
             _t("People walk past a shop window in {city} on Wednesday.|Traders work on the floor of the "
                "exchange in {city}.|A general view of the city skyline in {city}, earlier this month.|"
                "Officials arrive for a meeting in {city} on Tuesday.")),
    Language("fr", _t("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"),
             _t("janv.|févr.|mars|avr.|mai|juin|juil.|août|sept.|oct.|nov.|déc."),
             _t("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"),
             _t("Claire Dumoulin|Antoine Lefèvre|Sarah Benhamou|Julien Marchetti|Élodie Garnier|Mathieu Roux|"
                "Inès Chabane|Pierre-Yves Colin"),
             _t("Paris|Bruxelles|Genève|Lyon|Marseille|Montréal|Dakar|Beyrouth"),
             _t("Économie|International|Entreprises|Politique|Marchés|Europe|Technologies|Planète"),
             _t("Des passants devant la Bourse, à {city}, le 3 décembre.|Une vue de {city}, mardi.|Lors "
                "d’une réunion à {city}, en novembre.")),
    Language("de", _t("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"),
             _t("Jan.|Feb.|März|Apr.|Mai|Juni|Juli|Aug.|Sep.|Okt.|Nov.|Dez."),
             _t("Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"),
             _t("Katrin Vogelsang|Jonas Albrecht|Miriam Hoffmeister|Felix Brandauer|Svenja Krüger|Lars "
                "Eckhardt|Anja Reimers|Tobias Wendt"),
             _t("Berlin|Hamburg|München|Frankfurt am Main|Wien|Zürich|Brüssel|Köln"),
             _t("Wirtschaft|Ausland|Politik|Netzwelt|Unternehmen|Börse|Europa|Klimakrise"),
             _t("Passanten in der Innenstadt von {city}|Blick auf die Skyline von {city}|Händler an der "
                "Börse in {city}")),
    Language("es",
             _t("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"),
             _t("ene|feb|mar|abr|may|jun|jul|ago|sept|oct|nov|dic"),
             _t("lunes|martes|miércoles|jueves|viernes|sábado|domingo"),
             _t("Lucía Bermejo|Javier Castañeda|Marta Iturralde|Andrés Villalobos|Carmen Segura|Diego "
                "Fuentes|Paula Arrieta|Sergio Montalbán"),
             _t("Madrid|Barcelona|Bruselas|Ciudad de México|Buenos Aires|Bogotá|Sevilla|Washington"),
             _t("Economía|Internacional|Empresas|Mercados|Tecnología|Unión Europea|Bolsa|Política"),
             _t("Varias personas pasan frente a la sede del banco en {city}, este martes.|Vista general de "
                "{city}, el pasado noviembre.")),
    Language("it", _t("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|"
                      "dicembre"),
             _t("gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic"),
             _t("lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"),
             _t("Giulia Ferraresi|Marco Santangelo|Francesca Lodi|Alessandro Bruni|Chiara Valsecchi|"
                "Paolo Iacobelli|Elena Marchini"),
             _t("Roma|Milano|Bruxelles|Torino|Napoli|Londra|Francoforte"),
             _t("Economia|Esteri|Finanza|Politica|Tecnologia|Mercati|Europa"),
             _t("Passanti davanti alla Borsa di {city}|Una veduta di {city}, martedì scorso")),
    Language("pt",
             _t("janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"),
             _t("jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez"),
             _t("segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo"),
             _t("Ana Carolina Prado|Rafael Menezes|Juliana Toledo|Bruno Cavalcanti|Fernanda Ribas|"
                "Thiago Albuquerque|Patrícia Lemos"),
             _t("São Paulo|Rio de Janeiro|Brasília|Lisboa|Washington|Londres|Buenos Aires"),
             _t("Mercado|Mundo|Economia|Tecnologia|Política|Bolsa|Empresas"),
             _t("Movimento na avenida Paulista, em {city}|Vista de {city} nesta terça-feira (3)")),
    Language("ru", _t("января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"),
             _t("янв|фев|мар|апр|мая|июн|июл|авг|сен|окт|ноя|дек"),
             _t("понедельник|вторник|среда|четверг|пятница|суббота|воскресенье"),
             _t("Анна Воронцова|Дмитрий Шелестов|Екатерина Лаптева|Павел Горбунов|Ольга Стрельникова|"
                "Игорь Мельников"),
             _t("Москва|Санкт-Петербург|Лондон|Вашингтон|Пекин|Брюссель|Токио"),
             _t("Экономика|В мире|Бизнес|Финансы|Политика|Технологии|Рынки"),
             _t("Вид на деловой квартал в городе {city}|Участники встречи в городе {city}")),
    Language("ar", _t("يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"),
             _t("يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"),
             _t("الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد"),
             _t("محمد العبيدي|سارة الحسيني|أحمد الشمري|ليلى المصري|خالد الزعبي|نور الهدى سليمان"),
             _t("الدوحة|القاهرة|بيروت|لندن|واشنطن|عمّان|باريس"),
             _t("اقتصاد|سياسة|أخبار|تكنولوجيا|أسواق|دولي|شركات"),
             _t("مشهد عام من مدينة {city}|متسوقون في أحد شوارع {city}")),
    Language("zh", _t("1月|2月|3月|4月|5月|6月|7月|8月|9月|10月|11月|12月"),
             _t("1月|2月|3月|4月|5月|6月|7月|8月|9月|10月|11月|12月"),
             _t("星期一|星期二|星期三|星期四|星期五|星期六|星期日"),
             _t("张伟|王芳|李明|刘洋|陈静|杨帆|赵磊|黄晓琳"),
             _t("北京|上海|伦敦|华盛顿|东京|布鲁塞尔|香港"),
             _t("财经|国际|科技|经济|金融|产业|时政"),
             _t("这是在{city}拍摄的城市景观。|人们在{city}街头行走。")),
    Language("ja", _t("1月|2月|3月|4月|5月|6月|7月|8月|9月|10月|11月|12月"),
             _t("1月|2月|3月|4月|5月|6月|7月|8月|9月|10月|11月|12月"),
             _t("月|火|水|木|金|土|日"),
             _t("山田太郎|佐藤花子|鈴木一郎|高橋美咲|田中健太|伊藤真理"),
             _t("東京|ロンドン|ワシントン|ニューヨーク|大阪|北京|ブリュッセル"),
             _t("経済|国際|ビジネス|テクノロジー|政治|マーケット|社会"),
             _t("{city}の街並み|{city}で開かれた会合の会場")),
    Language("ko", _t("1월|2월|3월|4월|5월|6월|7월|8월|9월|10월|11월|12월"),
             _t("1월|2월|3월|4월|5월|6월|7월|8월|9월|10월|11월|12월"),
             _t("월|화|수|목|금|토|일"),
             _t("김민수|이서연|박지훈|최유진|정하늘|강도윤"),
             _t("서울|워싱턴|런던|도쿄|베이징|부산|브뤼셀"),
             _t("경제|국제|산업|IT|증권|정치|금융"),
             _t("{city} 시내 전경|{city}에서 열린 회의 모습")),
)}

# Headlines for the related and most-read lists of outlets that do not write in English (invented, in each
# paper's register); English outlets, and some lists of the others, use real BBC headlines instead.
HEADLINES: dict[str, tuple[str, ...]] = {
    "fr": ("La BCE maintient ses taux directeurs inchangés",
           "Grève à la SNCF : le trafic très perturbé jeudi",
           "Le déficit commercial de la France se creuse en octobre",
           "Assurance-chômage : ce qui change au 1er janvier",
           "Le prix du blé recule sur fond de récoltes record",
           "À Marseille, la rénovation des écoles prend du retard",
           "Budget : le gouvernement recourt au 49.3",
           "Les ventes de voitures électriques marquent le pas"),
    "de": ("Inflation in Deutschland sinkt auf 2,1 Prozent", "Bahnstreik: Was Reisende jetzt wissen müssen",
           "Ifo-Index: Stimmung in der Wirtschaft trübt sich ein",
           "Bundestag beschließt neues Heizungsgesetz",
           "Dax schließt mit leichtem Plus", "Warum die Mieten in Großstädten weiter steigen",
           "Autoindustrie streicht Tausende Stellen", "EZB-Chefin warnt vor zu frühen Zinssenkungen"),
    "es": ("El paro baja en 30.000 personas en noviembre", "La vivienda se encarece un 8% en un año",
           "El Ibex 35 cierra la semana con ganancias", "El Gobierno aprueba la subida del salario mínimo",
           "La sequía obliga a restringir el riego en Andalucía",
           "Las exportaciones españolas marcan un récord",
           "Bruselas abre expediente a España por el déficit",
           "Qué cambia en las pensiones a partir de enero"),
    "it": ("Manovra, via libera della Camera", "Borsa, Piazza Affari chiude in rialzo",
           "Istat: l'inflazione rallenta a novembre", "Sciopero dei trasporti, le fasce di garanzia",
           "Mutui, cosa cambia con il taglio dei tassi", "Pnrr, la Commissione approva la terza rata",
           "Benzina, prezzi in calo per la quarta settimana", "Lavoro, record di occupati a ottobre"),
    "pt": ("Dólar fecha em queda e Bolsa sobe", "Inflação desacelera em novembro, diz IBGE",
           "Governo anuncia novo pacote de corte de gastos", "Petrobras reduz preço do diesel nas refinarias",
           "Desemprego cai ao menor nível da série histórica", "Copom mantém a Selic em 10,5% ao ano",
           "Entenda o que muda no Imposto de Renda", "Exportações do agronegócio batem recorde"),
    "ru": ("ЦБ сохранил ключевую ставку", "Курс доллара снизился на открытии торгов",
           "Росстат зафиксировал замедление инфляции", "Правительство одобрило проект бюджета",
           "Цены на нефть выросли после решения ОПЕК+", "В Москве открылся новый участок метро",
           "Минфин предложил изменить налог на прибыль", "Экспорт зерна достиг рекордного уровня"),
    "ar": ("أسعار النفط ترتفع بعد قرار أوبك+", "البنك المركزي يبقي أسعار الفائدة دون تغيير",
           "تراجع معدل التضخم في منطقة اليورو", "الذهب يسجل أعلى مستوى في شهرين",
           "قمة اقتصادية في الدوحة لبحث الاستثمار", "البورصة المصرية تغلق على ارتفاع",
           "ارتفاع صادرات الغاز الطبيعي المسال", "الأمم المتحدة تحذر من أزمة غذاء عالمية"),
    "zh": ("国家统计局：11月CPI同比上涨0.2%", "央行开展1000亿元逆回购操作", "前三季度国内生产总值同比增长5%",
           "多地出台措施促进消费", "沪深两市成交额突破万亿元", "外交部就中美经贸磋商答记者问",
           "新能源汽车出口量创新高", "国务院常务会议部署稳就业工作"),
    "ja": ("日銀、金融政策の現状維持を決定", "円相場、一時1ドル＝150円台に", "日経平均、終値で3万9000円台を回復",
           "政府、経済対策を閣議決定", "10月の消費者物価指数、2.9％上昇", "大手電力、家庭向け料金を値上げへ",
           "春闘、賃上げ要求は5％以上に", "東京株式市場、半導体関連株が上昇"),
    "ko": ("한은, 기준금리 3.5% 동결", "코스피, 외국인 매수에 2,600선 회복", "11월 수출 8% 증가…반도체 호조",
           "정부, 내년 경제정책방향 발표", "원/달러 환율 1,300원대 마감", "소비자물가 상승률 2%대로 둔화",
           "삼성전자 3분기 영업이익 10조원 돌파", "부동산 대출 규제 완화 방안 발표"),
}
