"""Spanish-language page furniture; template fields are listed in ``benchmarks.eval.locales``."""

VOCAB: dict[str, list] = {
    "sites": [
        "EL PAÍS", "El Mundo", "La Vanguardia", "Infobae", "Clarín", "El Universal", "20minutos", "ABC",
    ],
    "sections": [
        "Internacional", "Economía", "Política", "Deportes", "Cultura", "Tecnología", "España", "Mundo",
    ],
    "home": ["Inicio", "Portada"],
    "names": [
        "María García", "Juan Pérez", "Lucía Fernández", "Javier Romero", "Carmen Ortega",
        "Diego Salvatierra", "Elena Mansilla", "Pablo Ibarra",
    ],
    "and": " y ",
    "cities": ["MADRID", "BUENOS AIRES", "MÉXICO", "BOGOTÁ", "LIMA", "SANTIAGO", "BARCELONA", "WASHINGTON"],
    "months": [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre",
    ],
    "mons": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    "datelines": [
        ("EFE", "{CITY}, {d} {mon} (EFE).-"), ("EFE", "{City}, {d} {mon} (EFE).-"),
        ("AFP", "{CITY} (AFP) -"), ("Reuters", "{CITY}, {d} {month} (Reuters) -"), ("AP", "{CITY} (AP) —"),
        ("Xinhua", "Beijing, {d} {mon} (Xinhua) --"),
    ],
    "provided": ["Fuente: {agency}", "Con información de {agency}"],
    "bylines": [
        "Por {a}", "Por {A}{AND}{B}", "{a} | {agency}", "Por {a}, {b}{and}{c}", "{a}, {site}",
        "Redacción {site}", "Por {a} - {agency}", "{A} | {site}", "Por {a} @{handle}", "Agencias",
        "Por {a} y {b} | {site}", "{a} @{handle}", "Por {A} / Enviado especial",
    ],
    "role": ["Corresponsal", "Redactora de Economía", "Enviado especial"],
    "stamps": [
        "Publicado el {d} de {month} de {y} a las {HH}:{MM}",
        "Actualizado: {d:02d}/{m:02d}/{y} {HH}:{MM} CET", "{d:02d} {mon} {y} - {HH}:{MM} h",
        "{d} {month} {y} - {HH}:{MM} CET", "Actualizado hace {n} horas",
        "Act. {d:02d}/{m:02d}/{y} - {HH}:{MM}", "Hace {n} horas", "hace {n} min",
        "Madrid - {d:02d} {mon} {y} - {HH}:{MM} CET", "Creado: {d:02d}.{m:02d}.{y} | {HH}:{MM}",
    ],
    "read": [
        "Lectura: {n} min", "Tiempo de lectura: {n} minutos", "{n} min de lectura",
        "Tiempo de lectura: {n} min",
    ],
    "share": [
        "Compartir", "Compartir en Facebook", "Guardar", "Copiar enlace", "Enviar por WhatsApp",
        "Regala este artículo", "Ir a los comentarios", "Compartir en X", "Imprimir",
        "Compartir en LinkedIn", "Comentar", "Enviar por correo",
    ],
    "audio": ["Escuchar noticia", "Escucha este artículo", "00:00 / 0{n}:12", "Escuchar artículo completo"],
    "subjects": [
        "Vista de la ciudad al atardecer", "Operadores en la Bolsa de Madrid",
        "Diputados durante la sesión en el Congreso", "Seguidores ondean banderas durante un mitin",
        "Agentes de policía vigilan el edificio", "Aficionados celebran antes del partido",
        "Vista general del puerto", "Viajeros en la estación",
    ],
    "captions": [
        "{S}, este {dow}. EFE/{a}", "{S}. Foto: {agency}", "Imagen de archivo: {S}.", "{S}. (Foto: {a})",
    ],
    "credits": ["Foto: EFE/{a}", "Foto: Getty Images", "Imagen: {agency}", "EFE/{a}"],
    "teasers": [
        "Lea también:", "LEA TAMBIÉN:", "Te puede interesar:", "Más información:", "Lee también",
        "Seguir leyendo:", "MÁS INFORMACIÓN", "Lea más:", "Relacionado:",
    ],
    "ads": ["Publicidad", "PUBLICIDAD", "Anuncio", "Contenido patrocinado"],
    "newsletter": [
        "Suscríbete a nuestro boletín", "Recibe cada mañana las noticias más importantes en tu correo.",
        "Apúntate a la newsletter diaria", "Apúntate aquí a nuestra newsletter gratuita",
    ],
    "paywall": ["Este contenido es exclusivo para suscriptores.", "¿Ya eres suscriptor? Inicia sesión"],
    "embeds": [
        "pic.twitter.com/{code}", "— {a} (@{handle}) {d} de {month} de {y}",
        "Ver esta publicación en Instagram", "Contenido externo",
    ],
    "copyright": [
        "© Agencia EFE", "© {y} {site}. Todos los derechos reservados.", "Todos los derechos reservados.",
        "Copyright © {site} {y}", "© Ediciones {site} S.L. Todos los derechos reservados.",
    ],
    "tails": [
        "(Información de {a}; editado en español por {b})", "(Reporte de {a}; Editado por {b})",
        "Con información de {agency}", "(Redacción de {a}; Edición de {b})", "EFE {x}/{z}",
        "(c) Agencia EFE", "Con información de agencias",
    ],
    "contact": ["Contacto: {email}", "Envíanos tus denuncias a {email}"],
    "corrections": [
        "Fe de errores: una versión anterior de esta noticia indicaba una fecha incorrecta.",
        "Noticia actualizada a las {HH}:{MM} con nuevos datos.",
        "(Corrige el nombre del ministro en el párrafo {n})",
    ],
    "tags": ["Etiquetas: {t}", "Temas: {t}", "Archivado en: {t}"],
    "tag_label": ["Temas", "Etiquetas", "Archivado En"],
    "tag_words": [
        "Economía", "Elecciones", "Unión Europea", "Inflación", "Fútbol", "Bolsa", "Energía", "Gobierno",
        "Comercio", "Tecnología", "Transporte",
    ],
    "related": [
        "Últimas noticias", "Lo más leído", "Más noticias", "Noticias relacionadas", "Te recomendamos",
        "Más leídas", "Lo último", "También te puede interesar",
    ],
    "headlines": [
        "El precio del aceite de oliva baja por primera vez en dos años",
        "Una tormenta obliga a cerrar el puerto de Valencia",
        "La huelga de controladores retrasa cientos de vuelos",
        "El museo devuelve dos esculturas expoliadas",
        "Qué pasará con el dólar después de la licitación del Tesoro",
        "Cuánto rinde un plazo fijo después de la baja de tasas",
        "El ayuntamiento aprueba nuevos carriles bici", "La ola de calor dispara el consumo eléctrico",
        "La DGT activa la operación salida del puente", "El Banco Central mantiene las tasas de interés",
        "Un incendio obliga a evacuar un barrio de Málaga", "El paro baja por tercer mes consecutivo",
        "Récord de visitantes en el museo del Prado", "La selección prepara el amistoso del martes",
    ],
    "comments": ["Comentarios", "Deja tu comentario", "{n} comentarios", "Normas de participación"],
    "follow": [
        "Síguenos en Twitter @{handle}", "Sigue toda la información en nuestro canal de WhatsApp",
        "Síguenos en Facebook e Instagram", "Sigue a {site} en Google Noticias",
    ],
    "consent": [
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "Aceptar todas",
        "Configurar cookies",
    ],
    "gallery": ["1 de {n}", "Foto 1 de {n}", "Galería: {n} fotos"],
    "video": ["Vídeo: las imágenes del día", "Reproducir vídeo", "Duración: 02:1{n}"],
    "rules": ["___", "* * *", "—", "(FIN)"],
    "bio": ["{a} es corresponsal de {site} en {City}.", "{a} es periodista especializada en economía."],
}
