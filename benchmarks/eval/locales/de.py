"""German-language page furniture; template fields are listed in ``benchmarks.eval.locales``."""

VOCAB: dict[str, list] = {
    "sites": [
        "SPIEGEL", "ZEIT ONLINE", "Süddeutsche Zeitung", "FAZ.NET", "tagesschau.de", "n-tv.de", "t-online",
    ],
    "sections": ["Politik", "Wirtschaft", "Ausland", "Sport", "Kultur", "Digital", "Panorama"],
    "home": ["Startseite"],
    "names": [
        "Anna Schmidt", "Jan Weber", "Katrin Hoffmann", "Markus Becker", "Lena Fischer", "Tobias Krüger",
        "Sabine Wolf",
    ],
    "and": " und ",
    "cities": ["BERLIN", "FRANKFURT", "MÜNCHEN", "HAMBURG", "WIEN", "ZÜRICH", "BRÜSSEL"],
    "months": [
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
        "November", "Dezember",
    ],
    "mons": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "datelines": [
        ("dpa", "{CITY} (dpa) -"), ("dpa", "{City} (dpa) -"), ("AFP", "{City} (AFP) -"),
        ("Reuters", "{City} (Reuters) -"), ("dpa", "{City} (dpa) –"),
    ],
    "provided": ["Quelle: {agency}", "mit Material von {agency}"],
    "bylines": [
        "Von {a}", "Von {a}{and}{b}", "{a}, {agency}", "Von {A}", "Von {a}, {b}{and}{c}",
        "Ein Artikel von {a}", "{a} | {site}", "Von {a} und {b}, {agency}", "{a} / {site}",
        "Von {A}, {City}", "Eine Analyse von {a}", "Von {a}, {City}", "{A} | {agency}",
    ],
    "role": ["Korrespondentin in Brüssel", "Wirtschaftsredakteur", "Redakteurin"],
    "stamps": [
        "Veröffentlicht am {d:02d}.{m:02d}.{y} um {HH}:{MM} Uhr",
        "Aktualisiert am {d}. {month} {y}, {HH}:{MM} Uhr", "Stand: {d:02d}.{m:02d}.{y} {HH}:{MM} Uhr",
        "{d}. {month} {y}, {HH}:{MM} Uhr", "Zuletzt aktualisiert vor {n} Stunden", "vor {n} Stunden",
        "vor {n} Min.", "Aktualisiert vor {n} Stunden", "{dow}, {d:02d}.{m:02d}.{y}, {HH}.{MM} Uhr",
        "Erstellt: {d:02d}.{m:02d}.{y}, {HH}:{MM} Uhr",
    ],
    "read": ["Lesezeit: {n} Min.", "{n} Min. Lesedauer", "Lesedauer: ca. {n} Minuten", "{n} Min"],
    "share": [
        "Teilen", "Artikel teilen", "Merken", "Link kopiert", "Artikel verschenken", "Drucken",
        "Auf Facebook teilen", "Auf X teilen", "Per Mail teilen", "Per WhatsApp teilen", "Kommentieren",
        "Artikel merken",
    ],
    "audio": [
        "Artikel anhören", "Vorlesen", "Audio-Version dieses Artikels", "Artikel anhören ({n}:12 Min.)",
    ],
    "subjects": [
        "Blick auf die Skyline am Abend", "Händler an der Frankfurter Börse", "Abgeordnete im Bundestag",
        "Demonstranten ziehen durch die Innenstadt", "Polizisten sichern das Gebäude", "Blick auf den Hafen",
        "Reisende am Bahnhof",
    ],
    "captions": [
        "{S}. Foto: {a}/dpa", "{S} (Archivbild). Foto: dpa", "{S}. Bild: Keystone", "{S}. © {agency}",
    ],
    "credits": ["Foto: dpa", "Bild: Keystone", "© {a}/dpa", "Foto: picture alliance/dpa"],
    "teasers": [
        "Lesen Sie auch:", "Mehr zum Thema:", "Auch interessant:", "LESEN SIE AUCH", "Zum Thema:",
        "Mehr dazu:", "Lesen Sie mehr:", "Empfehlung der Redaktion",
    ],
    "ads": ["Anzeige", "ANZEIGE", "Werbung", "Weiter nach der Anzeige"],
    "newsletter": [
        "Newsletter abonnieren",
        "Jetzt anmelden und die wichtigsten Nachrichten des Tages per E-Mail erhalten.",
        "Hier können Sie unseren Newsletter bestellen.",
    ],
    "paywall": ["Dieser Artikel ist nur für Abonnenten verfügbar.", "Jetzt weiterlesen mit SZ Plus"],
    "embeds": [
        "pic.twitter.com/{code}", "— {a} (@{handle}) {d}. {month} {y}",
        "Inhalte von X werden erst nach Ihrer Zustimmung angezeigt.", "Externer Inhalt",
    ],
    "copyright": [
        "© dpa-infocom, dpa:{y}0{m}0{d}-99-1234{n}/3", "© {site} {y}", "Alle Rechte vorbehalten.",
        "Copyright © {y} {site}", "© {site} GmbH - Alle Rechte vorbehalten",
    ],
    "tails": [
        "(Bericht von {a}, redigiert von {b})", "(dpa/AFP)", "mit Material von dpa und AFP", "{A}/dpa",
        "/{x}/DP/{z}", "dpa-AFX", "© dpa-infocom, dpa:{y}0{m}0{d}-99-9{n}1/2",
    ],
    "contact": ["Kontakt: {email}", "Hinweise an {email}"],
    "corrections": [
        (
            "Korrektur: In einer früheren Version dieses Artikels hieß es fälschlich, die Abstimmung "
            "finde morgen statt."
        ),
        "Aktualisiert um {HH}:{MM} Uhr mit weiteren Details.",
    ],
    "tags": ["Schlagwörter: {t}", "Themen: {t}", "Mehr zu: {t}"],
    "tag_label": ["Schlagwörter", "Themen", "Mehr zum Thema"],
    "tag_words": [
        "Wirtschaft", "Bundestag", "Inflation", "Europäische Union", "Fußball", "Energie", "Bundesregierung",
        "Handel", "Technologie", "Verkehr",
    ],
    "related": [
        "Neueste Artikel", "Meistgelesen", "Das könnte Sie auch interessieren", "Mehr aus dem Ressort",
        "Mehr zum Thema", "Top-Themen", "Weitere Nachrichten",
    ],
    "headlines": [
        "Bahn kündigt neue Fahrpreise für das kommende Jahr an", "Sturm legt Fährverkehr an der Küste lahm",
        "Museum gibt geraubte Bronzefiguren zurück", "Chiphersteller senkt Prognose, Aktie bricht ein",
        "Stadt beschließt neue Radwege", "Hitzewelle: Gemeinden schränken Wasserverbrauch ein",
        "Sturm: Tausende Haushalte ohne Strom", "EZB lässt Leitzins unverändert",
        "Autobauer ruft 80.000 Fahrzeuge zurück", "Arbeitslosigkeit sinkt im dritten Monat in Folge",
        "Besucherrekord im Museum", "Nationalelf bereitet sich auf Testspiel vor",
    ],
    "comments": ["Kommentare", "Diskutieren Sie mit", "{n} Kommentare", "Kommentarfunktion geschlossen"],
    "follow": [
        "Folgen Sie uns auf X @{handle}", "Jetzt unseren WhatsApp-Kanal abonnieren",
        "Folgen Sie {site} auf Google News",
    ],
    "consent": [
        "Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.", "Alle akzeptieren",
        "Einstellungen verwalten", "Zustimmen und weiter",
    ],
    "gallery": ["Bild 1 von {n}", "1/{n}", "Bildergalerie: {n} Bilder"],
    "video": ["Video: Die Bilder des Tages", "Video abspielen", "Dauer: 02:1{n} Min."],
    "rules": ["___", "* * *", "—", "(Ende)", "dpa-Notizblock"],
    "bio": ["{a} ist Korrespondentin in {City}.", "{a} ist Redakteur im Ressort Wirtschaft von {site}."],
}
