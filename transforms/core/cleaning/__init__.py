"""The cleaner: normalisation, the article model, rule packs per language, and the passes that apply them.

    clean(text, cfg, inc, title_hint=None) -> Cleaned      (transforms.core.cleaning.clean)

Modules: ``normalise`` (format characters, NFC, unwrapping hard-wrapped lines), ``structure`` (paragraph
shapes, head/body/tail zones), ``rules`` (the packs and their registry), ``matcher`` (a kind's rules joined
into one pattern per zone), ``generic`` (line, prefix, suffix and teaser rules of any pack), ``lists``, ``head``, ``repeats``, ``tail`` (structural passes beside their rules),
``glued`` (furniture run into a story paragraph's start or end), ``widgets`` (separators, consent banners
(``consent``), comment sections), ``embeds`` (embedded social posts' attribution, card and picture-link lines), ``captions``
(photo captions on a line of their own), ``byline`` (a byline's names in any script),
``credits`` (credit lines and agencies' names), ``dateline`` (datelines and credits in head lines), ``clean``
(the loop over the passes).
"""
from wirewash.transforms.core.cleaning.clean import METADATA_RULES, PASSES, RULES, clean
from wirewash.transforms.core.cleaning.config import CleanConfig, Cleaned

__all__ = ["METADATA_RULES", "PASSES", "RULES", "CleanConfig", "Cleaned", "clean"]
