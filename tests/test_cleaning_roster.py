"""The names closing a story's own roster (a team sheet's referee, a cast list's last title) stay, though an
outlet's source line or a name alone in the tail has their shape; after the story's prose those still go."""
from __future__ import annotations

from test_cleaning import BODY, LEAD, SECOND, TAIL, doc, paragraphs, run
from wirewash.transforms.core.cleaning.roster import name_line, names_list, roster_item

ENGLAND = "Robinson, Lewsey, Noon, Tindall, Cohen, Hodgson, Ellis, Rowntree, Thompson, Vickery (capt), Kay, Corry."
REPLACEMENTS = "Titterrell, Sheridan, Borthwick, Hazell, Dawson, Paul, Abbott."
SCORERS = "Tries: Cohen 2, Lewsey; Cons: Hodgson 3."


def test_a_list_of_names_is_told_from_prose() -> None:
    assert names_list(ENGLAND) and names_list(REPLACEMENTS) and names_list(SCORERS)
    assert names_list("Giggs (Saha 70), Miller (Fletcher 66), Scholes, Ronaldo, Rooney.")
    assert not names_list(TAIL) and not names_list(LEAD)
    assert not names_list("Shares of Apple, Google and Amazon rose on Monday, traders said.")


def test_a_name_line_is_a_name_or_a_title_alone() -> None:
    for line in ("Paddy O'Brien (New Zealand)", "C Thomson", "P Dowd (Staffordshire).", "Doc Martin (Buffalo Productions, ITV1)"):
        assert name_line(line), line
    for line in ("Shares of Apple (AAPL) rose 3% on Monday.", "Updated 10:15 GMT", TAIL):
        assert not name_line(line), line


def test_the_referee_under_a_team_sheet_stays() -> None:
    for referee in ("Paddy O'Brien (New Zealand)", "Joel Jutge (France)", "C Thomson"):
        text = doc(LEAD, BODY, SECOND, ENGLAND, REPLACEMENTS, referee)
        assert paragraphs(run(text).text)[-3:] == [ENGLAND, REPLACEMENTS, referee], referee


def test_a_nominees_list_keeps_its_last_title() -> None:
    nominees = ["Nighty Night (Baby Cow Productions, BBC Three)", "Catherine Tate (The Catherine Tate Show, BBC Two)",
                "Little Britain (BBC Three)"]
    out = run(doc(LEAD, BODY, "The nominees for best comedy are:", *nominees))
    assert paragraphs(out.text)[-3:] == nominees


def test_a_source_line_after_the_story_prose_still_goes() -> None:
    out = run(doc(LEAD, BODY, SECOND, TAIL, "CNNMoney (New York)"))
    assert paragraphs(out.text) == [LEAD, BODY, SECOND, TAIL]
    assert not roster_item([SECOND, TAIL], "CNNMoney (New York)")
