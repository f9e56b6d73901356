"""The count that came after the number hoped for: "600 visiteurs étaient attendus, 820 sont
venus" (the noun of the second count is left out). The count hoped for is no attendance, the bare
count before a gathering verb is. Not a bare count after a number that was no hope. Invented text."""

from __future__ import annotations

from .support import figures_between

_TITLE = "Le Forum des Lucioles à Valbrune"


def test_the_count_that_came_after_the_hope_is_the_attendance():
    found = figures_between(_TITLE, "Pour cette édition, 640 visiteurs étaient attendus, 915 sont venus à Valbrune.",
                            "Les échanges ont été riches.")
    assert ("participants", 915) in found
    assert ("participants", 640) not in found


def test_a_bare_count_after_no_hope_is_no_attendance():
    found = figures_between(_TITLE, "Pour cette édition, 640 visiteurs ont visité Trévanne, 915 sont venus à Valbrune.",
                            "Les échanges ont été riches.")
    assert ("participants", 915) not in found
