"""A ceremony opening or closing the Nth event ("Ouverture des 12es Rencontres de Valbrune",
"Clôture du 31e congrès"), anywhere in a programme, numbers the edition reported; the same
ordinal before a noun that is no whole event ("Ouverture de la 3e séance") reads nothing.
Made-up texts only."""

from pipelines.extract.events import extract_event

from .support import doc_of as _doc

_OPENING = ("Rencontres des jardiniers de Valbrune\n\n"
            "Programme\n\n"
            "Les jardiniers amateurs de la vallée se retrouvent le 6 avril 2031 à Valbrune.\n\n"
            "Les visiteurs découvriront la taille des fruitiers et le compostage.\n\n"
            "8h45 Accueil des participants et café\n\n")


def _edition(item: str) -> int | None:
    text = _OPENING + item + "\n\n11h00 Visite des parcelles de Trévanne\n"
    return extract_event(_doc(text, title="Rencontres des jardiniers de Valbrune")).edition


def test_the_opening_of_the_nth_event_numbers_the_edition():
    assert _edition("9h15 Ouverture des 12es Rencontres par la présidente de l'association") == 12


def test_the_opening_of_a_numbered_session_is_no_edition():
    assert _edition("9h15 Ouverture de la 3e séance par la présidente de l'association") is None
