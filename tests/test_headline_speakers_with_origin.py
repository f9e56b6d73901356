"""The speakers counted with where they come from, right after the count ("24 intervenants
représentant 6 communes", "31 conférenciers d'origine très variée"); speakers counted with no
origin in a sentence with no event verb stay unread. Invented text only."""

from .support import headline_figures


def test_speakers_counted_with_whom_they_represent():
    text = ("Les rencontres de l'eau de Valbrune se sont tenues le jeudi 4 avril 2030 à Trévanne. "
            "Les échanges ont été riches et 24 intervenants représentant 6 communes et 2 agences.")
    assert ("speakers", 24) in headline_figures(text)


def test_speakers_counted_with_their_origin():
    text = ("Le forum des mobilités douces de Trévanne a fait salle comble. Une édition dense, avec au "
            "programme (3 jours pleins) 31 conférenciers d'origine très variée : chercheurs, élus, associations.")
    assert ("speakers", 31) in headline_figures(text)


def test_speakers_with_no_origin_are_not_read_this_way():
    text = ("Le forum des mobilités douces de Trévanne a fait salle comble. Une édition dense, avec au "
            "programme (3 jours pleins) 31 conférenciers très attendus : chercheurs, élus, associations.")
    assert ("speakers", 31) not in headline_figures(text)
