"""Stadiums and racecourses are venues of fairs and job forums; "au stade de l'étude" is no venue.
Made-up texts only."""

from pipelines.extract.event_place import find_venue

from .support import doc_of as _doc


def test_a_stadium_whose_door_the_visitors_pushed_is_the_venue():
    doc = _doc("Le forum de l'emploi de Valbrune a fait le plein. Plus de 900 visiteurs ont poussé la porte "
               "du stade Léo Vert, CV en main.\n", title="Forum de l'emploi de Valbrune")
    assert find_venue(doc) == "stade Léo Vert"


def test_a_stage_of_a_project_is_no_venue():
    doc = _doc("Le forum de l'emploi de Valbrune a fait le plein. Le projet de halle en est au stade de l'étude.\n",
               title="Forum de l'emploi de Valbrune")
    assert find_venue(doc) is None


def test_a_pavilion_where_the_forum_was_held_is_the_venue():
    doc = _doc("Le forum de l'eau s'est tenu au pavillon des Rivières, à Valbrune, le 3 mars 2029.\n",
               title="Forum de l'eau")
    assert find_venue(doc) == "pavillon des Rivières"
