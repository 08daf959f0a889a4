"""blind10's outlets: 33 sites none of blind5-blind9 modelled, each with the wordings of its own furniture (kinds it
lacks take its language's house wordings, ``house.py``).

English: regional US, UK, Australian and Canadian papers, a broadcaster, a business weekly, a tech site, a
wire re-hoster, a press-release wire, a newsletter site on Substack and a local-news portal; Spanish, French,
German, Portuguese and Italian: two shared outlets each (one live-blog outlet in es, fr and de) and one test-only
outlet each. Templates as in ``house.py``: ``\\n`` between lines, ``¦`` between pieces, ``T:`` for test-only
wordings; every wording of a test-only outlet is test-only.
"""
from __future__ import annotations

from benchmarks.eval.blind6.outlets import Outlet

from .house import HOUSE

OUTLETS: list[Outlet] = [
    # ---- English, shared ----
    Outlet("dallasnews", "The Dallas Morning News", "en", "dallasnews.com", {
        "byline": ["By {a1}\nStaff Writer", "By {a1} and {a2}\nStaff Writers", "By {a1}\n{kick} Writer",
                   "T:By {A1}\nSpecial Contributor"],
        "caption": ["{cap}({ph} / Staff Photographer)", "{cap} ({ph} / Special Contributor)",
                    "{cap} (Staff photo / {ph})", "T:{cap}(File Photo / The Dallas Morning News)"],
        "paywall": ["Subscribe to The Dallas Morning News\nGet unlimited digital access for $1\nSUBSCRIBE NOW\n"
                    "Already a subscriber? Log in",
                    "This story is for subscribers. Thank you for supporting local journalism."],
        "newsletter": ["Get the latest North Texas news, sports and entertainment. Sign up for our free daily "
                       "newsletter.\nEnter your email\nSIGN UP\nBy signing up you agree to our Terms of Service "
                       "and Privacy Policy",
                       "T:Thank you for signing up!\nCheck out our other newsletters"],
        "dateline": ["{CITY} — ", "AUSTIN — "],
        "correction": ["Correction, {hh}:{mm} {ampm}, {mdy}: An earlier version of this story gave the wrong year "
                       "for the bond election."],
        "app_promo": ["Get breaking news alerts on The Dallas Morning News app. Download for iOS or Android."],
    }, wires=("Staff Photographer", "Special Contributor", "The Associated Press", "Getty Images")),

    Outlet("tampabay", "Tampa Bay Times", "en", "tampabay.com", {
        "byline": ["By {a1}\nTimes staff writer", "By {a1} | Times staff\nand {a2} | Times staff",
                   "By {a1}, {a2} and {a3}\nTimes staff writers"],
        "published": ["Published {mdy}|Updated {mdy}", "Published {mdy}"],
        "caption": ["{cap}. [ {PH} | Times ]", "{cap}. [ {WIRE} ]", "T:{cap} [ Times (2022) ]"],
        "newsletter": ["Sign up for the Daily Briefing newsletter\nWe'll bring you the latest news and information "
                       "every morning.\nEmail\nSign Up",
                       "You're all signed up!\nWant more of our free, weekly newsletters in your inbox? Let's get "
                       "started.\nExplore all your options"],
        "paywall": ["Subscribe to keep reading\n$3 for 3 months\nThen $15.99/month. Cancel anytime.\nLog In",
                    "T:Your support keeps local journalism strong.\nSubscribe"],
        "live": ["{hh}:{mm} {ampm} ET\n{h1}", "{hh}:{mm} {ampm}\nUPDATE", "T:{hh}:{mm} {AMPM} — UPDATE"],
        "live_key": ["Here's the latest:\n• {h1}\n• {h2}\n• {h3}", "What to know\n{h1}\n{h2}"],
    }, live=True, wires=("Times", "Associated Press", "Tampa Bay Times")),

    Outlet("yorkshirepost", "Yorkshire Post", "en", "yorkshirepost.co.uk", {
        "byline": ["By {a1}\nPublished {ddth} {month} {year}, {hh}:{mm} BST", "By {a1}\nBusiness Editor",
                   "By {a1} & {a2}"],
        "ad": ["Advertisement\nHide Ad", "Advertisement\nHide Ad\nAdvertisement\nHide Ad"],
        "read_also": ["Read more: {h1}", "READ MORE: {H1}"],
        "caption": ["{cap}. Picture: {ph}", "{cap} (Picture: {wire})", "T:{cap}. Photo: Tony Johnson"],
        "comments": ["Comment Guidelines\nWe welcome readers' views on our stories. Please keep comments civil and "
                     "on topic, and read our community rules before posting.",
                     "Comments ({nn})\nShow"],
        "newsletter": ["Sign up to our Business newsletter\nSign up\nThank you for signing up!\nWith a digital "
                       "subscription you get unlimited access, fewer ads and loyalty rewards. Learn more",
                       "Sorry, there seem to be some issues. Please try again later."],
        "copyright": ["© {year} National World Publishing Ltd."],
    }, wires=("JPIMedia", "PA", "Getty Images", "National World")),

    Outlet("standard", "Evening Standard", "en", "standard.co.uk", {
        "byline": ["{a1}\n{n} hours ago", "By {a1}\n{dd} {month} {year}",
                   "{a1}, {a2}\nLast updated {hh}:{mm}, {dd} {month} {year}"],
        "live": ["{hh}:{mm}\n{h1}", "{hh}:{mm}\nBREAKING", "T:{hh}:{mm} • {a2}"],
        "live_key": ["Live updates\n• {h1}\n• {h2}\n• {h3}"],
        "caption": ["{cap} (PA Wire)", "{cap} (Getty Images)", "{cap} / {wire}"],
        "newsletter": ["Want the latest London news in your inbox? Sign up to the Evening Standard's free daily "
                       "newsletter.\nEnter your email\nSign up\nI would like to be emailed about offers, events and "
                       "updates from Evening Standard. Read our privacy notice."],
        "share": ["Share\nFacebook\nX\nWhatsApp\nEmail\n{nn} comments", "Share\nCopy link"],
        "read_also": ["Read More\n{h1}\n{h2}", "Read More{h1}"],
    }, live=True, wires=("PA Wire", "Getty Images", "PA Archive", "Evening Standard")),

    Outlet("couriermail", "The Courier-Mail", "en", "couriermail.com.au", {
        "byline": ["{a1}\n{n} min read\n{mdy} - {hh}:{mm}{apm}", "{a1} and {a2}\nThe Courier-Mail",
                   "{a1}\nState Political Reporter"],
        "caption": ["{cap}. Picture: NCA NewsWire / {ph}", "{cap}. Picture: {wire}", "T:{cap}. Picture: Supplied"],
        "paywall": ["Subscribe for $1 a week for your first 12 weeks\nSubscribe\nAlready a subscriber? Log in",
                    "SUBSCRIBER ONLY"],
        "agency_credit": ["— NCA NewsWire", "Additional reporting: AAP"],
        "read_also": ["MORE NEWS\n{h1}\n{h2}", "RELATED: {h1}"],
        "comments": ["Add your comment to this story\nTo join the conversation, please log in. Don't have an "
                     "account? Register\nJoin the conversation, you are commenting as Logout"],
    }, wires=("NCA NewsWire", "AAP Image", "Getty Images", "Supplied")),

    Outlet("thewest", "The West Australian", "en", "thewest.com.au", {
        "byline": ["{a1}\nThe West Australian\n{dow} {dd} {month} {year} {hh}:{mm}{AMPM}",
                   "{a1} and {a2}\nThe West Australian"],
        "caption": ["{cap}. Credit: {ph}/The West Australian", "{cap}. Credit: {wire}", "{cap}Credit: Supplied"],
        "paywall": ["This is a premium article. Subscribe to The West for unlimited access.\nSubscribe now\nLog in"],
        "agency_credit": ["AAP", "Additional reporting by AAP"],
        "app_promo": ["Download The West app for the latest WA news, sport and entertainment."],
        "related": ["More news\n{h1}\n{h2}", "Recommended\n{h1}\n{h2}\n{h3}"],
    }, wires=("Supplied", "AAP", "Getty Images", "The West Australian")),

    Outlet("devdiscourse", "Devdiscourse", "en", "devdiscourse.com", {
        "byline": ["Devdiscourse News Desk | {city} | Updated: {dd2}-{mo2}-{year} {hh}:{mm} IST",
                   "Reuters | {city} | Updated: {dd2}-{mo2}-{year} {hh}:{mm} IST",
                   "T:PTI | {city} | Updated: {dd2}-{mo2}-{year} {hh}:{mm} IST"],
        "origin": ["(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated "
                   "feed.)"],
        "tags": ["READ MORE ON:\n{t1}\n{t2}", "READ MORE ON:\n{T1}"],
        "related": ["TRENDING\n{h1}\n{h2}\n{h3}", "OTHER STORIES\n{h1}\n{h2}"],
        "caption": ["{cap} | Credit: {wire}", "Representative image. Credit: {wire}"],
    }, wires=("ANI", "Reuters", "Pixabay", "Wikipedia")),

    Outlet("barrons", "Barron's", "en", "barrons.com", {
        "byline": ["By {a1}\nUpdated {mon}, {year} {uhh}:{mm} {ampm} ET / Original {mon}, {year} {hh}:{mm} {ampm} ET",
                   "By {a1} and {a2}", "By {a1}\nFollow"],
        "paywall": ["Continue reading this article with a Barron's subscription.\nView Options",
                    "Already a subscriber? Sign In"],
        "bio": ["Write to {a1} at {handle}@barrons.com"],
        "copyright": ["Copyright ©{year} Dow Jones & Company, Inc. All Rights Reserved."],
        "origin": ["Appeared in the {mdy}, print edition as '{h1}'."],
        "agency_credit": ["—Dow Jones Newswires", "Dow Jones Newswires contributed to this article."],
        "related": ["Latest News\n{h1}\n{h2}\n{h3}", "Barron's Picks\n{h1}\n{h2}"],
        "listen": ["Listen to article\n({min} minutes)"],
        "share": ["Share\nResize\nReprints\nPrint", "Gift unlocked article", "T:Save\nShare\nResize"],
    }, wires=("Dreamstime", "Bloomberg", "Getty Images", "Dow Jones")),

    Outlet("arstechnica", "Ars Technica", "en", "arstechnica.com", {
        "byline": ["{A1} - {mdy} {hh}:{mm} {apm} UTC", "{a1} –\n{mdy}", "{A1} AND {A2} - {mdy} {hh}:{mm} {apm} UTC"],
        "share": ["Text settings\nStory text\nSize\nSmall\nStandard\nLarge\nWidth *\nStandard\nWide\nLinks\nStandard\n"
                  "Orange\n* Subscribers only\nLearn more"],
        "caption": ["Enlarge / {cap}\n{wire}", "{cap}\nCredit: {wire}", "Enlarge / {cap}. ({ph})"],
        "comments": ["Reader Comments ({big})", "Promoted Comments", "T:{big} with {nn} posters participating"],
        "bio": ["{a1} is a senior technology reporter at Ars Technica, covering AI, consumer tech and the policy "
                "fights around them.", "{a1}\nSenior Reporter\n{a1} writes about science and space."],
        "read_also": ["Further Reading\n{h1}", "Further Reading\n{h1}\n{h2}"],
        "video": ["Channel Ars Technica\n{h1}\n{len}"],
    }, wires=("Getty Images", "Aurich Lawson", "Bloomberg", "NASA")),

    Outlet("itvnews", "ITV News", "en", "itv.com", {
        "byline": ["By {a1}, ITV News {kick} Correspondent", "By {a1}\nITV News Reporter",
                   "Words by {a1}, Producer"],
        "live": ["{hh}:{mm}{apm}\n{h1}", "Latest\n{hh}:{mm}{apm}", "T:{hh}:{mm}{apm} · Key update"],
        "video": ["Watch: {a2} reports on {h1}",
                  "To view this video please enable JavaScript, and consider upgrading to a web browser that "
                  "supports HTML5 video",
                  "ITV News {kick} Editor {a2} has the latest"],
        "app_promo": ["Get the latest news from ITV News on the app. Download for free on iOS and Android.",
                      "Want a quick and expert briefing on the biggest news stories? Listen to our latest podcasts to "
                      "find out What You Need To Know."],
        "caption": ["{cap}. Credit: {wire}", "{cap} Credit: PA"],
    }, live=True, wires=("PA", "ITV News", "Getty Images", "Reuters")),

    Outlet("businesswire", "Business Wire", "en", "businesswire.com", {
        "dateline": ["{CITY}--(BUSINESS WIRE)--", "{city}, {mdy}--(BUSINESS WIRE)--",
                     "T:{CITY}--(BUSINESS WIRE)--Regulatory News:"],
        "origin": ["View source version on businesswire.com: https://www.businesswire.com/news/home/{yymmdd}{big}{nn}/en/"],
        "bio": ["Contacts\nMedia Contact:\n{a2}\n{handle}@northwindlabs.com\n+1 (555) {big}-{nn}{nn}",
                "Investor Relations\n{a3}\nIR@acmeholdings.com"],
        "copyright": ["Copyright Business Wire {year}"],
        "tags": ["Industry:\n{t1}\n{t2}", "Language:\nEnglish\nCountry:\nUnited States"],
        "agency_credit": ["Source: Northwind Labs", "Source: Acme Holdings Inc."],
        "correction": ["Correction to Business Wire release of {mdy}: In the second paragraph, the date of the "
                       "conference call should read {mon}, not as previously stated."],
        "byline": ["Northwind Labs, Inc.", "Acme Holdings Inc."],
        "published": ["{mdy} {hh}:{mm} {AMPM} Eastern Daylight Time"],
    }, wires=("Business Wire", "Photo: Business Wire")),

    Outlet("thefp", "The Free Press", "en", "thefp.com", {
        "byline": ["{a1}\n{mdy}", "{a1} and {a2}\n{mon}", "{A1}\n{MON3} {dd}, {year}\n{big}\n{nn}"],
        "newsletter": ["Thanks for reading The Free Press! Subscribe for free to receive new posts and support our "
                       "work.\nType your email…\nSubscribe",
                       "Subscribe\nType your email…\nSubscribe", "Upgrade to paid", "Ready for more?\nSubscribe",
                       "T:Already have an account? Sign in"],
        "share": ["{big}\n{nn}\nShare", "Share\nRestack", "{big} Likes\n·\n{n} Restacks"],
        "comments": ["Discussion about this post\nComments\nRestacks", "{big} Comments", "T:Write a comment…"],
        "paywall": ["This post is for paid subscribers\nSubscribe\nAlready a paid subscriber? Sign in",
                    "Keep reading with a 7-day free trial\nSubscribe to The Free Press to keep reading this post and "
                    "get 7 days of free access to the full post archives.\nStart trial"],
        "copyright": ["© {year} The Free Press\nPrivacy ∙ Terms ∙ Collection notice"],
        "app_promo": ["Start writing\nGet the app\nSubstack is the home for great culture"],
        "listen": ["Listen to this post\n{len}"],
    }, wires=("Getty Images", "The Free Press")),

    Outlet("newsbreak", "NewsBreak", "en", "newsbreak.com", {
        "byline": ["{partner}\n{n}h", "{a1}\n{partner}", "{partner} • {usnum}"],
        "origin": ["Originally published on {partner}", "Read the original article on {partner}",
                   "T:This article originally appeared in {partner}."],
        "comments": ["Comments / {n}\nAdd a Comment", "Add a Comment"],
        "share": ["Share\nFollow", "Follow\nShare\nReport"],
        "related": ["YOU MAY ALSO LIKE\n{h1}\n{h2}\n{h3}", "Local News Feed\n{h1}\n{h2}"],
        "app_promo": ["Get the NewsBreak app for local news and alerts.\nOpen in app", "Continue in app"],
        "ai_note": ["This article was written with the help of AI. Content may contain errors."],
    }, wires=("Getty Images", "Provided")),

    Outlet("winnipegfp", "Winnipeg Free Press", "en", "winnipegfreepress.com", {
        "byline": ["By: {a1}\nPosted: {hh}:{mm} {AMPM} CDT {dow}, {mdy}", "By: {a1} and {a2}",
                   "By: {a1}\nPosted: {hh}:{mm} {AMPM} CST {dow}, {mdy}\nLast Modified: {uhh}:{mm} {AMPM} CST"],
        "correction": ["Hey there, time traveller!\nThis article was published {usnum} ({big} days ago), so "
                       "information in it may no longer be current."],
        "paywall": ["Subscribe now for only $4.99 for the first month\nAlready have an account? Log in\nYour "
                    "subscription supports local journalism",
                    "T:You've reached your monthly article limit."],
        "caption": ["{cap} ({PH} / WINNIPEG FREE PRESS)", "{cap} ({WIRE})", "{cap} ({ph} / The Canadian Press files)"],
        "agency_credit": ["— The Canadian Press", "Free Press news services"],
        "bio": ["{a1}\nReporter\n{a1} is a general-assignment reporter at the Free Press.\nRead full biography"],
        "comments": ["Report Error\nSubmit a Tip", "Comment on this story\nPlease review our comments policy before "
                     "participating."],
    }, wires=("WINNIPEG FREE PRESS", "The Canadian Press", "The Associated Press")),

    # ---- English, test-only ----
    Outlet("omaha", "Omaha World-Herald", "en", "omaha.com", {
        "byline": ["{a1}\nWorld-Herald staff writer", "By {a1} and {a2}\nWorld-Herald staff writers",
                   "{A1} World-Herald News Service"],
        "paywall": ["Get unlimited access to Omaha.com\n$1 for your first 3 months\nCancel at any time\n"
                    "Already a member? Sign in"],
        "caption": ["{cap} {PH}, THE WORLD-HERALD", "{cap} {wire}"],
        "newsletter": ["Get local news delivered to your inbox!\nSubscribe to our Daily Headlines newsletter.\n"
                       "* I understand and agree that registration on or use of this site constitutes agreement to "
                       "its user agreement and privacy policy.\nSign up!"],
        "tags": ["Tags\n{t1}\n{t2}\n{t3}"],
        "comments": ["Show discussion", "{n} comments\nWatch this discussion.\nStop watching this discussion."],
        "published": ["{mon}, {year} Updated {uhh}:{mm} {ampm}"],
    }, test_only=True, wires=("THE WORLD-HERALD", "Associated Press", "Lee Enterprises")),

    Outlet("engadget", "Engadget", "en", "engadget.com", {
        "byline": ["{a1}\nContributing Writer\n{mdy}\n{min} min read", "{a1}\nSenior Reporter"],
        "affiliate": ["Engadget has been testing and reviewing consumer tech since 2004. Our stories may include "
                      "affiliate links; if you buy something through a link, we may earn a commission. Read more "
                      "about how we evaluate products."],
        "caption": ["{cap} ({wire})", "{cap}\n{wire}"],
        "related": ["Latest\n{h1}\n{h2}\n{h3}"],
        "share": ["Share\nShare on X\nShare on Facebook\nShare on LinkedIn"],
        "most_read": ["Trending Stories\n{h1}\n{h2}\n{h3}"],
        "tags": ["In this article: {t1}, {t2}, {t3}"],
    }, test_only=True, wires=("Reuters", "Getty Images", "Engadget")),

    Outlet("rnz", "RNZ", "en", "rnz.co.nz", {
        "byline": ["{a1}, Reporter", "{a1}, {city} Reporter\n@{handle}"],
        "live": ["{hh}:{mm}{apm}\n{h1}", "{hh}:{mm}{apm}"],
        "caption": ["{cap} Photo: RNZ / {ph}", "{cap} Photo: {wire}", "{cap} Photo: Supplied"],
        "origin": ["- RNZ", "This story was first published by RNZ.",
                   "LDR is local body journalism co-funded by RNZ and NZ On Air."],
        "published": ["{hh}:{mm} {apm} on {dd} {month} {year}"],
        "share": ["Share this\nShare on Twitter\nShare on Facebook\nShare via email\nShare on Reddit\n"
                  "Share on LinkedIn"],
        "video": ["Watch: {h1}\n{len}", "Video: RNZ"],
    }, test_only=True, live=True, wires=("RNZ", "Supplied", "AFP", "123RF")),

    Outlet("patch", "Patch", "en", "patch.com", {
        "byline": ["{a1},\nPatch Staff", "{a1},\nNews Partner"],
        "published": ["Posted {dow}, {mdy} at {hh}:{mm} {apm} ET|Updated {dow}, {mdy} at {uhh}:{mm} {apm} ET"],
        "caption": ["{cap} (Shutterstock)", "{cap} ({ph}/Patch)"],
        "newsletter": ["Subscribe\nGet more local news delivered straight to your inbox. It's free!\n"
                       "Email address\nSubscribe"],
        "comments": ["Thank\nReply\nShare", "The rules of replying:\nKeep it local and civil. No personal attacks.\n"
                     "Stick to the facts.\nRead our community guidelines"],
        "related": ["More from {city} Patch\n{h1}\n{h2}"],
        "app_promo": ["Get the Patch app for real-time local news alerts."],
    }, test_only=True, wires=("Shutterstock", "Patch", "Google Maps")),

    # ---- Spanish ----
    Outlet("lavanguardia", "La Vanguardia", "es", "lavanguardia.com", {
        "byline": ["{a1}\n{city}", "{A1}\n{A2}", "{a1}\n{city}. Corresponsal"],
        "published": ["{num2} {hh}:{mm}\nActualizado a {num2} {uhh}:{mm}h", "{dd2}/{mo2}/{year} {hh}:{mm}"],
        "live": ["{hh}:{mm}", "{hh}:{mm}\n{h1}", "Destacado\n{hh}:{mm}"],
        "live_key": ["Lo último\n{h1}\n{h2}\n{h3}"],
        "caption": ["{cap} ({wire})", "{cap} / {PH}", "{cap}(Europa Press)"],
        "paywall": ["Este contenido es exclusivo para suscriptores\nSuscríbete con un 50% de descuento\n"
                    "Accede ya si eres suscriptor"],
        "tags": ["Etiquetas:\n{t1}\n{t2}\n{t3}"],
        "read_also": ["Lee también\n{h1}\n{a2}", "Lee también{h1}", "T:Lee también\n{H1}"],
        "app_promo": ["Descárgate la app de La Vanguardia y recibe las noticias más relevantes"],
    }, live=True, wires=("Europa Press", "EFE", "Getty", "LV")),

    Outlet("eluniversal", "El Universal", "es", "eluniversal.com.mx", {
        "byline": ["{a1}\n{dd2}/{mo2}/{year} {hh}:{mm}", "{a1} y {a2}", "Redacción El Universal"],
        "read_also": ["Lee también: {h1}", "Lee también: {H1}", "Te recomendamos: {h1}"],
        "newsletter": ["Suscríbete aquí para recibir directo en tu correo nuestro newsletter sobre noticias del día."],
        "social": ["Únete a nuestro canal ¡El Universal ya está en WhatsApp! Desde tu dispositivo móvil entérate "
                   "de las noticias más relevantes del día, artículos de opinión, entretenimiento, tendencias y más.",
                   "T:Síguenos en Google News"],
        "caption": ["{cap}. Foto: {ph} | El Universal", "{cap}. Foto: Especial", "{cap} | Foto: AP"],
        "dateline": ["{city}.- ", "{CITY}.– "],
        "agency_credit": ["Con información de AP", "{ab}/rhe"],
    }, wires=("Especial", "AP", "EFE", "Archivo El Universal")),

    Outlet("lanacion", "La Nación", "es", "lanacion.com.ar", {
        "byline": ["Por {a1}", "{a1}\nPARA LA NACION"],
        "paywall": ["Para acceder a este contenido exclusivo, suscribite a LA NACION\nSuscribite\n"
                    "Si ya sos suscriptor, ingresá"],
        "read_also": ["Seguí leyendo\n{h1}\n{h2}"],
        "origin": ["Conforme a los criterios de\nThe Trust Project\nSaber más"],
        "caption": ["{cap} - Créditos: {ph}", "{cap}Fuente: {wire}"],
        "newsletter": ["Recibí las noticias en tu mail\nEmail\nSuscribirme"],
        "dateline": ["{CITY}.- "],
        "published": ["{dd} de {month} de {year}\n{hh}:{mm}"],
    }, test_only=True, wires=("Archivo", "AFP", "Télam")),

    # ---- French ----
    Outlet("liberation", "Libération", "fr", "liberation.fr", {
        "byline": ["par {a1}", "par {a1} et {a2}", "par {a1}, correspondante à {city}"],
        "published": ["publié le {date} à {hh}h{mm}", "publié le {dd} {month} {year} à {hh}h{mm}\nmis à jour à "
                      "{uhh}h{mm}"],
        "live": ["{hh}h{mm}", "{hh}h{mm}\n{h1}", "T:il y a {n} minutes"],
        "live_key": ["L'essentiel\n{h1}\n{h2}", "Retrouvez l'essentiel du direct\n{h1}\n{h2}"],
        "caption": ["{cap}. (Photo {ph}/{wire})", "{cap}. ({wire})", "{cap} (Photo d'archives {wire})"],
        "paywall": ["Article réservé aux abonnés",
                    "Libération est accessible à tous, mais c'est grâce aux abonnés que nous pouvons exister.\n"
                    "Je m'abonne"],
        "kicker": ["Reportage", "Récit", "{kick}", "Chronique"],
        "read_also": ["A lire aussi\n{h1}", "A lire aussi{h1}"],
    }, live=True, wires=("AFP", "Hans Lucas", "REUTERS", "AP")),

    Outlet("ladepeche", "La Dépêche du Midi", "fr", "ladepeche.fr", {
        "byline": ["{a1}", "{a1}, avec AFP", "Rédaction La Dépêche"],
        "published": ["Publié le {num2} à {hh}:{mm}, mis à jour le {num2} à {uhh}:{mm}",
                      "{dow} {dd} {month} {year} à {hh}h{mm}"],
        "caption": ["{cap} DDM - {PH}", "{cap} DDM illustration", "{cap} {wire} - {ph}"],
        "paywall": ["Abonnez-vous pour lire la suite\n1 € le premier mois\nJe m'abonne\nDéjà abonné ? Connectez-vous",
                    "L'accès à la totalité de l'article est protégé"],
        "read_also": ["A lire aussi :\n{h1}", "À LIRE AUSSI :\n{h1}\n{h2}"],
        "newsletter": ["Recevez gratuitement la newsletter d'actualités de votre département\nInscrivez-vous\n"
                       "Veuillez saisir une adresse email valide"],
        "comments": ["Voir les commentaires", "{nn} commentaires"],
    }, wires=("DDM", "AFP", "MaxPPP")),

    Outlet("lesoir", "Le Soir", "fr", "lesoir.be", {
        "byline": ["Par {a1}\nJournaliste au service Économie", "Par {a1} et {a2}"],
        "published": ["Publié le {num2} à {hh}:{mm}\nTemps de lecture: {min} min"],
        "paywall": ["Article réservé aux abonnés\nAccédez à tous nos articles dès 1€\nJe m'abonne\n"
                    "Déjà abonné ? Je me connecte"],
        "caption": ["{cap} - {wire}.", "{cap} © Belga.", "{cap} © {ph}."],
        "agency_credit": ["(Belga)", "Avec Belga"],
        "comments": ["Réagir\nPour réagir, vous devez être connecté"],
        "dateline": ["{city} (Belga) - "],
    }, test_only=True, wires=("Belga", "Reporters", "AFP")),

    # ---- German ----
    Outlet("tagesspiegel", "Der Tagesspiegel", "de", "tagesspiegel.de", {
        "byline": ["Von {a1}", "Von {a1}, {a2}", "Ein Gastbeitrag von {a1}"],
        "published": ["{date}, {hh}:{mm} Uhr", "Stand: {date}, {hh}:{mm} Uhr"],
        "live": ["{hh}:{mm} Uhr", "{hh}:{mm} Uhr\n{h1}", "Neu\n{hh}:{mm} Uhr"],
        "live_key": ["Die wichtigsten Entwicklungen\n{h1}\n{h2}"],
        "paywall": ["Tagesspiegel Plus\nJetzt 30 Tage kostenlos testen\nSie haben bereits ein Abo? Anmelden",
                    "Für Abonnenten"],
        "caption": ["{cap} © {wire}", "{cap} © Tagesspiegel/{ph}", "{cap} © imago/{ph}"],
        "tags": ["Zur Startseite\n{t1}\n{t2}"],
        "newsletter": ["Checkpoint, der Newsletter für Berlin\nBitte geben Sie Ihre E-Mail-Adresse ein.\n"
                       "Kostenlos bestellen"],
    }, live=True, wires=("picture alliance/dpa", "IMAGO", "dpa", "Reuters")),

    Outlet("welt", "WELT", "de", "welt.de", {
        "byline": ["Von {a1}\nRedakteur Wirtschaft", "Von {a1}, {a2}"],
        "published": ["Veröffentlicht am {num1}", "Stand: {hh}:{mm} Uhr | Lesedauer: {min} Minuten"],
        "read_time": ["Lesedauer: {min} Minuten"],
        "paywall": ["Mit WELTplus weiterlesen\n30 Tage kostenlos testen\nBereits Abonnent? Hier anmelden"],
        "caption": ["Quelle: {wire}", "{cap}\nQuelle: picture alliance/dpa/{ph}", "{cap}\nQuelle: {wire}"],
        "read_also": ["Lesen Sie auch\n{h1}"],
        "agency_credit": ["dpa/AFP/{ab}"],
    }, wires=("picture alliance/dpa", "AFP", "Getty Images", "WELT")),

    Outlet("kleinezeitung", "Kleine Zeitung", "de", "kleinezeitung.at", {
        "byline": ["Von {a1} | {hh}:{mm} Uhr | {num1}", "{a1}\nRedakteurin Wirtschaft"],
        "published": ["{hh}.{mm} Uhr, {dd}. {month} {year}"],
        "paywall": ["Dieser Artikel ist Teil unseres Abonnements\nJetzt 1 Monat gratis lesen\n"
                    "Sie haben bereits ein Abo? Einloggen"],
        "caption": ["{cap} © APA/{PH}", "{cap} © APA/AFP"],
        "agency_credit": ["(APA)", "APA/red"],
        "dateline": ["{city} (APA) - "],
        "comments": ["Kommentare\nDas Posten ist nur mit einem registrierten Konto möglich.\nAnmelden"],
        "newsletter": ["Der Newsletter der Kleinen Zeitung\nHier anmelden"],
    }, test_only=True, wires=("APA", "APA/AFP", "Kleine Zeitung")),

    # ---- Portuguese ----
    Outlet("expresso", "Expresso", "pt", "expresso.pt", {
        "byline": ["{a1}\nJornalista", "{a1} e {a2}", "Texto {a1}\nIlustração {ph}"],
        "published": ["{dd} {month} {year} {hh}:{mm}", "{num2}, {hh}h{mm}"],
        "paywall": ["Exclusivo\nPara continuar a ler este artigo assine o Expresso\nAssinar\nJá é assinante? Entrar"],
        "caption": ["{cap} Foto: {ph}", "{cap} Lusa", "{cap} Getty Images"],
        "read_also": ["Relacionados\n{h1}", "T:Relacionados\n{h1}\n{h2}"],
        "newsletter": ["Subscreva a newsletter Expresso Curto e receba todas as manhãs os temas do dia.\nEmail\n"
                       "Subscrever"],
    }, wires=("Lusa", "Getty Images", "Reuters")),

    Outlet("estadao", "Estadão", "pt", "estadao.com.br", {
        "byline": ["Por {a1}\nAtualização: {num2} | {hh}h{mm}", "Por {a1} e {a2}", "Por Redação"],
        "published": ["{num2} | {hh}h{mm}\nAtualização: {num2} | {uhh}h{mm}"],
        "paywall": ["Conteúdo exclusivo para assinantes\nAssine por R$ 9,90/mês nos 3 primeiros meses\n"
                    "Já é assinante? Entrar"],
        "caption": ["{cap} Foto: {ph}/Estadão", "{cap} Foto: {wire}"],
        "read_also": ["Leia também\n{h1}", "Leia também\n{h1}\n{h2}"],
        "agency_credit": ["Com informações da Agência Estado", "Estadão Conteúdo"],
        "dateline": ["{CITY} - ", "BRASÍLIA – "],
    }, wires=("Estadão", "Reuters", "Agência Brasil", "AFP")),

    Outlet("observador", "Observador", "pt", "observador.pt", {
        "byline": ["Texto de {a1}", "{a1}\nTexto", "Agência Lusa"],
        "live": ["{hh}:{mm}\n{h1}", "{hh}:{mm}", "Há {n} minutos"],
        "live_key": ["O que precisa de saber\n{h1}\n{h2}"],
        "paywall": ["Este artigo é exclusivo para assinantes do Observador.\nAssine a partir de 0,18€/ dia\n"
                    "Já é assinante? Entrar"],
        "caption": ["{cap} LUSA", "{cap} AFP via Getty Images", "{cap} {PH}/OBSERVADOR"],
        "newsletter": ["Newsletter Observador\nRecomendado\nSubscrever"],
        "comments": ["Comente e partilhe as suas ideias\nO comentário tem de ter no máximo 500 caracteres"],
        "agency_credit": ["(Lusa)", "com Lusa"],
    }, test_only=True, live=True, wires=("LUSA", "AFP via Getty Images", "OBSERVADOR")),

    # ---- Italian ----
    Outlet("ilmessaggero", "Il Messaggero", "it", "ilmessaggero.it", {
        "byline": ["di {a1}", "{a1}\n{date}", "di Redazione Web"],
        "caption": ["{cap} (foto ANSA)", "{cap}(Foto di {ph})"],
        "read_also": ["LEGGI ANCHE > {h1}", "LEGGI ANCHE ▶ {h1}"],
        "paywall": ["Questo contenuto è riservato agli abbonati\n1€ al mese per 3 mesi\nAttiva Ora\n"
                    "Sei già abbonato? Accedi"],
        "published": ["{dow} {dd} {month} {year}, {hh}:{mm}\nAggiornato alle {uhh}:{mm}", "{dd} {month} {year}, {hh}:{mm}"],
    }, wires=("ANSA", "LaPresse", "Ipa", "Agenzia Toiati")),

    Outlet("ilfatto", "Il Fatto Quotidiano", "it", "ilfattoquotidiano.it", {
        "byline": ["di {a1}", "di {a1} e {a2}", "di F. Q."],
        "published": ["{num2}", "{dd} {month} {year}"],
        "paywall": ["Sostieni ilfattoquotidiano.it: se credi nel nostro lavoro, sostienici. Diventa utente "
                    "sostenitore!\nSostienici ora",
                    "ABBONATI\nRegistrati e leggi gratuitamente 3 articoli"],
        "related": ["Articolo Precedente\n{h1}\nArticolo Successivo\n{h2}"],
        "comments": ["Gentile lettore, i commenti sono sospesi dalle 20 alle 9 e si chiudono dopo 72 ore; ogni "
                     "messaggio può contenere al massimo 1.500 caratteri."],
        "caption": ["{cap} (Foto: {wire})"],
    }, wires=("LaPresse", "Ansa", "Imagoeconomica")),

    Outlet("ilpost", "Il Post", "it", "ilpost.it", {
        "byline": ["{a1}", "{a1} e {a2}"],
        "paywall": ["Il Post vive grazie agli abbonati.\nAbbonati\nSei già abbonato? Accedi"],
        "caption": ["{cap} (ANSA/{PH})", "({wire})"],
        "comments": ["Mostra i commenti"],
        "newsletter": ["Iscriviti alla newsletter del mattino\nEmail\nIscriviti"],
        "related": ["Continua sul Post\n{h1}\n{h2}"],
        "most_read": ["I più letti della settimana\n{h1}\n{h2}"],
    }, test_only=True, wires=("ANSA", "AP Photo", "Getty Images")),
]

__all__ = ["HOUSE", "OUTLETS", "Outlet"]
