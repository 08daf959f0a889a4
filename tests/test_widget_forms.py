"""The forms real pages give their widgets, in words no earlier rule named (blind9 dev, written from how outlets
lay out their pages): ad slots' prompts and counters, a blog platform's comment form, comment sections' notices,
a consent-gated embed's placeholder and button, a card's like count, update and release-correction notes,
datelines dated month first or wired by a press-release service, closing credits run into the last paragraph,
a video player's lines, walls' and pitches' offers, picture credits after a caption; and the story sentences of
the same words, which stay."""
from __future__ import annotations

import pytest

from tests.cleaned import BODY, LEAD, SECOND, TAIL, kept, run
from wirewash.transforms.core.cleaning.boxes import ad_label
from wirewash.transforms.core.cleaning.captions import caption_line
from wirewash.transforms.core.cleaning.credits import sign_off, sourced_note, tail_credit
from wirewash.transforms.core.cleaning.dateline import dateline_end
from wirewash.transforms.core.cleaning.widgets import comment_disclaimer, correction_note, form_field


@pytest.mark.parametrize("label", [
    "Content continues below", "Story continues below this ad", "Article continues below this ad", "Advertisement 9",
])
def test_an_ad_slots_prompt_or_numbered_label_is_an_ad_label(label: str) -> None:
    assert ad_label(label)


@pytest.mark.parametrize("text", ["The content continues to grow", "AD 2024", "Advertisement spending rose 5%"])
def test_a_story_line_on_content_or_ads_is_no_ad_label(text: str) -> None:
    assert not ad_label(text)


def test_an_ad_slots_prompt_run_into_a_paragraphs_end_goes() -> None:
    out = run(LEAD, BODY + " Content continues below", SECOND, TAIL)
    assert kept(out) == [LEAD, BODY, SECOND, TAIL]


def test_a_blog_platforms_comment_form_after_the_story_goes() -> None:
    form = ["Leave a Reply Cancel reply", "Your email address will not be published. Required fields are marked *",
            "Comment *", "Name *", "Email *"]
    assert kept(run(LEAD, BODY, SECOND, TAIL, *form)) == [LEAD, BODY, SECOND, TAIL]


@pytest.mark.parametrize("text", ["Revenue*", "Note: figures are in millions*", "The minister said no *",
                                  "player.setav stamina *"])
def test_a_footnote_mark_or_a_sentence_is_no_form_field(text: str) -> None:
    assert not form_field(text)


@pytest.mark.parametrize("notice", [
    "Conversations are opinions of our readers and are subject to the Code of Conduct. The Star does not endorse "
    "these opinions",
    "Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant "
    "and respectful",
])
def test_a_comment_sections_notice_is_a_disclaimer(notice: str) -> None:
    assert comment_disclaimer(notice)


@pytest.mark.parametrize("text", [
    "The party does not endorse these views, a spokesman said.",
    "The minister said he did not read the comments. Comments are moderated by the ministry, he added.",
])
def test_a_story_sentence_on_endorsement_or_comments_is_no_disclaimer(text: str) -> None:
    assert not comment_disclaimer(text)


def test_a_consent_gated_embeds_placeholder_and_its_button_go() -> None:
    gate = ["Embedded content from X is blocked. To view it, allow social media cookies.", "Allow and continue"]
    assert kept(run(LEAD, BODY, *gate, SECOND, TAIL)) == [LEAD, BODY, SECOND, TAIL]
    story = "To block the content, users must allow cookies, the regulator said."
    assert story in kept(run(LEAD, BODY, story, SECOND, TAIL))


def test_a_cards_prompt_over_its_like_count_goes_and_a_sentence_on_likes_stays() -> None:
    assert kept(run(LEAD, BODY, "See more on Facebook", "712 likes", SECOND, TAIL)) == [LEAD, BODY, SECOND, TAIL]
    story = "The post got 712 likes"
    assert story in kept(run(LEAD, BODY, story, SECOND, TAIL))


@pytest.mark.parametrize("note", [
    "UPDATE July 17, 2020: Adds comment from officials.", "UPDATE: Adds details from police statement",
    "Updated 9:41 a.m.: This story has been updated with comment from the mayor.",
    "Article mis à jour à 9h55 avec la réaction du ministre",
    "In the news release, Howard denies split over ID cards, issued Jul 9, 2025 by Bloomberg over PR Newswire, we "
    "are advised by the company that the second paragraph was incorrect.",
])
def test_update_and_release_correction_notes_are_correction_notes(note: str) -> None:
    assert correction_note(note)


@pytest.mark.parametrize("text", [
    "Updated figures show inflation fell: with prices down 2%.", "Update: with the vote due Friday, the party is split.",
    "Updates: Apple adds new features to iOS",
])
def test_a_story_line_opening_on_an_update_is_no_note(text: str) -> None:
    assert not correction_note(text)


@pytest.mark.parametrize(("lead", "agency"), [
    ("Mumbai, Jun 19 (PTI) The mobile gaming industry is set to explode in 2005.", "PTI"),
    ("WELLINGTON, Nov. 24, 2022 /PRNewswire-HISPANIC PR WIRE/ -- An MP has had his passport stolen.", None),
])
def test_a_dateline_dated_month_first_or_wired_by_a_release_service_opens_the_lead(lead: str, agency: str) -> None:
    end, _, named = dateline_end(lead)
    assert end > 0 and lead[end:].startswith(("The ", "An ")) and named == agency


