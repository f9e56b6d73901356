"""Strategy axes on made-up texts (names and places invented): a page naming no plan, no schéma, no
stratégie, whose sentence announces the parts of "this policy" ("les trois priorités de cette politique :
A ; B ; et C"), the policy named with its qualifier a little before ("la politique sportive de
Valbrune"): that policy is the strategy and the items are its axes (round 446)."""

from __future__ import annotations

from pipelines.extract.strategy import strategy_rows

from .support import doc_of


def rows(text: str) -> list[dict]:
    return strategy_rows([doc_of(text)])


def page(policy: str) -> str:
    return ("Rencontres avec les clubs à Trévanne\n\n"
            f"Les élus de Valbrune ont reçu les présidents de clubs pour leur présenter {policy}. "
            "La maire a rappelé à cette occasion les trois priorités de cette politique : l'ouverture des "
            "gymnases aux associations le week-end ; l'aide aux clubs qui forment de jeunes arbitres ; "
            "et un soutien renforcé aux courses de quartier. Une seconde rencontre suivra à l'automne.\n")


def test_the_parts_of_this_policy_named_before_are_its_axes():
    found = rows(page("la politique sportive de la commune"))
    assert [r["axis"] for r in found] == [
        "l'ouverture des gymnases aux associations le week-end",
        "l'aide aux clubs qui forment de jeunes arbitres",
        "un soutien renforcé aux courses de quartier"]
    assert found[0]["strategy_name"] == "politique sportive"


def test_a_policy_never_named_with_its_qualifier_gives_no_axes():
    assert rows(page("la politique de la commune")) == []
