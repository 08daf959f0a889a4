"""The tail zone's lists (transforms.core.cleaning.tail): headlines left under a label a rule removed, a list
under a table's rows; and the story's own short lists, which stay."""
from __future__ import annotations

from tests.cleaned import kept, run

LEAD = "Kazakhstan’s ruling party won a commanding majority in early parliamentary elections on Sunday."
BODY = "Turnout was estimated at around 54%, far below the 63% participation in previous elections."
TAIL = "Economic challenges, including high inflation, are also top of mind for Tokayev, analysts said."


def test_headlines_left_under_a_removed_label_go() -> None:
    # The rights line goes (a rule), and the two headlines under it are orphans of the page's list.
    out = run(LEAD, BODY, TAIL, "© 2023 Le Monde. Tous droits réservés.",
              "· Le chômage recule pour le troisième mois", "· Un constructeur rappelle 80 000 véhicules")
    assert kept(out) == [LEAD, BODY, TAIL]


def test_the_storys_own_two_items_under_a_subhead_stay() -> None:
    items = ["- Seats for the ruling party in parliament", "- Turnout in the capital and the regions"]
    out = run(LEAD, BODY, TAIL, "What the ballot decides", *items)
    assert kept(out) == [LEAD, BODY, TAIL, "What the ballot decides", *items]
    # Under a removed line, items that share the story's words are still the story's.
    out = run(LEAD, BODY, TAIL, "© 2023 Example Media.", "- Turnout in the parliamentary elections by region")
    assert kept(out)[-1] == "- Turnout in the parliamentary elections by region"


def test_a_list_under_a_tables_rows_is_judged_apart_from_the_table() -> None:
    table = ["Inedible 893.0 920.1", "Edible 208.3 274.7", "Inedible 488.7 473.7"]
    related = ["You may also like", "- Ferry operator suspends crossings as storm nears",
               "- Regional airline orders twelve new jets", "- Museum returns looted bronze statues"]
    out = run(LEAD, BODY, TAIL, *table, *related)
    assert kept(out) == [LEAD, BODY, TAIL, *table]


def test_a_circled_c_rights_line_goes() -> None:
    out = run(LEAD, BODY, TAIL, "Copyright ⓒ KBS 뉴스. All rights reserved.")
    assert kept(out) == [LEAD, BODY, TAIL]


def test_a_wire_credit_line_unwrapped_into_the_last_paragraph_goes() -> None:
    # Reuters copy hard-wrapped with indented paragraphs: the credit set at the margin under the story joins
    # the last paragraph when unwrapped; it goes, and the paragraph's sentences stay.
    credit = "Reporting by Tom Brennan in Brussels; Additional reporting by Liam Fergus; Editing by Ana Ruiz"
    out = run(LEAD, BODY, TAIL + " " + credit)
    assert kept(out) == [LEAD, BODY, TAIL]
    # A table line run on after the last sentence is the story's.
    rows = TAIL + " Net 43.3 mln vs 13.9 mln in the year-ago quarter including gains from sales"
    assert kept(run(LEAD, BODY, rows)) == [LEAD, BODY, rows]
