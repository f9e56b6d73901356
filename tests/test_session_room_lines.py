"""The cells of a timetable grid that name their room first ("14:00 Azur  Atelier de cartographie"):
a word opening three lines at least, set apart by two spaces, is a room when two rooms are found;
each line it opens is a session, its title going on over the lines that continue it. Made-up texts."""

from pipelines.extract.session_room_lines import room_cells

from .support import extract_document, written_doc

GRID = ("Rencontres des cartographes libres\n\nProgramme du 14/03/2031\n\n"
        "09:00 Azur  Accueil et ouverture des rencontres\n"
        "Ocre  Atlas participatif des\nhaies du bocage\n\n"
        "10:30 Azur  Cartes des sentiers de Valbourg\n"
        "Ocre  Relevés de bruit en ville\n\n"
        "11:30 Azur  Photographier les rues sans\n\npublicité\n"
        "Ocre  Les chemins creux\n\n"
        "12:30 Déjeuner\n\n"
        "14:00 Azur  Les fontaines de la vallée\n"
        "Ocre  Introduction à la cartographie libre\n")


def test_each_line_a_room_opens_is_a_session():
    titles = [c[0] for c in room_cells(GRID)]
    assert "Atlas participatif des haies du bocage" in titles
    assert "Photographier les rues sans publicité" in titles
    assert "Introduction à la cartographie libre" in titles and len(titles) == 7
    assert not any(t.startswith("Accueil") for t in titles)      # a break, not a session
    # one room only is no grid
    assert room_cells(GRID.replace("Ocre  ", "Ocre : ")) == []


def test_the_grid_s_sessions_are_published(tmp_path):
    rows = extract_document(written_doc(tmp_path, "grille.txt", GRID))
    titles = [r["title"] for r in rows["sessions"]]
    assert "Cartes des sentiers de Valbourg" in titles and "Les chemins creux" in titles
