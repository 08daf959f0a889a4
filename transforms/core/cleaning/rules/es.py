"""Spanish: EFE, Europa Press and other wires' datelines; tags, teasers, paywall notices, stamps, credits."""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.rules.shapes import PLATFORMS, LATIN_PLACE, SEP, credit, label, latin_credit, line

L = "es"
_MES = r"(?i:(?:ene|feb|mar|abr|may|jun|jul|ago|sep|sept|oct|nov|dic)[a-z]{0,7})\.?"
_FECHA = rf"\d{{1,2}}(?:/\d{{1,2}}/\d{{2,4}}| de {_MES}(?: (?:de )?\d{{4}})?)"
# An agency's or a paper's name: one to three capitalised words ("EFE", "Europa Press", "EUROPA PRESS").
_AGENCY = r"[A-ZÁÉÍÓÚÑ][\w.]{0,20}(?: [A-ZÁÉÍÓÚÑ][\w.]{0,20}){0,2}"
_HORA = r"\d{1,2}[:.h]\d{2}(?: ?(?:h|hs|horas|a\. ?m\.|p\. ?m\.))?"

RULES: tuple[Rule, ...] = (
    credit(
        "efe_credit", L, "EFE", latin_credit(r"EFE"),
        "Bogotá, 4 mar (EFE).- El Gobierno colombiano anunció este lunes un nuevo plan de seguridad.",
        "La agencia EFE informó que el Gobierno colombiano anunció este lunes un nuevo plan de seguridad.",
    ),
    credit(
        "europa_press_credit", L, "Europa Press",
        # Europa Press writes "MADRID, 4 (EUROPA PRESS)" and often ends the line there.
        re.compile(rf"{LATIN_PLACE},? \d{{1,2}}(?: {_MES})? ?\((?i:europa press)\)(?:{SEP}| |$)"
                   r"|\((?i:europa press)\)(?:" + SEP + "| )"),
        "MADRID, 4 (EUROPA PRESS) - El Congreso ha aprobado este martes la reforma de la ley de vivienda.",
        "Según ha informado Europa Press, el Congreso ha aprobado este martes la reforma de la ley de vivienda.",
    ),
    credit(
        "afp_es_credit", L, "AFP", latin_credit(r"AFP"),
        "Ciudad de México, 4 mar (AFP) - El peso mexicano cerró con ganancias frente al dólar.",
        "Un fotógrafo de AFP documentó cómo el peso mexicano cerró con ganancias frente al dólar.",
    ),
    credit(
        "reuters_es_credit", L, "Reuters", latin_credit(r"Reuters"),
        "BUENOS AIRES, 4 mar (Reuters) - La inflación de Argentina se desaceleró en febrero.",
        "Fuentes consultadas por Reuters dijeron que la inflación de Argentina se desaceleró en febrero.",
    ),
    credit(
        "telam_credit", L, "Télam", latin_credit(r"T[ée]lam"),
        "Rosario (Télam) - La cosecha de soja superará los 50 millones de toneladas.",
        "Télam, la agencia estatal, informó que la cosecha de soja superará los 50 millones de toneladas.",
    ),
    label(
        "tags_es", L, "list_label", r"(?:Temas(?: relacionados)?|Etiquetas|Tags|Palabras clave|Más sobre)(?: ?:)?",
        "Temas", "Temas como la inflación y el dólar dominaron la campaña electoral.", zone="tail",
    ),
    label(
        "teaser_es", L, "teaser_label",
        r"(?i:inf[oó]rmate más|lea también|lee también|te puede interesar|leer más|más información"
        r"|te recomendamos|seguir leyendo|también puede interesarte|mirá también|ver también"
        r"|relacionad[oa]s?|noticias? relacionadas?|contenido relacionado|lea además|lee además|puede interesarte"
        r"|le puede interesar|también te puede interesar|mira también|mire también|no te pierdas)(?: ?:)?",
        "Informate más", "Más información sobre el plan llegará la próxima semana, según el ministerio.", version=2,
    ),
    line(
        "paywall_es", L,
        r"(?:Este contenido es|Contenido|Artículo|Esta nota es) (?:exclusivo|exclusiva) (?:para|de) (?:suscriptores|socios)\.?"
        # The paid article's badge alone: "CONTENIDO EXCLUSIVO".
        r"|(?i:contenido exclusivo|contenido premium)"
        # A tool's lock for readers not logged in: "Esta funcionalidad es sólo para registrados".
        r"|(?:Esta funcionalidad|Esta función|Este servicio) es (?:sólo|solo|exclusiva|únicamente) para"
        r" (?:usuarios )?(?:registrados|suscriptores|socios)\.?"
        r"|(?:Para (?:seguir|continuar) leyendo|Lee sin límites)[^\n]{0,80}?(?i:suscr[ií]b|suscripci|suscriptor)[^\n]{0,80}"
        r"|(?:Suscríbete|Suscribite|Hazte (?:suscriptor|socio|premium))[^\n]{0,120}",
        "Este contenido es exclusivo para suscriptores.",
        "El contenido del acuerdo es exclusivo para los firmantes, dijo el ministro a los periodistas.",
        version=2,
    ),
    line(
        "stamp_es", L,
        rf"(?:(?i:actualizado|publicado|última actualización|modificado)(?: el| a las)?:? )"
        rf"(?:{_FECHA}|hace \d{{1,3}} (?:minutos?|horas?|días?)|(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo),? ?{_FECHA})"
        rf"(?:(?:,| -| \||) (?:a las )?{_HORA}(?: \w{{2,5}})?)?\.?",
        "Actualizado el 4 de marzo de 2024, 10:20",
        "Actualizado el 4 de marzo, el padrón electoral incluye a más de 35 millones de votantes.",
    ),
    line(
        "copyright_es", L,
        r"(?:©|\([cC]\)|Copyright)[^\n]{0,120}?(?i:todos los derechos reservados|derechos reservados)\.?"
        r"|(?i:todos los derechos reservados)\.?"
        r"|(?i:(?:queda )?(?:prohibida|prohibido) (?:la|su) (?:reproducción|copia|distribución))[^\n]{0,100}",
        "© 2023 El Cronista Austral. Todos los derechos reservados.",
        "Los autores conservan todos los derechos reservados sobre la obra, explicó la abogada.",
        zone="tail", version=2,
    ),
    line(
        "share_es", L,
        r"(?:(?i:compartir|comparte|compartir en|síguenos en|seguinos en|sigue a [^\n]{1,40} en)"
        r"(?: (?:Facebook|Twitter|X|WhatsApp|Telegram|Instagram|LinkedIn|Google News|Threads|correo))?"
        r"(?: ?[|·,y] ?(?:Facebook|Twitter|X|WhatsApp|Telegram|Instagram|LinkedIn|Google News|Threads))?)"
        r"|(?i:compartir|comparte) (?:esta nota|este artículo|la noticia)[^\n]{0,40}"
        # The bar's other buttons alone on their line: save, print, copy the link.
        r"|(?i:guardar|imprimir|copiar enlace)",
        "Síguenos en Google News",
        "Sigue a la espera de una respuesta del Gobierno, dijo el portavoz de la oposición.",
        version=2,
    ),
    line(
        "photo_credit_es", L,
        r"(?:Foto|Fotos|Fotografía|Imagen|Crédito|Crédito de la foto)(?: de archivo)?: ?[^\n]{1,80}",
        "Foto: EFE/Juan Pérez",
        "Foto a foto, la exposición recorre la historia del puerto desde 1900, explicó la curadora.",
    ),
    # Anuncios, reproductores e incrustados, contadores de comentarios, botones de suscripción y cookies.
    line(
        "widgets_es", L,
        r"(?i:publicidad|anuncio|contenido patrocinado|patrocinado|sigue leyendo (?:después|tras) (?:del"
        r"|el) anuncio|reproducir (?:el )?vídeo|ver (?:el )?vídeo|siguiente vídeo|próximo vídeo"
        r"|duración: ?\d{1,2}:\d{2}|contenido externo|ver esta publicación en (?:instagram|x|twitter"
        r"|facebook)|\d{1,5} comentarios?|ver comentarios|suscríbete|configurar cookies|aceptar(?: todo"
        r"| todas| cookies)?|rechazar(?: todo| todas)?"
        # A player that did not load: "Este vídeo no está disponible."
        r"|(?:este|el) v[íi]deo (?:ya )?no está disponible\.?)",
        "Contenido patrocinado",
        "El contenido patrocinado creció un 12% el año pasado, según la asociación.",
        version=2,
    ),
    # Avisos de boletín, muro de pago y cookies escritos al lector.
    line(
        "prompts_es", L,
        r"(?i:apúntate a (?:la|nuestra) newsletter.{0,40}|suscríbete a (?:la|nuestra) newsletter.{0,40}"
        r"|recibe cada (?:mañana|día|semana|noche) .{1,50}?(?: en tu (?:correo|email|e-mail|bandeja))?\.?"
        r"|¿ya eres suscriptor\? ?inicia sesión\.?|este (?:artículo"
        r"|contenido) es exclusivo para (?:suscriptores|abonados)\.?|utilizamos cookies.{0,70})",
        "Recibe cada mañana las noticias más importantes en tu correo.",
        "Los vecinos reciben cada mañana el agua en camiones cisterna, explicó el alcalde.",
    ),
    # Nota del autor al final: un nombre, luego su cargo o su área.
    line(
        "bio_es", L,
        r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]{1,20}(?: [A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]{1,20}){1,3} |(?:Ella |Él )?(?=Es ))(?:[Ee]s (?:[\w-]{1,20} ){0,3}(?:corresponsal"
        r"|periodista|redactora?|editora?|reporter[oa]|columnista)\b.{0,80}|(?:cubre"
        r"|escribe sobre) .{1,80})(?:\. (?:Antes|Anteriormente|Ha trabajado|Trabajó|Es autora?|Es licenciad[oa]|Vive)\b.{1,150})?",
        "Juan Pérez es corresponsal de El Mundo en Santiago.",
        "Carmen Ortega es la nueva ministra de Economía desde el pasado lunes.",
        zone="tail",
    ),
    # Avisos de actualización o corrección.
    line(
        "update_es", L,
        r"(?i:noticia actualizada)(?: a las \d{1,2}[:.]\d{2}(?: horas?| h)?)? con .{1,60}"
        r"|(?i:(?:esta noticia|este artículo) (?:ha sido|fue) (?:actualizad[oa]|corregid[oa])).{0,80}"
        r"|(?i:noticia en desarrollo)\.?",
        "Noticia actualizada a las 01:24 con nuevos datos.",
        "La noticia actualizada del accidente llegó a las redacciones a medianoche, según la policía.",
    ),
    # El crédito de redacción entre paréntesis al final.
    line(
        "desk_credit_es", L,
        r"\((?:Reporte|Información|Reportaje|Redacción) (?:de|por) [^()\n]{1,120}\)\.?",
        "(Reporte de Juan Pérez; Editado por Javier Romero)",
        "El reporte de la fiscalía (publicado el lunes) confirma los datos.",
        zone="tail",
    ),
    # Comentarios cerrados, fe de errores y etiquetas de vídeo o directo sobre un titular.
    line(
        "comments_closed_es", L, r"(?i:los comentarios (?:están|han sido) (?:cerrados|desactivados))\.?",
        "Los comentarios están cerrados.",
        "Los comentarios están cerrados a la prensa hasta el lunes, dijo el portavoz del tribunal.",
    ),
    # A live blog's closing line, and where it sends the reader next.
    line(
        "live_ended_es", L,
        r"(?i:(?:este|el) directo (?:ha (?:finalizado|terminado|concluido))"
        r"|(?:la )?(?:cobertura|transmisión) en (?:directo|vivo) (?:ha )?(?:finalizado|terminado|concluido)"
        r"|fin del directo)"
        r"\.?(?: [^\n]{0,160}\baquí\.?)?",
        "Este directo ha finalizado.",
        "El directo ha finalizado antes de tiempo por un corte de luz en el estadio, explicó la cadena.",
    ),
    line(
        "correction_es", L, r"(?:Fe de errores|Corrección|Rectificación|Aclaración) ?: .{10,200}",
        "Fe de errores: una versión anterior de esta noticia atribuía la cifra a otro organismo.",
        "La corrección de errores en el padrón llevó semanas, explicó la directora del censo.",
    ),
    label(
        "media_es", L, "teaser_label", r"(?i:v[ií]deo|audio|galería|en directo|directo|en vivo|podcast) ?[:|]",
        "VÍDEO:", "Vídeo de la protesta difundido en redes muestra a cientos de personas en la plaza.",
    ),
    # Instagram's caption under an embedded post: "shared by" and the account.
    line(
        "embed_es", L, r"(?:Una publicación compartida de|Una publicación compartida por) [^()\n]{1,60} \(@\w{1,30}\)",
        "Una publicación compartida de Lucía Navarro (@lucianavarro)",
        "Una publicación compartida en redes por el alcalde (@alcalde) desató la polémica, según la prensa local.",
    ),
    # Las agencias de las que procede la información, al pie.
    line(
        "sources_es", L, (
            rf"(?:Con información de|Con informaciones de|Con reportes? de) (?:agencias|{_AGENCY}(?:(?:,| y| e) {_AGENCY}){{0,4}})\.?"
        ),
        "Con información de EFE y Reuters.",
        "Con información de primera mano, los vecinos denunciaron el abandono del barrio ante el juez.",
        zone="tail",
    ),
    # Players loading, read-aloud buttons and embedded posts' placeholders.
    line(
        "loading_es", L, r"(?i:cargando(?: (?:el )?(?:reproductor|vídeo|video|contenido))?)(?:\.{3}|…)",
        "Cargando reproductor...",
        "Cargando camiones con ayuda humanitaria, los voluntarios trabajaron toda la noche.",
    ),
    line(
        "listen_es", L, r"(?i:escuchar|escucha) (?:este artículo|el artículo|la noticia)",
        "Escuchar este artículo",
        "Escuchar el artículo completo del reglamento llevó horas a los diputados, dijo la portavoz.",
    ),
    line(
        "embed_placeholder_es", L, r"(?i:ver esta publicación en (?:instagram|x|facebook|tiktok)|contenido (?:incrustado|externo) no disponible)\.?",
        "Ver esta publicación en Instagram",
        "Ver esta publicación en Instagram costó a la ministra una dura crítica de la oposición.",
    ),
    # The consent gate round an embedded post (BBC Mundo: "Saltar publicación de Twitter", "Final de publicación
    # de Twitter", "¿Permitir contenido de Twitter?", "Aceptar y continuar").
    line(
        "embed_gate_es", L,
        rf"(?i:(?:saltar|omitir|fin(?:al)? de(?: la)?) (?:publicación|contenido|video|vídeo|tuit) de {PLATFORMS}"
        r"(?: de [^\n]{1,60})?(?:, ?\d{1,2})?"
        rf"|¿?permitir (?:el )?contenido de {PLATFORMS}\??|aceptar y continuar)",
        "Saltar publicación de Twitter",
        "Saltar la valla de la embajada le costó dos años de cárcel, dijo el juez.",
    ),
    # The label over a box of other stories' headlines (most read, latest, related): a teaser label, the box
    # under it is taken by shape (transforms.core.cleaning.shaped).
    label(
        "more_news_es", L, "teaser_label",
        r"(?i:lo más (?:leído|visto|compartido)|últimas noticias|noticias relacionadas|más noticias"
        r"|lo último|te puede interesar|lee también)(?: ?:)?",
        "Lo más leído", "Lo más leído del informe fue el capítulo sobre la deuda, dijo el analista.",
        zone="below_head", version=2,
    ),
)
