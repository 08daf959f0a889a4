"""Widgets told by shape in any zone (transforms.core.cleaning.widgets): separators and end marks, consent
banners; each with the story lines of close shape that must stay."""
from __future__ import annotations

import pytest

from tests.cleaned import kept, removed_by, run
from wirewash.transforms.core.cleaning.normalise import count_words
from wirewash.transforms.core.cleaning.boxes import ad_label, newsletter_box, subscriber_wall
from wirewash.transforms.core.cleaning.consent import (
    _COOKIE, _cookie, consent_button, consent_heading, consent_notice,
)
from wirewash.transforms.core.cleaning.widgets import (
    comment_disclaimer, comment_widget, correction_note, network_row, separator, share_row,
)

LEAD = "Kazakhstan’s ruling party won a commanding majority in early parliamentary elections on Sunday."
BODY = "Turnout was estimated at around 54%, far below the 63% participation in previous elections."
TAIL = "Economic challenges, including high inflation, are also top of mind for Tokayev, analysts said."


@pytest.mark.parametrize("text", ["* * *", "***", "----", "———", "――", "-0-", "- 30 -", "-30-", "###", "◆◆◆", "＊＊＊"])
def test_separators(text: str) -> None:
    assert separator(text)


@pytest.mark.parametrize("text", ["20,210", "1-0", "2-1 (aet)", "-", "A-", "Q3-2024", "- 5%", "1. Norway"])
def test_not_separators(text: str) -> None:
    assert not separator(text)


def test_an_embedded_posts_attribution_is_no_separator() -> None:
    # It opens with a dash but has letters: the embedded post it closes is ``embeds``', not a separator.
    assert not separator("— Jane Doe (@janedoe) May 4, 2019")
    out = run(LEAD, "Just voted. Long queue but worth it.", "— Jane Doe (@janedoe) May 4, 2019", BODY)
    assert kept(out) == [LEAD, BODY]
    assert {r.rule for r in out.removed} == {"embedded_post"}


# Buttons as consent-management platforms label them (OneTrust "Accept All Cookies", Didomi "Tout accepter",
# "Continuer sans accepter", Usercentrics "Alle akzeptieren", the CCPA's "Your Privacy Choices").
@pytest.mark.parametrize("text", [
    "Accept all cookies", "Reject all", "Manage preferences", "Your privacy choices", "I agree", "Tout accepter",
    "Continuer sans accepter", "Paramétrer les cookies", "Alle akzeptieren", "Aceptar todo", "Rechazar",
    "Aceitar todos", "Gestisci le preferenze", "Rifiuta", "Принять", "موافق", "全部接受", "同意する", "모두 수락",
    "OK, got it", "Got it",
])
def test_consent_buttons(text: str) -> None:
    assert consent_button(text, count_words(text))


@pytest.mark.parametrize("text", [
    "Privacy", "Settings", "All of them", "Chocolate cookies", "Accept the result.", "Your choices", "Opinion",
    "Manage the crisis in the north", "The privacy debate", "同意書に署名した議員",
])
def test_not_consent_buttons(text: str) -> None:
    assert not consent_button(text, count_words(text))


@pytest.mark.parametrize("text", [
    "We use cookies to improve your experience on our site.",
    "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
    "Questo sito utilizza cookie per migliorare la tua esperienza.",
    "当サイトではクッキーを使用しています。",
    "نستخدم ملفات تعريف الارتباط لتحسين تجربتك.",
    # The banner asking for agreement to the site's policies instead of its cookies (Los Angeles Times).
    "By using this site, you agree to our updated Privacy Policy and our Terms of Use.",
    "En utilisant ce site, vous acceptez nos conditions d'utilisation.",
])
def test_consent_notices(text: str) -> None:
    assert consent_notice(text, count_words(text))


@pytest.mark.parametrize("text", [
    "The bakery sold 4,000 cookies on Saturday, the owner said.",
    '"We use cookies to track you," the regulator quoted the site as saying in its ruling.',
    "The site of the old cookie factory will become housing, the council said.",
    # A story on a site's terms: no reader addressed, or the words given to a speaker.
    "The site changed its privacy policy and terms of use on Monday.",
    "By using this site, you agree to our terms, the company told users, regulators said.",
])
def test_not_consent_notices(text: str) -> None:
    assert not consent_notice(text, count_words(text))


# The notice's keyword test skips the regex on ASCII text without its words: in any case, and through every
# branch the regex has (a device-access notice names no cookie), it answers as the regex does.
@pytest.mark.parametrize("text", [
    "WE USE COOKIES ON THIS SITE.", "We and our partners store and/or ACCESS information on a device.",
    "Noi e i nostri partner accediamo a informazioni su un dispositivo.",
    "Nous accédons à des informations sur votre appareil.", "Wir speichern Informationen auf einem Gerät.",
    "The bakery sold cookies.", "According to the minister, prices rose.", "Kazakhstan votes.", "",
])
def test_the_cookie_keyword_test_answers_as_its_regex(text: str) -> None:
    assert _cookie(text) == (_COOKIE.search(text) is not None)
    assert _cookie(text) == ("ccording" not in text and text not in ("Kazakhstan votes.", ""))


# A banner's buttons run together on one line (Quantcast's "I Accept | Reject All | Show Purposes").
@pytest.mark.parametrize("text", ["I Accept Reject All Show Purposes", "Alle akzeptieren Alle ablehnen Einstellungen"])
def test_a_row_of_consent_buttons(text: str) -> None:
    assert consent_button(text, count_words(text))


@pytest.mark.parametrize("text", [
    "Show all your cookies and preferences settings",  # one action word only: no row of buttons
    "Accept the result and reject all the appeals filed",  # story words
])
def test_not_a_row_of_consent_buttons(text: str) -> None:
    assert not consent_button(text, count_words(text))


