"""Portuguese: Agência Lusa, Agência Brasil and other wires' credits; tags, "Leia também", paywall, stamps."""
from __future__ import annotations

import re

from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.rules.shapes import PLATFORMS, credit, label, latin_credit, line

L = "pt"
_MES = r"(?i:(?:jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez)[a-zç]{0,6})\.?"
_DATA = rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}} de {_MES}(?: de \d{{4}})?)"
_HORA = r"\d{1,2}(?:h|:)\d{2}(?:min)?"

RULES: tuple[Rule, ...] = (
    credit(
        "lusa_credit", L, "Lusa", latin_credit(r"Lusa"),
        "Lisboa, 04 mar 2024 (Lusa) - O Governo aprovou hoje o aumento do salário mínimo.",
        "Segundo a agência Lusa, o Governo aprovou hoje o aumento do salário mínimo.",
    ),
    credit(
        "agencia_brasil_credit", L, "Agência Brasil",
        # Republished Agência Brasil copy opens "Da Agência Brasil" or carries the dateline credit.
        re.compile(latin_credit(r"Agência Brasil|ABr").pattern + r"|Da Agência Brasil(?:, em [\w ]{2,30})?\s?[-–—.]? ?"),
        "Brasília (Agência Brasil) - O Banco Central manteve a taxa Selic em 10,5% ao ano.",
        "Dados da Agência Brasil mostram que o Banco Central manteve a taxa Selic em 10,5% ao ano.",
    ),
    credit(
        "estadao_conteudo_credit", L, "Estadão Conteúdo", latin_credit(r"Estadão Conteúdo"),
        "SÃO PAULO, 4 mar (Estadão Conteúdo) - O Ibovespa fechou em alta de 1,2% nesta segunda-feira.",
        "De acordo com o Estadão Conteúdo, o Ibovespa fechou em alta de 1,2% nesta segunda-feira.",
    ),
    credit(
        "reuters_pt_credit", L, "Reuters", latin_credit(r"Reuters"),
        "Brasília, 4 mar (Reuters) - O governo anunciou um corte de gastos de 15 bilhões de reais.",
        "Fontes ouvidas pela Reuters disseram que o governo anunciará um corte de gastos.",
    ),
    label(
        "tags_pt", L, "list_label", r"(?:Tags|Tópicos|Temas|Palavras-chave|Assuntos|Veja mais sobre)(?: ?:)?",
        "Tópicos", "Temas como a inflação e o desemprego dominaram o debate na televisão.", zone="tail",
    ),
    label(
        "teaser_pt", L, "teaser_label",
        r"(?i:leia também|leia mais|veja também|veja mais|saiba mais|leia ainda|confira também|continua depois da publicidade"
        r"|relacionadas?|notícias relacionadas|confira|confira mais|você pode gostar|pode te interessar|pode interessar"
        r"|não perca)(?: ?:)?",
        "Leia também", "Saiba mais sobre o programa quem se inscrever até sexta-feira, disse a ministra.", version=2,
    ),
    line(
        "paywall_pt", L,
        r"(?:Este conteúdo é|Conteúdo|Esta matéria é|Matéria) (?:exclusivo|exclusiva) (?:para|de) assinantes\.?"
        r"|(?:Assine|Já é assinante\?|Para continuar lendo)[^\n]{0,120}",
        "Este conteúdo é exclusivo para assinantes.",
        "O acesso ao clube é exclusivo para sócios e convidados, informou a direção em nota.",
    ),
    line(
        "stamp_pt", L,
        rf"(?i:atualizado|publicado|atualizada|publicada|atualização)(?: em| às| há)?:? "
        rf"(?:{_DATA}(?:(?:,| -| \||) (?:às )?{_HORA})?|\d{{1,3}} (?:minutos?|horas?|dias?))"
        rf"(?: ?[|•,] ?(?i:atualizado)(?: em| há)? (?:{_DATA}(?:,? (?:às )?{_HORA})?|\d{{1,3}} (?:minutos?|horas?)))?\.?",
        "Atualizado em 04/03/2024 às 10h20",
        "Publicado em 4 de março de 2024, o decreto entra em vigor em trinta dias.",
    ),
    line(
        "copyright_pt", L,
        r"(?:©|\([cC]\)|Copyright)[^\n]{0,120}?(?i:todos os direitos reservados|direitos reservados)\.?"
        r"|(?i:todos os direitos reservados)\.?"
        r"|(?i:(?:é )?(?:proibida|vedada) a (?:reprodução|cópia|distribuição))[^\n]{0,120}",
        "© 2024 Agência Lusa. Todos os direitos reservados.",
        "A editora diz ter todos os direitos reservados sobre a obra, segundo o processo.",
        zone="tail", version=2,
    ),
    line(
        "share_pt", L,
        r"(?i:compartilhar|compartilhe|partilhar|partilhe|siga-nos no|siga o [\w ]{1,30} no)"
        r"(?: (?:Facebook|Twitter|X|WhatsApp|Telegram|Instagram|Google News|Threads))?"
        r"(?: ?[|·,] ?(?:Facebook|Twitter|X|WhatsApp|Telegram|Instagram|E-mail)){0,6}"
        # The bar's other buttons alone on their line: save, print, copy the link.
        r"|(?i:salvar|guardar|imprimir|copiar link)",
        "Siga-nos no Google News",
        "Compartilhar dados sem autorização é crime, lembrou o procurador durante a audiência.",
        version=2,
    ),
    line(
        "photo_credit_pt", L,
        r"(?:Foto|Fotos|Imagem|Crédito|Fotografia)(?: de arquivo)? ?: ?[^\n]{1,80}"
        r"|\((?:Foto|Imagem) ?: ?[^()\n]{1,80}\)",
        "Foto: Marcelo Camargo/Agência Brasil",
        "Foto a foto, a exposição conta a história do porto desde 1900, explicou a curadora.",
    ),
    # Anúncios, leitores de vídeo, conteúdos incorporados, contadores de comentários, botões, cookies.
    line(
        "widgets_pt", L,
        r"(?i:publicidade|anúncio|conteúdo patrocinado|patrocinado|próximo vídeo|reproduzir vídeo"
        r"|assista ao vídeo|assistir(?: ao)? vídeo|ver vídeo|duração: ?\d{1,2}:\d{2}|conteúdo externo|ver (?:essa|esta) (?:foto"
        r"|publicação) no (?:instagram|facebook)|\d{1,5} comentários?|ver comentários|inscreva-se"
        r"|aceitar(?: todos| tudo)?|rejeitar(?: todos| tudo)?|gerenciar (?:preferências|cookies)"
        # A player that did not load: "Este vídeo não está disponível."
        r"|(?:este|o) vídeo (?:já )?não está (?:mais )?disponível\.?)",
        "PUBLICIDADE",
        "A publicidade foi retirada do ar após denúncia de consumidores.",
        version=2,
    ),
    # Convites de newsletter e avisos de cookies escritos ao leitor.
    line(
        "prompts_pt", L,
        r"(?i:receba (?:as principais notícias|a newsletter|nossa newsletter"
        r"|as notícias) .{1,50}(?:e-?mail|caixa de entrada)\.?|quer receber as notícias .{1,60}\?"
        r"|inscreva-se (?:na|em) (?:nossa )?newsletter.{0,40}|(?:nós )?utilizamos cookies.{0,70})",
        "Receba as principais notícias do dia no seu e-mail.",
        "Os moradores receberam as notícias do acordo com alívio, disse o prefeito.",
    ),
    # Nota sobre o autor no fim: um nome, depois a função.
    line(
        "bio_pt", L,
        r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]{1,20}(?: [A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]{1,20}){1,3} |(?:Ela |Ele )?(?=É ))(?:[éÉ] (?:[\w-]{1,20} ){0,3}(?:correspondente"
        r"|repórter|jornalista|editora?|colunista|redatora?)\b.{0,80}|(?:cobre|escreve sobre) .{1,80})"
        r"(?:\. (?:Trabalhou|Antes|Anteriormente|Vive|É autora?|Escreveu)\b.{1,150})?",
        "Rafael Oliveira é correspondente em Lisboa.",
        "Mariana Costa é a nova ministra da Saúde desde a reforma de segunda-feira.",
        zone="tail",
    ),
    # Avisos de atualização.
    line(
        "update_pt", L,
        r"(?i:atualizad[oa]) às \d{1,2}h\d{2} (?:com|para) .{1,60}|(?i:(?:esta|essa) (?:notícia"
        r"|matéria|reportagem) (?:foi|está sendo) atualizada).{0,80}|(?i:notícia em atualização)\.?",
        "Atualizada às 12h45 com novas informações.",
        "Atualizada às pressas, a lista de candidatos saiu com erros, admitiu o tribunal.",
    ),
    # A fonte da redação no fim: "*Com informações da EFE".
    line(
        "desk_credit_pt", L,
        r"\*? ?(?i:com informações d[aeo]s?) [A-Z][\w.]{0,20}(?: (?:de |do |da |e )?[A-Z][\w.]{0,20}){0,4}\.?",
        "*Com informações da EFE",
        "Com informações da Polícia Federal, os moradores reconstruíram a rota do fugitivo.",
        zone="tail",
    ),
    # Legenda com o crédito da imagem entre parênteses: "(Reprodução)", "(Divulgação)".
    line(
        "caption_pt", L,
        r"(?=[^\n]{1,70}\()[A-ZÀ-Ý][^\n()]{0,69} \((?:Reprodução|Divulgação|Arquivo"
        r"|Foto(?: de arquivo)?: [^()\n]{1,20})\)",
        "Deputados durante sessão na Câmara (Reprodução)",
        "A Câmara aprovou a reforma (PEC 6/2019) por 379 votos a 131, informou a presidência.",
    ),
    # Comentários encerrados, erratas e etiquetas de vídeo ou ao vivo sobre um título.
    line(
        "comments_closed_pt", L, r"(?i:os comentários (?:estão|foram) (?:fechados|encerrados|desativados))\.?",
        "Os comentários estão encerrados.",
        "Os comentários foram encerrados pelo juiz após a audiência, disse o advogado.",
    ),
    # A live blog's closing line, and where it sends the reader next.
    line(
        "live_ended_pt", L,
        r"(?i:(?:esta|a) (?:transmissão|cobertura) (?:ao vivo )?(?:foi )?(?:encerrada|terminada)"
        r"|(?:este|o) ao vivo (?:foi )?(?:encerrado|terminado)|fim da (?:transmissão|cobertura))"
        r"\.?(?: [^\n]{0,160}\baqui\.?)?",
        "Esta cobertura ao vivo foi encerrada.",
        "A transmissão foi encerrada antes do fim do jogo por uma falha técnica, explicou a emissora.",
    ),
    line(
        "correction_pt", L, r"(?:Correção|Errata|Retificação) ?: .{10,200}",
        "Correção: uma versão anterior desta reportagem indicava uma data errada.",
        "A correção das tabelas do imposto foi aprovada pelo Congresso nesta terça-feira.",
    ),
    label(
        "media_pt", L, "teaser_label", r"(?i:v[íi]deo|[áa]udio|podcast|galeria|ao vivo) ?[:|]",
        "VÍDEO:", "Vídeo gravado por moradores mostra a enchente atingindo o centro da cidade.",
    ),
    # Instagram's caption under an embedded post: "shared by" and the account.
    line(
        "embed_pt", L, r"(?:Uma publicação compartilhada por|Uma publicação partilhada por) [^()\n]{1,60} \(@\w{1,30}\)",
        "Uma publicação compartilhada por Ana Santos (@anasantos)",
        "Uma publicação compartilhada por o prefeito (@prefeito) gerou polêmica, segundo a imprensa local.",
    ),
    # Players loading, read-aloud buttons and embedded posts' placeholders.
    line(
        "loading_pt", L, r"(?i:carregando(?: (?:o )?(?:player|vídeo|conteúdo))?|a carregar)(?:\.{3}|…)",
        "Carregando player...",
        "Carregando caixas de alimentos, os voluntários trabalharam durante a noite toda.",
    ),
    line(
        "listen_pt", L, r"(?i:ouvir|ouça) (?:esta (?:matéria|notícia)|este artigo|o artigo|a notícia)",
        "Ouvir este artigo",
        "Ouvir a notícia pelo rádio foi a única opção dos moradores, disse o prefeito.",
    ),
    line(
        "embed_placeholder_pt", L, r"(?i:ver (?:esta|essa) (?:publicação|foto) no (?:instagram|x|facebook|tiktok)|conteúdo (?:incorporado|externo) indisponível)\.?",
        "Conteúdo incorporado indisponível.",
        "O conteúdo incorporado ao processo estava indisponível para a defesa, disse o advogado.",
    ),
    # The consent gate round an embedded post (BBC Brasil: "Pule Twitter post, 1", "Final de Twitter post, 1",
    # "Permitir conteúdo do Twitter?", "Aceitar e continuar").
    line(
        "embed_gate_pt", L,
        rf"(?i:(?:pul(?:e|ar)|saltar|fim d[eao]|final d[eao]) (?:(?:o |a )?(?:publicação|post|conteúdo|vídeo)"
        rf" (?:d[oae] )?{PLATFORMS}|{PLATFORMS} (?:post|publicação|conteúdo|vídeo))"
        r"(?: de [^\n]{1,60})?(?:, ?\d{1,2})?"
        rf"|permitir conteúdo d[oa] {PLATFORMS}\??|aceitar e continuar)",
        "Pule Twitter post, 1",
        "Pular a publicação do edital atrasou o concurso em dois meses, disse o secretário.",
    ),
    # The label over a box of other stories' headlines (most read, latest, related): a teaser label, the box
    # under it is taken by shape (transforms.core.cleaning.shaped).
    label(
        "more_news_pt", L, "teaser_label",
        r"(?i:mais (?:lidas|lidos|vistas|vistos)|últimas notícias|notícias relacionadas"
        r"|mais notícias|você pode gostar|leia também|veja também|outras notícias)(?: ?:)?",
        "Mais lidas", "Mais lidas do que nunca, as revistas voltaram às bancas, disse o editor.",
        zone="below_head", version=2,
    ),
)
