"""``clean``: a raw text through normalisation, the article model and the passes, to a ``Cleaned``.

Order of the passes (which rule wins across kinds): the date prefix, separators, consent banners and comment
sections (``widgets``), a press release's contact block, embedded social posts (``embeds``), photo captions on a line of their own
(``captions``), labelled and bulleted lists of other stories, prefixes (wire credits), teaser labels, teasers
and captions run into a story paragraph, other furniture run into a paragraph's start or end (``glued``),
duplicated photo captions, line and suffix rules, correction notes, credit lines, copies (a standfirst over
the lead, a paragraph twice, a pull quote), other stories' headlines printed again, bylines, the byline's
author told again below the head, short labels repeated below the head, a player's label over its removed
figures, short lines after the story's last paragraph, a trailing widget token, then the headline and the head
furniture under it.
Within one pass the first rule in registry order wins (transforms.core.cleaning.rules). Each removal can expose
another (a dropped credit line leaves a dated headline first), so the passes repeat until nothing changes, at most
``max_passes`` times: what a second clean() would still find, this one already removed.
"""
from __future__ import annotations

import datetime

from wirewash.transforms.core.cleaning import (
    bios, blocks, boxes, captions, closing, consent, contacts, credits, embeds, generic, glued, head, inserts, lists,
    players, prompts, repeats, shaped, tail, widgets,
)
from wirewash.transforms.core.cleaning.byline import byline_names
from wirewash.transforms.core.cleaning.config import CleanConfig, Cleaned
from wirewash.transforms.core.cleaning.generic import Pass
from wirewash.transforms.core.cleaning.learned import scored
from wirewash.transforms.core.cleaning.rules import PUBLISHERS
from wirewash.transforms.core.cleaning.rules import RULES as PACK_RULES
from wirewash.transforms.core.cleaning.rules.base import Rule
from wirewash.transforms.core.cleaning.stamp_date import stamp_date
from wirewash.transforms.core.cleaning.structure import Doc
from wirewash.transforms.core.counters import Inc
from wirewash.transforms.core.schema import Removal

PASSES: tuple[Pass, ...] = (
    head.date_prefix,
    widgets.widgets,
    widgets.pagers,
    contacts.contact_blocks,
    embeds.embedded_posts,
    captions.caption_lines,
    lists.labelled_lists,
    lists.teased_lists,
    shaped.kicker_lines,
    shaped.related_runs,
    lists.label_leftovers,
    generic.prefixes,
    shaped.glued_items,
    generic.teasers,
    inserts.glued_teasers,
    inserts.glued_captions,
    glued.glued_furniture,
    head.headline,
    repeats.photo_captions,
    generic.lines,
    captions.described_pictures,
    boxes.sign_up_boxes,
    boxes.box_buttons,
    widgets.correction_notes,
    credits.credit_lines,
    repeats.repeated_standfirst,
    repeats.repeated_paragraphs,
    repeats.repeated_passages,
    repeats.echoed_headlines,
    head.bylines,
    bios.author_boxes,
    repeats.repeated_labels,
    players.player_labels,
    players.player_controls,
    closing.tail_lines,
    tail.tail_furniture,
    inserts.inserted_furniture,
    inserts.unlabelled_teasers,
    embeds.card_labels,
    shaped.restyled_lines,
    shaped.stamped_lines,
    tail.widget_tail,
    head.title_copies,
    head.head_furniture,
)

STRUCTURAL_RULES: tuple[Rule, ...] = (
    head.DATE_PREFIX, head.HEADLINE, head.BYLINE, head.READ_TIME, head.OUTLET_LABEL, head.HEAD_FURNITURE,
    lists.TEASED_LIST, lists.LABEL_LEFTOVERS, repeats.REPEATED_STANDFIRST, repeats.REPEATED_PARAGRAPH,
    repeats.REPEATED_PASSAGE, repeats.ECHOED_HEADLINE, repeats.REPEATED_LABEL, players.PLAYER_LABEL, bios.AUTHOR_BOX, tail.TAIL_FURNITURE,
    tail.TAIL_LIST, tail.WIDGET_TOKEN, closing.TAG_LINE, credits.TAIL_CREDIT, inserts.INSERTED_FURNITURE,
    inserts.INSERTED_TEASER, inserts.UNLABELLED_TEASER, inserts.GLUED_CAPTION, glued.GLUED_FURNITURE, credits.CREDIT_LINE,
    widgets.SEPARATOR,
    consent.CONSENT, widgets.SHARE_ROW, widgets.FORM_FIELD, widgets.PAGER, widgets.CORRECTION_NOTE, boxes.NEWSLETTER, boxes.AD_LABEL, widgets.COMMENTS,
    prompts.DISCLOSURE,
    contacts.CONTACT_BLOCK,
    embeds.EMBEDDED_POST,
    captions.CAPTION_LINE, shaped.RELATED_RUN, shaped.KICKER_LINE, shaped.DECORATED_TEASER, shaped.GLUED_ITEM,
    shaped.HASHTAG_LINE, shaped.DATE_TIME_LINE, shaped.STAMP_LINE, shaped.AGE_LINE,
    shaped.LIVE_ENTRY_HEAD, scored.SCORED_FURNITURE, blocks.BLOCK_LEFTOVER,
)
RULES: tuple[Rule, ...] = PACK_RULES + STRUCTURAL_RULES

