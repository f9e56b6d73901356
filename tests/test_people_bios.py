"""Speakers: the biography under a talk of a programme ("Prénom Nom est architecte chez X.") names
who gives it, with the role and the organisation the sentence gives (people_bios.py; round 221,
issue 15). Invented text only."""

from .support import written_column

_TEXT = ("# Soirée du Club Java de Valbrune, 12 mars 2031\n\n"
         "19h00 à 19h15 : Accueil\n\n"
         "19h15 à 20h : Les haies de code, tailler un monolithe\n\n"
         "Comment découper une application sans tout casser ? Retour sur trois ans de travaux.\n\n"
         "Anne Roux est architecte logicielle chez Valbrune Conseil. Elle code et forme des équipes.\n\n"
         "20h à 21h : Compter les mares du canton en temps réel\n\n"
         "Une application de terrain pour les naturalistes.\n\n"
         "Paul Martin dirige l'équipe données du syndicat des eaux.\n")


def test_the_biography_under_each_talk_names_its_speaker(tmp_path):
    rows = {r: (o, n) for r, o, n in zip(
        written_column(tmp_path, "soiree.md", _TEXT, "speakers", "full_name"),
        written_column(tmp_path, "soiree.md", _TEXT, "speakers", "organization"),
        written_column(tmp_path, "soiree.md", _TEXT, "speakers", "role"))}
    assert rows == {"Anne Roux": ("Valbrune Conseil", "architecte logicielle"), "Paul Martin": (None, None)}


def test_what_is_no_biography(tmp_path):
    # capitalised words that open with no given name, or a name without a verb presenting the person
    text = _TEXT.replace("Paul Martin dirige", "Valbrune Nature dirige").replace(
        "Anne Roux est architecte", "Anne Roux, selon ses collègues, architecte")
    assert written_column(tmp_path, "soiree.md", text, "speakers", "full_name") == []
    # no programme: no biography
    assert written_column(tmp_path, "note.md", "Anne Roux est architecte chez Valbrune Conseil.\n",
                          "speakers", "full_name") == []
