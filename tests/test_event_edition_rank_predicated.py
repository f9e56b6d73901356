"""An edition given its rank as a predicate: "l'édition 2031 sera la neuvième" (a verb of events.yaml
`edition_rank_copulas`, the ordinal after it with no noun of its own) numbers the edition reported
when its year is the latest the text writes. The same sentence about an older year, in a text that
writes a later one ("l'édition 2027 était la cinquième"), is a past edition and nothing is read.
Made-up texts only."""

from pipelines.extract.events import extract_event

from .support import doc_of as _doc

_TITLE = "Fête des cerfs-volants de Valbrune"


def _edition(sentence: str) -> int | None:
    text = (_TITLE + "\n\n" + sentence + "\n\n"
            "Les familles lanceront leurs cerfs-volants sur la plage de Trévanne tout l'après-midi.\n")
    return extract_event(_doc(text, title=_TITLE)).edition


def test_the_rank_after_a_copula_numbers_the_edition_of_the_latest_year():
    assert _edition("Rendez-vous en 2031 sur la plage : l'édition 2031 sera la neuvième et promet "
                    "des ciels multicolores.") == 9


def test_the_rank_of_an_older_edition_is_no_current_edition():
    assert _edition("Rendez-vous en 2031 sur la plage. L'édition 2027 était la cinquième et avait "
                    "attiré moins de monde.") is None
