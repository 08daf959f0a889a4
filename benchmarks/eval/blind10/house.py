"""blind10's house wordings: for each language, every kind but ``headline``, ``standfirst`` and ``pull_quote``
(taken from the body), used where an outlet has no wording of its own for a kind.

Templates are ``str.format`` strings over ``compose._context``'s fillers; ``\\n`` separates lines; ``¦`` ends a
piece inside a line (the scorer counts pieces); a leading ``T:`` marks a wording only test pages use. Written for
this set from how these kinds of pages read once copied or scraped.
"""
from __future__ import annotations

EN = {
    "consent": [
        "We use cookies and similar technologies to personalise content and ads and to analyse our traffic. "
        "By clicking \"Accept all\" you agree to this.\nAccept all\nReject all\nManage preferences",
        "Your privacy choices\nWe and our 162 partners store and access information on your device, such as "
        "unique IDs in cookies, to process personal data.\nI ACCEPT\nSHOW PURPOSES",
        "This website uses cookies to improve your experience. You can opt out if you wish.¦ Accept¦ Read More",
        "Privacy settings\nStrictly necessary (always active)\nPerformance cookies\nTargeting cookies\n"
        "Confirm my choices",
        "T:By continuing to browse this site you are agreeing to our use of cookies as set out in our Privacy "
        "Notice.\nGot it",
        "T:Do Not Sell or Share My Personal Information",
    ],
    "kicker": ["{kick}", "{KICK}", "{kick} | {t1}", "Breaking News", "EXCLUSIVE", "T:Analysis", "T:{kick} › Latest"],
    "live_key": [
        "Key updates\n{h1}\n{h2}\n{h3}",
        "What we know so far:\n• {h1}\n• {h2}",
        "Live updates\nPinned: {h1}",
        "T:Catch up on the key moments\n{h1}\n{h2}\nShow key events only",
    ],
    "affiliate": [
        "We may earn a commission when you buy through links on our site.",
        "This article contains affiliate links. If you make a purchase, {site} may receive a share of the sale at "
        "no extra cost to you.",
        "Advertiser Disclosure: Some of the offers on this page are from partners who compensate us.",
        "T:Our editors choose products independently. When you shop through our retail links, we may earn a "
        "small fee.",
    ],
    "byline": [
        "By {a1}", "By {a1} and {a2}", "By {a1}, {a2} and {a3}", "{a1}\nStaff Writer", "By {A1}\nBusiness Reporter",
        "Story by {a1} • {n}h", "{a1} | {a2}\nReporters", "Written by {a1}Senior Correspondent", "Posted by {a1}",
        "{a1}, {city} Bureau", "By {a1}, Special to {site}",
        "T:Words by {a1} · Photographs by {ph}", "T:By {a1}, Associate Editor, and {a2}, Contributing Writer",
        "T:{A1} AND {A2}\nUpdated {n} hours ago",
    ],
    "published": [
        "Published {mdy} at {hh}:{mm} {ampm}", "Updated {mon}, {year}, {hh}:{mm} {ampm} ET", "{dow}, {date}",
        "Posted: {usnum} {hh}:{mm} {AMPM}\nUpdated: {usnum} {uhh}:{mm} {AMPM}", "{dd} {mon3} {year}, {hh}:{mm}{apm}",
        "First published on {dow} {ddth} {month} {year}", "T:{n} hours ago", "T:Last modified on {iso}",
    ],
    "read_time": ["{min} min read", "Reading time: {min} minutes", "{min}-minute read", "Estimated read: {min} mins",
                  "T:⏱ {min} min"],
    "listen": [
        "Listen to this article", "Listen to this story\n{len}",
        "Audio is generated using AI. Listen to article\n{len}",
        "Press play to listen to this article\nVoiced by artificial intelligence.",
        "T:Hear this story\n1x\n{len}",
    ],
    "share": [
        "Share\nFacebook\nX\nLinkedIn\nEmail\nCopy link",
        "Share this article\nShare on Facebook\nShare on X\nShare via Email",
        "SHARE THIS STORY",
        "Share on Facebook (opens in new window)\nShare on X (opens in new window)\nPrint (opens in new window)",
        "Gift this article",
        "Copy link\nLink copied!",
        "T:Share:FacebookTwitterWhatsAppReddit",
        "T:Send to a friend\nSave for later",
    ],
    "caption": [
        "{cap} (Photo: {ph}/{site})", "{cap}. Photograph: {ph}/{wire}", "{cap} | {wire}", "{cap} Credit: {ph}",
        "{cap}\n(Image credit: {wire})", "Photo: {wire}", "{cap}. (AP Photo/{ph})", "{cap} (Getty Images)",
        "T:{cap}. Picture: {ph}", "T:[Image: {cap}] {wire}",
    ],
    "ad": [
        "Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Article continues below this ad",
        "Ad\nScroll to continue with content", "Sponsored", "T:This ad is not loading", "T:Skip Ad",
    ],
    "read_also": [
        "Read more: {h1}", "RELATED: {h1}", "Also see:\n{h1}\n{h2}", "More on this story\n{h1}\n{h2}",
        "MORE FROM {SITE}: {h1}", "Don't miss: {h1}", "T:Keep reading: {h1}", "T:→ {h1}",
    ],
    "newsletter": [
        "Get the latest headlines in your inbox every morning.\nEmail address\nSign up\nBy signing up, you agree "
        "to our Terms of Use and Privacy Policy.",
        "Sign up for our free Morning Briefing newsletter\nEnter your email\nSubscribe\nThis site is protected "
        "by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
        "You're all set! Check your inbox to confirm your subscription.",
        "Please enter a valid email address.",
        "NEWSLETTER: Sign up for the Daily Briefing from {site}",
        "T:Want more stories like this? Get our weekly roundup, free.\nYour email\nGo",
        "T:Something went wrong. Please try again later.",
    ],
    "video": [
        "Watch: {h1}\n{len}", "Video\n{len}\nPlay\nMute\nFullscreen", "Now Playing\n{h1}\nNext Up\n{h2}",
        "This video can not be played", "Click to play video", "T:Please enable JavaScript to watch this video.",
        "T:Autoplay\nON\n{len}",
    ],
    "social": [
        "— {a1} (@{handle}) {mdy}", "Follow {site} on Instagram, Facebook and X.",
        "View this post on Instagram\nA post shared by {site} (@{handle})",
        "This content is hosted by a third party. To view it, you must accept cookies.\nAllow cookies",
        "T:This post may have been deleted.", "T:Join our WhatsApp channel for breaking news alerts",
    ],
    "paywall": [
        "This article is for subscribers only.\nSubscribe now for $1 a week\nAlready a subscriber? Sign in",
        "You've read {n} of {nn} free articles this month.\nSubscribe for unlimited access",
        "Unlock this story\nCreate a free account or log in to continue reading.",
        "Subscriber exclusive",
        "To continue reading, become a member. Cancel anytime.",
        "Get full access for just $2.99 a month\nSee offers",
        "T:Support local journalism. Subscribe today.\nStart your trial",
        "T:Continue reading with a free trial\nSign up with Google\nSign up with Apple\nOr continue with email",
    ],
    "agency_credit": [
        "(Reporting by {a2}; Editing by {a3})", "— The Associated Press contributed to this report.", "With AFP",
        "Additional reporting by {ph2}", "({AB}/{ab})", "T:Material from Reuters was used in this report.",
        "T:— Bloomberg",
    ],
    "correction": [
        "Correction: An earlier version of this article misstated the name of the company's chief executive. "
        "It has been updated.",
        "Editor's note: This story has been updated with additional details.",
        "This article was amended on {dmy} to correct a date.",
        "UPDATE: This story was updated at {hh}:{mm} {ampm} to include comment from the council.",
        "T:Clarification: A previous headline overstated the size of the increase.",
    ],
    "origin": [
        "This story was originally published by {partner} and is republished here with permission.",
        "This article first appeared on {partner}.", "Originally published as {h1}", "Source: {partner}",
        "T:Distributed by Tribune Content Agency, LLC.",
    ],
    "ai_note": [
        "This article was produced with the assistance of AI tools and reviewed by an editor.",
        "AI-generated summary, reviewed by our newsroom. Read our AI policy.",
        "Key points were created with the help of AI and checked by a journalist.",
        "T:This text was translated automatically.",
    ],
    "bio": [
        "{a1} covers business and the economy for {site}. Reach {a1} at {handle}@{domain}.",
        "About the author: {a1} is a senior reporter based in {city}.",
        "{a1} is a staff writer. Contact: {handle}@{domain} or follow on X @{handle}.",
        "T:{a1} joined {site} in 2015 after a decade at regional papers.",
    ],
    "copyright": [
        "© {year} {site}. All rights reserved.", "Copyright © {year}, {site}", "© Copyright {year} {partner}",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "T:All content © {year} {site} Media Group. Reproduction without permission is prohibited.",
    ],
    "tags": ["Tags: {t1}, {t2}, {t3}", "Topics\n{t1}\n{t2}\n{t3}", "Filed under: {t1} · {t2}", "MORE ON: {T1}",
             "T:Explore more on these topics\n{t1}\n{t2}"],
    "related": [
        "Related stories\n{h1}\n{h2}\n{h3}", "You may also like\n{h1}\n{h2}", "More from {site}\n{h1}\n{h2}\n{h3}",
        "Recommended\n{h1}\n{h2}", "T:Promoted Links\n{h1}\n{h2}\nSponsored",
    ],
    "most_read": [
        "Most read\n1\n{h1}\n2\n{h2}\n3\n{h3}", "Most popular\n1. {h1}\n2. {h2}\n3. {h3}", "Trending now\n{h1}\n{h2}",
        "MOST VIEWED\n{h1}\n{h2}\n{h3}", "T:Popular right now\n{h1}\n{h2}",
    ],
    "comments": [
        "Comments ({nn})", "Join the conversation\nLog in to comment", "Commenting is closed for this article.",
        "Show comments", "What do you think? Leave a comment below.", "T:{nn} comments\nSort by: Newest",
        "T:Community guidelines apply. Be respectful.",
    ],
    "app_promo": [
        "Download the {site} app for breaking news alerts.", "Get the app\nApp Store\nGoogle Play",
        "Turn on notifications to get the latest news first.",
        "T:Read this story in our app for the best experience.\nOpen app",
    ],
    "live": [
        "{hh}:{mm} {ampm}\n{h1}", "{hh}:{mm} {AMPM} ET", "Posted {hh}:{mm}{apm}", "{n} min ago", "BREAKING {hh}:{mm}",
        "Updated {hh}:{mm} {ampm}\nBy {a2}", "T:{hh}.{mm}{apm} BST", "T:Pinned post\n{hh}:{mm}",
    ],
    "dateline": ["{CITY} — ", "{CITY} (AP) — ", "{city}, {mon} — ", "{CITY} - ", "T:{city} ({site}) - "],
}

