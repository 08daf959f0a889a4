"""What a sign-up box leaves in the text once its form is flattened: the confirmation it shows after the click,
and the newsletter's pitch under its name, a noun phrase with no verb; and the house rules of a comment section."""
from __future__ import annotations

import pytest

from tests.cleaned import BODY, LEAD, SECOND, kept, run
from wirewash.transforms.core.cleaning.boxes import newsletter_box


@pytest.mark.parametrize("line", [
    "SIGN UP FOR THE MORNING RUNDOWN EMAIL SIGN UP THANKS FOR SIGNING UP!",
    "Thanks for signing up!",
    "Thank you for subscribing. Check your inbox.",
    "Gracias por suscribirte",
    "Danke für Ihre Anmeldung!",
    "Спасибо за подписку!",
    "感谢订阅！",
])
def test_a_sign_up_confirmation_is_a_box_line(line: str) -> None:
    assert newsletter_box(line, len(line.split()))


@pytest.mark.parametrize("line", [
    "A daily briefing on the latest developments.",
    "A free daily digest of the news that matters most",
    "Your weekly roundup of the best reads",
    "Un resumen diario de la actualidad",
    "Der tägliche Überblick über die wichtigsten Nachrichten",
])
def test_a_newsletters_pitch_is_a_box_line(line: str) -> None:
    assert newsletter_box(line, len(line.split()))


@pytest.mark.parametrize("sentence", [
    '"Thanks for signing up," the app told users.',  # quoted
    "Thanks for signing up so many members, the union leader told the rally, the strike can go on.",
    "The daily briefing was cancelled.",  # a verb: the story's sentence
    "A weekly summary of trading showed losses.",
    "A daily dose of aspirin cut the risk, the study found.",
])
def test_a_story_sentence_is_no_box_line(sentence: str) -> None:
    assert not newsletter_box(sentence, len(sentence.split()))


def test_the_pitch_between_paragraphs_goes() -> None:
    out = run(LEAD, BODY, "A daily briefing on the latest developments.", SECOND)
    assert kept(out) == [LEAD, BODY, SECOND]


@pytest.mark.parametrize("rule", [
    "Comments are moderated and will appear after approval.",
    "Comments have to be in English, and in full sentences. They cannot be abusive or personal.",
    "Please keep comments respectful and on-topic.",
    "Read our community guidelines",
])
def test_a_comment_sections_house_rule_goes(rule: str) -> None:
    out = run(LEAD, BODY, rule, SECOND)
    assert kept(out) == [LEAD, BODY, SECOND]


@pytest.mark.parametrize("sentence", [
    "Comments must be submitted by March 1.",  # a regulator's consultation: no moderation
    "Comments are closed to the public, the agency said, after abusive messages.",  # given to a speaker
    "The community guidelines were rewritten last year after complaints.",
])
def test_a_story_sentence_on_comments_stays(sentence: str) -> None:
    out = run(LEAD, BODY, sentence, SECOND)
    assert sentence in kept(out)


@pytest.mark.parametrize("line", [
    "SZ am Morgen & SZ am Abend: Unser Nachrichten-Newsletter bringt Sie zweimal täglich auf den neuesten Stand",
    "SZ AM MORGEN & SZ AM ABEND: UNSER NACHRICHTEN-NEWSLETTER BRINGT SIE ZWEIMAL TÄGLICH AUF DEN NEUESTEN STAND",
])
def test_a_newsletters_name_as_a_label_over_its_box_line_goes(line: str) -> None:
    assert newsletter_box(line, len(line.split()))
    out = run(LEAD, BODY, line, SECOND)
    assert kept(out) == [LEAD, BODY, SECOND]


@pytest.mark.parametrize("sentence", [
    "The editor said: Our newsletter brings you the news twice a day, and readers love it very much indeed.",
    "Results: the newsletter reached 2 million readers and its editors won three awards for their work this year.",
])
def test_speech_or_a_report_after_a_colon_is_no_box_line(sentence: str) -> None:
    assert not newsletter_box(sentence, len(sentence.split()))


def test_a_forms_button_under_its_field_goes_with_the_box() -> None:
    # Los Angeles Times' box: its pitch and field went, its button ("Sign Me Up") stayed: the field, a box line
    # another rule took, did not carry the box on to the button under it.
    out = run(LEAD, BODY, "Stay informed with updates delivered to your inbox.", "Enter email address", "Sign Me Up",
              SECOND)
    assert kept(out) == [LEAD, BODY, SECOND]
    # A button alone under a short line is no box: the line may be the story's subhead.
    assert kept(run(LEAD, BODY, "What happens next", "Sign Me Up", SECOND)) == [
        LEAD, BODY, "What happens next", "Sign Me Up", SECOND]