@pytest.mark.parametrize("credit", [
    "-Reuters", "— with AAP", "— Agencies", "With files from The Canadian Press", "With PTI inputs",
    "(With inputs from agencies)",
])
def test_closing_credits_of_agencies_and_desks_are_tail_credits(credit: str) -> None:
    assert tail_credit(credit)


@pytest.mark.parametrize("glued", [" – Stuff", " – RNZ and Getty Images", " with NCA NewsWire",
                                   " Information from Fortune was used in this report.",
                                   " This story was provided by Seattle Times."])
def test_a_sign_off_or_a_sourcing_note_run_into_the_last_paragraph_goes(glued: str) -> None:
    assert kept(run(LEAD, BODY, TAIL + glued)) == [LEAD, BODY, TAIL]


def test_a_last_paragraph_closing_on_a_dash_and_words_or_a_sourced_sentence_of_the_story_stays() -> None:
    assert not sign_off("– and then the vote.")
    assert not sourced_note("The Times, which first reported the plan, said its staff contributed to this report.")
    last = f"{TAIL} – and then the vote."
    assert kept(run(LEAD, BODY, last)) == [LEAD, BODY, last]


@pytest.mark.parametrize("line", [
    "Video Loading", "Click to play", "TAP TO PLAY", "Play now", "The video will auto-play soon8Cancel", "Watch Live",
    "Your browser does not support the video tag", "This is premium content", "Donate",
    "$1 per week for the first 12 weeks", "Try inkl free for 14 days", "Join News24 today and read the stories that matter",
    "Read more from The Scotsman with a subscription",
    "Unlimited online access to articles from across Canada with one account",
    "Stay up to date with all the latest news", "Join the Irish Independent WhatsApp channel",
    "There was an error, please provide a valid email address", "I agree to receive emails",
    "Get breaking news alerts. Download the app now", "Photo by Marcus Bell on Unsplash",
])
def test_a_players_walls_and_forms_lines_between_paragraphs_go(line: str) -> None:
    assert kept(run(LEAD, BODY, line, SECOND, TAIL)) == [LEAD, BODY, SECOND, TAIL], line


@pytest.mark.parametrize("line", [
    "Unlimited access to clean water is a human right, the UN said.",
    "Stay up to date with the latest news, officials urged residents.",
    "Join the union today and read the fine print, he said.",
])
def test_story_sentences_in_a_pitchs_words_stay(line: str) -> None:
    assert line in kept(run(LEAD, BODY, line, SECOND, TAIL))


@pytest.mark.parametrize("caption", [
    "Supporters gather outside the venue Credit: Shutterstock", "Der Minister vor der Presse Foto: Jonas Becker/dpa",
    "The singer performs on stage (Gallo Images)", "A container ship is unloaded at the port. Supplied",
    "Fans cheer during the match. - Screengrab", "Delegates arrive for the summit. AP PHOTO",
])
def test_a_caption_closing_on_its_credit_in_these_forms_is_a_caption(caption: str) -> None:
    assert caption_line(caption, len(caption.split()))


@pytest.mark.parametrize("text", [
    "The ministry gave credit: Thanks Police", "Prices rose 5% in May, according to the data Source: ONS",
    "He posed for a photo: Smiling Faces",
])
def test_a_line_with_a_credit_word_that_is_no_caption_stays_one(text: str) -> None:
    assert not caption_line(text, len(text.split()))


def test_a_caption_credited_after_its_last_word_run_into_a_paragraph_goes() -> None:
    out = run(LEAD, "Workers at an assembly line Credit: Reuters " + BODY, SECOND, TAIL)
    assert kept(out) == [LEAD, BODY, SECOND, TAIL]


@pytest.mark.parametrize("line", [
    "Priya Raghavan is Dawn's Tech correspondent based in Manila.",
    "Bilal Ahmed has been a journalist for 69 years and covers Economy.",
    "View all posts by Grace O'Donnell",
])
def test_an_author_boxs_lines_after_the_story_go(line: str) -> None:
    assert kept(run(LEAD, BODY, SECOND, TAIL, line)) == [LEAD, BODY, SECOND, TAIL]


def test_a_sentence_on_someone_elses_post_stays() -> None:
    line = "John Smith is Apple's chief executive in Europe."
    assert line in kept(run(LEAD, BODY, SECOND, TAIL, line))


def test_an_author_boxs_heading_over_a_bio_sentence_goes_with_it() -> None:
    box = ["About the author", "Bilal Ahmed has been a journalist for 69 years and covers Economy."]
    assert kept(run(LEAD, BODY, SECOND, TAIL, *box)) == [LEAD, BODY, SECOND, TAIL]


def test_a_correction_notes_label_is_no_dateline() -> None:
    note = "Correction: A previous version of this story incorrectly described the status of the case."
    assert dateline_end(note)[0] == 0


def test_a_byline_closing_on_its_agency_over_the_dateline_is_read_not_cut_as_a_caption() -> None:
    out = run("Brookside actress Keaveney dies", "By Marcus Whitfield and Claire Oduya | Reuters FRANKFURT (Reuters) - "
              + LEAD, BODY, SECOND, TAIL)
    assert out.byline == "Marcus Whitfield and Claire Oduya"
    assert kept(out) == [LEAD, BODY, SECOND, TAIL]
