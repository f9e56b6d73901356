"""Speakers: a line giving a person's words after their name and a colon, as press headlines and
interviews do ("Festival 2031 - Prénom Nom : "..."") names a speaker, and an interview's answers
below it are theirs (people_quoted_lines.py; round 223, issue 15). Invented text only."""

from .support import written_column

_TEXT = ('Valbrune 2031 - Anne Roux : "La fréquentation du festival est en hausse de 12 %"\n'
         "À peine les portes refermées, la directrice du festival de Valbrune dresse le bilan de la 9e édition.\n"
         "Quel premier bilan faites-vous du festival ?\n"
         "Nous avons enregistré 4 200 accrédités, soit 450 de plus que l'an dernier.\n"
         "Quels sont les autres indicateurs ?\n"
         "83 pays étaient représentés et 281 journalistes ont couvert la manifestation.\n")


def test_the_person_quoted_in_the_headline_speaks_and_answers(tmp_path):
    assert written_column(tmp_path, "interview.txt", _TEXT, "speakers", "full_name") == ["Anne Roux"]
    said = [s for s in written_column(tmp_path, "interview.txt", _TEXT, "cited_figures", "speaker_id") if s]
    assert said and set(said) == {"roux-anne"}


def test_a_label_that_is_no_person_names_no_speaker(tmp_path):
    text = _TEXT.replace("Anne Roux :", "Bilan Chiffré :")
    assert written_column(tmp_path, "interview.txt", text, "speakers", "full_name") == []
