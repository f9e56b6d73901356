"""Speakers: names on a line of their own right under a talk's heading in a conference write-up
("## Talk court - Les haies du bocage" / "Anne Roux, Paul Martin") give that talk (people_under_headings.py;
round 224, issue 15). Invented text only."""

from .support import written_column

_TEXT = ("# Mon récap de la ValbruneConf 2031\n\nTalks : 3-4 mai\n\n"
         "## Talk court - Les haies du bocage\n\nAnne Roux, Paul Martin\n\nDe bons conseils pour planter.\n\n"
         "## Talk long - Compter les mares du canton\n\nClaire Fontenay\n\nUne méthode simple et complète.\n\n"
         "## Ce que j'en retiens\n\nValbrune Nature\n\nUne belle édition.\n")


def test_names_under_a_talks_heading_are_its_speakers(tmp_path):
    assert written_column(tmp_path, "recap.md", _TEXT, "speakers", "full_name") == [
        "Anne Roux", "Paul Martin", "Claire Fontenay"]


def test_a_roll_of_names_under_the_heading_is_no_talks_speakers(tmp_path):
    # five names and more: the people present, not who gives the talk
    text = _TEXT.replace("Claire Fontenay\n", "Claire Fontenay, Luc Berthier, Marc Olier, Rose Vidal, Jeanne Durand\n")
    assert written_column(tmp_path, "recap.md", text, "speakers", "full_name") == ["Anne Roux", "Paul Martin"]
