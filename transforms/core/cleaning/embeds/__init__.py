"""Embedded social posts: another document (a post from X/Twitter, Instagram, Bluesky, Threads, TikTok,
Telegram ...) that a page shows inside the story, consent-gated on many sites and repeated across outlets. It is
a widget, not the article's text: the lines that mark an embed go wherever they stand.

- the attribution line an oEmbed blockquote renders under the post ("— Jane Doe (@janedoe) May 4, 2019",
  "— 田中健 (@tanaka) 2023年4月12日"), alone, or run into the end of the text above it (a re-wrapped page
  joins them), with the post's text when the story does not discuss it (below);
- a post card's time stamp ("8:51 PM · Feb 26, 2024", "20:51 · 26 févr. 2024"), and the card's header with
  the account ("Jane Doe @janedoe · Follow") when a stamp closes the card under it;
- the post's picture link on a line of its own above the attribution ("pic.twitter.com/xp5cA057Cw");
- a card's credit line, a few words that are no sentence and the account in brackets ("A post shared by Jane
  Doe (@janedoe)"), when it is the only such line (several are the story's list of accounts) or stands under
  the card's prompt;
- the card's prompt: a short line naming the platform, no sentence, directly over or under one of these marks
  ("View this post on Instagram", "Voir cette publication sur Instagram" over the credit line), in any
  language.

- the card's prompt alone between story paragraphs when it points at the post ("View this post on Instagram",
  "Посмотреть эту публикацию в Instagram", "この投稿をInstagramで見る"): a demonstrative and the platform
  closing the line after a preposition or particle; a story's subhead names a platform for its subject ("Why
  TikTok matters", "Life after Twitter") and points at no post;
- the placeholder a consent-gated embed leaves, in words no pack lists: a short line naming the content and why
  it is not shown ("Dieser Inhalt von X wird erst nach Ihrer Zustimmung angezeigt.", "Conteúdo incorporado
  indisponível.", "Externer Inhalt", "Inhalt laden").

Other consent and placeholder lines round an embed ("Skip twitter post by ...", "Allow X content?", "End of
Instagram post") are the packs' line rules (``rules``), in each language.

The post's own text goes inside a whole card (the header with the account over it, the card's stamp under it),
under a label naming the post and its account ("Пост в Telegram-канале @handle:"), and over an attribution
when the story does not discuss the post: no body paragraph names its author or shares two of its content
tokens (``_Story``). The article-extraction benchmark's human labels keep an embedded post as the article's
text; its nine pages with attributions embed posts their stories discuss ("Take a look at what PFF said about
his performance:", "Noem saw the Twitter reaction"), and those stay. A post on something else, in another
language, or in no words ("Danke an alle, die heute dabei waren! 💪") is the page's widget. Removing every post
over an attribution cost 0.003 of that benchmark's F1 (0.970 -> 0.967); with the story's judgement, three
posts go there (a site's own promotion among them) and F1 moves 0.9733 -> 0.9730. A story paragraph that
quotes a post in prose ("In a post on X, the minister said ...") has none of these shapes, and a line
introducing the post ("The minister wrote on X:") is never its text. All tests are linear in a line's length.

``marks`` reads the lines that mark an embed (attribution, stamp, header, picture link, credit line, prompt);
``gated`` a consent-gated embed's placeholder and the bars round it; ``labels`` a card's label over its post;
``posts`` whether a line can be a post's text and whether the story discusses it; ``passes`` holds the
cleaner's passes (``embedded_posts``, ``card_labels``) and their rule, ``EMBEDDED_POST``.
"""
from wirewash.transforms.core.cleaning.embeds.gated import placeholder
from wirewash.transforms.core.cleaning.embeds.labels import card_label
from wirewash.transforms.core.cleaning.embeds.passes import EMBEDDED_POST, card_labels, embedded_posts

__all__ = ["EMBEDDED_POST", "card_label", "card_labels", "embedded_posts", "placeholder"]
