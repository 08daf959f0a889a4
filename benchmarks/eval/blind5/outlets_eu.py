"""European-language outlets: AFP (French wire), Le Monde, Der Spiegel, El País, Corriere della Sera,
Folha de S.Paulo and (test only) Süddeutsche Zeitung."""
from __future__ import annotations

from .outlets import outlet

AFP_FR = outlet(
    "AFP", "fr", "afp.com", joiner=" et ",
    dateline=("{CITY}, {d} {mon} {y} (AFP) - ", "{CITY} (AFP) - "),
    published="Publié le {dd}/{mm}/{y} à {HH}:{M}",
    caption=("{caption}§ - §AFP/{PHOTOG}", "Photo d'archive§ - §{caption}§ §AFP/Archives"),
    agency_credit=("{slug}/{slug2}/{slug3}", "T:{slug}-{slug2}/{slug3}"),
    copyright=("© {y} AFP",
               "Tous droits de reproduction et de représentation réservés. © {y} Agence France-Presse"),
    tags=("Mots-clés\n{tag}\n{tag}",),
)

LE_MONDE = outlet(
    "Le Monde", "fr", "lemonde.fr", joiner=" et ",
    kicker=("Économie", "International", "Entreprises", "Pixels"),
    standfirst=("{standfirst}",),
    byline=("Par {names}", "Par {names} ({city}, correspondant)", "Le Monde avec AFP",
            "T:Par {names} et Le Monde avec Reuters"),
    published=("Publié le {d} {month} {y} à {HH}h{M}§, §modifié le {ud} {umonth} {y} à {uHH}h{uM}",
               "Publié aujourd’hui à {HH}h{M}"),
    read_time=("Temps de lecture : {n} min.", "Lecture {n} min."),
    share=("Ajouter à vos sélections\nPartager\nPartager sur Facebook\nEnvoyer par e-mail\nPartager sur "
           "Linkedin",
           "Offrir cet article"),
    caption=("{caption}§ §{PHOTOG} / AFP", "{caption}§ §{PHOTOG} POUR « LE MONDE »"),
    ad="Publicité",
    read_also=("Lire aussi§ | §{rel}", "Lire aussi (article réservé à nos abonnés)§ | §{rel}",
               "T:Lire le décryptage§ | §{rel}"),
    paywall=("Il vous reste {pct} % de cet article à lire. La suite est réservée aux abonnés.",
             "Article réservé aux abonnés"),
    newsletter="Newsletter\n« La Matinale »\nChaque matin, retrouvez notre sélection de 20 articles à ne pas "
               "manquer\nS’inscrire",
    copyright=("Le Monde avec AFP", "Réutiliser ce contenu"),
    comments=("Contribuer", "Voir les contributions"),
    related=("Sur le même sujet\n{rel}\n{rel}\n{rel}",),
)

SPIEGEL = outlet(
    "Der Spiegel", "de", "spiegel.de", joiner=" und ",
    kicker=("Wirtschaft", "Ausland", "Netzwelt"),
    standfirst=("{standfirst}",),
    byline=("Von {names}", "Ein Artikel von {names}", "Aus {city} berichtet {names}"),
    published=("{dd}.{mm}.{y}, {HH}.{M} Uhr", "T:Aktualisiert am {dd}.{mm}.{y}, {uHH}.{uM} Uhr"),
    listen=("Artikel anhören • {n} Min", "Zur Merkliste hinzufügen"),
    share=("Artikel verschenken", "X.com\nFacebook\nE-Mail\nLink kopieren"),
    caption=("{caption}\nFoto: {photog} / dpa", "{caption}\nFoto: IMAGO"),
    ad=("Anzeige",),
    read_also=("Mehr zum Thema\n{rel}", "T:Lesen Sie auch:\n{rel}"),
    paywall="Dieser Artikel gehört zum Angebot von SPIEGEL+. Sie können ihn auch ohne Abonnement lesen, weil "
            "er Ihnen geschenkt wurde.",
    agency_credit=("{slug}/dpa/Reuters", "{slug}/AFP"),
    correction=("Korrektur: In einer früheren Version dieses Artikels hieß es, die Zahl beziehe sich auf das "
                "Vorjahr. Wir haben den Fehler korrigiert.",),
    comments=("Diskutieren Sie mit\nFeedback",),
)

SZ = outlet(
    "Süddeutsche Zeitung", "de", "sueddeutsche.de", joiner=" und ", test_only=True,
    kicker=("Wirtschaft", "Politik"),
    byline=("Von {names}, {city}", "{names}"),
    published=("{d}. {month} {y}, {HH}:{M} Uhr", "{dd}. {month} {y} | Lesezeit: {n} Min."),
    listen="Artikel anhören\n{n}:{digits2}",
    share="Merken\nTeilen\nFeedback\nTeilen auf:\nE-Mail\nX",
    caption="{caption}§ §(Foto: {photog}/dpa)",
    ad="Anzeige",
    newsletter="SZ Espresso-Newsletter\nDer Tag kompakt – alles, was Sie heute wissen müssen. Kostenlos "
               "anmelden.",
    tags="Themen in diesem Artikel\n{tag}\n{tag}",
    copyright="© SZ/dpa/{slug}",
    related="Weitere Artikel zum Thema\n{rel}\n{rel}",
)