ES = {
    "consent": [
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, "
        "consideramos que acepta su uso.\nAceptar\nConfigurar",
        "Valoramos tu privacidad\nNosotros y nuestros socios almacenamos o accedemos a información en tu "
        "dispositivo.\nACEPTAR Y CERRAR\nMÁS OPCIONES",
        "T:Rechazar todas¦ | Aceptar todas¦ | Personalizar",
    ],
    "kicker": ["{kick}", "{KICK}", "EN DIRECTO", "Última hora", "T:Exclusiva"],
    "live_key": ["Claves de la jornada\n{h1}\n{h2}\n{h3}", "Lo más importante:\n- {h1}\n- {h2}",
                 "T:Resumen\n{h1}\n{h2}"],
    "affiliate": [
        "Este artículo contiene enlaces de afiliados: si compras a través de ellos, podemos recibir una comisión.",
        "Contenido patrocinado",
        "T:En {site} seleccionamos los productos de forma independiente; algunos enlaces generan ingresos para "
        "el medio.",
    ],
    "byline": ["Por {a1}", "{a1}\nRedactora", "{a1} / {a2}", "{A1}\n{city}", "Por {a1} y {a2}", "{a1}, {a2} y {a3}",
               "Redacción {site}", "T:Firmado por {a1} — Corresponsal en {city}"],
    "published": ["{date} - {hh}:{mm} h", "Actualizado {num2} - {uhh}:{mm} CET",
                  "Publicado el {dow} {dd} de {month} de {year}", "{num2} {hh}:{mm}", "T:Hace {n} horas"],
    "read_time": ["Tiempo de lectura: {min} min", "{min} minutos de lectura", "T:Lectura: {min}'"],
    "listen": ["Escuchar artículo", "Escucha la noticia\n{len}", "T:Escuchar · {len} · Voz generada con IA"],
    "share": ["Compartir\nFacebook\nX\nWhatsApp\nCopiar enlace",
              "Compartir en Facebook¦ Compartir en Twitter¦ Enviar por email", "Comentar\nGuardar\nCompartir",
              "T:Enlace copiado"],
    "caption": ["{cap} | {wire}", "{cap}. (Foto: {ph})", "{cap} {WIRE}", "{cap} / {ph} / {wire}",
                "T:Imagen de archivo. {cap} (EFE/{ph})"],
    "ad": ["Publicidad", "PUBLICIDAD", "Anuncio", "Sigue leyendo", "T:Continúa después del anuncio"],
    "read_also": ["Lee también: {h1}", "LEA TAMBIÉN | {h1}", "Te puede interesar\n{h1}\n{h2}", "Más información: {h1}",
                  "T:Relacionado → {h1}"],
    "newsletter": [
        "Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes.\nTu correo electrónico\n"
        "Suscribirme\nAcepto la política de privacidad",
        "¡Gracias por suscribirte!", "Introduce un email válido", "BOLETÍN | Lo mejor del día en tu buzón",
        "T:Recibe la newsletter de {site}\nApuntarme",
    ],
    "video": ["Vídeo: {h1}", "Reproducir vídeo\n{len}", "Cargando vídeo...", "Este vídeo no está disponible en tu país",
              "T:El vídeo se reproducirá en 5 segundos"],
    "social": [
        "Ver esta publicación en Instagram\nUna publicación compartida por {a1} (@{handle})",
        "— {a1} (@{handle}) {dd} de {month} de {year}", "Síguenos en X, Instagram y TikTok",
        "Únete al canal de WhatsApp de {site}",
        "T:Este contenido de terceros se ha bloqueado. Para verlo, acepta las cookies.",
    ],
    "paywall": [
        "Este contenido es exclusivo para suscriptores.\nSuscríbete por 1 € el primer mes\n¿Ya eres suscriptor? "
        "Inicia sesión",
        "Has alcanzado el límite de artículos gratuitos de este mes.", "CONTENIDO EXCLUSIVO",
        "Regístrate gratis para seguir leyendo",
        "T:Apoya el periodismo de calidad. Hazte socio desde 6 euros al mes.",
    ],
    "agency_credit": ["(EFE)", "EFE", "Con información de Europa Press", "Agencias",
                      "(Con información de AFP y Reuters)", "T:Redacción y agencias"],
    "correction": [
        "Fe de errores: una versión anterior de esta noticia atribuía por error las declaraciones a otro portavoz.",
        "Noticia actualizada a las {hh}:{mm} con nuevos datos.", "Actualización: se añade la reacción del Gobierno.",
        "T:Nota de la redacción: este artículo ha sido corregido para precisar una cifra.",
    ],
    "origin": ["Esta noticia fue publicada originalmente en {partner}.", "Fuente: {partner}",
               "Información elaborada por {partner}", "T:Artículo publicado en colaboración con {partner}."],
    "ai_note": [
        "Este texto ha sido traducido con ayuda de inteligencia artificial y revisado por la redacción.",
        "Resumen generado con IA", "T:Este contenido ha sido elaborado con herramientas de IA.",
    ],
    "bio": [
        "{a1} es periodista de la sección de Economía de {site}. Contacto: {handle}@{domain}",
        "Sobre el autor: {a1} cubre información internacional desde {city}.",
        "T:{a1} es licenciada en Periodismo por la Universidad Complutense.",
    ],
    "copyright": ["© {site} {year}. Todos los derechos reservados.", "© {year} Ediciones {site} S.L.",
                  "Queda prohibida la reproducción total o parcial de este contenido.", "T:Copyright © {year} EFE."],
    "tags": ["Temas: {t1}, {t2}, {t3}", "Etiquetas\n{t1}\n{t2}", "Más sobre {t1}", "T:TEMAS | {T1}"],
    "related": ["Noticias relacionadas\n{h1}\n{h2}\n{h3}", "También te puede interesar\n{h1}\n{h2}",
                "MÁS NOTICIAS\n{h1}\n{h2}", "T:Recomendamos\n{h1}\n{h2}"],
    "most_read": ["Lo más leído\n1\n{h1}\n2\n{h2}\n3\n{h3}", "Lo más visto\n{h1}\n{h2}",
                  "T:Tendencias\n{h1}\n{h2}\n{h3}"],
    "comments": ["Comentarios ({nn})", "Inicia sesión para comentar", "Normas de participación", "Ver comentarios",
                 "T:Sé el primero en comentar"],
    "app_promo": ["Descarga la app de {site} y recibe alertas de última hora.",
                  "Descárgate la aplicación\nApp Store\nGoogle Play",
                  "T:Activa las notificaciones para no perderte nada"],
    "live": ["{hh}:{mm}", "{hh}:{mm} h\n{h1}", "Hace {n} min", "ÚLTIMA HORA {hh}:{mm}", "T:Actualizado {hh}:{mm}\n{a2}"],
    "dateline": ["{CITY}, {dd} {mes3} (EFE).- ", "{city} (Europa Press) - ", "{CITY}.— ",
                 "T:{city}, {dd} de {month} (AFP) - "],
}

