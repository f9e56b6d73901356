"""Strategy axes on made-up texts (names and places invented): parts counted over paragraphs that
run to the end of an excerpt, each opening with its title; and the one numbered axis of a page."""

from __future__ import annotations

from pipelines.extract.strategy import strategy_rows

from .support import doc_of


def rows(text: str, title: str | None = None) -> list[dict]:
    return strategy_rows([doc_of(text, title)])


# A count of parts over one paragraph each, no bullets, the excerpt cut after the second.
CUT_PARAGRAPHS = ("Mesdames et messieurs, ce soir nous délibérons sur la politique culturelle du pays de Valbois.\n"
                  "Après des mois de travail avec les associations, les quatre priorités culturelles sont donc :\n"
                  "Ouvrir les médiathèques le dimanche, car les familles nous le demandent depuis longtemps et "
                  "les horaires actuels ne conviennent plus à personne dans les bourgs.\n"
                  "Une saison itinérante qui passe dans chaque village au moins une fois par an, avec une troupe "
                  "accueillie en résidence pour trois mois.\n")


def test_counted_paragraphs_to_the_end_are_axes_titled_by_their_head():
    found = rows(CUT_PARAGRAPHS)
    assert [r["axis"] for r in found] == ["Ouvrir les médiathèques le dimanche", "Une saison itinérante"]
    assert found[0]["strategy_name"].lower().startswith("quatre priorités")


def test_counted_paragraphs_not_read_when_prose_more_than_counted_or_text_goes_on():
    # the paragraphs are statements ("Elle a ouvert ..."), not titled parts
    prose = CUT_PARAGRAPHS.replace("Ouvrir les médiathèques le dimanche, car", "Elle a ouvert les médiathèques, car")
    assert rows(prose) == []
    # more paragraphs than the count
    assert rows(CUT_PARAGRAPHS.replace("quatre priorités", "deux priorités") + "Former les bénévoles.\n") == []
    # a paragraph in lower case: a sentence going on, not a part
    assert rows(CUT_PARAGRAPHS.replace("Une saison itinérante", "une saison itinérante")) == []
    # no count before the colon
    assert rows(CUT_PARAGRAPHS.replace("les quatre priorités culturelles sont donc :", "voici ce que nous proposons :")) == []


# The page of one axis of a plan, or an excerpt cut in its first axis.
ONE_AXIS_PAGE = ("Pilier 2 : des bourgs reliés par des navettes\n\n"
                 "Les habitants des hameaux attendent des transports réguliers vers les bourgs.\n\n"
                 "La communauté de communes lancera une ligne expérimentale en septembre.\n")
CUT_IN_FIRST_AXIS = ("Le schéma départemental des loisirs de Valbois\n"
                     "Le schéma départemental des loisirs a été voté pour cinq ans par l'assemblée.\n"
                     "3 AXES - 12 ACTIONS\n"
                     ">> AXE A - Accueillir toute l'année : ouvrir les sites hors saison et former les")


def test_the_one_numbered_axis_of_a_page_is_its_axis():
    assert [r["axis"] for r in rows(ONE_AXIS_PAGE)] == ["Pilier 2 : des bourgs reliés par des navettes"]
    found = rows(CUT_IN_FIRST_AXIS)
    assert [r["axis"] for r in found] == ["AXE A - Accueillir toute l'année"]
    assert "schéma" in found[0]["strategy_name"].lower()


def test_a_lone_numbered_line_is_not_read_when_several_or_not_a_structure_word():
    # two numbered axes: numbered sections, read elsewhere, not a lone axis
    two = ONE_AXIS_PAGE + "\nPilier 3 : des écoles rénovées\n"
    assert [r["axis"] for r in rows(two)] != ["Pilier 2 : des bourgs reliés par des navettes"]
    # "Objectif 1" numbers the parts of anything
    assert rows(ONE_AXIS_PAGE.replace("Pilier 2", "Objectif 2")) == []
    # in the middle of a page naming no strategy: no axis
    assert rows("Compte rendu de la réunion publique.\n\n" + ONE_AXIS_PAGE) == []


def test_a_lone_numbered_axis_inside_a_page_that_goes_on_is_not_read():
    # a plan named, its "Axe 2" neither heading the page nor where the excerpt stops
    text = ("Le plan vélo de Valbois a été adopté en mars.\n\n" + ONE_AXIS_PAGE
            + "\nLa suite du texte parle des travaux de voirie prévus cet été.\n")
    assert rows(text) == []
