"""A strategy's parts named in one sentence and counted in the next through "en" ("... de
dégager les défis majeurs. Le conseil en propose douze :"), over a list of exactly that many
items: the items are the axes. Made-up texts only."""

from pipelines.extract.strategy_announced_lists import _listed_axes

from .support import doc_of

_ASKED = ("Le Schéma régional de Valbrune 2031-2040 sera adopté dans deux ans.\n\n"
          "Le président a demandé au conseil de « dégager les défis majeurs à relever dans les dix ans ».\n\n")


def _items(n: int, said: str) -> list[str]:
    text = _ASKED + said + "\n\n" + "".join(f"  {k}. Une région numéro {k} ;\n" for k in range(1, n + 1)) \
        + "\nLe conseil propose de s'appuyer sur la concertation.\n"
    return [a.text for lst in _listed_axes(doc_of(text)) for a in lst]


def test_the_parts_taken_up_by_en_and_counted_are_the_axes():
    assert _items(12, "Le conseil en propose douze :") == [f"Une région numéro {k}" for k in range(1, 13)]
    assert _items(3, "La stratégie en retient trois :") == [f"Une région numéro {k}" for k in range(1, 4)]


def test_another_count_or_no_parts_named_before_is_no_list_of_axes():
    assert _items(11, "Le conseil en propose douze :") == []
    text = ("Le président a demandé au conseil de travailler vite.\n\nLe conseil en propose douze :\n\n"
            + "".join(f"  {k}. Une région numéro {k} ;\n" for k in range(1, 13)))
    assert _listed_axes(doc_of(text)) == []
