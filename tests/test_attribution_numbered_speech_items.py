"""A speech title that opens a numbered or timed item ("2. Témoignage de la commune X") takes no
speaker from the lines above it: they close the item before (speeches.py; round 233, issue 15).
Invented text only."""

from .support import doc_of, figure_speakers

_TEXT = ("Webinaire Sols vivants\n\n"
         "1. L'expérimentation Sols vivants\n"
         "L'agence a lancé en 2029 une expérimentation avec les territoires.\n"
         "Léa Brunel, cheffe de projet à l'Agence Kerval\n\n"
         "2. Témoignage de la Communauté de communes de Valbrune\n"
         "Territoire rural de 27 000 habitants, la communauté de communes s'est engagée dans la démarche. "
         "Nous avons réduit notre consommation de foncier.\n")


def _credited(text: str) -> dict:
    return figure_speakers(doc_of(text, title="Webinaire Sols vivants"))


def test_the_credit_above_a_numbered_testimony_is_the_item_befores():
    got = _credited(_TEXT)
    assert 27000 in got and got[27000] is None


def test_a_name_under_the_numbered_title_still_gives_the_speech():
    text = _TEXT.replace("2. Témoignage de la Communauté de communes de Valbrune\n",
                         "2. Témoignage de la Communauté de communes de Valbrune\nPaul Martin, président\n")
    assert _credited(text)[27000] == "Paul Martin"