# The consent framework's first purpose, in the site's voice; a German site's "Diese Website".
@pytest.mark.parametrize("text", [
    "We and our 842 partners store and access information on your device.",
    "Nous et nos partenaires stockons et/ou accédons à des informations sur un appareil.",
    "Diese Website verwendet Cookies. Mehr erfahren | OK",
])
def test_consent_notices_of_the_framework_and_a_site(text: str) -> None:
    assert consent_notice(text, count_words(text))


@pytest.mark.parametrize("text", [
    "Police said the suspect tried to access information on a device seized in the raid.",  # no site's voice
    "Diese Website war am Montag stundenlang nicht erreichbar, sagte ein Sprecher.",  # no cookie
])
def test_not_consent_notices_of_the_framework_and_a_site(text: str) -> None:
    assert not consent_notice(text, count_words(text))


def test_a_consent_gate_over_the_story_goes_whole() -> None:
    gate = ["We value your privacy", "We and our 842 partners store and access information on your device.",
            "I Accept Reject All Show Purposes"]
    out = run(*gate, LEAD, BODY, TAIL)
    assert kept(out) == [LEAD, BODY, TAIL]
    assert out.title is None  # the banner's heading is no headline


# A banner's heading over its notice, in the languages of the packs: it goes with the banner, and the headline
# under the banner is the title.
@pytest.mark.parametrize(("heading", "notice"), [
    ("We value your privacy", "We and our 842 partners store and access information on your device."),
    ("Nous respectons votre vie privée", "Nous utilisons des cookies pour améliorer votre expérience sur notre site."),
    ("Ihre Privatsphäre ist uns wichtig", "Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Website zu ermöglichen."),
    ("Tu privacidad es importante", "Utilizamos cookies propias y de terceros para mejorar nuestros servicios."),
])
def test_a_consent_banners_heading_is_no_title(heading: str, notice: str) -> None:
    out = run(heading, notice, "Accept all", "Kazakhstan's ruling party wins early election", LEAD, BODY, TAIL)
    assert out.title == "Kazakhstan's ruling party wins early election"
    assert kept(out) == [LEAD, BODY, TAIL]
    assert [r.rule for r in out.removed if r.text == heading] == ["consent_banner"]


@pytest.mark.parametrize("text", [
    "We value your privacy", "Ihre Privatsphäre ist uns wichtig", "Cookie policy", "Your data, your choice",
])
def test_consent_headings(text: str) -> None:
    assert consent_heading(text, count_words(text))


@pytest.mark.parametrize("text", [
    "Kazakhstan's ruling party wins early election",  # a headline: no privacy, no site's voice
    "We value your privacy, the company told regulators.",  # a sentence
    '"We value your privacy"',  # a quotation
    "Parliament passes the privacy bill after a long and bitter debate on Monday night",  # too long
])
def test_not_consent_headings(text: str) -> None:
    assert not consent_heading(text, count_words(text))


def test_a_headline_over_a_consent_notice_stays_the_title() -> None:
    out = run("Bank holds rates steady", "We use cookies to improve your experience on our site.", LEAD, BODY)
    assert out.title == "Bank holds rates steady"
    assert kept(out) == [LEAD, BODY]


# A row of share buttons that repeat their label, as a page sets it on one line.
@pytest.mark.parametrize("text", [
    "Compartir en Facebook Compartir en Twitter Compartir en WhatsApp",
    "Partager sur Facebook Partager sur X Envoyer par e-mail",
    "Give this article Give this article Give this article",
    "Share on Facebook Share on X Share via Email",
])
def test_share_rows(text: str) -> None:
    assert share_row(text)


@pytest.mark.parametrize("text", [
    "New York New York",  # the repeated words name nothing after them
    "Share on Facebook",  # one button: the packs' share rules
    "Tax cuts for the rich, tax rises for the poor",  # clause punctuation
    "More homes and more jobs and more schools",  # the opening two words do not recur
    "Round 1 Round 2 Round 3 results",  # figures
])
def test_not_share_rows(text: str) -> None:
    assert not share_row(text)


@pytest.mark.parametrize("text", [
    "Compartilhe / WhatsApp / Facebook / X / Copiar link",  # blind8 dev: g1's row, its label in Portuguese
    "Teilen | Facebook | X | E-Mail | Link kopieren",
    "Share: Facebook, Twitter, LinkedIn",
    "Поделиться · ВКонтакте · Telegram · WhatsApp",
])
def test_a_row_of_networks_in_any_language_is_a_share_row(text: str) -> None:
    assert network_row(text)


@pytest.mark.parametrize("text", [
    "Facebook, X and WhatsApp were fined.",  # a sentence
    "Apple, Google, Facebook and Microsoft",  # one network among companies
    "Facebook / Meta",  # two pieces
    "Paris / London / New York",
    "Facebook, Instagram, WhatsApp: 3 billion users",  # a figure
])
def test_a_list_naming_networks_in_passing_is_no_share_row(text: str) -> None:
    assert not network_row(text)


def test_a_row_of_networks_between_paragraphs_goes() -> None:
    row = "Compartilhe / WhatsApp / Facebook / X / Copiar link"
    out = run(LEAD, BODY, row, TAIL)
    assert out.text.split("\n\n") == [LEAD, BODY, TAIL], out.removed


def test_a_share_row_after_the_story_goes() -> None:
    out = run(LEAD, BODY, TAIL, "Partager sur Facebook Partager sur X Envoyer par e-mail")
    assert kept(out) == [LEAD, BODY, TAIL]
    assert [r.rule for r in out.removed] == ["share_row"]


