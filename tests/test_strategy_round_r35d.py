"""Strategy axes on made-up texts (names and places invented): a count of themes set by a participle
before a colon, read with commas."""

from __future__ import annotations

from pipelines.extract.strategy import strategy_rows

from .support import doc_of


def rows(text: str, title: str | None = None) -> list[dict]:
    return strategy_rows([doc_of(text, title)])


# A press article: the plan's parts counted with a word for the parts of anything ("thèmes"), a
# participle saying they were set, a colon, then the items separated by commas.
SET_THEMES = ("Le plan vélo de Valbois a été présenté aux habitants mardi soir. Après six mois d'ateliers, "
              "quatre thèmes ont été retenus : la sécurité des carrefours, le stationnement des cycles, "
              "les itinéraires vers les écoles et l'apprentissage du vélo. Les travaux débuteront au printemps.\n")


def test_counted_themes_set_by_a_participle_are_axes_with_commas():
    assert [r["axis"] for r in rows(SET_THEMES)] == [
        "la sécurité des carrefours", "le stationnement des cycles", "les itinéraires vers les écoles",
        "l'apprentissage du vélo"]


def test_counted_themes_without_a_participle_or_with_another_count_are_not_axes():
    # no participle saying the parts were set: the themes of anything (a meeting's agenda)
    assert rows(SET_THEMES.replace("quatre thèmes ont été retenus :", "quatre thèmes au menu :")) == []
    # the count does not match the items
    assert rows(SET_THEMES.replace("quatre thèmes", "cinq thèmes")) == []


# A charter's commitments numbered on lines of their own, under a paragraph naming the charter.
CHARTER = ("La commune de Valbois a adopté l'an dernier sa charte de la donnée publique.\n"
           "Engagement 1 : ouvrir les jeux de données par défaut\n"
           "Engagement 2 : associer les habitants aux choix\n"
           "Engagement 3 : héberger les données sur le territoire\n"
           "Un comité suivra leur mise en œuvre.\n")


def test_numbered_commitments_of_a_charter_are_its_axes():
    found = rows(CHARTER)
    assert [r["axis"] for r in found] == ["ouvrir les jeux de données par défaut", "associer les habitants aux choix",
                                          "héberger les données sur le territoire"]
    assert "charte" in found[0]["strategy_name"].lower()


def test_commitments_not_numbered_in_order_or_only_worded_are_not_axes():
    # numbers that skip: no sequence of sections
    assert rows(CHARTER.replace("Engagement 2 :", "Engagement 5 :")) == []
    # the word alone over a list announces no strategy's parts
    listed = ("La commune de Valbois a adopté l'an dernier sa charte de la donnée publique.\n"
              "Nos engagements :\n- ouvrir les jeux de données\n- associer les habitants\n")
    assert rows(listed) == []
