"""A speech title ("Keynote", "Discours") takes its speaker from the short lines around it, not
from a programme's timed slot right above it ("- 16h00 : Les mares par Paul Martin"): that slot is
another talk, and the text under the title is not Paul Martin's speech (speeches.py; round 230,
issue 15). Invented text only."""

from .support import figure_speakers, written_doc

_TEXT = ("# Retour sur la ValbruneConf 2031\n\n"
         "Le programme de ma journée :\n\n"
         "- 9h30 : Keynote d'ouverture\n"
         "- 11h00 : Pause et visite des stands\n"
         "- 16h00 : Les mares par Paul Martin\n\n"
         "Keynote\n\n"
         "Pendant la keynote, nous avons appris que notre réseau compte 42 bénévoles actifs. Nous avons "
         "aussi vu que nos sorties nature attirent du monde et nous en sommes fiers.\n")


def _credited(tmp_path, text: str) -> dict:
    return figure_speakers(written_doc(tmp_path, "recap.md", text))


def test_a_slot_above_a_speech_title_gives_no_speaker(tmp_path):
    got = _credited(tmp_path, _TEXT)
    assert 42 in got and got[42] is None


def test_a_name_line_above_a_speech_title_still_gives_its_speaker(tmp_path):
    text = _TEXT.replace("- 16h00 : Les mares par Paul Martin\n\nKeynote\n\n",
                         "- 16h00 : Les mares par Paul Martin\n\nPaul Martin\n\nKeynote\n\n")
    assert _credited(tmp_path, text)[42] == "Paul Martin"
