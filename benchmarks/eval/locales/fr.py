"""French-language page furniture; template fields are listed in ``benchmarks.eval.locales``."""

VOCAB: dict[str, list] = {
    "sites": ["Le Monde", "Le Figaro", "Libération", "franceinfo", "Le Parisien", "Ouest-France", "RFI"],
    "sections": ["International", "Économie", "Politique", "Sport", "Culture", "Tech", "Société"],
    "home": ["Accueil"],
    "names": [
        "Marie Dupont", "Luc Martin", "Camille Bernard", "Julien Moreau", "Sophie Lefèvre", "Antoine Girard",
        "Claire Rousseau",
    ],
    "and": " et ",
    "cities": ["PARIS", "BRUXELLES", "GENÈVE", "DAKAR", "MONTRÉAL", "LYON", "WASHINGTON"],
    "months": [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre",
    ],
    "mons": [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.",
    ],
    "datelines": [
        ("AFP", "{CITY} (AFP) -"), ("AFP", "{City} (AFP) —"), ("Reuters", "{CITY}, {d} {month} (Reuters) -"),
        ("AFP", "{CITY}, {d} {month} (AFP) -"), ("AP", "{CITY} (AP) —"),
    ],
    "provided": ["Avec {agency}", "Source : {agency}"],
    "bylines": [
        "Par {a}", "Par {a}{and}{b}", "{a} avec {agency}", "Par {A}", "{a}, {b}{and}{c}",
        "Le {site} avec {agency}", "Par {a} | {site}", "Le {site} avec AFP", "{a} (avec AFP)",
        "Rédaction {site}", "Par {a} et {b}, correspondants à {City}", "{A} / {site}",
        "Propos recueillis par {a}",
    ],
    "role": ["Envoyée spéciale", "Correspondant", "Journaliste au service Économie"],
    "stamps": [
        "Publié le {d} {month} {y} à {HH}h{MM}", "Mis à jour le {d:02d}/{m:02d}/{y} à {HH}h{MM}",
        "Le {d:02d}/{m:02d}/{y} à {HH}:{MM}", "Publié aujourd'hui à {HH}h{MM}, modifié à {HH}h{MM}",
        "Mis à jour le {d} {month} {y}", "Il y a {n} heures", "il y a {n} min",
        "Publié le {d:02d}/{m:02d}/{y} {HH}:{MM} Mis à jour le {d:02d}/{m:02d}/{y} {HH}:{MM}",
        "{dow} {d} {month} {y}",
    ],
    "read": [
        "Temps de lecture : {n} min", "Lecture {n} min.", "{n} min de lecture", "Temps de lecture: {n} min.",
    ],
    "share": [
        "Partager", "Partager sur Facebook", "Sauvegarder", "Offrir cet article", "Copier le lien",
        "Ajouter à mes favoris", "Lien copié", "Partager sur X", "Imprimer", "Envoyer par e-mail",
        "Partager sur LinkedIn", "Réagir",
    ],
    "audio": ["Écouter cet article", "Écouter l'article", "Écouter ({n} min)"],
    "subjects": [
        "Vue de la ville au crépuscule", "Des députés lors d'une séance à l'Assemblée",
        "Des manifestants défilent dans le centre-ville", "Des policiers devant le bâtiment",
        "Des supporters avant le match", "Vue générale du port", "Des voyageurs en gare",
    ],
    "captions": [
        "{S}, le {d} {month}. Photo : {agency}", "{S}. AFP/{A}", "Photo d'archives : {S}.",
        "{S} (Illustration)",
    ],
    "credits": ["Photo : AFP", "© {a} / AFP", "Crédit photo : Reuters", "AFP/{A}"],
    "teasers": [
        "Lire aussi", "LIRE AUSSI :", "À lire aussi :", "Voir aussi", "Lire aussi |", "Notre article :",
        "LIRE AUSSI.", "Lire la suite", "Voir aussi :",
    ],
    "ads": ["Publicité", "PUBLICITÉ", "Article réservé aux abonnés", "Contenu sponsorisé"],
    "newsletter": [
        "Inscrivez-vous à notre newsletter", "Recevez chaque matin l'essentiel de l'actualité.",
        "Newsletter « La Matinale »",
    ],
    "paywall": [
        "Il vous reste {n}0 % de cet article à lire. La suite est réservée aux abonnés.",
        "Déjà abonné ? Se connecter",
    ],
    "embeds": [
        "pic.twitter.com/{code}", "— {a} (@{handle}) {d} {month} {y}",
        "Voir cette publication sur Instagram", "Contenu externe",
    ],
    "copyright": [
        "© {y} AFP", "© {site} {y}", "Tous droits réservés.",
        "Copyright © {y} {site}. Tous droits réservés.", "© {site} - Reproduction interdite",
    ],
    "tails": [
        "(Reportage {a}; version française {b}, édité par {c})", "(Rédigé par {a}, édité par {b})",
        "Avec {agency}", "(Avec {agency})", "bur-{x}/{z}", "{x}/{z}", "(Avec AFP)",
    ],
    "contact": ["Contact : {email}", "Écrivez-nous : {email}"],
    "corrections": [
        "Mise à jour le {d} {month} à {HH}h{MM} : ajout de précisions.",
        "Rectificatif : une version précédente de cet article comportait une erreur de date.",
    ],
    "tags": ["Mots-clés : {t}", "Sujets : {t}", "Thématiques : {t}"],
    "tag_label": ["Sujets", "Mots-clés", "Sur le même sujet"],
    "tag_words": [
        "Économie", "Élections", "Union européenne", "Inflation", "Football", "Énergie", "Gouvernement",
        "Commerce", "Technologie", "Transports",
    ],
    "related": [
        "Les plus lus", "À la une", "Dernières actualités", "Sur le même sujet", "À lire aussi",
        "Les plus partagés", "En continu", "Vous aimerez aussi",
    ],
    "headlines": [
        "Grève des contrôleurs aériens : des centaines de vols annulés",
        "Inondations dans le Gard : l'alerte rouge levée", "Le prix du gazole repart à la hausse",
        "Un musée restitue deux statues pillées", "La ville vote de nouvelles pistes cyclables",
        "Canicule : restrictions d'eau dans le Sud", "Un chantier naval décroche une commande record",
        "Tempête : des milliers de foyers privés d'électricité", "La BCE maintient ses taux directeurs",
        "Un constructeur rappelle 80 000 véhicules", "Le chômage recule pour le troisième mois",
        "Affluence record au musée du Louvre", "Les Bleus préparent leur match amical",
    ],
    "comments": ["Commentaires", "Réagir", "{n} réactions", "Voir les commentaires"],
    "follow": [
        "Suivez-nous sur Twitter @{handle}", "Retrouvez-nous sur Facebook et Instagram",
        "Suivez toute l'actualité sur notre chaîne WhatsApp", "Suivez {site} sur Google Actualités",
    ],
    "consent": [
        "Nous utilisons des cookies pour améliorer votre expérience.", "Tout accepter",
        "Paramétrer les cookies",
    ],
    "gallery": ["1 sur {n}", "Photo 1/{n}", "Diaporama : {n} photos"],
    "video": ["Vidéo : les images du jour", "Lire la vidéo", "Durée : 02:1{n}"],
    "rules": ["___", "* * *", "(FIN)"],
    "bio": ["{a} est journaliste au service International de {site}.", "{a} est correspondant à {City}."],
}