FR = {
    "consent": [
        "Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker "
        "et accéder à des informations personnelles comme votre visite sur ce site.\nAccepter et fermer\n"
        "Paramétrer les cookies",
        "Continuer sans accepter →",
        "T:Pour soutenir notre rédaction, acceptez les cookies ou abonnez-vous.\nJ'accepte\nJe m'abonne",
    ],
    "kicker": ["{kick}", "{KICK}", "EN DIRECT", "Décryptage", "T:Info {site}"],
    "live_key": ["L'essentiel\n{h1}\n{h2}\n{h3}", "Ce qu'il faut retenir :\n• {h1}\n• {h2}",
                 "T:Les points clés\n{h1}\n{h2}"],
    "affiliate": [
        "Cet article contient des liens d'affiliation : {site} peut percevoir une commission en cas d'achat.",
        "Contenu proposé par {partner}",
        "T:Les produits sont sélectionnés en toute indépendance par la rédaction.",
    ],
    "byline": ["Par {a1}", "{a1}\nJournaliste", "Par {a1} et {a2}", "{a1}, {a2} et {a3}",
               "{A1}, correspondant à {city}", "La rédaction de {site} avec AFP", "T:Propos recueillis par {a1}"],
    "published": ["Publié le {date} à {hh}h{mm}", "Mis à jour le {num2} à {uhh}h{mm}", "Le {dow} {date} à {hh}:{mm}",
                  "{num2} {hh}:{mm}", "T:Il y a {n} heures"],
    "read_time": ["Temps de lecture : {min} min", "Lecture {min} min", "T:⏱ {min} min de lecture"],
    "listen": ["Écouter cet article", "Écouter l'article\n{len}", "T:Article lu par une voix de synthèse"],
    "share": ["Partager\nFacebook\nX\nLinkedIn\nE-mail", "Partager sur Facebook¦ Partager sur X¦ Copier le lien",
              "Offrir l'article", "T:Lien copié dans le presse-papiers"],
    "caption": ["{cap} © {ph} / {wire}", "{cap} (Photo d'illustration {wire})", "{cap}. | {WIRE}",
                "{cap} Crédit : {ph}", "T:Photo prétexte. {cap} © {wire}"],
    "ad": ["Publicité", "PUBLICITÉ", "Annonce", "La suite après cette publicité", "T:Contenu sponsorisé"],
    "read_also": ["Lire aussi : {h1}", "LIRE AUSSI | {h1}", "À lire aussi\n{h1}\n{h2}", "» {h1}",
                  "T:Sur le même sujet → {h1}"],
    "newsletter": [
        "Recevez chaque matin l'essentiel de l'actualité.\nVotre adresse e-mail\nJe m'inscris\nEn vous "
        "inscrivant, vous acceptez nos conditions générales d'utilisation.",
        "Merci ! Votre inscription a bien été prise en compte.", "Adresse e-mail invalide",
        "NEWSLETTER | L'édition du soir", "T:Inscrivez-vous à la newsletter Économie\nOK",
    ],
    "video": ["Vidéo : {h1}", "Lecture en cours\n{len}", "Votre navigateur ne peut pas lire cette vidéo.",
              "Regarder la vidéo", "T:La vidéo va démarrer dans 5 secondes"],
    "social": [
        "Voir cette publication sur Instagram\nUne publication partagée par {a1} (@{handle})",
        "— {a1} (@{handle}) {dd} {month} {year}", "Suivez-nous sur Facebook, X et Instagram",
        "T:Ce contenu est bloqué car vous n'avez pas accepté les cookies.\nGérer mes choix",
    ],
    "paywall": [
        "Cet article est réservé aux abonnés.\nAbonnez-vous à partir de 1 € le premier mois\nDéjà abonné ? "
        "Se connecter",
        "Il vous reste {n} articles gratuits ce mois-ci.", "Article réservé aux abonnés",
        "La suite est réservée aux abonnés.",
        "T:Pour lire la suite, créez votre compte gratuit.\nContinuer avec Google",
    ],
    "agency_credit": ["(AFP)", "Avec AFP", "Avec agences", "(avec Reuters)", "T:Source : AFP"],
    "correction": [
        "Correction : une version précédente de cet article indiquait une date erronée.",
        "Article mis à jour à {hh}h{mm} avec la réaction du ministre.", "Mise à jour : ajout de précisions.",
        "T:Rectificatif : contrairement à ce que nous indiquions, la mesure n'entrera en vigueur qu'en janvier.",
    ],
    "origin": ["Cet article a été initialement publié sur {partner}.", "Source : {partner}",
               "T:Article republié avec l'autorisation de {partner}."],
    "ai_note": [
        "Cet article a été traduit à l'aide d'un outil d'intelligence artificielle puis relu par la rédaction.",
        "Résumé généré par IA", "T:Contenu produit avec l'aide de l'IA et vérifié par un journaliste.",
    ],
    "bio": ["{a1} est journaliste au service Économie de {site}. Contact : {handle}@{domain}",
            "{a1} couvre l'actualité internationale depuis {city}.",
            "T:{a1} a rejoint {site} en 2018 après plusieurs années en presse régionale."],
    "copyright": ["© {site} {year}. Tous droits réservés.", "© {year} {site} - Reproduction interdite",
                  "T:Tous droits de reproduction et de représentation réservés."],
    "tags": ["Mots-clés : {t1}, {t2}, {t3}", "Sujets\n{t1}\n{t2}", "Plus d'articles sur : {t1}", "T:#{T1}"],
    "related": ["Articles liés\n{h1}\n{h2}\n{h3}", "Sur le même sujet\n{h1}\n{h2}",
                "T:Nos articles recommandés\n{h1}\n{h2}"],
    "most_read": ["Les plus lus\n1\n{h1}\n2\n{h2}\n3\n{h3}", "Les plus partagés\n{h1}\n{h2}", "T:À la une\n{h1}\n{h2}"],
    "comments": ["Commentaires ({nn})", "Réagissez à cet article", "Connectez-vous pour commenter",
                 "Les commentaires sont fermés.", "T:Soyez le premier à réagir"],
    "app_promo": ["Téléchargez l'application {site} pour recevoir nos alertes.",
                  "Disponible sur l'App Store\nDisponible sur Google Play", "T:Activez les notifications"],
    "live": ["{hh}h{mm}", "{hh}:{mm}\n{h1}", "Il y a {n} min", "{hh}h{mm} - IMPORTANT", "T:Publié à {hh}:{mm}"],
    "dateline": ["{city} (AFP) - ", "{CITY} (AFP) – ", "{city} (Reuters) - ", "T:De notre correspondant à {city}, "],
}

