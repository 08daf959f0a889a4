"""Portuguese-language page furniture; template fields are listed in ``benchmarks.eval.locales``."""

VOCAB: dict[str, list] = {
    "sites": ["Folha de S.Paulo", "g1", "Público", "Estadão", "UOL", "Observador"],
    "sections": ["Mundo", "Economia", "Política", "Esporte", "Cultura", "Tecnologia"],
    "home": ["Início"],
    "names": [
        "João Silva", "Ana Souza", "Pedro Almeida", "Mariana Costa", "Rafael Oliveira", "Beatriz Santos",
    ],
    "and": " e ",
    "cities": ["SÃO PAULO", "LISBOA", "BRASÍLIA", "RIO DE JANEIRO", "PORTO", "LUANDA"],
    "months": [
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
        "novembro", "dezembro",
    ],
    "mons": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
    "datelines": [
        ("Reuters", "{CITY}, {d} {mon} (Reuters) -"), ("AFP", "{City} (AFP) -"),
        ("EFE", "{City}, {d} {mon} (EFE).-"), ("Lusa", "{City}, {d} {mon} (Lusa) -"),
    ],
    "provided": ["Com informações da {agency}", "Fonte: {agency}"],
    "bylines": [
        "Por {a}", "Por {a}{and}{b}", "{a} | {agency}", "{A}", "Por {a}, {site}", "Por {a} e {b}, de {City}",
        "{A} | {site}", "Por {a} — {City}",
    ],
    "role": ["Correspondente", "Repórter de Economia"],
    "stamps": [
        "Publicado em {d:02d}/{m:02d}/{y} às {HH}h{MM}", "Atualizado há {n} horas",
        "{d:02d}/{m:02d}/{y} {HH}h{MM} Atualizado {d:02d}/{m:02d}/{y}", "{d} {mon} {y} {HH}h{MM}",
        "Há {n} horas", "há {n} min", "Publicado {d:02d}/{m:02d}/{y} - {HH}h{MM}",
        "Atualizado em {d:02d}/{m:02d}/{y} às {HH}:{MM}",
    ],
    "read": ["Tempo de leitura: {n} min", "Leitura: {n} min", "{n} min de leitura"],
    "share": [
        "Compartilhar", "Compartilhe", "Salvar", "Copiar link", "Enviar por WhatsApp", "Presentear",
        "Compartilhar no Facebook", "Comentar", "Enviar por e-mail",
    ],
    "audio": ["Ouvir notícia", "Ouça este conteúdo", "Ouvir texto", "0:00 / {n}:12"],
    "subjects": [
        "Vista da cidade ao entardecer", "Deputados durante sessão na Câmara",
        "Manifestantes em protesto no centro", "Torcedores antes da partida", "Vista geral do porto",
        "Passageiros na estação",
    ],
    "captions": ["{S} — Foto: {a}/{agency}", "{S}. Imagem: Reuters", "{S} - {a}/Folhapress"],
    "credits": ["Foto: Reuters", "Imagem: {agency}", "{a}/Agência Brasil"],
    "teasers": [
        "Leia também:", "LEIA MAIS:", "Veja também", "Leia mais:", "SAIBA MAIS:", "LEIA TAMBÉM",
        "Veja mais:", "Relacionadas:",
    ],
    "ads": ["Publicidade", "Continua após a publicidade", "CONTINUA DEPOIS DA PUBLICIDADE"],
    "newsletter": ["Assine nossa newsletter", "Receba as principais notícias do dia no seu e-mail."],
    "paywall": ["Conteúdo exclusivo para assinantes.", "Já é assinante? Faça seu login"],
    "embeds": [
        "pic.twitter.com/{code}", "— {a} (@{handle}) {d} de {month} de {y}", "Ver essa foto no Instagram",
    ],
    "copyright": [
        "© {y} {site}. Todos os direitos reservados.", "Todos os direitos reservados.", "Copyright © {site}",
    ],
    "tails": [
        "(Reportagem de {a}; Edição de {b})", "Com Reuters", "*Com informações da {agency}",
        "{x}/{z} // Lusa", "*Com agências internacionais",
    ],
    "contact": ["Contato: {email}"],
    "corrections": [
        "Errata: uma versão anterior deste texto informou a data errada da votação.",
        "Atualizada às {HH}h{MM} com novas informações.",
    ],
    "tags": ["Tags: {t}", "Assuntos: {t}", "Veja mais sobre {t}"],
    "tag_label": ["Assuntos", "Tópicos"],
    "tag_words": [
        "Economia", "Eleições", "Inflação", "Futebol", "Mercado financeiro", "Governo", "Comércio",
        "Tecnologia", "Transporte",
    ],
    "related": [
        "Últimas notícias", "Mais lidas", "Veja também", "Notícias relacionadas", "Mais vistos", "Em alta",
        "Você pode gostar",
    ],
    "headlines": [
        "Preço da gasolina cai pela terceira semana seguida", "Temporal interrompe travessias de balsa",
        "Museu devolve esculturas saqueadas", "Prefeitura aprova novas ciclovias",
        "Onda de calor eleva consumo de energia", "Temporal deixa milhares sem energia",
        "Banco Central mantém a taxa de juros", "Montadora faz recall de 80 mil veículos",
        "Desemprego cai pelo terceiro mês seguido", "Museu bate recorde de visitantes",
        "Seleção se prepara para amistoso",
    ],
    "comments": ["Comentários", "Deixe seu comentário", "{n} comentários", "Ver comentários"],
    "follow": [
        "Siga-nos no Instagram @{handle}", "Receba notícias no WhatsApp", "Siga o {site} no Google Notícias",
    ],
    "consent": ["Usamos cookies para melhorar a sua experiência.", "Aceitar todos", "Gerenciar cookies"],
    "gallery": ["1 de {n}", "Foto 1 de {n}"],
    "video": ["Vídeo: veja as imagens", "Assistir ao vídeo", "Duração: 02:1{n}"],
    "rules": ["___", "* * *", "(FIM)"],
    "bio": ["{a} é repórter de economia do {site}.", "{a} é correspondente em {City}."],
}
