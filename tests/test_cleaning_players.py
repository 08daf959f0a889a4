"""An audio player's lines over the lead, in any wording: its clock, durations and speed control, and the note on
the voice that reads the story; and the short leads and stamps of the same shape, which stay."""
from __future__ import annotations

import pytest

from test_cleaning import BODY, LEAD, SECOND, TAIL, doc, paragraphs, run
from tests.cleaned import kept, run as run_lines
from wirewash.transforms.core.cleaning.players import player_line, voice_note

HEADLINE = "Ruling party wins Kazakhstan vote by a wide margin"


@pytest.mark.parametrize("line", [
    "1x 1.25x 1.5x 2x", "Speed: 1x", "Velocidad 1,5×", "Vitesse de lecture x1.25", "再生速度 1.0x", "재생 속도 1.0x",
    "0:00 / 5:47", "Hören 04:20", "Слушать 5:12", "▶ Listen · 5 min", "الاستماع 3:20", "Audio: 5 Min.",
])
def test_a_players_figures_are_a_player_line(line: str) -> None:
    assert player_line(line)


@pytest.mark.parametrize("line", [
    "Updated 10:15 GMT, 3 March 2026", "Net 4.1 mln vs 2.9 mln", "Revs 72.7 mln vs 61.4 mln",
    "Arsenal 2-1 Chelsea", "Shr 1.24 dlrs vs 3.35 dlrs", "The vote closed at 20:00 local time on Sunday.",
])
def test_a_stamp_a_results_row_or_a_sentence_is_no_player_line(line: str) -> None:
    assert not player_line(line)


@pytest.mark.parametrize("line", [
    "Voiced by artificial intelligence.", "Your browser does not support the audio element.",
    "Dieser Artikel wurde automatisch vertont.", "Article lu par une voix de synthèse", "Audio generado por IA",
    "この記事を音声で聴く", "Прослушать статью",
])
def test_a_short_note_naming_the_audio_is_a_voice_note(line: str) -> None:
    assert voice_note(line, len(line.split()))


def test_a_long_sentence_naming_audio_is_no_voice_note() -> None:
    lead = "The streaming company said audio subscriptions rose by a third in the year to March, helped by podcasts."
    assert not voice_note(lead, len(lead.split()))


@pytest.mark.parametrize("player", [
    "1x 1.25x 1.5x 2x", "Voiced by artificial intelligence.", "Your browser does not support the audio element.",
    "Dieser Artikel wurde automatisch vertont.", "Velocità 1x",
])
def test_a_player_over_the_lead_goes_with_the_head(player: str) -> None:
    out = run(doc(HEADLINE, "By Jane Doe", player, LEAD, BODY, SECOND, TAIL))
    assert out.title == HEADLINE
    assert paragraphs(out.text) == [LEAD, BODY, SECOND, TAIL], player


def test_a_short_lead_naming_audio_stays() -> None:
    # It shares words with the story under it: the lead, not a player's note.
    lead = "Audio giant Spotify raised its prices on Monday."
    body = "Spotify said prices for its family plan would rise by two dollars a month from July."
    out = run(doc("Spotify raises prices", "By Jane Doe", lead, body, TAIL))
    assert paragraphs(out.text) == [lead, body, TAIL]



def test_the_authors_name_over_the_storys_audio_is_the_byline_not_the_players_label() -> None:
    # blind7 dev: the byline alone on its line, the audio's button and length under it.
    out = run(doc(HEADLINE, "Updated August 21, 2025, 9:26 AM", "Marisa Okafor", "Listen · 6:45", LEAD, BODY, TAIL))
    assert out.byline == "Marisa Okafor"
    assert paragraphs(out.text) == [LEAD, BODY, TAIL]


@pytest.mark.parametrize("minutes", ["10 Min.", "4 minutes", "7 Minuten"])
def test_minutes_alone_over_the_lead_are_the_heads_reading_time(minutes: str) -> None:
    # blind6 dev: a reading time with no word for reading under the lead's opening repeated, over a share row
    # another rule took first; the abbreviation's full stop is no sentence's.
    out = run(doc(LEAD[:60] + "…", minutes,
                  "Teilen | Facebook | X | E-Mail | Link kopieren", LEAD, BODY, TAIL))
    assert paragraphs(out.text) == [LEAD, BODY, TAIL], out.removed


@pytest.mark.parametrize("notice", [
    "Dieses Video ist leider nicht mehr verfügbar.", "Wir benötigen Ihre Zustimmung, um den Video-Inhalt zu laden.",
    "ESTE VÍDEO NÃO ESTÁ DISPONÍVEL", "Este vídeo no está disponible.", "Cette vidéo n'est pas disponible.",
    "Questo video non è disponibile.",
])
def test_a_players_video_unavailable_notice_goes_in_the_packs_languages(notice: str) -> None:
    assert kept(run_lines(LEAD, BODY, notice, TAIL)) == [LEAD, BODY, TAIL]


@pytest.mark.parametrize("bar", [
    ("Fullscreen", "Mute"),
    ("Play", "Mute", "Current Time 0:00", "/", "Duration 2:14", "Loaded: 0%", "Fullscreen"),
])
def test_a_video_players_control_bar_goes(bar: tuple[str, ...]) -> None:
    assert kept(run_lines(LEAD, BODY, *bar, TAIL)) == [LEAD, BODY, TAIL]


def test_a_lone_control_word_or_a_story_sentence_on_a_video_stays() -> None:
    assert "Settings" in kept(run_lines(LEAD, BODY, "Settings", TAIL))
    line = "Das Video ist nicht mehr verfügbar, weil der Sender es gelöscht hat, sagte ein Sprecher."
    assert line in kept(run_lines(LEAD, BODY, line, TAIL))


def test_video_js_own_notice_without_scripts_goes() -> None:
    notice = ("To view this video please enable JavaScript, and consider upgrading to a web browser that supports "
              "HTML5 video")
    assert kept(run_lines(LEAD, BODY, notice, TAIL)) == [LEAD, BODY, TAIL]
