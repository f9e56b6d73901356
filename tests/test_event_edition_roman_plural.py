"""A Roman ordinal whose suffix takes the plural "s" before a plural event noun ("les XIèmes Journées",
"les XXes Rencontres") numbers the edition as its singular does. The plural ordinal ranks nothing when
the noun after it is no event ("les XVIIes et XVIIIes siècles"). Made-up texts only."""

from pipelines.extract.event_edition import arabic_ordinals
from pipelines.extract.events import extract_event

from .support import doc_of as _doc

_TITLE = "Journées des tisserands de Valbrune"


def _edition(sentence: str) -> int | None:
    text = (_TITLE + "\n\n" + sentence + "\n\n"
            "Les visiteurs ont parcouru les ateliers de la halle de Trévanne tout l'après-midi.\n")
    return extract_event(_doc(text, title=_TITLE)).edition


def test_a_plural_roman_ordinal_numbers_the_edition():
    assert _edition("La commune de Trévanne accueille cette semaine les XVIIèmes journées des tisserands "
                    "de Valbrune.") == 17
    assert arabic_ordinals("les XXes Rencontres") == "les 20es Rencontres"


def test_a_plural_roman_ordinal_before_no_event_noun_is_no_edition():
    assert _edition("Les tisserands ont présenté des étoffes des XVIIes et XVIIIes siècles.") is None
