"""blind10's per-language fillers: people, cities, sections, tags, photo captions, native headlines (for the
read-also, related and most-read lists of non-English outlets; English ones take real BBC headlines of stories
not in the set), and the names of months and days. Written for this set."""
from __future__ import annotations

from datetime import datetime

LANGS = ("en", "es", "fr", "de", "pt", "it")

PEOPLE = {
    "en": ["Megan Halvorsen", "Darnell Whitfield", "Priya Raghunathan", "Connor McAuley", "Bethany Crowe",
           "Luis Aranda", "Hannah Okafor", "Tom Prendergast", "Keiko Ashworth", "Rhys Llewellyn", "Simone Barrett",
           "Grant Osei", "Caitlin Murphy-Ross", "Andrew Kowalczyk", "Natalie Brandt", "Jordan Esposito",
           "Fiona MacLeod", "Marcus Delaney", "Ellie Sandhu", "Ben Carruthers", "Rosa Villanueva", "Declan Foley",
           "Amara Nwosu", "Stuart Pemberton", "Jessica Tran", "Oliver Haddad", "Lauren Beaumont", "Kyle Fenwick",
           "Harriet Quill", "Sam Abernathy", "Chloe Whitaker", "Ravi Bhattacharya"],
    "es": ["María José Fernández", "Javier Ortega", "Lucía Romero Paz", "Andrés Cabrera", "Carmen Villalobos",
           "Pablo Echeverría", "Nuria Sanz", "Rodrigo Benítez", "Elena Marín", "Sergio Aguilar", "Ana Belén Prieto",
           "Diego Salcedo", "Marta Iglesias", "Álvaro Lozano", "Itziar Goikoetxea", "Fernando Quiroga",
           "Paula Medina", "Jorge Castañeda", "Laura Domínguez", "Iván Robles", "Beatriz Calvo", "Tomás Arrieta"],
    "fr": ["Camille Lefèvre", "Julien Moreau", "Claire Dubois-Martin", "Antoine Garnier", "Sophie Lemaire",
           "Nicolas Fabre", "Émilie Rousseau", "Thibault Girard", "Mathilde Perrin", "Hugo Marchand",
           "Léa Fontaine", "Olivier Bertrand", "Aurélie Chevalier", "Maxime Roussel", "Inès Benali",
           "Guillaume Picard", "Pauline Lambert", "Romain Colin", "Nathalie Vidal", "Baptiste Renaud"],
    "de": ["Katharina Vogel", "Jonas Becker", "Miriam Hoffmann", "Florian Schäfer", "Anja Krüger",
           "Tobias Wagner", "Lena Schulze", "Matthias Brandl", "Sabine Keller", "Philipp Neumann",
           "Johanna Lorenz", "Stefan Bauer", "Carolin Haas", "Felix Zimmermann", "Theresa Huber",
           "Markus Lindner", "Nina Albrecht", "Dominik Weiß", "Ulrike Franke", "Sebastian Roth"],
    "pt": ["Ana Rita Carvalho", "João Pedro Almeida", "Mariana Sousa", "Ricardo Ferreira", "Beatriz Lopes",
           "Tiago Moreira", "Catarina Pinto", "Rafael Nogueira", "Juliana Barros", "Gustavo Rezende",
           "Inês Marques", "Pedro Henrique Costa", "Sofia Teixeira", "Lucas Vasconcelos", "Helena Duarte",
           "Miguel Antunes", "Fernanda Lima", "Bruno Cardoso", "Camila Fonseca", "Nuno Ribeiro"],
    "it": ["Giulia Romano", "Marco Bianchi", "Francesca Esposito", "Luca Ferrari", "Chiara Colombo",
           "Alessandro Ricci", "Valentina Greco", "Davide Marino", "Silvia Conti", "Matteo De Luca",
           "Elena Galli", "Simone Fontana", "Martina Lombardi", "Andrea Moretti", "Federica Barbieri",
           "Stefano Rinaldi", "Sara Caruso", "Paolo Ferraro", "Alessia Gentile", "Riccardo Testa"],
}