# A share bar's save, print and copy-link buttons alone on their line, in the packs' languages.
@pytest.mark.parametrize("button", ["GUARDAR", "Imprimir", "Salvar", "Salva", "طباعة", "Скопировать ссылку"])
def test_a_share_bars_other_buttons_go(button: str) -> None:
    out = run(LEAD, button, BODY, TAIL)
    assert kept(out) == [LEAD, BODY, TAIL]


def test_a_story_line_on_saving_stays() -> None:
    line = "Salvar vidas é a prioridade, disse o ministro da Saúde nesta terça-feira."
    assert kept(run(LEAD, line, BODY)) == [LEAD, line, BODY]


def test_banner_inside_the_story_goes_and_the_story_stays() -> None:
    out = run(LEAD, "Accept all cookies", "Manage preferences", BODY, "* * *", TAIL)
    assert kept(out) == [LEAD, BODY, TAIL]


@pytest.mark.parametrize("text", [
    "Sign up for our Morning Briefing newsletter",
    "Get the latest headlines delivered to your inbox",
    "Like this story? Get our free Markets newsletter →",
    "APÚNTATE: boletín diario de La Gaceta",
    "Suscríbete a nuestro boletín",
    "Abonnieren Sie unseren Newsletter",
    "Inscrivez-vous à notre lettre d'information",
    "Registrieren Sie sich jetzt",
    "Jetzt 4 Wochen für 1 € testen",
    "Подпишитесь на нашу рассылку",
    "اشترك الآن مجاناً",
    "关注本报微信公众号，获取更多资讯",
    "メールマガジンの登録はこちら »",
    # The Rioplatense forms, and a sign-up form's e-mail placeholder (blind8 dev: the first, second and fourth).
    "Recibí las noticias más importantes en tu correo", "Suscribite a nuestro boletín", "Ingresá tu email",
    "Enter Email", "Enter your email address", "La tua email", "Votre e-mail", "Ihre E-Mail",
])
def test_newsletter_boxes(text: str) -> None:
    assert newsletter_box(text, count_words(text))
    assert kept(run(LEAD, BODY, text, TAIL)) == [LEAD, BODY, TAIL]


@pytest.mark.parametrize("text", [
    "Subscribers to the newsletter rose 20% last year, the company said.",
    "The newsletter was launched in 2019 and reaches 10,000 readers.",
    "سجل الاقتصاد نموا بنسبة 3 في المئة",
    "Join the conversation",
    "The company will charge 5 euros a month for the subscription trial, he said.",
    "“Sign up for our newsletter,” the mayor told residents.",
    "Sign up for the scheme opened on Monday, the ministry said.",
    "Recibe las noticias con cautela, dijo el portavoz del Gobierno.",
    "He urged supporters to follow us on Telegram, the police said.",
    "Síguenos en la próxima edición del programa, dijo la presentadora.",
    "The protesters joined the channel on Telegram within hours, organisers said.",
    "Уже подписаны договоры с тремя компаниями, сообщил министр.",
    "Recibí la noticia con tristeza, dijo el alcalde.",
    "Email",
    "Your email to the minister was answered within a day.",
    "Email fraud rose again",
])
def test_not_newsletter_boxes(text: str) -> None:
    assert not newsletter_box(text, count_words(text))


@pytest.mark.parametrize("text", [
    "ADVERTISEMENT - SCROLL TO CONTINUE", "Advertisement · Scroll to continue", "▼ Advertisement ▼", "- Anzeige -",
    "Promoted Stories", "Partner content", "Contenu partenaire", "СПЕЦПРОЕКТ", "Продолжение после рекламы",
    "Continua a leggere dopo la pubblicità", "スポンサード", "محتوى ممول", "Sponsored by Acme Bank",
    "Gesponsert von der Sparkasse",
    # The slot's own buttons and the ad networks' credits; slot names and read-on prompts in each language.
    "Report this ad", "Ads by Google", "Recommended by Outbrain", "Advertise with us", "Advertorial",
    "Espacio publicitario", "Contenido de marca", "Sigue leyendo después de la publicidad", "Ofrecido por Banco Sur",
    "Espace publicitaire", "Article sponsorisé", "Proposé par Acme", "Werbeanzeige", "Bezahlter Inhalt",
    "Lesen Sie nach der Anzeige weiter", "Artikel wird unter der Werbung fortgesetzt", "Continua após a publicidade",
    "Publicidade - continue a ler a seguir", "Conteúdo de marca", "Informazione pubblicitaria",
    "Contenuto offerto da Acme", "Рекламный блок", "Реклама. ООО «Ромашка», ИНН 7700000000",
    "تابع القراءة بعد الإعلان", "مساحة إعلانية", "اعلان", "以下为广告", "广告位招租", "この広告の下に記事が続きます",
    # The prompt under the slot on a line of its own.
    "Sigue leyendo debajo", "Der Artikel wird unten fortgesetzt", "Продолжение ниже", "下に続きます", "继续阅读",
])
def test_ad_labels(text: str) -> None:
    assert ad_label(text)
    assert kept(run(LEAD, BODY, text, TAIL)) == [LEAD, BODY, TAIL]


@pytest.mark.parametrize("text", [
    "Die Anzeige wurde nach Protesten zurückgezogen, sagte ein Sprecher.",
    "Sponsored by the city council, the race drew 5,000 runners.",
    "Реклама на телевидении подорожала на 20%.",
    "Ad hoc",
    "Advertising revenue fell 5% in the quarter.",
    "Ads by Google accounted for most of the revenue.",
    "Ofrecido por el Gobierno, el plan incluye ayudas a los agricultores.",
    "Proposé par le gouvernement, le texte sera examiné la semaine prochaine.",
    "Mehr nach der Werbung als vor ihr, sagte der Sprecher.",
    "Реклама с указанием ИНН компании стала обязательной с 2022 года, напомнили в ФАС.",
    "Marca",
    "Continua a leggere il rapporto della commissione",
])
def test_not_ad_labels(text: str) -> None:
    assert not ad_label(text)


