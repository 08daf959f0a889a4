"""Write one split of the set into a folder, with the truth the scorer needs (``truth.jsonl``: one record per
file naming its paragraphs, headline, authors and every injected piece of furniture)."""
from __future__ import annotations

import json
import random
from pathlib import Path

from .bodies import pick_bodies, spare_headlines
from .compose import compose
from .render import render

SEED = "blind5"


def truth_record(name: str, page) -> dict:
    """The scorer's view of one written page (JSON-serialisable)."""
    return {"doc_id": page.doc_id, "file": name, "split": page.split, "outlet": page.outlet.name,
            "outlet_test_only": page.outlet.test_only, "headline": page.body.headline,
            "authors": list(page.authors), "paragraphs": list(page.body.paragraphs),
            "segments": [{"kind": s.kind, "pieces": s.pieces, "wording": s.wording,
                          "test_only": s.test_only or page.outlet.test_only} for s in page.segments]}


def build(split: str, out: Path, data: Path) -> list[dict]:
    """Write every page of ``split`` ("dev" or "test") into ``out`` (created) and return the truth
    records, also written to ``out.parent / f"truth-{split}.jsonl"``. Raises ``ValueError`` for another
    split name."""
    if split not in ("dev", "test"):
        raise ValueError(f"split must be dev or test, not {split!r}")
    bodies = pick_bodies(data)
    spare = spare_headlines(data, {b.headline for b in bodies})
    out.mkdir(parents=True, exist_ok=True)
    records = []
    for body in bodies:
        if body.split != split:
            continue
        name, content, page = render(compose(body, spare, SEED), random.Random(f"{SEED}:render:{body.key}"))
        (out / name).write_text(content, encoding="utf-8")
        records.append(truth_record(name, page))
    with open(out.parent / f"truth-{split}.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return records
