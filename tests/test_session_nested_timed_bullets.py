"""Sessions a timed bullet holds in parallel, each on a bullet indented under it and titled up to
the place where it meets, on made-up text (town and names invented)."""

from __future__ import annotations

from .support import sessions, written_doc

HEAD = ("Fête départementale des associations de Valbrune\n\n"
        "Les bénévoles se retrouvent le samedi à Trévanne. Animations gratuites : voici le déroulé\n\n"
        "  • 8 heures : ouverture des portes à la halle, rue des Tilleuls\n"
        "  • 9h15 : début des travaux\n"
        "    • Réunion des trésoriers à la salle polyvalente, rue des Tilleuls\n")
TAIL = "  • 10 heures : ouverture du marché des producteurs sous la halle\n"


def test_bullets_indented_under_a_timed_bullet_are_parallel_meetings(tmp_path):
    text = HEAD + "    • Assemblée des délégués au foyer rural, place du Marché\n" + TAIL
    assert sessions(written_doc(tmp_path, "fete.txt", text)) == [
        ("other", "Réunion des trésoriers"), ("other", "Assemblée des délégués")]


def test_one_indented_bullet_alone_is_a_detail_of_its_slot(tmp_path):
    assert sessions(written_doc(tmp_path, "fete.txt", HEAD + TAIL)) == []