EL_PAIS = outlet(
    "El País", "es", "elpais.com", joiner=" y ",
    kicker=("Economía", "Internacional", "Tecnología"),
    standfirst=("{standfirst}",),
    byline=("{names}\n{city} - {dd} {mon} {y} - {HH}:{M} CET", "{names}\n{city}"),
    published=("Actualizado: {dd} {mon} {y} - {uHH}:{uM} CET", "{dd} {mon} {y} - {HH}:{M} CET"),
    share=("Compartir en Whatsapp\nCompartir en Facebook\nCompartir en Twitter\nCopiar enlace",
           "Ir a los comentarios"),
    caption=("{caption}§§{PHOTOG} (EFE)", "{caption}§ §{PHOTOG} (REUTERS)"),
    ad="Publicidad",
    newsletter=("Sigue toda la información de Economía y Negocios en Facebook y X, o en nuestra newsletter "
                "semanal",
                "T:Recibe el boletín semanal de Internacional y apúntate a nuestras alertas"),
    read_also=("Más información\n{rel}\n{rel}",),
    tags=("Archivado En\n{tag}\n{tag}\n{tag}",
          "Se adhiere a los criterios de\nThe Trust Project\nMás información"),
    comments=("Comentarios\nNormas",
              "¿Tienes una suscripción de empresa? Accede aquí para contratar más cuentas."),
    copyright="© EDICIONES EL PAÍS S.L.",
    correction="Fe de errores: Una versión anterior de este artículo situaba la cifra en millones de "
               "dólares, cuando se trata de millones de euros.",
    bio="{name1}\nEs redactora de la sección de Economía de EL PAÍS. Antes trabajó en {city} como "
        "corresponsal. Es licenciada en Periodismo por la Universidad Complutense de Madrid.",
)

CORRIERE = outlet(
    "Corriere della Sera", "it", "corriere.it", joiner=" e ",
    kicker=("Economia", "Esteri"),
    standfirst=("{standfirst}",),
    byline=("di {names}", "dal nostro corrispondente {names}"),
    published=("{d} {month} {y}§ §(modifica il {ud} {umonth} {y} | {uHH}:{uM})",
               "{d} {month} {y} - {HH}:{M}"),
    listen="Ascolta l'articolo\n{n} min\nNEW",
    read_time="Tempo di lettura: {n} minuti",
    read_also=("Leggi anche\n{rel}", "T:LEGGI ANCHE:§ §{rel}"),
    newsletter=("Iscriviti alla newsletter \"Whatever it Takes\" di Federico Fubini. Dati, innovazione e "
                "lavoro: la rivoluzione vista da chi la fa.",),
    ad="Pubblicità",
    copyright=("© RIPRODUZIONE RISERVATA",),
    related=("Le notizie più lette\n{rel}\n{rel}",),
    caption="{caption}§ §(foto Ansa)",
)

FOLHA = outlet(
    "Folha de S.Paulo", "pt", "folha.uol.com.br", joiner=" e ",
    kicker=("Mercado", "Mundo", "Tec"),
    standfirst=("{standfirst}",),
    byline=("{names}\n{city}", "{names}\n{city} | Reuters"),
    published=("{d}.{mon}.{y} às {HH}h{M}\nAtualizado: {ud}.{umon}.{y} às {uHH}h{uM}",
               "{d}.{mon}.{y} às {HH}h{M}"),
    listen="Ouvir o texto\nPausar\nDiminuir fonte\nAumentar fonte",
    share=("Copiar link\nSalvar artigos\nRecurso exclusivo para assinantes\nassine ou faça login",
           "Assinantes podem liberar 7 acessos por dia para conteúdos da Folha\nJá é assinante? Faça seu "
           "login"),
    caption=("{caption}§ - §{PHOTOG}/Reuters", "{caption}§ - §{photog}/Folhapress"),
    ad=("Publicidade", "PUBLICIDADE"),
    read_also=("LEIA TAMBÉM\n{rel}", "T:Leia mais\n{rel}\n{rel}"),
    agency_credit=("Tradução de {name2}",),
    newsletter="Receba no seu email o que de mais importante acontece no mercado; exclusiva para assinantes",
    comments=("Os comentários não representam a opinião do jornal; a responsabilidade é do autor da "
              "mensagem.",),
    app_promo="Ative as notificações da Folha",
    correction="ERRAMOS: O TEXTO FOI ALTERADO\nDiferentemente do informado em versão anterior deste texto, a "
               "empresa é sediada em {city}.",
    tags="Tópicos\n{tag}\n{tag}",
)

OUTLETS = (AFP_FR, LE_MONDE, SPIEGEL, SZ, EL_PAIS, CORRIERE, FOLHA)