@pytest.mark.parametrize("text", [
    # Follow prompts for a messaging app, app downloads, a register-to-read wall and the log-in under it, an
    # unpunctuated button line naming the newsletter, the inbox named in the box's own words.
    "Never miss a story: follow us on WhatsApp", "تابعونا على تيليغرام", "扫码关注官方微信", "下载客户端，阅读更多精彩内容",
    "公式LINEを友だち追加", "Jetzt kostenlos registrieren und weiterlesen", "Sie sind bereits Abonnent? Hier anmelden",
    "Уже подписаны? Войти", "Sign up", "Jetzt den Newsletter bestellen und nichts mehr verpassen",
    "Recibe las noticias más importantes en tu correo", "Ricevi le notizie più importanti nella tua casella di posta",
    "NEWSLETTER", "Jetzt Newsletter abonnieren", "Ihre E-Mail-Adresse", "Introduce tu correo electrónico",
    "Подписаться на новости", "Получайте главные новости на почту", "اشترك في نشرتنا الإخبارية",
    "S'abonner", "Don't miss a thing. Subscribe now.",
    # Following the site on the social networks it lists (blind3 dev).
    "Folgen Sie uns auf X, Facebook und Instagram.", "Síguenos en X, Facebook e Instagram.",
    "تابعونا على إكس وفيسبوك وإنستغرام.", "欢迎关注我们的微博和抖音账号。",
])
def test_newsletter_headings_buttons_and_fields(text: str) -> None:
    assert newsletter_box(text, count_words(text))


@pytest.mark.parametrize("text", [
    "Her e-mail address was leaked.", "Subscribers fell.", "Newsletter sales slumped by a third in 2023, it said.",
])
def test_not_newsletter_headings_buttons_or_fields(text: str) -> None:
    assert not newsletter_box(text, count_words(text))


@pytest.mark.parametrize("text", [
    # A subscriber wall's notice in words no pack lists, and a subscription offered at a price (blind set, dev).
    "Cet article est réservé aux abonnés.", "CET ARTICLE EST RÉSERVÉ AUX ABONNÉS.",
    "Este contenido es exclusivo para suscriptores", "Материал доступен только подписчикам", "本文仅限会员阅读",
    "この記事は有料会員限定です", "هذا المحتوى متاح للمشتركين فقط", "For subscribers only",
    "Hazte suscriptor por 1 € el primer mes", "Assine por R$ 1,90 no primeiro mês…", "ОФОРМИТЕ ПОДПИСКУ ЗА 1 РУБЛЬ",
    # The notice with its offer's price run in after it, the box flattened (blind8 dev: the first).
    "Questo contenuto è riservato agli abbonati 1 € al mese per 3 mesi",
    "Este contenido es exclusivo para suscriptores desde $ 990 por mes",
    "Cet article est réservé aux abonnés 1 € par mois",
])
def test_subscriber_walls(text: str) -> None:
    assert newsletter_box(text, count_words(text))
    assert kept(run(LEAD, BODY, text, TAIL)) == [LEAD, BODY, TAIL]


@pytest.mark.parametrize("text", [
    "Netflix added subscribers only in Asia.", "Only 2% of subscribers left, it said.", "Only members of the board voted.",
    "The subscription now costs $15.49 a month.", "Netflix raised its subscription price to $15.49",
    "“This article is for subscribers only,” the editor wrote.",
    "Подписчики канала выросли только на треть за год, сообщил автор.",
    "The service costs subscribers 1 € a month for 3 months.",
    "The paper said access is reserved for subscribers at 1 € a month",
])
def test_not_subscriber_walls(text: str) -> None:
    assert not subscriber_wall(text, count_words(text)) and not newsletter_box(text, count_words(text))


@pytest.mark.parametrize(("para", "story"), [
    (f"{BODY} Advertisement Story continues", BODY),
    ("Só quem se ama pode encontrar em sua vida um amor de verdade, diz a autora PUBLICIDADE",
     "Só quem se ama pode encontrar em sua vida um amor de verdade, diz a autora"),
    (f"ADVERTISEMENT {BODY}", BODY),
    # A label with a stop of its own, after the story's last sentence.
    (f"{BODY} Реклама. 18+", BODY),
    (f"{BODY} Advertisement. Scroll to continue", BODY),
    # A last sentence without its stop is no label ("Mr." is no sentence's end either).
    (f"{BODY} Mr. Smith said the company sells ads", f"{BODY} Mr. Smith said the company sells ads"),
    (f"{BODY} The company sells ads. Sponsored content", f"{BODY} The company sells ads."),
    # Set in with no space after the stop, or with no stop (blind9 dev), at the end or between two sentences.
    (f'{BODY[:-1]}, he said "in a statement".Article continues below this ad',
     f'{BODY[:-1]}, he said "in a statement".'),
    ("Julien Laharrague (Brive), Cedric Heymans (Stade Toulousain) Article continues below this ad",
     "Julien Laharrague (Brive), Cedric Heymans (Stade Toulousain)"),
    (f"{BODY[:-1]} in the Far East.- ADVERTISEMENT -", f"{BODY[:-1]} in the Far East."),
    (f"{BODY}Advertisement · Scroll to continue Advertisement · Scroll to continue Analysts expect more cuts.",
     f"{BODY} Analysts expect more cuts."),
    (f"{BODY} ADVERTISEMENT Analysts expect more cuts.", f"{BODY} Analysts expect more cuts."),
])
def test_an_ad_label_run_into_a_paragraph_goes(para: str, story: str) -> None:
    assert kept(run(LEAD, para, TAIL))[1] == story


