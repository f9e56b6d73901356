"""Strategy axes on made-up texts (names and places invented): a count of a plan's parts whose
colon ends its line, the parts then laid out one a line after dashes, is a list; the commas and
"et" of its first item are not an inline enumeration of the parts (round 451)."""

from __future__ import annotations

from pipelines.extract.strategy import strategy_rows

from .support import doc_of


def axes(text: str) -> list[str]:
    return [r["axis"] for r in strategy_rows([doc_of(text)])]


ITEMS = ["Rapprocher les services des bourgs pour aider les familles à se loger, se soigner et se former",
         "Rénover les écoles en associant les parents",
         "Ouvrir des lieux de rencontre dans chaque quartier"]


def test_a_dashed_list_under_a_count_is_not_read_as_an_inline_enumeration():
    text = ("Valbrune présente son projet de ville 2025-2031\n\n"
            "Le projet de ville de Valbrune repose sur trois grands piliers :\n"
            + "".join(f"- {item}.\n" for item in ITEMS)
            + "\nLe conseil de Trévanne en suivra la mise en œuvre chaque année.\n")
    found = axes(text)
    assert "se soigner" not in found and "se former" not in found
    assert found == ITEMS


def test_an_enumeration_on_the_colon_s_line_is_still_read():
    text = ("Valbrune présente son projet de ville 2025-2031\n\n"
            "Le projet de ville de Valbrune repose sur trois grands piliers : loger, soigner et former.\n"
            "\nLe conseil de Trévanne en suivra la mise en œuvre chaque année.\n")
    assert axes(text) == ["loger", "soigner", "former"]
