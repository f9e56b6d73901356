"""A count followed by a verb of hope in the past ("750 congressistes étaient espérés") is the
number hoped for, not the attendance: no headline figure is read from it, whether the line or the
running text holds it; a count announced in the present ("sont attendus") is still the expected
attendance (metrics.yaml `hoped_after`; round 234, issue 15). Invented text only."""

from .support import headline_figures

_TITLE = "Congrès de Valbrune"


def test_a_count_hoped_for_is_no_attendance():
    text = f"{_TITLE}\n\n750 congressistes étaient espérés, 1050 ont répondu présent : c'est un succès.\n"
    assert ("participants", 750.0) not in headline_figures(text, title=_TITLE)


def test_a_count_hoped_for_in_running_text_is_no_attendance():
    text = (f"{_TITLE}\n\nLe congrès de Valbrune s'est tenu les 3 et 4 juin 2031 au palais des congrès. "
            "Au total, 750 congressistes étaient attendus par les organisateurs, qui se disent comblés.\n")
    assert ("participants", 750.0) not in headline_figures(text, title=_TITLE)


def test_a_count_announced_in_the_present_is_the_expected_attendance():
    text = f"{_TITLE}\n\nPlus de 750 congressistes sont attendus au congrès.\n"
    assert ("participants", 750.0) in headline_figures(text, title=_TITLE)
