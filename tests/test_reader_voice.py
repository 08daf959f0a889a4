"""Whether a story speaks to its reader (``cues.speaks_to_reader``): the story's own address silences "you" as
a cue of furniture, a long paragraph of the page's own (terms under a sign-up box, a comments policy) must not."""
from __future__ import annotations

from tests.cleaned import BODY, LEAD, SECOND, TAIL, kept, run
from wirewash.transforms.core.cleaning import CleanConfig
from wirewash.transforms.core.cleaning.cues import speaks_to_reader
from wirewash.transforms.core.cleaning.structure import Doc

TERMS = ("By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy. You may unsubscribe at "
         "any time.")
POLICY = ("Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please abide "
          "by our community guidelines for posting your comments.")
PROMO = "Get breaking news alerts on your phone. Download the app."
# A health story that speaks to its reader in a paragraph on its own subject.
DUVET = ("Doctors say feather duvet lung is an allergic reaction to the dust of feathers in bedding, and that it "
         "is rarely diagnosed because its first signs look like a cold.")
DUVET_TO_YOU = ("While more people may have feather duvet lung than is recorded, it is not something you should "
                "worry about unless a cough lasts for weeks after you change your bedding, doctors say.")


def _lines(*paras: str) -> list:
    return Doc("\n\n".join(paras), CleanConfig(), None).kept()


def test_the_pages_own_address_is_no_voice_of_the_story() -> None:
    assert not speaks_to_reader(_lines(LEAD, BODY, TERMS, SECOND, TAIL))
    assert not speaks_to_reader(_lines(LEAD, BODY, POLICY, SECOND, TAIL))


def test_the_storys_own_address_is_its_voice() -> None:
    assert speaks_to_reader(_lines(DUVET, DUVET_TO_YOU, "The hospital treated 40 cases last year."))


def test_an_address_with_a_link_is_the_pages() -> None:
    tip = ("Do you have a tip on a story about elections in Kazakhstan that we should be covering? Let us know "
           "via tips@example.com.")
    assert not speaks_to_reader(_lines(LEAD, BODY, tip, SECOND, TAIL))


def test_a_promo_after_the_story_goes_though_the_page_speaks_to_its_reader_elsewhere() -> None:
    out = run(LEAD, BODY, TERMS, SECOND, TAIL, PROMO)
    assert PROMO not in kept(out)
    assert kept(out)[-1] == TAIL


def test_a_short_line_to_the_reader_stays_where_the_story_speaks_to_its_reader() -> None:
    out = run(DUVET, DUVET_TO_YOU, "The hospital treated 40 cases last year.", "Ask your doctor if you are worried.")
    assert "Ask your doctor if you are worried." in kept(out)


TIP = ("Do you have a tip on an election story that we should be covering? Do you have a "
       "question about this story? Let us know via tips@example.com.")


def test_a_paragraph_of_furniture_sentences_after_the_story_goes() -> None:
    out = run(LEAD, BODY, SECOND, TAIL, TIP)
    assert kept(out) == [LEAD, BODY, SECOND, TAIL]


def test_a_closing_paragraph_with_one_sentence_of_the_story_stays() -> None:
    closing = ("Do you have a vote in Sunday's election? Officials said polling stations in Almaty would stay "
               "open until 8 pm to let workers cast ballots after their shifts ended.")
    out = run(LEAD, BODY, SECOND, TAIL, closing)
    assert kept(out)[-1] == closing


def test_a_wall_pitch_naming_the_page_between_paragraphs_goes() -> None:
    pitches = ["Get full access to this article and more from just $1 a week.",
               "Sie möchten diesen Artikel lesen? Testen Sie Plus 14 Tage kostenlos."]
    for pitch in pitches:
        out = run(LEAD, BODY, pitch, SECOND, TAIL)
        assert kept(out) == [LEAD, BODY, SECOND, TAIL], pitch


def test_a_sentence_naming_the_page_on_the_storys_subject_stays() -> None:
    own = "This report on the parliamentary elections counts the party-list seats."
    out = run(LEAD, BODY, own, SECOND, TAIL)
    assert own in kept(out)


def test_a_writer_naming_their_own_story_stays() -> None:
    own = "But this article isn't about me."
    out = run(LEAD, BODY, own, SECOND, TAIL)
    assert own in kept(out)
