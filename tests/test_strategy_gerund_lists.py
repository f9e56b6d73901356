"""Strategy axes on made-up texts (names and places invented): a list announced as a plan's parts
whose every item opens with a gerund ("En ouvrant ...", "En formant ...") says how the plan acts,
not its parts: no axes (round 436)."""

from __future__ import annotations

from pipelines.extract.strategy import strategy_rows

from .support import doc_of


def axes(text: str) -> list[str]:
    return [r["axis"] for r in strategy_rows([doc_of(text)])]


def plan(items: list[str]) -> str:
    return ("Valbrune présente son schéma des services 2024-2029\n\n"
            "Le schéma des services 2024-2029 de Valbrune est construit autour de 3 défis :\n\n"
            + "".join(f"- {item}\n" for item in items)
            + "\nLe conseil de Trévanne en suivra la mise en œuvre chaque année.\n")


GERUNDS = ["En ouvrant des guichets en ligne pour les demandes d'aide",
           "En formant les agents à l'accueil des familles",
           "En s'appuyant sur les mairies des bourgs"]


def test_a_list_of_gerunds_states_the_means_not_the_axes():
    assert axes(plan(GERUNDS)) == []


def test_a_list_with_one_gerund_only_keeps_its_axes():
    items = ["Ouvrir des guichets en ligne", "En formant les agents à l'accueil", "Rapprocher les services des bourgs"]
    assert axes(plan(items)) == items
