"""One synthetic report: the facts drawn (event, programme, headline figures, talks and the figures
they cite), the wordings chosen for each, and the extraction expected by construction.

Each part is drawn by its own module, mixed into ``Report`` in drawing order: event.py, programme.py,
headline_figures.py, talk_summaries.py (with cited_figures.py); expected.py gives the expected
extraction and phrases.py the wordings the renderers share. They all draw from one random
generator, so the order of the draws below fixes the corpus for a seed."""

from __future__ import annotations

import random
import unicodedata

from .cited_figures import CitedFigures
from .event import EventDraw
from .expected import Expectation
from .headline_figures import HeadlineFigures
from .phrases import SharedPhrases
from .programme import ProgrammeDraw
from .talk_summaries import TalkSummaries
from .vocabulary import FORMATS, SEPARATORS, Style


class Report(EventDraw, ProgrammeDraw, HeadlineFigures, TalkSummaries, CitedFigures, Expectation, SharedPhrases):
    """One synthetic report: the facts, their wordings, and the expected extraction."""

    def __init__(self, index: int, seed: int, attempt: int = 0):
        self.rng = rng = random.Random((seed * 1_000_003 + index) * 101 + attempt)
        self.index = index
        self.format = FORMATS[(index + seed) % len(FORMATS)]
        self.wordings: list[str] = [f"format:{self.format}"]
        self.style = Style(
            sep=rng.choices(SEPARATORS, weights=[4, 3, 3, 1, 1])[0],
            pct_space=rng.choice([" ", "\u00a0", "\u202f", ""]),
            euro_space=rng.choice([" ", "\u00a0", "\u202f"]),
        )
        self.wordings.append(f"sep:{unicodedata.name(self.style.sep)}")
        self.cited: list[dict] = []
        self._used_families: set[str] = set()
        self._used_given: set[str] = set()
        self._used_templates: set[str] = set()
        self._repeated = False
        self.bullet = rng.choice(["- ", "- ", "• "]) if self.format == "txt" else "- "
        self._make_event()
        self._make_programme()
        self._make_figures()
        self._make_summaries()