DE = {
    "consent": [
        "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und "
        "die Reichweite von Anzeigen zu messen.\nAlle akzeptieren\nEinstellungen",
        "Mit Werbung und Tracking lesen oder werbefrei mit dem Pur-Abo\nZustimmen\nJetzt abonnieren",
        "T:Datenschutzeinstellungen\nNur notwendige Cookies",
    ],
    "kicker": ["{kick}", "{KICK}", "LIVE", "Exklusiv", "T:Kommentar"],
    "live_key": ["Das Wichtigste in Kürze\n{h1}\n{h2}\n{h3}", "Die Ereignisse im Überblick:\n- {h1}\n- {h2}",
                 "T:Zusammenfassung\n{h1}\n{h2}"],
    "affiliate": [
        "Dieser Artikel enthält Affiliate-Links. Beim Kauf über diese Links erhalten wir eine Provision.",
        "*Anzeige",
        "T:Unabhängig recherchiert. Für Einkäufe über Links erhält {site} gegebenenfalls eine Vergütung.",
    ],
    "byline": ["Von {a1}", "{a1}\nRedakteurin", "Von {a1} und {a2}", "{a1}, {a2} und {a3}", "{A1}, {city}",
               "Ein Kommentar von {a1}", "T:Autor: {a1} | Korrespondent"],
    "published": ["{date}, {hh}:{mm} Uhr", "Aktualisiert am {num1}, {uhh}:{mm} Uhr", "Stand: {num1} {hh}:{mm} Uhr",
                  "Veröffentlicht am {dow}, {date}", "T:vor {n} Stunden"],
    "read_time": ["Lesezeit: {min} Minuten", "{min} Min.", "T:⏱ {min} Min. Lesezeit"],
    "listen": ["Artikel anhören", "Artikel vorlesen lassen\n{len}", "T:Diese Audioversion wurde künstlich erzeugt."],
    "share": ["Teilen\nFacebook\nX\nWhatsApp\nE-Mail", "Artikel teilen¦ Link kopieren", "Merken\nTeilen\nDrucken",
              "T:Feedback senden"],
    "caption": ["{cap} Foto: {ph}/dpa", "{cap} Bild: {wire}", "{cap} (Quelle: {wire})", "{cap} © {wire}",
                "T:Archivbild: {cap} Foto: {ph}"],
    "ad": ["Anzeige", "ANZEIGE", "Werbung", "Weiter nach der Anzeige", "T:Inhalt wird geladen"],
    "read_also": ["Lesen Sie auch: {h1}", "Auch interessant: {h1}", "Mehr zum Thema\n{h1}\n{h2}",
                  "LESEN SIE AUCH | {h1}", "T:Verwandte Themen: {h1}"],
    "newsletter": [
        "Newsletter abonnieren\nIhre E-Mail-Adresse\nAnmelden\nMit Ihrer Anmeldung erklären Sie sich mit unseren "
        "Datenschutzbestimmungen einverstanden.",
        "Vielen Dank für Ihre Anmeldung!", "Bitte geben Sie eine gültige E-Mail-Adresse ein.",
        "Der {site}-Newsletter: Jeden Morgen die wichtigsten Nachrichten",
        "T:Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail.",
    ],
    "video": [
        "Video: {h1}", "Video abspielen\n{len}", "Dieses Video ist leider nicht mehr verfügbar.",
        "Empfohlener externer Inhalt\nWir benötigen Ihre Zustimmung, um den Video-Inhalt zu laden.",
        "T:Sie haben Ihre Zustimmung zu externen Inhalten widerrufen.",
    ],
    "social": [
        "Empfohlener Social-Media-Inhalt\nAn dieser Stelle finden Sie einen externen Inhalt von X, der den Artikel "
        "ergänzt.\nExternen Inhalt anzeigen",
        "— {a1} (@{handle}) {date}", "Folgen Sie uns auf Instagram und X", "T:Instagram-Beitrag von {a1}",
    ],
    "paywall": [
        "Dieser Artikel ist exklusiv für Abonnenten.\nJetzt 1 Monat für 1 € testen\nSie sind bereits Abonnent? "
        "Anmelden",
        "Plus-Artikel", "Jetzt weiterlesen mit {site}+\nJederzeit kündbar",
        "T:Sie haben {n} von {nn} kostenlosen Artikeln gelesen.",
    ],
    "agency_credit": ["(dpa)", "dpa/{ab}", "Quelle: dpa, AFP", "mit Material von Reuters", "{ab}/dpa",
                      "T:(AFP/Reuters)"],
    "correction": [
        "In einer früheren Version dieses Artikels war das Datum falsch angegeben. Wir haben den Fehler korrigiert.",
        "Aktualisiert um {hh}:{mm} Uhr: Stellungnahme des Ministeriums ergänzt.",
        "Anmerkung der Redaktion: Der Artikel wurde um weitere Details ergänzt.",
        "T:Transparenzhinweis: Der Autor war früher für das Unternehmen tätig.",
    ],
    "origin": ["Dieser Artikel erschien zuerst bei {partner}.", "Quelle: {partner}",
               "T:Mit freundlicher Genehmigung von {partner}."],
    "ai_note": ["Dieser Text wurde mit Hilfe von KI übersetzt und redaktionell geprüft.",
                "KI-generierte Zusammenfassung",
                "T:Hinweis: Bei der Erstellung dieses Artikels kam künstliche Intelligenz zum Einsatz."],
    "bio": ["{a1} ist Redakteur im Ressort Wirtschaft. Kontakt: {handle}@{domain}",
            "{a1} berichtet als Korrespondent aus {city}.",
            "T:{a1} studierte Volkswirtschaft in Mannheim und ist seit 2019 bei {site}."],
    "copyright": ["© {site} {year}", "© dpa-infocom, dpa:{yymmdd}-99-{big}{nn}/{n}",
                  "Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.",
                  "T:Copyright {year} {site} GmbH"],
    "tags": ["Themen: {t1}, {t2}, {t3}", "Schlagworte\n{t1}\n{t2}", "Mehr zu: {t1}", "T:Themen folgen\n{t1}\n{t2}"],
    "related": ["Mehr zum Thema\n{h1}\n{h2}\n{h3}", "Das könnte Sie auch interessieren\n{h1}\n{h2}",
                "T:Weitere Artikel\n{h1}\n{h2}"],
    "most_read": ["Meistgelesen\n1\n{h1}\n2\n{h2}\n3\n{h3}", "Top-Artikel\n{h1}\n{h2}",
                  "T:Am meisten kommentiert\n{h1}\n{h2}"],
    "comments": ["Kommentare ({nn})", "Jetzt kommentieren", "Die Kommentarfunktion ist für diesen Artikel deaktiviert.",
                 "Zu den Kommentaren", "T:Bitte melden Sie sich an, um zu kommentieren."],
    "app_promo": ["Laden Sie sich die {site}-App herunter – kostenlos für iOS und Android.", "Jetzt in der App lesen",
                  "T:Push-Mitteilungen aktivieren"],
    "live": ["{hh}:{mm} Uhr", "{hh}:{mm}\n{h1}", "vor {n} Minuten", "+++ {hh}:{mm} Uhr +++", "T:Neu: {hh}.{mm} Uhr"],
    "dateline": ["{city} (dpa) - ", "{CITY} (dpa) – ", "{city}/Berlin (Reuters) - ", "T:{city} (AFP) - "],
}

