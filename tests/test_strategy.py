"""Strategy axes (pipelines/extract/strategy.py): name, period, axes in order, one axis listed twice
kept once, and the Table Schema."""

from __future__ import annotations

import pytest

from pipelines.extract.documents import source_rows
from pipelines.extract.strategy import find_axes, find_strategy, strategy_rows
from pipelines.schemas import table_schema, to_arrow
from pipelines.validation.frictionless import validate_tables

from .test_claims import CASES, SCHEMAS, load_case, text_doc


@pytest.mark.parametrize("stem", CASES)
def test_strategy_axes_match_the_expected_file(stem):
    doc, expected, _, _ = load_case(stem)
    rows = strategy_rows([doc])
    want = expected["strategy"]
    if want is None:
        assert rows == []
        return
    assert [r["axis"] for r in rows] == want["axes"]                       # order and text
    assert [r["position"] for r in rows] == list(range(1, len(want["axes"]) + 1))
    assert {(r["strategy_name"], r["period_start"], r["period_end"]) for r in rows} == {
        (want["name"], want["period_start"], want["period_end"])}
    assert len({r["strategy_id"] for r in rows}) == 1
    for r in rows:
        assert " ".join(doc.text[r["char_start"]:r["char_end"]].split()) == r["axis"]
        assert r["page"] == doc.page_of(r["char_start"])


def test_numericamp_axes_listed_twice_are_kept_once():
    doc, _, _, _ = load_case("numericamp-2024-bilan")
    axes = find_axes(doc)
    assert len(axes) == 4
    assert all(a.listed for a in axes)        # the bullet list's wording wins over the inline one
    strategy = find_strategy(doc)
    assert (strategy.period_start, strategy.period_end) == (2024, 2030)


def test_inline_enumeration_only():
    doc = text_doc("Le plan climat 2021-2026 de la Métropole s'appuie sur 3 axes prioritaires : réduire les "
                   "consommations, produire local et adapter le territoire.\n")
    rows = strategy_rows([doc])
    assert [r["axis"] for r in rows] == ["réduire les consommations", "produire local", "adapter le territoire"]
    assert rows[0]["strategy_name"] == "plan climat 2021-2026 de la Métropole"
    assert (rows[0]["period_start"], rows[0]["period_end"]) == (2021, 2026)


def test_count_must_match_the_items_and_lists_need_a_cue():
    doc = text_doc("La feuille de route 2022-2025 compte 4 axes : un, deux.\n\nNos partenaires :\n\n- Alpha\n- Beta\n")
    assert find_axes(doc) == []
    assert strategy_rows([doc]) == []


def test_labelled_list():
    doc = text_doc("Le schéma directeur 2025-2030 de l'Agglomération s'organise autour des orientations suivantes :\n\n"
                   "Axe 1 : Former les agents\nAxe 2 : Ouvrir les données\n\n"
                   "Rappel des orientations suivantes :\n\n- former les agents\n- Sécuriser le réseau\n")
    rows = strategy_rows([doc])
    assert [r["axis"] for r in rows] == ["Former les agents", "Ouvrir les données", "Sécuriser le réseau"]


def test_numbered_sections_are_axes():
    doc = text_doc("Feuille de route numérique\n==========\n\nLa feuille de route se décline en plusieurs orientations.\n\n"
                   "Orientation 1 – Relier les villages\nNous raccorderons 30 mairies.\n\n"
                   "Orientation 2 – Former les élus\nDes ateliers chaque mois.\n\n"
                   "Orientation 3 : Ouvrir les données\n")
    rows = strategy_rows([doc])
    assert [r["axis"] for r in rows] == ["Relier les villages", "Former les élus", "Ouvrir les données"]
    # the text says only "la feuille de route": the title, which opens with it, names it
    assert rows[0]["strategy_name"] == "Feuille de route numérique"
    for r in rows:
        assert doc.text[r["char_start"]:r["char_end"]] == r["axis"]


