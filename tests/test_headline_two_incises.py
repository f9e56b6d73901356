"""A gathering verb parted from its count by two incises, the day and the place ("a réuni,
vendredi 27 septembre, à l'espace X, mille deux cents élus"), still counts the event's
attendance; an incise with a year of its own, or a long one, still does not. Made-up texts only."""

from pipelines.extract.headline import extract_headline_figures

from .support import doc_of


def _figures(sentence: str) -> list[tuple[str, float]]:
    doc = doc_of(sentence + "\n", title="Congrès des maires de Valbrune")
    return [(f.metric, f.value) for f in extract_headline_figures(doc)]


def test_the_day_and_the_place_between_the_verb_and_the_count():
    assert _figures("Le congrès des maires a réuni, vendredi 27 septembre, à l’espace Jean Valmont à "
                    "Saint-Valbrune-les-Bains, mille deux cents élus dans un contexte de doute.") == [("participants", 1200.0)]
    assert _figures("Le congrès a accueilli, le 3 mai, à la salle des fêtes, 250 participants.") == [("participants", 250.0)]


def test_an_incise_with_a_year_or_a_long_incise_is_too_far():
    assert _figures("Le congrès des maires a réuni, en 2019, à l’espace Jean Valmont, 1200 élus dans un contexte de doute.") == []
    assert _figures("Le congrès a accueilli, le 3 mai, après une longue matinée de débats sur l’avenir des écoles "
                    "rurales et de leurs cantines, 250 participants.") == []
