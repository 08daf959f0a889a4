"""Italian: ANSA, Adnkronos, AGI credits; tags, "Leggi anche", subscriber notices, stamps, credits."""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.rules.shapes import PLATFORMS, LATIN_PLACE, SEP, credit, label, latin_credit, line

L = "it"
_MESE = r"(?i:(?:gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic)[a-z]{0,6})\.?"
_DATA = rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}} {_MESE}(?: \d{{4}})?)"
_ORA = r"\d{1,2}[:.]\d{2}"


def _credit_first(agency: str) -> re.Pattern[str]:
    # "(Adnkronos) - ", "(AGI) - Roma, 4 mar. - ", or the dateline first: "Roma, 4 mar. (Adnkronos) - ".
    credit_ = rf"\((?:{agency})\)\.?{SEP}"
    return re.compile(rf"(?:{LATIN_PLACE}, \d{{1,2}} {_MESE} ?)?{credit_}(?:{LATIN_PLACE}, \d{{1,2}} {_MESE}{SEP})?")


RULES: tuple[Rule, ...] = (
    credit(
        "ansa_credit", L, "ANSA",
        # ANSA leads with the credit, then the place and date in capitals: "(ANSA) - ROMA, 04 MAR - ".
        re.compile(
            rf"\(ANSA(?:-\w{{1,10}})?\){SEP}(?:{LATIN_PLACE}, \d{{1,2}} [A-Z]{{3}}{SEP})?"
            rf"|{LATIN_PLACE}, \d{{1,2}} {_MESE}(?: \d{{4}})? ?\(ANSA\){SEP}"
        ),
        "(ANSA) - ROMA, 04 MAR - Il Consiglio dei ministri ha approvato il decreto sulle bollette.",
        "Secondo quanto apprende l'ANSA, il Consiglio dei ministri ha approvato il decreto sulle bollette.",
    ),
    credit(
        "adnkronos_credit", L, "Adnkronos",
        _credit_first(r"Adnkronos"),
        "(Adnkronos) - Il prezzo del gas è sceso sotto i 30 euro al megawattora.",
        "Fonti sentite dall'Adnkronos dicono che il prezzo del gas è sceso sotto i 30 euro al megawattora.",
    ),
    credit(
        "agi_credit", L, "AGI", _credit_first(r"AGI"),
        "(AGI) - Roma, 4 mar. - Il Senato ha approvato in via definitiva la riforma della giustizia.",
        "Secondo quanto riferito all'AGI, il Senato ha approvato in via definitiva la riforma della giustizia.",
    ),
    credit(
        "reuters_it_credit", L, "Reuters", latin_credit(r"Reuters"),
        "MILANO, 4 marzo (Reuters) - Piazza Affari ha chiuso in rialzo trainata dalle banche.",
        "Analisti interpellati da Reuters prevedono che Piazza Affari chiuda in rialzo.",
    ),
    label(
        "tags_it", L, "list_label", r"(?:Tag|Tags|Argomenti|Parole chiave|Temi|Leggi di più su)(?: ?:)?",
        "Argomenti", "Argomenti come il lavoro e la sanità hanno dominato la campagna elettorale.", zone="tail",
    ),
    label(
        "teaser_it", L, "teaser_label",
        r"(?i:leggi anche|leggi pure|potrebbe interessarti|ti potrebbe interessare|approfondisci|vedi anche"
        r"|guarda anche|articoli correlati|correlati|da non perdere|ti consigliamo|per saperne di più"
        r"|articolo successivo|articolo precedente|prossimo articolo)(?: ?:)?",
        "Leggi anche", "Leggi anche tu il rapporto, ha detto il ministro ai giornalisti in conferenza stampa.",
        version=3,
    ),
    line(
        "paywall_it", L,
        r"(?:Questo articolo è|Articolo|Contenuto|Questo contenuto è) riservat[oa] agli abbonati\.?"
        r"|(?:Abbonati|Sei già abbonato\?|Per continuare a leggere)[^\n]{0,120}",
        "Questo articolo è riservato agli abbonati",
        "Il parcheggio è riservato agli abbonati della palestra, ha ricordato il Comune.",
    ),
    line(
        "stamp_it", L,
        rf"(?i:aggiornato|pubblicato|ultimo aggiornamento|ultima modifica)(?: il| alle)?:? {_DATA}"
        rf"(?:,? (?:alle |ore )?{_ORA})?\.?",
        "Aggiornato il 04/03/2024 alle 10:20",
        "Pubblicato il 4 marzo 2024, il rapporto dell'Istat conferma il calo della disoccupazione.",
    ),
    line(
        "copyright_it", L,
        r"(?i:riproduzione riservata)(?: ?© ?(?:Copyright )?[\w.\- ]{2,30})?"
        r"|(?:©|\([cC]\)|Copyright)[^\n]{0,120}?(?i:tutti i diritti riservati|riproduzione riservata)\.?"
        r"|(?i:tutti i diritti riservati)\.?"
        r"|(?i:(?:è )?vietata la (?:riproduzione|diffusione|ridistribuzione))[^\n]{0,100}",
        "RIPRODUZIONE RISERVATA © Copyright ANSA",
        "L'autore ha chiesto che la riproduzione riservata delle lettere venga rispettata dal giudice.",
        zone="tail", version=2,
    ),
    line(
        "share_it", L,
        r"(?i:condividi|condividi su (?:facebook|twitter|x|whatsapp)|seguici su (?:facebook|twitter|x|instagram"
        r"|whatsapp|telegram|google news)|copia link|stampa|salva)(?: ?[|·•] ?(?i:condividi|facebook|twitter|email|stampa)){0,6}",
        "Seguici su Google News",
        "Condividi le responsabilità con gli alleati, ha chiesto il segretario al congresso.",
        version=2,
    ),
    line(
        "photo_credit_it", L,
        r"(?:Foto|Immagine|Credit|Crediti)(?: d'archivio)? ?: ?[^\n]{1,80}|\((?:Foto|Immagine) ?: ?[^()\n]{1,80}\)",
        "Foto: ANSA/Giuseppe Lami",
        "Foto dopo foto, la mostra ricostruisce la storia del porto dal 1900 a oggi.",
    ),
    # Pubblicità, lettori e contenuti incorporati, contatori di commenti, pulsanti di iscrizione e cookie.
    line(
        "widgets_it", L,
        r"(?i:pubblicità|annuncio|contenuto sponsorizzato|sponsorizzato|guarda il video|video successivo"
        r"|riproduci (?:il )?video|durata: ?\d{1,2}:\d{2}|contenuto esterno"
        r"|visualizza questo post su (?:instagram|x|twitter|facebook)|\d{1,5} commenti|mostra i commenti"
        r"|iscriviti|gestisci le preferenze|accetta(?: tutto| tutti)?|rifiuta(?: tutto| tutti)?"
        # A player that did not load: "Questo video non è disponibile."
        r"|(?:questo|il) video non è (?:più )?disponibile\.?)",
        "PUBBLICITÀ",
        "La pubblicità è stata ritirata dopo le proteste dei consumatori.",
        version=2,
    ),
    # Inviti alla newsletter, paywall e banner dei cookie, scritti al lettore.
    line(
        "prompts_it", L,
        r"(?i:iscriviti alla (?:nostra )?newsletter.{0,40}|ricevi ogni (?:mattina|giorno|sera"
        r"|settimana) .{1,50}|le notizie più importanti, ogni (?:mattina|giorno|sera) nella tua (?:e-?mail"
        r"|casella)\.?|questo articolo è riservato agli abbonati\.?|sei già abbonato\? ?accedi\.?"
        r"|questo sito utilizza (?:i )?cookie.{0,70})",
        "Ricevi ogni mattina le notizie più importanti.",
        "Gli abbonati ricevono ogni mattina il giornale a casa, ha spiegato l'editore.",
    ),
    # Nota sull'autore in chiusura: un nome, poi il ruolo o l'argomento.
    line(
        "bio_it", L,
        r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]{1,20}(?: [A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]{1,20}){1,3} |(?:Lei |Lui )?(?=È ))(?:[èÈ] (?:[\w-]{1,20} ){0,3}(?:giornalista"
        r"|corrispondente|redattore|redattrice|inviat[oa]|editorialista)\b.{0,80}|scrive (?:di"
        r"|per) .{1,80})(?:\. (?:Ha lavorato|In precedenza|Vive|È autore|È autrice|Ha scritto)\b.{1,150})?",
        "Luca Ferrari è giornalista economico.",
        "Giulia Bianchi è stata eletta sindaco con il 54% dei voti, secondo i dati ufficiali.",
        zone="tail",
    ),
    # Avvisi di aggiornamento o rettifica.
    line(
        "update_it", L,
        r"(?i:(?:articolo|notizia) (?:aggiornat[oa]|in aggiornamento)).{0,60}|Rettifica ?: .{1,100}"
        r"|(?i:(?:questo articolo|l'articolo) è stato (?:aggiornato|corretto|modificato)).{0,60}",
        "Notizia in aggiornamento.",
        "L'articolo è stato approvato dalla Camera con 240 voti favorevoli, ha detto il ministro.",
    ),
    # La firma della redazione in fondo: "Con <testata>", "(ANSA).".
    line(
        "desk_credit_it", L,
        r"(?:Con|Fonte:) (?:[A-Z][\w.]{1,15} ?){1,3}|\((?:ANSA|AGI|Adnkronos|LaPresse)\)\.?",
        "(ANSA).",
        "Con Sky TG24 il presidente ha parlato per quasi un'ora, dicono i presenti.",
        zone="tail",
    ),
    # Didascalia con il credito tra parentesi: "(foto Ansa)", "(foto d'archivio)".
    line(
        "caption_it", L,
        r"(?=[^\n]{1,90}\()[A-ZÀ-Ý][^\n()]{0,89} \((?i:foto)(?: d'archivio| [^()\n]{1,25})\)",
        "Veduta della città al tramonto (foto Ansa)",
        "La foto della città al tramonto (scattata nel 1950) è esposta al museo.",
    ),
    # Commenti chiusi ed etichette video o diretta sopra un titolo.
    line(
        "comments_closed_it", L, r"(?i:i commenti sono (?:chiusi|disattivati))\.?",
        "I commenti sono chiusi.",
        "I commenti sono chiusi da giorni sul sito del ministero, denuncia l'opposizione.",
    ),
    # A live blog's closing line, and where it sends the reader next.
    line(
        "live_ended_it", L,
        r"(?i:(?:la|questa) diretta (?:è|e') (?:terminata|conclusa|chiusa)"
        r"|fine della diretta|diretta (?:terminata|conclusa))"
        r"\.?(?: [^\n]{0,160}\bqui\.?)?",
        "La diretta è terminata.",
        "La diretta è terminata in anticipo per un guasto tecnico allo stadio, ha spiegato l'emittente.",
    ),
    label(
        "media_it", L, "teaser_label", r"(?i:video|audio|podcast|fotogallery|gallery|diretta|la diretta) ?[:|]",
        "VIDEO |", "Video diffusi sui social mostrano la folla davanti al municipio.",
    ),
    # Instagram's caption under an embedded post: "shared by" and the account.
    line(
        "embed_it", L, r"(?:Un post condiviso da) [^()\n]{1,60} \(@\w{1,30}\)",
        "Un post condiviso da Chiara Colombo (@chiaracolombo)",
        "Un post condiviso da il sindaco (@sindaco) ha scatenato polemiche, secondo la stampa locale.",
    ),
    # Players loading, read-aloud buttons and embedded posts' placeholders.
    line(
        "loading_it", L, r"(?i:caricamento(?: (?:player|video|del player|in corso))?)(?:\.{3}|…)",
        "Caricamento player...",
        "Caricamento dei camion completato, il convoglio è partito all'alba, dice la prefettura.",
    ),
    line(
        "listen_it", L, r"(?i:ascolta) (?:l['’]articolo|questo articolo|la notizia)",
        "Ascolta l'articolo",
        "Ascolta la notizia alla radio, ha detto il sindaco ai cittadini rimasti senza corrente.",
    ),
    line(
        "embed_placeholder_it", L, r"(?i:visualizza questo post su (?:instagram|x|facebook|tiktok)|contenuto non disponibile[^\n]{0,80})\.?",
        "Visualizza questo post su Instagram",
        "Il contenuto del post non è disponibile da ieri, ha spiegato la portavoce del ministero.",
    ),
    # The consent gate round an embedded post ("Salta il post di X", "Fine del post di X", "Consenti i
    # contenuti di X?", "Accetta e continua").
    line(
        "embed_gate_it", L,
        rf"(?i:(?:salta|fine del?) (?:il )?(?:post|contenuto|video|tweet) (?:di|su) {PLATFORMS}"
        r"(?: di [^\n]{1,60})?(?:, ?\d{1,2})?"
        rf"|consenti (?:i )?contenuti? (?:di|da) {PLATFORMS}\??|accetta e continua)",
        "Fine del post di X",
        "Salta il post di vertice della Lega dopo le dimissioni, scrive il quotidiano.",
    ),
    # The label over a box of other stories' headlines (most read, latest, related): a teaser label, the box
    # under it is taken by shape (transforms.core.cleaning.shaped).
    label(
        "more_news_it", L, "teaser_label",
        r"(?i:(?:i )?più (?:letti|lette|visti|condivisi)|ultime notizie|ultim['’]ora"
        r"|articoli correlati|altre notizie|leggi anche|potrebbe interessarti|approfondimenti|per approfondire)(?: ?:)?",
        "I più letti", "I più letti tra i quotidiani restano quelli locali, secondo il rapporto.",
        zone="below_head", version=2,
    ),
)