def test_a_count_of_axes_announces_a_list_of_as_many_items():
    text = ("Le programme 2019-2022 s'organise en 3 grands axes, qui donnent lieu chacun à une série d'actions "
            "portées ensemble par les communes et le syndicat mixte :\n\n- Relier les écoles\n- Former les agents\n"
            "- Ouvrir les données\n")
    assert [a.text for a in find_axes(text_doc(text))] == ["Relier les écoles", "Former les agents", "Ouvrir les données"]
    assert find_axes(text_doc(text.replace("3 grands axes", "4 grands axes"))) == []


def test_a_heading_counting_the_parts_of_a_named_strategy(tmp_path):
    from pipelines.document import read_document
    from pipelines.document.manifest import SourceEntry

    page = ("# Notre feuille de route 2022-2025\n\n## Les 3 missions de la Ville\n\n#### Pour les habitants\n\n"
            "Un texte.\n\n* **GUIDE :** guider les démarches\n* **AIDE :** aider les aidants\n\n#### Pour les agents\n\n"
            "* **FORMA :** former les agents\n\n## Les 2 ateliers\n\n* un\n* deux\n")
    path = tmp_path / "feuille.md"
    path.write_text(page, encoding="utf-8")
    rows = strategy_rows([read_document(SourceEntry(id="f", file=path.name, path=path))])
    assert [r["axis"] for r in rows] == ["GUIDE : guider les démarches", "AIDE : aider les aidants",
                                         "FORMA : former les agents"]
    # without a strategy named, a counted heading is nothing
    path.write_text(page.replace("# Notre feuille de route 2022-2025", "# Notre journée"), encoding="utf-8")
    assert strategy_rows([read_document(SourceEntry(id="f", file=path.name, path=path))]) == []


def test_sections_numbered_again_in_each_axis_are_not_axes():
    doc = text_doc("Le plan 2024-2026 :\n\nObjectif 1 : Réduire\nObjectif 2 : Trier\nObjectif 1 : Former\n")
    assert find_axes(doc) == []


def test_strategy_rows_validate_against_the_schema():
    docs, rows = [], []
    for stem in CASES:
        doc, _, _, _ = load_case(stem)
        docs.append(doc)
        rows += strategy_rows([doc])
    names = [f["name"] for f in table_schema(SCHEMAS, "strategy_axes")["fields"]]
    assert rows and all(list(r) == names for r in rows)
    tables = {
        "sources": to_arrow(source_rows(docs), table_schema(SCHEMAS, "sources")),
        "strategy_axes": to_arrow(rows, table_schema(SCHEMAS, "strategy_axes")),
    }
    report = validate_tables(tables, SCHEMAS)
    assert report.valid, report.summary()
    tables["strategy_axes"] = to_arrow(rows + [rows[0]], table_schema(SCHEMAS, "strategy_axes"))
    assert not validate_tables(tables, SCHEMAS).valid          # primary key (strategy_id, position)


def test_sections_lettered_in_order_are_axes():
    text = ("Schéma directeur 2024-2030 de la communauté\n\n"
            "Axe A – Relier les bourgs\nDes lignes nouvelles.\n\nAxe B : Former les agents\nDes stages.\n\n"
            "Axe C : Ouvrir les données\n")
    assert [a.text for a in find_axes(text_doc(text))] == ["Relier les bourgs", "Former les agents",
                                                            "Ouvrir les données"]
    # letters that skip one are no sequence
    assert find_axes(text_doc(text.replace("Axe B", "Axe D"))) == []


