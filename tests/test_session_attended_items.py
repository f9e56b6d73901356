"""In a list of talks each followed by a "par X" line, an item of its own without a speaker whose
line says who attended it ("... en présence de la maire"): its title is what comes before that
phrase; made-up text (places and people invented)."""

from __future__ import annotations

from .support import session_titles, written_doc as read


def _page(last: str) -> str:
    return ("Journée des jardins partagés de Valbrune\n\n"
            "Les haies champêtres et leurs oiseaux\n"
            "par Paul Morvan, naturaliste\n"
            "Le compost collectif en pied d’immeuble\n"
            "par Lucie Garnier, Syndicat des déchets de Trévanne\n"
            + last + "\n"
            "Merci à toutes et à tous pour cette belle journée.\n")


def test_an_item_saying_who_attended_it_is_titled_before_the_phrase(tmp_path):
    doc = read(tmp_path, "jardins.txt", _page(
        "Visite du verger conservatoire de Trévanne en présence de la maire, Odile Fabre"))
    assert "Visite du verger conservatoire de Trévanne" in session_titles(doc)


def test_a_plain_sentence_without_the_phrase_is_no_item(tmp_path):
    # no attendance phrase: the line is the page's text, not one more talk
    doc = read(tmp_path, "jardins.txt", _page(
        "Visite du verger conservatoire de Trévanne avec la maire, Odile Fabre"))
    assert not any(t.startswith("Visite du verger") for t in session_titles(doc))
