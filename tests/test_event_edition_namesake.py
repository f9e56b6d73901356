"""An ordinal in an apposition followed by "du nom" ranks the event among those of its name: "l'édition
2031 de la fête des cerfs-volants, onzième du nom" is its eleventh edition, when the clause before
the ordinal names an edition or a whole event. The same words after a body ("l'amicale, la 3e du
nom dans la vallée") rank no event and nothing is read. Made-up texts only."""

from pipelines.extract.events import extract_event

from .support import doc_of as _doc

_TITLE = "Fête des cerfs-volants de Valbrune"


def _edition(sentence: str) -> int | None:
    text = (_TITLE + "\n\n" + sentence + "\n\n"
            "Les familles ont lancé leurs cerfs-volants sur la plage de Trévanne tout l'après-midi.\n")
    return extract_event(_doc(text, title=_TITLE)).edition


def test_an_ordinal_followed_by_du_nom_after_the_edition_numbers_it():
    assert _edition("L'édition 2031 de la fête des cerfs-volants, onzième du nom, s'est tenue "
                    "sur la plage de Trévanne.") == 11


def test_an_ordinal_followed_by_du_nom_after_a_body_is_no_edition():
    assert _edition("L'amicale des cerfs-volistes, fondée il y a longtemps, la 3e du nom dans la vallée, "
                    "a réuni ses membres sur la plage de Trévanne.") is None
