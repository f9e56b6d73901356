"""The press calls an edition a "cru" or a "millésime": an ordinal between a demonstrative and one
of these nouns (events.yaml `edition_nouns`, "ce onzième cru", "ce 6e millésime") numbers the
edition reported, as "ce 11e salon" does; after a bare article ("le deuxième cru", which may be a
wine) nothing is read. Made-up texts only."""

from pipelines.extract.events import extract_event

from .support import doc_of as _doc

_OPENING = ("Fête des vendanges de Trévanne\n\n"
            "Les vignerons du canton ont accueilli le public le 14 septembre 2031 à Trévanne.\n\n"
            "Les familles ont goûté le raisin, visité les chais et suivi les fanfares.\n\n"
            "Les écoles ont proposé des ateliers tout au long de la journée.\n\n")


def _edition(last: str) -> int | None:
    text = _OPENING + last + "\n"
    return extract_event(_doc(text, title="Fête des vendanges de Trévanne")).edition


def test_an_ordinal_cru_after_a_demonstrative_numbers_the_edition():
    assert _edition("Ce onzième cru restera marqué par une affluence record sous le soleil.") == 11


def test_an_ordinal_millesime_after_a_demonstrative_numbers_the_edition():
    assert _edition("Ce 6e millésime a fait la part belle aux jeunes producteurs.") == 6


def test_an_ordinal_cru_after_a_bare_article_is_no_edition():
    assert _edition("Le deuxième cru de la côte voisine a été servi au repas des bénévoles.") is None