def test_furniture_after_an_ad_label_set_into_a_paragraph_goes_too() -> None:
    # Once the slot's prompt is cut out, the teaser it stood before ends the paragraph, where its own pass reads it.
    para = f"{BODY} Story continues below this ad Also Read | Lions blow to World Cup winners"
    out = run(LEAD, para, TAIL)
    assert kept(out)[1] == BODY
    assert removed_by(out, "ad_label") == ["Story continues below this ad"]


@pytest.mark.parametrize("para", [
    "The company hired a new chief of PR",
    "The eruption buried Pompeii in 79 AD and preserved the city for centuries, historians said.",
    "SPONSORED BY THE STATE, the programme trained 4,000 nurses in its first year, officials said.",
    # The slot's word inside a sentence, or opening one: no label set in.
    "The firm ran a full-page ADVERTISEMENT in the Times on Monday, the company said in a statement.",
    "The watchdog said the rules were broken. Advertisement revenue rose 5% in the quarter, it said.",
    "The report said the story continues below the fold. Story continues to unfold, its lawyers said.",
])
def test_capitals_run_into_a_paragraph_that_are_no_ad_label_stay(para: str) -> None:
    assert kept(run(LEAD, BODY, para, TAIL))[2] == para


# A comment section's heading with its count, its buttons, and a commenter's name and age (Disqus, Coral,
# Viafoura, OpenWeb; the outlets' own), in the packs' languages.
@pytest.mark.parametrize("text", [
    "Comments (23)", "23 comments", "Комментарии (8)", "COMMENTI (2)", "Comentarios (5)", "Commentaires (3)",
    "Kommentare (12)", "Comentários: 4", "التعليقات (4)", "评论 (5)", "コメント(3)",
    "Sign in to comment", "Show comments", "Mostra commenti", "Accedi per commentare", "Zum Kommentieren anmelden",
    "Войдите, чтобы оставить комментарий", "أضف تعليقك", "登录后发表评论", "コメントを書く",
    "jdoe123 · 3h ago", "Maria García hace 2 horas", "Иван 5 мин назад",
    "Join the conversation", "Únete a la conversación", "Réagissez à cet article", "Diskutieren Sie mit",
    "Partecipa alla discussione", "Participe da conversa", "Присоединяйтесь к обсуждению", "انضم إلى النقاش",
    "加入讨论", "議論に参加する", "🔴 Comments (8)", "► Show comments",
    # A count with a counter word or of reactions, a closed section's notice (blind set, dev).
    "12条评论", "► 9条评论", "5件のコメント", "8 réactions", "▶ 9 réactions", "Los comentarios están cerrados.",
    "Les commentaires sont fermés.", "Комментарии закрыты.", "评论已关闭。", "Comments are closed",
    # The counter word after the count, in brackets (blind4 dev d35fc42221e2a366), and the Korean noun.
    "コメント（4件）", "评论（12条）", "댓글 (3개)", "댓글 3개",
    # A button with the section's count beside its action.
    "View 32 comments", "Show all 120 comments", "Kommentare anzeigen (5)", "Ver comentarios (3)",
    "Voir les 14 commentaires", "Показать комментарии (7)",
])
def test_comment_widgets(text: str) -> None:
    assert comment_widget(text, count_words(text))


@pytest.mark.parametrize("text", [
    "No comment", "Public comment period", "Comment: Why the vote matters",
    "The ministry declined to comment on Monday.", "Read more",
    "Oil prices rise as stockpiles fall 2h ago",  # a listed headline with its age: ``shaped``'
    "Comments from the minister drew criticism",
    "Join the conversation on climate, the minister urged.",  # a story sentence that says it
    "The minister's comments closed the session.", "Comments closed the debate.", "8 reactions to the plan",
    "댓글을 단 시민 3명", "コメント（4件）は削除された",
    # Figures that are no count of comments: a headline's.
    "Read comments on the 2024-25 budget", "View 3 comments from 2 ministers",
])
def test_not_comment_widgets(text: str) -> None:
    assert not comment_widget(text, count_words(text))


def test_a_name_and_an_age_above_the_story_is_a_byline() -> None:
    assert comment_widget("Jane Doe · 2 hours ago", 5)
    assert not comment_widget("Jane Doe · 2 hours ago", 5, tail=False)
    out = run("Kazakh ruling party wins big majority in vote", "Jane Doe · 2 hours ago", LEAD, BODY, TAIL)
    assert all(r.rule != "comment_widget" for r in out.removed)


def test_a_comment_section_inside_the_story_goes_and_the_story_stays() -> None:
    out = run(LEAD, "Comments (23)", "Show comments", BODY, "The ministry declined to comment.", TAIL)
    assert kept(out) == [LEAD, BODY, "The ministry declined to comment.", TAIL]
    assert [r.rule for r in out.removed] == ["comment_widget", "comment_widget"]


# A newsletter box's line or an ad label run into the end of a short story statement (unwrapping joins them):
# the box goes and the statement stays, however short; a box of two lines, its question or its short pitch
# first, goes whole.
@pytest.mark.parametrize("box", [
    "Abonnez-vous à notre newsletter", "Inscreva-se na newsletter", "Sign up for our Morning Briefing newsletter",
    "Advertisement",
])
def test_a_box_run_into_a_short_story_statement_goes_and_the_statement_stays(box: str) -> None:
    statement = "Analysts expect a cut next year."
    out = run(LEAD, f"{statement} {box}", BODY, TAIL)
    assert kept(out) == [LEAD, statement, BODY, TAIL]
    assert [r.text for r in out.removed] == [box]


