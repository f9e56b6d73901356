"""Sessions a line counts and the next lines name, one a line, on made-up text (names and places
invented)."""

from __future__ import annotations

from pathlib import Path

from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry
from pipelines.extract.programme_reader import _Reader
from pipelines.extract.session_counted_lines import counted_title_lines

PAGE = ("La commune de Valbois a organisé deux soirées d'échanges en ligne au printemps avec ses habitants.\n"
        "Revivez les deux débats\n"
        "Le bourg de demain, quel avenir pour les jeunes ?\n"
        "Habiter la forêt sans l'abîmer ?\n"
        "Les débats étaient animés par Paul Durand, journaliste.\n")


def counted(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(SourceEntry(id=path.stem, file=path.name, path=path))
    return [(kind, title) for title, _, _, kind in counted_title_lines(_Reader(doc))]


def test_lines_named_after_a_line_counting_sessions(tmp_path):
    assert counted(tmp_path, PAGE) == [("round_table", "Le bourg de demain, quel avenir pour les jeunes ?"),
                                       ("round_table", "Habiter la forêt sans l'abîmer ?")]


def test_a_count_that_the_lines_do_not_match_is_no_list(tmp_path):
    assert counted(tmp_path, PAGE.replace("les deux débats", "les trois débats")) == []
    longer = PAGE.replace("Habiter la forêt sans l'abîmer ?\n", "Habiter la forêt sans l'abîmer ?\nEt l'eau ?\n")
    assert counted(tmp_path, longer) == []
    assert counted(tmp_path, PAGE.replace("Revivez les deux débats", "Revivez nos soirées")) == []


# ------------------------------------------------------- title / "par" / name, one a line
from pipelines.extract.session_credit_lines import credited_title_lines  # noqa: E402

CREDITED = ("Retour sur la journée des haies de Valbois\n"
            "Conférences\n"
            "Le bocage en chiffres\n"
            "par\n"
            "Anne MOREL\n"
            "Planter avec les écoles\n"
            "par\n"
            "Julien PETIT\n"
            "Marie ROUX\n"
            "Retrouvez les photos de cette journée\n")


def credited(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(SourceEntry(id="page", file=path.name, path=path))
    return [(kind, title) for title, _, _, kind in credited_title_lines(_Reader(doc))]


def test_titles_each_followed_by_par_and_a_name_are_sessions(tmp_path):
    assert credited(tmp_path, CREDITED) == [("other", "Le bocage en chiffres"), ("other", "Planter avec les écoles")]


def test_one_credited_title_or_par_without_a_name_is_no_layout(tmp_path):
    one = CREDITED.split("Planter")[0]
    assert credited(tmp_path, one) == []
    assert credited(tmp_path, CREDITED.replace("Anne MOREL", "la suite du programme")
                    .replace("Julien PETIT", "les habitants du bourg")) == []


# ------------------------------------------------------------ the time put last on the line
from pipelines.extract.session_trailing_times import trailing_time_lines  # noqa: E402

TRAILING = ("INVITATION – Journée du bocage\n"
            "Le syndicat de Valbois vous invite à sa journée du bocage, le 4 juin à Kerval.\n"
            "Accueil café | 9h00\n"
            "#Bocage2030 – Le réseau des haies fête ses 10 ans ! | 10h00\n"
            "Le réseau, c'est dix ans de plantations avec les écoles et les agriculteurs du canton.\n"
            "Inscriptions ouvertes jusqu'au 2 juin - 12h\n")


def trailing(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(SourceEntry(id="page", file=path.name, path=path))
    return [title for title, _, _, _ in trailing_time_lines(_Reader(doc))]


def test_a_line_that_puts_its_time_last_is_a_session_but_a_break_is_not(tmp_path):
    assert trailing(tmp_path, TRAILING) == ["#Bocage2030 – Le réseau des haies fête ses 10 ans !"]


def test_a_time_inside_the_sentence_or_first_is_no_trailing_time(tmp_path):
    assert trailing(tmp_path, "La table ronde commence à 10h00 | 10h30 au plus tard\n"
                              "10h00 | Ouverture des rencontres\n"
                              "Rendez-vous à la salle des fêtes dès que possible. - 9h\n") == []
