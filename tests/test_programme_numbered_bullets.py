"""A bullet may carry its item's number or Roman numeral ("- I- Atelier ...", "- 2) Atelier ..."):
the number goes with the bullet, so the sessions listed under a timetable's slot are read as
without it (lines.LIST_MARKER; round 254, issue 15). A letter with a full stop ("– I. Titre",
the ninth of a lettered list) is kept. Invented text only."""

from pipelines.extract.documents import extract_document
from pipelines.extract.lines import LIST_MARKER

from .support import doc_of as _doc

_PROGRAMME = ("Programme\n\n13h repas\n14h15 Ateliers thématiques « Valbrune »\n"
              "3 ateliers sont proposés en parallèle.\n"
              "- I- Atelier Mobilisation des habitants [Valbrune Cap]\n"
              "- II- Atelier Libertés associatives : garantir le droit des associations\n"
              "- III) Atelier Transition : construire ensemble la commune de demain\n"
              "15h50 Pause\n16h00 Restitution\n")


def test_numbered_bullets_under_a_slot_are_its_sessions():
    titles = [r["title"] for r in extract_document(_doc(_PROGRAMME, title="Programme"))["sessions"]]
    assert "Atelier Mobilisation des habitants [Valbrune Cap]" in titles
    assert "Atelier Libertés associatives : garantir le droit des associations" in titles
    assert "Atelier Transition : construire ensemble la commune de demain" in titles


def test_the_number_goes_with_the_bullet_not_a_letter_with_a_full_stop():
    assert LIST_MARKER.match("- 1-Les enjeux locaux").end() == len("- 1-")
    assert LIST_MARKER.match("– I. Grand Valbrune : un territoire").end() == len("– ")
    assert LIST_MARKER.match("- 2 000 visiteurs").end() == len("- ")


# round 355: the numbered parts of a programme, each followed by its description, its bullets and
# the line of who gives it, are its sessions however long the text between two parts
_PARTS = ("Programme :\n1. Les enjeux du climat et le plan local de Valbrune\n"
          "Avec la hausse des prix, les communes cherchent des pistes. Le plan vise à réduire les dépenses.\n"
          "Par Julie Martin, chargée de mission à l'agence\n"
          "2. Retours sur les actions menées à la Ville\n• Un engagement tenu depuis six ans\n"
          "• Une charte signée avec les associations\nPar Paul Durand, chef de projet à la Ville\n"
          "3. Illustrations de pratiques locales\nPar Anne Petit, directrice du syndicat\n")


def test_numbered_parts_with_text_between_them_are_the_sessions():
    titles = [r["title"] for r in extract_document(_doc(_PARTS, title="Webinaire climat de Valbrune"))["sessions"]]
    assert titles == ["Les enjeux du climat et le plan local de Valbrune",
                      "Retours sur les actions menées à la Ville", "Illustrations de pratiques locales"]


def test_numbered_parts_out_of_sequence_are_no_programme():
    text = _PARTS.replace("2. Retours", "4. Retours").replace("3. Illustrations", "7. Illustrations")
    titles = [r["title"] for r in extract_document(_doc(text, title="Webinaire climat de Valbrune"))["sessions"]]
    assert "Retours sur les actions menées à la Ville" not in titles