@pytest.mark.parametrize("text", [
    "Like this story? Get our free newsletter", "It's free. Sign up for our newsletter",
    "Sign up now. Get our free daily newsletter",
])
def test_a_box_of_two_sentences_goes_whole(text: str) -> None:
    assert kept(run(LEAD, text, BODY, TAIL)) == [LEAD, BODY, TAIL]


@pytest.mark.parametrize("note", [
    # Correction notes in words no pack lists: a correction's label, or the note's words on an earlier version.
    "Rettifica: in una precedente versione dell'articolo era indicata una data errata.",
    "Fe de errores: una versión anterior de esta noticia atribuía la cifra a otro organismo.",
    "【訂正】記事中の日付に誤りがありました。",
    "· * This article was amended on 19 June 2023 to correct a figure in the fourth paragraph.",
    "Nota de la redacción: una versión anterior de esta noticia citaba mal al ministro.",
    "An earlier version of this story misstated the date of the vote.",
])
def test_correction_notes(note: str) -> None:
    assert correction_note(note)
    assert kept(run(LEAD, BODY, note, TAIL)) == [LEAD, BODY, TAIL]
    out = run("Wales win in Rome", note, LEAD, BODY, TAIL)
    assert kept(out) == [LEAD, BODY, TAIL] and out.title == "Wales win in Rome"


@pytest.mark.parametrize("story", [
    "An earlier version of the bill was rejected by the Senate in March, the minister said.",
    "Correction of the index came in March, analysts said.",
    "Korrektur der Prognose: Die Bundesbank senkt ihre Erwartung für das laufende Jahr.",
    "The previous version of the app crashed on older phones.",
])
def test_not_correction_notes(story: str) -> None:
    assert not correction_note(story)
    assert kept(run(LEAD, BODY, story, TAIL)) == [LEAD, BODY, story, TAIL]


def test_a_correction_note_joined_under_a_byline_leaves_the_byline() -> None:
    # Unwrapping joined a byline and the note under it: the line is no correction note, and its byline is read.
    joined = (
        "Escrito por Pablo García Ruiz y Javier Navarro Fe de errores: una versión anterior de esta noticia "
        "atribuía la cifra a otro organismo."
    )
    assert not correction_note(joined)


@pytest.mark.parametrize(("byline", "note", "names"), [
    ("by David Okafor and David Fischer & Staff · *",
     "This article was amended on 19 June 2023 to correct a figure in the fourth paragraph.",
     "David Okafor and David Fischer"),
    ("Escrito por Pablo García Ruiz y Javier Navarro",
     "Fe de errores: una versión anterior de esta noticia atribuía la cifra a otro organismo.",
     "Pablo García Ruiz y Javier Navarro"),
    ("By Jane Doe |", "An earlier version of this story misstated the date of the vote.", "Jane Doe"),
])
def test_only_the_note_joined_under_a_byline_goes(byline: str, note: str, names: str) -> None:
    # Blind set, dev: the byline stays a byline, only the note's sentence goes (taking the line took the byline).
    out = run("Wales win in Rome", f"{byline} {note}", LEAD, BODY, TAIL)
    assert kept(out) == [LEAD, BODY, TAIL]
    assert out.byline == names
    assert [r.text for r in out.removed if r.rule == "correction_note"] == [note]


@pytest.mark.parametrize("story", [
    # A sentence before the note's words, or a correction named in a sentence's run: story text.
    "Kowalski said. An earlier version of this story was published in 2019 by the Times.",
    "The council approved a correction: the budget was cut by a tenth.",
])
def test_a_story_line_naming_a_correction_further_in_stays(story: str) -> None:
    assert kept(run(LEAD, BODY, story, TAIL)) == [LEAD, BODY, story, TAIL]


# Sign-up boxes by their rhythm (``boxes.sign_up_boxes``): a pitch, the call, the small print on unsubscribing or
# privacy, in any language. Blind dev bf0071's box and the forms newsletters take in the packs' languages.
@pytest.mark.parametrize("box", [
    ["The morning briefing: the day's top stories in five minutes", "Sign up",
     "You can unsubscribe at any time. Read our privacy policy."],
    ["Cada mañana, las claves del día en tu correo", "Apúntate", "Puedes darte de baja en cualquier momento."],
    ["Jeden Morgen die wichtigsten Nachrichten", "Jetzt anmelden",
     "Die Abmeldung ist jederzeit möglich. Hinweise zum Datenschutz."],
    ["Todas as manhãs, as notícias mais importantes", "Quero receber",
     "Você pode cancelar a inscrição a qualquer momento."],
    ["Ogni mattina le notizie più importanti", "Iscriviti", "Puoi annullare l'iscrizione in qualsiasi momento."],
    ["Главные новости дня — каждое утро", "Подписаться", "Отписаться можно в любой момент."],
    ["أهم الأخبار كل صباح", "اشترك الآن", "يمكنك إلغاء الاشتراك في أي وقت."],
    ["毎朝、主要ニュースをお届け", "登録する", "配信はいつでも停止できます。"],
    # Two calls, the e-mail field and the button.
    ["Get the best of our journalism every weekday morning.", "Enter your email address", "Subscribe",
     "By signing up, you agree to our Terms of Use and Privacy Policy."],
])
def test_a_sign_up_box_goes_by_its_rhythm(box: list[str]) -> None:
    out = run(LEAD, BODY, *box, TAIL)
    assert kept(out) == [LEAD, BODY, TAIL], out.removed