def test_an_inline_enumeration_of_numbered_axes():
    text = ("La stratégie 2024-2030 de la commune s'articule autour de trois axes : 1) relier les bourgs, "
            "2) former les agents et 3) ouvrir les données.\n")
    assert [a.text for a in find_axes(text_doc(text))] == ["relier les bourgs", "former les agents", "ouvrir les données"]
    text = "Le plan 2024-2030 repose sur 3 axes : (1) réduire les pertes ; (2) produire local ; (3) adapter le bâti.\n"
    assert [a.text for a in find_axes(text_doc(text))] == ["réduire les pertes", "produire local", "adapter le bâti"]
    # numbers out of order, or a parenthesis closing a year: no such enumeration
    assert find_axes(text_doc(text.replace("(2)", "(4)"))) == []
    text = "Le plan 2024-2030 repose sur 3 axes : relier (dès 2025), former et ouvrir.\n"
    assert find_axes(text_doc(text)) == []


def test_a_named_strategys_numbered_levers_are_its_axes():
    text = ("Plan vélo 2024-2030\n\nLevier 1 : relier les bourgs\nLevier 2 : former les agents\n"
            "Levier 3 : ouvrir les données\n")
    assert [r["axis"] for r in strategy_rows([text_doc(text)])] == ["relier les bourgs", "former les agents",
                                                                    "ouvrir les données"]
    # no strategy named: levers of anything
    assert strategy_rows([text_doc(text.replace("Plan vélo 2024-2030", "Journée des mécaniciens"))]) == []


def test_the_finalities_an_agenda_21_aims_at_are_its_axes():
    text = ("Agenda 21 de Valbois\n\nNotre Agenda 21 est le plan d'actions de la commune. Il poursuit 3 finalités :\n\n"
            "  1. la sobriété des bâtiments ;\n  2. la qualité de l'eau ;\n  3. le lien entre les générations.\n")
    assert [r["axis"] for r in strategy_rows([text_doc(text)])] == [
        "la sobriété des bâtiments", "la qualité de l'eau", "le lien entre les générations"]
    # ends of anything ("3 buts :") announce no axes
    assert strategy_rows([text_doc(text.replace("3 finalités", "3 buts"))]) == []


def test_an_aim_said_to_be_triple_over_as_many_items():
    text = ("Le conseil a débattu hier soir. Pour ce mandat, l'objectif est triple : – Relier les bourgs par des "
            "pistes sûres – Former les agents au numérique. – Ouvrir les données de la commune à tous les habitants. "
            "C'est le sens de la stratégie cyclable que je vous présente.\n")
    rows = strategy_rows([text_doc(text)])
    assert [r["axis"] for r in rows] == ["Relier les bourgs par des pistes sûres", "Former les agents au numérique",
                                         "Ouvrir les données de la commune à tous les habitants"]
    assert rows[0]["strategy_name"] == "stratégie cyclable"
    text = "Le plan vélo de Valbois poursuit un double objectif : sécuriser les trajets et relier les bourgs.\n"
    assert [r["axis"] for r in strategy_rows([text_doc(text)])] == ["sécuriser les trajets", "relier les bourgs"]
    # as many items as the aim says, and a strategy named
    assert strategy_rows([text_doc(text.replace("double", "triple"))]) == []
    assert strategy_rows([text_doc(text.replace("Le plan vélo de Valbois", "La fête du vélo"))]) == []


def test_contents_entries_run_on_after_their_page_numbers_are_the_axes():
    # a contents page whose line breaks were lost: each entry ends at its dot leader and page number
    text = ("Feuille de route des mobilités douces\n\nSommaire\n\n"
            "Préface : une ambition partagée ........................ 3 Axe 1 : Relier les bourgs à vélo ........ 8\n\n"
            "Action 1.1 : Cartographier les liaisons ........ 8 Action 1.2 : Financer les passerelles ........ 9\n\n"
            "Axe 2 : Partager la voirie ........................ 12 Objectif 2.1 : Apaiser la circulation des centres\n\n"
            "Annexes ........ 20\n")
    assert [a.text for a in find_axes(text_doc(text))] == ["Relier les bourgs à vélo", "Partager la voirie"]
    # without dot leaders the run-on line is prose, no contents entry
    assert find_axes(text_doc(text.replace(" ........................ ", " ").replace(" ........ ", " "))) == []
