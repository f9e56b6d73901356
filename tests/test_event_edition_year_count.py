"""An event "organisé pour la Nième année" (the years counted without "consécutive") is its Nth
edition, when the opening sentence says it is organised: "une fête du cidre organisée pour la
septième année sur les quais de Valbrune" is a seventh edition. A count of years with no verb of
organising ("pour la septième année, la fanfare joue à la fête") is a participant's and nothing is
read. Made-up texts only."""

from pipelines.extract.events import extract_event

from .support import doc_of as _doc

_TITLE = "Fête du cidre de Valbrune"


def _edition(sentence: str) -> int | None:
    text = (_TITLE + "\n\n" + sentence + "\n\n"
            "Les visiteurs ont flâné entre les pressoirs du quai de Trévanne jusqu'en fin d'après-midi.\n")
    return extract_event(_doc(text, title=_TITLE)).edition


def test_a_count_of_years_with_an_organising_verb_numbers_the_edition():
    assert _edition("Valbrune. Le comité des fêtes a retrouvé ses exposants samedi, pour une fête "
                    "organisée pour la septième année sur les quais de Trévanne.") == 7


def test_a_count_of_years_of_a_participant_is_no_edition():
    assert _edition("Valbrune. Pour la septième année, la fanfare de Trévanne joue à la fête "
                    "du cidre sur les quais.") is None