def test_a_subhead_and_a_short_sentence_round_a_sign_up_call_stay() -> None:
    # No small print under the call: the line over it may be the story's subhead, the one under it the story's.
    story = ["What happens next", "Sign up", "The council will vote on the plan on Monday."]
    out = run(LEAD, BODY, *story, TAIL)
    assert kept(out) == [LEAD, BODY, story[0], story[2], TAIL], out.removed
    # A story sentence on privacy under a subhead is no box's small print: no call stands between them.
    story = ["Privacy concerns", "The regulator said the app had broken privacy law twice."]
    out = run(LEAD, BODY, *story, TAIL)
    assert kept(out) == [LEAD, BODY, *story, TAIL], out.removed
    # A story's short line with figures over the box is no pitch.
    story = ["Results from 12 March", "Sign up", "You can unsubscribe at any time."]
    assert story[0] in kept(run(LEAD, BODY, *story, TAIL))


# The call to get the site's app, in the imperative, in the packs' languages.
@pytest.mark.parametrize("text", [
    "Download the app to get breaking news alerts", "Get the app", "Download our free app for the latest news",
    "Baixe o app e receba notícias em primeira mão", "Descarga la app de El País y recibe las noticias al momento",
    "Téléchargez l'application Le Monde", "Scarica l'app del Corriere", "Laden Sie jetzt unsere App herunter",
    "Скачайте приложение РИА Новости", "حمّل تطبيق الجزيرة",
    # After a short lead-in and its colon (blind9 dev).
    "Stay informed on the go: download our app.",
])
def test_an_app_call_is_a_box_line(text: str) -> None:
    assert newsletter_box(text, count_words(text))


@pytest.mark.parametrize("text", [
    # A story's sentence on an app: no imperative, or the one who urged it named after a comma.
    "The app was downloaded 2 million times", "Download the app, the company urged its customers on Monday.",
    "Install the application only from the official store, the regulator warned.",
    # A speaker's words after the colon.
    "The minister said: get the app out.",
])
def test_a_sentence_on_an_app_is_no_box_line(text: str) -> None:
    assert not newsletter_box(text, count_words(text))


@pytest.mark.parametrize("text", [
    # A box's line longer than most, its call opening or closing it, or following the site's channels.
    'Iscriviti alla newsletter "Whatever it Takes" di Federico Fubini. Dati, innovazione e lavoro: la rivoluzione '
    "vista da chi la fa.",
    "The Reuters Daily Briefing newsletter provides all the news you need to start your day. Sign up here.",
    "Sigue toda la información de Economía y Negocios en Facebook y X, o en nuestra newsletter semanal",
])
def test_a_long_box_line_with_its_call_is_a_box_line(text: str) -> None:
    assert newsletter_box(text, count_words(text))


@pytest.mark.parametrize("text", [
    "The newsletter, which the company launched in 2019 to reach investors, has 40,000 readers, the chief "
    "executive said on Monday.",
    "Join the newsletter's 40,000 readers, the chief executive urged investors on Monday at the company's annual "
    "meeting in Boston.",
])
def test_a_long_sentence_on_a_newsletter_is_no_box_line(text: str) -> None:
    assert not newsletter_box(text, count_words(text))


@pytest.mark.parametrize("text", [
    # The appeal for readers' money and its button, and the note that a subscriber gifted the article.
    "I hope you appreciated this article. Before you move on, I was hoping you would consider taking the step of "
    "supporting the Guardian’s journalism.",
    "Support the Guardian", "Unterstützen Sie unseren Journalismus",
    "Dieser Artikel gehört zum Angebot von SPIEGEL+. Sie können ihn auch ohne Abonnement lesen, weil er Ihnen "
    "geschenkt wurde.",
    "This article was gifted to you by a subscriber.",
])
def test_an_appeal_or_a_gift_note_is_a_box_line(text: str) -> None:
    assert newsletter_box(text, count_words(text))


@pytest.mark.parametrize("text", [
    "The foundation has pledged $5m to support local journalism in the state, its director said.",
    "Support the Guardian's journalism, the editor told readers in a letter published on Monday.",
    "Der Wagen wurde ihnen geschenkt, sagte die Polizei am Montag.",
])
def test_a_story_sentence_on_support_or_a_gift_is_no_box_line(text: str) -> None:
    assert not newsletter_box(text, count_words(text))


@pytest.mark.parametrize("text", [
    # Promotions: a button in capitals after its sentence, notifications, an app in Japanese, following the site
    # on networks shown as icons.
    "Before it's here, it's on the Bloomberg Terminal. LEARN MORE", "Ative as notificações da Folha",
    "Turn on notifications to get breaking news", "NHKニュース・防災アプリで最新情報を", "تابع الجزيرة نت على",
    "Follow us on",
])
def test_promotion_lines_are_box_lines(text: str) -> None:
    assert newsletter_box(text, count_words(text))


@pytest.mark.parametrize("text", [
    "The company launched its service on Monday. READ MORE", "Police follow the suspect in",
    "Notifications were turned on for all users, the company said.",
])
def test_lines_near_promotions_are_no_box_lines(text: str) -> None:
    assert not newsletter_box(text, count_words(text))


@pytest.mark.parametrize("text", [
    "Os comentários não representam a opinião do jornal; a responsabilidade é do autor da mensagem.",
    "Comments are the sole responsibility of their authors and do not reflect the views of the publisher.",
])
def test_a_comment_sections_disclaimer(text: str) -> None:
    from wirewash.transforms.core.cleaning.widgets import comment_disclaimer
    assert comment_disclaimer(text)
    assert not comment_disclaimer(
        "The minister's comments reflected the view that the party bears responsibility for the crisis."
    )


def test_a_comment_sections_heading_alone_goes_in_the_tail_only() -> None:
    assert comment_widget("Comentarios", 1) and comment_widget("Kommentare", 1)
    assert not comment_widget("Comments", 1, tail=False)


