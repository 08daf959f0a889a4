"""What a page prints again that the story does not: other stories' headlines between and after its paragraphs
(``repeats.echoed_headlines``), known from a list the cleaner removed or from a list on the page that prints them
once more, and a marker set over every entry (``repeats.repeated_labels``); and the story's own repeated lines,
which stay."""
from __future__ import annotations

from tests.cleaned import BODY, LEAD, SECOND, TAIL, kept, removed_by, run

ONE = "Yukos sues four firms for $20bn"
TWO = "Tory backing for ID cards"


def test_a_list_between_paragraphs_whose_headlines_a_removed_list_holds_goes() -> None:
    # Both headlines stand in the "More from Forbes" list the list rules take; the label-and-slashes line and
    # the upper-case copies between the paragraphs are no list those rules know.
    out = run(LEAD, f"Keep reading / {ONE} / {TWO}", BODY, "KEEP READING", ONE.upper(), TWO.upper(), SECOND,
              TAIL, "MORE FROM FORBES", ONE, TWO, "Buyers snap up Jet Airways' shares")
    assert kept(out) == [LEAD, BODY, SECOND, TAIL]
    assert f"Keep reading / {ONE} / {TWO}" in removed_by(out, "echoed_headline")


def test_headlines_run_together_on_one_line_go_when_the_page_prints_them_again() -> None:
    # Two spaces parted them on the page; normalisation made them one. The lines of their own confirm them.
    out = run(LEAD, ONE, TWO, BODY, f"Keep reading  {ONE}  {TWO}", SECOND, TAIL)
    assert kept(out) == [LEAD, BODY, SECOND, TAIL]


def test_a_label_left_over_the_echoed_headlines_goes_with_them() -> None:
    out = run(LEAD, BODY, "Go deeper", ONE, TWO, SECOND, f"Trending now  {ONE}  {TWO}", TAIL)
    assert kept(out) == [LEAD, BODY, SECOND, TAIL]


def test_a_byline_above_an_echoed_list_is_no_label() -> None:
    out = run(LEAD, BODY, "By Owen Pritchard", "Workers assemble vehicles outside the city. Image credit: AFP",
              f"What we're covering / {ONE} / {TWO}", SECOND, TAIL, f"More from Sport • {ONE} • {TWO}")
    assert "By Owen Pritchard" not in removed_by(out, "echoed_headline")
    assert f"What we're covering / {ONE} / {TWO}" in removed_by(out, "echoed_headline")


def test_a_tables_heading_printed_twice_stays() -> None:
    # Reuters-21578 13803: the same heading over two tables (cased apart) is the story's structure, in no list.
    out = run(LEAD, "1986 Crops (in mln bushels)", "Corn 8,250 7,100 Soybeans 1,940 2,100", BODY,
              "1986 Crops (In mln bushels)", "Wheat 2,090 2,420 Oats 385 521", SECOND, TAIL)
    assert {"1986 Crops (in mln bushels)", "1986 Crops (In mln bushels)"} <= set(kept(out))


def test_a_shop_button_repeated_under_every_product_stays() -> None:
    # A labelled buying guide (extraction benchmark aeb-5fbc7ccb): the page's own line, set seven times, in no
    # list. (Whether another rule takes it as a shop's furniture is that rule's.)
    paras = [LEAD]
    for body in (BODY, SECOND, TAIL):
        paras += [body, "See it now: Amazon"]
    assert removed_by(run(*paras), "echoed_headline") == []


def test_a_subhead_inside_a_longer_line_is_no_copy() -> None:
    out = run(LEAD, "The central bank holds", BODY, "The central bank holds rates steady again", SECOND, TAIL,
              f"Read more: {ONE} / {TWO}")
    assert "The central bank holds" in kept(out)
    assert "The central bank holds rates steady again" in kept(out)


def test_a_subhead_that_a_story_sentence_repeats_stays() -> None:
    subhead = "Turnout far below previous elections"
    out = run(LEAD, subhead, f"{subhead}, the commission said on Monday in a short statement.", SECOND, TAIL)
    assert subhead in kept(out)


