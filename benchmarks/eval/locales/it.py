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
    "provided": ["Fonte: {agency}", "Fonte: agenzie", "(con {agency})"],
    "bylines": [
        "di {a}", "di {a}{and}{b}", "{a} | {agency}", "di {A}", "{a}, {site}", "di {a} e {b}",
        "{A} | {site}", "dal nostro inviato {a}",
    ],
    "role": ["Inviato", "Corrispondente da Bruxelles", "Redazione Esteri"],
    "stamps": [
        "Pubblicato il {d} {month} {y} alle {HH}:{MM}", "Aggiornato il {d:02d}/{m:02d}/{y} ore {HH}:{MM}",
        "{d} {month} {y} | {HH}:{MM}", "Ultimo aggiornamento: {d:02d}/{m:02d}/{y} {HH}:{MM}", "{n} ore fa",
        "{n} minuti fa", "{d:02d} {month} {y} {HH}:{MM}", "Pubblicato: {d:02d}/{m:02d}/{y} {HH}:{MM}",
    ],
    "read": ["Tempo di lettura: {n} minuti", "Lettura {n} min", "{n} minuti di lettura", "Lettura: {n} min"],
    "share": [
        "Condividi", "Salva", "Copia link", "Condividi su Facebook", "Regala l'articolo",
        "Condividi su WhatsApp", "Commenta", "Invia per email",
    ],
    "audio": ["Ascolta l'articolo", "Ascolta la notizia", "Ascolta ({n} min)", "Ascolta la versione audio"],
    "subjects": [
        "Veduta della città al tramonto", "Deputati in aula alla Camera", "Manifestanti in piazza",
        "Tifosi prima della partita", "Veduta del porto", "Viaggiatori in stazione",
    ],
    "captions": [
        "{S}. ANSA/{A}", "{S} (foto d'archivio)", "{S}. Foto: {agency}", "{S} (foto Ansa)",
        "{S}. Foto LaPresse",
    ],
    "credits": ["Foto: ANSA", "ANSA/{A}", "Foto: Getty Images", "Foto LaPresse", "Foto Imagoeconomica"],
    "teasers": [
        "Leggi anche:", "LEGGI ANCHE", "Potrebbe interessarti:", "Approfondisci:", "LEGGI ANCHE:",
        "Leggi di più:", "Correlati:",
    ],
    "ads": ["Pubblicità", "PUBBLICITÀ", "Contenuto sponsorizzato", "Annuncio"],
    "newsletter": [
        "Iscriviti alla newsletter", "Ricevi ogni mattina le notizie più importanti.", "Iscriviti",
        "Le notizie più importanti, ogni mattina nella tua email.",
    ],
    "paywall": [
        "Questo articolo è riservato agli abbonati.", "Sei già abbonato? Accedi",
        "Abbonati per continuare a leggere",
    ],
    "embeds": [
        "pic.twitter.com/{code}", "— {a} (@{handle}) {d} {month} {y}", "Visualizza questo post su Instagram",
        "Contenuto esterno",
    ],
    "copyright": [
        "RIPRODUZIONE RISERVATA © Copyright ANSA", "© Riproduzione riservata", "© {y} {site}",
        "© Copyright {y} {site} - Tutti i diritti riservati",
    ],
    "tails": ["(Tradotto da {a}, editing {b})", "(ANSA).", "Con {agency}", "(ANSA-AFP).", "{x}/{z}"],
    "contact": ["Contatti: {email}", "Scrivi alla redazione: {email}"],
    "corrections": [
        "Rettifica: in una precedente versione dell'articolo la data del voto era errata.",
        "Articolo aggiornato alle {HH}:{MM}.", "Aggiornamento: aggiunta la reazione del governo.",
    ],
    "tags": ["Argomenti: {t}", "Tag: {t}", "Temi: {t}", "Leggi anche su: {t}"],
    "tag_label": ["Argomenti", "Tag", "Temi"],
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
    "comments": ["Commenti", "Lascia un commento", "{n} commenti", "Commenta la notizia"],
    "follow": [
        "Seguici su Instagram @{handle}", "Segui il canale WhatsApp", "Segui {site} su Google News",
        "Seguici su Telegram",
    ],
    "consent": [
        "Questo sito utilizza cookie per migliorare la tua esperienza.", "Accetta tutti",
        "Gestisci le preferenze", "Rifiuta",
    ],
    "gallery": ["1 di {n}", "Foto 1 di {n}", "Fotogallery: {n} immagini", "Vai alla gallery"],
    "video": ["Video: le immagini", "Guarda il video", "Durata: 02:1{n}", "Video successivo"],
    "rules": ["___", "* * *", "(FINE)", "—"],
    "bio": [
        "{a} è corrispondente da {City} per {site}.", "{a} è giornalista economico.",
        "{a} scrive di politica ed economia.",
    ],
}
