"""French: AFP and other wires' datelines; tags, "Lire aussi", subscriber notices, stamps, credits."""
from __future__ import annotations

from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.rules.shapes import PLATFORMS, credit, label, latin_credit, line

L = "fr"
_MOIS = r"(?i:(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec)[a-zéû]{0,6})\.?"
_DATE = rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|(?:1er|\d{{1,2}}) {_MOIS}(?: \d{{4}})?|aujourd'hui|aujourd’hui|hier)"
_HEURE = r"\d{1,2}(?:h|H|:)\d{2}"

RULES: tuple[Rule, ...] = (
    credit(
        "afp_fr_credit", L, "AFP", latin_credit(r"AFP"),
        "PARIS (AFP) - Le gouvernement a présenté mercredi un projet de loi sur l'assurance chômage.",
        "Selon un décompte de l'AFP, le gouvernement a présenté mercredi un projet de loi sur l'assurance chômage.",
    ),
    credit(
        "reuters_fr_credit", L, "Reuters", latin_credit(r"Reuters"),
        "Bruxelles (Reuters) - La Commission européenne a ouvert une enquête sur les subventions chinoises.",
        "Interrogée par Reuters, la Commission européenne a confirmé l'ouverture d'une enquête.",
    ),
    credit(
        "ats_credit", L, "Keystone-ATS", latin_credit(r"ATS|Keystone-ATS"),
        "Genève (ATS) - Le Conseil fédéral a adopté vendredi le message sur la réforme des retraites.",
        "Les dépêches de l'ATS montrent que le Conseil fédéral a adopté vendredi le message sur la réforme.",
    ),
    credit(
        "belga_credit", L, "Belga", latin_credit(r"Belga"),
        "Bruxelles (Belga) - Le gouvernement fédéral a approuvé le budget pluriannuel.",
        "Selon l'agence Belga, le gouvernement fédéral a approuvé le budget pluriannuel.",
    ),
    label(
        "tags_fr", L, "list_label", r"(?:Mots-clés|Mots clés|Tags|Sujets(?: associés)?|Thèmes(?: associés)?|Sur le même sujet)(?: ?:)?",
        "Mots-clés", "Mots-clés et slogans ont dominé la campagne des municipales, selon les chercheurs.", zone="tail",
    ),
    label(
        "teaser_fr", L, "teaser_label",
        r"(?i:lire aussi|à lire aussi|a lire aussi|lire également|à lire également|voir aussi|à voir aussi"
        r"|découvrir aussi|lire la suite|en savoir plus|vous aimerez aussi|notre article"
        r"|sur le même sujet|à découvrir(?: aussi)?|a découvrir|ne manquez pas|à ne pas manquer)(?: ?:)?",
        "Lire aussi", "Lire aussi les rapports précédents permet de mesurer l'ampleur du recul, note l'auteur.",
        version=2,
    ),
    line(
        "paywall_fr", L,
        r"(?:Article|Cet article est|Contenu|Ce contenu est) réservé aux (?:abonnés|abonnées|membres)\.?"
        r"|Il vous reste \d{1,3} ?% de cet article à lire\.?(?: La suite est réservée aux abonnés\.?)?"
        # Le Monde's lock: "L'accès à la totalité de l'article est protégé".
        r"|L['’]accès à la totalité de l['’]article est (?:protégé|réservé aux abonnés)\.?"
        r"|(?:Abonnez-vous|Je m'abonne|Je m’abonne|Déjà abonné)[^\n]{0,120}",
        "Article réservé aux abonnés",
        "Le parking est réservé aux abonnés du club de sport, a rappelé la mairie dans un communiqué.",
        version=2,
    ),
    line(
        "stamp_fr", L,
        rf"(?:(?i:publié|mis à jour|modifié|actualisé)(?: le| à)? {_DATE}(?:,? (?:à )?{_HEURE})?"
        rf"(?: ?[,•|] ?(?i:mis à jour|modifié)(?: le| à)? (?:{_DATE}(?:,? (?:à )?{_HEURE})?|{_HEURE}))?"
        rf"|(?i:mis à jour|publié) il y a \d{{1,3}} (?:min|minutes?|heures?|h|jours?))\.?",
        "Mis à jour le 4 mars 2024 à 10h20",
        "Publié le 4 mars 2024, le rapport de la Cour des comptes pointe une dérive des dépenses.",
    ),
    line(
        "copyright_fr", L,
        r"(?:©|\([cC]\)|Copyright)[^\n]{0,120}?(?i:tous droits réservés|droits réservés)\.?"
        r"|(?i:tous droits réservés)\.?|© (?:AFP|Reuters|AP|Le \w{2,20})(?: \d{4})?"
        r"|(?i:toute reproduction(?:,? même partielle,?)? (?:interdite|est interdite)|reproduction interdite"
        r"|droits de reproduction réservés)[^\n]{0,100}",
        "© Le Quotidien 2023 - Tous droits réservés",
        "Le photographe affirme détenir tous droits réservés sur ces images, selon son avocat.",
        zone="tail", version=2,
    ),
    line(
        "share_fr", L,
        r"(?i:partager|partager sur (?:facebook|twitter|x|whatsapp|linkedin)|partager cet article"
        r"|suivez-nous sur (?:facebook|twitter|x|instagram|google actualités|google news|whatsapp)"
        r"|réagir|commenter|copier le lien)(?: ?[|·•] ?(?i:partager|facebook|twitter|e-mail|envoyer|imprimer)){0,6}",
        "Partager sur Facebook",
        "Partager le pouvoir avec les régions reste une promesse du candidat, rappelle l'éditorialiste.",
    ),
    line(
        "photo_credit_fr", L,
        r"(?:Photo|Photos|Crédit photo|Crédits photo|Illustration|Image) ?: ?[^\n]{1,80}"
        r"|\((?:Photo|Crédit)s? ?: ?[^()\n]{1,80}\)",
        "Photo : AFP / Ludovic Marin",
        "Photo après photo, l'exposition raconte la reconstruction de la ville après 1945.",
    ),
    # Publicités, lecteurs et contenus intégrés, compteurs de commentaires, boutons d'abonnement, cookies.
    line(
        "widgets_fr", L,
        r"(?i:publicité|contenu sponsorisé|sponsorisé|annonce|la suite après (?:la|cette) publicité"
        r"|lire la vidéo|vidéo suivante|regarder la vidéo|durée ?: ?\d{1,2}:\d{2}|contenu externe"
        r"|voir cette publication sur (?:instagram|x|twitter|facebook)|\d{1,5} (?:réactions?"
        r"|commentaires?)|voir les commentaires|s'inscrire|je m'inscris|(?:tout )?accepter"
        r"|(?:tout )?refuser|gérer (?:mes|les) (?:préférences|choix|cookies)|paramétrer les cookies"
        # A player that did not load: "Cette vidéo n'est pas disponible."
        r"|(?:cette|la) vidéo n['’]est (?:pas|plus) disponible\.?)",
        "La suite après cette publicité",
        "La publicité a été retirée après une plainte de l'association.",
        version=2,
    ),
    # Invitations à la newsletter, péage et bandeau cookies, écrites au lecteur.
    line(
        "prompts_fr", L,
        r"(?i:inscrivez-vous à (?:notre|la) newsletter.{0,40}|newsletter « ?[^»\n]{1,40} ?»"
        r"|recevez chaque (?:matin|jour|soir|semaine) .{1,50}|cet article est réservé aux abonnés\.?"
        r"|déjà abonné ?\? ?(?:se connecter|connectez-vous)\.?|nous utilisons des cookies.{0,70}"
        # An embed's consent placeholder: "Contenu externe : cliquez pour afficher le post X."
        r"|contenu externe ?: ?cliquez pour (?:afficher|voir|charger|accéder)[^\n]{0,40})",
        "Recevez chaque matin l'essentiel de l'actualité.",
        "Les abonnés reçoivent chaque matin un journal imprimé, précise la direction.",
    ),
    # Note sur l'auteur en fin d'article : un nom, puis sa fonction.
    line(
        "bio_fr", L,
        r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]{1,20}(?: [A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]{1,20}){1,3} |(?:Elle|Il) (?=est ))(?:est (?:[\w-]{1,20} ){0,3}(?:journaliste"
        r"|correspondante?|rédacteur|rédactrice|chef|reporter|éditorialiste)\b.{0,80}|(?:couvre"
        r"|écrit sur) .{1,80})(?:\. (?:Elle|Il) (?:a (?:auparavant |précédemment )?(?:travaillé|couvert|rejoint"
        r"|collaboré)|est (?:l'|l’)aut|vit|travaillait)\b.{1,150})?",
        "Camille Bernard est correspondant à Genève.",
        "Marie Dupont est arrivée à Genève lundi pour négocier avec les syndicats.",
        zone="tail",
    ),
    # Mentions de mise à jour ou de correction.
    line(
        "update_fr", L,
        r"(?i:cet article a été (?:mis à jour|modifié|corrigé|actualisé)).{0,100}"
        r"|(?i:article en cours d'actualisation)\.?",
        "Cet article a été mis à jour avec de nouveaux éléments.",
        "Cet article de loi a été modifié trois fois depuis 2010, rappelle le rapporteur.",
    ),
    # Commentaires fermés, rectificatifs et étiquettes vidéo ou direct au-dessus d'un titre.
    line(
        "comments_closed_fr", L, r"(?i:les commentaires sont (?:fermés|désactivés|clos))\.?",
        "Les commentaires sont fermés.",
        "Les commentaires sont fermés au public depuis lundi, a précisé la mairie.",
    ),
    # A live blog's closing line, and where it sends the reader next.
    line(
        "live_ended_fr", L,
        r"(?i:ce direct est (?:désormais )?(?:terminé|clos)|(?:le )?direct (?:est )?terminé"
        r"|fin (?:du|de ce) direct)"
        r"\.?(?: [^\n]{0,160}\bici\.?)?",
        "Ce direct est terminé. Retrouvez nos derniers articles ici.",
        "Le direct est terminé depuis longtemps quand la panne survient, a expliqué la chaîne dans un communiqué.",
    ),
    line(
        "correction_fr", L, r"(?:Rectificatif|Correctif|Erratum|Précision) ?: .{10,200}",
        "Rectificatif : une version précédente de cet article indiquait une date erronée.",
        "Le rectificatif budgétaire sera présenté mercredi en Conseil des ministres.",
    ),
    label(
        "media_fr", L, "teaser_label", r"(?i:vid[ée]o|audio|podcast|en images|diaporama|en direct|direct) ?[:|]",
        "VIDÉO :", "Vidéo à l'appui, le maire a dénoncé les dégradations commises dans la nuit.",
    ),
    # Instagram's caption under an embedded post: "shared by" and the account.
    line(
        "embed_fr", L, r"(?:Une publication partagée par) [^()\n]{1,60} \(@\w{1,30}\)",
        "Une publication partagée par Claire Moreau (@clairemoreau)",
        "Une publication partagée par le maire (@maire) a suscité la polémique, selon la presse locale.",
    ),
    # Players loading, read-aloud buttons and embedded posts' placeholders.
    line(
        "loading_fr", L, r"(?i:chargement(?: (?:du lecteur|de la vidéo|du contenu|en cours))?)(?:\.{3}|…)",
        "Chargement du lecteur...",
        "Chargement des camions terminé, le convoi est parti à l'aube, selon la préfecture.",
    ),
    line(
        "listen_fr", L, r"(?i:écouter) (?:cet article|l'article|l’article)",
        "Écouter cet article",
        "Écouter l'article de loi lu en séance a pris deux heures, a raconté le député.",
    ),
    line(
        "embed_placeholder_fr", L, r"(?i:voir cette publication sur (?:instagram|x|facebook|tiktok)|ce contenu n['’]est pas disponible[^\n]{0,80}"
        # "Pour afficher ce contenu X (Twitter), il est nécessaire d'accepter les cookies": the consent note.
        r"|pour (?:afficher|voir|consulter|lire) ce contenu[^\n]{0,40}(?:accepter|autoriser|consentement|cookies)[^\n]{0,100})\.?",
        "Voir cette publication sur Instagram",
        "Ce contenu a été publié sur Instagram par le maire, qui l'a retiré le lendemain.",
    ),
    # The consent gate round an embedded post (BBC Afrique: "Passer la publication Twitter", "Fin de la
    # publication Twitter", "Autoriser le contenu Twitter ?", "Accepter et continuer").
    line(
        "embed_gate_fr", L,
        rf"(?i:(?:passer|ignorer|fin de) (?:la |le )?(?:publication|contenu|post|vidéo|tweet) (?:de |d['’])?{PLATFORMS}"
        r"(?: de [^\n]{1,60})?(?:, ?\d{1,2})?"
        rf"|autoriser (?:le )?contenu (?:de |d['’])?{PLATFORMS} ?\??|accepter et continuer)",
        "Fin de la publication Twitter",
        "Passer la publication du décret au Journal officiel a pris trois mois, selon le ministère.",
    ),
    # The label over a box of other stories' headlines (most read, latest, related): a teaser label, the box
    # under it is taken by shape (transforms.core.cleaning.shaped).
    label(
        "more_news_fr", L, "teaser_label",
        r"(?i:les plus (?:lus|partagés|populaires|commentés)|à la une|dernières (?:actualités|infos"
        r"|nouvelles)|articles liés|sur le même thème|à lire aussi|lire aussi"
        r"|autres actualités)(?: ?:)?",
        "Les plus lus", "Les plus lus des rapports sont souvent les plus courts, note la chercheuse.",
        zone="below_head", version=2,
    ),
)
