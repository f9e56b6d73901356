"""Strategy axes on made-up texts (names and places invented): a list under a line naming one
single part with an indefinite article ("d'un axe commun qui vise à :") says what that one
part does, not the plan's parts: no axes from it; a line naming parts in the plural still
announces them (round 441)."""

from __future__ import annotations

from pipelines.extract.strategy import strategy_rows

from .support import doc_of


def axes(text: str) -> list[str]:
    return [r["axis"] for r in strategy_rows([doc_of(text)])]


def charter(announce: str, items: list[str]) -> str:
    return ("Valbrune présente sa charte des mobilités 2025-2031\n\n"
            "La charte des mobilités 2025-2031 de Valbrune se compose :\n"
            + announce + "\n"
            + "".join(f"- {item}\n" for item in items)
            + "\nLe conseil de Trévanne en suivra la mise en œuvre chaque année.\n")


ITEMS = ["animer le club des communes cyclables",
         "partager les relevés de fréquentation",
         "former les agents des bourgs"]


def test_a_list_under_one_single_axis_gives_no_axes():
    assert axes(charter("d'un axe commun qui vise à :", ITEMS)) == []


def test_a_list_under_axes_in_the_plural_keeps_its_axes():
    assert axes(charter("de trois axes thématiques :", ITEMS)) == ITEMS
