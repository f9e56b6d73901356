"""A list of objectives in the infinitive each stating a share and a year sets a plan's dated
targets, not its axes; one item without a year keeps the list (made-up texts, invented town)."""

from __future__ import annotations

from .support import axes


def test_infinitive_items_each_with_a_share_and_a_year_are_dated_targets_not_axes():
    text = ("Le plan climat de Trévanne engage la commune pour dix ans.\n\n"
            "Pour tenir les objectifs fixés par la loi, la commune s'engage à :\n\n"
            "- Diminuer de 25 % la consommation des écoles entre 2019 et 2031\n\n"
            "- Porter à 45 % la part de chaleur locale en 2036\n\n"
            "- Abaisser de 15 % les trajets en voiture d'ici 2033\n")
    assert axes(text) == []


def test_infinitive_items_one_of_them_without_a_year_stay_objectives():
    text = ("Le plan climat de Trévanne engage la commune pour dix ans.\n\n"
            "Pour tenir les objectifs fixés par la loi, la commune s'engage à :\n\n"
            "- Diminuer de 25 % la consommation des écoles entre 2019 et 2031\n\n"
            "- Porter à 45 % la part de chaleur locale en 2036\n\n"
            "- Former les agents aux gestes sobres\n")
    assert axes(text) == ["Diminuer de 25 % la consommation des écoles entre 2019 et 2031",
                          "Porter à 45 % la part de chaleur locale en 2036",
                          "Former les agents aux gestes sobres"]
