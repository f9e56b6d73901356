"""Cells of a numbered timetable grid set side by side: the following lines part by column."""

from pipelines.extract.session_numbered_grid import numbered_grid_cells

GRID = """09:00
09:30
10:00
10:30
11:00
3 - Des ruches sur les toits  4 - Un inventaire des mares
1 - Les jardins partagés de  2 - Cartographier les haies
la commune voisine  du bocage / Léon Garnier
en ville / Inès Robin
5 - Un herbier numérique / Paul Morel
6 - Les vergers oubliés / Anne Petit
7 - Compter les oiseaux / Marc Blanc
8 - Les mares temporaires / Lise Noir
"""


def test_side_by_side_cells_take_their_own_column():
    titles = [c[0] for c in numbered_grid_cells(GRID)]
    assert "Les jardins partagés de la commune voisine en ville" in titles
    assert "Cartographier les haies du bocage" in titles
