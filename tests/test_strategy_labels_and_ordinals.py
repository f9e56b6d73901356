"""Strategy axes on made-up texts (names and places invented): labels over their
lists, as many as a paragraph just before counts, and a page going through counted parts by
ordinal ("Le premier concerne ... Le deuxième porte sur ... Enfin ...")."""

from __future__ import annotations

from pipelines.extract.strategy_counted_labels import _counted_labels
from pipelines.extract.strategy_ordinal_prose import _ordinal_axes

from .support import axes, doc_of


LABELS = ("Le Plan Climat de Valbois (PCV)\n\n"
          "Adopté en mai, le Plan Climat de Valbois fixe un cap pour la commune.\n\n"
          "Quelques exemples des 3 priorités du plan\n\n"
          "Mobilités douces :\n"
          "►  Doubler les pistes cyclables d'ici à 2030.\n"
          "►  Créer deux parkings relais.\n"
          "Sobriété :\n"
          "►  Éteindre l'éclairage public la nuit.\n"
          "Nature en ville :\n"
          "►  Planter mille arbres.\n"
          "►  Ouvrir trois jardins partagés.\n\n"
          "La mise en œuvre du plan associera les habitants.\n")


def test_labels_over_their_lists_as_many_as_counted():
    assert axes(LABELS) == ["Mobilités douces", "Sobriété", "Nature en ville"]


def test_labels_not_numbering_the_count_are_not_read():
    # four parts counted, three labels: nothing from this reader (a label over one item is not
    # enough for the labels read without a count)
    text = LABELS.replace("3 priorités", "4 priorités")
    assert _counted_labels(doc_of(text)) == []
    assert axes(text) == []


ORDINALS = ("Le projet de territoire de Valbois\n\n"
            "Approuvé en juin, le projet de territoire guidera la communauté jusqu'en 2030. Ses 12 actions "
            "se répartissent en 4 axes. Le premier, le plus attendu, concerne l'emploi et la formation des "
            "jeunes. Le deuxième répond aux familles puisqu'il s'agit de l'accès aux services publics. "
            "Le troisième, tourné vers la forêt, est un axe nouveau. Enfin, il fallait accorder un axe "
            "à la vie associative : celle des bourgs et des hameaux.\n")


def test_parts_gone_through_by_ordinal():
    assert axes(ORDINALS) == ["l'emploi et la formation des jeunes", "l'accès aux services publics",
                              "tourné vers la forêt", "la vie associative"]


def test_ordinals_without_a_count_of_parts_are_not_axes():
    # the same sentences after a count of something else: the ordinals are not a strategy's parts
    text = ORDINALS.replace("se répartissent en 4 axes", "seront lancées en 4 temps")
    assert _ordinal_axes(doc_of(text)) == []
    # two ordinals only are too few
    two = ORDINALS.replace("Le troisième, tourné vers la forêt, est un axe nouveau. ", "")
    assert _ordinal_axes(doc_of(two)) == []


AIMS = ("Le schéma directeur du numérique de Valbois\n\n"
        "Le schéma directeur du numérique de Valbois a pour ambition de fixer un cadre commun aux services pour :\n"
        "- ouvrir les démarches en ligne ;\n"
        "- former les agents ;\n"
        "- relier les écoles au très haut débit.\n\n"
        "Il sera revu chaque année.\n")


def test_a_strategys_aims_listed_under_the_sentence_setting_them():
    assert axes(AIMS) == ["ouvrir les démarches en ligne", "former les agents", "relier les écoles au très haut débit"]


def test_what_the_strategy_will_make_possible_after_a_long_clause_with_an_acronym():
    text = AIMS.replace("a pour ambition de fixer un cadre commun aux services pour :",
                        "se voudra pragmatique et complémentaire de ceux établis par la Région et les E.P.C.I., "
                        "il permettra de :")
    assert axes(text) == ["ouvrir les démarches en ligne", "former les agents", "relier les écoles au très haut débit"]


def test_aims_not_set_by_the_strategy_or_stating_shares_are_not_axes():
    from pipelines.extract.strategy_aim_lists import _aim_lists
    # the sentence's subject is no strategy: the list is not its aims
    other = AIMS.replace("Le schéma directeur du numérique de Valbois a pour ambition", "La commune a pour ambition")
    assert _aim_lists(doc_of(other)) == []
    # a list of shares gives the plan's targets
    shares = AIMS.replace("ouvrir les démarches en ligne", "réduire de 40 % les émissions").replace(
        "former les agents", "atteindre 30 % d'énergie locale")
    assert _aim_lists(doc_of(shares)) == []
