"""The event called the first of its kind after a feminine or contracted article, or stressed by
"tout" ("la première biennale de X", "invités aux premières assises Y", "au tout premier salon Z"),
is edition one; the first workshop of a forum is still not. Made-up texts only."""

from pipelines.extract.events import extract_event

from .support import doc_of as _doc


def _edition(title: str, sentence: str) -> int | None:
    return extract_event(_doc(f"{title}\n\n{sentence}\n", title=title)).edition


def test_the_first_biennial_with_its_feminine_article_is_edition_one():
    assert _edition("Valbrune : Biennale des arts de la rue",
                    "Les compagnies de la vallée ont animé la première biennale de Valbrune le 4 juillet 2031.") == 1


def test_the_first_assizes_after_a_contracted_article_are_edition_one():
    assert _edition("Assises de la filière bois",
                    "Les artisans sont invités aux premières assises de Trévanne, le 9 octobre 2031.") == 1


def test_the_very_first_fair_is_edition_one():
    assert _edition("Salon des jeunes entreprises d'Orval",
                    "Quarante exposants ont participé au tout premier salon d'Orval le 2 mars 2031.") == 1


def test_the_first_workshop_at_a_contracted_article_is_no_edition():
    assert _edition("Forum des bourgs ruraux",
                    "Les habitants ont pris part au premier atelier du forum à Valbrune le 12 mai 2031.") is None
