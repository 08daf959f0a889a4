"""Italian-language page furniture; template fields are listed in ``benchmarks.eval.locales``."""

VOCAB: dict[str, list] = {
    "sites": ["Corriere della Sera", "la Repubblica", "Il Sole 24 Ore", "La Stampa", "Sky TG24", "ANSA.it"],
    "sections": ["Esteri", "Economia", "Politica", "Sport", "Cultura", "Tecnologia", "Cronaca"],
    "home": ["Home"],
    "names": ["Marco Rossi", "Giulia Bianchi", "Luca Ferrari", "Francesca Romano", "Alessandro Greco"],
    "and": " e ",
    "cities": ["ROMA", "MILANO", "NAPOLI", "TORINO", "BRUXELLES"],
    "months": [
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
        "ottobre", "novembre", "dicembre",
    ],
    "mons": ["GEN", "FEB", "MAR", "APR", "MAG", "GIU", "LUG", "AGO", "SET", "OTT", "NOV", "DIC"],
    "datelines": [
        ("ANSA", "(ANSA) - {CITY}, {d:02d} {mon} -"), ("ANSA", "{CITY}, {d:02d} {mon} (ANSA) -"),
        ("AFP", "{City} (AFP) -"), ("Reuters", "{CITY}, {d} {month} (Reuters) -"),
    ],
    "provided": ["Fonte: {agency}"],
    "bylines": [
        "di {a}", "di {a}{and}{b}", "{a} | {agency}", "di {A}", "{a}, {site}", "di {a} e {b}",
        "{A} | {site}", "dal nostro inviato {a}",
    ],
    "role": ["Inviato", "Corrispondente da Bruxelles"],
    "stamps": [
        "Pubblicato il {d} {month} {y} alle {HH}:{MM}", "Aggiornato il {d:02d}/{m:02d}/{y} ore {HH}:{MM}",
        "{d} {month} {y} | {HH}:{MM}", "Ultimo aggiornamento: {d:02d}/{m:02d}/{y} {HH}:{MM}", "{n} ore fa",
        "{n} minuti fa", "{d:02d} {month} {y} {HH}:{MM}", "Pubblicato: {d:02d}/{m:02d}/{y} {HH}:{MM}",
    ],
    "read": ["Tempo di lettura: {n} minuti", "Lettura {n} min", "{n} minuti di lettura"],
    "share": [
        "Condividi", "Salva", "Copia link", "Condividi su Facebook", "Regala l'articolo",
        "Condividi su WhatsApp", "Commenta", "Invia per email",
    ],
    "audio": ["Ascolta l'articolo", "Ascolta la notizia", "Ascolta ({n} min)"],
    "subjects": [
        "Veduta della città al tramonto", "Deputati in aula alla Camera", "Manifestanti in piazza",
        "Tifosi prima della partita", "Veduta del porto", "Viaggiatori in stazione",
    ],
    "captions": ["{S}. ANSA/{A}", "{S} (foto d'archivio)", "{S}. Foto: {agency}"],
    "credits": ["Foto: ANSA", "ANSA/{A}", "Foto: Getty Images"],
    "teasers": [
        "Leggi anche:", "LEGGI ANCHE", "Potrebbe interessarti:", "Approfondisci:", "LEGGI ANCHE:",
        "Leggi di più:", "Correlati:",
    ],
    "ads": ["Pubblicità", "PUBBLICITÀ", "Contenuto sponsorizzato"],
    "newsletter": ["Iscriviti alla newsletter", "Ricevi ogni mattina le notizie più importanti."],
    "paywall": ["Questo articolo è riservato agli abbonati.", "Sei già abbonato? Accedi"],
    "embeds": [
        "pic.twitter.com/{code}", "— {a} (@{handle}) {d} {month} {y}", "Visualizza questo post su Instagram",
    ],
    "copyright": ["RIPRODUZIONE RISERVATA © Copyright ANSA", "© Riproduzione riservata", "© {y} {site}"],
    "tails": ["(Tradotto da {a}, editing {b})", "(ANSA).", "Con {agency}", "(ANSA-AFP).", "{x}/{z}"],
    "contact": ["Contatti: {email}"],
    "corrections": [
        "Rettifica: in una precedente versione dell'articolo la data del voto era errata.",
        "Articolo aggiornato alle {HH}:{MM}.",
    ],
    "tags": ["Argomenti: {t}", "Tag: {t}"],
    "tag_label": ["Argomenti", "Tag"],
    "tag_words": [
        "Economia", "Elezioni", "Inflazione", "Calcio", "Energia", "Governo", "Commercio", "Tecnologia",
        "Trasporti",
    ],
    "related": [
        "Ultime notizie", "I più letti", "Potrebbe interessarti anche", "Altre notizie", "Più letti",
        "In evidenza", "Ti potrebbe interessare",
    ],
    "headlines": [
        "Sciopero dei treni, disagi in tutta Italia", "Maltempo, sospesi i collegamenti con le isole",
        "Il museo restituisce due statue trafugate", "Il Comune approva nuove piste ciclabili",
        "Caldo record, razionata l'acqua in alcuni comuni", "Maltempo, migliaia di case senza luce",
        "La Bce lascia i tassi invariati", "Casa automobilistica richiama 80mila veicoli",
        "Disoccupazione in calo per il terzo mese", "Record di visitatori al museo",
        "La Nazionale prepara l'amichevole",
    ],
    "comments": ["Commenti", "Lascia un commento", "{n} commenti"],
    "follow": ["Seguici su Instagram @{handle}", "Segui il canale WhatsApp", "Segui {site} su Google News"],
    "consent": [
        "Questo sito utilizza cookie per migliorare la tua esperienza.", "Accetta tutti",
        "Gestisci le preferenze",
    ],
    "gallery": ["1 di {n}", "Foto 1 di {n}", "Fotogallery: {n} immagini"],
    "video": ["Video: le immagini", "Guarda il video", "Durata: 02:1{n}"],
    "rules": ["___", "* * *", "(FINE)"],
    "bio": ["{a} è corrispondente da {City} per {site}.", "{a} è giornalista economico."],
}
