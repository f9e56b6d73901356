"""Strategy axes on made-up texts (names and places invented): lists against their announced count,
parts called strategic, axes in apposition, lettered priorities, principles a strategy is built of,
and a heading naming the parts."""

from __future__ import annotations

from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry
from pipelines.extract.strategy import strategy_rows

from .support import axes, doc_of


def test_a_list_shorter_than_the_announced_count_is_kept():
    # a page cut before its last axis: the items it shows are still the axes
    text = ("La stratégie numérique de Valbois 2023-2027 s'organise autour de 4 axes :\n"
            "- Former les habitants\n- Équiper les écoles\n- Ouvrir les données\n")
    assert axes(text) == ["Former les habitants", "Équiper les écoles", "Ouvrir les données"]


# Parts called strategic on a page that names no strategy.
STRATEGIC = ("Après un diagnostic mené en 2019, la commune de Valbois retient 3 orientations stratégiques :\n\n"
             "- Rafraîchir les cours d'école\n- Partager la voirie\n- Associer les habitants\n")


def test_parts_called_strategic_name_the_strategy():
    rows = strategy_rows([doc_of(STRATEGIC)])
    assert [r["axis"] for r in rows] == ["Rafraîchir les cours d'école", "Partager la voirie", "Associer les habitants"]
    assert rows[0]["strategy_name"] == "Orientations stratégiques"


def test_parts_not_called_strategic_name_nothing():
    assert axes(STRATEGIC.replace(" stratégiques", "")) == []


# Axes in apposition to their count, the sentence going on after them.
APPOSED = ("Porté par un projet qui s'appuie sur trois piliers, la sobriété des bâtiments, le partage de la voirie, "
           "et l'ombre des arbres, la commune entend les décliner dans chacune de ses politiques.\n")


def test_axes_in_apposition_to_their_count_under_a_title_counting_parts():
    assert axes(APPOSED, title="Les grands axes du projet sportif") == [
        "la sobriété des bâtiments", "le partage de la voirie", "l'ombre des arbres"]


def test_apposition_needs_as_many_items_as_the_count():
    assert axes(APPOSED.replace("trois piliers", "quatre piliers"), title="Les grands axes du projet sportif") == []
    # a relative clause after the count is no item
    text = "Le projet repose sur trois piliers, qui seront détaillés plus tard, et la commune entend agir vite.\n"
    assert axes(text, title="Les grands axes du projet sportif") == []


# A press article's priorities lettered in running text.
LETTERED = ("La commune de Valbois a présenté mardi son plan climat. Le document fixe trois priorités : "
            "a) rénover les écoles, b) planter des arbres, c) développer les navettes.\n")


def test_lettered_priorities_in_running_text():
    assert axes(LETTERED) == ["rénover les écoles", "planter des arbres", "développer les navettes"]


def test_letters_out_of_order_are_no_enumeration():
    assert axes(LETTERED.replace("c) développer", "e) développer")) == []


# A sentence ending on a count of axes, then a list of as many items.
SENTENCE_COUNT = ("Le conseil a adopté sa stratégie touristique. Elle comprend quatre orientations.\n"
                  "- Valoriser le patrimoine\n- Développer l'itinérance\n- Accueillir les familles\n"
                  "- Promouvoir la destination\n")


def test_a_sentence_ending_on_a_count_announces_the_list():
    assert axes(SENTENCE_COUNT) == ["Valoriser le patrimoine", "Développer l'itinérance", "Accueillir les familles",
                                    "Promouvoir la destination"]


def test_a_sentence_ending_on_a_count_needs_as_many_items():
    assert axes(SENTENCE_COUNT.replace("quatre orientations", "cinq orientations")) == []


# Principles a strategy is said to be built of.
PRINCIPLES = ("La stratégie littorale de Valbois fixe un cadre commun.\nElle se décline en cinq grands principes :\n"
              "- protéger les dunes,\n- relocaliser les campings,\n- informer les riverains,\n"
              "- suivre le recul des falaises.\nEt deux recommandations :\n- cartographier les risques,\n")


def test_principles_a_strategy_is_built_of_are_its_axes():
    assert axes(PRINCIPLES) == ["protéger les dunes", "relocaliser les campings", "informer les riverains",
                                "suivre le recul des falaises"]


def test_principles_without_a_verb_of_building_are_not_axes():
    assert axes(PRINCIPLES.replace("Elle se décline en cinq grands principes :", "Elle rappelle cinq grands principes :")) == []


# Axes enumerated as a sentence's subject, then counted; a heading over them naming the parts.
PREPOSED = ("Le plan vélo de Valbois a été voté lundi. La sécurité des carrefours, le stationnement en gare et "
            "la formation des écoliers sont les trois priorités du plan.\n")


def test_axes_enumerated_before_their_count():
    assert axes(PREPOSED) == ["La sécurité des carrefours", "le stationnement en gare", "la formation des écoliers"]


def test_axes_before_their_count_need_as_many_items():
    assert axes(PREPOSED.replace("trois priorités", "quatre priorités")) == []


HEADED = ("# Valbois demain\n\nUne démarche portée par quarante partenaires.\n\n"
          "## Les grands axes de Valbois demain\n\n"
          "Plusieurs pistes ont émergé. La rénovation des écoles, les navettes du soir et l'ombre des arbres "
          "sont parmi les cinq axes choisis par les partenaires.\n")


def markdown_rows(text: str, folder) -> list[dict]:
    path = folder / "t.md"
    path.write_text(text, encoding="utf-8")
    return strategy_rows([read_document(SourceEntry(id="t", file="t.md", path=path))])


def test_a_heading_naming_the_parts_names_the_strategy(tmp_path):
    rows = markdown_rows(HEADED, tmp_path)
    assert [r["axis"] for r in rows] == ["La rénovation des écoles", "les navettes du soir", "l'ombre des arbres"]
    assert rows[0]["strategy_name"] == "Les grands axes de Valbois demain"


def test_a_heading_not_naming_parts_names_nothing(tmp_path):
    assert markdown_rows(HEADED.replace("## Les grands axes de Valbois demain", "## Une démarche ouverte"), tmp_path) == []
