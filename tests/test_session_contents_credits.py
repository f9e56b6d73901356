"""Contents run into one paragraph, each entry followed by who gives it, on made-up text (names,
bodies and places invented)."""

from __future__ import annotations

from pipelines.extract.session_contents_credits import contents_with_credits

from .support import doc_of


def entries(text: str) -> list[tuple[str, str]]:
    return [(kind, title) for title, _, _, kind in contents_with_credits(doc_of(text))]


CONTENTS = ("1 LES HAIES DE VALBOIS Journée animée par Paul Durand (Réseau X) Sommaire Le bocage en chiffres "
            "Anne Morel (Conservatoire de Kerval) Planter avec les écoles Julien Petit, élu et Marie Roux "
            "(commune de Valbrune) Table ronde : quelles haies pour demain ? Louis Caron (Association Y) "
            "Sophie Blanc (Chambre Z)\n\n2 LE BOCAGE EN CHIFFRES Anne Morel ...\n")


def test_entries_between_credits_after_a_contents_label():
    assert entries(CONTENTS) == [("other", "Le bocage en chiffres"), ("other", "Planter avec les écoles"),
                                 ("round_table", "Table ronde : quelles haies pour demain ?")]


def test_no_label_or_fewer_than_three_credits_is_no_contents():
    assert entries(CONTENTS.replace("Sommaire", "Puis")) == []
    two = ("Sommaire Le bocage en chiffres Anne Morel (Conservatoire de Kerval) Planter avec les écoles "
           "Marie Roux (commune de Valbrune)\n")
    assert entries(two) == []