@pytest.mark.parametrize("line", [
    "The views expressed in the contents above are those of our users and do not necessarily reflect the views "
    "of MailOnline.",
    "Los comentarios no reflejan necesariamente la opinión de este diario.",
])
def test_a_views_disclaimer_closing_the_page_goes_and_frees_the_tail(line: str) -> None:
    # Read as the story's last sentence, it hid the tail's furniture above it from the tail passes.
    out = run(LEAD, BODY, TAIL, "About the author", "ELECTIONS | ECONOMY | MUSIC", line)
    assert kept(out) == [LEAD, BODY, TAIL]


def test_a_storys_sentence_on_views_not_reflected_stays() -> None:
    line = "The views expressed by the minister do not reflect government policy, a spokesman said."
    assert not comment_disclaimer(line)


@pytest.mark.parametrize("promo", [
    "Download the app for the latest headlines, live updates and more",
    "Jetzt die App herunterladen und keine Eilmeldung mehr verpassen",
    "حمّل تطبيقنا لتصلك الأخبار العاجلة أولاً بأول", "扫码下载APP",
    "Скачайте наше приложение, чтобы первыми узнавать новости",
])
def test_an_app_promo_goes_in_any_pack_language(promo: str) -> None:
    assert kept(run(LEAD, BODY, promo, TAIL)) == [LEAD, BODY, TAIL]


def test_a_storys_sentence_urging_an_app_stays() -> None:
    line = "Get the app, the minister urged residents as the storm approached."
    assert line in kept(run(LEAD, BODY, line, TAIL))


@pytest.mark.parametrize("appeal", [
    "Support free-thinking journalism and attend Independent events", "Помогите нам работать дальше",
    "Help us keep reporting",
])
def test_a_support_appeal_closing_the_page_goes(appeal: str) -> None:
    assert kept(run(LEAD, BODY, TAIL, appeal)) == [LEAD, BODY, TAIL]


def test_a_sliders_controls_go_and_a_lists_numbers_stay() -> None:
    assert kept(run(LEAD, BODY, "‹ Previous", "2 of 5", "Next ›", TAIL)) == [LEAD, BODY, TAIL]
    assert kept(run(LEAD, BODY, "Anterior", "Siguiente", TAIL)) == [LEAD, BODY, TAIL]
    # Numbers alone are a table's or a count's: no control in words among them.
    assert kept(run(LEAD, BODY, "12", "14", TAIL)) == [LEAD, BODY, "12", "14", TAIL]


@pytest.mark.parametrize("line", [
    "Reader Comments (507)", "Comments / 5", "Die Kommentarfunktion ist für diesen Artikel deaktiviert.",
    "Comments are closed for this article.",
])
def test_a_comment_sections_count_and_closed_notice_go_in_more_shapes(line: str) -> None:
    assert kept(run(LEAD, BODY, TAIL, line)) == [LEAD, BODY, TAIL]
    assert kept(run(LEAD, BODY, line, TAIL)) == [LEAD, BODY, TAIL]


@pytest.mark.parametrize("note", [
    "Correction to Business Wire release of Dec. 23, 2025: In the second paragraph, the date of the conference call "
    "should read Dec. 23, not as previously stated.",
    "Notícia atualizada às 3h23 com a reação do governo",
    "Nachricht aktualisiert um 10:15 mit Reaktionen der Opposition",
])
def test_a_release_wires_correction_and_a_news_items_update_note_go(note: str) -> None:
    assert kept(run(LEAD, BODY, TAIL, note)) == [LEAD, BODY, TAIL]


def test_a_story_line_on_comments_closing_stays() -> None:
    for line in ("The comments were later disabled by the ministry.",
                 "Public comments on the plan closed on Friday, officials said."):
        assert kept(run(LEAD, BODY, line, TAIL)) == [LEAD, BODY, line, TAIL]


@pytest.mark.parametrize("line", [
    "Please enter a valid email address.", "Introduce un email válido", "Veuillez saisir une adresse email valide",
    "Invalid email address", "30 Tage kostenlos testen", "Try it free for 30 days", "1€ al mese per 3 mesi",
    "$1 a week for 6 months", "Sostienici ora",
])
def test_a_forms_email_prompt_a_free_trial_a_price_alone_and_a_support_button_go(line: str) -> None:
    assert kept(run(LEAD, BODY, line, TAIL)) == [LEAD, BODY, TAIL]


@pytest.mark.parametrize("box", [
    ("Get full access for just $2.99 a month", "See offers"),
    ("1€ al mese per 3 mesi", "Attiva Ora"),
    ("Checkpoint, der Newsletter für Berlin", "Bitte geben Sie Ihre E-Mail-Adresse ein.", "Kostenlos bestellen"),
])
def test_a_boxs_button_and_heading_go_with_the_line_a_rule_took(box: tuple[str, ...]) -> None:
    assert kept(run(LEAD, BODY, *box, TAIL)) == [LEAD, BODY, TAIL]


def test_a_button_word_under_a_story_paragraph_or_a_price_in_a_sentence_stays() -> None:
    for line in ("Continue", "Tickets cost $40 a year, the club said.",
                 "30 days free of charge were granted to the tenants."):
        assert kept(run(LEAD, BODY, line, TAIL)) == [LEAD, BODY, line, TAIL], line


@pytest.mark.parametrize("badge", ["CONTENIDO EXCLUSIVO", "L'accès à la totalité de l'article est protégé"])
def test_a_paid_articles_badge_and_lock_go(badge: str) -> None:
    assert kept(run(LEAD, BODY, badge, TAIL)) == [LEAD, BODY, TAIL]
    line = "El contenido exclusivo del acuerdo se conocerá el lunes, dijo el ministro."
    assert kept(run(LEAD, BODY, line, TAIL)) == [LEAD, BODY, line, TAIL]
