"""An event held again "pour la Nième année consécutive" is its Nth edition, when the opening sentence
names an event noun or says it is organised: "pour la quatrième année consécutive, l'amicale des arboriculteurs
organisait sa cueillette" is a fourth edition. The same words about a trend ("pour la quatrième année
consécutive, le nombre d'adhérents progresse") name no event and nothing is read. Made-up texts only."""

from pipelines.extract.events import extract_event

from .support import doc_of as _doc

_TITLE = "Festival des vergers de Valbrune"


def _edition(sentence: str) -> int | None:
    text = (_TITLE + "\n\n" + sentence + "\n\n"
            "Les visiteurs ont flâné entre les étals du verger de Trévanne tout l'après-midi.\n")
    return extract_event(_doc(text, title=_TITLE)).edition


def test_a_consecutive_year_with_an_organising_verb_numbers_the_edition():
    assert _edition("Valbrune. Dimanche 9 mai, pour la quatrième année consécutive, l'amicale des arboriculteurs "
                    "organisait sa cueillette au verger de Trévanne.") == 4


def test_a_consecutive_year_of_a_trend_is_no_edition():
    assert _edition("Valbrune. Pour la quatrième année consécutive, le nombre d'adhérents de l'amicale des "
                    "arboriculteurs progresse au verger de Trévanne.") is None


def test_a_consecutive_year_of_a_host_is_no_edition():
    assert _edition("Valbrune. Pour la quatrième année consécutive, le village accueille le festival "
                    "des vergers, au verger de Trévanne.") is None
