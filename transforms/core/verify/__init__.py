"""Verification of a candidate pair: is one text a copy of the other, or another article on the same story?

A copy is one text trimmed, re-headed, respelled or lightly edited, its edits spread through it. A different
article on the same story has passages the other lacks, or other distinctive tokens: templated wire reports
(the Fed's repurchase operations on different days, different companies' convertible offerings, weather
warnings for different counties) share most of their wording and differ exactly in names, figures, dates.

So the evidence about a pair is

- ``jaccard``: shingle-set Jaccard, the similarity written to the output (a floor: ``threshold``);
- ``coverage``: the share of the shorter text's shingles (its 3-word passages) found in the longer one. A copy
  trimmed to 70% has Jaccard ~0.7 but coverage ~1.0; an update that reuses background paragraphs covers
  only those;
- ``disagreeing``: each text's distinctive words - numbers, and capitalised words (names of people,
  companies and places, tickers, weekdays and months) - that the other does not contain in that slot (a
  figure in a short run) or in any case or position (a name), where they sit in a passage the two share (a
  filled-in template slot; a credit line an outlet added, or the part a copy trimmed, is not shared). A
  trimmed copy has none. The title's words count too where the text has them, even in lower case ("hog
  prices"): each text's own subject in one slot is another report. So do the readings of a scale a
  templated report fills in lower case (higher / steady, march / april, bushel / tonne) where the two texts
  have none in common. A desk's correction (a CORRECTED / RPT title, a "corrects" note) may differ in the
  figure it corrects.
- ``own passages``: the longest passage inside each text (neither its opening nor its end) that the other
  lacks. A copy's edits leave one text with none longer than a corrected note; an update or a follow-up
  and the story it follows each have a sentence of their own. On different days a shorter sentence each
  is another day's story: an overnight re-send repeats, trims or re-edits.
- ``lead``: the passage of its own opening the longer text while the shorter's opening is in it: new
  paragraphs put above an old story (an update's or a follow-up's new lead). A copy keeps its lead (trims cut
  the end; a dateline or a credit is a few words), and a rewritten lead leaves both texts an opening of
  their own;
- the publication dates, when both are known: re-sends go out the same working day or the next (a Friday
  story re-sent on Monday is one working day late; a weekly report a week later is five); and a copy is
  trimmed from the text it copies, never the reverse, so a longer text published on a later day than the
  shorter, closing with paragraphs of its own, is an update of it;
- direction, when one outlet (publisher, and URL host) sent both texts at known moments (``published_at``):
  the later one that gains passages of its own, wherever they sit, is a new version of the story, not a copy
  (a copy only loses passages). Two outlets' copies of one wire story come in either order, so without one
  known outlet time says nothing;
- the titles: the title words of either text that the other's title and text lack. A re-headlined copy
  takes its headline's words from the story, or rewrites one headline only; another company's dividend
  report or another market's hog prices, word for word the same body, opens its title with another name
  (a desk's CORRECTED-/RPT- flag and a possessive excepted), and a market's midday report and its close
  name different sessions. Such a form names no one in its body; a story does: when one body is the other,
  or it trimmed, and opens with a name both titles give and comes back to it, the titles' own words are a
  desk's slugs or a rewritten headline ("TALKING POINT/BANKAMERICA ..." / "ECONOMIC SPOTLIGHT - BANKAMERICA
  ..."), not another subject: only different sessions still tell the two apart.

Batch, incremental and streaming dedup all decide with ``verify``, over ``Evidence`` records built by
``transforms.core.minhash.sign``.

Modules: ``verdict`` (``verify``, ``Verdict``), ``config`` (``VerifyConfig``), ``record`` (``Evidence``, the
``Words`` it is built from, ``packed`` / ``unpacked``), ``passages`` (what each text has of its own by
passage, days apart, a correction), ``tokens`` (the distinctive words two texts disagree on), ``vocabulary``
(the word lists and ``kind_of``), ``sets`` (sorted unique hash arrays as sets).
"""
from wirewash.transforms.core.verify.config import VerifyConfig
from wirewash.transforms.core.verify.record import Evidence, Words, evidence, packed, unpacked
from wirewash.transforms.core.verify.sets import jaccard, sorted_unique
from wirewash.transforms.core.verify.tokens import OPENING, READING, SUBJECT, TITLE, disagreeing_kind
from wirewash.transforms.core.verify.verdict import DISAGREEING, DUPLICATE, REASONS, Verdict, verify
from wirewash.transforms.core.verify.vocabulary import DATE, NAME, NUMBER, kind_of

__all__ = [
    "DATE", "DISAGREEING", "DUPLICATE", "NAME", "NUMBER", "OPENING", "READING", "REASONS", "SUBJECT", "TITLE",
    "Evidence", "Verdict", "VerifyConfig", "Words", "disagreeing_kind", "evidence", "jaccard", "kind_of", "packed",
    "sorted_unique", "unpacked", "verify",
]