# Rules whose removed text went into a metadata field: the headline into ``title``, a byline into ``byline``,
# a date prefix into ``published``, a wire credit or a credit line into ``publisher``. The report lists them
# apart from boilerplate removals.
METADATA_RULES: frozenset[str] = frozenset(
    {head.HEADLINE.name, head.BYLINE.name, head.DATE_PREFIX.name, credits.CREDIT_LINE.name}
) | frozenset(PUBLISHERS)


# Removals that date another story or a post, not this one: a teaser's or a related item's date, a caption's,
# an embedded post's ("— Jane Doe (@jdoe) December 2, 2026").
_NOT_STAMPS: frozenset[str] = frozenset(
    r.name for r in (captions.CAPTION_LINE, inserts.GLUED_CAPTION, inserts.INSERTED_TEASER, inserts.UNLABELLED_TEASER,
                     embeds.EMBEDDED_POST,
                     lists.TEASED_LIST, shaped.RELATED_RUN, shaped.DECORATED_TEASER, shaped.GLUED_ITEM,
                     tail.TAIL_LIST, repeats.REPEATED_PARAGRAPH)
)
_NOT_STAMP_WORDS = ("caption", "photo", "teaser", "related", "embed")


def _stamped_day(removed: tuple[Removal, ...]) -> datetime.date | None:
    """The publication date the first stamp removed gives ("Published: 3 December 2026 10:15 GMT", "Publié le
    3 déc. 2026"); when none gives one, the first update's date ("Updated 3 December 2026": see
    ``stamp_date``)."""
    stamps = [r.text for r in removed if r.rule not in _NOT_STAMPS and not any(w in r.rule for w in _NOT_STAMP_WORDS)]
    return next((day for text in stamps if (day := stamp_date(text)) is not None), None) or next(
        (day for text in stamps if (day := stamp_date(text, updates=True)) is not None), None
    )


def _run_passes(doc: Doc) -> None:
    """The passes in rounds until a round removes nothing, at most ``max_passes`` rounds. A pass that changed
    nothing is not run again on the same state (the lines' version and what was read off them): it would find
    nothing again. A second round mostly repeats passes that ran before the last change."""
    idle: dict[Pass, tuple[object, ...]] = {}
    for _ in range(doc.cfg.max_passes):
        before = len(doc.removals)
        state = (doc.version, len(doc.removals), doc.title, doc.byline, doc.publisher, doc.published)
        for apply in PASSES:
            if idle.get(apply) == state:
                continue
            apply(doc)
            # The state after this pass is the state the next one starts from: read once.
            after = (doc.version, len(doc.removals), doc.title, doc.byline, doc.publisher, doc.published)
            if after == state:
                idle[apply] = state
            state = after
        if len(doc.removals) == before:
            break


def clean(text: str, cfg: CleanConfig, inc: Inc, title_hint: str | None = None) -> Cleaned:
    """The article body of ``text`` and what was read off it. Counts ``clean:removed:<rule>`` per removal and
    ``clean:metadata:<field>`` per field found. Never raises on any text; linear in its length."""
    doc = Doc(text, cfg, title_hint)
    _run_passes(doc)
    # Once, on what every rule left, never in the rounds: it reads every kept paragraph, so each round would pay
    # for it again. What it takes may have stood where the head's passes found the lead (an affiliate note over
    # "WASHINGTON — Sir Elton John ...": the lead's dateline stayed), so the lead's dateline is looked for again;
    # only that: the head is not cleared again on a statistical score's say-so ("whatever its words" above the
    # new lead took story lines when all the passes ran again).
    before = len(doc.removals)
    scored.scored_furniture(doc)
    blocks.block_leftovers(doc)
    if len(doc.removals) > before:
        head.lead_dateline(doc)
    removed = tuple(r for _, _, r in sorted(doc.removals, key=lambda t: (t[0], t[1])))
    for r in removed:
        inc(f"clean:removed:{r.rule}")
    # A credit stripped from the lead names the publisher before one read off a head line or a credit line.
    publisher = next((PUBLISHERS[r.rule] for r in removed if r.rule in PUBLISHERS), doc.publisher)
    if publisher is None:
        # A credit line or a dateline another rule removed whole ("Source: Reuters", "(서울=연합뉴스)"), else the
        # story's closing credit ("(Con información de EFE)", "Reuter").
        # A picture's caption names its agency as a dateline does ("محتجون أمام البرلمان - أ ف ب"): not the story's.
        publisher = next(
            (name for r in removed if (name := credits.credit_line(r.text) or (
                None if "caption" in r.rule or "photo" in r.rule else credits.dateline_agency(r.text)
            ))),
            None,
        ) or next((name for r in removed if (name := credits.closing_agency(r.text))), None)
    # A wire credit may name the reporter: "(부산=연합뉴스) 박준호 특파원 =", "/Корр. ТАСС Сергей Орлов/".
    doc.byline = doc.byline or next(
        (names for r in removed if r.rule in PUBLISHERS and (names := byline_names(r.text))), None
    )
    holder = None if publisher else credits.tail_copyright_holder(doc)
    doc.published = doc.published or _stamped_day(removed)
    fields = (("title", doc.title), ("byline", doc.byline), ("published", doc.published),
              ("publisher", publisher or holder))
    for name, value in fields:
        if value is not None:
            inc(f"clean:metadata:{name}")
    return Cleaned(
        text=doc.kept_text(),
        title=doc.title,
        published=doc.published,
        byline=doc.byline,
        publisher=publisher,
        removed=removed,
        copyright_holder=holder,
    )