CITIES = {
    "en": ["Dallas", "Tampa", "Leeds", "London", "Brisbane", "Perth", "Winnipeg", "Phoenix", "Sheffield",
           "Houston", "Gold Coast", "San Francisco", "Chicago", "Austin", "Manchester", "Adelaide", "Denver"],
    "es": ["Madrid", "Barcelona", "Sevilla", "Valencia", "Bilbao", "Ciudad de México", "Guadalajara",
           "Buenos Aires", "Bogotá", "Málaga", "Zaragoza", "Monterrey"],
    "fr": ["Paris", "Toulouse", "Lyon", "Marseille", "Bordeaux", "Montpellier", "Lille", "Nantes", "Bruxelles",
           "Strasbourg", "Perpignan", "Albi"],
    "de": ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Leipzig", "Graz", "Wien",
           "Düsseldorf", "Potsdam", "Dresden"],
    "pt": ["Lisboa", "Porto", "São Paulo", "Rio de Janeiro", "Brasília", "Coimbra", "Braga", "Belo Horizonte",
           "Faro", "Curitiba", "Setúbal"],
    "it": ["Roma", "Milano", "Napoli", "Torino", "Firenze", "Bologna", "Palermo", "Genova", "Bari", "Venezia",
           "Latina", "Verona"],
}

SECTIONS = {
    "en": ["Business", "Politics", "Local News", "Sport", "Technology", "Markets", "World", "Health",
           "Entertainment", "Money", "Science", "Education", "Crime", "Weather", "Economy"],
    "es": ["Economía", "Política", "Internacional", "Deportes", "Cultura", "Tecnología", "Sociedad", "Local",
           "Mercados", "Ciencia"],
    "fr": ["Économie", "Politique", "International", "Sport", "Culture", "Société", "Tech", "Faits divers",
           "Occitanie", "Monde"],
    "de": ["Wirtschaft", "Politik", "Ausland", "Sport", "Kultur", "Wissen", "Digital", "Berlin", "Panorama",
           "Finanzen"],
    "pt": ["Economia", "Política", "Internacional", "Desporto", "Cultura", "Tecnologia", "Sociedade", "País",
           "Mercados", "Brasil"],
    "it": ["Economia", "Politica", "Esteri", "Sport", "Cultura", "Tecnologia", "Cronaca", "Roma", "Mercati",
           "Spettacoli"],
}

TAGS = {
    "en": ["interest rates", "elections", "UK economy", "oil prices", "Premier League", "video games",
           "film", "music", "trade", "unemployment", "Wall Street", "mergers", "cybersecurity", "transport",
           "tax", "Westminster"],
    "es": ["economía", "elecciones", "Banco Central", "petróleo", "fútbol", "cine", "empleo", "bolsa",
           "inflación", "comercio exterior", "Gobierno"],
    "fr": ["économie", "élections", "Banque centrale européenne", "pétrole", "football", "cinéma", "emploi",
           "Bourse", "inflation", "Assemblée nationale", "rugby"],
    "de": ["Wirtschaft", "Bundestag", "EZB", "Ölpreis", "Fußball", "Kino", "Arbeitsmarkt", "Börse", "Inflation",
           "Außenhandel", "Bundesregierung"],
    "pt": ["economia", "eleições", "Banco Central", "petróleo", "futebol", "cinema", "emprego", "Bolsa",
           "inflação", "comércio exterior", "Governo"],
    "it": ["economia", "elezioni", "Bce", "petrolio", "calcio", "cinema", "lavoro", "Borsa", "inflazione",
           "export", "Governo"],
}

CAPTIONS = {
    "en": ["Traders work on the floor of the exchange", "Commuters wait for a train during rush hour",
           "A worker inspects goods at a distribution centre", "Fans celebrate outside the stadium",
           "The company's headquarters", "Shoppers walk past a store window display",
           "Protesters gather outside the state capitol", "A cargo ship is unloaded at the port",
           "The minister speaks to reporters", "Cars queue at a petrol station",
           "Visitors look at a smartphone display at a trade show", "Farmers harvest wheat in a field",
           "The band performs on stage", "Storm clouds gather over the city skyline"],
    "es": ["Operadores en la Bolsa de Madrid", "Vista de la fachada del Banco de España",
           "Varias personas caminan por una calle comercial", "Aficionados celebran el triunfo en la plaza",
           "El ministro atiende a los medios", "Un buque portacontenedores en el puerto",
           "Imagen de una gasolinera", "Trabajadores en una planta de montaje"],
    "fr": ["Des traders à la Bourse de Paris", "Le siège de l'entreprise", "Des passants dans une rue commerçante",
           "Des supporters célèbrent la victoire", "Le ministre s'adresse à la presse",
           "Un porte-conteneurs dans le port du Havre", "Une station-service", "Des ouvriers sur une chaîne de montage"],
    "de": ["Händler an der Frankfurter Börse", "Die Konzernzentrale des Unternehmens",
           "Passanten in einer Einkaufsstraße", "Fans feiern den Sieg auf dem Marktplatz",
           "Der Minister spricht mit Journalisten", "Ein Containerschiff im Hamburger Hafen",
           "Eine Tankstelle", "Arbeiter in einer Montagehalle"],
    "pt": ["Operadores na Bolsa de Valores", "A sede da empresa", "Pessoas caminham numa rua comercial",
           "Adeptos festejam a vitória", "O ministro fala aos jornalistas", "Um navio porta-contentores no porto",
           "Um posto de combustível", "Trabalhadores numa linha de montagem"],
    "it": ["Operatori alla Borsa di Milano", "La sede della società", "Passanti in una via dello shopping",
           "Tifosi festeggiano la vittoria in piazza", "Il ministro parla con i giornalisti",
           "Una nave portacontainer nel porto di Genova", "Un distributore di benzina",
           "Operai in una linea di montaggio"],
}

