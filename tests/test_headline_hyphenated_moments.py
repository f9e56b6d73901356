"""The moments of a programme written hyphenated as the press often does ("une trentaine de
temps-forts ont été proposés") are counted as "temps forts" are; made-up text."""

from __future__ import annotations

from tests.support import headline_figures

REPORT = ("Le congrès de Valbrune\n\n"
          "Le congrès s'est tenu les 12 et 13 octobre 2021 au centre des congrès de Valbrune. "
          "Une trentaine de {moments} ont été proposés sur les deux jours.\n")


def test_hyphenated_moments_are_the_programme_sessions():
    for moments in ("temps-forts", "temps forts"):
        assert ("sessions", 30) in headline_figures(REPORT.format(moments=moments), "Le congrès de Valbrune")
