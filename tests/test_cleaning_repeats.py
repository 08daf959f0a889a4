"""Copies of the story's own words set apart: pull quotes and standfirsts cut from the lead."""
from __future__ import annotations

from cleaned import kept, run

LEAD = ("SYDNEY (The Daily Ledger) - Israel's central bank said in its annual report the country made striking gains "
        "in 1986 under an austerity program, but warned a national election campaign could harm the economy.")
SAYS = ("“The great success of the national unity government in executing the economic programme ... depends on its "
        "ability to show proper judgement towards economic issues also when elections are on the horizon,” Bruno "
        "said.")
BODY = ("He blamed a 12 pct rise in real wages in 1986 for a sharp increase in private consumption, and said higher pay "
        "was harming attempts to push inflation to under 10 pct a year.")
TAIL = "The Bank's report said Israel's gross domestic product grew by 2.2 pct in 1986, officials said on Sunday."


def test_a_pull_quote_of_a_story_paragraph_goes_and_the_paragraph_stays() -> None:
    for pull in ("“Depends on its ability to show proper judgement towards economic issues also when elections are "
                 "on the horizon,” Bruno said.”", "«depends on its ability to show proper judgement towards economic "
                 "issues»", '"depends on its ability to show proper judgement"'):
        out = run("Israeli bank says election could harm economy", LEAD, BODY, pull, SAYS, TAIL)
        assert kept(out) == [LEAD[len("SYDNEY (The Daily Ledger) - "):], BODY, SAYS, TAIL], pull


def test_a_quotation_standing_alone_is_story_text() -> None:
    # A paragraph that is a quotation and nothing else, found in no other paragraph, is the story's.
    alone = "“We will not let the gains of the programme be lost to an election campaign,” Bruno said."
    out = run("Israeli bank says election could harm economy", LEAD, alone, BODY, TAIL)
    assert alone in kept(out)


def test_a_standfirst_cut_from_the_lead_goes_above_its_dateline() -> None:
    lead = ("The Amsterdam Stock Exchange today declined to comment on a press report saying Drexel Burnham Lambert "
            "Inc's request for membership had been delayed pending investigation by the U.S. Securities and "
            "Exchange Commission.")
    for cut in (lead[:lead.index(" Securities")], lead[:60] + "…"):
        out = run("Amsterdam bourse said delaying Drexel membership", cut, "By Pedro Costa", "20.01.2019 22:37",
                  "AMSTERDAM, March 4 (Reuters) - " + lead, BODY, TAIL)
        assert kept(out) == [lead, BODY, TAIL], cut
        assert out.byline == "Pedro Costa"


def test_a_sentence_the_story_says_again_at_greater_length_goes_as_the_shorter_copy() -> None:
    # Wire copy repeats itself (Reuters-21578 story 8145): the longer paragraph holds every word of the shorter.
    said = "Reserve Bank governor Gerhard de Kock said the agreement was a good deal for South Africa and the banks."
    longer = said[:-1] + " and added that its three-year length was of enormous significance."
    out = run("South Africa reaches debt deal", LEAD, said, BODY, longer, TAIL)
    assert said not in kept(out) and longer in kept(out)
    # A short sentence said twice stays: stories say "He declined to comment." more than once.
    short = "The bank declined to comment."
    out = run("South Africa reaches debt deal", LEAD, short, BODY, "Asked about the deal, " + short[0].lower()
              + short[1:] + " Its shares rose.", TAIL)
    assert short in kept(out)


def test_a_pull_quote_s_speaker_goes_with_it() -> None:
    pull = "“Depends on its ability to show proper judgement towards economic issues”"
    out = run("Israeli bank says election could harm economy", LEAD, BODY, pull, "— Camille Girard", SAYS, TAIL)
    assert kept(out) == [LEAD[len("SYDNEY (The Daily Ledger) - "):], BODY, SAYS, TAIL]