PT = {
    "consent": [
        "Utilizamos cookies para melhorar a sua experiência. Ao continuar a navegar, concorda com a nossa "
        "Política de Privacidade.\nAceitar\nRecusar",
        "Nós e os nossos parceiros armazenamos e acedemos a informações no seu dispositivo.\nConcordo\nMais opções",
        "T:Usamos cookies e tecnologias semelhantes de acordo com a nossa Política de Privacidade e, ao continuar "
        "navegando, você concorda com essas condições.\nOK",
    ],
    "kicker": ["{kick}", "{KICK}", "AO VIVO", "Exclusivo", "T:Opinião"],
    "live_key": ["Os principais pontos\n{h1}\n{h2}\n{h3}", "Resumo:\n• {h1}\n• {h2}", "T:Destaques\n{h1}\n{h2}"],
    "affiliate": [
        "Este conteúdo contém links de afiliados. Ao comprar por meio deles, podemos receber uma comissão.",
        "Conteúdo patrocinado", "T:Publicidade em parceria com {partner}",
    ],
    "byline": ["Por {a1}", "{a1}\nRepórter", "Por {a1} e {a2}", "{a1}, {a2} e {a3}", "{A1}, de {city}", "Da Redação",
               "T:Texto: {a1} | Fotos: {ph}"],
    "published": ["{date}, às {hh}h{mm}", "Atualizado em {num2} {uhh}h{mm}", "Publicado em {num2} - {hh}:{mm}",
                  "{dd} {month} {year}, {hh}:{mm}", "T:Há {n} horas"],
    "read_time": ["Tempo de leitura: {min} min", "{min} min de leitura", "T:Leitura: {min} minutos"],
    "listen": ["Ouvir artigo", "Ouça esta notícia\n{len}", "T:Áudio gerado por inteligência artificial"],
    "share": ["Partilhar\nFacebook\nX\nWhatsApp\nE-mail", "Compartilhe:¦ Facebook¦ Twitter¦ WhatsApp", "Copiar link",
              "T:Guardar artigo"],
    "caption": ["{cap} Foto: {ph}/{wire}", "{cap} — Foto: {wire}", "{cap} | {WIRE}", "{cap} (Créditos: {ph})",
                "T:Imagem de arquivo. {cap} Lusa"],
    "ad": ["Publicidade", "PUBLICIDADE", "Continua após a publicidade", "Anúncio", "T:Patrocinado"],
    "read_also": ["Leia também: {h1}", "LEIA MAIS | {h1}", "Veja também\n{h1}\n{h2}", "Saiba mais: {h1}",
                  "T:Relacionado: {h1}"],
    "newsletter": [
        "Receba as principais notícias do dia no seu e-mail.\nO seu e-mail\nSubscrever\nAo subscrever, aceita a "
        "Política de Privacidade.",
        "Obrigado! A sua subscrição foi registada.", "Endereço de e-mail inválido", "NEWSLETTER | O essencial da manhã",
        "T:Cadastre-se para receber a newsletter\nQuero receber",
    ],
    "video": ["Vídeo: {h1}", "Assistir\n{len}", "Carregando vídeo...", "Este vídeo não está disponível.",
              "T:O vídeo começa em 5 segundos"],
    "social": [
        "Ver esta publicação no Instagram\nUma publicação partilhada por {a1} (@{handle})",
        "— {a1} (@{handle}) {dd} de {month} de {year}", "Siga-nos no Instagram, Facebook e X",
        "Entre no canal de WhatsApp de {site}", "T:Conteúdo indisponível. Aceite os cookies para visualizar.",
    ],
    "paywall": [
        "Este conteúdo é exclusivo para assinantes.\nAssine a partir de R$ 1,90 no primeiro mês\nJá é assinante? "
        "Faça login",
        "Artigo exclusivo para assinantes", "Atingiu o limite de artigos gratuitos.\nAssine já",
        "T:Assinantes podem oferecer 10 artigos por mês.",
    ],
    "agency_credit": ["(Lusa)", "Com Lusa", "Com informações da Reuters e AFP", "Agência Brasil",
                      "T:(Com agências internacionais)"],
    "correction": [
        "Correção: uma versão anterior desta notícia indicava um valor incorreto. O texto foi corrigido.",
        "Notícia atualizada às {hh}h{mm} com a reação do governo.", "Atualização: acrescentada informação.",
        "T:Errata: ao contrário do que foi publicado, a reunião decorreu na quinta-feira.",
    ],
    "origin": ["Este artigo foi publicado originalmente em {partner}.", "Fonte: {partner}",
               "T:Conteúdo distribuído por {partner}."],
    "ai_note": ["Este texto foi traduzido com recurso a inteligência artificial e revisto pela redação.",
                "Resumo gerado por IA", "T:Este conteúdo foi produzido com apoio de ferramentas de IA."],
    "bio": ["{a1} é jornalista da editoria de Economia. Contato: {handle}@{domain}", "{a1} é correspondente em {city}.",
            "T:{a1} escreve sobre mercados desde 2012."],
    "copyright": ["© {year} {site}. Todos os direitos reservados.", "© {site} - Proibida a reprodução",
                  "T:Copyright © {year} Lusa - Agência de Notícias de Portugal, S.A."],
    "tags": ["Tópicos: {t1}, {t2}, {t3}", "Temas\n{t1}\n{t2}", "Mais sobre {t1}", "T:Assuntos relacionados\n{t1}\n{t2}"],
    "related": ["Notícias relacionadas\n{h1}\n{h2}\n{h3}", "Veja também\n{h1}\n{h2}",
                "T:Recomendados para você\n{h1}\n{h2}"],
    "most_read": ["Mais lidas\n1\n{h1}\n2\n{h2}\n3\n{h3}", "As mais lidas\n{h1}\n{h2}", "T:Em alta\n{h1}\n{h2}"],
    "comments": ["Comentários ({nn})", "Deixe o seu comentário", "Os comentários estão desativados.",
                 "Ver comentários", "T:Seja o primeiro a comentar"],
    "app_promo": ["Descarregue a app do {site} e receba alertas.", "Baixe o app\nApp Store\nGoogle Play",
                  "T:Ative as notificações"],
    "live": ["{hh}h{mm}", "{hh}:{mm}\n{h1}", "Há {n} minutos", "ÚLTIMA HORA {hh}:{mm}", "T:Atualizado às {hh}:{mm}"],
    "dateline": ["{city}, {dd} {mes3} (Lusa) - ", "{CITY} — ", "{city} (Reuters) - ",
                 "T:{CITY}, {dd} de {month} (AFP) — "],
}

