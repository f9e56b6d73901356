"""The items of an announced programme list each carrying their practical lines below them: a
guided visit may take up to six such lines (meeting point, times, group size, age, equipment,
access) before the next item; made-up text (places invented)."""

from __future__ import annotations

from .support import session_titles, written_doc as read


def _programme(details: list[str]) -> str:
    return ("Portes ouvertes des services de Valbrune\n\n"
            "Au programme :\n"
            "- Visite guidée du lavoir de Valbrune.\n"
            "Samedi à 9h et 11h. Groupe de 10 personnes.\n"
            "Accès aux fauteuils roulants.\n"
            "- Visite guidée de la tour de Trévanne.\n"
            "Départ au pied de la tour.\n"
            "Dimanche à 14h.\n"
            "- Visite guidée du moulin des Aulnes.\n"
            + "".join(line + "\n" for line in details)
            + "- Visite guidée de la serre municipale.\n"
            "Samedi à 16h.\n")


def test_a_visit_with_six_practical_lines_keeps_the_list_going(tmp_path):
    doc = read(tmp_path, "portes.txt", _programme([
        "Présentation des meules et de la roue.", "Départ devant le bief.", "Samedi de 10h à 12h.",
        "Groupe de 8 personnes.", "Dès 7 ans.", "Prévoir des bottes."]))
    assert "Visite guidée de la serre municipale" in session_titles(doc)


def test_a_list_stops_after_more_practical_lines_than_a_visit_carries(tmp_path):
    # seven plain lines: the text after the list, not the details of its item
    doc = read(tmp_path, "portes.txt", _programme([
        "Présentation des meules et de la roue.", "Départ devant le bief.", "Samedi de 10h à 12h.",
        "Groupe de 8 personnes.", "Dès 7 ans.", "Prévoir des bottes.", "Pique-nique possible sur place."]))
    assert "Visite guidée de la serre municipale" not in session_titles(doc)
