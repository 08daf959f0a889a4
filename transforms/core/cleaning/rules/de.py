"""German: dpa and other wires' datelines; "Schlagwörter", "Lesen Sie auch", paywall notices, stamps, credits."""
from __future__ import annotations

from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.rules.shapes import PLATFORMS, credit, label, latin_credit, line

L = "de"
_MONAT = r"(?i:(?:Jan|Feb|März|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)[a-zä]{0,6})\.?"
_DATUM = rf"(?:\d{{1,2}}\.\d{{1,2}}\.(?:\d{{2,4}})?|\d{{1,2}}\. {_MONAT}(?: \d{{4}})?)"
_ZEIT = r"\d{1,2}[:.]\d{2}(?: Uhr)?"

RULES: tuple[Rule, ...] = (
    credit(
        "dpa_credit", L, "dpa",
        # dpa credits name the regional desk after a slash: "(dpa/lby)", "(dpa-AFX)".
        latin_credit(r"dpa(?:[/-][\w]{1,6}){0,2}"),
        "Berlin (dpa) - Die Bundesregierung will die Förderung für Wärmepumpen neu regeln.",
        "Nach Angaben der dpa will die Bundesregierung die Förderung für Wärmepumpen neu regeln.",
    ),
    credit(
        "afp_de_credit", L, "AFP", latin_credit(r"AFP"),
        "Paris (AFP) - Frankreichs Regierung hat ein neues Sparpaket vorgelegt.",
        "Wie AFP berichtet, hat Frankreichs Regierung ein neues Sparpaket vorgelegt.",
    ),
    credit(
        "reuters_de_credit", L, "Reuters", latin_credit(r"Reuters"),
        "Frankfurt am Main (Reuters) - Die Europäische Zentralbank hält die Zinsen stabil.",
        "Von Reuters befragte Ökonomen erwarten, dass die Europäische Zentralbank die Zinsen stabil hält.",
    ),
    credit(
        "apa_credit", L, "APA", latin_credit(r"APA"),
        "Wien (APA) - Die Inflation in Österreich ist im Februar auf 4,3 Prozent gesunken.",
        "Laut einer APA-Umfrage ist die Inflation in Österreich im Februar auf 4,3 Prozent gesunken.",
    ),
    label(
        "tags_de", L, "list_label",
        r"(?:Schlagwörter|Schlagworte|Themen|Mehr zum Thema|Mehr zu|Tags|Stichwörter|Stichworte)(?: ?:)?",
        "Schlagwörter", "Themen wie Migration und Wohnungsbau prägten den Wahlkampf in Sachsen.", zone="tail",
    ),
    label(
        "teaser_de", L, "teaser_label",
        r"(?i:lesen sie auch|lesen sie mehr(?: zum thema| dazu)?|auch interessant|das könnte sie auch interessieren|mehr dazu"
        r"|weiterlesen|mehr zum thema|zum thema|empfehlung der redaktion|passend dazu|empfehlungen der redaktion"
        r"|auch lesenswert|lesenswert|lesen sie dazu|lesen sie hier|nicht verpassen|ebenfalls interessant)(?: ?:)?",
        "Lesen Sie auch", "Lesen Sie auch die Stellungnahme des Ministeriums, forderte die Opposition am Montag.",
        version=2,
    ),
    line(
        "paywall_de", L,
        r"(?:Dieser Artikel|Dieser Inhalt|Der Artikel|Dieser Beitrag) ist (?:nur|exklusiv) für "
        r"(?:Abonnenten|Abonnentinnen und Abonnenten|Abonnent\*innen|Abonnent:innen|Digital-Abonnenten)"
        r"(?: (?:verfügbar|sichtbar|zugänglich|lesbar))?\.?"
        # The paid product's mark, and its button when the page joined them: "Dieser Artikel ist Teil von ZEIT
        # ONLINE Z+ Jetzt testen".
        r"|(?:Dieser Artikel|Dieser Inhalt|Dieser Beitrag) (?:ist Teil von|gehört zu) [^\n.]{1,30}\+"
        r"(?: (?:Jetzt (?:weiterlesen|abonnieren|testen|lesen)|Weiterlesen mit)[^\n]{0,60})?"
        r"|(?:Jetzt (?:weiterlesen|abonnieren|testen)|Weiterlesen mit)[^\n]{0,120}"
        # Reading on with the paid product named: "Lesen Sie jetzt weiter mit SZ Plus", "Mit F+ weiterlesen".
        r"|Lesen Sie (?:jetzt )?weiter mit [^\n.]{1,30}|Mit [^\n.]{1,20} weiterlesen",
        "Dieser Artikel ist nur für Abonnenten verfügbar.",
        "Der Zugang zum Parkhaus ist nur für Abonnenten der Verkehrsbetriebe frei, sagte ein Sprecher.",
    ),
    line(
        "stamp_de", L,
        rf"(?:(?i:aktualisiert|veröffentlicht|zuletzt aktualisiert|erschienen)(?: am)?:? {_DATUM}"
        rf"(?:,? (?:um )?{_ZEIT})?|Stand: {_DATUM}(?:,? {_ZEIT})?)\.?",
        "Aktualisiert am 04.03.2024, 10:20 Uhr",
        "Veröffentlicht am 4. März 2024 wurde der Bericht von der Opposition scharf kritisiert.",
    ),
    # A broadcaster's note of when its programme carried the story (ARD's tagesschau, Deutschlandfunk): "Dieses
    # Thema im Programm: Das Erste | tagesschau | 22.05.2024 | 20:00 Uhr", "Über dieses Thema berichtete
    # Deutschlandfunk am 22. Mai 2024 um 08:00 Uhr in den Nachrichten." A story's sentence about a report has no
    # programme's clock.
    line(
        "broadcast_note_de", L,
        rf"Dieses Thema im Programm: [^\n]{{1,40}}(?: ?[|,] ?[^\n|,]{{1,40}}){{0,2}}[|,] ?(?:am )?{_DATUM}"
        rf"(?: ?[|,]? (?:um )?{_ZEIT})?"
        rf"|Über dieses Thema berichtete(?:n)? [^\n]{{1,60}} am {_DATUM}(?: \d{{4}})? um {_ZEIT}(?: [^\n.]{{1,60}})?\.?",
        "Dieses Thema im Programm: Das Erste | tagesschau | 22.04.2022 | 8:51 Uhr",
        "Über dieses Thema berichtete die Zeitung bereits im März ausführlich, sagte der Minister.",
        zone="below_head",
    ),
    line(
        "copyright_de", L,
        r"© ?dpa-infocom, dpa:\d{6}-\d{2,3}-\d{1,6}/\d{1,3}"
        r"|(?:©|\([cC]\)|Copyright)[^\n]{0,120}?(?i:alle rechte vorbehalten)\.?|(?i:alle rechte vorbehalten)\.?"
        r"|© (?:dpa|AFP|Reuters|APA|[\w.\-]{2,30})(?: \d{4})?(?:, [\w.\-]{2,20}){0,2}"
        # "Nachdruck nur mit Genehmigung des Verlags.", "Vervielfältigung verboten."
        r"|(?i:(?:nachdruck|vervielfältigung|weiterverbreitung|weiterverwendung)(?: (?:und|oder) \w{3,20})?"
        r" (?:nur mit (?:(?:vorheriger |schriftlicher |ausdrücklicher ){0,2})genehmigung|(?:ist )?(?:verboten|untersagt)))"
        r"[^\n,]{0,60}",
        "© dpa-infocom, dpa:240304-99-12345/3",
        "Der Verlag behält sich alle Rechte vorbehaltlich einer Einigung vor, sagte die Sprecherin.",
        zone="tail", version=2,
    ),
    line(
        "share_de", L,
        r"(?i:teilen|artikel teilen|beitrag teilen|auf (?:facebook|x|twitter|whatsapp) teilen|link kopieren"
        r"|folgen sie uns auf (?:facebook|x|twitter|instagram|whatsapp|google news|threads)|drucken|e-mail)"
        r"(?: ?[|·•] ?(?i:teilen|facebook|twitter|whatsapp|e-mail|drucken|link kopieren)){0,6}",
        "Folgen Sie uns auf WhatsApp",
        "Teilen wollen die Erben das Grundstück nicht, heißt es in der Klageschrift.",
    ),
    line(
        "photo_credit_de", L,
        r"(?:Foto|Fotos|Bild|Bildquelle|Quelle|Archivbild|Symbolbild)(?: ?:| ?©) ?[^\n]{1,80}",
        "Foto: Kay Nietfeld/dpa",
        "Foto für Foto dokumentiert der Band den Wiederaufbau der Stadt nach 1945.",
    ),
    # Anzeigen, Video- und Embed-Platzhalter, Kommentarzähler, Abo- und Cookie-Knöpfe.
    line(
        "widgets_de", L,
        r"(?i:anzeige|werbung|weiter nach der anzeige|(?:der )?artikel (?:wird )?(?:geht )?(?:unter"
        r"|nach) der anzeige (?:weiter|fortgesetzt)|gesponsert(?:er inhalt)?|nächstes video"
        r"|video (?:abspielen|ansehen)|dauer: ?\d{1,2}:\d{2}(?: min\.?)?|externer inhalt"
        r"|beitrag auf (?:instagram|x|facebook) ansehen|\d{1,5} kommentare?|kommentare (?:anzeigen"
        r"|einblenden|ausblenden)|newsletter abonnieren|jetzt (?:kostenlos )?(?:anmelden|abonnieren)"
        r"|alle akzeptieren|alle ablehnen|einstellungen verwalten|cookie-einstellungen"
        # A player that did not load, or waits for consent: "Dieses Video ist leider nicht mehr verfügbar."
        r"|(?:dieses|das) video ist (?:leider )?(?:nicht mehr|derzeit nicht|nicht) verfügbar\.?"
        r"|wir benötigen ihre zustimmung, um den video-inhalt zu laden\.?)",
        "Weiter nach der Anzeige",
        "Die Anzeige wurde nach Protesten zurückgezogen, sagte ein Sprecher.",
        version=2,
    ),
    # Newsletter-, Paywall-, Cookie- und Embed-Hinweise als Satz an den Leser.
    line(
        "prompts_de", L,
        r"(?i:der newsletter am (?:morgen|abend|mittag)(?:: .{1,40})?"
        r"|jetzt anmelden und .{1,50} per e-?mail erhalten\.?"
        r"|inhalte von .{1,20} werden erst nach ihrer zustimmung angezeigt\.?|(?:dieser"
        r"|der) artikel ist (?:nur )?für abonnenten.{0,30}|bereits abonnent\? ?(?:hier )?(?:einloggen"
        r"|anmelden)\.?|wir verwenden cookies.{0,70}"
        # The paper's app, and what the reader gains by it: "Laden Sie die tagesschau.de-App herunter und
        # verpassen Sie keine Eilmeldung." A sentence of the story's about an app goes on past its verb.
        r"|laden sie (?:sich )?(?:jetzt )?(?:kostenlos )?(?:die|unsere) [\w.-]{1,30}[- ]app herunter"
        r"(?:[.!:]| und (?:verpassen|erhalten|bleiben) sie [^\n]{1,80}))",
        "Der Newsletter am Morgen: kostenlos abonnieren",
        "Der Newsletter des Ministeriums erreicht nach eigenen Angaben rund 40.000 Leser.",
    ),
    # Autorenzeile am Ende: ein Name, dann Rolle oder Ressort.
    line(
        "bio_de", L,
        r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]{1,20}(?: [A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]{1,20}){1,3} |(?:Sie|Er) (?=ist ))(?:ist (?:[\w-]{1,20} ){0,3}(?:Redakteur(?:in)?"
        r"|Korrespondent(?:in)?|Journalist(?:in)?|Reporter(?:in)?|Autor(?:in)?"
        r"|Ressortleiter(?:in)?)\b.{0,80}|(?:berichtet|schreibt) (?:aus|über|für) .{1,80})"
        r"(?:\. (?:Sie|Er) (?:arbeitete|war zuvor|hat (?:zuvor |vorher )?(?:für|bei|als)|lebt|studierte)\b.{1,150})?",
        "Sabine Wolf ist Korrespondentin in Zürich.",
        "Markus Becker ist seit 2019 Bürgermeister der Stadt und will erneut kandidieren.",
        zone="tail",
    ),
    # Korrektur- und Aktualisierungshinweise.
    line(
        "update_de", L,
        r"(?:Korrektur|Anmerkung der Redaktion|Transparenzhinweis) ?: .{1,100}|(?i:dieser (?:artikel"
        r"|text|beitrag) wurde (?:aktualisiert|korrigiert|ergänzt)).{0,60}"
        r"|(?i:der artikel wird (?:laufend )?aktualisiert)\.?",
        "Korrektur: In einer früheren Version dieses Artikels hieß es fälschlich, die Abstimmung finde morgen statt.",
        "Die Korrektur der Prognose kam für viele Analysten überraschend, sagte der Sprecher.",
    ),
    # Bildunterschrift mit Rechtevermerk am Ende: "... . © dpa".
    line(
        "caption_de", L,
        r"(?=[^\n]{1,90}©)[A-ZÄÖÜ][^\n©]{0,89}[.,] ?© ?[\w .&/-]{1,30}",
        "Blick auf die Skyline am Abend. © dpa",
        "Die Skyline am Abend gilt als Wahrzeichen der Stadt, sagte der Bürgermeister.",
    ),
    # Kommentare geschlossen und Video- oder Liveblog-Etiketten über einer Schlagzeile.
    line(
        "comments_closed_de", L,
        r"(?i:(?:die )?kommentar(?:funktion|e|bereich) (?:ist|sind|wurde|wurden) (?:geschlossen|deaktiviert))\.?",
        "Die Kommentarfunktion ist geschlossen.",
        "Die Kommentare sind geschlossen worden, nachdem es Drohungen gab, sagte der Chefredakteur.",
    ),
    # A live blog's closing line, and where it sends the reader next.
    line(
        "live_ended_de", L,
        r"(?i:(?:dieser|der) (?:liveblog|live-?ticker|newsblog) (?:ist|wurde) (?:beendet|geschlossen)"
        r"|(?:liveblog|live-?ticker) beendet)"
        r"\.?(?: [^\n]{0,160}\bhier\.?)?",
        "Dieser Liveblog ist beendet. Alle weiteren Entwicklungen lesen Sie hier.",
        "Der Liveblog ist beendet worden, nachdem die Redaktion Drohungen erhalten hatte, sagte der Chefredakteur.",
    ),
    label(
        "media_de", L, "teaser_label",
        r"(?i:video|audio|podcast|bildergalerie|fotostrecke|liveblog|live-ticker|liveticker) ?[:|]",
        "Video:", "Videoaufnahmen zeigen, wie die Polizei die Demonstranten zurückdrängt.",
    ),
    # Instagram's caption under an embedded post: "shared by" and the account.
    line(
        "embed_de", L, r"(?:Ein Beitrag geteilt von) [^()\n]{1,60} \(@\w{1,30}\)",
        "Ein Beitrag geteilt von Stefan Müller (@stefanmueller)",
        "Ein Beitrag geteilt von der Bürgermeisterin (@buergermeisterin) sorgte für Streit, sagte ihr Sprecher.",
    ),
    # Players loading, read-aloud buttons and embedded posts' placeholders.
    line(
        "loading_de", L, r"(?i:(?:player|video|inhalt) (?:wird )?geladen|lädt|wird geladen)(?:\.{3}|…)?|(?i:inhalt(?:e)? laden)",
        "Video wird geladen...",
        "Der Inhalt wird geladen und geprüft, bevor die Behörde entscheidet, sagte der Sprecher.",
    ),
    line(
        "listen_de", L, r"(?i:(?:artikel|beitrag) (?:anhören|vorlesen lassen)|(?:diesen )?artikel anhören)",
        "Artikel anhören",
        "Den Artikel anhören konnten die Abgeordneten erst nach der Sitzung, sagte die Sprecherin.",
    ),
    line(
        "embed_placeholder_de", L, r"(?i:diesen beitrag auf instagram ansehen|dieser inhalt (?:von [\w .]{1,30} )?wird (?:erst )?nach ihrer zustimmung angezeigt"
        # "Instagram-Post anzeigen", "Twitter-Inhalt laden", "Um diesen Inhalt anzuzeigen, müssen Sie der
        # Datenverarbeitung zustimmen": the card's button and its consent note.
        rf"|{PLATFORMS}[- ](?:post|beitrag|inhalt|video|tweet)s? (?:anzeigen|laden|ansehen)"
        r"|um diese[nrs]? (?:inhalt|beitrag|post|video|tweet)[^\n.]{0,40} (?:anzuzeigen|anzusehen|zu laden)[^\n]{0,160})\.?",
        "Dieser Inhalt von X wird erst nach Ihrer Zustimmung angezeigt.",
        "Dieser Inhalt wurde erst nach Zustimmung des Gerichts veröffentlicht, sagte die Anwältin.",
    ),
    # The consent gate round an embedded post or player ("X-Beitrag überspringen", "Ende des X-Beitrags",
    # "Empfohlener externer Inhalt", "Inhalte von X zulassen?", "Akzeptieren und weiter").
    line(
        "embed_gate_de", L,
        rf"(?i:{PLATFORMS}[- ](?:beitrag|inhalt|post|video) überspringen|ende des {PLATFORMS}[- ](?:beitrags?"
        rf"|inhalts?|posts?|videos?)|(?:{PLATFORMS}[- ]inhalte?|inhalte? von {PLATFORMS}) (?:zulassen|erlauben)\??"
        r"|empfohlener externer inhalt|externer inhalt|akzeptieren und (?:fortfahren|weiter)"
        # The gate's notice in the site's words: "Empfohlener Social-Media-Inhalt", "An dieser Stelle finden Sie
        # einen externen Inhalt von X, der den Artikel ergänzt."
        rf"|empfohlener (?:social-media-|redaktioneller )?inhalt|an dieser stelle finden sie (?:einen )?externen inhalt"
        rf"(?: von {PLATFORMS})?(?:, der den artikel ergänzt)?\.?)",
        "Empfohlener externer Inhalt",
        "Externer Inhalt wurde auf der Seite nicht geladen, sagte der Sprecher der Behörde.",
        version=2,
    ),
    # The label over a box of other stories' headlines (most read, latest, related): a teaser label, the box
    # under it is taken by shape (transforms.core.cleaning.shaped).
    label(
        "more_news_de", L, "teaser_label",
        r"(?i:meistgelesen(?:e artikel)?|neueste artikel|top-themen|weitere artikel"
        r"|das könnte sie auch interessieren|aktuelle nachrichten|verwandte artikel|ähnliche artikel"
        r"|mehr zum thema|auch interessant|lesen sie auch)(?: ?:)?",
        "Meistgelesen", "Meistgelesen wurde der Bericht in Bayern, sagte die Sprecherin.",
        zone="below_head", version=2,
    ),
)