IT = {
    "consent": [
        "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti.\n"
        "Accetta\nRifiuta\nPersonalizza",
        "Noi e i nostri partner archiviamo e accediamo a informazioni su un dispositivo.\nACCETTA E CONTINUA",
        "T:Accetta i cookie o abbonati per navigare senza pubblicità.\nAccetta\nAbbonati",
    ],
    "kicker": ["{kick}", "{KICK}", "LA DIRETTA", "L'analisi", "T:Esclusivo"],
    "live_key": ["I punti chiave\n{h1}\n{h2}\n{h3}", "In sintesi:\n- {h1}\n- {h2}", "T:Le ultime notizie\n{h1}\n{h2}"],
    "affiliate": [
        "Questo articolo contiene link di affiliazione: se acquisti tramite questi link potremmo ricevere una "
        "commissione.",
        "Contenuto sponsorizzato", "T:I prodotti sono scelti in modo indipendente dalla redazione.",
    ],
    "byline": ["di {a1}", "{a1}\nGiornalista", "di {a1} e {a2}", "{a1}, {a2} e {a3}", "{A1}\n{city}", "Redazione",
               "T:Dal nostro inviato {a1}"],
    "published": ["{date} - {hh}:{mm}", "Aggiornato il {num2} alle {uhh}:{mm}", "Pubblicato il {num2} alle ore {hh}:{mm}",
                  "{dow} {dd} {month} {year}", "T:{n} ore fa"],
    "read_time": ["Tempo di lettura: {min} minuti", "{min} min di lettura", "T:Lettura: {min}'"],
    "listen": ["Ascolta l'articolo", "Ascolta la notizia\n{len}", "T:Versione audio generata da sintesi vocale"],
    "share": ["Condividi\nFacebook\nX\nWhatsApp\nEmail", "Condividi su Facebook¦ Condividi su X¦ Copia link",
              "Salva\nStampa\nCondividi", "T:Link copiato"],
    "caption": ["{cap} (foto {wire})", "{cap} | Ansa", "{cap} - Foto: {ph}", "{cap} {WIRE}/{PH}",
                "T:Foto d'archivio. {cap} (LaPresse)"],
    "ad": ["Pubblicità", "PUBBLICITÀ", "Continua a leggere dopo la pubblicità", "Annuncio", "T:Contenuto sponsorizzato"],
    "read_also": ["Leggi anche: {h1}", "LEGGI ANCHE | {h1}", "Potrebbe interessarti\n{h1}\n{h2}", "Approfondisci: {h1}",
                  "T:Correlato → {h1}"],
    "newsletter": [
        "Iscriviti alla newsletter e ricevi ogni mattina le notizie principali.\nLa tua email\nIscriviti\nHo letto "
        "l'informativa sulla privacy",
        "Grazie per esserti iscritto!", "Inserisci un indirizzo email valido", "NEWSLETTER | Il punto del mattino",
        "T:Conferma la tua iscrizione cliccando il link che ti abbiamo inviato.",
    ],
    "video": ["Video: {h1}", "Guarda il video\n{len}", "Caricamento video in corso...", "Questo video non è disponibile.",
              "T:Il video partirà tra 5 secondi"],
    "social": [
        "Visualizza questo post su Instagram\nUn post condiviso da {a1} (@{handle})",
        "— {a1} (@{handle}) {dd} {month} {year}", "Seguici su Facebook, Instagram e X",
        "Entra nel canale WhatsApp di {site}", "T:Contenuto non disponibile: accetta i cookie per visualizzarlo.",
    ],
    "paywall": [
        "Questo articolo è riservato agli abbonati.\nAbbonati a 1 € al mese per 3 mesi\nSei già abbonato? Accedi",
        "Contenuto riservato agli abbonati", "Hai raggiunto il limite di articoli gratuiti.",
        "T:Sostieni il giornalismo indipendente. Abbonati ora.",
    ],
    "agency_credit": ["(ANSA)", "ANSA", "(Adnkronos)", "Fonte: Ansa", "(ITALPRESS)", "T:(AGI)"],
    "correction": [
        "Rettifica: in una precedente versione di questo articolo era riportata una data errata.",
        "Articolo aggiornato alle {hh}:{mm} con le dichiarazioni del ministro.",
        "Aggiornamento: aggiunti nuovi dettagli.",
        "T:Nota della redazione: l'articolo è stato modificato per correggere il nome dell'azienda.",
    ],
    "origin": ["Questo articolo è stato pubblicato originariamente su {partner}.", "Fonte: {partner}",
               "T:Articolo ripubblicato per gentile concessione di {partner}."],
    "ai_note": [
        "Questo articolo è stato tradotto con l'ausilio dell'intelligenza artificiale e verificato dalla redazione.",
        "Sintesi generata con IA", "T:Testo realizzato con il supporto di strumenti di intelligenza artificiale.",
    ],
    "bio": ["{a1} è giornalista della redazione Economia. Contatti: {handle}@{domain}", "{a1} è corrispondente da {city}.",
            "T:{a1} scrive di finanza e mercati dal 2010."],
    "copyright": ["© Riproduzione riservata", "RIPRODUZIONE RISERVATA ©", "© {year} {site}. Tutti i diritti riservati.",
                  "T:Copyright © {year} ANSA. Tutti i diritti riservati."],
    "tags": ["Argomenti: {t1}, {t2}, {t3}", "Tag\n{t1}\n{t2}", "Tutte le notizie su {t1}", "T:TEMI: {T1}"],
    "related": ["Articoli correlati\n{h1}\n{h2}\n{h3}", "Ti potrebbe interessare\n{h1}\n{h2}",
                "T:Altre notizie\n{h1}\n{h2}"],
    "most_read": ["I più letti\n1\n{h1}\n2\n{h2}\n3\n{h3}", "Più letti oggi\n{h1}\n{h2}", "T:Di tendenza\n{h1}\n{h2}"],
    "comments": ["Commenti ({nn})", "Lascia un commento", "I commenti sono chiusi.", "Accedi per commentare",
                 "T:Sii il primo a commentare"],
    "app_promo": ["Scarica l'app di {site} per ricevere le notizie in tempo reale.",
                  "Scarica l'app\nApp Store\nGoogle Play", "T:Attiva le notifiche"],
    "live": ["{hh}:{mm}", "ore {hh}:{mm}\n{h1}", "{n} minuti fa", "ULTIM'ORA {hh}:{mm}", "T:Aggiornamento delle {hh}:{mm}"],
    "dateline": ["(ANSA) - {CITY}, {dd} {MES3} - ", "{CITY} - ", "{city}, {dd} {month} (Adnkronos) - ",
                 "T:{CITY}, {dd} {MES3} (AGI) - "],
}

HOUSE: dict[str, dict[str, list[str]]] = {"en": EN, "es": ES, "fr": FR, "de": DE, "pt": PT, "it": IT}
