"""Furniture for the third blind set, written for it in eleven languages: how outlets and wires lay out credits,
bylines, stamps, captions, teasers, prompts and tails. Nothing here is copied from wirewash's rules or tests.

A template starting with ``T|`` is test vocabulary: the dev split never draws it, so the test split measures how
the cleaner does on phrasings nobody tuned on. Slots in braces are filled per case (``fill``).
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

LANGS = ("en", "es", "fr", "de", "pt", "it", "ru", "ar", "zh", "ja", "ko")

# Agencies per language: (publisher as the column should name it, credit template glued before the lead).
CREDITS: dict[str, list[tuple[str, str]]] = {
    "en": [("Reuters", "{CITY} (Reuters) - "), ("Bloomberg", "(Bloomberg) -- "), ("AP", "{CITY} (AP) — "),
           ("AFP", "{CITY} (AFP) - "), ("UPI", "T|{CITY}, {Mon}. {d} (UPI) -- "),
           ("Xinhua", "T|{CITY}, {Mon}. {d} (Xinhua) -- ")],
    "es": [("EFE", "{CITY}, {d} {mon3} (EFE).- "), ("Europa Press", "{CITY}, {d} (EUROPA PRESS) - "),
           ("AFP", "{City}, {d} {mon3} {year} (AFP) - "), ("Notimex", "T|{CITY}, {d} de {month} (Notimex).- ")],
    "fr": [("AFP", "{City} (AFP) - "), ("Reuters", "{CITY}, {d} {month} (Reuters) - "),
           ("Belga", "T|{City}, {d} {month} (Belga) – ")],
    "de": [("dpa", "{City} (dpa) - "), ("AFP", "{City} (AFP) - "), ("Reuters", "{City} (Reuters) - "),
           ("APA", "T|{City} (APA) – "), ("KNA", "T|{City} (KNA) ")],
    "pt": [("Lusa", "{City}, {d} {mon3} (Lusa) - "), ("Reuters", "{City}, {d} {mon3} (Reuters) - "),
           ("Folhapress", "T|{CITY}, {d} (Folhapress) - ")],
    "it": [("ANSA", "{CITY}, {d} {MON3} (ANSA) - "), ("Adnkronos", "(Adnkronos) - "),
           ("AGI", "T|(AGI) - {City}, {d} {mon3} - ")],
    "ru": [("TASS", "{CITY}, {d} {month}. /ТАСС/. "), ("RIA Novosti", "{CITY}, {d} {month} – РИА Новости. "),
           ("Interfax", "T|{CITY}. {d} {month}. ИНТЕРФАКС - ")],
    "ar": [("Reuters", "{City} (رويترز) - "), ("AFP", "{City} (أ ف ب) - "), ("Anadolu", "T|{City}/ الأناضول/ ")],
    "zh": [("Xinhua", "新华社{City}{m}月{d}日电 "), ("CNS", "中新网{City}{m}月{d}日电 "),
           ("Reuters", "T|路透{City}{m}月{d}日 - ")],
    "ja": [("Kyodo", "【{City}共同】"), ("Jiji", "【{City}時事】"), ("Reuters", "T|[{City} {d}日 ロイター] ")],
    "ko": [("Yonhap", "({City}=연합뉴스) "), ("Newsis", "【{City}=뉴시스】"), ("News1", "T|({City}=뉴스1) ")],
}

# Every way a right answer may spell an agency in the publisher column (casefolded).
PUBLISHER_ALIASES: dict[str, set[str]] = {
    "Reuters": {"reuters", "رويترز", "路透", "路透社", "ロイター", "thomson reuters"},
    "AFP": {"afp", "agence france-presse", "agence france presse", "أ ف ب", "فرانس برس", "a.f.p."},
    "AP": {"ap", "associated press", "the associated press"},
    "Bloomberg": {"bloomberg", "bloomberg news"}, "UPI": {"upi", "united press international"},
    "Xinhua": {"xinhua", "新华社", "xinhua news agency"}, "EFE": {"efe", "agencia efe"},
    "Europa Press": {"europa press"}, "Notimex": {"notimex"}, "Belga": {"belga"},
    "dpa": {"dpa", "deutsche presse-agentur"}, "APA": {"apa", "austria presse agentur"},
    "KNA": {"kna", "katholische nachrichten-agentur"}, "Lusa": {"lusa", "agência lusa"},
    "Folhapress": {"folhapress"}, "ANSA": {"ansa"}, "Adnkronos": {"adnkronos"}, "AGI": {"agi"},
    "TASS": {"tass", "тасс"}, "RIA Novosti": {"ria novosti", "риа новости"}, "Interfax": {"interfax", "интерфакс"},
    "Anadolu": {"anadolu", "الأناضول", "anadolu agency"}, "CNS": {"cns", "中新网", "中国新闻网", "china news service"},
    "Kyodo": {"kyodo", "共同", "共同通信", "kyodo news"}, "Jiji": {"jiji", "時事", "時事通信", "jiji press"},
    "Yonhap": {"yonhap", "연합뉴스", "yonhap news agency"}, "Newsis": {"newsis", "뉴시스"}, "News1": {"news1", "뉴스1"},
}

# Bylines: {a1} {a2} {a3} are the authors the byline column should hold.
BYLINES: dict[str, list[str]] = {
    "en": ["By {a1} and {a2}", "By {a1}", "By {a1}, {a2} and {a3}", "{a1} | {Site}", "By {a1}, Economics Correspondent",
           "T|Story by {a1} and {a2}", "T|Written by {a1}, with {a2}"],
    "es": ["Por {a1} y {a2}", "Por {a1}", "{a1} | {City}", "T|Texto: {a1} / {a2}"],
    "fr": ["Par {a1} et {a2}", "Par {a1}", "{a1}, avec {a2}", "T|Texte : {a1} et {a2}"],
    "de": ["Von {a1} und {a2}", "Von {a1}", "Ein Beitrag von {a1}", "T|Autorin: {a1}"],
    "pt": ["Por {a1} e {a2}", "Por {a1}", "{a1}, de {City}", "T|Texto de {a1}"],
    "it": ["di {a1} e {a2}", "Di {a1}", "T|A cura di {a1}"],
    "ru": ["Автор: {a1}", "{a1}, {a2}", "T|Текст: {a1}"],
    "ar": ["بقلم {a1}", "{a1} و{a2}", "T|كتب: {a1}"],
    "zh": ["记者 {a1} {a2}", "文/{a1}", "T|作者：{a1}"],
    "ja": ["{a1}記者", "文：{a1}", "T|執筆者：{a1}"],
    "ko": ["{a1} 기자", "글·사진 {a1} 기자", "T|취재 {a1}"],
}

# Other kinds: kind -> language -> templates. {hl} is another story's headline, {tags} a few topic words.
PIECES: dict[str, dict[str, list[str]]] = {
    "stamp": {
        "en": ["Published {Mon} {d}, {year} at {h}:{mm} a.m. ET", "Updated {h}:{mm} PM GMT, {Weekday} {d} {Month} {year}",
               "Last updated: {d} {Month} {year}", "{Month} {d}, {year} {h}:{mm} pm", "T|First posted {dd}/{m2}/{year} {hh}:{mm}",
               "T|Originally published {Month} {d}; revised {h}:{mm} ET"],
        "es": ["Actualizado el {d} de {month} de {year}, {hh}:{mm}", "Publicado: {dd}/{m2}/{year} {hh}:{mm} h",
               "T|Última modificación: {dd}.{m2}.{year}"],
        "fr": ["Publié le {d} {month} {year} à {hh}h{mm}, mis à jour le {d} {month} {year} à {hh2}h{mm}",
               "Mis à jour le {dd}/{m2}/{year} à {hh}:{mm}", "T|Paru le {d} {month} {year}"],
        "de": ["Veröffentlicht am {d}. {month} {year}, {hh}:{mm} Uhr", "Aktualisiert am {dd}.{m2}.{year}, {hh}:{mm} Uhr",
               "T|Stand: {dd}.{m2}.{year} {hh}:{mm} Uhr"],
        "pt": ["Publicado em {dd}/{m2}/{year} - {hh}h{mm}", "Atualizado há {n} horas",
               "T|Atualizado em {d} de {month} de {year}, às {hh}:{mm}"],
        "it": ["Pubblicato il {dd}/{m2}/{year} alle {hh}:{mm}", "Aggiornato il {d} {month} {year}",
               "T|Ultimo aggiornamento: {dd} {month} {year}, {hh}:{mm}"],
        "ru": ["Опубликовано: {d} {month} {year}, {hh}:{mm}", "Обновлено {dd}.{m2}.{year} в {hh}:{mm}",
               "T|{d} {month} {year}, {hh}:{mm} — обновлено"],
        "ar": ["نشر في: {d} {month} {year} - {hh}:{mm}", "آخر تحديث: {d} {month} {year}", "T|تاريخ النشر: {dd}/{m2}/{year}"],
        "zh": ["发布时间：{year}-{m2}-{dd} {hh}:{mm}", "{year}年{m}月{d}日 {hh}:{mm} 来源：{Site}", "T|更新于 {year}/{m2}/{dd}"],
        "ja": ["{year}年{m}月{d}日 {hh}時{mm}分", "更新日：{year}年{m}月{d}日", "T|公開日 {year}/{m2}/{dd} {hh}:{mm}"],
        "ko": ["입력 {year}.{m2}.{dd} {hh}:{mm}", "수정 {year}-{m2}-{dd} {hh}:{mm}", "T|기사승인 {year}.{m2}.{dd}"],
    },
    "readtime": {
        "en": ["{n} min read", "Reading time: {n} minutes", "T|{n}-minute read", "T|Estimated read: {n} min"],
        "es": ["Lectura: {n} min", "Tiempo de lectura: {n} minutos", "T|Leerás esto en {n} minutos"],
        "fr": ["Lecture {n} min.", "Temps de lecture : {n} minutes", "T|{n} min de lecture"],
        "de": ["Lesezeit: {n} Min.", "{n} Minuten Lesezeit", "T|Lesedauer ca. {n} Minuten"],
        "pt": ["Leitura: {n} min", "Tempo de leitura: {n} minutos", "T|{n} min de leitura"],
        "it": ["Tempo di lettura: {n} minuti", "Lettura {n} min", "T|{n} minuti di lettura"],
        "ru": ["Время чтения: {n} мин.", "{n} минут на чтение", "T|Читать {n} минут"],
        "ar": ["وقت القراءة: {n} دقائق", "T|{n} دقائق للقراءة"],
        "zh": ["阅读时长：{n}分钟", "T|预计阅读 {n} 分钟"],
        "ja": ["この記事は約{n}分で読めます", "読了時間：{n}分", "T|所要時間 {n}分"],
        "ko": ["읽는 시간 {n}분", "T|약 {n}분 소요"],
    },
    "caption": {
        "en": ["{cap}. Photo: {ph}/Getty Images", "{cap} ({ph}/AFP)", "Image copyright {ph}", "{cap}. REUTERS/{ph}",
               "T|{cap}. Picture: {ph} for {Site}", "T|{cap} | Credit: {ph} / Alamy"],
        "es": ["{cap}. Foto: {ph} / EFE", "{cap} ({ph} / Getty Images)", "T|{cap}. Imagen cedida por {ph}"],
        "fr": ["{cap}. Photo {ph} / AFP", "{cap} (Crédit : {ph})", "T|{cap}. © {ph} / Hans Lucas"],
        "de": ["{cap}. Foto: {ph}/dpa", "{cap} (Bild: {ph})", "T|{cap}. Quelle: {ph} / imago images"],
        "pt": ["{cap}. Foto: {ph}/Agência Brasil", "{cap} (Imagem: {ph})", "T|{cap}. Crédito: {ph}/Divulgação"],
        "it": ["{cap}. Foto: {ph}/ANSA", "{cap} (Foto di {ph})", "T|{cap}. Credits: {ph}/LaPresse"],
        "ru": ["{cap}. Фото: {ph}/ТАСС", "{cap} (Фото: {ph})", "T|{cap}. Источник фото: {ph}"],
        "ar": ["{cap}. تصوير: {ph}", "{cap} (الصورة: {ph}/رويترز)", "T|{cap}. مصدر الصورة: {ph}"],
        "zh": ["{cap}。（摄影：{ph}）", "{cap}。图片来源：{ph}", "T|{cap}。图/{ph}"],
        "ja": ["{cap}（撮影・{ph}）", "{cap}＝{ph}撮影", "T|{cap}（写真提供：{ph}）"],
        "ko": ["{cap} /사진={ph} 기자", "{cap} [{Site} 자료사진]", "T|{cap} (사진 제공={ph})"],
    },
    "share": {
        "en": ["Share this article", "Share on Facebook\nShare on X\nCopy link", "Share | Tweet | Email",
               "T|Send this story to a friend", "T|Pass it on: Facebook · WhatsApp · LinkedIn"],
        "es": ["Compartir en Facebook\nCompartir en X", "Compartir este artículo", "T|Enviar por WhatsApp"],
        "fr": ["Partager sur Facebook\nPartager sur X", "Partager cet article", "T|Envoyer par e-mail"],
        "de": ["Artikel teilen", "Auf Facebook teilen\nAuf X teilen", "T|Per Mail versenden"],
        "pt": ["Compartilhe esta notícia", "Compartilhar no WhatsApp", "T|Envie por e-mail"],
        "it": ["Condividi questo articolo", "Condividi su Facebook", "T|Invia per email"],
        "ru": ["Поделиться", "Поделиться в ВКонтакте\nTelegram", "T|Отправить другу"],
        "ar": ["شارك هذا المقال", "مشاركة عبر فيسبوك", "T|أرسل لصديق"],
        "zh": ["分享到微信\n分享到微博", "分享", "T|转发给朋友"],
        "ja": ["この記事をシェアする", "Xでシェア\nFacebookでシェア", "T|LINEで送る"],
        "ko": ["공유하기", "카카오톡 공유\n페이스북 공유", "T|URL 복사"],
    },
    "related": {
        "en": ["Read more: {hl}", "RELATED: {hl}", "See also: {hl}", "T|Also on {Site}: {hl}", "T|Don't miss: {hl}"],
        "es": ["Lee también: {hl}", "Te puede interesar: {hl}", "T|Más información: {hl}"],
        "fr": ["Lire aussi : {hl}", "À lire aussi : {hl}", "T|Notre dossier : {hl}"],
        "de": ["Lesen Sie auch: {hl}", "Mehr zum Thema: {hl}", "T|Auch interessant: {hl}"],
        "pt": ["Leia também: {hl}", "Veja também: {hl}", "T|Saiba mais: {hl}"],
        "it": ["Leggi anche: {hl}", "Potrebbe interessarti: {hl}", "T|Approfondisci: {hl}"],
        "ru": ["Читайте также: {hl}", "По теме: {hl}", "T|Смотрите также: {hl}"],
        "ar": ["اقرأ أيضاً: {hl}", "مواضيع ذات صلة: {hl}", "T|طالع أيضا: {hl}"],
        "zh": ["相关阅读：{hl}", "延伸阅读：{hl}", "T|推荐阅读：{hl}"],
        "ja": ["関連記事：{hl}", "あわせて読みたい：{hl}", "T|こちらもおすすめ：{hl}"],
        "ko": ["관련기사: {hl}", "함께 보면 좋은 기사: {hl}", "T|[관련 뉴스] {hl}"],
    },
    "newsletter": {
        "en": ["Sign up for our morning briefing, delivered to your inbox every weekday.\nSubscribe",
               "Get the Markets Daily newsletter. Enter your email address\nSign up",
               "T|Want more stories like this? Join 40,000 readers of our weekly digest."],
        "es": ["Suscríbete a nuestro boletín y recibe las noticias más importantes cada mañana.",
               "Apúntate a la newsletter diaria", "T|¿Te ha gustado? Recibe cada viernes nuestra selección en tu correo."],
        "fr": ["Inscrivez-vous à notre newsletter quotidienne pour ne rien manquer de l'actualité.",
               "Recevez chaque matin l'essentiel de l'info", "T|Abonnez-vous à la lettre du week-end"],
        "de": ["Melden Sie sich für unseren Newsletter an und erhalten Sie täglich die wichtigsten Nachrichten.",
               "Jetzt Newsletter abonnieren", "T|Der Morgen-Überblick: kostenlos per E-Mail, jeden Werktag"],
        "pt": ["Assine nossa newsletter e receba as principais notícias do dia.", "Cadastre-se para receber nosso boletim",
               "T|Quer receber conteúdos como este? Inscreva-se gratuitamente."],
        "it": ["Iscriviti alla nostra newsletter per ricevere ogni mattina le notizie principali.",
               "T|Ricevi gratis il meglio della settimana nella tua casella di posta"],
        "ru": ["Подпишитесь на нашу рассылку, чтобы первыми узнавать главные новости.",
               "Подписывайтесь на наш канал в Telegram", "T|Получайте лучшие материалы недели на почту"],
        "ar": ["اشترك في نشرتنا البريدية لتصلك أهم الأخبار يومياً", "T|سجّل بريدك الإلكتروني ليصلك ملخص الأسبوع"],
        "zh": ["订阅我们的新闻简报，每天获取最新资讯", "关注我们的微信公众号", "T|扫码关注，获取更多精彩内容"],
        "ja": ["メールマガジンの登録はこちら", "最新ニュースをLINEでお届けします。友だち追加", "T|週刊ニュースレターを無料で受け取る"],
        "ko": ["뉴스레터 구독하기", "T|매일 아침 주요 뉴스를 메일로 받아보세요"],
    },
    "ad": {
        "en": ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Sponsored content",
               "T|Paid post", "T|The article continues after this message from our sponsor"],
        "es": ["Publicidad", "Contenido patrocinado", "T|Anuncio"],
        "fr": ["Publicité", "Contenu sponsorisé", "T|Annonce"],
        "de": ["Anzeige", "Werbung", "T|Gesponserter Inhalt"],
        "pt": ["Publicidade", "Conteúdo patrocinado", "T|Continua após a publicidade"],
        "it": ["Pubblicità", "Contenuto sponsorizzato", "T|Annuncio promozionale"],
        "ru": ["Реклама", "Партнерский материал", "T|На правах рекламы"],
        "ar": ["إعلان", "محتوى برعاية", "T|مساحة إعلانية"],
        "zh": ["广告", "赞助内容", "T|推广"],
        "ja": ["広告", "スポンサーリンク", "T|PR"],
        "ko": ["광고", "T|AD"],
    },
    "social": {
        "en": ["View this post on Instagram\nA post shared by {a3} (@{handle})",
               "Big day ahead. Full coverage from 9am. pic.twitter.com/{code}\n— {a3} (@{handle}) {Month} {d}, {year}",
               "T|Watch on TikTok\n@{handle} original sound - {a3}"],
        "es": ["Ver esta publicación en Instagram\nUna publicación compartida de {a3} (@{handle})",
               "T|Gran jornada hoy. pic.twitter.com/{code}\n— {a3} (@{handle}) {d} de {month} de {year}"],
        "fr": ["Voir cette publication sur Instagram\nUne publication partagée par {a3} (@{handle})",
               "T|Grosse journée. pic.twitter.com/{code}\n— {a3} (@{handle}) {d} {month} {year}"],
        "de": ["Diesen Beitrag auf Instagram ansehen\nEin Beitrag geteilt von {a3} (@{handle})",
               "T|Großer Tag heute. pic.twitter.com/{code}\n— {a3} (@{handle}) {d}. {month} {year}"],
        "pt": ["Ver essa foto no Instagram\nUma publicação compartilhada por {a3} (@{handle})",
               "T|Dia importante. pic.twitter.com/{code}\n— {a3} (@{handle}) {d} de {month} de {year}"],
        "it": ["Visualizza questo post su Instagram\nUn post condiviso da {a3} (@{handle})",
               "T|Grande giornata. pic.twitter.com/{code}\n— {a3} (@{handle}) {d} {month} {year}"],
        "ru": ["Посмотреть эту публикацию в Instagram\nПубликация от {a3} (@{handle})",
               "T|Важный день. pic.twitter.com/{code}\n— {a3} (@{handle}) {d} {month} {year}"],
        "ar": ["عرض هذا المنشور على إنستغرام\nمنشور تمت مشاركته بواسطة {a3} (@{handle})",
               "T|يوم مهم. pic.twitter.com/{code}\n— {a3} (@{handle}) {d} {month} {year}"],
        "zh": ["在 Instagram 查看这篇帖子\n{a3} (@{handle}) 分享的帖子", "T|今天是重要的一天 pic.twitter.com/{code}\n— {a3} (@{handle})"],
        "ja": ["この投稿をInstagramで見る\n{a3}(@{handle})がシェアした投稿",
               "T|大事な一日です pic.twitter.com/{code}\n— {a3} (@{handle}) {year}年{m}月{d}日"],
        "ko": ["Instagram에서 이 게시물 보기\n{a3}(@{handle})님의 공유 게시물", "T|중요한 하루 pic.twitter.com/{code}\n— {a3} (@{handle}) {year}년 {m}월 {d}일"],
    },
    "tags": {
        "en": ["Topics: {tags}", "Tags: {tags}", "T|Filed under: {tags}"],
        "es": ["Temas: {tags}", "Etiquetas: {tags}", "T|Archivado en: {tags}"],
        "fr": ["Sujets : {tags}", "Mots-clés : {tags}", "T|Thématiques : {tags}"],
        "de": ["Themen: {tags}", "Schlagworte: {tags}", "T|Mehr zu: {tags}"],
        "pt": ["Tags: {tags}", "Tópicos: {tags}", "T|Assuntos relacionados: {tags}"],
        "it": ["Argomenti: {tags}", "Tag: {tags}", "T|Temi: {tags}"],
        "ru": ["Теги: {tags}", "Темы: {tags}", "T|Рубрики: {tags}"],
        "ar": ["الكلمات المفتاحية: {tags}", "وسوم: {tags}", "T|موضوعات: {tags}"],
        "zh": ["标签：{tags}", "关键词：{tags}", "T|话题：{tags}"],
        "ja": ["タグ：{tags}", "キーワード：{tags}", "T|カテゴリー：{tags}"],
        "ko": ["태그: {tags}", "T|키워드: {tags}"],
    },
    "copyright": {
        "en": ["© {year} {Site}. All rights reserved.", "Copyright {year} {agency}. Reproduction without permission is prohibited.",
               "T|All content © {Site} {year}; do not republish without a licence."],
        "es": ["© {year} {Site}. Todos los derechos reservados.", "Queda prohibida la reproducción total o parcial de este contenido.",
               "T|Derechos de autor {year} {agency}. Prohibida su redistribución."],
        "fr": ["© {Site} {year}. Tous droits réservés.", "Toute reproduction interdite sans autorisation.",
               "T|Droits de reproduction et de diffusion réservés © {agency} {year}"],
        "de": ["© {year} {Site}. Alle Rechte vorbehalten.", "© dpa-infocom, dpa:{yymmdd}-99-{n6}/3",
               "T|Nachdruck nur mit Genehmigung des Verlags."],
        "pt": ["© {year} {Site}. Todos os direitos reservados.", "É proibida a reprodução deste conteúdo sem autorização.",
               "T|Direitos autorais {year} {Site}, todos reservados"],
        "it": ["© Riproduzione riservata", "© {year} {Site}. Tutti i diritti riservati.",
               "T|Copyright {year} {agency}. Vietata la riproduzione."],
        "ru": ["© {year} {Site}. Все права защищены.", "При полном или частичном использовании материалов ссылка обязательна.",
               "T|Перепечатка без разрешения редакции запрещена."],
        "ar": ["© {year} {Site}. جميع الحقوق محفوظة.", "T|يمنع النسخ أو إعادة النشر دون إذن."],
        "zh": ["版权所有 © {year} {Site}", "未经授权禁止转载", "T|本文为原创，转载请注明出处"],
        "ja": ["Copyright © {year} {Site} All rights reserved.", "無断転載を禁じます", "T|記事・写真の無断転用を禁止します"],
        "ko": ["<저작권자(c) {Site}, 무단 전재-재배포 금지>", "무단전재 및 재배포 금지", "T|ⓒ {Site} 무단복제 금지"],
    },
    "correction": {
        "en": ["Correction: An earlier version of this article misstated the date of the meeting.",
               "This story has been updated with additional details.",
               "T|Editor's note: this article was amended on {d} {Month} to fix a misspelled name."],
        "es": ["Fe de errores: una versión anterior de este artículo indicaba erróneamente la fecha.",
               "T|Nota de la redacción: texto actualizado a las {hh}:{mm}."],
        "fr": ["Rectificatif : une version précédente de cet article comportait une erreur de date.",
               "T|Cet article a été mis à jour le {d} {month} à {hh}h{mm}."],
        "de": ["Korrektur: In einer früheren Fassung dieses Artikels stand ein falsches Datum.",
               "T|Hinweis der Redaktion: Der Text wurde um {hh}:{mm} Uhr aktualisiert."],
        "pt": ["Correção: uma versão anterior deste texto informava a data errada.",
               "T|Nota da redação: texto atualizado às {hh}h{mm}."],
        "it": ["Rettifica: in una versione precedente dell'articolo era indicata una data errata.",
               "T|Nota della redazione: articolo aggiornato alle {hh}:{mm}."],
        "ru": ["Исправление: в предыдущей версии материала была указана неверная дата.",
               "T|Материал дополнен в {hh}:{mm}."],
        "ar": ["تصحيح: ورد في نسخة سابقة من هذا المقال تاريخ خاطئ.", "T|تم تحديث هذا الخبر الساعة {hh}:{mm}."],
        "zh": ["更正：本文此前版本中日期有误，现已更正。", "T|本文已于{hh}:{mm}更新。"],
        "ja": ["訂正：この記事の初版で日付に誤りがありました。", "T|この記事は{hh}時{mm}分に更新しました。"],
        "ko": ["바로잡습니다: 이 기사의 날짜가 잘못 표기돼 바로잡았습니다.", "T|{hh}시 {mm}분 기사 보강"],
    },
    "credits": {
        "en": ["Reporting by {a1} in {City}; Editing by {a2}", "({a1} reported from {City}; additional reporting by {a2})",
               "T|Writing by {a1}; editing by {a2} and {a3}"],
        "es": ["Información de {a1}; editado por {a2}", "(Reporte de {a1}; Editado en español por {a2})",
               "T|Con información de {agency}"],
        "fr": ["(Reportage {a1}, édité par {a2})", "Avec {agency}", "T|({a1}, avec {a2} à {City})"],
        "de": ["(Reporter: {a1}, redigiert von {a2})", "Mit Material von dpa und AFP", "T|Mitarbeit: {a2}"],
        "pt": ["Reportagem de {a1}", "(Com informações da {agency})", "T|Colaborou {a2}"],
        "it": ["(Servizio di {a1}; a cura di {a2})", "Con {agency}", "T|Hanno collaborato {a2} e {a3}"],
        "ru": ["При участии {a2}", "Редактор: {a2}", "T|Подготовил {a1}"],
        "ar": ["إعداد {a1} للنشرة العربية - تحرير {a2}", "T|تغطية صحفية {a1}"],
        "zh": ["（记者 {a1}；编辑 {a2}）", "责任编辑：{a2}", "T|校对：{a3}"],
        "ja": ["（取材・文 {a1}、編集 {a2}）", "T|（編集：{a2}）"],
        "ko": ["{a1} 기자 reporter{n}@{domain}", "T|(취재 보조: {a2})"],
    },
    "follow": {
        "en": ["Follow us on X, Instagram and Facebook.", "Follow {Site} on WhatsApp for breaking news.",
               "T|Keep up with us: find {Site} on Threads and Bluesky."],
        "es": ["Síguenos en X, Facebook e Instagram.", "T|Únete a nuestro canal de WhatsApp"],
        "fr": ["Suivez-nous sur X, Facebook et Instagram.", "T|Retrouvez-nous sur WhatsApp"],
        "de": ["Folgen Sie uns auf X, Facebook und Instagram.", "T|Sie finden uns auch auf WhatsApp"],
        "pt": ["Siga-nos no X, Facebook e Instagram.", "T|Entre no nosso canal do WhatsApp"],
        "it": ["Seguici su X, Facebook e Instagram.", "T|Unisciti al nostro canale WhatsApp"],
        "ru": ["Подписывайтесь на нас в Telegram и ВКонтакте.", "T|Следите за новостями в нашем канале"],
        "ar": ["تابعونا على إكس وفيسبوك وإنستغرام.", "T|انضم إلى قناتنا على واتساب"],
        "zh": ["欢迎关注我们的微博和抖音账号。", "T|点击关注，获取更多资讯"],
        "ja": ["公式Xアカウントをフォローする", "T|最新情報はLINE公式アカウントで"],
        "ko": ["{Site} 유튜브 구독하기", "T|카카오톡 채널 추가하기"],
    },
    "comments": {
        "en": ["Comments ({n})", "Join the conversation", "T|Have your say: {n} comments"],
        "es": ["Comentarios ({n})", "T|Deja tu comentario"],
        "fr": ["Commentaires ({n})", "Réagir", "T|Voir les {n} réactions"],
        "de": ["Kommentare ({n})", "T|Diskutieren Sie mit"],
        "pt": ["Comentários ({n})", "T|Deixe seu comentário"],
        "it": ["Commenti ({n})", "T|Lascia un commento"],
        "ru": ["Комментарии ({n})", "T|Обсудить"],
        "ar": ["التعليقات ({n})", "T|أضف تعليقك"],
        "zh": ["评论（{n}）", "T|发表评论"],
        "ja": ["コメント（{n}件）", "T|コメントする"],
        "ko": ["댓글 ({n})", "T|댓글 쓰기"],
    },
    # Label over a list of other stories' headlines appended at the end.
    "headlines": {
        "en": ["More from {Site}", "Most read", "Latest news", "T|Elsewhere on the site", "T|Trending now"],
        "es": ["Lo más leído", "Últimas noticias", "T|Más noticias de la sección"],
        "fr": ["Les plus lus", "À la une", "T|Dans la même rubrique"],
        "de": ["Meistgelesen", "Neueste Artikel", "T|Das könnte Sie auch interessieren"],
        "pt": ["Mais lidas", "Últimas notícias", "T|Destaques do dia"],
        "it": ["I più letti", "Ultime notizie", "T|In primo piano"],
        "ru": ["Самое читаемое", "Главное за день", "T|Другие новости"],
        "ar": ["الأكثر قراءة", "آخر الأخبار", "T|أخبار ذات صلة"],
        "zh": ["热门文章", "最新新闻", "T|今日要闻"],
        "ja": ["よく読まれている記事", "最新ニュース", "T|注目トピックス"],
        "ko": ["많이 본 뉴스", "최신 뉴스", "T|오늘의 주요 뉴스"],
    },
    # A live blog's head furniture; LIVE_STAMPS mark its entries.
    "live": {
        "en": ["LIVE", "Key events\nShow key events only", "T|Live updates"],
        "es": ["EN DIRECTO", "Últimas actualizaciones", "T|Minuto a minuto"],
        "fr": ["EN DIRECT", "Les points clés", "T|Suivez notre direct"],
        "de": ["LIVE", "Die wichtigsten Ereignisse", "T|Liveticker"],
        "pt": ["AO VIVO", "Principais momentos", "T|Acompanhe em tempo real"],
        "it": ["DIRETTA", "I fatti principali", "T|Aggiornamenti in tempo reale"],
        "ru": ["ОНЛАЙН", "Главное", "T|Прямая трансляция"],
        "ar": ["مباشر", "أبرز الأحداث", "T|تغطية مباشرة"],
        "zh": ["直播", "要点", "T|实时更新"],
        "ja": ["速報中", "主な出来事", "T|ライブ更新"],
        "ko": ["실시간", "주요 내용", "T|라이브 업데이트"],
    },
    "nav": {
        "en": ["Home\nNews\nWorld\nBusiness\nSport\nCulture", "T|Front page\nRegions\nMoney\nOpinion\nPodcasts"],
        "es": ["Portada\nNacional\nInternacional\nEconomía\nDeportes", "T|Inicio\nSociedad\nCultura\nOpinión"],
        "fr": ["Accueil\nFrance\nMonde\nÉconomie\nSport", "T|Une\nRégions\nIdées\nCulture"],
        "de": ["Startseite\nPolitik\nWirtschaft\nSport\nKultur", "T|Übersicht\nRegion\nMeinung\nWissen"],
        "pt": ["Início\nPolítica\nEconomia\nEsportes\nCultura", "T|Capa\nMundo\nOpinião\nCiência"],
        "it": ["Home\nCronaca\nPolitica\nEconomia\nSport", "T|Prima pagina\nMondo\nCultura\nOpinioni"],
        "ru": ["Главная\nПолитика\nЭкономика\nСпорт\nКультура", "T|Новости\nОбщество\nМнения\nНаука"],
        "ar": ["الرئيسية\nسياسة\nاقتصاد\nرياضة\nثقافة", "T|أخبار\nمنوعات\nآراء\nعلوم"],
        "zh": ["首页\n国内\n国际\n财经\n体育", "T|要闻\n社会\n评论\n科技"],
        "ja": ["トップ\n国内\n国際\n経済\nスポーツ", "T|ニュース\n社会\n科学\n文化"],
        "ko": ["홈\n정치\n경제\n사회\n스포츠", "T|전체기사\n국제\n문화\n오피니언"],
    },
    "footer": {
        "en": ["About us\nContact\nPrivacy policy\nTerms of use", "T|Careers\nAdvertise with us\nCookie settings"],
        "es": ["Quiénes somos\nContacto\nPolítica de privacidad\nAviso legal", "T|Trabaja con nosotros\nConfiguración de cookies"],
        "fr": ["Qui sommes-nous\nContact\nMentions légales\nConfidentialité", "T|Recrutement\nGestion des cookies"],
        "de": ["Impressum\nKontakt\nDatenschutz\nAGB", "T|Karriere\nCookie-Einstellungen"],
        "pt": ["Quem somos\nFale conosco\nPolítica de privacidade\nTermos de uso", "T|Trabalhe conosco\nPreferências de cookies"],
        "it": ["Chi siamo\nContatti\nPrivacy\nNote legali", "T|Lavora con noi\nImpostazioni cookie"],
        "ru": ["О нас\nКонтакты\nПолитика конфиденциальности", "T|Вакансии\nРеклама на сайте"],
        "ar": ["من نحن\nاتصل بنا\nسياسة الخصوصية", "T|وظائف\nأعلن معنا"],
        "zh": ["关于我们\n联系我们\n隐私政策", "T|招聘信息\n广告服务"],
        "ja": ["会社概要\nお問い合わせ\nプライバシーポリシー", "T|採用情報\n広告掲載"],
        "ko": ["회사소개\n제휴문의\n개인정보처리방침", "T|채용정보\n광고안내"],
    },
    # A reporter's or the desk's address at the end.
    "contact": {
        "en": ["Contact the reporter: {email}", "Got a tip? Email us at tips@{domain}", "T|Reach {a1} at {email}"],
        "es": ["Contacto: {email}", "¿Tienes información? Escríbenos a {email}", "T|Puedes escribir a {a1}: {email}"],
        "fr": ["Contacter l'auteur : {email}", "Une info ? Écrivez-nous à {email}", "T|Pour joindre la rédaction : {email}"],
        "de": ["Kontakt zum Autor: {email}", "Hinweise an die Redaktion: {email}", "T|Schreiben Sie {a1}: {email}"],
        "pt": ["Fale com o repórter: {email}", "Sugestões de pauta: {email}", "T|Envie sua denúncia para {email}"],
        "it": ["Scrivi all'autore: {email}", "Segnalazioni alla redazione: {email}", "T|Per contattare {a1}: {email}"],
        "ru": ["Связаться с автором: {email}", "Сообщить новость: {email}", "T|Пишите в редакцию: {email}"],
        "ar": ["للتواصل مع الكاتب: {email}", "T|راسلونا على {email}"],
        "zh": ["联系作者：{email}", "新闻线索请发送至 {email}", "T|报料邮箱：{email}"],
        "ja": ["記者への連絡先：{email}", "情報提供はこちら：{email}", "T|ご意見・ご感想は {email} まで"],
        "ko": ["{a1} 기자 {email}", "제보: {email}", "T|기사 제보 및 문의 {email}"],
    },
    # An audio player's label under the headline.
    "listen": {
        "en": ["Listen to this article", "Listen · {n}:{mm} min", "T|Hear this story read aloud ({n} min)"],
        "es": ["Escuchar este artículo", "Escucha la noticia · {n} min", "T|Versión en audio ({n} min)"],
        "fr": ["Écouter cet article", "Écouter · {n} min", "T|Version audio de l'article ({n} min)"],
        "de": ["Artikel anhören", "Vorlesen lassen · {n} Min.", "T|Audioversion dieses Artikels ({n} Min.)"],
        "pt": ["Ouvir esta notícia", "Ouça este conteúdo · {n} min", "T|Versão em áudio ({n} min)"],
        "it": ["Ascolta l'articolo", "Ascolta · {n} min", "T|Versione audio dell'articolo ({n} min)"],
        "ru": ["Слушать статью", "Прослушать · {n} мин", "T|Аудиоверсия материала ({n} мин)"],
        "ar": ["استمع إلى المقال", "T|النسخة الصوتية من المقال ({n} دقائق)"],
        "zh": ["收听本文", "T|语音播报（{n}分钟）"],
        "ja": ["この記事を聞く", "T|音声で読み上げる（{n}分）"],
        "ko": ["기사 듣기", "T|음성으로 듣기 ({n}분)"],
    },
    # A section or breadcrumb line above the headline.
    "section": {
        "en": ["Business > Markets", "World | Europe", "ECONOMY", "T|Home / News / Regions"],
        "es": ["Economía > Mercados", "Internacional | Europa", "T|Inicio / Noticias / Sociedad"],
        "fr": ["Économie > Marchés", "Monde | Europe", "T|Accueil / Actualités / Société"],
        "de": ["Wirtschaft > Finanzen", "Politik | Ausland", "T|Startseite / Nachrichten / Panorama"],
        "pt": ["Economia > Mercados", "Mundo | Europa", "T|Início / Notícias / Brasil"],
        "it": ["Economia > Mercati", "Esteri | Europa", "T|Home / Notizie / Cronaca"],
        "ru": ["Экономика > Рынки", "В мире | Европа", "T|Главная / Новости / Общество"],
        "ar": ["اقتصاد > أسواق", "عالم | أوروبا", "T|الرئيسية / أخبار / مجتمع"],
        "zh": ["财经 > 市场", "国际 | 欧洲", "T|首页 / 新闻 / 社会"],
        "ja": ["経済 > マーケット", "国際 | 欧州", "T|ホーム / ニュース / 社会"],
        "ko": ["경제 > 금융", "국제 | 유럽", "T|홈 / 뉴스 / 사회"],
    },
    "consent": {
        "en": ["We use cookies to improve your experience on our site.\nAccept all\nManage preferences",
               "T|This site stores small files on your device so it can remember you. Agree / Reject"],
        "es": ["Utilizamos cookies para mejorar tu experiencia.\nAceptar todas\nConfigurar",
               "T|Este sitio guarda pequeños archivos en tu dispositivo. Acepto / Rechazo"],
        "fr": ["Nous utilisons des cookies pour améliorer votre expérience.\nTout accepter\nParamétrer",
               "T|Ce site dépose des traceurs sur votre appareil. J'accepte / Je refuse"],
        "de": ["Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.\nAlle akzeptieren\nEinstellungen",
               "T|Diese Seite speichert Daten auf Ihrem Gerät. Zustimmen / Ablehnen"],
        "pt": ["Usamos cookies para melhorar sua experiência.\nAceitar todos\nGerenciar preferências",
               "T|Este site armazena pequenos arquivos no seu aparelho. Concordo / Recuso"],
        "it": ["Utilizziamo i cookie per migliorare la tua esperienza.\nAccetta tutti\nGestisci preferenze",
               "T|Questo sito salva piccoli file sul tuo dispositivo. Accetto / Rifiuto"],
        "ru": ["Мы используем файлы cookie, чтобы сайт работал лучше.\nПринять\nНастроить",
               "T|Сайт сохраняет небольшие файлы на вашем устройстве. Согласен / Отказаться"],
        "ar": ["نستخدم ملفات تعريف الارتباط لتحسين تجربتك.\nقبول الكل\nالإعدادات", "T|يحفظ هذا الموقع ملفات صغيرة على جهازك. موافق / رفض"],
        "zh": ["本网站使用Cookie以改善您的浏览体验。\n全部接受\n管理设置", "T|本站会在您的设备上存储少量数据。同意 / 拒绝"],
        "ja": ["当サイトではサービス向上のためにCookieを使用しています。\nすべて許可\n設定", "T|このサイトは端末に小さなファイルを保存します。同意する / 拒否する"],
        "ko": ["이 사이트는 쿠키를 사용합니다.\n모두 허용\n설정", "T|더 나은 서비스를 위해 쿠키를 저장합니다. 동의 / 거부"],
    },
    "paywall": {
        "en": ["This article is for subscribers only.\nSubscribe now to keep reading", "Already a subscriber? Log in",
               "T|You have read all your free stories this month. Become a member for $1 a week."],
        "es": ["Este contenido es exclusivo para suscriptores.\nSuscríbete para seguir leyendo", "¿Ya eres suscriptor? Inicia sesión",
               "T|Has agotado tus artículos gratuitos de este mes. Hazte socio por 1 euro."],
        "fr": ["Cet article est réservé aux abonnés.\nAbonnez-vous pour lire la suite", "Déjà abonné ? Connectez-vous",
               "T|Vous avez lu tous vos articles offerts ce mois-ci. Rejoignez-nous pour 1 € par semaine."],
        "de": ["Dieser Artikel ist nur für Abonnenten.\nJetzt abonnieren und weiterlesen", "Bereits Abonnent? Anmelden",
               "T|Sie haben Ihre freien Artikel für diesen Monat gelesen. Testen Sie uns für 1 Euro."],
        "pt": ["Este conteúdo é exclusivo para assinantes.\nAssine para continuar lendo", "Já é assinante? Entre",
               "T|Você atingiu o limite de reportagens gratuitas do mês. Assine por R$ 1,90."],
        "it": ["Questo articolo è riservato agli abbonati.\nAbbonati per continuare a leggere", "Sei già abbonato? Accedi",
               "T|Hai letto tutti gli articoli gratuiti del mese. Abbonati a 1 euro a settimana."],
        "ru": ["Материал доступен только подписчикам.\nОформите подписку, чтобы читать дальше", "Уже есть подписка? Войти",
               "T|Бесплатные статьи в этом месяце закончились. Подписка — 99 рублей в месяц."],
        "ar": ["هذا المحتوى متاح للمشتركين فقط.\nاشترك الآن لمتابعة القراءة", "T|لقد استنفدت مقالاتك المجانية لهذا الشهر."],
        "zh": ["本文仅限订阅用户阅读。\n立即订阅继续阅读", "T|您本月的免费阅读次数已用完。"],
        "ja": ["この記事は有料会員限定です。\n続きを読むには会員登録が必要です", "T|今月の無料記事の上限に達しました。"],
        "ko": ["이 기사는 유료 회원 전용입니다.\n구독하고 계속 읽기", "T|이번 달 무료 기사를 모두 읽으셨습니다."],
    },
    "gallery": {
        "en": ["Photo {n} of 12", "1 / {n}", "T|Swipe for more photos ({n})"],
        "es": ["Foto {n} de 12", "T|Desliza para ver más fotos ({n})"],
        "fr": ["Photo {n} sur 12", "T|Faites défiler pour voir les photos ({n})"],
        "de": ["Bild {n} von 12", "T|Wischen für weitere Bilder ({n})"],
        "pt": ["Foto {n} de 12", "T|Deslize para ver mais fotos ({n})"],
        "it": ["Foto {n} di 12", "T|Scorri per altre foto ({n})"],
        "ru": ["Фото {n} из 12", "T|Листайте, чтобы увидеть больше фото ({n})"],
        "ar": ["الصورة {n} من 12", "T|اسحب لمشاهدة المزيد من الصور ({n})"],
        "zh": ["第{n}张，共12张", "T|滑动查看更多图片（{n}）"],
        "ja": ["写真{n}/12", "T|スワイプして写真をもっと見る（{n}）"],
        "ko": ["사진 {n}/12", "T|옆으로 넘겨 사진 더 보기 ({n})"],
    },
    # An author's note at the end; used only where a byline names the author.
    "bio": {
        "en": ["{a1} is a business reporter based in {City}.", "T|About the author: {a1} covers trade and energy from {City}."],
        "es": ["{a1} es periodista de la sección de Economía en {City}.", "T|Sobre la autora: {a1} cubre comercio desde {City}."],
        "fr": ["{a1} est journaliste au service Économie, à {City}.", "T|L'auteur : {a1} suit l'énergie depuis {City}."],
        "de": ["{a1} ist Wirtschaftsredakteurin in {City}.", "T|Zur Person: {a1} berichtet aus {City} über Handel."],
        "pt": ["{a1} é repórter de Economia em {City}.", "T|Sobre o autor: {a1} cobre comércio a partir de {City}."],
        "it": ["{a1} è giornalista della redazione Economia a {City}.", "T|L'autore: {a1} segue l'energia da {City}."],
        "ru": ["{a1} — корреспондент отдела экономики в городе {City}.", "T|Об авторе: {a1} пишет о торговле из {City}."],
        "ar": ["{a1} صحفية في قسم الاقتصاد في {City}.", "T|عن الكاتب: {a1} يغطي شؤون التجارة من {City}."],
        "zh": ["{a1}，{City}财经记者。", "T|作者简介：{a1}，常驻{City}，关注贸易与能源。"],
        "ja": ["{a1}　{City}経済部記者。", "T|筆者紹介：{a1}（{City}在勤、通商担当）"],
        "ko": ["{a1} 기자는 {City}에서 경제 분야를 취재한다.", "T|필자 소개: {a1}, {City} 주재 기자"],
    },
    # A wire's refile note above the story.
    "refile": {
        "en": ["(Refiles to fix typo in paragraph {n})", "(Adds analyst comment in paragraphs 5-6)",
               "T|(Updates throughout with official figures)"],
        "es": ["(Actualiza con declaraciones del ministro)", "T|(Corrige cifra en el párrafo {n})"],
        "fr": ["(Actualisé avec réactions)", "T|(Corrige une coquille au paragraphe {n})"],
        "de": ["(neu: Reaktionen in Absatz 4)", "T|(Korrigiert Tippfehler in Absatz {n})"],
        "pt": ["(Atualiza com declarações do ministro)", "T|(Corrige erro de digitação no parágrafo {n})"],
        "it": ["(Aggiorna con dichiarazioni del ministro)", "T|(Corregge refuso al paragrafo {n})"],
        "ru": ["(Дополнено заявлением министра)", "T|(Исправлена опечатка в абзаце {n})"],
        "ar": ["(تحديث بتصريحات الوزير)", "T|(تصحيح خطأ مطبعي في الفقرة {n})"],
        "zh": ["（更新：增加部长表态）", "T|（更正第{n}段笔误）"],
        "ja": ["（閣僚の発言を追加して更新）", "T|（第{n}段落の誤字を訂正）"],
        "ko": ["(종합)", "(2보)", "T|({n}번째 문단 오자 바로잡음)"],
    },
    "print": {
        "en": ["A version of this article appears in print on {Month} {d}, {year}, Section B, Page {n}.",
               "T|This piece ran in the {Weekday} print edition."],
        "es": ["Este artículo se publicó en la edición impresa del {d} de {month} de {year}.", "T|Publicado en papel el {d} de {month}."],
        "fr": ["Cet article est paru dans l'édition du {d} {month} {year}.", "T|Article paru dans notre édition papier."],
        "de": ["Dieser Artikel erschien in der Printausgabe vom {d}. {month} {year}.", "T|Erschienen in der Zeitung vom {dd}.{m2}."],
        "pt": ["Este texto foi publicado na edição impressa de {d} de {month} de {year}.", "T|Publicado na versão impressa em {dd}/{m2}."],
        "it": ["Questo articolo è stato pubblicato nell'edizione cartacea del {d} {month} {year}.", "T|Uscito sul giornale del {dd}/{m2}."],
        "ru": ["Материал опубликован в печатной версии от {d} {month} {year} года.", "T|Опубликовано в газете №{n} от {dd}.{m2}."],
        "ar": ["نُشر هذا المقال في النسخة الورقية بتاريخ {d} {month} {year}.", "T|نشر في العدد الورقي رقم {n}."],
        "zh": ["本文刊发于{year}年{m}月{d}日印刷版第{n}版。", "T|原载《{Site}》{m}月{d}日。"],
        "ja": ["この記事は{year}年{m}月{d}日付朝刊{n}面に掲載されています。", "T|{m}月{d}日付紙面より。"],
        "ko": ["이 기사는 {year}년 {m}월 {d}일자 지면 {n}면에 게재됐습니다.", "T|{m}월 {d}일자 신문에 실린 기사입니다."],
    },
}

LIVE_STAMPS = {
    "en": ["{hh}:{mm} GMT", "{h}:{mm} p.m. ET", "T|{hh}.{mm}am"], "es": ["{hh}:{mm} h", "T|Hace {n} min"],
    "fr": ["{hh}h{mm}", "T|Il y a {n} min"], "de": ["{hh}:{mm} Uhr", "T|vor {n} Min."], "pt": ["{hh}h{mm}", "T|Há {n} min"],
    "it": ["ore {hh}:{mm}", "T|{n} minuti fa"], "ru": ["{hh}:{mm}", "T|{n} мин. назад"], "ar": ["{hh}:{mm} ت.غ", "T|قبل {n} دقائق"],
    "zh": ["{hh}:{mm}", "T|{n}分钟前"], "ja": ["{hh}:{mm}", "T|{n}分前"], "ko": ["{hh}:{mm}", "T|{n}분 전"],
}

# Per language: cities as the credit writes them, authors, photographers, site names, captions, tags, teasers.
_LOCALE: dict[str, dict[str, list[str]]] = {
    "en": {"cities": ["London", "Washington", "Tokyo", "Frankfurt", "Sydney", "Nairobi", "Singapore"],
           "names": ["Sarah Whitfield", "Daniel Okafor", "Priya Raman", "Tom Halloran", "Megan Costa", "Lukas Berger",
                     "Aisha Karim", "Owen Prescott"],
           "sites": ["The Harbour Gazette", "Northfield Courier", "Daily Meridian"],
           "caps": ["People walk past the entrance of the building", "A general view of the city centre at dusk",
                    "Demonstrators gather outside the ministry", "Shipping containers stacked at the port",
                    "Traders work on the floor of the exchange", "The company logo on a glass facade, in a file image"],
           "tags": ["Economy", "Politics", "Europe", "Trade", "Technology", "Energy", "Health", "Media"]},
    "es": {"cities": ["Madrid", "Bogotá", "Buenos Aires", "Lima", "Santiago"],
           "names": ["Lucía Fernández", "Javier Montoya", "Carmen Ibáñez", "Andrés Salcedo", "Paula Ortega"],
           "sites": ["El Diario del Puerto", "Crónica Central"],
           "caps": ["Vista general del centro de la ciudad", "Varias personas caminan frente al edificio",
                    "Manifestantes frente al ministerio", "Contenedores apilados en el puerto"],
           "tags": ["Economía", "Política", "Europa", "Comercio", "Tecnología", "Energía"],
           "hls": ["El Gobierno aprueba el nuevo plan de vivienda", "La inflación se modera por tercer mes consecutivo",
                   "Cierran las urnas en la segunda vuelta", "El puerto bate su récord de mercancías",
                   "Los sindicatos convocan una huelga para el jueves"]},
    "fr": {"cities": ["Paris", "Bruxelles", "Genève", "Dakar", "Montréal"],
           "names": ["Claire Dubois", "Mathieu Lefèvre", "Inès Benali", "Julien Marchand", "Sophie Garnier"],
           "sites": ["Le Courrier du Matin", "L'Écho des Régions"],
           "caps": ["Vue générale du centre-ville", "Des passants devant l'entrée du bâtiment",
                    "Des manifestants rassemblés devant le ministère", "Des conteneurs empilés sur le port"],
           "tags": ["Économie", "Politique", "Europe", "Commerce", "Technologie", "Énergie"],
           "hls": ["Le gouvernement présente son budget rectificatif", "La SNCF annonce de nouvelles liaisons",
                   "Grève dans les transports : ce qui change jeudi", "Les prix de l'énergie repartent à la hausse",
                   "Le Sénat adopte le projet de loi sur l'eau"]},
    "de": {"cities": ["Berlin", "Hamburg", "München", "Wien", "Zürich"],
           "names": ["Katrin Vogel", "Jonas Hartmann", "Sabine Krüger", "Felix Brandt", "Miriam Albrecht"],
           "sites": ["Rheinischer Bote", "Allgemeine Abendzeitung"],
           "caps": ["Blick auf die Innenstadt in der Abenddämmerung", "Passanten vor dem Eingang des Gebäudes",
                    "Demonstranten vor dem Ministerium", "Container im Hafen"],
           "tags": ["Wirtschaft", "Politik", "Europa", "Handel", "Technik", "Energie"],
           "hls": ["Bundestag beschließt neues Heizungsgesetz", "Bahn kündigt Fahrplanänderungen an",
                   "Inflation sinkt den dritten Monat in Folge", "Streik im Nahverkehr am Donnerstag",
                   "Kommunen fordern mehr Geld vom Bund"]},
    "pt": {"cities": ["Lisboa", "São Paulo", "Brasília", "Porto", "Luanda"],
           "names": ["Mariana Souza", "João Pedro Almeida", "Beatriz Carvalho", "Rafael Moreira", "Inês Tavares"],
           "sites": ["Folha do Litoral", "Jornal da Serra"],
           "caps": ["Vista geral do centro da cidade", "Pedestres passam em frente ao prédio",
                    "Manifestantes em frente ao ministério", "Contêineres empilhados no porto"],
           "tags": ["Economia", "Política", "Europa", "Comércio", "Tecnologia", "Energia"],
           "hls": ["Governo anuncia novo pacote para a habitação", "Inflação desacelera pelo terceiro mês",
                   "Greve dos transportes marcada para quinta-feira", "Porto bate recorde de movimentação de cargas",
                   "Senado aprova reforma do setor elétrico"]},
    "it": {"cities": ["Roma", "Milano", "Napoli", "Torino", "Bologna"],
           "names": ["Giulia Ferraro", "Marco Bellini", "Chiara Esposito", "Luca Santoro", "Francesca Galli"],
           "sites": ["Il Corriere di Valle", "La Gazzetta del Porto"],
           "caps": ["Una veduta del centro città al tramonto", "Passanti davanti all'ingresso dell'edificio",
                    "Manifestanti davanti al ministero", "Container accatastati nel porto"],
           "tags": ["Economia", "Politica", "Europa", "Commercio", "Tecnologia", "Energia"],
           "hls": ["Il governo approva la manovra", "Sciopero dei trasporti giovedì: le fasce garantite",
                   "L'inflazione rallenta per il terzo mese", "Il porto segna un nuovo record di merci",
                   "Il Senato vota la riforma della giustizia"]},
    "ru": {"cities": ["Москва", "Санкт-Петербург", "Новосибирск", "Казань", "Екатеринбург"],
           "names": ["Анна Соколова", "Дмитрий Орлов", "Екатерина Лебедева", "Игорь Васильев", "Мария Кузнецова"],
           "sites": ["Вечерний вестник", "Городские новости"],
           "caps": ["Вид на центр города", "Прохожие у входа в здание", "Участники акции у здания министерства",
                    "Контейнеры в морском порту"],
           "tags": ["Экономика", "Политика", "Европа", "Торговля", "Технологии", "Энергетика"],
           "hls": ["Правительство утвердило новый план по жилью", "Инфляция замедлилась третий месяц подряд",
                   "В метро изменится расписание поездов", "Порт установил рекорд по грузообороту",
                   "Госдума приняла закон в первом чтении"]},
    "ar": {"cities": ["القاهرة", "دبي", "بيروت", "الرباط", "عمّان"],
           "names": ["سارة المنصوري", "أحمد الخطيب", "ليلى حداد", "يوسف العمري", "نور الهدى سالم"],
           "sites": ["صحيفة الأفق", "الوطن اليوم"],
           "caps": ["منظر عام لوسط المدينة", "مارة أمام مدخل المبنى", "متظاهرون أمام مقر الوزارة", "حاويات في الميناء"],
           "tags": ["اقتصاد", "سياسة", "أوروبا", "تجارة", "تكنولوجيا", "طاقة"],
           "hls": ["الحكومة تقر خطة جديدة للإسكان", "تباطؤ التضخم للشهر الثالث على التوالي",
                   "إضراب في قطاع النقل يوم الخميس", "الميناء يسجل رقماً قياسياً في حركة البضائع"]},
    "zh": {"cities": ["北京", "上海", "广州", "香港", "深圳"],
           "names": ["王晓明", "李静", "陈浩", "刘芳", "张伟"],
           "sites": ["东方快讯", "城市晚报"],
           "caps": ["城市中心全景", "行人走过大楼入口", "民众聚集在部委门前", "港口堆放的集装箱"],
           "tags": ["经济", "政治", "欧洲", "贸易", "科技", "能源"],
           "hls": ["政府出台新的住房计划", "通胀连续第三个月放缓", "地铁将调整运营时间", "港口货物吞吐量创新高"]},
    "ja": {"cities": ["東京", "大阪", "名古屋", "札幌", "福岡"],
           "names": ["山田花子", "佐藤健一", "鈴木美咲", "高橋誠", "伊藤由紀"],
           "sites": ["みなと新聞", "中央タイムズ"],
           "caps": ["夕暮れの市街地", "ビルの入り口前を歩く人たち", "省庁前に集まった人々", "港に積まれたコンテナ"],
           "tags": ["経済", "政治", "欧州", "貿易", "テクノロジー", "エネルギー"],
           "hls": ["政府が新たな住宅政策を決定", "物価上昇率、3か月連続で鈍化", "私鉄各線でダイヤ改正へ",
                   "港の取扱量が過去最高に"]},
    "ko": {"cities": ["서울", "부산", "인천", "대구", "광주"],
           "names": ["김민준", "이서연", "박지훈", "최유진", "정하늘"],
           "sites": ["한빛일보", "새벽뉴스"],
           "caps": ["서울 도심 전경", "건물 입구 앞을 지나는 시민들", "정부청사 앞에 모인 시민들", "항구에 쌓인 컨테이너"],
           "tags": ["경제", "정치", "유럽", "무역", "기술", "에너지"],
           "hls": ["정부, 새 주택 공급 대책 발표", "물가 상승률 3개월 연속 둔화", "지하철 운행 시간 조정", "항만 물동량 사상 최대"]},
}

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "zh": "1 2 3 4 5 6 7 8 9 10 11 12", "ja": "1 2 3 4 5 6 7 8 9 10 11 12", "ko": "1 2 3 4 5 6 7 8 9 10 11 12",
}
_MON3 = {"es": "ene feb mar abr may jun jul ago sep oct nov dic", "pt": "jan fev mar abr mai jun jul ago set out nov dez",
         "it": "gen feb mar apr mag giu lug ago set ott nov dic"}
_TAG_SEPARATORS = (", ", " | ", " · ", "\n")


_AGENCY_NAMES = re.compile("(?<![A-Za-z])(?:" + "|".join(sorted(
    (re.escape(a) for names in PUBLISHER_ALIASES.values() for a in names), key=len, reverse=True)) + ")(?![A-Za-z])", re.I)


def names_agency(text: str) -> bool:
    """Whether a piece names a wire (a tail's "© dpa-infocom", "With AFP"): a publisher taken from it is fair."""
    return bool(_AGENCY_NAMES.search(text))


def is_test_only(template: str) -> bool:
    return template.startswith("T|")


def choose(templates: list[str], split: str, rng: random.Random, test_share: float = 0.4) -> tuple[str, bool]:
    """A template for ``split``: dev never sees test vocabulary; test draws it ``test_share`` of the time."""
    shared = [t for t in templates if not is_test_only(t)]
    novel = [t[2:] for t in templates if is_test_only(t)]
    if split == "test" and novel and (not shared or rng.random() < test_share):
        return rng.choice(novel), True
    return rng.choice(shared), False


@dataclass
class Context:
    """One case's slot values: the same city, date, site and authors wherever its furniture names them."""
    lang: str
    values: dict[str, str]
    headlines: list[str]
    rng: random.Random
    day: date

    def fill(self, template: str) -> str:
        values = dict(self.values)
        if "{hl}" in template:
            values["hl"] = self.rng.choice(self.headlines)
        if "{tags}" in template:
            tags = self.rng.sample(_LOCALE[self.lang]["tags"], 3)
            values["tags"] = self.rng.choice(_TAG_SEPARATORS if self.lang not in ("zh", "ja") else ("、", " ")).join(tags)
        if "{cap}" in template:
            values["cap"] = self.rng.choice(_LOCALE[self.lang]["caps"])
        return template.format_map(values)


def context(lang: str, rng: random.Random, english_headlines: list[str]) -> Context:
    loc = _LOCALE[lang]
    # a day before this set was made (2026-12-03): a page's date is never in the future
    day = date(2026, 1, 1) + timedelta(days=rng.randint(0, 335))
    months = _MONTHS[lang].split()
    city = rng.choice(loc["cities"])
    names = rng.sample(loc["names"], 3)
    hour = rng.randint(6, 22)
    values = {
        "City": city, "CITY": city.upper(), "d": str(day.day), "dd": f"{day.day:02d}", "m": str(day.month),
        "m2": f"{day.month:02d}", "year": str(day.year), "yymmdd": day.strftime("%y%m%d"),
        "month": months[day.month - 1], "Month": day.strftime("%B"), "Mon": day.strftime("%b"),
        "Weekday": day.strftime("%A"), "hh": f"{hour:02d}", "hh2": f"{min(hour + 2, 23):02d}", "h": str(hour % 12 or 12),
        "mm": f"{rng.randint(0, 59):02d}", "n": str(rng.randint(2, 14)), "n6": str(rng.randint(100000, 999999)),
        "a1": names[0], "a2": names[1], "a3": names[2], "ph": rng.choice(_LOCALE["en"]["names"] if lang == "en" else loc["names"]),
        "Site": rng.choice(loc["sites"]), "handle": rng.choice(["newsdesk", "cityhall", "teamlead_22", "metro_live"]),
        "code": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(10)),
        "agency": "", "domain": rng.choice(["newsroom.example", "dailypost.example", "citydesk.example"]),
    }
    values["email"] = rng.choice(["newsdesk", "redaccion", "tips", "j.martin", "editor"]) + "@" + values["domain"]
    mon3 = _MON3.get(lang, _MONTHS["en"]).split()[day.month - 1][:3]
    values["mon3"], values["MON3"] = mon3, mon3.upper()
    headlines = english_headlines if lang == "en" else loc["hls"]
    return Context(lang, values, headlines, rng, day)
