"""The numbered cells of a timetable grid, as a PDF grid reads column by column: "12 - Titre /
A. Martin, JB. Roux" is a talk, its title without its number, who gives it after the slash (names
with initials included); a number seen again is the same talk. Made-up texts."""

from __future__ import annotations

from pipelines.extract.names import initialled_name, parse_name, same_person
from pipelines.extract.session_numbered_grid import numbered_grid_cells
from pipelines.extract.sessions import _plain_session, with_grid_cells

from .support import doc_of, extract_document, written_doc

GRID = ("Rencontres des cartographes libres 2031\n\nSamedi 14 mars 2031 à Valbourg\n\n"
        "HORAIRE  SALLE A\n\n09:00  Accueil\n\n10:00\n\n10:30\n\n11:00\n\n14:00\n\n14:30\n\n"
        "SALLE A\n\n"
        "12 - Cartes des sentiers de\nValbourg / A. Martin, JB. Roux\n\n"
        "7 - Un atlas participatif des\nhaies / Lucie Garnier\n\n"
        "31 · Les fontaines de la\n\nvallée, un inventaire / JL. Zimmer\n\n"
        "DÉJEUNER\n\n"
        "SALLE B\n\n"
        "4 - Relevés de bruit en ville / P. Ferrand\n\n"
        "18 - Photographier les rues\nsans publicité / C. Olier et M. Vidal\n\n"
        "9 - Les jardins partagés 22 - Les chemins creux et leurs usages / Jean-Louis Zimmer\n\n"
        "7 - Un atlas participatif des haies\n")


def test_each_numbered_cell_of_a_timetable_is_a_talk():
    cells = numbered_grid_cells(GRID)
    assert [c[0] for c in cells] == [
        "Cartes des sentiers de Valbourg", "Un atlas participatif des haies", "Les fontaines de la vallée, un inventaire",
        "Relevés de bruit en ville", "Photographier les rues sans publicité", "Les jardins partagés",
        "Les chemins creux et leurs usages"]
    assert cells[0][4] == "A. Martin, JB. Roux"
    # without the times of a grid, numbered lines are read as before
    assert numbered_grid_cells(GRID.replace("10:00", "").replace("10:30", "").replace("11:00", "")) == []


def test_who_gives_the_talks_with_their_initials(tmp_path):
    rows = extract_document(written_doc(tmp_path, "grille.txt", GRID))
    titles = [r["title"] for r in rows["sessions"]]
    assert "Cartes des sentiers de Valbourg" in titles and titles.count("Un atlas participatif des haies") == 1
    names = {r["full_name"] for r in rows["speakers"]}
    assert {"A. Martin", "JB. Roux", "Lucie Garnier", "P. Ferrand", "C. Olier", "M. Vidal"} <= names
    # the initials of a name written in full elsewhere: one person, under the full name
    assert "Jean-Louis Zimmer" in names and "JL. Zimmer" not in names


def test_a_name_with_initials():
    assert initialled_name("L.J. de la Tour").family == "de la Tour"
    assert initialled_name("JB. Roux").given == "JB."
    assert initialled_name("Salle 105") is None and initialled_name("La Ville") is None
    assert same_person(initialled_name("JL. Zimmer"), parse_name("Jean-Louis Zimmer", allow_mixed=True))
    assert not same_person(initialled_name("JP. Zimmer"), parse_name("Jean-Louis Zimmer", allow_mixed=True))


def test_a_line_opening_on_a_slash_is_a_cell_s_credit_not_a_session():
    doc = doc_of(GRID)
    at = GRID.index("DÉJEUNER")
    kept = with_grid_cells(doc, [_plain_session("/ T. Chevalier, R. Ollier", at, at + 8),
                                 _plain_session("Déjeuner-débat des cartographes", at, at + 8)])
    titles = [s.title for s in kept]
    assert "/ T. Chevalier, R. Ollier" not in titles and "Déjeuner-débat des cartographes" in titles
    assert "Cartes des sentiers de Valbourg" in titles
