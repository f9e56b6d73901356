"""The event called the first of its kind with its definite article ("le premier colloque national
sur X", "les travaux du 1er congrès de l'AXF") is edition one; its first workshop is not.
Made-up texts only."""

from pipelines.extract.events import extract_event

from .support import doc_of as _doc


def test_the_first_colloquium_with_its_article_is_edition_one():
    text = ("Les campagnes de demain\n\nLe premier colloque national sur l'avenir des bourgs s'est tenu "
            "à Valbrune le 12 mai 2031.\n")
    assert extract_event(_doc(text, title="Les campagnes de demain")).edition == 1


def test_the_works_of_the_first_congress_are_edition_one():
    text = ("Les élus régionaux à Orval\n\nDeux cents élus sont attendus pour les travaux du 1er congrès "
            "de l'AXF, le 3 juin 2031.\n")
    assert extract_event(_doc(text, title="Les élus régionaux à Orval")).edition == 1


def test_the_first_workshop_of_a_forum_is_no_edition():
    text = ("Les campagnes de demain\n\nLe premier atelier du forum des bourgs ruraux "
            "s'est tenu à Valbrune le 12 mai 2031.\n")
    assert extract_event(_doc(text, title="Les campagnes de demain")).edition is None