def test_a_marker_set_over_every_entry_goes_wherever_it_stands() -> None:
    out = run(LEAD, "Key event", BODY, "Key event", SECOND, "Key event", TAIL)
    assert kept(out) == [LEAD, BODY, SECOND, TAIL]


def test_entries_signed_by_a_name_go_once_the_byline_is_read() -> None:
    out = run("By Leah Abernathy", LEAD, "Julian Mbeki", BODY, "Julian Mbeki", SECOND, TAIL)
    assert out.byline == "Leah Abernathy"
    assert kept(out) == [LEAD, BODY, SECOND, TAIL]


def test_a_name_printed_twice_on_a_page_without_a_byline_stays() -> None:
    # Without a byline read, a name below a furniture sentence may be the byline itself.
    out = run(LEAD, "Julian Mbeki", BODY, "Julian Mbeki", SECOND, TAIL)
    assert kept(out).count("Julian Mbeki") == 2


def test_a_sentence_said_twice_is_no_label() -> None:
    out = run(LEAD, "No.", BODY, "No.", SECOND, TAIL)
    assert "No." in kept(out)


def test_a_most_read_lists_label_and_ranks_go_with_its_headlines() -> None:
    out = run(LEAD, BODY, SECOND, TAIL, f"Read more | {ONE} | {TWO}", "Popular", "1", ONE, "2", TWO)
    assert kept(out) == [LEAD, BODY, SECOND, TAIL]


def test_a_player_label_over_its_removed_duration_goes_in_any_wording() -> None:
    for label in ("Video", "Watch now", "Video abspielen", "Смотреть видео"):
        out = run(LEAD, BODY, label, "10:33", SECOND, TAIL)
        assert kept(out) == [LEAD, BODY, SECOND, TAIL], label


def test_a_videos_title_over_its_removed_length_goes() -> None:
    for title in ("Whitehall cuts 'ahead of target'", "Actor Foxx sees Globe nominations"):
        out = run(LEAD, BODY, title, "7:46", SECOND, TAIL)
        assert removed_by(out, "player_label") == [title]
        assert kept(out) == [LEAD, BODY, SECOND, TAIL]


def test_a_video_boxs_label_and_title_go_round_its_removed_length() -> None:
    # blind8 dev: a player box flattened to a label, the video's title and its length, in either order, the
    # label and the length run together as the page's elements were ("VIDEO9:04").
    title = "Sluggish economy hits German jobs"
    for box in (["Video", title, "Duration 4:56"], ["watch now", "VIDEO9:04", title], ["Video", title, "4:56"]):
        out = run(LEAD, BODY, *box, SECOND, TAIL)
        assert kept(out) == [LEAD, BODY, SECOND, TAIL], box


def test_a_subhead_over_a_player_with_words_stays() -> None:
    # The furniture dev set's aeb-05844573ca7e1fba: a story's subhead over a player the page inserted; only a
    # title over a bare length, or one under the box's label, is the video's.
    out = run(LEAD, BODY, "FORD MUSTANG MACH E", "Watch: 8:14", SECOND, TAIL)
    assert "FORD MUSTANG MACH E" in kept(out)
    assert "Watch: 8:14" not in kept(out)


def test_a_sentence_or_a_line_over_a_player_that_is_no_length_stays() -> None:
    # A sentence over a clock is the story's; a longer line over a speed control names no video.
    sentence = "The match resumed after the break."
    out = run(LEAD, BODY, sentence, "7:46", SECOND, TAIL)
    assert sentence in kept(out)
    out = run(LEAD, BODY, "Minister defends the new budget plan", "1x 1.25x 1.5x 2x", SECOND, TAIL)
    assert removed_by(out, "player_label") == []


def test_a_short_line_over_a_figure_that_stays_is_no_player_label() -> None:
    # A results table keeps its rows: the line over one is its heading, not a player's label.
    out = run(LEAD, BODY, "Half-time", "Chelsea 2 Arsenal 1", SECOND, TAIL)
    assert removed_by(out, "player_label") == []
