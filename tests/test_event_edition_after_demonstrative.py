"""An ordinal between a demonstrative and a noun that only names a whole event ("ce 14e salon",
"cette septième biennale"), anywhere in the text, numbers the edition reported; the same ordinal
after a bare article ("le 14e salon") may be a past edition and is not read. Made-up texts only."""

from pipelines.extract.events import extract_event

from .support import doc_of as _doc

_OPENING = ("Salon des métiers d'art de Valbrune\n\n"
            "Les artisans de la vallée ont exposé leurs pièces le 6 avril 2031 à Valbrune.\n\n"
            "Les visiteurs ont découvert la poterie, la vannerie et la ferronnerie.\n\n"
            "Les écoles ont proposé des démonstrations tout au long de la journée.\n\n")


def _edition(last: str) -> int | None:
    text = _OPENING + last + "\n"
    return extract_event(_doc(text, title="Salon des métiers d'art de Valbrune")).edition


def test_an_ordinal_after_a_demonstrative_numbers_the_edition():
    assert _edition("Ce 14e salon n'a pas dérogé à la tradition de convivialité qui fait sa réputation.") == 14


def test_an_ordinal_in_words_after_a_feminine_demonstrative_numbers_the_edition():
    assert _edition("Cette septième rencontre a laissé une large place aux jeunes créateurs.") == 7


def test_an_ordinal_after_a_bare_article_is_no_edition():
    assert _edition("Le 14e salon avait déjà attiré de nombreux exposants venus de Trévanne.") is None