HEADLINES = {
    "es": ["El Ibex 35 cierra la semana con una subida del 2%", "El Gobierno aprueba el nuevo plan de vivienda",
           "La inflación se modera en marzo por el abaratamiento de la luz", "Huelga de controladores en verano",
           "El Real Madrid remonta y pasa a semifinales", "Detenido un hombre por estafar a ancianos en Málaga",
           "La ola de calor dispara el consumo eléctrico", "Las exportaciones baten récord en el primer trimestre",
           "El paro baja en 40.000 personas en abril", "Polémica por la nueva tasa turística"],
    "fr": ["Le CAC 40 termine la semaine en hausse", "Réforme des retraites : ce qui change au 1er septembre",
           "Toulouse : un incendie ravage un entrepôt", "L'inflation ralentit en mai selon l'Insee",
           "Le Stade Toulousain qualifié pour la finale", "Carburants : les prix repartent à la hausse",
           "Canicule : vigilance orange dans douze départements", "Airbus relève ses objectifs de livraisons",
           "Municipales : la liste de la majorité en tête", "Un nouveau TGV entre Paris et Perpignan"],
    "de": ["DAX schließt auf Rekordhoch", "Bundesregierung einigt sich auf Haushaltsentwurf",
           "Inflation sinkt im Mai auf 2,4 Prozent", "Bahnstreik: Was Pendler jetzt wissen müssen",
           "Hertha verliert Derby gegen Union", "Mieten in Berlin steigen weiter",
           "Unwetterwarnung für Brandenburg", "Autoindustrie meldet Rückgang der Exporte",
           "Neuer Flughafenchef stellt Pläne vor", "Was das Heizungsgesetz für Mieter bedeutet"],
    "pt": ["Bolsa fecha em alta impulsionada pelos bancos", "Governo aprova novo pacote para a habitação",
           "Inflação abranda em abril", "Greve nos comboios afeta milhares de passageiros",
           "Benfica vence e isola-se na liderança", "Dólar recua e fecha abaixo de R$ 5",
           "Calor extremo: IPMA coloca distritos em aviso laranja", "Exportações batem recorde no trimestre",
           "Desemprego cai para mínimo de dez anos", "Preço dos combustíveis sobe na próxima semana"],
    "it": ["Piazza Affari chiude in rialzo", "Il governo approva la manovra", "L'inflazione rallenta ad aprile",
           "Sciopero dei treni, le fasce garantite", "La Roma vince il derby e sale al quarto posto",
           "Caldo record, bollino rosso in 15 città", "Spread in calo, Btp sotto il 4%",
           "Export in crescita nel primo trimestre", "Bonus edilizi, cosa cambia dal 2025",
           "Maltempo, allerta arancione in Liguria"],
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
}

DAYS = {  # Monday first, as datetime.weekday()
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}


def month(lang: str, when: datetime) -> str:
    return MONTHS[lang][when.month - 1]


def short_month(lang: str, when: datetime) -> str:
    """Agencies' short months: "mar", "mars", "Mär", "mar", "mar" ("sept" and "juil" in French)."""
    name = month(lang, when)
    if lang == "fr":
        return {"juin": "juin", "juillet": "juil", "septembre": "sept"}.get(name, name[:4].rstrip("."))
    return name[:3]


def day(lang: str, when: datetime) -> str:
    return DAYS[lang][when.weekday()]


def long_date(lang: str, when: datetime) -> str:
    """A date as that language's pages write it out."""
    m = month(lang, when)
    return {"en": f"{m} {when.day}, {when.year}", "es": f"{when.day} de {m} de {when.year}",
            "fr": f"{when.day} {m} {when.year}", "de": f"{when.day}. {m} {when.year}",
            "pt": f"{when.day} de {m} de {when.year}", "it": f"{when.day} {m} {when.year}"}[lang]
