"""Per-language fillers of blind9's templates: people, cities, sections, tags, photo captions, native headlines
and dates, for the four languages its outlets write furniture in. Written for this set."""
from __future__ import annotations

from datetime import datetime

PEOPLE = {
    "en": ["Megan Kowalski", "Tunde Adeyemi", "Priya Raghavan", "Connor Whelan", "Aisling Brennan", "Marcus Bell",
           "Hannah Okafor", "Jared Lindqvist", "Siobhan McGrath", "Rahul Mehta", "Zainab Qureshi", "Liam Thornton",
           "Chloe Tan Wei Ling", "Wanjiru Kamau", "Thabo Nkosi", "Bea Santiago", "Ethan Caldwell", "Ruth Achieng",
           "Imran Siddiqui", "Grace O'Donnell", "Kyle Petrakis", "Natalie Chow", "Emeka Nwosu", "Fiona Gallagher",
           "Dylan Ramirez", "Ana Marie Reyes", "Mthunzi Dlamini", "Courtney Ng", "Bilal Ahmed", "Sarah-Jane Fox",
           "Tom Halloran", "Deepa Krishnan", "Oluwaseun Bakare", "Jessica Marchetti", "Brendan Kerr",
           "Alicia Fontaine"],
    "es": ["Lucía Fernández", "Javier Ortega", "María José Castillo", "Pablo Iglesias Rubio", "Carmen Navarro",
           "Andrés Molina", "Elena Saiz", "Sergio Gutiérrez", "Nuria Peña", "Álvaro Domínguez"],
    "fr": ["Camille Lefèvre", "Julien Moreau", "Sophie Garnier", "Thomas Perrin", "Élodie Marchand",
           "Nicolas Fabre", "Manon Girard", "Antoine Roussel", "Claire Bonnet", "Hugo Lambert"],
    "de": ["Katrin Hoffmann", "Jonas Becker", "Miriam Schulte", "Florian Weber", "Lena Krause", "Tobias Richter",
           "Anja Vogel", "Matthias Brandt", "Sabine Lorenz", "Felix Neumann"],
}

CITIES = {
    "en": ["Seattle", "Minneapolis", "Raleigh", "Salt Lake City", "Manchester", "Edinburgh", "Dublin", "Toronto",
           "Ottawa", "Auckland", "Wellington", "Brisbane", "Mumbai", "New Delhi", "Karachi", "Lahore", "Lagos",
           "Abuja", "Nairobi", "Johannesburg", "Cape Town", "Singapore", "Manila", "Cebu", "Cleveland", "Belfast",
           "Houston", "Vancouver"],
    "es": ["Madrid", "Barcelona", "Sevilla", "Valencia", "Bilbao", "Zaragoza"],
    "fr": ["Paris", "Lyon", "Marseille", "Lille", "Bordeaux", "Nantes"],
    "de": ["Berlin", "Hamburg", "München", "Köln", "Frankfurt", "Leipzig"],
}

SECTIONS = {
    "en": ["Business", "World", "Local News", "Politics", "Markets", "Tech", "Sport", "Entertainment", "Nation",
           "Money", "Economy", "Breaking News", "Africa", "Asia", "Metro", "Opinion", "Health", "Energy"],
    "es": ["Economía", "Internacional", "Nacional", "Deportes", "Tecnología", "Cultura"],
    "fr": ["Économie", "International", "Faits divers", "Politique", "Sport", "High-Tech"],
    "de": ["Wirtschaft", "Politik", "Panorama", "Sport", "Technik", "Ausland"],
}

TAGS = {
    "en": ["Economy", "Stock markets", "UK politics", "Interest rates", "Oil prices", "Football", "Film",
           "Elections", "Trade", "Technology", "Banking", "Music", "Inflation", "Mergers and acquisitions",
           "Government", "Television", "Tennis", "Energy"],
    "es": ["Economía", "Bolsa", "Fútbol", "Elecciones", "Tecnología", "Cine", "Petróleo", "Empresas"],
    "fr": ["Économie", "Bourse", "Football", "Élections", "Cinéma", "Pétrole", "Entreprises", "Musique"],
    "de": ["Wirtschaft", "Börse", "Fußball", "Wahlen", "Kino", "Ölpreis", "Unternehmen", "Musik"],
}

CAPTIONS = {
    "en": ["Traders work on the floor at the close of the session", "Supporters gather outside the venue",
           "A general view of the company's headquarters", "Shoppers walk past a store window",
           "The minister speaks to reporters after the meeting", "Fans cheer during the match",
           "Workers at an assembly line", "A container ship is unloaded at the port",
           "Delegates arrive for the summit", "The singer performs on stage", "File photo",
           "Commuters queue at a bus stop", "Oil pumpjacks in a field at dusk"],
    "es": ["Vista general de la sede de la compañía", "Operadores en el parqué de la Bolsa",
           "El ministro atiende a los medios", "Aficionados durante el partido", "Imagen de archivo"],
    "fr": ["Vue générale du siège de l'entreprise", "Des opérateurs à la Bourse", "Le ministre face à la presse",
           "Des supporters pendant le match", "Photo d'illustration"],
    "de": ["Blick auf die Konzernzentrale", "Händler an der Börse", "Der Minister vor der Presse",
           "Fans während des Spiels", "Archivbild"],
}

HEADLINES = {
    "es": ["El Gobierno aprueba el nuevo plan de vivienda", "La Bolsa cierra la semana en verde",
           "Las lluvias obligan a cortar varias carreteras", "El paro baja por tercer mes consecutivo",
           "Así queda la clasificación tras la jornada", "Qué se sabe del apagón de este martes"],
    "fr": ["Le gouvernement présente son plan pour l'emploi", "La Bourse de Paris termine en hausse",
           "Intempéries : plusieurs départements en vigilance orange", "Ce que l'on sait de l'accident",
           "Retraites : ce qui change au 1er janvier", "Le club s'impose dans les arrêts de jeu"],
    "de": ["Regierung einigt sich auf Haushaltsentwurf", "DAX schließt mit leichtem Plus",
           "Unwetter sorgt für Chaos auf Autobahnen", "Was über den Stromausfall bekannt ist",
           "Inflation sinkt auf tiefsten Stand seit Jahren", "Bayern dreht Spiel in der Nachspielzeit"],
}

_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}


def month(lang: str, when: datetime) -> str:
    return _MONTHS[lang][when.month - 1]


def long_date(lang: str, when: datetime) -> str:
    """The date as the language's pages write it in full."""
    if lang == "en":
        return f"{month(lang, when)} {when.day}, {when.year}"
    if lang == "es":
        return f"{when.day} de {month(lang, when)} de {when.year}"
    if lang == "fr":
        return f"{when.day} {month(lang, when)} {when.year}"
    return f"{when.day}. {month(lang, when)} {when.year}"
