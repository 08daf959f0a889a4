"""The byline's author told again below the story (``bios.author_boxes``): a box with its label and role, a
live page's signed entries; and the lines round a name the page prints many times, which stay."""
from __future__ import annotations

from tests.cleaned import BODY, LEAD, SECOND, TAIL, kept, removed_by, run


def test_an_author_box_goes_with_its_label_and_role() -> None:
    out = run("By Leah Abernathy", LEAD, BODY, SECOND, TAIL, "About the author", "Leah Abernathy",
              "Correspondent in Porto")
    assert out.byline == "Leah Abernathy"
    assert kept(out) == [LEAD, BODY, SECOND, TAIL]
    assert removed_by(out, "author_box") == ["About the author", "Leah Abernathy", "Correspondent in Porto"]


def test_a_box_in_a_script_without_case() -> None:
    out = run("作者：赵明轩", LEAD, BODY, SECOND, TAIL, "作者简介", "赵明轩", "驻广州记者")
    assert out.byline == "赵明轩"
    assert kept(out) == [LEAD, BODY, SECOND, TAIL]


def test_a_live_pages_signatures_go_and_the_entries_stay() -> None:
    entry = "Police said the road would reopen at noon."
    out = run("By Owen Pritchard", LEAD, "Owen Pritchard", BODY, "Owen Pritchard", entry, SECOND, TAIL)
    assert removed_by(out, "author_box") == ["Owen Pritchard", "Owen Pritchard"]
    assert entry in kept(out)


def test_nothing_is_judged_without_a_byline() -> None:
    out = run(LEAD, BODY, SECOND, TAIL, "About the author", "Leah Abernathy", "Correspondent in Porto")
    assert removed_by(out, "author_box") == []


def test_a_name_the_byline_does_not_give_stays() -> None:
    out = run("By Leah Abernathy", LEAD, BODY, "Owen Pritchard", SECOND, TAIL)
    assert "Owen Pritchard" in kept(out)