def test_a_later_sentence_going_on_into_the_first_paragraph_keeps_it() -> None:
    # Only a dateline or a credit before the copied words makes the first paragraph a standfirst.
    first = "El Gobierno colombiano anunció este lunes un nuevo plan de seguridad para las ciudades del norte."
    later = "La agencia EFE informó que " + first[0].lower() + first[1:]
    out = run("Colombia anuncia un plan de seguridad", first, BODY, later, TAIL)
    assert kept(out)[0] == first


def test_a_pull_quote_set_off_by_a_block_quote_mark_goes_with_its_speaker() -> None:
    # Markdown and e-mail print a set-apart passage after "> "; a converter may keep the page's bar ("│").
    for mark in ("> ", ">", "│ "):
        pull = mark + "“Depends on its ability to show proper judgement towards economic issues”"
        out = run("Israeli bank says election could harm economy", LEAD, BODY, pull, mark + "— Camille Girard",
                  SAYS, TAIL)
        assert kept(out) == [LEAD[len("SYDNEY (The Daily Ledger) - "):], BODY, SAYS, TAIL], mark
        out = run("Israeli bank says election could harm economy", LEAD, BODY,
                  "> depends on its ability to show proper judgement towards economic issues", SAYS, TAIL)
        assert kept(out) == [LEAD[len("SYDNEY (The Daily Ledger) - "):], BODY, SAYS, TAIL]


def test_a_block_quote_found_nowhere_else_is_story_text() -> None:
    # A quoted letter or post the story reproduces is set off the same way, and is said once.
    letter = "> We regret to inform shareholders that the dividend will be suspended until further notice."
    out = run("Israeli bank says election could harm economy", LEAD, BODY, letter, TAIL)
    assert letter in kept(out)


def test_a_pull_quote_set_without_quotes_or_stop_goes() -> None:
    # Display type sets the passage without its quotes and its full stop, beside the paragraph that says it.
    pull = "He blamed a 12 pct rise in real wages in 1986 for a sharp increase in private consumption"
    out = run("Israeli bank says election could harm economy", LEAD, pull, BODY, SAYS, TAIL)
    assert kept(out) == [LEAD[len("SYDNEY (The Daily Ledger) - "):], BODY, SAYS, TAIL]


def test_a_pull_quote_of_a_paragraph_that_is_the_passage_alone_goes() -> None:
    # The paragraph it was cut from says only that sentence: the quotes make the pull quote the longer.
    said = "The London exchange is seeking clarification."
    out = run("Israeli bank says election could harm economy", LEAD, said, BODY, f"“{said}”", TAIL)
    assert kept(out) == [LEAD[len("SYDNEY (The Daily Ledger) - "):], said, BODY, TAIL]


def test_a_paragraph_and_its_quoted_copy_keep_one() -> None:
    # The story's paragraph closing on a quotation ends no sentence by its last character; its pull quote
    # holds it word for word. One of the two stays, the story's.
    said = ('Miller noted the secretary is scheduled to meet next month with the growers, and the group "will be '
            'represented."')
    out = run("Israeli bank says election could harm economy", LEAD, f"“{said}”", BODY, said, TAIL)
    assert said in kept(out) and f"“{said}”" not in kept(out)


def test_a_teaser_of_the_lead_cut_short_under_a_kicker_goes_and_the_lead_stays() -> None:
    # blind6 dev: a site's card repeats the lead's first words and an ellipsis, under its kicker.
    lead = ("India and Russia are to work together in a series of energy deals, part of a pact which could see "
            "India invest up to $20bn in oil and gas projects.")
    body = "On the agenda are oil and gas extraction as well as transportation deals, officials said."
    out = run("India and Russia in energy talks", "Analysis", "India and Russia are to work together in a series of "
              "energy…", lead, body)
    assert out.text.split("\n\n") == [lead, body]


def test_a_paragraph_trailing_off_that_no_paragraph_below_goes_on_from_stays() -> None:
    lead = "The minister said the talks were going well and a deal was close."
    trailing = "Asked when it would be signed, he said only: we will see..."
    body = "Officials in Moscow declined to comment on the timing of any announcement."
    out = run(lead, trailing, body)
    assert out.text.split("\n\n") == [lead, trailing, body]
