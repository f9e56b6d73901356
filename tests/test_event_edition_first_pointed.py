"""An event pointed at as a first one by a demonstrative or a possessive, then an ordinal and an
event noun, is its first edition; a first day of a named event says nothing. Made-up texts only."""

from pipelines.extract.event_first_time import first_pointed

from .support import doc_of as _doc


def test_demonstrative_first_event_is_first_edition():
    text = ("Rencontre des aînés de Valbrune\n\nOrganisée par le club des aînés, cette première rencontre "
            "s'est tenue dans la salle Hirondelle devant quatre-vingts habitants.\n")
    assert first_pointed(_doc(text, title="Rencontre des aînés de Valbrune")) == 1


def test_possessive_first_event_is_first_edition():
    text = ("Apprentissage à Pelleval\n\nLes artisans de Pelleval se retrouvent samedi pour leur premier "
            "forum de l'apprentissage, à la halle du marché.\n")
    assert first_pointed(_doc(text, title="Apprentissage à Pelleval")) == 1


def test_first_day_of_an_event_is_no_edition():
    text = ("Salon du livre de Valbrune\n\nCette première journée du salon du livre de Valbrune a attiré "
            "les familles venues des villages voisins.\n")
    assert first_pointed(_doc(text, title="Salon du livre de Valbrune")) is None


def test_themed_first_morning_is_first_edition():
    text = ("Matinée de l'emploi à Pelleval\n\nAnimée par la maison de l'emploi, cette première matinée consacrée "
            "à l'alternance a réuni une centaine de jeunes.\n")
    assert first_pointed(_doc(text, title="Matinée de l'emploi à Pelleval")) == 1


def test_first_since_a_date_is_no_edition():
    text = ("Club de Valbrune\n\nLe président a ouvert cette première rencontre depuis le printemps 2020 "
            "en remerciant les bénévoles.\n")
    assert first_pointed(_doc(text, title="Club de Valbrune")) is None


def test_the_first_talk_of_a_festival_is_a_part_of_it():
    text = ("Festival des Saules\n\nLe 3 juin 2031 à Valbrune, cette première conférence du festival a porté "
            "sur les haies champêtres.\n")
    assert first_pointed(_doc(text, title="Festival des Saules")) is None
